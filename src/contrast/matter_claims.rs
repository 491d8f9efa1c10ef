//! Opposite claims on one matter in two op-eds: two writers arguing over the same thing in
//! their own voices, one for and one against, in words no topic map lists ("The permits are
//! fair, because everyone plays by the same rules." against "The permits will shut out the
//! people who can least plan ahead."; "A shuttle alone will not fix this." against "A proper
//! shuttle from town would fix most of the crowding.").
//!
//! A claim here is a sentence read as a subject and a predicate (`subject_claims`). Two
//! claims are on one matter when their subjects' heads are the same word ("The replacement
//! charge", not "Critics of the levy" against "The levy"), and of one time ("the old library"
//! is not "the new library"). They point in opposite directions when the opinion lexicon reads
//! their subjects with opposite signs, or when one side's predicate opens with a negation of a
//! word both predicates hold ("will not fix" against "would fix"); not where both articles
//! settle the same way on the matter (the sum of their readings of it). Read over every word
//! two sentences share instead, the same readings listed 34 contrasts on the fixture pairs, 2
//! of them expected; over every word of the two subjects, a review's 18 same-side op-ed pairs
//! got 27, all wrong (9 with heads, times and the settled sides).
//!
//! Only opinion pairs are read: in news reports the same facts recur in quoted and reported
//! speech, and the mood of a reported clause is no stance (a whole-sentence valence pairing
//! tried on the institution news sets did no better than random pairs).
//!
//! In: both articles, their voices, the similarity index. Out: at most [`MAX_PER_PAIR`]
//! [`MatterClaim`]s as stance candidates, each sentence in one of them at most, and for a kept
//! one the evidence: the lexicon words read on each side, or the shared word and its negation.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::article::{SentenceId, Side};
use crate::contrast::evidence::{
    lexicon_cues, Cue, CueKind, Evidence, Polarity, SideEvidence, StanceRead, TopicFrom, Voice, VoiceKind,
};
use crate::contrast::found::{Candidate, ContrastKind, Shortlist, Source};
use crate::contrast::input::Pair;
use crate::contrast::subject_claims::{lower_case_words, subject_claim, SubjectClaim};
use crate::contrast::toward::{toward, InSentence};
use crate::lexicon::{valence_of, CueSource};
use crate::targets::shared::shared_subject_words;
use crate::targets::table::TargetId;

/// Matter claims listed per pair at most: they rest on general words, so they fill the room
/// the map's and the names' contrasts leave, not the whole list.
const MAX_PER_PAIR: usize = 4;
/// A word in more sentences than this on a side is the article's vocabulary, not a matter two
/// sentences share; it also bounds the sentence pairs one word makes.
const MAX_SENTENCES_PER_WORD: usize = 25;
/// Sentence pairs read in all: a long pair stays linear.
const MAX_PAIRS_READ: usize = 20_000;
/// Body sentences per side beyond which the stage is not run (as for `view_echoes`).
const MAX_SENTENCES: usize = 4000;
/// A reading counts as a direction from this normalised polarity on (the derived targets'
/// threshold).
const MIN_POLARITY: f32 = 0.2;
/// Two sentences must be this similar (TF-IDF cosine) to be about the same matter.
const MIN_SIMILARITY: f32 = 0.12;
/// The denied word starts within this many bytes after its negation ("not fix", "not be able
/// to fix").
const NEGATED_WORD_REACH: usize = 16;
/// Below the view echoes (0.9) and the denials (1.2), which show the same words disputed.
const BASE_SCORE: f32 = 0.35;

/// How the two claims point in opposite directions.
#[derive(Debug, Clone, PartialEq)]
pub enum Direction {
    /// The lexicon's readings of the matter's clause, left and right, of opposite signs.
    Valence([f32; 2]),
    /// The predicate negated on side `side` (0 left, 1 right) only, by `negation`; `word` is a
    /// word both predicates hold, in the left and the right sentence.
    Negated { side: usize, word: [Range<usize>; 2], negation: Range<usize> },
}

/// Two authors' claims on the same matter pointing in opposite directions.
#[derive(Debug, Clone, PartialEq)]
pub struct MatterClaim {
    pub left: SentenceId,
    pub right: SentenceId,
    /// Each matter word the two subjects share: its bytes in the left and the right sentence.
    pub shared: Vec<[Range<usize>; 2]>,
    /// The two subjects' bytes, which the lexicon reads toward.
    pub subjects: [Range<usize>; 2],
    pub direction: Direction,
    pub score: f32,
}

