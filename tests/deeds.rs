//! What an institution does to people as evidence of the writer's stance toward it: two news
//! reports on a ferry fare rise, one giving the wider discount, the other the riders' charge
//! that the burden falls on commuters (issue 14, stance without a per-subject word list).

#[path = "support/derived.rs"]
mod derived;
use derived::{compare_json, cues};

#[test]
fn a_deed_done_to_people_is_evidence_with_its_object() {
    let v = compare_json("ferry_1.md", "ferry_2.md");
    let top = &v["contrasts"][0];
    assert_eq!(top["target"]["name"], "Bay Ferry Authority", "{top}");
    assert_eq!(top["left"]["evidence"]["polarity"], "positive");
    assert_eq!(top["right"]["evidence"]["polarity"], "negative");
    let effect = |t: &str| ("effect".to_string(), t.to_string());
    assert!(cues(&top["left"]).contains(&effect("expand its discount for low-income riders")), "{top}");
    assert!(cues(&top["right"]).contains(&effect("put the burden on commuters")), "{top}");
    // The riders say it, not the authority the sentence is about.
    assert_eq!(top["right"]["evidence"]["voice"]["speaker"], "riders", "{top}");
    assert!(top["reason"].as_str().unwrap().contains("\"put the burden on commuters\""), "{top}");
}
