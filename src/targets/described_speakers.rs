//! Speakers written as a description rather than a name: an officer of a body ("the head of the
//! city's largest police union said", "The president of the union said"), an official named by
//! office alone ("A union official said", "one city spokesman said") and a group described by
//! whom it speaks for ("Advocates for low-income families said"). News writes these as often as
//! names; read as the writer's own sentence, "the cut would mean about 120 fewer officers" was
//! the author's claim, not the union's.
//!
//! In: a sentence's text, folded text and tokens, and the last token before the verb of saying.
//! Out: the speaker as written. Used by `speaker_position` once no name, group or title fits.

use super::affiliation::OFFICES;
use super::lexicon::{is_group_speaker, is_public_group};
use super::tokens::Token;

/// How many words a description may run from its head to the verb: "the head of the city's
/// largest police union" is seven.
const REACH: usize = 8;

/// Offices that are not heads of a body but speak for it all the same.
pub(super) const OFFICIALS: &[&str] = &["official", "representative", "negotiator", "economist"];

/// Words that open a description ("the", "a", "one").
const DETERMINERS: &[&str] = &["the", "a", "an", "one", "another"];

/// Prepositions that tie an office or a group to whom it belongs or speaks for.
pub(super) const TIES: &[&str] = &["of", "for", "at", "with"];

/// The speaker ending at token `last` written as a description, if it is one.
pub(super) fn described_speaker(text: &str, folded: &str, tokens: &[Token], last: usize) -> Option<String> {
    let word = |k: usize| &folded[tokens[k].base.clone()];
    let office = |k: usize| OFFICES.contains(&word(k)) || OFFICIALS.contains(&word(k));
    let from = last.saturating_sub(REACH);
    // The words back to the head must run unbroken: a comma closes the description.
    let unbroken = |k: usize| (k..last).all(|i| !tokens[i].break_after);
    // "the head of …", "Advocates for …": the first tie within reach whose word before is an
    // office or a group that speaks.
    let tie = (from + 1..last).find(|&k| {
        TIES.contains(&word(k)) && unbroken(k - 1) && {
            let head = word(k - 1);
            office(k - 1) || is_group_speaker(head) || is_public_group(head)
        }
    });
    if let Some(tie) = tie {
        let head = tie - 1;
        if !office(head) {
            // A group: as written, from its head ("Advocates", "Leaders").
            return Some(text[tokens[head].base.start..tokens[last].base.end].to_string());
        }
        let start = opening(folded, tokens, head)?;
        return Some(text[tokens[start].base.start..tokens[last].base.end].to_string());
    }
    // "A union official", "one city spokesman": an office with a determiner before it.
    if !office(last) || tokens[last].capitalised && !tokens[last].initial {
        return None;
    }
    let start = opening(folded, tokens, last)?;
    (start < last).then(|| text[tokens[start].base.start..tokens[last].base.end].to_string())
}

/// The determiner that opens the description whose head is token `head`, past at most two
/// modifiers ("a police union official") or a possessive ("the union's president").
fn opening(folded: &str, tokens: &[Token], head: usize) -> Option<usize> {
    (head.saturating_sub(3)..=head).find(|&k| {
        DETERMINERS.contains(&&folded[tokens[k].base.clone()]) && (k..head).all(|i| !tokens[i].break_after)
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::targets::tokens::{fold_fast, tokenize};

    /// The described speaker of the words before "said".
    fn speaker(sentence: &str) -> Option<String> {
        let cut = sentence.find(" said").expect("a sentence with said");
        let (folded, tokens) = (fold_fast(sentence), tokenize(sentence));
        let last = tokens.iter().rposition(|t| t.base.end <= cut)?;
        described_speaker(sentence, &folded, &tokens, last)
    }

    #[test]
    fn an_officer_of_a_body_is_the_speaker_as_written() {
        assert_eq!(
            speaker("But the head of the city's largest police union said the cut would hurt.").as_deref(),
            Some("the head of the city's largest police union")
        );
        assert_eq!(
            speaker("The president of the union said it would fail.").as_deref(),
            Some("The president of the union")
        );
    }

    #[test]
    fn an_official_with_a_determiner_is_the_speaker() {
        assert_eq!(
            speaker("A union official said the budget was a mistake.").as_deref(),
            Some("A union official")
        );
        assert_eq!(speaker("One city spokesman said nothing.").as_deref(), Some("One city spokesman"));
    }

    #[test]
    fn a_group_described_by_whom_it_speaks_for_is_the_speaker() {
        assert_eq!(
            speaker("Advocates for low-income families said the fee would keep people out.").as_deref(),
            Some("Advocates for low-income families")
        );
    }

    #[test]
    fn a_thing_or_a_comma_is_no_description() {
        assert_eq!(speaker("The plan for the new stadium said little."), None);
        assert_eq!(speaker("The report said it would."), None);
        assert_eq!(speaker("The president, of all people, said so."), None);
        assert_eq!(speaker("The union said it would sue."), None);
    }
}
