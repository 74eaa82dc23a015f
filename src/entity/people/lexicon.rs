//! The word lists people detection reads: given names and surnames
//! (generated, `src/data`), and the curated lists of titles, name particles,
//! suffixes, degrees, capitalised non-names and person verbs
//! (`data/curated`).
//!
//! Every list is parsed once, on first use, into hash sets and maps.

use once_cell::sync::Lazy;

use crate::entity::Gender;
use crate::hash::{FxHashMap as HashMap, LowerMap, NameTable, ShapeFilter, WordFilter, WordMap};

#[cfg(feature = "embedded-data")]
const GIVEN_NAMES: &str = include_str!("../../data/given_names.tsv");
#[cfg(not(feature = "embedded-data"))]
const GIVEN_NAMES: &str = "";
#[cfg(feature = "embedded-data")]
const SURNAMES: &str = include_str!("../../data/surnames.tsv");
#[cfg(not(feature = "embedded-data"))]
const SURNAMES: &str = "";

const TITLES: &str = include_str!("../../../data/curated/titles.tsv");
const PARTICLES: &str = include_str!("../../../data/curated/name_particles.tsv");
const SUFFIXES: &str = include_str!("../../../data/curated/name_suffixes.tsv");
const POST_NOMINALS: &str = include_str!("../../../data/curated/post_nominals.tsv");
const NOT_NAMES: &str = include_str!("../../../data/curated/not_names.tsv");
const VERBS: &str = include_str!("../../../data/curated/person_verbs.tsv");

/// What a title is, from the `kind` column of `titles.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum TitleKind {
    /// A title that stands alone before a name ("President", "Gen.").
    Plain,
    /// A head that may take capitalised modifiers ("Foreign Minister").
    Head,
    /// Modifies a following title ("Deputy", "Vice").
    Prefix,
    /// A form of address kept out of `Person.titles` ("Mr.", "Ms.").
    Honorific,
    /// A plural title before a list of names ("Senators", "Reps."): each
    /// name gets it in the singular.
    Plural,
}

impl TitleKind {
    /// Whether a title of this kind is one person's role: not a form of
    /// address, nor a plural ("the lawmakers").
    pub(crate) fn names_one(self) -> bool {
        !matches!(self, TitleKind::Honorific | TitleKind::Plural)
    }
}

/// One curated title.
#[derive(Clone, Copy, Debug)]
pub(crate) struct Title {
    pub kind: TitleKind,
    pub gender: Option<Gender>,
    /// The gender comes from a head word in "-man" ("chairman",
    /// "spokesman"), also used for women: a given name outranks it.
    pub generic_gender: bool,
    /// Matches only when written with a capital ("Major", "Count"); lower
    /// case entries match in any case ("president").
    pub capitalised_only: bool,
    /// An occupation: a title only in lower case, or capitalised by a
    /// sentence start ("curator Ann Roy"; not "Teacher Retirement System").
    pub lower_case_only: bool,
    /// An academic or professional form of address ("Dr.", "Prof."): an
    /// honorific that `Person.titles` keeps.
    pub academic: bool,
}

/// What the title list knows about a lookup key (see [`key`]).
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct TitleKey {
    /// The title whose key this is.
    pub title: Option<Title>,
    /// Some longer title key starts with this one: a phrase extending it
    /// may still be a title.
    pub longer: bool,
}

/// What a capitalised non-name word does, from `not_names.tsv`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NotName {
    /// Never part of a name: breaks a run of capitalised words.
    Never,
    /// Marks the run as a place, organization or event name.
    Place,
    /// Opens a place's name ("Mount", "Camp"): a run it starts is a
    /// place, though it may end a person's name as a surname ("Dave
    /// Camp").
    Prefix,
    /// Opens or ends a place's name ("Fort", "Lake", "Port"): marks the
    /// run as a place wherever it stands, also first, where a surname
    /// it may also be would otherwise start a person's name.
    PlacePrefix,
    /// Ends a place's name though it is a surname ("Park", "Field",
    /// "Grant"): a run of two or more words it ends is a person's name
    /// only when given names alone come before it ("Lee Park", "Mary Ann
    /// Park"; not "Patterson Park", "Kelly Dorn Park").
    PlaceEnd,
    /// A common noun written with a capital: never in a name.
    Common,
    /// Not a given name, though the name lists have it.
    Given,
}

