//! Detection: one pass over the tokens builds runs of capitalised name
//! words; each run is then judged once, from a bounded window around it, by
//! the rules (title before it, given name, role phrase in apposition,
//! person verb), and runs no rule explains are kept for surname
//! propagation.

use std::cell::{Cell, RefCell};

use crate::entity::places::Places;
use crate::entity::{Gender, LocationKind};
use crate::extractor::Context;
use crate::gazetteer::EntryKind;
use crate::hash::FxHashSet as HashSet;
use crate::span::Span;
use crate::text::{possessive_bytes, Token, TokenKind};
use crate::window;

use super::lexicon::{Lexicon, NotName, Title, TitleKind};

/// A person's name found in the text, with the title written with it.
#[derive(Clone, Debug)]
pub(crate) struct Finding {
    /// The name as written, without title or possessive.
    pub name: Span,
    /// The name's token range.
    pub toks: (usize, usize),
    /// The title or role phrase the text gives with this mention.
    pub title: Option<Span>,
    /// The gender the title (or honorific) says.
    pub gender: Option<Gender>,
    /// Found by a verb alone, one word: dropped when the article also
    /// writes the word after "the" ("the Herons").
    pub weak: bool,
    /// The title is plural ("Senators Ann Roy and Tom Hale"): each name of
    /// the list gets it, in the singular.
    pub plural: bool,
    /// A role phrase in apposition after a name that has a title before
    /// it: "Sen. Ann Roy, chairman of the budget committee,".
    pub role: Option<Span>,
    /// The title's gender is that of a head in "-man" ("chairman"), which
    /// a given name outranks.
    pub generic_gender: bool,
    /// The surname a given name alone shares with the full name it is
    /// joined to ("Bill" of "Bill and Hillary Clinton"): part of the
    /// person's name, not of this mention.
    pub shared_surname: Option<Span>,
}

/// A capitalised run no rule explained.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Candidate {
    /// Its token range.
    pub toks: (usize, usize),
    /// Whether it could be a name (see `valid_name`).
    pub valid: bool,
    /// In the headline (or all upper case): compared word by word.
    pub headline: bool,
}

/// A role phrase that names no one ("the NATO Secretary-General").
#[derive(Clone, Copy, Debug)]
pub(crate) struct RolePhrase {
    pub span: Span,
}

/// What detection finds in one article.
#[derive(Debug, Default)]
pub(crate) struct Detection {
    /// Names found by a rule, in text order.
    pub findings: Vec<Finding>,
    /// Capitalised runs no rule explained (token ranges), in text order:
    /// they are people only when they repeat a name found elsewhere.
    pub candidates: Vec<Candidate>,
    /// Single capitalised words the article writes after "the", "a" or
    /// "an": names of things, not people.
    pub not_person: HashSet<String>,
    /// Role phrases without a name.
    pub roles: Vec<RolePhrase>,
    /// Third-person pronouns: byte offset, sentence, gender.
    pub pronouns: Vec<(usize, u32, Gender)>,
}

/// Finds the sentence of tokens asked in text order: `sentences` (the
/// window's, which cover its `n` tokens in order) are walked forward, so
/// that no table of every token's sentence is built for the few tokens
/// asked.
pub(crate) struct SentenceCursor<'s> {
    sentences: &'s [(usize, usize)],
    n: usize,
    at: usize,
}

impl<'s> SentenceCursor<'s> {
    pub(crate) fn new(sentences: &'s [(usize, usize)], n: usize) -> Self {
        SentenceCursor {
            sentences,
            n,
            at: 0,
        }
    }

    /// The sentence (an index into the sentences) of token `i`, no earlier
    /// than the token asked before; `None` past the last token.
    pub(crate) fn of(&mut self, i: usize) -> Option<u32> {
        if i >= self.n {
            return None;
        }
        while self.at + 1 < self.sentences.len() && self.sentences[self.at].1.min(self.n) <= i {
            self.at += 1;
        }
        Some(self.at as u32)
    }
}

/// Per-token facts computed in the one pass.
#[derive(Clone, Debug, Default)]
struct Info {
    /// Bytes of the possessive `'s` ending the word (0 for none): the name
    /// part ends that much before the token.
    suffix: u8,
    /// The token's yes-or-no facts, [`fact`] bits (one byte for five
    /// facts and more: the table stays small).
    facts: u8,
    /// For capitalised words: how the lists say the word is not a name.
    not_name: Option<NotName>,
    /// For capitalised words that no list says are not names: the name
    /// lists' given name entry, looked up when first asked
    /// ([`Detector::given`]; `None` until then): many such words never
    /// are.
    given: Cell<Option<Option<Option<Gender>>>>,
}

// One per token: keep it small.
const _: () = assert!(core::mem::size_of::<Info>() <= 4);

/// The most tokens a run of capitalised words may take to be judged: a
/// longer one (a table of names without commas, a flood of capitals) names
/// no one, and judging its parts, each in its length, would cost the
/// square of its length.
const MAX_NAME_RUN: usize = 24;

/// Bits of [`Info::facts`].
mod fact {
    /// A word of two or more letters, all upper case.
    pub const CAPS: u8 = 1;
    /// Inside a place or organization span.
    pub const BLOCKED: u8 = 2;
    /// Blocked only by a raw gazetteer match of a town that no place or
    /// organization mention took ("Charlotte" in "Charlotte Dunmore").
    pub const MATCH_ONLY: u8 = 4;
    /// The first word of a sentence.
    pub const SENT_START: u8 = 8;
    /// In the article's headline.
    pub const HEADLINE: u8 = 16;
    /// A capitalised word that may be part of a name or a title
    /// ([`super::Detector::cap_word`]), worked out once in
    /// [`super::look_up_names`].
    pub const CAP_WORD: u8 = 32;
    /// Inside a place's or organization's mention (and so [`BLOCKED`]).
    pub const TAKEN: u8 = 64;
}

impl Info {
    /// The word ends in a possessive `'s`.
    #[inline]
    fn possessive(&self) -> bool {
        self.suffix != 0
    }

    /// Sets or clears the [`fact`] bit `bit`.
    #[inline]
    fn set(&mut self, bit: u8, yes: bool) {
        if yes {
            self.facts |= bit;
        } else {
            self.facts &= !bit;
        }
    }

    /// Whether the [`fact`] bit `bit` is set.
    #[inline]
    fn has(&self, bit: u8) -> bool {
        self.facts & bit != 0
    }

    /// A word of two or more letters, all upper case.
    #[inline]
    fn caps(&self) -> bool {
        self.has(fact::CAPS)
    }

    /// Inside a place or organization span.
    #[inline]
    fn blocked(&self) -> bool {
        self.has(fact::BLOCKED)
    }

    /// Inside a place's or organization's mention ([`fact::TAKEN`]).
    #[inline]
    fn taken(&self) -> bool {
        self.has(fact::TAKEN)
    }

    /// Blocked only by a raw gazetteer match of a town ([`fact::MATCH_ONLY`]).
    #[inline]
    fn match_only(&self) -> bool {
        self.has(fact::MATCH_ONLY)
    }

    /// The first word of a sentence.
    #[inline]
    fn sent_start(&self) -> bool {
        self.has(fact::SENT_START)
    }

    /// In the article's headline.
    #[inline]
    fn headline(&self) -> bool {
        self.has(fact::HEADLINE)
    }
}

struct Detector<'a> {
    text: &'a str,
    toks: &'a [Token],
    /// The text of each token ([`Context::words`]).
    words: &'a [&'a str],
    info: Vec<Info>,
    lex: &'static Lexicon,
    /// The runs `(first, end)`, in text order (their first tokens
    /// increase: [`Detector::run_starting_at`] searches them).
    runs: Vec<(usize, usize)>,
    used: Vec<bool>,
    out: Detection,
    /// A reused buffer for lower-cased lookup keys.
    key: RefCell<String>,
    /// The last list [`Detector::in_place_list`] walked back over: the
    /// run it started from and the list's first token (a later run of the
    /// same list stops its walk there, so a list of hundreds of names is
    /// read once).
    place_list: crate::entity::PlaceListMemo,
    /// The tokens `(first, end)` of each mention of a US state, in order.
    states: Vec<(usize, usize)>,
    /// The tokens `(first, end)` of each mention of an organization whose
    /// name holds a comma, a bracket or an ampersand, in order.
    orgs: Vec<(usize, usize)>,
}

thread_local! {
    // The detector's per-token and per-run tables, reused from text to
    // text ([`window::take_buffer`]).
    static INFO: Cell<Vec<Info>> = const { Cell::new(Vec::new()) };
    static RUNS: Cell<Vec<(usize, usize)>> = const { Cell::new(Vec::new()) };
    static USED: Cell<Vec<bool>> = const { Cell::new(Vec::new()) };
    /// The bytes of [`Detector::key`].
    static KEY: Cell<Vec<u8>> = const { Cell::new(Vec::new()) };
    static START_AT: Cell<Vec<bool>> = const { Cell::new(Vec::new()) };
    static END_AT: Cell<Vec<bool>> = const { Cell::new(Vec::new()) };
    static CANDIDATE_AT: Cell<Vec<bool>> = const { Cell::new(Vec::new()) };
    // The tables of a `Detection`, given back by `Detection::recycle`.
    static FINDINGS: Cell<Vec<Finding>> = const { Cell::new(Vec::new()) };
    static CANDIDATES: Cell<Vec<Candidate>> = const { Cell::new(Vec::new()) };
    static PRONOUNS: Cell<Vec<(usize, u32, Gender)>> = const { Cell::new(Vec::new()) };
}

/// Finds the people-like names of an article.
pub(crate) fn detect(cx: &Context<'_>, places: &Places) -> Detection {
    let lex = Lexicon::get();
    let text = cx.text;
    let toks = cx.tokens;
    let words = cx.words;

    // Spans that are places or organizations block the tokens they cover:
    // the gazetteer's matches (not those the place rules read as a
    // person's: "Governor Palin") and the mentions of places and
    // organizations (which also take the tokens: [`fact::TAKEN`]).
    let blocked_matches = cx
        .matches
        .iter()
        .map(|m| m.span())
        .filter(|s| places.person_names.binary_search(s).is_err());
    // (The matcher reports its matches in text order, without overlaps: a
    // cursor walks them.)
    debug_assert!(cx
        .matches
        .windows(2)
        .all(|w| w[0].span().end() <= w[1].span().start()));
    let mut out = Detection {
        findings: window::take_buffer(&FINDINGS),
        candidates: window::take_buffer(&CANDIDATES),
        pronouns: window::take_buffer(&PRONOUNS),
        ..Detection::default()
    };
    // (Room for what news text holds, about a name found every hundred
    // tokens and a run no rule explains every twenty, so that the lists
    // seldom grow: a long text's would be copied a dozen times. The same
    // for the runs, about one every eleven tokens, below.)
    out.findings.reserve(toks.len() / 64);
    out.candidates.reserve(toks.len() / 16);
    let mut info = window::take_buffer(&INFO);
    info.resize(toks.len(), Info::default());
    for &(a, b) in cx.sentences {
        let b = b.min(toks.len());
        let a = a.min(b);
        if let Some(k) = toks[a..b].iter().position(|t| t.kind == TokenKind::Word) {
            info[a + k].set(fact::SENT_START, true);
        }
    }
    // The headline's tokens, a range of them (tokens are in text order).
    if let Some(h) = cx.structure.headline.as_ref().map(|h| h.span) {
        let first = toks.partition_point(|t| t.start() < h.start());
        let end = toks.partition_point(|t| t.end() <= h.end());
        for inf in info.get_mut(first..end).unwrap_or_default() {
            inf.set(fact::HEADLINE, true);
        }
    }
    // The first pass over the tokens: their possessives, which the blocks
    // below read ([`Info::suffix`]).
    read_tokens(cx, &mut info, &mut out);
    // A token is blocked when a span starts at or before it and ends at or
    // after its name part. The name parts' ends increase with the tokens,
    // so a span blocks a run of tokens from the first starting in it.
    // (Each entity's mentions as they come: no list of them all sorted.)
    block(toks, &mut info, blocked_matches, fact::BLOCKED);
    let taken = fact::BLOCKED | fact::TAKEN;
    for l in &places.locations {
        block(toks, &mut info, l.mentions.iter().map(|m| m.span), taken);
    }
    for o in &places.organizations {
        block(toks, &mut info, o.mentions.iter().map(|m| m.span), taken);
    }
    look_up_names(cx, lex, &mut info);

    // (Few articles name a state: no buffer kept.)
    let mut state_spans: Vec<Span> = places
        .locations
        .iter()
        .filter(|l| l.kind == LocationKind::AdminRegion && l.country_code.as_deref() == Some("US"))
        .flat_map(|l| l.mentions.iter().map(|m| m.span))
        .collect();
    state_spans.sort_unstable();
    let states = span_tokens(toks, &state_spans);
    // (And those of the organizations whose names hold a list's comma, an
    // acronym's bracket or an ampersand: the titles' complements run on
    // to their end.)
    let mut org_spans: Vec<Span> = places
        .organizations
        .iter()
        .flat_map(|o| o.mentions.iter().map(|m| m.span))
        .filter(|s| s.get(text).is_some_and(|n| n.contains([',', '(', '&'])))
        .collect();
    org_spans.sort_unstable();
    let orgs = span_tokens(toks, &org_spans);
    let mut d = Detector {
        text,
        toks,
        words,
        info,
        lex,
        runs: window::take_buffer(&RUNS),
        used: window::take_buffer(&USED),
        out,
        // (A buffer given back empty: no byte to check.)
        key: RefCell::new(String::from_utf8(window::take_buffer(&KEY)).unwrap_or_default()),
        place_list: Cell::new(None),
        states,
        orgs,
    };
    d.runs.reserve(toks.len() / 8);
    d.build_runs();
    d.used.resize(d.runs.len(), false);
    for r in 0..d.runs.len() {
        if !d.used[r] {
            d.used[r] = true;
            d.judge(d.runs[r]);
        }
    }
    d.out.findings.sort_by_key(|f| f.name.start());
    d.coordinate();
    d.share_plural_titles();
    let Detector {
        info,
        runs,
        used,
        out,
        key,
        ..
    } = d;
    window::give_back(&INFO, info);
    window::give_back(&RUNS, runs);
    window::give_back(&USED, used);
    window::give_back(&KEY, key.into_inner().into_bytes());
    out
}

/// The token ranges of `spans` (sorted): from the first token starting
/// in a span to the last one ending in it, those that hold a token, in
/// order. (A cursor walks the tokens, each span's first token searched
/// for from the last one's and its end from its first token, rather than
/// two searches of all the tokens per span.)
fn span_tokens(toks: &[Token], spans: &[Span]) -> Vec<(usize, usize)> {
    let mut out = Vec::with_capacity(spans.len());
    let mut a = 0;
    for s in spans {
        // (The tokens before the last span's first token start before it,
        // so before this one too.)
        a = crate::span::partition_from(toks, a, |t| t.start() < s.start());
        // (Were the span's end before token `a`, in a token, this answers
        // `a`: no tokens, as the search of all the tokens would say.)
        let b = crate::span::partition_from(toks, a, |t| t.end() <= s.end());
        if a < b {
            out.push((a, b));
        }
    }
    // (Spans with one first token may end out of order.)
    out.sort_unstable();
    out
}

/// Sets the [`fact`] bits `bits` of the tokens `spans` block: a span
/// blocks the tokens that start in it and whose name part (without a
/// possessive, [`Info::suffix`], read by [`read_tokens`] first) ends in
/// it. (Spans mostly start in order: a span's first token is searched for
/// from the last one's when it starts no earlier, else in all the
/// tokens.)
fn block(toks: &[Token], info: &mut [Info], spans: impl Iterator<Item = Span>, bits: u8) {
    // (The last span's start and first token.)
    let mut last: Option<(usize, usize)> = None;
    for s in spans {
        let before = |t: &Token| t.start() < s.start();
        let first = match last {
            Some((start, first)) if start <= s.start() => {
                crate::span::partition_from(toks, first, before)
            }
            _ => toks.partition_point(before),
        };
        last = Some((s.start(), first));
        let mut i = first;
        while i < toks.len()
            && i < info.len()
            && toks[i].end() - usize::from(info[i].suffix) <= s.end()
        {
            info[i].set(bits, true);
            i += 1;
        }
    }
}

/// The first pass over the tokens: each token's possessive and capitals
/// ([`Info`]), and the personal pronouns outside quotations, listed in
/// `out` in text order, each with its sentence.
/// (Out of line, and apart from [`look_up_names`]: a loop over every
/// token that calls no lookup, so that its state stays in registers
/// instead of being saved around the calls.)
#[inline(never)]
fn read_tokens(cx: &Context<'_>, info: &mut [Info], out: &mut Detection) {
    let (text, toks, words) = (cx.text, cx.tokens, cx.words);
    // Inside double quotation marks (reset at a blank line): a pronoun
    // there is the quoted speaker's, about someone else. (A straight mark
    // glued to a digit is an inch mark: 6'2".)
    let mut quoted = false;
    let mut sentences = SentenceCursor::new(cx.sentences, toks.len());
    // (Each token with its text, sliced once for all stages, and its
    // entry: no index to check.)
    for (i, ((t, &word), inf)) in toks.iter().zip(words).zip(info.iter_mut()).enumerate() {
        let b = word.as_bytes();
        // (Only an open quotation has anything to reset.)
        if quoted && t.newline_before && i > 0 {
            let gap = text
                .as_bytes()
                .get(toks[i - 1].end()..t.start())
                .unwrap_or(&[]);
            if gap.iter().filter(|&&c| c == b'\n').count() >= 2 {
                quoted = false;
            }
        }
        if t.kind == TokenKind::Punct {
            // (An inch mark: a number after a foot mark, 6'2".)
            let inch = i > 1
                && !t.space_before
                && toks[i - 1].kind == TokenKind::Number
                && matches!(words[i - 2], "'" | "\u{2019}");
            match word {
                "\u{201C}" => quoted = true,
                "\u{201D}" => quoted = false,
                // (A straight mark opening a line opens a quotation:
                // paragraphs of one quotation each start with one.)
                "\"" if t.newline_before => quoted = true,
                "\"" if !inch => quoted = !quoted,
                _ => {}
            }
        }
        inf.suffix = possessive_len(b, t);
        if t.kind == TokenKind::Word {
            // The tokenizer's flag reads the whole word; "NATO's" is all
            // capitals before its possessive.
            let caps = if inf.possessive() {
                let w = without_possessive(word, inf.suffix);
                w.chars().filter(|c| c.is_alphabetic()).count() >= 2
                    && !w.chars().any(char::is_lowercase)
            } else {
                t.all_caps()
            };
            inf.set(fact::CAPS, caps);
            // (Every pronoun starts with an "h" or an "s": one byte turns
            // most words away before the string comparisons.)
            let g = match b.first() {
                Some(b'h' | b'H' | b's' | b'S') => match word {
                    "he" | "He" | "him" | "his" | "His" | "himself" => Some(Gender::Male),
                    "she" | "She" | "her" | "Her" | "hers" | "herself" => Some(Gender::Female),
                    _ => None,
                },
                _ => None,
            };
            if let Some(g) = g.filter(|_| !quoted) {
                let sentence = sentences.of(i).unwrap_or(0);
                out.pronouns.push((t.start(), sentence, g));
            }
        }
    }
}

