//! Evidence as data: what one side of a contrast or agreement rests on — whose voice the
//! sentence is, the stance read and its polarity, and every cue that counted, as byte spans
//! of the sentence.
//!
//! In: the readings of the stance, figure and quote stages. Out: [`SideEvidence`], which every
//! printer (text, Markdown, JSON, the reader) renders; the reason sentence is one rendering of
//! it, never the only form.

use std::ops::Range;

/// Whose claim a sentence is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum VoiceKind {
    /// The author's own claim.
    Author,
    /// Words of a named speaker, quoted or paraphrased ("Khamenei said…").
    Speaker,
    /// A view the article reports without owning it ("critics argue…").
    Reported,
    /// A view set up to be rebutted ("They argue that … But …").
    Rebutted,
}

impl VoiceKind {
    pub fn label(self) -> &'static str {
        match self {
            VoiceKind::Author => "author",
            VoiceKind::Speaker => "speaker",
            VoiceKind::Reported => "reported",
            VoiceKind::Rebutted => "rebutted",
        }
    }
}

/// Whose claim a sentence is, and who speaks when someone does.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Voice {
    pub kind: VoiceKind,
    /// "Ali Khamenei", "critics"; `None` for the author.
    pub speaker: Option<String>,
}

impl Voice {
    pub fn author() -> Voice {
        Voice { kind: VoiceKind::Author, speaker: None }
    }

    /// The voice of words attributed to `speaker` (the author's own when there is none).
    pub fn of_speaker(speaker: Option<&str>) -> Voice {
        match speaker {
            None => Voice::author(),
            Some(s) => Voice { kind: VoiceKind::Speaker, speaker: Some(s.to_string()) },
        }
    }

    pub fn is_author(&self) -> bool {
        self.kind == VoiceKind::Author
    }
}

impl From<&crate::targets::speakers::Voice> for Voice {
    fn from(v: &crate::targets::speakers::Voice) -> Voice {
        use crate::targets::speakers::VoiceKind as Read;
        let kind = match v.kind {
            Read::Author => VoiceKind::Author,
            Read::Quoted => VoiceKind::Speaker,
            Read::Reported => VoiceKind::Reported,
            Read::Rebutted | Read::Refuted | Read::Labelled | Read::Conceded => VoiceKind::Rebutted,
        };
        Voice { kind, speaker: v.speaker.clone() }
    }
}

/// The direction of a stance, where it has one: lexicon readings are positive or negative
/// toward their target; a map stance has a name and no sign.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Polarity {
    Positive,
    Negative,
}

/// What made a cue count.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum CueKind {
    /// A stance cue of the topic map.
    Stance,
    /// A word of the opinion lexicon.
    Lexicon,
    /// A reporting or framing verb ("slammed", "conceded").
    Framing,
    /// A deed the target does to people, the verb with its object ("raised fares for riders",
    /// "expanded its discount for low-income households").
    Effect,
    /// Whose case the words make, from who speaks (`contrast::sides`): the span is the
    /// speaker's mention; a positive weight when they speak for the target, negative when not.
    Case,
    /// The figure a number contrast compares.
    Figure,
    /// The quotation a quote contrast compares.
    Quote,
    /// The words two sentences both write (a shared fact).
    Wording,
    /// What an author calls on the deciders to do ("should vote no", "Reject this plan"):
    /// `contrast::recommendations`.
    Call,
}

/// One word or phrase of the sentence that counted.
#[derive(Debug, Clone, PartialEq)]
pub struct Cue {
    pub kind: CueKind,
    /// Byte span in the sentence: `&sentence[span]` is the cue as written.
    pub span: Range<usize>,
    /// How much it counted (1.0 for a figure or a quote).
    pub weight: f32,
    /// The negation that flipped it, as a span of the same sentence.
    pub negated_by: Option<Range<usize>>,
    /// Whether it counts for the stance read on this side (false: it pulled the other way and
    /// was outweighed).
    pub supports: bool,
}

/// The stance read on one side.
#[derive(Debug, Clone, PartialEq)]
pub struct StanceRead {
    /// The map's name for it ("harm"), or "positive"/"negative" for a lexicon reading.
    pub name: String,
    pub polarity: Option<Polarity>,
    /// How clearly the cues lean this way (margin over the other stances, after hedging).
    pub strength: f32,
}

