//! "A" or "an" as the number one, where a bound or a hedge before it makes a quantity of the
//! measure after it: "about an hour", "more than a year", "up to a mile", "as long as a day",
//! "nearly half an hour" (one half) and "over a year and a half".
//!
//! In: the folded tokens of one sentence, and where such an article begins (`finder`). Out:
//! the [`Reading`] there (value 1 or 0.5, the measure as unit) — made into a
//! [`super::Figure`] by `figures`, so "about an hour" meets "three hours" as any two figures
//! in hours do.
//!
//! Without such a word before it, "a" stays an article: "$2 a day" and "once a year" are
//! rates (`qualifiers`), "an hour later" a time; "a year ago" dates an event, whatever is
//! before it (as "two years ago" does in `spelled`).

use std::ops::Range;

use super::qualifiers::{bound_of, is_hedge};
use super::{Bound, Reading};

/// Measures read as one after "a"/"an" (each searched for by `finder` with its article): time
/// and distance, which a bound before an article most often measures.
pub(super) const ARTICLE_MEASURES: &[&str] =
    &["minute", "hour", "day", "week", "month", "year", "decade", "mile"];

/// The last words of the bounds and hedges that may stand before an article ("more than",
/// "about", "up to"), and "half": a first, coarse test of the word before "a year" where it
/// is found; the tokens are read in full after.
const MAY_BOUND: &[&str] = &[
    "about",
    "around",
    "roughly",
    "some",
    "approximately",
    "nearly",
    "almost",
    "than",
    "under",
    "over",
    "to",
    "least",
    "most",
    "as",
    "below",
    "above",
    "exceeding",
    "half",
];

/// Whether a folded word may end a bound or hedge before an article (see [`MAY_BOUND`]).
pub(super) fn may_bound_an_article(word: &str) -> bool {
    MAY_BOUND.contains(&word)
}

/// The tokens where such a figure begins, in order: the article, or the "half" before it.
pub(super) fn start_tokens(ranges: &[Range<usize>], tokens: &[&str], starts: &[usize]) -> Vec<usize> {
    starts
        .iter()
        .filter_map(|start| ranges.binary_search_by_key(start, |r| r.start).ok())
        .map(|t| if t > 0 && tokens[t - 1] == "half" { t - 1 } else { t })
        .collect()
}

/// The quantity whose article (or "half") is token `i`, if a bound or hedge stands before it.
pub(super) fn reading_at(tokens: &[&str], i: usize) -> Option<Reading> {
    let (value, article) = match tokens[i] {
        "half" => (0.5, i + 1),
        _ => (1.0, i),
    };
    if !matches!(tokens.get(article), Some(&"a" | &"an")) {
        return None;
    }
    let unit = *ARTICLE_MEASURES.iter().find(|m| tokens.get(article + 1) == Some(m))?;
    let mut after = article + 2;
    // "more than a year and a half".
    let and_a_half = tokens.get(after..after + 3) == Some(&["and", "a", "half"][..]);
    let value = if and_a_half && value == 1.0 {
        after += 3;
        1.5
    } else {
        value
    };
    let (bound, bound_before, _) = bound_of(tokens, i, after);
    let hedged = i > 0 && is_hedge(tokens[i - 1]);
    let bounded = bound != Bound::Value && bound_before > 0;
    ((bounded || hedged) && tokens.get(after) != Some(&"ago")).then(|| Reading {
        value,
        unit: unit.to_string(),
        skip: after - 1 - i,
        symbol: 0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Option<(f64, String, usize)> {
        let tokens: Vec<&str> = text.split(' ').collect();
        let i = tokens.iter().position(|t| matches!(*t, "a" | "an" | "half"))?;
        reading_at(&tokens, i).map(|r| (r.value, r.unit, r.skip))
    }

    #[test]
    fn a_bound_or_hedge_makes_an_article_one() {
        assert_eq!(read("waits were about an hour"), Some((1.0, "hour".to_string(), 1)));
        assert_eq!(read("it took more than a year"), Some((1.0, "year".to_string(), 1)));
        assert_eq!(read("lines as long as a mile"), Some((1.0, "mile".to_string(), 1)));
        assert_eq!(read("jail for up to a decade"), Some((1.0, "decade".to_string(), 1)));
        assert_eq!(read("nearly half an hour"), Some((0.5, "hour".to_string(), 2)));
        assert_eq!(read("at least a week"), Some((1.0, "week".to_string(), 1)));
        assert_eq!(read("more than a year and a half"), Some((1.5, "year".to_string(), 4)));
    }

    #[test]
    fn without_one_an_article_stays_an_article() {
        for text in [
            "2 a day",
            "once a year",
            "an hour later",
            "about a year ago",
            "half an hour",
            "sentenced to a year",
            "about a dozen",
            "more than a million",
        ] {
            assert_eq!(read(text), None, "{text}");
        }
    }
}
