//! Moving through the articles: scrolling, keeping the panes in sync, and jumping to topic
//! passages, contrasts and search matches. Part of [`App`]'s state changes; no I/O.

use std::rc::Rc;

use crate::compare::Side;
use crate::config::View;
use crate::keymap::Action;
use crate::targets::table::TargetId;

use super::app::{App, Effect, CONTEXT_LINES};
use super::doc::{index, AlignedDoc, Anchor, ReadDoc};
use super::layout::Geometry;

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
        self.docs.read(self.side_of(pane), g.text_width(index(pane)))
    }

    pub(crate) fn aligned_doc(&self, g: &Geometry) -> Rc<AlignedDoc> {
        let panes = [self.side_of(Side::Left), self.side_of(Side::Right)];
        self.docs.aligned(&self.comparison.alignment, self.topic, panes, [g.text_width(0), g.text_width(1)])
    }

    /// The first line a Read pane shows.
    pub(crate) fn read_top_line(&self, g: &Geometry, pane: Side) -> usize {
        let doc = self.pane_doc(g, pane);
        doc.locate(self.read_top[index(self.side_of(pane))]).min(max_top(doc.lines.len(), g.text_height()))
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
        let line = line.min(max_top(doc.lines.len(), g.text_height()));
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
                    self.follow(pane, moved);
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

    /// Moves the other Read pane after `pane` scrolled by `moved` lines. Like vim's
    /// scrollbind, it moves by the same lines as long as a passage aligned with the one at
    /// `pane`'s top then shows in the top half of the other pane (or that passage has none);
    /// if the step would take it out, the other pane moves only as far as it still shows; if
    /// none showed before either, the other pane re-anchors on the counterpart, as deep into
    /// it as `pane`'s top is into its own passage.
    ///
    /// Both panes moving by the same lines is a frame the terminal shifts cheaply (a scroll
    /// region), so the other pane re-anchors only when the panes have drifted apart. It waits
    /// while the focused pane reads on through a passage longer than its counterpart instead
    /// of snapping back to the counterpart's start, which would jump back and forth; and it
    /// re-anchors at the focused pane's depth so that scrolling up into a passage lands on the
    /// end of its counterpart, not its start.
    fn follow(&mut self, pane: Side, moved: isize) {
        let g = self.geometry();
        let height = g.text_height().max(1);
        let other = pane.other();
        let (doc, other_doc) = (self.pane_doc(&g, pane), self.pane_doc(&g, other));
        let top = self.read_top_line(&g, pane);
        let current = self.read_top_line(&g, other);
        let stepped = current.saturating_add_signed(moved).min(max_top(other_doc.lines.len(), height));
        let Some(passage) = doc.passage_at(top) else { return };
        let side = self.side_of(pane);
        // The lines at the top of the other pane from which each facing passage shows in its
        // top half.
        let span = |q: usize| {
            let start = *other_doc.first.get(q)?;
            let end = other_doc.first.get(q + 1).copied().unwrap_or(other_doc.lines.len());
            // Up to its last text line, the one before its blank.
            Some(start.saturating_sub(height / 2)..=end.saturating_sub(2).max(start))
        };
        let spans: Vec<_> = self.facing(side, passage).filter_map(span).collect();
        let line = if spans.is_empty() || spans.iter().any(|s| s.contains(&stepped)) {
            stepped
        } else if let Some(s) = spans.iter().find(|s| s.contains(&current)) {
            stepped.clamp(*s.start(), *s.end())
        } else {
            let near = other_doc.passage_at(current).unwrap_or(0);
            let Some(target) = self.counterpart(side, passage, near) else { return };
            let Some(&start) = other_doc.first.get(target) else { return };
            let last = span(target).map_or(start, |s| *s.end());
            let depth = top.saturating_sub(doc.first.get(passage).copied().unwrap_or(top));
            start + depth.min(last - start)
        };
        let line = line.min(max_top(other_doc.lines.len(), height));
        if line != current {
            self.set_read_line(other, line);
        }
    }

    /// Brings the other Read pane to the passage aligned with the one at the top of `pane`.
    pub(crate) fn sync_from(&mut self, pane: Side) {
        if self.view != View::Read {
            return;
        }
        let side = self.side_of(pane);
        let passage = self.read_top_passage(pane);
        let current = self.read_top_passage(pane.other());
        if let Some(target) = self.counterpart(side, passage, current) {
            if target != current {
                self.read_top[index(side.other())] = Anchor { passage: target, offset: 0 };
            }
        }
    }

    /// The passage of the other article that faces `passage` of `side`: its aligned
    /// counterpart (the one nearest `near` if it has several), else the counterpart of the
    /// nearest passage before it, else the same relative position.
    pub fn counterpart(&self, side: Side, passage: usize, near: usize) -> Option<usize> {
        let facing = |p: usize| self.facing(side, p).min_by_key(|q| q.abs_diff(near));
        if let Some(q) = (0..=passage).rev().find_map(facing) {
            return Some(q);
        }
        let (own, other) = (
            self.comparison.side(side).article.passages.len().max(1),
            self.comparison.side(side.other()).article.passages.len(),
        );
        (other > 0).then(|| (passage * other / own).min(other - 1))
    }

    /// The passages of the other article aligned with `passage` of `side`.
    fn facing(&self, side: Side, passage: usize) -> impl Iterator<Item = usize> + '_ {
        self.docs.facing[index(side)].get(passage).into_iter().flatten().copied()
    }

    /// Scrolls the pane showing `side` so the line with `offset` (in the original passage
    /// text) is near the top, in either view.
    pub(crate) fn show(&mut self, side: Side, passage: usize, offset: usize, block: Option<usize>) -> bool {
        let pane = self.side_of(side);
        let Some(vis) = self.docs.vis[index(side)].get(passage) else { return false };
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

    pub(crate) fn step_contrast(&mut self, forward: bool) {
        let n = self.comparison.contrasts.len();
        if n == 0 {
            self.say("no contrasts found between these articles");
            return;
        }
        let next = match (self.selected, forward) {
            (None, true) => 0,
            (None, false) => n - 1,
            (Some(i), true) if i + 1 < n => i + 1,
            (Some(i), false) if i > 0 => i - 1,
            (Some(i), _) => {
                self.say(if forward { "this is the last contrast" } else { "this is the first contrast" });
                i
            }
        };
        self.select_contrast(next);
    }

    /// Selects a contrast and brings both of its sentences into view.
    pub fn select_contrast(&mut self, i: usize) {
        let Some(c) = self.comparison.contrasts.get(i).cloned() else { return };
        self.selected = Some(i);
        let sentence_start = |side: Side, at: crate::article::SentenceId| {
            let passages = &self.comparison.side(side).article.passages;
            passages.get(at.passage).and_then(|p| p.sentences.get(at.sentence)).map_or(0, |r| r.start)
        };
        let (left, right) = (sentence_start(Side::Left, c.left), sentence_start(Side::Right, c.right));
        // The pair that holds both sentences; else a pair of the contrast's topic with the left
        // sentence; else any pair with it.
        let row = |app: &App| {
            let rows = &app.comparison.alignment;
            let shown = |r: &crate::align::Row| app.topic.is_none_or(|t| t == r.target);
            let on_topic = |r: &crate::align::Row| c.target.is_none_or(|t| t == r.target);
            let left_here = |r: &crate::align::Row| r.left == Some(c.left.passage);
            rows.iter()
                .position(|r| shown(r) && on_topic(r) && left_here(r) && r.right == Some(c.right.passage))
                .or_else(|| rows.iter().position(|r| shown(r) && on_topic(r) && left_here(r)))
                .or_else(|| rows.iter().position(|r| shown(r) && left_here(r)))
        };
        if self.view == View::Read {
            self.show(Side::Left, c.left.passage, left, None);
            self.show(Side::Right, c.right.passage, right, None);
            return;
        }
        let mut block = row(self);
        if block.is_none() && self.topic.is_some() {
            self.topic = None;
            self.say("topic filter cleared to show this contrast");
            block = row(self);
        }
        self.show(Side::Left, c.left.passage, left, block);
        let together = block.is_some_and(|b| self.comparison.alignment[b].right == Some(c.right.passage));
        if !together {
            self.say(format!(
                "the right sentence (¶{}) is paired elsewhere here: v shows both in the Read view",
                c.right.passage + 1
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

    /// `n` / `N`: the next or previous match in the focused pane (or the other pane when the
    /// focused one has none). `from_view`: start from what is on screen, not the last match.
    pub(crate) fn search_step(&mut self, forward: bool, from_view: bool) {
        let Some(search) = &self.search else {
            self.say("no search yet: press / to search");
            return;
        };
        let mut side = self.side_of(self.focus);
        if search.on(side).is_empty() && !search.on(side.other()).is_empty() {
            side = side.other();
            self.focus = self.focus.other();
        }
        let matches = search.on(side);
        let n = matches.len();
        if n == 0 {
            let query = search.query.clone();
            self.error(format!("no match for \"{query}\""));
            return;
        }
        let next = match search.current {
            Some((s, i)) if s == side && !from_view => {
                if forward {
                    (i + 1) % n
                } else {
                    (i + n - 1) % n
                }
            }
            _ => {
                let top = self.read_top[index(side)];
                let vis = &self.docs.vis[index(side)];
                let after = |(p, r): &(usize, std::ops::Range<usize>)| {
                    (*p, vis.get(*p).map_or(0, |v| v.to_vis(r.start))) >= (top.passage, top.offset)
                };
                let first_after = matches.iter().position(after);
                match (forward, self.view) {
                    (true, View::Read) => first_after.unwrap_or(0),
                    (false, View::Read) => first_after.unwrap_or(n).checked_sub(1).unwrap_or(n - 1),
                    (true, View::Aligned) => 0,
                    (false, View::Aligned) => n - 1,
                }
            }
        };
        let wrapped =
            search.current.is_some_and(|(s, i)| s == side && (forward && next < i || !forward && next > i));
        let (passage, range) = matches[next].clone();
        if let Some(search) = self.search.as_mut() {
            search.current = Some((side, next));
        }
        let shown = self.show(side, passage, range.start, None);
        if self.view == View::Read && self.sync {
            self.sync_from(self.side_of(side));
        }
        let mut note = format!("match {} of {} in the {} article", next + 1, n, side.label());
        if wrapped {
            note.push_str(" (wrapped)");
        }
        if !shown {
            note.push_str(": not in the Aligned view, press v to read it");
        }
        self.say(note);
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
            View::Read => (self.read_top_line(g, self.focus), self.pane_doc(g, self.focus).lines.len()),
            View::Aligned => (self.aligned_top_row(g), self.aligned_doc(g).rows.len()),
        };
        match (top * 100).checked_div(max_top(len, g.text_height())) {
            Some(percent) => format!("{percent}%"),
            None => "all".to_string(),
        }
    }
}
