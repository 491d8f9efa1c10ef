//! Rebutted views in other words: one article sets up a view to knock it down ("Supporters say
//! families will get more time together, but for most of us Friday will be one more workday")
//! and the other asserts that view in its author's own voice and its own words ("Many families
//! will gain a day together each week"). `denials` pairs the two when they share a run of
//! words; this pairs them by the content words the view and the claim share.
//!
//! In: both sides' voices and sentences. Out: [`ViewEcho`]es, read once per pair, as stance
//! candidates, and for a kept one the evidence: each shared word on each side. A view the writer
//! grants before turning from it ("Critics are right that …" followed by "But …") is no view
//! set up to be knocked down; only the view's own words count, not the writer's answer after
//! "but" in the same sentence.

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use crate::article::{SentenceId, Side};
use crate::contrast::evidence::{Cue, CueKind, Evidence, SideEvidence, TopicFrom, VoiceKind};
use crate::contrast::found::{Candidate, ContrastKind, Shortlist, Source};
use crate::contrast::input::Pair;
use crate::targets::conceded_then_turned;
use crate::targets::table::TargetId;
use crate::text::fold::words;
use crate::words::content_words;

/// Content words a view and a claim must share.
const MIN_SHARED: usize = 3;
/// And the share of the shorter one's content words that is.
const MIN_SHARE: f32 = 0.35;
/// Views read per side, and sentences per side beyond which the stage is not run: a book's
/// views against all its sentences would cost what the whole comparison does.
const MAX_VIEWS: usize = 50;
const MAX_SENTENCES: usize = 4000;
/// Where the writer's answer starts within a view's sentence.
const TURNS: &[&str] = &[", but ", "; but ", " but ", ", yet ", "; yet "];
/// A candidate's score: below a rebuttal in the same words, which shows its evidence whole.
const BASE_SCORE: f32 = 0.9;

/// A sentence's content words, each once, with its first place in the sentence.
type Words = Vec<(String, Range<usize>)>;

/// A view one side sets up to knock down and the other side's claim in its own words.
#[derive(Debug, Clone, PartialEq)]
pub struct ViewEcho {
    pub left: SentenceId,
    pub right: SentenceId,
    /// The side (0 left, 1 right) that sets the view up.
    pub rebutted: usize,
    /// Each shared word's bytes in the left and the right sentence, in the claim's order.
    pub shared: Vec<[Range<usize>; 2]>,
    pub share: f32,
}

/// The pair's view echoes: for each view (at most [`MAX_VIEWS`] a side), the other side's
/// claim with the highest share of shared content words (of the shorter of the two), if that
/// share and the shared count are enough.
pub fn view_echoes(pair: &Pair) -> Vec<ViewEcho> {
    let mut out = Vec::new();
    // Most pairs set up no view to knock down: the claims are not read for them.
    let any_view = |side: Side| pair.side(side).voices.iter().any(|(_, v)| v.kind == VoiceKind::Rebutted);
    if !any_view(Side::Left) && !any_view(Side::Right) {
        return out;
    }
    // Counted before any sentence is read: reading 4,000 sentences a side only to find the
    // limit passed cost a 3 MB pair 6% of its whole comparison.
    if pair.longer_than(MAX_SENTENCES) {
        return out;
    }
    let claims = [author_sentences(pair, Side::Left), author_sentences(pair, Side::Right)];
    for side in [Side::Left, Side::Right] {
        let input = pair.side(side);
        let views =
            input.voices.iter().filter(|(at, v)| v.kind == VoiceKind::Rebutted && !conceded(pair, side, *at));
        for (at, _) in views.take(MAX_VIEWS) {
            let text = input.article.sentence_text(*at);
            let view = weighty(&text[..view_end(text)]);
            let index = view_index(&view);
            let other = side.other();
            let best = claims[other.index()]
                .iter()
                .filter_map(|&(claim_at, ref claim)| {
                    let shared = shared_words(&index, claim);
                    let share = shared.len() as f32 / view.len().min(claim.len()).max(1) as f32;
                    (shared.len() >= MIN_SHARED && share >= MIN_SHARE).then_some((claim_at, shared, share))
                })
                .max_by(|a, b| a.2.total_cmp(&b.2));
            let Some((claim_at, shared, share)) = best else { continue };
            let (left, right, rebutted) =
                if side == Side::Left { (*at, claim_at, 0) } else { (claim_at, *at, 1) };
            let shared =
                shared.into_iter().map(|(v, c)| if rebutted == 0 { [v, c] } else { [c, v] }).collect();
            out.push(ViewEcho { left, right, rebutted, shared, share });
        }
    }
    out
}

