//! The gazetteer: canonical entities with aliases, and the whole-word matcher
//! that finds their names in text.
//!
//! The rules a [`Gazetteer`] matches by are documented on the type; this
//! module holds the builder ([`builder`]), entries ([`entry`]), text folding
//! ([`fold`]), the first-word prefilter ([`prefilter`]) and the trie
//! ([`trie`]).
//!
//! # How it is fast
//!
//! Names are folded (case, and diacritics when asked) into keys and stored
//! in a path-compressed trie that is walked anchored, from word starts only.
//! The scanner reads the text eight bytes at a time and stops only where a
//! word may start a name: an upper-case ASCII letter or a non-ASCII byte
//! (plus lower-case word starts whose first two bytes begin some key, when
//! a name starts lower case, like "al-Qaeda"). For an ASCII word, a hash of
//! the word probes a small Bloom filter of the keys' first words, then an
//! exact table that hands over the trie cursor after that word, so most
//! capitalised words cost one hash and two bit probes, and single-word
//! names never walk the trie. Only then does the walk continue, folding
//! characters on the fly; spans come from the original text. Nothing is
//! allocated per match.
//!
//! Why not an Aho-Corasick automaton? An anchored search never follows
//! failure transitions, yet a general builder computes them: for tens of
//! thousands of names that took about ten times the 50 ms budget for
//! building the embedded default, while the trie builds in a few
//! milliseconds from sorted keys.

mod builder;
mod entry;
mod fold;
mod prefilter;
/// The kinds of entry whose names' shapes the gazetteer keeps for
/// [`Gazetteer::may_name`] (the only kinds it is asked of: a country under
/// an organization's first words, an admin region's "… State" name); it
/// answers "may" for the others without a filter.
fn shape_filtered(kind: EntryKind) -> bool {
    matches!(kind, EntryKind::Country | EntryKind::AdminRegion)
}

#[cfg(test)]
mod tests;
mod trie;

use core::fmt;
use std::sync::Arc;

use once_cell::sync::Lazy;

pub use self::builder::GazetteerBuilder;
pub use self::entry::{Entry, EntryKind};
pub(crate) use self::fold::single_spaced_ascii;
use self::fold::{
    fold_char, fold_into, is_apostrophe, is_word_char, CaseShape, ASCII_CLASS, ASCII_FOLD,
    MAX_FOLD, NON_WORD, SPACE, UPPER,
};
use self::prefilter::{ascii_word_len, in_range, splat, FirstWords, MAX_WORD};
use self::trie::{Cursor, Trie};
use crate::hash::ShapeFilter;
use crate::span::Span;

thread_local! {
    /// The folded key of [`Gazetteer::find_name`] and
    /// [`Gazetteer::needing_region_in`], reused from call to call.
    static FIND_NAME_KEY: std::cell::Cell<String> = const { std::cell::Cell::new(String::new()) };
}

/// A set of named entities and a fast whole-word matcher over their names.
///
/// A gazetteer holds [`Entry`] values (countries, cities, regions,
/// organizations, demonyms, or anything of your own) and finds every name
/// and alias in a text with news semantics:
///
/// - **Leftmost-longest**: "Bosnia and Herzegovina" beats "Bosnia", "New York
///   City" beats "New York".
/// - **Whole words**: no "Serbia" in "Serbian", no "Nice" in "Nicely". A word
///   is a run of letters and digits of any script; `-` and a possessive `’s`
///   end a word ("EU-led", "NATO’s").
/// - **Case as news writes it**: ALL-CAPS text matches ("SARAJEVO"), title
///   case matches ("Bosnia And Herzegovina"), but a capitalised name never
///   matches a lower-case word ("turkey", "nice", "split"), and a name in
///   capitals ("US", "NATO") matches only capitals. Lower-case words inside
///   a name ("and", "of") may be written in any case.
/// - **Folding**: case folding is Unicode-aware ("İZMİR", "ŁÓDŹ"), and with
///   [`GazetteerBuilder::fold_diacritics`] (the default) "Kucera" finds
///   "Kučera". Spans are always byte offsets into the original text, on
///   `char` boundaries, whatever folding did to lengths.
/// - **Exact**: matching starts only at word starts, and a longer name that
///   fails a word-boundary or case test never hides a shorter one that
///   passes ("trio Real Madrid" finds "Real Madrid" even with a "Rio Real"
///   entry).
///
/// Get the embedded default with [`Gazetteer::embedded`], or build your own
/// with [`Gazetteer::builder`]. A `Gazetteer` is immutable, `Send + Sync`,
/// and cheap to clone (the data is shared behind an `Arc`).
///
/// # Example: find places
///
/// ```
/// use dateline::{Entry, EntryKind, Gazetteer};
///
/// let gazetteer = Gazetteer::builder()
///     .include_embedded(false)
///     .add(Entry::new("ba", "Bosnia and Herzegovina", EntryKind::Country)
///         .with_country_code("BA")
///         .with_alias("Bosnia")
///         .with_alias("BiH"))
///     .add(Entry::new("sarajevo", "Sarajevo", EntryKind::City).with_country_code("BA"))
///     .build()?;
///
/// let text = "SARAJEVO – Leaders in Bosnia and Herzegovina met; BiH’s talks went on.";
/// let found: Vec<(&str, &str)> = gazetteer
///     .find_iter(text)
///     .map(|m| (&text[m.span().range()], gazetteer.entry(m.entry()).name()))
///     .collect();
/// assert_eq!(found, [
///     ("SARAJEVO", "Sarajevo"),
///     ("Bosnia and Herzegovina", "Bosnia and Herzegovina"),
///     ("BiH", "Bosnia and Herzegovina"),
/// ]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
#[derive(Clone)]
pub struct Gazetteer {
    inner: Arc<Inner>,
}

