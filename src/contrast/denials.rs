//! Denials: one article writes what the other denies in the same words ("the June strikes set
//! the program back by years" against "they did not set the program back by years"; "Cameras
//! change how people drive." against "A camera does not change how people drive"). No word
//! list of the subject is needed: the shared words name what is in dispute and the negation
//! right before them on one side only is the disagreement.
//!
//! In: both articles (`wording` finds the runs), each sentence's voice. Out: stance candidates
//! whose source is the run, and for a kept one the evidence: the shared words on each side,
//! the denying side's cue negated by its "not". Only the authors' own claims count: in news
//! reports the same words recur in quoted and reported speech, where a "not" before them is
//! someone's account rather than the paper's denial (BASIL: five such pairings, none a slant).
//!
//! Rebuttals are the same disagreement told the other way: one author asserts the words in
//! their own voice and the other reports them as a view set up to be knocked down ("A permit is
//! no different from booking a campsite." against "Supporters like to say that a permit is no
//! different from booking a campsite, but it is not."). Written alike, they would otherwise be
//! listed as a fact both report.

use crate::article::{SentenceId, Side};
use crate::contrast::evidence::Voice;
use crate::contrast::evidence::{Cue, CueKind, Evidence, SideEvidence, TopicFrom, VoiceKind};
use crate::contrast::found::{Candidate, ContrastKind, Shortlist, Source};
use crate::contrast::input::Pair;
use crate::contrast::wording::{SharedRun, DENIED_WORDS, REBUTTED_WORDS};
use crate::targets::table::TargetId;

/// A denial's score: an author asserting and another denying the same words is as strong as a
/// clear stance contrast on a central target, more with a longer run.
const BASE_SCORE: f32 = 1.2;

/// Denial candidates among the pair's shared `runs`, pushed to `out`; a candidate's source
/// indexes `runs`.
pub fn denial_candidates(
    pair: &Pair,
    runs: &[SharedRun],
    target_of: &dyn Fn(SentenceId, SentenceId) -> Option<TargetId>,
    out: &mut Shortlist,
) {
    let authors = |side: Side, at: SentenceId| voice_of(pair, side, at).kind == VoiceKind::Author;
    for (i, run) in runs.iter().enumerate() {
        let source =
            if run.fits(&DENIED_WORDS) && authors(Side::Left, run.left) && authors(Side::Right, run.right) {
                Source::Denial(i)
            } else if rebutted_side(pair, run).is_some() {
                Source::Rebuttal(i)
            } else {
                continue;
            };
        out.push(Candidate {
            target: target_of(run.left, run.right),
            kind: ContrastKind::Stance,
            score: BASE_SCORE + (run.words as f32 / 10.0).min(0.8),
            left: run.left,
            right: run.right,
            source,
        });
    }
}

/// The voice a sentence speaks in: its claim's, else the one read for it.
fn voice_of(pair: &Pair, side: Side, at: SentenceId) -> Voice {
    let input = pair.side(side);
    input.claim_at(at).map_or_else(|| input.voice_at(at), |c| c.voice.clone())
}

/// The side (0 left, 1 right) that sets up the run's words as a view to rebut while the other
/// asserts them in its author's own voice, if one does.
pub fn rebutted_side(pair: &Pair, run: &SharedRun) -> Option<usize> {
    if !run.fits(&REBUTTED_WORDS) {
        return None;
    }
    let kinds = [voice_of(pair, Side::Left, run.left).kind, voice_of(pair, Side::Right, run.right).kind];
    // A point granted before the writer turns from it is no view set up to be knocked down,
    // and words after "but" in the view's sentence are the writer's answer, not the view.
    let view = |side: Side, at: SentenceId, span: &std::ops::Range<usize>| {
        let text = pair.side(side).article.sentence_text(at);
        span.end <= crate::contrast::view_echoes::view_end(text)
            && !crate::contrast::view_echoes::conceded(pair, side, at)
    };
    match kinds {
        [VoiceKind::Rebutted, VoiceKind::Author] if view(Side::Left, run.left, &run.spans[0]) => Some(0),
        [VoiceKind::Author, VoiceKind::Rebutted] if view(Side::Right, run.right, &run.spans[1]) => Some(1),
        _ => None,
    }
}

