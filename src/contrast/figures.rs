//! Figures and dates in sentences, with the words around them that say what they count.
//!
//! In: one sentence. Out: its [`Figure`]s (value, unit, bound, period, span, context words);
//! pairing them across articles is `numbers`.
//!
//! Two articles disagree on a number when both give a figure in the same unit with much the
//! same context ("enriched uranium … 60 percent" against "… 90 percent"). The unit is what
//! follows the number ("percent", "centrifuges", "kilograms"), never an article ("a", "per");
//! a currency symbol before it makes money ("$140 million" is dollars); a month next to a day
//! number makes a date. Bare years are left out: two years in one story usually mark different
//! events. Bounds ("at most", "as many as") and periods ("a year") are read by `qualifiers`.

use std::ops::Range;

use crate::article::SentenceId;
use crate::text::fold::{fold, words};
use crate::words::content_words;

mod qualifiers;

pub(crate) use qualifiers::currency_plural;
pub use qualifiers::Bound;

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
/// Words after a number that scale it rather than name its unit.
const SCALES: &[(&str, f64)] = &[("thousand", 1e3), ("million", 1e6), ("billion", 1e9), ("trillion", 1e12)];
/// How many words either side of a number describe it.
const CONTEXT_WINDOW: usize = 6;
/// Words this close to the number count double.
const NEAR_WORDS: usize = 3;
/// Weight of a word of the sentence outside the window.
const SENTENCE_WEIGHT: f32 = 0.5;
/// At most this many words of the sentence beyond the window count.
const SENTENCE_WORDS: usize = 10;

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
    pub context: Vec<(String, f32)>,
}

fn month_of(word: &str) -> Option<usize> {
    let w = word.trim_end_matches('.');
    MONTHS
        .iter()
        .position(|m| *m == w)
        .or_else(|| MONTH_ABBREVIATIONS.iter().position(|m| *m == w))
        .or((w == "sept").then_some(8))
        .map(|m| m + 1)
}

fn parse_number(word: &str) -> Option<f64> {
    if !word.chars().next()?.is_ascii_digit()
        || !word.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return None;
    }
    word.replace(',', "").parse().ok()
}

/// The figures of one sentence.
pub fn find_figures(at: SentenceId, text: &str) -> Vec<Figure> {
    // Every figure starts with a digit; most sentences have none.
    if !text.bytes().any(|b| b.is_ascii_digit()) {
        return Vec::new();
    }
    let folded = fold(text);
    let ranges = words(&folded);
    let tokens: Vec<&str> = ranges.iter().map(|r| &folded[r.clone()]).collect();
    let mut out = Vec::new();
    for (i, token) in tokens.iter().enumerate() {
        let currency = qualifiers::currency_before(text, ranges[i].start);
        let Some(mut value) =
            parse_number(token).or_else(|| currency.and_then(|_| qualifiers::parse_scaled(token)))
        else {
            continue;
        };
        if is_name_or_date_part(text, &ranges, &tokens, i) {
            continue;
        }
        let next = tokens.get(i + 1).copied().unwrap_or("");
        let prev = if i > 0 { tokens[i - 1] } else { "" };
        let after_number = &folded[ranges[i].end..];
        let scale = SCALES.iter().find(|(s, _)| *s == next).map(|&(_, scale)| scale);
        // `skip`: how many tokens after the number belong to the figure.
        let (unit, skip) = if after_number.starts_with('%') {
            ("percent".to_string(), 0)
        } else if let Some((name, _)) = currency {
            // Money is in its currency whatever follows: "$140 million a year" counts dollars,
            // and "a" is the rate, not the unit.
            let mut skip = usize::from(scale.is_some());
            value *= scale.unwrap_or(1.0);
            if tokens.get(i + 1 + skip).and_then(|w| unit_name(w)).as_deref() == Some(name) {
                skip += 1;
            }
            (name.to_string(), skip)
        } else if let Some(month) =
            month_of(prev).filter(|_| (1.0..=31.0).contains(&value) && value.fract() == 0.0)
        {
            value += month as f64 * 100.0;
            ("date".to_string(), 0)
        } else if let Some(month) =
            month_of(next).filter(|_| (1.0..=31.0).contains(&value) && value.fract() == 0.0)
        {
            value += month as f64 * 100.0;
            ("date".to_string(), 1)
        } else if (1900.0..=2100.0).contains(&value) && value.fract() == 0.0 && !token.contains(',') {
            continue;
        } else if let Some(scale) = scale {
            value *= scale;
            // "140 million a year": an article is never the unit.
            match unit_at(text, &ranges, &tokens, i + 2) {
                Some((unit, taken)) => (unit, 1 + taken),
                None => ("count".to_string(), 1),
            }
        } else if next == "per" && tokens.get(i + 2) == Some(&"cent") {
            ("percent".to_string(), 2)
        } else if let Some((unit, taken)) = unit_at(text, &ranges, &tokens, i + 1) {
            (unit, taken)
        } else {
            continue;
        };
        let is_date = unit == "date";
        let after = i + 1 + skip;
        let (bound, bound_before, bound_after) =
            if is_date { (Bound::Value, 0, 0) } else { qualifiers::bound_of(&tokens, i, after) };
        let start = if is_date && month_of(prev).is_some() {
            ranges[i - 1].start
        } else if bound_before > 0 {
            ranges[i - bound_before].start
        } else {
            ranges[i].start - currency.map_or(0, |(_, symbol)| symbol)
        };
        let shown_end = if after_number.starts_with('%') && skip + bound_after == 0 {
            ranges[i].end + 1
        } else {
            ranges[i + skip + bound_after].end
        };
        let per = if is_date { None } else { qualifiers::rate_at(&tokens, after) };
        let context = context_of(&tokens, i, skip, is_date, &unit);
        let range = start..shown_end.min(text.len());
        out.push(Figure {
            at,
            value,
            shown: text[range.clone()].to_string(),
            range,
            unit,
            bound,
            per,
            context,
        });
    }
    out
}

