//! What two op-eds call for: most opinion pieces on a decision end by telling the ones who
//! make it what to do ("The board should vote yes on May 20." against "The board should vote no
//! on May 20."; "The council should pass the ordinance" against "… should reject the
//! ordinance"). Two authors calling for opposite decisions on the same thing is the plainest
//! disagreement between them, and no opinion lexicon reads it: "yes", "no", "pass" and "reject"
//! judge nothing.
//!
//! A call is an author's sentence with a verb of decision right after "should", "must", "ought
//! to", "need to" or "urge … to", or opening the sentence as an order ("Vote no on March 12.");
//! not after a condition, a question or a verb of saying that is not the author's ("If …",
//! "What the council should approve is …", "Some will say the council should …"). Its
//! direction is for the proposal ("approve", "pass", "adopt", "vote yes") or against it
//! ("reject", "oppose", "scrap", "vote no"), turned by a "not", "shouldn't" or "refuse to"
//! before the verb. Verbs whose direction depends on their object ("keep the garage" is against
//! a plan to sell it, "keep the charge" for one that brings it in) are not read. Two calls pair
//! when they are on one thing: what one acts on is within what the other does ("the
//! ordinance"), or, when neither names it, they give the same date (the day of the vote). Two
//! calls on different things are no disagreement ("approve the dock repair plan" against
//! "reject the parking plan"); opposite calls on one thing are a contrast, and the same call a
//! fact both report.
//!
//! Only opinion pairs are read: a news report's "should" is someone else's.
//!
//! In: both articles and their voices. Out: at most [`MAX_PER_PAIR`] candidates, each sentence
//! in one at most; for a kept one the evidence: each side's call as written.

use std::ops::Range;

use crate::article::{Article, SentenceId, Side};
use crate::contrast::evidence::{Cue, CueKind, Evidence, SideEvidence, TopicFrom, Voice};
use crate::contrast::figures::MONTHS;
use crate::contrast::found::{Candidate, ContrastKind, Detail, Shortlist, Source};
use crate::contrast::input::Pair;
use crate::targets::table::TargetId;
use crate::text::fold::{fold, words};
use crate::words::content_word;

use super::call_words::{
    AGAINST, FOR, GAP_WORDS, MODALS, NEGATED_MODALS, NEGATIONS, NOT_A_CALL, OBJECT_ENDS, OBJECT_WORDS,
    ORDER_OBJECTS, SAYING,
};

/// Calls listed per pair at most: an op-ed makes one or two.
const MAX_PER_PAIR: usize = 2;
/// Body sentences per side beyond which the stage is not run (a book is no op-ed).
const MAX_SENTENCES: usize = 4000;
/// Between the denials (1.2) and the view echoes (0.9): the same decision, opposite calls.
const SCORE: f32 = 1.0;
/// Words between the modal and the verb of decision ("should not simply approve").
const MAX_GAP: usize = 3;
/// Words of an aside between commas after the modal ("should, in my view, approve").
const MAX_ASIDE: usize = 6;

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
    /// The content words and numbers of what the call acts on ("ordinance", "measure 4"),
    /// folded; empty for "it" or a call with no object ("Vote no on May 20.").
    pub object: Vec<String>,
}

