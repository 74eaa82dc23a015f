//! The small closed word classes the place rules read: organization heads,
//! titles, connectors, days and months, locative prepositions, sports
//! verbs, and the given names from the embedded name data.

use once_cell::sync::Lazy;

use crate::hash::{
    insert_medium, insert_packed, pack_medium, pack_short, pack_short_at, probe, probe_medium,
    FxHashMap,
};

// The class bits of the closed lists below.
const ORG_HEAD: u8 = 1;
const TITLE: u8 = 2;
const CALENDAR_WORD: u8 = 4;
const FUNCTION: u8 = 8;
const QUALIFIER: u8 = 16;
const HONORIFIC: u8 = 32;
const TABLE_LABEL: u8 = 64;

/// Every word of the closed lists with its class bits: the rules ask about
/// nearly every token, and one hash lookup answers all the lists at once.
static CLASSES: Lazy<FxHashMap<&'static str, u8>> = Lazy::new(|| {
    let mut map: FxHashMap<&'static str, u8> = FxHashMap::default();
    for (list, bit) in [
        (ORG_HEADS, ORG_HEAD),
        (NEWS_HEADS, ORG_HEAD),
        (TITLES, TITLE),
        (CALENDAR, CALENDAR_WORD),
        (FUNCTION_WORDS, FUNCTION),
        (QUALIFIERS, QUALIFIER),
        (HONORIFICS, HONORIFIC),
        (TABLE_LABELS, TABLE_LABEL),
    ] {
        for w in list {
            *map.entry(w).or_default() |= bit;
        }
    }
    map
});

/// [`CLASSES`]' words of up to eight ASCII bytes, packed
/// ([`pack_short`]): most lookups are then one multiply and an integer
/// compare or two.
static SHORT_CLASSES: Lazy<ShortClasses> = Lazy::new(|| {
    ShortClasses::new(
        CLASSES
            .iter()
            .filter_map(|(w, &c)| pack_short(w.as_bytes()).map(|p| (p, c))),
    )
});

/// [`CLASSES`]' words of nine to sixteen ASCII bytes, packed in pairs
/// ([`pack_medium`]): found without hashing or comparing their bytes.
static MEDIUM_CLASSES: Lazy<MediumClasses> = Lazy::new(|| {
    MediumClasses::new(
        CLASSES
            .iter()
            .filter_map(|(w, &c)| pack_medium(w.as_bytes()).map(|p| (p, c))),
    )
});

/// The shapes ([`Shapes::shape`]) of [`CLASSES`]' words: a word whose
/// shape is not among them is in no list.
static CLASS_SHAPES: Lazy<Shapes> = Lazy::new(|| {
    let mut shapes = Shapes([0; 64]);
    for w in CLASSES.keys() {
        let s = Shapes::shape(w.as_bytes());
        shapes.0[s / 64] |= 1 << (s % 64);
    }
    shapes
});

/// A set of word shapes, one bit of 4,096 each.
struct Shapes([u64; 64]);

impl Shapes {
    /// A word's shape: its length and its first, second and last bytes,
    /// hashed to 12 bits.
    #[inline]
    fn shape(word: &[u8]) -> usize {
        let n = word.len();
        let at = |i: usize| u32::from(word.get(i).copied().unwrap_or(0));
        let key = at(0) | at(1) << 8 | at(n.wrapping_sub(1)) << 16 | (n as u32) << 24;
        (key.wrapping_mul(0x9E37_79B1) >> 20) as usize
    }

    /// Whether `word`'s shape is in the set (false: `word` is not among
    /// the words it was built from).
    #[inline]
    fn may_contain(&self, word: &[u8]) -> bool {
        let s = Shapes::shape(word);
        self.0[s / 64] & (1 << (s % 64)) != 0
    }
}

/// An open-addressing table from packed words to class bits, at most a
/// quarter full, probed linearly.
struct ShortClasses {
    /// `(packed word, class bits)`; a zero key marks an empty slot (no
    /// packed word is zero).
    slots: Box<[(u64, u8)]>,
    /// `64 - log2(slots.len())`: the product's top bits pick the first
    /// slot.
    shift: u32,
}

impl ShortClasses {
    fn new(words: impl Iterator<Item = (u64, u8)>) -> ShortClasses {
        let words: Vec<(u64, u8)> = words.collect();
        let size = (words.len() * 4).next_power_of_two().max(8);
        let mut table = ShortClasses {
            slots: vec![(0, 0); size].into_boxed_slice(),
            shift: 64 - size.trailing_zeros(),
        };
        for (key, classes) in words {
            insert_packed(&mut table.slots, table.shift, key, classes);
        }
        table
    }

    /// The class bits of the packed word `key` (0: in no list).
    #[inline]
    fn get(&self, key: u64) -> u8 {
        probe(&self.slots, self.shift, key).unwrap_or(0)
    }
}

