//! Region codes read only right after a town and a comma: "Rochester, MN",
//! "Corinth, Miss.", "Kingston, Ont.", and US state codes in a party label:
//! "Sen. Ann Roy (D-WI)", "Rep. Lee Park, R-NE,".
//!
//! Postal codes ("MN", "IN", "OR") and some abbreviations ("Miss.",
//! "Man.", "B.C.") are words, honorifics or initials elsewhere, so they
//! are no gazetteer aliases. In the slot after a town and a comma they
//! name the town's region, and the region rules ([`super::resolve`]) read
//! them as they read "Rochester, Minn.": the Rochester in Minnesota, and
//! no other.
//! The codes come from the `after_town` column of
//! `data/curated/admin_regions.tsv`; the region is looked up by name in
//! the gazetteer in use.

use once_cell::sync::Lazy;

use crate::extractor::Context;
use crate::gazetteer::{EntryId, EntryKind, Gazetteer};
use crate::hash::{FxHashMap as HashMap, LowerMap};
use crate::span::Span;
use crate::text::{Token, TokenKind};

use super::candidates::CandidateList;
use super::{cities_only, place_candidates, words, Item};

const ADMIN_REGIONS: &str = include_str!("../../../data/curated/admin_regions.tsv");

/// The most tokens a code spans ("P.E.I." is six).
const MAX_TOKENS: usize = 6;

/// Code → (country code, region name).
static CODES: Lazy<HashMap<&'static str, (&'static str, &'static str)>> =
    Lazy::new(|| parse_codes(ADMIN_REGIONS));

/// The cells of each row of the curated table, past its comments and
/// its header. (The cells are read in place, not collected: the tables
/// are built in the first text's time.)
fn admin_rows(tsv: &'static str) -> impl Iterator<Item = std::str::Split<'static, char>> {
    tsv.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .map(|row| row.split('\t'))
}

fn parse_codes(tsv: &'static str) -> HashMap<&'static str, (&'static str, &'static str)> {
    let mut codes = HashMap::default();
    for mut cells in admin_rows(tsv) {
        let (Some(cc), Some(name), Some(after)) = (cells.next(), cells.next(), cells.nth(3)) else {
            continue;
        };
        for code in after.split('|').map(str::trim).filter(|c| !c.is_empty()) {
            codes.entry(code).or_insert((cc, name));
        }
    }
    codes
}

/// Every name of a region in the table, lower case and without a final
/// period ("wy", "wyo", "wyoming"), with the region's name: a
/// [`LowerMap`], so that a code is looked up in any case without a
/// lower-case copy. (Its keys are lower-cased by `char::to_lowercase`,
/// not `str::to_lowercase`; they differ only in a final sigma, and no
/// name in the table has a sigma, so no lookup's answer changes.)
static REGION_NAMES: Lazy<LowerMap<&'static str>> = Lazy::new(|| {
    let rows = admin_rows(ADMIN_REGIONS)
        .filter_map(|mut cells| Some((cells.nth(1)?, cells.next()?, cells.nth(2)?)));
    let forms = rows.flat_map(|(name, aliases, after)| {
        std::iter::once(name)
            .chain(aliases.split('|'))
            .chain(after.split('|'))
            .map(|form| form.trim().trim_end_matches('.'))
            .filter(|form| !form.is_empty())
            .map(move |form| (form, name))
    });
    // (The first region to give a form keeps it.)
    LowerMap::new(forms, |first, _| first)
});

/// The region of the curated table that `code` ("WY", "Wyo.", "Wyoming")
/// names, in any case ("Wyoming").
pub(crate) fn region_named(code: &str) -> Option<&'static str> {
    // (Scratch space for a code that is not ASCII; empty, it allocates
    // nothing.)
    let mut buf = String::new();
    REGION_NAMES.get(code.trim_end_matches('.'), &mut buf)
}

/// The US state whose two-letter postal code is `code` ("OH"), in
/// capitals only.
pub(crate) fn us_state_code(code: &str) -> Option<&'static str> {
    if code.len() != 2 || !code.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    CODES
        .get(code)
        .and_then(|&(cc, name)| (cc == "US").then_some(name))
}

