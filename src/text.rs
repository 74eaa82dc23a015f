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
    pub span: Span,
    pub kind: TokenKind,
    /// Whitespace (or the start of the text) comes before this token.
    pub space_before: bool,
    /// A line break comes before this token.
    pub newline_before: bool,
}

impl Token {
    /// The token's text.
    #[inline]
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        &text[self.span.range()]
    }

    /// A word starting with an upper-case letter.
    #[inline]
    pub fn is_capitalized(&self, text: &str) -> bool {
        self.kind == TokenKind::Word
            && self
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }

    /// A word of at least two letters with no lower-case letter.
    pub fn is_all_caps(&self, text: &str) -> bool {
        let t = self.text(text);
        self.kind == TokenKind::Word
            && t.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && !t.chars().any(char::is_lowercase)
    }
}

/// Whether `c` continues a word: letters, digits, combining marks and the
/// zero-width joiner.
#[inline]
pub(crate) fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_combining(c) || c == '\u{200D}'
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
pub(crate) fn tokenize(text: &str) -> Vec<Token> {
    let mut out = Vec::with_capacity(text.len() / 5 + 1);
    let mut chars = text.char_indices().peekable();
    let mut space_before = true;
    let mut newline_before = false;
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() || c == '\u{FEFF}' {
            space_before = true;
            if c == '\n' || c == '\r' {
                newline_before = true;
            }
            continue;
        }
        let (kind, end) = if c.is_ascii_digit() {
            let mut end = i + 1;
            while let Some(&(j, d)) = chars.peek() {
                if d.is_ascii_digit() {
                    chars.next();
                    end = j + 1;
                } else if (d == ',' || d == '.')
                    && text[j + 1..].starts_with(|x: char| x.is_ascii_digit())
                {
                    chars.next();
                    end = j + 1;
                } else {
                    break;
                }
            }
            (TokenKind::Number, end)
        } else if is_word_char(c) {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if is_word_char(d) {
                    chars.next();
                    end = j + d.len_utf8();
                } else if is_apostrophe(d)
                    && text[j + d.len_utf8()..]
                        .chars()
                        .next()
                        .is_some_and(char::is_alphabetic)
                {
                    chars.next();
                    end = j + d.len_utf8();
                } else {
                    break;
                }
            }
            (TokenKind::Word, end)
        } else {
            (TokenKind::Punct, i + c.len_utf8())
        };
        out.push(Token {
            span: Span::new(i, end),
            kind,
            space_before,
            newline_before,
        });
        space_before = false;
        newline_before = false;
    }
    out
}

/// Words after which a period does not end a sentence.
const ABBREVIATIONS: &[&str] = &[
    "Mr", "Mrs", "Ms", "Mx", "Dr", "Prof", "Sen", "Sens", "Rep", "Reps", "Gov", "Gen", "Lt", "Col",
    "Maj", "Capt", "Cpl", "Sgt", "Adm", "Cmdr", "Brig", "Pres", "Supt", "Insp", "Rev", "Fr", "St",
    "Jr", "Sr", "Inc", "Corp", "Co", "Ltd", "Bros", "No", "Nos", "vs", "etc", "Jan", "Feb", "Mar",
    "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec", "Mt", "Ft", "Ave", "Blvd",
    "approx", "Dept", "Univ", "Calif", "Mass", "Conn", "Fla", "Ill", "Pa", "Va", "Wash", "Tenn",
    "Ky", "Ariz", "Colo", "Del", "Ga", "Ind", "Kan", "La", "Md", "Mich", "Minn", "Miss", "Mo",
    "Mont", "Neb", "Nev", "Okla", "Ore", "Tex", "Vt", "Wis", "Wyo", "Ala", "Ark",
];

/// Whether the word before a period makes it an abbreviation rather than a
/// sentence end: a listed abbreviation, a single letter (an initial), or a
/// dotted acronym (`U.S`).
pub(crate) fn is_abbreviation(word: &str) -> bool {
    let mut chars = word.chars();
    let single = chars.next().is_some() && chars.next().is_none();
    single || ABBREVIATIONS.contains(&word)
}

/// Sentence spans over `tokens`, as token index ranges `[start, end)`.
///
/// A sentence ends at `.`, `!` or `?` (with any closing quotes and brackets
/// after it) followed by a token that starts with whitespace, unless the
/// period follows an abbreviation and the next word is not clearly a new
/// sentence; and at every paragraph break (a blank line, or a line break
/// after sentence-final punctuation).
pub(crate) fn sentences(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = &tokens[i];
        // A blank line before this token ends the previous sentence.
        if i > start
            && t.newline_before
            && blank_line_between(text, tokens[i - 1].span.end(), t.span.start())
        {
            out.push((start, i));
            start = i;
        }
        let s = t.text(text);
        if t.kind == TokenKind::Punct && matches!(s, "." | "!" | "?" | "…") {
            let mut j = i + 1;
            // absorb closing quotes and brackets and repeated terminators
            while j < tokens.len()
                && !tokens[j].space_before
                && tokens[j].kind == TokenKind::Punct
                && matches!(
                    tokens[j].text(text),
                    "\"" | "\u{201D}" | "\u{2019}" | "'" | ")" | "]" | "." | "!" | "?" | "\u{BB}"
                )
            {
                j += 1;
            }
            let next_starts = j >= tokens.len() || tokens[j].space_before;
            let abbrev = s == "."
                && i > 0
                && !tokens[i].space_before
                && tokens[i - 1].kind == TokenKind::Word
                && is_abbreviation(tokens[i - 1].text(text))
                && !(j < tokens.len() && tokens[j].newline_before);
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

fn blank_line_between(text: &str, from: usize, to: usize) -> bool {
    let gap = &text[from..to];
    let mut newlines = 0;
    for c in gap.chars() {
        if c == '\n' {
            newlines += 1;
        }
    }
    newlines >= 2 || gap.matches("\r\r").next().is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(text: &str) -> Vec<&str> {
        tokenize(text).iter().map(|t| t.text(text)).collect()
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
            words("Krišto said: “Yes”"),
            ["Krišto", "said", ":", "“", "Yes", "”"]
        );
        assert_eq!(
            words("the Smiths’ ’90s"),
            ["the", "Smiths", "’", "’", "90s"]
        );
    }

    #[test]
    fn sentence_split() {
        let text = "Mr. Smith went to Washington. He said “No.” Then U.S. Sen. Jones left! Ok";
        let toks = tokenize(text);
        let got: Vec<&str> = sentences(text, &toks)
            .into_iter()
            .map(|(a, b)| &text[toks[a].span.start()..toks[b - 1].span.end()])
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
}
