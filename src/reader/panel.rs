//! The panels that can be open over the panes, as plain data, and how a list cursor moves in
//! one. What keys do while a panel is open is in `overlay`; drawing is in `view`.

use std::path::PathBuf;

use crate::keymap::Action;

/// A panel drawn over the panes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help { scroll: usize },
    Contrasts { cursor: usize },
    Picker(Picker),
    Bookmarks { cursor: usize },
}

/// Choosing two articles: the left one first, then the right one.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Picker {
    pub dir: PathBuf,
    pub files: Vec<PathBuf>,
    pub cursor: usize,
    pub left: Option<PathBuf>,
}

/// Moves a list cursor (or a scroll offset) of a list `len` long for a movement key; false for
/// any other key. The overlays and the overview's pair list move alike.
pub(crate) fn move_in_list(position: &mut usize, len: usize, page: usize, action: Action) -> bool {
    let last = len.saturating_sub(1);
    *position = match action {
        Action::ScrollDown | Action::NextContrast => (*position + 1).min(last),
        Action::ScrollUp | Action::PrevContrast => position.saturating_sub(1),
        Action::HalfPageDown => (*position + page / 2).min(last),
        Action::HalfPageUp => position.saturating_sub(page / 2),
        Action::PageDown => (*position + page).min(last),
        Action::PageUp => position.saturating_sub(page),
        Action::Top => 0,
        Action::Bottom => last,
        _ => return false,
    };
    true
}
