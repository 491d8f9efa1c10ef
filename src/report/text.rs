//! The plain-text report: readable at 80 columns, safe to print on any terminal.

use std::fmt::Write;

use textwrap::Options;

use super::{
    agreement_reason_of, consensus_line, coverage_split, describe_article, reason_of, topic_excerpt,
};
use crate::article::SentenceId;
use crate::compare::{Comparison, Side};
use crate::contrast::caution::{is_weak, BELOW_BAR_HEADING, WEAK_ON_NEWS_NOTE};
use crate::contrast::fill::starts_below_bar;
use crate::diff::render_inline;
use crate::report::reason::fact_reason;
use crate::report::reason::why_none;
use crate::text::sanitize::visible;

/// Renders the report wrapped to `width` columns (at least 40).
pub fn render_text(c: &Comparison, width: usize) -> String {
    let width = width.max(40);
    let mut out = String::new();
    let rule = "─".repeat(width.min(100));
    let _ = writeln!(out, "counterpoint: two articles compared");
    for side in [Side::Left, Side::Right] {
        let name = visible(&c.side(side).article.name).into_owned();
        push_wrapped(
            &mut out,
            &format!("{:<5} {}", side.label().to_uppercase(), describe_article(c, side)),
            width,
            "      ",
        );
        push_wrapped(&mut out, &format!("      {name}"), width, "      ");
        for warning in &c.side(side).article.warnings {
            push_wrapped(&mut out, &format!("      warning: {}", visible(warning)), width, "      ");
        }
    }
    let _ = writeln!(out, "\n{rule}\nTopics (passages)           left   right");
    let (discussed, silent) = coverage_split(c);
    for (name, l, r) in discussed {
        let _ = writeln!(out, "  {} {l:>5}   {r:>5}", fit_column(&name, 24));
    }
    if !silent.is_empty() {
        push_wrapped(&mut out, &format!("  not discussed by either: {}", silent.join(", ")), width, "    ");
    }
    for topic in c.targets.listed().map(|t| t.id) {
        let rows: Vec<_> = c.alignment.iter().filter(|r| r.target == topic).collect();
        if rows.is_empty() {
            continue;
        }
        // Topic names come from the config: sanitized like article text.
        let label = visible(&c.targets[topic].label()).into_owned();
        let _ = writeln!(out, "\n{rule}");
        push_wrapped(&mut out, &label.to_uppercase(), width, "");
        out.push('\n');
        let (l, r) = (c.passages_on(Side::Left, topic).len(), c.passages_on(Side::Right, topic).len());
        if l == 0 || r == 0 {
            let side = if l == 0 { "right" } else { "left" };
            push_wrapped(&mut out, &format!("  (only the {side} article discusses {label})"), width, "   ");
        }
        for row in rows {
            for (side, passage) in [(Side::Left, row.left), (Side::Right, row.right)] {
                let body = match passage {
                    Some(p) => format!("¶{:<3} {}", p + 1, topic_excerpt(c, side, p, topic)),
                    None => "—    (not discussed)".to_string(),
                };
                // Continuation lines under the excerpt: "  L ¶12  " is nine columns.
                push_wrapped(
                    &mut out,
                    &format!("  {} {body}", if side == Side::Left { "L" } else { "R" }),
                    width,
                    "         ",
                );
            }
            out.push('\n');
        }
    }
    let _ = writeln!(out, "{rule}\nContrasts ({}), strongest first\n", c.contrasts.len());
    if c.contrasts.iter().any(|x| c.caution(x).is_some_and(is_weak)) {
        push_wrapped(&mut out, &format!("  {WEAK_ON_NEWS_NOTE}"), width, "  ");
        out.push('\n');
    }
    if c.contrasts.is_empty() {
        push_wrapped(&mut out, &format!("  none found: {}", why_none(c)), width, "  ");
    }
    for (i, contrast) in c.contrasts.iter().enumerate() {
        if starts_below_bar(&c.contrasts, i) {
            let _ = writeln!(out, "  ── {BELOW_BAR_HEADING} ──\n");
        }
        let heading = format!(
            "{:>3}. [{}] {}  (score {:.2})",
            i + 1,
            contrast.kind.label(),
            visible(&c.contrast_label(contrast)),
            contrast.score
        );
        push_wrapped(&mut out, &heading, width, "     ");
        for (side, at) in [(Side::Left, contrast.left), (Side::Right, contrast.right)] {
            let tag = if side == Side::Left { "L" } else { "R" };
            let text = visible(c.sentence(side, at)).into_owned();
            push_wrapped(&mut out, &format!("     {tag} ¶{}: {text}", at.passage + 1), width, "          ");
        }
        push_wrapped(
            &mut out,
            &format!("     why: {}", visible(&reason_of(c, contrast))),
            width,
            "          ",
        );
        if let Some(diff) = &contrast.diff {
            push_wrapped(
                &mut out,
                &format!("     diff: {}", visible(&render_inline(diff))),
                width,
                "          ",
            );
        }
        if let Some(caution) = c.caution(contrast) {
            push_wrapped(&mut out, &format!("     caution: {caution}"), width, "          ");
        }
        out.push('\n');
    }
    let agreements = c.agreements.iter().map(|a| (agreement_reason_of(c, a), a.left, a.right));
    push_agreeing(&mut out, c, &rule, "Where both agree", agreements.collect(), width);
    let facts = c.facts.iter().map(|f| (fact_reason(c.articles(), f), f.left, f.right));
    push_agreeing(&mut out, c, &rule, "Facts both report", facts.collect(), width);
    if let Some(line) = consensus_line(c) {
        let _ = writeln!(out, "{rule}");
        push_wrapped(&mut out, &visible(&line), width, "  ");
    }
    out
}

