//! Definite descriptions that stand for a person named before: "the New York Democrat", "the
//! Fox News host", "the Massachusetts governor", "the 42-year-old". News writing names someone
//! once and then describes them, so a slant on "the New York Democrat" is a slant on the
//! congressman the paragraph is about.
//!
//! In: a sentence's folded text and tokens, and the index of a "the". Out: how many words the
//! description spans and its head noun. `coref` decides whom it refers to: a title head
//! ("governor") the person seen with that title, any other head the person the text follows,
//! as "he" would.

use super::tokens::Token;

/// Nouns that describe a person by party, trade or standing, with no title to match.
#[rustfmt::skip]
const PERSON_HEADS: &[&str] = &[
    "democrat", "republican", "host", "lawmaker", "legislator", "candidate", "nominee",
    "conservative", "liberal", "politician", "commentator", "anchor", "billionaire", "tycoon",
    "mogul", "businessman", "businesswoman", "incumbent", "challenger", "hopeful", "frontrunner",
    "front-runner", "pundit", "activist", "lawyer",
];

/// Lower-case words that may stand before the head ("the former Massachusetts governor").
#[rustfmt::skip]
const MODIFIERS: &[&str] = &[
    "former", "embattled", "veteran", "longtime", "freshman", "presumptive", "outspoken",
    "conservative", "liberal", "outgoing", "incoming", "retiring", "potential", "would-be",
    "likely", "top", "popular", "controversial", "combative", "self-styled", "talk", "radio",
    "show", "state", "republican", "democratic",
];

/// Heads that are adjectives too ("the presumptive Republican presidential nominee"): one of
/// these ends a description only before punctuation or a word that cannot go on a noun
/// phrase ("the New York Democrat, who…", "the Democrat said").
const ADJECTIVE_HEADS: &[&str] = &["democrat", "republican", "conservative", "liberal"];

/// Words after which a noun phrase has ended: verbs of saying and being, and clause openers.
#[rustfmt::skip]
const AFTER_A_NOUN_PHRASE: &[&str] = &[
    "said", "says", "told", "added", "has", "had", "is", "was", "who", "and", "also", "would",
    "will", "did", "does", "could", "in", "on", "at", "from", "to", "with",
];

/// How many modifiers a description may have between "the" and its head.
const MAX_MODIFIERS: usize = 3;

/// The description starting at token `i` (a "the"), as (words spanned, head noun), when its
/// head is in `PERSON_HEADS`, a title in `roles`, or an age ("the 42-year-old"); the head is
/// the last such word of the run ("the conservative talk show host"). Not one that a name or
/// "of" follows ("the Fox News host Sean Hannity", "the governor of Texas" name their person
/// themselves), nor a possessive ("the host's show").
pub(super) fn description_at<'w>(
    folded: &'w str,
    tokens: &[Token],
    i: usize,
    roles: &dyn Fn(&str) -> bool,
) -> Option<(usize, &'w str)> {
    let word = |k: usize| &folded[tokens[k].base.clone()];
    if tokens.get(i).is_none_or(|t| word(i) != "the" || t.break_after) {
        return None;
    }
    let mut head = None;
    for (k, t) in tokens.iter().enumerate().take(i + 2 + MAX_MODIFIERS).skip(i + 1) {
        let w = word(k);
        if PERSON_HEADS.contains(&w) || roles(w) || w.ends_with("-year-old") {
            if t.possessive {
                return None;
            }
            head = Some(k);
        }
        // A possessive before the head says whose ("America's Toughest Sheriff", "the state's
        // senior senator"); a superlative ranks ("the nation's toughest sheriff").
        let modifier = t.capitalised
            || t.possessive
            || MODIFIERS.contains(&w)
            || w.ends_with("est")
            || adjective_like(w)
            || w.contains('-') && !w.ends_with('-');
        if t.break_after || !modifier {
            break;
        }
    }
    let head = head?;
    let next = tokens.get(head + 1).filter(|_| !tokens[head].break_after);
    let named = next.is_some_and(|n| n.capitalised || word(head + 1) == "of");
    let ends = |n: &Token| {
        let w = &folded[n.base.clone()];
        AFTER_A_NOUN_PHRASE.contains(&w) || w.ends_with("ed") || w.ends_with("ly")
    };
    let adjective_ok = !ADJECTIVE_HEADS.contains(&word(head)) || next.is_none_or(ends);
    (!named && adjective_ok && !tokens[head].possessive).then_some((head - i + 1, word(head)))
}

