//! Measures `lexicon::polarity_toward` against the slant annotations of the BASIL development
//! events, beside a whole-sentence VADER baseline, and times it over every sentence.
//!
//! cargo run --release --example polarity_check -- [BASIL_DIR] [--show N]
//!
//! BASIL_DIR (default ../shared/eval/basil-dev) holds `articles/YEAR/ID.json` (`body-paragraphs`:
//! lists of sentences) and `annotations/YEAR/ID_ann.json` (`phrase-level-annotations`: `txt`,
//! `start`/`end` in characters of its sentence, `target` such as `Barack_Obama`, `polarity`
//! pos/neg). For each annotated phrase whose sentence is found, the target's mentions are the
//! words of the sentence that match a part of the target's name; when none does, an empty range
//! at the phrase marks the clause to read. `--show N` prints N disagreements with their cues.

use std::collections::HashMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::time::Instant;

use anyhow::{bail, Context, Result};
use counterpoint::lexicon::{clauses, polarity_toward, whole_sentence_valence, CueSource, Polarity};
use serde_json::Value;

#[derive(Default, Clone, Copy)]
struct Tally {
    agree: usize,
    disagree: usize,
    zero: usize,
}

impl Tally {
    fn add(&mut self, score: f32, positive: bool) {
        if score == 0.0 {
            self.zero += 1;
        } else if (score > 0.0) == positive {
            self.agree += 1;
        } else {
            self.disagree += 1;
        }
    }

    fn row(&self, name: &str) -> String {
        let n = self.agree + self.disagree + self.zero;
        let pct = |k: usize| 100.0 * k as f64 / n.max(1) as f64;
        let decided = self.agree + self.disagree;
        format!(
            "{name:<28} {n:>5} {:>6.1}% {:>6.1}% {:>6.1}% {:>10.1}%",
            pct(self.agree),
            pct(self.disagree),
            pct(self.zero),
            100.0 * self.agree as f64 / decided.max(1) as f64
        )
    }
}

struct Phrase {
    sentence: String,
    mentions: Vec<Range<usize>>,
    named: bool,
    positive: bool,
    text: String,
    target: String,
}

fn main() -> Result<()> {
    let mut dir = PathBuf::from("../shared/eval/basil-dev");
    let mut show = 0usize;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        match arg.as_str() {
            "--show" => show = args.next().context("--show needs a number")?.parse()?,
            _ => dir = PathBuf::from(arg),
        }
    }
    let articles = load_articles(&dir.join("articles"))?;
    let phrases = load_phrases(&dir.join("annotations"), &articles)?;
    if phrases.is_empty() {
        bail!("no annotated phrase found under {}", dir.display());
    }

    let mut tallies: HashMap<(&str, &str), Tally> = HashMap::new();
    let mut shown = 0;
    for phrase in &phrases {
        let polarity = polarity_toward(&phrase.sentence, &phrase.mentions);
        let baseline = whole_sentence_valence(&phrase.sentence);
        let subset = if phrase.named { "target named" } else { "target not named" };
        let slant = if phrase.positive { "pos" } else { "neg" };
        for group in ["all", subset, slant] {
            tallies.entry(("clause", group)).or_default().add(polarity.score, phrase.positive);
            tallies.entry(("baseline", group)).or_default().add(baseline, phrase.positive);
        }
        let wrong = polarity.score != 0.0 && (polarity.score > 0.0) != phrase.positive;
        if wrong && shown < show {
            shown += 1;
            print_case(phrase, &polarity);
        }
    }
    println!(
        "{:<28} {:>5} {:>7} {:>7} {:>7} {:>11}",
        "method / phrases", "n", "agree", "oppose", "zero", "agree|sign"
    );
    for group in ["all", "target named", "target not named", "neg", "pos"] {
        for method in ["clause", "baseline"] {
            let tally = tallies.get(&(method, group)).copied().unwrap_or_default();
            println!("{}", tally.row(&format!("{method} ({group})")));
        }
    }
    time_it(&articles);
    Ok(())
}

/// Article id (file stem) → its sentences.
fn load_articles(dir: &Path) -> Result<HashMap<String, Vec<String>>> {
    let mut articles = HashMap::new();
    for path in json_files(dir)? {
        let value: Value = serde_json::from_str(&std::fs::read_to_string(&path)?)
            .with_context(|| format!("reading {}", path.display()))?;
        let sentences = value["body-paragraphs"]
            .as_array()
            .into_iter()
            .flatten()
            .flat_map(|p| p.as_array().into_iter().flatten())
            .filter_map(|s| s.as_str().map(str::to_string))
            .collect();
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        articles.insert(stem.to_string(), sentences);
    }
    Ok(articles)
}

fn load_phrases(dir: &Path, articles: &HashMap<String, Vec<String>>) -> Result<Vec<Phrase>> {
    let mut phrases = Vec::new();
    let mut unplaced = 0;
    for path in json_files(dir)? {
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or_default();
        let Some(sentences) = articles.get(stem.trim_end_matches("_ann")) else { continue };
        let value: Value = serde_json::from_str(&std::fs::read_to_string(&path)?)
            .with_context(|| format!("reading {}", path.display()))?;
        for ann in value["phrase-level-annotations"].as_array().into_iter().flatten() {
            let (Some(text), Some(target)) = (ann["txt"].as_str(), ann["target"].as_str()) else {
                continue;
            };
            let start = ann["start"].as_u64().unwrap_or(0) as usize;
            let Some((sentence, at)) = place(sentences, text, start) else {
                unplaced += 1;
                continue;
            };
            let mut mentions = mentions_of(sentence, target);
            let named = !mentions.is_empty();
            if !named {
                mentions.push(at..at);
            }
            phrases.push(Phrase {
                sentence: sentence.clone(),
                mentions,
                named,
                positive: ann["polarity"].as_str() == Some("pos"),
                text: text.to_string(),
                target: target.to_string(),
            });
        }
    }
    eprintln!("{} phrases placed in their sentence, {unplaced} not found", phrases.len());
    Ok(phrases)
}

