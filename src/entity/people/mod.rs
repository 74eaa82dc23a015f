//! People in an article: detection, titles, coreference and gender.
//!
//! Detection ([`detect`]) reads the tokens once and judges each run of
//! capitalised words by general rules over curated and generated word lists
//! ([`lexicon`]); nothing here names anyone. This module then
//!
//! - propagates names: a run no rule explained is a mention when it repeats
//!   the surname or the full name of a person found elsewhere (also in an
//!   all-caps headline);
//! - merges mentions into one [`Person`] per individual: "Jonas Lindqvist",
//!   "Lindqvist" and "Mr. Lindqvist" are one person named by the
//!   fullest form; two people who share a surname but not a given name stay
//!   apart, and a bare surname goes to the one holding the title it comes
//!   with, else to the one mentioned most so far;
//! - collects each person's titles in order ("President of Serbia");
//! - sets the gender from a title that says it ("Congresswoman"), else
//!   from an honorific ("Mr."), else from the given-name list, else from a
//!   title in "-man" ("chairman"),
//!   else from the pronouns that follow the person's mentions;
//! - resolves role phrases that name no one ("the NATO Secretary-General")
//!   through the optional office-holder table, by the article's date.
//!   Role phrases add titles, never mentions: mentions are names only.

mod detect;
pub(crate) mod lexicon;

use std::cell::Cell;

use once_cell::sync::Lazy;

use crate::entity::office::OfficeHolder;
use crate::entity::places::Places;
use crate::entity::{Gender, Person};
use crate::extractor::Context;
use crate::hash::{FxHashMap as HashMap, FxHashSet as HashSet, ShapeFilter, WordFilter};
use crate::span::{Mention, Span};
use crate::text::{push_cased, upper_into};
use crate::window;

use detect::{Detection, Finding};
use lexicon::Lexicon;

/// Sorts `(start, end, person)` triples into the order `sort_unstable`
/// gives them, through one integer key per triple, `start << 40 |
/// (end - start) << 24 | person`, when the fields fit (24, 16 and 24 bits:
/// offsets under 16 MB, mentions under 64 KB): integers sort faster than
/// triples. Otherwise the triples are sorted as they are.
fn sort_mentions(mentions: &mut [(usize, usize, usize)]) {
    const START: usize = 1 << 24;
    const LEN: usize = 1 << 16;
    const PERSON: usize = 1 << 24;
    let fits = mentions
        .iter()
        .all(|&(start, end, p)| start < START && end >= start && end - start < LEN && p < PERSON);
    if !fits {
        mentions.sort_unstable();
        return;
    }
    let mut keys: Vec<u64> = mentions
        .iter()
        .map(|&(start, end, p)| (start as u64) << 40 | ((end - start) as u64) << 24 | p as u64)
        .collect();
    keys.sort_unstable();
    for (m, key) in mentions.iter_mut().zip(keys) {
        let start = (key >> 40) as usize;
        let len = (key >> 24 & 0xFFFF) as usize;
        *m = (start, start + len, (key & 0xFF_FFFF) as usize);
    }
}

/// Lists the mentions of `people` in `out` (cleared first) as `(start,
/// end, person)` in text order (`person` an index into `people`): what
/// the gender votes, the places' and the quotes' stages read.
pub(crate) fn mention_spans<'p>(
    people: impl ExactSizeIterator<Item = &'p Person> + Clone,
    out: &mut Vec<(usize, usize, usize)>,
) {
    out.clear();
    out.reserve(people.clone().map(|p| p.mentions.len()).sum());
    for (id, p) in people.enumerate() {
        out.extend(p.mentions.iter().map(|m| (m.start(), m.end(), id)));
    }
    sort_mentions(out);
}

/// Finds every person the article names, and lists their mentions in
/// `mentions` (cleared first) as `(start, end, person)` in text order
/// ([`mention_spans`]), sorted once here for the gender votes and the
/// later stages.
pub(crate) fn extract(
    cx: &Context<'_>,
    places: &Places,
    mentions: &mut Vec<(usize, usize, usize)>,
) -> Vec<Person> {
    let mut det = detect::detect(cx, places);
    // A word the article also writes after "the" names a thing.
    let text = cx.text;
    det.findings
        .retain(|f| !(f.weak && f.name.get(text).is_some_and(|w| det.not_person.contains(w))));
    short_organization_names(cx, places, &mut det.findings);
    shared_surnames(cx, &mut det.findings);
    // A first pass learns the names only: propagation reads nothing else
    // (and has nothing to repeat without candidates).
    let props = if det.candidates.is_empty() {
        Vec::new()
    } else {
        let mut names = Book::new(cx.text, true, det.findings.len());
        for f in &det.findings {
            names.add(cx, f);
        }
        let props = propagate(cx, &det, &names);
        names.recycle();
        props
    };
    let mut book = Book::new(cx.text, false, det.findings.len() + props.len());
    if props.is_empty() {
        for f in &det.findings {
            book.add(cx, f);
        }
    } else {
        // Coreference over all mentions in text order, so that a bare
        // surname goes to the person mentioned last before it.
        let mut all: Vec<Finding> = det.findings.iter().cloned().chain(props).collect();
        all.sort_by_key(|f| f.name.start());
        all.dedup_by_key(|f| f.name);
        for f in &all {
            book.add(cx, f);
        }
    }
    book.set_genders(cx, &det, mentions);
    resolve_roles(cx, &det, &mut book);
    det.recycle();
    // (Each name is written once, from the span of its fullest form.)
    let people = book
        .people
        .drain(..)
        .map(|e| {
            let mut name = person_name(e.name.get(text).unwrap_or(""));
            if let Some(surname) = e.surname.and_then(|s| s.get(text)) {
                name.push(' ');
                name.push_str(surname);
            }
            Person { name, ..e.person }
        })
        .collect();
    book.recycle();
    people
}

/// Drops the findings that are a firm's or a school's name without its
/// head ("Frontier Prairie" for "Frontier Prairie Airlines", "Rutgers" for
/// "Rutgers University"), or an organization's name of one word: no title,
/// no given name first, and no person of the article named so with one.
fn short_organization_names(cx: &Context<'_>, places: &Places, findings: &mut Vec<Finding>) {
    if places.organizations.is_empty() || findings.is_empty() {
        return;
    }
    let text = cx.text;
    let lex = Lexicon::get();
    // (A firm's or a school's name: one named after a person, "the Lugar
    // Service Center", "the Ford Foundation", leaves the person.)
    const FIRMS: &[&str] = &[
        "Airlines",
        "Airways",
        "Bank",
        "College",
        "Co",
        "Company",
        "Corp",
        "Corporation",
        "Group",
        "Holdings",
        "Inc",
        "Industries",
        "Lines",
        "Motors",
        "University",
    ];
    // (The leading words of each firm's name, and the trailing words of
    // each name found, collected once: a set lookup per finding keeps
    // the check linear however many people and firms the article names.)
    let mut short: HashSet<&str> = HashSet::default();
    for o in &places.organizations {
        let (head, last) = crate::text::split_last_space(&o.name);
        if FIRMS.contains(&last.trim_end_matches('.')) {
            short.extend(crate::text::space_offsets(&o.name).map(|i| &o.name[..i]));
        }
        // (And an organization of one word, named again without the words
        // that made it one: "the website Harborwire … Harborwire said".)
        if head.is_none() {
            short.insert(&o.name);
        }
    }
    if short.is_empty() {
        return;
    }
    // (A name the article also gives with a title or a given name is a
    // person's: "Gov. Ann Ford" and "the Ford Foundation".)
    let mut held: HashSet<&str> = HashSet::default();
    for g in findings.iter() {
        let Some(n) = g.name.get(text) else { continue };
        held.extend(crate::text::space_offsets(n).map(|i| &n[i + 1..]));
        if g.title.is_some() {
            held.insert(n);
        }
    }
    findings.retain(|f| {
        let Some(name) = f.name.get(text) else {
            return true;
        };
        // (The sets first: most names open no firm's name, and then the
        // first word is neither sliced nor looked up.)
        let given = || lex.given(name.split(' ').next().unwrap_or(name)).is_some();
        f.title.is_some() || !short.contains(name) || held.contains(name) || given()
    });
}

thread_local! {
    // A book's lists, reused from text to text ([`window::take_buffer`];
    // the word lists are stored as `'static` and emptied, as
    // [`crate::text::recycle`] makes them).
    static PEOPLE: Cell<Vec<Entry>> = const { Cell::new(Vec::new()) };
    static WORDS: Cell<Vec<&'static str>> = const { Cell::new(Vec::new()) };
    static NAME_WORDS: Cell<Vec<&'static str>> = const { Cell::new(Vec::new()) };
}

