//! A comparison of two articles: both analysed, their targets in one table, their passages
//! aligned by target, and the contrasts and agreements between them. Built once per pair;
//! every view reads from it.

use crate::align::{align, Row};
use crate::analysis::{analyse, ArticleAnalysis};
use crate::article::{Article, SentenceId};
use crate::config::AnalysisSettings;
use crate::contrast::input::{Pair, SideInput};
use crate::contrast::{find_contrasts, Agreement, Contrast};
use crate::similarity::{SideWords, SimilarityIndex};
use crate::targets::table::{TargetId, TargetTable};
use crate::topics::TopicMap;

pub use crate::article::Side;

/// One article with what the engine learnt from it.
#[derive(Debug, Clone)]
pub struct Analysed {
    pub article: Article,
    pub analysis: ArticleAnalysis,
}

impl Analysed {
    fn input(&self) -> SideInput<'_> {
        SideInput {
            article: &self.article,
            claims: &self.analysis.claims,
            quotes: &self.analysis.quotes,
            figures: &self.analysis.figures,
        }
    }

    fn words(&self) -> SideWords<'_> {
        SideWords { sentences: &self.analysis.sentence_words, passages: self.article.passages.len() }
    }
}

/// Everything the reports and the reader show.
#[derive(Debug, Clone)]
pub struct Comparison {
    pub left: Analysed,
    pub right: Analysed,
    /// What the two articles talk about: map topics first, in map order.
    pub targets: TargetTable,
    pub alignment: Vec<Row>,
    /// Highest score first.
    pub contrasts: Vec<Contrast>,
    pub agreements: Vec<Agreement>,
}

impl Comparison {
    pub fn side(&self, side: Side) -> &Analysed {
        match side {
            Side::Left => &self.left,
            Side::Right => &self.right,
        }
    }

    /// The text of a sentence on one side.
    pub fn sentence(&self, side: Side, at: SentenceId) -> &str {
        self.side(side).article.sentence_text(at)
    }

    /// Both articles, left first (as the reason renderer takes them).
    pub fn articles(&self) -> [&Article; 2] {
        [&self.left.article, &self.right.article]
    }

    /// Passages of one side that discuss `target`, in article order.
    pub fn passages_on(&self, side: Side, target: TargetId) -> Vec<usize> {
        let analysed = self.side(side);
        let mut passages = crate::align::passages_on(&analysed.analysis, &analysed.article, target.index());
        passages.sort_unstable();
        passages
    }

    /// The target's label, or "general" for contrasts not tied to one.
    pub fn target_label(&self, target: Option<TargetId>) -> String {
        self.targets.label_of(target)
    }
}

/// Analyses an article once, for use in any number of comparisons.
pub fn analyse_article(article: Article, map: &TopicMap, settings: &AnalysisSettings) -> Analysed {
    let analysis = analyse(&article, map, settings.min_claim_words);
    Analysed { article, analysis }
}

/// What relates two analysed articles: their target table and similarity index.
struct Relation {
    targets: TargetTable,
    index: SimilarityIndex,
}

impl Relation {
    fn new(left: &Analysed, right: &Analysed, map: &TopicMap) -> Relation {
        Relation {
            targets: TargetTable::from_map(map),
            index: SimilarityIndex::new(left.words(), right.words()),
        }
    }

    fn contrasts(
        &self,
        left: &Analysed,
        right: &Analysed,
        map: &TopicMap,
        settings: &AnalysisSettings,
    ) -> (Vec<Contrast>, Vec<Agreement>) {
        let pair = Pair {
            map,
            targets: &self.targets,
            index: &self.index,
            left: left.input(),
            right: right.input(),
        };
        find_contrasts(&pair, settings.contrasts_per_sentence)
    }
}

/// The contrasts and agreements of two analysed articles, without aligning their passages (for
/// ranking many pairs).
pub fn contrasts_between(
    left: &Analysed,
    right: &Analysed,
    map: &TopicMap,
    settings: &AnalysisSettings,
) -> (TargetTable, Vec<Contrast>, Vec<Agreement>) {
    let relation = Relation::new(left, right, map);
    let (contrasts, agreements) = relation.contrasts(left, right, map, settings);
    (relation.targets, contrasts, agreements)
}

/// Compares two analysed articles.
pub fn compare_analysed(
    left: Analysed,
    right: Analysed,
    map: &TopicMap,
    settings: &AnalysisSettings,
) -> Comparison {
    let relation = Relation::new(&left, &right, map);
    let alignment = align(
        map.topics.len(),
        (&left.article, &left.analysis),
        (&right.article, &right.analysis),
        &relation.index,
    );
    let (contrasts, agreements) = relation.contrasts(&left, &right, map, settings);
    Comparison { left, right, targets: relation.targets, alignment, contrasts, agreements }
}

/// Analyses and compares two articles.
pub fn compare(left: Article, right: Article, map: &TopicMap, settings: &AnalysisSettings) -> Comparison {
    let left = analyse_article(left, map, settings);
    let right = analyse_article(right, map, settings);
    compare_analysed(left, right, map, settings)
}
