//! What a second rendering of one statement changes: nothing (the same words taken down two
//! ways), the wording (the same statement in other words), or the claim.
//!
//! In: the two quotations' texts. Out: [`change_between`]. Two reporters rarely take a remark
//! down alike: one writes "Sen. Reid", the other "Senator Reid"; "al-Qaddafi" and "Gadhafi";
//! "pew" and "pews"; "ending Medicare as we know it" and "would end Medicare as we know it";
//! one quotes a sentence whole and the other its last clause. On BASIL dev a reader judged 25
//! of 31 such pairs in the top 3 "the same in substance" (eleventh session).
//!
//! - [`Change::Nothing`]: the renderings hold the same words once names, function words,
//!   inflections (Snowball stems), an editor's words in brackets and a title's abbreviation are
//!   set aside — or one is a part of the other that keeps its meaning (below). Nothing to show.
//! - [`Change::Claim`]: a word that carries the claim is on one side only — a negation ("To pass
//!   this bill … would materially increase the risk" against "If they don't pass this bill …
//!   it will materially increase the risk"), a figure, a word of degree or direction
//!   ("more"/"less", "before"/"after"), a word of the opinion lexicon ("determined to prevent
//!   Iran from getting nuclear weapons" against the same "… and I appreciate that and I respect
//!   that") — or a part was cut from what qualifies it: a negation right before it ("I am not
//!   saying [the talks are useless]") or a condition or a restriction right after it ("[we will
//!   sign it] unless …", "[cannot write a blank check] for families who can afford …").
//! - [`Change::Wording`]: other words for the same statement (two translations, "not seeking
//!   talks for the sake of talks" and "do not want negotiation merely for the sake of
//!   negotiation"): one statement quoted differently, which a reader comparing two reports may
//!   want to see, but less than a changed claim.
//!
//! A part of a quotation that leaves out a judgement, a figure or a condition further off is
//! more of the same statement, not a different one ("materially increases the risk that this
//! economy will stall out" out of "If they don't pass this bill … it will materially increase
//! the risk that this economy will stall out"): on BASIL dev a reader judged 9 of 10 such
//! excerpts in the top 3 the same in substance. Names never decide: a name is spelled, titled
//! and replaced by "he" at will.

use std::collections::{HashMap, VecDeque};

use std::sync::OnceLock;

use rust_stemmers::{Algorithm, Stemmer};

use crate::lexicon::valence_of;
use crate::text::fold::words;
use crate::text::quotes::without_brackets;
use crate::words::{content_words, NEGATIONS, WEIGHTY_STOPWORDS};

/// A word of the opinion lexicon changes what is said from this valence on (VADER's scale,
/// -4..4): "appreciate" (1.7), "respect" (2.1), "problem" (-1.7); not "like" (1.5, mostly a
/// preposition in speech), "promised" (1.5) or "chance" (1.0).
const OPINION_VALENCE: f32 = 1.6;

/// Negations besides those of `words::NEGATIONS` that a rendering may drop ("nobody thinks").
const MORE_NEGATIONS: &[&str] = &["nothing", "nobody"];
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
    "twenty", "thirty", "forty", "fifty", "hundred", "thousand", "million", "billion", "trillion", "half",
    "third", "quarter", "twice", "double", "triple",
];
/// Lowercase particles that open a name ("al-Qaddafi", "bin Salman", "van Gogh"): part of the
/// name, spelled or left out at will like the rest of it.
const NAME_PARTICLES: &[&str] =
    &["al", "el", "bin", "ibn", "abu", "ben", "de", "van", "von", "der", "da", "di", "du", "le", "la"];

/// Abbreviated titles and what they stand for; titles of address are dropped.
const TITLES: &[(&str, &str)] = &[
    ("sen", "senator"),
    ("sens", "senators"),
    ("rep", "representative"),
    ("reps", "representatives"),
    ("gov", "governor"),
    ("gen", "general"),
    ("pres", "president"),
    ("sec", "secretary"),
    ("dr", "doctor"),
    ("mr", ""),
    ("mrs", ""),
    ("ms", ""),
];

