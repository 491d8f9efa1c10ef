//! Turning changed cells into as few bytes as the terminal needs: the cheapest cursor move for
//! each jump (absolute, along the row or the column, or printing the cells in between when that
//! is shorter), one SGR sequence per style change with only the parameters that differ, and
//! erase-in-line / erase-characters for runs of blanks.

use ratatui::buffer::{Buffer, Cell};
use ratatui::style::{Color, Modifier};
use unicode_width::UnicodeWidthStr;

/// Modifiers that show on a blank cell, so a blank with any of them is not a plain blank.
const VISIBLE_ON_BLANK: Modifier = Modifier::REVERSED
    .union(Modifier::UNDERLINED)
    .union(Modifier::SLOW_BLINK)
    .union(Modifier::RAPID_BLINK)
    .union(Modifier::CROSSED_OUT);

/// The graphic rendition the terminal draws new characters with.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub(crate) struct Pen {
    pub fg: Color,
    pub bg: Color,
    pub underline: Color,
    pub modifier: Modifier,
}

impl Pen {
    pub fn of(cell: &Cell) -> Pen {
        Pen { fg: cell.fg, bg: cell.bg, underline: cell.underline_color, modifier: cell.modifier }
    }
}

/// A cell that looks the same as an erased one: a space on the default background, nothing
/// that shows on blanks.
pub(crate) fn is_blank(cell: &Cell) -> bool {
    cell.symbol() == " " && cell.bg == Color::Reset && !cell.modifier.intersects(VISIBLE_ON_BLANK)
}

/// Writes cells and moves the cursor, remembering where the cursor is and what pen is set so
/// that nothing is repeated. A frame starts with the cursor unknown and the default pen.
#[derive(Debug)]
pub(crate) struct Encoder {
    /// Where the next character goes; `None` when unknown (after a scroll, at the right edge,
    /// after a wide or composed symbol whose width the terminal may count differently).
    pub cursor: Option<(u16, u16)>,
    pub pen: Pen,
    width: u16,
}

impl Encoder {
    pub fn new(width: u16) -> Encoder {
        Encoder { cursor: None, pen: Pen::default(), width }
    }

    /// Moves the cursor to (x, y) with the shortest sequence that gets there.
    pub fn move_to(&mut self, out: &mut Vec<u8>, x: u16, y: u16) {
        if self.cursor != Some((x, y)) {
            out.extend_from_slice(move_sequence(self.cursor, x, y).as_bytes());
            self.cursor = Some((x, y));
        }
    }

    pub fn set_pen(&mut self, out: &mut Vec<u8>, pen: Pen) {
        if self.pen != pen {
            write_sgr(out, &self.pen, &pen);
            self.pen = pen;
        }
    }

    /// Prints one cell at (x, y).
    pub fn print(&mut self, out: &mut Vec<u8>, x: u16, y: u16, cell: &Cell) {
        self.move_to(out, x, y);
        if !self.shows(cell) {
            self.set_pen(out, Pen::of(cell));
        }
        let symbol = cell.symbol();
        out.extend_from_slice(symbol.as_bytes());
        let plain = symbol.chars().nth(1).is_none() && symbol.width() == 1;
        self.cursor = Some((x + 1, y)).filter(|&(x, _)| plain && x < self.width);
    }

    /// Whether printing `cell` with the current pen looks the same as with its own: the same
    /// pen, or a space whose pen differs only where a space does not show it (foreground,
    /// bold, italic…).
    fn shows(&self, cell: &Cell) -> bool {
        let pen = &self.pen;
        if Pen::of(cell) == *pen {
            return true;
        }
        let visible = |m: Modifier| m & (VISIBLE_ON_BLANK | Modifier::HIDDEN);
        cell.symbol() == " "
            && cell.bg == pen.bg
            && visible(cell.modifier) == visible(pen.modifier)
            && !pen.modifier.contains(Modifier::REVERSED)
            && (!pen.modifier.contains(Modifier::UNDERLINED) || cell.underline_color == pen.underline)
    }

    /// Back to the default pen, as every frame must end.
    pub fn reset_pen(&mut self, out: &mut Vec<u8>) {
        self.set_pen(out, Pen::default());
    }

    /// Erases from (x, y): to the end of the row when `count` is `None`, else `count` cells.
    /// The cursor stays where it is.
    fn erase(&mut self, out: &mut Vec<u8>, x: u16, y: u16, count: Option<u16>) {
        self.move_to(out, x, y);
        self.reset_pen(out);
        match count {
            None => out.extend_from_slice(b"\x1b[K"),
            Some(n) => out.extend_from_slice(format!("\x1b[{n}X").as_bytes()),
        }
    }
}

