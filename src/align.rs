//! Pairs the passages of two articles that discuss the same topic.
//!
//! The result is plain data in the spirit of difftastic's side-by-side rows: one row per
//! pairing, `(topic, Option<left passage>, Option<right passage>)`, where `None` is the blank
//! "not discussed" side. Within a topic the strongest counterparts (most shared rare words)
//! are paired first; rows then follow the order of the articles.
//!
//! Cost stays linear in the input: words are interned once, and a topic with more passages than
//! any article has (a book, a long transcript) compares each left passage only with the right
//! passages that share its rarest words, nearest its place in the text, instead of with all.

use crate::analysis::ArticleAnalysis;
use crate::article::{Article, Side};
use crate::similarity::{SimilarityIndex, Spread};
use crate::targets::table::TargetId;

/// One aligned row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub target: TargetId,
    pub left: Option<usize>,
    pub right: Option<usize>,
}

/// Up to this many (left, right) passage pairs on one topic, every pair is compared: above any
/// article (100 passages on one topic on each side) and cheap enough. Comparing every pair up to
/// 200 × 200 made a 100 KB pair cost 20 times a 10 KB one instead of about 10.
const EXACT_PAIRS: usize = 10_000;
/// Above it, the right passages compared with each left passage: found through its rarest
/// words, nearest its relative position first.
const CANDIDATES_PER_PASSAGE: usize = 8;
/// How many right passages one rare word may contribute to those candidates.
const CANDIDATES_PER_WORD: usize = 3;
/// How many of the passage's rarest words are looked up.
const RARE_WORDS: usize = 12;

/// Which passages of one article discuss a topic, strongest first.
pub fn passages_on(analysis: &ArticleAnalysis, article: &Article, topic: usize) -> Vec<usize> {
    let mut found: Vec<(usize, usize)> = (0..article.passages.len())
        .filter(|&p| article.passages[p].is_body())
        .filter_map(|p| {
            let n = analysis.passage_terms[p].iter().filter(|h| h.owner == topic).count();
            (n > 0).then_some((p, n))
        })
        .collect();
    found.sort_by_key(|&(p, n)| (std::cmp::Reverse(n), p));
    found.into_iter().map(|(p, _)| p).collect()
}

/// [`passages_on`] for every topic at once, in one pass over the article.
fn passages_by_topic(analysis: &ArticleAnalysis, article: &Article, topics: usize) -> Vec<Vec<usize>> {
    let mut found: Vec<Vec<(usize, usize)>> = vec![Vec::new(); topics];
    for (p, passage) in article.passages.iter().enumerate() {
        if !passage.is_body() {
            continue;
        }
        for (t, n) in analysis.passage_topics(p) {
            if let Some(on) = found.get_mut(t) {
                on.push((p, n));
            }
        }
    }
    found
        .into_iter()
        .map(|mut on| {
            on.sort_by_key(|&(p, n)| (std::cmp::Reverse(n), p));
            on.into_iter().map(|(p, _)| p).collect()
        })
        .collect()
}

/// Aligned rows for every topic of the map, in map order, then for the targets found in the
/// pair (`derived`: each with its passages on the left and on the right), related through the
/// comparison's similarity index.
pub fn align(
    topics: usize,
    left: (&Article, &ArticleAnalysis),
    right: (&Article, &ArticleAnalysis),
    derived: &[(TargetId, [Vec<usize>; 2])],
    index: &SimilarityIndex,
) -> Vec<Row> {
    let (ln, rn) = (left.0.passages.len(), right.0.passages.len());
    let (left_on, right_on) =
        (passages_by_topic(left.1, left.0, topics), passages_by_topic(right.1, right.0, topics));
    let mut matcher = Matcher::new(ln, rn, index);
    let on_map = (0..topics).map(|t| (TargetId::of_topic(t), &left_on[t], &right_on[t]));
    let found = derived.iter().map(|(id, [l, r])| (*id, l, r));

    let mut rows = Vec::new();
    for (target, l, r) in on_map.chain(found) {
        if l.is_empty() && r.is_empty() {
            continue;
        }
        let pairs = matcher.pairs(index, l, r);
        let mut topic_rows: Vec<Row> =
            pairs.iter().map(|&(a, b)| Row { target, left: Some(a), right: Some(b) }).collect();
        topic_rows.extend(l.iter().filter(|&&a| !matcher.left_used[a]).map(|&a| Row {
            target,
            left: Some(a),
            right: None,
        }));
        topic_rows.extend(r.iter().filter(|&&b| !matcher.right_used[b]).map(|&b| Row {
            target,
            left: None,
            right: Some(b),
        }));
        matcher.clear(&pairs);
        let (lf, rf) = (ln.max(1) as f32, rn.max(1) as f32);
        let position = |row: &Row| match (row.left, row.right) {
            (Some(a), Some(b)) => (a as f32 / lf + b as f32 / rf) / 2.0,
            (Some(a), None) => a as f32 / lf,
            (None, Some(b)) => b as f32 / rf,
            (None, None) => 0.0,
        };
        // Each row's place computed once, and its index breaking ties: the order of a stable
        // sort by place, without two divisions per comparison.
        let mut placed: Vec<(f32, usize, Row)> =
            topic_rows.into_iter().enumerate().map(|(i, row)| (position(&row), i, row)).collect();
        placed.sort_unstable_by(|x, y| x.0.total_cmp(&y.0).then(x.1.cmp(&y.1)));
        rows.extend(placed.into_iter().map(|(_, _, row)| row));
    }
    rows
}

