//! One test per rule of `polarity_toward`, and a property test that no input makes it panic.

use super::*;
use proptest::prelude::*;

use crate::lexicon::clauses;

/// The byte range of the first occurrence of `word` in `sentence`.
pub(in crate::lexicon) fn at(sentence: &str, word: &str) -> Range<usize> {
    let start = sentence.find(word).expect("word in sentence");
    start..start + word.len()
}

pub(in crate::lexicon) fn cue_texts<'s>(sentence: &'s str, polarity: &Polarity) -> Vec<&'s str> {
    polarity.cues.iter().map(|c| &sentence[c.range.clone()]).collect()
}

pub(in crate::lexicon) fn toward(sentence: &str, name: &str) -> Polarity {
    polarity_toward(sentence, &[at(sentence, name)])
}

#[test]
fn spans_slice_the_sentence_to_the_cue_and_the_score_is_their_sum() {
    let s = "Analysts say Obama made a terrible, very costly mistake.";
    let p = toward(s, "Obama");
    assert_eq!(cue_texts(s, &p), ["terrible", "costly", "mistake"]);
    let sum: f32 = p.cues.iter().map(|c| c.weight).sum();
    assert_eq!(p.score, sum);
    assert!(p.score < 0.0);
    assert_eq!(&s[p.clause.clone()], "Analysts say Obama made a terrible, very costly mistake");
}

#[test]
fn a_cue_in_another_clause_counts_less_than_one_in_the_targets() {
    let s = "Since the war escalated, and violence spread; Israel and the US have worked closely.";
    let p = toward(s, "Israel");
    let own = polarity_toward("The war escalated and violence spread.", std::slice::from_ref(&(0..0)));
    assert!(p.score < 0.0 && p.score > own.score);
    assert!(p.cues.iter().all(|c| (c.weight / c.valence - OTHER_CLAUSE).abs() < 1e-6));
}

#[test]
fn negation_flips_a_cue_within_its_clause_only() {
    let s = "Obama is not honest.";
    let p = toward(s, "Obama");
    assert!(p.score < 0.0);
    assert_eq!(p.cues[0].negated_by.clone().map(|r| &s[r]), Some("not"));
    let s = "They did not vote; Obama is honest.";
    let p = toward(s, "Obama");
    assert!(p.score > 0.0);
    assert!(p.cues.iter().all(|c| c.negated_by.is_none()));
}

#[test]
fn a_negated_negative_is_a_weak_positive_a_negated_positive_a_negative() {
    let not_wrong = toward("Obama was not wrong.", "Obama").score;
    let wrong = toward("Obama was wrong.", "Obama").score;
    let not_right = toward("Obama was not honest.", "Obama").score;
    assert!(not_wrong > 0.0 && not_wrong < -wrong / 2.0);
    assert!(not_right < 0.0);
}

#[test]
fn intensifiers_raise_and_dampers_lower_a_cue() {
    let plain = toward("Obama gave a good speech.", "Obama").score;
    let very = toward("Obama gave a very good speech.", "Obama").score;
    let slightly = toward("Obama gave a slightly good speech.", "Obama").score;
    assert!(very > plain && plain > slightly && slightly > 0.0);
    let bad = toward("Obama gave a bad speech.", "Obama").score;
    let very_bad = toward("Obama gave a very bad speech.", "Obama").score;
    assert!(very_bad < bad);
}

#[test]
fn after_but_the_clause_weighs_more_than_before() {
    let s = "Obama is smart but Obama is dishonest.";
    let mentions = [at(s, "Obama"), s.rfind("Obama").map(|i| i..i + 5).expect("second")];
    let p = polarity_toward(s, &mentions);
    assert!(p.score < 0.0);
    let smart = p.cues.iter().find(|c| &s[c.range.clone()] == "smart").expect("smart");
    assert!((smart.weight - smart.valence * 0.5).abs() < 1e-6);
}

#[test]
fn hedges_halve_their_clause_and_are_reported() {
    let firm = toward("Weiner lied to voters.", "Weiner");
    let hedged = toward("Weiner reportedly lied to voters.", "Weiner");
    assert!(hedged.hedged && !firm.hedged);
    assert!((hedged.score - firm.score * 0.5).abs() < 1e-6);
}

