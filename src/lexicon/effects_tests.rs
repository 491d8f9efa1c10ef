//! One test per rule of `effects`, and the deed as `polarity_toward_party` reads it.

use super::*;
use crate::lexicon::clauses::split;
use crate::lexicon::tokens::tokenize;
use crate::lexicon::{polarity_toward, polarity_toward_party, CueSource, Polarity};

/// The deed at `verb` in `sentence`: its sign (after "without"/"rather than") and its span.
fn read(sentence: &str, verb: &str) -> Option<(f32, String)> {
    let tokens = tokenize(sentence);
    let clauses = split(sentence, &tokens);
    let i = tokens.iter().position(|t| &sentence[t.range()] == verb).expect("verb in sentence");
    let clause = clauses.iter().find(|c| c.tokens.contains(&i)).expect("clause");
    effect_at(sentence, &tokens, clause, i).map(|e| {
        let sign = if e.undone_by.is_some() { -e.valence.signum() } else { e.valence.signum() };
        (sign, sentence[tokens[i].start as usize..tokens[e.last].end as usize].to_string())
    })
}

#[test]
fn adding_a_cost_or_taking_a_good_from_people_is_harm() {
    assert_eq!(
        read("The board raised rates on households again.", "raised"),
        Some((-1.0, "raised rates on households".into()))
    );
    assert_eq!(
        read("The agency cut overnight service for riders who work late.", "cut"),
        Some((-1.0, "cut overnight service for riders".into()))
    );
    assert_eq!(
        read("It chose to put the burden on households.", "put"),
        Some((-1.0, "put the burden on households".into()))
    );
}

#[test]
fn adding_a_good_or_taking_a_cost_from_people_is_a_benefit() {
    assert_eq!(
        read("The authority will expand its discount for low-income households.", "expand").map(|r| r.0),
        Some(1.0)
    );
    assert_eq!(read("The regents froze tuition for students.", "froze").map(|r| r.0), Some(1.0));
    assert_eq!(
        read("The system offered every affected nurse a job.", "offered"),
        Some((1.0, "offered every affected nurse".into()))
    );
}

#[test]
fn a_deed_the_lexicon_values_takes_its_object_with_it() {
    // "struggling" is no judgement of the one who helps.
    assert_eq!(
        read("The authority plans to hire caseworkers to help struggling tenants.", "help"),
        Some((1.0, "help struggling tenants".into()))
    );
}

#[test]
fn deeds_done_to_people_need_no_good_or_cost() {
    assert_eq!(read("The closure stranded riders downtown.", "stranded").map(|r| r.0), Some(-1.0));
    assert_eq!(
        read("The rule is leaving local ratepayers to cover the bill.", "leaving").map(|r| r.0),
        Some(-1.0)
    );
}

#[test]
fn without_people_in_the_object_there_is_no_deed() {
    assert_eq!(read("The agency cut 11 overnight routes.", "cut"), None);
    assert_eq!(read("The authority raised rates by 14 percent.", "raised"), None);
    assert_eq!(read("It will close a $48 million deficit.", "close"), None);
    // People past the clause are not the object.
    assert_eq!(read("The board raised rates, and residents protested.", "raised"), None);
    assert_eq!(read("The board raised rates that residents pay.", "raised"), None);
}

#[test]
fn a_deed_not_done_is_marked() {
    assert_eq!(
        read("It hired travelling nurses rather than raising pay for its own staff.", "raising"),
        Some((-1.0, "raising pay for its own staff".into()))
    );
    assert_eq!(read("It cut costs without cutting service for riders.", "cutting").map(|r| r.0), Some(1.0));
}

#[test]
fn the_head_of_the_object_decides_between_a_good_and_a_cost() {
    assert_eq!(read("The board expanded rent relief for tenants.", "expanded").map(|r| r.0), Some(1.0));
    assert_eq!(
        read("The board eliminated fare discounts for seniors.", "eliminated").map(|r| r.0),
        Some(-1.0)
    );
    assert_eq!(read("The state cut health care costs for families.", "cut").map(|r| r.0), Some(1.0));
    assert_eq!(read("The board suspended the tax break for families.", "suspended").map(|r| r.0), Some(-1.0));
    // "rate" alone is no price: "raised the graduation rate for students".
    assert_eq!(read("The district raised the graduation rate for students.", "raised"), None);
}

