//! Finding a band of full-width rows that moved up or down between two frames, so that the
//! terminal can move them itself with its scroll region (DECSTBM `CSI top;bottom r`, then
//! `CSI n S` or `CSI n T`) instead of being sent every cell again.
//!
//! Nothing here knows about the reader: a shift is found by comparing the rows of the frame on
//! screen with the rows of the next one, and taken only when it saves bytes.

use ratatui::buffer::{Buffer, Cell};
use ratatui::style::Color;

/// Rows `top..bottom` (0-based, full width) move `by` rows, up or down; the rows this exposes
/// come in blank.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct Shift {
    pub top: u16,
    pub bottom: u16,
    pub by: u16,
    /// Content moves up (the view scrolls down the document): `CSI n S`.
    pub up: bool,
}

impl Shift {
    /// The escape sequences that make a terminal of `height` rows do this shift. They leave
    /// the cursor somewhere unknown and must be sent with the default pen, so that the exposed
    /// rows come in blank.
    pub fn sequence(&self, height: u16) -> String {
        let letter = if self.up { 'S' } else { 'T' };
        let by = if self.by == 1 { String::new() } else { self.by.to_string() };
        if self.top == 0 && self.bottom == height {
            format!("\x1b[{by}{letter}")
        } else {
            format!("\x1b[{};{}r\x1b[{by}{letter}\x1b[r", self.top + 1, self.bottom)
        }
    }
}

/// Applies a shift to a buffer the way the terminal applies it to the screen.
pub(crate) fn apply(buffer: &mut Buffer, shift: Shift) {
    let width = usize::from(buffer.area.width);
    let band = &mut buffer.content[usize::from(shift.top) * width..usize::from(shift.bottom) * width];
    let moved = (usize::from(shift.by) * width).min(band.len());
    let len = band.len();
    if shift.up {
        band.rotate_left(moved);
        band[len - moved..].fill(Cell::EMPTY);
    } else {
        band.rotate_right(moved);
        band[..moved].fill(Cell::EMPTY);
    }
}

/// The shift that saves the most bytes in going from `screen` to `next`, if one saves any.
pub(crate) fn find(screen: &Buffer, next: &Buffer) -> Option<Shift> {
    if screen.area != next.area || screen.area.height < 2 || screen.area.width == 0 {
        return None;
    }
    let width = usize::from(screen.area.width);
    let height = screen.area.height;
    let old: Vec<&[Cell]> = screen.content.chunks(width).collect();
    let new: Vec<&[Cell]> = next.content.chunks(width).collect();
    // Rows are compared by a hash, so trying every shift costs no cell work. A collision
    // could only make a shift look better than it is: the cells are compared again after it.
    let (old_ids, new_ids) = (row_hashes(&old), row_hashes(&new));
    let stay: Vec<usize> =
        (0..old.len()).map(|y| if old_ids[y] == new_ids[y] { 0 } else { row_cost(old[y], new[y]) }).collect();
    if stay.iter().all(|&c| c == 0) {
        return None;
    }
    let blank = vec![Cell::EMPTY; width];
    let fresh: Vec<usize> = new.iter().map(|row| row_cost(&blank, row)).collect();
    let rows = Rows { old: old_ids, new: new_ids, stay, fresh };
    let up = rows.best_up().map(|(saved, s)| (saved, Shift { up: true, ..s }));
    let down = rows.reversed().best_up().map(|(saved, s)| {
        (saved, Shift { top: height - s.bottom, bottom: height - s.top, by: s.by, up: false })
    });
    [up, down].into_iter().flatten().max_by_key(|&(saved, _)| saved).map(|(_, shift)| shift)
}

/// The rows of the two frames as hashes (equal rows, equal hashes), with what each row costs
/// to draw where it is (`stay`) and on a blank row (`fresh`).
struct Rows {
    old: Vec<u64>,
    new: Vec<u64>,
    stay: Vec<usize>,
    fresh: Vec<usize>,
}

impl Rows {
    /// The same frames upside down: a downward shift of these is an upward shift of those.
    fn reversed(&self) -> Rows {
        Rows { old: flip(&self.old), new: flip(&self.new), stay: flip(&self.stay), fresh: flip(&self.fresh) }
    }

    /// The best upward shift and the bytes it saves. A moved row saves its whole cost when it
    /// lands on its equal and is counted as saving nothing otherwise (it may still save some).
    fn best_up(&self) -> Option<(usize, Shift)> {
        let height = self.new.len();
        let mut best: Option<(usize, Shift)> = None;
        for by in 1..height {
            let lands = |y: usize| self.stay[y] > 0 && self.old[y + by] == self.new[y];
            if !(0..height - by).any(lands) {
                continue;
            }
            // Rows top..bottom-by take the old rows `by` below them; bottom-by..bottom come in
            // blank. For each last moved row e, the best top is the best run ending at e
            // (Kadane), and the exposed rows e+1..=e+by are what they are.
            let mut run: (isize, usize) = (0, 0);
            let mut exposed: isize = (1..=by).map(|k| self.stay[k] as isize - self.fresh[k] as isize).sum();
            for e in 0..height - by {
                let gain = if self.old[e + by] == self.new[e] { self.stay[e] as isize } else { 0 };
                run = if e > 0 && run.0 > 0 { (run.0 + gain, run.1) } else { (gain, e) };
                // Exposed rows for this e are e+1..=e+by: slide the window by one row.
                if e > 0 {
                    let (enter, leave) = (e + by, e);
                    exposed += self.stay[enter] as isize - self.fresh[enter] as isize;
                    exposed -= self.stay[leave] as isize - self.fresh[leave] as isize;
                }
                let (sum, top) = run;
                let gross = sum + exposed;
                if gross <= best.map_or(0, |(b, _)| b as isize) {
                    continue;
                }
                let shift = Shift { top: top as u16, bottom: (e + 1 + by) as u16, by: by as u16, up: true };
                let saved = gross - shift.sequence(height as u16).len() as isize;
                if saved > best.map_or(0, |(b, _)| b as isize) {
                    best = Some((saved as usize, shift));
                }
            }
        }
        best
    }
}

