//! What two op-eds call for: most opinion pieces on a decision end by telling the ones who
//! make it what to do ("The board should vote yes on May 20." against "The board should vote no
//! on May 20."; "The council should pass the ordinance" against "… should reject the
//! ordinance"). Two authors calling for opposite decisions on the same thing is the plainest
//! disagreement between them, and no opinion lexicon reads it: "yes", "no", "pass" and "reject"
//! judge nothing.
//!
//! A call is an author's sentence with a verb of decision right after "should", "must", "ought
//! to", "need to" or "urge … to", or opening the sentence as an order ("Vote no on March 12.").
//! Its direction is for the proposal ("approve", "pass", "adopt", "vote yes") or against it
//! ("reject", "oppose", "scrap", "vote no"), turned by a "not" before the verb. Verbs whose
//! direction depends on their object ("keep the garage" is against a plan to sell it, "keep the
//! charge" for one that brings it in) are not read. Two calls pair when they point opposite
//! ways and are on one thing: a content word both sentences hold after their calls (the thing
//! decided), or the same date (the day of the vote). Two calls on different things are no
//! disagreement, and who decides ("the council") is shared by any two op-eds on one town.
//!
//! Only opinion pairs are read: a news report's "should" is someone else's.
//!
//! In: both articles and their voices. Out: at most [`MAX_PER_PAIR`] candidates, each sentence
//! in one at most; for a kept one the evidence: each side's call as written.

use std::ops::Range;

use crate::article::{Article, SentenceId, Side};
use crate::contrast::evidence::{Cue, CueKind, Evidence, SideEvidence, TopicFrom, Voice};
use crate::contrast::found::{Candidate, ContrastKind, Detail, Shortlist, Source};
use crate::contrast::input::Pair;
use crate::targets::table::TargetId;
use crate::text::fold::{fold, words};
use crate::words::content_word;

/// Calls listed per pair at most: an op-ed makes one or two.
const MAX_PER_PAIR: usize = 2;
/// Body sentences per side beyond which the stage is not run (a book is no op-ed).
const MAX_SENTENCES: usize = 4000;
/// Between the denials (1.2) and the view echoes (0.9): the same decision, opposite calls.
const SCORE: f32 = 1.0;
/// Words between the modal and the verb of decision ("should not simply approve").
const MAX_GAP: usize = 3;

/// Words that make what follows a call on whoever decides.
const MODALS: &[&str] = &["should", "must", "ought", "need", "needs"];
/// Words that may stand between a modal and its verb: "to", a negation, adverbs of manner.
const GAP_WORDS: &[&str] =
    &["to", "not", "never", "simply", "just", "also", "then", "now", "finally", "instead", "still", "firmly"];
/// Negations that turn the call.
const NEGATIONS: &[&str] = &["not", "never"];

/// Words before a call that make it a condition or a question, not a call.
const CONDITIONS: &[&str] = &["if", "unless", "whether", "when", "why", "how"];
/// Words an order's verb is followed by: its object ("Reject this plan", "Pass the ordinance").
const ORDER_OBJECTS: &[&str] = &["the", "this", "that", "these", "it", "them", "any", "a", "an"];

/// Verbs of decision for the proposal, and the phrases with "vote" or "say". Not "back" ("back
/// off") nor "pass" before a particle ("pass it on to riders").
const FOR: &[&str] = &["approve", "pass", "adopt", "accept", "support", "endorse", "ratify", "enact"];
/// Verbs of decision against it.
const AGAINST: &[&str] =
    &["reject", "oppose", "scrap", "repeal", "veto", "kill", "block", "shelve", "abandon", "defeat", "drop"];

/// Which way a call points.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Direction {
    For,
    Against,
}

/// An author's call on the decision: its sentence, the words that make it ("should vote yes",
/// "Vote no"), a negation in it, and its direction.
#[derive(Debug, Clone, PartialEq)]
pub struct Call {
    pub at: SentenceId,
    pub span: Range<usize>,
    pub negation: Option<Range<usize>>,
    pub direction: Direction,
}

