//! Tests of the subjects `entities` finds beside names: the plain nouns an article names the
//! thing it reports or argues over by ("the ban", "the permits"), singular and plural counted
//! together, and never a role noun or a generic noun.

use super::tests::{entity, find, keys};
use super::*;
use crate::targets::shared::shared_targets;

#[test]
fn valued_words_named_as_the_reported_thing_are_subject_words() {
    let found = find(
        "The ban starts in March. Teachers say the ban works.\n\nThis ban is popular, and the war is far away.\n\n\
         Some banned phones anyway. A ban would be terrible.",
    );
    // "ban" stands after "the"/"this" three times; "war" once; "terrible" never.
    assert_eq!(found.subject_words, ["ban"]);
}

#[test]
fn a_valued_words_singular_and_plural_count_together_as_the_subject() {
    // Once "the bonus pool", once "the bonuses": the story's subject in both numbers.
    let found = find(
        "The chief collected $145,000 of the bonus pool.\n\n\
         The chair said cutting the bonuses would not change rates.",
    );
    assert_eq!(found.subject_words, ["bonus", "bonuses"]);
}

#[test]
fn a_plain_noun_the_article_keeps_arguing_over_is_a_subject_with_every_mention() {
    let found = find(
        "The permits are fair. Nobody likes the permits at first.\n\n\
         The permits cost $2. A permit is no different from a campsite booking.\n\n\
         Critics hate the permits, but the same rules apply to all. The same rules are fair.",
    );
    let permits = entity(&found, "permits").expect("permits");
    assert_eq!(permits.kind, EntityKind::Subject);
    assert!(permits.aliases.iter().any(|a| a == "permit"), "{:?}", permits.aliases);
    let index = found.entities.iter().position(|e| e.key == "permits").unwrap();
    let mentions = found.mentions.iter().filter(|m| m.entity == index).count();
    assert_eq!(mentions, 5, "every form, singular too");
    // "the same rules": an adjective after "the" does not close the phrase.
    assert!(entity(&found, "same").is_none() && entity(&found, "rules").is_none(), "{:?}", keys(&found));
}

#[test]
fn a_role_noun_or_a_generic_noun_is_never_a_subject() {
    let found = find(
        "The senator spoke. The senator left. The senator returned.\n\n\
         The people agreed. The people left. The people returned. The senator sighed.",
    );
    assert!(!found.entities.iter().any(|e| e.kind == EntityKind::Subject), "{:?}", keys(&found));
}

#[test]
fn one_articles_permit_finds_the_others_permits() {
    let left =
        find("The permits are fair.\n\nThe permits are cheap. The permits will work. We need permits.");
    let right =
        find("The permit is unfair.\n\nThe permit is costly. The permit will fail. A permit is a toll.");
    let shared = shared_targets(&left, &right);
    assert!(shared.iter().any(|s| s.name == "permits" || s.name == "permit"), "{shared:?}");
}

#[test]
fn one_articles_bus_finds_the_others_buses() {
    let left = find("The bus is late.\n\nThe bus is full. The bus will fail. We need a bus.");
    let right = find("The buses are fine.\n\nThe buses are new. The buses will work. We ride buses.");
    let shared = shared_targets(&left, &right);
    assert!(shared.iter().any(|s| s.name == "buses" || s.name == "bus"), "{shared:?}");
    assert!(entity(&left, "bus").is_some_and(|e| !e.aliases.contains(&"buss".to_string())));
}
