//! Whose case each report gives: two news reports on a parking authority's meter increase, one
//! quoting the authority's director, the other a shop owner it never asked (issue 14, stance
//! from whom a report lets speak), and how each frames and picks the words of one speaker.

use serde_json::Value;

#[path = "support/derived.rs"]
mod derived;
use derived::{compare_json, cues};

#[test]
fn an_officers_words_against_a_critics_are_a_contrast_on_the_group() {
    let v = compare_json("meters_1.md", "meters_2.md");
    let contrasts = v["contrasts"].as_array().expect("contrasts");
    let on_group: Vec<&Value> =
        contrasts.iter().filter(|c| c["target"]["name"] == "Lakeview Parking Authority").collect();
    let case = on_group
        .iter()
        .find(|c| {
            cues(&c["left"]).iter().any(|(k, _)| k == "case")
                && cues(&c["right"]).iter().any(|(k, _)| k == "case")
        })
        .unwrap_or_else(|| panic!("no contrast of cases in {contrasts:?}"));
    assert_eq!(case["left"]["evidence"]["polarity"], "positive");
    assert_eq!(case["right"]["evidence"]["polarity"], "negative");
    assert_eq!(
        case["left"]["evidence"]["voice"]["speaker"].as_str().map(|s| s.ends_with("Okafor")),
        Some(true)
    );
    let reason = case["reason"].as_str().unwrap();
    assert!(reason.contains("gives its own case (") && reason.contains("speaks for it)"), "{reason}");
    assert!(reason.contains("gives another side's case (") && reason.contains("Chen"), "{reason}");
    // On news, where a word the lexicon reads is weak evidence, a case is set against another
    // case, never against a stray word ("circles the block").
    for c in &on_group {
        let case_sides =
            ["left", "right"].iter().filter(|s| cues(&c[**s]).iter().any(|(k, _)| k == "case")).count();
        assert_ne!(case_sides, 1, "{c}");
    }
    // The figure both give is no contrast, and the author's own sentences are no one's case.
    for c in contrasts {
        assert!(!c["reason"].as_str().unwrap().contains("1.4 million"), "{c}");
    }
    // Quoting two sides is no agreement on the authority.
    let agreements = v["agreements"].as_array().expect("agreements");
    assert!(agreements.iter().all(|a| a["target"]["name"] != "Lakeview Parking Authority"), "{agreements:?}");
}

#[test]
fn the_author_and_a_mention_are_no_case() {
    // The same report on both sides: every sentence is shared, nothing is a contrast.
    let v = compare_json("meters_1.md", "meters_1.md");
    assert_eq!(v["contrasts"].as_array().map(Vec::len), Some(0), "{}", v["contrasts"]);
}

#[test]
fn a_report_framing_someones_words_is_set_against_the_other_giving_them_plainly() {
    // The same remark of the ferry company's chief: "Quist said" in one report, "Quist
    // insisted" in the other. On news a stray evaluative word is never set against a case read
    // from who speaks; the verb that reports the person's own words is the report's slant.
    let v = compare_json("ferry_framing_1.md", "ferry_framing_2.md");
    let contrasts = v["contrasts"].as_array().expect("contrasts");
    let framed = contrasts
        .iter()
        .find(|c| {
            c["target"]["name"] == "Marta Quist"
                && cues(&c["right"]).iter().all(|(k, _)| k == "framing")
                && cues(&c["left"]).iter().any(|(k, _)| k == "case")
        })
        .unwrap_or_else(|| panic!("no framing contrast in {contrasts:?}"));
    assert!(framed["right"]["text"].as_str().unwrap().contains("Quist insisted"), "{framed}");
    assert_eq!(framed["right"]["evidence"]["polarity"], "negative");
    let reason = framed["reason"].as_str().unwrap();
    assert!(reason.contains("right frames what is said with \"insisted\" (negative)"), "{reason}");
    assert!(reason.contains("left gives their own case (Quist, in their own words)"), "{reason}");
    assert_eq!(framed["caution"], "framing: read from the verb one report puts on someone's words");
}

/// An officer written as a description ("A union official said …") speaks for the
/// body the description names, so one report giving the union's case and the other a critic's
/// is a contrast on the union, though neither names the officer.
#[test]
fn an_officer_described_by_office_makes_the_case_of_the_body_named() {
    let v = compare_json("union_overtime_1.md", "union_overtime_2.md");
    let contrasts = v["contrasts"].as_array().expect("contrasts");
    let case = contrasts
        .iter()
        .find(|c| {
            c["target"]["name"] == "Harbor City Police Union"
                && c["left"]["text"].as_str().is_some_and(|t| t.starts_with("A union official said"))
                && cues(&c["right"]).iter().any(|(k, _)| k == "case")
        })
        .unwrap_or_else(|| panic!("no case of the union's president in {contrasts:?}"));
    assert_eq!(case["left"]["evidence"]["voice"]["speaker"], "A union official");
    assert_eq!(cues(&case["left"]), vec![("case".to_string(), "A union official".to_string())]);
    assert_eq!(case["left"]["evidence"]["polarity"], "positive");
    assert_eq!(case["right"]["evidence"]["polarity"], "negative");
    assert!(case["caution"].as_str().is_some_and(|c| c.starts_with("whose case")), "{case}");
}

