//! The people, organisations, places and policies an article discusses, found without any word
//! list of the subject: named entities from capitalised runs, acronyms, and lower-case phrases
//! that recur ("maximum pressure").
//!
//! In: an [`Article`]. Out: [`ArticleEntities`], the entities with every place they are named.
//! Three linear passes over the body sentences: word case statistics (is "Critics" a name or a
//! sentence opener?), name runs and phrase counts (those two in `name_runs`), then phrase
//! mentions. Aliases are merged by hash lookups on the candidates, never by rescanning the text.

use std::ops::Range;

use super::body::BodyTokens;
use super::lexicon::{is_group_head, is_place_head};
use super::name_runs::{find_name_runs, NameRuns};
use super::names::{merge_candidates, Candidate};
use super::tokens::fold_fast as fold;
use crate::article::Article;
use crate::article::SentenceId;
use crate::matcher::PhraseMatcher;

pub use super::names::{EntityLookup, Gender};
pub use super::shared::{shared_targets, SharedTarget, MAX_SHARED};

/// What kind of thing an entity is, as far as its name and context tell.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum EntityKind {
    Person,
    /// An organisation, party, government body or group of people ("Republicans").
    Group,
    Place,
    /// A recurring lower-case phrase ("maximum pressure").
    Phrase,
    Other,
}

/// One thing the article talks about.
#[derive(Debug, Clone, PartialEq)]
pub struct Entity {
    /// Canonical form: lower case, titles and possessives removed ("barack obama").
    pub key: String,
    /// How to show it ("Barack Obama").
    pub name: String,
    /// Other forms seen in the article ("President Obama", "Obama", "Mr. Obama").
    pub aliases: Vec<String>,
    pub kind: EntityKind,
    /// Titles seen before the name, canonical ("president", "supreme leader", "senator").
    pub titles: Vec<String>,
    /// Gender when a title ("Mr.", "Congresswoman") or a common first name says it, for "he"
    /// and "she".
    pub gender: Option<Gender>,
}

/// How a mention refers to its entity.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum MentionVia {
    /// The canonical name itself.
    Name,
    /// Another form: surname, title form, acronym.
    Alias,
    /// "he", "she", "his", "her" (see `coref`).
    Pronoun,
    /// "the senator", "the administration" (see `coref`).
    RoleNoun,
}

/// One place an entity is referred to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Mention {
    pub entity: usize,
    pub at: SentenceId,
    /// Bytes within the sentence text.
    pub range: Range<usize>,
    pub via: MentionVia,
}

/// The entities of one article and their mentions, sorted by sentence then position.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct ArticleEntities {
    /// Most mentioned first.
    pub entities: Vec<Entity>,
    pub mentions: Vec<Mention>,
}

impl ArticleEntities {
    /// The mentions in one sentence (mentions are sorted by sentence).
    pub fn mentions_in(&self, at: SentenceId) -> &[Mention] {
        let lo = self.mentions.partition_point(|m| m.at < at);
        let hi = self.mentions.partition_point(|m| m.at <= at);
        &self.mentions[lo..hi]
    }
}

/// Finds the named entities and recurring phrases of an article's body.
pub fn find_entities(article: &Article) -> ArticleEntities {
    find_entities_in(&BodyTokens::new(article))
}

/// [`find_entities`] on an article's body sentences, already tokenized.
pub(crate) fn find_entities_in(body: &BodyTokens) -> ArticleEntities {
    let article = body.article();
    let NameRuns { candidates, mut occurrences, phrases: phrase_texts } = find_name_runs(body);
    let adjectives: Vec<bool> = candidates.iter().map(Candidate::is_adjective).collect();
    occurrences.retain(|o| !adjectives[o.candidate]);
    let (mut entities, mut mentions) = merge_candidates(candidates, occurrences);
    // The chosen phrases are found by one automaton pass per paragraph rather than by
    // tokenizing every sentence again.
    let matcher = PhraseMatcher::new(phrase_texts.iter().enumerate().map(|(i, p)| (p.as_str(), i)));
    for (pi, passage) in article.passages.iter().enumerate().filter(|_| !phrase_texts.is_empty()) {
        let Ok(matcher) = matcher.as_ref() else { break };
        if !passage.is_body() {
            continue;
        }
        for hit in matcher.find(&fold(&passage.text)) {
            let si = passage.sentences.partition_point(|r| r.end <= hit.range.start);
            let Some(sentence) = passage.sentences.get(si).filter(|r| r.start <= hit.range.start) else {
                continue;
            };
            if hit.range.end > sentence.end {
                continue;
            }
            let at = SentenceId { passage: pi, sentence: si };
            let range = hit.range.start - sentence.start..hit.range.end - sentence.start;
            mentions.push(Mention { entity: entities.len() + hit.owner, at, range, via: MentionVia::Name });
        }
    }
    entities.extend(phrase_texts.into_iter().map(|key| Entity {
        name: key.clone(),
        key,
        aliases: Vec::new(),
        kind: EntityKind::Phrase,
        titles: Vec::new(),
        gender: None,
    }));
    order_by_mentions(&mut entities, &mut mentions);
    ArticleEntities { entities, mentions }
}

/// Most mentioned entities first; mentions in text order.
fn order_by_mentions(entities: &mut Vec<Entity>, mentions: &mut [Mention]) {
    let mut counts = vec![0usize; entities.len()];
    for m in mentions.iter() {
        counts[m.entity] += 1;
    }
    let mut order: Vec<usize> = (0..entities.len()).filter(|&e| counts[e] > 0).collect();
    order.sort_by_key(|&e| (std::cmp::Reverse(counts[e]), e));
    let mut new_index = vec![usize::MAX; entities.len()];
    for (new, &old) in order.iter().enumerate() {
        new_index[old] = new;
    }
    let mut taken: Vec<Option<Entity>> = std::mem::take(entities).into_iter().map(Some).collect();
    *entities = order.iter().map(|&old| taken[old].take().expect("each entity once")).collect();
    for m in mentions.iter_mut() {
        m.entity = new_index[m.entity];
    }
    mentions.sort_by_key(|m| (m.at, m.range.start, m.range.end));
}

/// Whether an entity's name ends in a word that marks a group or a place.
pub(crate) fn head_kind(key: &str) -> Option<EntityKind> {
    let last = key.rsplit(' ').next()?;
    if is_group_head(last) {
        Some(EntityKind::Group)
    } else if is_place_head(last) {
        Some(EntityKind::Place)
    } else {
        None
    }
}

#[cfg(test)]
#[path = "entities_tests.rs"]
mod tests;
