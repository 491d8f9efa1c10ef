//! The topic map and settings: the embedded default, the user's file merged over it, and
//! errors that point at the file, line and column of the mistake.
//!
//! Each file is parsed and checked on its own (so every error can name its own line), then the
//! user's file is laid over the default: scalar settings replace, a `[[topics]]` entry replaces
//! the default topic of the same name or adds a new one, a `[keys]` entry rebinds one action.

use std::fmt;
use std::path::{Path, PathBuf};

use serde::Deserialize;
use toml::Spanned;

use crate::color::Color;
use crate::keymap::{Action, KeySpec, Keymap};

mod layer;

use layer::{check_combined_sizes, parse_layer, strings, Layer, TopicSpans};

/// The documented default config, compiled in so the program works from any directory.
pub const DEFAULT_CONFIG: &str = include_str!("../../config.toml");

/// The largest config file read: the phrase lists it may hold are limited to 1 MiB each
/// ([`MAX_PHRASE_BYTES`]), so anything near this is not a config, and a device or a file that
/// lies about its size stops here instead of filling memory.
pub const MAX_CONFIG_BYTES: u64 = 8 << 20;

/// A mistake in a config file, located for the person who has to fix it.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct ConfigError {
    pub file: String,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

impl fmt::Display for ConfigError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = crate::text::sanitize::visible(&self.file);
        if self.line == 0 {
            write!(f, "{file}: {}", self.message)
        } else {
            write!(f, "{file}:{}:{}: {}", self.line, self.column, self.message)
        }
    }
}

/// One topic of the map.
#[derive(Debug, Clone, PartialEq)]
pub struct TopicDef {
    pub name: String,
    pub color: Color,
    pub terms: Vec<String>,
    /// Named stances with their cue phrases; any two different stances oppose each other.
    pub stances: Vec<(String, Vec<String>)>,
    /// How much the topic's stance contrasts count beside other topics' (above 0, at most 1).
    pub weight: f32,
}

/// Word lists that shape how a claim's stance is read.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Cues {
    pub negation: Vec<String>,
    pub hedge: Vec<String>,
    pub contrast: Vec<String>,
    pub attribution: Vec<String>,
}

/// Limits and knobs of the analysis.
#[derive(Debug, Clone, PartialEq)]
pub struct AnalysisSettings {
    pub max_file_bytes: u64,
    pub contrasts_per_sentence: usize,
    pub min_claim_words: usize,
}

/// Which view the reader opens in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum View {
    Read,
    Aligned,
}

/// How colour is chosen when writing to a terminal.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize, Default, clap::ValueEnum)]
#[serde(rename_all = "snake_case")]
pub enum ColorChoice {
    #[default]
    Auto,
    Always,
    Never,
}

/// Settings of the interactive reader.
#[derive(Debug, Clone, PartialEq)]
pub struct ReaderSettings {
    pub left: String,
    pub right: String,
    pub view: View,
    pub sync: bool,
    pub mouse: bool,
    pub truecolor: bool,
    pub left_width_percent: u16,
    /// Where exports go; empty for the XDG data directory (see `exports`).
    pub export_dir: String,
}

/// The whole, validated configuration.
#[derive(Debug, Clone)]
pub struct Config {
    pub analysis: AnalysisSettings,
    pub cues: Cues,
    pub topics: Vec<TopicDef>,
    pub reader: ReaderSettings,
    pub keymap: Keymap,
    /// The files merged to make this config, default first.
    pub sources: Vec<String>,
}

impl Config {
    /// The embedded default alone.
    pub fn default_config() -> Config {
        Self::from_layers(&[("<built-in config.toml>", DEFAULT_CONFIG)])
            .expect("the embedded default config is valid")
    }

    /// The default with one user file (given as text) merged over it.
    pub fn from_user_text(file: &str, text: &str) -> Result<Config, ConfigError> {
        Self::from_layers(&[("<built-in config.toml>", DEFAULT_CONFIG), (file, text)])
    }

    /// The default, merged with `explicit` if given, else with the user's config file if one
    /// exists in the XDG config dir.
    pub fn load(explicit: Option<&Path>) -> Result<Config, ConfigError> {
        let path = match explicit {
            Some(p) => Some(p.to_path_buf()),
            None => user_config_path().filter(|p| p.exists()),
        };
        let Some(path) = path else {
            return Ok(Self::default_config());
        };
        let name = path.display().to_string();
        let error = |message: String| ConfigError { file: name.clone(), line: 0, column: 0, message };
        let bytes = crate::text::file::read_limited(&path, MAX_CONFIG_BYTES)
            .map_err(|e| error(format!("cannot read the config file: {e}")))?;
        let text = String::from_utf8(bytes)
            .map_err(|_| error("cannot read the config file: it is not valid UTF-8".to_string()))?;
        Self::from_user_text(&name, &text)
    }

