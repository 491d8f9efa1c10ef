use std::collections::HashSet;

use super::*;

fn claim(text: &str) -> Option<SubjectClaim> {
    let lower: HashSet<String> = ["redesigning", "park"].iter().map(|w| w.to_string()).collect();
    subject_claim(SentenceId { passage: 0, sentence: 0 }, text, &lower)
}

fn head(text: &str) -> Option<String> {
    claim(text).map(|c| c.head.0)
}

#[test]
fn the_subject_ends_at_a_verb_of_being_having_or_tense() {
    let c = claim("The permits are fair, because everyone plays by the same rules.").expect("a claim");
    assert_eq!(c.head.0, "permit");
    assert!(c.negation.is_none());
    let text = "A shuttle alone will not fix this on the worst days.";
    let c = claim(text).expect("a claim");
    assert_eq!(c.head.0, "shuttle");
    assert_eq!(&text[c.negation.expect("the predicate's negation")], "not");
    assert!(c.predicate.iter().any(|(w, _)| w == "fix"));
}

#[test]
fn a_verb_in_s_needs_an_adverb_before_it_or_a_determiner_after_it() {
    let text = "The replacement charge still holds borrowers accountable for what matters.";
    let c = claim(text).expect("a claim");
    assert_eq!(c.head.0, "charge");
    assert_eq!(&text[c.subject_span], "The replacement charge still");
    assert_eq!(
        head("The replacement charge punishes the borrowers who lose books.").as_deref(),
        Some("charge")
    );
    // "permits" after "The" is the subject's noun; "lanes" before a verb is a plural.
    assert_eq!(head("The permits will shut out the people who plan least.").as_deref(), Some("permit"));
    assert!(claim("The new bike lanes make the street safer for everyone.").is_none());
}

#[test]
fn the_head_is_the_last_word_before_a_preposition() {
    assert_ne!(head("Critics of the levy are wrong about almost everything.").as_deref(), Some("levy"));
    assert_eq!(
        head("A proper shuttle from town would fix most of the crowding.").as_deref(),
        Some("shuttle")
    );
    // A possessive modifies the head, a name is passed over, a compound counts by its last part.
    assert_ne!(head("The levy's critics have no case at all this year.").as_deref(), Some("levy"));
    assert_eq!(head("Redesigning Linden does not have to take years.").as_deref(), Some("redesigning"));
    assert_eq!(head("The two-year runway is more than generous for small firms.").as_deref(), Some("runway"));
}

#[test]
fn a_frame_before_a_comma_is_not_the_subject() {
    let text = "Seven years on, the sanctions programme has plainly failed to stop them.";
    let c = claim(text).expect("a claim");
    assert_eq!(&text[c.subject_span], "the sanctions programme");
    // With no comma, a frame leaves no subject to read.
    assert!(claim("Since February the treasury has sanctioned scores of tankers.").is_none());
}

#[test]
fn negations_that_deny_no_claim() {
    for text in [
        "The noise from a gas blower is not just loud.",
        "The park has never been more popular with families than now.",
        "The levy leaves no family behind in the county.",
        "The trail will no doubt carry more walkers next year.",
        "The plan is not perfect, and nobody says it is.",
        "The council cannot approve the ordinance soon enough on June 3.",
        "The new trail can't open fast enough for the families on Elm Street.",
    ] {
        let c = claim(text).unwrap_or_else(|| panic!("a claim: {text}"));
        assert!(c.negation.is_none(), "{text}");
    }
}

#[test]
fn neither_nor_denies_the_predicate() {
    let c = claim("The council should neither approve nor reject the ordinance on June 3.").expect("a claim");
    let text = "The council should neither approve nor reject the ordinance on June 3.";
    assert_eq!(c.negation.map(|n| &text[n]), Some("neither"));
}

#[test]
fn eras_and_limits_are_read() {
    assert_eq!(
        claim("The old library was cramped and dismal for children.").expect("a claim").era,
        Some(Era::Before)
    );
    assert_eq!(claim("The new library is bright and welcoming.").expect("a claim").era, Some(Era::Now));
    assert!(claim("The bridge tolls can be justified only by a broke state.").expect("a claim").limited);
}

#[test]
fn views_conditions_questions_and_concessions_are_no_claims() {
    for text in [
        "Iran is engaging in talks with the United States.",
        "The superintendent is wrong about the buses again.",
        "Nobody likes a new rule in the park.",
        "I doubt the youth curfew is fair to teenagers.",
        "We should adopt the bag ban before the summer.",
        "Granted, the stadium plan is well meant and its goals are admirable.",
        "The plan would be fair if the team paid for it.",
        "The levy is a disaster, according to its critics.",
        "The curfew plan is a fine solution, right?!",
        "The people who live on the avenue and drive to work every day are tired.",
        "The fines are fair.",
    ] {
        assert!(claim(text).is_none(), "{text}");
    }
}
