//! Header lines, headline, byline, dateline and paragraphs.
//!
//! The parser reads, in order: header lines (`date 2023-11-20`,
//! `Date: November 20, 2023`, `Title: ...`, `By Jane Doe`), which may run on
//! into the body on the same line; a headline (a short first line standing
//! alone above the body); a dateline at the start of the body (`SARAJEVO –`,
//! `SAN JOSE, Calif. —`, `WASHINGTON (Reuters) -`, `LONDON 1997-04-11` on a
//! line of its own); and the body paragraphs.

use super::date::{parse_date_prefix, parse_month};
use super::{Date, Dateline};
use crate::span::{Mention, Span};
use crate::text::{self, Token};
use crate::window;

/// The structure of an article, before entities and quotes.
#[derive(Clone, Debug, Default, PartialEq)]
pub(crate) struct Structure {
    pub date: Option<Date>,
    pub headline: Option<Mention>,
    pub byline: Option<Mention>,
    pub dateline: Option<Dateline>,
    /// The dateline is a title-case place and region with neither date nor
    /// agency (`Taipei, Taiwan — `), a title-case place of several words
    /// (`Mexico City (AFP) –`; not `Harbor Foods Inc. (NYSE: HFI) –`), or
    /// one after a deck (not `UPDATE - `): it stands only if it names a
    /// place.
    pub dateline_needs_place: bool,
    pub paragraphs: Vec<Span>,
}

impl Structure {
    /// Where sentences must be cut, in order: where the headline or the
    /// byline starts or ends, and where a paragraph starts at the start of
    /// a line, so that a header line or a headline without final
    /// punctuation never runs into what follows. A body that starts on the
    /// header's own line (`date 2023-11-20 SARAJEVO – …`) is not cut: the
    /// dateline is read with its sentence.
    pub(crate) fn sentence_cuts(&self, text: &str) -> Vec<usize> {
        let mut cuts: Vec<usize> = Vec::with_capacity(self.paragraphs.len() + 4);
        for m in [&self.headline, &self.byline].into_iter().flatten() {
            cuts.extend([m.span.start(), m.span.end()]);
        }
        let line_start = |at: usize| {
            let before = text[..at].trim_end_matches([' ', '\t']);
            before.is_empty() || before.ends_with(['\n', '\r'])
        };
        cuts.extend(
            self.paragraphs
                .iter()
                .map(|p| p.start())
                .filter(|&at| text.is_char_boundary(at) && line_start(at)),
        );
        cuts.sort_unstable();
        cuts
    }
}

/// `sentences` (token ranges over `tokens`, in order) cut at `cuts`
/// (sorted byte offsets; those inside a token or outside the tokens change
/// nothing).
///
/// A cut falls between tokens `i - 1` and `i` when it lies from the end of
/// the one to the start of the other; each cut is placed by a binary search
/// over its sentence's tokens, so the work grows with the cuts, not with
/// the tokens.
pub(crate) fn cut_sentences(
    tokens: &[Token],
    sentences: Vec<(usize, usize)>,
    cuts: &[usize],
) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(sentences.len() + cuts.len());
    let mut c = 0;
    for (a, b) in sentences {
        let mut from = a;
        let b_tok = b.min(tokens.len());
        if a + 1 < b_tok {
            // Cuts before the end of the sentence's first token fall inside
            // or before it.
            while c < cuts.len() && cuts[c] < tokens[a].end() {
                c += 1;
            }
            // Cuts up to the start of its last token.
            while c < cuts.len() && cuts[c] <= tokens[b_tok - 1].start() {
                let cut = cuts[c];
                // The first token from `a + 1` that starts at or after the
                // cut: the cut is between tokens when the one before it
                // ends by then.
                let i = a + 1 + tokens[a + 1..b_tok].partition_point(|t| t.start() < cut);
                if i > from && tokens[i - 1].end() <= cut {
                    out.push((from, i));
                    from = i;
                }
                c += 1;
            }
        }
        out.push((from, b));
    }
    out
}

/// A line of the text: content `start..end` (without the line break) and
/// where the next line starts.
#[derive(Clone, Copy, Debug)]
struct Line {
    start: usize,
    end: usize,
    next: usize,
}

/// The bytes that may start a line break: `\n`, `\r`, and the lead bytes
/// of U+0085 (`C2 85`) and U+2028/U+2029 (`E2 80 A8`/`A9`).
static BREAK_LEAD: [bool; 256] = {
    let mut t = [false; 256];
    t[b'\n' as usize] = true;
    t[b'\r' as usize] = true;
    t[0xC2] = true;
    t[0xE2] = true;
    t
};

/// The first position from `i` whose 8-byte block holds a byte below 0x0E
/// or above 0x7F (a candidate line-break lead, see [`BREAK_LEAD`]), or near
/// the end of `bytes`. Plain ASCII text is skipped a word at a time.
#[inline]
fn skip_plain(bytes: &[u8], mut i: usize) -> usize {
    const ONES: u64 = 0x0101_0101_0101_0101;
    const HIGH: u64 = ONES * 0x80;
    while let Some(block) = bytes.get(i..i + 8) {
        let mut w = [0u8; 8];
        w.copy_from_slice(block);
        let w = u64::from_le_bytes(w);
        // A byte below 0x0E borrows (its high bit turns on in `w - 0x0E…`
        // while it was off in `w`); a byte from 0x80 has its high bit on.
        if (w.wrapping_sub(ONES * 0x0E) & !w & HIGH) | (w & HIGH) != 0 {
            break;
        }
        i += 8;
    }
    i
}

