//! What the reader remembers per pair of articles (view, focused pane, each pane's top passage,
//! bookmarks) and the Markdown export.
//!
//! The [`App`] side is pure: it snapshots its state as a [`PairState`], applies one, adds, jumps
//! to and deletes bookmarks, and asks for files to be written by returning an
//! [`Effect`](super::app::Effect). The functions at the bottom ([`load_state`], [`save_state`],
//! [`write_export`]) do the file I/O for the event loop and report the outcome in the status
//! bar, so a missing, corrupt or unwritable state never stops the reader.

use std::path::{Path, PathBuf};

use crate::compare::Side;
use crate::config::View;
use crate::report::render_markdown;
use crate::state::{write_atomically, Bookmark, PairState};
use crate::targets::table::TargetId;
use crate::text::sanitize::visible;

use super::app::{App, Effect};
use super::doc::{index, AlignedAnchor, Anchor};
use super::overlay::Overlay;

/// Longest bookmark label kept, in characters.
const LABEL_CHARS: usize = 70;

impl App {
    /// The state to save for the pair on screen (or just left for the corpus overview);
    /// `None` while no pair has been opened from the overview.
    pub fn pair_state(&self) -> Option<PairState> {
        if !self.has_pair() {
            return None;
        }
        let (left, right, _) = self.top_pair();
        Some(PairState {
            view: match self.view {
                View::Read => "read",
                View::Aligned => "aligned",
            }
            .to_string(),
            focus: self.focus.label().to_string(),
            left_passage: left.unwrap_or(0),
            right_passage: right.unwrap_or(0),
            bookmarks: self.bookmarks.clone(),
        })
    }

    /// Puts a saved state in place: view, focus, positions and bookmarks. Passages the
    /// articles no longer have are ignored.
    pub fn apply_state(&mut self, state: PairState) {
        self.view = match state.view.as_str() {
            "aligned" => View::Aligned,
            "read" => View::Read,
            _ => self.view,
        };
        self.focus = match state.focus.as_str() {
            "right" => Side::Right,
            "left" => Side::Left,
            _ => self.focus,
        };
        self.bookmarks = state.bookmarks;
        self.go_to(Some(state.left_passage), Some(state.right_passage), None);
    }

    /// The passages of the left and right article at the top: of the aligned row at the top in
    /// the Aligned view (a side it leaves empty falls back to the Read position), with that
    /// row; of each pane in the Read view.
    fn top_pair(&self) -> (Option<usize>, Option<usize>, Option<usize>) {
        let read = |side: Side| Some(self.read_top_passage(self.side_of(side)));
        if self.view == View::Aligned {
            let g = self.geometry();
            let doc = self.aligned_doc(&g);
            if !doc.blocks.is_empty() {
                let row = doc.anchor(self.aligned_top_row(&g)).row;
                if let Some(r) = self.comparison.alignment.get(row) {
                    return (r.left.or(read(Side::Left)), r.right.or(read(Side::Right)), Some(row));
                }
            }
        }
        (read(Side::Left), read(Side::Right), None)
    }

    /// The aligned row holding this pair of passages: both, else the left one, else the right.
    fn row_of_pair(
        &self,
        left: Option<usize>,
        right: Option<usize>,
        topic: Option<TargetId>,
    ) -> Option<usize> {
        let rows = &self.comparison.alignment;
        let on_topic = |t: TargetId| topic.is_none_or(|want| want == t);
        let find =
            |f: &dyn Fn(&crate::align::Row) -> bool| rows.iter().position(|r| on_topic(r.target) && f(r));
        find(&|r| left.is_some() && r.left == left && right.is_some() && r.right == right)
            .or_else(|| find(&|r| left.is_some() && r.left == left))
            .or_else(|| find(&|r| right.is_some() && r.right == right))
    }

