//! Shares written as fractions or ratios: "a quarter of the permits", "half of all voters",
//! "two-thirds of", "three in four", "one in ten permits", "nine out of 10 doctors", "nine of
//! ten" — figures in percent, comparable with each other and with "25 percent of permits".
//!
//! In: the folded tokens of one sentence (and its text, for the spaces between words), and
//! where its number and fraction words begin (`finder`). Out: the [`Reading`] of a share at a
//! token, value in percent and unit "percent" — made into a [`super::Figure`] by `figures` with
//! the same bounds ("more than half of") and context as any percentage.
//!
//! A share is a part of a whole, and the whole must be there: "of" and what it is of ("a
//! quarter of the permits"), or the things shared out right after a ratio ("one in five
//! voters"); or a change by a share of what changed ("fell by almost a quarter", as "fell by
//! 25 percent"). So these are not shares:
//! - a fraction of one thing, or of an amount: "a quarter of a century", "half an hour", "a
//!   third of $5 million", "half a million" (a number: `spelled`);
//! - a fraction placed in a sequence or on a map: "the first quarter", "in the second half",
//!   "its northern half", "a quarter-final" (after a definite or placing word);
//! - a ratio with no things after it: "one in a million", "nine in ten say" (a verb is not
//!   told from a noun here; missing those is the cheaper error);
//! - the idiom "too clever by half", which changes nothing by half;
//! - a known set counted: "the two of three", "two of the three reactors" (as `spelled`
//!   reasons), and "one of ten nominees", which names a member, not a share.

use std::ops::Range;

use super::digits::parse_number;
use super::finder::Starts;
use super::qualifiers::is_hedge;
use super::spelled::{is_definite, is_number, number_at};
use super::units::{is_plural, joined, plural_follows, unit_name};
use super::Reading;

/// Fraction words, folded, with the denominator they name; their plurals end in "s" ("two
/// thirds"), but for "halves".
const FRACTIONS: &[(&str, f64)] = &[
    ("half", 2.0),
    ("third", 3.0),
    ("quarter", 4.0),
    ("fourth", 4.0),
    ("fifth", 5.0),
    ("sixth", 6.0),
    ("seventh", 7.0),
    ("eighth", 8.0),
    ("ninth", 9.0),
    ("tenth", 10.0),
];
/// Words before a fraction that place it in a sequence or on a map ("the second half", "its
/// northern half", "the latter half") rather than take it of a whole, or make it part of a
/// number ("two and a half"); definite words (`spelled`) are among them too.
const PLACING: &[&str] = &[
    "a",
    "second",
    "third",
    "fourth",
    "latter",
    "former",
    "bottom",
    "back",
    "front",
    "upper",
    "lower",
    "northern",
    "southern",
    "eastern",
    "western",
    "opening",
    "closing",
    "better",
    "remaining",
];
/// Words that make "by half" the idiom ("too clever by half", "cute by half").
const CLEVER_BY_HALF: &[&str] = &["clever", "cute", "smart"];
/// Words after a bare "half" that make it a share of the set they introduce ("half the
/// permits", "half their members").
const SET_WORDS: &[&str] = &["the", "all", "its", "their", "our", "his", "her", "these", "those"];

/// The denominator a folded fraction word names ("third", "quarters" → 4), and whether it is
/// plural.
pub(super) fn fraction_word(word: &str) -> Option<(f64, bool)> {
    let (stem, plural) = match word {
        "halves" => ("half", true),
        w => w.strip_suffix('s').map_or((w, false), |s| (s, true)),
    };
    FRACTIONS.iter().find(|(f, _)| *f == stem).map(|&(_, denominator)| (denominator, plural))
}

