//! Speech cues and the small word classes attribution relies on.
//!
//! The cues are data (`data/curated/cues.tsv`): every form of a speech or
//! reporting verb, with flags saying how it attributes. The word classes
//! (pronouns, prepositions, clause words) are closed lists kept here.

use crate::hash::{insert_packed, lower8, pack_lower_word_at, pack_short, probe, LowerMap};

use once_cell::sync::Lazy;

static CUES_TSV: &str = include_str!("../../data/curated/cues.tsv");

/// How a speech cue attributes its content.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Cue {
    /// May come before its speaker: "…, said X".
    pub inv: bool,
    /// May take an addressee before its content: "told reporters that".
    pub obj: bool,
    /// Counts for unquoted speech only when followed by "that".
    pub that: bool,
    /// Counts only when its content holds a quoted fragment.
    pub quote: bool,
    /// The phrase "according to X".
    pub according: bool,
    /// Its content may be a noun phrase or an infinitive, not only a clause.
    pub np: bool,
    /// A present participle ("adding"): its speaker is the clause's subject.
    pub participle: bool,
    /// Also a verb of amounts: no speech before "from"/"by"/"to" and a
    /// number ("dropped sharply from 40 percent").
    pub amount: bool,
    /// Also a verb of phoning: no speech before "in to"/"into" ("called
    /// into a radio show").
    pub phone: bool,
    /// Reports the object after "to" ("referred to the plan"): a cue only
    /// before "to", not in a name given ("referred to as").
    pub to: bool,
    /// The verb's plain form, its lemma ("announce", "confirm").
    pub plain: bool,
    /// How many words its phrase has after the cue's own word ("made it
    /// clear": 2; at most [`MAX_TAIL`]); 0 for a cue of one word and for
    /// "according to".
    pub tail: u8,
}

/// Word classes, as bit flags.
pub(crate) mod class {
    /// A subject pronoun that can be a speaker: he, she, they, I, we, it.
    pub const PRONOUN: u16 = 1;
    /// An object pronoun or audience noun after "told": him, reporters.
    pub const AUDIENCE: u16 = 1 << 1;
    /// A determiner or possessive that starts a noun phrase.
    pub const DET: u16 = 1 << 2;
    /// A preposition.
    pub const PREP: u16 = 1 << 3;
    /// A word that starts a clause or joins clauses (that, which, when).
    pub const CLAUSE: u16 = 1 << 4;
    /// An adverb or auxiliary that may sit between a speaker and a cue.
    pub const ADVERB: u16 = 1 << 5;
    /// A time word (Monday, yesterday, today).
    pub const TIME: u16 = 1 << 6;
    /// A finite auxiliary or copula (is, was, has, will).
    pub const AUX: u16 = 1 << 7;
    /// The head of a role phrase naming an office (president, minister).
    pub const TITLE: u16 = 1 << 8;
    /// A male pronoun.
    pub const MALE: u16 = 1 << 9;
    /// A female pronoun.
    pub const FEMALE: u16 = 1 << 10;
    /// A noun that often names a source (official, spokesman, report).
    pub const SOURCE: u16 = 1 << 11;
    /// An object pronoun (him, them, us, me): never a speaker.
    pub const OBJECT: u16 = 1 << 12;
    /// Where or how something was said (statement, interview, rally,
    /// Twitter): "… in a statement", "… at a rally".
    pub const MEDIUM: u16 = 1 << 13;
    /// An irregular past-tense verb that reports no speech (met, took,
    /// gave): ends a subject noun phrase as "-ed" verbs do.
    pub const PAST: u16 = 1 << 14;
}

/// Where a cue's `tail` sits among its flag bits ([`Cue::bits`]): after
/// the eleven flags, in two bits.
const TAIL_SHIFT: u32 = 11;
/// The longest `tail` a cue may have (a phrase of four words).
const MAX_TAIL: u8 = 3;
/// How many bits a cue's flags and `tail` take.
const CUE_BITS: u32 = TAIL_SHIFT + 2;

impl Cue {
    /// How many words the cue takes: 1, or its phrase's ("made it clear":
    /// 3).
    pub(crate) fn words(self) -> usize {
        1 + usize::from(self.tail)
    }

    /// This cue, read like "according to X".
    pub(crate) fn with_according(mut self) -> Cue {
        self.according = true;
        self
    }

    /// The flags as bits, in field order.
    #[inline]
    fn bits(self) -> u32 {
        [
            self.inv,
            self.obj,
            self.that,
            self.quote,
            self.according,
            self.np,
            self.participle,
            self.amount,
            self.phone,
            self.to,
            self.plain,
        ]
        .iter()
        .enumerate()
        .map(|(i, &b)| u32::from(b) << i)
        .sum::<u32>()
            | u32::from(self.tail.min(MAX_TAIL)) << TAIL_SHIFT
    }

