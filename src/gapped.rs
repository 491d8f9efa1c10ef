//! Multi-word cue phrases matched with a few words inside them: "buy time" in "buy the regime
//! time", "end to talks" in "an end to the talks", "brought Iran to the table" in "brought Iran
//! back to the table". Writers rarely use a listed phrase verbatim, and an exact match misses
//! every such variant.
//!
//! In: the cue phrases of a topic map (each with its owner) and a folded sentence. Out: the
//! hits that needed at least one word between two of the phrase's words (the exact ones are the
//! Aho-Corasick matcher's), as byte ranges from the phrase's first word to its last.
//!
//! Limits, so a gapped hit stays one phrase: at most [`MAX_GAP`] words between two words of
//! the phrase, none of them a negation ("buy no time" is no "buy time"), and no punctuation
//! between them (a comma or a dash ends the phrase). Cost: one pass of a small automaton of
//! the phrases' first words, and a short scan of the words after each one found.

use std::collections::HashMap;
use std::ops::Range;

use crate::matcher::{PhraseHit, PhraseMatcher};
use crate::text::fold::{fold, words};

/// Words allowed between two consecutive words of a phrase.
pub const MAX_GAP: usize = 2;

/// First words that keep a phrase to exact matching (see [`GappedPhrases::new`]).
const OPENING_FUNCTION_WORDS: [&str; 22] = [
    "to", "on", "in", "at", "of", "for", "by", "with", "from", "into", "as", "the", "a", "an", "and", "or",
    "not", "no", "only", "before", "must", "cannot",
];

/// Words that may not stand inside a gap: they reverse what the phrase says.
const GAP_BREAKERS: [&str; 7] = ["not", "no", "never", "nor", "without", "hardly", "n't"];

#[derive(Debug, Clone)]
struct Phrase {
    /// Its words after the first, folded; the last may be a prefix.
    rest: Vec<String>,
    last_is_prefix: bool,
    owner: usize,
}

/// How far past a phrase's first word its last may stand, in bytes: words are short, and a
/// window keeps the scan from reading the rest of a long sentence at every first word.
const WINDOW_BYTES: usize = 200;

/// Multi-word phrases grouped by their first word, which one automaton finds.
#[derive(Debug, Clone)]
pub struct GappedPhrases {
    firsts: Option<PhraseMatcher>,
    /// The first words, by the owner the automaton gives each.
    first_words: Vec<String>,
    /// The phrases starting with each first word, by the owner the automaton gives it.
    groups: Vec<Vec<Phrase>>,
}

impl GappedPhrases {
    /// The phrases of two words or more among `(phrase, owner)`, as the config writes them (a
    /// trailing `*` makes the last word a prefix).
    pub fn new<'a>(phrases: impl IntoIterator<Item = (&'a str, usize)>) -> GappedPhrases {
        let mut by_first: HashMap<String, Vec<Phrase>> = HashMap::new();
        for (phrase, owner) in phrases {
            let trimmed = phrase.trim();
            let last_is_prefix = trimmed.ends_with('*');
            let folded = fold(trimmed.trim_end_matches('*'));
            let mut parts = folded.split_whitespace().map(str::to_string);
            let Some(first) = parts.next() else { continue };
            let rest: Vec<String> = parts.collect();
            // One word (nothing to gap), or a word the sentence's words never equal (an
            // apostrophe or hyphen inside it is matched exactly by the automaton already).
            if rest.is_empty() || std::iter::once(&first).chain(&rest).any(|w| words(w).len() != 1) {
                continue;
            }
            // A phrase opening with a function word ("to the table", "not a pretext") is matched
            // exactly only: its first word is in every sentence, and its variants are listed.
            if OPENING_FUNCTION_WORDS.contains(&first.as_str()) {
                continue;
            }
            by_first.entry(first).or_default().push(Phrase { rest, last_is_prefix, owner });
        }
        let mut firsts: Vec<(String, Vec<Phrase>)> = by_first.into_iter().collect();
        firsts.sort_by(|a, b| a.0.cmp(&b.0));
        let matcher = PhraseMatcher::new(firsts.iter().enumerate().map(|(i, (w, _))| (w.as_str(), i))).ok();
        let (first_words, groups): (Vec<String>, Vec<Vec<Phrase>>) = firsts.into_iter().unzip();
        GappedPhrases { firsts: matcher.filter(|_| !first_words.is_empty()), first_words, groups }
    }

    /// The phrases' first words with their owners, to be found by another automaton and
    /// passed to [`GappedPhrases::complete`] (nothing when this matcher finds nothing).
    pub fn first_words(&self) -> impl Iterator<Item = (&str, usize)> {
        let words = if self.firsts.is_some() { &self.first_words[..] } else { &[] };
        words.iter().enumerate().map(|(i, w)| (w.as_str(), i))
    }

    /// Hits in `folded` that have at least one word inside the phrase.
    pub fn find(&self, folded: &str) -> Vec<PhraseHit> {
        let Some(firsts) = &self.firsts else { return Vec::new() };
        self.complete(folded, firsts.find(folded))
    }

    /// [`GappedPhrases::find`] with the first words already found in `folded` (as a
    /// `PhraseMatcher` of [`GappedPhrases::first_words`] finds them).
    pub fn complete(&self, folded: &str, firsts: Vec<PhraseHit>) -> Vec<PhraseHit> {
        let mut out = Vec::new();
        for first in firsts {
            let start = first.range.start;
            let mut end = (start + WINDOW_BYTES).min(folded.len());
            while !folded.is_char_boundary(end) {
                end -= 1;
            }
            let window = &folded[start..end];
            let spans = words(window);
            for phrase in &self.groups[first.owner] {
                if let Some(last) = match_rest(window, &spans, 0, phrase) {
                    out.push(PhraseHit { owner: phrase.owner, range: start..start + spans[last].end });
                }
            }
        }
        out
    }
}

