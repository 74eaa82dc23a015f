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

/// The longest label a node holds; a longer run becomes a chain.
const MAX_LABEL: usize = 255;

/// A node's packed "no pattern" (24 bits: patterns, each ending at its own
/// node other than the root, number fewer than `MAX_NODES - 1`).
const NO_PATTERN: u32 = (1 << 24) - 1;

/// A path-compressed trie. Node 0 is the root.
///
/// Everything a walk needs about a node sits in one 12-byte [`Node`] (and
/// the start of the next), and a node's transitions are packed `u32`s, so
/// crossing a node touches about three cache lines (transitions, child,
/// label).
#[derive(Clone, Debug)]
pub(super) struct Trie {
    /// The root's children by first byte (`NONE`: no child).
    root: Box<[u32; 256]>,
    /// The nodes, then a sentinel that ends the last node's runs.
    nodes: Box<[Node]>,
    /// `child << 8 | byte`, each node's run sorted by byte.
    trans: Box<[u32]>,
    /// The edge labels: the bytes of the edge into a node after its first.
    labels: Box<[u8]>,
}

/// One trie node: 12 bytes. Nodes are numbered in the order their
/// transitions are laid out, so node `i`'s transitions are
/// `trans[nodes[i].trans..nodes[i + 1].trans]`, and the pattern and the
/// label's length share a word.
#[derive(Clone, Copy, Debug)]
struct Node {
    /// Where the node's transitions start in `Trie::trans`.
    trans: u32,
    /// Where the label of the edge into the node starts in `Trie::labels`.
    label: u32,
    /// The pattern (key index) the node ends, or [`NO_PATTERN`] (low 24
    /// bits), and the length of the label (high 8 bits, at most
    /// [`MAX_LABEL`]).
    pattern_and_label_len: u32,
}

impl Node {
    /// A node with no transitions or pattern, its transitions starting at
    /// `trans` and its label at `labels[label..label + label_len]`.
    const fn new(trans: u32, label: u32, label_len: u8) -> Node {
        Node {
            trans,
            label,
            pattern_and_label_len: (label_len as u32) << 24 | NO_PATTERN,
        }
    }

    /// The pattern the node ends, if any.
    #[inline]
    fn pattern(&self) -> Option<u32> {
        match self.pattern_and_label_len & NO_PATTERN {
            NO_PATTERN => None,
            p => Some(p),
        }
    }

    /// Makes the node end pattern `p` (< [`NO_PATTERN`]).
    fn set_pattern(&mut self, p: u32) {
        self.pattern_and_label_len = self.pattern_and_label_len & !NO_PATTERN | p & NO_PATTERN;
    }

