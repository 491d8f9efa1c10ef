//! Who a collective or described speaker stands for: "College officials said …", "Port
//! officials said …", "The president of the union said …" name no person, but a word of theirs
//! names the article's organisation, and what they say is its own case (see `contrast::sides`).
//!
//! In: the speaker's words and the article's entities. Out: the organisation's entity, if one.

use super::affiliation::OFFICES;
use super::described_speakers::{OFFICIALS, TIES};
use super::entity::ArticleEntities;
use super::lexicon::is_place_head;
use crate::text::fold::fold;

/// Nouns for the people who act for an organisation together ("College officials").
const COLLECTIVES: &[&str] = &["officials", "leaders", "administrators", "executives", "representatives"];

/// Whether a speaker is people named by a collective noun ("Republican officials").
pub fn is_collective(speaker: &str) -> bool {
    fold(speaker).rsplit(' ').next().is_some_and(|w| COLLECTIVES.contains(&w))
}

/// The group a collective speaker stands for: "College officials", "Port officials" speak for
/// the article's organisation whose name holds the word before the collective noun (of two,
/// the one referred to most). A place ("County officials") or a word no group's name holds
/// names no one.
pub fn group_of_collective(speaker: &str, entities: &ArticleEntities) -> Option<usize> {
    let folded = fold(speaker);
    let words: Vec<&str> = folded.split_whitespace().collect();
    let (collective, modifiers) = words.split_last()?;
    if !COLLECTIVES.contains(collective) || modifiers.is_empty() {
        return None;
    }
    let holds = |name: &str| {
        let name = fold(name);
        modifiers
            .iter()
            .all(|w| !is_place_head(w) && name.split_whitespace().any(|n| n.trim_end_matches("'s") == *w))
    };
    entities.main_group(|e| holds(&entities.entities[e].name))
}

/// The group an officer described rather than named speaks for: the body a description ends
/// in ("the head of the city's largest police union", "The president of the union") or the word
/// before the office ("A union official"), when the name of one of the article's groups holds
/// it (of two, the one referred to most). A place ("one city spokesman") names no one.
pub fn group_of_description(speaker: &str, entities: &ArticleEntities) -> Option<usize> {
    let folded = fold(speaker);
    let words: Vec<&str> = folded.split_whitespace().map(|w| w.trim_end_matches("'s")).collect();
    let office = words.iter().position(|w| OFFICES.contains(w) || OFFICIALS.contains(w))?;
    let body = match words.get(office + 1) {
        Some(tie) if TIES.contains(tie) => words.last()?,
        None => words.get(office.checked_sub(1)?)?,
        Some(_) => return None,
    };
    if is_place_head(body) || !body.chars().all(char::is_alphabetic) {
        return None;
    }
    let holds = |name: &str| fold(name).split_whitespace().any(|n| n.trim_end_matches("'s") == *body);
    entities.main_group(|e| holds(&entities.entities[e].name))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::targets::affiliation::tests::read;

    #[test]
    fn college_officials_speak_for_the_college_and_county_officials_for_no_one() {
        let e = read(&[
            "Ridgeline Community College will close its welding program. The college said costs had tripled.",
            "The Ridgeline Faculty Association objected.",
        ]);
        let group = |speaker: &str| group_of_collective(speaker, &e).map(|g| e.entities[g].key.clone());
        assert_eq!(group("College officials").as_deref(), Some("ridgeline community college"));
        assert_eq!(group("County officials"), None);
        assert_eq!(group("officials"), None);
        assert_eq!(group("College students"), None);
        // Of two groups the word fits, named as often, the one named first: the library system
        // the story is about, not the branch building named after it.
        let e = read(&[
            "The Marlow Public Library will close four branches.",
            "Trustees approved a makeover of the Central Library downtown.",
            "Critics said the library chose which buildings to fix and which to abandon.",
            "The Central Library renovation ends in 2026.",
        ]);
        let group = |speaker: &str| group_of_collective(speaker, &e).map(|g| e.entities[g].key.clone());
        assert_eq!(group("Library officials").as_deref(), Some("marlow public library"));
    }

    #[test]
    fn an_officer_described_by_office_speaks_for_the_body_the_description_names() {
        let e = read(&[
            "The city council cut the overtime budget, which the Harbor City Police Union fought.",
            "The Harbor City Police Union represents 1,200 officers.",
        ]);
        let group = |speaker: &str| group_of_description(speaker, &e).map(|g| e.entities[g].key.clone());
        let union = Some("harbor city police union");
        assert_eq!(group("The president of the union").as_deref(), union);
        assert_eq!(group("the head of the city's largest police union").as_deref(), union);
        assert_eq!(group("A union official").as_deref(), union);
        // A place, a body no group's name holds, or no office: no one.
        assert_eq!(group("one city spokesman"), None);
        assert_eq!(group("the head of the teachers' association"), None);
        assert_eq!(group("Advocates for low-income families"), None);
    }
}
