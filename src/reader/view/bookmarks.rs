//! The bookmarks list: each marked pair of passages with its topic and the start of its text;
//! Enter jumps to one, `d` deletes it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Clear, Widget};

use crate::keymap::Action;
use crate::text::sanitize::visible;

use super::{display_width, fit, key_name, overlay_box, panel, put};
use crate::reader::app::App;

pub(crate) fn render(app: &App, cursor: usize, area: Rect, buf: &mut Buffer) {
    let marks = &app.bookmarks;
    let n = marks.len();
    let outer = overlay_box(area, area.width, (n.max(1) as u16).saturating_add(2));
    Clear.render(outer, buf);
    let key = |a: Action| key_name(app, a);
    let footer = format!(" Enter jump · d delete · {} close ", key(Action::Bookmarks));
    let Some(inner) = panel(buf, outer, &format!(" Bookmarks ({n}) "), &footer) else { return };
    let width = usize::from(inner.width);
    if n == 0 {
        let note = format!("No bookmarks yet: {} marks the passages at the top.", key(Action::Bookmark));
        put(buf, inner.x, inner.y, &fit(&note, width), width, app.theme.gap());
        return;
    }
    let topic_label = |name: &Option<String>| {
        let label = name.as_deref().map_or("—".to_string(), |n| n.replace('_', " "));
        visible(&label).into_owned()
    };
    let topic_width = marks.iter().map(|b| display_width(&topic_label(&b.topic))).max().unwrap_or(0).min(14);
    let number_width = n.to_string().len();
    let rows = usize::from(inner.height);
    let first = cursor.saturating_sub(rows - 1).min(n.saturating_sub(rows));
    for (row, (i, mark)) in marks.iter().enumerate().skip(first).take(rows).enumerate() {
        let y = inner.y + row as u16;
        let topic = fit(&topic_label(&mark.topic), topic_width);
        let pad = " ".repeat(topic_width.saturating_sub(display_width(&topic)));
        let line = format!(" {:>number_width$} {topic}{pad}  {}", i + 1, visible(&mark.label));
        let style = if i == cursor { app.theme.cursor() } else { Style::new() };
        if i == cursor {
            buf.set_style(Rect::new(inner.x, y, inner.width, 1), style);
        }
        put(buf, inner.x, y, &fit(&line, width), width, style);
    }
}
