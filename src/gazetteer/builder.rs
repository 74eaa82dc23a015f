//! [`GazetteerBuilder`]: options, entries added in code, the TSV loader and
//! the build step that compiles every name into one anchored automaton.

use std::borrow::Cow;
use std::collections::HashMap;

use super::entry::{Entry, EntryKind};
use super::fold::{anchor, fold_into, CaseShape};
use super::prefilter::FirstWords;
use super::trie::Trie;
use super::{key_hash, Gazetteer, Inner, NameRef};
use crate::entity::Coordinates;
use crate::error::{Error, ErrorKind};
use crate::hash::{FxHashMap, ShapeFilter};
use crate::text::tab_or_newline;

/// The source name used in errors about entries added with
/// [`GazetteerBuilder::add`].
const CODE_SOURCE: &str = "<code>";

/// The source name used in errors about the embedded default.
#[cfg(feature = "embedded-data")]
const EMBEDDED_SOURCE: &str = "src/data/gazetteer.tsv";

/// The embedded default gazetteer, in the TSV format.
#[cfg(feature = "embedded-data")]
pub(super) static EMBEDDED_TSV: &str = include_str!("../data/gazetteer.tsv");

/// Builds a [`Gazetteer`]: choose options, add entries, then
/// [`build`](GazetteerBuilder::build).
///
/// Every option documents its default. Setters take and return
/// `&mut self`, so they chain:
///
/// ```
/// use dateline::{Entry, EntryKind, Gazetteer};
///
/// let gazetteer = Gazetteer::builder()
///     .include_embedded(false)
///     .fold_diacritics(true)
///     .add(Entry::new("acme", "Acme Corporation", EntryKind::Organization).with_alias("Acme"))
///     .build()?;
/// let found: Vec<&str> = gazetteer
///     .find_iter("Shares of Acme rose.")
///     .map(|m| gazetteer.entry(m.entry()).name())
///     .collect();
/// assert_eq!(found, ["Acme Corporation"]);
/// # Ok::<(), Box<dyn std::error::Error>>(())
/// ```
///
/// # The TSV format
///
/// [`add_tsv`](GazetteerBuilder::add_tsv) and
/// [`add_tsv_file`](GazetteerBuilder::add_tsv_file) read UTF-8 text with one
/// entry per line and eight to ten tab-separated columns (the last two are
/// optional):
///
/// ```text
/// id  name  kind  country_code  population  latitude  longitude  aliases  [region  [match]]
/// ```
///
/// - `id`: unique, non-empty (such as `geonames:3191281` or `acme`).
/// - `name`: the canonical name, non-empty.
/// - `kind`: `country`, `admin_region`, `city`, `continent`, `region`,
///   `organization` or `demonym` (see [`EntryKind`]).
/// - `country_code`: ISO 3166-1 alpha-2 in upper case (`BA`), or empty.
/// - `population`: a non-negative integer, or empty.
/// - `latitude`, `longitude`: decimal degrees, both or neither.
/// - `aliases`: other names, `|`-separated, or empty.
/// - `region` (optional column): the id of the entry for the state or
///   province the entry lies in (see [`Entry::with_region`]), or empty. It
///   must name an entry of the gazetteer being built.
/// - `match` (optional column): empty, or `with_region` for an entry found
///   only right before its region ("Reno, Nev."; see
///   [`Entry::with_region_required`]).
///
/// Lines starting with `#` are comments, blank lines are skipped, and a first
/// line starting with `id<TAB>name` is a header. Every name and alias must
/// start with a letter or a digit.
///
/// # Duplicates
///
/// Ids are unique: a second entry with an id already used (in any source) is
/// an error. Names are not: two entries may share a name ("Paris" in France
/// and in Texas) and then both are candidates for a match. A
/// [`Match`](crate::Match) reports the most populous one, and
/// [`Gazetteer::candidates`] lists them all so that a later stage can choose
/// by context.
#[derive(Clone, Debug)]
pub struct GazetteerBuilder {
    fold_diacritics: bool,
    include_embedded: bool,
    entries: Vec<Entry>,
    origins: Vec<Origin>,
    sources: Vec<String>,
}