/// The index of the phrase's last word when the words after `start` complete it with a gap
/// somewhere; `None` when they do not, or only without a gap (an exact match).
fn match_rest(folded: &str, spans: &[Range<usize>], start: usize, phrase: &Phrase) -> Option<usize> {
    let mut at = start;
    let mut gapped = false;
    for (k, wanted) in phrase.rest.iter().enumerate() {
        let is_last = k + 1 == phrase.rest.len();
        let matches =
            |w: &str| w == wanted || is_last && phrase.last_is_prefix && w.starts_with(wanted.as_str());
        let mut found = None;
        for next in at + 1..spans.len().min(at + 2 + MAX_GAP) {
            let between = &folded[spans[next - 1].end..spans[next].start];
            if between.chars().any(|c| !c.is_whitespace()) {
                break;
            }
            let w = &folded[spans[next].clone()];
            if matches(w) {
                found = Some(next);
                break;
            }
            if GAP_BREAKERS.contains(&w) {
                break;
            }
        }
        let next = found?;
        gapped |= next > at + 1;
        at = next;
    }
    gapped.then_some(at)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(phrases: &[&str], text: &str) -> Vec<String> {
        let g = GappedPhrases::new(phrases.iter().map(|p| (*p, 0)));
        let folded = fold(text);
        g.find(&folded).into_iter().map(|h| folded[h.range].to_string()).collect()
    }

    #[test]
    fn a_few_words_may_stand_inside_a_phrase() {
        assert_eq!(hits(&["buy time"], "They only buy the regime time."), vec!["buy the regime time"]);
        assert_eq!(hits(&["end the talks"], "End these fruitless talks now."), Vec::<String>::new());
        assert_eq!(hits(&["end to talks"], "an end to the talks"), vec!["end to the talks"]);
        assert_eq!(
            hits(&["brought Iran to the table"], "brought Iran back to the table"),
            vec!["brought iran back to the table"]
        );
        // A prefix last word.
        assert_eq!(
            hits(&["economic warfar*"], "economic and financial warfare"),
            vec!["economic and financial warfare"]
        );
    }

    #[test]
    fn exact_matches_are_left_to_the_automaton() {
        assert!(hits(&["buy time"], "They buy time.").is_empty());
    }

    #[test]
    fn gaps_are_short_unbroken_and_never_negate() {
        assert!(hits(&["buy time"], "buy a great deal of time").is_empty(), "three words inside");
        assert!(hits(&["buy time"], "buy no time").is_empty());
        assert!(hits(&["buy time"], "they buy, in time, more").is_empty());
        assert!(hits(&["buy time"], "they buy weapons — time is short").is_empty());
    }

    #[test]
    fn phrases_opening_with_a_function_word_are_exact_only() {
        assert!(hits(&["to the table"], "came to the negotiating table").is_empty());
        assert!(hits(&["not a pretext"], "not simply a pretext").is_empty());
    }

    #[test]
    fn single_words_are_not_gapped() {
        let g = GappedPhrases::new([("lifeline", 0), ("hurt*", 1)]);
        assert!(g.firsts.is_none() && g.groups.is_empty());
    }
}