/// The call a sentence makes, if it makes one: an order opening it, else the first modal (or
/// "urge … to") that a verb of decision follows.
pub fn call_in(at: SentenceId, text: &str) -> Option<Call> {
    let folded = fold(text);
    let all = words(&folded);
    if all.is_empty() || folded.trim_end().ends_with('?') {
        return None;
    }
    let word = |i: usize| &folded[all[i].clone()];
    // An order: the sentence opens with the verb ("Vote no on March 12.", "Reject this plan."),
    // a one-word verb only before its object ("Back in 2019 …", "Support for the plan …" open
    // with no order).
    if let Some((end, direction)) = decision_at(&folded, &all, 0) {
        let object = all.get(end + 1).is_some_and(|w| ORDER_OBJECTS.contains(&&folded[w.clone()]));
        if end > 0 || object {
            let object = object_of(&folded, &all, end);
            return Some(Call { at, span: all[0].start..all[end].end, negation: None, direction, object });
        }
    }
    for start in 0..all.len() {
        let negated_modal = NEGATED_MODALS.contains(&word(start));
        let next = |k: usize| all.get(start + k).map(|r| &folded[r.clone()]);
        let modal = negated_modal
            || matches!(word(start), "should" | "must")
            || (MODALS.contains(&word(start))
                && (next(1) == Some("to") || next(1) == Some("not") && next(2) == Some("to")));
        // "I urge the council (not) to reject …": the call follows the "to".
        let urged = word(start) == "to"
            && (start.saturating_sub(6)..start).any(|i| matches!(word(i), "urge" | "urges"));
        if !(modal || urged) || !own_call(&folded, &all, start) {
            continue;
        }
        let mut negation = negated_modal.then(|| all[start].clone());
        if urged && start > 0 && NEGATIONS.contains(&word(start - 1)) {
            negation = Some(all[start - 1].clone());
        }
        // "should, in my view, approve": an aside between commas after the modal is passed over.
        let gap_after = |i: usize| all.get(i + 1).map(|next| &folded[all[i].end..next.start]);
        let from = if gap_after(start).is_some_and(|g| g.contains(',')) {
            (start + 1..all.len().min(start + 1 + MAX_ASIDE))
                .find(|&k| gap_after(k).is_some_and(|g| g.contains(',')))
                .map_or(start + 1, |k| k + 1)
        } else {
            start + 1
        };
        for i in from..all.len().min(from + 1 + MAX_GAP) {
            if let Some((end, direction)) = decision_at(&folded, &all, i) {
                let direction = match (negation.is_some(), direction) {
                    (false, d) => d,
                    (true, Direction::For) => Direction::Against,
                    (true, Direction::Against) => Direction::For,
                };
                let object = object_of(&folded, &all, end);
                return Some(Call { at, span: all[start].start..all[end].end, negation, direction, object });
            }
            if NEGATIONS.contains(&word(i)) {
                negation = Some(all[i].clone());
            } else if !GAP_WORDS.contains(&word(i)) {
                break;
            }
        }
    }
    None
}

/// Whether a call starting at word `start` is the author's: no condition, question or other
/// person's view opens before it.
fn own_call(folded: &str, all: &[Range<usize>], start: usize) -> bool {
    let word = |i: usize| &folded[all[i].clone()];
    (0..start).all(|i| {
        !NOT_A_CALL.contains(&word(i))
            && (!SAYING.contains(&word(i)) || i > 0 && matches!(word(i - 1), "i" | "we"))
    })
}

