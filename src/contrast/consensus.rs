//! Consensus: where each article leans on each target overall, and whether the two mostly agree.
//!
//! In: both sides' claims and the target table. Out: a [`Consensus`] — the targets both lean the
//! same way on, those they lean opposite ways on — which the reports show ("both lean …"). Its
//! ranking factor is kept for experiments: applied, it did not help (see EVALUATION.md).

use crate::contrast::claims::Claim;
use crate::contrast::leans::claim_weight;
use crate::targets::table::{TargetId, TargetTable};

/// A lean needs this much more weight than the other stances together.
const DOMINANCE: f32 = 1.5;
/// Score factors for a contrast on a target where the articles' leans agree / differ.
pub const SAME_LEAN_FACTOR: f32 = 0.5;
pub const OPPOSITE_LEAN_FACTOR: f32 = 1.25;
/// Contrasts listed at most when the pair mostly agrees.
pub const MOSTLY_AGREE_CONTRASTS: usize = 2;

/// How the two articles lean on the targets both take a clear stance on.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Consensus {
    /// Targets both lean the same way on, with the stance's name.
    pub agree: Vec<(TargetId, String)>,
    /// Targets they lean opposite ways on, with each side's stance.
    pub disagree: Vec<(TargetId, [String; 2])>,
}

impl Consensus {
    /// Whether the two mostly agree on the map's topics (the positions the reader's map names):
    /// on at least two, twice as many in agreement (weighted by how central each is) as in
    /// disagreement. The lexicon's leans toward names found in the pair are moods more than
    /// positions (two news reports of one event "agree" on a senator's mood): they decide
    /// nothing here.
    pub fn mostly_agree_on_map(&self, targets: &TargetTable) -> bool {
        self.mostly_agree_on(targets, &|t| !targets[t].is_derived())
    }

    fn mostly_agree_on(&self, targets: &TargetTable, counts: &dyn Fn(TargetId) -> bool) -> bool {
        let agree: Vec<TargetId> = self.agree.iter().map(|(t, _)| *t).filter(|t| counts(*t)).collect();
        let disagree = self.disagree.iter().map(|(t, _)| *t).filter(|t| counts(*t));
        let weight =
            |ids: &mut dyn Iterator<Item = TargetId>| -> f32 { ids.map(|t| targets[t].salience).sum() };
        agree.len() >= 2 && weight(&mut agree.iter().copied()) >= 2.0 * weight(&mut disagree.into_iter())
    }

    /// The score factor of a contrast on `target`.
    pub fn factor(&self, target: Option<TargetId>) -> f32 {
        let Some(t) = target else { return 1.0 };
        if self.agree.iter().any(|(a, _)| *a == t) {
            SAME_LEAN_FACTOR
        } else if self.disagree.iter().any(|(d, _)| *d == t) {
            OPPOSITE_LEAN_FACTOR
        } else {
            1.0
        }
    }
}

/// Each target's weight per stance on one side, from its claims in one pass (a claim's first
/// reading of a target is its reading, as `Claim::stance_on` has it). Voices weigh as in
/// [`crate::contrast::leans`]: a view set up to be rebutted is not the article's lean.
fn stance_weights(claims: &[Claim], targets: &TargetTable) -> Vec<Vec<f32>> {
    let mut weights: Vec<Vec<f32>> = targets.iter().map(|t| vec![0.0f32; t.stances.len()]).collect();
    for claim in claims {
        for (i, (target, reading)) in claim.stances.iter().enumerate() {
            // Someone's plain words are no lean of the article's (`StanceReading::plain`).
            if reading.plain || claim.stances[..i].iter().any(|(t, _)| t == target) {
                continue;
            }
            if let Some(w) = weights.get_mut(target.index()).and_then(|w| w.get_mut(reading.stance)) {
                *w += claim_weight(claim, reading.strength);
            }
        }
    }
    weights
}

/// The stance one side leans to on a target, if its claims lean clearly.
fn lean(weight: &[f32]) -> Option<usize> {
    let (best, &top) = weight.iter().enumerate().max_by(|a, b| a.1.total_cmp(b.1))?;
    let rest: f32 = weight.iter().sum::<f32>() - top;
    (top > 0.0 && top >= DOMINANCE * rest).then_some(best)
}

/// The consensus of two sides' claims.
pub fn consensus(targets: &TargetTable, claims: [&[Claim]; 2]) -> Consensus {
    let mut out = Consensus::default();
    let weights = [stance_weights(claims[0], targets), stance_weights(claims[1], targets)];
    for t in targets.iter() {
        let side = |s: usize| weights[s].get(t.id.index()).and_then(|w| lean(w));
        let (Some(l), Some(r)) = (side(0), side(1)) else { continue };
        if l == r {
            out.agree.push((t.id, t.stances[l].clone()));
        } else {
            out.disagree.push((t.id, [t.stances[l].clone(), t.stances[r].clone()]));
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::article::SentenceId;
    use crate::contrast::evidence::{TopicFrom, Voice};
    use crate::contrast::stance::StanceReading;

    fn claim(target: u32, stance: usize, strength: f32) -> Claim {
        Claim {
            at: SentenceId { passage: 0, sentence: 0 },
            targets: vec![(TargetId(target), 1)],
            stances: vec![(
                TargetId(target),
                StanceReading { stance, strength, by_voice: false, framed: false, plain: false },
            )],
            voice: Voice::author(),
            hedged: false,
            refuted_by: None,
            topic_from: TopicFrom::Named,
        }
    }

    fn table() -> TargetTable {
        let mut t = TargetTable::default();
        for name in ["a", "b", "c"] {
            t.push_derived(name.into(), Vec::new(), crate::color::Color::Ansi(1), 1.0, None);
        }
        t
    }

    #[test]
    fn leans_agree_disagree_and_rank() {
        let left = [claim(0, 0, 1.0), claim(1, 1, 1.0), claim(2, 0, 1.0), claim(2, 1, 0.9)];
        let right = [claim(0, 0, 1.0), claim(1, 1, 0.5), claim(2, 1, 1.0)];
        let c = consensus(&table(), [&left, &right]);
        assert_eq!(c.agree.iter().map(|(t, _)| t.0).collect::<Vec<_>>(), vec![0, 1]);
        // Target 2: the left pulls both ways, so it has no lean.
        assert!(c.disagree.is_empty());
        assert!(c.mostly_agree_on(&table(), &|_| true));
        // The table's targets are all found in the pair: their leans decide nothing.
        assert!(!c.mostly_agree_on_map(&table()));
        assert_eq!(c.factor(Some(TargetId(0))), SAME_LEAN_FACTOR);
        assert_eq!(c.factor(Some(TargetId(2))), 1.0);
        let opposed = consensus(
            &table(),
            [&[claim(0, 0, 1.0), claim(1, 0, 1.0)], &[claim(0, 1, 1.0), claim(1, 1, 1.0)]],
        );
        assert_eq!(opposed.disagree.len(), 2);
        assert!(!opposed.mostly_agree_on(&table(), &|_| true));
        assert_eq!(opposed.factor(Some(TargetId(1))), OPPOSITE_LEAN_FACTOR);
    }
}