/// The second pass over the tokens, after [`read_tokens`]: what the name
/// lists say of each capitalised word, and, for a token that spans block,
/// whether a raw town match alone blocks it (no place's or organization's
/// mention: [`fact::TAKEN`]) ([`Info`]).
/// (Out of line: the lookups' calls stay out of the first pass's loop.)
#[inline(never)]
fn look_up_names(cx: &Context<'_>, lex: &Lexicon, info: &mut [Info]) {
    let (toks, words) = (cx.tokens, cx.words);
    let mut mi = 0;
    for (i, t) in toks.iter().enumerate() {
        let inf = &mut info[i];
        if inf.blocked() {
            let name_end = t.end() - usize::from(inf.suffix);
            while mi < cx.matches.len() && cx.matches[mi].span().end() <= t.start() {
                mi += 1;
            }
            let taken_here = inf.taken();
            // A raw match of a town that starts here: a given name may be
            // one ("Charlotte"; not "Louis" in "St. Louis Park").
            let town = cx.matches.get(mi).is_some_and(|m| {
                m.span().start() == t.start()
                    && m.span().end() >= name_end
                    && cx.gazetteer.entry(m.entry()).kind() == EntryKind::City
            });
            inf.set(fact::MATCH_ONLY, !taken_here && town);
        }
        // (`cap` only of a word: [`Token::cap`].)
        if t.cap() {
            // Looked up once here; the rules ask many times. (The given
            // name entry is looked up when first asked: `Info::given`.)
            let w = without_possessive(words[i], inf.suffix);
            inf.not_name = lex.not_name_at(cx.text, t.start(), w);
            let cap_word =
                inf.not_name != Some(NotName::Never) && !contraction(words[i].as_bytes());
            inf.set(fact::CAP_WORD, cap_word);
        }
    }
}

/// "I'm", "Don't", "We're": whether the word `w` is a contraction, not a
/// name.
fn contraction(w: &[u8]) -> bool {
    // The word ends in an apostrophe and one of the endings (which
    // hold none, so that apostrophe is the word's last).
    // (The endings are one or two bytes: an apostrophe, or the last
    // byte of U+2019, must stand right before one, a quick "no" for
    // most words.)
    let n = w.len();
    let apostrophe_at = |k: usize| n > k && matches!(w[n - 1 - k], b'\'' | 0x99);
    if !apostrophe_at(1) && !apostrophe_at(2) {
        return false;
    }
    ["m", "re", "ve", "ll", "d", "t"].iter().any(|ending| {
        w.strip_suffix(ending.as_bytes())
            .is_some_and(|head| head.ends_with(b"'") || head.ends_with("\u{2019}".as_bytes()))
    })
}

impl Detection {
    /// Keeps the tables' buffers for the thread's next detection.
    pub(crate) fn recycle(self) {
        window::give_back(&FINDINGS, self.findings);
        window::give_back(&CANDIDATES, self.candidates);
        window::give_back(&PRONOUNS, self.pronouns);
    }
}

