//! Scores the stance of a sentence toward a target: the lexicon and framing cues of the
//! target's clause at full weight, the rest at [`OTHER_CLAUSE`], each cue adjusted by the
//! intensifiers and negations before it, the "but"-turn and hedges (see the module header).

use std::ops::Range;

use super::clauses::{split, Clause};
use super::effects::effect_at;
use super::positions::{
    befalls_another, clause_at, clause_start, describes_others, done_to, follows_determiner,
    target_is_subject, Parsed,
};
use super::senses::{plain_sense, quantity_idiom, rank_top, verdict_right, RIGHT_AS_VERDICT};
use super::tokens::{tokenize, Kind, Token};
use super::words::{Role, BOOST};
use super::{CueSource, Polarity, PolarityCue};

/// How much a cue in a clause without the target counts, against 1 for the target's clause.
pub const OTHER_CLAUSE: f32 = 0.3;
/// VADER's negation factor: "not good" is a little less bad than "good" is good.
const NEGATED: f32 = -0.74;
/// A negated negative word is a weak positive at most ("not wrong" is no praise): negation
/// shifts more than it flips (Taboada et al. 2011, "Lexicon-based methods for sentiment
/// analysis", on the asymmetry of negation).
const NEGATED_NEGATIVE: f32 = -0.3;
/// A negative word a shifter acts against ("combat crime") counts this much, reversed: the
/// deed is good, but less so than the word is bad.
const SHIFTED: f32 = -0.5;
const BEFORE_TURN: f32 = 0.5;
const AFTER_TURN: f32 = 1.5;
const HEDGED: f32 = 0.5;
/// Intensifiers and negations reach this many words ahead; farther intensifiers count less.
const REACH: [f32; 3] = [1.0, 0.95, 0.9];
/// A negative word describing harm done to a person or group counts this much toward them.
pub const DONE_TO_PARTY: f32 = 0.4;

/// The stance `sentence` takes toward the target whose mentions are the byte ranges `target`.
///
/// Pass every mention, pronouns that refer to the target included ("he claimed" counts for the
/// target only if "he" is given). An empty range marks a position: it picks the clause without
/// hiding any word. Ranges outside the sentence are ignored; with none left the whole sentence
/// is read as the target's clause and framing verbs, having no one to point at, do not count.
pub fn polarity_toward(sentence: &str, target: &[Range<usize>]) -> Polarity {
    read(sentence, target, false)
}

/// [`polarity_toward`] for a person or a group, who can suffer what a sentence deplores: a
/// negative word that the target follows as its complement ("the repression of protesters",
/// "violence against Iranians", "the suffering of families") is harm done to them, not blame,
/// and counts [`DONE_TO_PARTY`]. A negative word right before the target still counts ("the
/// corrupt senator"), and so does one after it ("the senator lied").
pub fn polarity_toward_party(sentence: &str, target: &[Range<usize>]) -> Polarity {
    read(sentence, target, true)
}

