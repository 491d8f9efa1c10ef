//! Facts both articles report: the same figure for the same measured thing ("rents have climbed
//! by about 30 percent since 2019" on both sides), or the same words (`wording`); and, from
//! their own stages, a remark both quote alike (`selective_quotes`) and a decision both call
//! for (`recommendations`). Two opposed
//! articles still share most of their facts, and a reader weighing their disagreements wants to
//! see what is not in dispute.
//!
//! In: the figure pairs `numbers` found agreeing (same unit, same value, enough shared context),
//! the runs of words `wording` found, and the contrasts already kept. Out: at most
//! [`MAX_FACTS`] figures and [`MAX_WORDING`] runs as [`SharedFact`]s, each sentence used once,
//! none on a contrast's pair of sentences, with the figure or the run as each side's evidence.

use crate::article::SentenceId;
use crate::contrast::evidence::{CueKind, Evidence, SideEvidence};
use crate::contrast::figures::Figure;
use crate::contrast::found::{Contrast, Detail};
use crate::contrast::input::{Pair, SideInput};
use crate::contrast::number_evidence::number_evidence;
use crate::contrast::numbers::{same_figure, SameFigure};
use crate::contrast::wording::{SharedRun, NEAR_WORDS};
use crate::targets::table::TargetId;

/// More shared figures than this are a list nobody reads; the best supported are kept.
pub const MAX_FACTS: usize = 6;
/// Shared runs of words kept, longest first: two reports of one event share many.
pub const MAX_WORDING: usize = 4;

/// A figure both articles give for the same thing, or words both write.
#[derive(Debug, Clone, PartialEq)]
pub struct SharedFact {
    pub target: Option<TargetId>,
    /// How surely the two figures count the same thing (their shared context), as a number
    /// contrast's score.
    pub score: f32,
    pub left: SentenceId,
    pub right: SentenceId,
    /// The figure or the run of words on each side, left first.
    pub evidence: Evidence,
    /// For a figure, the two as written, their unit and the context words they share
    /// ([`Detail::Figures`]); for a remark both quote, the two quotations
    /// ([`Detail::Quotes`]); for a decision both call for, the two calls ([`Detail::Calls`]);
    /// none for words both write (the evidence spans are the words).
    pub detail: Option<Detail>,
}

impl SharedFact {
    /// "number" for a figure both give, "wording" for words both write, "quote" for a remark
    /// both quote alike, "call" for a decision both call for.
    pub fn kind_label(&self) -> &'static str {
        match self.detail {
            None => "wording",
            Some(Detail::Quotes { .. }) => "quote",
            Some(Detail::Calls { .. }) => "call",
            Some(_) => "number",
        }
    }
}

/// The shared facts among the agreeing figure pairs: the best supported pair for each value,
/// each sentence used once, none on a sentence pair already listed as a contrast (two sentences
/// that differ on one figure are shown where they differ).
pub fn shared_facts(
    pair: &Pair,
    mut agreeing: Vec<SameFigure>,
    contrasts: &[Contrast],
    target_of: &dyn Fn(SentenceId, SentenceId) -> Option<TargetId>,
    runs: &[SharedRun],
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
            detail: Some(detail),
        });
    }
    let figures = kept.len();
    for run in runs.iter().filter(|run| run.fits(&NEAR_WORDS)) {
        if kept.len() == figures + MAX_WORDING {
            break;
        }
        let used = kept.iter().any(|k| k.left == run.left || k.right == run.right)
            || run.turned
            || contrasts.iter().any(|c| c.left == run.left && c.right == run.right)
            || figures_differ(pair, run.left, run.right)
            // Words one author asserts and the other sets up to rebut are a disagreement.
            || crate::contrast::denials::rebutted_side(pair, run).is_some();
        if used {
            continue;
        }
        let side = |input: &SideInput, at: SentenceId, span| {
            let voice = input.claim_at(at).map_or_else(|| input.voice_at(at), |c| c.voice.clone());
            SideEvidence::span(voice, CueKind::Wording, span)
        };
        let [l, r] = run.spans.clone();
        kept.push(SharedFact {
            target: target_of(run.left, run.right),
            score: (run.words as f32 / 8.0).min(2.5),
            left: run.left,
            right: run.right,
            evidence: [side(&pair.left, run.left, l), side(&pair.right, run.right, r)],
            detail: None,
        });
    }
    kept
}

/// Facts of the other kinds — a remark both quote alike, a decision both call for (`detail`
/// says which) — each sentence used once, none on a contrast's pair, at most [`MAX_OTHER`].
pub fn add_facts(
    kept: &mut Vec<SharedFact>,
    found: impl Iterator<Item = (SentenceId, SentenceId, (Evidence, Detail))>,
    contrasts: &[Contrast],
    target_of: &dyn Fn(SentenceId, SentenceId) -> Option<TargetId>,
) {
    let before = kept.len();
    for (left, right, (evidence, detail)) in found {
        // A figure inside the remark both quote ("eighty years") says less than the remark.
        if let Some(k) =
            kept.iter_mut().find(|k| k.left == left && k.right == right && k.kind_label() == "number")
        {
            (k.evidence, k.detail) = (evidence, Some(detail));
            continue;
        }
        let used = kept.iter().any(|k| k.left == left || k.right == right)
            || contrasts.iter().any(|c| c.left == left && c.right == right);
        if used {
            continue;
        }
        if kept.len() == before + MAX_OTHER {
            break;
        }
        kept.push(SharedFact {
            target: target_of(left, right),
            score: 1.0,
            left,
            right,
            evidence,
            detail: Some(detail),
        });
    }
}

/// Facts of the other kinds kept at most.
pub const MAX_OTHER: usize = 4;

/// Whether each of two sentences gives a figure the other does not: words they share around
/// different counts ("… 210,000 children whose families earn too much to qualify …" and "…
/// 140,000 students whose families earn too much to qualify …") are no fact both report.
fn figures_differ<'a>(pair: &Pair<'a>, left: SentenceId, right: SentenceId) -> bool {
    let of = |figures: &'a [Figure], at: SentenceId| -> Vec<&'a Figure> {
        figures.iter().filter(|f| f.at == at).collect()
    };
    let (l, r) = (of(pair.left.figures, left), of(pair.right.figures, right));
    // A figure on one side only ("pushed for three years") is something more said, not a
    // difference: both sides must give a figure the other does not.
    l.iter().any(|a| !r.iter().any(|b| same_figure(a, b)))
        && r.iter().any(|b| !l.iter().any(|a| same_figure(a, b)))
}
