//! An article as the engine sees it: metadata, then passages (paragraphs, headings and
//! clutter), each split into sentences.
//!
//! Ingest accepts the shapes real files come in: an optional `Key: value` header, Markdown
//! headings, paragraphs separated by blank lines or written one per line, hard-wrapped lines,
//! and web clutter around the article, which is kept (to be shown dimmed) but marked so that
//! analysis never reads it.

use std::ops::Range;
use std::path::Path;

use crate::clutter::mark_clutter;
use crate::text::decode::{decode, DecodeError};
use crate::text::file::{read_limited, FileError};
use crate::text::sentences::split_sentences;
use crate::text::spaces::{count_words, is_single_spaced};
pub use header::display_date;
use header::{fallback_title, header_block, pick_title};

mod header;

/// A line at most this many words long, without end punctuation, is a section heading.
const MAX_HEADING_WORDS: usize = 12;
/// Lines longer than this are paragraphs in their own right, not a hard-wrapped paragraph.
const MAX_WRAPPED_LINE: usize = 100;
/// Passages longer than this are cut into several, at a sentence end or a space where there is
/// one: a 10 MB line is not a paragraph, and every per-passage step of the analysis (and of
/// wrapping in the reader) stays bounded. Real paragraphs are far shorter.
pub const MAX_PASSAGE_BYTES: usize = 16 * 1024;

/// Which article of a pair.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Side {
    Left,
    Right,
}

impl Side {
    pub fn other(self) -> Side {
        match self {
            Side::Left => Side::Right,
            Side::Right => Side::Left,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            Side::Left => "left",
            Side::Right => "right",
        }
    }

    /// 0 for the left article, 1 for the right: an index into per-side pairs.
    pub fn index(self) -> usize {
        match self {
            Side::Left => 0,
            Side::Right => 1,
        }
    }
}

/// A sentence of an article: the passage and the sentence within it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct SentenceId {
    pub passage: usize,
    pub sentence: usize,
}

/// Who wrote an article, where and when; all but the title are optional.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Meta {
    pub title: String,
    pub source: Option<String>,
    pub author: Option<String>,
    pub published: Option<String>,
}

/// What a passage is, which decides whether analysis reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PassageKind {
    Paragraph,
    Heading,
    /// Page furniture (share prompts, teasers…): shown dimmed, never analysed.
    Clutter,
}

/// A paragraph, heading or clutter block, with its sentences as byte ranges into `text`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Passage {
    pub kind: PassageKind,
    pub text: String,
    pub sentences: Vec<Range<usize>>,
    /// 1-based line of the file where the passage starts.
    pub line: usize,
}

impl Passage {
    pub fn sentence(&self, index: usize) -> &str {
        &self.text[self.sentences[index].clone()]
    }

    pub fn is_body(&self) -> bool {
        self.kind == PassageKind::Paragraph
    }
}

/// A parsed article.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Article {
    /// How the user named the file (shown in headers and reports).
    pub name: String,
    pub meta: Meta,
    pub passages: Vec<Passage>,
    /// Problems met while reading the file that did not stop it (e.g. invalid UTF-8).
    pub warnings: Vec<String>,
}

/// Why a file could not become an article.
#[derive(Debug, thiserror::Error)]
pub enum IngestError {
    #[error("{name}: {source}")]
    Decode { name: String, source: DecodeError },
    #[error("{name}: {message}")]
    Io { name: String, message: String },
    /// Nothing after the title that analysis reads: a title alone, headings, or page clutter.
    #[error("{name}: no article text after the title (only a title, headings or page clutter)")]
    NoBody { name: String },
}

impl Article {
    /// Reads and parses a file, refusing it (before reading) above `max_bytes` or when it is
    /// not a regular file.
    pub fn load(path: &Path, max_bytes: u64) -> Result<Article, IngestError> {
        let bytes = Self::read_file(path, max_bytes)?;
        Self::from_bytes(&path.display().to_string(), &bytes)
    }

    /// The bytes of an article file (text or saved page): a regular file of at most
    /// `max_bytes`, read through that bound whatever size the file reports.
    pub fn read_file(path: &Path, max_bytes: u64) -> Result<Vec<u8>, IngestError> {
        let name = crate::text::sanitize::visible(&path.display().to_string()).into_owned();
        read_limited(path, max_bytes).map_err(|e| match e {
            FileError::TooLarge { size, limit } => {
                IngestError::Decode { name, source: DecodeError::TooLarge { size, limit } }
            }
            FileError::Grew { limit } => IngestError::Decode { name, source: DecodeError::Grew { limit } },
            FileError::Directory => {
                IngestError::Io { name, message: "is a directory, not an article file".to_string() }
            }
            other => IngestError::Io { name, message: other.to_string() },
        })
    }

