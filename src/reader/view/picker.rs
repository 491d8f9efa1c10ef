//! The article picker: the .md and .txt files beside the left article; choose the left one,
//! then the right one.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Clear, Widget};

use crate::text::sanitize::visible;

use super::{fit, overlay_box, panel, put};
use crate::reader::app::{App, Picker};

pub(crate) fn render(app: &App, picker: &Picker, area: Rect, buf: &mut Buffer) {
    let names: Vec<String> =
        picker.files.iter().map(|f| visible(&f.display().to_string()).into_owned()).collect();
    let widest = names.iter().map(|n| super::display_width(n)).max().unwrap_or(0);
    let outer = overlay_box(area, (widest.max(40) + 4) as u16, names.len() as u16 + 2);
    Clear.render(outer, buf);
    let title = match &picker.left {
        None => " Open: choose the LEFT article ".to_string(),
        Some(left) => {
            format!(" Open: the RIGHT article to compare with {} ", visible(&left.display().to_string()))
        }
    };
    let Some(inner) = panel(buf, outer, &title, " Enter choose · Esc cancel ") else { return };
    let rows = usize::from(inner.height);
    let first = picker.cursor.saturating_sub(rows - 1);
    let width = usize::from(inner.width);
    for (row, (i, name)) in names.iter().enumerate().skip(first).take(rows).enumerate() {
        let y = inner.y + row as u16;
        let chosen = picker.left.as_ref() == picker.files.get(i);
        let line = format!("{} {name}", if chosen { "◀" } else { " " });
        let style = if i == picker.cursor { app.theme.cursor() } else { Style::new() };
        if i == picker.cursor {
            buf.set_style(Rect::new(inner.x, y, inner.width, 1), style);
        }
        put(buf, inner.x, y, &fit(&line, width), width, style);
    }
}
