//! Whether a policy works, in the plain words any writer uses with the policy as their subject:
//! a verb of effect ("sanctions have not stopped a single centrifuge", "maximum pressure is
//! working", "the deal collapsed"), a verdict after "is"/"was"/"proved" ("the deal was a bad
//! bargain"), or what followed while it held ("During the deal, key indicators improved"). No
//! map lists every such word, and they judge the policy only when it is their subject ("the US
//! stopped the talks" judges nothing about the talks).
//!
//! In: a sentence's folded text and word ranges, the topic's mentions, and the topic's stance
//! that names success ([`crate::topics::Topic::works_stance`]). Out: one reading per such word
//! — for the success stance, or for the other one when it is a failure, a negative verdict or
//! undone by its object ("changed nothing"); negations are left to the stance reader, which
//! flips any cue — and, for the claim reader, whether a sentence holds one at all.

use std::ops::Range;

use super::consequence::{consequence_at, harm_by};
use crate::matcher::PhraseHit;
use crate::text::fold::words;
pub use crate::topics::Judged;
use crate::topics::TopicMap;

/// Verbs of a policy having an effect.
#[rustfmt::skip]
const SUCCESS_VERBS: &[&str] = &[
    "work", "works", "worked", "working", "succeed", "succeeds", "succeeded", "succeeding",
    "deliver", "delivers", "delivered", "achieve", "achieves", "achieved", "stop", "stops",
    "stopped", "halt", "halts", "halted", "slow", "slows", "slowed", "curb", "curbs", "curbed",
    "change", "changes", "changed", "deter", "deters", "deterred", "prevent", "prevents",
    "prevented", "bite", "bites", "biting", "force", "forced", "constrain", "constrains",
    "constrained", "restrain", "restrains", "restrained",
];
/// Verbs of a policy failing.
#[rustfmt::skip]
const FAILURE_VERBS: &[&str] = &[
    "fail", "fails", "failed", "failing", "backfire", "backfires", "backfired", "collapse",
    "collapses", "collapsed", "falter", "falters", "faltered", "flop", "flopped",
];
/// Words that may stand between the subject and its verb: auxiliaries, a few adverbs and the
/// negations (which the stance reader applies).
#[rustfmt::skip]
const BETWEEN: &[&str] = &[
    "has", "have", "had", "is", "are", "was", "were", "be", "been", "did", "does", "do", "will",
    "would", "could", "can", "may", "might", "should", "must", "already", "still", "finally",
    "clearly", "plainly", "simply", "also", "largely", "mostly", "actually", "really", "not",
    "never", "no", "longer", "hardly", "barely", "cannot", "so", "far",
];
/// Objects that undo a verb of effect ("changed nothing", "achieved little").
const NOTHING: &[&str] = &["nothing", "little", "none"];
/// At most this many words between subject and verb.
const MAX_GAP: usize = 4;
/// Outcomes that followed a policy ("During the deal, key indicators improved"): better …
#[rustfmt::skip]
const BETTER: &[&str] = &[
    "improved", "improve", "improves", "recovered", "rebounded", "flourished", "boomed",
    "stabilised", "stabilized", "thrived",
];
/// … or worse.
#[rustfmt::skip]
const WORSE: &[&str] = &[
    "worsened", "worsens", "deteriorated", "deteriorates", "plummeted", "plunged", "slumped",
    "crashed",
];
/// Openings that frame a sentence as what happened while the policy held.
const WHILE_IN_FORCE: &[&str] = &["during", "under"];
/// A frame longer than this is a clause of its own, not an opening phrase.
const FRAME_WORDS: usize = 12;
/// Bytes after a subject's mention that can hold its verb of effect (four short words between
/// and the verb), for a caller that reads only there.
const READ_AFTER_SUBJECT: usize = 80;
/// Bytes before it that can hold a theme and a participle of harm ("a country paralyzed by").
const READ_BEFORE_SUBJECT: usize = 40;

/// Whether the sentence (folded) opens by placing itself while a policy held.
fn opens_while_in_force(folded: &str) -> bool {
    let body = folded.trim_start_matches(|c: char| !c.is_alphanumeric());
    WHILE_IN_FORCE.iter().any(|w| body.strip_prefix(w).is_some_and(|rest| rest.starts_with(' ')))
}

/// A verb read as the policy's effect.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EffectVerb {
    /// The verb's bytes in the sentence.
    pub range: Range<usize>,
    /// Whether it says the policy works (before any negation).
    pub works: bool,
    /// "nothing" in "changed nothing": the object that undoes it.
    pub undone_by: Option<Range<usize>>,
}

