//! What a number counts: the unit named by the words after it ("3,000 centrifuges", "275
//! kilograms"), past words describing it ("advanced centrifuges", "two lower courts"), never
//! an article or a determiner ("140 million a year", "12 per visit").
//!
//! In: folded tokens of one sentence (and its text, for the spaces between them). Out: the
//! unit, as a content word, and how many tokens it takes — read by `figures`.

use std::ops::Range;

use super::qualifiers::is_measure;
use crate::words::content_words;

/// Endings of words that describe what is counted rather than name it ("3,000 advanced
/// centrifuges", "500 injured people", "40 electrical engineers").
const ADJECTIVE_ENDINGS: &[&str] = &["ed", "al", "ive", "ous", "ful", "ic", "able", "ible", "less"];
/// How many words a unit may take: words that describe the things counted, then the things
/// ("two testy news briefings", "three dozen House Democrats").
const MAX_UNIT_WORDS: usize = 3;
/// Plurals without an "s".
const PLURALS: &[&str] = &["people", "men", "women", "children", "police"];

/// The unit named by the words from token `k`, and how many tokens it takes. A measure is
/// one word ("three hours", "60 percent"). Things counted are named in the plural after a
/// number, past the words that describe them: the first plural of the words written on from
/// `k` is the unit ("two lower courts", "three dozen House Democrats", "3,000 advanced
/// centrifuges"). Without one, the word at `k`, or the word after it when the first one
/// describes it ("one advanced centrifuge"). A word set apart from the number by punctuation
/// ("four (see below)", "3,000, officials said") is not its unit.
pub(super) fn unit_at(
    text: &str,
    ranges: &[Range<usize>],
    tokens: &[&str],
    k: usize,
) -> Option<(String, usize)> {
    if k > 0 && !joined(text, ranges, k - 1) {
        return None;
    }
    let first = unit_name(tokens.get(k)?)?;
    if is_measure(&first) {
        return Some((first, 1));
    }
    // A capitalised plural may be a name ("Texas", "United States"): a plural in lower case
    // after it is the unit ("200 United States troops"), and it only when there is none
    // ("three dozen House Democrats").
    let mut named = None;
    for (taken, word) in tokens[k..].iter().take(MAX_UNIT_WORDS).enumerate() {
        if taken > 0 && !joined(text, ranges, k + taken - 1) {
            break;
        }
        let Some(name) = unit_name(word) else { break };
        if is_plural(word) {
            if !text[ranges[k + taken].clone()].starts_with(char::is_uppercase) {
                return Some((name, taken + 1));
            }
            named = named.or(Some((name, taken + 1)));
        }
    }
    if named.is_some() {
        return named;
    }
    let described = ADJECTIVE_ENDINGS.iter().any(|e| tokens[k].ends_with(e)) && joined(text, ranges, k);
    match tokens.get(k + 1).filter(|_| described).and_then(|w| unit_name(w)) {
        Some(noun) => Some((noun, 2)),
        None => Some((first, 1)),
    }
}

/// Whether things are named in the plural from token `k` on, past at most two words describing
/// them ("voters", "young voters"), with nothing but spaces between: the things a ratio shares
/// out ("one in five voters"), not a verb ("one in five say").
pub(super) fn plural_follows(text: &str, ranges: &[Range<usize>], tokens: &[&str], k: usize) -> bool {
    for (taken, word) in tokens.get(k..).unwrap_or_default().iter().take(MAX_UNIT_WORDS).enumerate() {
        if (taken > 0 && !joined(text, ranges, k + taken - 1)) || unit_name(word).is_none() {
            return false;
        }
        if is_plural(word) {
            return true;
        }
    }
    false
}

/// A number and the measure it gives written as one word ("two-hour", "10-year",
/// "twenty-five-minute"): the number's part and the measure. Not a count ("a two-state
/// solution") nor a list ("a five-point plan").
pub(super) fn compound_measure(token: &str) -> Option<(&str, String)> {
    let (number, measure) = token.rsplit_once('-')?;
    let unit = unit_name(measure)?;
    (is_measure(&unit) && unit != "point" && !number.is_empty()).then_some((number, unit))
}

/// Whether only spaces stand between token `j` and the next one.
pub(super) fn joined(text: &str, ranges: &[Range<usize>], j: usize) -> bool {
    ranges.get(j + 1).is_some_and(|next| text[ranges[j].end..next.start].trim().is_empty())
}

