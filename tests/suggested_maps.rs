//! `topics suggest` on the real binary: the map it writes loads, `topics check` reports its
//! matches, and `compare` finds contrasts with it. For two news reports it names their people
//! without stance lists (as comments, for the user to turn on): with it, `compare` must read
//! the pair as it does with no map. A topic that argues nothing is no sign the pair is on the
//! subject of an argued map, which turns off reading a news report's people for whose case
//! they make.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

#[path = "support/process.rs"]
mod process;
use process::{stderr, stdout, temp_file};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/derived").join(name)
}

fn output(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_counterpoint"))
        .env("XDG_CONFIG_HOME", std::env::temp_dir().join("counterpoint-tests-no-config"))
        .args(args)
        .output()
        .expect("the binary runs")
}

/// Runs the binary and asserts it succeeded.
fn run(args: &[&str]) -> Output {
    let out = output(args);
    assert!(out.status.success(), "{args:?}: {}", stderr(&out));
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

#[test]
fn topics_suggest_prints_a_map_that_loads_and_check_reports_matches() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("articles");
    let o = output(&["topics", "suggest", dir.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let snippet = stdout(&o);
    assert!(snippet.contains("[[topics]]") && snippet.contains("[topics.stances]"));
    let (_d, path) = temp_file("suggested.toml", snippet.as_bytes());
    let check = output(&["--config", path.to_str().unwrap(), "topics", "check", dir.to_str().unwrap()]);
    assert!(check.status.success(), "the suggested map is valid: {}", stderr(&check));
    assert!(stdout(&check).contains("passage(s)"));
    assert_eq!(output(&["topics", "suggest"]).status.code(), Some(2), "suggest needs files");
}

const SUGGEST_LEFT: &str = "Title: Senator Hale and the port plan\n\n\
Senator Maria Hale unveiled the harbor expansion plan on Wednesday. The harbor expansion plan is a brilliant and generous \
investment, and Senator Hale deserves praise for her honest leadership.\n\n\
Mayor Tom Birch praised the harbor expansion plan as a wonderful success for the city. Hale won strong support from \
dock workers, who welcomed the plan with hope.\n\n\
Critics in the Port Authority were quiet. Senator Hale said the plan would create good jobs for families.\n";
const SUGGEST_RIGHT: &str = "Title: The port plan fails\n\n\
Senator Maria Hale pushed the harbor expansion plan through on Wednesday. The harbor expansion plan is a reckless and \
wasteful scheme, and Senator Hale deserves blame for her dishonest leadership.\n\n\
Mayor Tom Birch attacked the harbor expansion plan as a terrible failure for the city. Hale faced angry protests from \
dock workers, who condemned the plan with fear.\n\n\
The Port Authority warned of losses. Senator Hale was criticized for the corrupt deal that hurt families.\n";

#[test]
fn topics_suggest_writes_a_map_with_which_compare_finds_contrasts() {
    let dir = tempfile::tempdir().unwrap();
    let (left, right) = (dir.path().join("left.md"), dir.path().join("right.md"));
    std::fs::write(&left, SUGGEST_LEFT).unwrap();
    std::fs::write(&right, SUGGEST_RIGHT).unwrap();
    let o = output(&["topics", "suggest", left.to_str().unwrap(), right.to_str().unwrap()]);
    assert!(o.status.success(), "{}", stderr(&o));
    let map = stdout(&o);
    let lower = map.to_lowercase();
    assert!(map.contains("Maria Hale") && map.contains("harbor expansion plan"), "{map}");
    assert!(!lower.contains("\"wednesday"), "no weekday is a topic: {map}");
    // Stance hints are written, as comments: a person read without lists is read as with no map.
    assert!(map.contains("\n# [topics.stances]\n# positive = ["), "stance hints are written: {map}");
    let (_d, path) = temp_file("suggested.toml", map.as_bytes());
    let o = output(&[
        "--config",
        path.to_str().unwrap(),
        "compare",
        left.to_str().unwrap(),
        right.to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "the map loads: {}", stderr(&o));
    let report: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let contrasts = report["contrasts"].as_array().expect("a contrasts list");
    assert!(!contrasts.is_empty(), "compare with the suggested map finds contrasts: {map}");
}
