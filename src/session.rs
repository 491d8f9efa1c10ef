//! Loading a comparison from paths and a config: what the CLI does at start and the reader
//! does again on reload. Errors come back as values so the caller decides how to show them.

use std::path::{Path, PathBuf};

use crate::article::{Article, IngestError};
use crate::bundled::bundled;
use crate::compare::{analyse_article, compare, Comparison};
use crate::config::{Config, ConfigError};
use crate::corpus::{overview, Overview};
use crate::exports::is_export;
use crate::html::charset::decode_page;
use crate::html::{article_from_html, is_html_path};
use crate::text::sanitize::visible;
use crate::topics::TopicMap;

/// What to compare and with which config file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Inputs {
    pub left: PathBuf,
    pub right: PathBuf,
    /// `--config PATH`, or `None` for the XDG user file (if any) over the default.
    pub config: Option<PathBuf>,
}

/// Why a comparison could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error(transparent)]
    Config(#[from] ConfigError),
    #[error(transparent)]
    Input(#[from] IngestError),
}

impl LoadError {
    /// Exit status: 2 for a config problem, 1 for an unusable input file.
    pub fn exit_code(&self) -> i32 {
        match self {
            LoadError::Config(_) => 2,
            LoadError::Input(_) => 1,
        }
    }
}

/// Reads an article from disk, or from the bundled copies when a default path is not on disk.
/// Saved web pages (`.html`, `.htm`) go through article extraction first. A file with no body
/// text (a title alone, or only clutter) is refused like an empty one: every command reads
/// articles through here, so a pair refuses it and a corpus overview skips it.
pub fn load_article(path: &Path, config: &Config) -> Result<Article, IngestError> {
    let article = read_article(path, config)?;
    if !article.has_body_text() {
        return Err(IngestError::NoBody { name: visible(&article.name).into_owned() });
    }
    Ok(article)
}

fn read_article(path: &Path, config: &Config) -> Result<Article, IngestError> {
    if !path.exists() {
        if let Some(text) = bundled(&path.to_string_lossy()) {
            return Article::from_bytes(&path.display().to_string(), text.as_bytes());
        }
    }
    if !is_html_path(path) {
        return Article::load(path, config.analysis.max_file_bytes);
    }
    let name = path.display().to_string();
    let shown = visible(&name).into_owned();
    let decode_error = |source| IngestError::Decode { name: shown.clone(), source };
    let bytes = Article::read_file(path, config.analysis.max_file_bytes)?;
    let decoded = decode_page(&bytes).map_err(decode_error)?;
    let mut article = article_from_html(&name, &decoded.text)
        .map_err(|message| IngestError::Io { name: shown.clone(), message })?;
    article.warnings = decoded.warnings;
    Ok(article)
}

/// File extensions read when a directory is given.
const ARTICLE_EXTENSIONS: &[&str] = &["txt", "md", "markdown", "html", "htm"];

/// README, LICENSE and CHANGELOG files that sit beside articles in a folder are about the
/// folder, not articles in it.
fn is_project_file(path: &Path) -> bool {
    let stem = path.file_stem().map(|s| s.to_string_lossy().to_ascii_uppercase()).unwrap_or_default();
    ["README", "LICENSE", "LICENCE", "CHANGELOG", "CONTRIBUTING"].contains(&stem.as_str())
}

/// The article files directly inside `dir`, sorted by name: the extensions read, without the
/// folder's README-like files or the tool's own exports. The corpus listing and the reader's
/// picker both list folders with this.
pub fn list_folder(dir: &Path) -> std::io::Result<Vec<PathBuf>> {
    let mut found: Vec<PathBuf> = std::fs::read_dir(dir)?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && !is_project_file(p) && !is_export(p))
        .filter(|p| {
            p.extension()
                .and_then(|e| e.to_str())
                .is_some_and(|e| ARTICLE_EXTENSIONS.contains(&e.to_ascii_lowercase().as_str()))
        })
        .collect();
    found.sort();
    Ok(found)
}

