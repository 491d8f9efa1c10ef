//! What the reader remembers between runs, per pair of articles: the view, the focused side,
//! where each pane was, and bookmarks.
//!
//! A pair is keyed by the hash of both articles' contents, so renaming or moving the files
//! keeps the memory. Files live in the XDG state dir. Every write is atomic (a temporary file
//! created exclusively under an unpredictable name in the same directory, fsync, rename), so a
//! crash or a full disk never leaves half a file and a symlink planted in the folder is never
//! written through; temporary files a killed process left behind are removed by the next
//! write. A file that cannot be parsed is moved aside with a warning and never stops the reader.
//!
//! Two readers may hold the same pair: a save merges with what the other saved meanwhile
//! (bookmarks either reader added are kept, those either deleted stay deleted; the position is
//! the saver's, the newest), so neither silently loses the other's bookmarks.

use std::collections::HashMap;
use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};
use std::time::{Duration, SystemTime};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::article::Article;

/// A place in the pair the reader can return to.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bookmark {
    /// The topic of the aligned row, if any.
    pub topic: Option<String>,
    pub left: Option<usize>,
    pub right: Option<usize>,
    pub label: String,
}

/// The remembered state of one pair.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(default)]
pub struct PairState {
    /// "read" or "aligned".
    pub view: String,
    /// "left" or "right".
    pub focus: String,
    /// Passage at the top of each pane (stable across terminal sizes, unlike a line number).
    pub left_passage: usize,
    pub right_passage: usize,
    pub bookmarks: Vec<Bookmark>,
}

/// The content hash that names a pair.
pub fn pair_key(left: &Article, right: &Article) -> String {
    let mut hasher = Sha256::new();
    for article in [left, right] {
        for passage in &article.passages {
            hasher.update(passage.text.as_bytes());
            hasher.update([0u8]);
        }
        hasher.update([0xffu8]);
    }
    hasher.finalize().iter().take(16).map(|b| format!("{b:02x}")).collect()
}

/// The largest state file read: a pair's state with thousands of bookmarks is a few hundred
/// kilobytes, so this only stops a device or a runaway file from filling memory.
pub const MAX_STATE_BYTES: u64 = 16 << 20;

/// A temporary file this old is a leftover of a process that was killed while writing (a
/// write takes milliseconds); younger ones may belong to a process writing now.
const ORPHAN_AGE: Duration = Duration::from_secs(10 * 60);

/// A directory of pair states.
#[derive(Debug, Clone)]
pub struct StateStore {
    dir: PathBuf,
    /// The bookmarks of each pair as last read or written here: what a save merges against, to
    /// tell a bookmark another reader added from one this reader deleted. Shared by clones.
    known: Arc<Mutex<HashMap<String, Vec<Bookmark>>>>,
}

impl StateStore {
    /// `$XDG_STATE_HOME/counterpoint` (usually `~/.local/state/counterpoint`).
    pub fn default_location() -> Option<StateStore> {
        use etcetera::BaseStrategy;
        let strategy = etcetera::choose_base_strategy().ok()?;
        let base = strategy.state_dir().unwrap_or_else(|| strategy.data_dir());
        Some(StateStore::at(base.join("counterpoint")))
    }

    pub fn at(dir: impl Into<PathBuf>) -> StateStore {
        StateStore { dir: dir.into(), known: Arc::default() }
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("pair-{key}.json"))
    }

    /// The saved state of a pair: `Ok(None)` when there is none; a file that cannot be read
    /// as state is renamed to `*.corrupt` and reported as a warning, with a fresh state.
    pub fn load(&self, key: &str) -> (Option<PairState>, Option<String>) {
        let (state, warning) = self.read(key);
        self.remember(key, state.as_ref().map_or(&[][..], |s| &s.bookmarks));
        (state, warning)
    }

    fn read(&self, key: &str) -> (Option<PairState>, Option<String>) {
        let path = self.path(key);
        let bytes = match crate::text::file::read_limited(&path, MAX_STATE_BYTES) {
            Ok(bytes) => bytes,
            Err(crate::text::file::FileError::NotFound) => return (None, None),
            Err(e) => return (None, Some(format!("cannot read saved state {}: {e}", path.display()))),
        };
        match serde_json::from_slice::<PairState>(&bytes) {
            Ok(state) => (Some(state), None),
            Err(e) => {
                let aside = path.with_extension("json.corrupt");
                let moved = fs::rename(&path, &aside).is_ok();
                let what =
                    if moved { format!("moved to {}", aside.display()) } else { "left in place".to_string() };
                (None, Some(format!("saved reader state was unreadable ({e}); {what}")))
            }
        }
    }

    fn remember(&self, key: &str, bookmarks: &[Bookmark]) {
        if let Ok(mut known) = self.known.lock() {
            known.insert(key.to_string(), bookmarks.to_vec());
        }
    }

    /// Saves a pair's state atomically, merged with what another reader saved since this one
    /// last read or wrote it; returns what was written, for the caller to show.
    pub fn save(&self, key: &str, state: &PairState) -> std::io::Result<PairState> {
        let known = self.known.lock().ok().and_then(|k| k.get(key).cloned()).unwrap_or_default();
        let on_disk = self.read(key).0.map(|s| s.bookmarks).unwrap_or_default();
        let merged =
            PairState { bookmarks: merge_bookmarks(&state.bookmarks, &on_disk, &known), ..state.clone() };
        let json = serde_json::to_vec_pretty(&merged).map_err(std::io::Error::other)?;
        write_atomically(&self.path(key), &json)?;
        self.remember(key, &merged.bookmarks);
        Ok(merged)
    }
}

