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

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

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

/// What follows a start tag.
enum Content {
    Markup,
    /// Text up to the end tag of this name.
    Text(&'static str),
    /// Text up to the end of the page (`<plaintext>`).
    ToTheEnd,
}

const VOID: &[&str] = &[
    "area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr", "image", "img", "input",
    "keygen", "link", "meta", "param", "source", "track", "wbr",
];
const RAW_TEXT: &[&str] = &["iframe", "noembed", "noframes", "script", "style", "textarea", "title", "xmp"];
const FORMATTING: &[&str] =
    &["a", "b", "big", "code", "em", "font", "i", "nobr", "s", "small", "strike", "strong", "tt", "u"];
/// Elements that close an open `<p>`.
#[rustfmt::skip]
const CLOSES_P: &[&str] = &[
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl",
    "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hgroup", "hr", "li", "dd", "dt", "listing", "main", "menu", "nav", "ol", "p", "plaintext", "pre",
    "search", "section", "summary", "table", "ul", "xmp",
];
const HEADINGS: &[&str] = &["h1", "h2", "h3", "h4", "h5", "h6"];
/// HTML's "special" elements: an end tag for another element does not close past them.
#[rustfmt::skip]
const SPECIAL: &[&str] = &[
    "address", "applet", "article", "aside", "blockquote", "body", "button", "caption", "center",
    "colgroup", "dd", "details", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
    "form", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hgroup", "html", "li", "listing",
    "main", "marquee", "menu", "nav", "noscript", "object", "ol", "p", "plaintext", "pre", "section",
    "select", "summary", "table", "tbody", "td", "template", "tfoot", "th", "thead", "tr", "ul",
];
/// Elements that bound a scope: an end tag does not reach an element below them (nor below
/// the SVG and MathML elements where HTML resumes).
const SCOPE: &[&str] =
    &["applet", "caption", "html", "table", "td", "th", "marquee", "object", "select", "template"];
/// SVG and MathML elements in which HTML resumes.
const SVG_INTEGRATION: &[&str] = &["foreignobject", "desc", "title"];
const MATHML_INTEGRATION: &[&str] = &["mi", "mo", "mn", "ms", "mtext"];
/// HTML start tags that end SVG or MathML content.
#[rustfmt::skip]
const BREAKOUT: &[&str] = &[
    "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed",
    "h1", "h2", "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta",
    "nobr", "ol", "p", "pre", "ruby", "s", "small", "span", "strong", "strike", "sub", "sup", "table",
    "tt", "u", "ul", "var",
];
/// Elements after which formatting elements are not reopened.
const MARKERS: &[&str] = &["applet", "caption", "marquee", "object", "td", "template", "th"];
/// Elements whose end tags the parser implies before closing an enclosing element.
const IMPLIED_END: &[&str] = &["dd", "dt", "li", "option", "optgroup", "p", "rb", "rp", "rt", "rtc"];
const TABLE_PARTS: &[&str] = &["caption", "colgroup", "tbody", "td", "tfoot", "th", "thead", "tr"];
/// Start tags before which the parser does not reopen formatting elements (it does so later,
/// inside them, when text comes).
#[rustfmt::skip]
const NOT_INLINE: &[&str] = &[
    "address", "article", "aside", "base", "basefont", "bgsound", "blockquote", "body", "caption",
    "center", "col", "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6",
    "head", "header", "hgroup", "hr", "html", "iframe", "li", "link", "listing", "main", "menu", "meta",
    "nav", "noembed", "noframes", "ol", "p", "param", "plaintext", "pre", "rb", "rp", "rt", "rtc",
    "script", "search", "section", "source", "style", "summary", "table", "tbody", "td", "template",
    "textarea", "tfoot", "th", "thead", "title", "tr", "track", "ul",
];

#[derive(Clone, Copy, PartialEq)]
enum Space {
    Html,
    Svg,
    MathMl,
}

/// How an SVG or MathML element is named on the stack, apart from HTML's elements: an HTML
/// end tag never closes `<svg><title>`, nor `</title>` an HTML `<title>`.
fn foreign_key(name: &str, space: Space) -> String {
    match space {
        Space::Svg => format!("svg {name}"),
        Space::MathMl => format!("math {name}"),
        Space::Html => name.to_string(),
    }
}

struct Open {
    /// The tag name; for SVG and MathML, its [`foreign_key`].
    name: String,
    space: Space,
    /// An SVG or MathML element in which HTML resumes.
    integration: bool,
    /// Its entry in the list of formatting elements, if it is one.
    entry: Option<u64>,
    /// Taken off the stack while what it holds stays open (by `</form>`, or a formatting
    /// element's end tag with blocks open inside it); it stays here, uncounted, to keep the
    /// positions of the others.
    gone: bool,
}

enum Entry {
    Marker,
    /// `key` stands for the name and attributes, which make entries identical.
    Formatting {
        id: u64,
        name: String,
        key: u64,
    },
}

/// Counts of the formatting entries since a marker.
#[derive(Default)]
struct Level {
    by_key: HashMap<u64, usize>,
    by_name: HashMap<String, usize>,
}

#[derive(Default)]
struct Tree {
    stack: Vec<Open>,
    /// Where the open elements of each name are in the stack, innermost last.
    at: HashMap<String, Vec<usize>>,
    special: Vec<usize>,
    /// Special elements other than `address`, `div` and `p`, which stop `<li>` closing a list
    /// item further out.
    strict: Vec<usize>,
    scope: Vec<usize>,
    html: Vec<usize>,
    /// The parser's list of active formatting elements.
    formatting: Vec<Entry>,
    /// Entries of that list whose element is open.
    open: HashSet<u64>,
    /// Counts for the entries after each marker (the first level: before any).
    levels: Vec<Level>,
    gone: usize,
    /// Elements made so far, reopened formatting elements included.
    made: usize,
    /// The depths of the elements made, added up.
    ancestors: usize,
    next_id: u64,
}

impl Tree {
    fn depth(&self) -> usize {
        self.stack.len() - self.gone
    }

