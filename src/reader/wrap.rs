//! Turns passage text into lines that fit a pane: first made safe to show ([`VisText`]), then
//! wrapped with textwrap's line breaking to a width measured the way ratatui draws it.
//!
//! A wrapped line is a byte range into the visible text, never a copy, so the views can map
//! topic terms, contrast sentences and search matches (byte ranges into the original passage)
//! onto the lines without searching again.

use std::ops::Range;

use textwrap::core::Fragment;
use textwrap::wrap_algorithms::wrap_first_fit;
use textwrap::WordSeparator;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

use crate::text::sanitize::{is_dangerous, placeholder, TAB_WIDTH};

use super::ragged::{to_u32, Ragged};

/// Columns a string takes on screen, counted grapheme by grapheme as ratatui's buffer does
/// (control characters and zero-width graphemes take none).
pub fn display_width(s: &str) -> usize {
    s.graphemes(true).map(grapheme_width).sum()
}

/// The columns one grapheme takes (control characters none).
pub(crate) fn grapheme_width(g: &str) -> usize {
    if g.len() == 1 {
        return usize::from(!g.as_bytes()[0].is_ascii_control());
    }
    if g.chars().any(|c| c.is_control()) {
        return 0;
    }
    // ratatui counts halfwidth (semi-)voiced sound marks as one cell each, like terminals do.
    g.width() + g.chars().filter(|c| matches!(c, '\u{ff9e}' | '\u{ff9f}')).count()
}

/// A piece of the visible text and where it came from in the original.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Run {
    vis: usize,
    orig: usize,
    /// Same bytes in both (else one original character shown as a placeholder).
    identity: bool,
}

/// Passage text as it may reach the terminal: tabs expanded, newlines as spaces, every other
/// control or bidi character replaced by a visible placeholder (see `text::sanitize`), with a
/// map back to byte offsets in the original text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisText {
    pub text: String,
    runs: Vec<Run>,
}

/// A passage's visible text, borrowed: from its [`VisText`], or the passage text itself when
/// it is shown as written (most passages, so the reader keeps no copy of them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Vis<'a> {
    pub text: &'a str,
    runs: &'a [Run],
}

impl VisText {
    /// Whether `original` is shown other than as written (see [`VisText::new`]).
    pub fn needed(original: &str) -> bool {
        original.chars().any(|c| c == '\t' || is_dangerous(c))
    }

    pub fn new(original: &str) -> VisText {
        if !VisText::needed(original) {
            return VisText {
                text: original.to_string(),
                // No runs: the text is its own visible form (most passages; a run list for
                // each of them was a tenth of the reader's memory on long documents).
                runs: Vec::new(),
            };
        }
        let mut text = String::with_capacity(original.len() + 16);
        let mut runs: Vec<Run> = Vec::new();
        for (orig, c) in original.char_indices() {
            let vis = text.len();
            let shown = match c {
                '\n' => Some(" ".to_string()),
                '\t' => Some(" ".repeat(TAB_WIDTH)),
                c if is_dangerous(c) => Some(placeholder(c)),
                _ => None,
            };
            match shown {
                // A newline becomes a space of the same length, so the run stays identical.
                Some(s) if s.len() == c.len_utf8() => {
                    text.push_str(&s);
                    if !runs.last().is_some_and(|r| r.identity) {
                        runs.push(Run { vis, orig, identity: true });
                    }
                }
                Some(s) => {
                    text.push_str(&s);
                    runs.push(Run { vis, orig, identity: false });
                }
                None => {
                    text.push(c);
                    if !runs.last().is_some_and(|r| r.identity) {
                        runs.push(Run { vis, orig, identity: true });
                    }
                }
            }
        }
        VisText { text, runs }
    }

    pub fn borrow(&self) -> Vis<'_> {
        Vis { text: &self.text, runs: &self.runs }
    }

    /// The visible offset of an original byte offset (a character boundary).
    pub fn to_vis(&self, orig: usize) -> usize {
        self.borrow().to_vis(orig)
    }

    /// The visible range of an original byte range.
    pub fn range_to_vis(&self, range: &Range<usize>) -> Range<usize> {
        self.borrow().range_to_vis(range)
    }
}

impl<'a> Vis<'a> {
    /// The visible text of a passage: `sanitized` if it has one, else `original` as written.
    pub fn of(original: &'a str, sanitized: Option<&'a VisText>) -> Vis<'a> {
        sanitized.map_or(Vis { text: original, runs: &[] }, VisText::borrow)
    }

    /// The visible offset of an original byte offset (a character boundary).
    pub fn to_vis(&self, orig: usize) -> usize {
        if self.runs.is_empty() {
            return orig.min(self.text.len());
        }
        let at = self.runs.partition_point(|r| r.orig <= orig);
        let Some(run) = at.checked_sub(1).map(|i| self.runs[i]) else { return 0 };
        if run.identity {
            (run.vis + (orig - run.orig)).min(self.text.len())
        } else if orig == run.orig {
            run.vis
        } else {
            self.runs.get(at).map_or(self.text.len(), |next| next.vis)
        }
    }

    /// The visible range of an original byte range.
    pub fn range_to_vis(&self, range: &Range<usize>) -> Range<usize> {
        self.to_vis(range.start)..self.to_vis(range.end)
    }
}

/// A word (or a piece of an over-long word) with the spaces that follow it.
#[derive(Debug, Clone, Copy)]
struct Piece {
    start: usize,
    end: usize,
    width: usize,
    space: usize,
}

