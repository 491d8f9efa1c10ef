//! Splits a sentence into clauses, so that a cue counts for the target whose clause holds it.
//!
//! A clause ends at a semicolon, a colon, a dash, "!" or "?", a parenthesis, a comma followed by
//! a conjunction, a subordinating or a relative word (", and", ", because", ", which"…), and
//! before "but", "while" and "whereas" with or without a comma. Parentheticals — a relative
//! clause between commas ("Ryan, who …, defended"), a pair of dashes or brackets — are clauses of
//! their own, and the text after them continues the clause they interrupted: both parts share a
//! `group`, and a cue in either counts fully for a target in either.

use std::ops::Range;

use super::tokens::{tokenize, Kind, Mark, Token};
use super::words::Role;

/// Words after "but" that still predicate of the subject before it.
const SHORT_TURN_WORDS: usize = 3;

#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Clause {
    /// From the first to the last word (bytes in the sentence).
    pub text: Range<usize>,
    /// From this clause's opening mark to the next clause's (bytes): every byte has one clause.
    pub extent: Range<usize>,
    /// Token indices of the clause's words and marks.
    pub tokens: Range<usize>,
    /// Clauses with the same group are one clause interrupted by a parenthetical; a group is
    /// numbered by the index of its first clause.
    pub group: usize,
    /// The clause begins with "but".
    pub turn: bool,
}

/// The clauses of `sentence` as byte ranges from each clause's first word to its last, in order.
pub fn clauses(sentence: &str) -> Vec<Range<usize>> {
    split(sentence, &tokenize(sentence)).into_iter().map(|c| c.text).collect()
}

/// How the clause being read was opened, to know what closes a parenthetical.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Opened {
    Start,
    Plain,
    Relative,
    Dash,
    Paren,
}

pub(crate) fn split(sentence: &str, tokens: &[Token]) -> Vec<Clause> {
    let role = Token::role;
    // Each break: (token index where the new clause starts, how it was opened).
    let mut breaks: Vec<(usize, Opened)> = vec![(0, Opened::Start)];
    let mut current = Opened::Start;
    for (i, token) in tokens.iter().enumerate() {
        let opened = match token.kind {
            Kind::Mark(Mark::Hard) => {
                let dash = matches!(&sentence[token.range()], "—" | "–" | "-" | "--");
                Some(if dash { Opened::Dash } else { Opened::Plain })
            }
            Kind::Mark(Mark::OpenParen) => Some(Opened::Paren),
            Kind::Mark(Mark::CloseParen) => Some(Opened::Plain),
            Kind::Mark(Mark::Comma) => match tokens.get(i + 1).and_then(role) {
                Some(Role::Relative) => Some(Opened::Relative),
                Some(Role::Opener { .. } | Role::Turn) => Some(Opened::Plain),
                // The comma that ends a relative clause ends it whatever follows.
                _ if current == Opened::Relative => Some(Opened::Plain),
                _ => None,
            },
            Kind::Word { .. } => {
                let before = i.checked_sub(1).map(|j| &tokens[j].kind);
                let after_comma = matches!(before, Some(Kind::Mark(_)) | None);
                let always = matches!(role(token), Some(Role::Turn | Role::Opener { always: true }));
                (always && !after_comma && !idiom(sentence, tokens, i)).then_some(Opened::Plain)
            }
        };
        if let Some(opened) = opened {
            // A word that opens a clause starts it; a mark starts the clause it opens.
            breaks.push((i, opened));
            current = opened;
        }
    }
    let mut clauses: Vec<Clause> = Vec::with_capacity(breaks.len());
    let mut opened_by: Vec<Opened> = Vec::with_capacity(breaks.len());
    for (n, &(first, opened)) in breaks.iter().enumerate() {
        let last = breaks.get(n + 1).map_or(tokens.len(), |&(next, _)| next);
        let words = &tokens[first..last];
        let Some(first_word) = words.iter().position(Token::is_word) else { continue };
        let last_word = words.iter().rposition(Token::is_word).unwrap_or(first_word);
        let text = words[first_word].start as usize..words[last_word].end as usize;
        let extent_start = if clauses.is_empty() { 0 } else { tokens[first].start as usize };
        if let Some(previous) = clauses.last_mut() {
            previous.extent.end = extent_start;
        }
        let turn = words[first_word..].first().is_some_and(|t| matches!(role(t), Some(Role::Turn)));
        // "understandable but overstated", "cheap but effective": a turn of a word or three
        // with no comma before it says more of the same subject, so it stays in its group
        // (the turn still weighs the words after it more).
        let short_turn = turn
            && !matches!(first.checked_sub(1).map(|j| &tokens[j].kind), Some(Kind::Mark(_)))
            && words.iter().filter(|t| t.is_word()).count() <= SHORT_TURN_WORDS + 1;
        let group = match clauses.last() {
            Some(previous) if short_turn => previous.group,
            _ => resumed_group(&clauses, &opened_by, opened).unwrap_or(clauses.len()),
        };
        clauses.push(Clause { text, extent: extent_start..sentence.len(), tokens: first..last, group, turn });
        opened_by.push(opened);
    }
    clauses
}

