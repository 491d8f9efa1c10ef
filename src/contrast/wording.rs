//! Words both articles write: a run of seven words or more that two sentences share ("Iran
//! must never be allowed to build a nuclear weapon"), the same fact or the same statement
//! however differently the two go on to argue from it.
//!
//! In: both articles' body sentences. Out: pairs of sentences with their longest shared run,
//! longest first. Candidates come from hashed five-word shingles of the left article looked up
//! for each of the right's, so the cost is linear in the words; the run is then measured word by
//! word on the candidate pair only. Articles longer than [`MAX_SENTENCES`] a side are not read
//! for shared wording: the map of shingles would cost memory a book cannot afford, and in a book
//! the passages two texts share are better found by `diff`.

use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::article::{Article, SentenceId};
use crate::targets::coref::quoted_spans;

/// Sentences a side above which shared wording is not looked for.
pub const MAX_SENTENCES: usize = 4_000;
/// What a run must be to count.
#[derive(Debug, Clone, Copy)]
pub struct RunRule {
    /// Words a run needs.
    pub min_words: usize,
    /// Of which this many of four letters or more, written in lower case: "one of the things
    /// that we have to" is not a fact, nor a name with its title.
    pub min_long_words: usize,
    /// Whether a negation stands right before the run on one side only (a denial) rather than
    /// on neither or both (the same words said alike).
    pub denied: bool,
}

/// Words both articles write alike: a shared name or stock phrase is shorter than seven.
pub const SAME_WORDS: RunRule = RunRule { min_words: 7, min_long_words: 4, denied: false };
/// Words one article writes and the other denies ("the strikes set the program back by years"
/// and "they did not set the program back by years"): shorter runs count, as a negation right
/// before them on one side only is itself strong evidence.
pub const DENIED_WORDS: RunRule = RunRule { min_words: 4, min_long_words: 2, denied: true };
/// Words one article asserts and the other reports as a view to rebut: the rebuttal, read from
/// the sentence's voice, is the evidence, as the "not" is a denial's.
pub const REBUTTED_WORDS: RunRule = RunRule { min_words: 4, min_long_words: 2, denied: false };
/// Words hashed together to find candidate pairs: no more than any rule's `min_words`.
const SHINGLE: usize = 3;
/// Sentences one shingle may point to: a phrase the left article repeats everywhere says
/// nothing of which sentence the right one shares.
const MAX_PER_SHINGLE: usize = 4;
/// Candidate pairs measured word by word, those sharing most shingles first: a text that
/// repeats its sentences (a book, the benchmark's drawn text) would otherwise measure every
/// copy against every copy.
const MAX_MEASURED: usize = 128;
/// Words before a run in which a negation on one side only turns it into a disagreement
/// ("Iran must never be allowed to …" against "Iran must be allowed to …").
const NEGATION_REACH: usize = 3;
/// For a denial the negation must stand right before the run ("did not set …", "is not a
/// lifeline", "doesn't change …"): one word further off it negates something else ("This
/// doesn't mean human rights should be sidelined" denies no "human rights should be …").
const DENIAL_REACH: usize = 1;
/// Words a run may end on that lead into what follows rather than say anything.
const TRAILING: &[&str] = &[
    "of", "the", "a", "an", "to", "and", "or", "in", "into", "on", "for", "from", "with", "by", "at", "as",
    "that",
];
const NEGATIONS: &[&str] = &["not", "never", "no", "cannot", "nor", "without"];

/// A run of words two sentences share.
#[derive(Debug, Clone, PartialEq)]
pub struct SharedRun {
    pub left: SentenceId,
    pub right: SentenceId,
    /// Bytes of the run within each sentence, left first.
    pub spans: [Range<usize>; 2],
    pub words: usize,
    /// Of which written in lower case with four letters or more.
    pub long_words: usize,
    /// Whether a negation stands within a few words before the run, left and right.
    pub negated: [bool; 2],
    /// For a denial, the side that denies (0 left, 1 right) and its negation's bytes, right
    /// before the run.
    pub denial: Option<(usize, Range<usize>)>,
}

impl SharedRun {
    /// Whether the run is one the rule counts.
    pub fn fits(&self, rule: &RunRule) -> bool {
        let negation = if rule.denied { self.denial.is_some() } else { self.negated[0] == self.negated[1] };
        self.words >= rule.min_words && self.long_words >= rule.min_long_words && negation
    }
}

