//! "He", "she" and role nouns ("the senator", "the administration") counted for the entity they
//! refer back to, by a rule a reader can check: the most recent compatible named entity in the
//! same paragraph.
//!
//! In: an article and its [`ArticleEntities`] (names only). Out: the same, with mentions of
//! kind [`MentionVia::Pronoun`] and [`MentionVia::RoleNoun`] added. Why it matters: about half
//! of the sentences that slant a person never name them ("he", "the congressman").
//! One pass over the body sentences; each reference looks back over a bounded list.

use rustc_hash::FxHashMap as HashMap;

use super::body::{BodyTokens, Sentence, SentenceBuffer};
use super::entity::{ArticleEntities, Entity, EntityKind, Gender, Mention, MentionVia};
use super::lexicon::is_organisation_head;
use super::roles::{may_be_agency, may_be_company, role_key, LAST_AGENCY, LAST_COMPANY, LAST_GROUP};
use crate::article::Article;
pub(crate) use quoted::{quoted_spans, quoted_spans_from};

/// How far back a reference looks, in mentions: a paragraph rarely names more people than
/// this, and the bound keeps every lookup constant-time.
const LOOK_BACK: usize = 40;

/// A paragraph that opens with "He …" refers to the person of the paragraph before: news
/// writing puts one or two sentences in a paragraph, so the antecedent is often just above.
/// Only used when the paragraph has named no compatible entity before the pronoun.
const PREVIOUS_PARAGRAPH_FOR_PRONOUNS: bool = true;

/// Adds pronoun and role-noun mentions to `entities`; returns how many were added.
pub fn add_references(article: &Article, entities: &mut ArticleEntities) -> usize {
    add_references_in(&BodyTokens::new(article), entities)
}

/// [`add_references`] on an article's body sentences, already tokenized.
pub(crate) fn add_references_in(body: &BodyTokens, entities: &mut ArticleEntities) -> usize {
    let found = references_in(body, entities);
    let added = found.len();
    entities.mentions.extend(found);
    entities.mentions.sort_by_key(|m| (m.at, m.range.start, m.range.end));
    added
}

/// How a pronoun stands in its clause, which decides where its antecedent is looked for.
#[derive(Clone, Copy, PartialEq, Debug)]
enum Case {
    /// "he", "him", "she": the subject of the latest sentence that names someone.
    Subject,
    /// "his", "her", "himself": the latest name (a possessive binds close: "Obama and his plan").
    Possessive,
}

/// What a word refers to, if it is a reference.
#[derive(Clone, Copy, PartialEq)]
enum Reference<'w> {
    Pronoun(Option<Gender>, Case),
    /// The role noun and how many words it spans from "the".
    Role(&'w str, usize),
    /// A description with no title to match ("the New York Democrat") and how many words it
    /// spans: it refers as "he" or "she" would, to the person the text follows; one by party
    /// (`true`) only to someone holding an office, not to an advocate quoted since ("said Janelle
    /// Okoro, director of the coalition. In her veto message, the first-term Republican …").
    Description(usize, bool),
}

/// The pronoun and role-noun mentions of an article, resolved.
pub fn references(article: &Article, entities: &ArticleEntities) -> Vec<Mention> {
    references_in(&BodyTokens::new(article), entities)
}

