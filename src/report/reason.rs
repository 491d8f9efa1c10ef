//! The reason of a contrast or agreement, rendered from its evidence: the stance read on each
//! side with the cues that counted, whose voice each side is, the figures or quotations
//! compared. Every printer (text, Markdown, JSON's `reason`, the reader) shows this rendering;
//! the evidence itself stays data.

use crate::article::Article;
use crate::contrast::evidence::{cue_text, SideEvidence, TopicFrom, Voice, VoiceKind};
use crate::contrast::{Agreement, Contrast, Detail};
use crate::corpus::{Overview, PairRank};
use crate::targets::table::TargetTable;

/// The reason, starting with the target for stance contrasts ("sanctions: left says …").
pub fn contrast_reason(targets: &TargetTable, articles: [&Article; 2], c: &Contrast) -> String {
    let summary = contrast_summary(articles, c);
    match (&c.detail, c.target) {
        (Detail::Stance, Some(target)) => format!("{}: {summary}", targets.label_of(Some(target))),
        _ => summary,
    }
}

/// The reason without the target's name (for views that show the target beside it).
pub fn contrast_summary(articles: [&Article; 2], c: &Contrast) -> String {
    let sentences = [articles[0].sentence_text(c.left), articles[1].sentence_text(c.right)];
    match &c.detail {
        Detail::Stance => format!(
            "left {}; right {} ({})",
            side_summary(sentences[0], &c.evidence[0]),
            side_summary(sentences[1], &c.evidence[1]),
            voice_note(&c.evidence[0].voice, &c.evidence[1].voice),
        ),
        Detail::Figures { unit, shown, shared_context } => {
            let what = if unit == "date" { "dates".to_string() } else { format!("figures ({unit})") };
            format!(
                "different {what} for the same thing: left \"{}\", right \"{}\" (shared context: {})",
                shown[0],
                shown[1],
                shared_context.join(", ")
            )
        }
        Detail::Quotes { speaker, text, .. } => {
            let who = speaker.as_deref().unwrap_or("the same source");
            format!("{who} quoted in different words: “{}” vs “{}”", text[0], text[1])
        }
    }
}

/// The reason of a pair's strongest contrast in a corpus overview, as a teaser.
pub fn pair_teaser(o: &Overview, p: &PairRank) -> Option<String> {
    let (label, c) = p.top.as_ref()?;
    let articles = [&o.articles[p.left].article, &o.articles[p.right].article];
    let summary = contrast_summary(articles, c);
    Some(match c.detail {
        Detail::Stance => format!("{label}: {summary}"),
        _ => summary,
    })
}

/// "sanctions: both say harm".
pub fn agreement_reason(targets: &TargetTable, a: &Agreement) -> String {
    format!("{}: both say {}", targets.label_of(Some(a.target)), a.stance)
}

/// `says harm ("hurt", "not … lifeline", hedged)`: the stance and the cues that counted for it.
pub fn side_summary(sentence: &str, evidence: &SideEvidence) -> String {
    let cues: Vec<String> = evidence.supporting().map(|c| format!("\"{}\"", cue_text(sentence, c))).collect();
    let hedge = if evidence.hedged { ", hedged" } else { "" };
    let topic = match evidence.topic_from {
        TopicFrom::Named => "",
        TopicFrom::PreviousSentence => "; topic from the sentence before",
        TopicFrom::Cues => "; topic from its cues",
    };
    let stance = evidence.stance.as_ref().map_or("nothing clear", |s| s.name.as_str());
    format!("says {stance} ({}{hedge}{topic})", cues.join(", "))
}

/// Whose claims the two sides are.
pub fn voice_note(left: &Voice, right: &Voice) -> String {
    fn reported(v: &Voice) -> Option<String> {
        let who = v.speaker.clone().unwrap_or_else(|| "a view".to_string());
        match v.kind {
            VoiceKind::Author => None,
            VoiceKind::Speaker | VoiceKind::Reported => Some(format!("reports {who}")),
            VoiceKind::Rebutted => {
                // "rebuts them", not "rebuts they": a speaker read as a pronoun is its object form.
                let whom = match who.to_lowercase().as_str() {
                    "they" => "them".to_string(),
                    "he" => "him".to_string(),
                    "she" => "her".to_string(),
                    "we" => "us".to_string(),
                    "i" => "me".to_string(),
                    _ => who,
                };
                Some(format!("rebuts {whom}"))
            }
        }
    }
    match (reported(left), reported(right)) {
        (None, None) => "both in the authors' own voice".to_string(),
        (Some(s), None) => format!("left {s}, right is the author's own claim"),
        (None, Some(s)) => format!("left is the author's own claim, right {s}"),
        (Some(x), Some(y)) => format!("left {x}, right {y}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::contrast::evidence::{Cue, CueKind, StanceRead};

    fn evidence(
        name: &str,
        span: std::ops::Range<usize>,
        negated: Option<std::ops::Range<usize>>,
    ) -> SideEvidence {
        SideEvidence {
            voice: Voice::author(),
            topic_from: TopicFrom::Named,
            stance: Some(StanceRead { name: name.into(), polarity: None, strength: 1.0 }),
            hedged: false,
            cues: vec![Cue { kind: CueKind::Stance, span, weight: 1.0, negated_by: negated, supports: true }],
        }
    }

    #[test]
    fn a_side_names_its_stance_and_cues_from_the_spans() {
        let sentence = "The talks are not a lifeline for the regime.";
        let e = evidence("engage", 20..28, Some(14..17));
        assert_eq!(side_summary(sentence, &e), "says engage (\"not … lifeline\")");
        let hedged = SideEvidence { hedged: true, ..evidence("harm", 4..9, None) };
        assert_eq!(side_summary(sentence, &hedged), "says harm (\"talks\", hedged)");
        // A sentence that names no topic says where its topic came from.
        let implied = SideEvidence { topic_from: TopicFrom::Cues, ..evidence("engage", 4..9, None) };
        assert_eq!(side_summary(sentence, &implied), "says engage (\"talks\"; topic from its cues)");
        let before =
            SideEvidence { topic_from: TopicFrom::PreviousSentence, ..evidence("engage", 4..9, None) };
        assert_eq!(
            side_summary(sentence, &before),
            "says engage (\"talks\"; topic from the sentence before)"
        );
    }

    #[test]
    fn voices_are_named() {
        let speaker = Voice { kind: VoiceKind::Speaker, speaker: Some("Ali Khamenei".into()) };
        assert_eq!(voice_note(&Voice::author(), &Voice::author()), "both in the authors' own voice");
        assert_eq!(
            voice_note(&speaker, &Voice::author()),
            "left reports Ali Khamenei, right is the author's own claim"
        );
        let rebutted = Voice { kind: VoiceKind::Rebutted, speaker: Some("critics".into()) };
        assert_eq!(
            voice_note(&Voice::author(), &rebutted),
            "left is the author's own claim, right rebuts critics"
        );
        let they = Voice { kind: VoiceKind::Rebutted, speaker: Some("they".into()) };
        assert_eq!(voice_note(&they, &Voice::author()), "left rebuts them, right is the author's own claim");
    }
}
