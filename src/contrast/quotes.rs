//! Quotes: the words in quotation marks of each sentence, with who said them.
//!
//! In: a sentence (for [`find_quotes`], re-exported from `text::quotes`). Out: quote spans;
//! [`Quote`] is what the analysis keeps of each, for `quote_pairs` to pair across articles;
//! [`put_to_speaker`] tells a question put to the speaker from the speaker's own words.

use std::ops::Range;

use crate::article::SentenceId;

pub use crate::text::quotes::find_quotes;

/// Words in quotation marks, with who said them when the sentence says so.
#[derive(Debug, Clone, PartialEq)]
pub struct Quote {
    pub at: SentenceId,
    pub text: String,
    /// Where the quoted words stand in the sentence.
    pub range: Range<usize>,
    pub speaker: Option<String>,
}

/// Verbs of answering: the speaker they name answers a question quoted before them.
const ANSWERING: &[&str] = &["replied", "answered", "responded", "retorted", "countered", "shot back"];

/// Whether the quotation at `quote` is a question put to the speaker rather than their words:
/// a quoted question before the speaker's verb, when that verb answers ("Asked point-blank,
/// “Is that picture you?” Weiner replied, “…”") or the sentence opens with "Asked". Only the
/// answer is the speaker's; the question is the unnamed reporter's.
pub fn put_to_speaker(sentence: &str, quote: &Range<usize>, speech_verb: &Range<usize>) -> bool {
    let Some(quoted) = sentence.get(quote.clone()) else { return false };
    let Some(verb) = sentence.get(speech_verb.clone()) else { return false };
    // The span ends inside the closing mark: a "?" set outside it comes after the mark.
    let after = sentence[quote.end..].trim_start_matches(|c: char| c.is_whitespace() || "\"”»".contains(c));
    let asks = quoted.trim_end().ends_with('?') || after.starts_with('?');
    let verb = verb.to_lowercase();
    asks && quote.end <= speech_verb.start
        && (ANSWERING.contains(&verb.as_str()) || sentence.trim_start().starts_with("Asked"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::quotes::find_all_quotes;

    fn questions(sentence: &str, verb: &str) -> Vec<bool> {
        let at = sentence.find(verb).unwrap();
        find_all_quotes(sentence)
            .iter()
            .map(|q| put_to_speaker(sentence, q, &(at..at + verb.len())))
            .collect()
    }

    #[test]
    fn a_question_before_the_answer_is_not_the_answerers() {
        let s = "Asked point-blank, \"Is that picture you?\" Weiner replied, \"You know I'm not going to talk about this anymore.\"";
        assert_eq!(questions(s, "replied"), [true, false]);
        let s = "“Will the talks resume?” a reporter pressed, and Araghchi answered, “Not this month.”";
        assert_eq!(questions(s, "answered"), [true, false]);
        // The question mark outside the closing mark, as British style sets it.
        let s = "Asked point-blank, “Is that picture you”? Weiner replied, “No comment.”";
        assert_eq!(questions(s, "replied"), [true, false]);
    }

    #[test]
    fn the_speakers_own_question_is_theirs() {
        // A rhetorical question the speaker asks is their words.
        let s = "“Who will pay for this?” Grossi asked.";
        assert_eq!(questions(s, "asked"), [false]);
        let s = "He replied, “Why would we stop now?”";
        assert_eq!(questions(s, "replied"), [false]);
        let s = "“We will not stop,” Araghchi replied.";
        assert_eq!(questions(s, "replied"), [false]);
    }
}
