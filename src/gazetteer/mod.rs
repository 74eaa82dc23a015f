//! The gazetteer: canonical entities with aliases, and the whole-word matcher
//! that finds their names in text.
//!
//! A [`Gazetteer`] holds [`Entry`] values (countries, cities, regions,
//! organizations, demonyms, or anything of your own) and finds every name
//! and alias in a text with news semantics:
//!
//! - **Leftmost-longest**: "Bosnia and Herzegovina" beats "Bosnia", "New York
//!   City" beats "New York".
//! - **Whole words**: no "Serbia" in "Serbian", no "Nice" in "Nicely". A word
//!   is a run of letters and digits of any script; `-` and a possessive `’s`
//!   end a word ("EU-led", "NATO’s").
//! - **Case as news writes it**: ALL-CAPS text matches ("SARAJEVO"), title
//!   case matches ("Bosnia And Herzegovina"), but a capitalised name never
//!   matches a lower-case word ("turkey", "nice", "split"), and a name in
//!   capitals ("US", "NATO") matches only capitals. Lower-case words inside
//!   a name ("and", "of") may be written in any case.
//! - **Folding**: case folding is Unicode-aware ("İZMİR", "ŁÓDŹ"), and with
//!   [`GazetteerBuilder::fold_diacritics`] (the default) "Vucic" finds
//!   "Vučić". Spans are always byte offsets into the original text, on
//!   `char` boundaries, whatever folding did to lengths.
//! - **Exact**: matching starts only at word starts, and a longer name that
//!   fails a word-boundary or case test never hides a shorter one that
//!   passes ("trio Real Madrid" finds "Real Madrid" even with a "Rio Real"
//!   entry).
//!
//! # How it is fast
//!
//! Names are folded into keys and compiled into one anchored Aho-Corasick
//! automaton. The scanner steps over the text once; it only considers
//! positions where a word starts with a capital letter (or a non-ASCII
//! letter), checks the first two folded bytes against a bit table of key
//! prefixes, and only then walks the automaton, folding characters on the
//! fly, until it dies. Lower-case words are skipped at the cost of a table
//! lookup per byte. Names whose first word is lower case ("al-Qaeda") take
//! a separate, equally filtered path.

mod builder;
mod entry;
mod fold;
#[cfg(test)]
mod tests;

use core::fmt;
use std::sync::Arc;

use aho_corasick::automaton::{Automaton, StateID};
use aho_corasick::nfa::contiguous;
use aho_corasick::Anchored;
use once_cell::sync::Lazy;

pub use self::builder::GazetteerBuilder;
pub use self::entry::{Entry, EntryKind};
use self::fold::{
    fold_char, fold_str, is_apostrophe, is_word_char, starts_word, CaseShape, ASCII_CLASS,
    ASCII_FOLD, MAX_FOLD, NON_WORD, SPACE, UPPER,
};
use crate::span::Span;

/// A set of named entities and a fast whole-word matcher over their names.
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
    /// The automaton over folded keys and its anchored start state; `None`
    /// when there are no names.
    nfa: Option<(contiguous::NFA, StateID)>,
    /// `names[pattern_names[p]..pattern_names[p + 1]]` are pattern `p`'s
    /// names.
    pattern_names: Box<[u32]>,
    names: Box<[NameRef]>,
    /// First two bytes of every key.
    upper_pairs: PairSet,
    /// First two bytes of keys some name of which starts lower case.
    loose_pairs: PairSet,
    has_loose: bool,
    fold_diacritics: bool,
}

/// One name of one entry, under its folded key.
#[derive(Clone, Copy, Debug)]
struct NameRef {
    entry: u32,
    name_index: u16,
    shape: CaseShape,
}

/// A set of two-byte prefixes (65,536 bits).
#[derive(Clone)]
struct PairSet(Box<[u64; 1024]>);

impl PairSet {
    fn new() -> PairSet {
        PairSet(Box::new([0; 1024]))
    }

    fn insert(&mut self, a: u8, b: u8) {
        let bit = (usize::from(a) << 8) | usize::from(b);
        self.0[bit >> 6] |= 1 << (bit & 63);
    }

    /// Inserts the first two bytes of `key`, or every pair starting with
    /// its only byte.
    fn insert_prefix(&mut self, key: &[u8]) {
        match *key {
            [] => {}
            [a] => (0..=255).for_each(|b| self.insert(a, b)),
            [a, b, ..] => self.insert(a, b),
        }
    }