    fn from_layers(files: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let mut config = Config {
            analysis: AnalysisSettings {
                max_file_bytes: 64 << 20,
                contrasts_per_sentence: 2,
                min_claim_words: 6,
            },
            cues: Cues::default(),
            topics: Vec::new(),
            reader: ReaderSettings {
                left: String::new(),
                right: String::new(),
                view: View::Read,
                sync: true,
                mouse: true,
                truecolor: false,
                left_width_percent: 50,
                export_dir: String::new(),
            },
            keymap: Keymap::default(),
            sources: Vec::new(),
        };
        let mut bindings: Vec<(Action, Vec<KeySpec>)> = Vec::new();
        // For each topic of the merged map, the file it comes from and where its lists are.
        let mut spans: Vec<(usize, TopicSpans)> = Vec::new();
        for (index, (file, text)) in files.iter().enumerate() {
            let layer = parse_layer(file, text)?;
            config.merge(layer, &mut bindings, index, &mut spans);
            config.sources.push(file.to_string());
        }
        check_combined_sizes(files, &config.topics, &spans)?;
        if config.topics.is_empty() {
            let (file, _) = files.last().expect("at least the default");
            return Err(ConfigError {
                file: file.to_string(),
                line: 0,
                column: 0,
                message: "the topic map has no topics".into(),
            });
        }
        config.keymap = Keymap::new(bindings);
        Ok(config)
    }

    fn merge(
        &mut self,
        layer: Layer,
        bindings: &mut Vec<(Action, Vec<KeySpec>)>,
        index: usize,
        spans: &mut Vec<(usize, TopicSpans)>,
    ) {
        if let Some(a) = layer.analysis {
            if let Some(v) = a.max_file_bytes {
                self.analysis.max_file_bytes = v.into_inner();
            }
            if let Some(v) = a.contrasts_per_sentence {
                self.analysis.contrasts_per_sentence = v.into_inner();
            }
            if let Some(v) = a.min_claim_words {
                self.analysis.min_claim_words = v;
            }
        }
        if let Some(c) = layer.cues {
            let cues = &mut self.cues;
            for (target, list) in [
                (&mut cues.negation, &c.negation),
                (&mut cues.hedge, &c.hedge),
                (&mut cues.contrast, &c.contrast),
                (&mut cues.attribution, &c.attribution),
            ] {
                if let Some(v) = strings(list.as_ref()) {
                    *target = v;
                }
            }
        }
        for (topic, topic_spans) in layer.topics {
            match self.topics.iter().position(|t| t.name.eq_ignore_ascii_case(&topic.name)) {
                Some(i) => {
                    self.topics[i] = topic;
                    spans[i] = (index, topic_spans);
                }
                None => {
                    self.topics.push(topic);
                    spans.push((index, topic_spans));
                }
            }
        }
        if let Some(r) = layer.reader {
            let s = &mut self.reader;
            s.left = r.left.unwrap_or(std::mem::take(&mut s.left));
            s.right = r.right.unwrap_or(std::mem::take(&mut s.right));
            s.view = r.view.unwrap_or(s.view);
            s.sync = r.sync.unwrap_or(s.sync);
            s.mouse = r.mouse.unwrap_or(s.mouse);
            s.truecolor = r.truecolor.unwrap_or(s.truecolor);
            s.left_width_percent = r.left_width_percent.map_or(s.left_width_percent, Spanned::into_inner);
            s.export_dir = r.export_dir.unwrap_or(std::mem::take(&mut s.export_dir));
        }
        for (action, keys) in layer.keys {
            for (_, existing) in bindings.iter_mut() {
                existing.retain(|k| !keys.contains(k));
            }
            match bindings.iter_mut().find(|(a, _)| *a == action) {
                Some((_, existing)) => *existing = keys,
                None => bindings.push((action, keys)),
            }
        }
    }
}

/// Where the user's config file lives: `$XDG_CONFIG_HOME/counterpoint/config.toml`, else
/// `~/.config/counterpoint/config.toml`, on Linux and macOS alike.
pub fn user_config_path() -> Option<PathBuf> {
    use etcetera::BaseStrategy;
    let strategy = etcetera::choose_base_strategy().ok()?;
    Some(strategy.config_dir().join("counterpoint").join("config.toml"))
}

#[cfg(test)]
#[path = "config_tests.rs"]
mod tests;
