//! State tests of the reader: actions applied to an [`App`] built from the bundled articles,
//! without a terminal.

use crate::align::Row;
use crate::article::Article;
use crate::article::SentenceId;
use crate::bundled::bundled;
use crate::compare::{compare, Side};
use crate::config::{Config, View};
use crate::keymap::Action;
use crate::targets::table::TargetId;
use crate::topics::TopicMap;

use super::app::{App, Effect, Overlay};
use super::doc::{index, Anchor, Docs};
use super::input::Input;
use super::nav::max_top;
use super::view::theme::{Palette, Theme};

const LEFT: &str = "articles/diplomacy-helps-civil-society.md";
const RIGHT: &str = "articles/talks-lifeline-for-regime.md";

pub(super) fn app() -> App {
    let config = Config::default_config();
    let map = TopicMap::new(&config).unwrap();
    let article = |path: &str| Article::parse(path, bundled(path).unwrap());
    let comparison = compare(article(LEFT), article(RIGHT), &map, &config.analysis);
    let mut app = App::new(config, comparison, None, Theme::new(Palette::Mono));
    app.resize(80, 24);
    app
}

pub(super) fn top_line(app: &App, pane: Side) -> usize {
    app.read_top_line(&app.geometry(), pane)
}

/// True when the start of a sentence of an article is on screen in its pane (Read view).
fn sentence_on_screen(app: &App, side: Side, at: SentenceId) -> bool {
    let g = app.geometry();
    let pane = app.side_of(side);
    let start = app.comparison.side(side).article.passages[at.passage].sentences[at.sentence].start;
    let offset = app.docs.vis(&app.comparison, side, at.passage).unwrap().to_vis(start);
    let line = app.pane_doc(&g, pane).locate(Anchor { passage: at.passage, offset });
    let top = app.read_top_line(&g, pane);
    (top..top + g.text_height()).contains(&line)
}

#[test]
fn scrolling_moves_the_focused_pane_and_stops_at_the_ends() {
    let mut app = app();
    app.sync = false;
    assert_eq!(app.update(Action::ScrollDown), Effect::Redraw);
    assert_eq!(top_line(&app, Side::Left), 1);
    assert_eq!(top_line(&app, Side::Right), 0);
    app.update(Action::ScrollUp);
    app.update(Action::ScrollUp);
    assert_eq!(top_line(&app, Side::Left), 0);
    let page = app.geometry().text_height();
    app.update(Action::PageDown);
    assert_eq!(top_line(&app, Side::Left), page - 1);
    app.update(Action::HalfPageUp);
    assert_eq!(top_line(&app, Side::Left), page - 1 - page / 2);
    app.update(Action::Bottom);
    let g = app.geometry();
    let lines = app.pane_doc(&g, Side::Left).len();
    assert_eq!(top_line(&app, Side::Left), lines - g.text_height());
    assert_eq!(app.position(&g), "100%");
    app.update(Action::ScrollDown);
    assert_eq!(top_line(&app, Side::Left), lines - g.text_height());
    app.update(Action::Top);
    assert_eq!(top_line(&app, Side::Left), 0);
}

#[test]
fn focus_moves_between_panes() {
    let mut app = app();
    assert_eq!(app.focus, Side::Left);
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Side::Right);
    app.update(Action::FocusNext);
    assert_eq!(app.focus, Side::Left);
    app.update(Action::FocusRight);
    app.sync = false;
    app.update(Action::ScrollDown);
    assert_eq!((top_line(&app, Side::Left), top_line(&app, Side::Right)), (0, 1));
    app.update(Action::FocusLeft);
    assert_eq!(app.focus, Side::Left);
}

/// Where each passage of a pane starts, and the last line that can be at its top.
pub(super) fn passages_of(app: &App, pane: Side) -> (Vec<usize>, usize) {
    let g = app.geometry();
    let doc = app.pane_doc(&g, pane);
    (doc.first.clone(), max_top(doc.len(), g.text_height()))
}

pub(super) fn set_top(app: &mut App, pane: Side, line: usize) {
    let g = app.geometry();
    let anchor = app.pane_doc(&g, pane).anchor(line);
    app.read_top[index(app.side_of(pane))] = anchor;
}

