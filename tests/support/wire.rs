//! What the bytes-on-the-wire tests share: the reader on [`FrameBackend`] over a writer that
//! keeps and counts what each frame sent, with a terminal emulator model (the `vt100` crate) fed
//! every byte, and the cell-by-cell comparison of that model's screen with a full redraw.
//!
//! Include it from a test crate with `#[path = "support/wire.rs"] mod wire;`. Each terminal test
//! file uses a part of it.
#![allow(dead_code)]

use counterpoint::article::Article;
use counterpoint::bundled::bundled;
use counterpoint::compare::compare;
use counterpoint::config::Config;
use counterpoint::keymap::Action;
use counterpoint::reader::{draw, App, Effect, FrameBackend, Input, Palette, Theme};
use counterpoint::topics::TopicMap;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::layout::Size;
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

const LEFT: &str = "articles/diplomacy-helps-civil-society.md";
const RIGHT: &str = "articles/talks-lifeline-for-regime.md";

/// A writer that keeps what it was given and counts the calls.
#[derive(Default)]
struct Wire {
    bytes: Vec<u8>,
    writes: usize,
}

impl Write for Wire {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        self.writes += 1;
        self.bytes.extend_from_slice(bytes);
        Ok(bytes.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// What one frame sent.
pub struct Sent {
    pub bytes: Vec<u8>,
    pub writes: usize,
}

impl Sent {
    pub fn len(&self) -> usize {
        self.bytes.len()
    }
}

/// The reader on a counting backend, with a terminal model fed everything it writes.
pub struct Reader {
    pub app: App,
    terminal: Terminal<FrameBackend<Wire>>,
    pub vt: vt100::Parser,
}

impl Reader {
    /// The reader on the bundled demo pair.
    pub fn new(width: u16, height: u16, scroll_regions: bool) -> Reader {
        let article = |path: &str| Article::parse(path, bundled(path).unwrap());
        Reader::with_pair(article(LEFT), article(RIGHT), width, height, scroll_regions)
    }

    pub fn with_pair(left: Article, right: Article, width: u16, height: u16, scroll_regions: bool) -> Reader {
        let config = Config::default_config();
        let map = TopicMap::new(&config).unwrap();
        let comparison = compare(left, right, &map, &config.analysis);
        let mut app = App::new(config, comparison, None, Theme::new(Palette::Indexed));
        app.resize(width, height);
        let backend =
            FrameBackend::new(Wire::default(), Size { width, height }).with_scroll_regions(scroll_regions);
        let mut reader = Reader {
            app,
            terminal: Terminal::new(backend).unwrap(),
            vt: vt100::Parser::new(nonzero(height), nonzero(width), 0),
        };
        reader.draw();
        reader
    }

    /// Draws a frame, feeds what it sent to the terminal model and returns it.
    pub fn draw(&mut self) -> Sent {
        let app = &self.app;
        self.terminal.draw(|frame| draw(frame, app)).unwrap();
        let wire = self.terminal.backend_mut().writer_mut();
        let sent = Sent { bytes: std::mem::take(&mut wire.bytes), writes: std::mem::take(&mut wire.writes) };
        self.vt.process(&sent.bytes);
        sent
    }

    /// Does what the event loop does with an input: handle it, then draw (always, even when
    /// the app says nothing changed, so that such frames are measured too).
    pub fn input(&mut self, input: Input) -> Sent {
        if let Input::Resize(width, height) = input {
            self.terminal.backend_mut().resize(width, height);
            self.vt.screen_mut().set_size(nonzero(height), nonzero(width));
        }
        let effect = self.app.handle(input);
        assert!(!matches!(effect, Effect::Quit | Effect::Open(_)), "unexpected {effect:?}");
        self.draw()
    }

    pub fn press(&mut self, action: Action) -> Sent {
        self.input(Input::Action(action))
    }

    /// A full redraw of the current state.
    pub fn expected(&self) -> Buffer {
        let area = self.app.area;
        let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
        terminal.draw(|frame| draw(frame, &self.app)).unwrap();
        terminal.backend().buffer().clone()
    }

    /// The terminal model shows exactly what a full redraw would: text, colours, attributes.
    pub fn assert_screen(&self, context: &str) {
        if let Err(diff) = compare_screen(self.vt.screen(), &self.expected()) {
            panic!("{context}: the screen differs from a full redraw: {diff}");
        }
    }
}

fn nonzero(n: u16) -> std::num::NonZeroU16 {
    std::num::NonZeroU16::new(n).expect("a terminal has at least one row and column")
}

fn vt_color(color: Color) -> vt100::Color {
    match color {
        Color::Reset => vt100::Color::Default,
        Color::Indexed(i) => vt100::Color::Idx(i),
        Color::Rgb(r, g, b) => vt100::Color::Rgb(r, g, b),
        named => {
            let names = counterpoint::reader::view::theme::ANSI_COLORS;
            vt100::Color::Idx(names.iter().position(|&c| c == named).unwrap() as u8)
        }
    }
}

/// Compares a terminal model's screen with a buffer cell by cell. A blank cell is compared by
/// what shows on a blank (background, reverse, underline), a printed one by everything vt100
/// models.
pub fn compare_screen(screen: &vt100::Screen, expected: &Buffer) -> Result<(), String> {
    let area = expected.area;
    for y in area.top()..area.bottom() {
        let mut x = area.left();
        while x < area.right() {
            let want = &expected[(x, y)];
            let got = screen.cell(y, x).ok_or(format!("no cell at {x},{y}"))?;
            let symbol = if got.contents().is_empty() { " " } else { got.contents() };
            let reverse = want.modifier.contains(Modifier::REVERSED);
            let underline = want.modifier.contains(Modifier::UNDERLINED);
            let mut same = symbol == want.symbol()
                && got.bgcolor() == vt_color(want.bg)
                && got.inverse() == reverse
                && got.underline() == underline;
            if want.symbol() != " " {
                // vt100 keeps one intensity: of bold and dim together it shows the last set.
                let (bold, dim) =
                    (want.modifier.contains(Modifier::BOLD), want.modifier.contains(Modifier::DIM));
                let intensity = if bold && dim {
                    got.bold() != got.dim()
                } else {
                    got.bold() == bold && got.dim() == dim
                };
                same &= got.fgcolor() == vt_color(want.fg)
                    && intensity
                    && got.italic() == want.modifier.contains(Modifier::ITALIC);
            }
            if !same {
                let row: String =
                    (0..area.width).filter_map(|c| screen.cell(y, c)).map(|c| c.contents()).collect();
                return Err(format!(
                    "at column {x}, row {y}: want {want:?}, got {:?} fg {:?} bg {:?} bold {} dim {} \
                     italic {} underline {} inverse {}\nthe row shows: {row}",
                    got.contents(),
                    got.fgcolor(),
                    got.bgcolor(),
                    got.bold(),
                    got.dim(),
                    got.italic(),
                    got.underline(),
                    got.inverse(),
                ));
            }
            x += want.symbol().width().max(1) as u16;
        }
    }
    Ok(())
}
