//! Makes untrusted text safe to show on a terminal.
//!
//! Articles come from the web and may carry escape sequences, control bytes or bidi overrides
//! ("Trojan Source"). Everything that reaches a terminal or a plain-text report passes through
//! [`visible`], which swaps each dangerous character for a visible placeholder instead of
//! dropping it, so the reader can see that something was there.

use std::borrow::Cow;

/// Columns a tab expands to when text is prepared for display.
pub const TAB_WIDTH: usize = 4;

/// True for characters that must never be written to a terminal as they are.
pub fn is_dangerous(c: char) -> bool {
    is_control(c) || is_bidi_control(c)
}

/// C0 controls, DEL and C1 controls.
pub fn is_control(c: char) -> bool {
    matches!(c, '\u{0}'..='\u{1f}' | '\u{7f}'..='\u{9f}')
}

/// Characters that reorder text on screen (CVE-2021-42574) or mark direction invisibly.
pub fn is_bidi_control(c: char) -> bool {
    matches!(
        c,
        '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{200e}' | '\u{200f}' | '\u{061c}'
    )
}

/// The visible stand-in for one dangerous character: caret notation for C0 and DEL
/// (`^[` for ESC, like `cat -v`), `<U+XXXX>` for C1 and bidi controls.
pub fn placeholder(c: char) -> String {
    match c {
        '\u{0}'..='\u{1f}' => format!("^{}", char::from(c as u8 + 0x40)),
        '\u{7f}' => "^?".to_string(),
        _ => format!("<U+{:04X}>", c as u32),
    }
}

/// Text with tabs expanded to spaces and every other dangerous character (newlines included)
/// replaced by its placeholder; borrows when nothing needs to change, which is the common case.
pub fn visible(text: &str) -> Cow<'_, str> {
    if !text.chars().any(|c| c == '\t' || is_dangerous(c)) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        if c == '\t' {
            out.push_str(&" ".repeat(TAB_WIDTH));
        } else if is_dangerous(c) {
            out.push_str(&placeholder(c));
        } else {
            out.push(c);
        }
    }
    Cow::Owned(out)
}

/// Like [`visible`] but keeps newlines, for multi-line plain-text output.
pub fn visible_multiline(text: &str) -> String {
    text.split('\n').map(|line| visible(line).into_owned()).collect::<Vec<_>>().join("\n")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_text_is_borrowed() {
        assert!(matches!(visible("plain words"), Cow::Borrowed(_)));
    }

    #[test]
    fn escape_and_controls_become_caret_notation() {
        assert_eq!(visible("a\u{1b}[31mb"), "a^[[31mb");
        assert_eq!(visible("bell\u{7}"), "bell^G");
        assert_eq!(visible("del\u{7f}"), "del^?");
        assert_eq!(visible("nul\u{0}"), "nul^@");
    }

    #[test]
    fn c1_and_bidi_controls_become_code_points() {
        assert_eq!(visible("\u{9b}2J"), "<U+009B>2J");
        assert_eq!(visible("abc\u{202e}def"), "abc<U+202E>def");
        assert_eq!(visible("\u{2066}x\u{2069}"), "<U+2066>x<U+2069>");
        assert_eq!(visible("\u{200f}"), "<U+200F>");
        assert_eq!(visible("\u{61c}"), "<U+061C>");
    }

    #[test]
    fn tabs_expand_and_multiline_keeps_newlines() {
        assert_eq!(visible("a\tb"), "a    b");
        assert_eq!(visible_multiline("a\nb\u{1b}"), "a\nb^[");
    }

    #[test]
    fn right_to_left_letters_are_left_alone() {
        assert_eq!(visible("ایران"), "ایران");
    }
}
