//! Case folding that keeps byte offsets, and word tokens.
//!
//! Matching runs on a lower-cased copy of the text; keeping every character at the same byte
//! offset lets a match in the copy be used directly as a range in the original.

use std::ops::Range;

/// Lower-cases `text` character by character where that keeps the UTF-8 length, and leaves the
/// rare characters whose lower case is longer (e.g. `İ`) as they are.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    fold_into(text, &mut out);
    out
}

/// The last word of a name, folded, its possessive "'s" taken off ("Mr. Trump's" → "trump"):
/// how two forms of one person's name are compared. Empty for an empty name.
pub fn last_name_word(name: &str) -> String {
    fold(name.split_whitespace().last().unwrap_or_default()).trim_end_matches("'s").to_string()
}

/// [`fold`] into `out` (cleared first), so that a caller folding sentence after sentence
/// reuses one buffer.
pub fn fold_into(text: &str, out: &mut String) {
    // Most article text is ASCII, whose lower case is one byte for one byte: the whole text is
    // copied and its ASCII lowered in bulk, then only the characters outside ASCII are looked
    // at, and rewritten in place where their lower case has the same length.
    out.clear();
    out.push_str(text);
    out.make_ascii_lowercase();
    let mut at = 0;
    let bytes = text.as_bytes();
    while let Some(found) = next_non_ascii(bytes, at) {
        at = found;
        // U+2000..=U+206F is 0xE2 0x80 0x80..=0xE2 0x81 0xAF: passed over without decoding.
        if let [0xE2, second, third, ..] = bytes[at..] {
            if second == 0x80 || second == 0x81 && third <= 0xAF {
                at += 3;
                continue;
            }
        }
        let c = text[at..].chars().next().expect("a character starts at a non-ASCII byte here");
        let len = c.len_utf8();
        // Curly quotes, dashes and ellipses, the non-ASCII characters of most English text,
        // have no case (General Punctuation: checked by a test).
        if !GENERAL_PUNCTUATION.contains(&c) {
            let mut lower = c.to_lowercase();
            if let (Some(l), None) = (lower.next(), lower.next()) {
                if l.len_utf8() == len && l != c {
                    let mut buf = [0; 4];
                    // Rare (capitals outside ASCII): a character for one of the same length.
                    out.replace_range(at..at + len, l.encode_utf8(&mut buf));
                }
            }
        }
        at += len;
    }
    debug_assert_eq!(out.len(), text.len());
}

/// The first byte at or after `from` above 0x7F, looked for eight bytes at a time (a byte loop
/// was most of the time of folding).
fn next_non_ascii(bytes: &[u8], mut from: usize) -> Option<usize> {
    const HIGH_BITS: u64 = 0x8080_8080_8080_8080;
    while let Some(chunk) = bytes.get(from..from + 8) {
        let high = u64::from_le_bytes(chunk.try_into().expect("eight bytes")) & HIGH_BITS;
        if high != 0 {
            return Some(from + high.trailing_zeros() as usize / 8);
        }
        from += 8;
    }
    bytes[from..].iter().position(|b| !b.is_ascii()).map(|p| from + p)
}

const GENERAL_PUNCTUATION: std::ops::RangeInclusive<char> = '\u{2000}'..='\u{206f}';

/// Whether `c` can be part of a word (letters, digits and the apostrophes inside "Iran's").
pub fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || c == '\'' || c == '’'
}

/// Whether the character just before `at` ends a word (so a match may start at `at`).
pub fn starts_word(text: &str, at: usize) -> bool {
    // An ASCII byte before `at` is a whole character: read without decoding (asked at every
    // raw phrase hit).
    match at.checked_sub(1).map(|i| text.as_bytes()[i]) {
        None => true,
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        Some(_) => text[..at].chars().next_back().is_none_or(|c| !c.is_alphanumeric()),
    }
}

/// Whether the character at `at` is not part of a word (so a match may end at `at`).
pub fn ends_word(text: &str, at: usize) -> bool {
    match text.as_bytes().get(at) {
        Some(b) if b.is_ascii() => !b.is_ascii_alphanumeric(),
        _ => text[at..].chars().next().is_none_or(|c| !c.is_alphanumeric()),
    }
}

/// The end of the word that contains byte `at` (used to extend `sanction*` to "sanctions").
pub fn word_end(text: &str, at: usize) -> usize {
    text[at..].char_indices().find(|&(_, c)| !c.is_alphanumeric()).map_or(text.len(), |(i, _)| at + i)
}

/// Byte ranges of the words of `text`: runs of letters and digits, with inner apostrophes,
/// hyphens and decimal points kept ("Iran's", "anti-war", "3.67").
pub fn words(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::with_capacity(text.len() / 6);
    for_each_word(text, |word| out.push(word));
    out
}

