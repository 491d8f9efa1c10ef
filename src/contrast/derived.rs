//! Targets the pair finds itself, and the stance each sentence takes toward them from general
//! evaluative language — so a subject no topic map was written for still has contrasts.
//!
//! In: both articles' entities (`targets::entities`, with pronouns and role nouns resolved),
//! their map claims and voices. Out: the shared entities added to the target table (map topics
//! keep precedence), claims on them whose stance is the opinion lexicon's reading of the
//! clause that holds the target (positive or negative), and, for a kept contrast, that
//! reading's evidence: every lexicon word or framing verb that counted, as spans.

use std::collections::HashSet;
use std::ops::Range;
use std::sync::Arc;

use crate::article::{Article, SentenceId};
use crate::color::Color;
use crate::contrast::claims::Claim;
use crate::contrast::evidence::{TopicFrom, Voice};
use crate::contrast::officer_framing::{officer_sentences, officer_speaking};
use crate::contrast::own_words::own_words;
use crate::contrast::sides::{
    case_readings, Case, GroupTarget, WordReadings, CASE_STRENGTH, PERSON_CASE_STRENGTH,
};
use crate::contrast::stance::StanceReading;
use crate::contrast::toward::{read_with, InSentence};
use crate::targets::entities::{ArticleEntities, EntityKind};
use crate::targets::shared::{shared_subject_words, shared_targets};
use crate::targets::table::{TargetId, TargetTable};
use crate::text::fold::fold;
use crate::topics::TopicMap;

/// Sentences per target and side read for a stance: every one in an article, an even sample
/// in a book, so the cost stays linear.
const MAX_SENTENCES_PER_TARGET: usize = 400;
/// Muted colours of the 256-colour palette for derived targets, distinct from the map's.
const COLORS: [u8; 6] = [173, 109, 139, 179, 67, 143];
/// The stance names of a derived target: index 0 is positive, 1 negative.
pub const STANCES: [&str; 2] = ["positive", "negative"];

/// A target found in both articles: its id in the table and its entity on each side.
#[derive(Debug, Clone, PartialEq)]
pub struct DerivedTarget {
    pub id: TargetId,
    pub entity: [usize; 2],
    /// Whether sentences are read for a stance toward it (people, groups, policy phrases) or
    /// it only aligns passages (places, things).
    pub reads_stance: bool,
    /// A person or a group: someone who can suffer what a sentence deplores, so harm done to
    /// them is not read as blame (see [`crate::lexicon::polarity_toward_party`]).
    pub party: bool,
    /// The pair's subject words (see [`subject_words`]): never a cue toward this target.
    pub subject_words: Arc<[String]>,
    /// For a group, the people either article names as its officers (their entity keys): what
    /// they say is its own case in both (see `contrast::sides`).
    pub officers: Arc<[String]>,
}

