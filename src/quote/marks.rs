//! Quotation marks: which marks open or close a quotation, which are
//! apostrophes, and how they pair up into quoted regions.
//!
//! One left-to-right pass over the tokens with a small stack of open marks.
//! Handles `“…”`, `"…"`, `''…''`, `‘…’`, `'…'`, `«…»`, `»…«`, `„…“`, `„…”`,
//! `‚…‘`, nesting (in the other family, `“… ‘…’ …”`, or in the same style
//! right after a word, `“… he calls “hell” …”`), and quotations that run
//! over several paragraphs (the
//! opening mark repeated at each paragraph, the closing mark only at the end).

use super::cues::class;
use crate::text::{Token, TokenKind};

/// The family of a quotation mark: marks only pair within their family.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Family {
    Double,
    Single,
    Guillemet,
}

/// A quoted region at the outermost level.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Region {
    /// Token index of the opening mark.
    pub open: usize,
    /// Token index of (the last token of) the closing mark, or one past the
    /// last content token when the quotation is never closed.
    pub close: usize,
    /// Byte offset just after the opening mark.
    pub start: usize,
    /// Byte offset of the closing mark (or the end of the last content token).
    pub end: usize,
    /// Whether a closing mark ends the region.
    pub closed: bool,
}

#[derive(Clone, Copy, Debug)]
struct Open {
    family: Family,
    /// The opening character, to pair `„` with `“` and `»` with `«`.
    ch: char,
    /// Token index of the (first) opening mark.
    tok: usize,
    /// Byte offset after the mark (a doubled `''` is two tokens).
    after: usize,
    /// Whether it opened inside a quotation of the same style (“… he
    /// calls “hell” …”).
    same_style: bool,
    /// The first quotation of the same style closed inside this one: if
    /// this one is never closed, that was a quotation of its own, and this
    /// one ends before it.
    inner: Option<Region>,
}

/// How deep the stack of open marks may grow; deeper marks are ignored.
const MAX_DEPTH: usize = 8;
/// How far down the stack a closing mark looks for its opener.
const MAX_SEARCH: usize = 3;

fn prev_char(text: &str, at: usize) -> Option<char> {
    text.get(..at).and_then(|s| s.chars().next_back())
}

fn next_char(text: &str, at: usize) -> Option<char> {
    text.get(at..).and_then(|s| s.chars().next())
}

fn is_quote_char(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '\u{201C}'
            | '\u{201D}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{201E}'
            | '\u{201A}'
            | '\u{AB}'
            | '\u{BB}'
    )
}

/// Characters after which a mark may open a quotation.
fn opens_after(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => {
            c.is_whitespace()
                || is_quote_char(c)
                || matches!(
                    c,
                    '(' | '[' | '{' | '\u{2014}' | '\u{2013}' | '-' | '/' | ':'
                )
        }
    }
}

/// Characters before which a mark may close a quotation.
fn closes_before(c: Option<char>) -> bool {
    match c {
        None => true,
        Some(c) => !(c.is_alphanumeric()),
    }
}

/// Whether the token at `i` is a paragraph start: after a blank line, or
/// after a line break that follows sentence-final punctuation or precedes
/// an opening mark. Only a token that opens a line may start a paragraph:
/// `line_starts` lists those after the first, in order
/// ([`crate::text::sentences_and_landmarks`]). The paragraph starts after the
/// first token are written to `starts` (emptied first: a buffer reused
/// from text to text), in order; the flags are written into `out`, another
/// such buffer.
pub(crate) fn paragraph_starts(
    text: &str,
    tokens: &[Token],
    line_starts: &[usize],
    starts: &mut Vec<usize>,
    mut out: Vec<bool>,
) -> Vec<bool> {
    out.clear();
    out.resize(tokens.len(), false);
    starts.clear();
    for &i in line_starts {
        let (Some(p), Some(t)) = (i.checked_sub(1).and_then(|k| tokens.get(k)), tokens.get(i))
        else {
            continue;
        };
        let prev = p.text(text);
        let prev_final = matches!(
            prev,
            "." | "!" | "?" | ":" | "\"" | "\u{201D}" | "\u{2019}" | "'" | "\u{BB}" | "\u{2026}"
        );
        let cur = t.text(text);
        let cur_quote = matches!(cur, "\"" | "\u{201C}" | "\u{201E}" | "\u{AB}" | "\u{2018}");
        // (Line breaks counted as bytes: no other character holds those.)
        let blank = || {
            let gap = text.get(p.end()..t.start()).unwrap_or("");
            let breaks = |b: u8| gap.bytes().filter(|&c| c == b).count();
            breaks(b'\n') >= 2 || breaks(b'\r') >= 2
        };
        // (Not after a title abbreviation before a name: "Sen.", a break,
        // "Ann Roy …".)
        if (prev_final || cur_quote || blank()) && !crate::text::name_after_prefix(text, tokens, i)
        {
            out[i] = true;
            starts.push(i);
        }
    }
    if let Some(first) = out.first_mut() {
        *first = true;
    }
    out
}