/// A three-way merge of bookmark lists: `ours` (this reader's), `theirs` (the file now) and
/// `base` (the file as this reader last saw it). A bookmark stays if this reader has it and
/// the other did not delete it, or the other added it; ours come first, in their order.
fn merge_bookmarks(ours: &[Bookmark], theirs: &[Bookmark], base: &[Bookmark]) -> Vec<Bookmark> {
    let same = |a: &Bookmark, b: &Bookmark| a.left == b.left && a.right == b.right;
    let has = |list: &[Bookmark], b: &Bookmark| list.iter().any(|x| same(x, b));
    let mut merged: Vec<Bookmark> =
        ours.iter().filter(|b| has(theirs, b) || !has(base, b)).cloned().collect();
    for b in theirs {
        if !has(ours, b) && !has(base, b) && !has(&merged, b) {
            merged.push(b.clone());
        }
    }
    merged
}

/// Writes `bytes` to `path` so that readers see either the old file or the whole new one.
///
/// The temporary file is created exclusively (`O_EXCL`) under a random name, so nothing
/// planted in the folder (a symlink at a guessable name) can redirect the write; the rename
/// then replaces whatever is at `path`, a symlink included, without writing through it.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    fs::create_dir_all(dir)?;
    let name = path.file_name().map_or("state".into(), |n| n.to_string_lossy().into_owned());
    let prefix = format!(".{name}.");
    remove_orphans(dir, &prefix, ORPHAN_AGE);
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    // Read-write for all less the umask, as `File::create` makes it: an export is shared like
    // any document (tempfile's own default, owner only, would hide it from the group).
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(fs::Permissions::from_mode(0o666));
    }
    let mut temp = builder.tempfile_in(dir)?;
    temp.write_all(bytes)?;
    temp.as_file().sync_all()?;
    // On error the temporary file is removed when `temp` (or the error holding it) is dropped.
    temp.persist(path).map_err(|e| e.error)?;
    // The rename itself is durable only once the directory entry is on disk.
    if let Ok(d) = fs::File::open(dir) {
        let _ = d.sync_all();
    }
    Ok(())
}

