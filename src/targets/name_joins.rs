//! Lower-case words and possessives inside one organisation's name: "Department of Parks and
//! Outdoor Recreation", "Parks for All Coalition", "Ashby County Sheriff's Office". A capitalised
//! run otherwise stops at them, and each of those names came out as two entities ("Department of
//! Parks" and "Outdoor Recreation", "Ashby County Sheriff" and "Office"), or as a bare
//! "Coalition": the office was never the one its officers speak for, and "the office" referred
//! to a name of its own.
//!
//! Each join is narrow, because a list of names ("Lindenwood and Cedar Hill", "Democrats and
//! Republicans") and a possessive before a name ("Obama's Campaign") must stay apart.

use super::first_names::first_name_gender;
use super::lexicon::{
    is_calendar, is_group_head, is_group_speaker, is_place_head, is_public_group, is_title_word,
};
use super::name_words::is_party_word;
use super::tokens::Token;

/// How many words before a joining word are read: an organisation's name is short.
const NEAR: usize = 8;

/// Offices whose names list their fields with "and" after "of": "Department of Health and Human
/// Services", "Office of Management and Budget", "Board of Elections and Ethics".
const FIELD_LIST_HEADS: &[&str] = &["department", "ministry", "office", "bureau", "division", "board"];

/// What an office holder's possessive may own as the name of an institution ("Sheriff's Office",
/// "Attorney General's Office", "Children's Hospital").
const POSSESSED_INSTITUTIONS: &[&str] = &["office", "department", "hospital", "association", "union", "fund"];

/// Plural owners that name an institution with a possessive ("Children's Hospital").
const POSSESSIVE_OWNERS: &[&str] = &["children", "women", "people", "veterans"];

/// Whether the lower-case word at `at` ("and", "for") joins the capitalised run
/// `tokens[start..at]` to the capitalised words after it, as part of one organisation's name.
/// `name_like` says whether a token may be part of a name at all.
pub(super) fn joins_run(
    folded: &str,
    tokens: &[Token],
    start: usize,
    at: usize,
    name_like: &dyn Fn(&Token) -> bool,
) -> bool {
    let word = |i: usize| &folded[tokens[i].base.clone()];
    let (Some(before), Some(next)) = (at.checked_sub(1).filter(|&b| b >= start), tokens.get(at + 1)) else {
        return false;
    };
    let prev = &tokens[before];
    if prev.break_after || prev.possessive || tokens[at].break_after || !name_like(next) {
        return false;
    }
    let next_word = word(at + 1);
    // After "and" or "for" comes a new name when it opens with a title, a first name, a date
    // or an organisation of its own ("the Board of Regents and Board of Trustees").
    if is_title_word(next_word) || is_calendar(next_word) || first_name_gender(next_word).is_some() {
        return false;
    }
    // Only the words just before count: a run of thousands of names joined by "and" costs no
    // more per join than a short one.
    let near = start.max(at.saturating_sub(NEAR));
    // A run that opens with a title or a first name is a person's: "Gov. Greg Abbott and Texas
    // Education Agency officials" are two.
    let opener = word(start);
    if is_title_word(opener) || first_name_gender(opener).is_some() {
        return false;
    }
    // The capitalised words after the joining word, up to the name's end.
    let tail: Vec<&str> = (at + 1..tokens.len().min(at + 5))
        .take_while(|&i| name_like(&tokens[i]))
        .scan(false, |ended, i| {
            let stop = *ended;
            *ended = tokens[i].break_after || tokens[i].possessive;
            (!stop).then_some(i)
        })
        .map(word)
        .collect();
    let ends_in_body =
        tail.last().is_some_and(|w| is_group_head(w) && !is_party_word(w.trim_end_matches('s')));
    match word(at) {
        "and" => {
            // "Department of Labor and Labor Secretary Julie Su", "Ministry of Defence and
            // Foreign Office": a title or a body of its own after "and" is another name.
            let another =
                tail.iter().any(|w| is_title_word(w) || is_group_head(w) && !w.starts_with("service"));
            let fields = (near..before).any(|i| FIELD_LIST_HEADS.contains(&word(i)) && word(i + 1) == "of");
            !is_group_head(next_word)
                && (fields && !another || joined_body(folded, tokens, start, at, name_like))
        }
        // "Center for American Progress", "Parks for All Coalition"; not "the Jets for
        // Minnesota" nor "the State Department for Iran". People who band together for a
        // cause name their group for it: "Parents for Health Freedom", "Students for Fair
        // Admissions".
        "for" => {
            let owner = word(before);
            let plural = owner.len() > 3 && owner.ends_with('s') && !prev.acronym;
            let people = is_public_group(owner) || is_group_speaker(owner) && plural;
            !is_party_word(owner.trim_end_matches('s'))
                && (ADVOCATES.contains(&owner) || plural && ends_in_body || people)
        }
        _ => false,
    }
}