#[test]
fn names_compounds_and_the_targets_own_words_are_never_cues() {
    let s = "Iran praised the Department of Homeland Security and Human Rights Watch.";
    assert!(toward(s, "Iran").cues.iter().all(|c| c.source == CueSource::Framing));
    let s = "Iran wants de-escalation.";
    assert!(toward(s, "Iran").cues.is_empty());
    let s = "Obama met the Free Syrian Army.";
    assert!(toward(s, "Obama").cues.is_empty());
    let s = "The Free Syrian Army met.";
    assert!(polarity_toward(s, &[at(s, "Free Syrian Army")]).cues.is_empty());
    let s = "Human Rights Watch and the Supreme Leader met Obama.";
    assert!(toward(s, "Obama").cues.is_empty());
    let s = "Great news: Iran succeeds.";
    assert_eq!(cue_texts(s, &toward(s, "Iran")), ["Great", "succeeds"]);
}

#[test]
fn framing_verbs_read_toward_the_subject_or_the_object() {
    let s = "Romney claimed that the plan works.";
    let p = toward(s, "Romney");
    let claimed = p.cues.iter().find(|c| c.source == CueSource::Framing).expect("framing cue");
    assert_eq!(&s[claimed.range.clone()], "claimed");
    assert!(claimed.weight < 0.0);

    let s = "Democrats praised Biden.";
    let as_object = toward(s, "Biden");
    let as_subject = toward(s, "Democrats");
    assert!(as_object.score > 0.0);
    assert_eq!(as_subject.score, 0.0);

    let s = "Ryan was slammed by bishops.";
    assert!(toward(s, "Ryan").score < 0.0);
    assert_eq!(toward(s, "bishops").score, 0.0);
    assert!(toward("Bishops slammed Ryan.", "Ryan").score < 0.0);
}

#[test]
fn framing_verbs_need_a_target_in_their_clause() {
    let s = "Obama spoke, while Romney boasted.";
    assert!(toward(s, "Obama").cues.is_empty());
    assert!(polarity_toward("He boasted.", &[]).cues.is_empty());
}

#[test]
fn a_parenthetical_does_not_cut_the_target_from_its_verb() {
    let s = "Ryan, who was raised on benefits, claimed the plan works.";
    let p = toward(s, "Ryan");
    assert!(p.cues.iter().any(|c| c.source == CueSource::Framing && c.weight < 0.0));
}

#[test]
fn an_empty_range_picks_a_clause_without_hiding_words() {
    let s = "The plan failed; the rescue was a success.";
    let start = s.find("success").expect("success");
    let p = polarity_toward(s, std::slice::from_ref(&(start..start)));
    assert!(p.score > 0.0);
    assert_eq!(&s[p.clause.clone()], "the rescue was a success");
    let s = "His rival admits defeat.";
    let p = polarity_toward(s, std::slice::from_ref(&(0..0)));
    assert!(p.cues.iter().all(|c| c.source == CueSource::Lexicon));
    assert!(polarity_toward("", &[]).score.is_sign_positive());
}

#[test]
fn no_target_reads_the_whole_sentence() {
    let s = "A bad plan; a good plan.";
    let p = polarity_toward(s, &[]);
    assert_eq!(cue_texts(s, &p), ["bad", "good"]);
    assert!(p.cues.iter().all(|c| c.weight == c.valence));
    assert_eq!(&s[p.clause.clone()], "A bad plan; a good plan");
}

#[test]
fn the_baseline_reads_every_listed_word() {
    assert!(whole_sentence_valence("Homeland Security is good.") > 0.0);
    assert!(whole_sentence_valence("It is not good.") < 0.0);
    assert_eq!(whole_sentence_valence(""), 0.0);
}

proptest! {
    #[test]
    fn never_panics_and_spans_lie_on_char_boundaries(
        sentence in "\\PC{0,80}",
        words in proptest::collection::vec("(not|very|but|good|bad|claimed|Obama|, which|—|-|: |’s|é|violence|against|of)", 0..12),
        ranges in proptest::collection::vec((0usize..200, 0usize..200), 0..4),
    ) {
        let sentence = format!("{sentence} {}", words.join(" "));
        let target: Vec<Range<usize>> = ranges.iter().map(|&(a, b)| a..b).collect();
        let p = polarity_toward(&sentence, &target);
        let inside = |r: &Range<usize>| r.start <= r.end && r.end <= sentence.len()
            && sentence.is_char_boundary(r.start) && sentence.is_char_boundary(r.end);
        prop_assert!(inside(&p.clause));
        prop_assert!(p.score.is_finite());
        for cue in &p.cues {
            prop_assert!(inside(&cue.range));
            prop_assert!(cue.negated_by.as_ref().is_none_or(inside));
        }
        for clause in clauses(&sentence) {
            prop_assert!(inside(&clause));
        }
        prop_assert!(whole_sentence_valence(&sentence).is_finite());
        let party = polarity_toward_party(&sentence, &target);
        prop_assert!(party.score.is_finite());
        prop_assert!(party.cues.iter().all(|c| inside(&c.range)));
    }
}