/// Calls `found` with the byte range of each word of `text`, in order, as [`words`] lists them
/// (for callers that look at each word once and need no list).
pub fn for_each_word(text: &str, mut found: impl FnMut(Range<usize>)) {
    let bytes = text.as_bytes();
    let mut start: Option<usize> = None;
    let mut i = 0;
    // Bytes, not `char_indices`: most text is ASCII, and a character is decoded only where a
    // byte above 0x7F starts one.
    while i < bytes.len() {
        let b = bytes[i];
        let (c, len) = if b < 0x80 { (b as char, 1) } else { decode_at(text, i) };
        let next = i + len;
        if c.is_ascii_alphanumeric() {
            start.get_or_insert(i);
            // The rest of an ASCII run in a tight loop: most of a word is such a run.
            i = next;
            while bytes.get(i).is_some_and(u8::is_ascii_alphanumeric) {
                i += 1;
            }
            continue;
        }
        let inner_joiner = matches!(c, '\'' | '’' | '-' | '.' | ',')
            && start.is_some()
            && next_is(text, next, is_alphanumeric)
            && (c != '.' && c != ','
                || i > 0 && bytes[i - 1].is_ascii_digit() && next_is(text, next, |n| n.is_ascii_digit()));
        if is_alphanumeric(c) || inner_joiner {
            start.get_or_insert(i);
        } else if let Some(s) = start.take() {
            found(s..i);
        }
        i = next;
    }
    if let Some(s) = start {
        found(s..text.len());
    }
}

/// `char::is_alphanumeric`, answered without the Unicode tables for ASCII and for General
/// Punctuation (curly quotes and dashes, most of the non-ASCII characters of English text,
/// none of them a letter or digit: checked by a test).
#[inline]
fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        !GENERAL_PUNCTUATION.contains(&c) && c.is_alphanumeric()
    }
}

/// The character starting at byte `i` of `text` and its length in bytes.
#[inline]
fn decode_at(text: &str, i: usize) -> (char, usize) {
    let c = text[i..].chars().next().expect("i is inside text, at a character boundary");
    (c, c.len_utf8())
}

/// Whether a character starts at byte `at` and passes `test`.
#[inline]
fn next_is(text: &str, at: usize, test: impl Fn(char) -> bool) -> bool {
    match text.as_bytes().get(at) {
        None => false,
        Some(&b) if b < 0x80 => test(b as char),
        Some(_) => test(decode_at(text, at).0),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fold_keeps_offsets() {
        assert_eq!(fold("Iran’s JCPOA"), "iran’s jcpoa");
        let odd = "İstanbul ÉTÉ";
        assert_eq!(fold(odd).len(), odd.len());
        assert_eq!(fold("ÉTÉ"), "été");
    }

    #[test]
    fn word_boundaries() {
        let t = "sanctions, anti-sanction";
        assert!(starts_word(t, 0));
        assert!(ends_word(t, 9));
        assert!(!ends_word(t, 8));
        assert!(starts_word(t, 16));
        assert_eq!(word_end(t, 0), 9);
    }

    #[test]
    fn words_keep_inner_joiners() {
        let t = "Iran's anti-war stance, 3.67 percent and 3,000 centrifuges.";
        let w: Vec<&str> = words(t).into_iter().map(|r| &t[r]).collect();
        assert_eq!(w, vec!["Iran's", "anti-war", "stance", "3.67", "percent", "and", "3,000", "centrifuges"]);
    }

    /// Folding as first written, one character at a time: the run-by-run one must give the same.
    fn fold_by_chars(text: &str) -> String {
        let mut out = String::with_capacity(text.len());
        for c in text.chars() {
            let mut lower = c.to_lowercase();
            match (lower.next(), lower.next()) {
                (Some(l), None) if l.len_utf8() == c.len_utf8() => out.push(l),
                _ => out.push(c),
            }
        }
        out
    }

    #[test]
    fn general_punctuation_has_no_case() {
        for c in GENERAL_PUNCTUATION {
            assert!(c.to_lowercase().eq(std::iter::once(c)), "{c:?}");
        }
    }

    #[test]
    fn the_quick_alphanumeric_test_agrees_with_the_unicode_tables() {
        for c in (0..=0x3000).filter_map(char::from_u32) {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    proptest::proptest! {
        #[test]
        fn folding_by_runs_matches_folding_by_characters(text in "[a-zA-Z ’“”—…İÉéΣẞ٣ÅΩK\u{212a}\u{2126}\u{2000}-\u{20ff}\u{400}-\u{4ff}]{0,40}") {
            proptest::prop_assert_eq!(fold(&text), fold_by_chars(&text));
        }
    }

    /// The rule as first written, one character at a time: the byte loop must give the same.
    fn words_by_chars(text: &str) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut start: Option<usize> = None;
        let mut iter = text.char_indices().peekable();
        while let Some((i, c)) = iter.next() {
            let prev_digit = text[..i].chars().next_back().is_some_and(|c| c.is_ascii_digit());
            let inner_joiner = matches!(c, '\'' | '’' | '-' | '.' | ',')
                && start.is_some()
                && iter.peek().is_some_and(|&(_, n)| n.is_alphanumeric())
                && (c != '.' && c != ','
                    || prev_digit && iter.peek().is_some_and(|&(_, n)| n.is_ascii_digit()));
            if c.is_alphanumeric() || inner_joiner {
                start.get_or_insert(i);
            } else if let Some(s) = start.take() {
                out.push(s..i);
            }
        }
        if let Some(s) = start {
            out.push(s..text.len());
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn words_match_the_character_rule(text in "[a-zA-Z0-9 ,.'’\\-éİ٣“”\t]{0,40}") {
            proptest::prop_assert_eq!(words(&text), words_by_chars(&text));
        }
    }

    #[test]
    fn words_match_the_character_rule_on_odd_joins() {
        for text in ["3.67.", "a’b’", "’a", "x-", "-x", "1,2,3", "a,b", "é-٣", "٣.5", "5.٣", "İ's", ""]
        {
            assert_eq!(words(text), words_by_chars(text), "{text:?}");
        }
    }
}