/// Candidates for the echoes; a candidate's source indexes `echoes`.
pub fn echo_candidates(
    echoes: &[ViewEcho],
    target_of: &dyn Fn(SentenceId, SentenceId) -> Option<TargetId>,
    out: &mut Shortlist,
) {
    for (i, echo) in echoes.iter().enumerate() {
        out.push(Candidate {
            target: target_of(echo.left, echo.right),
            kind: ContrastKind::Stance,
            score: BASE_SCORE + echo.share / 2.0,
            left: echo.left,
            right: echo.right,
            source: Source::ViewEcho(i),
        });
    }
}

/// The evidence of a kept echo: each shared word on each side.
pub fn echo_evidence(pair: &Pair, echo: &ViewEcho) -> Evidence {
    let side = |side: Side, at: SentenceId, i: usize| {
        let voice = pair.side(side).voice_at(at);
        let cues = echo
            .shared
            .iter()
            .map(|spans| Cue {
                kind: CueKind::Wording,
                span: spans[i].clone(),
                weight: 1.0,
                negated_by: None,
                supports: true,
            })
            .collect();
        SideEvidence { voice, topic_from: TopicFrom::Named, stance: None, hedged: false, cues }
    };
    [side(Side::Left, echo.left, 0), side(Side::Right, echo.right, 1)]
}

/// The shared words as the asserting side writes them, in its order ("gain … families … day").
pub fn echo_words(pair: &Pair, echo: &ViewEcho) -> String {
    let asserting = 1 - echo.rebutted;
    let at = if asserting == 0 { echo.left } else { echo.right };
    let text = pair.side(if asserting == 0 { Side::Left } else { Side::Right }).article.sentence_text(at);
    let mut spans: Vec<&Range<usize>> = echo.shared.iter().map(|s| &s[asserting]).collect();
    spans.sort_by_key(|r| r.start);
    spans.iter().filter_map(|r| text.get((*r).clone())).collect::<Vec<_>>().join(" … ")
}

/// Where the view ends in its sentence: before the writer's answer after "but", if any.
pub fn view_end(text: &str) -> usize {
    // Compared as ASCII bytes in place: lowering the whole text could move its byte offsets.
    let bytes = text.as_bytes();
    // "not only … but also" goes on with the view; it does not answer it.
    let also = |at: usize| bytes.get(at..at + 5).is_some_and(|w| w.eq_ignore_ascii_case(b"also "));
    let starts = |t: &&str| {
        (1..(bytes.len() + 1).saturating_sub(t.len()))
            .find(|&at| bytes[at..at + t.len()].eq_ignore_ascii_case(t.as_bytes()) && !also(at + t.len()))
    };
    TURNS.iter().filter_map(starts).min().unwrap_or(text.len())
}

/// A sentence's content words, each once, with its first place. Sets and maps, not scans of
/// the words so far: a passage may be one sentence of thousands of words, read against each
/// of thousands of claims.
fn weighty(text: &str) -> Words {
    let mut out: Words = Vec::new();
    let mut seen = HashSet::new();
    for range in words(text) {
        let Some(word) = content_words(&text[range.clone()]).pop() else { continue };
        if word.chars().count() >= 3 && seen.insert(word.clone()) {
            out.push((word, range));
        }
    }
    out
}

/// A view's words, for looking each claim word up once.
fn view_index(view: &Words) -> HashMap<&str, &Range<usize>> {
    view.iter().map(|(w, r)| (w.as_str(), r)).collect()
}

/// The words two sentences share, as (view range, claim range), in the claim's order.
fn shared_words(
    view: &HashMap<&str, &Range<usize>>,
    claim: &[(String, Range<usize>)],
) -> Vec<(Range<usize>, Range<usize>)> {
    claim.iter().filter_map(|(w, c)| view.get(w.as_str()).map(|v| ((*v).clone(), c.clone()))).collect()
}

/// The body sentences of a side in its author's own voice, with their content words.
fn author_sentences(pair: &Pair, side: Side) -> Vec<(SentenceId, Words)> {
    let input = pair.side(side);
    let mut out = Vec::new();
    for (p, passage) in input.article.passages.iter().enumerate().filter(|(_, p)| p.is_body()) {
        for s in 0..passage.sentences.len() {
            let at = SentenceId { passage: p, sentence: s };
            if input.voice_at(at).kind == VoiceKind::Author {
                out.push((at, weighty(passage.sentence(s))));
            }
        }
    }
    out
}

