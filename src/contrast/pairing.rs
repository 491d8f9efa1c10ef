//! Pairing: claims on the same target taking opposite stances (contrast candidates) or the same
//! stance (agreements).
//!
//! In: both sides' claims, the target table and the similarity index. Out: stance candidates
//! scored by both stances' strength × how much the two sentences are about the same thing
//! (shared rare words) × how central the target is to each × the voices (a reported view
//! counts less than the author's own claim); and agreements with their evidence.

use crate::article::Side;
use crate::contrast::claims::{stance_evidence, Claim};
use crate::contrast::derived_evidence::lexicon_evidence;
use crate::contrast::evidence::SideEvidence;
use crate::contrast::evidence::VoiceKind;
use crate::contrast::found::{Agreement, Candidate, ContrastKind, Shortlist, Source};
use crate::contrast::input::{Pair, SideInput};
use crate::contrast::leans::{Leans, NO_LEAN, WITH_ITS_ARTICLE};
use crate::contrast::passage_topics::PassageTopics;
use crate::contrast::stance::StanceReading;
use crate::similarity::Spread;
use crate::targets::table::{Target, TargetId};
use crate::text::fold::last_name_word;

/// Claims per target and side considered for pairing: the strongest, so that pairing stays
/// cheap on book-length input.
const MAX_CLAIMS_PER_TARGET: usize = 120;
const MIN_STANCE_SCORE: f32 = 0.12;
/// On news, what the bar or [`MIN_STANCE_SCORE`] keeps out is held in reserve down to this
/// score, for a pair with few stronger differences (`contrast::fill`). Lower floors added
/// nothing on the news dev sets (EVALUATION.md, twenty-fourth session).
const RESERVE_FLOOR: f32 = 0.04;
const RELATED_FLOOR: f32 = 0.3;
/// What two passages on the same mix of the map's topics add to their sentences' relatedness.
const PASSAGES_RELATED: f32 = 0.3;
const REPORTED_FACTOR: f32 = 0.75;
const REBUTTED_FACTOR: f32 = 0.3;
const AGREEMENTS_PER_TARGET: usize = 3;
/// Claims with a map stance each side needs for the pair to be a subject the map was written for.
const MAP_STANCES_FOR_MAP_SUBJECT: usize = 3;
/// Or sentences naming the map's topics: an article can argue a map topic in words its cue
/// lists lack, and is still on the map's subject.
const MAP_MENTIONS_FOR_MAP_SUBJECT: usize = 12;
/// The weight of a derived target's contrasts in such a pair.
const DERIVED_BESIDE_MAP: f32 = 0.3;
/// Two sentences must share at least this much to agree (agreement needs the same thing).
const MIN_AGREEMENT_RELATEDNESS: f32 = 0.15;
/// From this relatedness on, two quotations read as opposite cases say the same thing.
const CASES_SAY_THE_SAME: f32 = 0.3;
/// How much a report's framing of someone's words ("Whitcomb insisted") must share with the
/// other report's plain account of their case to be set against it: the same remark or
/// point. Measured on the news dev sets (EVALUATION.md, twenty-third session): at 0.1 the
/// framing of one remark was set against another remark; at 0.3 the same quotation framed
/// two ways was lost.
const FRAMED_MIN_RELATED: f32 = 0.2;

/// Each side's claims with a stance, per target, strongest first (at most
/// [`MAX_CLAIMS_PER_TARGET`]): read in one pass over the claims and shared by the contrasts and
/// the agreements, instead of a scan of every claim per target and per use.
pub struct StanceLists {
    per_target: [Vec<Vec<(usize, StanceReading)>>; 2],
}

impl StanceLists {
    pub fn of(pair: &Pair) -> StanceLists {
        let targets = pair.targets.len();
        let side = |claims: &[Claim]| {
            let mut lists: Vec<Vec<(usize, StanceReading)>> = vec![Vec::new(); targets];
            for (i, claim) in claims.iter().enumerate() {
                for (target, reading) in &claim.stances {
                    // A claim's first reading of a target is its reading (`Claim::stance_on`).
                    if let Some(list) = lists.get_mut(target.index()) {
                        if list.last().is_none_or(|(last, _)| *last != i) {
                            list.push((i, *reading));
                        }
                    }
                }
            }
            for list in &mut lists {
                list.sort_by(|a, b| b.1.strength.total_cmp(&a.1.strength).then(a.0.cmp(&b.0)));
                list.truncate(MAX_CLAIMS_PER_TARGET);
            }
            lists
        };
        StanceLists { per_target: [side(pair.left.claims), side(pair.right.claims)] }
    }

    fn on(&self, side: Side, target: TargetId) -> &[(usize, StanceReading)] {
        self.per_target[side.index()].get(target.index()).map_or(&[], Vec::as_slice)
    }
}

