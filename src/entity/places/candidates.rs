//! The candidate entries of an item, kept in place while they are few.
//!
//! Nearly every matched name has a handful of readings (most often one):
//! a vector per item would cost an allocation per gazetteer match.
//! [`CandidateList`] keeps up to [`INLINE`] of them inside the item and
//! moves to the heap only past that.

use std::ops::Deref;

use crate::gazetteer::EntryId;

/// How many candidates a list holds without allocating. (Six entry ids
/// take the room a vector's own three words take, so an item grows by one
/// word at most.)
const INLINE: usize = 6;

/// A list of candidate entries, read as a slice, never empty: it starts
/// with one entry and only grows, or is replaced whole.
#[derive(Clone, Debug)]
pub(crate) enum CandidateList {
    /// The first `len` of `ids` (the slots after them hold copies of
    /// entries and are never read).
    Inline { len: u8, ids: [EntryId; INLINE] },
    /// More than [`INLINE`] entries.
    Heap(Vec<EntryId>),
}

impl CandidateList {
    /// The list of the one entry `id`.
    pub(crate) fn one(id: EntryId) -> CandidateList {
        CandidateList::Inline {
            len: 1,
            ids: [id; INLINE],
        }
    }

    /// The list of `ids`, in order; none when there are none.
    pub(crate) fn collect(ids: impl IntoIterator<Item = EntryId>) -> Option<CandidateList> {
        let mut ids = ids.into_iter();
        let mut list = CandidateList::one(ids.next()?);
        for id in ids {
            list.push(id);
        }
        Some(list)
    }

    /// Adds `id` at the end.
    pub(crate) fn push(&mut self, id: EntryId) {
        match self {
            CandidateList::Inline { len, ids } if usize::from(*len) < INLINE => {
                ids[usize::from(*len)] = id;
                *len += 1;
            }
            CandidateList::Inline { .. } => {
                let mut heap = self.spill();
                heap.push(id);
                *self = CandidateList::Heap(heap);
            }
            CandidateList::Heap(heap) => heap.push(id),
        }
    }

    /// Adds `id` before every other entry.
    pub(crate) fn push_front(&mut self, id: EntryId) {
        match self {
            CandidateList::Inline { len, ids } if usize::from(*len) < INLINE => {
                let n = usize::from(*len);
                ids.copy_within(..n, 1);
                ids[0] = id;
                *len += 1;
            }
            CandidateList::Inline { .. } => {
                let mut heap = self.spill();
                heap.insert(0, id);
                *self = CandidateList::Heap(heap);
            }
            CandidateList::Heap(heap) => heap.insert(0, id),
        }
    }

    /// The entries in a new vector with room for more.
    fn spill(&self) -> Vec<EntryId> {
        let mut heap = Vec::with_capacity(2 * INLINE);
        heap.extend_from_slice(self);
        heap
    }
}

impl Deref for CandidateList {
    type Target = [EntryId];

    fn deref(&self) -> &[EntryId] {
        match self {
            CandidateList::Inline { len, ids } => &ids[..usize::from(*len)],
            CandidateList::Heap(heap) => heap,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::gazetteer::{Entry, EntryKind, Gazetteer};

    /// `n` distinct entry ids, from a gazetteer of `n` entries.
    fn ids(n: usize) -> Vec<EntryId> {
        let mut b = Gazetteer::builder();
        b.include_embedded(false);
        for i in 0..n {
            b.add(Entry::new(
                format!("e{i}"),
                format!("Name{i}"),
                EntryKind::City,
            ));
        }
        let g = b.build().unwrap();
        g.entries().map(|(id, _)| id).collect()
    }

    #[test]
    fn grows_past_the_inline_room_in_order() {
        let all = ids(2 * INLINE + 3);
        assert!(CandidateList::collect([]).is_none());
        let mut list = CandidateList::collect(all[1..3].iter().copied()).unwrap();
        let mut expected = all[1..3].to_vec();
        assert_eq!(&*list, &expected[..]);
        for &id in &all[3..] {
            list.push(id);
            expected.push(id);
            assert_eq!(&*list, &expected[..]);
        }
        list.push_front(all[0]);
        expected.insert(0, all[0]);
        assert_eq!(&*list, &expected[..]);
    }

    #[test]
    fn front_insertions_keep_the_order() {
        let all = ids(INLINE + 2);
        let mut list = CandidateList::one(all[INLINE + 1]);
        for &id in all[..=INLINE].iter().rev() {
            list.push_front(id);
        }
        assert_eq!(&*list, &all[..]);
        assert!(matches!(list, CandidateList::Heap(_)));
    }
}
