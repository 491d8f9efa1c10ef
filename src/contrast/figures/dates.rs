//! Dates among figures: month names (a day number beside one makes a date) and numbers that
//! belong to a name or a date rather than count anything ("9/11", "Resolution 2231", the 19
//! of "19 Sept. 11 hijackers").
//!
//! In: folded tokens of one sentence (and its text, for case and slashes). Out: a month's
//! number, or whether a number is part of a name or a date — read by `figures`.

use std::ops::Range;

use super::digits::parse_number;

/// Month names, folded: a number beside one is a date, not a quantity.
pub(crate) const MONTHS: &[&str] = &[
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];
const MONTH_ABBREVIATIONS: &[&str] =
    &["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

pub(super) fn month_of(word: &str) -> Option<usize> {
    let w = word.trim_end_matches('.');
    MONTHS
        .iter()
        .position(|m| *m == w)
        .or_else(|| MONTH_ABBREVIATIONS.iter().position(|m| *m == w))
        .or((w == "sept").then_some(8))
        .map(|m| m + 1)
}

/// Whether the number at token `i` is part of a name or a date rather than a quantity: a
/// number written against a slash ("9/11", "24/7"), one after a capitalised word inside the
/// sentence ("Resolution 2231", "Flight 370"), or one followed by a month that has its own day
/// ("19 Sept. 11 hijackers": the 19 counts hijackers, the 11 is the day).
pub(super) fn is_name_or_date_part(text: &str, ranges: &[Range<usize>], tokens: &[&str], i: usize) -> bool {
    let r = &ranges[i];
    let touches_slash = text[..r.start].ends_with('/') || text[r.end..].starts_with('/');
    let after_name = i > 0 && {
        let prev = &text[ranges[i - 1].clone()];
        // Not the sentence's first word: that one is capitalised whatever it is.
        ranges[i - 1].start > 0
            && prev.chars().next().is_some_and(char::is_uppercase)
            && month_of(tokens[i - 1]).is_none()
            && text[ranges[i - 1].end..r.start].trim().is_empty()
    };
    let before_dated_month = tokens.get(i + 1).is_some_and(|n| month_of(n).is_some())
        && tokens.get(i + 2).and_then(|d| parse_number(d)).is_some_and(|d| (1.0..=31.0).contains(&d));
    touches_slash || after_name || before_dated_month
}
