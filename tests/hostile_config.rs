//! Hostile configs, end to end through the real binary: mistakes that must exit with 2 and name
//! `file:line:col` in one line, pattern lists too large to match, names that hold escapes
//! (shown with placeholders in every report), a FIFO or device given as the config, and a
//! topic map of a hundred thousand terms that must load within seconds. Every run is checked by
//! the rules in `support/sandbox.rs`.

#[path = "fixtures/hostile/fixtures.rs"]
mod fixtures;
#[path = "support/sandbox.rs"]
mod sandbox;

use std::ffi::OsStr;
use std::path::Path;
use std::time::{Duration, Instant};

#[cfg(unix)]
use sandbox::mkfifo;
use sandbox::{assert_terminal_safe, other_side, run_with_deadline, Sandbox};
use serde_json::Value;

// ---------------------------------------------------------------------------------------------
// Config mistakes: exit 2 and file:line:col.

fn config_error(sandbox: &Sandbox, name: &str, toml: &[u8]) -> String {
    let config = sandbox.write(name, toml);
    let small = sandbox.write("plain.txt", fixtures::PLAIN.as_bytes());
    let run = sandbox.compare(&small, &other_side(), "text", &["--config", config.to_str().unwrap()]);
    assert_eq!(run.code, Some(2), "{name}: {}", run.stderr);
    assert!(run.stdout.is_empty());
    assert_terminal_safe(name, &run.stderr);
    assert_eq!(run.stderr.trim_end().lines().count(), 1, "{}", run.stderr);
    run.stderr
}

#[test]
fn config_mistakes_name_file_line_and_column() {
    let sandbox = Sandbox::new();
    let topic =
        |extra: &str| format!("[[topics]]\nname = \"oil\"\ncolor = \"red\"\nterms = [\"oil\"]\n{extra}");
    let cases: Vec<(&str, String, &str, &str)> = vec![
        ("syntax.toml", "[reader]\nsync = tru\n".into(), "syntax.toml:2:", ""),
        ("unknown-key.toml", "[reader]\nsink = true\n".into(), "unknown-key.toml:2:1", "unknown field"),
        ("unknown-table.toml", "[raeder]\nsync = true\n".into(), "unknown-table.toml:1:", "unknown field"),
        (
            "wrong-type.toml",
            "[analysis]\nmax_file_bytes = \"big\"\n".into(),
            "wrong-type.toml:2:18",
            "invalid type",
        ),
        (
            "wrong-type-list.toml",
            "[[topics]]\nname = \"oil\"\ncolor = \"red\"\nterms = \"oil\"\n".into(),
            "wrong-type-list.toml:4:9",
            "invalid type",
        ),
        (
            "bad-key-name.toml",
            "[keys]\nscroll_down = [\"Hyper-j\"]\n".into(),
            "bad-key-name.toml:2:16",
            "unknown key name",
        ),
        ("bad-action.toml", "[keys]\nfly = [\"j\"]\n".into(), "bad-action.toml:2:1", "fly"),
        (
            "duplicate-topic.toml",
            topic("[[topics]]\nname = \"OIL\"\ncolor = \"blue\"\nterms = [\"crude\"]\n"),
            "duplicate-topic.toml:6:8",
            "defined twice",
        ),
        (
            "empty-topic.toml",
            "[[topics]]\nname = \"oil\"\ncolor = \"red\"\nterms = []\n".into(),
            "empty-topic.toml:4:9",
            "no terms",
        ),
        (
            "bad-colour.toml",
            "[[topics]]\nname = \"oil\"\ncolor = \"purplish\"\nterms = [\"oil\"]\n".into(),
            "bad-colour.toml:3:9",
            "unknown colour",
        ),
        (
            "limit-too-small.toml",
            "[analysis]\nmax_file_bytes = 10\n".into(),
            "limit-too-small.toml:2:18",
            "at least 1024",
        ),
    ];
    for (name, toml, location, message) in cases {
        let err = config_error(&sandbox, name, toml.as_bytes());
        assert!(err.contains(location), "{name}: expected {location}: {err}");
        assert!(err.contains(message), "{name}: expected {message:?}: {err}");
    }
}

