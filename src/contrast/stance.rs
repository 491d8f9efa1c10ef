//! Reads the stance a sentence takes on each topic it mentions, keeping the evidence.
//!
//! Cue phrases of a topic's stances are counted near the topic's mention; a negation just
//! before a cue flips it to the opposing stance ("not a lifeline"); a cue after "but",
//! "however" or "yet" outweighs one before it (as VADER does for sentiment); hedges ("may",
//! "reportedly") weaken the whole sentence. Every number here can be traced to cue words that
//! the reason shown to the reader names. Which matched words judge nothing where they stand
//! (names, compounds, idioms, "not un-…") is decided in `cue_scope`.

use std::ops::Range;

use crate::contrast::cue_scope::{
    concession_ends, inside_idiom, inside_name_or_compound, is_litotes, names_its_partisans,
};
use crate::contrast::efficacy::{effect_verbs, EffectVerb, Judged};
use crate::matcher::PhraseHit;
use crate::text::fold::words;
use crate::topics::{CueHit, TopicMap};

/// How many words before a cue a negation may stand and still flip it.
const NEGATION_WINDOW: usize = 5;
/// Cues within this many words of the topic's mention count fully; farther ones count less.
const NEAR_WINDOW: usize = 8;
const FAR_CUE_WEIGHT: f32 = 0.6;
const BEFORE_TURN_WEIGHT: f32 = 0.5;
const AFTER_TURN_WEIGHT: f32 = 1.5;
const NEGATED_WEIGHT: f32 = 0.8;
/// A cue right beside another topic's mention, nearer to it than to any of this topic's, is
/// about that other thing ("since the conflict escalated, the US and Israel…"): it counts this
/// much. Only right beside: a farther mention says little about what the cue qualifies.
const BESIDE_OTHER_WEIGHT: f32 = 0.3;
const BESIDE: usize = 2;
pub const HEDGE_FACTOR: f32 = 0.6;
/// The winning stance needs this much more weight than the runner-up.
const DOMINANCE: f32 = 1.5;

/// One cue phrase that fired, as byte spans of the sentence.
#[derive(Debug, Clone, PartialEq)]
pub struct CueReading {
    /// Where the cue stands in the sentence.
    pub range: Range<usize>,
    /// The stance the cue's list belongs to.
    pub listed_for: usize,
    /// The stance it counted for (the other one when negated).
    pub counts_for: usize,
    /// The negation that flipped it.
    pub negated_by: Option<Range<usize>>,
    pub weight: f32,
}

/// The stance a sentence takes on one topic, as every claim keeps it.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct StanceReading {
    pub stance: usize,
    /// Margin of the winning stance over the others, after hedging.
    pub strength: f32,
    /// Read from who speaks rather than from any word (see `contrast::sides`).
    pub by_voice: bool,
    /// Read only from how the writer frames the target's own words: a reporting verb
    /// ("insisted", "admitted", "touted"), not what they say (see `contrast::derived`).
    pub framed: bool,
    /// Someone's own words, read as their case only against the other report's framing of
    /// their words (see `contrast::derived`): set against anything else, a person's plain
    /// quotation is no difference between two reports.
    pub plain: bool,
}

/// A reading with the cue words that made it, as a reason shows them. Claims keep only the
/// reading: on a long, claim-dense article the evidence of every reading took more memory than
/// the rest of the analysis, and only the few contrasts kept need theirs, which are read again
/// (see [`crate::contrast::claims::explain_stance`]).
#[derive(Debug, Clone, PartialEq)]
pub struct ExplainedStance {
    pub reading: StanceReading,
    pub evidence: Vec<CueReading>,
}

/// The sentence-level facts stance reading needs, computed once per sentence and shared by
/// every topic the sentence mentions.
pub struct SentenceCues<'a> {
    pub text: &'a str,
    pub folded: &'a str,
    pub terms: &'a [PhraseHit],
    pub hedged: bool,
    word_ranges: Vec<Range<usize>>,
    /// Each term's first word with the term's index, sorted by word: the terms beside a cue are
    /// found by a window, not by a scan of every term for every cue (a 16 KiB passage with no
    /// full stop is one sentence of thousands of terms and cues).
    term_words: Vec<(usize, usize)>,
    /// Negations as (first word, last word, byte range).
    negations: Vec<(usize, usize, Range<usize>)>,
    /// The word of the last "but"/"however" past the first word.
    turn: Option<usize>,
    cues: Vec<CueHit>,
}

