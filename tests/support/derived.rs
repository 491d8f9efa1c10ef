//! The JSON report of a pair under `tests/fixtures/derived/`, run on the real binary with no
//! config, and the cues of one side's evidence: shared by the tests of readings on targets the
//! pair finds itself (deeds, whose case).

use std::process::Command;

use serde_json::Value;

/// `counterpoint compare LEFT RIGHT --format json` on two files of `tests/fixtures/derived/`.
pub fn compare_json(left: &str, right: &str) -> Value {
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
pub fn cues(side: &Value) -> Vec<(String, String)> {
    side["evidence"]["cues"]
        .as_array()
        .expect("cues")
        .iter()
        .map(|c| (c["kind"].as_str().unwrap().to_string(), c["text"].as_str().unwrap().to_string()))
        .collect()
}