/// A person under construction.
#[derive(Debug)]
struct Entry {
    /// The person, but for the name: left empty until the book is done
    /// (see `name`).
    person: Person,
    /// The span of the fullest name so far: the person's name is its text
    /// with the spaces normalised, written once at the end (a book that
    /// only learns names never writes them).
    name: Span,
    /// The surname the fullest name shares with a name it is joined to
    /// ([`Finding::shared_surname`]), written after `name`.
    surname: Option<Span>,
    /// The words of the fullest name (without suffix): a range of
    /// `Book::name_words`.
    words: std::ops::Range<usize>,
    /// The gender the given name of `words` says ([`given_name_gender`]),
    /// set with `words`: the same-surname test and the genders read it
    /// often.
    given_gender: Option<Gender>,
    /// The gender a title says outright ("Congresswoman", "Sister").
    title_gender: Option<Gender>,
    /// The gender of a title in "-man" ("chairman", "spokesman").
    weak_title_gender: Option<Gender>,
    /// The gender an honorific says ("Mr.", "Ms.").
    honorific_gender: Option<Gender>,
    /// The gender a kinship word before a mention says ("his wife Ann
    /// Roy").
    kin_gender: Option<Gender>,
    /// Offsets of mentions that open a sentence's first mention of anyone
    /// (candidates for the pronouns that follow).
    last_mention: usize,
    /// The person added before this one under the same surname key
    /// (`Book::by_surname` holds the latest), if any.
    prev_same_surname: Option<usize>,
}

/// The people found so far, with a surname index.
#[derive(Debug)]
struct Book<'t> {
    text: &'t str,
    people: Vec<Entry>,
    /// The latest person of each surname (in any case); the earlier ones
    /// follow from `Entry::prev_same_surname` (a list without an
    /// allocation per surname).
    by_surname: HashMap<Caseless<'t>, usize>,
    /// For each given name (in any case) of a multi-word name: the first
    /// person indexed under it and how many are (each person at most once).
    by_given: HashMap<Caseless<'t>, (usize, u32)>,
    /// The familiar forms of given names indexed in `by_given` for a
    /// person named otherwise ("Becky" for Rebecca Hale).
    familiar: Vec<&'t str>,
    /// A reused buffer for the words of the name being added.
    words: Vec<&'t str>,
    /// The words of every entry's name, slices of the text, one list for
    /// all (`Entry::words`; a fuller name is appended, the old words
    /// stay unused).
    name_words: Vec<&'t str>,
    /// Keeps the names only (`Entry::words`, `Person::name` and the
    /// indexes), without mentions, titles or genders.
    names_only: bool,
}

/// The words of a name, without particles' case changes, suffixes or
/// periods: "Harold T. Whitcombe Jr." gives ["Harold", "T", "Whitcombe"].
fn name_words(name: &str) -> Vec<String> {
    let mut words = Vec::new();
    name_words_into(name, &mut words);
    words.into_iter().map(str::to_string).collect()
}

/// [`name_words`] as slices of `name`, into `words` (cleared first).
fn name_words_into<'n>(name: &'n str, words: &mut Vec<&'n str>) {
    let lex = Lexicon::get();
    words.clear();
    let mut push = |w: &'n str| {
        let w = w.trim_end_matches('.').trim_end_matches(',');
        if !w.is_empty() {
            words.push(w);
        }
    };
    if name.is_ascii() {
        // (The same split, byte by byte: the ASCII whitespace of
        // `char::is_whitespace`.)
        let mut start = 0;
        for (i, b) in name.bytes().enumerate() {
            if crate::text::ascii_space(b) {
                push(&name[start..i]);
                start = i + 1;
            }
        }
        push(&name[start..]);
    } else {
        name.split(char::is_whitespace).for_each(push);
    }
    while words.len() > 1 && words.last().is_some_and(|w| lex.suffix(w)) {
        words.pop();
    }
}

