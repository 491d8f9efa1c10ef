//! Content words and their rarity, for judging whether two sentences are about the same thing.

use std::collections::HashMap;

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
    words(&folded)
        .into_iter()
        .map(|r| folded[r].trim_end_matches(['\'', '’']).replace('’', "'"))
        .map(|w| w.strip_suffix("'s").map(str::to_string).unwrap_or(w))
        .filter(|w| w.chars().count() >= 3 && !w.chars().next().is_some_and(|c| c.is_ascii_digit()))
        .filter(|w| !STOPWORDS.contains(&w.as_str()))
        .map(|w| stem(&w))
        .collect()
}

fn stem(word: &str) -> String {
    if word.len() > 4
        && word.ends_with('s')
        && !word.ends_with("ss")
        && !word.ends_with("us")
        && !word.ends_with("is")
    {
        word[..word.len() - 1].to_string()
    } else {
        word.to_string()
    }
}

/// Inverse document frequencies over a set of "documents" (here, sentences).
#[derive(Debug, Default, Clone)]
pub struct Rarity {
    documents: usize,
    frequency: HashMap<String, usize>,
}

impl Rarity {
    pub fn add(&mut self, words: &[String]) {
        self.documents += 1;
        let mut seen: Vec<&String> = words.iter().collect();
        seen.sort();
        seen.dedup();
        for w in seen {
            *self.frequency.entry(w.clone()).or_default() += 1;
        }
    }

    /// Smoothed inverse document frequency; unknown words count as rare.
    pub fn idf(&self, word: &str) -> f32 {
        let df = self.frequency.get(word).copied().unwrap_or(0) as f32;
        ((1.0 + self.documents as f32) / (1.0 + df)).ln() + 1.0
    }

    /// In how many documents `word` occurs.
    pub fn frequency(&self, word: &str) -> usize {
        self.frequency.get(word).copied().unwrap_or(0)
    }

    /// A unit-length TF-IDF vector of `words`, sorted by word for merging.
    pub fn vector(&self, words: &[String]) -> Vec<(String, f32)> {
        let mut counts: HashMap<&str, f32> = HashMap::new();
        for w in words {
            *counts.entry(w.as_str()).or_default() += 1.0;
        }
        let mut v: Vec<(String, f32)> =
            counts.into_iter().map(|(w, c)| (w.to_string(), c * self.idf(w))).collect();
        let norm = v.iter().map(|(_, x)| x * x).sum::<f32>().sqrt();
        if norm > 0.0 {
            v.iter_mut().for_each(|(_, x)| *x /= norm);
        }
        v.sort_by(|a, b| a.0.cmp(&b.0));
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
        docs.iter().for_each(|d| rarity.add(d));
        let a = rarity.vector(&docs[0]);
        let c = rarity.vector(&docs[2]);
        let b = rarity.vector(&docs[1]);
        assert!(cosine(&a, &c) > 0.2);
        assert_eq!(cosine(&a, &b), 0.0);
        assert!((cosine(&a, &a) - 1.0).abs() < 1e-5);
    }
}
