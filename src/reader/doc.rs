//! The rows each view shows, built from wrapped passages for given pane widths and cached, so a
//! frame only looks rows up: one list per article in the Read view (here), one list of paired
//! rows in the Aligned view (`aligned_doc`). In: the comparison; out: [`Docs`], which also
//! gives each passage's visible text and counterparts.
//!
//! Scroll positions are kept as anchors (a passage and an offset in it, or an aligned row and a
//! line in it), not line numbers, so a resize re-wraps and the same passage stays at the top.

use std::cell::RefCell;
use std::collections::HashMap;
use std::rc::Rc;

use crate::compare::{Comparison, Side};
use crate::targets::table::TargetId;

pub use super::aligned_doc::{AlignedAnchor, AlignedDoc, AlignedRow, Cell};
use super::ragged::{to_u32, Ragged};
use super::wrap::{wrap_all, Lines, Vis, VisText};

/// A line of wrapped passage text: `start..end` are byte offsets into the passage's visible
/// text ([`Vis`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocLine {
    Text {
        passage: usize,
        start: usize,
        end: usize,
    },
    /// The blank line after a passage.
    Blank {
        after: usize,
    },
}

/// Where a Read pane is: the line of `passage` that starts at or before `offset`
/// (`usize::MAX`: the blank line after the passage).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Anchor {
    pub passage: usize,
    pub offset: usize,
}

/// One article's lines for a width: each passage's wrapped lines, then a blank line. The lines
/// are not stored one by one (on a long document of short paragraphs that table was a tenth of
/// the reader's memory); a line is found from the first line of its passage.
#[derive(Debug, Default)]
pub struct ReadDoc {
    wraps: Wrapped,
    /// Index of the first line of each passage.
    pub first: Vec<usize>,
}

impl ReadDoc {
    fn build(wraps: Wrapped) -> ReadDoc {
        let mut first = Vec::with_capacity(wraps.len());
        let mut line = 0;
        for passage in 0..wraps.len() {
            first.push(line);
            line += wraps.get(passage).map_or(0, <[_]>::len) + 1;
        }
        ReadDoc { wraps, first }
    }

    /// The number of lines.
    pub(crate) fn len(&self) -> usize {
        self.wraps.total() + self.wraps.len()
    }

    /// Line `i`, `None` past the last.
    pub fn line(&self, i: usize) -> Option<DocLine> {
        if i >= self.len() {
            return None;
        }
        let passage = self.first.partition_point(|&f| f <= i).checked_sub(1)?;
        let k = i - self.first[passage];
        Some(match self.wraps.get(passage)?.get(k) {
            Some(&[start, end]) => DocLine::Text { passage, start: start as usize, end: end as usize },
            None => DocLine::Blank { after: passage },
        })
    }

    /// The lines from `top` on.
    pub fn lines_from(&self, top: usize) -> impl Iterator<Item = DocLine> + '_ {
        (top..self.len()).map_while(|i| self.line(i))
    }

    /// The line an anchor points at.
    pub fn locate(&self, anchor: Anchor) -> usize {
        let (Some(&first), Some(lines)) = (self.first.get(anchor.passage), self.wraps.get(anchor.passage))
        else {
            return self.len().saturating_sub(1);
        };
        if anchor.offset == usize::MAX {
            return first + lines.len();
        }
        first + lines.iter().rposition(|&[start, _]| start as usize <= anchor.offset).unwrap_or(0)
    }

    /// The anchor of a line.
    pub fn anchor(&self, line: usize) -> Anchor {
        match self.line(line) {
            Some(DocLine::Text { passage, start, .. }) => Anchor { passage, offset: start },
            Some(DocLine::Blank { after }) => Anchor { passage: after, offset: usize::MAX },
            None => Anchor::default(),
        }
    }

    /// The passage a reader at this line is reading: the line's own, or the next one after a
    /// blank.
    pub fn passage_at(&self, line: usize) -> Option<usize> {
        match self.line(line)? {
            DocLine::Text { passage, .. } => Some(passage),
            DocLine::Blank { after } => Some((after + 1).min(self.first.len().saturating_sub(1))),
        }
    }
}