impl<'a> Detector<'a> {
    /// Word `i` without its possessive `'s`.
    fn word(&self, i: usize) -> &'a str {
        without_possessive(self.words[i], self.info[i].suffix)
    }

    /// End of word `i`'s name part (before a possessive `'s`).
    #[inline]
    fn name_end(&self, i: usize) -> usize {
        self.toks[i].end() - usize::from(self.info[i].suffix)
    }

    fn raw(&self, i: usize) -> &'a str {
        self.words[i]
    }

    /// Token `i`'s bytes: for comparisons, which need no char boundary
    /// checks.
    #[inline]
    fn bytes(&self, i: usize) -> &'a [u8] {
        self.words[i].as_bytes()
    }

    /// Whether token `i` is a word starting with a capital (the flag alone:
    /// only words have it, [`Token::cap`]).
    #[inline]
    fn cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(Token::cap)
    }

    fn is_word(&self, i: usize) -> bool {
        i < self.toks.len() && self.toks[i].kind == TokenKind::Word
    }

    fn is_punct(&self, i: usize, p: &str) -> bool {
        i < self.toks.len()
            && self.toks[i].kind == TokenKind::Punct
            && self.bytes(i) == p.as_bytes()
    }

    /// How the lists say word `i` (without possessive) is not a name.
    #[inline]
    fn not_name(&self, i: usize) -> Option<NotName> {
        let inf = &self.info[i];
        if self.toks[i].cap() {
            inf.not_name
        } else {
            self.lex.not_name(self.word(i))
        }
    }

    /// Whether word `i` (without possessive) is a given name that may start
    /// a name, and its gender ([`Lexicon::given`]).
    #[inline(always)]
    fn given(&self, i: usize) -> Option<Option<Gender>> {
        let inf = &self.info[i];
        if self.toks[i].cap() {
            if inf.not_name.is_some() {
                None
            } else {
                inf.given.get().unwrap_or_else(|| self.look_up_given(i))
            }
        } else {
            self.lex.given(self.word(i))
        }
    }

    /// The given-name list's entry for capitalised word `i`, kept in its
    /// [`Info::given`] for the next time it is asked. (Out of line, so that
    /// [`Detector::given`], which most often reads the info, inlines.)
    #[inline(never)]
    fn look_up_given(&self, i: usize) -> Option<Option<Gender>> {
        let entry = self.lex.given_entry(self.word(i));
        self.info[i].given.set(Some(entry));
        entry
    }

    fn never(&self, i: usize) -> bool {
        self.not_name(i) == Some(NotName::Never)
    }

    /// A capitalised word that may be part of a name or a title: no list
    /// says it is never a name ([`Detector::never`]) and it is no
    /// contraction ("Don't"). (Asked tens of thousands of times: the
    /// answer is worked out once per word in [`look_up_names`].)
    fn cap_word(&self, i: usize) -> bool {
        self.info.get(i).is_some_and(|inf| inf.has(fact::CAP_WORD))
    }

    /// A word shaped like a gerund or an adverb ("Raising", "Separately")
    /// that no name list knows.
    fn unknown_form(&self, i: usize) -> bool {
        let w = self.word(i);
        (w.ends_with("ing") || w.ends_with("ly"))
            && self.lex.given(w).is_none()
            && !self.lex.surname(w)
    }

    /// A lower-case word after a capitalised run that carries the phrase
    /// on ("the Indonesian military"), so the run is a modifier.
    fn continues_lower(&self, i: usize) -> bool {
        if !self.is_word(i) || self.toks[i].cap() {
            return false;
        }
        let w = self.raw(i);
        let function = matches!(
            w,
            "of" | "in"
                | "for"
                | "to"
                | "at"
                | "on"
                | "and"
                | "or"
                | "who"
                | "which"
                | "that"
                | "will"
                | "would"
                | "has"
                | "had"
                | "is"
                | "was"
                | "are"
                | "were"
                | "also"
                | "as"
                | "during"
                | "with"
                | "from"
                | "by"
                | "but"
                | "after"
                | "before"
                | "when"
                | "while"
                | "since"
                | "until"
                | "says"
                | "can"
                | "could"
                | "may"
                | "might"
                | "must"
                | "should"
                | "did"
                | "nor"
                | "than"
                | "like"
                | "does"
                | "do"
                | "not"
        );
        !function && self.lex.verb(w).is_none()
    }

    /// A single capital letter with a period: an initial (`W.`).
    /// (Inlined: asked of most capitalised words, where the call cost as
    /// much as the answer, a "no" after a test or two.)
    #[inline]
    fn initial(&self, i: usize) -> bool {
        self.is_word(i)
            && self.toks[i].cap()
            && self.bytes(i).len() <= 4
            && one_char(self.bytes(i))
            && self.is_punct(i + 1, ".")
            && !self.toks[i + 1].space_before
    }

    /// An initial that spells a function word ("A.", "I.") before a known
    /// surname: "A. Smith 5-68", not the article.
    fn initial_before_surname(&self, i: usize) -> bool {
        // (After a stop, a list's mark or a line break, not a word:
        // "vitamin A. Green tea". The cheap test first: few words are
        // initials.)
        let opens = || {
            i == 0
                || self.toks[i].newline_before
                || ["(", ",", ";", ":", "."]
                    .iter()
                    .any(|p| self.is_punct(i - 1, p))
                || (self.is_word(i - 1) && self.raw(i - 1) == "and")
        };
        self.initial(i)
            && opens()
            && i + 2 < self.toks.len()
            && self.toks[i + 2].space_before
            && self.cap_word(i + 2)
            && self.lex.surname(self.word(i + 2))
    }

    /// Initials written together ("A.J."), which open a name even when
    /// the first spells a function word: "A.J. Grant", "I.M. Pei".
    fn joined_initials(&self, i: usize) -> bool {
        self.initial(i) && self.initial(i + 2) && !self.toks[i + 2].space_before
    }

    /// Whether token `i` is a party's letter opening a label, glued to a
    /// hyphen: the "D" of "D-Calif.", the "R" of "(R-Idaho)".
    fn party_letter(&self, i: usize) -> bool {
        // (The hyphen spaced too, before a state's capital: "R - Ohio".)
        let spaced = || {
            self.is_punct(i + 1, "-")
                && self.toks[i + 1].space_before
                && self
                    .toks
                    .get(i + 2)
                    .is_some_and(|t| t.space_before && t.cap())
        };
        self.is_word(i)
            && matches!(self.raw(i), "D" | "R" | "I")
            && (self.hyphen(i + 1) || spaced())
    }

    fn hyphen(&self, i: usize) -> bool {
        i < self.toks.len()
            && !self.toks[i].space_before
            // "-", or U+2010 or U+2011 in UTF-8
            && matches!(self.bytes(i), [b'-'] | [0xE2, 0x80, 0x90 | 0x91])
    }

    /// The end of the name element starting at word `i`: the word, its
    /// abbreviation period, and hyphenated continuations.
    /// (Inlined for the common case, a word that a space ends; the rest
    /// is [`Detector::joined_element_end`].)
    #[inline]
    fn element_end(&self, i: usize) -> usize {
        let e = i + 1;
        // (A period or a hyphen continues the element only right after the
        // word: a space ends most elements at once.)
        if self.info[i].possessive() || self.toks.get(e).map_or(true, |t| t.space_before) {
            return e;
        }
        self.joined_element_end(i)
    }

    /// [`Detector::element_end`] of a word that is no possessive and that
    /// the next token follows without a space.
    #[inline(never)]
    fn joined_element_end(&self, i: usize) -> usize {
        let mut e = i + 1;
        if self.is_punct(e, ".") {
            let w = self.raw(i);
            let abbrev = one_char(w.as_bytes()) || self.lex.suffix(w) || {
                // A title with its period ("Gen."), looked up in any case
                // as written: the period follows the word with nothing
                // between. (Not a place's: "Dover, Del.")
                !self.info[i].taken() && {
                    debug_assert_eq!(self.toks[i].end(), self.toks[e].start());
                    let with_period = &self.text[self.toks[i].start()..self.toks[e].end()];
                    let mut k = self.key.borrow_mut();
                    self.lex
                        .title_word(with_period, &mut k)
                        .is_some_and(|t| t.title.is_some())
                }
            };
            if abbrev {
                e += 1;
            }
            return e;
        }
        while self.hyphen(e) && self.is_word(e + 1) && !self.toks[e + 1].space_before {
            // (A longer syllable of a romanized given name ends as such
            // syllables do: "Ka-keung", "Siu-cheung"; not "-based",
            // "-style".)
            let next = self.raw(e + 1);
            let romanized = || {
                (5..=6).contains(&next.len())
                    && next.is_ascii()
                    && (next.ends_with("ng") || next.ends_with(['a', 'i', 'o', 'u']))
            };
            let syllable = !self.toks[e + 1].cap()
                && self.toks[e - 1].cap()
                && !self.info[e - 1].caps()
                && (at_most_four_chars(next.as_bytes()) || romanized())
                && !matches!(
                    next,
                    "led"
                        | "run"
                        | "born"
                        | "made"
                        | "like"
                        | "wide"
                        | "free"
                        | "held"
                        | "type"
                        | "era"
                        | "area"
                        | "long"
                        | "high"
                        | "low"
                        | "new"
                        | "old"
                        | "day"
                        | "week"
                        | "year"
                        | "time"
                        | "bound"
                        | "side"
                        | "only"
                );
            // (Not a title glued on to a name: "Ann Roy-Executive Director
            // of …"; a title's own parts join: "Secretary-General",
            // "Co-Chair".)
            // (A title of two words or more, or one with its "of": not a
            // surname that is a title too, "Ann Roy-Bishop".)
            let titled = || {
                self.raw(e - 1).len() > 2
                    && !self.lex.may_start_title(self.raw(e - 1))
                    && self
                        .title_at(e + 1, self.toks.len())
                        .is_some_and(|(end, t)| {
                            t.kind != TitleKind::Honorific
                                && (end > e + 2
                                    || (self.is_word(end) && matches!(self.raw(end), "of" | "for")))
                        })
            };
            let ok = (self.toks[e + 1].cap() && !titled())
                || syllable
                || self.lex.particle(self.raw(e - 1))
                || (self.lex.particle(self.raw(e + 1))
                    && self.hyphen(e + 2)
                    && self.is_word(e + 3)
                    && self.toks[e + 3].cap());
            if !ok {
                break;
            }
            e += 2;
            if self.info[e - 1].possessive() {
                break;
            }
        }
        e
    }

    /// Splits the text into runs of capitalised name words, with
    /// particles between them and initials, in one pass.
    fn build_runs(&mut self) {
        let n = self.toks.len();
        let mut i = 0;
        while i < n {
            // (Both tests want a capitalised word: most tokens are not, and
            // are skipped in a tight loop.)
            let Some(k) = self.toks[i..].iter().position(Token::cap) else {
                break;
            };
            i += k;
            if !self.cap_word(i) && !self.joined_initials(i) && !self.initial_before_surname(i) {
                i += 1;
                continue;
            }
            let start = i;
            let mut j = self.element_end(i);
            loop {
                if j >= n
                    || self.info[j - 1].possessive()
                    || self.info.get(j).is_some_and(|x| x.sent_start())
                    // (A line break ends a run that is a whole line, a
                    // heading's: "Water Board" then "Chairman Ann Roy" on
                    // the next line; not a name that hard-wrapped text
                    // breaks, "Gov. Ann" then "Roy", nor a title's
                    // abbreviation cut off from its name, "Sen." then "Ann
                    // Roy".)
                    || (self.toks[j].newline_before
                        && (start == 0 || self.toks[start].newline_before)
                        && !crate::text::name_after_prefix(self.text, self.toks, j))
                {
                    break;
                }
                // (Both asked only when needed: most words of a run are
                // capitalised and spaced.)
                let after_initial =
                    || j >= 2 && self.is_punct(j - 1, ".") && one_char(self.bytes(j - 2));
                // (A middle initial that spells a function word: "Barbara
                // A. Mikulski".)
                let initial_inside = || self.initial(j) && j + 2 < n && self.cap_word(j + 2);
                // (A title's abbreviation after a given name and a word
                // opens the next name: "the drug czar Tom Hale Sens. Ann
                // Roy and …", a comma left out; not "Ohio Gov. Ann Roy",
                // "Lt. Gov. Ann Roy".)
                // (The cheap tests first; the look back stops at a place
                // and reads a few words at most, however long the run.)
                let title_next = || {
                    j >= start + 2
                        && self.is_punct(j + 1, ".")
                        && !self.toks[j + 1].space_before
                        && crate::text::is_name_prefix(self.raw(j))
                        && !self.info[j - 1].blocked()
                        && (start.max(j.saturating_sub(6))..j - 1)
                            .rev()
                            .take_while(|&g| !self.info[g].blocked())
                            .any(|g| {
                                self.given(g).is_some()
                                    && (g + 1..j).all(|x| self.title_at(x, j).is_none())
                            })
                };
                if (self.cap_word(j) || initial_inside())
                    && (self.toks[j].space_before || (after_initial() && self.initial(j)))
                    && !title_next()
                {
                    j = self.element_end(j);
                    continue;
                }
                // A given name in parentheses inside a name, a nickname:
                // "John D. (Jack) Rowe".
                if self.is_punct(j, "(")
                    && self.toks[j].space_before
                    && j + 3 < n
                    && self.raw(j + 1).len() > 1
                    && self.given(j + 1).is_some()
                    // (Not a place: "Sen. Tom Hale (Virginia) Senate …".)
                    && !self.info[j + 1].blocked()
                    && self.is_punct(j + 2, ")")
                    && self.cap_word(j + 3)
                    && self.toks[j + 3].space_before
                {
                    j = self.element_end(j + 3);
                    continue;
                }
                // A surname after "St." inside a name: "Ann St. Clair"
                // (whether it makes a person is `valid_name`'s to say).
                if j > start + 1
                    && self.is_punct(j, ".")
                    && matches!(self.raw(j - 1), "St" | "Ste")
                    && self.cap_word(j + 1)
                    && self.toks[j + 1].space_before
                {
                    j = self.element_end(j + 1);
                    continue;
                }
                // A nickname in quotation marks: `R.J. "Dusty" Hale`.
                if crate::text::quoted_nickname(self.text, self.toks, j) {
                    j = self.element_end(j + 3);
                    continue;
                }
                // particles: "von der Leyen", "al-Baghdadi"
                if self.is_word(j) && self.toks[j].space_before && self.lex.particle(self.raw(j)) {
                    let mut k = j;
                    while k < n && k - j < 3 && self.is_word(k) && self.lex.particle(self.raw(k)) {
                        if self.hyphen(k + 1) {
                            k += 2;
                            break;
                        }
                        k += 1;
                    }
                    let joined = k < n
                        && self.is_word(k)
                        && self.toks[k].cap()
                        && !self.never(k)
                        && (self.toks[k].space_before || self.hyphen(k - 1));
                    if joined {
                        j = self.element_end(k);
                        continue;
                    }
                }
                break;
            }
            self.runs.push((start, j));
            i = j;
        }
    }

    /// The title (longest first) whose tokens are `p..end` for some `end`
    /// at an element boundary not beyond `limit`.
    fn title_at(&self, p: usize, limit: usize) -> Option<(usize, Title)> {
        if !self.is_word(p) || !self.lex.may_start_title(self.raw(p)) {
            return None;
        }
        let max = self.lex.title_max_tokens.min(limit.saturating_sub(p));
        let mut k = self.key.borrow_mut();
        let mut best = None;
        for end in p + 1..=p + max {
            let t = &self.toks[end - 1];
            let entry = if end == p + 1 {
                // The first word is looked up as written, without a copy.
                self.lex.title_word(self.words[end - 1], &mut k)
            } else {
                // (The words as written: the lookup folds the case,
                // without a copy for an ASCII key.)
                if end == p + 2 {
                    k.clear();
                    k.push_str(self.raw(p));
                }
                if t.space_before {
                    k.push(' ');
                }
                // (A possessive ends the title: "the Attorney General's
                // office".)
                k.push_str(self.word(end - 1));
                self.lex.title_word(&k, &mut String::new())
            };
            // Keys only grow: once no title starts with `k`, none will.
            let Some(entry) = entry else {
                break;
            };
            if t.kind != TokenKind::Word && self.words[end - 1] != "." {
                continue;
            }
            if self.word_glued_at(end) {
                continue;
            }
            if let Some(title) = entry.title {
                let cap = self.toks[p].cap();
                let case_ok = if title.capitalised_only {
                    cap
                } else {
                    !(title.lower_case_only && cap && !self.info[p].sent_start())
                };
                if case_ok {
                    best = Some((end, title));
                }
            }
            if !entry.longer || self.info[end - 1].possessive() {
                break;
            }
        }
        drop(k);
        // Two titles joined by a hyphen are one: "Secretary-Treasurer",
        // "Chairman-Designate".
        best.map(|(end, t)| (self.hyphenated_title_end(end, limit).unwrap_or(end), t))
    }

    /// The end of a title word glued by a hyphen to the title ending at
    /// `end`, before `limit`, if one is there.
    fn hyphenated_title_end(&self, end: usize, limit: usize) -> Option<usize> {
        if end + 2 > limit || !self.is_punct(end, "-") || self.toks[end].space_before {
            return None;
        }
        let next = end + 1;
        let title = self.is_word(next)
            && !self.toks[next].space_before
            && !self.word_glued_at(next + 1)
            && self
                .lex
                .title_of_word(self.words[next], &mut self.key.borrow_mut())
                .is_some();
        title.then_some(next + 1)
    }

    /// Whether token `i` is a word glued to the token before it.
    fn word_glued_at(&self, i: usize) -> bool {
        i < self.toks.len() && !self.toks[i].space_before && self.toks[i].kind == TokenKind::Word
    }

    /// Whether a listed title may end at a token of `p..limit`: its last
    /// word there, or its last word and a period ([`Lexicon::ends_title`]).
    fn title_may_end_in(&self, p: usize, limit: usize) -> bool {
        let mut k = self.key.borrow_mut();
        (p..limit.min(self.toks.len())).any(|i| self.title_may_end_at(i, p, &mut k))
    }

    /// Whether a listed title may end with token `i`: a word that ends
    /// one, or a period after such a word (not before token `lo`);
    /// `k` is scratch space.
    /// (Always inlined: asked of each token of a run in the loop of
    /// [`Detector::title_may_end_in`], where a call costs about as much as
    /// the answer.)
    #[inline(always)]
    fn title_may_end_at(&self, i: usize, lo: usize, k: &mut String) -> bool {
        if self.is_punct(i, ".") {
            i > lo && self.is_word(i - 1) && self.lex.ends_title(self.raw(i - 1), true, k)
        } else {
            self.is_word(i) && self.lex.ends_title(self.raw(i), false, k)
        }
    }

    /// A title phrase starting at `p`: optional modifiers (places,
    /// acronyms, initials, capitalised words not given names), prefixes
    /// ("Deputy"), then a title. Returns its end and title.
    fn title_phrase(&self, p: usize, limit: usize, lower_ok: bool) -> Option<(usize, Title)> {
        // (Every title it finds ends before `limit`: none when no listed
        // title ends at any token there, as for most runs.)
        if !self.title_may_end_in(p, limit) {
            return None;
        }
        self.title_phrase_in(p, limit, lower_ok)
    }

    /// [`Detector::title_phrase`] when a listed title may end in
    /// `p..limit` ([`Detector::title_may_end_in`]).
    fn title_phrase_in(&self, p: usize, limit: usize, lower_ok: bool) -> Option<(usize, Title)> {
        let mut q = p;
        let mut modifiers = 0;
        while q < limit {
            if !self.is_word(q) || !(self.toks[q].cap() || lower_ok) {
                return None;
            }
            if let Some((end, t)) = self.title_at(q, limit) {
                if t.kind == TitleKind::Prefix {
                    if let Some((end2, t2)) = self.title_at(end, limit) {
                        if t2.kind != TitleKind::Prefix {
                            return Some((end2, t2));
                        }
                    }
                    if let Some((end2, t2)) = self.title_phrase(end, limit, lower_ok) {
                        return Some((end2, t2));
                    }
                    return None;
                }
                return Some((end, t));
            }
            if modifiers >= 4 || !self.toks[q].cap() {
                return None;
            }
            let i = &self.info[q];
            let modifier = i.blocked()
                || i.caps()
                || self.initial(q)
                || (self.given(q).is_none() && !i.possessive());
            if !modifier || i.possessive() {
                return None;
            }
            q = self.element_end(q);
            modifiers += 1;
        }
        None
    }

    /// The number of capitalised words in `a..b`.
    fn words(&self, a: usize, b: usize) -> usize {
        (a..b)
            .filter(|&i| self.cap(i) && (i == a || self.toks[i].space_before))
            .count()
    }

    /// Whether the capitalised words of `a..b` are all given names or
    /// initials.
    fn given_names_only(&self, a: usize, b: usize) -> bool {
        (a..b)
            .filter(|&k| self.cap(k))
            .all(|k| self.initial(k) || self.given(k).is_some())
    }

    /// Whether a place is among the (at most four) items of a list of
    /// capitalised words on one side of the comma at `comma`: after it
    /// (`forward`, also after ", and") or before it.
    fn place_listed(&self, comma: usize, forward: bool) -> bool {
        let place = |i: usize| self.info.get(i).is_some_and(Info::blocked);
        let mut c = comma;
        for _ in 0..4 {
            if !self.is_punct(c, ",") {
                return false;
            }
            // The item's words, up to four.
            let mut i = c;
            if forward {
                i += 1;
                if self.is_word(i) && matches!(self.raw(i), "and" | "or") {
                    i += 1;
                }
                let start = i;
                while i < start + 4 && self.cap(i) {
                    if place(i) {
                        return true;
                    }
                    i += 1;
                }
                if i == start {
                    return false;
                }
                c = i;
            } else {
                let end = c;
                while i > 0 && end - i < 4 && self.cap(i - 1) {
                    i -= 1;
                    if place(i) {
                        return true;
                    }
                }
                if i == end || i == 0 {
                    return false;
                }
                c = i - 1;
            }
        }
        false
    }

    /// Whether tokens `a..b` can be a person's name: capitalised words
    /// (initials, particles, suffixes), none all upper case, none a
    /// function word or a place word, not a place or organization.
    fn valid_name(&self, a: usize, b: usize) -> bool {
        if a >= b || !self.is_word(a) || !self.toks[a].cap() {
            return false;
        }
        // A party and its state: "Ann Roy, D-Calif., said" ("R-Idaho").
        if self.party_letter(a) {
            return false;
        }
        // (A place word is no given name though a name list has it: "Canal
        // Place".)
        let first_given = self.given(a).is_some() && self.not_name(a) != Some(NotName::Place);
        let (mut words, mut blocked, mut initials) = (0, 0, 0);
        for i in a..b {
            if !self.is_word(i) || !self.toks[i].cap() {
                continue;
            }
            let initial = self.initial(i);
            if initial {
                initials += 1;
            }
            // (A capitalised word: what the lists say of it is in its info,
            // as `never` and `not_name` would read it.)
            let inf = &self.info[i];
            if (inf.caps() && !self.lex.suffix(self.raw(i)))
                || (inf.not_name == Some(NotName::Never)
                    && !(initial
                        && (i > a || self.joined_initials(i) || self.initial_before_surname(i))))
                || inf.not_name == Some(NotName::Common)
            {
                return false;
            }
            let place_word = match inf.not_name {
                Some(NotName::Prefix) => i == a,
                Some(NotName::PlacePrefix) => true,
                // (Given names and the word alone: "Lee Park", "Ann J.
                // Field", "Mary Ann Park"; not "Kelly Dorn Park"; after a
                // title, but not a prefix alone, "the former Bright
                // Orchard".)
                // (Alone after "the" and a capitalised word that is no
                // title or a title's head, a body's name: "the Executive
                // Branch", "the Judicial Branch"; not "the Reverend Hall".)
                Some(NotName::PlaceEnd) => {
                    (i > a
                        && !((first_given && self.given_names_only(a, i))
                            || self.initial(a)
                            || self.after_title_of(a, |t| t.kind != TitleKind::Prefix)))
                        || (b == a + 1
                            && a >= 2
                            && self.cap_word(a - 1)
                            && self.is_word(a - 2)
                            && matches!(self.raw(a - 2), "the" | "The")
                            && self
                                .lex
                                .title_of_word(self.raw(a - 1), &mut String::new())
                                .map_or(true, |t| t.kind == TitleKind::Head))
                }
                Some(NotName::Place) => {
                    !(i == a && b - a > 1 && (first_given || self.lex.surname(self.word(i))))
                        && !(i > a
                            && self.saint_surname(i, b)
                            && (first_given || self.after_title(a)))
                }
                _ => false,
            };
            if place_word {
                return false;
            }
            words += 1;
            if inf.blocked() {
                blocked += 1;
            }
        }
        // (A title alone is no name, though an honorific or a list comes
        // before it: "Madam Chairman", "Ann Roy, Founder and President of
        // …"; unless it is a surname too: "Mr. Bishop".)
        if words == 1 && initials == 0 && b == a + 1 {
            let w = self.raw(a);
            // (The title first: its filter turns away most words without
            // a lookup.)
            if self.lex.title_of_word(w, &mut String::new()).is_some() && !self.lex.surname(w) {
                return false;
            }
        }
        // (An abbreviation that comes before a name or a number ends no
        // name, nor does a resolution's: "S. Con. Res. 60".)
        if b > a + 1
            && self.is_punct(b, ".")
            && !self.toks[b].space_before
            && !self.initial(b - 1)
            && (crate::text::is_prefix_abbreviation(self.raw(b - 1))
                || crate::text::is_legislative_abbreviation(self.raw(b - 1)))
        {
            return false;
        }
        // (Initials alone are a degree, not a name: "Ann Roy, M.D.,".)
        // (A given name that is also a town no rule took may open a name:
        // "Charlotte Dunmore", "Vladimir Putin".)
        let relaxed = self.info[a].blocked()
            && self.info[a].match_only()
            && blocked == 1
            && words <= 3
            && self.town_given_name(a, b);
        words > initials
            && (blocked == 0 || relaxed || (first_given && !self.info[a].blocked() && words >= 2))
            && (first_given || !self.joined_to_place_name(b))
    }

    /// Whether "St." (or "Ste.") at `i` opens the last word of the run
    /// ending at `b`, a surname: "Ann St. Clair" (not the club of "Paris
    /// St Germain").
    fn saint_surname(&self, i: usize, b: usize) -> bool {
        matches!(self.raw(i), "St" | "Ste")
            && self.is_punct(i + 1, ".")
            && i + 3 == b
            && self.is_word(i + 2)
    }

    /// Whether the run `a..b`, whose first word alone is a town's name
    /// that no place rule took, is a person's name that opens with a given
    /// name: not when the place goes on around it ("Hong Kong", "New York
    /// Newsdesk"); with a title, or a known surname, not after an article
    /// ("the Victoria Cross"); a surname that also names a place or a
    /// thing only with a person's verb or an appositive after it, and not
    /// after a preposition of place ("Dallas Green, the manager,", not "at
    /// Austin Hall", "Orlando Health said").
    fn town_given_name(&self, a: usize, b: usize) -> bool {
        if self.given(a).is_none() || (a > 0 && self.info[a - 1].blocked() && self.is_word(a - 1)) {
            return false;
        }
        if self.after_title(a) {
            return true;
        }
        let Some(last) = (a..b).rev().find(|&i| self.cap(i)) else {
            return false;
        };
        let before =
            |words: &[&str]| a > 0 && self.is_word(a - 1) && words.contains(&self.raw(a - 1));
        if last == a || !self.lex.surname(self.word(last)) || before(&["the", "The", "a", "an"]) {
            return false;
        }
        let w = self.word(last);
        // ("Green", "Square", "Street" are in the not-name list already.)
        let plain = self.lex.not_name(w).is_none() && !matches!(w, "Hall" | "Cross" | "Hill");
        let appositive = || {
            self.is_punct(b, ",")
                && (self
                    .toks
                    .get(b + 1)
                    .is_some_and(|t| t.kind == TokenKind::Number)
                    || (self.is_word(b + 1) && matches!(self.raw(b + 1), "the" | "a" | "an")))
        };
        plain
            || (!before(&["at", "in", "near", "from", "on", "to", "into"])
                && (self.verb_context(a, b) || appositive()))
    }

    /// Where a title prefix in lower case starts that ends right before
    /// token `s`, alone or joined by a hyphen: "former", "then-".
    fn prefix_before(&self, s: usize) -> Option<usize> {
        let hyphen = s >= 2 && self.is_punct(s - 1, "-") && !self.toks[s].space_before;
        let p = if hyphen { s - 2 } else { s.checked_sub(1)? };
        let joined = !hyphen || !self.toks[s - 1].space_before;
        // ("then" only with its hyphen: not "and then President Hale
        // signed it", "Since then Senator Roy …".)
        let adverb = !hyphen && self.is_word(p) && self.raw(p) == "then";
        (joined && !adverb && self.is_word(p) && !self.toks[p].cap())
            .then(|| self.title_at(p, p + 1))
            .flatten()
            .filter(|&(end, t)| end == p + 1 && t.kind == TitleKind::Prefix)
            .map(|_| p)
    }

    /// Whether a title ends right before token `a` ("Coach Tyus Grant").
    fn after_title(&self, a: usize) -> bool {
        self.after_title_of(a, |_| true)
    }

    /// Whether a title `keep` accepts ends right before token `a`.
    fn after_title_of(&self, a: usize, keep: impl Fn(Title) -> bool) -> bool {
        (1..=self.lex.title_max_tokens.min(a)).any(|len| {
            self.title_at(a - len, a)
                .is_some_and(|(end, t)| end == a && keep(t))
        })
    }

    /// Whether "and" after token `b` joins a capitalised run that names a
    /// place, a law or an institution: "Gang Abatement and Prevention Act".
    fn joined_to_place_name(&self, b: usize) -> bool {
        if !(self.is_word(b) && self.raw(b) == "and") {
            return false;
        }
        (b + 1..(b + 6).min(self.toks.len()))
            .take_while(|&i| self.cap_word(i))
            .any(|i| {
                matches!(
                    self.not_name(i),
                    Some(NotName::Place | NotName::PlacePrefix)
                )
            })
    }

    /// Records the name `a..b` with its title phrase `title` (tokens).
    fn find(&mut self, a: usize, b: usize, title: Option<(usize, usize)>, t: Option<Title>) {
        // (A degree the run took is no part of the name; a role after it
        // still is the person's: "Ruth Hale M.D., chair of …".)
        let run_end = b;
        let b = self.before_degree(a, b);
        let name = Span::new(self.toks[a].start(), self.name_end(b - 1));
        if !crate::text::whole_graphemes(self.text, name) {
            return;
        }
        let honorific = t.is_some_and(|t| t.kind == TitleKind::Honorific && !t.academic);
        let span =
            |(ts, te): (usize, usize)| Span::new(self.toks[ts].start(), self.toks[te - 1].end());
        // A title before the name may have a role after it too.
        let role = match title {
            Some((ts, _)) if ts < a => self
                .apposition_after(run_end)
                .map(|(ts, te, _)| span((ts, te))),
            _ => None,
        };
        let title = title.filter(|&(ts, te)| ts < te && !honorific).map(span);
        // An honorific the name's run left out says the gender: "Mr. Lane
        // said", "Mrs. Lane".
        let honorific_before = || self.honorific_before(a).and_then(|(_, t)| t.gender);
        // (Not a couple's: "Mr. and Mrs. Lane".)
        let couple = a >= 4
            && self.is_word(a - 3)
            && matches!(self.raw(a - 3), "and" | "&")
            && (self.is_punct(a - 4, ".") || self.raw(a - 4).len() <= 3);
        let gender = match t {
            Some(t) if t.kind == TitleKind::Honorific => t.gender.filter(|_| !couple),
            Some(t) => t.gender,
            None => (!couple).then(honorific_before).flatten(),
        };
        self.out.findings.push(Finding {
            name,
            toks: (a, b),
            title,
            gender,
            weak: false,
            plural: t.is_some_and(|t| t.kind == TitleKind::Plural),
            role,
            generic_gender: t.is_some_and(|t| t.generic_gender),
            shared_surname: None,
        });
    }

    /// The honorific right before token `a`, which no run includes ("Mr.",
    /// "Ms"), if any: its first token and title.
    fn honorific_before(&self, a: usize) -> Option<(usize, Title)> {
        // (Honorifics are never part of a name: a cheap test first.)
        let never = |p: usize| self.cap(p) && self.never(p);
        if !((a >= 1 && never(a - 1)) || (a >= 2 && never(a - 2))) {
            return None;
        }
        // (The honorific starts where a listed title starts: a title found
        // at the word itself, not through a modifier before it; the title
        // list's filter alone would let its false positives decide.)
        (a.saturating_sub(2)..a)
            .filter(|&p| self.cap(p) && self.title_at(p, a).is_some())
            .filter_map(|p| self.title_phrase(p, a, false).map(|(te, t)| (p, te, t)))
            .find(|&(_, te, t)| te == a && t.kind == TitleKind::Honorific)
            .map(|(p, _, t)| (p, t))
    }

    /// Whether a title and "and" come right before the honorific at `p`:
    /// "Senator and Mrs.", "Mr. and Mrs." (a couple named together).
    fn couple_before(&self, p: usize) -> bool {
        if !(p >= 2 && self.is_word(p - 1) && self.raw(p - 1) == "and") {
            return false;
        }
        // (Past the period of an abbreviation: "Sen. and Mrs.")
        let q = if self.is_punct(p - 2, ".") {
            p.checked_sub(3)
        } else {
            Some(p - 2)
        };
        q.is_some_and(|q| self.cap(q) && self.title_at(q, p - 1).is_some())
    }

    /// A plural title goes to every name of the list it opens: "Senators
    /// Ann Roy (D-Vt.), Tom Hale (R-Ind.) and Eva Lind", also to bare
    /// surnames no other rule took ("Sens. Harlow, Kennedy and Brandt").
    fn share_plural_titles(&mut self) {
        let lists: Vec<usize> = (0..self.out.findings.len())
            .filter(|&i| self.out.findings[i].plural && self.out.findings[i].title.is_some())
            .collect();
        if !lists.is_empty() {
            let before = self.out.findings.len();
            // (Where names start already, looked up in constant time: a
            // text of many lists stays linear.)
            let mut starts: HashSet<usize> = self.out.findings.iter().map(|f| f.toks.0).collect();
            for i in lists {
                let mut end = self.out.findings[i].toks.1;
                // (A list of at most 32 names: bounded however long the
                // text; cosponsors' lists run past a dozen.)
                for _ in 0..32 {
                    let Some((a, b)) = self.listed_name_after(end) else {
                        break;
                    };
                    if starts.insert(a) {
                        self.find(a, b, None, None);
                    }
                    end = b;
                }
            }
            if self.out.findings.len() > before {
                self.out.findings.sort_by_key(|f| f.name.start());
            }
        }
        for i in 0..self.out.findings.len() {
            let f = &self.out.findings[i];
            if !f.plural || f.title.is_none() {
                continue;
            }
            // (Past a listed name's role: "Sens. Ann Roy (R-Texas),
            // chairman of the Ports subcommittee, and Tom Hale".)
            let past_role = |f: &Finding, end: usize| {
                f.role.map_or(end, |r| {
                    self.toks.partition_point(|t| t.start() < r.end()).max(end)
                })
            };
            let (title, mut end) = (f.title, self.past_body(past_role(f, f.toks.1)));
            for j in i + 1..self.out.findings.len() {
                let g = &self.out.findings[j];
                if g.title.is_some() || !self.joins_list(end, g.toks.0) {
                    break;
                }
                end = self.past_body(past_role(g, g.toks.1));
                let g = &mut self.out.findings[j];
                g.title = title;
                g.plural = true;
            }
        }
    }

    /// Where a body a listed name belongs to ends, when one follows token
    /// `end` ("councillors Ann Roy of the Harbor Party and Tom Hale",
    /// "publishers Ann Roy of Acme Books and …": up to five capitalised
    /// words after "of"), else `end`.
    fn past_body(&self, end: usize) -> usize {
        if !(self.is_word(end) && self.raw(end) == "of") {
            return end;
        }
        let mut k = end + 1;
        if self.is_word(k) && self.raw(k) == "the" {
            k += 1;
        }
        let first = k;
        while k < first + 5 && self.cap_word(k) {
            k += 1;
        }
        if k > first {
            k
        } else {
            end
        }
    }

    /// The next name of a list after token `end`: a capitalised word that
    /// may be a surname, after commas, "and" or a party label, and before
    /// the list goes on or ends.
    fn listed_name_after(&self, end: usize) -> Option<(usize, usize)> {
        let n = self.toks.len();
        // (Past a party label: "(D-OR)", ", R-Ala.,".)
        let mut a = self.after_aside(end);
        while a < n && a < end + 12 {
            if self.party_letter(a) {
                a += 2;
            } else if self.cap_word(a) {
                break;
            }
            a += 1;
        }
        if a >= n || a == end || !self.joins_list(end, a) {
            return None;
        }
        // (One word: names in full are found by the other rules; not a
        // headline's "Hale and Lind Won the Funds".)
        let b = a + 1;
        if !self.cap_word(a) || self.info[a].caps() || self.cap_word(b) {
            return None;
        }
        let plain = !matches!(
            self.not_name(a),
            Some(NotName::Common | NotName::Place | NotName::PlacePrefix | NotName::Prefix)
        ) && self
            .lex
            .title_of_word(self.raw(a), &mut self.key.borrow_mut())
            .is_none();
        // Not an abbreviation ("Rep.", "Conn.", "U.S."): a word with its
        // period glued on is a name only when the lists know the surname
        // (the list's end: "… and Brandt.").
        let word = self.raw(a);
        let abbreviation = self.is_punct(b, ".") && !self.toks[b].space_before;
        let surname =
            word.len() > 1 && (!abbreviation || (word.len() > 4 && self.lex.surname(self.word(a))));
        // (The list goes on or ends; not a role's head: "Ranking Member
        // of …", "Facilitator of …".)
        let next = |k: usize| {
            k >= n
                || self.is_punct(k, ",")
                || self.is_punct(k, ".")
                || self.is_punct(k, "(")
                || (self.is_word(k) && !self.toks[k].cap() && self.raw(k) != "of")
        };
        (surname && plain && next(b)).then_some((a, b))
    }

    /// Whether tokens `a..b` join two names of a list: commas, "and", and
    /// a short parenthesis ("(D-Vt.)").
    fn joins_list(&self, a: usize, b: usize) -> bool {
        let mut k = a;
        let mut joined = false;
        while k < b {
            if self.is_punct(k, "(") {
                let close = (k + 1..b.min(k + 8)).find(|&m| self.is_punct(m, ")"));
                let Some(c) = close else { return false };
                k = c + 1;
                continue;
            }
            // A party label set off by commas: ", R-Ala., and".
            if self.is_punct(k, ",") && self.party_letter(k + 1) {
                let close = (k + 3..b.min(k + 10)).find(|&m| self.is_punct(m, ","));
                let Some(c) = close else { return false };
                joined = true;
                k = c + 1;
                continue;
            }
            if self.is_punct(k, ",") || (self.is_word(k) && self.raw(k) == "and") {
                joined = true;
                k += 1;
                continue;
            }
            // A suffix the name left out: "Tom Hale, Jr., D-Pa., and".
            if self.is_word(k) && self.lex.suffix(self.raw(k)) {
                k += 1 + usize::from(self.is_punct(k + 1, "."));
                continue;
            }
            // A name's home state: "Sens. Ann Roy of Ohio and Tom Hale of
            // Iowa".
            if self.is_word(k) && self.raw(k) == "of" && k + 1 < b && self.info[k + 1].taken() {
                let mut m = k + 1;
                while m < b && m < k + 5 && self.info[m].taken() {
                    m += 1;
                }
                k = m;
                continue;
            }
            return false;
        }
        joined
    }

    /// Names listed with a person's name are people: "Smith and Jones",
    /// "Ann Lee, Bo Park, Cy Young". A forward then a backward sweep.
    fn coordinate(&mut self) {
        let n = self.toks.len();
        let mut start_at = window::take_buffer(&START_AT);
        start_at.resize(n + 1, false);
        let mut end_at = window::take_buffer(&END_AT);
        end_at.resize(n + 1, false);
        for f in &self.out.findings {
            start_at[f.toks.0] = true;
            end_at[f.toks.1] = true;
        }
        // (Where a valid candidate starts: built when a list's comma first
        // asks, which few texts do.)
        let candidate_at = std::cell::OnceCell::new();
        let candidate_starts = || {
            candidate_at.get_or_init(|| {
                let mut at = window::take_buffer(&CANDIDATE_AT);
                at.resize(n + 1, false);
                for c in self.out.candidates.iter().filter(|c| c.valid) {
                    at[c.toks.0] = true;
                }
                at
            })
        };
        let joiner = |d: &Self, i: usize| {
            i < n
                && (d.is_punct(i, ",")
                    || d.is_punct(i, "&")
                    || (d.is_word(i) && matches!(d.raw(i), "and" | "or")))
        };
        let count = self.out.candidates.len();
        let mut found = vec![false; count];
        // Forwards, then backwards.
        for pass in 0..2 {
            for k in 0..count {
                let ci = if pass == 0 { k } else { count - 1 - k };
                let c = self.out.candidates[ci];
                let (a, b) = c.toks;
                if !c.valid || found[ci] {
                    continue;
                }
                // In a list: joined on both sides, or a name and a list end.
                // (A comma goes on to a name, its title before it or not,
                // not to another kind of item: "* Ann Lee, Dover, Dover
                // High School".)
                let name_at = |i: usize| {
                    let here = |i: usize| i <= n && (start_at[i] || candidate_starts()[i]);
                    here(i)
                        || self.title_at(i, n).is_some_and(|(end, _)| {
                            here(end + usize::from(self.is_punct(end, ".")))
                        })
                };
                // (Not a period inside a dotted abbreviation: "Ann Roy,
                // Ed.D., …" lists no "Ed"; "… and Hale.The board" ends
                // one.)
                let dotted = |i: usize| {
                    self.word_glued_at(i + 1)
                        && self.raw(i + 1).len() <= 2
                        && self.is_punct(i + 2, ".")
                };
                let list_end = |i: usize| {
                    i >= n
                        || (self.is_punct(i, ".") && !dotted(i))
                        || (joiner(self, i)
                            && (!self.is_punct(i, ",") || !self.cap(i + 1) || name_at(i + 1)))
                };
                let list_start =
                    |i: usize| i == 0 || joiner(self, i - 1) || self.info[i].sent_start();
                let left = a >= 2 && joiner(self, a - 1) && end_at[a - 1] && list_end(b);
                let right = joiner(self, b) && start_at[b + 1] && list_start(a);
                // (The words counted last: few runs stand in a list.)
                if (left || right) && self.words(a, b) <= 4 {
                    found[ci] = true;
                    start_at[a] = true;
                    end_at[b] = true;
                }
            }
        }
        window::give_back(&START_AT, start_at);
        window::give_back(&END_AT, end_at);
        if let Some(at) = candidate_at.into_inner() {
            window::give_back(&CANDIDATE_AT, at);
        }
        for (ci, hit) in found.into_iter().enumerate() {
            if hit {
                let (a, b) = self.out.candidates[ci].toks;
                self.find(a, b, None, None);
                self.out.candidates[ci].valid = false;
            }
        }
        self.out.findings.sort_by_key(|f| f.name.start());
    }

    /// The token after a short parenthesis opening at `e` ("(D-Ore.)",
    /// "(R-TX)"), or `e` when none opens there.
    fn after_aside(&self, e: usize) -> usize {
        if !self.is_punct(e, "(") {
            return e;
        }
        (e + 1..(e + 8).min(self.toks.len()))
            .take_while(|&j| !self.is_punct(j, "("))
            .find(|&j| self.is_punct(j, ")"))
            .map_or(e, |j| j + 1)
    }

    /// The runs after `m` that end a committee's name given as a list, how
    /// many, and where it ends: ", Roads, and Rail Committee" (commas, an
    /// "and" before the last item, at most four items, the last ending in
    /// "Committee" or "Subcommittee", or followed by the head in lower
    /// case).
    fn committee_list(&self, m: usize) -> Option<([usize; 4], usize, usize)> {
        // Where a run ending at `b` ends a committee's name: at its own
        // head, or at the head in lower case right after it ("the Ports,
        // Roads and Rail subcommittee").
        let head_end = |b: usize| {
            if crate::entity::places::words::committee_head(self.raw(b - 1)) {
                Some(b)
            } else {
                self.lower_committee_head(b).then_some(b + 1)
            }
        };
        let mut runs = [m; 4];
        let mut j = m;
        for n in 0..runs.len() {
            if !self.is_punct(j, ",") {
                return None;
            }
            j += 1;
            if self.is_word(j) && self.raw(j) == "and" {
                j += 1;
            }
            let (a, b) = self.peek_run(j)?;
            runs[n] = a;
            j = b;
            if let Some(end) = head_end(b) {
                return Some((runs, n + 1, end));
            }
            // (The last item after "&" or "and" with no comma: "Commerce,
            // Science & Harbors Committee".)
            let joined = self.is_punct(j, "&") || (self.is_word(j) && self.raw(j) == "and");
            if joined && n + 1 < runs.len() {
                let (a, b) = self.peek_run(j + 1)?;
                runs[n + 1] = a;
                return head_end(b).map(|end| (runs, n + 2, end));
            }
        }
        None
    }

    /// Whether token `i` is a committee's head in lower case ("the Ports
    /// subcommittee").
    fn lower_committee_head(&self, i: usize) -> bool {
        self.is_word(i) && matches!(self.raw(i), "committee" | "subcommittee")
    }

    /// Whether token `i` is a body's head in lower case after its
    /// capitalised name: a committee's, or a group's ("the Beverly
    /// Preservation group", "the Rural Health caucus").
    fn lower_body_head(&self, i: usize) -> bool {
        // (A group's only where the apposition ends after it: no word
        // that carries the name on, capitalised or not, nor a hyphen; not
        // "Acme group sales", "the Harbor group Friends of …".)
        let ends = || {
            let n = i + 1;
            !self.cap(n) && !self.is_punct(n, "-") && !self.continues_lower(n)
        };
        self.lower_committee_head(i)
            || (self.is_word(i)
                && matches!(
                    self.raw(i),
                    "group" | "caucus" | "coalition" | "association"
                )
                && ends())
    }

    /// Where an organization's mention that starts at token `a` and holds a
    /// comma, a bracket or an ampersand ends, if one does
    /// ([`Detector::orgs`]).
    fn org_from(&self, a: usize) -> Option<usize> {
        // (The last of the mentions starting at `a`: the furthest end.)
        let k = self.orgs.partition_point(|&(first, _)| first <= a);
        k.checked_sub(1)
            .map(|k| self.orgs[k])
            .filter(|&(first, _)| first == a)
            .map(|(_, end)| end)
    }

    /// The comma after a party label set off by commas at `e` (", D-Miss.,",
    /// ", R-Ala.,"), or `e` when none is there.
    fn after_comma_label(&self, e: usize) -> usize {
        if !(self.is_punct(e, ",") && self.party_letter(e + 1)) {
            return e;
        }
        (e + 3..(e + 8).min(self.toks.len()))
            .take_while(|&j| !self.toks[j].newline_before)
            .find(|&j| self.is_punct(j, ","))
            .unwrap_or(e)
    }

    /// The end of the name `a..b` without a degree its run took after two
    /// words at least: "Ruth Hale M.D." is Ruth Hale.
    fn before_degree(&self, a: usize, b: usize) -> usize {
        // (The last word: its tokens from the last one spaced before.)
        let Some(w0) = (a + 1..b).rev().find(|&k| self.toks[k].space_before) else {
            return b;
        };
        let end = self.name_end(b - 1);
        let w = self.text.get(self.toks[w0].start()..end).unwrap_or("");
        let w = w.strip_suffix('.').unwrap_or(w);
        if is_degree(w) && self.words(a, w0) >= 2 {
            w0
        } else {
            b
        }
    }

    /// The comma after a suffix or an academic degree set off by commas at
    /// `e` (", Jr.,", ", III,", ", Ph.D.,"), or `e` when none is there.
    fn after_post_nominal(&self, e: usize) -> usize {
        // (Several in a row: "Tom Hale, MD, MPH, Chair of …"; a few at
        // most.)
        let mut end = e;
        for _ in 0..4 {
            let next = self.post_nominal_after(end);
            if next == end {
                break;
            }
            end = next;
        }
        end
    }

    /// [`Detector::after_post_nominal`] for one suffix or degree.
    fn post_nominal_after(&self, e: usize) -> usize {
        if !self.is_punct(e, ",") || !self.is_word(e + 1) {
            return e;
        }
        // (Words and periods with no space between them: the tokenizer
        // splits "M.D." and "Jr." at their periods.)
        let first = e + 1;
        let mut k = first;
        while k < self.toks.len()
            && k - first < 8
            && (k == first || !self.toks[k].space_before)
            && (self.is_word(k) || self.is_punct(k, "."))
        {
            k += 1;
        }
        // (The comma after it first: most words after a name's comma are
        // no suffix.)
        if !self.is_punct(k, ",") {
            return e;
        }
        let Some(w) = self
            .text
            .get(self.toks[first].start()..self.toks[k - 1].end())
            .map(|w| w.strip_suffix('.').unwrap_or(w))
        else {
            return e;
        };
        // (Or a listed one: "MD", "MPH", "Pharm.D".)
        let post_nominal = self.lex.suffix(w) || is_degree(w) || self.lex.post_nominal(w);
        if post_nominal {
            k
        } else {
            e
        }
    }

    /// Records the name `a..e` found by a rule, with the role phrase in
    /// apposition after it, if any ("Tom Doe, the mayor of Springfield,").
    fn found(&mut self, a: usize, e: usize) {
        // (A later name of a list, each with its party label: the role
        // after the last label is the list's, "Sens. Ann Roy (D-Ohio) and
        // Tom Beck (R-Iowa), chairman and ranking member of …".)
        let listed = a > 0 && self.is_word(a - 1) && matches!(self.raw(a - 1), "and" | "&");
        if listed && self.after_aside(e) != e {
            self.find(a, e, None, None);
            return;
        }
        match self.apposition_after(e) {
            Some((ts, te, t)) => self.find(a, e, Some((ts, te)), Some(t)),
            None => self.find(a, e, None, None),
        }
    }

    /// Keeps a run no rule explained, for propagation; `name` is what
    /// `valid_name(a, b)` says when the caller has asked it already.
    fn candidate(&mut self, a: usize, b: usize, name: Option<bool>) {
        let headline = (a..b).any(|i| self.info[i].headline() || self.info[i].caps());
        let valid =
            !headline && name.unwrap_or_else(|| self.valid_name(a, b)) && self.unblocked(a, b);
        self.out.candidates.push(Candidate {
            toks: (a, b),
            valid,
            headline,
        });
    }

    /// The run starting at token `i`, if any (an index into `runs`).
    /// (Searched for: the rules ask of few tokens, so no table of every
    /// token's run is built.)
    fn run_starting_at(&self, i: usize) -> Option<usize> {
        self.runs.binary_search_by_key(&i, |&(first, _)| first).ok()
    }

    /// The run starting at token `i`, if it is not used yet; marks it used.
    fn take_run(&mut self, i: usize) -> Option<(usize, usize)> {
        let r = self.run_starting_at(i)?;
        if self.used[r] {
            return None;
        }
        self.used[r] = true;
        Some(self.runs[r])
    }

    fn peek_run(&self, i: usize) -> Option<(usize, usize)> {
        let r = self.run_starting_at(i)?;
        if self.used[r] {
            return None;
        }
        Some(self.runs[r])
    }

    /// For a complement opened by "of" at `of` with its words from `k`: one
    /// to three words in lower case (a field) and a preposition that opens
    /// a body's name ("of marine biology at Dunmore University"), where
    /// that name starts and its run.
    fn field_before_body(&self, of: usize, k: usize) -> Option<(usize, (usize, usize))> {
        if self.raw(of) != "of" || k != of + 1 {
            return None;
        }
        let field = |x: usize| {
            self.continues_lower(x)
                && self.raw(x).bytes().all(|c| c.is_ascii_lowercase())
                && !matches!(self.raw(x), "the" | "a" | "an")
        };
        let p = (k..k + 4).find(|&x| !field(x)).filter(|&p| p > k)?;
        if !(self.is_word(p) && matches!(self.raw(p), "at" | "in" | "for")) {
            return None;
        }
        let k3 = self.complement_prep(p)?;
        // (Not a person, "director of outreach for Ann Roy", nor a
        // possessive that the body's noun follows in lower case, "… for Ann
        // Roy's campaign".)
        let (ra, b) = self.peek_run(k3)?;
        let person = self.given(ra).is_some() && self.words(ra, b) >= 2 && self.unblocked(ra, b);
        (!person && !self.info[b - 1].possessive()).then_some((k3, (ra, b)))
    }

    /// A preposition that opens a title's complement ("of Serbia").
    fn complement_prep(&self, i: usize) -> Option<usize> {
        // ("on" after a committee's name: "chairman of the Committee on
        // Finance"; not "of the Board on Monday", "on Capitol Hill".)
        // (Or after a member's or a party's role, before a capitalised
        // body: "ranking member on the Senate Farm Committee", "the top
        // Democrat on the Harbors Committee".)
        let role_on = || {
            matches!(
                self.raw(i - 1),
                "member" | "Member" | "Democrat" | "Republican"
            ) && self.raw(i + 1) == "the"
                && self.cap(i + 2)
        };
        let on = i >= 1
            && self.is_word(i)
            && self.raw(i) == "on"
            && self.is_word(i - 1)
            && self.is_word(i + 1)
            && (crate::entity::places::words::panel_head(self.raw(i - 1))
                || self.raw(i - 1) == "Caucus"
                || role_on())
            && !crate::entity::places::words::is_calendar(self.raw(i + 1));
        if !self.is_word(i) || !(on || matches!(self.raw(i), "of" | "in" | "for" | "to" | "at")) {
            return None;
        }
        let mut k = i + 1;
        if self.is_word(k) && self.raw(k) == "the" {
            k += 1;
        }
        Some(k)
    }

    /// Where a person's name starts inside the capitalised run `a..m` that
    /// ends a title's complement: after a place ("of Serbia Tomas
    /// Kučera") or at a given name ("in Latvia Karl Weber").
    fn name_in_segment(&self, a: usize, m: usize) -> Option<usize> {
        let mut prev = a;
        let mut g = self.element_end(a);
        while g < m {
            if self.given(g).is_some() && self.words(g, m) >= 2 && self.valid_name(g, m) {
                // (With an initial before the given name: "of Veterans
                // Affairs R. Tom Hale".)
                // (Not the last letter of a dotted acronym: "the U.N. Ann
                // Roy".)
                let initial = prev > a && self.initial(prev) && self.toks[prev].space_before;
                return Some(if initial { prev } else { g });
            }
            prev = g;
            g = self.element_end(g);
        }
        // A given name no list knows and a surname the lists know, the
        // last two words after the complement's own: "Secretary of the
        // Interior Gale Norton said" (not "head of Acme Lehman Brothers",
        // where no surname ends it, nor a complement of two words, "CEO of
        // Goldman Sachs").
        if let Some(g) = self.unlisted_given_name_at_end(a, m) {
            return Some(g);
        }
        if self.info[a].blocked() {
            let mut b = a;
            while b < m && (!self.is_word(b) || self.info[b].blocked()) {
                b += 1;
            }
            if b < m && self.valid_name(b, m) {
                return Some(b);
            }
        }
        None
    }

    /// Where a two-word name starts at the end of the capitalised run
    /// `a..m` that ends a title's complement, when its first word is a
    /// given name no list knows: two plain capitalised words (no place,
    /// acronym, initial or possessive), the last a known surname, after at
    /// least one word of the complement.
    fn unlisted_given_name_at_end(&self, a: usize, m: usize) -> Option<usize> {
        let last = m.checked_sub(1)?;
        let g = last.checked_sub(1)?;
        if g <= a || !self.is_word(g) || !self.is_word(last) || !self.is_word(g - 1) {
            return None;
        }
        let plain = |i: usize| {
            let inf = &self.info[i];
            self.toks[i].cap()
                && self.toks[i].space_before
                && !inf.blocked()
                && !inf.caps()
                && !inf.possessive()
                && inf.not_name.is_none()
                && !self.initial(i)
        };
        (plain(g)
            && plain(last)
            && self.given(g).is_none()
            && self.lex.surname(self.word(last))
            && !crate::entity::places::words::is_org_head(self.raw(g))
            && !thing_word(self.word(g))
            && self.valid_name(g, m))
        .then_some(g)
    }

    /// Whether the run `a..b` after a title is one word in "-tion" or
    /// "-sion", a noun no name ends with: "General Aviation" is a field,
    /// not a general.
    fn abstract_noun_alone(&self, a: usize, b: usize) -> bool {
        let w = self.word(a);
        self.element_end(a) == b && w.len() >= 6 && (w.ends_with("tion") || w.ends_with("sion"))
    }

    /// A run that is a title phrase `ts..te` only: follows its complement
    /// and looks for the name in apposition; otherwise a role phrase.
    fn role(&mut self, ts: usize, te: usize, t: Title) {
        let ts = self.title_joined_before(ts).unwrap_or(ts);
        let mut comp_end = te;
        for _ in 0..4 {
            let Some(k) = self.complement_prep(comp_end) else {
                break;
            };
            let Some((a, m)) = self.peek_run(k) else {
                break;
            };
            // (A run that a lower-case word continues modifies that word,
            // "of Harbor Trust projects", unless a name ends it: "Secretary
            // of Energy Jan Kerr today said"; not one with a title of its
            // own, "in Prime Minister Ann Roy's government".)
            let name = self.name_in_segment(a, m);
            // (Two fields joined by "and", the name after the second:
            // "Secretary of Parks and Wildlife Tom Reed said".)
            if name.is_none() && self.is_word(m) && self.raw(m) == "and" && self.bare_field(k, m) {
                let second = self
                    .peek_run(m + 1)
                    .filter(|&(a2, m2)| self.unblocked(a2, m2));
                // (Words of a field before the name, not a title or a
                // given name of its own: "Director of Finance and Mayor Tom
                // Reed", "… and Mary Beth Hale" are two people.)
                let field_to = |a2: usize, g: usize| {
                    (a2..g).all(|i| !self.is_word(i) || self.given(i).is_none())
                        && !self.title_ends_at(a2, g)
                };
                if let Some((a2, m2)) = second {
                    match self.name_in_segment(a2, m2) {
                        Some(g) if g > a2 && field_to(a2, g) => {
                            self.take_run(a);
                            self.take_run(a2);
                            self.find(g, m2, Some((ts, g)), Some(t));
                            return;
                        }
                        None if !self.continues_lower(m2) && !self.cap_word(m2) => {
                            self.take_run(a);
                            self.take_run(a2);
                            comp_end = m2;
                            continue;
                        }
                        _ => {}
                    }
                }
            }
            let own_title = |g: usize| self.title_ends_at(a, g);
            if self.continues_lower(m) && name.map_or(true, own_title) {
                break;
            }
            self.take_run(a);
            if let Some(g) = name {
                self.find(g, m, Some((ts, g)), Some(t));
                return;
            }
            comp_end = m;
        }
        // (Not after a plural that is a complement itself: "in the House
        // of Representatives, Justice Ann Roy".)
        let complement = t.kind == TitleKind::Plural
            && ts >= 1
            && self.is_word(ts - 1)
            && self.raw(ts - 1) == "of";
        if self.is_punct(comp_end, ",") && !complement {
            if let Some((a, b)) = self.peek_run(comp_end + 1) {
                // (The name may have a title of its own: "the Chairman of
                // the Harbor Board, Senator Tom Hale," has both; not in a list
                // of titled names, "Secretary of State Ann Roy, Attorney
                // General Tom Hale", where a name ends the phrase.)
                let last = comp_end - 1;
                let named = last > ts
                    && self.is_word(last)
                    && self.lex.surname(self.word(last))
                    && self.not_name(last).is_none()
                    && self.cap_word(last - 1);
                let phrase = self.title_phrase(a, b, false);
                let own = phrase.filter(|&(te, t2)| {
                    !named && t2.kind != TitleKind::Plural && self.valid_name(te, b)
                });
                if let Some((te, t2)) = own {
                    self.take_run(a);
                    let found = self.out.findings.len();
                    self.find(te, b, Some((a, te)), Some(t2));
                    // (A plural is no one's role: "After meeting the County
                    // Commissioners, Senator Tom Hale cut the ribbon".)
                    if t.kind != TitleKind::Plural {
                        let role = Span::new(self.toks[ts].start(), self.toks[comp_end - 1].end());
                        if let Some(f) = self.out.findings.get_mut(found) {
                            f.role.get_or_insert(role);
                        }
                    }
                    return;
                }
                // (Not a title alone: "…, Director of Services, Deputy
                // Superintendent and …"; nor a plural's list of names: "…
                // judge for the District of Ohio, Sens. Tom Hale and …".)
                let title_only =
                    phrase.is_some_and(|(te, t2)| te >= b || t2.kind == TitleKind::Plural);
                // (Nor the body of a title in apposition to a name: "Ann
                // Roy, Director, Parks and Trails" is her office.)
                // (Not after a place or a body: "At Dover High School,
                // Principal, Tom Hale, said".)
                let apposed = ts >= 2
                    && self.is_punct(ts - 1, ",")
                    && self.cap_word(ts - 2)
                    && !crate::entity::places::words::is_org_head(self.raw(ts - 2));
                // (Nor an abbreviation alone, which a comma never sets off:
                // in "Ann Roy, D-Del., Tom Hale" it is a state's.)
                let abbreviation = comp_end == te && self.is_punct(te - 1, ".");
                if self.valid_name(a, b)
                    && self.unblocked(a, b)
                    && !title_only
                    && !apposed
                    && !abbreviation
                {
                    self.take_run(a);
                    self.find(a, b, Some((ts, comp_end)), Some(t));
                    return;
                }
            }
        }
        // (A plural names no one person: "the lawmakers noted".)
        if t.kind.names_one() {
            let span = Span::new(self.toks[ts].start(), self.toks[comp_end - 1].end());
            self.out.roles.push(RolePhrase { span });
        }
    }

    /// A title written before the run that starts at `s`, in lower case
    /// ("coach Dave Smith", "prime minister John Doe").
    fn title_before(&self, s: usize, e: usize) -> Option<(usize, usize, Title)> {
        // "the mayor, Jane Doe, said": the title, a comma, the name.
        let comma = s >= 2 && self.is_punct(s - 1, ",") && self.is_punct(e, ",");
        let s = if comma { s - 1 } else { s };
        // ("The mayor of Dunmore, Jane Doe, said", "The chairwoman of the
        // harbor board, Ann Roy,": the title's complement, a place or a
        // body, before the comma.)
        let complement = comma
            .then(|| {
                let lo = s.saturating_sub(6);
                let mut q = s;
                while q > lo
                    && ((self.is_word(q - 1)
                        && !matches!(
                            self.raw(q - 1),
                            "of" | "for" | "who" | "whose" | "which" | "that" | "where" | "when"
                        ))
                        || self.is_punct(q - 1, "."))
                {
                    q -= 1;
                }
                // (In lower case, a body named with a determiner: "of the
                // harbor board", not "of progressive causes".)
                let lower = (q..s).any(|x| self.is_word(x) && !self.toks[x].cap());
                if lower
                    && !(self.is_word(q)
                        && matches!(self.raw(q), "the" | "a" | "an" | "its" | "their"))
                {
                    return None;
                }
                (q < s && q > 1 && self.is_word(q - 1) && matches!(self.raw(q - 1), "of" | "for"))
                    .then(|| q - 1)
            })
            .flatten();
        let found = complement
            .and_then(|c| self.title_ending(c, s, comma))
            .or_else(|| self.title_ending(s, s, comma))?;
        // A capitalised title right before a title in lower case is one
        // with it: "Energy Secretary nominee Tom Hale".
        let (ts, te, t) = found;
        let cap_before = ts >= 1 && !self.toks[ts].cap() && self.cap_word(ts - 1);
        let start = cap_before
            .then(|| self.cap_title_ending(ts.saturating_sub(4), ts))
            .flatten()
            .or_else(|| self.title_joined_before(ts));
        Some((start.unwrap_or(ts), te, t))
    }

    /// Where a capitalised title (no honorific) that ends right before
    /// token `end` starts, from `lo` on.
    fn cap_title_ending(&self, lo: usize, end: usize) -> Option<usize> {
        (lo..end).find(|&q| {
            (q..end).all(|k| self.cap_word(k))
                && self
                    .title_phrase(q, end, false)
                    .is_some_and(|(e, t)| e == end && t.kind != TitleKind::Honorific)
        })
    }

    /// Where a capitalised title joined by "and" to the title starting at
    /// `ts` starts: the same person's ("Chairman and CEO of Acme Tom
    /// Hale").
    fn title_joined_before(&self, ts: usize) -> Option<usize> {
        if !(ts >= 2 && self.is_word(ts - 1) && self.raw(ts - 1) == "and" && self.cap_word(ts)) {
            return None;
        }
        // (Not after an article: "the President and Secretary of State
        // Ann Roy" are two people.)
        self.cap_title_ending(ts.saturating_sub(4), ts - 1)
            .filter(|&q| {
                !(q >= 1
                    && self.is_word(q - 1)
                    && matches!(self.raw(q - 1), "the" | "The" | "a" | "A"))
            })
    }

    /// Whether token `x` determines a title: an article, a possessive
    /// pronoun or a possessive ("The bank's").
    fn determines(&self, x: usize) -> bool {
        self.is_word(x)
            && (matches!(
                self.raw(x),
                "the"
                    | "The"
                    | "a"
                    | "A"
                    | "an"
                    | "An"
                    | "its"
                    | "Its"
                    | "their"
                    | "Their"
                    | "his"
                    | "His"
                    | "her"
                    | "Her"
            ) || self.info[x].suffix > 0)
    }

    /// The title ending at token `title_end` (the name's complement
    /// starting there runs to `s`), determined by an article or a
    /// possessive when a comma sets the name off: its token range and
    /// title.
    fn title_ending(
        &self,
        title_end: usize,
        s: usize,
        comma: bool,
    ) -> Option<(usize, usize, Title)> {
        // (Only a title ending right before `title_end` counts: none does
        // when no title ends with the word there, as for most runs.)
        let title_ends_here =
            title_end > 0 && self.title_may_end_at(title_end - 1, 0, &mut self.key.borrow_mut());
        if !title_ends_here {
            return None;
        }
        let max = self.lex.title_max_tokens.min(title_end);
        let mut best = None;
        for len in 1..=max {
            let p = title_end - len;
            if self.info[p].sent_start()
                && len > 1
                && p + 1 < title_end
                && self.info[p + 1].sent_start()
            {
                break;
            }
            if !self.is_word(p) {
                continue;
            }
            // (A capital ends the title, unless a sentence's capital on a
            // prefix: "Senior researcher Mu Li said".)
            let cap = self.toks[p].cap();
            if cap && !self.info[p].sent_start() {
                break;
            }
            let found = self.title_at(p, title_end);
            if cap && !found.is_some_and(|(_, t)| t.kind == TitleKind::Prefix) {
                break;
            }
            if let Some((mut end, mut t)) = found {
                // ("The outgoing mayor, Ann Roy,": a prefix and its
                // title.)
                while t.kind == TitleKind::Prefix && end < title_end {
                    let Some((end2, t2)) = self.title_at(end, title_end) else {
                        break;
                    };
                    (end, t) = (end2, t2);
                }
                if end != title_end || t.kind == TitleKind::Prefix {
                    continue;
                }
                // (A possessive determines it too: "The bank's chief
                // executive, Paul Vance,"; or one word qualifies it after
                // the determiner, part of the title: "the city attorney,
                // Ann Roy,", "the Crown prosecutor, …".)
                let shaped = |q: usize| {
                    q >= 1
                        && self.is_word(q)
                        && !self.info[q].sent_start()
                        && self.info[q].suffix == 0
                        && qualifier_word(self.raw(q))
                };
                let determined = |q: usize| shaped(q) && self.determines(q - 1);
                // (Right before the name, after a determiner or a
                // capitalised word: "the city attorney Ann Roy", "Harbor
                // Party presidential nominee Ann Roy", "the Roy campaign
                // spokesman Tom Hale"; not "Kirk Lee and actor Tom Hale".)
                // (Not a verb after a name: "Ann Roy met actor Tom Hale",
                // "… told spokesman …", "… put aide …".)
                let verb = |q: usize| {
                    use crate::quote::cues::{class, lookup};
                    let l = lookup(self.raw(q), &mut String::new());
                    l.cue().is_some() || l.class() & (class::PAST | class::AUX) != 0
                };
                let after_cap = |q: usize| {
                    shaped(q) && self.cap_word(q - 1) && self.continues_lower(q) && !verb(q)
                };
                if !comma && p >= 1 && (determined(p - 1) || after_cap(p - 1)) {
                    // (A party before the qualifier joins the title:
                    // "Republican presidential nominee Ann Roy".)
                    // (`shaped` needs `p - 1 >= 1`.)
                    let party = crate::entity::places::words::is_party_adjective(self.raw(p - 2));
                    best = Some((if party { p - 2 } else { p - 1 }, s, t));
                } else if !comma || (p >= 1 && self.determines(p - 1)) {
                    best = Some((p, s, t));
                } else if p >= 1 && determined(p - 1) {
                    best = Some((p - 1, s, t));
                }
            }
        }
        // ("a rocking chair Ann Roy built": "chair" alone after a
        // lower-case word is furniture; "board chair Ann Roy" is a longer
        // title, "Party chair Ann Roy" one too.)
        best.filter(|&(p, _, _)| {
            !(p + 1 == title_end
                && self.raw(p) == "chair"
                && p > 0
                && self.is_word(p - 1)
                && !self.toks[p - 1].cap()
                && !matches!(
                    self.raw(p - 1),
                    "the" | "a" | "its" | "their" | "his" | "her"
                ))
        })
    }

    /// A role phrase in apposition after the name ending at `e`:
    /// ", the mayor of Springfield," — its token range and title.
    fn apposition_after(&mut self, e: usize) -> Option<(usize, usize, Title)> {
        // (After a party label or a short aside: "Ann Roy (D-Ore.),
        // chairman of …".)
        let e0 = e;
        let e1 = self.after_aside(e);
        // (And after a suffix or a degree: "Ann Roy, Jr., chairman of …",
        // "Tom Hale, M.D., director of …".)
        let e = self.after_post_nominal(e1);
        // (Or after a party label set off by commas: "Ann Roy, D-Miss.,
        // chairman of …".)
        let e = self.after_comma_label(e);
        // (Or a predicate of the present: "Ann Roy is a member of …",
        // "Ann Roy serves as chair of …".)
        // (Not in a question or a condition: "Asked whether Ann Roy is a
        // member of …", "If Tom Hale is president …".)
        let predicate = match (e0 == e, self.is_word(e), self.is_word(e + 1)) {
            (true, true, _) if self.raw(e) == "is" => Some(e + 1),
            (true, true, true) if self.raw(e) == "serves" && self.raw(e + 1) == "as" => Some(e + 2),
            _ => None,
        }
        .filter(|_| !self.conditional_before(e));
        // (A hyphen glued to the name and the title stands for the comma:
        // "Ann Roy-Executive Director of …", a title the name's run left
        // out.)
        let glued = e0 == e
            && self.hyphen(e)
            && self
                .toks
                .get(e + 1)
                .is_some_and(|t| !t.space_before && t.cap());
        if predicate.is_none() && !self.is_punct(e, ",") && !glued {
            return None;
        }
        let mut k = predicate.unwrap_or(e + 1);
        // (Or in a relative clause of the present: "Ann Roy, who is the
        // pastor of Grace Church,", "who serves as director of …", "who
        // has been serving as …".)
        if self.is_word(k) && self.raw(k) == "who" && self.is_word(k + 1) {
            let w = |j: usize| {
                if self.is_word(k + j) {
                    self.raw(k + j)
                } else {
                    ""
                }
            };
            let verb = match [w(1), w(2), w(3), w(4)] {
                ["is", ..] => 1,
                ["serves", "as", ..] => 2,
                ["has", "served" | "been", "as", _] => 3,
                ["has", "been", "serving", "as"] => 4,
                _ => 0,
            };
            if verb > 0 {
                k += 1 + verb;
            }
        }
        // ("Tom Hale, also chairman of …", "…, also the chair of …".)
        if self.is_word(k) && self.raw(k) == "also" && predicate.is_none() {
            k += 1;
        }
        let article = self.is_word(k) && matches!(self.raw(k), "the" | "a" | "an");
        k += usize::from(article);
        // (A possessive may come first: "Orvane Motors' vice president",
        // "Vermont's state forester", "the company's chief engineer".)
        let possessor = self.possessor_end(k);
        k = possessor.unwrap_or(k);
        let limit = (k + 8).min(self.toks.len());
        // (One word in lower case may qualify the title right after the
        // article, part of it: "Ann Roy, the city attorney,", "…, a
        // campaign spokesman,"; not a prefix with no title after it, "the
        // former …".)
        // (Up to four such words, capitalised ones of a name too, when
        // the title ends the apposition: "a Hale campaign spokesman,",
        // "the White House climate adviser,", "the mayor's longtime
        // policy adviser,"; a prefix too, "longtime"; "and" joining two
        // roles, "a nurse and union steward,"; no other word of a
        // phrase of its own, "a friend of the mayor,", but "of" inside a
        // name, "the University of Dunmore law professor,".)
        const FUNCTION_WORDS: &[&str] = &[
            "a", "an", "are", "as", "at", "but", "by", "for", "from", "had", "has", "her", "his",
            "in", "is", "its", "my", "of", "on", "or", "our", "that", "the", "their", "to", "was",
            "were", "which", "who", "whom", "whose", "with", "your",
        ];
        let in_name = |x: usize| self.raw(x) == "of" && x > 0 && self.cap(x - 1) && self.cap(x + 1);
        let modifier = |x: usize| {
            self.is_word(x)
                && self.info[x].suffix == 0
                && !self.info[x].possessive()
                && self
                    .title_at(x, limit)
                    .map_or(true, |(_, t)| t.kind == TitleKind::Prefix)
                && if self.toks[x].cap() {
                    article && self.raw(x) != "I"
                } else {
                    qualifier_word(self.raw(x))
                        && (!FUNCTION_WORDS.contains(&self.raw(x)) || in_name(x))
                }
        };
        let closes = |te: usize| {
            [",", ".", ";", ")"].iter().any(|p| self.is_punct(te, p))
                || self.complement_prep(te).is_some()
        };
        // (One word in lower case after an article needs no more.)
        let one_word = article && possessor.is_none() && self.is_word(k) && !self.toks[k].cap();
        let (mut te, t) = self.title_phrase(k, limit, true).or_else(|| {
            if !article && possessor.is_none() {
                return None;
            }
            (1..=4).take_while(|&n| modifier(k + n - 1)).find_map(|n| {
                self.title_phrase(k + n, limit, true)
                    .filter(|&(te, _)| (n == 1 && one_word) || closes(te))
            })
        })?;
        // (Nor a plural after one name: "Backstage, the actors laughed".)
        if !t.kind.names_one() {
            return None;
        }
        // (A head before another title in lower case is one with it:
        // "chief strategist", "deputy campaign manager".)
        while te < limit && self.is_word(te) && !self.toks[te].cap() {
            match self.title_at(te, limit) {
                Some((end, t2)) if t2.kind != TitleKind::Honorific => te = end,
                _ => break,
            }
        }
        // (So are capitalised words that end in a title's head: "Chief
        // Medical Officer of …".)
        let mut m = te;
        while m < limit && m < te + 3 && self.is_word(m) && self.toks[m].cap() {
            m += 1;
        }
        if let Some(j) = (te + 1..=m).rev().find(|&j| self.ends_in_head_title(te, j)) {
            te = j;
        }
        // (A speaker of an aside is no apposition: "Ann Roy, a close aide
        // said, remains calm"; "Ann Roy, Ports Chairman, added," is one.)
        if article && self.is_word(te) && self.lex.verb(self.raw(te)).is_some_and(|v| v.after) {
            return None;
        }
        // (Nor a title's word before the noun it modifies: "… for Ann Roy,
        // the delegate count is close".)
        if article && self.is_word(te) && !self.toks[te].cap() && self.modified_noun(te) {
            return None;
        }
        // (A title word in lower case before the noun that ends the
        // apposition is an adjective: "the principal co-sponsor,", "the
        // chief sponsor."; not "the governor there,".)
        let adjective = te == k + 1
            && !self.toks[k].cap()
            && self.is_word(te)
            && !self.toks[te].cap()
            && !post_title_word(self.raw(te))
            && !self.raw(te).ends_with("ly")
            && {
                // (Past a compound's hyphens: "co-sponsor".)
                let mut after = te + 1;
                while after < limit && self.hyphen(after) && self.is_word(after + 1) {
                    after += 2;
                }
                [",", ".", ")", ";"].iter().any(|p| self.is_punct(after, p))
            };
        if adjective {
            return None;
        }
        let mut m = te;
        let mut taken = Vec::new();
        // (Two titles joined by "and" are one role: "vice president and
        // treasurer of the Dunmore Trust".)
        let second = |m: usize| {
            (self.is_word(m) && self.raw(m) == "and")
                .then(|| self.title_phrase(m + 1, (m + 9).min(self.toks.len()), true))
                .flatten()
                .filter(|&(_, t2)| t2.kind != TitleKind::Honorific && t2.kind != TitleKind::Plural)
                .map(|(te2, _)| te2)
        };
        let aside = e1 != e0;
        if let Some(te2) = second(m) {
            // (Two roles after a party label are a list's: see `found`.)
            if aside {
                return None;
            }
            m = te2;
        }
        // Where an organization the place rules found whole ended the
        // complement last.
        let mut org_end = None;
        // The "of" of a field in lower case that opened the complement
        // ("of economics at …"), where the title ends if the field is left
        // out, and how many runs the complement had taken before it.
        let mut field_at: Option<(usize, usize)> = None;
        // A person's name starting at `g` and ending at `b`.
        let named = |g: usize, b: usize| {
            self.given(g).is_some() && self.words(g, b) >= 2 && self.valid_name(g, b)
        };
        for _ in 0..4 {
            let Some(k2) = self.complement_prep(m) else {
                break;
            };
            // (A field in lower case may come between "of" and the body:
            // "professor of marine biology at Dunmore University".)
            let (k2, (ra, mut b)) = match self.peek_run(k2) {
                Some(run) => (k2, run),
                None => {
                    let Some(found) = self.field_before_body(m, k2) else {
                        break;
                    };
                    field_at.get_or_insert((m, taken.len()));
                    found
                }
            };
            // (A saint's abbreviation opens the name: "director of the St.
            // Vincent Foundation", "CEO of St. Luke's Care Center".)
            let mut saint = [None, None];
            if b == ra + 1
                && matches!(self.raw(ra), "St" | "Ste")
                && self.is_punct(b, ".")
                && !self.toks[b].space_before
            {
                if let Some((ra2, b2)) = self.peek_run(b + 1) {
                    saint[0] = Some(ra2);
                    b = b2;
                    if let Some((ra3, b3)) =
                        self.peek_run(b).filter(|_| self.info[b - 1].possessive())
                    {
                        saint[1] = Some(ra3);
                        b = b3;
                    }
                }
            }
            if self.continues_lower(b) && !self.lower_body_head(b) {
                break;
            }
            // A person named at the complement's end holds the title: "Rep.
            // Tom Beck (D-Iowa), Speaker of the House Ann Roy (D-Ohio), and
            // …" and "Tom Hale, Deputy Director for Field Support Ann Roy,"
            // are lists.
            // (Unless "for" or "to" and a title open the complement: "a
            // spokesman for Mayor Ann Roy" names her as the object; the
            // role ends before the preposition.)
            let for_someone = ra == k2 && matches!(self.raw(k2 - 1), "for" | "to");
            if let Some(g) = (ra + 1..b).find(|&g| named(g, b)) {
                if for_someone
                    && self
                        .title_phrase(ra, g, false)
                        .is_some_and(|(end, _)| end == g)
                {
                    break;
                }
                return None;
            }
            // (Nor a person's possessive: "chief strategist of Ann Roy's
            // campaign" leaves Ann Roy alone; nor a person the role is
            // for, titled or not: "a spokesman for Ann Roy", "an adviser
            // to President Roy".)
            let titled = || {
                self.title_phrase(ra, b, false)
                    .is_some_and(|(end, _)| end < b && self.lex.surname(self.word(b - 1)))
            };
            if (named(ra, b) && (self.info[b - 1].possessive() || for_someone))
                || (for_someone && titled())
            {
                break;
            }
            taken.push(k2);
            taken.extend(saint.into_iter().flatten());
            m = b;
            // (A plural's possessive goes on with the name: "Chairman of
            // the Veterans' Affairs Committee", "Director of the Harbor
            // Women's Coalition".)
            let plural_possessive = (self.is_punct(m, "'") || self.is_punct(m, "\u{2019}"))
                && !self.toks[m].space_before
                && self.raw(m - 1).ends_with('s');
            let irregular = self.info[m - 1].possessive()
                && crate::entity::places::words::is_irregular_plural(self.word(m - 1));
            if plural_possessive || irregular {
                let next = if plural_possessive { m + 1 } else { m };
                if let Some((ra2, b2)) = self.peek_run(next) {
                    taken.push(ra2);
                    m = b2;
                }
            }
            // (So does a place's "-based" before the body's name: "director
            // of the Dunmore-based Harbor Fund".)
            let based = self.hyphen(m)
                && self.is_word(m + 1)
                && !self.toks[m + 1].space_before
                && self.raw(m + 1) == "based";
            if based {
                if let Some((ra2, b2)) = self.peek_run(m + 2) {
                    taken.push(ra2);
                    m = b2;
                }
            }
            // (So does a committee named by a list: "Ranking Member of the
            // Ports, Roads, and Rail Committee".)
            if let Some((runs, n, end)) = self.committee_list(m) {
                taken.extend_from_slice(&runs[..n]);
                m = end;
            }
            // (And a committee's or a group's head in lower case:
            // "chairman of the Ports subcommittee".)
            if self.lower_body_head(m) {
                m += 1;
            }
            // (And a committee the organizations' rules found whole, past
            // its list's commas and its acronym: "chairwoman of the
            // Commerce, Justice, Science (CJS) Appropriations
            // Subcommittee".)
            if let Some(end) = self.org_from(ra).filter(|&end| end > m) {
                m = end;
                org_end = Some(m);
            }
            // "director of the Department of Land and Water Resources": an
            // "and" or "&" and capitalised words that end the apposition
            // are more of the name (not a person: "… and Tom Reed").
            // ("and" only inside an organization the place rules found:
            // not "president of the Rotary Club and Tavi Okwu".)
            // (Or inside a committee's or an office's subject:
            // "Subcommittee on Ports and Harbors", "Deputy Under Secretary
            // of the Navy for Bases and Environment".)
            let subject = matches!(self.raw(k2 - 1), "on" | "for")
                || (k2 >= 2
                    && self.raw(k2 - 1) == "the"
                    && matches!(self.raw(k2 - 2), "on" | "for"));
            // (Or between two fields no gazetteer names, with no
            // determiner: "Director of Ports and Transit".)
            // (Asked only before "and" or "&".)
            let and = self.is_word(m) && self.raw(m) == "and";
            let amp = self.is_punct(m, "&");
            let field = (and || amp) && self.bare_field(k2, m);
            let joined = (and && (self.info[m].blocked() || subject || field)) || amp;
            // (Or a second body after "and the", its name ending in a
            // body's head: "chair of the Ports Caucus and the Rail
            // Subcommittee".)
            let second_body = and && self.is_word(m + 1) && self.raw(m + 1) == "the";
            let from = m + 1 + usize::from(second_body);
            if let Some((ra2, b2)) = (joined || second_body)
                .then(|| self.peek_run(from))
                .flatten()
                .filter(|&(ra2, b2)| !field || self.unblocked(ra2, b2))
                .filter(|&(_, b2)| {
                    !second_body
                        || (crate::entity::places::words::is_org_head(self.raw(b2 - 1))
                            && [",", ".", ";", ")"].iter().any(|p| self.is_punct(b2, p)))
                })
            {
                // (Before punctuation or a lower-case word: "… Public
                // Works Committee said".)
                let ends = b2 >= self.toks.len()
                    || [",", ".", ";", "(", ")", ":"]
                        .iter()
                        .any(|p| self.is_punct(b2, p))
                    || (self.is_word(b2) && !self.toks[b2].cap());
                // (`peek_run` finds only a run that starts at `from`.)
                if ends && !(ra2..b2).any(|g| named(g, b2)) {
                    taken.push(ra2);
                    m = b2;
                }
            }
            if let Some(te2) = second(m) {
                m = te2;
            }
        }
        // A name right after the title is that title's holder; "and"
        // after it makes a list ("Sen. Ann Roy, the mayor and two aides"),
        // unless the title ends with an organization found whole ("… of
        // the Harbors, Rail and Ferries Committee and the port's staff":
        // the role is the first one).
        // (Not a second role of the same person with an article and a
        // complement: "…, a junior member of the Ports Committee and a
        // member of the panel that …".)
        let another_role = || {
            self.is_word(m + 1)
                && matches!(self.raw(m + 1), "a" | "an" | "the")
                && self
                    .title_phrase(m + 2, (m + 8).min(self.toks.len()), true)
                    .is_some_and(|(end, t2)| {
                        t2.kind.names_one() && self.complement_prep(end).is_some()
                    })
        };
        let list = self.cap_word(m)
            || (self.is_word(m)
                && matches!(self.raw(m), "and" | "or")
                && org_end != Some(m)
                && !(self.raw(m) == "and" && another_role()));
        if list {
            // (A field's complement that runs into a list or a name is
            // left out: the title ends before its "of".)
            let (of, n) = field_at?;
            m = of;
            taken.truncate(n);
        }
        for k2 in taken {
            self.take_run(k2);
        }
        Some((k, m, t))
    }

    /// Whether a title phrase starting in `a..g` ends at token `g` (the
    /// title of a name that starts there: "… Prime Minister Ann Roy").
    fn title_ends_at(&self, a: usize, g: usize) -> bool {
        (a..g).any(|p| {
            self.title_phrase(p, g, false)
                .is_some_and(|(te, _)| te == g)
        })
    }

    /// Whether the capitalised run `k..m` right after a title's
    /// preposition names a field of work: no determiner and no place or
    /// organization in it ("of Aviation", not "of the Navy", "of Ohio").
    fn bare_field(&self, k: usize, m: usize) -> bool {
        k >= 1 && self.is_word(k - 1) && self.raw(k - 1) != "the" && self.unblocked(k, m)
    }

    /// Whether no token of `a..b` lies in a place's or organization's
    /// span.
    fn unblocked(&self, a: usize, b: usize) -> bool {
        (a..b).all(|i| !self.info[i].blocked())
    }

    /// The first token of the places' and organizations' mentions in a
    /// row that take token `s` when they run on before `s` over a comma or
    /// "and" ("Commerce, Science, and Harbors Committee"), else `s`.
    fn listed_name_start(&self, s: usize) -> usize {
        if !self.info[s].taken() {
            return s;
        }
        let k = self.mentions_start(s);
        let listed =
            (k..s).any(|x| self.is_punct(x, ",") || (self.is_word(x) && self.raw(x) == "and"));
        if listed {
            k
        } else {
            s
        }
    }

    /// The first token of the places' and organizations' mentions in a
    /// row that end right before token `s`, in its sentence (`s` when
    /// none does).
    fn mentions_start(&self, s: usize) -> usize {
        let mut k = s;
        // (Not over a heading's line.)
        while k > 0
            && self.info[k - 1].taken()
            && !self.toks[k].newline_before
            && !self.info[k].sent_start()
        {
            k -= 1;
        }
        k
    }

    /// The first token of an organization's name before its acronym in
    /// brackets, right before token `s`: "Harbor Safety Administration
    /// (HSA) Administrator Ann Roy" (`s` when there is none).
    fn bracketed_name_start(&self, s: usize) -> usize {
        let bracketed = s >= 4
            && self.is_punct(s - 1, ")")
            && self.is_word(s - 2)
            && self.info[s - 2].caps()
            && self.is_punct(s - 3, "(")
            && self.info[s - 4].taken()
            && !self.toks[s - 3].newline_before;
        if !bracketed {
            return s;
        }
        let k = self.mentions_start(s - 3);
        if k < s - 3 {
            k
        } else {
            s
        }
    }

    /// The token after a possessor of at most four words starting at `k`
    /// ("Vermont's", "Orvane Motors'", "company's"), if one is there.
    fn possessor_end(&self, k: usize) -> Option<usize> {
        let mut i = k;
        while i < (k + 4).min(self.toks.len()) && self.is_word(i) {
            if self.info[i].possessive() {
                return Some(i + 1);
            }
            // A plural's: "Motors'".
            let apostrophe = |p: usize| self.is_punct(p, "'") || self.is_punct(p, "\u{2019}");
            if self.raw(i).ends_with('s') && apostrophe(i + 1) && !self.toks[i + 1].space_before {
                return Some(i + 2);
            }
            if !self.toks[i].cap() {
                return None;
            }
            i += 1;
        }
        None
    }

    /// The title `t` ending at `te` taken on over the titles right after it
    /// before the run's end `e`: two titles in a row are one phrase,
    /// "Chairman Senator Ann Roy", "Commissioner General Tom Reed" (not
    /// over an honorific, nor a given name that is also a title: "Rep. Earl
    /// Orr").
    fn titles_in_a_row(&self, mut te: usize, mut t: Title, e: usize) -> (usize, Title) {
        while let Some((te2, t2)) = self.title_phrase(te, e, false) {
            let given = self.lex.given_entry(self.word(te)).is_some();
            if te2 >= e || t2.kind == TitleKind::Honorific || given {
                break;
            }
            (te, t) = (te2, t2);
        }
        (te, t)
    }

    /// A title phrase inside the run `s..e` after one to three capitalised
    /// words that [`Self::title_phrase`] takes for no modifiers because the
    /// first is a given name ("Lorton", "Cedar Hill Elementary"), then a
    /// name opening with a given name or an initial: the title's span from
    /// `s` (the words before it qualify it, as places do), its end and the
    /// title. (Asked only when a listed title may end in the run:
    /// [`Detector::title_may_end_in`].)
    fn title_after_modifiers(&self, s: usize, e: usize) -> Option<(usize, usize, Title)> {
        // (The first word is a given name.)
        self.given(s)?;
        let mut q = self.element_end(s);
        for _ in 0..3 {
            if q >= e || !self.is_word(q) || !self.toks[q].cap() || self.info[q - 1].possessive() {
                return None;
            }
            if let Some((mut te, mut t)) = self.title_phrase(q, e, false) {
                // ("Fort Lyle Commander Col. Ann Roy".)
                (te, t) = self.titles_in_a_row(te, t, e);
                let opens = te < e && (self.given(te).is_some() || self.initial(te));
                return (opens && self.words(te, e) >= 2 && self.valid_name(te, e))
                    .then_some((s, te, t));
            }
            q = self.element_end(q);
        }
        None
    }

    /// Whether a comma and a US state follow token `e`, and the state ends
    /// its phrase: no capitalised word, possessive or role after it (not
    /// "Ann Roy, Idaho Farm Bureau president", "Ann Roy, Ohio secretary of
    /// state").
    fn before_state(&self, e: usize) -> bool {
        if !self.is_punct(e, ",") {
            return false;
        }
        let Ok(k) = self.states.binary_search_by_key(&(e + 1), |&(a, _)| a) else {
            return false;
        };
        let end = self.states[k].1;
        if end >= self.toks.len() || self.toks[end].newline_before {
            return true;
        }
        let role = || {
            self.is_word(end)
                && self
                    .lex
                    .title_of_word(self.raw(end), &mut self.key.borrow_mut())
                    .is_some()
        };
        !(self.toks[end].cap()
            || self.is_punct(end, "'")
            || self.is_punct(end, "\u{2019}")
            || role())
    }

    /// Whether two or three name words `a..e` are set off by a comma
    /// before "who" and a verb: "…, and Tavo Kerrin, who was taken in
    /// June" (a relative clause only a person takes). Not after an
    /// article, a determiner or "of", "for", "to", where the words name a
    /// thing or a group ("tickets for the Harbor Drifters, who play …"),
    /// nor a plural no surname list knows.
    fn who_after(&self, a: usize, e: usize) -> bool {
        // (The cheap tests first: most runs have no ", who" after them.)
        let who = self.is_punct(e, ",")
            && self.is_word(e + 1)
            && self.raw(e + 1) == "who"
            && self.is_word(e + 2)
            && matches!(
                self.raw(e + 2),
                "is" | "was" | "has" | "had" | "will" | "would" | "served" | "died" | "lives"
            );
        if !who || !(2..=3).contains(&self.words(a, e)) {
            return false;
        }
        let thing = a >= 1
            && self.is_word(a - 1)
            && [
                "the", "a", "an", "of", "for", "to", "this", "that", "its", "their",
            ]
            .iter()
            .any(|d| self.raw(a - 1).eq_ignore_ascii_case(d));
        let last = self.word(e - 1);
        let plural = last.ends_with('s') && !self.lex.surname(last);
        !thing && !plural && (a..e).all(|i| !self.is_word(i) || self.not_name(i).is_none())
    }

    /// A person verb next to the name `a..e`: "Smith said", "said Smith",
    /// "according to Smith".
    fn verb_context(&self, a: usize, e: usize) -> bool {
        let mut n = e;
        if self.is_word(n)
            && matches!(
                self.raw(n),
                "has" | "had" | "also" | "then" | "later" | "again" | "himself" | "herself"
            )
        {
            n += 1;
        }
        if self.is_word(n)
            && !self.toks[n].cap()
            && self.lex.verb(self.raw(n)).is_some_and(|v| v.after)
        {
            return true;
        }
        if a >= 1 && self.is_word(a - 1) && !self.toks[a - 1].cap() {
            if self.lex.verb(self.raw(a - 1)).is_some_and(|v| v.before) {
                // "said Herons owner Jeff Doe": a modifier, not a name.
                let modifier = (e..(e + 3).min(self.toks.len()))
                    .take_while(|&i| self.is_word(i))
                    .any(|i| self.toks[i].cap())
                    && self.is_word(e)
                    && !self.toks[e].cap();
                return !modifier;
            }
            if a >= 2
                && self.raw(a - 1) == "to"
                && self.raw(a - 2).eq_ignore_ascii_case("according")
            {
                return true;
            }
        }
        false
    }

    /// Whether the word in lower case at `k`, after a title, is a noun the
    /// title modifies: no preposition, conjunction, relative, adverb,
    /// participle or verb, and a verb or a preposition right after it
    /// ("the delegate count is", "the campaign manager role in").
    fn modified_noun(&self, k: usize) -> bool {
        let w = self.raw(k);
        // (Past the words that carry a name on, those that end a role:
        // "the mayor there is", "the chair emeritus was"; and participles:
        // "a businessman arrested in …".)
        self.continues_lower(k)
            && !post_title_word(w)
            && !matches!(w, "whose" | "himself" | "herself" | "said")
            && !w.ends_with("ly")
            && !w.ends_with("ed")
            && !w.ends_with("ing")
            && self.is_word(k + 1)
            && matches!(
                self.raw(k + 1),
                "is" | "was" | "are" | "were" | "has" | "had" | "will" | "would" | "in" | "of"
            )
    }

    /// Whether the capitalised words ending at `e` follow "whether", "if",
    /// "unless" or "when" (a few tokens back at most).
    fn conditional_before(&self, e: usize) -> bool {
        let mut k = e;
        let opener = |k: usize| {
            self.is_word(k)
                && matches!(
                    self.raw(k),
                    "whether" | "if" | "unless" | "when" | "Whether" | "If" | "Unless" | "When"
                )
        };
        // (Back over capitalised tokens, stopping at a capitalised opener.)
        while k > 0
            && k + 6 > e
            && (self.toks[k - 1].cap() || self.is_punct(k - 1, "."))
            && !opener(k - 1)
        {
            k -= 1;
        }
        k > 0 && k < e && opener(k - 1)
    }

    /// Whether a title inside the run `s..e` is followed by a name of two
    /// words or more: "Dover Mayor Ann Roy" (not "Bishop Hill").
    fn titled_name_in(&self, s: usize, e: usize) -> bool {
        self.title_may_end_in(s, e)
            && self
                .title_phrase_in(s, e, false)
                .is_some_and(|(te, _)| self.words(te, e) >= 2)
    }

    /// Whether the run at `s` names a place after a place's word and
    /// "of": "the Town of Merle Haven", "City of Grand Ledge".
    fn place_of(&self, s: usize) -> bool {
        s >= 2
            && self.is_word(s - 1)
            && self.raw(s - 1) == "of"
            && self.is_word(s - 2)
            && matches!(
                self.raw(s - 2),
                "Town" | "City" | "Village" | "Borough" | "Township" | "County" | "Port"
            )
    }

    /// Whether the run `s..e` follows "of" right after a person's name:
    /// the person's home or employer, "Drew Hale of Belle Plaine; Ann
    /// Roy of Cedar Falls".
    fn hometown_of(&self, s: usize, e: usize) -> bool {
        // (Not a title's complement: "Clinton Chief of Staff Ann Roy"; nor
        // a possessive's owner: "Ann Roy of Tom Hale's office".)
        s >= 2
            && self.is_word(s - 1)
            && self.raw(s - 1) == "of"
            && self.out.findings.last().is_some_and(|f| f.toks.1 == s - 1)
            && self.title_at(s - 2, s - 1).is_none()
            && !(s..e).any(|i| self.info[i].possessive())
    }

    /// Whether the run `s..e` opens the name of a law or a bill:
    /// "the Harbor Abatement and Safety Act" (joined words in capitals
    /// up to a last "Act" or "Bill", within a few tokens).
    fn in_law_name(&self, s: usize, e: usize) -> bool {
        // (A person before the law's supporters keeps the name: "Sen. Ann
        // Roy and Farm Bill negotiators", "Ann Roy and …": a title, or a
        // surname the lists know.)
        if !(self.is_word(e) && matches!(self.raw(e), "and" | "of" | "for")) {
            return false;
        }
        let law = (e + 1..(e + 6).min(self.toks.len()))
            .take_while(|&k| self.is_word(k) && (self.toks[k].cap() || self.raw(k) == "and"))
            .any(|k| {
                // (Not the given name of "Ann Roy and Bill Hale", "Ann
                // Roy and Bill and Jo Hale".)
                k > e + 1 && matches!(self.raw(k), "Act" | "Bill") && !self.cap(k + 1)
            });
        // (The law first: the person's tests are asked only before one.)
        law && !self.lex.surname(self.word(e - 1))
            && !self.after_title(s)
            && !self.title_may_end_in(s, e)
    }

    /// Whether the run at `s` stands in a list of places that a plural
    /// place noun introduces ([`crate::entity::in_place_list`]).
    fn in_place_list(&self, s: usize) -> bool {
        crate::entity::in_place_list(
            self.toks,
            self.words,
            s,
            crate::entity::PLACE_NOUNS,
            &self.place_list,
        )
    }

    /// Whether the words `a..b` after a title end in a title's head and
    /// hold no given name: "Medical Officer" after "Chief".
    fn ends_in_head_title(&self, a: usize, b: usize) -> bool {
        self.is_word(b - 1)
            && self
                .lex
                .title_of_word(self.raw(b - 1), &mut String::new())
                .is_some_and(|t| t.kind == TitleKind::Head)
            && (a..b).all(|i| !self.is_word(i) || self.given(i).is_none())
    }

    /// Judges one run by the rules, in order of strength.
    fn judge(&mut self, (s, e): (usize, usize)) {
        if e - s > MAX_NAME_RUN {
            return;
        }
        // "St. George", "Saint Joe Basin": a saint's name makes a place or
        // an institution, not a person (what follows it is judged on its
        // own: "St. Louis Mayor Ann Roy"); so does a name before "'s
        // County" ("Queen Anne's County", "Prince George's County").
        let saint = |k: usize| matches!(self.raw(k), "St" | "Ste" | "Saint");
        let after_saint =
            (s >= 2 && self.is_punct(s - 1, ".") && self.is_word(s - 2) && saint(s - 2))
                || (s >= 1 && self.is_word(s - 1) && saint(s - 1));
        // A participle opening the sentence is no part of the name after
        // it either: "Joining Senator Hale were …", "Accompanying Sen. Ann
        // Roy". (Verbs that take the name as object; not "Acting Mayor",
        // "Presiding Judge".)
        let participle = self.info[s].sent_start()
            && matches!(
                self.raw(s),
                "Joining"
                    | "Accompanying"
                    | "Including"
                    | "Introducing"
                    | "Welcoming"
                    | "Thanking"
                    | "Following"
                    | "Praising"
                    | "Honoring"
                    | "Congratulating"
                    | "Featuring"
                    | "Urging"
                    | "Quoting"
                    | "Citing"
            )
            // A letter's salutation, wherever it stands: "Dear Chairman
            // Hale:", "…, wrote: Dear Chairman Hale and …".
            || self.raw(s) == "Dear";
        // An attribution inverted: "Said Roy, “…”" (a comma or a colon
        // after the name; not the given name in "Said Karim has sold …").
        let inverted = self.info[s].sent_start()
            && matches!(
                self.raw(s),
                "Said" | "Says" | "Added" | "Adds" | "Stated" | "Wrote" | "Continued" | "Explained"
            )
            && (self.is_punct(e, ",") || self.is_punct(e, ":"));
        // A party's adjective before a given name: "Republican Ann Roy".
        // (A party's word that is a title is read as one: "Democrat Ann
        // Roy".)
        let party = e > s + 1
            && crate::entity::places::words::is_party_adjective(self.raw(s))
            && self.given(s + 1).is_some()
            && self
                .lex
                .title_of_word(self.raw(s), &mut String::new())
                .is_none();
        if after_saint || participle || inverted || party {
            let rest = self.element_end(s);
            if rest < e && self.cap(rest) {
                self.judge((rest, e));
            }
            return;
        }
        // "Fort Sam Houston", "Camp John Hay": a place named after a
        // person (a given name right after the prefix) is no person,
        // unless a title in the run opens a name of its own ("Fort Worth
        // Mayor Ann Roy"; "Camp Pendleton Marine Ann Roy" is judged as any
        // run).
        if e > s + 1
            && matches!(
                self.info[s].not_name,
                Some(NotName::Prefix | NotName::PlacePrefix)
            )
            && self.given(s + 1).is_some()
            && !self.title_may_end_in(s, e)
        {
            return;
        }
        // (Or a list of counties it opens: "Queen Anne's and Talbot
        // Counties"; a few words on.)
        let county_noun = |k: usize| {
            self.is_word(k) && matches!(self.raw(k), "County" | "Parish" | "Counties" | "Parishes")
        };
        let county = e > s
            && self.info[e - 1].possessive()
            && (e..(e + 12).min(self.toks.len()))
                .take_while(|&k| {
                    self.cap(k)
                        || self.is_punct(k, ",")
                        || (self.is_word(k) && self.raw(k) == "and")
                })
                .any(county_noun);
        // (A title in the run opens its own phrase: "City of Dover Mayor
        // Ann Roy said".)
        let of_place = (self.place_of(s) || self.hometown_of(s, e)) && !self.titled_name_in(s, e);
        let place_list = || self.in_place_list(s) && !self.title_may_end_in(s, e);
        if county || of_place || self.in_law_name(s, e) || place_list() {
            return;
        }
        // "the ferry Maria Celeste", "his memoir Holly Brook": the name of
        // a craft or a work, not a person. (Not where the phrase is a place
        // and a subject follows: "Aboard the boat Ann Roy said …".)
        if s >= 1
            && self.is_word(s - 1)
            && !self.toks[s - 1].cap()
            && (crate::entity::places::words::is_vessel_word(self.raw(s - 1))
                || is_work_word(self.raw(s - 1)))
            && !(s >= 3
                && self.is_word(s - 3)
                && ["on", "aboard", "in", "at", "from", "onboard"]
                    .iter()
                    .any(|p| self.raw(s - 3).eq_ignore_ascii_case(p)))
            && !(self.is_word(e) && matches!(self.raw(e), "said" | "says" | "told"))
        {
            return;
        }
        let ends_phrase = || {
            e >= self.toks.len()
                || !self.is_word(e)
                || self.lex.verb(self.raw(e)).is_some_and(|v| v.after)
        };
        // (Nor a word before a company's nouns: "Enlow shares fell",
        // "Enlow employees".)
        let company = || {
            self.is_word(e)
                && matches!(
                    self.raw(e),
                    "shares" | "stock" | "shareholders" | "stockholders" | "employees"
                )
        };
        if self.words(s, e) == 1
            && ((s >= 1
                && self.is_word(s - 1)
                && matches!(self.raw(s - 1), "the" | "a" | "an" | "The")
                && ends_phrase())
                || company())
        {
            self.out.not_person.insert(self.word(s).to_string());
        }
        // All-caps runs (acronyms) and headline runs are people only when
        // they repeat a name found in the body; suffixes alone are nobody.
        let all_caps =
            (s..e).all(|i| !self.is_word(i) || self.info[i].caps() || !self.toks[i].cap());
        let suffixes = (s..e).all(|i| !self.is_word(i) || self.lex.suffix(self.raw(i)));
        if suffixes {
            return;
        }
        if all_caps || self.info[s].headline() {
            // ("CEO of the Harbor Trust Ann Roy": a title in capitals and
            // its complement.)
            let title = (!self.info[s].headline() && self.complement_prep(e).is_some())
                .then(|| self.title_phrase(s, e, false))
                .flatten()
                .filter(|&(te, t)| te == e && t.kind != TitleKind::Honorific);
            match title {
                Some((te, t)) => self.role(s, te, t),
                None => self.candidate(s, e, None),
            }
            return;
        }
        // "Chief executive Ann Roy", "Chief executive of Acme Ann Roy": a
        // title in lower case that the sentence's capital opens.
        if self.info[s].sent_start() && e == s + 1 {
            let limit = (s + self.lex.title_max_tokens).min(self.toks.len());
            let lower = self.title_at(s, limit).filter(|&(te, t)| {
                te > e
                    && (e..te).all(|k| !self.toks[k].cap())
                    && !matches!(t.kind, TitleKind::Prefix | TitleKind::Honorific)
            });
            if let Some((te, t)) = lower {
                match self.peek_run(te) {
                    Some((a, b)) if a == te && self.valid_name(a, b) => {
                        self.take_run(a);
                        self.find(a, b, Some((s, te)), Some(t));
                    }
                    _ => self.role(s, te, t),
                }
                return;
            }
        }
        // A title inside the run: "President Ortega", "UN Secretary-General".
        // (Whether a listed title may end in the run is asked once, for
        // this rule and the next.)
        let title_may_end = self.title_may_end_in(s, e);
        let title = title_may_end
            .then(|| self.title_phrase_in(s, e, false))
            .flatten();
        if let Some((mut te, mut t)) = title {
            (te, t) = self.titles_in_a_row(te, t, e);
            // A capitalised word no run takes may open the title: "Under
            // Secretary Dorr" (not "under President Lind").
            let mut ts = s;
            if s >= 1 && self.cap(s - 1) {
                if let Some((end, t2)) = self.title_at(s - 1, te) {
                    if end == te && t2.kind != TitleKind::Prefix {
                        (ts, t) = (s - 1, t2);
                    }
                }
            }
            // A prefix in lower case opens it too: "former President
            // Hale", "then-Sen. Hale" (the title is of the past).
            if ts == s {
                if let Some(p) = self.prefix_before(s) {
                    ts = p;
                }
            }
            // So does the start of an organization's name that a list's
            // commas cut from the run: "Senate Commerce, Science, and
            // Harbors Committee Chairman Ann Roy".
            if ts == s {
                ts = self.listed_name_start(s);
            }
            // Or before its acronym in brackets: "Harbor Safety
            // Administration (HSA) Administrator Ann Roy".
            if ts == s {
                ts = self.bracketed_name_start(s);
            }
            // (A determiner at a sentence's start too: "The King said".)
            let determiner = s >= 1
                && self.is_word(s - 1)
                && (!self.toks[s - 1].cap()
                    || self.determines(s - 1)
                    || matches!(self.raw(s - 1), "This" | "That"));
            if te >= e
                && self.words(s, e) == 1
                && t.capitalised_only
                && t.kind != TitleKind::Plural
                && !determiner
                && self.lex.surname(self.raw(s))
                && self.verb_context(s, e)
            {
                // "King said": a surname that is also a title (not
                // "Congressman said").
                self.find(s, e, None, None);
            } else if te >= e || self.ends_in_head_title(te, e) {
                // (The whole run a title, its last word a title's head:
                // "Chief Medical Officer of …" is no Mr. Medical Officer.)
                self.role(ts, e.max(te), t);
            } else if self.valid_name(te, e) && !self.abstract_noun_alone(te, e) {
                self.find(te, e, Some((ts, te)), Some(t));
            } else {
                self.candidate(te, e, Some(false));
            }
            return;
        }
        // A place or an institution named like a person, then a title and
        // a name: "Lorton Mayor Ann Roy", "Cedar Hill Elementary Principal
        // Tom Reed", "Grant Communications Director Ann Roy". (The name
        // opens with a given name, an initial or another title, so a
        // surname that is a title stays a name: "Ann King Cole", "Larry
        // King Live".)
        if let Some((ts, te, t)) = title_may_end
            .then(|| self.title_after_modifiers(s, e))
            .flatten()
        {
            self.find(te, e, Some((ts, te)), Some(t));
            return;
        }
        // A title before it in lower case: "coach Dave Smith". (Not the
        // adjective after a determiner: "its principal Ford dealership",
        // "the principal Marsh heirs".)
        if let Some((ts, te, t)) = self.title_before(s, e) {
            let adjective = te == ts + 1
                && self.raw(ts) == "principal"
                && ts > 0
                && self.is_word(ts - 1)
                && matches!(
                    self.raw(ts - 1),
                    "the" | "The" | "its" | "Its" | "a" | "their" | "his" | "her" | "our"
                );
            // (A plural occupation opens a list, not the subject of a
            // clause that describes it: "the lawyers Ann Roy hired".)
            let lone_plural = t.kind == TitleKind::Plural
                && t.lower_case_only
                && self.is_word(e)
                && !self.toks[e].cap()
                && !matches!(
                    self.raw(e),
                    "and" | "or" | "of" | "from" | "at" | "in" | "with" | "for" | "on"
                );
            if !adjective && !lone_plural && self.valid_name(s, e) {
                self.find(s, e, Some((ts, te)), Some(t));
                return;
            }
        }
        // An honorific before it: "They thanked Mr. Smith", "Ms. Lane",
        // "Dr. Ann Roy, dean of …" (a title; "Mr." is none, but the role
        // after the name is).
        if let Some((p, mut t)) = self.honorific_before(s) {
            if self.valid_name(s, e) {
                // (A couple's honorific says nothing of the other one's
                // gender: "Senator and Mrs. Hale", "Mr. and Mrs. Hale".)
                if self.couple_before(p) {
                    t.gender = None;
                }
                self.find(s, e, Some((p, s)), Some(t));
                return;
            }
        }
        // A name set off before a US state that ends its phrase is a
        // town's: "Pellam Ferry, Idaho, and …", "at Wenda Falls, N.Y."
        // (not a given name and a surname the lists know, "Ann Roy,
        // Ohio,").
        if self.before_state(e) && (s + 1..e).all(|k| !self.toks[k].newline_before) {
            // (A suffix is no surname: "Tom Hale Jr., Texas".)
            let mut last = e - 1;
            while last > s && (!self.is_word(last) || self.lex.suffix(self.raw(last))) {
                last -= 1;
            }
            let person = last > s
                && self.given(s).is_some()
                && self.lex.surname(self.word(last))
                && self.not_name(last).is_none();
            if !person {
                // (A person if named so elsewhere: "Dquan Whitlock, Ohio,
                // … Whitlock said"; not one word, nor after a preposition,
                // "in Pellam, Ohio,".)
                let place_before = s > 0
                    && self.is_word(s - 1)
                    && (crate::entity::places::words::is_locative(self.raw(s - 1))
                        || matches!(self.raw(s - 1), "the" | "of"));
                if self.words(s, e) >= 2 && !place_before {
                    self.candidate(s, e, None);
                }
                return;
            }
        }
        // Leading places, organizations and acronyms are modifiers.
        let mut a = s;
        while a < e
            && self.is_word(a)
            && (self.info[a].caps()
                || (self.info[a].blocked() && self.given(a).is_none())
                || (a == s
                    && (self.info[a].sent_start()
                        || (english_gerund(self.word(a)) && self.words(s, e) >= 2))
                    && self.unknown_form(a)))
        {
            a = self.element_end(a);
        }
        // (A town's name that no place took, the article writing it as a
        // surname, may repeat a person's name: "Barack Obama … Obama
        // said" ([`super::propagate`]).)
        if a >= e {
            if (s..e).all(|i| !self.is_word(i) || self.info[i].match_only()) {
                self.candidate(s, e, Some(false));
            }
            return;
        }
        if !self.is_word(a) {
            return;
        }
        // A given name followed by more name words.
        let mut g = a;
        while g < e {
            // (Not a nickname in parentheses: "Sandford (Sandy) Blitz".)
            let nickname = g > a && self.is_punct(g - 1, "(");
            if !nickname
                && self.given(g).is_some()
                && self.words(g, e) >= 2
                && self.valid_name(g, e)
            {
                let prefix_ok = (a..g).all(|i| !self.is_word(i) || self.given(i).is_none());
                if prefix_ok {
                    // (Initials before the given name are the name's: "W.
                    // Ann Crain".)
                    // (One or two, no acronym's: not "F.B.I. Tom Hale".)
                    let letters = (a..g).filter(|&i| self.is_word(i)).count();
                    let initials = letters <= 2
                        && (a..g).all(|i| {
                            !self.is_word(i) || (self.initial(i) && !self.info[i].blocked())
                        });
                    let from = if initials && self.valid_name(a, e) {
                        a
                    } else {
                        g
                    };
                    self.found(from, e);
                    return;
                }
            }
            g = self.element_end(g);
        }
        if !self.valid_name(a, e) {
            self.candidate(a, e, Some(false));
            return;
        }
        // An initial and a surname: "J. Smith", "T. O'Brien".
        if self.initial(a) && !self.initial(a + 2) && self.words(a, e) >= 2 && self.unblocked(a, e)
        {
            self.found(a, e);
            return;
        }
        // An age before or after the name: "20-year-old Jane Doe",
        // "Doe, 45, said".
        let age_after = self.is_punct(e, ",")
            && e + 2 < self.toks.len()
            && self.toks[e + 1].kind == TokenKind::Number
            && self.raw(e + 1).len() <= 3
            && self.is_punct(e + 2, ",");
        if age_after
            || (a >= 3
                && self.raw(a - 1) == "old"
                && self.hyphen(a - 2)
                && self.raw(a - 3) == "year")
        {
            self.found(a, e);
            return;
        }
        // A result list: "Jane Doe (Kenya) 2:09.12".
        if self.words(a, e) >= 2
            && self.is_punct(e, "(")
            && self.is_word(e + 1)
            && self.info[e + 1].blocked()
            && self.unblocked(a, e)
        {
            let mut k = e + 1;
            while k < self.toks.len() && k < e + 6 && self.info[k].blocked() {
                k += 1;
            }
            if self.is_punct(k, ")") {
                self.found(a, e);
                return;
            }
        }
        // A role phrase in apposition: "Smith, the mayor of Springfield,".
        // (Not a word in a list of capitalised words, one of them a title:
        // "the Commerce, Justice, Science bill"; but "Kell, Chairman,
        // Lorton Rotary Club".)
        // (A role after "is" makes a person only of two words or more that
        // the lists know: not "Acme Widgets is a leader in …".)
        // (Nor of one word, unless a person found before bears it: not
        // "Ford is a member of …", a firm; "Ann Roy … Roy is a member of
        // …" is hers.)
        let predicate = self.is_word(e)
            && matches!(self.raw(e), "is" | "serves")
            && if self.words(a, e) < 2 {
                let w = self.word(a);
                !self.out.findings.iter().rev().take(64).any(|f| {
                    self.text.get(f.name.range()).is_some_and(|n| {
                        n.len() > w.len() && n.ends_with(w) && n[..n.len() - w.len()].ends_with(' ')
                    })
                })
            } else {
                self.given(a).is_none() && !self.lex.surname(self.word(e - 1))
            };
        if let Some((ts, te, t)) = (!predicate).then(|| self.apposition_after(e)).flatten() {
            let known = self.given(a).is_some() || self.lex.surname(self.word(a));
            // (Also when "and" closes the list: "Commerce, Justice, and
            // Science".)
            let closed = self.is_word(te + 1) && self.raw(te + 1) == "and" && self.cap_word(te + 2);
            // (After a body's "on", "of" or "for": not "signed by Ann Roy,
            // Chairman, and Tom Hale, …".)
            let complement =
                a >= 1 && self.is_word(a - 1) && matches!(self.raw(a - 1), "on" | "of" | "for");
            // (Or when the last item ends a law's name:
            // "Harbors, Justice, and Transit Appropriations Act".)
            // (Its words after the item's first: not "…, and Bill Roy,
            // Treasurer".)
            let law = || {
                (te + 2..te + 7)
                    .take_while(|&k| self.cap_word(k))
                    .skip(1)
                    .any(|k| matches!(self.raw(k), "Act" | "Acts" | "Appropriations"))
            };
            let listed = self.words(a, e) == 1
                && te == ts + 1
                && self.is_punct(te, ",")
                && (self.cap_word(te + 1) || (closed && (complement || law())))
                && !(known && self.cap_word(te + 2));
            if !listed {
                self.find(a, e, Some((ts, te)), Some(t));
                return;
            }
        }
        // A person verb: "Smith said", "according to Smith".
        let unblocked = self.unblocked(a, e);
        // One word that no name list knows.
        let unknown_word =
            self.words(a, e) == 1 && self.given(a).is_none() && !self.lex.surname(self.word(a));
        // "Democrats said": a plural no name list knows.
        let plural = unknown_word && self.word(a).ends_with('s');
        let adverb =
            plural || (self.words(a, e) == 1 && self.info[a].sent_start() && self.unknown_form(a));
        // "The head of Acme says": one word after "of" is what the phrase
        // before it belongs to, not its speaker (unless a given name or a
        // surname: "A lawyer for Okafor said").
        let complement = unknown_word
            && a >= 1
            && self.is_word(a - 1)
            && matches!(self.raw(a - 1), "of" | "for" | "at");
        // "Workers in Dayton said": one word where a place goes, after
        // "in" or "near", is the subject's place, known name or not.
        let one_word_place = self.words(a, e) == 1
            && a >= 1
            && self.is_word(a - 1)
            && matches!(self.raw(a - 1), "in" | "near");
        // "Ann Roy, 21, of Dover said": a hometown after a comma and "of".
        let hometown =
            a >= 2 && self.is_word(a - 1) && self.raw(a - 1) == "of" && self.is_punct(a - 2, ",");
        if unblocked
            && !adverb
            && !complement
            && !one_word_place
            && !hometown
            && (self.verb_context(a, e) || self.who_after(a, e))
        {
            self.found(a, e);
            if self.words(a, e) == 1 {
                if let Some(f) = self.out.findings.last_mut() {
                    f.weak = true;
                }
            }
            return;
        }
        // Name words ending in a known surname: "Kestrel Whitfield"; not after
        // an article, which makes them a thing's name ("the Iron Gate").
        let article = a >= 1
            && self.is_word(a - 1)
            && matches!(self.raw(a - 1), "the" | "a" | "an" | "The" | "A" | "An");
        // (Or a surname first and a romanized given name of two syllables:
        // "Wong Tsz-chung".)
        // (The shape first, the surname last: asked only where the rule
        // may apply.)
        let surname_first = || {
            let second = self.element_end(a);
            second < e
                && self.element_end(second) == e
                && e > second + 2
                && self.hyphen(second + 1)
                && !self.toks[second + 2].cap()
                && self.lex.surname(self.word(a))
        };
        // (Nor, without a given name first, where a place goes: after "in",
        // "at" or "near" ("in Little Compton", "at Belleau Wood"; not "in
        // Kestrel Whitfield's office"), or in a list of places.)
        let place_slot = || {
            let possessive = self.is_punct(e, "'")
                || self.is_punct(e, "\u{2019}")
                || self.raw(e - 1).ends_with("'s")
                || self.raw(e - 1).ends_with("\u{2019}s");
            let after_preposition = a >= 1
                && self.is_word(a - 1)
                && matches!(self.raw(a - 1), "in" | "at" | "near")
                && !possessive;
            // (Places on both sides, among the four items before and after
            // it: "Cranston, Johnston, Little Compton, and Newport"; not
            // "governor of Ohio, Ann Roy" nor "Ann Roy, Dover".)
            let listed_place =
                a >= 1 && self.place_listed(a - 1, false) && self.place_listed(e, true);
            self.given(a).is_none() && !self.initial(a) && (after_preposition || listed_place)
        };
        if self.words(a, e) >= 2
            && !article
            && (self.lex.surname(self.word(e - 1)) || surname_first())
            && self.unblocked(a, e)
            && !thing_word(self.word(a))
            && !place_slot()
        {
            self.found(a, e);
            return;
        }
        // (`valid_name(a, e)` held above, and nothing since has changed
        // what it reads.)
        self.candidate(a, e, Some(true));
    }
}