/// Where an entry came from, for error messages.
#[derive(Clone, Copy, Debug)]
struct Origin {
    /// Index into `sources`, or `u32::MAX` for entries added in code.
    source: u32,
    line: u32,
    /// The 1-based column of the region field (1 when not from a TSV
    /// line).
    region_column: u32,
}

impl Default for GazetteerBuilder {
    fn default() -> GazetteerBuilder {
        GazetteerBuilder::new()
    }
}

impl GazetteerBuilder {
    /// A builder with the default options and no entries of its own.
    pub fn new() -> GazetteerBuilder {
        GazetteerBuilder {
            fold_diacritics: true,
            include_embedded: cfg!(feature = "embedded-data"),
            entries: Vec::new(),
            origins: Vec::new(),
            sources: Vec::new(),
        }
    }

    /// Whether to fold diacritics, so that a name and text that differ only
    /// in accents match ("Kucera" finds "Kučera", "Lodz" finds "Łódź").
    ///
    /// Case folding always applies; this adds accent folding of Latin
    /// letters (including "ß" → "ss", "Ł" → "l", "İ" → "i") and drops
    /// combining marks.
    ///
    /// Default: `true`.
    pub fn fold_diacritics(&mut self, yes: bool) -> &mut GazetteerBuilder {
        self.fold_diacritics = yes;
        self
    }

    /// Whether to start from the embedded default entries (countries,
    /// cities, regions, organizations, demonyms).
    ///
    /// Default: `true` when the `embedded-data` feature is enabled (it is by
    /// default). Without the feature there is nothing to include and this
    /// option has no effect.
    pub fn include_embedded(&mut self, yes: bool) -> &mut GazetteerBuilder {
        self.include_embedded = yes;
        self
    }

    /// Adds one entry. It is checked by [`build`](GazetteerBuilder::build),
    /// which reports problems with the source name `<code>` and line 0.
    pub fn add(&mut self, entry: Entry) -> &mut GazetteerBuilder {
        self.entries.push(entry);
        self.origins.push(Origin {
            source: u32::MAX,
            line: 0,
            region_column: 1,
        });
        self
    }

