//! Gazetteer entries: canonical entities with their kind, country,
//! population, coordinates and aliases.

use core::fmt;
use std::borrow::Cow;

use crate::entity::Coordinates;

/// One canonical entity of a [`Gazetteer`](crate::Gazetteer): a place, an
/// organization or a demonym, with every name it goes by.
///
/// Build one in code with [`Entry::new`] and the `with_*` methods, or load
/// many from TSV with
/// [`GazetteerBuilder::add_tsv`](crate::GazetteerBuilder::add_tsv).
///
/// # Example
///
/// ```
/// use dateline::{Coordinates, Entry, EntryKind};
///
/// let entry = Entry::new("acme", "Acme Corporation", EntryKind::Organization)
///     .with_country_code("US")
///     .with_alias("Acme")
///     .with_coordinates(Coordinates::new(40.7, -74.0));
/// assert_eq!(entry.name(), "Acme Corporation");
/// assert_eq!(entry.names().collect::<Vec<_>>(), ["Acme Corporation", "Acme"]);
/// assert_eq!(entry.country_code(), Some("US"));
/// assert_eq!(entry.region(), None);
/// ```
#[derive(Clone, PartialEq)]
pub struct Entry {
    // The id, the name and the tail: the aliases, `|`-separated as in the
    // TSV format, then, when the entry has a region, a tab and the region's
    // id. The embedded default borrows all three from its line of the
    // static TSV text: tens of thousands of entries cost no string
    // allocations, and one slice with offsets, not three, per entry.
    strings: Strings,
    // Where the tail's aliases column ends: the offset of its tab, or its
    // length when it has none, so that `split_tail` reads the region
    // without searching; `LONG_TAIL` when the offset does not fit (then
    // searched). (It fits in the struct's padding: no heap, no growth.)
    aliases_end: u16,
    kind: EntryKind,
    // An alias given in code held a tab (it would read as the region).
    tab_in_alias: bool,
    // Found only right before its region (see `with_region_required`).
    region_required: bool,
    country: [u8; 2],
    population: u64,
    // f32 keeps the table small (about a metre of precision); NaN: unknown.
    latitude: f32,
    longitude: f32,
}

/// An entry's id, name and tail.
#[derive(Clone)]
enum Strings {
    /// Slices of one text: the id is `text[..id_end]`, the name
    /// `text[name_start..name_end]` and the tail `text[tail_start..]`. A
    /// TSV entry's text is its line up to the end of the tail (the columns
    /// between the name and the aliases are skipped); an entry made in code
    /// has the three strings one after another.
    Slices {
        text: Cow<'static, str>,
        id_end: u32,
        name_start: u32,
        name_end: u32,
        tail_start: u32,
    },
    /// The strings of a text too long for `u32` offsets (4 GiB), each its
    /// own.
    Separate(Box<[String; 3]>),
}

impl Strings {
    /// The strings at the byte ranges `..id_end`, `name` and `tail_start..`
    /// of `text`, which must lie within it on `char` boundaries, in that order.
    fn new(
        text: Cow<'static, str>,
        id_end: usize,
        name: core::ops::Range<usize>,
        tail_start: usize,
    ) -> Strings {
        // (Every offset is at most the text's length: if that fits a
        // `u32`, so do they.)
        match u32::try_from(text.len()) {
            Ok(_) => Strings::Slices {
                text,
                id_end: id_end as u32,
                name_start: name.start as u32,
                name_end: name.end as u32,
                tail_start: tail_start as u32,
            },
            Err(_) => {
                let part = |range: core::ops::Range<usize>| {
                    text.get(range).unwrap_or_default().to_string()
                };
                Strings::Separate(Box::new([
                    part(0..id_end),
                    part(name),
                    part(tail_start..text.len()),
                ]))
            }
        }
    }

    /// The id, the name and the tail (given in pieces) made in code: one
    /// owned text.
    fn owned(id: &str, name: &str, tail: &[&str]) -> Strings {
        let tail_len: usize = tail.iter().map(|p| p.len()).sum();
        let mut text = String::with_capacity(id.len() + name.len() + tail_len);
        text.push_str(id);
        text.push_str(name);
        for piece in tail {
            text.push_str(piece);
        }
        let name_end = id.len() + name.len();
        Strings::new(Cow::Owned(text), id.len(), id.len()..name_end, name_end)
    }

