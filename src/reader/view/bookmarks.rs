//! The bookmarks list: each marked pair of passages with its topic and the start of its text;
//! Enter jumps to one, `d` deletes it.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Clear, Widget};

use crate::keymap::Action;
use crate::state::Bookmark;
use crate::text::sanitize::visible;

use super::{display_width, fit, key_name, overlay_box, panel, put};
use crate::reader::app::App;
use crate::reader::memory::place;

pub(crate) fn render(app: &App, cursor: usize, area: Rect, buf: &mut Buffer) {
    let marks = &app.bookmarks;
    let n = marks.len();
    // The box holds the list, or the note of an empty one wrapped to the box's inner width.
    let inner_width = usize::from(overlay_box(area, area.width, area.height).width.saturating_sub(2));
    let rows = if n == 0 { empty_note(app, inner_width).len() } else { n };
    let outer = overlay_box(area, area.width, (rows.max(1) as u16).saturating_add(2));
    Clear.render(outer, buf);
    let footer = format!(" Enter jump · d delete · {} close ", key_name(app, Action::Bookmarks));
    let Some(inner) = panel(buf, outer, &format!(" Bookmarks ({n}) "), &footer) else { return };
    let width = usize::from(inner.width);
    if n == 0 {
        // Wrapped, never cut: at 40 columns the key that makes a bookmark was cut off. Set in
        // by one column like the rows of a list.
        for (row, line) in empty_note(app, width).iter().take(usize::from(inner.height)).enumerate() {
            put(buf, inner.x, inner.y + row as u16, line, width, app.theme.gap());
        }
        return;
    }
    let topic_label = |name: &Option<String>| {
        let label = name.as_deref().map_or("—".to_string(), |n| n.replace('_', " "));
        visible(&label).into_owned()
    };
    let topic_width = marks.iter().map(|b| display_width(&topic_label(&b.topic))).max().unwrap_or(0).min(14);
    let number_width = n.to_string().len();
    // The places come from the bookmark's passages, each side padded to its widest, so that
    // "¶4 ↔ ¶5" and "¶12 ↔ ¶8" put their arrows and excerpts in the same columns.
    let places: Vec<[String; 2]> = marks.iter().map(|b| [place(b.left), place(b.right)]).collect();
    let place_width = |side: usize| places.iter().map(|p| display_width(&p[side])).max().unwrap_or(0);
    let (left_width, right_width) = (place_width(0), place_width(1));
    let rows = usize::from(inner.height);
    let first = cursor.saturating_sub(rows - 1).min(n.saturating_sub(rows));
    for (row, (i, mark)) in marks.iter().enumerate().skip(first).take(rows).enumerate() {
        let y = inner.y + row as u16;
        let topic = fit(&topic_label(&mark.topic), topic_width);
        let pad = |text: &str, to: usize| " ".repeat(to.saturating_sub(display_width(text)));
        let [left, right] = &places[i];
        let line = format!(
            " {:>number_width$} {topic}{}  {}{left} ↔ {right}{}  {}",
            i + 1,
            pad(&topic, topic_width),
            pad(left, left_width),
            pad(right, right_width),
            visible(excerpt(mark, left, right)),
        );
        let style = if i == cursor { app.theme.cursor() } else { Style::new() };
        if i == cursor {
            buf.set_style(Rect::new(inner.x, y, inner.width, 1), style);
        }
        put(buf, inner.x, y, &fit(&line, width), width, style);
    }
}

/// The rows of the empty list's note, each starting with the one-column inset of list rows.
fn empty_note(app: &App, width: usize) -> Vec<String> {
    let note =
        format!("No bookmarks yet: {} marks the passages at the top.", key_name(app, Action::Bookmark));
    let options = textwrap::Options::new(width.saturating_sub(1).max(8))
        .word_splitter(textwrap::WordSplitter::NoHyphenation)
        .break_words(true);
    textwrap::wrap(&note, options).into_iter().map(|l| fit(&format!(" {l}"), width)).collect()
}

/// The excerpt of a bookmark's label: the label without the places it starts with (written in
/// the state file when the bookmark was made); a label in another form (a state file edited by
/// hand) whole.
fn excerpt<'a>(mark: &'a Bookmark, left: &str, right: &str) -> &'a str {
    mark.label.strip_prefix(&format!("{left} ↔ {right}")).map_or(&mark.label, str::trim_start)
}