    /// Adds every entry of a TSV text (see [the format](GazetteerBuilder#the-tsv-format)).
    /// `source_name` names the text in error messages.
    ///
    /// # Errors
    ///
    /// Returns [`ErrorKind::Gazetteer`] naming `source_name`, the 1-based
    /// line and column of the first malformed line: a wrong number of
    /// columns, an empty id or name, an unknown kind, an invalid country
    /// code, a bad number or coordinate, an empty alias, or a name that does
    /// not start with a letter or digit. On error no entry of `tsv` is
    /// added.
    ///
    /// # Example
    ///
    /// ```
    /// use dateline::{ErrorKind, Gazetteer};
    ///
    /// let mut builder = Gazetteer::builder();
    /// builder.include_embedded(false);
    /// builder.add_tsv("companies", "acme\tAcme Corporation\torganization\tUS\t\t\t\tAcme\n")?;
    /// let err = builder.add_tsv("bad", "x\tX\tplanet\t\t\t\t\t\n").unwrap_err();
    /// assert!(matches!(err.kind(), ErrorKind::Gazetteer { line: 1, column: 5, .. }));
    /// assert_eq!(err.to_string(), "bad:1:5: unknown kind `planet` (expected one of \
    ///     country, admin_region, city, continent, region, organization, demonym)");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    pub fn add_tsv(
        &mut self,
        source_name: &str,
        tsv: &str,
    ) -> Result<&mut GazetteerBuilder, Error> {
        let source = self.sources.len() as u32;
        let mut entries = Vec::new();
        let mut lines = Vec::new();
        parse_tsv(
            source_name,
            tsv,
            |s| Cow::Owned(s.to_string()),
            |entry, line, region_column| {
                entries.push(entry);
                lines.push((line, region_column));
            },
        )?;
        self.sources.push(source_name.to_string());
        self.origins
            .extend(lines.into_iter().map(|(line, region_column)| Origin {
                source,
                line,
                region_column,
            }));
        self.entries.extend(entries);
        Ok(self)
    }

    /// Reads a TSV file (see [the format](GazetteerBuilder#the-tsv-format))
    /// and adds its entries. Errors name the file by `path`.
    ///
    /// # Errors
    ///
    /// Returns [`ErrorKind::Io`] when the file cannot be read,
    /// [`ErrorKind::Gazetteer`] with the line and column of the first byte
    /// that is not UTF-8, and otherwise the errors of
    /// [`add_tsv`](GazetteerBuilder::add_tsv).
    pub fn add_tsv_file(
        &mut self,
        path: impl AsRef<std::path::Path>,
    ) -> Result<&mut GazetteerBuilder, Error> {
        let path = path.as_ref();
        let name = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|e| {
            Error::new(ErrorKind::Io {
                path: name.clone(),
                message: e.to_string().to_lowercase(),
            })
        })?;
        let text = match std::str::from_utf8(&bytes) {
            Ok(text) => text,
            Err(e) => {
                let valid = &bytes[..e.valid_up_to()];
                let line_start = valid.iter().rposition(|&b| b == b'\n').map_or(0, |p| p + 1);
                let line = valid.iter().filter(|&&b| b == b'\n').count() + 1;
                // The prefix is valid UTF-8 by construction.
                let column =
                    std::str::from_utf8(&valid[line_start..]).map_or(0, |s| s.chars().count()) + 1;
                return Err(Error::gazetteer(&name, line, column, "invalid UTF-8"));
            }
        };
        self.add_tsv(&name, text)
    }

    /// Builds the gazetteer: the embedded entries first (when included), then
    /// the added ones in the order added.
    ///
    /// # Errors
    ///
    /// Returns [`ErrorKind::Gazetteer`] when two entries share an id, when a
    /// region is not the id of an entry (see [`Entry::with_region`]), when an
    /// entry added with [`add`](GazetteerBuilder::add) has an empty id, name
    /// or alias, an alias with a tab, a name that does not start with a
    /// letter or digit, or a country code that is not two upper-case ASCII
    /// letters (see [`Entry::with_country_code`]), and
    /// (source `<build>`) when the names need more than 2^24 trie nodes.
    pub fn build(&self) -> Result<Gazetteer, Error> {
        let mut entries: Vec<Entry> = Vec::new();
        let mut origins: Vec<Origin> = Vec::new();
        #[cfg_attr(not(feature = "embedded-data"), allow(unused_mut))]
        let mut sources: Vec<&str> = self.sources.iter().map(String::as_str).collect();
        #[cfg(feature = "embedded-data")]
        if self.include_embedded {
            let source = sources.len() as u32;
            sources.push(EMBEDDED_SOURCE);
            parse_tsv(
                EMBEDDED_SOURCE,
                EMBEDDED_TSV,
                Cow::Borrowed,
                |entry, line, region_column| {
                    entries.push(entry);
                    origins.push(Origin {
                        source,
                        line,
                        region_column,
                    });
                },
            )?;
        }
        entries.reserve(self.entries.len());
        entries.extend(self.entries.iter().cloned());
        origins.extend(self.origins.iter().copied());
        let source_of = |o: &Origin| -> &str {
            sources
                .get(o.source as usize)
                .copied()
                .unwrap_or(CODE_SOURCE)
        };

        for (entry, origin) in entries.iter().zip(&origins) {
            if origin.source == u32::MAX {
                check_code_entry(entry)?;
            }
        }

        // Ids: unique, and sorted for `Gazetteer::get`.
        let mut by_id: Vec<u32> = (0..entries.len() as u32).collect();
        by_id.sort_unstable_by(|&a, &b| {
            entries[a as usize]
                .id()
                .cmp(entries[b as usize].id())
                .then(a.cmp(&b))
        });
        for pair in by_id.windows(2) {
            let (first, second) = (pair[0] as usize, pair[1] as usize);
            if entries[first].id() == entries[second].id() {
                let (o1, o2) = (&origins[first], &origins[second]);
                return Err(Error::gazetteer(
                    source_of(o2),
                    o2.line as usize,
                    1,
                    format!(
                        "duplicate id `{}` (first defined at {}:{})",
                        entries[second].id(),
                        source_of(o1),
                        o1.line
                    ),
                ));
            }
        }
        // Regions name entries.
        // Entries found only before their region, by (region, entry).
        let mut regions: Vec<u32> = Vec::new();
        let mut needing_region: Vec<(u32, u64, u32)> = Vec::new();
        let mut needing_shapes = ShapeFilter::new();
        let mut folded = String::new();
        for (index, (entry, origin)) in entries.iter().zip(&origins).enumerate() {
            let Some(region) = entry.region() else {
                if entry.region_required() {
                    return Err(Error::gazetteer(
                        source_of(origin),
                        origin.line as usize,
                        1,
                        format!(
                            "entry `{}` is found only before its region but has none",
                            entry.id()
                        ),
                    ));
                }
                continue;
            };
            let found = by_id.binary_search_by(|&i| entries[i as usize].id().cmp(region));
            if let Ok(pos) = found {
                regions.push(by_id[pos]);
                if entry.region_required() {
                    for name in entry.names() {
                        folded.clear();
                        fold_into(&mut folded, name, self.fold_diacritics);
                        needing_region.push((by_id[pos], key_hash(&folded), index as u32));
                        needing_shapes.insert(&folded);
                    }
                }
            } else {
                return Err(Error::gazetteer(
                    source_of(origin),
                    origin.line as usize,
                    origin.region_column as usize,
                    format!(
                        "unknown region `{region}` in entry `{}` (no entry has that id)",
                        entry.id()
                    ),
                ));
            }
        }

        // Names: one trie pattern per distinct folded key, each with the
        // list of (entry, name) pairs found under it, most populous first
        // (ties keep the order entries were added).
        //
        // A name whose first word is not capitalised ("al-Qaeda", "the
        // Balkans") is also filed under the key of its first capitalised word
        // on ("qaeda", "balkans"), with the folded words before it as a
        // prefix the matcher checks backwards: the scanner only stops at
        // capitals.
        let mut arena = String::new();
        let mut items: Vec<(u32, u32, NameRef)> = Vec::new();
        let mut prefixes: Vec<(u32, u32)> = vec![(0, 0)];
        let mut prefix_bytes: Vec<u8> = Vec::new();
        let mut prefix_ids: HashMap<Vec<u8>, u16> = HashMap::new();
        let mut remainder = String::new();
        // The distinct shapes of the names, and their indexes.
        let mut shapes: Vec<CaseShape> = Vec::new();
        let mut shape_ids: FxHashMap<CaseShape, u32> = FxHashMap::default();
        let mut kind_shapes: Vec<ShapeFilter> =
            EntryKind::ALL.iter().map(|_| ShapeFilter::new()).collect();
        for (index, entry) in entries.iter().enumerate() {
            if entry.region_required() {
                continue;
            }
            for (name_index, name) in entry.names().enumerate() {
                let start = arena.len();
                fold_into(&mut arena, name, self.fold_diacritics);
                let end = arena.len();
                if end == start {
                    continue;
                }
                // (Only the kinds `Gazetteer::may_name` filters: see
                // `shape_filtered`.)
                let asked = super::shape_filtered(entry.kind());
                if let Some(filter) = kind_shapes.get_mut(entry.kind() as usize).filter(|_| asked) {
                    filter.insert(&arena[start..end]);
                }
                let shape = CaseShape::of_name(name);
                let name_ref = NameRef {
                    entry: index as u32,
                    name_index: name_index.min(usize::from(u16::MAX)) as u16,
                    prefix: 0,
                    // (Fewer shapes than names: the index fits.)
                    shape: *shape_ids.entry(shape).or_insert_with(|| {
                        shapes.push(shape);
                        shapes.len() as u32 - 1
                    }),
                };
                items.push((start as u32, end as u32, name_ref));
                let Some(offset) = anchor(name).filter(|&o| o > 0) else {
                    continue;
                };
                remainder.clear();
                fold_into(&mut remainder, &name[offset..], self.fold_diacritics);
                let key = &arena.as_bytes()[start..end];
                if remainder.is_empty() || !key.ends_with(remainder.as_bytes()) {
                    continue;
                }
                let split = end - remainder.len();
                let prefix = &key[..split - start];
                let id = match prefix_ids.get(prefix) {
                    Some(&id) => id,
                    None if prefixes.len() <= usize::from(u16::MAX) => {
                        let id = prefixes.len() as u16;
                        let a = prefix_bytes.len() as u32;
                        prefix_bytes.extend_from_slice(prefix);
                        prefixes.push((a, prefix_bytes.len() as u32));
                        prefix_ids.insert(prefix.to_vec(), id);
                        id
                    }
                    None => continue,
                };
                items.push((
                    split as u32,
                    end as u32,
                    NameRef {
                        prefix: id,
                        ..name_ref
                    },
                ));
            }
        }
        let arena = arena.as_bytes();
        let key_of = |&(s, e, _): &(u32, u32, NameRef)| &arena[s as usize..e as usize];
        // The first eight key bytes, big-endian: most comparisons end there.
        let head = |item: &(u32, u32, NameRef)| {
            let mut b = [0u8; 8];
            let key = key_of(item);
            let n = key.len().min(8);
            b[..n].copy_from_slice(&key[..n]);
            u64::from_be_bytes(b)
        };
        let mut items: Vec<(u64, (u32, u32, NameRef))> =
            items.into_iter().map(|item| (head(&item), item)).collect();
        items.sort_unstable_by(|(ha, a), (hb, b)| {
            ha.cmp(hb)
                .then_with(|| key_of(a).cmp(key_of(b)))
                .then_with(|| {
                    let (ea, eb) = (&entries[a.2.entry as usize], &entries[b.2.entry as usize]);
                    eb.population()
                        .cmp(&ea.population())
                        .then(a.2.entry.cmp(&b.2.entry))
                })
        });

        let mut keys: Vec<&[u8]> = Vec::new();
        let mut pattern_names: Vec<u32> = Vec::new();
        let mut names: Vec<NameRef> = Vec::with_capacity(items.len());
        for (_, item) in &items {
            let key = key_of(item);
            let name = item.2;
            if keys.last() != Some(&key) {
                keys.push(key);
                pattern_names.push(names.len() as u32);
            }
            let group = &names[*pattern_names.last().unwrap_or(&0) as usize..];
            if !group
                .iter()
                .any(|n| n.entry == name.entry && n.shape == name.shape && n.prefix == name.prefix)
            {
                names.push(name);
            }
        }
        pattern_names.push(names.len() as u32);
        let trie = Trie::new(&keys).ok_or_else(|| {
            Error::gazetteer(
                "<build>",
                0,
                1,
                "too many names: the matcher holds at most 16,777,215 trie nodes",
            )
        })?;
        let first_words = FirstWords::new(&keys, &trie);
        drop(items);

        Ok(Gazetteer::from_inner(Inner {
            entries: entries.into_boxed_slice(),
            by_id: by_id.into_boxed_slice(),
            trie,
            pattern_names: pattern_names.into_boxed_slice(),
            names: names.into_boxed_slice(),
            shapes: shapes.into_boxed_slice(),
            first_words,
            prefixes: prefixes.into_boxed_slice(),
            prefix_bytes: prefix_bytes.into_boxed_slice(),
            regions: {
                regions.sort_unstable();
                regions.dedup();
                regions.into_boxed_slice()
            },
            needing_hashes: {
                let mut hashes: Vec<u64> = needing_region.iter().map(|&(_, h, _)| h).collect();
                hashes.sort_unstable();
                hashes.dedup();
                hashes.into_boxed_slice()
            },
            needing_shapes,
            kind_shapes: kind_shapes.into_boxed_slice(),
            needing_region: {
                needing_region.sort_unstable();
                needing_region.dedup();
                needing_region.into_boxed_slice()
            },
            fold_diacritics: self.fold_diacritics,
        }))
    }
}