    /// The cue whose [`bits`](Cue::bits) are `b`.
    #[inline]
    fn from_bits(b: u32) -> Cue {
        Cue {
            inv: b & 1 != 0,
            obj: b & 1 << 1 != 0,
            that: b & 1 << 2 != 0,
            quote: b & 1 << 3 != 0,
            according: b & 1 << 4 != 0,
            np: b & 1 << 5 != 0,
            participle: b & 1 << 6 != 0,
            amount: b & 1 << 7 != 0,
            phone: b & 1 << 8 != 0,
            to: b & 1 << 9 != 0,
            plain: b & 1 << 10 != 0,
            tail: (b >> TAIL_SHIFT & u32::from(MAX_TAIL)) as u8,
        }
    }
}

/// Everything the attribution rules know about a lower-cased word: its
/// [`class`] bits and its cue, packed into four bytes (the attribution
/// stage keeps one per token).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(crate) struct Lex(u32);

/// The bit of [`Lex`] saying it holds a cue (its flags sit above the
/// class bits).
const HAS_CUE: u32 = 1 << 31;

impl Lex {
    /// A word of classes `class` and cue `cue`.
    #[inline]
    pub fn new(class: u16, cue: Option<Cue>) -> Lex {
        Lex(u32::from(class) | cue.map_or(0, |c| HAS_CUE | c.bits() << 16))
    }

    /// The word's [`class`] bits.
    #[inline]
    pub fn class(self) -> u16 {
        self.0 as u16
    }

    /// The cue the word is, if any.
    #[inline]
    pub fn cue(self) -> Option<Cue> {
        (self.0 & HAS_CUE != 0).then(|| Cue::from_bits(self.0 >> 16 & ((1 << CUE_BITS) - 1)))
    }

    /// The same word with no cue.
    #[inline]
    pub fn without_cue(self) -> Lex {
        Lex(u32::from(self.class()))
    }
}

