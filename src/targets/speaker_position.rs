//! Where the speaker of a sentence stands: before or after a verb of saying ("Khamenei has
//! said", "…,” said Abbas Araghchi"), as the subject of a participle or of a quotation after a
//! colon, as a possessive with a speech noun ("Khamenei's declaration"), or as a pronoun or
//! role noun that `coref` resolved.
//!
//! In: a sentence's text, folded text and tokens, and its resolved references. Out: the
//! speaker as written or as the entity's name. Used by `speakers`.

use std::ops::Range;

use super::described_speakers::described_speaker;
use super::lexicon::{
    is_document_speaker, is_group_speaker, is_opener, is_public_group, is_speech_noun, is_title_word,
};
use super::objects::{after_preposition, group_placed_at, officer_before_preposition};
use super::speaker_names::{last_full_name, name_before_home, name_ending_at, opening_name};
use super::tokens::{tokenize, Token};

/// Words between a speaker and the verb ("Khamenei has repeatedly said", "supporters like to
/// say", "critics love to point out").
#[rustfmt::skip]
const BETWEEN_SPEAKER_AND_VERB: &[&str] = &[
    "has", "had", "have", "also", "then", "once", "later", "again", "to", "like", "love", "tend",
];

/// Words that may stand between a colon and the quotation it introduces, when the quotation
/// finishes the clause the colon opens ("Benning put it simply: the permits “will keep the park
/// open …”").
const WORDS_BEFORE_QUOTE: usize = 4;

/// The byte of a colon that a quotation follows ("Biden was quick to retort: “…”"), directly
/// or after a few words that the quotation finishes: who speaks is the subject before it.
pub(super) fn colon_before_quote(text: &str, quotes: &[Range<usize>]) -> Option<usize> {
    quotes.iter().find_map(|q| {
        let before = text.get(..q.start)?.trim_end();
        let opening = before.trim_end_matches(['"', '“', '\'', '‘']).trim_end();
        let colon = opening.rfind(':')?;
        let gap = &opening[colon + 1..];
        let words = gap.split_whitespace().count();
        // A clause's colon has a space or the quotation after it; "9:15" and "3:1" have none.
        let clause = gap.is_empty() || gap.starts_with(char::is_whitespace);
        let plain = clause && !gap.contains(['.', ';', '!', '?', '"', '“', '”', ':']);
        (words <= WORDS_BEFORE_QUOTE && plain && !quotes.iter().any(|other| other.contains(&colon)))
            .then_some(colon)
    })
}

/// Who a sentence is about before byte `end`, for a verb of saying with no subject of its own:
/// the latest of the name it opens with, a resolved pronoun or description, and a full name
/// ("Asked about Mr. Obama, Mr. Santorum did not back down, saying, …" is Santorum's).
pub(super) fn subject_of(
    text: &str,
    folded: &str,
    tokens: &[Token],
    end: usize,
    references: &[(Range<usize>, &str)],
) -> Option<String> {
    let head = &text[..end.min(text.len())];
    let opening = opening_name(text, folded, tokens, end).map(|n| (0, n));
    // No subject stands after a preposition ("raised on Social Security benefits"), inside a
    // relative clause (", who … ,") or as a possessive ("defended his budget").
    let after_preposition = |at: usize| {
        let word = folded[..at].split_whitespace().next_back().unwrap_or("");
        matches!(
            word,
            "on" | "over" | "of" | "about" | "for" | "with" | "from" | "by" | "in" | "to" | "against" | "at"
        )
    };
    let in_relative_clause = |at: usize| {
        [", who ", ", which ", ", whose "]
            .iter()
            .any(|w| folded[..at].rfind(w).is_some_and(|open| !folded[open + 2..at].contains(',')))
    };
    let possessive =
        |at: usize| matches!(folded[at..].split_whitespace().next(), Some("his" | "her" | "its" | "their"));
    let reference = references
        .iter()
        .rfind(|(r, _)| r.end <= end && !in_relative_clause(r.start) && !possessive(r.start))
        .map(|(r, name)| (r.start, name.to_string()));
    let full = last_full_name(head, &folded[..head.len()], &tokenize(head))
        .and_then(|n| Some((head.rfind(n.as_str())?, n)))
        .filter(|(at, _)| !after_preposition(*at) && !in_relative_clause(*at));
    [opening, reference, full].into_iter().flatten().max_by_key(|(at, _)| *at).map(|(_, name)| name)
}

