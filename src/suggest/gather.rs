//! The targets several articles share: each article's entities (people, groups, places and
//! recurring multi-word phrases, from `targets::entities`) matched across the articles by name,
//! alias or surname, so "Barack Obama", "President Obama" and "Obama" become one topic.
//!
//! In: the entities of every article. Out: [`Gathered`] targets named by at least two articles
//! (one when only one is given), most central first. Linear in entities: one hash lookup per
//! form and earlier article.

use std::collections::BTreeSet;

use crate::article::SentenceId;
use crate::contrast::figures::MONTHS;
use crate::targets::entities::{ArticleEntities, Entity, EntityKind, EntityLookup};
use crate::targets::shared::centrality;
use crate::text::fold::fold;

/// Words that name a time, not a target, however often they are capitalised (months too:
/// [`MONTHS`]).
const CALENDAR: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
    "today",
    "yesterday",
    "tomorrow",
    "weekend",
];

/// A target the articles share.
#[derive(Debug, Clone)]
pub(crate) struct Gathered {
    pub name: String,
    pub kind: EntityKind,
    /// The entity on each article that names it: (article, entity index).
    pub members: Vec<(usize, usize)>,
    pub articles: BTreeSet<usize>,
    pub mentions: usize,
    /// The sum over articles of how central it is to each (0–1 each).
    pub score: f32,
    /// Other phrases that name the same thing ("tax plan" within "carbon tax plan").
    pub also: Vec<String>,
    sentences: BTreeSet<(usize, SentenceId)>,
}

/// Whether two people named alike are two people: a shared surname ("Clinton") does not make
/// Bill Clinton and Hillary Clinton one topic. Read from their genders (titles, pronouns, first
/// names), which tell a man from a woman and leave "Bob Bauer" and "Robert F. Bauer" one.
fn two_people(a: &Entity, b: &Entity) -> bool {
    a.kind == EntityKind::Person
        && b.kind == EntityKind::Person
        && matches!((a.gender, b.gender), (Some(x), Some(y)) if x != y)
}

/// A name that says when, not who or what ("Wednesday", "March").
pub(crate) fn is_calendar(key: &str) -> bool {
    key.split(' ')
        .all(|w| CALENDAR.contains(&w) || MONTHS.contains(&w) || w.chars().all(|c| c.is_ascii_digit()))
}

/// The entities several articles share, most central first.
pub(crate) fn gather(sides: &[ArticleEntities]) -> Vec<Gathered> {
    let lookups: Vec<EntityLookup> = sides.iter().map(EntityLookup::new).collect();
    let mut owner: Vec<Vec<Option<usize>>> = sides.iter().map(|s| vec![None; s.entities.len()]).collect();
    let mut out: Vec<Gathered> = Vec::new();
    for (a, side) in sides.iter().enumerate() {
        let (central, mentions) = centrality(side);
        for (e, entity) in side.entities.iter().enumerate() {
            if is_calendar(&entity.key) || mentions[e] == 0 {
                continue;
            }
            let is_phrase = entity.kind == EntityKind::Phrase;
            // A lower-case target (a phrase, a subject noun) matches only another: "the price"
            // is not Tom Price.
            let lower = entity.kind.is_lower_case();
            let found = (0..a).find_map(|b| {
                std::iter::once(&entity.key)
                    .chain(&entity.aliases)
                    .filter_map(|form| lookups[b].find(form, entity.kind))
                    .find(|&r| {
                        let other = &sides[b].entities[r];
                        other.kind.is_lower_case() == lower && !two_people(entity, other)
                    })
                    .and_then(|r| owner[b][r])
            });
            let t = match found {
                Some(t) => t,
                None => {
                    out.push(Gathered {
                        name: entity.name.clone(),
                        kind: entity.kind,
                        members: Vec::new(),
                        articles: BTreeSet::new(),
                        mentions: 0,
                        score: 0.0,
                        also: Vec::new(),
                        sentences: BTreeSet::new(),
                    });
                    out.len() - 1
                }
            };
            owner[a][e] = Some(t);
            let g = &mut out[t];
            // The fuller name shows best ("Barack Obama" over "Obama").
            if entity.name.len() > g.name.len() {
                g.name = entity.name.clone();
            }
            g.members.push((a, e));
            if is_phrase {
                g.sentences.extend(side.mentions.iter().filter(|m| m.entity == e).map(|m| (a, m.at)));
            }
            g.mentions += mentions[e];
            if g.articles.insert(a) {
                g.score += central[e];
            }
        }
    }
    let min_articles = sides.len().min(2);
    out.retain(|g| g.articles.len() >= min_articles && g.mentions >= 2 && !fold(&g.name).trim().is_empty());
    for g in &mut out {
        // People and groups hold views and are judged; a place is mostly the setting.
        g.score *= match g.kind {
            EntityKind::Person | EntityKind::Group => 1.0,
            EntityKind::Phrase | EntityKind::Subject | EntityKind::Other => 0.8,
            EntityKind::Place => 0.6,
        };
    }
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then_with(|| a.name.cmp(&b.name)));
    merge_overlapping_phrases(out)
}

/// Two phrases that share a word and stand in the same sentences are pieces of one longer
/// phrase ("carbon tax" and "tax plan" of "carbon tax plan"): the less central one becomes
/// a term of the other.
fn merge_overlapping_phrases(targets: Vec<Gathered>) -> Vec<Gathered> {
    let mut out: Vec<Gathered> = Vec::new();
    for t in targets {
        let words: BTreeSet<String> = fold(&t.name).split(' ').map(str::to_string).collect();
        let host = out.iter_mut().find(|o| {
            o.kind == EntityKind::Phrase
                && t.kind == EntityKind::Phrase
                && fold(&o.name).split(' ').any(|w| words.contains(w))
                && o.sentences.intersection(&t.sentences).count() * 5
                    >= t.sentences.len().min(o.sentences.len()) * 4
        });
        match host {
            Some(o) => {
                // Chained pieces name the whole ("harbor expansion" + "expansion plan").
                if let Some(whole) = chain(&o.name, &t.name).or_else(|| chain(&t.name, &o.name)) {
                    o.also.insert(0, std::mem::replace(&mut o.name, whole));
                }
                o.also.push(t.name);
                o.members.extend(t.members);
            }
            None => out.push(t),
        }
    }
    out
}

/// "harbor expansion" and "expansion plan" as "harbor expansion plan": the first phrase's last
/// word begins the second.
pub(crate) fn chain(first: &str, second: &str) -> Option<String> {
    let (head, last) = first.rsplit_once(' ')?;
    let (start, rest) = second.split_once(' ')?;
    (fold(last) == fold(start)).then(|| format!("{head} {last} {rest}"))
}