/// Everything a gazetteer holds, shared by its clones.
struct Inner {
    entries: Box<[Entry]>,
    /// Entry indexes sorted by id.
    by_id: Box<[u32]>,
    /// The automaton over folded keys; pattern `p` is the `p`-th key in
    /// byte order.
    trie: Trie,
    /// `names[pattern_names[p]..pattern_names[p + 1]]` are pattern `p`'s
    /// names.
    pattern_names: Box<[u32]>,
    names: Box<[NameRef]>,
    /// The distinct case shapes of the names, by `NameRef::shape`.
    shapes: Box<[CaseShape]>,
    /// The first words of all keys.
    first_words: FirstWords,
    /// `prefix_bytes[a..b]` for `(a, b) = prefixes[i]`: the folded
    /// lower-case words ("the ", "al-") that names with `prefix == i` need
    /// before their key. Index 0 is no prefix.
    prefixes: Box<[(u32, u32)]>,
    prefix_bytes: Box<[u8]>,
    /// The entries that are some entry's region, by index, sorted.
    regions: Box<[u32]>,
    /// `(region, key hash of a folded name, entry)` of the entries found
    /// only before their region, sorted.
    needing_region: Box<[(u32, u64, u32)]>,
    /// The name hashes of `needing_region`, sorted and unique: a quick
    /// test before the search by region.
    needing_hashes: Box<[u64]>,
    /// The shapes of those names' keys: a test before a name is folded.
    needing_shapes: ShapeFilter,
    /// The shapes of the keys of the names of each kind's entries (the
    /// names [`Gazetteer::find_name`] finds them by), by `kind as usize`;
    /// filled only for the kinds [`shape_filtered`] names.
    kind_shapes: Box<[ShapeFilter]>,
    fold_diacritics: bool,
}

/// One name of one entry, under its folded key.
#[derive(Clone, Copy, Debug)]
struct NameRef {
    entry: u32,
    name_index: u16,
    /// The words this name needs before its key (an index into
    /// `Inner::prefixes`, 0 for none): the key of "al-Qaeda" under "qaeda"
    /// needs "al-".
    prefix: u16,
    /// The case rules of the name: an index into `Inner::shapes` (names
    /// share a few hundred shapes; 12 bytes a name, not 16).
    shape: u32,
}

/// The position of an entry in its gazetteer: what a [`Match`] reports.
/// Look the entry up with [`Gazetteer::entry`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryId(u32);

impl EntryId {
    /// The entry's index in [`Gazetteer::entries`].
    pub fn as_usize(self) -> usize {
        self.0 as usize
    }
}

/// A match of an entry's name in a haystack: where, which entry, and which
/// of its names.
///
/// When several entries share the matched name ("Paris" in France and in
/// Texas), [`Match::entry`] is the most populous of them and
/// [`Gazetteer::candidates`] lists them all.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    span: Span,
    entry: EntryId,
    name_index: u16,
    prefix: u16,
    pattern: u32,
    shape: CaseShape,
}

impl Match {
    /// The same match in a text where the haystack starts at byte `by`.
    pub(crate) fn shifted(mut self, by: usize) -> Match {
        self.span = Span::new(self.span.start() + by, self.span.end() + by);
        self
    }

    /// The entry that matched (the first candidate).
    pub fn entry(&self) -> EntryId {
        self.entry
    }

    /// Where it matched: byte offsets into the haystack, on `char`
    /// boundaries.
    pub fn span(&self) -> Span {
        self.span
    }

