//! The people, organisations, places and policies an article discusses, found without any word
//! list of the subject: named entities from capitalised runs, acronyms, and lower-case phrases
//! that recur ("maximum pressure").
//!
//! In: an [`Article`]. Out: [`ArticleEntities`], the entities with every place they are named.
//! Three linear passes over the body sentences: word case statistics (is "Critics" a name or a
//! sentence opener?), name runs and phrase counts (those two in `name_runs`), then phrase
//! mentions. Aliases are merged by hash lookups on the candidates, never by rescanning the text.

use super::body::BodyTokens;
use super::name_runs::{find_name_runs, NameRuns};
use super::names::{company_name, merge_candidates};
use super::subject_nouns::other_number;
use super::tokens::fold_fast as fold;
use crate::article::Article;
use crate::article::SentenceId;
use crate::matcher::PhraseMatcher;

pub use super::entity::{ArticleEntities, Entity, EntityKind, Gender, Mention, MentionVia};
pub use super::names::EntityLookup;

/// Finds the named entities and recurring phrases of an article's body.
pub fn find_entities(article: &Article) -> ArticleEntities {
    find_entities_in(&BodyTokens::new(article))
}

/// [`find_entities`] on an article's body sentences, already tokenized.
pub(crate) fn find_entities_in(body: &BodyTokens) -> ArticleEntities {
    let article = body.article();
    let NameRuns { candidates, mut occurrences, phrases: phrase_texts, subject_words, subject_nouns } =
        find_name_runs(body);
    // A company's first word names it again ("Meridian" for "Meridian Mobility Partners"), even
    // with an adjective's ending: it is no "Iranian officials".
    let company_firsts: Vec<&str> = candidates
        .iter()
        .filter(|c| company_name(&c.key))
        .filter_map(|c| c.key.split_once(' ').map(|(first, _)| first))
        .collect();
    let adjectives: Vec<bool> =
        candidates.iter().map(|c| c.is_adjective() && !company_firsts.contains(&c.key.as_str())).collect();
    occurrences.retain(|o| !adjectives[o.candidate]);
    let (mut entities, mut mentions) = merge_candidates(candidates, occurrences);
    // The chosen phrases are found by one automaton pass per paragraph rather than by
    // tokenizing every sentence again; most paragraphs hold none, which the gate tells first.
    // A subject noun is found in every form the article writes it in, each form owned by the
    // noun, after the phrases.
    let first_noun = phrase_texts.len();
    let noun_forms = subject_nouns
        .iter()
        .enumerate()
        .flat_map(|(i, forms)| forms.iter().map(move |f| (f.as_str(), first_noun + i)));
    let matcher = PhraseMatcher::new_gated(
        phrase_texts.iter().enumerate().map(|(i, p)| (p.as_str(), i)).chain(noun_forms),
    );
    let any_phrase = !phrase_texts.is_empty() || !subject_nouns.is_empty();
    for (pi, passage) in article.passages.iter().enumerate().filter(|_| any_phrase) {
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
    entities.extend(subject_nouns.into_iter().map(|mut forms| {
        let key = forms.remove(0);
        // The other number too, so that one article's "permit" finds the other's "permits".
        let other = other_number(&key);
        if other != key && !forms.contains(&other) {
            forms.push(other);
        }
        Entity {
            name: key.clone(),
            key,
            aliases: forms,
            kind: EntityKind::Subject,
            titles: Vec::new(),
            gender: None,
        }
    }));
    order_by_mentions(&mut entities, &mut mentions);
    ArticleEntities { entities, mentions, subject_words, affiliations: Default::default() }
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

#[cfg(test)]
#[path = "entities_tests.rs"]
mod tests;

#[cfg(test)]
#[path = "entities_subject_tests.rs"]
mod subject_tests;

#[cfg(test)]
#[path = "entities_company_tests.rs"]
mod company_tests;