    /// The text of one sentence.
    pub fn sentence_text(&self, at: SentenceId) -> &str {
        self.passages[at.passage].sentence(at.sentence)
    }

    /// Decodes and parses file contents.
    pub fn from_bytes(name: &str, bytes: &[u8]) -> Result<Article, IngestError> {
        let decoded = decode(bytes).map_err(|source| IngestError::Decode {
            name: crate::text::sanitize::visible(name).into_owned(),
            source,
        })?;
        let mut article = Self::parse(name, &decoded.text);
        article.warnings.splice(0..0, decoded.warnings);
        Ok(article)
    }

    /// Parses text that is already decoded.
    pub fn parse(name: &str, text: &str) -> Article {
        let lines: Vec<&str> = text.lines().collect();
        let (meta_fields, body_start) = header_block(&lines);
        let raw = raw_passages(&lines, body_start);
        let blocks: Vec<&str> = raw.iter().map(|r| r.text.as_str()).collect();
        let clutter = mark_clutter(&blocks);
        let mut meta = Meta::default();
        for (key, value) in meta_fields {
            match key.as_str() {
                "title" => meta.title = value,
                "source" | "url" => meta.source = meta.source.or(Some(value)),
                "author" | "byline" => meta.author = Some(value),
                _ => meta.published = Some(display_date(&value)),
            }
        }
        // A Markdown heading opening the file is its title: a later line that merely reads like
        // a headline (a sentence left without its full stop) is body.
        let opening_heading = (0..blocks.len()).find(|&i| !clutter[i]).filter(|&i| raw[i].markdown_heading);
        let title_index = if meta.title.is_empty() {
            opening_heading.or_else(|| pick_title(&blocks, &clutter))
        } else {
            None
        };
        let mut passages = Vec::with_capacity(raw.len());
        for (i, r) in raw.into_iter().enumerate() {
            if Some(i) == title_index {
                meta.title = r.text;
                continue;
            }
            let before_title = title_index.is_some_and(|t| i < t);
            let kind = if clutter[i] || before_title {
                PassageKind::Clutter
            } else if r.markdown_heading || looks_like_heading(&r.text) {
                PassageKind::Heading
            } else {
                PassageKind::Paragraph
            };
            let mut sentences = split_sentences(&r.text);
            // Most passages are one or two sentences; the list lives as long as the article.
            sentences.shrink_to_fit();
            passages.push(Passage { kind, text: r.text, sentences, line: r.line });
        }
        if meta.title.is_empty() {
            let first = passages.iter().find(|p| p.kind != PassageKind::Clutter).map(|p| p.text.as_str());
            meta.title = fallback_title(name, first);
        }
        Article { name: name.to_string(), meta, passages, warnings: Vec::new() }
    }

    /// Whether the article has a sentence of body text, the only text analysis reads. Without
    /// one a comparison would list the file as "(0 words)" and find nothing in it, which says
    /// the file is wrong no better than an empty file does.
    pub fn has_body_text(&self) -> bool {
        self.passages.iter().any(|p| p.is_body() && !p.sentences.is_empty())
    }

    /// Words of the article body (paragraphs and headings, not clutter).
    pub fn word_count(&self) -> usize {
        self.passages.iter().filter(|p| p.kind != PassageKind::Clutter).map(|p| count_words(&p.text)).sum()
    }
}

struct RawPassage {
    text: String,
    line: usize,
    markdown_heading: bool,
}

/// Splits the body into blocks on blank lines; inside a block, joins hard-wrapped lines and
/// keeps one-line-per-paragraph text (long lines, headings, list items) apart.
fn raw_passages(lines: &[&str], start: usize) -> Vec<RawPassage> {
    let mut out = Vec::new();
    let mut block: Vec<(usize, &str)> = Vec::new();
    for (i, line) in lines.iter().enumerate().skip(start) {
        if line.trim().is_empty() {
            flush_block(&mut block, &mut out);
        } else {
            block.push((i + 1, line));
        }
    }
    flush_block(&mut block, &mut out);
    if out.iter().all(|r| r.text.len() <= MAX_PASSAGE_BYTES) {
        return out;
    }
    out.into_iter().flat_map(split_long_passage).collect()
}