/// Whether a name may be matched: it must start with a letter or digit
/// (not a mark, which belongs to a character before it).
fn starts_with_word_char(name: &str) -> bool {
    name.chars().next().is_some_and(char::is_alphanumeric)
}

/// Checks an entry added in code (TSV lines are checked as they are read).
fn check_code_entry(entry: &Entry) -> Result<(), Error> {
    let fail = |message: String| Err(Error::gazetteer(CODE_SOURCE, 0, 1, message));
    if entry.id().is_empty() {
        return fail(format!("empty id (entry named `{}`)", entry.name()));
    }
    if entry.has_invalid_country() {
        return fail(format!(
            "invalid country code in entry `{}` (expected two upper-case letters, such as `FR`)",
            entry.id()
        ));
    }
    if entry.has_tab_in_alias() {
        return fail(format!("an alias of entry `{}` holds a tab", entry.id()));
    }
    for (i, name) in entry.names().enumerate() {
        if name.is_empty() {
            let what = if i == 0 { "name" } else { "alias" };
            return fail(format!("empty {what} in entry `{}`", entry.id()));
        }
        if !starts_with_word_char(name) {
            return fail(format!(
                "name `{name}` of entry `{}` must start with a letter or digit",
                entry.id()
            ));
        }
    }
    Ok(())
}

