//! How deeply a page nests its elements, told without building its tree.
//!
//! Extraction slows down with the depth of every element (the HTML parser checks the open
//! elements at each tag, Readability walks each node's ancestors), so a page nested thousands
//! deep takes minutes. A plain count of start and end tags is not enough: real pages leave
//! `<p>`, `<li>` and `<td>` unclosed by design, and an end tag may close several elements or
//! none. So this follows the HTML parser's main rules on a stack of element names, one pass over
//! the tags: void elements, raw text (`<script>`, `<style>`…), comments, implied end tags,
//! scopes, `/>` (honoured in SVG and MathML only), and the formatting elements (`<b>`, `<i>`…)
//! that the parser reopens in every following block until they are closed. Where the rules are
//! simplified, it errs towards counting deeper. It also counts the elements the parser makes,
//! copies of reopened formatting elements included. It stops as soon as either passes its limit,
//! so its stack never holds more than the depth limit; a step costs at most a walk over the list
//! of formatting elements, which that bounds too.
//!
//! In: the page's text and the limits. Out: a [`Shape`], as far as the scan went. The tags are
//! read here; what each does to the open elements is in [`rules`], on the stack kept by [`tree`],
//! after the parser's lists of elements in [`elements`].

mod elements;
mod rules;
mod tree;

use rules::Content;
use tree::Tree;

/// What the parser would build from a page, as far as the scan went.
pub(super) struct Shape {
    /// The greatest depth of open elements.
    pub(super) depth: usize,
    /// Elements made, reopened formatting elements included.
    pub(super) elements: usize,
    /// The most attributes one tag carries: the parser checks each attribute against the ones
    /// before it for duplicates, so a tag's cost grows with the square of their number.
    pub(super) attributes: usize,
    /// The squares of each tag's attribute count, added up: the parser's comparisons.
    pub(super) attribute_pairs: usize,
    /// The depths of all elements added up: the work of walking from each element to the root,
    /// which extraction does for every element (200,000 paragraphs 250 deep took 14 s).
    pub(super) ancestors: usize,
}

#[cfg(test)]
pub(super) fn deepest(html: &str, limit: usize) -> usize {
    measure(html, limit, usize::MAX).depth
}

/// Scans the page until its depth passes `max_depth` or its elements pass `max_elements`.
pub(super) fn measure(html: &str, max_depth: usize, max_elements: usize) -> Shape {
    let b = html.as_bytes();
    let mut tree = Tree::default();
    let mut deepest = 0;
    let mut attributes = 0;
    let mut attribute_pairs = 0usize;
    let mut i = 0;
    loop {
        let Some(offset) = html[i..].find('<') else {
            if i < b.len() {
                tree.text(b[i..].iter().all(|&c| is_space(c)));
                deepest = deepest.max(tree.depth());
            }
            break;
        };
        let lt = i + offset;
        if lt > i {
            tree.text(b[i..lt].iter().all(|&c| is_space(c)));
        }
        let next = b.get(lt + 1).copied();
        i = match next {
            Some(c) if c.is_ascii_alphabetic() => {
                let Some(tag) = read_tag(html, lt + 1) else { break };
                attributes = attributes.max(tag.attributes);
                attribute_pairs =
                    attribute_pairs.saturating_add(tag.attributes.saturating_mul(tag.attributes));
                match tree.start(tag.name.as_str(), tag.attrs, tag.self_closing) {
                    Content::Markup => tag.end,
                    // Its end tag closes it and nothing else, so it is read here.
                    Content::Text(end_tag) => {
                        match text_end(html, tag.end, end_tag).and_then(|lt| read_tag(html, lt + 2)) {
                            Some(end_tag) => end_tag.end,
                            None => break,
                        }
                    }
                    Content::ToTheEnd => break,
                }
            }
            Some(b'/') if b.get(lt + 2).is_some_and(u8::is_ascii_alphabetic) => {
                let Some(tag) = read_tag(html, lt + 2) else { break };
                if tag.name == "br" {
                    // The parser reads `</br>` as `<br>`, leaving SVG or MathML first.
                    tree.leave_foreign();
                    tree.start("br", "", false);
                } else {
                    tree.end(tag.name.as_str());
                }
                tag.end
            }
            Some(b'!') if b[lt..].starts_with(b"<!--") => match comment_end(b, lt + 4) {
                Some(end) => end,
                None => break,
            },
            Some(b'!') if tree.in_foreign() && b[lt..].starts_with(b"<![CDATA[") => {
                match html[lt..].find("]]>") {
                    Some(n) => lt + n + 3,
                    None => break,
                }
            }
            // `<!doctype>`, `<?xml?>`, `</>` and the like: skipped up to the next `>`.
            Some(b'!' | b'?' | b'/') => match html[lt..].find('>') {
                Some(n) => lt + n + 1,
                None => break,
            },
            _ => lt + 1,
        };
        deepest = deepest.max(tree.depth());
        if deepest > max_depth || tree.made > max_elements {
            break;
        }
    }
    Shape { depth: deepest, elements: tree.made, attributes, attribute_pairs, ancestors: tree.ancestors }
}

