//! The prefilter: the first words of all keys, so that most capitalised
//! words of a text ("The", "Senator", "Jeffords") are rejected after one hash
//! and two bit probes of a small Bloom filter, and the words that do start a
//! key skip the trie: an exact hash table gives the trie cursor after them.
//!
//! A first word here is the run of ASCII letters and digits that starts a
//! key. A text word is only looked up when it is such a run too (it ends at
//! an ASCII byte); words with non-ASCII letters go straight to the trie.

use super::fold::ASCII_FOLD;
use super::trie::Trie;

/// Bits in the filter (a power of two): 32 KiB.
const BITS: usize = 1 << 18;

/// The longest first word the table holds; longer text words walk the trie.
pub(super) const MAX_WORD: usize = 255;

/// The first words of all keys: a Bloom filter (two probes) and an exact
/// open-addressing table from word to trie cursor.
#[derive(Clone)]
pub(super) struct FirstWords {
    bloom: Box<[u64]>,
    slots: Box<[Slot]>,
    /// Words longer than eight bytes, with their cursors.
    long: Box<[LongWord]>,
    /// The bytes of the long words.
    long_bytes: Box<[u8]>,
}

/// A table slot. `word` is the lower-cased word itself, zero-padded, for
/// words of up to eight bytes (never 0: empty slots are 0), or `LONG | hash`
/// for longer ones, whose cursor is in `FirstWords::long[node]`.
///
/// The word is kept as two `u32` halves: aligned to four bytes, a slot
/// takes 20 bytes (with a 12-byte [`Hit`]), not 24.
#[derive(Clone, Copy, Default)]
struct Slot {
    word: [u32; 2],
    hit: Hit,
}

impl Slot {
    fn new(word: u64, hit: Hit) -> Slot {
        Slot {
            word: [word as u32, (word >> 32) as u32],
            hit,
        }
    }

    /// The slot's word (0: an empty slot).
    #[inline]
    fn word(&self) -> u64 {
        u64::from(self.word[0]) | u64::from(self.word[1]) << 32
    }
}

/// What the table knows about a first word.
#[derive(Clone, Copy, Debug, Default)]
pub(super) struct Hit {
    /// The trie cursor after the word: its node (low 24 bits: node ids
    /// fit) and how many bytes of the node's label it has read (high 8
    /// bits: labels hold at most 255). For a long word's slot, the node is
    /// its index in `FirstWords::long`.
    node_and_read: u32,
    /// The pattern the word alone spells, or `u32::MAX`.
    pub pattern: u32,
    /// The folded bytes a key may continue with after the word (see
    /// [`next_bit`]).
    pub next: u32,
}

impl Hit {
    fn new(node: u32, read: u32, pattern: u32, next: u32) -> Hit {
        Hit {
            node_and_read: read << 24 | node & NODE_MASK,
            pattern,
            next,
        }
    }

    /// The node of the trie cursor after the word.
    #[inline]
    pub fn node(&self) -> u32 {
        self.node_and_read & NODE_MASK
    }

    /// How many bytes of the node's label the cursor has read.
    #[inline]
    pub fn label_read(&self) -> u32 {
        self.node_and_read >> 24
    }

    /// Whether a key may continue after the word with the text byte `b`
    /// (`None`: the end of the text). Non-ASCII bytes always may: they fold
    /// (a no-break space, a typographic apostrophe) in the trie walk.
    #[inline]
    pub fn may_continue(&self, b: Option<u8>) -> bool {
        match b {
            None => false,
            Some(b) if b >= 0x80 => true,
            Some(b) => self.next & next_bit(b) != 0,
        }
    }
}

/// The bit of `next` masks for the text byte `b` that follows a word: one
/// bit per ASCII punctuation byte from `' '` to `'?'` (whitespace folds to
/// `' '`), and bit 31 for any other byte, non-ASCII bytes included.
#[inline]
pub(super) fn next_bit(b: u8) -> u32 {
    let folded = if b < 0x80 {
        ASCII_FOLD[usize::from(b)]
    } else {
        0xff
    };
    match folded {
        0x20..=0x3e => 1 << (folded - 0x20),
        _ => 1 << 31,
    }
}

