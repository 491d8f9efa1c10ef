//! One article pane: its header (title, source, words, topic coverage strip) and its text,
//! with topic terms, contrast sentences and search matches styled line by line.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::article::PassageKind;
use crate::compare::Side;
use crate::text::sanitize::visible;

use super::theme::Attrs;
use super::{display_width, fit, put, Marks};
use crate::reader::app::App;
use crate::reader::doc::{index, DocLine};
use crate::reader::help::topic_marks;
use crate::reader::layout::Geometry;
use crate::targets::table::TargetId;

fn pane_index(pane: Side) -> usize {
    index(pane)
}

/// Title, source line and coverage strip, as many as the header has rows for.
pub(crate) fn render_header(app: &App, g: &Geometry, pane: Side, buf: &mut Buffer) {
    let area = g.headers[pane_index(pane)];
    if area.is_empty() {
        return;
    }
    let side = app.side_of(pane);
    let article = &app.comparison.side(side).article;
    let focused = pane == app.focus;
    let width = usize::from(area.width);
    let marker = if focused { "▶ " } else { "  " };
    let title = format!("{marker}{}", visible(&article.meta.title));
    let title_style = app.theme.title(focused);
    buf.set_style(Rect::new(area.x, area.y, area.width, 1), title_style);
    put(buf, area.x, area.y, &fit(&title, width), width, title_style);
    let mut row = area.y + 1;
    if area.height >= 3 {
        let mut rest: Vec<String> = Vec::new();
        rest.extend(article.meta.published.iter().map(|s| visible(s).into_owned()));
        rest.push(format!("{} words", app.docs.word_counts[index(side)]));
        let first = match &article.meta.source {
            Some(source) => Elastic::Source(visible(source).into_owned()),
            None => Elastic::Path(visible(&article.name).into_owned()),
        };
        put(buf, area.x, row, &source_line(first, &rest, width), width, app.theme.dim());
        row += 1;
    }
    if area.height >= 2 {
        render_strip(app, side, Rect::new(area.x, row, area.width, 1), buf);
    }
}

/// The first part of the header's second line, the one shortened when the line is too long:
/// the source, cut at its end, or (without one) the file's path, cut at its start so that
/// the file name stays.
enum Elastic {
    Source(String),
    Path(String),
}

/// `  source · date · 1,037 words` in `width` columns: the source or path gives way first, so
/// the date and the word count stay in view in a narrow pane.
fn source_line(first: Elastic, rest: &[String], width: usize) -> String {
    let tail = format!(" · {}", rest.join(" · "));
    let (text, is_path) = match first {
        Elastic::Source(s) => (s, false),
        Elastic::Path(p) => (p, true),
    };
    let whole = format!("  {text}{tail}");
    // Room for the source beside the rest; keep at least a few columns of it or give up.
    let room = width.saturating_sub(2 + display_width(&tail));
    if display_width(&whole) <= width || room < 6 {
        return fit(&whole, width);
    }
    let shortened = if is_path {
        format!("…{}", super::status::fit_tail(&text, room - 1, &mut display_width))
    } else {
        fit(&text, room)
    };
    format!("  {shortened}{tail}")
}

/// Where in the article each topic occurs: one cell per slice of the text, in the colour of
/// the topic mentioned most there (its initial in monochrome).
fn render_strip(app: &App, side: Side, area: Rect, buf: &mut Buffer) {
    let analysed = app.comparison.side(side);
    let passages = &analysed.article.passages;
    let total: usize = passages.iter().map(|p| p.text.len() + 1).sum();
    let columns = usize::from(area.width.saturating_sub(2));
    if columns == 0 || total == 0 {
        return;
    }
    let mut counts: Vec<Vec<usize>> = vec![vec![0; app.comparison.targets.len()]; columns];
    let mut at = 0;
    for (p, passage) in passages.iter().enumerate() {
        let (from, to) =
            (at * columns / total, ((at + passage.text.len()) * columns / total).min(columns - 1));
        at += passage.text.len() + 1;
        for hit in analysed.analysis.passage_terms.get(p).into_iter().flatten() {
            if hit.owner < app.comparison.targets.len() && app.topic.is_none_or(|t| t.index() == hit.owner) {
                for column in &mut counts[from..=to] {
                    column[hit.owner] += 1;
                }
            }
        }
    }
    put(buf, area.x, area.y, "  ", 2, app.theme.dim());
    let marks = topic_marks(app.topic_labels());
    for (i, column) in counts.iter().enumerate() {
        let x = area.x + 2 + i as u16;
        let best =
            column.iter().enumerate().filter(|(_, &n)| n > 0).max_by_key(|(t, &n)| (n, usize::MAX - t));
        match best {
            Some((t, _)) => {
                let topic = &app.comparison.targets[TargetId::of_topic(t)];
                match app.theme.topic(topic.color) {
                    Some(color) => put(buf, x, area.y, "█", 1, ratatui::style::Style::new().fg(color)),
                    None => {
                        let mark = marks.get(t).map_or(String::from("?"), char::to_string);
                        put(buf, x, area.y, &visible(&mark), 1, app.theme.text(Attrs::TERM, None))
                    }
                };
            }
            None => {
                put(buf, x, area.y, "·", 1, app.theme.dim());
            }
        }
    }
}

/// The Read view of one pane.
pub(crate) fn render_read(app: &App, g: &Geometry, pane: Side, marks: &Marks, buf: &mut Buffer) {
    let i = pane_index(pane);
    let area = g.texts[i];
    if area.is_empty() {
        return;
    }
    let doc = app.pane_doc(g, pane);
    let top = app.read_top_line(g, pane);
    let side = app.side_of(pane);
    for (row, line) in doc.lines_from(top).take(usize::from(area.height)).enumerate() {
        let y = area.y + row as u16;
        if let DocLine::Text { passage, start, end } = line {
            render_line(
                app,
                side,
                passage,
                start..end,
                Rect::new(area.x, y, area.width, 1),
                g.gutter[i],
                marks,
                buf,
            );
        }
    }
}

