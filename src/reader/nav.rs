//! Moving through the articles: scrolling, keeping the panes in sync, and jumping to topic
//! passages, contrasts and search matches. Part of [`App`]'s state changes; no I/O.

use std::rc::Rc;

use crate::article::SentenceId;
use crate::compare::Side;
use crate::config::View;
use crate::keymap::Action;
use crate::targets::table::TargetId;

use super::app::{App, Effect, CONTEXT_LINES};
use super::doc::{index, AlignedDoc, Anchor, ReadDoc};
use super::layout::Geometry;
use super::sync_path::SyncPath;

/// Synced panes move by the same lines while the other pane stays within this fraction of a
/// screen of the sync path.
const SYNC_SLACK_FRACTION: usize = 4;

/// The last line that may be at the top of a pane `height` lines high.
pub(crate) fn max_top(lines: usize, height: usize) -> usize {
    lines.saturating_sub(height.max(1))
}

fn pane(i: usize) -> Side {
    if i == 0 {
        Side::Left
    } else {
        Side::Right
    }
}

impl App {
    pub(crate) fn pane_doc(&self, g: &Geometry, pane: Side) -> Rc<ReadDoc> {
        self.docs.read(&self.comparison, self.side_of(pane), g.text_width(index(pane)))
    }

    pub(crate) fn aligned_doc(&self, g: &Geometry) -> Rc<AlignedDoc> {
        let panes = [self.side_of(Side::Left), self.side_of(Side::Right)];
        self.docs.aligned(&self.comparison, self.topic, panes, [g.text_width(0), g.text_width(1)])
    }

    /// The first line a Read pane shows.
    pub(crate) fn read_top_line(&self, g: &Geometry, pane: Side) -> usize {
        let doc = self.pane_doc(g, pane);
        doc.locate(self.read_top[index(self.side_of(pane))]).min(max_top(doc.len(), g.text_height()))
    }

    /// The first row the Aligned view shows.
    pub(crate) fn aligned_top_row(&self, g: &Geometry) -> usize {
        let doc = self.aligned_doc(g);
        doc.locate(self.aligned_top).min(max_top(doc.rows.len(), g.text_height()))
    }

    /// The topic of the pair at the top of the Aligned view.
    pub(crate) fn aligned_topic(&self, g: &Geometry) -> Option<TargetId> {
        let doc = self.aligned_doc(g);
        let anchor = doc.anchor(self.aligned_top_row(g));
        self.comparison.alignment.get(anchor.row).map(|r| r.target).filter(|_| !doc.blocks.is_empty())
    }

    /// The passage at the top of a Read pane.
    pub fn read_top_passage(&self, pane: Side) -> usize {
        let g = self.geometry();
        self.pane_doc(&g, pane).passage_at(self.read_top_line(&g, pane)).unwrap_or(0)
    }

    fn set_read_line(&mut self, pane: Side, line: usize) {
        let g = self.geometry();
        let doc = self.pane_doc(&g, pane);
        let line = line.min(max_top(doc.len(), g.text_height()));
        self.read_top[index(self.side_of(pane))] = doc.anchor(line);
    }

    fn set_aligned_row(&mut self, row: usize) {
        let g = self.geometry();
        let doc = self.aligned_doc(&g);
        self.aligned_top = doc.anchor(row.min(max_top(doc.rows.len(), g.text_height())));
    }

    /// Scrolls the focused pane (Read) or both (Aligned) by `delta` lines.
    pub(crate) fn scroll(&mut self, delta: isize) {
        self.scroll_pane(self.focus, delta);
    }

    /// Scrolls one pane; with sync on, the other follows it (see `follow`).
    pub fn scroll_pane(&mut self, pane: Side, delta: isize) {
        let g = self.geometry();
        match self.view {
            View::Read => {
                let before = self.read_top_line(&g, pane);
                self.set_read_line(pane, before.saturating_add_signed(delta));
                let moved = self.read_top_line(&g, pane) as isize - before as isize;
                if self.sync && moved != 0 {
                    self.follow(pane, Some(before));
                }
            }
            View::Aligned => {
                let row = self.aligned_top_row(&g).saturating_add_signed(delta);
                self.set_aligned_row(row);
            }
        }
    }