/// Calls `found(left claim, its reading, right claim, its reading, relatedness)` for every pair
/// of claims on `target` with a stance, relating each left claim to all right ones through one
/// spread vector.
fn each_pair_on<'a>(
    pair: &Pair<'a>,
    lists: &StanceLists,
    spread: &mut Spread,
    target: TargetId,
    mut found: impl FnMut(&'a Claim, &StanceReading, &'a Claim, &StanceReading, f32),
) {
    let (left, right) = (pair.left.claims, pair.right.claims);
    let right_on = lists.on(Side::Right, target);
    if right_on.is_empty() {
        return;
    }
    for (li, ls) in lists.on(Side::Left, target) {
        let lc = &left[*li];
        spread.load(pair.index.sentence(Side::Left, lc.at));
        for (ri, rs) in right_on {
            let rc = &right[*ri];
            let related = spread.dot(pair.index.sentence(Side::Right, rc.at));
            found(lc, ls, rc, rs, related);
        }
    }
}

/// How much a target found in the pair counts beside the map's topics: fully when the map
/// has little to say about the pair (a new subject), less when both articles take stances on
/// the map's topics — the map is the reader's own statement of what matters, and the lexicon
/// reads the mood around a name, which a careful reader judged wrong in all 15 derived
/// contrasts on the seed articles (eval-notes/seed-judgements-2026-12-05.md).
fn derived_weight(pair: &Pair) -> f32 {
    let map_stances = |claims: &[Claim]| {
        claims.iter().filter(|c| c.stances.iter().any(|(t, _)| !pair.targets[*t].is_derived())).count()
    };
    let map_mentions = |claims: &[Claim]| {
        claims.iter().filter(|c| c.targets.iter().any(|(t, _)| !pair.targets[*t].is_derived())).count()
    };
    let on_map = |claims: &[Claim]| {
        map_stances(claims) >= MAP_STANCES_FOR_MAP_SUBJECT
            || map_stances(claims) >= 1 && map_mentions(claims) >= MAP_MENTIONS_FOR_MAP_SUBJECT
    };
    if on_map(pair.left.claims) && on_map(pair.right.claims) {
        DERIVED_BESIDE_MAP
    } else {
        1.0
    }
}