/// Content words of the sentence around the number at `i` (whose figure runs `skip` tokens
/// past it), each with a weight: words right next to the number say most about what it
/// counts; the rest of its window less. When the unit names the things counted ("4,000
/// jobs"), the rest of the sentence (whose projection it is: "the Budget Office projected
/// that …") counts too, least: a measure ("percent", "dollars") says nothing of what it
/// measures, and with the whole sentence as context any two sums of money in one story met.
fn context_of(tokens: &[&str], i: usize, skip: usize, is_date: bool, unit: &str) -> Vec<(String, f32)> {
    let lo = i.saturating_sub(CONTEXT_WINDOW);
    let hi = (i + 1 + skip + CONTEXT_WINDOW).min(tokens.len());
    let (from, to) = if qualifiers::is_measure(unit) { (lo, hi) } else { (0, tokens.len()) };
    let mut context: Vec<(String, f32)> = Vec::new();
    // Nearest first, so that a long sentence gives only its nearest words beyond the window
    // (memory and time stay bounded by the figure, not by the sentence).
    let mut order: Vec<usize> =
        (from..to).filter(|&j| j < i.saturating_sub(usize::from(is_date)) || j > i + skip).collect();
    order.sort_by_key(|&j| j.abs_diff(i));
    let mut beyond = 0;
    for j in order {
        let weight = if j.abs_diff(i) <= NEAR_WORDS + skip {
            2.0
        } else if (lo..hi).contains(&j) {
            1.0
        } else if beyond < SENTENCE_WORDS {
            SENTENCE_WEIGHT
        } else {
            continue;
        };
        for w in content_words(tokens[j]).into_iter().filter(|w| month_of(w).is_none() && *w != unit) {
            if weight == SENTENCE_WEIGHT {
                beyond += 1;
            }
            match context.iter_mut().find(|(c, _)| *c == w) {
                Some((_, existing)) => *existing = existing.max(weight),
                None => context.push((w, weight)),
            }
        }
    }
    // Kept for every figure of the article: no spare capacity.
    context.shrink_to_fit();
    context
}