/// The pair's matter claims, best first (none for a pair where either side reads as news).
pub fn matter_claims(pair: &Pair) -> Vec<MatterClaim> {
    // A book is no op-ed: reading every sentence's subject on both sides of one cost a 10 MB
    // pair a third more memory (144 → 177 MiB) for claims it does not need.
    if pair.news || pair.longer_than(MAX_SENTENCES) {
        return Vec::new();
    }
    let subject: Vec<String> = shared_subject_words([pair.left.entities, pair.right.entities]);
    // A capitalised first word is a name unless either article writes it in lower case.
    let mut lower = lower_case_words(pair.left.article);
    lower.extend(lower_case_words(pair.right.article));
    let sides = [authored(pair, Side::Left, &lower), authored(pair, Side::Right, &lower)];
    let index = [stem_index(&sides[0]), stem_index(&sides[1])];
    // Each claim's reading, once: for its article's lean and for every pair it is in.
    let readings = [Side::Left, Side::Right].map(|side| {
        let article = pair.side(side).article;
        sides[side.index()]
            .iter()
            .map(|c| reading(article.sentence_text(c.at), &c.subject_span, &subject).normalized())
            .collect::<Vec<f32>>()
    });
    let leans = [leans(&sides[0], &readings[0]), leans(&sides[1], &readings[1])];
    // Rarest shared stems first, so a budget cut drops the article's common words.
    let mut shared: Vec<(&str, &Vec<usize>, &Vec<usize>)> = index[0]
        .iter()
        .filter_map(|(stem, l)| index[1].get(stem).map(|r| (stem.as_str(), l, r)))
        .filter(|(_, l, r)| l.len() <= MAX_SENTENCES_PER_WORD && r.len() <= MAX_SENTENCES_PER_WORD)
        .collect();
    shared.sort_unstable_by_key(|(stem, l, r)| (l.len() * r.len(), *stem));
    let mut pairs: Vec<(usize, usize)> = Vec::new();
    for (_, l, r) in shared {
        if pairs.len() + l.len() * r.len() > MAX_PAIRS_READ {
            break;
        }
        pairs.extend(l.iter().flat_map(|&a| r.iter().map(move |&b| (a, b))));
    }
    pairs.sort_unstable();
    pairs.dedup();
    let mut out: Vec<MatterClaim> = pairs
        .into_iter()
        .filter_map(|(a, b)| {
            read_pair(pair, [&sides[0][a], &sides[1][b]], [readings[0][a], readings[1][b]], &leans)
        })
        .collect();
    out.sort_by(|a, b| b.score.total_cmp(&a.score).then((a.left, a.right).cmp(&(b.left, b.right))));
    // One claim per sentence: the same sentence against several others is one disagreement.
    let mut used: Vec<(Side, SentenceId)> = Vec::new();
    out.retain(|m| {
        let fresh = !used.contains(&(Side::Left, m.left)) && !used.contains(&(Side::Right, m.right));
        if fresh {
            used.extend([(Side::Left, m.left), (Side::Right, m.right)]);
        }
        fresh
    });
    out.truncate(MAX_PER_PAIR);
    out
}

/// The side's body sentences in its author's own voice that read as a claim on a subject.
fn authored(pair: &Pair, side: Side, lower: &HashSet<String>) -> Vec<SubjectClaim> {
    let input = pair.side(side);
    let mut out = Vec::new();
    for (p, passage) in input.article.passages.iter().enumerate().filter(|(_, p)| p.is_body()) {
        for s in 0..passage.sentences.len() {
            let at = SentenceId { passage: p, sentence: s };
            let voice = input.claim_at(at).map_or_else(|| input.voice_at(at), |c| c.voice.clone());
            let text = passage.sentence(s);
            if voice.kind != VoiceKind::Author || text.trim_end().ends_with('?') {
                continue;
            }
            if let Some(claim) = subject_claim(at, text, lower) {
                out.push(claim);
            }
        }
    }
    out
}

