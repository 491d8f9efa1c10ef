//! One similarity index per comparison: TF-IDF vectors of every body sentence and every passage
//! of both articles, over one interned vocabulary. Alignment relates passages with it; contrast
//! pairing relates sentences (claims, quotes) and weighs the words two figures share.
//!
//! In: the content words of each body sentence of both sides (from the per-article analysis).
//! Out: unit-length vectors sorted by word id, document frequencies, and [`Spread`], which makes
//! relating one vector to many others cost one pass over each of the others.

use std::collections::HashMap;

use crate::article::{SentenceId, Side};
use crate::words::{idf, FastHash, WordList};

/// A unit-length TF-IDF vector over interned words, sorted by word id.
pub type Vector = Vec<(u32, f32)>;

/// The content words of one side's body sentences, in sentence order, and how many passages
/// the side has.
pub struct SideWords<'a> {
    pub sentences: &'a [(SentenceId, WordList)],
    pub passages: usize,
}

/// The vectors of both articles.
pub struct SimilarityIndex {
    vocabulary: HashMap<Box<str>, u32, FastHash>,
    /// Per word: in how many non-empty passages of either side it occurs.
    passage_frequency: Vec<u32>,
    sentence_frequency: Vec<u32>,
    sentence_documents: usize,
    /// Per side, by sentence order: the sentences and their vectors.
    sentences: [(Vec<SentenceId>, Vectors); 2],
    /// Per side, by passage index (empty vectors for passages without body sentences).
    passages: [Vectors; 2],
}

/// Many vectors in one allocation: vector `i` is `entries[ends[i - 1]..ends[i]]`. An index holds
/// one per sentence and per passage (hundreds of thousands at 10 MB per side), and a `Vec`
/// each cost a header and an allocation apiece.
#[derive(Default)]
struct Vectors {
    entries: Vec<(u32, f32)>,
    ends: Vec<usize>,
}

impl Vectors {
    /// The vectors of `all`, which hold `entries` entries in all (allocated once: growing the
    /// store by doubling and shrinking it after held up to twice its size while it was built).
    fn from_all(entries: usize, all: impl ExactSizeIterator<Item = Vector>) -> Vectors {
        let mut out = Vectors { entries: Vec::with_capacity(entries), ends: Vec::with_capacity(all.len()) };
        for v in all {
            out.entries.extend_from_slice(&v);
            out.ends.push(out.entries.len());
        }
        out.entries.shrink_to_fit();
        out
    }

    fn len(&self) -> usize {
        self.ends.len()
    }

    fn get(&self, i: usize) -> Option<&[(u32, f32)]> {
        let end = *self.ends.get(i)?;
        let start = if i == 0 { 0 } else { self.ends[i - 1] };
        Some(&self.entries[start..end])
    }
}

