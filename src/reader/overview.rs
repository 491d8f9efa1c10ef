//! The corpus overview as a screen of the reader: the matrix of articles by topics and the
//! ranked pairs, a cursor on the pairs, and the way into a pair (Enter) and back out (the
//! `overview` action). Opening a pair compares two already analysed articles; nothing is read
//! from disk again. No I/O here: loading the pair's remembered state is left to the event loop.

use crate::compare::{Comparison, Side};
use crate::config::Config;
use crate::corpus::Overview;
use crate::keymap::Action;
use crate::report::{render_overview, Format};
use crate::topics::TopicMap;

use super::app::{App, Effect};
use super::doc::{AlignedAnchor, Anchor};
use super::layout::overview_layout;
use super::overview_state::Corpus;
use super::panel::{move_in_list, Overlay};
use super::view::theme::Theme;

impl App {
    /// A reader that opens on the corpus overview. Fails when the config's topic map does not
    /// build or there are no articles.
    pub fn with_overview(config: Config, overview: Overview, theme: Theme) -> anyhow::Result<App> {
        let map = TopicMap::new(&config)?;
        let corpus = Corpus { overview, map, cursor: 0, column: 0, showing: true, opened: None };
        // The pair behind the overview until one is opened: the first ranked.
        let comparison =
            corpus.comparison(0, &config).ok_or_else(|| anyhow::anyhow!("no articles to show"))?;
        let mut app = App::new(config, comparison, None, theme);
        app.corpus = Some(Box::new(corpus));
        Ok(app)
    }

    /// Says in the status bar which files the overview left out: the first, and how many.
    pub fn warn_skipped(&mut self, skipped: &[String]) {
        match skipped {
            [] => {}
            [one] => self.error(format!("warning: {one}")),
            [first, rest @ ..] => {
                self.error(format!("warning: {first} (and {} more files skipped)", rest.len()))
            }
        }
    }

    /// True while the corpus overview is on screen.
    pub fn showing_overview(&self) -> bool {
        self.corpus.as_ref().is_some_and(|c| c.showing)
    }

    /// A pair is being read, or was until the overview came back: false only for the pair
    /// behind an overview from which nothing has been opened yet.
    pub fn has_pair(&self) -> bool {
        self.corpus.as_ref().is_none_or(|c| c.opened.is_some())
    }

    /// `Backspace`/`O` in a pair: back to the overview (saving the pair's state on the way).
    pub(crate) fn back_to_overview(&mut self) -> Effect {
        let Some(corpus) = self.corpus.as_mut() else {
            self.say("no corpus overview: open a directory or several articles to get one");
            return Effect::Redraw;
        };
        corpus.showing = true;
        self.overlay = None;
        Effect::SaveState
    }

    /// What a key does on the overview screen.
    pub(crate) fn overview_action(&mut self, action: Action) -> Effect {
        let rows = overview_layout(self.area, self.overview_sizes()).list.height;
        let page = usize::from(rows).max(1);
        let Some(corpus) = self.corpus.as_mut() else { return Effect::None };
        if move_in_list(&mut corpus.cursor, corpus.overview.pairs.len(), page, action) {
            return Effect::Redraw;
        }
        match action {
            Action::FocusRight | Action::FocusNext => {
                corpus.column = (corpus.column + 1).min(corpus.overview.targets.len().saturating_sub(1));
            }
            Action::FocusLeft => corpus.column = corpus.column.saturating_sub(1),
            Action::Overview => match corpus.opened {
                Some(_) => corpus.showing = false,
                None => self.say("Enter opens the selected pair"),
            },
            Action::Export => return self.export_overview(),
            Action::Help => self.overlay = Some(Overlay::Help { scroll: 0 }),
            Action::Quit => return Effect::Quit,
            _ => return Effect::None,
        }
        Effect::Redraw
    }

    /// Articles and pairs, for the overview's layout.
    pub(crate) fn overview_sizes(&self) -> (usize, usize) {
        self.corpus.as_ref().map_or((0, 0), |c| (c.overview.articles.len(), c.overview.pairs.len()))
    }

    /// Enter on the overview: opens the selected pair in the split-pane reader.
    pub(crate) fn open_selected_pair(&mut self) -> Effect {
        let Some(corpus) = self.corpus.as_mut() else { return Effect::None };
        let pair = corpus.cursor;
        if corpus.opened == Some(pair) {
            corpus.showing = false;
            return Effect::Redraw;
        }
        let Some(comparison) = corpus.comparison(pair, &self.config) else { return Effect::None };
        corpus.opened = Some(pair);
        corpus.showing = false;
        self.start_pair(comparison);
        Effect::LoadState
    }

    /// Shows a new pair from its start, as the config says to open it.
    fn start_pair(&mut self, comparison: Comparison) {
        self.replace(self.config.clone(), comparison, None);
        self.view = self.config.reader.view;
        self.focus = Side::Left;
        self.swapped = false;
        self.read_top = [Anchor::default(); 2];
        self.aligned_top = AlignedAnchor::default();
        self.topic = None;
        self.selected = None;
        self.search = None;
        self.overlay = None;
        self.bookmarks.clear();
    }

    /// `e` on the overview: the matrix and ranked pairs as Markdown, beside the first article.
    fn export_overview(&self) -> Effect {
        let Some(corpus) = self.corpus.as_ref() else { return Effect::None };
        let beside = corpus.overview.articles.first().map(|a| a.article.name.clone()).unwrap_or_default();
        Effect::Export {
            beside: beside.into(),
            file_name: "corpus.counterpoint.md".to_string(),
            markdown: render_overview(&corpus.overview, Format::Markdown, 80),
        }
    }
}
