//! The panels over the panes (help, contrasts list, article picker, bookmarks) and what keys do while one
//! is open. Listing a directory for the picker is left to the event loop (see `Effect`).

use std::path::{Path, PathBuf};

use crate::keymap::Action;
use crate::session::Inputs;
use crate::targets::table::TargetId;

use super::app::{App, Effect};
use super::help::max_scroll;
use super::panel::move_in_list;
pub(crate) use super::panel::{Overlay, Picker};

impl App {
    pub(crate) fn overlay_action(&mut self, action: Action) -> Effect {
        let page = usize::from(self.area.height.saturating_sub(6)).max(1);
        let contrasts = self.list_entries().len();
        let in_pair = !self.showing_overview();
        let help_end = max_scroll(&self.config.keymap, &self.help_topics(), !in_pair, self.area) + 1;
        let bookmarks = self.bookmarks.len();
        let Some(overlay) = self.overlay.as_mut() else { return Effect::None };
        let (position, len) = match overlay {
            Overlay::Help { scroll } => (scroll, help_end),
            Overlay::Contrasts { cursor } => (cursor, contrasts),
            Overlay::Picker(picker) => (&mut picker.cursor, picker.files.len()),
            Overlay::Bookmarks { cursor } => (cursor, bookmarks),
        };
        if move_in_list(position, len, page, action) {
            return Effect::Redraw;
        }
        match action {
            Action::Quit => self.overlay = None,
            Action::Help if matches!(overlay, Overlay::Help { .. }) => self.overlay = None,
            Action::ToggleContrasts if matches!(overlay, Overlay::Contrasts { .. }) => self.overlay = None,
            Action::OpenPicker if matches!(overlay, Overlay::Picker(_)) => self.overlay = None,
            Action::Bookmarks if matches!(overlay, Overlay::Bookmarks { .. }) => self.overlay = None,
            Action::Bookmarks if in_pair => self.overlay = Some(Overlay::Bookmarks { cursor: 0 }),
            Action::Help => self.overlay = Some(Overlay::Help { scroll: 0 }),
            Action::ToggleContrasts if in_pair => self.open_contrast_list(),
            _ => return Effect::None,
        }
        Effect::Redraw
    }

    /// Enter: jump to the contrast (or agreement, or shared figure) under the cursor, or pick
    /// the file under the cursor.
    pub(crate) fn confirm(&mut self) -> Effect {
        match self.overlay.take() {
            Some(Overlay::Contrasts { cursor }) => {
                match self.list_entries().get(cursor) {
                    Some(&ListEntry::Contrast(i)) => self.select_contrast(i),
                    Some(&entry) => self.show_agreeing(entry),
                    None => {}
                }
                Effect::Redraw
            }
            Some(Overlay::Bookmarks { cursor }) => {
                self.jump_to_bookmark(cursor);
                Effect::Redraw
            }
            Some(Overlay::Picker(mut picker)) => {
                let Some(file) = picker.files.get(picker.cursor).cloned() else {
                    return Effect::Redraw;
                };
                match picker.left.take() {
                    None => {
                        picker.left = Some(file);
                        self.overlay = Some(Overlay::Picker(picker));
                        Effect::Redraw
                    }
                    Some(left) => {
                        let config = self.inputs.as_ref().and_then(|i| i.config.clone());
                        Effect::Open(Inputs { left, right: file, config })
                    }
                }
            }
            Some(Overlay::Help { scroll }) => {
                self.overlay = Some(Overlay::Help { scroll });
                Effect::None
            }
            other => {
                self.overlay = other;
                Effect::None
            }
        }
    }

    /// The directory the picker lists: the left article's; in a pair opened from a corpus
    /// overview, the overview's folder (its first article's); else `articles/`.
    pub(crate) fn articles_dir(&self) -> PathBuf {
        let from_corpus = self
            .corpus
            .as_ref()
            .and_then(|c| c.overview.articles.first())
            .map(|a| PathBuf::from(&a.article.name));
        self.inputs
            .as_ref()
            .map(|i| i.left.clone())
            .or(from_corpus)
            // A file named without a folder ("a.txt") is in the current one.
            .and_then(|file| {
                file.parent()
                    .map(|d| if d.as_os_str().is_empty() { Path::new(".") } else { d })
                    .map(PathBuf::from)
            })
            .unwrap_or_else(|| PathBuf::from("articles"))
    }