/// What the reader derives from a comparison once per load (the passages that need making
/// visible, the counterparts of each passage), and the views' rows per width.
#[derive(Debug)]
pub struct Docs {
    /// Per article (left, right): the passages not shown as written, by passage index. The
    /// others are shown from the article's own text (see [`Docs::vis`]).
    sanitized: [Vec<(usize, VisText)>; 2],
    /// Words per article, for the headers.
    pub word_counts: [usize; 2],
    /// Per article (left, right), per passage: the passages of the other article aligned with
    /// it, in alignment order. Synced scrolling asks on every key, so it is not a scan of the
    /// alignment (tens of thousands of rows on a long document).
    facing: [Ragged<u32>; 2],
    /// The aligned `(left, right)` passage pairs synced scrolling anchors on (see `sync_path`).
    pub chain: Vec<(usize, usize)>,
    cache: RefCell<Cache>,
}

/// A pane's wrapped lines, shared by its Read and Aligned rows.
pub type Wrapped = Rc<Lines>;

/// What an Aligned view depends on: the pane widths, which article is in which pane, and the
/// topic filter.
type AlignedKey = ([usize; 2], [Side; 2], Option<TargetId>);

#[derive(Debug, Default)]
struct Cache {
    wraps: HashMap<(usize, usize), Wrapped>,
    read: HashMap<(usize, usize), Rc<ReadDoc>>,
    aligned: HashMap<AlignedKey, Rc<AlignedDoc>>,
}

/// Index of an article in per-side arrays.
pub fn index(side: Side) -> usize {
    match side {
        Side::Left => 0,
        Side::Right => 1,
    }
}

/// Widths kept before the cache starts over (a resize storm should not grow it forever).
const CACHED_WIDTHS: usize = 16;

impl Docs {
    pub fn new(comparison: &Comparison) -> Docs {
        let sanitized = |side: Side| {
            let passages = comparison.side(side).article.passages.iter().enumerate();
            passages
                .filter(|(_, p)| VisText::needed(&p.text))
                .map(|(i, p)| (i, VisText::new(&p.text)))
                .collect()
        };
        let words = |side: Side| comparison.side(side).article.word_count();
        let pairs = || comparison.alignment.iter().filter_map(|row| Some((row.left?, row.right?)));
        let count = |side: Side| comparison.side(side).article.passages.len();
        let facing = [
            Ragged::from_pairs(count(Side::Left), pairs().map(|(left, right)| (left, to_u32(right)))),
            Ragged::from_pairs(count(Side::Right), pairs().map(|(left, right)| (right, to_u32(left)))),
        ];
        Docs {
            sanitized: [sanitized(Side::Left), sanitized(Side::Right)],
            word_counts: [words(Side::Left), words(Side::Right)],
            facing,
            chain: super::sync_path::chain(pairs()),
            cache: RefCell::default(),
        }
    }

    /// The visible text of a passage of `comparison` (the one these docs were made from).
    pub fn vis<'a>(&'a self, comparison: &'a Comparison, side: Side, passage: usize) -> Option<Vis<'a>> {
        let original = &comparison.side(side).article.passages.get(passage)?.text;
        let sanitized = &self.sanitized[index(side)];
        let found = sanitized.binary_search_by_key(&passage, |(p, _)| *p).ok().map(|i| &sanitized[i].1);
        Some(Vis::of(original, found))
    }

