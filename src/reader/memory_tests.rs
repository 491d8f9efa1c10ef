//! State tests of the reader's memory (saved state, bookmarks, export) and of the corpus
//! overview screen, on the bundled articles, without a terminal. The file I/O goes to
//! temporary directories.

use std::path::PathBuf;

use crate::article::Article;
use crate::bundled::{bundled, BUNDLED_ARTICLES};
use crate::compare::{analyse_article, compare, Side};
use crate::config::{Config, View};
use crate::corpus::overview;
use crate::keymap::Action;
use crate::state::StateStore;
use crate::topics::TopicMap;

use super::app::{App, Effect, Overlay};
use super::input::Input;
use super::memory::{export_path, load_state, save_state, write_export};
use super::view::theme::{Palette, Theme};

const LEFT: &str = "articles/diplomacy-helps-civil-society.md";
const RIGHT: &str = "articles/talks-lifeline-for-regime.md";

fn article(path: &str) -> Article {
    Article::parse(path, bundled(path).unwrap())
}

fn app_of(left: Article, right: Article) -> App {
    let config = Config::default_config();
    let map = TopicMap::new(&config).unwrap();
    let comparison = compare(left, right, &map, &config.analysis);
    let mut app = App::new(config, comparison, None, Theme::new(Palette::Mono));
    app.resize(80, 24);
    app
}

fn app() -> App {
    app_of(article(LEFT), article(RIGHT))
}

fn corpus_app() -> App {
    let config = Config::default_config();
    let map = TopicMap::new(&config).unwrap();
    let analysed =
        BUNDLED_ARTICLES.iter().map(|(p, _)| analyse_article(article(p), &map, &config.analysis)).collect();
    let o = overview(analysed, &map, &config.analysis, &|_, _| {});
    let mut app = App::with_overview(config, o, Theme::new(Palette::Mono)).unwrap();
    app.resize(80, 24);
    app
}

fn tops(app: &App) -> (usize, usize) {
    (app.read_top_passage(app.side_of(Side::Left)), app.read_top_passage(app.side_of(Side::Right)))
}

fn message(app: &App) -> String {
    app.message.as_ref().map(|m| m.text.clone()).unwrap_or_default()
}

#[test]
fn bookmarks_are_added_once_listed_jumped_to_and_deleted() {
    let mut app = app();
    app.update(Action::ToggleView);
    app.update(Action::PageDown);
    app.update(Action::PageDown);
    assert_eq!(app.update(Action::Bookmark), Effect::SaveState);
    assert_eq!(app.bookmarks.len(), 1);
    let mark = app.bookmarks[0].clone();
    let row = app.comparison.alignment.iter().find(|r| r.left == mark.left && r.right == mark.right).unwrap();
    assert_eq!(mark.topic.as_deref(), Some(app.comparison.targets[row.target].name.as_str()));
    assert!(mark.label.starts_with('¶'), "{}", mark.label);
    // The same place again is not a second bookmark.
    assert_eq!(app.update(Action::Bookmark), Effect::Redraw);
    assert!(message(&app).contains("already"));
    assert_eq!(app.bookmarks.len(), 1);

    app.update(Action::Top);
    app.update(Action::Bookmarks);
    assert_eq!(app.overlay, Some(Overlay::Bookmarks { cursor: 0 }));
    assert_eq!(app.handle(Input::Confirm), Effect::Redraw);
    assert_eq!(app.overlay, None);
    let at = app.comparison.alignment[app.aligned_top.row];
    assert_eq!((at.left, at.right), (mark.left, mark.right));

    // In the Read view the jump puts each passage at the top of its pane.
    app.update(Action::ToggleView);
    app.update(Action::Top);
    app.update(Action::Bookmarks);
    app.handle(Input::Confirm);
    assert_eq!(Some(app.read_top_passage(Side::Left)), mark.left);

    app.update(Action::Bookmarks);
    assert_eq!(app.handle(Input::Delete), Effect::SaveState);
    assert!(app.bookmarks.is_empty());
    app.message = None;
    assert_eq!(app.handle(Input::Delete), Effect::None);
    app.update(Action::Bookmarks);
    assert_eq!(app.overlay, None, "the key that opens the list closes it");
}

