//! A phrase list's DFA copied into a dense table, scanned with one table load and one compare
//! per byte.
//!
//! In: the folded phrase keys. Out: every overlapping match (pattern, start, end), in the order
//! aho-corasick's overlapping search reports them on the same DFA. Why: that search is written
//! for every automaton, anchoring and prefilter, and spent about twenty instructions a byte;
//! a passage is scanned three to four times by phrase lists (topic terms and cues, entity
//! phrases, attribution verbs), so the scan loop was 8% of a comparison's instructions.

use aho_corasick::automaton::Automaton;
use aho_corasick::dfa::DFA;
use aho_corasick::{Anchored, BuildError, MatchKind};

/// A phrase list's automaton as a table: states renumbered so that every match state comes
/// after every other, transitions premultiplied by the number of byte classes.
#[derive(Debug, Clone)]
pub(super) struct DenseDfa {
    /// Byte → class: one class per byte some pattern holds, class 0 for all the others (from
    /// any state they lead back to the start, as no pattern can go on with them).
    classes: [u16; 256],
    /// log2 of the classes per state (rounded up to a power of two): a match state's index is
    /// a shift away.
    shift: u32,
    /// `trans[state + class]` = the next state; states are premultiplied by the row width.
    trans: Vec<u32>,
    start: u32,
    /// The first match state (premultiplied); all states from it on are match states.
    first_match: u32,
    /// Match state `k` (counted from `first_match`) reports `ids[ends[k]..ends[k + 1]]`.
    ends: Vec<u32>,
    ids: Vec<u32>,
    /// Each pattern's length in bytes.
    lens: Vec<u32>,
}

impl DenseDfa {
    /// The table of the standard-semantics (overlapping) DFA of `keys`.
    pub(super) fn new(keys: &[String]) -> Result<DenseDfa, BuildError> {
        let dfa = DFA::builder().match_kind(MatchKind::Standard).prefilter(false).build(keys)?;
        let mut classes = [0u16; 256];
        // One byte standing for each class; class 0's (a byte no pattern holds) first.
        let mut reps: Vec<u8> = Vec::new();
        for key in keys {
            for &b in key.as_bytes() {
                classes[usize::from(b)] = 1;
            }
        }
        reps.push((0..=255u8).find(|&b| classes[usize::from(b)] == 0).unwrap_or(0));
        for b in 0..=255u8 {
            if classes[usize::from(b)] != 0 {
                classes[usize::from(b)] = reps.len() as u16;
                reps.push(b);
            }
        }
        let stride = reps.len().next_power_of_two();
        // Every state reachable from the start, in breadth-first order, with its successors
        // (as indices into `order`) per class. The DFA's state ids are offsets into its own
        // table, so they index a vector as large as its memory.
        let start = dfa.start_state(Anchored::No).expect("an unanchored DFA has an unanchored start");
        let mut index = vec![u32::MAX; dfa.memory_usage() / 4 + 1];
        let mut order = vec![start];
        index[start.as_usize()] = 0;
        let mut next: Vec<u32> = Vec::new();
        let mut at = 0;
        while at < order.len() {
            let sid = order[at];
            for &b in &reps {
                let to = dfa.next_state(Anchored::No, sid, b);
                if index[to.as_usize()] == u32::MAX {
                    index[to.as_usize()] = order.len() as u32;
                    order.push(to);
                }
                next.push(index[to.as_usize()]);
            }
            next.resize(next.len() + stride - reps.len(), 0);
            at += 1;
        }
        // Renumbered: states without a match first, in breadth-first order, then match states.
        let (plain, matching): (Vec<usize>, Vec<usize>) =
            (0..order.len()).partition(|&i| !dfa.is_match(order[i]));
        let mut renumbered = vec![0u32; order.len()];
        for (new, &old) in plain.iter().chain(&matching).enumerate() {
            renumbered[old] = (new * stride) as u32;
        }
        let mut trans = vec![0u32; order.len() * stride];
        for (old, successors) in next.chunks(stride).enumerate() {
            let row = renumbered[old] as usize;
            for (class, &to) in successors.iter().enumerate() {
                trans[row + class] = renumbered[to as usize];
            }
        }
        let mut ends = vec![0u32];
        let mut ids = Vec::new();
        for &old in &matching {
            let sid = order[old];
            ids.extend((0..dfa.match_len(sid)).map(|i| dfa.match_pattern(sid, i).as_u32()));
            ends.push(ids.len() as u32);
        }
        let lens = (0..dfa.patterns_len())
            .map(|p| dfa.pattern_len(aho_corasick::PatternID::must(p)) as u32)
            .collect();
        Ok(DenseDfa {
            classes,
            shift: stride.trailing_zeros(),
            trans,
            start: renumbered[0],
            first_match: (plain.len() * stride) as u32,
            ends,
            ids,
            lens,
        })
    }