/// Where a person verb stands relative to the name.
#[derive(Clone, Copy, Debug, Default)]
pub(crate) struct VerbPos {
    /// "Smith said"
    pub after: bool,
    /// "said Smith"
    pub before: bool,
}

/// All lists, parsed.
#[derive(Debug)]
pub(crate) struct Lexicon {
    /// Given names, with their gender (see [`gender_code`]).
    given: NameTable,
    surnames: NameTable,
    /// Every title key and every prefix of one (at char boundaries):
    /// whether a phrase is a title, or can still grow into one, is one
    /// lookup.
    title_keys: LowerMap<TitleKey>,
    /// The most tokens any title spans ("Lt. Gen." is 4).
    pub title_max_tokens: usize,
    /// The first words of titles: a quick "no" before any title lookup.
    title_first: WordFilter,
    /// The last words of titles, lower case: [`END_WORD`] for a title that
    /// ends with the word ("minister"), [`END_BEFORE_PERIOD`] for one that
    /// ends with the word and a period ("Gen.").
    title_ends: LowerMap<u8>,
    /// The [`end_shape`]s of the words of `title_ends`, one bit each: a
    /// quick "no" before the lookup for the many words the title tests ask
    /// about that end no title.
    title_end_shapes: Box<[u64; SHAPE_BITS / 64]>,
    particles: WordMap<()>,
    suffixes: WordMap<()>,
    /// The length in bytes of the longest suffix: a longer word (most
    /// words asked about) is none, without a lookup.
    suffix_max_len: usize,
    /// Degrees and credentials after a name's comma ("M.D", "MPH").
    post_nominals: WordMap<()>,
    not_names: WordMap<NotName>,
    /// The shapes of the words of `not_names`: a quick "no" for most
    /// capitalised words of a text (names), before the lookup.
    not_name_shapes: ShapeFilter,
    verbs: WordMap<VerbPos>,
}

/// The rows of a TSV list: `#` comments, blank lines and the header row
/// (its first field equal to `header`) are skipped.
pub(super) fn rows<'a>(tsv: &'a str, header: &'a str) -> impl Iterator<Item = Row<'a>> + 'a {
    tsv.lines()
        .map(|l| l.trim_end_matches('\r'))
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(Row::of_line)
        .filter(move |r| r[0] != header && !r[0].is_empty())
}

/// The rows of a generated name list (`name`, then a tab and a second
/// field or nothing): [`rows`] for the 96,000 rows of the two lists,
/// read faster at the first build (the generator writes no spaces around
/// fields and no carriage returns: a test checks both).
fn name_rows(tsv: &'static str) -> impl Iterator<Item = (&'static str, &'static str)> {
    // (One byte loop finding the tab and the line's end: lines are short,
    // and `split` with `split_once` cost two searches each set up anew.)
    let mut at = 0;
    std::iter::from_fn(move || {
        let bytes = tsv.as_bytes();
        while at < bytes.len() {
            let start = at;
            let mut tab = None;
            while at < bytes.len() && bytes[at] != b'\n' {
                if bytes[at] == b'\t' && tab.is_none() {
                    tab = Some(at);
                }
                at += 1;
            }
            let end = at;
            at += 1;
            // (Tabs and newlines are ASCII: every cut is a char boundary.)
            let (name, rest) = match tab {
                Some(t) => (&tsv[start..t], &tsv[t + 1..end]),
                None => (&tsv[start..end], ""),
            };
            if !name.is_empty() && !name.starts_with('#') && name != "name" {
                return Some((name, rest));
            }
        }
        None
    })
}

/// The trimmed fields of one row of a TSV list, read as a slice: the first
/// [`Row::MAX`] of them (a test checks that no list has more), without a
/// `Vec` per row.
pub(super) struct Row<'a> {
    fields: [&'a str; Row::MAX],
    len: usize,
}

