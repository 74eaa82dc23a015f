/*!
dateline turns a raw English news article into typed facts: the article's
date and dateline, the people in it with their titles, the places (resolved to
a gazetteer entry with kind, country and coordinates), the organizations, and
every quotation with its speaker.

It uses rules and an embedded gazetteer: no model downloads, no network, no
panics, and time linear in the length of the text.

# Overview

- [`extract`] reads an article with the embedded defaults and returns an
  [`Article`]: [`Date`], [`Dateline`], paragraphs, [`Person`]s,
  [`Location`]s, [`Organization`]s and [`Quote`]s.
- [`Extractor::builder`] configures the pipeline: your own [`Gazetteer`],
  an office-holder table ([`OfficeHolder`]), and stages to skip for speed
  ([`ExtractorBuilder::quotes`], [`ExtractorBuilder::organization_rules`]).
- The building blocks work on their own: [`Gazetteer`] (a whole-word,
  leftmost-longest, case- and diacritic-aware Aho-Corasick matcher) and
  [`QuoteExtractor`].
- Every position is a [`Span`] of UTF-8 byte offsets into the text you gave,
  always on `char` boundaries.
- A text longer than 1 MiB (an archive in one string) is read in windows
  of at most 1 MiB, so time and memory per byte stay flat; see
  [`Extractor::extract`] for what that means for coreference.

# Example: parse an article

```
# #[cfg(feature = "embedded-data")]
# {
let text = "date 2023-11-20 SARAJEVO – NATO Secretary-General Jonas Lindqvist \
            arrived in Bosnia and Herzegovina on Monday.\n\n\
            “We will stand by you,” Lindqvist said.";
let article = dateline::extract(text);

assert_eq!(article.date.map(|d| d.to_string()).as_deref(), Some("2023-11-20"));
let dateline = article.dateline.as_ref().unwrap();
assert_eq!(dateline.text, "SARAJEVO");
assert_eq!(dateline.location.as_deref(), Some("Sarajevo"));
assert_eq!(&text[dateline.span.range()], "SARAJEVO");
assert_eq!(article.paragraphs.len(), 2);

// One person, with both mentions and the title the article gives him.
let person = &article.people[0];
assert_eq!(person.name, "Jonas Lindqvist");
assert_eq!(person.mentions.len(), 2);
assert!(person.titles.iter().any(|t| t == "NATO Secretary-General"));

// Places resolved to the gazetteer, with their country.
let bih = article.locations.iter().find(|l| l.name == "Bosnia and Herzegovina").unwrap();
assert_eq!(bih.country_code.as_deref(), Some("BA"));

// The quote, its cue and its speaker.
let quote = &article.quotes[0];
assert_eq!(quote.text, "We will stand by you");
assert_eq!(quote.cue.as_ref().unwrap().text, "said");
assert_eq!(quote.speaker.as_ref().unwrap().person.as_deref(), Some("Jonas Lindqvist"));
# }
```

# Example: your own gazetteer entries

Entries come from code or from a TSV file (see [`GazetteerBuilder`] for the
format); the embedded world gazetteer is included unless you say otherwise.

```
# #[cfg(feature = "embedded-data")]
# {
use dateline::{Entry, EntryKind, Extractor, Gazetteer};

let gazetteer = Gazetteer::builder()
    .add(Entry::new("co:acme", "Acme Corporation", EntryKind::Organization).with_alias("Acme"))
    .add_tsv("companies.tsv", "co:globex\tGlobex\torganization\tUS\t\t\t\t\n")?
    .build()?;

let text = "Acme said on Tuesday it would buy Globex, whose shares rose in Paris.";
let names: Vec<&str> = gazetteer
    .find_iter(text)
    .map(|m| gazetteer.entry(m.entry()).name())
    .collect();
assert_eq!(names, ["Acme Corporation", "Globex", "Paris"]);

let article = Extractor::builder().gazetteer(gazetteer).build().extract(text);
assert!(article.organizations.iter().any(|o| o.name == "Acme Corporation"));
# }
# Ok::<(), Box<dyn std::error::Error>>(())
```

# Example: quotes only

```
use dateline::{QuoteExtractor, QuoteKind};

let text = "“Prices will fall next year,” the analyst said. \
            She added that the bank would wait.";
let quotes = QuoteExtractor::new().extract(text);

assert_eq!(quotes[0].kind, QuoteKind::Direct);
assert_eq!(quotes[0].text, "Prices will fall next year");
assert_eq!(quotes[0].speaker.as_ref().unwrap().mention.text, "the analyst");
assert_eq!(quotes[1].kind, QuoteKind::Indirect);
assert_eq!(quotes[1].cue.as_ref().unwrap().text, "added");
```

# Example: JSON

With the `serde` feature (on by default), an [`Article`] serializes to the
JSON contract the README documents.

```
# #[cfg(feature = "serde")]
# {
let article = dateline::extract("LONDON – Rain fell.");
let json = serde_json::to_value(&article)?;
assert_eq!(json["dateline"]["text"], "LONDON");
assert_eq!(json["dateline"]["start"], 0);
assert_eq!(json["paragraphs"][0]["end"], 21); // byte offsets: "–" is 3 bytes
# }
# Ok::<(), Box<dyn std::error::Error>>(())
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
mod window;

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