const WORDS: &[(&str, u16)] = &[
    ("he", class::PRONOUN | class::MALE),
    ("she", class::PRONOUN | class::FEMALE),
    ("they", class::PRONOUN),
    ("i", class::PRONOUN),
    ("we", class::PRONOUN),
    ("it", class::PRONOUN),
    ("you", class::PRONOUN),
    ("him", class::AUDIENCE | class::OBJECT),
    ("her", class::AUDIENCE | class::DET | class::OBJECT),
    ("them", class::AUDIENCE | class::OBJECT),
    ("us", class::AUDIENCE | class::OBJECT),
    ("me", class::AUDIENCE | class::OBJECT),
    ("reporters", class::AUDIENCE),
    ("journalists", class::AUDIENCE),
    ("supporters", class::AUDIENCE),
    ("voters", class::AUDIENCE),
    ("lawmakers", class::AUDIENCE),
    ("members", class::AUDIENCE),
    ("listeners", class::AUDIENCE),
    ("viewers", class::AUDIENCE),
    ("students", class::AUDIENCE),
    ("the", class::DET),
    ("a", class::DET),
    ("an", class::DET),
    ("his", class::DET),
    ("their", class::DET),
    ("its", class::DET),
    ("our", class::DET),
    ("my", class::DET),
    ("your", class::DET),
    ("this", class::DET | class::TIME),
    ("these", class::DET),
    ("those", class::DET),
    ("another", class::DET),
    ("one", class::DET),
    ("some", class::DET),
    ("many", class::DET),
    ("several", class::DET),
    ("two", class::DET),
    ("three", class::DET),
    ("most", class::DET),
    ("other", class::DET),
    ("in", class::PREP),
    ("on", class::PREP),
    ("at", class::PREP),
    ("during", class::PREP),
    ("after", class::PREP | class::CLAUSE),
    ("before", class::PREP | class::CLAUSE),
    ("to", class::PREP),
    ("with", class::PREP),
    ("from", class::PREP),
    ("by", class::PREP),
    ("about", class::PREP),
    ("over", class::PREP),
    ("via", class::PREP),
    ("through", class::PREP),
    ("into", class::PREP),
    ("under", class::PREP),
    ("amid", class::PREP),
    ("despite", class::PREP),
    ("following", class::PREP),
    ("against", class::PREP),
    ("outside", class::PREP),
    ("inside", class::PREP),
    ("within", class::PREP),
    ("among", class::PREP),
    ("near", class::PREP),
    ("across", class::PREP),
    ("toward", class::PREP),
    ("towards", class::PREP),
    ("throughout", class::PREP),
    ("since", class::PREP | class::CLAUSE),
    ("of", class::PREP),
    ("for", class::PREP),
    ("that", class::CLAUSE),
    ("which", class::CLAUSE),
    ("who", class::CLAUSE),
    ("whom", class::CLAUSE),
    ("whose", class::CLAUSE),
    ("when", class::CLAUSE),
    ("while", class::CLAUSE),
    ("because", class::CLAUSE),
    ("as", class::CLAUSE),
    ("if", class::CLAUSE),
    ("but", class::CLAUSE),
    ("and", class::CLAUSE),
    ("or", class::CLAUSE),
    ("so", class::CLAUSE),
    ("than", class::CLAUSE),
    ("although", class::CLAUSE),
    ("though", class::CLAUSE),
    ("where", class::CLAUSE),
    ("whereas", class::CLAUSE),
    ("what", class::CLAUSE),
    ("how", class::CLAUSE),
    ("why", class::CLAUSE),
    ("whether", class::CLAUSE),
    ("not", class::ADVERB),
    ("yet", class::ADVERB),
    ("also", class::ADVERB),
    ("later", class::ADVERB),
    ("then", class::ADVERB),
    ("previously", class::ADVERB),
    ("reportedly", class::ADVERB),
    ("recently", class::ADVERB),
    ("once", class::ADVERB),
    ("again", class::ADVERB),
    ("repeatedly", class::ADVERB),
    ("publicly", class::ADVERB),
    ("privately", class::ADVERB),
    ("earlier", class::ADVERB | class::TIME),
    ("further", class::ADVERB),
    ("simply", class::ADVERB),
    ("just", class::ADVERB),
    ("often", class::ADVERB),
    ("sometimes", class::ADVERB),
    ("seldom", class::ADVERB),
    ("never", class::ADVERB),
    ("long", class::ADVERB),
    ("both", class::ADVERB),
    ("always", class::ADVERB),
    ("finally", class::ADVERB),
    ("first", class::ADVERB),
    ("immediately", class::ADVERB),
    ("quickly", class::ADVERB),
    ("flatly", class::ADVERB),
    ("angrily", class::ADVERB),
    ("bluntly", class::ADVERB),
    ("openly", class::ADVERB),
    ("explicitly", class::ADVERB),
    ("specifically", class::ADVERB),
    ("falsely", class::ADVERB),
    ("wrongly", class::ADVERB),
    ("correctly", class::ADVERB),
    ("subsequently", class::ADVERB),
    ("still", class::ADVERB),
    ("now", class::ADVERB),
    ("already", class::ADVERB),
    ("even", class::ADVERB),
    ("frequently", class::ADVERB),
    // Sentence connectives: never a speaker, skipped before a subject.
    ("however", class::ADVERB),
    ("instead", class::ADVERB),
    ("meanwhile", class::ADVERB),
    ("nevertheless", class::ADVERB),
    ("nonetheless", class::ADVERB),
    ("moreover", class::ADVERB),
    ("furthermore", class::ADVERB),
    ("therefore", class::ADVERB),
    ("thus", class::ADVERB),
    ("indeed", class::ADVERB),
    ("otherwise", class::ADVERB),
    ("likewise", class::ADVERB),
    ("has", class::ADVERB | class::AUX),
    ("have", class::ADVERB | class::AUX),
    ("had", class::ADVERB | class::AUX),
    ("would", class::ADVERB | class::AUX),
    ("will", class::ADVERB | class::AUX),
    ("could", class::ADVERB | class::AUX),
    ("did", class::ADVERB | class::AUX),
    ("does", class::ADVERB | class::AUX),
    ("do", class::ADVERB | class::AUX),
    ("is", class::AUX),
    ("was", class::AUX),
    ("are", class::AUX),
    ("were", class::AUX),
    ("am", class::AUX),
    ("be", class::AUX),
    ("been", class::AUX),
    ("can", class::AUX),
    ("should", class::AUX),
    ("may", class::AUX),
    ("might", class::AUX),
    ("must", class::AUX),
    ("monday", class::TIME),
    ("tuesday", class::TIME),
    ("wednesday", class::TIME),
    ("thursday", class::TIME),
    ("friday", class::TIME),
    ("saturday", class::TIME),
    ("sunday", class::TIME),
    ("yesterday", class::TIME),
    ("today", class::TIME),
    ("tonight", class::TIME),
    ("last", class::TIME),
    ("week", class::TIME),
    ("month", class::TIME),
    ("year", class::TIME),
    ("night", class::TIME),
    ("morning", class::TIME),
    ("afternoon", class::TIME),
    ("evening", class::TIME),
    ("weekend", class::TIME),
    ("president", class::TITLE),
    ("minister", class::TITLE),
    ("secretary", class::TITLE),
    ("general", class::TITLE),
    ("chairman", class::TITLE),
    ("chairwoman", class::TITLE),
    ("chair", class::TITLE),
    ("spokesman", class::TITLE),
    ("spokeswoman", class::TITLE),
    ("spokesperson", class::TITLE),
    ("director", class::TITLE),
    ("governor", class::TITLE),
    ("senator", class::TITLE),
    ("ambassador", class::TITLE),
    ("mayor", class::TITLE),
    ("chief", class::TITLE),
    ("leader", class::TITLE),
    ("commander", class::TITLE),
    ("envoy", class::TITLE),
    ("representative", class::TITLE),
    ("premier", class::TITLE),
    ("chancellor", class::TITLE),
    ("king", class::TITLE),
    ("queen", class::TITLE),
    ("pope", class::TITLE),
    ("speaker", class::TITLE),
    ("commissioner", class::TITLE),
    ("prosecutor", class::TITLE),
    ("judge", class::TITLE),
    ("coach", class::TITLE),
    ("professor", class::TITLE),
    ("curator", class::TITLE),
    ("dean", class::TITLE),
    ("candidate", class::TITLE),
    ("nominee", class::TITLE),
    ("congressman", class::TITLE),
    ("congresswoman", class::TITLE),
    ("executive", class::TITLE),
    ("officer", class::TITLE),
    ("head", class::TITLE),
    ("official", class::SOURCE),
    ("officials", class::SOURCE),
    ("spokesman", class::SOURCE),
    ("spokeswoman", class::SOURCE),
    ("spokesperson", class::SOURCE),
    ("source", class::SOURCE),
    ("sources", class::SOURCE),
    ("aide", class::SOURCE),
    ("aides", class::SOURCE),
    ("adviser", class::SOURCE),
    ("advisers", class::SOURCE),
    ("advisor", class::SOURCE),
    ("advisors", class::SOURCE),
    ("analyst", class::SOURCE),
    ("analysts", class::SOURCE),
    ("expert", class::SOURCE),
    ("experts", class::SOURCE),
    ("statement", class::SOURCE),
    ("polls", class::SOURCE),
    ("interview", class::SOURCE),
    ("memo", class::SOURCE),
    ("email", class::SOURCE),
    ("tweet", class::SOURCE),
    ("speech", class::SOURCE),
    ("editorial", class::SOURCE),
    ("column", class::SOURCE),
    ("filing", class::SOURCE),
    ("report", class::SOURCE),
    ("letter", class::SOURCE),
    ("lawyer", class::SOURCE),
    ("lawyers", class::SOURCE),
    ("attorney", class::SOURCE),
    ("attorneys", class::SOURCE),
    ("police", class::SOURCE),
    ("campaign", class::SOURCE),
    ("company", class::SOURCE),
    ("group", class::SOURCE),
    ("agency", class::SOURCE),
    ("department", class::SOURCE),
    ("ministry", class::SOURCE),
    ("newspaper", class::SOURCE),
    ("paper", class::SOURCE),
    ("network", class::SOURCE),
    ("researchers", class::SOURCE),
    ("study", class::SOURCE),
    ("survey", class::SOURCE),
    ("poll", class::SOURCE),
    ("memo", class::SOURCE),
    ("complaint", class::SOURCE),
    ("lawsuit", class::SOURCE),
    ("witness", class::SOURCE),
    ("witnesses", class::SOURCE),
    ("residents", class::SOURCE),
    ("people", class::SOURCE),
    ("friend", class::SOURCE),
    ("friends", class::SOURCE),
    ("critics", class::SOURCE),
    ("observers", class::SOURCE),
    ("economist", class::SOURCE),
    ("economists", class::SOURCE),
    ("strategist", class::SOURCE),
    ("strategists", class::SOURCE),
    ("organizer", class::SOURCE),
    ("organizers", class::SOURCE),
    ("sponsor", class::SOURCE),
    ("chairman", class::SOURCE),
    ("official's", class::SOURCE),
    ("representative", class::SOURCE),
    ("representatives", class::SOURCE),
    ("investigators", class::SOURCE),
    ("prosecutors", class::SOURCE),
    ("authorities", class::SOURCE),
    ("officer", class::SOURCE),
    ("officers", class::SOURCE),
    ("executive", class::SOURCE),
    ("executives", class::SOURCE),
    ("senator", class::SOURCE),
    ("senators", class::SOURCE),
    ("lawmaker", class::SOURCE),
    ("lawmakers", class::SOURCE),
    ("manager", class::SOURCE),
    ("director", class::SOURCE),
    ("president", class::SOURCE),
    ("minister", class::SOURCE),
    ("secretary", class::SOURCE),
    ("leader", class::SOURCE),
    ("leaders", class::SOURCE),
    ("governor", class::SOURCE),
    ("mayor", class::SOURCE),
    ("judge", class::SOURCE),
    ("voter", class::SOURCE),
    ("voters", class::SOURCE),
    ("member", class::SOURCE),
    ("members", class::SOURCE),
    ("author", class::SOURCE),
    ("authors", class::SOURCE),
    ("person", class::SOURCE),
    ("man", class::SOURCE),
    ("woman", class::SOURCE),
    ("met", class::PAST),
    ("went", class::PAST),
    ("took", class::PAST),
    ("gave", class::PAST),
    ("held", class::PAST),
    ("came", class::PAST),
    ("began", class::PAST),
    ("ran", class::PAST),
    ("saw", class::PAST),
    ("kept", class::PAST),
    ("brought", class::PAST),
    ("got", class::PAST),
    ("paid", class::PAST),
    ("sold", class::PAST),
    ("built", class::PAST),
    ("fell", class::PAST),
    ("rose", class::PAST),
    ("heard", class::PAST),
    ("felt", class::PAST),
    ("stood", class::PAST),
    ("became", class::PAST),
    ("grew", class::PAST),
    ("drew", class::PAST),
    ("threw", class::PAST),
    ("chose", class::PAST),
    ("spoke", class::PAST),
    ("broke", class::PAST),
    ("wore", class::PAST),
    ("sent", class::PAST),
    ("told", class::PAST),
    ("spent", class::PAST),
    ("won", class::PAST),
    ("fought", class::PAST),
    ("caught", class::PAST),
    ("taught", class::PAST),
    ("bought", class::PAST),
    ("meant", class::PAST),
    ("dealt", class::PAST),
    ("struck", class::PAST),
    ("swore", class::PAST),
    ("froze", class::PAST),
    ("shook", class::PAST),
    ("forgot", class::PAST),
    ("flew", class::PAST),
    ("hid", class::PAST),
    ("hung", class::PAST),
    ("led", class::PAST),
    ("lost", class::PAST),
    ("made", class::PAST),
    ("sat", class::PAST),
    ("put", class::PAST),
    ("drove", class::PAST),
    ("rode", class::PAST),
    ("statement", class::MEDIUM),
    ("interview", class::MEDIUM),
    ("tweet", class::MEDIUM),
    ("speech", class::MEDIUM),
    ("remarks", class::MEDIUM),
    ("rally", class::MEDIUM),
    ("conference", class::MEDIUM),
    ("briefing", class::MEDIUM),
    ("appearance", class::MEDIUM),
    ("podcast", class::MEDIUM),
    ("op-ed", class::MEDIUM),
    ("letter", class::MEDIUM),
    ("email", class::MEDIUM),
    ("twitter", class::MEDIUM),
    ("facebook", class::MEDIUM),
];

