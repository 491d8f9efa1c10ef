//! Renders a [`Comparison`] as text, Markdown or JSON for pipes, CI and quick looks over SSH.
//! Pure string building: no terminal code here.

mod corpus;
mod json;
mod markdown;
pub mod reason;
mod terminal_safe;
mod text;

use crate::compare::{Comparison, Side};
use crate::contrast::evidence::SideEvidence;
use crate::contrast::{Agreement, Contrast};
use crate::targets::table::TargetId;
use crate::text::sanitize::visible;

pub use corpus::render_overview;
pub use json::{render_json, write_json};
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

/// Writes a comparison in the chosen format to `out`; JSON is streamed as it is serialized,
/// the other formats are written as [`render`] builds them. The bytes equal [`render`]'s.
pub fn write_report(
    comparison: &Comparison,
    format: Format,
    width: usize,
    out: &mut impl std::io::Write,
) -> std::io::Result<()> {
    match format {
        Format::Json => write_json(comparison, out),
        Format::Text | Format::Markdown => out.write_all(render(comparison, format, width).as_bytes()),
    }
}

/// A contrast's reason, rendered from its evidence.
pub(crate) fn reason_of(c: &Comparison, x: &Contrast) -> String {
    reason::contrast_reason(&c.targets, c.articles(), x)
}

/// An agreement's reason, rendered from its evidence.
pub(crate) fn agreement_reason_of(c: &Comparison, a: &Agreement) -> String {
    reason::agreement_reason(&c.targets, a)
}

/// "Overall, both lean the same way on war (catastrophe) and …; they lean apart on jcpoa (worked
/// vs failed)": the pair's consensus in one line, or nothing when neither side leans clearly.
pub(crate) fn consensus_line(c: &Comparison) -> Option<String> {
    let label = |t: TargetId| c.targets[t].label();
    let agree: Vec<String> = c.consensus.agree.iter().map(|(t, s)| format!("{} ({s})", label(*t))).collect();
    let apart: Vec<String> =
        c.consensus.disagree.iter().map(|(t, [l, r])| format!("{} ({l} vs {r})", label(*t))).collect();
    let mut parts = Vec::new();
    if !agree.is_empty() {
        parts.push(format!("both lean the same way on {}", agree.join(", ")));
    }
    if !apart.is_empty() {
        parts.push(format!("they lean apart on {}", apart.join(", ")));
    }
    if parts.is_empty() {
        return None;
    }
    let mostly = if c.consensus.mostly_agree_on_map(&c.targets) { " — they mostly agree" } else { "" };
    Some(format!("Overall{mostly}: {}.", parts.join("; ")))
}

/// A sentence cut into pieces at its cues: `(text, is_cue)` in order, so a printer can mark the
/// words that counted. Overlapping cues merge; spans outside the sentence are ignored.
pub fn cue_pieces<'a>(sentence: &'a str, evidence: &SideEvidence) -> Vec<(&'a str, bool)> {
    let mut spans: Vec<std::ops::Range<usize>> = evidence
        .cues
        .iter()
        .filter(|c| c.supports)
        .flat_map(|c| std::iter::once(c.span.clone()).chain(c.negated_by.clone()))
        .filter(|r| r.start < r.end && sentence.get(r.clone()).is_some())
        .collect();
    spans.sort_by_key(|r| r.start);
    let mut pieces = Vec::new();
    let mut at = 0;
    for span in spans {
        let start = span.start.max(at);
        if start >= span.end {
            continue;
        }
        if start > at {
            pieces.push((&sentence[at..start], false));
        }
        pieces.push((&sentence[start..span.end], true));
        at = span.end;
    }
    if at < sentence.len() {
        pieces.push((&sentence[at..], false));
    }
    pieces
}