#[test]
fn a_verb_whose_object_is_not_the_people_or_a_deed_not_done_reads_nothing() {
    for (sentence, verb) in [
        ("The bill helped landlords evict tenants faster.", "helped"),
        ("The union pushed for higher pay for nurses.", "pushed"),
        ("The court forced landlords to repay tenants.", "forced"),
        ("Prosecutor Ruiz charged the landlord with harassing tenants.", "charged"),
        ("The office shut down a scam targeting seniors.", "shut"),
        ("She left her job to care for children.", "left"),
        ("The city granted paid leave to nurses.", "leave"),
        ("The board put a cap on fares for riders.", "put"),
        ("The agency provided no answers to riders.", "provided"),
        ("The board gave residents no warning.", "gave"),
        ("The board lifted the freeze on pay for nurses.", "freeze"),
    ] {
        assert_eq!(read(sentence, verb), None, "{sentence}");
    }
    assert_eq!(read("The hospital refused to raise pay for nurses.", "raise").map(|r| r.0), Some(-1.0));
    assert_eq!(read("The city failed to protect residents.", "protect").map(|r| r.0), Some(-1.0));
}

#[test]
fn names_and_unknown_words_are_no_deeds() {
    assert_eq!(read("Fort Raise Riders Association met.", "Raise"), None);
    assert_eq!(read("The agency studied fares for riders.", "studied"), None);
}

/// The reading toward the party named `name`, and toward it as no party.
fn toward_party(sentence: &str, name: &str) -> Polarity {
    let start = sentence.find(name).expect("name in sentence");
    polarity_toward_party(sentence, std::slice::from_ref(&(start..start + name.len())))
}

fn toward(sentence: &str, name: &str) -> Polarity {
    let start = sentence.find(name).expect("name in sentence");
    polarity_toward(sentence, std::slice::from_ref(&(start..start + name.len())))
}

fn cue_texts<'s>(sentence: &'s str, polarity: &Polarity) -> Vec<&'s str> {
    polarity.cues.iter().map(|c| &sentence[c.range.clone()]).collect()
}

#[test]
fn a_deed_a_party_does_to_people_is_its_stance() {
    let s = "The authority chose to put the burden on households.";
    let p = toward_party(s, "authority");
    assert_eq!(cue_texts(s, &p), ["put the burden on households"]);
    assert_eq!(p.cues[0].source, CueSource::Effect);
    assert!(p.score < 0.0);
    // "struggling" is the tenants', not a judgement of the authority: the object is the deed's.
    let s = "The authority also plans to help struggling tenants.";
    let p = toward_party(s, "authority");
    assert_eq!(cue_texts(s, &p), ["help struggling tenants"]);
    assert!(p.score > 0.0);
    // A deed not done: negated, or "rather than".
    let s = "The system leaned on travelling nurses rather than raising pay for its own staff.";
    let p = toward_party(s, "system");
    assert!(p.score < 0.0, "{p:?}");
    assert_eq!(p.cues[0].negated_by.clone().map(|r| &s[r]), Some("rather than"));
}

#[test]
fn a_deed_is_its_subjects_only() {
    // The one who says it, the one it is done to, and a target that is no party are not read.
    let s = "Okafor said the closing would push women to deliver on the roadside.";
    assert!(toward_party(s, "Okafor").cues.iter().all(|c| c.source != CueSource::Effect));
    let s = "The board raised fares for riders who rely on Metro.";
    assert!(toward_party(s, "Metro").cues.iter().all(|c| c.source != CueSource::Effect));
    let s = "The board raised fares for riders.";
    assert!(toward(s, "board").cues.iter().all(|c| c.source != CueSource::Effect));
    assert!(toward_party(s, "board").score < 0.0);
    // Another verb or another actor between: the deed is not theirs.
    for (s, name) in [
        ("The transit board, not Mayor Tom Park, raised fares for riders.", "Park"),
        ("Unlike Mayor Tom Park, the transit board raised fares for riders.", "Park"),
        ("Gomez criticized the transit board for raising fares on riders.", "Gomez"),
        ("Park fired the board members who cut service for riders.", "Park"),
        ("The hospital hired nurses to help struggling patients.", "hospital"),
    ] {
        assert!(toward_party(s, name).cues.iter().all(|c| c.source != CueSource::Effect), "{s}");
    }
    // Auxiliaries and verbs of deciding may stand between.
    let s = "The authority also voted to expand its discount for low-income households.";
    assert!(toward_party(s, "authority").cues.iter().any(|c| c.source == CueSource::Effect));
}