/// An open-addressing table from [`pack_medium`] pairs to class bits
/// (never 0 for a listed word: 0 marks an empty slot), at most a quarter
/// full, probed linearly.
struct MediumClasses {
    slots: Box<[(u64, u64, u8)]>,
    /// `64 - log2(slots.len())`.
    shift: u32,
}

impl MediumClasses {
    fn new(words: impl Iterator<Item = ((u64, u64), u8)>) -> MediumClasses {
        let words: Vec<((u64, u64), u8)> = words.collect();
        let size = (words.len() * 4).next_power_of_two().max(8);
        let mut table = MediumClasses {
            slots: vec![(0, 0, 0); size].into_boxed_slice(),
            shift: 64 - size.trailing_zeros(),
        };
        for (pair, classes) in words {
            insert_medium(&mut table.slots, table.shift, pair, classes);
        }
        table
    }

    /// The class bits of the packed word `pair` (0: in no list).
    #[inline]
    fn get(&self, pair: (u64, u64)) -> u8 {
        probe_medium(&self.slots, self.shift, pair).unwrap_or(0)
    }
}

/// Whether `word` (exactly as written) is in a list of class `bit`.
#[inline]
fn has_class(word: &str, bit: u8) -> bool {
    classes(word) & bit != 0
}

/// The class bits of `word` (exactly as written; 0: in no list).
#[inline(always)]
fn classes(word: &str) -> u8 {
    if !may_be_listed(word) {
        return 0;
    }
    listed_classes(word)
}

/// Whether `word` may be in a list: its first byte and its shape say so.
#[inline(always)]
fn may_be_listed(word: &str) -> bool {
    // Every listed word starts with an ASCII capital: most words of a text
    // stop at their first byte.
    // Most capitalised words are names, in no list: their shape turns them
    // away before the lookup.
    word.as_bytes().first().is_some_and(u8::is_ascii_uppercase)
        && CLASS_SHAPES.may_contain(word.as_bytes())
}

/// [`classes`] of a word its first byte and shape did not turn away (kept
/// out of line: the two tests inline into the callers).
#[inline(never)]
fn listed_classes(word: &str) -> u8 {
    packed_classes(pack_short(word.as_bytes()), word)
}

/// The class bits of `word` given its short form `packed`, if it has one.
#[inline(always)]
fn packed_classes(packed: Option<u64>, word: &str) -> u8 {
    match packed {
        Some(packed) => SHORT_CLASSES.get(packed),
        None => long_classes(word),
    }
}

/// [`classes`] of `word`, which lies at byte `start` of `text`: a short
/// word is packed with one eight-byte read of the text ([`pack_short_at`]).
#[inline]
fn classes_at(text: &str, start: usize, word: &str) -> u8 {
    if !may_be_listed(word) {
        return 0;
    }
    packed_classes(pack_short_at(text.as_bytes(), start, word.len()), word)
}

/// The class bits of a word [`SHORT_CLASSES`] cannot hold: from
/// [`MEDIUM_CLASSES`] for most (kept out of line: the short path inlines
/// into the callers).
#[inline(never)]
fn long_classes(word: &str) -> u8 {
    match pack_medium(word.as_bytes()) {
        Some(pair) => MEDIUM_CLASSES.get(pair),
        None => CLASSES.get(word).copied().unwrap_or(0),
    }
}

/// Capitalised nouns that make a run of capitalised words an organization
/// name ("Council of Ministers of Latvia", "Lisbon Futures Exchange",
/// "Defence Ministry", "University of Lisbon").
const ORG_HEADS: &[&str] = &[
    "Academy",
    "Administration",
    "Agency",
    "Airlines",
    "Airways",
    "Alliance",
    "Army",
    "Assembly",
    "Association",
    "Authority",
    "Bancorp",
    "Bancshares",
    "Bank",
    "Board",
    "Bureau",
    "Caucus",
    "Center",
    "Centre",
    "Chamber",
    "Chronicle",
    "Church",
    "Clinic",
    "Club",
    "Co",
    "Coalition",
    "Collaborative",
    "College",
    "Commission",
    "Committee",
    "Company",
    "Congress",
    "Conservancy",
    "Conservatory",
    "Consortium",
    "Cooperative",
    "Corp",
    "Corporation",
    "Corps",
    "Council",
    "Court",
    "Department",
    "Embassy",
    "Enterprises",
    "Exchange",
    "FC",
    "Federation",
    "Force",
    "Foundation",
    "Front",
    "Fund",
    "Gazette",
    "Group",
    "Herald",
    "Holdings",
    "Hospital",
    "Inc",
    "Industries",
    "Institute",
    "Institution",
    "Journal",
    "Laboratories",
    "Laboratory",
    "League",
    "Legislature",
    "Ltd",
    "Ministry",
    "Motors",
    "Movement",
    "Municipality",
    "Museum",
    "Navy",
    "Network",
    "Newsroom",
    "Office",
    "Organisation",
    "Organization",
    "Panel",
    "Parliament",
    "Partners",
    "Partnership",
    "Party",
    "Patrol",
    "Pharmaceuticals",
    "Planetarium",
    "Plc",
    "Police",
    "Post",
    "School",
    "Secretariat",
    "Securities",
    "Senate",
    "Service",
    "Society",
    "Subcommittee",
    "Telegraph",
    "Times",
    "Tribe",
    "Tribunal",
    "Tribune",
    "Trust",
    "Union",
    "University",
];

