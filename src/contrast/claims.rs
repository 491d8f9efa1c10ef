//! Claims: the sentences that say something about a target, with the stance they take on it.
//!
//! In: a body sentence (as written and folded), the topic terms found in it and its speaker.
//! Out: a [`Claim`] (targets mentioned, stance readings, voice, hedge), or nothing for
//! questions, short fragments and sentences on no target. A kept contrast's evidence is read
//! again from its sentence ([`explain_stance`]), so claims stay small on long input.

use std::ops::Range;

use crate::article::{Article, SentenceId};
use crate::contrast::cue_scope::inside_name_or_compound;
use crate::contrast::efficacy::{judged_by_effect, MIN_EFFECT_WORDS};
use crate::contrast::evidence::{Cue, CueKind, SideEvidence, StanceRead, TopicFrom, Voice};
use crate::contrast::stance::{read_stance, ExplainedStance, SentenceCues, StanceReading};
use crate::matcher::PhraseHit;
use crate::targets::table::{TargetId, TargetTable};
use crate::text::fold::fold;
use crate::topics::{CueHit, TopicMap};

/// A stance on a topic taken from the sentence before needs about two cues: the link to the
/// topic is weaker than a mention, so one word ("forced", "dismay") is not enough evidence.
const INHERITED_MIN_STRENGTH: f32 = 1.2;

/// A sentence that mentions at least one target and asserts something.
#[derive(Debug, Clone, PartialEq)]
pub struct Claim {
    pub at: SentenceId,
    /// Targets mentioned, with how often.
    pub targets: Vec<(TargetId, usize)>,
    /// The stance taken on each target where the cues are clear.
    pub stances: Vec<(TargetId, StanceReading)>,
    /// Whose claim it is: the author's, a speaker's, a reported or a rebutted view.
    pub voice: Voice,
    pub hedged: bool,
    /// The words that frame the sentence as a view its writer refutes ("To suggest that", "They
    /// argue", answered by "But this argument…"): its stances are then the opposite of what its
    /// cues say, since that is what the writer holds (see [`Claim::refute`]).
    pub refuted_by: Option<Range<usize>>,
    /// Whether the sentence names its map topic or takes it from its context.
    pub topic_from: TopicFrom,
}

impl Claim {
    pub fn stance_on(&self, target: TargetId) -> Option<&StanceReading> {
        self.stances.iter().find(|(t, _)| *t == target).map(|(_, s)| s)
    }

    pub fn mentions(&self, target: TargetId) -> usize {
        self.targets.iter().find(|(t, _)| *t == target).map_or(0, |(_, n)| *n)
    }

    /// Marks the claim as a view its writer refutes with the words at `framing`: each stance on
    /// a topic with two stances becomes the other one ("To suggest that sanctions help is
    /// false" holds that they harm); a stance among more than two has no single opposite and
    /// is dropped.
    pub fn refute(&mut self, framing: Range<usize>, stance_counts: impl Fn(TargetId) -> usize) {
        self.stances.retain_mut(|(t, s)| {
            let two = stance_counts(*t) == 2;
            if two {
                s.stance = 1 - s.stance;
            }
            two
        });
        self.refuted_by = Some(framing);
    }

    /// Share of the sentence's target mentions that go to `target`.
    pub fn focus_on(&self, target: TargetId) -> f32 {
        let total: usize = self.targets.iter().map(|(_, n)| n).sum();
        self.mentions(target) as f32 / total.max(1) as f32
    }
}

/// A body sentence as the claim readers take it: where it stands, as written and folded, and
/// its stance cues (as [`TopicMap::find_cues`] finds them in `folded`; the analysis finds them
/// for a whole passage in one pass, see [`TopicMap::read_passage`]).
#[derive(Debug, Clone, Copy)]
pub struct CuedSentence<'a> {
    pub at: SentenceId,
    pub text: &'a str,
    pub folded: &'a str,
    pub cues: &'a [CueHit],
}

