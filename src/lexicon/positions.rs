//! Where the target stands in a clause: the subject of a verb, its object, or the complement
//! of a word ("violence against the protesters"), read from word order, a passive and the
//! clause a subject-less clause continues. Used by the stance reading (`polarity`) for framing
//! verbs, harm done to a party and deeds done to people.

use std::ops::Range;

use super::clauses::Clause;
use super::effects::names_people;
use super::tokens::Token;
use super::words::Role;

/// A sentence read for one target: its words, its clauses and the target's mentions (byte
/// ranges, pronouns included).
pub(super) struct Parsed<'s> {
    pub text: &'s str,
    pub tokens: Vec<Token>,
    pub clauses: Vec<Clause>,
    pub mentions: Vec<Range<usize>>,
}

/// Where the group of clauses `clause` belongs to starts, in bytes.
pub(super) fn clause_start(clauses: &[Clause], clause: &Clause) -> usize {
    clauses.iter().find(|c| c.group == clause.group).map_or(0, |c| c.extent.start)
}

/// Whether the target is the subject (`true`) or the object (`false`) of the verb at `i`, or
/// neither (`None`): the subject when mentioned before the verb in its clause (or the clause it
/// continues), the object when after; a passive swaps the two. An empty range only marks a
/// position: it is no one's mention.
pub(super) fn target_is_subject(parsed: &Parsed, clause: &Clause, i: usize) -> Option<bool> {
    let Parsed { text: sentence, tokens, clauses, mentions } = parsed;
    let len = sentence.len();
    let mut in_group = mentions.iter().filter(|m| {
        !m.is_empty() && clause_at(clauses, len, m.start).is_some_and(|c| clauses[c].group == clause.group)
    });
    let (start, end) = (tokens[i].start as usize, tokens[i].end as usize);
    let before = in_group.clone().any(|m| m.end <= start);
    let after = in_group.any(|m| m.start >= end);
    let passive = tokens[clause.tokens.start..i]
        .iter()
        .rev()
        .filter(|t| t.is_word())
        .take(2)
        .any(|t| t.role() == Some(Role::Be));
    match (before, after) {
        (true, _) => Some(!passive),
        (false, true) => Some(passive),
        (false, false) if continues_subject(parsed, clause, i) => Some(!passive),
        (false, false) => None,
    }
}

