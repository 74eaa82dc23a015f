//! A fast non-cryptographic hasher for the crate's internal tables.
//!
//! The keys are words of the text and of the embedded lists, looked up once
//! or more per token: SipHash (the std default, built to resist collision
//! attacks) costs more than the lookup itself there. This is the Fx hash
//! (as in rustc): a multiply and a rotate per 8 bytes. It is not DoS
//! resistant; the tables it backs are built from embedded data, and a
//! hostile text can only make an article's own lookups slower, never
//! quadratic in the whole input beyond what a hash table allows.

use std::collections::{HashMap, HashSet};
use std::hash::{BuildHasherDefault, Hasher};

/// The Fx hasher state.
#[derive(Clone, Copy, Default)]
pub(crate) struct FxHasher {
    hash: u64,
}

const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;

impl FxHasher {
    #[inline]
    fn add(&mut self, word: u64) {
        self.hash = (self.hash.rotate_left(5) ^ word).wrapping_mul(SEED);
    }
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(u64::from_le_bytes(w));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            let mut w = [0u8; 8];
            w[..rest.len()].copy_from_slice(rest);
            self.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
        }
    }

    #[inline]
    fn write_u8(&mut self, i: u8) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u32(&mut self, i: u32) {
        self.add(u64::from(i));
    }

    #[inline]
    fn write_u64(&mut self, i: u64) {
        self.add(i);
    }

    #[inline]
    fn write_usize(&mut self, i: usize) {
        self.add(i as u64);
    }

    #[inline]
    fn finish(&self) -> u64 {
        self.hash
    }
}

/// Builds [`FxHasher`]s.
pub(crate) type FxBuildHasher = BuildHasherDefault<FxHasher>;
/// A `HashMap` with the Fx hash.
pub(crate) type FxHashMap<K, V> = HashMap<K, V, FxBuildHasher>;
/// A `HashSet` with the Fx hash.
pub(crate) type FxHashSet<K> = HashSet<K, FxBuildHasher>;

/// A read-only hash set of names cut from one embedded text, each with a
/// small value (0 to 3), in one `u32` per slot.
///
/// A slot holds where the name lies in the embedded text (22 bits of
/// offset, 8 of length) and its value (2 bits), so a list of 60,000 names
/// costs a quarter of a megabyte instead of the several megabytes of a
/// `HashSet<&str>` (16-byte keys, control bytes, spare capacity). Lookups
/// hash the key once and compare bytes with the embedded text, as a
/// `HashSet` does. Names longer than 255 bytes, or lying past the first
/// 4 MiB of the text, are not stored; a name given twice keeps its first
/// value.
#[derive(Debug, Default)]
pub(crate) struct NameTable {
    src: &'static str,
    slots: Box<[u32]>,
    /// `64 - log2(slots.len())`: the hash's top bits pick the first slot.
    shift: u32,
}

const OFFSET_BITS: u32 = 22;
const LEN_BITS: u32 = 8;

impl NameTable {
    /// Builds the table from `(name, value)` pairs; every name must be a
    /// slice of `src` (others are skipped), and values above 3 are cut to
    /// their two low bits.
    pub(crate) fn new(
        src: &'static str,
        names: impl IntoIterator<Item = (&'static str, u8)>,
    ) -> NameTable {
        let base = src.as_ptr() as usize;
        let packed: Vec<u32> = names
            .into_iter()
            .filter_map(|(name, value)| {
                let offset = (name.as_ptr() as usize).checked_sub(base)?;
                let fits = !name.is_empty()
                    && offset + name.len() <= src.len()
                    && offset < 1 << OFFSET_BITS
                    && name.len() < 1 << LEN_BITS;
                fits.then(|| {
                    offset as u32
                        | (name.len() as u32) << OFFSET_BITS
                        | u32::from(value & 3) << (OFFSET_BITS + LEN_BITS)
                })
            })
            .collect();
        let size = (packed.len() * 2).next_power_of_two().max(8);
        let mut table = NameTable {
            src,
            slots: vec![0; size].into_boxed_slice(),
            shift: 64 - size.trailing_zeros(),
        };
        for slot in packed {
            let (offset, len) = Self::place(slot);
            let name = &src.as_bytes()[offset..offset + len];
            let mut i = table.first_slot(name);
            loop {
                let here = table.slots[i];
                if here == 0 {
                    table.slots[i] = slot;
                    break;
                }
                if table.name_at(here) == Some(name) {
                    break;
                }
                i = (i + 1) & (size - 1);
            }
        }
        table
    }

    fn place(slot: u32) -> (usize, usize) {
        (
            (slot & ((1 << OFFSET_BITS) - 1)) as usize,
            ((slot >> OFFSET_BITS) & ((1 << LEN_BITS) - 1)) as usize,
        )
    }

    fn name_at(&self, slot: u32) -> Option<&[u8]> {
        let (offset, len) = Self::place(slot);
        self.src.as_bytes().get(offset..offset + len)
    }

    #[inline]
    fn first_slot(&self, key: &[u8]) -> usize {
        let mut h = FxHasher::default();
        h.write(key);
        // Fx ends with a multiply: its top bits are the well-mixed ones.
        (h.finish() >> self.shift) as usize
    }

    /// The value stored with `key`, if `key` is in the table.
    #[inline]
    pub(crate) fn get(&self, key: &str) -> Option<u8> {
        if self.slots.is_empty() {
            return None;
        }
        let key = key.as_bytes();
        let mask = self.slots.len() - 1;
        let mut i = self.first_slot(key);
        loop {
            let slot = self.slots[i];
            if slot == 0 {
                return None;
            }
            if self.name_at(slot) == Some(key) {
                return Some((slot >> (OFFSET_BITS + LEN_BITS)) as u8);
            }
            i = (i + 1) & mask;
        }
    }

    /// Whether `key` is in the table.
    #[inline]
    pub(crate) fn contains(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// How many names the table holds.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.slots.iter().filter(|&&s| s != 0).count()
    }
}

/// A 4,096-bit filter over words, case-insensitive: a cheap "certainly
/// not in the list" before a hash-table lookup that would lower-case and
/// hash the whole word.
///
/// A word sets one bit, picked by its first two bytes (ASCII lower case)
/// and its length in bytes. A word holding any non-ASCII character always
/// passes (its lower case may differ in length: the Kelvin sign U+212A
/// is three bytes, its lower case `k` one), and so does every word once such
/// a word has been inserted.
#[derive(Clone, Debug)]
pub(crate) struct WordFilter {
    bits: Box<[u64; 64]>,
}

impl WordFilter {
    /// A filter that lets every word through until words are inserted.
    pub(crate) fn new() -> WordFilter {
        WordFilter {
            bits: Box::new([0; 64]),
        }
    }

