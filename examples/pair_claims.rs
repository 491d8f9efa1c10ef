//! Lists, for two articles compared with the built-in map, every claim of each side with the
//! stances read on the pair's targets (map topics and the people and groups the pair found):
//! the tool for finding out why a sentence a reader would pair is missing from the list.
//!
//! cargo run --release --example pair_claims -- LEFT RIGHT [WORD | --json]
//! (WORD: only the claims whose sentence contains it, case-insensitive; `--json`: every claim
//! as one JSON line — side, text, targets, stances, voice — for `scripts/gold-coverage`)

use counterpoint::article::Article;
use counterpoint::compare::{compare, Side};
use counterpoint::config::Config;
use counterpoint::text::sanitize::visible;
use counterpoint::topics::TopicMap;

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let [left, right, rest @ ..] = args.as_slice() else {
        anyhow::bail!("usage: pair_claims LEFT RIGHT [WORD | --json]");
    };
    let json = rest.first().is_some_and(|a| a == "--json");
    let only = rest.first().filter(|_| !json).map(|w| w.to_lowercase());
    let config = Config::load(None)?;
    let map = TopicMap::new(&config)?;
    let load = |path: &String| Article::load(path.as_ref(), config.analysis.max_file_bytes);
    let c = compare(load(left)?, load(right)?, &map, &config.analysis);
    for (side, name) in [(Side::Left, "LEFT"), (Side::Right, "RIGHT")] {
        if !json {
            println!("== {name}");
        }
        for claim in &c.side(side).analysis.claims {
            let text = c.sentence(side, claim.at);
            if only.as_ref().is_some_and(|w| !text.to_lowercase().contains(w)) {
                continue;
            }
            let stances: Vec<(String, &str, f32)> = claim
                .stances
                .iter()
                .map(|(t, s)| {
                    let target = c.targets.get(*t);
                    let stance = target.and_then(|t| t.stances.get(s.stance)).map_or("?", String::as_str);
                    (c.targets.label_of(Some(*t)), stance, s.strength)
                })
                .collect();
            let named: Vec<String> =
                claim.targets.iter().map(|(t, _)| c.targets.label_of(Some(*t))).collect();
            if json {
                let line = serde_json::json!({
                    "side": name, "text": text, "targets": named, "stances": stances,
                    "voice": format!("{:?}", claim.voice.kind),
                });
                println!("{line}");
                continue;
            }
            let stances: Vec<String> =
                stances.iter().map(|(t, s, strength)| format!("{t}={s} {strength:.2}")).collect();
            println!(
                "{:?} {:?} [{}] {{{}}}\n    {}",
                claim.at,
                claim.voice,
                stances.join(", "),
                named.join(", "),
                visible(text)
            );
        }
    }
    Ok(())
}
