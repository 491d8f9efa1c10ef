//! Person names as a speaker is written: the name run ending at a word, with openers and titles
//! dropped ("But Akbarin" → "Akbarin", "Supreme Leader Ali Khamenei" → "Ali Khamenei"), and the
//! first or last person's full name of a sentence, for a "he said" that follows.
//!
//! In: a sentence's text, folded text and tokens. Out: names as strings. Used by `speakers`.

use super::first_names::first_name_gender;
use super::lexicon::{
    completes_title, is_calendar, is_group_head, is_opener_at, is_participle, is_place_head, is_title_word,
};
use super::tokens::Token;

/// Whether a name can be a person's, as "he" or "she" needs: no word of it is the head of an
/// organisation's or a place's name ("the Islamic Republic", "Guardian Council").
pub(super) fn person_like(name: &str) -> bool {
    !name.split_whitespace().any(|w| {
        let w = w.to_lowercase();
        is_group_head(&w) || is_place_head(&w)
    })
}

/// Whether the sentence's first word (past openers) is the last word of `name`: its subject is
/// that person ("Mohammadi also said…" after "Narges Mohammadi").
pub(super) fn opens_with_surname(folded: &str, tokens: &[Token], name: &str) -> bool {
    let last = name.rsplit(' ').next().unwrap_or(name);
    let Some(first) = tokens
        .iter()
        .find(|t| !is_opener_at(&folded[t.base.clone()], t.initial))
        .map(|t| &folded[t.base.clone()])
    else {
        return false;
    };
    // An ASCII surname (most are) is compared in lower case byte by byte, with every "'s" at
    // its end stripped, as the lowered copy below would be: asked for every sentence after one
    // that names a speaker, the copy was most of the cost.
    if last.is_ascii() {
        let mut surname = last.as_bytes();
        while let [rest @ .., b'\'', s] = surname {
            if !s.eq_ignore_ascii_case(&b's') {
                break;
            }
            surname = rest;
        }
        return first.len() == surname.len()
            && first.bytes().zip(surname).all(|(a, &b)| a == b.to_ascii_lowercase());
    }
    first == last.to_lowercase().trim_end_matches("'s")
}

/// The last two- or three-word person's name of a sentence ("Narges Mohammadi spoke…"), for a
/// "she said" that follows with no speaker named before it.
pub(super) fn last_full_name(text: &str, folded: &str, tokens: &[Token]) -> Option<String> {
    let plain_name =
        |t: &Token| t.capitalised && !t.acronym && !is_opener_at(&folded[t.base.clone()], t.initial);
    let mut best = None;
    let mut i = 0;
    while i < tokens.len() {
        let mut end = i;
        while end < tokens.len() && plain_name(&tokens[end]) && (end == i || !tokens[end - 1].break_after) {
            end += 1;
        }
        let name = || name_ending_at(text, folded, tokens, end - 1).filter(|n| person_like(n));
        if (2..=3).contains(&(end - i)) && !tokens[i].initial {
            best = name().or(best);
        } else if (2..=3).contains(&(end - i)) {
            best = best.or_else(name);
        }
        i = end.max(i + 1);
    }
    best
}

/// The first two- or three-word person's name of a sentence: its subject, usually ("Narges Mohammadi,
/// the jailed laureate, … she said").
pub(super) fn first_full_name(text: &str, folded: &str, tokens: &[Token]) -> Option<String> {
    let plain_name =
        |t: &Token| t.capitalised && !t.acronym && !is_opener_at(&folded[t.base.clone()], t.initial);
    let mut i = 0;
    while i < tokens.len() {
        let mut end = i;
        while end < tokens.len() && plain_name(&tokens[end]) && (end == i || !tokens[end - 1].break_after) {
            end += 1;
        }
        if (2..=3).contains(&(end - i)) {
            if let Some(name) = name_ending_at(text, folded, tokens, end - 1).filter(|n| person_like(n)) {
                return Some(name);
            }
        }
        i = end.max(i + 1);
    }
    None
}

