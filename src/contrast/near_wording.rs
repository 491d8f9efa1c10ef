//! Words both articles write with a word or two changed: "Both sides described the first round
//! as a starting point" beside "Both sides called the first round a starting point", "Omani
//! mediators carrying messages between the two delegations" beside "… shuttled messages …".
//! Two reports of one fact rarely keep seven words in a row, and the run `wording` needs misses
//! them; a reader still sees at once that both say the same thing.
//!
//! In: the words of two sentences (byte ranges and hashes, as `wording` reads them). Out: the
//! longest chain of words the two share in the same order with at most [`MAX_GAP`] other words
//! between two links on either side, and whether the words skipped may change what is said.
//! Cost: one pass over the word pairs of a candidate, each looking back over a few cells.

use std::ops::Range;

use crate::lexicon::valence_of;

/// Words either side may skip between two shared words: one reworded verb ("described … as"
/// for "called"), not a clause.
pub const MAX_GAP: usize = 2;
/// Word pairs a chain is looked for in, at most: two sentences of 300 words. Longer ones
/// (a list, text with no full stops) are no one statement, and the table would cost memory.
const MAX_CELLS: usize = 90_000;
/// Words a chain needs to count as the same statement, as many as a run (`SAME_WORDS`).
pub const MIN_WORDS: usize = 7;
/// The words the two sides skip, in all, at most: the rest must be shared.
pub const MAX_SKIPPED: usize = 4;
/// Above this VADER valence a skipped word is an opinion, and a changed opinion word is where
/// two sentences differ ("a useful meeting" beside "a pointless meeting").
const OPINION_VALENCE: f32 = 1.0;
/// Words that, skipped on either side, can turn the statement around: a direction, a decision,
/// a quantity or a negation ("support the plan" beside "oppose the plan", "rents rose" beside
/// "rents fell"). The lexicon rates few of them.
#[rustfmt::skip]
const TURNING_WORDS: &[&str] = &[
    "not", "no", "never", "nor", "neither", "without", "cannot", "against", "for", "yes",
    "more", "less", "fewer", "most", "least", "higher", "lower", "up", "down", "over", "under",
    "above", "below", "before", "after", "only", "all", "none", "few", "many", "some",
    "rise", "rose", "risen", "rises", "fall", "fell", "fallen", "falls", "grow", "grew", "grown",
    "shrink", "shrank", "increase", "increased", "decrease", "decreased", "cut", "cuts", "raise",
    "raised", "drop", "dropped", "gain", "gained", "lose", "lost", "doubled", "halved",
    "support", "supports", "supported", "oppose", "opposes", "opposed", "approve", "approved",
    "reject", "rejected", "pass", "passed", "block", "blocked", "back", "backed", "end", "ended",
    "keep", "kept", "repeal", "repealed", "accept", "accepted", "refuse", "refused",
];

/// Verbs that attribute what follows: two reports introduce one speaker alike ("Executive
/// director Gregory Amsel said the unpaid rent …") and go on to say different things.
#[rustfmt::skip]
const ATTRIBUTING: &[&str] = &[
    "said", "says", "say", "told", "tells", "added", "according", "stated", "argued", "noted",
    "warned", "wrote", "explained", "announced", "insisted", "contended", "testified",
];

/// A chain of shared words: the pairs of word indices, left and right, in order.
#[derive(Debug, Clone, PartialEq)]
pub struct Chain {
    pub links: Vec<(usize, usize)>,
}

impl Chain {
    /// Words skipped between the first link and the last, left and right.
    pub fn skipped(&self) -> [usize; 2] {
        match (self.links.first(), self.links.last()) {
            (Some(f), Some(l)) => [l.0 - f.0 + 1 - self.links.len(), l.1 - f.1 + 1 - self.links.len()],
            _ => [0, 0],
        }
    }

    /// The word indices skipped on one side (0 left, 1 right).
    pub fn skipped_words(&self, side: usize) -> impl Iterator<Item = usize> + '_ {
        let at = move |link: &(usize, usize)| if side == 0 { link.0 } else { link.1 };
        self.links.windows(2).flat_map(move |w| at(&w[0]) + 1..at(&w[1]))
    }

    /// The words from the first link to the last on one side.
    pub fn word_range(&self, side: usize) -> Range<usize> {
        let at = |link: &(usize, usize)| if side == 0 { link.0 } else { link.1 };
        match (self.links.first(), self.links.last()) {
            (Some(f), Some(l)) => at(f)..at(l) + 1,
            _ => 0..0,
        }
    }
}

