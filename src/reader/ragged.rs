//! A list of short lists (per passage: its wrapped lines, its counterparts) kept as two flat
//! vectors: every item in order, and where each list starts. In: the items, list by list or as
//! `(list, item)` pairs; out: each list as a slice.
//!
//! A `Vec` per passage costs a 24-byte header and a heap block of its own; on a long document of
//! one-line paragraphs those were most of the reader's memory (issue 16 §6).

/// Lists of `T`, indexed from 0.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Ragged<T> {
    /// `starts[i]..starts[i + 1]`: list `i` in `items`. One more entry than there are lists.
    starts: Vec<u32>,
    items: Vec<T>,
}

impl<T> Default for Ragged<T> {
    fn default() -> Self {
        Ragged { starts: vec![0], items: Vec::new() }
    }
}

/// An index or byte offset kept in a flat list. Inputs are at most 64 MiB (a visible text a few
/// times that) and an item stands for at least a byte of them, so these stay far below
/// `u32::MAX`; saturating keeps a broken bound harmless.
pub(crate) fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

impl<T> Ragged<T> {
    /// The lists in order.
    pub(crate) fn from_lists<L: IntoIterator<Item = T>>(lists: impl IntoIterator<Item = L>) -> Self {
        let mut ragged = Ragged::default();
        for list in lists {
            ragged.items.extend(list);
            ragged.starts.push(to_u32(ragged.items.len()));
        }
        ragged.starts.shrink_to_fit();
        ragged.items.shrink_to_fit();
        ragged
    }

    /// `len` lists filled from `(list, item)` pairs; each list keeps its items in the order
    /// given. Pairs naming a list past `len` are left out.
    pub(crate) fn from_pairs<I>(len: usize, pairs: I) -> Self
    where
        I: IntoIterator<Item = (usize, T)> + Clone,
        T: Copy + Default,
    {
        let mut starts = vec![0u32; len + 1];
        for (list, _) in pairs.clone() {
            if list < len {
                starts[list + 1] += 1;
            }
        }
        for i in 0..len {
            starts[i + 1] += starts[i];
        }
        let mut items = vec![T::default(); starts[len] as usize];
        let mut next: Vec<u32> = starts[..len].to_vec();
        for (list, item) in pairs {
            if let Some(at) = next.get_mut(list) {
                items[*at as usize] = item;
                *at += 1;
            }
        }
        Ragged { starts, items }
    }

    /// The number of lists.
    pub(crate) fn len(&self) -> usize {
        self.starts.len() - 1
    }

    /// The number of items in all lists.
    pub(crate) fn total(&self) -> usize {
        self.items.len()
    }

    /// List `i`, `None` past the last.
    pub(crate) fn get(&self, i: usize) -> Option<&[T]> {
        let (&start, &end) = (self.starts.get(i)?, self.starts.get(i + 1)?);
        self.items.get(start as usize..end as usize)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lists_come_back_as_given() {
        let ragged = Ragged::from_lists([vec![1, 2], vec![], vec![3]]);
        assert_eq!((ragged.len(), ragged.total()), (3, 3));
        assert_eq!(ragged.get(0), Some(&[1, 2][..]));
        assert_eq!(ragged.get(1), Some(&[][..]));
        assert_eq!(ragged.get(2), Some(&[3][..]));
        assert_eq!(ragged.get(3), None);
        assert_eq!(Ragged::<u8>::default().len(), 0);
    }

    #[test]
    fn pairs_are_grouped_keeping_their_order() {
        let ragged = Ragged::from_pairs(3, [(2, 7u32), (0, 5), (2, 1), (9, 4), (0, 6)]);
        assert_eq!(ragged.get(0), Some(&[5, 6][..]));
        assert_eq!(ragged.get(1), Some(&[][..]));
        assert_eq!(ragged.get(2), Some(&[7, 1][..]));
        assert_eq!(ragged.get(3), None);
    }
}
