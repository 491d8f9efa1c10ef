//! Where everything goes on screen, for any size down to a few cells: two panes (header, gutter
//! and text), the separator between them, the contrast reason box and the status bar.

use ratatui::layout::Rect;

/// The screen split for one frame. Pane arrays are in screen order (left pane first).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geometry {
    pub panes: [Rect; 2],
    pub headers: [Rect; 2],
    /// Text areas, gutter included.
    pub texts: [Rect; 2],
    /// Columns of each text area used by the gutter.
    pub gutter: [u16; 2],
    pub separator: Rect,
    pub reason: Rect,
    pub status: Rect,
}

impl Geometry {
    /// Lines of article text a pane shows.
    pub fn text_height(&self) -> usize {
        usize::from(self.texts[0].height)
    }

    /// Columns article text wraps to in a pane (at least 1).
    pub fn text_width(&self, pane: usize) -> usize {
        usize::from(self.texts[pane].width.saturating_sub(self.gutter[pane])).max(1)
    }

    /// The pane (0 left, 1 right) at a screen position, if any.
    pub fn pane_at(&self, column: u16, row: u16) -> Option<usize> {
        let inside = |r: Rect| column >= r.x && column < r.right() && row >= r.y && row < r.bottom();
        (0..2).find(|&i| inside(self.panes[i]))
    }
}

/// Splits `area`; `left_percent` is the left pane's share of the width, `reason_lines` the rows
/// wanted for the contrast reason box.
pub fn geometry(area: Rect, left_percent: u16, reason_lines: u16) -> Geometry {
    let status_height = area.height.min(1);
    let status = Rect::new(area.x, area.bottom() - status_height, area.width, status_height);
    let body_height = area.height - status_height;
    let reason_height = if body_height > reason_lines + 4 { reason_lines } else { 0 };
    let reason = Rect::new(area.x, area.y + body_height - reason_height, area.width, reason_height);
    let panes_height = body_height - reason_height;
    let header_height = match panes_height {
        14.. => 3,
        8..=13 => 2,
        4..=7 => 1,
        _ => 0,
    };

    let (left_width, separator_width) = if area.width >= 3 {
        let share = u32::from(area.width - 1) * u32::from(left_percent.clamp(20, 80)) / 100;
        ((share as u16).clamp(1, area.width - 2), 1)
    } else {
        (area.width, 0)
    };
    let right_width = area.width - left_width - separator_width;
    let left = Rect::new(area.x, area.y, left_width, panes_height);
    let separator = Rect::new(area.x + left_width, area.y, separator_width, panes_height);
    let right = Rect::new(separator.right(), area.y, right_width, panes_height);
    let split = |pane: Rect| {
        let header = Rect::new(pane.x, pane.y, pane.width, header_height);
        let text = Rect::new(pane.x, pane.y + header_height, pane.width, pane.height - header_height);
        (header, text)
    };
    let ((lh, lt), (rh, rt)) = (split(left), split(right));
    let gutter = |pane: Rect| if pane.width >= 8 { 2 } else { 0 };
    Geometry {
        panes: [left, right],
        headers: [lh, rh],
        texts: [lt, rt],
        gutter: [gutter(left), gutter(right)],
        separator,
        reason,
        status,
    }
}

/// The corpus overview's screen split, top to bottom.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct OverviewLayout {
    pub title: Rect,
    /// The topic header row and one row per article.
    pub matrix: Rect,
    /// Column labels of the pair list.
    pub list_header: Rect,
    pub list: Rect,
    /// The selected pair's titles and, room permitting, its top contrast.
    pub detail: Rect,
    pub status: Rect,
}