/// Lines from `from`, with `\n`, `\r\n`, lone `\r`, U+0085 and U+2028 as
/// line breaks. U+2029 (paragraph separator) ends a line and is followed by
/// an empty line, so that it separates paragraphs like a blank line.
fn lines(text: &str, from: usize) -> impl Iterator<Item = Line> + '_ {
    let bytes = text.as_bytes();
    let mut pos = from;
    let mut blank_after = false;
    core::iter::from_fn(move || {
        if blank_after {
            blank_after = false;
            return Some(Line {
                start: pos,
                end: pos,
                next: pos,
            });
        }
        if pos >= bytes.len() {
            return None;
        }
        let start = pos;
        let mut i = pos;
        let mut brk = 0;
        while i < bytes.len() {
            // Most bytes cannot start a line break: skip them eight at a
            // time, then one by one.
            i = skip_plain(bytes, i);
            while i < bytes.len() && !BREAK_LEAD[bytes[i] as usize] {
                i += 1;
            }
            if i >= bytes.len() {
                break;
            }
            match bytes[i] {
                b'\n' => brk = 1,
                b'\r' => {
                    brk = if bytes.get(i + 1) == Some(&b'\n') {
                        2
                    } else {
                        1
                    }
                }
                0xC2 if bytes.get(i + 1) == Some(&0x85) => brk = 2,
                0xE2 if bytes.get(i + 1) == Some(&0x80)
                    && matches!(bytes.get(i + 2), Some(&0xA8) | Some(&0xA9)) =>
                {
                    blank_after = bytes[i + 2] == 0xA9;
                    brk = 3;
                }
                _ => {}
            }
            if brk > 0 {
                break;
            }
            i += 1;
        }
        let end = i;
        pos = i + brk;
        Some(Line {
            start,
            end,
            next: pos,
        })
    })
}

#[inline]
fn is_space(c: char) -> bool {
    c.is_whitespace() || c == '\u{FEFF}' || c == '\u{200B}'
}

fn is_blank(s: &str) -> bool {
    s.chars().all(is_space)
}

/// `span` shrunk to exclude surrounding whitespace.
fn trim_span(text: &str, start: usize, end: usize) -> Span {
    let s = &text[start..end];
    // (Most paragraphs start with a character that is no space and end
    // with one before ASCII spaces and line breaks: those are trimmed by
    // byte, and only the two characters around them decoded.)
    let b = s.as_bytes();
    let mut e = b.len();
    while e > 0 && b[e - 1].is_ascii_whitespace() {
        e -= 1;
    }
    let no_space = |c: Option<char>| c.is_some_and(|c| !is_space(c));
    // (`e` is a char boundary: only ASCII bytes were passed over.)
    if no_space(s.chars().next()) && no_space(s[..e].chars().next_back()) {
        return Span::new(start, start + e);
    }
    let lead = s.len() - s.trim_start_matches(is_space).len();
    let trail = s.len() - s.trim_end_matches(is_space).len();
    if lead == s.len() {
        return Span::new(start, start);
    }
    Span::new(start + lead, end - trail)
}

/// Skips spaces and tabs (not line breaks) from `at`.
fn skip_inline_space(text: &str, at: usize) -> usize {
    let rest = &text[at..];
    at + (rest.len()
        - rest
            .trim_start_matches(|c: char| c != '\n' && c != '\r' && is_space(c))
            .len())
}

/// Strips a case-insensitive `key` (such as `date`) followed by `:` or
/// whitespace at the start of `s`; returns the bytes consumed.
fn header_key(s: &str, keys: &[&str]) -> Option<usize> {
    for key in keys {
        let n = key.len();
        if s.len() > n && s.as_bytes()[..n].eq_ignore_ascii_case(key.as_bytes()) {
            let rest = &s[n..];
            if let Some(r) = rest.strip_prefix(':') {
                return Some(s.len() - r.trim_start_matches([' ', '\t']).len());
            }
            if rest.starts_with([' ', '\t']) {
                return Some(s.len() - rest.trim_start_matches([' ', '\t']).len());
            }
        }
    }
    None
}

