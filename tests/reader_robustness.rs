//! The reader under conditions it must survive, on ratatui's TestBackend: tiny screens, empty
//! articles, arbitrary text (property tests: wrapped text never gets wider than its pane, and
//! never spills over the separator), and a state file that is corrupt or cannot be written.

#[path = "support/reader_app.rs"]
mod reader_app;

use counterpoint::article::Article;
use counterpoint::keymap::Action;
use counterpoint::reader::wrap::{display_width, wrap, VisText};
use counterpoint::reader::{App, Input, Palette, Theme};
use proptest::prelude::*;
use reader_app::{comparison_of, demo_app, press, render, screen, text};
use unicode_width::UnicodeWidthStr;

#[test]
fn tiny_screens_do_not_panic() {
    for (w, h) in [(1, 1), (10, 3), (20, 5), (40, 12), (3, 30), (200, 2)] {
        let mut app = demo_app(Palette::Indexed, w, h);
        for action in [Action::NextContrast, Action::ToggleView, Action::PageDown, Action::Help] {
            app.update(action);
            render(&app);
        }
        app.handle(Input::Resize(w + 1, h + 1));
        app.update(Action::Quit);
        app.update(Action::ToggleContrasts);
        render(&app);
    }
}

#[test]
fn empty_articles_are_shown_without_panicking() {
    let (config, comparison) = comparison_of(Article::parse("a.txt", ""), Article::parse("b.txt", "\n\n"));
    let mut app = App::new(config, comparison, None, Theme::new(Palette::Indexed));
    app.resize(60, 16);
    for action in Action::ALL {
        if action == Action::Quit {
            continue;
        }
        app.update(action);
        render(&app);
        app.handle(Input::Cancel);
        render(&app);
    }
    app.start_search("x");
    render(&app);
}

fn article_text() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        "[a-z]{1,12}",
        "[A-Z][a-z]{0,8}[.,;]?",
        Just("日本語".to_string()),
        Just("talks".to_string()),
        Just("sanctions".to_string()),
        Just("\t".to_string()),
        Just("\u{1b}[31m".to_string()),
        Just("\u{202e}".to_string()),
        Just("supercalifragilisticexpialidocious".to_string()),
        Just("e\u{301}".to_string()),
        Just("👩‍🔬".to_string()),
        Just("hard-won".to_string()),
    ];
    prop::collection::vec(word, 1..60).prop_map(|words| words.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 64, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn wrapped_lines_fit_their_width(text in article_text(), width in 1usize..70) {
        let vis = VisText::new(&text);
        for range in wrap(&vis.text, width) {
            let line = &vis.text[range];
            prop_assert!(display_width(line) <= width, "{line:?} at {width}");
            prop_assert!(UnicodeWidthStr::width(line) <= width, "{line:?} at {width}");
        }
    }

    #[test]
    fn rendered_text_stays_inside_its_pane(
        left in article_text(),
        right in article_text(),
        width in 8u16..130,
        height in 4u16..40,
        percent in 20u16..80,
    ) {
        let (config, comparison) = comparison_of(
            Article::parse("l.md", &format!("Title: L\n\n{left}\n\n{right}\n")),
            Article::parse("r.md", &format!("Title: R\n\n{right}\n")),
        );
        let mut app = App::new(config, comparison, None, Theme::new(Palette::Mono));
        app.resize(width, height);
        app.left_percent = percent;
        for view in 0..2 {
            let buffer = render(&app);
            // The separator column is intact on every pane row: nothing spilled over it.
            let separator = (0..width).find(|&x| buffer[(x, height - 2)].symbol() == "│");
            if let Some(x) = separator {
                let rows = text(&buffer);
                for (y, row) in rows.lines().enumerate().take(usize::from(height - 1)) {
                    // Aligned topic headers run across both panes on purpose.
                    if row.starts_with("──") {
                        continue;
                    }
                    let symbol = buffer[(x, y as u16)].symbol();
                    prop_assert!(symbol == "│", "row {y}: {symbol:?}\n{rows}");
                }
            }
            if view == 0 {
                app.update(Action::ToggleView);
            }
        }
    }
}

#[test]
fn a_corrupt_state_file_still_opens_with_a_warning() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = demo_app(Palette::Indexed, 80, 24);
    std::fs::write(dir.path().join(format!("pair-{}.json", app.pair_key())), "\u{0}garbage").unwrap();
    app.store = Some(counterpoint::state::StateStore::at(dir.path()));
    counterpoint::reader::load_state(&mut app);
    let shown = screen(&app);
    assert!(shown.lines().last().unwrap().contains("warning"), "{shown}");
    assert!(dir.path().join(format!("pair-{}.json.corrupt", app.pair_key())).exists());
    // And the reader goes on: the next save writes a good file.
    press(&mut app, &[Action::PageDown]);
    counterpoint::reader::save_state(&mut app);
    assert_eq!(app.save_error, None);
}

#[test]
fn an_unwritable_state_dir_is_shown_not_fatal() {
    let dir = tempfile::tempdir().unwrap();
    // A path whose parent is a regular file: no permission bits can make that writable,
    // so the test holds when run as root too.
    let file = dir.path().join("not-a-dir");
    std::fs::write(&file, "").unwrap();
    let mut app = demo_app(Palette::Indexed, 80, 24);
    app.store = Some(counterpoint::state::StateStore::at(file.join("counterpoint")));
    counterpoint::reader::load_state(&mut app);
    assert_eq!(app.handle(Input::Action(Action::Bookmark)), counterpoint::reader::Effect::SaveState);
    counterpoint::reader::save_state(&mut app);
    let shown = screen(&app);
    assert!(shown.lines().last().unwrap().contains("cannot save"), "{shown}");
    assert!(app.save_error.is_some());
    assert_eq!(app.bookmarks.len(), 1, "the bookmark is kept for this session");
}
