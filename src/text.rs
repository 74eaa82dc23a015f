//! Text segmentation shared by the stages: word tokens and sentences.
//!
//! One pass over the text, no allocation per token beyond the output vector.

use crate::span::Span;

/// What a token is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TokenKind {
    /// Letters (and digits, combining marks, inner apostrophes) of a word.
    Word,
    /// A run of ASCII digits (possibly with inner `,` `.` as in `1,000.5`).
    Number,
    /// Any other single non-space character.
    Punct,
}

/// A token of the text.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Token {
    /// Byte offsets of the token (`u32`: twelve bytes a token keep the
    /// token array, read by every stage, half as large; the extractor
    /// analyses at most the first 4 GiB of a text).
    start: u32,
    end: u32,
    pub kind: TokenKind,
    /// Whitespace (or the start of the text) comes before this token.
    pub space_before: bool,
    /// A line break comes before this token.
    pub newline_before: bool,
    /// What the tokenizer saw of a word's letters ([`flag`] bits; 0 for
    /// other tokens), so that the stages ask in O(1).
    pub flags: u8,
}

// Every stage walks the token array; keep it small.
const _: () = assert!(core::mem::size_of::<Token>() == 12);

/// Bits of [`Token::flags`].
pub(crate) mod flag {
    /// The word starts with an upper-case letter.
    pub const CAP: u8 = 1;
    /// At least two letters, none lower case.
    pub const ALL_CAPS: u8 = 2;
}

/// The [`flag`] bits of a word.
#[inline]
fn word_flags(word: &str) -> u8 {
    let b = word.as_bytes();
    // One pass over the bytes while they are ASCII.
    let (mut lower, mut letters) = (false, 0usize);
    let ascii = b.iter().all(|&c| {
        lower |= c.is_ascii_lowercase();
        letters += usize::from(c.is_ascii_alphabetic());
        c < 0x80
    });
    if ascii {
        let mut f = 0;
        if b.first().is_some_and(u8::is_ascii_uppercase) {
            f |= flag::CAP;
        }
        if !lower && letters >= 2 {
            f |= flag::ALL_CAPS;
        }
        return f;
    }
    let mut f = 0;
    if word.chars().next().is_some_and(char::is_uppercase) {
        f |= flag::CAP;
    }
    if !word.chars().any(char::is_lowercase)
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
    {
        f |= flag::ALL_CAPS;
    }
    f
}

#[allow(dead_code)] // used by the entity and quote stages
impl Token {
    /// The token's text.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.range()]
    }

    /// The token's byte span.
    #[inline]
    pub fn span(&self) -> Span {
        Span::ordered(self.start as usize, self.end as usize)
    }

    /// The byte offset where the token starts.
    #[inline]
    pub fn start(&self) -> usize {
        self.start as usize
    }

    /// The byte offset just past the token.
    #[inline]
    pub fn end(&self) -> usize {
        self.end as usize
    }

    /// The token's byte range.
    #[inline]
    pub fn range(&self) -> core::ops::Range<usize> {
        self.start()..self.end()
    }

    /// A word starting with an upper-case letter. (Only words have
    /// [`flag`] bits: a token with this one is a word, and a loop over all
    /// the tokens need not ask its kind as well.)
    #[inline]
    pub fn cap(&self) -> bool {
        self.flags & flag::CAP != 0
    }

    /// A word of at least two letters with no lower-case letter.
    #[inline]
    pub fn all_caps(&self) -> bool {
        self.flags & flag::ALL_CAPS != 0
    }
}

/// The text of each of `tokens`, sliced once: a window's stages read the
/// tokens' words far more often than there are tokens, and share this
/// table ([`crate::extractor::Context::words`]) instead of slicing again.
pub(crate) fn token_texts<'t>(text: &'t str, tokens: &[Token]) -> Vec<&'t str> {
    let mut out = Vec::new();
    token_texts_into(text, tokens, &mut out);
    out
}

/// [`token_texts`] into `out` (cleared first), to reuse one buffer.
pub(crate) fn token_texts_into<'t>(text: &'t str, tokens: &[Token], out: &mut Vec<&'t str>) {
    out.clear();
    out.extend(tokens.iter().map(|t| t.text(text)));
}

/// `words` emptied, as a vector of strings of any lifetime, so that one
/// buffer can hold the words of text after text: the standard library
/// collects a vector's own iterator into a vector of a type of the same
/// size in place, keeping the allocation (an optimisation it does not
/// promise; without it this only allocates anew).
pub(crate) fn recycle<'b>(mut words: Vec<&str>) -> Vec<&'b str> {
    words.clear();
    words.into_iter().map(|_| "").collect()
}

/// Appends `s` in lower case to `out` (`char::to_lowercase` for every
/// character; ASCII without decoding). Lets a stage lower-case words into
/// one reused buffer instead of a `String` per token.
#[inline]
pub(crate) fn push_lower(out: &mut String, s: &str) {
    if s.is_ascii() {
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
    } else {
        out.extend(s.chars().flat_map(char::to_lowercase));
    }
}

/// Appends `s` to `out` as [`str::to_lowercase`] (or, with `upper`,
/// [`str::to_uppercase`]) writes it: ASCII without decoding. Unlike
/// [`push_lower`], a final sigma is lower-cased as a word's end.
pub(crate) fn push_cased(out: &mut String, s: &str, upper: bool) {
    if s.is_ascii() {
        let start = out.len();
        out.push_str(s);
        if upper {
            out[start..].make_ascii_uppercase();
        } else {
            out[start..].make_ascii_lowercase();
        }
    } else if upper {
        out.push_str(&s.to_uppercase());
    } else {
        out.push_str(&s.to_lowercase());
    }
}

/// `s` as [`str::to_lowercase`] writes it, in `buf` (reused: an ASCII
/// word allocates nothing).
pub(crate) fn lower_into<'b>(buf: &'b mut String, s: &str) -> &'b str {
    buf.clear();
    push_cased(buf, s, false);
    buf
}

/// `s` as [`str::to_uppercase`] writes it, in `buf` (reused).
pub(crate) fn upper_into<'b>(buf: &'b mut String, s: &str) -> &'b str {
    buf.clear();
    push_cased(buf, s, true);
    buf
}

/// Whether the byte `b` is an ASCII character that
/// [`char::is_whitespace`] holds for (tab to carriage return, space).
#[inline]
pub(crate) fn ascii_space(b: u8) -> bool {
    matches!(b, b'\t'..=b'\r' | b' ')
}