/// Whether the gazetteer's entry `r` is a US state.
fn is_us_state(g: &Gazetteer, r: EntryId) -> bool {
    let e = g.entry(r);
    e.country_code() == Some("US") && e.kind() == EntryKind::AdminRegion
}

/// The gazetteer's US state named `name`, if it has one.
pub(crate) fn us_state(g: &Gazetteer, name: &str) -> Option<EntryId> {
    g.find_name(name).find(|&r| is_us_state(g, r))
}

/// Whether `code` ("WY", "Wyo.", "Wyoming") names the region `name` of
/// the curated table ("Wyoming"), in any case.
pub(crate) fn names_region(code: &str, name: &str) -> bool {
    region_named(code).is_some_and(|n| n.eq_ignore_ascii_case(name))
}

/// Adds an item for each state code in a party label ("(D-WI)"), and for
/// each region code right after a town and a comma. The
/// town is a place match, or capitalised words the gazetteer finds only
/// before that region ("Richmond, VA"), not the second half of a
/// hyphenated name; not a doctor's name before a
/// degree ("Dr. Ann Roy, MD"), nor a code in a line of capitals where it
/// may be a word ("WINNERS, OR LOSERS").
pub(super) fn add_regions_after_towns(
    g: &Gazetteer,
    cx: &Context<'_>,
    marks: Marks,
    dateline: Option<Span>,
    items: &mut Vec<Item>,
) {
    let (text, toks) = (cx.text, cx.tokens);
    let mut added: Vec<Item> = Vec::new();
    let mut shadowed_towns: Vec<usize> = Vec::new();
    let Marks { commas, labels } = marks;
    for k in labels {
        // (A state's code only, closing the label; an abbreviation may
        // lose its period there: "(R-Ariz)".)
        let (end, name) = match code_at(cx, k) {
            Some((end, ("US", name))) => (end, Some(name)),
            Some(_) => continue,
            None => (k + 1, None),
        };
        let closed = toks
            .get(end)
            .is_some_and(|t| matches!(t.text(text), ")" | ","));
        if !closed {
            continue;
        }
        let span = Span::new(toks[k].start(), toks[end - 1].end());
        let next = items.partition_point(|item| item.span.end() <= span.start());
        // A town spelled like the state's code, exactly over it, gives way
        // to the label's code ("(D-WA)" is not Wa, Ghana); any other match
        // over the code keeps it.
        match items.get(next) {
            Some(item) if item.span.overlaps(span) => {
                let town = item.span == span
                    && !item.candidates.is_empty()
                    && cities_only(g, &item.candidates);
                if name.is_none() || !town {
                    continue;
                }
                shadowed_towns.push(next);
            }
            _ => {}
        }
        let regions = match name {
            Some(name) => state_regions(g, "US", name),
            None => abbreviated_state(g, cx, k),
        };
        if let Some(regions) = regions {
            added.push(Item {
                after_town: true,
                ..Item::place(span, regions, dateline)
            });
        }
    }
    for i in commas {
        let code = &toks[i + 1];
        let Some((end, (cc, name))) = code_at(cx, i + 1) else {
            continue;
        };
        let span = Span::new(code.start(), toks[end - 1].end());
        // (Items are in text order and do not overlap: the one ending
        // first after the code's start is the only one that may cover it.)
        let next = items.partition_point(|item| item.span.end() <= span.start());
        // A town spelled like the code ("Vic", a Spanish town, for "Melbourne,
        // VIC") gives way to it when the town before may lie in the code's
        // country; any other match over the code keeps it.
        let shadowed = match items.get(next) {
            Some(item) if item.span.overlaps(span) => {
                let inside = item.span.start() == span.start() && item.span.end() <= span.end();
                if !(inside && !item.candidates.is_empty() && cities_only(g, &item.candidates)) {
                    continue;
                }
                true
            }
            _ => false,
        };
        // (In capitals, a word in capitals after the code makes it a word.)
        if toks[i - 1].all_caps() && toks.get(end).is_some_and(Token::all_caps) {
            continue;
        }
        let Some(regions) = state_regions(g, cc, name) else {
            continue;
        };
        if doctor_before(cx, i) {
            continue;
        }
        let town_end = toks[i - 1].end();
        // (Not a name's hyphenated second half: "UMass-Dartmouth, NC State".)
        let town_item = next
            .checked_sub(1)
            .map(|p| &items[p])
            .filter(|item| item.span.end() == town_end)
            .filter(|item| {
                place_candidates(g, &item.candidates).any(|c| g.entry(c).kind() == EntryKind::City)
                    && !text[..item.span.start()].ends_with('-')
            });
        let gated_town = || {
            town_words(cx, i).any(|start| {
                text.get(start..town_end)
                    .and_then(|name| g.needing_region_in(name, regions.iter().copied()))
                    .is_some()
            })
        };
        if town_item.is_none() && !gated_town() {
            continue;
        }
        if shadowed {
            let in_country = town_item.is_some_and(|item| {
                place_candidates(g, &item.candidates).any(|c| g.entry(c).country_code() == Some(cc))
            });
            if !in_country {
                continue;
            }
            shadowed_towns.push(next);
        }
        added.push(Item {
            after_town: true,
            ..Item::place(span, regions, dateline)
        });
    }
    // (Each loop pushes in order, the labels' first: sorted, one pass
    // drops them all.)
    if !shadowed_towns.is_empty() {
        shadowed_towns.sort_unstable();
        let mut drop = shadowed_towns.iter().peekable();
        let mut k = 0;
        items.retain(|_| {
            let keep = drop.next_if_eq(&&k).is_none();
            k += 1;
            keep
        });
    }
    if !added.is_empty() {
        items.append(&mut added);
        items.sort_by_key(|item| item.span.start());
    }
}

