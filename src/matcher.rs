//! Whole-word, case-insensitive phrase matching for topic terms and cue lists.
//!
//! One Aho-Corasick automaton per list finds every phrase in a single pass over the text, so
//! tagging stays linear in the input (a very long list is split over a few automata, see
//! [`CHUNK_BYTES`]). Aho-Corasick knows nothing of words, so each hit is
//! checked against word boundaries here; a trailing `*` makes a phrase a prefix
//! (`sanction*` matches "sanctions" and "sanctioned") and the hit is widened to the whole word.

use std::collections::hash_map::{Entry, HashMap};
use std::ops::Range;

use aho_corasick::{AhoCorasick, AhoCorasickBuilder, AhoCorasickKind, MatchKind};

use crate::text::fold::{ends_word, fold, starts_word, word_end};

mod dense;
mod lists;
use dense::DenseDfa;
pub use lists::{ListHits, PhraseLists};

/// Upper bound on the total size of all phrases in one matcher: far above any sensible topic
/// map, far below what would make building the automaton slow or memory-hungry.
pub const MAX_PHRASE_BYTES: usize = 1 << 20;

/// Up to this total size, phrases are matched with a DFA; above it, with a contiguous NFA.
/// Building a DFA takes time proportional to its states times the depth of the longest
/// phrase, which made one long phrase (say 100 KB of `x`) take minutes. Below it the DFA is
/// asked for explicitly: left to choose, aho-corasick takes the NFA for any list of more than
/// 100 phrases, and the NFA's sparse transitions made the search for the 240 stance cues of
/// the default map, run on every sentence, a tenth of the time of a comparison.
const DFA_MAX_BYTES: usize = 4 * 1024;

/// Lists of short phrases get a DFA up to this total size (the default map's terms, cues and
/// gapped cues' first words together are about 4 KB): with every phrase at most
/// [`DFA_SHORT_PHRASE`] bytes, the build stays fast, and the table at most a few MB.
const DFA_MAX_SHORT_BYTES: usize = 8 * 1024;
const DFA_SHORT_PHRASE: usize = 64;

/// The most phrase bytes in one automaton. aho-corasick moves the match states to the front
/// when it builds one, and following those moves takes time quadratic in the states for lists
/// of many short phrases: 110,000 terms (0.9 MB) took a minute. Lists above this size are
/// split over several automata, each built fast, at the price of one more pass over the text
/// per part; a real topic map is one part.
const CHUNK_BYTES: usize = 16 * 1024;

/// One phrase found in a text: which owner (topic, stance or cue list entry) and where.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PhraseHit {
    pub owner: usize,
    pub range: Range<usize>,
}

#[derive(Debug, Clone)]
struct Pattern {
    prefix: bool,
    owners: Vec<usize>,
}

/// One automaton of a matcher: a DFA as a dense table (see [`DenseDfa`]), or aho-corasick's
/// contiguous NFA for lists too large for a DFA.
#[derive(Debug, Clone)]
enum Automaton {
    /// Boxed: the table's class map alone is 512 bytes.
    Dense(Box<DenseDfa>),
    Nfa(AhoCorasick),
}

impl Automaton {
    /// Calls `found(pattern, start, end)` for every overlapping match in `text`.
    fn for_each_match(&self, text: &str, mut found: impl FnMut(usize, usize, usize)) {
        match self {
            Automaton::Dense(dfa) => dfa.for_each_match(text.as_bytes(), &mut found),
            Automaton::Nfa(nfa) => nfa
                .find_overlapping_iter(text)
                .for_each(|m| found(m.pattern().as_usize(), m.start(), m.end())),
        }
    }
}

/// A compiled list of phrases, each belonging to an owner id chosen by the caller.
#[derive(Debug, Clone)]
pub struct PhraseMatcher {
    /// Each automaton with the index of its first pattern in `patterns`.
    automata: Vec<(Automaton, usize)>,
    patterns: Vec<Pattern>,
    /// For [`PhraseMatcher::new_gated`]: finds any of the phrases as plain text, a necessary
    /// condition for a hit.
    gate: Option<AhoCorasick>,
}

/// Up to this many phrase forms, [`PhraseMatcher::new_gated`] builds its gate: aho-corasick's
/// vectorised literal search (Teddy) takes at most 64.
const GATE_MAX_FORMS: usize = 64;

