//! How much a contrast can bear: a stance read from evaluative words in a news report is
//! weak evidence, and the reports say so.
//!
//! In: each article's body sentences and the voices read for them; a contrast's kind and
//! target. Out: the share of each article's sentences that quote or report someone
//! ([`reported_share`]), whether a pair holds a news report ([`reads_as_news`]), and the
//! caution a contrast carries ([`caution_for`]): weak on news, or read from who speaks.
//!
//! Why: on BASIL dev (30 events, each told by three outlets) a reader judged the top 10
//! contrasts of every pair (eleventh session). Of 470 stance contrasts on people the pair
//! named — read by the opinion lexicon, no topic map behind them — 9 were correct and 30 weak:
//! a news report's evaluative words mostly describe events ("apologized", "won", "attack") or
//! belong to someone else in the sentence, and the two outlets usually report both camps.
//! Ranking and filtering them by voice, by shared words, by the strength of their cues or by
//! the nearest name did not separate the right ones from the rest (EVALUATION.md). On opinion
//! writing the same readings hold up far better (the seed op-eds: 19 of 26 of the top 10
//! correct; the hand-written op-ed pairs), so the caution is for news reports only. A news
//! report is told through others: of BASIL dev's 90 articles, the middle half have 0.48 to 0.74
//! of their body sentences in others' voices, and 85 have 0.3 or more; the four seed op-eds
//! have 0.16 to 0.23, the bundled op-eds 0.18 at most.

use crate::article::{Article, SentenceId};
use crate::contrast::evidence::{CueKind, Evidence, SideEvidence, Voice};
use crate::contrast::found::ContrastKind;

/// The share of body sentences in others' voices from which an article reads as a news report.
pub const NEWS_REPORTED_SHARE: f32 = 0.3;

/// What a weak contrast says of itself, beside its reason.
pub const WEAK_ON_NEWS: &str = "weak evidence: evaluative words read in a news report";

/// The same, as the reader's list marks a weak contrast (its room is a pane's width).
pub const WEAK_TAG: &str = "weak evidence (news report)";

/// What a contrast read from who speaks rather than from any word says of itself: the reader
/// should check what each quotation says (see `contrast::sides`).
pub const BY_VOICE: &str = "whose case: read from who is quoted, not from what they say";

/// The same, as the reader's list marks it.
pub const BY_VOICE_TAG: &str = "whose case (from the speakers)";

/// What a contrast says of itself when one side is read only from the verb its report puts on
/// someone's words ("Whitcomb insisted"), set against the other report's account of them
/// (`contrast::pairing`): a reader should compare the two verbs.
pub const FRAMING: &str = "framing: read from the verb one report puts on someone's words";

/// The same, as the reader's list marks it.
pub const FRAMING_TAG: &str = "framing (reporting verb)";

/// What a contrast listed below the bar says of itself: on news, a short list is followed by
/// the strongest of what the bar kept out (`contrast::fill`).
pub const BELOW_BAR: &str =
    "below the bar: weaker evidence than the contrasts above it, listed because this pair has few of those";

/// The same, as the reader's list marks it.
pub const BELOW_BAR_TAG: &str = "below the bar (few above it)";

/// What every printer writes above the first contrast listed below the bar.
pub const BELOW_BAR_HEADING: &str = "Below the bar: weaker, listed as few passed";

/// The note above a list of contrasts that holds weak ones.
/// It states no figure: a count measured once would go stale in the binary when the engine or
/// its measurement changes (EVALUATION.md keeps the figures).
pub const WEAK_ON_NEWS_NOTE: &str = "A news report is among these articles (most of its sentences \
quote or report someone). There, a stance read from evaluative words is rarely a real \
disagreement: when a reader checked such contrasts on 30 news events, few held up. They are \
marked \"weak evidence\"; figures, quotations and denials are not. Where a pair has few \
differences, weaker ones follow, marked \"below the bar\".";

/// The share of an article's body sentences that quote or report someone (`voices` holds the
/// voice of every body sentence that is not the author's own); 0 for an article with no body.
pub fn reported_share(article: &Article, voices: &[(SentenceId, Voice)]) -> f32 {
    let body: usize = article.passages.iter().filter(|p| p.is_body()).map(|p| p.sentences.len()).sum();
    if body == 0 {
        return 0.0;
    }
    voices.len().min(body) as f32 / body as f32
}

/// Whether either of two articles with these reported shares reads as a news report: a stance
/// contrast needs both sides read right, and one side read from a news report is already weak.
pub fn reads_as_news(shares: [f32; 2]) -> bool {
    shares.iter().any(|&s| s >= NEWS_REPORTED_SHARE)
}

