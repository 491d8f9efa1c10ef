//! Topic maps for any subject: proposes topics from a set of articles, and checks how a map
//! matches them, so a user comparing articles on a new story gets a working map in minutes.
//!
//! Suggestion looks for salient words and two-word phrases that several articles share,
//! groups the ones that occur in the same passages into candidate topics, and prints them as a
//! TOML snippet with the evidence. Stance cues cannot be guessed reliably from word counts, so
//! they are left as commented placeholders for the user to fill in.

use std::collections::{BTreeMap, BTreeSet, HashMap};
use std::fmt::Write;

use crate::article::Article;
use crate::color::NAMED_COLORS;
use crate::text::fold::{fold, words};
use crate::topics::TopicMap;
use crate::words::content_words;

/// Everyday words that carry no topic even when every article uses them.
const GENERIC: &[&str] = &[
    "year",
    "years",
    "time",
    "people",
    "would",
    "could",
    "also",
    "first",
    "last",
    "week",
    "weeks",
    "month",
    "months",
    "many",
    "much",
    "well",
    "just",
    "like",
    "said",
    "says",
    "told",
    "according",
    "made",
    "make",
    "take",
    "taken",
    "part",
    "including",
    "since",
    "still",
    "even",
    "often",
    "today",
    "another",
    "that",
    "this",
    "there",
    "their",
    "they",
    "what",
    "which",
    "while",
    "where",
    "when",
    "other",
    "more",
    "most",
    "some",
    "such",
    "only",
    "both",
    "into",
    "over",
    "than",
    "then",
    "very",
    "will",
    "with",
    "from",
    "have",
    "been",
    "were",
    "after",
    "before",
    "about",
    "against",
    "among",
    "between",
    "during",
    "without",
    "within",
    "through",
    "under",
    "across",
    "around",
    "toward",
    "towards",
    "because",
    "however",
    "though",
    "although",
    "whether",
    "every",
    "each",
    "same",
    "new",
    "way",
    "ways",
    "day",
    "days",
    "number",
    "percent",
    "several",
    "around",
    "already",
];
const MAX_TERMS_PER_TOPIC: usize = 6;
const MAX_TOPICS: usize = 10;
/// Share of passages two terms must have in common to belong to one topic.
const GROUPING_OVERLAP: f32 = 0.25;

/// A salient term with the evidence for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// As it goes into `terms = [...]` (with `*` when several endings were seen).
    pub pattern: String,
    pub articles: usize,
    pub mentions: usize,
}

/// A proposed topic.
#[derive(Debug, Clone, PartialEq)]
pub struct SuggestedTopic {
    pub name: String,
    pub terms: Vec<Term>,
}

struct Stats {
    mentions: usize,
    articles: BTreeSet<usize>,
    passages: BTreeSet<(usize, usize)>,
    forms: BTreeSet<String>,
}

fn is_candidate(word: &str) -> bool {
    word.chars().count() >= 3
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && !GENERIC.contains(&word)
}