/// Whom a pronoun or role-noun speaker ("he", "the senator") refers to, as `coref` resolved it:
/// the resolved reference written as `who` nearest to the attribution `cue`.
pub(super) fn referent<'r>(
    folded: &str,
    who: &str,
    cue: &Range<usize>,
    references: &[(Range<usize>, &'r str)],
) -> Option<&'r str> {
    if !(matches!(who, "he" | "she" | "him" | "her") || who.starts_with("the ")) {
        return None;
    }
    let head = who.rsplit(' ').next()?;
    let distance = |r: &Range<usize>| r.start.abs_diff(cue.start).min(r.end.abs_diff(cue.end));
    references
        .iter()
        .filter(|(r, _)| folded.get(r.clone()).is_some_and(|w| w.rsplit(' ').next() == Some(head)))
        .min_by_key(|(r, _)| distance(r))
        .map(|(_, name)| *name)
}

/// A speaker written as one word that is not a name: a group ("critics"), a pronoun, or "the"
/// + a role noun ("the senator"). `i` is the word's token.
pub(super) fn generic_speaker(text: &str, folded: &str, tokens: &[Token], i: usize) -> Option<String> {
    let w = &folded[tokens[i].base.clone()];
    // The public speaks as the sentence's opening subject ("Riders say", "Many parents said").
    let public = is_public_group(w) && i < 3 && !after_preposition(folded, tokens, i);
    if matches!(w, "he" | "she" | "they" | "we") || is_group_speaker(w) || public {
        return Some(group_name(text, folded, tokens, i));
    }
    // "said the senator", "says the letter": a title or a writing after "the". A writing speaks
    // only as a clause's subject or right after the verb: "the officials who wrote the report
    // said" are the officials.
    let after_the = i > 0 && &folded[tokens[i - 1].base.clone()] == "the";
    let writing_speaks = || {
        is_document_speaker(w)
            && (i < 2 || tokens[i - 2].break_after || {
                let before = &folded[tokens[i - 2].base.clone()];
                matches!(
                    before,
                    "says"
                        | "said"
                        | "say"
                        | "states"
                        | "stated"
                        | "notes"
                        | "noted"
                        | "adds"
                        | "added"
                        | "but"
                        | "and"
                )
            })
    };
    (after_the && (is_title_word(w) || writing_speaks())).then(|| format!("the {w}"))
}

