//! Numbers written in words: "three hours", "twenty-five inspectors", "a dozen inspectors",
//! "half a million barrels", "two hundred and fifty people", "more than two hours".
//!
//! In: where number words begin in the folded sentence (`finder`), then its text and folded
//! tokens. Out: the [`Reading`] of the number in words at a token, if it is a figure — made into a [`super::Figure`] by `figures` with the same bounds, periods
//! and context as digits.
//!
//! A number word is a figure only where a digit would be one, and more strictly, because small
//! numbers are written in words and most of them count nothing measured:
//! - it needs a unit after it ("three hours"; not "one of the", "two or three", "a million");
//!   a scale alone ("a million a year") is not enough, as it is for digits;
//! - a lone "one" is a pronoun, a determiner or an idiom far more often than a count ("no
//!   one", "one day", "the one who", "one side"): it counts only in a bound ("more than one
//!   hour") or before an amount of something measured ("one percent", "one barrel");
//! - "a" is never 1, only the "a" of "a dozen", "a hundred", "half a million";
//! - a number after a definite word counts a known set, not a measure ("the two sides", "its
//!   three reactors", "the past two years"), and one with "ago" dates an event ("two years
//!   ago");
//! - a capitalised number word inside a sentence is part of a name ("the Group of Eight",
//!   "Big Ten"); ordinals ("third round") and plurals ("hundreds of") are not number words;
//! - a range ("two or three hours", "between two and three") is not a value, nor a ratio ("one
//!   in five voters") or a rank ("the number two official") a count;
//! - a number and its measure written as one word measure what follows, whatever comes before
//!   ("a two-hour meeting", "the three-day visit"); a list ("five-point plan") does not.
//!
//! Where number words begin is found by `finder`, in one pass over the folded sentence; only
//! the tokens there are read.

use super::units::{compound_measure, unit_at};
use super::{qualifiers, Bound, Reading};
use std::ops::Range;

/// What a number word does in a number: "twenty" takes a "five" after it, "hundred" multiplies
/// what comes before it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kind {
    /// one … nine.
    Digit,
    /// ten … nineteen.
    Teen,
    /// twenty … ninety.
    Tens,
    Hundred,
    /// thousand, million, billion, trillion.
    Scale,
    Dozen,
}

/// Cardinal number words, folded, with their value.
const NUMBER_WORDS: &[(&str, f64, Kind)] = &[
    ("one", 1.0, Kind::Digit),
    ("two", 2.0, Kind::Digit),
    ("three", 3.0, Kind::Digit),
    ("four", 4.0, Kind::Digit),
    ("five", 5.0, Kind::Digit),
    ("six", 6.0, Kind::Digit),
    ("seven", 7.0, Kind::Digit),
    ("eight", 8.0, Kind::Digit),
    ("nine", 9.0, Kind::Digit),
    ("ten", 10.0, Kind::Teen),
    ("eleven", 11.0, Kind::Teen),
    ("twelve", 12.0, Kind::Teen),
    ("thirteen", 13.0, Kind::Teen),
    ("fourteen", 14.0, Kind::Teen),
    ("fifteen", 15.0, Kind::Teen),
    ("sixteen", 16.0, Kind::Teen),
    ("seventeen", 17.0, Kind::Teen),
    ("eighteen", 18.0, Kind::Teen),
    ("nineteen", 19.0, Kind::Teen),
    ("twenty", 20.0, Kind::Tens),
    ("thirty", 30.0, Kind::Tens),
    ("forty", 40.0, Kind::Tens),
    ("fifty", 50.0, Kind::Tens),
    ("sixty", 60.0, Kind::Tens),
    ("seventy", 70.0, Kind::Tens),
    ("eighty", 80.0, Kind::Tens),
    ("ninety", 90.0, Kind::Tens),
    ("hundred", 100.0, Kind::Hundred),
    ("thousand", 1e3, Kind::Scale),
    ("million", 1e6, Kind::Scale),
    ("billion", 1e9, Kind::Scale),
    ("trillion", 1e12, Kind::Scale),
    ("dozen", 12.0, Kind::Dozen),
];

/// Words right before a number that make it a known set rather than a measure ("the two
/// sides", "its three reactors", "the past two years", "all four"), a rank ("the number two
/// official") or none ("no two cases").
const DEFINITE: &[&str] = &[
    "the", "these", "those", "its", "their", "his", "her", "our", "my", "your", "whose", "both", "all",
    "first", "last", "next", "past", "previous", "final", "other", "same", "another", "top", "number", "no",
];
/// Units that make a number a fraction ("three fifths of", "two thirds"), folded and stemmed as
/// units are: a share of something, not a count.
const FRACTIONS: &[&str] =
    &["half", "halve", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "quarter"];