/// Stance candidates on every target; on news, those kept out by the bar between a case and a
/// stray word or by the floor go to `reserve` (`contrast::fill`).
pub fn stance_candidates<'a>(
    pair: &Pair<'a>,
    lists: &StanceLists,
    spread: &mut Spread,
    out: &mut Shortlist,
    reserve: &mut Shortlist,
) -> SameStance<'a> {
    let mut same = SameStance::default();
    let derived = derived_weight(pair);
    // Two sentences in passages on the same mix of topics are about the same thing even when they
    // share no word ("They are calling for de-escalation and peace" beside activists who "appeal
    // for an end to talks", both in a paragraph on what Iranians ask for).
    let passage_topics = PassageTopics::of(pair);
    let PairLeans(leans) = PairLeans::of(pair);
    for target in pair.targets.ids() {
        let is_derived = pair.targets[target].is_derived();
        // A map topic counts as the map weighs it: its stances may describe how an actor is
        // portrayed rather than a position taken (config.toml, `weight`).
        let weight = if is_derived { derived } else { pair.map.topics[target.index()].weight };
        // A map stance is a position in an argument, which an author holds throughout; the
        // lexicon's mood toward a name varies sentence by sentence (news reports slant a person
        // through some facts and not others), and weighing it by the article's lean lost three
        // of seven BASIL hits (EVALUATION.md).
        let fit =
            |side: usize, c: &Claim| if is_derived { NO_LEAN } else { leans[side].coherence(c, target) };
        // Pairs taking the same stance are kept for the agreements, read in the same pass.
        let mut agreeing: Vec<Agreeing> = Vec::new();
        let mut cases: Vec<(SpeakerPair, Candidate)> = Vec::new();
        each_pair_on(pair, lists, spread, target, |lc, ls, rc, rs, related| {
            // Whether one speaker says both sentences. Read last: most pairs fail the cheaper
            // tests, and this folds two names.
            let one_speaker = || {
                let (left_speaker, right_speaker) = speaker_pair(&pair.targets[target], lc, rc);
                !left_speaker.is_empty() && left_speaker == right_speaker
            };
            // Someone's plain words meet only the other report's framing of their words, on
            // the same point (`StanceReading::plain`).
            if ls.plain || rs.plain {
                let framing = if ls.plain { rs } else { ls };
                if framing.plain || !framing.framed || rs.stance == ls.stance || related < FRAMED_MIN_RELATED
                {
                    return;
                }
            }
            if rs.stance == ls.stance {
                // Two articles quoting the same side agree on whom they quote, not on the
                // target: an agreement needs words.
                // Nor on the words of one speaker both quote ("federal government: both say
                // negative" from the governor's one line in each): that is a remark both report
                // (`facts`), not two writers agreeing.
                if related >= MIN_AGREEMENT_RELATEDNESS && !ls.by_voice && !rs.by_voice && !one_speaker() {
                    agreeing.push(((ls.strength * rs.strength).sqrt() * related, lc, rc));
                }
                return;
            }
            // On news a word the lexicon reads is weak evidence (see `caution`): a case read
            // from who speaks is set against another such case, not against a stray word. How
            // the writer frames the target's own words ("Carrow insisted the move was …") is
            // no stray word: it is the report's slant on them, set against the other report
            // giving their case plainly.
            let framed = if ls.by_voice { rs.framed } else { ls.framed };
            // One speaker on both sides ("I hope he can", Trump told one show; he had "real
            // doubts", he told another) is that speaker saying two things, which each report
            // chose to carry: no difference between the reports unless one frames the words
            // ("complained" against the cheers the other reports). A reader judged 11 of 12
            // such contrasts in BASIL's top 3 wrong (EVALUATION.md, twenty-sixth session).
            // Speakers on themselves are read only for how each report frames their words
            // (`own_words`): "has claimed, without offering evidence" against "rightly warned".
            if !(ls.framed || rs.framed) && one_speaker() && !speaker_is(&pair.targets[target], lc) {
                return;
            }
            let barred =
                pair.news && ls.by_voice != rs.by_voice && !(framed && related >= FRAMED_MIN_RELATED);
            // Two cases read from who speaks that say much the same thing are two speakers
            // agreeing, whomever each speaks for.
            if ls.by_voice && rs.by_voice && related >= CASES_SAY_THE_SAME {
                return;
            }
            let (left_fit, right_fit) = (fit(0, lc), fit(1, rc));
            // A quoted or reported view that argues the way its article does is the article's
            // own evidence ("Narges Mohammadi has echoed this stance …"), and counts as its claim.
            // A case read from who speaks is no reported view to discount: the voice is its
            // evidence (see `sides`).
            let voice = |c: &Claim, s: &StanceReading, fit: f32| {
                if s.by_voice {
                    1.0
                } else {
                    voice_weight(c, fit == WITH_ITS_ARTICLE)
                }
            };
            let voices = voice(lc, ls, left_fit) * voice(rc, rs, right_fit);
            let focus = (lc.focus_on(target) + rc.focus_on(target)) / 2.0;
            // The targets central to both articles rank first.
            let central = 0.5 + 0.5 * pair.targets[target].salience;
            let score = (ls.strength * rs.strength).sqrt()
                * (RELATED_FLOOR + related + PASSAGES_RELATED * passage_topics.related(lc.at, rc.at, target))
                * (0.5 + 0.5 * focus)
                * voices
                * central
                * weight
                * left_fit
                * right_fit;
            let candidate = Candidate {
                target: Some(target),
                kind: ContrastKind::Stance,
                score,
                left: lc.at,
                right: rc.at,
                source: Source::Stance,
            };
            if ls.by_voice && rs.by_voice && score >= MIN_STANCE_SCORE {
                cases.push((speaker_pair(&pair.targets[target], lc, rc), candidate));
            } else if !barred && score >= MIN_STANCE_SCORE {
                out.push(candidate);
            } else if pair.news && score >= RESERVE_FLOOR {
                reserve.push(candidate);
            }
        });
        // Two cases read from who speaks rest on the speakers alone: the same two speakers on
        // the same target are one piece of evidence however many sentences each has ("Santorum
        // in his own words; Gibbs, who does not speak for him" six times over).
        cases.sort_by(|a, b| {
            b.1.score.total_cmp(&a.1.score).then((a.1.left, a.1.right).cmp(&(b.1.left, b.1.right)))
        });
        let mut listed: Vec<(SpeakerPair, usize)> = Vec::new();
        for (speakers, candidate) in cases {
            let n = match listed.iter_mut().find(|(s, _)| *s == speakers) {
                Some((_, n)) => n,
                None => {
                    listed.push((speakers, 0));
                    &mut listed.last_mut().expect("pushed").1
                }
            };
            *n += 1;
            if *n <= CASES_PER_SPEAKERS {
                out.push(candidate);
            }
        }
        if !agreeing.is_empty() {
            same.per_target.push((target, agreeing));
        }
    }
    same
}

/// How many contrasts of two cases read from who speaks one pair of speakers gives a target.
const CASES_PER_SPEAKERS: usize = 2;

/// The two speakers of a contrast, each by the last word of their name, folded ("Robert
/// Gibbs" and "Gibbs" are one speaker). A speaker that is the target is the target, by
/// whichever of its names ("Redfield Health" and "Redfield" are one speaker).
type SpeakerPair = (String, String);

