//! Tests of reading numbers written in words: the numbers, where they begin, and the rules
//! that keep the ones counting nothing out.

use super::*;
use crate::contrast::figures::finder::starts;
use crate::text::fold::{fold, words};

/// The number in words at the start of `text`.
fn number(text: &str) -> Option<(f64, usize)> {
    let tokens: Vec<&str> = text.split(' ').collect();
    number_at(&tokens, 0)
}

/// (value, unit) of each number in words read as a figure in `text`.
fn read(text: &str) -> Vec<(f64, String)> {
    let folded = fold(text);
    let ranges = words(&folded);
    let tokens: Vec<&str> = ranges.iter().map(|r| &folded[r.clone()]).collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        match reading_at(text, &ranges, &tokens, i) {
            Some(r) => {
                i += 1 + r.skip;
                out.push((r.value, r.unit));
            }
            None => i += 1,
        }
    }
    out
}

#[test]
fn cardinals_compounds_and_scales() {
    assert_eq!(number("three hours"), Some((3.0, 1)));
    assert_eq!(number("twenty-five inspectors"), Some((25.0, 1)));
    assert_eq!(number("twenty five inspectors"), Some((25.0, 2)));
    assert_eq!(number("ninety"), Some((90.0, 1)));
    assert_eq!(number("three hundred people"), Some((300.0, 2)));
    assert_eq!(number("two hundred and fifty people"), Some((250.0, 4)));
    assert_eq!(number("two million three hundred thousand barrels"), Some((2_300_000.0, 5)));
    assert_eq!(number("a dozen inspectors"), Some((12.0, 2)));
    assert_eq!(number("two dozen inspectors"), Some((24.0, 2)));
    assert_eq!(number("half a million barrels"), Some((500_000.0, 3)));
    assert_eq!(number("half a dozen rounds"), Some((6.0, 3)));
    assert_eq!(number("a hundred thousand people"), Some((100_000.0, 3)));
    assert_eq!(number("two and a half million people"), Some((2_500_000.0, 5)));
    assert_eq!(number("one and a half hours"), Some((1.5, 4)));
}

#[test]
fn what_is_not_a_number() {
    // "a" alone is not 1, nor "half" a number; plurals and ordinals are not number words.
    for text in ["a day", "half the story", "half a day", "hundreds of people", "third round", "dozens"] {
        assert_eq!(number(text), None, "{text}");
    }
    // Two numbers side by side are two numbers, not one: "two three-year terms".
    assert_eq!(number("two three"), Some((2.0, 1)));
    assert_eq!(number("twenty thirty"), Some((20.0, 1)));
    assert_eq!(number("nineteen eighty-four"), Some((19.0, 1)));
    // "and" joins only after a hundred or a scale.
    assert_eq!(number("two and three"), Some((2.0, 1)));
    // Compounds are of tens and a digit only.
    for text in ["two-year", "one-third", "twenty-twenty", "two-state"] {
        assert_eq!(number(text), None, "{text}");
    }
}

#[test]
fn a_number_in_words_needs_a_unit() {
    assert_eq!(read("The session lasted more than three hours."), vec![(3.0, "hour".to_string())]);
    assert_eq!(read("A dozen inspectors arrived."), vec![(12.0, "inspector".to_string())]);
    assert_eq!(read("Exports fell by half a million barrels a day."), vec![(5e5, "barrel".to_string())]);
    assert_eq!(read("It cost two billion dollars."), vec![(2e9, "dollar".to_string())]);
    assert_eq!(read("Prices rose ten per cent."), vec![(10.0, "percent".to_string())]);
    assert_eq!(read("He served twenty years in prison."), vec![(20.0, "year".to_string())]);
    for text in [
        "Fifteen of the hijackers were Saudi.",
        "It happens once in a million.",
        "Sales reached two million a year.",
    ] {
        assert!(read(text).iter().all(|(_, unit)| unit != "a" && unit != "said"), "{text}: {:?}", read(text));
    }
    assert!(read("Fifteen of the hijackers were Saudi.").is_empty());
    assert!(read("Sales reached two million a year.").is_empty());
}

