//! Counting words and checking spacing the way `str::split_whitespace` sees them, byte by
//! byte: a 10 MB article is scanned for words several times while it is read, and decoding
//! every character made those scans a few percent of a whole comparison.
//!
//! In: text. Out: its word count, or whether it is already single-spaced.

/// Whether the character whose first byte is `text[i] == b` is white space (as
/// `char::is_whitespace`). Only the first bytes 0xC2, 0xE1, 0xE2 and 0xE3 begin non-ASCII white
/// space (U+0085, U+00A0; U+1680; U+2000–U+205F; U+3000), so no other character is decoded.
#[inline]
fn space_at(text: &str, i: usize, b: u8) -> bool {
    match b {
        b' ' | b'\t' | b'\n' | 0x0b | 0x0c | b'\r' => true,
        0xc2 | 0xe1 | 0xe2 | 0xe3 => text[i..].starts_with(char::is_whitespace),
        _ => false,
    }
}

/// A byte inside a multi-byte character, which belongs to the character before it.
#[inline]
fn is_continuation(b: u8) -> bool {
    (0x80..0xc0).contains(&b)
}

/// How many words `text` has: `text.split_whitespace().count()`.
pub fn count_words(text: &str) -> usize {
    let mut words = 0;
    let mut after_space = true;
    for (i, &b) in text.as_bytes().iter().enumerate() {
        if is_continuation(b) {
            continue;
        }
        let space = space_at(text, i, b);
        words += usize::from(after_space && !space);
        after_space = space;
    }
    words
}

/// Whether `text` is its words joined by single spaces, with nothing before or after them.
pub fn is_single_spaced(text: &str) -> bool {
    let mut after_space = true;
    for (i, &b) in text.as_bytes().iter().enumerate() {
        if is_continuation(b) {
            continue;
        }
        let space = space_at(text, i, b);
        if space && (after_space || b != b' ') {
            return false;
        }
        after_space = space;
    }
    !after_space || text.is_empty()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str) {
        let joined = text.split_whitespace().collect::<Vec<_>>().join(" ");
        assert_eq!(is_single_spaced(text), joined == text, "{text:?}");
        assert_eq!(count_words(text), text.split_whitespace().count(), "{text:?}");
    }

    #[test]
    fn agree_with_split_whitespace() {
        for text in [
            "",
            " ",
            "a",
            "a b",
            "a  b",
            " a",
            "a ",
            "a\tb",
            "a\u{a0}b",
            "a\u{3000}b",
            "é b",
            "\u{a0}",
            "Iran’s “deal” — done.",
            "x\u{2009}y z",
            "\u{85}",
            "ab\u{a0} c",
            "plain ascii  text\t here ",
            "\u{1680}x",
            "x\u{205f}",
            "a\u{2028}b",
            "\u{200b}zero width is no space",
        ] {
            check(text);
        }
    }

    proptest::proptest! {
        #[test]
        fn agree_with_split_whitespace_on_any_text(text in "[a é’\u{a0}\u{2009}\u{3000}\u{85}\t\n.]{0,30}") {
            check(&text);
        }
    }
}
