//! Participles of saying after a comma ("Hollister defended the deal, saying the system is a
//! tool", "Calloway disagreed, arguing that …", "The group criticized the plan, calling it a cash
//! grab"): the clause before has already named who speaks, as its subject. News writes a
//! speaker's view this way as often as with "said", and without a quotation beside it.
//!
//! In: a sentence's text, folded text and tokens, and its resolved pronouns and role nouns. Out:
//! where such participles stand, and the subject of the clause before one when it is a person, a
//! group or a writing ("The report was released Tuesday, saying …", as "the report says");
//! nothing when it is a thing that cannot speak ("The plan passed, saying nothing …"). Used by
//! `speakers`.

use std::ops::Range;

use super::affiliation::OFFICES;
use super::lexicon::{
    is_document_speaker, is_function_word, is_group_head, is_group_speaker, is_ly_adverb, is_participle,
    is_public_group, is_title_word,
};
use super::objects::officer_before_preposition;
use super::speaker_names::name_ending_at;
use super::tokens::Token;

/// Participles that report speech when a comma (or a dash) sets them after a clause. Only these:
/// "…, leaving", "…, raising fees" are deeds, not words.
#[rustfmt::skip]
const PARTICIPLES: &[&str] = &[
    "saying", "arguing", "adding", "noting", "insisting", "warning", "calling", "contending",
    "explaining", "stressing", "asserting", "maintaining", "claiming", "acknowledging",
    "conceding", "complaining", "countering", "predicting",
];

/// Participles that report words only when what follows is said: "adding that …", "claiming
/// “…”", "claiming it erred", "calling it a cash grab". Otherwise they are deeds: "adding to losses", "claiming his
/// 24th title", "conceding twice", "calling a timeout", "maintaining their lead".
const DEED_OR_WORDS: &[&str] = &["adding", "maintaining", "claiming", "conceding", "calling"];
/// What may follow "calling" when it names what someone was called or asked for.
const CALLED: &[&str] = &["it", "them", "him", "her", "the", "this", "that", "for", "on"];

/// Whether the participle `word`, followed by `rest` of the sentence, reports words.
fn reports_words(word: &str, rest: &str) -> bool {
    if !DEED_OR_WORDS.contains(&word) {
        return true;
    }
    let rest = rest.trim_start();
    let next = rest.split(|c: char| !c.is_alphanumeric()).next().unwrap_or_default().to_lowercase();
    let clause = matches!(next.as_str(), "that" | "it" | "he" | "she" | "they" | "we" | "there");
    rest.starts_with(['"', '“', ':']) || clause || word == "calling" && CALLED.contains(&next.as_str())
}

/// Prepositions after which a sentence's first capitalised word is an adverb or a quantity, not
/// a name ("Close to three dozen …", "Next to the park …").
const PREPOSITIONS: &[&str] =
    &["to", "than", "of", "with", "about", "for", "from", "by", "at", "on", "in", "into"];

/// Past and present verbs that look like nouns (no "-ed", no "-s"): they end a subject's noun
/// phrase, so "Hollister met officials" is not a group called "Hollister met officials".
#[rustfmt::skip]
const PLAIN_VERBS: &[&str] = &[
    "told", "met", "led", "gave", "sent", "took", "made", "put", "got", "won", "ran", "left",
    "held", "kept", "brought", "sought", "hit", "cut", "let", "set", "paid", "saw", "spoke",
    "wrote", "drew", "struck", "fought", "bought", "heard", "knew", "chose", "rose", "fell",
    "became", "came", "went", "stood", "lost", "meant", "felt", "found", "thought", "began",
    "say", "tell", "urge", "warn", "ask", "meet", "lead", "join", "want", "need", "plan",
];

/// A lower-case word that may stand inside a subject's noun phrase before its head ("budget"
/// in "City budget officials", "presidential nominee"): not a function word nor a verb form.
fn noun_like(w: &str) -> bool {
    !(is_function_word(w)
        || is_ly_adverb(w)
        || w.ends_with("ed")
        || w.ends_with("ing")
        || w.ends_with('s') && !is_group_head(w)
        || PLAIN_VERBS.contains(&w))
}