/// Pairs the quotation marks of `tokens` into outermost regions, in order.
///
/// `para_start[i]` says whether token `i` starts a paragraph, and
/// `para_starts` lists the paragraph starts after the first token, in
/// order (both as [`paragraph_starts`] gives them); `mark_tokens` lists
/// the tokens that may be marks ([`crate::text::may_be_quote_mark`]), in order
/// ([`crate::text::sentences_and_landmarks`]). The regions are written to
/// `out` (emptied first: a buffer reused from text to text) and returned.
pub(crate) fn regions(
    text: &str,
    tokens: &[Token],
    para_start: &[bool],
    para_starts: &[usize],
    mark_tokens: &[usize],
    mut out: Vec<Region>,
) -> Vec<Region> {
    out.clear();
    let mut stack: Vec<Open> = Vec::new();
    // The quotations closed right inside a single-quoted one at the bottom
    // of the stack (“… 'a "b" c' …”): nested when it closes, quotations of
    // their own when it never does (a stray mark, "Harbor Bros. 'chief …").
    let mut in_single: Vec<Region> = Vec::new();
    // The last open quotation checked for an attribution before it.
    let mut before_cache: Option<(usize, bool)> = None;
    // The open quotation found to run on to a closing mark paragraphs on
    // ([`speech_close`]), and that mark's token.
    let mut speech: Option<(usize, usize)> = None;
    // (The first of `para_starts` at or after `i`: `i` only grows.)
    let mut next_para = 0;
    // (The first of `mark_tokens` at or after `i`.)
    let mut next_mark = 0;
    let mut i = 0;
    while i < tokens.len() {
        // Only a token that may be a mark does anything, or, while a
        // quotation is open, a paragraph start: the others are passed over
        // at once.
        let open = !stack.is_empty();
        while para_starts.get(next_para).is_some_and(|&p| p < i) {
            next_para += 1;
        }
        let stop = para_starts.get(next_para).copied().filter(|_| open);
        while mark_tokens.get(next_mark).is_some_and(|&m| m < i) {
            next_mark += 1;
        }
        // The first token from `i` on that may be a mark, or the paragraph
        // start `stop`; `tokens.len()` when none.
        let mark = mark_tokens.get(next_mark).copied();
        i = [stop, mark]
            .into_iter()
            .flatten()
            .fold(tokens.len(), usize::min);
        if i == tokens.len() {
            break;
        }
        let t = &tokens[i];
        // (While a quotation is open, the pass stops at the next
        // paragraph's start: there it is.)
        if stop == Some(i) {
            // A quotation open at the end of a paragraph continues when the
            // next paragraph opens with the same mark (a `“` paragraph after
            // an unclosed `"` one is a new quotation: text quoted into a
            // text that uses the other style).
            let bottom = stack[0];
            let next_opens = mark_at(text, tokens, i)
                .map(|(c, _)| c)
                .is_some_and(|c| c == bottom.ch && opening_family(c) == Some(bottom.family));
            if next_opens && bottom.family != Family::Single {
                // A new quotation after an attributed one, or more of it.
                // (Whether the open quotation was attributed before it
                // opened is looked up once, however many paragraphs it
                // runs over.)
                let before = match before_cache {
                    Some((tok, b)) if tok == bottom.tok => b,
                    _ => attributed_before(text, tokens, para_start, bottom.tok),
                };
                before_cache = Some((bottom.tok, before));
                if !(before && attributed_after(text, tokens, para_start, i)) {
                    stack.truncate(1);
                    let (_, n) = mark_at(text, tokens, i).unwrap_or(('"', 1));
                    i += n;
                    continue;
                }
            }
            // (Nor when the paragraph opens with no mark and its first
            // mark closes before an attribution: the writer left the
            // paragraph's opening mark out, `“… holds.` ¶ `The new money
            // …,” said Tom Hale.`)
            // (Nor when paragraphs with no mark at all run on to one that
            // closes it at its end: a speech quoted whole, `“Thank you …`
            // ¶ `…` ¶ `… at last.”`.)
            let mut speech_goes_on = || {
                if let Some((tok, close)) = speech {
                    if tok == bottom.tok && i < close {
                        return true;
                    }
                }
                let close = speech_close(text, tokens, para_start, &mark_tokens[next_mark..], i);
                speech = close.map(|c| (bottom.tok, c));
                close.is_some()
            };
            let continues = !next_opens
                && stack.len() == 1
                && bottom.family == Family::Double
                && (continued_to_attribution(text, tokens, para_start, i) || speech_goes_on());
            if !continues {
                // (Only a single-quoted bottom holds any.)
                out.append(&mut in_single);
                flush_unclosed(text, &mut stack, tokens, i, &mut out);
            }
        }
        if t.kind != TokenKind::Punct {
            i += 1;
            continue;
        }
        let Some((c, n)) = mark_at(text, tokens, i) else {
            i += 1;
            continue;
        };
        // A nickname inside a name is no quotation: `R.J. "Dusty" Hale`.
        if crate::text::quoted_nickname(text, tokens, i) {
            i += 3;
            continue;
        }
        let start = t.start();
        let end = tokens[i + n - 1].end();
        let before = prev_char(text, start);
        let after = next_char(text, end);
        let left = opens_after(before) && after.is_some_and(|a| !a.is_whitespace());
        let right = before.is_some_and(|b| !b.is_whitespace()) && closes_before(after);
        let top = stack.last().copied();
        let spaced = !left && !right && before.is_some_and(char::is_whitespace);
        let has = |f: Family| stack.iter().rev().take(MAX_SEARCH).any(|o| o.family == f);
        // `” … he delivered …,” she wrote.`: a curly mark set apart before
        // an ellipsis at a paragraph start opens the elided quotation.
        let elided = || {
            para_start.get(i).copied().unwrap_or(false)
                && !has(Family::Double)
                && text
                    .get(end..)
                    .map(str::trim_start)
                    .is_some_and(|r| r.starts_with('\u{2026}') || r.starts_with("..."))
        };
        let action = match c {
            // (At the very start of the text nothing comes before it.)
            '\u{201C}' | '\u{201D}' if (spaced || before.is_none()) && elided() => {
                Act::Open(Family::Double)
            }
            '\u{201C}' | '\u{201D}' if spaced => Act::None,
            '\u{201C}' => {
                let low_open = top.is_some_and(|o| o.ch == '\u{201E}');
                // Glued after the words and followed by a space, it closes
                // whatever double quotation is open, a straight one too
                // (`"… decision.“ However`).
                if right && (low_open || (!left && has(Family::Double))) {
                    Act::Close(Family::Double)
                } else {
                    Act::Open(Family::Double)
                }
            }
            '\u{201D}' => {
                if left && !right && !has(Family::Double) {
                    Act::Open(Family::Double)
                } else {
                    Act::Close(Family::Double)
                }
            }
            '\u{201E}' => Act::Open(Family::Double),
            // A second's or an inch's mark: `41° 36' 21"N`, `6'2" tall`.
            '"' if prime(text, start, after) => Act::None,
            '"' => {
                let glued_before = before.is_some_and(|b| !b.is_whitespace());
                // `said," Warhol liked …` (or `said, " Warhol`, or after a
                // sentence, `in 2001. " Open records …`): after a comma or
                // a stop, with nothing open and a capital after the space,
                // the mark opens (not `…,” said X` after a paragraph that
                // left its mark open).
                // (The character before the mark and the spaces before it.)
                let prev = text
                    .get(..start)
                    .map(str::trim_end)
                    .and_then(|s| s.chars().next_back());
                let after_break = match prev {
                    Some(',' | ':') => true,
                    Some('.' | '?' | '!') => before.is_some_and(char::is_whitespace),
                    _ => false,
                };
                let opens_after_break = after_break
                    && after.is_some_and(char::is_whitespace)
                    && text
                        .get(end..)
                        .map(str::trim_start)
                        .and_then(|r| r.chars().next())
                        .is_some_and(|c| c.is_uppercase() || c == '[')
                    && !has(Family::Double);
                // `…of the state, "noted Roy.`: set apart from the comma
                // that ends the open quotation and glued to an attribution's
                // verb, the mark closes it.
                // (A lower-case verb: not a nested title, `"Said to be
                // haunted,"`.)
                let closes_before_cue = left
                    && !right
                    && after.is_some_and(char::is_lowercase)
                    && has(Family::Double)
                    && matches!(prev, Some(',' | '?' | '!'))
                    && said_at(text, tokens, i + n, &mut String::new());
                if closes_before_cue {
                    Act::Close(Family::Double)
                } else if (left && !right) || opens_after_break {
                    Act::Open(Family::Double)
                } else if right && !left {
                    Act::Close(Family::Double)
                } else if (left && right) || glued_before {
                    if has(Family::Double) {
                        Act::Close(Family::Double)
                    } else if after.is_some_and(|a| !a.is_whitespace()) {
                        Act::Open(Family::Double)
                    } else {
                        Act::None
                    }
                } else if has(Family::Double)
                    && matches!(prev, Some('\'' | '\u{2019}' | ',' | '.' | '?' | '!'))
                {
                    // `…,' "` closes after a nested quotation and a space.
                    Act::Close(Family::Double)
                } else {
                    Act::None
                }
            }
            '\u{AB}' => {
                if right && !left && top.is_some_and(|o| o.ch == '\u{BB}') {
                    Act::Close(Family::Guillemet)
                } else if left || !right {
                    Act::Open(Family::Guillemet)
                } else {
                    Act::None
                }
            }
            '\u{BB}' => {
                if has(Family::Guillemet) && (right || !left) {
                    Act::Close(Family::Guillemet)
                } else if left && !right {
                    Act::Open(Family::Guillemet)
                } else {
                    Act::None
                }
            }
            '\u{2018}' => {
                if right && !left && top.is_some_and(|o| o.ch == '\u{201A}') {
                    Act::Close(Family::Single)
                } else if left && !elision(text, end) {
                    Act::Open(Family::Single)
                } else if right && has(Family::Single) {
                    Act::Close(Family::Single)
                } else {
                    Act::None
                }
            }
            '\u{201A}' => {
                if left {
                    Act::Open(Family::Single)
                } else {
                    Act::None
                }
            }
            '\u{2019}' | '\'' => {
                if right && has(Family::Single) && !name_possessive(text, start, end) {
                    Act::Close(Family::Single)
                } else if left && !right && !elision(text, end) {
                    Act::Open(Family::Single)
                } else {
                    // An apostrophe: the Smiths’, ’90s, rock ’n’ roll.
                    Act::None
                }
            }
            _ => Act::None,
        };
        match action {
            Act::Open(family) => {
                // An opening mark of the family of a quotation still open
                // at the bottom of the stack means that quotation was never
                // closed: it ends here, and the new mark opens a new one.
                // (Nested quotations use the other family: “… ‘…’ …”; but
                // a mark right after a word inside an open quotation, as in
                // “… what he calls “hell” …”, opens a nested one.)
                let after_word = before.is_some_and(char::is_alphanumeric)
                    || before.is_some_and(char::is_whitespace)
                        && prev_char(text, start - before.map_or(0, char::len_utf8))
                            .is_some_and(char::is_alphanumeric);
                let nested = after_word && stack.len() == 1 && stack[0].ch == c;
                if family != Family::Single
                    && !nested
                    && stack.first().is_some_and(|o| o.family == family)
                {
                    let end = sentence_end_before(text, tokens, stack[0].tok, i);
                    flush_unclosed(text, &mut stack, tokens, end, &mut out);
                }
                if stack.len() < MAX_DEPTH {
                    stack.push(Open {
                        family,
                        ch: c,
                        tok: i,
                        after: end,
                        same_style: nested,
                        inner: None,
                    });
                }
            }
            Act::Close(family) => {
                let depth = stack
                    .iter()
                    .rev()
                    .take(MAX_SEARCH)
                    .position(|o| o.family == family);
                if let Some(d) = depth {
                    let at = stack.len() - 1 - d;
                    let open = stack[at];
                    stack.truncate(at);
                    let region = Region {
                        open: open.tok,
                        close: i + n - 1,
                        start: open.after,
                        end: start,
                        closed: true,
                    };
                    if at == 0 {
                        // (The bottom closed: what closed inside it stays
                        // nested.)
                        in_single.clear();
                    }
                    if open.after >= start {
                        // An empty quotation.
                    } else if stack.is_empty() {
                        out.push(region);
                    } else if open.same_style && at == 1 && stack[0].inner.is_none() {
                        stack[0].inner = Some(region);
                    } else if at == 1 && stack[0].family == Family::Single {
                        in_single.push(region);
                    }
                }
            }
            Act::None => {}
        }
        i += n;
    }
    out.append(&mut in_single);
    flush_unclosed(text, &mut stack, tokens, tokens.len(), &mut out);
    out
}