fn parse_cues(tsv: &str) -> Vec<(String, Cue)> {
    let mut out = Vec::new();
    for line in tsv.lines() {
        if line.starts_with('#') || line.trim().is_empty() || line.starts_with("form\t") {
            continue;
        }
        let mut cols = line.split('\t');
        let (Some(form), Some(lemma)) = (cols.next(), cols.next()) else {
            continue;
        };
        let flags = cols.next().unwrap_or("");
        let mut cue = Cue::default();
        for f in flags.split_whitespace() {
            match f {
                "inv" => cue.inv = true,
                "obj" => cue.obj = true,
                "that" => cue.that = true,
                "quote" => cue.quote = true,
                "according" => cue.according = true,
                "np" => cue.np = true,
                "amount" => cue.amount = true,
                "phone" => cue.phone = true,
                "to" => cue.to = true,
                _ => {}
            }
        }
        // (A phrase's verb is its first word: "making it clear" is a
        // participle, "make it clear" the plain form.)
        let first = form.split('_').next().unwrap_or(form);
        cue.participle = first.ends_with("ing") && !cue.according;
        cue.plain = !cue.according && Some(first) == lemma.split(' ').next();
        if cue.participle {
            // "…, saying X" never puts the speaker after the cue.
            cue.inv = false;
        }
        out.push((form.to_string(), cue));
    }
    out
}