/// The length of the ordinal that opens `s` ("19th", "3rd" of "3rd
/// district"): digits, then "st", "nd", "rd" or "th".
pub(crate) fn ordinal_len(s: &str) -> Option<usize> {
    let digits = s.bytes().take_while(u8::is_ascii_digit).count();
    (digits > 0
        && s.get(digits..digits + 2)
            .is_some_and(|x| matches!(x, "st" | "nd" | "rd" | "th")))
    .then_some(digits + 2)
}

/// Whether `word` is a plural without "-s" whose possessive goes on with
/// a name ("Women's Health Center", "Children's Harbor Fund").
pub(crate) fn is_irregular_plural(word: &str) -> bool {
    matches!(word, "Women" | "Children" | "Men" | "People")
}

/// The words that end a military unit's name after its number ("130th
/// Airlift Wing", "101st Airborne").
const UNIT_HEADS: &[&str] = &[
    "Airborne",
    "Artillery",
    "Battalion",
    "Brigade",
    "Cavalry",
    "Division",
    "Fleet",
    "Group",
    "Infantry",
    "Regiment",
    "Squadron",
    "Wing",
];

/// Whether `word` ends a military unit's name after its number
/// ([`UNIT_HEADS`]).
pub(crate) fn is_military_unit_head(word: &str) -> bool {
    UNIT_HEADS.binary_search(&word).is_ok()
}

/// Organization heads that name a news outlet ("Dunmore News", "Harlow
/// Daily"); an adjective alone before one is no name ("Fake News").
const NEWS_HEADS: &[&str] = &[
    "Courier", "Daily", "Enquirer", "Inquirer", "Magazine", "News", "Observer", "Sentinel",
    "Weekly",
];

/// Whether `word` is written like an acronym: two to six capital ASCII
/// letters ("NATO", "TVA").
pub(crate) fn is_acronym(word: &str) -> bool {
    (2..=6).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_uppercase())
}

/// Organization heads that a name often joins to another noun by "and"
/// ("Police and Fire Department", "Post and Telecommunications
/// Administration", "Bank and Trust Company", "Hospital and Medical
/// Center", "Polytechnic Institute and State University", "Securities and
/// Futures Commission"), newspapers' heads among them ("Journal and
/// Courier", "Herald and Review").
const HEADS_BEFORE_AND: &[&str] = &[
    "Army",
    "Bank",
    "Chamber",
    "Chronicle",
    "College",
    "Gazette",
    "Herald",
    "Hospital",
    "Institute",
    "Journal",
    "Museum",
    "Police",
    "Post",
    "Securities",
    "Telegraph",
    "Times",
    "Tribune",
];

/// Whether the organization head `word` may go on with "and" and more of
/// the same name (see [`HEADS_BEFORE_AND`]).
pub(crate) fn head_before_and(word: &str) -> bool {
    HEADS_BEFORE_AND.contains(&word)
}

/// Heads of public bodies and buildings a town's name only locates ("the
/// Dunmore Transit Center", "Dunmore High School"): the town alone stays
/// the town. ("Administration" is not one: "the Obama Administration"
/// names a president's government.)
const LOCATED_HEADS: &[&str] = &[
    "Academy",
    "Agency",
    "Airport",
    "Arena",
    "Assembly",
    "Association",
    "Authority",
    "Board",
    "Bureau",
    "Center",
    "Centre",
    "Chamber",
    "Church",
    "Clinic",
    "College",
    "Commission",
    "Committee",
    "Council",
    "Court",
    "Department",
    "Hospital",
    "Institute",
    "Library",
    "Museum",
    "Office",
    "Police",
    "School",
    "Society",
    "Stadium",
    "Station",
    "University",
];

/// Whether `word` is one of [`LOCATED_HEADS`].
pub(crate) fn is_located_head(word: &str) -> bool {
    LOCATED_HEADS.contains(&word)
}

/// Whether `word` is one of [`NEWS_HEADS`].
pub(crate) fn is_news_head(word: &str) -> bool {
    NEWS_HEADS.contains(&word)
}