enum Act {
    Open(Family),
    Close(Family),
    None,
}

/// A quotation left open at a paragraph end runs to the end of the
/// paragraph when it holds at least a few words; otherwise it is dropped.
/// When another opening mark of its family is also left open, the
/// quotation stops at the last sentence end before it (a run of unmatched
/// marks is not one quote), and that mark opens the next.
///
/// A quotation of the same style closed inside it was a quotation of its
/// own (“… she said “never again,” …”): the unclosed one ends at the last
/// sentence end before it.
fn flush_unclosed(
    text: &str,
    stack: &mut Vec<Open>,
    tokens: &[Token],
    para_end: usize,
    out: &mut Vec<Region>,
) {
    // Where the bottom quotation stops short: before a quotation of its
    // style closed inside it, or before another unclosed mark of its family
    // (opened as a nested quotation that never closed), which starts a
    // quotation of its own.
    let split = stack.first().and_then(|b| match b.inner {
        Some(inner) => Some((1, inner.open, Some(inner))),
        None => (1..stack.len())
            .find(|&k| stack[k].family == b.family)
            .map(|k| (k, stack[k].tok, None)),
    });
    if let Some((at, stop, inner)) = split {
        let end = sentence_end_before(text, tokens, stack[0].tok, stop);
        stack[0].inner = None;
        let rest = stack.split_off(at);
        flush_unclosed(text, stack, tokens, end, out);
        out.extend(inner);
        *stack = rest;
        flush_unclosed(text, stack, tokens, para_end, out);
        return;
    }
    if let Some(bottom) = stack.first().copied() {
        let words = tokens.get(bottom.tok + 1..para_end).map_or(0, |ts| {
            ts.iter().filter(|t| t.kind != TokenKind::Punct).count()
        });
        if bottom.family != Family::Single && words >= 3 && para_end > bottom.tok + 1 {
            let last = &tokens[para_end - 1];
            if last.end() > bottom.after {
                out.push(Region {
                    open: bottom.tok,
                    close: para_end,
                    start: bottom.after,
                    end: last.end(),
                    closed: false,
                });
            }
        }
    }
    stack.clear();
}