/// A phrase cue: its words in lower case, and its cue.
type PhraseCue = (Box<[String]>, Cue);

/// The cue rows ([`parse_cues`]) split in two: the words looked up alone, with
/// "according to" by its first word ("according"), and the other phrases
/// (their words, lower case, and their cue, whose `tail` counts the words
/// after the first). A phrase of more than four words, or whose first
/// word is longer than eight bytes, is left out: the lexicon marks first
/// words in its table of short words.
fn split_phrases(rows: Vec<(String, Cue)>) -> (Vec<(String, Cue)>, Vec<PhraseCue>) {
    let mut words = Vec::new();
    let mut phrases = Vec::new();
    for (form, mut cue) in rows {
        let parts: Vec<String> = form.split('_').map(str::to_lowercase).collect();
        if parts.len() == 1 || cue.according {
            words.push((parts[0].clone(), cue));
        } else if parts.len() <= 1 + usize::from(MAX_TAIL)
            && pack_short(parts[0].as_bytes()).is_some()
        {
            cue.tail = (parts.len() - 1) as u8;
            phrases.push((parts.into_boxed_slice(), cue));
        }
    }
    (words, phrases)
}

/// The lexicon: the class words and the cue forms, looked up in any case.
pub(crate) struct Lexicon {
    map: LowerMap<Lex>,
    /// The keys of up to eight ASCII bytes, packed ([`pack_short`]), with
    /// their entries in `map` and their [`mark`]s, and the [`MARKED`]
    /// words that are no key, with an empty entry: an open-addressing
    /// table at most a quarter full, probed linearly; a zero key marks an
    /// empty slot (no packed word is zero). Most words of a text are this
    /// short, and are looked up in place with one multiply and a compare
    /// or two.
    short: Box<[(u64, (Lex, u8))]>,
    /// `64 - log2(short.len())`: the product's top bits pick the first
    /// slot.
    short_shift: u32,
    /// The phrase cues other than "according to" ("made it clear"), their
    /// words in lower case: a cue only where all its words stand.
    phrases: Box<[PhraseCue]>,
    /// The [`shape`]s of the words of every key ([`add_shapes`]), one bit
    /// each: most longer words of a text that are not in the lexicon have
    /// a shape no key has, and are turned away without a lookup in `map`.
    shapes: Box<[u64; SHAPE_BITS / 64]>,
}