/// Heads that make an organization on their own only when a place or an
/// `of` phrase completes them (a bare "Council" is not an organization).
pub(crate) fn is_org_head(word: &str) -> bool {
    let word = word.strip_suffix('.').unwrap_or(word);
    has_class(word, ORG_HEAD)
}

/// Titles and offices that may stand right after a place name without
/// making it part of a larger name ("Moscow Mayor", "Serbia President").
const TITLES: &[&str] = &[
    "Ambassador",
    "Archbishop",
    "Attorney",
    "Bishop",
    "Cardinal",
    "Chairman",
    "Chairwoman",
    "Chancellor",
    "Chief",
    "Commander",
    "Commissioner",
    "Consul",
    "Deputy",
    "Director",
    "Envoy",
    "Foreign",
    "General",
    "Governor",
    "Head",
    "King",
    "Leader",
    "Mayor",
    "Minister",
    "PM",
    "Premier",
    "President",
    "Prime",
    "Prince",
    "Prosecutor",
    "Queen",
    "Representative",
    "Secretary",
    "Secretary-General",
    "Senator",
    "Sheriff",
    "Speaker",
    "Spokesman",
    "Spokeswoman",
    "Vice",
    "Whip",
];

/// Heads that make a capitalised name a law, a bill or a program ("Clean
/// Air Act"), not an organization.
pub(crate) fn is_law_word(word: &str) -> bool {
    matches!(
        word,
        "Act" | "Acts" | "Bill" | "Amendment" | "Program" | "Programme" | "Initiative" | "Treaty"
    )
}

/// The words for things named after an organization, which end a name the
/// organization's name only modifies: "the Harbor Guard Lodging
/// Facility", "the Dover Council Partnership Plan", "the Press Club
/// Award". (Not "Project": many a charity is one.)
pub(crate) fn is_named_thing(word: &str) -> bool {
    // (A law's words, but an initiative may be a body: "the Harbor
    // Commission Initiative".)
    (is_law_word(word) && word != "Initiative")
        || matches!(
            word,
            "Programs"
                | "Facility"
                | "Facilities"
                | "Plan"
                | "Award"
                | "Awards"
                | "Medal"
                | "Complex"
                | "Building"
                | "Buildings"
                | "Plant"
                | "Report"
                | "Series"
                | "Week"
                | "Month"
                | "Grant"
                | "Grants"
                | "Prize"
                | "Trophy"
                | "Stamp"
                | "Fellowship"
                | "Scholarship"
                | "Competition"
                | "Championship"
                | "Process"
                | "Gymnasium"
        )
}

pub(crate) fn is_title(word: &str) -> bool {
    has_class(word, TITLE)
}

/// Days and months: "Washington Tuesday", "Friday London".
const CALENDAR: &[&str] = &[
    "April",
    "August",
    "December",
    "February",
    "Friday",
    "January",
    "July",
    "June",
    "March",
    "May",
    "Monday",
    "November",
    "October",
    "Saturday",
    "September",
    "Sunday",
    "Thursday",
    "Tuesday",
    "Wednesday",
];

pub(crate) fn is_calendar(word: &str) -> bool {
    has_class(word, CALENDAR_WORD)
}

/// The headings and labels of sports tables and results that are no club's
/// name ("Division", "Played").
const TABLE_LABELS: &[&str] = &[
    "Division",
    "League",
    "Group",
    "Pool",
    "Section",
    "Zone",
    "Round",
    "Table",
    "Standings",
    "Played",
    "Results",
    "Result",
];

/// Whether `word` (exactly as written) is a day, a month or a label of
/// [`TABLE_LABELS`]: [`is_calendar`] and the table labels in one lookup.
pub(crate) fn is_calendar_or_table_label(word: &str) -> bool {
    has_class(word, CALENDAR_WORD | TABLE_LABEL)
}

/// Capitalised words that start sentences and never start a name.
const FUNCTION_WORDS: &[&str] = &[
    // (With the clause openers that start sentences too, "Unless
    // Congress acts"; not the prepositions names hold, "Council
    // Against Waste", "Steps Toward College"; and the auxiliaries that
    // open a question or a condition, "Should Congress approve …", "Has
    // Parliament voted?"; not "Will", "May" nor "Can", names' words too.)
    "A", "After", "Also", "Although", "Amid", "Among", "An", "And", "Are", "As", "At", "Because",
    "Before", "But", "By", "Could", "Despite", "Did", "Does", "During", "For", "From", "Had",
    "Has", "Have", "Her", "His", "If", "In", "Into", "Is", "Its", "Like", "Might", "Must", "Near",
    "Of", "On", "Once", "Our", "Outside", "Shall", "Should", "Since", "So", "That", "The", "Their",
    "This", "Though", "Through", "To", "Under", "Unless", "Unlike", "Until", "Was", "Were", "When",
    "Whenever", "Where", "Whereas", "Whether", "While", "With", "Within", "Without", "Would",
    "Yet",
];

