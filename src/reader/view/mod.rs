//! Drawing: turns the borrowed [`App`] state into a frame. Nothing here changes state; every
//! string from an article, a file name or an error passes through `sanitize::visible` first
//! (the article text already did, in `wrap::VisText`).

mod aligned;
mod bookmarks;
mod contrasts;
mod help;
mod overview;
mod pane;
mod picker;
mod status;
pub mod theme;

pub(crate) use super::layout::overlay_box;

use std::collections::HashSet;

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::{Block, Widget};
use ratatui::Frame;

use crate::article::SentenceId;
use crate::compare::Side;
use crate::config::View;

use super::app::{App, Overlay};
use super::doc::index;
use super::wrap::display_width;
use crate::text::sanitize::visible;

/// Draws the whole reader into a frame.
pub fn draw(frame: &mut Frame, app: &App) {
    frame.render_widget(app, frame.area());
}

impl Widget for &App {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if area.is_empty() {
            return;
        }
        match self.corpus.as_deref() {
            Some(corpus) if corpus.showing => overview::render(self, corpus, area, buf),
            _ => self.render_pair(area, buf),
        }
        match &self.overlay {
            Some(Overlay::Help { scroll }) => help::render(self, *scroll, area, buf),
            Some(Overlay::Contrasts { cursor }) => contrasts::render_list(self, *cursor, area, buf),
            Some(Overlay::Picker(picker)) => picker::render(self, picker, area, buf),
            Some(Overlay::Bookmarks { cursor }) => bookmarks::render(self, *cursor, area, buf),
            None => {}
        }
    }
}

impl App {
    /// The two panes, the reason box and the status bar.
    fn render_pair(&self, area: Rect, buf: &mut Buffer) {
        let g = self.geometry_for(area);
        let marks = Marks::new(self);
        for pane in [Side::Left, Side::Right] {
            pane::render_header(self, &g, pane, buf);
        }
        for y in g.separator.top()..g.separator.bottom() {
            put(buf, g.separator.x, y, "│", 1, self.theme.dim());
        }
        match self.view {
            View::Read => {
                for pane in [Side::Left, Side::Right] {
                    pane::render_read(self, &g, pane, &marks, buf);
                }
            }
            View::Aligned => aligned::render(self, &g, &marks, buf),
        }
        contrasts::render_reason(self, g.reason, buf);
        status::render(self, &g, buf);
    }
}

/// Which sentences take part in a contrast, per article, and which belong to the selected one.
pub(crate) struct Marks {
    pub contrast: [HashSet<SentenceId>; 2],
    pub selected: [Option<SentenceId>; 2],
    /// The selected contrast's cues (and the negations that flipped them), as byte ranges of
    /// the selected sentence on each side.
    pub cues: [Vec<std::ops::Range<usize>>; 2],
}

impl Marks {
    fn new(app: &App) -> Marks {
        let mut marks =
            Marks { contrast: Default::default(), selected: [None, None], cues: Default::default() };
        for c in &app.comparison.contrasts {
            marks.contrast[0].insert(c.left);
            marks.contrast[1].insert(c.right);
        }
        if let Some(c) = app.selected.and_then(|i| app.comparison.contrasts.get(i)) {
            marks.selected = [Some(c.left), Some(c.right)];
            for (side, evidence) in c.evidence.iter().enumerate() {
                marks.cues[side] = evidence
                    .supporting()
                    .flat_map(|cue| std::iter::once(cue.span.clone()).chain(cue.negated_by.clone()))
                    .collect();
            }
        }
        marks
    }

    pub fn is_contrast(&self, side: Side, at: SentenceId) -> bool {
        self.contrast[index(side)].contains(&at)
    }

    pub fn is_selected(&self, side: Side, at: SentenceId) -> bool {
        self.selected[index(side)] == Some(at)
    }
}

/// Writes `text` at (x, y), at most `width` columns, staying inside the buffer; returns the
/// column after it.
pub(crate) fn put(buf: &mut Buffer, x: u16, y: u16, text: &str, width: usize, style: Style) -> u16 {
    let area = buf.area;
    if y < area.top() || y >= area.bottom() || x < area.left() || x >= area.right() {
        return x;
    }
    buf.set_stringn(x, y, text, width, style).0
}

/// `text` cut to `width` columns, with `…` where it was cut.
pub(crate) fn fit(text: &str, width: usize) -> String {
    if display_width(text) <= width {
        return text.to_string();
    }
    if width == 0 {
        return String::new();
    }
    let mut out = String::new();
    let mut used = 0;
    for g in unicode_segmentation::UnicodeSegmentation::graphemes(text, true) {
        let w = display_width(g);
        if used + w + 1 > width {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    out
}

/// The first key bound to an action, as the help and hints name it.
pub(crate) fn first_key(app: &App, action: crate::keymap::Action) -> Option<String> {
    app.config.keymap.keys_for(action).first().map(|k| k.to_string())
}

/// [`first_key`] made safe to show (a key name comes from the user's config), empty if unbound.
pub(crate) fn key_name(app: &App, action: crate::keymap::Action) -> String {
    first_key(app, action).map(|k| visible(&k).into_owned()).unwrap_or_default()
}

/// Draws a panel's border with its title and footer cut to fit; the area inside, or `None`
/// when the panel has no room inside.
pub(crate) fn panel(buf: &mut Buffer, outer: Rect, title: &str, footer: &str) -> Option<Rect> {
    let width = usize::from(outer.width.saturating_sub(2));
    let block = Block::bordered().title(fit(title, width)).title_bottom(fit(footer, width));
    let inner = block.inner(outer);
    block.render(outer, buf);
    (!inner.is_empty()).then_some(inner)
}