/// The sentence that holds `text` at character `start` (or anywhere), and its byte offset.
fn place<'a>(sentences: &'a [String], text: &str, start: usize) -> Option<(&'a String, usize)> {
    let at_char = |s: &str| {
        let byte = s.char_indices().nth(start).map(|(b, _)| b)?;
        s[byte..].starts_with(text).then_some(byte)
    };
    sentences
        .iter()
        .find_map(|s| at_char(s).map(|b| (s, b)))
        .or_else(|| sentences.iter().find_map(|s| s.find(text).map(|b| (s, b))))
}

/// Words of `sentence` that match a part of the target's name ("Barack_Obama" → "Obama’s"):
/// the part followed by at most a plural or possessive ending, in any case.
fn mentions_of(sentence: &str, target: &str) -> Vec<Range<usize>> {
    let parts: Vec<String> =
        target.split('_').filter(|p| p.chars().count() >= 3).map(str::to_lowercase).collect();
    let mut mentions = Vec::new();
    let mut start = None;
    for (i, ch) in sentence.char_indices().chain(std::iter::once((sentence.len(), ' '))) {
        let in_word = ch.is_alphanumeric() || matches!(ch, '.' | '-' | '\'' | '’');
        match (in_word, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                let word = sentence[s..i].trim_end_matches('.').to_lowercase();
                let hit = parts.iter().any(|p| {
                    word.strip_prefix(p.as_str())
                        .is_some_and(|rest| matches!(rest, "" | "s" | "'s" | "’s" | "es" | "s'" | "n" | "ns"))
                });
                if hit {
                    mentions.push(s..s + sentence[s..i].trim_end_matches('.').len());
                }
                start = None;
            }
            _ => {}
        }
    }
    mentions
}

fn json_files(dir: &Path) -> Result<Vec<PathBuf>> {
    let mut files = Vec::new();
    for year in std::fs::read_dir(dir).with_context(|| format!("reading {}", dir.display()))? {
        for file in std::fs::read_dir(year?.path())? {
            let path = file?.path();
            if path.extension().is_some_and(|e| e == "json") {
                files.push(path);
            }
        }
    }
    files.sort();
    Ok(files)
}

fn print_case(phrase: &Phrase, polarity: &Polarity) {
    let s = &phrase.sentence;
    let cues: Vec<String> = polarity
        .cues
        .iter()
        .map(|c| {
            let tag = if c.source == CueSource::Framing { "F" } else { "" };
            let neg = c.negated_by.as_ref().map_or(String::new(), |r| format!(" ¬{}", &s[r.clone()]));
            format!("{}{tag}{neg} {:+.2}", &s[c.range.clone()], c.weight)
        })
        .collect();
    let mentions: Vec<&str> = phrase.mentions.iter().map(|r| &s[r.clone()]).collect();
    println!(
        "[{}] {} ({mentions:?}) score {:+.2}\n  phrase: {}\n  clause: {}\n  cues: {}\n",
        if phrase.positive { "pos" } else { "neg" },
        phrase.target,
        polarity.score,
        phrase.text,
        &s[polarity.clause.clone()],
        cues.join(", ")
    );
}

/// Times `polarity_toward` over every sentence, with the first capitalised word as the target.
fn time_it(articles: &HashMap<String, Vec<String>>) {
    let sentences: Vec<(&str, Vec<Range<usize>>)> = articles
        .values()
        .flatten()
        .map(|s| {
            let target = s
                .char_indices()
                .skip(1)
                .find(|&(i, c)| c.is_uppercase() && s[..i].ends_with(' '))
                .map(|(i, _)| std::iter::once(i..s[i..].find(' ').map_or(s.len(), |e| i + e)).collect());
            (s.as_str(), target.unwrap_or_default())
        })
        .collect();
    let bytes: usize = sentences.iter().map(|(s, _)| s.len()).sum();
    let rounds = 20;
    let started = Instant::now();
    let mut checksum = 0.0f32;
    for _ in 0..rounds {
        for (sentence, target) in &sentences {
            checksum += polarity_toward(sentence, target).score;
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let count = (sentences.len() * rounds) as f64;
    let started = Instant::now();
    let mut pieces = 0;
    for _ in 0..rounds {
        for (sentence, _) in &sentences {
            pieces += clauses(sentence).len();
        }
    }
    let splitting = started.elapsed().as_secs_f64();
    println!(
        "\nspeed: {} sentences × {rounds} in {seconds:.3} s: {:.0} sentences/s, {:.2} µs/sentence, \
         {:.1} MB/s (checksum {checksum:.1})",
        sentences.len(),
        count / seconds,
        1e6 * seconds / count,
        (bytes * rounds) as f64 / seconds / 1e6
    );
    println!(
        "of which tokenising and clause splitting alone: {:.2} µs/sentence ({pieces} clauses)",
        1e6 * splitting / count
    );
}
