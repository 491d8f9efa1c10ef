//! The evidence of a stance on a target the pair found itself, read again for a kept contrast
//! only: every lexicon word or framing verb that counted, as spans, or, for a reading of whose
//! case a sentence makes, the speaker's mention.
//!
//! In: the claim, its article and entities, the derived target. Out: [`SideEvidence`].

use std::ops::Range;

use crate::article::Article;
use crate::contrast::claims::Claim;
use crate::contrast::derived::{other_parties, DerivedTarget, STANCES};
use crate::contrast::evidence::{lexicon_cues, Cue, CueKind, Polarity, SideEvidence, StanceRead, TopicFrom};
use crate::contrast::officer_framing::officer_speaking;
use crate::contrast::own_words::own_words;
use crate::contrast::sides::{voice_case, Case, VoiceCase, CASE_STRENGTH};
use crate::contrast::toward::{toward, InSentence};
use crate::targets::entities::ArticleEntities;

/// The evidence of a claim's lexicon stance toward a derived target: read again from the
/// sentence, every word that counted as a span, each marked as supporting the reading or not.
pub fn lexicon_evidence(
    article: &Article,
    claim: &Claim,
    entities: &ArticleEntities,
    target: &DerivedTarget,
    side: usize,
    strength: f32,
) -> Option<SideEvidence> {
    let entity = target.entity[side];
    let text = article.sentence_text(claim.at);
    let ranges: Vec<Range<usize>> = entities
        .mentions_in(claim.at)
        .iter()
        .filter(|m| m.entity == entity)
        .map(|m| m.range.clone())
        .collect();
    // A reading of whose case the sentence makes (see `sides`) has the speaker as evidence.
    if let Some(reading) = claim.stance_on(target.id).filter(|s| s.by_voice) {
        let found = voice_case(text, claim.at, &claim.voice, entity, &target.officers, entities)?;
        let against = reading.stance == 1;
        return ((found.case == Case::Against) == against).then(|| case_evidence(claim, &found, strength));
    }
    // A group not named where its officer speaks: how the report frames the officer's words
    // (`officer_framing`).
    let officer = if ranges.is_empty() {
        officer_speaking(entities, &target.officers, entity, claim.at, text, &claim.voice)
    } else {
        None
    };
    let (ranges, own) = match officer {
        Some(officer) => (officer, true),
        None => {
            let own = own_words(&entities.entities[entity], &claim.voice, text, &ranges);
            (ranges, own)
        }
    };
    let others = other_parties(entities, claim.at, entity);
    let in_sentence = InSentence {
        ranges: &ranges,
        others: &others,
        party: target.party,
        subject: &target.subject_words,
        own,
    };
    let polarity = toward(text, &in_sentence);
    let positive = polarity.score > 0.0;
    let cues = lexicon_cues(&polarity, positive);
    let (name, sign) =
        if positive { (STANCES[0], Polarity::Positive) } else { (STANCES[1], Polarity::Negative) };
    Some(SideEvidence {
        voice: claim.voice.clone(),
        topic_from: TopicFrom::Named,
        stance: Some(StanceRead { name: name.to_string(), polarity: Some(sign), strength }),
        hedged: polarity.hedged,
        cues,
    })
}

/// The evidence of a voice's case: the speaker's mention, and the stance the case stands for.
fn case_evidence(claim: &Claim, found: &VoiceCase, strength: f32) -> SideEvidence {
    let own = found.case == Case::Own;
    let (name, sign) = if own { (STANCES[0], Polarity::Positive) } else { (STANCES[1], Polarity::Negative) };
    let weight = if own { CASE_STRENGTH } else { -CASE_STRENGTH };
    SideEvidence {
        voice: claim.voice.clone(),
        topic_from: TopicFrom::Named,
        stance: Some(StanceRead { name: name.to_string(), polarity: Some(sign), strength }),
        hedged: false,
        cues: vec![Cue {
            kind: CueKind::Case,
            span: found.speaker.clone(),
            weight,
            negated_by: None,
            supports: true,
        }],
    }
}