#[test]
fn harm_done_to_a_person_or_group_is_not_blame() {
    let at = |s: &str, name: &str| {
        let start = s.find(name).unwrap();
        let range: Range<usize> = start..start + name.len();
        vec![range]
    };
    let s = "The regime's brutal violence against the protesters shocked the world.";
    assert!(polarity_toward(s, &at(s, "protesters")).score < 0.0, "as a thing: the mood counts");
    let party = polarity_toward_party(s, &at(s, "protesters"));
    assert!(party.score > polarity_toward(s, &at(s, "protesters")).score, "{party:?}");
    assert!(party.cues.iter().all(|c| c.weight.abs() <= 4.0 * DONE_TO_PARTY));
    // Blame right before the name, or after it, still counts fully.
    let s = "The corrupt senator lied again.";
    assert_eq!(
        polarity_toward_party(s, &at(s, "senator")).score,
        polarity_toward(s, &at(s, "senator")).score
    );
}

#[test]
fn a_framing_verb_opening_a_clause_after_but_has_the_subject_before() {
    let s = "Akin said he would stay in the race, but admitted that no senator had called.";
    let p = toward(s, "Akin");
    assert!(cue_texts(s, &p).contains(&"admitted"), "{:?}", p.cues);
    assert!(p.score < 0.0);
    // A clause with a subject of its own is that subject's.
    let s = "Akin said he would stay in the race, but Romney admitted that no senator had called.";
    assert!(!cue_texts(s, &toward(s, "Akin")).contains(&"admitted"));
}

#[test]
fn the_charge_a_subject_makes_is_about_its_object_not_the_subject() {
    let s = "Trump accused Obama of a confusing and terrible policy.";
    let toward_trump = toward(s, "Trump");
    assert!(toward_trump.cues.is_empty(), "{:?}", cue_texts(s, &toward_trump));
    let toward_obama = toward(s, "Obama");
    assert!(toward_obama.score < 0.0);
    assert!(cue_texts(s, &toward_obama).contains(&"terrible"));
    // Passive: the target is the one charged.
    let s = "Obama was accused by Trump of a terrible policy.";
    assert!(cue_texts(s, &toward(s, "Obama")).contains(&"terrible"));
}

#[test]
fn what_a_speaker_claims_or_touts_is_their_words_not_the_writers() {
    // Only the framing verb speaks of the speaker; the praise after it is hers.
    let s = "She touted the district's ban as an unqualified success.";
    let p = toward(s, "She");
    assert_eq!(cue_texts(s, &p), ["touted"]);
    assert!(p.score < 0.0);
    let s = "Abernathy claimed the law would lift families out of hardship.";
    assert_eq!(cue_texts(s, &toward(s, "Abernathy")), ["claimed"]);
    // Said of the speaker by the writer, before the verb, the words still count.
    let s = "The reckless governor claimed the law would help.";
    assert_eq!(cue_texts(s, &toward(s, "governor")), ["reckless", "claimed"]);
}

#[test]
fn little_and_few_without_an_article_negate() {
    let s = "His public words offer little encouragement to the negotiators.";
    assert!(toward(s, "His").score < 0.0);
    let s = "Few doubt that the senator meant well.";
    assert!(toward(s, "senator").score > 0.0);
    // With an article they weaken and keep the sign.
    let a_little = toward("The senator offered a little hope.", "senator");
    let plain = toward("The senator offered hope.", "senator");
    assert!(a_little.score > 0.0 && a_little.score < plain.score);
}

#[test]
fn a_participle_after_while_has_the_subject_of_the_clause_before() {
    let s = "Obama urged lawmakers to act, while simultaneously mocking them for their delay.";
    let p = toward(s, "Obama");
    assert!(cue_texts(s, &p).contains(&"mocking"), "{:?}", p.cues);
    assert!(p.score < 0.0);
    // The verb is about its subject wherever its clause stands: it counts in full.
    let mocking = p.cues.iter().find(|c| &s[c.range.clone()] == "mocking").expect("mocking");
    assert!((mocking.weight + 0.8).abs() < 1e-4, "{:?}", mocking);
    // A finite verb after "while" has a subject of its own.
    let s = "Obama spoke, while Romney boasted.";
    assert!(toward(s, "Obama").cues.is_empty());
}

