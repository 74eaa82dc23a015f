/*!
dateline turns a raw English news article into typed facts: the article's
date and dateline, the people in it with their titles, the places (resolved to
a gazetteer entry with kind, country and coordinates), the organizations, and
every quotation with its speaker.

It uses rules and an embedded gazetteer: no model downloads, no network, no
panics, and hundreds of megabytes per second.

# Overview

- [`extract`] reads an article with the embedded defaults and returns an
  [`Article`]: [`Date`], [`Dateline`], paragraphs, [`Person`]s,
  [`Location`]s, [`Organization`]s and [`Quote`]s.
- [`Extractor::builder`] configures the pipeline: your own [`Gazetteer`],
  an office-holder table ([`OfficeHolder`]).
- The building blocks work on their own: [`Gazetteer`] (a whole-word,
  leftmost-longest, case- and diacritic-aware Aho-Corasick matcher) and
  [`QuoteExtractor`].
- Every position is a [`Span`] of UTF-8 byte offsets into the text you gave,
  always on `char` boundaries.

# Example: parse an article

```
let text = "date 2023-11-20 SARAJEVO – The talks went on late into the night.\n\n\
            A second paragraph.";
let article = dateline::extract(text);

assert_eq!(article.date.map(|d| d.to_string()).as_deref(), Some("2023-11-20"));
let dateline = article.dateline.as_ref().unwrap();
assert_eq!(dateline.text, "SARAJEVO");
assert_eq!(&text[dateline.span.range()], "SARAJEVO");
assert_eq!(article.paragraphs.len(), 2);
```

# Example: bytes that may not be UTF-8

```
use dateline::ErrorKind;

let err = dateline::extract_bytes(b"caf\xE9").unwrap_err();
assert_eq!(err.kind(), &ErrorKind::InvalidUtf8 { offset: 3 });
```

# Crate features

- `serde` (default): derives `serde::Serialize` for every result type, in
  the JSON shape the README documents.
- `embedded-data` (default): embeds the generated world gazetteer (GeoNames,
  CC BY 4.0) and name lists. Without it the default gazetteer is empty and
  you bring your own entries.
*/

#![deny(missing_docs)]
#![deny(rustdoc::broken_intra_doc_links)]
#![warn(missing_debug_implementations)]

mod article;
mod entity;
mod error;
mod extractor;
mod gazetteer;
mod hash;
mod quote;
mod span;
mod text;

pub use crate::article::{Article, Date, Dateline};
pub use crate::entity::office::OfficeHolder;
pub use crate::entity::{Coordinates, Gender, Location, LocationKind, Organization, Person};
pub use crate::error::{Error, ErrorKind};
pub use crate::extractor::{extract, extract_bytes, Extractor, ExtractorBuilder};
pub use crate::gazetteer::{
    Candidates, Entry, EntryId, EntryKind, FindIter, Gazetteer, GazetteerBuilder, Match,
};
pub use crate::quote::{Quote, QuoteExtractor, QuoteKind, Speaker};
pub use crate::span::{Mention, Span};

#[cfg(test)]
mod tests;

/// The README's examples, compiled and run as doctests.
#[cfg(doctest)]
#[doc = include_str!("../README.md")]
pub struct ReadmeDoctests;
