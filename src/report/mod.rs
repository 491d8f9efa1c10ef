//! Renders a [`Comparison`] as text, Markdown or JSON for pipes, CI and quick looks over SSH.
//! Pure string building: no terminal code here.

mod corpus;
mod json;
mod markdown;
mod text;

use crate::compare::{Comparison, Side};
use crate::text::sanitize::visible;

pub use corpus::render_overview;
pub use json::render_json;
pub use markdown::render_markdown;
pub use text::render_text;

/// Output formats of `counterpoint compare`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    Markdown,
    Json,
}

/// Renders a comparison in the chosen format; `width` applies to text.
pub fn render(comparison: &Comparison, format: Format, width: usize) -> String {
    match format {
        Format::Text => render_text(comparison, width),
        Format::Markdown => render_markdown(comparison),
        Format::Json => render_json(comparison),
    }
}

/// What one side of an aligned row says about its topic: the first sentence of the passage
/// that mentions the topic (the whole passage is one keypress away in the reader).
pub(crate) fn topic_excerpt(comparison: &Comparison, side: Side, passage: usize, topic: usize) -> String {
    let analysed = comparison.side(side);
    let p = &analysed.article.passages[passage];
    let hits = &analysed.analysis.passage_terms[passage];
    let sentence = p
        .sentences
        .iter()
        .find(|range| {
            hits.iter().any(|h| h.owner == topic && h.range.start >= range.start && h.range.end <= range.end)
        })
        .or(p.sentences.first())
        .map_or(p.text.as_str(), |r| &p.text[r.clone()]);
    visible(sentence).into_owned()
}

/// "title (source, N words)" for a side, sanitized.
pub(crate) fn describe_article(comparison: &Comparison, side: Side) -> String {
    let a = &comparison.side(side).article;
    let mut parts = Vec::new();
    if let Some(source) = &a.meta.source {
        parts.push(source.clone());
    }
    if let Some(date) = &a.meta.published {
        parts.push(date.clone());
    }
    parts.push(format!("{} words", a.word_count()));
    visible(&format!("{} ({})", a.meta.title, parts.join(", "))).into_owned()
}

/// Topic rows of the coverage table: name, passages on the left, passages on the right.
pub(crate) fn coverage(comparison: &Comparison) -> Vec<(String, usize, usize)> {
    (0..comparison.topics.len())
        .map(|t| {
            (
                comparison.topics[t].label(),
                comparison.passages_on(Side::Left, t).len(),
                comparison.passages_on(Side::Right, t).len(),
            )
        })
        .collect()
}
