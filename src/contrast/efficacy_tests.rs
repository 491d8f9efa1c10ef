//! Tests of `contrast::efficacy`: which verbs, verdicts and outcomes judge a policy, and which
//! do not.

use super::*;
use crate::text::fold::{fold, words};

/// The effect verbs after `subject` in `text`, as (verb, works, undone), read as `judged`.
fn read_as(text: &str, subject: &str, judged: Judged) -> Vec<(String, bool, bool)> {
    let folded = fold(text);
    let words = words(&folded);
    let start = folded.find(subject).expect("subject in text");
    let first = words.partition_point(|w| w.end <= start);
    let end = words.partition_point(|w| w.end < start + subject.len());
    effect_verbs(&folded, &words, &[(first, end)], judged)
        .into_iter()
        .map(|v| (folded[v.range].to_string(), v.works, v.undone_by.is_some()))
        .collect()
}

/// [`read_as`] for a policy judged by its effect.
fn read(text: &str, subject: &str) -> Vec<(String, bool, bool)> {
    read_as(text, subject, Judged::ByEffect)
}

#[test]
fn a_verb_right_after_its_subject_is_the_policys_effect() {
    assert_eq!(
        read("Sanctions have not stopped a single centrifuge.", "sanctions"),
        [("stopped".into(), true, false)]
    );
    assert_eq!(
        read("Maximum pressure is finally working.", "maximum pressure"),
        [("working".into(), true, false)]
    );
    assert_eq!(read("The deal collapsed within a year.", "deal"), [("collapsed".into(), false, false)]);
    assert_eq!(read("Sanctions changed nothing in Tehran.", "sanctions"), [("changed".into(), true, true)]);
    assert_eq!(read("Sanctions didn't work.", "sanctions"), [("work".into(), true, false)]);
}

#[test]
fn what_followed_while_the_policy_held_is_its_outcome() {
    let text =
        "During the brief implementation of the 2015 deal, key economic indicators improved significantly.";
    assert_eq!(read(text, "2015 deal"), [("improved".into(), true, false)]);
    assert_eq!(
        read("Under sanctions, living standards deteriorated.", "sanctions"),
        [("deteriorated".into(), false, false)]
    );
    // Not after the policy ended, not with the policy outside the frame, not without a frame.
    assert!(read("Since the deal collapsed, the rial has plummeted.", "deal")
        .iter()
        .all(|v| v.0 != "plummeted"));
    assert!(read("During the talks, as sanctions bit, the rial plummeted.", "sanctions").is_empty());
    assert!(read("The economy improved while sanctions were lifted.", "sanctions").is_empty());
}

#[test]
fn a_verdict_predicated_of_the_policy_judges_it() {
    assert_eq!(
        read("The 2015 deal was a bad bargain from the start.", "2015 deal"),
        [("bad".into(), false, false)]
    );
    assert_eq!(
        read("Maximum pressure has proved a failure.", "maximum pressure"),
        [("failure".into(), false, false)]
    );
    assert_eq!(read("The deal was not a success.", "deal"), [("success".into(), true, false)]);
    // Mild or neutral predicates, and a verb of effect after the copula, are not verdicts.
    assert!(read("The deal was signed in Vienna.", "deal").is_empty());
    assert!(read("Sanctions are the reason Tehran came back.", "sanctions").is_empty());
    assert_eq!(read("Sanctions are working.", "sanctions"), [("working".into(), true, false)]);
}

#[test]
fn a_condition_set_off_by_commas_keeps_the_subject() {
    let text = "Diplomacy, when done right, creates space for engagement on human rights.";
    assert_eq!(read(text, "diplomacy"), [("creates space for engagement".into(), true, false)]);
    assert_eq!(
        read("Sanctions, if enforced, will stop the program.", "sanctions"),
        [("stop".into(), true, false)]
    );
}

#[test]
fn a_topic_judged_by_consequence_is_read_only_for_what_it_brings() {
    let only = |text: &str, subject: &str| read_as(text, subject, Judged::ByConsequence).len();
    assert_eq!(only("The talks have fostered hope in Tehran.", "talks"), 1);
    // Neither a verb of success or failure nor a verdict: those judge a policy, not talks.
    assert_eq!(only("The talks have failed.", "talks"), 0);
    assert_eq!(only("Negotiating is a disgrace.", "negotiating"), 0);
}

#[test]
fn a_verb_with_another_subject_or_far_away_is_not() {
    assert!(read("Sanctions on oil, which Washington stopped, hurt.", "sanctions").is_empty());
    assert!(read("The talks, critics say, worked.", "talks").is_empty());
    assert!(read("Sanctions and the new tariffs on steel worked.", "sanctions").is_empty());
    assert!(read("Sanctions have been in place since the war stopped.", "sanctions").is_empty());
}