/// [`str::trim_start`], passing over ASCII whitespace by byte: only a
/// string whose first non-space byte is not ASCII is decoded.
pub(crate) fn trim_start_white(s: &str) -> &str {
    let b = s.as_bytes();
    let i = b.iter().position(|&c| !ascii_space(c)).unwrap_or(b.len());
    // (`i` is a char boundary: only ASCII bytes come before it.)
    let rest = s.get(i..).unwrap_or("");
    if rest.as_bytes().first().is_some_and(|&c| c >= 0x80) {
        rest.trim_start()
    } else {
        rest
    }
}

/// The text from `reach` bytes before `start` to `reach` bytes after
/// `end`, widened to char boundaries (clamped to the text).
pub(crate) fn window_around(text: &str, start: usize, end: usize, reach: usize) -> &str {
    let mut a = start.saturating_sub(reach).min(text.len());
    while !text.is_char_boundary(a) {
        a -= 1;
    }
    let mut b = end.saturating_add(reach).min(text.len()).max(a);
    while !text.is_char_boundary(b) {
        b += 1;
    }
    &text[a..b]
}

/// [`str::trim_end`], passing over ASCII whitespace by byte: only a string
/// whose last non-space byte is not ASCII is decoded.
pub(crate) fn trim_end_white(s: &str) -> &str {
    let b = s.as_bytes();
    let i = b
        .iter()
        .rposition(|&c| !ascii_space(c))
        .map_or(0, |i| i + 1);
    // (`i` is a char boundary: only ASCII bytes, or none, come after it.)
    let kept = s.get(..i).unwrap_or("");
    if kept.as_bytes().last().is_some_and(|&c| c >= 0x80) {
        kept.trim_end()
    } else {
        kept
    }
}

/// Whether `c` continues a word: letters, digits, combining marks and the
/// zero-width joiner.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c) || c == '\u{200D}'
}

/// `s` cut at its last space: the text before that space (`None` without
/// one) and the last word, after it (all of `s` without one). What
/// `s.rsplit(' ')` yields first, with the rest to read on, found byte by
/// byte (a space is ASCII, never part of another character) with no char
/// pattern searcher, which costs more than the few bytes of a word.
#[inline]
pub(crate) fn split_last_space(s: &str) -> (Option<&str>, &str) {
    match s.bytes().rposition(|b| b == b' ') {
        Some(i) => (s.get(..i), s.get(i + 1..).unwrap_or("")),
        None => (None, s),
    }
}

/// The byte offsets of the spaces (`' '`) of `s`, in order: what
/// `s.match_indices(' ')` gives, read byte by byte (a space is ASCII,
/// never part of another character) with no char pattern searcher, which
/// costs more than the few bytes of a name.
pub(crate) fn space_offsets(s: &str) -> impl DoubleEndedIterator<Item = usize> + '_ {
    s.bytes()
        .enumerate()
        .filter_map(|(i, b)| (b == b' ').then_some(i))
}

/// Whether `[a, b)` is a non-empty range of `text` that starts with an
/// ASCII character and is followed by one or by the end of `text`: then no
/// mark attached to a character (a combining mark, the zero-width joiner,
/// a variation selector, all outside ASCII) opens it or follows it, and
/// both ends are char boundaries. The quick answer of the
/// `whole_graphemes` checks, for the common case.
#[inline]
pub(crate) fn ascii_ends(text: &str, a: usize, b: usize) -> bool {
    let bytes = text.as_bytes();
    a < b
        && bytes.get(a).is_some_and(u8::is_ascii)
        && bytes.get(b).map_or(b == bytes.len(), u8::is_ascii)
}

/// Whether `c` belongs to the character before it: a combining mark, the
/// zero-width joiner or a variation selector.
#[inline]
pub(crate) fn is_attached(c: char) -> bool {
    is_combining(c) || c == '\u{200D}' || ('\u{FE00}'..='\u{FE0F}').contains(&c)
}

/// Whether `span` of `text` keeps every character with the marks attached
/// to it ([`is_attached`]): it neither starts with one nor stops before
/// one (false when the span does not lie in the text).
pub(crate) fn whole_graphemes(text: &str, span: crate::span::Span) -> bool {
    if ascii_ends(text, span.start(), span.end()) {
        return true;
    }
    let (Some(inside), Some(after)) = (span.get(text), text.get(span.end()..)) else {
        return false;
    };
    !inside.starts_with(is_attached) && !after.starts_with(is_attached)
}

/// Combining diacritical marks (the blocks news text uses).
#[inline]
pub(crate) fn is_combining(c: char) -> bool {
    matches!(c, '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}' | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}')
}

#[inline]
fn is_apostrophe(c: char) -> bool {
    c == '\'' || c == '\u{2019}'
}

/// Splits `text` into tokens, in order. Whitespace is not a token.
///
/// ASCII is read without decoding (runs of letters eight bytes at a time);
/// other characters are decoded only where they occur.
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, 0, &mut out);
    out
}

/// Bits of [`CLASS`], what the tokenizer needs to know of an ASCII byte.
mod class {
    /// ASCII whitespace.
    pub const SPACE: u8 = 1;
    /// `\n` or `\r`.
    pub const BREAK: u8 = 2;
    pub const DIGIT: u8 = 4;
    pub const UPPER: u8 = 8;
    pub const LOWER: u8 = 16;
    pub const ALPHA: u8 = UPPER | LOWER;
}

/// The [`class`] bits of every byte (none for bytes from 0x80).
static CLASS: [u8; 256] = {
    let mut t = [0u8; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_whitespace() {
            if c == b'\n' || c == b'\r' {
                class::SPACE | class::BREAK
            } else {
                class::SPACE
            }
        } else if c.is_ascii_digit() {
            class::DIGIT
        } else if c.is_ascii_uppercase() {
            class::UPPER
        } else if c.is_ascii_lowercase() {
            class::LOWER
        } else {
            0
        };
        b += 1;
    }
    t
};

/// The [`flag`] bits of `word`, which starts with an upper-case letter
/// when `cap`; `lower` tells whether it has a lower-case letter (then it
/// is not in capitals, and the word need not be read again).
#[inline]
fn flags_of(word: &str, cap: bool, lower: bool) -> u8 {
    if lower {
        if cap {
            flag::CAP
        } else {
            0
        }
    } else {
        word_flags(word)
    }
}

