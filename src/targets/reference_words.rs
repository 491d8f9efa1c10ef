//! The words that refer back to someone named before: "he", "his", "she", "her", "the" and a
//! role noun ("the senator", "the agency", "the former senator") or a description ("the New York
//! Democrat"). Part of `coref`, which decides whom each refers to.
//!
//! In: a sentence's folded text and tokens, and a token's index and word. Out: the kind of
//! reference it opens, if any.

use super::super::descriptions::description_at;
use super::super::entity::Gender;
use super::super::lexicon::is_organisation_head;
use super::super::roles::{trade_modifier, GOVERNING_ROLES, GROUP_ROLES, PERSON_ROLES};
use super::super::tokens::Token;
use super::{Case, Reference};

/// Whether the words at `i` are a pronoun, "the" + role noun (one modifier allowed between:
/// "the former senator", "the Republican senator") or a description ("the New York Democrat",
/// "the Massachusetts governor": see `descriptions`).
pub(super) fn reference_at<'w>(
    folded: &'w str,
    tokens: &[Token],
    i: usize,
    word: &str,
) -> Option<Reference<'w>> {
    // Matched as byte arrays, compared in place: as strings, each arm of the length of the
    // word called memcmp, for every token of the body.
    match word.as_bytes() {
        [b'h', b'e'] | [b'h', b'i', b'm'] => {
            return Some(Reference::Pronoun(Some(Gender::Male), Case::Subject))
        }
        [b'h', b'i', b's'] | [b'h', b'i', b'm', b's', b'e', b'l', b'f'] => {
            return Some(Reference::Pronoun(Some(Gender::Male), Case::Possessive))
        }
        [b's', b'h', b'e'] => return Some(Reference::Pronoun(Some(Gender::Female), Case::Subject)),
        [b'h', b'e', b'r'] | [b'h', b'e', b'r', b's'] | [b'h', b'e', b'r', b's', b'e', b'l', b'f'] => {
            return Some(Reference::Pronoun(Some(Gender::Female), Case::Possessive))
        }
        [b't', b'h', b'e'] => {}
        _ => return None,
    }
    for span in [2, 3] {
        let Some(noun) = tokens.get(i + span - 1) else { break };
        let role = &folded[noun.base.clone()];
        let organisation_head = is_organisation_head(role) && !GROUP_ROLES.contains(&role);
        let governing = GOVERNING_ROLES.contains(&role);
        if PERSON_ROLES.contains(&role) || GROUP_ROLES.contains(&role) || organisation_head || governing {
            // "the senator John Smith" and "the president of the company" name someone else.
            let next = tokens.get(i + span);
            // "the school board" is the board, not the school; "the authority to block" is a
            // power, not the Authority.
            let next_word = next.filter(|_| !noun.break_after).map(|n| &folded[n.base.clone()]);
            let compound = next.is_some_and(|n| !n.capitalised)
                && next_word.is_some_and(|w| {
                    is_organisation_head(w)
                        || PERSON_ROLES.contains(&w)
                        || GROUP_ROLES.contains(&w)
                        || matches!(w, "attorney" | "official" | "officials")
                });
            // "Asked the board to reverse course": only "authority" is a power before "to".
            let power = matches!(next_word, Some("to" | "over")) && !GOVERNING_ROLES.contains(&role);
            if organisation_head && (compound || power) {
                continue;
            }
            let followed_by_name = next.is_some_and(|n| n.capitalised && !noun.break_after);
            // "accused the governor of selling the road": "of" and a gerund complete the verb.
            let gerund_after = tokens
                .get(i + span + 1)
                .is_some_and(|t| !t.capitalised && folded[t.base.clone()].ends_with("ing"));
            let followed_by_of =
                next.is_some_and(|n| &folded[n.base.clone()] == "of" && !noun.break_after) && !gerund_after;
            let modifier_ok = span == 2 || !tokens[i + 1].break_after;
            // "The supply chain" and "the food chain" are no grocery chain.
            let modifier = (span == 3).then(|| &folded[tokens[i + 1].base.clone()]);
            let other_sense = !trade_modifier(role, modifier);
            if followed_by_name || followed_by_of || !modifier_ok || other_sense {
                return None;
            }
            // "the vice president" is the vice president, not the president.
            let vice = span == 3 && &folded[tokens[i + 1].base.clone()] == "vice";
            let role = if vice { &folded[tokens[i + 1].base.start..noun.base.end] } else { role };
            return Some(Reference::Role(role, span));
        }
    }
    let is_role = |w: &str| PERSON_ROLES.contains(&w);
    match description_at(folded, tokens, i, &is_role)? {
        (span, head) if is_role(head) => Some(Reference::Role(head, span)),
        (span, head) => Some(Reference::Description(span, matches!(head, "democrat" | "republican"))),
    }
}
