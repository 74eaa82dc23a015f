//! The automaton: a path-compressed trie over folded keys, walked anchored
//! from a word start one folded byte at a time.
//!
//! An anchored search needs no failure transitions, so the trie is the whole
//! automaton. Built from sorted keys in one breadth-first pass, it takes a
//! few milliseconds for tens of thousands of names (a general Aho-Corasick
//! builder spends most of its time on failure transitions an anchored search
//! never follows). Chains of single-child nodes are stored as one label, so
//! a walk compares bytes in a tight loop and the trie stays small.

use std::collections::VecDeque;

/// No node / no pattern.
const NONE: u32 = u32::MAX;

/// Fan-out from which a node's transitions are binary-searched.
const LINEAR_MAX: usize = 8;

/// A path-compressed trie. Node 0 is the root.
#[derive(Clone, Debug)]
pub(super) struct Trie {
    /// The root's children by first byte (`NONE`: no child).
    root: Box<[u32; 256]>,
    /// `trans_bytes[trans_start[n]..trans_start[n + 1]]`: the sorted first
    /// bytes of node `n`'s children, `trans_next` the children.
    trans_start: Box<[u32]>,
    trans_bytes: Box<[u8]>,
    trans_next: Box<[u32]>,
    /// `labels[label_start[n]..label_start[n + 1]]`: the bytes of the edge
    /// into `n` after its first byte.
    label_start: Box<[u32]>,
    labels: Box<[u8]>,
    /// The pattern (key index) node `n` ends, or `NONE`.
    pattern: Box<[u32]>,
}

/// Where a walk is: a node and how much of its label has been read.
#[derive(Clone, Copy, Debug)]
pub(super) struct Cursor {
    pub node: u32,
    pub at: u32,
    end: u32,
}

impl Trie {
    /// Builds the trie of `keys`, which must be sorted and unique; key `i`
    /// becomes pattern `i`.
    pub fn new(keys: &[&[u8]]) -> Trie {
        let mut root = Box::new([NONE; 256]);
        // The root's transitions live in `root`: its range is empty.
        let mut trans_start = vec![0u32];
        let mut trans_bytes = Vec::new();
        let mut trans_next = Vec::new();
        let mut label_start = vec![0u32, 0];
        let mut labels = Vec::new();
        let mut pattern = vec![NONE];
        // (node, keys range, depth of the node's path)
        let mut queue = VecDeque::new();
        queue.push_back((0u32, 0usize, keys.len(), 0usize));
        while let Some((node, mut lo, hi, depth)) = queue.pop_front() {
            if node != 0 {
                trans_start.push(trans_bytes.len() as u32);
            }
            if lo < hi && keys[lo].len() == depth {
                pattern[node as usize] = lo as u32;
                lo += 1;
            }
            while lo < hi {
                let byte = keys[lo][depth];
                let mut ghi = lo + 1;
                while ghi < hi && keys[ghi][depth] == byte {
                    ghi += 1;
                }
                let (first, last) = (keys[lo], keys[ghi - 1]);
                let lcp = first
                    .iter()
                    .zip(last)
                    .skip(depth + 1)
                    .take_while(|(a, b)| a == b)
                    .count();
                let child_depth = depth + 1 + lcp;
                let child = pattern.len() as u32;
                pattern.push(NONE);
                labels.extend_from_slice(&first[depth + 1..child_depth]);
                label_start.push(labels.len() as u32);
                if node == 0 {
                    root[usize::from(byte)] = child;
                } else {
                    trans_bytes.push(byte);
                    trans_next.push(child);
                }
                queue.push_back((child, lo, ghi, child_depth));
                lo = ghi;
            }
        }
        // Nodes were processed in id order; close the last one's range.
        trans_start.push(trans_bytes.len() as u32);
        Trie {
            root,
            trans_start: trans_start.into_boxed_slice(),
            trans_bytes: trans_bytes.into_boxed_slice(),
            trans_next: trans_next.into_boxed_slice(),
            label_start: label_start.into_boxed_slice(),
            labels: labels.into_boxed_slice(),
            pattern: pattern.into_boxed_slice(),
        }
    }