fn read(sentence: &str, target: &[Range<usize>], party: bool) -> Polarity {
    let tokens = tokenize(sentence);
    let clauses = split(sentence, &tokens);
    let mentions: Vec<Range<usize>> =
        target.iter().filter(|r| r.start <= r.end && r.end <= sentence.len()).cloned().collect();
    let parsed = Parsed { text: sentence, tokens, clauses, mentions };
    let Parsed { tokens, clauses, mentions, .. } = &parsed;
    let clause_at = |pos: usize| clause_at(clauses, sentence.len(), pos);
    let target_clause = mentions.iter().find_map(|m| clause_at(m.start));
    let in_target_group = |group: usize| {
        target_clause.is_none()
            || mentions.iter().any(|m| clause_at(m.start).is_some_and(|c| clauses[c].group == group))
    };
    // Groups are numbered by their first clause, so a clause's group indexes this.
    let mut hedged_groups = vec![false; clauses.len()];
    for clause in clauses {
        if tokens[clause.tokens.clone()].iter().any(|t| t.role() == Some(Role::Hedge)) {
            hedged_groups[clause.group] = true;
        }
    }
    let hedged_group = |group: usize| hedged_groups[group];
    let turn_at = clauses.iter().position(|c| c.turn).filter(|&i| i > 0);
    let about_object = |clause: &Clause| accuses_from(sentence.len(), tokens, clauses, clause, mentions);

    let mut cues = Vec::new();
    // The last word of a deed's object (see `effects`): its words are not cues of their own.
    let mut deed_until = None;
    for (index, clause) in clauses.iter().enumerate() {
        let scope = if in_target_group(clause.group) { 1.0 } else { OTHER_CLAUSE };
        let turn = match turn_at {
            Some(at) if index < at => BEFORE_TURN,
            Some(_) => AFTER_TURN,
            None => 1.0,
        };
        let hedge = if hedged_group(clause.group) { HEDGED } else { 1.0 };
        let object_from = about_object(clause);
        for i in clause.tokens.clone() {
            let token = &tokens[i];
            let range = token.range();
            if mentions.iter().any(|m| m.start < range.end && range.start < m.end)
                || deed_until.is_some_and(|last| i <= last)
            {
                continue;
            }
            if party {
                if let Some(cue) = deed_cue(&parsed, clause, i) {
                    deed_until = Some(cue.1);
                    let cue = cue.0;
                    cues.push(PolarityCue { weight: cue.weight * turn * hedge, ..cue });
                    continue;
                }
            }
            let Some((valence, source)) = cue_valence(&parsed, clause, i) else {
                continue;
            };
            if source == CueSource::Lexicon && object_from.is_some_and(|verb| i > verb) {
                continue;
            }
            // "handing a defeat to national labor organizers" is of the organizers.
            if source == CueSource::Lexicon && befalls_another(sentence, tokens, clause, i, mentions) {
                continue;
            }
            // "influential RNC insiders tell Fox …" is of the insiders.
            if source == CueSource::Lexicon && describes_others(sentence, tokens, clause, i, mentions) {
                continue;
            }
            let (boost, negated_by) = modifiers(&tokens[clause.tokens.start..i], valence);
            let shifted_by = shifter_before(&tokens[clause.tokens.start..i], valence);
            // A negation and a shifter together cancel out ("did not stop the violence").
            let (mut weight, negated_by) = match (negated_by, shifted_by) {
                (None, Some(shifter)) => (valence * SHIFTED + boost * SHIFTED, Some(shifter)),
                (Some(_), Some(_)) => (valence + boost, None),
                (negated_by, None) => (negate(valence + boost, negated_by.is_some()), negated_by),
            };
            if party
                && weight < 0.0
                && source == CueSource::Lexicon
                && done_to(sentence, tokens, clause, i, mentions)
            {
                weight *= DONE_TO_PARTY;
            }
            // A framing verb counts only when the target is its subject or object (see
            // `cue_valence`), so it is about the target wherever its clause stands ("…, but
            // admitted", "…, while mocking them").
            let scope = if source == CueSource::Framing { 1.0 } else { scope };
            cues.push(PolarityCue {
                range,
                valence,
                weight: weight * scope * turn * hedge,
                negated_by,
                source,
            });
        }
    }
    let clause = match target_clause {
        Some(c) => clauses[c].text.clone(),
        None => clauses.first().map_or(0, |c| c.text.start)..clauses.last().map_or(0, |c| c.text.end),
    };
    let hedged = match target_clause {
        Some(c) => hedged_group(clauses[c].group),
        None => tokens.iter().any(|t| t.role() == Some(Role::Hedge)),
    };
    // Adding 0.0 turns the empty sum's -0.0 into 0.0, so a reason never shows "-0.00".
    let score = cues.iter().map(|c| c.weight).sum::<f32>() + 0.0;
    Polarity { score, clause, cues, hedged }
}

/// The valence a word brings as a cue toward the target, or `None` when it is no cue: not an
/// evaluative word, part of a name, or a framing verb whose subject and object are not the target.
fn cue_valence(parsed: &Parsed, clause: &Clause, i: usize) -> Option<(f32, CueSource)> {
    let Parsed { text: sentence, tokens, .. } = parsed;
    let token = &tokens[i];
    let Kind::Word { in_name, .. } = token.kind else { return None };
    let clause_tokens = &tokens[clause.tokens.start..clause.tokens.end];
    let at = i - clause.tokens.start;
    if !in_name && verdict_right(sentence, clause_tokens, at) {
        return Some((RIGHT_AS_VERDICT, CueSource::Lexicon));
    }
    let info = token.info?;
    if in_name
        || quantity_idiom(sentence, clause_tokens, at)
        || rank_top(sentence, clause_tokens, at)
        || plain_sense(sentence, clause_tokens, at)
    {
        return None;
    }
    match info.role {
        Role::Plain if info.valence != 0.0 => Some((info.valence, CueSource::Lexicon)),
        // A shifter acting on a negative word is spent on it; otherwise it is a plain word.
        Role::Shifter if info.valence != 0.0 && !shifts_next(&tokens[i + 1..clause.tokens.end]) => {
            Some((info.valence, CueSource::Lexicon))
        }
        // "fight poverty" is a good deed; "spoke about poverty" faults no one.
        Role::Condition => shifter_before(&tokens[clause.tokens.start..i], info.valence)
            .map(|_| (info.valence, CueSource::Lexicon)),
        Role::Framing { .. } if follows_determiner(&tokens[clause.tokens.start..i]) => {
            (info.listed != 0.0).then_some((info.listed, CueSource::Lexicon))
        }
        Role::Framing { subject, object } => {
            let valence = if target_is_subject(parsed, clause, i)? { subject } else { object };
            (valence != 0.0).then_some((valence, CueSource::Framing))
        }
        _ => None,
    }
}