/// The node bits of [`Hit::node_and_read`].
const NODE_MASK: u32 = (1 << 24) - 1;

/// A first word longer than eight bytes.
#[derive(Clone, Copy)]
struct LongWord {
    start: u32,
    end: u32,
    hit: Hit,
}

/// Marks a slot of a long word (no short word has a byte >= 0x80).
const LONG: u64 = 1 << 63;

impl FirstWords {
    /// The first words of `keys` (folded, in `trie`).
    pub fn new(keys: &[&[u8]], trie: &Trie) -> FirstWords {
        let mut bloom = vec![0u64; BITS / 64].into_boxed_slice();
        let firsts = keys.iter().filter_map(|key| {
            let len = ascii_word_len(key, 0);
            let ascii_end = key.get(len).map_or(true, |&b| b < 0x80);
            (len > 0 && len <= MAX_WORD && ascii_end).then(|| &key[..len])
        });
        // Keys sharing a first word are mostly adjacent (they are sorted):
        // this overestimates the distinct words, which is safe.
        let mut distinct = 0;
        let mut last: &[u8] = &[];
        for word in firsts.clone() {
            distinct += usize::from(word != last);
            last = word;
        }
        let cap = (distinct * 10 / 7).next_power_of_two().max(16);
        let mut slots = vec![Slot::default(); cap].into_boxed_slice();
        let mut long: Vec<LongWord> = Vec::new();
        let mut long_bytes = Vec::new();
        let mut last: &[u8] = &[];
        'words: for word in firsts {
            if word == last {
                continue;
            }
            last = word;
            let h = hash_word(word, 0, word.len());
            let tag = slot_word(word, 0, word.len(), h);
            let mut i = h as usize & (cap - 1);
            while slots[i].word() != 0 {
                if slots[i].word() == tag
                    && (tag & LONG == 0
                        || long_word(&long, &long_bytes, slots[i].hit.node()) == word)
                {
                    continue 'words;
                }
                i = (i + 1) & (cap - 1);
            }
            let Some(cursor) = trie.walk(word) else {
                continue;
            };
            let hit = Hit::new(
                cursor.node,
                trie.label_read(&cursor),
                trie.pattern(&cursor).unwrap_or(u32::MAX),
                trie.next_bytes(&cursor).fold(0, |m, b| m | next_bit(b)),
            );
            let (a, b) = probes(h);
            bloom[a / 64] |= 1 << (a % 64);
            bloom[b / 64] |= 1 << (b % 64);
            slots[i] = if tag & LONG == 0 {
                Slot::new(tag, hit)
            } else {
                let start = long_bytes.len() as u32;
                long_bytes.extend_from_slice(word);
                long.push(LongWord {
                    start,
                    end: long_bytes.len() as u32,
                    hit,
                });
                // For long words, `hit.node()` indexes `long` (fewer long
                // words than keys, and keys than nodes: it fits).
                Slot::new(tag, Hit::new(long.len() as u32 - 1, 0, 0, 0))
            };
        }
        FirstWords {
            bloom,
            slots,
            long: long.into_boxed_slice(),
            long_bytes: long_bytes.into_boxed_slice(),
        }
    }

    /// What the table knows about the word `text[at..at + len]` (ASCII
    /// letters and digits, any case, at most [`MAX_WORD`] bytes), when it is
    /// the first word of some key.
    #[inline]
    pub fn get(&self, text: &[u8], at: usize, len: usize) -> Option<Hit> {
        // (A short word's bytes are its slot key and all of its hash: read
        // once for both.)
        let (h, want) = if (1..=8).contains(&len) {
            let c = chunk(text, at, len);
            (finish(mix(len as u64, c)), c)
        } else {
            let h = hash_word(text, at, len);
            (h, slot_word(text, at, len, h))
        };
        let (a, b) = probes(h);
        if self.bloom[a / 64] & (1 << (a % 64)) == 0 || self.bloom[b / 64] & (1 << (b % 64)) == 0 {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut i = h as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot.word() == 0 {
                return None;
            }
            if slot.word() == want {
                if want & LONG == 0 {
                    return Some(slot.hit);
                }
                let word = text.get(at..at + len)?;
                if long_word(&self.long, &self.long_bytes, slot.hit.node())
                    .eq_ignore_ascii_case(word)
                {
                    return Some(self.long.get(slot.hit.node() as usize)?.hit);
                }
            }
            i = (i + 1) & mask;
        }
    }

    pub fn memory_usage(&self) -> usize {
        self.bloom.len() * 8
            + self.slots.len() * core::mem::size_of::<Slot>()
            + self.long.len() * core::mem::size_of::<LongWord>()
            + self.long_bytes.len()
    }
}

