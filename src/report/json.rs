//! The JSON report: a stable contract for scripts (documented in the README).
//!
//! Text keeps its original characters; control characters are escaped by JSON itself, and
//! bidi controls and C1 controls, which JSON allows raw, are escaped as `\uXXXX` too so the
//! output is safe to print on a terminal.

use serde::Serialize;

use crate::compare::{Comparison, Side};
use crate::diff::DiffSegment;
use crate::text::sanitize::is_dangerous;

#[derive(Serialize)]
struct Report<'a> {
    left: ArticleJson<'a>,
    right: ArticleJson<'a>,
    topics: Vec<TopicJson>,
    alignment: Vec<RowJson>,
    contrasts: Vec<ContrastJson<'a>>,
    agreements: Vec<AgreementJson<'a>>,
}

#[derive(Serialize)]
struct ArticleJson<'a> {
    path: &'a str,
    title: &'a str,
    source: Option<&'a str>,
    author: Option<&'a str>,
    published: Option<&'a str>,
    words: usize,
    passages: usize,
    warnings: &'a [String],
}

#[derive(Serialize)]
struct TopicJson {
    name: String,
    left_passages: Vec<usize>,
    right_passages: Vec<usize>,
}

#[derive(Serialize)]
struct RowJson {
    topic: String,
    left: Vec<usize>,
    right: Vec<usize>,
}

#[derive(Serialize)]
struct SentenceJson<'a> {
    passage: usize,
    sentence: usize,
    text: &'a str,
}

#[derive(Serialize)]
struct ContrastJson<'a> {
    topic: Option<&'a str>,
    kind: &'static str,
    score: f64,
    reason: &'a str,
    left: SentenceJson<'a>,
    right: SentenceJson<'a>,
    diff: Option<&'a [DiffSegment]>,
}

#[derive(Serialize)]
struct AgreementJson<'a> {
    topic: &'a str,
    stance: &'a str,
    score: f64,
    reason: &'a str,
    left: SentenceJson<'a>,
    right: SentenceJson<'a>,
}

fn article(c: &Comparison, side: Side) -> ArticleJson<'_> {
    let a = &c.side(side).article;
    ArticleJson {
        path: &a.name,
        title: &a.meta.title,
        source: a.meta.source.as_deref(),
        author: a.meta.author.as_deref(),
        published: a.meta.published.as_deref(),
        words: a.word_count(),
        passages: a.passages.len(),
        warnings: &a.warnings,
    }
}

fn sentence(c: &Comparison, side: Side, at: crate::analysis::SentenceId) -> SentenceJson<'_> {
    SentenceJson { passage: at.passage, sentence: at.sentence, text: c.sentence(side, at) }
}

fn round(score: f32) -> f64 {
    (f64::from(score) * 1000.0).round() / 1000.0
}

/// Renders the comparison as pretty-printed JSON (passage indices are 0-based).
pub fn render_json(c: &Comparison) -> String {
    let report = Report {
        left: article(c, Side::Left),
        right: article(c, Side::Right),
        topics: (0..c.topics.len())
            .map(|t| TopicJson {
                name: c.topics[t].name.clone(),
                left_passages: c.passages_on(Side::Left, t),
                right_passages: c.passages_on(Side::Right, t),
            })
            .collect(),
        alignment: c
            .alignment
            .iter()
            .map(|r| RowJson {
                topic: c.topics[r.topic].name.clone(),
                left: r.left.into_iter().collect(),
                right: r.right.into_iter().collect(),
            })
            .collect(),
        contrasts: c
            .contrasts
            .iter()
            .map(|x| ContrastJson {
                topic: x.topic.map(|t| c.topics[t].name.as_str()),
                kind: x.kind.label(),
                score: round(x.score),
                reason: &x.reason,
                left: sentence(c, Side::Left, x.left),
                right: sentence(c, Side::Right, x.right),
                diff: x.diff.as_deref(),
            })
            .collect(),
        agreements: c
            .agreements
            .iter()
            .map(|a| AgreementJson {
                topic: &c.topics[a.topic].name,
                stance: &c.topics[a.topic].stances[a.stance],
                score: round(a.score),
                reason: &a.reason,
                left: sentence(c, Side::Left, a.left),
                right: sentence(c, Side::Right, a.right),
            })
            .collect(),
    };
    to_terminal_safe_json(&report)
}

/// Pretty JSON with the extra escaping that makes it safe to print on a terminal.
pub(crate) fn to_terminal_safe_json(value: &impl Serialize) -> String {
    let json = serde_json::to_string_pretty(value).expect("report structures always serialize");
    escape_terminal_unsafe(&json) + "\n"
}

/// Escapes the characters JSON permits raw but a terminal must not receive.
fn escape_terminal_unsafe(json: &str) -> String {
    // C0 controls inside strings are already escaped by serde_json; outside strings only the
    // layout's newlines occur. DEL, C1 and bidi controls are the ones JSON lets through raw.
    let unsafe_raw = |c: char| is_dangerous(c) && c >= '\u{7f}';
    if !json.chars().any(unsafe_raw) {
        return json.to_string();
    }
    let mut out = String::with_capacity(json.len() + 16);
    for c in json.chars() {
        if unsafe_raw(c) {
            out.push_str(&format!("\\u{:04x}", c as u32));
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bidi_and_c1_are_escaped_but_round_trip() {
        let raw = serde_json::to_string(&"a\u{202e}b\u{9b}c\u{1b}").unwrap();
        let escaped = escape_terminal_unsafe(&raw);
        assert!(!escaped.chars().any(is_dangerous), "{escaped}");
        assert_eq!(escape_terminal_unsafe("{\n  \"a\": 1\n}"), "{\n  \"a\": 1\n}");
        let back: String = serde_json::from_str(&escaped).unwrap();
        assert_eq!(back, "a\u{202e}b\u{9b}c\u{1b}");
    }
}
