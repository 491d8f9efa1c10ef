//! The path synced scrolling follows: which line of one Read pane goes with which line of the
//! other. In: the aligned passage pairs (any order), each pane's first line per passage and the
//! last line each pane can have at its top. Out: a mapping from a top line of one pane to a top
//! line of the other that never goes back while the first goes forward and that joins the two
//! tops and the two ends.
//!
//! Counterparts come in any order (a later passage of one article may answer an early one of
//! the other), and following each in turn jumps back and forth. Like vimdiff's scrollbind for
//! text in order, the path keeps only the longest chain of pairs that increases on both sides
//! (its anchors) and moves proportionally between two anchors. Jumping to a counterpart out of
//! order is a separate, explicit key.

/// The longest chain of `(left passage, right passage)` pairs increasing strictly on both
/// sides, in order. Pairs may come in any order and repeat.
pub(crate) fn chain(pairs: impl IntoIterator<Item = (usize, usize)>) -> Vec<(usize, usize)> {
    let mut pairs: Vec<(usize, usize)> = pairs.into_iter().collect();
    // Left ascending, right descending within one left passage, so that a strictly increasing
    // subsequence of the rights takes at most one pair per left passage.
    pairs.sort_unstable_by(|a, b| a.0.cmp(&b.0).then(b.1.cmp(&a.1)));
    pairs.dedup();
    // Patience sorting: `ends[k]` is the index of the smallest right ending a chain of k + 1.
    let mut ends: Vec<usize> = Vec::new();
    let mut before: Vec<Option<usize>> = vec![None; pairs.len()];
    for (i, &(_, right)) in pairs.iter().enumerate() {
        let k = ends.partition_point(|&e| pairs[e].1 < right);
        before[i] = k.checked_sub(1).map(|k| ends[k]);
        if k == ends.len() {
            ends.push(i);
        } else {
            ends[k] = i;
        }
    }
    let mut found = Vec::with_capacity(ends.len());
    let mut at = ends.last().copied();
    while let Some(i) = at {
        found.push(pairs[i]);
        at = before[i];
    }
    found.reverse();
    found
}

/// Points `(left line, right line)` joined by straight stretches, increasing on both sides
/// from `(0, 0)` to the two ends.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SyncPath {
    points: Vec<[usize; 2]>,
}

impl SyncPath {
    /// `first[s][p]`: the first line of passage `p` in pane `s` (0 left, 1 right); `end[s]`:
    /// the furthest line pane `s` can have at its top.
    pub(crate) fn new(chain: &[(usize, usize)], first: [&[usize]; 2], end: [usize; 2]) -> SyncPath {
        let mut points = vec![[0, 0]];
        for &(left, right) in chain {
            let (Some(&x), Some(&y)) = (first[0].get(left), first[1].get(right)) else { continue };
            let last = points[points.len() - 1];
            // An anchor at either end or not beyond the previous one would make a stretch
            // where one pane stands still while the other jumps.
            if x > last[0] && y > last[1] && x < end[0] && y < end[1] {
                points.push([x, y]);
            }
        }
        points.push(end);
        SyncPath { points }
    }

    /// The top line of the other pane for top line `line` of pane `lead` (0 left, 1 right).
    pub(crate) fn follow(&self, lead: usize, line: usize) -> usize {
        let other = 1 - lead;
        let points = &self.points;
        let k = points.partition_point(|p| p[lead] < line);
        let Some(next) = points.get(k) else { return points[points.len() - 1][other] };
        if next[lead] == line || k == 0 {
            return next[other];
        }
        let prev = points[k - 1];
        let (run, rise) = (next[lead] - prev[lead], next[other] - prev[other]);
        prev[other] + (line - prev[lead]) * rise / run
    }
    /// Where the other pane goes when pane `lead` scrolls from top line `from` to `to` while
    /// the other is at `current`: by the same lines if that stays within `slack` lines of the
    /// path, else as near the path as that band allows; never back while `lead` goes forward (or
    /// forward while it goes back). The band narrows to nothing at both ends, so the panes
    /// reach their tops and their ends together.
    ///
    /// Moving both panes by the same lines is what a reader follows most easily and what the
    /// terminal shifts cheaply (a scroll region); keeping to the path exactly moved the other
    /// pane by a row only every few presses, redrawing it whole each time.
    pub(crate) fn step(&self, lead: usize, from: usize, to: usize, current: usize, slack: usize) -> usize {
        let other = 1 - lead;
        let (lead_end, other_end) =
            (self.points[self.points.len() - 1][lead], self.points[self.points.len() - 1][other]);
        let to = to.min(lead_end);
        let room = slack.min(to).min(lead_end - to);
        let target = self.follow(lead, to);
        let (low, high) = (target.saturating_sub(room), (target + room).min(other_end));
        let current = current.min(other_end);
        if to >= from {
            (current + (to - from)).clamp(low, high).max(current)
        } else {
            current.saturating_sub(from - to).clamp(low, high).min(current)
        }
    }
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;

