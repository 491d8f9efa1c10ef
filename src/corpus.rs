//! Many articles on one story at once: who says what about each topic, and which pairs
//! disagree most — the overview from which a reader picks the pair to read side by side.
//!
//! Each article is analysed once; pairs are compared from those per-article results (never
//! re-reading or re-analysing), spread over the machine's cores.

use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::Mutex;

use crate::compare::{contrasts_between, Analysed};
use crate::config::AnalysisSettings;
use crate::contrast::Contrast;
use crate::targets::table::TargetTable;
use crate::topics::TopicMap;

/// A stance wins a cell when it outweighs the others by this much; otherwise the cell is mixed.
const DOMINANCE: f32 = 1.5;

/// What one article says about one topic.
#[derive(Debug, Clone, PartialEq)]
pub struct Cell {
    /// Body passages that mention the topic.
    pub passages: usize,
    /// The stance the article's claims lean to, "mixed" when they pull both ways, `None`
    /// when no claim on the topic takes a clear stance.
    pub stance: Option<String>,
}

/// How strongly two articles disagree.
#[derive(Debug, Clone, PartialEq)]
pub struct PairRank {
    pub left: usize,
    pub right: usize,
    pub contrasts: usize,
    /// Sum of the contrasts' scores.
    pub strength: f32,
    /// The strongest contrast, as a teaser, with its target's label.
    pub top: Option<(String, Contrast)>,
}

/// The corpus overview: a matrix of articles by topics and the ranked pairs.
#[derive(Debug, Clone)]
pub struct Overview {
    pub articles: Vec<Analysed>,
    /// The map's topics (the columns of the matrix).
    pub targets: TargetTable,
    /// `matrix[article][topic]`.
    pub matrix: Vec<Vec<Cell>>,
    /// Strongest disagreement first.
    pub pairs: Vec<PairRank>,
}

/// The lean of one article on one topic.
pub fn cell(analysed: &Analysed, topic: &crate::targets::table::Target) -> Cell {
    let passages = (0..analysed.article.passages.len())
        .filter(|&p| analysed.article.passages[p].is_body())
        .filter(|&p| analysed.analysis.passage_terms[p].iter().any(|h| h.owner == topic.id.index()))
        .count();
    let mut weight = vec![0.0f32; topic.stances.len()];
    for claim in &analysed.analysis.claims {
        if let Some(reading) = claim.stance_on(topic.id) {
            weight[reading.stance] += reading.strength;
        }
    }
    let mut order: Vec<usize> = (0..weight.len()).collect();
    order.sort_by(|a, b| weight[*b].total_cmp(&weight[*a]));
    let stance = match order.as_slice() {
        [] => None,
        [first, rest @ ..] if weight[*first] > 0.0 => {
            let runner_up = rest.first().map_or(0.0, |r| weight[*r]);
            Some(if weight[*first] >= runner_up * DOMINANCE {
                topic.stances[*first].clone()
            } else {
                "mixed".to_string()
            })
        }
        _ => None,
    };
    Cell { passages, stance }
}

/// Builds the overview of already analysed articles. `progress(done, total)` is called as
/// pairs complete, from worker threads.
pub fn overview(
    articles: Vec<Analysed>,
    map: &TopicMap,
    settings: &AnalysisSettings,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Overview {
    let targets = TargetTable::from_map(map);
    let matrix = articles.iter().map(|a| targets.iter().map(|topic| cell(a, topic)).collect()).collect();
    let pairs: Vec<(usize, usize)> =
        (0..articles.len()).flat_map(|i| (i + 1..articles.len()).map(move |j| (i, j))).collect();
    let next = AtomicUsize::new(0);
    let done = AtomicUsize::new(0);
    let ranked = Mutex::new(Vec::with_capacity(pairs.len()));
    let workers = std::thread::available_parallelism().map_or(2, |n| n.get()).min(pairs.len().max(1));
    std::thread::scope(|scope| {
        for _ in 0..workers {
            scope.spawn(|| loop {
                let i = next.fetch_add(1, Ordering::Relaxed);
                let Some(&(l, r)) = pairs.get(i) else { break };
                let (a, b) = (&articles[l], &articles[r]);
                let (pair_targets, contrasts, _) = contrasts_between(a, b, map, settings);
                let rank = PairRank {
                    left: l,
                    right: r,
                    contrasts: contrasts.len(),
                    strength: contrasts.iter().map(|c| c.score).sum(),
                    top: contrasts.into_iter().next().map(|c| (pair_targets.label_of(c.target), c)),
                };
                ranked.lock().expect("no worker panics while holding the lock").push(rank);
                progress(done.fetch_add(1, Ordering::Relaxed) + 1, pairs.len());
            });
        }
    });
    let mut pairs = ranked.into_inner().expect("workers finished");
    pairs.sort_by(|a, b| b.strength.total_cmp(&a.strength).then((a.left, a.right).cmp(&(b.left, b.right))));
    Overview { articles, targets, matrix, pairs }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::compare::analyse_article;
    use crate::config::Config;

    fn analysed(name: &str, text: &str, map: &TopicMap, config: &Config) -> Analysed {
        analyse_article(Article::parse(name, text), map, &config.analysis)
    }

    #[test]
    fn matrix_and_ranking() {
        let config = Config::default_config();
        let map = TopicMap::new(&config).unwrap();
        let harm =
            "Title: A\n\nSanctions hurt ordinary Iranians and devastate the middle class every single day.\n";
        let pressure =
            "Title: B\n\nSanctions are leverage that isolates the regime and squeezes its finances hard.\n";
        let also_harm =
            "Title: C\n\nSanctions devastate ordinary families and hurt the sick who need medicine.\n";
        let articles = vec![
            analysed("a", harm, &map, &config),
            analysed("b", pressure, &map, &config),
            analysed("c", also_harm, &map, &config),
        ];
        let calls = AtomicUsize::new(0);
        let o = overview(articles, &map, &config.analysis, &|_, _| {
            calls.fetch_add(1, Ordering::Relaxed);
        });
        let sanctions = map.index_of("sanctions").unwrap();
        assert_eq!(o.matrix[0][sanctions], Cell { passages: 1, stance: Some("harm".into()) });
        assert_eq!(o.matrix[1][sanctions].stance.as_deref(), Some("pressure"));
        assert_eq!(o.matrix[0][map.index_of("israel").unwrap()], Cell { passages: 0, stance: None });
        assert_eq!(o.pairs.len(), 3);
        assert_eq!(calls.load(Ordering::Relaxed), 3);
        // The two harm articles agree; both disagree with the pressure one.
        let last = o.pairs.last().unwrap();
        assert_eq!((last.left, last.right, last.contrasts), (0, 2, 0));
        assert!(o.pairs[0].contrasts > 0);
        assert_eq!(o.pairs[0].top.as_ref().unwrap().0, "sanctions");
    }
}
