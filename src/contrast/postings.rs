//! Postings: items of one side listed under the words that describe them, so that pairing
//! only looks at items sharing a word — linear in practice where trying every pair would be
//! quadratic.
//!
//! In: each item's key words. Out: for a query's words, the items sharing one of them.

use std::cell::RefCell;

use rustc_hash::FxHashMap as HashMap;

/// Items of one side listed under the words that describe them, so that pairing only looks at
/// items sharing a word: linear in practice where trying every pair would be quadratic.
pub struct WordIndex {
    postings: HashMap<String, Vec<usize>>,
    /// One bit per item, all clear between calls: [`WordIndex::candidates`] marks each item it
    /// takes, so an item listed under several of the query's words is dropped before the sort
    /// rather than sorted and then dropped (the sort was ~1.4% of a comparison).
    seen: RefCell<Vec<u64>>,
}

impl WordIndex {
    /// Words listed under more items than this say little about any of them and are skipped.
    const MAX_POSTINGS: usize = 64;

    pub fn new(items: impl Iterator<Item = Vec<String>>) -> Self {
        // Fx, not SipHash: the postings are only looked up, never walked, so their order
        // shows nowhere.
        let mut postings: HashMap<String, Vec<usize>> = HashMap::default();
        let mut len = 0;
        for (i, words) in items.enumerate() {
            len = i + 1;
            for w in words {
                let list = postings.entry(w).or_default();
                if list.last() != Some(&i) {
                    list.push(i);
                }
            }
        }
        Self { postings, seen: RefCell::new(vec![0; len.div_ceil(64)]) }
    }

    pub fn candidates(&self, words: impl Iterator<Item = String>) -> Vec<usize> {
        let mut seen = self.seen.borrow_mut();
        let mut out: Vec<usize> = Vec::new();
        for list in
            words.filter_map(|w| self.postings.get(&w)).filter(|list| list.len() <= Self::MAX_POSTINGS)
        {
            for &i in list {
                let (word, bit) = (i / 64, 1u64 << (i % 64));
                if seen[word] & bit == 0 {
                    seen[word] |= bit;
                    out.push(i);
                }
            }
        }
        for &i in &out {
            seen[i / 64] &= !(1u64 << (i % 64));
        }
        out.sort_unstable();
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

    #[test]
    fn an_item_under_several_words_is_listed_once_in_order_call_after_call() {
        let words = |w: &[&str]| w.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let items: Vec<Vec<String>> =
            (0..100).map(|i| if i % 2 == 0 { words(&["even", "any"]) } else { words(&["any"]) }).collect();
        let index = WordIndex::new(items.into_iter().chain([words(&["last", "even"])]));
        let evens: Vec<usize> = (0..100).step_by(2).chain([100]).collect();
        for _ in 0..2 {
            assert_eq!(index.candidates(words(&["last", "even", "last"]).into_iter()), evens);
        }
        // Over MAX_POSTINGS items: "any" says nothing and is skipped.
        assert_eq!(index.candidates(words(&["any", "last"]).into_iter()), vec![100]);
    }
}
