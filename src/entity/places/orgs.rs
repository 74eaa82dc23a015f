//! Organizations found by the shape of their names, without the gazetteer:
//!
//! - a run of capitalised words ending in an organization head or a company
//!   form ("Harlow Steel Group", "Verdant Mills Inc.", "Khmer Farmers
//!   Party"), or a head followed by an `of` phrase ("Ministry of Fisheries",
//!   "University of Eastvale");
//! - an acronym defined in brackets after a name ("… Purchasing Council
//!   (NPC)"), or spelling the initials of a multi-word organization of the
//!   article, wherever it appears;
//! - the short forms of a company the article names in full: "Verdant Mills
//!   Inc." is later "Verdant Mills" and "Verdant".
//!
//! Every look-around is bounded: a run takes at most [`MAX_RUN`] words, a
//! short form at most [`MAX_FORM`] words, and the scan is one pass over the
//! tokens for the runs and one for the later mentions.

use std::cell::Cell;

use crate::hash::{FxHashMap as HashMap, FxHashSet as HashSet, ShapeFilter, WordFilter, WordMap};

use once_cell::sync::Lazy;

use crate::entity::people::lexicon::Lexicon;
use crate::extractor::Context;
use crate::gazetteer::{EntryId, EntryKind};
use crate::span::Span;
use crate::text::{Token, TokenKind};
use crate::window;

use super::context::Class;
use super::words;
use super::Item;

/// How many tokens back an acronym's initials are looked for
/// ([`Scanner::spelled_by`]).
const MAX_SPELLED: usize = 16;

/// The most elements (words, connectors) a run of a name takes.
const MAX_RUN: usize = 20;
/// The most words a short form has.
const MAX_FORM: usize = 4;

/// A club found in a run: elements `l..r`, and the tokens of its short form.
type Club = (usize, usize, Option<(usize, usize)>);

/// Short forms and acronyms by their first word: the form's tokens (where
/// it was first seen) and its organization.
type Forms = HashMap<String, Vec<(Vec<usize>, usize)>>;

/// Organizations found by pattern: their names, and every mention.
#[derive(Debug, Default)]
pub(crate) struct Found<'a> {
    /// The name of each organization, its fullest form (as the text writes
    /// it: borrowed from the text).
    pub names: Vec<&'a str>,
    /// `(span, index into names)`, in text order.
    pub mentions: Vec<(Span, usize)>,
    /// The index of each name in `names`.
    index: HashMap<&'a str, usize>,
    /// The gazetteer's organizations some names stand for, by index into
    /// `names` (an acronym defined after a listed organization's name:
    /// its mentions are that organization's).
    pub entries: Vec<(usize, EntryId)>,
}

impl<'a> Found<'a> {
    /// No organization yet, with room for `n` names and `n` mentions
    /// (short forms and acronyms may still add mentions past them).
    fn with_capacity(n: usize) -> Found<'a> {
        Found {
            names: Vec::with_capacity(n),
            mentions: Vec::with_capacity(n),
            index: HashMap::with_capacity_and_hasher(n, Default::default()),
            entries: Vec::new(),
        }
    }

    /// The index of the organization named `name`, added if new.
    fn name_id(&mut self, name: &'a str) -> usize {
        let next = self.names.len();
        let o = *self.index.entry(name).or_insert(next);
        if o == next {
            self.names.push(name);
        }
        o
    }
}

/// One element of a run: a capitalised word with the punctuation joined to
/// it ("U.S.", "Inc.", "Harlow-Vale"), or a lower-case connector.
#[derive(Clone, Copy, Debug)]
struct Elem {
    /// Tokens `a..b`.
    a: usize,
    b: usize,
    /// Byte range of the word without a possessive ending.
    start: usize,
    end: usize,
    conn: bool,
    /// An organization head ("Bank", "Party"), a company form ("Inc.",
    /// "S.A.", "PLC"), and a word a name does not extend back over (a
    /// title, a day, a function word, a form of address): asked of every
    /// element of a run, more than once, so [`Scanner::runs`] sets them
    /// once for a run of two elements or more ([`Scanner::classify`]; a
    /// connector is a stop and neither of the others).
    head: bool,
    company: bool,
    stop: bool,
}

/// A name found in a run, before it is checked against the gazetteer's.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    span: Span,
    /// The span without its company form ("Verdant Mills" of "Verdant Mills
    /// Inc."), when it ends in one; the source of short forms.
    stem: Option<Span>,
    /// Tokens of the name.
    a: usize,
    b: usize,
    /// The first token of its head word.
    head: usize,
    /// A sports club, and the tokens of its short form ("Minsk" of "Dynamo
    /// Minsk" is not one; "Rovers" of "Harlow Rovers" neither; the nickname
    /// "Herons" of "Tacoma Herons" is).
    team: Option<Option<(usize, usize)>>,
}

struct Scanner<'a> {
    cx: &'a Context<'a>,
    text: &'a str,
    tokens: &'a [Token],
    /// The text of each token ([`Context::words`], held here to be read
    /// with one load less).
    words: &'a [&'a str],
    /// Per token: the item covering it, or `NONE`.
    cover: Vec<u32>,
    /// The tokens the scans start from.
    starts: Starts,
    /// The headline, when it is in title case (see [`Scanner::accept`]).
    title_headline: Option<Span>,
}

const NONE: u32 = u32::MAX;

thread_local! {
    // The scanner's tables, reused from text to text
    // ([`window::take_buffer`]; given back by `Scanner::recycle`).
    static COVER: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    static RUN: Cell<Vec<bool>> = const { Cell::new(Vec::new()) };
    static RUN_WORDS: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    static FIXTURE_WORDS: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    static BRACKETS: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    static NUMBERS: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    static CANDIDATES: Cell<Vec<Candidate>> = const { Cell::new(Vec::new()) };
    static ELEMS: Cell<Vec<Elem>> = const { Cell::new(Vec::new()) };
}

/// Finds the organizations of the article that the gazetteer rules missed,
/// and reclassifies the gazetteer matches inside them (a place inside
/// "Lisbon Grain Board" is only its modifier; one after `of` stays a place).
///
/// `starts` are the tokens the scans start from, found by the places' pass
/// over the tokens ([`Starts::read`]).
pub(crate) fn find<'a>(cx: &'a Context<'a>, starts: Starts, items: &mut [Item]) -> Found<'a> {
    let tokens = cx.tokens;
    let mut cover = window::take_buffer(&COVER);
    cover.resize(tokens.len(), NONE);
    let mut t = 0;
    for (k, item) in items.iter().enumerate() {
        // (Tokens end in order, and the items start in order: the first
        // token ending after the item's start is searched from the previous
        // item's.)
        t = crate::span::partition_from(tokens, t, |tok| tok.end() <= item.span.start());
        let mut u = t;
        while u < tokens.len() && tokens[u].start() < item.span.end() {
            cover[u] = k as u32;
            u += 1;
        }
    }
    let sc = Scanner {
        cx,
        text: cx.text,
        tokens,
        words: cx.words,
        cover,
        starts,
        title_headline: cx
            .structure
            .headline
            .as_ref()
            // (A headline's length at most: a `Title:` line may be long.)
            .filter(|h| h.span.len() <= 250 && crate::text::title_case_line(&h.text))
            .map(|h| h.span),
    };
    let mut candidates = window::take_buffer(&CANDIDATES);
    sc.runs(items, &mut candidates);
    sc.score_lines(items, &mut candidates);
    sc.opponents(items, &mut candidates);
    sc.military_units(&mut candidates);
    candidates.sort_by_key(|c| (c.span.start(), std::cmp::Reverse(c.span.end())));
    let existing = org_spans(items);
    // (Each accepted candidate adds a mention and at most one name: sized
    // once instead of grown, with the name index.)
    let mut found = Found::with_capacity(candidates.len());
    // Short forms and acronyms: first word -> (form's tokens, organization).
    let mut forms: Forms = HashMap::default();
    // Lower-case names of the article's clubs, to find them again.
    let mut teams: HashSet<String> = HashSet::default();
    let mut last_end = 0;
    for c in &candidates {
        if c.span.start() < last_end {
            continue;
        }
        if c.team.is_some() {
            // a town alone in a result is the town's club
            let k = sc.cover[c.a];
            if k != NONE && items[k as usize].span == c.span {
                let item = &mut items[k as usize];
                if item.class == Class::Place && !item.in_dateline && sc.town(item) {
                    item.class = Class::Team;
                    teams.insert(cx.text[c.span.range()].to_lowercase());
                    last_end = c.span.end();
                }
                continue;
            }
        }
        if !sc.accept(c, items, &existing) {
            continue;
        }
        last_end = c.span.end();
        let name = &cx.text[c.span.range()];
        let org = found.name_id(name);
        found.mentions.push((c.span, org));
        sc.absorb(c, items);
        if let Some(stem) = c.stem {
            sc.add_short_forms(stem, org, &mut forms);
        }
        if let Some(short) = c.team {
            teams.insert(name.to_lowercase());
            sc.add_form(c.a, c.b, org, &mut forms);
            if let Some((a, b)) = short {
                teams.insert(cx.text[sc.tokens[a].start()..sc.tokens[b - 1].end()].to_lowercase());
                sc.add_form(a, b, org, &mut forms);
            }
        }
    }
    if !teams.is_empty() {
        sc.town_teams(items, &teams);
    }
    sc.department_lists(items, &mut found);
    sc.acronyms(items, &existing, &mut found, &mut forms);
    if !forms.is_empty() {
        sc.later_mentions(&existing, &mut found, &forms);
    }
    found.mentions.sort_by_key(|(s, _)| (s.start(), s.end()));
    found.mentions.dedup_by_key(|(s, _)| *s);
    window::give_back(&CANDIDATES, candidates);
    sc.recycle();
    found
}

/// The words of an organization's name that tell it apart, in lower case
/// without a plural's "s": its words of three letters or more but the
/// generic ones ("National", "Council", "Department", "for").
fn distinctive_words(name: &str) -> Vec<String> {
    const GENERIC: &[&str] = &[
        "the",
        "for",
        "and",
        "national",
        "federal",
        "international",
        "united",
        "state",
        "american",
        "council",
        "commission",
        "committee",
        "agency",
        "office",
        "association",
        "foundation",
        "service",
        "department",
        "administration",
        "authority",
        "bureau",
        "board",
        "institute",
        "center",
        "centre",
        "organization",
        "organisation",
        "society",
        "union",
        "league",
        "football",
        "general",
        "government",
    ];
    name.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.len() >= 3)
        .map(|w| {
            let mut w = w.to_lowercase();
            if w.ends_with('s') {
                w.pop();
            }
            w
        })
        .filter(|w| !GENERIC.contains(&w.as_str()))
        .collect()
}

/// Whether two names of organizations name one body, case, a plural's "s"
/// and generic words aside ([`distinctive_words`]): they share a word that
/// tells them apart and differ in one such word at most on each side
/// ("General Accountability Office" and "Government Accountability
/// Office", "Center for …" and "Centers for …"; not "National Safety
/// Council" and "National Security Council").
fn same_body(a: &[String], b: &[String]) -> bool {
    let shared = a.iter().filter(|w| b.contains(w)).count();
    let only_a = a.iter().filter(|w| !b.contains(w)).count();
    let only_b = b.iter().filter(|w| !a.contains(w)).count();
    shared > 0 && only_a <= 1 && only_b <= 1
}

/// Whether the letters of `acronym` are initials of words of `name`, in
/// order, words without a letter skipped: "Office of Harbor Safety" (HS),
/// "U.S. Coast Patrol" (USCP); not "Grain Company" (DGC, the acronym of a
/// longer name).
fn initials_hold(name: &str, acronym: &str) -> bool {
    let mut initials = name
        .split(|c: char| c.is_whitespace() || matches!(c, '.' | '-' | '&'))
        .filter_map(|w| w.chars().next());
    // (`any` consumes: each letter matches a later word than the last.)
    acronym
        .chars()
        .filter(char::is_ascii_alphabetic)
        .all(|a| initials.any(|i| i.eq_ignore_ascii_case(&a)))
}

/// How many joining steps an element takes at most ("U.S.", "Harlow-Vale").
const ELEM_STEPS: usize = 8;
/// How many words a club name in a table takes at most.
const TEAM_WORDS_MAX: usize = 4;
/// How many tokens a club name in a table spans at most: each word an
/// element of up to `1 + 2 * ELEM_STEPS` tokens, the words after the first
/// each after an optional "of", and a bracketed code ("(B)").
const TEAM_NAME_REACH: usize = TEAM_WORDS_MAX * (1 + 2 * ELEM_STEPS) + (TEAM_WORDS_MAX - 1) + 3;

/// The organization spans the gazetteer rules made, sorted by start.
fn org_spans(items: &[Item]) -> Vec<Span> {
    let mut spans: Vec<Span> = items
        .iter()
        .filter_map(|item| match item.class {
            Class::Organization(_) | Class::Team => Some(item.span),
            Class::OrgAround { start, end } => Some(Span::new(start, end)),
            Class::PlaceInOrg { start } => Some(Span::new(start, item.span.end())),
            _ => None,
        })
        .collect();
    sort_spans(&mut spans);
    spans
}

/// Sorts `spans` by start, then end.
///
/// (The stable sort: the lists sorted here are a few runs already in
/// order, the gazetteer rules' spans in item order and the mentions found
/// after them, which it merges in linear time where the unstable sort
/// sorts them anew. Spans equal by the key are the same span, so the
/// order is the same either way.)
fn sort_spans(spans: &mut [Span]) {
    spans.sort_by_key(|s| (s.start(), s.end()));
}

/// The first span of the sorted `spans` overlapping `span`, if any (the
/// spans hardly overlap each other, so this looks at a few at most).
fn overlapping(spans: &[Span], span: Span) -> impl Iterator<Item = Span> + '_ {
    let from = spans.partition_point(|s| s.end() <= span.start());
    spans[from..]
        .iter()
        .copied()
        .take_while(move |s| s.start() < span.end())
        .filter(move |s| s.overlaps(span))
}

/// The tokens the scans start from, filled token by token by the places'
/// one pass over the tokens ([`Starts::read`]).
#[derive(Debug, Default)]
pub(crate) struct Starts {
    /// Per token: whether it may start or continue a run
    /// ([`Scanner::run_word`]); the scans ask this of most tokens, some
    /// several times.
    run: Vec<bool>,
    /// The tokens that may start a run, in order.
    run_words: Vec<u32>,
    /// The lower-case words "v", "vs", "versus" and the result verbs, in
    /// order ([`Scanner::opponents`]).
    fixture_words: Vec<u32>,
    /// The opening brackets "(", in order ([`Scanner::acronyms`]).
    brackets: Vec<u32>,
    /// The numbers, in order ([`Scanner::score_lines`]).
    numbers: Vec<u32>,
}