    #[test]
    fn chain_keeps_the_longest_run_in_order() {
        // Right ¶6 and ¶2 answer left ¶1 and ¶2 out of order; the chain skips the stray ones.
        let pairs = [(0, 0), (1, 6), (2, 1), (3, 2), (4, 0), (5, 3), (5, 4)];
        assert_eq!(chain(pairs), vec![(0, 0), (2, 1), (3, 2), (5, 3)]);
        assert!(chain([]).is_empty());
    }

    #[test]
    fn moves_proportionally_between_anchors() {
        // Left passages start at lines 0, 10, 20; right at 0, 30, 40.
        let path = SyncPath::new(&[(1, 1)], [&[0, 10, 20], &[0, 30, 40]], [25, 45]);
        assert_eq!(path.follow(0, 0), 0);
        assert_eq!(path.follow(0, 5), 15);
        assert_eq!(path.follow(0, 10), 30);
        assert_eq!(path.follow(0, 25), 45);
        assert_eq!(path.follow(1, 30), 10);
        assert_eq!(path.follow(1, 99), 25);
    }

    /// A generated pair of articles: each one's passage lengths in lines, any aligned pairs of
    /// passages, and a pane height.
    type Pair = (Vec<usize>, Vec<usize>, Vec<(usize, usize)>, usize);

    fn pair() -> impl Strategy<Value = Pair> {
        (prop::collection::vec(1usize..30, 1..40), prop::collection::vec(1usize..30, 1..40), 1usize..40)
            .prop_flat_map(|(left, right, height)| {
                let pairs = prop::collection::vec((0..left.len(), 0..right.len()), 0..60);
                (Just(left), Just(right), pairs, Just(height))
            })
    }

    fn starts(lengths: &[usize]) -> (Vec<usize>, usize) {
        let mut first = Vec::new();
        let mut total = 0;
        for len in lengths {
            first.push(total);
            total += len;
        }
        (first, total)
    }

    proptest! {
        #[test]
        fn stepping_with_slack_is_monotone_and_reaches_both_ends(
            (left, right, pairs, height) in pair(),
            moves in prop::collection::vec((0usize..2, -12isize..13), 1..200),
            slack in 0usize..12,
        ) {
            let (first_left, lines_left) = starts(&left);
            let (first_right, lines_right) = starts(&right);
            let end = [lines_left.saturating_sub(height), lines_right.saturating_sub(height)];
            let path = SyncPath::new(&chain(pairs.iter().copied()), [&first_left, &first_right], end);
            let mut tops = [0usize, 0];
            // Random scrolls of either pane, then each pane all the way down and back up.
            let sweeps = (0..2).flat_map(|lead| [(lead, isize::MAX / 2), (lead, -isize::MAX / 2)]);
            for (lead, delta) in moves.into_iter().chain(sweeps) {
                let other = 1 - lead;
                let from = tops[lead];
                let to = from.saturating_add_signed(delta).min(end[lead]);
                if to == from {
                    // The reader asks only when the pane moved.
                    continue;
                }
                let next = path.step(lead, from, to, tops[other], slack);
                prop_assert!(next <= end[other]);
                if to > from {
                    prop_assert!(next >= tops[other], "forward {} -> {}: other {} -> {}", from, to, tops[other], next);
                } else {
                    prop_assert!(next <= tops[other], "back {} -> {}: other {} -> {}", from, to, tops[other], next);
                }
                if to == 0 {
                    prop_assert_eq!(next, 0);
                }
                if to == end[lead] && end[lead] > 0 {
                    prop_assert_eq!(next, end[other]);
                }
                tops = if lead == 0 { [to, next] } else { [next, to] };
            }
        }

        #[test]
        fn synced_scrolling_is_monotone_and_reaches_both_ends((left, right, pairs, height) in pair()) {
            let (first_left, lines_left) = starts(&left);
            let (first_right, lines_right) = starts(&right);
            let end = [lines_left.saturating_sub(height), lines_right.saturating_sub(height)];
            let anchors = chain(pairs.iter().copied());
            prop_assert!(anchors.windows(2).all(|w| w[0].0 < w[1].0 && w[0].1 < w[1].1));
            let path = SyncPath::new(&anchors, [&first_left, &first_right], end);
            for lead in 0..2 {
                let other = 1 - lead;
                prop_assert_eq!(path.follow(lead, 0), 0);
                prop_assert_eq!(path.follow(lead, end[lead]), if end[lead] == 0 { 0 } else { end[other] });
                let mut last = 0;
                for line in 0..=end[lead] {
                    let at = path.follow(lead, line);
                    prop_assert!(at >= last, "lead {} line {}: {} after {}", lead, line, at, last);
                    prop_assert!(at <= end[other]);
                    last = at;
                }
            }
        }
    }
}