/// Whether `word` may follow a title inside its phrase: "the governor
/// there", "the chair emeritus", "president emerita of …", "the mayor
/// elect", "chairwoman ex officio", "the speaker pro tempore".
fn post_title_word(word: &str) -> bool {
    matches!(
        word,
        "there"
            | "here"
            | "now"
            | "then"
            | "today"
            | "emeritus"
            | "emerita"
            | "emeriti"
            | "elect"
            | "designate"
            | "ex"
            | "pro"
    )
}

/// Whether `word` may qualify a title as part of it ("city attorney",
/// "campaign manager", "housing minister", "Crown prosecutor"): not a
/// judgment of the writer's ("a strong candidate", "the embattled
/// president", "a talented leader"), which participles and adjectives in
/// these endings mostly are, nor a determiner's word or an ordinal ("the
/// other candidate", "the next mayor").
fn qualifier_word(word: &str) -> bool {
    const JUDGMENTS: &[&str] = &[
        "only",
        "strong",
        "better",
        "good",
        "great",
        "proven",
        "legendary",
        "real",
        "true",
        "big",
        "clear",
        "key",
        "staunch",
        "fierce",
        "vocal",
        "loyal",
        "popular",
        "prominent",
        "independent",
        "excellent",
        "eminent",
        "fervent",
        "ardent",
        "other",
        "another",
        "next",
        "last",
        "same",
        "very",
        "such",
        "own",
        "sole",
        "lone",
        "fellow",
        "second",
        "third",
        "lifelong",
        "avid",
        "veteran",
        "beloved",
    ];
    // (Nouns in "-ing" that name a field: "housing minister", "marketing
    // director".)
    const ING_NOUNS: &[&str] = &[
        "housing",
        "marketing",
        "planning",
        "training",
        "fundraising",
        "nursing",
        "engineering",
        "accounting",
        "banking",
        "policing",
        "polling",
        "zoning",
        "mining",
        "shipping",
        "publishing",
    ];
    const ENDINGS: &[&str] = &["ed", "ing", "ous", "ful", "ive", "est"];
    let b = word.as_bytes();
    let ends =
        |e: &str| b.len() >= e.len() && b[b.len() - e.len()..].eq_ignore_ascii_case(e.as_bytes());
    let is = |w: &&str| word.eq_ignore_ascii_case(w);
    !JUDGMENTS.iter().any(is) && (ING_NOUNS.iter().any(is) || !ENDINGS.iter().any(|e| ends(e)))
}

