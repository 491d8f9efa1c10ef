use crate::compare::{compare_texts, Comparison, Side};
use crate::contrast::evidence::CueKind;
use crate::contrast::{Contrast, Detail};

fn matter(c: &Comparison) -> Option<&Contrast> {
    c.contrasts.iter().find(|x| matches!(x.detail, Detail::Matter { .. }))
}

const OPENING: &str = "The county board voted on Tuesday to end overdue fines at every branch library.";

#[test]
fn opposite_readings_of_one_subject_are_a_contrast() {
    let c = compare_texts(
        &format!("{OPENING}\n\nThe replacement charge is a fair and sensible way to keep borrowers honest."),
        &format!("{OPENING}\n\nThe replacement charge is a cruel and useless way to keep borrowers honest."),
    );
    let m = matter(&c).expect("a matter contrast");
    let why = crate::report::reason::contrast_reason(&c.targets, c.articles(), m);
    assert!(why.starts_with("on \"charge\": left says positive"), "{why}");
    assert!(why.contains("right says negative"), "{why}");
    assert!(why.ends_with("(both in the authors' own voice)"), "{why}");
    // Views with a heading show the matter there, not again in the reason.
    let summary = crate::report::reason::contrast_summary(c.articles(), m);
    assert!(summary.starts_with("left says positive"), "{summary}");
    assert_eq!(c.contrast_label(m), "“charge”");
    // Each side's evidence is the lexicon's words, as spans of its own sentence.
    let left = c.sentence(Side::Left, m.left);
    let words: Vec<&str> = m.evidence[0].supporting().map(|cue| &left[cue.span.clone()]).collect();
    assert!(words.contains(&"fair"), "{words:?}");
}

#[test]
fn a_predicate_denied_on_one_side_is_a_contrast() {
    let c = compare_texts(
        &format!("{OPENING}\n\nA proper reminder system would fix the late returns at every branch."),
        &format!("{OPENING}\n\nA reminder system alone will not fix them, whatever the county hopes."),
    );
    let m = matter(&c).expect("a matter contrast");
    let [left, right] = &m.evidence;
    assert_eq!(left.cues[0].kind, CueKind::Wording);
    assert!(left.cues[0].negated_by.is_none());
    let not = right.cues[0].negated_by.clone().expect("the denying side's negation");
    assert_eq!(&c.sentence(Side::Right, m.right)[not], "not");
    let why = crate::report::reason::contrast_reason(&c.targets, c.articles(), m);
    assert!(why.starts_with("on \"system\": left says \"fix\"; right denies it (\"not … fix\")"), "{why}");
}

#[test]
fn the_same_direction_or_someone_elses_words_are_no_contrast() {
    let same = compare_texts(
        &format!("{OPENING}\n\nThe replacement charge is a fair and sensible way to keep borrowers honest."),
        &format!("{OPENING}\n\nThe replacement charge is a good and honest way to keep borrowers careful."),
    );
    assert!(matter(&same).is_none(), "{:?}", same.contrasts);
    let quoted = compare_texts(
        &format!("{OPENING}\n\nThe replacement charge is a fair and sensible way to keep borrowers honest."),
        &format!("{OPENING}\n\n\"The replacement charge is a cruel and useless way to keep borrowers honest,\" the director said."),
    );
    assert!(matter(&quoted).is_none(), "{:?}", quoted.contrasts);
}

#[test]
fn subjects_with_no_word_in_common_are_no_contrast() {
    let c = compare_texts(
        &format!("{OPENING}\n\nThe replacement charge is a fair and sensible way to keep borrowers honest."),
        &format!("{OPENING}\n\nThe late notice is a cruel and useless way to keep borrowers honest."),
    );
    assert!(matter(&c).is_none(), "{:?}", c.contrasts);
}

#[test]
fn what_a_subject_is_compared_with_is_not_judged_in_it() {
    let c = compare_texts(
        "The envoys meet again in Muscat next week.\n\nQuiet diplomacy strengthens the activists who organise and publish.",
        "The envoys meet again in Muscat next week.\n\nQuiet diplomacy is preferable to war, and nobody disputes that.",
    );
    assert!(matter(&c).is_none(), "{:?}", c.contrasts);
}

#[test]
fn more_than_an_evaluative_word_is_a_degree_not_a_comparison() {
    let c = compare_texts(
        "The county moves its offices downtown in the spring.\n\nThe new office budget is more than generous for a county this size.",
        "The county moves its offices downtown in the spring.\n\nThe new office budget is a disgrace and a waste for a county this size.",
    );
    assert!(matter(&c).is_some(), "{:?}", c.contrasts);
}

#[test]
fn two_times_of_one_thing_or_a_negated_judgement_are_no_contrast() {
    let eras = compare_texts(
        &format!("{OPENING}\n\nThe old branch library was cramped, dismal and unsafe for the children who used it."),
        &format!("{OPENING}\n\nThe new branch library is bright, welcoming and safe for the children who use it."),
    );
    assert!(matter(&eras).is_none(), "{:?}", eras.contrasts);
    let litotes = compare_texts(
        &format!("{OPENING}\n\nThe higher late fee would not be unfair to the small branches."),
        &format!("{OPENING}\n\nThe higher late fee would be fair to the small branches."),
    );
    assert!(matter(&litotes).is_none(), "{:?}", litotes.contrasts);
}