/// The bytes of long word `index`.
fn long_word<'a>(long: &[LongWord], bytes: &'a [u8], index: u32) -> &'a [u8] {
    long.get(index as usize)
        .and_then(|w| bytes.get(w.start as usize..w.end as usize))
        .unwrap_or(&[])
}

/// What a slot holds for the word `text[at..at + len]` with hash `h`.
#[inline]
fn slot_word(text: &[u8], at: usize, len: usize, h: u64) -> u64 {
    if len <= 8 {
        chunk(text, at, len)
    } else {
        LONG | h
    }
}

/// The `n <= 8` bytes at `text[at..]`, lower-cased (bit 5 set, which leaves
/// digits alone), zero-padded, little-endian. Reads a whole word from `text`
/// where it can: copying a short tail first costs a store-forwarding stall.
#[inline]
fn chunk(text: &[u8], at: usize, n: usize) -> u64 {
    let raw = match text.get(at..at + 8) {
        Some(eight) => {
            let mut b = [0u8; 8];
            b.copy_from_slice(eight);
            u64::from_le_bytes(b)
        }
        None => {
            let mut b = [0u8; 8];
            let tail = text.get(at..at + n).unwrap_or(&[]);
            b[..tail.len()].copy_from_slice(tail);
            u64::from_le_bytes(b)
        }
    };
    let keep = u64::MAX >> (64 - 8 * n);
    (raw | 0x2020_2020_2020_2020) & keep
}

/// The length of the run of ASCII letters and digits at `at`, eight bytes
/// at a time.
#[inline]
pub(super) fn ascii_word_len(h: &[u8], at: usize) -> usize {
    let mut i = at;
    while let Some(eight) = h.get(i..i + 8) {
        let mut b = [0u8; 8];
        b.copy_from_slice(eight);
        let x = u64::from_le_bytes(b);
        // (Setting bit 5 maps the upper-case letters, and no other ASCII
        // byte, onto the lower-case ones: one range test for both.)
        let alnum = in_range(x, b'0', b'9') | in_range(x | splat(0x20), b'a', b'z');
        // Bytes >= 0x80 end the run; marks past the first such byte are
        // garbage, but only the lowest mark is used.
        let end = (!alnum | x) & splat(0x80);
        if end != 0 {
            return i - at + (end.trailing_zeros() / 8) as usize;
        }
        i += 8;
    }
    i - at
        + h.get(i..)
            .unwrap_or(&[])
            .iter()
            .take_while(|&&b| ALNUM[usize::from(b)])
            .count()
}

/// Eight copies of `b`.
#[inline]
pub(super) const fn splat(b: u8) -> u64 {
    b as u64 * 0x0101_0101_0101_0101
}

/// The high bit of every byte of `x` within `lo..=hi`; exact for ASCII
/// bytes below the first byte >= 0x80.
#[inline]
pub(super) fn in_range(x: u64, lo: u8, hi: u8) -> u64 {
    x.wrapping_add(splat(0x80 - lo)) & !x.wrapping_add(splat(0x7f - hi)) & splat(0x80)
}

/// ASCII letters and digits.
static ALNUM: [bool; 256] = {
    let mut t = [false; 256];
    let mut b = 0;
    while b < 256 {
        t[b] = (b as u8).is_ascii_alphanumeric();
        b += 1;
    }
    t
};

/// Hashes the run `h[at..at + len]` of ASCII letters and digits
/// case-insensitively, eight bytes at a time.
#[inline]
fn hash_word(h: &[u8], at: usize, len: usize) -> u64 {
    let mut hash = len as u64;
    let mut i = 0;
    while i < len {
        let n = (len - i).min(8);
        hash = mix(hash, chunk(h, at + i, n));
        i += n;
    }
    finish(hash)
}