/// "but" in "all but", "nothing but", "anything but" and "but also" joins words, not clauses.
fn idiom(sentence: &str, tokens: &[Token], i: usize) -> bool {
    let is = |j: Option<usize>, words: &[&str]| {
        j.and_then(|j| tokens.get(j))
            .filter(|t| t.is_word())
            .is_some_and(|t| words.iter().any(|w| sentence[t.range()].eq_ignore_ascii_case(w)))
    };
    is(Some(i), &["but"])
        && (is(i.checked_sub(1), &["all", "nothing", "anything"]) || is(Some(i + 1), &["also"]))
}

/// The group a clause continues when it follows a closed parenthetical: the clause after a
/// relative clause closed by a comma, or after a pair of dashes or brackets.
fn resumed_group(clauses: &[Clause], opened_by: &[Opened], opened: Opened) -> Option<usize> {
    let n = clauses.len();
    if n < 2 {
        return None;
    }
    let parenthetical = opened_by[n - 1];
    let closes = match parenthetical {
        Opened::Relative => opened == Opened::Plain,
        Opened::Dash => opened == Opened::Dash,
        Opened::Paren => opened == Opened::Plain,
        _ => false,
    };
    closes.then(|| clauses[n - 2].group)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(sentence: &str) -> Vec<&str> {
        clauses(sentence).into_iter().map(|r| &sentence[r]).collect()
    }

    #[test]
    fn splits_at_semicolons_dashes_colons_and_before_contrast_words() {
        assert_eq!(
            texts("He won; she lost — badly: it hurt but he smiled whereas they wept."),
            ["He won", "she lost", "badly", "it hurt", "but he smiled", "whereas they wept"]
        );
    }

    #[test]
    fn commas_split_only_before_conjunctions_and_relative_words() {
        assert_eq!(
            texts("Michael Steele, the chairman, spoke, and critics, who were angry, left."),
            ["Michael Steele, the chairman, spoke", "and critics", "who were angry", "left"]
        );
    }

    #[test]
    fn the_clause_after_a_parenthetical_continues_the_interrupted_one() {
        let sentence = "Ryan, who was raised on benefits, defended his budget.";
        let clauses = split(sentence, &tokenize(sentence));
        assert_eq!(clauses.len(), 3);
        assert_eq!(clauses[0].group, clauses[2].group);
        assert_ne!(clauses[0].group, clauses[1].group);
        let dashed = "Obama — a cautious man — won easily.";
        let clauses = split(dashed, &tokenize(dashed));
        assert_eq!(clauses[0].group, clauses[2].group);
    }

    #[test]
    fn extents_cover_the_sentence_without_gaps() {
        let sentence = "“He erred,” she said; but, frankly, nobody cares.";
        let clauses = split(sentence, &tokenize(sentence));
        assert_eq!(clauses.first().map(|c| c.extent.start), Some(0));
        assert_eq!(clauses.last().map(|c| c.extent.end), Some(sentence.len()));
        for pair in clauses.windows(2) {
            assert_eq!(pair[0].extent.end, pair[1].extent.start);
        }
        assert!(clauses.iter().any(|c| c.turn));
    }

    #[test]
    fn idioms_with_but_do_not_split() {
        assert_eq!(texts("Cuts for all but the wealthy"), ["Cuts for all but the wealthy"]);
        assert_eq!(texts("not only rich but also kind"), ["not only rich but also kind"]);
    }

    #[test]
    fn a_short_turn_says_more_of_the_same_subject() {
        let s = "Her concern is understandable but overstated.";
        let parts = split(s, &tokenize(s));
        assert_eq!(parts.len(), 2);
        assert!(parts[1].turn);
        assert_eq!(parts[1].group, parts[0].group);
        // A turn with a subject and verb of its own is another clause.
        let s = "Her concern is understandable but the evidence points the other way.";
        let parts = split(s, &tokenize(s));
        assert_ne!(parts[1].group, parts[0].group);
    }

    #[test]
    fn no_words_no_clauses() {
        assert!(clauses("").is_empty());
        assert!(clauses(" ;, —").is_empty());
    }
}
