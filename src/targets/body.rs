//! The body sentences of an article, each tokenized once, shared by the passes that read them
//! (entity case statistics, name runs, references, voices).
//!
//! In: an [`Article`]. Out: a [`BodyTokens`] table, whose sentences are read back in article
//! order with their text, folded text and tokens. Why: every finder used to tokenize and fold
//! each sentence itself, four times per sentence in all (14% of the time of a comparison).
//! Tokens are stored packed (8 bytes, against 40 unpacked) and unpacked, with the sentence
//! folded again (cheap next to tokenizing), into a buffer the caller reuses: the table of a
//! 10 MB article stays near 13 MB, and lives only as long as the article's analysis.

use std::ops::Range;

use super::coref::quoted_spans_from;
use super::tokens::{tokenize, Token};
use crate::article::{Article, SentenceId};
use crate::text::fold::fold_into;

/// A token with its start as a 32-bit offset, its length in 16 bits and its flags in a byte.
#[derive(Debug, Clone, Copy)]
struct Packed {
    start: u32,
    base_len: u16,
    /// `full.end - base.end`: a possessive ending or an abbreviation's dot (at most 4 bytes).
    full_extra: u8,
    flags: u8,
}

const CAPITALISED: u8 = 1;
const ACRONYM: u8 = 2;
const POSSESSIVE: u8 = 4;
const INITIAL: u8 = 8;
const BREAK_AFTER: u8 = 16;

impl Packed {
    /// The packed form, or `None` when a token does not fit (a sentence over 4 GB, or a word
    /// of 64 KB).
    fn new(t: &Token) -> Option<Packed> {
        debug_assert_eq!(t.full.start, t.base.start);
        let flag = |on: bool, bit: u8| if on { bit } else { 0 };
        Some(Packed {
            start: u32::try_from(t.base.start).ok()?,
            base_len: u16::try_from(t.base.len()).ok()?,
            full_extra: u8::try_from(t.full.end.checked_sub(t.base.end)?).ok()?,
            flags: flag(t.capitalised, CAPITALISED)
                | flag(t.acronym, ACRONYM)
                | flag(t.possessive, POSSESSIVE)
                | flag(t.initial, INITIAL)
                | flag(t.break_after, BREAK_AFTER),
        })
    }

    fn unpack(self) -> Token {
        let start = self.start as usize;
        let base_end = start + self.base_len as usize;
        Token {
            base: start..base_end,
            full: start..base_end + self.full_extra as usize,
            capitalised: self.flags & CAPITALISED != 0,
            acronym: self.flags & ACRONYM != 0,
            possessive: self.flags & POSSESSIVE != 0,
            initial: self.flags & INITIAL != 0,
            break_after: self.flags & BREAK_AFTER != 0,
        }
    }
}

/// One body sentence: where it is, and where its tokens are in the table.
struct Entry<'a> {
    at: SentenceId,
    text: &'a str,
    tokens: Range<usize>,
    /// Where its quotation spans are in the table.
    quoted: Range<usize>,
    /// (A quotation runs on into it from the sentence before, one runs on out of it.)
    runs_on: (bool, bool),
}

/// Where a pass unpacks the sentence it reads: kept across sentences so that reading one
/// allocates nothing.
#[derive(Default)]
pub(crate) struct SentenceBuffer {
    tokens: Vec<Token>,
    folded: String,
}

/// One sentence as a pass reads it: `'a` is the article's lifetime, `'t` the table's and the
/// token buffer's.
pub(crate) struct Sentence<'a, 't> {
    pub at: SentenceId,
    pub text: &'a str,
    /// The text folded with [`fold`](crate::text::fold::fold) (same byte offsets).
    pub folded: &'t str,
    pub tokens: &'t [Token],
    /// The spans inside quotation marks, a quotation left open by the sentence before in its
    /// paragraph included (see [`quoted_spans_from`]): read once for every pass.
    pub quoted: &'t [Range<usize>],
    /// Whether a quotation runs on into the sentence from the one before, and out of it.
    pub runs_on: (bool, bool),
}

