//! The real binary, run as a user or a script would run it.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_counterpoint"));
    // A user config on the test machine must not change what the tests see.
    cmd.env("XDG_CONFIG_HOME", std::env::temp_dir().join("counterpoint-tests-no-config"));
    cmd.env_remove("COLUMNS");
    cmd
}

fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pairs").join(name).display().to_string()
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 output")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8 errors")
}

fn temp_file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    (dir, path)
}

#[test]
fn json_report_follows_the_documented_contract() {
    let o = run(&[
        "compare",
        &fixture("sanctions_stance_1.md"),
        &fixture("sanctions_stance_2.md"),
        "--format",
        "json",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    for side in ["left", "right"] {
        for key in ["path", "title", "words", "passages"] {
            assert!(v[side].get(key).is_some(), "{side}.{key} missing");
        }
    }
    let topics = v["topics"].as_array().unwrap();
    let sanctions = topics.iter().find(|t| t["name"] == "sanctions").unwrap();
    assert!(!sanctions["left_passages"].as_array().unwrap().is_empty());
    assert!(!sanctions["right_passages"].as_array().unwrap().is_empty());
    let rows = v["alignment"].as_array().unwrap();
    assert!(rows.iter().any(|r| r["topic"] == "sanctions"
        && r["left"].as_array().unwrap().len() == 1
        && r["right"].as_array().unwrap().len() == 1));
    let contrasts = v["contrasts"].as_array().unwrap();
    assert!(!contrasts.is_empty());
    let scores: Vec<f64> = contrasts.iter().map(|c| c["score"].as_f64().unwrap()).collect();
    assert!(scores.windows(2).all(|w| w[0] >= w[1]), "contrasts sorted by score: {scores:?}");
    let top = contrasts
        .iter()
        .find(|c| c["topic"] == "sanctions" && c["kind"] == "stance")
        .expect("a sanctions stance contrast");
    assert!(top["left"]["text"].as_str().unwrap().contains("devastated ordinary Iranians"));
    assert!(top["reason"].as_str().unwrap().contains("harm"));
    assert!(top["left"]["passage"].is_u64());
}

#[test]
fn text_and_markdown_reports_show_topics_contrasts_and_reasons() {
    let text =
        run(&["compare", &fixture("numbers_dates_1.md"), &fixture("numbers_dates_2.md"), "--width", "80"]);
    assert!(text.status.success());
    let out = stdout(&text);
    assert!(out.contains("[number]"), "{out}");
    assert!(out.contains("why: different figures (percent)"), "{out}");
    assert!(out.lines().all(|l| l.chars().count() <= 100), "lines stay near the width");
    let md = run(&[
        "compare",
        &fixture("quote_variants_1.md"),
        &fixture("quote_variants_2.md"),
        "--format",
        "markdown",
    ]);
    let out = stdout(&md);
    assert!(out.starts_with("# counterpoint"));
    assert!(out.contains("## Contrasts"));
    assert!(out.contains("**quote**"));
    assert!(out.contains("~~"), "quote diffs are shown: {out}");
}

#[test]
fn without_a_terminal_the_default_command_prints_the_report() {
    let o = run(&[&fixture("negation_1.md"), &fixture("negation_2.md")]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("Contrasts ("));
}

#[test]
fn bundled_pair_works_from_any_directory() {
    let dir = tempfile::tempdir().unwrap();
    let o = bin().current_dir(dir.path()).args(["compare", "--format", "json"]).output().unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(v["contrasts"].as_array().unwrap().len() >= 5);
}

#[test]
fn missing_empty_binary_and_directory_inputs_fail_cleanly() {
    let (_d1, empty) = temp_file("empty.txt", b"");
    let (_d2, binary) = temp_file("image.png", b"\x89PNG\r\n\x1a\n\0\0");
    let (_d3, blank) = temp_file("blank.txt", b"  \n\n\t ");
    let dir = tempfile::tempdir().unwrap();
    let cases: Vec<(String, &str)> = vec![
        ("/no/such/file.txt".to_string(), "no such file"),
        (empty.display().to_string(), "empty"),
        (blank.display().to_string(), "whitespace"),
        (binary.display().to_string(), "binary"),
        (dir.path().display().to_string(), "directory"),
    ];
    for (path, expected) in cases {
        let o = run(&["compare", &path, &fixture("negation_1.md")]);
        assert_eq!(o.status.code(), Some(1), "{path}");
        let err = stderr(&o);
        assert!(err.contains(expected), "{path}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "one clear line: {err}");
        assert!(!err.contains("panicked"));
    }
}

#[test]
fn a_broken_config_names_file_line_and_column_and_exits_2() {
    let (_d, config) =
        temp_file("bad.toml", b"[[topics]]\nname = \"oil\"\ncolor = \"purplish\"\nterms = [\"oil\"]\n");
    let o = run(&[
        "compare",
        &fixture("negation_1.md"),
        &fixture("negation_2.md"),
        "--config",
        config.to_str().unwrap(),
    ]);
    assert_eq!(o.status.code(), Some(2));
    let err = stderr(&o);
    assert!(err.contains("bad.toml:3:9"), "{err}");
    assert!(err.contains("unknown colour"), "{err}");
    // --config is global: it may come before the subcommand too.
    let o = run(&[
        "--config",
        config.to_str().unwrap(),
        "compare",
        &fixture("negation_1.md"),
        &fixture("negation_2.md"),
    ]);
    assert_eq!(o.status.code(), Some(2));
}

#[test]
fn usage_errors_exit_2_and_help_exits_0() {
    assert_eq!(run(&["compare", "--format", "yaml"]).status.code(), Some(2));
    assert_eq!(run(&["only-one-file.txt"]).status.code(), Some(2));
    let help = run(&["--help"]);
    assert!(help.status.success());
    assert!(stdout(&help).contains("compare"));
    assert!(run(&["--version"]).status.success());
}

#[test]
fn escape_sequences_in_articles_never_reach_the_output_raw() {
    let hostile = "Title: Evil \u{1b}]0;owned\u{7}title\n\nSanctions hurt ordinary Iranians \u{1b}[31mbadly\u{1b}[0m and \u{202e}reversed\u{202c} text.\n";
    let (_d, path) = temp_file("evil.md", hostile.as_bytes());
    for format in ["text", "markdown", "json"] {
        let o =
            run(&["compare", path.to_str().unwrap(), &fixture("sanctions_stance_2.md"), "--format", format]);
        assert!(o.status.success(), "{}", stderr(&o));
        let out = stdout(&o);
        assert!(!out.contains('\u{1b}'), "{format}: raw ESC in output");
        assert!(!out.contains('\u{202e}'), "{format}: raw bidi override in output");
        assert!(!out.contains('\u{7}'), "{format}: raw BEL in output");
        if format == "json" {
            let v: Value = serde_json::from_str(&out).unwrap();
            assert_eq!(
                v["left"]["title"], "Evil \u{1b}]0;owned\u{7}title",
                "JSON keeps the original characters"
            );
        } else {
            let placeholder = if format == "markdown" { "^\\[" } else { "^[" };
            assert!(out.contains(placeholder), "{format}: ESC shown as a visible placeholder");
        }
    }
}

#[test]
fn config_subcommand_prints_the_default_and_the_paths() {
    let o = run(&["config", "--default"]);
    assert!(o.status.success());
    assert!(stdout(&o).contains("[[topics]]"));
    let o = run(&["config", "--path"]);
    assert!(stdout(&o).contains("built-in default"));
}
