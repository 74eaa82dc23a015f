//! Text normalization for matching: case folding, diacritic folding and the
//! word-character classes that define whole-word boundaries.
//!
//! Names and text go through the same per-character fold, so a name's key
//! and the folded view of the text agree byte for byte. The fold never
//! allocates when it walks text: it writes at most [`MAX_FOLD`] bytes per
//! character into a caller's buffer.

/// The most bytes one character folds to (`char::to_lowercase` yields at most
/// three characters).
pub(super) const MAX_FOLD: usize = 12;

/// The byte whitespace folds to. A run of whitespace folds to one space.
pub(super) const SPACE: u8 = b' ';

/// Classes of ASCII bytes for the scanner.
pub(super) const NON_WORD: u8 = 0;
/// A lower-case ASCII letter or a digit.
pub(super) const LOWER: u8 = 1;
/// An upper-case ASCII letter.
pub(super) const UPPER: u8 = 2;

/// The class of every ASCII byte (bytes >= 0x80 are `NON_WORD` here and are
/// classified by decoding the character).
pub(super) static ASCII_CLASS: [u8; 128] = {
    let mut t = [NON_WORD; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if c.is_ascii_uppercase() {
            t[b] = UPPER;
        } else if c.is_ascii_lowercase() || c.is_ascii_digit() {
            t[b] = LOWER;
        }
        b += 1;
    }
    t
};

/// The fold of every ASCII byte: letters lower-cased, whitespace to a space.
pub(super) static ASCII_FOLD: [u8; 128] = {
    let mut t = [0u8; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        t[b] = if c.is_ascii_whitespace() {
            SPACE
        } else {
            c.to_ascii_lowercase()
        };
        b += 1;
    }
    t
};

/// Whether `c` is part of a word: a letter or digit in any script, or a
/// mark attached to the character before it (text in decomposed form keeps
/// its accents in the word), as the crate's tokenizer has it.
#[inline]
pub(super) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_attached(c)
}

/// Combining marks of every block, and the zero-width joiner: characters
/// that belong to the one before them. Only the basic combining marks
/// (U+0300..U+036F) vanish when folding diacritics; the others keep a word
/// from matching.
#[inline]
pub(super) fn is_attached(c: char) -> bool {
    matches!(c,
        '\u{300}'..='\u{36f}' | '\u{1ab0}'..='\u{1aff}' | '\u{1dc0}'..='\u{1dff}'
        | '\u{20d0}'..='\u{20ff}' | '\u{fe20}'..='\u{fe2f}' | '\u{200d}')
}

/// Whether `c` is an apostrophe (a possessive `'s` ends a word; a letter
/// after an apostrophe inside a word, as in "O'Brien", does not start one).
#[inline]
pub(super) fn is_apostrophe(c: char) -> bool {
    matches!(c, '\'' | '\u{2019}' | '\u{2018}' | '\u{2bc}')
}

/// Folds one non-whitespace character into `out`, returning the number of
/// bytes written (0 for a combining mark when folding diacritics).
///
/// Letters are lower-cased; with `diacritics`, Latin letters lose their
/// accents ("Č" → "c", "İ" → "i", "ß" → "ss", "Ł" → "l") and combining
/// marks vanish. Typographic apostrophes fold to `'` and Unicode hyphens to
/// `-`, so "Côte d’Ivoire" and "Côte d'Ivoire" agree.
#[inline]
pub(super) fn fold_char(c: char, diacritics: bool, out: &mut [u8; MAX_FOLD]) -> usize {
    let cp = c as u32;
    if cp < 0x80 {
        out[0] = ASCII_FOLD[cp as usize];
        return 1;
    }
    if diacritics {
        let folded = match cp {
            0xC0..=0x24F => LATIN[(cp - 0xC0) as usize],
            0x1E00..=0x1EFF => LATIN_ADDITIONAL[(cp - 0x1E00) as usize],
            0x300..=0x36F => return 0,
            _ => "",
        };
        if !folded.is_empty() {
            out[..folded.len()].copy_from_slice(folded.as_bytes());
            return folded.len();
        }
    }
    match c {
        '\u{2019}' | '\u{2018}' | '\u{2bc}' => {
            out[0] = b'\'';
            return 1;
        }
        '\u{2010}' | '\u{2011}' => {
            out[0] = b'-';
            return 1;
        }
        _ => {}
    }
    let mut n = 0;
    for l in c.to_lowercase() {
        n += l.encode_utf8(&mut out[n..]).len();
    }
    n
}