impl Starts {
    /// Empty lists (the thread's buffers) for a text of `n` tokens.
    pub(crate) fn for_tokens(n: usize) -> Starts {
        let mut run = window::take_buffer(&RUN);
        run.resize(n, false);
        // (Room for what news text holds, about one token in six a run
        // word, one in forty a number, so that the lists seldom grow.)
        let mut run_words = window::take_buffer(&RUN_WORDS);
        run_words.reserve(n / 4);
        let mut numbers = window::take_buffer(&NUMBERS);
        numbers.reserve(n / 16);
        Starts {
            run,
            run_words,
            fixture_words: window::take_buffer(&FIXTURE_WORDS),
            brackets: window::take_buffer(&BRACKETS),
            numbers,
        }
    }

    /// Keeps the lists' buffers for the thread's next text (when no scan
    /// reads them).
    pub(crate) fn recycle(self) {
        window::give_back(&RUN, self.run);
        window::give_back(&RUN_WORDS, self.run_words);
        window::give_back(&FIXTURE_WORDS, self.fixture_words);
        window::give_back(&BRACKETS, self.brackets);
        window::give_back(&NUMBERS, self.numbers);
    }

    /// Reads token `i`, `t`. (Inlined into the pass over the tokens.)
    #[inline(always)]
    pub(crate) fn read(&mut self, cx: &Context<'_>, i: usize, t: &Token) {
        match t.kind {
            TokenKind::Word => self.read_word(cx, i, t),
            TokenKind::Number => self.read_number(i),
            TokenKind::Punct => self.read_punct(cx, i, t),
        }
    }

    /// [`Starts::read`] of the word token `i`, `t`: for a pass that
    /// branches on the tokens' kinds already.
    #[inline(always)]
    pub(crate) fn read_word(&mut self, cx: &Context<'_>, i: usize, t: &Token) {
        if t.cap() && run_word_at(cx, i) {
            // (`run` has a flag for each token.)
            if let Some(r) = self.run.get_mut(i) {
                *r = true;
            }
            self.run_words.push(i as u32);
        } else if fixture_shape(cx.text.as_bytes()[t.start()], t.end() - t.start())
            && fixture_word(cx.words[i])
        {
            self.fixture_words.push(i as u32);
        }
    }

    /// [`Starts::read`] of the number token `i`.
    #[inline(always)]
    pub(crate) fn read_number(&mut self, i: usize) {
        self.numbers.push(i as u32);
    }

    /// [`Starts::read`] of the punctuation token `i`, `t`.
    #[inline(always)]
    pub(crate) fn read_punct(&mut self, cx: &Context<'_>, i: usize, t: &Token) {
        // (A punctuation token is one character: one whose first byte is
        // ASCII is that byte alone.)
        if cx.text.as_bytes()[t.start()] == b'(' {
            self.brackets.push(i as u32);
        }
    }
}

/// [`Scanner::run_word`], worked out for the capitalised word `i`.
#[inline(always)]
fn run_word_at(cx: &Context<'_>, i: usize) -> bool {
    let toks = cx.tokens;
    let joined = |k: usize| toks.get(k).is_some_and(|t| !t.space_before);
    // A function word glued to "&" and a capital is a name's ("A&M").
    let glued = || {
        i + 2 < toks.len()
            && joined(i + 1)
            && matches!(cx.words[i + 1], "&" | "-")
            && joined(i + 2)
            && toks[i + 2].cap()
    };
    // (Every function word has eight bytes at most: a longer word is
    // none, and its text need not be read.)
    let t = &toks[i];
    t.end() - t.start() > 8
        || !words::is_function_word_at(cx.text, t.start(), t.end() - t.start())
        || glued()
}

impl<'a> Scanner<'a> {
    /// Keeps the scanner's tables for the thread's next text.
    fn recycle(self) {
        window::give_back(&COVER, self.cover);
        self.starts.recycle();
    }