    /// Scrolls both articles to these passages, in the view on screen.
    fn go_to(&mut self, left: Option<usize>, right: Option<usize>, topic: Option<TargetId>) {
        let count = |side: Side| self.comparison.side(side).article.passages.len();
        let left = left.filter(|&p| p < count(Side::Left));
        let right = right.filter(|&p| p < count(Side::Right));
        for (side, passage) in [(Side::Left, left), (Side::Right, right)] {
            if let Some(passage) = passage {
                self.read_top[index(side)] = Anchor { passage, offset: 0 };
            }
        }
        if self.view == View::Read && self.sync && (left.is_none() || right.is_none()) {
            let from = if left.is_some() { Side::Left } else { Side::Right };
            self.sync_from(self.side_of(from));
        }
        if self.view == View::Aligned {
            let row = self.row_of_pair(left, right, topic).or_else(|| self.row_of_pair(left, right, None));
            if let Some(row) = row {
                if self.topic.is_some_and(|t| t != self.comparison.alignment[row].target) {
                    self.topic = None;
                }
                self.aligned_top = AlignedAnchor { row, line: 0 };
            }
        }
    }

    /// `m`: bookmarks the aligned pair of passages at the top.
    pub(crate) fn add_bookmark(&mut self) -> Effect {
        let (left, right, top_row) = self.top_pair();
        if left.is_none() && right.is_none() {
            self.say("nothing to bookmark here");
            return Effect::Redraw;
        }
        if let Some(i) = self.bookmarks.iter().position(|b| b.left == left && b.right == right) {
            self.say(format!("already bookmarked as {}", i + 1));
            return Effect::Redraw;
        }
        // The topic of the row on screen in the Aligned view (the same passages may stand in
        // rows on several topics); in the Read view, the first row holding them.
        let row = top_row.or_else(|| self.row_of_pair(left, right, self.topic));
        let topic = row.map(|r| self.comparison.alignment[r].target);
        let excerpt = [(Side::Left, left), (Side::Right, right)]
            .into_iter()
            .find_map(|(side, p)| p.and_then(|p| self.comparison.side(side).article.passages.get(p)))
            .map(|p| p.text.split_whitespace().collect::<Vec<_>>().join(" "))
            .unwrap_or_default();
        let mut label = format!("{} ↔ {}  {}", place(left), place(right), visible(&excerpt));
        if label.chars().count() > LABEL_CHARS {
            label = label.chars().take(LABEL_CHARS - 1).collect::<String>() + "…";
        }
        self.bookmarks.push(Bookmark {
            topic: topic.map(|t| self.comparison.targets[t].name.clone()),
            left,
            right,
            label,
        });
        let n = self.bookmarks.len();
        self.say(format!("bookmarked {} ↔ {} ({n} bookmark{})", place(left), place(right), plural(n)));
        Effect::SaveState
    }

    /// Enter in the bookmarks list: goes to the bookmark.
    pub(crate) fn jump_to_bookmark(&mut self, i: usize) {
        let Some(b) = self.bookmarks.get(i).cloned() else { return };
        let topic = b
            .topic
            .as_deref()
            .and_then(|name| self.comparison.targets.listed().find(|t| t.name == name).map(|t| t.id));
        self.go_to(b.left, b.right, topic);
        self.say(format!("bookmark {}: {}", i + 1, b.label));
    }

    /// `d` in the bookmarks list: deletes the bookmark under the cursor.
    pub(crate) fn delete_bookmark(&mut self) -> Effect {
        let Some(Overlay::Bookmarks { cursor }) = self.overlay.as_mut() else { return Effect::None };
        if *cursor >= self.bookmarks.len() {
            return Effect::None;
        }
        let removed = self.bookmarks.remove(*cursor);
        *cursor = (*cursor).min(self.bookmarks.len().saturating_sub(1));
        self.say(format!("deleted bookmark {}", removed.label));
        Effect::SaveState
    }