    pub(crate) fn scroll_to_end(&mut self, bottom: bool) {
        let line = if bottom { usize::MAX } else { 0 };
        match self.view {
            View::Read => {
                self.set_read_line(self.focus, line);
                if self.sync {
                    self.set_read_line(self.focus.other(), line);
                }
            }
            View::Aligned => self.set_aligned_row(line),
        }
    }

    /// Moves the other Read pane after `pane`'s top line went from `from` (`None`: bring it
    /// onto the path exactly) along the sync path (see `sync_path`): the chain of aligned
    /// passages in order, in proportion between them, by the same lines as `pane` while that
    /// keeps within a quarter screen of the path. It never goes back while `pane` goes forward
    /// and ends when `pane` ends.
    fn follow(&mut self, pane: Side, from: Option<usize>) {
        let g = self.geometry();
        let height = g.text_height();
        let (lead, other) = (self.side_of(pane), self.side_of(pane.other()));
        let docs = [Side::Left, Side::Right]
            .map(|side| self.docs.read(&self.comparison, side, g.text_width(index(self.side_of(side)))));
        let end = docs.clone().map(|doc| max_top(doc.len(), height));
        let path = SyncPath::new(&self.docs.chain, [&docs[0].first, &docs[1].first], end);
        let (top, current) = (self.read_top_line(&g, pane), self.read_top_line(&g, pane.other()));
        let line = match from {
            Some(from) => path.step(index(lead), from, top, current, height / SYNC_SLACK_FRACTION),
            None => path.follow(index(lead), top),
        };
        if line != current {
            self.read_top[index(other)] = docs[index(other)].anchor(line);
        }
    }

    /// Brings the other Read pane to its place on the sync path for `pane`'s top line.
    pub(crate) fn sync_from(&mut self, pane: Side) {
        if self.view == View::Read {
            self.follow(pane, None);
        }
    }

    /// The explicit jump: brings the other pane to the passage aligned with the one at the
    /// top of the focused pane, in whatever order the articles have them; pressed again, to
    /// the next of its counterparts. Synced scrolling would pull the pane back to the path at
    /// the next key, so it is turned off (and said so).
    pub(crate) fn jump_to_counterpart(&mut self) {
        if self.view != View::Read {
            self.say("the Aligned view shows counterparts side by side already");
            return;
        }
        let pane = self.focus;
        let side = self.side_of(pane);
        let passage = self.read_top_passage(pane);
        let current = self.read_top_passage(pane.other());
        let mut facing: Vec<usize> = self.facing(side, passage).collect();
        facing.sort_unstable();
        facing.dedup();
        let target = match facing.iter().position(|&q| q == current) {
            Some(i) if facing.len() > 1 => facing[(i + 1) % facing.len()],
            Some(_) => current,
            None => match facing.iter().min_by_key(|q| q.abs_diff(current)) {
                Some(&q) => q,
                None => {
                    self.say(format!(
                        "¶{} of the {} article has no aligned passage",
                        passage + 1,
                        side.label()
                    ));
                    return;
                }
            },
        };
        self.read_top[index(side.other())] = Anchor { passage: target, offset: 0 };
        let which = facing.iter().position(|&q| q == target).map_or(0, |i| i + 1);
        let mut note = format!("¶{} faces ¶{} ({which} of {})", passage + 1, target + 1, facing.len());
        if self.sync {
            self.sync = false;
            let key = self.config.keymap.keys_for(Action::ToggleSync).first().map(|k| k.to_string());
            note.push_str(&match key {
                Some(key) => format!("; sync off, {key} resumes it"),
                None => "; sync off".to_string(),
            });
        }
        self.say(note);
    }