impl Structure {
    /// Parses the structure of `text`. Never fails: text without any
    /// structure is one or more paragraphs.
    pub(crate) fn parse(text: &str) -> Structure {
        let mut st = Structure::default();
        let mut pos = skip_inline_space(text, 0);
        // Leading blank lines.
        for line in lines(text, 0) {
            if is_blank(&text[line.start..line.end]) {
                pos = line.next;
            } else {
                pos = skip_inline_space(text, line.start);
                break;
            }
        }
        // Header lines. `inline_body` is set when the body starts on a
        // header's line, as in `date 2023-11-20 SARAJEVO – ...`.
        let mut inline_body = false;
        while pos < text.len() {
            let (line_end, next_line) = lines(text, pos)
                .next()
                .map_or((text.len(), text.len()), |l| (l.end, l.next));
            let line = &text[pos..line_end];
            if let Some(k) = header_key(line, &["date", "published", "posted", "updated"]) {
                let after_key = pos + k;
                match parse_date_prefix(&text[after_key..line_end]) {
                    Some(Ok((date, len))) => {
                        st.date = st.date.or(Some(date));
                        let after = skip_inline_space(text, after_key + len);
                        if after < line_end {
                            pos = after;
                            inline_body = true;
                            break;
                        }
                    }
                    // An impossible date: the line is a header, but its
                    // date is not accepted.
                    Some(Err(_)) => {}
                    None => break,
                }
                pos = next_line;
                continue;
            }
            if let Some(k) = header_key(line, &["title", "headline"]) {
                if line.starts_with(|c: char| c.is_ascii_uppercase())
                    && line[k..].contains(|c: char| !is_space(c))
                {
                    let span = trim_span(text, pos + k, line_end);
                    st.headline = Some(Mention::new(text, span));
                    pos = next_line;
                    continue;
                }
            }
            if let Some(span) = byline(text, pos, line_end) {
                st.byline = Some(Mention::new(text, span));
                pos = next_line;
                continue;
            }
            break;
        }
        // Blank lines after the header.
        if !inline_body {
            for line in lines(text, pos) {
                if is_blank(&text[line.start..line.end]) {
                    pos = line.next;
                } else {
                    break;
                }
            }
            pos = skip_inline_space(text, pos.min(text.len()));
        }
        let mut blocks = blocks(text, pos);
        // Whether block `i` opens with a dateline (the dateline's test
        // below).
        let dateline_block = |blocks: &[Span], i: usize| {
            blocks
                .get(i)
                .and_then(|b| body_dateline(text, *b))
                .is_some()
        };
        // Whether block `i` is a writer's name alone on its line above a
        // dateline, as wire stories put them: "Ann Roy" then "LONDON
        // 1996-08-30".
        let writer_above_dateline = |blocks: &[Span], i: usize| {
            blocks.get(i).is_some_and(|b| name_line(&text[b.range()]))
                && dateline_block(blocks, i + 1)
        };
        // Headline: a short first line standing alone above the body; or
        // a one-line sentence above a dateline, or above a writer's name
        // and a dateline ("Rates fall in week." then "LONDON 1996-08-30").
        if !inline_body && st.headline.is_none() && blocks.len() >= 2 {
            let first = blocks[0];
            let headline = match headline_shape(text, first) {
                Some(true) => true,
                Some(false) => dateline_block(&blocks, 1) || writer_above_dateline(&blocks, 1),
                None => false,
            };
            if headline && dateline_at(text, first.start(), first.end()).is_none() {
                st.headline = Some(Mention::new(text, first));
                blocks.remove(0);
            }
        }
        // Byline right under the headline: "By Ann Roy", or a name alone
        // above the dateline.
        if st.byline.is_none() && blocks.len() >= 2 {
            if let Some(span) = byline(text, blocks[0].start(), blocks[0].end()) {
                if span.end() == blocks[0].end()
                    || text[span.end()..blocks[0].end()].trim().is_empty()
                {
                    st.byline = Some(Mention::new(text, span));
                    blocks.remove(0);
                }
            } else if st.headline.is_some() && writer_above_dateline(&blocks, 0) {
                st.byline = Some(Mention::new(text, blocks[0]));
                blocks.remove(0);
            }
        }
        // Dateline opening the body, or after one or two one-line
        // decks ("Nation reshuffles its diplomats." then "MEXICO CITY -
        // …"; a dateline in capitals only).
        let deck = |b: &Span| {
            let line = &text[b.range()];
            line.len() <= 200 && !line.contains(['\n', '\r'])
        };
        let at = blocks
            .first()
            .and_then(|&b| body_dateline(text, b))
            .map(|f| (0, f))
            .or_else(|| {
                (1..blocks.len().min(3))
                    .take_while(|&i| deck(&blocks[i - 1]))
                    .find_map(|i| {
                        body_dateline(text, blocks[i])
                            .filter(|f| f.all_caps)
                            .map(|f| (i, f))
                    })
            });
        if let Some((i, found)) = at {
            let mut dl = found.dateline;
            if dl.date.is_none() {
                if let (Some((m, d)), Some(year)) = (found.month_day, st.date.map(|d| d.year())) {
                    dl.date = Date::new(year, m, d).ok();
                }
            }
            if st.date.is_none() {
                st.date = dl.date;
            }
            if found.consumed >= blocks[i].end() {
                blocks.remove(i);
            }
            st.dateline = Some(dl);
            st.dateline_needs_place = found.needs_place || i > 0;
        }
        st.paragraphs = blocks.into_iter().filter(|b| !b.is_empty()).collect();
        st
    }
}

/// `By Jane Doe` / `By Jane Doe and John Roe, Reuters`: a short line that
/// starts with "By " and a capitalised word. Returns the span of the names.
fn byline(text: &str, start: usize, end: usize) -> Option<Span> {
    let line = &text[start..end];
    let rest = line
        .strip_prefix("By ")
        .or_else(|| line.strip_prefix("BY "))?;
    let names = rest.trim_start();
    let words = names.split_whitespace().count();
    if !names.starts_with(|c: char| c.is_uppercase())
        || words == 0
        || words > 10
        || names.len() > 100
    {
        return None;
    }
    // A byline is not a sentence.
    if names.trim_end().ends_with(['.', '!', '?']) && !names.trim_end().ends_with(" Jr.") {
        return None;
    }
    let s = end - names.len();
    Some(trim_span(text, s, end))
}

