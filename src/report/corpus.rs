//! The corpus overview as text, Markdown or JSON.

use std::fmt::Write;

use serde::Serialize;

use super::reason::pair_teaser;
use super::Format;
use crate::corpus::{Cell, Overview};
use crate::targets::table::TargetId;
use crate::text::sanitize::visible;

/// Renders an overview in the chosen format; `width` applies to text.
pub fn render_overview(o: &Overview, format: Format, width: usize) -> String {
    match format {
        Format::Text => text(o, width),
        Format::Markdown => markdown(o),
        Format::Json => json(o),
    }
}

/// Topics at least one article discusses: the tables leave out columns that would be all "·"
/// (the JSON keeps every topic).
fn discussed_topics(o: &Overview) -> Vec<usize> {
    (0..o.targets.len()).filter(|&t| o.matrix.iter().any(|row| row[t].passages > 0)).collect()
}

/// "3 harm": passages and leaning stance; "·" where the article does not discuss the topic.
/// Stance names come from the config, so they are sanitized like article text.
fn cell_label(cell: &Cell) -> String {
    match (&cell.stance, cell.passages) {
        (_, 0) => "·".to_string(),
        (Some(stance), n) => visible(&format!("{n} {stance}")).into_owned(),
        (None, n) => n.to_string(),
    }
}

fn short_title(o: &Overview, i: usize, max: usize) -> String {
    let title = visible(&o.articles[i].article.meta.title).into_owned();
    if title.chars().count() <= max {
        title
    } else {
        title.chars().take(max.saturating_sub(1)).collect::<String>() + "…"
    }
}

fn text(o: &Overview, width: usize) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "counterpoint: {} articles, {} pairs\n", o.articles.len(), o.pairs.len());
    for (i, a) in o.articles.iter().enumerate() {
        let _ = writeln!(
            out,
            "  [{}] {} — {}",
            i + 1,
            short_title(o, i, width.saturating_sub(20).max(20)),
            visible(&a.article.name)
        );
    }
    let _ = writeln!(out, "\nStance by topic (passages, leaning)");
    let column = 14;
    let topics = discussed_topics(o);
    let mut header = format!("{:<6}", "");
    for &t in &topics {
        let label: String =
            visible(&o.targets[TargetId::of_topic(t)].label()).chars().take(column - 1).collect();
        let _ = write!(header, "{label:<column$}");
    }
    let _ = writeln!(out, "{}", header.trim_end());
    for (i, row) in o.matrix.iter().enumerate() {
        let mut line = format!("{:<6}", format!("[{}]", i + 1));
        for &t in &topics {
            let value = cell_label(&row[t]);
            let value: String = value.chars().take(column - 1).collect();
            let _ = write!(line, "{value:<column$}");
        }
        let _ = writeln!(out, "{}", line.trim_end());
    }
    let _ = writeln!(out, "\nPairs, strongest disagreement first");
    for p in &o.pairs {
        let _ = writeln!(
            out,
            "  [{}] vs [{}]  {} contrast(s), strength {}",
            p.left + 1,
            p.right + 1,
            p.contrasts,
            two_places(p.strength)
        );
        if let Some(reason) = &pair_teaser(o, p) {
            let line = format!("        top: {}", visible(reason));
            let options = textwrap::Options::new(width.max(40)).subsequent_indent("             ");
            for l in textwrap::wrap(&line, options) {
                let _ = writeln!(out, "{l}");
            }
        }
    }
    out
}

/// A strength to two places; a value that rounds to zero is `0.00`, never `-0.00`.
fn two_places(x: f32) -> String {
    let shown = format!("{x:.2}");
    if shown == "-0.00" {
        "0.00".to_string()
    } else {
        shown
    }
}

fn markdown(o: &Overview) -> String {
    let esc = |s: &str| visible(s).replace('|', "\\|");
    let mut out = String::new();
    let _ = writeln!(out, "# counterpoint: {} articles\n", o.articles.len());
    let topics = discussed_topics(o);
    let labels: Vec<String> =
        topics.iter().map(|&t| esc(&o.targets[TargetId::of_topic(t)].label())).collect();
    let _ = writeln!(out, "| # | article | {} |", labels.join(" | "));
    let _ = writeln!(out, "|---|---|{}", "---|".repeat(topics.len()));
    for (i, row) in o.matrix.iter().enumerate() {
        let cells: Vec<String> = topics.iter().map(|&t| esc(&cell_label(&row[t]))).collect();
        let _ = writeln!(
            out,
            "| {} | {} | {} |",
            i + 1,
            esc(&o.articles[i].article.meta.title),
            cells.join(" | ")
        );
    }
    let _ = writeln!(out, "\n## Pairs, strongest disagreement first\n");
    for p in &o.pairs {
        let _ = writeln!(
            out,
            "- **{}** vs **{}**: {} contrast(s), strength {}",
            p.left + 1,
            p.right + 1,
            p.contrasts,
            two_places(p.strength)
        );
        if let Some(reason) = &pair_teaser(o, p) {
            let _ = writeln!(out, "  - top: {}", esc(reason));
        }
    }
    out
}

#[derive(Serialize)]
struct ArticleJson<'a> {
    index: usize,
    path: &'a str,
    title: &'a str,
    words: usize,
}

#[derive(Serialize)]
struct CellJson<'a> {
    passages: usize,
    stance: Option<&'a str>,
}

#[derive(Serialize)]
struct PairJson {
    left: usize,
    right: usize,
    contrasts: usize,
    strength: f64,
    top_reason: Option<String>,
}

#[derive(Serialize)]
struct OverviewJson<'a> {
    articles: Vec<ArticleJson<'a>>,
    topics: Vec<&'a str>,
    matrix: Vec<Vec<CellJson<'a>>>,
    pairs: Vec<PairJson>,
}

fn json(o: &Overview) -> String {
    let report = OverviewJson {
        articles: o
            .articles
            .iter()
            .enumerate()
            .map(|(index, a)| ArticleJson {
                index,
                path: &a.article.name,
                title: &a.article.meta.title,
                words: a.article.word_count(),
            })
            .collect(),
        topics: o.targets.iter().map(|t| t.name.as_str()).collect(),
        matrix: o
            .matrix
            .iter()
            .map(|row| {
                row.iter().map(|c| CellJson { passages: c.passages, stance: c.stance.as_deref() }).collect()
            })
            .collect(),
        pairs: o
            .pairs
            .iter()
            .map(|p| PairJson {
                left: p.left,
                right: p.right,
                contrasts: p.contrasts,
                strength: (f64::from(p.strength) * 1000.0).round() / 1000.0,
                top_reason: pair_teaser(o, p),
            })
            .collect(),
    };
    super::terminal_safe::to_terminal_safe_json(&report)
}

#[cfg(test)]
mod tests {
    use super::two_places;

    #[test]
    fn strengths_never_show_a_negative_zero() {
        assert_eq!(two_places(-0.0), "0.00");
        assert_eq!(two_places(-0.001), "0.00");
        assert_eq!(two_places(-0.5), "-0.50");
        assert_eq!(two_places(1.234), "1.23");
    }
}