/// The article files named by the arguments: files as given, directories expanded to the
/// article files directly inside them (see [`list_folder`]).
pub fn expand_paths(paths: &[PathBuf]) -> Result<Vec<PathBuf>, IngestError> {
    let mut out = Vec::new();
    for path in paths {
        if !path.is_dir() {
            out.push(path.clone());
            continue;
        }
        let shown = || visible(&path.display().to_string()).into_owned();
        let found = list_folder(path).map_err(|e| IngestError::Io {
            name: shown(),
            message: format!("cannot list the directory: {e}"),
        })?;
        if found.is_empty() {
            return Err(IngestError::Io {
                name: shown(),
                message: "is a directory with no .txt, .md or .html articles in it".to_string(),
            });
        }
        out.extend(found);
    }
    Ok(out)
}

/// A corpus overview and the files left out of it, each with why (a one-line warning).
#[derive(Debug)]
pub struct LoadedOverview {
    pub overview: Overview,
    pub skipped: Vec<String>,
}

/// Loads and analyses many articles and builds the corpus overview. A file that cannot be read
/// as an article (empty, unreadable, not text) is left out with a warning, like `rg` skipping
/// what it cannot read; it is an error only when fewer than two articles are left.
pub fn load_overview(
    paths: &[PathBuf],
    config: &Config,
    progress: &(dyn Fn(usize, usize) + Sync),
) -> Result<LoadedOverview, LoadError> {
    let map = topic_map(config)?;
    let mut analysed = Vec::new();
    let mut skipped = Vec::new();
    let mut first_error = None;
    for path in paths {
        match load_article(path, config) {
            Ok(article) => analysed.push(analyse_article(article, &map, &config.analysis)),
            Err(e) => {
                skipped.push(format!("skipped {e}"));
                first_error.get_or_insert(e);
            }
        }
    }
    if analysed.len() < 2 {
        if let Some(e) = first_error {
            return Err(e.into());
        }
    }
    Ok(LoadedOverview { overview: overview(analysed, &map, &config.analysis, progress), skipped })
}

fn topic_map(config: &Config) -> Result<TopicMap, ConfigError> {
    TopicMap::new(config).map_err(|e| ConfigError {
        file: "config".into(),
        line: 0,
        column: 0,
        message: e.to_string(),
    })
}

/// Loads the config and both articles and compares them.
pub fn load(inputs: &Inputs) -> Result<(Config, Comparison), LoadError> {
    let config = Config::load(inputs.config.as_deref())?;
    let comparison = load_with(inputs, &config)?;
    Ok((config, comparison))
}

/// Loads both articles and compares them with an already loaded config.
pub fn load_with(inputs: &Inputs, config: &Config) -> Result<Comparison, LoadError> {
    let map = TopicMap::new(config).map_err(|e| ConfigError {
        file: "config".into(),
        line: 0,
        column: 0,
        message: e.to_string(),
    })?;
    // Read and parsed side by side (a tenth of the time of a 10 MB pair); a problem with the
    // left file is still the one reported when both have one.
    let (left, right) =
        crate::compare::both(|| load_article(&inputs.left, config), || load_article(&inputs.right, config));
    Ok(compare(left?, right?, &map, &config.analysis))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_folder_lists_its_articles_without_exports_or_project_files() {
        let dir = tempfile::tempdir().unwrap();
        for name in ["b.md", "a.txt", "c.html", "d.HTM", "notes.pdf", "README.md", "a-vs-b.counterpoint.md"] {
            std::fs::write(dir.path().join(name), "x").unwrap();
        }
        std::fs::create_dir(dir.path().join("sub.md")).unwrap();
        let names: Vec<String> = list_folder(dir.path())
            .unwrap()
            .iter()
            .map(|p| p.file_name().unwrap().to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["a.txt", "b.md", "c.html", "d.HTM"]);
        assert!(list_folder(&dir.path().join("missing")).is_err());
    }
}
