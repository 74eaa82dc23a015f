//! Long texts in bounded windows: where to cut them, and how the entities
//! and quotes found in each window join into one article's.
//!
//! Every stage keeps per-token tables for the text it reads. Read a window
//! at a time, those tables stay the size of a window however long the text
//! is, and memory is reused from window to window instead of growing with
//! the text, so the cost per byte stays flat.

use std::collections::hash_map::Entry;
use std::ops::Range;

use crate::article::{cut_sentences, Structure};
use crate::entity::{Location, Organization, Person};
use crate::hash::FxHashMap as HashMap;
use crate::quote::Quote;
use crate::text::{self, Token};

/// The longest window, in bytes. Articles up to this length are read whole.
pub(crate) const WINDOW: usize = 1 << 20;

/// Reads `text` (whose structure is `structure`) a window at a time: calls
/// `read` with each window's range, its tokens and its sentences (token
/// ranges), in text order. Offsets are into the whole of `text`.
pub(crate) fn each_window(
    text: &str,
    structure: &Structure,
    mut read: impl FnMut(Range<usize>, &[Token], &[(usize, usize)]),
) {
    let cuts = structure.sentence_cuts(text);
    let starts: Vec<usize> = structure.paragraphs.iter().map(|p| p.start()).collect();
    for w in windows(text, &starts, WINDOW) {
        let tokens = text::tokenize_at(&text[w.clone()], w.start);
        let cuts = &cuts[cuts.partition_point(|&c| c < w.start)..];
        let sentences = cut_sentences(&tokens, text::sentences(text, &tokens), cuts);
        read(w, &tokens, &sentences);
    }
}

/// Cuts `text` into consecutive windows of at most `size` bytes (more only
/// for a single character longer than `size`), covering all of it.
///
/// A window ends, in order of preference, at the last paragraph start of
/// `paragraph_starts` (sorted byte offsets) in its second half, else after
/// the last sentence-final punctuation followed by a space there, else at
/// its last whitespace, else at the last character boundary.
pub(crate) fn windows(text: &str, paragraph_starts: &[usize], size: usize) -> Vec<Range<usize>> {
    let size = size.max(2);
    let mut out = Vec::with_capacity(text.len() / size + 1);
    let mut start = 0;
    while text.len() - start > size {
        let limit = start + size;
        let half = start + size / 2;
        let cut = paragraph_cut(paragraph_starts, half, limit)
            .or_else(|| sentence_cut(text, half, limit))
            .or_else(|| space_cut(text, start, limit))
            .unwrap_or_else(|| char_cut(text, start, limit));
        out.push(start..cut);
        start = cut;
    }
    if start < text.len() || out.is_empty() {
        out.push(start..text.len());
    }
    out
}

/// The last paragraph start in `from + 1..=to`.
fn paragraph_cut(starts: &[usize], from: usize, to: usize) -> Option<usize> {
    let i = starts.partition_point(|&p| p <= to);
    let p = *starts.get(i.checked_sub(1)?)?;
    (p > from).then_some(p)
}

/// The last space in `from + 1..to` that follows `.`, `!` or `?` (with any
/// closing quotes or brackets), as the offset after it.
fn sentence_cut(text: &str, from: usize, to: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    (from + 1..to).rev().find_map(|i| {
        if !bytes[i].is_ascii_whitespace() {
            return None;
        }
        // Trimming reads back over the marks before this space only, so
        // the scan stays linear.
        let before = text
            .get(..i)?
            .trim_end_matches(['"', '\'', ')', ']', '\u{201D}', '\u{2019}']);
        before.ends_with(['.', '!', '?']).then_some(i + 1)
    })
}

/// The offset after the last ASCII whitespace in `from + 1..to`.
fn space_cut(text: &str, from: usize, to: usize) -> Option<usize> {
    let bytes = text.as_bytes();
    (from + 1..to)
        .rev()
        .find(|&i| bytes[i].is_ascii_whitespace())
        .map(|i| i + 1)
}

/// The last character boundary in `from + 1..=to`, or the end of the
/// character at `from` when that character is longer than the window.
fn char_cut(text: &str, from: usize, to: usize) -> usize {
    (from + 1..=to)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or_else(|| {
            (to + 1..=text.len())
                .find(|&i| text.is_char_boundary(i))
                .unwrap_or(text.len())
        })
}

/// What the stages find in one window, or in all the windows so far.
#[derive(Debug, Default)]
pub(crate) struct Found {
    pub people: Vec<Person>,
    pub locations: Vec<Location>,
    pub organizations: Vec<Organization>,
    pub quotes: Vec<Quote>,
}

