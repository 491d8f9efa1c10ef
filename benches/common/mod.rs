//! A seeded generator of realistic articles of any size, for the benches.
//!
//! Long inputs (reports, transcripts, book chapters) are what make a slow algorithm show, but we
//! ship only four demo articles of about 6 KB each. The generator recombines their headings,
//! paragraphs and sentences into an article of a target size, so the vocabulary, the topic terms,
//! the stance cues, the quotes and the figures are the real ones, in realistic proportions:
//!
//! - a `Title:`/`Source:` header, then sections: a `## heading` from a demo article followed by
//!   two to six paragraphs;
//! - half of the paragraphs are a demo paragraph verbatim, the other half are two to six sentences
//!   drawn from paragraphs of one demo article (so the sentences of a paragraph stay on related
//!   topics, as in real writing);
//! - each side has a "home" article it draws from 60% of the time, the other 40% spread over all
//!   four: the left side is rooted in the demo's left article (pro-diplomacy), the right side in
//!   its right one (opposition hawk), so the pair disagrees the way the demo pair does.
//!
//! Everything comes from a 64-bit xorshift generator with a fixed seed: the same `(side, size,
//! seed)` always gives the same bytes, on every machine, so runs are comparable. The text grows
//! paragraph by paragraph until it reaches the target, so it overshoots by at most one paragraph
//! (under 2 KB); benches report throughput on the actual length.

#![allow(dead_code)] // each bench target uses a different part of this module

pub mod clock;

use counterpoint::bundled::BUNDLED_ARTICLES;
use counterpoint::text::sentences::split_sentences;

/// The sizes per side that the benches measure, with their labels (decimal units).
pub const SIZES: &[(&str, usize)] =
    &[("10KB", 10_000), ("100KB", 100_000), ("1MB", 1_000_000), ("10MB", 10_000_000)];

/// The fixed seeds of the two sides.
pub const LEFT_SEED: u64 = 0x5EED_1EF7;
pub const RIGHT_SEED: u64 = 0x5EED_0216;

/// Which demo article a side is rooted in (indices into `BUNDLED_ARTICLES`: the demo pair).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Left,
    Right,
}

impl Side {
    fn home(self) -> usize {
        match self {
            Side::Left => 0,
            Side::Right => 1,
        }
    }
}

/// Marsaglia's xorshift64: tiny, fast and the same everywhere.
pub struct XorShift64(u64);

impl XorShift64 {
    pub fn new(seed: u64) -> Self {
        // A zero state would stay zero forever.
        Self(seed.max(1))
    }

    pub fn next_u64(&mut self) -> u64 {
        let mut x = self.0;
        x ^= x << 13;
        x ^= x >> 7;
        x ^= x << 17;
        self.0 = x;
        x
    }

    /// A number in `0..n` (n > 0); the modulo bias is irrelevant at these sizes.
    pub fn below(&mut self, n: usize) -> usize {
        (self.next_u64() % n as u64) as usize
    }

    /// A number in `low..=high`.
    pub fn between(&mut self, low: usize, high: usize) -> usize {
        low + self.below(high - low + 1)
    }
}

/// The pieces of one demo article.
struct Source {
    headings: Vec<String>,
    /// Each paragraph with its sentences.
    paragraphs: Vec<(String, Vec<String>)>,
}

fn sources() -> Vec<Source> {
    BUNDLED_ARTICLES.iter().map(|(_, text)| source(text)).collect()
}

fn source(text: &str) -> Source {
    let mut headings = Vec::new();
    let mut paragraphs = Vec::new();
    // Blocks are separated by blank lines; the first block is the `Key: value` header.
    for block in text.split("\n\n").skip(1) {
        let block = block.trim();
        if block.is_empty() {
            continue;
        }
        if let Some(heading) = block.strip_prefix("## ") {
            headings.push(heading.trim().to_string());
        } else {
            let paragraph = block.split_whitespace().collect::<Vec<_>>().join(" ");
            let sentences =
                split_sentences(&paragraph).into_iter().map(|r| paragraph[r].trim().to_string()).collect();
            paragraphs.push((paragraph, sentences));
        }
    }
    assert!(!headings.is_empty() && !paragraphs.is_empty(), "a demo article without headings or paragraphs");
    Source { headings, paragraphs }
}

/// An article of about `target` bytes (at least `target`), rooted in `side`'s demo article.
pub fn generate(side: Side, target: usize, seed: u64) -> String {
    let sources = sources();
    let mut rng = XorShift64::new(seed);
    let mut out = format!(
        "Title: Generated {} article of {target} bytes (seed {seed:#x})\n\
         Source: counterpoint bench generator, recombined from the bundled demo articles\n\n",
        match side {
            Side::Left => "left",
            Side::Right => "right",
        }
    );
    let pick_source = |rng: &mut XorShift64| {
        if rng.below(10) < 6 {
            &sources[side.home()]
        } else {
            &sources[rng.below(sources.len())]
        }
    };
    // An untitled opening, as articles have before their first heading.
    let mut paragraphs_left = 2;
    while out.len() < target {
        if paragraphs_left == 0 {
            let from = pick_source(&mut rng);
            out.push_str("## ");
            out.push_str(&from.headings[rng.below(from.headings.len())]);
            out.push_str("\n\n");
            paragraphs_left = rng.between(2, 6);
        }
        let from = pick_source(&mut rng);
        if rng.below(2) == 0 {
            out.push_str(&from.paragraphs[rng.below(from.paragraphs.len())].0);
        } else {
            let count = rng.between(2, 6);
            for i in 0..count {
                let (_, sentences) = &from.paragraphs[rng.below(from.paragraphs.len())];
                if i > 0 {
                    out.push(' ');
                }
                out.push_str(&sentences[rng.below(sentences.len())]);
            }
        }
        out.push_str("\n\n");
        paragraphs_left -= 1;
    }
    out
}

/// The left and right articles of the generated pair of about `target` bytes per side.
pub fn pair(target: usize) -> (String, String) {
    (generate(Side::Left, target, LEFT_SEED), generate(Side::Right, target, RIGHT_SEED))
}

/// The demo pair, exactly as `counterpoint` opens it with no arguments.
pub fn demo_pair() -> ((&'static str, &'static str), (&'static str, &'static str)) {
    (BUNDLED_ARTICLES[0], BUNDLED_ARTICLES[1])
}
