//! Whole-screen tests of what the reader shows, on ratatui's TestBackend: snapshots of the text
//! (insta) of every view and panel, what the contrasts list says (why it is empty, which
//! contrasts are weak evidence, where both articles agree), and the corpus overview.
//!
//! The snapshots use the bundled demo pair. When the engine's output changes on purpose,
//! re-accept them with `INSTA_UPDATE=always cargo test --test reader_ui` and review the diff.
//! Colours and other styles are tested in `reader_styles.rs`, odd sizes, inputs and state files
//! in `reader_robustness.rs`.

#[path = "support/reader_app.rs"]
mod reader_app;

use counterpoint::article::Article;
use counterpoint::config::Config;
use counterpoint::contrast::caution;
use counterpoint::keymap::Action;
use counterpoint::reader::wrap::display_width;
use counterpoint::reader::{App, Input, Palette, Theme};
use counterpoint::topics::TopicMap;
use ratatui::style::Color;
use reader_app::{comparison_of, demo_app, find, press, render, screen, text};

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
