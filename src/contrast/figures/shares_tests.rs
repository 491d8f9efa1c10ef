//! Tests of reading shares: fractions and ratios as percentages, and the fractions and ratios
//! that are not shares.

use super::*;
use crate::contrast::figures::finder::starts;
use crate::text::fold::{fold, words};

/// (percent, shown) of each share read in `text`, as `figures` finds where they may begin.
fn shares(text: &str) -> Vec<(f64, String)> {
    let folded = fold(text);
    let ranges = words(&folded);
    let tokens: Vec<&str> = ranges.iter().map(|r| &folded[r.clone()]).collect();
    let mut at = start_tokens(&ranges, &tokens, &starts(&folded));
    // Digits may begin a ratio wherever they stand.
    at.extend((0..tokens.len()).filter(|&i| tokens[i].starts_with(|c: char| c.is_ascii_digit())));
    at.sort_unstable();
    at.dedup();
    at.into_iter()
        .filter_map(|i| {
            let r = reading_at(text, &ranges, &tokens, i)?;
            let shown = text[ranges[i].start..ranges[i + r.skip].end].to_string();
            Some(((r.value * 10.0).round() / 10.0, shown))
        })
        .collect()
}

#[test]
fn fractions_of_a_whole_are_percentages() {
    let one = |text: &str| shares(text).into_iter().next();
    assert_eq!(one("A quarter of the permits are held back."), Some((25.0, "A quarter".to_string())));
    assert_eq!(one("Nearly half of all voters stayed home."), Some((50.0, "half".to_string())));
    assert_eq!(one("Half the members left."), Some((50.0, "Half".to_string())));
    assert_eq!(one("Two-thirds of the seats went to allies."), Some((66.7, "Two-thirds".to_string())));
    assert_eq!(one("three quarters of the staff left"), Some((75.0, "three quarters".to_string())));
    assert_eq!(one("about a third of schools closed"), Some((33.3, "a third".to_string())));
    assert_eq!(one("a third round of talks"), None, "no 'of' right after it: an ordinal");
    assert_eq!(one("one-fifth of the budget"), Some((20.0, "one-fifth".to_string())));
    assert_eq!(one("an eighth of the land"), Some((12.5, "an eighth".to_string())));
    // A change by a share of what changed.
    assert_eq!(one("Journey times dropped by almost a quarter."), Some((25.0, "a quarter".to_string())));
    assert_eq!(one("Exports fell by half last year."), Some((50.0, "half".to_string())));
    assert_eq!(one("Taxes were cut by a third in 2011."), Some((33.3, "a third".to_string())));
}

#[test]
fn ratios_before_the_things_shared_are_percentages() {
    let one = |text: &str| shares(text).into_iter().next();
    assert_eq!(one("Only one in ten permits is held back."), Some((10.0, "one in ten".to_string())));
    assert_eq!(one("Three in four young voters agreed."), Some((75.0, "Three in four".to_string())));
    assert_eq!(one("one out of ten drivers"), Some((10.0, "one out of ten".to_string())));
    assert_eq!(one("nine of ten doctors"), Some((90.0, "nine of ten".to_string())));
    assert_eq!(one("1 in 5 voters"), Some((20.0, "1 in 5".to_string())));
    assert_eq!(one("9 out of 10 dentists"), Some((90.0, "9 out of 10".to_string())));
    assert_eq!(one("one in five of them"), Some((20.0, "one in five".to_string())));
    assert_eq!(one("one in twenty-five households"), Some((4.0, "one in twenty-five".to_string())));
    assert_eq!(
        shares("Two in five men and one in ten women agreed."),
        vec![(40.0, "Two in five".to_string()), (10.0, "one in ten".to_string())]
    );
}

#[test]
fn fractions_and_ratios_that_are_not_shares() {
    for text in [
        "It took a quarter of a century.",
        "The wait was half an hour.",
        "Half a million barrels were sold.",
        "Profits rose in the first quarter of the year.",
        "He scored in the second half of the game.",
        "They won the quarter-final.",
        "The northern half of the island flooded.",
        "It is a third of $5 million.",
        "Half of 2019 was lost.",
        "He is one in a million.",
        "Nine in ten say the tax is too high.",
        "One in five, officials said.",
        "Two of the three reactors are old.",
        "The two of three votes cast were void.",
        "She is one of ten nominees.",
        "Profits fell for two quarters.",
        "a third round of talks",
        "Two and a half people.",
        "The quarterly report came halfway through.",
        "It rose by one in 2019 elections.",
        "Five in three cases.",
        "It was paid by a third party.",
        "He was trying to be cute by half by flipping the script.",
        "The plan is too clever by half.",
        "He lost by half a point.",
    ] {
        assert!(shares(text).is_empty(), "{text}: {:?}", shares(text));
    }
}

#[test]
fn fraction_words_name_their_denominator() {
    assert_eq!(fraction_word("quarters"), Some((4.0, true)));
    assert_eq!(fraction_word("third"), Some((3.0, false)));
    assert_eq!(fraction_word("halves"), Some((2.0, true)));
    for word in ["quarterly", "thirty", "halfway", "tens", ""] {
        assert_eq!(fraction_word(word), None, "{word}");
    }
}
