//! The parser's stack of open elements and its list of active formatting elements, without
//! the elements' content.
//!
//! In: elements pushed and popped by the rules for start and end tags. Out: the depth, the
//! elements made and their ancestors added up, and quick answers to what the rules ask (the
//! innermost open element of a name, whether it is in scope). Why: the rules ask these at every
//! tag, so each is kept indexed rather than found by walking the stack, which holds up to the
//! depth limit.

use std::collections::hash_map::DefaultHasher;
use std::collections::{HashMap, HashSet};
use std::hash::{Hash, Hasher};

use super::elements::{FORMATTING, MARKERS, MATHML_INTEGRATION, SCOPE, SPECIAL, SVG_INTEGRATION};

#[derive(Clone, Copy, PartialEq)]
pub(super) enum Space {
    Html,
    Svg,
    MathMl,
}

/// How an SVG or MathML element is named on the stack, apart from HTML's elements: an HTML
/// end tag never closes `<svg><title>`, nor `</title>` an HTML `<title>`.
pub(super) fn foreign_key(name: &str, space: Space) -> String {
    match space {
        Space::Svg => format!("svg {name}"),
        Space::MathMl => format!("math {name}"),
        Space::Html => name.to_string(),
    }
}

pub(super) struct Open {
    /// The tag name; for SVG and MathML, its [`foreign_key`].
    pub(super) name: String,
    pub(super) space: Space,
    /// An SVG or MathML element in which HTML resumes.
    integration: bool,
    /// Its entry in the list of formatting elements, if it is one.
    pub(super) entry: Option<u64>,
    /// Taken off the stack while what it holds stays open (by `</form>`, or a formatting
    /// element's end tag with blocks open inside it); it stays here, uncounted, to keep the
    /// positions of the others.
    pub(super) gone: bool,
}

pub(super) enum Entry {
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
pub(super) struct Tree {
    pub(super) stack: Vec<Open>,
    /// Where the open elements of each name are in the stack, innermost last.
    pub(super) at: HashMap<String, Vec<usize>>,
    pub(super) special: Vec<usize>,
    /// Special elements other than `address`, `div` and `p`, which stop `<li>` closing a list
    /// item further out.
    pub(super) strict: Vec<usize>,
    scope: Vec<usize>,
    pub(super) html: Vec<usize>,
    /// The parser's list of active formatting elements.
    pub(super) formatting: Vec<Entry>,
    /// Entries of that list whose element is open.
    pub(super) open: HashSet<u64>,
    /// Counts for the entries after each marker (the first level: before any).
    levels: Vec<Level>,
    pub(super) gone: usize,
    /// Elements made so far, reopened formatting elements included.
    pub(super) made: usize,
    /// The depths of the elements made, added up.
    pub(super) ancestors: usize,
    next_id: u64,
}

impl Tree {
    pub(super) fn depth(&self) -> usize {
        self.stack.len() - self.gone
    }

    pub(super) fn top(&self, name: &str) -> Option<usize> {
        self.at.get(name).and_then(|v| v.last().copied())
    }

    pub(super) fn top_of(&self, names: &[&str]) -> Option<usize> {
        names.iter().filter_map(|n| self.top(n)).max()
    }

    pub(super) fn current(&self) -> Option<&str> {
        self.stack.last().map(|o| o.name.as_str())
    }

    /// Whether `at` is not hidden by a scope boundary above it (nor by `extra`).
    pub(super) fn reachable(&self, at: usize, extra: &[&str]) -> bool {
        let bound = self.scope.last().copied().max(self.top_of(extra));
        bound.is_none_or(|b| at >= b)
    }

    pub(super) fn in_scope(&self, names: &[&str], extra: &[&str]) -> Option<usize> {
        self.top_of(names).filter(|&at| self.reachable(at, extra))
    }

    /// Whether markup is read as SVG or MathML here.
    pub(super) fn in_foreign(&self) -> bool {
        self.stack.last().is_some_and(|o| o.space != Space::Html && !o.integration)
    }

    pub(super) fn push(&mut self, name: &str, attrs: &str) {
        let entry = FORMATTING.contains(&name).then(|| self.add_formatting(name, attrs));
        self.push_element(name, entry, Space::Html, false);
    }

    /// An SVG or MathML element.
    pub(super) fn push_foreign(&mut self, name: &str, attrs: &str, space: Space) {
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

    pub(super) fn pop(&mut self) {
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
    pub(super) fn pop_to(&mut self, at: usize) -> bool {
        if self.top("template").is_some_and(|t| at <= t) || at >= self.stack.len() {
            return false;
        }
        while self.stack.len() > at {
            self.pop();
        }
        true
    }

    /// The newest entry named `name` since the last marker.
    pub(super) fn last_entry(&mut self, name: &str) -> Option<usize> {
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
    pub(super) fn remove_entry(&mut self, k: usize) {
        if let Entry::Formatting { name, key, .. } = self.formatting.remove(k) {
            let level = self.level();
            for count in [level.by_key.get_mut(&key), level.by_name.get_mut(&name)].into_iter().flatten() {
                *count = count.saturating_sub(1);
            }
        }
    }

    /// Reopens the formatting elements closed since the last one still open (or the last
    /// marker), as the parser does before inserting most content: each one nests a level.
    pub(super) fn reconstruct(&mut self) {
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

    /// Takes the element at `at` off the stack while what it holds stays open.
    pub(super) fn take_off(&mut self, at: usize) {
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
}