/// Where a claim's topic comes from: its sentence names it, or the sentence names no topic and
/// takes the one of the sentence before, or the one its cues point to in an article about it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum TopicFrom {
    #[default]
    Named,
    PreviousSentence,
    Cues,
}

/// Everything one side of a contrast or agreement rests on.
#[derive(Debug, Clone, PartialEq)]
pub struct SideEvidence {
    pub voice: Voice,
    /// How the sentence is tied to the target (named in it, or read from its context).
    pub topic_from: TopicFrom,
    /// `None` for figure and quote contrasts, which compare what is said, not a stance.
    pub stance: Option<StanceRead>,
    pub hedged: bool,
    pub cues: Vec<Cue>,
}

impl SideEvidence {
    /// Evidence that is only a span of the sentence (a figure, a quotation).
    pub fn span(voice: Voice, kind: CueKind, span: Range<usize>) -> SideEvidence {
        let cue = Cue { kind, span, weight: 1.0, negated_by: None, supports: true };
        SideEvidence { voice, topic_from: TopicFrom::Named, stance: None, hedged: false, cues: vec![cue] }
    }

    /// The cues that count for the stance read, in sentence order.
    pub fn supporting(&self) -> impl Iterator<Item = &Cue> {
        self.cues.iter().filter(|c| c.supports)
    }

    /// Whether the stance rests only on the verb that reports someone's words ("Whitcomb
    /// insisted"): the writer's framing of them, not a judgement in them.
    pub fn framing_only(&self) -> bool {
        self.supporting().next().is_some() && self.supporting().all(|c| c.kind == CueKind::Framing)
    }
}

/// The evidence of both sides, left first.
pub type Evidence = [SideEvidence; 2];

/// Every word a lexicon reading counted, as cues, each marked as supporting the reading's
/// direction (`positive`) or pulling the other way.
pub fn lexicon_cues(polarity: &crate::lexicon::Polarity, positive: bool) -> Vec<Cue> {
    use crate::lexicon::CueSource;
    polarity
        .cues
        .iter()
        .map(|c| Cue {
            kind: match c.source {
                CueSource::Lexicon => CueKind::Lexicon,
                CueSource::Framing => CueKind::Framing,
                CueSource::Effect => CueKind::Effect,
            },
            span: c.range.clone(),
            weight: c.weight,
            negated_by: c.negated_by.clone(),
            supports: (c.weight > 0.0) == positive,
        })
        .collect()
}

/// The text of a cue as the reason shows it: `"not … lifeline"` when a negation flipped it, in
/// the sentence's order (`"changed nothing"` when an object after it undid it, with "…" only
/// where words stand between).
pub fn cue_text(sentence: &str, cue: &Cue) -> String {
    let slice = |r: &Range<usize>| sentence.get(r.clone()).unwrap_or("");
    match &cue.negated_by {
        Some(negation) if negation.start >= cue.span.end => {
            let gap = sentence.get(cue.span.end..negation.start).unwrap_or("");
            let join = if gap.trim().is_empty() { gap } else { " … " };
            format!("{}{join}{}", slice(&cue.span), slice(negation))
        }
        Some(negation) => format!("{} … {}", slice(negation), slice(&cue.span)),
        None => slice(&cue.span).to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cue_text_names_its_negation() {
        let sentence = "The talks are not a lifeline for the regime.";
        let cue = Cue {
            kind: CueKind::Stance,
            span: 20..28,
            weight: 0.8,
            negated_by: Some(14..17),
            supports: true,
        };
        assert_eq!(cue_text(sentence, &cue), "not … lifeline");
        let plain = Cue { negated_by: None, ..cue };
        assert_eq!(cue_text(sentence, &plain), "lifeline");
        // An object after the cue that undoes it reads in the sentence's order.
        let sentence = "Sanctions changed nothing.";
        let undone = Cue { span: 10..17, negated_by: Some(18..25), ..plain };
        assert_eq!(cue_text(sentence, &undone), "changed nothing");
    }

    #[test]
    fn span_evidence_supports_its_one_cue() {
        let e = SideEvidence::span(Voice::author(), CueKind::Figure, 3..9);
        assert_eq!(e.supporting().count(), 1);
        assert!(e.voice.is_author());
        assert_eq!(e.stance, None);
    }
}
