//! The contrast engine: where two articles disagree — opposing stances on a target, different
//! figures for one thing, one statement quoted in different words — and where they agree, each
//! with the evidence a reader can check.
//!
//! Word lists are weak evidence (the FNC-1 baseline found 2 of 162 real disagreements), so a
//! contrast is presented as possible, with the cues that fired as spans of each sentence.
//!
//! The stages, one module each, in the order data flows through them:
//!
//! ```text
//! per sentence (run once per article by `analysis`):
//!   voices (targets::speakers) ─► stance (map cues) ─► claims    figures    quotes
//! per pair (run by `find_contrasts`):
//!   pairing (stance) ─┐
//!   numbers ──────────┼─► found::Shortlist ─► select (diversity) ─► fill ─► evidence ─► Contrast
//!   quote_pairs ──────┤
//!   selective_quotes ─┤  (opinion pairs: one person's different remarks)
//!   denials ──────────┤
//!   matter_claims ────┤  (opinion pairs: subject_claims on both sides)
//!   recommendations ──┘  (opinion pairs: what each author calls for)
//!   numbers (same figure, same thing), wording (same words) ─► facts (what both report)
//! ```
//!
//! A stance contrast whose evidence rests on a word both sentences write is dropped when its
//! evidence is read (`shared_cues`).
//!
//! On news, what pairing keeps out goes to a reserve that `fill` draws on when fewer than ten
//! contrasts pass; those are marked as listed below the bar.
//!
//! `input` holds what every pairing stage reads; `evidence` the data every printer renders.

mod call_words;
pub mod caution;
pub mod claims;
pub mod consensus;
pub mod consequence;
pub mod cue_scope;
pub mod denials;
pub mod derived;
pub mod derived_evidence;
pub mod efficacy;
pub mod evidence;
pub mod facts;
pub mod figure_owners;
pub mod figures;
pub mod fill;
pub mod found;
pub mod input;
pub mod leans;
pub mod matter_claims;
pub mod near_wording;
pub mod number_evidence;
pub mod numbers;
pub mod officer_framing;
pub mod own_words;
pub mod pairing;
pub mod passage_topics;
pub mod postings;
pub mod quote_change;
pub mod quote_echo;
pub mod quote_pairs;
pub mod quotes;
pub mod recommendations;
pub mod select;
pub mod selective_quotes;
pub mod shared_cues;
pub mod sides;
pub mod stance;
pub mod subject_claims;
pub mod toward;
pub mod view_echoes;
pub mod wording;

use crate::article::{SentenceId, Side};
use crate::contrast::evidence::{Evidence, SideEvidence};
use crate::contrast::input::Pair;
use crate::diff::{word_diff, word_overlap};
use crate::similarity::Spread;
use crate::targets::table::TargetId;

pub use consensus::Consensus;
pub use facts::SharedFact;
pub use found::{Agreement, Contrast, ContrastKind, Detail};

/// Sentences sharing this share of their words are near-identical and get a word diff.
const NEAR_IDENTICAL: f32 = 0.6;

/// What the engine finds between two articles.
#[derive(Debug, Clone, Default)]
pub struct Findings {
    /// Highest score first.
    pub contrasts: Vec<Contrast>,
    pub agreements: Vec<Agreement>,
    /// Figures both give for the same thing and words both write.
    pub facts: Vec<SharedFact>,
    pub consensus: Consensus,
}