    /// The byte offset where the match starts.
    pub fn start(&self) -> usize {
        self.span.start()
    }

    /// The byte offset just past the end of the match.
    pub fn end(&self) -> usize {
        self.span.end()
    }

    /// Which of the entry's names matched: 0 for the canonical name, `i` for
    /// the `i`-th alias (an index into [`Entry::names`]). Use
    /// [`Gazetteer::matched_name`] for the name itself.
    pub fn name_index(&self) -> usize {
        usize::from(self.name_index)
    }
}

/// An iterator over the matches of a [`Gazetteer`] in a haystack, in order.
/// Matches never overlap.
///
/// `'g` is the lifetime of the gazetteer and `'h` the lifetime of the
/// haystack. Created by [`Gazetteer::find_iter`].
#[derive(Debug)]
pub struct FindIter<'g, 'h> {
    inner: &'g Inner,
    haystack: &'h str,
    at: usize,
}

/// An iterator over the entries that share a matched name, most populous
/// first. Created by [`Gazetteer::candidates`] and [`Gazetteer::find_name`].
#[derive(Clone, Debug)]
pub struct Candidates<'g> {
    names: core::slice::Iter<'g, NameRef>,
    /// The names' shapes (`Inner::shapes`).
    shapes: &'g [CaseShape],
    shape: CaseShape,
    /// Only names with this prefix.
    prefix: u16,
    last: Option<u32>,
}

impl Iterator for Candidates<'_> {
    type Item = EntryId;

    fn next(&mut self) -> Option<EntryId> {
        for name in self.names.by_ref() {
            if name_accepts(self.shapes, name, self.shape)
                && self.prefix == name.prefix
                && self.last != Some(name.entry)
            {
                self.last = Some(name.entry);
                return Some(EntryId(name.entry));
            }
        }
        None
    }
}

static EMBEDDED: Lazy<Gazetteer> = Lazy::new(|| {
    // The embedded data is checked by tests; should it ever fail to load,
    // matching finds nothing rather than panicking.
    GazetteerBuilder::new().build().unwrap_or_default()
});

impl Default for Gazetteer {
    /// An empty gazetteer: it finds nothing.
    fn default() -> Gazetteer {
        Gazetteer::from_inner(Inner {
            entries: Box::new([]),
            by_id: Box::new([]),
            trie: Trie::empty(),
            pattern_names: Box::new([0]),
            names: Box::new([]),
            shapes: Box::new([]),
            first_words: FirstWords::new(&[], &Trie::empty()),
            prefixes: Box::new([(0, 0)]),
            prefix_bytes: Box::new([]),
            regions: Box::new([]),
            needing_region: Box::new([]),
            needing_hashes: Box::new([]),
            needing_shapes: ShapeFilter::new(),
            kind_shapes: EntryKind::ALL.iter().map(|_| ShapeFilter::new()).collect(),
            fold_diacritics: true,
        })
    }
}

impl fmt::Debug for Gazetteer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Gazetteer")
            .field("entries", &self.inner.entries.len())
            .field("names", &self.inner.names.len())
            .field("fold_diacritics", &self.inner.fold_diacritics)
            .finish_non_exhaustive()
    }
}

impl fmt::Debug for Inner {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Inner").finish_non_exhaustive()
    }
}

impl Gazetteer {
    fn from_inner(inner: Inner) -> Gazetteer {
        Gazetteer {
            inner: Arc::new(inner),
        }
    }