/// The caution of a contrast from its evidence: [`BELOW_BAR`] for one listed below the bar,
/// [`FRAMING`] for a stance on news with a side read only from a reporting verb, else as
/// [`caution_for`] reads it.
pub fn caution_of(
    news: bool,
    kind: ContrastKind,
    derived_target: bool,
    below_bar: bool,
    evidence: &Evidence,
) -> Option<&'static str> {
    if below_bar {
        return Some(BELOW_BAR);
    }
    // Read from words on at least one side, or only from who speaks on both.
    let from_words = evidence.iter().any(|e| e.supporting().any(|c| c.kind != CueKind::Case));
    let framed = evidence.iter().any(SideEvidence::framing_only);
    if news && framed && kind == ContrastKind::Stance && derived_target {
        return Some(FRAMING);
    }
    caution_for(news, kind, derived_target, from_words)
}

/// The caution a contrast carries: [`BY_VOICE`] for a stance on a target the pair found itself
/// that neither side reads from words; else [`WEAK_ON_NEWS`] for one read by the lexicon where
/// a side is a news report; none otherwise.
pub fn caution_for(
    news: bool,
    kind: ContrastKind,
    derived_target: bool,
    from_words: bool,
) -> Option<&'static str> {
    if kind != ContrastKind::Stance || !derived_target {
        return None;
    }
    if !from_words {
        return Some(BY_VOICE);
    }
    news.then_some(WEAK_ON_NEWS)
}

/// Whether a caution marks a contrast read from evaluative words on news, which the reports'
/// note above the list explains.
pub fn is_weak(caution: &str) -> bool {
    caution == WEAK_ON_NEWS || caution == BELOW_BAR
}

/// The reader's tag for a caution.
pub fn tag(caution: &str) -> &'static str {
    if caution == BELOW_BAR {
        BELOW_BAR_TAG
    } else if caution == BY_VOICE {
        BY_VOICE_TAG
    } else if caution == FRAMING {
        FRAMING_TAG
    } else {
        WEAK_TAG
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        Article::parse("a", &format!("Title: a\n\n{text}\n"))
    }

    #[test]
    fn the_reported_share_counts_sentences_in_others_voices() {
        let a = article("One said so. Two said so. Three is mine. Four is mine.");
        let at =
            |sentence| SentenceId { passage: a.passages.iter().position(|p| p.is_body()).unwrap(), sentence };
        let voices = vec![(at(0), Voice::of_speaker(Some("One"))), (at(1), Voice::of_speaker(Some("Two")))];
        assert_eq!(reported_share(&a, &voices), 0.5);
        assert_eq!(reported_share(&a, &[]), 0.0);
        assert_eq!(reported_share(&article(""), &[]), 0.0);
    }

    #[test]
    fn only_lexicon_stances_between_two_news_reports_are_weak() {
        assert!(reads_as_news([0.5, 0.3]));
        assert!(reads_as_news([0.23, 0.5]));
        assert!(!reads_as_news([0.16, 0.23]));
        assert_eq!(caution_for(true, ContrastKind::Stance, true, true), Some(WEAK_ON_NEWS));
        assert_eq!(caution_for(true, ContrastKind::Stance, false, true), None);
        assert_eq!(caution_for(true, ContrastKind::Quote, true, true), None);
        assert_eq!(caution_for(false, ContrastKind::Stance, true, true), None);
        // Read from who speaks on both sides: say so, news or not.
        assert_eq!(caution_for(false, ContrastKind::Stance, true, false), Some(BY_VOICE));
        assert_eq!(caution_for(true, ContrastKind::Stance, true, false), Some(BY_VOICE));
        assert_eq!(tag(BY_VOICE), BY_VOICE_TAG);
        assert_eq!(tag(FRAMING), FRAMING_TAG);
    }

    #[test]
    fn a_side_read_only_from_a_reporting_verb_on_news_is_framing() {
        use crate::contrast::evidence::{Cue, TopicFrom};
        let side = |kind: CueKind| SideEvidence {
            voice: Voice::author(),
            topic_from: TopicFrom::Named,
            stance: None,
            hedged: false,
            cues: vec![Cue { kind, span: 0..8, weight: -0.8, negated_by: None, supports: true }],
        };
        let framed = [side(CueKind::Case), side(CueKind::Framing)];
        assert_eq!(caution_of(true, ContrastKind::Stance, true, false, &framed), Some(FRAMING));
        // Listed below the bar says so first, whatever it rests on.
        assert_eq!(caution_of(true, ContrastKind::Stance, true, true, &framed), Some(BELOW_BAR));
        assert_eq!(tag(BELOW_BAR), BELOW_BAR_TAG);
        assert!(is_weak(BELOW_BAR) && is_weak(WEAK_ON_NEWS) && !is_weak(FRAMING));
        // Off news, or with a word of the lexicon beside the verb, it is what it was.
        assert_eq!(caution_of(false, ContrastKind::Stance, true, false, &framed), None);
        let worded = [side(CueKind::Case), side(CueKind::Lexicon)];
        assert_eq!(caution_of(true, ContrastKind::Stance, true, false, &worded), Some(WEAK_ON_NEWS));
        let cases = [side(CueKind::Case), side(CueKind::Case)];
        assert_eq!(caution_of(true, ContrastKind::Stance, true, false, &cases), Some(BY_VOICE));
        assert_eq!(tag(WEAK_ON_NEWS), WEAK_TAG);
    }
}
