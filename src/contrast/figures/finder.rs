//! Where a figure in words may begin in a folded sentence: number words ("three", "twenty-five",
//! "million"), share words ("half", "a third", "quarter") and a measure after "a"/"an" that a
//! bound may make one ("about an hour", "more than a year").
//!
//! In: the folded sentence. Out: [`Starts`], byte offsets of each kind — read by `spelled`,
//! `shares` and `indefinite`. One pass of a packed (SIMD) multi-pattern searcher for the words,
//! and one of `memchr`'s substring search for " a": the sentences with none of these, most of
//! them, are never split into words for figures, and each match is checked where it stands (a
//! whole word, the word before it) before any is.

use std::sync::LazyLock;

use aho_corasick::{packed, AhoCorasick, MatchKind};

use super::indefinite::{may_bound_an_article, ARTICLE_MEASURES};
use super::shares::fraction_word;
use super::spelled::is_number_word;

/// Beginnings of the number and share words, and the measures "a"/"an" may stand before, all
/// folded, none the beginning of another: few enough (at most 32) for the fastest SIMD
/// searcher. "nine" also begins "nineteen" and "ninety", "thir" "thirteen", "thirty" and
/// "third", "twe" "twelve" and "twenty", "ten" "tenth"; what a match is gets checked in full.
/// The measures after "a"/"an" are not among them: searched as "an hour", the searcher's
/// fingerprint (a pattern's first three bytes) "an " stopped at every "an", "can", "than" and
/// "plan" of the text, and as "hour", "year", "day" at every hour, year and day: 2% of all the
/// work of reading an article. [`articles`] finds them instead.
const BEGINNINGS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eigh", "nine", "ten", "eleven", "twe", "thir",
    "fif", "forty", "hundred", "thousand", "million", "billion", "trillion", "dozen", "half", "quarter",
    "ninth",
];

/// Where the words that may begin a figure in words begin, by kind (byte offsets, in order).
#[derive(Debug, Default, PartialEq, Eq)]
pub(super) struct Starts {
    /// Cardinal number words, whole ("two", "twenty-five"; the "two" of "two-thirds").
    pub numbers: Vec<usize>,
    /// Fraction words ("half", "third", "quarters").
    pub fractions: Vec<usize>,
    /// The "a"/"an" of a measure, after a word that may bound it ("about an hour").
    pub articles: Vec<usize>,
}

impl Starts {
    pub fn is_empty(&self) -> bool {
        self.numbers.is_empty() && self.fractions.is_empty() && self.articles.is_empty()
    }
}

/// Finds the beginnings in folded text.
enum Finder {
    Packed(packed::Searcher),
    /// Where the SIMD searcher is not available (another CPU).
    Automaton(AhoCorasick),
}

static FINDER: LazyLock<Finder> = LazyLock::new(|| {
    match packed::Config::new()
        .match_kind(packed::MatchKind::LeftmostFirst)
        .builder()
        .extend(BEGINNINGS)
        .build()
    {
        Some(searcher) => Finder::Packed(searcher),
        None => Finder::Automaton(
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostFirst)
                .build(BEGINNINGS)
                .expect("a few dozen short words make an automaton"),
        ),
    }
});

/// Where the words that may begin a figure in words begin in a folded sentence: whole words
/// only, not the "one" of "someone", the "ten" of "often" or the "a year" of "yearly".
/// Empty, without allocating, for most sentences.
pub(super) fn starts(folded: &str) -> Starts {
    let mut out = Starts::default();
    let mut found = |start: usize| {
        let bytes = folded.as_bytes();
        // The "five" of "twenty-five" is part of the word that begins before it.
        if start > 0 && (bytes[start - 1].is_ascii_alphanumeric() || bytes[start - 1] == b'-') {
            return;
        }
        let len = bytes[start..].iter().position(|b| !b.is_ascii_alphabetic()).unwrap_or(bytes.len() - start);
        let word = &folded[start..start + len];
        if is_number_word(word) {
            out.numbers.push(start);
        } else if fraction_word(word).is_some() {
            out.fractions.push(start);
        }
    };
    match &*FINDER {
        Finder::Packed(searcher) => searcher.find_iter(folded.as_bytes()).for_each(|m| found(m.start())),
        Finder::Automaton(automaton) => automaton.find_iter(folded.as_bytes()).for_each(|m| found(m.start())),
    }
    out.articles = articles(folded);
    out
}