/// A hash of each row: the multiply-rotate hash of rustc (FxHash) over each cell's symbol and
/// style, fast and plenty for telling rows apart.
fn row_hashes(rows: &[&[Cell]]) -> Vec<u64> {
    rows.iter()
        .map(|row| {
            let mut hash = 0u64;
            let mut add = |word: u64| hash = (hash.rotate_left(5) ^ word).wrapping_mul(0x517c_c1b7_2722_0a95);
            for cell in row.iter() {
                for chunk in cell.symbol().as_bytes().chunks(8) {
                    add(chunk.iter().fold(0, |word, &byte| word << 8 | u64::from(byte)));
                }
                add(color_code(cell.fg) | color_code(cell.bg) << 32);
                add(color_code(cell.underline_color) | u64::from(cell.modifier.bits()) << 32);
            }
            hash
        })
        .collect()
}

/// A number per colour, different for different colours.
fn color_code(color: Color) -> u64 {
    match color {
        Color::Reset => 0,
        Color::Black => 1,
        Color::Red => 2,
        Color::Green => 3,
        Color::Yellow => 4,
        Color::Blue => 5,
        Color::Magenta => 6,
        Color::Cyan => 7,
        Color::Gray => 8,
        Color::DarkGray => 9,
        Color::LightRed => 10,
        Color::LightGreen => 11,
        Color::LightYellow => 12,
        Color::LightBlue => 13,
        Color::LightMagenta => 14,
        Color::LightCyan => 15,
        Color::White => 16,
        Color::Indexed(i) => 0x100 | u64::from(i),
        Color::Rgb(r, g, b) => 0x100_0000 | u64::from(r) << 16 | u64::from(g) << 8 | u64::from(b),
    }
}

fn flip<T: Copy>(items: &[T]) -> Vec<T> {
    items.iter().rev().copied().collect()
}

/// Roughly the bytes it takes to turn row `from` into row `to`: each changed cell, and a
/// cursor move for each run of them.
fn row_cost(from: &[Cell], to: &[Cell]) -> usize {
    let mut cost = 0;
    let mut in_run = false;
    for (a, b) in from.iter().zip(to) {
        if a == b {
            in_run = false;
        } else {
            cost += b.symbol().len() + if in_run { 0 } else { 6 };
            in_run = true;
        }
    }
    cost
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(text: &str) -> Buffer {
        Buffer::with_lines(text.lines().collect::<Vec<_>>())
    }

    #[test]
    fn finds_a_band_moving_up_and_leaves_the_rest() {
        let before = lines("head 1\nalpha \nbravo \ncharly\ndelta \necho  \nstatus");
        let after = lines("head 2\nbravo \ncharly\ndelta \necho  \nfoxtr \nstatus");
        let shift = find(&before, &after).expect("a shift");
        assert_eq!(shift, Shift { top: 1, bottom: 6, by: 1, up: true });
        assert_eq!(shift.sequence(7), "\x1b[2;6r\x1b[S\x1b[r");
        let mut moved = before.clone();
        apply(&mut moved, shift);
        assert_eq!(moved, lines("head 1\nbravo \ncharly\ndelta \necho  \n      \nstatus"));
    }

    #[test]
    fn finds_a_band_moving_down_by_two() {
        let before = lines("top\naaa\nbbb\nccc\nddd\neee\nbot");
        let after = lines("top\nyyy\nzzz\naaa\nbbb\nccc\nbot");
        let shift = find(&before, &after).expect("a shift");
        assert_eq!(shift, Shift { top: 1, bottom: 6, by: 2, up: false });
        let mut moved = before.clone();
        apply(&mut moved, shift);
        assert_eq!(moved, lines("top\n   \n   \naaa\nbbb\nccc\nbot"));
        assert_eq!(shift.sequence(7), "\x1b[2;6r\x1b[2T\x1b[r");
    }

    #[test]
    fn no_shift_when_it_does_not_pay() {
        let before = lines("ab\ncd\nef");
        assert_eq!(find(&before, &before), None);
        assert_eq!(find(&before, &lines("ab\ncd\ncd")), None, "one short row is cheaper to redraw");
        let wide = |rows: &[&str]| Buffer::with_lines(rows.iter().map(|r| r.repeat(20)).collect::<Vec<_>>());
        let shift = find(&wide(&["a", "b", "c", "d"]), &wide(&["b", "c", "d", "e"]));
        assert_eq!(shift, Some(Shift { top: 0, bottom: 4, by: 1, up: true }));
        assert_eq!(shift.unwrap().sequence(4), "\x1b[S");
    }

    #[test]
    fn shifting_more_rows_than_the_band_blanks_it() {
        let mut buffer = lines("a\nb\nc");
        apply(&mut buffer, Shift { top: 0, bottom: 2, by: 5, up: true });
        assert_eq!(buffer, lines(" \n \nc"));
    }
}
