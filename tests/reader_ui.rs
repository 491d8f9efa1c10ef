//! Whole-screen tests of the reader on ratatui's TestBackend: snapshots of the text (insta),
//! style assertions for what snapshots cannot see (colours, underline, reverse), and a property
//! test that wrapped text never gets wider than its pane.
//!
//! The snapshots use the bundled demo pair. When the engine's output changes on purpose,
//! re-accept them with `INSTA_UPDATE=always cargo test --test reader_ui` and review the diff.

#[path = "support/screen.rs"]
mod screen;

use counterpoint::article::Article;
use counterpoint::bundled::bundled;
use counterpoint::compare::{compare, Comparison, Side};
use counterpoint::config::Config;
use counterpoint::contrast::{caution, ContrastKind};
use counterpoint::keymap::Action;
use counterpoint::reader::wrap::{display_width, wrap, VisText};
use counterpoint::reader::{draw, App, Input, Palette, Theme};
use counterpoint::topics::TopicMap;
use proptest::prelude::*;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::{Color, Modifier};
use ratatui::Terminal;
use unicode_width::UnicodeWidthStr;

const LEFT: &str = "articles/diplomacy-helps-civil-society.md";
const RIGHT: &str = "articles/talks-lifeline-for-regime.md";

fn comparison_of(left: Article, right: Article) -> (Config, Comparison) {
    let config = Config::default_config();
    let map = TopicMap::new(&config).unwrap();
    let comparison = compare(left, right, &map, &config.analysis);
    (config, comparison)
}

fn demo_app(palette: Palette, width: u16, height: u16) -> App {
    let article = |path: &str| Article::parse(path, bundled(path).unwrap());
    let (config, comparison) = comparison_of(article(LEFT), article(RIGHT));
    let mut app = App::new(config, comparison, None, Theme::new(palette));
    app.resize(width, height);
    app
}

fn render(app: &App) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(app.area.width, app.area.height)).unwrap();
    terminal.draw(|frame| draw(frame, app)).unwrap();
    terminal.backend().buffer().clone()
}

/// The screen as text (see `support/screen.rs`).
fn text(buffer: &Buffer) -> String {
    screen::screen_text(buffer)
}

fn screen(app: &App) -> String {
    text(&render(app))
}

fn press(app: &mut App, actions: &[Action]) {
    for &action in actions {
        app.update(action);
    }
}

#[test]
fn read_view_snapshots() {
    let app = demo_app(Palette::Indexed, 80, 24);
    insta::assert_snapshot!("read_80x24", screen(&app));
    let mut app = demo_app(Palette::Indexed, 120, 40);
    press(&mut app, &[Action::NextContrast]);
    insta::assert_snapshot!("read_contrast_120x40", screen(&app));
}

#[test]
fn aligned_view_snapshots() {
    let mut app = demo_app(Palette::Indexed, 80, 24);
    press(&mut app, &[Action::ToggleView]);
    insta::assert_snapshot!("aligned_80x24", screen(&app));
    let mut app = demo_app(Palette::Indexed, 120, 40);
    press(&mut app, &[Action::ToggleView]);
    insta::assert_snapshot!("aligned_120x40", screen(&app));
}

#[test]
fn help_overlay_snapshots() {
    let mut app = demo_app(Palette::Indexed, 80, 24);
    press(&mut app, &[Action::Help]);
    insta::assert_snapshot!("help_80x24", screen(&app));
    let mut app = demo_app(Palette::Indexed, 120, 40);
    press(&mut app, &[Action::Help]);
    let shown = screen(&app);
    // Every action of the keymap is listed with its description at this size.
    for action in Action::ALL {
        assert!(shown.contains(action.description()), "help lacks {action:?}");
    }
    insta::assert_snapshot!("help_120x40", shown);
}

#[test]
fn contrasts_list_snapshots() {
    let mut app = demo_app(Palette::Indexed, 80, 24);
    press(&mut app, &[Action::ToggleContrasts, Action::ScrollDown]);
    insta::assert_snapshot!("contrasts_80x24", screen(&app));
    let mut app = demo_app(Palette::Indexed, 120, 40);
    press(&mut app, &[Action::ToggleContrasts]);
    insta::assert_snapshot!("contrasts_120x40", screen(&app));
}