/// Pairs passages on one topic, reusing its scratch space from topic to topic.
struct Matcher {
    left_used: Vec<bool>,
    right_used: Vec<bool>,
    /// Per word, the right passages on the current topic that contain it (large topics only).
    postings: Vec<Vec<u32>>,
    /// Which left passage last took each right passage as a candidate.
    seen: Vec<usize>,
    /// The current left passage's vector, spread out by word id.
    spread: Spread,
    total_right: usize,
}

impl Matcher {
    fn new(left: usize, right: usize, index: &SimilarityIndex) -> Self {
        Matcher {
            left_used: vec![false; left],
            right_used: vec![false; right],
            postings: vec![Vec::new(); index.words()],
            seen: vec![usize::MAX; right],
            spread: Spread::new(index),
            total_right: right,
        }
    }

    /// Greedy pairing, strongest similarity first (ties by passage order); passages left over
    /// once no similar pair remains are paired in article order. Marks the paired passages used.
    fn pairs(&mut self, space: &SimilarityIndex, l: &[usize], r: &[usize]) -> Vec<(usize, usize)> {
        let mut candidates: Vec<(u32, usize, usize)> = Vec::new();
        if l.len() * r.len() <= EXACT_PAIRS {
            for &a in l {
                self.similarities(space, a, r, &mut candidates);
            }
        } else {
            self.nearest_candidates(space, l, r, &mut candidates);
        }
        // Strongest first, ties by passages: candidates that compare equal are equal
        // throughout, so an unstable sort gives the same order (and needs no scratch buffer).
        candidates.sort_unstable();
        let mut pairs = Vec::new();
        for (_, a, b) in candidates {
            if !self.left_used[a] && !self.right_used[b] {
                self.left_used[a] = true;
                self.right_used[b] = true;
                pairs.push((a, b));
            }
        }
        // Every remaining pair is dissimilar: the greedy order over them is article order.
        let mut free_left: Vec<usize> = l.iter().copied().filter(|&a| !self.left_used[a]).collect();
        let mut free_right: Vec<usize> = r.iter().copied().filter(|&b| !self.right_used[b]).collect();
        free_left.sort_unstable();
        free_right.sort_unstable();
        for (a, b) in free_left.into_iter().zip(free_right) {
            self.left_used[a] = true;
            self.right_used[b] = true;
            pairs.push((a, b));
        }
        pairs
    }

    /// Candidate pairs for a topic too large to compare every pair: for each left passage, the
    /// right passages sharing its rarest words, those nearest its relative position first.
    fn nearest_candidates(
        &mut self,
        space: &SimilarityIndex,
        l: &[usize],
        r: &[usize],
        out: &mut Vec<(u32, usize, usize)>,
    ) {
        let mut on_topic: Vec<usize> = r.to_vec();
        on_topic.sort_unstable();
        for (i, &b) in on_topic.iter().enumerate() {
            for &(w, _) in space.passage(Side::Right, b) {
                self.postings[w as usize].push(i as u32);
            }
        }
        let total_left = space.passages(Side::Left).max(1);
        let mut found: Vec<usize> = Vec::with_capacity(CANDIDATES_PER_PASSAGE);
        // Each word with its key, rarest first: (passage frequency, id). A passage's word ids
        // are distinct, so the keys are, and any selection and sort give the same words in the
        // same order; looking the frequency up once per word, not once per comparison, halved
        // the cost of picking them.
        let mut words: Vec<(u32, u32)> = Vec::new();
        for &a in l {
            words.clear();
            words.extend(space.passage(Side::Left, a).iter().map(|&(w, _)| (space.passage_frequency(w), w)));
            if words.len() > RARE_WORDS {
                words.select_nth_unstable(RARE_WORDS - 1);
                words.truncate(RARE_WORDS);
            }
            words.sort_unstable();
            // Where the passage would sit in the right article, as an index into `on_topic`.
            let place = a * self.total_right / total_left;
            let centre = on_topic.partition_point(|&b| b < place) as u32;
            found.clear();
            for &(_, w) in &words {
                let posting = &self.postings[w as usize];
                let mid = posting.partition_point(|&i| i < centre);
                let (mut before, mut after) = (mid, mid);
                let mut taken = 0;
                while taken < CANDIDATES_PER_WORD
                    && found.len() < CANDIDATES_PER_PASSAGE
                    && (before > 0 || after < posting.len())
                {
                    let take_after = before == 0
                        || after < posting.len() && posting[after] - centre <= centre - posting[before - 1];
                    let i = if take_after {
                        after += 1;
                        posting[after - 1]
                    } else {
                        before -= 1;
                        posting[before]
                    };
                    let b = on_topic[i as usize];
                    if self.seen[b] != a {
                        self.seen[b] = a;
                        found.push(b);
                        taken += 1;
                    }
                }
                if found.len() >= CANDIDATES_PER_PASSAGE {
                    break;
                }
            }
            self.similarities(space, a, &found, out);
        }
        for &b in &on_topic {
            for &(w, _) in space.passage(Side::Right, b) {
                self.postings[w as usize].clear();
            }
            self.seen[b] = usize::MAX;
        }
    }

