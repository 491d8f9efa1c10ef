//! Bytes on the wire: what the reader writes to the terminal per frame, counted through
//! [`FrameBackend`] on the bundled demo pair, and checked for correctness by feeding every byte
//! to a terminal emulator model (the `vt100` crate) whose screen must match a full redraw.
//!
//! Byte counts are deterministic, so the budgets are asserted here, in the normal test suite:
//! an unchanged frame writes nothing, every frame is one write inside synchronized-update
//! markers, a synced one-line scroll at 120x40 costs at most 400 bytes (the terminal's scroll
//! region moves the rows), and a one-pane scroll costs no more than the cells that changed.

use counterpoint::article::Article;
use counterpoint::bundled::bundled;
use counterpoint::compare::{compare, Side};
use counterpoint::config::{Config, View};
use counterpoint::keymap::Action;
use counterpoint::reader::{draw, App, Effect, FrameBackend, Input, Palette, Theme};
use counterpoint::topics::TopicMap;
use proptest::prelude::*;
use ratatui::backend::{Backend, CrosstermBackend, TestBackend};
use ratatui::buffer::Buffer;
use ratatui::layout::Size;
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;
use std::io::{self, Write};
use unicode_width::UnicodeWidthStr;

const LEFT: &str = "articles/diplomacy-helps-civil-society.md";
const RIGHT: &str = "articles/talks-lifeline-for-regime.md";
const BEGIN_SYNC: &[u8] = b"\x1b[?2026h";
const END_SYNC: &[u8] = b"\x1b[?2026l";

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
struct Sent {
    bytes: Vec<u8>,
    writes: usize,
}

impl Sent {
    fn len(&self) -> usize {
        self.bytes.len()
    }
}

/// The reader on a counting backend, with a terminal model fed everything it writes.
struct Reader {
    app: App,
    terminal: Terminal<FrameBackend<Wire>>,
    vt: vt100::Parser,
}

impl Reader {
    /// The reader on the bundled demo pair.
    fn new(width: u16, height: u16, scroll_regions: bool) -> Reader {
        let article = |path: &str| Article::parse(path, bundled(path).unwrap());
        Reader::with_pair(article(LEFT), article(RIGHT), width, height, scroll_regions)
    }

