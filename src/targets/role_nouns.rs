//! Role nouns resolved ("the senator", "the administration", "the board"): to the latest entity
//! seen with that title, the group whose name holds the word, or, for the generic ones, the
//! group the article last named or is about. Part of `coref`, which finds the role nouns and
//! keeps the mentions they look back at.
//!
//! In: the article's entities, the mentions seen so far and the role each named entity holds.
//! Out: the entity a role noun stands for, if any.

use std::collections::HashMap;

use super::super::entity::{ArticleEntities, Entity, EntityKind};
use super::super::lexicon::{canonical_title, is_organisation_head};
use super::super::roles::{
    board_governed, role_key, COMPANY_ROLES, GROUP_ROLES, LAST_COMPANY, LAST_GROUP, ORGANISATION_ROLES,
    PERSON_ROLES,
};
use super::{latest, Seen};

/// The institution "the board" or "the trustees" govern where the article names no such body:
/// the group it names most often (the first named of equals), if a board governs its kind
/// ("Marlow Public Library", "Ridgeline Community College"; not a sheriff's office).
pub(super) fn governed_institution(entities: &ArticleEntities) -> Option<usize> {
    let main = entities.main_group(|_| true)?;
    board_governed(&entities.entities[main].key).then_some(main)
}

/// Whether the names among a role noun's modifiers fit the entity it resolved to: "the Romney
/// campaign" is no "Obama campaign", "the Bush administration" no newspaper. Only for groups:
/// a person's modifier is a place or party ("the Texas governor"). After an organisation's
/// head noun every modifier must be in its name: "the emergency department" is no Department
/// of Health, "the school board" is the Maple Ridge School Board.
pub(super) fn names_fit(
    entity: &Entity,
    folded: &str,
    role: &str,
    modifiers: &[super::super::tokens::Token],
) -> bool {
    let in_name =
        |t: &&super::super::tokens::Token| entity.key.split(' ').any(|w| w == &folded[t.base.clone()]);
    let any_case = is_organisation_head(role) && !GROUP_ROLES.contains(&role);
    entity.kind == EntityKind::Person
        || modifiers.iter().filter(|t| any_case || t.capitalised && !t.acronym).all(|t| in_name(&t))
}

/// A person role resolves to the latest entity in the paragraph seen with that title, else
/// the latest one in the article; a group role to the latest group whose name ends in it ("the
/// Obama administration"), else (for the generic ones) the latest group (or unclassified name)
/// or, for "the regime" and "the government", the latest place (a country stands for its
/// government).
pub(super) fn resolve_role(
    entities: &ArticleEntities,
    recent: &[Seen],
    by_role: &HashMap<String, usize>,
    role: &str,
) -> Option<usize> {
    let role = canonical_title(role);
    let has_title = |e: usize| entities.entities[e].titles.iter().any(|t| role_key(t) == role);
    if PERSON_ROLES.iter().any(|r| role.rsplit(' ').next() == Some(r)) {
        return latest(recent, has_title).or_else(|| by_role.get(&role).copied().filter(|&e| has_title(e)));
    }
    let kind = |e: usize| entities.entities[e].kind;
    // "the authority" is a group whose name ends in it, or else holds it ("the board" for the
    // Board of Regents).
    let holds = |e: usize, whole: bool| {
        let key = &entities.entities[e].key;
        kind(e) == EntityKind::Group
            && (key.ends_with(role.as_str())
                || whole
                    && key.split(" of ").next().and_then(|h| h.rsplit(' ').next()) == Some(role.as_str()))
    };
    let named_so = |e: usize| holds(e, false);
    let state = matches!(role.as_str(), "regime" | "government" | "administration");
    latest(recent, named_so).or_else(|| by_role.get(&role).copied().filter(|&e| named_so(e))).or_else(|| {
        match role.as_str() {
            "campaign" | "court" => None,
            _ if !GROUP_ROLES.contains(&role.as_str()) => latest(recent, |e| holds(e, true))
                .or_else(|| by_role.get(&role).copied().filter(|&e| holds(e, true))),
            // A one-word organisation ("Hezbollah") has no head noun to tell it from a country,
            // so an unclassified name fits a group role too.
            _ => latest(recent, |e| {
                matches!(kind(e), EntityKind::Group | EntityKind::Other)
                    || state && kind(e) == EntityKind::Place
            })
            // "The agency decided …" in a paragraph that names none: the organisation the
            // article last named (a news report names its institution once, early).
            .or_else(|| {
                let last = if ORGANISATION_ROLES.contains(&role.as_str()) {
                    LAST_GROUP
                } else if COMPANY_ROLES.contains(&role.as_str()) {
                    LAST_COMPANY
                } else {
                    return None;
                };
                by_role.get(last).copied()
            }),
        }
    })
}
