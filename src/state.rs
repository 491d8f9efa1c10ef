//! What the reader remembers between runs, per pair of articles: the view, the focused side,
//! where each pane was, and bookmarks.
//!
//! A pair is keyed by the hash of both articles' contents, so renaming or moving the files
//! keeps the memory. Files live in the XDG state dir. Every write is atomic (temporary file in
//! the same directory, fsync, rename), so a crash or a full disk never leaves half a file; a
//! file that cannot be parsed is moved aside with a warning and never stops the reader.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

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

/// A directory of pair states.
#[derive(Debug, Clone)]
pub struct StateStore {
    dir: PathBuf,
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
        StateStore { dir: dir.into() }
    }

    fn path(&self, key: &str) -> PathBuf {
        self.dir.join(format!("pair-{key}.json"))
    }

    /// The saved state of a pair: `Ok(None)` when there is none; a file that cannot be read
    /// as state is renamed to `*.corrupt` and reported as a warning, with a fresh state.
    pub fn load(&self, key: &str) -> (Option<PairState>, Option<String>) {
        let path = self.path(key);
        let text = match fs::read_to_string(&path) {
            Ok(text) => text,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return (None, None),
            Err(e) => return (None, Some(format!("cannot read saved state {}: {e}", path.display()))),
        };
        match serde_json::from_str::<PairState>(&text) {
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

    /// Saves a pair's state atomically.
    pub fn save(&self, key: &str, state: &PairState) -> std::io::Result<()> {
        let json = serde_json::to_vec_pretty(state).map_err(std::io::Error::other)?;
        write_atomically(&self.path(key), &json)
    }
}

/// Writes `bytes` to `path` so that readers see either the old file or the whole new one.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let dir = path.parent().unwrap_or(Path::new("."));
    fs::create_dir_all(dir)?;
    let name = path.file_name().map_or("state".into(), |n| n.to_string_lossy().into_owned());
    let temp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| {
        let mut file = fs::File::create(&temp)?;
        file.write_all(bytes)?;
        file.sync_all()?;
        fs::rename(&temp, path)?;
        // The rename itself is durable only once the directory entry is on disk.
        if let Ok(d) = fs::File::open(dir) {
            let _ = d.sync_all();
        }
        Ok(())
    })();
    if result.is_err() {
        let _ = fs::remove_file(&temp);
    }
    result
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
}
