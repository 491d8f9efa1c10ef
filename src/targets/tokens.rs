//! Word tokens of one sentence as the target finder needs them: where each word is (bytes
//! within the sentence), whether it is capitalised, an acronym or a possessive, whether
//! punctuation separates it from the next word, and whether it opens the sentence.
//!
//! One left-to-right pass over the characters; nothing is allocated but the token list.

use std::ops::Range;

/// One word of a sentence.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Token {
    /// The word without a possessive `'s` or a trailing abbreviation dot ("Obama" in "Obama's").
    pub base: Range<usize>,
    /// The word as written, with its possessive or abbreviation dot.
    pub full: Range<usize>,
    /// First letter is upper case ("Obama", "IAEA", "U.S.").
    pub capitalised: bool,
    /// Two or more letters, all upper case ("IAEA", "US", "U.S.").
    pub acronym: bool,
    /// Ends in `'s` / `’s` ("Obama's").
    pub possessive: bool,
    /// First word of the sentence, or first after an opening quotation mark or a colon: its
    /// capital says nothing about whether it is a name.
    pub initial: bool,
    /// Punctuation (other than an abbreviation's dot) stands between this word and the next,
    /// so a name cannot run on across it.
    pub break_after: bool,
}

/// Abbreviations whose dot is part of the word, so "Sen. John McCain" stays one name run.
const DOTTED: &[&str] = &[
    "mr", "mrs", "ms", "dr", "sen", "rep", "gov", "gen", "lt", "col", "sgt", "capt", "adm", "rev", "st",
    "jr", "sr", "pres", "amb", "hon", "prof", "maj",
];

fn is_joiner(c: char) -> bool {
    matches!(c, '\'' | '’' | '-' | '.' | '&')
}

/// Lower case with byte offsets kept, as [`crate::text::fold::fold`], with a fast path for the
/// common all-ASCII sentence.
pub(crate) fn fold_fast(text: &str) -> String {
    if text.is_ascii() {
        text.to_ascii_lowercase()
    } else {
        crate::text::fold::fold(text)
    }
}

/// The character at byte `i` of `text` and its length; ASCII without decoding.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    let b = *text.as_bytes().get(i)?;
    if b < 0x80 {
        Some(b as char)
    } else {
        text[i..].chars().next()
    }
}

/// The tokens of `sentence`, in order.
pub(crate) fn tokenize(sentence: &str) -> Vec<Token> {
    let mut out: Vec<Token> = Vec::with_capacity(sentence.len() / 5);
    let bytes = sentence.as_bytes();
    let mut i = 0;
    // Whether the text since the previous word (or the start) resets "sentence-initial".
    let mut initial = true;
    while let Some(c) = char_at(sentence, i) {
        let start = i;
        i += c.len_utf8();
        // A space (the most common character between words) resets nothing and breaks nothing.
        if c == ' ' {
            continue;
        }
        if !c.is_alphanumeric() {
            if matches!(c, '“' | '"' | ':' | '‘') {
                initial = true;
            }
            if let Some(prev) = out.last_mut() {
                if !c.is_whitespace() {
                    prev.break_after = true;
                }
            }
            continue;
        }
        let mut end = i;
        let alnum_at = |j: usize| match bytes.get(j) {
            Some(b) if *b < 0x80 => b.is_ascii_alphanumeric(),
            Some(_) => char_at(sentence, j).is_some_and(char::is_alphanumeric),
            None => false,
        };
        loop {
            // A run of ASCII letters and digits in a tight loop: most of a word is one.
            end += bytes[end..].iter().take_while(|b| b.is_ascii_alphanumeric()).count();
            let Some(&b) = bytes.get(end) else { break };
            // ASCII joiners without decoding: most text is ASCII.
            if b < 0x80 {
                if matches!(b, b'\'' | b'-' | b'.' | b'&') && alnum_at(end + 1) {
                    end += 1;
                    continue;
                }
                break;
            }
            let n = char_at(sentence, end).unwrap_or(' ');
            let next = end + n.len_utf8();
            if n.is_alphanumeric() || is_joiner(n) && alnum_at(next) {
                end = next;
            } else {
                break;
            }
        }
        let token = word_token(sentence, start..end, c, initial);
        initial = false;
        i = token.full.end;
        out.push(token);
    }
    out
}

