//! The gazetteer: canonical entities with aliases, and the matcher that
//! finds them in text. (Interface stub: the gazetteer issue fills it in.)

use crate::error::Error;
use crate::span::Span;

/// A set of named entities and a fast whole-word matcher over their names.
#[derive(Debug, Default)]
pub struct Gazetteer {
    entries: Vec<Entry>,
}

/// Builds a [`Gazetteer`].
#[derive(Debug, Default)]
pub struct GazetteerBuilder {
    entries: Vec<Entry>,
}

/// One canonical entity.
#[derive(Clone, Debug, PartialEq)]
#[non_exhaustive]
pub struct Entry {
    /// Stable id.
    pub id: String,
    /// Canonical name.
    pub name: String,
}

/// The position of an entry in its gazetteer.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct EntryId(u32);

/// A match of an entry's name in a haystack.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Match {
    entry: EntryId,
    span: Span,
}

impl Match {
    /// The entry that matched.
    pub fn entry(&self) -> EntryId {
        self.entry
    }
    /// Where it matched.
    pub fn span(&self) -> Span {
        self.span
    }
}

/// Iterator over the matches of a gazetteer in a haystack.
#[derive(Debug)]
pub struct FindIter<'g, 'h> {
    _g: &'g Gazetteer,
    _h: &'h str,
}

impl Iterator for FindIter<'_, '_> {
    type Item = Match;
    fn next(&mut self) -> Option<Match> {
        None
    }
}

impl Gazetteer {
    /// Starts building a gazetteer.
    pub fn builder() -> GazetteerBuilder {
        GazetteerBuilder::default()
    }
    /// The embedded default gazetteer, built on first use.
    pub fn embedded() -> &'static Gazetteer {
        static G: once_cell::sync::Lazy<Gazetteer> = once_cell::sync::Lazy::new(Gazetteer::default);
        &G
    }
    /// Finds every entry name in `haystack`.
    pub fn find_iter<'g, 'h>(&'g self, haystack: &'h str) -> FindIter<'g, 'h> {
        FindIter {
            _g: self,
            _h: haystack,
        }
    }
    /// The entry with this id.
    pub fn entry(&self, id: EntryId) -> &Entry {
        &self.entries[id.0 as usize]
    }
}

impl GazetteerBuilder {
    /// Adds TSV entries.
    pub fn add_tsv(&mut self, source_name: &str, tsv: &str) -> Result<&mut Self, Error> {
        let _ = (source_name, tsv);
        Ok(self)
    }
    /// Builds.
    pub fn build(&self) -> Result<Gazetteer, Error> {
        Ok(Gazetteer {
            entries: self.entries.clone(),
        })
    }
}