/// The content words and numbers of what the call ending at word `end` acts on: up to a
/// punctuation mark or a word that ends it ("reject the ordinance on June 3" → "ordinance").
/// After "vote yes"/"vote no" an "on" opens the object unless a date follows ("vote no on
/// Measure 7"; "vote no on May 20" names none).
fn object_of(folded: &str, all: &[Range<usize>], end: usize) -> Vec<String> {
    let word = |i: usize| all.get(i).map(|r| &folded[r.clone()]);
    let mut from = end + 1;
    let voted = matches!(word(end), Some("yes" | "no")) && word(from) == Some("on");
    if voted && !word(from + 1).is_some_and(|w| MONTHS.contains(&w)) {
        from += 1;
    }
    let mut out = Vec::new();
    for i in from..all.len().min(from + OBJECT_WORDS) {
        let gap = &folded[all[i - 1].end..all[i].start];
        if gap.contains([',', '.', ';', ':', '!', '?', '—', '–', '(', ')'])
            || OBJECT_ENDS.contains(&word(i).unwrap_or(""))
        {
            break;
        }
        let w = word(i).unwrap_or("");
        if w.starts_with(|c: char| c.is_ascii_digit()) {
            out.push(w.to_string());
        } else if let Some(content) = content_word(w) {
            out.push(content.into_owned());
        }
    }
    out
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
        // "pass on this ordinance": declining; "pass it on to riders", "pass the cost along":
        // handing on, not enacting.
        ("pass", Some("on")) => None,
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

/// Two authors' calls on one decision.
#[derive(Debug, Clone, PartialEq)]
pub struct CallPair {
    pub calls: [Call; 2],
    /// What both calls are on: a content word both hold after their calls, or a date both give.
    pub shared: String,
}

/// The two authors' calls on one decision: those pointing opposite ways (contrasts) and those
/// pointing the same way (a fact both report), each sentence in one pair at most, the most
/// alike sentences first: "The board should vote yes on May 20." meets "The board should vote
/// no on May 20." before an earlier "I urge the board to approve it". None for a pair where
/// either side reads as news.
pub fn calls_on_one_thing(pair: &Pair) -> Calls {
    if pair.news || pair.longer_than(MAX_SENTENCES) {
        return Calls::default();
    }
    let calls = |side: Side| -> Vec<Call> {
        let input = pair.side(side);
        sentences(input.article)
            .filter(|&at| input.voice_at(at).is_author())
            .filter_map(|at| call_in(at, input.article.sentence_text(at)))
            .collect()
    };
    let (left, right) = (calls(Side::Left), calls(Side::Right));
    let mut found: Vec<(f32, CallPair)> = Vec::new();
    for l in &left {
        for r in &right {
            if let Some(shared) = decided_thing(pair, [l, r]) {
                let alike = pair.index.sentence_similarity(l.at, r.at);
                found.push((alike, CallPair { calls: [l.clone(), r.clone()], shared }));
            }
        }
    }
    found.sort_by(|a, b| {
        b.0.total_cmp(&a.0).then((a.1.calls[0].at, a.1.calls[1].at).cmp(&(b.1.calls[0].at, b.1.calls[1].at)))
    });
    let mut out = Calls::default();
    for (_, c) in found {
        let taken = out
            .opposite
            .iter()
            .chain(&out.agreeing)
            .any(|p| p.calls[0].at == c.calls[0].at || p.calls[1].at == c.calls[1].at);
        let list =
            if c.calls[0].direction == c.calls[1].direction { &mut out.agreeing } else { &mut out.opposite };
        if !taken && list.len() < MAX_PER_PAIR {
            list.push(c);
        }
    }
    out
}

/// A pair's calls on one decision, by whether they point opposite ways.
#[derive(Debug, Default)]
pub struct Calls {
    pub opposite: Vec<CallPair>,
    pub agreeing: Vec<CallPair>,
}

fn sentences(article: &Article) -> impl Iterator<Item = SentenceId> + '_ {
    article.passages.iter().enumerate().filter(|(_, p)| p.is_body()).flat_map(|(p, passage)| {
        (0..passage.sentences.len()).map(move |s| SentenceId { passage: p, sentence: s })
    })
}

/// What the two calls are on: what both act on, when the words of one's object are all in the
/// other's ("the ordinance", "the harbor parking ordinance"); when either names none ("Vote no
/// on May 20.", "should pass it on July 9"), a date both give (the day of the vote). Calls
/// on different things ("the dock repair plan", "the parking plan"; "Measure 4", "Measure 7")
/// are no disagreement, and who decides ("the council") is shared by any two op-eds on one
/// town.
fn decided_thing(pair: &Pair, calls: [&Call; 2]) -> Option<String> {
    let [l, r] = [&calls[0].object, &calls[1].object];
    if !l.is_empty() && !r.is_empty() {
        let (short, long) = if l.len() <= r.len() { (l, r) } else { (r, l) };
        return short.iter().all(|w| long.contains(w)).then(|| short.join(" "));
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
