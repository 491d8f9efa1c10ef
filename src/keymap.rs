//! What the reader's keys do: the list of actions and the key names users write in config.toml.
//!
//! This module knows nothing about terminals; the reader translates terminal key events into
//! [`KeySpec`]s. One list of actions with their descriptions feeds the key handling, the status
//! bar hints and the help screen, so the help can never drift from what the keys do.

use std::fmt;

use serde::Deserialize;

/// Everything a key can do in the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Scroll down one line.
    ScrollDown,
    /// Scroll up one line.
    ScrollUp,
    /// Scroll down half a page.
    HalfPageDown,
    /// Scroll up half a page.
    HalfPageUp,
    /// Scroll down a page.
    PageDown,
    /// Scroll up a page.
    PageUp,
    /// Go to the top.
    Top,
    /// Go to the bottom.
    Bottom,
    /// Move focus to the other pane.
    FocusNext,
    /// Focus the left pane.
    FocusLeft,
    /// Focus the right pane.
    FocusRight,
    /// Cycle the topic filter.
    CycleTopic,
    /// Next passage on the current topic.
    NextTopicPassage,
    /// Previous passage on the current topic.
    PrevTopicPassage,
    /// Next contrast.
    NextContrast,
    /// Previous contrast.
    PrevContrast,
    /// Search both panes.
    Search,
    /// Next search match.
    SearchNext,
    /// Previous search match.
    SearchPrev,
    /// Switch between the Read and Aligned views.
    ToggleView,
    /// Turn scroll sync on or off.
    ToggleSync,
    /// Bring the other pane to the counterpart of the passage at the top.
    JumpCounterpart,
    /// Show or hide the contrasts list.
    ToggleContrasts,
    /// Make the left pane narrower.
    NarrowLeft,
    /// Make the left pane wider.
    WidenLeft,
    /// Swap the two articles.
    SwapSides,
    /// Pick other articles to compare.
    OpenPicker,
    /// Reload the articles and the config.
    Reload,
    /// Bookmark the aligned passages at the top.
    Bookmark,
    /// List the bookmarks to jump to one.
    Bookmarks,
    /// Export the comparison as Markdown beside the left article.
    Export,
    /// Go back to the corpus overview.
    Overview,
    /// Show or hide this help.
    Help,
    /// Quit (or close the open panel).
    Quit,
}

impl Action {
    /// Every action, in the order the help screen lists them.
    pub const ALL: [Action; 34] = [
        Action::ScrollDown,
        Action::ScrollUp,
        Action::HalfPageDown,
        Action::HalfPageUp,
        Action::PageDown,
        Action::PageUp,
        Action::Top,
        Action::Bottom,
        Action::FocusNext,
        Action::FocusLeft,
        Action::FocusRight,
        Action::CycleTopic,
        Action::NextTopicPassage,
        Action::PrevTopicPassage,
        Action::NextContrast,
        Action::PrevContrast,
        Action::Search,
        Action::SearchNext,
        Action::SearchPrev,
        Action::ToggleView,
        Action::ToggleSync,
        Action::JumpCounterpart,
        Action::ToggleContrasts,
        Action::NarrowLeft,
        Action::WidenLeft,
        Action::SwapSides,
        Action::OpenPicker,
        Action::Reload,
        Action::Bookmark,
        Action::Bookmarks,
        Action::Export,
        Action::Overview,
        Action::Help,
        Action::Quit,
    ];

