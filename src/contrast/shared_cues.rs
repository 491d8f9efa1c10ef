//! A word both reports write is no difference between them: a stance contrast whose deciding
//! opinion word on one side is written in the other side's sentence too ("the trust fund will
//! be exhausted in 2036" against "… to become exhausted in 2036, according to the trustees")
//! rests on something else than what differs, most often a misread word beside it.
//!
//! In: the two sentences and each side's evidence. Out: whether the contrast stands.

use crate::contrast::evidence::{CueKind, Evidence};
use crate::text::fold::words;

/// Whether the lexicon words that decide one side's stance and are written in the other sentence
/// as well carry half its weight or more. A shared word negated on its own side, or read the other
/// way by a negation on the other side, is a denial and a difference, so it does not count.
pub fn rests_on_a_shared_word(sentences: [&str; 2], evidence: &Evidence) -> bool {
    (0..2).any(|side| {
        let (own, other) = (sentences[side], sentences[1 - side]);
        let other_words: Vec<&str> = words(other).into_iter().filter_map(|r| other.get(r)).collect();
        let denied_there = |word: &str| {
            evidence[1 - side].cues.iter().any(|c| {
                c.negated_by.is_some()
                    && other.get(c.span.clone()).is_some_and(|w| w.eq_ignore_ascii_case(word))
            })
        };
        let (mut shared, mut all) = (0.0, 0.0);
        for cue in evidence[side].supporting() {
            all += cue.weight.abs();
            let Some(word) = own.get(cue.span.clone()) else { continue };
            if cue.kind == CueKind::Lexicon
                && cue.negated_by.is_none()
                && !denied_there(word)
                && other_words.iter().any(|w| w.eq_ignore_ascii_case(word))
            {
                shared += cue.weight.abs();
            }
        }
        shared > 0.0 && shared >= SHARED_SHARE * all
    })
}

/// The share of a side's weight that shared words must carry for the stance to rest on them.
const SHARED_SHARE: f32 = 0.5;

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contrast::evidence::{Cue, SideEvidence, Voice};
    use std::ops::Range;

    fn span(text: &str, word: &str) -> Range<usize> {
        let at = text.find(word).expect("the word is in the text");
        at..at + word.len()
    }

    /// One side's evidence: its supporting cues, each (word, kind, weight, negation word).
    fn side(text: &str, cues: &[(&str, CueKind, f32, Option<&str>)]) -> SideEvidence {
        let mut evidence = SideEvidence::span(Voice::author(), CueKind::Lexicon, 0..0);
        evidence.cues = cues
            .iter()
            .map(|&(word, kind, weight, negation)| Cue {
                kind,
                span: span(text, word),
                weight,
                negated_by: negation.map(|n| span(text, n)),
                supports: true,
            })
            .collect();
        evidence
    }

    const LEFT: &str = "The trustees warned the trust fund will be exhausted in 2036 and benefits cut.";
    const RIGHT: &str = "The program's trust fund will become exhausted in 2036, according to the trustees.";

    #[test]
    fn a_stance_decided_by_a_word_the_other_sentence_writes_rests_on_it() {
        let evidence = [
            side(LEFT, &[("exhausted", CueKind::Lexicon, -1.5, None), ("cut", CueKind::Lexicon, -1.1, None)]),
            side(RIGHT, &[("trust", CueKind::Lexicon, 2.3, None)]),
        ];
        // "exhausted" (1.5 of 2.6) is in both; and "trust" is too.
        assert!(rests_on_a_shared_word([LEFT, RIGHT], &evidence));
    }

    #[test]
    fn words_only_one_side_writes_or_a_small_shared_part_leave_the_contrast_standing() {
        let left = "Critics called the plan reckless and wasteful.";
        let right = "Supporters called the plan a sensible fix.";
        let evidence = [
            side(
                left,
                &[("reckless", CueKind::Lexicon, -1.8, None), ("wasteful", CueKind::Lexicon, -1.5, None)],
            ),
            side(right, &[("sensible", CueKind::Lexicon, 1.5, None)]),
        ];
        assert!(!rests_on_a_shared_word([left, right], &evidence));
        // "plan" is shared but carries a third of the weight: the rest decides.
        let left = "The reckless, wasteful plan failed.";
        let right = "The plan was sensible.";
        let evidence = [
            side(left, &[("reckless", CueKind::Lexicon, -1.8, None), ("plan", CueKind::Lexicon, -1.0, None)]),
            side(right, &[("sensible", CueKind::Lexicon, 1.5, None)]),
        ];
        assert!(!rests_on_a_shared_word([left, right], &evidence));
    }

    #[test]
    fn a_word_denied_on_one_side_and_asserted_on_the_other_is_a_difference() {
        let left = "The rally was marked by racism, critics charged.";
        let right = "Organisers said there was no racism at the rally.";
        let evidence = [
            side(left, &[("racism", CueKind::Lexicon, -3.1, None)]),
            side(right, &[("racism", CueKind::Lexicon, 2.3, Some("no"))]),
        ];
        assert!(!rests_on_a_shared_word([left, right], &evidence));
    }

    #[test]
    fn a_framing_verb_is_never_the_shared_word() {
        let left = "Lund insisted the officers showed restraint.";
        let right = "Lund said the officers insisted on restraint.";
        let evidence = [
            side(left, &[("insisted", CueKind::Framing, -1.0, None)]),
            side(right, &[("restraint", CueKind::Lexicon, 1.0, None)]),
        ];
        // "restraint" decides the right side and the left writes it.
        assert!(rests_on_a_shared_word([left, right], &evidence));
        let evidence = [
            side(left, &[("insisted", CueKind::Framing, -1.0, None)]),
            side(right, &[("said", CueKind::Framing, 0.5, None)]),
        ];
        assert!(!rests_on_a_shared_word([left, right], &evidence));
    }
}