impl Fragment for Piece {
    fn width(&self) -> f64 {
        self.width as f64
    }
    fn whitespace_width(&self) -> f64 {
        self.space as f64
    }
    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// Wraps `text` to `width` columns: byte ranges of `text`, one per line, each at most `width`
/// columns wide by [`display_width`]. Words longer than a line are broken between graphemes;
/// a grapheme wider than the whole line (a wide character in a one-column pane) is left out.
/// Always at least one (possibly empty) line.
pub fn wrap(text: &str, width: usize) -> Vec<Range<usize>> {
    let width = width.max(1);
    let base = text.as_ptr() as usize;
    let mut pieces: Vec<Piece> = Vec::new();
    for word in WordSeparator::UnicodeBreakProperties.find_words(text) {
        let start = word.word.as_ptr() as usize - base;
        let space = word.whitespace.len();
        let parts = hyphen_parts(word.word);
        let count = parts.len();
        for (i, (a, b)) in parts.into_iter().enumerate() {
            let space = if i + 1 == count { space } else { 0 };
            push_piece(&mut pieces, text, start + a, start + b, space, width);
        }
    }
    let mut lines: Vec<Range<usize>> = wrap_first_fit(&pieces, &[width as f64])
        .iter()
        .filter_map(|line| Some(line.first()?.start..line.last()?.end))
        .collect();
    if lines.is_empty() {
        lines.push(0..0);
    }
    lines
}

/// Every passage's wrapped lines for one width, as `[start, end]` byte offsets into its
/// visible text, in one flat list (a list per passage cost more than the lines themselves).
pub(crate) type Lines = Ragged<[u32; 2]>;

/// [`wrap`]s each text to `width`, in order.
pub(crate) fn wrap_all<'a>(texts: impl IntoIterator<Item = &'a str>, width: usize) -> Lines {
    Lines::from_lists(
        texts.into_iter().map(|text| wrap(text, width).into_iter().map(|r| [to_u32(r.start), to_u32(r.end)])),
    )
}

/// Lines given as ranges, one list per passage.
#[cfg(test)]
pub(crate) fn lines_of(passages: &[&[Range<usize>]]) -> Lines {
    Lines::from_lists(passages.iter().map(|lines| lines.iter().map(|r| [to_u32(r.start), to_u32(r.end)])))
}

/// Splits a word after its inner hyphens ("hard-won" → "hard-", "won"), as offsets.
fn hyphen_parts(word: &str) -> Vec<(usize, usize)> {
    let mut parts = Vec::new();
    let mut start = 0;
    let chars: Vec<(usize, char)> = word.char_indices().collect();
    for w in chars.windows(3) {
        let [(_, before), (_, '-'), (next, after)] = [w[0], w[1], w[2]] else { continue };
        if before.is_alphanumeric() && after.is_alphanumeric() {
            parts.push((start, next));
            start = next;
        }
    }
    parts.push((start, word.len()));
    parts
}

fn push_piece(pieces: &mut Vec<Piece>, text: &str, start: usize, end: usize, space: usize, width: usize) {
    let w = display_width(&text[start..end]);
    if w <= width {
        pieces.push(Piece { start, end, width: w, space });
        return;
    }
    let mut chunk = (start, 0usize);
    for (offset, g) in text[start..end].grapheme_indices(true) {
        let at = start + offset;
        let gw = grapheme_width(g);
        if gw > width {
            if at > chunk.0 {
                pieces.push(Piece { start: chunk.0, end: at, width: chunk.1, space: 0 });
            }
            chunk = (at + g.len(), 0);
            continue;
        }
        if chunk.1 + gw > width {
            pieces.push(Piece { start: chunk.0, end: at, width: chunk.1, space: 0 });
            chunk = (at, 0);
        }
        chunk.1 += gw;
    }
    if end > chunk.0 {
        pieces.push(Piece { start: chunk.0, end, width: chunk.1, space });
    } else if let Some(last) = pieces.last_mut() {
        last.space = space;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str, width: usize) -> Vec<&str> {
        wrap(text, width).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn wraps_at_spaces_and_drops_trailing_space() {
        assert_eq!(lines("the quick brown fox", 10), vec!["the quick", "brown fox"]);
        assert_eq!(lines("", 10), vec![""]);
    }

    #[test]
    fn breaks_long_words_and_after_hyphens() {
        assert_eq!(lines("abcdefghij", 4), vec!["abcd", "efgh", "ij"]);
        assert_eq!(lines("years of hard-won leverage", 13), vec!["years of", "hard-won", "leverage"]);
        assert_eq!(lines("a hard-won", 7), vec!["a hard-", "won"]);
    }

    #[test]
    fn wide_characters_count_two_columns() {
        let text = "日本語のテキストです";
        for line in lines(text, 5) {
            assert!(display_width(line) <= 5, "{line}");
        }
        assert_eq!(lines("日本", 1), vec![""]);
    }

    #[test]
    fn visible_text_maps_back_to_the_original() {
        let original = "a\u{1b}[1mb\tc\u{202e}d";
        let vis = VisText::new(original);
        assert_eq!(vis.text, "a^[[1mb    c<U+202E>d");
        assert_eq!(vis.to_vis(0), 0);
        assert_eq!(vis.to_vis(1), 1); // the ESC
        assert_eq!(vis.to_vis(2), 3); // '[' after "^["
        let d = original.find('d').unwrap();
        assert_eq!(&vis.text[vis.to_vis(d)..], "d");
        let c = original.find('c').unwrap();
        assert_eq!(&vis.text[vis.range_to_vis(&(c..d))], "c<U+202E>");
        let clean = VisText::new("plain");
        assert_eq!(clean.to_vis(3), 3);
        assert_eq!(VisText::new("x\ny").text, "x y");
    }
}