impl<'t> Book<'t> {
    /// An empty book for at most `findings` findings (each adds at most
    /// one person).
    fn new(text: &'t str, names_only: bool, findings: usize) -> Book<'t> {
        let mut people = window::take_buffer(&PEOPLE);
        people.reserve(findings);
        let mut name_words = window::take_buffer(&NAME_WORDS);
        name_words.reserve(2 * findings);
        Book {
            text,
            people,
            // (Sized for every finding: growing costs more than the few
            // empty slots.)
            by_surname: HashMap::with_capacity_and_hasher(findings, Default::default()),
            by_given: HashMap::with_capacity_and_hasher(findings, Default::default()),
            familiar: Vec::new(),
            words: window::take_buffer(&WORDS),
            name_words,
            names_only,
        }
    }

    /// Keeps the book's lists for the thread's next text.
    fn recycle(self) {
        window::give_back(&PEOPLE, self.people);
        window::give_back(&WORDS, crate::text::recycle(self.words));
        window::give_back(&NAME_WORDS, crate::text::recycle(self.name_words));
    }

    /// Adds a finding, merging it with the person it names.
    fn add(&mut self, cx: &Context<'_>, f: &Finding) {
        let Some(name_text) = f.name.get(self.text) else {
            return;
        };
        let mut words = std::mem::take(&mut self.words);
        name_words_into(name_text, &mut words);
        if let Some(surname) = f.shared_surname.and_then(|s| s.get(self.text)) {
            words.push(surname);
        }
        let Some(&last) = words.last() else {
            return;
        };
        let surname = Caseless::new(last);
        let target = self.by_surname.get(&surname).and_then(|&latest| {
            // The compatible person: a bare surname after two people who
            // share it ("Tom Berg … his mother Ann Berg … Berg said") is the
            // one named most so far, the first named on a tie (news names
            // the others in full); a fuller name, the most recent.
            // (The people of the surname, latest first.)
            // (A relative named after a kinship word is someone else, though
            // a familiar form of the other's name: "John Hale … his son,
            // Jack Hale".)
            let familiar = || words.len() < 2 || kin_word(self.text, f.name.start()).is_none();
            // (An honorific or a given name that says the other gender
            // than the person's names someone else: "Mrs. Hale" after "Tom
            // Hale" is his wife, and "Dan Hale" after her is not she.)
            let stated = if f.title.is_none() { f.gender } else { None };
            let gender = stated.or_else(|| given_name_gender(&words));
            // (The latest few of them: a text naming thousands of people
            // of one surname stays linear.)
            let mut fits =
                std::iter::successors(Some(latest), |&id| self.people[id].prev_same_surname)
                    .take(SAME_SURNAME_REACH)
                    .filter(|&id| {
                        let e = &self.people[id];
                        let theirs = &self.name_words[e.words.clone()];
                        // (A particle read as a given name says no gender,
                        // either way: "Van Dorn" and "Lisa Van Dorn"; an
                        // honorific still does, "Mr. Van Dorn".)
                        let given = e.given_gender.filter(|_| !surname_alone(theirs, &words));
                        let ours = if surname_alone(&words, theirs) {
                            stated
                        } else {
                            gender
                        };
                        // (A given name that only shares the surname is not
                        // the person named by the surname alone before:
                        // "Hale's parents, Ann and Tom Hale".)
                        let shared = f.shared_surname.is_some() && theirs.len() == 1;
                        !shared
                            && compatible(theirs, &words, familiar)
                            && !ours.is_some_and(|g| {
                                e.honorific_gender.or(given).is_some_and(|h| h != g)
                            })
                    });
            // (A title of the finding that one of them holds decides:
            // "Senator Warner" after Senator John Warner and Governor Mark
            // Warner.)
            if words.len() == 1 {
                let title = f.title.and_then(|s| s.get(self.text)).unwrap_or("");
                let holds = |id: usize| {
                    !title.is_empty()
                        && self.people[id]
                            .person
                            .titles
                            .iter()
                            .any(|t| same_title(t, title))
                };
                // (`Reverse(id)` breaks every tie, so the order of the
                // candidates does not matter.)
                // (A person whose surname is written outranks one who only
                // shares it: "Hale said" after "Ann and Tom Hale" is Tom.)
                fits.max_by_key(|&id| {
                    (
                        holds(id),
                        self.people[id].surname.is_none(),
                        self.people[id].person.mentions.len(),
                        std::cmp::Reverse(id),
                    )
                })
            } else {
                fits.next()
            }
        });
        // A given name alone ("Gareth" after "Gareth Doe") goes to the
        // one person with that given name; so do given names alone that
        // open that person's longer name ("Mary Ann" after "Mary Ann
        // Kolbe").
        let target = target.or_else(|| {
            let first = words.first().copied().unwrap_or(last);
            match self.by_given.get(&Caseless::new(first)) {
                Some(&(id, 1)) if words.len() == 1 => Some(id),
                Some(&(id, 1)) => {
                    let theirs = &self.name_words[self.people[id].words.clone()];
                    let lex = lexicon::Lexicon::get();
                    let opens = theirs.len() > words.len()
                        && words.iter().all(|w| lex.given(w).is_some())
                        && theirs
                            .iter()
                            .zip(&words)
                            .all(|(a, b)| a.eq_ignore_ascii_case(b));
                    opens.then_some(id)
                }
                _ => None,
            }
        });
        let mention = (!self.names_only).then(|| Mention::new(self.text, f.name));
        let id = match target {
            Some(id) => {
                // A familiar form of the person's given name names them
                // alone too: "Becky" after "Rebecca Hale … Becky Hale".
                if let (Some(&theirs), true) = (
                    self.name_words.get(self.people[id].words.start),
                    words.len() > 1,
                ) {
                    let other =
                        !theirs.eq_ignore_ascii_case(words[0]) && familiar_pair(words[0], theirs);
                    let indexed = || {
                        self.by_given
                            .get(&Caseless::new(words[0]))
                            .is_some_and(|&(i, _)| i == id)
                    };
                    if other && self.people[id].words.len() > 1 && !indexed() {
                        index_given(&mut self.by_given, words[0], id);
                        self.familiar.push(words[0]);
                    }
                }
                let e = &mut self.people[id];
                let caps = |s: &str| !s.chars().any(char::is_lowercase);
                // (The name's spaces do not change what `caps` says.)
                let name = e.name.get(self.text).unwrap_or("");
                let fuller = words.len() > e.words.len()
                    || (words.len() == e.words.len() && caps(name) && !caps(name_text));
                if fuller {
                    if e.words.len() == 1 && words.len() > 1 {
                        index_given(&mut self.by_given, words[0], id);
                    }
                    let start = self.name_words.len();
                    self.name_words.extend_from_slice(&words);
                    e.words = start..self.name_words.len();
                    e.given_gender = given_name_gender(&words);
                    e.name = f.name;
                    e.surname = f.shared_surname;
                }
                if let Some(m) = mention {
                    e.person.mentions.push(m);
                }
                id
            }
            None => {
                let id = self.people.len();
                let mentions = match mention {
                    // (Room for a few more: most people are named again.)
                    Some(m) => {
                        let mut v = Vec::with_capacity(4);
                        v.push(m);
                        v
                    }
                    None => Vec::new(),
                };
                if words.len() > 1 {
                    index_given(&mut self.by_given, words[0], id);
                }
                self.people.push(Entry {
                    person: Person {
                        name: String::new(),
                        titles: Vec::new(),
                        gender: None,
                        mentions,
                    },
                    name: f.name,
                    surname: f.shared_surname,
                    words: self.name_words.len()..self.name_words.len() + words.len(),
                    given_gender: given_name_gender(&words),
                    title_gender: None,
                    honorific_gender: None,
                    kin_gender: None,
                    weak_title_gender: None,
                    last_mention: f.name.start(),
                    prev_same_surname: None,
                });
                self.name_words.extend_from_slice(&words);
                if let Some(prev) = self.by_surname.insert(surname, id) {
                    self.people[id].prev_same_surname = Some(prev);
                }
                id
            }
        };
        self.words = words;
        if self.names_only {
            return;
        }
        // (A title already listed, as most repeated ones are, is not
        // copied.)
        let title = f
            .title
            .and_then(|s| s.get(self.text))
            .map(normalize_space_cow)
            .map(|t| if f.plural { singular(&t).into() } else { t })
            .map(|t| without_state(&t).map_or(t, std::borrow::Cow::Borrowed));
        let e = &mut self.people[id];
        e.last_mention = f.name.start();
        if e.kin_gender.is_none() {
            e.kin_gender = kin_gender(self.text, f.name);
        }
        let role = f
            .role
            .and_then(|s| s.get(self.text))
            .map(normalize_space_cow);
        for t in title.into_iter().chain(role) {
            // ("a member of the family": "member" says something only with
            // its body, "member of the Harbor Committee", "board member".)
            // (After a prefix: "senior member"; not "council member", a
            // title of its own.)
            // (Only a title ending in "member" is split into its words:
            // few are.)
            let bare_member = t == "member"
                || t.strip_suffix(" member").is_some_and(|p| {
                    !p.contains(' ')
                        && lexicon::Lexicon::get()
                            .title(p)
                            .is_some_and(|t| t.kind == lexicon::TitleKind::Prefix)
                });
            if bare_member {
                continue;
            }
            if !e.person.titles.iter().any(|have| *have == *t) {
                e.person.titles.push(t.into_owned());
            }
        }
        // (An honorific, "Mr."/"Ms.", comes without a title span; the
        // given name outranks it, "Mrs. Reed" may be Tom Reed's wife, and
        // a title in "-man", "chairman", used for women too; "Sister",
        // "Queen", "Congresswoman" say the gender outright.)
        let slot = if f.title.is_none() {
            &mut e.honorific_gender
        } else if f.generic_gender {
            &mut e.weak_title_gender
        } else {
            &mut e.title_gender
        };
        if slot.is_none() {
            *slot = f.gender;
        }
        let _ = cx;
    }

    /// Gender: a title that says it outright, else an honorific, else the
    /// given-name list, else a title in "-man", else the majority of the
    /// pronouns whose nearest preceding salient mention is the person.
    fn set_genders(
        &mut self,
        cx: &Context<'_>,
        det: &Detection,
        mentions: &mut Vec<(usize, usize, usize)>,
    ) {
        let lex = Lexicon::get();
        // Salient mentions: the first person mention of each sentence, when
        // it opens the sentence's subject (only capitalised words and
        // punctuation before it: "Coach Leo Ortiz praised …", "On Monday,
        // Ann Roy said …"; not "The collection includes work by Walker
        // Dunn").
        let toks = cx.tokens;
        // (Also determiners, possessives and title words before it: "The
        // 6-foot forward Sam Lee scored"; or a speech verb right before
        // it: '"…," said Dana Ortiz.')
        let mut buf = String::new();
        // (`sent`: the sentence of token `tok`, whose words before it are
        // read back from its first.)
        let mut opens_subject = |tok: usize, sent: u32| {
            let first = cx.sentences.get(sent as usize).map_or(0, |&(a, _)| a);
            let after_verb =
                tok > 0 && matches!(cx.words[tok - 1], "said" | "says" | "told" | "added");
            after_verb
                || (first.min(tok)..tok).rev().take(12).all(|x| {
                    let t = &toks[x];
                    let w = cx.words[x];
                    t.kind != crate::text::TokenKind::Word
                        || t.cap()
                        || matches!(w, "the" | "a" | "an")
                        || w.ends_with("'s")
                        || w.ends_with("\u{2019}s")
                        || lex.title_of_word(w, &mut buf).is_some()
                })
        };
        // The mentions in text order, `(start, end, person)`: the list the
        // later stages read (people's mentions change no more after this).
        mention_spans(self.people.iter().map(|e| &e.person), mentions);
        // (offset, sentence, person, first token; the mentions in text
        // order, so that their sentences are found walking forward)
        let mut sentences = detect::SentenceCursor::new(cx.sentences, toks.len());
        let mut salient_of = |start: usize, id: usize| {
            // (The mention's first token: findings keep their tokens, so
            // one starts at `start`.)
            let tok = toks.partition_point(|t| t.start() < start);
            let sent = sentences.of(tok).unwrap_or(0);
            (start, sent, id, tok)
        };
        // (The first mention of each sentence; of mentions starting at
        // one offset, that of the first person.)
        // (At most one a sentence.)
        let mut salient: Vec<(usize, u32, usize, usize)> =
            Vec::with_capacity(mentions.len().min(cx.sentences.len()));
        for &(start, _, id) in mentions.iter() {
            let s = salient_of(start, id);
            match salient.last_mut() {
                Some(last) if last.1 == s.1 => {
                    if last.0 == s.0 && s.2 < last.2 {
                        last.2 = s.2;
                    }
                }
                _ => salient.push(s),
            }
        }
        salient.retain(|&(_, sent, _, tok)| tok < toks.len() && opens_subject(tok, sent));
        let mut votes = vec![(0u32, 0u32); self.people.len()];
        let mut k = 0;
        let mut last: Option<(u32, usize)> = None;
        for &(off, sent, g) in &det.pronouns {
            while k < salient.len() && salient[k].0 < off {
                last = Some((salient[k].1, salient[k].2));
                k += 1;
            }
            if let Some((s, id)) = last {
                // the pronoun's sentence or the next one; not a pronoun in
                // a participle's clause opening its sentence, which points
                // to the subject after it ("Keeping her promise, the
                // senator …")
                if sent >= s && sent <= s + 1 && !opening_participle_pronoun(cx, off, sent) {
                    match g {
                        Gender::Male => votes[id].0 += 1,
                        Gender::Female => votes[id].1 += 1,
                    }
                }
            }
        }
        for (id, e) in self.people.iter_mut().enumerate() {
            let (m, f) = votes[id];
            let by_pronoun = match m.cmp(&f) {
                std::cmp::Ordering::Greater => Some(Gender::Male),
                std::cmp::Ordering::Less => Some(Gender::Female),
                std::cmp::Ordering::Equal => None,
            };
            let by_name = e.given_gender;
            // (An honorific says more than a name: "Mr. Hilary Wren".)
            e.person.gender = e
                .title_gender
                .or(e.honorific_gender)
                .or(e.kin_gender)
                .or(by_name)
                .or(e.weak_title_gender)
                .or(by_pronoun);
        }
    }
}

/// Whether the pronoun at byte `off` of sentence `sent` stands in a
/// participle's clause that opens the sentence, before its comma: "Keeping
/// her promise, the senator …".
fn opening_participle_pronoun(cx: &Context<'_>, off: usize, sent: u32) -> bool {
    let Some(&(first, end)) = cx.sentences.get(sent as usize) else {
        return false;
    };
    let end = end.min(cx.tokens.len());
    let w = cx.words.get(first).copied().unwrap_or("");
    if !(w.len() > 4 && w.ends_with("ing") && w.starts_with(|c: char| c.is_ascii_uppercase())) {
        return false;
    }
    // (A participle's clause is short: the look for its comma is bounded,
    // so that a long sentence of many pronouns stays linear.)
    let tok = cx.tokens.partition_point(|t| t.start() < off);
    let comma = (first..end.min(first + 48)).find(|&k| cx.words[k] == ",");
    comma.is_some_and(|c| tok < c)
}

/// Indexes person `id` under the given name `given` in `by_given`.
fn index_given<'t>(by_given: &mut HashMap<Caseless<'t>, (usize, u32)>, given: &'t str, id: usize) {
    by_given
        .entry(Caseless::new(given))
        .and_modify(|(_, n)| *n += 1)
        .or_insert((id, 1));
}

