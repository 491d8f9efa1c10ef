//! The Markdown report, for pasting into notes, issues and reviews.

use std::fmt::Write;

use super::{
    agreement_reason_of, consensus_line, coverage_split, cue_pieces, describe_article, reason_of,
    topic_excerpt,
};
use crate::article::SentenceId;
use crate::compare::{Comparison, Side};
use crate::contrast::caution::{is_weak, BELOW_BAR_HEADING, WEAK_ON_NEWS_NOTE};
use crate::contrast::fill::starts_below_bar;
use crate::diff::{DiffOp, DiffSegment};
use crate::report::reason::fact_reason;
use crate::text::sanitize::visible;

/// A section of things both articles say (agreements, shared facts): each reason with the two
/// sentences; nothing when there are none.
fn push_agreeing(out: &mut String, c: &Comparison, title: &str, rows: Vec<(String, SentenceId, SentenceId)>) {
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(out, "\n## {title} ({})\n", rows.len());
    for (reason, left, right) in rows {
        let _ = writeln!(out, "- {}", md(&reason));
        let _ = writeln!(out, "  - left ¶{}: {}", left.passage + 1, md(c.sentence(Side::Left, left)));
        let _ = writeln!(out, "  - right ¶{}: {}", right.passage + 1, md(c.sentence(Side::Right, right)));
    }
}

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

/// A sentence with the cues that counted in bold.
fn md_marked(sentence: &str, evidence: &crate::contrast::evidence::SideEvidence) -> String {
    cue_pieces(sentence, evidence)
        .into_iter()
        .map(|(text, cue)| {
            let trimmed = text.trim();
            if cue && !trimmed.is_empty() {
                let (lead, trail) =
                    (&text[..text.len() - text.trim_start().len()], &text[text.trim_end().len()..]);
                format!("{lead}**{}**{trail}", md(trimmed))
            } else {
                md(text)
            }
        })
        .collect()
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
    let (discussed, silent) = coverage_split(c);
    for (name, l, r) in discussed {
        let _ = writeln!(out, "| {} | {l} | {r} |", md(&name));
    }
    if !silent.is_empty() {
        let names: Vec<String> = silent.iter().map(|n| md(n)).collect();
        let _ = writeln!(out, "\nNot discussed by either: {}.", names.join(", "));
    }
    let _ = writeln!(out, "\n## What each side says, by topic");
    for topic in c.targets.listed().map(|t| t.id) {
        let rows: Vec<_> = c.alignment.iter().filter(|r| r.target == topic).collect();
        if rows.is_empty() {
            continue;
        }
        let _ = writeln!(out, "\n### {}\n", md(&c.targets[topic].label()));
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
    if c.contrasts.iter().any(|x| c.caution(x).is_some_and(is_weak)) {
        let _ = writeln!(out, "> {}\n", md(WEAK_ON_NEWS_NOTE));
    }
    if c.contrasts.is_empty() {
        let why = crate::report::reason::why_none(c);
        let _ = writeln!(out, "None found: {why}.");
    }
    for (i, x) in c.contrasts.iter().enumerate() {
        if starts_below_bar(&c.contrasts, i) {
            let _ = writeln!(out, "\n*{BELOW_BAR_HEADING}*\n");
        }
        let _ = writeln!(
            out,
            "{}. **{}** · {} · score {:.2}",
            i + 1,
            x.kind.label(),
            md(&c.contrast_label(x)),
            x.score
        );
        let marked = |side: Side, at| md_marked(c.sentence(side, at), &x.evidence[side.index()]);
        let _ = writeln!(out, "   - left ¶{}: {}", x.left.passage + 1, marked(Side::Left, x.left));
        let _ = writeln!(out, "   - right ¶{}: {}", x.right.passage + 1, marked(Side::Right, x.right));
        let _ = writeln!(out, "   - why: {}", md(&reason_of(c, x)));
        if let Some(diff) = &x.diff {
            let _ = writeln!(out, "   - diff: {}", md_diff(diff));
        }
        if let Some(caution) = c.caution(x) {
            let _ = writeln!(out, "   - caution: {}", md(caution));
        }
    }
    let agreements = c.agreements.iter().map(|a| (agreement_reason_of(c, a), a.left, a.right));
    push_agreeing(&mut out, c, "Where both agree", agreements.collect());
    let facts = c.facts.iter().map(|f| (fact_reason(c.articles(), f), f.left, f.right));
    push_agreeing(&mut out, c, "Facts both report", facts.collect());
    if let Some(line) = consensus_line(c) {
        let _ = writeln!(out, "\n{}", md(&line));
    }
    out
}