/// The call a sentence makes, if it makes one.
pub fn call_in(at: SentenceId, text: &str) -> Option<Call> {
    let folded = fold(text);
    let all = words(&folded);
    let word = |i: usize| &folded[all[i].clone()];
    if all.is_empty() || folded.trim_end().ends_with('?') {
        return None;
    }
    // An order: the sentence opens with the verb ("Vote no on March 12.", "Reject this plan."),
    // a one-word verb only before its object ("Back in 2019 …", "Support for the plan …" open
    // with no order).
    if let Some((end, direction)) = decision_at(&folded, &all, 0) {
        let object = all.get(end + 1).is_some_and(|w| ORDER_OBJECTS.contains(&&folded[w.clone()]));
        if end > 0 || object {
            return Some(Call { at, span: all[0].start..all[end].end, negation: None, direction });
        }
    }
    let modal = (0..all.len()).find(|&i| {
        MODALS.contains(&word(i))
            // "ought" and "need" call only with "to" ("need to reject"; not "the need for").
            && (matches!(word(i), "should" | "must") || all.get(i + 1).is_some_and(|_| word(i + 1) == "to"))
    });
    // "I urge the council to reject …": the call follows the "to".
    let urged = || {
        let urge = (0..all.len()).find(|&i| matches!(word(i), "urge" | "urges"))?;
        (urge + 1..all.len().min(urge + 6)).find(|&i| word(i) == "to")
    };
    let start = modal.or_else(urged)?;
    // A condition or a question reported is no call ("If the council should reject it, …").
    if (0..start).any(|i| CONDITIONS.contains(&word(i))) {
        return None;
    }
    let mut negation = None;
    for i in start + 1..all.len().min(start + 2 + MAX_GAP) {
        if let Some((end, direction)) = decision_at(&folded, &all, i) {
            let direction = match (negation.is_some(), direction) {
                (false, d) => d,
                (true, Direction::For) => Direction::Against,
                (true, Direction::Against) => Direction::For,
            };
            return Some(Call { at, span: all[start].start..all[end].end, negation, direction });
        }
        if NEGATIONS.contains(&word(i)) {
            negation = Some(all[i].clone());
        } else if !GAP_WORDS.contains(&word(i)) {
            return None;
        }
    }
    None
}

/// The verb of decision at word `i`, with the index of its last word and its direction.
fn decision_at(folded: &str, all: &[Range<usize>], i: usize) -> Option<(usize, Direction)> {
    let word = |j: usize| all.get(j).map(|r| &folded[r.clone()]);
    match (word(i)?, word(i + 1)) {
        ("vote" | "say", Some("yes")) | ("vote", Some("for")) => Some((i + 1, Direction::For)),
        ("vote" | "say", Some("no")) | ("vote", Some("against" | "down")) => {
            Some((i + 1, Direction::Against))
        }
        ("turn", Some("down")) => Some((i + 1, Direction::Against)),
        // "pass it on to riders", "pass the cost along": handing on, not enacting.
        ("pass", _)
            if (i + 1..all.len().min(i + 6)).any(|j| {
                matches!(word(j), Some("along")) || (word(j) == Some("on") && word(j + 1) == Some("to"))
            }) =>
        {
            None
        }
        ("pass", Some("up" | "through" | "over")) => None,
        (w, _) if FOR.contains(&w) => Some((i, Direction::For)),
        (w, _) if AGAINST.contains(&w) => Some((i, Direction::Against)),
        _ => None,
    }
}

/// Two authors' opposite calls on one decision.
#[derive(Debug, Clone, PartialEq)]
pub struct CallPair {
    pub calls: [Call; 2],
    /// What both calls are on: a content word both hold after their calls, or a date both give.
    pub shared: String,
}

