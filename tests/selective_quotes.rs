//! One person quoted with a different remark by each of two op-eds, on the real binary's engine
//! and in its reports: listed once, as a quotation contrast headed by the person, with both
//! remarks shown and no claim that either article misquotes them.

mod common;

use common::*;
use counterpoint::compare::Side;
use counterpoint::contrast::{ContrastKind, Detail};

#[test]
fn both_op_eds_quoting_one_official_differently_is_listed_with_both_remarks() {
    let (c, expected) = fixture("garage_housing");
    let wanted = expected.contrast.iter().find(|e| e.kind.as_deref() == Some("quote")).unwrap();
    assert!(found(&c, wanted), "reported:\n{}", describe(&c));
    let remarks: Vec<_> = c.contrasts.iter().filter(|x| matches!(x.detail, Detail::Remarks { .. })).collect();
    assert_eq!(remarks.len(), 1, "reported:\n{}", describe(&c));
    let r = remarks[0];
    assert_eq!(r.kind, ContrastKind::Quote);
    assert_eq!(c.contrast_label(r), "Castellano");
    let reason = counterpoint::report::reason::contrast_reason(&c.targets, c.articles(), r);
    assert!(
        reason.starts_with("Miriam Castellano quoted with different remarks: left “Every year we wait"),
        "{reason}"
    );
    assert!(!reason.contains("in different words"), "{reason}");
    // Each side's one cue is its quotation, inside its own sentence.
    for (side, at, evidence) in [(Side::Left, r.left, &r.evidence[0]), (Side::Right, r.right, &r.evidence[1])]
    {
        let sentence = c.sentence(side, at);
        let cue = &evidence.cues[0];
        assert!(
            sentence.get(cue.span.clone()).is_some_and(|q| q.split_whitespace().count() >= 5),
            "{sentence}"
        );
    }
    // Nothing the writer did not put down.
    let stray: Vec<String> = c
        .contrasts
        .iter()
        .filter(|x| !flagged_by_writer(&c, &expected, x))
        .map(|x| counterpoint::report::reason::contrast_reason(&c.targets, c.articles(), x))
        .collect();
    assert!(stray.is_empty(), "{stray:?}");
}

#[test]
fn the_text_and_json_reports_give_the_remarks() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pairs/");
    let run = |format: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_counterpoint"))
            .args(["compare", &format!("{dir}garage_housing_1.md"), &format!("{dir}garage_housing_2.md")])
            .args(["--format", format])
            .env(
                "XDG_CONFIG_HOME",
                concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/no-such-config-home"),
            )
            .output()
            .unwrap();
        assert!(out.status.success());
        String::from_utf8(out.stdout).unwrap()
    };
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    let quote = json["contrasts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["kind"] == "quote")
        .expect("a quote contrast in the JSON");
    assert!(quote["reason"].as_str().unwrap().contains("quoted with different remarks"));
    assert_eq!(quote["left"]["evidence"]["voice"]["speaker"], "Castellano");
    assert_eq!(quote["left"]["evidence"]["cues"][0]["kind"], "quote");
    assert!(run("text").contains("Miriam Castellano quoted with different remarks"));
}