/// Bits of the mark [`Lexicon::lookup_token`] gives a word: the few words
/// whose tokens the attribution pass lists as it reads the text.
pub(crate) mod mark {
    /// A verb that may open an idiom: "put" of "as X put it", "used" of
    /// "the phrase X used".
    pub const IDIOM_VERB: u8 = 1;
    /// "words" (of "in the words of").
    pub const WORDS: u8 = 1 << 1;
    /// "statement".
    pub const STATEMENT: u8 = 1 << 2;
    /// The first word of a phrase cue ("made" of "made it clear"), from
    /// the cue data ([`Lexicon::phrase_cue`]).
    pub const PHRASE: u8 = 1 << 3;
}

/// The marked words (any ASCII case) and their [`mark`]s.
const MARKED: &[(&str, u8)] = &[
    ("put", mark::IDIOM_VERB),
    ("puts", mark::IDIOM_VERB),
    ("used", mark::IDIOM_VERB),
    ("uses", mark::IDIOM_VERB),
    ("coined", mark::IDIOM_VERB),
    ("coins", mark::IDIOM_VERB),
    ("words", mark::WORDS),
    ("statement", mark::STATEMENT),
];

/// The [`mark`] of `word`, read from [`MARKED`] word by word (0 for a word
/// not listed there).
pub(crate) fn mark_of(word: &str) -> u8 {
    MARKED
        .iter()
        .find(|(w, _)| word.eq_ignore_ascii_case(w))
        .map_or(0, |&(_, m)| m)
}

/// How many bits [`Lexicon::shapes`] holds.
const SHAPE_BITS: usize = 16384;

/// The shape of a word for [`Lexicon::shapes`]: its ends and its length
/// ([`crate::hash::end_len_shape`]).
#[inline]
fn shape(word: &[u8]) -> Option<usize> {
    crate::hash::end_len_shape(word, word.len(), SHAPE_BITS)
}

/// Sets in `shapes` the [`shape`] of every word that lower-cases to the
/// key `lower` (in lower case): its ends, with each length such a word
/// may have. An ASCII key is the lower case of words of its own length
/// and of words longer by two bytes for each "k" written as the Kelvin
/// sign (three bytes; no other character lower-cases to ASCII); a key
/// that is not ASCII, of words of a third to three times its length (no
/// character's lower case is more than three times longer or shorter).
fn add_shapes(shapes: &mut [u64; SHAPE_BITS / 64], lower: &str) {
    let n = lower.len();
    let lengths = if lower.is_ascii() {
        let ks = lower.bytes().filter(|&b| b == b'k').count();
        (n..=n + 2 * ks).step_by(2)
    } else {
        (n / 3..=n * 3).step_by(1)
    };
    for len in lengths {
        // (A key of no shape is found only by words of no shape, which
        // are always looked up: an ASCII character lower-cases to ASCII.)
        if let Some(bit) = crate::hash::end_len_shape(lower.as_bytes(), len, SHAPE_BITS) {
            shapes[bit / 64] |= 1 << (bit % 64);
        }
    }
}

static LEXICON: Lazy<Lexicon> = Lazy::new(|| {
    let words = WORDS
        .iter()
        .map(|&(w, c)| (w.to_string(), Lex::new(c, None)));
    let (forms, phrases) = split_phrases(parse_cues(CUES_TSV));
    let forms = forms
        .into_iter()
        .map(|(form, cue)| (form, Lex::new(0, Some(cue))));
    let entries: Vec<(String, Lex)> = words.chain(forms).collect();
    let mut shapes = Box::new([0u64; SHAPE_BITS / 64]);
    for (key, _) in &entries {
        let mut lower = String::new();
        crate::text::push_lower(&mut lower, key);
        add_shapes(&mut shapes, &lower);
    }
    let map = LowerMap::new(entries.iter().cloned(), |old, new| {
        Lex::new(old.class() | new.class(), new.cue().or(old.cue()))
    });
    let firsts = || phrases.iter().map(|(words, _)| words[0].as_str());
    let size = ((entries.len() + MARKED.len() + phrases.len()) * 4).next_power_of_two();
    let short_shift = 64 - size.trailing_zeros();
    let mut short = vec![(0, (Lex::default(), 0)); size].into_boxed_slice();
    let keys = entries.iter().map(|(key, _)| key.as_str());
    for key in keys.chain(MARKED.iter().map(|&(w, _)| w)).chain(firsts()) {
        let Some(packed) = pack_short(key.as_bytes()).map(lower8) else {
            continue;
        };
        // (The entry as the map holds it: the merge of a key given twice.)
        let lex = map.get(key, &mut String::new()).unwrap_or_default();
        // (Every key is asked, not only the phrases' first words: a first
        // word that is a key already, "made", keeps its first insertion.)
        let phrase = if firsts().any(|f| key.eq_ignore_ascii_case(f)) {
            mark::PHRASE
        } else {
            0
        };
        insert_packed(
            &mut short,
            short_shift,
            packed,
            (lex, mark_of(key) | phrase),
        );
    }
    Lexicon {
        map,
        short,
        short_shift,
        shapes,
        phrases: phrases.into_boxed_slice(),
    }
});