/// With nothing to list, the panel says why, wrapped to the panel: here the right article
/// takes no stance the engine can read, which is not the same as agreeing.
#[test]
fn an_empty_contrast_list_says_why() {
    let left = "Title: Pressure\n\nSanctions hurt ordinary Iranians and devastate the middle class. \
                The talks are the only realistic way out, and a real chance for peace.\n";
    let right = "Title: Notes\n\nThe talks resumed in Muscat on Saturday morning after a pause. \
                 Sanctions were discussed at length by both delegations over lunch. \
                 The next round of talks is set for early June in Rome.\n";
    let (config, comparison) =
        comparison_of(Article::parse("left.md", left), Article::parse("right.md", right));
    assert!(comparison.contrasts.is_empty());
    let mut app = App::new(config, comparison, None, Theme::new(Palette::Indexed));
    app.resize(80, 24);
    press(&mut app, &[Action::ToggleContrasts]);
    let shown = screen(&app);
    assert!(shown.contains("No contrasts found: the right article takes no stance"), "{shown}");
    assert!(shown.contains("of its sentences name a topic)."), "the reason is wrapped, not cut:\n{shown}");
    assert!(shown.lines().all(|l| display_width(l) <= 80));
}

/// In the contrasts list, a stance read by the lexicon where a side is a news report says it is
/// weak evidence, within the pane's width (see `contrast::caution`).
#[test]
fn a_lexicon_stance_in_news_reports_is_marked_weak_in_the_list() {
    let fixture = |name: &str| {
        let path = format!("{}/tests/fixtures/pairs/{name}", env!("CARGO_MANIFEST_DIR"));
        Article::parse(&path, &std::fs::read_to_string(&path).unwrap())
    };
    let (config, comparison) =
        comparison_of(fixture("newsubject_wage_1.md"), fixture("newsubject_wage_2.md"));
    let marked = |caution: &str| {
        comparison.contrasts.iter().filter(|c| comparison.caution(c) == Some(caution)).count()
    };
    let (weak, framing) = (marked(caution::WEAK_ON_NEWS), marked(caution::FRAMING));
    let below_bar = marked(caution::BELOW_BAR);
    assert!(weak > 0 && below_bar > 0);
    let mut app = App::new(config, comparison, None, Theme::new(Palette::Indexed));
    app.resize(100, 40);
    press(&mut app, &[Action::ToggleContrasts]);
    let shown = screen(&app);
    // The list's rows between the box's borders, joined: a mark may wrap over two rows.
    let inside: Vec<&str> = shown
        .lines()
        .filter_map(|l| {
            let (start, end) = (l.find('│')? + '│'.len_utf8(), l.rfind('│')?);
            (start < end).then(|| l[start..end].trim())
        })
        .collect();
    let flat = inside.join(" ").split_whitespace().collect::<Vec<_>>().join(" ");
    assert_eq!(flat.matches("weak evidence (news report)").count(), weak, "{shown}");
    // A report's framing of someone's words is marked as what it is.
    assert_eq!(flat.matches("framing (reporting verb)").count(), framing, "{shown}");
    // And what follows a short list from below the bar, as that.
    assert_eq!(flat.matches(caution::BELOW_BAR_TAG).count(), below_bar, "{shown}");
    // Under one heading that says where the bar is, above the first of them.
    let heading = flat.find("── Below the bar: weaker, listed as few passed ──").expect("the heading");
    assert!(heading < flat.find(caution::BELOW_BAR_TAG).unwrap(), "{shown}");
    assert_eq!(flat.matches("── Below the bar").count(), 1, "{shown}");
    assert!(shown.lines().all(|l| display_width(l) <= 100));
    // The demo pair is two op-eds: nothing marked.
    let demo = screen(&{
        let mut app = demo_app(Palette::Indexed, 100, 40);
        press(&mut app, &[Action::ToggleContrasts]);
        app
    });
    assert!(!demo.contains("weak evidence"));
}

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

