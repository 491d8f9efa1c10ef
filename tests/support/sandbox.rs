//! What the hostile-input tests share: a sandbox that runs the real binary with an empty XDG
//! config home, the article every hostile input is compared with, and the checks every run gets.
//!
//! The rules checked on every run:
//! - text and Markdown output (and stderr, always) hold no C0/C1 control, DEL, tab or bidi
//!   control character, only their visible placeholders (`^[`, `<U+202E>`);
//! - JSON output holds none raw either, and parses back to the original characters;
//! - refused inputs exit with 1 and one line on stderr that names the file; config mistakes
//!   exit with 2 and name `file:line:col`;
//! - nothing panics.
//!
//! Include it from a test crate with `#[path = "support/sandbox.rs"] mod sandbox;`. Each
//! hostile test file uses a part of it.
#![allow(dead_code)]

use std::ffi::{OsStr, OsString};
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use counterpoint::text::sanitize::is_dangerous;
use serde_json::Value;

/// The article every hostile fixture is compared with.
pub fn other_side() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pairs/sanctions_stance_2.md")
}

/// A temporary directory for input files, with an empty XDG config home so that no user config
/// on the test machine changes what the binary does.
pub struct Sandbox {
    dir: tempfile::TempDir,
}

impl Sandbox {
    pub fn new() -> Sandbox {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("xdg-config")).unwrap();
        Sandbox { dir }
    }

    pub fn path(&self, name: impl AsRef<OsStr>) -> PathBuf {
        self.dir.path().join(name.as_ref())
    }

    pub fn write(&self, name: impl AsRef<OsStr>, bytes: &[u8]) -> PathBuf {
        let path = self.path(name);
        std::fs::write(&path, bytes).unwrap();
        path
    }

    pub fn run<I, S>(&self, args: I) -> Run
    where
        I: IntoIterator<Item = S>,
        S: AsRef<OsStr>,
    {
        let output = Command::new(env!("CARGO_BIN_EXE_counterpoint"))
            .args(args)
            .env("XDG_CONFIG_HOME", self.path("xdg-config"))
            .env_remove("COLUMNS")
            .output()
            .expect("the binary runs");
        Run::from(output)
    }

    /// `compare LEFT RIGHT --format FORMAT` plus any extra arguments.
    pub fn compare(&self, left: &Path, right: &Path, format: &str, extra: &[&str]) -> Run {
        let mut args: Vec<OsString> =
            vec!["compare".into(), left.into(), right.into(), "--format".into(), format.into()];
        args.extend(extra.iter().map(OsString::from));
        self.run(args)
    }
}

pub struct Run {
    pub code: Option<i32>,
    pub stdout: String,
    pub stderr: String,
}

impl From<Output> for Run {
    fn from(o: Output) -> Run {
        Run {
            code: o.status.code(),
            // Output that is not UTF-8 would itself be a failure of the sanitizer.
            stdout: String::from_utf8(o.stdout).expect("stdout is UTF-8"),
            stderr: String::from_utf8(o.stderr).expect("stderr is UTF-8"),
        }
    }
}

/// Fails on any character a terminal must not receive raw (newlines aside).
pub fn assert_terminal_safe(what: &str, out: &str) {
    if let Some((at, c)) = out.char_indices().find(|&(_, c)| c != '\n' && (c == '\t' || is_dangerous(c))) {
        let from = out[..at].char_indices().rev().nth(30).map_or(0, |(i, _)| i);
        let context: String = out[from..].chars().take(60).collect();
        panic!("{what}: raw {c:?} (U+{:04X}) written near {context:?}", c as u32);
    }
    assert!(!out.contains("panicked"), "{what}: {out}");
}

/// The reports of one pair in all three formats, each already checked for raw characters.
pub struct Reports {
    /// The text report at a width that wraps nothing, for looking for placeholders.
    pub text: String,
    pub markdown: String,
    pub json: Value,
    /// stderr of the text run (the same for every format).
    pub stderr: String,
}