    /// Starts building a gazetteer. By default it includes the embedded
    /// entries (with the `embedded-data` feature); see [`GazetteerBuilder`].
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }

    /// The embedded default gazetteer (countries, cities, regions,
    /// organizations, demonyms), built on first use and shared afterwards.
    ///
    /// Without the `embedded-data` feature it is empty.
    ///
    /// # Example
    ///
    /// ```
    /// use dateline::Gazetteer;
    ///
    /// let gazetteer = Gazetteer::embedded();
    /// # #[cfg(feature = "embedded-data")] {
    /// let text = "Troops left Sarajevo for Mostar.";
    /// let names: Vec<&str> = gazetteer.find_iter(text).map(|m| &text[m.span().range()]).collect();
    /// assert_eq!(names, ["Sarajevo", "Mostar"]);
    /// # }
    /// ```
    pub fn embedded() -> &'static Gazetteer {
        &EMBEDDED
    }

    /// Finds every name of every entry in `haystack`, leftmost-longest,
    /// whole words only (see [`Gazetteer`] for the rules). Never panics;
    /// runs in time linear in the haystack. Entries found only before
    /// their region ([`Entry::region_required`]) are not matched: see
    /// [`find_in_region`](Gazetteer::find_in_region).
    pub fn find_iter<'g, 'h>(&'g self, haystack: &'h str) -> FindIter<'g, 'h> {
        FindIter {
            inner: &self.inner,
            haystack,
            at: 0,
        }
    }

    /// The entry with this id.
    ///
    /// # Panics
    ///
    /// Panics when `id` comes from another, smaller gazetteer.
    pub fn entry(&self, id: EntryId) -> &Entry {
        &self.inner.entries[id.as_usize()]
    }

    /// Every entry with its id, in id order (embedded entries first, then
    /// added ones).
    pub fn entries(&self) -> impl ExactSizeIterator<Item = (EntryId, &Entry)> + '_ {
        self.inner
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| (EntryId(i as u32), e))
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.inner.entries.len()
    }

    /// Whether there are no entries.
    pub fn is_empty(&self) -> bool {
        self.inner.entries.is_empty()
    }

    /// The entry whose [`Entry::id`] is `id`, if any.
    ///
    /// # Example
    ///
    /// ```
    /// use dateline::{Entry, EntryKind, Gazetteer};
    ///
    /// let g = Gazetteer::builder()
    ///     .include_embedded(false)
    ///     .add(Entry::new("acme", "Acme", EntryKind::Organization))
    ///     .build()?;
    /// let id = g.get("acme").unwrap();
    /// assert_eq!(g.entry(id).name(), "Acme");
    /// assert_eq!(g.get("nope"), None);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn get(&self, id: &str) -> Option<EntryId> {
        let inner = &*self.inner;
        inner
            .by_id
            .binary_search_by(|&i| inner.entries[i as usize].id().cmp(id))
            .ok()
            .map(|pos| EntryId(inner.by_id[pos]))
    }

    /// Whether some entry lies in `id` (see [`Entry::region`]).
    pub(crate) fn is_region(&self, id: EntryId) -> bool {
        self.inner.regions.binary_search(&id.0).is_ok()
    }

    /// The entry named `name` (compared after folding, as matches are) that
    /// lies in `region` (see [`Entry::region`]): "Portland" in Maine, and
    /// also the entries found only right before their region (see
    /// [`Entry::with_region_required`]), "Reno" in Nevada. The most
    /// populous wins if several do.
    ///
    /// # Example
    ///
    /// ```
    /// use dateline::Gazetteer;
    ///
    /// # #[cfg(feature = "embedded-data")] {
    /// let g = Gazetteer::embedded();
    /// let nevada = g.get("admin:US-nevada").unwrap();
    /// let reno = g.find_in_region("RENO", nevada).unwrap();
    /// assert_eq!(g.entry(reno).name(), "Reno");
    /// // Alone, "Reno" is more often a surname: the matcher skips it.
    /// assert_eq!(g.find_iter("Reno").count(), 0);
    /// assert_eq!(g.find_in_region("Reno", g.get("admin:US-ohio").unwrap()), None);
    /// let maine = g.get("admin:US-maine").unwrap();
    /// let portland = g.find_in_region("Portland", maine).unwrap();
    /// assert_eq!(g.entry(portland).population(), 66881);
    /// # }
    /// ```
    pub fn find_in_region(&self, name: &str, region: EntryId) -> Option<EntryId> {
        let inner = &*self.inner;
        let region_id = inner.entries.get(region.0 as usize)?.id();
        let matched = self
            .find_name(name)
            .filter(|&id| self.entry(id).region() == Some(region_id));
        let needing = self.needing_region_in(name, core::iter::once(region));
        // The more populous of the two.
        match (
            matched.max_by_key(|&id| self.entry(id).population()),
            needing,
        ) {
            (Some(a), Some(b)) if self.entry(b).population() > self.entry(a).population() => {
                Some(b)
            }
            (Some(a), _) => Some(a),
            (None, b) => b,
        }
    }

    /// The entry named `name` found only before its region that lies in
    /// the first of `regions` holding one. (A name no such entry bears
    /// costs one fold and one hash lookup; the name is folded into the
    /// thread's reused key, as [`Gazetteer::find_name`]'s.)
    pub(crate) fn needing_region_in(
        &self,
        name: &str,
        mut regions: impl Iterator<Item = EntryId>,
    ) -> Option<EntryId> {
        // (Most names are turned away before they are folded.)
        if !may_fold_into(&self.inner.needing_shapes, name) {
            return None;
        }
        let mut key = FIND_NAME_KEY.with(std::cell::Cell::take);
        key.clear();
        fold_into(&mut key, name, self.inner.fold_diacritics);
        let hash = key_hash(&key);
        let found = if self.inner.needing_hashes.binary_search(&hash).is_ok() {
            regions.find_map(|r| self.folded_in_region(&key, hash, r))
        } else {
            None
        };
        // (A key longer than any place name is not kept.)
        if key.capacity() <= 1024 {
            FIND_NAME_KEY.with(|k| k.set(key));
        }
        found
    }

    /// The entry found only before its region `region` whose folded name
    /// is `key` (of hash `hash`), the most populous if several are.
    fn folded_in_region(&self, key: &str, hash: u64, region: EntryId) -> Option<EntryId> {
        let inner = &*self.inner;
        let list = &inner.needing_region;
        let start = list.partition_point(|&(r, h, _)| (r, h) < (region.0, hash));
        let end = start + list[start..].partition_point(|&(r, h, _)| (r, h) == (region.0, hash));
        let mut other = String::new();
        let mut best: Option<u32> = None;
        for &(_, _, index) in &list[start..end] {
            let entry = &inner.entries[index as usize];
            let named = entry.names().any(|n| {
                other.clear();
                fold_into(&mut other, n, inner.fold_diacritics);
                other == key
            });
            // (Hashes may collide: the names decide.)
            let better = best.map_or(true, |b| {
                entry.population() > inner.entries[b as usize].population()
            });
            if named && better {
                best = Some(index);
            }
        }
        best.map(EntryId)
    }

    /// Whether [`Gazetteer::find_name`] may find an entry of kind `kind`
    /// under `name` (false: it finds none; a quick test before the name is
    /// folded and looked up).
    pub(crate) fn may_name(&self, kind: EntryKind, name: &str) -> bool {
        !shape_filtered(kind)
            || self
                .inner
                .kind_shapes
                .get(kind as usize)
                .map_or(true, |shapes| may_fold_into(shapes, name))
    }

    /// The entries with a name or alias equal to `name` after folding (case
    /// and, when enabled, diacritics; case rules do not apply), most
    /// populous first. (Not those found only before their region: see
    /// [`find_in_region`](Gazetteer::find_in_region).)
    ///
    /// # Example
    ///
    /// ```
    /// use dateline::{Entry, EntryKind, Gazetteer};
    ///
    /// let g = Gazetteer::builder()
    ///     .include_embedded(false)
    ///     .add(Entry::new("fr", "Paris", EntryKind::City).with_population(2_000_000))
    ///     .add(Entry::new("tx", "Paris", EntryKind::City).with_population(25_000))
    ///     .build()?;
    /// let ids: Vec<&str> = g.find_name("PARIS").map(|id| g.entry(id).id()).collect();
    /// assert_eq!(ids, ["fr", "tx"]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn find_name(&self, name: &str) -> Candidates<'_> {
        let inner = &*self.inner;
        // (The key is folded into the thread's reused buffer: the places
        // stage asks for a few names per article.)
        let mut key = FIND_NAME_KEY.with(std::cell::Cell::take);
        key.clear();
        fold_into(&mut key, name, inner.fold_diacritics);
        let names = inner
            .trie
            .find(key.as_bytes())
            .map_or(&[][..], |p| inner.names_of(p));
        // (A key longer than any place name is not kept.)
        if key.capacity() <= 1024 {
            FIND_NAME_KEY.with(|k| k.set(key));
        }
        Candidates {
            names: names.iter(),
            shapes: &inner.shapes,
            shape: CaseShape::ANY,
            // Whole names only, not the keys of their capitalised tails.
            prefix: 0,
            last: None,
        }
    }

    /// Every entry that shares the name `m` matched and whose case rules
    /// accept the matched text, most populous first; the first is
    /// [`Match::entry`].
    ///
    /// # Example
    ///
    /// ```
    /// use dateline::{Entry, EntryKind, Gazetteer};
    ///
    /// let g = Gazetteer::builder()
    ///     .include_embedded(false)
    ///     .add(Entry::new("fr", "Paris", EntryKind::City).with_country_code("FR").with_population(2_000_000))
    ///     .add(Entry::new("tx", "Paris", EntryKind::City).with_country_code("US").with_population(25_000))
    ///     .build()?;
    /// let m = g.find_iter("Paris, Texas").next().unwrap();
    /// let countries: Vec<_> = g.candidates(&m).map(|id| g.entry(id).country_code()).collect();
    /// assert_eq!(countries, [Some("FR"), Some("US")]);
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn candidates(&self, m: &Match) -> Candidates<'_> {
        Candidates {
            names: self.inner.names_of(m.pattern).iter(),
            shapes: &self.inner.shapes,
            shape: m.shape,
            prefix: m.prefix,
            last: None,
        }
    }

    /// The name or alias of [`Match::entry`] that matched (as written in the
    /// gazetteer, which may differ from the text in case and accents).
    pub fn matched_name(&self, m: &Match) -> &str {
        self.inner
            .entries
            .get(m.entry.as_usize())
            .and_then(|e| e.name_at(m.name_index()))
            .unwrap_or("")
    }

    /// Approximately how many bytes of heap this gazetteer uses (strings
    /// borrowed from the embedded data are not counted).
    pub fn memory_usage(&self) -> usize {
        let inner = &*self.inner;
        let strings: usize = inner.entries.iter().map(Entry::owned_len).sum();
        core::mem::size_of_val(&*inner.entries)
            + strings
            + core::mem::size_of_val(&*inner.by_id)
            + core::mem::size_of_val(&*inner.pattern_names)
            + core::mem::size_of_val(&*inner.names)
            + core::mem::size_of_val(&*inner.shapes)
            + core::mem::size_of_val(&*inner.prefixes)
            + inner.prefix_bytes.len()
            + core::mem::size_of_val(&*inner.regions)
            + core::mem::size_of_val(&*inner.needing_region)
            + core::mem::size_of_val(&*inner.needing_hashes)
            + inner.first_words.memory_usage()
            + inner.trie.memory_usage()
    }
}

