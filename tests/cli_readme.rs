//! README documents the real binary: every command of `--help` and the main flags, every field
//! of the corpus overview's JSON, and every key action of the default keymap.

use std::path::Path;

use serde_json::Value;

#[path = "support/binary.rs"]
mod binary;
#[path = "support/process.rs"]
mod process;
use binary::run;
use process::{stderr, stdout};

#[test]
fn the_readme_usage_matches_the_help() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let help = stdout(&run(&["--help"]));
    let commands: Vec<&str> = help
        .lines()
        .skip_while(|l| !l.starts_with("Commands:"))
        .skip(1)
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|c| *c != "help")
        .collect();
    assert!(commands.len() >= 5, "{help}");
    for command in commands {
        assert!(readme.contains(&format!("counterpoint {command}")), "README does not document `{command}`");
    }
    for flag in ["--config", "--color", "--format", "--width", "--path", "--default"] {
        assert!(readme.contains(flag), "README does not document {flag}");
    }
}

/// Every field of the corpus overview's JSON is named where README describes the overview.
#[test]
fn the_readme_documents_the_overview_json() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let section = readme.split("## Many articles: the corpus overview").nth(1).unwrap();
    let section = section.split("\n## ").next().unwrap();
    let o = run(&[
        "compare",
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("articles").display().to_string(),
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    fn keys(v: &Value, out: &mut Vec<String>) {
        match v {
            Value::Object(m) => m.iter().for_each(|(k, v)| {
                out.push(k.clone());
                keys(v, out);
            }),
            Value::Array(a) => a.iter().for_each(|v| keys(v, out)),
            _ => {}
        }
    }
    let mut all = Vec::new();
    keys(&serde_json::from_str(&stdout(&o)).unwrap(), &mut all);
    for key in all {
        assert!(
            section.contains(&format!("\"{key}\"")),
            "README's overview section does not document {key:?}"
        );
    }
}

#[test]
fn the_readme_lists_every_key_action() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let config = counterpoint::config::Config::default_config();
    for action in counterpoint::keymap::Action::ALL {
        let keys = config.keymap.keys_for(action);
        assert!(!keys.is_empty(), "{action:?} has no default key");
        let row = keys.iter().map(|k| format!("`{k}`")).collect::<Vec<_>>().join(" ");
        assert!(
            readme.contains(&format!("| {row} | {} |", action.description())),
            "README's key table lacks {action:?}: | {row} | {} |",
            action.description()
        );
    }
}