/// [`claim`] for a sentence that names no topic but follows one that does ("They are calling
/// for de-escalation and peace." after a sentence on the talks): the topics of `before` count
/// as mentioned at the sentence's start, as a pronoun would, but only where the sentence takes
/// a stance on them — a sentence is not about everything its neighbour named.
pub fn claim_in_context(
    map: &TopicMap,
    sentence: CuedSentence,
    terms: &[PhraseHit],
    before: &[usize],
    min_words: usize,
) -> Option<Claim> {
    if !terms.is_empty() || before.is_empty() {
        return claim(map, sentence, terms, min_words);
    }
    let inherited: Vec<PhraseHit> = before.iter().map(|&owner| PhraseHit { owner, range: 0..0 }).collect();
    let mut found = claim(map, sentence, &inherited, min_words)?;
    found.stances.retain(|(_, s)| s.strength >= INHERITED_MIN_STRENGTH);
    found.targets.retain(|(t, _)| found.stances.iter().any(|(s, _)| s == t));
    found.topic_from = TopicFrom::PreviousSentence;
    (!found.targets.is_empty()).then_some(found)
}

/// Distinct cue phrases of one stance a sentence that names no topic needs for its cues alone to
/// tie it to the topic ("They are calling for de-escalation and peace." in an article on the
/// talks): one word ("peace", "chance") is everyday language, two of a kind are an argument.
const IMPLIED_MIN_CUES: usize = 2;

/// The claim of a sentence that names no topic and follows none, from its cues alone: when they
/// are [`IMPLIED_MIN_CUES`] or more of one stance of one topic, and nothing of any other stance
/// of it. The caller keeps it only in an article that discusses the topic.
pub fn claim_from_cues(map: &TopicMap, sentence: CuedSentence, min_words: usize) -> Option<Claim> {
    let (text, folded) = (sentence.text, sentence.folded);
    let mut cues = sentence.cues.to_vec();
    cues.retain(|c| !inside_name_or_compound(text, &c.range));
    let topic = cues.first()?.topic;
    let one_topic = cues.iter().all(|c| c.topic == topic);
    let one_stance = cues.iter().all(|c| c.stance == cues[0].stance);
    let mut distinct: Vec<&str> = cues.iter().map(|c| &folded[c.range.clone()]).collect();
    distinct.sort_unstable();
    distinct.dedup();
    if !one_topic || !one_stance || distinct.len() < IMPLIED_MIN_CUES {
        return None;
    }
    let implied = [PhraseHit { owner: topic, range: 0..0 }];
    let mut found = claim(map, sentence, &implied, min_words)?;
    found.stances.retain(|(_, s)| s.strength >= INHERITED_MIN_STRENGTH);
    found.topic_from = TopicFrom::Cues;
    (!found.stances.is_empty()).then_some(found)
}

/// The claim a body sentence makes, if any. `terms` are the map's topic hits inside the
/// sentence, relative to its start.
pub fn claim(map: &TopicMap, sentence: CuedSentence, terms: &[PhraseHit], min_words: usize) -> Option<Claim> {
    let CuedSentence { at, text, folded, cues } = sentence;
    // A short sentence is mostly a fragment (a dateline, a heading run into the text), unless
    // it says what a policy did: "Sanctions are finally biting."
    let short = text.split_whitespace().take(min_words).count() < min_words;
    if terms.is_empty()
        || text.trim_end_matches(['"', '”', '’', '\'', ')']).ends_with('?')
        || short
            && (text.split_whitespace().count() < MIN_EFFECT_WORDS || !judged_by_effect(map, folded, terms))
    {
        return None;
    }
    // One claim per sentence that names a topic, kept for the whole comparison: sized to the
    // sentence's mentions rather than the room for four a pushed-to vector keeps.
    let mut targets: Vec<(TargetId, usize)> = Vec::with_capacity(terms.len());
    for hit in terms {
        let id = TargetId::of_topic(hit.owner);
        match targets.iter_mut().find(|(t, _)| *t == id) {
            Some((_, n)) => *n += 1,
            None => targets.push((id, 1)),
        }
    }
    // Most claim sentences hold no stance cue of the topics they mention: the negations, turns
    // and hedges that would weigh such cues are only looked for when there is one.
    let cued = cues.iter().any(|c| targets.iter().any(|(t, _)| t.index() == c.topic));
    if !cued && !judged_by_effect(map, folded, terms) {
        return Some(Claim {
            at,
            targets,
            stances: Vec::new(),
            voice: Voice::author(),
            hedged: false,
            refuted_by: None,
            topic_from: TopicFrom::Named,
        });
    }
    let hedged = is_hedged(map, text, folded);
    let cues = SentenceCues::with_cues(map, text, folded, terms, hedged, cues.to_vec());
    let stances = targets
        .iter()
        .filter_map(|&(t, _)| read_stance(map, &cues, t.index()).map(|r| (t, r.reading)))
        .collect();
    Some(Claim {
        at,
        targets,
        stances,
        voice: Voice::author(),
        hedged,
        refuted_by: None,
        topic_from: TopicFrom::Named,
    })
}

