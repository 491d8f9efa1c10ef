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

/// The lexicon's stance toward the target mentioned at `ranges`, if it leans clearly, given the
/// target's traits: whether it is a party who can suffer harm, the pair's subject words (never
/// cues), and whether the sentence is its own words.
pub(super) fn read_with(
    text: &str,
    ranges: &[Range<usize>],
    party: bool,
    subject: &[String],
    own: bool,
) -> Option<(StanceReading, bool)> {
    let polarity = toward(text, ranges, party, subject, own);
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
    };
    Some((reading, polarity.hedged))
}

/// The lexicon's reading toward a target: a person or group as someone who can suffer harm.
/// When the sentence is the target's own words (`own`), what they say is not the writer's
/// stance toward them but how the writer frames it is: its reporting verbs ("Akin also claimed
/// he would help … but admitted that …"), a verdict adverb on them ("rightly warned") and the
/// words after the last quotation ("…," he said, drawing cheers and applause).
pub(crate) fn toward(
    text: &str,
    ranges: &[Range<usize>],
    party: bool,
    subject: &[String],
    own: bool,
) -> crate::lexicon::Polarity {
    let mut polarity = framed(text, ranges, party, own);
    let before = polarity.cues.len();
    polarity
        .cues
        .retain(|c| c.source != CueSource::Lexicon || !names_subject(&text[c.range.clone()], subject));
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
