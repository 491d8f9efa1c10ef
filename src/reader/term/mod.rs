//! The reader's terminal backend: frugal with bytes, for slow SSH links.
//!
//! [`FrameBackend`] implements ratatui's [`Backend`] over any [`Write`]. ratatui hands it the
//! cells that changed since the last frame; it keeps a shadow of what the terminal shows and
//! writes a frame only when it is done (`Backend::flush`, once per `Terminal::draw`):
//!
//! - nothing at all when nothing changed;
//! - otherwise one `write` of the whole frame, inside synchronized-update markers
//!   (`CSI ?2026h` … `CSI ?2026l`) so the terminal shows it at once;
//! - when a band of full-width rows moved (both panes scrolled together), the terminal's scroll
//!   region moves them ([`shift`]) and only the cells that still differ are sent ([`encode`]),
//!   so a synced one-line scroll costs about one new row instead of a whole screen.
//!
//! Scroll regions are left off on terminals known to lack `CSI n S`/`CSI n T` (see
//! [`scroll_regions_supported`]); every frame is then a plain cell diff.

mod encode;
mod shift;

use std::io::{self, Write};

use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect, Size};
use unicode_width::UnicodeWidthStr;

use encode::{write_changes, Encoder};

const BEGIN_SYNC: &[u8] = b"\x1b[?2026h";
const END_SYNC: &[u8] = b"\x1b[?2026l";

/// A ratatui backend that writes each frame with one call, as few bytes as it can, and lets the
/// terminal scroll rows that moved. Cursor changes and clears are sent with the next frame.
pub struct FrameBackend<W: Write> {
    out: W,
    /// `None`: ask the terminal; `Some`: a fixed size (tests, captures).
    fixed: Option<Size>,
    /// The size last reported to ratatui, which sized its buffers to it.
    size: std::cell::Cell<Size>,
    /// What the terminal shows.
    screen: Buffer,
    /// The frame being drawn: `screen` with this frame's changes applied.
    frame: Buffer,
    /// Clear the whole screen before the next frame.
    clear: bool,
    /// Whether the terminal shows the cursor (`None`: unknown) and where it was put last;
    /// what ratatui asked for.
    cursor_shown: Option<bool>,
    cursor_placed: Option<Position>,
    cursor_wanted: bool,
    cursor_at: Position,
    scroll_regions: bool,
}

impl<W: Write> FrameBackend<W> {
    /// A backend of a fixed size, writing to `out`: for tests and captures.
    pub fn new(out: W, size: Size) -> FrameBackend<W> {
        FrameBackend::with_size(out, Some(size), size)
    }

    /// A backend for the real terminal, whose size it asks for on every frame.
    pub fn terminal(out: W) -> io::Result<FrameBackend<W>> {
        let (width, height) = ratatui::crossterm::terminal::size()?;
        Ok(FrameBackend::with_size(out, None, Size { width, height })
            .with_scroll_regions(scroll_regions_supported()))
    }

    fn with_size(out: W, fixed: Option<Size>, size: Size) -> FrameBackend<W> {
        let area = Rect::from((Position::ORIGIN, size));
        FrameBackend {
            out,
            fixed,
            size: std::cell::Cell::new(size),
            screen: Buffer::empty(area),
            frame: Buffer::empty(area),
            // The alternate screen is usually blank, but nothing promises it.
            clear: true,
            cursor_shown: None,
            cursor_placed: None,
            cursor_wanted: false,
            cursor_at: Position::ORIGIN,
            scroll_regions: true,
        }
    }

    /// Whether rows that moved may be moved by the terminal's scroll region.
    #[must_use]
    pub fn with_scroll_regions(mut self, on: bool) -> FrameBackend<W> {
        self.scroll_regions = on;
        self
    }

    /// Changes a fixed size, as a terminal resize would; ratatui notices on its next draw.
    pub fn resize(&mut self, width: u16, height: u16) {
        if self.fixed.is_some() {
            self.fixed = Some(Size { width, height });
        }
    }

    pub fn writer(&self) -> &W {
        &self.out
    }

    pub fn writer_mut(&mut self) -> &mut W {
        &mut self.out
    }

