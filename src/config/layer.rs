//! One config file, parsed and checked on its own so that every mistake names its own
//! `file:line:col`: the raw TOML shapes, the checks of each value and phrase list, and the
//! check that the merged map's lists are small enough together.
//!
//! In: a file name and its text (or the merged topics with where they were written). Out: a
//! [`Layer`] for `Config` to merge, or a located [`ConfigError`].

use std::collections::BTreeMap;
use std::ops::Range;

use serde::Deserialize;
use toml::Spanned;

use super::{ConfigError, TopicDef, View};
use crate::color::Color;
use crate::keymap::{Action, KeySpec};
use crate::matcher::{phrase_bytes, validate_phrase, PhraseMatcher, MAX_PHRASE_BYTES};

pub(super) type SpannedList = Spanned<Vec<Spanned<String>>>;

#[derive(Debug, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub(super) struct RawFile {
    pub(super) analysis: Option<RawAnalysis>,
    pub(super) cues: Option<RawCues>,
    #[serde(default)]
    pub(super) topics: Vec<RawTopic>,
    pub(super) reader: Option<RawReader>,
    #[serde(default)]
    pub(super) keys: BTreeMap<Action, SpannedList>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawAnalysis {
    pub(super) max_file_bytes: Option<Spanned<u64>>,
    pub(super) contrasts_per_sentence: Option<Spanned<usize>>,
    pub(super) min_claim_words: Option<usize>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawCues {
    pub(super) negation: Option<SpannedList>,
    pub(super) hedge: Option<SpannedList>,
    pub(super) contrast: Option<SpannedList>,
    pub(super) attribution: Option<SpannedList>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawTopic {
    pub(super) name: Spanned<String>,
    pub(super) color: Spanned<String>,
    pub(super) terms: SpannedList,
    #[serde(default)]
    pub(super) stances: BTreeMap<String, SpannedList>,
    pub(super) weight: Option<Spanned<f64>>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct RawReader {
    pub(super) left: Option<String>,
    pub(super) right: Option<String>,
    pub(super) view: Option<View>,
    pub(super) sync: Option<bool>,
    pub(super) mouse: Option<bool>,
    pub(super) truecolor: Option<bool>,
    pub(super) left_width_percent: Option<Spanned<u16>>,
    pub(super) export_dir: Option<String>,
}

/// Turns byte spans into `file:line:col` errors for one source text.
pub(super) struct Locator<'a> {
    pub(super) file: &'a str,
    pub(super) source: &'a str,
}

impl Locator<'_> {
    pub(super) fn error(&self, span: Option<Range<usize>>, message: impl Into<String>) -> ConfigError {
        let (line, column) = span.map_or((0, 0), |s| line_column(self.source, s.start));
        ConfigError { file: self.file.to_string(), line, column, message: message.into() }
    }

    pub(super) fn at<T>(&self, spanned: &Spanned<T>, message: impl Into<String>) -> ConfigError {
        self.error(Some(spanned.span()), message)
    }
}

/// 1-based line and column (in characters) of byte `offset`.
pub(super) fn line_column(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let before = &source[..offset];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    (line, before[line_start..].chars().count() + 1)
}

/// Where a topic's phrase lists are written in its file.
#[derive(Clone)]
pub(super) struct TopicSpans {
    pub(super) terms: Range<usize>,
    /// In the order of the topic's `stances`.
    pub(super) stances: Vec<Range<usize>>,
}

/// One file, parsed and checked, not yet merged.
#[derive(Default)]
pub(super) struct Layer {
    pub(super) analysis: Option<RawAnalysis>,
    pub(super) cues: Option<RawCues>,
    pub(super) topics: Vec<(TopicDef, TopicSpans)>,
    pub(super) reader: Option<RawReader>,
    pub(super) keys: Vec<(Action, Vec<KeySpec>)>,
}

pub(super) fn parse_layer(file: &str, source: &str) -> Result<Layer, ConfigError> {
    let loc = Locator { file, source };
    let raw: RawFile = toml::from_str(source).map_err(|e| {
        let message = e.message().trim().to_string();
        loc.error(e.span(), message)
    })?;
    let mut topics: Vec<(TopicDef, TopicSpans)> = Vec::new();
    for topic in raw.topics {
        let name = topic.name.get_ref().trim().to_string();
        if name.is_empty() {
            return Err(loc.at(&topic.name, "a topic needs a non-empty name"));
        }
        if topics.iter().any(|(t, _)| t.name.eq_ignore_ascii_case(&name)) {
            return Err(loc.at(&topic.name, format!("the topic \"{name}\" is defined twice")));
        }
        let color =
            topic.color.get_ref().parse::<Color>().map_err(|e| loc.at(&topic.color, e.to_string()))?;
        let terms = phrases(
            &loc,
            &topic.terms,
            &format!("topic \"{name}\" has no terms: list the words that signal it"),
        )?;
        let mut stances = Vec::new();
        let mut spans = TopicSpans { terms: topic.terms.span(), stances: Vec::new() };
        for (stance, cues) in &topic.stances {
            let message = format!("stance \"{stance}\" of topic \"{name}\" has no cue phrases");
            stances.push((stance.clone(), phrases(&loc, cues, &message)?));
            spans.stances.push(cues.span());
        }
        let weight = match &topic.weight {
            None => 1.0,
            Some(w) if *w.get_ref() > 0.0 && *w.get_ref() <= 1.0 => *w.get_ref() as f32,
            Some(w) => {
                return Err(loc.at(w, format!("the weight of topic \"{name}\" must be above 0 and at most 1")))
            }
        };
        topics.push((TopicDef { name, color, terms, stances, weight }, spans));
    }
    if let Some(cues) = &raw.cues {
        for list in [&cues.negation, &cues.hedge, &cues.contrast, &cues.attribution].into_iter().flatten() {
            phrases(&loc, list, "a cue list may not be empty")?;
        }
    }
    if let Some(analysis) = &raw.analysis {
        if let Some(limit) = &analysis.max_file_bytes {
            if *limit.get_ref() < 1024 {
                return Err(loc.at(limit, "max_file_bytes must be at least 1024"));
            }
        }
        if let Some(cap) = &analysis.contrasts_per_sentence {
            if *cap.get_ref() == 0 {
                return Err(loc.at(cap, "contrasts_per_sentence must be at least 1"));
            }
        }
    }
    if let Some(width) = raw.reader.as_ref().and_then(|r| r.left_width_percent.as_ref()) {
        if !(20..=80).contains(width.get_ref()) {
            return Err(loc.at(width, "left_width_percent must be between 20 and 80"));
        }
    }
    let mut keys: Vec<(Action, Vec<KeySpec>)> = Vec::new();
    for (action, names) in &raw.keys {
        let mut specs = Vec::new();
        for name in names.get_ref() {
            let spec = name.get_ref().parse::<KeySpec>().map_err(|e| loc.at(name, e.to_string()))?;
            if let Some((other, _)) = keys.iter().find(|(_, ks)| ks.contains(&spec)) {
                return Err(loc.at(
                    name,
                    format!("key \"{}\" is bound to both {other:?} and {action:?}", name.get_ref()),
                ));
            }
            specs.push(spec);
        }
        keys.push((*action, specs));
    }
    Ok(Layer { analysis: raw.analysis, cues: raw.cues, topics, reader: raw.reader, keys })
}

pub(super) fn phrases(
    loc: &Locator,
    list: &SpannedList,
    empty_message: &str,
) -> Result<Vec<String>, ConfigError> {
    if list.get_ref().is_empty() {
        return Err(loc.at(list, empty_message));
    }
    let mut out = Vec::new();
    for phrase in list.get_ref() {
        validate_phrase(phrase.get_ref()).map_err(|e| loc.at(phrase, e.to_string()))?;
        out.push(phrase.get_ref().clone());
    }
    // Build once here so a list too large to match is caught with its location.
    PhraseMatcher::new(out.iter().map(|p| (p.as_str(), 0))).map_err(|e| loc.at(list, e.to_string()))?;
    Ok(out)
}

pub(super) fn strings(list: Option<&SpannedList>) -> Option<Vec<String>> {
    list.map(|l| l.get_ref().iter().map(|s| s.get_ref().clone()).collect())
}

/// The topic map is matched with one automaton over the terms of all topics and one over all
/// stance cues, so each list being small enough is not enough: together they must be too. When
/// they are not, the error points at the list that takes the total over the limit, counting
/// the lists in the order they were written (the built-in file first, whose total is within
/// the limit), so it is one of the user's.
pub(super) fn check_combined_sizes(
    files: &[(&str, &str)],
    topics: &[TopicDef],
    spans: &[(usize, TopicSpans)],
) -> Result<(), ConfigError> {
    let size = |list: &[String]| list.iter().map(|p| phrase_bytes(p)).sum::<usize>();
    let mut terms = Vec::new();
    let mut cues = Vec::new();
    for (topic, (file, topic_spans)) in topics.iter().zip(spans) {
        terms.push((*file, topic_spans.terms.clone(), size(&topic.terms)));
        for ((_, list), span) in topic.stances.iter().zip(&topic_spans.stances) {
            cues.push((*file, span.clone(), size(list)));
        }
    }
    for (what, mut lists) in [("terms of all topics", terms), ("stance cues of all topics", cues)] {
        let total: usize = lists.iter().map(|(_, _, bytes)| bytes).sum();
        if total <= MAX_PHRASE_BYTES {
            continue;
        }
        lists.sort_by_key(|(file, span, _)| (*file, span.start));
        let mut sum = 0;
        for (file, span, bytes) in lists {
            sum += bytes;
            if sum > MAX_PHRASE_BYTES {
                let (file, source) = files[file];
                return Err(Locator { file, source }.error(
                    Some(span),
                    format!(
                        "the {what} add up to {total} bytes, over the limit of {MAX_PHRASE_BYTES} bytes \
                         for all of them together; this list takes them over"
                    ),
                ));
            }
        }
    }
    Ok(())
}