/// Whether a rebutted sentence is a point its writer grants before turning from it.
pub fn conceded(pair: &Pair, side: Side, at: SentenceId) -> bool {
    let article = pair.side(side).article;
    let passage = &article.passages[at.passage];
    let next = (at.sentence + 1 < passage.sentences.len()).then(|| passage.sentence(at.sentence + 1));
    conceded_then_turned(article.sentence_text(at), next).is_some()
}

#[cfg(test)]
mod tests {
    use crate::compare::{compare_texts, Side};
    use crate::contrast::Detail;

    #[test]
    fn a_view_one_side_knocks_down_and_the_other_asserts_in_its_own_words_is_a_contrast() {
        let c = compare_texts(
            "The board voted for a four-day week.\n\nSupporters say families will get more time together, but for most of us Friday will be one more workday with no school.",
            "The board voted for a four-day week.\n\nMany families will gain more time together each week, for appointments, chores or time outdoors.",
        );
        let echo = c
            .contrasts
            .iter()
            .find(|x| matches!(x.detail, Detail::Rebuttal { rebutted_on_left: true, .. }))
            .unwrap_or_else(|| panic!("an echo: {:?}", c.contrasts));
        assert!(c.sentence(Side::Right, echo.right).starts_with("Many families"));
        assert!(echo.evidence[1].cues.len() >= 3);
        let why = crate::report::reason::contrast_summary(c.articles(), echo);
        assert!(
            why.starts_with("right says \"families … time … together\"; left sets it up to rebut it"),
            "{why}"
        );
    }

    #[test]
    fn the_view_ends_where_the_writers_answer_begins() {
        use super::view_end;
        let text = "Critics say the permits are unfair, BUT that gets it backwards.";
        assert_eq!(&text[..view_end(text)], "Critics say the permits are unfair");
        assert_eq!(view_end("İstanbul's critics say so; but no."), "İstanbul's critics say so".len());
        assert_eq!(view_end("No turn here."), "No turn here.".len());
        assert_eq!(view_end(""), 0);
        assert_eq!(view_end(" but"), 4);
        let text = "Critics say the fee is not only unfair but also illegal, but they are wrong.";
        assert_eq!(&text[..view_end(text)], "Critics say the fee is not only unfair but also illegal");
    }

    #[test]
    fn long_views_and_claims_cost_their_words_not_their_words_squared() {
        use super::{shared_words, view_index, weighty};
        // Distinct made-up words: a view and a claim of one 16 KiB passage each.
        let word = |i: usize| {
            let syllable = |k: usize| ["ba", "ke", "di", "mo", "tu", "sa", "ne", "ro", "vi", "lu"][k % 10];
            format!("{}{}{}{}", syllable(i), syllable(i / 10), syllable(i / 100), syllable(i / 1000))
        };
        let text: String = (0..2500).map(word).collect::<Vec<_>>().join(" ");
        let started = std::time::Instant::now();
        let view = weighty(&text);
        assert!(view.len() > 2000, "{}", view.len());
        // Fifty views a side against a few hundred such claims is what the caps allow.
        let index = view_index(&view);
        for _ in 0..1000 {
            assert_eq!(shared_words(&index, &view).len(), view.len());
        }
        let took = started.elapsed();
        // Linear work takes milliseconds even unoptimised; pairwise word comparison, seconds.
        assert!(took < std::time::Duration::from_secs(5), "took {took:?}");
    }

    #[test]
    fn a_granted_point_or_the_writers_answer_is_not_the_view() {
        // Granted, then turned from: the writer agrees as far as it goes.
        let c = compare_texts(
            "Critics are right that the old deal had flaws in its sunset clauses. But it worked.",
            "The old deal had flaws in its sunset clauses, which were a time bomb.",
        );
        assert!(
            !c.contrasts.iter().any(|x| matches!(x.detail, Detail::Rebuttal { .. })),
            "{:?}",
            c.contrasts
        );
        // The other side shares only the writer's answer after "but".
        let c = compare_texts(
            "Some residents argued that the site was too far away, but the new bus stop at the park gate answered that concern.",
            "The town added a new bus stop at the park gate last spring.",
        );
        assert!(
            !c.contrasts.iter().any(|x| matches!(x.detail, Detail::Rebuttal { .. })),
            "{:?}",
            c.contrasts
        );
    }
}