/// Contrasts (highest score first), agreements, shared facts and the consensus of a pair.
pub fn find_contrasts(pair: &Pair, per_sentence: usize) -> Findings {
    let mut spread = Spread::new(pair.index);
    let mut shortlist = found::Shortlist::default();
    let target_of = |l: SentenceId, r: SentenceId| shared_target(pair, l, r);
    let stance_lists = pairing::StanceLists::of(pair);
    let mut reserve = found::Shortlist::default();
    let same_stance =
        pairing::stance_candidates(pair, &stance_lists, &mut spread, &mut shortlist, &mut reserve);
    let mut same_figures = Vec::new();
    numbers::number_candidates(pair, &target_of, &mut shortlist, &mut same_figures);
    let paired_speakers = quote_pairs::quote_candidates(pair, &target_of, &mut shortlist);
    selective_quotes::remark_candidates(pair, &paired_speakers, &target_of, &mut shortlist);
    // Runs of words both articles write, alike or denied on one side, read once for both.
    let runs = wording::shared_runs(pair.left.article, pair.right.article);
    denials::denial_candidates(pair, &runs, &target_of, &mut shortlist);
    // A view set up to be knocked down, asserted by the other side in other words; where the
    // two share a run of words, the rebuttal in the same words shows it whole.
    let mut echoes = view_echoes::view_echoes(pair);
    echoes.retain(|e| {
        !runs
            .iter()
            .any(|r| r.left == e.left && r.right == e.right && denials::rebutted_side(pair, r).is_some())
    });
    view_echoes::echo_candidates(&echoes, &target_of, &mut shortlist);
    numbers::worded_figure_candidates(pair, &runs, &target_of, &mut shortlist);
    let matters = matter_claims::matter_claims(pair);
    matter_claims::matter_candidates(&matters, &target_of, &mut shortlist);
    let calls = recommendations::calls_on_one_thing(pair);
    recommendations::call_candidates(&calls.opposite, &target_of, &mut shortlist);
    // Where each article leans overall, reported beside the contrasts. Used to re-rank, it lost
    // BASIL hits (EVALUATION.md): the leans are read from the same weak cues.
    let consensus = consensus::consensus(pair.targets, [pair.left.claims, pair.right.claims]);
    let mut chosen = select::select_diverse(shortlist.into_ranked(), per_sentence);
    // Two articles that mostly agree get "both …" and only their strongest differences: a
    // long list there is mostly misread cues (issue 14, seed judgements).
    // And a difference listed there must be where each article settles on its side, not one
    // stray sentence against everything else it says on the target.
    let agreements = pairing::agreements(pair, same_stance);
    let passed = if consensus.mostly_agree_on_map(pair.targets) {
        let leans = pairing::PairLeans::of(pair);
        chosen.retain(|c| leans.settled_on_both_sides(pair, c));
        chosen.truncate(consensus::MOSTLY_AGREE_CONTRASTS);
        chosen.len()
    } else if pair.news && agreements.len() <= chosen.len() {
        // Where two reports agree more often than they differ, a short list is the finding.
        fill::fill_from_reserve(&mut chosen, reserve.into_ranked(), per_sentence)
    } else {
        chosen.len()
    };
    // Evidence and diffs are read only for the contrasts that are kept: on long documents most
    // candidates are dropped.
    let mut contrasts: Vec<Contrast> = chosen
        .into_iter()
        .enumerate()
        .filter_map(|(i, candidate)| {
            let below_bar = i >= passed;
            contrast(pair, candidate, below_bar, &runs, &echoes, &matters, &calls.opposite)
        })
        .collect();
    // What both report is read beside the contrasts that passed the bar; one listed below it
    // gives way to it (two sentences giving the same figure or words are no disagreement).
    let above_bar = contrasts.iter().take_while(|c| !c.below_bar).count();
    let mut facts = facts::shared_facts(pair, same_figures, &contrasts[..above_bar], &target_of, &runs);
    // A remark both quote alike, a decision both call for: what both draw on, beside the
    // figures and words both give.
    let remarks = selective_quotes::same_remarks(pair).into_iter().map(|(a, b)| {
        (pair.left.quotes[a].at, pair.right.quotes[b].at, selective_quotes::same_remark_evidence(pair, a, b))
    });
    let agreeing_calls = calls
        .agreeing
        .iter()
        .map(|c| (c.calls[0].at, c.calls[1].at, recommendations::call_evidence(pair, c)));
    facts::add_facts(&mut facts, remarks.chain(agreeing_calls), &contrasts[..above_bar], &target_of);
    contrasts.retain(|c| !c.below_bar || !facts.iter().any(|f| f.left == c.left && f.right == c.right));
    Findings { contrasts, agreements, facts, consensus }
}