/// [`is_title`], [`is_calendar`] or [`is_function_word`], or
/// [`is_honorific`] without a final period: in one lookup for most words.
pub(crate) fn stops_name(word: &str) -> bool {
    head_and_stop(word).1
}

/// [`is_org_head`] and [`stops_name`] together, in one lookup for a word
/// without a final period and two for one with it.
pub(crate) fn head_and_stop(word: &str) -> (bool, bool) {
    split_head_and_stop(word, classes(word))
}

/// [`head_and_stop`] of `word`, which lies at byte `start` of `text`
/// (looked up as [`classes_at`] does).
pub(crate) fn head_and_stop_at(text: &str, start: usize, word: &str) -> (bool, bool) {
    split_head_and_stop(word, classes_at(text, start, word))
}

/// [`head_and_stop`] of `word` given its class bits `whole`.
#[inline]
fn split_head_and_stop(word: &str, whole: u8) -> (bool, bool) {
    match word.strip_suffix('.') {
        None => (
            whole & ORG_HEAD != 0,
            whole & (TITLE | CALENDAR_WORD | FUNCTION | HONORIFIC) != 0,
        ),
        Some(stem) => {
            let stem = classes(stem);
            (
                stem & ORG_HEAD != 0,
                whole & (TITLE | CALENDAR_WORD | FUNCTION) != 0 || stem & HONORIFIC != 0,
            )
        }
    }
}

pub(crate) fn is_function_word(word: &str) -> bool {
    // Every function word has eight letters at most: a longer word (a
    // name, most often) needs no lookup.
    word.len() <= 8 && has_class(word, FUNCTION)
}

/// [`is_function_word`] of the `n`-byte token at byte `start` of `text`,
/// packed with one eight-byte read of the text ([`pack_short_at`]).
/// (The length and first-byte test, which turns most words away, is always
/// inlined; the lookup is not.)
#[inline(always)]
pub(crate) fn is_function_word_at(text: &str, start: usize, n: usize) -> bool {
    let b = text.as_bytes();
    n <= 8
        && b.get(start)
            .is_some_and(|&c| FUNCTION_SHAPES[usize::from(c)] >> n & 1 != 0)
        && listed_function_word_at(b, start, n)
}

/// [`is_function_word_at`] of a word its length and first byte did not
/// turn away.
#[inline(never)]
fn listed_function_word_at(b: &[u8], start: usize, n: usize) -> bool {
    pack_short_at(b, start, n).is_some_and(|p| SHORT_CLASSES.get(p) & FUNCTION != 0)
}

/// Per first byte, the lengths of the words of `lists` that start with
/// it, as bits: bit `n` of entry `c` is set when a word of `n` bytes starts
/// with the byte `c` (one table load turns most other words away before
/// their text is read). Every word is shorter than 16 bytes: checked as
/// the table is built.
pub(crate) const fn length_shapes(lists: &[&[&str]]) -> [u16; 256] {
    let mut t = [0u16; 256];
    let mut l = 0;
    while l < lists.len() {
        let mut i = 0;
        while i < lists[l].len() {
            let w = lists[l][i].as_bytes();
            t[w[0] as usize] |= 1 << w.len();
            i += 1;
        }
        l += 1;
    }
    t
}

/// [`length_shapes`] of the [`FUNCTION_WORDS`] (eight bytes at most).
const FUNCTION_SHAPES: [u16; 256] = length_shapes(&[FUNCTION_WORDS]);

/// Rivers that share their name with a place ("the Rio Grande", "the
/// Potomac", "the Mississippi"); not those whose name is a country's ("the
/// Congo", "the Gambia", "the Niger", "the Jordan").
const RIVERS: &[&str] = &[
    "Amazon",
    "Arkansas",
    "Columbia",
    "Colorado",
    "Cumberland",
    "Danube",
    "Delaware",
    "Euphrates",
    "Ganges",
    "Hudson",
    "Illinois",
    "Indus",
    "Mekong",
    "Mississippi",
    "Missouri",
    "Nile",
    "Ohio",
    "Platte",
    "Potomac",
    "Rhine",
    "Rio Grande",
    "Sacramento",
    "Seine",
    "Susquehanna",
    "Tennessee",
    "Thames",
    "Tigris",
    "Volga",
    "Yangtze",
    "Yukon",
    "Zambezi",
];

/// Whether `name`, after "the", is a river's ([`RIVERS`]).
pub(crate) fn is_river(name: &str) -> bool {
    RIVERS.contains(&name)
}