/// The speaker just before byte `at` ("Khamenei has said", "critics argue", "Dr Lee, a
/// consultant at the clinic, said").
pub(super) fn speaker_before(text: &str, folded: &str, tokens: &[Token], at: usize) -> Option<String> {
    // A parenthetical between dashes right before the verb ("the Israel Defense Forces—led by
    // Lieutenant General Eyal Zamir—maintain") is not who speaks: look before it.
    let before = text[..at].trim_end();
    let at = match before.strip_suffix(['—', '–']).and_then(|inner| inner.rfind(['—', '–'])) {
        Some(open) => open,
        // So is a parenthesis ("John Boehner (R-Ohio) admitted"): the name stands before it.
        None => before.strip_suffix(')').and_then(|inner| inner.rfind('(')).unwrap_or(at),
    };
    let mut j = tokens.iter().rposition(|t| t.base.end <= at)?;
    while j > 0
        && (BETWEEN_SPEAKER_AND_VERB.contains(&&folded[tokens[j].base.clone()])
            || super::lexicon::is_ly_adverb(&folded[tokens[j].base.clone()]))
        && !tokens[j].capitalised
    {
        j -= 1;
    }
    let gap = &text[tokens[j].full.end..at];
    if gap.contains(['”', '"', '’']) {
        return None;
    }
    if gap.contains(',') {
        // An appositive between name and verb: the name stands before its opening comma.
        // The first comma of the window opens the appositive ("George Perkovich, a member of
        // the Council on Foreign Relations, told…").
        // The window starts after a quotation ("“… Israel,” the coalition's director, Matt
        // Brooks, said"): a name inside the quotation opens nothing. A name right before the
        // comma follows a description ("the coalition's executive director, Matt Brooks,").
        let after_quote = text[..tokens[j].base.start].rfind(['”', '"']).unwrap_or(0);
        let quote_start = tokens.partition_point(|t| t.base.start < after_quote);
        // A relative clause may run longer than an appositive: "Senor, who served under the
        // Bush administration … in Afghanistan, noted" is Senor's.
        let relative = (j.saturating_sub(RELATIVE_REACH).max(quote_start)..j).rev().find(|&k| {
            tokens[k].break_after
                && tokens[k].capitalised
                && tokens.get(k + 1).is_some_and(|t| &folded[t.base.clone()] == "who")
        });
        // "Critics of Mayor Tom Park, who took office …, said": the name is another's object.
        let run_start = |k: usize| {
            let mut first = k;
            while first > 0 && tokens[first - 1].capitalised && !tokens[first - 1].break_after {
                first -= 1;
            }
            first
        };
        let subject = |k: &usize| !after_preposition(folded, tokens, run_start(*k));
        // A dateline ("PINE HOLLOW — Castlebrook Health, …, said") is where, not who.
        let from = j.saturating_sub(15).max(quote_start).max(super::name_runs::dateline_end(text, tokens));
        let open = (from..j).find(|&k| tokens[k].break_after && tokens[k].capitalised);
        // "Advocates in Ashby County, led by a group called Ashby Families United, had urged":
        // the place is where the group is; the group that leads them speaks, else they do.
        let placed = relative.or(open).filter(|&k| k + 2 < j);
        if let Some((k, group)) = placed.and_then(|k| Some((k, group_placed_at(folded, tokens, k)?))) {
            let led_by = folded[tokens[k + 1].base.start..tokens[k + 2].base.end] == *"led by";
            let leader = led_by.then(|| name_ending_at(text, folded, tokens, j)).flatten();
            return Some(leader.unwrap_or_else(|| group_name(text, folded, tokens, group)));
        }
        let relative = relative.filter(subject);
        if let Some(name) = relative.and_then(|k| name_ending_at(text, folded, tokens, k)) {
            return Some(name);
        }
        // "Rep. Glenn Tully of Kentucky, the top Republican on the subcommittee, said".
        if let Some(k) = open.filter(|k| !subject(k)) {
            return name_before_home(text, folded, tokens, run_start(k));
        }
        return match open {
            Some(open) => name_ending_at(text, folded, tokens, open),
            None if tokens[j].capitalised => name_ending_at(text, folded, tokens, j),
            None => None,
        };
    }
    // "Riders who packed the hearing said …": the group the relative clause describes.
    if let Some(who) = relative_subject(folded, tokens, j) {
        return Some(group_name(text, folded, tokens, who));
    }
    // "Critics of the agency say …", "Critics of Mayor Tom Park said": the object of a
    // preposition is whom the speakers talk about; the speakers are the group before it.
    let mut first = j;
    while first > 0
        && tokens[first].capitalised
        && tokens[first - 1].capitalised
        && !tokens[first - 1].break_after
    {
        first -= 1;
    }
    // "Officials in Tehran said", "Parents across the district said": the group speaks.
    if let Some(group) = group_placed_at(folded, tokens, j) {
        return Some(group_name(text, folded, tokens, group));
    }
    if let Some(name) = name_before_home(text, folded, tokens, first) {
        return Some(name);
    }
    if after_preposition(folded, tokens, first) {
        // "A spokeswoman for the Harbor City Transit Authority said": its officer speaks for it.
        if officer_before_preposition(folded, tokens, first) {
            return name_ending_at(text, folded, tokens, j)
                .or_else(|| described_speaker(text, folded, tokens, j));
        }
        return group_before_preposition(text, folded, tokens, first)
            .or_else(|| described_speaker(text, folded, tokens, j));
    }
    // "Critics say …" opening a sentence is the group, not a name.
    let group = is_group_speaker(&folded[tokens[j].base.clone()]);
    if tokens[j].capitalised && !tokens[j].possessive && !group {
        if let Some(name) = name_ending_at(text, folded, tokens, j) {
            return Some(name);
        }
    }
    generic_speaker(text, folded, tokens, j).or_else(|| described_speaker(text, folded, tokens, j))
}

