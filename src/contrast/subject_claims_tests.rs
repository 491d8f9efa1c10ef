use std::collections::HashSet;

use super::*;

fn claim(text: &str) -> Option<SubjectClaim> {
    let lower: HashSet<String> = ["redesigning"].iter().map(|w| w.to_string()).collect();
    subject_claim(SentenceId { passage: 0, sentence: 0 }, text, &lower)
}

fn stems(words: &[(String, Range<usize>)]) -> Vec<&str> {
    words.iter().map(|(w, _)| w.as_str()).collect()
}

#[test]
fn the_subject_ends_at_a_verb_of_being_having_or_tense() {
    let c = claim("The permits are fair, because everyone plays by the same rules.").expect("a claim");
    assert_eq!(stems(&c.subject), ["permit"]);
    assert!(c.negation.is_none());
    let text = "A shuttle alone will not fix this on the worst days.";
    let c = claim(text).expect("a claim");
    assert_eq!(stems(&c.subject), ["shuttle"]);
    assert_eq!(&text[c.negation.expect("the predicate's negation")], "not");
    assert!(stems(&c.predicate).contains(&"fix"));
}

#[test]
fn a_verb_in_s_or_ed_ends_the_subject_only_after_a_word_that_is_no_determiner() {
    let text = "The replacement charge still holds borrowers accountable for what matters.";
    let c = claim(text).expect("a claim");
    assert_eq!(stems(&c.subject), ["replacement", "charge"]);
    assert_eq!(&text[c.subject_span], "The replacement charge still");
    // "permits" after "The" is the subject's noun, not its verb.
    let c = claim("The permits will shut out the people who plan least.").expect("a claim");
    assert_eq!(stems(&c.subject), ["permit"]);
}

#[test]
fn a_frame_before_a_comma_is_not_the_subject() {
    let text = "Seven years on, maximum pressure has plainly failed to stop them.";
    let c = claim(text).expect("a claim");
    assert_eq!(&text[c.subject_span], "maximum pressure");
    // With no comma, a frame leaves no subject to read.
    assert!(claim("Since February the treasury has sanctioned scores of tankers.").is_none());
}

#[test]
fn compounds_count_by_their_parts() {
    let c = claim("The two-year runway is more than generous for small firms.").expect("a claim");
    assert_eq!(stems(&c.subject), ["year", "runway"]);
}

#[test]
fn not_just_is_no_negation() {
    let c = claim("The noise from a gas blower is not just loud.").expect("a claim");
    assert!(c.negation.is_none());
}

#[test]
fn names_titles_and_pronoun_like_subjects_are_no_matter() {
    // A capitalised first word neither article writes in lower case is a name.
    assert!(claim("Iran is engaging in talks with the United States.").is_none());
    // One the pair writes in lower case is a word; the name after it is not.
    let c = claim("Redesigning Linden does not have to take years.").expect("a claim");
    assert_eq!(stems(&c.subject), ["redesigning"]);
    assert!(claim("The superintendent is wrong about the buses again.").is_none());
    assert!(claim("Nobody likes a new rule in the park.").is_none());
    // A subject too long to be read this simply, and a fragment, are no claims.
    assert!(claim("The people who live on the avenue and drive to work every day are tired.").is_none());
    assert!(claim("The fines are fair.").is_none());
}
