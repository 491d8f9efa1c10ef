use super::*;
use crate::contrast::evidence::{Cue, CueKind, StanceRead};

fn evidence(
    name: &str,
    span: std::ops::Range<usize>,
    negated: Option<std::ops::Range<usize>>,
) -> SideEvidence {
    SideEvidence {
        voice: Voice::author(),
        topic_from: TopicFrom::Named,
        stance: Some(StanceRead { name: name.into(), polarity: None, strength: 1.0 }),
        hedged: false,
        cues: vec![Cue { kind: CueKind::Stance, span, weight: 1.0, negated_by: negated, supports: true }],
    }
}

#[test]
fn a_side_names_its_stance_and_cues_from_the_spans() {
    let sentence = "The talks are not a lifeline for the regime.";
    let e = evidence("engage", 20..28, Some(14..17));
    assert_eq!(side_summary(sentence, &e), "says engage (\"not … lifeline\")");
    let hedged = SideEvidence { hedged: true, ..evidence("harm", 4..9, None) };
    assert_eq!(side_summary(sentence, &hedged), "says harm (\"talks\", hedged)");
    // A sentence that names no topic says where its topic came from.
    let implied = SideEvidence { topic_from: TopicFrom::Cues, ..evidence("engage", 4..9, None) };
    assert_eq!(side_summary(sentence, &implied), "says engage (\"talks\"; topic from its cues)");
    let before = SideEvidence { topic_from: TopicFrom::PreviousSentence, ..evidence("engage", 4..9, None) };
    assert_eq!(side_summary(sentence, &before), "says engage (\"talks\"; topic from the sentence before)");
}

use crate::compare::compare_texts as compared;

#[test]
fn no_contrast_says_whether_the_articles_agree_or_one_was_not_read() {
    let dove = "Sanctions have devastated ordinary families and hurt the middle class.\n\n\
                Broad sanctions harm ordinary Iranians who have no say at all.\n\n\
                The talks offer a real opportunity for de-escalation and peace.\n\n\
                Negotiations are the only realistic way to a lasting peace.";
    let unread = "The sanctions have been in place for many years now, officials say.\n\n\
                  The talks in Oman will resume on Monday after a short break.";
    let c = compared(dove, unread);
    assert!(c.contrasts.is_empty());
    let why = why_none(&c);
    assert!(why.starts_with("the right article takes no stance"), "{why}");
    assert!(why.contains("2 of its sentences name a topic"), "{why}");
    let same = compared(dove, dove);
    assert_eq!(why_none(&same), "the two articles mostly agree (see the agreements)");
    let nothing = compared(
        "The weather was mild all week long in the city.",
        "A new bakery opened on the corner of our street.",
    );
    assert_eq!(why_none(&nothing), "the two articles name no topic of the map and no one in common");
    // Names both give, with nothing said of them: the names are listed.
    let named = compared(
        "Mayor Ruth Calloway opened the new library on Elm Street on Monday morning.",
        "Mayor Ruth Calloway visited the library on Elm Street on Monday afternoon.",
    );
    assert!(named.contrasts.is_empty());
    let why = why_none(&named);
    assert!(why.contains("Ruth Calloway") && why.contains("neither says anything"), "{why}");
    // One side reads, the other does not: the names both discuss are given.
    let one_side = compared(
        "Mayor Ruth Calloway gave a brilliant, generous speech at the new library on Monday.",
        "Mayor Ruth Calloway visited the library on Elm Street on Monday afternoon.",
    );
    let why = why_none(&one_side);
    assert!(why.starts_with("the right article takes no stance"), "{why}");
    assert!(why.contains("name a topic of the map; what it says of Ruth Calloway"), "{why}");
    assert_eq!(
        name_list(&["a".into(), "b".into(), "c".into(), "d".into(), "e".into()]),
        "a, b, c and 2 more"
    );
    // Leaning apart overall with nothing listed: said so, not "the same one".
    let hawk = "Sanctions are working and must be tightened to pressure the regime.\n\n\
                The talks are a trap that throws the regime a lifeline.";
    let mut apart = compared(dove, hawk);
    assert!(!apart.consensus.disagree.is_empty(), "{:?}", apart.consensus);
    apart.contrasts.clear();
    let why = why_none(&apart);
    assert!(why.starts_with("they lean apart on ") && why.contains("overall"), "{why}");
}

