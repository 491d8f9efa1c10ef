//! Verbs that introduce a quotation ("…,” she added", "Biden was quick to retort: “…”",
//! "…, saying, “…”"), beside the config's attribution verbs. They attribute only a sentence
//! that quotes someone: "Obama urged lawmakers to act" stays the writer's report of a deed.
//!
//! In: a sentence, folded. Out: the byte ranges of such verbs. One automaton, built once.

use std::ops::Range;
use std::sync::OnceLock;

use crate::matcher::PhraseMatcher;

/// General English verbs of saying that a quotation follows or precedes; not subject words.
#[rustfmt::skip]
const QUOTING_VERBS: &[&str] = &[
    "saying", "add", "adds", "added", "adding", "note", "notes", "noted", "noting", "explain*",
    "replied", "replies", "respond*", "retort*", "quip*", "tweet*", "complain*", "continued",
    "continues", "asked", "asks", "recalled", "recalls", "announced", "remarked", "joked",
    "countered", "shot back", "fired back", "wrote", "writes", "declared", "declares",
    // "… called the vote “a cut aimed at the people with the fewest options”", "described the ad
    // as “dishonest and hypocritical”": the subject's words, a quotation's length from the verb.
    "called", "calls", "calling", "described", "describes", "describing", "dubbed",
];

fn matcher() -> Option<&'static PhraseMatcher> {
    static MATCHER: OnceLock<Option<PhraseMatcher>> = OnceLock::new();
    MATCHER.get_or_init(|| PhraseMatcher::new(QUOTING_VERBS.iter().map(|&v| (v, 0))).ok()).as_ref()
}

/// Where the sentence (folded) has a verb that introduces a quotation.
pub(super) fn quoting_verbs(folded: &str) -> Vec<Range<usize>> {
    matcher().map_or_else(Vec::new, |m| m.find(folded).into_iter().map(|h| h.range).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn verbs(folded: &str) -> Vec<&str> {
        quoting_verbs(folded).into_iter().map(|r| &folded[r]).collect()
    }

    #[test]
    fn verbs_of_saying_are_found_as_whole_words() {
        assert_eq!(verbs("“we will win,” she added."), ["added"]);
        assert_eq!(verbs("biden was quick to retort: “no.”"), ["retort"]);
        assert_eq!(verbs("he shot back at once"), ["shot back"]);
        assert!(verbs("the additional notebook").is_empty());
        assert_eq!(verbs("she called the decision “a huge mistake.”"), ["called"]);
    }
}