/// Words joining two numbers into a range ("two or three", "two to three", "two and three")
/// or a ratio ("one in five").
const RANGE_WORDS: &[&str] = &["or", "to", "and", "in"];
/// Measures a lone "one" is a figure of ("one percent", "one barrel"); calendar words are not
/// among them: "one day", "one year after" mark a time more often than they measure one.
const ONE_MEASURES: &[&str] = &[
    "percent",
    "hour",
    "minute",
    "kilogram",
    "ton",
    "tonne",
    "barrel",
    "mile",
    "kilometer",
    "kilometre",
    "meter",
    "metre",
    "gallon",
    "liter",
    "litre",
    "acre",
    "hectare",
    "degree",
];

fn number_word(token: &str) -> Option<(f64, Kind)> {
    NUMBER_WORDS.iter().find(|(w, ..)| *w == token).map(|&(_, value, kind)| (value, kind))
}

/// Whether a folded word is a cardinal number word ("three", "twenty-five", "million"): it
/// says how many, never what of.
pub(super) fn is_number_word(word: &str) -> bool {
    word_value(word).is_some()
}

/// The value of one token, a number word or a compound of tens and a digit ("twenty-five").
fn word_value(token: &str) -> Option<(f64, Kind)> {
    match token.split_once('-') {
        None => number_word(token),
        Some((tens, digit)) => match (number_word(tens)?, number_word(digit)?) {
            ((t, Kind::Tens), (d, Kind::Digit)) => Some((t + d, Kind::Digit)),
            _ => None,
        },
    }
}