    fn word(&self, i: usize) -> &'a str {
        // (Sliced once for the window: [`Context::words`].)
        self.words[i]
    }

    fn is_word(&self, i: usize) -> bool {
        i < self.tokens.len() && self.tokens[i].kind == TokenKind::Word
    }

    fn cap_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(Token::cap)
    }

    /// Whether token `i` follows the previous one after a space on the same
    /// line.
    fn spaced(&self, i: usize) -> bool {
        i < self.tokens.len() && self.tokens[i].space_before && !self.tokens[i].newline_before
    }

    /// Whether token `i` is a word for a publication ([`is_media_noun`])
    /// after a space. (A method always inlined, not a closure, which
    /// stayed out of line: it is asked for up to two tokens of each run
    /// [`Scanner::publication`] reads, ~30k times/MB.)
    #[inline(always)]
    fn media(&self, i: usize) -> bool {
        self.spaced(i) && self.is_word(i) && is_media_noun(self.word(i))
    }

    /// Whether token `i` is a word for a publication that names one after
    /// it ([`is_media_noun_before_name`]) after a space.
    fn media_before_name(&self, i: usize) -> bool {
        self.spaced(i) && self.is_word(i) && is_media_noun_before_name(self.word(i))
    }

    fn joined(&self, i: usize) -> bool {
        i < self.tokens.len() && !self.tokens[i].space_before
    }

    /// Whether token `i` is the one-byte mark `c` ("(", "."), without
    /// slicing the text (none past the last token).
    fn is_mark(&self, i: usize, c: u8) -> bool {
        self.tokens
            .get(i)
            .is_some_and(|t| t.end() - t.start() == 1 && self.text.as_bytes()[t.start()] == c)
    }

    /// Whether element `e` is the connector of an acronym in brackets
    /// inside a committee's name ("(EPW)").
    fn acronym_conn(&self, e: &Elem) -> bool {
        e.conn && self.etext(e).starts_with('(')
    }

    fn etext(&self, e: &Elem) -> &'a str {
        &self.text[e.start..e.end]
    }

    /// The element starting at the capitalised word `i`.
    #[inline(always)]
    fn elem(&self, i: usize) -> Elem {
        // Most elements are a word alone, not joined to the next token and
        // not ending in "s" (so no possessive): built here without a call.
        let t = &self.tokens[i];
        let last = &self.text.as_bytes()[t.start()..t.end()];
        if !self.joined(i + 1) && !last.ends_with(b"s") {
            return Elem {
                a: i,
                b: i + 1,
                start: t.start(),
                end: t.end(),
                conn: false,
                head: false,
                company: false,
                stop: false,
            };
        }
        self.joined_elem(i)
    }

    /// [`Scanner::elem`] past its common case.
    #[inline(never)]
    fn joined_elem(&self, i: usize) -> Elem {
        let mut b = i + 1;
        let mut steps = 0;
        while b < self.tokens.len() && self.joined(b) && steps < ELEM_STEPS {
            let t = &self.tokens[b];
            let w = self.word(b);
            let before = self.word(b - 1);
            match t.kind {
                // "U.S.", "Inc.", "A.G."
                TokenKind::Punct if w == "." && abbreviation_like(before) => b += 1,
                // "Harlow-Vale", "AT&T"
                TokenKind::Punct
                    if (w == "-" || w == "&") && self.joined(b + 1) && self.cap_word(b + 1) =>
                {
                    b += 2
                }
                // the letter after "U."
                TokenKind::Word if self.word(b - 1) == "." && t.cap() => b += 1,
                // A plural's apostrophe before more of the name:
                // "Citizens' Advice Bureau", "Farmers' Market Council"
                // (the name's first word: not an owner's, "the Life
                // Sciences' Department of …", "Court of Appeals' Board",
                // "Texas' Senate", "Sanders' Office", "Democrats' Senate").
                TokenKind::Punct
                    if (w == "'" || w == "\u{2019}")
                        && b == i + 1
                        && before.len() > 3
                        && before.ends_with('s')
                        && !self.tokens[i].all_caps()
                        && !(i > 0
                            && self.spaced(i)
                            && (self.cap_word(i - 1) || is_connector(self.word(i - 1))))
                        && !words::is_politician_word(before)
                        && self.cover[i] == NONE
                        && !Lexicon::get().surname(before)
                        && self.spaced(b + 1)
                        && self.cap_word(b + 1) =>
                {
                    b += 1;
                    break;
                }
                _ => break,
            }
            steps += 1;
        }
        // a period that ends the sentence is not the name's ("… from
        // Verdant Mills Inc. The deal")
        if b > i + 1
            && self.word(b - 1) == "."
            && words::keeps_period(self.word(b - 2))
            && words::period_ends_sentence(self.text, self.tokens[b - 1].start())
        {
            b -= 1;
        }
        let start = self.tokens[i].start();
        let mut end = self.tokens[b - 1].end();
        // (The bytes of the last token: no text need be sliced.)
        let last = &self.text.as_bytes()[self.tokens[b - 1].start()..end];
        let possessive =
            last.len() > 3 && (last.ends_with(b"'s") || last.ends_with("\u{2019}s".as_bytes()));
        if possessive {
            end -= if last.ends_with(b"'s") { 2 } else { 4 };
        }
        Elem {
            a: i,
            b,
            start,
            end,
            conn: false,
            head: false,
            company: false,
            stop: false,
        }
    }

    /// Token `i` as a connector element of a run ("of", "the", a list's
    /// comma).
    fn connector(&self, i: usize) -> Elem {
        let s = self.tokens[i].span();
        Elem {
            a: i,
            b: i + 1,
            start: s.start(),
            end: s.end(),
            conn: true,
            head: false,
            company: false,
            stop: true,
        }
    }

    /// Whether word `i` may start or continue a run.
    fn run_word(&self, i: usize) -> bool {
        self.starts.run.get(i).copied().unwrap_or(false)
    }

    /// Whether a list of single words that "and" closes starts with the
    /// comma at `k` and ends a committee's name: "Senate Commerce, Science,
    /// and Transportation Committee", "Health, Education, Labor, and
    /// Pensions Committee", also with an acronym in brackets before the
    /// head ("… and Pensions (HELP) Committee", "Commerce, Justice,
    /// Science (CJS) Appropriations Subcommittee").
    fn committee_list(&self, k: usize) -> bool {
        let end = self.tokens.len().min(k + 16);
        let mut i = k;
        while i < end {
            // (A comma, or "and" with none: "Science and Transportation".)
            if self.is_mark(i, b',') {
                i += 1;
            } else if i == k {
                return false;
            }
            let closing = self.spaced(i) && matches!(self.word(i), "and" | "&");
            if closing {
                i += 1;
            }
            if !(self.spaced(i) && self.run_word(i)) {
                return false;
            }
            if closing {
                let first = i;
                while i < end && self.spaced(i) && self.run_word(i) {
                    i += 1;
                }
                // (The head may end the run or come before a title and a
                // name: "… and Pensions Committee Chairman Tom Hale".)
                // (Not after a person's name: "… Chairman Tom Hale,
                // Harbors and Rail Committee Chairman Ann Roy", "Chairman
                // T. Hale,", "Chairman Hale,"; a state's name is no given
                // name there: "the Virginia Farms, Forests and Fisheries
                // Committee". Asked last: few commas get this far.)
                return ((first + 1..i).any(|x| words::committee_head(self.word(x)))
                    || self.acronym_before_head(i))
                    && !(k >= 2 && self.person_before(k - 2));
            }
            i += 1;
            // (Or an acronym in brackets before the head closes it, with no
            // "and": "Commerce, Justice, Science (CJS) Appropriations
            // Subcommittee".)
            if self.acronym_before_head(i) {
                return !(k >= 2 && self.person_before(k - 2));
            }
            if !(self.is_mark(i, b',') || (self.spaced(i) && matches!(self.word(i), "and" | "&"))) {
                return false;
            }
        }
        false
    }

    /// Whether an acronym in brackets at token `k` comes before the rest
    /// of a committee's name, its head at most three words on: "(EPW)
    /// Committee", "(CJS) Appropriations Subcommittee".
    fn acronym_before_head(&self, k: usize) -> bool {
        self.spaced(k)
            && self.bracketed_acronym(k)
            && (k + 3..k + 6)
                .take_while(|&x| self.spaced(x) && self.run_word(x))
                .any(|x| words::committee_head(self.word(x)))
    }

    /// Whether "(" an acronym ")" opens at token `k`
    /// ([`Scanner::acronym_like`]).
    fn bracketed_acronym(&self, k: usize) -> bool {
        // (The closing mark first: it proves token `k + 1` exists.)
        self.is_mark(k, b'(') && self.is_mark(k + 2, b')') && self.acronym_like(k + 1)
    }

    /// Whether a person's title opens at token `i`: an abbreviated one
    /// ("Sen.", "Rep."), one of two words ("Ranking Member", "Acting
    /// Director"), or one before "of" ("Director of …"); not a word that
    /// may be a title in a name ("Legal Aid and Defender Association",
    /// "State and Private Forestry").
    fn title_opens(&self, i: usize) -> bool {
        if !(self.spaced(i) && self.cap_word(i)) {
            return false;
        }
        let lex = Lexicon::get();
        let mut buf = String::new();
        let abbreviated = crate::text::is_name_prefix(self.word(i))
            && self.is_mark(i + 1, b'.')
            && !self.tokens[i + 1].space_before;
        // (Past up to two words that open longer titles: "Former Acting
        // Director".)
        let mut j = i;
        while j < i + 2
            && self.spaced(j + 1)
            && self.cap_word(j + 1)
            && (matches!(self.word(j), "Former" | "Acting" | "Interim")
                || lex
                    .title_word(self.word(j), &mut buf)
                    .is_some_and(|t| t.longer))
        {
            j += 1;
        }
        abbreviated
            || ((j > i || (self.spaced(j + 1) && self.word(j + 1) == "of"))
                && lex.title_of_word(self.word(j), &mut buf).is_some())
    }

    /// Whether token `p`, right before a name's last word, says that the
    /// word is a person's: a given name no gazetteer match covers, a
    /// title, or an initial ("Tom Hale", "Chairman Hale", "T. Hale").
    fn person_before(&self, p: usize) -> bool {
        let lex = Lexicon::get();
        let initial =
            self.is_mark(p, b'.') && p >= 1 && self.cap_word(p - 1) && self.word(p - 1).len() == 1;
        initial
            || (self.cap_word(p)
                && ((lex.given_entry(self.word(p)).is_some() && self.cover[p] == NONE)
                    || lex
                        .title_of_word(self.word(p), &mut String::new())
                        .is_some()))
    }

    /// Whether the comma at token `k` goes on a list of capitalised words
    /// that "and" or "&" closes ("…, Water, and Timber Lands"): each comma
    /// followed by capitalised words, the last by the connector, with one
    /// item at least between the first comma and the connector unless the
    /// list is `open` already (looks at most 24 tokens on). (Not a list of
    /// places, "Museum of Lorton, Oregon, and Vell University", nor of
    /// organizations, "… Trust, Harlow Nurses Association and …".)
    fn serial_list(&self, items: &[Item], k: usize, open: bool) -> bool {
        let lex = Lexicon::get();
        // (No place, organization or person among the items: "Council on
        // Aging, Carver County, and …", "… for Research, Tom Hale and …".)
        let plain = |i: usize, first: bool| {
            let w = self.word(i);
            // ("Carver County", not "City Planning".)
            let last = !(self.spaced(i + 1) && self.run_word(i + 1));
            !(self.place_at(items, i)
                || words::is_org_head(w)
                || company_form(w)
                || (first && lex.given_entry(w).is_some())
                || (!first
                    && last
                    && matches!(
                        w,
                        "County" | "Parish" | "Township" | "Borough" | "City" | "Town" | "Village"
                    )))
        };
        // (Not a title opening a person's name: "…, and Sen. Ann Roy".)
        let last_item =
            |i: usize| self.spaced(i) && self.run_word(i) && plain(i, true) && !self.title_opens(i);
        let end = self.tokens.len().min(k + 24);
        let mut i = k;
        while i < end {
            // A comma, then words or the closing connector.
            if !self.is_mark(i, b',') {
                return false;
            }
            i += 1;
            if (open || i > k + 1) && self.spaced(i) && matches!(self.word(i), "and" | "&") {
                return last_item(i + 1);
            }
            if !(self.spaced(i) && self.run_word(i)) {
                return false;
            }
            let first = i;
            while i < end && self.spaced(i) && self.run_word(i) {
                if !plain(i, i == first) {
                    return false;
                }
                i += 1;
            }
            if i < end && self.spaced(i) && matches!(self.word(i), "and" | "&") {
                return last_item(i + 1);
            }
            // (A committee's list may close with its acronym: "Commerce,
            // Justice, Science (CJS) Appropriations Subcommittee".)
            // (Two items after the first comma at least, unless the list
            // is open already: "Commerce, Justice, Science (CJS)".)
            if (open || i > k + 3) && self.acronym_before_head(i) {
                return true;
            }
        }
        false
    }

    /// Splits the text into runs of capitalised words and hands each to
    /// [`Scanner::names_in_run`].
    fn runs(&self, items: &[Item], out: &mut Vec<Candidate>) {
        let mut elems = window::take_buffer(&ELEMS);
        elems.reserve(MAX_RUN);
        // (The next token a run may start at.)
        let mut next = 0;
        for &i in &self.starts.run_words {
            let i = i as usize;
            if i < next {
                continue;
            }
            elems.clear();
            let mut j = i;
            loop {
                let mut e = self.elem(j);
                let k = e.b;
                let mut possessive = e.end < self.tokens[e.b - 1].end();
                // "Tillman's Bancorp Inc.": a possessive inside a company
                // name, right before its head; "Institute of Women's
                // Health", "Children's Research Hospital": an irregular
                // plural's possessive goes on to the next word, as
                // "Veterans'" does.
                if possessive
                    && self.spaced(k)
                    && self.run_word(k)
                    && (((words::is_org_head(self.word(k)) || company_form(self.word(k)))
                        && self.cover[j] == NONE)
                        || words::is_irregular_plural(self.etext(&e)))
                {
                    e.end = self.tokens[e.b - 1].end();
                    possessive = false;
                }
                // "Senate Veterans' Affairs Committee": a plural's
                // possessive inside a name goes on to the next word.
                let mut k = k;
                // (Not a name's first word, "Sanders' Senate", nor a whole
                // name's, "Harlow News' editor Ann Roy", "the Court of
                // Appeals' Board on Ethics".)
                let whole = || {
                    let lex = Lexicon::get();
                    let next = self.word(k + 1);
                    // (Nor a team's before its people: "Lorton Eagles'
                    // Coach Tom Hale", "the Lorton Rangers' Tom Hale".)
                    let person = lex.given_entry(next).is_some()
                        || lex.title_of_word(next, &mut String::new()).is_some();
                    // (Unless a head ends the words after it: "the Forest
                    // Rangers' Benevolent Association".)
                    let mut x = k + 1;
                    let mut headed = false;
                    while x < (k + 6).min(self.tokens.len()) && self.spaced(x) && self.run_word(x) {
                        headed |= words::is_org_head(self.word(x));
                        x += 1;
                    }
                    words::is_org_head(self.etext(&e))
                        || ((team_word(self.etext(&e)).is_some() || person) && !headed)
                        || (words::is_org_head(next)
                            && elems
                                .iter()
                                .any(|x| !x.conn && words::is_org_head(self.etext(x))))
                };
                let plural = !possessive
                    && !elems.is_empty()
                    && self.joined(k)
                    && matches!(self.word(k), "'" | "\u{2019}")
                    && self.etext(&e).ends_with('s')
                    && self.spaced(k + 1)
                    && self.run_word(k + 1)
                    && !whole();
                if plural {
                    e.b = k + 1;
                    e.end = self.tokens[k].end();
                    k += 1;
                }
                elems.push(e);
                // "Committee on Mining, Water, and Timber Lands", "Bureau of
                // Mines, Minerals and Land Use": a list in a complement
                // goes on over its commas when "and" closes it.
                if !possessive
                    && elems.len() + 2 < MAX_RUN
                    && k < self.tokens.len()
                    && self.is_mark(k, b',')
                    && (elems
                        .iter()
                        .any(|e| e.conn && matches!(self.etext(e), "of" | "on" | "for"))
                        || self.committee_list(k))
                    && !self.place_at(items, e.a)
                    // (Not before a name the gazetteer knows: "Department of
                    // Energy, Treasury, and Commerce" are three.)
                    && self.cover.get(k + 1).map_or(true, |&c| c == NONE)
                    && self.serial_list(items, k, elems.iter().any(|e| self.etext(e) == ","))
                {
                    elems.push(self.connector(k));
                    if self.run_word(k + 1) {
                        j = k + 1;
                        continue;
                    }
                    // (", and Pensions": the connector comes next.)
                    elems.push(self.connector(k + 1));
                    j = k + 2;
                    continue;
                }
                // "Sunland, Inc.": a company form after a comma closes the
                // name; only one that is no region's or person's code ("Tralee,
                // Co. Kerry", "Adelaide, SA", "Ann Roy, AG").
                if !possessive
                    && elems.len() < MAX_RUN
                    && self.is_mark(k, b',')
                    && self.spaced(k + 1)
                    && self.run_word(k + 1)
                    && matches!(
                        self.word(k + 1).trim_end_matches('.'),
                        "Inc"
                            | "INC"
                            | "LLC"
                            | "L.L.C"
                            | "Ltd"
                            | "LTD"
                            | "Corp"
                            | "CORP"
                            | "LLP"
                            | "LP"
                            | "L.P"
                            | "Plc"
                            | "PLC"
                            | "GmbH"
                    )
                {
                    j = k + 1;
                    continue;
                }
                // "Senate Environment and Public Works (EPW) Committee": an
                // acronym in brackets before a committee's head is inside
                // the name.
                // (One connector for the three tokens. Not after a name
                // whole with its own head: "the Department of Energy (DOE)
                // Oversight Committee" is the department's committee; a
                // chamber opens the committee's name, "Senate Environment
                // …".)
                let headed = || {
                    elems.iter().any(|e| {
                        let w = self.etext(e);
                        !e.conn && words::is_org_head(w) && !words::is_chamber(w)
                    })
                };
                if !possessive
                    && elems.len() + 2 < MAX_RUN
                    && self.acronym_before_head(k)
                    && !headed()
                {
                    let mut c = self.connector(k);
                    c.b = k + 3;
                    c.end = self.tokens[k + 2].end();
                    elems.push(c);
                    j = k + 3;
                    continue;
                }
                if possessive || elems.len() >= MAX_RUN || !self.spaced(k) {
                    break;
                }
                if self.run_word(k) {
                    j = k;
                    continue;
                }
                // "Bank for International Settlements", "Office of the
                // Special Envoy", "Committee on the Budget"
                let w = self.word(k);
                if is_connector(w) {
                    let mut c = k + 1;
                    // ("on the" only after a panel's head, before words
                    // naming no other body: not "Subcommittee on the
                    // Finance Committee", "Fund on the Flathead Forest".)
                    let on_the = || {
                        words::panel_head(self.word(k - 1))
                            && !(c + 1..(c + 8).min(self.tokens.len()))
                                .take_while(|&x| self.run_word(x))
                                .any(|x| words::committee_head(self.word(x)))
                    };
                    // ("Citizens for a Sound Economy": "for a" too, before
                    // a cause that ends the phrase.)
                    let article = self.spaced(c)
                        && match self.word(c) {
                            "the" => matches!(w, "of" | "for") || (w == "on" && on_the()),
                            "a" | "an" => w == "for" && self.cause_after(c + 1),
                            _ => false,
                        };
                    if article {
                        c += 1;
                    }
                    // "University of Leeds of the UK", "Bank of Lisbon of
                    // the EU": a second place after "of the" and a name
                    // holding one says where it is; it is not part of the
                    // name ("Council of Ministers of Bosnia", "Court for
                    // the District of Oregon" are names).
                    let second_place = w == "of"
                        && c == k + 2
                        && self.place_at(items, c)
                        && elems.iter().any(|e| !e.conn && self.place_at(items, e.a));
                    if second_place {
                        break;
                    }
                    // "… Committee on Finance and Ranking Member of the …": a
                    // title after "and" opens another role, not more of the
                    // name (and its run starts afresh there). (Asked only
                    // where the run would go on.)
                    if self.spaced(c) && self.run_word(c) && !(w == "and" && self.title_opens(c)) {
                        for x in k..c {
                            elems.push(self.connector(x));
                        }
                        j = c;
                        continue;
                    }
                }
                break;
            }
            // (A name or a club takes two elements at least: a word alone,
            // most runs, is neither.)
            let before = out.len();
            if elems.len() >= 2 {
                for e in elems.iter_mut().filter(|e| !e.conn) {
                    self.classify(e);
                }
                self.names_in_run(&elems, out);
                self.clubs_in_run(items, &elems, before, out);
            }
            if out.len() == before {
                self.publication(&elems, out);
            }
            next = elems.last().map_or(i + 1, |e| e.b.max(i + 1));
        }
        window::give_back(&ELEMS, elems);
    }

    /// A run named as a publication by the word for one beside it: "the
    /// news weekly Der Abend", "the Warsaw daily Kurier reported", "Le
    /// Soir newspaper, quoting …", "Kurier Polski daily said".
    fn publication(&self, elems: &[Elem], out: &mut Vec<Candidate>) {
        // (Up to a connector: "the daily Kurier on Monday".)
        let words = elems.iter().position(|e| e.conn).unwrap_or(elems.len());
        let elems = &elems[..words];
        let (Some(first), Some(last)) = (elems.first(), elems.last()) else {
            return;
        };
        let (a, b) = (first.a, last.b);
        // (What may follow the name: a mark, a function word or a verb
        // of speech, not a noun it modifies: "the weekly Bible study".)
        let ends = |k: usize| {
            k >= self.tokens.len()
                || self.tokens[k].kind == TokenKind::Punct
                || (self.is_word(k)
                    && !self.tokens[k].cap()
                    && (matches!(
                        self.word(k),
                        "in" | "on"
                            | "that"
                            | "which"
                            | "and"
                            | "of"
                            | "to"
                            | "for"
                            | "with"
                            | "as"
                            | "at"
                            | "was"
                            | "is"
                            | "has"
                            | "had"
                            | "quoted"
                            | "cited"
                            | "published"
                            | "carried"
                            | "ran"
                            | "reported"
                            | "reports"
                    ) || Lexicon::get().verb(self.word(k)).is_some_and(|v| v.after)))
        };
        // "the daily X", "the news weekly X", "the Warsaw daily X", "the
        // environmental publication X" (an adjective of a kind, not "the
        // same website X", "the first daily X").
        let descriptive = |w: &str| {
            [
                "al", "ic", "ive", "ist", "ian", "ish", "ese", "ern", "line", "wing",
            ]
            .iter()
            .any(|s| w.ends_with(s))
                && w.bytes().all(|b| b.is_ascii_lowercase() || b == b'-')
        };
        let named_after = a >= 2
            && self.media_before_name(a - 1)
            && self.is_word(a - 2)
            && (self.tokens[a - 2].cap()
                || matches!(
                    self.word(a - 2),
                    "the" | "a" | "news" | "local" | "business"
                )
                || (a >= 3
                    && self.is_word(a - 3)
                    && ["the", "a", "an"]
                        .iter()
                        .any(|d| self.word(a - 3).eq_ignore_ascii_case(d))
                    && descriptive(self.word(a - 2))))
            && ends(b);
        // "X newspaper said", "X daily, quoting" (not an owner's, "X's
        // newspaper", nor a kind's, "a Jewish newspaper").
        let possessive = last.end < self.tokens[b - 1].end();
        let indefinite = a >= 1 && self.is_word(a - 1) && matches!(self.word(a - 1), "a" | "an");
        let named_before =
            !named_after && !possessive && !indefinite && self.media(b) && ends(b + 1);
        if !(named_after || named_before) {
            return;
        }
        // Every word its own: no place, demonym, title, day, function word
        // or connector ("the Polish daily", "the Sunday newspaper"); not a
        // person's name, a given name and more ("told the newspaper Ann
        // Roy had resigned").
        let plain = elems
            .iter()
            .all(|e| self.cover[e.a] == NONE && !words::stops_name(self.etext(e)));
        let person = elems.len() >= 2 && self.person_pair(first, last);
        if plain && !person {
            out.push(Candidate {
                span: Span::new(first.start, last.end),
                stem: None,
                a,
                b,
                head: a,
                team: None,
            });
        }
    }

    /// Whether elements `given` and `surname` read as a person's given
    /// name and surname ("Ann Roy").
    fn person_pair(&self, given: &Elem, surname: &Elem) -> bool {
        let lex = Lexicon::get();
        lex.given_entry(self.etext(given)).is_some() && lex.surname(self.etext(surname))
    }

    /// Sets what the rules ask of a word element: whether it is an
    /// organization head, a company form, or a stop.
    fn classify(&self, e: &mut Elem) {
        let w = self.etext(e);
        let (head, stop) = words::head_and_stop_at(self.text, e.start, w);
        e.head = head;
        // Words a name does not extend back over: titles ("Chairman",
        // "Spokesman"), days, function words, forms of address.
        e.stop = stop;
        e.company = company_form(w);
    }

    /// The organization names inside one run.
    fn names_in_run(&self, elems: &[Elem], out: &mut Vec<Candidate>) {
        let all_caps = elems
            .iter()
            .all(|e| e.conn || !self.etext(e).chars().any(char::is_lowercase));
        let mut from = 0;
        let mut h = 0;
        while h < elems.len() {
            let e = &elems[h];
            let is_company = e.company;
            // (A head that is also an adjective heads only the end of the
            // run: "Tri-County Electric Cooperative", not "Cooperative
            // Threat Reduction"; so does "Group" before the words of a
            // plan's or a panel's name, "Reserve Members Group Life
            // Insurance", "Working Group I", not "Harbor Policy Group CEO
            // Ann Roy".)
            let adjective = || {
                let next = elems.get(h + 1).filter(|n| !n.conn && !n.stop);
                match self.etext(e) {
                    // (Heads only at the run's end: "the Harlow Navy Yard",
                    // "the Dover Weekly Farmers Market".)
                    "Cooperative" | "Collaborative" | "Navy" | "Weekly" => next.is_some(),
                    "Group" => next.is_some_and(|n| {
                        matches!(
                            self.etext(n),
                            "Life"
                                | "Health"
                                | "Insurance"
                                | "Term"
                                | "Home"
                                | "Homes"
                                | "I"
                                | "II"
                                | "III"
                        )
                    }),
                    _ => false,
                }
            };
            let heads = e.head && !all_caps && !adjective();
            if !is_company && !heads {
                h += 1;
                continue;
            }
            // back over the modifiers, and "&" between them
            let committee = words::committee_head(self.etext(e));
            let mut l = h;
            while l > from {
                let p = l - 1;
                if elems[p].conn {
                    // "Salvage & Towing Co"; "Grain and Feed Board" when
                    // neither word is a known name of its own
                    let w = self.etext(&elems[p]);
                    let plain = |e: &Elem| !e.stop && self.cover[e.a] == NONE;
                    // (Not after a person's name, a given name and a
                    // surname: "Ann Roy and Harlow News"; "Ann Roy and
                    // Company" is a firm.)
                    // (Before a committee's name, given names or initials
                    // and any surname after a title, or opening the run
                    // with no article before it: "Sen. Ann M. Brevik and
                    // Judiciary Committee Chairman …", not "The Mason
                    // Finance and Audit Committee".)
                    let person = || {
                        !(p + 1 == h && self.etext(&elems[h]) == "Company")
                            && p >= 2
                            && p - 2 >= from
                            && !elems[p - 2].conn
                            && self.cover[elems[p - 2].a] == NONE
                            && if committee {
                                !elems[p - 1].head && self.names_before(elems, from, p - 1)
                            } else {
                                self.person_pair(&elems[p - 2], &elems[p - 1])
                            }
                    };
                    // (Nor after an acronym, a name of its own: "NOAA and
                    // Lakehead Conservation Trust".)
                    let acronym = || !all_caps && self.tokens[elems[p - 1].a].all_caps();
                    // (And a committee's list: "Commerce, Science, and
                    // Transportation Committee".)
                    let committee_comma = committee && w == "," && plain(&elems[p - 1]);
                    // (And its "and" after the list's last comma.)
                    // (Or "and" before a body the gazetteer knows, in a
                    // committee's name: "Harbors and Coast Guard
                    // Subcommittee".)
                    // (Not after a person, nor before a chamber that opens
                    // a committee's name of its own: "Ann Roy and Senate
                    // Finance Committee Chairman …".)
                    let committee_and = committee
                        && w == "and"
                        && p >= 2
                        && (self.etext(&elems[p - 1]) == ","
                            || (p > from
                                && plain(&elems[p - 1])
                                && self.cover[elems[p + 1].a] != NONE
                                && !words::is_chamber(self.etext(&elems[p + 1]))
                                && !acronym()
                                && !person()));
                    if committee_and {
                        l = p - 1;
                        continue;
                    }
                    // (And the acronym in brackets before its head: "Public
                    // Works (EPW) Committee".)
                    if committee && self.acronym_conn(&elems[p]) && p > from {
                        l = p;
                        continue;
                    }
                    let join = p > from
                        && !elems[p - 1].stop
                        && (w == "&"
                            || committee_comma
                            || (w == "and"
                                && !is_company
                                && plain(&elems[p - 1])
                                && plain(&elems[p + 1])
                                && !acronym()
                                && !person()));
                    if join {
                        l = p - 1;
                        continue;
                    }
                    break;
                }
                // (A title's adjective names an office before a head:
                // "Foreign Ministry", "Foreign Affairs Committee"; so does
                // "General" opening the name, "the General Services
                // Agency", not after a title, "Attorney General Office".)
                let general = || {
                    self.etext(&elems[p]) == "General"
                        && (p == from || {
                            let w = self.etext(&elems[p - 1]);
                            elems[p - 1].conn
                                || Lexicon::get()
                                    .title_of_word(w, &mut String::new())
                                    .is_none()
                        })
                };
                if elems[p].stop && self.etext(&elems[p]) != "Foreign" && !general() {
                    break;
                }
                // A party's adjective before a chamber names no body: "the
                // Republican Senate leadership" (not "Senate Republican
                // Conference").
                // (Not a longer name with a head after the chamber, "the
                // Republican Senate Caucus".)
                let party = p + 1 == h
                    && words::is_chamber(self.etext(e))
                    && words::is_party_adjective(self.etext(&elems[p]))
                    && !elems[h + 1..]
                        .iter()
                        .take_while(|x| !x.conn && !x.stop)
                        .any(|x| x.head || x.company);
                // An owner's possessive head is a body of its own: "the
                // College's Institute for Materials" (not "Children's
                // Hospital", "Moody's Investors Service").
                let owner = || {
                    let w = self.etext(&elems[p]);
                    let bare = words::unpossessed(w);
                    bare.len() < w.len() && words::is_org_head(bare)
                };
                if party || owner() {
                    break;
                }
                l = p;
            }
            // more heads and company forms, also after other words ("Trust
            // Co", "Grain Bank Holdings Inc"), up to a connector or a title
            let mut r = h + 1;
            let mut k = h + 1;
            while k < elems.len() && !elems[k].conn && !elems[k].stop {
                if elems[k].head || elems[k].company {
                    r = k + 1;
                }
                k += 1;
            }
            // "Harlow Daily Star": a daily's name goes on after it.
            if r < elems.len()
                && self.etext(&elems[r - 1]) == "Daily"
                && !elems[r].conn
                && !elems[r].stop
            {
                r += 1;
            }
            // "Salina Unified School District": a district of a public
            // service is the body that runs it.
            if r < elems.len()
                && self.etext(&elems[r]) == "District"
                && matches!(
                    self.etext(&elems[r - 1]),
                    "School" | "Water" | "Fire" | "Transit"
                )
            {
                r += 1;
            }
            let stem_end = (l..r)
                .take_while(|&k| !elems[k].company)
                .filter(|&k| !elems[k].conn)
                .last()
                .map(|k| elems[k].end);
            let any_company = (h..r).any(|k| elems[k].company);
            // an "of" phrase after the head ("Ministry of Fisheries and
            // Forests"), up to a title or a second organization
            let mut complement = false;
            // (A news outlet's "on" is when or where: "Harlow News on
            // Sunday".)
            if r < elems.len()
                && elems[r].conn
                && matches!(self.etext(&elems[r]), "of" | "for" | "on")
                && !(self.etext(&elems[r]) == "on" && self.etext(&elems[r - 1]) == "News")
                && !any_company
            {
                let mut k = r;
                let mut last = r;
                while k < elems.len() {
                    let x = &elems[k];
                    if x.conn {
                        let w = self.etext(x);
                        // "… Defense for Fiscal Year 2027": a span of time,
                        // no more of the name.
                        // (Not "Institute for Fiscal Studies".)
                        let word = |i: usize| elems.get(i).map_or("", |y| self.etext(y));
                        if w == "for"
                            && (word(k + 1) == "FY"
                                || (word(k + 1) == "Fiscal" && word(k + 2) == "Year"))
                        {
                            break;
                        }
                        // "University of Eastvale and Tom Ward": a second
                        // name, not more of this one
                        let next_given = elems
                            .get(k + 1)
                            .is_some_and(|y| Lexicon::get().given_entry(self.etext(y)).is_some());
                        // ("… Natural Resources and I am pleased": a
                        // pronoun, not more of the name.)
                        let pronoun = elems.get(k + 1).is_some_and(|y| self.etext(y) == "I");
                        // ("Department of Agriculture and USDA": an acronym
                        // alone, a name of its own; not "Office of Research
                        // and IT Services".)
                        let acronym = elems.get(k + 1).is_some_and(|y| {
                            let t = self.etext(y);
                            t.len() >= 2 && t.bytes().all(|b| b.is_ascii_uppercase())
                        }) && (elems.get(k + 2).map_or(true, |z| z.conn)
                            || elems.get(k + 1).is_some_and(|y| self.cover[y.a] != NONE));
                        // ("University of Eastvale and Professor Ward",
                        // "… and Ranking Member Ward": a person's title,
                        // one word or two, not more of the name.)
                        let title = || {
                            let lex = Lexicon::get();
                            let mut buf = String::new();
                            let word =
                                |i: usize| elems.get(i).filter(|y| !y.conn).map(|y| self.etext(y));
                            let opens = word(k + 1).is_some_and(|w| {
                                lex.title_word(w, &mut buf).is_some_and(|t| t.longer)
                            });
                            let mut is_title = |i: usize| {
                                word(i).is_some_and(|w| lex.title_of_word(w, &mut buf).is_some())
                            };
                            let end = if is_title(k + 1) {
                                k + 2
                            } else if opens && is_title(k + 2) {
                                k + 3
                            } else {
                                return false;
                            };
                            // (A name after it, or the title's "of": not
                            // "… Conduct and Judge Discipline".)
                            elems.get(end).map_or(true, |y| {
                                y.conn
                                    || lex.given_entry(self.etext(y)).is_some()
                                    || lex.surname(self.etext(y))
                            })
                        };
                        if w == "and" || w == "&" {
                            let named_next = next_given || pronoun || acronym || title();
                            if named_next || elems[k + 1..].iter().any(|y| y.head || y.company) {
                                // "Aging Subcommittee of the Health,
                                // Education, Labor and Pensions Committee":
                                // a committee's list in the complement goes
                                // on to its head.
                                let listed = !named_next
                                    && (r..k)
                                        .any(|x| elems[x].conn && self.etext(&elems[x]) == ",");
                                if listed {
                                    let head = (k + 1..elems.len())
                                        .take_while(|&x| {
                                            !elems[x].conn || self.acronym_conn(&elems[x])
                                        })
                                        .find(|&x| words::committee_head(self.etext(&elems[x])));
                                    if let Some(h) = head {
                                        last = h + 1;
                                    }
                                }
                                break;
                            }
                        }
                        k += 1;
                        continue;
                    }
                    // (An office "… General" goes on: "Office of the
                    // Attorney General", "… of the Inspector General".)
                    // (An office's word before it, and nothing capitalised
                    // after it: not "the Attorney General Ann Roy", "…
                    // Health General Hospital", "Major General Ward".)
                    let general = |y: Option<&Elem>| y.is_some_and(|y| self.etext(y) == "General");
                    let office_word = |y: &Elem| {
                        !y.conn
                            && matches!(
                                self.etext(y),
                                "Attorney"
                                    | "Attorneys"
                                    | "Inspector"
                                    | "Inspectors"
                                    | "Solicitor"
                                    | "Surgeon"
                                    | "Comptroller"
                                    | "Auditor"
                                    | "Adjutant"
                                    | "Postmaster"
                            )
                    };
                    let ends = |i: usize| elems.get(i).map_or(true, |y| y.conn);
                    let office = || {
                        (office_word(x) && general(elems.get(k + 1)) && ends(k + 2))
                            || (general(Some(x))
                                && k > r
                                && office_word(&elems[k - 1])
                                && ends(k + 1))
                    };
                    // (Nor "Foreign" right after the complement's "on",
                    // "of" or "and", before more of the name that is no
                    // title: "Committee on Foreign Relations", "Ministry of
                    // Foreign Affairs"; not "Department of State, Foreign
                    // Operations …", "Department of Agriculture Foreign
                    // Agricultural Service", "… Foreign Secretary Ann Roy".)
                    let foreign = || {
                        self.etext(x) == "Foreign"
                            && elems[k - 1].conn
                            && matches!(self.etext(&elems[k - 1]), "on" | "of" | "and")
                            && elems.get(k + 1).is_some_and(|y| {
                                !y.conn && !crate::entity::people::is_title_word(self.etext(y))
                            })
                    };
                    // (Nor an office's own title with no name after it:
                    // "Office of the Director of Harbor Safety",
                    // "Office of the Majority Whip".)
                    let own_title = || {
                        matches!(self.etext(x), "Director" | "Whip")
                            && elems.get(k + 1).map_or(true, |y| {
                                y.conn || Lexicon::get().given_entry(self.etext(y)).is_none()
                            })
                    };
                    if x.stop
                        && !words::is_function_word(self.etext(x))
                        && !office()
                        && !foreign()
                        && !own_title()
                    {
                        break;
                    }
                    let lex = Lexicon::get();
                    // A person's name right after a word of the name ends
                    // it: "Deputy Director of the Board for Ferry Works
                    // Tom Ward" (a given name and a surname the lists know;
                    // not one after "of", "University of Notre Dame").
                    if k > r + 1
                        && !elems[k - 1].conn
                        && lex.given_entry(self.etext(x)).is_some()
                        && elems
                            .get(k + 1)
                            .is_some_and(|y| !y.conn && lex.surname(self.etext(y)))
                    {
                        break;
                    }
                    // A person's title and a given name end the name: "Bureau
                    // of Land Policy Director Rob Keller".
                    let mut buf = String::new();
                    let title = lex
                        .title_word(self.etext(x), &mut buf)
                        .and_then(|t| t.title)
                        .is_some();
                    if title
                        && elems
                            .get(k + 1)
                            .is_some_and(|y| !y.conn && lex.given_entry(self.etext(y)).is_some())
                    {
                        break;
                    }
                    k += 1;
                    last = k;
                }
                if last > r {
                    r = last;
                    complement = true;
                }
            }
            // A site named after the organization is a place: "Offutt Air
            // Force Base", "Dover Police Station", "Hospital Road", "the
            // Administration Building".
            let site = elems.get(r).is_some_and(|x| {
                !x.conn
                    && matches!(
                        self.etext(x).trim_end_matches('.'),
                        "Base"
                            | "Station"
                            | "Depot"
                            | "Range"
                            | "Arsenal"
                            | "Shipyard"
                            | "Airfield"
                            | "Road"
                            | "Street"
                            | "Avenue"
                            | "Boulevard"
                            | "Drive"
                            | "Highway"
                            | "Parkway"
                            | "Bridge"
                            | "Square"
                            | "Plaza"
                            | "Building"
                            | "Lane"
                            | "Way"
                            | "Circle"
                            | "Rd"
                            | "St"
                            | "Ave"
                            | "Blvd"
                    )
            });
            // A law named after the organization is no organization: "the
            // Department of Energy Appropriations Act", "the Port Authority
            // Reform Act" (the name or the words right after it end in
            // "Act"; not "the Port Authority Clean Air Act review"). (A
            // few words on: the scan stays constant per name.)
            let is_act = |x: &Elem| !x.conn && matches!(self.etext(x), "Act" | "Acts");
            let run_end = elems[r..].iter().take(8).take_while(|x| !x.conn).last();
            let law = is_act(&elems[r - 1]) || run_end.is_some_and(is_act);
            // (A site's name is no modifier of a later organization's.)
            if site || law {
                from = r;
            }
            // ("Fake News", "Breaking News", "Independent Observer": an
            // adjective alone before a news head is no name.)
            let adjective_only = l + 1 == h
                && words::is_news_head(self.etext(&elems[h]))
                && matches!(
                    self.etext(&elems[l]),
                    "Independent"
                        | "Election"
                        | "Fake"
                        | "Good"
                        | "Bad"
                        | "Breaking"
                        | "Latest"
                        | "Big"
                        | "Great"
                        | "Real"
                        | "More"
                        | "Top"
                        | "Other"
                        | "Local"
                        | "Late"
                        | "Evening"
                        | "Morning"
                        | "Nightly"
                        | "World"
                        | "National"
                        | "Business"
                        | "Sports"
                );
            // (Nor a party's adjective before "Legislature": "the Republican
            // Legislature" is the majority, no body's name.)
            let party_only = l + 1 == h
                && self.etext(&elems[h]) == "Legislature"
                && words::is_party_adjective(self.etext(&elems[l]));
            // (Nor a person's name whose surname is a head: a given name
            // and an initial before it, "Laurence H. Tribe"; a given name
            // alone before "Tribe", which a tribe's name never opens:
            // "Laurence Tribe", not "Carter Center", "Ivy League".)
            // (The shapes first, the lookup only for them.)
            let person = ((l + 2 == h
                && self.etext(&elems[h - 1]).trim_end_matches('.').len() == 1)
                || (l + 1 == h && self.etext(e) == "Tribe"))
                && Lexicon::get().given_entry(self.etext(&elems[l])).is_some();
            let has_modifier = l < h && !adjective_only && !party_only && !person;
            // (Nor a name the run goes on from, a modifier of what the run
            // names: "the Harbor Guard Lodging Facility", "the Harbor
            // Partnership Plan".)
            // (Only when the run ends in the word for such a thing a few
            // words on: not "the Tea Party Patriots", "… Committee Chair
            // Ann Roy"; nor after a school's head, a body of its own:
            // "Dover College Award", "… University Program".)
            // (Asked only of a name no company form ends.)
            let modifies = || {
                !matches!(self.etext(&elems[r - 1]), "University" | "College")
                    && elems[r..]
                        .iter()
                        .take(6)
                        .take_while(|x| !x.conn && !x.stop)
                        .last()
                        .is_some_and(|x| words::is_named_thing(self.etext(x)))
            };
            let ok = !site
                && !law
                && if any_company {
                    has_modifier
                } else {
                    (has_modifier || complement) && !modifies()
                };
            if ok {
                let start = elems[l].start;
                let mut end = elems[r - 1].end;
                let mut b = elems[r - 1].b;
                // A national body's country after its head: "Youth Service
                // America", "Harbor Scouts USA" (not a name going on after
                // it, "… America Online").
                // (Nor across a possessive, "Harbor Council's America", nor
                // before a verb or a hyphen, "the Council America vetoed",
                // "USA-based": a stop, a comma or "and" after it.)
                let possessive = elems[r - 1].end < self.tokens[b - 1].end();
                let closed = b + 1 >= self.tokens.len()
                    || matches!(self.word(b + 1), "," | "." | ";" | ":" | ")" | "and" | "or");
                if !any_company
                    && !possessive
                    && self.spaced(b)
                    && matches!(self.word(b), "America" | "USA")
                    && closed
                {
                    end = self.tokens[b].end();
                    b += 1;
                }
                let stem = if any_company {
                    stem_end
                        .filter(|&se| se > start)
                        .map(|se| Span::new(start, se))
                } else {
                    None
                };
                out.push(Candidate {
                    span: Span::new(start, end),
                    stem,
                    a: elems[l].a,
                    b,
                    head: elems[h].a,
                    team: None,
                });
                from = r;
            }
            // (A head with no modifier, first in its run, may be one of
            // the next head's, "News Corporation"; not after a title,
            // "General Service Administration", nor where a later head
            // joins them all, "Union Institute and University".)
            let head_at = |k: usize| elems[k].head || elems[k].company;
            h = if !ok
                && !site
                && !law
                && (h == from || elems[h - 1].conn)
                && (h + 1..r).any(head_at)
                && !(r..elems.len()).any(head_at)
            {
                h + 1
            } else {
                r
            };
        }
    }

    /// Whether the largest place candidate of `item` lies in Britain or
    /// Ireland.
    fn british_or_irish(&self, item: &Item) -> bool {
        // (The largest place of the name, not any: "Washington" has a
        // town in England, but is not read there.)
        let g = self.cx.gazetteer;
        super::place_candidates(g, &item.candidates)
            .max_by_key(|&id| g.entry(id).population())
            .is_some_and(|id| matches!(g.entry(id).country_code(), Some("GB" | "IE")))
    }

    /// Whether a gazetteer match with a place among its readings starts
    /// at token `t`.
    fn place_at(&self, items: &[Item], t: usize) -> bool {
        let k = self.cover.get(t).copied().unwrap_or(NONE);
        k != NONE
            && items.get(k as usize).is_some_and(|item| {
                item.span.start() == self.tokens[t].start()
                    && super::place_candidates(self.cx.gazetteer, &item.candidates)
                        .next()
                        .is_some()
            })
    }

    /// Whether every place an item may be is a town or a region of a
    /// country (a club's home), not a country.
    fn town(&self, item: &Item) -> bool {
        let g = self.cx.gazetteer;
        let mut any = false;
        for id in super::place_candidates(g, &item.candidates) {
            any = true;
            if !matches!(g.entry(id).kind(), EntryKind::City | EntryKind::AdminRegion) {
                return false;
            }
        }
        any
    }

    /// The item covering token `t`, if any.
    fn item_at<'i>(&self, items: &'i [Item], t: usize) -> Option<&'i Item> {
        let k = self.cover.get(t).copied().unwrap_or(NONE);
        (k != NONE).then(|| &items[k as usize])
    }

    /// Registers the tokens `a..b` as a form of organization `org`.
    fn add_form(&self, a: usize, b: usize, org: usize, forms: &mut Forms) {
        if b <= a || b - a > 2 * MAX_FORM || !self.is_word(a) {
            return;
        }
        if b - a == 1 && (self.word(a).chars().count() < 3 || words::is_function_word(self.word(a)))
        {
            return;
        }
        let list = forms.entry(self.word(a).to_lowercase()).or_default();
        if list.len() < 8 && !list.iter().any(|(f, o)| *o == org && f.len() == b - a) {
            list.push(((a..b).collect(), org));
        }
    }

    /// Sports clubs by the shape of their names, in a run the organization
    /// rules left alone: a club word before a name ("Dynamo Minsk"), after
    /// one ("Harlow Rovers"), or after a town ("Exeter City"); and a town
    /// with a plural nickname ("Tacoma Herons", "Tacoma Grey Herons").
    fn clubs_in_run(
        &self,
        items: &[Item],
        elems: &[Elem],
        taken_from: usize,
        out: &mut Vec<Candidate>,
    ) {
        // What the organization rules found in this run; clubs go to `out`
        // once the run is read.
        let taken = &out[taken_from..];
        let free = |e: &Elem| {
            !e.conn
                && !taken
                    .iter()
                    .any(|c| c.span.start() < e.end && e.start < c.span.end())
        };
        let mut clubs = Vec::new();
        let mut k = 0;
        while k < elems.len() {
            let e = &elems[k];
            if !free(e) || e.stop {
                k += 1;
                continue;
            }
            let word = self.etext(e);
            let kind = team_word(word);
            let next_free = k + 1 < elems.len() && free(&elems[k + 1]) && !elems[k + 1].stop;
            let prev_free = k > 0 && free(&elems[k - 1]) && !elems[k - 1].stop;
            let mut club: Option<Club> = None;
            match kind {
                Some(TeamWord::Prefix)
                    if next_free && team_word(self.etext(&elems[k + 1])).is_none() =>
                {
                    club = Some((k, k + 2, Some((e.a, e.b))));
                }
                Some(TeamWord::Suffix) if prev_free => {
                    let mut l = k - 1;
                    while l > 0 && k - l < 3 && free(&elems[l - 1]) && !elems[l - 1].stop {
                        l -= 1;
                    }
                    club = Some((l, k + 1, None));
                }
                // (Not inside a longer name: "the Taipei City Lantern
                // Festival".)
                Some(TeamWord::AfterPlace) if prev_free && !next_free => {
                    // the town is a gazetteer place of its own, not the
                    // place the whole name is ("Quebec City")
                    let p = &elems[k - 1];
                    let place = self.cover[p.a];
                    let whole = self.cover[e.a];
                    // "Derby County" is a club in Britain and Ireland;
                    // elsewhere "Bergen County" is a county.
                    let county_club = word != "County"
                        || (place != NONE && self.british_or_irish(&items[place as usize]));
                    if place != NONE && place != whole && county_club {
                        let first = (0..k)
                            .rev()
                            .take_while(|&x| self.cover[elems[x].a] == place)
                            .last();
                        if let Some(l) = first {
                            let short = (l + 1 == k).then_some((elems[l].a, elems[l].b));
                            club = Some((l, k + 1, short));
                        }
                    }
                }
                _ => {}
            }
            // a town and a plural nickname
            // ("N.J. Tom Ward" is a place and a person)
            let lex = Lexicon::get();
            let personal = |x: &Elem| lex.given_entry(self.etext(x)).is_some();
            // (Not a plural title: "Ohio Sens. Ann Roy and Tom Reed".)
            let abbreviation = || {
                self.tokens
                    .get(e.b)
                    .is_some_and(|t| !t.space_before && t.text(self.text) == ".")
                    && {
                        let mut key = word.to_ascii_lowercase();
                        key.push('.');
                        lex.title(&key).is_some()
                    }
            };
            // (Not when the run's words up to its next connector end in
            // an airport's or a station's word: "Harlow Dulles
            // International Airport" is no club; a club's stadium still
            // names it.)
            let facility = || {
                next_free
                    && elems[k + 1..]
                        .iter()
                        .take_while(|x| !x.conn)
                        .last()
                        .is_some_and(|x| {
                            matches!(
                                self.etext(x),
                                "Airport" | "Airfield" | "Station" | "Terminal"
                            )
                        })
            };
            if club.is_none()
                && prev_free
                && self.nickname(word)
                && !facility()
                && self.cover[e.a] == NONE
                && lex.given_entry(word).is_none()
                && !abbreviation()
                // (From the nickname itself: "the Ohio Farmers Relief Act".)
                && !super::law_name_after(self.tokens, self.words, e.b - 1)
            {
                let mut l = k - 1;
                // one more nickname word before it ("Grey Herons")
                if self.cover[elems[l].a] == NONE
                    && l > 0
                    && free(&elems[l - 1])
                    && !personal(&elems[l])
                {
                    l -= 1;
                }
                let place = self.cover[elems[l].a];
                // (A state's lawmakers are no club: "the two Maryland
                // Senators"; a city's "Ottawa Senators" still is, and so
                // are other plural titles, "the New Jersey Generals".)
                let lawmakers = || {
                    [
                        "Senators",
                        "Representatives",
                        "Congressmen",
                        "Congresswomen",
                        "Delegates",
                    ]
                    .iter()
                    .any(|t| word.eq_ignore_ascii_case(t))
                        && super::place_candidates(
                            self.cx.gazetteer,
                            &items[place as usize].candidates,
                        )
                        .all(|id| self.cx.gazetteer.entry(id).kind() == EntryKind::AdminRegion)
                };
                if place != NONE && self.town(&items[place as usize]) && !lawmakers() {
                    let first = (0..=l)
                        .rev()
                        .take_while(|&x| !elems[x].conn && self.cover[elems[x].a] == place)
                        .last();
                    if let Some(f) = first {
                        club = Some((f, k + 1, Some((elems[l + 1].a, e.b))));
                    }
                }
            }
            if let Some((l, r, short)) = club {
                let (x, y) = (&elems[l], &elems[r - 1]);
                clubs.push(Candidate {
                    span: Span::new(x.start, y.end),
                    stem: None,
                    a: x.a,
                    b: y.b,
                    head: e.a,
                    team: Some(short),
                });
                k = r;
            } else {
                k += 1;
            }
        }
        out.extend(clubs);
    }

    /// A capitalised plural that may be a club's nickname: not a place word
    /// ("Heights"), an event ("Games") or a people ("Albanians", a gazetteer
    /// demonym and so never free).
    fn nickname(&self, word: &str) -> bool {
        let plural = (word.len() >= 4
            && word.ends_with('s')
            && !(word.ends_with("ss") || word.ends_with("is") || word.ends_with("us")))
            || word == "Sox";
        plural
            && !word.contains('\'')
            && !word.contains('\u{2019}')
            && !words::is_event_word(word)
            && !words::is_org_head(word)
            && !matches!(
                word,
                "Islands"
                    | "Falls"
                    | "Heights"
                    | "Springs"
                    | "Hills"
                    | "Plains"
                    | "Lakes"
                    | "Mountains"
                    | "Woods"
                    | "Gardens"
                    | "Towers"
                    | "Talks"
                    | "Accords"
                    | "Olympics"
                    | "Championships"
                    | "Keys"
                    | "Rapids"
                    | "News"
                    | "Affairs"
                    | "Forces"
                    | "Times"
                    | "Airlines"
                    | "Airways"
                    | "Industries"
                    | "Securities"
                    // (People of a place: "Alaska Natives", "Iowa
                    // Farmers".)
                    | "Natives"
                    | "Residents"
                    | "Citizens"
                    | "Voters"
                    | "Veterans"
                    | "Farmers"
                    | "Workers"
                    | "Families"
                    | "Students"
                    // (A list's counties: "Kent and Talbot Counties".)
                    | "Counties"
                    | "Parishes"
            )
    }

    /// The capitalised name that starts at token `i`: up to four words
    /// ("Queen of Eastvale", "Radnik-Vale"), all in capitals or none, and a
    /// bracketed letter code after it ("Radnik (B)"). Returns its end token
    /// and the end of the name proper. Section labels of a table
    /// ("Division", "Group") and column letters are no names.
    fn team_name_at(&self, i: usize) -> Option<(usize, usize)> {
        let label = |w: &str| {
            // (fewer than two characters: a character has four bytes at
            // most, and a longer word is not counted)
            (w.len() <= 4 && w.chars().nth(1).is_none()) || words::is_calendar_or_table_label(w)
        };
        if !self.tokens[i].space_before || !self.run_word(i) || label(self.word(i)) {
            return None;
        }
        let caps = self.tokens[i].all_caps();
        let mut e = self.elem(i);
        let mut words_taken = 1;
        let mut b = e.b;
        loop {
            let mut k = b;
            if self.spaced(k) && self.word(k) == "of" {
                k += 1;
            }
            if words_taken >= TEAM_WORDS_MAX
                || !self.spaced(k)
                || !self.run_word(k)
                || label(self.word(k))
                || self.tokens[k].all_caps() != caps
            {
                break;
            }
            e = self.elem(k);
            b = e.b;
            words_taken += 1;
        }
        if e.end < self.tokens[b - 1].end() {
            return None; // a possessive
        }
        let name_end = b;
        // "(B)": a letter code that tells namesakes apart
        if self.spaced(b)
            && self.word(b) == "("
            && b + 2 < self.tokens.len()
            && self.tokens[b + 1].all_caps()
            && self.word(b + 1).len() <= 3
            && self.word(b + 2) == ")"
        {
            b += 3;
        }
        Some((b, name_end))
    }

    /// Whether the tokens `a..b` read as a person's name ("Colin Hartley
    /// 68", "Australian Rod Keller"): a given name before the last word, or
    /// a demonym first.
    fn person_like(&self, items: &[Item], a: usize, b: usize) -> bool {
        if self
            .item_at(items, a)
            .is_some_and(|it| it.class == Class::Demonym)
        {
            return true;
        }
        let lex = Lexicon::get();
        b - a >= 2
            && team_word(self.word(b - 1)).is_none()
            && team_word(self.word(a)).is_none()
            && (a..b - 1).any(|t| self.is_word(t) && lex.given_entry(self.word(t)).is_some())
    }

    /// A small whole number: a score or a column of a table.
    fn score_at(&self, i: usize) -> bool {
        i < self.tokens.len()
            && self.tokens[i].kind == TokenKind::Number
            && self.spaced(i)
            && self.word(i).len() <= 3
            && self.word(i).bytes().all(|c| c.is_ascii_digit())
    }

    /// Clubs in results and tables: names that alternate with scores
    /// ("Harlow 2 Radnik (B) 1 Eastvale 0", "Harlow 5 2 2 1 8 6 8 Eastvale
    /// 4 2 1 1 …"). A name counts when a score ends the name before it or a
    /// name with its own score follows; a country stays a place (national
    /// sides), a person's name stays a person.
    fn score_lines(&self, items: &[Item], out: &mut Vec<Candidate>) {
        let n = self.tokens.len();
        // The scores, in order, and the first at or after `i` (`n`: none;
        // `i` only grows, so the cursor moves forward over each number
        // once): a name with no score within its longest reach is followed
        // by none, and is not looked at.
        let mut scores = self
            .starts
            .numbers
            .iter()
            .map(|&k| k as usize)
            .filter(|&k| self.score_at(k));
        let mut next_number = scores.next().unwrap_or(n);
        // (name start, name end, end with code, numbers end) of the
        // previous name-and-scores pair
        let mut prev: Option<(usize, usize, usize, usize)> = None;
        // (The next token a name may start at: a name starts at a word
        // that may start a run, after a space.)
        let mut i = 0;
        for &r in &self.starts.run_words {
            let r = r as usize;
            if r < i {
                continue;
            }
            i = r;
            while next_number < i {
                next_number = scores.next().unwrap_or(n);
            }
            if next_number > i + TEAM_NAME_REACH || !self.tokens[i].space_before {
                continue;
            }
            let Some((b, name_end)) = self.team_name_at(i) else {
                continue;
            };
            let mut j = b;
            while j < n && j - b < 10 && self.score_at(j) {
                j += 1;
            }
            if j == b {
                prev = None;
                i = b.max(i + 1);
                continue;
            }
            let chained = prev.is_some_and(|(_, _, _, end)| end == i);
            if chained {
                if let Some((pa, pe, pb, _)) = prev {
                    self.push_team(items, pa, pe, pb, out);
                }
                self.push_team(items, i, name_end, b, out);
            }
            prev = Some((i, name_end, b, j));
            i = j;
        }
    }

    /// Records the club named by tokens `a..name_end` (with its letter code
    /// up to `b`), unless it is a country or a person.
    fn push_team(
        &self,
        items: &[Item],
        a: usize,
        name_end: usize,
        b: usize,
        out: &mut Vec<Candidate>,
    ) {
        if self.person_like(items, a, name_end) {
            return;
        }
        if let Some(item) = self.item_at(items, a) {
            if !self.town(item) && item.class != Class::Team && item.class != Class::PartOfName {
                return;
            }
        }
        let span = Span::new(self.tokens[a].start(), self.tokens[b - 1].end());
        if out.last().is_some_and(|c| c.span == span) {
            return;
        }
        // "Torvik Minsk" is "Torvik" in short: the words before its town
        let last = self.item_at(items, name_end - 1);
        let short = last
            .filter(|it| self.town(it) && name_end - a >= 2)
            .map(|it| self.tokens.partition_point(|t| t.end() <= it.span.start()))
            .filter(|&town| town > a && (a..town).all(|t| self.cover[t] == NONE))
            .map(|town| (a, town));
        out.push(Candidate {
            span,
            stem: None,
            a,
            b,
            head: a,
            team: Some(short),
        });
    }

    /// Military units by their number and their head: "the 130th Airlift
    /// Wing", "the 3rd Infantry Division" (an ordinal, not a date's, then
    /// up to four capitalised words ending in a unit's word; not "the 21st
    /// Century Group of Companies", "the 2nd Division title").
    fn military_units(&self, out: &mut Vec<Candidate>) {
        let ordinal = |k: usize| {
            let w = self.word(k);
            words::ordinal_len(w) == Some(w.len())
        };
        let mut next = 0;
        for &i in &self.starts.run_words {
            let i = i as usize;
            if i < next || i == 0 || !self.spaced(i) || !ordinal(i - 1) {
                continue;
            }
            // (Not a date's day: "On May 3rd Infantry soldiers …".)
            if i >= 2 && self.is_word(i - 2) && words::is_calendar(self.word(i - 2)) {
                continue;
            }
            let head = (i..i + 4)
                .take_while(|&k| self.spaced(k) && self.run_word(k))
                .filter(|&k| words::is_military_unit_head(self.word(k)))
                .last()
                // (A company's "Group of …" is none: "the 21st Century
                // Group of Companies"; "the 3rd Infantry Division of Fort
                // Hale" is one.)
                .filter(|&h| {
                    !(self.word(h) == "Group"
                        && self.is_word(h + 1)
                        && self.word(h + 1) == "of"
                        && self.run_word(h + 2))
                })
                // (A word of sport's tables alone is none: "the 2nd
                // Division title".)
                .filter(|&h| h > i || !matches!(self.word(h), "Division" | "Group" | "Wing"));
            if let Some(h) = head {
                out.push(Candidate {
                    span: Span::new(self.tokens[i - 1].start(), self.tokens[h].end()),
                    stem: None,
                    a: i - 1,
                    b: h + 1,
                    head: h,
                    team: None,
                });
                next = h + 1;
            }
        }
    }

    /// Clubs by their fixtures: both names around "v" ("Harlow v
    /// Eastvale"), and the opponent of a known club across a result verb
    /// ("Eastvale beat Harlow").
    fn opponents(&self, items: &[Item], out: &mut Vec<Candidate>) {
        let n = self.tokens.len();
        let known: HashSet<&str> = out
            .iter()
            .filter(|c| c.team.is_some())
            .map(|c| &self.text[c.span.range()])
            .chain(
                items
                    .iter()
                    .filter(|it| it.class == Class::Team)
                    .map(|it| &self.text[it.span.range()]),
            )
            .collect();
        let mut found = Vec::new();
        for &v in &self.starts.fixture_words {
            let v = v as usize;
            if v < 1 || v + 1 >= n {
                continue;
            }
            let versus = words::is_versus(self.word(v));
            if !self.spaced(v) || !self.spaced(v + 1) {
                continue;
            }
            // the name before: back over up to four capitalised words
            let mut a = v;
            while a > 0 && v - a < 4 && self.run_word(a - 1) && (a == v || self.spaced(a)) {
                a -= 1;
            }
            if a == v || !self.spaced(v) {
                continue;
            }
            let right = self.team_name_at(v + 1);
            let Some((rb, rend)) = right else { continue };
            let left_name = &self.text[self.tokens[a].start()..self.tokens[v - 1].end()];
            let right_name = &self.text[self.tokens[v + 1].start()..self.tokens[rend - 1].end()];
            let left_known = known.contains(left_name)
                || self
                    .item_at(items, a)
                    .is_some_and(|it| it.class == Class::Team);
            let right_known = known.contains(right_name)
                || self
                    .item_at(items, v + 1)
                    .is_some_and(|it| it.class == Class::Team);
            if versus || right_known {
                self.push_team(items, a, v, v, &mut found);
            }
            if versus || left_known {
                self.push_team(items, v + 1, rend, rb, &mut found);
            }
        }
        out.extend(found);
    }

    /// Every other mention of a club's town is the club, unless a locative
    /// preposition makes it the place ("in Harlow") or it is the dateline.
    fn town_teams(&self, items: &mut [Item], teams: &HashSet<String>) {
        let mut key = String::new();
        for item in items.iter_mut() {
            if item.class != Class::Place || item.in_dateline || !self.town(item) {
                continue;
            }
            key.clear();
            crate::text::push_lower(&mut key, &self.text[item.span.range()]);
            if !teams.contains(key.as_str()) {
                continue;
            }
            let a = self
                .tokens
                .partition_point(|t| t.end() <= item.span.start());
            let locative = a > 0 && self.spaced(a) && words::is_locative(self.word(a - 1));
            if !locative {
                item.class = Class::Team;
            }
        }
    }

    /// Whether a candidate is new: not a gazetteer name already, not
    /// crossing an organization the gazetteer rules made, and not a place's
    /// own name ("Soviet Union").
    fn accept(&self, c: &Candidate, items: &[Item], existing: &[Span]) -> bool {
        // A title-case headline capitalises every word: a name the rules
        // find there stands only when the window's text after it names it
        // too ("Dunmore Mayor Quits After Harbor Council Vote" names no
        // council unless the story does).
        if let Some(h) = self.title_headline.filter(|h| h.contains(c.span)) {
            let window_end = self.tokens.last().map_or(0, Token::end);
            let name = &self.text[c.span.range()];
            if !self
                .text
                .get(h.end()..window_end)
                .is_some_and(|rest| rest.contains(name))
            {
                return false;
            }
        }
        // "La Union": the head is part of a place's name
        let head = self.cover[c.head];
        if head != NONE && c.team.is_none() {
            let g = self.cx.gazetteer;
            let item = &items[head as usize];
            if super::place_candidates(g, &item.candidates)
                .next()
                .is_some()
                || item.class == Class::Demonym
            {
                return false;
            }
        }
        // (Not around two known organizations joined by a hyphen, the
        // second of two words or more: "Harlow Post-Dunmore News", a
        // poll's two sponsors; "University of Harlow-Dunmore" is one.)
        let mut after_hyphen = None;
        for s in overlapping(existing, c.span) {
            if s == c.span || !c.span.contains(s) {
                return false;
            }
            let words = || self.text.get(s.range()).is_some_and(|t| t.contains(' '));
            if after_hyphen == Some(s.start()) && words() {
                return false;
            }
            if self.text.as_bytes().get(s.end()) == Some(&b'-') {
                after_hyphen = Some(s.end() + 1);
            }
        }
        // a gazetteer match crossing the name's edge, or equal to it
        for t in [c.a, c.b - 1] {
            let k = self.cover[t];
            if k != NONE {
                let item = &items[k as usize];
                if !c.span.contains(item.span) || item.span == c.span {
                    return false;
                }
            }
        }
        true
    }

    /// The gazetteer matches inside an accepted name belong to it: a place
    /// after `of` stays a place too, anything else is part of the name.
    fn absorb(&self, c: &Candidate, items: &mut [Item]) {
        let mut last = NONE;
        for t in c.a..c.b {
            let k = self.cover[t];
            if k == NONE || k == last {
                continue;
            }
            last = k;
            let item = &mut items[k as usize];
            let after_of = t > c.a && self.word(t - 1) == "of";
            item.class = match item.class {
                Class::Place | Class::PlaceInOrg { .. } if after_of => Class::Place,
                _ => Class::PartOfName,
            };
        }
    }

    /// Whether the elements `from..last` end in a person's name before
    /// the surname at `last`: given names or initials (up to three), the
    /// first a given name, after a title or opening the run with no
    /// article before it.
    fn names_before(&self, elems: &[Elem], from: usize, last: usize) -> bool {
        let lex = Lexicon::get();
        let initial = |e: &Elem| self.etext(e).trim_end_matches('.').len() == 1;
        let mut m = last;
        while m > from && last - m < 3 {
            let e = &elems[m - 1];
            if e.conn || !(initial(e) || lex.given_entry(self.etext(e)).is_some()) {
                break;
            }
            m -= 1;
        }
        if m == last || lex.given_entry(self.etext(&elems[m])).is_none() {
            return false;
        }
        let a = elems[from].a;
        let article = a > 0 && matches!(self.word(a - 1), "the" | "The" | "a" | "A" | "an" | "An");
        if m == from {
            !article
        } else {
            elems[m - 1].stop
        }
    }

    /// Whether the capitalised words from token `c` name a cause that ends
    /// a body's name after "for a": no body's head among them ("left
    /// Harlow University for a Dover College post"), and a mark, a
    /// function word or a verb after them, not a noun they modify ("the
    /// Harlow Arts Council for a Fulbright grant"). At most eight tokens.
    fn cause_after(&self, c: usize) -> bool {
        let n = self.tokens.len();
        let mut k = c;
        // (A hyphen joins words: "Energy-Efficient".)
        let hyphen = |k: usize| !self.spaced(k) && (self.word(k) == "-" || self.word(k - 1) == "-");
        while k < n
            && k < c + 8
            && ((self.spaced(k) && self.tokens[k].cap()) || (k > c && hyphen(k)))
        {
            if self.tokens[k].cap() && words::is_org_head(self.word(k)) {
                return false;
            }
            k += 1;
        }
        if k == c {
            return false;
        }
        k >= n
            || self.tokens[k].kind == TokenKind::Punct
            || words::is_function_word(self.word(k))
            || matches!(self.word(k), "and" | "or")
            || Lexicon::get().verb(self.word(k)).is_some()
            || self.word(k).ends_with("ed")
    }

    /// "Departments of Energy and Labor": each item of the list that
    /// the gazetteer names as "Department of …" is a mention of that
    /// department ("Departments of Fisheries and Ports and Harbors": the
    /// longest item first). An item the gazetteer found on its own
    /// ("Health and Human Services") keeps its match.
    fn department_lists(&self, items: &[Item], found: &mut Found<'a>) {
        let g = self.cx.gazetteer;
        let n = self.tokens.len();
        let mut key = String::new();
        // (From the words that may start a run: about one token in six.)
        for &k in &self.starts.run_words {
            let k = k as usize;
            if k + 2 >= n || self.word(k) != "Departments" || self.word(k + 1) != "of" {
                continue;
            }
            // (Not a state's or a town's: "the Harlow Departments of …";
            // a country's are, "U.S. Departments of …".)
            let country = |i: usize| {
                let item = self.cover[i];
                item != NONE
                    && super::place_candidates(g, &items[item as usize].candidates)
                        .any(|id| g.entry(id).kind() == EntryKind::Country)
            };
            if k > 0
                && self.tokens[k - 1].cap()
                && !words::is_function_word(self.word(k - 1))
                && !country(k - 1)
            {
                continue;
            }
            let mut p = k + 2;
            // (At most six items of up to five tokens each: a bounded
            // look.)
            for _ in 0..6 {
                let the = self.spaced(p) && self.word(p) == "the";
                if the {
                    p += 1;
                }
                // (Capitalised words and the "and"s inside them, up to
                // five tokens; an item ends in a capitalised word.)
                let words = (p..n.min(p + 5))
                    .take_while(|&x| {
                        self.spaced(x) && (self.tokens[x].cap() || (x > p && self.word(x) == "and"))
                    })
                    .count();
                let item = (1..=words).rev().find_map(|len| {
                    let e = p + len;
                    if !self.tokens[e - 1].cap() {
                        return None;
                    }
                    key.clear();
                    key.push_str(if the {
                        "Department of the "
                    } else {
                        "Department of "
                    });
                    key.push_str(&self.text[self.tokens[p].start()..self.tokens[e - 1].end()]);
                    g.find_name(&key)
                        .find(|&id| g.entry(id).kind() == EntryKind::Organization)
                        .map(|id| (e, id))
                });
                // (An item the gazetteer matched on its own, under a name
                // with no "Department of" form, is passed over and the
                // list goes on.)
                let Some((e, id)) = item.map(|(e, id)| (e, Some(id))).or_else(|| {
                    let item = self.cover.get(p).copied().filter(|&c| c != NONE)?;
                    let e = (p..n).find(|&x| self.cover[x] != item).unwrap_or(n);
                    Some((e, None))
                }) else {
                    break;
                };
                if let Some(id) = id.filter(|_| (p..e).all(|x| self.cover[x] == NONE)) {
                    let span = Span::new(self.tokens[p].start(), self.tokens[e - 1].end());
                    let o = found.name_id(&self.text[span.range()]);
                    found.entries.push((o, id));
                    found.mentions.push((span, o));
                }
                p = e;
                if self.is_mark(p, b',') {
                    p += 1;
                }
                if p < n && matches!(self.word(p), "and" | "&") {
                    p += 1;
                }
                if p == e {
                    break;
                }
            }
        }
    }

    /// Registers the short forms of a company: its name without the company
    /// form and trailing generic words ("Verdant Mills International" ->
    /// "Verdant Mills"), and the first word alone when it is no person's
    /// name and no place.
    fn add_short_forms(&self, stem: Span, org: usize, forms: &mut Forms) {
        let a = self.tokens.partition_point(|t| t.end() <= stem.start());
        let b = self.tokens.partition_point(|t| t.start() < stem.end());
        let mut stem_words: Vec<usize> = (a..b)
            .filter(|&i| self.is_word(i) && self.word(i) != "&")
            .collect();
        if stem_words.is_empty() || stem_words.len() > MAX_FORM + 2 {
            return;
        }
        let lex = Lexicon::get();
        let single_ok = |i: usize| {
            let w = self.word(i);
            w.chars().count() >= 3
                && self.tokens[i].cap()
                && !self.tokens[i].all_caps()
                && self.cover[i] == NONE
                && lex.given_entry(w).is_none()
                && lex.not_name(w).is_none()
                && !words::is_org_head(w)
                && !is_generic_company_word(w)
                && !words::is_qualifier(w)
                && !words::is_function_word(w)
        };
        let mut push = |ws: &[usize]| {
            if ws.len() == 1 && !single_ok(ws[0]) {
                return;
            }
            let key = self.word(ws[0]).to_lowercase();
            let list = forms.entry(key).or_default();
            if list.len() < 8 && !list.iter().any(|(f, o)| *o == org && f.len() == ws.len()) {
                list.push((ws.to_vec(), org));
            }
        };
        // a form is whole words of the stem, compared word by word
        let plain = (a..b).all(|i| self.is_word(i));
        if plain {
            push(&stem_words);
        }
        while stem_words.len() > 1
            && is_generic_company_word(self.word(stem_words[stem_words.len() - 1]))
        {
            stem_words.pop();
            if plain {
                push(&stem_words);
            }
        }
        if stem_words.len() >= 2 {
            push(&stem_words[..1]);
        }
    }

    /// Acronyms: "(NPC)" right after an organization's name is that
    /// organization; so is "(NPC)" after a run of capitalised words whose
    /// initials it spells. Either way the acronym is the organization
    /// wherever else it appears.
    fn acronyms(
        &self,
        items: &mut [Item],
        existing: &[Span],
        found: &mut Found<'a>,
        forms: &mut Forms,
    ) {
        let n = self.tokens.len();
        // Acronyms that the gazetteer spells as places, with their
        // organizations.
        let mut spelled: HashMap<&str, usize> = HashMap::default();
        // (The next token a bracket may open at: one after the first token,
        // none inside an acronym's brackets.)
        let mut next = 1;
        // (The names the runs found, in text order: the mentions this pass
        // adds come after them.)
        let base = found.mentions.len();
        for &i in &self.starts.brackets {
            let i = i as usize;
            if i < next {
                continue;
            }
            if i + 2 >= n {
                break;
            }
            if !self.bracketed_acronym(i) {
                continue;
            }
            next = i + 3;
            let acr = i + 1;
            // "… Enhancement (FIRE) Act": the name of a law or a program.
            if i + 3 < n && self.tokens[i + 3].cap() && words::is_law_word(self.word(i + 3)) {
                continue;
            }
            // "Fiscal Year (FY) 2027", "World Water Day (WWD)": a span of
            // time, no organization.
            // Nor a measure: "Average Sales Price (ASP)", "Gross Domestic
            // Product (GDP)", "Consumer Price Index (CPI)".
            if matches!(
                self.word(i - 1),
                "Year"
                    | "Years"
                    | "Month"
                    | "Week"
                    | "Day"
                    | "Quarter"
                    | "Price"
                    | "Prices"
                    | "Rate"
                    | "Rates"
                    | "Index"
                    | "Ratio"
                    | "Product"
                    | "Cost"
                    | "Costs"
                    | "Score"
            ) {
                continue;
            }
            // (Past a possessive's "'s": "the Harbor Federation's (HF)
            // award" names the Harbor Federation.)
            let before = self.tokens[i - 1].end()
                - crate::text::possessive_bytes(self.word(i - 1).as_bytes());
            // An organization ending right before the bracket, or one whose
            // name holds it ("Public Works (EPW) Committee").
            let opens = self.tokens[i].start();
            let at = found.mentions[..base].partition_point(|(s, _)| s.start() < opens);
            let mut org = at
                .checked_sub(1)
                .map(|k| found.mentions[k])
                .filter(|(s, _)| s.end() == before || s.end() > self.tokens[i + 2].end())
                .map(|(_, o)| o);
            // (Nor the name of a law, a program or another thing named
            // after a body that the acronym spells: "Harbor Safety Act
            // (HSA)", "… Lodging Facility (HLF)"; one the gazetteer knows
            // stays, "World Food Programme (WFP)"; an initiative may be a
            // body, "… Threat Initiative (NTI)": see
            // [`words::is_named_thing`].)
            let named_thing = words::is_named_thing(&self.text[self.tokens[i - 1].start()..before]);
            // (Or a listed organization right before it: "Department of
            // Energy (DOE)", its acronym that organization's.)
            if org.is_none() {
                let listed = Some(self.cover[i - 1])
                    .filter(|&k| k != NONE)
                    .map(|k| &items[k as usize])
                    .and_then(|item| match item.class {
                        Class::Organization(id) if item.span.end() == before => {
                            Some((&self.text[item.span.range()], id))
                        }
                        _ => None,
                    })
                    .filter(|&(name, _)| initials_hold(name, self.word(acr)));
                if let Some((name, id)) = listed {
                    let o = found.name_id(name);
                    found.entries.push((o, id));
                    org = Some(o);
                }
            }
            if org.is_none() && !named_thing {
                // a run whose initials the acronym spells
                if let Some(start_tok) = self.spelled_by(i, self.word(acr)) {
                    let span = Span::new(self.tokens[start_tok].start(), before);
                    // A name built around a place ("Tennessee Valley
                    // Authority (TVA)"): the acronym is that organization.
                    if self.built_around_place(items, span) {
                        let o = found.name_id(&self.text[span.range()]);
                        found.mentions.push((span, o));
                        org = Some(o);
                    }
                    let clash = org.is_some()
                        || overlapping(existing, span).next().is_some()
                        || (start_tok..i).any(|t| {
                            let k = self.cover[t];
                            k != NONE && items[k as usize].span == span
                        });
                    if !clash {
                        let o = found.name_id(&self.text[span.range()]);
                        found.mentions.push((span, o));
                        let c = Candidate {
                            span,
                            stem: None,
                            a: start_tok,
                            b: i,
                            head: i - 1,
                            team: None,
                        };
                        self.absorb(&c, items);
                        org = Some(o);
                    }
                }
            }
            if let Some(o) = org {
                self.claim_acronym(acr, o, items, found, forms, &mut spelled);
            }
        }
        // "… Development Agency, or BARDA, will": an acronym after "or"
        // between commas, its first letter the organization's.
        let mut ors = Vec::new();
        for &(span, o) in &found.mentions {
            let k = self.tokens.partition_point(|t| t.start() < span.end());
            let given = k + 3 < n
                && self.tokens[k].start() == span.end()
                && self.is_mark(k, b',')
                && self.word(k + 1) == "or"
                && self.acronym_like(k + 2)
                && (self.is_mark(k + 3, b',') || self.is_mark(k + 3, b')'))
                && self.word(k + 2).as_bytes().first() == found.names[o].as_bytes().first();
            if given {
                ors.push((k + 2, o));
            }
        }
        for (acr, o) in ors {
            self.claim_acronym(acr, o, items, found, forms, &mut spelled);
        }
        if !spelled.is_empty() {
            // (One pass over the items, however many acronyms; not one
            // inside another organization's name, "CORK Foundation".)
            // (Spans by start, each with the furthest end up to it: nested
            // spans too are seen.)
            let mut taken: Vec<Span> = found.mentions.iter().map(|(s, _)| *s).collect();
            // (Not a listed organization's mention of the acronym itself:
            // it is the one the article defines.)
            let acronym = |s: &Span| {
                self.text
                    .get(s.range())
                    .is_some_and(|w| spelled.contains_key(w))
            };
            taken.extend(existing.iter().filter(|s| !acronym(s)));
            sort_spans(&mut taken);
            let reach: Vec<usize> = taken
                .iter()
                .scan(0, |far, s| {
                    *far = s.end().max(*far);
                    Some(*far)
                })
                .collect();
            let covered = |span: Span| {
                let before = taken.partition_point(|s| s.start() < span.end());
                before > 0 && reach[before - 1] > span.start()
            };
            for item in items.iter_mut() {
                let class = matches!(
                    item.class,
                    Class::Place | Class::PartOfName | Class::Organization(_)
                );
                if !class || covered(item.span) {
                    continue;
                }
                let o = self
                    .text
                    .get(item.span.range())
                    .and_then(|w| spelled.get(w));
                if let Some(&o) = o {
                    item.class = Class::PartOfName;
                    found.mentions.push((item.span, o));
                }
            }
        }
        // the initials of a multi-word organization ("Federal Grain
        // Marketing Board" -> "FGMB")
        let mut initials = String::new();
        for (o, name) in found.names.iter().enumerate() {
            initials.clear();
            let mut count = 0;
            for w in name.split(' ') {
                if let Some(c) = w.chars().next().filter(|c| c.is_uppercase()) {
                    initials.push(c);
                    count += 1;
                }
            }
            initials.make_ascii_lowercase();
            if count >= 3 && !forms.contains_key(&initials) {
                let owner = o;
                // no token to point at: an empty form matches the word alone
                forms.insert(initials.clone(), vec![(Vec::new(), owner)]);
            }
        }
    }

    /// Makes acronym token `acr` a short form of organization `o`: a form
    /// for its later mentions, or, when the gazetteer spells it as a place,
    /// the organization's mention here and wherever else the article
    /// writes it (`spelled`).
    fn claim_acronym(
        &self,
        acr: usize,
        o: usize,
        items: &mut [Item],
        found: &mut Found<'a>,
        forms: &mut Forms,
        spelled: &mut HashMap<&'a str, usize>,
    ) {
        let k = self.cover[acr];
        if k == NONE {
            // (Once per organization: a definition repeated costs no
            // longer list to every later mention.)
            let list = forms.entry(self.word(acr).to_lowercase()).or_default();
            if !list.iter().any(|(f, x)| *x == o && f.len() == 1) {
                list.push((vec![acr], o));
            }
            return;
        }
        let item = &mut items[k as usize];
        if item.span != self.tokens[acr].span() {
            return;
        }
        let defines = match item.class {
            // An acronym the gazetteer lists for an organization: the same
            // one when the names share the words that tell bodies apart
            // ("General Accountability Office (GAO)", see [`same_body`]),
            // else the one the article defines, here and wherever else it
            // writes it ("Institute of Medicine (IOM)").
            // (The listed name or one of its aliases; a name sharing a
            // word with them that tells bodies apart may be one spelled
            // otherwise, "Reporters Sans Frontières (RSF)": the acronym
            // stays the listed body's. Only a name that spells the
            // acronym is rebound: not "… and Human Service (HHS)", a piece
            // of a longer name.)
            Class::Organization(id) => {
                let entry = self.cx.gazetteer.entry(id);
                let ours = distinctive_words(found.names[o]);
                let mut listed = std::iter::once(entry.name()).chain(entry.aliases());
                let mut near = false;
                let same = listed.any(|name| {
                    let theirs = distinctive_words(name);
                    near |= ours.iter().any(|w| theirs.contains(w));
                    same_body(&ours, &theirs)
                });
                if same {
                    found.entries.push((o, id));
                }
                !same && !near && initials_hold(found.names[o], self.word(acr))
            }
            // An acronym the gazetteer spells as a place ("… Agency (BAR)",
            // not the town Bar): the organization's, here and wherever else
            // the article writes it (the first definition counts).
            Class::Place | Class::PartOfName => true,
            _ => false,
        };
        if defines {
            item.class = Class::PartOfName;
            found.mentions.push((item.span, o));
            spelled.entry(self.word(acr)).or_insert(o);
        }
    }

    /// Whether `span` is exactly an organization name the place rules
    /// built around a place ("Tennessee Valley Authority", "University of
    /// Leeds"), named by its text.
    fn built_around_place(&self, items: &[Item], span: Span) -> bool {
        let from = items.partition_point(|item| item.span.end() <= span.start());
        items[from..]
            .iter()
            .take_while(|item| item.span.start() < span.end())
            .any(|item| match item.class {
                Class::OrgAround { start, end } => Span::new(start, end) == span,
                Class::PlaceInOrg { start } => Span::new(start, item.span.end()) == span,
                _ => false,
            })
    }

    /// Whether token `i` looks like an acronym: 2 to 8 capitals (digits
    /// allowed after the first), or capitals first and last with up to two
    /// small letters between, as a connector's ("DoE", "DfID").
    fn acronym_like(&self, i: usize) -> bool {
        let t = &self.tokens[i];
        let w = self.word(i);
        let b = w.as_bytes();
        let mixed = || {
            b.len() >= 3
                && b[0].is_ascii_uppercase()
                && b[b.len() - 1].is_ascii_uppercase()
                && b.iter().all(u8::is_ascii_alphabetic)
                && b.iter().filter(|c| c.is_ascii_lowercase()).count() <= 2
        };
        t.kind == TokenKind::Word
            && (2..=8).contains(&w.len())
            && ((t.all_caps()
                && b.iter()
                    .all(|c| c.is_ascii_uppercase() || c.is_ascii_digit()))
                || mixed())
    }

    /// The first token of the run of capitalised words ending before the
    /// bracket at `paren` whose initials (connectors skipped) spell
    /// `acronym`.
    fn spelled_by(&self, paren: usize, acronym: &str) -> Option<usize> {
        let letters = acronym.as_bytes();
        let mut want = letters.len();
        let mut t = paren;
        let mut first = None;
        let mut steps = 0;
        while t > 0 && want > 0 && steps < MAX_SPELLED {
            let p = t - 1;
            if !(self.spaced(t) || t == paren) {
                break;
            }
            let w = self.word(p);
            if self.cap_word(p) {
                let c = w.as_bytes()[0];
                if c != letters[want - 1] {
                    return None;
                }
                want -= 1;
                first = Some(p);
            } else if !is_connector(w) && w != "the" {
                return None;
            }
            t = p;
            steps += 1;
        }
        (want == 0 && first.is_some_and(|f| paren - f >= 2)).then_some(first?)
    }

    /// Every later (or earlier) mention of a short form or acronym that no
    /// gazetteer rule claimed, as a whole name: not followed by another
    /// capitalised word, not after a form of address.
    fn later_mentions(&self, existing: &[Span], found: &mut Found, forms: &Forms) {
        let n = self.tokens.len();
        let mut claimed: Vec<Span> = found.mentions.iter().map(|(s, _)| *s).collect();
        sort_spans(&mut claimed);
        let mut new = Vec::new();
        // Most capitalised words are no form: the filters (the first two
        // and last two letters of every key; its first two letters and its
        // length) turn them away before they are lower-cased and hashed.
        // (Two: a long text has hundreds of forms, and then one filter
        // lets through many a frequent word, "I", "Act".)
        let mut shapes = ShapeFilter::new();
        let mut starts = WordFilter::new();
        for k in forms.keys() {
            shapes.insert(k);
            starts.insert(k);
        }
        let may_be_form = |w: &str| shapes.may_contain(w) && starts.may_contain(w);
        let mut key = String::new();
        let mut lookup = |word: &str| {
            key.clear();
            crate::text::push_lower(&mut key, word);
            forms.get(key.as_str())
        };
        let mut i = 0;
        while i < n {
            // The next capitalised word, found in a loop of its own (most
            // tokens are none), that no item covers.
            let next = self.tokens[i..].iter().position(Token::cap);
            let Some(skip) = next else {
                break;
            };
            i += skip;
            if self.cover[i] != NONE {
                i += 1;
                continue;
            }
            let w = self.word(i);
            let caps = self.tokens[i].all_caps();
            let mut list = None;
            if may_be_form(w) {
                list = lookup(w);
            }
            // "Verdant's": the form without its possessive
            let bare = words::unpossessed(w);
            if list.is_none() && bare.len() < w.len() && may_be_form(bare) {
                list = lookup(bare);
            }
            let Some(list) = list else {
                i += 1;
                continue;
            };
            // a name written as the form was, or in capitals (a headline)
            let same_word = |t: usize, f: usize| {
                let (x, y) = (self.word(t), self.word(f));
                let x = if x == y { x } else { words::unpossessed(x) };
                x == y || (self.tokens[t].all_caps() && x.eq_ignore_ascii_case(y))
            };
            // (end token, org, the form's own last word, or none for initials)
            let mut best: Option<(usize, usize, Option<usize>)> = None;
            for (form, org) in list {
                let len = form.len().max(1);
                if i + len > n {
                    continue;
                }
                let same = if form.is_empty() {
                    caps // initials
                } else {
                    form.iter().enumerate().all(|(k, &f)| {
                        let t = i + k;
                        (k == 0 || self.tokens[t].space_before == self.tokens[f].space_before)
                            && same_word(t, f)
                    })
                };
                if same && best.map_or(true, |(e, _, _)| i + len > e) {
                    best = Some((i + len, *org, form.last().copied()));
                }
            }
            let Some((end, org, form_last)) = best else {
                i += 1;
                continue;
            };
            let last = end - 1;
            let mut span_end = self.tokens[last].end();
            let lw = self.word(last);
            let form_word = form_last.map_or("", |f| self.word(f));
            if lw != form_word {
                span_end -= lw.len() - words::unpossessed(lw).len();
            }
            // in a headline in capitals, the neighbours are capitals too
            let headline = caps && !form_last.is_some_and(|f| self.tokens[f].all_caps());
            let acronym = form_last.map_or(true, |f| self.tokens[f].all_caps());
            let span = Span::new(self.tokens[i].start(), span_end);
            let next_cap = span_end == self.tokens[last].end()
                && self.spaced(end)
                && self.cap_word(end)
                && !words::is_function_word(self.word(end));
            let prev_name = i > 0
                && self.spaced(i)
                && self.cap_word(i - 1)
                && !words::is_function_word(self.word(i - 1));
            let after_address = i > 0 && {
                let p = if self.word(i - 1) == "." && i > 1 {
                    i - 2
                } else {
                    i - 1
                };
                words::is_honorific(self.word(p)) || words::is_title(self.word(p))
            };
            let taken = overlapping(&claimed, span).next().is_some()
                || overlapping(existing, span).next().is_some()
                || (i..end).any(|t| self.cover[t] != NONE);
            let next_cap = next_cap && !headline;
            let prev_name = prev_name && !headline && !acronym;
            if !(next_cap || prev_name || after_address || taken) {
                new.push((span, org));
            }
            i = end;
        }
        found.mentions.extend(new);
    }
}