/// Replaces the alignment with these (left, right) pairs, all on one topic.
pub(super) fn align_only(app: &mut App, pairs: &[(usize, usize)]) {
    app.comparison.alignment = pairs
        .iter()
        .map(|&(left, right)| Row { target: TargetId(0), left: Some(left), right: Some(right) })
        .collect();
    // What the reader derives from the comparison, as a reload would.
    app.docs = Docs::new(&app.comparison);
}

pub(super) fn tops(app: &App) -> (usize, usize) {
    (top_line(app, Side::Left), top_line(app, Side::Right))
}

#[test]
fn without_sync_only_the_scrolled_pane_moves() {
    let mut app = app();
    app.update(Action::ToggleSync);
    assert!(!app.sync);
    let before = tops(&app);
    for _ in 0..3 {
        app.update(Action::ScrollDown);
    }
    app.update(Action::HalfPageDown);
    let half = app.geometry().text_height() / 2;
    assert_eq!(tops(&app), (before.0 + 3 + half, before.1));
    app.handle(Input::Wheel { column: 60, row: 10, down: true });
    assert_eq!(tops(&app), (before.0 + 3 + half, before.1 + 3));
}

#[test]
fn view_toggles_and_aligned_scrolls_both_panes_together() {
    let mut app = app();
    app.update(Action::ToggleView);
    assert_eq!(app.view, View::Aligned);
    let g = app.geometry();
    assert_eq!(app.aligned_top_row(&g), 0);
    app.update(Action::ScrollDown);
    app.update(Action::ScrollDown);
    assert_eq!(app.aligned_top_row(&g), 2);
    app.update(Action::NextTopicPassage);
    let doc = app.aligned_doc(&g);
    assert!(doc.blocks.iter().any(|b| b.start == app.aligned_top_row(&g)));
    app.update(Action::ToggleView);
    assert_eq!(app.view, View::Read);
}

#[test]
fn contrast_navigation_selects_and_shows_both_sentences() {
    let mut app = app();
    assert!(app.comparison.contrasts.len() >= 3, "the demo pair has contrasts");
    app.update(Action::NextContrast);
    assert_eq!(app.selected, Some(0));
    app.update(Action::NextContrast);
    assert_eq!(app.selected, Some(1));
    let c = app.comparison.contrasts[1].clone();
    assert!(sentence_on_screen(&app, Side::Left, c.left));
    assert!(sentence_on_screen(&app, Side::Right, c.right));
    app.update(Action::PrevContrast);
    app.update(Action::PrevContrast);
    assert_eq!(app.selected, Some(0));
    assert!(app.message.as_ref().is_some_and(|m| m.text.contains("first")));

    // From the list: move the cursor and jump.
    app.update(Action::ToggleContrasts);
    assert_eq!(app.overlay, Some(Overlay::Contrasts { cursor: 0 }));
    app.update(Action::ScrollDown);
    app.update(Action::ScrollDown);
    assert_eq!(app.handle(Input::Confirm), Effect::Redraw);
    assert_eq!(app.overlay, None);
    assert_eq!(app.selected, Some(2));
    let c = app.comparison.contrasts[2].clone();
    assert!(sentence_on_screen(&app, Side::Left, c.left));
    assert!(sentence_on_screen(&app, Side::Right, c.right));
}

#[test]
fn topic_filter_cycles_through_present_topics_and_back() {
    let mut app = app();
    let present: Vec<TargetId> = app
        .comparison
        .targets
        .ids()
        .filter(|&t| app.comparison.alignment.iter().any(|r| r.target == t))
        .collect();
    for &t in &present {
        app.update(Action::CycleTopic);
        assert_eq!(app.topic, Some(t));
    }
    app.update(Action::CycleTopic);
    assert_eq!(app.topic, None);

    // `]` goes to passages on the topic.
    app.update(Action::CycleTopic);
    let t = present[0];
    app.update(Action::NextTopicPassage);
    let on = app.comparison.passages_on(Side::Left, t);
    assert!(on.contains(&app.read_top_passage(Side::Left)));
}

