//! The Markdown report, for pasting into notes, issues and reviews.

use std::fmt::Write;

use super::{coverage, describe_article, topic_excerpt};
use crate::compare::{Comparison, Side};
use crate::diff::{DiffOp, DiffSegment};
use crate::text::sanitize::visible;

/// Escapes the characters Markdown would read as formatting, after sanitizing.
fn md(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in visible(text).chars() {
        if matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|') {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

fn md_diff(diff: &[DiffSegment]) -> String {
    diff.iter()
        .map(|s| match s.op {
            DiffOp::Equal => md(&s.text),
            DiffOp::Delete if s.text.trim().is_empty() => s.text.clone(),
            DiffOp::Insert if s.text.trim().is_empty() => s.text.clone(),
            DiffOp::Delete => format!("~~{}~~ ", md(s.text.trim())),
            DiffOp::Insert => format!("**{}** ", md(s.text.trim())),
        })
        .collect()
}

/// Renders the report as GitHub-flavoured Markdown.
pub fn render_markdown(c: &Comparison) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# counterpoint: two articles compared\n");
    for side in [Side::Left, Side::Right] {
        let a = &c.side(side).article;
        let _ = writeln!(
            out,
            "- **{}**: {} — `{}`",
            side.label(),
            md(&describe_article(c, side)),
            visible(&a.name).replace('`', "'")
        );
        for w in &a.warnings {
            let _ = writeln!(out, "  - warning: {}", md(w));
        }
    }
    let _ = writeln!(out, "\n## Topics\n\n| topic | left passages | right passages |\n|---|---:|---:|");
    for (name, l, r) in coverage(c) {
        let _ = writeln!(out, "| {} | {l} | {r} |", md(&name));
    }
    let _ = writeln!(out, "\n## What each side says, by topic");
    for topic in 0..c.topics.len() {
        let rows: Vec<_> = c.alignment.iter().filter(|r| r.topic == topic).collect();
        if rows.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n### {}\n", md(&c.topics[topic].label()));
        let _ = writeln!(out, "| left | right |\n|---|---|");
        for row in rows {
            let cell = |side, p: Option<usize>| match p {
                Some(p) => format!("¶{} {}", p + 1, md(&topic_excerpt(c, side, p, topic))),
                None => "*(not discussed)*".to_string(),
            };
            let _ = writeln!(out, "| {} | {} |", cell(Side::Left, row.left), cell(Side::Right, row.right));
        }
    }
    let _ = writeln!(out, "\n## Contrasts ({})\n", c.contrasts.len());
    if c.contrasts.is_empty() {
        let _ = writeln!(out, "None found.");
    }
    for (i, x) in c.contrasts.iter().enumerate() {
        let _ = writeln!(
            out,
            "{}. **{}** · {} · score {:.2}",
            i + 1,
            x.kind.label(),
            md(&c.topic_label(x.topic)),
            x.score
        );
        let _ = writeln!(out, "   - left ¶{}: {}", x.left.passage + 1, md(c.sentence(Side::Left, x.left)));
        let _ =
            writeln!(out, "   - right ¶{}: {}", x.right.passage + 1, md(c.sentence(Side::Right, x.right)));
        let _ = writeln!(out, "   - why: {}", md(&x.reason));
        if let Some(diff) = &x.diff {
            let _ = writeln!(out, "   - diff: {}", md_diff(diff));
        }
    }
    if !c.agreements.is_empty() {
        let _ = writeln!(out, "\n## Where both agree ({})\n", c.agreements.len());
        for a in &c.agreements {
            let _ = writeln!(out, "- {}", md(&a.reason));
            let _ = writeln!(out, "  - left ¶{}: {}", a.left.passage + 1, md(c.sentence(Side::Left, a.left)));
            let _ =
                writeln!(out, "  - right ¶{}: {}", a.right.passage + 1, md(c.sentence(Side::Right, a.right)));
        }
    }
    out
}
