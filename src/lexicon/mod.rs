//! Stance toward a target from general evaluative language, with no per-subject cue list.
//!
//! In: a sentence and the byte ranges of the target's mentions in it. Out: a [`Polarity`] — a
//! signed score (negative = against the target) that is exactly the sum of the weights of the
//! [`PolarityCue`]s it lists, each a word of the sentence a reader can see.
//!
//! The cues are VADER's lexicon words (MIT licence, `LICENSE-VADER.txt`) and a few dozen
//! reporting and framing verbs ("X claimed", "X touted", "slammed X", "praised X"). The rules
//! are VADER's, written anew and read clause by clause:
//! - the clause that holds the target counts fully, other clauses at [`OTHER_CLAUSE`];
//! - an intensifier within three words before a cue moves it by 0.293 ("very bad");
//! - a negation within three words before a cue, in the same clause, flips and damps it (×-0.74;
//!   a negated negative only ×-0.3: "not wrong" is no praise);
//! - after "but" clauses weigh ×1.5, before it ×0.5;
//! - a hedge in the cue's clause ("may", "reportedly", "allegedly") halves it;
//! - words inside names ("Homeland Security"), words of the target's own mention and words of a
//!   hyphenated compound that the lexicon does not list whole ("de-escalation") are never cues;
//! - a framing verb counts toward its subject or its object, whichever the target is, with a
//!   passive ("was slammed by") swapping the two; when the target is neither, it does not count.
//!
//! Cost: one tokenisation pass and one hash lookup per word, a handful of small vectors per
//! sentence (none per word): 2.5–4.5 µs for a 145-byte sentence, 30–58 MB/s on one core of
//! the shared development machine (`cargo run --release --example polarity_check`).

mod clauses;
mod effects;
mod news_words;
mod polarity;
mod positions;
mod senses;
mod tokens;
mod words;

pub use clauses::clauses;
pub use news_words::is_verdict_adverb;
pub use polarity::{polarity_toward, polarity_toward_party, whole_sentence_valence, OTHER_CLAUSE};
pub use words::valence_of;

use std::ops::Range;

/// The stance a sentence takes toward one target, with the cues it rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct Polarity {
    /// The sum of the cues' weights: negative is against the target, positive for it.
    pub score: f32,
    /// The clause that holds the target's first mention (the whole sentence when no target
    /// range is given), as bytes from its first word to its last.
    pub clause: Range<usize>,
    /// Every word that moved the score, in sentence order.
    pub cues: Vec<PolarityCue>,
    /// A hedge ("may", "reportedly", "allegedly") stands in the target's clause.
    pub hedged: bool,
}

/// One word that moved the score.
#[derive(Debug, Clone, PartialEq)]
pub struct PolarityCue {
    /// Bytes in the sentence: `&sentence[range]` is the cue as written.
    pub range: Range<usize>,
    /// The valence as listed: VADER's mean (-4..+4), or the framing verb's value for the role
    /// the target plays (its subject or its object).
    pub valence: f32,
    /// The signed contribution to the score after intensity, negation, clause scope, the
    /// "but"-turn and hedges.
    pub weight: f32,
    /// The negation that flipped it, if one did.
    pub negated_by: Option<Range<usize>>,
    pub source: CueSource,
}

/// Where a cue's valence comes from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CueSource {
    /// VADER's lexicon.
    Lexicon,
    /// A reporting or framing verb, read toward its subject or object.
    Framing,
    /// A deed the target does to people: a good taken from them or a cost added, or the reverse
    /// (see `effects`); the cue spans the verb and its object.
    Effect,
}

impl Polarity {
    /// The score squashed into -1..1 as VADER normalises its compound score
    /// (`x / sqrt(x² + 15)`), for thresholds that should not depend on sentence length.
    pub fn normalized(&self) -> f32 {
        self.score / (self.score * self.score + 15.0).sqrt()
    }
}