/// Tokenizes `text`, a part of a larger text starting at byte `base` of it,
/// into `out` (cleared first, so that one buffer serves text after text):
/// the tokens' offsets are into the larger text.
pub(crate) fn tokenize_into(text: &str, base: usize, out: &mut Vec<Token>) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    // Offsets past 4 GiB do not fit a token: the text is analysed up to
    // the first token that would end past them.
    let max_end = (u32::MAX as usize).saturating_sub(base);
    out.clear();
    out.reserve(n / 5 + 1);
    let mut space_before = true;
    let mut newline_before = false;
    let mut i = 0;
    while i < n {
        let b = bytes[i];
        let c = CLASS[b as usize];
        if c & class::SPACE != 0 {
            space_before = true;
            newline_before |= c & class::BREAK != 0;
            i += 1;
            continue;
        }
        let (kind, end, flags) = if c & class::ALPHA != 0 {
            // Most words are ASCII letters alone: scan them here, and read
            // on only at an apostrophe or a non-ASCII character.
            let (mut end, next) = ascii_run(bytes, i + 1);
            // Whether the word has a lower-case letter, asked of its first
            // two letters only (a lower-case letter after the first is in
            // the word): when they answer no, `word_flags` reads the word
            // (the answer is the same, only slower).
            let mut lower =
                c & class::LOWER != 0 || bytes.get(i + 1).is_some_and(u8::is_ascii_lowercase);
            // (The byte after the word.)
            let mut after = next;
            if may_continue(next) {
                let (more_end, more_lower) = word_end(text, end);
                end = more_end;
                lower |= more_lower;
                after = bytes.get(end).copied().unwrap_or(0);
            }
            // (`flags_of` inlined: the word is sliced only when its first
            // two letters hold no lower-case one; most words' do.)
            let flags = if lower {
                if c & class::UPPER != 0 {
                    flag::CAP
                } else {
                    0
                }
            } else {
                word_flags(&text[i..end])
            };
            // Most tokens are words: pushed here, where the byte after the
            // word is known, rather than below.
            if end > max_end {
                break;
            }
            out.push(Token {
                start: (base + i) as u32,
                end: (base + end) as u32,
                kind: TokenKind::Word,
                space_before,
                newline_before,
                flags,
            });
            newline_before = false;
            space_before = after == b' ';
            i = end + usize::from(space_before);
            continue;
        } else if c & class::DIGIT != 0 {
            number_at(text, i)
        } else if b < 0x80 {
            (TokenKind::Punct, i + 1, 0)
        } else {
            match non_ascii_at(text, i) {
                Ok(token) => token,
                Err((end, newline)) => {
                    space_before = true;
                    newline_before |= newline;
                    i = end;
                    continue;
                }
            }
        };
        if end > max_end {
            break;
        }
        // (`base + i < base + end <= u32::MAX`: both fit.)
        out.push(Token {
            start: (base + i) as u32,
            end: (base + end) as u32,
            kind,
            space_before,
            newline_before,
            flags,
        });
        newline_before = false;
        i = end;
        // Most tokens are followed by a single space: take it here rather
        // than in another turn of the loop.
        space_before = bytes.get(i) == Some(&b' ');
        i += usize::from(space_before);
    }
}

/// The token of the number at `i` (an ASCII digit): a run of digits
/// with inner `,` `.` (`1,000.5`), or a word when letters follow (`90s`).
/// (Out of [`tokenize_into`]'s loop, which it would only crowd: numbers
/// are few.)
#[inline(never)]
fn number_at(text: &str, i: usize) -> (TokenKind, usize, u8) {
    let bytes = text.as_bytes();
    let n = bytes.len();
    let mut end = i + 1;
    while end < n {
        let d = bytes[end];
        if d.is_ascii_digit()
            || ((d == b',' || d == b'.') && bytes.get(end + 1).is_some_and(u8::is_ascii_digit))
        {
            end += 1;
        } else {
            break;
        }
    }
    // `90s`, `1st`, `F16`: digits running into letters form a word.
    if text[end..].starts_with(char::is_alphabetic) {
        let (end, lower) = word_end(text, end);
        (TokenKind::Word, end, flags_of(&text[i..end], false, lower))
    } else {
        (TokenKind::Number, end, 0)
    }
}

/// The token of the non-ASCII character at `i` (a char boundary), or, for
/// whitespace, `Err` with the end of the character and whether it breaks
/// the line. (Out of [`tokenize_into`]'s loop, like [`number_at`].)
#[inline(never)]
fn non_ascii_at(text: &str, i: usize) -> Result<(TokenKind, usize, u8), (usize, bool)> {
    let ch = text[i..].chars().next().unwrap_or('\u{FFFD}');
    let len = ch.len_utf8();
    if ch.is_whitespace() || ch == '\u{FEFF}' {
        let newline = ch == '\u{2028}' || ch == '\u{2029}' || ch == '\u{85}';
        return Err((i + len, newline));
    }
    Ok(if is_word_char(ch) {
        let (end, lower) = word_end(text, i + len);
        let flags = flags_of(&text[i..end], ch.is_uppercase(), lower || ch.is_lowercase());
        (TokenKind::Word, end, flags)
    } else {
        (TokenKind::Punct, i + len, 0)
    })
}

/// The end of the run of ASCII letters and digits at `from`, and the byte
/// there (0 at the end of the text).
///
/// Words average six letters: eight bytes are read at once (SWAR on a
/// `u64`, see [`letters8`]) while eight remain, then byte by byte. The
/// eight bytes are asked for letters only, digits in words being rare: a
/// digit stops the eight, and the scan goes on after it.
#[inline(always)]
fn ascii_run(bytes: &[u8], from: usize) -> (usize, u8) {
    let mut end = from;
    while let Some(chunk) = bytes.get(end..end + 8) {
        // (`chunk` has eight bytes: the default is never taken.)
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        let stop = !letters8(x) & HIGH_BITS;
        if stop == 0 {
            end += 8;
            continue;
        }
        // The first byte that is no letter: the lowest marked one
        // (little-endian).
        let bits = stop.trailing_zeros() & !7;
        end += (bits / 8) as usize;
        let b = (x >> bits) as u8;
        if !b.is_ascii_digit() {
            return (end, b);
        }
        end += 1;
    }
    while let Some(&b) = bytes.get(end) {
        if !b.is_ascii_alphanumeric() {
            return (end, b);
        }
        end += 1;
    }
    (end, 0)
}