impl<'a> SentenceCues<'a> {
    pub fn new(map: &TopicMap, text: &'a str, folded: &'a str, terms: &'a [PhraseHit], hedged: bool) -> Self {
        Self::with_cues(map, text, folded, terms, hedged, map.find_cues(folded))
    }

    /// [`SentenceCues::new`] with the sentence's stance cues already found.
    pub fn with_cues(
        map: &TopicMap,
        text: &'a str,
        folded: &'a str,
        terms: &'a [PhraseHit],
        hedged: bool,
        cues: Vec<CueHit>,
    ) -> Self {
        let word_ranges = words(folded);
        let word_at = |byte: usize| word_ranges.partition_point(|w| w.end <= byte);
        let negations = map
            .negation
            .find(folded)
            .into_iter()
            .filter(|h| !folded[h.range.end..].trim_start().starts_with("only"))
            .filter(|h| !is_litotes(&folded[h.range.end..]))
            .map(|h| (word_at(h.range.start), word_at(h.range.end.saturating_sub(1)), h.range))
            .collect();
        let turn = map.contrast.find(folded).into_iter().map(|h| word_at(h.range.start)).rfind(|&w| w > 0);
        let turn = turn.max(concession_ends(folded).map(word_at));
        let mut term_words: Vec<(usize, usize)> =
            terms.iter().enumerate().map(|(i, t)| (word_at(t.range.start), i)).collect();
        term_words.sort_unstable();
        SentenceCues { text, folded, terms, hedged, word_ranges, term_words, negations, turn, cues }
    }

    /// The terms whose first word is within `reach` words of word `at`.
    fn terms_near(&self, at: usize, reach: usize) -> impl Iterator<Item = (usize, &PhraseHit)> + '_ {
        let from = self.term_words.partition_point(|&(w, _)| w < at.saturating_sub(reach));
        self.term_words[from..]
            .iter()
            .take_while(move |&&(w, _)| w <= at + reach)
            .map(|&(w, i)| (w, &self.terms[i]))
    }

    /// The index of the word containing (or next after) byte `at`.
    fn word_at(&self, byte: usize) -> usize {
        self.word_ranges.partition_point(|w| w.end <= byte)
    }
}

/// The negation before word `at` that reaches it: within [`NEGATION_WINDOW`] words and not
/// across the sentence's turn.
fn negation_before(s: &SentenceCues, at: usize) -> Option<Range<usize>> {
    s.negations
        .iter()
        .rev()
        .find(|(_, end, _)| {
            *end < at && at - end <= NEGATION_WINDOW && s.turn.is_none_or(|t| !(*end < t && t < at))
        })
        .map(|(_, _, range)| range.clone())
}

/// A cue of `stance` at word `at` as it counts: weighed for the sentence's turn, and flipped to
/// the other stance by a negation (dropped when the topic has more than two stances).
fn weighed(
    range: Range<usize>,
    stance: usize,
    mut weight: f32,
    at: usize,
    negation: Option<Range<usize>>,
    stance_count: usize,
    turn: Option<usize>,
) -> Option<CueReading> {
    if let Some(t) = turn {
        weight *= if at > t { AFTER_TURN_WEIGHT } else { BEFORE_TURN_WEIGHT };
    }
    let (counts_for, negated_by) = match negation {
        Some(range) if stance_count == 2 => {
            weight *= NEGATED_WEIGHT;
            (1 - stance, Some(range))
        }
        Some(_) => return None,
        None => (stance, None),
    };
    Some(CueReading { range, listed_for: stance, counts_for, negated_by, weight })
}