/// Whether the case rules of `name` (its shape in `shapes`) accept text of
/// the shape `text`.
#[inline]
fn name_accepts(shapes: &[CaseShape], name: &NameRef, text: CaseShape) -> bool {
    shapes
        .get(name.shape as usize)
        .is_some_and(|shape| shape.accepts(text))
}

/// Whether `name` may fold to a key of one of the shapes in `shapes`: false
/// only for a name whose key is its lower case ([`single_spaced_ascii`]),
/// which has its key's shape (the filter is case-insensitive), when no key
/// inserted has that shape.
fn may_fold_into(shapes: &ShapeFilter, name: &str) -> bool {
    !single_spaced_ascii(name.as_bytes()) || shapes.may_contain(name)
}

/// A 64-bit FNV-1a hash of a folded name: the index of the entries found
/// only before their region.
pub(super) fn key_hash(key: &str) -> u64 {
    key.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3)
    })
}

impl Gazetteer {
    /// Whether the gazetteer has any entry found only before its region.
    pub(crate) fn has_entries_needing_region(&self) -> bool {
        !self.inner.needing_region.is_empty()
    }
}

impl Inner {
    #[inline]
    fn names_of(&self, pattern: u32) -> &[NameRef] {
        let p = pattern as usize;
        match (self.pattern_names.get(p), self.pattern_names.get(p + 1)) {
            (Some(&a), Some(&b)) => self.names.get(a as usize..b as usize).unwrap_or(&[]),
            _ => &[],
        }
    }