/// A phrase that cannot be matched as written.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhraseError {
    #[error("empty phrase")]
    Empty,
    #[error("`*` may only end a phrase (as in \"sanction*\"), found in \"{0}\"")]
    MisplacedWildcard(String),
    #[error("the phrases add up to {0} bytes or more, over the limit of {MAX_PHRASE_BYTES}")]
    TooLarge(usize),
}

/// Checks one phrase as a user wrote it.
pub fn validate_phrase(phrase: &str) -> Result<(), PhraseError> {
    let body = phrase.trim().strip_suffix('*').unwrap_or(phrase.trim());
    if body.trim().is_empty() {
        return Err(PhraseError::Empty);
    }
    if body.contains('*') {
        return Err(PhraseError::MisplacedWildcard(phrase.to_string()));
    }
    Ok(())
}

/// What a phrase is matched as: whether it is a prefix, and its folded forms (with inner
/// whitespace collapsed; a phrase with an apostrophe also matches its curly form).
fn forms(phrase: &str) -> (bool, Vec<String>) {
    let trimmed = phrase.trim();
    let prefix = trimmed.ends_with('*');
    let body = trimmed.trim_end_matches('*');
    let normal = fold(&body.split_whitespace().collect::<Vec<_>>().join(" "));
    let mut variants = vec![normal.clone()];
    if normal.contains('\'') {
        variants.push(normal.replace('\'', "’"));
    }
    (prefix, variants)
}

/// How many bytes a phrase adds to a matcher, as counted against [`MAX_PHRASE_BYTES`].
pub fn phrase_bytes(phrase: &str) -> usize {
    forms(phrase).1.iter().map(String::len).sum()
}

impl PhraseMatcher {
    /// Builds a matcher from `(phrase, owner)` pairs; phrases are folded and their inner
    /// whitespace collapsed, and a phrase with an apostrophe also matches its curly form.
    pub fn new<'a>(phrases: impl IntoIterator<Item = (&'a str, usize)>) -> Result<Self, PhraseError> {
        Self::build(phrases, false)
    }

    /// [`PhraseMatcher::new`], with a gate for a short list that most texts searched do not
    /// hold (an article's recurring phrases, searched in every paragraph): a text is first
    /// searched for the phrases as plain text with the crate's vectorised literal search, many
    /// bytes a step, and only a text holding one is read by the overlapping search, a byte at
    /// a time. Same hits as `new`; lists of more than 64 forms get no gate.
    pub fn new_gated<'a>(phrases: impl IntoIterator<Item = (&'a str, usize)>) -> Result<Self, PhraseError> {
        Self::build(phrases, true)
    }

    fn build<'a>(
        phrases: impl IntoIterator<Item = (&'a str, usize)>,
        gated: bool,
    ) -> Result<Self, PhraseError> {
        let mut keys: Vec<String> = Vec::new();
        let mut patterns: Vec<Pattern> = Vec::new();
        // A hash map finds a repeated phrase in constant time: a linear search per phrase made
        // 130,000 short terms take 46 s.
        let mut seen: HashMap<(String, bool), usize> = HashMap::new();
        let mut total = 0;
        for (phrase, owner) in phrases {
            validate_phrase(phrase)?;
            let (prefix, variants) = forms(phrase);
            for key in variants {
                total += key.len();
                // Checked as the phrases come, so a list over the limit costs no more than the
                // limit's worth of work before it is refused.
                if total > MAX_PHRASE_BYTES {
                    return Err(PhraseError::TooLarge(total));
                }
                match seen.entry((key, prefix)) {
                    Entry::Occupied(e) => patterns[*e.get()].owners.push(owner),
                    Entry::Vacant(e) => {
                        keys.push(e.key().0.clone());
                        patterns.push(Pattern { prefix, owners: vec![owner] });
                        e.insert(patterns.len() - 1);
                    }
                }
            }
        }
        let longest = keys.iter().map(String::len).max().unwrap_or(0);
        let dfa = total <= DFA_MAX_BYTES || total <= DFA_MAX_SHORT_BYTES && longest <= DFA_SHORT_PHRASE;
        let mut automata = Vec::new();
        let mut first = 0;
        while first < keys.len() {
            let mut end = first;
            let mut bytes = 0;
            while end < keys.len() && (end == first || bytes + keys[end].len() <= CHUNK_BYTES) {
                bytes += keys[end].len();
                end += 1;
            }
            let automaton = if dfa {
                Automaton::Dense(Box::new(
                    DenseDfa::new(&keys[first..end]).map_err(|_| PhraseError::TooLarge(total))?,
                ))
            } else {
                let nfa = AhoCorasickBuilder::new()
                    .match_kind(MatchKind::Standard)
                    .kind(Some(AhoCorasickKind::ContiguousNFA))
                    .build(&keys[first..end])
                    .map_err(|_| PhraseError::TooLarge(total))?;
                Automaton::Nfa(nfa)
            };
            automata.push((automaton, first));
            first = end;
        }
        // Every hit starts with one of the keys as written (a prefix phrase's key included).
        let gate = (gated && keys.len() <= GATE_MAX_FORMS)
            .then(|| AhoCorasickBuilder::new().match_kind(MatchKind::LeftmostFirst).build(&keys).ok())
            .flatten();
        Ok(Self { automata, patterns, gate })
    }

    /// Every whole-word hit in `folded` (text already passed through [`fold`]), in order of
    /// position; overlapping hits of the same owner are merged into the longest.
    pub fn find(&self, folded: &str) -> Vec<PhraseHit> {
        let mut hits = Vec::new();
        self.raw_hits(folded, &mut hits);
        settle(hits)
    }

    /// Every whole-word hit in `folded`, in no particular order and with the hits of one owner
    /// inside one another all kept.
    pub(crate) fn raw_hits(&self, folded: &str, hits: &mut Vec<PhraseHit>) {
        if self.gate.as_ref().is_some_and(|gate| !gate.is_match(folded)) {
            return;
        }
        for (automaton, first) in &self.automata {
            automaton.for_each_match(folded, |index, start, end| {
                let pattern = &self.patterns[first + index];
                if !starts_word(folded, start) {
                    return;
                }
                let end = if pattern.prefix {
                    word_end(folded, end)
                } else if ends_word(folded, end) {
                    end
                } else {
                    return;
                };
                for &owner in &pattern.owners {
                    hits.push(PhraseHit { owner, range: start..end });
                }
            });
        }
    }

    /// Whether any phrase occurs in `folded`.
    pub fn is_match(&self, folded: &str) -> bool {
        !self.find(folded).is_empty()
    }
}

