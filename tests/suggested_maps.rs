//! A map `topics suggest` writes for two news reports names their people without stance lists
//! (as comments, for the user to turn on): with it, `compare` must read the pair as it does
//! with no map. A topic that argues nothing is no sign the pair is on the subject of an
//! argued map, which turns off reading a news report's people for whose case they make.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/derived").join(name)
}

fn run(args: &[&str]) -> Output {
    let out = Command::new(env!("CARGO_BIN_EXE_counterpoint"))
        .env("XDG_CONFIG_HOME", std::env::temp_dir().join("counterpoint-tests-no-config"))
        .args(args)
        .output()
        .expect("the binary runs");
    assert!(out.status.success(), "{args:?}: {}", String::from_utf8_lossy(&out.stderr));
    out
}

/// Each contrast as its reason and the two sentences' places.
fn contrasts(extra: &[&str], left: &Path, right: &Path) -> Vec<(String, String, String)> {
    let mut args = extra.to_vec();
    args.extend(["compare", left.to_str().unwrap(), right.to_str().unwrap(), "--format", "json"]);
    let v: Value = serde_json::from_slice(&run(&args).stdout).expect("JSON");
    let place = |s: &Value| format!("{}.{}", s["passage"], s["sentence"]);
    v["contrasts"]
        .as_array()
        .expect("contrasts")
        .iter()
        .map(|c| (c["reason"].as_str().unwrap().to_string(), place(&c["left"]), place(&c["right"])))
        .collect()
}

#[test]
fn a_suggested_map_of_a_news_pair_finds_what_no_map_finds() {
    let (left, right) = (fixture("ferry_framing_1.md"), fixture("ferry_framing_2.md"));
    let map = run(&["topics", "suggest", left.to_str().unwrap(), right.to_str().unwrap()]).stdout;
    let map = String::from_utf8(map).unwrap();
    // The people are the map's topics, with no stance lists in force.
    assert!(map.contains("name = \"Marta Quist\""), "{map}");
    assert!(!map.lines().any(|l| l.starts_with("[topics.stances]")), "{map}");
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("suggested.toml");
    std::fs::write(&path, &map).unwrap();

    let mut plain = contrasts(&[], &left, &right);
    let mut with_map = contrasts(&["--config", path.to_str().unwrap()], &left, &right);
    // Quist's own case set against the other report's framing of her words.
    assert!(plain.iter().any(|(reason, _, _)| reason.contains("gives their own case")), "{plain:?}");
    // The same contrasts (their order may differ: the map's other topics weigh in).
    plain.sort();
    with_map.sort();
    assert_eq!(with_map, plain);
}

#[test]
fn each_person_of_a_suggested_map_is_listed_once_under_the_maps_name() {
    let (left, right) = (fixture("ferry_framing_1.md"), fixture("ferry_framing_2.md"));
    let map = run(&["topics", "suggest", left.to_str().unwrap(), right.to_str().unwrap()]).stdout;
    // The user renames a topic; the contrasts and lists use the map's name.
    let map = String::from_utf8(map).unwrap().replacen("name = \"Marta Quist\"", "name = \"Ferry chief\"", 1);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("suggested.toml");
    std::fs::write(&path, &map).unwrap();
    let config = ["--config", path.to_str().unwrap()];
    let mut args = config.to_vec();
    args.extend(["compare", left.to_str().unwrap(), right.to_str().unwrap(), "--format", "json"]);
    let v: Value = serde_json::from_slice(&run(&args).stdout).expect("JSON");
    let names: Vec<&str> =
        v["topics"].as_array().unwrap().iter().map(|t| t["name"].as_str().unwrap()).collect();
    let mut unique = names.clone();
    unique.sort_unstable();
    unique.dedup();
    assert_eq!(unique.len(), names.len(), "{names:?}");
    assert!(names.contains(&"Ferry chief") && !names.contains(&"Marta Quist"), "{names:?}");
    let contrasts = v["contrasts"].as_array().unwrap();
    assert!(!contrasts.is_empty());
    assert!(contrasts.iter().all(|c| c["topic"] == "Ferry chief"), "{contrasts:?}");
    // The text report's topic table lists it once too.
    let mut args = config.to_vec();
    args.extend(["compare", left.to_str().unwrap(), right.to_str().unwrap(), "--format", "text"]);
    let text = String::from_utf8(run(&args).stdout).unwrap();
    assert_eq!(text.matches("FERRY CHIEF").count(), 1, "{text}");
}
