//! Styles of the reader that snapshots cannot see, on ratatui's TestBackend: contrast sentences
//! marked without colour, the selected contrast and its cue words emphasised in both panes,
//! topic terms in their topic's colour (bold in monochrome), search matches highlighted, and
//! control characters shown as placeholders, never sent.

#[path = "support/reader_app.rs"]
mod reader_app;

use counterpoint::article::Article;
use counterpoint::compare::Side;
use counterpoint::contrast::ContrastKind;
use counterpoint::keymap::Action;
use counterpoint::reader::wrap::display_width;
use counterpoint::reader::{App, Palette, Theme};
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use reader_app::{comparison_of, demo_app, find, press, render, screen, text};

/// Rows whose gutter column `x` shows `glyph`.
fn gutter_rows(buffer: &Buffer, x: u16, glyph: &str) -> Vec<u16> {
    (0..buffer.area.height).filter(|&y| buffer[(x, y)].symbol() == glyph).collect()
}

#[test]
fn contrast_sentences_are_marked_without_colour() {
    for palette in [Palette::Indexed, Palette::Mono] {
        let app = demo_app(palette, 80, 24);
        let buffer = render(&app);
        // The right pane starts at column 40 at this size.
        let rows = gutter_rows(&buffer, 40, "▌");
        assert!(!rows.is_empty(), "a contrast sentence is on the first screen\n{}", text(&buffer));
        let y = rows[0];
        let underlined = (42..80).any(|x| {
            buffer[(x, y)].modifier.contains(Modifier::UNDERLINED) && buffer[(x, y)].symbol() != " "
        });
        assert!(underlined, "contrast text is underlined ({palette:?})");
    }
}

#[test]
fn the_selected_contrast_is_emphasised_on_both_sides() {
    let mut app = demo_app(Palette::Indexed, 80, 24);
    press(&mut app, &[Action::NextContrast]);
    let buffer = render(&app);
    let left = gutter_rows(&buffer, 0, "▶");
    let right = gutter_rows(&buffer, 40, "▶");
    // Row 0 holds the focused pane's title marker; the rest are sentence rows.
    assert!(left.iter().any(|&y| y > 2) && right.iter().any(|&y| y > 2), "{}", text(&buffer));
    let y = *left.iter().find(|&&y| y > 2).unwrap();
    let cell = &buffer[(3, y)];
    assert!(cell.modifier.contains(Modifier::BOLD | Modifier::REVERSED), "{cell:?}");
    assert!(text(&buffer).contains("◆ 1/"), "the reason box names the contrast");
}

/// The cue words of the selected contrast stand out inside its (reversed) sentence on both
/// sides: cut out of the reverse, bold and underlined — in colour on a magenta ground, and still
/// visible without colour.
#[test]
fn the_selected_contrasts_cue_words_are_highlighted_in_both_panes() {
    for palette in [Palette::Indexed, Palette::Mono] {
        let mut app = demo_app(palette, 100, 30);
        // The first stance contrast: its cues are words of each sentence.
        let stance = app.comparison.contrasts.iter().position(|c| c.kind == ContrastKind::Stance).unwrap();
        for _ in 0..=stance {
            press(&mut app, &[Action::NextContrast]);
        }
        let buffer = render(&app);
        let c = app.comparison.contrasts[stance].clone();
        for (i, (side, at)) in [(Side::Left, c.left), (Side::Right, c.right)].into_iter().enumerate() {
            let sentence = app.comparison.sentence(side, at).to_string();
            let cue = c.evidence[i].supporting().next().expect("a supporting cue");
            // A cue of several words may wrap across rows: its first word is on a selected one.
            let word = sentence[cue.span.clone()].split_whitespace().next().expect("a cue word");
            let columns = if i == 0 { 2..49 } else { 52..100 };
            let rows = gutter_rows(&buffer, if i == 0 { 0 } else { 50 }, "▶");
            let (x, y) = rows
                .iter()
                .find_map(|&y| find_in_row(&buffer, y, word, columns.clone()).map(|x| (x, y)))
                .unwrap_or_else(|| panic!("{word:?} on a selected row ({palette:?}):\n{}", text(&buffer)));
            let cell = &buffer[(x, y)];
            assert!(
                cell.modifier.contains(Modifier::BOLD | Modifier::UNDERLINED),
                "{palette:?} {word}: {cell:?}"
            );
            assert!(!cell.modifier.contains(Modifier::REVERSED), "{palette:?} {word}: {cell:?}");
            if palette == Palette::Indexed {
                assert_eq!(cell.bg, Color::LightMagenta, "{word}");
            }
            // The rest of the sentence keeps the selected style (on the cue's row, or on the
            // sentence's other rows when the cue ends its row).
            let other = std::iter::once(y)
                .chain(rows.iter().copied())
                .flat_map(|row| (columns.start..columns.end).map(move |x| (x, row)))
                .map(|at| &buffer[at])
                .find(|c| c.symbol() != " " && c.modifier.contains(Modifier::REVERSED));
            assert!(other.is_some(), "the selected sentence stays reversed around the cue");
        }
    }
}