#[test]
fn export_asks_for_markdown_beside_the_left_article() {
    let mut app = app();
    let Effect::Export { beside, file_name, markdown } = app.update(Action::Export) else {
        panic!("export is an effect")
    };
    assert_eq!(beside, PathBuf::from(LEFT));
    assert_eq!(file_name, "diplomacy-helps-civil-society-vs-talks-lifeline-for-regime.counterpoint.md");
    assert!(markdown.starts_with('#') && markdown.contains("Lifeline"));

    // Names that are not safe in a file name are tamed; bundled articles not on disk go to
    // the current directory.
    let odd = app_of(Article::parse("x/we ird\u{1b}.md", "A.\n"), Article::parse("b.md", "B.\n"));
    let Effect::Export { file_name, beside, .. } = odd.export() else { panic!() };
    assert_eq!(file_name, "we_ird_-vs-b.counterpoint.md");
    assert_eq!(export_path(&beside, &file_name), PathBuf::from(&file_name));

    let dir = tempfile::tempdir().unwrap();
    let left = dir.path().join("left.md");
    std::fs::write(&left, "x").unwrap();
    assert_eq!(export_path(&left, "out.md"), dir.path().join("out.md"));
    write_export(&mut app, &left, "out.md", "# hello\n");
    assert_eq!(std::fs::read_to_string(dir.path().join("out.md")).unwrap(), "# hello\n");
    assert!(message(&app).contains("out.md") && !app.message.as_ref().unwrap().error);

    // A file where the directory should be: an error in the status bar, nothing written.
    write_export(&mut app, &left, "left.md/x.md", "x");
    assert!(app.message.as_ref().unwrap().error, "{}", message(&app));
}

#[test]
fn state_round_trips_through_the_store() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app();
    app.store = Some(StateStore::at(dir.path()));
    load_state(&mut app);
    assert_eq!(app.message, None, "nothing saved yet is not a warning");
    app.sync = false;
    app.update(Action::PageDown);
    app.update(Action::FocusRight);
    app.update(Action::PageDown);
    app.update(Action::PageDown);
    app.update(Action::Bookmark);
    save_state(&mut app);
    assert_eq!(app.save_error, None);
    let (left, right) = tops(&app);
    assert!(left > 0 && right > 0);

    let mut again = self::app();
    again.store = Some(StateStore::at(dir.path()));
    load_state(&mut again);
    assert_eq!(again.focus, Side::Right);
    assert_eq!(again.view, View::Read);
    assert_eq!(tops(&again), (left, right));
    assert_eq!(again.bookmarks, app.bookmarks);

    // The Aligned view comes back at the same pair of passages.
    again.update(Action::ToggleView);
    again.update(Action::PageDown);
    let row = again.aligned_top.row;
    save_state(&mut again);
    let mut third = self::app();
    third.store = Some(StateStore::at(dir.path()));
    load_state(&mut third);
    assert_eq!(third.view, View::Aligned);
    let (a, b) = (third.comparison.alignment[third.aligned_top.row], third.comparison.alignment[row]);
    assert_eq!((a.left, a.right), (b.left, b.right));

    // Another pair has its own memory.
    let mut other = app_of(article(RIGHT), article(LEFT));
    other.store = Some(StateStore::at(dir.path()));
    load_state(&mut other);
    assert!(other.bookmarks.is_empty());
    assert_eq!(other.focus, Side::Left);
}

#[test]
fn a_corrupt_state_is_a_warning_and_an_unwritable_one_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let mut app = app();
    std::fs::write(dir.path().join(format!("pair-{}.json", app.pair_key())), "{ not json").unwrap();
    app.store = Some(StateStore::at(dir.path()));
    load_state(&mut app);
    assert!(message(&app).contains("warning") && message(&app).contains("unreadable"), "{}", message(&app));
    assert_eq!(tops(&app), (0, 0));

    let blocker = dir.path().join("file");
    std::fs::write(&blocker, "").unwrap();
    app.store = Some(StateStore::at(blocker.join("state")));
    app.update(Action::Bookmark);
    save_state(&mut app);
    assert!(app.message.as_ref().is_some_and(|m| m.error && m.text.contains("cannot save")));
    assert!(app.save_error.is_some());
    // A later good save clears the error kept for after quitting.
    app.store = Some(StateStore::at(dir.path()));
    save_state(&mut app);
    assert_eq!(app.save_error, None);
}