/// A word's byte range in its sentence and a hash of it in lower case: runs are compared by
/// hashes, so reading a sentence allocates nothing per word.
type Word = (Range<usize>, u64);

/// The hash of a word in lower case, with the typographic apostrophe as the plain one.
fn word_hash(word: &str) -> u64 {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    // Most words are short and ASCII: lowered into a buffer and hashed in one write.
    let mut buffer = [0u8; 32];
    if word.len() <= buffer.len() && word.is_ascii() {
        let lowered = &mut buffer[..word.len()];
        lowered.copy_from_slice(word.as_bytes());
        lowered.make_ascii_lowercase();
        hasher.write(lowered);
        return hasher.finish();
    }
    let lowered: String =
        word.chars().flat_map(char::to_lowercase).map(|c| if c == '’' { '\'' } else { c }).collect();
    hasher.write(lowered.as_bytes());
    hasher.finish()
}

/// The words of a sentence: letters and digits, with the apostrophes, hyphens, points and
/// commas between them ("don't", "6-1", "$14.50" as "14.50", "1,900").
fn words(text: &str) -> Vec<Word> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices().chain(std::iter::once((text.len(), ' '))) {
        let inside = c.is_alphanumeric()
            || (start.is_some() && matches!(c, '\'' | '’' | '-' | '.' | ','))
                && text[i + c.len_utf8()..].chars().next().is_some_and(char::is_alphanumeric);
        match (inside, start) {
            (true, None) => start = Some(i),
            (false, Some(s)) => {
                out.push((s..i, word_hash(&text[s..i])));
                start = None;
            }
            _ => {}
        }
    }
    out
}

fn shingle_hash(words: &[Word]) -> u64 {
    use std::hash::Hasher;
    let mut hasher = rustc_hash::FxHasher::default();
    for (_, w) in words {
        hasher.write_u64(*w);
    }
    hasher.finish()
}

/// Every body sentence of an article with its words, or none past [`MAX_SENTENCES`].
fn sentences(article: &Article) -> Vec<(SentenceId, Vec<Word>)> {
    let body = || article.passages.iter().enumerate().filter(|(_, p)| p.is_body());
    if body().map(|(_, p)| p.sentences.len()).sum::<usize>() > MAX_SENTENCES {
        return Vec::new();
    }
    body()
        .flat_map(|(pi, p)| (0..p.sentences.len()).map(move |si| SentenceId { passage: pi, sentence: si }))
        .map(|at| (at, words(article.sentence_text(at))))
        .collect()
}

