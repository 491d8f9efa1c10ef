//! Stance hints for a suggested topic: the evaluative words (VADER's lexicon and the framing
//! verbs of `lexicon`) that the articles use toward the target, split by their sign.
//!
//! In: the articles, their entities (with pronouns resolved) and one gathered target. Out: the
//! words that carried positive and negative polarity toward it, most frequent first, as
//! `[topics.stances]` cues a user can keep, edit or drop. One `polarity_toward` per sentence
//! that mentions the target.

use std::collections::{BTreeSet, HashMap};
use std::ops::Range;

use super::gather::Gathered;
use crate::article::{Article, SentenceId};
use crate::matcher::validate_phrase;
use crate::targets::entities::ArticleEntities;
use crate::text::fold::fold;

/// At most this many cue words per stance: enough to read a stance, few enough to edit.
pub(crate) const MAX_HINTS: usize = 8;

/// A cue word with how often, and in how many articles, it carried that sign.
#[derive(Debug, Clone, PartialEq)]
pub struct Hint {
    pub word: String,
    pub count: usize,
    pub articles: usize,
}

/// The words that leaned toward (`.0`) and against (`.1`) the target.
pub(crate) fn stance_hints(
    articles: &[Article],
    sides: &[ArticleEntities],
    target: &Gathered,
    own_words: &BTreeSet<String>,
) -> (Vec<Hint>, Vec<Hint>) {
    let mut seen: [HashMap<String, (usize, BTreeSet<usize>)>; 2] = [HashMap::new(), HashMap::new()];
    for &(a, e) in &target.members {
        let mut by_sentence: Vec<(SentenceId, Vec<Range<usize>>)> = Vec::new();
        for m in sides[a].mentions.iter().filter(|m| m.entity == e) {
            match by_sentence.last_mut() {
                Some((at, ranges)) if *at == m.at => ranges.push(m.range.clone()),
                _ => by_sentence.push((m.at, vec![m.range.clone()])),
            }
        }
        for (at, ranges) in by_sentence {
            let text = articles[a].sentence_text(at);
            for cue in crate::lexicon::polarity_toward(text, &ranges).cues {
                let Some(word) = text.get(cue.range.clone()).map(|w| fold(w).trim().to_string()) else {
                    continue;
                };
                if word.is_empty() || cue.valence == 0.0 || own_words.contains(&word) {
                    continue;
                }
                let entry = seen[usize::from(cue.valence < 0.0)].entry(word).or_default();
                entry.0 += 1;
                entry.1.insert(a);
            }
        }
    }
    let [positive, negative] = seen.map(|words| {
        let mut list: Vec<Hint> = words
            .into_iter()
            .filter(|(w, _)| validate_phrase(w).is_ok() && !w.contains('*'))
            .map(|(word, (count, arts))| Hint { word, count, articles: arts.len() })
            .collect();
        list.sort_by(|a, b| {
            b.articles.cmp(&a.articles).then(b.count.cmp(&a.count)).then(a.word.cmp(&b.word))
        });
        list.truncate(MAX_HINTS);
        list
    });
    // A word read both ways (negated in one place) says nothing on its own.
    let both: BTreeSet<String> = positive
        .iter()
        .filter(|h| negative.iter().any(|n| n.word == h.word))
        .map(|h| h.word.clone())
        .collect();
    let keep = |list: Vec<Hint>| list.into_iter().filter(|h| !both.contains(&h.word)).collect();
    (keep(positive), keep(negative))
}