/// Splits `area` for an overview of `articles` articles and `pairs` pairs: each part gets what
/// it needs when it all fits; otherwise the matrix and the pair list share the room (both
/// scroll).
pub fn overview_layout(area: Rect, (articles, pairs): (usize, usize)) -> OverviewLayout {
    let row = |y: u16, height: u16| Rect::new(area.x, y, area.width, height);
    let status_height = area.height.min(1);
    let body = area.height - status_height;
    let title_height = body.min(1);
    let rest = body - title_height;
    let detail_height = u16::from(rest >= 12);
    let blank = u16::from(rest >= 8);
    let header_height = u16::from(rest >= 3);
    let room = usize::from(rest - detail_height - blank - header_height);
    let want_matrix = articles + 1;
    let (matrix, list, detail_height) = if want_matrix + pairs <= room {
        // Spare rows let the selected pair's top contrast be read in full.
        let spare = (room - want_matrix - pairs).min(3) as u16;
        (want_matrix, pairs, detail_height * (1 + spare))
    } else {
        let matrix = want_matrix.min((room / 2).max(room.saturating_sub(pairs)));
        (matrix, room - matrix, detail_height)
    };
    let (matrix, list) = (matrix as u16, list as u16);
    let mut y = area.y;
    let mut next = |height: u16| {
        let r = row(y, height);
        y += height;
        r
    };
    let title = next(title_height);
    let matrix = next(matrix);
    next(blank);
    let list_header = next(header_height);
    let list = next(list);
    let detail = next(detail_height);
    OverviewLayout {
        title,
        matrix,
        list_header,
        list,
        detail,
        status: row(area.bottom() - status_height, status_height),
    }
}

/// A centred box of at most `width` × `height` inside `area`.
fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let (w, h) = (width.min(area.width), height.min(area.height));
    Rect::new(area.x + (area.width - w) / 2, area.y + (area.height - h) / 2, w, h)
}

/// The box of a panel over the panes: at most `width` × `height`, leaving a margin on
/// screens big enough to spare one.
pub(crate) fn overlay_box(area: Rect, width: u16, height: u16) -> Rect {
    let max_width = if area.width > 60 { area.width - 4 } else { area.width };
    let max_height = if area.height > 6 { area.height - 2 } else { area.height };
    centered(area, width.min(max_width), height.min(max_height))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_80x24() {
        let g = geometry(Rect::new(0, 0, 80, 24), 50, 2);
        assert_eq!(g.status, Rect::new(0, 23, 80, 1));
        assert_eq!(g.reason.height, 2);
        assert_eq!(g.panes[0].width + g.separator.width + g.panes[1].width, 80);
        assert_eq!(g.headers[0].height, 3);
        assert_eq!(g.texts[0].height, 24 - 1 - 2 - 3);
        assert_eq!(g.text_width(0), 37);
        assert_eq!(g.pane_at(60, 5), Some(1));
    }

    #[test]
    fn never_overflows_tiny_screens() {
        for (w, h) in [(0, 0), (1, 1), (2, 3), (10, 3), (40, 12), (3, 1)] {
            let area = Rect::new(0, 0, w, h);
            let g = geometry(area, 80, 3);
            for r in g.panes.iter().chain(&g.texts).chain([&g.status, &g.reason, &g.separator]) {
                assert!(r.right() <= area.right() && r.bottom() <= area.bottom(), "{w}x{h}: {r:?}");
            }
            assert!(g.text_width(0) >= 1);
            let o = overview_layout(area, (50, 1225));
            for r in [o.title, o.matrix, o.list_header, o.list, o.detail, o.status] {
                assert!(r.right() <= area.right() && r.bottom() <= area.bottom(), "{w}x{h}: {r:?}");
            }
        }
    }

    #[test]
    fn overview_shares_the_room() {
        let small = overview_layout(Rect::new(0, 0, 80, 24), (4, 6));
        assert_eq!((small.matrix.height, small.list.height), (5, 6));
        assert_eq!(small.detail.y, small.list.bottom());
        assert_eq!(small.status.y, 23);
        let big = overview_layout(Rect::new(0, 0, 80, 24), (50, 1225));
        assert_eq!(big.matrix.height + big.list.height, 19);
        assert!(big.matrix.height >= 9 && big.list.height >= 9);
        assert_eq!(big.detail.bottom(), big.status.y);
    }
}