/// Whether `word`, first in a run (the caller asks only where no name
/// list knows it as a given name), names a thing rather than a person: an
/// adjective's ending ("Global Warming", "Nuclear Power", "Tropical
/// Storm") or a product's inner capital ("HealthCare Prime"; not "LeBron",
/// "JoAnn", "McKay", "MacLeod"). (Endings that end names too are left
/// out: "-al" only in "-ical", "-onal", "-ntal", "-ial", "-bal", "-eral" and
/// "-ural" ("Rural Main Streets"), not the "-val" of "Deval"; no "-ory", as
/// in "Jeffory".)
fn thing_word(word: &str) -> bool {
    const ENDINGS: &[&str] = &[
        "ical", "onal", "ntal", "ial", "bal", "eral", "ural", "ear", "lar", "ic", "ous", "ive",
        "ful", "less", "able", "ible", "ary", "ern",
    ];
    let b = word.as_bytes();
    let adjective = b.len() >= 5 && ENDINGS.iter().any(|e| word.ends_with(e));
    let inner_capital = !word.starts_with("Mac")
        && b.windows(2)
            .skip(2)
            .any(|w| w[0].is_ascii_lowercase() && w[1].is_ascii_uppercase());
    adjective || inner_capital
}

/// Nouns before the name of a craft, a book or an animal: "the ferry
/// Maria Celeste", "her memoir Holly Brook", "the horse Silver Lad". (Not
/// "film" or "book", after which a person often opens a clause: "In the
/// film Ann Roy plays a pilot".)
fn is_work_word(w: &str) -> bool {
    matches!(
        w,
        "ferry"
            | "boat"
            | "schooner"
            | "trawler"
            | "memoir"
            | "novel"
            | "horse"
            | "racehorse"
            | "colt"
            | "filly"
    )
}