/// The commas between a capitalised word and a word that starts with an
/// ASCII capital, and the first tokens of codes in a party label ("(D-WI)",
/// ", R-NE,"): where [`add_regions_after_towns`] looks, in token order.
/// (Found by the places' one pass over the tokens, see [`Marks::read`].)
#[derive(Debug, Default)]
pub(super) struct Marks {
    commas: Vec<usize>,
    labels: Vec<usize>,
}

impl Marks {
    /// Reads the punctuation token `i`, which has a token before and after
    /// it. (Inlined into the pass over the tokens; most punctuation stops
    /// at its first byte.)
    #[inline(always)]
    pub(super) fn read(&mut self, cx: &Context<'_>, i: usize) {
        let toks = cx.tokens;
        let bytes = cx.text.as_bytes();
        let (Some(before), Some(mark), Some(code)) = (
            i.checked_sub(1).and_then(|k| toks.get(k)),
            toks.get(i),
            toks.get(i + 1),
        ) else {
            return;
        };
        // (A punctuation token is one character: one whose first byte is
        // ASCII is that byte alone.)
        match bytes[mark.start()] {
            b'-' if party_letter(cx, i) => self.labels.push(i + 1),
            b',' if !mark.space_before
                && before.kind == TokenKind::Word
                && before.cap()
                && code.space_before
                && code.kind == TokenKind::Word
                && bytes[code.start()].is_ascii_uppercase() =>
            {
                self.commas.push(i)
            }
            _ => {}
        }
    }
}

/// The longest code spelled by the tokens glued together from token `k`:
/// the token after it ends, and the code's country and region.
fn code_at(cx: &Context<'_>, k: usize) -> Option<(usize, (&'static str, &'static str))> {
    let toks = cx.tokens;
    let first = toks.get(k)?;
    let mut last = k + 1;
    while last < toks.len() && last < k + MAX_TOKENS && !toks[last].space_before {
        last += 1;
    }
    (k + 1..=last).rev().find_map(|end| {
        let code = cx.text.get(first.start()..toks[end - 1].end())?;
        CODES.get(code).map(|&found| (end, found))
    })
}