/// Whether a folded word is a plural: an "s" ending that is not part of the word (as in
/// "class", "census", "crisis"), as `words` stems it, or an irregular plural.
pub(super) fn is_plural(word: &str) -> bool {
    (word.len() > 4
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is"))
        || PLURALS.contains(&word)
}

/// Words that can follow a number without naming what it counts ("12 per visit", "40 each").
const NEVER_UNITS: &[&str] = &["a", "an", "the", "per", "each", "every", "o'clock"];

/// The unit a word names, if it can name one: a content word, never an article or a
/// determiner ("a", "per", "each").
pub(super) fn unit_name(word: &str) -> Option<String> {
    match word {
        w if NEVER_UNITS.contains(&w) => None,
        "%" | "pct" => Some("percent".to_string()),
        "kg" | "kilogram" | "kilograms" => Some("kilogram".to_string()),
        other => match content_words(other).as_slice() {
            // "days", "tons": a plural too short for `words` to stem is still the measure.
            [one] => match one.strip_suffix('s') {
                Some(measure) if is_measure(measure) => Some(measure.to_string()),
                _ => Some(one.clone()),
            },
            _ => None,
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold::{fold, words};

    /// The unit read after the first word of `text` (the number), with the words it takes.
    fn unit(text: &str) -> Option<(String, usize)> {
        let folded = fold(text);
        let ranges = words(&folded);
        let tokens: Vec<&str> = ranges.iter().map(|r| &folded[r.clone()]).collect();
        unit_at(text, &ranges, &tokens, 1)
    }

    #[test]
    fn the_things_counted_are_the_first_plural_past_their_description() {
        assert_eq!(unit("two lower courts said"), Some(("court".to_string(), 2)));
        assert_eq!(unit("36 House Democrats have signed"), Some(("democrat".to_string(), 2)));
        assert_eq!(unit("200 United States troops"), Some(("troop".to_string(), 3)));
        assert_eq!(unit("40 Texas officials"), Some(("official".to_string(), 2)));
        assert_eq!(unit("two testy news briefings at which"), Some(("briefing".to_string(), 3)));
        assert_eq!(unit("3,000 advanced centrifuges at Natanz"), Some(("centrifuge".to_string(), 2)));
        assert_eq!(unit("300 protesters gathered outside embassies"), Some(("protester".to_string(), 1)));
        assert_eq!(unit("239 people aboard"), Some(("people".to_string(), 1)));
        // A measure is the unit whatever follows it.
        assert_eq!(unit("six percent support among voters"), Some(("percent".to_string(), 1)));
        // Without a plural: the word, or the noun after a describing word.
        assert_eq!(unit("1 advanced centrifuge"), Some(("centrifuge".to_string(), 2)));
        assert_eq!(unit("200 injured were treated"), Some(("injured".to_string(), 1)));
        assert_eq!(unit("1 class"), Some(("class".to_string(), 1)));
    }

    #[test]
    fn a_number_and_its_measure_in_one_word() {
        assert_eq!(compound_measure("two-hour"), Some(("two", "hour".to_string())));
        assert_eq!(compound_measure("10-year"), Some(("10", "year".to_string())));
        assert_eq!(compound_measure("twenty-five-minute"), Some(("twenty-five", "minute".to_string())));
        for word in ["two-state", "five-point", "30-year-old", "twenty-five", "covid-19", "-day"] {
            assert_eq!(compound_measure(word), None, "{word}");
        }
        // Plurals too short to stem still name the measure.
        assert_eq!(unit("three days"), Some(("day".to_string(), 1)));
        assert_eq!(unit("12 tons"), Some(("ton".to_string(), 1)));
    }

    #[test]
    fn a_word_set_apart_by_punctuation_or_a_time_of_day_is_no_unit() {
        assert_eq!(unit("four (newsubject cases)"), None);
        assert_eq!(unit("3,000, officials said"), None);
        assert_eq!(unit("ten o'clock"), None);
        // Punctuation after the plural ends the unit there.
        assert_eq!(unit("nine states, including Ohio"), Some(("state".to_string(), 1)));
        assert_eq!(unit("two blocks. Officials said"), Some(("block".to_string(), 1)));
    }
}