/// A kept candidate with its evidence, detail and word diff.
fn contrast(
    pair: &Pair,
    c: found::Candidate,
    below_bar: bool,
    runs: &[wording::SharedRun],
    echoes: &[view_echoes::ViewEcho],
    matters: &[matter_claims::MatterClaim],
    calls: &[recommendations::CallPair],
) -> Option<Contrast> {
    let (evidence, detail, diff) = match c.source {
        found::Source::Denial(i) | found::Source::Rebuttal(i) => {
            let run = runs.get(i)?;
            // The side that objects to the shared words (0 left, 1 right): by a "not", or by
            // setting them up as a view to knock down.
            let denial = matches!(c.source, found::Source::Denial(_));
            let objector = if denial { run.denial.as_ref()?.0 } else { denials::rebutted_side(pair, run)? };
            let asserting =
                [pair.left.article.sentence_text(run.left), pair.right.article.sentence_text(run.right)]
                    [1 - objector];
            let words = asserting.get(run.spans[1 - objector].clone())?.to_string();
            let detail = if denial {
                Detail::Denial { words, denied_on_left: objector == 0 }
            } else {
                Detail::Rebuttal { words, rebutted_on_left: objector == 0 }
            };
            (denials::denial_evidence(pair, run), detail, sentence_diff(pair, c.left, c.right))
        }
        found::Source::ViewEcho(i) => {
            let echo = echoes.get(i)?;
            let words = view_echoes::echo_words(pair, echo);
            let detail = Detail::Rebuttal { words, rebutted_on_left: echo.rebutted == 0 };
            (view_echoes::echo_evidence(pair, echo), detail, sentence_diff(pair, c.left, c.right))
        }
        found::Source::Matter(i) => {
            let m = matters.get(i)?;
            let detail = Detail::Matter { words: matter_claims::matter_words_shown(pair, m) };
            (matter_claims::matter_evidence(pair, m), detail, sentence_diff(pair, c.left, c.right))
        }
        found::Source::Quotes(a, b) => {
            let (evidence, detail) = quote_pairs::quote_evidence(pair, a, b);
            let diff = word_diff(&pair.left.quotes[a].text, &pair.right.quotes[b].text);
            (evidence, detail, Some(diff))
        }
        found::Source::Call(i) => {
            let (evidence, detail) = recommendations::call_evidence(pair, calls.get(i)?);
            (evidence, detail, sentence_diff(pair, c.left, c.right))
        }
        found::Source::Remarks(a, b) => {
            let (evidence, detail) = selective_quotes::remark_evidence(pair, a, b);
            (evidence, detail, None)
        }
        found::Source::Figures(a, b) => {
            let (evidence, detail) = number_evidence::number_evidence(pair, a, b);
            (evidence, detail, sentence_diff(pair, c.left, c.right))
        }
        found::Source::Stance => {
            let target = c.target?;
            let side = |side: Side, at: SentenceId| -> Option<SideEvidence> {
                pairing::evidence_of(pair, side, pair.side(side).claim_at(at)?, target)
            };
            let evidence: Evidence = [side(Side::Left, c.left)?, side(Side::Right, c.right)?];
            let sentences =
                [pair.left.article.sentence_text(c.left), pair.right.article.sentence_text(c.right)];
            // Decided on a word both write: no difference between them (`shared_cues`).
            if shared_cues::rests_on_a_shared_word(sentences, &evidence) {
                return None;
            }
            (evidence, Detail::Stance, sentence_diff(pair, c.left, c.right))
        }
    };
    Some(Contrast {
        target: c.target,
        kind: c.kind,
        score: c.score,
        left: c.left,
        right: c.right,
        evidence,
        detail,
        diff,
        below_bar,
    })
}

/// A word diff of the two sentences when they are near-identical.
fn sentence_diff(pair: &Pair, left: SentenceId, right: SentenceId) -> Option<Vec<crate::diff::DiffSegment>> {
    let (l, r) = (pair.left.article.sentence_text(left), pair.right.article.sentence_text(right));
    (word_overlap(l, r) >= NEAR_IDENTICAL).then(|| word_diff(l, r))
}

/// The target two sentences share (the first the left one mentions), else the first either
/// mentions.
fn shared_target(pair: &Pair, left: SentenceId, right: SentenceId) -> Option<TargetId> {
    let targets = |side: Side, at: SentenceId| -> Vec<TargetId> {
        pair.side(side).claim_at(at).map(|c| c.targets.iter().map(|(t, _)| *t).collect()).unwrap_or_default()
    };
    let (l, r) = (targets(Side::Left, left), targets(Side::Right, right));
    l.iter().find(|t| r.contains(t)).or(l.first()).or(r.first()).copied()
}