/// Whether most words of `line` of four characters or more are
/// capitalised, and there are three such words at least: a title-case (or
/// all-capitals) headline.
pub(crate) fn title_case_line(line: &str) -> bool {
    let (mut long, mut caps) = (0usize, 0usize);
    for w in line.split_whitespace().filter(|w| w.chars().count() >= 4) {
        long += 1;
        caps += usize::from(w.starts_with(char::is_uppercase));
    }
    long >= 3 && caps * 10 >= long * 7
}

/// The offset of the first tab or line feed in `bytes` from `from`, or
/// `bytes.len()` when there is none.
///
/// For the short fields of TSV data (the gazetteer's 37,000 lines of ten):
/// eight bytes are read at once (SWAR on a `u64`), where `str::split`
/// would set up a `memchr` search anew for each field.
#[inline]
pub(crate) fn tab_or_newline(bytes: &[u8], from: usize) -> usize {
    let mut at = from;
    while let Some(chunk) = bytes.get(at..at + 8) {
        // (`chunk` has eight bytes: the default is never taken.)
        let x = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
        // The bytes equal to a tab or a line feed are the zero bytes of
        // `t` or `n`; a zero byte is marked by its high bit, and only bytes
        // after the first zero byte may be marked wrongly (by the borrow),
        // so the lowest mark (little-endian: the first byte) is right.
        let (t, n) = (x ^ (u64::from(b'\t') * ONES), x ^ (u64::from(b'\n') * ONES));
        let marks = ((t.wrapping_sub(ONES) & !t) | (n.wrapping_sub(ONES) & !n)) & HIGH_BITS;
        if marks != 0 {
            return at + (marks.trailing_zeros() / 8) as usize;
        }
        at += 8;
    }
    while let Some(&b) = bytes.get(at) {
        if b == b'\t' || b == b'\n' {
            return at;
        }
        at += 1;
    }
    bytes.len()
}

/// The low bit of each byte of a `u64`: a byte's value times it repeats
/// that byte eight times.
const ONES: u64 = 0x0101_0101_0101_0101;

/// The high bit of each byte of a `u64`.
const HIGH_BITS: u64 = 0x8080_8080_8080_8080;

/// Which of the eight bytes of `x` (little-endian) are ASCII letters, up
/// to the first that is none: the high bit of each such byte is set. The
/// bytes after that first one may be marked wrongly.
#[inline(always)]
fn letters8(x: u64) -> u64 {
    // Setting bit 5 folds `A..=Z` onto `a..=z` (and no other byte there).
    // Adding to each byte, the high bit of a sum tells whether the byte
    // reached 0x80 less the amount added; a sum carries into the next byte
    // only from a byte from 0x80 on, which is no letter (`!x`), so the
    // bytes before the first byte that is no letter are read right (and
    // a carry out of the last byte is dropped: the sums wrap).
    let folded = x | (0x20 * ONES);
    let from_a = folded.wrapping_add((0x80 - b'a' as u64) * ONES);
    let past_z = folded.wrapping_add((0x7F - b'z' as u64) * ONES);
    from_a & !past_z & !x & HIGH_BITS
}

/// Whether `b`, the byte past a run of ASCII letters and digits, may
/// continue a word: an apostrophe or a non-ASCII character.
#[inline(always)]
fn may_continue(b: u8) -> bool {
    b >= 0x80 || b == b'\''
}

/// The end of the word that continues at `from` (a char boundary): word
/// characters, and apostrophes between letters (`O'Brien`, `NATO’s`); and
/// whether those characters hold a lower-case letter.
fn word_end(text: &str, from: usize) -> (usize, bool) {
    let bytes = text.as_bytes();
    let mut end = from;
    let mut lower = false;
    loop {
        let (run_end, next) = ascii_run(bytes, end);
        lower |= bytes
            .get(end..run_end)
            .is_some_and(|run| run.iter().any(u8::is_ascii_lowercase));
        end = run_end;
        if !may_continue(next) {
            break;
        }
        let ch = text[end..].chars().next().unwrap_or(' ');
        let len = ch.len_utf8();
        let inner_apostrophe =
            is_apostrophe(ch) && text[end + len..].starts_with(char::is_alphabetic);
        if !(is_word_char(ch) || inner_apostrophe) {
            break;
        }
        lower |= ch.is_lowercase();
        end += len;
    }
    (end, lower)
}

/// Abbreviations that may end a phrase, and so a sentence: name suffixes,
/// company forms, months, states and the like. With [`PREFIXES`] and
/// single letters, the words after which a period does not by itself end
/// a sentence.
const PHRASE_ENDS: &[&str] = &[
    "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Bros", "etc", "Jan", "Feb", "Mar", "Apr", "Jun",
    "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Ave", "Blvd", "approx", "Dept", "Univ",
    "Calif", "Mass", "Conn", "Fla", "Ill", "Pa", "Va", "Wash", "Tenn", "Ky", "Ariz", "Colo", "Del",
    "Ga", "Ind", "Kan", "La", "Md", "Mich", "Minn", "Miss", "Mo", "Mont", "Neb", "Nev", "Okla",
    "Ore", "Tex", "Vt", "Wis", "Wyo", "Ala", "Ark",
];

/// Whether the word before a period makes it an abbreviation rather than a
/// sentence end: a listed abbreviation, a single letter (an initial), or a
/// dotted acronym (`U.S`).
pub(crate) fn is_abbreviation(word: &str) -> bool {
    let mut chars = word.chars();
    let single = chars.next().is_some() && chars.next().is_none();
    single || {
        let key = key(word);
        listed(&PREFIX_KEYS, key) || listed(&PHRASE_END_KEYS, key)
    }
}

/// A word of at most seven bytes as one `u64`: its bytes, first byte
/// lowest, and its length in the top byte (so that distinct words give
/// distinct keys). `None` for a longer word, which no list holds.
const fn key(word: &str) -> Option<u64> {
    let b = word.as_bytes();
    if b.len() > 7 {
        return None;
    }
    let mut k = 0;
    let mut i = b.len();
    while i > 0 {
        i -= 1;
        k = k << 8 | b[i] as u64;
    }
    Some(k | (b.len() as u64) << 56)
}

/// The [`key`]s of the words of `list`, sorted.
const fn keys<const N: usize>(list: &[&str]) -> [u64; N] {
    let mut out = [0; N];
    let mut i = 0;
    while i < N {
        out[i] = match key(list[i]) {
            Some(k) => k,
            None => panic!("a listed word is longer than seven bytes"),
        };
        // Insertion sort (at compile time).
        let mut j = i;
        while j > 0 && out[j - 1] > out[j] {
            let t = out[j];
            out[j] = out[j - 1];
            out[j - 1] = t;
            j -= 1;
        }
        i += 1;
    }
    out
}