/// A section of things both articles say (agreements, shared facts): each reason, then the
/// two sentences; nothing when there are none.
fn push_agreeing(
    out: &mut String,
    c: &Comparison,
    rule: &str,
    title: &str,
    rows: Vec<(String, SentenceId, SentenceId)>,
    width: usize,
) {
    if rows.is_empty() {
        return;
    }
    let _ = writeln!(out, "{rule}\n{title} ({})\n", rows.len());
    for (reason, left, right) in rows {
        push_wrapped(out, &format!("  - {}", visible(&reason)), width, "    ");
        for (side, at) in [(Side::Left, left), (Side::Right, right)] {
            let tag = if side == Side::Left { "L" } else { "R" };
            push_wrapped(
                out,
                &format!("    {tag} ¶{}: {}", at.passage + 1, visible(c.sentence(side, at))),
                width,
                "         ",
            );
        }
    }
}

/// `text` padded or cut (with "…") to exactly `columns` terminal columns, for table cells.
fn fit_column(text: &str, columns: usize) -> String {
    use unicode_width::UnicodeWidthChar;
    let mut out = String::new();
    let mut used = 0;
    let total: usize = text.chars().map(|c| c.width().unwrap_or(0)).sum();
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if total > columns && used + w + 1 > columns {
            out.push('…');
            used += 1;
            break;
        }
        out.push(c);
        used += w;
    }
    out + &" ".repeat(columns.saturating_sub(used))
}

fn push_wrapped(out: &mut String, line: &str, width: usize, indent: &str) {
    // First fit: the optimal-fit default lets a line overflow the width when that balances the
    // paragraph better, and a report line must never be wider than asked.
    let options = Options::new(width)
        .subsequent_indent(indent)
        .break_words(true)
        .wrap_algorithm(textwrap::WrapAlgorithm::FirstFit);
    for wrapped in textwrap::wrap(line, options) {
        out.push_str(&wrapped);
        out.push('\n');
    }
}

#[cfg(test)]
mod tests {
    use super::fit_column;

    #[test]
    fn table_cells_are_padded_or_cut_by_terminal_columns() {
        assert_eq!(fit_column("war", 6), "war   ");
        assert_eq!(fit_column("human rights", 6), "human…");
        // Wide characters count two columns each.
        assert_eq!(fit_column("制裁与谈判", 6), "制裁… ");
        assert_eq!(fit_column("制裁", 6), "制裁  ");
    }
}
