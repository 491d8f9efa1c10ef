//! The things an article argues about that have no name: the lower-case nouns it keeps
//! returning to as "the …" ("the permits", "the charge", "the cameras", "the subsidy"). Two
//! op-eds on a park's permit scheme name no person or phrase in common but argue over "the
//! permits" throughout; without this the pair had no target to align their passages on. No
//! stance is read toward such a noun (see `contrast::derived`).
//!
//! In: the word-case counts of `word_case`. Out: at most [`MAX_SUBJECT_NOUNS`] nouns, each
//! as its forms (singular and plural as the article writes them), most used first. Linear in
//! the article's vocabulary.

use rustc_hash::FxHashMap as HashMap;

use super::lexicon::{
    is_calendar, is_function_word, is_group_head, is_group_speaker, is_phrase_stop, is_place_head,
    is_title_word,
};
use super::word_case::WordCase;

/// A noun must close a definite phrase this often ("the permits are …") to be a subject.
const MIN_HEAD: u32 = 2;
/// … and be written this often in all.
const MIN_USES: u32 = 4;
/// At most this many subject nouns per article: the argued-over things, not its vocabulary.
pub(super) const MAX_SUBJECT_NOUNS: usize = 4;

/// Nouns any article uses after "the" whatever its subject: the setting, the reader, the
/// argument's own furniture. Grammar of argument, not subject vocabulary.
#[rustfmt::skip]
const GENERIC_NOUNS: &[&str] = &[
    "people", "person", "public", "country", "nation", "world", "city", "town", "state", "area",
    "region", "place", "issue", "problem", "question", "answer", "case", "point", "idea", "fact",
    "facts", "number", "part", "rest", "end", "start", "beginning", "result", "results", "reason",
    "news", "story", "report", "article", "evidence", "truth", "moment", "past", "future", "side",
    "sides", "other", "others", "same", "whole", "best", "worst", "most", "least", "latter",
    "former", "majority", "minority", "morning", "evening", "night", "hour", "hours", "season",
    "summer", "winter", "spring", "autumn", "fall", "weekend", "decade", "century", "record",
    "money", "cost", "costs", "process", "system", "situation", "matter", "change", "changes",
    "kind", "sort", "type", "level", "amount", "share", "percent", "rate", "line", "word",
    "words", "name", "list", "community", "economy", "group", "members", "officials", "residents",
    "families", "children", "kids", "parents", "students", "workers", "voters", "critics",
    "supporters", "opponents", "experts", "data", "research", "study", "debate", "decision",
    "statement", "statements", "interview", "comment", "comments", "remark", "remarks",
    "response", "reply",
];

/// One noun's counts over its forms.
#[derive(Default)]
struct NounCounts {
    /// Times a form closes a definite phrase.
    head: u32,
    /// Times a form is written in lower case.
    uses: u32,
    /// Each form with its own lower-case count.
    forms: Vec<(u32, String)>,
}

/// The article's subject nouns, each as its forms (most used first), the most used first.
pub(super) fn subject_nouns(case: &HashMap<String, WordCase>) -> Vec<Vec<String>> {
    // Singular and plural forms of one noun are summed under the singular.
    let mut groups: HashMap<String, NounCounts> = HashMap::default();
    for (word, c) in case {
        if c.lower == 0 || c.capitalised_mid > c.lower || !may_be_subject(word) {
            continue;
        }
        let entry = groups.entry(singular(word).to_string()).or_default();
        entry.head += c.head;
        entry.uses += c.lower;
        entry.forms.push((c.lower, word.clone()));
    }
    let mut chosen: Vec<NounCounts> =
        groups.into_values().filter(|n| n.head >= MIN_HEAD && n.uses >= MIN_USES).collect();
    for noun in &mut chosen {
        noun.forms.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(&b.1)));
    }
    chosen.sort_by(|a, b| (b.head, b.uses).cmp(&(a.head, a.uses)).then(a.forms.cmp(&b.forms)));
    chosen.truncate(MAX_SUBJECT_NOUNS);
    chosen.into_iter().map(|noun| noun.forms.into_iter().map(|(_, w)| w).collect()).collect()
}

/// A word that may name a thing argued over: plain lower-case letters, not a closed-class
/// word, a title, a role, an organisation's head noun or a generic noun.
fn may_be_subject(word: &str) -> bool {
    word.len() >= 3
        && word.chars().all(|c| c.is_alphabetic() || c == '-')
        && !word.ends_with("ly")
        && ![
            is_function_word,
            is_phrase_stop,
            is_calendar,
            is_title_word,
            is_group_head,
            is_place_head,
            is_group_speaker,
        ]
        .iter()
        .any(|class| class(word))
        && !GENERIC_NOUNS.contains(&word)
        && !super::roles::is_role_noun(word)
}

/// Nouns in "-s" written the same in both numbers, no plural of a shorter word ("news" is not
/// "new"s, "series" not of "sery").
const SAME_IN_BOTH: &[&str] = &["news", "series", "species", "means", "chaos", "politics", "economics"];

