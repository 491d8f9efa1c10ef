//! The context of a figure: the content words around its number that say what it counts,
//! each with a weight, nearest heaviest.
//!
//! In: the folded tokens of one sentence and where the figure stands in them. Out: a
//! [`Context`], compared across articles by `numbers` (shared rare words make two figures
//! one measured thing).

use super::dates::month_of;
use super::qualifiers;
use super::spelled::is_number_word;
use crate::words::folded_content_words;

/// How many words either side of a number describe it.
const CONTEXT_WINDOW: usize = 6;
/// Words this close to the number count double.
const NEAR_WORDS: usize = 3;
/// Weight of a word of the sentence outside the window.
pub(super) const SENTENCE_WEIGHT: f32 = 0.5;
/// At most this many words of the sentence beyond the window count.
const SENTENCE_WORDS: usize = 10;

/// Content words near a figure, each with a weight, in one string with the words' ends and
/// their weights: a `String` per word made the figures of a 10 MB article take megabytes more
/// than their text. The words are in order, so that two contexts are compared in one pass over
/// both.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Context {
    /// The words, each once, in order, one after the other.
    words: String,
    /// Where each word ends in `words` (a figure's context is a few dozen short words).
    ends: Vec<u16>,
    weights: Vec<f32>,
}

impl Context {
    /// A context of words with their weights, each word once (at its highest weight).
    fn new(mut words: Vec<(String, f32)>) -> Self {
        words.sort_by(|a, b| a.0.cmp(&b.0).then(b.1.total_cmp(&a.1)));
        words.dedup_by(|later, kept| later.0 == kept.0);
        let mut context = Context {
            words: String::with_capacity(words.iter().map(|(w, _)| w.len()).sum()),
            ends: Vec::with_capacity(words.len()),
            weights: Vec::with_capacity(words.len()),
        };
        for (word, weight) in words {
            let Ok(end) = u16::try_from(context.words.len() + word.len()) else { break };
            context.words.push_str(&word);
            context.ends.push(end);
            context.weights.push(weight);
        }
        context
    }

    /// The words with their weights, in order.
    pub fn iter(&self) -> impl Iterator<Item = (&str, f32)> + '_ {
        let starts = std::iter::once(0).chain(self.ends.iter().map(|&e| usize::from(e)));
        starts
            .zip(&self.ends)
            .map(|(start, &end)| &self.words[start..usize::from(end)])
            .zip(self.weights.iter().copied())
    }

    /// The weight of a word, if it is in the context.
    pub fn weight_of(&self, word: &str) -> Option<f32> {
        self.iter().find(|(w, _)| *w == word).map(|(_, weight)| weight)
    }

    /// The words of both contexts, in order, with their weight in each.
    pub fn shared<'a>(&'a self, other: &'a Context) -> impl Iterator<Item = (&'a str, f32, f32)> + 'a {
        let (mut mine, mut theirs) = (self.iter().peekable(), other.iter().peekable());
        std::iter::from_fn(move || loop {
            let (&(a, wa), &(b, wb)) = (mine.peek()?, theirs.peek()?);
            match a.cmp(b) {
                std::cmp::Ordering::Less => {
                    mine.next();
                }
                std::cmp::Ordering::Greater => {
                    theirs.next();
                }
                std::cmp::Ordering::Equal => {
                    mine.next();
                    theirs.next();
                    return Some((a, wa, wb));
                }
            }
        })
    }

    pub fn len(&self) -> usize {
        self.weights.len()
    }

    pub fn is_empty(&self) -> bool {
        self.weights.is_empty()
    }
}

