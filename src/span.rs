//! Byte spans into the article text, and mentions (a span with its text).

use core::ops::Range;

/// A half-open range of byte offsets `start..end` into an article's text.
///
/// Offsets are UTF-8 byte offsets and always lie on `char` boundaries of the
/// text they were produced from. `Span` is a small `Copy` value.
///
/// # Example
///
/// ```
/// use dateline::Span;
///
/// let text = "SARAJEVO – NATO";
/// let span = Span::new(0, 8);
/// assert_eq!(&text[span.range()], "SARAJEVO");
/// assert_eq!(span.len(), 8);
/// ```
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
pub struct Span {
    start: usize,
    end: usize,
}

impl Span {
    /// Creates a span from `start` to `end` (exclusive).
    ///
    /// # Panics
    ///
    /// Panics when `start > end`.
    #[inline]
    pub fn new(start: usize, end: usize) -> Span {
        assert!(start <= end, "invalid span: start {start} > end {end}");
        Span { start, end }
    }

    /// A span from offsets known to be in order (no check).
    #[inline]
    pub(crate) const fn ordered(start: usize, end: usize) -> Span {
        debug_assert!(start <= end);
        Span { start, end }
    }

    /// The byte offset where the span starts.
    #[inline]
    pub fn start(&self) -> usize {
        self.start
    }

    /// The byte offset just past the end of the span.
    #[inline]
    pub fn end(&self) -> usize {
        self.end
    }

    /// The span as a `Range<usize>`, ready to slice the text with.
    #[inline]
    pub fn range(&self) -> Range<usize> {
        self.start..self.end
    }

    /// The length of the span in bytes.
    #[inline]
    pub fn len(&self) -> usize {
        self.end - self.start
    }

    /// Whether the span is empty.
    #[inline]
    pub fn is_empty(&self) -> bool {
        self.start == self.end
    }

    /// Whether `other` lies entirely within this span.
    #[inline]
    pub fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    /// Whether the two spans share at least one byte.
    #[inline]
    pub fn overlaps(&self, other: Span) -> bool {
        self.start < other.end && other.start < self.end
    }

    /// The text this span covers in `text`, or `None` when the span does not
    /// lie within `text` on `char` boundaries.
    #[inline]
    pub fn get<'t>(&self, text: &'t str) -> Option<&'t str> {
        text.get(self.range())
    }
}

impl From<Range<usize>> for Span {
    /// # Panics
    ///
    /// Panics when `r.start > r.end`, like [`Span::new`].
    fn from(r: Range<usize>) -> Span {
        Span::new(r.start, r.end)
    }
}

/// A piece of the article: its span and the text it covers.
///
/// `text` always equals the slice of the article text that `span` names. In
/// JSON a mention is `{"start": .., "end": .., "text": ..}`.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Mention {
    /// Where the mention is.
    #[cfg_attr(feature = "serde", serde(flatten))]
    pub span: Span,
    /// The text of the mention, exactly as written.
    pub text: String,
}

impl Mention {
    /// Creates the mention of `span` in `text`.
    ///
    /// # Panics
    ///
    /// Panics when `span` does not lie within `text` on `char` boundaries.
    pub fn new(text: &str, span: Span) -> Mention {
        Mention {
            span,
            text: text[span.range()].to_string(),
        }
    }

    /// The byte offset where the mention starts.
    #[inline]
    pub fn start(&self) -> usize {
        self.span.start()
    }

    /// The byte offset just past the end of the mention.
    #[inline]
    pub fn end(&self) -> usize {
        self.span.end()
    }
}

/// `from` plus the [`slice::partition_point`] of `items[from..]` (the
/// length past the end): the first item at or after `from` for which
/// `before` is false, `before` being true of a prefix of the items.
///
/// For searches made in increasing order, each from the last one's
/// answer: the distance from `from` is galloped over (1, 2, 4, … items,
/// then a binary search of the last step), so that a search costs the
/// logarithm of the distance it goes, not that of the whole slice.
#[inline]
pub(crate) fn partition_from<T>(
    items: &[T],
    from: usize,
    mut before: impl FnMut(&T) -> bool,
) -> usize {
    let from = from.min(items.len());
    let rest = &items[from..];
    // (Every item before `rest[step / 2]` is before: each step doubled
    // past one.)
    let mut step = 1;
    while step <= rest.len() && before(&rest[step - 1]) {
        step *= 2;
    }
    let lo = step / 2;
    let hi = step.min(rest.len());
    from + lo + rest[lo..hi].partition_point(before)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn partition_from_is_the_partition_point_after_from() {
        let items: Vec<usize> = (0..70).map(|i| i * 3).collect();
        for from in 0..=items.len() + 1 {
            for x in 0..=215 {
                let start = from.min(items.len());
                let expected = start + items[start..].partition_point(|&v| v < x);
                assert_eq!(
                    partition_from(&items, from, |&v| v < x),
                    expected,
                    "{from} {x}"
                );
            }
        }
        assert_eq!(partition_from(&[] as &[usize], 0, |_| true), 0);
    }
}
