//! Loading a comparison from paths and a config: what the CLI does at start and the reader
//! does again on reload. Errors come back as values so the caller decides how to show them.

use std::path::{Path, PathBuf};

use crate::article::{Article, IngestError};
use crate::bundled::bundled;
use crate::compare::{compare, Comparison};
use crate::config::{Config, ConfigError};
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
pub fn load_article(path: &Path, config: &Config) -> Result<Article, IngestError> {
    if !path.exists() {
        if let Some(text) = bundled(&path.to_string_lossy()) {
            return Article::from_bytes(&path.display().to_string(), text.as_bytes());
        }
    }
    Article::load(path, config.analysis.max_file_bytes)
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
    let left = load_article(&inputs.left, config)?;
    let right = load_article(&inputs.right, config)?;
    Ok(compare(left, right, &map, &config.analysis))
}