/// The evidence of a kept denial or rebuttal: the shared words on each side, a denying side's
/// cue negated by its negation (a rebutting side's voice says it rebuts).
pub fn denial_evidence(pair: &Pair, run: &SharedRun) -> Evidence {
    let side = |side: Side, at: SentenceId, i: usize| {
        let voice = voice_of(pair, side, at);
        let negated_by = run.denial.as_ref().filter(|(denier, _)| *denier == i).map(|(_, span)| span.clone());
        let cue = Cue {
            kind: CueKind::Wording,
            span: run.spans[i].clone(),
            weight: 1.0,
            negated_by,
            supports: true,
        };
        SideEvidence { voice, topic_from: TopicFrom::Named, stance: None, hedged: false, cues: vec![cue] }
    };
    [side(Side::Left, run.left, 0), side(Side::Right, run.right, 1)]
}

#[cfg(test)]
mod tests {
    use crate::compare::{compare_texts as compared, Side};
    use crate::contrast::Detail;

    #[test]
    fn what_one_author_writes_and_the_other_denies_is_a_contrast() {
        let c = compared(
            "The town voted for the cameras last spring.\n\nCameras change how people drive.",
            "The town voted for the cameras last spring.\n\nA camera does not change how people drive; it changes how they drive for a hundred yards.",
        );
        let denial =
            c.contrasts.iter().find(|x| matches!(x.detail, Detail::Denial { .. })).expect("a denial");
        assert_eq!(c.sentence(Side::Left, denial.left), "Cameras change how people drive.");
        let [l, r] = &denial.evidence;
        assert_eq!(&c.sentence(Side::Left, denial.left)[l.cues[0].span.clone()], "change how people drive");
        assert!(l.cues[0].negated_by.is_none());
        let not = r.cues[0].negated_by.clone().expect("the denying side's negation");
        assert_eq!(&c.sentence(Side::Right, denial.right)[not], "not");
        let why = crate::report::reason::contrast_summary(c.articles(), denial);
        assert!(
            why.starts_with(
                "left says \"change how people drive\"; right denies it (\"not … change how people drive\")"
            ),
            "{why}"
        );
    }

    #[test]
    fn what_one_author_asserts_and_the_other_sets_up_to_rebut_is_a_contrast() {
        let c = compared(
            "The park starts its permits in May.\n\nA permit is no different from booking a campsite or a table.",
            "The park starts its permits in May.\n\nSupporters like to say that a permit is no different from booking a campsite, but it is not.",
        );
        let rebuttal = c
            .contrasts
            .iter()
            .find(|x| matches!(x.detail, Detail::Rebuttal { rebutted_on_left: false, .. }))
            .expect("a rebuttal");
        let why = crate::report::reason::contrast_summary(c.articles(), rebuttal);
        assert!(
            why.starts_with("left says \"A permit is no different from booking a campsite\"; right sets it up to rebut it"),
            "{why}"
        );
        assert_eq!(c.contrast_label(rebuttal), "“A permit is no different …”");
        // Not also a fact both report.
        assert!(c.facts.iter().all(|f| f.left != rebuttal.left || f.right != rebuttal.right));
        // The same words as a view on both sides, or in both authors' voices, are no rebuttal.
        let both = compared(
            "Supporters like to say that a permit is no different from booking a campsite, but it is not.",
            "Supporters like to say that a permit is no different from booking a campsite, but it is not.",
        );
        assert!(!both.contrasts.iter().any(|x| matches!(x.detail, Detail::Rebuttal { .. })));
    }

    #[test]
    fn a_denial_in_someone_elses_words_is_not_the_authors() {
        let c = compared(
            "The town voted for the cameras last spring.\n\nCameras change how people drive.",
            "The town voted for the cameras last spring.\n\n\"A camera does not change how people drive,\" the police chief said.",
        );
        assert!(!c.contrasts.iter().any(|x| matches!(x.detail, Detail::Denial { .. })), "{:?}", c.contrasts);
    }
}