/// Bytes of the possessive `'s` (or `’s`) ending word token `t`, whose
/// bytes are `b`, after at least two other bytes ("Roy's"; not "I's"), 0
/// for none.
#[inline]
fn possessive_len(b: &[u8], t: &Token) -> u8 {
    // (One branch for both tests, joined by `|`: the kind of a token and
    // the last letter of a word are coin tosses to the branch predictor,
    // but together they turn away nine tokens in ten.)
    if (t.kind != TokenKind::Word) | (b.last() != Some(&b's')) {
        return 0;
    }
    possessive_bytes(b) as u8
}

/// `word` without the `suffix` bytes of its possessive ([`possessive_len`]:
/// an ASCII `'s` or `’s`, so the cut is a char boundary).
#[inline]
pub(super) fn without_possessive(word: &str, suffix: u8) -> &str {
    word.get(..word.len() - usize::from(suffix)).unwrap_or(word)
}

/// Whether the UTF-8 bytes `b` (of a token) are one character: one byte
/// that is not a continuation byte (`str::chars().count() == 1`).
///
/// (A character has at most four bytes: a longer token is turned away
/// before its bytes are counted.)
fn one_char(b: &[u8]) -> bool {
    b.len() <= 4 && char_count(b) == 1
}

/// Whether the UTF-8 bytes `b` are at most four characters
/// (`str::chars().count() <= 4`): at most four bytes, or an ASCII word
/// can answer from its length alone.
fn at_most_four_chars(b: &[u8]) -> bool {
    b.len() <= 4 || (!b.is_ascii() && char_count(b) <= 4)
}