    fn top(&self, name: &str) -> Option<usize> {
        self.at.get(name).and_then(|v| v.last().copied())
    }

    fn top_of(&self, names: &[&str]) -> Option<usize> {
        names.iter().filter_map(|n| self.top(n)).max()
    }

    fn current(&self) -> Option<&str> {
        self.stack.last().map(|o| o.name.as_str())
    }

    /// Whether `at` is not hidden by a scope boundary above it (nor by `extra`).
    fn reachable(&self, at: usize, extra: &[&str]) -> bool {
        let bound = self.scope.last().copied().max(self.top_of(extra));
        bound.is_none_or(|b| at >= b)
    }

    fn in_scope(&self, names: &[&str], extra: &[&str]) -> Option<usize> {
        self.top_of(names).filter(|&at| self.reachable(at, extra))
    }

    /// Whether markup is read as SVG or MathML here.
    fn in_foreign(&self) -> bool {
        self.stack.last().is_some_and(|o| o.space != Space::Html && !o.integration)
    }

    fn push(&mut self, name: &str, attrs: &str) {
        let entry = FORMATTING.contains(&name).then(|| self.add_formatting(name, attrs));
        self.push_element(name, entry, Space::Html, false);
    }

    /// An SVG or MathML element.
    fn push_foreign(&mut self, name: &str, attrs: &str, space: Space) {
        let integration = match space {
            Space::Svg => SVG_INTEGRATION.contains(&name),
            Space::MathMl => {
                MATHML_INTEGRATION.contains(&name)
                    || (name == "annotation-xml" && attrs.to_ascii_lowercase().contains("html"))
            }
            Space::Html => false,
        };
        self.push_element(&foreign_key(name, space), None, space, integration);
    }

    fn push_element(&mut self, name: &str, entry: Option<u64>, space: Space, integration: bool) {
        let at = self.stack.len();
        self.made += 1;
        self.ancestors += self.depth() + 1;
        if let Some(id) = entry {
            self.open.insert(id);
        }
        self.at.entry(name.to_string()).or_default().push(at);
        if space != Space::Html {
            if integration {
                self.scope.push(at);
            }
        } else {
            self.html.push(at);
            if SPECIAL.contains(&name) {
                self.special.push(at);
                if !matches!(name, "address" | "div" | "p") {
                    self.strict.push(at);
                }
            }
            if SCOPE.contains(&name) {
                self.scope.push(at);
            }
        }
        self.stack.push(Open { name: name.to_string(), space, integration, entry, gone: false });
        if MARKERS.contains(&name) {
            self.formatting.push(Entry::Marker);
            self.levels.push(Level::default());
        }
    }

    /// The counts for the entries since the last marker.
    fn level(&mut self) -> &mut Level {
        if self.levels.is_empty() {
            self.levels.push(Level::default());
        }
        self.levels.last_mut().expect("just made")
    }