/// Whether the word of `key` is among the sorted `keys`: a binary search
/// over integers instead of comparing strings with every listed word.
#[inline]
fn listed(keys: &[u64], key: Option<u64>) -> bool {
    key.is_some_and(|k| keys.binary_search(&k).is_ok())
}

static PHRASE_END_KEYS: [u64; PHRASE_ENDS.len()] = keys(PHRASE_ENDS);
static PREFIX_KEYS: [u64; PREFIXES.len()] = keys(PREFIXES);
static STARTER_KEYS: [u64; STARTERS.len()] = keys(STARTERS);

/// Abbreviations that come before a name or a number ("Mr.", "Gen.",
/// "St.", "No."): a capitalised word after them is never a new sentence.
const PREFIXES: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Govs", "Gen",
    "Lt", "Col", "Maj", "Capt", "Cpl", "Sgt", "Spc", "Pfc", "Pvt", "Adm", "Cmdr", "Brig", "Pres",
    "Supt", "Insp", "Rev", "Fr", "St", "Mt", "Ft", "No", "Nos", "vs", "Ens",
];

/// Whether `word` (without its period) is a title abbreviation that comes
/// before a person's name ("Sen", "Gov", "Rep"): never a paragraph's last
/// word. (Not "No", "St", "Dr", "vs" and the like, which also come before
/// numbers and places or end an address: "Linden Dr.")
pub(crate) fn is_name_prefix(word: &str) -> bool {
    listed(&PREFIX_KEYS, key(word))
        && !matches!(word, "No" | "Nos" | "vs" | "St" | "Mt" | "Ft" | "Dr" | "Fr")
}

/// Whether `word` (without its period) is an abbreviation that comes
/// before a name or a number ("Mr", "No"): with its period, never the
/// last word of a name.
pub(crate) fn is_prefix_abbreviation(word: &str) -> bool {
    listed(&PREFIX_KEYS, key(word))
}

/// Whether `word` (without its period) abbreviates a word of a bill's or
/// a resolution's designation ("S. Con. Res. 41", "S. Amdt. 212"): after
/// another abbreviation's period, it ends no sentence and no name.
pub(crate) fn is_legislative_abbreviation(word: &str) -> bool {
    matches!(word, "Res" | "Con" | "Amdt")
}

/// Bytes of the possessive `'s` (or `’s`) ending the bytes `b` of a word,
/// after at least two other bytes, 0 for none; in capitals, `'S` after a
/// word in ASCII capitals ("HALE'S", "O'HARE'S"). (The people detector's
/// own pass reads only a lower-case `s`: the capitals serve the name
/// look-ups of `people/mod.rs` and the organizations.)
#[inline]
pub(crate) fn possessive_bytes(b: &[u8]) -> usize {
    for suffix in ["'s", "\u{2019}s"] {
        if b.len() > suffix.len() + 1 && b.ends_with(suffix.as_bytes()) {
            return suffix.len();
        }
    }
    // (In capitals, a word in capitals before it: "DEWINE'S".)
    for suffix in ["'S", "\u{2019}S"] {
        if let Some(stem) = b.strip_suffix(suffix.as_bytes()) {
            // (An apostrophe or a hyphen inside: "O'HARE'S".)
            let caps = stem.iter().filter(|b| b.is_ascii_uppercase()).count();
            if caps > 1
                && stem[0].is_ascii_uppercase()
                && stem
                    .iter()
                    .all(|b| b.is_ascii_uppercase() || matches!(b, b'\'' | b'-'))
            {
                return suffix.len();
            }
        }
    }
    0
}

/// Whether `word` is a capitalised word that starts sentences and is never
/// part of a name ("The", "He", "When").
pub(crate) fn is_starter(word: &str) -> bool {
    listed(&STARTER_KEYS, key(word))
}

/// Whether an abbreviation may end a phrase, and so a sentence: an initial
/// or a dotted acronym ("p.m.", "U.S."), a company or state abbreviation,
/// a month; not a title or other word that comes before a name.
fn ends_phrase(word: &str) -> bool {
    !is_prefix_abbreviation(word)
}

/// Words that start sentences and are never part of a name: after an
/// abbreviation that may end a phrase, one of them written with a capital
/// starts a new sentence ("… at 5 p.m. The vote …").
const STARTERS: &[&str] = &[
    "The", "A", "An", "He", "She", "It", "They", "We", "I", "His", "Her", "Its", "Their", "Our",
    "This", "That", "These", "Those", "There", "But", "And", "In", "On", "At", "When", "While",
    "After", "Before", "If", "As", "For", "Some", "Many", "Most",
];

/// Whether `token` is a capitalised [`STARTERS`] word.
fn starts_sentence(text: &str, tokens: &[Token], j: usize) -> bool {
    let Some(t) = tokens.get(j) else {
        return false;
    };
    // An opening quotation mark and a capital: `said Ann Roy, R-Mont. "We
    // …`; not a nickname or a short quoted name inside the sentence, a few
    // words quoted before another word (`C.L. "Butch" Otter`, `the U.S.
    // "Buy Local" rules`).
    let quote_opens = matches!(t.text(text), "\u{201C}" | "\"")
        && tokens
            .get(j + 1)
            .is_some_and(|n| n.cap() && !n.space_before)
        && !tokens
            .iter()
            .enumerate()
            .skip(j + 2)
            .take(4)
            .find(|(_, c)| matches!(c.text(text), "\u{201D}" | "\""))
            .is_some_and(|(k, _)| {
                // (The mark right after a word: not a short quotation,
                // `Ore. "It was time," she said`.)
                tokens[k - 1].kind == TokenKind::Word
                    && tokens
                        .get(k + 1)
                        .is_some_and(|n| n.kind == TokenKind::Word && n.space_before)
            });
    quote_opens || (t.cap() && is_starter(t.text(text)))
}

/// Whether token `j` is a capitalised word on a new line right after a
/// title abbreviation ("Sen.", line break, "Ann Roy"): the line break is
/// the source's, not a sentence end.
pub(crate) fn name_after_prefix(text: &str, tokens: &[Token], j: usize) -> bool {
    j >= 2
        && tokens[j - 1].text(text) == "."
        && !tokens[j - 1].space_before
        && tokens[j - 2].kind == TokenKind::Word
        && is_name_prefix(tokens[j - 2].text(text))
        && tokens[j].kind == TokenKind::Word
        && tokens[j].cap()
        && !is_starter(tokens[j].text(text))
}