/// The speakers of a contrast of two cases, each by the last word of their name.
fn case_speakers(c: &Value) -> Option<(String, String)> {
    let last = |side: &str| {
        let cased = cues(&c[side]).iter().any(|(k, _)| k == "case");
        let speaker = c[side]["evidence"]["voice"]["speaker"].as_str()?;
        cased.then(|| speaker.rsplit(' ').next().unwrap_or(speaker).to_string())
    };
    Some((last("left")?, last("right")?))
}

#[test]
fn two_speakers_cases_are_one_piece_of_evidence_however_often_each_speaks() {
    // The director speaks three times, the baker three times, a dialysis patient once: nine
    // pairs of sentences, but two pairs of speakers.
    let v = compare_json("meters_voices_1.md", "meters_voices_2.md");
    let contrasts = v["contrasts"].as_array().expect("contrasts");
    let pairs: Vec<(String, String)> = contrasts.iter().filter_map(case_speakers).collect();
    let okafor_chen = pairs.iter().filter(|p| *p == &("Okafor".to_string(), "Chen".to_string())).count();
    assert!((1..=2).contains(&okafor_chen), "{pairs:?}");
    assert!(pairs.iter().any(|(_, right)| right == "Alvarez"), "{pairs:?}");
}

#[test]
fn one_speakers_line_in_both_reports_is_a_remark_both_quote_not_an_agreement() {
    // Both reports quote the governor's one line on the federal government: what both report,
    // not two writers agreeing that the federal government failed.
    let v = compare_json("one_quote_1.md", "one_quote_2.md");
    let agreements = v["agreements"].as_array().expect("agreements");
    assert!(agreements.is_empty(), "{agreements:?}");
    let facts = v["facts"].as_array().expect("facts");
    assert!(
        facts.iter().any(|f| f["reason"].as_str().is_some_and(|r| r.contains("both quote Wes Tolliver"))),
        "{facts:?}"
    );
}

#[test]
fn how_a_report_frames_an_officers_words_is_its_framing_of_the_groups_case() {
    // The chief executive's one line: "said" in one report, "he claimed" in the other, neither
    // naming the company in that sentence.
    let v = compare_json("officer_framing_1.md", "officer_framing_2.md");
    let contrasts = v["contrasts"].as_array().expect("contrasts");
    let framed = contrasts
        .iter()
        .find(|c| {
            c["target"]["name"] == "Corrow Appliances"
                && cues(&c["right"]).iter().all(|(k, _)| k == "framing")
                && cues(&c["left"]).iter().any(|(k, _)| k == "case")
        })
        .unwrap_or_else(|| panic!("no framing contrast on the company in {contrasts:?}"));
    assert!(framed["right"]["text"].as_str().unwrap().contains("he claimed"), "{framed}");
    assert_eq!(cues(&framed["right"]), vec![("framing".to_string(), "claimed".to_string())]);
    assert_eq!(framed["right"]["evidence"]["polarity"], "negative");
    let reason = framed["reason"].as_str().unwrap();
    assert!(reason.contains("right frames what is said with \"claimed\" (negative)"), "{reason}");
    assert!(reason.contains("left gives its own case (Paul Ferrante speaks for it)"), "{reason}");
}

#[test]
fn one_speaker_quoted_two_ways_is_what_each_report_picks_not_a_stance_contrast() {
    // The mayor praises the builder in one report and worries about it in the other: the two
    // reports chose different remarks of hers, which is a quotation contrast, not two writers
    // disagreeing about the builder.
    let v = compare_json("one_speaker_1.md", "one_speaker_2.md");
    let contrasts = v["contrasts"].as_array().expect("contrasts");
    let speaker = |c: &Value, side: &str| c[side]["evidence"]["voice"]["speaker"].as_str().map(str::to_owned);
    for c in contrasts.iter().filter(|c| c["kind"] == "stance") {
        let (left, right) = (speaker(c, "left"), speaker(c, "right"));
        assert!(left.is_none() || left != right, "{c}");
    }
    assert!(
        contrasts.iter().any(|c| c["kind"] == "quote"
            && c["reason"]
                .as_str()
                .is_some_and(|r| r.starts_with("Ruth Abernathy quoted with different remarks"))),
        "{contrasts:?}"
    );
}

#[test]
fn someones_plain_words_meet_the_other_reports_framing_of_them() {
    // The police chief's one point: "said" in one report, "insisted" in the other. The story
    // is the protest group's, so his words make no case of their own; set against the framing
    // of the same point they show how each report tells it.
    let v = compare_json("plain_words_1.md", "plain_words_2.md");
    let contrasts = v["contrasts"].as_array().expect("contrasts");
    let framed = contrasts
        .iter()
        .find(|c| c["target"]["name"] == "Victor Lund")
        .unwrap_or_else(|| panic!("no contrast on the chief in {contrasts:?}"));
    assert_eq!(cues(&framed["right"]), vec![("framing".to_string(), "insisted".to_string())]);
    let reason = framed["reason"].as_str().unwrap();
    assert!(reason.contains("left gives their own case (Victor Lund, in their own words)"), "{reason}");
    // Nor are his plain words set against the other report's own judgement of him ("a
    // careless, heavy-handed response"): that is no account of the same words.
    let on_chief: Vec<&Value> = contrasts.iter().filter(|c| c["target"]["name"] == "Victor Lund").collect();
    assert_eq!(on_chief.len(), 1, "{on_chief:?}");
    // The spokesman's line, plain in both reports, is no contrast on him.
    assert!(contrasts.iter().all(|c| c["target"]["name"] != "Jonah Whitley"), "{contrasts:?}");
}