/// Adds the entities both articles discuss to the table, most central first; an entity whose
/// name the map already knows as a topic term is left to that topic — a person or a group only
/// when the topic takes stances in both articles (`speaks(topic)`). A topic whose cues say
/// nothing about the pair ("israel" in a story on a US campaign advert that shows Netanyahu)
/// would otherwise silence the general reading of a name the story is about. A topic with no
/// stance lists at all is merged into the entity's target ([`TargetTable::merge_topic`]).
pub fn add_shared_targets(
    map: &TopicMap,
    table: &mut TargetTable,
    sides: [&ArticleEntities; 2],
    speaks: &dyn Fn(usize) -> bool,
) -> Vec<DerivedTarget> {
    let mut out = Vec::new();
    let subject: Arc<[String]> = shared_subject_words(sides).into();
    for shared in shared_targets(sides[0], sides[1]) {
        // A phrase or a place a topic with stance lists names ("nuclear deal", "Israel") is the
        // topic itself, and a second target of the same name beside it would split its
        // passages; a person or a group is taken back from one that says nothing of the pair.
        let kind = sides[0].entities[shared.left].kind;
        let party = matches!(kind, EntityKind::Person | EntityKind::Group);
        // The map topics that name it (by most of one of its forms).
        let naming: Vec<usize> = std::iter::once(&shared.name)
            .chain(&shared.aliases)
            .flat_map(|form| {
                let folded = fold(form);
                map.find_terms(&folded)
                    .into_iter()
                    .filter(move |h| h.range.len() * 2 >= folded.len())
                    .map(|h| h.owner)
            })
            .collect();
        // A topic with no stance lists (as `topics suggest` writes them) argues nothing: it is
        // read as this target, under the topic's name and colour, and not listed twice. One
        // target stands in for a topic: a second entity it names keeps its own name.
        let silent = naming.iter().copied().find(|&topic| {
            map.topics[topic].stances.is_empty() && table[TargetId::of_topic(topic)].is_listed()
        });
        if silent.is_none() && naming.iter().any(|&topic| !party || speaks(topic)) {
            continue;
        }
        let (name, color) = match silent {
            Some(topic) => (map.topics[topic].name.clone(), map.topics[topic].color),
            None => (shared.name.clone(), Color::Indexed(COLORS[out.len() % COLORS.len()])),
        };
        // People and groups hold views and are judged, and a policy phrase is argued over; a
        // place or a thing is mostly the setting ("in Tehran"), and the mood of its sentences
        // is not a stance toward it. Measured: reading stances toward places and other things
        // lost a BASIL hit and filled the seed lists with "Iran: positive vs negative".
        let (weight, reads_stance) = match kind {
            EntityKind::Person | EntityKind::Group => (1.0, true),
            EntityKind::Phrase => (0.7, true),
            // A subject noun ("the permits") aligns what each article says of it; the mood of
            // its sentences is no stance toward it. Measured: read for a stance (even only in
            // the predicate of a clause it is the subject of), it added two contrasts on BASIL
            // dev, both wrong, one at #1 ("the Obama tax deal would increase growth" against a
            // sentence on unemployment), and none on the hand-written pairs.
            EntityKind::Subject => (0.7, false),
            EntityKind::Place | EntityKind::Other => (0.5, false),
        };
        let salience = shared.salience * weight;
        let id = table.push_derived(name, shared.aliases.clone(), color, salience, Some(kind));
        if let Some(topic) = silent {
            table.merge_topic(TargetId::of_topic(topic), id);
        }
        out.push(DerivedTarget {
            id,
            entity: [shared.left, shared.right],
            reads_stance,
            party,
            subject_words: Arc::clone(&subject),
            officers: officers_of(sides, [shared.left, shared.right]).into(),
        });
    }
    out
}

/// The keys of the people who speak for a group in either article.
fn officers_of(sides: [&ArticleEntities; 2], group: [usize; 2]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for (entities, group) in sides.iter().zip(group) {
        for &(person, _) in entities.affiliations.pairs().iter().filter(|(_, g)| *g == group) {
            out.push(entities.entities[person].key.clone());
        }
    }
    out.sort_unstable();
    out.dedup();
    out
}

/// The mentions of one entity in one article, grouped by sentence.
fn mentions_by_sentence(entities: &ArticleEntities, entity: usize) -> Vec<(SentenceId, Vec<Range<usize>>)> {
    let mut out: Vec<(SentenceId, Vec<Range<usize>>)> = Vec::new();
    for m in entities.mentions.iter().filter(|m| m.entity == entity) {
        match out.last_mut() {
            Some((at, ranges)) if *at == m.at => ranges.push(m.range.clone()),
            _ => out.push((m.at, vec![m.range.clone()])),
        }
    }
    out
}

/// The passages of one article that mention the entity, in article order.
pub fn passages_mentioning(entities: &ArticleEntities, entity: usize) -> Vec<usize> {
    let mut passages: Vec<usize> =
        entities.mentions.iter().filter(|m| m.entity == entity).map(|m| m.at.passage).collect();
    passages.dedup();
    passages
}

/// How one side of a pair is read for stances on the targets it found.
#[derive(Debug, Clone, Copy)]
pub struct SideReading {
    /// 0 for the left article, 1 for the right.
    pub side: usize,
    /// Words a sentence needs to be read (the config's `min_claim_words`).
    pub min_words: usize,
    /// Whether the person the story is about has cases read from who speaks (`contrast::sides`):
    /// in a news pair (`contrast::caution`) off the map's subject, where the map's stances and
    /// its speakers' own words carry the argument.
    pub person_cases: bool,
}