/// Words after which a joined period belongs to the word: initials and
/// dotted acronyms ("U.S.", "A.G."), and company abbreviations ("Inc.").
fn abbreviation_like(word: &str) -> bool {
    let mut chars = word.chars();
    let single = chars.next().is_some_and(char::is_uppercase) && chars.next().is_none();
    single || words::keeps_period(word) || matches!(word, "St" | "Mt")
}

/// A word for a publication that may name one after it: an
/// [`is_media_noun`], or one that names one only after it ("the website
/// X"; not "Leahy website").
fn is_media_noun_before_name(word: &str) -> bool {
    is_media_noun(word)
        || matches!(
            word,
            "publication" | "journal" | "website" | "blog" | "newsletter"
        )
}

/// A word for a publication that names one beside it ("newspaper",
/// "daily").
fn is_media_noun(word: &str) -> bool {
    matches!(
        word,
        "newspaper" | "daily" | "weekly" | "magazine" | "tabloid" | "broadsheet"
    )
}

/// Connectors inside a run: "Bank for International Settlements", "Test
/// and County Board", "Salvage & Towing".
fn is_connector(word: &str) -> bool {
    words::is_connector(word) || matches!(word, "de" | "del" | "di" | "du" | "des" | "della")
}

/// Whether `word` is "v", "vs", "versus" or a result verb ("beat",
/// "drew"): the words between two clubs.
fn fixture_word(word: &str) -> bool {
    words::is_versus(word) || words::is_sports_verb(word)
}