/// Writes what turns the screen showing `screen` into `next`, cell by cell.
pub(crate) fn write_changes(encoder: &mut Encoder, out: &mut Vec<u8>, screen: &Buffer, next: &Buffer) {
    let changes = with_uncovered_halves(screen, next, screen.diff(next));
    let width = next.area.width;
    let mut i = 0;
    while i < changes.len() {
        let (x, y, cell) = changes[i];
        if is_blank(cell) {
            let row = &next.content[usize::from(y) * usize::from(width)..][..usize::from(width)];
            if row[usize::from(x)..].iter().all(is_blank) {
                // Everything from here to the right edge is blank: erase the rest of the row.
                encoder.erase(out, x, y, None);
                while i < changes.len() && changes[i].1 == y {
                    i += 1;
                }
                continue;
            }
            let run = changes[i..]
                .iter()
                .enumerate()
                .take_while(|&(k, &(cx, cy, c))| {
                    cy == y && usize::from(cx) == usize::from(x) + k && is_blank(c)
                })
                .count();
            if run > format!("\x1b[{run}X").len() + 4 {
                encoder.erase(out, x, y, Some(run as u16));
                i += run;
                continue;
            }
        }
        bridge_gap(encoder, out, next, x, y);
        encoder.print(out, x, y, cell);
        i += 1;
    }
}

