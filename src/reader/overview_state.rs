//! Where the reader is in a corpus overview, as plain data: the overview itself, the selected
//! pair, the first topic column shown, and whether the overview or a pair is on screen.
//! What keys do there is in `overview`.

use crate::compare::{compare_analysed, Comparison};
use crate::config::Config;
use crate::corpus::Overview;
use crate::topics::TopicMap;

/// The overview and where the reader is in it.
#[derive(Debug)]
pub struct Corpus {
    pub overview: Overview,
    pub(crate) map: TopicMap,
    /// The selected pair (index into `overview.pairs`).
    pub cursor: usize,
    /// The first topic column shown, when not all fit.
    pub column: usize,
    /// The overview is on screen (else the pair `opened` is).
    pub showing: bool,
    /// The pair last opened.
    pub opened: Option<usize>,
}

impl Corpus {
    pub(crate) fn comparison(&self, pair: usize, config: &Config) -> Option<Comparison> {
        let (l, r) = match self.overview.pairs.get(pair) {
            Some(p) => (p.left, p.right),
            None if !self.overview.articles.is_empty() => (0, 0),
            None => return None,
        };
        let articles = &self.overview.articles;
        Some(compare_analysed(articles[l].clone(), articles[r].clone(), &self.map, &config.analysis))
    }
}