/// What a word of a quotation counts as when two renderings are compared.
#[derive(Debug, Clone, PartialEq)]
enum Weight {
    Negation,
    Figure,
    Degree,
    /// A name inside the quotation: matched by spelling, never deciding.
    Name,
    /// A content word, with its opinion valence.
    Content(f32),
}

#[derive(Debug, Clone)]
struct Word {
    /// The stem compared; for a negation "not", for a figure its digits or word.
    key: String,
    weight: Weight,
}

/// What one rendering of a statement changes against another (see the module header).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Change {
    Nothing,
    Wording,
    Claim,
}

/// One rendering of a statement read for comparison: its stemmed stretches between elision
/// marks and its weighed words. Read once per quotation text, however many pairs it is in.
pub struct Rendering {
    stretches: Vec<Vec<String>>,
    words: Vec<Word>,
}

impl Rendering {
    pub fn new(text: &str) -> Rendering {
        let text = without_brackets(text);
        let stemmer = Stemmer::create(Algorithm::English);
        Rendering { stretches: stemmed_stretches(&text, &stemmer), words: weighed_words(&text, &stemmer) }
    }
}

/// What rendering `b` changes against rendering `a` of one statement (see the module header).
pub fn change_between(a: &str, b: &str) -> Change {
    change_of(&Rendering::new(a), &Rendering::new(b))
}

/// [`change_between`] on renderings already read.
pub fn change_of(a: &Rendering, b: &Rendering) -> Change {
    static NEGATION_STEMS: OnceLock<Vec<String>> = OnceLock::new();
    // Compared as the stretches are: stemmed ("nothing" is "noth", "nobody" "nobodi").
    let negations = NEGATION_STEMS.get_or_init(|| {
        let stemmer = Stemmer::create(Algorithm::English);
        NEGATIONS.iter().chain(MORE_NEGATIONS).map(|n| stemmer.stem(n).into_owned()).collect()
    });
    let excerpt = |part, whole| excerpt_changed(part, whole, negations);
    if let Some(changed) = excerpt(&a.stretches, &b.stretches).or_else(|| excerpt(&b.stretches, &a.stretches))
    {
        return if changed { Change::Claim } else { Change::Nothing };
    }
    let (only_a, only_b) = unmatched(&a.words, &b.words);
    let opinion = |words: &[&Word]| {
        words.iter().any(|w| matches!(w.weight, Weight::Content(v) if v.abs() >= OPINION_VALENCE))
    };
    let telling = |words: &[&Word]| {
        opinion(words)
            || words.iter().any(|w| matches!(w.weight, Weight::Figure | Weight::Degree | Weight::Negation))
    };
    if telling(&only_a) || telling(&only_b) {
        Change::Claim
    } else if only_a.is_empty() && only_b.is_empty() {
        Change::Nothing
    } else {
        Change::Wording
    }
}

/// Whether rendering `b` says something else than `a`: a [`Change::Claim`].
pub fn says_something_else(a: &str, b: &str) -> bool {
    change_between(a, b) == Change::Claim
}

/// Words right before an excerpt in which a negation left out negated it.
const NEGATION_REACH: usize = 3;
/// Words that, right after an excerpt, open a condition on it.
const CONDITIONS: &[&str] = &["but", "unless", "if", "except", "provided", "until"];
/// Words within which "for" opens whom the excerpt is limited to ("a blank check [for families
/// who can afford to pack a lunch]").
const RESTRICTION_REACH: usize = 4;