/// The pair's opposite calls, strongest first (none for a pair where either side reads as news).
pub fn opposite_calls(pair: &Pair) -> Vec<CallPair> {
    let body = |side: Side| -> usize {
        pair.side(side).article.passages.iter().filter(|p| p.is_body()).map(|p| p.sentences.len()).sum()
    };
    if pair.news || body(Side::Left) > MAX_SENTENCES || body(Side::Right) > MAX_SENTENCES {
        return Vec::new();
    }
    let calls = |side: Side| -> Vec<Call> {
        let input = pair.side(side);
        sentences(input.article)
            .filter(|&at| input.voice_at(at).is_author())
            .filter_map(|at| call_in(at, input.article.sentence_text(at)))
            .collect()
    };
    let (left, right) = (calls(Side::Left), calls(Side::Right));
    // Every opposite pair on a shared word, the most alike sentences first: "The board should
    // vote yes on May 20." meets "The board should vote no on May 20." before an earlier "I
    // urge the board to approve it".
    let mut found: Vec<(f32, CallPair)> = Vec::new();
    for l in &left {
        for r in right.iter().filter(|r| r.direction != l.direction) {
            if let Some(shared) = decided_thing(pair, [l, r]) {
                let alike = pair.index.sentence_similarity(l.at, r.at);
                found.push((alike, CallPair { calls: [l.clone(), r.clone()], shared }));
            }
        }
    }
    found.sort_by(|a, b| {
        b.0.total_cmp(&a.0).then((a.1.calls[0].at, a.1.calls[1].at).cmp(&(b.1.calls[0].at, b.1.calls[1].at)))
    });
    let mut out: Vec<CallPair> = Vec::new();
    for (_, c) in found {
        let taken = out.iter().any(|p| p.calls[0].at == c.calls[0].at || p.calls[1].at == c.calls[1].at);
        if !taken && out.len() < MAX_PER_PAIR {
            out.push(c);
        }
    }
    out
}

fn sentences(article: &Article) -> impl Iterator<Item = SentenceId> + '_ {
    article.passages.iter().enumerate().filter(|(_, p)| p.is_body()).flat_map(|(p, passage)| {
        (0..passage.sentences.len()).map(move |s| SentenceId { passage: p, sentence: s })
    })
}

/// What the two calls are on, as the left sentence writes it: a content word both hold after
/// their calls (the thing decided: "the ordinance"), else a date both give (the day of the
/// vote). The words before a call name who decides ("The council should …"), which two op-eds
/// on one town share whatever each calls for.
fn decided_thing(pair: &Pair, calls: [&Call; 2]) -> Option<String> {
    let after = |side: Side, call: &Call| -> Vec<String> {
        let folded = fold(pair.side(side).article.sentence_text(call.at));
        words(&folded)
            .into_iter()
            .filter(|w| w.start >= call.span.end)
            .filter_map(|w| content_word(&folded[w]).map(|c| c.into_owned()))
            .collect()
    };
    let right = after(Side::Right, calls[1]);
    if let Some(word) = after(Side::Left, calls[0]).into_iter().find(|w| right.contains(w)) {
        return Some(word);
    }
    let dates = |side: Side, at: SentenceId| {
        pair.side(side).figures.iter().filter(move |f| f.at == at && f.unit == "date")
    };
    dates(Side::Left, calls[0].at)
        .find(|l| dates(Side::Right, calls[1].at).any(|r| r.value == l.value))
        .map(|l| l.shown.clone())
}

/// Candidates for the pair's opposite calls.
pub fn call_candidates(
    calls: &[CallPair],
    target_of: &dyn Fn(SentenceId, SentenceId) -> Option<TargetId>,
    out: &mut Shortlist,
) {
    for (i, c) in calls.iter().enumerate() {
        let [l, r] = &c.calls;
        out.push(Candidate {
            target: target_of(l.at, r.at),
            kind: ContrastKind::Stance,
            score: SCORE,
            left: l.at,
            right: r.at,
            source: Source::Call(i),
        });
    }
}

/// The evidence of a kept call pair: each side's call as a cue, its negation with it; and the
/// two calls as written.
pub fn call_evidence(pair: &Pair, c: &CallPair) -> (Evidence, Detail) {
    let side = |call: &Call| SideEvidence {
        voice: Voice::author(),
        topic_from: TopicFrom::Named,
        stance: None,
        hedged: false,
        cues: vec![Cue {
            kind: CueKind::Call,
            span: call.span.clone(),
            weight: 1.0,
            negated_by: call.negation.clone(),
            supports: true,
        }],
    };
    let written = |side: Side, call: &Call| {
        pair.side(side).article.sentence_text(call.at)[call.span.clone()].to_string()
    };
    let detail = Detail::Calls {
        calls: [written(Side::Left, &c.calls[0]), written(Side::Right, &c.calls[1])],
        on: c.shared.clone(),
    };
    ([side(&c.calls[0]), side(&c.calls[1])], detail)
}

#[cfg(test)]
#[path = "recommendations_tests.rs"]
mod tests;