    /// The passages of the other article aligned with `passage` of `side`.
    fn facing(&self, side: Side, passage: usize) -> impl Iterator<Item = usize> + '_ {
        self.docs.facing(side, passage)
    }

    /// Scrolls the pane showing `side` so the line with `offset` (in the original passage
    /// text) is near the top, in either view.
    pub(crate) fn show(&mut self, side: Side, passage: usize, offset: usize, block: Option<usize>) -> bool {
        let pane = self.side_of(side);
        let Some(vis) = self.docs.vis(&self.comparison, side, passage) else { return false };
        let vis_offset = vis.to_vis(offset);
        let g = self.geometry();
        match self.view {
            View::Read => {
                let line = self.pane_doc(&g, pane).locate(Anchor { passage, offset: vis_offset });
                self.set_read_line(pane, line.saturating_sub(CONTEXT_LINES));
                true
            }
            View::Aligned => {
                let doc = self.aligned_doc(&g);
                let range = block
                    .and_then(|row| doc.blocks.iter().find(|b| b.row == row))
                    .map_or(0..doc.rows.len(), |b| b.start..b.start + b.len);
                let found = doc
                    .row_of(range, index(pane), passage, vis_offset)
                    .or_else(|| doc.row_of(0..doc.rows.len(), index(pane), passage, vis_offset));
                if let Some(row) = found {
                    self.set_aligned_row(row.saturating_sub(CONTEXT_LINES));
                }
                found.is_some()
            }
        }
    }

    /// `n` / `N`: the next or previous contrast, among those on the topic filter's topic.
    pub(crate) fn step_contrast(&mut self, forward: bool) {
        let shown = self.shown_contrasts();
        if shown.is_empty() {
            match self.topic {
                Some(t) if !self.comparison.contrasts.is_empty() => {
                    let label = self.comparison.targets[t].label();
                    self.say(format!("no contrasts on {label} (t for all topics)"));
                }
                _ => self.say("no contrasts found between these articles"),
            }
            return;
        }
        let at = self.selected.and_then(|i| shown.iter().position(|&s| s == i));
        let next = match (at, forward) {
            (Some(k), true) if k + 1 < shown.len() => k + 1,
            (Some(k), false) if k > 0 => k - 1,
            (Some(k), _) => {
                self.say(if forward { "this is the last contrast" } else { "this is the first contrast" });
                k
            }
            // From a contrast the filter hides, the next one after it in the list's order.
            (None, true) => shown.iter().position(|&s| self.selected.is_none_or(|i| s > i)).unwrap_or(0),
            (None, false) => {
                shown.iter().rposition(|&s| self.selected.is_none_or(|i| s < i)).unwrap_or(shown.len() - 1)
            }
        };
        self.select_contrast(shown[next]);
    }

    /// Selects a contrast and brings both of its sentences into view.
    pub fn select_contrast(&mut self, i: usize) {
        let Some(c) = self.comparison.contrasts.get(i) else { return };
        let (target, left, right) = (c.target, c.left, c.right);
        self.selected = Some(i);
        self.show_sentences(target, left, right, "contrast");
    }

    /// Brings a left and a right sentence into view: in the Aligned view, in the pair of
    /// passages that holds both if there is one. `what` names them in the status line.
    pub(crate) fn show_sentences(
        &mut self,
        target: Option<TargetId>,
        left_at: SentenceId,
        right_at: SentenceId,
        what: &str,
    ) {
        let sentence_start = |side: Side, at: crate::article::SentenceId| {
            let passages = &self.comparison.side(side).article.passages;
            passages.get(at.passage).and_then(|p| p.sentences.get(at.sentence)).map_or(0, |r| r.start)
        };
        let (left, right) = (sentence_start(Side::Left, left_at), sentence_start(Side::Right, right_at));
        // The pair that holds both sentences; else a pair of the contrast's topic with the left
        // sentence; else any pair with it.
        let row = |app: &App| {
            let rows = &app.comparison.alignment;
            let shown = |r: &crate::align::Row| app.topic.is_none_or(|t| t == r.target);
            let on_topic = |r: &crate::align::Row| target.is_none_or(|t| t == r.target);
            let left_here = |r: &crate::align::Row| r.left == Some(left_at.passage);
            rows.iter()
                .position(|r| shown(r) && on_topic(r) && left_here(r) && r.right == Some(right_at.passage))
                .or_else(|| rows.iter().position(|r| shown(r) && on_topic(r) && left_here(r)))
                .or_else(|| rows.iter().position(|r| shown(r) && left_here(r)))
        };
        if self.view == View::Read {
            self.show(Side::Left, left_at.passage, left, None);
            self.show(Side::Right, right_at.passage, right, None);
            return;
        }
        let mut block = row(self);
        if block.is_none() && self.topic.is_some() {
            self.topic = None;
            self.say(format!("topic filter cleared to show this {what}"));
            block = row(self);
        }
        self.show(Side::Left, left_at.passage, left, block);
        let together = block.is_some_and(|b| self.comparison.alignment[b].right == Some(right_at.passage));
        if !together {
            self.say(format!(
                "the right sentence (¶{}) is paired elsewhere here: v shows both in the Read view",
                right_at.passage + 1
            ));
        }
    }

    /// `]` / `[`: the next or previous passage on the topic filter's topic (any topic when
    /// there is no filter) in the focused pane; in the Aligned view, the next or previous pair.
    pub(crate) fn topic_passage(&mut self, forward: bool) {
        let g = self.geometry();
        let label = self.topic.map_or("any topic".to_string(), |t| self.comparison.targets[t].label());
        let moved = match self.view {
            View::Read => {
                let pane = self.focus;
                let side = self.side_of(pane);
                let mut passages: Vec<usize> = match self.topic {
                    Some(t) => self.comparison.passages_on(side, t),
                    None => self
                        .comparison
                        .targets
                        .ids()
                        .flat_map(|t| self.comparison.passages_on(side, t))
                        .collect(),
                };
                passages.sort_unstable();
                passages.dedup();
                let doc = self.pane_doc(&g, pane);
                let top = self.read_top_line(&g, pane);
                let starts = passages.iter().filter_map(|&p| doc.first.get(p).copied());
                let target =
                    if forward { starts.clone().find(|&s| s > top) } else { starts.rev().find(|&s| s < top) };
                target.is_some_and(|line| {
                    self.set_read_line(pane, line);
                    if self.sync {
                        self.sync_from(pane);
                    }
                    self.read_top_line(&g, pane) != top
                })
            }
            View::Aligned => {
                let doc = self.aligned_doc(&g);
                let top = self.aligned_top_row(&g);
                let starts = doc.blocks.iter().map(|b| b.start);
                let target =
                    if forward { starts.clone().find(|&s| s > top) } else { starts.rev().find(|&s| s < top) };
                target.is_some_and(|row| {
                    self.set_aligned_row(row);
                    self.aligned_top_row(&g) != top
                })
            }
        };
        if !moved {
            let which = if forward { "further" } else { "earlier" };
            self.say(format!("no {which} passage on {label}"));
        }
    }

    pub(crate) fn wheel(&mut self, column: u16, row: u16, down: bool) -> Effect {
        if self.overlay.is_some() || self.showing_overview() {
            return self.update(if down { Action::ScrollDown } else { Action::ScrollUp });
        }
        let g = self.geometry();
        match g.pane_at(column, row) {
            Some(p) => {
                self.scroll_pane(pane(p), if down { 3 } else { -3 });
                Effect::Redraw
            }
            None => Effect::None,
        }
    }

    /// How far through the focused pane the reader is, as the status bar shows it.
    pub(crate) fn position(&self, g: &Geometry) -> String {
        let (top, len) = match self.view {
            View::Read => (self.read_top_line(g, self.focus), self.pane_doc(g, self.focus).len()),
            View::Aligned => (self.aligned_top_row(g), self.aligned_doc(g).rows.len()),
        };
        match (top * 100).checked_div(max_top(len, g.text_height())) {
            Some(percent) => format!("{percent}%"),
            None => "all".to_string(),
        }
    }
}
