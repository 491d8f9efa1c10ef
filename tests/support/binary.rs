//! How the CLI tests run the real binary: with no user config and no `COLUMNS` to change what
//! they see, on the article pairs of `tests/fixtures/pairs/`.
//!
//! Include it from a test crate with `#[path = "support/binary.rs"] mod binary;`. Each CLI test
//! file uses a part of it.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};

pub fn bin() -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_counterpoint"));
    // A user config on the test machine must not change what the tests see.
    cmd.env("XDG_CONFIG_HOME", std::env::temp_dir().join("counterpoint-tests-no-config"));
    cmd.env_remove("COLUMNS");
    cmd
}

pub fn run(args: &[&str]) -> Output {
    bin().args(args).output().expect("the binary runs")
}

pub fn fixture(name: &str) -> String {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pairs").join(name).display().to_string()
}
