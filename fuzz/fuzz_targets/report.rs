//! Any bytes as the left article: the comparison rendered in every format. Text and Markdown
//! must hold no raw control or bidi character (only placeholders); JSON must hold none raw
//! either and parse back.
#![no_main]

use counterpoint::article::Article;
use counterpoint::compare::compare;
use counterpoint::report::{render, Format};
use counterpoint::text::sanitize::is_dangerous;
use libfuzzer_sys::fuzz_target;

#[path = "engine.rs"]
mod engine;
use engine::engine;

const OTHER: &str = include_str!("../../tests/fixtures/pairs/sanctions_stance_1.md");

fuzz_target!(|data: &[u8]| {
    let (config, map) = engine();
    // The first byte picks the width, so wrapping is fuzzed too.
    let Some((&w, bytes)) = data.split_first() else { return };
    let width = 20 + usize::from(w);
    let Ok(article) = Article::from_bytes("fuzz\u{1b}[31m.txt", bytes) else { return };
    let c = compare(article, Article::parse("other.md", OTHER), map, &config.analysis);
    for format in [Format::Text, Format::Markdown, Format::Json] {
        let out = render(&c, format, width);
        if let Some(bad) = out.chars().find(|&c| c != '\n' && (c == '\t' || is_dangerous(c))) {
            panic!("{format:?} report holds a raw U+{:04X}", bad as u32);
        }
        if format == Format::Json {
            let v: serde_json::Value = serde_json::from_str(&out).expect("the JSON report parses");
            assert_eq!(v["left"]["title"].as_str(), Some(c.left.article.meta.title.as_str()));
        }
    }
});