    /// What the action does, as the help screen says it.
    pub fn description(self) -> &'static str {
        match self {
            Action::ScrollDown => "scroll down one line",
            Action::ScrollUp => "scroll up one line",
            Action::HalfPageDown => "scroll down half a page",
            Action::HalfPageUp => "scroll up half a page",
            Action::PageDown => "scroll down a page",
            Action::PageUp => "scroll up a page",
            Action::Top => "go to the top",
            Action::Bottom => "go to the bottom",
            Action::FocusNext => "focus the other pane",
            Action::FocusLeft => "focus the left pane",
            Action::FocusRight => "focus the right pane",
            Action::CycleTopic => "cycle the topic filter",
            Action::NextTopicPassage => "next passage on the topic",
            Action::PrevTopicPassage => "previous passage on the topic",
            Action::NextContrast => "next contrast",
            Action::PrevContrast => "previous contrast",
            Action::Search => "search both panes",
            Action::SearchNext => "next search match",
            Action::SearchPrev => "previous search match",
            Action::ToggleView => "switch Read / Aligned view",
            Action::ToggleSync => "scroll sync on / off",
            Action::JumpCounterpart => "counterpart in the other pane",
            Action::ToggleContrasts => "show / hide the contrasts and agreements",
            Action::NarrowLeft => "narrow the left pane",
            Action::WidenLeft => "widen the left pane",
            Action::SwapSides => "swap left and right",
            Action::OpenPicker => "open other articles",
            Action::Reload => "reload files and config",
            Action::Bookmark => "bookmark the top passages",
            Action::Bookmarks => "list bookmarks to jump to",
            Action::Export => "export as Markdown",
            Action::Overview => "back to the corpus overview",
            Action::Help => "show / hide this help",
            Action::Quit => "quit, or close the open panel",
        }
    }

    /// Where the action comes among the status bar hints (most useful first; as many as fit
    /// are shown), or `None` when it is only in the help. Kept here, beside the help's list, so
    /// the hints and the help are one list of commands.
    pub fn hint_rank(self) -> Option<u8> {
        Some(match self {
            Action::Help => 0,
            Action::Overview => 1,
            Action::ToggleView => 2,
            Action::JumpCounterpart => 3,
            Action::ToggleContrasts => 4,
            Action::NextContrast => 5,
            Action::Search => 6,
            Action::CycleTopic => 7,
            Action::ToggleSync => 8,
            Action::Quit => 9,
            _ => return None,
        })
    }

    /// A one-word label for the status bar hints.
    pub fn hint(self) -> &'static str {
        match self {
            Action::ToggleView => "view",
            Action::ToggleSync => "sync",
            Action::JumpCounterpart => "counterpart",
            Action::ToggleContrasts => "contrasts",
            Action::NextContrast => "next contrast",
            Action::CycleTopic => "topic",
            Action::Search => "search",
            Action::Help => "help",
            Action::Quit => "quit",
            Action::Bookmark => "mark",
            Action::Bookmarks => "bookmarks",
            Action::Export => "export",
            Action::Overview => "overview",
            _ => self.description(),
        }
    }
}

/// A named key that is not a printable character.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum NamedKey {
    Up,
    Down,
    Left,
    Right,
    PageUp,
    PageDown,
    Home,
    End,
    Tab,
    BackTab,
    Enter,
    Esc,
    Backspace,
    Delete,
    Insert,
    F(u8),
}

/// The key part of a key press.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyCode {
    Char(char),
    Named(NamedKey),
}

/// A key press as written in config.toml: `j`, `N`, `?`, `Space`, `PageDown`, `Ctrl-d`, `Alt-x`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct KeySpec {
    pub code: KeyCode,
    pub ctrl: bool,
    pub alt: bool,
}

/// A key name that could not be understood.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown key name \"{0}\" (examples: \"j\", \"?\", \"Space\", \"PageDown\", \"Ctrl-d\", \"Alt-x\", \"F1\")")]
pub struct KeyNameError(pub String);

impl KeySpec {
    pub const fn plain(code: KeyCode) -> Self {
        Self { code, ctrl: false, alt: false }
    }

