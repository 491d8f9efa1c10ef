//! The opinion lexicon's reading of one sentence toward a target the pair found itself: a
//! person or group as someone who can suffer harm, the pair's subject words never cues, and in
//! the target's own words only how the writer frames them.
//!
//! In: the sentence, the target's mentions in it, its traits. Out: the lexicon polarity, or a
//! stance reading when it leans clearly.

use std::ops::Range;

use crate::contrast::own_words::next_to_mention;
use crate::contrast::stance::StanceReading;
use crate::lexicon::{polarity_toward, polarity_toward_party, CueSource};
use crate::targets::coref::quoted_spans;
use crate::targets::shared::names_subject;

/// A lexicon reading counts as a stance from this normalised polarity on (VADER's own
/// threshold for a sentence that is not neutral is 0.05; a target's clause needs more). On
/// BASIL dev, 0.15 / 0.2 / 0.3 / 0.35 / 0.4 found 7 / 7 / 8 / 7 / 8 of 38 slants (one slant is
/// 2.6 points: noise), with 8% to 19% of pairs left without a contrast; from 0.3 on, one clear
/// word ("a reckless leader") is no longer a stance, which a reader would call a miss.
const MIN_POLARITY: f32 = 0.2;
const HEDGE_FACTOR: f32 = 0.6;

/// A target in one sentence, as the lexicon reads it: its mentions, the other people and groups
/// the sentence names, whether it is a party who can suffer harm, the pair's subject words
/// (never cues), and whether the sentence is its own words.
pub(crate) struct InSentence<'a> {
    pub ranges: &'a [Range<usize>],
    pub others: &'a [Range<usize>],
    pub party: bool,
    pub subject: &'a [String],
    pub own: bool,
}

/// The lexicon's stance toward the target, if it leans clearly.
pub(super) fn read_with(text: &str, target: &InSentence) -> Option<(StanceReading, bool)> {
    let InSentence { ranges, own, .. } = *target;
    let polarity = toward(text, target);
    let n = polarity.normalized();
    if n.abs() < MIN_POLARITY {
        return None;
    }
    let hedge = if polarity.hedged { HEDGE_FACTOR } else { 1.0 };
    let framed = own
        && polarity
            .cues
            .iter()
            .all(|c| c.source == CueSource::Framing && next_to_mention(text, ranges, &c.range));
    let reading = StanceReading {
        stance: usize::from(n < 0.0),
        strength: (2.0 * n.abs()).min(2.0) * hedge,
        by_voice: false,
        framed,
        plain: false,
    };
    Some((reading, polarity.hedged))
}

/// The lexicon's reading toward a target: a person or group as someone who can suffer harm.
/// When the sentence is the target's own words (`own`), what they say is not the writer's
/// stance toward them but how the writer frames it is: its reporting verbs ("Akin also claimed
/// he would help … but admitted that …"), a verdict adverb on them ("rightly warned") and the
/// words after the last quotation ("…," he said, drawing cheers and applause).
///
/// A word in a noun phrase another person or group the sentence names (`others`) owns is about
/// them: "Romney joined Republicans in calling on Akin to quit over his controversial comments"
/// says nothing controversial of Romney.
pub(crate) fn toward(text: &str, target: &InSentence) -> crate::lexicon::Polarity {
    let InSentence { ranges, others, party, subject, own } = *target;
    let mut polarity = framed(text, ranges, party, own);
    let before = polarity.cues.len();
    polarity.cues.retain(|c| {
        c.source != CueSource::Lexicon
            || !names_subject(&text[c.range.clone()], subject) && !owned_by_another(text, &c.range, others)
    });
    if polarity.cues.len() != before {
        polarity.score = polarity.cues.iter().map(|c| c.weight).sum::<f32>() + 0.0;
    }
    polarity
}