/// Proposes topics shared by the articles (by at least two of them when there are several).
pub fn suggest(articles: &[Article]) -> Vec<SuggestedTopic> {
    let mut stats: HashMap<String, Stats> = HashMap::new();
    for (ai, article) in articles.iter().enumerate() {
        for (pi, passage) in article.passages.iter().enumerate().filter(|(_, p)| p.is_body()) {
            let folded = fold(&passage.text);
            let tokens: Vec<(String, String)> = words(&folded)
                .into_iter()
                .map(|r| {
                    let surface = folded[r].replace('’', "'");
                    let stem = content_words(&surface).into_iter().next().unwrap_or_default();
                    (stem, surface)
                })
                .collect();
            let mut record = |key: String, surface: String| {
                let s = stats.entry(key).or_insert_with(|| Stats {
                    mentions: 0,
                    articles: BTreeSet::new(),
                    passages: BTreeSet::new(),
                    forms: BTreeSet::new(),
                });
                s.mentions += 1;
                s.articles.insert(ai);
                s.passages.insert((ai, pi));
                s.forms.insert(surface);
            };
            for (i, (stem, surface)) in tokens.iter().enumerate() {
                if !is_candidate(stem) {
                    continue;
                }
                record(stem.clone(), surface.clone());
                if let Some((next_stem, next_surface)) = tokens.get(i + 1).filter(|(s, _)| is_candidate(s)) {
                    record(format!("{stem} {next_stem}"), format!("{surface} {next_surface}"));
                }
            }
        }
    }
    let min_articles = if articles.len() >= 2 { 2 } else { 1 };
    let total_passages: usize =
        articles.iter().map(|a| a.passages.iter().filter(|p| p.is_body()).count()).sum();
    let mut ranked: Vec<(&String, &Stats, f32)> = stats
        .iter()
        .filter(|(key, s)| {
            s.articles.len() >= min_articles && (s.mentions >= 3 || key.contains(' ') && s.mentions >= 2)
        })
        .map(|(key, s)| {
            // Shared by articles, but not spread over every passage: a word in all of them is
            // the story itself ("Iran" in coverage of Iran), not a topic within it.
            let phrase_bonus = if key.contains(' ') { 2.0 } else { 1.0 };
            let rarity = (total_passages.max(1) as f32 / s.passages.len() as f32).ln();
            (key, s, s.mentions as f32 * (1.0 + s.articles.len() as f32).ln() * phrase_bonus * rarity)
        })
        .collect();
    ranked.sort_by(|a, b| b.2.total_cmp(&a.2).then(a.0.cmp(b.0)));
    ranked.truncate(60);

    let mut used: BTreeSet<&String> = BTreeSet::new();
    let mut topics = Vec::new();
    for (seed, seed_stats, _) in &ranked {
        if used.contains(seed) || topics.len() >= MAX_TOPICS {
            continue;
        }
        used.insert(seed);
        let mut members = vec![(*seed, *seed_stats)];
        for (other, other_stats, _) in &ranked {
            if members.len() >= MAX_TERMS_PER_TOPIC || used.contains(other) {
                continue;
            }
            let shared = seed_stats.passages.intersection(&other_stats.passages).count() as f32;
            let union = seed_stats.passages.union(&other_stats.passages).count() as f32;
            let contains_seed =
                other.split(' ').any(|w| w == seed.as_str()) || seed.split(' ').any(|w| w == other.as_str());
            if contains_seed || shared / union >= GROUPING_OVERLAP {
                used.insert(other);
                members.push((*other, *other_stats));
            }
        }
        // A word that almost only occurs inside a phrase of the same topic adds nothing to it.
        let phrases: Vec<(&String, usize)> =
            members.iter().filter(|(k, _)| k.contains(' ')).map(|(k, s)| (*k, s.mentions)).collect();
        members.retain(|(key, s)| {
            key.contains(' ')
                || !phrases
                    .iter()
                    .any(|(p, n)| p.split(' ').any(|w| w == key.as_str()) && *n * 5 >= s.mentions * 4)
        });
        let terms = members
            .iter()
            .map(|(key, s)| Term {
                pattern: pattern(key, &s.forms),
                articles: s.articles.len(),
                mentions: s.mentions,
            })
            .collect();
        topics.push(SuggestedTopic { name: seed.replace([' ', '-'], "_"), terms });
    }
    topics
}

/// The term as a pattern: the single form seen, or the stem with `*` for several endings.
fn pattern(stem: &str, forms: &BTreeSet<String>) -> String {
    match forms.iter().next() {
        Some(only) if forms.len() == 1 => only.clone(),
        _ if !stem.contains(' ') => format!("{stem}*"),
        Some(first) => first.clone(),
        None => stem.to_string(),
    }
}

fn toml_string(s: &str) -> String {
    serde_json::to_string(s).expect("strings serialize")
}

/// The suggestions as a TOML snippet ready to paste into config.toml.
pub fn render_suggestions(topics: &[SuggestedTopic], article_count: usize) -> String {
    let mut out = String::new();
    let _ =
        writeln!(out, "# Topics suggested by `counterpoint topics suggest` from {article_count} article(s).");
    let _ = writeln!(out, "# Evidence per term: in how many articles it occurs, and how often in all.");
    let _ =
        writeln!(out, "# Rename, merge or drop topics freely; then fill in the stances (see the comments).");
    if topics.is_empty() {
        let _ = writeln!(out, "# No shared salient terms were found: give more (or longer) articles.");
    }
    for (i, topic) in topics.iter().enumerate() {
        let _ = writeln!(out, "\n[[topics]]\nname = {}", toml_string(&topic.name));
        let _ =
            writeln!(out, "color = {}", toml_string(NAMED_COLORS[1 + i % 6 + if i >= 6 { 8 } else { 0 }]));
        let terms: Vec<String> = topic.terms.iter().map(|t| toml_string(&t.pattern)).collect();
        let _ = writeln!(out, "terms = [{}]", terms.join(", "));
        for t in &topic.terms {
            let _ = writeln!(
                out,
                "#   {}: {} article(s), {} mention(s)",
                toml_string(&t.pattern),
                t.articles,
                t.mentions
            );
        }
        let _ = writeln!(
            out,
            "# Stances cannot be guessed reliably; name two opposing ones with their cue words:"
        );
        let _ = writeln!(out, "# [topics.stances]");
        let _ = writeln!(out, "# for = [\"support*\", \"welcome*\", \"benefit*\"]");
        let _ = writeln!(out, "# against = [\"oppose*\", \"reject*\", \"harm*\"]");
    }
    out
}

