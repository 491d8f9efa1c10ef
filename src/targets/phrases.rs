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

/// What the counter knows of one lower-case word: whether it may be in a phrase, and its
/// number among the words counted in pairs.
#[derive(Clone, Copy)]
struct WordInfo {
    phrase: bool,
    /// `u32::MAX` until the word is first counted in a pair. Numbered in that order, not in
    /// the order words are first seen: ties between phrases are broken by these numbers.
    pair_id: u32,
}

/// Whether token `j` may be in a phrase, and if so its word's index in the counter's
/// vocabulary: carried from one [`PhraseCounter::count`] call to the next.
pub(super) type Known = Option<(usize, Option<u32>)>;

/// Word-pair counts of one article.
#[derive(Default)]
pub(super) struct PhraseCounter {
    /// Every lower-case word met, numbered: one hash lookup per token answers both whether it
    /// may be in a phrase and which word it is (two word-list lookups and two more for the pair
    /// cost twice as much).
    vocabulary: HashMap<String, u32>,
    info: Vec<WordInfo>,
    /// The words counted in pairs, by pair id.
    paired: Vec<u32>,
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
        known: &mut Known,
    ) {
        let (Some(a), Some(_)) = (tokens.get(i), tokens.get(i + 1)) else { return };
        if a.break_after || a.possessive {
            return;
        }
        let Some(wa) = self.phrase_word_at(tokens, folded, i, known) else { return };
        let Some(wb) = self.phrase_word_at(tokens, folded, i + 1, known) else { return };
        let key = (self.pair_id(wa), self.pair_id(wb));
        let entry = self.counts.entry(key).or_default();
        entry.count += 1;
        let passage = at.passage as u32 + 1;
        if entry.last_passage != passage {
            entry.paragraphs += 1;
            entry.last_passage = passage;
        }
    }

    /// The vocabulary index of token `j`'s word when it may be in a phrase.
    fn phrase_word_at(&mut self, tokens: &[Token], folded: &str, j: usize, known: &mut Known) -> Option<u32> {
        if let Some((k, answer)) = *known {
            if k == j {
                return answer;
            }
        }
        let t = &tokens[j];
        let answer = if t.capitalised { None } else { self.word(&folded[t.base.clone()]) };
        *known = Some((j, answer));
        answer
    }

    /// The index of a lower-case word, when it may be in a phrase.
    fn word(&mut self, word: &str) -> Option<u32> {
        let index = match self.vocabulary.get(word) {
            Some(&index) => index,
            None => {
                let index = self.info.len() as u32;
                self.info.push(WordInfo { phrase: phrase_word(word), pair_id: u32::MAX });
                self.vocabulary.insert(word.to_string(), index);
                index
            }
        };
        self.info[index as usize].phrase.then_some(index)
    }

    fn pair_id(&mut self, index: u32) -> u32 {
        let info = &mut self.info[index as usize];
        if info.pair_id == u32::MAX {
            info.pair_id = self.paired.len() as u32;
            self.paired.push(index);
        }
        info.pair_id
    }

    /// The phrases that recur, most frequent first.
    pub(super) fn chosen(&self) -> Vec<String> {
        let mut list: Vec<(&(u32, u32), &PhraseCount)> =
            self.counts.iter().filter(|(_, c)| c.count >= MIN_PHRASE_COUNT && c.paragraphs >= 2).collect();
        list.sort_by(|a, b| b.1.count.cmp(&a.1.count).then(a.0.cmp(b.0)));
        list.truncate(MAX_PHRASES);
        let mut words: Vec<&str> = vec![""; self.info.len()];
        for (w, &index) in &self.vocabulary {
            words[index as usize] = w;
        }
        let word = |pair_id: u32| words[self.paired[pair_id as usize] as usize];
        list.iter().map(|((a, b), _)| format!("{} {}", word(*a), word(*b))).collect()
    }
}

/// Whether a lower-case token's folded word may be a word of a recurring lower-case phrase:
/// written in lower case (hyphens allowed) and no function word or reporting word.
fn phrase_word(w: &str) -> bool {
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
