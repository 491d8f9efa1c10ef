//! Words both articles write: a run of seven words or more that two sentences share ("Iran
//! must never be allowed to build a nuclear weapon"), the same fact or the same statement
//! however differently the two go on to argue from it; or as many words in the same order with
//! a word or two changed on either side (`near_wording`: "described … as" for "called").
//!
//! In: both articles' body sentences. Out: pairs of sentences with their longest shared run
//! (and, where no run of seven says it, their longest chain with small gaps), longest first.
//! Candidates come from hashed three-word shingles of the left article looked up for each of
//! the right's, so the cost is linear in the words; the run is then measured word by word on
//! the candidate pair only. Articles longer than [`MAX_SENTENCES`] a side are not read
//! for shared wording: the map of shingles would cost memory a book cannot afford, and in a book
//! the passages two texts share are better found by `diff`.

use std::ops::Range;

use rustc_hash::FxHashMap;

use crate::article::{Article, SentenceId};
use crate::contrast::near_wording::{
    long_in_lower_case, longest_chain, may_turn, skips_are_neutral, stated_long_words, Chain,
};
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
    /// Whether the shared words may have a word or two between them (`near_wording`), each
    /// skipped word leaving the statement the same.
    pub gaps: bool,
}

/// Words both articles write alike: a shared name or stock phrase is shorter than seven.
pub const SAME_WORDS: RunRule = RunRule { min_words: 7, min_long_words: 4, denied: false, gaps: false };
/// The same statement with a word or two changed ("described … as" for "called"): as many
/// shared words as a run, none of the changed ones a figure, an opinion or a turn.
pub const NEAR_WORDS: RunRule = RunRule { min_words: 7, min_long_words: 4, denied: false, gaps: true };
/// Words one article writes and the other denies ("the strikes set the program back by years"
/// and "they did not set the program back by years"): shorter runs count, as a negation right
/// before them on one side only is itself strong evidence.
pub const DENIED_WORDS: RunRule = RunRule { min_words: 4, min_long_words: 2, denied: true, gaps: false };
/// Words one article asserts and the other reports as a view to rebut: the rebuttal, read from
/// the sentence's voice, is the evidence, as the "not" is a denial's.
pub const REBUTTED_WORDS: RunRule = RunRule { min_words: 4, min_long_words: 2, denied: false, gaps: false };
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
    /// Words skipped between the shared ones, both sides together (0 for a run).
    pub skipped: usize,
    /// Whether the words right before the shared ones differ and one of them may change what
    /// is said ("approved the dredging contract …" beside "rejected the dredging contract …"):
    /// the same words then carry different statements.
    pub turned: bool,
}

impl SharedRun {
    /// Whether the run is one the rule counts.
    pub fn fits(&self, rule: &RunRule) -> bool {
        let negation = if rule.denied { self.denial.is_some() } else { self.negated[0] == self.negated[1] };
        self.words >= rule.min_words
            && self.long_words >= rule.min_long_words
            && negation
            && (rule.gaps || self.skipped == 0)
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
    let mut runs: Vec<SharedRun> = Vec::new();
    for ((li, ri), _) in candidates {
        let ((l_at, l_words), (r_at, r_words)) = (&lefts[li], &rights[ri]);
        let texts = [left.sentence_text(*l_at), right.sentence_text(*r_at)];
        let (ls, rs, n) = longest_common_run(l_words, r_words);
        let contiguous = Chain { links: (0..n).map(|k| (ls + k, rs + k)).collect() };
        let run = measured([*l_at, *r_at], texts, [l_words, r_words], &contiguous, true);
        let fits_alike = run.as_ref().is_some_and(|r| r.fits(&SAME_WORDS));
        runs.extend(run);
        if fits_alike {
            continue;
        }
        // The same statement with a word or two changed, where no run of seven says it.
        let chain = longest_chain(l_words, r_words);
        let skips = chain.skipped();
        if chain.links.len() >= NEAR_WORDS.min_words
            && skips[0] + skips[1] > 0
            && stated_long_words(&chain, texts[0], l_words) >= NEAR_WORDS.min_long_words
            && skips_are_neutral(&chain, texts, [l_words, r_words])
        {
            runs.extend(measured([*l_at, *r_at], texts, [l_words, r_words], &chain, false));
        }
    }
    runs.sort_by(|a, b| b.words.cmp(&a.words).then(a.left.cmp(&b.left)).then(a.right.cmp(&b.right)));
    runs
}

/// The shared words of a chain (a run when it skips nothing) as a [`SharedRun`]: its long
/// words, the negations before it on each side, its spans (a run shown without the words it
/// ends on that only lead on, `trim`), or none if it is too short to count for any rule or lies
/// within a quotation.
fn measured(
    at: [SentenceId; 2],
    texts: [&str; 2],
    words: [&[Word]; 2],
    chain: &Chain,
    trim: bool,
) -> Option<SharedRun> {
    let (l_text, r_text) = (texts[0], texts[1]);
    let n = chain.links.len();
    let (ls, rs) = *chain.links.first()?;
    let long =
        chain.links.iter().filter(|(l, _)| long_in_lower_case(&l_text[words[0][*l].0.clone()])).count();
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
    let (l_negated, r_negated) =
        (negation(l_text, words[0], ls, NEGATION_REACH), negation(r_text, words[1], rs, NEGATION_REACH));
    let negated = [l_negated.is_some(), r_negated.is_some()];
    let denial = match negated {
        [false, true] => negation(r_text, words[1], rs, DENIAL_REACH).map(|r| (1, r)),
        [true, false] => negation(l_text, words[0], ls, DENIAL_REACH).map(|r| (0, r)),
        _ => None,
    };
    // Shown without the words it ends on that only lead on ("reduce the risk of" reads as
    // "reduce the risk"); counted whole.
    let trailing = if trim {
        chain
            .links
            .iter()
            .rev()
            .take(n - 1)
            .take_while(|(l, _)| TRAILING.contains(&l_text[words[0][*l].0.clone()].to_lowercase().as_str()))
            .count()
    } else {
        0
    };
    let shown = &chain.links[..n - trailing];
    let (first, last) = (shown[0], shown[shown.len() - 1]);
    let spans = [
        words[0][first.0].0.start..words[0][last.0].0.end,
        words[1][first.1].0.start..words[1][last.1].0.end,
    ];
    // Words inside a quotation are what someone said: quote pairing compares those (a remark
    // quoted in part is a difference, not a shared fact).
    let quoted = |text: &str, run: &Range<usize>| {
        quoted_spans(text).iter().any(|q| q.start < run.end && run.start < q.end)
    };
    if quoted(l_text, &spans[0]) || quoted(r_text, &spans[1]) {
        return None;
    }
    let skipped = chain.skipped();
    let before = |side: usize, first: usize| {
        first.checked_sub(1).map(|w| texts[side][words[side][w].0.clone()].to_lowercase().replace('’', "'"))
    };
    let turned = match (before(0, ls), before(1, rs)) {
        (Some(l), Some(r)) => l != r && (may_turn(&l) || may_turn(&r)),
        _ => false,
    };
    Some(SharedRun {
        left: at[0],
        right: at[1],
        spans,
        words: n,
        long_words: long,
        negated,
        denial,
        skipped: skipped[0] + skipped[1],
        turned,
    })
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
#[path = "wording_tests.rs"]
mod tests;
