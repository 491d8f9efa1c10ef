//! Any bytes as a file: decode, parse, analyse and compare with a fixed article, both ways round.
//! Must never panic, loop or blow up, whatever the bytes.
#![no_main]

use std::sync::OnceLock;

use counterpoint::article::Article;
use counterpoint::compare::compare;
use counterpoint::config::Config;
use counterpoint::topics::TopicMap;
use libfuzzer_sys::fuzz_target;

/// The article every input is compared with.
const OTHER: &str = include_str!("../../tests/fixtures/pairs/sanctions_stance_2.md");

fn engine() -> &'static (Config, TopicMap) {
    static ENGINE: OnceLock<(Config, TopicMap)> = OnceLock::new();
    ENGINE.get_or_init(|| {
        let config = Config::default_config();
        let map = TopicMap::new(&config).expect("the default map compiles");
        (config, map)
    })
}

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
