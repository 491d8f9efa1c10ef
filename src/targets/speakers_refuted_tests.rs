//! Tests of how `speakers` marks a view set up to be knocked down: refuted as a whole when the
//! next sentence answers it, rebutted within one sentence, a point granted then turned from,
//! and a label that others give (theirs, not refuted).

use super::tests::{one, read, said};
use super::*;

#[test]
fn a_view_answered_in_the_next_sentence_is_refuted_as_a_whole() {
    let got = read(
        "They argue that engaging with Iran lends it legitimacy. This framing is seductive, but it fails.",
    );
    assert_eq!(got[0], said(VoiceKind::Refuted, "they"));
    assert_eq!(got[1], (VoiceKind::Author, None));
    let got = read("Critics argue that the deal failed. In fact, inspectors verified compliance.");
    assert_eq!(got[0].0, VoiceKind::Refuted);
    let got = read("Critics argue that the deal failed. But this claim ignores the inspections.");
    assert_eq!(got[0].0, VoiceKind::Refuted);
    // A turn that does not deny the view is another consideration: the view stays reported.
    let got = read(
        "Analysts warn the overtures may be tactical, buying time abroad. However, the backlash at home \
         poses clear risks to the regime.",
    );
    assert_eq!(got[0], said(VoiceKind::Reported, "analysts"));
    // A named speaker answered by another is not the writer's rebuttal.
    let got = read("Obama said the deal worked. But Romney said it failed.");
    assert_eq!(got[0], said(VoiceKind::Reported, "Obama"));
}

#[test]
fn critics_claim_but_in_one_sentence_is_rebutted_not_refuted() {
    // The clause after "but" is the writer's own: the sentence is not wholly the view.
    assert_eq!(
        one("Critics claim the deal failed, but inspectors verified compliance every year."),
        said(VoiceKind::Rebutted, "critics")
    );
}

#[test]
fn to_suggest_that_is_false_is_refuted() {
    let text = "To suggest that sanctions and isolation help the Iranian people is not only empirically \
                false but morally indefensible.";
    assert_eq!(one(text).0, VoiceKind::Refuted);
    assert_eq!(one("To suggest a compromise, the envoy flew to Oman.").0, VoiceKind::Author);
}

#[test]
fn a_label_others_give_is_theirs_not_refuted() {
    // The writer distances themself from the label without saying the opposite.
    assert_eq!(one("Mohammadi has been branded as a traitor by the state media.").0, VoiceKind::Labelled);
    assert_eq!(one("The company branded its new phone as a breakthrough.").0, VoiceKind::Author);
    assert_eq!(
        one("Dialogue has been branded, officially and repeatedly, as a betrayal of the revolution.").0,
        VoiceKind::Labelled
    );
}

#[test]
fn a_point_granted_and_then_turned_from_is_conceded() {
    let kinds = |body: &str| read(body).into_iter().map(|(k, _)| k).collect::<Vec<_>>();
    assert_eq!(
        kinds("Critics are right that the 2015 deal had flaws. But it was working when Washington left it."),
        [VoiceKind::Conceded, VoiceKind::Author]
    );
    assert_eq!(
        kinds("Granted, sanctions hurt ordinary families. Yet they are the only leverage left."),
        [VoiceKind::Conceded, VoiceKind::Author]
    );
    // A grant the writer does not turn from is their claim; so is one in another paragraph.
    assert_eq!(
        kinds("Critics are right that the 2015 deal had flaws. Its sunset clauses came too soon."),
        [VoiceKind::Author, VoiceKind::Author]
    );
    assert_eq!(
        kinds("Critics are right that the deal had flaws.\n\nBut the talks go on in Oman this week."),
        [VoiceKind::Author, VoiceKind::Author]
    );
    // "right that" far into the sentence is no grant by its opening.
    assert_eq!(
        kinds("The officials who spoke to reporters on Monday in Muscat were right that the talks would stall. But they resumed."),
        [VoiceKind::Author, VoiceKind::Author]
    );
}