    /// The cursor at the root.
    #[inline]
    pub fn start(&self) -> Cursor {
        Cursor {
            node: 0,
            at: 0,
            end: 0,
        }
    }

    /// Advances `cur` by `byte`; `false` when no key continues that way (the
    /// cursor is then unusable).
    #[inline]
    pub fn step(&self, cur: &mut Cursor, byte: u8) -> bool {
        if cur.at < cur.end {
            if self.labels[cur.at as usize] == byte {
                cur.at += 1;
                return true;
            }
            return false;
        }
        let child = if cur.node == 0 {
            self.root[usize::from(byte)]
        } else {
            self.child(cur.node, byte)
        };
        if child == NONE {
            return false;
        }
        cur.node = child;
        cur.at = self.label_start[child as usize];
        cur.end = self.label_start[child as usize + 1];
        true
    }

    #[inline]
    fn child(&self, node: u32, byte: u8) -> u32 {
        let lo = self.trans_start[node as usize] as usize;
        let hi = self.trans_start[node as usize + 1] as usize;
        let bytes = &self.trans_bytes[lo..hi];
        let found = if bytes.len() <= LINEAR_MAX {
            bytes.iter().position(|&b| b == byte)
        } else {
            bytes.binary_search(&byte).ok()
        };
        found.map_or(NONE, |i| self.trans_next[lo + i])
    }

    /// The pattern a walk that stopped at `cur` has spelled completely.
    #[inline]
    pub fn pattern(&self, cur: &Cursor) -> Option<u32> {
        if cur.at != cur.end {
            return None;
        }
        match self.pattern[cur.node as usize] {
            NONE => None,
            p => Some(p),
        }
    }

    /// The cursor at `node` with `at` bytes of the label arena read (as
    /// taken from another cursor's `node` and `at`).
    #[inline]
    pub fn cursor(&self, node: u32, at: u32) -> Cursor {
        let end = self
            .label_start
            .get(node as usize + 1)
            .copied()
            .unwrap_or(0);
        Cursor { node, at, end }
    }

    /// The cursor after walking `bytes` from the root, if any key starts
    /// with them.
    pub fn walk(&self, bytes: &[u8]) -> Option<Cursor> {
        let mut cur = self.start();
        for &b in bytes {
            if !self.step(&mut cur, b) {
                return None;
            }
        }
        Some(cur)
    }

    /// The pattern `key` spells, if any.
    pub fn find(&self, key: &[u8]) -> Option<u32> {
        self.pattern(&self.walk(key)?)
    }

    /// Heap bytes used.
    pub fn memory_usage(&self) -> usize {
        core::mem::size_of::<[u32; 256]>()
            + 4 * (self.trans_start.len()
                + self.trans_next.len()
                + self.label_start.len()
                + self.pattern.len())
            + self.trans_bytes.len()
            + self.labels.len()
    }

    /// The number of nodes.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.pattern.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_exactly_the_keys() {
        let mut keys: Vec<&[u8]> = vec![
            b"a",
            b"ab",
            b"abc",
            b"abd",
            b"b",
            b"bosnia",
            b"bosnia and herzegovina",
            b"new york",
            b"new york city",
            b"newark",
            b"x",
        ];
        keys.sort();
        let trie = Trie::new(&keys);
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(
                trie.find(k),
                Some(i as u32),
                "{:?}",
                String::from_utf8_lossy(k)
            );
        }
        for k in [
            &b""[..],
            b"abcd",
            b"bos",
            b"new",
            b"new york c",
            b"y",
            b"newarks",
        ] {
            assert_eq!(trie.find(k), None, "{:?}", String::from_utf8_lossy(k));
        }
        // Path compression: far fewer nodes than key bytes.
        assert!(trie.len() < 20, "{}", trie.len());
    }

    #[test]
    fn empty_and_wide() {
        let trie = Trie::new(&[]);
        assert_eq!(trie.find(b"a"), None);
        let owned: Vec<Vec<u8>> = (0u8..=255).map(|b| vec![b'q', b, b'z']).collect();
        let keys: Vec<&[u8]> = owned.iter().map(Vec::as_slice).collect();
        let trie = Trie::new(&keys);
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(trie.find(k), Some(i as u32));
        }
        assert_eq!(trie.find(b"qz"), None);
    }
}