pub fn reports(sandbox: &Sandbox, left: &Path, right: &Path) -> Reports {
    let mut outs = Vec::new();
    for (format, width) in [("text", "80"), ("text", "100000"), ("markdown", "80"), ("json", "80")] {
        let run = sandbox.compare(left, right, format, &["--width", width]);
        assert_eq!(run.code, Some(0), "{format} report of {}: {}", left.display(), run.stderr);
        assert_terminal_safe(&format!("{format} stdout"), &run.stdout);
        assert_terminal_safe(&format!("{format} stderr"), &run.stderr);
        if width == "80" && format == "text" {
            assert_wrapped_lines_fit(&run.stdout, 80);
        }
        outs.push(run);
    }
    let json = serde_json::from_str(&outs[3].stdout).expect("the JSON report parses");
    Reports {
        text: std::mem::take(&mut outs[1].stdout),
        markdown: std::mem::take(&mut outs[2].stdout),
        json,
        stderr: std::mem::take(&mut outs[0].stderr),
    }
}

/// Every wrapped line of a text report (the indented article text) fits `width` terminal
/// columns, whatever the script: CJK counts two columns a character, combining marks none.
fn assert_wrapped_lines_fit(text: &str, width: usize) {
    for line in text.lines().filter(|l| l.starts_with("  ")) {
        let columns = unicode_width::UnicodeWidthStr::width(line);
        assert!(columns <= width, "a {columns}-column line in a {width}-column report: {line}");
    }
}

/// Runs `compare` with `bad` on the left and on the right, in every format; both must be
/// refused with one line on stderr naming `shown` and containing `expected`.
pub fn assert_refused(sandbox: &Sandbox, bad: &Path, shown: &str, expected: &str) {
    for format in ["text", "markdown", "json"] {
        for (left, right) in [(bad.to_path_buf(), other_side()), (other_side(), bad.to_path_buf())] {
            let run = sandbox.compare(&left, &right, format, &[]);
            let what = format!("{} ({format})", bad.display());
            assert_eq!(run.code, Some(1), "{what}: {}", run.stderr);
            assert_terminal_safe(&what, &run.stderr);
            assert!(run.stdout.is_empty(), "{what}: no partial report: {}", run.stdout);
            assert_eq!(run.stderr.trim_end().lines().count(), 1, "{what}: one line: {}", run.stderr);
            assert!(run.stderr.starts_with("counterpoint: "), "{what}: {}", run.stderr);
            assert!(run.stderr.contains(shown), "{what}: names the file: {}", run.stderr);
            assert!(run.stderr.contains(expected), "{what}: says why: {}", run.stderr);
        }
    }
}

/// Runs the binary, killing it and failing if it has not exited after `limit`. Its output is
/// read while it runs: a child blocked writing to a full pipe (64 KiB) would look like a hang.
pub fn run_with_deadline(sandbox: &Sandbox, args: &[&OsStr], limit: Duration) -> Run {
    use std::process::Stdio;
    let mut child = Command::new(env!("CARGO_BIN_EXE_counterpoint"))
        .args(args)
        .env("XDG_CONFIG_HOME", sandbox.path("xdg-config"))
        .env_remove("COLUMNS")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let stdout = drain(child.stdout.take().unwrap());
    let stderr = drain(child.stderr.take().unwrap());
    let started = Instant::now();
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if started.elapsed() > limit {
            let _ = child.kill();
            let _ = child.wait();
            panic!("{args:?} still running after {limit:?}: it hangs or reads without end");
        }
        std::thread::sleep(Duration::from_millis(20));
    };
    Run::from(Output { status, stdout: stdout.join().unwrap(), stderr: stderr.join().unwrap() })
}

/// Reads `pipe` to its end on a thread of its own.
fn drain(mut pipe: impl std::io::Read + Send + 'static) -> std::thread::JoinHandle<Vec<u8>> {
    std::thread::spawn(move || {
        let mut bytes = Vec::new();
        pipe.read_to_end(&mut bytes).unwrap();
        bytes
    })
}

#[cfg(unix)]
pub fn mkfifo(path: &Path) {
    let name = std::ffi::CString::new(path.to_str().unwrap()).unwrap();
    // SAFETY: a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(name.as_ptr(), 0o600) }, 0, "mkfifo {}", path.display());
}