/// If `part` is an excerpt of `whole` (each of its stretches between elision marks found in
/// it, in order), whether the cut changed what it says: a negation (one of the stemmed
/// `negations`) in the [`NEGATION_REACH`] words cut before a stretch, or a condition cut right
/// after one, left out — at either end or at an elision mark ("we will … sign it" of "we will
/// not sign it").
fn excerpt_changed(part: &[Vec<String>], whole: &[Vec<String>], negations: &[String]) -> Option<bool> {
    let whole: Vec<&String> = whole.iter().flatten().collect();
    let part: Vec<&Vec<String>> = part.iter().filter(|s| !s.is_empty()).collect();
    let words: usize = part.iter().map(|s| s.len()).sum();
    if part.is_empty() || words >= whole.len() {
        return None;
    }
    // Where each stretch stands in `whole`, as (start, end).
    let mut found = Vec::with_capacity(part.len());
    let mut from = 0;
    for stretch in part {
        let at = from + position_of_run(&whole[from..], stretch)?;
        from = at + stretch.len();
        found.push((at, from));
    }
    let negation = |w: &String| negations.contains(w) || w.ends_with("n't");
    let condition = |w: &String| CONDITIONS.contains(&w.as_str());
    let mut kept_to = 0;
    let mut changed = false;
    for (k, &(at, end)) in found.iter().enumerate() {
        // The cut words right before this stretch (none of the previous stretch's).
        let before = &whole[at.saturating_sub(NEGATION_REACH).max(kept_to)..at];
        // The word right after it, if the cut left it out.
        let next_kept = found.get(k + 1).map_or(whole.len(), |&(next, _)| next);
        let cut = &whole[end..next_kept];
        let restricted = cut.first().is_some_and(|w| w.as_str() == "for")
            && cut
                .iter()
                .skip(1)
                .take(RESTRICTION_REACH)
                .any(|w| matches!(w.as_str(), "who" | "whose" | "that"));
        changed |=
            before.iter().copied().any(negation) || cut.first().is_some_and(|w| condition(w)) || restricted;
        kept_to = end;
    }
    Some(changed)
}

/// Where `run` first stands in `words`, found in time linear in both (Knuth–Morris–Pratt): a
/// quotation can run to thousands of words, and a plain search of every window costs their
/// product where the words repeat.
fn position_of_run(words: &[&String], run: &[String]) -> Option<usize> {
    if run.is_empty() {
        return Some(0);
    }
    // `border[i]`: the length of the longest proper prefix of `run[..=i]` that also ends it.
    let mut border = vec![0; run.len()];
    let mut k = 0;
    for i in 1..run.len() {
        while k > 0 && run[i] != run[k] {
            k = border[k - 1];
        }
        if run[i] == run[k] {
            k += 1;
        }
        border[i] = k;
    }
    let mut matched = 0;
    for (i, &word) in words.iter().enumerate() {
        while matched > 0 && *word != run[matched] {
            matched = border[matched - 1];
        }
        if *word == run[matched] {
            matched += 1;
        }
        if matched == run.len() {
            return Some(i + 1 - run.len());
        }
    }
    None
}

/// Every word stemmed and lower-cased, in stretches between elision marks ("…", "..."): a
/// quotation is an excerpt of another when its words stand in it in order, however each
/// inflects them ("materially increases the risk" in "it will materially increase the risk").
fn stemmed_stretches(text: &str, stemmer: &Stemmer) -> Vec<Vec<String>> {
    text.split(['…'])
        .flat_map(|s| s.split("..."))
        .map(|stretch| {
            words(stretch)
                .into_iter()
                .map(|r| stemmer.stem(&stretch[r].to_lowercase().replace('’', "'")).into_owned())
                .collect()
        })
        .collect()
}

/// The words of each side that the other lacks, matched by key as a multiset; names left out.
fn unmatched<'a>(a: &'a [Word], b: &'a [Word]) -> (Vec<&'a Word>, Vec<&'a Word>) {
    // Each key's words of `b` not yet matched, first first: a lookup per word, not a scan of
    // `b` (a quotation can run to thousands of words).
    let mut untaken: HashMap<&str, VecDeque<usize>> = HashMap::new();
    for (j, y) in b.iter().enumerate() {
        untaken.entry(y.key.as_str()).or_default().push_back(j);
    }
    let mut taken = vec![false; b.len()];
    let mut only_a = Vec::new();
    for x in a {
        match untaken.get_mut(x.key.as_str()).and_then(VecDeque::pop_front) {
            Some(j) => taken[j] = true,
            None => only_a.push(x),
        }
    }
    let mut only_b: Vec<&Word> = b.iter().zip(&taken).filter(|(_, t)| !**t).map(|(w, _)| w).collect();
    // A name spelled two ways, or on one side only ("Chairman Ryan's budget" for "your
    // budget"), is who was meant, not what was said.
    only_a.retain(|x| x.weight != Weight::Name);
    only_b.retain(|y| y.weight != Weight::Name);
    (only_a, only_b)
}

