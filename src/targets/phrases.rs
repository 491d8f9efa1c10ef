//! The recurring lower-case phrases of an article ("maximum pressure", "drop boxes"): pairs of
//! content words counted during the name-run pass, the most frequent chosen as targets.
//!
//! In: each sentence's tokens, one word pair at a time. Out: the chosen phrases, most frequent
//! first. Words are numbered so that counting a pair allocates nothing.

use rustc_hash::FxHashMap as HashMap;

use super::lexicon::{is_phrase_stop, is_title_word};
use super::tokens::Token;
use crate::article::SentenceId;

/// A phrase must recur this often, in at least two paragraphs, to count as a target.
const MIN_PHRASE_COUNT: u32 = 2;
/// At most this many phrases per article: the most frequent ones.
const MAX_PHRASES: usize = 40;

#[derive(Default, Clone, Copy)]
struct PhraseCount {
    count: u32,
    paragraphs: u32,
    last_passage: u32,
}

/// Word-pair counts of one article.
#[derive(Default)]
pub(super) struct PhraseCounter {
    /// Lower-case content words, numbered, so that word pairs count without allocating.
    vocabulary: HashMap<String, u32>,
    counts: HashMap<(u32, u32), PhraseCount>,
}

impl PhraseCounter {
    /// Counts a lower-case content-word pair starting at token `i`. `known` carries whether
    /// a token may be in a phrase from one call to the next.
    pub(super) fn count(
        &mut self,
        at: SentenceId,
        tokens: &[Token],
        folded: &str,
        i: usize,
        known: &mut Option<(usize, bool)>,
    ) {
        let (Some(a), Some(b)) = (tokens.get(i), tokens.get(i + 1)) else { return };
        if a.break_after || a.possessive {
            return;
        }
        let mut may_be_in_phrase = |j: usize| match *known {
            Some((k, answer)) if k == j => answer,
            _ => {
                let answer = phrase_word(&tokens[j], folded);
                *known = Some((j, answer));
                answer
            }
        };
        if !may_be_in_phrase(i) || !may_be_in_phrase(i + 1) {
            return;
        }
        let (wa, wb) = (&folded[a.base.clone()], &folded[b.base.clone()]);
        let key = (self.word_id(wa), self.word_id(wb));
        let entry = self.counts.entry(key).or_default();
        entry.count += 1;
        let passage = at.passage as u32 + 1;
        if entry.last_passage != passage {
            entry.paragraphs += 1;
            entry.last_passage = passage;
        }
    }

    fn word_id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.vocabulary.get(word) {
            return id;
        }
        let id = self.vocabulary.len() as u32;
        self.vocabulary.insert(word.to_string(), id);
        id
    }

    /// The phrases that recur, most frequent first.
    pub(super) fn chosen(&self) -> Vec<String> {
        let mut list: Vec<(&(u32, u32), &PhraseCount)> =
            self.counts.iter().filter(|(_, c)| c.count >= MIN_PHRASE_COUNT && c.paragraphs >= 2).collect();
        list.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(b.0)));
        list.truncate(MAX_PHRASES);
        let mut words: Vec<&str> = vec![""; self.vocabulary.len()];
        for (w, &id) in &self.vocabulary {
            words[id as usize] = w;
        }
        list.iter().map(|((a, b), _)| format!("{} {}", words[*a as usize], words[*b as usize])).collect()
    }
}

/// Whether a token may be a word of a recurring lower-case phrase: written in lower case
/// (hyphens allowed) and no function word or reporting word.
fn phrase_word(t: &Token, folded: &str) -> bool {
    if t.capitalised {
        return false;
    }
    let w = &folded[t.base.clone()];
    // Read byte by byte while the word is ASCII (`char::is_lowercase` agrees with
    // `u8::is_ascii_lowercase` there), by character from its first byte outside ASCII on.
    let mut lower = true;
    for (i, &b) in w.as_bytes().iter().enumerate() {
        if !b.is_ascii() {
            lower = w[i..].chars().all(|c| c.is_lowercase() || c == '-');
            break;
        }
        if !(b.is_ascii_lowercase() || b == b'-') {
            lower = false;
            break;
        }
    }
    // "the vice president", "the attorney general": a title names a person, whom the role
    // noun resolves to, and is no phrase of its own.
    lower && !is_phrase_stop(w) && !is_title_word(w)
}