/// The only words that may stand between the one who does a deed and its verb: auxiliaries,
/// the verbs of deciding that lead to it and a few adverbs ("the authority also voted to
/// expand", "the board will now cut"). Any other word is another verb or another actor: "Gomez
/// criticized the board for raising fares", "Park fired the members who cut service",
/// "Unlike Park, the board raised fares".
#[rustfmt::skip]
const TO_THE_DEED: &[&str] = &[
    "will", "would", "has", "have", "had", "is", "are", "was", "were", "be", "been", "did",
    "does", "do", "could", "can", "may", "might", "should", "must", "not", "never", "also",
    "then", "now", "again", "still", "just", "already", "finally", "instead", "to", "plans",
    "planned", "plan", "decided", "decides", "voted", "votes", "chose", "chooses", "agreed",
    "agrees", "moved", "moves", "wants", "wanted", "intends", "intended", "proposed",
    "proposes", "sought", "seeks", "going", "set", "effectively", "quietly", "quickly",
    "recently", "ultimately", "refused", "refuses", "failed", "fails", "declined",
];

/// The cue of a deed the target does to people at token `i` (see `effects`), with the token
/// index of its object's last word. The cue spans the verb and its object; a negation before
/// the verb, or "without", "rather than", "instead of", undoes it as a negation does a word.
fn deed_cue(parsed: &Parsed, clause: &Clause, i: usize) -> Option<(PolarityCue, usize)> {
    let Parsed { text: sentence, tokens, clauses, mentions } = parsed;
    let effect = effect_at(sentence, tokens, clause, i)?;
    if !target_is_subject(parsed, clause, i)? {
        return None;
    }
    // The nearest mention before the verb in its clause, if any, is its subject: only
    // auxiliaries and verbs of deciding stand between, and no "not" before it ("The board,
    // not Mayor Park, raised fares").
    let verb_start = tokens[i].start as usize;
    let nearest = mentions
        .iter()
        .filter(|m| !m.is_empty() && m.end <= verb_start && m.start >= clause_start(clauses, clause))
        .max_by_key(|m| m.end);
    // "leaned on travelling nurses rather than raising pay": the main clause's subject.
    let nearest = nearest.filter(|_| effect.undone_by.is_none());
    if let Some(mention) = nearest {
        let word = |t: &Token| sentence[t.range()].to_ascii_lowercase();
        let between = tokens[..i].iter().filter(|t| t.is_word() && t.start as usize >= mention.end);
        // "not Mayor Tom Park": a "not" among the three words before the name.
        let mut before =
            tokens.iter().filter(|t| t.is_word() && (t.end as usize) <= mention.start).rev().take(3);
        if between.map(word).any(|w| !TO_THE_DEED.contains(&w.as_str())) || before.any(|t| word(t) == "not") {
            return None;
        }
    }
    let (_, negated_by) = modifiers(&tokens[clause.tokens.start..i], effect.valence);
    let negated_by = negated_by.or(effect.undone_by);
    let weight = negate(effect.valence, negated_by.is_some());
    let range = tokens[i].start as usize..tokens[effect.last].end as usize;
    Some((
        PolarityCue { range, valence: effect.valence, weight, negated_by, source: CueSource::Effect },
        effect.last,
    ))
}

