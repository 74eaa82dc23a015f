//! Quotations: the [`Quote`] result type and the [`QuoteExtractor`].

use crate::entity::Person;
use crate::extractor::Context;
use crate::span::{Mention, Span};
use crate::text;

mod attribution;
mod cues;
mod marks;
mod resolve;

/// A quotation and who said it.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Quote {
    /// Direct, mixed or indirect speech.
    pub kind: QuoteKind,
    /// The content. For a direct quote: the words inside the quotation
    /// marks, without the marks.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub span: Span,
    /// The text of the content, exactly as written.
    pub text: String,
    /// The speech verb or phrase that attributes the quote ("said",
    /// "according to"), when there is one.
    pub cue: Option<Mention>,
    /// Who said it, when the article tells.
    pub speaker: Option<Speaker>,
}

/// What kind of speech a [`Quote`] reports.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum QuoteKind {
    /// The speaker's own words in quotation marks.
    Direct,
    /// Reported speech with a quoted fragment inside it.
    Mixed,
    /// Reported speech without quotation marks ("X said that ...").
    Indirect,
}

/// The speaker of a [`Quote`]: the mention as written, and the person it
/// resolves to.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Speaker {
    /// The mention as written: a name, a pronoun ("He"), a role phrase
    /// ("the NATO Secretary-General"), or a source ("a source").
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub mention: Mention,
    /// The canonical name of the [`Person`](crate::Person) the mention
    /// resolves to, when it resolves to one.
    pub person: Option<String>,
}

/// Finds quotations in text and attributes them to speakers.
///
/// Usable on its own, without the rest of the pipeline.
#[derive(Clone, Debug, Default)]
pub struct QuoteExtractor {
    _priv: (),
}

impl QuoteExtractor {
    /// Creates a quote extractor with the built-in speech cues.
    pub fn new() -> QuoteExtractor {
        QuoteExtractor { _priv: () }
    }

    /// Extracts every quotation in `text`, in text order.
    pub fn extract(&self, text: &str) -> Vec<Quote> {
        let tokens = text::tokenize(text);
        let sentences = text::sentences(text, &tokens);
        let found = attribution::find(text, &tokens, &sentences);
        build(text, &found, &[], &[])
    }

    /// Extracts the quotes of an article in the pipeline, resolving speakers
    /// to the article's people.
    ///
    /// May add to `people[i].titles` a role phrase that it resolves to that
    /// person as a speaker ("the NATO Secretary-General").
    pub(crate) fn extract_in(&self, cx: &Context<'_>, people: &mut [Person]) -> Vec<Quote> {
        let found = attribution::find(cx.text, cx.tokens, cx.sentences);
        let persons = resolve::resolve(cx.text, &found, people);
        build(cx.text, &found, &persons, people)
    }
}

/// Turns found quotations into [`Quote`]s, naming resolved speakers.
fn build(
    text: &str,
    found: &[attribution::Found],
    persons: &[Option<usize>],
    people: &[Person],
) -> Vec<Quote> {
    let mention = |a: usize, b: usize| {
        text.get(a..b).map(|t| Mention {
            span: Span::new(a, b),
            text: t.to_string(),
        })
    };
    found
        .iter()
        .enumerate()
        .filter_map(|(i, f)| {
            let content = text.get(f.start..f.end)?;
            let speaker = f
                .speaker
                .and_then(|s| mention(s.start, s.end))
                .map(|m| Speaker {
                    mention: m,
                    person: persons
                        .get(i)
                        .copied()
                        .flatten()
                        .and_then(|p| people.get(p))
                        .map(|p| p.name.clone()),
                });
            Some(Quote {
                kind: f.kind,
                span: Span::new(f.start, f.end),
                text: content.to_string(),
                cue: f.cue.and_then(|(a, b)| mention(a, b)),
                speaker,
            })
        })
        .collect()
}