/// Per head stem, the claims (indexes) about it.
fn stem_index(sentences: &[SubjectClaim]) -> HashMap<String, Vec<usize>> {
    let mut out: HashMap<String, Vec<usize>> = HashMap::new();
    for (i, s) in sentences.iter().enumerate() {
        out.entry(s.head.0.clone()).or_default().push(i);
    }
    out
}

/// Where one side settles on each matter: the sum of its claims' readings per head stem. A
/// claim against where its own article settles is a passing remark (two writers for a levy
/// both describe the problem it solves), not the side's position.
fn leans(claims: &[SubjectClaim], readings: &[f32]) -> HashMap<String, f32> {
    let mut out: HashMap<String, f32> = HashMap::new();
    for (c, v) in claims.iter().zip(readings) {
        *out.entry(c.head.0.clone()).or_default() += v;
    }
    out
}

/// The lexicon's reading of a claim toward its subject: its evaluative words and the deeds it
/// says the subject does, not framing verbs, which judge a speaker rather than a matter, nor the
/// words after a comparison, which are about what the subject is compared with ("Diplomacy is
/// preferable to war": "war" is no judgement of diplomacy).
fn reading(text: &str, subject_span: &Range<usize>, subject_words: &[String]) -> crate::lexicon::Polarity {
    let subject = InSentence {
        ranges: std::slice::from_ref(subject_span),
        others: &[],
        party: false,
        subject: subject_words,
        own: false,
    };
    let mut polarity = toward(text, &subject);
    let folded = crate::text::fold::fold(text);
    let compared = COMPARISONS
        .iter()
        .filter_map(|c| folded.get(subject_span.end..)?.find(c).map(|at| subject_span.end + at))
        .filter(|&at| !degree_before(&folded, at))
        .min()
        .unwrap_or(text.len());
    let before = polarity.cues.len();
    polarity.cues.retain(|c| c.source != CueSource::Framing && c.range.start < compared);
    if polarity.cues.len() != before {
        polarity.score = polarity.cues.iter().map(|c| c.weight).sum();
    }
    polarity
}