    /// The longest name starting at `start` (a word start) that ends at a
    /// word boundary and whose case rules accept the text.
    fn longest_at(&self, s: &str, min_start: usize, start: usize) -> Option<Match> {
        self.longest_from(s, min_start, start, self.trie.start(), start)
    }

    /// Like [`Inner::longest_at`], with the text up to `at` already walked
    /// to `cur` (a whole word, so `at` is where a name could end).
    fn longest_from(
        &self,
        s: &str,
        min_start: usize,
        start: usize,
        mut cur: Cursor,
        mut at: usize,
    ) -> Option<Match> {
        let trie = &self.trie;
        let h = s.as_bytes();
        let mut best = None;
        if at > start {
            if let Some(pattern) = trie.pattern(&cur) {
                best = self.accept(pattern, s, min_start, start, at, true);
            }
        }
        let mut buf = [0u8; MAX_FOLD];
        while at < h.len() {
            let b = h[at];
            let last_is_word;
            if b < 0x80 {
                let fb = ASCII_FOLD[usize::from(b)];
                if fb == SPACE {
                    at = match Self::skip_space(s, at) {
                        Some(end) => end,
                        None => break,
                    };
                    if !trie.step(&mut cur, SPACE) {
                        break;
                    }
                    continue;
                }
                if !trie.step(&mut cur, fb) {
                    break;
                }
                at += 1;
                last_is_word = ASCII_CLASS[usize::from(b)] != NON_WORD;
            } else {
                let c = match s.get(at..).and_then(|rest| rest.chars().next()) {
                    Some(c) => c,
                    None => break,
                };
                if c.is_whitespace() {
                    at = match Self::skip_space(s, at) {
                        Some(end) => end,
                        None => break,
                    };
                    if !trie.step(&mut cur, SPACE) {
                        break;
                    }
                    continue;
                }
                let n = fold_char(c, self.fold_diacritics, &mut buf);
                if !buf[..n].iter().all(|&fb| trie.step(&mut cur, fb)) {
                    break;
                }
                at += c.len_utf8();
                last_is_word = is_word_char(c);
            }
            if let Some(pattern) = trie.pattern(&cur) {
                if let Some(m) = self.accept(pattern, s, min_start, start, at, last_is_word) {
                    // Leftmost first (a prefixed name starts earlier), then
                    // longest (later matches end later).
                    if best.map_or(true, |b: Match| m.start() <= b.start()) {
                        best = Some(m);
                    }
                }
            }
        }
        best
    }