/// Reads TSV `text`, calling `emit(entry, line, region column)` for every
/// entry.
fn parse_tsv<'t>(
    source_name: &str,
    text: &'t str,
    own: impl Fn(&'t str) -> Cow<'static, str>,
    mut emit: impl FnMut(Entry, u32, u32),
) -> Result<(), Error> {
    let mut seen_data = false;
    let bytes = text.as_bytes();
    let mut at = 0;
    let mut line_no = 0;
    // (The lines of `text.split('\n')`, the last one after the last line
    // feed, each with its fields found in the same pass.)
    while at <= bytes.len() {
        line_no += 1;
        let start = at;
        // The fields' byte ranges in the line: the first ten, and how many.
        let mut ranges = [(0, 0); 10];
        let mut count = 0;
        let end = loop {
            let stop = tab_or_newline(bytes, at);
            if let Some(range) = ranges.get_mut(count) {
                *range = (at - start, stop - start);
            }
            count += 1;
            at = stop + 1;
            if bytes.get(stop) != Some(&b'\t') {
                break stop;
            }
        };
        // (Tabs and line feeds are ASCII: every cut is a char boundary.)
        let raw_line = &text[start..end];
        let line = raw_line.strip_suffix('\r').unwrap_or(raw_line);
        if line.trim().is_empty() || line.starts_with('#') {
            continue;
        }
        if !seen_data && line.starts_with("id\tname") {
            seen_data = true;
            continue;
        }
        seen_data = true;
        let column = |offset: usize| line.get(..offset).map_or(0, |s| s.chars().count()) + 1;
        let fields = ranges.map(|(from, to)| {
            // (The last field ends before a carriage return.)
            let to = to.min(line.len());
            (from.min(to), &line[from.min(to)..to])
        });
        let (entry, region_offset) =
            parse_line(line, fields, count, &own).map_err(|(offset, message)| {
                Error::gazetteer(source_name, line_no, column(offset), message)
            })?;
        // (Counted only where there is a region: it names an error.)
        let region_column = if entry.region().is_some() {
            column(region_offset) as u32
        } else {
            1
        };
        emit(entry, line_no as u32, region_column);
    }
    Ok(())
}

