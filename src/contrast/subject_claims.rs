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
use crate::words::content_word;

/// A negation opening a predicate stands within this many words of its verb.
pub const NEGATION_REACH: usize = 3;
/// Sentences shorter than this are fragments ("Not so.").
const MIN_WORDS: usize = 5;
/// A claim: a sentence's subject (the words before its first verb of being, having or tense)
/// and its predicate (the words after).
pub struct SubjectClaim {
    pub at: SentenceId,
    /// The subject's head: the word the claim is about ("The replacement | charge"), its stem
    /// and its place in the sentence.
    pub head: (String, Range<usize>),
    /// The time the subject's modifiers put it in ("the old rules"), if any.
    pub era: Option<Era>,
    /// The subject's bytes, read as the target of the lexicon.
    pub subject_span: Range<usize>,
    /// The predicate's content words (stems), each once, with their places.
    pub predicate: Vec<(String, Range<usize>)>,
    /// A negation opening the predicate ("will not", "isn't", "is no longer").
    pub negation: Option<Range<usize>>,
    /// Where what the negation denies ends: the first preposition or comma after it ("is not
    /// enough | for a county"), else the sentence's end.
    pub negation_ends: usize,
    /// The predicate holds "only" ("can be justified only by …"): no plain assertion.
    pub limited: bool,
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
/// Subjects that name no matter (anyone, everything …) or that put a view in a speaker's mouth.
#[rustfmt::skip]
const NO_MATTER: &[&str] = &[
    "nobody", "everyone", "everybody", "anyone", "anybody", "someone", "somebody", "nothing",
    "everything", "anything", "something", "none", "neither", "either", "what", "which", "there",
    "think", "believe", "doubt", "hope", "suspect", "say", "says", "said", "claim", "claims",
    "argue", "argues", "insist", "insists",
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
    let end = folded.trim_end_matches(|c: char| !c.is_alphanumeric() && c != '?');
    if all.len() < MIN_WORDS || end.ends_with('?') || NOT_ASSERTED.iter().any(|w| folded.contains(w)) {
        return None;
    }
    let word = |i: usize| &folded[all[i].clone()];
    if CONCESSIONS.contains(&word(0)) {
        return None;
    }
    let first = usize::from(OPENERS.contains(&word(0)));
    let window = first + 1..all.len().min(first + MAX_SUBJECT_WORDS + 1);
    // A verb in "-ed", or in "-s" after an adverb or before a determiner or a word in "-ing"
    // ("The charge still holds", "The charge punishes losing books"): otherwise a word in "-s"
    // after a noun is as often a plural ("The new bike lanes make …").
    let verb = window.clone().find(|&i| AUXILIARIES.contains(&word(i))).or_else(|| {
        window.clone().find(|&i| {
            let (w, next) = (word(i), all.get(i + 1).map_or("", |r| &folded[r.clone()]));
            (w.ends_with("ed") && !DETERMINERS.contains(&word(i - 1)))
                || (verb_form(w)
                    && (ADVERBS.contains(&word(i - 1))
                        || DETERMINERS.contains(&next)
                        || next.ends_with("ing")))
        })
    })?;
    // A comma inside the subject is a frame before it ("Seven years on, maximum pressure …"):
    // the subject starts after the last one.
    let start = (first..verb)
        .rev()
        .find(|&i| folded[all[i].end..all[i + 1].start].contains(','))
        .map_or(first, |i| i + 1);
    // A subject that opens with a preposition or a conjunction is a frame with no comma after
    // it ("Since February the Treasury has …"), and one that opens with a pronoun or holds a
    // verb of thinking or saying is a view put in someone's mouth ("I doubt the curfew is …").
    if start >= verb
        || FRAMES.contains(&word(start))
        || PRONOUNS.contains(&word(start))
        || (start..verb).any(|i| NO_MATTER.contains(&word(i)))
    {
        return None;
    }
    let named = |i: usize| {
        text[all[i].clone()].starts_with(char::is_uppercase) && (i > 0 || !lower.contains(word(i)))
    };
    // The head is the subject's last word before a preposition ("Critics | of the levy", "The
    // levy's critics"): what the claim is about. A name, an evaluative word or a title as head
    // makes no matter.
    let head_end = (start..verb).find(|&i| i > start && PREPOSITIONS.contains(&word(i))).unwrap_or(verb);
    // A name closing the subject leaves the word before it ("Redesigning | Linden"), if any.
    let head_at = (start..head_end).rev().find(|&i| !ADVERBS.contains(&word(i)) && !named(i))?;
    if word(head_at).ends_with("'s") || word(head_at).ends_with("\u{2019}s") {
        return None;
    }
    let head = matter_words(&folded, std::slice::from_ref(&all[head_at]), false).pop()?;
    let era = (start..head_at).find_map(|i| era_of(word(i)));
    let predicate_words: Vec<Range<usize>> =
        (verb..all.len()).filter(|&i| !named(i)).map(|i| all[i].clone()).collect();
    let predicate = matter_words(&folded, &predicate_words, true);
    let negation = (verb..all.len().min(verb + NEGATION_REACH))
        .find(|&i| {
            is_negation(word(i))
                && !(i + 1..all.len().min(i + 3)).any(|j| NOT_NEGATING.contains(&word(j)))
                // "cannot approve it soon enough" urges the thing it seems to deny.
                && !(i + 2..all.len()).any(|j| word(j) == "enough" && EAGER.contains(&word(j - 1)))
        })
        .map(|i| all[i].clone());
    let negation_ends = negation.as_ref().map_or(text.len(), |n| {
        (0..all.len())
            .filter(|&i| all[i].start >= n.end)
            .find(|&i| SCOPE_ENDS.contains(&word(i)) || folded[n.end..all[i].start].contains(','))
            .map_or(text.len(), |i| all[i].start)
    });
    let limited = (verb..all.len()).any(|i| word(i) == "only");
    let subject_span = all[start].start..all[verb - 1].end;
    Some(SubjectClaim { at, head, era, subject_span, predicate, negation, negation_ends, limited })
}

/// Which time a subject's modifier puts it in: "the old library" is not "the new library".
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Era {
    Before,
    Now,
}

fn era_of(word: &str) -> Option<Era> {
    match word {
        "old" | "former" | "previous" | "last" | "past" | "existing" => Some(Era::Before),
        "new" | "current" | "next" | "proposed" | "planned" | "future" => Some(Era::Now),
        _ => None,
    }
}

/// A sentence holding one of these asserts nothing of its own: a condition, a view reported.
const NOT_ASSERTED: &[&str] = &[" if ", " unless ", "according to", " on paper"];
/// Words that open a point granted before the writer turns from it.
const CONCESSIONS: &[&str] = &["granted", "admittedly", "true", "sure", "certainly", "yes"];
/// Pronouns that open a subject: the writer or someone else speaking, not a matter.
#[rustfmt::skip]
const PRONOUNS: &[&str] = &["i", "we", "you", "they", "he", "she", "it", "this", "that", "these", "those"];
/// Prepositions after a subject's head ("Critics | of the levy").
#[rustfmt::skip]
const PREPOSITIONS: &[&str] = &[
    "of", "to", "for", "on", "in", "with", "from", "at", "about", "by", "among", "between",
    "over", "under", "against", "behind", "who", "that", "which",
];

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
/// Words right after a negation that make it no denial of the claim ("is not just loud", "has
/// never been more popular").
#[rustfmt::skip]
const NOT_NEGATING: &[&str] = &[
    "just", "only", "merely", "simply", "least", "more", "better", "less", "so",
    // A point granted: "the plan is not perfect".
    "perfect", "ideal", "flawless", "panacea",
];

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

/// A negation that denies a predicate: "no", "without" and "nothing" deny a noun or an amount
/// ("leaves no family behind", "will no doubt raise"), not the claim; "neither … nor" denies
/// both ("should neither approve nor reject it").
fn is_negation(word: &str) -> bool {
    matches!(word, "not" | "never" | "cannot" | "neither")
        || word.ends_with("n't")
        || word.ends_with("n\u{2019}t")
}

/// Words before "enough" that turn a negation into eagerness: "can't come soon enough".
const EAGER: &[&str] = &["soon", "fast", "quickly", "early"];

#[cfg(test)]
#[path = "subject_claims_tests.rs"]
mod tests;