    /// Everything this frame must write, without the synchronized-update markers.
    fn frame_bytes(&mut self) -> Vec<u8> {
        let mut out = Vec::new();
        if std::mem::take(&mut self.clear) {
            out.extend_from_slice(b"\x1b[2J");
        }
        let mut encoder = Encoder::new(self.frame.area.width);
        if self.frame != self.screen {
            if self.scroll_regions {
                if let Some(shift) = shift::find(&self.screen, &self.frame) {
                    // The pen is the default one between frames, so the exposed rows are blank.
                    out.extend_from_slice(shift.sequence(self.frame.area.height).as_bytes());
                    shift::apply(&mut self.screen, shift);
                }
            }
            write_changes(&mut encoder, &mut out, &self.screen, &self.frame);
            encoder.reset_pen(&mut out);
            self.screen.clone_from(&self.frame);
        }
        if self.cursor_wanted {
            // Drawing moves the cursor, so it is put back after any output.
            if !out.is_empty() || self.cursor_placed != Some(self.cursor_at) {
                encoder.move_to(&mut out, self.cursor_at.x, self.cursor_at.y);
                self.cursor_placed = Some(self.cursor_at);
            }
            if self.cursor_shown != Some(true) {
                out.extend_from_slice(b"\x1b[?25h");
            }
        } else if self.cursor_shown != Some(false) {
            out.extend_from_slice(b"\x1b[?25l");
        }
        self.cursor_shown = Some(self.cursor_wanted);
        out
    }
}

impl<W: Write> Backend for FrameBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a ratatui::buffer::Cell)>,
    {
        let area = self.frame.area;
        for (x, y, cell) in content {
            if !area.contains(Position { x, y }) {
                continue;
            }
            self.frame[(x, y)] = cell.clone();
            // Cells under the right half of a wide symbol are blank in ratatui's buffers.
            let width = cell.symbol().width() as u16;
            for hidden in x.saturating_add(1)..x.saturating_add(width).min(area.right()) {
                self.frame[(hidden, y)].reset();
            }
        }
        Ok(())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        self.cursor_wanted = false;
        Ok(())
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        self.cursor_wanted = true;
        Ok(())
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        Ok(self.cursor_at)
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        self.cursor_at = position.into();
        Ok(())
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    /// Only whole-screen clears: this backend serves a full-screen viewport.
    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        if clear_type != ClearType::All {
            return Err(io::Error::new(io::ErrorKind::Unsupported, format!("clear {clear_type:?}")));
        }
        let area = Rect::from((Position::ORIGIN, self.size.get()));
        self.screen = Buffer::empty(area);
        self.frame = Buffer::empty(area);
        self.clear = true;
        Ok(())
    }

    fn size(&self) -> io::Result<Size> {
        let size = match self.fixed {
            Some(size) => size,
            None => {
                let (width, height) = ratatui::crossterm::terminal::size()?;
                Size { width, height }
            }
        };
        self.size.set(size);
        Ok(size)
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        Ok(WindowSize { columns_rows: self.size()?, pixels: Size::default() })
    }

    /// Sends the frame: nothing if nothing changed, else one write inside synchronized-update
    /// markers.
    fn flush(&mut self) -> io::Result<()> {
        let body = self.frame_bytes();
        if body.is_empty() {
            return Ok(());
        }
        let mut bytes = Vec::with_capacity(body.len() + BEGIN_SYNC.len() + END_SYNC.len());
        bytes.extend_from_slice(BEGIN_SYNC);
        bytes.extend_from_slice(&body);
        bytes.extend_from_slice(END_SYNC);
        self.out.write_all(&bytes)?;
        self.out.flush()
    }
}