/// The singular of a regular English plural ("permits" → "permit", "subsidies" → "subsidy",
/// "taxes" → "tax"); other words as they are.
pub(super) fn singular(word: &str) -> std::borrow::Cow<'_, str> {
    if SAME_IN_BOTH.contains(&word) {
        return word.into();
    }
    if let Some(stem) = word.strip_suffix("ies").filter(|s| s.len() >= 2) {
        return format!("{stem}y").into();
    }
    for ending in ["ches", "shes", "sses", "xes"] {
        if word.ends_with(ending) {
            return word[..word.len() - 2].into();
        }
    }
    match word.strip_suffix('s') {
        Some(stem)
            if stem.len() >= 3 && !stem.ends_with('s') && !stem.ends_with('u') && !stem.ends_with('i') =>
        {
            stem.into()
        }
        _ => word.into(),
    }
}

/// The other number of a noun, for matching one article's "permit" with another's "permits".
pub(super) fn other_number(word: &str) -> String {
    let one = singular(word);
    if one != word || SAME_IN_BOTH.contains(&word) {
        one.into_owned()
    } else if let Some(stem) = word.strip_suffix("is") {
        format!("{stem}es")
    } else if let Some(stem) = word.strip_suffix('y').filter(|s| !s.ends_with(['a', 'e', 'o', 'u'])) {
        format!("{stem}ies")
    } else if ["ch", "sh", "s", "x"].iter().any(|e| word.ends_with(e)) {
        format!("{word}es")
    } else {
        format!("{word}s")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn counts(rows: &[(&str, u32, u32)]) -> HashMap<String, WordCase> {
        rows.iter()
            .map(|&(w, head, lower)| {
                (w.to_string(), WordCase { capitalised_mid: 0, lower, definite: head, head })
            })
            .collect()
    }

    #[test]
    fn a_noun_the_article_keeps_returning_to_is_its_subject() {
        let case = counts(&[("permits", 2, 4), ("permit", 1, 3), ("park", 1, 9), ("rules", 2, 3)]);
        assert_eq!(subject_nouns(&case), vec![vec!["permits".to_string(), "permit".to_string()]]);
    }

    #[test]
    fn generic_and_closed_class_words_are_never_subjects() {
        let case = counts(&[("people", 9, 20), ("same", 5, 9), ("senator", 5, 9), ("administration", 5, 9)]);
        assert!(subject_nouns(&case).is_empty());
    }

    #[test]
    fn a_word_mostly_capitalised_mid_sentence_is_a_name_not_a_subject() {
        let mut case = counts(&[("charge", 4, 6)]);
        case.get_mut("charge").unwrap().capitalised_mid = 9;
        assert!(subject_nouns(&case).is_empty());
    }

    #[test]
    fn at_most_four_subjects_the_most_used_first() {
        let case = counts(&[
            ("permits", 3, 6),
            ("cameras", 5, 9),
            ("fines", 4, 6),
            ("tickets", 1, 5),
            ("fees", 6, 8),
            ("tolls", 2, 4),
        ]);
        let first: Vec<String> = subject_nouns(&case).into_iter().map(|f| f[0].clone()).collect();
        assert_eq!(first, ["fees", "cameras", "fines", "permits"]);
    }

    #[test]
    fn singular_and_plural_forms_are_one_noun() {
        assert_eq!(singular("subsidies"), "subsidy");
        assert_eq!(singular("taxes"), "tax");
        assert_eq!(singular("permits"), "permit");
        assert_eq!(singular("bus"), "bus");
        assert_eq!(singular("crisis"), "crisis");
        assert_eq!(other_number("permit"), "permits");
        assert_eq!(other_number("subsidy"), "subsidies");
        assert_eq!(other_number("tax"), "taxes");
        assert_eq!(other_number("cameras"), "camera");
    }

    #[test]
    fn a_noun_ending_in_s_that_is_no_plural_keeps_it() {
        // The same word in both numbers, not the plural of "new", "sery", "specy" or "mean".
        for word in ["news", "series", "species", "means"] {
            assert_eq!(singular(word), word);
            assert_eq!(other_number(word), word);
        }
        // A singular in "-s" or "-is" takes "-es", as "crisis" has "crises".
        assert_eq!(other_number("bus"), "buses");
        assert_eq!(other_number("status"), "statuses");
        assert_eq!(other_number("gas"), "gases");
        assert_eq!(other_number("crisis"), "crises");
        assert_eq!(other_number("analysis"), "analyses");
        assert_eq!(other_number("boss"), "bosses");
        assert_eq!(other_number("glasses"), "glass");
        assert_eq!(other_number("policies"), "policy");
        for (one, many) in [("way", "ways"), ("day", "days"), ("toy", "toys")] {
            assert_eq!((singular(many).as_ref(), other_number(one)), (one, many.to_string()));
        }
    }
}
