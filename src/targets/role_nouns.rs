//! Role nouns resolved ("the senator", "the administration", "the board"): to the latest entity
//! seen with that title, the group whose name holds the word, or, for the generic ones, the
//! group the article last named or is about; "the sheriff's office" to the office named after
//! its holder. Part of `coref`, which finds the role nouns and
//! keeps the mentions they look back at.
//!
//! In: the article's entities, the mentions seen so far and the role each named entity holds.
//! Out: the entity a role noun stands for, if any.

use rustc_hash::FxHashMap as HashMap;

use super::super::entity::{ArticleEntities, Entity, EntityKind};
use super::super::lexicon::{canonical_title, is_organisation_head};
use super::super::roles::{
    board_governed, may_be_agency, may_be_company, role_key, COMPANY_ROLES, GOVERNING_ROLES, GROUP_ROLES,
    LAST_AGENCY, LAST_COMPANY, ORGANISATION_ROLES, PERSON_ROLES,
};
use super::super::tokens::Token;
use super::{latest, possessive_at, Seen};
use crate::text::fold::fold;

/// The institution "the board" or "the trustees" govern where the article names no such body:
/// the group it names most often (the first named of equals), if a board governs its kind
/// ("Marlow Public Library", "Ridgeline Community College"; not a sheriff's office).
pub(super) fn governed_institution(entities: &ArticleEntities) -> Option<usize> {
    let main = entities.main_group(|_| true)?;
    board_governed(&entities.entities[main].key).then_some(main)
}

/// A role noun where `reference_at` found it: the words from "the" (`span` of them, from token
/// `start`) and the role.
pub(super) struct RoleAt<'a, 'w> {
    pub folded: &'w str,
    pub tokens: &'a [Token],
    pub start: usize,
    pub role: &'w str,
    pub span: usize,
}

impl RoleAt<'_, '_> {
    /// The entity the role noun refers to, and the words it spans ("the sheriff's office" is
    /// one word longer than the role noun).
    pub fn resolve(
        &self,
        entities: &ArticleEntities,
        recent: &[Seen],
        by_role: &HashMap<String, usize>,
        governed: Option<usize>,
    ) -> (Option<usize>, usize) {
        let RoleAt { folded, tokens, start, role, span } = *self;
        // "The sheriff's office" is the office, not the sheriff. The offices are looked for
        // only where a role noun may stand for one, not at every role noun.
        if office_word_after(folded, tokens, start + span - 1) {
            if let Some(office) = office_of(entities, role) {
                return (Some(office), span + 1);
            }
        }
        let end = tokens[start + span - 1].base.end;
        let modifiers = tokens.get(start + 1..start + span - 1).unwrap_or_default();
        let resolved = resolve_role(entities, recent, by_role, role)
            .filter(|&e| names_fit(&entities.entities[e], folded, role, modifiers))
            // "the board's chair" is an office the affiliations read, not a reference; "the
            // school board" governs a school district, "the county board" not the library.
            .or_else(|| {
                governed.filter(|&e| {
                    GOVERNING_ROLES.contains(&role)
                        && !possessive_at(folded, end)
                        && names_fit(&entities.entities[e], folded, role, modifiers)
                })
            })
            // Before any sheriff is named, "the sheriff" is the office the story names ("'The
            // sheriff is building a surveillance system,' said …"); "the former sheriff" is not.
            .or_else(|| (span == 2).then(|| office_of(entities, role)).flatten());
        (resolved, span)
    }
}

/// The office an officer heads, named after the office-holder ("the Pinecrest County Sheriff's
/// Office", "the Office of the District Attorney"): what "the sheriff's office" refers to, and
/// "the sheriff" where no sheriff has been named yet. The office is a group of the article, and
/// the only one named after that holder.
fn office_of(entities: &ArticleEntities, role: &str) -> Option<usize> {
    let role = role.rsplit(' ').next()?;
    // The shown name, as the key drops the possessive.
    let named_after = |name: &str| {
        let name = fold(name).replace('’', "'");
        name.strip_suffix(" office")
            .and_then(|k| k.strip_suffix("'s"))
            .is_some_and(|k| k == role || k.ends_with(&format!(" {role}")))
            || name.starts_with(&format!("office of the {role}"))
    };
    if !PERSON_ROLES.contains(&role) {
        return None;
    }
    let mut offices = (0..entities.entities.len()).filter(|&e| {
        entities.entities[e].kind == EntityKind::Group && named_after(&entities.entities[e].name)
    });
    // Of two sheriff's offices, the words do not say which.
    let first = offices.next()?;
    offices.next().is_none().then_some(first)
}

/// Whether the role noun at token `noun` is a possessive followed by "office" ("the sheriff's
/// office").
fn office_word_after(folded: &str, tokens: &[Token], noun: usize) -> bool {
    let Some(role) = tokens.get(noun) else { return false };
    role.possessive
        && !role.break_after
        && tokens.get(noun + 1).is_some_and(|t| &folded[t.base.clone()] == "office")
}

/// Whether the names among a role noun's modifiers fit the entity it resolved to: "the Romney
/// campaign" is no "Obama campaign", "the Bush administration" no newspaper. Only for groups:
/// a person's modifier is a place or party ("the Texas governor"). After an organisation's
/// head noun every modifier must be in its name: "the emergency department" is no Department
/// of Health, "the school board" is the Maple Ridge School Board.
fn names_fit(entity: &Entity, folded: &str, role: &str, modifiers: &[Token]) -> bool {
    let in_name = |t: &&Token| entity.key.split(' ').any(|w| w == &folded[t.base.clone()]);
    let any_case = is_organisation_head(role) && !GROUP_ROLES.contains(&role);
    entity.kind == EntityKind::Person
        || modifiers.iter().filter(|t| any_case || t.capitalised && !t.acronym).all(|t| in_name(&t))
}

/// A person role resolves to the latest entity in the paragraph seen with that title, else
/// the latest one in the article; a group role to the latest group whose name ends in it ("the
/// Obama administration"), else (for the generic ones) the latest group (or unclassified name)
/// or, for "the regime" and "the government", the latest place (a country stands for its
/// government).
fn resolve_role(
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
            // "The company" is no party of people named since ("… from Democrats about the
            // company's insulin").
            _ => latest(recent, |e| {
                let key = &entities.entities[e].key;
                let company = !COMPANY_ROLES.contains(&role.as_str()) || may_be_company(key);
                let agency = !ORGANISATION_ROLES.contains(&role.as_str()) || may_be_agency(key);
                matches!(kind(e), EntityKind::Group | EntityKind::Other) && company && agency
                    || state && kind(e) == EntityKind::Place
            })
            // "The agency decided …" in a paragraph that names none: the organisation the
            // article last named (a news report names its institution once, early).
            .or_else(|| {
                let last = if ORGANISATION_ROLES.contains(&role.as_str()) {
                    LAST_AGENCY
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