/// Per topic and file: passages matched and the most frequent matched terms.
pub fn check(map: &TopicMap, articles: &[Article]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "{} topic(s), {} article(s)\n", map.topics.len(), articles.len());
    for (t, topic) in map.topics.iter().enumerate() {
        let _ = writeln!(
            out,
            "{} ({} stance(s): {})",
            crate::text::sanitize::visible(&topic.label()),
            topic.stances.len(),
            crate::text::sanitize::visible(&topic.stances.join(", "))
        );
        for article in articles {
            let mut passages = 0;
            let mut counts: BTreeMap<String, usize> = BTreeMap::new();
            for passage in article.passages.iter().filter(|p| p.is_body()) {
                let folded = fold(&passage.text);
                let hits: Vec<_> = map.find_terms(&folded).into_iter().filter(|h| h.owner == t).collect();
                passages += usize::from(!hits.is_empty());
                for h in hits {
                    *counts.entry(folded[h.range].to_string()).or_default() += 1;
                }
            }
            let mut top: Vec<(String, usize)> = counts.into_iter().collect();
            top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
            let listed: Vec<String> = top.iter().take(4).map(|(w, n)| format!("{w} ×{n}")).collect();
            let name = crate::text::sanitize::visible(&article.name).into_owned();
            let _ = writeln!(
                out,
                "  {passages:>3} passage(s)  {name}  {}",
                if listed.is_empty() { "—".to_string() } else { listed.join(", ") }
            );
        }
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn article(name: &str, body: &str) -> Article {
        Article::parse(name, &format!("Title: {name}\n\n{body}\n"))
    }

    fn corpus() -> Vec<Article> {
        vec![
            article("a", "Oil prices climbed as the refinery strike spread.\n\nThe refinery strike halted crude exports and oil prices rose again.\n\nCentral bankers met to discuss interest rates."),
            article("b", "The refinery strike entered its second week and oil prices kept rising.\n\nCrude exports fell sharply as oil prices jumped.\n\nInterest rates were left unchanged by bankers."),
            article("c", "Oil prices slipped after the refinery strike ended.\n\nInterest rates may rise next quarter, bankers said."),
        ]
    }

    #[test]
    fn shared_salient_terms_become_topics() {
        let topics = suggest(&corpus());
        let all: Vec<&str> = topics.iter().flat_map(|t| t.terms.iter().map(|x| x.pattern.as_str())).collect();
        assert!(all.contains(&"oil prices"), "{all:?}");
        assert!(all.contains(&"refinery strike"), "{all:?}");
        assert!(all.iter().any(|t| t.starts_with("interest rate")), "{all:?}");
        let oil = topics.iter().find(|t| t.terms.iter().any(|x| x.pattern == "oil prices")).unwrap();
        let evidence = oil.terms.iter().find(|x| x.pattern == "oil prices").unwrap();
        assert_eq!((evidence.articles, evidence.mentions), (3, 5));
        assert!(!all.contains(&"said"));
    }

    #[test]
    fn the_snippet_is_a_valid_map() {
        let topics = suggest(&corpus());
        let snippet = render_suggestions(&topics, 3);
        let config =
            Config::from_user_text("suggested.toml", &snippet).expect("the suggestion parses as a config");
        assert!(config.topics.len() > Config::default_config().topics.len());
        assert!(snippet.contains("# [topics.stances]"));
    }

    #[test]
    fn check_reports_passages_and_terms_per_file() {
        let config = Config::default_config();
        let map = TopicMap::new(&config).unwrap();
        let articles = vec![article("x.md", "Sanctions hurt. New sanctions came.\n\nThe talks resumed.")];
        let report = check(&map, &articles);
        assert!(report.contains("sanctions (2 stance(s): harm, pressure)"), "{report}");
        assert!(report.contains("1 passage(s)  x.md  sanctions ×2"), "{report}");
    }
}