/// A word as a map key that ignores case: two keys are equal when
/// [`str::to_lowercase`] makes them equal (as keys lower-cased into
/// `String`s would be), without a lower-case copy of an ASCII word.
///
/// The key carries the hash of its lower case, computed once by
/// [`Caseless::new`]: a key looked up in several maps, or looked up and
/// then inserted, is hashed once.
#[derive(Clone, Copy, Debug)]
struct Caseless<'t> {
    word: &'t str,
    hash: u64,
}

impl<'t> Caseless<'t> {
    fn new(word: &'t str) -> Caseless<'t> {
        Caseless {
            word,
            hash: crate::hash::hash_lowercase(word),
        }
    }
}

impl PartialEq for Caseless<'_> {
    fn eq(&self, other: &Self) -> bool {
        let (a, b) = (self.word, other.word);
        // (Equal keys have equal hashes. Words that differ only in the case
        // of ASCII letters have the same lower case, so only words that do
        // not are read again. Most equal keys are the same word written
        // the same way: compared as bytes first, faster than letter by
        // letter in any case.)
        if self.hash != other.hash {
            false
        } else if a == b || a.eq_ignore_ascii_case(b) {
            true
        } else if a.is_ascii() && b.is_ascii() {
            false
        } else {
            // (Rare; a non-ASCII word may still equal an ASCII one: the
            // Kelvin sign lower-cases to "k".)
            a.to_lowercase() == b.to_lowercase()
        }
    }
}

impl Eq for Caseless<'_> {}

impl std::hash::Hash for Caseless<'_> {
    fn hash<H: std::hash::Hasher>(&self, state: &mut H) {
        state.write_u64(self.hash);
    }
}

/// Whether `word` is a title of the lexicon ("CEO", "Sen.", "mayor").
pub(crate) fn is_title_word(word: &str) -> bool {
    Lexicon::get()
        .title_of_word(word, &mut String::new())
        .is_some()
}

/// Drops the titles that a longer title of the same person holds whole at
/// its start or its end ("Senator" beside "U.S. Senator", "Secretary"
/// beside "Secretary of the Army"; case aside), unless the longer one is
/// of another time ("former Secretary" keeps "Secretary").
pub(crate) fn drop_held_titles(titles: &mut Vec<String>) {
    if titles.len() < 2 {
        return;
    }
    let other_time = |u: &str| {
        let first = u.split(' ').next().unwrap_or("");
        [
            "former", "outgoing", "incoming", "future", "retired", "late",
        ]
        .iter()
        .any(|w| first.eq_ignore_ascii_case(w))
            || ["ex-", "then-", "Ex-", "Then-"]
                .iter()
                .any(|p| first.starts_with(p))
    };
    // (A rank word right before the held title names another office:
    // "Deputy Mayor" does not hold "Mayor", nor "Lt. Gov." "Gov.".)
    let other_office = |before: &[u8]| {
        let word = before.rsplit(|&c| c == b' ').next().unwrap_or(before);
        [
            &b"deputy"[..],
            b"vice",
            b"assistant",
            b"associate",
            b"acting",
            b"interim",
            b"lt.",
            b"under",
        ]
        .iter()
        .any(|w| word.eq_ignore_ascii_case(w))
    };
    let holds = |u: &str, t: &str| {
        let (u, t) = (u.as_bytes(), t.as_bytes());
        let split = u.len().wrapping_sub(t.len() + 1);
        u.len() > t.len()
            && ((u[t.len()] == b' ' && u[..t.len()].eq_ignore_ascii_case(t))
                || (u[split] == b' '
                    && u[split + 1..].eq_ignore_ascii_case(t)
                    && !other_office(&u[..split])))
    };
    // (The titles that may hold others, asked once each.)
    let holders: Vec<&String> = titles.iter().filter(|u| !other_time(u)).collect();
    let held: Vec<bool> = titles
        .iter()
        .map(|t| holders.iter().any(|u| holds(u, t)))
        .collect();
    let mut held = held.into_iter();
    titles.retain(|_| !held.next().unwrap_or(false));
}

/// The length of a word of tenure that opens title `t`, with the space
/// after it ("new " of "new coach"), or 0: the first word, up to the first
/// space, compared without searching `t` for the space (a tenure word
/// alone, "new", is no prefix).
fn tenure_len(t: &str) -> usize {
    const TENURE: &[&str] = &[
        "new", "former", "outgoing", "incoming", "current", "longtime", "founding",
    ];
    let t = t.as_bytes();
    TENURE
        .iter()
        .find(|p| {
            t.get(p.len()) == Some(&b' ')
                && t.get(..p.len())
                    .is_some_and(|first| first.eq_ignore_ascii_case(p.as_bytes()))
        })
        .map_or(0, |p| p.len() + 1)
}

/// Whether two titles are the same, ignoring case, a final period and a
/// word of tenure before them ("new coach" and "Coach"), or one
/// abbreviates the other ("Sen." and "Senator", "Gov." and "Governor").
fn same_title(a: &str, b: &str) -> bool {
    let (a, b) = (&a[tenure_len(a)..], &b[tenure_len(b)..]);
    let (a_dot, b_dot) = (a.strip_suffix('.'), b.strip_suffix('.'));
    let (a0, b0) = (a_dot.unwrap_or(a), b_dot.unwrap_or(b));
    let abbreviates = |short: &str, long: &str| {
        short.len() >= 3
            && long
                .get(..short.len())
                .is_some_and(|p| p.eq_ignore_ascii_case(short))
    };
    a0.eq_ignore_ascii_case(b0)
        || (a_dot.is_some() && abbreviates(a0, b0))
        || (b_dot.is_some() && abbreviates(b0, a0))
}

/// The gender the given name of a person named `words` says, past
/// leading initials ("R. Tom Hale", "J. Ann Roy"); none for a surname
/// alone, nor for one before a romanized given name ("Lau Siu-lai").
fn given_name_gender(words: &[&str]) -> Option<Gender> {
    let (last, given) = words.split_last()?;
    // (A romanized given name of two syllables after the surname: "Wong
    // Tsz-chung", "Lau Siu-lai"; the first word is no given name.)
    if given.len() == 1 && romanized_given(last) {
        return None;
    }
    given
        .iter()
        .find(|w| w.trim_end_matches('.').chars().nth(1).is_some())
        .and_then(|w| Lexicon::get().given_gender_camel(w))
}