/// How many characters the UTF-8 bytes `b` hold: the bytes that are not
/// continuation bytes.
fn char_count(b: &[u8]) -> usize {
    b.iter().filter(|&&c| (c as i8) >= -0x40).count()
}

/// Whether a capitalised word in "-ing" is shaped like an English gerund
/// ("Fighting", "Voting", "Engineering"), not like a romanized given name
/// ("Xiaoping", "Jianping", "Guoqing", "Zhiming"): six bytes at least,
/// not opening with "x" or "q" unless "u" follows, no "ia", "ao", "uo",
/// "iu" or "ua", and not two Pinyin syllables.
fn english_gerund(w: &str) -> bool {
    let b = w.as_bytes();
    let lower = |c: u8| c.to_ascii_lowercase();
    b.len() >= 6
        && w.ends_with("ing")
        && !(matches!(lower(b[0]), b'x' | b'q') && lower(b[1]) != b'u')
        && !b.windows(2).any(|p| {
            matches!(
                [lower(p[0]), lower(p[1])],
                [b'i', b'a'] | [b'a', b'o'] | [b'u', b'o'] | [b'i', b'u'] | [b'u', b'a']
            )
        })
        && !two_pinyin_syllables(w)
}

/// Whether `w` reads as two Pinyin syllables, "Zhiming", "Huiling",
/// "Yuling" (roughly: an initial and a final each).
fn two_pinyin_syllables(w: &str) -> bool {
    const INITIALS: [&str; 24] = [
        "zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x",
        "r", "z", "c", "s", "y", "w", "",
    ];
    const FINALS: [&str; 33] = [
        "iang", "iong", "uang", "ueng", "iao", "ian", "uai", "uan", "ang", "eng", "ong", "ing",
        "ai", "ei", "ao", "ou", "an", "en", "er", "ia", "ie", "iu", "in", "ua", "uo", "ui", "un",
        "ue", "a", "o", "e", "i", "u",
    ];
    let syllable = |s: &str| {
        INITIALS.iter().any(|&i| {
            s.strip_prefix(i).is_some_and(|f| {
                FINALS.contains(&f)
                    && !(f.starts_with('i')
                        && f != "i"
                        && matches!(
                            i,
                            "zh" | "ch"
                                | "sh"
                                | "r"
                                | "z"
                                | "c"
                                | "s"
                                | "g"
                                | "k"
                                | "h"
                                | "f"
                                | "w"
                        ))
                    && !(f == "i" && matches!(i, "g" | "k" | "h" | "f" | "w" | ""))
                    && (f != "o" || matches!(i, "b" | "p" | "m" | "f" | "w" | "y" | "l"))
                    && !(matches!(i, "j" | "q" | "x")
                        && !(f.starts_with('i') || f.starts_with('u')))
            })
        })
    };
    let w = w.to_ascii_lowercase();
    w.is_ascii() && (1..w.len()).any(|k| syllable(&w[..k]) && syllable(&w[k..]))
}

