//! What the contrast stages read: both articles with their claims, quotes and figures, the topic
//! map, the comparison's target table and its similarity index.
//!
//! In: references to what the per-article analysis and the comparison built. Out: [`Pair`],
//! borrowed by every pairing stage; nothing here computes beyond lookups and counts.

use crate::article::{Article, Side};
use crate::contrast::claims::Claim;
use crate::contrast::derived::DerivedTarget;
use crate::contrast::figures::Figure;
use crate::contrast::quotes::Quote;
use crate::matcher::PhraseHit;
use crate::similarity::SimilarityIndex;
use crate::targets::entities::ArticleEntities;
use crate::targets::table::TargetTable;
use crate::topics::TopicMap;

/// One article as the contrast stages need it.
#[derive(Clone, Copy)]
pub struct SideInput<'a> {
    pub article: &'a Article,
    /// In sentence order.
    pub claims: &'a [Claim],
    pub quotes: &'a [Quote],
    pub figures: &'a [Figure],
    pub entities: &'a ArticleEntities,
    /// The map's topic terms found in each passage (empty for clutter).
    pub passage_terms: &'a [Vec<PhraseHit>],
    /// The voice of every body sentence not in the author's own (sorted by sentence).
    pub voices: &'a [(crate::article::SentenceId, crate::contrast::evidence::Voice)],
}

impl<'a> SideInput<'a> {
    /// The claim a sentence makes, if any.
    pub fn claim_at(&self, at: crate::article::SentenceId) -> Option<&'a Claim> {
        self.claims.binary_search_by_key(&at, |c| c.at).ok().map(|i| &self.claims[i])
    }

    /// How many sentences the article's body holds.
    pub fn body_sentences(&self) -> usize {
        self.article.passages.iter().filter(|p| p.is_body()).map(|p| p.sentences.len()).sum()
    }

    /// Whose voice a body sentence is.
    pub fn voice_at(&self, at: crate::article::SentenceId) -> crate::contrast::evidence::Voice {
        self.voices
            .binary_search_by_key(&at, |(id, _)| *id)
            .map_or_else(|_| crate::contrast::evidence::Voice::author(), |i| self.voices[i].1.clone())
    }
}

/// Both articles of a comparison and what relates them.
pub struct Pair<'a> {
    pub map: &'a TopicMap,
    pub targets: &'a TargetTable,
    pub index: &'a SimilarityIndex,
    /// The targets found in the pair, with their entity on each side.
    pub derived: &'a [DerivedTarget],
    /// Whether either article reads as a news report (see `contrast::caution`).
    pub news: bool,
    pub left: SideInput<'a>,
    pub right: SideInput<'a>,
}

impl<'a> Pair<'a> {
    /// Whether either article's body holds more than `limit` sentences: a book is no op-ed,
    /// and the stages that read every sentence of one side against the other stop there.
    pub fn longer_than(&self, limit: usize) -> bool {
        self.left.body_sentences() > limit || self.right.body_sentences() > limit
    }

    pub fn side(&self, side: Side) -> &SideInput<'a> {
        match side {
            Side::Left => &self.left,
            Side::Right => &self.right,
        }
    }
}
