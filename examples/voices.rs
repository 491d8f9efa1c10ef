//! Prints the voice read for every body sentence of one article, one JSON line each: who speaks
//! and how ("author", "speaker", "reported"). For checking speaker attribution against the
//! speakers annotated in the development news sets.
//!
//! cargo run --release --example voices -- ARTICLE

use counterpoint::article::Article;
use counterpoint::config::Config;
use counterpoint::targets::speakers::voices;
use counterpoint::topics::TopicMap;

fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).ok_or_else(|| anyhow::anyhow!("usage: voices ARTICLE"))?;
    let config = Config::load(None)?;
    let map = TopicMap::new(&config)?;
    let article = Article::load(path.as_ref(), config.analysis.max_file_bytes)?;
    for (at, voice) in voices(&article, &map.attribution) {
        let line = serde_json::json!({
            "text": article.sentence_text(at),
            "kind": format!("{:?}", voice.kind).to_lowercase(),
            "speaker": voice.speaker,
        });
        println!("{line}");
    }
    Ok(())
}