/// The tokens where a share may begin, in order: a ratio's or a fraction's number, the "a"
/// or "one" before a fraction word, or a bare "half".
pub(super) fn start_tokens(ranges: &[Range<usize>], tokens: &[&str], starts: &Starts) -> Vec<usize> {
    let token_at = |start: &usize| ranges.binary_search_by_key(start, |r| r.start).ok();
    let mut out: Vec<usize> = starts.numbers.iter().filter_map(token_at).collect();
    for t in starts.fractions.iter().filter_map(token_at) {
        let numerator = t > 0 && (matches!(tokens[t - 1], "a" | "an") || is_number(tokens, t - 1));
        out.push(if numerator { t - 1 } else { t });
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The share whose first word is token `i`, if there is one there (the rules are in the
/// module's header).
pub(super) fn reading_at(text: &str, ranges: &[Range<usize>], tokens: &[&str], i: usize) -> Option<Reading> {
    let prev = if i > 0 { tokens[i - 1] } else { "" };
    if is_definite(prev) || PLACING.contains(&prev) {
        return None;
    }
    let (percent, taken) =
        fraction_at(text, ranges, tokens, i).or_else(|| ratio_at(text, ranges, tokens, i))?;
    Some(Reading { value: percent, unit: "percent".to_string(), skip: taken - 1, symbol: 0 })
}

/// A fraction from token `i` ("a quarter of", "two-thirds of", "half of", "half the permits",
/// or a change "by almost a quarter") in percent, with the tokens it takes before its "of".
fn fraction_at(text: &str, ranges: &[Range<usize>], tokens: &[&str], i: usize) -> Option<(f64, usize)> {
    let whole_of = |k: usize| {
        tokens.get(k) == Some(&"of")
            && !matches!(tokens.get(k + 1), Some(&"a" | &"an") | None)
            && !is_number(tokens, k + 1)
    };
    // "fell by half", "cut by nearly a third": a change by a share of what changed, as "fell
    // by 50 percent" is; not "by a third party", where the fraction is an ordinal.
    let by = (i > 0 && tokens[i - 1] == "by") || (i > 1 && is_hedge(tokens[i - 1]) && tokens[i - 2] == "by");
    // "too clever by half", "cute by half": an idiom, not a change.
    let idiom = tokens[i] == "half"
        && i > 1
        && (CLEVER_BY_HALF.contains(&tokens[i - 2]) || (i > 2 && tokens[i - 3] == "too"));
    let by = by && !idiom;
    let change = |k: usize| {
        // "by half a million", "by half a point": an amount, not a share.
        let amount = matches!(tokens.get(k), Some(&"a" | &"an")) || is_number(tokens, k);
        by && !amount
            && (k >= tokens.len()
                || !joined(text, ranges, k - 1)
                || unit_name(tokens[k]).is_none()
                || matches!(tokens[k], "last" | "next"))
    };
    let token = tokens[i];
    if token == "half" {
        let a_set = tokens.get(i + 1).is_some_and(|t| SET_WORDS.contains(t))
            && tokens.get(i + 2).is_some_and(|t| is_plural(t));
        return (whole_of(i + 1) || a_set || change(i + 1)).then_some((50.0, 1));
    }
    let (numerator, denominator, taken) = match token.split_once('-') {
        // "two-thirds", "one-quarter".
        Some((number, fraction)) => {
            let (numerator, _) = small_number(number)?;
            let (denominator, plural) = fraction_word(fraction)?;
            agrees(numerator, denominator, plural).then_some((numerator, denominator, 1))?
        }
        None => {
            let (numerator, after) = match token {
                "a" | "an" => (1.0, 1),
                _ => small_number(token).filter(|&(_, taken)| taken == 1).map(|(n, _)| (n, 1))?,
            };
            let (denominator, plural) = fraction_word(tokens.get(i + after)?)?;
            agrees(numerator, denominator, plural).then_some((numerator, denominator, after + 1))?
        }
    };
    (numerator < denominator && (whole_of(i + taken) || change(i + taken)))
        .then_some((100.0 * numerator / denominator, taken))
}

/// A single number word under ten ("two", "one") as a numerator.
fn small_number(word: &str) -> Option<(f64, usize)> {
    number_at(&[word], 0).filter(|&(n, _)| (1.0..10.0).contains(&n) && n.fract() == 0.0)
}

/// Whether a fraction's numerator agrees with its number: "one third", "two thirds", not
/// "two third" (the "two third-graders") nor "one thirds"; halves are not counted ("two halves").
fn agrees(numerator: f64, denominator: f64, plural: bool) -> bool {
    (numerator > 1.0) == plural && !(plural && denominator == 2.0)
}

/// A ratio from token `i` ("one in five voters", "nine out of 10 doctors", "nine of ten
/// permits") in percent, with the tokens it takes.
fn ratio_at(text: &str, ranges: &[Range<usize>], tokens: &[&str], i: usize) -> Option<(f64, usize)> {
    let count = |k: usize| -> Option<(f64, usize)> {
        let token = tokens.get(k)?;
        if token.starts_with(|c: char| c.is_ascii_digit()) {
            let value = parse_number(token)?;
            // "rose by one in 2019": a year is not what the number is out of.
            let year = (1900.0..=2100.0).contains(&value) && !token.contains(',');
            return (!year).then_some((value, 1));
        }
        // "one in a million" is an idiom, not a ratio.
        (!matches!(*token, "a" | "an" | "half")).then(|| number_at(tokens, k)).flatten()
    };
    let (numerator, taken) = count(i)?;
    let linker = match tokens.get(i + taken..) {
        Some(["in", ..]) => 1,
        Some(["out", "of", ..]) => 2,
        // "one of ten nominees" names a member, not a share.
        Some(["of", ..]) if numerator > 1.0 => 1,
        _ => return None,
    };
    let k = i + taken + linker;
    let (denominator, denominator_taken) = count(k)?;
    let after = k + denominator_taken;
    let whole = tokens.get(after) == Some(&"of")
        || (joined(text, ranges, after - 1) && plural_follows(text, ranges, tokens, after));
    let whole_numbers = numerator.fract() == 0.0 && denominator.fract() == 0.0;
    (whole && whole_numbers && numerator >= 1.0 && numerator < denominator)
        .then_some((100.0 * numerator / denominator, after - i))
}

#[cfg(test)]
#[path = "shares_tests.rs"]
mod tests;