    /// Appends `(strength, a, b)` for each right passage `b` of `others` similar to the left
    /// passage `a` (similarity above zero; see [`strongest_first`]). `a`'s vector is spread over
    /// a table indexed by word, so each `b` costs one pass over its own words.
    fn similarities(
        &mut self,
        space: &SimilarityIndex,
        a: usize,
        others: &[usize],
        out: &mut Vec<(u32, usize, usize)>,
    ) {
        self.spread.load(space.passage(Side::Left, a));
        for &b in others {
            let sum = self.spread.dot(space.passage(Side::Right, b));
            if sum > 0.0 {
                out.push((strongest_first(sum), a, b));
            }
        }
    }

    fn clear(&mut self, pairs: &[(usize, usize)]) {
        for &(a, b) in pairs {
            self.left_used[a] = false;
            self.right_used[b] = false;
        }
    }
}

/// A similarity above zero as a key that sorts the strongest first. The bits of positive floats
/// order as the floats do (as `f32::total_cmp` orders them), so candidates sort as plain
/// integer tuples: sorting them by float comparisons was a quarter of the alignment's time.
fn strongest_first(similarity: f32) -> u32 {
    debug_assert!(similarity > 0.0);
    u32::MAX - similarity.to_bits()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyse;
    use crate::config::Config;
    use crate::topics::TopicMap;

    #[test]
    fn keys_sort_similarities_strongest_first() {
        let mut sims = [0.5f32, 1e-30, 0.25, 1.0, f32::MIN_POSITIVE, 0.75, 3.0e-7, f32::INFINITY];
        let mut keys: Vec<u32> = sims.iter().map(|&s| strongest_first(s)).collect();
        keys.sort_unstable();
        sims.sort_by(|x, y| y.total_cmp(x));
        assert_eq!(keys, sims.map(strongest_first));
    }

    #[test]
    fn counterparts_pair_and_one_sided_passages_face_a_gap() {
        let map = TopicMap::new(&Config::default_config()).unwrap();
        let a = Article::parse("a", "Title: A\n\nSanctions on oil exports hurt families in Tehran.\n\nSanctions on banks froze medicine imports.\n\nHuman rights must come first.\n");
        let b = Article::parse("b", "Title: B\n\nSanctions on banks are leverage over medicine smugglers.\n\nThe talks in Oman went well.\n");
        let (aa, ba) = (analyse(&a, &map, 3), analyse(&b, &map, 3));
        let index = SimilarityIndex::new(
            crate::similarity::SideWords { sentences: &aa.sentence_words, passages: a.passages.len() },
            crate::similarity::SideWords { sentences: &ba.sentence_words, passages: b.passages.len() },
        );
        let rows = align(map.topics.len(), (&a, &aa), (&b, &ba), &[], &index);
        let id = |name: &str| TargetId::of_topic(map.index_of(name).unwrap());
        let sanctions = id("sanctions");
        let on: Vec<Row> = rows.iter().copied().filter(|r| r.target == sanctions).collect();
        assert_eq!(
            on,
            vec![
                Row { target: sanctions, left: Some(0), right: None },
                Row { target: sanctions, left: Some(1), right: Some(0) }
            ]
        );
        assert!(rows.contains(&Row { target: id("human_rights"), left: Some(2), right: None }));
        assert!(rows.contains(&Row { target: id("negotiations"), left: None, right: Some(1) }));
    }
}
