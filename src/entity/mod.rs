//! People, places and organizations: the entity result types, and their
//! detection and coreference.

use std::cell::Cell;

use crate::span::Mention;
use crate::text::{Token, TokenKind};

pub(crate) mod office;
pub(crate) mod people;
pub(crate) mod places;

/// Plural nouns of places that open a list of their names ("The counties
/// eligible are: …", "towns including …").
pub(crate) const PLACE_NOUNS: &[&str] = &[
    "counties",
    "parishes",
    "towns",
    "cities",
    "communities",
    "municipalities",
    "villages",
    "boroughs",
    "townships",
];

/// The last walk of [`in_place_list`]: the token it started from, the
/// list's first token, and how many joining words ("and", "or") it
/// passed.
pub(crate) type PlaceListMemo = Cell<Option<(usize, usize, usize)>>;

/// Plural nouns of counties, whose names the gazetteer does not hold
/// (lists of them are written in lower case: "Adams and Brown
/// counties").
pub(crate) const COUNTY_NOUNS: &[&str] = &["counties", "parishes"];

/// How many tokens back a list of places may open (about four hundred
/// names): see [`in_place_list`].
const MAX_PLACE_LIST: usize = 1200;

/// Whether the capitalised words at token `s` stand in a list of places
/// that a plural noun of `nouns` introduces: "The counties eligible are:
/// Archer, Bee and Van Zandt", "towns including Boone, Adel and Keokuk",
/// "the following 152 counties …: Appling, Atkinson, …". (Back over the
/// list's names and joins, a bounded number of tokens, to the word or
/// colon that opens it. `memo` holds the last walk, the token it started
/// from and the list's first token: a later run of the same list stops
/// there, so a list of hundreds of names is read once.)
pub(crate) fn in_place_list(
    toks: &[Token],
    words: &[&str],
    s: usize,
    nouns: &[&str],
    memo: &PlaceListMemo,
) -> bool {
    let is_word = |i: usize| toks.get(i).is_some_and(|t| t.kind == TokenKind::Word);
    let is_punct = |i: usize, p: &str| {
        toks.get(i).is_some_and(|t| t.kind == TokenKind::Punct) && words.get(i) == Some(&p)
    };
    let raw = |i: usize| words.get(i).copied().unwrap_or("");
    if !(s >= 2
        && s < toks.len()
        && (is_punct(s - 1, ",")
            || is_punct(s - 1, ":")
            || raw(s - 1) == "and"
            || raw(s - 1) == "including"))
    {
        return false;
    }
    let lo = s.saturating_sub(MAX_PLACE_LIST);
    let last = memo.get();
    let mut k = s;
    // (A list has one closing "and": back past a second one, the first
    // closed a clause of its own, "The counties are Harris and Galveston,
    // and Houston has opened shelters".)
    let mut joins = 0;
    while k > lo {
        if let Some((_, first, before)) = last.filter(|&(from, _, _)| from == k) {
            joins += before;
            if joins >= 2 {
                memo.set(None);
                return false;
            }
            k = first.max(lo);
            break;
        }
        let p = k - 1;
        let join = is_word(p) && matches!(raw(p), "and" | "or");
        joins += usize::from(join);
        if joins == 2 {
            memo.set(None);
            return false;
        }
        // (Not past a sentence's end: a period only after an initial
        // or a short abbreviation, "St.", "Ft.".)
        let listed = is_punct(p, ",")
            || (is_punct(p, ".") && p > 0 && raw(p - 1).len() <= 2)
            || join
            || (is_word(p) && toks[p].cap());
        if !listed {
            break;
        }
        k = p;
    }
    memo.set(Some((s, k, joins)));
    let Some(p) = k.checked_sub(1) else {
        return false;
    };
    let opens = is_punct(p, ":")
        || (is_word(p)
            && matches!(
                raw(p),
                "include" | "includes" | "including" | "are" | "were"
            ));
    // (The noun heads the phrase: not "the counties' sheriffs are:",
    // "Officials from the counties are:", "Several cities sent their
    // mayors, including …"; "the following (16) counties" does with a
    // preposition before it too, "Farmers in the following 16 counties
    // may apply: …".)
    let number = |k: usize| toks.get(k).is_some_and(|t| t.kind == TokenKind::Number);
    let following = |x: usize| {
        x.checked_sub(1).is_some_and(|p| {
            raw(p) == "following"
                || (number(p) && p.checked_sub(1).is_some_and(|q| raw(q) == "following"))
        })
    };
    let prepositioned = |x: usize| {
        (x.saturating_sub(4)..x).any(|y| {
            is_word(y)
                && matches!(
                    raw(y),
                    "from" | "of" | "in" | "for" | "to" | "with" | "by" | "at"
                )
        })
    };
    // (With "following" the list is of single names: not "Sheriffs from
    // the following counties testified: Tom Hale, Ann Roy …".)
    let single = is_punct(k + 1, ",") || raw(k + 1) == "and";
    let heads = |x: usize| {
        is_word(x)
            && nouns.iter().any(|w| w.eq_ignore_ascii_case(raw(x)))
            && (x + 1..p).all(|y| !is_punct(y, ","))
            && !is_punct(x + 1, "'")
            && !is_punct(x + 1, "\u{2019}")
            && (!prepositioned(x) || (single && following(x)))
    };
    opens && (p.saturating_sub(12)..p).any(heads)
}