/// The token of the word at `word` (its first character `first`): a possessive "'s" split
/// off its base, an acronym marked, and the final dot kept where it belongs to the word
/// ("U.S.", "Sen.", a middle initial).
fn word_token(sentence: &str, word: std::ops::Range<usize>, first: char, initial: bool) -> Token {
    let (start, end) = (word.start, word.end);
    let bytes = sentence.as_bytes();
    let text = &sentence[start..end];
    let mut token = Token {
        base: start..end,
        full: start..end,
        capitalised: first.is_uppercase(),
        acronym: false,
        possessive: false,
        initial,
        break_after: false,
    };
    let last = bytes[end - 1];
    if last == b's' || last == b'S' {
        for suffix in ["'s", "’s", "'S", "’S"] {
            if text.len() > suffix.len() && text.ends_with(suffix) {
                token.base.end = end - suffix.len();
                token.possessive = true;
                break;
            }
        }
    }
    let base = &sentence[token.base.clone()];
    if token.capitalised {
        let letters = base.chars().filter(|c| c.is_alphabetic()).count();
        token.acronym = letters >= 2 && base.chars().all(|c| !c.is_lowercase());
        // "U.S." and "Sen." keep their final dot; so does a middle initial ("John F. Kennedy").
        if bytes.get(end) == Some(&b'.') && !token.possessive {
            let dotted_acronym = base.contains('.') && token.acronym;
            let initial_letter = letters == 1 && base.len() == first.len_utf8();
            let lower = base.to_ascii_lowercase();
            if dotted_acronym || initial_letter || DOTTED.contains(&lower.as_str()) {
                token.full.end = end + 1;
            }
        }
    }
    token
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(s: &str) -> Vec<(&str, bool, bool, bool)> {
        tokenize(s).into_iter().map(|t| (&s[t.base], t.possessive, t.initial, t.break_after)).collect()
    }

    #[test]
    fn possessives_abbreviations_and_breaks() {
        let s = "But Sen. John McCain, of the U.S. Senate, praised Obama’s plan.";
        let t = tokenize(s);
        let bases: Vec<&str> = t.iter().map(|t| &s[t.base.clone()]).collect();
        assert_eq!(
            bases,
            ["But", "Sen", "John", "McCain", "of", "the", "U.S", "Senate", "praised", "Obama", "plan"]
        );
        assert!(t[0].initial && !t[2].initial);
        assert!(!t[1].break_after, "the abbreviation dot is no break");
        assert!(t[3].break_after);
        assert!(t[6].acronym && !t[6].break_after);
        assert!(t[9].possessive);
        assert_eq!(&s[t[1].full.clone()], "Sen.");
    }

    /// The tokenizer's word boundaries found as before its fast paths, a character at a time:
    /// the one it must agree with (each word is then made a token by the same `word_token`).
    fn tokenize_by_chars(sentence: &str) -> Vec<Token> {
        let mut out: Vec<Token> = Vec::with_capacity(sentence.len() / 5);
        let bytes = sentence.as_bytes();
        let mut i = 0;
        // Whether the text since the previous word (or the start) resets "sentence-initial".
        let mut initial = true;
        while let Some(c) = char_at(sentence, i) {
            let start = i;
            i += c.len_utf8();
            if !c.is_alphanumeric() {
                if matches!(c, '“' | '"' | ':' | '‘') {
                    initial = true;
                }
                if let Some(prev) = out.last_mut() {
                    if !c.is_whitespace() {
                        prev.break_after = true;
                    }
                }
                continue;
            }
            let mut end = i;
            let alnum_at = |j: usize| match bytes.get(j) {
                Some(b) if *b < 0x80 => b.is_ascii_alphanumeric(),
                Some(_) => char_at(sentence, j).is_some_and(char::is_alphanumeric),
                None => false,
            };
            while let Some(&b) = bytes.get(end) {
                // Plain ASCII letters and joiners without decoding: most text is ASCII.
                if b < 0x80 {
                    if b.is_ascii_alphanumeric()
                        || matches!(b, b'\'' | b'-' | b'.' | b'&') && alnum_at(end + 1)
                    {
                        end += 1;
                        continue;
                    }
                    break;
                }
                let n = char_at(sentence, end).unwrap_or(' ');
                let next = end + n.len_utf8();
                if n.is_alphanumeric() || is_joiner(n) && alnum_at(next) {
                    end = next;
                } else {
                    break;
                }
            }
            let token = word_token(sentence, start..end, c, initial);
            initial = false;
            i = token.full.end;
            out.push(token);
        }
        out
    }

    proptest::proptest! {
        #[test]
        fn the_fast_paths_change_no_token(text in "[a-zA-Z0-9 .,:;'’&\\-\"“”‘éÉİ٣\t]{0,40}") {
            proptest::prop_assert_eq!(tokenize(&text), tokenize_by_chars(&text));
        }
    }

    #[test]
    fn the_fast_paths_change_no_token_on_odd_joins() {
        for text in
            ["Mr. Smith’s U.S. plan", "a--b", "x.", "’s", "A's", "AT&T's", "e-é", "٣-x", "“Q”: R.", ""]
        {
            assert_eq!(tokenize(text), tokenize_by_chars(text), "{text:?}");
        }
    }

    #[test]
    fn quotes_and_colons_reset_the_sentence_start() {
        let w = words("He said: “This is wrong,” and left.");
        assert!(w[0].2 && w[2].2 && !w[3].2);
    }
}