/// The stance a body sentence takes on a map topic, with the cues that made it: read again
/// from the sentence alone, which finds the same topic terms as reading its passage (the
/// sentence's edges are word boundaries either way).
pub fn explain_stance(
    map: &TopicMap,
    article: &Article,
    at: SentenceId,
    topic: usize,
) -> Option<ExplainedStance> {
    let passage = article.passages.get(at.passage)?;
    let text = &passage.text[passage.sentences.get(at.sentence)?.clone()];
    let folded = fold(text);
    let mut terms = map.find_terms(&folded);
    if terms.is_empty() {
        // A claim on a topic its sentence does not name took it from the sentence before.
        terms.push(PhraseHit { owner: topic, range: 0..0 });
    }
    let hedged = is_hedged(map, text, &folded);
    read_stance(map, &SentenceCues::new(map, text, &folded, &terms, hedged), topic)
}

/// The evidence of a claim's stance on a target: its voice, the stance read and every cue that
/// counted, as spans of the sentence.
pub fn stance_evidence(
    map: &TopicMap,
    targets: &TargetTable,
    article: &Article,
    claim: &Claim,
    target: TargetId,
) -> Option<SideEvidence> {
    let reading = claim.stance_on(target)?;
    let stance_name = targets.get(target)?.stances.get(reading.stance)?.clone();
    // A refuted view's cues say the opposite of what its writer holds: each is shown negated by
    // the words that frame the view.
    let as_held = |stance: usize| if claim.refuted_by.is_some() { 1 - stance } else { stance };
    let explained = explain_stance(map, article, claim.at, target.index())
        .filter(|e| as_held(e.reading.stance) == reading.stance);
    let cues = explained
        .map(|e| e.evidence)
        .unwrap_or_default()
        .into_iter()
        .map(|c| Cue {
            kind: CueKind::Stance,
            span: c.range,
            weight: c.weight,
            negated_by: claim.refuted_by.clone().or(c.negated_by),
            supports: as_held(c.counts_for) == reading.stance,
        })
        .collect();
    Some(SideEvidence {
        voice: claim.voice.clone(),
        topic_from: claim.topic_from,
        stance: Some(StanceRead { name: stance_name, polarity: None, strength: reading.strength }),
        hedged: claim.hedged,
        cues,
    })
}