/// The multiplier of [`hash_word`].
const K: u64 = 0x9e37_79b9_7f4a_7c15;

/// [`hash_word`]'s step: `hash` with the next chunk mixed in.
#[inline]
fn mix(hash: u64, chunk: u64) -> u64 {
    (hash ^ chunk).wrapping_mul(K).rotate_left(27)
}

/// [`hash_word`]'s last step.
#[inline]
fn finish(hash: u64) -> u64 {
    hash.wrapping_mul(K)
}

#[inline]
fn probes(h: u64) -> (usize, usize) {
    let a = (h >> 40) as usize & (BITS - 1);
    let b = (h >> 14) as usize & (BITS - 1);
    (a, b)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn first_words(keys: &[&str]) -> (Trie, FirstWords) {
        let mut keys: Vec<&[u8]> = keys.iter().map(|k| k.as_bytes()).collect();
        keys.sort_unstable();
        let trie = Trie::new(&keys).unwrap();
        let words = FirstWords::new(&keys, &trie);
        (trie, words)
    }

    #[test]
    fn keys_first_words_are_found_in_any_case() {
        let keys = [
            "bosnia and herzegovina",
            "bosnia",
            "u.s.",
            "al-qaeda",
            "g20",
            "new york city",
            "newark",
            "new:x",
            "new",
            "sarajevo",
            "washington d.c.",
            "washingtonville",
        ];
        let (trie, f) = first_words(&keys);
        for word in [
            "Bosnia", "BOSNIA", "U", "al", "AL", "G20", "New", "NEW", "Newark", "Sarajevo",
        ] {
            assert!(f.get(word.as_bytes(), 0, word.len()).is_some(), "{word}");
        }
        for word in [
            "The",
            "Senator",
            "Bosnian",
            "York",
            "Sarajev",
            "Sarajevoo",
            "G2",
        ] {
            assert!(f.get(word.as_bytes(), 0, word.len()).is_none(), "{word}");
        }
        for word in ["WASHINGTON", "Washingtonville"] {
            assert!(f.get(word.as_bytes(), 0, word.len()).is_some(), "{word}");
        }
        for word in ["Washingto", "Washingtons", "Washingtonvill"] {
            assert!(f.get(word.as_bytes(), 0, word.len()).is_none(), "{word}");
        }
        let hit = f.get(b"SARAJEVO", 0, 8).unwrap();
        assert_eq!(Some(hit.pattern), trie.find(b"sarajevo"));
        assert!(!hit.may_continue(Some(b' ')) && !hit.may_continue(None));
        let hit = f.get(b"New York", 0, 3).unwrap();
        assert_eq!(Some(hit.pattern), trie.find(b"new"));
        assert!(hit.may_continue(Some(b' ')) && hit.may_continue(Some(b'\n')));
        assert!(hit.may_continue(Some(b':')) && !hit.may_continue(Some(b'-')));
        assert!(!hit.may_continue(Some(b',')) && !hit.may_continue(None));
        assert!(hit.may_continue(Some(0xc2)) && hit.may_continue(Some(0xe2)));
        let hit = f.get(b"U.S.", 0, 1).unwrap();
        assert!(hit.may_continue(Some(b'.')) && !hit.may_continue(Some(b' ')));
        assert_eq!(hit.pattern, u32::MAX);
    }

    #[test]
    fn word_lengths() {
        let text = b"Sarajevo, BiH-led talks1234567890abcdefXYZ \xc3\xa9 Ab\xc3\xa9";
        for at in 0..text.len() {
            let slow = text[at..]
                .iter()
                .take_while(|b| b.is_ascii_alphanumeric())
                .count();
            assert_eq!(ascii_word_len(text, at), slow, "at {at}");
        }
        assert_eq!(ascii_word_len(b"", 0), 0);
        assert_eq!(ascii_word_len(b"abc", 5), 0);
    }

    #[test]
    fn non_ascii_first_words_are_not_indexed() {
        let (_, f) = first_words(&["łódź", "são paulo"]);
        assert!(f.bloom.iter().all(|&w| w == 0));
        assert!(f.slots.iter().all(|s| s.word() == 0));
    }
}