/// A group speaker at token `i` as written, with the adjective that says whose ("Republican
/// lawmakers", "Iranian officials").
fn group_name(text: &str, folded: &str, tokens: &[Token], i: usize) -> String {
    let whose = i > 0 && tokens[i - 1].capitalised && !tokens[i - 1].break_after;
    if whose && !is_opener(&folded[tokens[i - 1].base.clone()]) {
        return text[tokens[i - 1].base.start..tokens[i].base.end].to_string();
    }
    folded[tokens[i].base.clone()].to_string()
}

/// The group that speaks of the object at token `k` ("Critics" of "Critics of the agency"):
/// the word before its preposition, if it is a group that speaks.
fn group_before_preposition(text: &str, folded: &str, tokens: &[Token], k: usize) -> Option<String> {
    let mut b = k.checked_sub(1)?;
    while b > 0 && matches!(&folded[tokens[b].base.clone()], "the" | "a" | "an" | "its" | "their") {
        b -= 1;
    }
    let head = b.checked_sub(1)?;
    let word = &folded[tokens[head].base.clone()];
    (is_group_speaker(word) || is_public_group(word)).then(|| group_name(text, folded, tokens, head))
}

/// How far back a name before ", who …," may stand from the verb of saying.
const RELATIVE_REACH: usize = 40;
/// Words a relative clause between a group and its verb of saying may hold.
const RELATIVE_CLAUSE_WORDS: usize = 8;

/// The token of a group that a relative clause ending at token `j` describes ("Parents who
/// spoke at the meeting" said): "who" within a few words before, with no break between, after
/// a group that speaks.
fn relative_subject(folded: &str, tokens: &[Token], j: usize) -> Option<usize> {
    let from = j.saturating_sub(RELATIVE_CLAUSE_WORDS);
    let word = |k: usize| &folded[tokens[k].base.clone()];
    // The first such "who": "Officials who met with tenants who had complained said" are the
    // officials. A group after a preposition is what another is about ("a spokesman for the
    // students who …").
    let who = (from.max(1)..=j).find(|&k| {
        let group = k - 1;
        word(k) == "who"
            && (is_group_speaker(word(group)) || is_public_group(word(group)))
            && !after_preposition(folded, tokens, group)
    })?;
    let group = who - 1;
    (group..j).all(|k| !tokens[k].break_after).then_some(group)
}

/// "Khamenei's former declaration that…", "Obama's statement": a possessive name before a noun
/// of saying (one modifier allowed between) names the speaker.
pub(super) fn possessive_speech(
    text: &str,
    folded: &str,
    tokens: &[Token],
) -> Option<(String, Range<usize>)> {
    for (k, t) in tokens.iter().enumerate() {
        if !(t.possessive && t.capitalised) || t.break_after {
            continue;
        }
        for gap in [1, 2] {
            let Some(noun) = tokens.get(k + gap) else { break };
            if gap == 2 && tokens[k + 1].break_after {
                break;
            }
            if is_speech_noun(&folded[noun.base.clone()]) {
                let name = name_ending_at(text, folded, tokens, k)?;
                return Some((name, noun.base.clone()));
            }
        }
    }
    None
}