#[test]
fn the_overview_opens_pairs_and_is_returned_to() {
    let mut app = corpus_app();
    assert!(app.showing_overview());
    assert_eq!(app.pair_state(), None, "nothing to save while on the overview");
    assert_eq!(app.update(Action::ScrollDown), Effect::Redraw);
    assert_eq!(app.update(Action::Bookmark), Effect::None, "pair keys do nothing here");
    let corpus = app.corpus.as_ref().unwrap();
    assert_eq!(corpus.cursor, 1);
    let pair = corpus.overview.pairs[1].clone();
    let names = |i: usize| corpus.overview.articles[i].article.name.clone();
    let (left, right) = (names(pair.left), names(pair.right));

    assert_eq!(app.handle(Input::Confirm), Effect::LoadState);
    assert!(!app.showing_overview());
    assert_eq!((&app.comparison.left.article.name, &app.comparison.right.article.name), (&left, &right));
    assert_eq!(app.comparison.contrasts.len(), pair.contrasts);
    app.update(Action::PageDown);
    app.update(Action::Bookmark);

    let dir = tempfile::tempdir().unwrap();
    app.store = Some(StateStore::at(dir.path()));
    assert_eq!(app.update(Action::Overview), Effect::SaveState);
    assert!(app.showing_overview());
    // The pair just left is what gets saved.
    save_state(&mut app);
    let saved = dir.path().join(format!("pair-{}.json", app.pair_key()));
    assert!(std::fs::read_to_string(saved).unwrap().contains("bookmarks"));
    // The overview key on the overview goes back to the open pair, as it was.
    assert_eq!(app.update(Action::Overview), Effect::Redraw);
    assert!(!app.showing_overview() && app.bookmarks.len() == 1);
    app.update(Action::Overview);
    assert_eq!(app.handle(Input::Confirm), Effect::Redraw, "the same pair is not compared again");
    assert_eq!(app.bookmarks.len(), 1);

    // Another pair starts fresh.
    app.update(Action::Overview);
    app.update(Action::Top);
    assert_eq!(app.handle(Input::Confirm), Effect::LoadState);
    assert!(app.bookmarks.is_empty());
    assert_eq!(tops(&app), (0, 0));

    app.update(Action::Overview);
    let Effect::Export { file_name, markdown, .. } = app.update(Action::Export) else { panic!() };
    assert_eq!(file_name, "corpus.counterpoint.md");
    assert!(markdown.contains("Pairs, strongest disagreement first"));
    assert_eq!(app.update(Action::Quit), Effect::Quit);
}

#[test]
fn overview_keys_move_within_bounds() {
    let mut app = corpus_app();
    let pairs = app.corpus.as_ref().unwrap().overview.pairs.len();
    app.update(Action::Bottom);
    app.update(Action::ScrollDown);
    assert_eq!(app.corpus.as_ref().unwrap().cursor, pairs - 1);
    app.update(Action::PageUp);
    assert_eq!(app.corpus.as_ref().unwrap().cursor, 0);
    app.handle(Input::Wheel { column: 10, row: 10, down: true });
    assert_eq!(app.corpus.as_ref().unwrap().cursor, 1);
    assert_eq!(app.update(Action::Overview), Effect::Redraw, "no pair opened yet");
    assert!(app.showing_overview());

    // Without a corpus the key says so.
    let mut plain = self::app();
    assert_eq!(plain.update(Action::Overview), Effect::Redraw);
    assert!(message(&plain).contains("no corpus overview"));
}

#[test]
fn delete_is_a_key_only_in_panels() {
    use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
    let keymap = Config::default_config().keymap;
    let d = Event::Key(KeyEvent::new(KeyCode::Char('d'), KeyModifiers::NONE));
    assert_eq!(super::input::translate(&d, &keymap, super::input::Mode::Overlay), Some(Input::Delete));
    assert_eq!(super::input::translate(&d, &keymap, super::input::Mode::Normal), None);
    let m = Event::Key(KeyEvent::new(KeyCode::Char('m'), KeyModifiers::NONE));
    let got = super::input::translate(&m, &keymap, super::input::Mode::Normal);
    assert_eq!(got, Some(Input::Action(Action::Bookmark)));
}