/// Whether the terminal named by `$TERM` can scroll a region with `CSI n S` / `CSI n T`: every
/// xterm-like terminal, tmux and screen can; the Linux console and dumb terminals cannot.
pub fn scroll_regions_supported() -> bool {
    let term = std::env::var("TERM").unwrap_or_default();
    !(term.is_empty() || term == "dumb" || term.starts_with("linux") || term.starts_with("vt52"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use ratatui::widgets::Paragraph;
    use ratatui::Terminal;

    fn terminal(width: u16, height: u16) -> Terminal<FrameBackend<Vec<u8>>> {
        Terminal::new(FrameBackend::new(Vec::new(), Size { width, height })).unwrap()
    }

    fn draw(terminal: &mut Terminal<FrameBackend<Vec<u8>>>, text: &str) -> String {
        terminal.backend_mut().writer_mut().clear();
        terminal.draw(|f| f.render_widget(Paragraph::new(text), f.area())).unwrap();
        String::from_utf8(terminal.backend().writer().clone()).unwrap()
    }

    #[test]
    fn an_unchanged_frame_writes_nothing() {
        let mut t = terminal(10, 3);
        assert_eq!(draw(&mut t, "hi"), "\x1b[?2026h\x1b[2J\x1b[Hhi\x1b[?25l\x1b[?2026l");
        assert_eq!(draw(&mut t, "hi"), "");
        assert_eq!(draw(&mut t, "ho"), "\x1b[?2026h\x1b[1;2Ho\x1b[?2026l");
    }

    #[test]
    fn moved_rows_are_scrolled_by_the_terminal() {
        let mut t = terminal(30, 6);
        let words = ["alpha", "bravo", "charlie", "delta", "echo", "foxtrot", "golf"];
        let rows =
            |from: usize| words[from..from + 6].iter().map(|w| format!("{w}: {w} {w}")).collect::<Vec<_>>();
        draw(&mut t, &rows(0).join("\n"));
        let sent = draw(&mut t, &rows(1).join("\n"));
        assert_eq!(sent, "\x1b[?2026h\x1b[S\x1b[6Hgolf: golf golf\x1b[?2026l");
        let sent = draw(&mut t, &rows(0).join("\n"));
        assert_eq!(sent, "\x1b[?2026h\x1b[T\x1b[Halpha: alpha alpha\x1b[?2026l");
    }

    proptest::proptest! {
        /// Any sequence of frames, drawn through the backend into a terminal model, leaves the
        /// model showing the last frame: shifts of any band, by any count, in either direction.
        #[test]
        fn any_frames_end_up_on_screen(
            doc in proptest::collection::vec("[ab ]{0,6}[cd]{0,6}", 20..40),
            steps in proptest::collection::vec((0usize..20, proptest::bool::ANY), 1..12),
        ) {
            let (width, height) = (12u16, 8u16);
            let mut t = terminal(width, height);
            let mut vt = vt100::Parser::new(
                std::num::NonZeroU16::new(height).unwrap(),
                std::num::NonZeroU16::new(width).unwrap(),
                0,
            );
            for (offset, flag) in steps {
                let mut rows = vec![format!("top {offset}")];
                rows.extend(doc.iter().cycle().skip(offset).take(usize::from(height) - 2).cloned());
                rows.push(if flag { "status on".to_string() } else { "status".to_string() });
                vt.process(draw(&mut t, &rows.join("\n")).as_bytes());
                let trimmed = |row: &str| row.trim_end().to_string();
                let shown: Vec<String> = vt.screen().rows(0, width).map(|r| trimmed(&r)).collect();
                let wanted: Vec<String> = rows.iter().map(|r| trimmed(r)).collect();
                proptest::prop_assert_eq!(shown, wanted);
            }
        }
    }

    #[test]
    fn the_cursor_is_shown_where_asked_after_drawing() {
        let mut t = terminal(10, 3);
        let mut frame = |text: &'static str, x: u16| {
            t.backend_mut().writer_mut().clear();
            t.draw(|f| {
                f.render_widget(Paragraph::new(text), f.area());
                f.set_cursor_position((x, 1));
            })
            .unwrap();
            String::from_utf8(t.backend().writer().clone()).unwrap()
        };
        assert_eq!(frame("hi", 2), "\x1b[?2026h\x1b[2J\x1b[Hhi\x1b[B\x1b[?25h\x1b[?2026l");
        assert_eq!(frame("hi", 2), "");
        assert_eq!(frame("hi", 4), "\x1b[?2026h\x1b[2;5H\x1b[?2026l");
        assert_eq!(frame("ho", 4), "\x1b[?2026h\x1b[1;2Ho\x1b[2;5H\x1b[?2026l");
    }

    #[test]
    fn a_resize_clears_and_redraws() {
        let mut t = terminal(10, 3);
        draw(&mut t, "hi");
        t.backend_mut().resize(8, 2);
        assert_eq!(draw(&mut t, "hi"), "\x1b[?2026h\x1b[2J\x1b[Hhi\x1b[?2026l");
    }
}
