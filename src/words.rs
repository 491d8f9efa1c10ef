//! Content words and their rarity, for judging whether two sentences are about the same thing.

use std::borrow::Cow;
use std::collections::HashSet;
use std::sync::OnceLock;

use crate::text::fold::{fold, for_each_word, words};

/// Function words that say nothing about what a sentence is about.
const STOPWORDS: &[&str] = &[
    "the",
    "and",
    "for",
    "that",
    "this",
    "with",
    "from",
    "have",
    "has",
    "had",
    "was",
    "were",
    "are",
    "its",
    "it's",
    "their",
    "they",
    "them",
    "than",
    "then",
    "but",
    "not",
    "been",
    "being",
    "into",
    "over",
    "also",
    "more",
    "most",
    "such",
    "which",
    "who",
    "whom",
    "what",
    "when",
    "where",
    "while",
    "will",
    "would",
    "could",
    "should",
    "can",
    "may",
    "might",
    "must",
    "our",
    "out",
    "one",
    "all",
    "any",
    "each",
    "other",
    "some",
    "only",
    "very",
    "just",
    "about",
    "after",
    "before",
    "because",
    "between",
    "both",
    "does",
    "did",
    "doing",
    "his",
    "her",
    "she",
    "him",
    "you",
    "your",
    "we",
    "us",
    "there",
    "these",
    "those",
    "said",
    "says",
    "say",
    "even",
    "much",
    "many",
    "now",
    "how",
    "why",
    "yet",
    "nor",
    "own",
    "same",
    "too",
    "under",
    "again",
    "further",
    "once",
    "here",
    "upon",
    "against",
    "through",
    "during",
    "itself",
    "themselves",
    "whose",
    "every",
    "least",
    "less",
    "like",
    "made",
    "make",
];

/// The content words of a text: lower-cased, stop words and numbers dropped, a plural `s`
/// trimmed so "sanctions" and "sanction" meet.
pub fn content_words(text: &str) -> Vec<String> {
    let folded = fold(text);
    words(&folded).into_iter().filter_map(|r| content_word(&folded[r]).map(Cow::into_owned)).collect()
}

/// Words that negate what follows them, as a rendering of a quotation may drop or add one.
pub(crate) const NEGATIONS: &[&str] = &["not", "never", "no", "cannot", "nor", "without", "none"];
/// Stop words of degree, quantity and direction: "more" or "less", "for" or "against" the bill,
/// "before" or "after" the election are what a rendering changes.
#[rustfmt::skip]
pub(crate) const WEIGHTY_STOPWORDS: &[&str] = &[
    "more", "less", "most", "least", "fewer", "all", "only", "every", "some", "many", "few",
    "before", "after", "against", "over", "under", "above", "below", "too",
];

/// Words that carry what a text says: its content words, and also its numbers and negations
/// (which [`content_words`] drops), in order. Two renderings of one quotation with the same
/// weighty words differ only in function words ("do not fill out paperwork" / "do not fill out
/// the paperwork"): nothing a reader would call a difference. Stop words of degree, quantity
/// and direction are kept as well: "more" or "less", "for" or "against" the bill, "before" or
/// "after" the election are what a rendering changes.
pub fn weighty_words(text: &str) -> Vec<String> {
    let folded = fold(text);
    words(&folded)
        .into_iter()
        .filter_map(|r| {
            let word = &folded[r];
            let negation = NEGATIONS.contains(&word) || word.ends_with("n't") || word.ends_with("n’t");
            let weighty = negation || WEIGHTY_STOPWORDS.contains(&word);
            let number = word.chars().any(|c| c.is_ascii_digit());
            match content_word(word) {
                Some(w) => Some(w.into_owned()),
                None if weighty || number => Some(word.to_string()),
                None => None,
            }
        })
        .collect()
}

/// [`content_words`] as one [`WordList`], of text already folded with [`fold`] (folding is
/// per character, so a slice of a folded passage is the folded slice).
pub fn folded_content_words(folded: &str) -> WordList {
    // Room for every word at once (they are never longer than the text), given back below.
    let mut list = WordList { text: String::with_capacity(folded.len()) };
    for_each_word(folded, |r| {
        if let Some(word) = content_word(&folded[r]) {
            list.push(&word);
        }
    });
    list.text.shrink_to_fit();
    list
}

/// One word as [`content_words`] keeps it, allocating only when it has to change it.
pub(crate) fn content_word(word: &str) -> Option<Cow<'_, str>> {
    // Under three bytes is under three characters, and trimming only shortens a word: "a",
    // "of", "to" (a quarter of all words) are dropped before anything else is asked of them.
    if word.len() < 3 {
        return None;
    }
    // An ASCII word (most are) is trimmed, stripped and measured by bytes: the same steps as
    // below, without decoding characters from either end.
    if word.is_ascii() {
        let bytes = word.as_bytes();
        let end = bytes.len() - bytes.iter().rev().take_while(|&&b| b == b'\'').count();
        let word = &word[..end];
        let word = word.strip_suffix("'s").unwrap_or(word);
        if word.len() < 3 || word.as_bytes()[0].is_ascii_digit() || is_stopword(word) {
            return None;
        }
        return Some(Cow::Borrowed(stem(word)));
    }
    let word = word.trim_end_matches(['\'', '’']);
    // Most words are ASCII: checking that is cheaper than searching each for a three-byte `’`.
    if !word.is_ascii() && word.contains('’') {
        let straight = word.replace('’', "'");
        return content_word_straight(&straight).map(|w| Cow::Owned(w.to_string()));
    }
    content_word_straight(word).map(Cow::Borrowed)
}

