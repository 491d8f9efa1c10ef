//! The bookmarks panel on ratatui's TestBackend, at the usual 80x24 and at a narrow 40x10:
//! its columns line up whatever the passage numbers, and its empty-state note is read whole.
//!
//! Snapshots as in reader_ui.rs: re-accept on purpose with
//! `INSTA_UPDATE=always cargo test --test reader_bookmarks` and review the diff.

#[path = "support/reader_app.rs"]
mod reader_app;

use counterpoint::keymap::Action;
use counterpoint::reader::wrap::display_width;
use counterpoint::reader::{App, Palette};
use counterpoint::state::Bookmark;
use reader_app::{demo_app, press, screen};

/// Three bookmarks whose passage numbers have one and two digits (¶4 ↔ ¶5, ¶12 ↔ ¶8, …).
/// They are made at 80x24, where a page moves far enough to reach them, and shown at the size
/// asked for.
fn bookmarked(width: u16, height: u16) -> App {
    let mut app = demo_app(Palette::Indexed, 80, 24);
    let page = Action::PageDown;
    press(&mut app, &[Action::ToggleView, Action::Bookmark, page, page, Action::Bookmark, page, page]);
    press(&mut app, &[page, page, Action::Bookmark]);
    app.resize(width, height);
    press(&mut app, &[Action::Bookmarks]);
    app
}

/// The display columns where the panel's rows put "↔" and where their excerpts start.
fn columns(shown: &str) -> Vec<(usize, usize)> {
    // Spaces are one column wide: counting bytes of them is counting columns.
    let spaces = |s: &str| s.len() - s.trim_start().len();
    shown
        .lines()
        // The panel's rows, not the status bar's "bookmarked ¶4 ↔ ¶5".
        .filter(|l| l.trim_start().starts_with('│') && l.contains('↔'))
        .map(|l| {
            let (before, after) = l.split_once('↔').unwrap();
            let arrow = display_width(before);
            // After the arrow: spaces, the right place ("¶8", "—"), then the gap.
            let rest = after.trim_start();
            let place = rest.split(' ').next().unwrap();
            let excerpt = arrow + 1 + spaces(after) + display_width(place) + spaces(&rest[place.len()..]);
            (arrow, excerpt)
        })
        .collect()
}

#[test]
fn bookmark_columns_line_up_whatever_the_passage_numbers() {
    for (width, height) in [(80, 24), (40, 10)] {
        let app = bookmarked(width, height);
        assert!(app.bookmarks.len() >= 3, "{:?}", app.bookmarks);
        let widths: Vec<usize> = app.bookmarks.iter().map(|b| b.label.find('↔').unwrap()).collect();
        assert!(widths.iter().any(|&w| w != widths[0]), "the places differ in width: {:?}", app.bookmarks);
        let shown = screen(&app);
        let cols = columns(&shown);
        assert_eq!(cols.len(), app.bookmarks.len().min(usize::from(height) - 4), "{shown}");
        assert!(cols.iter().all(|&c| c == cols[0]), "{width}x{height}: columns {cols:?}\n{shown}");
    }
    insta::assert_snapshot!("bookmarks_80x24", screen(&bookmarked(80, 24)));
    insta::assert_snapshot!("bookmarks_40x10", screen(&bookmarked(40, 10)));
}

/// A bookmark of a passage only one side discusses shows "—" for the other side, in the same
/// columns; a label that is not in the form the reader writes (a state file edited by hand)
/// is shown as it is rather than cut.
#[test]
fn a_one_sided_bookmark_keeps_the_columns_and_a_foreign_label_is_shown_whole() {
    let mut app = demo_app(Palette::Indexed, 80, 24);
    let mark = |left: Option<usize>, right: Option<usize>, label: &str| Bookmark {
        topic: Some("jcpoa".to_string()),
        left,
        right,
        label: label.to_string(),
    };
    app.bookmarks = vec![
        mark(Some(11), Some(7), "¶12 ↔ ¶8  Not everyone wants the talks to succeed."),
        mark(Some(2), None, "¶3 ↔ —  When the envoy opened talks in Muscat."),
        mark(Some(0), Some(0), "my own note"),
    ];
    press(&mut app, &[Action::Bookmarks]);
    let shown = screen(&app);
    let cols = columns(&shown);
    assert_eq!(cols.len(), 3, "{shown}");
    assert!(cols.iter().all(|&c| c == cols[0]), "columns {cols:?}\n{shown}");
    assert!(shown.contains("When the envoy opened talks in Muscat."), "{shown}");
    assert!(shown.contains("my own note"), "{shown}");
}

/// The note of an empty list is read whole at any width: wrapped inside the panel, never cut.
#[test]
fn the_empty_bookmarks_note_is_whole_at_40_columns() {
    for (width, height) in [(80, 24), (40, 10)] {
        let mut app = demo_app(Palette::Indexed, width, height);
        press(&mut app, &[Action::Bookmarks]);
        let shown = screen(&app);
        // The rows between the panel's top and bottom borders, inside its sides.
        let inside: Vec<&str> = shown
            .lines()
            .skip_while(|l| !l.contains("┌ Bookmarks"))
            .skip(1)
            .take_while(|l| !l.contains('└'))
            .map(|l| l.split('│').nth(1).unwrap().trim())
            .collect();
        let note = inside.join(" ");
        assert_eq!(note, "No bookmarks yet: m marks the passages at the top.", "{width}x{height}:\n{shown}");
        // Set in from the border like the rows of a list.
        assert!(shown.lines().any(|l| l.contains("│ No bookmarks yet")), "{shown}");
    }
    let mut app = demo_app(Palette::Indexed, 40, 10);
    press(&mut app, &[Action::Bookmarks]);
    insta::assert_snapshot!("empty_bookmarks_40x10", screen(&app));
}
