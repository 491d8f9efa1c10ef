//! Content words and their rarity, for judging whether two sentences are about the same thing.

use std::borrow::Cow;
use std::collections::{HashMap, HashSet};
use std::sync::OnceLock;

use crate::text::fold::{fold, words};

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

/// [`content_words`] as one [`WordList`], of text already folded with [`fold`] (folding is
/// per character, so a slice of a folded passage is the folded slice).
pub fn folded_content_words(folded: &str) -> WordList {
    let mut list = WordList::default();
    for r in words(folded) {
        if let Some(word) = content_word(&folded[r]) {
            list.push(&word);
        }
    }
    list.text.shrink_to_fit();
    list
}

/// One word as [`content_words`] keeps it, allocating only when it has to change it.
fn content_word(word: &str) -> Option<Cow<'_, str>> {
    let word = word.trim_end_matches(['\'', '’']);
    if word.contains('’') {
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

    pub fn iter(&self) -> impl Iterator<Item = &str> + Clone + '_ {
        self.text.split(' ').filter(|w| !w.is_empty())
    }

    pub fn is_empty(&self) -> bool {
        self.text.is_empty()
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
    static SET: OnceLock<(usize, HashSet<&'static str, FastHash>)> = OnceLock::new();
    let (longest, set) = SET.get_or_init(|| {
        (STOPWORDS.iter().map(|w| w.len()).max().unwrap_or(0), STOPWORDS.iter().copied().collect())
    });
    word.len() <= *longest && set.contains(word)
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

/// Inverse document frequencies over a set of "documents" (here, sentences).
#[derive(Debug, Default, Clone)]
pub struct Rarity {
    documents: usize,
    /// Per word: in how many documents it occurs, and the last document that counted it (so a
    /// word repeated within one document counts once, without sorting the document's words).
    frequency: HashMap<String, (usize, usize), FastHash>,
}

impl Rarity {
    pub fn add<'a>(&mut self, words: impl IntoIterator<Item = &'a str>) {
        self.documents += 1;
        let document = self.documents;
        for w in words {
            match self.frequency.get_mut(w) {
                Some((n, last)) => {
                    if *last != document {
                        *n += 1;
                        *last = document;
                    }
                }
                None => {
                    self.frequency.insert(w.to_string(), (1, document));
                }
            }
        }
    }

    /// Smoothed inverse document frequency; unknown words count as rare.
    pub fn idf(&self, word: &str) -> f32 {
        idf(self.documents, self.frequency(word))
    }

    /// In how many documents `word` occurs.
    pub fn frequency(&self, word: &str) -> usize {
        self.frequency.get(word).map_or(0, |&(n, _)| n)
    }

    /// A unit-length TF-IDF vector of `words`, sorted by word for merging.
    pub fn vector<'a>(&self, words: impl IntoIterator<Item = &'a str>) -> Vec<(String, f32)> {
        let mut sorted: Vec<&str> = words.into_iter().collect();
        sorted.sort_unstable();
        // Sized exactly: callers keep a vector per sentence, on long documents a few hundred
        // thousand of them.
        let mut v: Vec<(String, f32)> = Vec::with_capacity(sorted.chunk_by(|a, b| a == b).count());
        for run in sorted.chunk_by(|a, b| a == b) {
            v.push((run[0].to_string(), run.len() as f32 * self.idf(run[0])));
        }
        let norm = v.iter().map(|(_, x)| x * x).sum::<f32>().sqrt();
        if norm > 0.0 {
            v.iter_mut().for_each(|(_, x)| *x /= norm);
        }
        v
    }
}

/// Cosine similarity of two vectors made by [`Rarity::vector`].
pub fn cosine(a: &[(String, f32)], b: &[(String, f32)]) -> f32 {
    let (mut i, mut j, mut sum) = (0, 0, 0.0);
    while i < a.len() && j < b.len() {
        match a[i].0.cmp(&b[j].0) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                sum += a[i].1 * b[j].1;
                i += 1;
                j += 1;
            }
        }
    }
    sum
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
    }

    #[test]
    fn content_words_drop_function_words_and_plurals() {
        assert_eq!(
            content_words("The sanctions hurt Iran's economy in 2019."),
            vec!["sanction", "hurt", "iran", "economy"]
        );
    }

    #[test]
    fn rare_shared_words_make_sentences_similar() {
        let docs = [
            content_words("sanctions hurt families"),
            content_words("talks resumed in Oman"),
            content_words("sanctions are leverage"),
        ];
        let mut rarity = Rarity::default();
        fn words(d: &[String]) -> Vec<&str> {
            d.iter().map(String::as_str).collect()
        }
        docs.iter().for_each(|d| rarity.add(words(d)));
        let a = rarity.vector(words(&docs[0]));
        let c = rarity.vector(words(&docs[2]));
        let b = rarity.vector(words(&docs[1]));
        assert!(cosine(&a, &c) > 0.2);
        assert_eq!(cosine(&a, &b), 0.0);
        assert!((cosine(&a, &a) - 1.0).abs() < 1e-5);
    }
}