fn content_word_straight(word: &str) -> Option<&str> {
    let word = word.strip_suffix("'s").unwrap_or(word);
    if word.chars().nth(2).is_none() || word.starts_with(|c: char| c.is_ascii_digit()) || is_stopword(word) {
        return None;
    }
    Some(stem(word))
}

/// The content words of a sentence in one string, separated by spaces, instead of a `String`
/// per word: kept for every sentence, per-word allocations made the words of a 10 MB article
/// take several times the memory of its text.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct WordList {
    text: String,
}

impl WordList {
    /// Appends a word; words never contain spaces (they are split at them).
    pub fn push(&mut self, word: &str) {
        debug_assert!(!word.is_empty() && !word.contains(' '), "{word:?}");
        if !self.text.is_empty() {
            self.text.push(' ');
        }
        self.text.push_str(word);
    }

    /// The words in order: what `text.split(' ')` gives, empty pieces left out.
    pub fn iter(&self) -> impl Iterator<Item = &str> + Clone + '_ {
        ListWords { rest: &self.text }
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
    }

    /// How many words the list holds (one more than its spaces: words are joined by one).
    pub fn len(&self) -> usize {
        if self.text.is_empty() {
            0
        } else {
            memchr::memchr_iter(b' ', self.text.as_bytes()).count() + 1
        }
    }
}

/// The words of a [`WordList`], split at spaces by a byte loop: words are a few bytes long,
/// and `str::split` set up a character search for each (the index of a comparison reads every
/// word of both sides this way).
#[derive(Clone)]
struct ListWords<'a> {
    rest: &'a str,
}

impl<'a> Iterator for ListWords<'a> {
    type Item = &'a str;

    fn next(&mut self) -> Option<&'a str> {
        while !self.rest.is_empty() {
            let end = self.rest.bytes().position(|b| b == b' ').unwrap_or(self.rest.len());
            let word = &self.rest[..end];
            self.rest = self.rest.get(end + 1..).unwrap_or("");
            if !word.is_empty() {
                return Some(word);
            }
        }
        None
    }
}

impl<'a> FromIterator<&'a str> for WordList {
    fn from_iter<I: IntoIterator<Item = &'a str>>(words: I) -> Self {
        let mut list = WordList::default();
        words.into_iter().for_each(|w| list.push(w));
        list
    }
}

fn is_stopword(word: &str) -> bool {
    // Stop words of up to eight bytes are looked up as one integer each (hashing and comparing
    // strings was a third of the time of finding content words); the few longer ones as text.
    static SET: OnceLock<(HashSet<u64, FastHash>, Vec<&'static str>)> = OnceLock::new();
    let (short, long) = SET.get_or_init(|| {
        let (short, long): (Vec<&str>, Vec<&str>) = STOPWORDS.iter().partition(|w| w.len() <= 8);
        (short.into_iter().filter_map(packed).collect(), long)
    });
    match packed(word) {
        Some(key) => short.contains(&key),
        None => long.contains(&word),
    }
}

/// A word of up to eight bytes as one integer, zero-padded (words hold no zero byte, so no two
/// words pack alike).
fn packed(word: &str) -> Option<u64> {
    let bytes = word.as_bytes();
    if bytes.len() > 8 {
        return None;
    }
    // Shifted in byte by byte: copying into an array and reading it back as one integer was a
    // memcpy call and a stalled load per word.
    Some(bytes.iter().enumerate().fold(0, |key, (i, &b)| key | u64::from(b) << (8 * i)))
}

fn stem(word: &str) -> &str {
    if word.len() > 4
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
    {
        &word[..word.len() - 1]
    } else {
        word
    }
}

/// A fast, deterministic hasher (rustc's "Fx" hash, from the rustc-hash crate) for the word
/// tables: SipHash's protection against crafted collisions costs a third of the time spent
/// counting words, and a word table lives for one comparison only.
pub type FastHash = rustc_hash::FxBuildHasher;

/// Smoothed inverse document frequency of a word found in `frequency` of `documents`.
pub fn idf(documents: usize, frequency: usize) -> f32 {
    ((1.0 + documents as f32) / (1.0 + frequency as f32)).ln() + 1.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_list_holds_the_same_words_as_content_words() {
        let text = "Iran’s negotiators said the sanctions were “not a lifeline”, and the IAEA agreed.";
        let list = folded_content_words(&fold(text));
        assert_eq!(list.iter().collect::<Vec<_>>(), content_words(text));
        assert!(folded_content_words("the of and").is_empty());
        let rebuilt: WordList = list.iter().collect();
        assert_eq!(rebuilt, list);
        assert_eq!(list.len(), list.iter().count());
        assert_eq!(WordList::default().len(), 0);
    }

    #[test]
    fn list_words_split_as_str_split_does() {
        for text in ["", " ", "a", "a b", " a  b ", "sanction iran’s  deal", "é ü", "  "] {
            let list = WordList { text: text.to_string() };
            let expected: Vec<&str> = text.split(' ').filter(|w| !w.is_empty()).collect();
            assert_eq!(list.iter().collect::<Vec<_>>(), expected, "{text:?}");
        }
    }

    #[test]
    fn stop_words_are_found_whatever_their_length() {
        assert!(STOPWORDS.iter().all(|w| is_stopword(w)));
        assert!(STOPWORDS.iter().any(|w| w.len() > 8), "the long path is exercised");
        for word in ["th", "thes", "theirs", "themselve", "themselvess", "sanction", ""] {
            assert!(!is_stopword(word), "{word:?}");
        }
    }

    #[test]
    fn content_words_drop_function_words_and_plurals() {
        assert_eq!(
            content_words("The sanctions hurt Iran's economy in 2019."),
            vec!["sanction", "hurt", "iran", "economy"]
        );
    }
}