/// A person the article names, once per individual, with every mention.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Person {
    /// The fullest form of the name the article uses ("Jonas Lindqvist"
    /// when the article ever says it, otherwise "Lindqvist"), without a
    /// nickname in brackets or quotation marks inside it ("John D.
    /// Lindqvist" for "John D. (Jack) Lindqvist"). A given name joined by
    /// "and" to a full name takes its surname ("Ann Hale" for the "Ann"
    /// of "Ann and Tom Hale"), though its mention is the given name.
    pub name: String,
    /// The article's own titles and role phrases for this person, with their
    /// complements ("President of Serbia", "NATO Secretary-General"), in
    /// order of first appearance, without repeats; a title that a longer
    /// one holds whole at its start or end is left out ("Senator" beside
    /// "U.S. Senator"), unless the longer one is of another time ("former
    /// Senator"). Academic forms of address count ("Dr.", "Prof.");
    /// "Mr." and "Ms." give only the gender.
    pub titles: Vec<String>,
    /// The person's gender when the article or the name data says it.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub gender: Option<Gender>,
    /// Every mention of the person by name, in text order.
    pub mentions: Vec<Mention>,
}

/// A person's gender, as far as the article or the name data tells it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "lowercase"))]
#[non_exhaustive]
pub enum Gender {
    /// Referred to as "he", "Mr.", "Chairman", or a male given name.
    Male,
    /// Referred to as "she", "Ms.", "Chairwoman", or a female given name.
    Female,
}

/// A place the article mentions, resolved to a gazetteer entry.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Location {
    /// The canonical name of the place ("Bosnia and Herzegovina").
    pub name: String,
    /// What kind of place it is.
    pub kind: LocationKind,
    /// The ISO 3166-1 alpha-2 code of the country the place is in (or is),
    /// when there is one.
    pub country_code: Option<String>,
    /// The canonical name of the state or province the place lies in
    /// ("Maine" for Portland, Maine; "New York State" for Buffalo;
    /// "Scotland" for Perth, Scotland), when the gazetteer records it (see
    /// [`Entry::region`](crate::Entry::region)).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub region: Option<String>,
    /// Where the place is, when the gazetteer knows.
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "Option::is_none"))]
    pub coordinates: Option<Coordinates>,
    /// The population the gazetteer records (0 when unknown).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "is_zero"))]
    pub population: u64,
    /// The gazetteer entry's id (such as `geonames:3191281`).
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "String::is_empty"))]
    pub id: String,
    /// Every mention of the place, in text order ("BiH", "Bosnia-Herzegovina").
    pub mentions: Vec<Mention>,
}

#[cfg(feature = "serde")]
fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// What kind of place a [`Location`] is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[cfg_attr(feature = "serde", serde(rename_all = "snake_case"))]
#[non_exhaustive]
pub enum LocationKind {
    /// A sovereign country or territory with an ISO code.
    Country,
    /// A first-level subdivision: state, province, region of a country.
    AdminRegion,
    /// A city or town.
    City,
    /// A continent.
    Continent,
    /// A world region no single country contains ("Western Balkans",
    /// "Middle East", "Sahel").
    Region,
}

impl LocationKind {
    /// The lower-case name used in JSON and gazetteer files (`country`,
    /// `admin_region`, `city`, `continent`, `region`).
    pub fn as_str(&self) -> &'static str {
        match self {
            LocationKind::Country => "country",
            LocationKind::AdminRegion => "admin_region",
            LocationKind::City => "city",
            LocationKind::Continent => "continent",
            LocationKind::Region => "region",
        }
    }
}

/// A point on Earth in decimal degrees (WGS 84).
#[derive(Clone, Copy, Debug, PartialEq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Coordinates {
    /// Latitude, -90 to 90.
    pub latitude: f64,
    /// Longitude, -180 to 180.
    pub longitude: f64,
}

impl Coordinates {
    /// Creates coordinates from latitude and longitude in decimal degrees.
    pub fn new(latitude: f64, longitude: f64) -> Coordinates {
        Coordinates {
            latitude,
            longitude,
        }
    }

    /// The great-circle distance to `other` in kilometres (on a sphere of
    /// the Earth's mean radius, 6,371 km).
    ///
    /// # Example
    ///
    /// ```
    /// use dateline::Coordinates;
    ///
    /// let paris = Coordinates::new(48.8566, 2.3522);
    /// let london = Coordinates::new(51.5074, -0.1278);
    /// let km = paris.distance_km(london);
    /// assert!((340.0..345.0).contains(&km), "{km}");
    /// ```
    pub fn distance_km(&self, other: Coordinates) -> f64 {
        const EARTH_RADIUS_KM: f64 = 6371.0;
        let (lat1, lat2) = (self.latitude.to_radians(), other.latitude.to_radians());
        let dlat = lat2 - lat1;
        let dlon = (other.longitude - self.longitude).to_radians();
        let h = (dlat / 2.0).sin().powi(2) + lat1.cos() * lat2.cos() * (dlon / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * h.sqrt().min(1.0).asin()
    }
}

/// An organization the article mentions, with every mention.
#[derive(Clone, Debug, PartialEq, Eq)]
#[cfg_attr(feature = "serde", derive(serde::Serialize))]
#[non_exhaustive]
pub struct Organization {
    /// The canonical name ("European Union" for "EU").
    pub name: String,
    /// The gazetteer entry's id, empty for organizations found by pattern
    /// ("Ministry of Defence").
    #[cfg_attr(feature = "serde", serde(skip_serializing_if = "String::is_empty"))]
    pub id: String,
    /// Every mention, in text order.
    pub mentions: Vec<Mention>,
}
