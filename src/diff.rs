//! Word-level differences between two near-identical sentences or quotes.

use std::time::Duration;

use similar::{ChangeTag, TextDiff};

/// A diff never takes longer than this, however long or odd the input.
const DIFF_DEADLINE: Duration = Duration::from_millis(20);

/// What a diff segment is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum DiffOp {
    Equal,
    /// Only in the left text.
    Delete,
    /// Only in the right text.
    Insert,
}

/// A run of words with the same fate.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct DiffSegment {
    pub op: DiffOp,
    pub text: String,
}

/// The word diff of `left` against `right`, with adjacent changes of one kind merged.
pub fn word_diff(left: &str, right: &str) -> Vec<DiffSegment> {
    let diff = TextDiff::configure().timeout(DIFF_DEADLINE).diff_words(left, right);
    let mut out: Vec<DiffSegment> = Vec::new();
    for change in diff.iter_all_changes() {
        let op = match change.tag() {
            ChangeTag::Equal => DiffOp::Equal,
            ChangeTag::Delete => DiffOp::Delete,
            ChangeTag::Insert => DiffOp::Insert,
        };
        match out.last_mut() {
            Some(last) if last.op == op => last.text.push_str(change.value()),
            _ => out.push(DiffSegment { op, text: change.value().to_string() }),
        }
    }
    out
}

/// A text's words prepared for [`overlap_of`]: lower-cased, in order and sorted, so that one
/// text is compared with many without reading it again.
#[derive(Debug, Clone)]
pub struct OverlapWords {
    words: Vec<String>,
    sorted: Vec<String>,
}

impl OverlapWords {
    pub fn new(text: &str) -> Self {
        let words: Vec<String> = text
            .split(|c: char| !c.is_alphanumeric())
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect();
        // Looked up in a sorted copy, not with `Vec::contains`: a sentence can run to
        // thousands of words.
        let mut sorted = words.clone();
        sorted.sort_unstable();
        OverlapWords { words, sorted }
    }
}

/// Share of words the two texts have in common (0 to 1), for deciding they are near-identical.
pub fn word_overlap(left: &str, right: &str) -> f32 {
    overlap_of(&OverlapWords::new(left), &OverlapWords::new(right))
}

/// [`word_overlap`] of two prepared texts.
pub fn overlap_of(a: &OverlapWords, b: &OverlapWords) -> f32 {
    if a.words.is_empty() || b.words.is_empty() {
        return 0.0;
    }
    let found_in = |words: &[String], sorted: &[String]| {
        words.iter().filter(|w| sorted.binary_search(w).is_ok()).count()
    };
    let shared = found_in(&a.words, &b.sorted).min(found_in(&b.words, &a.sorted));
    shared as f32 / a.words.len().max(b.words.len()) as f32
}

/// Renders a diff inline for plain text: `[-removed-]{+added+}` as in `git diff --word-diff`.
pub fn render_inline(segments: &[DiffSegment]) -> String {
    segments
        .iter()
        .map(|s| match s.op {
            DiffOp::Equal => s.text.clone(),
            DiffOp::Delete => format!("[-{}-]", s.text.trim()) + if s.text.ends_with(' ') { " " } else { "" },
            DiffOp::Insert => {
                format!("{{+{}+}}", s.text.trim()) + if s.text.ends_with(' ') { " " } else { "" }
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn diff_marks_changed_words() {
        let d = word_diff("not wise, not prudent", "neither wise, nor prudent");
        assert!(d.iter().any(|s| s.op == DiffOp::Delete && s.text.contains("not")));
        assert!(d.iter().any(|s| s.op == DiffOp::Insert && s.text.contains("neither")));
        let inline = render_inline(&d);
        assert!(inline.contains("[-not-]"), "{inline}");
        assert!(inline.contains("{+neither+}"), "{inline}");
    }

    #[test]
    fn overlap_of_identical_and_disjoint_texts() {
        assert_eq!(word_overlap("a b c", "a b c"), 1.0);
        assert_eq!(word_overlap("a b", "c d"), 0.0);
        assert_eq!(word_overlap("", "x"), 0.0);
    }
}