/// The column and row where `word` starts, searching the left text area.
fn find(buffer: &Buffer, word: &str, columns: std::ops::Range<u16>) -> Option<(u16, u16)> {
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

/// The corpus overview of the four bundled articles.
fn overview_app(width: u16, height: u16) -> App {
    use counterpoint::compare::analyse_article;
    let config = Config::default_config();
    let map = TopicMap::new(&config).unwrap();
    let analysed = counterpoint::bundled::BUNDLED_ARTICLES
        .iter()
        .map(|(path, text)| analyse_article(Article::parse(path, text), &map, &config.analysis))
        .collect();
    let overview = counterpoint::corpus::overview(analysed, &map, &config.analysis, &|_, _| {});
    let mut app = App::with_overview(config, overview, Theme::new(Palette::Indexed)).unwrap();
    app.resize(width, height);
    app
}

#[test]
fn overview_snapshots() {
    let app = overview_app(80, 24);
    insta::assert_snapshot!("overview_80x24", screen(&app));
    let mut app = overview_app(120, 40);
    press(&mut app, &[Action::ScrollDown]);
    insta::assert_snapshot!("overview_120x40", screen(&app));
}

#[test]
fn overview_cells_take_their_topic_colour_and_the_pair_opens_and_closes() {
    let mut app = overview_app(80, 24);
    let buffer = render(&app);
    // "harm" under sanctions (yellow in config.toml) in the first article's row.
    let (x, y) = find(&buffer, "2 harm", 16..80).expect("a sanctions cell");
    assert_eq!(buffer[(x, y)].fg, Color::Yellow);
    // The selected pair's articles are marked L and R.
    let shown = text(&buffer);
    let first = app.corpus.as_ref().unwrap().overview.pairs[0].clone();
    let row = |mark: &str, i: usize| format!("{mark}{} ", i + 1);
    assert!(shown.lines().any(|l| l.starts_with(&row("L", first.left))), "{shown}");
    assert!(shown.lines().any(|l| l.starts_with(&row("R", first.right))), "{shown}");

    assert_eq!(app.handle(Input::Confirm), counterpoint::reader::Effect::LoadState);
    let pair = screen(&app);
    assert!(pair.lines().last().unwrap().starts_with(" READ"), "{pair}");
    assert!(pair.contains("O overview"), "the way back is hinted\n{pair}");
    press(&mut app, &[Action::Overview]);
    assert!(screen(&app).starts_with(" Corpus overview"));
}

#[test]
fn overview_scrolls_on_small_screens() {
    for (w, h) in [(80, 24), (40, 10), (20, 5), (1, 1), (200, 3)] {
        let mut app = overview_app(w, h);
        for action in [Action::Bottom, Action::FocusRight, Action::PageUp, Action::Help] {
            app.update(action);
            render(&app);
        }
    }
    // With the matrix cut to a few rows, the selected pair's left article stays in view, and its
    // right one whenever the two fit in the rows there are.
    for height in [9, 10, 12] {
        let mut app = overview_app(80, height);
        press(&mut app, &[Action::Bottom]);
        let shown = screen(&app);
        let corpus = app.corpus.as_ref().expect("an overview");
        let pair = &corpus.overview.pairs[corpus.cursor];
        let rows: Vec<&str> = shown.lines().collect();
        let marked = |mark: &str, article: usize| {
            rows.iter().any(|r| r.starts_with(&format!("{mark}{} ", article + 1)))
        };
        assert!(marked("L", pair.left), "{shown}");
        let matrix_rows =
            rows.iter().filter(|r| r.chars().nth(1).is_some_and(|c| c.is_ascii_digit())).count();
        if pair.right - pair.left < matrix_rows {
            assert!(marked("R", pair.right), "{shown}");
        }
    }
}

#[test]
fn bookmarks_list_snapshot() {
    let mut app = demo_app(Palette::Indexed, 80, 24);
    press(
        &mut app,
        &[Action::ToggleView, Action::Bookmark, Action::PageDown, Action::PageDown, Action::Bookmark],
    );
    press(&mut app, &[Action::Bookmarks]);
    insta::assert_snapshot!("bookmarks_80x24", screen(&app));
    app.handle(Input::Delete);
    app.handle(Input::Cancel);
    press(&mut app, &[Action::Bookmarks]);
    assert!(screen(&app).contains("Bookmarks (1)"));
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

/// The contrasts list goes on with where both articles agree and the figures both give; the
/// cursor reaches them and Enter shows their two sentences, saying what they agree on.
#[test]
fn the_contrast_list_shows_agreements_and_shared_figures_and_jumps_to_them() {
    let left = "Title: Rents\n\nRents in Millbrook have climbed by about 30 percent since 2019, far faster than wages.\n\n\
                Sanctions have devastated ordinary families and hurt the middle class.\n\n\
                Broad sanctions harm ordinary Iranians who have no say at all.\n";
    let right = "Title: Housing\n\nSanctions have hurt ordinary Iranians and crushed the middle class.\n\n\
                 The shortages of medicine caused by sanctions are cruel.\n\n\
                 Rents in Millbrook have climbed by about 30 percent since 2019, and young families are leaving.\n";
    let (config, comparison) =
        comparison_of(Article::parse("left.md", left), Article::parse("right.md", right));
    assert!(!comparison.agreements.is_empty() && comparison.facts.len() == 1, "{:?}", comparison.facts);
    let mut app = App::new(config, comparison, None, Theme::new(Palette::Indexed));
    app.resize(80, 24);
    press(&mut app, &[Action::ToggleContrasts]);
    let shown = screen(&app);
    for line in [
        "── Where both agree ──",
        "= sanctions: both say harm",
        "── Facts both report ──",
        "= both give \"30 percent\"",
    ] {
        assert!(shown.contains(line), "{line} missing:\n{shown}");
    }
    assert!(shown.lines().all(|l| display_width(l) <= 80));
    press(&mut app, &[Action::Bottom]);
    app.handle(Input::Confirm);
    let shown = screen(&app);
    assert!(app.overlay.is_none() && app.selected.is_none());
    assert!(shown.contains("both agree: both give \"30 percent\""), "{shown}");
    // Both sentences with the figure are on screen.
    assert_eq!(shown.matches("30 percent since 2019").count(), 2, "{shown}");
}