    /// The passages of the other article aligned with `passage` of `side`, in alignment order.
    pub fn facing(&self, side: Side, passage: usize) -> impl Iterator<Item = usize> + '_ {
        self.facing[index(side)].get(passage).into_iter().flatten().map(|&p| p as usize)
    }

    pub fn wraps(&self, comparison: &Comparison, side: Side, width: usize) -> Wrapped {
        let key = (index(side), width);
        if let Some(found) = self.cache.borrow().wraps.get(&key) {
            return Rc::clone(found);
        }
        let passages = 0..comparison.side(side).article.passages.len();
        let texts = passages.map(|p| self.vis(comparison, side, p).map_or("", |v| v.text));
        let wrapped = Rc::new(wrap_all(texts, width));
        let mut cache = self.cache.borrow_mut();
        if cache.wraps.len() >= CACHED_WIDTHS {
            *cache = Cache::default();
        }
        cache.wraps.insert(key, Rc::clone(&wrapped));
        wrapped
    }

    pub fn read(&self, comparison: &Comparison, side: Side, width: usize) -> Rc<ReadDoc> {
        let key = (index(side), width);
        if let Some(found) = self.cache.borrow().read.get(&key) {
            return Rc::clone(found);
        }
        let doc = Rc::new(ReadDoc::build(self.wraps(comparison, side, width)));
        self.cache.borrow_mut().read.insert(key, Rc::clone(&doc));
        doc
    }

    pub fn aligned(
        &self,
        comparison: &Comparison,
        filter: Option<TargetId>,
        panes: [Side; 2],
        widths: [usize; 2],
    ) -> Rc<AlignedDoc> {
        let key = (widths, panes, filter);
        if let Some(found) = self.cache.borrow().aligned.get(&key) {
            return Rc::clone(found);
        }
        let (a, b) =
            (self.wraps(comparison, panes[0], widths[0]), self.wraps(comparison, panes[1], widths[1]));
        let doc = Rc::new(AlignedDoc::build(&comparison.alignment, filter, panes, [&a, &b]));
        self.cache.borrow_mut().aligned.insert(key, Rc::clone(&doc));
        doc
    }
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)] // `&[0..10]`: a passage of one line
mod tests {
    use super::super::wrap::lines_of;
    use super::*;

    #[test]
    fn anchors_survive_a_rewrap() {
        let wide = ReadDoc::build(Rc::new(lines_of(&[&[0..10], &[0..5, 6..10]])));
        let narrow = ReadDoc::build(Rc::new(lines_of(&[&[0..4, 5..10], &[0..3, 4..6, 7..10]])));
        let anchor = wide.anchor(3); // second line of passage 1
        assert_eq!(anchor, Anchor { passage: 1, offset: 6 });
        assert_eq!(narrow.locate(anchor), 4); // "4..6" starts before 6
        assert_eq!(wide.locate(Anchor { passage: 0, offset: usize::MAX }), 1);
        assert_eq!(wide.passage_at(1), Some(1));
    }

    #[test]
    fn only_passages_that_need_it_keep_a_visible_copy() {
        let config = crate::config::Config::default_config();
        let map = crate::topics::TopicMap::new(&config).unwrap();
        let left =
            crate::article::Article::parse("l.md", "Title: L\n\nPlain words.\n\nA \u{202e}bidi override.\n");
        let right = crate::article::Article::parse("r.md", "Title: R\n\nMore plain words.\n");
        let comparison = crate::compare::compare(left, right, &map, &config.analysis);
        let docs = Docs::new(&comparison);
        let passages = &comparison.left.article.passages;
        let shown_sanitized = passages.iter().position(|p| p.text.contains('\u{202e}')).unwrap();
        for (i, passage) in passages.iter().enumerate() {
            let vis = docs.vis(&comparison, Side::Left, i).unwrap();
            assert_eq!(vis.text, VisText::new(&passage.text).text);
            // Shown as written: the article's own text, not a copy of it.
            assert_eq!(std::ptr::eq(vis.text, passage.text.as_str()), i != shown_sanitized, "passage {i}");
        }
        assert_eq!([docs.sanitized[0].len(), docs.sanitized[1].len()], [1, 0]);
        assert!(docs.vis(&comparison, Side::Left, passages.len()).is_none());
        let read = docs.read(&comparison, Side::Left, 4);
        let lines: Vec<DocLine> = read.lines_from(0).collect();
        assert_eq!(lines.len(), read.len());
        assert_eq!(read.line(read.len()), None);
        assert_eq!(lines.last(), Some(&DocLine::Blank { after: passages.len() - 1 }));
    }
}