/// The dateline opening body block `block`, if any. (A title-case
/// dateline needs body text after it: alone on its line it may be a
/// headline.)
fn body_dateline(text: &str, block: Span) -> Option<FoundDateline> {
    dateline_at(text, block.start(), block.end())
        .filter(|f| !(f.needs_place && f.consumed >= block.end()))
}

/// Whether `line` is shaped like a person's name alone: two to four
/// words, a given name first, the last capitalised and the others too or
/// a name's particle ("Ann van Roy"), no digits, no final stop, not in
/// capitals, on one line.
fn name_line(line: &str) -> bool {
    if line.len() > 60 || line.contains(['\n', '\r']) || line.trim_end().ends_with('.') {
        return false;
    }
    // (Capitalised, not in capitals: "Roy", not "ROY".)
    let cap = |w: &str| cap_word(w) == Some(w.len()) && w.chars().skip(1).any(char::is_lowercase);
    let lex = crate::entity::people::lexicon::Lexicon::get();
    let n = line.split_whitespace().count();
    let mut words = line.split_whitespace();
    // (A given name first or a surname last: not "World News", "Photo
    // Gallery".)
    let first = words.next().filter(|&w| cap(w));
    let last = words.next_back().filter(|&w| cap(w));
    (2..=4).contains(&n)
        && first
            .is_some_and(|f| last.is_some_and(|l| lex.given_entry(f).is_some() || lex.surname(l)))
        && words.all(|w| cap(w) || lex.particle(w))
}

/// Whether a block may be a headline (one line, short): `Some(true)`
/// standing alone, without a sentence-final stop or written in title case
/// or capitals; `Some(false)` only right above a dateline (a one-line
/// sentence); `None` not at all.
fn headline_shape(text: &str, block: Span) -> Option<bool> {
    let s = &text[block.range()];
    if s.len() > 250 || s.ends_with(':') || s.contains(['\n', '\r']) {
        return None;
    }
    let words = s.split_whitespace().count();
    if words == 0 || words > 40 {
        return None;
    }
    let trimmed = s.trim_end_matches(['"', '\u{201D}', '\u{2019}', '\'', ')']);
    // (Title Case or ALL CAPS despite the stop.)
    Some(!trimmed.ends_with(['.', '!', '?']) || text::title_case_line(s))
}

/// The body's paragraphs as trimmed spans, from `from` to the end.
///
/// Blank lines separate paragraphs. When the body has no blank line at all,
/// a line break separates paragraphs after sentence-final punctuation or
/// before an indented line, and is a wrap inside a paragraph otherwise.
fn blocks(text: &str, from: usize) -> Vec<Span> {
    let mut all = window::take_buffer(&LINES);
    all.extend(lines(text, from));
    let has_blank = all.iter().any(|l| is_blank(&text[l.start..l.end]));
    // (A paragraph ends at a line: sized once for the most there can be.)
    let mut out = Vec::with_capacity(all.len());
    let mut cur: Option<(usize, usize)> = None;
    // A paragraph ending in a title abbreviation, kept open across blank
    // lines for the name that should follow it.
    let mut held: Option<(usize, usize)> = None;
    let mut first = true;
    for l in &all {
        let s = &text[l.start..l.end];
        // The first "line" may start mid-line (after an inline header).
        let start = if first { from.max(l.start) } else { l.start };
        first = false;
        if is_blank(s) {
            // (A title abbreviation does not end a paragraph: the break in
            // "… said Sen.", blank line, "Ann Roy …" is the source's.)
            if let Some((a, b)) = cur.take() {
                if ends_in_name_prefix(&text[a..b]) {
                    held = Some((a, b));
                } else {
                    out.push(trim_span(text, a, b));
                }
            }
            continue;
        }
        if let Some((a, b)) = held.take() {
            if opens_with_name(s) {
                cur = Some((a, b));
            } else {
                out.push(trim_span(text, a, b));
            }
        }
        let indented = s.starts_with(['\t', ' ', '\u{3000}']);
        let breaks = match cur {
            None => false,
            Some((_, b)) if !has_blank => {
                let prev = text[..b].trim_end_matches(is_space);
                indented
                    || prev.ends_with([
                        '.', '!', '?', ':', '"', '\u{201D}', '\u{2019}', ')', '\u{BB}',
                    ])
            }
            // With blank-line paragraphs, a tab-indented line still starts
            // a new paragraph.
            Some(_) => s.starts_with('\t'),
        };
        if breaks {
            if let Some((a, b)) = cur.take() {
                out.push(trim_span(text, a, b));
            }
        }
        cur = Some(match cur {
            Some((a, _)) => (a, l.end),
            None => (start, l.end),
        });
    }
    if let Some((a, b)) = cur.or(held) {
        out.push(trim_span(text, a, b));
    }
    window::give_back(&LINES, all);
    out.retain(|s| !s.is_empty());
    out
}

