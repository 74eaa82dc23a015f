//! Long texts in bounded windows: where to cut them, and how the entities
//! and quotes found in each window join into one article's.
//!
//! Every stage keeps per-token tables for the text it reads. Read a window
//! at a time, those tables stay the size of a window however long the text
//! is, and memory is reused from window to window instead of growing with
//! the text, so the cost per byte stays flat.

use std::cell::Cell;
use std::collections::hash_map::Entry;
use std::ops::Range;
use std::thread::LocalKey;

use crate::article::{cut_sentences, Structure};
use crate::entity::{Location, Organization, Person};
use crate::hash::FxHashMap as HashMap;
use crate::quote::Quote;
use crate::span::Mention;
use crate::text::{self, Token};

/// The longest window, in bytes. Articles up to this length are read whole.
pub(crate) const WINDOW: usize = 1 << 20;

/// Reads `text` (whose structure is `structure`) a window at a time: calls
/// `read` with each window's range, its tokens, its sentences (token
/// ranges) and its landmarks (the line starts and possible quotation marks
/// the sentence scan lists, [`text::sentences_and_landmarks`]), in text order.
/// Offsets are into the whole of `text`.
pub(crate) fn each_window(
    text: &str,
    structure: &Structure,
    mut read: impl FnMut(Range<usize>, &[Token], &[(usize, usize)], &text::Landmarks),
) {
    let cuts = structure.sentence_cuts(text);
    let starts: Vec<usize> = structure.paragraphs.iter().map(|p| p.start()).collect();
    let mut tokens = TOKENS.with(std::cell::Cell::take);
    let mut landmarks = text::Landmarks {
        line_starts: take_buffer(&LINE_STARTS),
        marks: take_buffer(&MARKS),
    };
    for w in windows(text, &starts, WINDOW) {
        text::tokenize_into(&text[w.clone()], w.start, &mut tokens);
        let cuts = &cuts[cuts.partition_point(|&c| c < w.start)..];
        let sentences = text::sentences_and_landmarks(text, &tokens, &mut landmarks);
        let sentences = cut_sentences(&tokens, sentences, cuts);
        read(w, &tokens, &sentences, &landmarks);
    }
    give_back(&LINE_STARTS, landmarks.line_starts);
    give_back(&MARKS, landmarks.marks);
    if tokens.capacity() <= KEPT_TOKENS {
        TOKENS.with(|t| t.set(tokens));
    }
}

/// The most tokens [`TOKENS`] keeps room for between texts (a long news
/// article's worth): a longer window's buffer is freed after its text.
pub(crate) const KEPT_TOKENS: usize = 1 << 14;

/// Takes the thread's buffer kept in `slot` (empty, with the capacity its
/// last user left it), for a per-token table that would otherwise be
/// allocated anew for every text: with glibc's allocator a table the size
/// of an article is a slow allocation (see [`TOKENS`]). Give it back with
/// [`give_back`]; a nested user of the same slot only starts with a new,
/// empty buffer.
#[inline]
pub(crate) fn take_buffer<T>(slot: &'static LocalKey<Cell<Vec<T>>>) -> Vec<T> {
    slot.with(Cell::take)
}

/// The most bytes a buffer kept by [`give_back`] may take: as many as
/// the [`KEPT_TOKENS`] tokens of [`TOKENS`] (so that a thread keeps some
/// kilobytes per buffer between ordinary articles, and a buffer grown by
/// one huge text is freed after it, whatever its element type).
const KEPT_BYTES: usize = KEPT_TOKENS * std::mem::size_of::<Token>();

/// Empties `buffer` and keeps it in `slot` for the thread's next
/// [`take_buffer`], unless it has grown past [`KEPT_BYTES`] (then it is
/// freed).
#[inline]
pub(crate) fn give_back<T>(slot: &'static LocalKey<Cell<Vec<T>>>, mut buffer: Vec<T>) {
    if buffer.capacity().saturating_mul(std::mem::size_of::<T>()) <= KEPT_BYTES {
        buffer.clear();
        slot.with(|s| s.set(buffer));
    }
}

thread_local! {
    /// The token buffer of the thread's last text, reused by the next one:
    /// a buffer the size of an article is a large allocation, and the
    /// allocator (glibc's) tidies the small blocks freed since the last one
    /// before it serves one, besides growing it. (Taken while a text is
    /// read, so a nested read would only start with an empty one.)
    static TOKENS: std::cell::Cell<Vec<Token>> = const { std::cell::Cell::new(Vec::new()) };
    /// The lists of [`text::Landmarks`] of the thread's last window
    /// ([`each_window`]).
    static LINE_STARTS: Cell<Vec<usize>> = const { Cell::new(Vec::new()) };
    static MARKS: Cell<Vec<usize>> = const { Cell::new(Vec::new()) };
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
    /// How many windows were added.
    windows: usize,
    person_of: HashMap<String, usize>,
    location_of: HashMap<(String, String), usize>,
    organization_of: HashMap<(String, String), usize>,
}