/// The verbs of effect whose subject is a mention of `topic`.
fn effect_verbs_of(s: &SentenceCues, topic: usize, judged: Judged) -> Vec<EffectVerb> {
    let mentions: Vec<(usize, usize)> = s
        .terms
        .iter()
        .filter(|h| h.owner == topic && !h.range.is_empty())
        .map(|h| (s.word_at(h.range.start), s.word_at(h.range.end - 1)))
        .collect();
    effect_verbs(s.folded, &s.word_ranges, &mentions, judged)
}

/// The stance on `topic`, if the cues lean clearly one way.
pub fn read_stance(map: &TopicMap, s: &SentenceCues, topic: usize) -> Option<ExplainedStance> {
    let stance_count = map.topics[topic].stances.len();
    if stance_count < 2 {
        return None;
    }
    let mentions: Vec<usize> = s
        .terms
        .iter()
        .filter(|h| h.owner == topic && !names_its_partisans(s.folded, h.range.start))
        .map(|h| s.word_at(h.range.start))
        .collect();
    if mentions.is_empty() {
        return None;
    }
    let turn = s.turn;
    let mut totals = vec![0.0f32; stance_count];
    let mut evidence = Vec::new();
    for cue in s.cues.iter().filter(|c| c.topic == topic) {
        let overlaps = |t: &PhraseHit| t.range.start < cue.range.end && cue.range.start < t.range.end;
        // A cue inside the topic's own term is the term ("pressure" in "maximum pressure"); a
        // cue that holds the term and more is a judgement of it ("end to talks").
        let inside_term = |t: &PhraseHit| {
            overlaps(t)
                && !(cue.range.start <= t.range.start && t.range.end <= cue.range.end && cue.range != t.range)
        };
        let overlaps_term = s.terms.iter().any(|t| t.owner == topic && inside_term(t));
        if overlaps_term || inside_name_or_compound(s.text, &cue.range) || inside_idiom(s.folded, &cue.range)
        {
            continue;
        }
        let at = s.word_at(cue.range.start);
        let distance = mentions.iter().map(|&m| m.abs_diff(at)).min().unwrap_or(usize::MAX);
        let mut weight = if distance <= NEAR_WINDOW { 1.0 } else { FAR_CUE_WEIGHT };
        let beside_other = s
            .terms_near(at, BESIDE)
            .any(|(w, t)| t.owner != topic && !overlaps(t) && w.abs_diff(at) < distance);
        if beside_other {
            weight *= BESIDE_OTHER_WEIGHT;
        }
        let negation = negation_before(s, at);
        let Some(reading) = weighed(cue.range.clone(), cue.stance, weight, at, negation, stance_count, turn)
        else {
            continue;
        };
        totals[reading.counts_for] += reading.weight;
        evidence.push(reading);
    }
    // The topic as the subject of a verb of effect ("sanctions have not stopped …"), where the
    // map's own cues do not already read that verb.
    if let Some((works, judged)) = map.topics[topic].judged() {
        for verb in effect_verbs_of(s, topic, judged) {
            if s.cues
                .iter()
                .any(|c| c.topic == topic && c.range.start < verb.range.end && verb.range.start < c.range.end)
            {
                continue;
            }
            let listed_for = if verb.works { works } else { 1 - works };
            let at = s.word_at(verb.range.start);
            let negation = match &verb.undone_by {
                Some(nothing) => Some(nothing.clone()),
                None => negation_before(s, at),
            };
            if let Some(reading) = weighed(verb.range, listed_for, 1.0, at, negation, stance_count, turn) {
                totals[reading.counts_for] += reading.weight;
                evidence.push(reading);
            }
        }
        evidence.sort_by_key(|c| c.range.start);
    }
    let (best, &top) = totals.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1))?;
    let runner_up =
        totals.iter().enumerate().filter(|(i, _)| *i != best).map(|(_, v)| *v).fold(0.0, f32::max);
    if top < 0.5 || top < runner_up * DOMINANCE {
        return None;
    }
    let hedge = if s.hedged { HEDGE_FACTOR } else { 1.0 };
    let reading = StanceReading {
        stance: best,
        strength: ((top - runner_up) * hedge).min(3.0),
        by_voice: false,
        framed: false,
        plain: false,
    };
    Some(ExplainedStance { reading, evidence })
}

#[cfg(test)]
#[path = "stance_tests.rs"]
mod tests;