/// The evidence of a case read from who speaks: `speaker`'s words, the cue at `span`, its
/// weight positive for their own case and negative against.
fn case_said(speaker: &str, span: std::ops::Range<usize>, weight: f32) -> SideEvidence {
    SideEvidence {
        voice: Voice { kind: VoiceKind::Speaker, speaker: Some(speaker.to_string()) },
        topic_from: TopicFrom::Named,
        stance: None,
        hedged: false,
        cues: vec![Cue { kind: CueKind::Case, span, weight, negated_by: None, supports: true }],
    }
}

#[test]
fn a_case_read_from_who_speaks_names_the_speaker_and_their_side() {
    let sentence = "\"We cannot keep the garages open on 2009 prices,\" Okafor said.";
    let case = |weight: f32, speaker: &str| case_said(speaker, 50..56, weight);
    assert_eq!(
        side_summary(sentence, &case(0.5, "Helen Okafor")),
        "gives its own case (Helen Okafor speaks for it)"
    );
    assert_eq!(
        side_summary(sentence, &case(-0.5, "Maria Chen")),
        "gives another side's case (Maria Chen, who does not speak for it)"
    );
    assert_eq!(
        side_summary(sentence, &case(0.5, "Port officials")),
        "gives its own case (Port officials speak for it)"
    );
    assert_eq!(side_summary(sentence, &case(-0.5, "critics")), "gives its critics' case");
    assert_eq!(
        side_summary(sentence, &case(-0.5, "Some critics of the plan")),
        "gives its critics' case (Some critics of the plan)"
    );
    // With no speaker read, the cue's words name them.
    let unnamed = SideEvidence { voice: Voice::author(), ..case(0.5, "x") };
    assert_eq!(side_summary(sentence, &unnamed), "gives its own case (Okafor speaks for it)");
}

#[test]
fn a_case_toward_a_person_is_their_case_and_their_own_words_are_theirs() {
    let mut table = TargetTable::default();
    let person = table.push_derived(
        "Dana Whitlock".into(),
        vec!["Whitlock".into()],
        crate::color::Color::Ansi(1),
        1.0,
        Some(EntityKind::Person),
    );
    let sentence = "\"We cannot write a blank check,\" Whitlock said in her veto message.";
    let case = |weight: f32, speaker: &str| case_said(speaker, 33..41, weight);
    let whitlock = table.get(person);
    assert_eq!(
        case_summary(sentence, &case(0.4, "Gov. Dana Whitlock"), whitlock).as_deref(),
        Some("gives their own case (Gov. Dana Whitlock, in their own words)")
    );
    assert_eq!(
        case_summary(sentence, &case(0.4, "Tom Reyes"), whitlock).as_deref(),
        Some("gives their own case (Tom Reyes speaks for them)")
    );
    assert_eq!(
        case_summary(sentence, &case(-0.4, "Janelle Okoro"), whitlock).as_deref(),
        Some("gives another side's case (Janelle Okoro, who does not speak for them)")
    );
    assert_eq!(
        case_summary(sentence, &case(-0.4, "critics"), whitlock).as_deref(),
        Some("gives their critics' case")
    );
    // Toward a group, or with no target known, it stays its case.
    assert_eq!(
        case_summary(sentence, &case(0.4, "Whitlock"), None).as_deref(),
        Some("gives its own case (Whitlock speaks for it)")
    );
}

#[test]
fn a_stance_read_from_the_reporting_verb_alone_is_framing() {
    let sentence = "“Those savings are not reaching the patient,” Whitcomb insisted.";
    let at = sentence.find("insisted").unwrap();
    let framed = SideEvidence {
        voice: Voice { kind: VoiceKind::Speaker, speaker: Some("Whitcomb".into()) },
        topic_from: TopicFrom::Named,
        stance: Some(StanceRead { name: "negative".into(), polarity: None, strength: 0.4 }),
        hedged: false,
        cues: vec![Cue {
            kind: CueKind::Framing,
            span: at..at + 8,
            weight: -0.8,
            negated_by: None,
            supports: true,
        }],
    };
    assert_eq!(side_summary(sentence, &framed), "frames what is said with \"insisted\" (negative)");
    let mut worded = framed.clone();
    worded.cues[0].kind = CueKind::Lexicon;
    assert_eq!(side_summary(sentence, &worded), "says negative (\"insisted\")");
}

