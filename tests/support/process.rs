//! What the CLI tests share about a finished run of the binary: its output as text, and a
//! file written to a temporary directory for it to read.
//!
//! Include it from a test crate with `#[path = "support/process.rs"] mod process;`. Each CLI test
//! file uses a part of it.
#![allow(dead_code)]

use std::path::PathBuf;
use std::process::Output;

pub fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("utf-8 output")
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("utf-8 errors")
}

/// `bytes` written to `name` in a new temporary directory (kept alive by the returned guard).
pub fn temp_file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    (dir, path)
}