/// Whether a word starting with the byte `first` and `len` bytes long may
/// be a [`fixture_word`] (each is a lower-case word): most words stop here,
/// before their text is read.
fn fixture_shape(first: u8, len: usize) -> bool {
    len < 16 && FIXTURE_SHAPES[usize::from(first)] >> len & 1 != 0
}

/// Per first byte, the lengths of the [`fixture_word`]s that start with
/// it ([`words::length_shapes`]).
static FIXTURE_SHAPES: [u16; 256] = words::length_shapes(&[words::VERSUS, words::SPORTS_VERBS]);

/// Company forms, with or without periods: "Inc.", "S.A.", "PLC", "INC".
#[inline(always)]
fn company_form(word: &str) -> bool {
    // Every form has four letters at most ("Corp", "GmbH"): a word whose
    // first five bytes hold no period is none (most words stop here,
    // without a call), a longer word is turned away at its fifth letter.
    if word
        .as_bytes()
        .get(..5)
        .is_some_and(|five| five.iter().all(|&b| b != b'.'))
    {
        return false;
    }
    short_company_form(word)
}

/// [`company_form`] of a word it did not turn away at once.
#[inline(never)]
fn short_company_form(word: &str) -> bool {
    // Every form starts with one of these capitals ("Inc", "SpA", "AG",
    // "GmbH", "NV", "BV", "LLC", "PLC"): most short words ("the", "of")
    // are turned away by their first byte. (A word starting with a period
    // is read on: periods are left out below.)
    if !matches!(
        word.as_bytes().first(),
        Some(b'.' | b'A' | b'B' | b'C' | b'G' | b'I' | b'L' | b'N' | b'P' | b'S')
    ) {
        return false;
    }
    let mut buf = [0u8; 4];
    let mut n = 0;
    for b in word.bytes() {
        if b == b'.' {
            continue;
        }
        if n == buf.len() {
            return false;
        }
        buf[n] = b;
        n += 1;
    }
    // (Most words have no period: the word itself, without a copy.)
    let w = if n == word.len() {
        word
    } else {
        let Ok(w) = std::str::from_utf8(&buf[..n]) else {
            return false;
        };
        w
    };
    words::is_company_suffix(w)
        || ["Inc", "Corp", "Ltd", "Plc", "Co"].iter().any(|s| {
            w.len() >= 2 && s.eq_ignore_ascii_case(w) && w.bytes().all(|c| c.is_ascii_uppercase())
        })
}

