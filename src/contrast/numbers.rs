//! Numbers: different figures for the same measured thing.
//!
//! In: both sides' figures and the similarity index (how rare each shared context word is).
//! Out: number candidates — same unit, different value, enough shared context, and neither
//! side also giving the other's value — and the evidence of a kept one (the two figure spans).

use crate::article::SentenceId;
use crate::contrast::evidence::{CueKind, Evidence, SideEvidence, Voice};
use crate::contrast::figures::Figure;
use crate::contrast::found::{Candidate, ContrastKind, Detail, Shortlist, Source};
use crate::contrast::input::{Pair, SideInput};
use crate::contrast::postings::WordIndex;
use crate::similarity::SimilarityIndex;
use crate::targets::table::TargetId;

/// Shared context (summed rarity) two figures need to count as the same thing.
const MIN_FIGURE_CONTEXT: f32 = 4.0;

/// How much context two figures share (summed rarity of shared words), and the words.
fn same_thing(index: &SimilarityIndex, a: &Figure, b: &Figure) -> (f32, Vec<String>) {
    let mut weight = 0.0;
    let mut shared = Vec::new();
    for (word, wa) in &a.context {
        if let Some((_, wb)) = b.context.iter().find(|(w, _)| w == word) {
            weight += index.sentence_idf(word) * wa.min(*wb);
            shared.push(word.clone());
        }
    }
    shared.sort();
    (weight, shared)
}

/// Number candidates; `target_of` names the target two sentences share, if any.
pub fn number_candidates(
    pair: &Pair,
    target_of: &dyn Fn(SentenceId, SentenceId) -> Option<TargetId>,
    out: &mut Shortlist,
) {
    let right_index = WordIndex::new(pair.right.figures.iter().map(figure_keys));
    let left_index = WordIndex::new(pair.left.figures.iter().map(figure_keys));
    let mentions_value = |index: &WordIndex, figures: &[Figure], f: &Figure| {
        related(index, figures, f)
            .into_iter()
            .any(|g| (g.value - f.value).abs() < 1e-9 && same_thing(pair.index, f, g).0 >= MIN_FIGURE_CONTEXT)
    };
    for (ai, a) in pair.left.figures.iter().enumerate() {
        for bi in right_index.candidates(figure_keys(a).into_iter()) {
            let b = &pair.right.figures[bi];
            if (a.value - b.value).abs() <= 0.01 * a.value.abs().max(b.value.abs()) {
                continue;
            }
            let (weight, _) = same_thing(pair.index, a, b);
            // Dates in different months are usually different events, not a disagreement
            // about one: they need twice the shared context.
            let different_months = a.unit == "date" && (a.value / 100.0).floor() != (b.value / 100.0).floor();
            let needed = if different_months { 2.0 * MIN_FIGURE_CONTEXT } else { MIN_FIGURE_CONTEXT };
            if weight < needed
                || mentions_value(&right_index, pair.right.figures, a)
                || mentions_value(&left_index, pair.left.figures, b)
            {
                continue;
            }
            out.push(Candidate {
                target: target_of(a.at, b.at),
                kind: ContrastKind::Number,
                score: (0.5 + weight / 6.0).min(2.5),
                left: a.at,
                right: b.at,
                source: Source::Figures(ai, bi),
            });
        }
    }
}

/// The evidence and detail of a kept number contrast between figures `a` (left) and `b`.
pub fn number_evidence(pair: &Pair, a: usize, b: usize) -> (Evidence, Detail) {
    let (fa, fb) = (&pair.left.figures[a], &pair.right.figures[b]);
    let side = |input: &SideInput, f: &Figure| {
        let voice = input.claim_at(f.at).map_or_else(Voice::author, |c| c.voice.clone());
        SideEvidence::span(voice, CueKind::Figure, f.range.clone())
    };
    let (_, shared_context) = same_thing(pair.index, fa, fb);
    let detail = Detail::Figures {
        unit: fa.unit.clone(),
        shown: [fa.shown.clone(), fb.shown.clone()],
        shared_context,
    };
    ([side(&pair.left, fa), side(&pair.right, fb)], detail)
}

/// Index keys of a figure: its unit with each context word, so only figures of one unit that
/// share a word are compared.
fn figure_keys(f: &Figure) -> Vec<String> {
    f.context.iter().map(|(w, _)| format!("{}\u{1f}{w}", f.unit)).collect()
}

fn related<'a>(index: &WordIndex, figures: &'a [Figure], f: &Figure) -> Vec<&'a Figure> {
    index.candidates(figure_keys(f).into_iter()).into_iter().map(|i| &figures[i]).collect()
}
