//! The prefilter: the first words of all keys, so that most capitalised
//! words of a text ("The", "Senator", "Jeffords") are rejected after one hash
//! and two bit probes of a small Bloom filter, and the words that do start a
//! key skip the trie: an exact hash table gives the trie cursor after them.
//!
//! A first word here is the run of ASCII letters and digits that starts a
//! key. A text word is only looked up when it is such a run too (it ends at
//! an ASCII byte); words with non-ASCII letters go straight to the trie.

use super::trie::{Cursor, Trie};

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
    /// Each word as a length byte and the word's bytes.
    words: Box<[u8]>,
}

/// A table slot; `tag == 0` is empty.
#[derive(Clone, Copy, Default)]
struct Slot {
    tag: u32,
    word: u32,
    node: u32,
    at: u32,
}

impl FirstWords {
    /// The first words of `keys` (folded, in `trie`).
    pub fn new(keys: &[&[u8]], trie: &Trie) -> FirstWords {
        let mut bloom = vec![0u64; BITS / 64].into_boxed_slice();
        let firsts = keys.iter().filter_map(|key| {
            let len = ascii_word_len(key, 0);
            let ascii_end = key.get(len).map_or(true, |&b| b < 0x80);
            (len > 0 && len <= MAX_WORD && ascii_end).then(|| &key[..len])
        });
        // Keys sharing a first word are mostly adjacent (they are sorted).
        let mut distinct = 0;
        let mut last: &[u8] = &[];
        for word in firsts.clone() {
            distinct += usize::from(word != last);
            last = word;
        }
        let cap = (distinct * 10 / 7).next_power_of_two().max(16);
        let mut slots = vec![Slot::default(); cap].into_boxed_slice();
        let mut words = Vec::new();
        let mut last: &[u8] = &[];
        'words: for word in firsts {
            if word == last {
                continue;
            }
            last = word;
            let h = hash_word(word, 0, word.len());
            let mut i = h as usize & (cap - 1);
            while slots[i].tag != 0 {
                let at = slots[i].word as usize;
                if slots[i].tag == tag(h)
                    && usize::from(words[at]) == word.len()
                    && words.get(at + 1..at + 1 + word.len()) == Some(word)
                {
                    continue 'words;
                }
                i = (i + 1) & (cap - 1);
            }
            let Some(cursor) = trie.walk(word) else {
                continue;
            };
            let (a, b) = probes(h);
            bloom[a / 64] |= 1 << (a % 64);
            bloom[b / 64] |= 1 << (b % 64);
            slots[i] = Slot {
                tag: tag(h),
                word: words.len() as u32,
                node: cursor.node,
                at: cursor.at,
            };
            words.push(word.len() as u8);
            words.extend_from_slice(word);
        }
        FirstWords {
            bloom,
            slots,
            words: words.into_boxed_slice(),
        }
    }

    /// The trie cursor after the word `text[at..at + len]` (ASCII letters
    /// and digits, any case, at most [`MAX_WORD`] bytes), when it is the
    /// first word of some key.
    #[inline]
    pub fn get(&self, trie: &Trie, text: &[u8], at: usize, len: usize) -> Option<Cursor> {
        let word = text.get(at..at + len)?;
        let h = hash_word(text, at, len);
        let (a, b) = probes(h);
        if self.bloom[a / 64] & (1 << (a % 64)) == 0 || self.bloom[b / 64] & (1 << (b % 64)) == 0 {
            return None;
        }
        let mask = self.slots.len() - 1;
        let want = tag(h);
        let mut i = h as usize & mask;
        loop {
            let slot = self.slots[i];
            if slot.tag == 0 {
                return None;
            }
            if slot.tag == want {
                let at = slot.word as usize;
                let len = usize::from(self.words[at]);
                if self
                    .words
                    .get(at + 1..at + 1 + len)
                    .is_some_and(|w| w.eq_ignore_ascii_case(word))
                {
                    return Some(trie.cursor(slot.node, slot.at));
                }
            }
            i = (i + 1) & mask;
        }
    }

    pub fn memory_usage(&self) -> usize {
        self.bloom.len() * 8 + self.slots.len() * core::mem::size_of::<Slot>() + self.words.len()
    }
}

/// A non-zero tag from a hash.
#[inline]
fn tag(h: u64) -> u32 {
    (h >> 32) as u32 | 1
}

/// The length of the run of ASCII letters and digits at `at`.
#[inline]
pub(super) fn ascii_word_len(h: &[u8], at: usize) -> usize {
    h.get(at..)
        .unwrap_or(&[])
        .iter()
        .take_while(|&&b| ALNUM[usize::from(b)])
        .count()
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
/// case-insensitively (setting bit 5 lower-cases letters and leaves digits
/// alone), eight bytes at a time. Reads whole words from `h` where it can:
/// copying a short tail into a buffer first costs a store-forwarding stall.
#[inline]
fn hash_word(h: &[u8], at: usize, len: usize) -> u64 {
    const K: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut hash = len as u64;
    let mut i = 0;
    while i < len {
        let n = (len - i).min(8);
        let start = at + i;
        let raw = match h.get(start..start + 8) {
            Some(eight) => {
                let mut b = [0u8; 8];
                b.copy_from_slice(eight);
                u64::from_le_bytes(b)
            }
            None => {
                let mut b = [0u8; 8];
                let tail = h.get(start..start + n).unwrap_or(&[]);
                b[..tail.len()].copy_from_slice(tail);
                u64::from_le_bytes(b)
            }
        };
        let keep = u64::MAX >> (64 - 8 * n);
        let w = (raw | 0x2020_2020_2020_2020) & keep;
        hash = (hash ^ w).wrapping_mul(K).rotate_left(27);
        i += n;
    }
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
        let trie = Trie::new(&keys);
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
        ];
        let (trie, f) = first_words(&keys);
        for word in [
            "Bosnia", "BOSNIA", "U", "al", "AL", "G20", "New", "NEW", "Newark", "Sarajevo",
        ] {
            assert!(
                f.get(&trie, word.as_bytes(), 0, word.len()).is_some(),
                "{word}"
            );
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
            assert!(
                f.get(&trie, word.as_bytes(), 0, word.len()).is_none(),
                "{word}"
            );
        }
        let cur = f.get(&trie, b"SARAJEVO", 0, 8).unwrap();
        assert_eq!(trie.pattern(&cur), trie.find(b"sarajevo"));
        let cur = f.get(&trie, b"New York", 0, 3).unwrap();
        assert_eq!(trie.pattern(&cur), trie.find(b"new"));
        assert!(trie.find(b"new").is_some());
    }

    #[test]
    fn non_ascii_first_words_are_not_indexed() {
        let (_, f) = first_words(&["łódź", "são paulo"]);
        assert!(f.bloom.iter().all(|&w| w == 0));
        assert!(f.words.is_empty());
    }
}