impl SimilarityIndex {
    pub fn new<'a>(left: SideWords<'a>, right: SideWords<'a>) -> SimilarityIndex {
        // Interned in order of first use, then renumbered in the words' sort order so that sums
        // over a vector run in a fixed order whatever the input order.
        let mut first_use: HashMap<&'a str, u32, FastHash> = HashMap::default();
        let mut words: Vec<&'a str> = Vec::new();
        let mut ids = |list: &'a WordList| -> Vec<u32> {
            // Sized exactly: these lists are held until the vectors are built, and growing
            // them by doubling left a third of their memory unused.
            let mut ids = Vec::with_capacity(list.len());
            ids.extend(list.iter().map(|w| {
                *first_use.entry(w).or_insert_with(|| {
                    words.push(w);
                    (words.len() - 1) as u32
                })
            }));
            ids
        };
        let raw: [Vec<(SentenceId, Vec<u32>)>; 2] =
            [&left, &right].map(|side| side.sentences.iter().map(|(at, list)| (*at, ids(list))).collect());
        let mut order: Vec<u32> = (0..words.len() as u32).collect();
        order.sort_unstable_by_key(|&i| words[i as usize]);
        let mut rank = vec![0u32; words.len()];
        for (r, &i) in order.iter().enumerate() {
            rank[i as usize] = r as u32;
        }
        let vocabulary: HashMap<Box<str>, u32, FastHash> =
            first_use.iter().map(|(w, &i)| (Box::from(*w), rank[i as usize])).collect();
        let renumbered: [Vec<(SentenceId, Vec<u32>)>; 2] = raw.map(|side| {
            side.into_iter()
                .map(|(at, mut ids)| {
                    ids.iter_mut().for_each(|w| *w = rank[*w as usize]);
                    ids.sort_unstable();
                    (at, ids)
                })
                .collect()
        });
        let passage_counts = [left.passages, right.passages];
        let passage_ids: [Vec<Vec<u32>>; 2] = [0, 1].map(|s| {
            let mut sizes = vec![0; passage_counts[s]];
            for (at, ids) in &renumbered[s] {
                if let Some(n) = sizes.get_mut(at.passage) {
                    *n += ids.len();
                }
            }
            let mut by_passage: Vec<Vec<u32>> = sizes.into_iter().map(Vec::with_capacity).collect();
            for (at, ids) in &renumbered[s] {
                if let Some(p) = by_passage.get_mut(at.passage) {
                    p.extend_from_slice(ids);
                }
            }
            by_passage.iter_mut().for_each(|p: &mut Vec<u32>| p.sort_unstable());
            by_passage
        });
        let n = words.len();
        let (passage_frequency, passage_documents) = frequencies(n, passage_ids.iter().flatten());
        let (sentence_frequency, sentence_documents) =
            frequencies(n, renumbered.iter().flatten().map(|(_, ids)| ids));
        // Each word's weight computed once, not once per vector it is in (a logarithm each).
        let passage_idf = idf_table(&passage_frequency, passage_documents);
        let sentence_idf = idf_table(&sentence_frequency, sentence_documents);
        let passages = passage_ids.map(|side| {
            let entries = side.iter().map(|ids| distinct(ids)).sum();
            Vectors::from_all(entries, side.iter().map(|ids| vector(ids, &passage_idf)))
        });
        let sentences = renumbered.map(|side| {
            let ats = side.iter().map(|(at, _)| *at).collect();
            let entries = side.iter().map(|(_, ids)| distinct(ids)).sum();
            (ats, Vectors::from_all(entries, side.iter().map(|(_, ids)| vector(ids, &sentence_idf))))
        });
        SimilarityIndex {
            vocabulary,
            passage_frequency,
            sentence_frequency,
            sentence_documents,
            sentences,
            passages,
        }
    }

    /// How many distinct words the two articles use.
    pub fn words(&self) -> usize {
        self.passage_frequency.len()
    }

    /// In how many passages of either side word `w` occurs.
    pub fn passage_frequency(&self, w: u32) -> u32 {
        self.passage_frequency[w as usize]
    }

    /// How many passages a side has.
    pub fn passages(&self, side: Side) -> usize {
        self.passages[side.index()].len()
    }

    pub fn passage(&self, side: Side, passage: usize) -> &[(u32, f32)] {
        self.passages[side.index()].get(passage).unwrap_or(&[])
    }

    /// A body sentence's vector (empty for sentences outside the body).
    pub fn sentence(&self, side: Side, at: SentenceId) -> &[(u32, f32)] {
        let (ats, vectors) = &self.sentences[side.index()];
        ats.binary_search(&at).ok().and_then(|i| vectors.get(i)).unwrap_or(&[])
    }

    /// Cosine similarity of a left and a right sentence.
    pub fn sentence_similarity(&self, left: SentenceId, right: SentenceId) -> f32 {
        dot(self.sentence(Side::Left, left), self.sentence(Side::Right, right))
    }

    /// How rare a word is among the sentences of both sides (unknown words count as rare).
    pub fn sentence_idf(&self, word: &str) -> f32 {
        idf(self.sentence_documents, self.sentence_frequency(word))
    }

    /// In how many sentences of either side a content word occurs (0 for unknown words).
    pub fn sentence_frequency(&self, word: &str) -> usize {
        self.vocabulary.get(word).map_or(0, |&w| self.sentence_frequency[w as usize] as usize)
    }
}

/// Per word, in how many of the documents it occurs; and how many documents are not empty.
fn frequencies<'a>(words: usize, documents: impl Iterator<Item = &'a Vec<u32>>) -> (Vec<u32>, usize) {
    let mut frequency = vec![0u32; words];
    let mut count = 0;
    for ids in documents.filter(|ids| !ids.is_empty()) {
        count += 1;
        let mut previous = None;
        for &w in ids {
            if previous != Some(w) {
                frequency[w as usize] += 1;
                previous = Some(w);
            }
        }
    }
    (frequency, count)
}