/// The longest chain of equal words (`a[i].1 == b[j].1`) in the same order, with at most
/// [`MAX_GAP`] words skipped between two links on each side; ties go to the earliest end.
pub fn longest_chain<W: PartialEq>(a: &[(Range<usize>, W)], b: &[(Range<usize>, W)]) -> Chain {
    if a.len() * b.len() > MAX_CELLS {
        return Chain { links: Vec::new() };
    }
    let width = b.len();
    // length[i * width + j]: the longest chain ending with a[i] linked to b[j], 0 if unequal.
    let mut length = vec![0usize; a.len() * width];
    let mut best: Option<(usize, usize, usize)> = None;
    for i in 0..a.len() {
        for j in 0..width {
            if a[i].1 != b[j].1 {
                continue;
            }
            let mut longest = 0;
            for pi in i.saturating_sub(MAX_GAP + 1)..i {
                for pj in j.saturating_sub(MAX_GAP + 1)..j {
                    longest = longest.max(length[pi * width + pj]);
                }
            }
            length[i * width + j] = longest + 1;
            if best.is_none_or(|(n, _, _)| longest + 1 > n) {
                best = Some((longest + 1, i, j));
            }
        }
    }
    let Some((mut n, mut i, mut j)) = best else { return Chain { links: Vec::new() } };
    let mut links = vec![(i, j)];
    // Back along any predecessor one shorter: there is one by construction.
    while n > 1 {
        let found = (i.saturating_sub(MAX_GAP + 1)..i)
            .flat_map(|pi| (j.saturating_sub(MAX_GAP + 1)..j).map(move |pj| (pi, pj)))
            .find(|&(pi, pj)| length[pi * width + pj] == n - 1);
        let Some((pi, pj)) = found else { break };
        (i, j, n) = (pi, pj, n - 1);
        links.push((i, j));
    }
    links.reverse();
    Chain { links }
}

/// The long words (four letters or more, written in lower case) a chain shares after the last
/// verb that attributes, on the left: what the two say alike, not how they introduce a speaker
/// ("the council member whose district includes Hollis Avenue, said" shares none).
pub fn stated_long_words<W>(chain: &Chain, text: &str, words: &[(Range<usize>, W)]) -> usize {
    let word = |l: usize| &text[words[l].0.clone()];
    let after = chain
        .links
        .iter()
        .rposition(|&(l, _)| ATTRIBUTING.contains(&word(l).to_lowercase().as_str()))
        .map_or(0, |i| i + 1);
    chain.links[after..].iter().filter(|&&(l, _)| long_in_lower_case(word(l))).count()
}

/// A word of four letters or more written in lower case: a fact's word, where names and titles
/// ("Carlos Mendez, president of the State Federation of Labor") introduce a person.
pub fn long_in_lower_case(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 4
        && word.chars().next().is_some_and(char::is_lowercase)
}

/// Whether the words a chain skips leave the statement the same: no figure, no opinion word and
/// no word that turns a statement around on either side, and not too many of them.
pub fn skips_are_neutral<W>(chain: &Chain, texts: [&str; 2], words: [&[(Range<usize>, W)]; 2]) -> bool {
    let [l, r] = chain.skipped();
    if l + r == 0 || l + r > MAX_SKIPPED {
        return l + r == 0;
    }
    (0..2).all(|side| chain.skipped_words(side).all(|w| !may_turn(&texts[side][words[side][w].0.clone()])))
}

