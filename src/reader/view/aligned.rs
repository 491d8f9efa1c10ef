//! The Aligned view: a topic header across both panes, then each pair of passages side by side,
//! padded so counterparts start on the same row; a one-sided passage faces a labelled gap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;

use crate::compare::Side;

use super::pane::render_line;
use super::{fit, put, Marks};
use crate::reader::app::App;
use crate::reader::doc::{AlignedRow, Cell};
use crate::reader::layout::Geometry;
use crate::targets::table::TargetId;

pub(crate) fn render(app: &App, g: &Geometry, marks: &Marks, buf: &mut Buffer) {
    let height = g.texts[0].height;
    if height == 0 {
        return;
    }
    let doc = app.aligned_doc(g);
    if doc.rows.is_empty() {
        let note = "No topic of the map occurs in these articles (v: back to the Read view).";
        let lines = textwrap::wrap(note, g.text_width(0));
        let area = g.texts[0];
        for (row, line) in lines.iter().take(usize::from(area.height)).enumerate() {
            let width = g.text_width(0);
            put(buf, area.x + g.gutter[0], area.y + row as u16, &fit(line, width), width, app.theme.gap());
        }
        return;
    }
    let top = app.aligned_top_row(g);
    let full = Rect::new(g.panes[0].x, 0, g.panes[1].right() - g.panes[0].x, 1);
    for (row, line) in doc.rows.iter().skip(top).take(usize::from(height)).enumerate() {
        let y = g.texts[0].y + row as u16;
        match *line {
            AlignedRow::Header(topic) => render_topic_header(app, topic, Rect { y, ..full }, buf),
            AlignedRow::Pair(cells) => {
                for (i, pane) in [Side::Left, Side::Right].into_iter().enumerate() {
                    let area = Rect { y, height: 1, ..g.texts[i] };
                    match cells[i] {
                        Cell::Text { passage, start, end } => render_line(
                            app,
                            app.side_of(pane),
                            passage,
                            start..end,
                            area,
                            g.gutter[i],
                            marks,
                            buf,
                        ),
                        Cell::Gap => {
                            let label =
                                fit("· not discussed ·", usize::from(area.width.saturating_sub(g.gutter[i])));
                            put(
                                buf,
                                area.x + g.gutter[i],
                                y,
                                &label,
                                usize::from(area.width),
                                app.theme.gap(),
                            );
                        }
                        Cell::Empty => {}
                    }
                }
            }
            AlignedRow::Blank => {}
        }
    }
}

/// `── sanctions ── left 2 · right 3 ──────` across the full width, in the topic's colour.
fn render_topic_header(app: &App, topic: TargetId, area: Rect, buf: &mut Buffer) {
    let Some(t) = app.comparison.targets.get(topic) else { return };
    let count = |pane: Side| app.comparison.passages_on(app.side_of(pane), topic).len();
    let label = format!(
        "── {} ── left {} · right {} ",
        crate::text::sanitize::visible(&t.label().to_uppercase()),
        count(Side::Left),
        count(Side::Right)
    );
    let width = usize::from(area.width);
    let label = fit(&label, width);
    let fill = width.saturating_sub(super::display_width(&label));
    let style = app.theme.topic_header(app.theme.topic(t.color));
    put(buf, area.x, area.y, &format!("{label}{}", "─".repeat(fill)), width, style);
}