/// Compass and size words that qualify a place without making a new name
/// ("southern Serbia", "Greater London").
const QUALIFIERS: &[&str] = &[
    "Central",
    "Downtown",
    "East",
    "Eastern",
    "Greater",
    "Inner",
    "Lower",
    "Metropolitan",
    "North",
    "Northeast",
    "Northeastern",
    "Northern",
    "Northwest",
    "Northwestern",
    "Outer",
    "South",
    "Southeast",
    "Southeastern",
    "Southern",
    "Southwest",
    "Southwestern",
    "Upper",
    "West",
    "Western",
];

pub(crate) fn is_qualifier(word: &str) -> bool {
    has_class(word, QUALIFIER)
}

/// Forms of address before a surname that is also a place ("Mr. Washington").
const HONORIFICS: &[&str] = &["Dr", "Miss", "Mr", "Mrs", "Ms", "Sir"];

pub(crate) fn is_honorific(word: &str) -> bool {
    has_class(word, HONORIFIC)
}

/// A party's adjective before a role or a body: "Republican presidential
/// nominee", "the Republican Legislature".
pub(crate) fn is_party_adjective(word: &str) -> bool {
    matches!(
        word,
        "Republican" | "Democratic" | "Democrat" | "GOP" | "Labour" | "Liberal"
    )
}

/// Words for a state's or a country's politicians after its name: "the
/// Idaho Republican", "a Michigan Democrat", "the two Maryland Senators",
/// "Idaho Sens. …": the place stays a place.
pub(crate) fn is_politician_word(word: &str) -> bool {
    matches!(
        word,
        "Republican"
            | "Republicans"
            | "Democrat"
            | "Democrats"
            | "Senators"
            | "Sens"
            | "Reps"
            | "Representatives"
            | "Congressman"
            | "Congresswoman"
            | "Congressmen"
            | "Lawmakers"
    )
}

/// Institutions named after a saint: "St. Paul's College", "St. Mary's
/// Cathedral".
pub(crate) fn is_saints_institution(word: &str) -> bool {
    matches!(
        word,
        "College"
            | "University"
            | "School"
            | "Academy"
            | "Church"
            | "Cathedral"
            | "Chapel"
            | "Parish"
            | "Basilica"
            | "Abbey"
            | "Episcopal"
            | "Hospital"
            | "Seminary"
    )
}

/// Nouns and prefixes that name a ship or a craft before its name: "the
/// shuttle Columbia", "the aircraft carrier Nimitz", "USS Arizona". The
/// name after them is the vessel's, not a place.
pub(crate) fn is_vessel_word(word: &str) -> bool {
    matches!(
        word,
        "shuttle"
            | "ship"
            | "carrier"
            | "vessel"
            | "tanker"
            | "freighter"
            | "frigate"
            | "submarine"
            | "destroyer"
            | "cruiser"
            | "battleship"
            | "yacht"
            | "liner"
            | "spacecraft"
            | "orbiter"
            | "USS"
            | "HMS"
            | "USNS"
            | "RMS"
    )
}

/// Connectors inside organization names ("Council of Ministers",
/// "Bank for International Settlements", "Bosnia and Herzegovina").
pub(crate) fn is_connector(word: &str) -> bool {
    matches!(word, "of" | "for" | "and" | "&" | "on")
}

/// The verbs a speaker's name stands next to ("Warren said", "said
/// Lindau").
pub(crate) fn is_speaker_verb(word: &str) -> bool {
    matches!(word, "said" | "says" | "told" | "added" | "asked")
}

/// Prepositions that make the next name a place whatever else the article
/// uses it for ("in Leicester", "from Washington").
pub(crate) fn is_locative(word: &str) -> bool {
    one_of(
        word,
        &[
            "in",
            "at",
            "from",
            "near",
            "outside",
            "across",
            "throughout",
            "inside",
            "to",
        ],
    )
}

/// Prepositions of place that people do not follow as often as "to":
/// "in Richmond", not "gave the award to Jackson".
pub(crate) fn is_place_preposition(word: &str) -> bool {
    one_of(word, PLACE_PREPOSITIONS)
}

const PLACE_PREPOSITIONS: &[&str] = &[
    "in",
    "at",
    "from",
    "near",
    "outside",
    "inside",
    "around",
    "throughout",
];

/// Whether a word of `len` bytes starting with the byte `first` may be a
/// [place preposition](is_place_preposition): a test that needs no text,
/// for a scan over every token.
pub(crate) fn may_be_place_preposition(first: u8, len: usize) -> bool {
    matches!(
        (first | 0x20, len),
        (b'i' | b'a', 2) | (b'f' | b'n', 4) | (b'i' | b'a', 6) | (b'o', 7) | (b't', 10)
    )
}

/// Whether `word` is one of `list`, in any case.
fn one_of(word: &str, list: &[&str]) -> bool {
    word.len() <= 10 && list.iter().any(|p| word.eq_ignore_ascii_case(p))
}