/// How many distinct words sorted word ids hold (the length of their vector).
fn distinct(ids: &[u32]) -> usize {
    ids.chunk_by(|a, b| a == b).count()
}

/// Per word, its [`idf`] among `documents` documents.
fn idf_table(frequency: &[u32], documents: usize) -> Vec<f32> {
    frequency.iter().map(|&f| idf(documents, f as usize)).collect()
}

/// The unit-length TF-IDF vector of sorted word ids, with each word's idf from `idf_of`.
fn vector(ids: &[u32], idf_of: &[f32]) -> Vector {
    let mut v: Vector = Vec::with_capacity(distinct(ids));
    for run in ids.chunk_by(|a, b| a == b) {
        v.push((run[0], run.len() as f32 * idf_of[run[0] as usize]));
    }
    let norm = v.iter().map(|(_, x)| x * x).sum::<f32>().sqrt();
    if norm > 0.0 {
        v.iter_mut().for_each(|(_, x)| *x /= norm);
    }
    v
}

/// The dot product of two vectors sorted by word id.
pub fn dot(a: &[(u32, f32)], b: &[(u32, f32)]) -> f32 {
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

/// One vector spread over a table indexed by word id, so that its dot product with each of many
/// others costs one pass over the other's words.
pub struct Spread {
    dense: Vec<f32>,
    loaded: Vec<u32>,
}

impl Spread {
    pub fn new(index: &SimilarityIndex) -> Spread {
        Spread { dense: vec![0.0; index.words()], loaded: Vec::new() }
    }

    /// Makes `v` the vector others are related to.
    pub fn load(&mut self, v: &[(u32, f32)]) {
        for &w in &self.loaded {
            self.dense[w as usize] = 0.0;
        }
        self.loaded.clear();
        for &(w, x) in v {
            self.dense[w as usize] = x;
            self.loaded.push(w);
        }
    }

    /// The dot product of the loaded vector with `other`.
    pub fn dot(&self, other: &[(u32, f32)]) -> f32 {
        other.iter().map(|&(w, y)| self.dense[w as usize] * y).sum()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::fold::fold;
    use crate::words::folded_content_words;

    fn side(sentences: &[&str]) -> Vec<(SentenceId, WordList)> {
        sentences
            .iter()
            .enumerate()
            .map(|(i, s)| (SentenceId { passage: i, sentence: 0 }, folded_content_words(&fold(s))))
            .collect()
    }

    #[test]
    fn shared_rare_words_make_sentences_similar() {
        let left = side(&["Sanctions hurt families in Tehran.", "The talks resumed in Oman."]);
        let right = side(&["Sanctions on Tehran are leverage.", "Football scores were high."]);
        let index = SimilarityIndex::new(
            SideWords { sentences: &left, passages: 2 },
            SideWords { sentences: &right, passages: 2 },
        );
        let at = |p| SentenceId { passage: p, sentence: 0 };
        assert!(index.sentence_similarity(at(0), at(0)) > 0.2);
        assert_eq!(index.sentence_similarity(at(1), at(1)), 0.0);
        let v = index.sentence(Side::Left, at(0));
        assert!((dot(v, v) - 1.0).abs() < 1e-5);
        let mut spread = Spread::new(&index);
        spread.load(index.passage(Side::Left, 0));
        assert!(
            (spread.dot(index.passage(Side::Right, 0))
                - dot(index.passage(Side::Left, 0), index.passage(Side::Right, 0)))
            .abs()
                < 1e-6
        );
        spread.load(index.passage(Side::Left, 1));
        assert_eq!(spread.dot(index.passage(Side::Right, 0)), 0.0);
        assert!(index.sentence_idf("tehran") < index.sentence_idf("football") + 1e-6);
        assert!(index.sentence_idf("unheard") >= index.sentence_idf("tehran"));
    }

    #[test]
    fn the_flat_store_gives_back_each_vector_as_it_was_built() {
        let built: Vec<Vector> = vec![vec![(1, 0.5), (4, 0.5)], vec![], vec![(2, 1.0)], vec![]];
        let store = Vectors::from_all(3, built.clone().into_iter());
        assert_eq!(store.len(), built.len());
        for (i, v) in built.iter().enumerate() {
            assert_eq!(store.get(i), Some(v.as_slice()), "vector {i}");
        }
        assert_eq!(store.get(built.len()), None);
        assert_eq!(Vectors::default().get(0), None);
    }
}