/// One wrapped line of a passage (`range` in its visible text) with its gutter mark.
#[allow(clippy::too_many_arguments)]
pub(crate) fn render_line(
    app: &App,
    side: Side,
    passage: usize,
    range: std::ops::Range<usize>,
    area: Rect,
    gutter: u16,
    marks: &Marks,
    buf: &mut Buffer,
) {
    let analysed = app.comparison.side(side);
    let (Some(p), Some(vis)) =
        (analysed.article.passages.get(passage), app.docs.vis(&app.comparison, side, passage))
    else {
        return;
    };
    let mut base = Attrs::default();
    match p.kind {
        PassageKind::Heading => base |= Attrs::HEADING,
        PassageKind::Clutter => base |= Attrs::CLUTTER,
        PassageKind::Paragraph => {}
    }
    // (visible range, attrs, topic colour)
    let mut spans: Vec<(std::ops::Range<usize>, Attrs, Option<ratatui::style::Color>)> = Vec::new();
    let overlaps = |r: &std::ops::Range<usize>| r.start < range.end && r.end > range.start;
    for hit in analysed.analysis.passage_terms.get(passage).into_iter().flatten() {
        if app.topic.is_none_or(|t| t.index() == hit.owner) {
            let color = app
                .comparison
                .targets
                .get(TargetId::of_topic(hit.owner))
                .and_then(|t| app.theme.topic(t.color));
            spans.push((vis.range_to_vis(&hit.range), Attrs::TERM, color));
        }
    }
    let (mut marked, mut selected) = (false, false);
    for (s, sentence) in p.sentences.iter().enumerate() {
        let at = crate::article::SentenceId { passage, sentence: s };
        if !marks.is_contrast(side, at) {
            continue;
        }
        let r = vis.range_to_vis(sentence);
        let is_selected = marks.is_selected(side, at);
        if overlaps(&r) {
            marked = true;
            selected |= is_selected;
        }
        spans.push((r, if is_selected { Attrs::CONTRAST | Attrs::SELECTED } else { Attrs::CONTRAST }, None));
        if is_selected {
            for cue in &marks.cues[index(side)] {
                let cue = sentence.start + cue.start..sentence.start + cue.end;
                if cue.end <= sentence.end {
                    spans.push((vis.range_to_vis(&cue), Attrs::CUE, None));
                }
            }
        }
    }
    if let Some(search) = &app.search {
        let all = search.on(side);
        let first = all.partition_point(|(p, _)| *p < passage);
        for (k, (_, r)) in search.in_passage(side, passage).iter().enumerate() {
            let current = search.current == Some((side, first + k));
            spans.push((
                vis.range_to_vis(r),
                if current { Attrs::MATCH | Attrs::CURRENT } else { Attrs::MATCH },
                None,
            ));
        }
    }
    spans.retain(|(r, _, _)| {
        overlaps(r) && vis.text.is_char_boundary(r.start) && vis.text.is_char_boundary(r.end)
    });

    let mut x = area.x;
    if gutter > 0 {
        if marked {
            let (glyph, style) = app.theme.gutter(selected);
            put(buf, x, area.y, glyph, 1, style);
        }
        x += gutter;
    }
    let mut cuts: Vec<usize> = vec![range.start, range.end];
    for (r, _, _) in &spans {
        cuts.extend([r.start.max(range.start), r.end.min(range.end)]);
    }
    cuts.sort_unstable();
    cuts.dedup();
    let right = area.right();
    for pair in cuts.windows(2) {
        let (a, b) = (pair[0], pair[1]);
        let mut attrs = base;
        let mut color = None;
        for (r, span_attrs, span_color) in &spans {
            if r.start <= a && r.end >= b {
                attrs |= *span_attrs;
                color = span_color.or(color);
            }
        }
        let width = usize::from(right.saturating_sub(x));
        x = put(buf, x, area.y, &vis.text[a..b], width, app.theme.text(attrs, color));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The date and word count stay in view: the source or the path gives way to them.
    #[test]
    fn the_header_keeps_the_date_and_word_count_in_a_narrow_pane() {
        let rest = ["2025-04-28".to_string(), "1037 words".to_string()];
        let source = Elastic::Source("Sample article written for the counterpoint project".into());
        assert_eq!(source_line(source, &rest, 40), "  Sample arti… · 2025-04-28 · 1037 words");
        let path = Elastic::Path("/work/shared/seeds/001_cbc5251b6b74b1ea.txt".into());
        assert_eq!(source_line(path, &rest[1..], 41), "  …/001_cbc5251b6b74b1ea.txt · 1037 words");
        // What fits is left alone; a pane too narrow for the rest is cut as before.
        assert_eq!(source_line(Elastic::Path("a.md".into()), &rest[1..], 40), "  a.md · 1037 words");
        assert_eq!(source_line(Elastic::Path("a/b/c/d.md".into()), &rest, 20), "  a/b/c/d.md · 2025…");
    }

    #[test]
    fn the_demo_pairs_header_shows_its_word_count_at_80_columns() {
        let app = crate::reader::app_tests::app();
        let g = app.geometry();
        let mut buf = Buffer::empty(app.area);
        render_header(&app, &g, Side::Left, &mut buf);
        let area = g.headers[0];
        let row: String = (area.x..area.right()).map(|x| buf[(x, area.y + 1)].symbol().to_string()).collect();
        assert!(row.contains("1037 words"), "{row}");
    }
}
