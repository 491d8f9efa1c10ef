//! Several phrase lists matched in one pass: a passage is read once for the topic terms, the
//! stance cues and the gapped cues' first words instead of once per list and per sentence.
//!
//! In: lists of `(phrase, owner)` pairs, then a folded text. Out: each list's hits, for the
//! whole text or for a part of it (a sentence), exactly as that list's own [`PhraseMatcher`]
//! finds them.

use std::ops::Range;

use super::{settle, PhraseError, PhraseHit, PhraseMatcher};
use crate::text::fold::{ends_word, starts_word};

/// Several phrase lists matched in one pass of one automaton: a passage is read once for all
/// the lists every sentence needs (topic terms, stance cues, the first words of gapped cues)
/// instead of once per list and sentence.
#[derive(Debug, Clone)]
pub struct PhraseLists {
    matcher: PhraseMatcher,
    /// The owner id the combined matcher gives each list's owner 0, in list order.
    starts: Vec<usize>,
}

impl PhraseLists {
    /// Matches each list of `(phrase, owner)` pairs; the lists' owners are kept apart.
    pub fn new(lists: &[Vec<(&str, usize)>]) -> Result<Self, PhraseError> {
        let mut starts = Vec::with_capacity(lists.len());
        let mut next = 0;
        for list in lists {
            starts.push(next);
            next += list.iter().map(|&(_, owner)| owner + 1).max().unwrap_or(0);
        }
        let phrases = lists
            .iter()
            .zip(&starts)
            .flat_map(|(list, &start)| list.iter().map(move |&(p, o)| (p, start + o)));
        Ok(PhraseLists { matcher: PhraseMatcher::new(phrases)?, starts })
    }

    /// The raw hits of every list in `folded`, for [`ListHits::all`] and [`ListHits::within`].
    pub fn scan(&self, folded: &str) -> ListHits {
        let mut raw = Vec::new();
        self.matcher.raw_hits(folded, &mut raw);
        let mut by_list = vec![Vec::new(); self.starts.len()];
        for mut hit in raw {
            let list = self.starts.partition_point(|&s| s <= hit.owner) - 1;
            hit.owner -= self.starts[list];
            by_list[list].push(hit);
        }
        for hits in &mut by_list {
            hits.sort_unstable_by_key(|h| h.range.start);
        }
        ListHits { by_list }
    }
}

/// One pass of [`PhraseLists`] over a text: each list's hits, for the whole text or a part.
#[derive(Debug)]
pub struct ListHits {
    /// Per list, raw hits by where they start.
    by_list: Vec<Vec<PhraseHit>>,
}

impl ListHits {
    /// What [`PhraseMatcher::find`] of list `list` alone gives on the whole text.
    pub fn all(&self, list: usize) -> Vec<PhraseHit> {
        settle(self.by_list[list].clone())
    }

    /// What [`PhraseMatcher::find`] of list `list` alone gives on `folded[range]` (ranges
    /// relative to it), where `folded` is the scanned text. `None` when a word runs across
    /// an edge of `range`: whole-word checks there see the text outside the part, so the
    /// caller searches the part alone.
    pub fn within(&self, list: usize, folded: &str, range: &Range<usize>) -> Option<Vec<PhraseHit>> {
        if !starts_word(folded, range.start) || !ends_word(folded, range.end) {
            return None;
        }
        let hits = &self.by_list[list];
        let first = hits.partition_point(|h| h.range.start < range.start);
        let inside = hits[first..]
            .iter()
            .take_while(|h| h.range.start < range.end)
            .filter(|h| h.range.end <= range.end)
            .map(|h| PhraseHit {
                owner: h.owner,
                range: h.range.start - range.start..h.range.end - range.start,
            })
            .collect();
        Some(settle(inside))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold::fold;

    #[test]
    fn lists_matched_together_find_what_each_finds_alone() {
        let terms = vec![("sanction*", 0), ("Iran", 1), ("nuclear deal", 2)];
        let cues = vec![("hurt*", 0), ("nuclear", 1), ("iran", 3), ("doesn't", 2)];
        let lists = PhraseLists::new(&[terms.clone(), vec![], cues.clone()]).unwrap();
        let alone = [PhraseMatcher::new(terms).unwrap(), PhraseMatcher::new(cues).unwrap()];
        let text =
            fold("Sanctions hurt Iran. The nuclear deal doesn’t; Iranians hurting. Iran-backed sanctions");
        let found = lists.scan(&text);
        assert_eq!(found.all(0), alone[0].find(&text));
        assert_eq!(found.all(2), alone[1].find(&text));
        assert!(found.all(1).is_empty());
        // Every part whose edges are not inside a word, and only those, is read from the scan.
        for start in 0..=text.len() {
            for end in start..=text.len() {
                let range = start..end;
                if !text.is_char_boundary(start) || !text.is_char_boundary(end) {
                    continue;
                }
                let part = &text[range.clone()];
                let clean = starts_word(&text, start) && ends_word(&text, end);
                for (list, matcher) in [(0, &alone[0]), (2, &alone[1])] {
                    match found.within(list, &text, &range) {
                        Some(hits) => assert_eq!(hits, matcher.find(part), "{part:?}"),
                        None => assert!(!clean, "{part:?}"),
                    }
                }
            }
        }
    }
}
