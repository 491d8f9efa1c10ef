//! Tests of how `entities` names a company or a group: by its first word ("Tillman" for
//! "Tillman Motors") unless a person of that surname is named, and whole across "for" or a title.

use super::tests::{entity, find, keys};
use super::*;

#[test]
fn a_company_named_again_by_its_first_word_is_the_company() {
    // News names a company in full once, then by its first word ("Tillman" for "Tillman
    // Motors"); split in two, each report's evidence on the company was halved.
    let found = find(
        "On Monday, Brackwell Foods said it will close its bakery on Elm Street. Brackwell said costs rose. The company blamed \
         flour prices. The town has baked bread for Brackwell for 64 years.",
    );
    let company = entity(&found, "brackwell foods").expect("the company");
    assert_eq!(company.kind, EntityKind::Group);
    assert!(company.aliases.iter().any(|a| a == "Brackwell"), "{:?}", company.aliases);
    assert!(entity(&found, "brackwell").is_none(), "{:?}", keys(&found));
}

#[test]
fn a_person_of_a_companys_first_word_keeps_it_as_surname() {
    let found = find(
        "Brackwell Foods said it will close its bakery. Ellen Brackwell, the founder's daughter, \
         said she was sad. Brackwell said the town deserved better. Brackwell said so twice.",
    );
    let person = entity(&found, "ellen brackwell").expect("the daughter");
    assert!(person.aliases.iter().any(|a| a == "Brackwell"), "{:?}", person.aliases);
}

#[test]
fn a_utility_or_health_system_named_again_by_its_first_word_is_the_company() {
    // "Northgate Power" and "Northgate" were two targets, and each report's evidence on the
    // utility was split between them.
    let found = find(
        "Northgate Power will raise rates. Northgate said the money pays for lines. Critics \
         blamed Northgate. Castlebrook Health will close the unit. Nurses faulted Castlebrook.",
    );
    let utility = entity(&found, "northgate power").expect("the utility");
    assert_eq!(utility.kind, EntityKind::Group);
    assert!(entity(&found, "northgate").is_none(), "{:?}", keys(&found));
    assert!(
        entity(&found, "castlebrook health").is_some_and(|e| e.aliases.iter().any(|a| a == "Castlebrook"))
    );
}

#[test]
fn a_companys_last_word_is_no_surname() {
    // "Castlebrook Health" is no person whose surname "Health" names them again: "Health
    // officials said" spoke for the county, not for the company.
    let found = find(
        "Castlebrook Health will close the unit. Health officials said the county was worried. \
         Health experts agreed. Castlebrook Health said it lost money.",
    );
    let company = entity(&found, "castlebrook health").expect("the company");
    assert!(!company.aliases.iter().any(|a| a == "Health"), "{:?}", company.aliases);
}

#[test]
fn people_who_band_together_for_a_cause_are_one_group() {
    let found = find(
        "Shawn Delacroix founded Harlow Parents for Health Freedom last year. Harlow Parents for \
         Health Freedom protested the order. Students for Fair Admissions sued.",
    );
    assert!(entity(&found, "harlow parents for health freedom").is_some(), "{:?}", keys(&found));
    assert!(entity(&found, "health freedom").is_none(), "{:?}", keys(&found));
    assert!(entity(&found, "students for fair admissions").is_some(), "{:?}", keys(&found));
}

#[test]
fn a_two_word_office_before_a_name_is_a_title() {
    let found = find(
        "Chief Executive Patrick Doyle said rates must rise. The Justice Department sued the \
         state. Doyle said so again. The Justice Department said the law was unlawful.",
    );
    assert!(entity(&found, "patrick doyle").is_some(), "{:?}", keys(&found));
    let member = find("Council Member Priya Nandakumar wrote the ordinance. Nandakumar said it would pass.");
    assert!(entity(&member, "priya nandakumar").is_some(), "{:?}", keys(&member));
    assert!(entity(&found, "executive patrick doyle").is_none(), "{:?}", keys(&found));
    // A title word before a body's head noun names the body.
    assert!(entity(&found, "justice department").is_some(), "{:?}", keys(&found));
    assert!(entity(&found, "department").is_none(), "{:?}", keys(&found));
}

#[test]
fn a_guild_a_league_and_a_firm_of_partners_or_capital_are_bodies() {
    // "Industrial Workers Guild" was no group, so "the union" could not refer to it, and
    // "Haldane Capital" was a Mr. Capital.
    let found = find(
        "The Industrial Workers Guild filed objections. The Citizens Budget League cheered. \
         Meridian Road Partners will run the lanes with money from Haldane Capital.",
    );
    for key in
        ["industrial workers guild", "citizens budget league", "meridian road partners", "haldane capital"]
    {
        let entity = entity(&found, key).unwrap_or_else(|| panic!("{key}: {:?}", keys(&found)));
        assert_eq!(entity.kind, EntityKind::Group, "{key}");
    }
}

#[test]
fn a_companys_first_word_with_an_adjectives_ending_still_names_it() {
    // "Meridian" ends as "Iranian" does, and stood before "spokesman" and "will": read as an
    // adjective, it named nothing, and "the company" in its spokesman's sentence went to the
    // investor named before.
    let found = find(
        "The agreement with Meridian Mobility Partners is the centerpiece.\n\nUnder the terms, Meridian will \
         set tolls.\n\nMeridian, which is backed by the investment firm Haldane Capital, operates lanes.\n\nA \
         Meridian spokesman, Colin Ashby, said the company would invest.",
    );
    let company =
        found.entities.iter().position(|e| e.key == "meridian mobility partners").expect("the company");
    let named = found.mentions.iter().filter(|m| m.entity == company).count();
    assert_eq!(named, 4, "{:?}", found.mentions);
    // A lone adjective of that ending still names nothing ("Iranian officials").
    let found = find("Iranian officials met. Iranian diplomats left.");
    assert!(entity(&found, "iranian").is_none(), "{:?}", keys(&found));
}