/// Whether a hedge word weakens the sentence; "May" written with a capital inside a sentence
/// is the month, not the modal verb.
pub fn is_hedged(map: &TopicMap, text: &str, folded: &str) -> bool {
    map.hedge.find(folded).into_iter().any(|h| !(h.range.start > 0 && &text[h.range] == "May"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::Config;

    fn map() -> TopicMap {
        TopicMap::new(&Config::default_config()).unwrap()
    }

    fn claim_after(text: &str, before: &[&str]) -> Option<Claim> {
        let map = map();
        let before: Vec<usize> = before.iter().map(|t| map.index_of(t).unwrap()).collect();
        let folded = fold(text);
        let terms = map.find_terms(&folded);
        let cues = map.find_cues(&folded);
        let sentence =
            CuedSentence { at: SentenceId { passage: 0, sentence: 1 }, text, folded: &folded, cues: &cues };
        claim_in_context(&map, sentence, &terms, &before, 3)
    }

    #[test]
    fn a_sentence_naming_no_topic_takes_the_one_before_only_with_clear_cues() {
        let map = map();
        let talks = TargetId::of_topic(map.index_of("negotiations").unwrap());
        let claim = claim_after("They are calling for de-escalation and peace.", &["negotiations"]).unwrap();
        assert_eq!(claim.targets, vec![(talks, 1)]);
        assert_eq!(map.topics[talks.index()].stances[claim.stances[0].1.stance], "engage");
        // One cue is too little to tie a sentence to a topic it does not name.
        assert_eq!(claim_after("Social media became the channel of their dismay.", &["negotiations"]), None);
        // Nothing before, nothing inherited.
        assert_eq!(claim_after("They are calling for de-escalation and peace.", &[]), None);
    }

    #[test]
    fn two_cues_of_one_stance_imply_their_topic() {
        let map = map();
        let at = SentenceId { passage: 0, sentence: 0 };
        let read = |text: &str| {
            let folded = fold(text);
            let cues = map.find_cues(&folded);
            claim_from_cues(&map, CuedSentence { at, text, folded: &folded, cues: &cues }, 3).map(|c| {
                let (t, s) = c.stances[0];
                format!("{} {}", map.topics[t.index()].name, map.topics[t.index()].stances[s.stance])
            })
        };
        assert_eq!(
            read("They are calling for de-escalation and peace.").as_deref(),
            Some("negotiations engage")
        );
        // One cue, or cues pulling both ways, say nothing of a topic the sentence does not name.
        assert_eq!(read("They are calling for peace at last."), None);
        assert_eq!(read("They want peace, not a lifeline or a reward."), None);
    }

    #[test]
    fn a_short_sentence_is_a_claim_only_when_it_says_what_a_policy_did() {
        let map = map();
        let at = SentenceId { passage: 0, sentence: 0 };
        let read = |text: &str| {
            let folded = fold(text);
            let (terms, cues) = (map.find_terms(&folded), map.find_cues(&folded));
            claim(&map, CuedSentence { at, text, folded: &folded, cues: &cues }, &terms, 6).map(|c| {
                c.stances
                    .iter()
                    .map(|(t, s)| map.topics[t.index()].stances[s.stance].clone())
                    .collect::<Vec<_>>()
            })
        };
        assert_eq!(read("Sanctions are finally biting."), Some(vec!["pressure".to_string()]));
        assert_eq!(read("Sanctions hurt families."), None);
        assert_eq!(read("Sanctions worked."), None, "two words are a fragment");
    }

    #[test]
    fn the_month_may_is_not_a_hedge() {
        let text = "Sanctions relief came in April and May last year.";
        assert!(!is_hedged(&map(), text, &fold(text)));
        let text = "Sanctions may hurt ordinary families.";
        assert!(is_hedged(&map(), text, &fold(text)));
    }

    fn evidence_of(text: &str, topic: &str) -> (String, SideEvidence) {
        let map = map();
        let article = Article::parse("a", &format!("Title: T\n\n{text}\n"));
        let at = SentenceId { passage: 0, sentence: 0 };
        let sentence = article.sentence_text(at).to_string();
        let folded = fold(&sentence);
        let terms = map.find_terms(&folded);
        let cues = map.find_cues(&folded);
        let cued = CuedSentence { at, text: &sentence, folded: &folded, cues: &cues };
        let claim = claim(&map, cued, &terms, 3).expect("a claim");
        let target = TargetId::of_topic(map.index_of(topic).unwrap());
        let table = TargetTable::from_map(&map);
        (sentence, stance_evidence(&map, &table, &article, &claim, target).expect("a stance"))
    }

    #[test]
    fn each_cue_span_slices_the_sentence_to_the_cue() {
        let (sentence, evidence) =
            evidence_of("Sanctions hurt ordinary Iranians and devastated families.", "sanctions");
        assert_eq!(evidence.stance.as_ref().unwrap().name, "harm");
        let cues: Vec<&str> = evidence.supporting().map(|c| &sentence[c.span.clone()]).collect();
        assert!(cues.contains(&"hurt"), "{cues:?}");
        assert!(evidence.cues.iter().all(|c| c.negated_by.is_none()));
    }

    #[test]
    fn a_negated_cue_is_marked_with_its_negation() {
        let (sentence, evidence) =
            evidence_of("The talks are not a lifeline for the regime.", "negotiations");
        let negated: Vec<(&str, &str)> = evidence
            .cues
            .iter()
            .filter_map(|c| c.negated_by.clone().map(|n| (&sentence[n], &sentence[c.span.clone()])))
            .collect();
        assert_eq!(negated, vec![("not", "lifeline")]);
        assert_eq!(evidence.stance.unwrap().name, "engage");
    }
}
