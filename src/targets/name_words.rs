//! Capitalised words whose capital says something other than "a name starts here": a party
//! and state tag ("D-Ill."), a contraction of "I" ("I'll"), a party word before a person's name
//! ("Republican Mitt Romney") or alone ("Democratic lawmakers", "a Republican"), and the
//! sentence-opening first words of place names and ordinals ("New York", "First
//! Amendment") that are also everyday lower-case words.
//!
//! A name may also end in a number where its last word numbers things ("Route 62").
//!
//! Why: without these, a pair of US news reports got "D-Ill", "I'll", "Democratic",
//! "Republican of Oklahoma" and "York Times" as targets of their own.

/// Party words that say which party someone belongs to.
const PARTY_WORDS: &[&str] = &["democrat", "democratic", "republican"];

/// First words of names that are also common lower-case words ("new", "first"): at the start
/// of a sentence, followed by another capitalised word, they still begin the name.
#[rustfmt::skip]
const NAME_OPENERS: &[&str] = &[
    "new", "north", "south", "east", "west", "san", "los", "las", "fort", "mount", "port",
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
];

/// Words that name a thing by its number ("Route 62", "Local 418", "Proposition 8", "Section
/// 230"): the number is part of the name, and "Route 62" is not "Route 45".
#[rustfmt::skip]
const NUMBERED: &[&str] = &[
    "route", "local", "proposition", "prop", "section", "title", "amendment", "district", "highway",
    "interstate", "flight", "article", "chapter", "precinct", "ward", "terminal", "gate", "pier",
    "measure", "question", "station", "unit", "building", "apollo", "resolution", "bill",
];

/// Whether a name ending in `folded_word` takes a number after it as part of itself, and
/// `next` (as written) is such a number: one to five digits.
pub(crate) fn takes_number(folded_word: &str, next: &str) -> bool {
    NUMBERED.contains(&folded_word)
        && (1..=5).contains(&next.len())
        && next.bytes().all(|b| b.is_ascii_digit())
}

/// A capitalised word that is never (part of) a name: a party and state tag, written after a
/// legislator's name ("D-Ill", "R-Okla", "D-N.Y"), or "I" with a contraction ("I'll", "I’m").
pub(crate) fn is_never_name(folded_word: &str) -> bool {
    is_party_tag(folded_word) || is_contracted_i(folded_word)
}

fn is_party_tag(word: &str) -> bool {
    let bytes = word.as_bytes();
    matches!(bytes, [b'd' | b'r' | b'i', b'-', rest @ ..]
        if (1..=6).contains(&rest.len())
            && rest.iter().all(|b| b.is_ascii_lowercase() || *b == b'.')
            && rest[0].is_ascii_lowercase())
}

fn is_contracted_i(word: &str) -> bool {
    let rest = word.strip_prefix("i'").or_else(|| word.strip_prefix("i’"));
    rest.is_some_and(|r| matches!(r, "m" | "ll" | "ve" | "d"))
}

/// Whether a word says which party someone belongs to ("Democratic", "Republican").
pub(crate) fn is_party_word(folded_word: &str) -> bool {
    PARTY_WORDS.contains(&folded_word)
}

/// Whether a sentence-initial word still begins the name after it ("New York", "First Lady").
pub(crate) fn opens_a_name(folded_word: &str) -> bool {
    NAME_OPENERS.contains(&folded_word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn party_and_state_tags_are_never_names() {
        for tag in ["d-ill", "r-okla", "d-n.y", "r-iowa", "i-vt", "r-wis."] {
            assert!(is_never_name(tag), "{tag}");
        }
        for word in ["de-escalation", "d-", "r-12", "rand", "d-day-long-word", "democrat"] {
            assert!(!is_never_name(word), "{word}");
        }
    }

    #[test]
    fn contractions_of_i_are_never_names() {
        for word in ["i'll", "i’ll", "i've", "i'm", "i’d"] {
            assert!(is_never_name(word), "{word}");
        }
        assert!(!is_never_name("iran"));
        assert!(!is_never_name("i"));
    }

    #[test]
    fn party_words_say_whose_member_someone_is() {
        assert!(is_party_word("democratic") && is_party_word("democrat") && is_party_word("republican"));
        assert!(!is_party_word("republicans") && !is_party_word("independent"));
    }

    #[test]
    fn place_and_ordinal_openers_begin_names() {
        assert!(opens_a_name("new") && opens_a_name("first"));
        assert!(!opens_a_name("the") && !opens_a_name("critics"));
    }
}