impl<'a> Row<'a> {
    const MAX: usize = 4;

    fn of_line(line: &'a str) -> Row<'a> {
        let mut row = Row {
            fields: [""; Row::MAX],
            len: 0,
        };
        for field in line.split('\t').take(Row::MAX) {
            row.fields[row.len] = field.trim();
            row.len += 1;
        }
        row
    }
}

impl<'a> std::ops::Deref for Row<'a> {
    type Target = [&'a str];

    fn deref(&self) -> &[&'a str] {
        &self.fields[..self.len]
    }
}

/// A gender as a [`NameTable`] value.
fn gender_code(g: Option<Gender>) -> u8 {
    match g {
        None => 0,
        Some(Gender::Male) => 1,
        Some(Gender::Female) => 2,
    }
}

/// The inverse of [`gender_code`].
fn code_gender(code: u8) -> Option<Gender> {
    match code {
        1 => Some(Gender::Male),
        2 => Some(Gender::Female),
        _ => None,
    }
}

fn gender(s: &str) -> Option<Gender> {
    match s {
        "m" | "M" | "male" => Some(Gender::Male),
        "f" | "F" | "female" => Some(Gender::Female),
        _ => None,
    }
}

/// The lookup key of a phrase: lower case, words separated by one space,
/// no space around hyphens and before a final period.
pub(crate) fn key(phrase: &str) -> String {
    let mut out = String::with_capacity(phrase.len());
    for (i, tok) in crate::text::tokenize(phrase).iter().enumerate() {
        if i > 0 && tok.space_before {
            out.push(' ');
        }
        crate::text::push_lower(&mut out, tok.text(phrase));
    }
    out
}

static LEXICON: Lazy<Lexicon> = Lazy::new(Lexicon::load);

/// How many bits [`Lexicon::title_end_shapes`] holds.
const SHAPE_BITS: usize = 4096;

/// The shape of `word` for [`Lexicon::title_end_shapes`] ([`crate::hash::end_shape`]).
#[inline]
fn end_shape(word: &[u8]) -> Option<usize> {
    crate::hash::end_shape(word, SHAPE_BITS)
}

/// Bits of [`Lexicon::title_ends`]: the word ends a title.
const END_WORD: u8 = 1;
/// The word and a period end a title.
const END_BEFORE_PERIOD: u8 = 2;

impl Lexicon {
    /// The shared lexicon, parsed on first use.
    pub(crate) fn get() -> &'static Lexicon {
        &LEXICON
    }