/// Whether token `i` opens a nickname in quotation marks inside a name:
/// one capitalised word in marks between a name's word or an initial and
/// a capitalised word (`C.L. "Butch" Otter`, `Walter “Buck” Emberly`).
/// (Inlined: most tokens asked about are no quotation mark, which their
/// kind and first byte tell without a call; [`quoted_nickname_at`] reads
/// the rest.)
#[inline]
pub(crate) fn quoted_nickname(text: &str, tokens: &[Token], i: usize) -> bool {
    // (`"`, or the first byte of `“` and `”`.)
    let may_be_mark = tokens.get(i).is_some_and(|t| {
        t.kind == TokenKind::Punct && matches!(text.as_bytes().get(t.start()), Some(b'"' | 0xE2))
    });
    may_be_mark && quoted_nickname_at(text, tokens, i)
}

/// [`quoted_nickname`] past its first test.
#[inline(never)]
fn quoted_nickname_at(text: &str, tokens: &[Token], i: usize) -> bool {
    let mark = |k: usize| {
        tokens.get(k).is_some_and(|t| {
            t.kind == TokenKind::Punct && matches!(t.text(text), "\"" | "\u{201C}" | "\u{201D}")
        })
    };
    let cap_word = |k: usize| tokens.get(k).is_some_and(|t| t.cap() && !t.all_caps());
    // (After a given name, or an initial's period: "R.J. "Dusty""; not a
    // title-case headline's words, `Why The Town Felt "Forgotten" By The State`.)
    let after_name = || {
        i >= 2
            && ((cap_word(i - 1)
                && crate::entity::people::lexicon::Lexicon::get()
                    .given(tokens[i - 1].text(text))
                    .is_some())
                || (tokens[i - 1].text(text) == "."
                    && tokens[i - 2].kind == TokenKind::Word
                    && tokens[i - 2].text(text).len() <= 3
                    && tokens[i - 2]
                        .text(text)
                        .ends_with(|c: char| c.is_ascii_uppercase())))
    };
    // (The shape first, the given name last: most marks are no nickname's.)
    mark(i)
        && tokens[i].space_before
        && cap_word(i + 1)
        && !tokens[i + 1].space_before
        && mark(i + 2)
        && !tokens[i + 2].space_before
        && cap_word(i + 3)
        && tokens[i + 3].space_before
        && after_name()
}

/// The sentences of [`sentences_and_landmarks`] alone.
#[cfg(test)]
pub(crate) fn sentences(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    sentences_and_landmarks(text, tokens, &mut Landmarks::default())
}

/// Tokens that the sentence scan ([`sentences_and_landmarks`]) stops at or
/// reads anyway, listed for the quote stage's scans, which would otherwise
/// pass over every token of the window again to find them.
#[derive(Debug, Default)]
pub(crate) struct Landmarks {
    /// The tokens after the first that open a line (`newline_before`), in
    /// order.
    pub line_starts: Vec<usize>,
    /// The tokens that may be quotation marks ([`may_be_quote_mark`]), in
    /// order.
    pub marks: Vec<usize>,
}

/// Whether token `t` may be a quotation mark: punctuation starting with
/// one of the bytes every quotation mark starts with (`"`, `'`, and the
/// first bytes of `«` `»` and of the typographic marks). A cheap look that
/// turns most tokens away.
#[inline]
pub(crate) fn may_be_quote_mark(text: &str, t: &Token) -> bool {
    t.kind == TokenKind::Punct
        && text
            .as_bytes()
            .get(t.start())
            .is_some_and(|&b| may_start_quote_mark(b))
}

/// Whether a punctuation token starting with byte `b` may be a quotation
/// mark ([`may_be_quote_mark`]).
#[inline]
fn may_start_quote_mark(b: u8) -> bool {
    matches!(b, b'"' | b'\'' | 0xC2 | 0xE2)
}