impl Lexicon {
    /// Whether some key has the shape `bit`.
    #[inline]
    fn has_shape(&self, bit: usize) -> bool {
        self.shapes[bit / 64] & 1 << (bit % 64) != 0
    }

    /// What the lexicon knows about `word` (any case); `buf` is scratch
    /// space.
    #[inline]
    pub(crate) fn lookup(&self, word: &str, buf: &mut String) -> Lex {
        match pack_short(word.as_bytes()) {
            Some(packed) => {
                probe(&self.short, self.short_shift, lower8(packed))
                    .unwrap_or_default()
                    .0
            }
            None => self.lookup_long(word, buf),
        }
    }

    /// [`Lexicon::lookup`] of the word token `word` at byte `start` of
    /// `text`, with the word's [`mark`] ([`mark_of`]): a short word is
    /// packed and lower-cased with one eight-byte read of the text
    /// ([`pack_lower_word_at`], right for a word token's bytes only), and
    /// its mark comes with its entry, from the same probe.
    #[inline(always)]
    pub(crate) fn lookup_token(
        &self,
        text: &str,
        start: usize,
        word: &str,
        buf: &mut String,
    ) -> (Lex, u8) {
        match pack_lower_word_at(text.as_bytes(), start, word.len()) {
            Some(lower) => probe(&self.short, self.short_shift, lower).unwrap_or_default(),
            // ("statement", of nine letters, is the one long marked word.)
            None => (self.lookup_long(word, buf), mark_of_long(word)),
        }
    }

    /// The phrase cue that starts at word `i` of `words`, if all its words
    /// stand there, in any case; the longest such phrase. (Asked of the
    /// words marked [`mark::PHRASE`] only.)
    pub(crate) fn phrase_cue(&self, words: &[&str], i: usize) -> Option<Cue> {
        self.phrases
            .iter()
            .filter(|(phrase, _)| {
                words.get(i..i + phrase.len()).is_some_and(|ws| {
                    ws.iter()
                        .zip(phrase.iter())
                        .all(|(w, p)| w.eq_ignore_ascii_case(p))
                })
            })
            .max_by_key(|(phrase, _)| phrase.len())
            .map(|&(_, cue)| cue)
    }

    /// [`Lexicon::lookup`] of a word [`pack_short`] does not take.
    #[inline(always)]
    fn lookup_long(&self, word: &str, buf: &mut String) -> Lex {
        match shape(word.as_bytes()) {
            Some(bit) if !self.has_shape(bit) => Lex::default(),
            // (A word with no shape may lower-case to a key.)
            _ => self.get(word, buf),
        }
    }

    /// The map lookup. (Out of line: the short table and the shape test
    /// before it, which answer for most words, are inlined where words are
    /// looked up.)
    #[inline(never)]
    fn get(&self, word: &str, buf: &mut String) -> Lex {
        self.map.get(word, buf).unwrap_or_default()
    }
}

/// [`mark_of`] a word [`pack_short`] does not take: only "statement"
/// (nine letters, in any ASCII case) is marked among those.
#[inline(always)]
fn mark_of_long(word: &str) -> u8 {
    if word.len() == 9 && word.eq_ignore_ascii_case("statement") {
        mark::STATEMENT
    } else {
        0
    }
}

/// The lexicon, for a stage that looks up many words.
#[inline]
pub(crate) fn lexicon() -> &'static Lexicon {
    &LEXICON
}

