//! Tests of how `entities` names a company again: by its first word ("Tillman" for "Tillman
//! Motors"), unless a person of that surname is named.

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
