//! Attribution: which quoted regions and reported clauses are speech, their
//! cue, and the speaker mention.
//!
//! The text is cut into frame sentences: the tokenizer's sentences and
//! paragraphs, except that no frame boundary falls inside a quotation. Each
//! frame is read once, left to right, looking at its cues; the speaker is the
//! noun phrase next to the cue. Look-arounds are bounded, so the whole pass
//! is linear in the number of tokens.

use std::cell::Cell;

use super::cues::{self, class, Cue, Lex};
use super::marks::{self, Region};
use super::{QuoteExtractor, QuoteKind};
use crate::entity::people::lexicon::{Lexicon, NotName};
use crate::entity::places::words;
use crate::text::{self, is_abbreviation, Token, TokenKind};
use crate::window;

/// A quotation found in the text, before speakers are resolved to people.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Found {
    pub kind: QuoteKind,
    /// Byte span of the content.
    pub start: usize,
    pub end: usize,
    /// Byte span of the cue.
    pub cue: Option<(usize, usize)>,
    pub speaker: Option<Spk>,
    /// Whether the cue is negated ("did not say whether …").
    pub negated: bool,
    /// For a relative pronoun speaker ("who", "which"), the byte span of
    /// the noun phrase it stands for.
    pub antecedent: Option<ByteSpan>,
}

/// A speaker mention: a byte span and whether it is a pronoun.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Spk {
    pub start: usize,
    pub end: usize,
    /// The pronoun's class bits (MALE, FEMALE) when the mention is one.
    pub pronoun: Option<u16>,
}

impl Found {
    /// A finding before the post-passes set `negated` and `antecedent`.
    fn new(
        kind: QuoteKind,
        (start, end): ByteSpan,
        cue: Option<ByteSpan>,
        speaker: Option<Spk>,
    ) -> Found {
        Found {
            kind,
            start,
            end,
            cue,
            speaker,
            negated: false,
            antecedent: None,
        }
    }
}

impl Spk {
    /// Whether the mention shares a byte with `[start, end)`.
    fn overlaps(&self, start: usize, end: usize) -> bool {
        self.start < end && start < self.end
    }
}

/// A byte span `(start, end)`.
type ByteSpan = (usize, usize);

/// The most words a speaker's appositive between two joint speakers has
/// ("Ann Roy, chair of the panel, and Tom Hale, …").
pub(crate) const APPOSITIVE_WORDS: usize = 12;

/// The forms of "ask".
const ASK_FORMS: &[&str] = &["ask", "asks", "asked", "asking"];

/// Cues of asking whose "for" and noun phrase is what they ask for.
const ASKS_FOR: &[&str] = &[
    "ask", "asks", "asked", "asking", "call", "calls", "called", "calling", "press", "presses",
    "pressed", "pressing", "push", "pushes", "pushed", "pushing",
];

/// An attribution: the speaker, the cue, and a token index (where the
/// content ends, or the paragraph number for the last speaker).
type Attr = (Spk, Option<ByteSpan>, usize);

/// How many tokens a look-around may cover.
const REACH: usize = 14;

/// Plural units of time ("Two weeks ago", "Two days before the vote").
const TIME_UNITS: &[&str] = &["days", "weeks", "months", "years", "hours"];

thread_local! {
    // The stage's per-token tables and token lists, reused from text to
    // text ([`window::take_buffer`]; given back at the end of [`find`]).
    static LEX: Cell<Vec<Lex>> = const { Cell::new(Vec::new()) };
    static REG_OF: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    static CUES: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    static IDIOMS: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    static WORDS_TOKENS: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    static STATEMENTS: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    static STOPS: Cell<Vec<u32>> = const { Cell::new(Vec::new()) };
    static PARA_STARTS: Cell<Vec<usize>> = const { Cell::new(Vec::new()) };
    static PARA: Cell<Vec<bool>> = const { Cell::new(Vec::new()) };
    static REGIONS: Cell<Vec<Region>> = const { Cell::new(Vec::new()) };
}
/// How many tokens the content of one cue may cover, so that every cue
/// costs bounded work.
const MAX_CONTENT: usize = 400;

/// Nouns of laws in the making, which an offer of is no speech ("offered
/// an amendment").
const LAW_NOUNS: &[&str] = &[
    "amendment",
    "amendments",
    "bill",
    "bills",
    "legislation",
    "measure",
    "measures",
    "motion",
    "motions",
    "resolution",
    "resolutions",
];

/// Writings that state what they hold ("the law states that …"), besides
/// the sources of the cue table ("report", "letter", "memo") and
/// [`LAW_NOUNS`].
const WRITINGS: &[&str] = &[
    "law",
    "constitution",
    "policy",
    "rule",
    "regulation",
    "website",
    "document",
    "order",
    "agreement",
    "contract",
    "treaty",
    "article",
    "book",
    "notice",
    "guidance",
    "proposal",
    "plan",
    "section",
    "provision",
    "decision",
    "ruling",
    "opinion",
    "indictment",
    "affidavit",
    "application",
    "budget",
    "audit",
    "analysis",
    "review",
    "label",
];

/// How content is read: whether its first word may be any word.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Read {
    /// A reported clause opens with a subject (or a clause word).
    Plain,
    /// After a parenthetical attribution ("she said,") it may also open
    /// with an auxiliary or a preposition.
    Loose,
    /// Content ahead of its attribution is delimited on both sides: any
    /// first word will do.
    Before,
}

struct Scan<'a> {
    text: &'a str,
    toks: &'a [Token],
    /// The text of each token, sliced once for the window
    /// ([`crate::text::token_texts`]): the rules read words far more often
    /// than there are tokens.
    words: &'a [&'a str],
    lex: Vec<Lex>,
    regions: Vec<Region>,
    /// The tokens where regions open, in order.
    region_opens: Vec<u32>,
    /// For each token, 1 + the index of the region whose marks or content it
    /// belongs to, or 0.
    reg_of: Vec<u32>,
    used: Vec<bool>,
    /// Whether each region is a name given by a naming participle ("a box
    /// labeled “…”"): never a quotation.
    named: Vec<bool>,
    /// Report a cue's noun-phrase object as its content.
    objects: bool,
    out: Vec<Found>,
    /// Whether each token starts a paragraph.
    para: Vec<bool>,
    /// The tokens where a frame's reading stops, in order: the cues, and
    /// "words" of "in the words of" (see [`Scan::frame`]).
    stops: Vec<u32>,
    /// `(s0, outputs seen, max end)`: the furthest end of the outputs found
    /// since a frame started at token `s0`, kept up to date incrementally so
    /// that many attributions in one long sentence stay linear.
    out_end: (usize, usize, usize),
    /// The tokens "statement", in order.
    statements: Vec<u32>,
    /// The first stop and the first region opening at or after the start
    /// of the frame read last: frames are read in order, so these only
    /// move forward.
    next_stop: usize,
    next_open: usize,
    /// The mentions of the people the article names, `(start, end,
    /// person)` in order (none when quotations are read on their own).
    people: &'a [(usize, usize, usize)],
}

/// Finds every quotation of the text, with the options of `opts`.
pub(crate) fn find<'a>(
    text: &'a str,
    toks: &'a [Token],
    words: &'a [&'a str],
    sentences: &[(usize, usize)],
    landmarks: &crate::text::Landmarks,
    opts: &QuoteExtractor,
    people: &'a [(usize, usize, usize)],
) -> Vec<Found> {
    let mut para_starts = window::take_buffer(&PARA_STARTS);
    let para = marks::paragraph_starts(
        text,
        toks,
        &landmarks.line_starts,
        &mut para_starts,
        window::take_buffer(&PARA),
    );
    let regions = marks::regions(
        text,
        toks,
        &para,
        &para_starts,
        &landmarks.marks,
        window::take_buffer(&REGIONS),
    );
    let mut reg_of = window::take_buffer(&REG_OF);
    reg_of.resize(toks.len(), 0);
    for (r, reg) in regions.iter().enumerate() {
        // An unclosed region's `close` is one past its last content token.
        let close = if reg.closed {
            reg.close
        } else {
            reg.close.saturating_sub(1)
        };
        let last = close.min(toks.len().saturating_sub(1));
        for x in reg_of.iter_mut().take(last + 1).skip(reg.open) {
            *x = r as u32 + 1;
        }
    }
    let Reading {
        lex,
        cues: mut cue_tokens,
        idioms,
        words_tokens,
        statements,
    } = read_tokens(text, toks, words);
    // The text of token `k` ("" past the end), from the shared table.
    let w = |k: usize| words.get(k).copied().unwrap_or("");
    // A capitalized cue inside a name is no cue ("the United States
    // military"); in a title-case headline the next word is capitalized too.
    let capital = |i: usize| toks.get(i).is_some_and(Token::cap);
    // After an article or a possessive a cue is a noun or an adjective:
    // "the proposed cuts", "a warning", "the president's proposed cuts".
    // ("The company's said it …": there "'s" is "has", and the word after
    // the cue is no noun.)
    let noun_after = |i: usize, lex: &[Lex]| {
        toks.get(i).is_some_and(|t| {
            t.kind == TokenKind::Word
                && !t.cap()
                && lex[i].class() & (class::PRONOUN | class::DET | class::CLAUSE | class::PREP) == 0
        })
    };
    let modifier = |i: usize, lex: &[Lex]| {
        toks.get(i).is_some_and(|t| {
            t.kind == TokenKind::Word
                && (["the", "a", "an", "his", "their", "its", "our", "my", "your"]
                    .iter()
                    .any(|d| w(i).eq_ignore_ascii_case(d))
                    || (possessive_noun(w(i)) && noun_after(i + 2, lex))
                    // (A name's before a past form and a noun too: "Roy's
                    // proposed bill"; "Roy's said" is "has said".)
                    // (Not a pronoun's "has", "She's warned …", nor a
                    // verb before its audience and their clause, "Roy's
                    // urged lawmakers to …"; "the President's proposed
                    // cuts to …" stays a noun.)
                    // (After "the", before a name or a number too: "the
                    // Council's proposed FY 2031 levy".)
                    || (capital(i)
                        && contraction_stem(w(i)).is_some_and(|s| !contraction_subject(s))
                        && w(i + 1).ends_with("ed")
                        && (noun_after(i + 2, lex)
                            || (i > 0
                                && w(i - 1).eq_ignore_ascii_case("the")
                                && toks.get(i + 2).is_some_and(|t| {
                                    t.cap() || t.kind == TokenKind::Number
                                })))
                        && !(lex[i + 2].class() & class::AUDIENCE != 0
                            && matches!(w(i + 3), "that" | "to"))))
        })
    };
    // A past form before a noun describes it after a determiner of
    // quantity or a verb: "another proposed landfill", "to fight proposed
    // cuts", "reviewed proposed rules".
    let prenominal = |i: usize, lex: &[Lex]| {
        let plain = |k: usize| {
            toks.get(k).is_some_and(|t| {
                t.kind == TokenKind::Word
                    && !t.cap()
                    && lex[k].class() == 0
                    && lex[k].cue().is_none()
            })
        };
        let past = |k: usize| {
            let v = w(k);
            !capital(k) && v.len() >= 5 && v.ends_with("ed")
        };
        let before = ["another", "other", "each", "every", "any", "this", "these"]
            .iter()
            .any(|d| w(i - 1).eq_ignore_ascii_case(d))
            || (plain(i - 1) && (past(i - 1) || (i >= 2 && w(i - 2).eq_ignore_ascii_case("to"))));
        // (Not before a clause: "Another predicted prices would fall",
        // "…, and each insisted victory was near": there "another" and
        // "each" stand for people.)
        let clause = toks.get(i + 2).is_some_and(|_| {
            lex[i + 2].class() & class::AUX != 0 || past(i + 2) || lex[i + 2].cue().is_some()
        });
        // Right after a verb of speech the past form describes the
        // clause's subject, its verb after: "Officials said confirmed cases
        // rose", "the mayor announced revised fees would …".
        // (With the subject's verb right after the noun, "rose", "would";
        // not the verb of a relative clause before the sentence's own:
        // "Residents who asked demanded answers", "The man she accused
        // denied it", "The official who testified admitted mistakes had
        // been made".)
        let relative = i >= 3
            && (["who", "that", "which"].contains(&w(i - 2))
                || (lex[i - 2].class() & class::PRONOUN != 0
                    && toks[i - 3].kind == TokenKind::Word
                    && !capital(i - 3)
                    && lex[i - 3].class() == 0));
        let verb_after = toks
            .get(i + 2)
            .is_some_and(|_| lex[i + 2].class() & (class::AUX | class::PAST) != 0 || past(i + 2));
        let after_cue = !capital(i - 1)
            && lex[i - 1]
                .cue()
                .is_some_and(|c| !(c.that || c.quote || c.according || c.to))
            && verb_after
            && !relative;
        past(i) && plain(i + 1) && (after_cue || (before && !clause))
    };
    // A noun in "-s" before the plural verb of its own clause and its
    // "that": "after new reports show that …", "Recent reports suggest
    // that …" (not "He says doubt remains").
    let subject_noun = |i: usize, lex: &[Lex]| {
        w(i).ends_with('s')
            && !capital(i)
            && toks
                .get(i + 1)
                .is_some_and(|t| t.kind == TokenKind::Word && !t.cap())
            && (lex[i + 1].cue().is_some_and(|c| c.plain) || ["show", "find"].contains(&w(i + 1)))
            && w(i + 2) == "that"
    };
    // A title-case headline attributed at its end: "Mayor Hid Budget
    // Gap, Former Aide Says." (a final stop right after, a comma a
    // few words before).
    // (A headline: the two words before the comma are capitalised too,
    // unlike "…, the scholar, Edward Said.")
    let headline_said = |i: usize| {
        toks.get(i + 1).map_or(true, |_| w(i + 1) == ".")
            && (i.saturating_sub(6)..i)
                .find(|&k| w(k) == ",")
                .is_some_and(|k| k >= 2 && capital(k - 1) && capital(k - 2))
    };
    // A capitalised cue between capitalised words that a lower-case word
    // follows is inside a name: "the Coastal Writing Project trains",
    // "the Land Claims Act that …" (a title-case headline has no
    // lower-case word after its capitals).
    // (Not in a title-case headline that writes its short words in lower
    // case, "Gov. Roy Says Budget Cuts Are off the Table": there most
    // words around are capitalised.)
    let inside_name = |i: usize| {
        let title_case = || {
            let (mut caps, mut words) = (0, 0);
            let from = i.saturating_sub(6);
            for (k, t) in toks.iter().enumerate().take(i + 7).skip(from) {
                if t.kind == TokenKind::Word {
                    words += 1;
                    caps += usize::from(capital(k));
                }
            }
            3 * caps >= 2 * words
        };
        capital(i)
            && capital(i - 1)
            && capital(i + 1)
            && (i + 2..i + 6)
                .find(|&k| !capital(k))
                .is_some_and(|k| toks.get(k).is_some_and(|t| t.kind == TokenKind::Word))
            && !title_case()
    };
    // "worth noting", "goes without saying": no one speaks.
    let idiom =
        |i: usize| w(i).eq_ignore_ascii_case("worth") || w(i).eq_ignore_ascii_case("without");
    // A capitalised cue opening a run of capitalised words is a given
    // name ("Grace Lee, a spokeswoman, …"), unless it may come before its
    // speaker ("Says Ann Roy: …"); a title-case headline ("Mayor Praises
    // Plan") keeps its cue.
    let given_name = |i: usize, lex: &[Lex]| {
        capital(i)
            && !capital(i - 1)
            && capital(i + 1)
            && lex[i + 1].class() == 0
            && lex[i].cue().is_some_and(|c| !c.inv)
    };
    // A verb of amounts or of phoning, not of speech: "dropped sharply
    // from 40 percent to 31", "fell by 3 percent", "called into a radio
    // show", "called in to the program".
    // (Only for cues with such a sense: "said into the microphone that …"
    // and "wrote to 12 senators that …" are speech.)
    // A verb's plain form that reports unquoted speech only before "that"
    // is no cue before its object: not "to reconsider the plan and declare
    // a failure", "list the winners and announce the prizes".
    // (After a phrase cue's words: "make it clear that".)
    let object_only = |i: usize, lex: &[Lex]| {
        let Some(cue) = lex[i].cue().filter(|c| c.that && c.plain) else {
            return false;
        };
        let n = i + cue.words();
        toks.get(n).is_some_and(|t| t.kind == TokenKind::Word)
            && !capital(n)
            && !["that", "or", "and", "nor"]
                .iter()
                .any(|x| w(n).eq_ignore_ascii_case(x))
            && !w(n).ends_with("ly")
    };
    // A cue of what is referred to reports only that: not "patients
    // referred from clinics", nor a name given with "referred to as", nor
    // the participle describing the noun before it ("phone calls
    // referring to the rival"): before it come a comma ("…,” he said,
    // referring to …"), an auxiliary, a speaker or a conjunction.
    let not_speech = |i: usize, lex: &[Lex]| {
        let Some(cue) = lex[i].cue() else {
            return false;
        };
        let mut j = i + 1;
        if w(j).len() > 2 && w(j).ends_with("ly") {
            j += 1;
        }
        // (A sum too: "declining to $379 million".)
        let digits = |k: usize| w(k).starts_with(|c: char| c.is_ascii_digit());
        let amount = cue.amount
            && ["from", "by", "to"]
                .iter()
                .any(|p| w(j).eq_ignore_ascii_case(p))
            && (digits(j + 1) || (w(j + 1) == "$" && digits(j + 2)));
        // (And a number to call: "by calling 1-800-555-0100".)
        // (Or a call made "by phone": "calling the clinic by phone".)
        let by_phone = || {
            (i + 2..i + 7).any(|k| {
                w(k).eq_ignore_ascii_case("by")
                    && ["phone", "telephone"]
                        .iter()
                        .any(|p| w(k + 1).eq_ignore_ascii_case(p))
            })
        };
        let phoned = cue.phone
            && (w(i + 1).eq_ignore_ascii_case("into")
                || (w(i + 1).eq_ignore_ascii_case("in") && w(i + 2).eq_ignore_ascii_case("to"))
                || phone_number(toks.get(i + 1).and_then(|t| text.get(t.start()..)))
                || by_phone());
        let not_to = cue.to && {
            let mut p = i - 1;
            let mut n = 0;
            while n < 2 && p > 0 && adverb_like(lex[p], w(p)) {
                p -= 1;
                n += 1;
            }
            let describes = cue.participle
                && toks[p].kind == TokenKind::Word
                && !capital(p)
                && lex[p].class() & (class::AUX | class::PRONOUN | class::CLAUSE | class::PREP)
                    == 0
                && lex[p].cue().is_none();
            describes || !w(i + 1).eq_ignore_ascii_case("to") || w(i + 2).eq_ignore_ascii_case("as")
        };
        // (A phrasal verb of another sense: "has not backed down", not
        // "said down payments will rise": "down" ends its phrase.)
        let phrasal = w(i + 1).eq_ignore_ascii_case("down")
            && toks.get(i + 2).map_or(true, |t| {
                (t.kind != TokenKind::Word && w(i + 2) != "-")
                    || ["and", "but", "by", "from", "on", "after"].contains(&w(i + 2))
            });
        // (A noun's: "a think tank"; not "planners think tanks are needed".)
        let tank = w(i).eq_ignore_ascii_case("think")
            && ["tank", "tanks"]
                .iter()
                .any(|t| w(i + 1).eq_ignore_ascii_case(t))
            && !lex.get(i + 2).is_some_and(|l| l.class() & class::AUX != 0);
        amount || phoned || not_to || phrasal || tank
    };
    let mut region_opens: Vec<u32> = regions.iter().map(|r| r.open as u32).collect();
    region_opens.sort_unstable();
    region_opens.dedup();
    let used = vec![false; regions.len()];
    let mut scan = Scan {
        text,
        toks,
        words,
        lex,
        regions,
        region_opens,
        reg_of,
        used,
        named: Vec::new(),
        objects: !opts.skip_objects,
        out: Vec::new(),
        para,
        stops: window::take_buffer(&STOPS),
        out_end: (usize::MAX, 0, 0),
        statements,
        next_stop: 0,
        next_open: 0,
        people,
    };
    // (The idioms mark tokens the lexicon gave no cue: the cue tokens stay
    // in order once they join.)
    let idiom_cues = scan.mark_idioms(&idioms);
    if !idiom_cues.is_empty() {
        cue_tokens.extend(idiom_cues);
        cue_tokens.sort_unstable();
    }
    let lex = &scan.lex;
    // "states" is a verb only after a writing, a source, a law, a pronoun
    // or a person ("the report states that …", "the bill states that …",
    // "Ann Roy states that …"): not "the 20 states that …", "swing states
    // that …", "the Gulf states that …", "the United States"; nor before
    // a relative clause's verb ("states that have …") or "of" ("member
    // states of the union").
    let states_noun = |i: usize| {
        // (Asked of every cue token: the other words leave at once.)
        if !w(i).eq_ignore_ascii_case("states") {
            return false;
        }
        let source = |k: usize| {
            lex[k].class() & class::SOURCE != 0
                && !w(k).ends_with('s')
                && !["police", "people"]
                    .iter()
                    .any(|p| w(k).eq_ignore_ascii_case(p))
        };
        let pronoun = || ["he", "she", "it", "He", "She", "It"].contains(&w(i - 1));
        // (The subject, not a preposition's object: "Under the plan
        // states that …", "Without it states …", "Ten of the treaty
        // states …".)
        let prep = |k: usize| {
            lex[k].class() & class::PREP != 0
                || ["under", "without", "with", "of", "for", "among", "despite"]
                    .iter()
                    .any(|p| w(k).eq_ignore_ascii_case(p))
        };
        // (Back over the noun phrase's determiner and lower-case words, at
        // most three.)
        let object = || {
            (i.saturating_sub(5)..i - 1)
                .rev()
                .take_while(|&k| {
                    toks.get(k).is_some_and(|t| t.kind == TokenKind::Word) && lex[k].cue().is_none()
                })
                .find(|&k| prep(k) || toks[k].cap())
                .is_some_and(prep)
        };
        let subject = || {
            !object()
                && (source(i - 1)
                    || LAW_NOUNS.contains(&w(i - 1))
                    || WRITINGS.contains(&w(i - 1))
                    || pronoun()
                    || scan.person_in(i - 1, i))
        };
        // (A relative clause's verb right after "that": an auxiliary or a
        // past form, "states that have …", "states that ratified …".)
        let relative = || {
            w(i + 1) == "that"
                && (lex.get(i + 2).is_some_and(|l| l.class() & class::AUX != 0)
                    || (w(i + 2).len() > 3
                        && w(i + 2).ends_with("ed")
                        && w(i + 2).starts_with(|c: char| c.is_ascii_lowercase())))
        };
        w(i) != "states" || w(i + 1) == "of" || relative() || !subject()
    };
    // Whether token `k` starts its sentence (or its line).
    let starts_sentence = |k: usize| {
        k == 0 || toks[k].newline_before || matches!(w(k - 1), "." | "!" | "?" | "\"" | "\u{201C}")
    };
    let nouns: Vec<usize> = cue_tokens
        .iter()
        .map(|&i| i as usize)
        .filter(|&i| i >= 1)
        .filter(|&i| {
            // (A capital on the line before is no name's: "ROADS BILL"
            // then "Saying the roads are bad, …".)
            (capital(i)
                && capital(i - 1)
                && !toks[i].newline_before
                && !capital(i + 1)
                && !headline_said(i))
                || inside_name(i)
                || modifier(i - 1, lex)
                // ("The only claims allowed", "his latest statement".)
                || (i >= 2
                    && scan.is_any(i - 1, CUE_NOUN_ADJECTIVES)
                    && modifier(i - 2, lex))
                // (Or opening the sentence: "New orders for cars fell",
                // "Recent reports put the toll at …".)
                || (capital(i - 1)
                    && starts_sentence(i - 1)
                    && scan.is_any(i - 1, CUE_NOUN_ADJECTIVES))
                // (A plural right before a past or plain cue is its
                // subject: "Media reports said …", "Estimates suggest …";
                // only a cue's form that is a noun too, not "says",
                // "insists"; not a verb after its subject, "which Ann Roy
                // claims affirmed …", nor before a participle or a noun,
                // "calls saying …", "finds states …"; nor before a cue
                // that describes the next word, "reports confirmed cases
                // rose".)
                || (scan.is_any(i, CUE_PLURAL_NOUNS)
                    && toks.get(i + 1).is_some_and(|t| t.space_before && !t.cap())
                    && !(w(i + 1).ends_with("ed")
                        && toks.get(i + 2).is_some_and(|t| {
                        t.kind == TokenKind::Word
                            && !t.cap()
                            && lex[i + 2].class()
                                & (class::DET | class::PRONOUN | class::CLAUSE | class::PREP)
                                == 0
                            && w(i + 2) != "that"
                    }))
                    && lex
                        .get(i + 1)
                        .and_then(|l| l.cue())
                        .is_some_and(|c| !c.participle)
                    && !w(i + 1).ends_with('s')
                    && !(lex[i - 1].class() & class::PRONOUN != 0 || scan.person_in(i - 1, i)))
                // (A plural opening the sentence before "of" or "from":
                // "Reports of looting spread", "Estimates from the agency
                // vary"; or a noun's "for", "Orders for cars rose"; not a
                // verb's, "Calls for a dialogue …" in a resolution.)
                || (capital(i)
                    && starts_sentence(i)
                    && w(i).ends_with('s')
                    && (matches!(w(i + 1), "of" | "from")
                        || (w(i + 1) == "for"
                            && scan.is_any(i, &["orders", "requests", "demands", "bids"]))))
                || idiom(i - 1)
                || prenominal(i, lex)
                || subject_noun(i, lex)
                || given_name(i, lex)
                || not_speech(i, lex)
                || object_only(i, lex)
                || scan.reduced_relative(i)
                || states_noun(i)
        })
        .collect();
    for i in nouns {
        scan.lex[i] = scan.lex[i].without_cue();
    }
    scan.named = (0..scan.regions.len())
        .map(|r| scan.quoted_name(r, scan.regions[r].open.saturating_sub(REACH)))
        .collect();
    for (u, &n) in scan.used.iter_mut().zip(&scan.named) {
        *u |= n;
    }
    // Where frames stop to read a cue: [`Scan::cue`] and
    // [`Scan::in_the_words_of`], asked once per token (the cues and the
    // regions are final now; frames only read them).
    // (Only the tokens given a cue and the tokens "words" can stop one.)
    for &c in &cue_tokens {
        if scan.lex[c as usize].cue().is_some() && scan.reg_of[c as usize] == 0 {
            scan.stops.push(c);
        }
    }
    let cue_stops = scan.stops.len();
    for &c in &words_tokens {
        if scan.in_the_words_of(c as usize) {
            scan.stops.push(c);
        }
    }
    if scan.stops.len() > cue_stops {
        scan.stops.sort_unstable();
        scan.stops.dedup();
    }
    let frames = scan.frames(sentences, &para_starts);
    let mut state = State::default();
    let mut para_no = 0;
    for &(s, e) in &frames {
        let first_in_para = scan.para.get(s).copied().unwrap_or(false);
        if first_in_para {
            para_no += 1;
        }
        scan.frame(s, e, first_in_para, para_no, &mut state);
    }
    // A relative pronoun speaker stands for the noun phrase before it:
    // "the Vice President of Iraq who asked", "a report, which found".
    for i in 0..scan.out.len() {
        let antecedent = scan.out[i]
            .speaker
            .and_then(|spk| scan.relative_antecedent(spk, sentences));
        scan.out[i].antecedent = antecedent;
    }
    let mut out = if opts.split_paragraphs {
        split_by_paragraph(text, toks, &scan.para, scan.out)
    } else {
        scan.out
    };
    out.sort_by_key(|f| (f.start, f.end));
    out.dedup_by_key(|f| (f.start, f.end));
    // A negated cue reports what the speaker did not say: "did not say
    // whether …", "never mentioned … by name".
    for f in &mut out {
        f.negated = f.cue.is_some_and(|c| cue_negated(text, toks, &scan.lex, c))
            || f.speaker
                .and_then(|s| text.get(s.start..s.end))
                .is_some_and(no_one);
    }
    window::give_back(&LEX, scan.lex);
    window::give_back(&REG_OF, scan.reg_of);
    window::give_back(&STOPS, scan.stops);
    window::give_back(&STATEMENTS, scan.statements);
    window::give_back(&CUES, cue_tokens);
    window::give_back(&IDIOMS, idioms);
    window::give_back(&WORDS_TOKENS, words_tokens);
    window::give_back(&PARA_STARTS, para_starts);
    window::give_back(&PARA, scan.para);
    window::give_back(&REGIONS, scan.regions);
    out
}

/// The tokens as the rules read them, from one pass over the tokens.
struct Reading {
    /// What the lexicon knows about each token.
    lex: Vec<Lex>,
    /// The tokens the lexicon gives a cue, in order.
    cues: Vec<u32>,
    /// The tokens that may open an idiom of [`Scan::mark_idioms`] ("put",
    /// "used", …: [`cues::mark::IDIOM_VERB`]), in order.
    idioms: Vec<u32>,
    /// The tokens "words" (any case), in order: where
    /// [`Scan::in_the_words_of`] may hold.
    words_tokens: Vec<u32>,
    /// The tokens "statement" (any case), in order
    /// ([`Scan::statement_subject`]).
    statements: Vec<u32>,
}

/// Reads the tokens of `text`, given their text `words`: what the lexicon
/// knows about each, and the few tokens later passes look at.
fn read_tokens(text: &str, toks: &[Token], words: &[&str]) -> Reading {
    let lexicon = cues::lexicon();
    let mut buf = String::new();
    let mut cues = window::take_buffer(&CUES);
    let mut idioms = window::take_buffer(&IDIOMS);
    let mut words_tokens = window::take_buffer(&WORDS_TOKENS);
    let mut statements = window::take_buffer(&STATEMENTS);
    let mut lex = window::take_buffer(&LEX);
    let caps_word = |t: Option<&Token>| t.is_some_and(Token::all_caps);
    // What the lexicon knows about each token: nothing for a token that
    // is not a word, nor for an acronym amid lower-case words, which is a
    // name, not the function word it spells ("WHO say …", "US officials
    // said …").
    lex.extend(toks.iter().zip(words).enumerate().map(|(i, (t, &w))| {
        if t.kind != TokenKind::Word {
            return Lex::default();
        }
        let acronym = t.all_caps()
            && w.len() >= 2
            && !caps_word(i.checked_sub(1).map(|k| &toks[k]))
            && !caps_word(toks.get(i + 1));
        if acronym {
            // (Not looked up, but listed all the same when marked.)
            list_marked(
                cues::mark_of(w),
                i,
                &mut idioms,
                &mut words_tokens,
                &mut statements,
            );
            return Lex::default();
        }
        // "she's" is "she" to the rules: a pronoun and its verb.
        // (Both forms of the contraction end in "s" after an apostrophe's
        // last byte, `'` or the 0x99 of `’`: two bytes turn away most words.
        // No marked word has an apostrophe: a contraction has no mark.)
        let pronoun = matches!(w.as_bytes(), [.., b'\'' | 0x99, b's'])
            .then(|| contraction_stem(w))
            .flatten()
            .map(|stem| lexicon.lookup(stem, &mut buf))
            .filter(|l| l.class() & class::PRONOUN != 0);
        let (mut l, mut mark) = match pronoun {
            Some(l) => (l, 0),
            None => lexicon.lookup_token(text, t.start(), w, &mut buf),
        };
        // The first word of a phrase cue is a cue where the phrase stands:
        // "made it clear".
        if mark & cues::mark::PHRASE != 0 {
            mark &= !cues::mark::PHRASE;
            if let Some(cue) = lexicon.phrase_cue(words, i) {
                l = Lex::new(l.class(), Some(cue));
            }
        }
        if mark != 0 {
            list_marked(mark, i, &mut idioms, &mut words_tokens, &mut statements);
        }
        if l.cue().is_some() {
            cues.push(i as u32);
        }
        l
    }));
    Reading {
        lex,
        cues,
        idioms,
        words_tokens,
        statements,
    }
}

/// Lists token `i` by its [`cues::mark`]: an idiom verb in `idioms`,
/// "words" in `words_tokens`, "statement" in `statements`, a word of no
/// mark nowhere. (Out of line: few tokens are marked.)
#[inline(never)]
fn list_marked(
    mark: u8,
    i: usize,
    idioms: &mut Vec<u32>,
    words_tokens: &mut Vec<u32>,
    statements: &mut Vec<u32>,
) {
    let list = match mark {
        cues::mark::IDIOM_VERB => idioms,
        cues::mark::WORDS => words_tokens,
        cues::mark::STATEMENT => statements,
        _ => return,
    };
    list.push(i as u32);
}

/// Cuts every quotation that runs over several paragraphs into one
/// quotation per paragraph, with the same kind, cue and speaker: a quote is
/// a contiguous span inside one paragraph. The opening mark repeated at the
/// start of a continued paragraph is left out of a direct quote.
fn split_by_paragraph(text: &str, toks: &[Token], para: &[bool], found: Vec<Found>) -> Vec<Found> {
    let mut out = Vec::with_capacity(found.len());
    for f in found {
        let first = toks.partition_point(|t| t.start() <= f.start);
        let mut start = f.start;
        let mut i = first;
        while i < toks.len() && toks[i].start() < f.end {
            if para.get(i).copied().unwrap_or(false) && i > 0 {
                push_piece(text, &mut out, f, start, toks[i - 1].end());
                start = toks[i].start();
                let t = toks[i].text(text);
                if f.kind == QuoteKind::Direct
                    && toks[i].kind == TokenKind::Punct
                    && matches!(
                        t,
                        "\"" | "\u{201C}" | "\u{201E}" | "\u{AB}" | "\u{BB}" | "\u{2018}"
                    )
                {
                    start = toks[i].end();
                }
            }
            i += 1;
        }
        push_piece(text, &mut out, f, start, f.end);
    }
    out
}

/// The plural nouns that spell a cue's form ("reports", "estimates"):
/// before a past or plain cue, its subject ("Media reports said …").
const CUE_PLURAL_NOUNS: &[&str] = &[
    "reports",
    "claims",
    "estimates",
    "notes",
    "statements",
    "accounts",
    "orders",
    "calls",
    "demands",
    "requests",
    "comments",
    "remarks",
    "replies",
    "answers",
    "polls",
    "surveys",
    "studies",
    "projections",
    "forecasts",
];

/// Adjectives before a noun that spells a cue, after a determiner ("the
/// only claims", "his latest statement", "a new report") or opening the
/// sentence ("New orders for tractors …", "Early reports …").
const CUE_NOUN_ADJECTIVES: &[&str] = &[
    "only",
    "first",
    "latest",
    "new",
    "same",
    "other",
    "recent",
    "last",
    "initial",
    "final",
    "original",
    "earlier",
    "previous",
    "early",
    "preliminary",
    "unconfirmed",
    "conflicting",
];

/// Whether `rest` opens with a phone number: "911", "1-800-555-0100",
/// "555-0100" (not "22 emails").
fn phone_number(rest: Option<&str>) -> bool {
    let Some(rest) = rest else { return false };
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    let after = &rest.as_bytes()[digits..];
    // (Three digits or more after the hyphen: not a score, "2-0", nor a
    // season, "2020-21".)
    let group = after
        .get(1..)
        .map_or(0, |g| g.iter().take_while(|c| c.is_ascii_digit()).count());
    // ("called 911 from his car", not "called 911 dispatchers “heroes”":
    // a plural noun after the number.)
    // (Bytes, and at most 40 of them: the rest of the text is not read.)
    let tail = &after[..after.len().min(40)];
    let lead = tail.iter().take_while(|c| c.is_ascii_whitespace()).count();
    let next_word = tail[lead..]
        .split(|c| !c.is_ascii_alphanumeric())
        .next()
        .unwrap_or(&[]);
    let plural = next_word.len() > 3
        && next_word[0].is_ascii_lowercase()
        && next_word.ends_with(b"s")
        && !next_word.ends_with(b"ss")
        && !next_word.ends_with(b"ways");
    let alone = !after.first().is_some_and(u8::is_ascii_alphanumeric) && !plural;
    (1..=3).contains(&digits)
        && (rest.starts_with("911") && alone || (after.first() == Some(&b'-') && group >= 3))
}

/// Adds the piece `[start, end)` of `f`, trimmed, when it holds a word.
fn push_piece(text: &str, out: &mut Vec<Found>, f: Found, start: usize, end: usize) {
    let end = end.min(f.end);
    let (start, end) = trim_content(text, start.max(f.start), end);
    let piece = text.get(start..end).unwrap_or("");
    if piece.chars().any(char::is_alphanumeric) {
        out.push(Found { start, end, ..f });
    }
}

#[derive(Default)]
struct State {
    /// The last speaker found, and the paragraph it was found in.
    last: Option<Attr>,
    /// A speaker announced without content ("X said on Monday:"), for the
    /// next bare quotation.
    pending: Option<(Spk, Option<(usize, usize)>)>,
}

impl<'a> Scan<'a> {
    fn w(&self, i: usize) -> &'a str {
        self.words.get(i).copied().unwrap_or("")
    }

    fn is(&self, i: usize, s: &str) -> bool {
        self.w(i).eq_ignore_ascii_case(s)
    }

    /// Where the stops ([`Scan::stops`]) at or after token `a` are among
    /// `frame`, the stops of a frame (indexes into `self.stops`).
    fn stops_from(&self, frame: &std::ops::Range<usize>, a: usize) -> std::ops::Range<usize> {
        let before = self.stops[frame.clone()]
            .iter()
            .take_while(|&&c| (c as usize) < a)
            .count();
        frame.start + before..frame.end
    }

    /// Whether token `i` is a comma of the text, not one inside a
    /// quotation.
    fn bare_comma(&self, i: usize) -> bool {
        self.w(i) == "," && self.region(i).is_none()
    }

    /// Whether token `i` is one of `words` (any case).
    fn is_any(&self, i: usize, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(i, w))
    }

    fn cl(&self, i: usize, c: u16) -> bool {
        self.lex.get(i).is_some_and(|l| l.class() & c != 0)
    }

    fn cue(&self, i: usize) -> Option<Cue> {
        if self.reg_of.get(i).copied().unwrap_or(1) != 0 {
            return None;
        }
        self.lex.get(i).and_then(|l| l.cue())
    }

    /// Whether token `i` is a cue, or in lower case the plain form of one
    /// ("indicate", as "indicates" is a cue).
    fn saying_verb(&self, i: usize) -> bool {
        if self.cue(i).is_some() {
            return true;
        }
        let w = self.w(i);
        if !w.starts_with(|c: char| c.is_ascii_lowercase()) || w.ends_with('s') {
            return false;
        }
        let mut form = String::with_capacity(w.len() + 1);
        form.push_str(w);
        form.push('s');
        cues::lookup(&form, &mut String::new()).cue().is_some()
    }

    fn is_word(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind != TokenKind::Punct)
    }

    fn is_number(&self, i: usize) -> bool {
        self.toks
            .get(i)
            .is_some_and(|t| t.kind == TokenKind::Number)
    }

    #[inline]
    fn is_cap(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| {
            t.cap() || t.all_caps() || (t.kind == TokenKind::Punct && self.nickname_mark(i))
        })
    }

    /// Whether token `i` is a mark of a nickname inside a name, which is
    /// part of the name: `R.J. "Dusty" Hale`. (Out of line: `is_cap` is
    /// asked of most tokens, this of few.)
    #[inline(never)]
    fn nickname_mark(&self, i: usize) -> bool {
        matches!(self.w(i), "\"" | "\u{201C}" | "\u{201D}")
            && (crate::text::quoted_nickname(self.text, self.toks, i)
                || i.checked_sub(2)
                    .is_some_and(|o| crate::text::quoted_nickname(self.text, self.toks, o)))
    }

    /// Whether token `i` is a capitalised "-ing" form between two
    /// capitalised words, a word of a name and no cue: "the National
    /// Writing Project". (Not a finite verb in a headline's capitals,
    /// "Roy Says Plan Works": a headline's attribution.)
    fn inside_name(&self, i: usize) -> bool {
        let word_cap = |k: usize| self.is_word(k) && self.is_cap(k);
        i > 0
            && self.toks[i].cap()
            && self.w(i).ends_with("ing")
            && self.toks[i].space_before
            && word_cap(i - 1)
            && word_cap(i + 1)
            && self.toks.get(i + 1).is_some_and(|t| t.space_before)
    }

    fn is_punct(&self, i: usize) -> bool {
        self.toks.get(i).is_some_and(|t| t.kind == TokenKind::Punct)
    }

    /// Whether token `i` is a sign that belongs to the number beside it:
    /// a currency sign or `#` before it ("$8 million"), `%` after it.
    fn sign(&self, i: usize) -> bool {
        let glued = |k: usize| self.toks.get(k).is_some_and(|t| !t.space_before);
        (matches!(self.w(i), "$" | "£" | "€" | "¥" | "#") && glued(i + 1))
            || (self.w(i) == "%" && glued(i))
    }

    /// A spaced dash: em dash, en dash, horizontal bar (`“…” ― X`) or
    /// hyphen.
    fn is_dash(&self, i: usize) -> bool {
        matches!(self.w(i), "\u{2014}" | "\u{2013}" | "\u{2015}" | "-")
            && self.toks.get(i).is_some_and(|t| t.space_before)
    }

    /// Whether token `i` is a dash right after a closing quotation mark,
    /// spaced or not (`“…” — X`, `“…”― X`).
    fn dash_after_quote(&self, i: usize) -> bool {
        self.is_dash(i)
            || (matches!(self.w(i), "\u{2014}" | "\u{2015}")
                && i > 0
                && self.closes(i - 1).is_some())
    }

    /// Whether token `i` ends a dash: `—`, `–`, `―`, a spaced `-`, or the
    /// second `-` of `--`.
    fn dash_end(&self, i: usize) -> bool {
        matches!(self.w(i), "\u{2014}" | "\u{2013}" | "\u{2015}")
            || (self.w(i) == "-"
                && (self.toks.get(i).is_some_and(|t| t.space_before)
                    || (i > 0 && self.w(i - 1) == "-")))
    }

    /// The first token of the dash that ends at `i`.
    fn dash_start(&self, i: usize) -> usize {
        if self.w(i) == "-" && i > 0 && self.w(i - 1) == "-" {
            i - 1
        } else {
            i
        }
    }

    /// When token `k` closes a phrase between dashes ("X -- who … --"),
    /// the first token of the opening dash.
    fn dash_pair_before(&self, k: usize, s0: usize) -> Option<usize> {
        if !self.dash_end(k) {
            return None;
        }
        let inner_end = self.dash_start(k);
        let lo = inner_end.saturating_sub(3 * REACH).max(s0 + 1);
        let open = (lo..inner_end.saturating_sub(1))
            .rev()
            .take_while(|&j| !self.is_final(j) && self.region(j).is_none())
            .find(|&j| self.dash_end(j))?;
        Some(self.dash_start(open))
    }

    /// When a dash opens at token `j`, the last token of the dash that
    /// closes the phrase (within reach, no sentence end between).
    fn dash_pair_after(&self, j: usize, e: usize) -> Option<usize> {
        let first_end = if self.w(j) == "-" && self.w(j + 1) == "-" {
            j + 1
        } else {
            j
        };
        if !self.dash_end(first_end) {
            return None;
        }
        let lim = e.min(first_end + REACH);
        (first_end + 2..lim)
            .take_while(|&m| !self.is_final(m) && self.region(m).is_none())
            .find(|&m| self.dash_end(m) && self.dash_start(m) > first_end + 1)
    }

    /// How many round brackets `[a, b)` leaves open.
    fn open_brackets(&self, a: usize, b: usize) -> usize {
        (a..b).fold(0usize, |n, k| match self.w(k) {
            "(" => n + 1,
            ")" => n.saturating_sub(1),
            _ => n,
        })
    }

    /// Whether the bracket opening at `k` holds an acronym after a name:
    /// "the State Budget Office (SBO)".
    fn acronym_brackets(&self, k: usize) -> bool {
        // (In capitals, or mostly: "(GaRDS)", "(NHTSA)".)
        let acronym = |w: &str| {
            w.len() <= 8
                && w.starts_with(|c: char| c.is_ascii_uppercase())
                && w.bytes().all(|b| b.is_ascii_alphabetic())
                && 2 * w.bytes().filter(u8::is_ascii_uppercase).count() > w.len()
        };
        k > 0
            && self.w(k) == "("
            && self.is_cap(k - 1)
            && self.is_word(k + 1)
            && (self.toks[k + 1].all_caps() || acronym(self.w(k + 1)))
            && self.w(k + 2) == ")"
    }

    fn is_final(&self, i: usize) -> bool {
        matches!(self.w(i), "." | "!" | "?" | "\u{2026}")
    }

    fn region(&self, i: usize) -> Option<usize> {
        match self.reg_of.get(i).copied() {
            Some(r) if r > 0 => Some(r as usize - 1),
            _ => None,
        }
    }

    /// The region whose opening mark is token `i`.
    fn opens(&self, i: usize) -> Option<usize> {
        self.region(i).filter(|&r| self.regions[r].open == i)
    }

    /// The next region opening at a token from `*k` on, before `b`, that
    /// is no quoted name ("found a box labeled “evidence”": no quoted
    /// speech); `*k` moves past it (past its closing mark), so that
    /// repeated calls list the quotations of the words `[*k, b)` in order
    /// without those nested in one.
    fn next_quotation(&self, k: &mut usize, b: usize) -> Option<usize> {
        while *k < b {
            let at = *k;
            match self.opens(at) {
                Some(r) => {
                    *k = self.regions[r].close.max(at + 1);
                    if !self.named[r] {
                        return Some(r);
                    }
                }
                None => *k = at + 1,
            }
        }
        None
    }

    /// The region whose closing mark is token `i`.
    fn closes(&self, i: usize) -> Option<usize> {
        self.region(i)
            .filter(|&r| self.regions[r].close == i && self.regions[r].closed)
    }

    fn bytes(&self, a: usize, b: usize) -> (usize, usize) {
        (self.toks[a].start(), self.toks[b - 1].end())
    }

    fn spk(&self, a: usize, b: usize) -> Spk {
        debug_assert!(b > a, "an empty speaker phrase");
        // A trailing adverb is how, not who: "The panel unanimously".
        // (Not a noun in "-ly" after a determiner, a preposition or an
        // adjective: "the gadfly", "A local hillbilly"; and "almost" goes
        // with the adverb it modifies: "Economists almost universally".)
        const DEGREE: &[&str] = &["almost", "nearly", "virtually", "also", "only"];
        let mut b = b;
        while b > a + 1
            && ((self.trailing_adverb(b - 1)
                && !self.cl(b - 2, class::DET | class::PREP)
                && !self.w(b - 2).ends_with("al"))
                || (self.cl(b - 1, class::ADVERB) && !self.is_cap(b - 1))
                || self.is_any(b - 1, DEGREE))
        {
            b -= 1;
        }
        // A party's label ending the phrase is left out: "Sen. Ann Fox
        // (D-Ore.)" is "Sen. Ann Fox", as "Sen. Ann Fox, D-Ore.," is.
        if b > a + 2 && self.w(b - 1) == ")" {
            if let Some(o) = self.label_open(b - 1, a) {
                b = o;
            }
        }
        // A line of its own before the speaker's is none of it: a headline
        // or a list's number ("4\nAnn Roy"): capitalised words or a number
        // from a line's start; not a line wrapped inside the phrase ("said
        // Ann\nRoy", "said city\nengineer Ann Roy"), nor a title's period
        // ending the line ("Sen.\n\nAnn Roy", as some releases break).
        // (A headline is short: the phrase's first 24 tokens are asked.)
        let own_line = a == 0 || self.toks[a].newline_before;
        let line_start = |x: usize| (a + 1..x).rev().find(|&k| self.toks[k].newline_before);
        let a = match own_line
            .then(|| {
                (a + 1..b.min(a + 24))
                    .rev()
                    .find(|&x| self.toks[x].newline_before)
            })
            .flatten()
        {
            Some(x)
                if self.w(x - 1) != "."
                    && (line_start(x).unwrap_or(a)..x)
                        .all(|k| !self.is_word(k) || self.is_cap(k) || self.is_number(k)) =>
            {
                x
            }
            _ => a,
        };
        let (start, mut end) = self.bytes(a, b);
        let pronoun = (b == a + 1 && self.cl(a, class::PRONOUN))
            .then(|| self.lex[a].class() & (class::MALE | class::FEMALE))
            .or_else(|| (b == a + 2).then(|| self.writing_of(a)).flatten());
        // "she's": the pronoun without its verb.
        if let Some(stem) = pronoun.and_then(|_| contraction_stem(self.w(a))) {
            end = start + stem.len();
        }
        Spk {
            start,
            end,
            pronoun,
        }
    }

    /// The pronoun's bits ([`Spk::pronoun`]) of a possessive before a
    /// piece of writing at `a`: "his letter" is his (male), "her
    /// statement" hers, "their letter" theirs (no gender).
    fn writing_of(&self, a: usize) -> Option<u16> {
        let bits = match self.w(a) {
            "his" | "His" => class::MALE,
            "her" | "Her" => class::FEMALE,
            "their" | "Their" => 0,
            _ => return None,
        };
        self.is_any(
            a + 1,
            &["letter", "statement", "memo", "email", "testimony", "op-ed"],
        )
        .then_some(bits)
    }

    /// Frame sentences: sentence and paragraph starts, except inside a
    /// quotation or right after one when the next word is lower case.
    ///
    /// `para_starts` are the paragraph starts after the first token, in
    /// order.
    fn frames(&self, sentences: &[(usize, usize)], para_starts: &[usize]) -> Vec<(usize, usize)> {
        let n = self.toks.len();
        // The sentence and paragraph starts after the first token, in
        // order: each is asked whether it starts a frame. (Both lists come
        // in order, so they are merged; sorted should the sentences not
        // be.)
        let mut starts: Vec<usize> = Vec::with_capacity(sentences.len() + para_starts.len());
        let mut para = para_starts.iter().copied().filter(|&a| a < n).peekable();
        for a in sentences
            .iter()
            .map(|&(a, _)| a)
            .filter(|&a| a > 0 && a < n)
        {
            while let Some(p) = para.next_if(|&p| p < a) {
                starts.push(p);
            }
            starts.push(a);
        }
        starts.extend(para);
        if !starts.windows(2).all(|w| w[0] <= w[1]) {
            starts.sort_unstable();
        }
        starts.dedup();
        let mut out = Vec::with_capacity(starts.len() + 1);
        let mut s = 0;
        for i in starts {
            if self.frame_start(i) {
                out.push((s, i));
                s = i;
            }
        }
        if n > 0 {
            out.push((s, n));
        }
        out
    }

    /// Whether the sentence or paragraph start `i` (after the first token)
    /// starts a frame ([`Scan::frames`]).
    fn frame_start(&self, i: usize) -> bool {
        let n = self.toks.len();
        let mut keep = true;
        if let Some(r) = self.region(i) {
            if self.regions[r].open < i {
                return false;
            }
        }
        let para_start = self.para.get(i).copied().unwrap_or(false);
        // A sentence does not open with a lower-case word: the period
        // before it ended an abbreviation ("Sen. Ann Fox (D-Ore.) said").
        if !para_start
            && self.toks[i].kind == TokenKind::Word
            && self.w(i).starts_with(|ch: char| ch.is_lowercase())
        {
            return false;
        }
        if !para_start && self.closes(i - 1).is_some() && self.dash_after_quote(i) {
            // “…” — X
            return false;
        }
        if !para_start
            && self.closes(i - 1).is_some()
            && self.toks[i].kind == TokenKind::Word
            && !self.is_cap(i)
        {
            keep = false;
        }
        if !para_start && (self.cl(i, class::PRONOUN) || self.cue(i).is_some()) {
            // “No!” He said. -- keep "He said" with its quotation when
            // it ends the sentence right away.
            let lone = self.closes(i - 1).is_some()
                && (self.cue(i).is_some() || self.cue(i + 1).is_some())
                && self.is_final(i + 1 + usize::from(self.cue(i).is_none()));
            if lone {
                keep = false;
            }
            // “…” Said Ann Roy, an analyst at the institute. -- an inverted
            // cue, a name and an apposition that end the sentence.
            if self.closes(i - 1).is_some()
                && self.cue(i).is_some_and(|q| q.inv)
                && self.is_cap(i + 1)
                && self.w(i).starts_with(char::is_uppercase)
            {
                let ends = (i + 2..n.min(i + 2 * REACH))
                    .find(|&k| self.is_final(k) || self.region(k).is_some())
                    .is_some_and(|k| self.is_final(k));
                if ends {
                    keep = false;
                }
            }
        }
        if !para_start && keep && self.closes(i - 1).is_some() && self.is_cap(i) {
            // “Why now?” Graham asked. -- a name and its cue that end
            // the sentence belong to the quotation before them.
            // (The name may be titled or hold an initial: "Rep. Ann J.
            // Roy".)
            let mut c = i;
            while c < n
                && c < i + 6
                && (self.is_cap(c) || (c > i && self.w(c) == "." && self.is_cap(c + 1)))
                && self.cue(c).is_none()
            {
                c += 1;
            }
            // “…” Ann Roy, a member of the board, said. -- an apposition
            // between the name and its cue.
            if c > i && self.bare_comma(c) {
                if let Some(k) = (c + 2..n.min(c + 2 * REACH))
                    .take_while(|&k| {
                        !self.is_final(k) && self.region(k).is_none() && self.cue(k).is_none()
                    })
                    .find(|&k| self.bare_comma(k) && self.cue(k + 1).is_some())
                {
                    c = k + 1;
                }
            }
            // "… Smith said on Monday.", "… said last week."
            let mut after = c + 1;
            while after < n
                && after < c + 4
                && (self.cl(after, class::TIME) || self.is(after, "on"))
            {
                after += 1;
            }
            // After “…?” or “…!” the name and its cue need not end the
            // sentence: “Now?” Roy asks as the bell rings.
            let asked = self
                .closes(i - 1)
                .is_some_and(|r| self.inner(r).trim_end().ends_with(['?', '!']))
                && self.cue(c).is_some_and(|q| !q.np && !q.participle);
            // (Or a participle goes on: “…” Roy said, adding, “…”.)
            // (After "said" or "says" only: "Roy responded, adding" answers
            // the quotation before, which stays its speaker's.)
            let adding = self.w(after) == ","
                && self.cue(after + 1).is_some_and(|q| q.participle)
                && self.is_any(c, &["said", "says"]);
            if c > i && self.cue(c).is_some() && (self.is_final(after) || asked || adding) {
                keep = false;
            }
        }
        keep
    }

    fn frame(&mut self, s: usize, e: usize, first_in_para: bool, para_no: usize, st: &mut State) {
        // A dateline opens a paragraph, or a line after a header line.
        let s0 = if first_in_para || self.toks.get(s).is_some_and(|t| t.newline_before) {
            self.after_dateline(s, e)
        } else {
            s
        };
        let mut covered = (first_in_para && s0 == s)
            .then(|| self.colon_line(s, e))
            .flatten()
            .unwrap_or(s);
        let mut sent: Option<Attr> = None;
        // The stops of the frame (read in order: the first is at or after
        // the last frame's).
        while self
            .stops
            .get(self.next_stop)
            .is_some_and(|&c| (c as usize) < s)
        {
            self.next_stop += 1;
        }
        let in_frame = self.stops[self.next_stop..]
            .iter()
            .take_while(|&&c| (c as usize) < e)
            .count();
        let frame_stops = self.next_stop..self.next_stop + in_frame;
        // A speech cue after a comma ("…, said X", "…, X said") attributes
        // what comes before it: an object cue there is part of the content.
        // (Every cue is a stop: the stops in reach, from the last.)
        let lo = e.saturating_sub(REACH).max(s0 + 1);
        let inverted = self
            .stops_from(&frame_stops, lo)
            .rev()
            .map(|x| self.stops[x] as usize)
            .find(|&k| {
                self.cue(k)
                    .is_some_and(|c| !c.np && !c.according && !c.participle)
                    && (1..4).any(|d| k > s0 + d && self.w(k - d) == ",")
            });
        // A line in capitals without a final stop is a headline: its verbs
        // report no speech ("SENATOR PRAISES PASSAGE OF BILL"). (Bounded
        // look; text all in capitals keeps its sentences.)
        // (The words are read only up to the first one not in capitals,
        // which most lines have at once.)
        let shouting = e > s && !matches!(self.w(e - 1), "." | "!" | "?" | "\"" | "\u{201D}") && {
            let mut words = (s..e.min(s + 4 * REACH)).filter(|&k| self.is_word(k));
            let mut n = 0;
            words.all(|k| {
                n += 1;
                self.toks[k].all_caps()
            }) && n >= 3
        };
        let first = if shouting { e } else { s };
        for stop in self.stops_from(&frame_stops, first) {
            let c = self.stops[stop] as usize;
            let words_of = || {
                self.in_the_words_of(c)
                    .then(|| Cue::default().with_according())
            };
            let Some(cue) = self.cue(c).or_else(words_of) else {
                continue;
            };
            if cue.np && inverted.is_some_and(|k| c < k) {
                continue;
            }
            if c < covered || self.inside_name(c) {
                continue;
            }
            // A speaker announced before ("X said:") gives way to any
            // attribution after it; the cue may announce one of its own.
            let announced = st.pending.take();
            if let Some((spk, cue_span, content_end)) = self.attribute(c, cue, s0, e, sent, st) {
                // ("“…,” Hale said, referring to the drills, “…”": the
                // rest of the quotation keeps the verb that said it.)
                let cue_span = match sent {
                    Some((p, said, _)) if cue.participle && p == spk && said.is_some() => said,
                    _ => cue_span,
                };
                sent = Some((spk, cue_span, content_end.max(c + 1)));
                // "said X, who said she quit last spring. “…”": the next
                // quotation continues X, not the relative clause.
                if !self.relative_speaker(spk) {
                    st.last = Some((spk, cue_span, para_no));
                }
                covered = covered.max(content_end);
            } else if st.pending.is_none() {
                st.pending = announced;
            }
        }
        // "X issued a statement on the ruling." announces X as the speaker
        // of a bare quotation after it.
        if sent.is_none() {
            if let Some((a, b)) = self
                .statement_subject(s0, e)
                .or_else(|| self.statement_follows(s0, e))
            {
                st.last = Some((self.spk(a, b), None, para_no));
                st.pending = None;
            }
        }
        // Quotations the cues did not take.
        let first = self.region(s);
        let mut i = s;
        // (Only where a region opens: `opens` is None at any other token.)
        while self
            .region_opens
            .get(self.next_open)
            .is_some_and(|&o| (o as usize) < s)
        {
            self.next_open += 1;
        }
        let mut next = self.next_open;
        while let Some(&o) = self.region_opens.get(next) {
            next += 1;
            if (o as usize) < i {
                continue;
            }
            if o as usize >= e {
                break;
            }
            i = o as usize;
            let Some(r) = self.opens(i) else {
                continue;
            };
            let reg = self.regions[r];
            let after = if reg.closed { reg.close + 1 } else { reg.close };
            i = after.max(i + 1);
            if self.used[r] {
                continue;
            }
            // “…” — X, also with the dash glued to the mark: “…”― X
            if reg.closed && self.dash_after_quote(reg.close + 1) {
                if let Some((a, b)) = self.forward_np(reg.close + 2, e) {
                    // (Not a dated citation in a list of sources: "“Ferry
                    // Sails Again” — The Courier, May 4, 2021": a title,
                    // without a sentence's final mark, then a date.)
                    // ("“Why Towns Flood?” — The Courier, …" too: a
                    // question or an exclamation by a publication.)
                    let last = self.w(reg.close - 1);
                    let headline = reg.close > reg.open + 1
                        && !matches!(last, "." | "," | "\u{2026}")
                        && (!matches!(last, "!" | "?") || self.is(a, "the"));
                    let dated = headline
                        && (b..e.min(b + 4))
                            .find(|&k| self.w(k) == ",")
                            .is_some_and(|k| {
                                words::is_calendar(self.w(k + 1)) && self.is_number(k + 2)
                            });
                    if dated {
                        self.used[r] = true;
                        continue;
                    }
                    if self.is_cap(a) || self.cl(a, class::PRONOUN) {
                        let spk = self.spk(a, b);
                        self.direct(r, None, Some(spk));
                        st.last = Some((spk, None, para_no));
                        st.pending = None;
                        continue;
                    }
                }
            }
            // More of the sentence's attributed speech: “…,” he said, “…”
            if let Some((spk, cue, at)) = sent {
                // “…,” she told the panel after lunch, “…”: a few words with no
                // cue of their own, then a comma.
                // ("…,” Ann said, referring to the plan, “…”": a participle
                // phrase of the writer's between.)
                let near = reg.open >= at
                    && reg.open <= at + REACH
                    && (at..reg.open).all(|k| {
                        self.region(k).is_none() && self.cue(k).map_or(true, |c| c.participle)
                    })
                    && (reg.open == at || matches!(self.w(reg.open - 1), "," | ":"));
                if near
                    || reg.open >= at
                        && (at..reg.open).all(|k| self.is_punct(k) && self.region(k).is_none())
                {
                    // (A participle right before is the cue: "adding, “…”";
                    // not "referring to the plan, “…”".)
                    let cue = (at.min(reg.open)..reg.open)
                        .find(|&k| {
                            self.cue(k).is_some() && (k + 1..reg.open).all(|m| self.is_punct(m))
                        })
                        .map_or(cue, |k| Some(self.bytes(k, k + 1)));
                    self.direct(r, cue, Some(spk));
                    continue;
                }
            }
            // “…,” X answered / “…,” answered X: a quotation ending in a
            // comma is attributed by whatever follows it.
            if reg.closed && sent.is_none() {
                if let Some((spk, cue)) = self.comma_attribution(r, e) {
                    self.direct(r, cue, Some(spk));
                    st.last = Some((spk, cue, para_no));
                    st.pending = None;
                    continue;
                }
            }
            // A full quotation closing a clause that introduces it: "X put
            // it this way: “…”", with the clause's subject as speaker.
            let trailing = (after..e).all(|k| self.is_punct(k) && self.region(k).is_none());
            // (Not after a topic's label: "Rail Maintenance: “…”".)
            // ("Harbor Safety and Coastal Ferry Programs: “…”" too.)
            let topic = reg.open > s0 + 2
                && self.w(reg.open - 1) == ":"
                && (s0..reg.open - 1)
                    .all(|x| self.is_cap(x) || self.is_any(x, &["and", "of", "for", "&", "-"]))
                && self.topic_label(s0, reg.open - 1);
            if trailing
                && sent.is_none()
                && !topic
                && reg.open > s0 + 1
                && matches!(self.w(reg.open - 1), ":" | ",")
                && self.is_cap(reg.open + 1)
                && reg.close >= reg.open + 5
            {
                let verb = reg.open - 2;
                if let Some((spk, cue)) = (self.w(reg.open - 1) == ":")
                    .then(|| self.quoting_from(s0, reg.open - 1))
                    .flatten()
                {
                    self.direct(r, Some(cue), Some(spk));
                    st.last = Some((spk, None, para_no));
                    st.pending = None;
                    continue;
                }
                // "Ann Roy was asked, “…?”": the question put to the
                // subject is someone else's.
                if self.is_any(verb, ASK_FORMS) && self.after_be(verb, s0) {
                    self.direct(r, Some(self.bytes(verb, verb + 1)), None);
                    st.pending = None;
                    continue;
                }
                let near = (verb > s0 && self.is_word(verb) && !self.is_cap(verb))
                    .then(|| {
                        self.skip_back(verb, s0)
                            .and_then(|k| self.backward_np(k, s0))
                    })
                    .flatten()
                    // A name or a pronoun, or a phrase before a word shaped
                    // like a verb ("the team's lawyer quipped:"), not the
                    // words before a noun ("a new campaign message:"), nor
                    // a preposition's object ("concern over the agency's
                    // new rules:"; but a source's, "From Ann Roy's post:").
                    .filter(|&(a, _)| {
                        (self.is_cap(a)
                            || self.cl(a, class::PRONOUN)
                            || self.past_verb(verb)
                            || self.present_s(verb))
                            && !(a > s0
                                && self.cl(a - 1, class::PREP)
                                && !self.is_any(a - 1, &["from", "by"]))
                            // (Nor a verb's object: "X put it this way:".)
                            && !self.object_pronoun(a, s0)
                    });
                if let Some((a, b)) = near.or_else(|| self.subject(s0, reg.open)) {
                    let spk = self.spk(a, b);
                    self.direct(r, None, Some(spk));
                    st.last = Some((spk, None, para_no));
                    st.pending = None;
                    continue;
                }
            }
            // A bare quotation standing as its own sentence continues the
            // previous speaker.
            let leading = first == Some(r)
                || (s..reg.open).all(|k| self.is_punct(k) && self.region(k).is_none());
            let trailing = (after..e).all(|k| self.is_punct(k) && self.region(k).is_none());
            // A closed quotation its sentence's stop left out, before the
            // next sentence's opening phrase, whose attribution is that
            // sentence's: `“…” By noon, the mayor said …` (speech, its
            // speaker unknown).
            if leading
                && !trailing
                && reg.closed
                && self.opening_phrase(after)
                && !self.inner(r).trim_end().ends_with([',', '.', '!', '?'])
            {
                self.direct(r, None, None);
                continue;
            }
            if leading && trailing && sent.is_none() {
                // (A name alone on the next line credits it: an epigraph,
                // "“…”" then "Amos Hale"; not right after "She said:".)
                let announced = st.pending.is_some() && s > 0 && self.w(s - 1) == ":";
                if let Some((a, b)) = self.name_line(e).filter(|_| !announced) {
                    let spk = self.spk(a, b);
                    self.direct(r, None, Some(spk));
                    st.pending = None;
                    // (A bare quotation after an epigraph continues no one.)
                    st.last = None;
                    continue;
                }
                // (The cue of an announcement is this quotation's: "Ann
                // Roy said:" and the quotation in the next paragraph; a
                // quotation that goes on from the last in its paragraph has
                // the last one's: `“…,” Ann Roy said. “…”`; not a negated
                // one's, "Ann Roy would not say. “…”".)
                // (A paragraph that opens with it and names its speaker
                // before its next quotation is that speaker's: `“….” Ann
                // Roy said, “…”`.)
                let named_next = (first_in_para && st.pending.is_none())
                    .then(|| self.attribution_next(e))
                    .flatten();
                let (spk, cue) = match (st.pending.take(), st.last) {
                    (Some((p, c)), _) => (Some(p), c.filter(|_| announced)),
                    _ if named_next.is_some() => (named_next, None),
                    (None, Some((p, c, at))) if para_no <= at + 5 => {
                        let affirmed =
                            |&x: &ByteSpan| !cue_negated(self.text, self.toks, &self.lex, x);
                        (Some(p), c.filter(|x| at == para_no && affirmed(x)))
                    }
                    _ => (None, None),
                };
                self.direct(r, cue, spk);
                if let Some(p) = spk {
                    st.last = Some((p, cue, para_no));
                }
                continue;
            }
            // A whole quoted sentence inside other text is speech, not a
            // scare quote or a title.
            if reg.closed && self.sentence_like(r) {
                let spk = (!topic)
                    .then(|| self.subject(s0, reg.open))
                    .flatten()
                    .map(|(a, b)| self.spk(a, b))
                    .or(st.last.map(|x| x.0));
                self.direct(r, None, spk);
            }
        }
    }

    /// The speaker of a sentence at token `e`, inside its paragraph, that
    /// opens with a name and a cue before a quotation: `Ann Roy said, “…”`,
    /// `Sen. Tom Hale added: “…”`.
    fn attribution_next(&self, e: usize) -> Option<Spk> {
        if self.para.get(e).copied().unwrap_or(true) || !self.is_cap(e) {
            return None;
        }
        let c = (e + 1..(e + 8).min(self.toks.len()))
            .find(|&k| !(self.is_cap(k) || (self.w(k) == "." && self.is_cap(k - 1))))?;
        // (Not a reply: `“….” Tom Hale replied, “…”` answers the last
        // speaker.)
        const REPLIES: &[&str] = &[
            "replied",
            "replies",
            "responded",
            "responds",
            "answered",
            "answers",
            "countered",
            "counters",
            "retorted",
            "asked",
            "asks",
        ];
        let quotes_next = self.cue(c).is_some()
            && !self.is_any(c, REPLIES)
            && matches!(self.w(c + 1), "," | ":")
            && self.opens(c + 2).is_some();
        (quotes_next && !self.cl(e, class::DET | class::PRONOUN)).then(|| self.spk(e, c))
    }

    /// A paragraph starting at token `e` that is a person's name
    /// ("Amos Hale", "— Amos T. Hale"), alone or with a role set off by a
    /// comma ("Amos Hale, Director of the Harbor Fund"): a given name and
    /// one to four more capitalised words (initials too), not in capitals,
    /// no final period (not a heading, "Bill Summary", "REGIONAL WORRIES",
    /// nor a credit, "Sanders."). Its name's token range.
    fn name_line(&self, e: usize) -> Option<(usize, usize)> {
        let para_at = |k: usize| self.para.get(k).copied().unwrap_or(false);
        if !para_at(e) {
            return None;
        }
        let a = if self.is_dash(e) { e + 1 } else { e };
        let mut k = a;
        let mut words = 0;
        while k < self.toks.len() && !(k > e && para_at(k)) {
            if self.is_cap(k) && self.region(k).is_none() && self.cue(k).is_none() {
                words += 1;
            } else if self.w(k) == "," && words >= 2 {
                // (Or the name and a role set off by a comma, to the
                // line's end: "Ann Roy, Director of the Harbor Fund".)
                let role = (k + 1..self.toks.len())
                    .take_while(|&x| !para_at(x))
                    .take(2 * REACH + 1)
                    .try_fold(0usize, |n, x| {
                        let ok = self.region(x).is_none()
                            && self.cue(x).is_none()
                            && (self.is_cap(x)
                                || matches!(self.w(x), "," | "." | "&" | "-")
                                || self.is_any(x, &["of", "for", "and", "the", "at", "on"]));
                        ok.then_some(n + 1)
                    });
                if !role.is_some_and(|n| (1..=2 * REACH).contains(&n)) {
                    return None;
                }
                break;
            } else if !(self.w(k) == "." && k > a) {
                return None;
            }
            if words > 5 {
                return None;
            }
            k += 1;
        }
        // (Nor a place's or a body's name that opens with a given name:
        // "Jordan Valley Farms", "Virginia Beach Response".)
        let lex = Lexicon::get();
        let person = words >= 2
            && self.w(k - 1) != "."
            && !self.toks[a].all_caps()
            && lex.given_entry(self.w(a)).is_some()
            && (a + 1..k).all(|x| !self.is_word(x) || lex.not_name(self.w(x)).is_none());
        person.then_some((a, k))
    }

    /// The words of region `r`, between its marks.
    fn inner(&self, r: usize) -> &'a str {
        let reg = self.regions[r];
        self.text.get(reg.start..reg.end).unwrap_or("")
    }

    /// Whether token `k` closes a quotation whose words end in a comma
    /// (`“…,”`) and more text follows it.
    fn comma_closer(&self, k: usize) -> bool {
        self.closes(k)
            .is_some_and(|r| self.inner(r).trim_end().ends_with(',') && self.is_word(k + 1))
    }

    /// Where content starting at `j` and running to `end` ends when it opens
    /// with a closed quotation that the words after it do not continue:
    /// the quotation ends in punctuation of its own (`“…,” drawing jeers`),
    /// or a dash, a clause word or a preposition follows it (`“…” after the
    /// vote`, `“…” and left`). `None` when the content runs on (`“very
    /// few” of them came`).
    fn quote_alone(&self, j: usize, end: usize) -> Option<usize> {
        let r = self.opens(j)?;
        let reg = self.regions[r];
        let next = reg.close + 1;
        if !reg.closed || next >= end {
            return None;
        }
        let inner = self.text.get(reg.start..reg.end)?.trim_end();
        let punct = inner.ends_with(['.', '?', '!', ',', ';', '\u{2026}']);
        // A participle after it starts a clause of its own: “…,” drawing jeers.
        let breaks = self.is_dash(next)
            || self.ing_form(next)
            || self.is_any(next, &["at", "after", "before", "when", "as", "until", "while", "but", "during", "amid"])
            // “Not today!” and drove off; “…” and walked out: a second
            // predicate (but “…” and “…” is a list).
            || (self.is(next, "and")
                && self.is_word(next + 1)
                && !self.is(next + 1, "that")
                && (inner.ends_with(['.', '?', '!']) || self.past_verb(next + 1)))
            // “…,” Ann Roy told the paper: a new attribution.
            || (punct
                && self.is_cap(next)
                && self.opens(next).is_none()
                && (next + 1..end.min(next + 6)).any(|k| self.cue(k).is_some()));
        breaks.then_some(next)
    }

    /// Whether a quotation reads as a whole sentence: a capital first,
    /// several words, closing punctuation last.
    fn sentence_like(&self, r: usize) -> bool {
        let reg = self.regions[r];
        let inner = self.inner(r).trim();
        let words = (reg.open + 1..reg.close)
            .filter(|&k| self.is_word(k))
            .count();
        inner.starts_with(char::is_uppercase) && words >= 5 && inner.ends_with(['.', '?', '!', ','])
    }

    /// The speaker of a quotation whose content ends in a comma (or a
    /// question or exclamation mark): `“…,” X answered`, `“…,” agrees X`.
    fn comma_attribution(&self, r: usize, e: usize) -> Option<(Spk, Option<(usize, usize)>)> {
        let reg = self.regions[r];
        let inner = self.text.get(reg.start..reg.end)?.trim_end();
        let mut m = reg.close + 1;
        let outer_comma = self.w(m) == ",";
        if outer_comma {
            m += 1;
        }
        let last = inner.chars().next_back()?;
        let lower_next = self.is_word(m) && !self.is_cap(m);
        if !(outer_comma
            || last == ','
            || (matches!(last, '?' | '!') && (lower_next || self.cl(m, class::PRONOUN))))
        {
            return None;
        }
        if m >= e {
            return None;
        }
        let verbish = |k: usize| {
            self.is_word(k)
                && !self.is_cap(k)
                && !self.cl(
                    k,
                    class::PREP
                        | class::CLAUSE
                        | class::DET
                        | class::AUX
                        | class::PRONOUN
                        | class::TIME,
                )
        };
        if self.cl(m, class::PRONOUN) || self.is_cap(m) || self.cl(m, class::DET) {
            let (a, mut b) = self.forward_np(m, e)?;
            // The verb may have been read as part of the phrase.
            let mut verb = None;
            // "a doctor had typed": the verb after its auxiliary.
            let perfect = self.is_any(b, &["had", "has", "have", "would", "will"]);
            let after_aux = (b + 1 < e && perfect).then_some(b + 1);
            if let Some(v) = after_aux.filter(|&v| verbish(v) || self.cue(v).is_some()) {
                verb = Some(v);
            } else if b > a + 1 && verbish(b - 1) {
                b -= 1;
                verb = Some(b);
            } else if b < e {
                let mut v = b;
                while v < e && self.cl(v, class::ADVERB) {
                    v += 1;
                }
                if verbish(v) || self.cue(v).is_some() {
                    verb = Some(v);
                }
            }
            let Some(v) = verb else {
                // “…,” Ann Roy, director of the port authority. -- no verb:
                // a name and its role ending the sentence credit the
                // quotation.
                return self.credit_line(a, b, e).then(|| (self.spk(a, b), None));
            };
            return Some((self.spk(a, b), Some(self.bytes(v, v + 1))));
        }
        if verbish(m) {
            let (a, b) = self.forward_np(m + 1, e)?;
            if self.is_cap(a) || self.cl(a, class::PRONOUN | class::DET) {
                return Some((self.spk(a, b), Some(self.bytes(m, m + 1))));
            }
        }
        None
    }

    /// Whether the name at `[a, b)` and a role set off by a comma end the
    /// sentence ending at `e` with no verb: `Ann Roy, director of the port
    /// authority.` after a quotation.
    fn credit_line(&self, a: usize, b: usize, e: usize) -> bool {
        if !self.is_cap(a) {
            return false;
        }
        // A titled name alone ends it, or with its state: `“…,” Sen. Ann
        // Roy of Maine.`
        let mut end = b;
        if self.is(end, "of") && (end + 1..e - 1).all(|k| self.is_cap(k)) {
            end = e - 1;
        }
        // (An abbreviated title too: "Sen.", "Rep.".)
        let abbreviated = || {
            self.w(a + 1) == "."
                && a + 2 < b
                && self.is_cap(a + 2)
                && Lexicon::get().ends_title(self.w(a), true, &mut String::new())
        };
        // (The line may end with no stop where its paragraph ends: an
        // endorsement's credit, "Ann Roy, Chair, Dover Health Board".)
        let stop = self.is_final(e - 1);
        if !stop && !self.para.get(e).copied().unwrap_or(true) {
            return false;
        }
        let last = if stop { e - 1 } else { e };
        if end == last && (self.titled_name(a, b) || abbreviated()) {
            return true;
        }
        self.bare_comma(b)
            && e > b + 2
            && e <= b + 2 * REACH
            && (b + 1..last).all(|k| {
                self.region(k).is_none()
                    && self.cue(k).is_none()
                    && !self.cl(k, class::AUX | class::PRONOUN)
                    && (!self.cl(k, class::CLAUSE) || self.is(k, "and"))
            })
    }

    /// The subject of the clause holding token `c` in the sentence that
    /// starts at `s0`: after the last semicolon before it when that clause
    /// has one ("The bill failed; Ann Roy voted for it, saying …"), else
    /// the sentence's ("He was booed; praised …; and declared that …").
    fn subject_before(&self, s0: usize, c: usize) -> Option<(usize, usize)> {
        let clause = (s0..c)
            .rev()
            .find(|&k| self.w(k) == ";" && self.region(k).is_none())
            .map_or(s0, |k| k + 1);
        // (Not the last item of a list the semicolons separate: "Senators
        // Ann Roy, D-Ohio; Tom Hale, R-Texas; and Lee Park, …, sent a
        // letter urging …", "toured Dover, Ohio; Salem, Oregon; and …":
        // there the part before holds no verb, or "and" opens the last.)
        let list =
            || (s0..clause - 1).all(|k| self.verbless(k)) || self.is_any(clause, &["and", "or"]);
        let own = (clause > s0 && !list())
            .then(|| self.subject(clause, c - 1))
            .flatten();
        own.or_else(|| self.subject(s0, c - 1))
    }

    /// The subject of the clause starting at `s0`: its first noun phrase
    /// when that is a name, a pronoun or a source ("As The Post's writer put
    /// it", "Her campaign sent an email saying").
    fn subject(&self, s0: usize, lim: usize) -> Option<(usize, usize)> {
        let mut j = s0;
        let lim_skip = lim.min(s0 + REACH);
        while j < lim_skip
            && (self.is(j, "as")
                || self.is(j, "but")
                || self.is(j, "and")
                || self.cl(j, class::ADVERB))
        {
            j += 1;
        }
        // ("However, …": the adverb's comma.)
        if j > s0 && j < lim && self.w(j) == "," {
            j += 1;
        }
        // An opening phrase and its comma: "In her speech, Roy …",
        // "Facing growing doubts, Mr. Reed …".
        // "Essentially, …", "When asked, …", "Minutes later, …".
        // (Up to two: "However, despite the warnings, the Reeds …".)
        for _ in 0..2 {
            let participle = self.is_word(j) && self.w(j).len() > 4 && self.w(j).ends_with("ing");
            // "Two days before the vote on the harbor plan, …": an amount
            // of time and "before" or "after" (a longer phrase).
            let time_amount = self.is_any(j + 2, &["before", "after"])
                && self.is_any(j + 1, TIME_UNITS)
                && is_count(self.w(j));
            let reach = if time_amount { 2 * REACH } else { 12 };
            // (Past a date's comma: "On June 18, 2027, Roy and Hale sent
            // …".)
            // (Past a cue's form as a noun, after a preposition or a
            // determiner: "Amid calls from some, Roy …".)
            let comma = (j + 1..lim.min(j + reach))
                .take_while(|&m| {
                    self.region(m).is_none()
                        && (self.cue(m).is_none() || self.cl(m - 1, class::PREP | class::DET))
                })
                .find(|&m| self.w(m) == "," && !self.date_comma(m));
            let Some(m) = comma else {
                break;
            };
            let opener = self.cl(j, class::PREP | class::TIME | class::CLAUSE)
                || participle
                || time_amount
                || (self.adverb_ly(j) && m == j + 1)
                || self.is_any(m - 1, &["later", "earlier", "ago"]);
            if !opener {
                break;
            }
            j = m + 1;
        }
        let (a, mut b) = self.forward_np(j, lim)?;
        let ok = self.cl(a, class::PRONOUN | class::DET) || self.is_cap(a);
        if self.is_cap(a) && !self.cl(a, class::DET) {
            // A name ends where the capitals do: "Mayor Lund toured …";
            // a lower-case title between capitals is part of it ("Acme
            // co-founder Ann Roy tweeted …").
            let title_between = |k: usize| {
                // The word with its hyphenated parts ("co-founder").
                let mut m = k + 1;
                while m + 1 < b && self.w(m) == "-" && !self.toks[m].space_before {
                    m += 2;
                }
                let word = self.text.get(self.toks[k].start()..self.toks[m - 1].end());
                self.is_cap(m)
                    && (self.cl(k, class::TITLE) && m == k + 1
                        || word.is_some_and(|w| {
                            Lexicon::get()
                                .title_key(&w.to_ascii_lowercase())
                                .is_some_and(|t| t.title.is_some())
                        }))
            };
            if let Some(k) =
                (a + 1..b).find(|&k| self.is_word(k) && !self.is_cap(k) && !title_between(k))
            {
                b = k;
            }
        } else if self.cl(a, class::DET) {
            // A role phrase ends before a past-tense verb: "The mayor
            // revised his plans, saying …".
            // A word glued to the one before is not a verb of its own:
            // "the Seattle-based group".
            if let Some(k) = (a + 2..b)
                .find(|&k| self.toks[k].space_before && self.past_verb(k) && !self.adverb_ly(k - 1))
            {
                b = k;
            }
        }
        // "The president of the region, Ann Roy, has …": the role and the
        // name set off after it.
        if self.cl(a, class::DET) && self.w(b) == "," {
            if let Some(n) = self.name_between_commas(b, lim) {
                b = n;
            }
        }
        // "Sens. Ann Roy and Tom Hale have sent a letter urging …": names
        // joined by "and" are the subject together, each with its party
        // label or not ("Sen. Ann Roy (D-Vt.) and Sen. Tom Hale (R-Ind.)").
        let past_label = |k: usize| self.label_end(k, lim.min(k + 8)).unwrap_or(k);
        let and = past_label(b);
        if self.is_cap(a) && self.is_cap(b - 1) && self.is(and, "and") && self.is_cap(and + 1) {
            if let Some((_, b2)) = self.forward_np(and + 1, lim) {
                // (The second name ends where the capitals do, as the
                // first: "… and Tom Hale sent a letter".)
                let b2 = (and + 1..b2)
                    .find(|&k| !(self.is_cap(k) || self.is_punct(k)))
                    .unwrap_or(b2);
                if b2 > and + 1 {
                    b = if and > b { past_label(b2) } else { b2 };
                }
            }
        }
        ok.then_some((a, b))
    }

    /// Whether the phrase `a..b` ends in a name after a title: "former
    /// Gov. Ann Roy", "the state's attorney general, Ann Roy".
    fn titled_name(&self, a: usize, b: usize) -> bool {
        let mut buf = String::new();
        b >= a + 2
            && self.is_cap(b - 1)
            && (a..b - 1).any(|x| {
                self.is_word(x)
                    && self.is_cap(x + 1)
                    && Lexicon::get().title_of_word(self.w(x), &mut buf).is_some()
            })
    }

    /// Where the name starts in a phrase `a..b` that is a recording of
    /// it: "footage of Ann Roy", "a video clip of Mayor Lee".
    fn recording_of(&self, a: usize, b: usize) -> Option<usize> {
        const RECORDINGS: &[&str] = &[
            "footage",
            "video",
            "videos",
            "clip",
            "clips",
            "tape",
            "tapes",
            "recording",
            "recordings",
            "audio",
            "videotape",
            "audiotape",
        ];
        let of = (a + 1..b).find(|&o| self.is(o, "of"))?;
        (self.is_any(of - 1, RECORDINGS) && self.is_cap(of + 1) && self.is_cap(b - 1))
            .then_some(of + 1)
    }

    /// Whether token `k` is a lower-case word in "-ing" (a participle:
    /// "drawing", "saying").
    fn ing_form(&self, k: usize) -> bool {
        self.is_word(k) && !self.is_cap(k) && self.w(k).ends_with("ing")
    }

    /// Whether token `k` is a capitalised time word between the
    /// capitalised words `before` and `after`: part of a name ("the Valley
    /// Morning Star"), not a time.
    fn time_word_in_name(&self, before: usize, k: usize, after: usize) -> bool {
        self.cl(k, class::TIME) && self.is_cap(before) && self.is_cap(k) && self.is_cap(after)
    }

    /// Whether token `k` looks like a past-tense verb: a lower-case word
    /// of five letters or more ending in "ed", or an irregular past form
    /// the word list knows ("met", "took").
    fn past_verb(&self, k: usize) -> bool {
        let w = self.w(k);
        self.is_word(k)
            && !self.is_cap(k)
            && ((w.len() >= 5 && w.ends_with("ed")) || self.cl(k, class::PAST))
    }

    /// Whether the cue at `i` is a participle describing the noun before
    /// it, with the noun's own verb after it: "Farmers seeking the aid must
    /// apply", "The grants announced this week will help", "Residents
    /// seeking answers said …" (not "Officials announced the grants will
    /// help", where a subject follows the verb). Looks at most eight tokens
    /// on.
    fn reduced_relative(&self, i: usize) -> bool {
        let Some(cue) = self.cue(i) else {
            return false;
        };
        let past = self.past_verb(i);
        if i == 0 || !((cue.participle && cue.np) || past) {
            return false;
        }
        let p = i - 1;
        let noun = self.is_word(p)
            && self.region(p).is_none()
            && self.cue(p).is_none()
            && !self.past_verb(p)
            && !self.cl(
                p,
                class::AUX
                    | class::PRONOUN
                    | class::CLAUSE
                    | class::PREP
                    | class::DET
                    | class::ADVERB
                    | class::TIME,
            );
        // A past form between a noun and its agent describes the noun
        // wherever it stands: "paid with funds announced Monday by Ann
        // Roy".
        // (Also after "on" and a day: "the package announced on Friday by
        // both senators"; not the means, "by phone".)
        // (Not "by a statement", "by a 5-2 vote": a means.)
        // (So does one whose preposition has no object after it: "the
        // cap called for in the treaty", "the steps called for.".)
        // (Not after a name, the verb's subject: "Ann Roy called for in
        // a letter …".)
        if past && noun {
            let stranded = !self.is_cap(p)
                && self.is_any(i + 1, &["for", "of", "about"])
                && (self.cl(i + 2, class::PREP)
                    || matches!(self.w(i + 2), "," | ";" | "." | ")" | ":"));
            if stranded {
                return true;
            }
            let agent = (i + 1..i + 5)
                .find(|&k| !(self.cl(k, class::TIME | class::ADVERB) || self.is(k, "on")))
                .is_some_and(|k| {
                    self.is(k, "by") && self.agent_after(k) && !self.is_any(k + 1, &["a", "an"])
                });
            if agent {
                return true;
            }
            // (Or by where it was told, after a determiner's noun that is
            // a verb's object: "… took the route described in the guide",
            // "… backs the cuts outlined in her letter"; not "But the
            // governor warned in a letter that …".)
            let object = || {
                (p.saturating_sub(4)..p - 1).rev().any(|k| {
                    self.is_word(k)
                        && (self.cl(k, class::AUX) || self.past_verb(k) || self.present_s(k))
                        && !self.cl(k, class::DET | class::CLAUSE | class::PREP)
                }) && !(p.saturating_sub(4)..p - 1).any(|k| !self.is_word(k))
            };
            let place = !self.is_cap(p)
                && p > 1
                && self.cl(p - 1, class::DET)
                && !self.toks[p - 1].newline_before
                && object()
                && self.is(i + 1, "in")
                && (self.cl(i + 2, class::DET | class::PRONOUN) || self.is_cap(i + 2));
            if place {
                return true;
            }
        }
        // (The noun is the sentence's subject: no verb before it in its
        // clause, "issued a statement announcing the coach has been
        // fired" reports the announcement.)
        let mut k = p;
        let subject = loop {
            if k == 0 || self.toks[k].newline_before || self.is_final(k - 1) {
                break true;
            }
            k -= 1;
            let verb = self.cl(k, class::AUX) || self.past_verb(k) || self.cue(k).is_some();
            if p - k > 6 || verb || matches!(self.w(k), "," | ";" | ":") {
                break false;
            }
        };
        if !noun || !subject {
            return false;
        }
        // (A past form is followed by its agent, or by a time and the
        // verb: never by a subject of its own, "announced this week the
        // grants will …", "reported on Monday the board had …".)
        // (A name before a past form is its subject: "Roy announced Monday
        // will be …".)
        if past && self.is_cap(p) {
            return false;
        }
        if past && !self.is(i + 1, "by") {
            let k = if self.is_any(i + 1, &["this", "last"]) && self.that_time(i + 1) {
                i + 3
            } else {
                (i + 1..i + 4)
                    .find(|&k| !self.cl(k, class::TIME | class::ADVERB))
                    .unwrap_or(i + 4)
            };
            if k > i + 1 && self.cl(k, class::AUX) {
                return true;
            }
            // Right before the noun's own verb: "Several of the courses
            // offered are new".
            if self.cl(i + 1, class::AUX) && !self.is_cap(i + 1) {
                return true;
            }
            // Or right before the noun's own past verb and its object:
            // "The items reviewed included one that …", "The issues
            // raised covered the fees".
            if self.past_verb(i + 1)
                && self.cue(i + 1).is_none()
                && (self.cl(i + 2, class::DET | class::PRONOUN) || self.is(i + 2, "one"))
            {
                return true;
            }
            // A verb that reports only an object, its phrase running into
            // the noun's verb: "The fees requested in the letter are due",
            // "a group called the Night Watch was" (not "said in a
            // statement the plan will …": a verb of speech takes a clause).
            if cue.np && !cue.inv {
                let end = self.toks.len().min(i + 8);
                let stop = (i + 1..end).find(|&k| {
                    !self.is_word(k)
                        || self.region(k).is_some()
                        || self.cl(k, class::AUX | class::CLAUSE | class::PRONOUN)
                        || self.past_verb(k)
                        || self.cue(k).is_some()
                        // (A clause of its own: "accused Roy of implying
                        // the police were …".)
                        || (self.w(k).len() > 4 && self.w(k).ends_with("ing"))
                });
                // ("The cuts proposed in the budget worried the …": or its
                // past tense past a phrase, with an object.)
                return stop.is_some_and(|k| {
                    ((k > i + 2 && self.cl(k, class::AUX))
                        || (k > i + 3
                            && self.past_verb(k)
                            && self.cl(k + 1, class::DET | class::PRONOUN)))
                        && !self.is_cap(k)
                });
            }
            return false;
        }
        // (Not an infinitive: "declined to say", "urging voters to back
        // …".)
        if self.is(i + 1, "to") {
            return false;
        }
        (i + 1..self.toks.len().min(i + 9))
            .take_while(|&k| {
                self.is_word(k)
                    && self.region(k).is_none()
                    && !self.cl(k, class::CLAUSE)
                    && !self.is(k, "to")
            })
            .any(|k| {
                k > i + 1 && (self.cl(k, class::AUX) || self.cue(k).is_some_and(|c| !c.participle))
            })
    }

    /// Whether token `k` has the shape of a present-tense verb in "-s"
    /// ("writes", "says"; not "press").
    fn present_s(&self, k: usize) -> bool {
        let w = self.w(k);
        // (Not "bus", "status", "crisis", "his".)
        w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is")
    }

    /// Whether token `k` adds no verb to a phrase: outside quotations, no
    /// auxiliary, past-tense verb or cue.
    fn verbless(&self, k: usize) -> bool {
        self.region(k).is_none()
            && !self.cl(k, class::AUX)
            && !self.past_verb(k)
            && self.cue(k).is_none()
    }

    /// Whether token `k` is a capitalised auxiliary inside the sentence
    /// starting at `s0`: a name ("Will wrote"), not a verb.
    fn aux_name(&self, k: usize, s0: usize) -> bool {
        k > s0 && self.is_cap(k) && self.cl(k, class::AUX)
    }

    /// Whether token `k` is a lower-case adverb in "-ly" that can end a
    /// speaker's phrase ("strongly", "eventually"), not a noun in "-ly"
    /// ("the family", "a rally", "an ally").
    fn trailing_adverb(&self, k: usize) -> bool {
        const NOUNS: &[&str] = &[
            "family",
            "rally",
            "tally",
            "ally",
            "reply",
            "assembly",
            "supply",
            "monopoly",
            "anomaly",
            "bully",
            "belly",
            "homily",
            "jelly",
            "lily",
            "folly",
            "friendly",
            "deadly",
            "weekly",
            "daily",
            "monthly",
            "quarterly",
            "yearly",
            "elderly",
            "orderly",
            "duopoly",
            "hillbilly",
        ];
        let w = self.w(k);
        self.adverb_ly(k)
            && w.len() > 4
            && w.bytes().all(|c| c.is_ascii_lowercase())
            && !w.ends_with("fly")
            && !NOUNS.contains(&w)
    }

    /// Whether token `k` is an adverb in "-ly" ("newly elected").
    fn adverb_ly(&self, k: usize) -> bool {
        self.is_word(k) && self.w(k).ends_with("ly")
    }

    /// After a dateline (`WASHINGTON –`) at the start of a paragraph (not
    /// inside a quotation that opens it: “NASA is – …”).
    fn after_dateline(&self, s: usize, e: usize) -> usize {
        if self.opens(s).is_some() {
            return s;
        }
        let lim = e.min(s + 12).min(self.toks.len());
        // (Capitals first: most lines open with none, turned away by one
        // pass over the tokens' flags.)
        let Some(caps) = self
            .toks
            .get(s..lim)
            .and_then(|toks| toks.iter().position(Token::all_caps))
        else {
            return s;
        };
        (s + caps + 1..lim)
            .find(|&k| self.is_dash(k) && self.toks.get(k + 1).is_some_and(|t| t.space_before))
            .map_or(s, |k| k + 1)
    }

    fn direct(&mut self, r: usize, cue: Option<(usize, usize)>, speaker: Option<Spk>) {
        self.used[r] = true;
        let reg = self.regions[r];
        let (start, end) = trim_content(self.text, reg.start, reg.end);
        let cue_word = cue.and_then(|(a, b)| self.text.get(a..b));
        let speech = cue_word.is_some_and(|w| {
            cues::lookup(
                w.split_whitespace().next().unwrap_or(""),
                &mut String::new(),
            )
            .cue()
            .is_some_and(|c| !c.np)
        });
        let words = self.text.get(start..end).unwrap_or("");
        if !speech && is_title(words) {
            // A title or a name in marks ("the film “Morning Light”").
            return;
        }
        // A line that is only a short title-case phrase in marks is a
        // subheading, with or without its stop: “Rain Comes to Town.”
        let line = |k: usize| self.toks.get(k).map_or(true, |t| t.newline_before);
        let alone = reg.closed && line(reg.open) && line(reg.close + 1);
        // (Not “Thank you, Ohio.”: a subheading has no comma.)
        let heading = || !words.contains(',') && words.split_whitespace().nth(1).is_some();
        if cue.is_none() && alone && heading() && is_title(words.trim_end_matches('.')) {
            return;
        }
        // A title the sentence names, its stop inside the marks: "proclaim
        // October as “Clean Water Month.”", "a report titled “Hidden
        // Risks.”", "the study “Roads: Worn and Unsafe.”"
        let named = reg.open > 0
            && self.is_any(
                reg.open - 1,
                &[
                    "as",
                    "titled",
                    "entitled",
                    "called",
                    "named",
                    "dubbed",
                    "the",
                    "report",
                    "study",
                    "book",
                    "film",
                    "documentary",
                    "article",
                    "album",
                    "song",
                ],
            );
        // (Or one a title's noun names: "the short title is “Harbor Act.”")
        let title_is = reg.open > 1
            && self.is(reg.open - 1, "is")
            && self.is_any(reg.open - 2, &["title", "name"]);
        // (Or one set off by a comma, which no cue says: "must complete
        // form FSA-12, “Crop Loss Payment Application.”")
        let set_off = cue.is_none() && reg.open > 0 && self.w(reg.open - 1) == "," && heading();
        if (named || title_is || set_off)
            && words.ends_with('.')
            && is_title(words.trim_end_matches('.'))
        {
            return;
        }
        // Whatever follows "titled", "entitled" or a theme's noun (a comma
        // between them too) is a name, of any length or case, unless a
        // speech cue says the words: `an event, titled "Safety Nets Step up
        // to the Plate."`, `the theme "Rivers: Who Owns Them?"`.
        let before = |k: usize| {
            reg.open >= k
                && self.is_any(
                    reg.open - k,
                    &["titled", "entitled", "theme", "slogan", "motto"],
                )
        };
        if !speech && (before(1) || (before(2) && self.w(reg.open - 1) == ",")) {
            return;
        }
        if start < end {
            self.out
                .push(Found::new(QuoteKind::Direct, (start, end), cue, speaker));
        }
    }

    /// Reads the cue at `c`: finds its speaker and content and emits the
    /// quotation. Returns the speaker, the cue span and the token where the
    /// content ends.
    fn attribute(
        &mut self,
        c: usize,
        cue: Cue,
        s0: usize,
        e: usize,
        sent: Option<Attr>,
        st: &mut State,
    ) -> Option<Attr> {
        if cue.according {
            return self.according(c, s0, e);
        }
        // "When asked whether …, she said", "Asked by X about …": a question
        // put to the speaker.
        // (A cue may come before `s0`, the frame's start after a dateline.)
        // (Or after a form of "be": "Ann Roy was asked whether …".)
        let passive =
            c <= s0 || self.is_any(c - 1, &["when", "if", "once", "after"]) || self.after_be(c, s0);
        if self.is(c, "asked") && passive {
            // The one who asks is not the speaker a later quotation
            // continues: no attribution to remember.
            // (A request after a form of "be" too, "Residents were asked
            // to leave": PolNeAR reports it, with no speaker.)
            self.asked(c, e);
            return None;
        }
        if let Some((attr, announces)) = self.as_reported_by(c, s0, e) {
            // ("As reported by the Harbor Times:" announces the quotation
            // in the next paragraph.)
            if announces {
                st.pending = Some((attr.0, attr.1));
            }
            return Some(attr);
        }
        if self.naming(c, s0) || self.noun_before_of(c) {
            return None;
        }
        if self.passive(c, s0) {
            return self.passive_by_that(c, e);
        }
        let cue_span = Some(self.bytes(c, c + cue.words()));
        // "…, said X" / "“…,” said X"
        let after_punct =
            c > s0 && (self.w(c - 1) == "," || self.closes(c - 1).is_some() || self.is_dash(c - 1));
        if cue.inv
            && after_punct
            && !self.appositive_subject(c, s0)
            && !self.quote_then_subject(c, s0)
        {
            if let Some((a, b)) = self.forward_np(c + 1, e) {
                let after_quote = self.closes(c - 1).is_some()
                    || (c > s0 + 1 && self.w(c - 1) == "," && self.closes(c - 2).is_some());
                let speaker_like = after_quote
                    || self.is_cap(a)
                    || self.cl(a, class::PRONOUN)
                    || (a..b).any(|k| self.cl(k, class::SOURCE | class::TITLE) || self.is_cap(k));
                // A phrase with a verb of its own is the content: "…, said
                // the Lee family deserved better".
                // ("said the recently retired general" keeps its adjective;
                // "…, said Reed ignored the flood" is content.)
                // (Right after the first word only after a name: not "said
                // senior elected officials".)
                let verb = (a + 1..b).any(|k| {
                    (k > a + 1 || self.is_cap(a))
                        && self.toks[k].space_before
                        && self.past_verb(k)
                        && !self.cl(k - 1, class::DET | class::ADVERB)
                        && contraction_stem(self.w(k - 1)).is_none()
                });
                // (After a quotation, a name and the next quotation with
                // no stop between: "“…” said Ann Roy “…”".)
                let next_quote = after_quote && self.opens(b).is_some() && self.is_cap(b - 1);
                if speaker_like && !verb && (self.ends_clause(b, e) || next_quote) {
                    let spk = self.spk(a, b);
                    let k = if self.w(c - 1) == "," { c - 1 } else { c };
                    // "The new wing, said Ann Roy, will open in May": a short subject
                    // or a predicate after the parenthesis goes on with the
                    // content.
                    if self.w(b) == "," && self.w(c - 1) == "," && !after_quote && b + 1 < e {
                        let words = (s0..k).filter(|&x| self.is_word(x)).take(6).count();
                        if words < 6 || self.cl(b + 1, class::AUX) {
                            let end = self.complement_end(b + 1, e);
                            let done = self.content(Read::Loose, b + 1, end, cue_span, spk, cue);
                            if done {
                                self.fragment_before(s0, k, cue_span, spk);
                                return Some((spk, cue_span, end));
                            }
                        }
                    }
                    if self.content_before(s0, k, cue_span, spk) {
                        return Some((spk, cue_span, b));
                    }
                }
            }
        }
        // "Said Ann Roy, “…”", "Said council member Ann Roy: “…”": a cue
        // opening its sentence, the speaker after it, then a quotation
        // (after a role set off by commas too).
        if c == s0 && cue.inv && self.is_cap(c) {
            if let Some((a, b)) = self.forward_np(c + 1, e) {
                let named = (a..b).any(|k| self.is_cap(k));
                let quotation = (b..e.min(b + REACH))
                    .find(|&k| self.opens(k).is_some())
                    .is_some_and(|k| k > b && matches!(self.w(k - 1), "," | ":"));
                if named && quotation {
                    return Some((self.spk(a, b), cue_span, b));
                }
                // ("Said Ann Roy, director of the port:" ending its
                // paragraph: the quotation comes next.)
                if named && e > b && self.w(e - 1) == ":" {
                    let spk = self.spk(a, b);
                    st.pending = Some((spk, cue_span));
                    return Some((spk, cue_span, e));
                }
            }
        }
        // "X said", "X, a spokesman, said", or a participle after the clause.
        let mut speaker = None;
        let mut np_start = c;
        // "X is saying", "X was telling Y": a progressive is a finite verb.
        // ("is already claiming": adverbs between.)
        let mut aux = c.saturating_sub(1);
        // ("They are all saying …": a floating quantifier too.)
        while aux > s0 + 1
            && aux + 3 > c
            && (self.cl(aux, class::ADVERB) || self.is_any(aux, &["all", "each"]))
            && !self.cl(aux, class::AUX)
        {
            aux -= 1;
        }
        // (An object cue keeps its adverb-free form: "is also seeking a
        // term" reports nothing.)
        let progressive =
            cue.participle && c > s0 + 1 && self.cl(aux, class::AUX) && (aux + 1 == c || !cue.np);
        let from = if progressive { aux } else { c };
        // "Ann Roy released a statement confirming …": the phrase before a
        // participle is the object of a verb, and the clause's subject
        // speaks.
        let object_of_verb = |a: usize, b: usize| {
            if !cue.participle {
                return false;
            }
            // ("Critics went further, with Gov. Ann Roy saying …": the
            // phrase after a clause's "with" is the participle's subject.)
            if a >= s0 + 2 && self.is(a - 1, "with") && self.bare_comma(a - 2) {
                return false;
            }
            // ("Farmers heard Ann Roy saying …", "The ad shows Ann Roy
            // telling …": the one heard or shown speaks.)
            if a > s0 && self.is_cap(a) && self.is_any(a - 1, PERCEIVING) {
                return false;
            }
            // "Ann Roy sent a letter to Gov. Tom Hale seeking …", "wrote to
            // the mayor urging …": the one written to does not ask.
            // (Back over a title the phrase left out: "to Senate Majority
            // Leader …".)
            let mut t = a;
            while t > s0 + 1 && a - t < 4 && self.is_cap(t - 1) {
                t -= 1;
            }
            let written_to = t > s0 + 1
                && self.is(t - 1, "to")
                && (t.saturating_sub(5).max(s0)..t - 1).any(|k| {
                    self.is_any(
                        k,
                        &[
                            "letter", "letters", "note", "memo", "wrote", "written", "write",
                            "writes", "sent", "petition",
                        ],
                    )
                });
            if written_to {
                return true;
            }
            // "singled out the bill's plan to fund state sewage plants
            // calling it …": a bare lower-case phrase is no subject (one
            // ending in a name is: "former Gov. Ann Roy").
            let bare = a > s0
                && !self.is_cap(a)
                && !self.cl(
                    a,
                    class::DET | class::PRONOUN | class::SOURCE | class::TITLE,
                )
                && self.w(a - 1) != ","
                && !self.titled_name(a, b);
            let after_verb = a > s0 + 1
                && self.is_word(a - 1)
                && !self.is_cap(a - 1)
                && self.region(a - 1).is_none()
                && self.cue(a - 1).is_none()
                && !self.cl(
                    a - 1,
                    class::PREP | class::CLAUSE | class::DET | class::AUX | class::PRONOUN,
                )
                && !self.is(a - 1, "and");
            // "Ann Roy spoke in the council chamber calling for …": a thing
            // after a verb's preposition is no subject either (a name or a
            // role may be: "resulted in the two senators adding …").
            let in_verb_phrase = a > s0 + 2
                && b > a
                && self.is_any(a - 1, &["on", "at", "in", "before", "from", "to", "into"])
                && self.is_word(a - 2)
                && !self.is_cap(a - 2)
                && (self.past_verb(a - 2) || self.present_s(a - 2))
                && self.cue(a - 2).is_none()
                && !self.is_cap(b - 1)
                && !self.cl(b - 1, class::TITLE | class::SOURCE | class::PRONOUN);
            bare || after_verb || in_verb_phrase
        };
        if let Some(k) = self.skip_back(from, s0) {
            if let Some((a, b)) = self.backward_np(k, s0) {
                // "The spot switches to footage of Ann Roy saying …": the person
                // a recording shows speaks.
                let (a, shown) = match self.recording_of(a, b) {
                    Some(n) if cue.participle => (n, true),
                    _ => (a, false),
                };
                // A verb's phrase after "to" or an auxiliary right before a
                // cue that may be a plural noun makes the cue its object's
                // noun: "will remove potentially deadly fumes that gather",
                // "to pay claims filed by" (not "says", nor a past form, "A
                // note to investors said").
                let verb_phrase = self.verb_phrase_at(a);
                let noun_form = self.w(c).ends_with('s') && !self.is(c, "says");
                if verb_phrase && b == c && !cue.participle && noun_form {
                    return None;
                }
                // (The clause's subject speaks after an object, after a
                // semicolon, "The bill failed; Ann Roy voted for it, saying
                // …", and after such a verb's phrase.)
                let subject = (!shown && (object_of_verb(a, b) || verb_phrase))
                    .then(|| self.subject_before(s0, a))
                    .flatten();
                // "Tom Reed, head of the fire institute said": a name opening
                // the sentence before a role whose closing comma is missing.
                // (Not "New York City, the mayor said, will not close …":
                // there the phrase before is the subject of the content.)
                let continues = self.w(c + 1) == "," && self.opens(c + 2).is_none();
                let subject = subject.or_else(|| {
                    (!continues)
                        .then(|| {
                            self.name_before_role(s0, a, b)
                                .or_else(|| self.modified_name(s0, a, c))
                                .or_else(|| self.hometown_of(a, s0))
                        })
                        .flatten()
                });
                let (a, b) = subject.unwrap_or((a, b));
                // "Officials who spoke on condition of anonymity said": the
                // noun the relative clause describes, with the clause.
                let a = subject.map_or_else(|| self.relative_head(a, s0).unwrap_or(a), |(a, _)| a);
                speaker = Some(self.spk(a, b));
                np_start = a;
            } else if let Some(open) = self.dash_pair_before(k, s0).filter(|_| !cue.participle) {
                // "The justice -- who has been in a scuffle with X -- said":
                // the phrase before the dashes.
                if let Some((a, b)) = open.checked_sub(1).and_then(|o| self.backward_np(o, s0)) {
                    if self.is_cap(a) || self.cl(a, class::DET | class::PRONOUN) {
                        speaker = Some(self.spk(a, b));
                        np_start = a;
                    }
                }
            } else if (self.w(k) == "," || (self.comma_closer(k) && self.appositive_subject(c, s0)))
                && !cue.participle
            {
                // An appositive: "X, a spokesman for Y, said".
                // "X, R-Fla., appearing on TV, said": up to five commas back
                // ("A (R-Pa.), chair of X, and B (R-Pa.), a member of Y, and
                // C (R-Pa.), announced").
                let lo = k.saturating_sub(3 * REACH).max(s0);
                let commas = (lo..k)
                    .rev()
                    .filter(|&j| self.bare_comma(j) && j > s0)
                    .take(5);
                // The nearest noun phrase, unless one opens the sentence:
                // "Prof. Ann Roy, director of X, and chair of Y, says".
                let mut found = None;
                // (An opening participle clause is no subject: the clause
                // opens after its comma, "Speaking for the club, Ann Roy, a
                // lawyer, said".)
                // (Not a noun in "-ing": "Housing advocates, led by …,
                // said".)
                let participle = self.w(s0).len() > 4
                    && self.w(s0).to_ascii_lowercase().ends_with("ing")
                    && !self.is_cap(s0 + 1)
                    && self.cl(
                        s0 + 1,
                        class::PREP | class::DET | class::PRONOUN | class::CLAUSE,
                    );
                // (So does an opening prepositional phrase: "In honor of
                // the day, Sen. Ann Roy, a member of the Ports, Rivers
                // and Canals Committee, said …"; not when the phrase goes
                // on after a name set off in it, "In an essay on the city
                // website, the Ledger, and widely read online, Ann Roy, a
                // lawyer, urged …"; nor a place's name alone before the
                // comma and one word after it, closed by a comma too, a
                // region, "In Dover, Delaware, …", but "In Boston, Mayor
                // Ann Roy, …" opens.)
                let region_after = |j: usize| {
                    (s0 + 1..j).all(|x| self.is_cap(x))
                        && self.is_cap(j + 1)
                        && self.w(j + 2) == ","
                };
                let opening_phrase = |j: usize| {
                    participle
                        || (!region_after(j)
                            && self.forward_np(j + 1, k).map_or(true, |(_, b)| {
                                !(self.w(b) == "," && self.is_any(b + 1, &["and", "or"]))
                            }))
                };
                let opens = if participle || self.cl(s0, class::PREP) {
                    (s0 + 1..k.min(s0 + REACH))
                        .find(|&j| self.bare_comma(j))
                        .filter(|&j| opening_phrase(j))
                        .map_or(s0, |j| j + 1)
                } else {
                    s0
                };
                for k2 in commas {
                    if let Some((a, b)) = self.backward_np(k2 - 1, s0) {
                        // (Nor the object of an opening phrase: "In her
                        // remarks, Ann Roy …, explained …" — the clause's
                        // subject after it speaks.)
                        if a == s0 + 1 && self.cl(s0, class::PREP) {
                            if found.is_none() {
                                found = self.subject(s0, c - 1).filter(|&(h, _)| h > k2);
                            }
                            break;
                        }
                        // (Nor a time opening the sentence: "Today, Sen.
                        // Ann Roy, R-Va., announced …".)
                        if a < opens || self.time_phrase(a, b) {
                            continue;
                        }
                        // (A phrase right after a quotation opens the
                        // clause too: "“…,” Sen. Ann Roy, a member of the
                        // Commerce, Science and Transportation Committee,
                        // said.")
                        // (A quotation that opens the sentence, not a
                        // scare quote inside a phrase: "Any “fair” reading
                        // of the plan, said Ann Roy, …".)
                        let after_quote = |q: usize| {
                            self.closes(q).is_some_and(|r| {
                                (s0..self.regions[r].open).all(|x| self.is_punct(x))
                            })
                        };
                        // (Or after a time or an adverb and its comma:
                        // "Today, Senators Ann Roy, R-Va., and …", "On
                        // Friday, May 9, Sens. …".)
                        let after_opener = a > s0 + 1
                            && self.w(a - 1) == ","
                            && (self
                                .time_phrase(s0 + usize::from(self.cl(s0, class::PREP)), a - 1)
                                || (s0..a - 1)
                                    .all(|x| self.time_word(x) || self.cl(x, class::ADVERB)));
                        let first = a == opens
                            || after_opener
                            || (a > s0
                                && (after_quote(a - 1)
                                    || (a >= 2 && self.w(a - 1) == "," && after_quote(a - 2))));
                        if (a..b).any(|x| {
                            self.is_cap(x)
                                || self.cl(
                                    x,
                                    class::PRONOUN | class::DET | class::SOURCE | class::TITLE,
                                )
                        }) && (found.is_none() || first)
                        {
                            // "The head of X, Ann Roy, has said": the role
                            // and the name after it.
                            let named = self.name_between_commas(k2, k + 1) == Some(k);
                            found = Some((a, if named { k } else { b }));
                            if first {
                                break;
                            }
                        }
                    }
                }
                // A subject set off from its verb by a stray comma: "The
                // security firm Acme, has said that …".
                let found = found.or_else(|| {
                    let (a, b) = self.backward_np(k.checked_sub(1)?, s0)?;
                    // (A finite verb: "has said", "says"; not a participle
                    // such as "A blog, called …". A name's verb before
                    // "that" is one too: "Sen. Ann Roy (R-Texas), today
                    // announced that …".)
                    let name = self.is_cap(a) && !self.cl(a, class::DET);
                    let finite = self.cl(c - 1, class::AUX)
                        || self.present_s(c)
                        || (name && self.is(c + 1, "that"));
                    ((a == s0 || a == opens)
                        && b == k
                        && finite
                        && (name || self.cl(a, class::DET)))
                    .then_some((a, b))
                });
                if let Some((a, b)) = found {
                    // A list of names with their party labels set off by
                    // commas speaks whole: "Sens. Ann Roy, R-Ala., and Lee
                    // Park, R-Ala., said".
                    // So do two names each with an appositive: "Sen. Ann
                    // Roy, chair of X, and Sen. Lee Park, its ranking
                    // member, said".
                    let b = if self.labelled_list(b, k)
                        || self.serial_names(b, k)
                        || self.appositive_list(b, k)
                        || self.along_with(b, k)
                    {
                        k
                    } else {
                        b
                    };
                    speaker = Some(self.spk(a, b));
                    np_start = a;
                }
            }
        }
        if speaker.is_none() {
            // "X did this, saying …", "… by saying …", "… while adding …"
            // (Adverbs between: "and boldly claiming", "before
            // optimistically predicting".)
            let prev = self.skip_back(c, s0);
            // (Also after a dash, "changed course at the hearing – saying
            // …", and after a quotation that ends in a comma, "spoke of
            // “river spirit,” saying …".)
            // (Not a dash that opens an aside: "The plan – seeking to cut
            // costs – was approved".)
            let after_dash = prev.is_some_and(|p| {
                cue.participle && self.dash_end(p) && self.dash_pair_after(p, e).is_none()
            });
            let after_quote = prev.is_some_and(|p| {
                cue.participle && self.closes(p).is_some() && self.comma_closer(p)
            });
            let starts_clause = c == s0
                || prev.is_none()
                || after_dash
                || after_quote
                || prev.is_some_and(|p| {
                    matches!(self.w(p), "," | "and")
                        || (cue.participle && self.is_any(p, &["by", "while", "before", "after"]))
                });
            // (A plural noun opening the sentence before a verb of saying
            // is its subject, not a cue: "Estimates indicate that …".)
            let noun_subject = c == s0 && !cue.participle && c + 1 < e && self.saying_verb(c + 1);
            if (cue.participle || c == s0) && starts_clause && !noun_subject {
                // "X did this, saying …": the clause's subject, else the
                // last speaker.
                let subject = || {
                    (cue.participle && c > s0)
                        .then(|| self.subject_before(s0, c))
                        .flatten()
                        .map(|(a, b)| self.spk(a, b))
                };
                // "After saying …, she was …": the subject after the
                // participle clause.
                let main = || self.opening_participle(c, s0, e, cue).and_then(|(_, s)| s);
                // (After a dash or a quotation the clause's own subject
                // speaks, never an earlier speaker, nor a relative pronoun:
                // "Lee Park, who had praised the “bold vision,” asking …".)
                let own = after_dash || after_quote;
                // (A participle opening the sentence before a plain object
                // is a gerund, the subject of the sentence's own verb:
                // "Adding lime to the soil helps …" continues no one;
                // "Adding that …", "Adding: “…”" do; so after an opening
                // word and its comma: "However, adding the site … required
                // …".)
                let opens = c == s0 || (c == s0 + 2 && self.w(s0 + 1) == "," && self.is_word(s0));
                let gerund = opens
                    && cue.participle
                    && !(self.is_any(c + 1, &["that", ",", ":"]) || self.opens(c + 1).is_some());
                // (A plain form opening the sentence is an imperative, the
                // writer's: "Remember, this was April 1.", "Note that …".)
                let imperative = c == s0 && cue.plain && !cue.participle;
                speaker = sent
                    .map(|x| x.0)
                    .or_else(main)
                    .or_else(subject)
                    .or(if own || gerund || imperative {
                        None
                    } else {
                        st.last.map(|x| x.0)
                    })
                    .filter(|&x| !(own && self.relative_speaker(x)));
            } else if let Some(j) = prev
                // "… and did not say how …": a negated auxiliary between.
                .map(|j| {
                    let negated = j > s0 + 1 && self.is(j + 1, "not") && self.cl(j, class::AUX);
                    if negated {
                        j - 1
                    } else {
                        j
                    }
                })
                .filter(|&j| {
                    (self.is(j, "and") || self.is(j, "but"))
                        // adverbs between ("and repeatedly says") only before a
                        // quotation: before other words they mostly join verbs
                        // that do not report speech ("and specifically mentioned")
                        && (j + 1 == c
                            || (self.cl(j + 1, class::AUX) && self.is(j + 2, "not"))
                            || (c + 1..(c + 3).min(e)).any(|k| self.opens(k).is_some()))
                })
            {
                // "X did this and said …", "X … but insists …", "X … and
                // repeatedly says …": the clause's subject, or the subject
                // of the verb right before: "When asked, she shrugged and
                // said …".
                let verb_before = || {
                    let v = j.checked_sub(1).filter(|&v| v > s0)?;
                    let plain = self.is_word(v)
                        && !self.is_cap(v)
                        && self.region(v).is_none()
                        && self.cue(v).is_none()
                        && !self.cl(
                            v,
                            class::CLAUSE | class::PREP | class::DET | class::AUX | class::TIME,
                        );
                    let (a, b) = plain.then(|| self.backward_np(v - 1, s0)).flatten()?;
                    (self.cl(a, class::PRONOUN) || self.is_cap(a)).then(|| self.spk(a, b))
                };
                speaker = sent
                    .map(|x| x.0)
                    .or_else(|| self.subject_before(s0, c).map(|(a, b)| self.spk(a, b)))
                    .or_else(verb_before);
            }
        }
        let spk = speaker?;
        // "X has used the phrase “…”": the words in the marks are the
        // content.
        if let Some(r) = self.phrase_used(c) {
            if !self.used[r] {
                self.direct(r, cue_span, Some(spk));
                return Some((spk, cue_span, self.regions[r].close + 1));
            }
        }
        // A quotation right before the speaker: “…,” X said.
        // (When the cue reports a clause of its own, only a quotation that
        // opens the sentence is the speaker's too: "“We are done,” Roy told
        // the Courier that …", not "Citing “a busy week,” the aide told
        // the Courier that …".)
        let that_clause = np_start > s0 && np_start < c && self.that_clause_after(c, e);
        if that_clause {
            if let Some(r) = self.closer_before(np_start - 1, s0) {
                let reg = self.regions[r];
                if !self.used[r] && reg.closed && (s0..reg.open).all(|x| self.is_punct(x)) {
                    self.direct(r, cue_span, Some(spk));
                }
            }
        }
        if np_start > s0 && np_start < c && !that_clause {
            let k = np_start - 1;
            // Not a title inside a phrase: "In an interview on CBS's “Face
            // the Nation,” Ann Roy said …".
            let closer = self.closer_before(k, s0).filter(|&r| {
                let open = self.regions[r].open;
                // (The comma inside the marks is the sentence's.)
                let inner = self.inner(r).trim_end().trim_end_matches(',');
                // (Or set off by a comma: "In his book, “Make It Big,”
                // Lee argued …".)
                let named = open > s0
                    && (self.is_word(open - 1)
                        || (self.w(open - 1) == "," && open > s0 + 1 && self.is_word(open - 2)));
                // (Nor words reported by a cue of their own: "Although she
                // says she “admires the board,” she also accuses it …".)
                let reported = (open.saturating_sub(2 * REACH).max(s0 + 1)..open).any(|x| {
                    self.cue(x).is_some_and(|q| !q.participle)
                        && (self.cl(x - 1, class::PRONOUN) || self.is_cap(x - 1))
                });
                // (The cheap test first: `is_title` reads every word.)
                !(reported || (named && is_title(inner)))
            });
            if let Some(r) = closer {
                if !self.used[r] {
                    let cut = self.regions[r].close + 1;
                    if !self.content_before(s0, cut, cue_span, spk) {
                        self.direct(r, cue_span, Some(spk));
                    }
                    let end = self.continuation(c + 1, e, cue_span, spk, self.last_not_direct());
                    return Some((spk, cue_span, end));
                }
            }
        }
        // "A colder winter, she said, “would empty the reservoir …”": the
        // words a quotation goes on from in lower case after a parenthetical
        // attribution are what was said too. Not a scene set by the writer
        // ("In an interview, he said, “…”", "On Monday, …"), nor a name
        // before its role ("Ann Roy, head of X said, “We …”").
        if np_start > s0 + 1
            && self.w(np_start - 1) == ","
            && matches!(self.w(c + 1), "," | ":")
            && self.opens(c + 2).is_some()
            && (c + 3..e.min(c + 5))
                .find(|&k| self.is_word(k))
                .is_some_and(|k| !self.is_cap(k))
            && !self.cl(np_start, class::CLAUSE)
            && self.said_lead(s0, np_start - 1)
        {
            self.fragment_before(s0, np_start - 1, cue_span, spk);
        }
        // "…, she told the panel in her report.": after a speaker set off by
        // a comma, an addressee that ends the sentence is no content: the
        // content came before.
        // (Not a clause after "that": "On Tuesday, Ann Roy told reporters
        // that her position remains firm.")
        let addressee_only = |j: usize| {
            cue.obj
                && np_start > s0
                && self.w(np_start - 1) == ","
                && !(j > 0 && self.is(j - 1, "that"))
                && e <= j + 8
                && (j..e).all(|m| self.verbless(m) && !self.cl(m, class::CLAUSE | class::PRONOUN))
        };
        // "the chart found at http://…", "scams posted on www.…": where
        // something is on the web, no speech (unless a clause follows:
        // "announced at http://… on Monday that …").
        if self.cl(c + 1, class::PREP)
            && self.web_address_at(c + 2)
            && !(c + 3..e.min(c + 3 + REACH)).any(|m| self.is(m, "that"))
        {
            return None;
        }
        match self
            .complement_start(c, e, cue)
            // (A web address is no content: "…, Ann Roy reports:
            // http://…".)
            .filter(|&j| !addressee_only(j) && !self.web_address_at(j))
        {
            Some(j) => {
                let mut end = self.complement_end(j, e);
                // "After saying her foot was swollen, she was …": a
                // participle clause opening the sentence ends at its comma.
                if let Some((k, _)) = self.opening_participle(c, s0, e, cue) {
                    end = end.min(k);
                }
                // A relative clause ends at its comma too: "Ann Roy, who
                // said the plan would fail, voted for it".
                // (Not the acronym "WHO".)
                let relative = matches!(self.w(np_start), "who" | "Who" | "which" | "Which");
                // "a levy which officials said was too steep": the relative
                // pronoun is the subject, the content a predicate.
                let gap = np_start > s0
                    && self.region(np_start - 1).is_none()
                    && self.is_any(np_start - 1, &["which", "that", "who", "whom"]);
                // (After "that" an object cue reports a clause: "announced
                // that the agency (DHS) today approved …".)
                let clause = j > 0 && self.is(j - 1, "that") && self.region(j - 1).is_none();
                // ("referring to the old pier, the one the council closed":
                // what is referred to runs on past a comma to its
                // description.)
                let described = |k: usize| {
                    cue.to
                        && self.w(k) == ","
                        && (self.is_any(k + 1, &["the", "a", "an"]) || self.is_cap(k + 1))
                };
                if (cue.np && !clause) || relative || gap || self.subordinate(s0, np_start) {
                    // An object ends at the first break: "backed neither
                    // bid, and her office would not say why".
                    // A quotation whose words end in a comma is a break too:
                    // "called it a “small miracle,” and we agree".
                    // So is "and" with a new verb after a quotation: "called
                    // the deal “a disaster” and walked out".
                    // Not a list of quotations: "called him a “liar,” a
                    // “bully” and “sick”".
                    let quote_list = |k: usize| {
                        let m =
                            k + 1 + usize::from(self.is_word(k + 1) && self.cl(k + 1, class::DET));
                        (self.closes(k).is_some() || self.closes(k - 1).is_some())
                            && self.opens(m).is_some()
                    };
                    // Nor the last items of a list: "called her a fraud, a
                    // bully and a liar", "vowed to cut taxes, grow jobs
                    // and build roads".
                    let end_words = self.trim_final(j, end);
                    let list = |k: usize| {
                        self.short_list(k, end_words)
                            || self.serial_list(k, end_words)
                            || self.gerund_list(j, k, end_words)
                    };
                    // (Not an acronym in brackets after its name: "announced
                    // the Water Board (WB) has awarded …"; nor a name's
                    // party label, "urged … a bill by Sen. Ann Roy (D-Ore.)
                    // that …".)
                    // (Nor the comma of "not only …, but also …".)
                    let not_only = (j..end).find(|&x| self.not_only_at(x));
                    let but_also = |k: usize| {
                        not_only.is_some_and(|x| x < k) && self.w(k) == "," && self.is(k + 1, "but")
                    };
                    // (`k` is past `j`: `k - 1` does not underflow.)
                    let name_label = |k: usize| self.party_label(k) && self.is_cap(k - 1);
                    if let Some(k) = (j + 1..end).find(|&k| {
                        ((self.region(k).is_none()
                            && matches!(self.w(k), "," | ";" | "(" | "\u{2014}")
                            && !but_also(k)
                            && !self.acronym_brackets(k)
                            && !name_label(k)
                            && !self.date_comma(k))
                            || self.comma_closer(k))
                            && !quote_list(k)
                            && !list(k)
                            && !described(k)
                            || (self.is(k, "and")
                                && self.closes(k - 1).is_some()
                                && (self.past_verb(k + 1) || self.cl(k + 1, class::PRONOUN)))
                            // An object ends where the subject's next verb
                            // starts ("faulted the levy and praised the
                            // mayor", "welcomed the audit but will appeal
                            // …") and before a day ("rejected the audit on
                            // Friday").
                            || (cue.np
                                && (self.new_predicate(k)
                                    || (self.day_word(k)
                                        && !self.quoted_after_day(k)
                                        && !self.infinitive_after_day(c, k))))
                            // A quotation introduced by a colon is one of its
                            // own: "called it “dangerous”: “We face …”".
                            || (cue.np
                                && self.w(k) == ":"
                                && self.region(k).is_none()
                                && self.opens(k + 1).is_some()
                                && (self.closes(k - 1).is_some()
                                    || self.opens(k + 1).is_some_and(|r| self.sentence_like(r))))
                            // "described him as a “disgrace” after the vote":
                            // when the words were said is the writer's.
                            || (cue.np
                                && self.closes(k - 1).is_some()
                                && self.is_any(k, &["after", "during", "amid", "despite"]))
                    }) {
                        end = if self.comma_closer(k) { k + 1 } else { k };
                    }
                }
                // A quotation right after the cue is the content on its own
                // when what follows it is not part of it: “…” after the
                // crowd left, “…,” drawing jeers.
                if let Some(cut) = self.quote_alone(j, end) {
                    end = cut;
                }
                let done = self.content(
                    if gap && !cue.np {
                        Read::Loose
                    } else {
                        Read::Plain
                    },
                    j,
                    end,
                    cue_span,
                    spk,
                    cue,
                );
                if done {
                    Some((spk, cue_span, end))
                } else if self.announces(c, e) {
                    // ("X wrote the committee:" then a quotation.)
                    st.pending = Some((spk, cue_span));
                    Some((spk, cue_span, c + 1))
                } else {
                    None
                }
            }
            None => {
                // "…, as Ann Roy noted.", "Still, as she noted, …": "as"
                // opens the parenthetical attribution.
                let as_lead = np_start > s0 + 1
                    && self.is(np_start - 1, "as")
                    && (self.bare_comma(np_start - 2)
                        || self.is_dash(np_start - 2)
                        || self.closes(np_start - 2).is_some());
                let k = if as_lead { np_start - 1 } else { np_start };
                // (A cue that reports unquoted speech only before "that",
                // or only quoted words, reports none before it: "Earlier
                // this year, the court ruled in …".)
                let before_punct = k > s0
                    && (self.w(k - 1) == ","
                        || self.closes(k - 1).is_some()
                        || self.is_dash(k - 1))
                    && (!(cue.that || cue.quote) || self.closes(k - 1).is_some())
                    // (Nor a participle, which describes the noun before
                    // it: "Roy wrote to Hale, the under secretary, asking
                    // for help" is no report by the under secretary.)
                    && (!cue.participle || self.closes(k - 1).is_some());
                // "The plan, he said, will fail" / "Back then, she said, …":
                // the content after the parenthesis when little comes before.
                let mut after = c + 1 + usize::from(self.put_it(c));
                // ("as the mayor points out, …": the verb's particle.)
                if matches!(self.w(after), "out" | "back" | "up") {
                    after += 1;
                }
                while after < e
                    && (self.cl(after, class::TIME | class::ADVERB) || self.is(after, "on"))
                {
                    after += 1;
                }
                // ("The answer, the coach told them, was rest": an
                // addressee before the comma.)
                if cue.obj && after < e && self.cl(after, class::AUDIENCE) {
                    after += 1;
                } else if cue.obj
                    && after < e
                    && (self.cl(after, class::DET) || self.is_cap(after))
                    && !self.cl(after, class::PRONOUN)
                {
                    // ("Later, Roy told the Courier, the pool …": a
                    // short addressee phrase; "told the Courier, a local
                    // paper, the plan …": with its appositive.)
                    let phrase_end = |from: usize| {
                        (from..e.min(from + 6))
                            .take_while(|&m| {
                                (self.is_word(m) || self.w(m) == ",")
                                    && self.region(m).is_none()
                                    && self.cue(m).is_none()
                                    && !self.cl(m, class::AUX | class::CLAUSE | class::PREP)
                            })
                            .find(|&m| self.w(m) == ",")
                    };
                    if let Some(m) = phrase_end(after) {
                        after = m;
                        if self.is_any(m + 1, &["a", "an"]) {
                            if let Some(m2) = phrase_end(m + 2) {
                                after = m2;
                            }
                        }
                    }
                }
                // A short phrase before the comma: "Ann Roy argued in her
                // letter, …".
                if self.cl(after, class::PREP) {
                    let lim = e.min(after + 7);
                    if let Some(m) = (after + 1..lim)
                        .take_while(|&m| {
                            self.region(m).is_none()
                                && self.cue(m).is_none()
                                && !self.cl(m, class::AUX | class::CLAUSE)
                        })
                        .find(|&m| self.w(m) == ",")
                    {
                        after = m;
                    }
                }
                // "As a recent survey noted, …": the content follows the
                // comma, and the phrase after "as" is the speaker.
                // (A leading "but"/"and" or two, a phrase within reach:
                // the check is bounded however long the sentence.)
                let mut a0 = s0;
                while a0 < np_start.min(s0 + 3) && self.but_and(a0) {
                    a0 += 1;
                }
                let as_clause = self.w(after) == ","
                    && a0 < np_start
                    && c <= a0 + REACH
                    && self.is(a0, "as")
                    && (a0 + 1..c).all(|x| {
                        self.region(x).is_none() && self.w(x) != "," && self.cue(x).is_none()
                    });
                if as_clause {
                    let spk = self
                        .forward_np(a0 + 1, c)
                        .map_or(spk, |(a, b)| self.spk(a, b));
                    let end = self.complement_end(after + 1, e);
                    if self.content(Read::Plain, after + 1, end, cue_span, spk, Cue::default()) {
                        return Some((spk, cue_span, end));
                    }
                }
                if before_punct && self.w(after) == "," {
                    // (Counting stops at six: linear however long the sentence.)
                    let words = (s0..k).filter(|&x| self.is_word(x)).take(6).count();
                    // A short subject, or a predicate after the parenthesis:
                    // "The one road still closed, police said, is the pass".
                    // Or a clause with a subject of its own after it: "Even
                    // if the venture fails, Morgan said, he has …".
                    // ("…, he said, a majority of voters have come to …":
                    // a longer subject after a determiner.)
                    let own_subject = (((self.cl(after + 1, class::PRONOUN)
                        && !self.is(after + 1, "it"))
                        || (self.is_cap(after + 1) && !self.cl(after + 1, class::DET)))
                        && self.verb_near(after + 2, e.min(after + 5), false))
                        || (self.cl(after + 1, class::DET)
                            && self.verb_near(after + 2, e.min(after + 7), false))
                        // ("…, he said, replacing her would be harder": a
                        // gerund subject.)
                        || (self.ing_form(after + 1)
                            && self.cue(after + 1).is_none()
                            && self.verb_near(after + 2, e.min(after + 7), false));
                    // "…, as she noted, by the end of winter …": after
                    // "as" the words after the parenthesis are what was
                    // said unless a conjunction joins the writer's clause
                    // ("…, as the paper reported, and he will …").
                    // (Not after a quotation, "“…,” as she put it on
                    // Monday in Ohio, where …", nor after a clause of "if"
                    // or "when": "If wages rise, as some hope, jobs …": the
                    // content is before.)
                    // ("When, as she warned, the dam fails, …": right after the
                    // conjunction the clause follows.)
                    let as_before = as_lead
                        && (self.closes(k - 1).is_some()
                            || (self.cl(a0, class::CLAUSE) && k > a0 + 2));
                    let as_after = as_lead
                        && !as_before
                        && !self.cl(after + 1, class::CLAUSE)
                        && self.verb_near(after + 1, e.min(after + 1 + REACH), true);
                    // "During the long and bitter winter of 1990, Roy says,
                    // most young families …": a phrase that sets the scene
                    // before the parenthesis, and a clause after it.
                    let scene = self.cl(a0, class::PREP)
                        && !self.cl(a0, class::CLAUSE)
                        && !self.verb_near(a0 + 1, k.min(a0 + 1 + REACH), false)
                        && self.verb_near(after + 1, e.min(after + 1 + REACH), true);
                    // (Not a participle that reports on its own: "…, Roy
                    // said on Monday in Lyon, noting the …": the content is
                    // before.)
                    let reports = self.cue(after + 1).is_some_and(|q| q.participle);
                    // (Or a second predicate of the subject before it:
                    // "The agency checks imports, Roy noted, but does not
                    // test them".)
                    // (Not the writer's narration of the speaker: "…, Roy
                    // said, but did not elaborate", "… and was then led
                    // out", "… but would not say why": a cue, or a verb of
                    // answering that is none.)
                    let narration = || {
                        let v = after + 3 + usize::from(self.is(after + 3, "not"));
                        self.is_any(after + 2, &["did", "was", "were"])
                            || self.cue(v).is_some()
                            || self.is_any(v, &["elaborate", "comment", "specify", "answer"])
                    };
                    let predicate = self.is_any(after + 1, &["but", "and"])
                        && self.cl(after + 2, class::AUX)
                        && !narration();
                    if !as_before
                        && !reports
                        && (words < 6
                            || predicate
                            || self.cl(after + 1, class::AUX)
                            || own_subject
                            || as_after
                            || scene)
                    {
                        // (The second predicate from its verb.)
                        let from = after + 1 + usize::from(predicate);
                        let mut end = self.complement_end(from, e);
                        // "When, as she warned, the dam fails, the valley
                        // …": the conditional clause ends at its
                        // comma.
                        if as_after && self.cl(a0, class::CLAUSE) {
                            if let Some(m) = (after + 2..end).find(|&m| self.bare_comma(m)) {
                                end = m;
                            }
                        }
                        let done = self.content(Read::Loose, from, end, cue_span, spk, cue);
                        if done {
                            // The words before the parenthesis are part of
                            // the content too: "The plan, she said, is …".
                            let cut = if self.w(k - 1) == "," { k - 1 } else { k };
                            if words < 6 || !as_after {
                                self.fragment_before(s0, cut, cue_span, spk);
                            }
                            return Some((spk, cue_span, end));
                        }
                    }
                }
                // ("…, and in May, she testified in support of the bill",
                // "…, the mayors ask about the fees": a topic after the cue
                // is what the cue is about; the words before are the
                // writer's.)
                // (Not "say": "…, Ann Roy said about the plan" is a
                // parenthesis.)
                // (Nor what a cue asks or argues for: "In a letter to the
                // agency, Ann Roy asked for a review of …", "During the
                // hearing, Ann Roy argued for the plan"; not "for the third
                // time", nor after a clause: "The ruling stands, Justice Ann
                // Roy wrote for the court".)
                let topic = !self.is_any(c, &["said", "says", "say"])
                    && (self.is_any(c + 1, &["about", "against"])
                        || (self.is(c + 1, "for")
                            && (self.is_any(c, ASKS_FOR) || !self.verb_near(s0, c, true))
                            && self.cl(c + 2, class::DET)
                            && !(c + 3..(c + 5).min(e))
                                .any(|x| self.is_any(x, &["time", "times"])))
                        || (self.is(c + 1, "in")
                            && self.is_any(c + 2, &["support", "favor", "favour"]))
                        || (self.is(c + 1, "on") && self.is(c + 2, "behalf")));
                // ("With regard to the audit, Ann Roy said:" then the
                // quotation: a phrase of topic before a cue that announces
                // is no content.)
                let topic_before = self.w(c + 1) == ":"
                    && (self.cl(s0, class::PREP) || self.is_any(s0, &["concerning", "regarding"]));
                if before_punct && !topic && !topic_before {
                    let cut = if self.w(k - 1) == "," { k - 1 } else { k };
                    if self.content_before(s0, cut, cue_span, spk) {
                        // (After "…, as the paper reported," a clause with
                        // "and" is the writer's again.)
                        let after_clause = !as_lead && self.last_not_direct();
                        let end = self.continuation(c + 1, e, cue_span, spk, after_clause);
                        return Some((spk, cue_span, end));
                    }
                }
                if np_start == s0 || matches!(self.w(c + 1), ":") || self.announces(c, e) {
                    st.pending = Some((spk, cue_span));
                }
                Some((spk, cue_span, c + 1))
            }
        }
    }

    /// Whether the cue at `c` is a plural noun that "of" completes: "calls
    /// of support", "reports of fraud" (not a verb that "of" may follow:
    /// "she says of the plan", "warns of floods").
    fn noun_before_of(&self, c: usize) -> bool {
        // (After a name or a pronoun a verb: "Roy notes of the plan".)
        let subject = c > 0 && (self.is_cap(c - 1) || self.cl(c - 1, class::PRONOUN));
        !subject
            && self.is(c + 1, "of")
            && self.is_any(
                c,
                &[
                    "calls", "reports", "claims", "shows", "notes", "demands", "promises",
                    "pledges", "vows", "tweets",
                ],
            )
    }

    /// Whether the cue at `c` ends its sentence (ending at `e`) a few
    /// words on with a colon, announcing what its speaker says next: "X
    /// wrote the committee:", "X told reporters on Monday:".
    fn announces(&self, c: usize, e: usize) -> bool {
        // (Longer after "the following": "offered the following comments
        // after the governor's speech on the harbor levy:".)
        let following = self.is(c + 1, "the") && self.is(c + 2, "following");
        e > c + 1
            && (e <= c + REACH || (following && e <= c + 3 * REACH))
            && self.w(e - 1) == ":"
            && (c + 1..e).all(|x| self.region(x).is_none() && self.cue(x).is_none())
    }

    /// For a phrase starting at `a` inside a relative clause without commas
    /// ("Residents who lost [their homes] say"), where the noun phrase the
    /// clause describes starts.
    fn relative_head(&self, a: usize, s0: usize) -> Option<usize> {
        // (Not when the phrase is the clause's own subject: "the man who
        // he accused", "a plan which many believe".)
        if self.cl(a, class::PRONOUN | class::CLAUSE)
            || self.is_any(
                a,
                &[
                    "many", "most", "some", "several", "few", "all", "others", "both",
                ],
            )
        {
            return None;
        }
        const RELATIVE: &[&str] = &["who", "whose", "which"];
        let lo = a.saturating_sub(REACH).max(s0 + 1);
        let r = self.relative_before(lo, a, RELATIVE, |x| !self.cl(x, class::CLAUSE))?;
        if a <= r + 1 && !self.is(r, "whose") {
            return None;
        }
        let (h, end) = self.np_core(r - 1, s0)?;
        let noun = self.is_cap(h)
            || self.cl(h, class::DET | class::SOURCE | class::TITLE)
            || self.w(r - 1).ends_with('s');
        (end == r && noun && !self.cl(h, class::PRONOUN)).then_some(h)
    }

    /// The last of the relative pronouns `relative` in `lo..a` that only
    /// words `passes` lets through stand after (no quotation, no cue): the
    /// start of a relative clause without commas that runs to `a`.
    fn relative_before(
        &self,
        lo: usize,
        a: usize,
        relative: &[&str],
        passes: impl Fn(usize) -> bool,
    ) -> Option<usize> {
        (lo..a)
            .rev()
            .take_while(|&x| {
                self.is_word(x)
                    && self.region(x).is_none()
                    && self.cue(x).is_none()
                    && (self.is_any(x, relative) || passes(x))
            })
            .find(|&x| self.is_any(x, relative))
    }

    /// "Roy was told by the agency that …", "has been notified by the
    /// Justice Department that …": a passive cue of an addressee, its
    /// speaker after "by" and its content after "that".
    fn passive_by_that(&mut self, c: usize, e: usize) -> Option<Attr> {
        if !(self.cue(c).is_some_and(|q| q.obj) && self.is(c + 1, "by")) {
            return None;
        }
        let (a, b) = self.forward_np(c + 2, e)?;
        if !(self.is_cap(a) || self.cl(a, class::DET | class::SOURCE)) || !self.is(b, "that") {
            return None;
        }
        let spk = self.spk(a, b);
        let cue_span = Some(self.bytes(c, c + 1));
        let end = self.complement_end(b + 1, e);
        self.content(Read::Plain, b + 1, end, cue_span, spk, Cue::default())
            .then_some((spk, cue_span, end))
    }

    /// "As reported by X, …", "…, as first reported by X.", "As stated in
    /// X's report, …": a passive cue after "as" names its source after
    /// "by" or "in"; the content is the clause beside it. The flag is set
    /// when the frame ends its paragraph and announces the quotation after
    /// it ("As reported by X:").
    fn as_reported_by(&mut self, c: usize, s0: usize, e: usize) -> Option<(Attr, bool)> {
        // (A time may come between: "As noted last month by X".)
        let by = (c + 1..(c + 4).min(e))
            .find(|&k| !self.cl(k, class::TIME) && !self.is_any(k, &["last", "this", "on"]))?;
        if c <= s0 || !self.is_any(by, &["by", "in"]) {
            return None;
        }
        let mut p = c - 1;
        if p > s0 && self.cl(p, class::ADVERB) {
            p -= 1;
        }
        if !self.is(p, "as") {
            return None;
        }
        let (a, b) = self.forward_np(by + 1, e)?;
        if !(self.is_cap(a) || self.cl(a, class::DET | class::SOURCE)) {
            return None;
        }
        // After "in" the phrase names a text ("As stated in the council's
        // report"), not a time ("As announced in March", "as noted in the
        // past").
        let text_like = (a..b).any(|x| {
            self.cl(x, class::SOURCE | class::MEDIUM)
                || possessive_noun(self.w(x))
                || matches!(self.w(x), "\u{2019}" | "'")
        });
        if self.is(by, "in") && (!text_like || (a..b).any(|x| self.cl(x, class::TIME))) {
            return None;
        }
        let spk = self.spk(a, b);
        let cue_span = Some(self.bytes(c, c + 1));
        let mut a0 = s0;
        while a0 < p && self.but_and(a0) {
            a0 += 1;
        }
        // "As reported by X:" ending its paragraph, and the quotation
        // after it (also with a comma).
        if p == a0 && b + 1 == e && matches!(self.w(b), ":" | ",") {
            return Some(((spk, cue_span, b), true));
        }
        if p == a0 && self.bare_comma(b) {
            let end = self.complement_end(b + 1, e);
            return self
                .content(Read::Plain, b + 1, end, cue_span, spk, Cue::default())
                .then_some(((spk, cue_span, end), false));
        }
        if p > s0 && (self.bare_comma(p - 1) || self.is_dash(p - 1)) {
            return self
                .content_before(s0, p - 1, cue_span, spk)
                .then_some(((spk, cue_span, b), false));
        }
        None
    }

    /// Whether the words before the cue at `c` are a subject with an
    /// appositive, "X, a spokesman for Y, said …": the frame opens with a
    /// noun phrase that ends at a comma, and a comma ends the appositive
    /// right before the cue.
    fn appositive_subject(&self, c: usize, s0: usize) -> bool {
        // ("X, citing “…,” said …": the comma inside the marks.)
        if c < s0 + 3 || (self.w(c - 1) != "," && !self.comma_closer(c - 1)) {
            return false;
        }
        let lo = c.saturating_sub(2 * REACH).max(s0 + 1);
        let Some(k2) = (lo..c - 1).rev().find(|&j| self.bare_comma(j)) else {
            return false;
        };
        let mut a0 = s0;
        // (Bounded: a frame opening with more than a few such tokens has
        // no subject here, however long the sentence.)
        while a0 < k2.min(s0 + REACH) && (self.but_and(a0) || self.is_punct(a0)) {
            a0 += 1;
        }
        let subject = self
            .backward_np(k2 - 1, a0)
            .is_some_and(|(a, _)| a == a0 && (self.is_cap(a) || self.cl(a, class::DET)));
        // The appositive itself holds no verb of its own, but for a
        // participle opening it ("X, citing the report, said …").
        // (Before a quotation's comma the appositive is a participle and
        // its quotation: not "Yet, “…,” added X".)
        let quoted = self.w(c - 1) != ",";
        subject
            && (!quoted || self.cue(k2 + 1).is_some_and(|q| q.participle))
            && !(k2 + 1..c - 1).any(|j| {
                self.region(j).is_none()
                    && (self.cl(j, class::AUX)
                        || self.cue(j).is_some_and(|q| !(q.participle && j == k2 + 1)))
            })
    }

    /// A paragraph of one line "Source: what it says" (a headline or a
    /// kicker): a short capitalized name, a colon, the content.
    fn colon_line(&mut self, s: usize, e: usize) -> Option<usize> {
        let lim = e.min(s + 7);
        let k = (s + 1..lim).find(|&k| self.w(k) == ":")?;
        let para_end = self.para.get(e).copied().unwrap_or(true);
        let name_like = self.is_cap(s)
            && (s..k).all(|x| {
                // A name or a source, not a clause: "The engineer saw it
                // otherwise:" has a lower-case verb.
                (self.toks[x].kind == TokenKind::Word
                    && self.cue(x).is_none()
                    && (self.is_cap(x)
                        || self.cl(x, class::DET | class::PREP | class::SOURCE | class::TITLE)))
                    || matches!(self.w(x), "\u{2019}" | "'" | "." | "-" | "&")
            })
            && !(s..e).any(|x| self.toks[x].newline_before && x > s);
        // A headline's label is no source: "The Latest: …", "Trouble On
        // The Farm: …" (an article or a preposition, and no role word).
        let headline_label = (s..k).any(|x| self.cl(x, class::DET | class::PREP))
            && !(s..k).any(|x| self.cl(x, class::TITLE | class::SOURCE));
        // Nor a kicker or a notice: "Breaking: …", "Correction: …",
        // "Paid Notice: …" (its last word).
        const KICKERS: &[&str] = &[
            "breaking",
            "wow",
            "look",
            "boom",
            "bombshell",
            "leaked",
            "video",
            "photos",
            "exclusive",
            "update",
            "correction",
            "clarification",
            "contributing",
            "notice",
            "email",
            "note",
            "related",
            "listen",
            "transcript",
            "categories",
            "category",
            "tags",
            "topics",
            "keywords",
            // A notice's fields: "Time: …", "Background: …".
            "who",
            "what",
            "when",
            "where",
            "why",
            "time",
            "date",
            "location",
            "venue",
            "contact",
            "background",
            "jurisdiction",
            "title",
            "see",
            "more",
            "agenda",
            "purpose",
            "witnesses",
            // A memo's header: "Re: …", "Subject: …".
            "re",
            "subject",
            "memo",
            "memorandum",
            "cc",
            "attn",
            "fwd",
        ];
        let kicker = self.is_any(k - 1, KICKERS);
        // Nor a link's label: "Harbor Program: http://…", "…: www.…".
        if !para_end
            || !name_like
            || headline_label
            || kicker
            || k + 3 >= e
            || self.link_head(k + 1)
        {
            return None;
        }
        let all_caps = (s..k).all(|x| !self.is_word(x) || self.toks[x].all_caps());
        // Words in capitals name someone or are a heading ("ILLEGAL
        // IMMIGRATION: …"); one word may be a source ("AP: …"). A topic's
        // label before a quotation is no one either: "Clean Coal Power
        // Initiatives: “…”" (the speaker is the one quoted before).
        // (Whether the label names someone is asked once for both.)
        let heading = all_caps && k > s + 1;
        let topic = || self.opens(k + 1).is_some() && self.topic_shape(s, k);
        // (Nor one word the lists know as a body's, unless a source: a
        // section's "Education: …", not "Report: …", nor people, "Critics:
        // …".)
        let field =
            k == s + 1 && !all_caps && Lexicon::get().not_name(self.w(s)) == Some(NotName::Place);
        if (heading || field || topic()) && !self.names_someone(s, k) {
            return None;
        }
        let (spk, cue) = self
            .quoting_from(s, k)
            .unwrap_or_else(|| (self.spk(s, k), self.bytes(k, k + 1)));
        let cue = Some(cue);
        let end = self.complement_end(k + 1, e);
        // What a headline-like line gives is the source's words whatever
        // their shape: "Roy: No new taxes this year."; not a
        // transcript's speaker label ("Q: Is he …?", "TAPPER: …").
        // (Nor an item of a list: "Detroit Suit: So Far, Inc.; and".)
        let label = all_caps || (k + 1..end).any(|x| self.w(x) == ";" && self.region(x).is_none());
        let question = (k + 1..e)
            .rev()
            .find(|&x| !self.is_final(x) || self.w(x) == "?");
        let question = question.is_some_and(|x| self.w(x) == "?");
        // (Words, not a date: "Posted: March 4, 2019, Monday".)
        let words = (k + 1..end).any(|x| {
            let w = self.w(x);
            self.is_word(x)
                && w.chars().any(char::is_alphabetic)
                && !self.cl(x, class::TIME)
                && crate::article::date::parse_month(w).map_or(true, |(_, n)| n < w.len())
        });
        // A list of names is no one's words: "Ohio: Ann Roy, Tom Hale,
        // Lee Park, …".
        let lim = end.min(k + 4 * REACH);
        let names = (k + 1..lim).filter(|&x| self.bare_comma(x)).count() >= 3
            && (k + 1..lim).all(|x| !self.is_word(x) || self.is_cap(x) || self.is(x, "and"));
        if !words || names {
            return None;
        }
        let read = if label || question {
            Read::Plain
        } else {
            Read::Before
        };
        let done = self.content(read, k + 1, end, cue, spk, Cue::default());
        done.then_some(end)
    }

    /// The source and the cue of a label `[a, b)` before a colon that
    /// opens with "Quoting from" or "Reading from": "Quoting from the
    /// report: …", "Reading from a statement: …" (the participle is the
    /// cue, the phrase after the preposition the source).
    fn quoting_from(&self, a: usize, b: usize) -> Option<(Spk, (usize, usize))> {
        // (A verb of quoting, and a phrase without a comma: not "Testifying
        // in court on Tuesday, Ann Roy was defiant: …".)
        (self.is_any(a, &["quoting", "reading"])
            && self.is(a + 1, "from")
            && a + 2 < b
            && (a + 2..b).all(|x| self.w(x) != ","))
        .then(|| (self.spk(a + 2, b), self.bytes(a, a + 1)))
    }

    /// Whether the label `[a, b)` before a colon is a topic's: three
    /// capitalised words or more that name no one ("Clean Coal Power
    /// Initiatives: “…”"); two may be an unknown person's or a firm's name
    /// ("Brellix Logistics: “…”").
    fn topic_label(&self, a: usize, b: usize) -> bool {
        self.topic_shape(a, b) && !self.names_someone(a, b)
    }

    /// Whether the label `[a, b)` has a topic's shape: three capitalised
    /// words or more (see [`Scan::topic_label`]).
    fn topic_shape(&self, a: usize, b: usize) -> bool {
        (a..b).filter(|&x| self.is_cap(x)).count() >= 3
    }

    /// Whether a mention of a person the article names shares a byte with
    /// tokens `[a, b)`.
    fn person_in(&self, a: usize, b: usize) -> bool {
        let (start, end) = self.bytes(a, b);
        let i = self.people.partition_point(|&(_, e, _)| e <= start);
        self.people.get(i).is_some_and(|&(s, _, _)| s < end)
    }

    /// Whether the label `[a, b)` before a colon names someone: a person's
    /// name, a role or a source; not a topic or a notice's field ("Bus
    /// Rapid Transit: …", "Background: …", "WHERE: …").
    fn names_someone(&self, a: usize, b: usize) -> bool {
        // (A person the article names: "Tavi Okwu:".)
        if self.person_in(a, b) {
            return true;
        }
        if (a..b).any(|x| self.cl(x, class::TITLE | class::SOURCE | class::PRONOUN)) {
            return true;
        }
        // (A name the lists know, in a label of fewer than three
        // capitalised words or in capitals: in a topic's, such words are
        // the topic's "Coal", "Power"; not "ANN MARIE ROY:".)
        let caps = (a..b).all(|x| !self.is_word(x) || self.toks[x].all_caps());
        if self.topic_shape(a, b) && !caps {
            return false;
        }
        let lex = Lexicon::get();
        let mut buf = String::new();
        // (In capitals a given name first or every word a name's: "ANN
        // ROY:", not "HUMAN TRAFFICKING:".)
        let mut words = (a..b).filter(|&x| self.is_word(x));
        // (Whether the word at `x` is a given name, and whether a surname.)
        let mut known = |x: usize| {
            // (A word in capitals as its name is written: "CARPER".)
            let w = if self.toks[x].all_caps() {
                buf.clear();
                let mut chars = self.w(x).chars();
                buf.extend(chars.next());
                crate::text::push_lower(&mut buf, chars.as_str());
                buf.as_str()
            } else {
                self.w(x)
            };
            (lex.given(w).is_some(), lex.surname(w))
        };
        if caps {
            match words.next().map(&mut known) {
                Some((true, _)) => true,
                Some((false, true)) => words.all(|x| known(x) != (false, false)),
                _ => false,
            }
        } else {
            words.any(|x| known(x) != (false, false))
        }
    }

    /// Whether the speaker at `np` is the subject of a subordinate clause
    /// ("when Smith said …, the crowd cheered"): its content ends at the
    /// first comma.
    fn subordinate(&self, s0: usize, np: usize) -> bool {
        let lo = np.saturating_sub(REACH).max(s0);
        (lo..np)
            .rev()
            .take_while(|&k| self.w(k) != "," && self.region(k).is_none())
            .any(|k| {
                self.is_any(
                    k,
                    &[
                        "when", "while", "though", "although", "if", "because", "since", "once",
                        "whereas",
                    ],
                )
            })
    }

    /// Whether a speaker phrase sits between a quotation and the cue at
    /// `c`: `“…,” X, a former aide, told Y`.
    fn quote_then_subject(&self, c: usize, s0: usize) -> bool {
        let direct = self.closes(c - 1).is_some()
            || (c > s0 + 1 && self.w(c - 1) == "," && self.closes(c - 2).is_some());
        !direct && self.closer_before(c - 1, s0).is_some()
    }

    /// The quotation that closes at token `k` or right before it, when a
    /// speaker phrase follows it: `“…,” X`, `“…,” X, a former aide,`,
    /// `“…,” another friend, X`.
    fn closer_before(&self, k: usize, s0: usize) -> Option<usize> {
        if let Some(r) = self.closes(k) {
            return Some(r);
        }
        if k <= s0 || self.w(k) != "," {
            return None;
        }
        if let Some(r) = self.closes(k - 1) {
            return Some(r);
        }
        // An appositive between the quotation and the cue: a few words and
        // commas, no verb.
        let lo = k.saturating_sub(REACH).max(s0);
        let mut j = k - 1;
        while j > lo {
            if let Some(r) = self.closes(j) {
                let mut f = j + 1;
                if self.w(f) == "," {
                    f += 1;
                }
                // (Not a new sentence's opening phrase: "“…” By noon, the
                // mayor said …".)
                let np = (self.is_cap(f) && !self.opening_phrase(f)) || self.cl(f, class::DET);
                return (np && f < k).then_some(r);
            }
            let plain = self.is_word(j)
                && self.region(j).is_none()
                && self.cue(j).is_none()
                && !self.cl(j, class::AUX | class::CLAUSE | class::PRONOUN);
            if !(plain || matches!(self.w(j), "," | "." | "\u{2019}" | "'" | "-")) {
                return None;
            }
            j -= 1;
        }
        None
    }

    /// "According to X, …" and "…, according to X."
    fn according(&mut self, c: usize, s0: usize, e: usize) -> Option<Attr> {
        if self.in_the_words_of(c) {
            return self.words_of(c, e);
        }
        if !self.is(c + 1, "to") {
            return None;
        }
        // "According to her plan", "According to him": an object pronoun
        // is the source too.
        let (a, b) = self.forward_np(c + 2, e).or_else(|| {
            let j = c + 2;
            (j < e && self.cl(j, class::OBJECT)).then(|| {
                let det = self.cl(j, class::DET) && self.is_word(j + 1);
                match self.forward_np(j + 1, e).filter(|_| det) {
                    Some((_, b)) => (j, b),
                    None => (j, j + 1),
                }
            })
        })?;
        // (An acronym in brackets after the source is part of it:
        // "according to the Harbor Safety Board (HSB), …".)
        let b = if b + 3 <= e && self.acronym_brackets(b) {
            b + 3
        } else {
            b
        };
        // "distributed according to a risk assessment", "ranked according
        // to need": in keeping with a rule or a measure, no source.
        // (The phrase's noun: its last word, or the one before a
        // participle ending it, "a risk assessment conducted".)
        let noun = if b > a + 1 && self.past_verb(b - 1) {
            b - 2
        } else {
            b - 1
        };
        let measure =
            c > s0 && self.past_verb(c - 1) && !self.is_cap(noun) && self.is_any(noun, NOT_SOURCES);
        if measure {
            return None;
        }
        // (A work and its named author are the source: "according to
        // calculations by Ann Roy", "a report from the Harbor Institute".)
        let b = if self.is_any(b, &["by", "from"]) && (a..b).all(|x| !self.is_cap(x)) {
            match self.forward_np(b + 1, e) {
                Some((n, m))
                    if n == b + 1
                        && (self.is_cap(n) || (self.cl(n, class::DET) && self.is_cap(n + 1))) =>
                {
                    m
                }
                _ => b,
            }
        } else {
            b
        };
        let spk = self.spk(a, b);
        let cue_span = Some(self.bytes(c, c + 2));
        // (After a colon or an opening bracket the phrase opens what
        // follows: "…: According to recent polls, Lee holds …", "(According
        // to the police, it keeps no records.)".)
        let s0 =
            if c > s0 && matches!(self.w(c - 1), ":" | "(" | "[") && self.region(c - 1).is_none() {
                c
            } else {
                s0
            };
        if c <= s0 {
            // The source may be a long phrase ("According to a count of
            // ballots made by …, …"): the content follows its comma.
            // (Or a colon right after it: "According to press accounts:
            // …".)
            let lim = e.min(b + 2 * REACH);
            let colon = b < e && self.w(b) == ":" && self.region(b).is_none();
            let mark = if colon {
                Some(b)
            } else {
                (b..lim).find(|&k| self.bare_comma(k))
            };
            if let Some(k) = mark {
                if let Some(attr) = self.after_source(a, k, e, cue_span) {
                    return Some(attr);
                }
            } else {
                // No comma after the source: "According to the ministry
                // over 300 pilgrims have died." The source ends before a
                // new determiner ("According to Ann Roy the plan …").
                let b = (a + 1..b)
                    .find(|&k| self.cl(k, class::DET) && !self.cl(k - 1, class::PREP))
                    .unwrap_or(b);
                // (A verb of its own in the clause: an auxiliary, or a
                // past or present form after its subject's first word,
                // "According to police the suspect fled".)
                let subject = self.is_cap(b) || self.cl(b, class::DET | class::PRONOUN);
                let clause = b < e
                    && !self.is_punct(b)
                    && (b..e.min(b + REACH)).any(|k| {
                        self.region(k).is_none()
                            && (self.cl(k, class::AUX)
                                || (subject && k > b && (self.past_verb(k) || self.present_s(k))))
                    });
                if !clause {
                    return Some((spk, cue_span, b));
                }
                let spk = self.spk(a, b);
                let end = self.complement_end(b, e);
                let done = self.content(Read::Before, b, end, cue_span, spk, Cue::default());
                if done {
                    return Some((spk, cue_span, end));
                }
            }
            return Some((spk, cue_span, b));
        }
        // "By Friday, according to X, Y did Z": the content on both sides;
        // but "…, according to Ann Roy, assistant professor of history."
        // describes the source.
        // (Nor an indefinite phrase with no verb after a name: "…,
        // according to estimates by Ann Roy, a former aide now
        // teaching at …".)
        // (A verb up to the next comma makes it a clause: "…, a new
        // bridge across the river near the town would open".)
        let author_described = || {
            self.is_cap(b - 1)
                && self.is_any(b + 1, &["a", "an"])
                && !self.verb_near(b + 2, e, true)
        };
        if self.w(c - 1) == ","
            && b < e
            && self.w(b) == ","
            && !self.appositive(b + 1, e)
            && !author_described()
        {
            let end = self.complement_end(b + 1, e);
            let done = self.content(Read::Loose, b + 1, end, cue_span, spk, Cue::default());
            if done {
                self.fragment_before(s0, c - 1, cue_span, spk);
                return Some((spk, cue_span, end));
            }
        }
        let cut = if self.w(c - 1) == "," { c - 1 } else { c };
        // "…,” the judge said Monday, according to the Herald.": what the
        // source reports is an attribution of its own, whose words are
        // elsewhere (a speech verb a few words back, and no clause after
        // it).
        // (Only where and when follow the verb, or the one told: "said
        // at a meeting", "said Monday in Dover", "told Sen. Ann Roy"; not
        // an object, "reported a loss of $3 million".)
        // (Or an adverb, "said afterward"; or the one told with its
        // article, "told the paper".)
        let bare_attribution = |k: usize| {
            let n = k + 1;
            let told = self.is_any(k, &["told", "tells"]);
            n == cut
                || (self.is(n, "that") && n + 1 == cut)
                || self.cl(n, class::PREP | class::TIME | class::ADVERB)
                || self.adverb_ly(n)
                || self.is_any(n, &["afterward", "afterwards", "later", "earlier", "again"])
                || (told && (self.is_cap(n) || self.cl(n, class::OBJECT)))
                || (told && self.cl(n, class::DET) && cut <= n + 4)
        };
        let attributed = (s0.max(cut.saturating_sub(8))..cut).rev().any(|k| {
            self.is_any(k, REPORTED_SPEECH)
                && self.region(k).is_none()
                && bare_attribution(k)
                && (k + 1..cut).all(|m| {
                    !self.bare_comma(m)
                        && self.region(m).is_none()
                        && (!self.cl(m, class::CLAUSE) || m + 1 == cut)
                })
                && !self.verb_near(k + 1, cut, true)
        });
        if attributed {
            return None;
        }
        if self.content_before(s0, cut, cue_span, spk) {
            return Some((spk, cue_span, b));
        }
        None
    }

    /// Whether token `c` is "words" in "in the words of".
    // (Always inlined: frames ask it of every token that is no cue, and
    // most stop at the length.)
    #[inline(always)]
    fn in_the_words_of(&self, c: usize) -> bool {
        self.w(c).len() == 5
            && c >= 2
            && self.is(c, "words")
            && self.is(c - 1, "the")
            && self.is(c - 2, "in")
            && self.is(c + 1, "of")
            && self.region(c).is_none()
    }

    /// "In the words of the prosecutor, Ann Roy, QC, “…”": the source and
    /// what follows its comma.
    fn words_of(&mut self, c: usize, e: usize) -> Option<Attr> {
        let (a, b) = self.forward_np(c + 2, e)?;
        if self.w(b) != "," {
            return None;
        }
        self.after_source(a, b, e, Some(self.bytes(c - 2, c + 2)))
    }

    /// The content after a source phrase opening at `a` and ending at the
    /// comma `k` ("According to X, …", "In the words of X, …"); the whole
    /// phrase is the speaker ("the figures released by the fire
    /// association").
    fn after_source(
        &mut self,
        a: usize,
        mut k: usize,
        e: usize,
        cue_span: Option<(usize, usize)>,
    ) -> Option<Attr> {
        // A name and a post-nominal set off after a role belong to the
        // source: "According to the team's coach, Ann Roy, QC, …".
        for _ in 0..2 {
            if let Some(n) = self.name_between_commas(k, e) {
                k = n;
            }
        }
        let spk = self.spk(a, k);
        // "According to X, quoting Y, the army …", "According to the poll,
        // conducted in May, …": the source's participle phrase is no
        // content.
        if self.ing_form(k + 1) || self.past_verb(k + 1) {
            if let Some(n) = (k + 2..e.min(k + 2 + REACH))
                .take_while(|&m| self.region(m).is_none())
                .find(|&m| self.w(m) == ",")
            {
                k = n;
            }
        }
        let end = self.complement_end(k + 1, e);
        // "According to the Herald, Ann Roy, the panel's chair, said …": the
        // words after the comma are the subject of an attribution of their
        // own.
        if (end..e.min(end + 4)).any(|m| self.cue(m).is_some()) {
            return None;
        }
        // (The content may open with a phrase: "…, in their first match the
        // players …".)
        let done = self.content(Read::Loose, k + 1, end, cue_span, spk, Cue::default());
        done.then_some((spk, cue_span, end))
    }

    /// "(When) asked (by X) (on Monday) whether …": emits the question,
    /// from its question word to the next comma or the sentence end, with
    /// X as its speaker when the sentence names X.
    fn asked(&mut self, c: usize, e: usize) -> Option<()> {
        let mut j = c + 1;
        let mut asker = None;
        if self.is(j, "by") {
            // "asked by reporters": an audience word is a phrase too.
            let (a, b) = self.forward_np(j + 1, e).or_else(|| {
                (j + 1 < e && self.cl(j + 1, class::AUDIENCE)).then_some((j + 1, j + 2))
            })?;
            asker = Some(self.spk(a, b));
            j = b;
        }
        let lim = e.min(j + 8);
        // ("Asked to describe the device, …": what was asked for; not a
        // stock phrase, "asked to comment", "asked to leave".)
        let long = (j + 1..e.min(j + 4)).all(|m| self.is_word(m));
        let q = if self.is(j, "to")
            && self.is_word(j + 1)
            && !self.cl(j + 1, class::DET)
            && (long || asker.is_some())
        {
            j
        } else {
            (j..lim)
                .take_while(|&m| self.region(m).is_none() && self.is_word(m))
                .find(|&m| {
                    self.is_any(
                        m,
                        &[
                            "whether", "if", "how", "what", "why", "who", "where", "about",
                        ],
                    )
                })?
        };
        // (Content is at most MAX_CONTENT tokens: linear in any sentence.)
        let lim = e.min(q + 1 + MAX_CONTENT);
        let end = (q + 1..lim)
            .find(|&m| self.bare_comma(m) || self.is_final(m))
            .unwrap_or(lim);
        if end < q + 2 {
            return None;
        }
        let (start, stop) = trim_content(self.text, self.toks[q].start(), self.toks[end - 1].end());
        let quoted = (q..end).any(|m| self.opens(m).is_some());
        self.out.push(Found::new(
            if quoted {
                QuoteKind::Mixed
            } else {
                QuoteKind::Indirect
            },
            (start, stop),
            Some(self.bytes(c, c + 1)),
            asker,
        ));
        Some(())
    }

    /// When the comma at `k` opens a capitalised name of at most four words
    /// closed by another comma ("…, Ann Roy, …"), or a longer one with a
    /// title or a party label ("…, U.S. Senator Ann Roy (D-NV), …"), that
    /// comma.
    fn name_between_commas(&self, k: usize, e: usize) -> Option<usize> {
        let n = (k + 1..e.min(k + 14)).find(|&m| self.w(m) == ",")?;
        // (A title's modifier may open it, in any case: "His father,
        // former Senator Tom Hale, said".)
        let s = k + 1 + usize::from(self.is_any(k + 1, &["former", "retired", "longtime"]));
        let name = n > s
            && self.is_cap(s)
            && !self.cl(s, class::DET | class::PRONOUN)
            && (s..n).all(|m| {
                self.region(m).is_none()
                    && (self.is_cap(m) || (self.is_punct(m) && self.w(m) != ","))
            });
        if !name {
            return None;
        }
        // (A title's last word, with its period or not: "Vermont Sen.
        // Ann Roy".)
        let mut buf = String::new();
        let mut titled = |m: usize| {
            self.is_word(m) && Lexicon::get().ends_title(self.w(m), self.w(m + 1) == ".", &mut buf)
        };
        (n < k + 6 || (k + 1..n).any(|m| self.party_label(m) || titled(m))).then_some(n)
    }

    /// Whether the words from `a` to the sentence end `e` describe the
    /// noun phrase before them rather than say something: they open in
    /// lower case (no name, no pronoun), name a role, and hold no
    /// auxiliary and no past-tense verb ("assistant professor of history",
    /// "a lawyer for the city"; not "the ferry left without its cargo").
    fn appositive(&self, a: usize, e: usize) -> bool {
        // (A description is short: the scans below stay bounded.)
        a < e
            && e - a <= 24
            && self.is_word(a)
            && (a..e).any(|k| self.cl(k, class::TITLE | class::SOURCE))
            && !self.is_cap(a)
            && !self.cl(a, class::PRONOUN)
            && (a..e).all(|k| {
                self.verbless(k)
                    && (!self.cl(k, class::CLAUSE) || self.is(k, "and") || self.is(k, "or"))
            })
    }

    /// For a participle cue opening the sentence, bare or after "after",
    /// "before", "while" or "upon" ("After saying her foot was swollen, she
    /// was …", "Citing the storm, Ann Roy said …"): where its clause ends
    /// (after its comma, or a closing mark with the comma inside), and the
    /// main clause's subject.
    fn opening_participle(
        &self,
        c: usize,
        s0: usize,
        e: usize,
        cue: Cue,
    ) -> Option<(usize, Option<Spk>)> {
        let opening = cue.participle
            && (c == s0
                || (c > s0
                    && c <= s0 + 2
                    && self.is_any(c - 1, &["after", "before", "while", "upon"])));
        if !opening {
            return None;
        }
        if c == s0 {
            // A bare participle: its clause ends at the comma the main
            // clause follows, a noun phrase and its verb ("…, the coach
            // wiped away tears"; commas inside the clause stay: "Saying
            // the plant in Dover, Del., was unsafe, Ann Roy ordered …").
            // (Bounded: the clause is at most MAX_CONTENT tokens.)
            // (Two capitalised words with no verb in reach are a name too:
            // "…,” Senators Ann Roy (D-Vt.), Tom Reed (R-Ind.) … announced".)
            return (c + 2..e.min(c + MAX_CONTENT)).find_map(|k| {
                let (end, a) = self.clause_comma(k)?;
                match self.main_subject(a, e) {
                    Some(b) => Some((end, Some(self.spk(a, b)))),
                    None if self.is_cap(a) && self.is_cap(a + 1) => {
                        // (No name when the frame ends first.)
                        let r = self.cap_run_end(a, e);
                        Some((end, (r > a).then(|| self.spk(a, r))))
                    }
                    None => None,
                }
            });
        }
        // (Bounded: the clause is at most MAX_CONTENT tokens.)
        let (end, a) = (c + 2..e.min(c + MAX_CONTENT)).find_map(|k| self.clause_comma(k))?;
        // (A pronoun, or a run of capitalised words: "Mr. Ann Roy".)
        let b = if self.cl(a, class::PRONOUN) {
            a + 1
        } else {
            self.cap_run_end(a, e)
        };
        let subject = (a < b && b < e).then(|| self.spk(a, b));
        Some((end, subject))
    }

    /// For a comma at `k` that ends a clause, bare or inside a closing
    /// mark ("…,”"): where the clause ends and where what follows starts.
    fn clause_comma(&self, k: usize) -> Option<(usize, usize)> {
        let closer = self.comma_closer(k);
        if !(self.bare_comma(k) || closer) {
            return None;
        }
        let end = if closer { k + 1 } else { k };
        Some((end, end + usize::from(self.w(end) == ",")))
    }

    /// Whether token `k` is the comma between a day and its year
    /// ("through March 31, 2009"), which breaks no phrase.
    fn date_comma(&self, k: usize) -> bool {
        let digits = |w: &str, n: std::ops::RangeInclusive<usize>| {
            n.contains(&w.len()) && w.bytes().all(|b| b.is_ascii_digit())
        };
        k > 0
            && self.w(k) == ","
            && digits(self.w(k - 1), 1..=2)
            && digits(self.w(k + 1), 4..=4)
            && self.w(k + 1).starts_with(['1', '2'])
    }

    /// Where the run of capitalised words (with abbreviation periods)
    /// starting at `a` ends, within reach: `a` when there is none.
    fn cap_run_end(&self, a: usize, e: usize) -> usize {
        (a..e.min(a + REACH))
            .find(|&k| !(self.is_cap(k) || (k > a && self.w(k) == ".")) || self.region(k).is_some())
            .unwrap_or(a)
    }

    /// Where the subject of a main clause starting at `a` ends, at its
    /// verb: a past tense, an auxiliary or a speech verb after a name, a
    /// pronoun or a noun phrase with a determiner ("Ann Roy ordered", "Roy
    /// supporters marched", "the coach wiped", "he said"; not "it", not
    /// "there").
    fn main_subject(&self, a: usize, e: usize) -> Option<usize> {
        let opens = self.is_cap(a)
            || self.cl(a, class::DET)
            || (self.cl(a, class::PRONOUN) && !self.is(a, "it"));
        if !opens || self.is_any(a, &["there", "it", "but", "and", "as"]) {
            return None;
        }
        let lim = e.min(a + REACH);
        let verb = (a + 1..lim).find(|&k| {
            !(self.is_word(k) || matches!(self.w(k), "." | "-" | "'s" | "\u{2019}s"))
                || self.past_verb(k)
                || (self.cl(k, class::AUX) && !self.is_cap(k))
                || (self.cue(k).is_some() && !self.is_cap(k))
        })?;
        let verbal = self.past_verb(verb) || self.cl(verb, class::AUX) || self.cue(verb).is_some();
        (verbal && self.region(a).is_none()).then_some(verb)
    }

    /// Whether the cue at `c` and its subject follow a clause and its
    /// comma, as a parenthetical attribution does ("It helps, Dr. Ann
    /// Roy said …"); not a subject's appositive, an age or an opening
    /// phrase ("Roy, the mayor, said", "Tom Reed, 54, said", "On Tuesday,
    /// Roy said"). (Bounded looks back.)
    fn after_clause(&self, c: usize) -> bool {
        // (A period only after an abbreviation or an initial: "Dr. Ann
        // Roy", not a sentence's end.)
        let name_part = |x: usize| {
            let abbreviation =
                x > 0 && (is_abbreviation(self.w(x - 1)) || self.w(x - 1).chars().count() == 1);
            self.is_word(x)
                || (matches!(self.w(x), "-" | "'" | "\u{2019}") && self.region(x).is_none())
                || (self.w(x) == "." && abbreviation)
        };
        let Some(comma) = (c.saturating_sub(12)..c).rev().find(|&x| !name_part(x)) else {
            return false;
        };
        if !self.bare_comma(comma) {
            return false;
        }
        // (A verb: an auxiliary, a past tense, a cue, a present tense in
        // "-s", or any plain word right after a pronoun or a capitalised
        // subject: "We need help, …", "Voters want change, …".)
        (comma.saturating_sub(15)..comma)
            .rev()
            .take_while(|&x| !self.is_final(x) && self.region(x).is_none())
            .any(|x| {
                let after_subject = x > 0
                    && (self.cl(x - 1, class::PRONOUN) || self.is_cap(x - 1))
                    && !self.cl(x, u16::MAX);
                self.is_word(x)
                    && !self.is_cap(x)
                    && (self.cl(x, class::AUX)
                        || self.past_verb(x)
                        || self.cue(x).is_some()
                        || (self.present_s(x) && !self.cl(x, u16::MAX))
                        || after_subject)
            })
    }

    /// Whether an amount opens at `a`, a subject rather than a phrase of
    /// place or time: "about 20 people", "more than 300", "at least $5".
    fn amount(&self, a: usize) -> bool {
        const BY: [&str; 9] = [
            "about", "around", "over", "nearly", "almost", "roughly", "more", "at", "just",
        ];
        let n = if self.is(a + 1, "than") || self.is(a + 1, "least") {
            a + 2
        } else {
            a + 1
        };
        // (Not a time: "said at 10 a.m. it would …", "about 9:30".)
        let time = self
            .toks
            .get(n)
            .and_then(|t| self.text.get(t.end()..))
            .map(str::trim_start)
            .is_some_and(|r| {
                r.starts_with(':')
                    || ["a.m", "p.m", "am ", "pm "]
                        .iter()
                        .any(|x| r.starts_with(x))
            });
        self.is_any(a, &BY)
            && (!self.is(a, "at") || self.is(a + 1, "least"))
            && self.region(a).is_none()
            && !time
            && (self.w(n).starts_with(|c: char| c.is_ascii_digit()) || self.w(n) == "$")
    }

    /// Whether the quotation opening at `m` goes on in lower case with a
    /// quotation that closed with a comma before the attribution whose
    /// content starts at `j` ("“Every time you say that,” Ann said,
    /// referring to the plan, “you give …”"). Looks back a bounded reach.
    fn split_quote_rest(&self, m: usize, j: usize) -> bool {
        let Some(r) = self.opens(m) else {
            return false;
        };
        let lower = (m + 1..(m + 3).min(self.toks.len()))
            .find(|&k| self.is_word(k))
            .is_some_and(|k| !self.is_cap(k));
        // The first part closes with a comma in the same sentence, its
        // attribution follows it, and a participle without a reported
        // clause of its own ("referring to …", not "adding that …") leads
        // to the content.
        lower
            && (j.saturating_sub(REACH)..j)
                .rev()
                .find_map(|k| self.closes(k).filter(|&q| q != r))
                .is_some_and(|q| {
                    let close = self.regions[q].close;
                    self.comma_closer(close)
                        && (close + 1..j).all(|k| !self.is_final(k))
                        && (close + 1..j).any(|k| self.cue(k).is_some_and(|c| !c.participle))
                        && (close + 1..j).any(|k| {
                            self.cue(k).is_some_and(|c| c.participle) && !self.is(k + 1, "that")
                        })
                })
    }

    /// Whether a speaker is a relative pronoun ("who", "which").
    fn relative_speaker(&self, spk: Spk) -> bool {
        self.text
            .get(spk.start..spk.end)
            .is_some_and(|w| w.eq_ignore_ascii_case("who") || w.eq_ignore_ascii_case("which"))
    }

    /// The byte span of the noun phrase a relative pronoun speaker
    /// stands for: the phrase right before it, or before its comma ("the
    /// Vice President of Iraq who asked", "a report, which found").
    fn relative_antecedent(&self, spk: Spk, sentences: &[(usize, usize)]) -> Option<ByteSpan> {
        if !self.relative_speaker(spk) {
            return None;
        }
        let k = self
            .toks
            .binary_search_by_key(&spk.start, Token::start)
            .ok()?;
        let s0 = sentences
            .get(sentences.partition_point(|&(a, _)| a <= k).checked_sub(1)?)?
            .0;
        let e = if k > s0 && self.bare_comma(k - 1) {
            k - 1
        } else {
            k
        };
        if e <= s0 {
            return None;
        }
        let (a, b) = self
            .backward_np(e - 1, s0)
            .filter(|&(a, b)| a < b && b <= e && !self.cl(a, class::PRONOUN | class::CLAUSE))?;
        // (Not a phrase cut out of a list or a clause: "Commerce, Science
        // and Transportation, which", "did not include the money, which".)
        // (Nor a verb's object: "to replace Ann Roy, who".)
        let clause = (a..b).any(|x| {
            self.cl(x, class::AUX | class::ADVERB)
                || self.past_verb(x)
                || self.adverb_ly(x)
                || self.is(x, "not")
        });
        if clause || (a > s0 && matches!(self.w(a - 1), "," | "to")) {
            return None;
        }
        // A thing is the last noun "of" or "for" adds ("the passage of the
        // energy bill, which"), not one inside a name ("the Office of
        // Management and Budget, which") nor its author ("a report by the
        // auditor, which"); a person the one titled or after a determiner
        // ("the concerns of Sen. Roy, who", "an email from a soldier
        // who"; not "a nurse from Toledo who", "the deputy mayor of Dover
        // who").
        let which = self.is(k, "which");
        // (A thing's author is no antecedent: "a report by the auditor,
        // which" stands for the report.)
        let a = match a.checked_sub(2) {
            Some(n) if which && n >= s0 && self.is_any(a - 1, &["by", "from"]) => {
                self.backward_np(n, s0).map_or(a, |(a2, _)| a2)
            }
            _ => a,
        };
        let a = (a + 1..b.saturating_sub(1))
            .rev()
            .find(|&p| {
                !self.is_cap(p - 1)
                    && if which {
                        self.is_any(p, &["of", "for"])
                    } else {
                        self.is_any(p, &["from", "by", "of"])
                            && (self.cl(p + 1, class::TITLE)
                                || (self.cl(p + 1, class::DET) && !self.is(p, "of")))
                    }
            })
            .map_or(a, |p| p + 1);
        Some(self.bytes(a, b))
    }

    /// Whether the last content found is not a whole quotation.
    fn last_not_direct(&self) -> bool {
        self.out.last().is_some_and(|f| f.kind != QuoteKind::Direct)
    }

    /// After a closing attribution at `j - 1` (", he said"), a conjunction
    /// and a clause with its own subject or a quotation go on with what was
    /// said: "“…,” he said, but “when the rain comes …”", "…, she said, because
    /// the plant is old". Not the writer's own verb phrase: "…, he said, but
    /// declined to elaborate". Returns the token the scan goes on from.
    /// `after_clause`: the content before the attribution was reported
    /// speech, not a whole quotation, so "and" and "so" go on with it too
    /// ("Rates will rise, she said, and savers will gain."; not "“Go!” he
    /// said, and the boys ran").
    fn continuation(
        &mut self,
        j: usize,
        e: usize,
        cue: Option<(usize, usize)>,
        spk: Spk,
        after_clause: bool,
    ) -> usize {
        const CONJ: [&str; 5] = ["and", "but", "so", "because", "although"];
        // (Past where it was said: "…, he wrote in an email to Ann, and
        // “…”".)
        let mut j = j;
        if j < e && self.w(j) != "," && self.cl(j, class::PREP | class::TIME) {
            if let Some(k) = (j + 1..e.min(j + REACH))
                .take_while(|&k| {
                    self.region(k).is_none() && self.cue(k).is_none() && !self.is_final(k)
                })
                .find(|&k| self.w(k) == ",")
            {
                j = k;
            }
        }
        if j + 2 >= e || self.w(j) != "," || self.region(j).is_some() || !self.is_any(j + 1, &CONJ)
        {
            return j;
        }
        let a = j + 1;
        // (Looks a few tokens on: bounded.) A clause goes on the speaker's
        // reasoning after "but", "because", "although" with a pronoun or a
        // name as its subject; "and"/"so" with a clause are the writer's
        // narration ("…,” he said, and the reporters laughed").
        let quoted = (a + 1..e.min(a + 4)).any(|k| self.opens(k).is_some());
        let subject = (!self.is(a, "and") && !self.is(a, "so"))
            && (self.cl(a + 1, class::PRONOUN) || self.is_cap(a + 1))
            && self.region(a + 1).is_none()
            && self.verb_near(a + 2, e.min(a + 6), true);
        // After reported speech a clause with any subject goes on with it:
        // "…, she said, and the rates will fall", "…, he said, so the board
        // decided to wait". Not "but" ("…, the agency said, but the mayor
        // disagreed"), nor a tensed verb of the writer's narration after a
        // forecast ("The plant will close, she said, and the workers walked
        // out").
        let forecast = || {
            self.out.last().is_some_and(|f| {
                self.text.get(f.start..f.end).is_some_and(|t| {
                    t.split_whitespace().any(|w| {
                        [
                            "will", "would", "could", "may", "might", "should", "can", "must",
                        ]
                        .iter()
                        .any(|m| w.eq_ignore_ascii_case(m))
                    })
                })
            })
        };
        let subject = subject
            || (after_clause
                && !self.is(a, "but")
                && self.is_word(a + 1)
                && self.region(a + 1).is_none()
                && self.cue(a + 1).is_none()
                && !self.cl(
                    a + 1,
                    class::AUX | class::PREP | class::CLAUSE | class::ADVERB,
                )
                && (self.verb_near(a + 2, e.min(a + 6), false)
                    || (!forecast() && self.verb_near(a + 2, e.min(a + 6), true))));
        if !(quoted || subject) {
            return j;
        }
        let end = self.complement_end(a, e);
        // (A new attribution of its own: "…, Ann says, but she cautions
        // that …".)
        // (Quotations later in a clause of the writer's are not the
        // speaker's: "“…?” she asked, but the boy was asleep, and as …
        // “…”".)
        if (a + 1..end.min(a + 6)).any(|k| self.cue(k).is_some())
            || (!quoted && (a..end).any(|k| self.opens(k).is_some()))
        {
            return j;
        }
        // "…, and “full of it.”": the conjunction stays out of a
        // quotation that is all there is.
        let whole = self
            .opens(a + 1)
            .is_some_and(|r| self.regions[r].close + 1 >= self.trim_final(a + 1, end));
        let from = if whole { a + 1 } else { a };
        let done = self.content(Read::Before, from, end, cue, spk, Cue::default());
        if done {
            end
        } else {
            j
        }
    }

    /// Whether the pronoun at `a` is the object of the lower-case word
    /// before it, after the frame's start `s0` ("put it this way").
    fn object_pronoun(&self, a: usize, s0: usize) -> bool {
        a > s0
            && (self.is_any(a, &["it", "you"]) || self.cl(a, class::OBJECT))
            && self.is_word(a - 1)
            && !self.is_cap(a - 1)
            && !self.cl(a - 1, class::CLAUSE | class::ADVERB)
            && !self.is_any(a - 1, &["and", "but", "or"])
    }

    /// Whether the cue at `c` is "put" of the idiom "as X put it".
    fn put_it(&self, c: usize) -> bool {
        self.is_any(c, &["put", "puts"]) && self.is(c + 1, "it")
    }

    /// Gives the idioms that report words the cue of "noted": "put it"
    /// after "as" and a short phrase ("As Ann Roy put it, …", "…, as the
    /// memo puts it."), and [`phrase_used`](Scan::phrase_used).
    ///
    /// `candidates` are the tokens that may open one, in order; returns the
    /// tokens given the cue, in order.
    fn mark_idioms(&mut self, candidates: &[u32]) -> Vec<u32> {
        let mut marked = Vec::new();
        let Some(say) = cues::lookup("noted", &mut String::new()).cue() else {
            return marked;
        };
        for &c in candidates {
            let i = c as usize;
            if self.lex[i].cue().is_some() {
                continue;
            }
            let as_put_it = self.put_it(i)
                && (i.saturating_sub(7)..i.saturating_sub(1))
                    .rev()
                    .take_while(|&k| {
                        self.toks[k].kind == TokenKind::Word
                            || matches!(self.w(k), "." | "'" | "\u{2019}")
                    })
                    .any(|k| self.is(k, "as"));
            if as_put_it || self.phrase_used(i).is_some() {
                self.lex[i] = Lex::new(self.lex[i].class(), Some(say));
                marked.push(c);
            }
        }
        marked
    }

    /// For "used"/"coined" at token `i` naming words in quotation marks
    /// ("has used the phrase “…”", "coined a new term, “…”"), the
    /// quotation.
    fn phrase_used(&self, i: usize) -> Option<usize> {
        const VERBS: &[&str] = &["used", "uses", "coined", "coins"];
        const DETS: &[&str] = &["the", "a", "that", "this", "his", "her", "their", "its"];
        const NOUNS: &[&str] = &[
            "phrase",
            "phrases",
            "term",
            "terms",
            "word",
            "words",
            "expression",
            "slogan",
            "catchphrase",
            "moniker",
            "nickname",
        ];
        if !self.is_any(i, VERBS) || !self.is_any(i + 1, DETS) {
            return None;
        }
        // The noun right after the determiner or after one adjective ("the
        // same words", "a new phrase").
        let n = (i + 2..i + 4).find(|&k| self.is_any(k, NOUNS))?;
        self.opens(if self.is(n + 1, ",") { n + 2 } else { n + 1 })
    }

    /// Whether token `k` is "but" or "and" (opening a sentence: "But the
    /// plan, she said, …").
    fn but_and(&self, k: usize) -> bool {
        self.is(k, "but") || self.is(k, "and")
    }

    /// `end` moved back before (up to three) sentence-final marks after
    /// `from`.
    fn trim_final(&self, from: usize, end: usize) -> usize {
        // (At most three marks, "?!.": bounded however many follow.)
        let mut end = end;
        let mut n = 0;
        while n < 3 && end > from + 1 && self.is_final(end - 1) {
            end -= 1;
            n += 1;
        }
        end
    }

    /// Whether token `k` is "and" or "or".
    fn and_or(&self, k: usize) -> bool {
        self.is(k, "and") || self.is(k, "or")
    }

    /// Whether the comma at `k` is followed, up to `end`, by the last items
    /// of a list: a few words without a verb, a participle, a clause word
    /// or a pronoun, joined by "and"/"or" (", a fake and a charlatan", ",
    /// Science and Transportation"; not ", hurting jobs and schools").
    fn short_list(&self, k: usize, end: usize) -> bool {
        let is_and = |m: usize| self.and_or(m);
        self.w(k) == ","
            && end <= k + 8
            && (k + 2..end).any(is_and)
            && (k + 1..end).all(|m| {
                self.is_word(m)
                    && self.verbless(m)
                    && !self.ing_form(m)
                    && (is_and(m) || !self.cl(m, class::CLAUSE | class::PREP | class::PRONOUN))
            })
    }

    /// Whether the comma at `k` goes on, up to `end`, with the other items
    /// of a longer list, three items or more: items of at most eight words
    /// without a verb, a participle, a clause word or a pronoun, the last
    /// after ", and" or ", or" and opening like a noun phrase ("calls for
    /// four judges in Arizona, two judges in Texas, and one judge in
    /// Ohio"; not ", and the city will …", nor one comma, ", and the company
    /// plans new talks"), or one-word modifiers before a short last item
    /// ("with city, county, and tribal officials").
    fn serial_list(&self, k: usize, end: usize) -> bool {
        const ITEM: usize = 8;
        // (To the sentence's end: not ", and many said …", where the
        // content was cut before a clause of its own.)
        if self.w(k) != "," || end > k + 4 * (ITEM + 1) || !self.is_final(end) {
            return false;
        }
        let list_word = |m: usize| {
            let and = self.and_or(m);
            self.is_word(m)
                && self.verbless(m)
                && !self.ing_form(m)
                && (and || !self.cl(m, class::CLAUSE | class::PRONOUN))
        };
        // A one-word modifier: a word, not a number ("June 30, 2031, and
        // left early") nor an adverb ("the measure, too, and …").
        let modifier = |x: usize| {
            self.is_word(x)
                && !self.is_number(x)
                && !self.adverb_ly(x)
                && !self.cl(x, class::ADVERB | class::TIME)
                && !self.is_any(x, &["too", "also", "again", "though", "however", "instead"])
        };
        // The item before `k`, when a comma opens it: one of the list too.
        let open = (k.saturating_sub(ITEM + 1)..k)
            .rev()
            .take_while(|&m| self.w(m) == "," || list_word(m))
            .find(|&m| self.w(m) == ",");
        let (mut inner, mut single) = match open {
            Some(c) => (1, c + 2 == k && modifier(k - 1)),
            None => (0, true),
        };
        let (mut words, mut serial, mut last, mut last_words) = (0, false, false, 0);
        for m in k + 1..end {
            if self.w(m) == "," {
                // (The item after ", and" is the last: not ", and Tom
                // Hale, the treasurer, backs …".)
                if words == 0 || last {
                    return false;
                }
                inner += 1;
                single &= words == 1 && modifier(m - 1);
                words = 0;
                continue;
            }
            if self.is_punct(m) && self.region(m).is_none() {
                if matches!(self.w(m), ";" | ":" | "(" | ")" | "\u{2014}") {
                    return false;
                }
                continue;
            }
            if !list_word(m) {
                return false;
            }
            let and = self.and_or(m);
            // (The last item a noun phrase like the others: a determiner,
            // a number or a name; not ", 2031, and left early".)
            if and && self.w(m - 1) == "," {
                let n = m + 1;
                last = true;
                serial = self.cl(n, class::DET) || self.is_number(n) || self.is_cap(n);
            }
            // (The words of the last item up to a preposition: "and
            // tribal officials to coordinate …" has three.)
            if last && !self.cl(m, class::PREP) && last_words == words {
                last_words += 1;
            }
            words += 1;
            if words > ITEM {
                return false;
            }
        }
        last && inner >= 1 && (serial || (single && last_words <= 3))
    }

    /// Whether token `j` starts a web address or goes on with one after
    /// its scheme's "://" ("www.…", "http://…").
    fn web_address_at(&self, j: usize) -> bool {
        let Some(t) = self.toks.get(j) else {
            return false;
        };
        // (The bytes around its start hold the scheme's "://".)
        let b = self.text.as_bytes();
        let around = b.get(t.start().saturating_sub(3)..(t.start() + 3).min(b.len()));
        around.is_some_and(|a| a.windows(3).any(|x| x == b"://")) || self.link_head(j)
    }

    /// Whether the text at token `j` opens with "http" or "www." (any
    /// case; "www." is more than one token).
    fn link_head(&self, j: usize) -> bool {
        self.toks
            .get(j)
            .and_then(|t| self.text.as_bytes().get(t.start()..t.start() + 4))
            .is_some_and(|head| {
                head.eq_ignore_ascii_case(b"http") || head.eq_ignore_ascii_case(b"www.")
            })
    }

    /// Whether the comma at `k` goes on with a list of gerunds after a
    /// preposition that opened before it, from `j` on, the last joined by
    /// "and"/"or" before `end` ("by raising funds, hiring staff(,) and
    /// building labs"; not ", hurting jobs" after no gerund).
    fn gerund_list(&self, j: usize, k: usize, end: usize) -> bool {
        let is_and = |m: usize| self.and_or(m);
        let last = is_and(k + 1);
        // (The item after the comma is a gerund and a bare object: no
        // preposition or determiner before the last item's "and", not
        // "…, leaving families without schools and housing".)
        let bare_item = || {
            (k + 2..end.min(k + 12))
                .take_while(|&m| {
                    self.w(m) == ","
                        || (self.is_word(m)
                            && (is_and(m) || !self.cl(m, class::PREP | class::DET | class::CLAUSE)))
                })
                .any(|m| is_and(m) && self.ing_form(m + 1) && self.is_word(m + 2))
        };
        // (The last gerund with its object: not "schools and housing.";
        // one before it may stand alone, "stalling, hiding, and …".)
        let g = k + 1 + usize::from(last);
        self.w(k) == ","
            && self.ing_form(g)
            && (self.is_word(g + 1) || (!last && self.w(g + 1) == ","))
            && (j.max(k.saturating_sub(12))..k)
                .any(|m| m > 0 && self.ing_form(m) && self.cl(m - 1, class::PREP))
            && (last || bare_item())
    }

    /// Whether a verb follows a subject within `[from, to)`, before any
    /// comma, quotation or clause word: an auxiliary, or with `tensed` also
    /// a word shaped like a past or present-tense verb ("she has", "the
    /// voters were", "he views").
    fn verb_near(&self, from: usize, to: usize, tensed: bool) -> bool {
        (from..to)
            .take_while(|&k| {
                self.w(k) != "," && self.region(k).is_none() && !self.cl(k, class::CLAUSE)
            })
            .any(|k| self.cl(k, class::AUX) || (tensed && (self.past_verb(k) || self.present_s(k))))
    }

    /// The name of one to four capitalised words opening the sentence at
    /// `s0` and set off by a comma before the role phrase `[a, b)` that
    /// names it ("Tom Reed, head of the fire institute", "Dr. Ann Roy,
    /// Director of X", "Reed, a member of the Harbor Board"); not a scene
    /// ("Last Tuesday, the governor …"). The role may hold a name with
    /// commas of its own, `a` inside it ("Reed, a member of the Senate
    /// Energy, Water and Power Committee").
    fn name_before_role(&self, s0: usize, a: usize, b: usize) -> Option<(usize, usize)> {
        // (After a quotation that opens the sentence, and its comma: "“…,”
        // Tom Reed, president of X told …".)
        let s0 = match self.opens(s0) {
            Some(r) => {
                let after = self.regions[r].close + 1;
                after + usize::from(self.w(after) == ",")
            }
            None => s0,
        };
        // (One to four words: the checks below look at most eight tokens.)
        let first = (s0 + 1..a.min(s0 + 15)).find(|&k| self.w(k) == ",")?;
        // (Past the role's own commas, each before a capitalised word of a
        // name, to `a`, a few words on: no clause, verb or quotation of the
        // writer's.)
        let inner = first + 1 < a
            && a <= first + 16
            && self.cl(first + 1, class::DET | class::TITLE)
            && (first + 1..a).all(|k| {
                self.region(k).is_none()
                    && self.cue(k).is_none()
                    && !self.cl(k, class::CLAUSE | class::AUX)
                    && (self.w(k) != "," || self.is_cap(k + 1))
            });
        let comma = if inner {
            first
        } else {
            Some(a - 1).filter(|&k| self.w(k) == ",")?
        };
        // (Where the role opens.)
        let r = comma + 1;
        // (A party label after the name: "Ann Roy (D-Ore.), chairman of
        // …".)
        let end = match self.w(comma - 1) {
            ")" => self.label_open(comma - 1, s0)?,
            _ => comma,
        };
        if end > s0 + 8 {
            return None;
        }
        let words = (s0..end).filter(|&k| self.is_word(k)).count();
        // (A word alone is a person the article names: not "Significantly,
        // the judge said", "Dallas, the mayor said Friday, …".)
        let lone_surname = || words == 1 && self.person_in(s0, s0 + 1);
        let name = ((2..=4).contains(&words) || lone_surname())
            && (s0..end).all(|k| {
                self.region(k).is_none()
                    && (self.w(k) == "." || self.is_cap(k))
                    && !self.cl(
                        k,
                        class::PREP
                            | class::DET
                            | class::TIME
                            | class::ADVERB
                            | class::CLAUSE
                            | class::PRONOUN,
                    )
            });
        // (A role, not a list of names: "Sen. Ann Roy, Sen. Tom Hale and
        // Rep. Eva Lind announced".)
        // (Or a noun of a group after an article: "a member of the board",
        // "a lawyer for the port".)
        let of = || (r..b).any(|k| self.is(k, "of"));
        let role = ((r..b).any(|k| self.cl(k, class::TITLE))
            && (!self.is_cap(r) || self.cl(r, class::DET) || of()))
            || (self.is_any(r, &["a", "an"])
                && (r..b).any(|k| self.is_any(k, &["of", "for", "at"])));
        (name && role).then_some((s0, comma))
    }

    /// The name opening the sentence at `s0` when the phrase starting at
    /// `a` before the cue at `c` is inside a modifier of it that no comma
    /// closes: a relative clause, a role or a phrase with a preposition
    /// ("Rep. Ann Roy (D-Ore.), who wrote the bill in the House said",
    /// "Ann Roy (R-Ore.) of the Harbor Board said", "Ann Roy, in a radio
    /// interview said").
    fn modified_name(&self, s0: usize, a: usize, c: usize) -> Option<(usize, usize)> {
        // The name: two to six capitalised words, initials and titles.
        let mut n = s0;
        while n < s0 + 8 && (self.is_cap(n) || (n > s0 && self.w(n) == ".")) {
            n += 1;
        }
        // (A person's: a title or a given name in it; not a scene, "In
        // January", "When Sen. Ann Roy", nor an institution. Asked after
        // the cheaper tests: the given names are a lookup per word.)
        let lex = Lexicon::get();
        let person = || (s0..n).any(|k| self.cl(k, class::TITLE) || lex.given(self.w(k)).is_some());
        // (Ending in the name, not a title before a phrase of its own:
        // "Vice President for sales Ann Roy".)
        let titled_end = n > s0 && self.cl(n - 1, class::TITLE);
        if (s0..n).filter(|&k| self.is_word(k)).count() < 2
            || titled_end
            || !person()
            || (s0..n).any(|k| {
                self.region(k).is_some()
                    || self.cue(k).is_some()
                    || self.cl(
                        k,
                        class::PREP | class::DET | class::TIME | class::ADVERB | class::CLAUSE,
                    )
            })
            // (A relative pronoun before the cue speaks for the name
            // already: "Ann Roy, a lawyer who argued …".)
            || self.cl(a, class::PRONOUN | class::CLAUSE)
            // (Nor an aside: "Ann Roy, who owed her seat to, as a diplomat
            // put it, a makeover".)
            || a.checked_sub(1).is_some_and(|p| self.is(p, "as"))
        {
            return None;
        }
        // (With its party label.)
        if self.party_label(n) {
            n = self.label_end(n, n + 8)?;
        }
        let name_end = n;
        if self.w(n) == "," {
            n += 1;
        }
        let opens = self.cl(n, class::PREP)
            || (n > name_end
                && (self.is_any(n, &["who", "a", "an", "the"]) || self.cl(n, class::TITLE)));
        // (A relative clause has its verb and no comma; any other modifier
        // has no verb: not "Ann Roy, a member of the club, was sailing to
        // Cairo, the club said".)
        // (A relative clause's verb may be a cue of its own: "who wrote
        // the bill"; but the phrase before the cue must not be the clause's
        // subject, "who the chairman said was …": a verb comes first.)
        let relative = self.is(n, "who");
        let verb_first = (n + 1..a).any(|k| {
            self.is_word(k) && !self.is_cap(k) && (self.past_verb(k) || self.cue(k).is_some())
        });
        let inside = opens
            && a > n
            && c <= n + 3 * REACH
            && self.w(c - 1) != ","
            && (!relative || verb_first)
            && (n..c).all(|k| {
                !self.is_final(k)
                    && self.region(k).is_none()
                    && if relative {
                        !self.bare_comma(k)
                    } else {
                        // (Nor a clause inside: "in a letter that the
                        // mayor's aide said …".)
                        self.cue(k).is_none()
                            && !self.cl(k, class::AUX)
                            && (!self.cl(k, class::CLAUSE) || self.is(k, "and"))
                            && !self.past_verb(k)
                    }
            });
        inside.then_some((s0, name_end))
    }

    /// The name whose hometown is the phrase at `a`: "Ann Roy, 21, of
    /// Dover said", "Tom Hale, of Dover, said".
    fn hometown_of(&self, a: usize, s0: usize) -> Option<(usize, usize)> {
        if a < s0 + 3 || !self.is(a - 1, "of") || !self.bare_comma(a - 2) {
            return None;
        }
        // (Past an age: ", 21,".)
        let mut j = a - 2;
        if j >= s0 + 3 && self.toks[j - 1].kind == TokenKind::Number && self.bare_comma(j - 2) {
            j -= 2;
        }
        let (a2, b2) = self.backward_np(j - 1, s0)?;
        (self.is_cap(b2 - 1) && b2 == j).then_some((a2, b2))
    }

    /// The opening bracket of the party label that the bracket at `close`
    /// ends ("Ann Roy (D-Ore.)"), looking at most eight tokens back and not
    /// before `s0 + 1`.
    fn label_open(&self, close: usize, s0: usize) -> Option<usize> {
        (close.saturating_sub(8).max(s0 + 1)..close)
            .rev()
            .find(|&o| self.w(o) == "(")
            .filter(|&o| self.party_label(o))
    }

    /// Past the party label whose bracket opens at `k` and closes before
    /// `lim` ("(D-Ore.)"), if there is one.
    fn label_end(&self, k: usize, lim: usize) -> Option<usize> {
        if !self.party_label(k) {
            return None;
        }
        (k + 2..lim).find(|&x| self.w(x) == ")").map(|x| x + 1)
    }

    /// Whether the bracket opening at `k` holds a party and a state: "(D-
    /// Ore.)", "(R-N.J.)", "(I)", "(ID-Conn.)", "(both D-Md.)" after two
    /// names, or a state's district: "(CT-1)".
    fn party_label(&self, k: usize) -> bool {
        if self.w(k) != "(" {
            return false;
        }
        // ("(both D-Md.)" after two names.)
        let k = k + usize::from(self.is(k + 1, "both"));
        let district = || {
            let w = self.w(k + 1);
            w.len() == 2
                && self.toks.get(k + 1).is_some_and(|t| t.all_caps())
                && self.w(k + 2) == "-"
                && self.is_number(k + 3)
                && self.w(k + 4) == ")"
        };
        (matches!(self.w(k + 1), "D" | "R" | "I" | "ID") && matches!(self.w(k + 2), ")" | "-"))
            || district()
    }

    /// Whether the words `[a, b)` before a parenthetical attribution that a
    /// quotation goes on from read as the start of what was said: two words
    /// or more in one phrase, not a scene the writer sets (a preposition, a
    /// time, a participle, "as …": "Minutes later", "Growing angry", "As the
    /// crowd booed"), not a phrase cut before its object, not a name.
    fn said_lead(&self, a: usize, b: usize) -> bool {
        // (A phrase, not a whole long sentence: the scans below stay
        // bounded however long the sentence.)
        if b > a + REACH {
            return false;
        }
        const TIMES: [&str; 9] = [
            "day",
            "morning",
            "afternoon",
            "evening",
            "night",
            "week",
            "minutes",
            "hours",
            "moment",
        ];
        let first = if self.but_and(a) { a + 1 } else { a };
        b > a + 1
            && (!self.cl(first, class::PREP) || self.is(first, "of"))
            && !self.is(a, "as")
            && !self.w(a).ends_with("ing")
            && !self.cl(b - 1, class::PREP | class::CLAUSE | class::DET | class::AUX)
            // (A name before its role: "Ann Roy, head of X said, “…”".)
            && (a..b).any(|k| self.is_word(k) && !self.is_cap(k))
            // A noun phrase or a clause, not a manner or a scene: "A
            // colder winter", "If she is elected"; not "Visibly upset",
            // "Back home".
            && (a..b).any(|k| self.cl(k, class::DET | class::PRONOUN | class::AUX))
            && (a..b).all(|k| {
                self.w(k) != ","
                    && !self.cl(k, class::TIME | class::ADVERB)
                    && !self.is_any(k, &TIMES)
            })
    }

    /// Whether "not only" starts at token `x`.
    fn not_only_at(&self, x: usize) -> bool {
        self.is(x, "not") && self.is(x + 1, "only")
    }

    /// Whether "about" at `j` opens the question the cue "ask" at `c`
    /// reports: "asked the secretary about how …".
    fn about_question(&self, c: usize, j: usize) -> bool {
        self.is(j, "about")
            && self.is_any(
                j + 1,
                &["what", "whether", "how", "why", "when", "where", "who"],
            )
            && self.is_any(c, ASK_FORMS)
    }

    /// Emits the words `[s0, cut)` before a parenthetical attribution as a
    /// fragment of its content, when they hold no quotation and no cue.
    fn fragment_before(&mut self, s0: usize, cut: usize, cue: Option<(usize, usize)>, spk: Spk) {
        let mut a = s0;
        while a < cut && self.is_punct(a) && self.region(a).is_none() && !self.sign(a) {
            a += 1;
        }
        // Content is at most MAX_CONTENT tokens; the bound also keeps a
        // sentence of many attributions linear.
        if a >= cut
            || cut - a > MAX_CONTENT
            || (a..cut).any(|k| self.region(k).is_some() || self.cue(k).is_some())
        {
            return;
        }
        // A lone conjunction or preposition is no content: "because,
        // according to X, …".
        if (a..cut).all(|k| !self.is_word(k) || self.cl(k, class::CLAUSE | class::PREP)) {
            return;
        }
        let (start, end) = self.bytes(a, cut);
        if spk.overlaps(start, end) {
            return;
        }
        if self
            .out
            .iter()
            .rev()
            .take(4)
            .any(|f| f.end > start && f.start < end)
        {
            return;
        }
        self.out.push(Found::new(
            QuoteKind::Indirect,
            (start, end),
            cue,
            Some(spk),
        ));
    }

    /// Emits the content `[s0, cut)` that comes before its attribution.
    fn content_before(
        &mut self,
        s0: usize,
        cut: usize,
        cue: Option<(usize, usize)>,
        spk: Spk,
    ) -> bool {
        if cut <= s0 {
            return false;
        }
        // Start after an earlier attribution's content in the same frame.
        let frame_start = self.toks[s0].start();
        let (seen_s0, seen, mut max_end) = self.out_end;
        let from = if seen_s0 == s0 && seen <= self.out.len() {
            seen
        } else {
            max_end = 0;
            // Outputs of earlier frames end before this one starts; only the
            // newest can reach into it.
            self.out
                .iter()
                .rposition(|f| f.end <= frame_start)
                .map_or(0, |i| i + 1)
        };
        for f in &self.out[from..] {
            if f.end > frame_start {
                max_end = max_end.max(f.end);
            }
        }
        self.out_end = (s0, self.out.len(), max_end);
        // (When that content runs past `cut`, start at the frame's start.)
        let after = self.toks[s0..cut].partition_point(|t| t.start() < max_end);
        let start = if max_end > 0 && after < cut - s0 {
            s0 + after
        } else {
            s0
        };
        let start = (start..cut)
            .find(|&k| !self.is_punct(k) || self.opens(k).is_some() || self.sign(k))
            .unwrap_or(cut);
        let cue_kind = Cue::default();
        // Content ahead of its attribution is delimited on both sides: it
        // may open with any word ("But …, he said", "As …, she said").
        self.content(Read::Before, start, cut, cue, spk, cue_kind)
    }

    /// Emits the content `[a, b)`: direct when it is one quotation, mixed
    /// when it holds a quotation, indirect when it reads as a clause (as
    /// `read` says).
    fn content(
        &mut self,
        read: Read,
        a: usize,
        b: usize,
        cue: Option<(usize, usize)>,
        spk: Spk,
        cue_kind: Cue,
    ) -> bool {
        // What announces a statement after its colon is none: "offered
        // the following comments on the harbor plan:".
        if self.is(a, "the")
            && self.is(a + 1, "following")
            && b > a + 2
            && (self.w(b - 1) == ":" || self.w(b) == ":")
            && (a + 2..b).all(|k| self.verbless(k))
        {
            return false;
        }
        // Trim trailing punctuation (but not a closing mark, nor a sign
        // that belongs to a number: "5%", "$8 million", nor a bracket the
        // content opened: "will join the Water Board (WB).").
        let mut b = b;
        while b > a
            && self.is_punct(b - 1)
            && self.region(b - 1).is_none()
            && !self.sign(b - 1)
            && !(self.w(b - 1) == ")" && self.open_brackets(a, b - 1) > 0)
        {
            b -= 1;
        }
        let mut a = a;
        while a < b && self.is_punct(a) && self.region(a).is_none() && !self.sign(a) {
            a += 1;
        }
        if a >= b {
            return false;
        }
        // A date alone is when, not what: "the pledge which Ann Roy
        // announced on September 2nd". (Asked first whether every word is
        // of a date, which most contents' first word answers, then whether
        // one is a time word: the other order read every word of most.)
        let ordinal = |k: usize| {
            let w = self.w(k);
            w.starts_with(|c: char| c.is_ascii_digit())
                && ["st", "nd", "rd", "th"].iter().any(|s| w.ends_with(s))
        };
        if (a..b).all(|k| {
            self.region(k).is_none() && (!self.is_word(k) || self.time_word(k) || ordinal(k))
        }) && (a..b).any(|k| self.time_word(k))
        {
            return false;
        }
        // A speaker inside the words is not their speaker ("T-o y,
        // telling": the subject is part of what comes before the cue).
        let (start, end) = self.bytes(a, b);
        if spk.overlaps(start, end) {
            return false;
        }
        // The quotations the words hold (see [`Scan::next_quotation`]).
        let mut k = a;
        let first = self.next_quotation(&mut k, b);
        let single = first.filter(|_| self.next_quotation(&mut k, b).is_none());
        if let Some(r0) = single {
            let reg = self.regions[r0];
            let at_end = (reg.close + 1..b).all(|k| self.is_punct(k));
            // "said flatly: “…”", "told the crowd in Ohio, “…”": a whole
            // quotation introduced by a colon or comma after the cue; before
            // its attribution too ("X saw it otherwise: “…,” she said").
            let capital = self
                .text
                .get(reg.start..reg.end)
                .is_some_and(|t| t.trim_start().starts_with(char::is_uppercase));
            // After "that" the words before the colon are part of the
            // reported clause: "added that the town has one way out: “…”"
            // is one mixed quote.
            let after_that = a > 0 && self.is(a - 1, "that") && self.region(a - 1).is_none();
            // So are a subject and its verb: "said he has the one thing the
            // club lacks: “Patience …”".
            // (Content before its attribution is the writer's lead-in up
            // to the colon: "The engineer saw it otherwise: “…,” she said".)
            let clause = || {
                !cue_kind.np
                    && read != Read::Before
                    && (self.cl(a, class::PRONOUN) || self.cl(a, class::DET))
                    && self.verb_near(a + 1, (a + 3).min(reg.open - 1), true)
            };
            let introduced = reg.open > a
                && ((self.w(reg.open - 1) == ":" && !after_that && !clause())
                    || (read != Read::Before
                        && capital
                        && self.w(reg.open - 1) == ","
                        && !(a > 0 && self.is(a - 1, "that"))))
                && (reg.open + 1..reg.close)
                    .filter(|&k| self.is_word(k))
                    .count()
                    >= 3
                && (a..reg.open - 1).all(|k| self.region(k).is_none());
            // `“…,” Roy said, “…,” she added`: the words before the
            // second quotation are the first one's attribution, not part
            // of what she added.
            let between = || {
                read == Read::Before
                    && a > 0
                    && self.closes(a - 1).is_some()
                    && reg.open > a + 1
                    && reg.open - a <= 8
                    && self.w(reg.open - 1) == ","
                    && (a..reg.open - 1).any(|k| self.cue(k).is_some())
            };
            let only = at_end
                && (introduced
                    || (a..reg.open).all(|k| self.is_punct(k) || self.is(k, "that"))
                    || between());
            if only {
                if self.used[r0] {
                    return false;
                }
                self.direct(r0, cue, Some(spk));
                return true;
            }
        }
        if first.is_some() {
            let mut k = a;
            while let Some(r) = self.next_quotation(&mut k, b) {
                if self.used[r] {
                    return false;
                }
            }
            let mut k = a;
            while let Some(r) = self.next_quotation(&mut k, b) {
                self.used[r] = true;
            }
            // Extend over a closing mark right after the last token.
            self.out.push(Found::new(
                QuoteKind::Mixed,
                self.bytes(a, b),
                cue,
                Some(spk),
            ));
            return true;
        }
        // An object ends before a clause joined by "and that", which
        // belongs to a verb before the cue: "told that she had criticized
        // the council and that …".
        // (A noun phrase alone before it, no verb and no "that" of its
        // own: "urged Congress to act and that …" keeps it.)
        let b = if cue_kind.np && !self.is(a, "that") && !(a > 0 && self.is(a - 1, "that")) {
            (a + 1..b.saturating_sub(1))
                .take_while(|&k| self.verbless(k) && !self.is(k, "that") && !self.is(k, "to"))
                .find(|&k| self.is(k, "and") && self.is(k + 1, "that"))
                .unwrap_or(b)
        } else {
            b
        };
        if cue_kind.np {
            // An object: "criticized the plan", "declined to comment".
            // (Left out on request: no verb of its own, or an infinitive.)
            let clause =
                || !self.is(a, "to") && (a..b.min(a + MAX_CONTENT)).any(|k| !self.verbless(k));
            if !self.objects && !clause() {
                return false;
            }
            if self.cue(a).is_some() || self.cl(a, class::CLAUSE) && !self.is(a, "what") {
                return false;
            }
            // "opposed to" is an adjective's: "Senators opposed to such
            // protection blocked it".
            if self.is(a, "to") && a > 0 && self.is(a - 1, "opposed") {
                return false;
            }
            // A request for words is none: "a call seeking comment",
            // "seeking comment from the mayor" (a refusal is: "declined
            // comment").
            let cue_word = cue.and_then(|(x, y)| self.text.get(x..y)).unwrap_or("");
            let cue_is = |stem: &str| {
                cue_word
                    .get(..stem.len())
                    .is_some_and(|s| s.eq_ignore_ascii_case(stem))
            };
            // A headline in capitals names an act, not words: "SEN. ROY
            // SUPPORTS EFFORTS TO SECURE $2 MILLION" (its object; not a
            // clause after "THAT").
            let capitals = cue_word.len() > 2 && cue_word.bytes().all(|c| c.is_ascii_uppercase());
            if capitals && !self.is(a, "that") && !(a > 0 && self.is(a - 1, "that")) {
                return false;
            }
            let asking = ["seek", "sought", "request"].iter().any(|s| cue_is(s));
            if asking && self.is_any(a, &["comment", "comments"]) {
                return false;
            }
            // A place or a recipient, no infinitive: "the amendment he
            // offered to a spending bill", "talked to the crowd" (not in
            // a headline's capitals, "Vows To Cut Taxes"; a cue of the
            // object after "to" reports it, "referred to the plan", and
            // so does "pointed to the polls").
            let noun_after_to = self.is(a, "to")
                && !self.is_cap(a)
                && (self.cl(a + 1, class::DET)
                    || self.is_cap(a + 1)
                    || self.is_number(a + 1)
                    || self.is(a + 1, "$"));
            // (A clause after the recipient is the content: "announced to
            // the crowd that he would run", "described to the board how
            // …".)
            let clause_after = || {
                (a + 2..b.min(a + 10)).any(|k| {
                    self.is_any(
                        k,
                        &["that", "how", "why", "what", "whether", "when", "where"],
                    )
                })
            };
            if noun_after_to && !cue_kind.to && !cue_is("point") && !clause_after() {
                return false;
            }
            // Offering a law is no speech: "offered an amendment to the
            // bill", "offered legislation in 2005" (an offer of words
            // is: "offered no proof", "offered his thoughts").
            if cue_is("offer")
                && (a..b.min(a + 5))
                    .take_while(|&k| !self.cl(k, class::PREP))
                    .any(|k| self.is_any(k, LAW_NOUNS) && !self.is(k + 1, "of"))
            {
                return false;
            }
            // How and when, not what: "declined slightly in May".
            if self.adverb_ly(a)
                && !self.is_cap(a)
                && (a + 1 >= b
                    || (self.cl(a + 1, class::PREP | class::TIME) && !self.is(a + 1, "to")))
            {
                return false;
            }
        } else if cue_kind.quote || !self.clause_like(read, a, b) || self.added_thing(cue, a, b) {
            return false;
        }
        self.out.push(Found::new(
            QuoteKind::Indirect,
            self.bytes(a, b),
            cue,
            Some(spk),
        ));
        true
    }

    /// Whether "that" opens a clause after the cue at `c`, past a short
    /// addressee ("said that …", "told the Courier that …").
    fn that_clause_after(&self, c: usize, e: usize) -> bool {
        (c + 1..e.min(c + 6))
            .take_while(|&m| {
                self.is_word(m)
                    && self.region(m).is_none()
                    && (m == c + 1 || self.cue(m).is_none())
                    && (!self.cl(m, class::AUX | class::CLAUSE | class::PREP) || self.is(m, "that"))
            })
            .any(|m| self.is(m, "that") && !self.that_subject(m) && !self.that_time(m))
    }

    /// Whether "that" at `m` opens a time phrase ("said that evening").
    fn that_time(&self, m: usize) -> bool {
        self.cl(m + 1, class::TIME)
            || self.is_any(
                m + 1,
                &[
                    "day",
                    "week",
                    "night",
                    "morning",
                    "afternoon",
                    "evening",
                    "year",
                    "month",
                    "time",
                    "weekend",
                    "summer",
                    "winter",
                    "spring",
                    "fall",
                    "autumn",
                    "season",
                ],
            )
    }

    /// Whether a share of a poll starts at `m`: "32%", "32 percent".
    fn share(&self, m: usize) -> bool {
        self.is_number(m) && (self.percent_sign(m + 1) || self.is(m + 1, "percent"))
    }

    /// Whether token `i` is a "%" glued to the number before it ("27%").
    fn percent_sign(&self, i: usize) -> bool {
        i > 0
            && self.w(i) == "%"
            && !self.toks[i].space_before
            && self.toks[i - 1].kind == TokenKind::Number
    }

    /// Whether "in" at `i` joins two counts: "one in three".
    fn one_in(&self, i: usize) -> bool {
        i > 0 && self.is(i, "in") && is_count(self.w(i - 1)) && is_count(self.w(i + 1))
    }

    /// Whether "that" at `j` is a pronoun subject, not a conjunction: an
    /// auxiliary follows it ("said that would be a mistake", "that won't
    /// happen").
    fn that_subject(&self, j: usize) -> bool {
        let n = self.w(j + 1);
        // (Not the first half of a compound: "that would-be buyers …".)
        let compound = self.w(j + 2) == "-"
            && self.toks.get(j + 2).map(Token::start) == self.toks.get(j + 1).map(Token::end);
        self.is(j, "that")
            && self.region(j).is_none()
            && !self.is_cap(j + 1)
            && (self.cl(j + 1, class::AUX) || negated_aux(n))
            && !compound
    }

    /// Whether "add" takes a thing, not words: "added the provision to
    /// the bill" (no verb in the content, no "that" before it; "added
    /// the plan was late" says something). After a number, words in "-s"
    /// are plural nouns: "added 160 guards", "added three bus lines" (not
    /// a share: "added 40 percent of voters back it"), and so are they
    /// after a sum of money before a preposition ("added $400,000 for new
    /// bus routes"); a past form before a noun describes it ("for upgraded
    /// sonar"). Only the words before a "to" or a question word count:
    /// a verb after them is the thing's own ("added money to repair
    /// the pier").
    fn added_thing(&self, cue: Option<(usize, usize)>, a: usize, b: usize) -> bool {
        let add = cue
            .and_then(|(x, y)| self.text.get(x..y))
            .is_some_and(|w| w.starts_with("add"));
        if !add || (a > 0 && self.is(a - 1, "that")) || self.region(a).is_some() {
            return false;
        }
        let counted = (self.toks[a].kind == TokenKind::Number || is_count(self.w(a)))
            && !self.is_any(a + 1, &["percent", "%", "per"]);
        // (An amount of money for things, a preposition right after it:
        // "added $400,000 for new bus routes"; not "added $3 million goes
        // to schools".)
        let money = matches!(self.w(a), "$" | "\u{20AC}" | "\u{A3}") && self.is_number(a + 1) && {
            let mut k = a + 2;
            while k < b && (self.is_any(k, &["million", "billion", "thousand"]) || self.w(k) == ".")
            {
                k += 1;
            }
            k >= b || self.cl(k, class::PREP)
        };
        // (The noun phrase after the number ends in a plural noun, and a
        // preposition, a time, a determiner or the end follows it: not
        // "added two problems persist".)
        let plural_end = money
            || (counted && {
                let m = (a + 1..b.min(a + 6))
                    .find(|&k| {
                        !self.is_word(k)
                            || self.region(k).is_some()
                            || self.cl(
                                k,
                                class::PREP | class::TIME | class::DET | class::CLAUSE | class::AUX,
                            )
                    })
                    .unwrap_or(b.min(a + 6));
                m > a + 1
                    && (m >= b
                        || !self.is_word(m)
                        || self.cl(m, class::PREP | class::TIME | class::DET))
                    && self.present_s(m - 1)
            });
        // (A past form after a preposition, a determiner or in a list
        // describes the noun after it: "for advanced radar", "small,
        // unmanned craft"; or before its agent: "$9,000 sought by Roy".)
        // (`k > a` first: the word before is read only past the first.)
        let adjective = |k: usize| {
            let before_noun = || {
                (self.cl(k - 1, class::PREP | class::DET)
                    || self.is(k - 1, "and")
                    || self.w(k - 1) == ",")
                    && self.is_word(k + 1)
                    && !self.is_cap(k + 1)
                    && self.region(k + 1).is_none()
            };
            k > a && self.past_verb(k) && (before_noun() || (money && self.is(k + 1, "by")))
        };
        // (A verb after "to" or a question word is the thing's own, not
        // the saying's: "added money to repair the pier", "added doubt
        // to the matter of where the water goes".)
        let own_clause = |k: usize| {
            k > a
                && self.region(k).is_none()
                && ((self.is(k, "to") && !self.cl(k + 1, class::DET))
                    || (self.is_any(k, &["how", "which", "what", "whether", "where", "why"])
                        && self.w(k - 1) != ","))
        };
        let lim = b.min(a + MAX_CONTENT);
        let cut = (a..lim).find(|&k| own_clause(k));
        // (Unless the saying's own verb follows the infinitive or the
        // question: "added the plan to close the school was unpopular",
        // "added the reason why the bridge closed is unclear"; up to a
        // comma or a relative's word.)
        if let Some(c) = cut {
            // (A past form counts after a question's word only: after an
            // infinitive it describes a noun, "to repair roads damaged in
            // the storm".)
            let question = !self.is(c, "to");
            let finite = (c + 1..lim)
                .take_while(|&k| {
                    self.region(k).is_none()
                        && !self.bare_comma(k)
                        && !self.is_final(k)
                        && !self.is_any(
                            k,
                            &[
                                "that", "which", "who", "after", "before", "when", "because",
                                "until",
                            ],
                        )
                })
                .filter(|&k| {
                    (self.cl(k, class::AUX) && !self.is_any(k, &["be", "been", "being"]))
                        || self.is_any(k, &["remains", "remain"])
                        || (question && self.past_verb(k) && !self.cl(k - 1, class::AUX))
                })
                .count();
            // (A question's own verb first, unless an infinitive is its
            // verb: "when to vote on it remains open".)
            let own = usize::from(question && !self.is(c + 1, "to"));
            if finite > own {
                return false;
            }
        }
        (a..cut.unwrap_or(lim))
            .all(|k| (self.verbless(k) || adjective(k)) && (plural_end || !self.present_s(k)))
    }

    /// Whether `[a, b)` reads as a reported clause: a few words, not
    /// starting with a preposition, an auxiliary or "to".
    fn clause_like(&self, read: Read, a: usize, b: usize) -> bool {
        let words = (a..b).filter(|&k| self.is_word(k)).take(3).count();
        // ("The cause, she said, was fatigue.": a short predicate after a
        // parenthetical attribution.)
        let predicate = words == 2
            && read == Read::Loose
            && a > 0
            && self.w(a - 1) == ","
            && self.cl(a, class::AUX);
        // ("Asked whether …, 61 percent said yes.": the whole answer.)
        let answer = b == a + 1 && self.is_any(a, &["yes", "no"]);
        // ("Tom Hale said he would.": a clause cut to its subject and
        // auxiliary.)
        let elliptical = b == a + 2
            && self.cl(a, class::PRONOUN)
            && !self.is_cap(a + 1)
            && self.cl(a + 1, class::AUX)
            // (Then the sentence ends: not "he has — twice — asked …".)
            && matches!(self.w(b), "." | "!" | "?" | ";" | "");
        if answer || elliptical {
            return true;
        }
        // A sum with no verb is what was added or given, not words: "added
        // $2 million to the bill" (not "said $2 million was enough").
        // (The verb may come after an aside: "said $3 million, raised
        // through a bond, would pay …"; not in a relative clause.)
        // ("$2 million goes to schools", "$2 million isn't enough": the
        // first word after the amount is a verb in "-s" or negated.)
        // (Read only after a sign: most content opens with none.)
        let verb_after = || {
            let first = (a + 1..b.min(a + 6)).find(|&k| {
                !(self.toks[k].kind == TokenKind::Number
                    || matches!(
                        self.w(k),
                        "," | "." | "million" | "billion" | "thousand" | "trillion"
                    ))
            });
            // (Not a function word in "-s": "$2 million this year", "as",
            // "plus", "towards".)
            let s_verb = |k: usize| {
                self.present_s(k)
                    && !self.cl(
                        k,
                        class::PREP | class::DET | class::TIME | class::CLAUSE | class::ADVERB,
                    )
                    && !self.is_any(k, &["plus", "towards", "as", "this", "its", "his", "less"])
            };
            first.is_some_and(|k| !self.is_cap(k) && (s_verb(k) || negated_aux(self.w(k))))
                || (a + 2..b.min(a + MAX_CONTENT))
                    .take_while(|&k| !self.is_any(k, &["which", "who", "that"]))
                    .any(|k| self.cl(k, class::AUX) || self.past_verb(k) || negated_aux(self.w(k)))
        };
        if self.sign(a) && !verb_after() {
            return false;
        }
        if words < 3 && !predicate {
            return false;
        }
        // Capitalised words ending in a bracket before their attribution
        // are a name and its label: "Sens. Ann Roy (R-NC), Tom Ward and
        // Joe Park said" opens with a list of names, not with what they
        // said.
        if read == Read::Before {
            return !(self.w(b - 1) == ")" && (a..b).all(|k| !self.is_word(k) || self.is_cap(k)));
        }
        // After "that" a clause may open with any word: "said that for
        // years …", "said that if elected …".
        // ("said that, as the town grew, they …": a phrase set off first.)
        let t = if a > 1 && self.w(a - 1) == "," {
            a - 1
        } else {
            a
        };
        let after_that = t > 0 && self.is(t - 1, "that") && self.region(t - 1).is_none();
        if after_that || self.that_subject(a) {
            return true;
        }
        // "after"/"before" open clauses; a loose reading lets an auxiliary
        // open one too.
        // After a parenthetical attribution the content goes on with any
        // word: "So it is wise, the planners said, for the town to …".
        let continued = read == Read::Loose && a > 0 && self.w(a - 1) == ",";
        let opens_clause = self.is(a, "after")
            || self.is(a, "before")
            || (read == Read::Loose && self.cl(a, class::AUX))
            || (continued && self.cl(a, class::PREP));
        // ("said about 20 people have …": the amount opens a subject with
        // its verb; "expects about 6 million visitors" is an object.)
        if self.amount(a) && self.verb_near(a + 2, b.min(a + 8), false) {
            return true;
        }
        if self.cl(a, class::PREP | class::AUX) && !opens_clause {
            return false;
        }
        if matches!(
            self.w(a).to_ascii_lowercase().as_str(),
            "nothing"
                | "little"
                | "much"
                | "something"
                | "anything"
                | "goodbye"
                | "hello"
                | "yes"
                | "no"
                | "so"
                | "more"
                | "less"
                | "otherwise"
        ) && !matches!(self.w(a + 1), "of" | "than")
            // "said no decision had been made": a clause after all.
            && !(a + 2..b.min(a + 8)).any(|k| self.cl(k, class::AUX))
        {
            return false;
        }
        if self.cl(a, class::CLAUSE)
            && !matches!(
                self.w(a).to_ascii_lowercase().as_str(),
                "if" | "whether"
                    | "how"
                    | "what"
                    | "why"
                    | "when"
                    | "because"
                    | "while"
                    | "although"
                    | "though"
                    | "unless"
            )
            // ("did not say who made it"; not a relative clause after a
            // comma, "according to X, who …".)
            && !(self.is_any(a, &["who", "where"]) && a > 0 && self.w(a - 1) != ",")
        {
            return false;
        }
        // ("while a nurse in Ohio": a concession needs its clause.)
        if self.is_any(a, &["while", "although", "though", "unless"])
            && !self.verb_near(a + 2, b.min(a + 7), true)
        {
            return false;
        }
        // An object cue first is a noun more often than not ("talks would
        // go on", "support grew"); a participle with its own object and an
        // auxiliary after it is a subject ("adding fluoride was safe").
        self.cue(a).map_or(true, |c| {
            c.np || (c.participle
                && !self.is(a + 1, "that")
                && (a + 2..b.min(a + 8))
                    .take_while(|&k| !matches!(self.w(k), "," | ";") && self.region(k).is_none())
                    .any(|k| self.cl(k, class::AUX)))
        })
    }

    /// Steps back from the cue at `c` over adverbs and time phrases to the
    /// last token of the speaker noun phrase.
    fn skip_back(&self, c: usize, s0: usize) -> Option<usize> {
        let mut k = c;
        let mut steps = 0;
        while k > s0 && steps < 6 {
            let p = k - 1;
            // "Both said …": "both" opening the clause is the speaker.
            // (Not "Ann Roy and Tom Reed both said", "which both oppose".)
            let both_subject = self.is(p, "both")
                && (p == s0
                    || (self.cl(p - 1, class::CLAUSE)
                        && !self.is_any(p - 1, &["which", "who", "that"])));
            // ("Democrats don't expect …": a negated auxiliary; "They have
            // all said …": a floating quantifier.)
            let negated = !self.is_cap(p)
                && (negated_aux(self.w(p))
                    || self.is(p, "neither")
                    || (self.is_any(p, &["all", "each"])
                        && p > s0
                        && self.cl(p - 1, class::AUX | class::PRONOUN)));
            // ("did not directly say": an adverb in "-ly" inside the verb
            // group, after an auxiliary or a negation; not "the family
            // said".)
            let ly_adverb = p > s0
                && !self.is_cap(p)
                && ly_word(self.w(p))
                && (self.cl(p - 1, class::AUX)
                    || self.is(p - 1, "not")
                    || negated_aux(self.w(p - 1)));
            if (self.cl(p, class::ADVERB) || self.cl(p, class::TIME) || negated || ly_adverb)
                && !self.aux_name(p, s0)
                && !both_subject
            {
                k = p;
                steps += 1;
                continue;
            }
            if self.is(p, "on") && self.cl(p + 1, class::TIME) {
                k = p;
                steps += 1;
                continue;
            }
            // "Ann Roy is proud to announce that …": a feeling and its
            // infinitive.
            if p > s0 + 2
                && self.is(p, "to")
                && self.is_any(p - 1, FEELINGS)
                && self.cl(p - 2, class::AUX)
            {
                k = p - 2;
                steps += 1;
                continue;
            }
            // "Ann Roy continued to insist that …", "went on to claim": a
            // verb of going on and its infinitive.
            if p > s0 + 1 && self.is(p, "to") {
                let on = self.is(p - 1, "on") && self.is_any(p - 2, &["went", "goes", "go"]);
                if on || self.is_any(p - 1, &["continued", "continues", "continue"]) {
                    k = p - 1 - usize::from(on);
                    steps += 1;
                    continue;
                }
            }
            // "Microsoft no longer wants", "critics have in particular
            // noted": two-word adverbs.
            if p > s0 + 1
                && ((self.is(p, "longer") && self.is(p - 1, "no"))
                    || (self.is(p, "particular") && self.is(p - 1, "in"))
                    || (self.is(p, "ago") && self.is(p - 1, "long")))
            {
                k = p - 1;
                steps += 1;
                continue;
            }
            // "who has at times described …", "have for years argued":
            // a short phrase between "has", "have" or "had" and a finite
            // cue (not "was on the radio saying …").
            let phrase = (k == c && self.cue(c).is_some_and(|x| !x.participle))
                .then(|| {
                    (p.saturating_sub(3).max(s0 + 1)..p)
                        .rev()
                        .find(|&q| self.cl(q, class::PREP))
                })
                .flatten()
                .filter(|&q| {
                    self.is_any(q - 1, &["has", "have", "had"])
                        && (q + 1..=p).all(|x| {
                            self.is_word(x)
                                && !self.is_cap(x)
                                && self.cue(x).is_none()
                                && !self.cl(x, class::PRONOUN | class::AUX | class::CLAUSE)
                        })
                });
            if let Some(q) = phrase {
                k = q;
                steps += 1;
                continue;
            }
            // "…, while at the same time insisting": an adverbial phrase.
            if p > s0 + 3
                && self.is(p, "time")
                && self.is(p - 1, "same")
                && self.is(p - 2, "the")
                && self.is(p - 3, "at")
            {
                k = p - 3;
                steps += 1;
                continue;
            }
            // "has sharply criticized", "they actually believe", "and
            // defiantly offered", "before optimistically predicting",
            // "Reed personally rejected": an -ly word after an auxiliary,
            // a pronoun, a conjunction, a preposition or a name (a longer
            // word: "the Reed family", "a pro-Reed rally" keep their
            // nouns) is an adverb ("the family said" keeps its noun).
            if p > s0
                && self.adverb_ly(p)
                && !self.is_cap(p)
                && self.w(p).len() >= 4
                && (self.cl(
                    p - 1,
                    class::AUX | class::PRONOUN | class::CLAUSE | class::PREP,
                ) || (self.is_cap(p - 1) && self.w(p).len() >= 7)
                    || self.is(p - 1, "and")
                    || self.is(p - 1, "but")
                    || self.is(p - 1, "or")
                    // "Ann Roy (D) relentlessly attacked …": after a
                    // party's label.
                    || self.w(p - 1) == ")"
                    // "…,” he said, apparently referring to …", "Ann Roy, a
                    // close ally, effectively conceded …"
                    || self.bare_comma(p - 1))
            {
                k = p;
                steps += 1;
                continue;
            }
            break;
        }
        (k > s0).then(|| k - 1)
    }

    /// The noun phrase ending at token `k`: a pronoun, a name, or a role
    /// phrase ("the company's chief executive"), with the noun it
    /// postmodifies ("the man in the grey coat", "residents living near
    /// the plant").
    fn backward_np(&self, k: usize, s0: usize) -> Option<(usize, usize)> {
        let (a, b) = self.np_core(k, s0)?;
        // Names joined by "and" longer than a phrase's words: the first
        // name's capitals before the phrase, back to a comma or the
        // clause's start ("Budget Committee Chairman Tom Hale and Finance
        // Committee Ranking Member Lee Park said").
        // (Not in a headline's capitals: "Don't Let The Press And …".)
        let a = if a > s0 && self.is_cap(a - 1) && (a..b).any(|x| self.w(x) == "and") {
            (a.saturating_sub(4).max(s0)..a)
                .rev()
                .take_while(|&x| {
                    self.is_cap(x)
                        && self.region(x).is_none()
                        && !self.quantifier(x)
                        && !self.time_word(x)
                        && !ly_word(self.w(x))
                        && !self.cl(
                            x,
                            class::CLAUSE
                                | class::PREP
                                | class::DET
                                | class::ADVERB
                                | class::PRONOUN
                                | class::AUX,
                        )
                })
                .last()
                .filter(|&h| self.opens_clause(h, s0) || self.bare_comma(h - 1))
                .unwrap_or(a)
        } else {
            a
        };
        // A longer relative clause without commas ends right before the
        // cue: the noun it describes speaks ("Mayor Ann Roy who has led the
        // town board since 1998 said", not "1998").
        if let Some(h) = self.who_clause_head(a, s0) {
            return Some((self.name_list_start(h, b, s0), b));
        }
        if let Some(h) = self.town_and_state(a, b, s0) {
            return Some((h, b));
        }
        // A date is no speaker; the noun before its phrase is ("Roy as
        // recently as March 9 had urged", "A survey published in January
        // found"), or nobody.
        let date = (a..b).all(|x| {
            self.time_word(x)
                || self.toks[x].kind == TokenKind::Number
                || self.is_any(x, &["this", "last", "next", "early", "late", "mid"])
        });
        if date {
            if let Some(np) = self.before_date(a, s0) {
                return Some(np);
            }
        }
        if let Some(named) = self.before_adjuncts(a, s0) {
            return Some(named);
        }
        // A name, then the occasion it speaks on: "Mayor Ann Roy in her
        // first address said" (a preposition and a possessive pronoun
        // after a capitalised word) — the name speaks.
        if let Some(p) = a.checked_sub(1).filter(|&p| p > s0 + 1) {
            if self.is_any(p, &["in", "at", "on", "during"])
                && self.is_any(a, &["his", "her", "their"])
                && self.is_cap(p - 1)
                && self.region(p - 1).is_none()
            {
                if let Some((h, e)) = self.np_core(p - 1, s0) {
                    return Some((self.name_list_start(h, e, s0), e));
                }
            }
        }
        // The object of a relative clause is no speaker either; the noun
        // the clause describes is: "The agency that runs the port said"
        // (not "the port"), "A spokesman for the firm that owns the mine
        // explained".
        let a = match a.checked_sub(3) {
            Some(n)
                if n >= s0
                    && self.is_any(a - 2, &["that", "which", "who"])
                    && (self.present_s(a - 1) || self.past_verb(a - 1))
                    && self.region(a - 2).is_none() =>
            {
                self.np_core(n, s0)
                    .filter(|&(_, e)| e == a - 2)
                    .map_or(a, |(h, _)| h)
            }
            _ => a,
        };
        // (Twice, a determiner or a source's noun opening the outer one:
        // "Some voters at the fair in Dover".)
        let a = self.postmodified(a, s0).map_or(a, |h| {
            self.postmodified(h, s0)
                .filter(|&h2| self.cl(h2, class::DET | class::SOURCE))
                .unwrap_or(h)
        });
        let a = self.coordinated(a, s0).unwrap_or(a);
        // A relative clause's predicate is no speaker; the noun it
        // describes is: "The two senators who represent Ohio expressed
        // …" (not "represent Ohio").
        let a = match a.checked_sub(2) {
            // (Not a source as the clause's subject: "The man who (local)
            // police say fired the shot": police speak; but "The father who
            // contacted police said".)
            // (Also "that" after a name or a role: "the four Senators that
            // represent Ohio".)
            Some(n)
                if n >= s0
                    && (self.is(a - 1, "who")
                        || (self.is(a - 1, "that")
                            && (self.is_cap(n) || self.cl(n, class::SOURCE | class::TITLE))
                            // (Not a cleft: "It was Tom Hale that pilots
                            // blamed".)
                            && !self
                                .np_core(n, s0)
                                .is_some_and(|(h, _)| h > s0 && self.is_be(h - 1))))
                    && b >= a + 2
                    && !self.is_cap(a)
                    && !self.cl(
                        a,
                        class::PRONOUN | class::DET | class::SOURCE | class::TITLE,
                    )
                    && (self.past_verb(a)
                        || self.present_s(a)
                        || !self.cl(b - 1, class::SOURCE | class::TITLE)) =>
            {
                self.np_core(n, s0).map_or(a, |(h, _)| h)
            }
            _ => a,
        };
        Some((self.name_list_start(a, b, s0), b))
    }

    /// Whether the phrase at `a` is a verb's and its object's, after "to"
    /// or an auxiliary: "to pay claims filed by …", "will remove
    /// potentially deadly fumes that …" (not "those who are critics", "a
    /// would-be buyer"; nor a noun after the preposition, "a note to
    /// investors", "heading to work": a plural or an audience, or a
    /// compound's part).
    fn verb_phrase_at(&self, a: usize) -> bool {
        let Some(x) = a.checked_sub(1) else {
            return false;
        };
        let verb = self.is_word(a)
            && !self.is_cap(a)
            && !self.w(a).ends_with('s')
            && !self.cl(a, class::DET | class::PRONOUN | class::AUDIENCE);
        let before = self.is(x, "to")
            || (self.cl(x, class::AUX)
                && !(x >= 1
                    && (self.is_any(x - 1, &["who", "that", "which"]) || self.w(x - 1) == "-")));
        verb && before
    }

    /// The first token of the noun phrase that a relative "who" clause of
    /// three or more words describes, when the phrase at `a` ends that
    /// clause: the clause opens with a verb ("who has", "who chaired"; not
    /// "who police say"), and no punctuation, cue, conjunction or subject
    /// pronoun stands between ("who rose to fame when he yelled"). (Shorter
    /// clauses: [`Self::backward_np`]'s relative rules.)
    fn who_clause_head(&self, a: usize, s0: usize) -> Option<usize> {
        let lo = s0.max(a.saturating_sub(REACH));
        let w = self.relative_before(lo, a, &["who"], |x| {
            (!self.cl(x, class::CLAUSE) || self.cl(x, class::PREP))
                && !self.is_any(x, &["he", "she", "it", "they", "we", "I", "you"])
        })?;
        if w + 2 >= a
            || w <= s0
            || self.is(a, "who")
            || !(self.cl(w + 1, class::AUX) || self.present_s(w + 1) || self.past_verb(w + 1))
        {
            return None;
        }
        let (h, e) = self.np_core(w - 1, s0)?;
        if e != w {
            return None;
        }
        // ("Voters in Dover who …", "Ann Roy and Tom Hale, who …".)
        let h = self.postmodified(h, s0).unwrap_or(h);
        Some(self.coordinated(h, s0).unwrap_or(h))
    }

    /// The first token of the noun phrase a town and its state describe
    /// when the state at `a..b` ends that phrase: "Officials in Dover,
    /// Delaware said", "The mayor of Dover, Delaware said" (not the
    /// state; not a list of names, "Ann Roy, Tom Hale said", nor the
    /// subject after an opening phrase, "In a talk in Toledo, Ann Roy
    /// said").
    fn town_and_state(&self, a: usize, b: usize, s0: usize) -> Option<usize> {
        if !(b <= a + 2
            && a >= s0 + 3
            && self.w(a - 1) == ","
            && self.is_cap(a)
            && self.is_cap(a - 2))
        {
            return None;
        }
        let (start, end) = self.bytes(a, b);
        crate::entity::places::postal::region_named(self.text.get(start..end)?)?;
        let (h, e) = self.np_core(a - 2, s0)?;
        if e != a - 1 {
            return None;
        }
        // (Or the noun before "of": "the mayor of Dover".)
        let of = || {
            let p = h.checked_sub(1).filter(|&p| p > s0 && self.is(p, "of"))?;
            let (n, e) = self.np_core(p - 1, s0)?;
            (e == p && !self.is_cap(p - 1)).then_some(n)
        };
        let inner_of =
            (self.cl(h, class::DET) || !self.is_cap(h)) && (h..a - 2).any(|k| self.is(k, "of"));
        let head = self
            .postmodified(h, s0)
            .or_else(of)
            .or_else(|| inner_of.then_some(h))?;
        // (Not a phrase an opening preposition or conjunction governs:
        // "After talks in Boise, Idaho said …" is Idaho's.)
        (head == s0 || !self.cl(head - 1, class::PREP | class::CLAUSE)).then_some(head)
    }

    /// The noun phrase before the phrase of the date that starts at token
    /// `a`: after "as recently as", "as early as", or a preposition of time
    /// and a participle before it ("published in", "since").
    fn before_date(&self, a: usize, s0: usize) -> Option<(usize, usize)> {
        let mut p = a;
        // (Two dates joined: "in 2000 and 2001".)
        if p >= s0 + 3
            && self.is(p - 1, "and")
            && (self.toks[p - 2].kind == TokenKind::Number || self.time_word(p - 2))
        {
            p -= 2;
        }
        if p >= s0 + 4
            && self.is(p - 1, "as")
            && self.is(p - 3, "as")
            && (self.adverb_ly(p - 2) || self.is_any(p - 2, &["early", "late", "soon", "long"]))
        {
            p -= 3;
        } else if p >= s0 + 2 && self.is_any(p - 1, &["in", "on", "since", "during", "by"]) {
            p -= 1;
            if p >= s0 + 2 && self.past_verb(p - 1) {
                p -= 1;
            }
        } else {
            return None;
        }
        let (mut h, e) = self.np_core(p.checked_sub(1)?, s0)?;
        // (Past a place's phrase or two: "assessments of the site at the
        // Harbor Center in 2001 found" — the assessments.)
        for _ in 0..2 {
            if !(h >= s0 + 2 && self.is_any(h - 1, &["at", "near", "from"])) {
                break;
            }
            // (Not to a name: "Gov. Ann Roy at a town hall in May" is
            // read by `before_adjuncts`.)
            match self.np_core(h - 2, s0) {
                Some((h2, e2))
                    if e2 == h - 1
                        && (!self.is_cap(h2) || self.cl(h2, class::DET) || self.quantifier(h2)) =>
                {
                    h = h2
                }
                _ => break,
            }
        }
        // (A subject: a name, a pronoun or a determiner first, and no
        // preposition before it, "in the wake of the May vote".)
        let subject = (self.is_cap(h) || self.cl(h, class::DET | class::PRONOUN))
            && self.toks[h].kind != TokenKind::Number
            && !(h > s0 && (self.cl(h - 1, class::PREP) || self.is(h - 1, "to")));
        (e == p && h >= s0 && subject).then(|| (self.name_list_start(h, e, s0), e))
    }

    /// Whether token `x` names a time: a day or a month ([`words::is_calendar`])
    /// or a time word ("today", "week").
    fn time_word(&self, x: usize) -> bool {
        words::is_calendar(self.w(x)) || self.cl(x, class::TIME)
    }

    /// Whether the words of `a..b` name a time: "Today", "Last week",
    /// "Two weeks ago", "Minutes later".
    fn time_phrase(&self, a: usize, b: usize) -> bool {
        (a..b).all(|x| {
            !self.is_word(x)
                || self.time_word(x)
                || is_count(self.w(x))
                || self.is_any(x, TIME_UNITS)
                || self.is_any(
                    x,
                    &[
                        "ago", "later", "earlier", "next", "a", "few", "minutes", "moments",
                    ],
                )
        })
    }

    /// A name (or a personal pronoun) before the prepositional phrases of
    /// when and where that end at the phrase starting at `a`: "Ann Roy
    /// (D-Ore.) on Tuesday from the Senate floor expressed …", "Gov. Tom
    /// Hale at a town hall announced …", "A poll in June found …" — the
    /// name speaks, not the floor, the hall or the month. (Not a name's
    /// own phrase, "the Commission on Harbor Safety", nor "The man in the
    /// grey coat", whose noun the phrase describes: see
    /// [`Scan::postmodified`].)
    fn before_adjuncts(&self, a: usize, s0: usize) -> Option<(usize, usize)> {
        const ADJUNCT: &[&str] = &[
            "on",
            "at",
            "in",
            "from",
            "during",
            "before",
            "after",
            "outside",
            "inside",
            "near",
            "via",
            "over",
            "throughout",
            "within",
            "across",
        ];
        // (When: a day, a month, "last week"; where or on what occasion: a
        // phrase with a determiner in lower case, "the Senate floor".)
        let occasion = |x: usize| {
            !self.is_cap(x) && (self.cl(x, class::DET) || self.is_any(x, &["his", "her", "their"]))
        };
        let mut x = a;
        let mut timed = true;
        // (A few phrases at most: the look-back stays bounded.)
        for _ in 0..3 {
            if x < s0 + 2 || !self.is_any(x - 1, ADJUNCT) {
                return None;
            }
            let time_x = self.time_word(x);
            timed &= time_x;
            let (h, e) = self.np_core(x - 2, s0)?;
            if e != x - 1 {
                return None;
            }
            // ("on Tuesday from the floor", "at a Dunmore meeting hall in May":
            // one adjunct after another, the last may name a place.)
            if h >= s0 + 2 && self.is_any(h - 1, ADJUNCT) && (self.time_word(h) || occasion(h)) {
                x = h;
                continue;
            }
            if !(time_x || occasion(x)) || (h > s0 && self.cl(h - 1, class::PREP)) {
                return None;
            }
            // A name opens with a capital (not "the"; "A poll in June"
            // only before a time).
            let pronoun = e == h + 1 && self.cl(h, class::PRONOUN);
            let named = self.is_cap(h)
                && (!self.cl(h, class::DET | class::PRONOUN) || timed)
                && (h > s0 || (h + 1..e).any(|k| self.is_cap(k)) || timed);
            return (named || pronoun).then(|| (self.name_list_start(h, e, s0), e));
        }
        None
    }

    /// Whether token `x` opens a clause of the sentence starting at `s0`:
    /// the sentence's start, just after "that", or after an opening "But",
    /// "And", "So" or "Yet" ("But Roy and her aides said …").
    fn opens_clause(&self, x: usize, s0: usize) -> bool {
        x == s0
            || self.is(x - 1, "that")
            || (x == s0 + 1 && self.is_any(s0, &["but", "and", "so", "yet"]))
    }

    /// Whether token `x` follows the comma after a short phrase opening the
    /// sentence at `s0`: a preposition, a time word or an adverb and at most
    /// four more words, none a cue or quoted ("On Monday,", "In a
    /// statement,", "Separately,").
    fn after_opening_phrase(&self, x: usize, s0: usize) -> bool {
        let Some(comma) = x.checked_sub(1).filter(|&c| c > s0 && self.w(c) == ",") else {
            return false;
        };
        let opener = self.cl(s0, class::PREP | class::TIME | class::ADVERB)
            || (self.w(s0).len() > 4 && self.w(s0).to_ascii_lowercase().ends_with("ly"));
        opener
            && comma - s0 <= 5
            && (s0..comma)
                .all(|k| self.is_word(k) && self.cue(k).is_none() && self.region(k).is_none())
    }

    /// Whether tokens `b..k` continue a list of names whose party labels
    /// are set off by commas (", R-Ala., and Lee Park, R-Ala."): only
    /// commas, labels, capitalised words and an "and"/"or".
    fn labelled_list(&self, b: usize, k: usize) -> bool {
        let label = (b..k).any(|x| matches!(self.w(x), "D" | "R" | "I") && self.w(x + 1) == "-");
        let joined = (b..k).any(|x| self.is_any(x, &["and", "or"]));
        label && joined && k <= b + 16 && (b..k).all(|x| self.list_token(x, false))
    }

    /// Whether token `x` may stand in a list of names outside quotations:
    /// a capitalised word, "and"/"or", a comma, hyphen or period, and with
    /// `brackets` a bracket or a district's number ("(CT-1)").
    fn list_token(&self, x: usize, brackets: bool) -> bool {
        self.region(x).is_none()
            && (self.is_cap(x)
                || self.is_any(x, &["and", "or"])
                || matches!(self.w(x), "," | "-" | ".")
                || (brackets && (matches!(self.w(x), "(" | ")") || self.district_number(x))))
    }

    /// Whether tokens `b..k` continue a list of names set off by commas,
    /// its last after ", and": ", Lee Park (CT-2), and Tom Hale (CT-5)"
    /// — only commas, capitalised words, bracketed labels and the "and".
    fn serial_names(&self, b: usize, k: usize) -> bool {
        self.bare_comma(b)
            && k <= b + 40
            && self.is_cap(b + 1)
            && (b + 1..k).any(|x| self.is_any(x, &["and", "or"]) && self.w(x - 1) == ",")
            && (b..k).all(|x| self.list_token(x, true))
    }

    /// Whether token `x` is a district's number in a name's label: the
    /// 1 of "(CT-1)".
    fn district_number(&self, x: usize) -> bool {
        x > 0 && self.toks[x].kind == TokenKind::Number && self.w(x - 1) == "-"
    }

    /// Whether tokens `b..k` continue a subject with an appositive by a
    /// second name and its own appositive: ", chair of X, and Sen. Lee
    /// Park (D-Vt.), its ranking member" — bare commas, one "and" after
    /// the first appositive's comma, a capitalised noun phrase up to the
    /// next comma, and no verb.
    fn appositive_list(&self, b: usize, k: usize) -> bool {
        if !(self.bare_comma(b) && k <= b + 40) {
            return false;
        }
        let Some(j) = (b + 1..k).find(|&j| self.bare_comma(j)) else {
            return false;
        };
        let second = j + 2;
        let Some(m) = (second..k).find(|&m| self.bare_comma(m)) else {
            return false;
        };
        // (The first appositive short, counted as the speaker's
        // resolution counts it: see `resolve::skip_appositive`.)
        let short = (b + 1..j)
            .filter(|&x| self.is_word(x) && self.toks[x].space_before)
            .count()
            <= APPOSITIVE_WORDS;
        short
            && self.is(j + 1, "and")
            && self.is_cap(second)
            && self
                .backward_np(m - 1, second)
                .is_some_and(|(a, _)| a == second)
            && (b + 1..k).all(|x| {
                self.region(x).is_none() && !self.cl(x, class::AUX) && self.cue(x).is_none()
            })
    }

    /// Whether tokens `b..k` add a co-speaker to the subject before them:
    /// ", along with Sen. Lee Park (D-La.)", ", together with …", ",
    /// joined by …" — a noun phrase with a capital up to the comma at `k`.
    fn along_with(&self, b: usize, k: usize) -> bool {
        let joins = super::resolve::CO_SPEAKER_WORDS
            .iter()
            .any(|&(x, y)| self.is(b + 1, x) && self.is(b + 2, y));
        let second = b + 3;
        self.bare_comma(b)
            && joins
            && k > second
            && k <= b + 16
            && (second..k).any(|x| self.is_cap(x))
            && self
                .backward_np(k - 1, second)
                .is_some_and(|(a, _)| a == second)
    }

    /// A noun in "-s" that spells a cue, in a list: "field notes and
    /// memos" (not "workers complained and …").
    fn list_noun(&self, k: usize) -> bool {
        self.w(k).ends_with('s') && self.is_any(k + 1, &["and", "or"])
    }

    /// Where a subject starts when the noun phrase at `a` is its second
    /// half, joined by "and" to a short first one that opens the clause
    /// (or follows "Both" opening it): a pronoun, a name, "the" and a
    /// name, or a determiner and one or two words ("She and her aides
    /// argue …", "The mayor and the council said …", "Police and fire
    /// officials said …").
    fn coordinated(&self, a: usize, s0: usize) -> Option<usize> {
        let p = a.checked_sub(1)?;
        if p <= s0 || !self.is(p, "and") || self.region(p).is_some() {
            return None;
        }
        // The first half: back to the clause's start (see `opens_clause`),
        // after "Both" opening it, or just after a comma.
        // (At most five words back: a bounded look.)
        let both = |x: usize| x > s0 && self.is(x - 1, "both") && self.opens_clause(x - 1, s0);
        let start = (s0.max(p.saturating_sub(5))..p)
            .rev()
            .find(|&x| self.opens_clause(x, s0) || self.w(x - 1) == "," || both(x))?;
        if (start..p).any(|x| self.region(x).is_some() || self.cue(x).is_some()) {
            return None;
        }
        let n = p - start;
        // (Past three words only a name, up to five words, or "the" and a
        // name: "The Dover School Board and the police said"; an early
        // exit, the tests below ask the same.)
        let capitalised = |x: usize| (x..p).all(|y| self.is_cap(y));
        let name = capitalised(start);
        let det_name = self.is(start, "the") && n >= 2 && capitalised(start + 1);
        if n > 3 && !name && !det_name {
            return None;
        }
        let pronoun = n == 1 && self.cl(start, class::PRONOUN) && !self.is(start, "it");
        // (Not an opening adverb: "Afterward Roy and her aides …",
        // "Separately, …".)
        let first = self.w(start).to_ascii_lowercase();
        let adverb = first.ends_with("ly")
            || first.ends_with("ward")
            || first.ends_with("wards")
            || matches!(
                first.as_str(),
                "meanwhile" | "instead" | "still" | "later" | "earlier" | "now" | "then" | "also"
            );
        let name = name
            && !adverb
            && !self.cl(
                start,
                class::CLAUSE | class::PREP | class::TIME | class::ADVERB,
            );
        // (Not a quantifier and its verb: "Many disagree and critics
        // said …".)
        let det = n == 2
            && self.cl(start, class::DET)
            && !self.quantifier(start)
            && (start + 1..p).all(|x| {
                self.is_word(x)
                    && !self.w(x).ends_with("ed")
                    && !self.cl(
                        x,
                        class::AUX
                            | class::CLAUSE
                            | class::PREP
                            | class::PAST
                            | class::ADVERB
                            | class::PRONOUN
                            | class::OBJECT,
                    )
            });
        let start = if both(start) { start - 1 } else { start };
        (pronoun || name || det || det_name).then_some(start)
    }

    /// Where a list of names ends in the names `[a, b)` joined by "and"
    /// starts: "Ann Roy, Lee Park and Tom Reed said …" (at most four more
    /// names of up to four words each, set off by commas).
    fn name_list_start(&self, a: usize, b: usize, s0: usize) -> usize {
        // (Party labels included: "Tom Reed (D-Vt.), Dan Hale (D-Vt.) and
        // …".)
        let name_part = |x: usize| {
            self.is_cap(x)
                || self.is(x, "and")
                || (x > 0 && self.is(x, "both") && self.w(x - 1) == "(")
                || matches!(self.w(x), "." | "(" | ")" | "-")
                || self.district_number(x)
        };
        let names = (a..b).all(name_part);
        // (The list opens the clause, also after a short opening phrase,
        // "On Monday, Reed, Lind and Hale said"; not the words before an
        // inverted attribution, "The plan helps Ohio, Reed and Lind said.")
        let opens = |x: usize| self.opens_clause(x, s0) || self.after_opening_phrase(x, s0);
        // One more name after a list and ", and": "Sens. Ann Roy and Lee
        // Park, and Rep. Tom Hale said" — the list before speaks too.
        let after_comma_and =
            names && a >= s0 + 3 && self.is(a - 1, "and") && self.bare_comma(a - 2);
        if after_comma_and && self.is_cap(a) {
            let e = a - 2;
            let h = (s0..e).rev().take_while(|&x| name_part(x)).last();
            if let Some(h) = h.filter(|&h| (h..e).any(|x| self.is(x, "and"))) {
                let start = self.name_list_start(h, e, s0);
                let plural = self.is_any(start, &["Sens", "Reps", "Senators", "Representatives"]);
                if plural || opens(start) {
                    return start;
                }
            }
        }
        // A serial list, its last name after ", and": "Ann Roy, Lee Park,
        // and Tom Hale said".
        let ands = (a..b).filter(|&x| self.is(x, "and")).count();
        let serial = after_comma_and && ands == 0;
        if !self.is_cap(a) || !names || !(serial || ands > 0) {
            return a;
        }
        let single_rest = (a..b).filter(|&x| self.is_cap(x)).count() == ands + 1;
        let element = |b: usize| {
            let b = match b.checked_sub(1) {
                Some(c) if c > s0 && self.w(c) == ")" => self.label_open(c, s0)?,
                _ => b,
            };
            // (Up to four words, and "U.S." before them: "U.S. Senators
            // Ann Roy".)
            let a = (b.saturating_sub(8).max(s0)..b)
                .rev()
                .find(|&x| x == s0 || !(self.is_cap(x - 1) || self.w(x - 1) == "."))?;
            if b - self.after_us(a) > 4 {
                return None;
            }
            let opens = !self.cl(a, class::CLAUSE | class::PREP | class::TIME | class::ADVERB)
                && !self.w(a).to_ascii_lowercase().ends_with("ly");
            // (A name: two words, or a known name alone; not an opening
            // word, "Together, Ann Roy and Lee Park said".)
            let lex = Lexicon::get();
            // (A single word opening the sentence may be an adverb:
            // "Soon, Ann Roy and Lee Park said"; not in a list of single
            // surnames, "Smith, Jones and Brown said".)
            let known = lex.surname(self.w(a)) || lex.given(self.w(a)).is_some();
            let name = (a..b).filter(|&x| self.is_word(x)).count() >= 2
                || (known && (a > s0 || single_rest));
            (a < b && opens && name && (a..b).all(|x| self.is_cap(x) || self.w(x) == "."))
                .then_some(a)
        };
        // (The serial list's elements from the comma before its "and".)
        let mut start = if serial { a - 1 } else { a };
        let plural_title = |x: usize| {
            self.is_any(
                self.after_us(x),
                &[
                    "Sens",
                    "Reps",
                    "Govs",
                    "Senators",
                    "Representatives",
                    "Governors",
                ],
            )
        };
        let mut elements = 0;
        for _ in 0..8 {
            let Some(a) = start
                .checked_sub(1)
                .filter(|&c| c > s0 && self.w(c) == "," && self.region(c).is_none())
                .and_then(element)
            else {
                break;
            };
            start = a;
            elements += 1;
            // (A plural title opens the list: "in Ohio, Sens. Ann Roy,
            // …".)
            if plural_title(start) {
                break;
            }
        }
        // (A serial list has two names before its "and" at least: not
        // "Roy met with Park, and Hale said".)
        if serial && elements < 2 {
            return a;
        }
        // (A list after a plural title is one of people wherever it
        // stands: "…, Sens. Ann Roy, Lee Park and Rep. Tom Hale said.")
        let plural_title = start < a && plural_title(start);
        if opens(start) || plural_title {
            return start;
        }
        // The list completes a noun that opens the clause: "Supporters of
        // Ann Roy, Lee Park and Tom Hale said".
        if start < a && start >= s0 + 2 && self.is_any(start - 1, &["of", "for", "by", "with"]) {
            if let Some((h, _)) = self.np_core(start - 2, s0).filter(|&(h, _)| opens(h)) {
                return h;
            }
        }
        a
    }

    /// The token after "U.S." written from token `x`, else `x`.
    fn after_us(&self, x: usize) -> usize {
        let dotted = self.w(x) == "U"
            && self.w(x + 1) == "."
            && self.w(x + 2) == "S"
            && self.w(x + 3) == "."
            && (x + 1..x + 4).all(|k| !self.toks[k].space_before);
        if dotted {
            x + 4
        } else {
            x
        }
    }

    /// Where the noun phrase that a prepositional phrase starting at token
    /// `a` modifies starts, possibly through a participle or an adjective
    /// of ties: "The man [in the grey coat]", "Residents living [near the
    /// plant]", "Officials speaking [on condition of anonymity]", "people
    /// close [to the campaign]". The noun opens with a
    /// determiner, a capital or a plural; a verb, a pronoun or a cue
    /// before the preposition ("said in Paris", "they in …") is none.
    fn postmodified(&self, a: usize, s0: usize) -> Option<usize> {
        const PREPS: &[&str] = &[
            "in", "at", "on", "from", "near", "outside", "inside", "behind", "through", "across",
            "around", "along", "under", "within",
        ];
        // Adjectives that describe a source by its ties: "people close to
        // the campaign", "officials familiar with the talks".
        const TIES: &[&str] = &[
            "close",
            "familiar",
            "loyal",
            "opposed",
            "sympathetic",
            "allied",
            "aligned",
            "connected",
            "knowledgeable",
        ];
        let p = a.checked_sub(1)?;
        if p <= s0 || self.region(p).is_some() {
            return None;
        }
        // ("advisers to the president", "a spokeswoman for the city", "a
        // spokesman with the police": a source noun and the one it speaks
        // for.)
        let tie = ((self.is(p, "to") || self.is(p, "with") || self.is(p, "about"))
            && self.is_any(p - 1, TIES))
            || ((self.is(p, "to") || self.is(p, "for"))
                && self.cl(p - 1, class::SOURCE | class::TITLE))
            || (self.is(p, "with")
                && (self.cl(p - 1, class::TITLE) || self.is_any(p - 1, &["people", "residents"])));
        // ("A memo obtained by the Courier says", "a report issued by the
        // agency": the agent of a participle describing the noun; "a
        // study published in the Journal": where.)
        // (Before "in" a past form only: "women in the village" is no
        // participle.)
        let agent = p > s0 + 1
            && !self.is_cap(p - 1)
            && ((self.is(p, "by") && (self.past_verb(p - 1) || self.w(p - 1).ends_with("en")))
                || (self.is(p, "in") && self.past_verb(p - 1)));
        if !tie && !agent && !self.is_any(p, PREPS) {
            return None;
        }
        let mut q = p - 1;
        let source = self.cl(q, class::SOURCE | class::TITLE);
        // (A tie is stepped over though it spells a cue: "Lawmakers
        // opposed to the governor said".)
        let tie_word = tie && !source;
        if (tie_word || agent || self.ing_form(q)) && q > s0 && (tie_word || self.cue(q).is_none())
        {
            q -= 1;
        }
        // "No one at the agency said" ("one" alone is a determiner).
        if self.is(q, "one") && q > s0 && self.is(q - 1, "no") {
            return Some(q - 1);
        }
        if self.region(q).is_some()
            || !self.is_word(q)
            || self.cue(q).is_some()
            || self.past_verb(q)
            || self.cl(
                q,
                class::CLAUSE
                    | class::PREP
                    | class::AUX
                    | class::PRONOUN
                    | class::OBJECT
                    | class::TIME
                    | class::ADVERB
                    | class::DET,
            )
        {
            return None;
        }
        let (h, _) = self.np_core(q, s0)?;
        // A short phrase, up to six words ("A new survey of river towns
        // in …"): a long run of words is a clause ("the agencies send out
        // requests for proposals from …").
        if q - h > 5 {
            return None;
        }
        // (A plural head after a noun of its kind too: "protest
        // organizers in Toledo".)
        let noun_like = self.cl(h, class::DET | class::SOURCE)
            || self.is_cap(h)
            || (self.w(q).ends_with('s')
                && (h..q).all(|x| {
                    !self.is_cap(x) && !self.ing_form(x) && !self.cl(x, class::ADVERB | class::TIME)
                }));
        noun_like.then_some(h)
    }

    /// A quantifier or a small number that may stand for people.
    fn quantifier(&self, k: usize) -> bool {
        self.is_any(k, QUANTIFIERS) || self.is_any(k, NUMBER_WORDS)
    }

    /// The first token of an academic degree ending with the period at
    /// `k` and set off by a comma after a capitalised word ("Roy, M.D.",
    /// "Hale, Ph.D."), if there is one.
    fn degree_at(&self, k: usize, s0: usize) -> Option<usize> {
        if self.w(k) != "." || self.region(k).is_some() {
            return None;
        }
        let first = (k.saturating_sub(8).max(s0 + 2)..=k)
            .rev()
            .take_while(|&j| j == k || !self.toks[j + 1].space_before)
            .last()?;
        if self.toks[k].space_before || !self.toks[first].space_before {
            return None;
        }
        if self.w(first - 1) != "," || !self.is_cap(first - 2) {
            return None;
        }
        // (Listed, with periods: "Chappaqua, N.Y." has the shape.)
        let w = self
            .text
            .get(self.toks[first].start()..self.toks[k].start())?;
        (w.contains('.') && Lexicon::get().post_nominal(w)).then_some(first)
    }

    /// [`backward_np`](Scan::backward_np) without the postmodified noun.
    fn np_core(&self, k: usize, s0: usize) -> Option<(usize, usize)> {
        // "Sen. Ann Fox (D-Ore.) said": the phrase before the parenthesis.
        if self.w(k) == ")" && self.region(k).is_none() {
            let lo = k.saturating_sub(8).max(s0);
            let open = (lo..k).rev().find(|&x| self.w(x) == "(")?;
            if open <= s0 || self.w(open - 1) == ")" {
                return None;
            }
            return self.np_core(open - 1, s0).map(|(a, _)| (a, k + 1));
        }
        // "John Smith Jr. said", "Acme Inc. said": a name ends with its
        // suffix.
        if self.w(k) == "."
            && k > s0
            && !self.toks[k].space_before
            && self.region(k).is_none()
            && (Lexicon::get().suffix(self.w(k - 1)) || words::keeps_period(self.w(k - 1)))
        {
            // ("Tom Reed, Jr. (D-N.J.) said": the suffix set off by a comma.)
            let set_off = k >= s0 + 3
                && Lexicon::get().suffix(self.w(k - 1))
                && self.w(k - 2) == ","
                && self.is_cap(k - 3);
            let name_end = if set_off { k - 3 } else { k - 1 };
            return self.np_core(name_end, s0).map(|(a, _)| (a, k + 1));
        }
        // "Ann Roy, M.D. (R-Tenn.) said", "Tom Hale, Ph.D. said": a degree
        // set off by a comma ends the name.
        if let Some(first) = self.degree_at(k, s0) {
            return self.np_core(first - 2, s0).map(|(a, _)| (a, k + 1));
        }
        // "27% say": a share.
        if k > s0 && self.percent_sign(k) && self.region(k).is_none() {
            return Some((k - 1, k + 1));
        }
        if self.region(k).is_some() || !self.is_word(k) {
            return None;
        }
        if self.cl(k, class::PRONOUN) {
            // "It’s estimated that …", "it's been reported": an empty
            // subject and "is" or "has", no speaker (but "It’s said …" may
            // be an agency's words).
            let expletive = contraction_stem(self.w(k))
                .is_some_and(|stem| ["it", "there"].iter().any(|e| stem.eq_ignore_ascii_case(e)))
                && {
                    let mut next = k + 1;
                    while self.cl(next, class::ADVERB) && next < k + 3 {
                        next += 1;
                    }
                    self.is(next, "been") || (self.past_verb(next) && !self.is(next, "said"))
                };
            return (!expletive).then_some((k, k + 1));
        }
        // A lower-case word right after an auxiliary is a verb, not a
        // speaker: "will receive promised funds", "has taken repeated
        // steps", "didn't admit".
        // (Not inside a compound, "a would-be buyer", nor after a relative
        // pronoun, "those who are critics".)
        let compound = k >= 2 && self.w(k - 2) == "-" && !self.toks[k - 1].space_before;
        let relative = k >= 2 && self.is_any(k - 2, &["who", "that", "which"]);
        if !self.is_cap(k)
            && (negated_aux(self.w(k))
                || (k > s0
                    && !compound
                    && !relative
                    && (self.cl(k - 1, class::AUX) || negated_aux(self.w(k - 1)))))
        {
            return None;
        }
        // A quantifier standing for people, opening its clause: "Most said
        // …", "…, although several oppose …", "Yet another said …", "Two
        // said …" (not "the most telling promise", "Reed's most pointed
        // critics").
        let opens_clause = |k: usize| {
            k <= s0
                || !self.is_word(k - 1)
                || self.cl(k - 1, class::CLAUSE)
                || self.is(k - 1, "yet")
        };
        // ("most recently offered": an adverb.)
        let superlative = self.is(k, "most") && self.w(k + 1).ends_with("ly");
        if opens_clause(k) && !superlative && self.quantifier(k) {
            return Some((k, k + 1));
        }
        // "Most of them said", "Two of us say", "the rest of them said":
        // the quantity, not the pronoun.
        if k >= s0 + 2 && self.is_any(k, &["them", "us", "you", "those"]) && self.is(k - 1, "of") {
            let q = k - 2;
            if self.quantifier(q) || self.is(q, "all") {
                return opens_clause(q).then_some((q, k + 1));
            }
            return self
                .np_core(q, s0)
                .filter(|&(a, _)| !self.cl(a, class::PRONOUN | class::CLAUSE))
                .map(|(a, _)| (a, k + 1));
        }
        // A relative pronoun after a noun or an appositive comma: "voters
        // who said …", "Ann Roy, who said …".
        if (self.is(k, "who") || self.is(k, "which"))
            && k > s0
            && (self.is_word(k - 1) || self.bare_comma(k - 1))
        {
            return Some((k, k + 1));
        }
        if (self.cl(
            k,
            class::CLAUSE | class::PREP | class::AUX | class::DET | class::OBJECT | class::ADVERB,
        ) && !self.aux_name(k, s0))
            || self.cue(k).is_some()
            // ("Having said that, …": a perfect participle, no one.)
            || self.is(k, "having")
        {
            return None;
        }
        // A past-tense verb is no speaker: the phrase ends before it ("The
        // report released on Monday found", "The report has prompted calls
        // for …"), unless an article makes it a noun ("the accused").
        if !self.is_cap(k) && self.past_verb(k) && !(k > s0 && self.cl(k - 1, class::DET)) {
            let before = k > s0 + 1 && !self.past_verb(k - 1) && !self.cl(k - 1, class::ADVERB);
            return if before {
                self.np_core(k - 1, s0)
            } else {
                None
            };
        }
        let mut a = k;
        let mut words = 1;
        // Bounded in tokens too: runs of glued punctuation cost no words.
        let floor = k.saturating_sub(3 * REACH).max(s0);
        while a > floor && words < 9 {
            let p = a - 1;
            if self.region(p).is_some() {
                break;
            }
            let t = &self.toks[p];
            if t.kind == TokenKind::Punct {
                // A nickname's marks: `R.J. "Dusty" Hale said`.
                if self.is_cap(p) {
                    a = p;
                    continue;
                }
                let s = self.w(p);
                let glued = !t.space_before && !self.toks[a].space_before;
                if (s == "\u{2019}" || s == "'") && !t.space_before {
                    a = p;
                    continue;
                }
                if (s == "-" || s == "&" || s == "/") && glued {
                    a = p;
                    continue;
                }
                if s == "&" {
                    a = p;
                    continue;
                }
                // "a State Budget Office (SBO) report found": an
                // acronym in brackets inside the phrase.
                if s == ")" && p >= s0 + 3 && self.acronym_brackets(p - 2) {
                    a = p - 2;
                    continue;
                }
                // "Sen. Tom Reed (D-Vt.) and Sen. Eva Lind said": a party
                // label inside a list of names.
                if s == ")" && self.is(a, "and") {
                    let open = self.label_open(p, s0).filter(|&x| self.is_cap(x - 1));
                    if let Some(open) = open {
                        a = open;
                        continue;
                    }
                }
                // "19% of riders said": a share.
                if p > s0 && self.percent_sign(p) {
                    a = p - 1;
                    words += 1;
                    continue;
                }
                // "Sen." or a web address ("Example.com said").
                if s == "."
                    && p > s0
                    && !t.space_before
                    && (is_abbreviation(self.w(p - 1))
                        || (!self.toks[a].space_before && self.is_word(p - 1)))
                {
                    a = p;
                    continue;
                }
                break;
            }
            // "Barbara A. Mikulski": a capital letter and its period are an
            // initial, not the article "a".
            let initial =
                self.w(p) == "A" && self.w(p + 1) == "." && !self.toks[p + 1].space_before;
            if self.cl(p, class::DET) && !initial {
                a = p;
                // "The two judges", "All three judges", "the other two
                // judges": a count is one determiner of two or three.
                const BEFORE_COUNT: &[&str] = &["all", "other", "first", "last", "next"];
                let mut d = p;
                if p > s0 && is_count(self.w(p)) {
                    while d > s0
                        && p - d < 2
                        && (self.cl(d - 1, class::DET) || self.is_any(d - 1, BEFORE_COUNT))
                        && !self.is(d - 1, "in")
                    {
                        d -= 1;
                    }
                    a = d;
                }
                // "a spokeswoman for the agency", "One of the two judges":
                // the phrase goes on.
                let of = d > s0 + 1 && (self.is(d - 1, "of") || self.is(d - 1, "for"));
                if of && self.is_word(d - 2) && self.region(d - 2).is_none() {
                    continue;
                }
                // "One in three voters said": a share.
                if p >= s0 + 2 && self.one_in(p - 1) {
                    a = p - 2;
                }
                break;
            }
            let label_before = |x: usize| {
                self.w(x) == ")" && self.label_open(x, s0).is_some_and(|o| self.is_cap(o - 1))
            };
            if self.is(p, "and")
                && self.is_cap(a)
                && p > s0
                && (self.is_cap(p - 1) || label_before(p - 1))
            {
                a = p;
                continue;
            }
            // "teachers and union officials": sources joined by "and".
            if self.is(p, "and")
                && p > s0
                && (a..=k).any(|x| self.cl(x, class::SOURCE))
                && self.is_word(p - 1)
                && !self.is_cap(p - 1)
                && self.w(p - 1).ends_with('s')
                && self.region(p - 1).is_none()
                && self.cue(p - 1).is_none()
                && !self.cl(
                    p - 1,
                    class::AUX | class::CLAUSE | class::PRONOUN | class::OBJECT,
                )
            {
                a = p;
                continue;
            }
            // ("a spokeswoman for the agency", "research conducted for
            // the center"; not the object of a relative clause's verb:
            // "groups which once pleaded for those tolls now oppose".)
            let relative_verb = p > s0 + 1 && self.past_verb(p - 1) && {
                let mut r = p - 2;
                while r > s0 && self.cl(r, class::ADVERB) {
                    r -= 1;
                }
                self.is_any(r, &["which", "who"])
            };
            if self.cl(p, class::PREP) && (self.is(p, "of") || self.is(p, "for")) && !relative_verb
            {
                a = p;
                continue;
            }
            // "One in three voters said": a share.
            if p > s0 && self.one_in(p) {
                a = p - 1;
                words += 1;
                continue;
            }
            let in_name = p > s0 && self.time_word_in_name(p - 1, p, a);
            // ("The 43-year-old said": a word joined by a hyphen to the
            // next is part of a compound.)
            let compound = self.w(p + 1) == "-" && !self.toks[p + 1].space_before;
            if !in_name
                && !compound
                && (self.cl(
                    p,
                    class::CLAUSE
                        | class::PREP
                        | class::AUX
                        | class::PRONOUN
                        | class::OBJECT
                        | class::TIME,
                ) || self.cue(p).is_some())
            {
                break;
            }
            // "At the hearing Ann Roy said": a phrase opening the sentence
            // without its comma is no part of the name after it.
            // (Not a word of the name's title: "As former Gov. Ann Roy
            // said".)
            if self.is_cap(a)
                && self.is_word(p)
                && !self.is_cap(p)
                && p > s0
                && self.cl(s0, class::PREP)
                && (!self.cl(p, class::TITLE | class::SOURCE) || self.cl(a, class::TITLE))
                && Lexicon::get()
                    .title_word(self.w(p), &mut String::new())
                    .is_none()
                && !self.w(p).starts_with(|c: char| c.is_ascii_digit())
                && (s0 + 1..=p).all(|x| {
                    ((self.is_word(x) && !self.is_cap(x)) || self.toks[x].kind == TokenKind::Number)
                        && !self.cl(x, class::PREP)
                })
            {
                break;
            }
            // "Voters heard Ann Roy say": a past-tense verb between a word
            // and a name ends the phrase (not an adjective, "…,” retired
            // Gen. Ann Roy said", "a group of disaffected Britons", nor a
            // naming participle, "a staffer named Ann Roy").
            if self.past_verb(p)
                && self.is_cap(a)
                && p > s0
                && self.is_word(p - 1)
                && !self.cl(p - 1, class::DET | class::PREP)
                && !self.is_any(p, &NAMING)
            {
                break;
            }
            a = p;
            words += 1;
        }
        // (A phrase cut by the count of words inside an initialism takes
        // the rest of it: "U.S. Senate Harbor and Ferry Committee
        // Republican leader Tom Hale", not "S. Senate …".)
        let letter_dot = |x: usize| {
            x >= floor + 2
                && self.w(x - 1) == "."
                && !self.toks[x - 1].space_before
                && self.w(x - 2).len() == 1
                && self.is_cap(x - 2)
        };
        // (Its last letter and period right before the phrase's first
        // word, or the phrase opening inside it.)
        if words >= 9 && letter_dot(a) && (self.toks[a].space_before || self.w(a).len() == 1) {
            a -= 2;
            while letter_dot(a) && !self.toks[a].space_before {
                a -= 2;
            }
        }
        while a < k
            && (self.is_punct(a) || self.is(a, "of") || self.is(a, "for") || self.is(a, "and"))
        {
            a += 1;
        }
        // One lower-case word that names no one: a gerund ("after being
        // asked"), an adverb or a function word ("It very simply says").
        let lone = a == k
            && !self.is_cap(k)
            && (self.w(k).ends_with("ing")
                || self.is_any(
                    k,
                    &[
                        "like",
                        "very",
                        "almost",
                        "sure",
                        "thereby",
                        "including",
                        "no",
                        "any",
                    ],
                ));
        (!lone).then_some((a, k + 1))
    }

    /// The noun phrase starting at token `j` (after an inverted cue or
    /// "according to").
    fn forward_np(&self, j: usize, e: usize) -> Option<(usize, usize)> {
        if j >= e || self.region(j).is_some() {
            return None;
        }
        if self.cl(j, class::PRONOUN) {
            return Some((j, j + 1));
        }
        // "Under Secretary Dorr": a capitalised preposition opening a title.
        let title = self.is_cap(j) && self.is_cap(j + 1) && self.cl(j + 1, class::TITLE);
        if (self.cl(
            j,
            class::PREP | class::CLAUSE | class::AUX | class::AUDIENCE,
        ) && !title)
            || self.cue(j).is_some()
        {
            return None;
        }
        let mut b = j;
        if self.cl(j, class::DET) {
            b += 1;
        }
        let mut words = 0;
        let ceil = e.min(j + 3 * REACH);
        while b < ceil && words < 10 {
            if self.region(b).is_some() {
                break;
            }
            let t = &self.toks[b];
            if t.kind == TokenKind::Punct {
                // A nickname's marks: `said R.J. "Dusty" Hale`.
                if self.is_cap(b) {
                    b += 1;
                    continue;
                }
                let s = self.w(b);
                let glued =
                    !t.space_before && self.toks.get(b + 1).is_some_and(|n| !n.space_before);
                if (s == "\u{2019}" || s == "'") && !t.space_before {
                    b += 1;
                    continue;
                }
                if (s == "-" || s == "/") && glued {
                    b += 1;
                    continue;
                }
                if s == "&" {
                    b += 1;
                    continue;
                }
                if s == "." && b > j && !t.space_before && is_abbreviation(self.w(b - 1)) {
                    b += 1;
                    continue;
                }
                if let Some(k) = (s == ",").then(|| self.town_title(j, b)).flatten() {
                    b = k;
                    continue;
                }
                break;
            }
            if self.cl(b, class::PREP) && !(b == j && title) {
                let of = self.is(b, "of") || self.is(b, "for");
                if of && (self.is_cap(b + 1) || self.cl(b + 1, class::DET)) {
                    b += 1;
                    continue;
                }
                // "a woman from Dover", "a nurse at Mercy Hospital": where a
                // common noun's person is from, a plain name that ends the
                // phrase; not when the words were said ("a spokesman in
                // March"), nor a name cut short ("at St. Mary's", "from
                // Winston-Salem") or a modifier ("at Acme headquarters").
                let common = b > j && self.is_word(b - 1) && !self.is_cap(b - 1);
                if common
                    && self.is_any(b, &["from", "at"])
                    && self.is_cap(b + 1)
                    && !self.is(b + 1, "the")
                {
                    let end = (b + 1..e.min(b + 5))
                        .find(|&m| !(self.is_cap(m) && self.is_word(m)) || self.region(m).is_some())
                        .unwrap_or(b + 1);
                    let when = |m: usize| {
                        self.cl(m, class::TIME | class::MEDIUM) || words::is_calendar(self.w(m))
                    };
                    let ends = end >= e
                        || matches!(self.w(end), "," | ";")
                        || self.is(end, "who")
                        || (self.is_final(end) && !is_abbreviation(self.w(end - 1)));
                    if end > b + 1 && end <= b + 4 && ends && !(b + 1..end).any(when) {
                        b = end;
                    }
                }
                break;
            }
            if self.is(b, "and") && words > 0 && self.is_cap(b - 1) && self.is_cap(b + 1) {
                b += 1;
                continue;
            }
            let in_name = b > j && self.time_word_in_name(b - 1, b, b + 1);
            if !in_name
                && (self.cl(b, class::CLAUSE | class::AUX | class::TIME | class::PRONOUN)
                    || self.cue(b).is_some())
            {
                break;
            }
            b += 1;
            words += 1;
        }
        while b > j && (self.is_punct(b - 1) || self.cl(b - 1, class::PREP | class::DET)) {
            b -= 1;
        }
        if words == 0 || b <= j {
            return None;
        }
        Some((j, b))
    }

    /// Where the title after a town and its state starts, when the
    /// capitalised words `[j, comma)` are the town: "Harbor City, Maryland
    /// Mayor Ann Roy", "Dover, Del., Mayor Ann Roy" (the state in one or
    /// two words, its abbreviation's period and comma, then a title in
    /// capitals and a capitalised word).
    fn town_title(&self, j: usize, comma: usize) -> Option<usize> {
        // (Not a person's name before an apposed one: "said Ann Roy,
        // Acme Chief Executive Tom Hale", "said Varn, Acme …".)
        if comma == j
            || comma > j + 3
            || !(j..comma).all(|x| self.is_cap(x) && self.is_word(x))
            || Lexicon::get().given(self.w(j)).is_some()
        {
            return None;
        }
        if self.person_in(j, comma) {
            return None;
        }
        let mut k = comma + 1;
        let state = k;
        while k < state + 2 && self.is_cap(k) && self.is_word(k) && !self.cl(k, class::TITLE) {
            k += 1;
        }
        if k == state {
            return None;
        }
        if self.w(k) == "." {
            k += 1;
        }
        if self.w(k) == "," {
            k += 1;
        }
        (self.cl(k, class::TITLE)
            && self.is_cap(k)
            && self.is_cap(k + 1)
            && self.region(k).is_none())
        .then_some(k)
    }

    /// Whether an inverted speaker phrase ending before `b` closes its
    /// clause: the sentence ends, or a comma, preposition, time word or
    /// relative clause follows.
    fn ends_clause(&self, b: usize, e: usize) -> bool {
        b >= e
            || (self.is_punct(b) && self.opens(b).is_none() && !self.is_dash(b))
            || self.cl(b, class::PREP | class::TIME)
            || self.is(b, "who")
    }

    /// Where the content after the cue at `c` starts, or `None` when the
    /// cue has no content after it ("X said on Monday.").
    fn complement_start(&self, c: usize, e: usize, cue: Cue) -> Option<usize> {
        // (After the words of a phrase cue: "made it clear that …".)
        let mut j = c + cue.words() + usize::from(self.put_it(c));
        // (A semicolon closes the clause: "the types of bonds offered; the
        // main buyers; …" has no content.)
        if self.is(j, ";") {
            return None;
        }
        // A particle belongs to the verb ("pointed out", "called on"), but
        // "said on …" opens a phrase: "on" is a particle of object cues only.
        if j < e
            && (matches!(self.w(j), "out" | "back" | "up")
                || (cue.np && self.is(j, "on"))
                || (cue.to && self.is(j, "to")))
            && !self.cl(j + 1, class::TIME)
        {
            j += 1;
        }
        // "talked to the mayor at the fair": the one talked to is no
        // content; what follows "about" is ("talks to Ann Roy about
        // bullying").
        let talk = || {
            self.is_any(
                c,
                &[
                    "talked", "talking", "talks", "talk", "spoke", "speaks", "speaking",
                ],
            )
        };
        // (After "to" a name, a determiner, a pronoun or a plural, not a
        // verb: "spoke to accept the nomination".)
        let addressee = |k: usize| {
            let w = self.w(k);
            self.is_cap(k)
                || self.cl(k, class::DET | class::PRONOUN)
                || (self.is_word(k) && w.ends_with('s') && !w.ends_with("ss"))
        };
        if (self.is(j, "with") || (self.is(j, "to") && addressee(j + 1))) && talk() {
            return (j + 2..e.min(j + 12))
                .take_while(|&k| !self.is_punct(k) && self.region(k).is_none())
                .find(|&k| self.is(k, "about"))
                .map(|k| k + 1);
        }
        // "would not confirm or deny that …", "neither confirmed nor denied
        // that …": a second verb of speech shares the content.
        if self.is_any(j, &["or", "nor"]) && self.cue(j + 1).is_some() && j + 1 < e {
            j += 2;
        }
        // The first word after the verb (and its particle).
        let mut bare = j;
        if cue.obj && j < e {
            // "told pollsters they …": a plural noun and a pronoun after it.
            // (Not "asked questions they could not answer".)
            let plural_audience = || {
                let w = self.w(j);
                !self.is_any(c, ASK_FORMS)
                    && w.len() > 3
                    && w.ends_with('s')
                    && self.is_word(j)
                    && !self.is_cap(j)
                    && self.region(j).is_none()
                    && self.cue(j).is_none()
                    && !self.cl(j, u16::MAX)
                    && self.cl(j + 1, class::PRONOUN)
            };
            if self.cl(j, class::AUDIENCE) || plural_audience() {
                j += 1;
            } else if self.is_cap(j) && !self.cl(j, class::PRONOUN) {
                while j < e
                    && (self.is_cap(j)
                        || (self.is_punct(j)
                            && matches!(self.w(j), "\u{2019}" | "'" | "." | "&" | "-")
                            && !self.toks[j].space_before))
                {
                    j += 1;
                }
                if self.is(j, "s") {
                    j += 1;
                }
                // "told Sen. Ann Roy (D-Ore.) that …": the name's party
                // label.
                if let Some(end) = self.label_end(j, e.min(j + 10)) {
                    j = end;
                }
                // "asked Tom Hale to give …": the one asked and what, as
                // after "asked the secretary to give …".
                // (Not "asked Tom Hale to the dance".)
                if self.is(j, "to")
                    && self.is_word(j + 1)
                    && !self.is_cap(j + 1)
                    && !self.cl(j + 1, class::DET | class::PRONOUN)
                {
                    j = bare;
                }
            } else if self.cl(j, class::DET) {
                let lim = e.min(j + 8);
                // ("told a crowd at a fair in Dover, Ohio, on Monday that …": the
                // commas of a place name.)
                if let Some(m) = self.that_after_phrase(j, e) {
                    j = m;
                } else if let Some(m) = (j..lim).find(|&m| {
                    self.is(m, "that")
                        || matches!(self.w(m), ":" | ",")
                        || self.opens(m).is_some()
                        || self.about_question(c, m)
                }) {
                    j = m;
                } else if let Some(m) = (j + 2..e.min(j + 5))
                    .take_while(|&m| self.is_word(m) && self.region(m).is_none())
                    .find(|&m| {
                        self.cl(m, class::PRONOUN | class::DET)
                            // ("told the paper Ann Roy had resigned": a
                            // name after the addressee's noun.)
                            || (self.is_cap(m) && !self.is_cap(m - 1))
                    })
                {
                    // "told the paper he did not …": a short addressee,
                    // then a clause with a pronoun for its subject; "told
                    // the council the bridge would reopen": or with a
                    // noun or a name, when an auxiliary or a past tense
                    // follows it.
                    let plain = (j + 1..m).all(|x| {
                        self.cue(x).is_none()
                            && !self.cl(x, class::AUX | class::CLAUSE | class::PREP)
                    });
                    let clause = if self.cl(m, class::PRONOUN) {
                        self.verb_near(m + 1, e.min(m + 4), true)
                    } else {
                        // (A noun's verb comes after its determiner and
                        // noun; a name's may come right after it.)
                        let from = if self.is_cap(m) { m + 1 } else { m + 2 };
                        (from..e.min(m + 5))
                            .take_while(|&k| self.w(k) != "," && self.region(k).is_none())
                            .any(|k| self.cl(k, class::AUX) || self.past_verb(k))
                    };
                    if plain && clause {
                        j = m;
                    }
                }
            }
            // "told POLITICO, however, that …": an adverb set off by
            // commas.
            if self.w(j) == ","
                && self.cl(j + 1, class::ADVERB)
                && self.w(j + 2) == ","
                && self.is(j + 3, "that")
            {
                j += 3;
            }
            // The addressee may run on past its first words: "told radio
            // host Ann Roy that …", "told the paper’s “Morning Desk” that
            // …": a "that" a few words on starts the content.
            if !self.is(j, "that") {
                if let Some(m) = self.that_after_phrase(j, e) {
                    j = m;
                }
            }
        }
        // "asked Tom Hale about what the agency will do": the question
        // after "about".
        if self.about_question(c, j) {
            j += 1;
        }
        let mut that = false;
        let mut rounds = 0;
        while j < e && rounds < 3 {
            rounds += 1;
            // ("said again during the debate that …": an adverb before
            // the phrase.)
            let adverb = !cue.np
                && ((self.cl(j, class::ADVERB)
                    && self.cl(j + 1, class::PREP)
                    && !self.is(j + 1, "to"))
                    // "has said repeatedly that …"
                    || (self.adverb_ly(j) && !self.is_cap(j) && self.is(j + 1, "that")));
            // "said early that morning that …": an adverb and a time
            // phrase, all before the clause.
            let time_phrase = adverb
                && (self.that_time(j + 1) || words::is_calendar(self.w(j + 2)))
                && (self.is(j + 3, "that") || self.w(j + 3) == "," || self.is_final(j + 3));
            if time_phrase {
                j += 3;
                continue;
            }
            if (self.cl(j, class::TIME) || adverb) && !self.cl(j, class::DET) {
                if adverb && bare == j {
                    // ("said repeatedly that was not true": the adverb is
                    // no addressee before a subject "that".)
                    bare = j + 1;
                }
                j += 1;
                continue;
            }
            // "said — in a radio interview, no less — that …": a phrase between
            // dashes.
            if let Some(close) = self.dash_pair_after(j, e) {
                j = close + 1;
                continue;
            }
            // "told voters this weekend he …"
            if self.cl(j, class::TIME | class::DET) && self.cl(j + 1, class::TIME) {
                j += 2;
                continue;
            }
            if self.is(j, "on") && self.cl(j + 1, class::TIME) {
                j += 2;
                continue;
            }
            // (A preposition of place, time or means is no object's: "the
            // cuts proposed in the review", "research supported through
            // the grant"; it is read as after other verbs, below, unless
            // the object follows the short phrase: "called in March for an
            // audit", "declined in a statement to comment".)
            const GOVERNED: [&str; 9] = [
                "of", "for", "on", "about", "against", "at", "into", "toward", "towards",
            ];
            if cue.np && self.cl(j, class::PREP) && !self.is(j, "to") {
                let after = || {
                    (j + 2..e.min(j + 6))
                        .take_while(|&m| {
                            self.is_word(m) && self.region(m).is_none() && self.cue(m).is_none()
                        })
                        .find(|&m| self.is_any(m, &["for", "to", "about", "against"]))
                };
                if cue.amount {
                    // (A verb of amounts reports only its infinitive after
                    // the phrase: "declined in a statement to comment"; not
                    // "declining over time for aid", "declined for years".)
                    j = after().filter(|&m| self.is(m, "to"))?;
                    break;
                }
                if self.is_any(j, &GOVERNED) {
                    // "accused of …", "called for …": the object follows.
                    j += 1;
                    break;
                }
                if let Some(m) = after() {
                    j = if self.is(m, "to") { m } else { m + 1 };
                    break;
                }
            }
            if self.is(j, "to") && !cue.np {
                // "admitted to the local paper that …": an addressee, then
                // the clause.
                let lim = e.min(j + 8);
                let that = (j + 1..lim)
                    .take_while(|&m| {
                        self.region(m).is_none() && !matches!(self.w(m), "," | ":" | ";")
                    })
                    .find(|&m| self.is(m, "that"));
                if let Some(m) = that {
                    j = m;
                }
                break;
            }
            if !cue.np && self.amount(j) && self.verb_near(j + 2, e.min(j + 8), false) {
                break;
            }
            if self.cl(j, class::PREP) && !self.is(j, "to") {
                // "said on the program “Night Desk” that …": a title in marks
                // is part of the phrase.
                if let Some(m) = self.that_after_phrase(j, e) {
                    j = m;
                    break;
                }
                // "said after the convention he would …": a short phrase,
                // then a clause opening with a subject pronoun.
                let lim = e.min(j + 6);
                let subject = (j + 1..lim)
                    .take_while(|&m| {
                        self.is_word(m)
                            && self.region(m).is_none()
                            && self.cue(m).is_none()
                            && !self.cl(m, class::AUX | class::CLAUSE)
                    })
                    .find(|&m| m > j + 1 && self.cl(m, class::PRONOUN) && !self.is(m, "it"));
                if let Some(m) = subject {
                    j = m;
                    break;
                }
                // "said in a statement the plan was …": a medium, then a
                // clause whose subject opens with a determiner and whose
                // verb is a form of "be" ("will be", "would not"). (Not
                // another verb, which may end a relative clause describing
                // the medium: "in a letter the board had sent", "in a
                // statement the company would later retract".)
                let medium = (j + 1..e.min(j + 4))
                    .take_while(|&m| self.is_word(m) && self.region(m).is_none())
                    .find(|&m| self.cl(m, class::MEDIUM));
                if let Some(m) = medium.filter(|&m| self.cl(m + 1, class::DET)) {
                    let aux = (m + 2..e.min(m + 5))
                        .take_while(|&k| self.is_word(k) && self.region(k).is_none())
                        .find(|&k| self.cl(k, class::AUX | class::CLAUSE));
                    let be = |k: usize| {
                        self.is_any(k, &["is", "was", "are", "were"])
                            || (self.cl(k, class::AUX) && self.is_any(k + 1, &["be", "not"]))
                    };
                    if aux.is_some_and(|k| self.cl(k, class::AUX) && be(k)) {
                        j = m + 1;
                        break;
                    }
                }
                let lim = e.min(j + REACH);
                let stop = (j + 1..lim).find(|&m| {
                    self.is(m, "that")
                        || matches!(self.w(m), "," | ":")
                        || self.opens(m).is_some()
                        || self.is_final(m)
                });
                match stop {
                    Some(m) if !self.is_final(m) => {
                        j = m;
                        break;
                    }
                    _ => return None,
                }
            }
            break;
        }
        if j >= e {
            return None;
        }
        match self.w(j) {
            ":" => j += 1,
            "," => {
                // "said, in a statement, that …", "said in a statement,
                // that …", "said, in a statement, “…”": a phrase set off by
                // commas, then the clause or the quotation.
                // (Not "…, she said, that …" right after the verb: there
                // the words before speak, "that" opening an extraposed
                // clause of theirs.)
                // (Nor after a parenthetical attribution: "It helps, she
                // said on the radio, that …".)
                let parenthetical = self.after_clause(c);
                let aside_end = if parenthetical {
                    None
                } else if self.is(j + 1, "that") {
                    (j > bare).then_some(j)
                } else {
                    (j + 2..e.min(j + 10))
                        .take_while(|&m| {
                            self.region(m).is_none() && self.cue(m).is_none() && !self.is_final(m)
                        })
                        .find(|&m| self.w(m) == ",")
                };
                if self.opens(j + 1).is_some() {
                    j += 1;
                } else if let Some(m) = aside_end.filter(|&m| {
                    (self.is(m + 1, "that") && !self.that_subject(m + 1))
                        || self.opens(m + 1).is_some()
                }) {
                    j = m + 1 + usize::from(self.is(m + 1, "that"));
                } else {
                    return None;
                }
            }
            _ if self.is(j, "that") && self.region(j).is_none() => {
                // "said that would be a mistake": "that" is the subject.
                // (After an object it is a relative pronoun: "cited rules
                // that are too strict" reports no clause.)
                // (After an addressee it is the subject: "told reporters
                // that was not true"; not after a longer phrase: "warned
                // the town to avoid steps that would …".)
                let addressee = cue.obj
                    && (bare..j).all(|x| {
                        self.cue(x).is_none()
                            && !self.cl(x, class::PREP | class::CLAUSE | class::AUX)
                    });
                // (An object's determiner stays with its noun: "rejected
                // that view".)
                // (Not before a present verb in "-s" after the phrase's
                // noun: "announced that funding for schools rises".)
                let present = || {
                    (j + 3..e.min(j + 13))
                        .take_while(|&k| !self.is_final(k) && self.w(k) != ",")
                        .any(|k| {
                            self.is_word(k)
                                && !self.is_cap(k)
                                && self.present_s(k)
                                && !self.cl(k - 1, class::PREP | class::DET)
                        })
                };
                if cue.np
                    && !cue.that
                    && j == bare
                    && self.demonstrative_that(j + 1, e)
                    && !present()
                {
                    return Some(j);
                }
                if !self.that_subject(j) {
                    j += 1;
                } else if j > bare && !addressee {
                    return None;
                }
                that = true;
            }
            _ => {}
        }
        if j >= e || self.is_final(j) {
            return None;
        }
        if cue.that && !that && self.opens(j).is_none() {
            return None;
        }
        // A cue of clauses only reads no "that" before a noun and no verb:
        // "recommended that restaurant to her friends", "affirmed that
        // ruling on Tuesday" (not "recommended that funding for schools be
        // raised").
        if cue.that && that && self.demonstrative_that(j, e) {
            return None;
        }
        Some(j)
    }

    /// Whether the words from `j` (right after a "that") are a noun and a
    /// phrase with no verb before the sentence's end, a comma, or "and" or
    /// "but" and a second verb: "that" was a determiner.
    fn demonstrative_that(&self, j: usize, e: usize) -> bool {
        let noun = self.is_word(j)
            && !self.is_cap(j)
            && !self.cl(j, class::DET | class::PRONOUN | class::AUX | class::CLAUSE);
        // (A second verb of the sentence's subject ends the phrase:
        // "rejected that view and kept pressing for a vote".)
        let second_verb = |k: usize| {
            self.is_any(k, &["and", "but"]) && (self.past_verb(k + 1) || self.cl(k + 1, class::AUX))
        };
        let after = self.cl(j + 1, class::PREP | class::TIME)
            || self.is(j + 1, "to")
            || self.is_final(j + 1)
            || second_verb(j + 1);
        noun && after
            && (j + 1..e.min(j + 12))
                .take_while(|&k| !self.is_final(k) && self.w(k) != "," && !second_verb(k))
                .all(|k| {
                    self.region(k).is_none()
                        && !self.cl(k, class::AUX | class::CLAUSE)
                        && !self.past_verb(k)
                        && self.cue(k).is_none()
                })
    }

    /// Whether region `r` is a name given in marks by a naming participle
    /// after a noun phrase of at least token `s0`: "a box labeled “…”",
    /// "the bill, known as “…”".
    fn quoted_name(&self, r: usize, s0: usize) -> bool {
        let o = self.regions[r].open;
        if o <= s0 {
            return false;
        }
        let k = o - 1;
        (self.is(k, "as") && k > s0 && self.is(k - 1, "known")) || self.naming(k, s0)
    }

    /// The subject of a clause that issues a statement without quoting it:
    /// "Senator Ann Roy issued a statement on the ruling.", "The
    /// ministry released a written statement." A name, pronoun or source.
    fn statement_subject(&self, s0: usize, e: usize) -> Option<(usize, usize)> {
        let lim = e.min(s0 + 2 * REACH);
        // (The noun first, from the tokens "statement".)
        let from = self.statements.partition_point(|&k| (k as usize) < s0 + 3);
        let noun = self.statements[from..]
            .iter()
            .map(|&k| k as usize)
            .take_while(|&k| k < lim)
            .find(|&k| self.cl(k, class::SOURCE))?;
        let v = (noun.saturating_sub(4).max(s0 + 1)..noun)
            .find(|&k| self.is_any(k, &["issued", "released", "delivered", "gave", "sent"]))?;
        if !self.cl(v + 1, class::DET)
            || (v + 1..noun)
                .any(|k| !self.is_word(k) || self.region(k).is_some() || self.cue(k).is_some())
        {
            return None;
        }
        let (a, b) = self.subject(s0, v)?;
        let speaker = self.is_cap(a)
            || self.cl(a, class::PRONOUN)
            || (a..b).any(|k| self.cl(k, class::SOURCE | class::TITLE));
        (speaker && b <= v).then_some((a, b))
    }

    /// The person whose words a paragraph ending in a colon announces:
    /// "Below is the text of Ann Roy's letter:", "Senator Roy's statement
    /// is below:", "Statement by Senator Ann Roy:" (the name, possessive
    /// and all).
    fn statement_follows(&self, s0: usize, e: usize) -> Option<(usize, usize)> {
        const TEXTS: &[&str] = &[
            "statement",
            "statements",
            "remarks",
            "letter",
            "testimony",
            "introduction",
            "speech",
            "text",
            "response",
            "reply",
        ];
        if e < s0 + 3
            || e > s0 + 3 * REACH
            || self.w(e - 1) != ":"
            || !self.para.get(e).copied().unwrap_or(true)
            || (s0..e).any(|k| self.region(k).is_some())
        {
            return None;
        }
        let lex = Lexicon::get();
        let possessive = |p: usize| self.is_cap(p) && contraction_stem(self.w(p)).is_some();
        (s0..e - 1)
            .filter(|&k| self.is_any(k, TEXTS))
            .find_map(|k| {
                // "Ann Roy's statement", "Ann Roy's full statement": the
                // possessive name before the noun (and an adjective in
                // lower case).
                let mut p = k;
                // (Back over lower-case words: a possessive is capitalised.)
                while p > s0 && p + 3 > k && !self.is_cap(p - 1) {
                    p -= 1;
                }
                if p > s0 && possessive(p - 1) {
                    let p = p - 1;
                    let mut a = p;
                    while a > s0 && (self.is_cap(a - 1) || self.w(a - 1) == ".") {
                        a -= 1;
                    }
                    // (Not a verb opening the line: "Read Ann Roy's
                    // letter:".)
                    if a == s0
                        && a < p
                        && !self.cl(a, class::TITLE)
                        && lex.given(self.w(a)).is_none()
                        && !crate::text::is_name_prefix(self.w(a))
                    {
                        a += 1;
                    }
                    return Some((a, p + 1));
                }
                // "Statement by Senator Ann Roy:".
                if self.is(k + 1, "by") {
                    let (a, b) = self.forward_np(k + 2, e - 1)?;
                    return self.is_cap(a).then_some((a, b));
                }
                // "Sen. Ann Roy made the following statement:", "The union
                // released its response to …:": the clause's subject.
                if k > s0 + 1 && self.is_any(k - 1, &["following", "its", "his", "her", "their"]) {
                    let (a, b) = self.subject(s0, k)?;
                    let named = self.is_cap(a) || self.cl(a, class::DET);
                    return (named && b < k).then_some((a, b));
                }
                None
            })
    }

    /// Whether the cue at `c` is a passive participle: after a form of
    /// "be" and at most two adverbs ("were twice denied visas", "was
    /// reportedly rejected"), or before
    /// "by" ("a plan backed by the council").
    fn passive(&self, c: usize, s0: usize) -> bool {
        if self.passive_second(c, s0) {
            return true;
        }
        // ("Offered by Sen. Ann Roy, the measure …": a participle opening
        // the sentence.)
        let opening = c == s0 && self.is_cap(c) && self.w(c).ends_with("ed");
        if opening && self.is(c + 1, "by") {
            return self.agent_after(c + 1);
        }
        if !self.past_verb(c) || self.is(c + 1, "that") {
            return false;
        }
        // (Not "concluded by saying that …".)
        if self.is(c + 1, "by") {
            return self.agent_after(c + 1);
        }
        self.after_be(c, s0)
    }

    /// Whether "by" at `k` introduces an agent: not a gerund ("concluded
    /// by saying") nor the means of speech ("said by phone").
    fn agent_after(&self, k: usize) -> bool {
        !self.ing_form(k + 1)
            && !self.is_any(
                k + 1,
                &[
                    "phone",
                    "telephone",
                    "email",
                    "e-mail",
                    "text",
                    "video",
                    "letter",
                    "mail",
                ],
            )
    }

    /// Whether the cue at `c` tells someone, the second of two passive
    /// verbs, before "that" or "to": "was pulled over and told that …" (the
    /// subject is told, not telling; not "was arrested and said …").
    fn passive_second(&self, c: usize, s0: usize) -> bool {
        // (Told what, not whom: "and told reporters he would sue" tells.)
        if !self.cue(c).is_some_and(|q| q.obj) || !self.is_any(c + 1, &["that", "to"]) {
            return false;
        }
        let Some(mut p) = c
            .checked_sub(2)
            .filter(|&p| p > s0 && self.is(c - 1, "and"))
        else {
            return false;
        };
        // (Past a particle after the first: "pulled over".)
        if self.cl(p, class::PREP) && !self.past_verb(p) && p > s0 + 1 {
            p -= 1;
        }
        self.past_verb(p) && self.after_be(p, s0)
    }

    /// Whether the past form at `c` follows a form of "be" and at most two
    /// adverbs ("was reportedly told").
    fn after_be(&self, c: usize, s0: usize) -> bool {
        let mut k = c;
        // (The words skipped stop at the first form of "be": "the level
        // being requested will be". The class test comes first: it is
        // cheaper, and turns most forms of "be" away as auxiliaries.)
        while k > s0
            && k + 2 > c
            && self.is_word(k - 1)
            && !self.cl(
                k - 1,
                class::AUX | class::DET | class::PREP | class::PRONOUN | class::CLAUSE,
            )
            && !self.is_cap(k - 1)
            && self.region(k - 1).is_none()
            && !self.is_be(k - 1)
        {
            k -= 1;
        }
        k > s0 && self.is_be(k - 1)
    }

    /// Whether token `i` is a form of "be" (any case): "was", "being".
    fn is_be(&self, i: usize) -> bool {
        const BE: [&str; 7] = ["was", "were", "is", "are", "be", "been", "being"];
        let w = self.w(i);
        // (No form is shorter than two bytes or longer than five.)
        (2..=5).contains(&w.len()) && BE.iter().any(|b| w.eq_ignore_ascii_case(b))
    }

    /// Whether the cue at `c` names something instead of reporting speech:
    /// "called", "named" or "dubbed" right after an indefinite noun phrase
    /// that is no source, or before a name ("a group called River Watch",
    /// "a firm named Ostra"), or after a noun that does not open its clause
    /// ([`naming_after_noun`](Scan::naming_after_noun)). "A spokesman
    /// called it …" is still speech.
    fn naming(&self, c: usize, s0: usize) -> bool {
        if !self.is_any(c, &NAMING) {
            return false;
        }
        let lo = c.saturating_sub(4).max(s0);
        let Some(a) = (lo..c).rev().find(|&k| self.is(k, "a") || self.is(k, "an")) else {
            return self.naming_after_noun(c, s0);
        };
        // A name after the cue makes it a naming even after a source
        // noun: "a company called Ostra".
        let name_next = self.is_cap(c + 1) && !self.cl(c + 1, class::PRONOUN | class::DET);
        (a + 1..c).all(|k| {
            self.is_word(k)
                && self.region(k).is_none()
                && (name_next || !self.cl(k, class::SOURCE | class::TITLE))
        })
    }

    /// For a naming participle at `c` after a noun that does not open its
    /// clause, whether a name follows it that a verb, a preposition or a
    /// stop ends: "the small group within the parish called the Lantern
    /// Circle was …", "the print called “Fields and Rivers” from 1975"
    /// (not "Democrats in the House called the plan a disaster").
    fn naming_after_noun(&self, c: usize, s0: usize) -> bool {
        // (Or set off by a comma: "to draft a fund, called the Harbor
        // Fund, with …".)
        let comma = c > s0 + 2 && self.w(c - 1) == ",";
        let Some(p) = c.checked_sub(1 + usize::from(comma)) else {
            return false;
        };
        let noun_before = p > s0
            && self.is_word(p)
            && !self.is_cap(p)
            && self.region(p).is_none()
            && !self.cl(
                p,
                class::PRONOUN | class::SOURCE | class::TITLE | class::AUX | class::CLAUSE,
            );
        if !noun_before {
            return false;
        }
        // (The noun's determiner after a preposition or a verb.)
        let embedded = (c.saturating_sub(5).max(s0 + 1)..p)
            .rev()
            .find(|&d| self.cl(d, class::DET))
            .is_some_and(|d| self.cl(d - 1, class::PREP | class::AUX) || self.past_verb(d - 1));
        if !embedded && !comma {
            return false;
        }
        let n = c + 1 + usize::from(self.is(c + 1, "the"));
        let end = match self.opens(n) {
            Some(r) if self.regions[r].closed && is_title(self.inner(r)) => {
                self.regions[r].close + 1
            }
            Some(_) => return false,
            // (Not a day: "…, called Friday for a review".)
            None if self.is_cap(n) && !self.cl(n, class::PRONOUN | class::DET | class::TIME) => {
                let mut m = n;
                while m < self.toks.len() && m < n + 6 && self.is_cap(m) {
                    m += 1;
                }
                m
            }
            None => return false,
        };
        // (A stop ends the sentence, not an abbreviation: "called U.S.
        // policy a failure", "called Acme Corp. reckless"; a comma may
        // set off an appositive: "called Senator Roy, its sponsor, a
        // hero".)
        let abbreviation = end > 0 && {
            let before = self.w(end - 1);
            before.len() == 1 || is_abbreviation(before)
        };
        end >= self.toks.len()
            || (self.is_final(end) && !(self.w(end) == "." && abbreviation))
            || self.cl(end, class::AUX | class::PREP | class::CLAUSE)
            || self.past_verb(end)
    }

    /// Whether token `k` is "and" or "but" opening a new predicate of the
    /// same subject: a cue, a past-tense verb, a participle or an auxiliary
    /// follows, after at most two adverbs.
    fn new_predicate(&self, k: usize) -> bool {
        if !(self.is(k, "and") || self.is(k, "but")) || self.region(k).is_some() {
            return false;
        }
        let mut m = k + 1;
        while m < k + 3 && self.cl(m, class::ADVERB) && !self.cl(m, class::AUX) {
            m += 1;
        }
        // ("called the charges unsubstantiated and fabricated": two
        // participles joined, one complement.)
        let joined = k > 0 && self.past_verb(k - 1) && self.past_verb(m);
        // (Nor the last of a list of gerunds: "by raising funds, hiring
        // staff and building labs".)
        let gerunds = || {
            self.ing_form(m)
                && (k.saturating_sub(12)..k)
                    // (The list's start is not known here: any token
                    // before the comma may hold its first gerund.)
                    .any(|c| self.gerund_list(0, c, m + 1))
        };
        // (Or a clause with a subject of its own: "acknowledged the harms
        // and the league is concerned"; not "the way it was drafted", nor
        // a noun and its relative clause, "the prices consumers will pay":
        // one noun or one name after the determiner.)
        let clause = || {
            self.cl(m, class::DET)
                && !self.is(m, "that")
                && self
                    .forward_np(m, self.toks.len().min(m + 8))
                    .is_some_and(|(_, b)| {
                        b > m + 1
                            && self.cl(b, class::AUX)
                            && !self.is_cap(b)
                            && (b == m + 2 || (m + 1..b).all(|x| self.is_cap(x)))
                    })
        };
        !joined
            && self.region(m).is_none()
            && !gerunds()
            && (self.cue(m).is_some()
                || self.past_verb(m)
                // (A noun in "-ing" before "of" is none: "review of haying
                // and grazing of farm land".)
                || (self.ing_form(m) && !self.is(m + 1, "of"))
                || self.cl(m, class::AUX)
                || clause())
    }

    /// Whether token `k` names a day: a weekday, "yesterday", "today",
    /// "tonight", or "on" before one.
    fn day_word(&self, k: usize) -> bool {
        const DAYS: [&str; 10] = [
            "monday",
            "tuesday",
            "wednesday",
            "thursday",
            "friday",
            "saturday",
            "sunday",
            "yesterday",
            "today",
            "tonight",
        ];
        let day = |i: usize| self.cl(i, class::TIME) && DAYS.iter().any(|d| self.is(i, d));
        self.region(k).is_none() && (day(k) || (self.is(k, "on") && day(k + 1)))
    }

    /// The last token of the day at `k` ("Friday", or "on Friday").
    fn day_end(&self, k: usize) -> usize {
        if self.is(k, "on") {
            k + 1
        } else {
            k
        }
    }

    /// Whether a quotation the object goes on to follows the day at `k`
    /// ("praised the bill today as “…”", "called the vote on Friday
    /// “a fresh start”").
    fn quoted_after_day(&self, k: usize) -> bool {
        let d = self.day_end(k);
        self.opens(d + 1).is_some() || (self.is(d + 1, "as") && self.opens(d + 2).is_some())
    }

    /// Whether an infinitive the object goes on to follows the day at `k`
    /// after cue `c`: a request's ("urged the agency on Tuesday to
    /// reverse the rule": the request is the object and its infinitive,
    /// not the object alone) or a plan's ("announced plans today to widen
    /// the road"); not an audience, an amount or a reaction ("praised the
    /// crews on Friday to reporters", "… to loud applause").
    fn infinitive_after_day(&self, c: usize, k: usize) -> bool {
        // (Stems: "urge", "urging".)
        const REQUESTS: &[&str] = &["urg", "ask", "call", "press", "encourag", "push", "invit"];
        const PLANS: &[&str] = &["plan", "plans", "proposal", "bid", "intention", "decision"];
        let request = REQUESTS.iter().any(|r| {
            let w = self.w(c);
            w.get(..r.len())
                .is_some_and(|head| head.eq_ignore_ascii_case(r))
        });
        let plan = k >= 1 && self.is_any(k - 1, PLANS);
        let d = self.day_end(k);
        (request || plan)
            && self.is(d + 1, "to")
            && self
                .toks
                .get(d + 2)
                .is_some_and(|t| t.kind == TokenKind::Word)
            && !self.is_cap(d + 2)
            && !self.cl(d + 2, class::DET | class::PRONOUN | class::AUDIENCE)
    }

    /// The "that" which ends a short phrase starting at `j` (an addressee,
    /// a place or a medium between a cue and its clause), when no comma,
    /// colon, cue or sentence end comes first. A quotation inside the phrase
    /// must be a title (“Morning Desk”). Looks at most `REACH` tokens on.
    fn that_after_phrase(&self, j: usize, e: usize) -> Option<usize> {
        let lim = e.min(j + REACH);
        let mut m = j;
        while m < lim {
            if let Some(r) = self.opens(m) {
                let reg = self.regions[r];
                if !reg.closed || !is_title(self.inner(r)) {
                    return None;
                }
                m = reg.close + 1;
                continue;
            }
            // ("at a stop in Toledo, Ohio, that …": the commas of a place
            // name.)
            let place_comma = self.w(m) == ","
                && m > j
                && self.is_cap(m - 1)
                && (self.is_cap(m + 1)
                    || self.cl(m + 1, class::PREP | class::TIME)
                    || self.is(m + 1, "that"));
            // ("told Roy before the vote, in the mayor's presence, that
            // …": a phrase set off by commas, then "that".)
            let aside = || {
                (self.cl(m + 1, class::PREP) && m > j)
                    .then(|| {
                        (m + 2..lim)
                            .take_while(|&x| {
                                // (A title's period is none: "Mr. Dunn's".)
                                let stop = self.is_final(x)
                                    && !(self.w(x) == "."
                                        && crate::text::is_name_prefix(self.w(x - 1)));
                                self.region(x).is_none()
                                    && self.cue(x).is_none()
                                    && !stop
                                    && !matches!(self.w(x), ":" | ";" | "(")
                            })
                            .find(|&x| self.w(x) == ",")
                            .filter(|&x| self.is(x + 1, "that"))
                    })
                    .flatten()
            };
            if self.w(m) == "," && !place_comma {
                if let Some(x) = aside() {
                    return Some(x + 1);
                }
            }
            if self.region(m).is_some()
                || self.cue(m).is_some()
                || self.is_final(m)
                || (matches!(self.w(m), "," | ":" | ";" | "(" | "\u{2014}") && !place_comma)
            {
                return None;
            }
            if self.is(m, "that") {
                return (m > j).then_some(m);
            }
            m += 1;
        }
        None
    }

    /// Whether a phrase saying where something was said starts at `k` and
    /// runs to `e` ("in a statement on Monday", "at a rally in Ohio", "on
    /// Twitter"): a preposition, a medium within three words, and no verb
    /// after it.
    fn medium_tail(&self, k: usize, e: usize) -> bool {
        if !self.is_any(k, &["in", "during", "at", "on"]) {
            return false;
        }
        let Some(m) = (k + 1..e.min(k + 4)).find(|&m| self.cl(m, class::MEDIUM)) else {
            return false;
        };
        e - m <= 10 && (k + 1..e).all(|x| self.verbless(x) && !self.cl(x, class::CLAUSE))
    }

    /// Whether a clause with a subject of its own starts at `k`, before
    /// `e`: a determiner and at most two lower-case words, then an
    /// auxiliary or a past verb that no preposition follows ("the crowd
    /// cheered", "the vote was"; not "the bill's author", "a site linked
    /// to …" or "the number needed to win").
    fn own_clause(&self, k: usize, e: usize) -> bool {
        if !self.cl(k, class::DET) || self.cl(k, class::CLAUSE | class::PRONOUN) {
            return false;
        }
        let lim = e.min(k + 4);
        // (The last clause: no list of clauses goes on after it, "…,” the
        // roads were crumbling and the mayor …".)
        let last = |v: usize| {
            !(v + 1..e.min(v + MAX_CONTENT))
                .any(|m| self.region(m).is_none() && matches!(self.w(m), "," | ";" | "and" | "or"))
        };
        (k + 1..lim)
            .take_while(|&m| {
                self.is_word(m)
                    && !self.is_cap(m)
                    && self.region(m).is_none()
                    && !self.cl(m, class::CLAUSE)
            })
            .find(|&m| self.cl(m, class::AUX) || self.past_verb(m))
            .is_some_and(|v| {
                (k + 1..v).all(|m| !self.cl(m, class::PREP))
                    && (self.cl(v, class::AUX)
                        || !(self.cl(v + 1, class::PREP) || self.is(v + 1, "to")))
                    && last(v)
            })
    }

    /// Whether token `k` is a capitalised preposition, a new sentence's
    /// opening phrase after a quotation missing its stop ("“…” By noon,
    /// …").
    fn opening_phrase(&self, k: usize) -> bool {
        self.is_cap(k) && self.cl(k, class::PREP)
    }

    /// Whether a subordinate clause's word stands in `j..k` ("that if the
    /// bill is “too costly,” the city …": the main clause follows).
    fn subordinate_before(&self, j: usize, k: usize) -> bool {
        (j..k).any(|m| self.region(m).is_none() && self.is_any(m, SUBORDINATORS))
    }

    /// Whether a contrast with a subject of its own starts at `k` ("but
    /// he added", "though Roy did not explain"; not "but also …"): a clause of
    /// its own.
    fn contrast(&self, k: usize) -> bool {
        self.is_any(k, &["but", "though", "although", "however", "yet"])
            && (self.is_cap(k + 1) || self.cl(k + 1, class::PRONOUN | class::DET))
    }

    /// Whether token `k` is a word at which [`Scan::complement_end`] does
    /// not stop, whatever comes around it: one with no cue (outside a
    /// quotation) and none of the words its tests start from ("and",
    /// "but", "nor" and "in", "during", "at", "on" of a [`Scan::medium_tail`]).
    /// Every other test there starts from a mark: a comma, a semicolon, a
    /// dash or a quotation's opening mark. (Keep it so when adding a test
    /// to that loop.)
    fn plain_content_word(&self, k: usize) -> bool {
        self.toks.get(k).is_some_and(|t| t.kind == TokenKind::Word)
            && self.cue(k).is_none()
            && !self.is_any(k, &["and", "but", "nor", "in", "during", "at", "on"])
    }

    /// Where content starting at `j` ends: the frame's end, a comma before
    /// another attribution (", adding that", ", he said"), or a comma
    /// before the writer's own clause (a contrast with its own subject, a
    /// closing "which"/"who" clause, "compared with", "according to").
    fn complement_end(&self, j: usize, e: usize) -> usize {
        let mut k = j;
        // The last comma or semicolon seen: a later attribution of its own
        // ("…, and more than half said …") ends the content there.
        let mut last_break = None;
        // The first comma seen, and whether the content opens with an
        // adverbial clause ("when …", "even if …"): a main clause may
        // follow that comma (not after "whether …", "how …").
        let mut first_comma = None;
        let lead = j + usize::from(self.is(j, "even"));
        let subordinate_lead = self.is_any(lead, SUBORDINATORS);
        while k < e {
            if k >= j + MAX_CONTENT {
                return k;
            }
            // (Most tokens of the content are words that none of the tests
            // below stops at: passed over at once.)
            if self.plain_content_word(k) {
                k += 1;
                continue;
            }
            if k > j + 1
                && self.region(k).is_none()
                && self
                    .cue(k)
                    .is_some_and(|c| !c.participle && !c.according && !c.np)
                && !matches!(self.w(k - 1), "," | "and")
                && !self.list_noun(k)
                && self.backward_np(k - 1, j).is_some()
            {
                if let Some(b) = last_break {
                    return b;
                }
            }
            if matches!(self.w(k), "," | ";") && self.region(k).is_none() {
                last_break = Some(k);
                if self.w(k) == "," {
                    first_comma.get_or_insert(k);
                }
            }
            // "would neither confirm the deal nor comment": a second verb
            // of the subject's ends the first one's content.
            if k > j && self.is(k, "nor") && self.cue(k + 1).is_some() {
                return k;
            }
            // "explained why funding lapsed and outlined how …": after a
            // clause of "why" or "how", "and" with a past verb that takes
            // a clause of its own is the subject's next predicate.
            const WH: &[&str] = &["why", "how", "what", "whether", "where", "when"];
            if k > j + 2
                && self.is(k, "and")
                && self.region(k).is_none()
                && self.is_any(j, WH)
                && self.past_verb(k + 1)
                && (self.is_any(k + 2, WH) || self.is(k + 2, "that"))
            {
                return k;
            }
            if let Some(r) = self.opens(k) {
                let close = self.regions[r].close.max(k);
                // “…,” he said: the quotation has its own attribution.
                let mut m = close + 1;
                if self.w(m) == "," {
                    m += 1;
                }
                let lim = e.min(m + 5);
                // “…,” said X — but not “…” suggests that …: an inverted
                // cue follows punctuation ending the quotation.
                let punctuated =
                    m > close + 1 || self.inner(r).trim_end().ends_with([',', '!', '?']);
                if m < e
                    && (((self.is_cap(m) || self.cl(m, class::PRONOUN | class::DET))
                        && (m + 1..lim).any(|x| self.cue(x).is_some_and(|c| !c.participle)))
                        || (punctuated && self.cue(m).is_some_and(|c| c.inv)))
                {
                    // (Opening the content, the quotation is all of it:
                    // `X said, “…,” said X.`; and so is a quotation that
                    // ends a clause begun before it: "says the plan is
                    // “fine,” she also accuses …".)
                    let in_clause = k > j && self.is_word(k - 1) && !self.cl(k - 1, class::CLAUSE);
                    return if k > j && !in_clause { k } else { close + 1 };
                }
                // "called it “a small miracle,” drawing cheers": a
                // participle, a time clause or a contrast ("…,” but he
                // added …") after a quotation that ends in a comma is no
                // longer the content.
                if self.regions[r].closed && self.comma_closer(close) {
                    let next = close + 1;
                    if self.ing_form(next)
                        || self.contrast(next)
                        || self.is_any(
                            next,
                            &[
                                "while", "as", "before", "after", "despite", "when", "which",
                                "though", "although",
                            ],
                        )
                        || (!self.subordinate_before(j, k) && self.own_clause(next, e))
                    {
                        return next;
                    }
                }
                k = close + 1;
                continue;
            }
            // "… to “tearing up the rulebook” - a charge that …": a dash
            // before the writer's comment (not a pair of dashes around a
            // phrase inside the content).
            // (And a dash before a contrast or a clause of the subject's
            // own: "… — although the photo shows …", "… — and he named
            // …".)
            if k > j + 1
                && self.is_dash(k)
                && (self.cl(k + 1, class::DET)
                    || (((self.is_any(k + 1, &["although", "though", "yet", "while"])
                        && (self.is_cap(k + 2)
                            || self.ing_form(k + 2)
                            || self.cl(k + 2, class::PRONOUN | class::DET | class::PREP)))
                        || (self.is_any(k + 1, &["and", "but"])
                            && self.cl(k + 2, class::PRONOUN)))
                        && self.dash_pair_before(k, j).is_none()))
                && self.dash_pair_after(k, e).is_none()
            {
                return k;
            }
            // "… in a statement", "… at a rally in Ohio", "… on Twitter":
            // where it was said ends the content.
            if k > j + 2 && self.medium_tail(k, e) {
                return k;
            }
            // "…, but Roy did not explain why", "…, which opened Friday",
            // "…, compared with 33 percent": the writer's own clause after
            // the reported content.
            if k > j + 2 && self.bare_comma(k) {
                let next = k + 1;
                // No other comma or semicolon up to the end: the last clause.
                let last_clause =
                    || !(next..e.min(j + MAX_CONTENT)).any(|m| matches!(self.w(m), "," | ";"));
                let relative_tail =
                    (self.is(next, "which") || self.is(next, "who")) && last_clause();
                // "not only …, but they also …" is one content.
                let not_only = self.is(next, "but")
                    && (k.saturating_sub(REACH).max(j + 1)..k).any(|m| self.not_only_at(m - 1));
                // After a quotation's closing mark, any contrast is the
                // writer's: "said “we may …”, but no plans exist".
                let after_quote = self.closes(k - 1).is_some()
                    && (self.is_any(next, &["but", "though", "although", "yet"])
                        || self.ing_form(next));
                // "…, a practice that the county adopted": the writer's
                // description of what was said, to the end.
                // (Not the main clause after a subordinate one the content
                // opens with: "…, when the river was high, a boss took her
                // to lunch".)
                // (Its verb a few words on, no clause of a new subject
                // before it: "a boss took", "a tax on fuel will follow", "a
                // third of the town worked"; not "a decision the council
                // had delayed".)
                // (The verb as [`Scan::verb_near`] finds it: before any
                // comma, quotation or clause word.)
                let main_clause = || {
                    subordinate_lead
                        && first_comma == Some(k)
                        && (next + 1..e.min(next + 7))
                            .take_while(|&m| {
                                self.w(m) != ","
                                    && self.region(m).is_none()
                                    && !self.cl(m, class::CLAUSE)
                            })
                            .find(|&m| {
                                self.cl(m, class::AUX) || self.past_verb(m) || self.present_s(m)
                            })
                            .is_some_and(|v| {
                                (next + 2..v).all(|m| {
                                    !self.cl(m, class::DET | class::PRONOUN)
                                        || self.cl(m - 1, class::PREP)
                                })
                            })
                };
                let comment_tail = ((self.is_any(next, &["a", "an"]) && !main_clause())
                    // "…, NATO, the alliance that …": a name described.
                    // (Not a list: "the pianist Ann Roy, the singer Lee
                    // Park and the drummer …".)
                    // (Nor a clause whose subject the phrase is, its
                    // auxiliary before any relative word or new subject:
                    // "… that in Dover, the average rainfall has risen";
                    // not "Dover, the town where the river has …".)
                    || (self.is(next, "the")
                        && self.is_cap(k - 1)
                        && !self.verb_near(next + 2, e.min(next + 5), true)
                        && !(next + 2..e.min(next + 12))
                            .take_while(|&m| {
                                self.w(m) != ","
                                    && self.region(m).is_none()
                                    && !self.cl(m, class::CLAUSE | class::PRONOUN)
                                    && !(m > next + 2
                                        && self.cl(m, class::DET)
                                        && !self.cl(m - 1, class::PREP))
                            })
                            .any(|m| self.cl(m, class::AUX))
                        && !(next..e.min(next + REACH)).any(|m| {
                            self.is_any(m, &["and", "or"])
                                && (self.cl(m + 1, class::DET) || self.is_cap(m + 1))
                        }))
                    || self.is(next, "something")
                    || (self.is(next, "also") && self.is(next + 1, "known")))
                    && last_clause()
                    // (Not a list: "called her a fraud, a bully and a
                    // liar".)
                    && !self.short_list(k, self.trim_final(k, e));
                if (self.contrast(next) && !not_only)
                    || after_quote
                    || relative_tail
                    || comment_tail
                    || self.is(next, "compared")
                    || self.is(next, "according")
                {
                    return k;
                }
            }
            // "44% say the buses are late, 31% say they are fine": the next
            // share of a poll with words of its own gives another answer
            // (not "ahead, 52 percent to 30 percent, in the suburbs").
            if k > j + 2
                && matches!(self.w(k), "," | ";")
                && self.region(k).is_none()
                && self.share(k + 1)
                && (self.cue(k + 3).is_some()
                    || self.cl(k + 3, class::AUX)
                    || (self.adverb_ly(k + 3) && self.is_word(k + 4)))
            {
                return k;
            }
            // (Not the dash closing an aside: "the members — most of them
            // farmers — praised the mayor" goes on with its verb.)
            if matches!(self.w(k), "," | ";" | "\u{2014}")
                && !(self.w(k) == "\u{2014}"
                    && self.cue(k + 1).is_some()
                    && self.dash_pair_before(k, j).is_some())
            {
                // (Not a noun of a list: "covers fines, field notes
                // and memos"; nor a cue that needs a quotation without
                // one, "the bill, when compared to the plan, would …";
                // nor a participle of a time or condition clause, with a
                // quotation or not: "the bill, when compared to “Clean
                // Air” in 2010, would …".)
                let lim = e.min(k + 4);
                let quoted_after =
                    |m: usize| (m + 1..e.min(m + 5)).any(|x| self.opens(x).is_some());
                // (Not "when asked", "when told", a question or a word put
                // to the speaker: a new attribution.)
                let clause_participle = |m: usize| {
                    self.is_any(m - 1, &["when", "if", "once", "unless"])
                        && !self.is_any(m, &["asked", "told", "questioned", "pressed"])
                };
                if (k + 1..lim).any(|m| {
                    self.cue(m)
                        .is_some_and(|c| !clause_participle(m) && (!c.quote || quoted_after(m)))
                        && !self.list_noun(m)
                }) {
                    return k;
                }
            }
            // "“…,” Ann said, referring to the plan, “you give …”": the
            // rest of a split quotation after a phrase of the writer's.
            if k > j
                && self.w(k) == ","
                && self.region(k).is_none()
                && self.split_quote_rest(k + 1, j)
            {
                return k;
            }
            // "… and said", "… and also told"
            // "… but has said", "… and later told"
            if self.is(k, "and") || self.is(k, "but") {
                let mut m = k + 1;
                while m < e && m < k + 3 && self.cl(m, class::ADVERB | class::AUX) {
                    m += 1;
                }
                // (After a quotation, an object cue too: "tweeted that X
                // was “a con” and encouraged fans to …"; and an object cue
                // whose object is quoted: "says he likes the plan and calls
                // it “a bold step”".)
                let quoted_object = || (m + 1..e.min(m + 4)).any(|x| self.opens(x).is_some());
                // (Not a modal the content has already: "said it would fine
                // the trucks and would respond within days" goes on.)
                let parallel = || {
                    (k + 1..m).any(|x| {
                        self.cl(x, class::AUX)
                            && (k.saturating_sub(REACH).max(j)..k)
                                .any(|y| self.w(y).eq_ignore_ascii_case(self.w(x)))
                    })
                };
                if m < e
                    && self.cue(m).is_some_and(|c| {
                        !c.np || (k > 0 && self.closes(k - 1).is_some()) || quoted_object()
                    })
                    && !parallel()
                {
                    return k;
                }
                // "… and the unions accused the board of …": a new clause with
                // a named subject and a cue of its own.
                let mut n = k + 1;
                while n < e && n < k + 5 && self.is_cap(n) && self.region(n).is_none() {
                    n += 1;
                }
                if n > k + 1 && n < e && self.cue(n).is_some_and(|c| !c.participle) {
                    return k;
                }
            }
            k += 1;
        }
        e.min(k)
    }
}

/// Words that open a subordinate clause ("if …", "even when …").
const SUBORDINATORS: &[&str] = &[
    "if", "when", "while", "because", "although", "though", "since", "after", "before", "unless",
    "once", "as",
];

/// Quantifiers that stand for people opening a clause ("Most said …",
/// "Two of them said …"), with [`NUMBER_WORDS`].
const QUANTIFIERS: &[&str] = &[
    "most",
    "many",
    "several",
    "some",
    "another",
    "both",
    "few",
    "half",
    "none",
    "each",
    "neither",
    "either",
    "dozens",
    "hundreds",
    "thousands",
];

/// Small numbers written in letters.
const NUMBER_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
];

/// A count written in letters or digits ("one", "three", "3"), as in
/// "one in three".
fn is_count(w: &str) -> bool {
    (!w.is_empty() && w.len() <= 3 && w.bytes().all(|b| b.is_ascii_digit()))
        || NUMBER_WORDS.iter().any(|q| w.eq_ignore_ascii_case(q))
}

/// A word in "-ly" longer than "holy": an adverb, most likely
/// ("directly", "repeatedly").
fn ly_word(w: &str) -> bool {
    w.len() > 4 && w.ends_with("ly")
}

/// An adverb the lexicon knows or a word in "-ly" ([`ly_word`]).
fn adverb_like(lex: Lex, w: &str) -> bool {
    lex.class() & class::ADVERB != 0 || ly_word(w)
}

/// A negated auxiliary in one word: "don't", "wouldn’t".
fn negated_aux(w: &str) -> bool {
    w.ends_with("n't") || w.ends_with("n\u{2019}t")
}

/// Whether the cue whose bytes are `span` is negated ([`negated`]).
fn cue_negated(text: &str, toks: &[Token], lex: &[Lex], (a, _): ByteSpan) -> bool {
    toks.binary_search_by_key(&a, Token::start)
        .is_ok_and(|i| i > 0 && negated(text, toks, lex, i))
}

/// Whether the cue at token `i` is negated: "not", "never" or a word in
/// "n't" before it, past up to two adverbs or a "however" set off by
/// commas ("has not yet said", "did not directly say", "did not,
/// however, say"), or "declined"/"refused" to before it ("declined to say
/// whether …"). Not a verb of belief, whose negation is the speaker's own
/// claim ("I don't think the bill passes"), nor "not only said".
fn negated(text: &str, toks: &[Token], lex: &[Lex], i: usize) -> bool {
    let w = |k: usize| toks[k].text(text);
    let cue = w(i);
    let belief = [
        "think", "thought", "believ", "expect", "feel", "felt", "suppos", "imagin",
    ]
    .iter()
    .any(|b| {
        cue.get(..b.len())
            .is_some_and(|p| p.eq_ignore_ascii_case(b))
    });
    if belief {
        return false;
    }
    let refusal = |k: usize| {
        [
            "declined",
            "declines",
            "declining",
            "refused",
            "refuses",
            "refusing",
        ]
        .iter()
        .any(|d| w(k).eq_ignore_ascii_case(d))
    };
    // ("declined to say": the cue is either word.)
    let next_to = toks.get(i + 1).is_some_and(|t| t.text(text) == "to");
    if (i >= 2 && w(i - 1).eq_ignore_ascii_case("to") && refusal(i - 2)) || (refusal(i) && next_to)
    {
        return true;
    }
    let mut p = i - 1;
    for _ in 0..3 {
        if p < 2 || is_negation(w(p)) {
            break;
        }
        let adverb = adverb_like(lex[p], w(p)) || w(p).eq_ignore_ascii_case("yet");
        if adverb {
            p -= 1;
        } else if w(p) == ","
            && w(p - 1).eq_ignore_ascii_case("however")
            && p >= 3
            && w(p - 2) == ","
        {
            p -= 3;
        } else {
            break;
        }
    }
    is_negation(w(p))
        && !matches!(
            toks.get(i + 1).map(|t| t.text(text)),
            Some("only" | "just" | "merely" | "simply")
        )
        && !["only", "just", "merely", "simply"]
            .iter()
            .any(|a| w(i - 1).eq_ignore_ascii_case(a))
}

/// Whether a speaker mention denies that anyone spoke: "Nobody", "No one
/// at the agency", "None of the aides", "Neither Roy nor Pell", "No
/// official"; not "No wonder Roy", "No doubt the mayor".
fn no_one(speaker: &str) -> bool {
    let mut words = speaker.split_whitespace();
    let first = words.next().unwrap_or("");
    ["nobody", "none", "neither"]
        .iter()
        .any(|n| first.eq_ignore_ascii_case(n))
        || (first.eq_ignore_ascii_case("no")
            && words.next().is_some_and(|w| {
                // (A lower-case word: not a name, "No Borders Trust", nor a
                // number, "No 10".)
                w.starts_with(char::is_lowercase)
                    && !["wonder", "doubt", "matter", "question"].contains(&w)
            }))
}

/// "not", "never", "cannot", "neither" ("neither confirmed nor denied"),
/// or a contraction in "n't" ("didn't", "won’t").
fn is_negation(w: &str) -> bool {
    ["not", "never", "cannot", "neither"]
        .iter()
        .any(|n| w.eq_ignore_ascii_case(n))
        || negated_aux(w)
}

/// The word before a contracted 's ("she's" → "she").
fn contraction_stem(w: &str) -> Option<&str> {
    w.strip_suffix("'s")
        .or_else(|| w.strip_suffix("\u{2019}s"))
        .filter(|s| !s.is_empty())
}

/// Whether `w` is a lower-case noun with a possessive 's ("president's"),
/// not a contraction of "is"/"has" ("he's", "who's", "that's", "let's").
fn possessive_noun(w: &str) -> bool {
    let stem = contraction_stem(w).unwrap_or("");
    stem.len() > 1 && stem.starts_with(|c: char| c.is_lowercase()) && !contraction_subject(stem)
}

/// Whether `stem` before "'s" is a pronoun or a word whose "'s" is "is"
/// or "has" ("he's", "that's", "let's"), in any case.
fn contraction_subject(stem: &str) -> bool {
    [
        "he", "she", "it", "who", "that", "there", "here", "what", "where", "let", "how", "when",
        "why", "everyone", "nobody", "somebody", "someone",
    ]
    .iter()
    .any(|w| stem.eq_ignore_ascii_case(w))
}

/// Verbs of perceiving or showing: their object speaks in a participle
/// after it ("heard Ann Roy saying").
const PERCEIVING: &[&str] = &[
    "heard", "hear", "hears", "saw", "see", "sees", "watched", "watch", "watches", "caught",
    "shows", "showed", "show", "features", "featured", "feature", "captured", "captures", "filmed",
    "recorded", "depicts", "depicted",
];

/// Feelings a speaker announces with: "is proud to announce that".
const FEELINGS: &[&str] = &[
    "delighted",
    "excited",
    "glad",
    "happy",
    "honored",
    "pleased",
    "proud",
    "thrilled",
];

/// Participles that give a name rather than report words.
const NAMING: [&str; 8] = [
    "called",
    "named",
    "dubbed",
    "labeled",
    "labelled",
    "titled",
    "entitled",
    "nicknamed",
];

/// Speech verbs whose clause, before "according to X", reports a saying
/// whose words stand elsewhere ("…, the coroner said, according to the
/// Herald").
const REPORTED_SPEECH: &[&str] = &[
    "said",
    "says",
    "say",
    "told",
    "tells",
    "wrote",
    "writes",
    "reported",
    "reports",
    "added",
    "stated",
    "testified",
];

/// Nouns of rules and measures that "according to" follows a verb to
/// ("distributed according to a formula"): no source of words.
const NOT_SOURCES: &[&str] = &[
    "assessment",
    "criteria",
    "formula",
    "guidelines",
    "merit",
    "need",
    "needs",
    "population",
    "priority",
    "procedures",
    "rules",
    "schedule",
    "size",
    "standards",
];

/// Prepositions of four letters or more that a title keeps in lower case.
const TITLE_PREPOSITIONS: [&str; 13] = [
    "about", "after", "against", "among", "between", "from", "into", "onto", "over", "through",
    "under", "upon", "with",
];

/// Whether quoted words read as a title: a few words, every long one
/// capitalized (prepositions aside), no sentence inside.
fn is_title(s: &str) -> bool {
    // (The end first: most quotations end in a stop or a comma.)
    if s.trim_end().ends_with(['.', '?', '!', ',']) {
        return false;
    }
    // (A law's or a program's name may be long: "Forest Insects Response
    // Enhancement and Support (or Forest FIRES) Act".)
    let limit = match s.split_whitespace().next_back() {
        Some("Act" | "Bill" | "Program" | "Initiative" | "Resolution" | "Amendment") => 24,
        _ => 10,
    };
    // Whether a word of more than three letters was seen (all capitalized).
    let mut any = false;
    for (n, w) in s.split_whitespace().enumerate() {
        if n == limit {
            return false;
        }
        let long = || w.chars().filter(|c| c.is_alphabetic()).nth(3).is_some();
        if !w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
            // (Prepositions stay in lower case in a title however long:
            // "A View from the Bridge".)
            if long() && !TITLE_PREPOSITIONS.contains(&w) {
                return false;
            }
        } else if !any && long() {
            any = true;
        }
    }
    any
}

/// Trims whitespace and a trailing comma from a quotation's content.
fn trim_content(text: &str, start: usize, end: usize) -> (usize, usize) {
    let s = text.get(start..end).unwrap_or("");
    let lead = s.len() - text::trim_start_white(s).len();
    let t = text::trim_end_white(s);
    let t = text::trim_end_white(t.strip_suffix(',').unwrap_or(t));
    (start + lead, (start + t.len()).max(start + lead))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trim_content_trims_as_str_trim_did() {
        let reference = |s: &str| {
            let lead = s.len() - s.trim_start().len();
            let t = s.trim_end();
            let t = t.strip_suffix(',').unwrap_or(t).trim_end();
            (lead, t.len().max(lead))
        };
        for s in [
            "",
            " ",
            ",",
            " , ",
            "a",
            " a ,\n",
            "\u{a0}Yes,\u{a0}",
            "\u{2003} \u{85}x\u{85} ,\u{3000}",
            "\x0b\x0cZoë , \x0b",
            "é",
            " é,",
            ",,",
            "\x1fa\x1f",
        ] {
            assert_eq!(trim_content(s, 0, s.len()), reference(s), "{s:?}");
        }
    }

    #[test]
    fn is_title_reads_a_few_capitalized_words() {
        // What is_title did with every word collected first.
        let reference = |s: &str| {
            let words: Vec<&str> = s.split_whitespace().take(11).collect();
            if words.is_empty() || words.len() > 10 {
                return false;
            }
            let mut any = false;
            for w in words
                .iter()
                .filter(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3)
            {
                any = true;
                if !w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()) {
                    return false;
                }
            }
            any && !s.trim_end().ends_with(['.', '?', '!', ','])
        };
        for s in [
            "",
            "  ",
            "Morning Light",
            "Morning Light.",
            "a Tale of Two Cities",
            "the end of it",
            "War and Peace ",
            "One Two Three Four Five Six Seven Eight Nine Ten",
            "One Two Three Four Five Six Seven Eight Nine Ten Eleven",
            "of the in",
            "2020 Vision",
            "Über Alles",
            "Sing ünder",
        ] {
            assert_eq!(is_title(s), reference(s), "{s:?}");
        }
    }
}
