//! The reader's state and how an input reaches it (what each key action then does is in
//! `actions`). No terminal I/O happens here: anything that needs the outside world (reading
//! files for a reload, listing a directory) is handed back to the event loop as an [`Effect`],
//! so all of this is tested with plain values.

use std::path::PathBuf;

use ratatui::layout::Rect;

use crate::compare::{Comparison, Side};
use crate::config::{Config, View};
use crate::session::Inputs;
use crate::state::{pair_key, Bookmark, StateStore};
use crate::targets::table::TargetId;
use crate::text::sanitize::visible;

use super::doc::{index, AlignedAnchor, Anchor, Docs};
use super::input::Input;
use super::layout::{geometry, Geometry};
use super::search::Search;
use super::view::theme::Theme;

pub use super::overview_state::Corpus;
pub use super::panel::{Overlay, Picker};

/// What the event loop should do after an input.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Nothing changed; no need to draw.
    None,
    Redraw,
    Quit,
    /// Load the same files and config again.
    Reload,
    /// List the articles in this directory for the picker.
    ListArticles(PathBuf),
    /// Load another pair.
    Open(Inputs),
    /// Save the remembered state of the pair on screen (bookmarks changed, or it was left).
    SaveState,
    /// Load the remembered state of the pair just opened.
    LoadState,
    /// Write `markdown` as `file_name` in the export folder (`crate::exports`), never beside
    /// the articles; `beside` names the article it is about.
    Export {
        beside: PathBuf,
        file_name: String,
        markdown: String,
    },
}

/// A line for the status bar instead of the key hints, until the next key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

/// Everything the reader shows and remembers.
#[derive(Debug)]
pub struct App {
    pub config: Config,
    pub comparison: Comparison,
    pub inputs: Option<Inputs>,
    pub theme: Theme,
    pub(crate) docs: Docs,
    pub view: View,
    pub sync: bool,
    /// The focused pane (screen order).
    pub focus: Side,
    /// The right article is shown in the left pane and the other way round.
    pub swapped: bool,
    pub left_percent: u16,
    /// The terminal size, for page sizes and mouse positions.
    pub area: Rect,
    /// Read view positions, per article.
    pub(crate) read_top: [Anchor; 2],
    pub(crate) aligned_top: AlignedAnchor,
    pub topic: Option<TargetId>,
    /// Index into `comparison.contrasts`.
    pub selected: Option<usize>,
    pub search: Option<Search>,
    /// The search being typed after `/`.
    pub prompt: Option<String>,
    pub overlay: Option<Overlay>,
    pub message: Option<Message>,
    /// Marked places of this pair, remembered with its state.
    pub bookmarks: Vec<Bookmark>,
    /// Where pair states are remembered; `None` remembers nothing.
    pub store: Option<StateStore>,
    /// The last failure to save the state, reported again after quitting.
    pub save_error: Option<String>,
    /// The corpus overview, when the reader was opened on several articles.
    pub corpus: Option<Box<Corpus>>,
    /// The content hash naming the pair in the store.
    key: String,
}

/// The longest search query kept at the prompt (bytes): longer than any phrase worth
/// searching, short enough that every frame and every search stays cheap.
pub(crate) const MAX_QUERY_BYTES: usize = 256;

/// Lines kept above a sentence the reader jumps to.
pub(crate) const CONTEXT_LINES: usize = 2;

impl App {
    pub fn new(config: Config, comparison: Comparison, inputs: Option<Inputs>, theme: Theme) -> App {
        let docs = Docs::new(&comparison);
        let key = pair_key(&comparison.left.article, &comparison.right.article);
        App {
            view: config.reader.view,
            sync: config.reader.sync,
            left_percent: config.reader.left_width_percent.clamp(20, 80),
            config,
            comparison,
            inputs,
            theme,
            docs,
            focus: Side::Left,
            swapped: false,
            area: Rect::new(0, 0, 80, 24),
            read_top: [Anchor::default(); 2],
            aligned_top: AlignedAnchor::default(),
            topic: None,
            selected: None,
            search: None,
            prompt: None,
            overlay: None,
            message: None,
            bookmarks: Vec::new(),
            store: None,
            save_error: None,
            corpus: None,
            key,
        }
    }

    /// The key of the pair on screen in the state store.
    pub fn pair_key(&self) -> &str {
        &self.key
    }

    /// Tells the app the terminal size. Positions are anchors, so nothing else moves.
    pub fn resize(&mut self, width: u16, height: u16) {
        self.area = Rect::new(0, 0, width, height);
    }

    /// The article shown in a pane.
    pub fn side_of(&self, pane: Side) -> Side {
        if self.swapped {
            pane.other()
        } else {
            pane
        }
    }

    /// Rows the reason box wants on a screen of this size: the reason (up to two lines) and
    /// the word diff, or one line on small screens.
    fn reason_lines(&self, area: Rect) -> u16 {
        match self.selected.and_then(|i| self.comparison.contrasts.get(i)) {
            Some(c) if area.height >= 20 => 2 + u16::from(c.diff.is_some()),
            Some(_) => 1,
            None => 0,
        }
    }