/// The verbs that say what the policy did or what followed it: a verb of effect with one of
/// the mentions as its subject, and the outcome of a sentence that opens by placing itself while
/// the policy held ("During the brief implementation of the 2015 deal, key indicators
/// improved"). `mentions` are (first word, last word) of each mention; `words` the sentence's
/// word ranges in `folded`.
pub fn effect_verbs(
    folded: &str,
    words: &[Range<usize>],
    mentions: &[(usize, usize)],
    judged: Judged,
) -> Vec<EffectVerb> {
    let mut out = subject_verbs(folded, words, mentions, judged);
    for &(first, _) in mentions {
        if let Some(harm) = harm_by(folded, words, first) {
            if !out.iter().any(|v| v.range == harm.range) {
                out.push(harm);
            }
        }
    }
    if judged == Judged::ByConsequence {
        return out;
    }
    if let Some(outcome) = outcome_while_in_force(folded, words, mentions) {
        if !out.iter().any(|v| v.range == outcome.range) {
            out.push(outcome);
        }
    }
    out
}

/// The first better or worse outcome after the opening frame's comma, when the sentence opens
/// with "During …"/"Under …" and a mention stands in that frame. "Since …" and "After …" are
/// not read: what followed a policy's end is no verdict on the policy.
fn outcome_while_in_force(
    folded: &str,
    words: &[Range<usize>],
    mentions: &[(usize, usize)],
) -> Option<EffectVerb> {
    let word = |i: usize| &folded[words[i].clone()];
    if words.is_empty() || !WHILE_IN_FORCE.contains(&word(0)) {
        return None;
    }
    let comma = folded.find(',')?;
    let frame_end = words.partition_point(|w| w.end <= comma);
    let framed = frame_end <= FRAME_WORDS && mentions.iter().any(|&(_, last)| last < frame_end);
    if !framed {
        return None;
    }
    (frame_end..words.len()).find_map(|i| {
        let better = BETTER.contains(&word(i));
        (better || WORSE.contains(&word(i))).then(|| EffectVerb {
            range: words[i].clone(),
            works: better,
            undone_by: None,
        })
    })
}

/// Verbs of effect whose subject is a mention.
fn subject_verbs(
    folded: &str,
    words: &[Range<usize>],
    mentions: &[(usize, usize)],
    judged: Judged,
) -> Vec<EffectVerb> {
    let word = |i: usize| words.get(i).map(|r| &folded[r.clone()]);
    let mut out: Vec<EffectVerb> = Vec::new();
    for &(_, end) in mentions {
        let mut i = end + 1;
        let mut reach = end + 1 + MAX_GAP;
        let mut after_condition = false;
        while i <= reach {
            let Some(w) = word(i) else { break };
            // A word break with punctuation ("sanctions, critics say, worked") ends the subject,
            // unless it opens a condition set off by commas ("diplomacy, when done right,
            // creates …").
            let broken =
                folded[words[i - 1].end..words[i].start].contains([',', ';', ':', '(', '—', '–', '.']);
            if broken && !std::mem::take(&mut after_condition) {
                match condition_after(folded, words, i - 1) {
                    Some(next) => {
                        reach += next - i;
                        i = next;
                        after_condition = true;
                        continue;
                    }
                    None => break,
                }
            }
            let verb = consequence_at(folded, words, i)
                .or_else(|| (judged == Judged::ByEffect).then(|| effect_at(folded, words, i)).flatten());
            if let Some(verb) = verb {
                if !out.iter().any(|v| v.range == verb.range) {
                    out.push(verb);
                }
                break;
            }
            if !(BETWEEN.contains(&w) || w.ends_with("n't") || w.ends_with("n’t")) {
                break;
            }
            i += 1;
        }
    }
    out
}

/// A verb of success or failure at word `i` ("stopped", "collapsed"; "changed nothing" undone
/// by its object), or a verdict after a copula there ("was a bad bargain").
fn effect_at(folded: &str, words: &[Range<usize>], i: usize) -> Option<EffectVerb> {
    let word = |k: usize| words.get(k).map(|r| &folded[r.clone()]);
    let w = word(i)?;
    let works = SUCCESS_VERBS.contains(&w);
    if works || FAILURE_VERBS.contains(&w) {
        let undone_by =
            word(i + 1).filter(|next| works && NOTHING.contains(next)).map(|_| words[i + 1].clone());
        return Some(EffectVerb { range: words[i].clone(), works, undone_by });
    }
    COPULAS.contains(&w).then(|| predicate_verdict(folded, words, i + 1)).flatten()
}

/// Words that open a condition set off by commas after a subject ("when done right").
const CONDITION_OPENERS: &[&str] = &["when", "if", "once", "where", "properly", "done"];
/// A condition set off by commas has at most this many words.
const CONDITION_WORDS: usize = 4;