    fn load() -> Lexicon {
        let given = NameTable::new(
            GIVEN_NAMES,
            name_rows(GIVEN_NAMES).map(|(name, g)| (name, gender_code(gender(g)))),
        );
        let surnames = NameTable::new(SURNAMES, name_rows(SURNAMES).map(|(name, _)| (name, 0)));
        let mut titles = HashMap::default();
        let mut title_max_tokens = 1;
        let mut first_words = Vec::new();
        let mut end_words = Vec::new();
        for r in rows(TITLES, "title") {
            let kind = match r.get(2).copied().unwrap_or("") {
                "head" => TitleKind::Head,
                "prefix" => TitleKind::Prefix,
                "honorific" | "academic" => TitleKind::Honorific,
                "plural" | "plural_occupation" => TitleKind::Plural,
                _ => TitleKind::Plain,
            };
            let head = r[0].rsplit(' ').next().unwrap_or("").to_ascii_lowercase();
            let t = Title {
                kind,
                gender: r.get(1).and_then(|g| gender(g)),
                generic_gender: head.ends_with("man") && !head.ends_with("woman"),
                capitalised_only: r[0].chars().next().is_some_and(char::is_uppercase),
                lower_case_only: matches!(r.get(2), Some(&("occupation" | "plural_occupation"))),
                academic: r.get(2) == Some(&"academic"),
            };
            let toks = crate::text::tokenize(r[0]);
            title_max_tokens = title_max_tokens.max(toks.len());
            if let Some(first) = toks.first() {
                first_words.push(first.text(r[0]));
            }
            match toks.as_slice() {
                [.., word, period] if period.text(r[0]) == "." => {
                    end_words.push((word.text(r[0]).to_string(), END_BEFORE_PERIOD));
                }
                [.., word] => end_words.push((word.text(r[0]).to_string(), END_WORD)),
                [] => {}
            }
            titles.entry(key(r[0])).or_insert(t);
        }
        let particles = WordMap::new(rows(PARTICLES, "particle").map(|r| (r[0], ())));
        let suffix_words: Vec<&str> = rows(SUFFIXES, "suffix").map(|r| r[0]).collect();
        let suffix_max_len = suffix_words.iter().map(|w| w.len()).max().unwrap_or(0);
        let suffixes = WordMap::new(suffix_words.into_iter().map(|w| (w, ())));
        let post_nominals = WordMap::new(rows(POST_NOMINALS, "post_nominal").map(|r| (r[0], ())));
        let mut not_names = Vec::new();
        for r in rows(NOT_NAMES, "word") {
            let scope = match r.get(1).copied().unwrap_or("") {
                "place" => NotName::Place,
                "prefix" => NotName::Prefix,
                "place_prefix" => NotName::PlacePrefix,
                "place_end" => NotName::PlaceEnd,
                "common" => NotName::Common,
                "given" => NotName::Given,
                _ => NotName::Never,
            };
            not_names.push((r[0], scope));
        }
        let mut not_name_shapes = ShapeFilter::new();
        for &(w, _) in &not_names {
            not_name_shapes.insert(w);
        }
        let mut verbs: HashMap<&str, VerbPos> = HashMap::default();
        for r in rows(VERBS, "verb") {
            let pos = r.get(1).copied().unwrap_or("both");
            let v = verbs.entry(r[0]).or_default();
            v.after |= pos == "after" || pos == "both";
            v.before |= pos == "before" || pos == "both";
        }
        let mut prefixes = Vec::new();
        for (k, t) in titles {
            for (i, _) in k.char_indices().skip(1) {
                let longer = TitleKey {
                    title: None,
                    longer: true,
                };
                prefixes.push((k[..i].to_string(), longer));
            }
            let whole = TitleKey {
                title: Some(t),
                longer: false,
            };
            prefixes.push((k, whole));
        }
        let title_keys = LowerMap::new(prefixes, |a: TitleKey, b: TitleKey| TitleKey {
            title: a.title.or(b.title),
            longer: a.longer || b.longer,
        });
        let mut title_end_shapes = Box::new([0u64; SHAPE_BITS / 64]);
        let mut lower = String::new();
        for (w, _) in &end_words {
            lower.clear();
            crate::text::push_lower(&mut lower, w);
            // (A key of no shape is found only by words of no shape, which
            // are always looked up.)
            if let Some(bit) = end_shape(lower.as_bytes()) {
                title_end_shapes[bit / 64] |= 1 << (bit % 64);
            }
        }
        let mut title_first = WordFilter::new();
        for w in first_words {
            title_first.insert(w);
        }
        Lexicon {
            title_first,
            title_ends: LowerMap::new(end_words, |a, b| a | b),
            title_end_shapes,
            given,
            surnames,
            title_keys,
            title_max_tokens,
            particles,
            suffixes,
            suffix_max_len,
            post_nominals,
            not_names: WordMap::new(not_names),
            not_name_shapes,
            verbs: WordMap::new(verbs),
        }
    }

    /// Whether `word` is a given name that may start a name, and its gender.
    pub(crate) fn given(&self, word: &str) -> Option<Option<Gender>> {
        if self.not_names.contains(word) {
            return None;
        }
        self.given_entry(word)
    }

    /// The given-name list's entry for `word`, whether or not the word is
    /// also a known non-name.
    pub(crate) fn given_entry(&self, word: &str) -> Option<Option<Gender>> {
        self.given.get(word).map(code_gender)
    }

    /// The gender the name lists give `word`, whatever its use.
    pub(crate) fn given_gender(&self, word: &str) -> Option<Gender> {
        self.given_entry(word).flatten()
    }

