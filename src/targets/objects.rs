//! Whose object a word is: a name or a group after a preposition ("Critics of the agency",
//! "lawyers for the tenants") is whom others speak of, not who speaks — unless an officer
//! stands before the preposition ("a spokeswoman for the authority"), who speaks for it.
//!
//! In: the folded sentence and its tokens. Out: yes or no for a token.

use super::tokens::Token;

/// Prepositions whose object is whom others speak of, not who speaks ("Critics of Mayor Park",
/// "lawyers for the tenants").
pub(super) const OBJECT_PREPOSITIONS: &[&str] =
    &["of", "for", "with", "to", "at", "from", "about", "against", "on", "by", "among"];

/// Whether the word before token `k` (past a determiner) is a preposition: the word at `k` is
/// then the object of another ("Critics of Mayor Park", "lawyers for the tenants").
pub(super) fn after_preposition(folded: &str, tokens: &[Token], k: usize) -> bool {
    let mut b = k;
    while b > 0 {
        b -= 1;
        let w = &folded[tokens[b].base.clone()];
        if matches!(w, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "some" | "many") {
            continue;
        }
        return OBJECT_PREPOSITIONS.contains(&w);
    }
    false
}

/// Whether the word before the preposition in front of token `k` is an office ("a spokeswoman
/// for the authority", "the director of the department"): the object is whom the officer
/// speaks for.
pub(super) fn officer_before_preposition(folded: &str, tokens: &[Token], k: usize) -> bool {
    let mut b = k;
    while b > 0 {
        b -= 1;
        let w = &folded[tokens[b].base.clone()];
        if matches!(w, "the" | "a" | "an" | "its" | "their") {
            continue;
        }
        return matches!(w, "for" | "of" | "at")
            && b > 0
            && super::affiliation::OFFICES.contains(&&folded[tokens[b - 1].base.clone()]);
    }
    false
}