    fn pop(&mut self) {
        let Some(open) = self.stack.pop() else { return };
        let at = self.stack.len();
        if open.gone {
            self.gone -= 1;
        } else if let Some(v) = self.at.get_mut(&open.name) {
            v.pop();
            if v.is_empty() {
                self.at.remove(&open.name);
            }
        }
        for list in [&mut self.special, &mut self.strict, &mut self.scope, &mut self.html] {
            if list.last() == Some(&at) {
                list.pop();
            }
        }
        if let Some(id) = open.entry {
            self.open.remove(&id);
        }
        if MARKERS.contains(&open.name.as_str()) {
            while let Some(entry) = self.formatting.pop() {
                if let Entry::Marker = entry {
                    self.levels.pop();
                    break;
                }
            }
        }
    }

    /// Closes the element at `at` and everything inside it; nothing when that would close an
    /// open `<template>`, whose content the parser keeps apart. Whether anything closed.
    fn pop_to(&mut self, at: usize) -> bool {
        if self.top("template").is_some_and(|t| at <= t) || at >= self.stack.len() {
            return false;
        }
        while self.stack.len() > at {
            self.pop();
        }
        true
    }

    /// The newest entry named `name` since the last marker.
    fn last_entry(&mut self, name: &str) -> Option<usize> {
        if self.level().by_name.get(name).is_none_or(|&n| n == 0) {
            return None;
        }
        for (k, entry) in self.formatting.iter().enumerate().rev() {
            match entry {
                Entry::Marker => return None,
                Entry::Formatting { name: n, .. } if n == name => return Some(k),
                Entry::Formatting { .. } => {}
            }
        }
        None
    }

    /// Takes an entry (one since the last marker) off the list; its element, if open, stays
    /// open.
    fn remove_entry(&mut self, k: usize) {
        if let Entry::Formatting { name, key, .. } = self.formatting.remove(k) {
            let level = self.level();
            for count in [level.by_key.get_mut(&key), level.by_name.get_mut(&name)].into_iter().flatten() {
                *count = count.saturating_sub(1);
            }
        }
    }

    /// Reopens the formatting elements closed since the last one still open (or the last
    /// marker), as the parser does before inserting most content: each one nests a level.
    fn reconstruct(&mut self) {
        let mut first = self.formatting.len();
        while first > 0 {
            match &self.formatting[first - 1] {
                Entry::Formatting { id, .. } if !self.open.contains(id) => first -= 1,
                _ => break,
            }
        }
        for k in first..self.formatting.len() {
            if let Entry::Formatting { id, ref name, .. } = self.formatting[k] {
                let name = name.clone();
                self.push_element(&name, Some(id), Space::Html, false);
            }
        }
    }

    /// Adds a formatting element to the list; like the parser, keeps at most three identical
    /// ones since the last marker.
    fn add_formatting(&mut self, name: &str, attrs: &str) -> u64 {
        let mut hasher = DefaultHasher::new();
        (name, attrs).hash(&mut hasher);
        let key = hasher.finish();
        if self.level().by_key.get(&key).is_some_and(|&n| n >= 3) {
            let mut same = 0;
            let earliest = self.formatting.iter().rposition(|e| {
                same += usize::from(matches!(e, Entry::Formatting { key: k, .. } if *k == key));
                same == 3
            });
            if let Some(k) = earliest {
                self.remove_entry(k);
            }
        }
        let level = self.level();
        *level.by_key.entry(key).or_default() += 1;
        *level.by_name.entry(name.to_string()).or_default() += 1;
        self.next_id += 1;
        let id = self.next_id;
        self.formatting.push(Entry::Formatting { id, name: name.to_string(), key });
        id
    }

    /// The end tag of a formatting element, as the parser's "adoption agency" handles it
    /// (simplified); false when there is no such formatting element since the last marker.
    fn end_formatting(&mut self, name: &str) -> bool {
        let Some(k) = self.last_entry(name) else { return false };
        let Entry::Formatting { id, .. } = self.formatting[k] else { return false };
        if !self.open.contains(&id) {
            self.remove_entry(k);
            return true;
        }
        let at = self.at.get(name).and_then(|v| v.iter().rev().find(|&&at| self.stack[at].entry == Some(id)));
        let Some(&at) = at else {
            self.remove_entry(k);
            return true;
        };
        if !self.reachable(at, &[]) {
            return true;
        }
        self.remove_entry(k);
        if self.special.last().is_none_or(|&s| s < at) {
            self.pop_to(at);
        } else if let Some(&block) = self.special.last() {
            // The blocks opened inside it stay open: the parser takes it off the stack with
            // the plain elements between it and the first block, moves each block's content
            // under a copy of it, and closes the last copy with what is open inside the
            // innermost block.
            let first_block = self.special[self.special.partition_point(|&s| s < at)];
            for between in at..first_block {
                if between == at || (!self.stack[between].gone && self.stack[between].entry.is_none()) {
                    self.take_off(between);
                }
            }
            self.pop_to(block + 1);
        }
        true
    }