/// Appends the key of the name `s` to `out`: its characters folded, runs of
/// whitespace as one space, no leading or trailing whitespace.
pub(super) fn fold_into(out: &mut String, s: &str, diacritics: bool) {
    if single_spaced_ascii(s.as_bytes()) {
        // Nothing to drop, merge or decode: the key is the name in lower case.
        let start = out.len();
        out.push_str(s);
        out[start..].make_ascii_lowercase();
        return;
    }
    if s.is_ascii() {
        fold_ascii_into(out, s);
        return;
    }
    let start = out.len();
    let mut buf = [0u8; MAX_FOLD];
    let mut pending_space = false;
    for c in s.chars() {
        if c.is_whitespace() {
            pending_space = out.len() > start;
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        if c.is_ascii() {
            out.push(char::from(ASCII_FOLD[c as usize]));
            continue;
        }
        let n = fold_char(c, diacritics, &mut buf);
        // `fold_char` writes whole UTF-8 sequences.
        out.push_str(core::str::from_utf8(&buf[..n]).unwrap_or(""));
    }
}

/// [`fold_into`] of an ASCII `s` (most names): read byte by byte, without
/// decoding characters.
fn fold_ascii_into(out: &mut String, s: &str) {
    let start = out.len();
    out.reserve(s.len());
    let mut pending_space = false;
    for &b in s.as_bytes() {
        // (The ASCII characters `char::is_whitespace` takes.)
        if matches!(b, b'\t'..=b'\r' | b' ') {
            pending_space = out.len() > start;
            continue;
        }
        if pending_space {
            out.push(' ');
            pending_space = false;
        }
        out.push(char::from(ASCII_FOLD[usize::from(b)]));
    }
}

/// Whether the name `b` is non-empty ASCII whose only whitespace or control
/// bytes are single spaces between other bytes ("New York", not " York",
/// "New  York", "New\tYork" or "Nový Jičín"): then its key is the name in
/// lower case ([`fold_into`]'s common case, in one pass).
pub(crate) fn single_spaced_ascii(b: &[u8]) -> bool {
    // (Starting as if after a space turns away a leading one.)
    let mut after_space = true;
    for &c in b {
        // Most bytes are printable ASCII, `'!'..=DEL`.
        if c.wrapping_sub(b'!') < 0x5F {
            after_space = false;
        } else if c == b' ' && !after_space {
            after_space = true;
        } else {
            return false;
        }
    }
    !after_space
}

/// Per-word case facts of a name or of matched text, one bit per word (the
/// first 32 words).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub(super) struct CaseShape {
    /// Words starting with an upper-case letter (for text: words not starting
    /// with a lower-case letter).
    pub initial: u32,
    /// Words written in capitals (for a name: two or more capitals and no
    /// lower-case letter, as in "NATO"; for text: no lower-case letter).
    pub capitals: u32,
}

impl CaseShape {
    /// A text shape every name accepts.
    pub const ANY: CaseShape = CaseShape {
        initial: u32::MAX,
        capitals: u32::MAX,
    };

    /// What a name demands of the text that matches it.
    pub fn of_name(name: &str) -> CaseShape {
        let mut shape = CaseShape::default();
        if name.is_ascii() {
            let (mut index, mut start) = (0u32, true);
            let (mut upper, mut lower) = (0, false);
            let close = |index: u32, upper: usize, lower: bool, shape: &mut CaseShape| {
                if index < 32 && upper >= 2 && !lower {
                    shape.capitals |= 1 << index;
                }
            };
            for &b in name.as_bytes() {
                if b.is_ascii_alphanumeric() {
                    if start && b.is_ascii_uppercase() && index < 32 {
                        shape.initial |= 1 << index;
                    }
                    start = false;
                    upper += usize::from(b.is_ascii_uppercase());
                    lower |= b.is_ascii_lowercase();
                } else if !start {
                    close(index, upper, lower, &mut shape);
                    index += 1;
                    (start, upper, lower) = (true, 0, false);
                }
            }
            if !start {
                close(index, upper, lower, &mut shape);
            }
            return shape;
        }
        CaseShape::of_name_slow(name)
    }

