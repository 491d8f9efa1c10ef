//! Topic maps for any subject: proposes topics from a set of articles, and checks how a map
//! matches them, so a user comparing articles on a new story gets a working map in minutes.
//!
//! In: the articles (`suggest`), or a map and the articles (`check`). Out: a commented TOML map
//! (`render_suggestions`) or a per-topic, per-file report of the passages a map matches.
//!
//! Topics are the targets several articles discuss — people, groups, places and recurring
//! multi-word phrases found by `targets::entities`, merged across articles with their aliases
//! (`gather`) — ranked by how many articles name them and how central they are to each. Each
//! gets stance hints from general evaluative language (`hints`): the lexicon words that carried
//! positive or negative polarity toward it. Both stances are written as real cue lists when the
//! articles gave words of both signs, so `compare` with the written map reads stances on them;
//! otherwise the topic is written without stances, which leaves the lexicon reading on.

mod gather;
mod hints;
mod render;
#[cfg(test)]
mod tests;

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use crate::article::Article;
use crate::config::Config;
use crate::matcher::validate_phrase;
use crate::targets::coref::add_references;
use crate::targets::entities::{find_entities, ArticleEntities, EntityKind};
use crate::text::fold::fold;
use crate::topics::TopicMap;

pub use hints::Hint;
pub use render::render_suggestions;

/// At most this many topics: a map a user reads through and edits.
const MAX_TOPICS: usize = 12;
/// At most this many terms per topic (the name and its aliases).
const MAX_TERMS_PER_TOPIC: usize = 8;

/// A term of a suggested topic with the evidence for it.
#[derive(Debug, Clone, PartialEq)]
pub struct Term {
    /// As it goes into `terms = [...]`.
    pub pattern: String,
}

/// A proposed topic.
#[derive(Debug, Clone, PartialEq)]
pub struct SuggestedTopic {
    pub name: String,
    pub kind: EntityKind,
    /// The name first, then the other forms the articles use.
    pub terms: Vec<Term>,
    /// In how many articles it is named, and how often in all.
    pub articles: usize,
    pub mentions: usize,
    /// Lexicon words that carried positive and negative polarity toward it.
    pub positive: Vec<Hint>,
    pub negative: Vec<Hint>,
}

/// Proposes topics shared by the articles (by at least two of them when there are several).
pub fn suggest(articles: &[Article]) -> Vec<SuggestedTopic> {
    let sides: Vec<ArticleEntities> = articles
        .iter()
        .map(|a| {
            let mut entities = find_entities(a);
            add_references(a, &mut entities);
            entities
        })
        .collect();
    // The built-in map's topics stay as they are: a suggestion of the same name would replace one.
    let builtin = TopicMap::new(&Config::default_config()).expect("the built-in map builds");
    // A target the built-in map already has as a topic term stays with that topic.
    let covered = |form: &str| {
        let folded = fold(form);
        builtin.find_terms(&folded).iter().any(|h| h.range.len() * 2 >= folded.len())
            || builtin.topics.iter().any(|t| fold(&t.name.replace('_', " ")) == folded)
    };
    let mut claimed: BTreeSet<String> = BTreeSet::new();
    let mut out = Vec::new();
    for target in gather::gather(&sides) {
        if out.len() >= MAX_TOPICS {
            break;
        }
        if covered(&target.name) {
            continue;
        }
        let mut terms: Vec<Term> = Vec::new();
        let forms = target.members.iter().flat_map(|&(a, e)| {
            let entity = &sides[a].entities[e];
            std::iter::once(&entity.name).chain(&entity.aliases)
        });
        for form in std::iter::once(&target.name).chain(&target.also).chain(forms) {
            let form = form.split_whitespace().collect::<Vec<_>>().join(" ");
            let key = fold(&form);
            if terms.len() >= MAX_TERMS_PER_TOPIC
                || key.chars().filter(|c| c.is_alphanumeric()).count() < 2
                || form.contains('*')
                || validate_phrase(&form).is_err()
                || gather::is_calendar(key.trim_end_matches("'s").trim_end_matches("’s"))
                || claimed.contains(&key)
                || too_broad(&key, &fold(&target.name), target.kind)
            {
                continue;
            }
            claimed.insert(key);
            terms.push(Term { pattern: form });
        }
        if terms.is_empty() {
            continue;
        }
        let own_words: BTreeSet<String> = terms
            .iter()
            .flat_map(|t| fold(&t.pattern).split(' ').map(str::to_string).collect::<Vec<_>>())
            .collect();
        let (positive, negative) = hints::stance_hints(articles, &sides, &target, &own_words);
        out.push(SuggestedTopic {
            name: target.name.clone(),
            kind: target.kind,
            terms,
            articles: target.articles.len(),
            mentions: target.mentions,
            positive,
            negative,
        });
    }
    out
}

/// Whether one word of a longer name is too broad to be a term: a person's first name ("Larry"
/// for Larry Summers matches every Larry) or the place after "of" in an organisation's name
/// ("Massachusetts" for the Log Cabin Republicans of Massachusetts). A surname stays
/// ("Summers"), and so does a head word ("Senate" for the U.S. Senate, as articles call it).
fn too_broad(key: &str, name: &str, kind: EntityKind) -> bool {
    let words: Vec<&str> = name.split(' ').collect();
    if key.contains(' ') || words.len() < 2 {
        return false;
    }
    match kind {
        EntityKind::Person => words[0] == key,
        EntityKind::Group => words.windows(2).any(|w| w[0] == "of" && w[1] == key),
        _ => false,
    }
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
