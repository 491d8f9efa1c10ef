//! Measures the target finder (entities, coreference, speakers) against the BASIL development
//! events, and prints the shared targets of every pair of seed articles to read by eye.
//!
//! cargo run --release --example targets_check -- [BASIL_DIR] [SEEDS_DIR]
//! (defaults: ../shared/eval/basil-dev ../shared/seeds)
//! cargo run --release --example targets_check -- --dump ARTICLE
//! prints every body sentence of one article with its voice, the people and groups it refers to
//! (and how: name, alias, pronoun, role noun) and the lexicon's reading toward each.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Context;
use counterpoint::article::Article;
use counterpoint::article::SentenceId;
use counterpoint::config::Config;
use counterpoint::lexicon::polarity_toward_party;
use counterpoint::targets::coref::add_references;
use counterpoint::targets::entities::{find_entities, ArticleEntities, EntityKind, EntityLookup};
use counterpoint::targets::read_article;
use counterpoint::targets::shared::shared_targets;
use counterpoint::targets::speakers::{voices, Voice, VoiceKind};
use counterpoint::topics::TopicMap;
use serde_json::Value;

struct Annotated {
    article: Article,
    names: ArticleEntities,
    resolved: ArticleEntities,
    voices: HashMap<SentenceId, Voice>,
    /// (phrase, target, speaker) of each phrase-level annotation.
    spans: Vec<(String, String, String)>,
}

