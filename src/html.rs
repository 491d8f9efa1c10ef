//! Articles saved from a browser as `.html`: the body, title, byline and date are extracted
//! with dom_smoothie (a port of Mozilla's Readability), then read like any text article, so
//! the clutter rules apply to whatever the extraction left in.

use dom_smoothie::{Config, Readability, TextMode};

use crate::article::Article;

/// Whether a path names a saved web page.
pub fn is_html_path(path: &std::path::Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// Extracts the article from a page and parses it; `Err` says why no article was found.
pub fn article_from_html(name: &str, html: &str) -> Result<Article, String> {
    let config = Config { text_mode: TextMode::Markdown, ..Default::default() };
    let mut readability =
        Readability::new(html, None, Some(config)).map_err(|e| format!("cannot read the page: {e}"))?;
    let extracted = readability.parse().map_err(|e| format!("no article found in the page: {e}"))?;
    let body = strip_markdown_links(&extracted.text_content);
    if body.trim().is_empty() {
        return Err("no article text found in the page".to_string());
    }
    let mut header = String::new();
    let one_line = |s: &str| s.split_whitespace().collect::<Vec<_>>().join(" ");
    if !extracted.title.trim().is_empty() {
        header.push_str(&format!("Title: {}\n", one_line(&extracted.title)));
    }
    if let Some(byline) = extracted.byline.as_deref().filter(|b| !b.trim().is_empty()) {
        header.push_str(&format!("Author: {}\n", one_line(byline)));
    }
    if let Some(site) = extracted.site_name.as_deref().filter(|s| !s.trim().is_empty()) {
        header.push_str(&format!("Source: {}\n", one_line(site)));
    }
    if let Some(date) = extracted.published_time.as_deref().filter(|d| !d.trim().is_empty()) {
        header.push_str(&format!("Published: {}\n", one_line(date)));
    }
    let text = if header.is_empty() { body } else { format!("{header}\n{body}") };
    Ok(Article::parse(name, &text))
}

/// `[text](url)` becomes `text`, and images `![alt](src)` go: a reader wants the words.
fn strip_markdown_links(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(open) = rest.find('[') {
        let image = rest[..open].ends_with('!');
        let before = if image { &rest[..open - 1] } else { &rest[..open] };
        let after_open = &rest[open + 1..];
        let parsed = after_open.find("](").and_then(|close| {
            let label = &after_open[..close];
            let target = &after_open[close + 2..];
            target.find(')').map(|end| (label, &target[end + 1..]))
        });
        match parsed {
            Some((label, tail)) if !label.contains('\n') => {
                out.push_str(before);
                if !image {
                    out.push_str(label);
                }
                rest = tail;
            }
            _ => {
                out.push_str(&rest[..open + 1]);
                rest = after_open;
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::PassageKind;

    const PAGE: &str = r#"<!doctype html><html><head><title>Talks resume in Oman | Example News</title>
<meta name="author" content="Jane Reporter"><meta property="article:published_time" content="2025-04-12">
<meta property="og:site_name" content="Example News"></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a> <a href="/subscribe">Subscribe</a></nav>
<article><h1>Talks resume in Oman</h1>
<p>Iranian and American negotiators met in Muscat on Saturday for the first round of indirect talks in years, with Omani officials carrying messages between the two delegations.</p>
<h2>Sanctions at the centre</h2>
<p>Tehran wants relief from the sanctions that have cut its oil exports, while Washington wants firm limits on uranium enrichment, according to <a href="/people/x">officials</a> briefed on the meeting.</p>
<p>Both sides described the session as constructive and agreed to meet again the following week in the same place.</p>
</article>
<footer>Follow us on social. Sign up for our newsletter.</footer></body></html>"#;

    #[test]
    fn extracts_body_title_and_metadata() {
        let article = article_from_html("page.html", PAGE).unwrap();
        assert!(article.meta.title.contains("Talks resume in Oman"), "{}", article.meta.title);
        assert_eq!(article.meta.author.as_deref(), Some("Jane Reporter"));
        assert_eq!(article.meta.published.as_deref(), Some("2025-04-12"));
        let body: Vec<&str> = article
            .passages
            .iter()
            .filter(|p| p.kind == PassageKind::Paragraph)
            .map(|p| p.text.as_str())
            .collect();
        assert!(body.iter().any(|p| p.starts_with("Iranian and American negotiators")), "{body:?}");
        assert!(
            body.iter().any(|p| p.contains("according to officials briefed")),
            "links keep their words: {body:?}"
        );
        assert!(!body.iter().any(|p| p.contains("Subscribe") || p.contains("newsletter")), "{body:?}");
        assert!(article
            .passages
            .iter()
            .any(|p| p.kind == PassageKind::Heading && p.text.contains("Sanctions at the centre")));
    }

    #[test]
    fn a_page_without_an_article_is_an_error() {
        assert!(article_from_html("empty.html", "<html><body></body></html>").is_err());
    }

    #[test]
    fn links_and_images_are_reduced_to_words() {
        assert_eq!(
            strip_markdown_links("see [the report](http://x/y) ![chart](c.png) now [sic]"),
            "see the report  now [sic]"
        );
    }
}