    /// [`Lexicon::given_gender`], also of a name written with a capital
    /// inside it as the lists write it: "JoAnne" as "Joanne", "LaToya" as
    /// "Latoya".
    pub(crate) fn given_gender_camel(&self, word: &str) -> Option<Gender> {
        self.given_gender(word).or_else(|| {
            let mut chars = word.chars();
            let first = chars.next()?;
            let rest = chars.as_str();
            if !rest.chars().any(char::is_uppercase) || rest.chars().all(char::is_uppercase) {
                return None;
            }
            let mut name = String::with_capacity(word.len());
            name.push(first);
            name.extend(rest.chars().flat_map(char::to_lowercase));
            self.given_gender(&name)
        })
    }

    /// Whether `word` is a known surname.
    pub(crate) fn surname(&self, word: &str) -> bool {
        self.surnames.contains(word)
    }

    /// The title whose key is `key` (see [`key`]).
    pub(crate) fn title(&self, key: &str) -> Option<Title> {
        self.title_keys.get_lower(key).and_then(|k| k.title)
    }

    /// What the title list knows about `key` (see [`key`]), if some title
    /// key starts with it.
    pub(crate) fn title_key(&self, key: &str) -> Option<TitleKey> {
        self.title_keys.get_lower(key)
    }

    /// What the title list knows about the key `word` (one word or more),
    /// in any case (lower-cased as [`key`] lower-cases, character by
    /// character); `buf` is scratch space, used only for a key that is not
    /// ASCII.
    pub(crate) fn title_word(&self, word: &str, buf: &mut String) -> Option<TitleKey> {
        self.title_keys.get(word, buf)
    }

    /// The title the single word `word` is, in any case, if any: the cheap
    /// tests first, that a title may end with the word (a one-word title
    /// ends with its word: [`Lexicon::may_end_title`]) and start with it
    /// ([`may_start_title`](Lexicon::may_start_title)). `buf` is scratch
    /// space.
    pub(crate) fn title_of_word(&self, word: &str, buf: &mut String) -> Option<Title> {
        if !self.may_end_title(word) || !self.may_start_title(word) {
            return None;
        }
        self.title_word(word, buf).and_then(|k| k.title)
    }

    /// Whether some title ends with the token `word` (in any case), or,
    /// when `period`, with `word` and a period.
    /// (Inlined, so that a word of a shape no title's last word has
    /// ([`end_shape`]) is turned away without a call. The lookup is
    /// [`Lexicon::title_end_bits`].)
    #[inline]
    pub(crate) fn ends_title(&self, word: &str, period: bool, buf: &mut String) -> bool {
        let bit = if period { END_BEFORE_PERIOD } else { END_WORD };
        self.may_end_title(word) && self.title_end_bits(word, buf) & bit != 0
    }

    /// Whether some title may end with the word `word` (in any case, with
    /// or without a period after it): false only when no title's last word
    /// has its [`end_shape`] ([`Lexicon::title_end_shapes`]), up to hash
    /// collisions.
    #[inline]
    fn may_end_title(&self, word: &str) -> bool {
        let listed = |b: usize| self.title_end_shapes[b / 64] & (1 << (b % 64)) != 0;
        end_shape(word.as_bytes()).map_or(true, listed)
    }

    /// The [`END_WORD`] and [`END_BEFORE_PERIOD`] bits of `word` (any
    /// case), 0 when it ends no title. (Out of line, so that
    /// [`Lexicon::ends_title`] stays small.)
    #[inline(never)]
    fn title_end_bits(&self, word: &str, buf: &mut String) -> u8 {
        self.title_ends.get(word, buf).unwrap_or(0)
    }

    /// Whether a title may start with the token `word` (false only when
    /// no title's first word shares its first two letters and length, up
    /// to hash collisions).
    #[inline]
    pub(crate) fn may_start_title(&self, word: &str) -> bool {
        self.title_first.may_contain(word)
    }

    /// Whether `word` is a lower-case name particle ("von", "al").
    pub(crate) fn particle(&self, word: &str) -> bool {
        self.particles.contains(word)
    }

