//! The help panel: every action with its keys and what it does, generated from the keymap so
//! it always matches config.toml.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Clear, Widget};

use crate::keymap::{Action, KeyCode, KeySpec, NamedKey};
use crate::text::sanitize::visible;

use super::{display_width, fit, key_name, overlay_box, panel, put};
use crate::reader::app::App;

/// Widest the keys column gets before descriptions move to a row of their own.
const KEYS_COLUMN: usize = 24;
/// Narrowest a description column may be beside the keys.
const MIN_DESCRIPTION: usize = 24;

/// `(keys, description)` for every action, in the help's order, then what Esc does when no
/// action takes it.
pub fn help_rows(app: &App) -> Vec<(String, &'static str)> {
    let mut rows: Vec<(String, &'static str)> = app
        .config
        .keymap
        .bindings()
        .map(|(action, keys)| {
            let names: Vec<String> = keys.iter().map(|k| visible(&k.to_string()).into_owned()).collect();
            let names = if names.is_empty() { "(unbound)".to_string() } else { names.join(", ") };
            (names, action.description())
        })
        .collect();
    let esc_bound = app
        .config
        .keymap
        .bindings()
        .any(|(_, keys)| keys.iter().any(|k| *k == KeySpec::plain(KeyCode::Named(NamedKey::Esc))));
    if !esc_bound {
        rows.push(("Esc".to_string(), "close a panel, else clear the search"));
    }
    rows
}

/// Where the panel goes and how its entries are laid out on a screen of this size.
struct Layout {
    outer: Rect,
    keys_width: usize,
    /// Keys and description on two rows (narrow screens).
    stacked: bool,
    /// Entries that fit at once.
    per_page: usize,
}

fn layout(rows: &[(String, &str)], area: Rect) -> Layout {
    let keys_width = rows.iter().map(|(k, _)| display_width(k)).max().unwrap_or(0).min(KEYS_COLUMN);
    let text_width = rows.iter().map(|(_, d)| d.len()).max().unwrap_or(0);
    let probe = overlay_box(area, (keys_width + text_width + 5) as u16, u16::MAX);
    let inner_width = usize::from(probe.width.saturating_sub(2));
    let stacked = inner_width < keys_width + 3 + MIN_DESCRIPTION;
    let per_entry = if stacked { 2 } else { 1 };
    let outer =
        overlay_box(area, probe.width, (rows.len() * per_entry + 2).min(usize::from(u16::MAX)) as u16);
    let per_page = (usize::from(outer.height.saturating_sub(2)) / per_entry).max(1);
    Layout { outer, keys_width, stacked, per_page }
}

/// The furthest the help can scroll on a screen of this size.
pub(crate) fn max_scroll(app: &App, area: Rect) -> usize {
    let rows = help_rows(app);
    rows.len().saturating_sub(layout(&rows, area).per_page)
}

pub(crate) fn render(app: &App, scroll: usize, area: Rect, buf: &mut Buffer) {
    let rows = help_rows(app);
    let Layout { outer, keys_width, stacked, per_page } = layout(&rows, area);
    Clear.render(outer, buf);
    let first = scroll.min(rows.len().saturating_sub(per_page));
    let key = |a: Action| key_name(app, a);
    let footer = if rows.len() > per_page {
        format!(
            " {}/{} scroll · {} close · {}-{} of {} ",
            key(Action::ScrollDown),
            key(Action::ScrollUp),
            key(Action::Help),
            first + 1,
            (first + per_page).min(rows.len()),
            rows.len()
        )
    } else {
        format!(" {} close ", key(Action::Help))
    };
    let Some(inner) = panel(buf, outer, " Keys (from config.toml [keys]) ", &footer) else { return };
    let width = usize::from(inner.width);
    let mut y = inner.y;
    for (keys, description) in rows.iter().skip(first).take(per_page) {
        if y >= inner.bottom() {
            break;
        }
        if stacked {
            put(buf, inner.x + 1, y, &fit(keys, width.saturating_sub(1)), width, app.theme.accent());
            if y + 1 < inner.bottom() {
                put(buf, inner.x + 3, y + 1, &fit(description, width.saturating_sub(3)), width, Style::new());
            }
            y += 2;
            continue;
        }
        let keys = fit(keys, keys_width);
        let pad = keys_width.saturating_sub(display_width(&keys));
        let x = put(buf, inner.x + 1, y, &keys, width.saturating_sub(1), app.theme.accent());
        let x = x + pad as u16 + 2;
        let room = usize::from(inner.right().saturating_sub(x));
        put(buf, x, y, &fit(description, room), room, Style::new());
        y += 1;
    }
}
