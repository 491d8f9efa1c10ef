//! Postings: items of one side listed under the words that describe them, so that pairing
//! only looks at items sharing a word — linear in practice where trying every pair would be
//! quadratic.
//!
//! In: each item's key words. Out: for a query's words, the items sharing one of them.

use std::collections::HashMap;

/// Items of one side listed under the words that describe them, so that pairing only looks at
/// items sharing a word: linear in practice where trying every pair would be quadratic.
pub struct WordIndex {
    postings: HashMap<String, Vec<usize>>,
}

impl WordIndex {
    /// Words listed under more items than this say little about any of them and are skipped.
    const MAX_POSTINGS: usize = 64;

    pub fn new(items: impl Iterator<Item = Vec<String>>) -> Self {
        let mut postings: HashMap<String, Vec<usize>> = HashMap::new();
        for (i, words) in items.enumerate() {
            for w in words {
                let list = postings.entry(w).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        Self { postings }
    }

    pub fn candidates(&self, words: impl Iterator<Item = String>) -> Vec<usize> {
        let mut out: Vec<usize> = words
            .filter_map(|w| self.postings.get(&w))
            .filter(|list| list.len() <= Self::MAX_POSTINGS)
            .flatten()
            .copied()
            .collect();
        out.sort_unstable();
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn items_sharing_a_word_are_candidates() {
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let index = WordIndex::new(
            vec![words(&["uranium", "enrich"]), words(&["oil"]), words(&["uranium"])].into_iter(),
        );
        assert_eq!(index.candidates(words(&["uranium"]).into_iter()), vec![0, 2]);
        assert!(index.candidates(words(&["wheat"]).into_iter()).is_empty());
    }
}