/// One past the last sentence-final token in `(open, at)`, or `at` when
/// there is none: where a quotation opened at `open` and never closed ends
/// when another opens at `at`.
fn sentence_end_before(text: &str, tokens: &[Token], open: usize, at: usize) -> usize {
    (open + 1..at)
        .rev()
        .find(|&k| {
            tokens[k].kind == TokenKind::Punct
                && matches!(tokens[k].text(text), "." | "!" | "?" | "\u{2026}")
        })
        .map_or(at, |k| k + 1)
}

/// Whether a speech cue that may come before its speaker ("said",
/// "added") is the word at token `k`.
fn said_at(text: &str, tokens: &[Token], k: usize, buf: &mut String) -> bool {
    tokens.get(k).is_some_and(|t| {
        t.kind == TokenKind::Word
            && crate::quote::cues::lookup(t.text(text), buf)
                .cue()
                .is_some_and(|c| c.inv)
    })
}

/// How far the checks for a quotation's own attribution look, in tokens.
const LOOK: usize = 400;

/// Whether the quotation opened at token `open` was attributed in its
/// paragraph before it opened (`…,” Ann Roy said. “If …`).
fn attributed_before(text: &str, tokens: &[Token], para_start: &[bool], open: usize) -> bool {
    let mut buf = String::new();
    (open.saturating_sub(LOOK)..open)
        .rev()
        .take_while(|&k| !para_start.get(k + 1).copied().unwrap_or(false))
        .any(|k| said_at(text, tokens, k, &mut buf))
}