impl Joined {
    /// Adds the findings of the next window.
    pub(crate) fn add(&mut self, next: Found) {
        self.windows += 1;
        if self.windows == 1 {
            // Most articles are one window: nothing to join, no index.
            self.found = next;
            return;
        }
        if self.windows == 2 {
            self.index_first_window();
        }
        let f = &mut self.found;
        let earlier = f.people.len();
        for p in next.people {
            let key = p.name.clone();
            join(
                &mut self.person_of,
                &mut f.people,
                earlier,
                key,
                p,
                |known, p| {
                    for t in p.titles {
                        if !known.titles.contains(&t) {
                            known.titles.push(t);
                        }
                    }
                    known.gender = known.gender.or(p.gender);
                    add_mentions(&mut known.mentions, p.mentions);
                },
            );
        }
        let earlier = f.locations.len();
        for l in next.locations {
            let key = (l.id.clone(), l.name.clone());
            join(
                &mut self.location_of,
                &mut f.locations,
                earlier,
                key,
                l,
                |known, l| add_mentions(&mut known.mentions, l.mentions),
            );
        }
        let earlier = f.organizations.len();
        for o in next.organizations {
            let key = (o.id.clone(), o.name.clone());
            join(
                &mut self.organization_of,
                &mut f.organizations,
                earlier,
                key,
                o,
                |known, o| add_mentions(&mut known.mentions, o.mentions),
            );
        }
        f.quotes.extend(next.quotes);
    }

    /// Indexes the first window's entities (the first of namesakes), once
    /// a second window needs them.
    fn index_first_window(&mut self) {
        let f = &self.found;
        for (i, p) in f.people.iter().enumerate() {
            self.person_of.entry(p.name.clone()).or_insert(i);
        }
        for (i, l) in f.locations.iter().enumerate() {
            self.location_of
                .entry((l.id.clone(), l.name.clone()))
                .or_insert(i);
        }
        for (i, o) in f.organizations.iter().enumerate() {
            self.organization_of
                .entry((o.id.clone(), o.name.clone()))
                .or_insert(i);
        }
    }

    /// Everything found.
    pub(crate) fn finish(self) -> Found {
        self.found
    }
}

/// Merges `item` into the entity of `all` that `index` knows by `key` when
/// that entity comes from an earlier window (`all[..earlier]`), or appends
/// it as a new one: two entities of one window stay two, as the stages
/// made them.
fn join<K: std::hash::Hash + Eq, T>(
    index: &mut HashMap<K, usize>,
    all: &mut Vec<T>,
    earlier: usize,
    key: K,
    item: T,
    merge: impl FnOnce(&mut T, T),
) {
    match index.entry(key) {
        Entry::Occupied(e) if *e.get() < earlier => merge(&mut all[*e.get()], item),
        Entry::Occupied(_) => all.push(item),
        Entry::Vacant(e) => {
            e.insert(all.len());
            all.push(item);
        }
    }
}

/// Adds a later window's mentions, keeping them in text order (two
/// entities of that window may join the same earlier one).
fn add_mentions(known: &mut Vec<Mention>, more: Vec<Mention>) {
    let sorted = match (known.last(), more.first()) {
        (Some(a), Some(b)) => a.span.start() <= b.span.start(),
        _ => true,
    };
    known.extend(more);
    if !sorted {
        known.sort_by_key(|m| m.span.start());
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

    fn person(name: &str, starts: &[usize]) -> Person {
        Person {
            name: name.to_string(),
            titles: Vec::new(),
            gender: None,
            mentions: starts
                .iter()
                .map(|&s| Mention {
                    span: crate::span::Span::new(s, s + 1),
                    text: "x".to_string(),
                })
                .collect(),
        }
    }

    fn people(found: &Found) -> Vec<(&str, Vec<usize>)> {
        found
            .people
            .iter()
            .map(|p| {
                (
                    p.name.as_str(),
                    p.mentions.iter().map(|m| m.span.start()).collect(),
                )
            })
            .collect()
    }

    #[test]
    fn windows_join_people_by_name_in_text_order() {
        let mut joined = Joined::default();
        // Two people of one window with the same name stay two, as the
        // stages made them.
        joined.add(Found {
            people: vec![person("Ann Roy", &[1, 9]), person("Ann Roy", &[5])],
            ..Found::default()
        });
        // A later window's namesakes join the first, mentions in order.
        joined.add(Found {
            people: vec![
                person("Ann Roy", &[30, 50]),
                person("Ann Roy", &[40]),
                person("Li Wei", &[45]),
            ],
            ..Found::default()
        });
        let found = joined.finish();
        assert_eq!(
            people(&found),
            [
                ("Ann Roy", vec![1, 9, 30, 40, 50]),
                ("Ann Roy", vec![5]),
                ("Li Wei", vec![45]),
            ]
        );
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
