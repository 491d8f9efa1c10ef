//! Contrasts on screen: the reason box for the selected contrast (why the two sentences may
//! disagree, and their word diff) and the list of all contrasts.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Clear, Widget};

use crate::diff::DiffOp;
use crate::keymap::Action;
use crate::text::sanitize::visible;

use super::{display_width, fit, key_name, overlay_box, panel, put};
use crate::reader::app::App;

/// "◆ 2/14 stance · civil society: reason", wrapped over the box's rows, the diff on the last.
pub(crate) fn render_reason(app: &App, area: Rect, buf: &mut Buffer) {
    let Some((i, c)) = app.selected.and_then(|i| app.comparison.contrasts.get(i).map(|c| (i, c))) else {
        return;
    };
    if area.is_empty() {
        return;
    }
    let width = usize::from(area.width);
    let diff_rows = u16::from(c.diff.is_some() && area.height >= 3);
    let reason_rows = usize::from(area.height - diff_rows);
    let head = format!(
        "◆ {}/{} {} · {}: ",
        i + 1,
        app.comparison.contrasts.len(),
        c.kind.label(),
        visible(&app.comparison.topic_label(c.topic))
    );
    let text = format!("{head}{}", visible(reason_text(app, c)));
    let lines = textwrap::wrap(&text, textwrap::Options::new(width.max(1)).break_words(true));
    for (row, line) in lines.iter().take(reason_rows).enumerate() {
        let last = row + 1 == reason_rows && lines.len() > reason_rows;
        let shown = if last { fit(&format!("{line} …"), width) } else { fit(line, width) };
        let y = area.y + row as u16;
        if row == 0 && shown.starts_with(&head) {
            let x = put(buf, area.x, y, &head, width, app.theme.accent());
            put(buf, x, y, &shown[head.len()..], width.saturating_sub(display_width(&head)), Style::new());
        } else {
            put(buf, area.x, y, &shown, width, Style::new());
        }
    }
    if diff_rows == 0 {
        return;
    }
    let Some(diff) = &c.diff else { return };
    let y = area.bottom() - 1;
    let mut x = put(buf, area.x, y, "  diff: ", width, app.theme.dim());
    for segment in diff {
        let room = usize::from(area.right().saturating_sub(x));
        if room == 0 {
            break;
        }
        let text = visible(&segment.text).into_owned();
        let (shown, style) = match segment.op {
            DiffOp::Equal => (text, Style::new()),
            DiffOp::Delete => (format!("[-{}-]", text.trim()) + &trailing(&text), app.theme.deleted()),
            DiffOp::Insert => (format!("{{+{}+}}", text.trim()) + &trailing(&text), app.theme.inserted()),
        };
        x = put(buf, x, y, &fit(&shown, room), room, style);
    }
}

/// The reason without the topic name it starts with (the views show the topic already).
fn reason_text<'a>(app: &App, c: &'a crate::contrast::Contrast) -> &'a str {
    let prefix = format!("{}: ", app.comparison.topic_label(c.topic));
    c.reason.strip_prefix(prefix.as_str()).unwrap_or(&c.reason)
}

fn trailing(text: &str) -> String {
    if text.ends_with(' ') {
        " ".to_string()
    } else {
        String::new()
    }
}

/// The list of contrasts: number, kind, topic and reason, with a cursor.
pub(crate) fn render_list(app: &App, cursor: usize, area: Rect, buf: &mut Buffer) {
    let contrasts = &app.comparison.contrasts;
    let n = contrasts.len();
    let outer = overlay_box(area, area.width, (n.max(1) as u16).saturating_add(2));
    Clear.render(outer, buf);
    let keys = |a: Action| key_name(app, a);
    let footer = format!(
        " Enter jump · {}/{} move · {} close ",
        keys(Action::ScrollDown),
        keys(Action::ScrollUp),
        keys(Action::ToggleContrasts)
    );
    let Some(inner) = panel(buf, outer, &format!(" Contrasts ({n}), strongest first "), &footer) else {
        return;
    };
    let width = usize::from(inner.width);
    if n == 0 {
        put(
            buf,
            inner.x,
            inner.y,
            &fit("No contrasts found between these articles.", width),
            width,
            app.theme.gap(),
        );
        return;
    }
    let rows = usize::from(inner.height);
    let first = cursor.saturating_sub(rows - 1).min(n.saturating_sub(rows));
    let number_width = n.to_string().len();
    let topic_width = contrasts
        .iter()
        .map(|c| display_width(&app.comparison.topic_label(c.topic)))
        .max()
        .unwrap_or(0)
        .min(14);
    for (row, (i, c)) in contrasts.iter().enumerate().skip(first).take(rows).enumerate() {
        let y = inner.y + row as u16;
        let mark = if app.selected == Some(i) { "▶" } else { " " };
        let topic = fit(&visible(&app.comparison.topic_label(c.topic)), topic_width);
        let pad = topic_width.saturating_sub(display_width(&topic));
        let reason = visible(reason_text(app, c));
        let line = if width >= 60 {
            format!(
                "{mark}{:>number_width$} {:<6} {topic}{} {reason}",
                i + 1,
                c.kind.label(),
                " ".repeat(pad)
            )
        } else {
            // Narrow: the kind goes, the topic shrinks, the summary keeps the room.
            let topic = visible(&app.comparison.topic_label(c.topic)).into_owned();
            format!("{mark}{:>number_width$} {}: {reason}", i + 1, fit(&topic, 8))
        };
        let style = if i == cursor { app.theme.cursor() } else { Style::new() };
        if i == cursor {
            buf.set_style(Rect::new(inner.x, y, inner.width, 1), style);
        }
        put(buf, inner.x, y, &fit(&line, width), width, style);
    }
}
