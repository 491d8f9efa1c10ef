//! Where the tool's own exports go and how to tell one from an article. In: the configured
//! export folder (empty for the default) and a file name. Out: the path to write, and whether
//! a listed file is an export.
//!
//! Exports used to be written beside the articles, and the next overview of that folder read
//! them back as articles (export-vs-source then ranked as the strongest disagreement). So they
//! go to a folder of their own, and listing a folder skips them wherever they are.

use std::path::{Path, PathBuf};

/// The end of every export's file name.
pub const EXPORT_SUFFIX: &str = ".counterpoint.md";

/// True for a file the tool wrote as an export (by its name), wherever it is.
pub fn is_export(path: &Path) -> bool {
    path.file_name()
        .map(|n| n.to_string_lossy().to_ascii_lowercase())
        .is_some_and(|n| n.ends_with(EXPORT_SUFFIX))
}

/// The export folder: the configured one, else `counterpoint/exports` in the XDG data
/// directory, else (no home directory at all) the current directory.
pub fn export_dir(configured: &str) -> PathBuf {
    if !configured.is_empty() {
        return expand_home(configured);
    }
    use etcetera::BaseStrategy;
    etcetera::choose_base_strategy()
        .map(|s| s.data_dir().join("counterpoint").join("exports"))
        .unwrap_or_else(|_| PathBuf::from("."))
}

/// Where the export `file_name` is written.
pub fn export_path(configured: &str, file_name: &str) -> PathBuf {
    export_dir(configured).join(file_name)
}

/// `~/x` as the home directory's `x`, as people write folders in a config file.
fn expand_home(path: &str) -> PathBuf {
    match (path.strip_prefix("~/"), etcetera::home_dir()) {
        (Some(rest), Ok(home)) => home.join(rest),
        _ => PathBuf::from(path),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exports_are_known_by_name_and_go_to_their_own_folder() {
        assert!(is_export(Path::new("/a/b/left-vs-right.counterpoint.md")));
        assert!(is_export(Path::new("corpus.COUNTERPOINT.md")));
        assert!(!is_export(Path::new("counterpoint.md")));
        assert!(!is_export(Path::new("article.md")));
        assert_eq!(export_path("/tmp/out", "x.counterpoint.md"), PathBuf::from("/tmp/out/x.counterpoint.md"));
        assert!(export_dir("").ends_with("counterpoint/exports") || export_dir("") == Path::new("."));
    }
}
