//! Header lines, headline, byline, dateline and paragraphs.

use super::{Date, Dateline};
use crate::span::{Mention, Span};

/// The structure of an article, before entities and quotes.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Structure {
    pub date: Option<Date>,
    pub headline: Option<Mention>,
    pub byline: Option<Mention>,
    pub dateline: Option<Dateline>,
    pub paragraphs: Vec<Span>,
}

impl Structure {
    pub(crate) fn parse(text: &str) -> Structure {
        let _ = text;
        Structure::default()
    }
}
