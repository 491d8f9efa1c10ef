//! Where a sentence quotes someone: the byte ranges inside quotation marks, with a quotation
//! that runs on from the sentence before.
//!
//! In: a sentence, and whether the sentence before left a quotation open. Out: the quoted
//! ranges and whether this sentence leaves one open. Used by `coref` (a pronoun outside a
//! quotation follows the narrative, one inside it the speaker's topic) and by
//! `contrast::derived` (a person's own words are left out of the writer's stance toward them).

use std::ops::Range;

/// The byte ranges of a sentence inside quotation marks; an unclosed opening mark quotes the
/// rest of the sentence.
pub(crate) fn quoted_spans(text: &str) -> Vec<Range<usize>> {
    quoted_spans_from(text, false).0
}

/// [`quoted_spans`] of a sentence that may begin inside a quotation (`open`: the sentence
/// before left one open), and whether this one leaves a quotation open. A closing mark with
/// none open quotes the sentence up to it (the quotation began in an earlier sentence). A
/// straight mark closes after a word or punctuation and before a space, punctuation or the
/// end; otherwise it opens. Curly marks say which they are.
pub(crate) fn quoted_spans_from(text: &str, open: bool) -> (Vec<Range<usize>>, bool) {
    let mut out = Vec::new();
    let mut open: Option<usize> = open.then_some(0);
    let bytes = text.as_bytes();
    // Only the marks matter: `"` and the curly marks, whose UTF-8 starts with 0xE2 (shared with
    // apostrophes and dashes), are found with memchr instead of decoding every character.
    for i in memchr::memchr2_iter(b'"', 0xE2, bytes) {
        let closing = match bytes[i] {
            b'"' => {
                let after_word =
                    i.checked_sub(1).is_some_and(|j| !bytes[j].is_ascii_whitespace() && bytes[j] != b'(');
                let before_space =
                    bytes.get(i + 1).is_none_or(|b| b.is_ascii_whitespace() || b.is_ascii_punctuation());
                match open {
                    Some(_) => after_word || before_space,
                    None => after_word && before_space,
                }
            }
            _ if bytes[i..].starts_with("“".as_bytes()) => false,
            _ if bytes[i..].starts_with("”".as_bytes()) => true,
            _ => continue,
        };
        match (closing, open) {
            (false, None) => open = Some(i),
            (false, Some(_)) => {}
            (true, Some(start)) => {
                out.push(start..i);
                open = None;
            }
            // The quotation began in an earlier sentence, unless one was already closed here.
            (true, None) if out.is_empty() => out.push(0..i),
            (true, None) => {}
        }
    }
    let still_open = open.is_some();
    if let Some(start) = open {
        out.push(start..text.len());
    }
    (out, still_open)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quoted(text: &str, open: bool) -> (Vec<&str>, bool) {
        let (spans, left_open) = quoted_spans_from(text, open);
        (spans.into_iter().map(|r| &text[r]).collect(), left_open)
    }

    #[test]
    fn curly_and_straight_pairs() {
        assert_eq!(quoted("“It is over,” he said.", false), (vec!["“It is over,"], false));
        // Apostrophes and dashes share the curly marks' first byte and are no marks.
        assert_eq!(quoted("“It’s over — now,” he said’s", false), (vec!["“It’s over — now,"], false));
        assert_eq!(
            quoted("\"It is over,\" he said, \"for now.\"", false),
            (vec!["\"It is over,", "\"for now."], false)
        );
    }

    #[test]
    fn a_quotation_runs_on_across_sentences() {
        // Opened and not closed: the rest is quoted, and the next sentence starts inside it.
        assert_eq!(quoted("He said: \"We will win.", false), (vec!["\"We will win."], true));
        assert_eq!(quoted("Nobody doubts it.", true), (vec!["Nobody doubts it."], true));
        // A closing mark with none open: quoted from the start.
        assert_eq!(
            quoted("But I mean his worldview,\" he said.", false),
            (vec!["But I mean his worldview,"], false)
        );
        assert_eq!(quoted("It is over.” Then he left.", true), (vec!["It is over."], false));
    }

    #[test]
    fn no_marks_no_quotation() {
        assert_eq!(quoted("He left early.", false), (vec![], false));
        assert_eq!(quoted("", false), (vec![], false));
    }
}