/// Whether a word, changed, may change what a statement says: a figure, a negation, an opinion
/// or a word of direction, decision or quantity.
pub fn may_turn(word: &str) -> bool {
    let word = word.to_lowercase().replace('’', "'");
    word.chars().any(|c| c.is_ascii_digit())
        || word.ends_with("n't")
        || TURNING_WORDS.contains(&word.as_str())
        || valence_of(&word).abs() >= OPINION_VALENCE
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<(Range<usize>, String)> {
        let mut out = Vec::new();
        let mut at = 0;
        for w in text.split(' ') {
            out.push((at..at + w.len(), w.to_lowercase()));
            at += w.len() + 1;
        }
        out
    }

    fn chain_text(a: &str, b: &str) -> (String, String, Chain) {
        let (wa, wb) = (words(a), words(b));
        let chain = longest_chain(&wa, &wb);
        let span = |w: &[(Range<usize>, String)], r: Range<usize>, t: &str| {
            if r.is_empty() {
                String::new()
            } else {
                t[w[r.start].0.start..w[r.end - 1].0.end].to_string()
            }
        };
        (span(&wa, chain.word_range(0), a), span(&wb, chain.word_range(1), b), chain)
    }

    fn neutral(a: &str, b: &str) -> bool {
        let (wa, wb) = (words(a), words(b));
        let chain = longest_chain(&wa, &wb);
        skips_are_neutral(&chain, [a, b], [&wa, &wb])
    }

    #[test]
    fn a_reworded_verb_is_skipped_on_each_side() {
        let (l, r, chain) = chain_text(
            "Both sides described the first round as a starting point",
            "In Muscat both sides called the first round a starting point",
        );
        assert_eq!(l, "Both sides described the first round as a starting point");
        assert_eq!(r, "both sides called the first round a starting point");
        assert_eq!(chain.links.len(), 8);
        assert_eq!(chain.skipped(), [2, 1]);
    }

    #[test]
    fn a_gap_longer_than_two_words_ends_the_chain() {
        let (_, _, chain) = chain_text(
            "the council voted to end short-term rentals",
            "the council voted five to two after a long night to end short-term rentals",
        );
        // "the council voted … to" or "to end short-term rentals", never both.
        assert_eq!(chain.links.len(), 4, "{chain:?}");
    }

    #[test]
    fn words_out_of_order_are_not_linked() {
        let (_, _, chain) = chain_text("rentals the council banned", "the council banned rentals");
        assert_eq!(chain.links.len(), 3);
    }

    #[test]
    fn sentences_too_long_to_be_one_statement_are_not_chained() {
        let long = vec!["word"; 400].join(" ");
        assert!(longest_chain(&words(&long), &words(&long)).links.is_empty());
        let shorter = vec!["word"; 250].join(" ");
        assert_eq!(longest_chain(&words(&shorter), &words(&shorter)).links.len(), 250);
    }

    #[test]
    fn no_shared_word_is_an_empty_chain() {
        let (l, r, chain) = chain_text("apples and pears", "cars trucks");
        assert!(chain.links.is_empty() && l.is_empty() && r.is_empty());
        assert_eq!(chain.skipped(), [0, 0]);
    }

    #[test]
    fn a_changed_direction_decision_figure_or_opinion_is_no_same_statement() {
        assert!(neutral(
            "Omani mediators carrying messages between the two delegations",
            "Omani mediators shuttled messages between the two delegations"
        ));
        assert!(!neutral(
            "The council should pass the ordinance on June 3",
            "The council should reject the ordinance on June 3"
        ));
        assert!(!neutral(
            "rents in the city rose sharply over the decade",
            "rents in the city fell sharply over the decade"
        ));
        assert!(!neutral(
            "the board approved the budget on a 6-1 vote",
            "the board approved the budget on a 5-2 vote"
        ));
        assert!(!neutral(
            "Both delegations described the meeting as useful today",
            "Both delegations described the meeting as pointless today"
        ));
        assert!(!neutral(
            "officials say the plan will work in the city",
            "officials say the plan won't work in the city"
        ));
    }

    #[test]
    fn a_speaker_introduced_alike_is_not_what_both_state() {
        let stated = |a: &str, b: &str| {
            let (wa, wb) = (words(a), words(b));
            let chain = longest_chain(&wa, &wb);
            stated_long_words(&chain, a, &wa)
        };
        assert_eq!(
            stated(
                "Nadia Brooks, the council member whose district includes Hollis Avenue, said she was never asked",
                "Council member Nadia Brooks, whose district includes Hollis Avenue, said the department failed"
            ),
            0
        );
        assert_eq!(
            stated(
                "State Representative Gil Marston said he was uneasy about mailing ballots to voters",
                "Gil Marston said he was uneasy about sending ballots to voters who never asked"
            ),
            4,
            "uneasy, about, ballots, voters after the verb; the skipped ones do not count"
        );
    }

    #[test]
    fn too_many_skipped_words_are_no_same_statement() {
        let (l, r) = (
            "the parks agency will charge visitors a fee at the lakes this summer",
            "the parks agency here will charge park visitors a daily entry fee at the mountain lakes this summer",
        );
        assert_eq!(longest_chain(&words(l), &words(r)).skipped(), [0, 5]);
        assert!(!neutral(l, r));
        assert!(neutral(
            l,
            "the parks agency here will charge park visitors a daily entry fee at the lakes this summer"
        ));
    }
}
