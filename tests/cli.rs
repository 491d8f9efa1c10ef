//! The real binary, run as a user or a script would run it.

use std::path::Path;
use std::process::{Command, Output};

use serde_json::Value;

#[path = "support/process.rs"]
mod process;
use process::{stderr, stdout, temp_file};

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
    // The target object: which target, where it comes from.
    assert_eq!(top["target"]["name"], "sanctions");
    assert_eq!(top["target"]["origin"], "map");
    assert!(top["target"]["kind"].is_null(), "a map topic has no kind: {}", top["target"]);
    assert!(top["target"]["id"].is_u64());
    assert!(top["target"]["aliases"].as_array().is_some_and(|a| !a.is_empty()));
    // Each side's evidence: voice, stance, and cues whose byte spans slice the sentence to the
    // cue's text; the reason names the cues the evidence holds.
    for side in ["left", "right"] {
        let s = &top[side];
        let e = &s["evidence"];
        assert!(["author", "speaker", "reported", "rebutted"].contains(&e["voice"]["kind"].as_str().unwrap()));
        assert!(e["stance"].is_string(), "{side}: {e}");
        assert!(e["hedged"].is_boolean());
        assert_eq!(e["topic_from"], "named", "{side}: the sentence names sanctions");
        let text = s["text"].as_str().unwrap();
        let cues = e["cues"].as_array().unwrap();
        assert!(!cues.is_empty(), "{side} has cues");
        for cue in cues {
            let (start, end) =
                (cue["start"].as_u64().unwrap() as usize, cue["end"].as_u64().unwrap() as usize);
            assert_eq!(&text[start..end], cue["text"].as_str().unwrap());
            assert!(cue["weight"].is_f64() && cue["supports"].is_boolean() && cue["kind"] == "stance");
            if cue["supports"] == true {
                assert!(top["reason"].as_str().unwrap().contains(cue["text"].as_str().unwrap()));
            }
        }
    }
    assert_eq!(top["left"]["evidence"]["stance"], "harm");
    let agreements = v["agreements"].as_array().unwrap();
    for a in agreements {
        assert!(a["target"]["name"].is_string() && a["left"]["evidence"]["cues"].is_array());
    }
}

