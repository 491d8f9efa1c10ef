//! What an institution does to people as evidence of the writer's stance toward it: two news
//! reports on a ferry fare rise, one giving the wider discount, the other the riders' charge
//! that the burden falls on commuters (issue 14, stance without a per-subject word list).

use std::process::Command;

use serde_json::Value;

fn compare_json(left: &str, right: &str) -> Value {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/derived/");
    let out = Command::new(env!("CARGO_BIN_EXE_counterpoint"))
        .env("XDG_CONFIG_HOME", std::env::temp_dir().join("counterpoint-tests-no-config"))
        .args(["compare", &format!("{dir}{left}"), &format!("{dir}{right}"), "--format", "json"])
        .output()
        .expect("the binary runs");
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    serde_json::from_slice(&out.stdout).expect("JSON")
}

/// The cues of one side's evidence as (kind, text).
fn cues(side: &Value) -> Vec<(String, String)> {
    side["evidence"]["cues"]
        .as_array()
        .expect("cues")
        .iter()
        .map(|c| (c["kind"].as_str().unwrap().to_string(), c["text"].as_str().unwrap().to_string()))
        .collect()
}

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