/// Removes this file's temporary files (`.NAME.*.tmp`) older than `age`: what a process killed
/// mid-write left behind. Only plain files and symlinks are removed, never what they point to.
fn remove_orphans(dir: &Path, prefix: &str, age: Duration) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    let now = SystemTime::now();
    for entry in entries.filter_map(Result::ok) {
        let file_name = entry.file_name();
        let file_name = file_name.to_string_lossy();
        if !(file_name.starts_with(prefix) && file_name.ends_with(".tmp")) {
            continue;
        }
        // `DirEntry::metadata` does not follow symlinks.
        let Ok(meta) = entry.metadata() else { continue };
        let old = meta.modified().ok().and_then(|m| now.duration_since(m).ok()).is_some_and(|d| d >= age);
        if old && !meta.is_dir() {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn state() -> PairState {
        PairState {
            view: "aligned".into(),
            focus: "right".into(),
            left_passage: 4,
            right_passage: 9,
            bookmarks: vec![Bookmark {
                topic: Some("sanctions".into()),
                left: Some(4),
                right: None,
                label: "x".into(),
            }],
        }
    }

    #[test]
    fn round_trip() {
        let dir = tempfile::tempdir().unwrap();
        let store = StateStore::at(dir.path().join("nested"));
        assert_eq!(store.load("k"), (None, None));
        store.save("k", &state()).unwrap();
        assert_eq!(store.load("k"), (Some(state()), None));
        let leftovers: Vec<_> = fs::read_dir(dir.path().join("nested"))
            .unwrap()
            .filter_map(Result::ok)
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .collect();
        assert!(leftovers.is_empty(), "no temporary files left behind");
    }

    #[test]
    fn corrupt_state_is_set_aside_with_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        let store = StateStore::at(dir.path());
        fs::write(dir.path().join("pair-k.json"), b"{ not json").unwrap();
        let (loaded, warning) = store.load("k");
        assert_eq!(loaded, None);
        assert!(warning.unwrap().contains("unreadable"));
        assert!(dir.path().join("pair-k.json.corrupt").exists());
        store.save("k", &state()).unwrap();
        assert_eq!(store.load("k").0, Some(state()));
    }

    #[test]
    fn unwritable_directory_is_an_error_not_a_panic() {
        let dir = tempfile::tempdir().unwrap();
        let blocker = dir.path().join("file");
        fs::write(&blocker, b"").unwrap();
        // A directory that cannot be created because a file has its name.
        let store = StateStore::at(blocker.join("sub"));
        assert!(store.save("k", &state()).is_err());
        assert_eq!(store.load("k").0, None);
    }

    #[test]
    fn key_follows_content_not_names() {
        let a = Article::parse("a.md", "Title: T\n\nOne.\n");
        let b = Article::parse("b.md", "Title: U\n\nTwo.\n");
        let renamed = Article::parse("elsewhere/renamed.md", "Title: T\n\nOne.\n");
        assert_eq!(pair_key(&a, &b), pair_key(&renamed, &b));
        assert_ne!(pair_key(&a, &b), pair_key(&b, &a));
    }

    fn mark(left: usize) -> Bookmark {
        Bookmark { topic: None, left: Some(left), right: None, label: format!("¶{left}") }
    }

    fn lefts(state: &PairState) -> Vec<Option<usize>> {
        state.bookmarks.iter().map(|b| b.left).collect()
    }

    #[cfg(unix)]
    #[test]
    fn a_planted_symlink_is_never_written_through() {
        let dir = tempfile::tempdir().unwrap();
        let victim = dir.path().join("victim.txt");
        fs::write(&victim, b"precious").unwrap();
        let target = dir.path().join("export.md");
        // Links at every name the old code would have used for its temporary file, and one at
        // the destination itself.
        for pid in std::process::id().saturating_sub(50)..std::process::id() + 50 {
            std::os::unix::fs::symlink(&victim, dir.path().join(format!(".export.md.{pid}.tmp"))).unwrap();
        }
        write_atomically(&target, b"new export").unwrap();
        assert_eq!(fs::read(&victim).unwrap(), b"precious");
        assert_eq!(fs::read(&target).unwrap(), b"new export");
        let linked = dir.path().join("linked.md");
        std::os::unix::fs::symlink(&victim, &linked).unwrap();
        write_atomically(&linked, b"replaced").unwrap();
        assert_eq!(fs::read(&victim).unwrap(), b"precious", "the link is replaced, not followed");
        assert!(!fs::symlink_metadata(&linked).unwrap().file_type().is_symlink());
    }

    #[cfg(unix)]
    #[test]
    fn written_files_get_the_usual_permissions() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().unwrap();
        let made = dir.path().join("made.md");
        fs::write(&made, b"x").unwrap();
        let written = dir.path().join("written.md");
        write_atomically(&written, b"x").unwrap();
        let mode = |p: &Path| fs::metadata(p).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode(&written), mode(&made));
    }

    #[test]
    fn temporary_files_left_by_a_killed_writer_are_removed() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("pair-k.json");
        let old = dir.path().join(".pair-k.json.4242.tmp");
        let fresh = dir.path().join(".pair-k.json.a1b2c3.tmp");
        let unrelated = dir.path().join(".other.json.4242.tmp");
        for p in [&old, &fresh, &unrelated] {
            fs::write(p, b"half a fi").unwrap();
        }
        let hour_ago = SystemTime::now() - Duration::from_secs(3600);
        for p in [&old, &unrelated] {
            fs::File::options().write(true).open(p).unwrap().set_modified(hour_ago).unwrap();
        }
        write_atomically(&path, b"{}").unwrap();
        assert!(!old.exists(), "an old orphan is removed");
        assert!(fresh.exists(), "a recent one may be another process writing now");
        assert!(unrelated.exists(), "another file's temporaries are not this write's business");
    }

    #[test]
    fn two_readers_of_one_pair_keep_each_others_bookmarks() {
        let dir = tempfile::tempdir().unwrap();
        let first = StateStore::at(dir.path());
        let second = StateStore::at(dir.path());
        let mut base = state();
        base.bookmarks = vec![mark(1), mark(2)];
        first.save("k", &base).unwrap();
        let mut a = first.load("k").0.unwrap();
        let mut b = second.load("k").0.unwrap();
        // The first adds 3 and deletes 1; the second adds 4 and deletes 2.
        a.bookmarks = vec![mark(2), mark(3)];
        b.bookmarks = vec![mark(1), mark(4)];
        b.left_passage = 7;
        assert_eq!(lefts(&first.save("k", &a).unwrap()), vec![Some(2), Some(3)]);
        let merged = second.save("k", &b).unwrap();
        assert_eq!(lefts(&merged), vec![Some(4), Some(3)], "both additions, neither deletion");
        assert_eq!(merged.left_passage, 7, "the newest position");
        assert_eq!(StateStore::at(dir.path()).load("k").0, Some(merged));
    }

    #[test]
    fn a_state_file_that_is_not_a_regular_file_is_a_warning() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("pair-k.json")).unwrap();
        let (loaded, warning) = StateStore::at(dir.path()).load("k");
        assert_eq!(loaded, None);
        assert!(warning.unwrap().contains("directory"));
    }
}