/// Organisations named for what they stand for ("Center for American Progress", "Campaign for
/// Accountability").
const ADVOCATES: &[&str] = &[
    "center",
    "centre",
    "campaign",
    "coalition",
    "alliance",
    "committee",
    "fund",
    "foundation",
    "institute",
    "league",
    "association",
    "society",
    "network",
    "council",
    "union",
    "citizens",
    "americans",
];

/// Heads of a public body that two fields joined by "and" may name ("Water and Sewer Utility");
/// a company's ("Exxon Mobil and Chevron Corp.", "… and Wells Fargo Bank") is two companies.
const PUBLIC_BODY_HEADS: &[&str] = &[
    "utility",
    "utilities",
    "committee",
    "department",
    "authority",
    "board",
    "commission",
    "office",
    "bureau",
    "service",
    "services",
    "district",
    "agency",
    "council",
    "administration",
    "division",
];

/// "Brannock County Water and Sewer Utility", "House Ways and Means Committee": two or more
/// words before "and", and after it one or two words and an organisation's head noun. A name
/// before "and" that is a body of its own ("Senate and House Committee") stands apart.
fn joined_body(
    folded: &str,
    tokens: &[Token],
    start: usize,
    at: usize,
    name_like: &dyn Fn(&Token) -> bool,
) -> bool {
    let word = |i: usize| &folded[tokens[i].base.clone()];
    let before = word(at - 1);
    // "Ministry of Defence and Foreign Office": a body named in full before "and" is one name.
    let named_in_full =
        (start.max(at.saturating_sub(NEAR))..at - 1).any(|i| is_group_head(word(i)) && word(i + 1) == "of");
    if at - start < 2 || is_group_head(before) || is_place_head(before) || named_in_full {
        return false;
    }
    let mut i = at + 1;
    while i < tokens.len() && i <= at + 3 && name_like(&tokens[i]) {
        let w = word(i);
        if i > at + 1 && PUBLIC_BODY_HEADS.contains(&w) {
            return true;
        }
        if tokens[i].break_after || tokens[i].possessive {
            break;
        }
        i += 1;
    }
    false
}

/// Whether the possessive at `owner` and the capitalised word after it are one institution's
/// name ("Sheriff's Office"): the owner is an office holder's title or a plural owner, and what
/// it owns an institution.
pub(super) fn possessive_joins(
    folded: &str,
    tokens: &[Token],
    owner: usize,
    name_like: &dyn Fn(&Token) -> bool,
) -> bool {
    let (Some(owned), true) = (tokens.get(owner + 1), tokens[owner].possessive) else { return false };
    let owner_word = &folded[tokens[owner].base.clone()];
    name_like(owned)
        && POSSESSED_INSTITUTIONS.contains(&&folded[owned.base.clone()])
        && (is_title_word(owner_word) || POSSESSIVE_OWNERS.contains(&owner_word))
}

#[cfg(test)]
mod tests {
    use crate::targets::entities::{find_entities, EntityKind};

    fn names(text: &str) -> Vec<(String, EntityKind)> {
        let article = crate::article::Article::parse("t", text);
        let found = find_entities(&article);
        found.entities.iter().map(|e| (e.name.clone(), e.kind)).collect()
    }

    fn has(text: &str, name: &str) -> bool {
        names(text).iter().any(|(n, _)| n == name)
    }

    #[test]
    fn a_department_keeps_its_fields_joined_by_and() {
        let text = "Title: T\n\nThe plan came from the Department of Parks and Outdoor Recreation on Tuesday.\n\nThe Department of Parks and Outdoor Recreation said fees would rise.\n";
        assert!(has(text, "Department of Parks and Outdoor Recreation"), "{:?}", names(text));
        assert!(!has(text, "Outdoor Recreation"), "{:?}", names(text));
    }