    /// Takes the element at `at` off the stack while what it holds stays open.
    fn take_off(&mut self, at: usize) {
        let name = self.stack[at].name.clone();
        self.stack[at].gone = true;
        if let Some(id) = self.stack[at].entry.take() {
            self.open.remove(&id);
        }
        self.gone += 1;
        if let Some(v) = self.at.get_mut(&name) {
            v.retain(|&a| a != at);
            if v.is_empty() {
                self.at.remove(&name);
            }
        }
    }

    fn close_p(&mut self) {
        if let Some(at) = self.in_scope(&["p"], &["button"]) {
            self.pop_to(at);
        }
    }

    /// A start tag: what the parser does to the stack of open elements.
    fn start(&mut self, name: &str, attrs: &str, self_closing: bool) -> Content {
        if self.in_foreign() {
            let font_breakout = name == "font"
                && ["color", "face", "size"].iter().any(|a| attrs.to_ascii_lowercase().contains(a));
            if !BREAKOUT.contains(&name) && !font_breakout {
                // (An SVG `<a>` is no formatting element.)
                if !self_closing {
                    let space = self.stack.last().map_or(Space::Svg, |o| o.space);
                    self.push_foreign(name, attrs, space);
                }
                return Content::Markup;
            }
            self.leave_foreign();
        }
        let inline = !NOT_INLINE.contains(&name);
        if VOID.contains(&name) || RAW_TEXT.contains(&name) {
            self.made += 1;
        }
        if VOID.contains(&name) {
            if name == "hr" {
                self.close_p();
            }
            if name == "input" {
                if let Some(at) = self.in_scope(&["select"], &[]) {
                    self.pop_to(at);
                }
            }
            if inline {
                self.reconstruct();
            }
            return Content::Markup;
        }
        if let Some(&raw) = RAW_TEXT.iter().find(|&&r| r == name) {
            if name == "xmp" {
                self.close_p();
                self.reconstruct();
            }
            return Content::Text(raw);
        }
        match name {
            "html" | "head" | "body" | "frameset" => return Content::Markup,
            _ if TABLE_PARTS.contains(&name) => {
                // Outside a table the parser ignores them; inside, each closes the parts of
                // its own kind or below that are still open.
                let Some(table) = self.top("table") else { return Content::Markup };
                let within: &[&str] = match name {
                    "td" | "th" => &["tr", "tbody", "thead", "tfoot"],
                    "tr" => &["tbody", "thead", "tfoot"],
                    _ => &[],
                };
                let parent = self.top_of(within).filter(|&p| p > table).unwrap_or(table);
                self.pop_to(parent + 1);
                // A row outside a table section, or a cell outside a row, gets one made for it.
                let parent = self.stack[parent].name.clone();
                if matches!(name, "tr" | "td" | "th") && parent == "table" {
                    self.push("tbody", "");
                }
                if matches!(name, "td" | "th") && parent != "tr" {
                    self.push("tr", "");
                }
            }
            "table" => {
                // A table started in a table (not in one of its cells) ends that table first.
                if let Some(table) = self.top("table") {
                    if self.top_of(&["td", "th", "caption"]).is_none_or(|cell| cell < table) {
                        self.pop_to(table);
                    }
                }
                self.close_p();
            }
            "li" | "dd" | "dt" => {
                let family: &[&str] = if name == "li" { &["li"] } else { &["dd", "dt"] };
                if let Some(at) = self.top_of(family) {
                    if self.strict.last().is_none_or(|&s| s <= at) {
                        self.pop_to(at);
                    }
                }
                self.close_p();
            }
            // A link in a link, or `<nobr>` in `<nobr>`, ends the first.
            "a" if self.last_entry("a").is_some() => {
                self.end_formatting("a");
                if let Some(k) = self.last_entry("a") {
                    self.remove_entry(k);
                }
            }
            "nobr" if self.in_scope(&["nobr"], &[]).is_some() => {
                self.end_formatting("nobr");
            }
            "button" => {
                if let Some(at) = self.in_scope(&["button"], &[]) {
                    self.pop_to(at);
                }
            }
            "form" => {
                if self.top("form").is_some() {
                    return Content::Markup;
                }
                self.close_p();
            }
            "select" => {
                if let Some(at) = self.in_scope(&["select"], &[]) {
                    self.pop_to(at);
                    return Content::Markup;
                }
            }
            "option" | "optgroup" if self.current() == Some("option") => self.pop(),
            "rb" | "rtc" | "rp" | "rt" if self.in_scope(&["ruby"], &[]).is_some() => {
                // Elements whose end tags are implied close, as at the end of a paragraph.
                let keep_rtc = matches!(name, "rp" | "rt");
                while let Some(current) = self.current() {
                    if !IMPLIED_END.contains(&current) || (keep_rtc && current == "rtc") {
                        break;
                    }
                    self.pop();
                }
            }
            _ if HEADINGS.contains(&name) => {
                self.close_p();
                if self.current().is_some_and(|c| HEADINGS.contains(&c)) {
                    self.pop();
                }
            }
            _ if CLOSES_P.contains(&name) => self.close_p(),
            "svg" | "math" => {
                self.reconstruct();
                if !self_closing {
                    let space = if name == "svg" { Space::Svg } else { Space::MathMl };
                    self.push_foreign(name, attrs, space);
                }
                return Content::Markup;
            }
            _ => {}
        }
        if inline {
            self.reconstruct();
        }
        self.push(name, attrs);
        if name == "plaintext" {
            return Content::ToTheEnd;
        }
        Content::Markup
    }