    /// Whether `word` is a name suffix ("Jr", "III"), without its period.
    pub(crate) fn suffix(&self, word: &str) -> bool {
        word.len() <= self.suffix_max_len && self.suffixes.contains(word)
    }

    /// Whether `word` is a listed degree or credential written after a
    /// name's comma ("M.D", "MPH", "Esq"), without its final period.
    pub(crate) fn post_nominal(&self, word: &str) -> bool {
        self.post_nominals.contains(word)
    }

    /// How `word` (as written) is known not to be a name.
    #[inline]
    pub(crate) fn not_name(&self, word: &str) -> Option<NotName> {
        if !self.not_name_shapes.may_contain(word) {
            return None;
        }
        self.not_names.get(word)
    }

    /// [`Lexicon::not_name`] of `word`, which lies at byte `start` of
    /// `text` (a token's word: its short form is packed with one read of
    /// the text).
    #[inline]
    pub(crate) fn not_name_at(&self, text: &str, start: usize, word: &str) -> Option<NotName> {
        if !self.not_name_shapes.may_contain(word) {
            return None;
        }
        self.not_names.get_at(text.as_bytes(), start, word)
    }

    /// Where `word` (lower case, as written) takes a person.
    pub(crate) fn verb(&self, word: &str) -> Option<VerbPos> {
        self.verbs.get(word)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quick_tests_keep_every_listed_word() {
        // (The suffix length and the not-names' shapes only turn away
        // words the lists lack.)
        let lex = Lexicon::get();
        for r in rows(SUFFIXES, "suffix") {
            assert!(lex.suffix(r[0]), "{}", r[0]);
        }
        for r in rows(NOT_NAMES, "word") {
            assert!(lex.not_name(r[0]).is_some(), "{}", r[0]);
        }
    }

    #[test]
    fn lists_parse() {
        let lex = Lexicon::get();
        assert!(lex.title(&key("Prime Minister")).is_some());
        assert!(lex.title(&key("Secretary-General")).is_some());
        assert!(lex.title(&key("Lt. Gen.")).is_some());
        assert!(lex.title_max_tokens >= 4);
        assert_eq!(
            lex.title(&key("Chairwoman")).unwrap().gender,
            Some(Gender::Female)
        );
        assert_eq!(lex.title(&key("Mr.")).unwrap().kind, TitleKind::Honorific);
        assert!(lex.particle("von"));
        assert!(lex.suffix("Jr"));
        assert_eq!(lex.not_name("Monday"), Some(NotName::Never));
        assert!(lex.verb("said").unwrap().before);
        assert_eq!(key("Secretary General"), "secretary general");
        assert_eq!(key("Sen."), "sen.");
        assert!(lex.title_key("prime").is_some());
        for w in ["Prime", "MINISTER", "Mr", "sen", "Lt"] {
            assert!(lex.may_start_title(w), "{w}");
        }
        for w in ["Xqzzyv", "Zzyzx", "Qat", "Yoyodyne"] {
            assert!(!lex.may_start_title(w), "{w}");
        }
        assert!(lex.title_key("prime minister").is_some());
        assert!(lex.title_key("prime ministerx").is_none());
        assert!(lex
            .title_key("prime")
            .is_some_and(|k| k.longer && k.title.is_none()));
        let mut buf = String::new();
        assert!(lex
            .title_word("PRESIDENT", &mut buf)
            .is_some_and(|k| k.title.is_some()));
        for key in [
            "Prime Minister",
            "PRIME MINISTER",
            "Prime",
            "Attorney General",
        ] {
            let lower = key.to_lowercase();
            let shape = |k: Option<TitleKey>| k.map(|k| (k.longer, k.title.is_some()));
            assert_eq!(
                shape(lex.title_word(key, &mut buf)),
                shape(lex.title_key(&lower)),
                "{key}"
            );
            assert!(lex.title_key(&lower).is_some(), "{key}");
        }
        assert!(lex.title_word("Prime Ministerx", &mut buf).is_none());
        assert!(lex.ends_title("Minister", false, &mut buf));
        assert!(lex.ends_title("gen", true, &mut buf));
        assert!(!lex.ends_title("said", false, &mut buf));
        assert!(!lex.ends_title("Minister", true, &mut buf));
        // (Some shapes are not listed: the filter can turn words away.)
        assert!(lex.title_end_shapes.iter().any(|&bits| bits != u64::MAX));
    }

    /// A word and its lower case have the same shape, or the word has none
    /// (and is always looked up).
    #[test]
    fn end_shape_keeps_case() {
        for w in [
            "Minister",
            "GEN",
            "Kanzlerin",
            "PRÄSIDENT",
            "Ärztin",
            "ab",
            "X",
            "Co-Chair",
            "DÉPUTÉ",
            "SeñOR",
            "İMAM",
        ] {
            let mut lower = String::new();
            crate::text::push_lower(&mut lower, w);
            if let Some(shape) = end_shape(w.as_bytes()) {
                assert_eq!(Some(shape), end_shape(lower.as_bytes()), "{w}");
            }
        }
    }

    /// [`Lexicon::title_of_word`] turns away the words no title ends with:
    /// every title of one word ends with it, in any case.
    #[test]
    fn one_word_titles_may_end_titles() {
        let lex = Lexicon::get();
        let mut buf = String::new();
        for r in rows(TITLES, "title") {
            if crate::text::tokenize(r[0]).len() == 1 {
                for w in [r[0].to_string(), r[0].to_uppercase(), r[0].to_lowercase()] {
                    assert!(lex.may_end_title(&w), "{w}");
                    assert!(lex.title_of_word(&w, &mut buf).is_some(), "{w}");
                }
            }
        }
    }

    /// A word listed twice would keep only its first scope: the later row
    /// would read as a rule that never applies.
    #[test]
    fn not_names_list_each_word_once() {
        let mut seen = std::collections::HashSet::new();
        for r in rows(NOT_NAMES, "word") {
            assert!(seen.insert(r[0]), "{} is listed twice", r[0]);
        }
    }

    #[cfg(feature = "embedded-data")]
    #[test]
    fn name_lists_parse() {
        let lex = Lexicon::get();
        assert!(lex.given("Christian").is_some());
        assert!(lex.given("General").is_none());
        assert!(lex.surnames.len() > 10_000);
    }

    /// The fast reader of the name lists reads the rows the general one
    /// does; and no list holds more fields than a [`Row`] keeps.
    #[cfg(feature = "embedded-data")]
    #[test]
    fn name_rows_reads_what_rows_reads() {
        for src in [
            TITLES,
            PARTICLES,
            SUFFIXES,
            NOT_NAMES,
            VERBS,
            GIVEN_NAMES,
            SURNAMES,
        ] {
            let widest = src
                .lines()
                .filter(|l| !l.starts_with('#'))
                .map(|l| l.split('\t').count())
                .max();
            assert!(widest.is_some_and(|n| n <= Row::MAX), "{widest:?}");
        }
        for src in [GIVEN_NAMES, SURNAMES] {
            let fast: Vec<(&str, &str)> = name_rows(src).collect();
            let general: Vec<(&str, &str)> = rows(src, "name")
                .map(|r| (r[0], r.get(1).copied().unwrap_or("")))
                .collect();
            assert_eq!(fast, general);
            assert!(!src.contains('\r') && !src.contains(" \t") && !src.contains("\t "));
        }
    }

    /// The compact tables drop names longer than 255 bytes or past their
    /// text's first 4 MiB, and keep the first of two equal names: the
    /// generated lists must have none of those, so every row is a slot.
    #[cfg(feature = "embedded-data")]
    #[test]
    fn name_tables_hold_every_row() {
        let lex = Lexicon::get();
        for (table, src) in [(&lex.given, GIVEN_NAMES), (&lex.surnames, SURNAMES)] {
            let names: Vec<&str> = rows(src, "name").map(|r| r[0]).collect();
            assert_eq!(table.len(), names.len());
            assert!(names.iter().all(|n| table.contains(n)));
        }
    }
}