/// Whether the quotation a paragraph opens at token `i` closes in that
/// paragraph with a comma and an attribution of its own (`“…,” added Rep.
/// Tom Hale.`). With [`attributed_before`] for the quotation the paragraph
/// before left open, it is a new quotation, not a continuation.
fn attributed_after(text: &str, tokens: &[Token], para_start: &[bool], i: usize) -> bool {
    let end = tokens.len().min(i + LOOK);
    let Some(close) = (i + 1..end)
        .take_while(|&k| !para_start.get(k).copied().unwrap_or(false))
        .find(|&k| {
            tokens[k].kind == TokenKind::Punct
                && matches!(tokens[k].text(text), "\u{201D}" | "\"")
                && prev_char(text, tokens[k].start()) == Some(',')
        })
    else {
        return false;
    };
    said_after(text, tokens, para_start, close)
}

/// Whether a cue that may come before its speaker ([`said_at`]) follows
/// the closing mark at token `close` within a few tokens of its
/// paragraph.
fn said_after(text: &str, tokens: &[Token], para_start: &[bool], close: usize) -> bool {
    let mut buf = String::new();
    (close + 1..tokens.len().min(close + 5))
        .take_while(|&k| !para_start.get(k).copied().unwrap_or(false))
        .any(|k| said_at(text, tokens, k, &mut buf))
}

