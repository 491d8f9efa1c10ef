//! Scores the stance of a sentence toward a target: the lexicon and framing cues of the
//! target's clause at full weight, the rest at [`OTHER_CLAUSE`], each cue adjusted by the
//! intensifiers and negations before it, the "but"-turn and hedges (see the module header).

use std::ops::Range;

use super::clauses::{split, Clause};
use super::senses::{quantity_idiom, rank_top, verdict_right, RIGHT_AS_VERDICT};
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
    let clause_at = |pos: usize| clause_at(&clauses, sentence.len(), pos);
    let target_clause = mentions.iter().find_map(|m| clause_at(m.start));
    let in_target_group = |group: usize| {
        target_clause.is_none()
            || mentions.iter().any(|m| clause_at(m.start).is_some_and(|c| clauses[c].group == group))
    };
    // Groups are numbered by their first clause, so a clause's group indexes this.
    let mut hedged_groups = vec![false; clauses.len()];
    for clause in &clauses {
        if tokens[clause.tokens.clone()].iter().any(|t| t.role() == Some(Role::Hedge)) {
            hedged_groups[clause.group] = true;
        }
    }
    let hedged_group = |group: usize| hedged_groups[group];
    let turn_at = clauses.iter().position(|c| c.turn).filter(|&i| i > 0);
    let about_object = |clause: &Clause| accuses_from(sentence.len(), &tokens, &clauses, clause, &mentions);

    let mut cues = Vec::new();
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
            if mentions.iter().any(|m| m.start < range.end && range.start < m.end) {
                continue;
            }
            let Some((valence, source)) = cue_valence(sentence, &tokens, &clauses, clause, i, &mentions)
            else {
                continue;
            };
            if source == CueSource::Lexicon && object_from.is_some_and(|verb| i > verb) {
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
                && done_to(sentence, &tokens, clause, i, &mentions)
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
fn cue_valence(
    sentence: &str,
    tokens: &[Token],
    clauses: &[Clause],
    clause: &Clause,
    i: usize,
    mentions: &[Range<usize>],
) -> Option<(f32, CueSource)> {
    let len = sentence.len();
    let token = &tokens[i];
    let Kind::Word { in_name, .. } = token.kind else { return None };
    let clause_tokens = &tokens[clause.tokens.start..clause.tokens.end];
    let at = i - clause.tokens.start;
    if !in_name && verdict_right(sentence, clause_tokens, at) {
        return Some((RIGHT_AS_VERDICT, CueSource::Lexicon));
    }
    let info = token.info?;
    if in_name || quantity_idiom(sentence, clause_tokens, at) || rank_top(sentence, clause_tokens, at) {
        return None;
    }
    match info.role {
        Role::Plain if info.valence != 0.0 => Some((info.valence, CueSource::Lexicon)),
        // A shifter acting on a negative word is spent on it; otherwise it is a plain word.
        Role::Shifter if info.valence != 0.0 && !shifts_next(&tokens[i + 1..clause.tokens.end]) => {
            Some((info.valence, CueSource::Lexicon))
        }
        Role::Framing { .. } if follows_determiner(&tokens[clause.tokens.start..i]) => {
            (info.listed != 0.0).then_some((info.listed, CueSource::Lexicon))
        }
        Role::Framing { subject, object } => {
            // The target is the subject when mentioned before the verb in its clause (or the
            // clause it continues), the object when after; a passive swaps the two.
            // An empty range only marks a position: it is no one's mention.
            let mut in_group = mentions.iter().filter(|m| {
                !m.is_empty()
                    && clause_at(clauses, len, m.start).is_some_and(|c| clauses[c].group == clause.group)
            });
            let (start, end) = (token.start as usize, token.end as usize);
            let before = in_group.clone().any(|m| m.end <= start);
            let after = in_group.any(|m| m.start >= end);
            let passive = tokens[clause.tokens.start..i]
                .iter()
                .rev()
                .filter(|t| t.is_word())
                .take(2)
                .any(|t| t.role() == Some(Role::Be));
            let as_subject = match (before, after) {
                (true, _) => !passive,
                (false, true) => passive,
                (false, false) if continues_subject(sentence, tokens, clauses, clause, i, mentions) => {
                    !passive
                }
                (false, false) => return None,
            };
            let valence = if as_subject { subject } else { object };
            (valence != 0.0).then_some((valence, CueSource::Framing))
        }
        _ => None,
    }
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

/// Whether the verb at `i` opens its clause right after a conjunction ("…, but admitted",
/// "…, and conceded") with the target in the clause before: a clause with no subject of its
/// own shares the one before ("Akin claimed he would help, but admitted that …"). A participle
/// after "while" and an adverb has the subject of the clause before too ("Obama urged
/// lawmakers to act, while simultaneously mocking them").
fn continues_subject(
    sentence: &str,
    tokens: &[Token],
    clauses: &[Clause],
    clause: &Clause,
    i: usize,
    mentions: &[Range<usize>],
) -> bool {
    let len = sentence.len();
    let words_before: Vec<&Token> = tokens[clause.tokens.start..i].iter().filter(|t| t.is_word()).collect();
    let participle = sentence[tokens[i].range()].ends_with("ing");
    let conjunction = |t: &Token| match t.role() {
        Some(Role::Turn | Role::Opener { always: false }) => true,
        Some(Role::Opener { always: true }) => participle,
        _ => false,
    };
    let adverb = |t: &Token| {
        sentence[t.range()].ends_with("ly") && t.role().is_none_or(|r| r == Role::Plain) && participle
    };
    let opens = match words_before.as_slice() {
        [] => true,
        [only] => conjunction(only) || adverb(only),
        [first, second] => conjunction(first) && adverb(second),
        _ => false,
    };
    let Some(index) = clauses.iter().position(|c| std::ptr::eq(c, clause)) else { return false };
    opens
        && index > 0
        && mentions.iter().any(|m| !m.is_empty() && clause_at(clauses, len, m.start) == Some(index - 1))
}

/// Whether the word at `i` has the target after it as its complement: a linking preposition
/// ("of", "against", "on"…) or more than two words stand between it and the target's next
/// mention in the clause.
fn done_to(sentence: &str, tokens: &[Token], clause: &Clause, i: usize, mentions: &[Range<usize>]) -> bool {
    let end = tokens[i].end as usize;
    let clause_end = tokens[clause.tokens.end - 1].end as usize;
    let Some(next) = mentions
        .iter()
        .filter(|m| !m.is_empty() && m.start >= end && m.start <= clause_end)
        .map(|m| m.start)
        .min()
    else {
        return false;
    };
    let between: Vec<&Token> =
        tokens[i + 1..clause.tokens.end].iter().filter(|t| t.is_word() && (t.end as usize) <= next).collect();
    between.len() > 2
        || between.iter().any(|t| {
            let w = sentence[t.range()].to_ascii_lowercase();
            LINKING.contains(&w.as_str())
        })
}

/// The prepositions that make what follows a word its complement ("violence against …").
const LINKING: [&str; 10] = ["of", "against", "on", "upon", "to", "toward", "towards", "for", "at", "over"];

/// A cue's valence after an optional negation before it.
fn negate(valence: f32, negated: bool) -> f32 {
    match negated {
        false => valence,
        true if valence < 0.0 => valence * NEGATED_NEGATIVE,
        true => valence * NEGATED,
    }
}

/// The word before is "the", "their"…: a framing verb's form there is a noun ("their attacks").
fn follows_determiner(before: &[Token]) -> bool {
    before.iter().rev().find(|t| t.is_word()).is_some_and(|t| t.role() == Some(Role::Determiner))
}

/// The clause whose extent holds byte `pos` (the end of the sentence belongs to the last).
fn clause_at(clauses: &[Clause], len: usize, pos: usize) -> Option<usize> {
    if pos == len {
        return clauses.len().checked_sub(1);
    }
    clauses.iter().position(|c| c.extent.contains(&pos))
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
            && t.info.is_some_and(|info| info.role == Role::Plain && info.valence < 0.0)
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
        match role {
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
mod tests;