    /// [`CaseShape::of_name`] without the ASCII fast path (any text; the
    /// tests check the two agree).
    pub fn of_name_slow(name: &str) -> CaseShape {
        let mut shape = CaseShape::default();
        for_each_word(name, |i, word| {
            if word.chars().next().is_some_and(char::is_uppercase) {
                shape.initial |= 1 << i;
            }
            let (mut upper, mut lower) = (0, false);
            for c in word.chars() {
                upper += usize::from(c.is_uppercase());
                lower |= c.is_lowercase();
            }
            if upper >= 2 && !lower {
                shape.capitals |= 1 << i;
            }
        });
        shape
    }

    /// What the matched text offers.
    ///
    /// Word by word over the bytes, each read through [`TEXT_BYTES`]: the
    /// separators before a word are skipped, then the word's letters run
    /// on while they are letters or digits, remembering a lower-case one.
    /// ASCII text is answered here, and text with a byte past ASCII (seen
    /// among the separators, where such a byte ends a word) by
    /// [`CaseShape::of_text_slow`].
    pub fn of_text(text: &str) -> CaseShape {
        let bytes = text.as_bytes();
        let mut shape = CaseShape::default();
        let (mut index, mut i) = (0u32, 0);
        loop {
            // The separators before the next word.
            let first = loop {
                let Some(&b) = bytes.get(i) else {
                    return shape;
                };
                let c = TEXT_BYTES[usize::from(b)];
                if c & text_byte::WORD != 0 {
                    break c;
                }
                if c & text_byte::NON_ASCII != 0 {
                    return Self::of_text_slow(text);
                }
                i += 1;
            };
            // The word: its letters and digits, and whether one is lower case.
            let mut seen = first;
            i += 1;
            while let Some(&b) = bytes.get(i) {
                let c = TEXT_BYTES[usize::from(b)];
                if c & text_byte::WORD == 0 {
                    break;
                }
                seen |= c;
                i += 1;
            }
            if index < 32 {
                if first & text_byte::LOWER == 0 {
                    shape.initial |= 1 << index;
                }
                if seen & text_byte::LOWER == 0 {
                    shape.capitals |= 1 << index;
                }
            }
            index += 1;
        }
    }

    /// [`CaseShape::of_text`] for any text.
    pub fn of_text_slow(text: &str) -> CaseShape {
        let mut shape = CaseShape::default();
        for_each_word(text, |i, word| {
            if !word.chars().next().is_some_and(char::is_lowercase) {
                shape.initial |= 1 << i;
            }
            if !word.chars().any(char::is_lowercase) {
                shape.capitals |= 1 << i;
            }
        });
        shape
    }

    /// Whether text of shape `text` may match a name of shape `self`.
    #[inline]
    pub fn accepts(&self, text: CaseShape) -> bool {
        self.initial & !text.initial == 0 && self.capitals & !text.capitals == 0
    }
}

/// What [`CaseShape::of_text`] makes of a byte ([`TEXT_BYTES`]): bits.
mod text_byte {
    /// An ASCII letter or digit (no bit: an ASCII byte that ends a word).
    pub const WORD: u8 = 1;
    /// An ASCII lower-case letter.
    pub const LOWER: u8 = 2;
    /// A byte past ASCII: the text is read by the slow path.
    pub const NON_ASCII: u8 = 4;
}