/// Words a company name may drop in short: "Verdant Mills International"
/// is "Verdant Mills".
fn is_generic_company_word(word: &str) -> bool {
    matches!(
        word,
        "International"
            | "Industries"
            | "Group"
            | "Holdings"
            | "Holding"
            | "Corporation"
            | "Company"
            | "Enterprises"
            | "Companies"
            | "Incorporated"
            | "Limited"
    )
}

const TEAM_WORDS: &str = include_str!("../../../data/curated/team_words.tsv");

/// Where a club word stands in a club's name.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum TeamWord {
    Prefix,
    Suffix,
    AfterPlace,
}

/// The club words of `team_words.tsv` with where each stands (read once,
/// to build [`TEAM_MAP`] and [`TEAM_SHAPES`]).
static TEAM: Lazy<Vec<(&'static str, TeamWord)>> = Lazy::new(|| {
    TEAM_WORDS
        .lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .skip(1)
        .filter_map(|l| {
            let (word, position) = l.split_once('\t')?;
            let kind = match position.trim() {
                "prefix" => TeamWord::Prefix,
                "suffix" => TeamWord::Suffix,
                "after_place" => TeamWord::AfterPlace,
                _ => return None,
            };
            Some((word, kind))
        })
        .collect()
});

/// [`TEAM`] as a [`WordMap`]: most club words are short, and are looked up
/// packed, without hashing their bytes.
static TEAM_MAP: Lazy<WordMap<TeamWord>> = Lazy::new(|| WordMap::new(TEAM.iter().copied()));