    /// Closes SVG and MathML elements back to HTML.
    fn leave_foreign(&mut self) {
        while self.in_foreign() {
            self.pop();
        }
    }

    /// Text between tags: in a block, the parser first reopens the formatting elements.
    fn text(&mut self, blank: bool) {
        let in_table = matches!(self.current(), Some("table" | "tbody" | "thead" | "tfoot" | "tr"));
        if !(self.in_foreign() || blank && in_table) {
            self.reconstruct();
        }
    }

    /// An end tag: what the parser closes for it.
    fn end(&mut self, name: &str) {
        if name == "p" {
            self.leave_foreign();
        } else if self.stack.last().is_some_and(|o| o.space != Space::Html) {
            // In SVG or MathML an end tag closes the element of its name among those open
            // since the last HTML element; failing that, it is read as HTML.
            let svg = self.top(&foreign_key(name, Space::Svg));
            if let Some(at) = svg.max(self.top(&foreign_key(name, Space::MathMl))) {
                if self.html.last().is_none_or(|&h| h < at) {
                    self.pop_to(at);
                    return;
                }
            }
        }
        match name {
            "html" | "head" | "body" => {}
            "template" => {
                if let Some(at) = self.top("template") {
                    while self.stack.len() > at {
                        self.pop();
                    }
                }
            }
            "p" => self.close_p(),
            "form" => {
                let Some(at) = self.in_scope(&["form"], &[]) else { return };
                while self.current().is_some_and(|c| IMPLIED_END.contains(&c)) {
                    self.pop();
                }
                if at + 1 == self.stack.len() {
                    self.pop();
                } else {
                    self.take_off(at);
                }
            }
            "li" => {
                if let Some(at) = self.in_scope(&["li"], &["ol", "ul"]) {
                    self.pop_to(at);
                }
            }
            _ if HEADINGS.contains(&name) => {
                if let Some(at) = self.in_scope(HEADINGS, &[]) {
                    self.pop_to(at);
                }
            }
            _ if TABLE_PARTS.contains(&name) || name == "table" => {
                if let (Some(at), Some(table)) = (self.top(name), self.top("table")) {
                    if at >= table {
                        self.pop_to(at);
                    }
                }
            }
            _ if SPECIAL.contains(&name) => {
                if let Some(at) = self.in_scope(&[name], &[]) {
                    self.pop_to(at);
                }
            }
            _ => {
                if FORMATTING.contains(&name) && self.end_formatting(name) {
                    return;
                }
                // Any other element closes only if no special element is open inside it.
                if let Some(at) = self.top(name) {
                    if self.special.last().is_none_or(|&s| s < at) {
                        self.pop_to(at);
                    }
                }
            }
        }
    }
}