/// Cuts a passage over [`MAX_PASSAGE_BYTES`] into pieces of at most that size.
fn split_long_passage(raw: RawPassage) -> Vec<RawPassage> {
    let mut pieces = Vec::new();
    let mut rest = raw.text.as_str();
    while rest.len() > MAX_PASSAGE_BYTES {
        let mut limit = MAX_PASSAGE_BYTES;
        while !rest.is_char_boundary(limit) {
            limit -= 1;
        }
        let cut = cut_point(&rest[..limit]);
        pieces.push(rest[..cut].trim_end().to_string());
        rest = rest[cut..].trim_start();
    }
    if !rest.is_empty() {
        pieces.push(rest.to_string());
    }
    pieces
        .into_iter()
        .map(|text| RawPassage { text, line: raw.line, markdown_heading: raw.markdown_heading })
        .collect()
}

/// Where to end a piece of `window` (at least half of it): after a sentence end, else at the
/// last space, else between two grapheme clusters (text with no spaces, like CJK or a run of one
/// letter), so that no emoji or accented letter is torn apart.
fn cut_point(window: &str) -> usize {
    use unicode_segmentation::UnicodeSegmentation;
    let half = window.len() / 2;
    let mut space = None;
    for (i, c) in window.char_indices().rev().take_while(|&(i, _)| i >= half) {
        if matches!(c, '。' | '！' | '？') {
            return i + c.len_utf8();
        }
        if c.is_whitespace() {
            let before = window[..i].chars().next_back();
            if before.is_some_and(|b| matches!(b, '.' | '!' | '?' | '…' | '"' | '”' | '’' | ')')) {
                return i;
            }
            space.get_or_insert(i);
        }
    }
    space
        .or_else(|| window.grapheme_indices(true).next_back().map(|(i, _)| i).filter(|&i| i > 0))
        .unwrap_or(window.len())
}

fn flush_block(block: &mut Vec<(usize, &str)>, out: &mut Vec<RawPassage>) {
    if block.is_empty() {
        return;
    }
    let one_per_line = block.len() > 1 && block.iter().any(|(_, l)| l.chars().count() > MAX_WRAPPED_LINE);
    let mut current: Option<RawPassage> = None;
    for (i, &(line_no, line)) in block.iter().enumerate() {
        let trimmed = line.trim();
        let next_starts_upper = block
            .get(i + 1)
            .is_some_and(|(_, l)| l.trim_start().chars().next().is_some_and(char::is_uppercase));
        let heading_line = next_starts_upper && looks_like_heading(trimmed);
        // A bare "#" or "###" line has no heading text: it stays a line of text, never becomes
        // an empty passage.
        let heading =
            trimmed.strip_prefix('#').map(|h| h.trim_start_matches('#').trim()).filter(|h| !h.is_empty());
        let list_item = trimmed.starts_with("- ") || trimmed.starts_with("* ") || trimmed.starts_with("> ");
        let stands_alone = one_per_line || heading.is_some() || list_item || heading_line;
        if stands_alone || current.is_none() {
            if let Some(done) = current.take() {
                out.push(done);
            }
            let text = normalise_space(heading.unwrap_or(trimmed));
            current = Some(RawPassage { text, line: line_no, markdown_heading: heading.is_some() });
            if heading.is_some() || heading_line {
                out.push(current.take().expect("just set"));
            }
        } else if let Some(cur) = current.as_mut() {
            cur.text.push(' ');
            cur.text.push_str(&normalise_space(trimmed));
        }
    }
    if let Some(done) = current {
        out.push(done);
    }
    block.clear();
}

fn normalise_space(text: &str) -> String {
    // Most lines are already single-spaced: copied whole instead of word by word.
    if is_single_spaced(text) {
        return text.to_string();
    }
    let mut out = String::with_capacity(text.len());
    for word in text.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(word);
    }
    out
}

fn looks_like_heading(text: &str) -> bool {
    // The cheap checks first: most lines are paragraphs ending like a sentence.
    let last = text.trim_end().chars().last().unwrap_or('.');
    if matches!(last, '.' | '!' | '?' | ':' | ';' | ',' | '"' | '”' | '…' | ')')
        || text.chars().next().is_none_or(|c| c.is_lowercase())
    {
        return false;
    }
    // A paragraph has more words than a heading may: stop counting there.
    let words = text.split_whitespace().take(MAX_HEADING_WORDS + 1).count();
    words > 0 && words <= MAX_HEADING_WORDS
}

#[cfg(test)]
mod tests;