/// The column where `word` starts in row `y`, within `columns`.
fn find_in_row(buffer: &Buffer, y: u16, word: &str, columns: std::ops::Range<u16>) -> Option<u16> {
    let line: String = (columns.start..columns.end).map(|x| buffer[(x, y)].symbol().to_string()).collect();
    let at = line.find(word)?;
    Some(columns.start + display_width(&line[..at]) as u16)
}

#[test]
fn topic_terms_take_their_topic_colour() {
    let app = demo_app(Palette::Indexed, 80, 24);
    let buffer = render(&app);
    // "talks" belongs to negotiations (green in config.toml).
    let (x, y) = find(&buffer, "talks", 2..39).expect("talks on the first screen");
    assert_eq!(buffer[(x, y)].fg, Color::Green);
    // "Students" is a civil_society term (magenta), here in the right pane.
    let (x, y) = find(&buffer, "Students", 42..80).expect("term on the first screen");
    assert_eq!(buffer[(x, y)].fg, Color::Magenta);

    // In monochrome no colour is used at all; terms are bold instead.
    let app = demo_app(Palette::Mono, 80, 24);
    let buffer = render(&app);
    assert!(buffer.content().iter().all(|c| c.fg == Color::Reset && c.bg == Color::Reset));
    let (x, y) = find(&buffer, "talks", 2..39).unwrap();
    assert!(buffer[(x, y)].modifier.contains(Modifier::BOLD));
}

#[test]
fn search_matches_are_highlighted_in_both_panes() {
    let mut app = demo_app(Palette::Indexed, 80, 24);
    app.sync = false;
    app.start_search("muscat");
    let highlighted = |buffer: &Buffer, columns: std::ops::Range<u16>| {
        buffer.content().iter().enumerate().any(|(i, c)| {
            let x = (i % 80) as u16;
            columns.contains(&x) && (c.bg == Color::Yellow || c.bg == Color::LightRed)
        })
    };
    let buffer = render(&app);
    assert!(highlighted(&buffer, 0..39), "{}", text(&buffer));
    // n goes on through the left article's matches, then to the right one's, focus following.
    let left_matches = app.search.as_ref().unwrap().on(counterpoint::compare::Side::Left).len();
    press(&mut app, &vec![Action::SearchNext; left_matches]);
    assert_eq!(app.focus, counterpoint::compare::Side::Right);
    let buffer = render(&app);
    assert!(highlighted(&buffer, 40..80), "{}", text(&buffer));
}

#[test]
fn control_characters_are_shown_not_sent() {
    let left = Article::parse(
        "evil.md",
        "Title: Bad \u{1b}]0;pwned\u{7}title\n\nThe talks \u{1b}[2J went\tfine \u{202e}olleh.\n",
    );
    let right = Article::parse("b.md", "Title: B\n\nThe talks failed.\n");
    let (config, comparison) = comparison_of(left, right);
    let mut app = App::new(config, comparison, None, Theme::new(Palette::Mono));
    app.resize(80, 12);
    let shown = screen(&app);
    assert!(shown.contains("^[]0;pwned^Gtitle"), "{shown}");
    assert!(shown.contains("^[[2J") && shown.contains("<U+202E>"), "{shown}");
    assert!(!shown.contains('\u{1b}') && !shown.contains('\u{202e}'));
}