    /// Parses a key name as users write it; modifier prefixes are `Ctrl-`/`C-` and `Alt-`/`M-`.
    pub fn parse(name: &str) -> Result<Self, KeyNameError> {
        let err = || KeyNameError(name.to_string());
        let mut rest = name;
        let (mut ctrl, mut alt) = (false, false);
        loop {
            let lower = rest.to_ascii_lowercase();
            if rest.chars().count() > 2 && (lower.starts_with("ctrl-") || lower.starts_with("ctrl+")) {
                ctrl = true;
                rest = &rest[5..];
            } else if rest.chars().count() > 2 && lower.starts_with("c-") {
                ctrl = true;
                rest = &rest[2..];
            } else if rest.chars().count() > 2 && (lower.starts_with("alt-") || lower.starts_with("alt+")) {
                alt = true;
                rest = &rest[4..];
            } else if rest.chars().count() > 2 && lower.starts_with("m-") {
                alt = true;
                rest = &rest[2..];
            } else {
                break;
            }
        }
        if rest.eq_ignore_ascii_case("space") {
            return Ok(Self { code: KeyCode::Char(' '), ctrl, alt });
        }
        let mut chars = rest.chars();
        let code = match (chars.next(), chars.next()) {
            (Some(c), None) if !c.is_control() => {
                KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c })
            }
            _ => KeyCode::Named(named_key(rest).ok_or_else(err)?),
        };
        Ok(Self { code, ctrl, alt })
    }
}

fn named_key(name: &str) -> Option<NamedKey> {
    let key = match name.to_ascii_lowercase().as_str() {
        "up" => NamedKey::Up,
        "down" => NamedKey::Down,
        "left" => NamedKey::Left,
        "right" => NamedKey::Right,
        "pageup" | "pgup" => NamedKey::PageUp,
        "pagedown" | "pgdn" => NamedKey::PageDown,
        "home" => NamedKey::Home,
        "end" => NamedKey::End,
        "tab" => NamedKey::Tab,
        "backtab" | "shift-tab" => NamedKey::BackTab,
        "enter" | "return" => NamedKey::Enter,
        "esc" | "escape" => NamedKey::Esc,
        "backspace" => NamedKey::Backspace,
        "delete" | "del" => NamedKey::Delete,
        "insert" | "ins" => NamedKey::Insert,
        f if f.starts_with('f') && f.len() <= 3 => {
            NamedKey::F(f[1..].parse().ok().filter(|n| (1..=12).contains(n))?)
        }
        _ => return None,
    };
    Some(key)
}

impl std::str::FromStr for KeySpec {
    type Err = KeyNameError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Self::parse(s)
    }
}

impl fmt::Display for KeySpec {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.ctrl {
            f.write_str("Ctrl-")?;
        }
        if self.alt {
            f.write_str("Alt-")?;
        }
        match self.code {
            KeyCode::Char(' ') => f.write_str("Space"),
            KeyCode::Char(c) => write!(f, "{c}"),
            KeyCode::Named(NamedKey::F(n)) => write!(f, "F{n}"),
            KeyCode::Named(named) => write!(f, "{named:?}"),
        }
    }
}

/// Keys bound to actions, searchable both ways.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Keymap {
    bindings: Vec<(Action, Vec<KeySpec>)>,
}

impl Keymap {
    pub fn new(bindings: Vec<(Action, Vec<KeySpec>)>) -> Self {
        Self { bindings }
    }

    /// The action a key press triggers, if any.
    pub fn action_for(&self, key: &KeySpec) -> Option<Action> {
        self.bindings.iter().find(|(_, keys)| keys.contains(key)).map(|(a, _)| *a)
    }

    /// The keys bound to an action, for help and hints.
    pub fn keys_for(&self, action: Action) -> &[KeySpec] {
        self.bindings.iter().find(|(a, _)| *a == action).map_or(&[], |(_, k)| k.as_slice())
    }

    /// The bindings, in the help screen's order.
    pub fn bindings(&self) -> impl Iterator<Item = (Action, &[KeySpec])> {
        Action::ALL.iter().map(|&a| (a, self.keys_for(a)))
    }
}

#[cfg(test)]
#[path = "keymap_tests.rs"]
mod tests;
