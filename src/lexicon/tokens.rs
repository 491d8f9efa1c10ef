//! One pass over a sentence: words (with their byte ranges, capitalisation, and whether they are
//! part of a name or a hyphenated compound) and the punctuation that can end a clause.

use std::ops::Range;

use super::words::{lookup, Role, WordInfo};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Mark {
    Comma,
    /// Semicolon, colon before a space, a dash between words ("—", "–", "--", " - "), "!" or "?".
    Hard,
    OpenParen,
    CloseParen,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Word {
        /// Starts with an upper-case letter.
        capital: bool,
        /// A capitalised word next to another capitalised word ("Homeland Security").
        in_name: bool,
        /// Holds a hyphen between letters ("de-escalation"): only the whole may be a cue.
        compound: bool,
    },
    Mark(Mark),
}

#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
    /// What the word table says of a word (`None` for marks and unlisted words).
    pub info: Option<WordInfo>,
}

impl Token {
    pub fn range(&self) -> Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn is_word(&self) -> bool {
        matches!(self.kind, Kind::Word { .. })
    }

    pub fn role(&self) -> Option<Role> {
        self.info.map(|info| info.role)
    }
}

/// Splits `sentence` into words and clause marks. A word is a run of letters and digits with
/// apostrophes and single hyphens inside it; whitespace and other punctuation separate words.
pub(crate) fn tokenize(sentence: &str) -> Vec<Token> {
    let bytes = sentence.as_bytes();
    let mut tokens = Vec::with_capacity(sentence.len() / 5 + 1);
    // Characters are read by byte offset, ASCII without decoding (most text is ASCII): an
    // iterator of decoded characters cost some 60 instructions a character here.
    let mut i = 0;
    while let Some(ch) = char_at(sentence, i) {
        let at = i;
        i += ch.len_utf8();
        if ch.is_alphanumeric() {
            let mut end = i;
            let mut compound = false;
            while let Some(next) = char_at(sentence, end) {
                let after = end + next.len_utf8();
                if next.is_alphanumeric() {
                    end = after;
                    continue;
                }
                // An apostrophe or a single hyphen joins two runs of letters or digits.
                let joins = matches!(next, '\'' | '\u{2019}' | '-');
                if joins && char_at(sentence, after).is_some_and(char::is_alphanumeric) {
                    compound |= next == '-';
                    end = after;
                    continue;
                }
                break;
            }
            i = end;
            let capital = ch.is_uppercase();
            let kind = Kind::Word { capital, in_name: false, compound };
            let info = lookup(&sentence[at..end]);
            tokens.push(Token { start: at as u32, end: end as u32, kind, info });
            continue;
        }
        let mark = match ch {
            ',' => Some(Mark::Comma),
            ';' | '—' | '!' | '?' => Some(Mark::Hard),
            '(' | '[' => Some(Mark::OpenParen),
            ')' | ']' => Some(Mark::CloseParen),
            ':' => {
                let next = bytes.get(at + 1).copied();
                next.is_none_or(|b| b.is_ascii_whitespace()).then_some(Mark::Hard)
            }
            '–' => {
                // An en dash between digits is a range ("2010–2012"), not a clause break.
                let before = sentence[..at].chars().next_back().is_some_and(|c| c.is_ascii_digit());
                let after = sentence[at + ch.len_utf8()..].chars().next();
                (!(before && after.is_some_and(|c| c.is_ascii_digit()))).then_some(Mark::Hard)
            }
            '-' => {
                // "--" or a hyphen standing between spaces is a dash; a leading "-" is a bullet.
                let spaced = |b: Option<&u8>| b.is_none_or(u8::is_ascii_whitespace);
                let double = bytes.get(at + 1) == Some(&b'-');
                let between = at > 0 && spaced(bytes.get(at - 1)) && spaced(bytes.get(at + 1));
                if double {
                    i += 1;
                }
                (double || between).then_some(Mark::Hard)
            }
            _ => None,
        };
        if let Some(mark) = mark {
            let end = (at + ch.len_utf8()) as u32;
            tokens.push(Token { start: at as u32, end, kind: Kind::Mark(mark), info: None });
        }
    }
    mark_names(&mut tokens, bytes);
    tokens
}

/// The character at byte `i` of `sentence` (a character boundary), ASCII without decoding.
#[inline]
fn char_at(sentence: &str, i: usize) -> Option<char> {
    match *sentence.as_bytes().get(i)? {
        b if b.is_ascii() => Some(b as char),
        _ => sentence[i..].chars().next(),
    }
}

/// Marks capitalised words that stand next to another capitalised word, with only spaces
/// between them, as parts of a name: "Homeland Security", "Human Rights Watch".
fn mark_names(tokens: &mut [Token], bytes: &[u8]) {
    let capital = |t: &Token| matches!(t.kind, Kind::Word { capital: true, .. });
    let adjacent =
        |a: &Token, b: &Token| bytes[a.end as usize..b.start as usize].iter().all(u8::is_ascii_whitespace);
    for i in 0..tokens.len() {
        let joined_before = i > 0 && capital(&tokens[i - 1]) && adjacent(&tokens[i - 1], &tokens[i]);
        let joined_after = tokens.get(i + 1).is_some_and(|next| capital(next) && adjacent(&tokens[i], next));
        if let Kind::Word { capital: true, ref mut in_name, .. } = tokens[i].kind {
            *in_name = joined_before || joined_after;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(sentence: &str) -> Vec<&str> {
        tokenize(sentence).iter().filter(|t| t.is_word()).map(|t| &sentence[t.range()]).collect()
    }

    #[test]
    fn hyphenated_compounds_and_contractions_are_one_word() {
        assert_eq!(words("a de-escalation isn’t Obama's"), ["a", "de-escalation", "isn’t", "Obama's"]);
        let compound = tokenize("de-escalation")[0].kind;
        assert!(matches!(compound, Kind::Word { compound: true, .. }));
    }

    #[test]
    fn capitalised_runs_are_names_single_capitals_are_not() {
        let sentence = "Terrible news for the Department of Homeland Security and Obama";
        let names: Vec<&str> = tokenize(sentence)
            .iter()
            .filter(|t| matches!(t.kind, Kind::Word { in_name: true, .. }))
            .map(|t| &sentence[t.range()])
            .collect();
        assert_eq!(names, ["Homeland", "Security"]);
    }

    #[test]
    fn dashes_and_colons_are_marks_but_ranges_and_times_are_not() {
        let marks = |s: &str| tokenize(s).iter().filter(|t| !t.is_word()).count();
        assert_eq!(marks("a — b -- c - d: e"), 4);
        assert_eq!(marks("in 2010–2012 at 10:30"), 0);
        assert_eq!(marks("-His opponent"), 0);
    }
}