/// The pairs of sentences that share a run of words any [`RunRule`] may count, longest run
/// first (then in text order); [`SharedRun::fits`] says which rule counts each.
pub fn shared_runs(left: &Article, right: &Article) -> Vec<SharedRun> {
    let (lefts, rights) = (sentences(left), sentences(right));
    if lefts.is_empty() || rights.is_empty() {
        return Vec::new();
    }
    let mut by_shingle: FxHashMap<u64, Vec<usize>> = FxHashMap::default();
    for (li, (_, words)) in lefts.iter().enumerate() {
        for window in words.windows(SHINGLE) {
            let at = by_shingle.entry(shingle_hash(window)).or_default();
            if at.len() < MAX_PER_SHINGLE && at.last() != Some(&li) {
                at.push(li);
            }
        }
    }
    // Shingles two sentences share, counted: a run of n words shares n - 4 of them, so the
    // counts rank the pairs before any is measured word by word.
    let mut shared: FxHashMap<(usize, usize), usize> = FxHashMap::default();
    for (ri, (_, words)) in rights.iter().enumerate() {
        for window in words.windows(SHINGLE) {
            for &li in by_shingle.get(&shingle_hash(window)).map_or(&[][..], Vec::as_slice) {
                *shared.entry((li, ri)).or_default() += 1;
            }
        }
    }
    let mut candidates: Vec<((usize, usize), usize)> =
        shared.into_iter().filter(|&(_, count)| count > DENIED_WORDS.min_words - SHINGLE).collect();
    candidates.sort_unstable_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    candidates.truncate(MAX_MEASURED);
    let mut runs: Vec<SharedRun> = candidates
        .into_iter()
        .filter_map(|((li, ri), _)| {
            let ((l_at, l_words), (r_at, r_words)) = (&lefts[li], &rights[ri]);
            let (ls, rs, n) = longest_common_run(l_words, r_words);
            let l_text = left.sentence_text(*l_at);
            // Long words the sentence writes in lower case: names and titles ("Carlos Mendez,
            // president of the State Federation of Labor") introduce a person, not a fact.
            let long = l_words[ls..ls + n]
                .iter()
                .filter(|(r, _)| {
                    let word = &l_text[r.clone()];
                    word.chars().filter(|c| c.is_alphabetic()).count() >= 4
                        && word.chars().next().is_some_and(char::is_lowercase)
                })
                .count();
            if n < DENIED_WORDS.min_words || long < DENIED_WORDS.min_long_words {
                return None;
            }
            let negation = |text: &str, words: &[Word], start: usize, reach: usize| {
                words[start.saturating_sub(reach)..start]
                    .iter()
                    .find(|(r, _)| {
                        let word = text[r.clone()].to_lowercase();
                        NEGATIONS.contains(&word.as_str()) || word.ends_with("n't") || word.ends_with("n’t")
                    })
                    .map(|(r, _)| r.clone())
            };
            let r_text = right.sentence_text(*r_at);
            let (l_negated, r_negated) = (
                negation(l_text, l_words, ls, NEGATION_REACH),
                negation(r_text, r_words, rs, NEGATION_REACH),
            );
            let negated = [l_negated.is_some(), r_negated.is_some()];
            let denial = match negated {
                [false, true] => negation(r_text, r_words, rs, DENIAL_REACH).map(|r| (1, r)),
                [true, false] => negation(l_text, l_words, ls, DENIAL_REACH).map(|r| (0, r)),
                _ => None,
            };
            // Shown without the words it ends on that only lead on ("reduce the risk of" reads
            // as "reduce the risk"); counted whole.
            let shown = n - l_words[ls..ls + n]
                .iter()
                .rev()
                .take(n - 1)
                .take_while(|(r, _)| TRAILING.contains(&l_text[r.clone()].to_lowercase().as_str()))
                .count();
            let span = |words: &[Word], s: usize| words[s].0.start..words[s + shown - 1].0.end;
            let spans = [span(l_words, ls), span(r_words, rs)];
            // Words inside a quotation are what someone said: quote pairing compares those
            // (a remark quoted in part is a difference, not a shared fact).
            let quoted = |text: &str, run: &Range<usize>| {
                quoted_spans(text).iter().any(|q| q.start < run.end && run.start < q.end)
            };
            if quoted(l_text, &spans[0]) || quoted(r_text, &spans[1]) {
                return None;
            }
            Some(SharedRun { left: *l_at, right: *r_at, spans, words: n, long_words: long, negated, denial })
        })
        .collect();
    runs.sort_by(|a, b| b.words.cmp(&a.words).then(a.left.cmp(&b.left)).then(a.right.cmp(&b.right)));
    runs
}

/// The longest run of equal words in `a` and `b`: (start in a, start in b, length).
fn longest_common_run(a: &[Word], b: &[Word]) -> (usize, usize, usize) {
    let mut best = (0, 0, 0);
    let mut previous = vec![0usize; b.len() + 1];
    let mut current = vec![0usize; b.len() + 1];
    for (i, (_, word)) in a.iter().enumerate() {
        for (j, (_, other)) in b.iter().enumerate() {
            current[j + 1] = if word == other { previous[j] + 1 } else { 0 };
            if current[j + 1] > best.2 {
                best = (i + 1 - current[j + 1], j + 1 - current[j + 1], current[j + 1]);
            }
        }
        std::mem::swap(&mut previous, &mut current);
    }
    best
}

#[cfg(test)]
mod tests {
    use super::*;

    fn runs(left: &str, right: &str) -> Vec<(String, String)> {
        let parse = |name: &str, body: &str| Article::parse(name, &format!("Title: {name}\n\n{body}\n"));
        let (l, r) = (parse("a", left), parse("b", right));
        shared_runs(&l, &r)
            .into_iter()
            .filter(|run| run.fits(&SAME_WORDS))
            .map(|run| {
                (
                    l.sentence_text(run.left)[run.spans[0].clone()].to_string(),
                    r.sentence_text(run.right)[run.spans[1].clone()].to_string(),
                )
            })
            .collect()
    }