/// One side's claims with the stances on derived targets added: the map claims, and a claim
/// for every sentence whose reading toward a derived target is clearly positive or negative.
/// `voice_at` gives a sentence's voice.
pub fn claims_with_derived(
    article: &Article,
    claims: Vec<Claim>,
    entities: &ArticleEntities,
    derived: &[DerivedTarget],
    how: SideReading,
    voice_at: &dyn Fn(SentenceId) -> Voice,
) -> Vec<Claim> {
    let SideReading { side, min_words, person_cases } = how;
    let mut added: Vec<(SentenceId, TargetId, usize, StanceReading, bool)> = Vec::new();
    let central = derived.iter().find(|d| d.reads_stance).map(|d| d.id);
    for target in derived.iter().filter(|t| t.reads_stance) {
        let entity = &entities.entities[target.entity[side]];
        let sentences = mentions_by_sentence(entities, target.entity[side]);
        let stride = sentences.len().div_ceil(MAX_SENTENCES_PER_TARGET).max(1);
        for (at, ranges) in sentences.into_iter().step_by(stride) {
            let text = article.sentence_text(at);
            if text.trim_end_matches(['"', '”', '’', '\'', ')']).ends_with('?')
                || text.split_whitespace().count() < min_words && !short_verdict(text, &ranges)
            {
                continue;
            }
            let own = own_words(entity, &voice_at(at), text, &ranges);
            let others = other_parties(entities, at, target.entity[side]);
            if let Some((reading, hedged)) = read(text, &ranges, &others, target, own) {
                added.push((at, target.id, ranges.len(), reading, hedged));
            } else if own
                && person_cases
                && target.party
                && entity.kind == EntityKind::Person
                && central != Some(target.id)
            {
                // Anyone else's plain words on news are their case only against the other
                // report's framing of their words ("Lund praised his officers: '…'" against
                // "Lund insisted his officers showed restraint"; `pairing` holds them to that).
                let reading = StanceReading {
                    stance: 0,
                    strength: PERSON_CASE_STRENGTH,
                    by_voice: true,
                    framed: false,
                    plain: true,
                };
                added.push((at, target.id, ranges.len(), reading, false));
            }
        }
    }
    // How the report frames an officer's words is its framing of the group's case.
    for target in derived.iter().filter(|t| t.reads_stance && t.party) {
        let group = target.entity[side];
        if entities.entities[group].kind != EntityKind::Group {
            continue;
        }
        for at in officer_sentences(entities, &target.officers) {
            let text = article.sentence_text(at);
            let voice = voice_at(at);
            let Some(ranges) = (text.split_whitespace().count() >= min_words)
                .then(|| officer_speaking(entities, &target.officers, group, at, text, &voice))
                .flatten()
            else {
                continue;
            };
            let others = other_parties(entities, at, group);
            if let Some((reading, hedged)) =
                read(text, &ranges, &others, target, true).filter(|(r, _)| r.framed)
            {
                added.push((at, target.id, ranges.len(), reading, hedged));
            }
        }
    }
    // Whose case a quotation makes, where no word was read: groups only (see `sides`).
    let read: HashSet<(SentenceId, TargetId)> = added.iter().map(|a| (a.0, a.1)).collect();
    let praised: HashSet<(SentenceId, TargetId)> =
        added.iter().filter(|a| a.3.stance == 0).map(|a| (a.0, a.1)).collect();
    // The groups the pair discusses, and on news the person the story is about: a report
    // slants a governor or a chief executive as it does an agency, by whom it lets speak beside
    // them. Not in opinion writing, where the author's own words carry the stance.
    let groups: Vec<GroupTarget> = derived
        .iter()
        .filter(|t| t.reads_stance && t.party)
        .filter(|t| match entities.entities[t.entity[side]].kind {
            EntityKind::Group => true,
            EntityKind::Person => person_cases && central == Some(t.id),
            _ => false,
        })
        .map(|t| GroupTarget {
            id: t.id,
            entity: t.entity[side],
            officers: &t.officers,
            central: central == Some(t.id),
        })
        .collect();
    let parties: Vec<usize> =
        derived.iter().filter(|t| t.reads_stance && t.party).map(|t| t.entity[side]).collect();
    for (at, target, mentions, case) in case_readings(
        article,
        entities,
        &groups,
        &parties,
        voice_at,
        WordReadings { read: &read, praised: &praised },
        MAX_SENTENCES_PER_TARGET,
    ) {
        let person =
            groups.iter().any(|g| g.id == target && entities.entities[g.entity].kind == EntityKind::Person);
        let reading = StanceReading {
            stance: usize::from(case == Case::Against),
            strength: if person { PERSON_CASE_STRENGTH } else { CASE_STRENGTH },
            by_voice: true,
            framed: false,
            plain: false,
        };
        added.push((at, target, mentions, reading, false));
    }
    added.sort_by_key(|a| (a.0, a.1));
    merge(claims, added, voice_at)
}