#[test]
fn two_readers_of_one_pair_merge_their_bookmarks_and_say_so() {
    let dir = tempfile::tempdir().unwrap();
    let mut first = app();
    let mut second = app();
    for app in [&mut first, &mut second] {
        app.store = Some(StateStore::at(dir.path()));
        load_state(app);
    }
    first.update(Action::Bookmark);
    save_state(&mut first);
    second.update(Action::PageDown);
    second.update(Action::PageDown);
    second.update(Action::Bookmark);
    save_state(&mut second);
    // The last to save keeps the first one's bookmark instead of silently dropping it.
    assert_eq!(second.bookmarks.len(), 2, "{:?}", second.bookmarks);
    assert!(message(&second).contains("another reader"), "{}", message(&second));
    let mut later = app();
    later.store = Some(StateStore::at(dir.path()));
    load_state(&mut later);
    assert_eq!(later.bookmarks, second.bookmarks);
}

#[test]
fn a_bookmark_on_a_topic_read_as_a_found_target_comes_back_to_that_topic() {
    // A map topic without stance lists is merged into the person both articles discuss, under
    // the topic's name; a bookmark keeps the name and must find that target, not the merged
    // topic (which has no rows) and so the first row of the same passages on another topic.
    let map =
        "[[topics]]\nname = \"The Leader\"\ncolor = \"green\"\nterms = [\"Khamenei\", \"Ali Khamenei\"]\n";
    let config = Config::from_user_text("map.toml", map).unwrap();
    let topics = TopicMap::new(&config).unwrap();
    let comparison = compare(article(LEFT), article(RIGHT), &topics, &config.analysis);
    let mut app = App::new(config, comparison, None, Theme::new(Palette::Mono));
    app.resize(80, 24);
    app.update(Action::ToggleView);
    let leader = app.comparison.targets.listed().find(|t| t.name == "The Leader").expect("listed").id;
    let row = app.comparison.alignment.iter().position(|r| r.target == leader).expect("a row on it");
    // Read with the topic filter on it (`t`), as a reader following the topic would.
    app.topic = Some(leader);
    app.aligned_top = super::aligned_doc::AlignedAnchor { row, line: 0 };
    assert_eq!(app.update(Action::Bookmark), Effect::SaveState);
    assert_eq!(app.bookmarks[0].topic.as_deref(), Some("The Leader"));
    app.topic = None;
    app.update(Action::Top);
    app.update(Action::Bookmarks);
    app.handle(Input::Confirm);
    assert_eq!(app.comparison.alignment[app.aligned_top.row].target, leader);
}

#[test]
fn a_bookmark_keeps_the_topic_of_the_row_on_screen_not_the_first_row_of_its_passages() {
    let mut app = app();
    app.update(Action::ToggleView);
    // Two rows that pair the same passages on different topics; the later one is on screen.
    let rows = &app.comparison.alignment;
    let (first, later) = (0..rows.len())
        .flat_map(|a| (a + 1..rows.len()).map(move |b| (a, b)))
        .find(|&(a, b)| {
            rows[a].left.is_some()
                && rows[a].right.is_some()
                && (rows[a].left, rows[a].right) == (rows[b].left, rows[b].right)
                && rows[a].target != rows[b].target
        })
        .expect("the demo pair has one pair of passages on two topics");
    app.aligned_top = super::aligned_doc::AlignedAnchor { row: later, line: 0 };
    assert_eq!(app.update(Action::Bookmark), Effect::SaveState);
    let on_screen = app.comparison.targets[app.comparison.alignment[later].target].name.clone();
    let first_topic = app.comparison.targets[app.comparison.alignment[first].target].name.clone();
    assert_ne!(on_screen, first_topic);
    assert_eq!(app.bookmarks[0].topic.as_deref(), Some(on_screen.as_str()));
    // And the jump comes back to that row.
    app.update(Action::Top);
    app.update(Action::Bookmarks);
    app.handle(Input::Confirm);
    assert_eq!(app.aligned_top.row, later);
}
