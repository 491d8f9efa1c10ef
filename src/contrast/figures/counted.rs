//! What a figure counts, where the words right after it say so with a plural noun ("11 of 14
//! overnight routes", "72% of overnight riders", "about 3,100 households"). Two figures that
//! count different things ("routes", "riders") are no disagreement however many context words
//! they share ("overnight").
//!
//! In: a sentence and the end of a figure in it. Out: the counted noun, singular, if one of
//! the next few words is a plural noun; otherwise nothing (a figure of money or time, a noun
//! in the singular), and then no judgement is made.

/// Content words after the figure read for its noun ("overnight bus routes").
const NOUN_WORDS: usize = 3;
/// Words passed over on the way: "of", articles and possessives.
const PASSED_OVER: &[&str] = &["of", "the", "a", "an", "its", "their", "his", "her", "our", "all"];
/// Plurals that are no counted thing: units and periods, which the figure's unit and period
/// already compare, and words of degree.
const NOT_COUNTED: &[&str] = &[
    "years", "months", "weeks", "days", "hours", "minutes", "percent", "points", "dollars", "cents", "miles",
    "times", "others", "less", "unless", "was", "has", "is", "its", "this", "thus", "plus",
];

/// The noun a figure counts: the first plural among the next [`NOUN_WORDS`] words after byte
/// `end` of `sentence`, before any punctuation, as its singular.
///
/// A percentage counts what follows "of" ("72% of riders"); after "22 percent" a word in "-s" is
/// as likely a verb ("22 percent reflects"). A capitalised word is a name ("Texas voters").
pub(crate) fn counted_noun(sentence: &str, end: usize) -> Option<String> {
    let before = sentence.get(..end)?.trim_end();
    let last_word = before.get(before.len().saturating_sub("percent".len())..).unwrap_or("");
    let percentage = before.ends_with('%') || last_word.eq_ignore_ascii_case("percent");
    let rest = sentence.get(end..)?;
    let clause = rest.split([',', ';', ':', '.', '(', ')', '—', '–', '"', '“', '”']).next().unwrap_or("");
    if percentage && clause.split_whitespace().next() != Some("of") {
        return None;
    }
    let singular = |w: &str| {
        w.strip_suffix("ies").map_or_else(|| w[..w.len() - 1].to_string(), |stem| format!("{stem}y"))
    };
    // As written: a capital says it is a name, which `plural` refuses.
    clause
        .split_whitespace()
        .filter(|w| !PASSED_OVER.contains(w))
        .take(NOUN_WORDS)
        .find(|w| plural(w))
        .map(singular)
}

/// A word that reads as a regular plural noun: letters ending in "s" but not "ss", "us", "is".
fn plural(word: &str) -> bool {
    word.len() > 3
        && word.chars().all(|c| c.is_ascii_lowercase())
        && word.ends_with('s')
        && !["ss", "us", "is"].iter().any(|e| word.ends_with(e))
        && !NOT_COUNTED.contains(&word)
}

/// Whether two figures count different things by the nouns after them.
pub(crate) fn count_different_things(left: &str, left_end: usize, right: &str, right_end: usize) -> bool {
    match (counted_noun(left, left_end), counted_noun(right, right_end)) {
        (Some(a), Some(b)) => a != b,
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn noun(sentence: &str, figure: &str) -> Option<String> {
        let end = sentence.find(figure).unwrap() + figure.len();
        counted_noun(sentence, end)
    }

    #[test]
    fn the_plural_after_a_figure_is_what_it_counts() {
        assert_eq!(
            noun("It will cut 11 of 14 overnight routes in January.", "11 of 14").as_deref(),
            Some("route")
        );
        assert_eq!(
            noun("The survey found 72% of overnight riders earn little.", "72%").as_deref(),
            Some("rider")
        );
        assert_eq!(noun("About 3,100 households are enrolled.", "3,100").as_deref(), Some("household"));
        assert_eq!(noun("Some 40 companies applied.", "40").as_deref(), Some("company"));
    }

    #[test]
    fn money_time_and_singular_nouns_say_nothing() {
        assert_eq!(noun("Tuition rises to $12,083 a year.", "$12,083"), None);
        assert_eq!(noun("It follows a 6% hike in 2021.", "6%"), None);
        assert_eq!(noun("The wait was 3 hours at the gate.", "3"), None);
        assert_eq!(noun("It fell 22 percent, said the agency.", "22"), None);
    }

    #[test]
    fn a_name_or_a_verb_after_a_figure_is_no_counted_noun() {
        assert_eq!(
            noun("A poll found 30 percent of Texas voters back it.", "30 percent").as_deref(),
            Some("voter")
        );
        assert_eq!(noun("Turnout of 22 percent reflects deep frustration.", "22 percent"), None);
        assert_eq!(noun("Turnout of 35% shows deep frustration.", "35%"), None);
        assert_eq!(
            noun("About 45 percent of voters in Texas agree.", "45 percent").as_deref(),
            Some("voter")
        );
    }

    #[test]
    fn figures_of_different_plurals_count_different_things() {
        let left = "It will cut 11 of 14 overnight routes.";
        let right = "The survey found 72% of overnight riders earn little.";
        let (l, r) = (left.find("14").unwrap() + 2, right.find('%').unwrap() + 1);
        assert!(count_different_things(left, l, right, r));
        let right = "It will cut 9 of 14 overnight routes.";
        assert!(!count_different_things(left, l, right, right.find("14").unwrap() + 2));
    }
}