/// The US states the gazetteer names by the word token `k` and a period
/// ("Ariz" for "Ariz."), if any.
fn abbreviated_state(g: &Gazetteer, cx: &Context<'_>, k: usize) -> Option<CandidateList> {
    let t = cx.tokens.get(k).filter(|t| t.kind == TokenKind::Word)?;
    let name = [t.text(cx.text), "."].concat();
    CandidateList::collect(g.find_name(&name).filter(|&r| is_us_state(g, r)))
}

/// The gazetteer's regions (or nations) named `name` in country `cc`, if
/// it has any.
fn state_regions(g: &Gazetteer, cc: &str, name: &str) -> Option<CandidateList> {
    CandidateList::collect(g.find_name(name).filter(|&r| {
        let e = g.entry(r);
        e.country_code() == Some(cc)
            && matches!(e.kind(), EntryKind::AdminRegion | EntryKind::Country)
    }))
}

/// Whether the dash at token `dash` follows a party's letter that opens a
/// label: "(D-", ", R-", and spaced as the Congressional Record spaces it,
/// ", D - MD,", ", R- NY,".
pub(super) fn party_letter(cx: &Context<'_>, dash: usize) -> bool {
    let toks = cx.tokens;
    let (Some(letter), Some(_), Some(dash_token), Some(code)) = (
        dash.checked_sub(1).and_then(|k| toks.get(k)),
        dash.checked_sub(2).and_then(|k| toks.get(k)),
        toks.get(dash),
        toks.get(dash + 1),
    ) else {
        return false;
    };
    // (The tokens' texts, sliced once for every stage.)
    let w = |k: usize| cx.words[k].as_bytes();
    // (Spaced, after a name's last word: not "Plan B, D - OK".)
    let spaced = dash_token.space_before || code.space_before;
    let after_name = || {
        dash >= 3 && {
            let t = &toks[dash - 3];
            t.kind == TokenKind::Word && t.cap() && w(dash - 3).len() >= 2
        }
    };
    w(dash) == b"-"
        && !code.newline_before
        && matches!(w(dash - 1), b"D" | b"R" | b"I")
        && match w(dash - 2) {
            b"(" => !letter.space_before,
            b"," => letter.space_before,
            _ => false,
        }
        && (!spaced || after_name())
}

/// The starts of the names of one to four capitalised words ending at the
/// word before the comma at token `comma`, shortest first.
fn town_words<'a>(cx: &'a Context<'_>, comma: usize) -> impl Iterator<Item = usize> + 'a {
    let toks = cx.tokens;
    (1..=4usize).map_while(move |n| {
        let first = comma.checked_sub(n)?;
        let name_words = (first..comma).all(|k| {
            let t = &toks[k];
            t.kind == TokenKind::Word
                && t.cap()
                && (k == first || t.space_before)
                && !words::stops_name(t.text(cx.text))
        });
        name_words.then(|| toks[first].start())
    })
}

/// Whether "Dr." comes a few words before the comma at token `comma`: the
/// code after it is a degree ("Dr. Ann Roy, MD").
fn doctor_before(cx: &Context<'_>, comma: usize) -> bool {
    cx.tokens[comma.saturating_sub(5)..comma]
        .iter()
        .any(|t| t.text(cx.text) == "Dr")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_parse_from_the_curated_table() {
        assert_eq!(CODES.get("MN"), Some(&("US", "Minnesota")));
        assert_eq!(CODES.get("Miss."), Some(&("US", "Mississippi")));
        assert_eq!(CODES.get("Ont."), Some(&("CA", "Ontario")));
        assert_eq!(CODES.get("NSW"), Some(&("AU", "New South Wales")));
        // (Aliases are no codes: the gazetteer matches them anywhere.)
        assert_eq!(CODES.get("Minn."), None);
    }

    #[test]
    fn a_region_is_named_by_its_name_aliases_and_codes() {
        for code in ["WY", "Wyo.", "wyo", "Wyoming"] {
            assert!(names_region(code, "Wyoming"), "{code}");
        }
        assert!(!names_region("CO", "Wyoming"));
        assert!(!names_region("", "Wyoming"));
    }
}