    /// The end of the whitespace run at `at`, or `None` when it holds a
    /// blank line (names do not span paragraphs).
    #[inline]
    fn skip_space(s: &str, at: usize) -> Option<usize> {
        let bytes = s.as_bytes();
        let mut newlines = 0;
        let mut end = at;
        // ASCII (nearly every gap: one space) without decoding; from the
        // first other byte on, character by character.
        // (`b' '` and `\t`..=`\r` are the ASCII of `char::is_whitespace`.)
        while let Some(&b) = bytes.get(end) {
            match b {
                b' ' | b'\t'..=b'\r' => {
                    newlines += usize::from(b == b'\n');
                    end += 1;
                }
                0x80.. => {
                    for w in s.get(end..).unwrap_or("").chars() {
                        if !w.is_whitespace() {
                            break;
                        }
                        newlines += usize::from(w == '\n');
                        end += w.len_utf8();
                    }
                    break;
                }
                _ => break,
            }
        }
        (newlines < 2).then_some(end)
    }

    /// Checks a candidate `start..end` whose key is `pattern`: the end must
    /// be a word boundary and some name under the key must accept the text's
    /// case. A name that needs a prefix ("al-" before "Qaeda") accepts only
    /// when the text has it before `start` (and not before `min_start`, the
    /// end of the previous match); the match then starts there.
    #[cold]
    fn accept(
        &self,
        pattern: u32,
        s: &str,
        min_start: usize,
        start: usize,
        end: usize,
        last_is_word: bool,
    ) -> Option<Match> {
        if last_is_word {
            if let Some(next) = s.get(end..).and_then(|rest| rest.chars().next()) {
                if is_word_char(next) {
                    return None;
                }
            }
        }
        let plain = CaseShape::of_text(s.get(start..end)?);
        let mut best: Option<Match> = None;
        for name in self.names_of(pattern) {
            let (from, shape) = if name.prefix == 0 {
                (start, plain)
            } else {
                let Some(from) = self.prefix_start(s, start, name.prefix) else {
                    continue;
                };
                if from < min_start {
                    continue;
                }
                (from, CaseShape::of_text(s.get(from..end)?))
            };
            if name_accepts(&self.shapes, name, shape) && best.map_or(true, |b| from < b.start()) {
                best = Some(Match {
                    span: Span::new(from, end),
                    entry: EntryId(name.entry),
                    name_index: name.name_index,
                    prefix: name.prefix,
                    pattern,
                    shape,
                });
            }
        }
        best
    }

    /// Where the words of prefix `index` start in `s`, when they end right
    /// at `start` (compared folded, backwards) and begin a word.
    fn prefix_start(&self, s: &str, start: usize, index: u16) -> Option<usize> {
        let &(a, b) = self.prefixes.get(usize::from(index))?;
        let prefix = self.prefix_bytes.get(a as usize..b as usize)?;
        let mut need = prefix.len();
        let mut pos = start;
        let mut buf = [0u8; MAX_FOLD];
        while need > 0 {
            let c = s.get(..pos)?.chars().next_back()?;
            if c.is_whitespace() {
                if prefix[need - 1] != SPACE {
                    return None;
                }
                need -= 1;
                let mut newlines = 0;
                while let Some(w) = s.get(..pos).and_then(|t| t.chars().next_back()) {
                    if !w.is_whitespace() {
                        break;
                    }
                    newlines += usize::from(w == '\n');
                    pos -= w.len_utf8();
                }
                if newlines >= 2 {
                    return None;
                }
                continue;
            }
            let n = fold_char(c, self.fold_diacritics, &mut buf);
            if n > need || buf[..n] != prefix[need - n..need] {
                return None;
            }
            need -= n;
            pos -= c.len_utf8();
        }
        Self::starts_word(s, pos).then_some(pos)
    }