/// Whether `word` is shaped like a romanized East Asian given name of two
/// syllables joined by a hyphen, the second in lower case ("Tsz-chung",
/// "Pik-wan"; not "Smith-Jones").
fn romanized_given(word: &str) -> bool {
    word.split_once('-').is_some_and(|(a, b)| {
        a.starts_with(|c: char| c.is_ascii_uppercase())
            && a.len() <= 5
            && (2..=5).contains(&b.len())
            && a.bytes().all(|c| c.is_ascii_alphabetic())
            && b.bytes().all(|c| c.is_ascii_lowercase())
    })
}

/// Whether a person named `have` may also be named `new`: one is the
/// other's surname alone, with its particles or not ("Hale", "Van
/// Hollen"), or their given names agree (same first word, or one an
/// initial of the other).
fn compatible<A: AsRef<str>, B: AsRef<str>>(
    have: &[A],
    new: &[B],
    familiar: impl Fn() -> bool,
) -> bool {
    if have.len() == 1 || new.len() == 1 {
        return true;
    }
    if surname_alone(have, new) || surname_alone(new, have) {
        return true;
    }
    // (Case aside: "DALE WINTERS" in a headline is Dale Winters.)
    let (a, b) = (have[0].as_ref(), new[0].as_ref());
    let initial = |x: &str, y: &str| {
        let mut chars = x.chars();
        matches!((chars.next(), chars.next()), (Some(c), None)
            if y.chars().next().is_some_and(|d| c.to_lowercase().eq(d.to_lowercase())))
    };
    // (Two middle initials that differ are two people: "George H. W.
    // Lind" and his son "George W. Lind".)
    let middles_differ = || match (middle_initials(have), middle_initials(new)) {
        (Some(x), Some(y)) => !initial_letters(x).eq(initial_letters(y)),
        _ => false,
    };
    // (Past leading initials one name has and the other has not: "G.
    // Tom Hale" and "Tom Hale".)
    let past_initials = || {
        let (ha, hb) = (leading_initials(have), leading_initials(new));
        (ha > 0) != (hb > 0) && {
            let (x, y) = (have[ha].as_ref(), new[hb].as_ref());
            same_word(x, y) || (familiar() && familiar_pair(x, y))
        }
    };
    (same_word(a, b)
        || initial(a, b)
        || initial(b, a)
        || (familiar() && familiar_pair(a, b))
        || past_initials())
        && !middles_differ()
}

/// Whether the name `short` is a surname with its particles alone, which
/// `long` ends with: "Van Hollen" and "Chris Van Hollen" (the particles in
/// the full name too; not "Van Hale" and "Tom Hale").
fn surname_alone<A: AsRef<str>, B: AsRef<str>>(short: &[A], long: &[B]) -> bool {
    let Some((_, particles)) = short.split_last() else {
        return false;
    };
    long.len() > short.len()
        && !particles.is_empty()
        && particles.iter().all(|w| particle_any_case(w.as_ref()))
        && short
            .iter()
            .zip(&long[long.len() - short.len()..])
            .all(|(x, y)| same_word(x.as_ref(), y.as_ref()))
}

/// Whether two name words are the same in any case.
fn same_word(x: &str, y: &str) -> bool {
    x == y || x.eq_ignore_ascii_case(y) || (!x.is_ascii() && x.to_lowercase() == y.to_lowercase())
}

/// Whether `w` is a name particle in any case ("Van", "von"), folded on
/// the stack.
fn particle_any_case(w: &str) -> bool {
    let mut b = [0u8; 8];
    w.len() <= b.len() && w.is_ascii() && {
        b[..w.len()].copy_from_slice(w.as_bytes());
        b.make_ascii_lowercase();
        std::str::from_utf8(&b[..w.len()]).is_ok_and(|l| Lexicon::get().particle(l))
    }
}

/// How many initials open a name of `words` before a given name and a
/// surname ("G", "A.E": name words lose their final period).
fn leading_initials<S: AsRef<str>>(words: &[S]) -> usize {
    words
        .iter()
        .take(words.len().saturating_sub(2))
        .take_while(|w| is_initials(w.as_ref()))
        .count()
}

/// Whether a name word is one to three initials ("W", "H.W").
fn is_initials(w: &str) -> bool {
    w.chars().all(|c| c == '.' || c.is_uppercase())
        && (1..=3).contains(&w.chars().filter(|&c| c != '.').count())
}

/// Kinship words before a name ("his son, Jack Hale", "her brother Danny
/// Roy"), with the gender each says.
const KIN: &[(&str, Option<Gender>)] = &[
    ("aunt", Some(Gender::Female)),
    ("brother", Some(Gender::Male)),
    ("cousin", None),
    ("daughter", Some(Gender::Female)),
    ("father", Some(Gender::Male)),
    ("granddaughter", Some(Gender::Female)),
    ("grandfather", Some(Gender::Male)),
    ("grandmother", Some(Gender::Female)),
    ("grandson", Some(Gender::Male)),
    ("husband", Some(Gender::Male)),
    ("mother", Some(Gender::Female)),
    ("nephew", Some(Gender::Male)),
    ("niece", Some(Gender::Female)),
    ("sister", Some(Gender::Female)),
    ("son", Some(Gender::Male)),
    ("sons", Some(Gender::Male)),
    ("uncle", Some(Gender::Male)),
    ("widow", Some(Gender::Female)),
    ("widower", Some(Gender::Male)),
    ("wife", Some(Gender::Female)),
];

/// The letters the words of [`KIN`] end with, one bit a letter (`a` is bit
/// 0): a word ending in another is no kinship word.
const KIN_LAST: u32 = {
    let mut mask = 0;
    let mut i = 0;
    while i < KIN.len() {
        let w = KIN[i].0.as_bytes();
        mask |= 1 << (w[w.len() - 1] - b'a');
        i += 1;
    }
    mask
};

/// Whether byte `c` is a letter some word of [`KIN`] ends with.
fn kin_last(c: u8) -> bool {
    c.is_ascii_lowercase() && KIN_LAST >> (c - b'a') & 1 != 0
}

/// A kinship word that ends the text before a name: the gender it says,
/// whether a comma set the name off, and whether another kinship word
/// pairs with it ("husband and wife Tom and Ann Hale": no one gender).
struct Kin {
    gender: Option<Gender>,
    comma: bool,
    paired: bool,
}

/// The kinship word that ends the text before byte `start` (past a
/// comma), if one does. (Asked of every name found: read backwards over
/// bytes, most names are turned away at the byte before them.)
fn kin_word(text: &str, start: usize) -> Option<Kin> {
    let b = text.as_bytes();
    // (Spaces back from `end`: ASCII ones by byte, others decoded.)
    let skip_spaces = |mut end: usize| loop {
        match b.get(end.wrapping_sub(1)) {
            Some(&c) if crate::text::ascii_space(c) => end -= 1,
            Some(&c) if !c.is_ascii() => {
                match text.get(..end).and_then(|t| t.chars().next_back()) {
                    Some(ch) if ch.is_whitespace() => end -= ch.len_utf8(),
                    _ => return end,
                }
            }
            _ => return end,
        }
    };
    let mut end = skip_spaces(start.min(b.len()));
    let comma = end > 0 && b[end - 1] == b',';
    if comma {
        end = skip_spaces(end - 1);
    }
    // (Most words end in a letter no kinship word ends with.)
    if !end.checked_sub(1).is_some_and(|i| kin_last(b[i])) {
        return None;
    }
    // (The longest kinship word has 13 letters; a longer run is another
    // word, and so is one a letter or any non-ASCII byte goes on from.)
    let mut from = end;
    while from > 0 && end - from <= 13 && b[from - 1].is_ascii_lowercase() {
        from -= 1;
    }
    if from == end || (from > 0 && (b[from - 1].is_ascii_alphabetic() || !b[from - 1].is_ascii())) {
        return None;
    }
    let word = text.get(from..end)?;
    let &(_, gender) = KIN.iter().find(|(w, _)| *w == word)?;
    let paired = text
        .get(..from)
        .is_some_and(|t| t.trim_end().ends_with(" and") || t.trim_end().ends_with(" &"));
    Some(Kin {
        gender,
        comma,
        paired,
    })
}