    /// `e`: the comparison as Markdown, to be written beside the left article.
    pub(crate) fn export(&self) -> Effect {
        let (left, right) = (&self.comparison.left.article.name, &self.comparison.right.article.name);
        let file_name = format!("{}-vs-{}.counterpoint.md", file_stem(left), file_stem(right));
        Effect::Export { beside: PathBuf::from(left), file_name, markdown: render_markdown(&self.comparison) }
    }
}

/// A bookmarked passage as labels and the list name it: `¶4`, or `—` for the side that does
/// not discuss the row. A label starts with the two places, which the list takes off to show
/// them in columns of its own.
pub(crate) fn place(passage: Option<usize>) -> String {
    passage.map_or("—".to_string(), |p| format!("¶{}", p + 1))
}

fn plural(n: usize) -> &'static str {
    if n == 1 {
        ""
    } else {
        "s"
    }
}

/// A file's stem made safe for a file name: letters, digits, `-`, `_` and `.` kept, anything
/// else (path separators, controls, spaces) turned into `_`.
fn file_stem(path: &str) -> String {
    let stem = Path::new(path).file_stem().map_or_else(|| "article".into(), |s| s.to_string_lossy());
    let safe: String = stem
        .chars()
        .map(|c| if c.is_alphanumeric() || matches!(c, '-' | '_' | '.') { c } else { '_' })
        .collect();
    if safe.trim_matches('.').is_empty() {
        "article".to_string()
    } else {
        safe
    }
}

/// Loads the remembered state of the pair on screen and applies it; a warning (a corrupt file
/// set aside, an unreadable one) goes to the status bar.
pub fn load_state(app: &mut App) {
    let Some(store) = app.store.clone() else { return };
    if !app.has_pair() {
        return;
    }
    let (state, warning) = store.load(app.pair_key());
    match state {
        Some(state) => app.apply_state(state),
        None => app.bookmarks.clear(),
    }
    if let Some(warning) = warning {
        app.error(format!("warning: {warning}"));
    }
}

/// Saves the state of the pair on screen. A failure is shown in the status bar (and kept in
/// `app.save_error` so it can be reported after quitting); it never stops the reader.
pub fn save_state(app: &mut App) {
    let Some(store) = app.store.clone() else { return };
    let Some(state) = app.pair_state() else { return };
    match store.save(app.pair_key(), &state) {
        Ok(saved) => {
            app.save_error = None;
            // Another reader of the same pair added or deleted bookmarks meanwhile.
            if saved.bookmarks != app.bookmarks {
                let theirs = saved.bookmarks.len() as isize - app.bookmarks.len() as isize;
                app.bookmarks = saved.bookmarks;
                app.say(format!(
                    "merged bookmarks saved by another reader of this pair ({theirs:+} bookmark{})",
                    plural(theirs.unsigned_abs())
                ));
            }
        }
        Err(e) => {
            let message = format!("cannot save the reader's state: {e}");
            app.error(&message);
            app.save_error = Some(message);
        }
    }
}

/// Where an export goes: beside the left article when it is a file on disk, else (the bundled
/// demo articles) in the current directory.
pub fn export_path(beside: &Path, file_name: &str) -> PathBuf {
    match beside.parent() {
        Some(dir) if beside.is_file() && !dir.as_os_str().is_empty() => dir.join(file_name),
        _ => PathBuf::from(file_name),
    }
}

/// Writes an export atomically and says where it went, or why it could not.
pub fn write_export(app: &mut App, beside: &Path, file_name: &str, markdown: &str) {
    let path = export_path(beside, file_name);
    match write_atomically(&path, markdown.as_bytes()) {
        Ok(()) => {
            let dir = path.parent().filter(|d| !d.as_os_str().is_empty()).unwrap_or(Path::new("."));
            app.say(format!("exported {file_name} in {}", dir.display()));
        }
        Err(e) => app.error(format!("cannot export to {}: {e}", path.display())),
    }
}