/// Endings of adjectives that stand before a person's noun ("presidential", "economic",
/// "conservative", "famous", "senior"): a lower-case word so ending may be a modifier.
const ADJECTIVE_ENDINGS: &[&str] = &["al", "ic", "ive", "ous", "ful", "ent", "ant", "ary", "ior"];

fn adjective_like(word: &str) -> bool {
    word.len() > 4 && ADJECTIVE_ENDINGS.iter().any(|e| word.ends_with(e))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::targets::tokens::{fold_fast, tokenize};

    fn described(sentence: &str) -> Option<(String, String)> {
        let (folded, tokens) = (fold_fast(sentence), tokenize(sentence));
        let roles = |w: &str| matches!(w, "governor" | "senator" | "sheriff");
        (0..tokens.len()).find_map(|i| {
            description_at(&folded, &tokens, i, &roles).map(|(span, head)| {
                let words = &sentence[tokens[i].base.start..tokens[i + span - 1].base.end];
                (words.to_string(), head.to_string())
            })
        })
    }

    fn pair(words: &str, head: &str) -> Option<(String, String)> {
        Some((words.to_string(), head.to_string()))
    }

    #[test]
    fn a_party_trade_or_title_with_modifiers_is_a_description() {
        assert_eq!(described("The New York Democrat denied it."), pair("The New York Democrat", "democrat"));
        assert_eq!(
            described("All we've heard, the Fox News host complained, is talk."),
            pair("the Fox News host", "host")
        );
        assert_eq!(
            described("Later the former Massachusetts governor spoke."),
            pair("the former Massachusetts governor", "governor")
        );
        assert_eq!(described("Even so, the 42-year-old kept calm."), pair("the 42-year-old", "42-year-old"));
        assert_eq!(
            described("The self-titled America's Toughest Sheriff, who once ran, spoke."),
            pair("The self-titled America's Toughest Sheriff", "sheriff")
        );
        assert_eq!(
            described("The remarks from the potential presidential candidate stood."),
            pair("the potential presidential candidate", "candidate")
        );
        assert_eq!(
            described("Then the conservative talk show host spoke."),
            pair("the conservative talk show host", "host")
        );
    }

    #[test]
    fn a_description_that_names_its_person_or_runs_into_of_is_none() {
        assert_eq!(described("He spoke to the Fox News host Sean Hannity."), None);
        assert_eq!(described("She met the governor of Texas."), None);
        assert_eq!(described("They watched the host's show."), None);
    }

    #[test]
    fn other_nouns_and_long_runs_are_not_descriptions() {
        assert_eq!(described("The New York Times reported it."), None);
        assert_eq!(described("The Democrats won."), None);
        assert_eq!(described("The New York State Bar Association lawyer spoke."), None);
        assert_eq!(described("It was the"), None);
        assert_eq!(described("The Republican Party met."), None);
        // A noun among the modifiers ends the run: no description of a plan.
        assert_eq!(described("They read the plan of the Senate."), None);
        // A party word that goes on to a noun is an adjective: the noun is the head.
        assert_eq!(
            described("Then the presumptive Republican presidential nominee spoke."),
            pair("the presumptive Republican presidential nominee", "nominee")
        );
        assert_eq!(
            described("Then the presumptive Republican presidential nominee Mitt Romney spoke."),
            None
        );
        assert_eq!(described("The Republican presidential field narrowed."), None);
    }
}