    /// The id.
    #[inline]
    fn id(&self) -> &str {
        match self {
            Strings::Slices { text, id_end, .. } => slice(text, 0, *id_end as usize),
            Strings::Separate(parts) => &parts[0],
        }
    }

    /// The name.
    #[inline]
    fn name(&self) -> &str {
        match self {
            Strings::Slices {
                text,
                name_start,
                name_end,
                ..
            } => slice(text, *name_start as usize, *name_end as usize),
            Strings::Separate(parts) => &parts[1],
        }
    }

    /// The tail.
    #[inline]
    fn tail(&self) -> &str {
        match self {
            Strings::Slices {
                text, tail_start, ..
            } => slice(text, *tail_start as usize, text.len()),
            Strings::Separate(parts) => &parts[2],
        }
    }

    /// The id, the name and the tail.
    fn parts(&self) -> (&str, &str, &str) {
        (self.id(), self.name(), self.tail())
    }

    /// Bytes of heap these strings own (borrowed static text is free).
    fn owned_len(&self) -> usize {
        match self {
            Strings::Slices {
                text: Cow::Owned(text),
                ..
            } => text.capacity(),
            Strings::Slices { .. } => 0,
            Strings::Separate(parts) => parts.iter().map(String::capacity).sum(),
        }
    }
}

/// `text[a..b]`; empty when that is not a slice of `text` (the offsets of
/// [`Strings::Slices`] lie on `char` boundaries by construction: a miss
/// would read as empty, never panic).
#[inline]
fn slice(text: &str, a: usize, b: usize) -> &str {
    text.get(a..b).unwrap_or_default()
}

impl PartialEq for Strings {
    /// Strings are equal when their parts are, wherever they are stored.
    fn eq(&self, other: &Strings) -> bool {
        self.parts() == other.parts()
    }
}

/// The `aliases_end` of a tail whose aliases column is longer than a
/// `u16` holds: [`Entry::split_tail`] searches it for the tab.
const LONG_TAIL: u16 = u16::MAX;

/// The stored country of an entry given an invalid code in code (never
/// read as a code: not ASCII).
const INVALID_COUNTRY: [u8; 2] = [0xFF, 0xFF];

/// Every pair of ASCII capitals, "AA" to "ZZ" in order, as one text: a
/// country code is sliced from here by [`Entry::country_code`] (a few
/// thousand calls per article) instead of checked as UTF-8 on each call.
const TWO_CAPITALS: &str = match core::str::from_utf8(&TWO_CAPITAL_BYTES) {
    Ok(s) => s,
    Err(_) => panic!("ASCII capitals are UTF-8"),
};

/// The bytes of [`TWO_CAPITALS`].
const TWO_CAPITAL_BYTES: [u8; 26 * 26 * 2] = {
    let mut out = [0; 26 * 26 * 2];
    let mut i = 0;
    while i < 26 * 26 {
        out[2 * i] = b'A' + (i / 26) as u8;
        out[2 * i + 1] = b'A' + (i % 26) as u8;
        i += 1;
    }
    out
};

impl Entry {
    /// Creates an entry with an id, a canonical name and a kind, and no
    /// country, population, coordinates or aliases.
    ///
    /// The id must be unique within a gazetteer and the name non-empty;
    /// [`GazetteerBuilder::build`](crate::GazetteerBuilder::build) checks
    /// both.
    pub fn new(id: impl Into<String>, name: impl Into<String>, kind: EntryKind) -> Entry {
        Entry::from_strings(Strings::owned(&id.into(), &name.into(), &[]), kind)
    }

    /// An entry of a TSV line: its id is `text[..id_end]`, its name
    /// `text[name]` and its tail (the aliases column, then optionally a tab
    /// and the region id) `text[tail_start..]`.
    pub(super) fn from_line(
        text: Cow<'static, str>,
        id_end: usize,
        name: core::ops::Range<usize>,
        tail_start: usize,
        kind: EntryKind,
    ) -> Entry {
        Entry::from_strings(Strings::new(text, id_end, name, tail_start), kind)
    }

