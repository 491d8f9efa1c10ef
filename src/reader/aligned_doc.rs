//! The rows of the Aligned view: both articles regrouped by topic, each pair of aligned
//! passages padded so counterparts start on the same row, built from each pane's wrapped lines
//! ([`Lines`]) and found again after a re-wrap by anchors (an alignment row and a line in it).

use std::ops::Range;

use crate::align::Row;
use crate::compare::Side;
use crate::targets::table::TargetId;

use super::wrap::Lines;

/// One side of an Aligned row.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Cell {
    Text {
        passage: usize,
        start: usize,
        end: usize,
    },
    /// The first row facing a passage the other article has nothing against.
    Gap,
    Empty,
}

/// A row of the Aligned view, across both panes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum AlignedRow {
    Header(TargetId),
    Pair([Cell; 2]),
    Blank,
}

/// The rows of one alignment row (a pair of passages), with its topic header if it is the first
/// of its topic.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Block {
    /// Index into `Comparison::alignment`.
    pub row: usize,
    pub start: usize,
    pub len: usize,
}

/// Where the Aligned view is: a line within the block of an alignment row.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct AlignedAnchor {
    pub row: usize,
    pub line: usize,
}

/// Both articles regrouped by topic, for two pane widths.
#[derive(Debug, Default)]
pub struct AlignedDoc {
    pub rows: Vec<AlignedRow>,
    pub blocks: Vec<Block>,
}

impl AlignedDoc {
    /// `panes`: which article each pane shows; `wraps`: each pane's wrapped passages.
    pub(super) fn build(
        alignment: &[Row],
        filter: Option<TargetId>,
        panes: [Side; 2],
        wraps: [&Lines; 2],
    ) -> Self {
        let mut doc = AlignedDoc::default();
        let mut topic = None;
        for (index, row) in alignment.iter().enumerate() {
            if filter.is_some_and(|t| t != row.target) {
                continue;
            }
            let start = doc.rows.len();
            if topic != Some(row.target) {
                doc.rows.push(AlignedRow::Header(row.target));
                topic = Some(row.target);
            }
            let passage = |pane: usize| match panes[pane] {
                Side::Left => row.left,
                Side::Right => row.right,
            };
            let height = |pane: usize| passage(pane).and_then(|p| wraps[pane].get(p)).map_or(1, <[_]>::len);
            for k in 0..height(0).max(height(1)) {
                let cell = |pane: usize| match passage(pane) {
                    Some(p) => wraps[pane].get(p).and_then(|lines| lines.get(k)).map_or(
                        Cell::Empty,
                        |&[start, end]| Cell::Text { passage: p, start: start as usize, end: end as usize },
                    ),
                    None if k == 0 => Cell::Gap,
                    None => Cell::Empty,
                };
                doc.rows.push(AlignedRow::Pair([cell(0), cell(1)]));
            }
            doc.rows.push(AlignedRow::Blank);
            doc.blocks.push(Block { row: index, start, len: doc.rows.len() - start });
        }
        doc
    }

    /// The row an anchor points at (the next shown block if its own is filtered out).
    pub fn locate(&self, anchor: AlignedAnchor) -> usize {
        let at = self.blocks.partition_point(|b| b.row < anchor.row);
        match self.blocks.get(at) {
            Some(block) if block.row == anchor.row => block.start + anchor.line.min(block.len - 1),
            Some(block) => block.start,
            None => self.rows.len().saturating_sub(1),
        }
    }

    pub fn anchor(&self, line: usize) -> AlignedAnchor {
        let at = self.blocks.partition_point(|b| b.start <= line);
        match at.checked_sub(1).map(|i| self.blocks[i]) {
            Some(block) => AlignedAnchor { row: block.row, line: line - block.start },
            None => AlignedAnchor::default(),
        }
    }

    /// The row within `range` showing the line of a pane's passage that holds `offset`.
    pub fn row_of(&self, range: Range<usize>, pane: usize, passage: usize, offset: usize) -> Option<usize> {
        let mut found = None;
        for i in range {
            let Some(AlignedRow::Pair(cells)) = self.rows.get(i) else { continue };
            if let Cell::Text { passage: p, start, .. } = cells[pane] {
                if p == passage && start <= offset {
                    found = Some(i);
                } else if found.is_some() {
                    break;
                }
            }
        }
        found
    }
}

#[cfg(test)]
#[allow(clippy::single_range_in_vec_init)] // `&[0..1]`: a passage of one line
mod tests {
    use super::super::wrap::lines_of;
    use super::*;

    #[test]
    fn aligned_blocks_pad_counterparts_and_label_gaps() {
        let rows = [
            Row { target: TargetId(0), left: Some(0), right: Some(0) },
            Row { target: TargetId(0), left: Some(1), right: None },
            Row { target: TargetId(1), left: None, right: Some(1) },
        ];
        let (left, right) = (lines_of(&[&[0..1, 2..3], &[0..1]]), lines_of(&[&[0..1], &[0..1]]));
        let doc = AlignedDoc::build(&rows, None, [Side::Left, Side::Right], [&left, &right]);
        assert_eq!(doc.rows[0], AlignedRow::Header(TargetId(0)));
        assert!(matches!(doc.rows[2], AlignedRow::Pair([Cell::Text { .. }, Cell::Empty])));
        assert_eq!(doc.rows[4], AlignedRow::Pair([Cell::Text { passage: 1, start: 0, end: 1 }, Cell::Gap]));
        assert_eq!(doc.blocks.len(), 3);
        assert_eq!(doc.rows[doc.blocks[2].start], AlignedRow::Header(TargetId(1)));
        let anchor = doc.anchor(5);
        assert_eq!(doc.locate(anchor), 5);
        let filtered =
            AlignedDoc::build(&rows, Some(TargetId(1)), [Side::Left, Side::Right], [&left, &right]);
        assert_eq!(filtered.locate(AlignedAnchor { row: 0, line: 0 }), 0);
    }
}
