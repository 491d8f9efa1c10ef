//! Terminal events in, reader inputs out: key presses become [`KeySpec`]s looked up in the
//! keymap from config.toml; the search prompt takes text; the mouse wheel scrolls the pane under
//! the pointer. Key releases and repeats reported by some terminals are ignored.

use ratatui::crossterm::event::{
    Event, KeyCode as TermKey, KeyEvent, KeyModifiers, MouseEvent, MouseEventKind,
};

use crate::keymap::{Action, KeyCode, KeySpec, Keymap, NamedKey};

/// What the reader is asked to do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Input {
    Action(Action),
    /// Enter where it is not bound: confirm a choice in a panel or the search prompt.
    Confirm,
    /// Esc in a panel or the prompt (closes it even if Esc is bound to something else).
    Cancel,
    /// A character typed at the search prompt.
    Char(char),
    Backspace,
    /// `d` or Delete in a panel where it is not bound: delete the entry under the cursor.
    Delete,
    Wheel {
        column: u16,
        row: u16,
        down: bool,
    },
    Resize(u16, u16),
    /// Ctrl-C: always quits, whatever the keymap says.
    ForceQuit,
}

/// Where key presses go.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Normal,
    /// Typing a search.
    Prompt,
    /// A panel (help, contrasts, picker) is open.
    Overlay,
}

/// The key as config.toml names it.
pub fn key_spec(key: &KeyEvent) -> Option<KeySpec> {
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    let alt = key.modifiers.contains(KeyModifiers::ALT);
    let code = match key.code {
        TermKey::Char(c) => KeyCode::Char(if ctrl { c.to_ascii_lowercase() } else { c }),
        TermKey::Up => KeyCode::Named(NamedKey::Up),
        TermKey::Down => KeyCode::Named(NamedKey::Down),
        TermKey::Left => KeyCode::Named(NamedKey::Left),
        TermKey::Right => KeyCode::Named(NamedKey::Right),
        TermKey::PageUp => KeyCode::Named(NamedKey::PageUp),
        TermKey::PageDown => KeyCode::Named(NamedKey::PageDown),
        TermKey::Home => KeyCode::Named(NamedKey::Home),
        TermKey::End => KeyCode::Named(NamedKey::End),
        TermKey::Tab => KeyCode::Named(NamedKey::Tab),
        TermKey::BackTab => KeyCode::Named(NamedKey::BackTab),
        TermKey::Enter => KeyCode::Named(NamedKey::Enter),
        TermKey::Esc => KeyCode::Named(NamedKey::Esc),
        TermKey::Backspace => KeyCode::Named(NamedKey::Backspace),
        TermKey::Delete => KeyCode::Named(NamedKey::Delete),
        TermKey::Insert => KeyCode::Named(NamedKey::Insert),
        TermKey::F(n) => KeyCode::Named(NamedKey::F(n)),
        _ => return None,
    };
    Some(KeySpec { code, ctrl, alt })
}

/// Translates a terminal event for the current mode; `None` for events the reader ignores.
pub fn translate(event: &Event, keymap: &Keymap, mode: Mode) -> Option<Input> {
    if let Some((w, h)) = event.as_resize_event() {
        return Some(Input::Resize(w, h));
    }
    if let Some(mouse) = event.as_mouse_event() {
        return wheel(&mouse);
    }
    let key = event.as_key_press_event()?;
    let ctrl = key.modifiers.contains(KeyModifiers::CONTROL);
    if ctrl && key.code == TermKey::Char('c') {
        return Some(Input::ForceQuit);
    }
    match (mode, key.code) {
        (Mode::Prompt, TermKey::Enter) | (Mode::Overlay, TermKey::Enter) => return Some(Input::Confirm),
        (Mode::Prompt, TermKey::Esc) | (Mode::Overlay, TermKey::Esc) => return Some(Input::Cancel),
        (Mode::Prompt, TermKey::Backspace) => return Some(Input::Backspace),
        (Mode::Prompt, TermKey::Char(c)) if !ctrl && !c.is_control() => return Some(Input::Char(c)),
        (Mode::Prompt, _) => return None,
        _ => {}
    }
    match keymap.action_for(&key_spec(&key)?) {
        Some(action) => Some(Input::Action(action)),
        None if key.code == TermKey::Enter => Some(Input::Confirm),
        None if key.code == TermKey::Esc => Some(Input::Cancel),
        None if mode == Mode::Overlay
            && matches!(key.code, TermKey::Char('d') | TermKey::Delete)
            && !ctrl =>
        {
            Some(Input::Delete)
        }
        None => None,
    }
}

fn wheel(mouse: &MouseEvent) -> Option<Input> {
    let down = match mouse.kind {
        MouseEventKind::ScrollDown => true,
        MouseEventKind::ScrollUp => false,
        _ => return None,
    };
    Some(Input::Wheel { column: mouse.column, row: mouse.row, down })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;
    use ratatui::crossterm::event::{KeyEventKind, KeyEventState};

    fn press(code: TermKey, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent::new(code, modifiers))
    }

    #[test]
    fn keys_follow_the_keymap() {
        let keymap = Config::default_config().keymap;
        let t = |e: &Event| translate(e, &keymap, Mode::Normal);
        assert_eq!(
            t(&press(TermKey::Char('j'), KeyModifiers::NONE)),
            Some(Input::Action(Action::ScrollDown))
        );
        assert_eq!(t(&press(TermKey::Char('G'), KeyModifiers::SHIFT)), Some(Input::Action(Action::Bottom)));
        assert_eq!(
            t(&press(TermKey::Char('d'), KeyModifiers::CONTROL)),
            Some(Input::Action(Action::HalfPageDown))
        );
        assert_eq!(t(&press(TermKey::BackTab, KeyModifiers::SHIFT)), Some(Input::Action(Action::FocusNext)));
        assert_eq!(t(&press(TermKey::Char(' '), KeyModifiers::NONE)), Some(Input::Action(Action::PageDown)));
        assert_eq!(t(&press(TermKey::Char('c'), KeyModifiers::CONTROL)), Some(Input::ForceQuit));
        assert_eq!(t(&press(TermKey::Enter, KeyModifiers::NONE)), Some(Input::Confirm));
        // Esc is not bound to quit: a reflexive vim Esc must not end the session.
        assert_eq!(t(&press(TermKey::Esc, KeyModifiers::NONE)), Some(Input::Cancel));
    }

    #[test]
    fn releases_are_ignored_and_the_prompt_takes_text() {
        let keymap = Config::default_config().keymap;
        let release = Event::Key(KeyEvent {
            code: TermKey::Char('j'),
            modifiers: KeyModifiers::NONE,
            kind: KeyEventKind::Release,
            state: KeyEventState::NONE,
        });
        assert_eq!(translate(&release, &keymap, Mode::Normal), None);
        let q = press(TermKey::Char('q'), KeyModifiers::NONE);
        assert_eq!(translate(&q, &keymap, Mode::Prompt), Some(Input::Char('q')));
        let esc = press(TermKey::Esc, KeyModifiers::NONE);
        assert_eq!(translate(&esc, &keymap, Mode::Overlay), Some(Input::Cancel));
    }
}
