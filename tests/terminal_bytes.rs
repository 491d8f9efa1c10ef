//! Bytes on the wire: what the reader writes to the terminal per frame, counted through
//! [`FrameBackend`] on the bundled demo pair, with every byte fed to a terminal emulator model
//! (the `vt100` crate) whose screen must match a full redraw after each key.
//!
//! Byte counts are deterministic, so the budgets are asserted here, in the normal test suite:
//! an unchanged frame writes nothing, every frame is one write inside synchronized-update
//! markers, a synced one-line scroll at 120x40 costs at most 400 bytes (the terminal's scroll
//! region moves the rows), and a one-pane scroll costs no more than the cells that changed.
//! That the screen stays right whatever the keys is tested in `terminal_screen.rs`.
//!
//! [`FrameBackend`]: counterpoint::reader::FrameBackend

#[path = "support/wire.rs"]
mod wire;

use counterpoint::compare::Side;
use counterpoint::config::View;
use counterpoint::keymap::Action;
use ratatui::backend::{Backend, CrosstermBackend};
use ratatui::buffer::Buffer;
use wire::Reader;

const BEGIN_SYNC: &[u8] = b"\x1b[?2026h";
const END_SYNC: &[u8] = b"\x1b[?2026l";

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