/// Whether the paragraph starting at token `i` holds no double mark
/// before one glued to a comma that an attribution follows (`… of its
/// own,” said Tom Hale.`), or before one that ends the paragraph after
/// its last sentence (`… at heart.”`): the close of a quotation the
/// paragraph before left open.
fn continued_to_attribution(text: &str, tokens: &[Token], para_start: &[bool], i: usize) -> bool {
    let end = tokens.len().min(i + LOOK);
    let in_para = |k: &usize| *k == i || !para_start.get(*k).copied().unwrap_or(false);
    let Some(close) = (i..end).take_while(in_para).find(|&k| {
        tokens[k].kind == TokenKind::Punct
            && matches!(tokens[k].text(text), "\u{201C}" | "\u{201D}" | "\"")
    }) else {
        return false;
    };
    // (Its last token, after a sentence's end: not an opening `“`; in a
    // paragraph after a blank line, not a line of a signature: `…
    // bomb.` / `Tom Hale."`.)
    if close > i && ends_paragraph(tokens, para_start, close) {
        return blank_before(text, tokens, i) && closes_sentence(text, tokens, close);
    }
    // (The attribution after the mark, not "…,” and said …".)
    prev_char(text, tokens[close].start()) == Some(',')
        && tokens.get(close + 1).is_some_and(|t| t.text(text) != "and")
        && said_after(text, tokens, para_start, close)
}

/// How many tokens a quotation of paragraphs without marks may run over
/// to its closing mark ([`speech_close`]), and how many marks the look
/// ahead reads.
const SPEECH_TOKENS: usize = 4000;
const SPEECH_MARKS: usize = 64;

/// For a double quotation left open before the paragraph at token `i`:
/// the closing mark it runs on to over paragraphs that hold no double
/// mark, the first double mark from `i` (`marks` lists the tokens that may
/// be marks from `i` on), when that mark closes, ends its paragraph after
/// a sentence's end and stands within [`SPEECH_TOKENS`] (a speech quoted
/// whole with one pair of marks: `“Thank you …` ¶ `…` ¶ `… at last.”`).
fn speech_close(
    text: &str,
    tokens: &[Token],
    para_start: &[bool],
    marks: &[usize],
    i: usize,
) -> Option<usize> {
    let close = marks
        .iter()
        .copied()
        .take(SPEECH_MARKS)
        .take_while(|&m| m < i + SPEECH_TOKENS)
        .find(|&m| {
            mark_at(text, tokens, m)
                .is_some_and(|(c, _)| opening_family(c) == Some(Family::Double) || c == '\u{201D}')
        })?;
    // (Each paragraph after a blank line: not a credit's line, `…”` /
    // `Ann Roy."`.)
    let spaced = || {
        (i..=close)
            .filter(|&k| para_start.get(k).copied().unwrap_or(false))
            .all(|k| blank_before(text, tokens, k))
    };
    (close > i
        && ends_paragraph(tokens, para_start, close)
        && closes_sentence(text, tokens, close)
        && spaced())
    .then_some(close)
}

/// Whether token `k` is its paragraph's last.
fn ends_paragraph(tokens: &[Token], para_start: &[bool], k: usize) -> bool {
    k + 1 >= tokens.len() || para_start.get(k + 1).copied().unwrap_or(false)
}

/// Whether the mark at token `k` closes a sentence: after its final stop,
/// and no opening `“`.
fn closes_sentence(text: &str, tokens: &[Token], k: usize) -> bool {
    tokens[k].text(text) != "\u{201C}"
        && prev_char(text, tokens[k].start())
            .is_some_and(|c| matches!(c, '.' | '!' | '?' | '\u{2026}'))
}

/// Whether a blank line comes before token `k` (two line feeds in the gap
/// after the token before).
fn blank_before(text: &str, tokens: &[Token], k: usize) -> bool {
    let gap_start = k.checked_sub(1).map_or(0, |p| tokens[p].end());
    text.get(gap_start..tokens[k].start())
        .is_some_and(|gap| gap.matches('\n').count() >= 2)
}

/// The quotation-mark character at token `i` and how many tokens it takes
/// (a doubled ASCII `''` is one double mark over two tokens).
fn mark_at(text: &str, tokens: &[Token], i: usize) -> Option<(char, usize)> {
    let t = tokens.get(i)?;
    if !crate::text::may_be_quote_mark(text, t) {
        return None;
    }
    let c = t.text(text).chars().next()?;
    if !is_quote_char(c) {
        return None;
    }
    if c == '\'' {
        if let Some(n) = tokens.get(i + 1) {
            if n.kind == TokenKind::Punct && !n.space_before && n.text(text) == "'" {
                return Some(('"', 2));
            }
        }
    }
    Some((c, 1))
}

