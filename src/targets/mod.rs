//! What a pair of articles talks about, and whose voice each sentence is.
//!
//! The comparison's target table (`table`) holds the map's topics and the targets found in the
//! two articles themselves: named entities and recurring phrases (`entities`), with pronouns
//! and role nouns resolved to them (`coref`; descriptions such as "the New York Democrat" in
//! `descriptions`, "he" and "she" told apart by titles and common first names in `first_names`),
//! matched across the pair (`shared`); `speakers` reads the voice of each sentence, after
//! `coref`, so "he said" is spoken by whom "he" refers to. All of it from the text alone, no
//! topic map needed.

pub mod affiliation;
pub mod collectives;
pub mod coref;
pub mod entities;
pub mod entity;
pub mod speakers;
pub mod table;

mod body;
mod described_speakers;
mod descriptions;
mod first_names;
mod group_signs;
mod lexicon;
mod name_joins;
mod name_runs;
mod name_words;
mod names;
mod objects;
mod participles;
mod phrases;
mod quote_speakers;
mod rebuttals;
mod roles;
mod saying;
pub mod shared;
mod speaker_after;
mod speaker_names;
mod speaker_position;

mod subject_nouns;
mod tokens;
mod word_case;

/// Words too common in reporting to tell two wordings apart ("said", "think", "going").
pub(crate) use lexicon::{is_phrase_stop, is_title_word};
/// A point granted before the writer turns from it ("Critics are right that …" then "But …").
pub(crate) use rebuttals::conceded_then_turned;

use crate::article::{Article, SentenceId};
use crate::matcher::PhraseMatcher;
use entities::ArticleEntities;
use speakers::Voice;

/// What the target finders read from one article on its own: the voice of every body sentence
/// (see [`speakers::voices`]) and the entities with pronouns and role nouns resolved (see
/// [`entities::find_entities`], [`coref::add_references`]). Each body sentence is folded and
/// tokenized once for all of them; the tokens are dropped before this returns.
pub fn read_article(
    article: &Article,
    attribution: &PhraseMatcher,
) -> (Vec<(SentenceId, Voice)>, ArticleEntities) {
    let body = body::BodyTokens::new(article);
    let mut entities = entities::find_entities_in(&body);
    coref::add_references_in(&body, &mut entities);
    affiliation::add_affiliations(article, &mut entities);
    let voices = speakers::voices_in(&body, attribution, &entities);
    (voices, entities)
}