fn references_in(body: &BodyTokens, entities: &ArticleEntities) -> Vec<Mention> {
    let mut out = Vec::new();
    // Titles identify across paragraphs: "the senator" in paragraph 9 is still the senator of
    // paragraph 2 when the paragraph itself names none.
    // Fx-hashed (SipHash cost ~0.5%): looked up and updated, and walked only for a maximum by
    // a total key, so no output depends on their order.
    let mut last_with_role: HashMap<String, usize> = HashMap::default();
    // How often each entity was referred to so far: "the library" is the library system the
    // story is about, not the branch building named once since.
    let mut mentioned: HashMap<usize, u32> = HashMap::default();
    let mut previous_paragraph: Vec<Seen> = Vec::new();
    let mut recent: Vec<Seen> = Vec::new();
    let governed = governed_institution(entities);
    let mut buffer = SentenceBuffer::default();
    // The named mentions, sorted by sentence, are walked alongside the sentences.
    let mut next_mention = 0;
    for s in 0..body.len() {
        let Sentence { at, folded, tokens, quoted, .. } = body.sentence(s, &mut buffer);
        let in_quote = |pos: usize| quoted.iter().any(|q| q.contains(&pos));
        // A name as a later reference sees it: where, whether quoted, whether it is a subject.
        let seen_named = |m: &Mention| Seen {
            entity: m.entity,
            sentence: s,
            quoted: in_quote(m.range.start),
            quoting: !quoted.is_empty() && !in_quote(m.range.start),
            subject: !possessive_at(folded, m.range.end),
        };
        // A new paragraph: what the last one named is looked back at only by pronouns.
        if at.sentence == 0 && !recent.is_empty() {
            previous_paragraph = std::mem::take(&mut recent);
        }
        let mentions = &entities.mentions;
        while mentions.get(next_mention).is_some_and(|m| m.at < at) {
            next_mention += 1;
        }
        let first = next_mention;
        while mentions.get(next_mention).is_some_and(|m| m.at == at) {
            next_mention += 1;
        }
        let named = &mentions[first..next_mention];
        let mut next_named = 0;
        let mut i = 0;
        while i < tokens.len() {
            let t = &tokens[i];
            while next_named < named.len() && named[next_named].range.end <= t.base.start {
                let m = &named[next_named];
                remember(
                    &mut recent,
                    &mut last_with_role,
                    &mut mentioned,
                    &entities.entities[m.entity],
                    seen_named(m),
                );
                next_named += 1;
            }
            let word = &folded[t.base.clone()];
            let Some(reference) = reference_at(folded, tokens, i, word) else {
                i += 1;
                continue;
            };
            let (resolved, range, via, span) = match reference {
                Reference::Pronoun(..) | Reference::Description(..) => {
                    let (gender, case, span, party) = match reference {
                        Reference::Pronoun(gender, case) => (gender, case, 1, false),
                        Reference::Description(span, party) => (None, Case::Subject, span, party),
                        Reference::Role(..) => unreachable!("matched above"),
                    };
                    let fits = |e: usize| {
                        let entity = &entities.entities[e];
                        person_fits(entity, gender) && (!party || !entity.titles.is_empty())
                    };
                    let quoted = in_quote(t.base.start);
                    // Inside a quotation the speaker talks about someone else, most often the
                    // one just named, so a quoted "he" takes the latest name.
                    let pick = |seen: &[Seen]| match case {
                        _ if quoted => latest_not_speaking(seen, s, fits).or_else(|| latest(seen, fits)),
                        Case::Subject => subject(seen, fits),
                        Case::Possessive => latest(seen, fits),
                    };
                    // Outside quotation marks, the people this paragraph names in its narrative
                    // come first, then the paragraph before, and only then those named inside
                    // its quotations ("“I hope he can,” he told “Today.”": the second "he" is
                    // not whom the quoted one refers to).
                    let person = |e: usize| entities.entities[e].kind == EntityKind::Person;
                    let narrative = !quoted && case == Case::Subject;
                    let in_paragraph =
                        if narrative { subject_in(&recent, &fits, true) } else { pick(&recent) };
                    let any_person_here = recent
                        .iter()
                        .rev()
                        .take(LOOK_BACK)
                        .any(|s| person(s.entity) && !(narrative && s.quoted));
                    let resolved = in_paragraph
                        .or_else(|| {
                            (PREVIOUS_PARAGRAPH_FOR_PRONOUNS && !any_person_here)
                                .then(|| pick(&previous_paragraph))
                                .flatten()
                        })
                        .or_else(|| narrative.then(|| pick(&recent)).flatten())
                        // A party's office-holder is most often the one the story is about: the
                        // titled person named most so far.
                        .or_else(|| {
                            let most_named = mentioned.iter().filter(|(e, _)| fits(**e));
                            party
                                .then(|| most_named.max_by_key(|(e, n)| (**n, std::cmp::Reverse(**e))))?
                                .map(|(e, _)| *e)
                        });
                    let end = tokens[i + span - 1].base.end;
                    let via = if span == 1 { MentionVia::Pronoun } else { MentionVia::RoleNoun };
                    (resolved, t.base.start..end, via, span)
                }
                Reference::Role(role, span) => {
                    let at_role = RoleAt { folded, tokens, start: i, role, span };
                    let (resolved, span) = at_role.resolve(entities, &recent, &last_with_role, governed);
                    let end = tokens[i + span - 1].base.end;
                    (resolved, t.base.start..end, MentionVia::RoleNoun, span)
                }
            };
            if let Some(e) = resolved {
                // The names inside a description ("the New York Democrat") are part of it.
                while named.get(next_named).is_some_and(|m| m.range.start < range.end) {
                    next_named += 1;
                }
                let subject = !matches!(reference, Reference::Pronoun(_, Case::Possessive));
                let (quoted_here, quoting) = (in_quote(range.start), !quoted.is_empty());
                let seen = Seen {
                    entity: e,
                    sentence: s,
                    quoted: quoted_here,
                    quoting: quoting && !quoted_here,
                    subject,
                };
                out.push(Mention { entity: e, at, range, via });
                remember(&mut recent, &mut last_with_role, &mut mentioned, &entities.entities[e], seen);
            }
            i += span;
        }
        for m in &named[next_named..] {
            remember(
                &mut recent,
                &mut last_with_role,
                &mut mentioned,
                &entities.entities[m.entity],
                seen_named(m),
            );
        }
    }
    out
}

/// One mention a reference may look back at: the entity, the body sentence it is in (counted
/// from the article's first), whether it stands inside a quotation and whether it can be a
/// clause's subject (a possessive — "Obama's announcement", "his rival" — cannot).
#[derive(Debug, Clone, Copy, PartialEq)]
struct Seen {
    entity: usize,
    sentence: usize,
    quoted: bool,
    /// Outside the quotation of a sentence that quotes someone: likely the speaker.
    quoting: bool,
    subject: bool,
}