/// The gender a kinship word right before the mention `name` says ("his
/// wife Ann Roy", "her son, Tom Hale,"), if one does. (Set off by a
/// comma, the name is in apposition only when a comma closes it too: not
/// "to call his aunt, Hale dialled twice".)
fn kin_gender(text: &str, name: Span) -> Option<Gender> {
    let kin = kin_word(text, name.start())?;
    let closed = text
        .get(name.end()..)
        .is_some_and(|a| a.starts_with([',', ')']));
    if (kin.comma && !closed) || kin.paired {
        None
    } else {
        kin.gender
    }
}

/// `data/curated/given_name_forms.tsv`: familiar forms of given names.
const GIVEN_NAME_FORMS: &str = include_str!("../../../data/curated/given_name_forms.tsv");

/// The rows of [`GIVEN_NAME_FORMS`], and filters of their two columns.
struct Forms {
    /// The `(form, name)` rows, sorted.
    rows: Vec<(&'static str, &'static str)>,
    /// The forms ("Ben"), in any case.
    forms: WordFilter,
    /// The names they shorten ("Benjamin"), in any case.
    names: WordFilter,
}

static FORMS: Lazy<Forms> = Lazy::new(|| {
    let mut rows: Vec<_> = lexicon::rows(GIVEN_NAME_FORMS, "form")
        .filter_map(|r| Some((*r.first()?, *r.get(1)?)))
        .collect();
    rows.sort_unstable();
    let (mut forms, mut names) = (WordFilter::new(), WordFilter::new());
    for &(f, n) in &rows {
        forms.insert(f);
        names.insert(n);
    }
    Forms { rows, forms, names }
});

/// Whether one of two given names is a familiar form of the other.
fn familiar_pair(a: &str, b: &str) -> bool {
    familiar_form(a, b) || familiar_form(b, a)
}

/// Whether the given name `form` is a familiar form of `name` ("Ben" of
/// "Benjamin", "Chuck" of "Charles").
fn familiar_form(form: &str, name: &str) -> bool {
    let forms = &*FORMS;
    // (The filters, which know the words in any case, turn away most pairs
    // of given names before the searches.)
    if !(forms.forms.may_contain(form) && forms.names.may_contain(name)) {
        return false;
    }
    if forms.rows.binary_search(&(form, name)).is_ok() {
        return true;
    }
    // (In capitals too: "BECKY HALE" in a headline. The list's names are
    // capitalised, so its order is the same in any case.)
    let caps = |w: &str| !w.bytes().any(|c| c.is_ascii_lowercase());
    if !(caps(form) || caps(name)) {
        return false;
    }
    let cmp = |a: &str, b: &str| {
        a.bytes()
            .map(|c| c.to_ascii_lowercase())
            .cmp(b.bytes().map(|c| c.to_ascii_lowercase()))
    };
    forms
        .rows
        .binary_search_by(|&(f, n)| cmp(f, form).then_with(|| cmp(n, name)))
        .is_ok()
}

/// The words between a name's first and last, when all are initials
/// ("W", "H.W": name words lose their final period).
fn middle_initials<S: AsRef<str>>(words: &[S]) -> Option<&[S]> {
    let m = words.get(1..words.len().checked_sub(1)?)?;
    (!m.is_empty() && m.iter().all(|w| is_initials(w.as_ref()))).then_some(m)
}

/// The letters of [`middle_initials`], without their periods.
fn initial_letters<S: AsRef<str>>(m: &[S]) -> impl Iterator<Item = char> + '_ {
    m.iter()
        .flat_map(|w| w.as_ref().chars())
        .filter(|&c| c != '.')
}

/// Collapses whitespace runs (a name broken over a line) to one space.
fn normalize_space(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The names [`shared_surnames`] compares a given name alone with: the
/// surnames of the article's full names (and of its one-word names with a
/// title), and for each given name of a full name its surname (`None`
/// when it has several).
#[derive(Default)]
struct Named<'t> {
    surnames: HashSet<&'t str>,
    given: HashMap<&'t str, Option<&'t str>>,
}

/// How many people of one surname, latest first, a mention of the
/// surname is compared with.
const SAME_SURNAME_REACH: usize = 64;

/// A given name alone joined by "and" to a full name shares its surname:
/// "Bill and Hillary Clinton", "his parents, Nathan and Ann Hale", "Ann
/// and Tom Hale-Roy" (not a surname alone, "Hale and Ann Roy"; nor a word
/// that names someone else the article names, "Clarence Thomas … Thomas
/// and Ann Roy", "Sen. Warren … Warren and Tom Hale", "Todd Bryant … Todd
/// and Lena Roy were married"; nor the last of a list of names, "Brandy,
/// Monica and Lena Roy"; nor a word the lists take for something else).
fn shared_surnames(cx: &Context<'_>, findings: &mut [Finding]) {
    let lex = Lexicon::get();
    let text = cx.text;
    // (The names of the article's people, gathered when first asked: most
    // articles have no such pair. A full name's first and last words,
    // and a word alone with a title.)
    let mut named: Option<Named<'_>> = None;
    for k in 1..findings.len() {
        let (a, b) = findings[k - 1].toks;
        let (c, d) = findings[k].toks;
        // (The shape first: one word, "and", two words or more.)
        let joined = b == a + 1 && c == b + 1 && d >= c + 2 && cx.tokens[b].text(text) == "and";
        if !joined {
            continue;
        }
        let word = name_word(cx, a);
        let one_given = findings[k - 1].title.is_none()
            && lex.not_name(word).is_none()
            && lex.given(word).is_some();
        // (A list: a capitalised word and a comma right before, "Brandy,
        // Monica and …"; not an opening place, "In Dover, Ann and Tom
        // Hale".)
        let opening = |p: usize| {
            matches!(
                cx.tokens[p].text(text),
                "In" | "On" | "At" | "From" | "After" | "During" | "Since"
            )
        };
        let listed = a >= 2
            && cx.tokens[a - 1].text(text) == ","
            && cx.tokens[a - 2].cap()
            && !(a >= 3 && opening(a - 3));
        // (The full name: a given name, then its surname last.)
        if !one_given || listed || lex.given(name_word(cx, c)).is_none() {
            continue;
        }
        // The surname: the last word but a suffix ("Tom Hale Jr."), with
        // the parts a hyphen joins and the particles before it ("Hale-Roy",
        // "van der Berg").
        let Some(mut first) = (c + 1..d).rev().find(|&t| {
            cx.tokens[t].kind == crate::text::TokenKind::Word && !lex.suffix(name_word(cx, t))
        }) else {
            continue;
        };
        let last = first;
        while first > c + 1 {
            let glued = !cx.tokens[first].space_before && !cx.tokens[first - 1].space_before;
            if glued && first >= c + 3 && cx.tokens[first - 1].text(text) == "-" {
                first -= 2;
            } else if particle_any_case(name_word(cx, first - 1)) {
                first -= 1;
            } else {
                break;
            }
        }
        let surname = Span::new(cx.tokens[first].start(), name_end(cx, last));
        let named = named.get_or_insert_with(|| {
            let mut named = Named::default();
            for f in findings.iter() {
                let (s, e) = f.toks;
                if e >= s + 2 {
                    let (g, l) = (name_word(cx, s), name_word(cx, e - 1));
                    named.surnames.insert(l);
                    named
                        .given
                        .entry(g)
                        .and_modify(|x| *x = x.filter(|&x| x == l))
                        .or_insert(Some(l));
                } else if f.title.is_some() {
                    named.surnames.insert(name_word(cx, s));
                }
            }
            named
        });
        // (Someone else's: a surname, or the given name of a full name
        // with another surname; "Ann Hale … Ann and Tom Hale" is Ann.)
        let last_word = name_word(cx, last);
        let elsewhere = named.surnames.contains(word)
            || named.given.get(word).is_some_and(|&l| l != Some(last_word));
        if !elsewhere {
            findings[k - 1].shared_surname = Some(surname);
        }
    }
}

/// A person's name from the text of its fullest mention: spaces
/// normalised, and a nickname in brackets or quotation marks inside it
/// left out ("John D. (Jack) Hale IV" is "John D. Hale IV", "Robert “Bob”
/// Hale" is "Robert Hale").
fn person_name(mention: &str) -> String {
    let name = normalize_space_cow(mention);
    // (Only inside the name: a word before the marks and after them.)
    let nickname = name
        .char_indices()
        .find(|&(_, c)| matches!(c, '(' | '"' | '\u{201c}'))
        .and_then(|(open, mark)| {
            let close = match mark {
                '(' => ')',
                '"' => '"',
                _ => '\u{201d}',
            };
            let inner = open + mark.len_utf8();
            let end = inner + name[inner..].find(close)? + close.len_utf8();
            (open > 0 && end < name.len()).then_some((open, end))
        });
    match nickname {
        // (`name` is single-spaced, and so is each half.)
        Some((open, end)) => format!("{} {}", name[..open].trim_end(), name[end..].trim_start()),
        None => name.into_owned(),
    }
}

