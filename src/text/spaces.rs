//! Counting words and checking spacing the way `str::split_whitespace` sees them, byte by
//! byte: a 10 MB article is scanned for words several times while it is read, and decoding
//! every character made those scans a few percent of a whole comparison.
//!
//! In: text. Out: its word count, or whether it is already single-spaced.

#[inline(always)]
fn is_ascii_space(b: u8) -> bool {
    b == b' ' || (b'\t'..=b'\r').contains(&b)
}

/// Whether the non-ASCII character whose first byte is `bytes[i]` is white space (as
/// `char::is_whitespace`), read from its UTF-8 bytes: U+0085 and U+00A0 (C2 85, C2 A0), U+1680
/// (E1 9A 80), U+2000–U+200A, U+2028, U+2029, U+202F (E2 80 xx), U+205F (E2 81 9F) and U+3000
/// (E3 80 80) are the only white space outside ASCII.
#[inline(always)]
fn wide_space_at(bytes: &[u8], i: usize) -> bool {
    let next = |k: usize| bytes.get(i + k).copied();
    match bytes[i] {
        0xc2 => matches!(next(1), Some(0x85 | 0xa0)),
        0xe1 => next(1) == Some(0x9a) && next(2) == Some(0x80),
        0xe2 => match (next(1), next(2)) {
            (Some(0x80), Some(c)) => c <= 0x8a || matches!(c, 0xa8 | 0xa9 | 0xaf),
            (Some(0x81), Some(c)) => c == 0x9f,
            _ => false,
        },
        0xe3 => next(1) == Some(0x80) && next(2) == Some(0x80),
        _ => false,
    }
}

/// Where `bytes` hold white space outside ASCII, in order: only characters whose first byte is
/// C2, E1, E2 or E3 can be, found with `memchr` (vectorised) rather than byte by byte.
fn wide_spaces(bytes: &[u8]) -> Vec<usize> {
    let mut found: Vec<usize> = memchr::memchr3_iter(0xc2, 0xe1, 0xe3, bytes)
        .chain(memchr::memchr_iter(0xe2, bytes))
        .filter(|&i| wide_space_at(bytes, i))
        .collect();
    found.sort_unstable();
    found
}

/// The words in `segment`, which starts the text or follows white space and holds no white
/// space but ASCII.
fn count_segment(segment: &[u8]) -> usize {
    // A word starts at each byte that is not white space and follows one that is (a
    // character's later bytes follow its first, never a space): no state from byte to byte.
    let first = usize::from(segment.first().is_some_and(|&b| !is_ascii_space(b)));
    let (before, after) = (&segment[..segment.len().saturating_sub(1)], &segment[1.min(segment.len())..]);
    // Counted in byte-wide lanes, 255 pairs at a time, which the compiler vectorises.
    let mut starts = 0;
    for (a, b) in before.chunks(255).zip(after.chunks(255)) {
        let lane: u8 = a.iter().zip(b).map(|(&a, &b)| u8::from(is_ascii_space(a) & !is_ascii_space(b))).sum();
        starts += usize::from(lane);
    }
    first + starts
}

/// How many words `text` has: `text.split_whitespace().count()`, counted between the white
/// space outside ASCII (rare) by the byte rule above.
pub fn count_words(text: &str) -> usize {
    let bytes = text.as_bytes();
    let mut words = 0;
    let mut from = 0;
    for at in wide_spaces(bytes) {
        words += count_segment(&bytes[from..at]);
        from = at + if bytes[at] == 0xc2 { 2 } else { 3 };
    }
    words + count_segment(&bytes[from..])
}

/// Whether `text` is its words joined by single spaces, with nothing before or after them.
pub fn is_single_spaced(text: &str) -> bool {
    let bytes = text.as_bytes();
    if bytes.first() == Some(&b' ') || bytes.last() == Some(&b' ') {
        return false;
    }
    memchr::memchr3(b'\t', b'\n', b'\r', bytes).is_none()
        && memchr::memchr2(0x0b, 0x0c, bytes).is_none()
        && memchr::memmem::find(bytes, b"  ").is_none()
        && wide_spaces(bytes).is_empty()
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
            "\u{2029}\u{202f}",
            "\u{200a}\u{2000}",
            "\u{2030}\u{205e}\u{3001}\u{1681}",
            "trailing\u{3000}",
        ] {
            check(text);
        }
    }

    #[test]
    fn every_character_is_read_as_char_is_whitespace_reads_it() {
        for c in (0..=0x10ffff).filter_map(char::from_u32) {
            let text = format!("{c}x");
            let bytes = text.as_bytes();
            let read = if c.is_ascii() { is_ascii_space(bytes[0]) } else { wide_space_at(bytes, 0) };
            assert_eq!(read, c.is_whitespace(), "{:?}", c);
        }
    }

    proptest::proptest! {
        #[test]
        fn agree_with_split_whitespace_on_any_text(text in "[a é’\u{a0}\u{2009}\u{3000}\u{3001}\u{85}\u{2028}\u{205f}\u{2060}\u{1680}\t\n.]{0,30}") {
            check(&text);
        }
    }
}
