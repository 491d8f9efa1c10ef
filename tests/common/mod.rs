//! What the fixture tests share: loading a hand-written pair (tests/fixtures/pairs) with the
//! contrasts and agreements its writer decided in advance, and reading what the engine lists
//! against them. Each test file uses part of it.
#![allow(dead_code)]

use std::path::Path;

use counterpoint::article::Article;
use counterpoint::compare::{compare, Comparison, Side};
use counterpoint::config::Config;
use counterpoint::contrast::ContrastKind;
use counterpoint::topics::TopicMap;
use serde::Deserialize;

#[derive(Deserialize)]
pub struct Expected {
    #[serde(default)]
    pub contrast: Vec<ExpectedPair>,
    #[serde(default)]
    pub agreement: Vec<ExpectedPair>,
}

#[derive(Deserialize)]
pub struct ExpectedPair {
    pub topic: String,
    pub kind: Option<String>,
    pub left: String,
    pub right: String,
}

pub fn fixture(case: &str) -> (Comparison, Expected) {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pairs");
    let config = Config::default_config();
    let map = TopicMap::new(&config).unwrap();
    let load = |n: u8| Article::load(&dir.join(format!("{case}_{n}.md")), 1 << 20).unwrap();
    let comparison = compare(load(1), load(2), &map, &config.analysis);
    let expected =
        toml::from_str(&std::fs::read_to_string(dir.join(format!("{case}.expected.toml"))).unwrap()).unwrap();
    (comparison, expected)
}

pub fn kind_name(kind: ContrastKind) -> &'static str {
    kind.label()
}

/// Whether the comparison reports a contrast between the two sentences holding these snippets,
/// or — for stance contrasts, where any claim of one stance opposes every claim of the other —
/// reports both sentences in contrasts on the expected topic (the per-sentence cap may pair them
/// with other, equally opposed sentences).
pub fn found(c: &Comparison, e: &ExpectedPair) -> bool {
    let exact = c.contrasts.iter().any(|x| {
        c.sentence(Side::Left, x.left).contains(&e.left)
            && c.sentence(Side::Right, x.right).contains(&e.right)
            && e.kind.as_deref().is_none_or(|k| k == kind_name(x.kind))
    });
    let on_topic = |x: &&counterpoint::contrast::Contrast| {
        x.kind == ContrastKind::Stance && x.target.is_some_and(|t| c.targets[t].name == e.topic)
    };
    let equivalent = e.kind.as_deref() == Some("stance")
        && c.contrasts.iter().filter(on_topic).any(|x| c.sentence(Side::Left, x.left).contains(&e.left))
        && c.contrasts.iter().filter(on_topic).any(|x| c.sentence(Side::Right, x.right).contains(&e.right));
    exact || equivalent
}

pub fn describe(c: &Comparison) -> String {
    c.contrasts
        .iter()
        .map(|x| {
            format!(
                "[{}] {} | {} | {}",
                x.kind.label(),
                c.sentence(Side::Left, x.left),
                c.sentence(Side::Right, x.right),
                counterpoint::report::reason::contrast_reason(&c.targets, c.articles(), x)
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

pub fn recall(case: &str) -> (usize, usize, String) {
    let (c, expected) = fixture(case);
    let hits = expected.contrast.iter().filter(|e| found(&c, e)).count();
    (hits, expected.contrast.len(), describe(&c))
}

/// Whether a listed contrast is one of the disagreements the writer put down: it pairs two of
/// the expected sentences, or holds one of them (the same disagreement, argued in another
/// sentence of the other article).
pub fn flagged_by_writer(c: &Comparison, expected: &Expected, x: &counterpoint::contrast::Contrast) -> bool {
    let (left, right) = (c.sentence(Side::Left, x.left), c.sentence(Side::Right, x.right));
    expected.contrast.iter().any(|e| left.contains(&e.left) || right.contains(&e.right))
}

/// Contrasts that passed the bar and are none of the writer's. Those listed below it, to follow
/// a short news list, say so in their caution (`tests/short_news_lists.rs`).
pub fn unflagged(case: &str) -> Vec<String> {
    let (c, expected) = fixture(case);
    c.contrasts
        .iter()
        .filter(|x| !x.below_bar && !flagged_by_writer(&c, &expected, x))
        .map(|x| counterpoint::report::reason::contrast_reason(&c.targets, c.articles(), x))
        .collect()
}