#[test]
fn a_pattern_too_large_to_match_is_a_config_error() {
    let sandbox = Sandbox::new();
    let huge = "x".repeat(counterpoint::matcher::MAX_PHRASE_BYTES + 1);
    let toml = format!("[[topics]]\nname = \"big\"\ncolor = \"red\"\nterms = [\"oil\", \"{huge}\"]\n");
    let err = config_error(&sandbox, "huge-pattern.toml", toml.as_bytes());
    assert!(err.contains("huge-pattern.toml:4:9"), "{}", &err[..err.len().min(300)]);
    assert!(err.contains("over the limit"), "{}", &err[..err.len().min(300)]);
    // Many phrases that add up to too much are caught the same way.
    let many: Vec<String> = (0..2100).map(|i| format!("\"{i:0>500}\"")).collect();
    let toml = format!("[[topics]]\nname = \"big\"\ncolor = \"red\"\nterms = [{}]\n", many.join(", "));
    let err = config_error(&sandbox, "many-patterns.toml", toml.as_bytes());
    assert!(err.contains("many-patterns.toml:4:9"), "{}", &err[..err.len().min(300)]);
}

#[test]
fn phrase_lists_too_large_together_are_a_config_error() {
    // Each topic's terms are within the limit alone; the matcher over all topics' terms is not.
    let sandbox = Sandbox::new();
    let half = "x".repeat(counterpoint::matcher::MAX_PHRASE_BYTES / 2 + 100);
    let topic = |name: &str, list: &str| {
        format!("[[topics]]\nname = \"{name}\"\ncolor = \"red\"\nterms = [\"{name}\", \"{half}{list}\"]\n\n")
    };
    let toml = format!("{}{}", topic("one", "a"), topic("two", "b"));
    let err = config_error(&sandbox, "two-big-topics.toml", toml.as_bytes());
    assert!(err.contains("two-big-topics.toml:9:9"), "{err}");
    assert!(err.contains("terms of all topics") && err.contains("over the limit of 1048576 bytes"), "{err}");
    // The same for the stance cues of all topics.
    let stance = |name: &str| {
        format!(
            "[[topics]]\nname = \"{name}\"\ncolor = \"red\"\nterms = [\"{name}\"]\n\
             [topics.stances]\nfor = [\"{half}\"]\nagainst = [\"no\"]\n"
        )
    };
    let toml = format!("{}{}", stance("one"), stance("two"));
    let err = config_error(&sandbox, "two-big-stances.toml", toml.as_bytes());
    assert!(err.contains("two-big-stances.toml:13:7"), "{err}");
    assert!(err.contains("stance cues of all topics"), "{err}");
}