/// The token index of a framing verb by which the target, its subject, judges someone else
/// ("Trump accused Obama of a confusing policy", "Perry slammed the reckless plan") or speaks
/// ("she touted the ban as an unqualified success", "Akin claimed he would help"): the words
/// after it in the clause are the subject's charge or claim, not the writer's stance toward the
/// subject, whose stance is the verb's own value toward its subject (none for "accused").
/// `None` when the clause holds no such verb with the target before it.
fn accuses_from(
    len: usize,
    tokens: &[Token],
    clauses: &[Clause],
    clause: &Clause,
    mentions: &[Range<usize>],
) -> Option<usize> {
    clause.tokens.clone().find(|&i| {
        let Some(Role::Framing { subject, object }) = tokens[i].role() else { return false };
        let before = &tokens[clause.tokens.start..i];
        let passive = before.iter().rev().filter(|t| t.is_word()).take(2).any(|t| t.role() == Some(Role::Be));
        (object != 0.0 || subject != 0.0)
            && !passive
            && !follows_determiner(before)
            && mentions.iter().any(|m| {
                !m.is_empty()
                    && m.end <= tokens[i].start as usize
                    && clause_at(clauses, len, m.start).is_some_and(|c| clauses[c].group == clause.group)
            })
    })
}

/// A cue's valence after an optional negation before it.
fn negate(valence: f32, negated: bool) -> f32 {
    match negated {
        false => valence,
        true if valence < 0.0 => valence * NEGATED_NEGATIVE,
        true => valence * NEGATED,
    }
}

/// The shifter among the three words before a negative cue ("combat illegal immigration"),
/// given the clause's tokens up to the cue.
fn shifter_before(before: &[Token], valence: f32) -> Option<Range<usize>> {
    if valence >= 0.0 {
        return None;
    }
    before
        .iter()
        .rev()
        .filter(|t| t.is_word())
        .take(REACH.len())
        .find(|t| t.role() == Some(Role::Shifter))
        .map(Token::range)
}

/// Whether a negative evaluative word follows within three words (the shifter acts on it).
fn shifts_next(after: &[Token]) -> bool {
    after.iter().filter(|t| t.is_word()).take(REACH.len()).any(|t| {
        matches!(t.kind, Kind::Word { in_name: false, .. })
            && t.info
                .is_some_and(|info| matches!(info.role, Role::Plain | Role::Condition) && info.valence < 0.0)
    })
}

/// The intensifier boost (signed like the cue) and the nearest negation among the three words
/// before a cue, given the clause's tokens up to the cue.
fn modifiers(before: &[Token], valence: f32) -> (f32, Option<Range<usize>>) {
    let mut boost = 0.0;
    let mut negated_by = None;
    let words: Vec<&Token> = before.iter().rev().filter(|t| t.is_word()).take(REACH.len() + 1).collect();
    for (distance, token) in words.iter().take(REACH.len()).enumerate() {
        let role = match token.role() {
            Some(Role::Scant)
                if words.get(distance + 1).is_some_and(|t| t.role() == Some(Role::Determiner)) =>
            {
                Some(Role::Booster(-BOOST))
            }
            Some(Role::Scant) => Some(Role::Negation),
            role => role,
        };
        // Only right before the word, with no mark between ("Smith, too, praised it" is "also").
        let adjacent = distance == 0 && before.last().is_some_and(Token::is_word);
        match role {
            Some(Role::Excess) if adjacent && valence > 0.0 && negated_by.is_none() => {
                negated_by = Some(token.range())
            }
            Some(Role::Excess) if adjacent => boost += BOOST * valence.signum(),
            Some(Role::Booster(step)) => boost += step * valence.signum() * REACH[distance],
            Some(Role::Negation) if negated_by.is_none() => negated_by = Some(token.range()),
            _ => {}
        }
    }
    (boost, negated_by)
}

/// The whole-sentence VADER score (sum of listed valences with intensifiers, negation and the
/// "but"-turn, no clauses, names or framing): the baseline that clause reading must beat.
pub fn whole_sentence_valence(sentence: &str) -> f32 {
    let tokens = tokenize(sentence);
    let turn_at = tokens.iter().position(|t| t.role() == Some(Role::Turn));
    let mut score = 0.0;
    for (i, token) in tokens.iter().enumerate() {
        let Some(info) = token.info else { continue };
        if info.listed == 0.0 || matches!(info.role, Role::Booster(_) | Role::Negation | Role::Scant) {
            continue;
        }
        let (boost, negated_by) = modifiers(&tokens[..i], info.listed);
        let mut valence = info.listed + boost;
        if negated_by.is_some() {
            valence *= NEGATED;
        }
        score += valence
            * match turn_at {
                Some(at) if i < at => BEFORE_TURN,
                Some(_) => AFTER_TURN,
                None => 1.0,
            };
    }
    score
}

#[cfg(test)]
#[path = "polarity_tests.rs"]
pub(super) mod tests;

#[cfg(test)]
#[path = "shifter_tests.rs"]
mod shifter_tests;