/// [`normalize_space`] without allocating when `s` needs no change.
fn normalize_space_cow(s: &str) -> std::borrow::Cow<'_, str> {
    // (Plain ASCII with single spaces between words, as most names are,
    // is its own normal form.)
    if crate::gazetteer::single_spaced_ascii(s.as_bytes()) {
        std::borrow::Cow::Borrowed(s)
    } else {
        std::borrow::Cow::Owned(normalize_space(s))
    }
}

/// Mentions from runs no rule explained that repeat a known person's
/// surname or full name; all-caps words (headlines) compare case-blind.
fn propagate(cx: &Context<'_>, det: &Detection, book: &Book<'_>) -> Vec<Finding> {
    // (Nothing to repeat, or nothing that could repeat it.)
    if book.people.is_empty() || det.candidates.is_empty() {
        return Vec::new();
    }
    let lex = Lexicon::get();
    // (Each person adds at most two forms to `known` and `known_upper`,
    // one to `known_given`: the sets are sized once.)
    let people = book.people.len();
    // (The people's names, spaces normalised: borrowed from the text but
    // for the few that need normalising.)
    let names: Vec<std::borrow::Cow<'_, str>> = book
        .people
        .iter()
        .map(|e| normalize_space_cow(e.name.get(book.text).unwrap_or("")))
        .collect();
    let mut known: HashSet<&str> =
        HashSet::with_capacity_and_hasher(2 * people, Default::default());
    // (The capitalised forms are written one after another into one
    // string, `upper`, and the set is built from its slices after.)
    // (A name's surname is no longer than the name.)
    let mut upper = String::with_capacity(names.iter().map(|name| 2 * name.len()).sum());
    let mut upper_ends: Vec<usize> = Vec::with_capacity(2 * book.people.len());
    let mut push_upper = |s: &str| {
        push_cased(&mut upper, s, true);
        upper_ends.push(upper.len());
    };
    // Given names alone: only where no place took the word ("Charlotte"
    // the town is not Charlotte Dunmore).
    let mut known_given: HashSet<&str> =
        HashSet::with_capacity_and_hasher(people, Default::default());
    // (A given name one person alone bears, a word the lists take for a
    // name.)
    let given_alone = |w: &str| {
        book.by_given
            .get(&Caseless::new(w))
            .is_some_and(|&(_, n)| n == 1)
            && lex.not_name(w).is_none()
    };
    for (e, name) in book.people.iter().zip(&names) {
        let words = &book.name_words[e.words.clone()];
        if words.len() > 1 && words[0].chars().count() > 1 && given_alone(words[0]) {
            known_given.insert(words[0]);
        }
        if let Some(s) = words.last() {
            if s.chars().count() > 1 {
                known.insert(*s);
                push_upper(s);
            }
        }
        known.insert(name);
        push_upper(name);
    }
    // (And a familiar form a person is named by: "Becky" for Rebecca
    // Hale.)
    for &w in &book.familiar {
        if given_alone(w) {
            known_given.insert(w);
        }
    }
    let mut known_upper: HashSet<&str> =
        HashSet::with_capacity_and_hasher(upper_ends.len(), Default::default());
    // Most runs, and words and pairs compared in capitals, are no known
    // form: the filter (the first two and last two letters of every form,
    // in any case, so of `known` as of `known_upper`) turns them away
    // before they are hashed, or upper-cased and hashed. (It never takes
    // the empty word to be a form: that is looked up.)
    let mut upper_filter = ShapeFilter::new();
    let mut start = 0;
    for &end in &upper_ends {
        known_upper.insert(&upper[start..end]);
        upper_filter.insert(&upper[start..end]);
        start = end;
    }
    let may_be_form = |s: &str| s.is_empty() || upper_filter.may_contain(s);
    let mut up = String::new();
    let mut known_in_capitals =
        |s: &str| may_be_form(s) && known_upper.contains(upper_into(&mut up, s));
    let mut out = Vec::new();
    let text = cx.text;
    for c in &det.candidates {
        let (a, b) = c.toks;
        // "the Hale family" names the family, none of its people.
        let family = a > 0
            && cx.words[a - 1].eq_ignore_ascii_case("the")
            && cx
                .words
                .get(b)
                .is_some_and(|w| matches!(*w, "family" | "families" | "household"));
        // Nor "Byrne/JAG", a program's name: a word glued by a slash to
        // an acronym (not in a line of capitals, "SENS. ROY/HALE BILL").
        let slashed = |k: usize, acronym: usize| {
            cx.tokens.get(k).is_some_and(|t| !t.space_before)
                && cx.words.get(k) == Some(&"/")
                && cx
                    .tokens
                    .get(acronym)
                    .is_some_and(|t| t.all_caps() && (acronym < k || !t.space_before))
        };
        let glued = b == a + 1
            && !caps_word(cx, a)
            && (slashed(b, b + 1)
                || (a >= 2 && slashed(a - 1, a - 2) && !cx.tokens[a].space_before));
        if family || glued {
            continue;
        }
        let Some(whole) = text.get(cx.tokens[a].start()..name_end(cx, b - 1)) else {
            continue;
        };
        // (The whole run is compared only when not in capitals.)
        if !caps_word(cx, a) && !c.headline {
            let whole = if b - a == 1 {
                // (No token holds whitespace: one is its own normal form.)
                std::borrow::Cow::Borrowed(whole)
            } else {
                normalize_space_cow(whole)
            };
            let given_alone = || c.valid && known_given.contains(whole.as_ref());
            let is_known = may_be_form(&whole) && known.contains(whole.as_ref());
            if is_known || given_alone() {
                out.push(finding(cx, a, b));
                continue;
            }
        }
        // Another person of a known family: "Ilse Doe" after "Karl Doe".
        if c.valid && b - a == 2 {
            let last = name_word(cx, a + 1);
            if book.by_surname.contains_key(&Caseless::new(last)) {
                out.push(finding(cx, a, b));
                continue;
            }
        }
        // Word by word, for all-caps runs ("SMITH WINS"), and pairs.
        let mut i = a;
        while i < b {
            if cx.tokens[i].kind != crate::text::TokenKind::Word {
                i += 1;
                continue;
            }
            let caps = caps_word(cx, i) || c.headline;
            // (A word not in capitals is compared only alone, and alone it
            // is the whole run, looked up above: had `known` held it, the
            // run would be a mention already.)
            if !caps {
                i += 1;
                continue;
            }
            let w = name_word(cx, i);
            if i + 1 < b {
                let pair_end = name_end(cx, i + 1);
                let pair = normalize_space_cow(&text[cx.tokens[i].start()..pair_end]);
                if known_in_capitals(&pair) {
                    out.push(finding(cx, i, i + 2));
                    i += 2;
                    continue;
                }
            }
            if known_in_capitals(w) {
                out.push(finding(cx, i, i + 1));
            }
            i += 1;
        }
    }
    out.retain(|f| crate::text::whole_graphemes(cx.text, f.name));
    out
}

fn caps_word(cx: &Context<'_>, i: usize) -> bool {
    cx.tokens[i].all_caps()
}

/// The bytes of token `i`'s possessive ending, if any.
fn possessive_len(cx: &Context<'_>, i: usize) -> usize {
    crate::text::possessive_bytes(cx.words[i].as_bytes())
}

/// The end of the name part of token `i` (before a possessive).
fn name_end(cx: &Context<'_>, i: usize) -> usize {
    cx.tokens[i].end() - possessive_len(cx, i)
}

/// The name part of token `i` (before a possessive).
fn name_word<'t>(cx: &Context<'t>, i: usize) -> &'t str {
    detect::without_possessive(cx.words[i], possessive_len(cx, i) as u8)
}

/// A legislator's abbreviated title without the state before it: "Idaho
/// Sen." → "Sen.", "New York Rep." → "Rep." (the state is the seat's, not
/// the title's; "Texas Attorney General" and "Ohio Gov." keep theirs).
fn without_state(title: &str) -> Option<&'static str> {
    let (state, abbreviation) = title.rsplit_once(' ')?;
    let bare = match abbreviation {
        "Sen." => "Sen.",
        "Rep." => "Rep.",
        _ => return None,
    };
    (state.starts_with(char::is_uppercase)
        && crate::entity::places::postal::region_named(state).is_some())
    .then_some(bare)
}

