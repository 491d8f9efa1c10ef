//! What the HTML parser does to the open elements at each start tag, end tag and run of text.
//!
//! In: the tags as the scan reads them. Out: the changes to the [`Tree`], and for a start tag
//! what follows it ([`Content`]). Why: the depth and the count of elements depend on the
//! parser's rules (implied end tags, scopes, tables, SVG and MathML, the adoption agency), not
//! on the tags as written; the rules are simplified where that errs towards counting deeper.

use super::elements::{
    BREAKOUT, CLOSES_P, FORMATTING, HEADINGS, IMPLIED_END, NOT_INLINE, RAW_TEXT, SPECIAL, TABLE_PARTS, VOID,
};
use super::tree::{foreign_key, Entry, Space, Tree};

/// What follows a start tag.
pub(super) enum Content {
    Markup,
    /// Text up to the end tag of this name.
    Text(&'static str),
    /// Text up to the end of the page (`<plaintext>`).
    ToTheEnd,
}

impl Tree {
    fn close_p(&mut self) {
        if let Some(at) = self.in_scope(&["p"], &["button"]) {
            self.pop_to(at);
        }
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

    /// A start tag: what the parser does to the stack of open elements.
    pub(super) fn start(&mut self, name: &str, attrs: &str, self_closing: bool) -> Content {
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
    pub(super) fn leave_foreign(&mut self) {
        while self.in_foreign() {
            self.pop();
        }
    }

    /// Text between tags: in a block, the parser first reopens the formatting elements.
    pub(super) fn text(&mut self, blank: bool) {
        let in_table = matches!(self.current(), Some("table" | "tbody" | "thead" | "tfoot" | "tr"));
        if !(self.in_foreign() || blank && in_table) {
            self.reconstruct();
        }
    }

    /// An end tag: what the parser closes for it.
    pub(super) fn end(&mut self, name: &str) {
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
