//! Any bytes as a file: decode, parse, analyse and compare with a fixed article, both ways round.
//! Must never panic, loop or blow up, whatever the bytes.
#![no_main]

use counterpoint::article::Article;
use counterpoint::compare::compare;
use libfuzzer_sys::fuzz_target;

#[path = "engine.rs"]
mod engine;
use engine::engine;

/// The article every input is compared with.
const OTHER: &str = include_str!("../../tests/fixtures/pairs/sanctions_stance_2.md");

fuzz_target!(|data: &[u8]| {
    let (config, map) = engine();
    let Ok(article) = Article::from_bytes("fuzz.txt", data) else { return };
    for p in &article.passages {
        for r in &p.sentences {
            assert!(p.text.is_char_boundary(r.start) && p.text.is_char_boundary(r.end));
        }
    }
    let other = Article::parse("other.md", OTHER);
    let c = compare(article.clone(), other.clone(), map, &config.analysis);
    for x in &c.contrasts {
        assert!(x.score.is_finite(), "score {}", x.score);
        let _ = c.sentence(counterpoint::compare::Side::Left, x.left);
        let _ = c.sentence(counterpoint::compare::Side::Right, x.right);
    }
    let _ = compare(other, article, map, &config.analysis);
});