/// A subject no topic map was written for: the person both articles discuss becomes a derived
/// target, and opposite evaluations of her are a contrast whose evidence is the lexicon's.
#[test]
fn a_person_both_articles_judge_is_a_derived_target_with_lexicon_evidence() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/derived/");
    let o =
        run(&["compare", &format!("{dir}harbour_1.md"), &format!("{dir}harbour_2.md"), "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let topics = v["topics"].as_array().unwrap();
    assert!(topics.iter().any(|t| t["name"] == "Helena Lindqvist" && t["origin"] == "derived"), "{topics:?}");
    let top = &v["contrasts"][0];
    assert_eq!(top["target"]["name"], "Helena Lindqvist");
    assert_eq!(top["target"]["origin"], "derived");
    assert_eq!(top["target"]["kind"], "person");
    assert_eq!(top["left"]["evidence"]["polarity"], "positive");
    assert_eq!(top["right"]["evidence"]["polarity"], "negative");
    let cue_texts = |side: &str| -> Vec<String> {
        top[side]["evidence"]["cues"]
            .as_array()
            .unwrap()
            .iter()
            .filter(|c| c["supports"] == true)
            .map(|c| c["text"].as_str().unwrap().to_string())
            .collect()
    };
    assert!(cue_texts("left").contains(&"brilliant".to_string()), "{top}");
    assert!(cue_texts("right").contains(&"reckless".to_string()), "{top}");
    assert!(top["left"]["evidence"]["cues"].as_array().unwrap().iter().all(|c| c["kind"] != "stance"));
    assert!(v["consensus"]["mostly_agree"].is_boolean());
}

/// A stance read by the lexicon where a side is a news report carries a caution (a BASIL reader
/// judged 9 of 470 such contrasts correct); figures, quotations and map stances do not, and
/// an op-ed pair's lexicon stances do not either.
#[test]
fn lexicon_stances_in_news_reports_are_marked_weak_evidence() {
    let json = |case: &str| -> Value {
        let (l, r) = (fixture(&format!("{case}_1.md")), fixture(&format!("{case}_2.md")));
        let o = run(&["compare", &l, &r, "--format", "json"]);
        assert!(o.status.success(), "{}", stderr(&o));
        serde_json::from_str(&stdout(&o)).unwrap()
    };
    let news = json("newsubject_wage");
    for side in ["left", "right"] {
        let share = news[side]["reported_share"].as_f64().unwrap();
        assert!((0.3..=1.0).contains(&share), "{side}: {share}");
    }
    let contrasts = news["contrasts"].as_array().unwrap();
    let lexicon = |c: &Value| c["kind"] == "stance" && c["target"]["origin"] == "derived";
    assert!(contrasts.iter().any(lexicon), "{contrasts:?}");
    for c in contrasts {
        assert_eq!(c["caution"].is_string(), lexicon(c), "{c}");
    }
    let opinion = json("sanctions_stance");
    assert!(opinion["contrasts"].as_array().unwrap().iter().all(|c| c["caution"].is_null()));
    let text = |case: &str| {
        let (l, r) = (fixture(&format!("{case}_1.md")), fixture(&format!("{case}_2.md")));
        stdout(&run(&["compare", &l, &r, "--width", "80"]))
    };
    let news = text("newsubject_wage");
    assert!(
        news.contains("A news report is among these articles") && news.contains("caution: weak evidence")
    );
    let harbour = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/derived/");
    let o = run(&["compare", &format!("{harbour}harbour_1.md"), &format!("{harbour}harbour_2.md")]);
    assert!(!stdout(&o).contains("caution:"), "an op-ed pair's lexicon stance is not marked");
}

#[test]
fn json_evidence_marks_a_negated_cue_and_figure_spans() {
    let o = run(&["compare", &fixture("negation_1.md"), &fixture("negation_2.md"), "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let negated: Vec<&Value> = v["contrasts"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| [&c["left"], &c["right"]])
        .flat_map(|s| {
            s["evidence"]["cues"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|c| !c["negated_by"].is_null())
                .map(move |c| (s, c))
        })
        .map(|(s, c)| {
            let n = &c["negated_by"];
            let text = s["text"].as_str().unwrap();
            let (start, end) = (n["start"].as_u64().unwrap() as usize, n["end"].as_u64().unwrap() as usize);
            assert_eq!(&text[start..end], n["text"].as_str().unwrap());
            c
        })
        .collect();
    assert!(!negated.is_empty(), "a negated cue is marked: {}", stdout(&o));
    let o =
        run(&["compare", &fixture("numbers_dates_1.md"), &fixture("numbers_dates_2.md"), "--format", "json"]);
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let number =
        v["contrasts"].as_array().unwrap().iter().find(|c| c["kind"] == "number").expect("a number contrast");
    for side in ["left", "right"] {
        let cue = &number[side]["evidence"]["cues"][0];
        assert_eq!(cue["kind"], "figure");
        assert!(number["reason"].as_str().unwrap().contains(cue["text"].as_str().unwrap()));
    }
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
fn report_width_follows_the_flag_then_columns() {
    let args = ["compare", &fixture("sanctions_stance_1.md"), &fixture("sanctions_stance_2.md")];
    let widest = |o: &Output| stdout(o).lines().map(|l| l.chars().count()).max().unwrap_or(0);
    let narrow = bin().env("COLUMNS", "50").args(args).output().unwrap();
    assert!(widest(&narrow) <= 50, "COLUMNS=50 gave {}", widest(&narrow));
    let flag = bin().env("COLUMNS", "50").args(args).args(["--width", "100"]).output().unwrap();
    assert!(widest(&flag) > 50 && widest(&flag) <= 100, "--width wins over COLUMNS");
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

/// Two reports on one invented subject that judge its people in opposite terms.
/// A figure both articles give for the same thing is a shared fact in every format: in JSON
/// under `facts`, each side's one cue the figure itself, and in text and Markdown under
/// "Facts both report".
#[test]
fn figures_both_articles_give_are_listed_as_shared_facts() {
    let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/pairs/");
    let (l, r) = (format!("{dir}newsubject_wage_1.md"), format!("{dir}newsubject_wage_2.md"));
    let o = run(&["compare", &l, &r, "--format", "json"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let v: Value = serde_json::from_str(&stdout(&o)).unwrap();
    let facts = v["facts"].as_array().unwrap();
    assert!(
        facts.iter().any(|f| f["reason"].as_str().unwrap().starts_with("both give \"$11.50\"")),
        "{facts:?}"
    );
    for f in facts {
        assert_eq!(f["kind"], "number");
        for side in ["left", "right"] {
            let cues = f[side]["evidence"]["cues"].as_array().unwrap();
            assert_eq!(cues.len(), 1);
            assert_eq!(cues[0]["kind"], "figure");
            let text = f[side]["text"].as_str().unwrap();
            let (start, end) =
                (cues[0]["start"].as_u64().unwrap() as usize, cues[0]["end"].as_u64().unwrap() as usize);
            assert_eq!(&text[start..end], cues[0]["text"].as_str().unwrap());
        }
    }
    for format in ["text", "markdown"] {
        let o = run(&["compare", &l, &r, "--format", format]);
        let out = stdout(&o);
        assert!(
            out.contains("Facts both report (") && out.contains("both give \"$11.50\""),
            "{format}:\n{out}"
        );
    }
}