#[test]
fn search_highlights_both_sides_and_walks_matches() {
    let mut app = app();
    app.update(Action::Search);
    assert!(app.prompt.is_some());
    for c in "muscat".chars() {
        app.handle(Input::Char(c));
    }
    app.handle(Input::Confirm);
    assert!(app.prompt.is_none());
    let search = app.search.clone().unwrap();
    assert!(!search.on(Side::Left).is_empty() && !search.on(Side::Right).is_empty());
    assert_eq!(search.current, Some((Side::Left, 0)));
    app.update(Action::SearchNext);
    assert_eq!(app.search.as_ref().unwrap().current, Some((Side::Left, 1)));
    let (passage, _) = search.on(Side::Left)[1].clone();
    let g = app.geometry();
    let doc = app.pane_doc(&g, Side::Left);
    let top = app.read_top_line(&g, Side::Left);
    assert!((doc.first[passage]..doc.first[passage + 1]).any(|l| (top..top + g.text_height()).contains(&l)));
    app.update(Action::SearchPrev);
    app.update(Action::SearchPrev);
    // Before the first match of the left article comes the last of the right one.
    let last = search.on(Side::Right).len() - 1;
    assert_eq!(app.search.as_ref().unwrap().current, Some((Side::Right, last)));
    assert_eq!(app.focus, Side::Right);

    app.start_search("no such words anywhere");
    assert!(app.message.as_ref().is_some_and(|m| m.error));
}

#[test]
fn a_decoding_warning_shows_in_the_status_bar() {
    let mut app = app();
    assert!(!app.warn_about_articles());
    let config = Config::default_config();
    let map = TopicMap::new(&config).unwrap();
    let broken =
        Article::from_bytes("broken.txt", b"Title: T\n\nSanctions \xff hurt ordinary Iranians.\n").unwrap();
    let right = Article::parse(RIGHT, bundled(RIGHT).unwrap());
    app.comparison = compare(broken, right, &map, &config.analysis);
    assert!(app.warn_about_articles());
    let message = app.message.as_ref().unwrap();
    assert!(
        message.error && message.text.starts_with("warning: broken.txt: invalid UTF-8"),
        "{}",
        message.text
    );
}

#[test]
fn esc_outside_a_panel_clears_the_search_and_never_quits() {
    let mut app = app();
    app.start_search("sanctions");
    assert!(app.search.is_some());
    assert_eq!(app.handle(Input::Cancel), Effect::Redraw);
    assert!(app.search.is_none());
    assert_eq!(app.handle(Input::Cancel), Effect::None);
}

#[test]
fn overlays_take_the_keys_and_esc_closes_them_first() {
    let mut app = app();
    app.update(Action::Help);
    assert_eq!(app.overlay, Some(Overlay::Help { scroll: 0 }));
    app.update(Action::ScrollDown);
    assert_eq!(app.overlay, Some(Overlay::Help { scroll: 1 }));
    assert_eq!(app.update(Action::Quit), Effect::Redraw);
    assert_eq!(app.overlay, None);
    assert_eq!(app.update(Action::Quit), Effect::Quit);
    app.update(Action::ToggleContrasts);
    assert_eq!(app.handle(Input::Cancel), Effect::Redraw);
    assert_eq!(app.overlay, None);
    assert_eq!(app.handle(Input::ForceQuit), Effect::Quit);
}

#[test]
fn resize_keeps_the_passage_at_the_top() {
    let mut app = app();
    app.sync = false;
    for _ in 0..40 {
        app.update(Action::ScrollDown);
    }
    let passage = app.read_top_passage(Side::Left);
    app.resize(50, 20);
    assert_eq!(app.read_top_passage(Side::Left), passage);
    app.resize(140, 50);
    assert_eq!(app.read_top_passage(Side::Left), passage);
    app.resize(10, 3);
    app.update(Action::ScrollDown);
    app.resize(80, 24);
}

