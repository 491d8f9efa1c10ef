//! The real binary on articles with no body text: a title alone, or a title with only the page
//! clutter ingest strips. A pair refuses such a file as it refuses an empty one (one line, exit
//! 1); a corpus overview leaves it out with a warning, as it leaves out an empty file.

use std::path::{Path, PathBuf};

#[path = "support/binary.rs"]
mod binary;
#[path = "support/process.rs"]
mod process;
use binary::{fixture, run};
use process::stderr;

/// Files with a title and nothing an analysis could read after it.
fn no_body_files(dir: &Path) -> Vec<PathBuf> {
    let files: [(&str, &str); 4] = [
        ("title-only.md", "Tariffs bite\n"),
        ("header-only.md", "Title: Tariffs bite\nSource: Test Wire\n\n"),
        (
            "clutter-only.txt",
            "Tariffs bite\n\nSubscribe\n\nShare this article\n\nWe use cookies to improve your experience.\n",
        ),
        ("headings-only.md", "# Tariffs bite\n\n## What changed\n\n## What comes next\n"),
    ];
    files
        .iter()
        .map(|(name, text)| {
            let path = dir.join(name);
            std::fs::write(&path, text).unwrap();
            path
        })
        .collect()
}

#[test]
fn a_pair_with_an_article_of_no_body_text_is_refused_in_one_line() {
    let dir = tempfile::tempdir().unwrap();
    let other = fixture("negation_1.md");
    for path in no_body_files(dir.path()) {
        let path = path.display().to_string();
        let runs: Vec<Vec<&str>> = vec![
            vec!["compare", &path, &other],
            vec!["compare", &other, &path],
            vec!["compare", &path, &other, "--format", "markdown"],
            vec!["compare", &path, &other, "--format", "json"],
            // The default invocation; its output is not a terminal, so it would print the report.
            vec![&path, &other],
        ];
        for args in runs {
            let o = run(&args);
            let err = stderr(&o);
            assert_eq!(o.status.code(), Some(1), "{args:?}: {err}");
            assert!(o.stdout.is_empty(), "{args:?}: no report is printed");
            assert_eq!(err.trim().lines().count(), 1, "one clear line: {err}");
            assert!(err.contains(&path) && err.contains("no article text"), "{args:?}: {err}");
            assert!(!err.contains("panicked"));
        }
    }
}

#[test]
fn a_corpus_folder_skips_an_article_of_no_body_text_like_an_empty_file() {
    let dir = tempfile::tempdir().unwrap();
    let articles = ["negation_1.md", "negation_2.md"];
    for name in articles {
        std::fs::copy(fixture(name), dir.path().join(name)).unwrap();
    }
    let skipped = no_body_files(dir.path());
    let o = run(&["compare", dir.path().to_str().unwrap(), "--format", "json"]);
    let warnings = stderr(&o);
    assert!(o.status.success(), "{warnings}");
    let v: serde_json::Value = serde_json::from_slice(&o.stdout).unwrap();
    assert_eq!(v["articles"].as_array().unwrap().len(), 2, "{v}");
    assert_eq!(warnings.lines().count(), skipped.len(), "one line per file left out: {warnings}");
    for path in &skipped {
        let name = path.file_name().unwrap().to_str().unwrap();
        assert!(
            warnings.lines().any(|l| l.contains("warning: skipped") && l.contains(name)),
            "{name}: {warnings}"
        );
    }
    // With fewer than two articles left, the overview is an error, as with empty files.
    let sparse = tempfile::tempdir().unwrap();
    std::fs::copy(fixture("negation_1.md"), sparse.path().join("a.md")).unwrap();
    no_body_files(sparse.path());
    let o = run(&["compare", sparse.path().to_str().unwrap()]);
    assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
    assert_eq!(stderr(&o).trim().lines().filter(|l| !l.contains("warning")).count(), 1);
}