/// Pronouns that may be a clause's subject; "it" and "this" are things, not speakers.
const SUBJECT_PRONOUNS: &[&str] = &["he", "she", "they", "we"];

/// The byte ranges of participles of saying that follow a comma or a dash.
pub(super) fn after_comma(text: &str, folded: &str, tokens: &[Token]) -> Vec<Range<usize>> {
    (1..tokens.len())
        .filter(|&k| PARTICIPLES.contains(&&folded[tokens[k].base.clone()]))
        .filter(|&k| set_off(text, &tokens[k - 1], &tokens[k]))
        .filter(|&k| reports_words(&folded[tokens[k].base.clone()], &text[tokens[k].full.end..]))
        .map(|k| tokens[k].base.clone())
        .collect()
}

/// Whether a comma or a dash stands between two tokens.
fn set_off(text: &str, before: &Token, at: &Token) -> bool {
    text.get(before.full.end..at.base.start).is_some_and(|gap| gap.contains([',', '—', '–']))
}

/// Whether the participle at byte `at` follows a comma or a dash (see [`after_comma`]).
pub(super) fn is_set_off(text: &str, tokens: &[Token], at: usize) -> bool {
    let k = tokens.partition_point(|t| t.base.start < at);
    k > 0
        && k < tokens.len()
        && set_off(text, &tokens[k - 1], &tokens[k])
        && reports_words(&text[tokens[k].base.clone()].to_lowercase(), &text[tokens[k].full.end..])
}

/// The subject of the clause that ends before byte `end` (a participle's comma): the first
/// noun phrase of its main clause, past an opening phrase set off by a comma ("Asked about the
/// fees, Hollister defended …"), when it is a person's or a group's name, a pronoun or role
/// noun that `coref` resolved, a group that speaks ("advocates") or a writing ("the report").
/// The latest person named before the comma is not taken: in "Calloway criticized the sheriff,
/// saying …" the sheriff is the object.
pub(super) fn clause_subject(
    text: &str,
    folded: &str,
    tokens: &[Token],
    end: usize,
    references: &[(Range<usize>, &str)],
) -> Option<String> {
    let word = |k: usize| &folded[tokens[k].base.clone()];
    // The tokens of the clause, up to the participle's comma.
    let stop = tokens.partition_point(|t| t.base.end <= end);
    let mut k = main_clause_start(text, folded, tokens, stop);
    while k < stop && opening_word(word(k)) {
        k += 1;
    }
    let after_the = k > 0 && matches!(word(k - 1), "the" | "a" | "an");
    let t = tokens.get(k).filter(|_| k < stop)?;
    let w = word(k);
    // A pronoun or role noun resolved by coref: its range may open with "the".
    let np_start = if after_the { tokens[k - 1].base.start } else { t.base.start };
    let resolved = references
        .iter()
        .find(|(r, _)| r.start >= np_start && r.start < t.base.end)
        .map(|(_, name)| name.to_string());
    if t.possessive {
        // "The union's president, Dana Ortiz, …": the subject is whose, not what; leave it.
        return None;
    }
    if resolved.is_some() {
        return resolved;
    }
    if SUBJECT_PRONOUNS.contains(&w) {
        return Some(w.to_string());
    }
    let group = |k: usize| is_group_speaker(word(k)) || is_public_group(word(k));
    if !t.capitalised {
        if group(k) {
            return Some(w.to_string());
        }
        // "The chief executive of Halvern Pharmaceuticals defended …": its officer speaks for it.
        if let Some(name) = officer_of(text, folded, tokens, k, stop) {
            return Some(name);
        }
        // "the report", "the sheriff" with no name to resolve it to.
        return (after_the && (is_document_speaker(w) || is_title_word(w))).then(|| format!("the {w}"));
    }
    let mut last = k;
    while last + 1 < stop
        && !tokens[last].break_after
        && !tokens[last].possessive
        && tokens[last + 1].capitalised
    {
        last += 1;
    }
    if tokens[last].possessive {
        return None;
    }
    // Lower-case nouns after the name make it a modifier ("Democratic campaign officials",
    // "City budget officials", "Republican presidential nominee Mitt Romney", "The Ashby
    // Families United group"): the group or the person they lead to is the subject; a body's
    // head noun leaves the name as the subject. A verb ends the noun phrase ("Hollister met
    // officials, saying …" is Hollister's).
    let mut head = last;
    while head + 1 < stop
        && head - last < 3
        && !tokens[head].break_after
        && !tokens[head + 1].capitalised
        && (group(head + 1) || noun_like(word(head + 1)))
    {
        head += 1;
    }
    if head > last && group(head) {
        return Some(text[t.base.start..tokens[head].base.end].to_string());
    }
    let office = is_title_word(word(head)) || OFFICES.contains(&word(head));
    if head > last && office && !tokens[head].break_after && head + 1 < stop && tokens[head + 1].capitalised {
        let mut name = head + 1;
        while name + 1 < stop && !tokens[name].break_after && tokens[name + 1].capitalised {
            name += 1;
        }
        return name_ending_at(text, folded, tokens, name);
    }
    // A group word alone is no name ("Advocates objected"); inside a longer run it is part of
    // a name ("Ashby Families United").
    if last == k && group(k) {
        return Some(w.to_string());
    }
    // One capitalised word that opens the sentence before a preposition is no name ("Close to
    // three dozen House Democrats have signed …").
    if last == k && t.initial && k + 1 < stop && PREPOSITIONS.contains(&word(k + 1)) {
        return None;
    }
    name_ending_at(text, folded, tokens, last)
}