/// A plural title in the singular: "Senators" → "Senator", "Sens." →
/// "Sen.", "U.S. Representatives" → "U.S. Representative", "Secretaries"
/// → "Secretary", "former Secretaries of State" → "former Secretary of
/// State" (the plural before an office's "of"). (Joined with `concat`:
/// `format!` costs several times as much for a few pieces.)
fn singular(title: &str) -> String {
    let (head, office) = title
        .find(" of ")
        .map_or((title, ""), |i| title.split_at(i));
    let (body, stop) = head.strip_suffix('.').map_or((head, ""), |b| (b, "."));
    let (stem, ending) = if let Some(b) = body.strip_suffix("men").filter(|b| !b.is_empty()) {
        (b, "man")
    } else if let Some(b) = body.strip_suffix("ies").filter(|b| b.len() > 1) {
        (b, "y")
    } else if let Some(b) = body.strip_suffix('s').filter(|b| !b.is_empty()) {
        (b, "")
    } else {
        return title.to_string();
    };
    [stem, ending, stop, office].concat()
}

fn finding(cx: &Context<'_>, a: usize, b: usize) -> Finding {
    Finding {
        name: Span::new(cx.tokens[a].start(), name_end(cx, b - 1)),
        toks: (a, b),
        title: None,
        gender: None,
        weak: false,
        plural: false,
        role: None,
        generic_gender: false,
        shared_surname: None,
    }
}

/// Role phrases that name no one: tied to a person when the article gives
/// that person the same title; otherwise resolved through the office-holder
/// table by the article's date. Adds titles only.
fn resolve_roles(cx: &Context<'_>, det: &Detection, book: &mut Book<'_>) {
    if cx.office_holders.is_empty() {
        return;
    }
    let date = cx.structure.date;
    for r in &det.roles {
        let Some(phrase) = r.span.get(cx.text) else {
            continue;
        };
        let phrase = normalize_space(phrase);
        if book
            .people
            .iter()
            .any(|e| e.person.titles.contains(&phrase))
        {
            continue;
        }
        let pkey = fold(&phrase);
        for row in cx.office_holders.iter().filter(|o| o.holds_on(date)) {
            if !office_matches(row, &pkey) {
                continue;
            }
            let row_words = name_words(&row.person);
            let row_last = row_words.last().map(|s| s.to_lowercase());
            let found = book.people.iter_mut().find(|e| {
                let words = &book.name_words[e.words.clone()];
                words.last().map(|s| s.to_lowercase()) == row_last
                    && compatible(words, &row_words, || true)
            });
            if let Some(e) = found {
                if !e.person.titles.contains(&phrase) {
                    e.person.titles.push(phrase.clone());
                }
                break;
            }
        }
    }
}

/// Lower case, hyphens as spaces, one space between words.
fn fold(s: &str) -> String {
    s.to_lowercase()
        .replace(['-', '\u{2010}', '\u{2011}'], " ")
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// Whether a role phrase (folded) names the office of `row`: it contains
/// the role and the organization or country as whole words.
fn office_matches(row: &OfficeHolder, phrase: &str) -> bool {
    let has = |needle: &str| {
        let n = fold(needle);
        !n.is_empty()
            && phrase.match_indices(&n).any(|(i, _)| {
                let before = phrase[..i].chars().next_back().map_or(true, |c| c == ' ');
                let after = phrase[i + n.len()..]
                    .chars()
                    .next()
                    .map_or(true, |c| c == ' ');
                before && after
            })
    };
    has(&row.role) && (row.of.is_empty() || has(&row.of))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_persons_name_leaves_out_a_nickname_inside_it() {
        for (mention, name) in [
            ("John D. (Jack) Hale IV", "John D. Hale IV"),
            ("Robert \u{201c}Bob\u{201d}  Hale", "Robert Hale"),
            ("Ann \"Annie\" Roy", "Ann Roy"),
            ("Ann Roy", "Ann Roy"),
            // Not at either end, nor a mark left open.
            ("(Ann) Roy", "(Ann) Roy"),
            ("Ann Roy (D)", "Ann Roy (D)"),
            ("Ann \"Roy", "Ann \"Roy"),
            ("Ann(Jack)Roy", "Ann Roy"),
            ("Ann (Roy", "Ann (Roy"),
            ("\u{201c}", "\u{201c}"),
        ] {
            assert_eq!(person_name(mention), name, "{mention:?}");
        }
    }

    #[test]
    fn name_words_split_names() {
        let mut words = Vec::new();
        name_words_into("Harold T. Whitcombe Jr.", &mut words);
        assert_eq!(words, ["Harold", "T", "Whitcombe"]);
        name_words_into(" Ann\n\tRoy, ", &mut words);
        assert_eq!(words, ["Ann", "Roy"]);
        name_words_into("Zoë\u{A0}Kučera", &mut words);
        assert_eq!(words, ["Zoë", "Kučera"]);
    }

    #[test]
    fn caseless_keys_match_lower_case() {
        use std::hash::BuildHasher;
        let h = crate::hash::FxBuildHasher::default();
        for (a, b) in [("Smith", "SMITH"), ("\u{212A}im", "kim"), ("ÖZIL", "özil")] {
            assert_eq!(Caseless::new(a), Caseless::new(b));
            assert_eq!(h.hash_one(Caseless::new(a)), h.hash_one(Caseless::new(b)));
        }
        assert_ne!(Caseless::new("Smith"), Caseless::new("Smyth"));
    }

    #[test]
    fn kin_last_keeps_every_kinship_word() {
        for (w, _) in KIN {
            assert!(kin_last(*w.as_bytes().last().unwrap()), "{w}");
        }
        assert!(!kin_last(b'y') && !kin_last(b'Y') && !kin_last(b','));
    }

    #[test]
    fn kin_word_skips_every_whitespace_as_trim_end_did() {
        // The reference: the text before the name trimmed with `trim_end`,
        // a comma, the last alphabetic run.
        fn reference(text: &str, start: usize) -> Option<&str> {
            let before = text.get(..start).unwrap_or("").trim_end();
            let before = before.strip_suffix(',').unwrap_or(before).trim_end();
            let word = before
                .rsplit(|c: char| !c.is_alphabetic())
                .next()
                .unwrap_or("");
            KIN.iter().any(|(w, _)| *w == word).then_some(word)
        }
        for space in [
            " ", "\u{00A0}", "\u{2009}", "\u{202F}", "\u{3000}", "\x0B", "\t", "\n",
        ] {
            for before in [
                "his son",
                "his son,",
                "her wife",
                "the sons,",
                "reason",
                "Son",
                "éson",
            ] {
                let text = format!("{before}{space}Jack Hale");
                let start = text.len() - "Jack Hale".len();
                assert_eq!(
                    kin_word(&text, start).is_some(),
                    reference(&text, start).is_some(),
                    "{text:?}"
                );
            }
        }
    }

    #[test]
    fn tenure_len_reads_the_first_word() {
        // What `same_title` did: split at the first space.
        let reference = |t: &str| {
            let first = t.split(' ').next().unwrap_or("");
            let tenure = [
                "new", "former", "outgoing", "incoming", "current", "longtime", "founding",
            ];
            if tenure.iter().any(|p| first.eq_ignore_ascii_case(p)) && first.len() < t.len() {
                first.len() + 1
            } else {
                0
            }
        };
        for t in [
            "",
            "new",
            "New coach",
            "news editor",
            "former  mayor",
            "FORMER ",
            "é new",
            "newé x",
            "Longtime aide",
        ] {
            assert_eq!(tenure_len(t), reference(t), "{t:?}");
        }
    }

    #[test]
    fn same_title_reads_abbreviations() {
        assert!(same_title("Sen.", "Senator"));
        assert!(same_title("Governor", "Gov."));
        assert!(same_title("mayor", "Mayor"));
        assert!(same_title("new coach", "Coach"));
        assert!(!same_title("new", "Coach"));
        assert!(!same_title("Senator", "Governor"));
        assert!(!same_title("Gov", "Governor"));
    }

    #[test]
    fn mentions_sort_as_triples() {
        let triples = [
            (40, 47, 2),
            (3, 9, 1),
            (40, 45, 7),
            (3, 9, 0),
            (40, 45, 1),
            (0, 2, 5),
        ];
        let mut want = triples.to_vec();
        want.sort_unstable();
        let mut got = triples.to_vec();
        sort_mentions(&mut got);
        assert_eq!(got, want);
        // (Fields too wide for a key: sorted as triples.)
        let mut wide = triples.to_vec();
        wide.push((1 << 30, (1 << 30) + 3, 0));
        wide.push((5, 5 + (1 << 20), 1 << 25));
        let mut want = wide.clone();
        want.sort_unstable();
        sort_mentions(&mut wide);
        assert_eq!(wide, want);
    }
}
