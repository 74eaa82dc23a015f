//! The [`Article`] result type and the article's structure: header lines,
//! headline, byline, dateline and paragraphs.

use crate::entity::{Location, Organization, Person};
use crate::quote::Quote;
use crate::span::{Mention, Span};

pub(crate) mod date;
mod structure;

pub use date::Date;
pub(crate) use structure::{cut_sentences, Structure};

/// Everything dateline extracts from one news article.
///
/// Produced by [`extract`](crate::extract) and
/// [`Extractor::extract`](crate::Extractor::extract). Every span is a byte
/// offset range into [`Article::text`].
///
/// With the `serde` feature, an `Article` serializes to the JSON contract
/// documented in the README (the text itself is not serialized).
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Article {
    /// The article text exactly as given.
    #[cfg_attr(feature = "serde", serde(skip))]
    pub text: String,
    /// The article's date, from a header line (`date 2023-11-20`,
    /// `Date: November 20, 2023`) or the dateline (`LONDON, Nov 20 2023 -`).
    pub date: Option<Date>,
    /// The headline: a `Title:` header, or a short first line standing alone
    /// above the body.
    pub headline: Option<Mention>,
    /// The byline (`By Jane Doe`), when there is one.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub byline: Option<Mention>,
    /// The dateline that opens the body (`SARAJEVO –`).
    pub dateline: Option<Dateline>,
    /// The body paragraphs, trimmed of surrounding whitespace, in order.
    pub paragraphs: Vec<Span>,
    /// The people the article names, in order of first mention.
    pub people: Vec<Person>,
    /// The places the article mentions, in order of first mention.
    pub locations: Vec<Location>,
    /// The organizations the article mentions, in order of first mention.
    pub organizations: Vec<Organization>,
    /// Every quotation, in text order.
    pub quotes: Vec<Quote>,
}

impl Article {
    /// The text of a span of this article.
    ///
    /// Returns `""` when the span does not lie within the text on `char`
    /// boundaries (which never happens for spans dateline produced).
    pub fn slice(&self, span: Span) -> &str {
        span.get(&self.text).unwrap_or("")
    }
}

/// The dateline that opens an article's body: `SARAJEVO –`,
/// `SAN JOSE, Calif. —`, `WASHINGTON (Reuters) -`, `LONDON, Nov 20 (AP) –`.
///
/// In JSON: `{"text", "start", "end", "location", ...}`.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Dateline {
    /// The place as written, with any region after a comma
    /// (`SAN JOSE, Calif.`), without agency, date or dash.
    pub text: String,
    /// Where the place text is.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub span: Span,
    /// The canonical name of the gazetteer place the dateline resolves to.
    pub location: Option<String>,
    /// The country code of that place.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub country_code: Option<String>,
    /// A news agency named in the dateline (`Reuters`, `AP`).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub agency: Option<String>,
    /// A date given in the dateline.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub date: Option<Date>,
}