struct Tag<'a> {
    name: String,
    /// How many attributes it has, duplicates included.
    attributes: usize,
    attrs: &'a str,
    self_closing: bool,
    /// Just past the `>`.
    end: usize,
}

fn is_space(c: u8) -> bool {
    matches!(c, b' ' | b'\t' | b'\n' | b'\r' | b'\x0c')
}

/// The tag whose name starts at `start`, attribute values in quotes and all; `None` when the
/// page ends inside it (the parser then drops it).
fn read_tag(html: &str, start: usize) -> Option<Tag<'_>> {
    let b = html.as_bytes();
    let mut j = start;
    while j < b.len() && !is_space(b[j]) && b[j] != b'/' && b[j] != b'>' {
        j += 1;
    }
    let name = html[start..j].to_ascii_lowercase();
    let attrs_start = j;
    let mut self_closing = false;
    let mut attributes = 0;
    loop {
        match *b.get(j)? {
            b'>' => break,
            b'/' if b.get(j + 1) == Some(&b'>') => {
                self_closing = true;
                j += 1;
                break;
            }
            c if c == b'/' || is_space(c) => j += 1,
            _ => {
                attributes += 1;
                j += 1;
                while j < b.len() && !is_space(b[j]) && !matches!(b[j], b'/' | b'>' | b'=') {
                    j += 1;
                }
                while j < b.len() && is_space(b[j]) {
                    j += 1;
                }
                if b.get(j) != Some(&b'=') {
                    continue;
                }
                j += 1;
                while j < b.len() && is_space(b[j]) {
                    j += 1;
                }
                match b.get(j) {
                    Some(&quote @ (b'"' | b'\'')) => j += 1 + html[j + 1..].find(quote as char)? + 1,
                    _ => {
                        while j < b.len() && !is_space(b[j]) && b[j] != b'>' {
                            j += 1;
                        }
                    }
                }
            }
        }
    }
    Some(Tag { name, attributes, attrs: html[attrs_start..j].trim(), self_closing, end: j + 1 })
}

/// Past the end of a comment whose text starts at `start`.
fn comment_end(b: &[u8], start: usize) -> Option<usize> {
    if b[start..].starts_with(b">") {
        return Some(start + 1);
    }
    if b[start..].starts_with(b"->") {
        return Some(start + 2);
    }
    let mut i = start;
    while i + 1 < b.len() {
        if b[i] == b'-' && b[i + 1] == b'-' {
            if b.get(i + 2) == Some(&b'>') {
                return Some(i + 3);
            }
            if b[i + 2..].starts_with(b"!>") {
                return Some(i + 4);
            }
        }
        i += 1;
    }
    None
}

/// Whether `</name` or `<name` (as `b[at..]` continues) is a whole tag name.
fn names_tag(b: &[u8], at: usize, name: &str) -> bool {
    b.len() >= at + name.len()
        && b[at..at + name.len()].eq_ignore_ascii_case(name.as_bytes())
        && b.get(at + name.len()).is_some_and(|&c| is_space(c) || c == b'/' || c == b'>')
}

/// Where the text of a raw text element (`<style>`, `<title>`…) that starts at `start` ends:
/// at the `<` of its end tag. A script's text also holds
/// `<!-- <script> … </script> -->` without ending there, as the parser reads it.
fn text_end(html: &str, start: usize, name: &str) -> Option<usize> {
    let b = html.as_bytes();
    if name != "script" {
        let mut i = start;
        loop {
            let lt = i + html[i..].find("</")?;
            if names_tag(b, lt + 2, name) {
                return Some(lt);
            }
            i = lt + 2;
        }
    }
    let (mut escaped, mut double) = (false, false);
    let mut i = start;
    while i < b.len() {
        if b[i] == b'-' && escaped && b[i..].starts_with(b"-->") {
            (escaped, double) = (false, false);
            i += 3;
            continue;
        }
        if b[i] == b'<' {
            if !escaped && b[i..].starts_with(b"<!--") {
                escaped = true;
                i += 4;
                continue;
            }
            if b.get(i + 1) == Some(&b'/') && names_tag(b, i + 2, "script") {
                if !double {
                    return Some(i);
                }
                double = false;
            } else if escaped && !double && names_tag(b, i + 1, "script") {
                double = true;
            }
        }
        i += 1;
    }
    None
}
