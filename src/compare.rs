//! A comparison of two articles: both analysed, their passages aligned by topic, and the
//! contrasts and agreements between them. Built once per pair; every view reads from it.

use crate::align::{align, Row};
use crate::analysis::{analyse, ArticleAnalysis, SentenceId};
use crate::article::Article;
use crate::config::AnalysisSettings;
use crate::contrast::{find_contrasts, sentence_text, Agreement, Contrast, Sides};
use crate::topics::{Topic, TopicMap};

/// Which article.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    Left,
    Right,
}

impl Side {
    pub fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }
}

/// One article with what the engine learnt from it.
#[derive(Debug, Clone)]
pub struct Analysed {
    pub article: Article,
    pub analysis: ArticleAnalysis,
}

/// Everything the reports and the reader show.
#[derive(Debug, Clone)]
pub struct Comparison {
    pub left: Analysed,
    pub right: Analysed,
    pub topics: Vec<Topic>,
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
        sentence_text(&self.side(side).article, at)
    }

    /// Passages of one side that discuss `topic`, in article order.
    pub fn passages_on(&self, side: Side, topic: usize) -> Vec<usize> {
        let analysed = self.side(side);
        let mut passages = crate::align::passages_on(&analysed.analysis, &analysed.article, topic);
        passages.sort_unstable();
        passages
    }

    /// The topic's name, or "general" for contrasts not tied to one.
    pub fn topic_label(&self, topic: Option<usize>) -> String {
        topic.map_or_else(|| "general".to_string(), |t| self.topics[t].label())
    }
}

/// Analyses an article once, for use in any number of comparisons.
pub fn analyse_article(article: Article, map: &TopicMap, settings: &AnalysisSettings) -> Analysed {
    let analysis = analyse(&article, map, settings.min_claim_words);
    Analysed { article, analysis }
}

/// Compares two analysed articles.
pub fn compare_analysed(
    left: Analysed,
    right: Analysed,
    map: &TopicMap,
    settings: &AnalysisSettings,
) -> Comparison {
    let alignment =
        align(map.topics.len(), (&left.article, &left.analysis), (&right.article, &right.analysis));
    let sides = Sides {
        map,
        left_article: &left.article,
        right_article: &right.article,
        left: &left.analysis,
        right: &right.analysis,
    };
    let (contrasts, agreements) = find_contrasts(&sides, settings.contrasts_per_sentence);
    Comparison { left, right, topics: map.topics.clone(), alignment, contrasts, agreements }
}

/// Analyses and compares two articles.
pub fn compare(left: Article, right: Article, map: &TopicMap, settings: &AnalysisSettings) -> Comparison {
    let left = analyse_article(left, map, settings);
    let right = analyse_article(right, map, settings);
    compare_analysed(left, right, map, settings)
}