/// Sentence spans over `tokens`, as token index ranges `[start, end)`.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes and brackets
/// after it) followed by a token that starts with whitespace, unless the
/// period follows an abbreviation and the next word is not clearly a new
/// sentence; and at every paragraph break (a blank line, or a line break
/// after sentence-final punctuation).
///
/// Also lists in `landmarks` (emptied first) the tokens that open a line
/// and those that may be quotation marks ([`Landmarks`]): the scan stops
/// at each of them anyway, and the quote stage's scans
/// ([`crate::quote::marks::paragraph_starts`] and
/// [`crate::quote::marks::regions`]) read them from these lists instead of
/// passing over every token again.
pub(crate) fn sentences_and_landmarks(
    text: &str,
    tokens: &[Token],
    landmarks: &mut Landmarks,
) -> Vec<(usize, usize)> {
    landmarks.line_starts.clear();
    landmarks.marks.clear();
    // (Room for a sentence every sixteen tokens, shorter than news text's
    // sentences: the list seldom grows.)
    let mut out = Vec::with_capacity(tokens.len() / 16 + 1);
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        // Most tokens are words on the line of the one before, which
        // neither end nor start a sentence: skipped in a loop of their own.
        let Some(skip) = tokens[i..]
            .iter()
            .position(|t| t.kind == TokenKind::Punct || t.newline_before)
        else {
            break;
        };
        i += skip;
        let t = &tokens[i];
        // (Every token that opens a line stops the skip, and so does every
        // punctuation token but those glued to a sentence's end, which the
        // loop below takes: a line break comes with a space.)
        if t.newline_before && i > 0 {
            landmarks.line_starts.push(i);
        }
        // A blank line before this token ends the previous sentence.
        if i > start
            && t.newline_before
            && blank_line_between(text, tokens[i - 1].end(), t.start())
            && !name_after_prefix(text, tokens, i)
        {
            out.push((start, i));
            start = i;
        }
        if t.kind != TokenKind::Punct {
            i += 1;
            continue;
        }
        let first = text.as_bytes().get(t.start()).copied();
        if first.is_some_and(may_start_quote_mark) {
            landmarks.marks.push(i);
        }
        // (Only a sentence-final mark goes on: most marks are commas and
        // the like, turned away by their first byte without slicing the
        // text; "…" starts with 0xE2.)
        if !matches!(first, Some(b'.' | b'!' | b'?' | 0xE2)) {
            i += 1;
            continue;
        }
        let s = t.text(text);
        if matches!(s, "." | "!" | "?" | "…") {
            let mut j = i + 1;
            // absorb closing quotes and brackets and repeated terminators
            while j < tokens.len()
                && !tokens[j].space_before
                && tokens[j].kind == TokenKind::Punct
                && (matches!(
                    tokens[j].text(text),
                    "\"" | "\u{201D}" | "\u{2019}" | "'" | ")" | "]" | "." | "!" | "?" | "\u{BB}"
                ) || (tokens[j].text(text) == "\u{201C}"
                    // An opening mark typed for a closing one: `.“ Next`.
                    && tokens.get(j + 1).map_or(true, |n| n.space_before)))
            {
                // (The marks among the tokens glued to the sentence's end.)
                if may_be_quote_mark(text, &tokens[j]) {
                    landmarks.marks.push(j);
                }
                j += 1;
            }
            let next_starts = j >= tokens.len() || tokens[j].space_before;
            let next_is_number = tokens.get(j).is_some_and(|t| t.kind == TokenKind::Number);
            let abbrev = s == "."
                && j == i + 1
                && i > 0
                && !tokens[i].space_before
                && tokens[i - 1].kind == TokenKind::Word
                && match tokens[i - 1].text(text) {
                    "No" | "Nos" => next_is_number,
                    // (After another abbreviation's period only: not
                    // "Comic-Con.")
                    w if is_legislative_abbreviation(w) => {
                        i >= 3 && tokens[i - 2].text(text) == "."
                    }
                    // (Not the "s" of a number's plural: "the 1970's.")
                    "s" if i >= 2
                        && !tokens[i - 1].space_before
                        && matches!(tokens[i - 2].text(text), "'" | "\u{2019}") =>
                    {
                        false
                    }
                    w => {
                        is_abbreviation(w) && !(ends_phrase(w) && starts_sentence(text, tokens, j))
                    }
                }
                && !(j < tokens.len()
                    && tokens[j].newline_before
                    && !name_after_prefix(text, tokens, j));
            if next_starts && !abbrev {
                out.push((start, j));
                start = j;
            }
            i = j;
            continue;
        }
        i += 1;
    }
    if start < tokens.len() {
        out.push((start, tokens.len()));
    }
    out
}

