//! Splits a paragraph into sentences without cutting at abbreviations, initials, decimals or
//! punctuation inside quotes.
//!
//! A full stop ends a sentence only when whitespace follows it and the next word starts like a
//! sentence (a capital, a digit or an opening quote). The words before the stop decide the rest:
//! `Gen.`, `Dr.`, `Jan.` and single initials never end a sentence; `U.S.` ends one only when the
//! next word is a typical sentence opener ("…by the U.S. The talks…").
//!
//! Scripts without letter case (Arabic, Persian, Hebrew, CJK) have no capital to look for, so any
//! letter of theirs may open a sentence; the Arabic question mark `؟` and full stop `۔` end one
//! like `?` and `.`; the CJK full-width stops `。！？` end one even with no space after them, as
//! CJK text puts none.

use std::ops::Range;

/// Abbreviations after which a full stop never ends a sentence.
const TITLES_AND_SHORT_FORMS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "gen", "lt", "col", "sgt", "capt", "maj", "adm", "gov", "sen", "rep", "rev",
    "prof", "st", "jr", "sr", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov",
    "dec", "vs", "no", "nos", "inc", "corp", "ltd", "co", "approx", "dept", "est", "fig", "e.g", "i.e", "cf",
    "ca", "mt", "ft", "pres", "amb", "rt", "hon", "messrs",
];

/// Abbreviations that often stand at the end of a sentence too.
const SENTENCE_FINAL_ABBREVIATIONS: &[&str] =
    &["u.s", "u.k", "u.n", "e.u", "a.m", "p.m", "etc", "d.c", "u.s.a"];

/// Words that typically open a sentence; after `U.S.` they signal a boundary.
const SENTENCE_OPENERS: &[&str] = &[
    "the",
    "this",
    "that",
    "these",
    "those",
    "it",
    "its",
    "in",
    "on",
    "at",
    "but",
    "and",
    "a",
    "an",
    "as",
    "he",
    "she",
    "they",
    "we",
    "i",
    "there",
    "yet",
    "however",
    "meanwhile",
    "still",
    "for",
    "if",
    "when",
    "while",
    "after",
    "before",
    "since",
    "iran",
    "israel",
    "tehran",
    "washington",
    "trump",
    "critics",
    "many",
    "some",
    "such",
    "what",
    "why",
    "how",
];

const CLOSERS: &[char] = &['"', '\'', '”', '’', ')', ']', '»', '」', '』', '）'];
const OPENERS: &[char] = &['"', '\'', '“', '‘', '(', '[', '«', '「', '『', '（'];

/// Sentence ends of scripts written without spaces: a boundary whatever follows.
const FULL_WIDTH_STOPS: &[char] = &['。', '！', '？', '｡'];

fn is_stop(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…' | '؟' | '۔') || FULL_WIDTH_STOPS.contains(&c)
}

/// Byte ranges of the sentences of `text`, trimmed of surrounding whitespace.
pub fn split_sentences(text: &str) -> Vec<Range<usize>> {
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut i = 0;
    // Byte offsets throughout, decoding only non-ASCII characters: a list of every character
    // of every passage was a tenth of the time it takes to read a 10 MB article.
    let candidates = stop_candidates(text.as_bytes());
    let mut next = 0;
    while let Some(c) = next_stop_candidate(text, &candidates, &mut next, &mut i) {
        if !is_stop(c) {
            i += c.len_utf8();
            continue;
        }
        let mut end = i + c.len_utf8();
        while let Some(n) = char_at(text, end).filter(|&n| is_stop(n) || CLOSERS.contains(&n)) {
            end += n.len_utf8();
        }
        if is_boundary(text, i, end) {
            push_trimmed(text, start..end, &mut sentences);
            start = end;
        }
        i = end;
    }
    push_trimmed(text, start..text.len(), &mut sentences);
    sentences
}

/// Whether byte `b` may start a character [`is_stop`] accepts: `.`, `!`, `?` and the first
/// bytes of `…` (E2), `؟` (D8), `۔` (DB) and the full-width stops (E3, EF). Those only ever
/// start a character, so a byte found by this test is a character boundary.
const fn may_start_stop(b: u8) -> bool {
    matches!(b, b'.' | b'!' | b'?' | 0xd8 | 0xdb | 0xe2 | 0xe3 | 0xef)
}

/// Where `bytes` hold a byte that may start a stop ([`may_start_stop`]), in order: found with
/// `memchr` (vectorised) rather than byte by byte.
fn stop_candidates(bytes: &[u8]) -> Vec<usize> {
    let mut found: Vec<usize> = memchr::memchr3_iter(b'.', b'!', b'?', bytes)
        .chain(memchr::memchr3_iter(0xe2, 0xe3, 0xef, bytes))
        .chain(memchr::memchr2_iter(0xd8, 0xdb, bytes))
        .collect();
    found.sort_unstable();
    debug_assert!(found.iter().all(|&i| may_start_stop(bytes[i])));
    found
}

/// Moves `i` (a character boundary) to the next of the `candidates` at or after it (`next`
/// indexes them) and returns the character there, if any. Skipping the other bytes without
/// decoding them was most of the time of splitting.
#[inline]
fn next_stop_candidate(text: &str, candidates: &[usize], next: &mut usize, i: &mut usize) -> Option<char> {
    *next += candidates[*next..].partition_point(|&c| c < *i);
    *i = *candidates.get(*next)?;
    char_at(text, *i)
}