    /// Whether a word may start at `at`: the character before it is not part
    /// of a word, nor an apostrophe inside a word ("O'Brien", "d’Ivoire").
    #[inline]
    fn starts_word(s: &str, at: usize) -> bool {
        !Self::prev_is_word(s, at) && Self::not_after_apostrophe(s, at)
    }

    /// Whether the character before `at` is a word character.
    #[inline]
    fn prev_is_word(s: &str, at: usize) -> bool {
        match at.checked_sub(1).and_then(|i| s.as_bytes().get(i)) {
            None => false,
            Some(&b) if b < 0x80 => b.is_ascii_alphanumeric(),
            Some(_) => s
                .get(..at)
                .and_then(|before| before.chars().next_back())
                .is_some_and(is_word_char),
        }
    }

    /// Whether `at` does not follow an apostrophe that follows a letter.
    #[inline]
    fn not_after_apostrophe(s: &str, at: usize) -> bool {
        // Every apostrophe ends in `'`, 0x98/0x99 (U+2018/U+2019) or 0xBC
        // (U+02BC); any other byte before `at` settles it.
        match at.checked_sub(1).and_then(|i| s.as_bytes().get(i)) {
            None => return true,
            Some(b'\'' | 0x98 | 0x99 | 0xbc) => {}
            Some(_) => return true,
        }
        let mut before = s.get(..at).unwrap_or("").chars().rev();
        match before.next() {
            Some(c) if is_apostrophe(c) => !before.next().is_some_and(char::is_alphabetic),
            _ => true,
        }
    }
}

/// The bytes of the eight at `x` where a name may start: upper-case ASCII
/// letters and non-ASCII bytes. Marks the high bit of each; only the lowest
/// mark is exact (bytes past a non-ASCII byte are garbage), which is all the
/// scanner uses.
#[inline]
fn interesting(x: u64) -> u64 {
    (x & splat(0x80)) | in_range(x, b'A', b'Z')
}

impl<'g, 'h> Iterator for FindIter<'g, 'h> {
    type Item = Match;

    fn next(&mut self) -> Option<Match> {
        let inner = self.inner;
        let s = self.haystack;
        let h = s.as_bytes();
        let min_start = self.at;
        let mut at = self.at;
        while at < h.len() {
            // Skip eight bytes at a time while none may start a name.
            while let Some(chunk) = h.get(at..at + 8) {
                let mut word = [0u8; 8];
                word.copy_from_slice(chunk);
                let mask = interesting(u64::from_le_bytes(word));
                if mask == 0 {
                    at += 8;
                } else {
                    at += (mask.trailing_zeros() / 8) as usize;
                    break;
                }
            }
            let Some(&b) = h.get(at) else { break };
            let found = if b < 0x80 {
                // An ASCII letter or digit: the start of a run of them, or
                // inside one.
                let run = ascii_word_len(h, at).max(1);
                // Not inside a word, nor after a letter's apostrophe: an
                // ASCII byte before `at` other than `'` settles both.
                let free_start = match at.checked_sub(1).map(|i| h[i]) {
                    None => true,
                    Some(p) if p < 0x80 && p != b'\'' => !p.is_ascii_alphanumeric(),
                    Some(_) => !Inner::prev_is_word(s, at) && Inner::not_after_apostrophe(s, at),
                };
                let found = if ASCII_CLASS[usize::from(b)] == UPPER && free_start {
                    let indexed =
                        run <= MAX_WORD && h.get(at + run).map_or(true, |&next| next < 0x80);
                    if indexed {
                        match inner.first_words.get(h, at, run) {
                            None => None,
                            // The text can only continue the word into a
                            // longer key: walk the trie.
                            Some(hit) if hit.may_continue(h.get(at + run).copied()) => {
                                let cur = inner.trie.cursor(hit.node(), hit.label_read());
                                inner.longest_from(s, min_start, at, cur, at + run)
                            }
                            // The word alone, or nothing.
                            Some(hit) if hit.pattern != u32::MAX => {
                                inner.accept(hit.pattern, s, min_start, at, at + run, true)
                            }
                            Some(_) => None,
                        }
                    } else {
                        inner.longest_at(s, min_start, at)
                    }
                } else {
                    None
                };
                at += run;
                found
            } else {
                let Some(c) = s.get(at..).and_then(|rest| rest.chars().next()) else {
                    break;
                };
                let found = if c.is_uppercase() && Inner::starts_word(s, at) {
                    inner.longest_at(s, min_start, at)
                } else {
                    None
                };
                at += c.len_utf8();
                found
            };
            if let Some(m) = found {
                self.at = m.end();
                return Some(m);
            }
        }
        self.at = h.len();
        None
    }
}

impl core::iter::FusedIterator for FindIter<'_, '_> {}
