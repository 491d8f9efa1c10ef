//! The speaker after a verb of saying: "…,” said Abbas Araghchi", "said the senator", "said
//! the state's attorney general, Mark Ellison", "said state Sen. Doug Brenner", "said board
//! chair Patricia Oyelaran", "said Council member Rosa Delgado". Split from `speaker_position`,
//! which reads the speaker before the verb and the other places a speaker stands.
//!
//! In: a sentence's text, folded text and tokens, and the byte where the verb ends. Out: the
//! speaker as written. Used by `speakers`; `name_runs` asks [`member_title_at`] too.

use super::lexicon::is_title_word;
use super::speaker_names::name_ending_at;
use super::speaker_position::generic_speaker;
use super::tokens::Token;

/// Lower-case words a description after "said the" may take before the name in apposition.
const DESCRIPTION_WORDS: usize = 4;

/// The speaker just after byte `at` ("said Abbas Araghchi", "said the senator", "according to
/// officials").
pub(super) fn speaker_after(text: &str, folded: &str, tokens: &[Token], at: usize) -> Option<String> {
    let mut i = tokens.iter().position(|t| t.base.start >= at)?;
    if &folded[tokens[i].base.clone()] == "the" && tokens.get(i + 1).is_some_and(|t| !t.capitalised) {
        // "said the legislator, Representative Carl Seel", "said the state's attorney general,
        // Mark Ellison": the name in apposition after a description in lower case.
        let description_end = (i + 1..tokens.len().min(i + 1 + DESCRIPTION_WORDS))
            .find(|&k| tokens[k].break_after || tokens[k].capitalised)
            .filter(|&k| !tokens[k].capitalised && tokens.get(k + 1).is_some_and(|t| t.capitalised));
        if let Some(end) = description_end {
            let mut last = end + 1;
            while last + 1 < tokens.len() && !tokens[last].break_after && tokens[last + 1].capitalised {
                last += 1;
            }
            if let Some(name) = name_ending_at(text, folded, tokens, last) {
                return Some(name);
            }
        }
        return generic_speaker(text, folded, tokens, i + 1);
    }
    if matches!(&folded[tokens[i].base.clone()], "the" | "a" | "an") {
        i += 1;
    }
    let t = tokens.get(i)?;
    if !t.capitalised {
        // "said board chair Patricia Oyelaran", "said authority spokeswoman Ana Ruiz": an office
        // in lower case before the name.
        let office_end =
            (i..tokens.len().min(i + 3)).find(|&k| tokens[k].capitalised || tokens[k].break_after);
        // "said state Sen. Doug Brenner": a title after the lower-case words.
        let named = office_end.filter(|&k| {
            k > i
                && tokens[k].capitalised
                && (super::affiliation::OFFICES.contains(&&folded[tokens[k - 1].base.clone()])
                    || is_title_word(&folded[tokens[k].base.clone()]))
        });
        if let Some(first) = named {
            let mut last = first;
            while last + 1 < tokens.len() && !tokens[last].break_after && tokens[last + 1].capitalised {
                last += 1;
            }
            if let Some(name) = name_ending_at(text, folded, tokens, last) {
                return Some(name);
            }
        }
        return generic_speaker(text, folded, tokens, i);
    }
    let run_end = |from: usize| {
        let mut last = from;
        while last + 1 < tokens.len()
            && !tokens[last].break_after
            && !tokens[last].possessive
            && tokens[last + 1].capitalised
        {
            last += 1;
        }
        last
    };
    let last = run_end(i);
    // "said Council member Rosa Delgado": the body is part of her title, she speaks.
    if let Some(name) = member_title_at(folded, tokens, last).map(run_end) {
        return name_ending_at(text, folded, tokens, name);
    }
    name_ending_at(text, folded, tokens, last)
}

/// When a capitalised run ending at token `last` is followed by "member" and a name ("Council
/// member Rosa Delgado", "Board member Leon Barrett"), the name's first token: the run and
/// "member" are a title.
/// The name must be a person's, two capitalised words: "NATO member Turkey" and "UAW members
/// Friday" name the body's member or a day, and keep the body.
pub(super) fn member_title_at(folded: &str, tokens: &[Token], last: usize) -> Option<usize> {
    let member = tokens.get(last + 1)?;
    let (first, second) = (tokens.get(last + 2)?, tokens.get(last + 3)?);
    (!tokens[last].break_after
        && &folded[member.base.clone()] == "member"
        && !member.break_after
        && first.capitalised
        && !first.break_after
        && second.capitalised
        && !super::lexicon::is_calendar(&folded[first.base.clone()]))
    .then_some(last + 2)
}

#[cfg(test)]
#[path = "speaker_after_tests.rs"]
mod tests;
