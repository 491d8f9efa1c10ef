//! What each key action does to the reader's panes: the one match from [`Action`] to the
//! state change (or the [`Effect`] for the event loop), plus the topic filter and the view
//! switch, which only actions reach. In: an action and the [`App`]; out: the changed `App` and
//! an `Effect`. Kept apart from `app` so that file stays within the project's 400-line limit.

use crate::compare::Side;
use crate::config::View;
use crate::keymap::Action;
use crate::targets::table::TargetId;

use super::app::{App, Effect, Overlay};
use super::doc::{index, AlignedAnchor, Anchor};

impl App {
    /// Applies an action: to the open panel if there is one, else to the panes.
    pub fn update(&mut self, action: Action) -> Effect {
        if self.overlay.is_some() {
            return self.overlay_action(action);
        }
        if self.showing_overview() {
            return self.overview_action(action);
        }
        let page = self.geometry().text_height().max(1) as isize;
        match action {
            Action::ScrollDown => self.scroll(1),
            Action::ScrollUp => self.scroll(-1),
            Action::HalfPageDown => self.scroll((page / 2).max(1)),
            Action::HalfPageUp => self.scroll(-(page / 2).max(1)),
            Action::PageDown => self.scroll((page - 1).max(1)),
            Action::PageUp => self.scroll(-(page - 1).max(1)),
            Action::Top => self.scroll_to_end(false),
            Action::Bottom => self.scroll_to_end(true),
            Action::FocusNext => self.focus = self.focus.other(),
            Action::FocusLeft => self.focus = Side::Left,
            Action::FocusRight => self.focus = Side::Right,
            Action::CycleTopic => self.cycle_topic(),
            Action::NextTopicPassage => self.topic_passage(true),
            Action::PrevTopicPassage => self.topic_passage(false),
            Action::NextContrast => self.step_contrast(true),
            Action::PrevContrast => self.step_contrast(false),
            Action::Search => self.prompt = Some(String::new()),
            Action::SearchNext => self.search_step(true, false),
            Action::SearchPrev => self.search_step(false, false),
            Action::ToggleView => self.toggle_view(),
            Action::ToggleSync => {
                self.sync = !self.sync;
                if self.sync {
                    self.sync_from(self.focus);
                }
            }
            Action::JumpCounterpart => self.jump_to_counterpart(),
            Action::ToggleContrasts => self.open_contrast_list(),
            Action::NarrowLeft => self.left_percent = self.left_percent.saturating_sub(5).max(20),
            Action::WidenLeft => self.left_percent = (self.left_percent + 5).min(80),
            Action::SwapSides => self.swapped = !self.swapped,
            Action::OpenPicker => return Effect::ListArticles(self.articles_dir()),
            Action::Reload => {
                if self.inputs.is_none() {
                    self.say("nothing to reload: these articles did not come from files");
                    return Effect::Redraw;
                }
                return Effect::Reload;
            }
            Action::Bookmark => return self.add_bookmark(),
            Action::Bookmarks => self.overlay = Some(Overlay::Bookmarks { cursor: 0 }),
            Action::Export => return self.export(),
            Action::Overview => return self.back_to_overview(),
            Action::Help => self.overlay = Some(Overlay::Help { scroll: 0 }),
            Action::Quit => return Effect::Quit,
        }
        Effect::Redraw
    }

    fn cycle_topic(&mut self) {
        let present = |t: TargetId| self.comparison.alignment.iter().any(|r| r.target == t);
        let after = self.topic;
        self.topic =
            self.comparison.targets.ids().filter(|&t| after.is_none_or(|a| t > a)).find(|&t| present(t));
        let label = self.topic.map_or("all topics".to_string(), |t| self.comparison.targets[t].label());
        self.say(format!("topic: {label}"));
        if self.view == View::Aligned {
            self.aligned_top = AlignedAnchor::default();
        }
    }

    fn toggle_view(&mut self) {
        let focus = self.side_of(self.focus);
        match self.view {
            View::Read => {
                let g = self.geometry();
                let at_start = self.read_top_line(&g, self.focus) == 0;
                let passage = self.read_top_passage(self.focus);
                let row = self.comparison.alignment.iter().position(|r| {
                    let p = if focus == Side::Left { r.left } else { r.right };
                    p == Some(passage) && self.topic.is_none_or(|t| t == r.target)
                });
                self.view = View::Aligned;
                match row {
                    Some(row) if !at_start => self.aligned_top = AlignedAnchor { row, line: 0 },
                    _ => self.aligned_top = AlignedAnchor::default(),
                }
            }
            View::Aligned => {
                let row = self.comparison.alignment.get(self.aligned_top.row).copied();
                self.view = View::Read;
                if let Some(row) = row {
                    for (side, passage) in [(Side::Left, row.left), (Side::Right, row.right)] {
                        if let Some(passage) = passage {
                            self.read_top[index(side)] = Anchor { passage, offset: 0 };
                        }
                    }
                    if self.sync {
                        self.sync_from(self.focus);
                    }
                }
            }
        }
    }
}