    fn from_strings(strings: Strings, kind: EntryKind) -> Entry {
        Entry {
            aliases_end: aliases_end(strings.tail()),
            strings,
            kind,
            tab_in_alias: false,
            region_required: false,
            country: [0; 2],
            population: 0,
            latitude: f32::NAN,
            longitude: f32::NAN,
        }
    }

    /// Sets the ISO 3166-1 alpha-2 country code: two upper-case ASCII
    /// letters, such as `"BA"`. Anything else, the empty string included,
    /// makes [`GazetteerBuilder::build`](crate::GazetteerBuilder::build)
    /// fail with an error naming the entry, as the TSV loader does (an
    /// entry with no country is one that never calls this).
    pub fn with_country_code(mut self, code: &str) -> Entry {
        self.country = match code.as_bytes() {
            &[a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => [a, b],
            _ => INVALID_COUNTRY,
        };
        self
    }

    /// Whether [`with_country_code`](Entry::with_country_code) was given
    /// something that is not a country code.
    pub(super) fn has_invalid_country(&self) -> bool {
        self.country == INVALID_COUNTRY
    }

    /// Sets the population (0 means unknown).
    pub fn with_population(mut self, population: u64) -> Entry {
        self.population = population;
        self
    }

    /// Sets the coordinates. They are stored with `f32` precision (about a
    /// metre).
    pub fn with_coordinates(mut self, coordinates: Coordinates) -> Entry {
        self.latitude = coordinates.latitude as f32;
        self.longitude = coordinates.longitude as f32;
        self
    }

    /// Adds an alias: another name the entity is found by ("BiH", "NATO").
    ///
    /// An alias must not contain `|` (the TSV alias separator): it would
    /// split into two aliases. An empty alias makes
    /// [`GazetteerBuilder::build`](crate::GazetteerBuilder::build) fail,
    /// wherever it comes.
    ///
    /// An alias must not contain a tab either (the TSV column separator):
    /// [`GazetteerBuilder::build`](crate::GazetteerBuilder::build) fails.
    pub fn with_alias(mut self, alias: &str) -> Entry {
        if alias.contains('\t') {
            self.tab_in_alias = true;
            return self;
        }
        let (aliases, region) = self.split_tail();
        // A first alias that is empty is stored as two empty ones, so that
        // the builder sees it (an empty list means no aliases).
        let bar = if !aliases.is_empty() || alias.is_empty() {
            "|"
        } else {
            ""
        };
        let tab = if region.is_some() { "\t" } else { "" };
        let tail = [aliases, bar, alias, tab, region.unwrap_or("")];
        let strings = self.with_tail(&tail);
        self.set_strings(strings);
        self
    }

    /// Sets the region: the id of the entry for the first-level region
    /// (state, province) this entry lies in, such as `admin:US-maine` for
    /// Portland, Maine. The empty string removes it.
    ///
    /// The region tells namesakes apart: "Portland, Maine" is the Portland
    /// whose region is named Maine. It must be the id of an entry of the
    /// same gazetteer:
    /// [`GazetteerBuilder::build`](crate::GazetteerBuilder::build) fails
    /// otherwise.
    ///
    /// # Example
    ///
    /// ```
    /// use dateline::{Entry, EntryKind};
    ///
    /// let town = Entry::new("town:lakeview-or", "Lakeview", EntryKind::City)
    ///     .with_country_code("US")
    ///     .with_region("admin:US-oregon");
    /// assert_eq!(town.region(), Some("admin:US-oregon"));
    /// ```
    pub fn with_region(mut self, region: &str) -> Entry {
        let (aliases, _) = self.split_tail();
        let tab = if region.is_empty() { "" } else { "\t" };
        let strings = self.with_tail(&[aliases, tab, region]);
        self.set_strings(strings);
        self
    }

    /// Makes the entry's names found only right before its region ("Reno,
    /// Nev.", "Toledo, Ohio"), never alone: for towns named like a person
    /// or a word, which alone are seldom the town. Such an entry must have
    /// a region ([`with_region`](Entry::with_region));
    /// [`GazetteerBuilder::build`](crate::GazetteerBuilder::build) fails
    /// otherwise. [`Gazetteer::find_iter`](crate::Gazetteer::find_iter)
    /// never reports it; [`Gazetteer::find_in_region`](crate::Gazetteer::find_in_region)
    /// finds it, and so does extraction before its region.
    ///
    /// # Example
    ///
    /// ```
    /// use dateline::{Entry, EntryKind};
    ///
    /// let town = Entry::new("town:hope-ar", "Hope", EntryKind::City)
    ///     .with_region("admin:US-arkansas")
    ///     .with_region_required(true);
    /// assert!(town.region_required());
    /// ```
    pub fn with_region_required(mut self, required: bool) -> Entry {
        self.region_required = required;
        self
    }

    /// Whether the entry is found only right before its region (see
    /// [`with_region_required`](Entry::with_region_required)).
    pub fn region_required(&self) -> bool {
        self.region_required
    }

    /// Whether [`with_alias`](Entry::with_alias) was given an alias with a
    /// tab.
    pub(super) fn has_tab_in_alias(&self) -> bool {
        self.tab_in_alias
    }

    /// Bytes of string data this entry owns (borrowed static data is free).
    pub(super) fn owned_len(&self) -> usize {
        self.strings.owned_len()
    }

    /// The stable id (such as `geonames:3191281`).
    pub fn id(&self) -> &str {
        self.strings.id()
    }

    /// The canonical name ("Bosnia and Herzegovina").
    pub fn name(&self) -> &str {
        self.strings.name()
    }

    /// What kind of entity this is.
    pub fn kind(&self) -> EntryKind {
        self.kind
    }

    /// The ISO 3166-1 alpha-2 code of the country the entity is in (or is).
    pub fn country_code(&self) -> Option<&str> {
        // Only ever set from two ASCII upper-case letters (or none, or
        // `INVALID_COUNTRY`): sliced from the table of all such codes, not
        // checked as UTF-8 again.
        match self.country {
            [a @ b'A'..=b'Z', b @ b'A'..=b'Z'] => {
                let at = 2 * (26 * usize::from(a - b'A') + usize::from(b - b'A'));
                TWO_CAPITALS.get(at..at + 2)
            }
            _ => None,
        }
    }

    /// The population, 0 when unknown.
    pub fn population(&self) -> u64 {
        self.population
    }

    /// Where the entity is, when known.
    pub fn coordinates(&self) -> Option<Coordinates> {
        if self.latitude.is_nan() || self.longitude.is_nan() {
            None
        } else {
            Some(Coordinates::new(
                f64::from(self.latitude),
                f64::from(self.longitude),
            ))
        }
    }

    /// The aliases, in the order given.
    pub fn aliases(&self) -> impl Iterator<Item = &str> + '_ {
        let raw = self.split_tail().0;
        raw.split('|').filter(move |_| !raw.is_empty())
    }

