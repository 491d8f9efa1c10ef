//! The words around a name that say it is a body's, not a person's: its officers, staff and
//! customers after it ("Chick-fil-A president Dan Cathy", "a Climate Reckoning spokesman"), its
//! members or an office only a body has before it ("members of Climate Reckoning", "the chief
//! executive of Corrow Appliances"), or a description of it as a group set
//! off by commas ("Climate Reckoning, an activist group,"). Invented names of advocacy groups
//! look like a person's two names, and a group read as a person makes no case of its own.
//!
//! In: a sentence's folded text and tokens, and where a name runs. Out: yes or no.

use super::lexicon::is_group_head;
use super::tokens::Token;

/// Nouns that, after a name or its possessive, say it is an organisation: it has officers,
/// staff, customers ("Chick-fil-A president Dan Cathy", "the company's restaurants").
#[rustfmt::skip]
const ORGANISATION_PARTS: &[&str] = &[
    "president", "spokesman", "spokeswoman", "spokesperson", "ceo", "chairman", "chairwoman",
    "founder", "executives", "employees", "workers", "owner", "stores", "restaurants",
    "restaurant", "customers", "shareholders", "franchise", "headquarters",
];

/// Words for a body's members before "of" ("members of the coalition").
const MEMBERS: &[&str] = &["member", "members", "membership"];

/// Offices before "of" that only an organisation has ("the chief executive of …", "a
/// spokeswoman for" is read elsewhere).
const OFFICES_OF_BODIES: &[&str] =
    &["executive", "ceo", "spokesman", "spokeswoman", "spokesperson", "chairman", "chairwoman", "founder"];

/// Lower-case words a description may hold before its group noun ("an activist group", "a
/// national advocacy group").
const DESCRIPTION_WORDS: usize = 2;

/// Whether the words around the name at `tokens[start..end]` say it is a body.
pub(super) fn says_body(folded: &str, tokens: &[Token], start: usize, end: usize) -> bool {
    let word = |i: usize| &folded[tokens[i].base.clone()];
    let last = &tokens[end - 1];
    let part_after =
        !last.break_after && tokens.get(end).is_some_and(|_| ORGANISATION_PARTS.contains(&word(end)));
    // "members of Climate Reckoning", "members of the Tenants Union".
    let mut before = start;
    if before > 0 && word(before - 1) == "the" && !tokens[before - 1].break_after {
        before -= 1;
    }
    // "members and supporters of …": one more noun joined by "and".
    let members_at = |i: usize| i < before && !tokens[i].break_after && MEMBERS.contains(&word(i));
    let members_of = before >= 2
        && word(before - 1) == "of"
        && (members_at(before - 2) || before >= 4 && word(before - 3) == "and" && members_at(before - 4));
    // "the chief executive of Corrow Appliances": an office only a body has (not "president",
    // which a country has too).
    let office_of = before >= 2
        && word(before - 1) == "of"
        && !tokens[before - 2].break_after
        && OFFICES_OF_BODIES.contains(&word(before - 2));
    part_after
        || members_of
        || office_of
        || named_as_group(folded, tokens, start)
        || described_as_group(folded, tokens, end)
}

/// Whether the words around the name say what it is, a group ("a group called …", "…, an
/// activist group,"), rather than that it has staff: a place has those too ("United States
/// president"), so only these overrule a place's head word in the name ("Save Linden Park").
pub(super) fn names_a_group(folded: &str, tokens: &[Token], start: usize, end: usize) -> bool {
    named_as_group(folded, tokens, start) || described_as_group(folded, tokens, end)
}

/// "a group called Save Linden Park", "A neighborhood group, Save Linden Park, had …": a group
/// noun right before the name, joined by "called" or "named", or set off by a comma.
fn named_as_group(folded: &str, tokens: &[Token], start: usize) -> bool {
    let word = |i: usize| &folded[tokens[i].base.clone()];
    let lower_head = |i: usize| !tokens[i].capitalised && is_group_head(word(i));
    if start >= 2 && matches!(word(start - 1), "called" | "named") && !tokens[start - 2].break_after {
        return lower_head(start - 2);
    }
    let comma = start >= 2
        && folded
            .get(tokens[start - 1].full.end..tokens[start].full.start)
            .is_some_and(|gap| gap.trim() == ",");
    if !comma || !lower_head(start - 1) {
        return false;
    }
    // Introduced as one group among others ("A neighborhood group, …"), not a gathering the
    // person is in ("In the group, Jane Roe spoke").
    (start.saturating_sub(DESCRIPTION_WORDS + 2)..start - 1)
        .rev()
        .take_while(|&i| i + 1 == start - 1 || !tokens[i].break_after)
        .any(|i| matches!(word(i), "a" | "an"))
}