/// Whether the number at token `i` is part of a name or a date rather than a quantity: a
/// number written against a slash ("9/11", "24/7"), one after a capitalised word inside the
/// sentence ("Resolution 2231", "Flight 370"), or one followed by a month that has its own day
/// ("19 Sept. 11 hijackers": the 19 counts hijackers, the 11 is the day).
fn is_name_or_date_part(text: &str, ranges: &[std::ops::Range<usize>], tokens: &[&str], i: usize) -> bool {
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

/// Endings of words that describe what is counted rather than name it ("3,000 advanced
/// centrifuges", "500 injured people", "40 electrical engineers").
const ADJECTIVE_ENDINGS: &[&str] = &["ed", "al", "ive", "ous", "ful", "ic", "able", "ible", "less"];

/// The unit named by the words from token `k`, and how many tokens it takes: the word there,
/// or the word after it when the first one describes it ("advanced centrifuges").
fn unit_at(text: &str, ranges: &[Range<usize>], tokens: &[&str], k: usize) -> Option<(String, usize)> {
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
fn unit_name(word: &str) -> Option<String> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn figures(text: &str) -> Vec<(String, f64, String)> {
        find_figures(SentenceId { passage: 0, sentence: 0 }, text)
            .into_iter()
            .map(|f| (f.unit, f.value, f.shown))
            .collect()
    }

    #[test]
    fn percentages_counts_and_dates() {
        assert_eq!(
            figures(
                "Iran enriched uranium to 60% and runs 3,000 centrifuges since April 12, says a 2025 report."
            ),
            vec![
                ("percent".to_string(), 60.0, "60%".to_string()),
                ("centrifuge".to_string(), 3000.0, "3,000 centrifuges".to_string()),
                ("date".to_string(), 412.0, "April 12".to_string()),
            ]
        );
        assert_eq!(figures("Inflation near 32 percent")[0].1, 32.0);
        assert_eq!(figures("on 19 April 2025")[0], ("date".to_string(), 419.0, "19 April".to_string()));
        assert_eq!(figures("about $6 billion dollars")[0].1, 6e9);
    }

    #[test]
    fn dates_and_names_with_digits_are_not_quantities() {
        // "19" counts hijackers only if "Sept. 11" is read as the date it is.
        let left = figures("Fifteen of the 19 Sept. 11 hijackers were Saudi citizens.");
        assert_eq!(left, vec![("date".to_string(), 911.0, "Sept. 11".to_string())]);
        let right = figures("Fifteen of the 19 hijackers on 9/11 were Saudi citizens.");
        assert_eq!(right, vec![("hijacker".to_string(), 19.0, "19 hijackers".to_string())]);
        assert!(figures("The council passed Resolution 2231 in a vote.").is_empty());
        assert!(figures("The plane, Flight 370, vanished with 239 people aboard.")
            .iter()
            .all(|f| f.1 == 239.0));
        // A number opening the sentence is still a figure.
        assert_eq!(figures("300 protesters gathered.")[0].1, 300.0);
    }

    #[test]
    fn money_is_read_in_its_currency_with_its_scale() {
        assert_eq!(
            figures("The levy would raise about $140 million a year."),
            vec![("dollar".to_string(), 1.4e8, "$140 million".to_string())]
        );
        assert_eq!(figures("It will cost £3bn in all.")[0], ("pound".to_string(), 3e9, "£3bn".to_string()));
        assert_eq!(
            figures("a fund of €2.3 billion for ports")[0],
            ("euro".to_string(), 2.3e9, "€2.3 billion".to_string())
        );
        assert_eq!(
            figures("about 140 million dollars in fees")[0],
            ("dollar".to_string(), 1.4e8, "140 million dollars".to_string())
        );
        let f =
            &find_figures(SentenceId { passage: 0, sentence: 0 }, "Fares bring in $85 million per year.")[0];
        assert_eq!(f.per.as_deref(), Some("a year"));
    }

    #[test]
    fn a_word_describing_the_counted_thing_is_not_its_unit() {
        assert_eq!(
            figures("Iran runs around 3,000 advanced centrifuges at Natanz.")[0],
            ("centrifuge".to_string(), 3000.0, "3,000 advanced centrifuges".to_string())
        );
        assert_eq!(figures("About 200 injured were treated.")[0].0, "injured");
        assert_eq!(figures("It hired 2 million skilled workers.")[0].0, "worker");
        assert_eq!(figures("300 protesters gathered.")[0].0, "protester");
    }

    #[test]
    fn articles_and_determiners_are_never_units() {
        for text in [
            "Sales reached 140 million a year.",
            "The ferry carries 300 an hour.",
            "It costs 12 per visit.",
            "They ate 40 each day.",
            "He read 2 the first week.",
        ] {
            for (unit, _, shown) in figures(text) {
                assert!(!["a", "an", "the", "per", "each"].contains(&unit.as_str()), "{text}: {unit}");
                assert!(!shown.ends_with(" a") && !shown.ends_with(" per"), "{text}: {shown}");
            }
        }
        assert_eq!(figures("Sales reached 140 million a year.")[0].0, "count");
    }

    #[test]
    fn bounds_are_read_and_shown_with_the_figure() {
        let read = |text: &str| {
            let f = find_figures(SentenceId { passage: 0, sentence: 0 }, text).remove(0);
            (f.bound, f.shown)
        };
        assert_eq!(
            read("It could eliminate as many as 18,000 posts."),
            (Bound::AtMost, "as many as 18,000 posts".into())
        );
        assert_eq!(read("It would cut 3,000 posts at most."), (Bound::AtMost, "3,000 posts at most".into()));
        assert_eq!(read("More than 400 people came."), (Bound::AtLeast, "More than 400 people".into()));
        assert_eq!(read("About 400 people came."), (Bound::Value, "400 people".into()));
    }

    #[test]
    fn counted_things_take_the_whole_sentence_as_context_and_measures_do_not() {
        let context =
            |text: &str| find_figures(SentenceId { passage: 0, sentence: 0 }, text).remove(0).context;
        let text =
            "The harbour authority forecast in its spring review that the new terminal could add 900 jobs.";
        assert!(context(text).contains(&("harbour".to_string(), SENTENCE_WEIGHT)), "{:?}", context(text));
        let text =
            "The harbour authority forecast in its spring review that the new terminal could add 9 percent.";
        assert!(!context(text).iter().any(|(w, _)| w == "harbour"), "{:?}", context(text));
    }

    #[test]
    fn context_describes_the_figure() {
        let f = &find_figures(
            SentenceId { passage: 0, sentence: 0 },
            "Inflation is running above 40 percent this year.",
        )[0];
        assert!(f.context.contains(&("inflation".to_string(), 2.0)), "{:?}", f.context);
    }
}