#[test]
fn voices_are_named() {
    let speaker = Voice { kind: VoiceKind::Speaker, speaker: Some("Ali Khamenei".into()) };
    assert_eq!(voice_note(&Voice::author(), &Voice::author()), "both in the authors' own voice");
    assert_eq!(
        voice_note(&speaker, &Voice::author()),
        "left reports Ali Khamenei, right is the author's own claim"
    );
    let rebutted = Voice { kind: VoiceKind::Rebutted, speaker: Some("critics".into()) };
    assert_eq!(
        voice_note(&Voice::author(), &rebutted),
        "left is the author's own claim, right rebuts critics"
    );
    let they = Voice { kind: VoiceKind::Rebutted, speaker: Some("they".into()) };
    assert_eq!(voice_note(&they, &Voice::author()), "left rebuts them, right is the author's own claim");
}

#[test]
fn a_quotation_cut_shorter_is_said_to_be_quoted_in_part() {
    let left = "Mayor Dana Whitfield spoke to the council about the city budget on Monday. \
                \"We have closed the budget gap without cutting a single bus route, and we did it a year early, unless the state cuts our aid,\" Whitfield said.";
    let right = "Mayor Dana Whitfield told the council on Monday that the city budget was \
                 balanced \"a year early,\" Whitfield said.";
    let c = compared(left, right);
    let quote =
        c.contrasts.iter().find(|c| matches!(c.detail, Detail::Quotes { .. })).expect("a quote contrast");
    let why = contrast_reason(&c.targets, c.articles(), quote);
    assert!(why.starts_with("Whitfield quoted in part on the right: “We have closed"), "{why}");
}

#[test]
fn words_with_no_speaker_on_either_side_are_not_called_one_source() {
    let left = "The council met about the budget this week. \
                “We have closed the budget gap without cutting a single bus route this year,” a statement read.";
    let right = "The council met about the budget this week. \
                 “We closed the budget gap without cutting one bus route this year,” a statement read.";
    let c = compared(left, right);
    let quote =
        c.contrasts.iter().find(|c| matches!(c.detail, Detail::Quotes { .. })).expect("a quote contrast");
    let why = contrast_reason(&c.targets, c.articles(), quote);
    assert!(!why.contains("the same source"), "{why}");
}

#[test]
fn words_named_as_one_speakers_on_one_side_only_are_not_given_to_them_on_both() {
    let left = "The faculty wrote to the congressman about the budget this week. \
                “Your budget appears to reflect the values of your favorite philosopher rather than the Gospel,” the faculty wrote in a note.";
    let right = "The faculty challenged the congressman on the budget this week. \
                 “I am afraid that his budget reflects the values of his favorite philosopher rather than the gospel,” said Father Reese.";
    let c = compared(left, right);
    let quote =
        c.contrasts.iter().find(|c| matches!(c.detail, Detail::Quotes { .. })).expect("a quote contrast");
    let why = contrast_reason(&c.targets, c.articles(), quote);
    assert!(why.starts_with("Father Reese (right; no speaker found on the left) quoted"), "{why}");
}

#[test]
fn a_figure_both_give_is_said_once_or_as_each_writes_it() {
    let left = "Rents in the county have climbed by about 30 percent since 2019, far faster than wages.\n\n\
                The council voted on Tuesday to cap increases for two years.";
    let right = "Rents in the county have climbed by 30% since 2019, and young families are leaving.\n\n\
                 The council voted on Tuesday to cap increases for three years.";
    let c = compared(left, right);
    assert_eq!(c.facts.len(), 1, "{:?}", c.facts);
    let why = fact_reason(c.articles(), &c.facts[0]);
    assert!(why.starts_with("both give the same figure: left \"30 percent\", right \"30%\""), "{why}");
    assert!(why.ends_with("(shared context: climbed, county, since)"), "{why}");
    let same = compared(left, left);
    let whys: Vec<String> = same.facts.iter().map(|f| fact_reason(same.articles(), f)).collect();
    assert!(whys.iter().any(|w| w.starts_with("both give \"30 percent\" for the same thing")), "{whys:?}");
}
