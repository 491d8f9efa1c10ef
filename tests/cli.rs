//! The real binary, run as a user or a script would run it: the default command, inputs it
//! reads or refuses (missing, empty, binary, a folder, a saved web page), exit codes for usage
//! and config errors, the `config`, `completions` and `man` commands, the user's config file,
//! and the corpus overview of a folder. What the reports hold is tested in `cli_reports.rs`,
//! that README documents the binary in `cli_readme.rs`.

use std::path::Path;

use serde_json::Value;

#[path = "support/binary.rs"]
mod binary;
#[path = "support/process.rs"]
mod process;
use binary::{bin, fixture, run};
use process::{stderr, stdout, temp_file};

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
    let out = stdout(&o);
    assert!(out.contains("built-in default"));
    // One line per place, with real newlines between them.
    assert!(!out.contains("^J"), "{out}");
    assert!(out.lines().count() >= 3 && out.lines().any(|l| l.starts_with("exports go to ")), "{out}");
}

#[test]
fn a_corpus_folder_with_an_empty_file_and_an_export_gives_the_overview_of_its_articles() {
    let dir = tempfile::tempdir().unwrap();
    let articles = ["negation_1.md", "negation_2.md", "sanctions_stance_1.md"];
    for name in articles {
        std::fs::copy(fixture(name), dir.path().join(name)).unwrap();
    }
    std::fs::write(dir.path().join("empty.md"), b"").unwrap();
    // An export of two of them, as `e` used to leave it beside them.
    let export =
        run(&["compare", &fixture("negation_1.md"), &fixture("negation_2.md"), "--format", "markdown"]);
    std::fs::write(dir.path().join("negation_1-vs-negation_2.counterpoint.md"), &export.stdout).unwrap();
    let o = run(&["compare", dir.path().to_str().unwrap(), "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let names: Vec<&str> =
        v["articles"].as_array().unwrap().iter().map(|a| a["path"].as_str().unwrap()).collect();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(names.iter().all(|n| articles.iter().any(|a| n.ends_with(a))), "{names:?}");
    let warning = stderr(&o);
    assert!(warning.contains("warning: skipped") && warning.contains("empty.md"), "{warning}");
    assert_eq!(warning.lines().count(), 1, "{warning}");
    // Only what cannot be read at all is an error: two unreadable files and one article.
    let sparse = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("negation_1.md"), sparse.path().join("a.md")).unwrap();
    std::fs::write(sparse.path().join("b.md"), b"").unwrap();
    std::fs::write(sparse.path().join("c.md"), b"   \n").unwrap();
    let o = run(&["compare", sparse.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
}

#[test]
fn completions_for_every_shell_and_a_man_page() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let o = run(&["completions", shell]);
        assert!(o.status.success(), "{shell}");
        assert!(stdout(&o).contains("counterpoint"), "{shell}");
    }
    assert_eq!(run(&["completions", "tcsh"]).status.code(), Some(2));
    let man = run(&["man"]);
    assert!(man.status.success());
    assert!(stdout(&man).starts_with(".ie") || stdout(&man).contains(".TH counterpoint"));
}

#[test]
fn a_directory_gives_the_corpus_overview_in_every_format() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("articles");
    let o = run(&["compare", dir.to_str().unwrap(), "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let n = v["articles"].as_array().unwrap().len();
    assert!(n >= 4);
    assert_eq!(v["pairs"].as_array().unwrap().len(), n * (n - 1) / 2);
    assert_eq!(v["matrix"].as_array().unwrap().len(), n);
    let strengths: Vec<f64> =
        v["pairs"].as_array().unwrap().iter().map(|p| p["strength"].as_f64().unwrap()).collect();
    assert!(strengths.windows(2).all(|w| w[0] >= w[1]));
    let text = stdout(&run(&["compare", dir.to_str().unwrap()]));
    assert!(text.contains("Pairs, strongest disagreement first"), "{text}");
    let md = stdout(&run(&["compare", dir.to_str().unwrap(), "--format", "markdown"]));
    assert!(md.contains("| # | article |"), "{md}");
    // Three files are a corpus too; without a terminal the overview is printed.
    let files: Vec<String> =
        ["negation_1.md", "negation_2.md", "sanctions_stance_1.md"].iter().map(|f| fixture(f)).collect();
    let o = run(&files.iter().map(String::as_str).collect::<Vec<_>>());
    assert!(stdout(&o).contains("3 articles, 3 pairs"), "{}", stdout(&o));
}

#[test]
fn a_user_file_overriding_one_topic_keeps_the_others() {
    let config = tempfile::tempdir().unwrap();
    let dir = config.path().join("counterpoint");
    std::fs::create_dir_all(&dir).unwrap();
    std::fs::write(
        dir.join("config.toml"),
        "[[topics]]\nname = \"israel\"\ncolor = \"blue\"\nterms = [\"Jerusalem\"]\n",
    )
    .unwrap();
    let o = bin()
        .env("XDG_CONFIG_HOME", config.path())
        .args(["compare", &fixture("negation_1.md"), &fixture("negation_2.md"), "--format", "json"])
        .output()
        .unwrap();
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let topics = v["topics"].as_array().unwrap();
    let israel = topics.iter().find(|t| t["name"] == "israel").unwrap();
    assert!(
        israel["left_passages"].as_array().unwrap().is_empty(),
        "the user's israel topic replaced the default"
    );
    assert!(topics
        .iter()
        .any(|t| t["name"] == "sanctions" && !t["left_passages"].as_array().unwrap().is_empty()));
    let paths = bin().env("XDG_CONFIG_HOME", config.path()).args(["config", "--path"]).output().unwrap();
    assert!(stdout(&paths).contains("(user file)"), "{}", stdout(&paths));
}

#[test]
fn saved_web_pages_are_read_as_articles() {
    let page = "<html><head><title>Sanctions bite | Example</title></head><body><nav>Home | World | Subscribe</nav><article><h1>Sanctions bite</h1>\
        <p>Sanctions hurt ordinary Iranians, who now pay twice as much for medicine as they did a year ago, pharmacists in Tehran say.</p>\
        <p>Officials insist the economy is adapting and that the talks in Oman will bring relief within months, though few believe them.</p></article></body></html>";
    let (_d, path) = temp_file("page.html", page.as_bytes());
    let o = run(&["compare", path.to_str().unwrap(), &fixture("sanctions_stance_2.md"), "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    assert!(v["left"]["title"].as_str().unwrap().contains("Sanctions bite"));
    assert!(!stdout(&o).contains("<p>"));
    assert!(v["contrasts"].as_array().unwrap().iter().any(|c| c["topic"] == "sanctions"));
}