/// [`text_byte`] bits of every byte value.
static TEXT_BYTES: [u8; 256] = {
    let mut table = [text_byte::NON_ASCII; 256];
    let mut b = 0;
    while b < 0x80 {
        let c = b as u8;
        table[b] = if c.is_ascii_lowercase() {
            text_byte::WORD | text_byte::LOWER
        } else if c.is_ascii_alphanumeric() {
            text_byte::WORD
        } else {
            0
        };
        b += 1;
    }
    table
};

/// The byte offset of the first word of `name` that starts with a capital
/// letter (0 for "Sarajevo", 3 for "al-Qaeda", 4 for "the Balkans"), or
/// `None` when no word does ("dpa").
pub(super) fn anchor(name: &str) -> Option<usize> {
    let mut start = None;
    let mut prev_word = false;
    for (i, c) in name.char_indices() {
        let word = is_word_char(c);
        if word && !prev_word && c.is_uppercase() {
            start = Some(i);
            break;
        }
        prev_word = word;
    }
    start
}

/// Calls `f(index, word)` for the first 32 words of `s` (maximal runs of word
/// characters).
fn for_each_word(s: &str, mut f: impl FnMut(u32, &str)) {
    let mut index = 0u32;
    let mut start = None;
    for (i, c) in s.char_indices() {
        match (is_word_char(c), start) {
            (true, None) => start = Some(i),
            (false, Some(st)) => {
                if index < 32 {
                    f(index, &s[st..i]);
                }
                index += 1;
                start = None;
            }
            _ => {}
        }
    }
    if let Some(st) = start {
        if index < 32 {
            f(index, &s[st..]);
        }
    }
}

/// Folded forms of U+00C0..U+0250 (empty: no ASCII folding).
pub(super) static LATIN: [&str; 400] = [
    "a", "a", "a", "a", "a", "a", "ae", "c", // U+00C0
    "e", "e", "e", "e", "i", "i", "i", "i", // U+00C8
    "d", "n", "o", "o", "o", "o", "o", "", // U+00D0
    "o", "u", "u", "u", "u", "y", "th", "ss", // U+00D8
    "a", "a", "a", "a", "a", "a", "ae", "c", // U+00E0
    "e", "e", "e", "e", "i", "i", "i", "i", // U+00E8
    "d", "n", "o", "o", "o", "o", "o", "", // U+00F0
    "o", "u", "u", "u", "u", "y", "th", "y", // U+00F8
    "a", "a", "a", "a", "a", "a", "c", "c", // U+0100
    "c", "c", "c", "c", "c", "c", "d", "d", // U+0108
    "d", "d", "e", "e", "e", "e", "e", "e", // U+0110
    "e", "e", "e", "e", "g", "g", "g", "g", // U+0118
    "g", "g", "g", "g", "h", "h", "h", "h", // U+0120
    "i", "i", "i", "i", "i", "i", "i", "i", // U+0128
    "i", "i", "ij", "ij", "j", "j", "k", "k", // U+0130
    "k", "l", "l", "l", "l", "l", "l", "l", // U+0138
    "l", "l", "l", "n", "n", "n", "n", "n", // U+0140
    "n", "", "n", "n", "o", "o", "o", "o", // U+0148
    "o", "o", "oe", "oe", "r", "r", "r", "r", // U+0150
    "r", "r", "s", "s", "s", "s", "s", "s", // U+0158
    "s", "s", "t", "t", "t", "t", "t", "t", // U+0160
    "u", "u", "u", "u", "u", "u", "u", "u", // U+0168
    "u", "u", "u", "u", "w", "w", "y", "y", // U+0170
    "y", "z", "z", "z", "z", "z", "z", "", // U+0178
    "b", "", "", "", "", "", "", "", // U+0180
    "", "", "", "", "", "", "", "e", // U+0188
    "", "", "f", "", "", "", "", "i", // U+0190
    "", "", "", "", "", "", "", "", // U+0198
    "o", "o", "", "", "", "", "", "", // U+01A0
    "", "", "", "", "", "", "", "u", // U+01A8
    "u", "", "", "", "", "z", "z", "", // U+01B0
    "", "", "", "", "", "", "", "", // U+01B8
    "", "", "", "", "dz", "dz", "dz", "lj", // U+01C0
    "lj", "lj", "nj", "nj", "nj", "a", "a", "i", // U+01C8
    "i", "o", "o", "u", "u", "u", "u", "u", // U+01D0
    "u", "u", "u", "u", "u", "e", "a", "a", // U+01D8
    "a", "a", "", "", "g", "g", "g", "g", // U+01E0
    "k", "k", "o", "o", "o", "o", "", "", // U+01E8
    "j", "dz", "dz", "dz", "g", "g", "", "", // U+01F0
    "n", "n", "a", "a", "", "", "", "", // U+01F8
    "a", "a", "a", "a", "e", "e", "e", "e", // U+0200
    "i", "i", "i", "i", "o", "o", "o", "o", // U+0208
    "r", "r", "r", "r", "u", "u", "u", "u", // U+0210
    "s", "s", "t", "t", "", "", "h", "h", // U+0218
    "", "", "", "", "", "", "a", "a", // U+0220
    "e", "e", "o", "o", "o", "o", "o", "o", // U+0228
    "o", "o", "y", "y", "", "", "", "", // U+0230
    "", "", "", "", "", "", "", "", // U+0238
    "", "", "", "b", "", "", "", "", // U+0240
    "", "", "", "", "", "", "", "", // U+0248
];

