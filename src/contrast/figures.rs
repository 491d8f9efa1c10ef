//! Figures and dates in sentences, with the words around them that say what they count.
//!
//! In: one sentence (and, from analysis, the sentence folded). Out: its [`Figure`]s (value,
//! unit, bound, period, span, context words); pairing them across articles is `numbers`.
//!
//! Two articles disagree on a number when both give a figure in the same unit with much the
//! same context ("enriched uranium … 60 percent" against "… 90 percent"). The unit is what
//! follows the number ("percent", "centrifuges", "kilograms"), never an article ("a", "per");
//! a currency symbol before it makes money ("$140 million" is dollars); a month next to a day
//! number makes a date. Bare years are left out: two years in one story usually mark different
//! events. Numbers are written in digits (`digits`) or in words ("more than three hours", "a
//! dozen inspectors": `spelled`, with stricter rules for the small numbers that count nothing);
//! the unit after either is read by `units`, dates by `dates`, bounds ("at most", "as many as")
//! and periods ("a year") by `qualifiers`. Shares ("a quarter of the permits", "one in ten
//! voters") are percentages (`shares`), and "an hour" after a bound ("about an hour") is one
//! hour (`indefinite`); where any figure in words may begin is found by `finder`. Number words are never context: they say how many,
//! not of what.

use std::ops::Range;

use crate::article::SentenceId;
use crate::text::fold::{fold, words};

mod context;
mod counted;
mod dates;
mod digits;
mod finder;
mod indefinite;
mod qualifiers;
mod shares;
mod spelled;
mod units;
mod written;

use context::context_of;
pub use context::Context;
pub(crate) use counted::count_different_things;
use dates::month_of;
pub(crate) use dates::MONTHS;
pub(crate) use written::writes_digits_of;

pub(crate) use qualifiers::currency_plural;
pub use qualifiers::Bound;

/// Words after a number that scale it rather than name its unit.
const SCALES: &[(&str, f64)] = &[("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)];

/// A number with its unit and context.
#[derive(Debug, Clone, PartialEq)]
pub struct Figure {
    pub at: SentenceId,
    pub value: f64,
    /// The figure as written ("60 percent", "April 12").
    pub shown: String,
    /// Where it stands in the sentence.
    pub range: Range<usize>,
    pub unit: String,
    /// Whether the value is a bound ("at most 4,000 jobs") rather than the value itself.
    pub bound: Bound,
    /// The period the figure is given per ("a year"), when the text says.
    pub per: Option<String>,
    /// Content words near the figure, each with a weight: words right next to the number say
    /// most about what it counts.
    pub context: Context,
}

/// A number read at token `i` of a sentence, before the words around it are.
struct Reading {
    value: f64,
    unit: String,
    /// How many tokens after the number's first belong to the figure (its other number words,
    /// its scale, its unit).
    skip: usize,
    /// Bytes of a currency symbol written right before the number ("$").
    symbol: usize,
}

/// The figures of one sentence.
pub fn find_figures(at: SentenceId, text: &str) -> Vec<Figure> {
    find_figures_folded(at, text, &fold(text))
}

/// The figures of one sentence, given it folded (`fold`) as well: analysis has it already.
pub(crate) fn find_figures_folded(at: SentenceId, text: &str, folded: &str) -> Vec<Figure> {
    // Every figure starts with a digit, a number word, a share word ("half") or a measure
    // after a bound ("about an hour"); most sentences have none.
    let has_digit = text.bytes().any(|b| b.is_ascii_digit());
    let starts = finder::starts(folded);
    if !has_digit && starts.is_empty() {
        return Vec::new();
    }
    let ranges = words(folded);
    let tokens: Vec<&str> = ranges.iter().map(|r| &folded[r.clone()]).collect();
    let spelled_at = spelled::start_tokens(&ranges, &tokens, &starts.numbers);
    let shares_at = shares::start_tokens(&ranges, &tokens, &starts);
    let articles_at = indefinite::start_tokens(&ranges, &tokens, &starts.articles);
    let mut out = Vec::new();
    // The first token not yet read into a figure: "three hundred" is one number, not two.
    let mut resume = 0;
    for i in 0..tokens.len() {
        if i < resume {
            continue;
        }
        let listed = |at: &[usize]| at.binary_search(&i).is_ok();
        let digit = has_digit && tokens[i].starts_with(|c: char| c.is_ascii_digit());
        // A share first: "one in ten permits" is not "ten permits".
        let read = (digit || listed(&shares_at))
            .then(|| shares::reading_at(text, &ranges, &tokens, i))
            .flatten()
            .or_else(|| listed(&articles_at).then(|| indefinite::reading_at(&tokens, i)).flatten())
            .or_else(|| digit.then(|| digits::reading_at(text, folded, &ranges, &tokens, i)).flatten())
            .or_else(|| {
                listed(&spelled_at).then(|| spelled::reading_at(text, &ranges, &tokens, i)).flatten()
            });
        let Some(reading) = read else { continue };
        resume = i + 1 + reading.skip;
        out.push(figure_of(at, text, &ranges, &tokens, i, reading));
    }
    out
}

/// The figure whose number starts at token `i`: its span with the words that bound it ("more
/// than"), its period and its context.
fn figure_of(
    at: SentenceId,
    text: &str,
    ranges: &[Range<usize>],
    tokens: &[&str],
    i: usize,
    reading: Reading,
) -> Figure {
    let Reading { value, unit, skip, symbol } = reading;
    let is_date = unit == "date";
    let after = i + 1 + skip;
    let (bound, bound_before, bound_after) =
        if is_date { (Bound::Value, 0, 0) } else { qualifiers::bound_of(tokens, i, after) };
    let start = if is_date && i > 0 && month_of(tokens[i - 1]).is_some() {
        ranges[i - 1].start
    } else if bound_before > 0 {
        ranges[i - bound_before].start
    } else {
        ranges[i].start - symbol
    };
    let shown_end = if unit == "percent" && text[ranges[i].end..].starts_with('%') && skip + bound_after == 0
    {
        ranges[i].end + 1
    } else {
        ranges[i + skip + bound_after].end
    };
    let per = if is_date { None } else { qualifiers::rate_at(tokens, after) };
    let context = context_of(tokens, i, skip, is_date, &unit);
    let range = start..shown_end.min(text.len());
    Figure { at, value, shown: text[range.clone()].to_string(), range, unit, bound, per, context }
}

#[cfg(test)]
mod tests;
