//! What a pair of articles talks about, and whose voice each sentence is.
//!
//! The comparison's target table (`table`) holds the map's topics and the targets found in the
//! two articles themselves: named entities and recurring phrases (`entities`), with pronouns
//! and role nouns resolved to them (`coref`), matched across the pair (`shared`); `speakers`
//! reads the voice of each sentence. All of it from the text alone, no topic map needed.

pub mod coref;
pub mod entities;
pub mod speakers;
pub mod table;

mod lexicon;
mod names;
pub mod shared;
mod tokens;