/// The character starting at byte `i` (a character boundary), if any.
#[inline]
fn char_at(text: &str, i: usize) -> Option<char> {
    match *text.as_bytes().get(i)? {
        b if b < 0x80 => Some(b as char),
        _ => text[i..].chars().next(),
    }
}

/// Whether the stops from byte `stop` to byte `after` (with their closing marks) end a
/// sentence.
fn is_boundary(text: &str, stop: usize, after: usize) -> bool {
    let Some(next) = char_at(text, after) else {
        return true;
    };
    if text[stop..after].chars().any(|c| FULL_WIDTH_STOPS.contains(&c)) {
        return true;
    }
    if !next.is_whitespace() {
        return false;
    }
    let next_word_start = text[after..].char_indices().find(|(_, c)| !c.is_whitespace());
    let Some((offset, next_char)) = next_word_start else {
        return true;
    };
    starts_like_sentence(next_char)
        && stop_ends_sentence(text, stop, after + offset)
        && !speech_tag_after_quoted_question(text, stop, after, after + offset)
}

/// Verbs that tag a quotation with its speaker right after it.
const SPEECH_TAGS: &[&str] = &[
    "said",
    "says",
    "asked",
    "asks",
    "added",
    "told",
    "wrote",
    "replied",
    "insisted",
    "shouted",
    "demanded",
    "wondered",
    "exclaimed",
    "tweeted",
    "posted",
    "responded",
    "countered",
    "cried",
    "declared",
    "warned",
    "argued",
    "noted",
    "quipped",
    "joked",
    "continued",
    "concluded",
    "stated",
    "explained",
    "remarked",
];

/// Names and titles a speech tag may start with ("IAEA Director General Rafael Grossi asked").
const MAX_TAG_NAME_WORDS: usize = 6;

/// Whether a quotation that ends in a question or an exclamation (`"…?"`, `"…!"`) is followed
/// by its speaker tag: `"Will Iran let the inspectors back?" Grossi asked.` is one sentence,
/// as `"Why now?" he asked.` is — a quotation ending in `?` or `!` takes no comma, so the
/// capitalised name after it is no sign of a new sentence. A full stop in quotes followed by
/// "Trump said …" is more often a new sentence, and is left to the other rules.
fn speech_tag_after_quoted_question(text: &str, stop: usize, after: usize, next_byte: usize) -> bool {
    let marks = &text[stop..after];
    if !marks.contains(['?', '!']) || !marks.contains(CLOSERS) {
        return false;
    }
    for (i, word) in text[next_byte..].split(' ').take(MAX_TAG_NAME_WORDS + 1).enumerate() {
        let bare = word.trim_end_matches([',', '.', ';', ':']);
        if i > 0 && SPEECH_TAGS.contains(&bare) {
            return true;
        }
        let name_like = bare.chars().next().is_some_and(char::is_uppercase);
        if !name_like || bare.len() != word.len() || bare.is_empty() {
            return false;
        }
    }
    false
}

/// Whether a word beginning with `next_char` can open a sentence.
fn starts_like_sentence(next_char: char) -> bool {
    next_char.is_uppercase()
        || next_char.is_numeric()
        || OPENERS.contains(&next_char)
        || next_char.is_alphabetic() && !next_char.is_lowercase()
        || !next_char.is_alphabetic() && !next_char.is_ascii_punctuation()
}

/// Whether the stop at byte `stop`, followed by a word that can open a sentence at byte
/// `next_byte`, ends one: any stop but a full stop does; a full stop not after a title, a short
/// form or an initial does, and after a sentence-final abbreviation only before an opener.
fn stop_ends_sentence(text: &str, stop: usize, next_byte: usize) -> bool {
    if char_at(text, stop) != Some('.') {
        return true;
    }
    let word = word_before(text, stop).to_lowercase();
    if TITLES_AND_SHORT_FORMS.contains(&word.as_str()) {
        return false;
    }
    if SENTENCE_FINAL_ABBREVIATIONS.contains(&word.as_str()) {
        // Looked up only here: scanning ahead for the next word at every stop would make text
        // like ". (. (. (" quadratic.
        let next_word = text[next_byte..]
            .split(|c: char| !c.is_alphanumeric())
            .find(|w| !w.is_empty())
            .unwrap_or("")
            .to_lowercase();
        return SENTENCE_OPENERS.contains(&next_word.as_str());
    }
    let is_initial = word.chars().count() == 1 && word.chars().all(char::is_alphabetic);
    !is_initial
}

/// The word directly before byte `at`, including inner full stops ("U.S" for "U.S.").
fn word_before(text: &str, at: usize) -> &str {
    let head = &text[..at];
    let start = head
        .char_indices()
        .rev()
        .find(|&(_, c)| !(c.is_alphanumeric() || c == '.'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    head[start..].trim_start_matches('.')
}

fn push_trimmed(text: &str, range: Range<usize>, out: &mut Vec<Range<usize>>) {
    let slice = &text[range.clone()];
    let lead = slice.len() - slice.trim_start().len();
    let trail = slice.len() - slice.trim_end().len();
    if lead + trail < slice.len() {
        out.push(range.start + lead..range.end - trail);
    }
}

#[cfg(test)]
#[path = "sentences_tests.rs"]
mod tests;
