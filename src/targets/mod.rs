//! Targets: what an article talks about and whose voice each sentence is, found from the text
//! alone (no topic map): named entities and recurring phrases (`entities`), pronouns and role
//! nouns resolved to them (`coref`), and the voice of each sentence (`speakers`).

pub mod coref;
pub mod entities;
pub mod speakers;

mod lexicon;
mod names;
mod shared;
mod tokens;
