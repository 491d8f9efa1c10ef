//! The status bar on ratatui's TestBackend: what it must keep in view at 80 columns whatever
//! the articles name.

#[path = "support/screen.rs"]
mod screen;

use counterpoint::article::Article;
use counterpoint::compare::compare;
use counterpoint::config::Config;
use counterpoint::keymap::Action;
use counterpoint::reader::{draw, App, Palette, Theme};
use counterpoint::topics::TopicMap;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

/// Two short reports on one institution with a long name, compared and opened at 80x24.
fn institution_app() -> App {
    let left =
        "Title: Rates rise\n\nThe Clearwater Regional Water Authority raised rates by 14% on Tuesday.\n\n\
                Critics said the Clearwater Regional Water Authority was reckless and unfair.\n";
    let right =
        "Title: Rates to rise\n\nThe Clearwater Regional Water Authority raised rates by 9% on Tuesday.\n\n\
                 Residents said the Clearwater Regional Water Authority was careful and fair.\n";
    let config = Config::default_config();
    let map = TopicMap::new(&config).unwrap();
    let comparison =
        compare(Article::parse("left.md", left), Article::parse("right.md", right), &map, &config.analysis);
    let mut app = App::new(config, comparison, None, Theme::new(Palette::Indexed));
    app.resize(80, 24);
    app
}

#[test]
fn a_long_topic_name_leaves_the_contrast_count_in_view_at_80_columns() {
    let mut app = institution_app();
    app.update(Action::ToggleView);
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    terminal.draw(|frame| draw(frame, &app)).unwrap();
    let text = screen::screen_text(terminal.backend().buffer());
    let bar = text.lines().last().unwrap();
    assert!(bar.contains("ALIGNED") && bar.contains("in Clearwater"), "{bar}");
    assert!(bar.contains("contrast"), "{bar}");
}
