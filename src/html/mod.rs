//! Articles saved from a browser as `.html`: the body, title, byline and date are extracted
//! with dom_smoothie (a port of Mozilla's Readability), then read like any text article, so
//! the clutter rules apply to whatever the extraction left in.

use dom_smoothie::{Config, Readability, TextMode};

use crate::article::Article;
use markdown::markdown_to_text;

pub mod charset;
mod markdown;
mod nesting;
#[cfg(test)]
mod refusal_tests;
#[cfg(test)]
mod tests;

/// Whether a path names a saved web page.
pub fn is_html_path(path: &std::path::Path) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"))
}

/// How deeply a page may nest its elements. Extraction slows down with the depth of every
/// element: 10,000 nested `<div>`s took 12 seconds, 50,000 minutes. Real pages stay far below
/// this (news and documentation pages measured 10–25 deep; Chromium's parser stops nesting at
/// 512). The depth scan's own cost grows with the depth allowed — 5 MB of nests just under 512
/// took 10 s — so the limit is half of Chromium's.
pub const MAX_NESTING: usize = 256;

/// How many elements a page may make for its size. A tag makes one element (the parser adds a
/// few, like a table's `<tbody>`) and takes at least three bytes, so a page makes fewer elements
/// than half its bytes, unless the parser copies them: it reopens unclosed formatting elements
/// (`<b>`, `<i>`…) in each new block, so 400 of them followed by `</p><p>x` again and again make
/// 400 elements for every 8 bytes (a 37 KB page, 1.6 million elements; 5 MB would exhaust memory).
///
/// Whatever the size, no more than [`MAX_ELEMENTS`]: extraction keeps some 350 bytes per element
/// (5 MB of `<b>x</b>` took 226 MB), and an article page makes a few thousand.
fn max_elements(html_bytes: usize) -> usize {
    (html_bytes / 2 + 10_000).min(MAX_ELEMENTS)
}

/// The most elements any page may make: about 90 MB to extract, where a long article's page
/// makes 5,000–20,000.
const MAX_ELEMENTS: usize = 250_000;

/// The most attributes one tag may carry. The parser checks each new attribute against the
/// ones before it, so one tag's cost grows with the square of their number (a tag with 400,000
/// took 104 s); a real element has a few dozen at most.
pub const MAX_ATTRIBUTES: usize = 1_000;

/// The most attribute pairs the parser may compare over the whole page (the squares of each
/// tag's attribute count, added up): about 0.1 s of work. Bounding the sum, not only each tag,
/// keeps a page of many tags with the most attributes allowed from adding up to minutes; an
/// article page compares well under a million.
const MAX_ATTRIBUTE_PAIRS: usize = 50_000_000;

/// The most steps from an element up to the root, added up over all elements. Extraction
/// matches selectors against the descendants of each candidate container, so its time grows
/// with elements times depth: 200,000 paragraphs 250 deep (inside both other limits) took 14 s,
/// 36 deep 15 s, 25 deep 100,000 of them 3.5 s (release build). The largest real page found,
/// the Rust Reference on one page (89,000 elements, 1.5 MB), walks about 1.1 million steps and
/// takes 0.6 s; the limit leaves it twice that room.
const MAX_ANCESTOR_STEPS: usize = 2_500_000;

/// Extracts the article from a page and parses it; `Err` says why no article was found.
pub fn article_from_html(name: &str, html: &str) -> Result<Article, String> {
    // Checked before the page is parsed: the parser itself slows down with depth, and it would
    // make the elements.
    let max_elements = max_elements(html.len());
    let shape = nesting::measure(html, MAX_NESTING, max_elements);
    if shape.depth > MAX_NESTING {
        return Err(format!(
            "the page nests its elements more than {MAX_NESTING} levels deep, too deep to extract \
             the article from; save the article as text instead"
        ));
    }
    if shape.elements > max_elements {
        let why = if max_elements == MAX_ELEMENTS {
            "far more than an article page needs"
        } else {
            "far more than its size holds (it reopens its formatting tags block after block)"
        };
        return Err(format!(
            "the page would make more than {max_elements} elements, {why}; save the article as text instead"
        ));
    }
    if shape.attributes > MAX_ATTRIBUTES {
        return Err(format!(
            "the page gives one tag {} attributes, more than {MAX_ATTRIBUTES}, far more than an \
             article page needs; save the article as text instead",
            shape.attributes
        ));
    }
    if shape.attribute_pairs > MAX_ATTRIBUTE_PAIRS {
        return Err(format!(
            "the page gives many tags hundreds of attributes (up to {}), far more than an article \
             page needs; save the article as text instead",
            shape.attributes
        ));
    }
    if shape.ancestors > MAX_ANCESTOR_STEPS {
        return Err(format!(
            "the page nests {} elements {} levels deep, too much work to extract the article from; \
             save the article as text instead",
            shape.elements, shape.depth
        ));
    }
    let config = Config { text_mode: TextMode::Markdown, ..Default::default() };
    let mut readability =
        Readability::new(html, None, Some(config)).map_err(|e| format!("cannot read the page: {e}"))?;
    let extracted = readability.parse().map_err(|e| format!("no article found in the page: {e}"))?;
    let body = markdown_to_text(&extracted.text_content);
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