/// Folded forms of U+1E00..U+1F00 (empty: no ASCII folding).
pub(super) static LATIN_ADDITIONAL: [&str; 256] = [
    "a", "a", "b", "b", "b", "b", "b", "b", // U+1E00
    "c", "c", "d", "d", "d", "d", "d", "d", // U+1E08
    "d", "d", "d", "d", "e", "e", "e", "e", // U+1E10
    "e", "e", "e", "e", "e", "e", "f", "f", // U+1E18
    "g", "g", "h", "h", "h", "h", "h", "h", // U+1E20
    "h", "h", "h", "h", "i", "i", "i", "i", // U+1E28
    "k", "k", "k", "k", "k", "k", "l", "l", // U+1E30
    "l", "l", "l", "l", "l", "l", "m", "m", // U+1E38
    "m", "m", "m", "m", "n", "n", "n", "n", // U+1E40
    "n", "n", "n", "n", "o", "o", "o", "o", // U+1E48
    "o", "o", "o", "o", "p", "p", "p", "p", // U+1E50
    "r", "r", "r", "r", "r", "r", "r", "r", // U+1E58
    "s", "s", "s", "s", "s", "s", "s", "s", // U+1E60
    "s", "s", "t", "t", "t", "t", "t", "t", // U+1E68
    "t", "t", "u", "u", "u", "u", "u", "u", // U+1E70
    "u", "u", "u", "u", "v", "v", "v", "v", // U+1E78
    "w", "w", "w", "w", "w", "w", "w", "w", // U+1E80
    "w", "w", "x", "x", "x", "x", "y", "y", // U+1E88
    "z", "z", "z", "z", "z", "z", "h", "t", // U+1E90
    "w", "y", "", "", "", "", "ss", "", // U+1E98
    "a", "a", "a", "a", "a", "a", "a", "a", // U+1EA0
    "a", "a", "a", "a", "a", "a", "a", "a", // U+1EA8
    "a", "a", "a", "a", "a", "a", "a", "a", // U+1EB0
    "e", "e", "e", "e", "e", "e", "e", "e", // U+1EB8
    "e", "e", "e", "e", "e", "e", "e", "e", // U+1EC0
    "i", "i", "i", "i", "o", "o", "o", "o", // U+1EC8
    "o", "o", "o", "o", "o", "o", "o", "o", // U+1ED0
    "o", "o", "o", "o", "o", "o", "o", "o", // U+1ED8
    "o", "o", "o", "o", "u", "u", "u", "u", // U+1EE0
    "u", "u", "u", "u", "u", "u", "u", "u", // U+1EE8
    "u", "u", "y", "y", "y", "y", "y", "y", // U+1EF0
    "y", "y", "", "", "", "", "", "", // U+1EF8
];