/// Company-form suffixes: "Hanul Textile Co of South Korea" is a company
/// *from* the place, not named after it; "Bertoni SpA" is Bertoni.
pub(crate) fn is_company_suffix(word: &str) -> bool {
    let word = word.strip_suffix('.').unwrap_or(word);
    matches!(
        word,
        "Inc"
            | "Corp"
            | "Co"
            | "Ltd"
            | "Plc"
            | "PLC"
            | "SpA"
            | "AB"
            | "AG"
            | "SA"
            | "NV"
            | "BV"
            | "GmbH"
            | "Bros"
            | "LLC"
            | "LP"
            | "Cos"
    )
}

/// Abbreviations whose period belongs to an organization name.
pub(crate) fn keeps_period(word: &str) -> bool {
    matches!(word, "Inc" | "Corp" | "Co" | "Ltd" | "Bros" | "Cos")
}

/// A word without its possessive ending ("Verdant's" -> "Verdant").
pub(crate) fn unpossessed(word: &str) -> &str {
    word.strip_suffix("'s")
        .or_else(|| word.strip_suffix("\u{2019}s"))
        .unwrap_or(word)
}

/// Whether the period at byte `dot` of `text` ends its sentence: the text
/// or the line ends after it, or a space and a capital letter follow. An organization name then stops before it ("… from Verdant
/// Mills Inc. The deal"), as it keeps it inside a sentence ("Verdant Mills
/// Inc. said").
pub(crate) fn period_ends_sentence(text: &str, dot: usize) -> bool {
    let rest = text.get(dot + 1..).unwrap_or("");
    let mut chars = rest.chars();
    match chars.next() {
        None => true,
        Some(c) if c == '\n' || c == '\r' => true,
        Some(c) if c.is_whitespace() => {
            let next = rest.trim_start_matches([' ', '\t']).chars().next();
            next.map_or(true, |n| n.is_uppercase() || matches!(n, '\n' | '\r'))
        }
        Some(_) => false,
    }
}

/// Geographic words after a place's name that make another place of it
/// ("Cumberland County", "Ohio River", "Snake Valley").
pub(crate) fn is_feature_word(word: &str) -> bool {
    matches!(
        word,
        "County"
            | "Parish"
            | "Township"
            | "Borough"
            | "River"
            | "Creek"
            | "Lake"
            | "Valley"
            | "Mountain"
            | "Mountains"
            | "Island"
            | "Islands"
            | "Bay"
            | "Springs"
            | "Falls"
            | "Delta"
            | "Basin"
            | "Watershed"
            | "Estuary"
    )
}

/// Words after a name that make it an event, not an organization or place
/// ("ASEAN Cup", "Lisbon Open").
pub(crate) fn is_event_word(word: &str) -> bool {
    matches!(
        word,
        "Cup"
            | "Open"
            | "Games"
            | "Championship"
            | "Championships"
            | "Trophy"
            | "Prize"
            | "Award"
            | "Awards"
            | "Classic"
            | "Masters"
            | "Tournament"
            | "Marathon"
            | "Rally"
    )
}

/// Nouns before "against" that make it a sports fixture ("match against
/// Graz").
pub(crate) fn is_fixture_word(word: &str) -> bool {
    matches!(
        word,
        "match"
            | "game"
            | "games"
            | "tie"
            | "final"
            | "fixture"
            | "clash"
            | "meeting"
            | "series"
            | "encounter"
            | "innings"
            | "semi-final"
            | "playoff"
            | "derby"
    )
}

/// Verbs that make the teams around them clubs, not places ("Karnataka
/// beat Kerala"). The organization scanner looks at words starting with
/// v, b, d, t, e or r only: a new verb needs its first letter there.
pub(crate) fn is_sports_verb(word: &str) -> bool {
    SPORTS_VERBS.contains(&word)
}

/// The result verbs of [`is_sports_verb`].
pub(crate) const SPORTS_VERBS: &[&str] = &[
    "beat", "beats", "beating", "defeated", "thrashed", "edged", "drew", "routed",
];

/// The result verbs of [`SPORTS_VERBS`] with an everyday sense too
/// ("drew crowds", "edged higher"): a result only beside a name or a
/// score.
pub(crate) fn is_weak_result_verb(word: &str) -> bool {
    matches!(word, "drew" | "edged")
}

/// "v", "vs": the word between two teams.
pub(crate) fn is_versus(word: &str) -> bool {
    VERSUS.contains(&word)
}

/// The words of [`is_versus`].
pub(crate) const VERSUS: &[&str] = &["v", "vs", "versus"];

/// Words after a number that make it a quantity, not a score ("Moscow 20
/// km", "Texas 4 pct").
pub(crate) fn is_unit(word: &str) -> bool {
    matches!(
        word,
        "km" | "kms"
            | "kilometres"
            | "kilometers"
            | "miles"
            | "mile"
            | "pct"
            | "percent"
            | "per"
            | "people"
            | "years"
            | "year"
            | "days"
            | "hours"
            | "minutes"
            | "metres"
            | "meters"
            | "m"
            | "million"
            | "billion"
    )
}