/// The body sentences of one article, in article order, tokenized.
pub(crate) struct BodyTokens<'a> {
    article: &'a Article,
    entries: Vec<Entry<'a>>,
    /// Every sentence's tokens, one after another; empty when some token did not pack, in
    /// which case each read tokenizes its sentence again.
    packed: Vec<Packed>,
    packed_all: bool,
    /// Every sentence's quotation spans, one after another.
    quoted: Vec<Range<usize>>,
}

impl<'a> BodyTokens<'a> {
    pub fn new(article: &'a Article) -> BodyTokens<'a> {
        let body = || article.passages.iter().enumerate().filter(|(_, p)| p.is_body());
        let mut table = BodyTokens {
            article,
            entries: Vec::with_capacity(body().map(|(_, p)| p.sentences.len()).sum()),
            // About one token per five bytes of English; growing a vector this size by
            // doubling copied it over and over.
            packed: Vec::with_capacity(body().map(|(_, p)| p.text.len()).sum::<usize>() / 5),
            packed_all: true,
            quoted: Vec::new(),
        };
        // A quotation left open by the sentence before, within the paragraph.
        let mut quote_open = false;
        for (pi, passage) in body() {
            for (si, range) in passage.sentences.iter().enumerate() {
                let text = &passage.text[range.clone()];
                let first = table.packed.len();
                if table.packed_all {
                    for token in tokenize(text) {
                        match Packed::new(&token) {
                            Some(p) => table.packed.push(p),
                            None => table.packed_all = false,
                        }
                    }
                }
                let was_open = quote_open && si > 0;
                let (spans, left_open) = quoted_spans_from(text, was_open);
                quote_open = left_open;
                let quoted = table.quoted.len()..table.quoted.len() + spans.len();
                table.quoted.extend(spans);
                let at = SentenceId { passage: pi, sentence: si };
                let tokens = first..table.packed.len();
                table.entries.push(Entry { at, text, tokens, quoted, runs_on: (was_open, left_open) });
            }
        }
        if !table.packed_all {
            table.packed = Vec::new();
        }
        table.packed.shrink_to_fit();
        table
    }

    pub fn article(&self) -> &'a Article {
        self.article
    }

    /// How many body sentences the article has.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// Body sentence `i` (in article order), folded and its tokens unpacked into `buffer`.
    pub fn sentence<'t>(&'t self, i: usize, buffer: &'t mut SentenceBuffer) -> Sentence<'a, 't> {
        let entry = &self.entries[i];
        buffer.tokens.clear();
        if self.packed_all {
            buffer.tokens.extend(self.packed[entry.tokens.clone()].iter().map(|p| p.unpack()));
        } else {
            buffer.tokens.extend(tokenize(entry.text));
        }
        fold_into(entry.text, &mut buffer.folded);
        Sentence {
            at: entry.at,
            text: entry.text,
            folded: &buffer.folded,
            tokens: &buffer.tokens,
            quoted: &self.quoted[entry.quoted.clone()],
            runs_on: entry.runs_on,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::targets::tokens::fold_fast;

    #[test]
    fn every_sentence_reads_back_as_tokenizing_and_folding_it_gives() {
        let article = Article::parse(
            "t",
            "Title: T\n\nBut Sen. John McCain, of the U.S. Senate, praised Obama’s plan. İstanbul’s ÉTÉ \
             was “long”: he said so.\n\nShare this\n\nA second paragraph. Mr. Smith’s dog barked.\n",
        );
        let table = BodyTokens::new(&article);
        let mut buffer = SentenceBuffer::default();
        let mut expected = Vec::new();
        for (pi, p) in article.passages.iter().enumerate().filter(|(_, p)| p.is_body()) {
            for si in 0..p.sentences.len() {
                expected.push((SentenceId { passage: pi, sentence: si }, p.sentence(si)));
            }
        }
        assert_eq!(table.len(), expected.len());
        for (i, (at, text)) in expected.into_iter().enumerate() {
            let s = table.sentence(i, &mut buffer);
            assert_eq!((s.at, s.text), (at, text));
            assert_eq!(s.folded, fold_fast(text));
            assert_eq!(s.tokens, tokenize(text).as_slice());
        }
    }

    #[test]
    fn packing_keeps_every_field() {
        let text = "“Sen. Obama’s U.S. plan,” J. Doe said: IAEA and UN’S staff.";
        for t in tokenize(text) {
            assert_eq!(Packed::new(&t).unwrap().unpack(), t);
        }
    }
}
