//! A sentence read as a claim on a subject: the words before its first verb of being, having
//! or tense ("The permits | are fair", "A shuttle alone | will not fix this"), or before a verb
//! in "-s" or "-ed" ("The replacement charge still | holds …"), and the predicate after them,
//! with a negation that opens it. No parser: the subject is short and the verbs are few, and a
//! sentence that does not open this way is no claim here.
//!
//! In: a body sentence and the words the pair writes in lower case. Out: [`SubjectClaim`], its
//! subject's and predicate's content words that are no evaluative words (the matter), each
//! stem once with its place. Used by `matter_claims`.

use std::collections::HashSet;
use std::ops::Range;

use crate::article::{Article, SentenceId};
use crate::lexicon::valence_of;
use crate::targets::is_title_word;
use crate::text::fold::{fold, words};
use crate::words::{content_word, NEGATIONS};

/// A negation opening a predicate stands within this many words of its verb.
pub const NEGATION_REACH: usize = 3;
/// Sentences shorter than this are fragments ("Not so.").
const MIN_WORDS: usize = 5;
/// A claim: a sentence's subject (the words before its first verb of being, having or tense)
/// and its predicate (the words after).
pub struct SubjectClaim {
    pub at: SentenceId,
    /// The subject's matter words: each stem once, with its place in the sentence.
    pub subject: Vec<(String, Range<usize>)>,
    /// The subject's bytes, read as the target of the lexicon.
    pub subject_span: Range<usize>,
    /// The predicate's content words (stems), each once, with their places.
    pub predicate: Vec<(String, Range<usize>)>,
    /// A negation opening the predicate ("will not", "isn't", "is no longer").
    pub negation: Option<Range<usize>>,
    /// Where what the negation denies ends: the first preposition or comma after it ("is not
    /// enough | for a county"), else the sentence's end.
    pub negation_ends: usize,
}

/// Verbs of being, having and tense: where a claim's subject ends.
#[rustfmt::skip]
const AUXILIARIES: &[&str] = &[
    "is", "are", "was", "were", "be", "been", "will", "would", "can", "cannot", "could", "should",
    "must", "may", "might", "has", "have", "had", "does", "do", "did", "isn't", "aren't", "wasn't",
    "weren't", "won't", "wouldn't", "can't", "couldn't", "shouldn't", "hasn't", "haven't",
    "doesn't", "don't", "didn't", "remains", "remain", "seems", "seem",
];
/// Words that open a sentence without being its subject.
const OPENERS: &[&str] = &["but", "and", "yet", "so", "still", "now", "then", "also"];
/// Words that open a frame rather than a subject.
#[rustfmt::skip]
const FRAMES: &[&str] = &[
    "since", "after", "before", "when", "while", "because", "although", "though", "if", "unless",
    "during", "under", "in", "on", "at", "for", "with", "without", "by", "from", "of", "as",
    "until", "once", "whether", "where", "despite", "like", "unlike", "to", "over", "through",
];
/// Subjects that name no matter: anyone, everything …
#[rustfmt::skip]
const NO_MATTER: &[&str] = &[
    "nobody", "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "nothing",
    "everything", "anything", "something", "none", "neither", "either", "what", "which", "there",
];
/// Adverbs that stand in a subject or before a verb without naming anything ("The charge still
/// holds …").
#[rustfmt::skip]
const ADVERBS: &[&str] = &[
    "still", "already", "also", "just", "only", "often", "never", "always", "simply", "really",
    "finally", "alone", "even", "ever", "perhaps", "probably", "surely", "certainly", "clearly",
];
/// Prepositions that end what a negation denies ("not enough | for a county").
#[rustfmt::skip]
const SCOPE_ENDS: &[&str] = &[
    "for", "of", "in", "on", "at", "with", "than", "from", "by", "about", "because", "since",
    "unless", "until", "while", "but", "and", "or",
];
/// Numbers in words count things; what they count is the matter.
#[rustfmt::skip]
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "dozen",
    "hundred", "thousand", "million", "billion", "half", "third", "quarter",
];
/// A subject longer than this is no subject read this simply ("The people who …").
const MAX_SUBJECT_WORDS: usize = 6;

