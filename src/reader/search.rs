//! In-document search: case-insensitive matches of a query in both articles, found once per
//! query and walked with n/N.

use std::ops::Range;

use crate::article::Article;
use crate::compare::Side;

use super::doc::index;

/// A search and its matches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Search {
    pub query: String,
    /// Per article: `(passage, byte range in the passage text)`, in reading order.
    pub matches: [Vec<(usize, Range<usize>)>; 2],
    /// The match last moved to: article and index into its matches.
    pub current: Option<(Side, usize)>,
}

impl Search {
    pub fn new(query: &str, left: &Article, right: &Article) -> Search {
        let find = |article: &Article| -> Vec<(usize, Range<usize>)> {
            article
                .passages
                .iter()
                .enumerate()
                .flat_map(|(p, passage)| find_all(&passage.text, query).into_iter().map(move |r| (p, r)))
                .collect()
        };
        Search { query: query.to_string(), matches: [find(left), find(right)], current: None }
    }

    pub fn on(&self, side: Side) -> &[(usize, Range<usize>)] {
        &self.matches[index(side)]
    }

    /// Matches in one passage.
    pub fn in_passage(&self, side: Side, passage: usize) -> &[(usize, Range<usize>)] {
        let all = self.on(side);
        let from = all.partition_point(|(p, _)| *p < passage);
        let to = all.partition_point(|(p, _)| *p <= passage);
        &all[from..to]
    }

    pub fn total(&self) -> usize {
        self.matches[0].len() + self.matches[1].len()
    }

    /// The place of match `i` of `side` among all matches of both articles in reading order:
    /// the article in the left pane (`first`) before the other.
    pub fn overall(&self, first: Side, (side, i): (Side, usize)) -> usize {
        if side == first {
            i
        } else {
            self.on(first).len() + i
        }
    }

    /// The match at place `k` of [`Search::overall`]'s order.
    pub fn at_overall(&self, first: Side, k: usize) -> (Side, usize) {
        let before = self.on(first).len();
        if k < before {
            (first, k)
        } else {
            (first.other(), k - before)
        }
    }
}

/// Non-overlapping case-insensitive occurrences of `needle` in `haystack`.
pub fn find_all(haystack: &str, needle: &str) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    if needle.is_empty() {
        return found;
    }
    if needle.is_ascii() {
        // ASCII bytes never occur inside a multi-byte character, so byte windows are safe.
        let (hay, pin) = (haystack.as_bytes(), needle.as_bytes());
        let mut at = 0;
        while at + pin.len() <= hay.len() {
            if hay[at..at + pin.len()].eq_ignore_ascii_case(pin) {
                found.push(at..at + pin.len());
                at += pin.len();
            } else {
                at += 1;
            }
        }
        return found;
    }
    let pin: Vec<char> = needle.chars().collect();
    let same = |a: char, b: char| a == b || a.to_lowercase().eq(b.to_lowercase());
    let mut next_free = 0;
    for (start, _) in haystack.char_indices() {
        if start < next_free {
            continue;
        }
        let mut chars = haystack[start..].char_indices();
        let mut end = start;
        let matched = pin.iter().all(|&p| match chars.next() {
            Some((i, c)) if same(c, p) => {
                end = start + i + c.len_utf8();
                true
            }
            _ => false,
        });
        if matched {
            found.push(start..end);
            next_free = end;
        }
    }
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_case_insensitively_without_overlap() {
        assert_eq!(find_all("Talks and TALKS, talkstalks", "talks"), vec![0..5, 10..15, 17..22, 22..27]);
        assert_eq!(find_all("aaa", "aa"), vec![0..2]);
        assert_eq!(find_all("Ärger über ärger", "ärger"), vec![0..6, 13..19]);
        assert!(find_all("x", "").is_empty());
    }
}
