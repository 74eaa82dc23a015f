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

    /// Hashes `bytes` eight at a time, each block passed through `map`
    /// first (the identity for [`Hasher::write`]).
    #[inline]
    fn write_mapped(&mut self, bytes: &[u8], map: impl Fn(u64) -> u64) {
        let mut chunks = bytes.chunks_exact(8);
        for c in &mut chunks {
            let mut w = [0u8; 8];
            w.copy_from_slice(c);
            self.add(map(u64::from_le_bytes(w)));
        }
        let rest = chunks.remainder();
        if !rest.is_empty() {
            // The rest, zero-padded, read without copying it into a
            // buffer: at the end of the last eight bytes when there are
            // eight, else by `pack8`'s overlapping reads.
            let w = match bytes.len().checked_sub(8).and_then(|at| bytes.get(at..)) {
                Some(last) => {
                    let mut w = [0u8; 8];
                    w.copy_from_slice(last);
                    u64::from_le_bytes(w) >> (8 * (8 - rest.len()))
                }
                None => pack8(rest),
            };
            self.add(map(w) ^ ((rest.len() as u64) << 59));
        }
    }
}

/// The Fx hash of `bytes`.
#[inline]
fn fx_hash(bytes: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    h.write(bytes);
    h.finish()
}

impl Hasher for FxHasher {
    #[inline]
    fn write(&mut self, bytes: &[u8]) {
        self.write_mapped(bytes, |w| w);
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
        let (size, shift) = table_size(packed.len());
        let mut table = NameTable {
            src,
            slots: vec![0; size].into_boxed_slice(),
            shift,
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
        (name_hash(key) >> self.shift) as usize
    }

    /// The value stored with `key`, if `key` is in the table.
    ///
    /// A key whose first slot is empty (most words a text looks up) is
    /// turned away here; the probe goes on out of line, so that this part
    /// needs no stack frame of its own.
    #[inline]
    pub(crate) fn get(&self, key: &str) -> Option<u8> {
        let key = key.as_bytes();
        let i = self.first_slot(key);
        match self.slots.get(i) {
            Some(&slot) if slot != 0 => self.probe_from(i, key),
            _ => None,
        }
    }

    /// [`NameTable::get`] of `key` from slot `i` on (a taken slot).
    #[inline(never)]
    fn probe_from(&self, mut i: usize, key: &[u8]) -> Option<u8> {
        let mask = self.slots.len().wrapping_sub(1);
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

/// The hash of a [`NameTable`] key: for a key of at most sixteen bytes
/// (most names), its bytes in one or two reads ([`pack8`], or the first
/// and last eight) mixed by one multiply, cheaper than the Fx hash's loop;
/// a longer key's Fx hash. Its top bits are the well-mixed ones.
#[inline]
fn name_hash(key: &[u8]) -> u64 {
    let n = key.len();
    let w = match n {
        0..=8 => pack8(key),
        9..=16 => read8(key, 0) ^ read8(key, n - 8).rotate_left(29),
        _ => return fx_hash(key),
    };
    (w ^ n as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

/// The eight bytes of `bytes` from `at` on as a `u64` (0 if there are
/// fewer).
#[inline]
fn read8(bytes: &[u8], at: usize) -> u64 {
    match bytes.get(at..at + 8) {
        Some(&[a, b, c, d, e, f, g, h]) => u64::from_le_bytes([a, b, c, d, e, f, g, h]),
        _ => 0,
    }
}

/// A read-only map from lower-case words to small values, looked up in any
/// case without building a lower-case copy of the word.
///
/// Keys are stored lower case (`char::to_lowercase`). An ASCII word of at
/// most sixteen bytes is packed and lower-cased in one or two `u64`s and
/// found among the keys packed alike; a longer ASCII word is hashed as it
/// is lower-cased, eight bytes at a time, and compared with
/// `eq_ignore_ascii_case`; any other word is lower-cased into a reused
/// buffer first. Either way the answer is that of a `HashMap` keyed by the
/// lower-case word, at a fraction of its cost per token.
#[derive(Debug, Default)]
pub(crate) struct LowerMap<V> {
    keys: Vec<(Box<str>, V)>,
    /// 1 + an index into `keys`, or 0 for an empty slot.
    slots: Box<[u32]>,
    /// `64 - log2(slots.len())`.
    shift: u32,
    /// The ASCII keys of at most eight bytes, packed into a `u64` each
    /// ([`pack_short`]), with 1 + an index into `keys` (0: an empty
    /// slot). Most words of a text are this
    /// short, and are looked up with one multiply and `u64` compares.
    short: Box<[(u64, u32)]>,
    /// `64 - log2(short.len())`.
    short_shift: u32,
    /// The ASCII keys of nine to sixteen bytes, packed into two `u64`s
    /// each ([`pack_medium`]), with 1 + an index into `keys` (0: an empty
    /// slot): found without hashing or comparing their bytes.
    medium: Box<[(u64, u64, u32)]>,
    /// `64 - log2(medium.len())`.
    medium_shift: u32,
}

/// An ASCII word of nine to sixteen bytes packed into two `u64`s: its
/// first eight bytes, little-endian, and the rest as [`pack_short`] packs
/// it (never 0). Distinct words pack to distinct pairs. `None` for any
/// other word.
#[inline]
pub(crate) fn pack_medium(bytes: &[u8]) -> Option<(u64, u64)> {
    let head = bytes.get(..8)?;
    let rest = bytes.get(8..)?;
    let head = u64::from_le_bytes(head.try_into().ok()?);
    if head & 0x8080_8080_8080_8080 != 0 {
        return None;
    }
    Some((head, pack_short(rest)?))
}

/// The first slot of a [`pack_medium`] pair in a table of `64 - shift`
/// bits.
#[inline]
fn medium_slot((head, rest): (u64, u64), shift: u32) -> usize {
    short_slot(head ^ rest.rotate_left(32), shift)
}

/// The bytes of an ASCII word (or any bytes) of at most eight bytes in one
/// `u64`, little-endian and zero-padded.
#[inline]
fn pack8(bytes: &[u8]) -> u64 {
    // Two overlapping reads cover the word without a byte loop (the bytes
    // they share are the same, so OR joins them).
    let n = bytes.len();
    let at4 = |i: usize| {
        u64::from(u32::from_le_bytes([
            bytes[i],
            bytes[i + 1],
            bytes[i + 2],
            bytes[i + 3],
        ]))
    };
    let at2 = |i: usize| u64::from(u16::from_le_bytes([bytes[i], bytes[i + 1]]));
    match n {
        0 => 0,
        1 => u64::from(bytes[0]),
        2..=3 => at2(0) | at2(n - 2) << (8 * (n - 2)),
        4..=8 => at4(0) | at4(n - 4) << (8 * (n - 4)),
        // (Callers pass at most eight bytes; a longer word packs its first
        // eight.)
        _ => at4(0) | at4(4) << 32,
    }
}

/// An ASCII word of one to eight bytes packed into a `u64`: its bytes
/// ([`pack8`]) and, in a word shorter than eight bytes, a 0x80 byte right
/// after them, which no ASCII byte is (so that "ab" and "ab\0" differ).
/// Distinct words pack to distinct values, and no word packs to 0 (eight
/// zero bytes are left out). `None` for any other word.
#[inline]
pub(crate) fn pack_short(bytes: &[u8]) -> Option<u64> {
    let n = bytes.len();
    if n == 0 || n > 8 {
        return None;
    }
    finish_short(pack8(bytes), n)
}

/// [`pack_short`] of the `n` bytes at `start` of `text` (the bytes of a
/// token), read with one eight-byte load when `text` has eight bytes from
/// `start` on.
#[inline]
pub(crate) fn pack_short_at(text: &[u8], start: usize, n: usize) -> Option<u64> {
    match text.get(start..start + 8) {
        Some(&[a, b, c, d, e, f, g, h]) if (1..=8).contains(&n) => {
            short_from_load(u64::from_le_bytes([a, b, c, d, e, f, g, h]), n)
        }
        _ => pack_short(text.get(start..start + n)?),
    }
}

/// [`pack_short_at`] of a word token's `n` bytes, lower-cased as
/// [`lower8`] does, but more cheaply: setting bit 5 of each of the word's
/// bytes.
///
/// That lower-cases the ASCII capitals and changes no other byte a word
/// token can hold: its ASCII bytes are letters, digits, apostrophes and
/// the `,` `.` inside a number (bit 5 set in all but the capitals);
/// never a control byte or one of `@ [ \ ] ^ _`, the other bytes whose
/// bit 5 is clear (see `text::tests::word_tokens_fold_to_lower_case`).
/// Meant only for word tokens' bytes: another word may be lower-cased
/// wrongly.
#[inline]
pub(crate) fn pack_lower_word_at(text: &[u8], start: usize, n: usize) -> Option<u64> {
    match text.get(start..start + 8) {
        Some(&[a, b, c, d, e, f, g, h]) if (1..=8).contains(&n) => {
            let all = u64::from_le_bytes([a, b, c, d, e, f, g, h]);
            // (The byte after the word and the padding stay as they are.)
            short_from_load(all, n).map(|p| p | (0x2020_2020_2020_2020 & word_mask(n)))
        }
        _ => pack_short(text.get(start..start + n)?).map(lower8),
    }
}

/// The low `n` bytes of a `u64` (`n` from one to eight).
#[inline]
fn word_mask(n: usize) -> u64 {
    u64::MAX >> (8 * (8 - n))
}

/// [`pack_short`] of a word of `n` bytes (one to eight) read with the
/// bytes after it into `all` (eight bytes, little-endian): as
/// [`finish_short`] of the masked word, without a branch on the length.
/// The 0x80 byte after a word shorter than eight bytes is the word's mask
/// plus one, shifted, which is 0 for eight bytes (the mask is all ones);
/// a word of eight zero bytes packs to 0, which is no key. (Only for the
/// one-load readers: after [`pack8`]'s reads, [`finish_short`]'s branch
/// costs less.)
#[inline]
fn short_from_load(all: u64, n: usize) -> Option<u64> {
    let mask = word_mask(n);
    let word = all & mask;
    let key = word | mask.wrapping_add(1) << 7;
    (word & 0x8080_8080_8080_8080 == 0 && key != 0).then_some(key)
}

/// The [`pack_short`] key of an `n`-byte word (one to eight bytes) packed
/// by [`pack8`].
#[inline]
fn finish_short(packed: u64, n: usize) -> Option<u64> {
    if packed & 0x8080_8080_8080_8080 != 0 {
        return None;
    }
    if n < 8 {
        Some(packed | 0x80 << (8 * n))
    } else {
        (packed != 0).then_some(packed)
    }
}

/// The first slot of a packed key in a table of `64 - shift` bits.
#[inline]
pub(crate) fn short_slot(key: u64, shift: u32) -> usize {
    (key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> shift) as usize
}

/// The value stored for the packed word `packed` in an open-addressed
/// table of packed words: slots from [`short_slot`] with `shift`, linear
/// probing, a key of 0 for an empty slot (no packed word is 0).
#[inline]
pub(crate) fn probe<V: Copy>(table: &[(u64, V)], shift: u32, packed: u64) -> Option<V> {
    let mask = table.len() - 1;
    let mut s = short_slot(packed, shift);
    loop {
        let (k, v) = table[s];
        if k == packed {
            return Some(v);
        }
        if k == 0 {
            return None;
        }
        s = (s + 1) & mask;
    }
}

/// The value stored for the [`pack_medium`] pair `pair` in an
/// open-addressed table of pairs: slots from [`medium_slot`] with `shift`,
/// linear probing, the value `V::default()` for an empty slot (which no
/// stored value is).
#[inline]
pub(crate) fn probe_medium<V: Copy + Default + PartialEq>(
    table: &[(u64, u64, V)],
    shift: u32,
    pair: (u64, u64),
) -> Option<V> {
    let mask = table.len() - 1;
    let mut s = medium_slot(pair, shift);
    loop {
        let (h, r, v) = table[s];
        if v == V::default() {
            return None;
        }
        if (h, r) == pair {
            return Some(v);
        }
        s = (s + 1) & mask;
    }
}

/// Puts `value` (not `V::default()`) under the [`pack_medium`] pair `pair`
/// in `table`, as [`probe_medium`] finds it (the table has room; a pair
/// given twice keeps its first value).
pub(crate) fn insert_medium<V: Copy + Default + PartialEq>(
    table: &mut [(u64, u64, V)],
    shift: u32,
    pair: (u64, u64),
    value: V,
) {
    let start = medium_slot(pair, shift);
    let s = free_slot(table, start, |&(h, r, v)| {
        v != V::default() && (h, r) != pair
    });
    if table[s].2 == V::default() {
        table[s] = (pair.0, pair.1, value);
    }
}

/// The size of an open-addressing table for `keys` keys (a power of two,
/// at most half full, at least 8) and the shift that takes a 64-bit hash to
/// its slots.
fn table_size(keys: usize) -> (usize, u32) {
    let size = (keys * 2).next_power_of_two().max(8);
    (size, 64 - size.trailing_zeros())
}

/// The first slot of an open-addressing table, probing linearly from
/// `start`, that `taken` does not hold for.
fn free_slot<T>(table: &[T], start: usize, taken: impl Fn(&T) -> bool) -> usize {
    let mask = table.len() - 1;
    let mut s = start;
    while taken(&table[s]) {
        s = (s + 1) & mask;
    }
    s
}

/// Puts `value` under the packed word `packed` in `table` (slots from
/// [`short_slot`] with `shift`, linear probing, a key of 0 for an empty
/// slot; the table has room): the first value given for a word stays.
pub(crate) fn insert_packed<V>(table: &mut [(u64, V)], shift: u32, packed: u64, value: V) {
    let mask = table.len() - 1;
    let mut s = short_slot(packed, shift);
    while table[s].0 != 0 && table[s].0 != packed {
        s = (s + 1) & mask;
    }
    if table[s].0 == 0 {
        table[s] = (packed, value);
    }
}

/// Lower-cases the ASCII upper-case letters of eight bytes at once: ASCII
/// bytes, or the 0x80 byte that ends a [`pack_short`] word (left as it
/// is).
#[inline]
pub(crate) fn lower8(w: u64) -> u64 {
    const ONES: u64 = 0x0101_0101_0101_0101;
    // Bytes are at most 0x80, so no sum carries into the next byte: the
    // high bit is set for bytes >= b'A' in `a`, and for bytes > b'Z' in
    // `z`.
    let a = w + ONES * (0x80 - u64::from(b'A'));
    let z = w + ONES * (0x80 - u64::from(b'Z') - 1);
    let upper = a & !z & (ONES * 0x80);
    w | (upper >> 2)
}

/// The Fx hash of `bytes` (ASCII) in lower case: the same value as
/// [`FxHasher::write`] on the lower-cased bytes.
#[inline]
fn hash_lower_ascii(bytes: &[u8]) -> u64 {
    let mut h = FxHasher::default();
    // Padding zeros stay zeros: lower-casing a block commutes with padding.
    h.write_mapped(bytes, lower8);
    h.finish()
}

/// The Fx hash of `s` as [`str::to_lowercase`] writes it: equal for any
/// two words whose lower cases are equal (an ASCII word is hashed as it is
/// lower-cased, without a copy).
pub(crate) fn hash_lowercase(s: &str) -> u64 {
    if s.is_ascii() {
        hash_lower_ascii(s.as_bytes())
    } else {
        fx_hash(s.to_lowercase().as_bytes())
    }
}

impl<V: Copy> LowerMap<V> {
    /// Builds the map; keys are lower-cased, and a key given twice keeps
    /// the value `merge` makes of the old and new values.
    /// (A key is any string type: borrowed keys are not copied before
    /// they are lower-cased.)
    pub(crate) fn new<K: AsRef<str>>(
        entries: impl IntoIterator<Item = (K, V)>,
        merge: impl Fn(V, V) -> V,
    ) -> LowerMap<V> {
        let mut index: FxHashMap<String, usize> = FxHashMap::default();
        let mut keys: Vec<(Box<str>, V)> = Vec::new();
        for (k, v) in entries {
            let k = k.as_ref();
            let mut lower = String::with_capacity(k.len());
            crate::text::push_lower(&mut lower, k);
            match index.get(&lower) {
                Some(&i) => keys[i].1 = merge(keys[i].1, v),
                None => {
                    index.insert(lower.clone(), keys.len());
                    keys.push((lower.into_boxed_str(), v));
                }
            }
        }
        let (size, shift) = table_size(keys.len());
        // Each key packed once: the counts size the tables, then they fill
        // them.
        let packed: Vec<Option<u64>> = keys.iter().map(|(k, _)| pack_short(k.as_bytes())).collect();
        let medium: Vec<Option<(u64, u64)>> = keys
            .iter()
            .map(|(k, _)| pack_medium(k.as_bytes()))
            .collect();
        let (short_size, short_shift) = table_size(packed.iter().flatten().count());
        let (medium_size, medium_shift) = table_size(medium.iter().flatten().count());
        let mut map = LowerMap {
            keys,
            slots: vec![0; size].into_boxed_slice(),
            shift,
            short: vec![(0, 0); short_size].into_boxed_slice(),
            short_shift,
            medium: vec![(0, 0, 0); medium_size].into_boxed_slice(),
            medium_shift,
        };
        // (Keys are distinct: each goes to the first free slot of its
        // probe sequence.)
        for (i, (packed, medium)) in packed.into_iter().zip(medium).enumerate() {
            let start = (fx_hash(map.keys[i].0.as_bytes()) >> map.shift) as usize;
            let s = free_slot(&map.slots, start, |&k| k != 0);
            map.slots[s] = i as u32 + 1;
            if let Some(packed) = packed {
                insert_packed(&mut map.short, map.short_shift, packed, i as u32 + 1);
            }
            if let Some(pair) = medium {
                insert_medium(&mut map.medium, map.medium_shift, pair, i as u32 + 1);
            }
        }
        map
    }

    /// The value of `word` in any case; `buf` is scratch space for words
    /// that are not ASCII.
    #[inline]
    pub(crate) fn get(&self, word: &str, buf: &mut String) -> Option<V> {
        if self.keys.is_empty() || word.is_empty() {
            return None;
        }
        let bytes = word.as_bytes();
        if let Some(packed) = pack_short(bytes) {
            let packed = lower8(packed);
            let mask = self.short.len() - 1;
            let mut s = short_slot(packed, self.short_shift);
            loop {
                let (k, i) = self.short[s];
                if i == 0 {
                    return None;
                }
                if k == packed {
                    return Some(self.keys[i as usize - 1].1);
                }
                s = (s + 1) & mask;
            }
        }
        self.get_long(word, buf)
    }

    /// [`get`](LowerMap::get) for a word [`pack_short`] does not take
    /// (kept out of line: the short path inlines into the callers).
    #[inline(never)]
    fn get_long(&self, word: &str, buf: &mut String) -> Option<V> {
        let bytes = word.as_bytes();
        // (Keys are stored lower case: a word of nine to sixteen ASCII
        // bytes is a key only if its lower case, packed, is one.)
        if let Some((head, rest)) = pack_medium(bytes) {
            let pair = (lower8(head), lower8(rest));
            return probe_medium(&self.medium, self.medium_shift, pair)
                .map(|i| self.keys[i as usize - 1].1);
        }
        self.get_unpacked(word, buf)
    }

    /// [`get`](LowerMap::get) for a word neither [`pack_short`] nor
    /// [`pack_medium`] takes (kept out of line: few words get here, and
    /// its buffer work would cost the medium path a stack frame).
    #[inline(never)]
    fn get_unpacked(&self, word: &str, buf: &mut String) -> Option<V> {
        let bytes = word.as_bytes();
        if bytes.is_ascii() {
            let h = hash_lower_ascii(bytes);
            self.probe(h, |k| k.eq_ignore_ascii_case(bytes))
        } else {
            buf.clear();
            crate::text::push_lower(buf, word);
            self.get_lower(buf)
        }
    }

    /// The value of `lower`, a key already in lower case (no case folding
    /// is done: "Said" is not found).
    #[inline]
    pub(crate) fn get_lower(&self, lower: &str) -> Option<V> {
        if self.keys.is_empty() {
            return None;
        }
        self.probe(fx_hash(lower.as_bytes()), |k| k == lower.as_bytes())
    }

    #[inline]
    fn probe(&self, hash: u64, eq: impl Fn(&[u8]) -> bool) -> Option<V> {
        let mask = self.slots.len() - 1;
        let mut s = (hash >> self.shift) as usize;
        loop {
            let slot = self.slots[s];
            if slot == 0 {
                return None;
            }
            let (k, v) = &self.keys[slot as usize - 1];
            if eq(k.as_bytes()) {
                return Some(*v);
            }
            s = (s + 1) & mask;
        }
    }

    /// How many keys the map holds.
    #[cfg(test)]
    pub(crate) fn len(&self) -> usize {
        self.keys.len()
    }
}

/// A read-only map from words to small values, looked up exactly as
/// written (case-sensitive), as a `HashMap<&str, V>` would be.
///
/// Most keys and most looked-up words are ASCII words of at most eight
/// bytes: those are packed into a `u64` each ([`pack_short`]) and found
/// with one multiply and `u64` compares, without hashing or comparing
/// bytes. Any other key lives in an ordinary hash map, which any other
/// word is looked up in (a packed word and an unpacked one are never
/// equal, so each word has exactly one place to be).
#[derive(Debug)]
pub(crate) struct WordMap<V> {
    /// Packed short keys (0: an empty slot; no packed key is 0) and their
    /// values, open addressing with linear probing.
    short: Box<[(u64, Option<V>)]>,
    /// `64 - log2(short.len())`.
    short_shift: u32,
    /// The keys [`pack_short`] does not take.
    long: FxHashMap<&'static str, V>,
}

impl<V: Copy> WordMap<V> {
    /// Builds the map; a key given twice keeps its first value (as
    /// `HashMap::entry(..).or_insert`).
    pub(crate) fn new(entries: impl IntoIterator<Item = (&'static str, V)>) -> WordMap<V> {
        let mut short_keys: Vec<(u64, V)> = Vec::new();
        let mut long: FxHashMap<&'static str, V> = FxHashMap::default();
        for (k, v) in entries {
            match pack_short(k.as_bytes()) {
                Some(packed) => short_keys.push((packed, v)),
                None => {
                    long.entry(k).or_insert(v);
                }
            }
        }
        let (size, short_shift) = table_size(short_keys.len());
        let mut map = WordMap {
            short: vec![(0, None); size].into_boxed_slice(),
            short_shift,
            long,
        };
        for (packed, v) in short_keys {
            insert_packed(&mut map.short, map.short_shift, packed, Some(v));
        }
        map
    }

    /// The value of `word`, as written.
    #[inline]
    pub(crate) fn get(&self, word: &str) -> Option<V> {
        self.get_packed(pack_short(word.as_bytes()), word)
    }

    /// [`WordMap::get`] of `word`, which lies at byte `start` of `text`:
    /// a short word is packed with one eight-byte read of the text
    /// ([`pack_short_at`]).
    #[inline]
    pub(crate) fn get_at(&self, text: &[u8], start: usize, word: &str) -> Option<V> {
        self.get_packed(pack_short_at(text, start, word.len()), word)
    }

    /// The value of `word` given its short form `packed`, if it has one.
    #[inline]
    fn get_packed(&self, packed: Option<u64>, word: &str) -> Option<V> {
        match packed {
            Some(packed) => probe(&self.short, self.short_shift, packed).flatten(),
            None => self.get_long(word),
        }
    }

    /// The value of a word [`pack_short`] does not take (kept out of line:
    /// the short path inlines into the callers).
    #[inline(never)]
    fn get_long(&self, word: &str) -> Option<V> {
        self.long.get(word).copied()
    }

    /// Whether `word`, as written, is a key.
    #[inline]
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.get(word).is_some()
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
    bits: Bits,
}

impl WordFilter {
    /// A filter that lets every word through until words are inserted.
    pub(crate) fn new() -> WordFilter {
        WordFilter { bits: Bits::new() }
    }

    /// The bit `word` picks, if any. (Inline: it runs on every filtered
    /// word, and out of line its call cost a fifth of its work.)
    #[inline]
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
        self.bits.insert(Self::bit(word), word.is_empty());
    }

    /// Whether `word`, in any ASCII case, may have been inserted (false
    /// means it certainly was not).
    #[inline]
    pub(crate) fn may_contain(&self, word: &str) -> bool {
        self.bits.may_contain(Self::bit(word), word.is_empty())
    }
}

/// The 4,096 bits of [`WordFilter`] and [`ShapeFilter`]: a word sets the
/// bit its filter picks, and a word the filter picks none for (other than
/// the empty word) sets them all.
#[derive(Clone, Debug)]
struct Bits(Box<[u64; 64]>);

impl Bits {
    fn new() -> Bits {
        Bits(Box::new([0; 64]))
    }

    fn insert(&mut self, bit: Option<usize>, empty: bool) {
        match bit {
            Some(bit) => self.0[bit / 64] |= 1 << (bit % 64),
            None if empty => {}
            None => *self.0 = [u64::MAX; 64],
        }
    }

    #[inline]
    fn may_contain(&self, bit: Option<usize>, empty: bool) -> bool {
        match bit {
            Some(bit) => self.0[bit / 64] & (1 << (bit % 64)) != 0,
            None => !empty,
        }
    }
}

/// A 4,096-bit filter over words by their [`end_shape`] (first two and
/// last two bytes, ASCII case folded), case-insensitive: a cheap
/// "certainly not in the list" before a lookup that would change the
/// word's case and hash it.
///
/// A word and its lower or upper case (`char::to_lowercase`,
/// `char::to_uppercase`) have the same shape, so the filter answers for
/// any of them. Unlike [`WordFilter`], it reads four bytes of a word,
/// not all of it: a word of no shape (one of those bytes is not ASCII)
/// always passes, and so does every word once such a word has been
/// inserted. (It turns away other words than [`WordFilter`] does: only
/// where the filter is a pure shortcut, never deciding an answer, may one
/// replace the other.)
#[derive(Clone, Debug)]
pub(crate) struct ShapeFilter {
    bits: Bits,
}

impl ShapeFilter {
    /// A filter that lets every word through until words are inserted.
    pub(crate) fn new() -> ShapeFilter {
        ShapeFilter { bits: Bits::new() }
    }

    /// The bit `word` picks, if any. (Inline: it runs on every filtered
    /// word, and out of line its call cost a fifth of its work.)
    #[inline]
    fn bit(word: &str) -> Option<usize> {
        end_shape(word.as_bytes(), 64 * 64)
    }

    /// Adds `word`.
    pub(crate) fn insert(&mut self, word: &str) {
        self.bits.insert(Self::bit(word), word.is_empty());
    }

    /// Whether `word`, in any case, may have been inserted (false means it
    /// certainly was not; the empty word is never taken to be).
    #[inline]
    pub(crate) fn may_contain(&self, word: &str) -> bool {
        self.bits.may_contain(Self::bit(word), word.is_empty())
    }
}

/// The shape of `word`: its first two and last two bytes, ASCII case
/// folded, hashed to one of `bits` bits (a power of two); `None` for an
/// empty word or when one of those bytes is not ASCII. A shape filter
/// turns away most words a lexicon lacks before the lookup.
///
/// A word and its lower case have the same shape: an ASCII word differs
/// from it only in the case of its letters; any other word whose first two
/// and last two bytes are ASCII characters keeps them, lower-cased, at the
/// ends of its lower case (`char::to_lowercase` maps ASCII to ASCII, one
/// byte each).
#[inline]
pub(crate) fn end_shape(word: &[u8], bits: usize) -> Option<usize> {
    end_len_shape(word, 0, bits)
}

/// [`end_shape`] with a length `len` hashed in as well (0 hashes as
/// [`end_shape`] does): a filter of the words' ends and lengths turns
/// away more of the words that share their ends with a key. (The caller
/// sees to the lengths: a word's lower case may be longer or shorter than
/// the word, "\u{212A}" lower-cases to "k".)
#[inline]
pub(crate) fn end_len_shape(word: &[u8], len: usize, bits: usize) -> Option<usize> {
    debug_assert!(bits.is_power_of_two() && bits > 1);
    let ends = match *word {
        [] => return None,
        [a] => u32::from_le_bytes([a; 4]),
        [a, b] => u32::from_le_bytes([a, b, a, b]),
        [a, b, c] => u32::from_le_bytes([a, b, b, c]),
        // (Two two-byte reads, for the common case: the bytes of
        // `[a, b, .., y, z]`.)
        [a, b, .., y, z] => {
            u32::from(u16::from_le_bytes([a, b])) | u32::from(u16::from_le_bytes([y, z])) << 16
        }
    };
    if ends & 0x8080_8080 != 0 {
        return None;
    }
    // (Setting bit 5 of every byte lower-cases the ASCII letters and keeps
    // every two bytes that differ only in ASCII case equal.)
    let key = u64::from(ends | 0x2020_2020) ^ (len as u64) << 32;
    Some((key.wrapping_mul(0x9E37_79B9_7F4A_7C15) >> (64 - bits.trailing_zeros())) as usize)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_load_packs_as_pack_short() {
        let text = b"a ab Abc abcdefg ABCDEFGH abcdefghi caf\xc3\xa9 \0\0\0\0\0\0\0\0 x";
        for start in 0..text.len() {
            for n in 0..=9 {
                let Some(word) = text.get(start..start + n) else {
                    continue;
                };
                assert_eq!(
                    pack_short_at(text, start, n),
                    pack_short(word),
                    "{start} {n}"
                );
                if word.iter().all(|b| b.is_ascii_alphanumeric()) {
                    assert_eq!(
                        pack_lower_word_at(text, start, n),
                        pack_short(word).map(lower8),
                        "{start} {n}"
                    );
                }
            }
        }
    }

    #[test]
    fn hash_reads_the_rest_as_a_zero_padded_block() {
        // The hash as a byte-by-byte copy of the rest would make it.
        fn reference(bytes: &[u8]) -> u64 {
            let mut h = FxHasher::default();
            let mut chunks = bytes.chunks_exact(8);
            for c in &mut chunks {
                h.add(u64::from_le_bytes(c.try_into().unwrap()));
            }
            let rest = chunks.remainder();
            if !rest.is_empty() {
                let mut w = [0u8; 8];
                w[..rest.len()].copy_from_slice(rest);
                h.add(u64::from_le_bytes(w) ^ ((rest.len() as u64) << 59));
            }
            h.finish()
        }
        let text = "Ab\u{e9}cdefghijklmnopqrstuvwxyz0123456789".as_bytes();
        for n in 0..=text.len() {
            assert_eq!(fx_hash(&text[..n]), reference(&text[..n]), "{n}");
        }
    }

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
    fn shape_filter_never_forgets_a_word() {
        let mut f = ShapeFilter::new();
        for w in ["president", "mr", "according", "a", "SMITH", "banker"] {
            f.insert(w);
        }
        for w in [
            "President",
            "PRESIDENT",
            "Mr",
            "a",
            "A",
            "according",
            "Smith",
        ] {
            assert!(f.may_contain(w), "{w}");
        }
        for w in ["", "xylophone", "qz", "Zzyzx"] {
            assert!(!f.may_contain(w), "{w}");
        }
        // A word with a non-ASCII character among its first two or last
        // two bytes always passes ("as" and the Kelvin sign lower-cases to
        // "ask"); one with such a character between them keeps its ends in
        // lower and upper case ("BAN\u{212A}ER", with a Kelvin sign, is
        // "banker"). Once a word of no shape is inserted, every word
        // passes.
        assert!(f.may_contain("École"));
        assert!(f.may_contain("as\u{212A}"));
        assert!(f.may_contain("BAN\u{212A}ER"));
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

    #[test]
    fn word_map_finds_exactly_its_words() {
        let m = WordMap::new([
            ("Monday", 1u8),
            ("Mon", 2),
            ("Monday", 3),
            ("Washington", 4),
            ("Zo\u{eb}", 5),
            ("a\0b", 6),
        ]);
        assert_eq!(m.get("Monday"), Some(1), "the first value is kept");
        assert_eq!(m.get("Mon"), Some(2));
        assert_eq!(m.get("Washington"), Some(4));
        assert_eq!(m.get("Zo\u{eb}"), Some(5));
        assert_eq!(m.get("a\0b"), Some(6));
        for absent in [
            "",
            "monday",
            "MONDAY",
            "Monda",
            "Mondays",
            "washington",
            "Zoe",
            "a",
            "\0",
        ] {
            assert_eq!(m.get(absent), None, "{absent:?}");
            assert!(!m.contains(absent));
        }
        let empty: WordMap<u8> = WordMap::new([]);
        assert_eq!(empty.get("Monday"), None);
        assert_eq!(empty.get("Washington"), None);
        // A word read in place in a text, with text after it, as written.
        let text = "Mon Monday Mondays a\0b Zo\u{eb} Washington monday Mon";
        let mut start = 0;
        for w in text.split(' ') {
            assert_eq!(m.get_at(text.as_bytes(), start, w), m.get(w), "{w:?}");
            start += w.len() + 1;
        }
    }

    #[test]
    fn lower8_lowers_only_ascii_capitals() {
        for b in 0u8..0x80 {
            let w = u64::from_le_bytes([b, b'A', b'z', b'@', b'[', b'Z', 0, b'`']);
            let want = u64::from_le_bytes([
                b.to_ascii_lowercase(),
                b'a',
                b'z',
                b'@',
                b'[',
                b'z',
                0,
                b'`',
            ]);
            assert_eq!(lower8(w), want, "{b:#x}");
        }
    }

    #[test]
    fn lower_map_finds_words_in_any_case() {
        let m = LowerMap::new(
            [
                ("Said".to_string(), 1u8),
                ("according".to_string(), 2),
                ("ÉTAT".to_string(), 4),
                ("k".to_string(), 8),
                ("said".to_string(), 16),
            ],
            |a, b| a | b,
        );
        assert_eq!(m.len(), 4);
        let mut buf = String::new();
        for (w, v) in [
            ("said", Some(17)),
            ("SAID", Some(17)),
            ("sAiD", Some(17)),
            ("According", Some(2)),
            ("ACCORDINGLY", None),
            ("état", Some(4)),
            ("État", Some(4)),
            ("etat", None),
            ("\u{212A}", Some(8)),
            ("K", Some(8)),
            ("", None),
            ("sai", None),
        ] {
            assert_eq!(m.get(w, &mut buf), v, "{w:?}");
        }
        assert_eq!(m.get_lower("said"), Some(17));
        assert_eq!(m.get_lower("état"), Some(4));
        assert_eq!(m.get_lower("Said"), None);
        let empty: LowerMap<u8> = LowerMap::default();
        assert_eq!(empty.get("said", &mut buf), None);
    }

    #[test]
    fn lower_map_short_words_of_every_length() {
        // Keys of one to seventeen bytes: the packed tables take up to
        // eight, and nine to sixteen.
        let keys: Vec<String> = (1..=17)
            .map(|n| "abcdefghijklmnopq"[..n].to_string())
            .collect();
        let m = LowerMap::new(keys.iter().cloned().zip(1u8..), |a, _| a);
        let mut buf = String::new();
        for (i, k) in keys.iter().enumerate() {
            let v = Some(i as u8 + 1);
            assert_eq!(m.get(k, &mut buf), v, "{k:?}");
            assert_eq!(m.get(&k.to_uppercase(), &mut buf), v, "{k:?}");
            // One byte more or less, or a zero byte after it, is another word.
            assert_ne!(m.get(&format!("{k}x"), &mut buf), v);
            assert_eq!(m.get(&format!("{k}\0"), &mut buf), None, "{k:?}");
            assert_eq!(m.get(&format!("\0{k}"), &mut buf), None, "{k:?}");
        }
        assert_eq!(m.get("abc\u{e9}", &mut buf), None);
        assert_eq!(m.get("abcdefghijklmno\u{e9}", &mut buf), None);
        assert_eq!(m.get("ABCDEFGHIJ", &mut buf), Some(10));
        assert_eq!(pack_medium(b"abcdefgh"), None);
        assert_eq!(pack_medium(b"abcdefghijklmnopq"), None);
        assert_ne!(pack_medium(b"abcdefgh\0"), pack_medium(b"abcdefghi"));
        assert_eq!(m.get("\0", &mut buf), None);
        for n in 0..=9 {
            let w = &"abcdefghi"[..n];
            if n <= 8 {
                assert_eq!(pack8(w.as_bytes()).to_le_bytes()[..n], *w.as_bytes());
            }
        }
        // Zero bytes, at the end or not, make other words.
        let words: [&[u8]; 8] = [
            b"ab",
            b"ab\0",
            b"ab\0\0",
            b"\0ab",
            b"a\0b",
            b"\0",
            b"abcdefg\0",
            b"abcdefg",
        ];
        for (i, x) in words.iter().enumerate() {
            let px = pack_short(x).unwrap();
            assert_ne!(px, 0);
            assert_eq!(lower8(px), px, "{x:?}");
            for y in &words[i + 1..] {
                assert_ne!(px, pack_short(y).unwrap(), "{x:?} {y:?}");
            }
        }
        assert_eq!(pack_short(&[0; 8]), None);
        let text = b"Ab cdefghij\xc3\xa9 x".as_slice();
        for start in 0..text.len() {
            for n in 0..=text.len() - start {
                assert_eq!(
                    pack_short_at(text, start, n),
                    pack_short(&text[start..start + n]),
                    "{start} {n}"
                );
            }
        }
        assert_eq!(pack_short(b"abcdefghi"), None);
        assert_eq!(pack_short("\u{e9}".as_bytes()), None);
        assert_eq!(
            lower8(pack_short(b"AbC").unwrap()),
            pack_short(b"abc").unwrap()
        );
    }
}