/// Where "a"/"an" begins a measure that a bound or hedge before it makes a quantity ("about an
/// hour", "more than a year"): each " a " and " an " is looked at where it stands — the next
/// word a measure, whole, the word before one that may bound it. Cheap where the packed
/// searcher was not: the checks are a few bytes each.
fn articles(folded: &str) -> Vec<usize> {
    let bytes = folded.as_bytes();
    let mut out = Vec::new();
    for at in memchr::memmem::find_iter(bytes, b" a") {
        let article = at + 1;
        let after = match bytes.get(article + 1) {
            Some(b' ') => article + 2,
            Some(b'n') if bytes.get(article + 2) == Some(&b' ') => article + 3,
            _ => continue,
        };
        let Some(measure) = ARTICLE_MEASURES.iter().find(|m| bytes[after..].starts_with(m.as_bytes())) else {
            continue;
        };
        let end = after + measure.len();
        let whole = bytes.get(end).is_none_or(|b| !b.is_ascii_alphanumeric() && *b != b'-');
        let before = folded[..at].trim_end();
        let word_before = before.rsplit(|c: char| !c.is_ascii_alphabetic()).next().unwrap_or("");
        if whole && may_bound_an_article(word_before) {
            out.push(article);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(text: &str) -> (Vec<String>, Vec<String>, Vec<String>) {
        let word_at = |s: &usize| text[*s..].split([' ', '.', ',']).next().unwrap().to_string();
        let two_at = |s: &usize| text[*s..].splitn(3, ' ').take(2).collect::<Vec<_>>().join(" ");
        let s = starts(text);
        (
            s.numbers.iter().map(word_at).collect(),
            s.fractions.iter().map(word_at).collect(),
            s.articles.iter().map(two_at).collect(),
        )
    }

    #[test]
    fn each_kind_is_found_as_whole_words() {
        let (numbers, fractions, articles) =
            found("twenty-five came, two-thirds of them, half of the rest and a quarter for about an hour.");
        assert_eq!(numbers, ["twenty-five", "two-thirds"]);
        assert_eq!(fractions, ["half", "quarter"]);
        assert_eq!(articles, ["an hour."]);
        assert_eq!(found("a ninth of it, the tenth round and twelve more").1, ["ninth", "tenth"]);
        assert_eq!(found("a ninth of it, the tenth round and twelve more").0, ["twelve"]);
    }

    #[test]
    fn a_measure_after_a_or_an_needs_a_word_that_may_bound_it() {
        assert_eq!(found("it lasted more than a year").2, ["a year"]);
        assert_eq!(found("up to a mile, nearly a decade").2, ["a mile,", "a decade"]);
        for text in [
            "once a year",
            "$2 a day",
            "an hour later",
            "about a yearly fee",
            "within a week",
            "about ayear",
            "more than banana day",
        ] {
            assert!(starts(text).articles.is_empty(), "{text}");
        }
    }

    #[test]
    fn every_measure_read_after_an_article_is_searched_for() {
        for measure in ARTICLE_MEASURES {
            let text = format!("about a {measure}.");
            assert_eq!(starts(&text).articles, [6], "{measure}");
        }
    }

    #[test]
    fn sentences_without_any_find_nothing() {
        for text in ["someone often phoned; nobody was gone.", "the quarterly halfway report", ""] {
            assert!(starts(text).is_empty(), "{text}: {:?}", starts(text));
        }
    }
}