    /// Calls `found(pattern, start, end)` for every match in `haystack`, overlapping ones
    /// included: by end, and at one end in the order of the DFA's match list.
    /// Not inlined, and `found` called through a pointer: inlined into its caller with the
    /// hit checks, the loop ran out of registers and kept its state on the stack.
    #[inline(never)]
    pub(super) fn for_each_match(&self, haystack: &[u8], found: &mut dyn FnMut(usize, usize, usize)) {
        let (trans, classes, first_match) = (&self.trans[..], &self.classes, self.first_match as usize);
        let mut state = self.start as usize;
        let mut step = |b: u8, end: usize| {
            state = trans[state + usize::from(classes[usize::from(b)])] as usize;
            if state >= first_match {
                self.report(state as u32, end, found);
            }
        };
        // Four bytes a round, unrolled: byte by byte, counting the loop and the end offset took
        // five of the thirteen instructions a byte; here the end is worked out only at a match.
        let (quads, rest) = haystack.as_chunks::<4>();
        for (i, quad) in quads.iter().enumerate() {
            for (k, &b) in quad.iter().enumerate() {
                step(b, 4 * i + k + 1);
            }
        }
        for (k, &b) in rest.iter().enumerate() {
            step(b, 4 * quads.len() + k + 1);
        }
    }

    /// The matches of match state `state` ending at `end`.
    #[inline(never)]
    fn report(&self, state: u32, end: usize, found: &mut dyn FnMut(usize, usize, usize)) {
        let k = ((state - self.first_match) >> self.shift) as usize;
        for &id in &self.ids[self.ends[k] as usize..self.ends[k + 1] as usize] {
            found(id as usize, end - self.lens[id as usize] as usize, end);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use aho_corasick::{AhoCorasickBuilder, AhoCorasickKind};

    fn aho(keys: &[String], text: &str) -> Vec<(usize, usize, usize)> {
        let ac = AhoCorasickBuilder::new()
            .match_kind(MatchKind::Standard)
            .kind(Some(AhoCorasickKind::DFA))
            .build(keys)
            .unwrap();
        ac.find_overlapping_iter(text).map(|m| (m.pattern().as_usize(), m.start(), m.end())).collect()
    }

    fn dense(keys: &[String], text: &str) -> Vec<(usize, usize, usize)> {
        let mut out = Vec::new();
        DenseDfa::new(keys).unwrap().for_each_match(text.as_bytes(), &mut |p, s, e| out.push((p, s, e)));
        out
    }

    #[test]
    fn finds_what_the_overlapping_search_finds_in_the_same_order() {
        let keys: Vec<String> =
            ["he", "she", "his", "hers", "nuclear deal", "deal", "a", "doesn’t", "é", "x y"]
                .iter()
                .map(|s| s.to_string())
                .collect();
        for text in [
            "ushers and she said his nuclear deal doesn’t hold",
            "",
            "a",
            "aaaa hehehe shershe",
            "café é x y x  y",
            "\u{0}\u{7f}ÿ binary-ish é",
        ] {
            assert_eq!(dense(&keys, text), aho(&keys, text), "{text:?}");
        }
    }

    #[test]
    fn every_byte_value_in_patterns_and_text() {
        let keys: Vec<String> = vec!["ab".into(), "b".into(), "abc".into(), "\u{1}".into()];
        let text: String = (0u8..128).map(char::from).chain("ababcabc\u{1}b".chars()).collect();
        assert_eq!(dense(&keys, &text), aho(&keys, &text));
    }
}