/// The body whose officer is the subject at token `k` ("the chief executive of Halvern
/// Pharmaceuticals", "a spokeswoman for the authority"): the name after the office's
/// preposition, within the clause that ends before token `stop`.
fn officer_of(text: &str, folded: &str, tokens: &[Token], k: usize, stop: usize) -> Option<String> {
    let word = |i: usize| &folded[tokens[i].base.clone()];
    let preposition = (k + 1..stop.min(k + 3)).find(|&i| matches!(word(i), "of" | "for" | "at"))?;
    let mut first = preposition + 1;
    if first < stop && word(first) == "the" {
        first += 1;
    }
    if first >= stop || !tokens[first].capitalised || !officer_before_preposition(folded, tokens, first) {
        return None;
    }
    let mut last = first;
    while last + 1 < stop
        && !tokens[last].break_after
        && !tokens[last].possessive
        && tokens[last + 1].capitalised
    {
        last += 1;
    }
    name_ending_at(text, folded, tokens, last)
}

/// The first token of the main clause before token `stop`: after an opening phrase that a comma
/// closes when the sentence opens with a connective, a preposition or a participle ("However,",
/// "In a statement,", "Asked about the fees,"); else the first token.
fn main_clause_start(text: &str, folded: &str, tokens: &[Token], stop: usize) -> usize {
    let Some(first) = tokens.first() else { return 0 };
    // A dateline ("WASHINGTON — The chief executive …", "KYIV, Ukraine — President …") is
    // where, not who: a word in capitals, then at most a capitalised place, then a dash.
    let in_dateline = |k: usize| tokens[k].acronym || k > 0 && tokens[0].acronym && tokens[k].capitalised;
    let dateline = (0..stop.min(3)).take_while(|&k| in_dateline(k)).find(|&k| {
        text.get(tokens[k].full.end..tokens.get(k + 1).map_or(text.len(), |t| t.base.start))
            .is_some_and(|gap| gap.contains(['—', '–', '-']))
    });
    if let Some(k) = dateline {
        return k + 1;
    }
    let w = &folded[first.base.clone()];
    if !(is_function_word(w) || is_ly_adverb(w) || is_participle(w)) || SUBJECT_PRONOUNS.contains(&w) {
        return 0;
    }
    // A comma before the participle's own: the one that closes the opening phrase.
    (0..stop.saturating_sub(1))
        .find(|&k| text.get(tokens[k].full.end..tokens[k + 1].base.start).is_some_and(|g| g.contains(',')))
        .map_or(0, |k| k + 1)
}

/// Words that open a clause before its subject: connectives, adverbs, determiners ("But",
/// "Still", "Later", "The"), never a pronoun that may be the subject itself.
fn opening_word(w: &str) -> bool {
    (is_function_word(w) || is_ly_adverb(w)) && !SUBJECT_PRONOUNS.contains(&w)
}

#[cfg(test)]
#[path = "participles_tests.rs"]
mod tests;
