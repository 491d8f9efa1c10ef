//! What the whole-screen reader tests share: the reader on the bundled demo pair (or any pair),
//! drawn on ratatui's TestBackend, its screen as text, keys pressed in order, and where a word
//! stands on the screen.
//!
//! Include it from a test crate with `#[path = "support/reader_app.rs"] mod reader_app;`. Each
//! reader test file uses a part of it.
#![allow(dead_code)]

#[path = "screen.rs"]
mod screen;

use counterpoint::article::Article;
use counterpoint::bundled::bundled;
use counterpoint::compare::{compare, Comparison};
use counterpoint::config::Config;
use counterpoint::keymap::Action;
use counterpoint::reader::wrap::display_width;
use counterpoint::reader::{draw, App, Palette, Theme};
use counterpoint::topics::TopicMap;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::Terminal;

const LEFT: &str = "articles/diplomacy-helps-civil-society.md";
const RIGHT: &str = "articles/talks-lifeline-for-regime.md";

pub fn comparison_of(left: Article, right: Article) -> (Config, Comparison) {
    let config = Config::default_config();
    let map = TopicMap::new(&config).unwrap();
    let comparison = compare(left, right, &map, &config.analysis);
    (config, comparison)
}

pub fn demo_app(palette: Palette, width: u16, height: u16) -> App {
    let article = |path: &str| Article::parse(path, bundled(path).unwrap());
    let (config, comparison) = comparison_of(article(LEFT), article(RIGHT));
    let mut app = App::new(config, comparison, None, Theme::new(palette));
    app.resize(width, height);
    app
}

pub fn render(app: &App) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(app.area.width, app.area.height)).unwrap();
    terminal.draw(|frame| draw(frame, app)).unwrap();
    terminal.backend().buffer().clone()
}

/// The screen as text (see `support/screen.rs`).
pub fn text(buffer: &Buffer) -> String {
    screen::screen_text(buffer)
}

pub fn screen(app: &App) -> String {
    text(&render(app))
}

pub fn press(app: &mut App, actions: &[Action]) {
    for &action in actions {
        app.update(action);
    }
}

/// The column and row where `word` starts, searching the left text area.
pub fn find(buffer: &Buffer, word: &str, columns: std::ops::Range<u16>) -> Option<(u16, u16)> {
    let rows = text(buffer);
    for (y, line) in rows.lines().enumerate() {
        let prefix: String = line.chars().take(usize::from(columns.end)).collect();
        if let Some(at) = prefix.find(word) {
            let x = display_width(&prefix[..at]) as u16;
            if columns.contains(&x) {
                return Some((x, y as u16));
            }
        }
    }
    None
}