/// "Climate Reckoning, an activist group, sat …": a comma, an article, at most two lower-case
/// words and a group noun that closes the description with a comma or the sentence's end.
fn described_as_group(folded: &str, tokens: &[Token], end: usize) -> bool {
    let Some(article) = tokens.get(end) else { return false };
    let comma = folded.get(tokens[end - 1].full.end..article.full.start).is_some_and(|gap| gap.trim() == ",");
    if !comma {
        return false;
    }
    if !matches!(&folded[article.base.clone()], "a" | "an") || article.break_after {
        return false;
    }
    (end + 1..tokens.len()).take(DESCRIPTION_WORDS + 1).any(|i| {
        let lower = !tokens[i].capitalised;
        let word = &folded[tokens[i].base.clone()];
        let head = is_group_head(word) || word == "nonprofit";
        let closes = tokens[i].break_after || i + 1 == tokens.len();
        let plain_before = (end + 1..i).all(|j| !tokens[j].capitalised && !tokens[j].break_after);
        lower && head && closes && plain_before
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::targets::tokens::{fold_fast, tokenize};

    /// Whether the words around `name` in `sentence` say it is a body's.
    fn body(sentence: &str, name: &str) -> bool {
        let (folded, tokens) = (fold_fast(sentence), tokenize(sentence));
        let at = sentence.find(name).expect("the name is in the sentence");
        let start = tokens.iter().position(|t| t.base.start == at).expect("a word starts the name");
        let end = tokens.iter().position(|t| t.base.end >= at + name.len()).expect("a word ends it") + 1;
        says_body(&folded, &tokens, start, end)
    }

    #[test]
    fn an_office_after_the_name_says_body() {
        assert!(body("Chick-fil-A president Dan Cathy spoke.", "Chick-fil-A"));
        assert!(body("Jonah Whitley, a Climate Reckoning spokesman, was unapologetic.", "Climate Reckoning"));
        // Set off by a comma, the office is the person's own ("Jane Roe, president of …").
        assert!(!body("Jane Roe, president of the union, spoke.", "Jane Roe"));
    }

    #[test]
    fn members_before_the_name_say_body() {
        assert!(body("About 300 members and supporters of Climate Reckoning sat down.", "Climate Reckoning"));
        assert!(body("Two members of the Harbor Tenants Union spoke.", "Harbor Tenants Union"));
        assert!(!body("Two supporters of Jane Roe spoke.", "Jane Roe"));
        assert!(!body("The friends of Jane Roe spoke.", "Jane Roe"));
    }

    #[test]
    fn a_group_noun_naming_the_name_says_body() {
        assert!(body("Homeowners were organized by a group called Save Linden Park.", "Save Linden Park"));
        assert!(body("A neighborhood group, Save Linden Park, gathered signatures.", "Save Linden Park"));
        // A person is no group's name; a group noun elsewhere says nothing.
        assert!(!body("The group's founder, Jane Roe, spoke.", "Jane Roe"));
        assert!(!body("A man called Jane Roe spoke.", "Jane Roe"));
        assert!(!body("After the group left, Jane Roe spoke.", "Jane Roe"));
        assert!(!body("In the group, Jane Roe spoke first.", "Jane Roe"));
    }

    #[test]
    fn an_office_only_a_body_has_before_the_name_says_body() {
        assert!(body("Paul Ferrante, the chief executive of Corrow Appliances, spoke.", "Corrow Appliances"));
        assert!(body("A spokeswoman of Climate Reckoning declined to comment.", "Climate Reckoning"));
        // A country has a president; a person has friends and a biographer.
        assert!(!body("The president of Costa Rica spoke.", "Costa Rica"));
        assert!(!body("The biographer of Jane Roe spoke.", "Jane Roe"));
    }

    #[test]
    fn a_description_as_a_group_set_off_by_commas_says_body() {
        assert!(body("Climate Reckoning, an activist group, sat across the lanes.", "Climate Reckoning"));
        assert!(body("It was led by Safe Harbor, a nonprofit.", "Safe Harbor"));
        // A person described by their work at a group, or by a group word that is no head.
        assert!(!body("Mary Stone, a high school teacher, spoke.", "Mary Stone"));
        assert!(!body("Mary Stone, a member of the group, spoke.", "Mary Stone"));
        assert!(!body("Mary Stone, a Green Party candidate, spoke.", "Mary Stone"));
    }
}
