//! Writes the generated bench articles to a directory, for whole-process measurements of the
//! `counterpoint` binary (time and peak memory), which `scripts/bench` runs:
//!
//! ```text
//! cargo bench --bench generate -- DIR [SIZE_LABEL...]
//! ```
//!
//! writes `DIR/left-10MB.md`, `DIR/right-10MB.md` and so on (all sizes when no label is given).
//! With `--peak-memory LABEL` it instead parses and compares that pair in-process and prints its
//! peak resident memory (VmHWM), for machines without `/usr/bin/time`.
//! Run by a plain `cargo bench` with no directory, it does nothing.

mod common;

use std::path::PathBuf;

use counterpoint::article::Article;
use counterpoint::compare::compare;
use counterpoint::config::Config;
use counterpoint::topics::TopicMap;

fn main() {
    // cargo passes `--bench` (and criterion-style flags) to every bench target; skip flags.
    let args: Vec<String> = std::env::args().skip(1).filter(|a| !a.starts_with("--bench")).collect();
    if let Some(at) = args.iter().position(|a| a == "--peak-memory") {
        let label = args.get(at + 1).expect("--peak-memory needs a size label such as 10MB");
        peak_memory(label);
        return;
    }
    let positional: Vec<&String> = args.iter().filter(|a| !a.starts_with('-')).collect();
    let Some(dir) = positional.first() else {
        return;
    };
    let dir = PathBuf::from(dir);
    std::fs::create_dir_all(&dir).expect("cannot create the output directory");
    let wanted: Vec<&str> = positional[1..].iter().map(|s| s.as_str()).collect();
    for &(label, size) in common::SIZES {
        if !wanted.is_empty() && !wanted.contains(&label) {
            continue;
        }
        let (left, right) = common::pair(size);
        std::fs::write(dir.join(format!("left-{label}.md")), &left).expect("cannot write");
        std::fs::write(dir.join(format!("right-{label}.md")), &right).expect("cannot write");
        println!("{label}: left {} bytes, right {} bytes", left.len(), right.len());
    }
}

fn size_of(label: &str) -> usize {
    common::SIZES.iter().find(|(l, _)| *l == label).map(|(_, s)| *s).expect("unknown size label")
}

fn vm_hwm_kib() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    line.split_whitespace().nth(1)?.parse().ok()
}

fn peak_memory(label: &str) {
    let config = Config::default_config();
    let map = TopicMap::new(&config).expect("the default topic map builds");
    let (left, right) = common::pair(size_of(label));
    let input = left.len() + right.len();
    let before = vm_hwm_kib().unwrap_or(0);
    let comparison =
        compare(Article::parse("left", &left), Article::parse("right", &right), &map, &config.analysis);
    std::hint::black_box(&comparison);
    let after = vm_hwm_kib().unwrap_or(0);
    println!("peak-memory {label}: input {input} bytes, VmHWM {after} KiB ({before} KiB before comparing)");
}