    #[inline]
    fn contains(&self, a: u8, b: u8) -> bool {
        let bit = (usize::from(a) << 8) | usize::from(b);
        self.0[bit >> 6] & (1 << (bit & 63)) != 0
    }

    fn is_empty(&self) -> bool {
        self.0.iter().all(|&w| w == 0)
    }
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
    pattern: u32,
    shape: CaseShape,
}

impl Match {
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
    prev_word: bool,
}

/// An iterator over the entries that share a matched name, most populous
/// first. Created by [`Gazetteer::candidates`] and [`Gazetteer::find_name`].
#[derive(Clone, Debug)]
pub struct Candidates<'g> {
    names: core::slice::Iter<'g, NameRef>,
    shape: CaseShape,
    last: Option<u32>,
}

impl Iterator for Candidates<'_> {
    type Item = EntryId;

    fn next(&mut self) -> Option<EntryId> {
        for name in self.names.by_ref() {
            if name.shape.accepts(self.shape) && self.last != Some(name.entry) {
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
            nfa: None,
            pattern_names: Box::new([0]),
            names: Box::new([]),
            upper_pairs: PairSet::new(),
            loose_pairs: PairSet::new(),
            has_loose: false,
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
    /// whole words only (see the [module docs](crate::Gazetteer) for the
    /// rules). Never panics, runs in time linear in the haystack.
    pub fn find_iter<'g, 'h>(&'g self, haystack: &'h str) -> FindIter<'g, 'h> {
        FindIter {
            inner: &self.inner,
            haystack,
            at: 0,
            prev_word: false,
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

    /// The entries with a name or alias equal to `name` after folding (case
    /// and, when enabled, diacritics; case rules do not apply), most
    /// populous first.
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
        let key = fold_str(name, inner.fold_diacritics);
        let names = inner
            .pattern_of_key(key.as_bytes())
            .map_or(&[][..], |p| inner.names_of(p));
        Candidates {
            names: names.iter(),
            shape: CaseShape::ANY,
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
            shape: m.shape,
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
            + 2 * core::mem::size_of::<[u64; 1024]>()
            + inner.nfa.as_ref().map_or(0, |(nfa, _)| nfa.memory_usage())
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

    /// The pattern whose key is exactly `key`.
    fn pattern_of_key(&self, key: &[u8]) -> Option<u32> {
        let (nfa, start) = self.nfa.as_ref()?;
        let mut sid = *start;
        for &b in key {
            sid = nfa.next_state(Anchored::Yes, sid, b);
            if nfa.is_dead(sid) {
                return None;
            }
        }
        self.pattern_at(nfa, sid, key.len())
    }

    /// The pattern of length `depth` that `sid` matches, if any (a match
    /// state may also carry shorter patterns reached by failure links).
    #[inline]
    fn pattern_at(&self, nfa: &contiguous::NFA, sid: StateID, depth: usize) -> Option<u32> {
        if !nfa.is_match(sid) {
            return None;
        }
        (0..nfa.match_len(sid))
            .map(|i| nfa.match_pattern(sid, i))
            .find(|&pid| nfa.pattern_len(pid) == depth)
            .map(|pid| pid.as_u32())
    }

    /// Whether the two bytes at `at` pass the prefix filter `set`. Positions
    /// whose second byte is not ASCII (or is missing) always pass.
    #[inline]
    fn pair_ok(set: &PairSet, h: &[u8], at: usize) -> bool {
        match h.get(at + 1) {
            Some(&b) if b < 0x80 => set.contains(
                ASCII_FOLD[usize::from(h[at] & 0x7f)],
                ASCII_FOLD[usize::from(b)],
            ),
            _ => true,
        }
    }

    /// The longest name starting at `start` (a word start) that ends at a
    /// word boundary and whose case rules accept the text.
    fn longest_at(&self, s: &str, start: usize) -> Option<Match> {
        let (nfa, start_sid) = self.nfa.as_ref()?;
        let h = s.as_bytes();
        let mut sid = *start_sid;
        let mut depth = 0usize;
        let mut at = start;
        let mut best = None;
        let mut buf = [0u8; MAX_FOLD];
        while at < h.len() {
            let b = h[at];
            let c = if b < 0x80 {
                char::from(b)
            } else {
                match s.get(at..).and_then(|rest| rest.chars().next()) {
                    Some(c) => c,
                    None => break,
                }
            };
            if c.is_whitespace() {
                // A run of whitespace folds to one space; a blank line ends
                // the name.
                let mut newlines = 0;
                let mut end = at;
                for w in s.get(at..).unwrap_or("").chars() {
                    if !w.is_whitespace() {
                        break;
                    }
                    newlines += usize::from(w == '\n');
                    end += w.len_utf8();
                }
                if newlines >= 2 {
                    break;
                }
                sid = nfa.next_state(Anchored::Yes, sid, SPACE);
                depth += 1;
                if nfa.is_dead(sid) {
                    break;
                }
                at = end;
                continue;
            }
            if b < 0x80 {
                sid = nfa.next_state(Anchored::Yes, sid, ASCII_FOLD[usize::from(b)]);
                depth += 1;
                at += 1;
            } else {
                let n = fold_char(c, self.fold_diacritics, &mut buf);
                for &fb in &buf[..n] {
                    sid = nfa.next_state(Anchored::Yes, sid, fb);
                    if nfa.is_dead(sid) {
                        break;
                    }
                }
                depth += n;
                at += c.len_utf8();
            }
            if nfa.is_special(sid) {
                if nfa.is_dead(sid) {
                    break;
                }
                if let Some(m) = self.accept(nfa, sid, depth, s, start, at, c) {
                    best = Some(m);
                }
            }
        }
        best
    }

    /// Checks a candidate `start..end` whose key the automaton matched in
    /// state `sid`: the end must be a word boundary and some name under the
    /// key must accept the text's case.
    #[cold]
    #[allow(clippy::too_many_arguments)]
    fn accept(
        &self,
        nfa: &contiguous::NFA,
        sid: StateID,
        depth: usize,
        s: &str,
        start: usize,
        end: usize,
        last: char,
    ) -> Option<Match> {
        let pattern = self.pattern_at(nfa, sid, depth)?;
        if is_word_char(last) {
            if let Some(next) = s.get(end..).and_then(|rest| rest.chars().next()) {
                if is_word_char(next) {
                    return None;
                }
            }
        }
        let shape = CaseShape::of_text(s.get(start..end)?);
        let name = self
            .names_of(pattern)
            .iter()
            .find(|n| n.shape.accepts(shape))?;
        Some(Match {
            span: Span::new(start, end),
            entry: EntryId(name.entry),
            name_index: name.name_index,
            pattern,
            shape,
        })
    }

    /// Whether a word starting at `at` may start a name: not a letter after
    /// an apostrophe inside a word ("O'Brien", "d’Ivoire").
    #[inline]
    fn start_ok(s: &str, at: usize) -> bool {
        let mut before = s.get(..at).unwrap_or("").chars().rev();
        match before.next() {
            Some(c) if is_apostrophe(c) => !before.next().is_some_and(char::is_alphabetic),
            _ => true,
        }
    }
}

impl<'g, 'h> Iterator for FindIter<'g, 'h> {
    type Item = Match;

    fn next(&mut self) -> Option<Match> {
        let inner = self.inner;
        inner.nfa.as_ref()?;
        let s = self.haystack;
        let h = s.as_bytes();
        let mut at = self.at;
        let mut prev_word = self.prev_word;
        while at < h.len() {
            let b = h[at];
            if b < 0x80 {
                let class = ASCII_CLASS[usize::from(b)];
                if class != NON_WORD && !prev_word {
                    let candidate = if class == UPPER {
                        Inner::pair_ok(&inner.upper_pairs, h, at)
                    } else {
                        inner.has_loose && Inner::pair_ok(&inner.loose_pairs, h, at)
                    };
                    if candidate && Inner::start_ok(s, at) {
                        if let Some(m) = inner.longest_at(s, at) {
                            self.at = m.end();
                            self.prev_word = false;
                            return Some(m);
                        }
                    }
                }
                prev_word = class != NON_WORD;
                at += 1;
            } else {
                let c = match s.get(at..).and_then(|rest| rest.chars().next()) {
                    Some(c) => c,
                    None => break,
                };
                let word = is_word_char(c);
                // A combining mark continues a word but never starts a name.
                if word
                    && starts_word(c)
                    && !prev_word
                    && (inner.has_loose || c.is_uppercase())
                    && Inner::start_ok(s, at)
                {
                    if let Some(m) = inner.longest_at(s, at) {
                        self.at = m.end();
                        self.prev_word = false;
                        return Some(m);
                    }
                }
                prev_word = word;
                at += c.len_utf8();
            }
        }
        self.at = h.len();
        self.prev_word = prev_word;
        None
    }
}

impl core::iter::FusedIterator for FindIter<'_, '_> {}