#[test]
fn a_lone_one_is_rarely_a_figure() {
    for text in [
        "No one came to the talks.",
        "One day, the sanctions will end.",
        "He is the one who signed.",
        "One of the negotiators left.",
        "On one side stood the hardliners.",
        "One year after the deal, trade grew.",
        "One man was arrested.",
    ] {
        assert!(read(text).is_empty(), "{text}: {:?}", read(text));
    }
    assert_eq!(read("Growth slowed to one percent."), vec![(1.0, "percent".to_string())]);
    assert_eq!(read("The talks lasted more than one hour."), vec![(1.0, "hour".to_string())]);
    assert_eq!(read("At least one protester was killed."), vec![(1.0, "protester".to_string())]);
    // In a compound "one" is a digit like any other.
    assert_eq!(read("It holds one hundred centrifuges."), vec![(100.0, "centrifuge".to_string())]);
    assert_eq!(read("It employs twenty-one engineers."), vec![(21.0, "engineer".to_string())]);
}

#[test]
fn known_sets_dated_events_names_and_ranges_are_not_figures() {
    for text in [
        "The two sides met in Muscat.",
        "Iran's three reactors are old.",
        "Over the past two years, prices doubled.",
        "All four delegations left.",
        "The talks began two weeks ago.",
        "Leaders of the Group of Eight nations met.",
        "He met Ocean's Eleven fans.",
        "The session lasted two or three hours.",
        "The session lasted between two and three hours.",
        "The session lasted two to three hours.",
        "One in five voters stayed home.",
        "Nine out of ten doctors agreed.",
        "He was the number two official.",
        "No two cases are alike.",
        "Three fifths of a vote were counted.",
        "Two thirds of voters agreed.",
        "Three quarters of the staff left.",
    ] {
        assert!(read(text).is_empty(), "{text}: {:?}", read(text));
    }
    // The sentence's first word, or the first after a quotation mark, may be capitalised.
    assert_eq!(read("Three inspectors left."), vec![(3.0, "inspector".to_string())]);
    assert_eq!(read("Profits fell for two quarters."), vec![(2.0, "quarter".to_string())]);
    assert_eq!(read("He said: “Three inspectors left.”"), vec![(3.0, "inspector".to_string())]);
}

#[test]
fn number_words_are_found_as_whole_words_only() {
    let found = |text: &str| {
        let folded = fold(text);
        starts(&folded)
            .numbers
            .iter()
            .map(|&s| folded[s..].split(' ').next().unwrap().to_string())
            .collect::<Vec<_>>()
    };
    assert_eq!(found("The session lasted three hours."), ["three"]);
    assert_eq!(
        found("Twenty-five inspectors came, nineteen left, ninety stayed."),
        ["twenty-five", "nineteen", "ninety"]
    );
    assert_eq!(found("It cost a million."), ["million."]);
    for text in [
        "Someone often phoned; nobody was gone.",
        "The seventies were tense; hundreds came.",
        "the third and fifth rounds",
        "",
    ] {
        assert!(found(text).is_empty(), "{text}: {:?}", found(text));
    }
    assert!(is_number_word("twenty-five") && is_number_word("million") && !is_number_word("third"));
}

#[test]
fn a_number_may_begin_at_the_a_before_its_word() {
    let starts = |text: &str| {
        let folded = fold(text);
        let ranges = words(&folded);
        let tokens: Vec<&str> = ranges.iter().map(|r| &folded[r.clone()]).collect();
        start_tokens(&ranges, &tokens, &starts(&folded).numbers)
    };
    assert_eq!(starts("Nearly a dozen inspectors and half a million barrels"), [1, 2, 5, 7]);
    assert_eq!(starts("two hundred people"), [0, 1]);
}
