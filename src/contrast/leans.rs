//! Leans: how each article argues on each target as a whole, so that one sentence read against
//! everything else its author says about the target counts for less.
//!
//! In: one side's claims and the number of targets. Out: [`Leans`], the weight each stance gets
//! from the side's claims (the author's own claims count fully, quoted and reported views half,
//! views set up to be rebutted not at all), and [`Leans::coherence`], the factor a claim's
//! stance gets from how well it fits the rest of its article.
//!
//! Why: authors argue consistently. A stance read against the author's other claims on the same
//! target is far more often a misreading (a cue about something else, a view being rebutted, an
//! ambiguous word) than a real turn, and two articles on the same side agree on most targets, so
//! their stance "contrasts" are mostly such misreadings (eval-notes/seed-judgements-2026-12-05.md).
//! The factor is computed leaving the claim itself out, so one loud sentence does not vouch for
//! itself.

use crate::contrast::claims::Claim;
use crate::contrast::evidence::VoiceKind;
use crate::targets::table::TargetId;

/// The factor of a claim whose article, apart from it, argues the other way on its target.
pub const AGAINST_ITS_ARTICLE: f32 = 0.4;
/// The factor of a claim whose article, apart from it, argues the same way.
pub const WITH_ITS_ARTICLE: f32 = 1.3;
/// The factor of a claim whose article says nothing else about its target, or is split.
pub const NO_LEAN: f32 = 1.0;
/// Weight added to every stance before the rest of an article's claims are read as a lean:
/// about one claim's worth, so a lean needs more than one sentence behind it.
const LEAN_PRIOR: f32 = 1.0;
/// The share of the rest of the article's weight a stance needs to count as its lean.
const LEAN_SHARE: f32 = 2.0 / 3.0;

/// Per target, the weight each stance gets from one article's claims.
#[derive(Debug, Clone, Default)]
pub struct Leans {
    weights: Vec<Vec<f32>>,
}

/// A view refuted as a whole holds the writer's stance by inference (`Claim::refute`): it
/// counts as a reported one. One answered within its sentence is not the writer's.
fn voice_weight(claim: &Claim) -> f32 {
    match claim.voice.kind {
        VoiceKind::Author => 1.0,
        VoiceKind::Speaker | VoiceKind::Reported => 0.5,
        VoiceKind::Rebutted if claim.refuted_by.is_some() => 0.5,
        VoiceKind::Rebutted => 0.0,
    }
}

/// What one claim adds to its article's lean on a target.
pub fn claim_weight(claim: &Claim, strength: f32) -> f32 {
    // Strength is capped so one sentence with many cues does not outvote the article.
    voice_weight(claim) * strength.min(1.5)
}

impl Leans {
    /// The leans of one article's claims over `targets` targets.
    pub fn of(claims: &[Claim], targets: usize) -> Leans {
        let mut weights: Vec<Vec<f32>> = vec![Vec::new(); targets];
        for claim in claims {
            for (target, reading) in &claim.stances {
                let Some(per_stance) = weights.get_mut(target.index()) else { continue };
                if per_stance.len() <= reading.stance {
                    per_stance.resize(reading.stance + 1, 0.0);
                }
                per_stance[reading.stance] += claim_weight(claim, reading.strength);
            }
        }
        Leans { weights }
    }

    /// How well `claim`'s stance on `target` fits the rest of its article: 1 when the rest
    /// leans the same way, [`AGAINST_ITS_ARTICLE`] when it leans the other way, [`NO_LEAN`]
    /// when the rest is silent or split.
    pub fn coherence(&self, claim: &Claim, target: TargetId) -> f32 {
        let Some(reading) = claim.stance_on(target) else { return NO_LEAN };
        let Some(per_stance) = self.weights.get(target.index()) else { return NO_LEAN };
        let own = claim_weight(claim, reading.strength);
        // The article's weight per stance without this claim (read per candidate pair: no
        // allocation here).
        let rest = |s: usize, w: f32| if s == reading.stance { (w - own).max(0.0) } else { w };
        let total: f32 = per_stance.iter().enumerate().map(|(s, w)| rest(s, *w)).sum();
        if total < 0.5 {
            return NO_LEAN;
        }
        // Smoothed toward an even split, so that one other sentence does not make a lean: an
        // article with one claim each way is split, not against either of them.
        let smoothing = LEAN_PRIOR * per_stance.len() as f32;
        let same_weight = per_stance.get(reading.stance).map_or(0.0, |w| rest(reading.stance, *w));
        let same = (same_weight + LEAN_PRIOR) / (total + smoothing);
        if same >= LEAN_SHARE {
            WITH_ITS_ARTICLE
        } else if same <= 1.0 - LEAN_SHARE {
            AGAINST_ITS_ARTICLE
        } else {
            NO_LEAN
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::SentenceId;
    use crate::contrast::evidence::{TopicFrom, Voice};
    use crate::contrast::stance::StanceReading;

    fn claim(at: usize, stance: usize, voice: Voice) -> Claim {
        Claim {
            at: SentenceId { passage: at, sentence: 0 },
            targets: vec![(TargetId(0), 1)],
            stances: vec![(
                TargetId(0),
                StanceReading { stance, strength: 1.0, by_voice: false, framed: false, plain: false },
            )],
            voice,
            hedged: false,
            refuted_by: None,
            topic_from: TopicFrom::Named,
        }
    }

    #[test]
    fn a_claim_against_the_rest_of_its_article_counts_less() {
        let claims =
            [claim(0, 0, Voice::author()), claim(1, 0, Voice::author()), claim(2, 1, Voice::author())];
        let leans = Leans::of(&claims, 1);
        assert_eq!(leans.coherence(&claims[0], TargetId(0)), NO_LEAN, "one for, one against besides it");
        assert_eq!(leans.coherence(&claims[2], TargetId(0)), AGAINST_ITS_ARTICLE);
        let agreeing = [claim(0, 0, Voice::author()), claim(1, 0, Voice::author())];
        assert_eq!(Leans::of(&agreeing, 1).coherence(&agreeing[0], TargetId(0)), WITH_ITS_ARTICLE);
    }

    #[test]
    fn one_other_sentence_is_no_lean_to_go_against() {
        // 002 on sanctions: "resolve … hardening" and, once, "intensified economic suffering".
        let pair = [claim(0, 1, Voice::author()), claim(1, 0, Voice::author())];
        let leans = Leans::of(&pair, 1);
        assert_eq!(leans.coherence(&pair[0], TargetId(0)), NO_LEAN);
        assert_eq!(leans.coherence(&pair[1], TargetId(0)), NO_LEAN);
        let two_against =
            [claim(0, 1, Voice::author()), claim(1, 0, Voice::author()), claim(2, 0, Voice::author())];
        assert_eq!(Leans::of(&two_against, 1).coherence(&two_against[0], TargetId(0)), AGAINST_ITS_ARTICLE);
    }

    #[test]
    fn a_lone_claim_does_not_vouch_for_itself() {
        let claims = [claim(0, 1, Voice::author())];
        assert_eq!(Leans::of(&claims, 1).coherence(&claims[0], TargetId(0)), NO_LEAN);
    }

    #[test]
    fn rebutted_views_do_not_make_a_lean() {
        let rebutted = Voice { kind: VoiceKind::Rebutted, ..Voice::author() };
        let claims = [claim(0, 1, rebutted.clone()), claim(1, 1, rebutted), claim(2, 0, Voice::author())];
        assert_eq!(Leans::of(&claims, 1).coherence(&claims[2], TargetId(0)), NO_LEAN);
    }
}