/// A sentence as a subject and a predicate, if it opens with a short subject before a verb of
/// being, having or tense, or else before a verb in "-s" or "-ed" after a word that is no
/// determiner ("The replacement charge still holds …", not "The permits …"). Names (words
/// written with a capital inside the sentence) are no matter: what is said of a person or a
/// place is read by the stages for names, and so is a capitalised first word the article never
/// writes in lower case ("Iran is engaging …").
pub fn subject_claim(at: SentenceId, text: &str, lower: &HashSet<String>) -> Option<SubjectClaim> {
    let folded = fold(text);
    let all = words(&folded);
    if all.len() < MIN_WORDS {
        return None;
    }
    let word = |i: usize| &folded[all[i].clone()];
    let first = usize::from(OPENERS.contains(&word(0)));
    let window = first + 1..all.len().min(first + MAX_SUBJECT_WORDS + 1);
    let verb = window
        .clone()
        .find(|&i| AUXILIARIES.contains(&word(i)))
        .or_else(|| window.clone().find(|&i| verb_form(word(i)) && !DETERMINERS.contains(&word(i - 1))))?;
    // A comma inside the subject is a frame before it ("Seven years on, maximum pressure …"):
    // the subject starts after the last one.
    let start = (first..verb)
        .rev()
        .find(|&i| folded[all[i].end..all[i + 1].start].contains(','))
        .map_or(first, |i| i + 1);
    // A subject that opens with a preposition or a conjunction is a frame with no comma after
    // it ("Since February the Treasury has …"): whatever follows is no subject read simply.
    if start >= verb || FRAMES.contains(&word(start)) {
        return None;
    }
    let named = |i: usize| {
        text[all[i].clone()].starts_with(char::is_uppercase) && (i > 0 || !lower.contains(word(i)))
    };
    let subject_words: Vec<Range<usize>> =
        (start..verb).filter(|&i| !named(i)).map(|i| all[i].clone()).collect();
    let subject = matter_words(&folded, &subject_words, false);
    if subject.is_empty() || (start..verb).any(|i| NO_MATTER.contains(&word(i))) {
        return None;
    }
    let predicate_words: Vec<Range<usize>> =
        (verb..all.len()).filter(|&i| !named(i)).map(|i| all[i].clone()).collect();
    let predicate = matter_words(&folded, &predicate_words, true);
    let negation = (verb..all.len().min(verb + NEGATION_REACH))
        .find(|&i| {
            is_negation(word(i))
                && !all.get(i + 1).is_some_and(|r| NOT_NEGATING.contains(&&folded[r.clone()]))
        })
        .map(|i| all[i].clone());
    let negation_ends = negation.as_ref().map_or(text.len(), |n| {
        (0..all.len())
            .filter(|&i| all[i].start >= n.end)
            .find(|&i| SCOPE_ENDS.contains(&word(i)) || folded[n.end..all[i].start].contains(','))
            .map_or(text.len(), |i| all[i].start)
    });
    let subject_span = all[start].start..all[verb - 1].end;
    Some(SubjectClaim { at, subject, subject_span, predicate, negation, negation_ends })
}

/// The words an article writes in lower case somewhere in its body.
pub fn lower_case_words(article: &Article) -> HashSet<String> {
    let mut out = HashSet::new();
    for passage in article.passages.iter().filter(|p| p.is_body()) {
        for range in words(&passage.text) {
            let word = &passage.text[range];
            if word.starts_with(char::is_lowercase) && !out.contains(word) {
                out.insert(word.to_string());
            }
        }
    }
    out
}

/// Determiners, after which a word in "-s" is a plural noun, not a verb.
#[rustfmt::skip]
const DETERMINERS: &[&str] = &[
    "the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her", "my",
    "your", "many", "most", "some", "all", "few", "such", "no", "every", "each",
];
/// Words after "not" that make it no negation of the claim ("is not just loud").
const NOT_NEGATING: &[&str] = &["just", "only", "merely", "simply", "least"];

/// Whether a word may be a verb of the present or the past ("holds", "dropped").
fn verb_form(word: &str) -> bool {
    word.len() > 3
        && (word.ends_with("ed")
            || word.ends_with('s') && !word.ends_with("ss") && !word.ends_with("us") && !word.ends_with("is"))
}

/// The content words among `ranges`, each stem once, evaluative words only if `evaluative`
/// (a subject's matter is no judgement, but a predicate denied is denied whatever its words:
/// "will not fix"); the parts of a hyphenated compound count as words ("two-year" holds "year").
fn matter_words(folded: &str, ranges: &[Range<usize>], evaluative: bool) -> Vec<(String, Range<usize>)> {
    let mut out: Vec<(String, Range<usize>)> = Vec::new();
    for range in ranges {
        let whole = &folded[range.clone()];
        let mut at = range.start;
        for part in whole.split('-') {
            let here = at..at + part.len();
            at += part.len() + 1;
            // A title ("the superintendent") is a person, read by the stages for names.
            if part.len() < 3
                || (!evaluative && valence_of(part) != 0.0)
                || AUXILIARIES.contains(&part)
                || ADVERBS.contains(&part)
                || NUMBER_WORDS.contains(&part)
                || is_title_word(part)
            {
                continue;
            }
            let Some(stem) = content_word(part) else { continue };
            if !out.iter().any(|(s, _)| *s == stem) {
                out.push((stem.into_owned(), here));
            }
        }
    }
    out
}

fn is_negation(word: &str) -> bool {
    NEGATIONS.contains(&word) || word.ends_with("n't") || word.ends_with("n\u{2019}t") || word == "nothing"
}

#[cfg(test)]
#[path = "subject_claims_tests.rs"]
mod tests;