    fn with_pair(left: Article, right: Article, width: u16, height: u16, scroll_regions: bool) -> Reader {
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
    fn draw(&mut self) -> Sent {
        let app = &self.app;
        self.terminal.draw(|frame| draw(frame, app)).unwrap();
        let wire = self.terminal.backend_mut().writer_mut();
        let sent = Sent { bytes: std::mem::take(&mut wire.bytes), writes: std::mem::take(&mut wire.writes) };
        self.vt.process(&sent.bytes);
        sent
    }

    /// Does what the event loop does with an input: handle it, then draw (always, even when
    /// the app says nothing changed, so that such frames are measured too).
    fn input(&mut self, input: Input) -> Sent {
        if let Input::Resize(width, height) = input {
            self.terminal.backend_mut().resize(width, height);
            self.vt.screen_mut().set_size(nonzero(height), nonzero(width));
        }
        let effect = self.app.handle(input);
        assert!(!matches!(effect, Effect::Quit | Effect::Open(_)), "unexpected {effect:?}");
        self.draw()
    }

    fn press(&mut self, action: Action) -> Sent {
        self.input(Input::Action(action))
    }

    /// A full redraw of the current state.
    fn expected(&self) -> Buffer {
        let area = self.app.area;
        let mut terminal = Terminal::new(TestBackend::new(area.width, area.height)).unwrap();
        terminal.draw(|frame| draw(frame, &self.app)).unwrap();
        terminal.backend().buffer().clone()
    }

    /// The terminal model shows exactly what a full redraw would: text, colours, attributes.
    fn assert_screen(&self, context: &str) {
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
fn compare_screen(screen: &vt100::Screen, expected: &Buffer) -> Result<(), String> {
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

#[test]
fn the_first_frame_matches_a_full_redraw() {
    for (width, height) in [(120, 40), (80, 24), (200, 60), (30, 8)] {
        let reader = Reader::new(width, height, true);
        reader.assert_screen(&format!("{width}x{height}"));
    }
}

#[test]
fn an_unchanged_frame_writes_nothing() {
    let mut reader = Reader::new(120, 40, true);
    assert_eq!(reader.draw().len(), 0, "a redraw of the same state");
    reader.press(Action::Bottom);
    let sent = reader.press(Action::ScrollDown);
    assert!(sent.len() <= 32, "j at the bottom wrote {} bytes", sent.len());
    reader.press(Action::Top);
    let sent = reader.press(Action::ScrollUp);
    assert!(sent.len() <= 32, "k at the top wrote {} bytes", sent.len());
    reader.assert_screen("after j at the bottom and k at the top");
}

#[test]
fn every_frame_is_one_write_inside_synchronized_update_markers() {
    let mut reader = Reader::new(120, 40, true);
    let keys = [
        Action::ScrollDown,
        Action::HalfPageDown,
        Action::FocusNext,
        Action::ToggleView,
        Action::ScrollDown,
        Action::NextContrast,
        Action::Help,
    ];
    for action in keys {
        let sent = reader.press(action);
        assert_eq!(sent.writes, 1, "{action:?}: one write per frame");
        assert!(sent.bytes.starts_with(BEGIN_SYNC) && sent.bytes.ends_with(END_SYNC), "{action:?}");
        let inner = &sent.bytes[BEGIN_SYNC.len()..sent.len() - END_SYNC.len()];
        assert!(!inner.windows(BEGIN_SYNC.len()).any(|w| w == BEGIN_SYNC || w == END_SYNC), "{action:?}");
        assert!(!inner.contains(&b'\n'), "{action:?}: no newline, so a line-buffered stdout writes once");
    }
}

/// Bytes per key, and that the screen stays right after each.
fn costs(reader: &mut Reader, keys: &[Action]) -> Vec<usize> {
    keys.iter()
        .map(|&action| {
            let sent = reader.press(action);
            reader.assert_screen(&format!("after {action:?}"));
            sent.len()
        })
        .collect()
}

#[test]
fn a_synced_one_line_scroll_costs_one_row_in_the_aligned_view() {
    for (width, height, budget) in [(120, 40, 400), (80, 24, 300)] {
        let mut reader = Reader::new(width, height, true);
        reader.press(Action::ToggleView);
        assert_eq!(reader.app.view, View::Aligned);
        let down = costs(&mut reader, &[Action::ScrollDown; 12]);
        let up = costs(&mut reader, &[Action::ScrollUp; 6]);
        for (i, bytes) in down.iter().chain(&up).enumerate() {
            assert!(
                *bytes <= budget,
                "{width}x{height} aligned scroll {i}: {bytes} bytes > {budget}: {down:?} {up:?}"
            );
        }
    }
}

/// The backend's side of a synced Read-view scroll, apart from the sync rule: with sync off,
/// each pane scrolled by one in the same frame costs what the Aligned view's `j` does.
#[test]
fn both_read_panes_moving_one_row_cost_one_row() {
    let mut reader = Reader::new(120, 40, true);
    reader.press(Action::ToggleSync);
    assert!(reader.app.view == View::Read && !reader.app.sync);
    let mut costs = Vec::new();
    for delta in [1, 1, 1, 1, 1, 1, -1, -1, -1] {
        reader.app.scroll_pane(Side::Left, delta);
        reader.app.scroll_pane(Side::Right, delta);
        costs.push(reader.draw().len());
        reader.assert_screen("both Read panes scrolled");
    }
    assert!(costs.iter().all(|&bytes| bytes <= 400), "{costs:?}");
}

/// How far the rows of a pane's text moved between two frames: 1 when they went up a row (a
/// scroll down), -1 down a row, 0 unchanged, `None` for anything else. Symbols only.
fn pane_shift(
    before: &Buffer,
    after: &Buffer,
    columns: std::ops::Range<u16>,
    rows: std::ops::Range<u16>,
) -> Option<isize> {
    let row =
        |buffer: &Buffer, y: u16| -> String { columns.clone().map(|x| buffer[(x, y)].symbol()).collect() };
    let (first, end) = (rows.start, rows.end);
    let shifted = |k: isize| {
        (first..end).all(|y| {
            let from = y as isize + k;
            !(first as isize..end as isize).contains(&from) || row(after, y) == row(before, from as u16)
        })
    };
    [0, 1, -1].into_iter().find(|&k| shifted(k))
}

/// With sync on (the default), `j` and `k` in the Read view move the other pane along the sync
/// path: by a row with the focused pane while it keeps within a quarter screen of the path, or
/// not at all while the focused pane reads through a stretch longer than the other's (never
/// back, never by a jump); a frame that moves both costs what the Aligned view's `j` does.
/// Measured on the demo pair: 23 of 36 presses move both at 120x40 (100-210 bytes; a waiting
/// frame redraws the focused pane, about 2,250), 18 of 36 at 80x24 (100-170; waiting, ~880).
/// Following the path exactly moved both on 10 and 8 presses.
#[test]
fn a_synced_read_view_scroll_moves_the_other_pane_one_row_or_not_at_all() {
    for (width, height, budget, at_least) in [(120, 40, 400, 20), (80, 24, 300, 16)] {
        let mut reader = Reader::new(width, height, true);
        assert!(reader.app.view == View::Read && reader.app.sync);
        let split = (0..width).find(|&x| reader.expected()[(x, 10)].symbol() == "│").expect("a separator");
        // Below the three header rows, above the status bar (no contrast is selected).
        let rows = 3..height - 1;
        let keys: Vec<Action> = [Action::ScrollDown; 30].into_iter().chain([Action::ScrollUp; 6]).collect();
        let (mut both, mut others) = (Vec::new(), Vec::new());
        for (i, &action) in keys.iter().enumerate() {
            let before = reader.expected();
            let sent = reader.press(action);
            let after = reader.expected();
            reader.assert_screen(&format!("{width}x{height} press {i} ({action:?})"));
            let left = pane_shift(&before, &after, 0..split, rows.clone());
            let right = pane_shift(&before, &after, split + 1..width, rows.clone());
            let step = if action == Action::ScrollDown { 1 } else { -1 };
            assert_eq!(left, Some(step), "{width}x{height} press {i}: the focused pane moves one row");
            match right {
                Some(shift) if shift == step => both.push(sent.len()),
                Some(0) => others.push(sent.len()),
                other => panic!("{width}x{height} press {i}: the other pane moved {other:?}"),
            }
        }
        assert!(both.iter().all(|&bytes| bytes <= budget), "{width}x{height}: {both:?}");
        assert!(
            both.len() >= at_least,
            "{width}x{height}: {} of {} presses moved both panes one row ({both:?}), the other pane \
             waited in the rest ({others:?})",
            both.len(),
            keys.len(),
        );
    }
}

#[test]
fn scroll_regions_cut_a_synced_scroll_many_times_over() {
    let plain: Vec<usize> = {
        let mut reader = Reader::new(120, 40, false);
        reader.press(Action::ToggleView);
        costs(&mut reader, &[Action::ScrollDown; 5])
    };
    let scrolled: Vec<usize> = {
        let mut reader = Reader::new(120, 40, true);
        reader.press(Action::ToggleView);
        costs(&mut reader, &[Action::ScrollDown; 5])
    };
    let (plain, scrolled): (usize, usize) = (plain.iter().sum(), scrolled.iter().sum());
    assert!(scrolled * 5 < plain, "with scroll regions {scrolled} bytes, without {plain}");
}

/// What ratatui's stock crossterm backend writes for the cells that differ between two frames
/// inside `columns`: the bytes of that pane's changed cells, with the escapes they need.
fn changed_cell_bytes(before: &Buffer, after: &Buffer, columns: std::ops::Range<u16>) -> usize {
    let mut out = Vec::new();
    let changes = before.diff(after).into_iter().filter(|(x, _, _)| columns.contains(x));
    CrosstermBackend::new(&mut out).draw(changes).unwrap();
    out.len()
}

#[test]
fn a_one_pane_scroll_costs_no_more_than_that_panes_changed_cells() {
    let mut reader = Reader::new(120, 40, true);
    reader.press(Action::ToggleSync);
    assert!(!reader.app.sync);
    let split = (0..120).find(|&x| reader.expected()[(x, 10)].symbol() == "│").expect("a separator");
    for (focus, columns) in [(false, 0..split), (true, split + 1..120)] {
        if focus {
            reader.press(Action::FocusNext);
        }
        for _ in 0..6 {
            let before = reader.expected();
            let sent = reader.press(Action::ScrollDown);
            let after = reader.expected();
            reader.assert_screen("one-pane scroll");
            let pane = changed_cell_bytes(&before, &after, columns.clone());
            assert!(pane > 0, "the focused pane moved");
            assert!(
                sent.len() <= pane,
                "one-pane scroll wrote {} bytes; the pane's changed cells {pane}",
                sent.len()
            );
        }
    }
}

#[test]
fn scripted_keys_keep_the_screen_right_in_both_views() {
    use Action::*;
    let script = [
        ScrollDown,
        ScrollDown,
        HalfPageDown,
        ScrollUp,
        FocusNext,
        ScrollDown,
        NextContrast,
        NextContrast,
        Bottom,
        ScrollUp,
        Top,
        ToggleView,
        ScrollDown,
        ScrollDown,
        HalfPageDown,
        NextContrast,
        ScrollUp,
        Bottom,
        ScrollUp,
        Top,
        FocusNext,
        HalfPageUp,
        ToggleSync,
        ToggleView,
        ScrollDown,
        PageDown,
        PageUp,
        SwapSides,
        ScrollDown,
        WidenLeft,
        ScrollDown,
        Help,
        ScrollDown,
    ];
    for (width, height) in [(120, 40), (80, 24)] {
        for scroll_regions in [true, false] {
            let mut reader = Reader::new(width, height, scroll_regions);
            for (i, &action) in script.iter().enumerate() {
                reader.press(action);
                reader.assert_screen(&format!("{width}x{height} step {i} ({action:?})"));
            }
            reader.input(Input::Cancel);
            reader.assert_screen("after closing help");
        }
    }
}

#[test]
fn a_resize_redraws_everything_right() {
    let mut reader = Reader::new(120, 40, true);
    reader.press(Action::ToggleView);
    reader.press(Action::ScrollDown);
    for (width, height) in [(80, 24), (100, 30), (120, 40)] {
        reader.input(Input::Resize(width, height));
        reader.assert_screen(&format!("after a resize to {width}x{height}"));
        reader.press(Action::ScrollDown);
        reader.assert_screen(&format!("a scroll at {width}x{height}"));
    }
}

fn input() -> impl Strategy<Value = Input> {
    use Action::*;
    let action = prop::sample::select(vec![
        ScrollDown,
        ScrollDown,
        ScrollDown,
        ScrollUp,
        ScrollUp,
        HalfPageDown,
        HalfPageUp,
        PageDown,
        Top,
        Bottom,
        ToggleView,
        FocusNext,
        NextContrast,
        PrevContrast,
        ToggleSync,
        CycleTopic,
        NextTopicPassage,
        SwapSides,
        NarrowLeft,
        Help,
    ]);
    prop_oneof![
        12 => action.prop_map(Input::Action),
        1 => Just(Input::Cancel),
        1 => prop::sample::select(vec![(80, 24), (120, 40), (100, 30)])
            .prop_map(|(width, height)| Input::Resize(width, height)),
    ]
}

/// A pair with wide (CJK, emoji) and combined characters, on topics of the default map.
fn wide_pair() -> (Article, Article) {
    let left = "# 制裁と対話 — sanctions and talks\n\n\
        The talks in Muscat 🙂 went on. 日本語の記事では、制裁 (sanctions) が\
        市民を苦しめていると書かれている。\n\n\
        Critics say the sanctions work; café owners in Tehran disagree. Inflation is high.\n\n\
        交渉は続いている。The nuclear deal was not perfect, but it worked — 협상은 계속된다.\n\n\
        Human rights groups say diplomacy helps civil society and the talks must go on.\n";
    let right = "# Talks are a lifeline — 命綱\n\n\
        Sanctions worked: the rial collapsed 📉 and the regime came to the table. 制裁は効いた。\n\n\
        The talks throw the regime a lifeline; 対話は体制を救う. Diplomacy betrays dissidents.\n\n\
        The nuclear deal failed. Enrichment went on — ウラン濃縮は続いた — despite the deal.\n\n\
        Human rights activists 🙏 ask Washington to walk away from the talks.\n";
    let many = |text: &str| text.repeat(4);
    (Article::parse("left.md", &many(left)), Article::parse("right.md", &many(right)))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]

    /// Whatever the keys, the terminal ends up showing what a full redraw shows.
    #[test]
    fn random_keys_keep_the_screen_right(
        inputs in prop::collection::vec(input(), 1..40),
        small in any::<bool>(),
        wide in any::<bool>(),
    ) {
        let (width, height) = if small { (80, 24) } else { (120, 40) };
        let mut reader = if wide {
            let (left, right) = wide_pair();
            Reader::with_pair(left, right, width, height, true)
        } else {
            Reader::new(width, height, true)
        };
        for (i, &input) in inputs.iter().enumerate() {
            reader.input(input);
            if let Err(diff) = compare_screen(reader.vt.screen(), &reader.expected()) {
                prop_assert!(false, "step {} ({:?}) of {:?}: {}", i, input, inputs, diff);
            }
        }
    }
}

#[test]
fn wide_characters_scroll_right() {
    let (left, right) = wide_pair();
    let mut reader = Reader::with_pair(left, right, 80, 24, true);
    reader.assert_screen("first frame");
    reader.press(Action::ToggleView);
    for action in [Action::ScrollDown; 10].into_iter().chain([Action::ScrollUp; 4]) {
        reader.press(action);
        reader.assert_screen(&format!("after {action:?}"));
    }
}

/// Prints bytes per key with and without scroll regions, checking the screen after each, for
/// BENCHMARKS.md: `cargo test --test terminal_bytes bytes_per_key -- --nocapture`.
#[test]
fn bytes_per_key() {
    use Action::*;
    let keys = [
        ScrollDown,
        ScrollDown,
        ScrollDown,
        ScrollUp,
        FocusNext,
        ScrollDown,
        ToggleView,
        ScrollDown,
        ScrollDown,
        HalfPageDown,
        Help,
    ];
    for (width, height) in [(120, 40), (80, 24)] {
        for scroll_regions in [true, false] {
            let mut reader = Reader::new(width, height, scroll_regions);
            let costs = costs(&mut reader, &keys);
            let line: Vec<String> =
                keys.iter().zip(costs).map(|(k, bytes)| format!("{k:?} {bytes}")).collect();
            eprintln!("{width}x{height}, scroll regions {scroll_regions}: {}", line.join(", "));
        }
    }
}
