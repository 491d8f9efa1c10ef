//! Facts both articles report: the same figure for the same measured thing ("rents have climbed
//! by about 30 percent since 2019" on both sides). Two opposed articles still share most of
//! their facts, and a reader weighing their disagreements wants to see what is not in dispute.
//!
//! In: the figure pairs `numbers` found agreeing (same unit, same value, enough shared context)
//! and the contrasts already kept. Out: at most [`MAX_FACTS`] [`SharedFact`]s, best supported
//! first, each sentence and each figure used once, with the same evidence a number contrast has.

use crate::article::SentenceId;
use crate::contrast::evidence::Evidence;
use crate::contrast::found::{Contrast, Detail};
use crate::contrast::input::Pair;
use crate::contrast::numbers::{number_evidence, SameFigure};
use crate::targets::table::TargetId;

/// More shared facts than this are a list nobody reads; the best supported are kept.
pub const MAX_FACTS: usize = 6;

/// A figure both articles give for the same thing.
#[derive(Debug, Clone, PartialEq)]
pub struct SharedFact {
    pub target: Option<TargetId>,
    /// How surely the two figures count the same thing (their shared context), as a number
    /// contrast's score.
    pub score: f32,
    pub left: SentenceId,
    pub right: SentenceId,
    /// The figure span on each side, left first.
    pub evidence: Evidence,
    /// The two figures as written, their unit and the context words they share.
    pub detail: Detail,
}

/// The shared facts among the agreeing figure pairs: the best supported pair for each value,
/// each sentence used once, none on a sentence pair already listed as a contrast (two sentences
/// that differ on one figure are shown where they differ).
pub fn shared_facts(
    pair: &Pair,
    mut agreeing: Vec<SameFigure>,
    contrasts: &[Contrast],
    target_of: &dyn Fn(SentenceId, SentenceId) -> Option<TargetId>,
) -> Vec<SharedFact> {
    agreeing
        .sort_by(|a, b| b.weight.total_cmp(&a.weight).then(a.left.cmp(&b.left)).then(a.right.cmp(&b.right)));
    let mut kept: Vec<SharedFact> = Vec::new();
    let mut values: Vec<(&str, f64)> = Vec::new();
    for same in agreeing {
        if kept.len() == MAX_FACTS {
            break;
        }
        let (a, b) = (&pair.left.figures[same.left], &pair.right.figures[same.right]);
        let used = kept.iter().any(|k| k.left == a.at || k.right == b.at)
            || values.iter().any(|&(unit, value)| unit == a.unit && value == a.value)
            || contrasts.iter().any(|c| c.left == a.at && c.right == b.at);
        if used {
            continue;
        }
        values.push((&a.unit, a.value));
        let (evidence, detail) = number_evidence(pair, same.left, same.right);
        kept.push(SharedFact {
            target: target_of(a.at, b.at),
            score: (0.5 + same.weight / 6.0).min(2.5),
            left: a.at,
            right: b.at,
            evidence,
            detail,
        });
    }
    kept
}