fn speaker_pair(target: &Target, left: &Claim, right: &Claim) -> SpeakerPair {
    let last = |c: &Claim| match speaker_is(target, c) {
        true => last_name_word(&target.name),
        false => last_name_word(c.voice.speaker.as_deref().unwrap_or_default()),
    };
    (last(left), last(right))
}

/// Whether the claim's speaker is the target, by the last word of a name it goes by.
fn speaker_is(target: &Target, claim: &Claim) -> bool {
    let Some(speaker) = claim.voice.speaker.as_deref().map(last_name_word).filter(|s| !s.is_empty()) else {
        return false;
    };
    std::iter::once(&target.name).chain(&target.aliases).any(|form| last_name_word(form) == speaker)
}

/// Two claims taking the same stance, with how strongly and closely they agree.
type Agreeing<'a> = (f32, &'a Claim, &'a Claim);

/// Pairs of claims taking the same stance on a target, found while pairing for contrasts.
#[derive(Default)]
pub struct SameStance<'a> {
    per_target: Vec<(TargetId, Vec<Agreeing<'a>>)>,
}

/// Both sides' leans, read once for every contrast a pair weighs against them.
pub struct PairLeans([Leans; 2]);

impl PairLeans {
    pub fn of(pair: &Pair) -> PairLeans {
        let n = pair.targets.len();
        PairLeans([Leans::of(pair.left.claims, n), Leans::of(pair.right.claims, n)])
    }

    /// Whether a stance contrast on a map topic pairs two claims that each fit the rest of
    /// their own article (its lean, leaving the claim out); other contrasts (quotes, figures,
    /// targets found in the pair) pass.
    pub fn settled_on_both_sides(&self, pair: &Pair, c: &Candidate) -> bool {
        let Some(target) = c.target.filter(|t| !pair.targets[*t].is_derived()) else { return true };
        if !matches!(c.source, Source::Stance) {
            return true;
        }
        let fits = |leans: &Leans, side: &SideInput, at| {
            side.claim_at(at).is_some_and(|claim| leans.coherence(claim, target) == WITH_ITS_ARTICLE)
        };
        fits(&self.0[0], &pair.left, c.left) && fits(&self.0[1], &pair.right, c.right)
    }
}

/// A side that reports someone else counts less than the author's own claim, unless the view
/// is one its article argues too (`endorsed`); a view the author sets up to answer within the
/// sentence counts least. A view the author refutes as a whole has its stance turned to the
/// author's (`Claim::refute`), which is read only by inference: it counts as a reported one.
fn voice_weight(c: &Claim, endorsed: bool) -> f32 {
    match c.voice.kind {
        VoiceKind::Author => 1.0,
        VoiceKind::Speaker | VoiceKind::Reported if endorsed => 1.0,
        VoiceKind::Speaker | VoiceKind::Reported => REPORTED_FACTOR,
        VoiceKind::Rebutted if c.refuted_by.is_some() => REPORTED_FACTOR,
        VoiceKind::Rebutted => REBUTTED_FACTOR,
    }
}

/// The evidence of a claim's stance on a target: the map's cues for a topic, the lexicon's
/// reading of the target's clause for a target found in the pair.
pub fn evidence_of(pair: &Pair, side: Side, claim: &Claim, target: TargetId) -> Option<SideEvidence> {
    let input = pair.side(side);
    match pair.derived.iter().find(|d| d.id == target) {
        None => stance_evidence(pair.map, pair.targets, input.article, claim, target),
        Some(d) => {
            let strength = claim.stance_on(target)?.strength;
            lexicon_evidence(input.article, claim, input.entities, d, side.index(), strength)
        }
    }
}

/// Agreements: per target, the few most related pairs of claims taking the same stance, each
/// sentence used once.
pub fn agreements(pair: &Pair, same: SameStance) -> Vec<Agreement> {
    let mut out = Vec::new();
    for (target, mut found) in same.per_target {
        found.sort_by(|a, b| b.0.total_cmp(&a.0));
        let mut kept: Vec<Agreeing> = Vec::new();
        for f in found {
            if kept.len() < AGREEMENTS_PER_TARGET
                && !kept.iter().any(|k| k.1.at == f.1.at || k.2.at == f.2.at)
            {
                kept.push(f);
            }
        }
        for (score, lc, rc) in kept {
            let evidence = |side: Side, claim: &Claim| evidence_of(pair, side, claim, target);
            let (Some(l), Some(r)) = (evidence(Side::Left, lc), evidence(Side::Right, rc)) else { continue };
            let stance = l.stance.as_ref().map(|s| s.name.clone()).unwrap_or_default();
            out.push(Agreement { target, stance, score, left: lc.at, right: rc.at, evidence: [l, r] });
        }
    }
    out
}

#[cfg(test)]
#[path = "pairing_tests.rs"]
mod tests;