#[test]
fn config_names_with_escapes_are_shown_with_placeholders() {
    let sandbox = Sandbox::new();
    // A topic name with escapes, defined twice: the error quotes it.
    let toml = "[[topics]]\nname = \"x\\u001b]0;t\\u0007\"\ncolor = \"red\"\nterms = [\"a\"]\n\
                [[topics]]\nname = \"x\\u001b]0;t\\u0007\"\ncolor = \"red\"\nterms = [\"b\"]\n";
    let err = config_error(&sandbox, "evil\u{1b}[2J\u{202e}.toml", toml.as_bytes());
    assert!(err.contains("evil^[[2J<U+202E>.toml:6:8"), "{err}");
    assert!(err.contains("x^[]0;t^G"), "{err}");
    // A valid map whose topic and stance names hold escapes: every report shows placeholders.
    let config = sandbox.write(
        "named.toml",
        b"[[topics]]\nname = \"evil\\u001b]0;pwned\\u0007\\u202e\"\ncolor = \"red\"\nterms = [\"widgets\"]\n\
          [topics.stances]\n\"harm\\u001b[5m\" = [\"broken\", \"failed\"]\nhelp = [\"working\", \"improved\"]\n",
    );
    let left = sandbox
        .write("l.md", b"Title: L\n\nThe new widgets have broken down and failed the whole factory.\n");
    let right = sandbox
        .write("r.md", b"Title: R\n\nThe new widgets are working and have improved the whole factory.\n");
    for format in ["text", "markdown", "json"] {
        let run = sandbox.compare(&left, &right, format, &["--config", config.to_str().unwrap()]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        assert_terminal_safe(format, &run.stdout);
        if format == "text" {
            assert!(run.stdout.contains("EVIL^[]0;PWNED^G<U+202E>"), "{}", run.stdout);
            assert!(run.stdout.contains("harm^[[5m"), "{}", run.stdout);
        }
        if format == "json" {
            let v: Value = serde_json::from_str(&run.stdout).unwrap();
            assert!(v["contrasts"][0]["reason"].as_str().unwrap().contains("harm\u{1b}[5m"));
        }
    }
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pairs");
    for format in ["text", "markdown", "json"] {
        let run = sandbox.run([
            OsStr::new("compare"),
            dir.as_os_str(),
            OsStr::new("--format"),
            OsStr::new(format),
            OsStr::new("--config"),
            config.as_os_str(),
        ]);
        assert_eq!(run.code, Some(0), "{}", run.stderr);
        assert_terminal_safe(&format!("corpus {format}"), &run.stdout);
    }
}

// ---------------------------------------------------------------------------------------------
// A FIFO or a device as the config: refused at once, never read; each run has a deadline.

#[cfg(unix)]
#[test]
fn a_fifo_or_device_as_config_is_refused_at_once() {
    let sandbox = Sandbox::new();
    let fifo = sandbox.path("config.toml");
    mkfifo(&fifo);
    for config in [fifo.as_path(), Path::new("/dev/zero")] {
        let run = compare_plain_with_config(&sandbox, config, Duration::from_secs(20));
        assert_eq!(run.code, Some(2), "{}: {}", config.display(), run.stderr);
        assert_eq!(run.stderr.trim_end().lines().count(), 1, "{}", run.stderr);
        assert!(run.stderr.contains("not a regular file"), "{}", run.stderr);
    }
}

// ---------------------------------------------------------------------------------------------
// Quadratic paths: a topic map inside the documented limits whose loading took most of a minute.

#[test]
fn a_topic_map_of_a_hundred_thousand_terms_loads_within_seconds() {
    let sandbox = Sandbox::new();
    // 110,000 distinct short terms, about 0.9 MiB: inside the 1 MiB limit. A linear duplicate
    // search per term made 130,900 take 46 s.
    let terms: Vec<String> = (0..110_000).map(|i| format!("\"t{i:x}\"")).collect();
    let toml = format!("[[topics]]\nname = \"many\"\ncolor = \"red\"\nterms = [{}]\n", terms.join(","));
    let config = sandbox.write("many-terms.toml", toml.as_bytes());
    let started = Instant::now();
    let run = compare_plain_with_config(&sandbox, &config, Duration::from_secs(120));
    assert_eq!(run.code, Some(0), "{}", &run.stderr[..run.stderr.len().min(300)]);
    // Generous for a debug build on a shared machine; release takes about a second.
    assert!(started.elapsed() < Duration::from_secs(60), "took {:?}", started.elapsed());
}

/// `compare` of a plain article and the other side's with `config`, killed after `limit`.
fn compare_plain_with_config(sandbox: &Sandbox, config: &Path, limit: Duration) -> sandbox::Run {
    let small = sandbox.write("plain.txt", fixtures::PLAIN.as_bytes());
    let other = other_side();
    let args = [
        OsStr::new("compare"),
        small.as_os_str(),
        other.as_os_str(),
        OsStr::new("--config"),
        config.as_os_str(),
    ];
    run_with_deadline(sandbox, &args, limit)
}
