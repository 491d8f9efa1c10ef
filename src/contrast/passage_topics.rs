//! How far two passages discuss the same things, read from the map's topics each names: two
//! sentences in passages on the same mix of topics are about the same thing even when they
//! share no word.
//!
//! In: both sides' topic hits per passage. Out: [`PassageTopics::related`], the cosine of two
//! passages' topic profiles leaving out the contrast's own target (pairing adds it to the
//! sentences' relatedness).

use crate::article::SentenceId;
use crate::contrast::input::{Pair, SideInput};
use crate::targets::table::TargetId;

/// Each side's passage profiles, left first.
pub struct PassageTopics {
    profiles: [Vec<Vec<f32>>; 2],
}

impl PassageTopics {
    pub fn of(pair: &Pair) -> PassageTopics {
        let topics = pair.map.topics.len();
        PassageTopics {
            profiles: [passage_profiles(&pair.left, topics), passage_profiles(&pair.right, topics)],
        }
    }

    /// How much the passages of a left and a right sentence share besides `target`.
    pub fn related(&self, left: SentenceId, right: SentenceId, target: TargetId) -> f32 {
        match (self.profiles[0].get(left.passage), self.profiles[1].get(right.passage)) {
            (Some(l), Some(r)) => shared_beyond(l, r, target.index()),
            _ => 0.0,
        }
    }
}

/// How much the map's topics each passage names, as unit vectors (one weight per topic), so
/// that the cosine of two passages says how far they discuss the same things.
fn passage_profiles(side: &SideInput, topics: usize) -> Vec<Vec<f32>> {
    side.passage_terms
        .iter()
        .map(|hits| {
            let mut profile = vec![0.0f32; topics];
            for hit in hits {
                if let Some(w) = profile.get_mut(hit.owner) {
                    *w += 1.0;
                }
            }
            let norm = profile.iter().map(|w| w * w).sum::<f32>().sqrt();
            if norm > 0.0 {
                profile.iter_mut().for_each(|w| *w /= norm);
            }
            profile
        })
        .collect()
}

/// The cosine of two passage profiles leaving out topic `own` (the target of the contrast):
/// every pair on a target shares it, and what tells one passage pair from another is what else
/// they discuss. An index past the profile (a derived target) leaves nothing out.
fn shared_beyond(l: &[f32], r: &[f32], own: usize) -> f32 {
    let weight = |p: &[f32]| p.get(own).copied().unwrap_or(0.0);
    let (lo, ro) = (weight(l), weight(r));
    let rest_norm = ((1.0 - lo * lo).max(0.0) * (1.0 - ro * ro).max(0.0)).sqrt();
    if rest_norm <= f32::EPSILON {
        return 0.0;
    }
    let dot: f32 = l.iter().zip(r).map(|(a, b)| a * b).sum();
    ((dot - lo * ro) / rest_norm).clamp(0.0, 1.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(v: &[f32]) -> Vec<f32> {
        let norm = v.iter().map(|x| x * x).sum::<f32>().sqrt();
        v.iter().map(|x| x / norm).collect()
    }

    #[test]
    fn passages_relate_by_the_topics_they_share_besides_the_target() {
        // Topics: 0 talks (the target), 1 civil society, 2 Israel.
        let civil = unit(&[1.0, 2.0, 0.0]);
        let also_civil = unit(&[2.0, 1.0, 0.0]);
        let israel = unit(&[1.0, 0.0, 2.0]);
        assert!((shared_beyond(&civil, &also_civil, 0) - 1.0).abs() < 1e-5);
        assert_eq!(shared_beyond(&civil, &israel, 0), 0.0);
        // Passages on the target alone share nothing else.
        assert_eq!(shared_beyond(&unit(&[1.0, 0.0, 0.0]), &unit(&[1.0, 0.0, 0.0]), 0), 0.0);
        // A derived target (past the map's topics) leaves the plain cosine.
        assert!((shared_beyond(&civil, &also_civil, 7) - 0.8).abs() < 1e-5);
    }
}