/// [`toward`] before the subject words are taken out.
fn framed(text: &str, ranges: &[Range<usize>], party: bool, own: bool) -> crate::lexicon::Polarity {
    let read = |text: &str| {
        if party {
            polarity_toward_party(text, ranges)
        } else {
            polarity_toward(text, ranges)
        }
    };
    if !own {
        return read(text);
    }
    let quoted = quoted_spans(text);
    // Blanked byte for byte, so every cue keeps its place in the sentence as written.
    let mut frame = String::with_capacity(text.len());
    for (i, c) in text.char_indices() {
        if quoted.iter().any(|q| q.contains(&i)) {
            frame.extend(std::iter::repeat_n(' ', c.len_utf8()));
        } else {
            frame.push(c);
        }
    }
    let mut polarity = read(&frame);
    // The frame is what follows the last quotation ("…,” he said, drawing cheers); words
    // before it ("Trump said that if the fight … , “…”") are still what they said.
    let frame_from = quoted.last().map_or(usize::MAX, |q| q.end);
    // A verdict adverb on the speaking ("rightly warned", "falsely claimed") is the writer's too.
    polarity.cues.retain(|c| {
        c.source != CueSource::Lexicon
            || c.range.start > frame_from
            || crate::lexicon::is_verdict_adverb(&text[c.range.clone()])
    });
    polarity.score = polarity.cues.iter().map(|c| c.weight).sum::<f32>() + 0.0;
    polarity
}

/// Whether a word belongs to a noun phrase another person or group owns: their possessive
/// ("his", "Akin's") at most two words before it, nothing but words between.
fn owned_by_another(text: &str, word: &Range<usize>, others: &[Range<usize>]) -> bool {
    others.iter().any(|r| {
        let (Some(owner), Some(between)) = (text.get(r.clone()), text.get(r.end..word.start)) else {
            return false;
        };
        let owner = owner.to_lowercase().replace('\u{2019}', "'");
        let possessive = owner.ends_with("'s") || matches!(owner.as_str(), "his" | "her" | "their" | "its");
        let plain = between.chars().all(|c| c.is_alphanumeric() || c == ' ' || c == '-');
        possessive && plain && between.split_whitespace().count() <= MAX_OWNED_GAP
    })
}

/// Words between a possessive and the word it owns ("his controversial comments").
const MAX_OWNED_GAP: usize = 2;

#[cfg(test)]
mod tests {
    use super::*;

    fn span(text: &str, word: &str) -> Range<usize> {
        let at = text.find(word).expect("the word is in the text");
        at..at + word.len()
    }

    /// The cue words of the reading toward `target`, with `others` the other parties' mentions.
    fn cues(text: &str, target: &str, others: &[&str]) -> Vec<String> {
        let others: Vec<Range<usize>> = others.iter().map(|o| span(text, o)).collect();
        let ranges = [span(text, target)];
        toward(text, &InSentence { ranges: &ranges, others: &others, party: true, subject: &[], own: false })
            .cues
            .iter()
            .map(|c| text[c.range.clone()].to_string())
            .collect()
    }

    #[test]
    fn a_word_in_a_phrase_another_party_owns_is_about_them() {
        let text =
            "Mitt Romney joined Republicans in calling on Todd Akin to quit over his controversial comments.";
        assert!(cues(text, "Mitt Romney", &[]).contains(&"controversial".to_string()));
        assert!(!cues(text, "Mitt Romney", &["Todd Akin", "his"]).contains(&"controversial".to_string()));
        let text = "Voters turned on Mayor Ruth Dale after Carl Webb's reckless remarks.";
        assert!(!cues(text, "Ruth Dale", &["Carl Webb's"]).contains(&"reckless".to_string()));
    }

    #[test]
    fn a_word_the_target_owns_or_far_from_the_possessive_still_counts() {
        // The target's own possessive, and another's possessive that owns something else.
        let text = "Carl Webb praised Mayor Ruth Dale's brave decision to close the plant.";
        assert!(cues(text, "Ruth Dale's", &["Carl Webb"]).contains(&"brave".to_string()));
        let text = "After his visit, critics called Mayor Ruth Dale reckless and careless.";
        assert!(cues(text, "Ruth Dale", &["his"]).contains(&"reckless".to_string()));
    }
}