    /// The id of the first-level region (state, province) the entry lies
    /// in, when the gazetteer records it (see
    /// [`with_region`](Entry::with_region)). The embedded default records
    /// it for the cities of the United States, Canada, Australia and the
    /// United Kingdom (where the region is England, Scotland, Wales or
    /// Northern Ireland, entries of kind country), and for the German
    /// cities outside the city-states (Berlin, Hamburg, Bremen).
    pub fn region(&self) -> Option<&str> {
        self.split_tail().1
    }

    /// Every name: the canonical name first, then the aliases. The index of
    /// a name in this sequence is what [`Match::name_index`](crate::Match::name_index)
    /// reports.
    pub fn names(&self) -> impl Iterator<Item = &str> + '_ {
        core::iter::once(self.name()).chain(self.aliases())
    }

    /// The name at `index` in [`Entry::names`], if any.
    pub fn name_at(&self, index: usize) -> Option<&str> {
        self.names().nth(index)
    }
}

impl fmt::Debug for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Entry")
            .field("id", &self.id())
            .field("name", &self.name())
            .field("kind", &self.kind)
            .field("country_code", &self.country_code())
            .field("population", &self.population)
            .field("coordinates", &self.coordinates())
            .field("aliases", &self.aliases().collect::<Vec<_>>())
            .field("region", &self.region())
            .field("region_required", &self.region_required)
            .finish()
    }
}

