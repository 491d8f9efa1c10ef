//! How a topic map bears on a pair of articles: whether the two are on its subject at all (its
//! topics then name their passages and claims), and whether on the subject of the topics that
//! take stances (their stances then name the positions). A map `topics suggest` writes names
//! the people and groups of a news story with no stance lists in force: it colours and names
//! what the pair discusses, and the pair is read as with no map.
//!
//! In: the map and the two analysed articles (before their claims become the pair's). Out:
//! [`MapFit`].

use super::Analysed;
use crate::targets::table::TargetId;
use crate::topics::TopicMap;

/// Whether two articles are on the map's subject: both name the same two of its topics (or its
/// one topic), or both take a stance on one of them (two short pieces on sanctions alone). A
/// map's topic terms include common words ("students", "protests", "use of force", "talks")
/// that an article on another subject uses without being about them: when either article
/// naming a topic was enough, 37 of BASIL's 88 pairs of US news (a police budget, a restaurant
/// chain, a campaign advert) showed "civil society" and "war" passages from those words.
fn map_applies(map: &TopicMap, left: &Analysed, right: &Analysed) -> bool {
    map_applies_over(map, left, right, &|_| true)
}

/// Whether the pair is on the subject of the map's topics that take stances: a topic
/// with no stance lists, as `topics suggest` writes them, names and colours what the articles
/// discuss but argues nothing, so the pair is read as with no map.
fn map_argues(map: &TopicMap, left: &Analysed, right: &Analysed) -> bool {
    map_applies_over(map, left, right, &|topic| !map.topics[topic].stances.is_empty())
}

/// [`map_applies`] counting only the topics `counts` accepts.
fn map_applies_over(
    map: &TopicMap,
    left: &Analysed,
    right: &Analysed,
    counts: &dyn Fn(usize) -> bool,
) -> bool {
    let needed = (0..map.topics.len()).filter(|&t| counts(t)).count().min(MAP_TOPICS_NEEDED);
    // No topic to count is no subject (not one met by naming none).
    if needed == 0 {
        return false;
    }
    let named_by = |side: &Analysed| {
        let mut named = vec![false; map.topics.len()];
        for hit in side.analysis.passage_terms.iter().flatten() {
            if let Some(seen) = named.get_mut(hit.owner) {
                *seen = true;
            }
        }
        named
    };
    let (named_left, named_right) = (named_by(left), named_by(right));
    let named: Vec<bool> =
        named_left.iter().zip(&named_right).enumerate().map(|(t, (l, r))| *l && *r && counts(t)).collect();
    if named.iter().filter(|&&n| n).count() >= needed {
        return true;
    }
    let takes_stance = |side: &Analysed, topic: usize| {
        side.analysis.claims.iter().any(|c| c.stance_on(TargetId::of_topic(topic)).is_some())
    };
    (0..map.topics.len()).any(|t| named[t] && takes_stance(left, t) && takes_stance(right, t))
}

/// How the map bears on a pair, read before its claims become the pair's.
#[derive(Clone, Copy)]
pub(super) struct MapFit {
    /// The pair is on the map's subject ([`map_applies`]): its topics name passages and claims.
    pub applies: bool,
    /// And on the subject of the topics that take stances ([`map_argues`]): their stances name
    /// the positions, so a news pair's people are not read for whose case they make.
    pub argues: bool,
}

impl MapFit {
    pub fn of(map: &TopicMap, left: &Analysed, right: &Analysed) -> MapFit {
        let applies = map_applies(map, left, right);
        MapFit { applies, argues: applies && map_argues(map, left, right) }
    }
}

/// Distinct map topics a pair must name to be on the map's subject.
const MAP_TOPICS_NEEDED: usize = 2;