/// Per first byte, the lengths (below 32) of the club words that start
/// with it, as bits: most capitalised words are turned away by one table
/// load, before they are hashed.
static TEAM_SHAPES: Lazy<[u32; 256]> = Lazy::new(|| {
    let mut shapes = [0u32; 256];
    for (word, _) in TEAM.iter() {
        match word.as_bytes().first() {
            Some(&first) if word.len() < 32 => shapes[usize::from(first)] |= 1 << word.len(),
            _ => {}
        }
    }
    shapes
});

fn team_word(word: &str) -> Option<TeamWord> {
    let first = *word.as_bytes().first()?;
    // (Longer words are looked up: the table holds no bit for them.)
    if word.len() < 32 && TEAM_SHAPES[usize::from(first)] >> word.len() & 1 == 0 {
        return None;
    }
    TEAM_MAP.get(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixture_words_have_the_shapes_the_scanner_looks_at() {
        let words = [
            "v", "vs", "versus", "beat", "beats", "beating", "defeated", "thrashed", "edged",
            "drew", "routed",
        ];
        for w in words {
            assert!(fixture_word(w), "{w}");
            assert!(fixture_shape(w.as_bytes()[0], w.len()), "{w}");
        }
        for w in ["the", "to", "told", "drove", "beaten", "vote"] {
            assert!(!fixture_word(w), "{w}");
        }
    }

    #[test]
    fn company_forms_with_and_without_periods() {
        for w in [
            "Inc", "Inc.", "S.A.", "SA", "GmbH", "Corp.", "CORP", "INC", "PLC", "Co",
        ] {
            assert!(company_form(w), "{w}");
        }
        for w in [
            "Company",
            "Incorporated",
            "Corporation",
            "C",
            "Inca",
            "S.A.R.L.",
            "inc",
        ] {
            assert!(!company_form(w), "{w}");
        }
    }

    #[test]
    fn team_words_parse() {
        assert_eq!(team_word("Dynamo"), Some(TeamWord::Prefix));
        assert_eq!(team_word("Rovers"), Some(TeamWord::Suffix));
        assert_eq!(team_word("City"), Some(TeamWord::AfterPlace));
        assert_eq!(team_word("word"), None);
        let rows = TEAM_WORDS
            .lines()
            .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
            .count();
        assert_eq!(TEAM.len() + 1, rows, "every row parses");
        let distinct: std::collections::HashSet<&str> = TEAM.iter().map(|&(w, _)| w).collect();
        assert_eq!(distinct.len(), TEAM.len(), "no duplicates");
    }
}