/// Raw hits in position order, with the hits of one owner inside a longer one dropped: what
/// [`PhraseMatcher::find`] returns.
pub(crate) fn settle(mut hits: Vec<PhraseHit>) -> Vec<PhraseHit> {
    hits.sort_by(|a, b| {
        (a.range.start, std::cmp::Reverse(a.range.end), a.owner).cmp(&(
            b.range.start,
            std::cmp::Reverse(b.range.end),
            b.owner,
        ))
    });
    let mut kept: Vec<PhraseHit> = Vec::with_capacity(hits.len());
    for hit in hits {
        let covered = kept.iter().rev().take(32).any(|k| {
            k.owner == hit.owner && k.range.start <= hit.range.start && k.range.end >= hit.range.end
        });
        if !covered {
            kept.push(hit);
        }
    }
    kept
}

#[cfg(test)]
mod tests {
    use super::*;

    fn hits(m: &PhraseMatcher, text: &str) -> Vec<(usize, String)> {
        let folded = fold(text);
        m.find(&folded).into_iter().map(|h| (h.owner, text[h.range].to_string())).collect()
    }

    #[test]
    fn whole_words_only_and_case_insensitive() {
        let m = PhraseMatcher::new([("Israel", 0)]).unwrap();
        assert_eq!(hits(&m, "ISRAEL and Israelis"), vec![(0, "ISRAEL".to_string())]);
    }

    #[test]
    fn wildcard_extends_to_the_whole_word() {
        let m = PhraseMatcher::new([("sanction*", 1)]).unwrap();
        assert_eq!(
            hits(&m, "Sanctions, sanctioned; unsanctioned"),
            vec![(1, "Sanctions".to_string()), (1, "sanctioned".to_string())]
        );
    }

    #[test]
    fn phrases_and_shared_owners() {
        let m = PhraseMatcher::new([("nuclear deal", 0), ("nuclear", 1), ("deal", 0)]).unwrap();
        assert_eq!(
            hits(&m, "the Nuclear deal"),
            vec![(0, "Nuclear deal".to_string()), (1, "Nuclear".to_string())]
        );
    }

