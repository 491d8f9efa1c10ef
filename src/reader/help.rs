//! The help's content and shape: every action with its keys and what it does, generated from
//! the keymap so it always matches config.toml, and how many entries fit on a screen. State
//! (how far the help scrolls) and drawing (`view::help`) both ask here.

use ratatui::layout::Rect;

use crate::keymap::{KeyCode, KeySpec, Keymap, NamedKey};
use crate::text::sanitize::visible;

use super::layout::overlay_box;
use super::wrap::display_width;

/// Widest the keys column gets before descriptions move to a row of their own.
const KEYS_COLUMN: usize = 24;
/// Narrowest a description column may be beside the keys.
const MIN_DESCRIPTION: usize = 24;

/// `(keys, description)` for every action, in the help's order, then what Esc does when no
/// action takes it.
pub fn help_rows(keymap: &Keymap) -> Vec<(String, &'static str)> {
    let mut rows: Vec<(String, &'static str)> = keymap
        .bindings()
        .map(|(action, keys)| {
            let names: Vec<String> = keys.iter().map(|k| visible(&k.to_string()).into_owned()).collect();
            let names = if names.is_empty() { "(unbound)".to_string() } else { names.join(", ") };
            (names, action.description())
        })
        .collect();
    let esc_bound = keymap
        .bindings()
        .any(|(_, keys)| keys.iter().any(|k| *k == KeySpec::plain(KeyCode::Named(NamedKey::Esc))));
    if !esc_bound {
        rows.push(("Esc".to_string(), "close a panel, else clear the search"));
    }
    rows
}

/// Where the panel goes and how its entries are laid out on a screen of this size.
pub(crate) struct HelpLayout {
    pub outer: Rect,
    pub keys_width: usize,
    /// Keys and description on two rows (narrow screens).
    pub stacked: bool,
    /// Entries that fit at once.
    pub per_page: usize,
}

pub(crate) fn help_layout(rows: &[(String, &str)], area: Rect) -> HelpLayout {
    let keys_width = rows.iter().map(|(k, _)| display_width(k)).max().unwrap_or(0).min(KEYS_COLUMN);
    let text_width = rows.iter().map(|(_, d)| d.len()).max().unwrap_or(0);
    let probe = overlay_box(area, (keys_width + text_width + 5) as u16, u16::MAX);
    let inner_width = usize::from(probe.width.saturating_sub(2));
    let stacked = inner_width < keys_width + 3 + MIN_DESCRIPTION;
    let per_entry = if stacked { 2 } else { 1 };
    let outer =
        overlay_box(area, probe.width, (rows.len() * per_entry + 2).min(usize::from(u16::MAX)) as u16);
    let per_page = (usize::from(outer.height.saturating_sub(2)) / per_entry).max(1);
    HelpLayout { outer, keys_width, stacked, per_page }
}

/// The furthest the help can scroll on a screen of this size.
pub(crate) fn max_scroll(keymap: &Keymap, area: Rect) -> usize {
    let rows = help_rows(keymap);
    rows.len().saturating_sub(help_layout(&rows, area).per_page)
}