/// Words a short sentence needs to judge the one it opens with.
const SHORT_VERDICT_WORDS: usize = 3;

/// A sentence under the claim length that opens with the target and judges it ("He is wrong
/// about that.", "She was right."): in an op-ed the shortest sentences carry the verdict.
fn short_verdict(text: &str, ranges: &[Range<usize>]) -> bool {
    let opens = |r: &Range<usize>| !r.is_empty() && !text[..r.start].contains(|c: char| c.is_alphanumeric());
    text.split_whitespace().count() >= SHORT_VERDICT_WORDS && ranges.iter().any(opens)
}

/// The lexicon's stance toward the target mentioned at `ranges`, if it leans clearly; `own`
/// when the sentence is the target's own words (see [`own_words`]).
fn read(
    text: &str,
    ranges: &[Range<usize>],
    others: &[Range<usize>],
    target: &DerivedTarget,
    own: bool,
) -> Option<(StanceReading, bool)> {
    read_with(text, &InSentence { ranges, others, party: target.party, subject: &target.subject_words, own })
}

/// The mentions in the sentence at `at` of people and groups other than `entity`: a word in a
/// phrase one of them owns is about them (see [`crate::contrast::toward::toward`]).
pub(super) fn other_parties(entities: &ArticleEntities, at: SentenceId, entity: usize) -> Vec<Range<usize>> {
    entities
        .mentions_in(at)
        .iter()
        .filter(|m| {
            m.entity != entity
                && matches!(entities.entities[m.entity].kind, EntityKind::Person | EntityKind::Group)
        })
        .map(|m| m.range.clone())
        .collect()
}

/// The map claims with the derived readings merged in, in sentence order. The map claims (one
/// per sentence, in sentence order) are extended in place rather than copied: at 10 MB per
/// side a copy held 10 MB for the whole comparison.
fn merge(
    mut claims: Vec<Claim>,
    added: Vec<(SentenceId, TargetId, usize, StanceReading, bool)>,
    voice_at: &dyn Fn(SentenceId) -> Voice,
) -> Vec<Claim> {
    let mut fresh: Vec<Claim> = Vec::new();
    for (at, target, mentions, reading, hedged) in added {
        let claim = match claims.binary_search_by_key(&at, |c| c.at) {
            Ok(i) => &mut claims[i],
            Err(_) => {
                if fresh.last().is_none_or(|c| c.at != at) {
                    let voice = voice_at(at);
                    fresh.push(Claim {
                        at,
                        targets: Vec::new(),
                        stances: Vec::new(),
                        voice,
                        hedged: false,
                        refuted_by: None,
                        topic_from: TopicFrom::Named,
                    });
                }
                fresh.last_mut().expect("pushed above")
            }
        };
        // Someone's plain words are read only against a framing of them: they take no share of
        // the sentence's focus from the targets it is read for.
        if !reading.plain {
            claim.targets.push((target, mentions));
        }
        claim.stances.push((target, reading));
        claim.hedged |= hedged;
    }
    if !fresh.is_empty() {
        claims.reserve_exact(fresh.len());
        claims.append(&mut fresh);
        claims.sort_by_key(|c| c.at);
    }
    claims
}

#[cfg(test)]
#[path = "derived_tests.rs"]
mod tests;
