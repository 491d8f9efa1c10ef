//! How a report frames the words of a group's officer, read as its framing of the group's own
//! case: "'Standing still would put far more jobs at risk,' she claimed" — the chief
//! executive speaking for the company — is the report casting doubt on the company's case,
//! where another report gives the same line with "told reporters".
//!
//! In: a sentence that names an officer of a group target and not the group. Out: the
//! officer's mentions, whose reporting verbs `derived` reads as a stance toward the group, and
//! only when nothing but those verbs is read (what the officer says is the group's case, see
//! `sides`, not the writer's stance).

use std::ops::Range;

use crate::article::SentenceId;
use crate::contrast::evidence::Voice;
use crate::contrast::own_words::own_words;
use crate::targets::entities::ArticleEntities;

/// The mentions of the first of the group's `officers` (entity keys, sorted) that the sentence
/// at `at` names, when it does not name the group (its entity, `group`) and the sentence is that
/// officer's own words.
pub fn officer_speaking(
    entities: &ArticleEntities,
    officers: &[String],
    group: usize,
    at: SentenceId,
    text: &str,
    voice: &Voice,
) -> Option<Vec<Range<usize>>> {
    if officers.is_empty() {
        return None;
    }
    let here = entities.mentions_in(at);
    if here.iter().any(|m| m.entity == group) {
        return None;
    }
    let officer = here.iter().map(|m| m.entity).find(|&e| is_officer(officers, &entities.entities[e].key))?;
    let ranges: Vec<Range<usize>> =
        here.iter().filter(|m| m.entity == officer).map(|m| m.range.clone()).collect();
    own_words(&entities.entities[officer], voice, text, &ranges).then_some(ranges)
}

/// The sentences of one side that name one of a group's `officers`.
pub fn officer_sentences(entities: &ArticleEntities, officers: &[String]) -> Vec<SentenceId> {
    let mut out: Vec<SentenceId> = entities
        .mentions
        .iter()
        .filter(|m| is_officer(officers, &entities.entities[m.entity].key))
        .map(|m| m.at)
        .collect();
    out.dedup();
    out
}

/// Whether the person of entity key `key` is one of the group's `officers` in either article:
/// by their full name, or by surname where one article names them only so ("Ferrante claimed").
fn is_officer(officers: &[String], key: &str) -> bool {
    let surname = |k: &str| k.rsplit(' ').next().map(str::to_owned);
    officers.binary_search_by(|o| o.as_str().cmp(key)).is_ok()
        || !key.contains(' ') && officers.iter().any(|o| surname(o).as_deref() == Some(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_officer_is_known_by_full_name_or_by_surname_alone() {
        let officers = ["dana kessler".to_string(), "paul ferrante".to_string()];
        assert!(is_officer(&officers, "paul ferrante"));
        assert!(is_officer(&officers, "ferrante"));
        // Another person of that surname, named in full, is someone else.
        assert!(!is_officer(&officers, "maria ferrante"));
        assert!(!is_officer(&officers, "ana petrov"));
        assert!(!is_officer(&[], "ferrante"));
    }
}