/// Whether the gap `from..to` holds two `\n`, or two `\r` in a row.
fn blank_line_between(text: &str, from: usize, to: usize) -> bool {
    let gap = &text.as_bytes()[from..to];
    gap.iter().filter(|&&b| b == b'\n').nth(1).is_some() || gap.windows(2).any(|w| w == b"\r\r")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn possessives_in_lower_case_and_in_capitals() {
        let len = |w: &str| possessive_bytes(w.as_bytes());
        assert_eq!(len("Roy's"), 2);
        assert_eq!(len("Roy\u{2019}s"), 4);
        assert_eq!(len("ROY'S"), 2);
        assert_eq!(len("ROY\u{2019}S"), 4);
        // (Not a capital S after a word in lower case, nor one letter.)
        assert_eq!(len("Roy'S"), 0);
        assert_eq!(len("A'S"), 0);
        assert_eq!(len("'s"), 0);
        assert_eq!(len("O'HARE'S"), 2);
    }

    #[test]
    fn tab_or_newline_finds_what_a_byte_loop_finds() {
        let texts = [
            "",
            "\t",
            "id\tname",
            "abcdefgh\tij\nk",
            "naïve\tŽepče\u{89}\u{8a}x\n",
            "\u{109}\u{10a}\u{209}abcdefghijklmnop",
            "0123456\t01234567\n0123456789abcdef\t",
        ];
        for text in texts {
            let bytes = text.as_bytes();
            for from in 0..=bytes.len() {
                let naive = (from..bytes.len())
                    .find(|&i| bytes[i] == b'\t' || bytes[i] == b'\n')
                    .unwrap_or(bytes.len());
                assert_eq!(tab_or_newline(bytes, from), naive, "{text:?} from {from}");
            }
        }
    }

    #[test]
    fn ascii_space_and_the_trims_agree_with_str() {
        for b in 0..=0x7fu8 {
            assert_eq!(ascii_space(b), char::from(b).is_whitespace(), "{b:#x}");
        }
        for s in [
            "",
            " ",
            " a ",
            "\u{a0}b\u{3000}",
            "\x0b\x0cZoë \x0b",
            "é",
            " , and ",
        ] {
            assert_eq!(trim_start_white(s), s.trim_start(), "{s:?}");
            assert_eq!(trim_end_white(s), s.trim_end(), "{s:?}");
        }
    }

    #[test]
    fn only_words_have_flags() {
        // `Token::cap` and `Token::all_caps` answer for words alone: the
        // loops that ask `cap` ask no kind.
        let text = "ABC 12 B2B 90s \u{C9}cole \u{201C}X\u{201D} (US) - \u{2014} 1,000.5 F16 \u{C5}\u{C5} NATO's .";
        let tokens = tokenize(text);
        assert!(tokens.iter().any(|t| t.kind == TokenKind::Word && t.cap()));
        for t in &tokens {
            assert!(
                t.flags == 0 || t.kind == TokenKind::Word,
                "{:?}",
                t.text(text)
            );
        }
    }

    #[test]
    fn word_tokens_fold_to_lower_case() {
        // Every ASCII byte before, inside and after letters and digits, and
        // around an apostrophe: a word token's ASCII bytes all have bit 5
        // set once lower-cased, as `hash::pack_lower_word_at` relies on.
        let mut text = String::new();
        for b in 0u8..0x80 {
            let c = char::from(b);
            for piece in [
                format!("Ab{c}cD "),
                format!("{c}Ab "),
                format!("AB{c} "),
                format!("1{c}2x "),
                format!("O'{c}s "),
                format!("\u{e9}{c}\u{e9}A "),
                format!("90{c}s "),
            ] {
                text.push_str(&piece);
            }
        }
        text.push_str("1,000.5s 1.5km NATO\u{2019}s d\u{e9}j\u{e0} \u{212A}elvin");
        let bytes = text.as_bytes();
        for t in tokenize(&text).iter().filter(|t| t.kind == TokenKind::Word) {
            let w = t.text(&text);
            for &b in w.as_bytes() {
                assert!(b >= 0x80 || b | 0x20 == b.to_ascii_lowercase(), "{w:?}");
            }
            let n = w.len();
            assert_eq!(
                crate::hash::pack_lower_word_at(bytes, t.start(), n),
                crate::hash::pack_short_at(bytes, t.start(), n).map(crate::hash::lower8),
                "{w:?}"
            );
        }
    }

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
    }

    #[test]
    fn push_lower_appends_lower_case() {
        let mut buf = String::from("x ");
        push_lower(&mut buf, "Prime MINISTER");
        assert_eq!(buf, "x prime minister");
        buf.clear();
        push_lower(&mut buf, "Über-ÇA");
        assert_eq!(buf, "über-ça");
    }

    #[test]
    fn runs_read_eight_bytes_at_once_as_one_by_one() {
        let run = |s: &[u8]| {
            let end = s.iter().position(|c| !c.is_ascii_alphanumeric());
            (end.unwrap_or(s.len()), end.map_or(0, |e| s[e]))
        };
        for b in 0..=255u8 {
            for at in 0..10 {
                for other in [0x00, 0x7F, 0x80, 0xFF, b'9', b'.', b'Z', b'@', b'{'] {
                    for at_other in 0..10 {
                        let mut s = *b"aB3zZ09qxy";
                        s[at] = b;
                        s[at_other] = other;
                        assert_eq!(ascii_run(&s, 0), run(&s), "{s:?}");
                        assert_eq!(ascii_run(&s[..7], 0), run(&s[..7]), "{s:?}");
                    }
                }
            }
        }
    }

    #[test]
    fn tokens() {
        assert_eq!(
            words("NATO’s EU-led force"),
            ["NATO’s", "EU", "-", "led", "force"]
        );
        assert_eq!(
            words("O'Brien paid $1,000.50."),
            ["O'Brien", "paid", "$", "1,000.50", "."]
        );
        assert_eq!(
            words("Kovář said: “Yes”"),
            ["Kovář", "said", ":", "“", "Yes", "”"]
        );
        assert_eq!(
            words("the Smiths’ ’90s"),
            ["the", "Smiths", "’", "’", "90s"]
        );
    }

    #[test]
    fn listed_words() {
        for list in [PHRASE_ENDS, PREFIXES, STARTERS] {
            for w in list {
                assert!(is_abbreviation(w) || listed(&STARTER_KEYS, key(w)), "{w}");
            }
        }
        for w in ["", "M", "Mrs.", "Mr\0", "mr", "Sept.", "Californ", "Thee"] {
            let k = key(w);
            assert!(
                !listed(&PREFIX_KEYS, k) && !listed(&PHRASE_END_KEYS, k),
                "{w:?}"
            );
            assert!(!listed(&STARTER_KEYS, k), "{w:?}");
        }
        assert!(listed(&PREFIX_KEYS, key("Mr")) && !listed(&PHRASE_END_KEYS, key("Mr")));
        // (`article::structure::ends_in_name_prefix` turns away a word of
        // five letters without asking.)
        assert!(PREFIXES.iter().all(|p| p.len() <= 4));
    }

    #[test]
    fn landmarks_are_the_line_starts_and_the_possible_marks() {
        for text in [
            "",
            "\nOne.\nTwo \u{201C}three.\u{201D}\n\nFour\r\nfive.\u{2028}Six",
            "Sen.\nAnn Roy said: \"Yes.\"\n\"No,\" he said.\n  \n(Seven.)\nEnd",
            "a\n\u{A0}\nb . \n.\n!!\n\u{2026}\n\"\n",
            "\u{AB}Oui.\u{BB} \u{2018}It\u{2019}s.\u{2019}\u{201D}) Next.'' ``x'' \"y.\"\u{201C} z",
            "He said \"no.\"' Then 'yes!'\" and \u{201E}ja.\u{201C}",
            "\"Sen.\" Roy.\u{201C}\n\u{201C}Go.\"",
        ] {
            let toks = tokenize(text);
            let mut landmarks = Landmarks {
                line_starts: vec![7],
                marks: vec![7],
            };
            let got = sentences_and_landmarks(text, &toks, &mut landmarks);
            assert_eq!(got, sentences(text, &toks), "{text:?}");
            let want: Vec<usize> = (1..toks.len())
                .filter(|&i| toks[i].newline_before)
                .collect();
            assert_eq!(landmarks.line_starts, want, "{text:?}");
            let want: Vec<usize> = (0..toks.len())
                .filter(|&i| may_be_quote_mark(text, &toks[i]))
                .collect();
            assert_eq!(landmarks.marks, want, "{text:?}");
        }
    }

    #[test]
    fn sentence_split() {
        let text = "Mr. Smith went to Washington. He said “No.” Then U.S. Sen. Jones left! Ok";
        let toks = tokenize(text);
        let got: Vec<&str> = sentences(text, &toks)
            .into_iter()
            .map(|(a, b)| &text[toks[a].start()..toks[b - 1].end()])
            .collect();
        assert_eq!(
            got,
            [
                "Mr. Smith went to Washington.",
                "He said “No.”",
                "Then U.S. Sen. Jones left!",
                "Ok"
            ]
        );
    }

    #[test]
    fn an_abbreviation_ends_a_sentence_before_a_sentence_starter() {
        let split = |text: &str| -> Vec<String> {
            let toks = tokenize(text);
            sentences(text, &toks)
                .into_iter()
                .map(|(a, b)| text[toks[a].start()..toks[b - 1].end()].to_string())
                .collect()
        };
        for (text, want) in [
            (
                "The hearing ends at 4 p.m. The vote is on Friday.",
                &["The hearing ends at 4 p.m.", "The vote is on Friday."][..],
            ),
            (
                "It was sold to Orrin Tools Inc. She said so.",
                &["It was sold to Orrin Tools Inc.", "She said so."][..],
            ),
            (
                "He moved to the U.S. But he came back.",
                &["He moved to the U.S.", "But he came back."][..],
            ),
            // Initials and titles before a name stay inside the sentence.
            (
                "J. R. Tolland and Dr. Ann Wexley came.",
                &["J. R. Tolland and Dr. Ann Wexley came."][..],
            ),
            (
                "It is 5 p.m. local time.",
                &["It is 5 p.m. local time."][..],
            ),
            (
                "They met Sen. The Honourable Amy Lin.",
                &["They met Sen. The Honourable Amy Lin."][..],
            ),
        ] {
            assert_eq!(split(text), want, "{text}");
        }
    }
}