/// Whether a paragraph's text ends in a title abbreviation before a name
/// ("… joined Sen.").
fn ends_in_name_prefix(s: &str) -> bool {
    let Some(s) = s.trim_end_matches(is_space).strip_suffix('.') else {
        return false;
    };
    // (A name prefix has four letters at most: most paragraphs end in a
    // longer word, which five ASCII letters before the period tell with
    // no character decoded.)
    if s.len() >= 5
        && s.as_bytes()[s.len() - 5..]
            .iter()
            .all(u8::is_ascii_alphabetic)
    {
        return false;
    }
    let word = s.rsplit(|c: char| !c.is_alphabetic()).next().unwrap_or("");
    text::is_name_prefix(word)
}

/// Whether a line opens with a capitalised word that may be a name (not
/// "The", "He", "When").
fn opens_with_name(line: &str) -> bool {
    let line = line.trim_start_matches(is_space);
    let word = line
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or("");
    word.starts_with(char::is_uppercase) && !text::is_starter(word)
}

thread_local! {
    /// The lines of [`blocks`], reused from text to text
    /// ([`window::take_buffer`]).
    static LINES: std::cell::Cell<Vec<Line>> = const { std::cell::Cell::new(Vec::new()) };
}

/// A dateline found at the start of a block.
struct FoundDateline {
    dateline: Dateline,
    /// Where the body text after the dateline starts.
    consumed: usize,
    /// `Nov 20` without a year.
    month_day: Option<(u32, u32)>,
    /// See [`Structure::dateline_needs_place`].
    needs_place: bool,
    /// The place is written in capitals ("MEXICO CITY"), not in title
    /// case.
    all_caps: bool,
}

/// A word of a dateline place in capitals: `SARAJEVO`, `ST.`, `O'HARE`,
/// `BOSNIA-HERZEGOVINA`. Returns its length.
fn caps_word(s: &str) -> Option<usize> {
    let mut letters = 0;
    let mut len = 0;
    for c in s.chars() {
        if c.is_alphabetic() {
            if c.is_lowercase() {
                return None;
            }
            letters += 1;
        } else if !matches!(c, '.' | '\'' | '\u{2019}' | '-') {
            break;
        }
        len += c.len_utf8();
    }
    (letters >= 1 && s[..len].starts_with(char::is_alphabetic)).then_some(len)
}

/// A capitalised word (`Calif.`, `Lebanon`, `D.C.`, `Bosnia-Herzegovina`).
fn cap_word(s: &str) -> Option<usize> {
    if !s.starts_with(char::is_uppercase) {
        return None;
    }
    let len = s
        .char_indices()
        .find(|&(_, c)| !(c.is_alphabetic() || matches!(c, '.' | '\'' | '\u{2019}' | '-')))
        .map_or(s.len(), |(i, _)| i);
    Some(len)
}

fn dash_len(s: &str) -> Option<usize> {
    for d in ["--", "\u{2013}", "\u{2014}", "\u{2015}", "-"] {
        if let Some(rest) = s.strip_prefix(d) {
            if rest.is_empty() || rest.starts_with(is_space) {
                return Some(d.len());
            }
        }
    }
    None
}