    /// The screen split for a frame of this size.
    pub(crate) fn geometry_for(&self, area: Rect) -> Geometry {
        geometry(area, self.left_percent, self.reason_lines(area))
    }

    pub(crate) fn geometry(&self) -> Geometry {
        self.geometry_for(self.area)
    }

    pub fn say(&mut self, text: impl AsRef<str>) {
        self.message = Some(Message { text: visible(text.as_ref()).into_owned(), error: false });
    }

    /// Shows an error in the status bar (sanitized: it may quote file names or contents).
    pub fn error(&mut self, text: impl AsRef<str>) {
        let one_line = text.as_ref().replace('\n', " ");
        self.message = Some(Message { text: visible(&one_line).into_owned(), error: true });
    }

    /// Shows the first thing decoding an article warned about (invalid UTF-8 replaced, say) in
    /// the status bar; whether there was one.
    pub fn warn_about_articles(&mut self) -> bool {
        let first = [&self.comparison.left, &self.comparison.right].iter().find_map(|side| {
            side.article.warnings.first().map(|w| format!("warning: {}: {w}", side.article.name))
        });
        match first {
            Some(warning) => {
                self.error(warning);
                true
            }
            None => false,
        }
    }

    /// Puts a freshly loaded comparison (and config) in place, keeping the reader's place,
    /// view and settings where they still make sense.
    pub fn replace(&mut self, config: Config, comparison: Comparison, inputs: Option<Inputs>) {
        self.docs = Docs::new(&comparison);
        self.key = pair_key(&comparison.left.article, &comparison.right.article);
        self.comparison = comparison;
        self.config = config;
        if inputs.is_some() {
            self.inputs = inputs;
        }
        self.topic = self.topic.filter(|&t| self.comparison.targets.get(t).is_some());
        self.selected = self.selected.filter(|&i| i < self.comparison.contrasts.len());
        if let Some(query) = self.search.as_ref().map(|s| s.query.clone()) {
            self.search =
                Some(Search::new(&query, &self.comparison.left.article, &self.comparison.right.article));
        }
        for side in [Side::Left, Side::Right] {
            let passages = self.comparison.side(side).article.passages.len();
            let top = &mut self.read_top[index(side)];
            if top.passage >= passages {
                *top = Anchor::default();
            }
        }
        if self.aligned_top.row >= self.comparison.alignment.len() {
            self.aligned_top = AlignedAnchor::default();
        }
    }

    /// Where key presses go now.
    pub fn input_mode(&self) -> super::input::Mode {
        use super::input::Mode;
        if self.prompt.is_some() {
            Mode::Prompt
        } else if self.overlay.is_some() {
            Mode::Overlay
        } else {
            Mode::Normal
        }
    }

    /// Handles one input.
    pub fn handle(&mut self, input: Input) -> Effect {
        if let Input::Resize(w, h) = input {
            self.resize(w, h);
            return Effect::Redraw;
        }
        if input == Input::ForceQuit {
            return Effect::Quit;
        }
        let had_message = self.message.take().is_some();
        let effect = match input {
            Input::Wheel { column, row, down } => self.wheel(column, row, down),
            _ if self.prompt.is_some() => self.prompt_input(input),
            Input::Action(action) => self.update(action),
            Input::Confirm if self.overlay.is_none() && self.showing_overview() => self.open_selected_pair(),
            Input::Confirm => self.confirm(),
            Input::Delete if matches!(self.overlay, Some(Overlay::Bookmarks { .. })) => {
                self.delete_bookmark()
            }
            Input::Cancel if self.overlay.is_some() => {
                self.overlay = None;
                Effect::Redraw
            }
            // Vim users press Esc by reflex: outside a panel it only drops the search highlight.
            Input::Cancel if self.search.is_some() => {
                self.search = None;
                Effect::Redraw
            }
            _ => Effect::None,
        };
        if had_message && effect == Effect::None {
            Effect::Redraw
        } else {
            effect
        }
    }

    fn prompt_input(&mut self, input: Input) -> Effect {
        let Some(prompt) = self.prompt.as_mut() else { return Effect::None };
        match input {
            // A paste arrives as one key per character; past the cap it is cut, not slowed.
            Input::Char(c) if prompt.len() < MAX_QUERY_BYTES => prompt.push(c),
            Input::Char(_) => {}
            Input::Backspace => {
                prompt.pop();
            }
            Input::Cancel => self.prompt = None,
            Input::Confirm => {
                let query = self.prompt.take().unwrap_or_default();
                self.start_search(&query);
            }
            _ => return Effect::None,
        }
        Effect::Redraw
    }

    /// Runs a search typed at the prompt: highlights every match and moves to the first one
    /// after the focused pane's position. An empty query clears the search.
    pub fn start_search(&mut self, query: &str) {
        if query.is_empty() {
            self.search = None;
            return;
        }
        let search = Search::new(query, &self.comparison.left.article, &self.comparison.right.article);
        let total = search.total();
        self.search = Some(search);
        if total == 0 {
            self.error(format!("no match for \"{query}\""));
        } else {
            self.search_step(true, true);
        }
    }
}
