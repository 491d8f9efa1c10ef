//! Tests of key names as people write them in config.toml (parsing, rejecting, printing back)
//! and of the keymap's lookups both ways. Kept apart so `keymap.rs` stays within the project's
//! 400-line limit.

use super::*;

fn key(s: &str) -> KeySpec {
    s.parse().unwrap()
}

#[test]
fn parses_the_names_people_write() {
    assert_eq!(key("j"), KeySpec::plain(KeyCode::Char('j')));
    assert_eq!(key("N"), KeySpec::plain(KeyCode::Char('N')));
    assert_eq!(key("Space"), KeySpec::plain(KeyCode::Char(' ')));
    assert_eq!(key("PageDown"), KeySpec::plain(KeyCode::Named(NamedKey::PageDown)));
    assert_eq!(key("Ctrl-d"), KeySpec { code: KeyCode::Char('d'), ctrl: true, alt: false });
    assert_eq!(key("C-u"), KeySpec { code: KeyCode::Char('u'), ctrl: true, alt: false });
    assert_eq!(key("Alt-x"), KeySpec { code: KeyCode::Char('x'), ctrl: false, alt: true });
    assert_eq!(key("F5"), KeySpec::plain(KeyCode::Named(NamedKey::F(5))));
    assert_eq!(key("-"), KeySpec::plain(KeyCode::Char('-')));
}

#[test]
fn rejects_unknown_names() {
    for bad in ["", "Ctrl-", "PageSideways", "F13", "F0", "\u{1b}"] {
        assert!(bad.parse::<KeySpec>().is_err(), "{bad:?} should be rejected");
    }
}

#[test]
fn display_round_trips() {
    for name in ["j", "Ctrl-d", "Space", "PageDown", "F5", "?"] {
        let spec = key(name);
        assert_eq!(spec.to_string().parse::<KeySpec>(), Ok(spec));
    }
    assert_eq!(key("Down").to_string(), "Down");
}

#[test]
fn keymap_looks_up_both_ways() {
    let map = Keymap::new(vec![(Action::ScrollDown, vec![key("j"), key("Down")])]);
    assert_eq!(map.action_for(&key("Down")), Some(Action::ScrollDown));
    assert_eq!(map.keys_for(Action::ScrollDown).len(), 2);
    assert_eq!(map.action_for(&key("k")), None);
}