/// The changes, plus the cells a new symbol uncovers where a wide one stood. A terminal blanks
/// the right half of a wide symbol whose left half is overwritten, with the pen of the new
/// symbol: an underlined "." over "🙏" leaves an underlined blank beside it, and so does an
/// underlined "体" printed one column left of an old "体" (its right half lands on the old
/// one's left half). ratatui's diff does not rewrite that blank when the old symbol's own style
/// did not show on blanks.
fn with_uncovered_halves<'a>(
    screen: &Buffer,
    next: &'a Buffer,
    changes: Vec<(u16, u16, &'a Cell)>,
) -> Vec<(u16, u16, &'a Cell)> {
    let right = next.area.right();
    let mut extra: Vec<(u16, u16, &'a Cell)> = Vec::new();
    for &(x, y, cell) in &changes {
        let now = (cell.symbol().width() as u16).max(1);
        // Every old symbol that starts under the new one and reaches past it.
        for covered in x..(x + now).min(right) {
            let was = screen[(covered, y)].symbol().width() as u16;
            for hidden in x + now..(covered + was).min(right) {
                // The diff is in screen order, row by row.
                if changes.binary_search_by_key(&(y, hidden), |&(cx, cy, _)| (cy, cx)).is_err()
                    && !extra.iter().any(|&(ex, ey, _)| (ex, ey) == (hidden, y))
                {
                    extra.push((hidden, y, &next[(hidden, y)]));
                }
            }
        }
    }
    if extra.is_empty() {
        return changes;
    }
    let mut all = changes;
    all.extend(extra);
    all.sort_by_key(|&(x, y, _)| (y, x));
    all
}

/// When the cursor is on the row, left of `x`, and the cells in between are already right and
/// printable with the current pen, printing them again can be shorter than a cursor move.
fn bridge_gap(encoder: &mut Encoder, out: &mut Vec<u8>, next: &Buffer, x: u16, y: u16) {
    let Some((cx, cy)) = encoder.cursor else { return };
    if cy != y || cx >= x {
        return;
    }
    let move_cost = move_sequence(encoder.cursor, x, y).len();
    let mut bytes = 0;
    for gx in cx..x {
        let cell = &next[(gx, y)];
        let symbol = cell.symbol();
        if !encoder.shows(cell) || symbol.chars().nth(1).is_some() || symbol.width() != 1 {
            return;
        }
        bytes += symbol.len();
        if bytes >= move_cost {
            return;
        }
    }
    for gx in cx..x {
        out.extend_from_slice(next[(gx, y)].symbol().as_bytes());
    }
    encoder.cursor = Some((x, y));
}

/// The shortest sequence moving the cursor from `from` (if known) to (x, y).
pub(crate) fn move_sequence(from: Option<(u16, u16)>, x: u16, y: u16) -> String {
    let mut best = match (x, y) {
        (0, 0) => "\x1b[H".to_string(),
        (0, _) => format!("\x1b[{}H", y + 1),
        _ => format!("\x1b[{};{}H", y + 1, x + 1),
    };
    let Some((fx, fy)) = from else { return best };
    let mut candidates: Vec<String> = Vec::new();
    let count =
        |n: u16, letter: char| if n == 1 { format!("\x1b[{letter}") } else { format!("\x1b[{n}{letter}") };
    if fy == y {
        if x == 0 {
            candidates.push("\r".to_string());
        }
        if x > fx {
            candidates.push(count(x - fx, 'C'));
        } else if x < fx {
            candidates.push(count(fx - x, 'D'));
        }
        candidates.push(format!("\x1b[{}G", x + 1));
    } else {
        let vertical = if y > fy { count(y - fy, 'B') } else { count(fy - y, 'A') };
        if fx == x {
            candidates.push(vertical);
        }
    }
    for candidate in candidates {
        if candidate.len() < best.len() {
            best = candidate;
        }
    }
    best
}

/// One SGR sequence changing the pen `from` into `to`: only what differs, or a reset and what
/// is set, whichever is shorter.
pub(crate) fn write_sgr(out: &mut Vec<u8>, from: &Pen, to: &Pen) {
    let mut changed = Params::default();
    modifier_params(&mut changed, from.modifier, to.modifier);
    for (layer, a, b) in [(Layer::Fg, from.fg, to.fg), (Layer::Bg, from.bg, to.bg)] {
        if a != b {
            color_params(&mut changed, layer, b);
        }
    }
    if from.underline != to.underline {
        color_params(&mut changed, Layer::Underline, to.underline);
    }
    let mut reset = Params::default();
    reset.push(0);
    modifier_params(&mut reset, Modifier::empty(), to.modifier);
    for (layer, color) in [(Layer::Fg, to.fg), (Layer::Bg, to.bg), (Layer::Underline, to.underline)] {
        if color != Color::Reset {
            color_params(&mut reset, layer, color);
        }
    }
    let params = if reset.0.len() < changed.0.len() { reset } else { changed };
    out.extend_from_slice(b"\x1b[");
    out.extend_from_slice(params.0.as_bytes());
    out.push(b'm');
}

/// SGR parameters joined with `;`.
#[derive(Default)]
struct Params(String);

impl Params {
    fn push(&mut self, value: u16) {
        if !self.0.is_empty() {
            self.0.push(';');
        }
        self.0.push_str(&value.to_string());
    }
}

#[derive(Clone, Copy)]
enum Layer {
    Fg,
    Bg,
    Underline,
}

fn color_params(params: &mut Params, layer: Layer, color: Color) {
    let (reset, extended) = match layer {
        Layer::Fg => (39, 38),
        Layer::Bg => (49, 48),
        Layer::Underline => (59, 58),
    };
    let named = match color {
        Color::Reset => return params.push(reset),
        Color::Black => 0,
        Color::Red => 1,
        Color::Green => 2,
        Color::Yellow => 3,
        Color::Blue => 4,
        Color::Magenta => 5,
        Color::Cyan => 6,
        Color::Gray => 7,
        Color::DarkGray => 8,
        Color::LightRed => 9,
        Color::LightGreen => 10,
        Color::LightYellow => 11,
        Color::LightBlue => 12,
        Color::LightMagenta => 13,
        Color::LightCyan => 14,
        Color::White => 15,
        Color::Indexed(i) => {
            for p in [extended, 5, u16::from(i)] {
                params.push(p);
            }
            return;
        }
        Color::Rgb(r, g, b) => {
            for p in [extended, 2, u16::from(r), u16::from(g), u16::from(b)] {
                params.push(p);
            }
            return;
        }
    };
    match layer {
        Layer::Fg if named < 8 => params.push(30 + named),
        Layer::Fg => params.push(90 + named - 8),
        Layer::Bg if named < 8 => params.push(40 + named),
        Layer::Bg => params.push(100 + named - 8),
        Layer::Underline => {
            for p in [extended, 5, named] {
                params.push(p);
            }
        }
    }
}

fn modifier_params(params: &mut Params, from: Modifier, to: Modifier) {
    let removed = from - to;
    let mut added = to - from;
    let intensity = Modifier::BOLD | Modifier::DIM;
    let blink = Modifier::SLOW_BLINK | Modifier::RAPID_BLINK;
    // Bold and dim share one "off" (22), and so do the two blinks (25): turn the pair off and
    // put back the one that stays.
    for (pair, off) in [(intensity, 22), (blink, 25)] {
        if removed.intersects(pair) {
            params.push(off);
            added |= to & pair;
        }
    }
    for (modifier, off) in
        [(Modifier::ITALIC, 23), (Modifier::UNDERLINED, 24), (Modifier::REVERSED, 27), (Modifier::HIDDEN, 28)]
    {
        if removed.contains(modifier) {
            params.push(off);
        }
    }
    if removed.contains(Modifier::CROSSED_OUT) {
        params.push(29);
    }
    for (modifier, on) in [
        (Modifier::BOLD, 1),
        (Modifier::DIM, 2),
        (Modifier::ITALIC, 3),
        (Modifier::UNDERLINED, 4),
        (Modifier::SLOW_BLINK, 5),
        (Modifier::RAPID_BLINK, 6),
        (Modifier::REVERSED, 7),
        (Modifier::HIDDEN, 8),
        (Modifier::CROSSED_OUT, 9),
    ] {
        if added.contains(modifier) {
            params.push(on);
        }
    }
}

#[cfg(test)]
#[path = "encode_tests.rs"]
mod tests;
