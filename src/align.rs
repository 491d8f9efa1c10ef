//! Pairs the passages of two articles that discuss the same topic.
//!
//! The result is plain data in the spirit of difftastic's side-by-side rows: one row per
//! pairing, `(topic, Option<left passage>, Option<right passage>)`, where `None` is the blank
//! "not discussed" side. Within a topic the strongest counterparts (most shared rare words)
//! are paired first; rows then follow the order of the articles.

use crate::analysis::ArticleAnalysis;
use crate::article::Article;
use crate::words::{cosine, Rarity};

/// One aligned row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Row {
    pub topic: usize,
    pub left: Option<usize>,
    pub right: Option<usize>,
}

/// Which passages of one article discuss a topic, strongest first.
pub fn passages_on(analysis: &ArticleAnalysis, article: &Article, topic: usize) -> Vec<usize> {
    let mut found: Vec<(usize, usize)> = (0..article.passages.len())
        .filter(|&p| article.passages[p].is_body())
        .filter_map(|p| {
            analysis.passage_topics(p).into_iter().find(|(t, _)| *t == topic).map(|(_, n)| (p, n))
        })
        .collect();
    found.sort_by_key(|&(p, n)| (std::cmp::Reverse(n), p));
    found.into_iter().map(|(p, _)| p).collect()
}

/// Aligned rows for every topic of the map, in map order.
pub fn align(
    topics: usize,
    left: (&Article, &ArticleAnalysis),
    right: (&Article, &ArticleAnalysis),
) -> Vec<Row> {
    let passage_words = |(article, analysis): (&Article, &ArticleAnalysis)| -> Vec<Vec<String>> {
        let mut words = vec![Vec::new(); article.passages.len()];
        for (at, w) in &analysis.sentence_words {
            words[at.passage].extend(w.iter().cloned());
        }
        words
    };
    let (left_words, right_words) = (passage_words(left), passage_words(right));
    let mut rarity = Rarity::default();
    left_words.iter().chain(&right_words).filter(|w| !w.is_empty()).for_each(|w| rarity.add(w));
    let left_vectors: Vec<_> = left_words.iter().map(|w| rarity.vector(w)).collect();
    let right_vectors: Vec<_> = right_words.iter().map(|w| rarity.vector(w)).collect();

    let mut rows = Vec::new();
    for topic in 0..topics {
        let l = passages_on(left.1, left.0, topic);
        let r = passages_on(right.1, right.0, topic);
        if l.is_empty() && r.is_empty() {
            continue;
        }
        let mut candidates: Vec<(f32, usize, usize)> = Vec::new();
        for &a in &l {
            for &b in &r {
                candidates.push((cosine(&left_vectors[a], &right_vectors[b]), a, b));
            }
        }
        candidates.sort_by(|x, y| y.0.total_cmp(&x.0).then((x.1, x.2).cmp(&(y.1, y.2))));
        let mut pairs: Vec<(usize, usize)> = Vec::new();
        for (_, a, b) in candidates {
            if !pairs.iter().any(|&(pa, pb)| pa == a || pb == b) {
                pairs.push((a, b));
            }
        }
        let mut topic_rows: Vec<Row> =
            pairs.iter().map(|&(a, b)| Row { topic, left: Some(a), right: Some(b) }).collect();
        topic_rows.extend(l.iter().filter(|a| !pairs.iter().any(|p| p.0 == **a)).map(|&a| Row {
            topic,
            left: Some(a),
            right: None,
        }));
        topic_rows.extend(r.iter().filter(|b| !pairs.iter().any(|p| p.1 == **b)).map(|&b| Row {
            topic,
            left: None,
            right: Some(b),
        }));
        let (ln, rn) = (left.0.passages.len().max(1) as f32, right.0.passages.len().max(1) as f32);
        let position = |row: &Row| match (row.left, row.right) {
            (Some(a), Some(b)) => (a as f32 / ln + b as f32 / rn) / 2.0,
            (Some(a), None) => a as f32 / ln,
            (None, Some(b)) => b as f32 / rn,
            (None, None) => 0.0,
        };
        topic_rows.sort_by(|x, y| position(x).total_cmp(&position(y)));
        rows.extend(topic_rows);
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::analyse;
    use crate::config::Config;
    use crate::topics::TopicMap;

    #[test]
    fn counterparts_pair_and_one_sided_passages_face_a_gap() {
        let map = TopicMap::new(&Config::default_config()).unwrap();
        let a = Article::parse("a", "Title: A\n\nSanctions on oil exports hurt families in Tehran.\n\nSanctions on banks froze medicine imports.\n\nHuman rights must come first.\n");
        let b = Article::parse("b", "Title: B\n\nSanctions on banks are leverage over medicine smugglers.\n\nThe talks in Oman went well.\n");
        let (aa, ba) = (analyse(&a, &map, 3), analyse(&b, &map, 3));
        let rows = align(map.topics.len(), (&a, &aa), (&b, &ba));
        let sanctions = map.index_of("sanctions").unwrap();
        let on: Vec<Row> = rows.iter().copied().filter(|r| r.topic == sanctions).collect();
        assert_eq!(
            on,
            vec![
                Row { topic: sanctions, left: Some(0), right: None },
                Row { topic: sanctions, left: Some(1), right: Some(0) }
            ]
        );
        let rights = map.index_of("human_rights").unwrap();
        assert!(rows.contains(&Row { topic: rights, left: Some(2), right: None }));
        let talks = map.index_of("negotiations").unwrap();
        assert!(rows.contains(&Row { topic: talks, left: None, right: Some(1) }));
    }
}