    #[test]
    fn a_list_of_names_stays_apart() {
        let text = "Title: T\n\nThe branches at Lindenwood and Cedar Hill will close, and Democrats and Republicans both objected.\n\nLindenwood and Cedar Hill are small.\n";
        assert!(has(text, "Lindenwood"), "{:?}", names(text));
        assert!(has(text, "Cedar Hill"), "{:?}", names(text));
        assert!(!names(text).iter().any(|(n, _)| n.contains(" and ")), "{:?}", names(text));
    }

    #[test]
    fn and_before_a_title_or_a_new_body_starts_a_new_name() {
        let text = "Title: T\n\nThe Department of Justice and Attorney General Eric Holder disagreed with the Board of Regents and Board of Trustees.\n";
        assert!(!names(text).iter().any(|(n, _)| n.contains(" and ")), "{:?}", names(text));
    }

    #[test]
    fn a_body_named_by_two_fields_joined_by_and_is_one_name() {
        let text = "Title: T\n\nThe Brannock County Water and Sewer Utility raised rates, and the House Ways and Means Committee met.\n";
        assert!(has(text, "Brannock County Water and Sewer Utility"), "{:?}", names(text));
        assert!(has(text, "House Ways and Means Committee"), "{:?}", names(text));
        let text = "Title: T\n\nNeither Senator Obama and Congress nor the Senate and House Committee agreed with Fulton County and Cedar Hill Council.\n";
        assert!(!names(text).iter().any(|(n, _)| n.contains(" and ")), "{:?}", names(text));
    }

    #[test]
    fn for_joins_an_advocacy_group_name() {
        let text = "Title: T\n\nJasmine Reyes, director of the Parks for All Coalition, objected. The Center for American Progress agreed.\n";
        assert!(has(text, "Parks for All Coalition"), "{:?}", names(text));
        assert!(has(text, "Center for American Progress"), "{:?}", names(text));
        assert!(!has(text, "Coalition"), "{:?}", names(text));
    }

    #[test]
    fn names_the_review_found_joined_stay_apart() {
        for text in [
            "Exxon Mobil and Chevron Corp. cut jobs, and JPMorgan Chase and Wells Fargo Bank raised fees.",
            "Gov. Greg Abbott and Texas Education Agency officials met on Monday.",
            "The Ministry of Defence and Foreign Office said the talks would go on.",
            "The Department of Labor and Labor Secretary Julie Su announced the rule.",
            "Sam Darnold left the Jets for Minnesota, and the State Department for Iran issued a waiver.",
        ] {
            let found = names(&format!("Title: T\n\n{text}\n"));
            assert!(
                !found.iter().any(|(n, _)| n.contains(" and ") || n.contains(" for ")),
                "{text}: {found:?}"
            );
        }
        let text = "Title: T\n\nThe Department of Health and Human Services and the Office of Management and Budget agreed.\n";
        assert!(has(text, "Department of Health and Human Services"), "{:?}", names(text));
        assert!(has(text, "Office of Management and Budget"), "{:?}", names(text));
    }

    #[test]
    fn for_after_a_party_or_a_person_joins_nothing() {
        let text = "Title: T\n\nRepublicans for Romney met, and Senator Obama for President was a slogan. Walker voted for Ohio.\n";
        assert!(!names(text).iter().any(|(n, _)| n.contains(" for ")), "{:?}", names(text));
    }

    #[test]
    fn a_sheriffs_office_is_one_organisation() {
        let text = "Title: T\n\nThe Ashby County Sheriff's Office renewed the contract. Sheriff Wade Hollister signed it.\n";
        let found = names(text);
        assert!(
            found.iter().any(|(n, k)| n == "Ashby County Sheriff's Office" && *k == EntityKind::Group),
            "{found:?}"
        );
        assert!(!has(text, "Office"), "{found:?}");
        assert!(has(text, "Wade Hollister"), "{found:?}");
    }

    #[test]
    fn a_possessive_before_a_person_or_a_thing_stays_apart() {
        let text = "Title: T\n\nObama's Campaign ended. Governor Perry's Office Depot speech was long. Sheriff Arpaio's Department staff stayed.\n";
        let found = names(text);
        assert!(!found.iter().any(|(n, _)| n.contains("Obama's")), "{found:?}");
    }
}