    fn bit(word: &str) -> Option<usize> {
        let b = word.as_bytes();
        if !b.is_ascii() {
            return None;
        }
        let first = *b.first()?;
        let second = b.get(1).copied().unwrap_or(0);
        let key = u32::from(first.to_ascii_lowercase()) << 16
            | u32::from(second.to_ascii_lowercase()) << 8
            | word.len().min(255) as u32;
        // A multiplicative hash: the top 12 bits are well mixed.
        Some((key.wrapping_mul(0x9E37_79B1) >> 20) as usize)
    }

    /// Adds `word`.
    pub(crate) fn insert(&mut self, word: &str) {
        match Self::bit(word) {
            Some(bit) => self.bits[bit / 64] |= 1 << (bit % 64),
            None if word.is_empty() => {}
            None => *self.bits = [u64::MAX; 64],
        }
    }

    /// Whether `word`, in any ASCII case, may have been inserted (false
    /// means it certainly was not).
    #[inline]
    pub(crate) fn may_contain(&self, word: &str) -> bool {
        match Self::bit(word) {
            Some(bit) => self.bits[bit / 64] & (1 << (bit % 64)) != 0,
            None => !word.is_empty(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn maps_work_and_hashes_differ() {
        let mut m: FxHashMap<&str, u32> = FxHashMap::default();
        for (i, w) in ["a", "ab", "abcdefgh", "abcdefghi", ""].iter().enumerate() {
            m.insert(w, i as u32);
        }
        assert_eq!(m.get("abcdefghi"), Some(&3));
        assert_eq!(m.get(""), Some(&4));
        assert_eq!(m.get("abc"), None);
        let h = |s: &str| {
            let mut x = FxHasher::default();
            x.write(s.as_bytes());
            x.finish()
        };
        assert_ne!(h("a"), h("a\0"));
        assert_ne!(h("ab"), h("ba"));
    }

    #[test]
    fn word_filter_never_forgets_a_word() {
        let mut f = WordFilter::new();
        for w in ["president", "mr", "according", "a"] {
            f.insert(w);
        }
        for w in ["President", "PRESIDENT", "Mr", "a", "A", "according"] {
            assert!(f.may_contain(w), "{w}");
        }
        for w in ["", "xylophone", "qz", "Zzyzx"] {
            assert!(!f.may_contain(w), "{w}");
        }
        // A word with any non-ASCII character always passes, even one
        // whose lower case is shorter ("as" and the Kelvin sign lower-cases
        // to "ask", two bytes less), and once a non-ASCII word is
        // inserted, so does every word.
        f.insert("ask");
        assert!(f.may_contain("École"));
        assert!(f.may_contain("as\u{212A}"));
        f.insert("état");
        assert!(f.may_contain("xylophone"));
    }

    #[test]
    fn name_table_finds_exactly_its_names() {
        static SRC: &str = "# header\nAnna\tf\nBo\tm\nAnna\tm\nZoë\tu\n";
        let names = SRC.lines().skip(1).filter_map(|l| {
            let (name, g) = l.split_once('\t')?;
            Some((name, if g == "f" { 2 } else { 1 }))
        });
        let t = NameTable::new(SRC, names.chain([("elsewhere", 0)]));
        assert_eq!(t.len(), 3);
        assert_eq!(t.get("Anna"), Some(2), "the first value is kept");
        assert_eq!(t.get("Bo"), Some(1));
        assert!(t.contains("Zoë"));
        for absent in ["", "anna", "Ann", "Annaa", "elsewhere", "B"] {
            assert_eq!(t.get(absent), None, "{absent:?}");
        }
        let empty = NameTable::default();
        assert_eq!(empty.get("Anna"), None);
        assert_eq!(NameTable::new(SRC, std::iter::empty()).get("Anna"), None);
    }
}
