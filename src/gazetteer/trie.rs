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

/// Node ids fit in 24 bits: a transition is `child << 8 | byte`.
const MAX_NODES: usize = 1 << 24;

/// A path-compressed trie. Node 0 is the root.
///
/// Everything a walk needs about a node sits in one 16-byte [`Node`], and a
/// node's transitions are packed `u32`s, so crossing a node touches about
/// three cache lines (transitions, child, label).
#[derive(Clone, Debug)]
pub(super) struct Trie {
    /// The root's children by first byte (`NONE`: no child).
    root: Box<[u32; 256]>,
    nodes: Box<[Node]>,
    /// `child << 8 | byte`, each node's run sorted by byte.
    trans: Box<[u32]>,
    /// The edge labels: the bytes of the edge into a node after its first.
    labels: Box<[u8]>,
}

/// One trie node.
#[derive(Clone, Copy, Debug)]
struct Node {
    /// The node's transitions: `trans[trans..trans + trans_len]`.
    trans: u32,
    /// The label of the edge into the node: `labels[label..label + label_len]`.
    label: u32,
    /// The pattern (key index) the node ends, or `NONE`.
    pattern: u32,
    trans_len: u16,
    label_len: u16,
}

/// Where a walk is: a node and how much of its label has been read.
#[derive(Clone, Copy, Debug)]
pub(super) struct Cursor {
    pub node: u32,
    pub at: u32,
    end: u32,
}

impl Trie {
    /// The trie of no keys.
    pub fn empty() -> Trie {
        Trie {
            root: Box::new([NONE; 256]),
            nodes: Box::new([Node {
                trans: 0,
                label: 0,
                pattern: NONE,
                trans_len: 0,
                label_len: 0,
            }]),
            trans: Box::new([]),
            labels: Box::new([]),
        }
    }

    /// Builds the trie of `keys`, which must be sorted and unique; key `i`
    /// becomes pattern `i`. `None` when the trie would need more than 2^24
    /// nodes (hundreds of megabytes of names).
    pub fn new(keys: &[&[u8]]) -> Option<Trie> {
        let mut root = Box::new([NONE; 256]);
        let root_node = Node {
            trans: 0,
            label: 0,
            pattern: NONE,
            trans_len: 0,
            label_len: 0,
        };
        let mut nodes = vec![root_node];
        let mut trans: Vec<u32> = Vec::new();
        let mut labels = Vec::new();
        // (node, keys range, depth of the node's path)
        let mut queue = VecDeque::new();
        queue.push_back((0u32, 0usize, keys.len(), 0usize));
        while let Some((node, mut lo, hi, depth)) = queue.pop_front() {
            let trans_start = trans.len();
            if lo < hi && keys[lo].len() == depth {
                nodes[node as usize].pattern = lo as u32;
                lo += 1;
            }
            while lo < hi {
                let byte = keys[lo][depth];
                let mut ghi = lo + 1;
                while ghi < hi && keys[ghi][depth] == byte {
                    ghi += 1;
                }
                let (first, last) = (keys[lo], keys[ghi - 1]);
                // Labels fit in 16 bits; a longer run becomes a chain.
                let lcp = first
                    .iter()
                    .zip(last)
                    .skip(depth + 1)
                    .take_while(|(a, b)| a == b)
                    .take(usize::from(u16::MAX))
                    .count();
                let child_depth = depth + 1 + lcp;
                if nodes.len() >= MAX_NODES {
                    return None;
                }
                let child = nodes.len() as u32;
                nodes.push(Node {
                    trans: 0,
                    label: labels.len() as u32,
                    pattern: NONE,
                    trans_len: 0,
                    label_len: lcp as u16,
                });
                labels.extend_from_slice(&first[depth + 1..child_depth]);
                if node == 0 {
                    root[usize::from(byte)] = child;
                } else {
                    trans.push(child << 8 | u32::from(byte));
                }
                queue.push_back((child, lo, ghi, child_depth));
                lo = ghi;
            }
            let n = &mut nodes[node as usize];
            n.trans = trans_start as u32;
            n.trans_len = (trans.len() - trans_start) as u16;
        }
        Some(Trie {
            root,
            nodes: nodes.into_boxed_slice(),
            trans: trans.into_boxed_slice(),
            labels: labels.into_boxed_slice(),
        })
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
            if self.labels.get(cur.at as usize) == Some(&byte) {
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
        match self.nodes.get(child as usize) {
            Some(n) => {
                *cur = Cursor {
                    node: child,
                    at: n.label,
                    end: n.label + u32::from(n.label_len),
                };
                true
            }
            None => false,
        }
    }

    #[inline]
    fn child(&self, node: u32, byte: u8) -> u32 {
        let Some(n) = self.nodes.get(node as usize) else {
            return NONE;
        };
        let lo = n.trans as usize;
        let run = self
            .trans
            .get(lo..lo + usize::from(n.trans_len))
            .unwrap_or(&[]);
        let found = if run.len() <= LINEAR_MAX {
            run.iter().find(|&&t| t as u8 == byte)
        } else {
            run.binary_search_by_key(&byte, |&t| t as u8)
                .ok()
                .map(|i| &run[i])
        };
        found.map_or(NONE, |&t| t >> 8)
    }

    /// The pattern a walk that stopped at `cur` has spelled completely.
    #[inline]
    pub fn pattern(&self, cur: &Cursor) -> Option<u32> {
        if cur.at != cur.end {
            return None;
        }
        match self.nodes.get(cur.node as usize)?.pattern {
            NONE => None,
            p => Some(p),
        }
    }

    /// The cursor at `node` with the label read up to `at` (as taken from
    /// another cursor's `node` and `at`).
    #[inline]
    pub fn cursor(&self, node: u32, at: u32) -> Cursor {
        let end = self
            .nodes
            .get(node as usize)
            .map_or(0, |n| n.label + u32::from(n.label_len));
        Cursor { node, at, end }
    }

    /// The bytes a walk at `cur` may continue with.
    pub fn next_bytes(&self, cur: &Cursor) -> impl Iterator<Item = u8> + '_ {
        let label = (cur.at < cur.end).then(|| self.labels.get(cur.at as usize).copied());
        let run: &[u32] = match (label, self.nodes.get(cur.node as usize)) {
            (None, Some(n)) if cur.node != 0 => {
                let lo = n.trans as usize;
                self.trans
                    .get(lo..lo + usize::from(n.trans_len))
                    .unwrap_or(&[])
            }
            _ => &[],
        };
        let root: &[u32; 256] = &self.root;
        let from_root = (cur.node == 0 && label.is_none())
            .then(|| (0..=255u8).filter(move |&b| root[usize::from(b)] != NONE))
            .into_iter()
            .flatten();
        label
            .flatten()
            .into_iter()
            .chain(run.iter().map(|&t| t as u8))
            .chain(from_root)
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
            + core::mem::size_of_val(&*self.nodes)
            + 4 * self.trans.len()
            + self.labels.len()
    }

    /// The number of nodes.
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.nodes.len()
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
        let trie = Trie::new(&keys).unwrap();
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
        let trie = Trie::new(&[]).unwrap();
        assert_eq!(trie.find(b"a"), None);
        let owned: Vec<Vec<u8>> = (0u8..=255).map(|b| vec![b'q', b, b'z']).collect();
        let keys: Vec<&[u8]> = owned.iter().map(Vec::as_slice).collect();
        let trie = Trie::new(&keys).unwrap();
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(trie.find(k), Some(i as u32));
        }
        assert_eq!(trie.find(b"qz"), None);
    }
}