/// Whether the comparison at `at` is a degree ("more than generous", "less than fair"), not a
/// turn to another thing.
fn degree_before(folded: &str, at: usize) -> bool {
    let before = folded[..at].trim_end();
    let after = folded[at..].trim_start().strip_prefix("than").map(str::trim_start).unwrap_or("");
    let next = after.split(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
    (before.ends_with(" more") || before.ends_with(" less")) && crate::lexicon::valence_of(next) != 0.0
}

/// Where a predicate turns to what its subject is compared with.
const COMPARISONS: &[&str] = &[" than ", " preferable to ", " superior to ", " instead of ", " unlike "];

/// Two claims on one head, if they point in opposite directions where each side settles.
fn read_pair(
    pair: &Pair,
    claims: [&SubjectClaim; 2],
    valence: [f32; 2],
    leans: &[HashMap<String, f32>; 2],
) -> Option<MatterClaim> {
    let [left, right] = claims;
    // Two sentences that both take a stance on a target are the stance stage's to pair, with
    // the target's name and the stance's.
    let takes_stance =
        |side: Side, at: SentenceId| pair.side(side).claim_at(at).is_some_and(|c| !c.stances.is_empty());
    if takes_stance(Side::Left, left.at) && takes_stance(Side::Right, right.at) {
        return None;
    }
    // "The old library" and "the new library" are two things.
    if left.era.is_some() && right.era.is_some() && left.era != right.era {
        return None;
    }
    let similarity = pair.index.sentence_similarity(left.at, right.at);
    if similarity < MIN_SIMILARITY {
        return None;
    }
    let spans = [left.subject_span.clone(), right.subject_span.clone()];
    let lean = [0, 1].map(|i| leans[i].get(&claims[i].head.0).copied().unwrap_or(0.0));
    let strong = |v: [f32; 2]| v.iter().all(|x| x.abs() >= MIN_POLARITY);
    // Two articles that settle the same way on the matter do not disagree on it.
    if lean[0] * lean[1] > 0.0 && strong(lean) {
        return None;
    }
    let direction = if valence[0] * valence[1] < 0.0 && strong(valence) {
        Direction::Valence(valence)
    } else if valence[0] * valence[1] > 0.0 && strong(valence) {
        return None;
    } else {
        negated_predicate(claims)?
    };
    let strength = match &direction {
        Direction::Valence(v) => v[0].abs().min(v[1].abs()),
        Direction::Negated { .. } => 0.5,
    };
    Some(MatterClaim {
        left: left.at,
        right: right.at,
        shared: vec![[left.head.1.clone(), right.head.1.clone()]],
        subjects: spans,
        direction,
        score: BASE_SCORE * (1.0 + similarity) * (0.5 + strength),
    })
}

/// The predicate negated on one side only, the first words after the negation holding a word
/// the other predicate asserts ("will not fix" against "would fix"): the shared word and the
/// negation. An evaluative word before it takes the negation ("would not be unfair to small
/// shops" denies no "small"), and a claim the asserting side limits with "only" ("can be
/// justified only by …") is no plain assertion to deny.
fn negated_predicate(claims: [&SubjectClaim; 2]) -> Option<Direction> {
    let side = match (&claims[0].negation, &claims[1].negation) {
        (Some(_), None) => 0,
        (None, Some(_)) => 1,
        _ => return None,
    };
    if claims[1 - side].limited {
        return None;
    }
    let negation = claims[side].negation.clone()?;
    let denier = claims[side];
    let mut after = denier.predicate.iter().filter(|(_, r)| {
        r.start >= negation.end
            && r.start - negation.end <= NEGATED_WORD_REACH
            && r.start < denier.negation_ends
    });
    let (at, other) = after.find_map(|(stem, at)| {
        let other = claims[1 - side].predicate.iter().find(|(s, _)| s == stem).map(|(_, r)| r.clone());
        (other.is_some() || valence_of(stem) != 0.0).then_some((at, other))
    })?;
    let other = other?;
    let word = if side == 0 { [at.clone(), other] } else { [other, at.clone()] };
    Some(Direction::Negated { side, word, negation })
}

/// Stance candidates for the pair's matter claims; a candidate's source indexes `claims`.
pub fn matter_candidates(
    claims: &[MatterClaim],
    target_of: &dyn Fn(SentenceId, SentenceId) -> Option<TargetId>,
    out: &mut Shortlist,
) {
    for (i, m) in claims.iter().enumerate() {
        out.push(Candidate {
            target: target_of(m.left, m.right),
            kind: ContrastKind::Stance,
            score: m.score,
            left: m.left,
            right: m.right,
            source: Source::Matter(i),
        });
    }
}

/// The shared matter words as the left side writes them ("permits, fair").
pub fn matter_words_shown(pair: &Pair, m: &MatterClaim) -> Vec<String> {
    let text = pair.left.article.sentence_text(m.left);
    m.shared.iter().filter_map(|s| text.get(s[0].clone()).map(str::to_string)).collect()
}

/// The evidence of a kept matter claim: each side's lexicon words, or the shared word with the
/// negation before it on the side that denies it.
pub fn matter_evidence(pair: &Pair, m: &MatterClaim) -> Evidence {
    let texts = [pair.left.article.sentence_text(m.left), pair.right.article.sentence_text(m.right)];
    let subject = shared_subject_words([pair.left.entities, pair.right.entities]);
    let lexicon = |i: usize, positive: bool| -> Vec<Cue> {
        lexicon_cues(&reading(texts[i], &m.subjects[i], &subject), positive)
    };
    let wording = |span: Range<usize>, negation: Option<Range<usize>>| Cue {
        kind: CueKind::Wording,
        span,
        weight: if negation.is_some() { -1.0 } else { 1.0 },
        negated_by: negation,
        supports: true,
    };
    let side = |i: usize| -> SideEvidence {
        let (positive, strength, cues) = match &m.direction {
            Direction::Valence(v) => (v[i] > 0.0, v[i].abs(), lexicon(i, v[i] > 0.0)),
            Direction::Negated { side, word, negation } => {
                let denies = *side == i;
                (!denies, 0.5, vec![wording(word[i].clone(), denies.then(|| negation.clone()))])
            }
        };
        let (name, sign) =
            if positive { ("positive", Polarity::Positive) } else { ("negative", Polarity::Negative) };
        SideEvidence {
            voice: Voice::author(),
            topic_from: TopicFrom::Named,
            stance: Some(StanceRead { name: name.to_string(), polarity: Some(sign), strength }),
            hedged: false,
            cues,
        }
    };
    [side(0), side(1)]
}

#[cfg(test)]
#[path = "matter_claims_tests.rs"]
mod tests;