/// Whether `word` is a given name of the embedded name data ("Edwin"
/// before "Denver"). Shares the people stage's word lists.
pub(crate) fn is_given_name(word: &str) -> bool {
    crate::entity::people::lexicon::Lexicon::get()
        .given_entry(word)
        .is_some()
}

/// Whether `word` heads a committee's name ("Committee", "Subcommittee"),
/// whose subjects may be listed before it with commas.
pub(crate) fn committee_head(word: &str) -> bool {
    matches!(word, "Committee" | "Subcommittee")
}

/// Whether `word` names a chamber of Congress, which opens a committee's
/// name ("Senate Finance Committee").
pub(crate) fn is_chamber(word: &str) -> bool {
    matches!(word, "Senate" | "House" | "Congress")
}

/// Whether `word` heads a panel's name, whose subject may follow "on"
/// ("Committee on Finance", "Commission on the Future").
pub(crate) fn panel_head(word: &str) -> bool {
    committee_head(word) || matches!(word, "Commission" | "Council" | "Panel")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_lists_are_sorted() {
        for list in [
            ORG_HEADS,
            NEWS_HEADS,
            TITLES,
            CALENDAR,
            FUNCTION_WORDS,
            QUALIFIERS,
            HONORIFICS,
            LOCATED_HEADS,
            UNIT_HEADS,
        ] {
            assert!(list.windows(2).all(|w| w[0] < w[1]), "{list:?}");
            // (has_class turns away any other first byte)
            assert!(
                list.iter()
                    .all(|w| w.as_bytes().first().is_some_and(u8::is_ascii_uppercase)),
                "{list:?}"
            );
        }
    }

    #[test]
    fn place_prepositions_have_the_shapes_looked_for() {
        for w in PLACE_PREPOSITIONS {
            for w in [w.to_string(), w.to_uppercase()] {
                assert!(may_be_place_preposition(w.as_bytes()[0], w.len()), "{w}");
            }
        }
    }

    #[test]
    fn short_table_answers_as_the_map() {
        for (w, &c) in CLASSES.iter() {
            if let Some(p) = pack_short(w.as_bytes()) {
                assert_eq!(SHORT_CLASSES.get(p), c, "{w}");
            }
        }
        for w in ["Ministri", "Mayors", "Z", "Tu", "Inc."] {
            assert_eq!(
                SHORT_CLASSES.get(pack_short(w.as_bytes()).unwrap()),
                0,
                "{w}"
            );
        }
    }

    #[test]
    fn function_words_are_short() {
        assert!(FUNCTION_WORDS.iter().all(|w| w.len() <= 8));
    }

    #[test]
    fn head_and_stop_answers_as_the_two_tests() {
        for w in [
            "Ministry", "Inc.", "Bank", "Bank.", "Mayor", "Mayor.", "Dr", "Dr.", "The", "May.",
            "Harlow", "Harlow.", "Co.", ".", "",
        ] {
            assert_eq!(head_and_stop(w), (is_org_head(w), stops_name(w)), "{w}");
        }
    }

    #[test]
    fn classes() {
        assert!(is_org_head("Ministry") && is_org_head("Inc.") && !is_org_head("Minister"));
        assert!(is_title("Mayor") && !is_title("Mayors"));
        assert!(is_calendar("Tuesday") && is_function_word("The"));
        assert!(is_calendar_or_table_label("Standings") && is_calendar_or_table_label("May"));
        assert!(!is_calendar_or_table_label("Leagues") && !is_calendar("Division"));
        for w in FUNCTION_WORDS {
            assert!(is_function_word_at(w, 0, w.len()), "{w}");
        }
        // (Each packed table answers as the map it is built from, for the
        // short, medium and long words and for near misses.)
        for (w, &c) in CLASSES.iter() {
            assert_eq!(super::classes(w), c, "{w}");
            assert_eq!(
                super::classes(&format!("{w}s")),
                CLASSES.get(&*format!("{w}s")).copied().unwrap_or(0),
                "{w}s"
            );
        }
        assert_eq!(super::classes("Representatives"), 0);
        assert_eq!(super::classes("Secretary-Generals"), 0);
        let text =
            "The Of THE Ab the Inc. Ministry Under é Mr. Mayor President Secretary-General Dr";
        for (start, w) in text.split(' ').scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        }) {
            assert_eq!(
                is_function_word_at(text, start, w.len()),
                is_function_word(w),
                "{w}"
            );
            assert_eq!(head_and_stop_at(text, start, w), head_and_stop(w), "{w}");
        }
    }
}