#[test]
fn swap_width_and_reload_without_files() {
    let mut app = app();
    app.update(Action::SwapSides);
    assert_eq!(app.side_of(Side::Left), Side::Right);
    for _ in 0..20 {
        app.update(Action::NarrowLeft);
    }
    assert_eq!(app.left_percent, 20);
    for _ in 0..20 {
        app.update(Action::WidenLeft);
    }
    assert_eq!(app.left_percent, 80);
    assert_eq!(app.update(Action::Reload), Effect::Redraw);
    assert!(app.message.is_some());
    assert!(matches!(app.update(Action::OpenPicker), Effect::ListArticles(_)));
    app.open_picker("articles".into(), vec!["a.md".into(), "b.md".into()]);
    app.update(Action::ScrollDown);
    app.handle(Input::Confirm);
    app.update(Action::ScrollUp);
    match app.handle(Input::Confirm) {
        Effect::Open(inputs) => assert_eq!((inputs.left, inputs.right), ("b.md".into(), "a.md".into())),
        other => panic!("expected Open, got {other:?}"),
    }
}

#[test]
fn replace_keeps_settings_and_drops_stale_positions() {
    let mut app = app();
    app.update(Action::ToggleView);
    app.update(Action::NextContrast);
    let config = Config::default_config();
    let map = TopicMap::new(&config).unwrap();
    let small = compare(
        Article::parse("a", "Title: A\n\nSanctions hurt ordinary families.\n"),
        Article::parse("b", "Title: B\n\nSanctions are leverage.\n"),
        &map,
        &config.analysis,
    );
    app.read_top = [Anchor { passage: 30, offset: 0 }; 2];
    app.replace(config, small, None);
    assert_eq!(app.view, View::Aligned);
    assert_eq!(app.read_top[0], Anchor::default());
    assert!(app.selected.is_none_or(|i| i < app.comparison.contrasts.len()));
}

#[test]
fn the_wheel_scrolls_the_pane_under_the_pointer() {
    let mut app = app();
    app.sync = false;
    assert_eq!(app.handle(Input::Wheel { column: 60, row: 10, down: true }), Effect::Redraw);
    assert_eq!((top_line(&app, Side::Left), top_line(&app, Side::Right)), (0, 3));
    assert_eq!(app.focus, Side::Left, "the wheel does not move the focus");
    app.handle(Input::Wheel { column: 5, row: 10, down: true });
    assert_eq!(top_line(&app, Side::Left), 3);
    assert_eq!(app.handle(Input::Wheel { column: 5, row: 23, down: true }), Effect::None);
}

#[test]
fn aligned_view_contrast_jump_shows_the_left_sentence() {
    let mut app = app();
    app.update(Action::ToggleView);
    for i in 0..app.comparison.contrasts.len() {
        app.select_contrast(i);
        let c = app.comparison.contrasts[i].clone();
        let g = app.geometry();
        let doc = app.aligned_doc(&g);
        let top = app.aligned_top_row(&g);
        let visible = doc.rows[top..(top + g.text_height()).min(doc.rows.len())].iter().any(|row| {
            matches!(row, super::doc::AlignedRow::Pair([super::doc::Cell::Text { passage, .. }, _]) if *passage == c.left.passage)
        });
        assert!(visible, "contrast {i}");
    }
}

#[test]
fn the_picker_in_a_pair_from_an_overview_lists_the_overview_folder() {
    use crate::compare::analyse_article;
    use crate::corpus::overview;
    let config = Config::default_config();
    let map = TopicMap::new(&config).unwrap();
    let analysed = [LEFT, RIGHT]
        .iter()
        .map(|p| {
            let named = format!("/data/news/{}", p.rsplit('/').next().unwrap());
            analyse_article(Article::parse(&named, bundled(p).unwrap()), &map, &config.analysis)
        })
        .collect();
    let o = overview(analysed, &map, &config.analysis, &|_, _| {});
    let mut app = App::with_overview(config, o, Theme::new(Palette::Mono)).unwrap();
    app.handle(Input::Confirm);
    assert!(!app.showing_overview());
    assert_eq!(app.update(Action::OpenPicker), Effect::ListArticles("/data/news".into()));
    // Opened from files, the left article's folder; the demo pair, articles/.
    assert_eq!(self::app().update(Action::OpenPicker), Effect::ListArticles("articles".into()));
    // A file named without a folder is in the current one, not among the demo articles.
    let mut app = self::app();
    app.inputs = Some(crate::session::Inputs { left: "a.txt".into(), right: "b.txt".into(), config: None });
    assert_eq!(app.update(Action::OpenPicker), Effect::ListArticles(".".into()));
}