/// Whether a possessive ending follows byte `end` of the folded sentence ("Obama's").
fn possessive_at(folded: &str, end: usize) -> bool {
    folded.get(end..).is_some_and(|rest| rest.starts_with("'s") || rest.starts_with("’s"))
}

fn remember(
    recent: &mut Vec<Seen>,
    by_role: &mut HashMap<String, usize>,
    mentioned: &mut HashMap<usize, u32>,
    entity: &Entity,
    seen: Seen,
) {
    let index = seen.entity;
    let count = *mentioned.entry(index).and_modify(|n| *n += 1).or_insert(1);
    recent.push(seen);
    if recent.len() > 4 * LOOK_BACK {
        recent.drain(..recent.len() - LOOK_BACK);
    }
    for title in &entity.titles {
        by_role.insert(role_key(title).to_string(), index);
    }
    if matches!(entity.kind, EntityKind::Group) {
        if let Some(head) = entity.key.rsplit(' ').next().filter(|w| !is_organisation_head(w)) {
            by_role.insert(head.to_string(), index);
        }
        by_role.insert(LAST_GROUP.to_string(), index);
        if may_be_company(&entity.key) {
            by_role.insert(LAST_COMPANY.to_string(), index);
        }
        if may_be_agency(&entity.key) {
            by_role.insert(LAST_AGENCY.to_string(), index);
        }
        // "the board" of the Board of Regents: an organisation word anywhere in the name.
        // Of two organisations with the word, the one referred to more often keeps it. The
        // word must be a head ("the board" of the Board of Regents, "the library" of the Marlow
        // Public Library), not a modifier: the Harlow Library Workers Union is no library.
        let before_of = entity.key.split(" of ").next().unwrap_or_default();
        let heads = [before_of.rsplit(' ').next(), entity.key.rsplit(' ').next()];
        for word in heads.into_iter().flatten().filter(|w| is_organisation_head(w)) {
            let holder = by_role.entry(word.to_string()).or_insert(index);
            if mentioned.get(holder).copied().unwrap_or(0) < count {
                *holder = index;
            }
        }
    }
}

fn latest(recent: &[Seen], fits: impl Fn(usize) -> bool) -> Option<usize> {
    recent.iter().rev().take(LOOK_BACK).map(|s| s.entity).find(|&e| fits(e))
}

/// The antecedent of a pronoun inside a quotation: the latest fitting name, passing over the
/// people named outside the quotation marks of this sentence or the one before — the
/// speakers, who say "I" ("“Of course I was surprised,” said Carl Seel. “I want to thank him
/// …”": "him" is not Seel).
fn latest_not_speaking(recent: &[Seen], sentence: usize, fits: impl Fn(usize) -> bool) -> Option<usize> {
    let speaking = |s: &Seen| s.quoting && s.sentence + 1 >= sentence;
    let speakers: Vec<usize> =
        recent.iter().rev().take(LOOK_BACK).filter(|s| speaking(s)).map(|s| s.entity).collect();
    recent.iter().rev().take(LOOK_BACK).map(|s| s.entity).find(|&e| fits(e) && !speakers.contains(&e))
}

/// The antecedent of a subject or object pronoun outside quotation marks ("he", "him",
/// "she"): the first fitting person of the latest sentence that names one, not as a
/// possessive — its subject as a rule — rather than the latest name ("Trump told Meredith
/// Vieira that he had doubts", "Akin claimed he would help Romney … no senator had called
/// him"); centering theory's preference for the subject (Grosz, Joshi & Weinstein 1995).
/// Names outside quotation marks come first: the people a quoted speaker talks about are not
/// who the narrative follows.
fn subject(recent: &[Seen], fits: impl Fn(usize) -> bool) -> Option<usize> {
    subject_in(recent, &fits, true).or_else(|| subject_in(recent, &fits, false))
}

/// [`subject`] among the names outside quotation marks only (`narrative_only`), or among all.
fn subject_in(recent: &[Seen], fits: &dyn Fn(usize) -> bool, narrative_only: bool) -> Option<usize> {
    let window = &recent[recent.len().saturating_sub(LOOK_BACK)..];
    let ok = |s: &Seen| fits(s.entity) && (!narrative_only || !s.quoted);
    let last = window.iter().rev().find(|s| ok(s))?;
    let in_sentence = || window.iter().filter(|s| s.sentence == last.sentence && ok(s));
    in_sentence().find(|s| s.subject).or_else(|| in_sentence().next()).map(|s| s.entity)
}

/// "he" fits a person not known to be a woman, "she" one not known to be a man.
fn person_fits(entity: &Entity, gender: Option<Gender>) -> bool {
    entity.kind == EntityKind::Person
        && (gender.is_none() || entity.gender.is_none() || entity.gender == gender)
}

#[path = "reference_words.rs"]
mod reference_words;
use reference_words::reference_at;

#[path = "role_nouns.rs"]
mod role_nouns;
use role_nouns::{governed_institution, RoleAt};

#[path = "quoted.rs"]
mod quoted;

#[cfg(test)]
#[path = "coref_tests.rs"]
mod tests;