    /// The topics' names, in order, for the help's legend of the coverage strip.
    pub(crate) fn topic_labels(&self) -> Vec<String> {
        self.comparison
            .targets
            .iter()
            .filter(|t| !t.is_derived() && t.is_listed())
            .map(|t| t.label())
            .collect()
    }

    /// The topics the help's legend lists: none on the corpus overview, which has no strip.
    pub(crate) fn help_topics(&self) -> Vec<String> {
        if self.showing_overview() {
            Vec::new()
        } else {
            self.topic_labels()
        }
    }

    /// Opens the picker on a listed directory.
    pub fn open_picker(&mut self, dir: PathBuf, files: Vec<PathBuf>) {
        if files.is_empty() {
            self.error(format!("no .txt, .md or .html articles in {}", dir.display()));
            return;
        }
        self.overlay = Some(Overlay::Picker(Picker { dir, files, cursor: 0, left: None }));
    }

    /// Brings the two sentences of the `i`-th agreement (then of the shared figures, counted
    /// on after the agreements) into view, and says what they agree on. No contrast stays
    /// selected: the reason box would describe another pair.
    pub(crate) fn show_agreeing(&mut self, entry: ListEntry) {
        let c = &self.comparison;
        let found = match entry {
            ListEntry::Agreement(i) => c.agreements.get(i).map(|a| {
                (Some(a.target), a.left, a.right, crate::report::reason::agreement_reason(&c.targets, a))
            }),
            ListEntry::Fact(i) => c
                .facts
                .get(i)
                .map(|f| (f.target, f.left, f.right, crate::report::reason::fact_reason(c.articles(), f))),
            ListEntry::Contrast(_) => None,
        };
        let Some((target, left, right, reason)) = found else { return };
        self.selected = None;
        self.message = None;
        self.show_sentences(target, left, right, "pair");
        if self.message.is_none() {
            self.say(format!("both agree: {reason}"));
        }
    }
}

/// One line of the contrasts list, by its index in the comparison.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum ListEntry {
    Contrast(usize),
    Agreement(usize),
    Fact(usize),
}

impl App {
    /// What the contrasts list holds: the contrasts, then the agreements and the facts both
    /// report; with the topic filter on (`t`), only those on its topic, as the panes show.
    pub(crate) fn list_entries(&self) -> Vec<ListEntry> {
        let c = &self.comparison;
        let on = |target: Option<TargetId>| self.topic.is_none_or(|t| target == Some(t));
        let contrasts =
            c.contrasts.iter().enumerate().filter(|(_, x)| on(x.target)).map(|(i, _)| ListEntry::Contrast(i));
        let agreements = c
            .agreements
            .iter()
            .enumerate()
            .filter(|(_, a)| on(Some(a.target)))
            .map(|(i, _)| ListEntry::Agreement(i));
        let facts = c.facts.iter().enumerate().filter(|(_, f)| on(f.target)).map(|(i, _)| ListEntry::Fact(i));
        contrasts.chain(agreements).chain(facts).collect()
    }

    /// The contrasts the topic filter shows, in the list's order.
    pub(crate) fn shown_contrasts(&self) -> Vec<usize> {
        self.list_entries()
            .into_iter()
            .filter_map(|e| match e {
                ListEntry::Contrast(i) => Some(i),
                _ => None,
            })
            .collect()
    }

    /// Opens the contrasts list with its cursor on the selected contrast, if the list shows it.
    pub(crate) fn open_contrast_list(&mut self) {
        let entries = self.list_entries();
        let cursor = self.selected.and_then(|i| entries.iter().position(|&e| e == ListEntry::Contrast(i)));
        self.overlay = Some(Overlay::Contrasts { cursor: cursor.unwrap_or(0) });
    }
}
