//! What a number counts: the unit named by the words after it ("3,000 centrifuges", "275
//! kilograms"), past a word describing it ("advanced centrifuges"), never an article or a
//! determiner ("140 million a year", "12 per visit").
//!
//! In: folded tokens of one sentence (and its text, for the spaces between them). Out: the
//! unit, as a content word, and how many tokens it takes — read by `figures`.

use std::ops::Range;

use crate::words::content_words;

/// Endings of words that describe what is counted rather than name it ("3,000 advanced
/// centrifuges", "500 injured people", "40 electrical engineers").
const ADJECTIVE_ENDINGS: &[&str] = &["ed", "al", "ive", "ous", "ful", "ic", "able", "ible", "less"];

/// The unit named by the words from token `k`, and how many tokens it takes: the word there,
/// or the word after it when the first one describes it ("advanced centrifuges").
pub(super) fn unit_at(
    text: &str,
    ranges: &[Range<usize>],
    tokens: &[&str],
    k: usize,
) -> Option<(String, usize)> {
    let first = unit_name(tokens.get(k)?)?;
    let described = ADJECTIVE_ENDINGS.iter().any(|e| tokens[k].ends_with(e))
        && ranges.get(k + 1).is_some_and(|next| text[ranges[k].end..next.start].trim().is_empty());
    match tokens.get(k + 1).filter(|_| described).and_then(|w| unit_name(w)) {
        Some(noun) => Some((noun, 2)),
        None => Some((first, 1)),
    }
}

/// Words that can follow a number without naming what it counts ("12 per visit", "40 each").
const NEVER_UNITS: &[&str] = &["a", "an", "the", "per", "each", "every"];

/// The unit a word names, if it can name one: a content word, never an article or a
/// determiner ("a", "per", "each").
pub(super) fn unit_name(word: &str) -> Option<String> {
    match word {
        w if NEVER_UNITS.contains(&w) => None,
        "%" | "pct" => Some("percent".to_string()),
        "kg" | "kilogram" | "kilograms" => Some("kilogram".to_string()),
        other => match content_words(other).as_slice() {
            [one] => Some(one.clone()),
            _ => None,
        },
    }
}