fn norm(s: &str) -> String {
    let s = s.replace(['\u{2019}', '\u{2018}'], "'").replace(['\u{201c}', '\u{201d}'], "\"");
    s.replace(['\u{2014}', '\u{2013}'], "-").split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// The entity indexes a BASIL target ("Barack_Obama") names: strictly by the whole form, or
/// leniently by any capitalised word of it ("Obama" for "Obama_campaign").
fn target_entities(lookup: &EntityLookup, target: &str, lenient: bool) -> HashSet<usize> {
    let form = target.replace('_', " ");
    let mut out: HashSet<usize> = lookup.find(&form, EntityKind::Other).into_iter().collect();
    if lenient {
        for word in form.split(' ').filter(|w| w.chars().next().is_some_and(char::is_uppercase)) {
            out.extend(lookup.find(word, EntityKind::Other));
        }
    }
    out
}

fn load_event_articles(basil: &Path, map: &TopicMap) -> anyhow::Result<BTreeMap<String, Vec<Annotated>>> {
    let mut events: BTreeMap<String, Vec<Annotated>> = BTreeMap::new();
    let mut files: Vec<PathBuf> = Vec::new();
    for year in std::fs::read_dir(basil.join("articles")).context("BASIL articles")? {
        for f in std::fs::read_dir(year?.path())? {
            files.push(f?.path());
        }
    }
    files.sort();
    for path in files {
        let json: Value = serde_json::from_str(&std::fs::read_to_string(&path)?)?;
        let year = path.parent().and_then(|p| p.file_name()).and_then(|n| n.to_str()).unwrap_or("");
        let stem = path.file_stem().and_then(|s| s.to_str()).unwrap_or("");
        let ann_path = basil.join("annotations").join(year).join(format!("{stem}_ann.json"));
        let Ok(ann_text) = std::fs::read_to_string(&ann_path) else { continue };
        let ann: Value = serde_json::from_str(&ann_text)?;
        let paragraphs: Vec<String> = json["body-paragraphs"]
            .as_array()
            .map(|ps| {
                ps.iter()
                    .map(|p| {
                        p.as_array().map_or(String::new(), |ss| {
                            ss.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(" ")
                        })
                    })
                    .collect()
            })
            .unwrap_or_default();
        let title = json["title"].as_str().unwrap_or("untitled").replace('\n', " ");
        let text = format!("Title: {title}\n\n{}\n", paragraphs.join("\n\n"));
        let article = Article::parse(stem, &text);
        let names = find_entities(&article);
        let mut resolved = names.clone();
        add_references(&article, &mut resolved);
        let voices = voices(&article, &map.attribution).into_iter().collect();
        let spans = ann["phrase-level-annotations"]
            .as_array()
            .map(|a| {
                a.iter()
                    .map(|x| {
                        let s = |k: &str| x[k].as_str().unwrap_or("").to_string();
                        (s("txt"), s("target"), s("speaker"))
                    })
                    .collect()
            })
            .unwrap_or_default();
        let event = json["triplet-uuid"].as_str().unwrap_or(stem).to_string();
        events.entry(event).or_default().push(Annotated { article, names, resolved, voices, spans });
    }
    Ok(events)
}

/// The sentences of `a` that hold an annotated phrase (as the BASIL scorer locates them).
fn sentences_holding(a: &Article, phrase: &str) -> Vec<SentenceId> {
    let p = norm(phrase);
    let p = p.trim_matches(|c: char| " \"'.,".contains(c));
    if p.len() < 8 {
        return Vec::new();
    }
    let mut out = Vec::new();
    for (pi, passage) in a.passages.iter().enumerate().filter(|(_, p)| p.is_body()) {
        for si in 0..passage.sentences.len() {
            let s = norm(passage.sentence(si));
            if s.contains(p) || (s.len() > 20 && p.contains(s.as_str())) {
                out.push(SentenceId { passage: pi, sentence: si });
            }
        }
    }
    out
}

fn pct(n: usize, d: usize) -> String {
    format!("{n}/{d} ({:.0}%)", 100.0 * n as f64 / d.max(1) as f64)
}

fn basil_report(events: &BTreeMap<String, Vec<Annotated>>) {
    for lenient in [false, true] {
        let (mut found, mut targets) = (0, 0);
        let (mut both, mut pair_targets) = (0, 0);
        let (mut named, mut with_coref, mut located) = (0, 0, 0);
        let (mut speaker_ok, mut quoted_named) = (0, 0);
        for articles in events.values() {
            for a in articles {
                let lookup = EntityLookup::new(&a.names);
                let distinct: HashSet<&str> = a.spans.iter().map(|(_, t, _)| t.as_str()).collect();
                targets += distinct.len();
                found += distinct.iter().filter(|t| !target_entities(&lookup, t, lenient).is_empty()).count();
                for (phrase, target, speaker) in &a.spans {
                    let ents = target_entities(&lookup, target, lenient);
                    let at = sentences_holding(&a.article, phrase);
                    if at.is_empty() {
                        continue;
                    }
                    located += 1;
                    let hits = |e: &ArticleEntities| {
                        at.iter().any(|&s| e.mentions_in(s).iter().any(|m| ents.contains(&m.entity)))
                    };
                    named += hits(&a.names) as usize;
                    with_coref += hits(&a.resolved) as usize;
                    let named_speaker = !speaker.is_empty() && !speaker.starts_with("other");
                    if named_speaker {
                        quoted_named += 1;
                        let want = target_entities(&lookup, speaker, lenient);
                        let got = at.iter().any(|s| {
                            a.voices
                                .get(s)
                                .and_then(|v| v.speaker.as_deref())
                                .and_then(|w| lookup.find(w, EntityKind::Other))
                                .is_some_and(|e| want.contains(&e))
                        });
                        speaker_ok += got as usize;
                        if !got && !lenient && std::env::var_os("SHOW_SPEAKERS").is_some() {
                            let read: Vec<&str> = at
                                .iter()
                                .map(|s| a.voices.get(s).and_then(|v| v.speaker.as_deref()).unwrap_or("-"))
                                .collect();
                            let text = a.article.sentence_text(at[0]);
                            println!(
                                "  speaker {speaker} read {read:?}: {}",
                                text.chars().take(150).collect::<String>()
                            );
                        }
                    }
                }
            }
            for (i, l) in articles.iter().enumerate() {
                for r in &articles[i + 1..] {
                    let shared = shared_targets(&l.names, &r.names);
                    let (ll, rl) = (EntityLookup::new(&l.names), EntityLookup::new(&r.names));
                    let lt: HashSet<&str> = l.spans.iter().map(|(_, t, _)| t.as_str()).collect();
                    let rt: HashSet<&str> = r.spans.iter().map(|(_, t, _)| t.as_str()).collect();
                    for t in lt.intersection(&rt) {
                        pair_targets += 1;
                        let (le, re) = (target_entities(&ll, t, lenient), target_entities(&rl, t, lenient));
                        both += shared.iter().any(|s| le.contains(&s.left) || re.contains(&s.right)) as usize;
                    }
                }
            }
        }
        println!(
            "BASIL dev, {} target matching:",
            if lenient { "lenient (any capitalised word)" } else { "strict (whole form)" }
        );
        println!("  annotated targets found as an entity of their article: {}", pct(found, targets));
        println!(
            "  targets annotated in both articles of a pair, among shared_targets: {}",
            pct(both, pair_targets)
        );
        println!(
            "  annotated phrases whose sentence mentions the target, names only: {}",
            pct(named, located)
        );
        println!(
            "  … with pronouns and role nouns resolved:                         {}",
            pct(with_coref, located)
        );
        println!(
            "  named speakers of annotated phrases read as the sentence's speaker: {}",
            pct(speaker_ok, quoted_named)
        );
    }
}

fn seeds_report(dir: &Path, map: &TopicMap) -> anyhow::Result<()> {
    let mut paths: Vec<PathBuf> = std::fs::read_dir(dir)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    let mut seeds = Vec::new();
    for p in &paths {
        let article = Article::load(p, 64 << 20)?;
        let mut e = find_entities(&article);
        add_references(&article, &mut e);
        let v = voices(&article, &map.attribution);
        let name = p.file_name().and_then(|n| n.to_str()).unwrap_or("?").chars().take(3).collect::<String>();
        println!(
            "\nseed {name}: {} entities; top: {}",
            e.entities.len(),
            e.entities
                .iter()
                .take(12)
                .map(|x| format!("{} ({:?})", x.name, x.kind))
                .collect::<Vec<_>>()
                .join(", ")
        );
        for (at, voice) in v.iter().filter(|(_, v)| v.kind != VoiceKind::Author) {
            let s = article.passages[at.passage].sentence(at.sentence);
            let cut: String = s.chars().take(90).collect();
            println!("  {:?} {:<22} {cut}", voice.kind, voice.speaker.as_deref().unwrap_or("-"));
        }
        seeds.push((name, e));
    }
    for (i, (ln, l)) in seeds.iter().enumerate() {
        for (rn, r) in &seeds[i + 1..] {
            let shared = shared_targets(l, r);
            let top: Vec<String> =
                shared.iter().take(10).map(|s| format!("{} {:.2}", s.name, s.salience)).collect();
            println!("\n{ln} vs {rn}: {} shared; {}", shared.len(), top.join(", "));
        }
    }
    Ok(())
}

/// Every body sentence of one article as the target finders read it, to see why a sentence is
/// or is not read for a person.
fn dump(path: &Path, map: &TopicMap) -> anyhow::Result<()> {
    let article = Article::load(path, 64 << 20)?;
    let mut e = find_entities(&article);
    add_references(&article, &mut e);
    for (at, voice) in voices(&article, &map.attribution) {
        let text = article.sentence_text(at);
        println!("\n[{}.{}] {text}", at.passage, at.sentence);
        let speaker = voice.speaker.as_deref().unwrap_or("-");
        println!("    voice {:?} {speaker}", voice.kind);
        let mentions = e.mentions_in(at);
        let mut seen: Vec<usize> = mentions.iter().map(|m| m.entity).collect();
        seen.dedup();
        for entity in seen {
            let ent = &e.entities[entity];
            if !matches!(ent.kind, EntityKind::Person | EntityKind::Group) {
                continue;
            }
            let ranges: Vec<_> =
                mentions.iter().filter(|m| m.entity == entity).map(|m| m.range.clone()).collect();
            let forms: Vec<String> = mentions
                .iter()
                .filter(|m| m.entity == entity)
                .map(|m| format!("{}:{:?}", &text[m.range.clone()], m.via))
                .collect();
            let p = polarity_toward_party(text, &ranges);
            let cues: Vec<String> =
                p.cues.iter().map(|c| format!("{}{:+.2}", &text[c.range.clone()], c.weight)).collect();
            let (name, titles, gender) = (&ent.name, &ent.titles, ent.gender);
            println!(
                "    {name} ({:?}) {titles:?} {gender:?} [{}] {:+.2} {}",
                ent.kind,
                forms.join(" "),
                p.normalized(),
                cues.join(" ")
            );
        }
    }
    Ok(())
}

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    if std::env::args().nth(1).as_deref() == Some("--dump") {
        let map = TopicMap::new(&Config::default_config())?;
        let path = std::env::args().nth(2).context("--dump needs an article")?;
        return dump(Path::new(&path), &map);
    }
    let basil = PathBuf::from(args.next().unwrap_or_else(|| "../shared/eval/basil-dev".into()));
    let seeds = PathBuf::from(args.next().unwrap_or_else(|| "../shared/seeds".into()));
    let map = TopicMap::new(&Config::default_config())?;
    let started = Instant::now();
    let events = load_event_articles(&basil, &map)?;
    let articles: usize = events.values().map(Vec::len).sum();
    println!("{} events, {articles} articles read and analysed in {:?}\n", events.len(), started.elapsed());
    basil_report(&events);
    seeds_report(&seeds, &map)?;
    let big: String = std::iter::repeat_n(
        events
            .values()
            .flatten()
            .map(|a| a.article.passages.iter().map(|p| p.text.as_str()).collect::<Vec<_>>().join("\n\n"))
            .collect::<Vec<_>>()
            .join("\n\n"),
        1,
    )
    .collect();
    let mut text = String::new();
    while text.len() < 10 << 20 {
        text.push_str(&big);
        text.push_str("\n\n");
    }
    let article = Article::parse("big", &text);
    let started = Instant::now();
    let mut e = find_entities(&article);
    let t_entities = started.elapsed();
    add_references(&article, &mut e);
    let t_coref = started.elapsed() - t_entities;
    // The voices read the resolved references, so they are timed as the comparison reads an
    // article: all three at once.
    let started = Instant::now();
    let (v, _) = read_article(&article, &map.attribution);
    let t_all: Duration = started.elapsed();
    println!(
        "\n{} MB: entities {t_entities:?} + coref {t_coref:?}; entities, coref and voices together {t_all:?} \
         ({} entities, {} mentions, {} voices)",
        text.len() >> 20,
        e.entities.len(),
        e.mentions.len(),
        v.len()
    );
    Ok(())
}