/// Whether the straight double mark at byte `at`, before the character
/// `after`, is a prime after a number: glued to a letter or a digit after
/// it (`21"N`), or ending a pair of numbers whose first has the single
/// prime (`36' 21"`, `6'2"`).
fn prime(text: &str, at: usize, after: Option<char>) -> bool {
    let head = text.as_bytes().get(..at).unwrap_or_default();
    // (Four digits at most are read: a long number is no prime's.)
    let digits = head
        .iter()
        .rev()
        .take(4)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if digits == 0 || digits > 3 {
        return false;
    }
    if after.is_some_and(char::is_alphanumeric) {
        return true;
    }
    // (The first number's prime, a space between them or none.)
    let rest = &head[..head.len() - digits];
    let rest = rest.strip_suffix(b" ").unwrap_or(rest);
    let single = rest
        .strip_suffix(b"'")
        .or_else(|| rest.strip_suffix("\u{2019}".as_bytes()));
    single.is_some_and(|r| r.last().is_some_and(u8::is_ascii_digit))
}

fn opening_family(c: char) -> Option<Family> {
    match c {
        '"' | '\u{201C}' | '\u{201E}' => Some(Family::Double),
        '\u{AB}' | '\u{BB}' => Some(Family::Guillemet),
        '\u{2018}' | '\u{201A}' | '\'' => Some(Family::Single),
        _ => None,
    }
}

/// Whether the mark at `start..end` is a name's possessive, after a
/// capitalised word ending in "s" and before a word in lower case that is
/// no cue, determiner, preposition, clause word, auxiliary, adverb or time
/// of the quote lexicon ("Ann Morris' house"; not "'Two Cities' in …",
/// "'… Rovers' says …"): no closing mark.
fn name_possessive(text: &str, start: usize, end: usize) -> bool {
    // (The word before the mark, read back at most 30 characters.)
    let mut word = text[..start]
        .chars()
        .rev()
        .take(30)
        .take_while(|c| c.is_alphanumeric());
    let ends_in_s = word.next() == Some('s');
    let first = word.last();
    let next = text[end..].strip_prefix(' ').unwrap_or("");
    let next = &next[..next
        .find(|c: char| !c.is_ascii_lowercase())
        .unwrap_or(next.len())];
    ends_in_s && first.is_some_and(char::is_uppercase) && !next.is_empty() && {
        // (Nor a cue, an adverb or a time: "'… the Harbor Rovers' says
        // Ann Roy", "… Rovers' yesterday".)
        let l = super::cues::lookup(next, &mut String::new());
        l.cue().is_none()
            && l.class()
                & (class::DET
                    | class::PREP
                    | class::CLAUSE
                    | class::AUX
                    | class::ADVERB
                    | class::TIME)
                == 0
    }
}

