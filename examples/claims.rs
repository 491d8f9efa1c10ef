//! Lists every claim of one article with the stances read from it and the cues that fired:
//! the tool for tuning the cue lists of a topic map.
//!
//! cargo run --example claims -- ARTICLE [TOPIC]

use counterpoint::analysis::{analyse, explain_stance};
use counterpoint::article::Article;
use counterpoint::config::Config;
use counterpoint::text::sanitize::visible;
use counterpoint::topics::TopicMap;

fn main() -> anyhow::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = args.next().ok_or_else(|| anyhow::anyhow!("usage: claims ARTICLE [TOPIC]"))?;
    let only = args.next();
    let config = Config::load(None)?;
    let map = TopicMap::new(&config)?;
    let article = Article::load(path.as_ref(), config.analysis.max_file_bytes)?;
    let analysis = analyse(&article, &map, config.analysis.min_claim_words);
    for claim in &analysis.claims {
        let topics: Vec<String> = claim
            .topics
            .iter()
            .filter(|(t, _)| only.as_deref().is_none_or(|o| map.topics[*t].name == o))
            .map(|(t, n)| {
                let stance = claim.stance_on(*t).map_or("-".to_string(), |s| {
                    let evidence = explain_stance(&map, &article, claim.at, *t).map(|e| e.evidence);
                    let cues: Vec<String> = evidence
                        .unwrap_or_default()
                        .iter()
                        .map(|e| {
                            format!(
                                "{}{}→{}",
                                e.negated_by.as_deref().map_or(String::new(), |n| format!("{n} ")),
                                e.cue,
                                map.topics[*t].stances[e.counts_for]
                            )
                        })
                        .collect();
                    format!("{} {:.2} [{}]", map.topics[*t].stances[s.stance], s.strength, cues.join(", "))
                });
                format!("{}×{n}: {stance}", map.topics[*t].name)
            })
            .collect();
        if topics.is_empty() {
            continue;
        }
        let text = article.passages[claim.at.passage].sentence(claim.at.sentence);
        println!(
            "¶{} {}\n    {}{}\n",
            claim.at.passage + 1,
            visible(text),
            topics.join("; "),
            claim.speaker.as_ref().map_or(String::new(), |s| format!("  (speaker: {s})"))
        );
    }
    Ok(())
}