/// Parses a dateline at `start` (the start of the first body block that
/// ends at `end`).
fn dateline_at(text: &str, start: usize, end: usize) -> Option<FoundDateline> {
    let s = &text[start..end];
    // PLACE: up to five words, in capitals ("MEXICO CITY") or in title
    // case ("Mexico City"; a dateline only with an agency or a date after
    // it, or a region and a dash, checked below).
    let (all_caps, mut w) = match caps_word(s) {
        Some(w) => (true, w),
        None => (false, cap_word(s)?),
    };
    let place_word = |r: &str| if all_caps { caps_word(r) } else { cap_word(r) };
    let (mut at, mut words, mut letters) = (0, 0, 0);
    // (A place's name seldom holds a preposition that a heading may:
    // "NOTES IN BRIEF, MAY 3", "NEWS FOR FARMERS"; such a line is a
    // dateline only with a region or an agency after it, "BARROW IN
    // FURNESS, England".)
    let mut heading_words = false;
    loop {
        let word = &s[at..at + w];
        heading_words |= matches!(
            word,
            "IN" | "In"
                | "FOR"
                | "For"
                | "WITH"
                | "With"
                | "AT"
                | "At"
                | "FROM"
                | "From"
                | "BY"
                | "By"
        );
        letters += word.chars().filter(|c| c.is_alphabetic()).count();
        at += w;
        words += 1;
        match s[at..]
            .strip_prefix(' ')
            .filter(|_| words < 5)
            .and_then(place_word)
        {
            Some(n) => {
                at += 1;
                w = n;
            }
            None => break,
        }
    }
    if letters < 2 {
        return None;
    }
    let mut place_end = at;
    // `, Region` (`, Calif.`, `, Lebanon`, `, D.C.`), twice at most
    // (`, Indiana, United States`).
    let mut regions = 0;
    while let Some(rest) = s[at..].strip_prefix(", ").filter(|_| regions < 2) {
        let mut r = 0;
        let mut n = 0;
        while n < 3 {
            if parse_month(&rest[r..]).is_some()
                && rest[r..]
                    .split_once(' ')
                    .is_some_and(|(_, x)| x.starts_with(|c: char| c.is_ascii_digit()))
            {
                break;
            }
            let Some(w) = cap_word(&rest[r..]) else { break };
            r += w;
            n += 1;
            if rest[r..].starts_with(' ')
                && cap_word(&rest[r + 1..]).is_some()
                && parse_month(&rest[r + 1..]).is_none()
            {
                r += 1;
            } else {
                break;
            }
        }
        if n == 0 {
            break;
        }
        at += 2 + r;
        place_end = at;
        regions += 1;
    }
    // `, Nov 20`, `, Nov. 20, 2023`, ` 1997-04-11`
    let mut date = None;
    let mut month_day = None;
    let mut has_extra = false;
    {
        let sep = if s[at..].starts_with(", ") {
            2
        } else if s[at..].starts_with(' ') {
            1
        } else {
            0
        };
        if sep > 0 {
            let r = &s[at + sep..];
            match parse_date_prefix(r) {
                Some(Ok((d, len))) => {
                    date = Some(d);
                    at += sep + len;
                    has_extra = true;
                }
                Some(Err(_)) => return None,
                None => {
                    if let Some((m, ml)) = parse_month(r) {
                        let r2 = &r[ml..];
                        let sp = r2.len() - r2.trim_start_matches(' ').len();
                        let digits = r2[sp..].bytes().take_while(u8::is_ascii_digit).count();
                        if sp > 0 && (1..=2).contains(&digits) {
                            let day: u32 = r2[sp..sp + digits].parse().ok()?;
                            if Date::new(2000, m, day).is_err() {
                                return None;
                            }
                            month_day = Some((m, day));
                            at += sep + ml + sp + digits;
                            has_extra = true;
                        }
                    }
                }
            }
        }
    }
    // ` (Reuters)`, ` (AP)`
    let mut agency = None;
    {
        let r = &s[at..];
        let sp = r.len() - r.trim_start_matches(' ').len();
        if r[sp..].starts_with('(') {
            if let Some(close) = r[sp..].find(')') {
                let inner = &r[sp + 1..sp + close];
                if !inner.is_empty()
                    && inner.len() <= 40
                    && inner.starts_with(char::is_uppercase)
                    && !inner.contains(['\n', '\r'])
                {
                    agency = Some(inner.to_string());
                    at += sp + close + 1;
                    has_extra = true;
                }
            }
        }
    }
    if heading_words && regions == 0 && agency.is_none() {
        return None;
    }
    // The separator: a dash (or a colon) and a space, or the end of the
    // block when a date or agency says this is a dateline.
    let r = &s[at..];
    let sp = r.len() - r.trim_start_matches([' ', '\t']).len();
    // A title-case place needs a date or an agency after it, or a region
    // and a dash (`Taipei, Taiwan — `).
    if !(all_caps || has_extra || (regions > 0 && dash_len(&r[sp..]).is_some())) {
        return None;
    }
    let consumed = if let Some(d) = dash_len(&r[sp..]) {
        let after = at + sp + d;
        start + after + (s[after..].len() - s[after..].trim_start_matches(is_space).len())
    } else if r[sp..].is_empty() && has_extra {
        end
    } else if r[sp..].starts_with(['\n', '\r']) && has_extra {
        start + at + sp
    } else {
        return None;
    };
    // A dateline opens body text; a line in capitals after the dash is a
    // headline such as `SOCCER - CLUB WINS CUP`.
    let body = &text[consumed.min(end)..end];
    let body_line = body.split(['\n', '\r']).next().unwrap_or("");
    if body_line.chars().any(char::is_alphabetic) && !body_line.chars().any(char::is_lowercase) {
        return None;
    }
    let span = Span::new(start, start + place_end);
    // (A title-case place of several words with only an agency after it,
    // and no region, may be a company's or a person's name: "Harbor Foods
    // Inc. (NYSE: HFI) –", "Ann Roy (Reuters) -".)
    let needs_place = !all_caps
        && (!has_extra || (words > 1 && regions == 0 && date.is_none() && month_day.is_none()));
    Some(FoundDateline {
        dateline: Dateline {
            text: text[span.range()].to_string(),
            span,
            location: None,
            country_code: None,
            agency,
            date,
        },
        consumed,
        month_day,
        needs_place,
        all_caps,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn skip_plain_never_skips_a_line_break_lead() {
        for b in 0..=255u8 {
            for at in 0..16 {
                let mut bytes = vec![b'a'; 20];
                bytes[at] = b;
                let stop = skip_plain(&bytes, 0);
                if BREAK_LEAD[b as usize] {
                    assert!(stop <= at, "{b:#x} at {at}: skipped to {stop}");
                }
                if (0x0E..0x80).contains(&b) {
                    // Plain text is skipped down to the last few bytes.
                    assert_eq!(stop, 16, "{b:#x} at {at}");
                }
            }
        }
        assert_eq!(skip_plain(b"abc", 0), 0);
        assert_eq!(skip_plain(b"", 0), 0);
    }

    type Case = (
        &'static str,
        Option<&'static str>,
        Option<&'static str>,
        Option<&'static str>,
    );

    /// (input, dateline text, agency, date) — `None` text: no dateline.
    #[rustfmt::skip]
    const DATELINES: &[Case] = &[
        ("SARAJEVO – NATO supports it.", Some("SARAJEVO"), None, None),
        ("NEW YORK — Stocks fell.", Some("NEW YORK"), None, None),
        ("WASHINGTON (Reuters) - The Senate voted.", Some("WASHINGTON"), Some("Reuters"), None),
        ("SAN JOSE, Calif. — Apple said.", Some("SAN JOSE, Calif."), None, None),
        ("LONDON, Nov 20 (AP) – Prices rose.", Some("LONDON"), Some("AP"), None),
        ("BEIRUT, Lebanon (AP) — A blast.", Some("BEIRUT, Lebanon"), Some("AP"), None),
        ("ST. LOUIS -- The Comets won.", Some("ST. LOUIS"), None, None),
        ("WASHINGTON, D.C. - The bill passed.", Some("WASHINGTON, D.C."), None, None),
        ("LONDON 1997-04-11", Some("LONDON"), None, Some("1997-04-11")),
        ("QUEZON CITY 1997-04-11", Some("QUEZON CITY"), None, Some("1997-04-11")),
        ("KYIV, Ukraine, March 3, 2022 — Shelling.", Some("KYIV, Ukraine"), None, Some("2022-03-03")),
        ("BOSNIA-HERZEGOVINA – The talks.", Some("BOSNIA-HERZEGOVINA"), None, None),
        ("Washington (Reuters) - The Senate voted.", Some("Washington"), Some("Reuters"), None),
        ("SÃO PAULO — Markets.", Some("SÃO PAULO"), None, None),
        ("ZÜRICH – Banks.", Some("ZÜRICH"), None, None),
        // must not parse
        ("The council – which met on Monday – agreed.", None, None, None),
        ("Yesterday - the council met.", None, None, None),
        ("I - for one - disagree.", None, None, None),
        ("UNICEF strongly supports the plan.", None, None, None),
        ("WASHINGTON lawmakers said on Monday.", None, None, None),
        ("LONDON, Feb 30 – Impossible.", None, None, None),
        ("LONDON 2023-02-30", None, None, None),
        ("Washington - the capital.", None, None, None),
        ("Taipei, Taiwan — The fair opened.", Some("Taipei, Taiwan"), None, None),
        (
            "Evansville, Indiana, United States - This past week.",
            Some("Evansville, Indiana, United States"),
            None,
            None,
        ),
        ("A-B testing is common.", None, None, None),
        // A heading with a preposition is no place.
        ("NOTES IN BRIEF, MAY 3", None, None, None),
        // (With a region or an agency it is a place: towns have them.)
        (
            "BARROW IN FURNESS, England (Reuters) - The port reopened.",
            Some("BARROW IN FURNESS, England"),
            Some("Reuters"),
            None,
        ),
        ("NEWS FOR FARMERS - The fair opened.", None, None, None),
        ("", None, None, None),
    ];

    #[test]
    fn datelines() {
        for &(input, want, agency, date) in DATELINES {
            let got = dateline_at(input, 0, input.len());
            let text = got.as_ref().map(|f| f.dateline.text.as_str());
            assert_eq!(text, want, "input {input:?}");
            if let Some(f) = got {
                assert_eq!(f.dateline.agency.as_deref(), agency, "agency of {input:?}");
                assert_eq!(
                    f.dateline.date.map(|d| d.to_string()).as_deref(),
                    date,
                    "date of {input:?}"
                );
                assert_eq!(&input[f.dateline.span.range()], f.dateline.text);
            }
        }
    }

    fn parse(text: &str) -> (Option<String>, Option<String>, Option<String>, Vec<&str>) {
        let st = Structure::parse(text);
        (
            st.date.map(|d| d.to_string()),
            st.headline.map(|h| h.text),
            st.dateline.map(|d| d.text),
            st.paragraphs.iter().map(|p| &text[p.range()]).collect(),
        )
    }

    #[test]
    fn header_on_the_body_line() {
        let (date, headline, dl, paras) = parse(" date 2023-11-20 SARAJEVO – It snowed.\n\nMore.");
        assert_eq!(date.as_deref(), Some("2023-11-20"));
        assert_eq!(headline, None);
        assert_eq!(dl.as_deref(), Some("SARAJEVO"));
        assert_eq!(paras, ["SARAJEVO – It snowed.", "More."]);
    }

    #[test]
    fn wire_story_headline_writer_and_dateline() {
        // A sentence above a dateline is the headline, a name alone between
        // them the byline.
        let text = "Harbor rates fall in week.\n\nAnn van Roy\n\nOSLO 2001-04-05\n\nRates fell.";
        let st = Structure::parse(text);
        assert_eq!(st.byline.map(|b| b.text).as_deref(), Some("Ann van Roy"));
        let (date, headline, dl, paras) = parse(text);
        assert_eq!(date.as_deref(), Some("2001-04-05"));
        assert_eq!(headline.as_deref(), Some("Harbor rates fall in week."));
        assert_eq!(dl.as_deref(), Some("OSLO"));
        assert_eq!(paras, ["Rates fell."]);

        let (_, headline, dl, _) =
            parse("Harbor shares rise.\n\nHARLOW, Mich., April 5 (UPI) - Shares rose.");
        assert_eq!(headline.as_deref(), Some("Harbor shares rise."));
        assert_eq!(dl.as_deref(), Some("HARLOW, Mich."));

        // A label is no writer: "World News" above the dateline.
        let st =
            Structure::parse("Storm hits the coast\n\nWorld News\n\nOSLO 2001-04-05\n\nIt rained.");
        assert!(st.byline.is_none());
        // Without a dateline under it, a sentence is the lede; a name line
        // above the body is no byline.
        let text = "Harbor rates fell in the week.\n\nAnn Roy\n\nRates fell.";
        let st = Structure::parse(text);
        assert!(st.headline.is_none() && st.byline.is_none());
        assert_eq!(st.paragraphs.len(), 3);
    }

    #[test]
    fn header_lines_headline_and_body() {
        let text = "date 2006-02-23\nChildren suffering from iodine deficiency\n\nAlmost half of all children are deficient.\n\nSecond paragraph.";
        let (date, headline, dl, paras) = parse(text);
        assert_eq!(date.as_deref(), Some("2006-02-23"));
        assert_eq!(
            headline.as_deref(),
            Some("Children suffering from iodine deficiency")
        );
        assert_eq!(dl, None);
        assert_eq!(
            paras,
            [
                "Almost half of all children are deficient.",
                "Second paragraph."
            ]
        );
    }

    #[test]
    fn labelled_headers() {
        let text = "Title: Storm hits coast\nDate: November 20, 2023\nBy Jane Doe\n\nMIAMI — Winds rose.\n\nPower failed.";
        let st = Structure::parse(text);
        assert_eq!(st.headline.unwrap().text, "Storm hits coast");
        assert_eq!(st.date.unwrap().to_string(), "2023-11-20");
        assert_eq!(st.byline.unwrap().text, "Jane Doe");
        assert_eq!(st.dateline.unwrap().text, "MIAMI");
        assert_eq!(st.paragraphs.len(), 2);
    }

    #[test]
    fn dateline_on_its_own_line_gives_the_date() {
        let text =
            "SOCCER - CLUB WINS CUP.\n\nMADRID 1997-04-11\n\nThe club won the cup on Friday.";
        let (date, headline, dl, paras) = parse(text);
        assert_eq!(date.as_deref(), Some("1997-04-11"));
        assert_eq!(headline.as_deref(), Some("SOCCER - CLUB WINS CUP."));
        assert_eq!(dl.as_deref(), Some("MADRID"));
        assert_eq!(paras, ["The club won the cup on Friday."]);
    }

    #[test]
    fn title_case_headline_with_a_stop() {
        let text = "Senator Says Budget Deal Is Close to Being Done.\n\nThe senator said on Monday that a deal was close.";
        let (_, headline, _, paras) = parse(text);
        assert!(headline.is_some());
        assert_eq!(paras.len(), 1);
    }

    #[test]
    fn one_sentence_lede_is_not_a_headline() {
        let text = "The senator said on Monday that a deal was close.\n\nOthers disagreed.";
        let (_, headline, _, paras) = parse(text);
        assert_eq!(headline, None);
        assert_eq!(paras.len(), 2);
    }

    #[test]
    fn invalid_header_date_is_not_accepted() {
        let (date, _, _, paras) = parse("date 2023-02-30\nIt rained.\nIt poured.");
        assert_eq!(date, None);
        assert_eq!(paras, ["It rained.", "It poured."]);
    }

    #[test]
    fn date_word_starting_a_sentence_is_not_a_header() {
        let (date, _, _, paras) = parse("Date palms grow here.");
        assert_eq!(date, None);
        assert_eq!(paras, ["Date palms grow here."]);
    }

    #[test]
    fn single_newlines() {
        // Hard-wrapped lines join; sentence ends and indents break.
        let text = "The council met on Monday and\nagreed to the plan.\nIt will vote again.\n\tA new paragraph.";
        let (_, _, _, paras) = parse(text);
        assert_eq!(
            paras,
            [
                "The council met on Monday and\nagreed to the plan.",
                "It will vote again.",
                "A new paragraph."
            ]
        );
    }

    #[test]
    fn crlf_and_lone_cr() {
        let (_, _, _, paras) = parse("One.\r\n\r\nTwo.\r\rThree.");
        assert_eq!(paras, ["One.", "Two.", "Three."]);
    }

    #[test]
    fn unicode_line_and_paragraph_separators() {
        // Without blank lines, a line break after a sentence end splits.
        let (_, _, _, paras) = parse("One.\u{2028}Two.\u{85}Three");
        assert_eq!(paras, ["One.", "Two.", "Three"]);
        // U+2029 separates paragraphs like a blank line; line breaks inside
        // a paragraph are then wraps.
        let (_, _, _, paras) = parse("One.\u{2029}Two.\u{2028}Three.");
        assert_eq!(paras, ["One.", "Two.\u{2028}Three."]);
        let (_, _, _, paras) = parse("A line that wraps\u{2028}on.\u{2029}Next.");
        assert_eq!(paras, ["A line that wraps\u{2028}on.", "Next."]);
    }

    #[test]
    fn empty_and_blank() {
        assert_eq!(Structure::parse(""), Structure::default());
        assert_eq!(
            Structure::parse(" \n\t\r\n ").paragraphs,
            Vec::<Span>::new()
        );
        assert_eq!(Structure::parse("\u{FEFF}Hello.").paragraphs.len(), 1);
    }
}
