//! The help's content and shape: every action with its keys and what it does, generated from
//! the keymap so it always matches config.toml, and how many entries fit on a screen. State
//! (how far the help scrolls) and drawing (`view::help`) both ask here.

use ratatui::layout::Rect;

use crate::keymap::{Action, KeyCode, KeySpec, Keymap, NamedKey};
use crate::text::sanitize::visible;

use super::layout::overlay_box;
use super::wrap::display_width;

/// Widest the keys column gets before descriptions move to a row of their own.
const KEYS_COLUMN: usize = 24;
/// Narrowest a description column may be beside the keys.
const MIN_DESCRIPTION: usize = 24;

/// `(keys, description)` for every action, in the help's order, then what Esc does when no
/// action takes it, then the legend of the coverage strip under each title: each topic's mark
/// (its letter; the view draws its colour instead where there is colour) and name. On the
/// corpus overview (`overview`), only the actions that work there, as they work there.
pub fn help_rows(keymap: &Keymap, topics: &[String], overview: bool) -> Vec<(String, String)> {
    let mut rows: Vec<(String, String)> = keymap
        .bindings()
        .filter_map(|(action, keys)| {
            let description = if overview { on_overview(action)? } else { action.description() };
            let names: Vec<String> = keys.iter().map(|k| visible(&k.to_string()).into_owned()).collect();
            let names = if names.is_empty() { "(unbound)".to_string() } else { names.join(", ") };
            Some((names, description.to_string()))
        })
        .collect();
    if overview {
        rows.insert(0, ("Enter".to_string(), "read the selected pair".to_string()));
    }
    let esc_bound = keymap
        .bindings()
        .any(|(_, keys)| keys.iter().any(|k| *k == KeySpec::plain(KeyCode::Named(NamedKey::Esc))));
    if !esc_bound {
        rows.push(("Esc".to_string(), "close a panel, else clear the search".to_string()));
    }
    let marks = topic_marks(topics.iter().cloned());
    for (mark, topic) in marks.into_iter().zip(topics) {
        rows.push((mark.to_string(), format!("strip: {}", visible(topic))));
    }
    rows
}

/// What an action does on the corpus overview (`App::overview_action`), or `None` where it
/// does nothing there: the help lists only these, so no key it shows is dead.
pub(crate) fn on_overview(action: Action) -> Option<&'static str> {
    Some(match action {
        Action::ScrollDown | Action::NextContrast => "next pair",
        Action::ScrollUp | Action::PrevContrast => "previous pair",
        Action::HalfPageDown => "half a page of pairs down",
        Action::HalfPageUp => "half a page of pairs up",
        Action::PageDown => "a page of pairs down",
        Action::PageUp => "a page of pairs up",
        Action::Top => "first pair",
        Action::Bottom => "last pair",
        Action::FocusNext | Action::FocusRight => "scroll the topic columns right",
        Action::FocusLeft => "scroll the topic columns left",
        Action::Overview => "back to the pair last read",
        Action::Export => "export the overview as Markdown",
        Action::Help => action.description(),
        Action::Quit => "quit, or close the open panel",
        _ => return None,
    })
}

/// One letter per topic for the coverage strip without colour, no two alike: the label's
/// initial, else its initial in capitals, else another of its letters ("negotiations" n,
/// "nuclear" N).
pub(crate) fn topic_marks(labels: impl IntoIterator<Item = String>) -> Vec<char> {
    let mut used: Vec<char> = Vec::new();
    for label in labels {
        let letters: Vec<char> = label.chars().filter(|c| c.is_alphanumeric()).collect();
        let first = letters.first().copied().unwrap_or('?');
        let candidates = first
            .to_lowercase()
            .chain(first.to_uppercase())
            .chain(letters.iter().flat_map(|c| c.to_lowercase().chain(c.to_uppercase())))
            .chain('1'..='9');
        let mark = candidates.filter(|c| !used.contains(c)).find(|_| true).unwrap_or('?');
        used.push(mark);
    }
    used
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

pub(crate) fn help_layout(rows: &[(String, String)], area: Rect) -> HelpLayout {
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
pub(crate) fn max_scroll(keymap: &Keymap, topics: &[String], overview: bool, area: Rect) -> usize {
    let rows = help_rows(keymap, topics, overview);
    rows.len().saturating_sub(help_layout(&rows, area).per_page)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn monochrome_topic_marks_are_distinct_and_the_help_lists_them() {
        let labels = ["negotiations", "nuclear", "nukes", "sanctions"].map(String::from);
        assert_eq!(topic_marks(labels.clone()), vec!['n', 'N', 'u', 's']);
        let rows = help_rows(&Keymap::default(), &labels, false);
        let legend: Vec<_> = rows.iter().filter(|(_, d)| d.starts_with("strip: ")).collect();
        assert_eq!(legend.len(), 4);
        assert_eq!(legend[1], &("N".to_string(), "strip: nuclear".to_string()));
    }
}
