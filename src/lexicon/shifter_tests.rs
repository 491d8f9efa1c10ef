//! The shifters of `polarity_toward`: verbs that act against what follows them ("combat
//! crime"), and words that lower an amount ("cut costs", "limit the damage").

use super::tests::{cue_texts, toward};

#[test]
fn a_shifter_reverses_the_negative_word_it_acts_on_and_is_no_cue_then() {
    let s = "Perry has done more to combat violent crime than anyone.";
    let p = toward(s, "Perry");
    assert!(p.score > 0.0, "{:?}", p.cues);
    assert!(!cue_texts(s, &p).contains(&"combat"), "{:?}", cue_texts(s, &p));
    assert_eq!(p.cues.iter().find_map(|c| c.negated_by.clone()).map(|r| &s[r]), Some("combat"));
    assert!(toward("Obama vowed to prevent a terrible crisis.", "Obama").score > 0.0);
    // It leaves a positive word as it is (the verb itself says the rest).
    let s = "The senator tried to stop the popular reform.";
    let p = toward(s, "senator");
    let popular = p.cues.iter().find(|c| &s[c.range.clone()] == "popular").expect("popular is a cue");
    assert!(popular.weight > 0.0 && popular.negated_by.is_none());
    assert!(cue_texts(s, &p).contains(&"stop"));
    // With no negative word after it, a shifter is a plain word ("a fight").
    let s = "Obama picked a fight with his allies.";
    let p = toward(s, "Obama");
    assert!(cue_texts(s, &p).contains(&"fight") && p.score < 0.0, "{:?}", p.cues);
}

#[test]
fn a_negated_shifter_cancels_out() {
    let s = "Obama did not stop the violence.";
    let p = toward(s, "Obama");
    let plain = toward("Obama watched the violence.", "Obama");
    assert!(p.score < 0.0 && (p.score - plain.score).abs() < 1e-6, "{:?} vs {:?}", p.cues, plain.cues);
}

#[test]
fn lowering_an_amount_judges_nothing_and_lowering_a_harm_is_good() {
    // Measures, not moods: VADER reads "cut", "lowest" and "limited" as sad words.
    for (s, name) in [
        ("Doyle said the company had cut its operating costs by $60 million.", "company"),
        ("Farrow said the commission cut Northgate's request by more than a third.", "commission"),
        ("Kolb said homicides were the lowest in a decade.", "Kolb"),
        ("The agency has limited staff.", "agency"),
    ] {
        let p = toward(s, name);
        assert_eq!(p.score, 0.0, "{s}: {:?}", cue_texts(s, &p));
    }
    // What is lowered is judged, reversed: a harm lowered is a good deed.
    let s = "She moved quickly to limit the damage.";
    let p = toward(s, "She");
    assert!(p.score > 0.0, "{:?}", p.cues);
    assert_eq!(p.cues.iter().find_map(|c| c.negated_by.clone()).map(|r| &s[r]), Some("limit"));
    let s = "Tolliver cited a lower rate of questionable payments than other programs.";
    assert!(toward(s, "Tolliver").score > 0.0);
}
