//! Lists every claim of one article with the stances read from it and the cues that fired:
//! the tool for tuning the cue lists of a topic map.
//!
//! cargo run --example claims -- ARTICLE [TOPIC]

use counterpoint::analysis::analyse;
use counterpoint::article::Article;
use counterpoint::config::Config;
use counterpoint::contrast::claims::explain_stance;
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
        let text = article.sentence_text(claim.at);
        let topics: Vec<String> = claim
            .targets
            .iter()
            .filter(|(t, _)| only.as_deref().is_none_or(|o| map.topics[t.index()].name == o))
            .map(|&(id, n)| {
                let t = &id.index();
                let stance = claim.stance_on(id).map_or("-".to_string(), |s| {
                    let evidence = explain_stance(&map, &article, claim.at, *t).map(|e| e.evidence);
                    let cues: Vec<String> = evidence
                        .unwrap_or_default()
                        .iter()
                        .map(|e| {
                            format!(
                                "{}{}→{}",
                                e.negated_by.clone().map_or(String::new(), |n| format!("{} ", &text[n])),
                                &text[e.range.clone()],
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
        println!(
            "¶{} {}\n    {}{}\n",
            claim.at.passage + 1,
            visible(text),
            topics.join("; "),
            match (&claim.voice.speaker, claim.voice.is_author()) {
                (Some(s), _) => format!("  ({}: {s})", claim.voice.kind.label()),
                (None, false) => format!("  ({})", claim.voice.kind.label()),
                (None, true) => String::new(),
            }
        );
    }
    Ok(())
}