/// Whether the verb at `i` opens its clause right after a conjunction ("…, but admitted",
/// "…, and conceded") with the target in the clause before: a clause with no subject of its
/// own shares the one before ("Akin claimed he would help, but admitted that …"). A participle
/// after "while" and an adverb has the subject of the clause before too ("Obama urged
/// lawmakers to act, while simultaneously mocking them").
fn continues_subject(parsed: &Parsed, clause: &Clause, i: usize) -> bool {
    let Parsed { text: sentence, tokens, clauses, mentions } = parsed;
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
pub(super) fn done_to(
    sentence: &str,
    tokens: &[Token],
    clause: &Clause,
    i: usize,
    mentions: &[Range<usize>],
) -> bool {
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

/// Whether the word at `i` is an outcome that befalls someone named after "for" or "to"
/// ("handing a loss to national labor organizers", "a boost for residents", "a setback for
/// the union"; "win" and "defeat" judge no one at all, `news_words`): what it says is of them,
/// so it is no cue toward a target it does not name there. Only nouns of outcome: "a threat to
/// public health" still says its subject threatens.
pub(super) fn befalls_another(
    sentence: &str,
    tokens: &[Token],
    clause: &Clause,
    i: usize,
    mentions: &[Range<usize>],
) -> bool {
    if !is_one_of(sentence, &tokens[i], &OUTCOMES) {
        return false;
    }
    let Some(preposition) = tokens.get(i + 1).filter(|t| t.is_word() && i + 1 < clause.tokens.end) else {
        return false;
    };
    if !is_one_of(sentence, preposition, &["for", "to"]) {
        return false;
    }
    // Who it befalls: the words after the preposition up to the next mark or relative word
    // ("reformers who faulted the library" are the reformers).
    let relative = ["who", "which", "that", "whose"];
    let after = tokens[i + 2..clause.tokens.end]
        .iter()
        .take_while(|t| t.is_word() && !is_one_of(sentence, t, &relative));
    let Some(end) = after.map(|t| t.end as usize).last() else { return false };
    let start = preposition.end as usize;
    !mentions.iter().any(|m| m.start < end && start < m.end.max(m.start + 1))
}

/// Whether the word at `i` describes people named right after it, who are not the target: the
/// head of its noun phrase is a noun of people ("influential RNC insiders", "the powerful
/// lobby", "a prominent intermediary", "angry residents"). What it says is of them, not of a
/// target elsewhere in the clause ("Influential insiders expect Steele to quit" says nothing of
/// Steele). Only one or two plain words may stand between, no mark and no mention.
pub(super) fn describes_others(
    sentence: &str,
    tokens: &[Token],
    clause: &Clause,
    i: usize,
    mentions: &[Range<usize>],
) -> bool {
    for t in tokens[i + 1..clause.tokens.end].iter().take(3) {
        if !t.is_word()
            || mentions
                .iter()
                .any(|m| m.start < t.end as usize && (t.start as usize) < m.end.max(m.start + 1))
        {
            return false;
        }
        // A singular noun of people is as often a modifier itself ("public health", "family
        // values"): only plurals, and the few nouns of one who acts for others.
        if (names_people(sentence, t) && sentence[t.range()].ends_with('s'))
            || is_one_of(sentence, t, OTHER_PEOPLE)
        {
            return true;
        }
        // Only a modifier may stand between: no function word, evaluative word or verb form.
        if is_one_of(sentence, t, NOT_MODIFIERS)
            || t.role().is_some_and(|r| r != Role::Plain)
            || t.info.is_some_and(|info| info.valence != 0.0)
        {
            return false;
        }
    }
    false
}

/// Whether the word at `t` is one of `words` (lower case). Asked for every lexicon word of every
/// sentence: compared in place, never lower-cased into a new string.
fn is_one_of(sentence: &str, t: &Token, words: &[&str]) -> bool {
    words.iter().any(|w| sentence[t.range()].eq_ignore_ascii_case(w))
}

/// Words that end a noun phrase before its people could be named ("a threat to public health").
#[rustfmt::skip]
const NOT_MODIFIERS: &[&str] = &[
    "to", "of", "for", "on", "in", "at", "by", "with", "from", "and", "or", "as", "than", "about",
    "over", "into", "against", "that", "who", "which", "he", "she", "it", "they", "we", "i", "you",
];

/// Nouns of people besides those a deed falls on (`effects`): who speaks, advises or lobbies.
#[rustfmt::skip]
const OTHER_PEOPLE: &[&str] = &[
    "insiders", "insider", "officials", "official", "leaders", "lawmakers", "legislators", "voters",
    "supporters", "critics", "opponents", "activists", "advocates", "lobby", "lobbyists",
    "intermediary", "members", "donors", "allies", "rivals", "reformers", "experts", "analysts",
    "economists", "soldiers", "troops", "aides", "advisers", "advisors", "staffers", "organizers",
    "protesters", "demonstrators", "officers", "investors", "executives", "colleagues", "friends",
];

/// Nouns of an outcome someone meets, which news gives with "for" or "to" after them.
const OUTCOMES: [&str; 10] =
    ["victory", "setback", "blow", "boost", "gain", "triumph", "loss", "windfall", "coup", "rebuke"];

/// The prepositions that make what follows a word its complement ("violence against …").
const LINKING: [&str; 10] = ["of", "against", "on", "upon", "to", "toward", "towards", "for", "at", "over"];

/// The clause whose extent holds byte `pos` (the end of the sentence belongs to the last).
pub(super) fn clause_at(clauses: &[Clause], len: usize, pos: usize) -> Option<usize> {
    if pos == len {
        return clauses.len().checked_sub(1);
    }
    clauses.iter().position(|c| c.extent.contains(&pos))
}

/// The word before is "the", "their"…: a verb's form there is a noun ("their attacks", "the
/// freeze on pay").
pub(super) fn follows_determiner(before: &[Token]) -> bool {
    before.iter().rev().find(|t| t.is_word()).is_some_and(|t| t.role() == Some(Role::Determiner))
}

#[cfg(test)]
mod tests {
    use super::super::polarity_toward;

    fn cues(sentence: &str, name: &str) -> Vec<String> {
        let at = sentence.find(name).expect("the name is in the sentence");
        let mention = at..at + name.len();
        let p = polarity_toward(sentence, std::slice::from_ref(&mention));
        p.cues.iter().map(|c| sentence[c.range.clone()].to_string()).collect()
    }

    #[test]
    fn an_outcome_for_someone_else_is_no_cue_toward_the_target() {
        let s = "Workers at Vantor Glass voted down a union drive, handing a loss to labor organizers.";
        assert!(!cues(s, "Vantor Glass").contains(&"loss".to_string()));
        let s = "The vote was a major boost for reformers who faulted the Riverside Library.";
        assert!(!cues(s, "Riverside Library").contains(&"boost".to_string()));
        // The outcome of the target itself still counts, and so does a noun that is no outcome.
        let s = "The ruling was a loss for Vantor Glass.";
        assert!(cues(s, "Vantor Glass").contains(&"loss".to_string()));
        let s = "Critics said Vantor Glass is a threat to public health.";
        assert!(cues(s, "Vantor Glass").contains(&"threat".to_string()));
    }

    #[test]
    fn a_word_describing_other_people_is_no_cue_toward_the_target() {
        let s = "A handful of influential RNC insiders expect Steele to step down.";
        assert!(cues(s, "Steele").is_empty());
        let s = "AARP, the powerful lobby for older Americans, backed the cuts to Social Security.";
        assert!(!cues(s, "Social Security").contains(&"powerful".to_string()));
        // A word before the target itself, or before a thing of the target's, still counts.
        let s = "The influential Steele expects to stay.";
        assert!(cues(s, "Steele").contains(&"influential".to_string()));
        let s = "Steele unveiled a reckless plan for the party.";
        assert!(cues(s, "Steele").contains(&"reckless".to_string()));
    }

    /// Not a position rule, but read through the same helper: "too" right before praise.
    #[test]
    fn too_much_of_a_good_thing_is_a_fault() {
        let at = |s: &str, name: &str| {
            let at = s.find(name).expect("the name");
            polarity_toward(s, std::slice::from_ref(&(at..at + name.len()))).score
        };
        assert!(at("Critics say the Hallam plan is too generous to insurers.", "Hallam") < 0.0);
        assert!(at("Critics say the Hallam plan is generous to workers.", "Hallam") > 0.0);
        // "too" as "also", set off by commas, leaves the praise as it is.
        assert!(at("Voters call Hallam, too, generous.", "Hallam") > 0.0);
        // Before blame it adds to it.
        assert!(at("The Hallam plan is too harsh.", "Hallam") < at("The Hallam plan is harsh.", "Hallam"));
    }
}