/// The tokens where a number in words may begin, in order, given where its words begin:
/// the word itself, or the "a" of "a dozen" and the "half" of "half a million" before it.
pub(super) fn start_tokens(ranges: &[Range<usize>], tokens: &[&str], starts: &[usize]) -> Vec<usize> {
    let mut out = Vec::with_capacity(starts.len());
    for t in starts.iter().filter_map(|&start| ranges.binary_search_by_key(&start, |r| r.start).ok()) {
        match (t.checked_sub(2).map(|h| tokens[h]), t.checked_sub(1).map(|a| tokens[a])) {
            (Some("half"), Some("a" | "an")) => out.push(t - 2),
            (_, Some("a")) => out.push(t - 1),
            _ => {}
        }
        // The word itself too: "a two-hour meeting" is not read from its "a".
        out.push(t);
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The number written in words from token `i` ("three", "twenty-five", "a dozen", "half a
/// million", "two hundred and fifty"), with how many tokens it takes.
pub(super) fn number_at(tokens: &[&str], i: usize) -> Option<(f64, usize)> {
    let multiplies = |k: usize| {
        tokens
            .get(k)
            .and_then(|t| word_value(t))
            .is_some_and(|(_, kind)| matches!(kind, Kind::Hundred | Kind::Scale | Kind::Dozen))
    };
    // "a" and "half a" stand for a number only before a word that multiplies it.
    let (mut current, mut j, mut last) = match tokens[i] {
        "a" if multiplies(i + 1) => (1.0, i + 1, Some(Kind::Digit)),
        "half" if matches!(tokens.get(i + 1), Some(&"a" | &"an")) && multiplies(i + 2) => {
            (0.5, i + 2, Some(Kind::Digit))
        }
        _ => (0.0, i, None),
    };
    let mut total = 0.0;
    let mut last_scale = f64::INFINITY;
    while let Some(token) = tokens.get(j) {
        if *token == "and" {
            // "two hundred and fifty"; "two and a half million", "one and a half hours".
            if tokens.get(j + 1..j + 3) == Some(&["a", "half"][..]) && current > 0.0 && current < 100.0 {
                current += 0.5;
                j += 3;
                last = Some(Kind::Digit);
                continue;
            }
            let joins = matches!(last, Some(Kind::Hundred | Kind::Scale))
                && tokens
                    .get(j + 1)
                    .and_then(|t| word_value(t))
                    .is_some_and(|(_, k)| matches!(k, Kind::Digit | Kind::Teen | Kind::Tens));
            if !joins {
                break;
            }
            j += 1;
            continue;
        }
        let Some((value, kind)) = word_value(token) else { break };
        let fits = match kind {
            Kind::Digit => matches!(last, None | Some(Kind::Tens | Kind::Hundred | Kind::Scale)),
            Kind::Teen | Kind::Tens => matches!(last, None | Some(Kind::Hundred | Kind::Scale)),
            Kind::Hundred => matches!(last, Some(Kind::Digit | Kind::Teen)) && current < 100.0,
            Kind::Scale => current > 0.0 && value < last_scale && last != Some(Kind::Dozen),
            Kind::Dozen => matches!(last, Some(Kind::Digit)) && current < 10.0,
        };
        if !fits {
            break;
        }
        match kind {
            Kind::Digit | Kind::Teen | Kind::Tens => current += value,
            Kind::Hundred | Kind::Dozen => current *= value,
            Kind::Scale => {
                total += current * value;
                current = 0.0;
                last_scale = value;
            }
        }
        last = Some(kind);
        j += 1;
    }
    let value = total + current;
    (j > i && value > 0.0).then_some((value, j - i))
}

/// Whether a word before a number makes it a known set or a rank ("the two sides", "Iran's
/// three reactors").
pub(super) fn is_definite(word: &str) -> bool {
    DEFINITE.contains(&word) || word.ends_with("'s") || word.ends_with("’s")
}

/// Whether the word at token `k` is a number, in words or digits, or starts with one
/// ("three-year").
pub(super) fn is_number(tokens: &[&str], k: usize) -> bool {
    tokens.get(k).is_some_and(|t| {
        t.starts_with(|c: char| c.is_ascii_digit())
            || t.split('-').next().is_some_and(|w| word_value(w).is_some())
    })
}

/// Whether the number word at token `i` is capitalised inside the sentence, as in a name
/// ("the Group of Eight"): not the sentence's first word, nor the first after a quotation mark
/// or a colon.
fn in_a_name(text: &str, ranges: &[Range<usize>], i: usize) -> bool {
    let starts_upper = text[ranges[i].clone()].starts_with(|c: char| c.is_uppercase());
    let opening = text[..ranges[i].start].trim_end().chars().next_back();
    starts_upper && !matches!(opening, None | Some('"' | '“' | '‘' | '\'' | '(' | ':' | '—' | '–'))
}

/// The figure whose number in words starts at token `i`, if it is one (the rules are in the
/// module's header).
pub(super) fn reading_at(text: &str, ranges: &[Range<usize>], tokens: &[&str], i: usize) -> Option<Reading> {
    // "a two-hour meeting": the number and its measure in one word say what the number
    // measures, whatever comes before it ("the three-day visit"), even for "one".
    if let Some((number, unit)) = compound_measure(tokens[i]) {
        let (value, _) = word_value(number)?;
        return (!in_a_name(text, ranges, i)).then_some(Reading { value, unit, skip: 0, symbol: 0 });
    }
    let (value, taken) = number_at(tokens, i)?;
    let prev = if i > 0 { tokens[i - 1] } else { "" };
    let definite = is_definite(prev);
    // "two or three hours", "one in five voters", "nine out of ten doctors".
    let in_range = (RANGE_WORDS.contains(&prev) && i >= 2 && is_number(tokens, i - 2))
        || (prev == "of" && i >= 3 && tokens[i - 2] == "out" && is_number(tokens, i - 3));
    if definite || in_range || in_a_name(text, ranges, i) {
        return None;
    }
    let k = i + taken;
    let (unit, unit_taken) = if tokens.get(k) == Some(&"per") && tokens.get(k + 1) == Some(&"cent") {
        ("percent".to_string(), 2)
    } else {
        unit_at(text, ranges, tokens, k)?
    };
    // "nineteen eighty-four", "two three-year terms": a number is not what a number counts.
    let fraction =
        FRACTIONS.contains(&unit.as_str()) && (unit != "quarter" || tokens.get(k + 1) == Some(&"of"));
    if fraction || is_number(tokens, k) || is_number_word(&unit) || tokens.get(k + unit_taken) == Some(&"ago")
    {
        return None;
    }
    let skip = taken - 1 + unit_taken;
    if taken == 1 && tokens[i] == "one" {
        let measured = ONE_MEASURES.contains(&unit.as_str()) || qualifiers::currency_plural(&unit).is_some();
        let bounded = qualifiers::bound_of(tokens, i, i + 1 + skip).0 != Bound::Value;
        if !measured && !bounded {
            return None;
        }
    }
    Some(Reading { value, unit, skip, symbol: 0 })
}

#[cfg(test)]
mod tests;
