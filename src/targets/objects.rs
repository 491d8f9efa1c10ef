//! Whose object a word is: a name or a group after a preposition ("Critics of the agency",
//! "lawyers for the tenants") is whom others speak of, not who speaks — unless an officer
//! stands before the preposition ("a spokeswoman for the authority"), who speaks for it.
//!
//! A place after "in", "across" or "from" that describes a group ("Advocates in Ashby County",
//! "parents across the district") is where the group is: the group speaks, not the place.
//!
//! In: the folded sentence and its tokens. Out: yes or no for a token, or the group's token.

use super::lexicon::{is_function_word, is_group_speaker, is_place_head, is_public_group};
use super::tokens::Token;

/// Prepositions that place a group ("advocates in Ashby County", "parents across the district").
const PLACE_PREPOSITIONS: &[&str] = &["in", "across", "from", "throughout"];

/// Prepositions whose object is whom others speak of, not who speaks ("Critics of Mayor Park",
/// "lawyers for the tenants").
pub(super) const OBJECT_PREPOSITIONS: &[&str] =
    &["of", "for", "with", "to", "at", "from", "about", "against", "on", "by", "among"];

/// Whether the word before token `k` (past a determiner) is a preposition: the word at `k` is
/// then the object of another ("Critics of Mayor Park", "lawyers for the tenants").
pub(super) fn after_preposition(folded: &str, tokens: &[Token], k: usize) -> bool {
    let mut b = k;
    while b > 0 {
        b -= 1;
        let w = &folded[tokens[b].base.clone()];
        if matches!(w, "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "some" | "many") {
            continue;
        }
        return OBJECT_PREPOSITIONS.contains(&w);
    }
    false
}

/// Whether the word before the preposition in front of token `k` is an office ("a spokeswoman
/// for the authority", "the director of the department"): the object is whom the officer
/// speaks for.
pub(super) fn officer_before_preposition(folded: &str, tokens: &[Token], k: usize) -> bool {
    let mut b = k;
    while b > 0 {
        b -= 1;
        let w = &folded[tokens[b].base.clone()];
        if matches!(w, "the" | "a" | "an" | "its" | "their") {
            continue;
        }
        return matches!(w, "for" | "of" | "at")
            && b > 0
            && super::affiliation::OFFICES.contains(&&folded[tokens[b - 1].base.clone()]);
    }
    false
}

/// The token of the group that the place ending at token `last` describes: "Advocates" for
/// "Advocates in Ashby County", "Parents" for "Parents across the district". The place is a
/// capitalised name or "the" and a place noun; the group is a plural noun right before its
/// preposition ("critics", "residents", "shoppers").
pub(super) fn group_placed_at(folded: &str, tokens: &[Token], last: usize) -> Option<usize> {
    let word = |k: usize| &folded[tokens[k].base.clone()];
    let mut first = last;
    if tokens[last].capitalised {
        while first > 0 && tokens[first - 1].capitalised && !tokens[first - 1].break_after {
            first -= 1;
        }
    } else if !(is_place_head(word(last)) || matches!(word(last), "country" | "nation" | "area")) {
        return None;
    }
    let mut preposition = first.checked_sub(1)?;
    if word(preposition) == "the" {
        preposition = preposition.checked_sub(1)?;
    }
    let group = preposition.checked_sub(1)?;
    let w = word(group);
    let plural = w.len() > 4 && w.ends_with('s') && !w.ends_with("ss") && !is_function_word(w);
    let noun = is_group_speaker(w)
        || is_public_group(w)
        || plural && (!tokens[group].capitalised || tokens[group].initial);
    (PLACE_PREPOSITIONS.contains(&word(preposition))
        && !tokens[group].break_after
        && !tokens[preposition].break_after
        && !tokens[group].possessive
        && noun)
        .then_some(group)
}

#[cfg(test)]
mod tests {
    use super::super::speakers::voices;
    use crate::article::Article;
    use crate::config::Config;
    use crate::topics::TopicMap;

    /// The speaker of each sentence of `body`.
    fn speakers(body: &str) -> Vec<Option<String>> {
        let a = Article::parse("t", &format!("Title: T\n\n{body}\n"));
        let map = TopicMap::new(&Config::default_config()).unwrap();
        voices(&a, &map.attribution).into_iter().map(|(_, v)| v.speaker).collect()
    }

    fn one(body: &str) -> Option<String> {
        speakers(body).remove(0)
    }

    #[test]
    fn a_place_that_describes_a_group_is_not_the_speaker() {
        assert_eq!(one("Officials in Tehran said the talks would resume.").as_deref(), Some("officials"));
        let got = one("Iranian officials in Tehran said the talks would resume.");
        assert_eq!(got.as_deref(), Some("Iranian officials"));
        assert_eq!(one("Critics in Congress say the plan is reckless.").as_deref(), Some("critics"));
        let got = one("Parents across the district said the change came too fast.");
        assert_eq!(got.as_deref(), Some("parents"));
        let got = one("Shoppers in Ashby County said the fees were too high.");
        assert_eq!(got.as_deref(), Some("shoppers"));
        let got = one("Activists from Ashby County, who marched on Monday, said the plan was cruel.");
        assert_eq!(got.as_deref(), Some("activists"));
    }

    #[test]
    fn the_group_that_leads_them_speaks_for_them() {
        let got = one("Advocates in Ashby County, led by a group called Ashby Families United, had urged the sheriff to follow suit.");
        assert_eq!(got.as_deref(), Some("Ashby Families United"));
        let got =
            one("Advocates in Ashby County, many of them parents, had urged the sheriff to follow suit.");
        assert_eq!(got.as_deref(), Some("advocates"));
    }

    #[test]
    fn a_name_after_in_that_describes_no_group_is_left_as_it_was() {
        // A person in a place is no group; what spoke there is read as before.
        assert_eq!(one("Mayor Tom Park said the plan would pass.").as_deref(), Some("Tom Park"));
        assert_eq!(one("In Tehran, Khamenei said the talks would fail.").as_deref(), Some("Khamenei"));
    }
}
