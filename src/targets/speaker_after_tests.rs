//! Tests of `targets::speaker_after` through the voices `speakers` reads: the speaker after
//! a verb of saying, and a speaker whose name a description or a home town stands beside.

use crate::targets::speakers::tests::{one, said};
use crate::targets::speakers::VoiceKind;

#[test]
fn a_body_before_member_is_part_of_the_speakers_title() {
    let got =
        one("“These are nurses' aides,” said Council member Rosa Delgado, whose district has two hospitals.");
    assert_eq!(got, said(VoiceKind::Quoted, "Rosa Delgado"));
}

#[test]
fn said_the_role_then_a_name_is_that_name() {
    let got = one("“Of course I was surprised,” said the legislator, Representative Carl Seel.");
    assert_eq!(got, said(VoiceKind::Quoted, "Carl Seel"));
}

#[test]
fn a_name_after_the_verb_speaks_only_in_an_inversion() {
    assert_eq!(one("Talks are useful, said Abbas Araghchi.").1.as_deref(), Some("Abbas Araghchi"));
    // What follows "says" is what is said: the letter speaks, not Mr. Obama.
    assert_eq!(one("The letter says Mr. Obama “should not back down.”").1.as_deref(), Some("the letter"));
}

#[test]
fn where_a_person_comes_from_and_a_description_before_their_name_do_not_hide_them() {
    assert_eq!(
        one("Rep. Glenn Tully of Kentucky said the hearing was a show."),
        said(VoiceKind::Reported, "Glenn Tully")
    );
    assert_eq!(
        one("Rep. Glenn Tully of Kentucky, the top Republican on the subcommittee, said the hearing was a show."),
        said(VoiceKind::Reported, "Glenn Tully")
    );
    assert_eq!(
        one("\"This is a judge putting her politics first,\" said the state's attorney general, Mark Ellison, a Republican."),
        said(VoiceKind::Quoted, "Mark Ellison")
    );
    assert_eq!(
        one("\"The media would be camped outside his house,\" said state Sen. Doug Brenner, R-Lancaster."),
        said(VoiceKind::Quoted, "Doug Brenner")
    );
    // No title and no first name: a body "of" a place is no person.
    // (Read as the university, or as no one; never as a person called "University".)
    let university = one("The University of Michigan said the study was sound.");
    assert!(university.1.as_deref().is_none_or(|s| s.ends_with("Michigan")), "{university:?}");
}