/// An apostrophe that starts an elided word: ’90s, ’n’, ’em, ’til, ’cause.
fn elision(text: &str, after: usize) -> bool {
    let rest = text.get(after..).unwrap_or("");
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    // Offsets come from the original characters: lowercasing may change a
    // word's byte length (`Ⱥ` is two bytes, `ⱥ` three).
    let raw: String = rest
        .chars()
        .take_while(|c| c.is_alphabetic())
        .take(6)
        .collect();
    let next = rest.get(raw.len()..).and_then(|s| s.chars().next());
    let word = raw.to_lowercase();
    matches!(
        word.as_str(),
        "em" | "til" | "cause" | "tis" | "twas" | "bout" | "round"
    ) || (word == "n" && next.is_some_and(|c| c == '\'' || c == '\u{2019}' || c.is_whitespace()))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokenize;

    fn quoted(text: &str) -> Vec<&str> {
        let toks = tokenize(text);
        let mut landmarks = crate::text::Landmarks::default();
        crate::text::sentences_and_landmarks(text, &toks, &mut landmarks);
        let mut starts = Vec::new();
        let ps = paragraph_starts(text, &toks, &landmarks.line_starts, &mut starts, Vec::new());
        regions(text, &toks, &ps, &starts, &landmarks.marks, Vec::new())
            .into_iter()
            .map(|r| &text[r.start..r.end])
            .collect()
    }

    #[test]
    fn mark_styles() {
        let cases: &[(&str, &[&str])] = &[
            ("She said “yes” twice.", &["yes"]),
            ("She said \"yes\" twice.", &["yes"]),
            ("She said ''yes'' twice.", &["yes"]),
            ("She said ‘yes’ twice.", &["yes"]),
            ("She said 'yes' twice.", &["yes"]),
            ("Elle a dit «oui» deux fois.", &["oui"]),
            ("Er sagte »ja« zweimal.", &["ja"]),
            ("Er sagte „ja“ zweimal.", &["ja"]),
            ("Er sagte ‚ja‘ zweimal.", &["ja"]),
            (
                "He said “the ‘new’ plan is dead” today.",
                &["the ‘new’ plan is dead"],
            ),
            (
                "He said \"the 'new' plan is dead\" today.",
                &["the 'new' plan is dead"],
            ),
            // A straight mark set apart after a comma opens; set apart
            // after a comma inside an open quotation, it closes.
            (
                "Ivo said, \" The port is open.\" Then he left.",
                &[" The port is open."],
            ),
            (
                "\"The port is open, \" Ivo said. \"We sail, \" Ana said.",
                &["The port is open, ", "We sail, "],
            ),
            // Seconds and inches are no marks.
            (
                "\"Anchor at 40° 12' 33\"N, 070° 05' 9\"W tonight,\" Ivo said.",
                &["Anchor at 40° 12' 33\"N, 070° 05' 9\"W tonight,"],
            ),
            (
                "\"The mast is 9' 4\" above the deck,\" Ivo said. \"We sail \"42\" days.\"",
                &["The mast is 9' 4\" above the deck,", "We sail \"42\" days."],
            ),
        ];
        for (text, want) in cases {
            assert_eq!(&quoted(text), want, "{text}");
        }
    }

    #[test]
    fn apostrophes_are_not_quotes() {
        let cases: &[&str] = &[
            "NATO’s chief and the Smiths’ singer don’t agree.",
            "O’Brien liked rock ’n’ roll in the ’90s.",
            "O'Brien liked rock 'n' roll in the '90s.",
            "The Joneses' house and the ’80s are gone.",
            "Let ’em go, ’til then.",
        ];
        for text in cases {
            assert!(quoted(text).is_empty(), "{text}: {:?}", quoted(text));
        }
    }

    #[test]
    fn multi_paragraph() {
        let text = "“First part of it.\n\n“Second part of it,” she said.";
        assert_eq!(quoted(text), ["First part of it.\n\n“Second part of it,"]);
    }

    #[test]
    fn nested_in_the_same_style() {
        assert_eq!(
            quoted("“He calls “hell” home,” she said."),
            ["He calls “hell” home,"]
        );
        assert_eq!(
            quoted("\"They sent \"blast faxes\" all day,\" he said."),
            ["They sent \"blast faxes\" all day,"]
        );
        // Never closed: the inner quotation was one of its own.
        assert_eq!(
            quoted("“We stay right here. He calls “hell” home, she said."),
            ["We stay right here.", "hell"]
        );
    }

    #[test]
    fn unbalanced() {
        assert_eq!(
            quoted("He said “we will not go back to that\n\nNext."),
            ["we will not go back to that"]
        );
        assert!(quoted("Stray ” mark and \"\"= here").is_empty());
        assert!(quoted("\"").is_empty());
        assert_eq!(quoted("“a” “b"), ["a"]);
        // An unclosed quotation ends at the next opening mark of its family.
        assert_eq!(
            quoted("He said “we will not go back. Then she said “never again,” twice."),
            ["we will not go back.", "never again,"]
        );
        assert!(quoted(&"“Yes, ".repeat(1000)).is_empty());
        assert!(quoted(&"«Oui, ".repeat(1000)).is_empty());
        // Marks glued to multi-byte characters whose lowercase differs in
        // length never split a character.
        assert!(quoted("Ⱥ\"Ⱥ' \u{202E}'Ⱥ'Ⱥ ’ȺȺ").len() <= 1);
    }

    #[test]
    fn a_stray_single_mark_keeps_the_quotations_after_it() {
        // A name's possessive closes nothing; the quotations closed inside
        // a single mark that never closes are quotations of their own.
        assert_eq!(
            quoted("At Harbor Bros. 'chief Ann Roy spoke. \"We wait,\" Tom Hale said. After Ann Morris' exit, \"it is calm,\" Eve said."),
            ["We wait,", "it is calm,"]
        );
        // A single mark that closes keeps them nested; a capitalised plural
        // before a function word or a cue closes it.
        assert_eq!(
            quoted("'We will beat the Harbor Rovers' says Ann Roy."),
            ["We will beat the Harbor Rovers"]
        );
        assert_eq!(
            quoted("She read 'A \"Harbor\" Tale of Two Cities' in class."),
            ["A \"Harbor\" Tale of Two Cities"]
        );
    }
}