    /// Where the label of the edge into the node ends in `Trie::labels`.
    #[inline]
    fn label_end(&self) -> u32 {
        self.label + (self.pattern_and_label_len >> 24)
    }
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
            nodes: Box::new([Node::new(0, 0, 0), Node::new(0, 0, 0)]),
            trans: Box::new([]),
            labels: Box::new([]),
        }
    }

    /// Builds the trie of `keys`, which must be sorted and unique; key `i`
    /// becomes pattern `i`. `None` when the trie would need more than 2^24
    /// nodes (hundreds of megabytes of names).
    pub fn new(keys: &[&[u8]]) -> Option<Trie> {
        let mut root = Box::new([NONE; 256]);
        let mut nodes = vec![Node::new(0, 0, 0)];
        let mut trans: Vec<u32> = Vec::new();
        let mut labels = Vec::new();
        // (node, keys range, depth of the node's path); nodes leave the
        // queue in the order they were made, so their runs are laid out in
        // node order.
        let mut queue = VecDeque::new();
        queue.push_back((0u32, 0usize, keys.len(), 0usize));
        while let Some((node, mut lo, hi, depth)) = queue.pop_front() {
            let trans_start = trans.len();
            if lo < hi && keys[lo].len() == depth {
                nodes[node as usize].set_pattern(lo as u32);
                lo += 1;
            }
            while lo < hi {
                let byte = keys[lo][depth];
                let mut ghi = lo + 1;
                while ghi < hi && keys[ghi][depth] == byte {
                    ghi += 1;
                }
                let (first, last) = (keys[lo], keys[ghi - 1]);
                // Labels fit in 8 bits; a longer run becomes a chain.
                let lcp = first
                    .iter()
                    .zip(last)
                    .skip(depth + 1)
                    .take_while(|(a, b)| a == b)
                    .take(MAX_LABEL)
                    .count();
                let child_depth = depth + 1 + lcp;
                if nodes.len() >= MAX_NODES {
                    return None;
                }
                let child = nodes.len() as u32;
                nodes.push(Node::new(0, labels.len() as u32, lcp as u8));
                labels.extend_from_slice(&first[depth + 1..child_depth]);
                if node == 0 {
                    root[usize::from(byte)] = child;
                } else {
                    trans.push(child << 8 | u32::from(byte));
                }
                queue.push_back((child, lo, ghi, child_depth));
                lo = ghi;
            }
            nodes[node as usize].trans = trans_start as u32;
        }
        // The sentinel: where the last node's transitions end.
        nodes.push(Node::new(trans.len() as u32, labels.len() as u32, 0));
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
                    end: n.label_end(),
                };
                true
            }
            None => false,
        }
    }

    /// The transitions of node `node`: they end where the next node's
    /// start.
    #[inline]
    fn transitions(&self, node: u32) -> &[u32] {
        let run = match self.nodes.get(node as usize..) {
            Some([n, next, ..]) => self.trans.get(n.trans as usize..next.trans as usize),
            _ => None,
        };
        run.unwrap_or(&[])
    }

    #[inline]
    fn child(&self, node: u32, byte: u8) -> u32 {
        let run = self.transitions(node);
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
        self.nodes.get(cur.node as usize)?.pattern()
    }

    /// The cursor at `node` with `read` bytes of its label read (as taken
    /// from another cursor's `node` and [`label_read`](Trie::label_read)).
    #[inline]
    pub fn cursor(&self, node: u32, read: u32) -> Cursor {
        match self.nodes.get(node as usize) {
            Some(n) => Cursor {
                node,
                at: n.label.saturating_add(read),
                end: n.label_end(),
            },
            None => Cursor {
                node,
                at: 0,
                end: 0,
            },
        }
    }

    /// How many bytes of its node's label `cur` has read (at most
    /// [`MAX_LABEL`]).
    pub fn label_read(&self, cur: &Cursor) -> u32 {
        self.nodes
            .get(cur.node as usize)
            .map_or(0, |n| cur.at.saturating_sub(n.label))
    }

    /// The bytes a walk at `cur` may continue with.
    pub fn next_bytes(&self, cur: &Cursor) -> impl Iterator<Item = u8> + '_ {
        let label = (cur.at < cur.end).then(|| self.labels.get(cur.at as usize).copied());
        let run: &[u32] = match label {
            None if cur.node != 0 => self.transitions(cur.node),
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
    #[inline]
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

    /// The number of nodes (the sentinel is none).
    #[cfg(test)]
    pub fn len(&self) -> usize {
        self.nodes.len().saturating_sub(1)
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

    #[test]
    fn labels_longer_than_a_node_holds_become_chains() {
        let long = format!("a{}", "x".repeat(3 * MAX_LABEL + 7));
        let longer = format!("{long}y");
        let keys: Vec<&[u8]> = vec![b"a", long.as_bytes(), longer.as_bytes()];
        let trie = Trie::new(&keys).unwrap();
        for (i, k) in keys.iter().enumerate() {
            assert_eq!(trie.find(k), Some(i as u32));
        }
        assert_eq!(trie.find(&long.as_bytes()[..500]), None);
        assert_eq!(trie.find(format!("{long}z").as_bytes()), None);
    }
}