/// The name run ending at token `last` (inclusive), with sentence openers and adverbs dropped
/// from its front and titles from before the name: "But Akbarin" → "Akbarin", "Supreme Leader
/// Ali Khamenei" → "Ali Khamenei"; a title alone stays a title ("the Supreme Leader").
pub(super) fn name_ending_at(text: &str, folded: &str, tokens: &[Token], last: usize) -> Option<String> {
    let word = |i: usize| &folded[tokens[i].base.clone()];
    let mut first = last;
    while first > 0 {
        let prev = &tokens[first - 1];
        let joins =
            prev.capitalised || (word(first - 1) == "of" && tokens.get(first).is_some_and(|t| t.capitalised));
        if prev.break_after || prev.possessive || !joins || last - first >= 5 {
            break;
        }
        first -= 1;
    }
    while first <= last {
        let w = word(first);
        let participle = first == 0 && is_participle(w);
        if is_opener_at(w, tokens[first].initial) && !is_title_word(w) || is_calendar(w) || participle {
            first += 1;
        } else {
            break;
        }
    }
    if first > last || !tokens[first].capitalised {
        return None;
    }
    // "Attorney General Karen Stiles", "Chief Executive Patrick Doyle": the second word
    // completes the title.
    let completes = |i: usize| i > first && completes_title(word(i - 1), word(i));
    let mut title_end = (first..last)
        .filter(|&i| is_title_word(word(i)) || completes(i))
        .map(|i| i + 1)
        .max()
        .unwrap_or(first);
    // "Secretary of State Marco Rubio": the "of …" belongs to the title.
    if title_end > first && title_end + 2 <= last && word(title_end) == "of" {
        title_end += 2;
    }
    let name = &text[tokens[title_end].base.start..tokens[last].base.end];
    if title_end == last && is_title_word(word(last)) {
        return Some(format!("the {}", &text[tokens[first].base.start..tokens[last].base.end]));
    }
    Some(name.to_string())
}

/// The person's name a sentence opens with (past openers, within its first four words), ending
/// before byte `end`: the subject of "Biden was quick to retort: …".
pub(super) fn opening_name(text: &str, folded: &str, tokens: &[Token], end: usize) -> Option<String> {
    let first = tokens.iter().position(|t| !is_opener_at(&folded[t.base.clone()], t.initial))?;
    if first > 3 || !tokens[first].capitalised || tokens[first].acronym {
        return None;
    }
    let mut last = first;
    while last + 1 < tokens.len()
        && tokens[last + 1].capitalised
        && !tokens[last].break_after
        && !tokens[last].possessive
        && tokens[last + 1].base.end <= end
    {
        last += 1;
    }
    if tokens[last].base.end > end || tokens[last].possessive {
        return None;
    }
    name_ending_at(text, folded, tokens, last).filter(|n| person_like(n))
}

/// Words a titled name may span before "of" and the place ("Rep. Glenn Tully").
const HOME_NAME_WORDS: usize = 5;

/// The person named before "of" and a place, given the place's first token ("Rep. Glenn Tully
/// of Kentucky said", "Sen. Kyrsten Sinema of Arizona, a Democrat, said"): where someone comes
/// from follows their name, and they are who speaks. A title or a common first name says the
/// name is a person's: "the University of Michigan said" is no one's.
pub(super) fn name_before_home(text: &str, folded: &str, tokens: &[Token], place: usize) -> Option<String> {
    let of = place.checked_sub(1)?;
    let last = of.checked_sub(1)?;
    if &folded[tokens[of].base.clone()] != "of"
        || !tokens[last].capitalised
        || tokens[last].break_after
        || tokens[last].possessive
    {
        return None;
    }
    let mut first = last;
    while first > 0
        && last - first < HOME_NAME_WORDS
        && tokens[first - 1].capitalised
        && !tokens[first - 1].break_after
    {
        first -= 1;
    }
    let titled = (first..last).any(|i| is_title_word(&folded[tokens[i].base.clone()]));
    let name = name_ending_at(text, folded, tokens, last)?;
    let first_name =
        name.split_whitespace().next().is_some_and(|w| first_name_gender(&w.to_lowercase()).is_some());
    ((titled || first_name) && person_like(&name)).then_some(name)
}
