//! Numbers written in digits: "60%", "3,000 centrifuges", "$140 million", "April 12", "19
//! April", "a 10-year sentence" — with their unit, and left out when they are a year, a date's day or part of a
//! name ("Resolution 2231", "9/11").
//!
//! In: the text, folded text and tokens of one sentence, and a token index. Out: the
//! [`Reading`] of the number there, if it is a figure — made into a [`super::Figure`] by
//! `figures`.

use std::ops::Range;

use super::dates::{is_name_or_date_part, month_of};
use super::units::{compound_measure, unit_at, unit_name};
use super::{qualifiers, Reading, SCALES};

pub(super) fn parse_number(word: &str) -> Option<f64> {
    if !word.chars().next()?.is_ascii_digit()
        || !word.chars().all(|c| c.is_ascii_digit() || c == ',' || c == '.')
    {
        return None;
    }
    word.replace(',', "").parse().ok()
}

/// The figure whose number in digits is token `i`, if it is one.
pub(super) fn reading_at(
    text: &str,
    folded: &str,
    ranges: &[Range<usize>],
    tokens: &[&str],
    i: usize,
) -> Option<Reading> {
    let token = tokens[i];
    let currency = qualifiers::currency_before(text, ranges[i].start);
    // "a 10-year sentence", "a 60-day review": the measure is written into the word.
    let compound = token.starts_with(|c: char| c.is_ascii_digit()) && currency.is_none();
    if let Some((number, unit)) = compound.then(|| compound_measure(token)).flatten() {
        let value = parse_number(number)?;
        return (!is_name_or_date_part(text, ranges, tokens, i)).then_some(Reading {
            value,
            unit,
            skip: 0,
            symbol: 0,
        });
    }
    let mut value = parse_number(token).or_else(|| currency.and_then(|_| qualifiers::parse_scaled(token)))?;
    if is_name_or_date_part(text, ranges, tokens, i) {
        return None;
    }
    let next = tokens.get(i + 1).copied().unwrap_or("");
    let prev = if i > 0 { tokens[i - 1] } else { "" };
    let scale = SCALES.iter().find(|(s, _)| *s == next).map(|&(_, scale)| scale);
    let day = (1.0..=31.0).contains(&value) && value.fract() == 0.0;
    // `skip`: how many tokens after the number belong to the figure.
    let (unit, skip) = if folded[ranges[i].end..].starts_with('%') {
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
    } else if let Some(month) = month_of(prev).filter(|_| day) {
        value += month as f64 * 100.0;
        ("date".to_string(), 0)
    } else if let Some(month) = month_of(next).filter(|_| day) {
        value += month as f64 * 100.0;
        ("date".to_string(), 1)
    } else if (1900.0..=2100.0).contains(&value) && value.fract() == 0.0 && !token.contains(',') {
        return None;
    } else if let Some(scale) = scale {
        value *= scale;
        // "140 million a year": an article is never the unit.
        match unit_at(text, ranges, tokens, i + 2) {
            Some((unit, taken)) => (unit, 1 + taken),
            None => ("count".to_string(), 1),
        }
    } else if next == "per" && tokens.get(i + 2) == Some(&"cent") {
        ("percent".to_string(), 2)
    } else {
        unit_at(text, ranges, tokens, i + 1)?
    };
    let symbol = currency.map_or(0, |(_, symbol)| symbol);
    Some(Reading { value, unit, skip, symbol })
}
