//! Shows how an article file was read: each passage with its kind (paragraph, heading,
//! clutter) and sentence count — the tool for checking ingest and clutter rules on new input.
//!
//! cargo run --example passages -- ARTICLE

use counterpoint::article::Article;
use counterpoint::text::sanitize::visible;

fn main() -> anyhow::Result<()> {
    let path = std::env::args().nth(1).ok_or_else(|| anyhow::anyhow!("usage: passages ARTICLE"))?;
    let article = Article::load(path.as_ref(), 64 << 20)?;
    println!("title: {}", visible(&article.meta.title));
    for (i, p) in article.passages.iter().enumerate() {
        let text: String = p.text.chars().take(90).collect();
        println!(
            "¶{:<3} {:<9} {:>2}s  {}",
            i + 1,
            format!("{:?}", p.kind),
            p.sentences.len(),
            visible(&text)
        );
    }
    Ok(())
}
