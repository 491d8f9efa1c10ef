//! Cue scope: which words that match a cue list judge nothing where they stand, and where a
//! sentence turns. A cue inside a name or a compound ("Homeland Security", "de-escalation"),
//! modifying an institution ("security establishment") or inside an idiom ("it is worth
//! asking") is no cue; a topic named as "pro-Israel" is its partisans, not the topic; "not
//! un-…" cancels itself; a sentence opening with a concession ("While …,") asserts its main
//! clause.
//!
//! In: a sentence (as written or folded) and a byte range in it. Out: yes or no, or the byte
//! where the main clause starts. Used by `stance` and `claims`.

use std::ops::Range;

/// Whether the term at `start` is the second half of "pro-…" or "anti-…": "pro-Israel hawks"
/// are hawks, and what they are called says nothing of Israel.
pub(crate) fn names_its_partisans(folded: &str, start: usize) -> bool {
    let before = &folded[..start];
    ["pro-", "anti-"].iter().any(|p| {
        before.ends_with(p)
            && !before[..before.len() - p.len()].chars().next_back().is_some_and(char::is_alphanumeric)
    })
}

/// Whether the text after a negation starts with an "un-" word it cancels ("not unreasonable
/// demands" are reasonable ones): then the negation does not flip the cue that follows.
pub(crate) fn is_litotes(after: &str) -> bool {
    let next = after.split_whitespace().next().unwrap_or("");
    let next = next.trim_matches(|c: char| !c.is_alphanumeric());
    next.len() >= 6
        && next.starts_with("un")
        && !next.starts_with("under")
        && !matches!(next, "unless" | "until" | "unlike" | "unto")
}

/// Verbs that make "worth" the idiom "it is worth asking" rather than a judgement of worth.
const WORTH_IDIOMS: [&str; 12] = [
    "asking",
    "noting",
    "remembering",
    "recalling",
    "mentioning",
    "considering",
    "repeating",
    "pointing",
    "stressing",
    "emphasizing",
    "emphasising",
    "wondering",
];

/// Whether a cue is a word of an idiom that judges nothing ("It is worth asking why …").
pub(crate) fn inside_idiom(folded: &str, cue: &Range<usize>) -> bool {
    let next = folded[cue.end..].split_whitespace().next().unwrap_or("");
    &folded[cue.clone()] == "worth"
        && WORTH_IDIOMS.contains(&next.trim_matches(|c: char| !c.is_alphanumeric()))
}

/// Openings of a concession: in "While some argue for talks, opponents judge them a lifeline"
/// the main clause after the comma is what the sentence asserts.
const CONCESSIVE_OPENERS: [&str; 7] =
    ["while ", "although ", "though ", "even though ", "even as ", "whereas ", "despite "];

/// The byte where the main clause starts when the sentence opens with a concession (after the
/// first comma), as a turn word marks it mid-sentence.
pub(crate) fn concession_ends(folded: &str) -> Option<usize> {
    let body = folded.trim_start_matches(|c: char| !c.is_alphanumeric());
    let offset = folded.len() - body.len();
    CONCESSIVE_OPENERS.iter().any(|o| body.starts_with(o)).then_some(())?;
    body.find(", ").map(|comma| offset + comma + 2)
}

/// Nouns that make the cue before them the modifier of an institution ("security
/// establishment", "defence forces", "security services"): it names a body, it judges nothing.
const INSTITUTION_HEADS: [&str; 22] = [
    "establishment",
    "forces",
    "force",
    "services",
    "service",
    "council",
    "cabinet",
    "agency",
    "agencies",
    "apparatus",
    "officials",
    "official",
    "chief",
    "chiefs",
    "adviser",
    "advisers",
    "advisor",
    "advisors",
    "minister",
    "ministry",
    "personnel",
    "apparatchiks",
];

/// Whether a cue is part of a name ("Homeland Security", "Security Council": capitalised with
/// a capitalised neighbour, away from the sentence's start) or of a hyphenated compound
/// ("de-escalation" is not "escalation"): then it names something, it does not judge it.
pub(crate) fn inside_name_or_compound(text: &str, cue: &Range<usize>) -> bool {
    let (before, after) = (&text[..cue.start], &text[cue.end..]);
    let hyphen_joined = before.ends_with('-')
        && before[..before.len() - 1].chars().next_back().is_some_and(char::is_alphanumeric)
        || after.starts_with('-') && after[1..].chars().next().is_some_and(char::is_alphanumeric);
    if hyphen_joined {
        return true;
    }
    let next_word = after.split_whitespace().next().unwrap_or("");
    let next_word = next_word.trim_end_matches(|c: char| !c.is_alphanumeric());
    if !after.starts_with([',', '.', ':', ';']) && INSTITUTION_HEADS.contains(&next_word) {
        return true;
    }
    let capitalised = |w: Option<&str>| w.and_then(|w| w.chars().next()).is_some_and(char::is_uppercase);
    let cue_capitalised = text[cue.clone()].chars().next().is_some_and(char::is_uppercase);
    let first_word = before.trim().is_empty();
    let previous = before.split_whitespace().next_back().filter(|w| !w.ends_with([',', '.', ':', ';']));
    let next = after.split_whitespace().next().filter(|_| !after.starts_with([',', '.', ':', ';']));
    cue_capitalised && !first_word && (capitalised(previous) || capitalised(next))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_inside_names_and_compounds_are_not_cues() {
        assert!(inside_name_or_compound("His Secretary of Homeland Security spoke.", &(26..34)));
        assert!(inside_name_or_compound("They called for de-escalation now.", &(19..29)));
        assert!(!inside_name_or_compound("They called for escalation now.", &(16..26)));
        assert!(!inside_name_or_compound("Security matters to Israel.", &(0..8)));
        assert!(inside_name_or_compound("Israel's security establishment is on alert.", &(9..17)));
        assert!(!inside_name_or_compound("Israel's security, they say, is at stake.", &(9..17)));
    }

    #[test]
    fn a_concession_ends_at_its_first_comma() {
        assert_eq!(concession_ends("while a, b"), Some(9));
        assert_eq!(concession_ends("  although the talks stalled, they go on"), Some(30));
        assert_eq!(concession_ends("the talks, while slow, go on"), None);
    }

    #[test]
    fn not_un_is_litotes_but_not_until() {
        assert!(is_litotes(" unreasonable demands"));
        assert!(!is_litotes(" until the talks end"));
        assert!(!is_litotes(" understood by anyone"));
        assert!(!is_litotes(" a lifeline"));
    }

    #[test]
    fn worth_asking_is_an_idiom() {
        assert!(inside_idiom("it is worth asking why", &(6..11)));
        assert!(!inside_idiom("the talks are worth pursuing", &(14..19)));
    }

    #[test]
    fn pro_and_anti_name_partisans() {
        assert!(names_its_partisans("pro-israel hawks", 4));
        assert!(names_its_partisans("the anti-israel lobby", 9));
        assert!(!names_its_partisans("the repro-israel case", 10));
        assert!(!names_its_partisans("israel's hawks", 0));
    }
}