    #[test]
    fn a_long_run_two_sentences_share_is_found_with_its_spans() {
        let found = runs(
            "Iran must never be allowed to build a nuclear weapon, and a deal is the quickest way there.",
            "Start where everyone agrees: Iran must never be allowed to build a nuclear weapon.",
        );
        assert_eq!(
            found,
            vec![(
                "Iran must never be allowed to build a nuclear weapon".to_string(),
                "Iran must never be allowed to build a nuclear weapon".to_string()
            )]
        );
        // Figures, hyphens and apostrophes stay inside their words.
        let found = runs(
            "The board approved the policy on a 6-1 vote in December, after a long debate.",
            "The policy, approved on a 6-1 vote in December, starts in the fall.",
        );
        assert_eq!(found.len(), 0, "six words is not enough: {found:?}");
    }

    fn denied(l: &Article, r: &Article) -> Vec<SharedRun> {
        shared_runs(l, r).into_iter().filter(|run| run.fits(&DENIED_WORDS)).collect()
    }

    #[test]
    fn a_run_one_side_denies_is_a_denial_with_its_negation() {
        let parse = |name: &str, body: &str| Article::parse(name, &format!("Title: {name}\n\n{body}\n"));
        let l = parse("a", "But the June strikes set the program back by years, and we must keep it there.");
        let r = parse("b", "They did real damage, but they did not set the program back by years.");
        let found = denied(&l, &r);
        assert_eq!(found.len(), 1, "{found:?}");
        let (side, negation) = found[0].denial.clone().expect("a denial");
        assert_eq!((side, &r.sentence_text(found[0].right)[negation]), (1, "not"));
        assert_eq!(
            &l.sentence_text(found[0].left)[found[0].spans[0].clone()],
            "set the program back by years"
        );
        // Said alike on both sides, or denied on both, it is no denial.
        let same = parse("c", "The strikes did not set the program back by years, officials said.");
        assert!(denied(&same, &r).is_empty());
        assert!(denied(&l, &parse("d", "The raids set the program back by years.")).is_empty());
        // A negation further back may negate something else.
        let far = parse("e", "They did not, in fact, set the program back by years.");
        assert!(denied(&l, &far).is_empty());
        // A run that ends on a word leading into what follows is shown without it.
        let risk = denied(
            &parse("h", "A deal that caps enrichment would reduce the risk of a regional war."),
            &parse("i", "A deal would not reduce the risk of war; it would merely postpone it."),
        );
        assert_eq!(risk.len(), 1, "{risk:?}");
        assert_eq!(risk[0].words, 4);
        let l = parse("h", "A deal that caps enrichment would reduce the risk of a regional war.");
        assert_eq!(&l.sentence_text(risk[0].left)[risk[0].spans[0].clone()], "reduce the risk");
        let other = parse("f", "Human rights should be woven into diplomacy.");
        let mean = parse("g", "This doesn't mean human rights should be sidelined.");
        assert!(denied(&other, &mean).is_empty());
    }

    #[test]
    fn a_run_negated_on_one_side_only_is_not_shared() {
        assert!(runs(
            "We believe Iran must be allowed to build a civilian nuclear programme.",
            "Iran must never be allowed to build a civilian nuclear programme.",
        )
        .is_empty());
    }

    #[test]
    fn short_words_and_stock_phrases_are_not_a_shared_fact() {
        assert!(runs(
            "And one of the things that we have to do is wait.",
            "It is one of the things that we have to do now."
        )
        .is_empty());
    }

    #[test]
    fn a_person_introduced_alike_or_a_remark_quoted_alike_is_not_a_shared_fact() {
        assert!(runs(
            "Carlos Mendez, president of the State Federation of Labor, cheered the law.",
            "Carlos Mendez, president of the State Federation of Labor, said little.",
        )
        .is_empty());
        assert!(runs(
            "Whitlock said the state \"cannot write a blank check for families who can afford lunch.\"",
            "The governor claimed the state \"cannot write a blank check for families who can afford lunch.\"",
        )
        .is_empty());
    }

    #[test]
    fn a_word_hashes_alike_in_any_case_and_with_either_apostrophe() {
        assert_eq!(word_hash("Don't"), word_hash("don’t"));
        assert_eq!(word_hash("NUCLEAR"), word_hash("nuclear"));
        assert_eq!(word_hash("Éire"), word_hash("éire"));
        assert_ne!(word_hash("deal"), word_hash("deals"));
    }

    #[test]
    fn the_longest_run_is_measured() {
        let a: Vec<_> = words("a b c d e f g h");
        let b: Vec<_> = words("x c d e y a b c d e f z");
        assert_eq!(longest_common_run(&a, &b), (0, 5, 6));
    }
}