/// Content words of the sentence around the number at `i` (whose figure runs `skip` tokens
/// past it), each with a weight: words right next to the number say most about what it
/// counts; the rest of its window less. When the unit names the things counted ("4,000
/// jobs"), the rest of the sentence (whose projection it is: "the Budget Office projected
/// that …") counts too, least: a measure ("percent", "dollars") says nothing of what it
/// measures, and with the whole sentence as context any two sums of money in one story met.
pub(super) fn context_of(tokens: &[&str], i: usize, skip: usize, is_date: bool, unit: &str) -> Context {
    let lo = i.saturating_sub(CONTEXT_WINDOW);
    let hi = (i + 1 + skip + CONTEXT_WINDOW).min(tokens.len());
    let (from, to) = if qualifiers::is_measure(unit) { (lo, hi) } else { (0, tokens.len()) };
    let mut context: Vec<(String, f32)> = Vec::new();
    // Nearest first, so that a long sentence gives only its nearest words beyond the window
    // (memory and time stay bounded by the figure, not by the sentence).
    // The words the figure spans past its number count too, but for the unit itself: they
    // describe the things counted ("1,900 whole-home listings").
    // A measure's words past its number are the number's own ("a quarter", "one in ten",
    // "per cent"): they say how much, not of what.
    let measure = qualifiers::is_measure(unit);
    let own =
        |j: usize| j >= i.saturating_sub(usize::from(is_date)) && (j <= i || (measure && j <= i + skip));
    let mut order: Vec<usize> = (from..to).filter(|&j| !own(j)).collect();
    order.sort_by_key(|&j| j.abs_diff(i));
    let mut beyond = 0;
    for j in order {
        let weight = if j.abs_diff(i) <= NEAR_WORDS + skip {
            2.0
        } else if (lo..hi).contains(&j) {
            1.0
        } else if beyond < SENTENCE_WORDS {
            SENTENCE_WEIGHT
        } else {
            continue;
        };
        let words = folded_content_words(tokens[j]);
        for w in words.iter().filter(|w| month_of(w).is_none() && *w != unit && !is_number_word(w)) {
            if weight == SENTENCE_WEIGHT {
                beyond += 1;
            }
            context.push((w.to_string(), weight));
        }
    }
    Context::new(context)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_word_is_kept_once_at_its_highest_weight() {
        let words = |w: &[(&str, f32)]| w.iter().map(|&(w, x)| (w.to_string(), x)).collect::<Vec<_>>();
        let context =
            Context::new(words(&[("uranium", 1.0), ("enriched", 2.0), ("uranium", 2.0), ("enriched", 0.5)]));
        assert_eq!(context.iter().collect::<Vec<_>>(), vec![("enriched", 2.0), ("uranium", 2.0)]);
        assert_eq!(context.weight_of("enriched"), Some(2.0));
        assert_eq!(context.weight_of("iran"), None);
        assert_eq!(context.len(), 2);
        assert!(Context::default().is_empty() && Context::default().iter().next().is_none());
    }

    #[test]
    fn shared_words_are_found_in_one_pass() {
        let words = |w: &[(&str, f32)]| w.iter().map(|&(w, x)| (w.to_string(), x)).collect::<Vec<_>>();
        let a = Context::new(words(&[("uranium", 2.0), ("iran", 1.0), ("enriched", 0.5), ("agency", 1.0)]));
        let b = Context::new(words(&[("enriched", 2.0), ("natanz", 1.0), ("uranium", 0.5)]));
        assert_eq!(a.shared(&b).collect::<Vec<_>>(), vec![("enriched", 0.5, 2.0), ("uranium", 2.0, 0.5)]);
        assert_eq!(a.shared(&Context::default()).count(), 0);
    }

    #[test]
    fn the_words_describing_the_things_counted_are_context_but_the_unit_is_not() {
        let tokens = ["about", "1,900", "whole-home", "listings", "sit", "on", "rental", "sites"];
        let context = context_of(&tokens, 1, 2, false, "listing");
        let words: Vec<&str> = context.iter().map(|(w, _)| w).collect();
        assert!(words.iter().any(|w| w.starts_with("whole")), "{words:?}");
        assert!(!words.contains(&"listing"), "{words:?}");
        assert!(context.iter().any(|(w, x)| w.starts_with("whole") && x == 2.0));
    }
}