    #[test]
    fn apostrophes_match_curly_forms() {
        let m = PhraseMatcher::new([("doesn't", 0)]).unwrap();
        assert_eq!(hits(&m, "it doesn’t"), vec![(0, "doesn’t".to_string())]);
    }

    #[test]
    fn a_gated_matcher_finds_what_the_plain_one_finds() {
        let phrases = [("maximum pressure", 0), ("sanction*", 1), ("doesn't", 2), ("nuclear deal", 3)];
        let (plain, gated) =
            (PhraseMatcher::new(phrases).unwrap(), PhraseMatcher::new_gated(phrases).unwrap());
        assert!(gated.gate.is_some() && plain.gate.is_none());
        for text in [
            "Maximum   pressure failed; sanctions, it doesn’t matter, the nuclear deal",
            "maximum pressures and unsanctioned deals",
            "nothing here at all",
            "",
        ] {
            let folded = fold(text);
            assert_eq!(gated.find(&folded), plain.find(&folded), "{text:?}");
        }
        let many: Vec<String> = (0..=GATE_MAX_FORMS).map(|i| format!("w{i}")).collect();
        let over = PhraseMatcher::new_gated(many.iter().map(|w| (w.as_str(), 0))).unwrap();
        assert!(over.gate.is_none(), "too many forms for the literal search");
    }

    #[test]
    fn one_long_phrase_builds_quickly_and_still_matches() {
        let long = "x".repeat(MAX_PHRASE_BYTES / 2);
        let started = std::time::Instant::now();
        let m = PhraseMatcher::new([(long.as_str(), 0), ("oil", 1)]).unwrap();
        assert!(started.elapsed() < std::time::Duration::from_secs(10), "{:?}", started.elapsed());
        assert_eq!(hits(&m, "crude oil"), vec![(1, "oil".to_string())]);
        let text = format!("a {long} b");
        assert_eq!(m.find(&fold(&text)).len(), 1);
    }

    #[test]
    fn a_hundred_thousand_short_terms_build_quickly_and_all_match() {
        // Both the duplicate check and the automaton's build were quadratic in the terms:
        // 130,900 took 46 s. Repeats are folded into one pattern with several owners.
        let terms: Vec<String> = (0..100_000).map(|i| format!("t{i:x}")).collect();
        let started = std::time::Instant::now();
        let phrases = terms.iter().enumerate().map(|(i, t)| (t.as_str(), i)).chain([("t0", 7)]);
        let m = PhraseMatcher::new(phrases).unwrap();
        assert!(started.elapsed() < std::time::Duration::from_secs(20), "{:?}", started.elapsed());
        assert!(m.automata.len() > 1, "split over several automata");
        assert_eq!(
            hits(&m, "t0 then t1869f"),
            vec![(0, "t0".into()), (7, "t0".into()), (99_999, "t1869f".into())]
        );
    }

    #[test]
    fn phrase_bytes_counts_what_the_matcher_counts() {
        let phrases = ["  Nuclear   deal ", "sanction*", "doesn't", "İstanbul"];
        let total: usize = phrases.iter().map(|p| phrase_bytes(p)).sum();
        assert_eq!(
            total,
            "nuclear deal".len() + "sanction".len() + "doesn't".len() + "doesn’t".len() + "İstanbul".len()
        );
        let over = "x".repeat(MAX_PHRASE_BYTES - total + 1);
        let all = phrases.iter().copied().chain([over.as_str()]).map(|p| (p, 0));
        assert_eq!(PhraseMatcher::new(all).unwrap_err(), PhraseError::TooLarge(MAX_PHRASE_BYTES + 1));
    }

    #[test]
    fn bad_phrases_are_rejected() {
        assert_eq!(validate_phrase("  "), Err(PhraseError::Empty));
        assert_eq!(validate_phrase("*"), Err(PhraseError::Empty));
        assert!(matches!(validate_phrase("a*b"), Err(PhraseError::MisplacedWildcard(_))));
        let huge = "x".repeat(MAX_PHRASE_BYTES + 1);
        assert!(matches!(PhraseMatcher::new([(huge.as_str(), 0)]), Err(PhraseError::TooLarge(_))));
    }
}