/// Whether `w` (its final period dropped) is a degree written with
/// periods: "M.D", "Ph.D", "D.D.S" (short capitalised parts between
/// periods).
fn is_degree(w: &str) -> bool {
    w.contains('.')
        && w.split('.').all(|p| {
            (1..=2).contains(&p.len())
                && p.starts_with(|c: char| c.is_ascii_uppercase())
                && p.chars().all(|c| c.is_ascii_alphabetic())
        })
}

#[cfg(test)]
mod tests {
    use super::{at_most_four_chars, one_char};

    #[test]
    fn one_char_counts_characters_not_bytes() {
        for w in ["A", "É", "ß", "\u{2019}", "\u{1F600}"] {
            assert!(one_char(w.as_bytes()), "{w}");
        }
        for w in ["", "AB", "Éa", "e\u{301}", "\u{1F600}a"] {
            assert!(!one_char(w.as_bytes()), "{w}");
        }
    }

    #[test]
    fn at_most_four_chars_counts_characters_not_bytes() {
        for w in [
            "",
            "a",
            "keung",
            "Sa",
            "soon",
            "café",
            "cafés",
            "ÉÉÉÉ",
            "ÉÉÉÉÉ",
            "\u{1F600}x",
            "ab-cd",
        ] {
            assert_eq!(
                at_most_four_chars(w.as_bytes()),
                w.chars().count() <= 4,
                "{w}"
            );
        }
    }
}