#[test]
fn right_after_be_is_a_verdict_and_otherwise_no_cue() {
    // "she" is Lund too (as coreference gives it).
    for s in
        ["Lund has warned about this, and she is right to.", "Critics say Lund was right about the rents."]
    {
        let mentions = [Some(at(s, "Lund")), s.find("she").map(|_| at(s, "she"))];
        let p = polarity_toward(s, &mentions.into_iter().flatten().collect::<Vec<_>>());
        assert!(cue_texts(s, &p).contains(&"right"), "{s}");
        assert!(p.score > 0.0, "{s}");
    }
    for s in [
        "Lund defends the right to protest.",
        "Lund is right there at the door.",
        "Lund leads the right wing.",
    ] {
        let p = toward(s, "Lund");
        assert!(!cue_texts(s, &p).contains(&"right"), "{s}");
    }
    // Negated, it is a verdict against: "is not right about".
    let s = "Lund is not right about the rents.";
    assert!(toward(s, "Lund").score < 0.0);
}

#[test]
fn argument_words_judge_a_claim() {
    let s = "The mayor's forecast is misguided and unreliable.";
    let p = toward(s, "mayor");
    assert_eq!(cue_texts(s, &p), ["misguided", "unreliable"]);
    assert!(p.score < 0.0);
}

#[test]
fn a_good_deal_of_is_an_amount_not_praise() {
    let s = "Reyes has put a good deal of capital and a great deal of time behind the plan.";
    assert!(toward(s, "Reyes").cues.is_empty());
    let s = "Reyes struck a good deal for the city.";
    assert!(toward(s, "Reyes").score > 0.0);
}

#[test]
fn top_before_a_noun_is_a_rank_not_praise() {
    let s = "Prescott, the state's top health official, met a top Republican on Tuesday.";
    assert!(!cue_texts(s, &toward(s, "Prescott")).contains(&"top"));
    let s = "Prescott came out on top.";
    assert!(cue_texts(s, &toward(s, "Prescott")).contains(&"top"));
}

#[test]
fn critics_and_free_meals_judge_no_one() {
    // "Critics" names who speaks, as "supporters" does; "free" meals are gratis, not praise.
    let s = "Critics noted that the governor found room for that measure.";
    assert!(cue_texts(s, &toward(s, "governor")).is_empty());
    let s = "Governor Whitlock vetoed a bill that would have given free breakfast to every student.";
    assert!(!cue_texts(s, &toward(s, "Whitlock")).contains(&"free"));
}

#[test]
fn verbs_that_report_an_event_judge_no_one() {
    // What was done (rejected, refused, cuts, giving) is the news, not the writer's verdict:
    // on BASIL dev and a held-out set these fired in far more unslanted sentences than slanted.
    let s = "The court rejected the appeal, and Mr. Akin refused to step down from the race.";
    assert!(cue_texts(s, &toward(s, "Akin")).is_empty());
    let s = "Colleagues asked Hutchins questions overnight, giving him short breaks.";
    assert!(cue_texts(s, &toward(s, "Hutchins")).is_empty());
    let s = "Carrow signed a budget with deep cuts to the police department.";
    assert!(cue_texts(s, &toward(s, "Carrow")).is_empty());
    // A verdict word beside them still counts.
    let s = "Mr. Akin foolishly refused to step down.";
    assert_eq!(cue_texts(s, &toward(s, "Akin")), ["foolishly"]);
}

#[test]
fn verbs_that_report_a_position_judge_no_one_but_framing_verbs_do() {
    let s = "Commissioner Beth Calloway disagreed, arguing that the county was balancing its books.";
    assert!(cue_texts(s, &toward(s, "Calloway")).is_empty());
    // Nor do the nouns of a case made or contested (VADER "arguments" -1.7, "disputed" -1.4).
    let s = "Dashline disputed the figure, and Obama made the same argument on the stump.";
    assert!(cue_texts(s, &toward(s, "Dashline")).is_empty() && cue_texts(s, &toward(s, "Obama")).is_empty());
    // The writer's framing of the one who speaks still counts (issue 14).
    let s = "Calloway complained that the fees were high, and Ortiz conceded the point.";
    assert_eq!(cue_texts(s, &toward(s, "Calloway")), ["complained"]);
    assert_eq!(cue_texts(s, &toward(s, "Ortiz")), ["conceded"]);
}