/// Parses one data line, given its first ten fields (each with its byte
/// offset in the line) and how many it has, returning the entry and the
/// byte offset of its region field. Errors carry the byte offset of the
/// bad field.
fn parse_line<'t>(
    line: &'t str,
    fields: [(usize, &'t str); 10],
    count: usize,
    own: &impl Fn(&'t str) -> Cow<'static, str>,
) -> Result<(Entry, usize), (usize, String)> {
    if !(8..=10).contains(&count) {
        return Err((
            0,
            format!("expected 8 to 10 tab-separated columns, found {count}"),
        ));
    }
    let [id, name, kind, country, population, latitude, longitude, aliases, region, rule] = fields;
    let region_required = match rule.1 {
        "" => false,
        "with_region" if region.1.is_empty() => {
            return Err((rule.0, "`with_region` needs a region".to_string()))
        }
        "with_region" => true,
        other => {
            return Err((
                rule.0,
                format!("unknown match rule `{other}` (expected `with_region` or nothing)"),
            ))
        }
    };
    if id.1.is_empty() {
        return Err((id.0, "empty id".to_string()));
    }
    if name.1.is_empty() {
        return Err((name.0, "empty name".to_string()));
    }
    if !starts_with_word_char(name.1) {
        return Err((
            name.0,
            format!("name `{}` must start with a letter or digit", name.1),
        ));
    }
    let kind_value = EntryKind::from_name(kind.1).ok_or_else(|| {
        let expected: Vec<&str> = EntryKind::ALL.iter().map(EntryKind::as_str).collect();
        (
            kind.0,
            format!(
                "unknown kind `{}` (expected one of {})",
                kind.1,
                expected.join(", ")
            ),
        )
    })?;
    // The aliases and the region, as one slice when there is a region.
    let tail = if region.1.is_empty() {
        aliases.1
    } else {
        &line[aliases.0..region.0 + region.1.len()]
    };
    let tail_end = aliases.0 + tail.len();
    let mut entry = Entry::from_line(
        own(&line[..tail_end]),
        id.1.len(),
        name.0..name.0 + name.1.len(),
        aliases.0,
        kind_value,
    )
    .with_region_required(region_required);
    match country.1.as_bytes() {
        [] => {}
        [a, b] if a.is_ascii_uppercase() && b.is_ascii_uppercase() => {
            entry = entry.with_country_code(country.1);
        }
        _ => {
            return Err((
                country.0,
                format!(
                    "invalid country code `{}` (expected two upper-case letters)",
                    country.1
                ),
            ))
        }
    }
    if !population.1.is_empty() {
        let n: u64 = population.1.parse().map_err(|_| {
            (
                population.0,
                format!("bad population `{}` (expected an integer)", population.1),
            )
        })?;
        entry = entry.with_population(n);
    }
    match (latitude.1.is_empty(), longitude.1.is_empty()) {
        (true, true) => {}
        (false, false) => {
            let lat = parse_degrees(latitude, 90.0, "latitude")?;
            let lon = parse_degrees(longitude, 180.0, "longitude")?;
            entry = entry.with_coordinates(Coordinates::new(lat, lon));
        }
        (true, false) => return Err((latitude.0, "longitude without latitude".to_string())),
        (false, true) => return Err((longitude.0, "latitude without longitude".to_string())),
    }
    if !aliases.1.is_empty() {
        let mut at = aliases.0;
        for alias in aliases.1.split('|') {
            if alias.is_empty() {
                return Err((at, "empty alias".to_string()));
            }
            if !starts_with_word_char(alias) {
                return Err((
                    at,
                    format!("alias `{alias}` must start with a letter or digit"),
                ));
            }
            at += alias.len() + 1;
        }
    }
    Ok((entry, region.0))
}

fn parse_degrees(
    (offset, s): (usize, &str),
    limit: f64,
    what: &str,
) -> Result<f64, (usize, String)> {
    match s.parse::<f64>() {
        Ok(v) if v.is_finite() && (-limit..=limit).contains(&v) => Ok(v),
        _ => Err((
            offset,
            format!("bad {what} `{s}` (expected decimal degrees within ±{limit})"),
        )),
    }
}