/// The words of a quotation that can carry what it says, in order: contractions opened ("don't"
/// gives "not"), abbreviated titles written out, content words stemmed.
fn weighed_words(text: &str, stemmer: &Stemmer) -> Vec<Word> {
    let ranges = words(text);
    // A quotation in title case ("In God We Trust") capitalises words that are no names.
    let capitalised = ranges.iter().filter(|&r| text[r.clone()].starts_with(char::is_uppercase)).count();
    let title_case = capitalised * 2 > ranges.len();
    // A word that opens a sentence of the quotation is capitalised for that, not as a name
    // ("The vote was close. Disaster followed."): the word before it ends one with a full stop,
    // question or exclamation mark, and is no initial or title ("George W. Bush", "Sen. Reid").
    let opens_sentence = |i: usize| {
        i == 0 || {
            let before = &ranges[i - 1];
            let word = text[before.clone()].to_lowercase();
            match text[before.end..ranges[i].start].trim_start().chars().next() {
                Some('!' | '?') => true,
                Some('.') => word.chars().count() > 1 && !TITLES.iter().any(|(short, _)| *short == word),
                _ => false,
            }
        }
    };
    // "al-Qaddafi" as one word, or "bin" before "Salman".
    let particle_of_name = |i: usize| {
        let raw = &text[ranges[i].clone()];
        let capitalised_after = |rest: &str| rest.starts_with(char::is_uppercase);
        match raw.split_once('-') {
            Some((particle, rest)) => NAME_PARTICLES.contains(&particle) && capitalised_after(rest),
            None => {
                NAME_PARTICLES.contains(&raw)
                    && ranges.get(i + 1).is_some_and(|next| {
                        matches!(&text[ranges[i].end..next.start], " " | "-")
                            && capitalised_after(&text[next.clone()])
                    })
            }
        }
    };
    let mut out = Vec::new();
    for (i, range) in ranges.iter().enumerate() {
        let raw = &text[range.clone()];
        let lower = raw.to_lowercase().replace('’', "'");
        let (stem, negated) = open_contraction(&lower);
        if negated {
            out.push(Word { key: "not".into(), weight: Weight::Negation });
        }
        let stem = TITLES.iter().find(|(short, _)| *short == stem).map_or(stem, |(_, long)| long);
        if stem.is_empty() {
            continue;
        }
        if NEGATIONS.contains(&stem) || MORE_NEGATIONS.contains(&stem) {
            out.push(Word { key: "not".into(), weight: Weight::Negation });
        } else if stem.chars().any(|c| c.is_ascii_digit()) || NUMBER_WORDS.contains(&stem) {
            out.push(Word { key: stem.to_string(), weight: Weight::Figure });
        } else if WEIGHTY_STOPWORDS.contains(&stem) {
            out.push(Word { key: stem.to_string(), weight: Weight::Degree });
        } else if particle_of_name(i)
            || !opens_sentence(i) && !title_case && raw.starts_with(char::is_uppercase) && raw != "I"
        {
            out.push(Word { key: stemmer.stem(stem).into_owned(), weight: Weight::Name });
        } else if let Some(word) = content_words(stem).pop() {
            let valence = valence_of(&word);
            out.push(Word { key: stemmer.stem(&word).into_owned(), weight: Weight::Content(valence) });
        }
    }
    out
}

/// A word with its contraction taken off ("he's" → "he", "they're" → "they"), and whether it
/// was a negated one ("don't", "can't", "won't").
fn open_contraction(word: &str) -> (&str, bool) {
    if word == "cannot" {
        return ("can", true);
    }
    if let Some(base) = word.strip_suffix("n't") {
        return (base, true);
    }
    for suffix in ["'s", "'re", "'ll", "'ve", "'d", "'m", "'"] {
        if let Some(base) = word.strip_suffix(suffix) {
            return (base, false);
        }
    }
    (word, false)
}

#[cfg(test)]
#[path = "quote_change_tests.rs"]
mod tests;