impl Entry {
    /// The aliases column and the region id of the entry's tail, split at
    /// the recorded `aliases_end` (searched for only in a tail too long for
    /// it).
    fn split_tail(&self) -> (&str, Option<&str>) {
        let tail = self.tail();
        if self.aliases_end != LONG_TAIL {
            let end = usize::from(self.aliases_end);
            if let (Some(aliases), Some(rest)) = (tail.get(..end), tail.get(end..)) {
                return (aliases, rest.strip_prefix('\t'));
            }
        }
        match tail.split_once('\t') {
            Some((aliases, region)) => (aliases, Some(region)),
            None => (tail, None),
        }
    }

    /// The aliases column, then optionally a tab and the region id.
    fn tail(&self) -> &str {
        self.strings.tail()
    }

    /// This entry's id and name with another tail (aliases column, then
    /// optionally a tab and the region id), given in pieces that are
    /// copied once into the new text.
    fn with_tail(&self, tail: &[&str]) -> Strings {
        Strings::owned(self.strings.id(), self.strings.name(), tail)
    }

    /// Takes `strings` and records where its tail's aliases end.
    fn set_strings(&mut self, strings: Strings) {
        self.aliases_end = aliases_end(strings.tail());
        self.strings = strings;
    }
}

/// The `aliases_end` of an entry with this tail: the offset of its first
/// tab, or its length without one; [`LONG_TAIL`] when that does not fit.
fn aliases_end(tail: &str) -> u16 {
    let end = tail.bytes().position(|b| b == b'\t').unwrap_or(tail.len());
    u16::try_from(end).unwrap_or(LONG_TAIL)
}

/// What kind of entity an [`Entry`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[non_exhaustive]
pub enum EntryKind {
    /// A sovereign country or territory with an ISO code.
    Country,
    /// A first-level subdivision: state, province, region of a country.
    AdminRegion,
    /// A city or town.
    City,
    /// A continent.
    Continent,
    /// A world region no single country contains ("Western Balkans").
    Region,
    /// An organization ("NATO", "European Union").
    Organization,
    /// A demonym or adjective of a place ("Bosnian", "French").
    Demonym,
}

impl EntryKind {
    /// Every kind, in declaration order.
    pub const ALL: [EntryKind; 7] = [
        EntryKind::Country,
        EntryKind::AdminRegion,
        EntryKind::City,
        EntryKind::Continent,
        EntryKind::Region,
        EntryKind::Organization,
        EntryKind::Demonym,
    ];

    /// The lower-case name used in gazetteer TSV files (`country`,
    /// `admin_region`, `city`, `continent`, `region`, `organization`,
    /// `demonym`).
    pub fn as_str(&self) -> &'static str {
        match self {
            EntryKind::Country => "country",
            EntryKind::AdminRegion => "admin_region",
            EntryKind::City => "city",
            EntryKind::Continent => "continent",
            EntryKind::Region => "region",
            EntryKind::Organization => "organization",
            EntryKind::Demonym => "demonym",
        }
    }

    /// The kind named `s` in a TSV file, if any (see [`EntryKind::as_str`]).
    ///
    /// # Example
    ///
    /// ```
    /// use dateline::EntryKind;
    ///
    /// assert_eq!(EntryKind::from_name("admin_region"), Some(EntryKind::AdminRegion));
    /// assert_eq!(EntryKind::from_name("planet"), None);
    /// ```
    pub fn from_name(s: &str) -> Option<EntryKind> {
        EntryKind::ALL.into_iter().find(|k| k.as_str() == s)
    }

    /// Whether entries of this kind are places (everything but
    /// organizations and demonyms).
    pub fn is_place(&self) -> bool {
        !matches!(self, EntryKind::Organization | EntryKind::Demonym)
    }
}

impl fmt::Display for EntryKind {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

#[cfg(test)]
mod tests {
    use super::TWO_CAPITALS;

    #[test]
    fn two_capitals_holds_every_pair_in_order() {
        let mut at = 0;
        for a in 'A'..='Z' {
            for b in 'A'..='Z' {
                assert_eq!(TWO_CAPITALS.get(at..at + 2), Some(&*format!("{a}{b}")));
                at += 2;
            }
        }
        assert_eq!(TWO_CAPITALS.len(), at);
    }
}