/// What one side of an aligned row says about its topic: the first sentence of the passage
/// that mentions the topic (the whole passage is one keypress away in the reader).
pub(crate) fn topic_excerpt(comparison: &Comparison, side: Side, passage: usize, target: TargetId) -> String {
    let topic = target.index();
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

/// The topics either article discusses, with their passages on each side, and the names of
/// the map's topics that neither discusses: on a subject the map was not written for, a row
/// of zeros for each of its topics would hide the rows that matter.
pub(crate) fn coverage_split(comparison: &Comparison) -> (Vec<(String, usize, usize)>, Vec<String>) {
    let (discussed, silent): (Vec<_>, Vec<_>) =
        coverage(comparison).into_iter().partition(|(_, l, r)| l + r > 0);
    (discussed, silent.into_iter().map(|(name, _, _)| name).collect())
}

/// Topic rows of the coverage table: name, passages on the left, passages on the right.
pub(crate) fn coverage(comparison: &Comparison) -> Vec<(String, usize, usize)> {
    comparison
        .targets
        .listed()
        .map(|t| {
            (
                visible(&t.label()).into_owned(),
                comparison.passages_on(Side::Left, t.id).len(),
                comparison.passages_on(Side::Right, t.id).len(),
            )
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::Article;
    use crate::compare::{analyse_article, compare};
    use crate::config::Config;
    use crate::text::sanitize::is_dangerous;
    use crate::topics::TopicMap;

    /// A config whose topic and stance names carry an escape sequence, a BEL and a bidi override.
    fn hostile_config() -> Config {
        Config::from_user_text(
            "evil.toml",
            "[[topics]]\nname = \"evil\\u001b]0;pwned\\u0007_topic\\u202e\"\ncolor = \"red\"\n\
             terms = [\"sanctions\"]\n[topics.stances]\n\"harm\\u001b[31m\" = [\"devastated\", \"hurt\"]\n\
             pressure = [\"working\", \"squeezed\"]\n",
        )
        .unwrap()
    }

    fn articles() -> (Article, Article) {
        (
            Article::parse(
                "l.md",
                "Title: L\n\nSanctions have devastated and hurt ordinary Iranians badly.\n",
            ),
            Article::parse("r.md", "Title: R\n\nThe sanctions are working and have squeezed the regime.\n"),
        )
    }

    fn assert_safe(format: Format, out: &str) {
        let raw = out.chars().find(|&c| c != '\n' && is_dangerous(c));
        assert_eq!(raw, None, "{format:?} report writes a raw control character:\n{out}");
    }

    #[test]
    fn topic_and_stance_names_from_the_config_are_sanitized() {
        let config = hostile_config();
        let map = TopicMap::new(&config).unwrap();
        let (left, right) = articles();
        let c = compare(left, right, &map, &config.analysis);
        assert!(!c.contrasts.is_empty(), "the hostile topic takes part");
        for format in [Format::Text, Format::Markdown, Format::Json] {
            let out = render(&c, format, 80);
            assert_safe(format, &out);
            let mut written = Vec::new();
            write_report(&c, format, 80, &mut written).unwrap();
            assert_eq!(String::from_utf8(written).unwrap(), out, "{format:?} written as rendered");
            if format != Format::Json {
                assert!(out.contains("pwned^G topic"), "{format:?}: {out}");
            }
        }
    }

    #[test]
    fn agreement_reasons_are_wrapped_to_the_width() {
        // A long topic name (from the config) makes a long reason.
        let config = Config::from_user_text(
            "long.toml",
            "[[topics]]\nname = \"the_effect_of_international_economic_sanctions_on_ordinary_households\"\n\
             color = \"red\"\nterms = [\"sanctions\"]\n[topics.stances]\nharm = [\"devastated\"]\nhelp = [\"helped\"]\n",
        )
        .unwrap();
        let map = TopicMap::new(&config).unwrap();
        let text = "Title: T\n\nSanctions have devastated the households of ordinary people.\n";
        let c = compare(Article::parse("l.md", text), Article::parse("r.md", text), &map, &config.analysis);
        assert!(!c.agreements.is_empty());
        let out = render_text(&c, 60);
        assert!(out.lines().all(|l| l.chars().count() <= 60), "{out}");
    }

    #[test]
    fn corpus_overview_sanitizes_topic_and_stance_names() {
        let config = hostile_config();
        let map = TopicMap::new(&config).unwrap();
        let (left, right) = articles();
        let analysed =
            [left, right].into_iter().map(|a| analyse_article(a, &map, &config.analysis)).collect();
        let o = crate::corpus::overview(analysed, &map, &config.analysis, &|_, _| {});
        for format in [Format::Text, Format::Markdown, Format::Json] {
            let out = render_overview(&o, format, 80);
            assert_safe(format, &out);
        }
        assert!(render_overview(&o, Format::Text, 80).contains("harm^["));
    }
}