/// Joins the findings of consecutive windows: an entity found again in a
/// later window (a person by canonical name, a place by gazetteer entry, an
/// organization by name and entry) gets that window's mentions, the rest is
/// appended in order of first mention.
#[derive(Debug, Default)]
pub(crate) struct Joined {
    found: Found,
    person_of: HashMap<String, usize>,
    location_of: HashMap<(String, String), usize>,
    organization_of: HashMap<(String, String), usize>,
}

impl Joined {
    /// Adds the findings of the next window.
    pub(crate) fn add(&mut self, next: Found) {
        let f = &mut self.found;
        for p in next.people {
            let key = p.name.clone();
            join(&mut self.person_of, &mut f.people, key, p, |known, p| {
                for t in p.titles {
                    if !known.titles.contains(&t) {
                        known.titles.push(t);
                    }
                }
                known.gender = known.gender.or(p.gender);
                known.mentions.extend(p.mentions);
            });
        }
        for l in next.locations {
            let key = (l.id.clone(), l.name.clone());
            join(
                &mut self.location_of,
                &mut f.locations,
                key,
                l,
                |known, l| known.mentions.extend(l.mentions),
            );
        }
        for o in next.organizations {
            let key = (o.id.clone(), o.name.clone());
            join(
                &mut self.organization_of,
                &mut f.organizations,
                key,
                o,
                |known, o| known.mentions.extend(o.mentions),
            );
        }
        f.quotes.extend(next.quotes);
    }

    /// Everything found.
    pub(crate) fn finish(self) -> Found {
        self.found
    }
}

/// Merges `item` into the entity of `all` that `index` knows by `key`, or
/// appends it as a new one.
fn join<K: std::hash::Hash + Eq, T>(
    index: &mut HashMap<K, usize>,
    all: &mut Vec<T>,
    key: K,
    item: T,
    merge: impl FnOnce(&mut T, T),
) {
    match index.entry(key) {
        Entry::Occupied(e) => merge(&mut all[*e.get()], item),
        Entry::Vacant(e) => {
            e.insert(all.len());
            all.push(item);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cut(text: &str, size: usize) -> Vec<&str> {
        let starts: Vec<usize> = std::iter::once(0)
            .chain(text.match_indices("\n\n").map(|(i, _)| i + 2))
            .collect();
        let ws = windows(text, &starts, size);
        assert_eq!(ws.first().map(|w| w.start), Some(0));
        assert_eq!(ws.last().map(|w| w.end), Some(text.len()));
        for pair in ws.windows(2) {
            assert_eq!(pair[0].end, pair[1].start);
        }
        ws.into_iter().map(|w| &text[w]).collect()
    }

    #[test]
    fn short_text_is_one_window() {
        assert_eq!(
            cut("It rained.\n\nIt snowed.", 100),
            ["It rained.\n\nIt snowed."]
        );
        assert_eq!(cut("", 100), [""]);
    }

    #[test]
    fn cuts_prefer_paragraphs_then_sentences_then_spaces() {
        assert_eq!(
            cut("It rained all day.\n\nIt snowed. Then it froze.", 30),
            ["It rained all day.\n\n", "It snowed. Then it froze."]
        );
        assert_eq!(
            cut("It rained all day. It snowed and it froze.", 30),
            ["It rained all day. ", "It snowed and it froze."]
        );
        assert_eq!(
            cut("rain snow sleet hail fog frost", 12),
            ["rain snow ", "sleet hail ", "fog frost"]
        );
        // A quotation's closing mark stays with its sentence.
        assert_eq!(
            cut("He said “no more.” And then it froze.", 30),
            ["He said “no more.” ", "And then it froze."]
        );
    }

    proptest::proptest! {
        #[test]
        fn windows_cover_any_text(
            text in "([ \n.!?”’\"a-zÄ😀]|\n\n){0,120}",
            size in 1usize..40,
        ) {
            let parts = cut(&text, size);
            proptest::prop_assert_eq!(parts.concat(), text.clone());
            for p in &parts {
                // Longer than the window only when one character is.
                proptest::prop_assert!(p.len() <= size.max(2) || p.chars().count() == 1);
                proptest::prop_assert!(!p.is_empty() || text.is_empty());
            }
        }
    }

    #[test]
    fn cuts_stay_on_char_boundaries() {
        let text = "ÄÖÜ".repeat(10);
        for size in 1..8 {
            let parts = cut(&text, size);
            assert_eq!(parts.concat(), text);
            assert!(parts.iter().all(|p| !p.is_empty()));
        }
    }
}