/// What the lexicon knows about `word` (any case); `buf` is scratch space.
#[inline]
pub(crate) fn lookup(word: &str, buf: &mut String) -> Lex {
    LEXICON.lookup(word, buf)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn cue_table_parses() {
        let cues = parse_cues(CUES_TSV);
        assert!(cues.len() > 100);
        let mut b = String::new();
        assert!(lookup("Said", &mut b).cue().is_some_and(|c| c.inv));
        assert!(lookup("told", &mut b).cue().is_some_and(|c| c.obj));
        assert!(lookup("adding", &mut b).cue().is_some_and(|c| c.participle));
        assert!(lookup("According", &mut b)
            .cue()
            .is_some_and(|c| c.according));
        assert!(lookup("table", &mut b).cue().is_none());
    }

    #[test]
    fn lookup_agrees_with_the_map() {
        let mut b = String::new();
        let keys = WORDS.iter().map(|&(w, _)| w.to_string()).chain(
            split_phrases(parse_cues(CUES_TSV))
                .0
                .into_iter()
                .map(|(form, _)| form),
        );
        for key in keys {
            let upper = key.to_uppercase();
            let mut title = key.clone();
            title[..1].make_ascii_uppercase();
            for w in [&key, &upper, &title] {
                assert_eq!(lookup(w, &mut b), LEXICON.map.get(w, &mut b).unwrap());
                assert!(LEXICON.has_shape(shape(w.as_bytes()).unwrap()));
                assert_eq!(LEXICON.get(w, &mut b), LEXICON.map.get(w, &mut b).unwrap());
            }
        }
        assert_eq!(lookup("tabled", &mut b), Lex::default());
        for w in [
            "",
            "x",
            "tabled",
            "SAID",
            "said\0",
            "sa\0d",
            "Saïd",
            "\u{212A}",
            "accordingly",
            "ACCORDING",
            "spokeswoman",
            "Spokeswomen",
            "SPO\u{212A}ESWOMAN",
            "spo\u{212A}eswoman",
            "spo\u{212A}\u{212A}eswoman",
            "he’s",
            "it's",
        ] {
            assert_eq!(
                lookup(w, &mut b),
                LEXICON.map.get(w, &mut b).unwrap_or_default()
            );
        }
    }

    #[test]
    fn lookup_token_gives_the_entry_and_the_mark() {
        let mut b = String::new();
        let mut words: Vec<String> = MARKED.iter().map(|&(w, _)| w.to_string()).collect();
        words.extend(WORDS.iter().map(|&(w, _)| w.to_string()));
        words.extend(
            [
                "Put",
                "PUTS",
                "Used",
                "coiNed",
                "Words",
                "STATEMENT",
                "Statement",
                "statements",
                "word",
                "pu",
                "putt",
                "said",
                "Said",
                "according",
                "x",
                "Saïd",
                "uséd",
                "made",
                "Making",
                "MAKES",
            ]
            .map(String::from),
        );
        // (The first words of phrase cues are marked too.)
        let phrase = |w: &str| {
            if LEXICON
                .phrases
                .iter()
                .any(|(p, _)| p[0].eq_ignore_ascii_case(w))
            {
                mark::PHRASE
            } else {
                0
            }
        };
        for w in &words {
            // The word alone, and the word with text after it (a short
            // word is packed from eight bytes of the text).
            for text in [w.clone(), format!("{w} and more")] {
                assert_eq!(
                    LEXICON.lookup_token(&text, 0, w, &mut b),
                    (lookup(w, &mut b), mark_of(w) | phrase(w)),
                    "{w:?}"
                );
            }
        }
        // The one long marked word is the one mark_of_long knows.
        for &(w, m) in MARKED {
            if pack_short(w.as_bytes()).is_none() {
                assert_eq!(mark_of_long(w), m, "{w}");
            }
        }
    }

    #[test]
    fn every_phrase_cue_is_kept() {
        let rows = parse_cues(CUES_TSV);
        let n = rows.len();
        let (words, phrases) = split_phrases(rows);
        assert_eq!(words.len() + phrases.len(), n);
        // A phrase's verb gives its flags: "making it clear" is a
        // participle, "make it clear" the plain form.
        let cue = |w: &[&str]| LEXICON.phrase_cue(w, 0);
        assert!(cue(&["making", "it", "clear"]).is_some_and(|c| c.participle && !c.plain));
        assert!(cue(&["make", "it", "clear"]).is_some_and(|c| c.plain && c.words() == 3));
        assert!(lookup("according", &mut String::new())
            .cue()
            .is_some_and(|c| !c.plain));
    }

    #[test]
    fn a_phrase_cue_needs_all_its_words() {
        let words = [
            "Ann", "Made", "it", "CLEAR", "that", "made", "a", "cake", "made",
        ];
        let cue = LEXICON.phrase_cue(&words, 1);
        assert!(cue.is_some_and(|c| c.tail == 2 && c.that));
        assert_eq!(LEXICON.phrase_cue(&words, 5), None);
        assert_eq!(LEXICON.phrase_cue(&words, 8), None);
        assert_eq!(LEXICON.phrase_cue(&words, 9), None);
        // The first word alone is no cue.
        assert_eq!(lookup("made", &mut String::new()).cue(), None);
    }

    #[test]
    fn cue_forms_are_unique() {
        let mut seen = std::collections::HashSet::new();
        for line in CUES_TSV.lines().filter(|l| !l.starts_with('#')).skip(1) {
            let form = line.split('\t').next().unwrap_or("");
            assert!(seen.insert(form), "duplicate cue form {form}");
        }
    }

    #[test]
    fn lex_round_trips_every_cue_flag() {
        for bits in 0..1 << CUE_BITS {
            let cue = Cue::from_bits(bits);
            assert_eq!(cue.bits(), bits);
            let lex = Lex::new(0xFFFF, Some(cue));
            assert_eq!((lex.class(), lex.cue()), (0xFFFF, Some(cue)));
            assert_eq!(lex.without_cue(), Lex::new(0xFFFF, None));
        }
        assert_eq!(Lex::default().cue(), None);
    }
}
