//! Small inputs grown into the shapes that once made the tool quadratic: a tag with many
//! attributes, many tags with many attributes, paragraphs deep down, reopened formatting
//! elements, and topic maps of many short or repeated terms. The first byte picks the shape,
//! the next ones its sizes, the rest is the text repeated; each case must end (accepted or
//! refused in one line) within a few seconds, whatever the sizes.
#![no_main]

use std::time::{Duration, Instant};

use counterpoint::config::Config;
use counterpoint::html::article_from_html;
use counterpoint::topics::TopicMap;
use libfuzzer_sys::fuzz_target;

/// Far above what any accepted shape takes in a release build.
const BUDGET: Duration = Duration::from_secs(10);

fuzz_target!(|data: &[u8]| {
    let [shape, a, b, rest @ ..] = data else { return };
    let word = String::from_utf8_lossy(rest).replace(['<', '>', '"', '\\', '\n'], " ");
    let word = if word.trim().is_empty() { "x".to_string() } else { word.chars().take(12).collect() };
    let (a, b) = (usize::from(*a), usize::from(*b));
    let started = Instant::now();
    match shape % 5 {
        0 => {
            // One tag, up to 500,000 attributes.
            let attrs: String = (0..a * b * 8).map(|i| format!(" {word}{i:x}")).collect();
            page(&format!("<p{attrs}>{word}</p>"));
        }
        1 => {
            // Many tags, each with up to 2,000 attributes.
            let attrs: String = (0..a * 8).map(|i| format!(" a{i:x}")).collect();
            page(&format!("<p{attrs}>{word}</p>").repeat(b * 4 + 1));
        }
        2 => {
            // Up to 255 levels, up to 260,000 paragraphs.
            let body = format!("<p>{word} {word}.</p>").repeat(b * 1000 + 1);
            page(&format!("{}{body}", "<div>".repeat(a)));
        }
        3 => {
            // Open formatting elements reopened in every block.
            let open: String = (0..a).map(|i| format!("<b class={i}>")).collect();
            page(&format!("<p>{open}{}", "</p><p>x".repeat(b * 100 + 1)));
        }
        _ => {
            // Up to 160,000 terms, distinct or repeated.
            let terms: Vec<String> =
                (0..(a * 256 + b) * 2).map(|i| format!("\"{word}{:x}\"", i % (b * 64 + 1))).collect();
            let toml = format!("[[topics]]\nname = \"t\"\ncolor = \"red\"\nterms = [{}]\n", terms.join(","));
            if let Ok(config) = Config::from_user_text("fuzz.toml", &toml) {
                TopicMap::new(&config).expect("a valid config builds its topic map");
            }
        }
    }
    assert!(started.elapsed() < BUDGET, "shape {} took {:?}", shape % 5, started.elapsed());
});

fn page(body: &str) {
    let html = format!("<html><body>{body}</body></html>");
    if let Err(message) = article_from_html("fuzz.html", &html) {
        assert!(!message.is_empty() && !message.contains('\n'), "{message:?}");
    }
}