/// The word after a short condition set off by commas that opens after word `before` (", when
/// done right,"), if one does.
fn condition_after(folded: &str, words: &[Range<usize>], before: usize) -> Option<usize> {
    let first = before + 1;
    if !folded[words[before].end..words.get(first)?.start].trim().eq(",")
        || !CONDITION_OPENERS.contains(&&folded[words[first].clone()])
    {
        return None;
    }
    (first + 1..(first + CONDITION_WORDS).min(words.len()))
        .find(|&k| folded[words[k - 1].end..words[k].start].trim() == ",")
}

/// Forms of "be" and its kin that predicate a verdict of their subject ("the deal was a bad
/// bargain", "maximum pressure has proved a failure").
const COPULAS: &[&str] = &["is", "was", "are", "were", "been", "remains", "remained", "proved", "proven"];
/// Words that may stand between the copula and its verdict: articles, degree words, negations
/// (which the stance reader applies).
#[rustfmt::skip]
const BEFORE_VERDICT: &[&str] = &[
    "a", "an", "the", "very", "so", "too", "truly", "such", "not", "never", "no", "nothing", "but",
    "quite", "far", "simply", "clearly", "plainly",
];
/// A predicate counts as a verdict from this VADER valence on ("bad" −2.5, "mistake" −1.4,
/// "success" 2.7); milder words ("fair" 1.3) are left alone.
const MIN_VERDICT_VALENCE: f32 = 1.4;

/// The verdict after a copula at word `from`: the first word past articles and degree words,
/// when the opinion lexicon gives it a strong valence and it is no verb of effect (which the
/// caller reads as such: "is working").
fn predicate_verdict(folded: &str, words: &[Range<usize>], from: usize) -> Option<EffectVerb> {
    let word = |i: usize| words.get(i).map(|r| &folded[r.clone()]);
    let at = (from..from + 4).find(|&i| word(i).is_some_and(|w| !BEFORE_VERDICT.contains(&w)))?;
    let w = word(at)?;
    if SUCCESS_VERBS.contains(&w) || FAILURE_VERBS.contains(&w) {
        return None;
    }
    let valence = crate::lexicon::valence_of(w);
    (valence.abs() >= MIN_VERDICT_VALENCE).then(|| EffectVerb {
        range: words[at].clone(),
        works: valence > 0.0,
        undone_by: None,
    })
}

/// Words a sentence needs to say what a policy did ("Sanctions are finally biting").
pub const MIN_EFFECT_WORDS: usize = 3;

/// Whether a topic judged by its effect is the subject of a verb of effect here ("sanctions
/// have not stopped …"): a sentence with no cue that still takes a stance. Topics judged only
/// by what they bring about are read in sentences that are claims already: looking for their
/// consequences in every other sentence that names them cost 0.04 s on the 10 MB pair and
/// found nothing more on the seeds, the demo articles or any fixture.
pub fn judged_by_effect(map: &TopicMap, folded: &str, terms: &[PhraseHit]) -> bool {
    let judged: Vec<(std::ops::Range<usize>, Judged)> = terms
        .iter()
        .filter(|h| !h.range.is_empty())
        .filter_map(|h| map.topics[h.owner].judged().map(|(_, how)| (h.range.clone(), how)))
        .filter(|(_, how)| *how == Judged::ByEffect)
        .collect();
    if judged.is_empty() {
        return false;
    }
    // Most sentences that name such a topic say nothing of its effect: only the words right
    // after each mention are split, unless the sentence opens "During …"/"Under …".
    if opens_while_in_force(folded) {
        let words = words(folded);
        let word_at = |b: usize| words.partition_point(|w| w.end <= b);
        return judged.iter().any(|(r, how)| {
            !effect_verbs(folded, &words, &[(word_at(r.start), word_at(r.end - 1))], *how).is_empty()
        });
    }
    judged.iter().any(|(r, how)| {
        let mut end = (r.end + READ_AFTER_SUBJECT).min(folded.len());
        while !folded.is_char_boundary(end) {
            end -= 1;
        }
        let mut start = r.start.saturating_sub(READ_BEFORE_SUBJECT);
        while !folded.is_char_boundary(start) {
            start += 1;
        }
        let near = &folded[start..end];
        let words = words(near);
        let first = words.partition_point(|w| w.end <= r.start - start);
        let last = words.partition_point(|w| w.end < r.end - start);
        !effect_verbs(near, &words, &[(first, last)], *how).is_empty()
    })
}

#[cfg(test)]
#[path = "efficacy_tests.rs"]
mod tests;
