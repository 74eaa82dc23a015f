//! What a gazetteer match is, from its neighbouring tokens: the rules of
//! [`super`] in one pass over the matches.

use crate::entity::people::lexicon::{Lexicon, NotName, TitleKind};
use std::cell::Cell;

use crate::hash::FxHashMap as HashMap;

use crate::extractor::Context;
use crate::gazetteer::{EntryId, EntryKind};
use crate::text::{lower_into, Token, TokenKind};
use crate::window;

use super::words;
use super::Item;

/// What a match is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(crate) enum Class {
    /// A place, to be resolved.
    Place,
    /// A place that ends an organization name starting at byte `start`
    /// ("Council of Ministers of Latvia"); it is also a place.
    PlaceInOrg { start: usize },
    /// An organization of the gazetteer.
    Organization(EntryId),
    /// A place that is only the modifier of an organization name spanning
    /// `start..end` ("Lisbon Futures Exchange").
    OrgAround { start: usize, end: usize },
    /// A demonym: never a place.
    Demonym,
    /// Part of a person's name ("Edwin Denver").
    Person,
    /// A club named after its town ("Karnataka beat Kerala").
    Team,
    /// Part of some larger capitalised name ("Torpedo Kharkiv").
    PartOfName,
}

/// The longest run of capitalised words an organization name may take on
/// either side of a place.
const MAX_RUN: usize = 10;

/// A city this populous keeps its name after a compass point, a district
/// of it ("East Oakland", "North Minneapolis"); a smaller one is part of
/// another town's name ("East Greenwich", "West Portsmouth").
const BIG_TOWN: u64 = 250_000;

thread_local! {
    // The classifier's per-token tables, reused from text to text
    // ([`window::take_buffer`]; given back by `Classifier::recycle`).
    static IN_MATCH: Cell<Vec<bool>> = const { Cell::new(Vec::new()) };
}

pub(crate) struct Classifier<'a> {
    text: &'a str,
    tokens: &'a [Token],
    cx: &'a Context<'a>,
    /// Per token: whether a gazetteer match covers it.
    in_match: Vec<bool>,
    /// The last list of counties walked back over
    /// ([`crate::entity::in_place_list`]).
    county_list: crate::entity::PlaceListMemo,
}

impl<'a> Classifier<'a> {
    pub(crate) fn new(cx: &'a Context<'a>) -> Classifier<'a> {
        let tokens = cx.tokens;
        let mut in_match = window::take_buffer(&IN_MATCH);
        in_match.resize(tokens.len(), false);
        let mut t = 0;
        for m in cx.matches {
            // (Matches come in text order: the first token ending after
            // this one's start is searched from the previous one's.)
            t = crate::span::partition_from(tokens, t, |tok| tok.end() <= m.start());
            let mut u = t;
            while u < tokens.len() && tokens[u].start() < m.end() {
                in_match[u] = true;
                u += 1;
            }
        }
        Classifier {
            text: cx.text,
            tokens,
            cx,
            in_match,
            county_list: Cell::new(None),
        }
    }

    /// Keeps the per-token tables for the thread's next text.
    pub(crate) fn recycle(self) {
        window::give_back(&IN_MATCH, self.in_match);
    }

    /// Whether a sentence starts at token `i`: the first token, one that
    /// opens a line, or one that starts one of the window's sentences
    /// (found by a binary search: the rules ask of a few tokens only, so
    /// no table is built for them all).
    fn sentence_start(&self, i: usize) -> bool {
        i == 0
            || self.tokens[i].newline_before
            || self
                .cx
                .sentences
                .binary_search_by_key(&i, |&(start, _)| start)
                .is_ok()
    }

    fn word(&self, i: usize) -> &'a str {
        // (Sliced once for the window: [`Context::words`].)
        self.cx.words[i]
    }

    /// The tokens `[a, b)` a byte span covers, and whether the last one runs
    /// past it (a possessive: "NATO’s").
    fn token_range(&self, start: usize, end: usize) -> (usize, usize, bool) {
        let a = self.tokens.partition_point(|t| t.end() <= start);
        // (Every token before `a` starts before `end` too, and a span covers
        // a few tokens: `b` is found walking from `a`.)
        let mut b = a;
        while b < self.tokens.len() && self.tokens[b].start() < end {
            b += 1;
        }
        let possessive = b > a && self.tokens[b - 1].end() > end;
        (a, b.max(a), possessive)
    }

    /// Whether token `i` follows token `i - 1` on the same line after a
    /// space.
    fn joined_by_space(&self, i: usize) -> bool {
        i > 0 && i < self.tokens.len() && {
            let t = &self.tokens[i];
            t.space_before && !t.newline_before
        }
    }

    fn is_cap_word(&self, i: usize) -> bool {
        self.tokens[i].cap()
    }

    /// Whether a hyphen glued at token `b` opens capitalised words (a
    /// few) that end in a feature's word: "-San Joaquin Delta" (not a
    /// place's name of its own, "-Colorado Springs").
    fn hyphen_feature_after(&self, items: &[Item], b: usize) -> bool {
        let n = self.tokens.len();
        let glued = b + 1 < n
            && self.word(b) == "-"
            && !self.tokens[b].space_before
            && !self.tokens[b + 1].space_before;
        if !glued {
            return false;
        }
        let end = (b + 1..(b + 5).min(n))
            .take_while(|&k| self.is_cap_word(k) && (k == b + 1 || self.joined_by_space(k)))
            .last();
        end.is_some_and(|k| {
            let w = self.word(k);
            words::is_feature_word(w)
                && !self
                    .item_at(items, b + 1)
                    .is_some_and(|it| it.span.end() >= self.tokens[k].end())
        })
    }

    /// Whether the place at tokens `a..b` opens a law's name ("the Oregon
    /// JOBS Act"; not "in Texas and the Act", nor a title-case headline's
    /// first word, "Texas Sues Over Voting Rights Act").
    fn law_opened(&self, a: usize, b: usize) -> bool {
        let line_start = a == 0 || self.tokens[a].newline_before;
        !line_start && super::law_name_after(self.tokens, self.cx.words, b)
    }

    /// Where a gazetteer organization ending in "National Guard" ends when
    /// it starts at token `b`, right after `item`, a state.
    fn state_guard(&self, items: &[Item], item: &Item, b: usize) -> Option<usize> {
        if !self.in_match[b] || !self.place_kinds(item).any(|k| k == EntryKind::AdminRegion) {
            return None;
        }
        let g = self.cx.gazetteer;
        let next = self.item_at(items, b)?;
        let guard = next.candidates.iter().any(|&id| {
            let e = g.entry(id);
            e.kind() == EntryKind::Organization && e.name().ends_with("National Guard")
        });
        guard.then(|| next.span.end())
    }

    /// The item whose span starts at token `k`, if one does.
    fn item_at<'i>(&self, items: &'i [Item], k: usize) -> Option<&'i Item> {
        let start = self.tokens[k].start();
        items
            .get(items.partition_point(|it| it.span.start() < start))
            .filter(|it| it.span.start() == start)
    }

    /// The word before token `a`, skipping a period after it ("Mr."), when
    /// it is on the same line.
    fn word_before(&self, a: usize) -> Option<usize> {
        if !self.joined_by_space(a) {
            return None;
        }
        let p = a - 1;
        match self.tokens[p].kind {
            TokenKind::Word => Some(p),
            TokenKind::Punct if self.word(p) == "." && p > 0 && !self.tokens[p].space_before => {
                (self.tokens[p - 1].kind == TokenKind::Word).then_some(p - 1)
            }
            _ => None,
        }
    }

    /// The kinds of the place candidates of an item.
    fn place_kinds<'i>(&self, item: &'i Item) -> impl Iterator<Item = EntryKind> + 'i
    where
        'a: 'i,
    {
        let g = self.cx.gazetteer;
        super::place_candidates(g, &item.candidates).map(move |id| g.entry(id).kind())
    }

    /// Whether token `k` joins the names of a list.
    fn list_joiner(&self, k: usize) -> bool {
        matches!(self.word(k), "," | "and" | "or" | "&")
    }

    /// Whether the tokens from `b` close a list of names with "counties"
    /// or "parishes" ([`Self::is_county_noun`]; a few names at most).
    fn county_list_after(&self, b: usize) -> bool {
        for k in b..(b + 12).min(self.tokens.len()) {
            if self.is_county_noun(k) {
                return true;
            }
            if !(self.list_joiner(k) || self.is_cap_word(k)) {
                return false;
            }
        }
        false
    }

    /// Whether every name of the list around token `a` (closed by
    /// "counties") is a state's or a province's: "rural Nevada counties",
    /// "Oregon, Idaho and Utah counties" are the states' counties.
    fn states_listed(&self, items: &[Item], a: usize) -> bool {
        // (The list's start: back over its joins and the names before
        // them, a few; not "Seventeen Minnesota counties".)
        let mut first = a;
        while first >= 2
            && a - first < 12
            && self.list_joiner(first - 1)
            && self.is_cap_word(first - 2)
        {
            first -= 2;
            while first > 0 && a - first < 12 && self.is_cap_word(first - 1) {
                first -= 1;
            }
        }
        let region = |k: usize| {
            self.item_at(items, k)
                .is_some_and(|it| self.place_kinds(it).any(|k| k == EntryKind::AdminRegion))
        };
        // (Up to the county noun `county_list_after` found, a few tokens
        // on: the scan is bounded.)
        let end = (a + 24).min(self.tokens.len());
        let mut k = first;
        while k < end && !self.is_county_noun(k) {
            // (A name's first word; the rest of it is covered.)
            let starts_name = self.is_cap_word(k) && (k == first || self.list_joiner(k - 1));
            if starts_name && !region(k) {
                return false;
            }
            k += 1;
        }
        true
    }

    /// Whether token `k` is "counties" or "parishes", in lower case as a
    /// list of counties is mostly written or in title case ("Kent and
    /// Talbot Counties"; not in capitals, "OREGON COUNTIES" is a
    /// headline's).
    fn is_county_noun(&self, k: usize) -> bool {
        let w = self.word(k);
        crate::entity::COUNTY_NOUNS.contains(&w) || matches!(w, "Counties" | "Parishes")
    }

    /// Whether item `i` may be a town whose region is the place right after
    /// it and a comma ("Brookings, S.D.").
    fn town_before_its_region(&self, items: &[Item], i: usize) -> bool {
        let g = self.cx.gazetteer;
        let Some(next) = items.get(i + 1) else {
            return false;
        };
        if !super::resolve::comma_between(self.text, &items[i], next) {
            return false;
        }
        // (The region ends its phrase: not "Acme, Ohio State University",
        // "Acme, Ohio's largest employer".)
        let (_, b, possessive) = self.token_range(next.span.start(), next.span.end());
        let ends = b >= self.tokens.len()
            || matches!(self.word(b), "," | "." | ";" | ")" | ":")
            || (self.tokens[b].kind == TokenKind::Word && !self.tokens[b].cap());
        if possessive || !ends {
            return false;
        }
        super::region_of_town(g, &items[i].candidates, &next.candidates).is_some()
    }

    pub(crate) fn classify(&self, items: &[Item], i: usize) -> Class {
        let item = &items[i];
        if item.after_town {
            return Class::Place;
        }
        let g = self.cx.gazetteer;
        let (a, b, possessive) = self.token_range(item.span.start(), item.span.end());
        if a >= self.tokens.len() {
            return Class::Place;
        }
        let all_caps = !self.text[item.span.range()].chars().any(char::is_lowercase);
        // The United States' initials before a route's number name a
        // highway: "US 160", "U.S. 491" (not "the U.S. 10-year note").
        let road = all_caps
            && item.span.len() <= 4
            && self.joined_by_space(b)
            && self.tokens[b].kind == TokenKind::Number
            && self.word(b).len() <= 3
            && !self
                .tokens
                .get(b + 1)
                .is_some_and(|t| !t.space_before && self.word(b + 1) == "-")
            && item.candidates.iter().any(|&id| {
                let e = g.entry(id);
                e.kind() == EntryKind::Country && e.country_code() == Some("US")
            });
        // A water's generic word opens a longer name with "of": "the Gulf
        // of Alaska" is not the Gulf region.
        let feature_of = b == a + 1
            && matches!(self.word(a), "Gulf" | "Bay" | "Sea" | "Strait" | "Sound")
            && b + 1 < self.tokens.len()
            && self.word(b) == "of"
            && self.tokens[b + 1].cap();
        // And the place that ends it is the water's name, not the place:
        // "the Gulf of Guinea", "the Sea of Okhotsk" (a longer name goes
        // on to the other rules: "Gulf of Maine Lobster Board").
        let of_feature = a >= 2
            && self.word(a - 1) == "of"
            && matches!(
                self.word(a - 2),
                "Gulf" | "Bay" | "Sea" | "Strait" | "Straits"
            )
            && !(self.joined_by_space(b) && self.is_cap_word(b));
        // "New" right before a town the gazetteer does not name with it
        // opens another town's name: "New Madrid", "NEW MADRID" (not
        // Madrid); not an adjective opening a sentence, "New Chicago
        // police data …", nor before a state, "New Florida laws".
        let new_place = a >= 1
            && self.joined_by_space(a)
            && matches!(self.word(a - 1), "New" | "NEW")
            && !self.in_match[a - 1]
            && !self.sentence_start(a - 1)
            && self.place_kinds(item).all(|k| k == EntryKind::City);
        // A country's letters glued to a currency sign name the currency:
        // "US$ 20,000", "NZ$5".
        let currency = all_caps
            && item.span.len() <= 3
            && b < self.tokens.len()
            && !self.tokens[b].space_before
            && self.word(b) == "$";
        // A town's possessive before "County" names the county, which
        // the gazetteer does not hold: "Prince George's County", "Queen
        // Anne's and Talbot counties" (not "Ohio's counties").
        let county_of = possessive
            && b < self.tokens.len()
            && (matches!(self.word(b), "County" | "COUNTY") || self.county_list_after(b))
            && self.place_kinds(item).all(|k| k == EntryKind::City);
        // A place's abbreviation that is also a title's, before a name:
        // "Del. Ann Roy" is a delegate (not after a town's comma or a
        // party's dash, "Dover, Del.", "D-Del. The vote …").
        let abbreviated_title = self.joined_by_space(b)
            && self.is_cap_word(b)
            && !(a > 0 && matches!(self.word(a - 1), "," | "-"))
            && !crate::text::is_starter(self.word(b))
            && self.text[item.span.range()]
                .strip_suffix('.')
                .is_some_and(|stem| Lexicon::get().ends_title(stem, true, &mut String::new()));
        // A Romance particle and a capitalised word after the match make it
        // part of a longer name: "the Durango de Sierra Alta trail",
        // "Universidad de Chile" (a name the gazetteer holds whole is one
        // match: "Rio de Janeiro").
        let particle_name = self.joined_by_space(b)
            && matches!(
                self.word(b),
                "de" | "del" | "della" | "di" | "da" | "du" | "des" | "dos" | "das"
            )
            && self.joined_by_space(b + 1)
            && self.is_cap_word(b + 1);
        // A place joined by a hyphen to a feature's name: "the
        // Fresno-Kings River Delta", "Dover-Kell River" (not "the
        // Dallas-Fort Worth area").
        let hyphen_feature = self.hyphen_feature_after(items, b);
        if road
            || abbreviated_title
            || particle_name
            || hyphen_feature
            || feature_of
            || of_feature
            || new_place
            || currency
            || county_of
            || (!possessive && self.law_opened(a, b))
        {
            return Class::PartOfName;
        }
        let prev = self.word_before(a);
        let org = item
            .candidates
            .iter()
            .copied()
            .find(|&id| g.entry(id).kind() == EntryKind::Organization);
        let kinds = || self.place_kinds(item);
        // A small town that shares its name with an organization ("Toyota")
        // is the organization, unless the town's region follows it: "Acme,
        // Ohio".
        let big_place = || {
            super::place_candidates(g, &item.candidates).any(|id| {
                let e = g.entry(id);
                e.kind() != EntryKind::City || e.population() >= 1_000_000
            }) || self.town_before_its_region(items, i)
        };
        if kinds().next().is_none() || (org.is_some() && !big_place()) {
            let Some(id) = org else {
                return Class::Demonym;
            };
            if !item.in_dateline
                && (self.inside_larger_name(a, prev, all_caps) || self.event_after(b, possessive))
            {
                return Class::PartOfName;
            }
            // "VETERANS WHO ARE CONCERNED": an acronym that spells a
            // function word after a word in capitals is the word (not
            // opening a headline: "WHO WARNS OF …").
            let after_caps_word = a > 0
                && !self.tokens[a].newline_before
                && self.tokens[a - 1].kind == TokenKind::Word
                && self.tokens[a - 1].all_caps();
            if all_caps && b == a + 1 && after_caps_word && self.function_word(a) {
                return Class::PartOfName;
            }
            // "Senate Agriculture Committee": an organization named after
            // a larger one, with a head of its own.
            if !possessive && !all_caps && b < self.tokens.len() && self.joined_by_space(b) {
                if let Some(end) = self.head_after(b) {
                    return Class::OrgAround {
                        start: self.name_start(a),
                        end,
                    };
                }
            }
            return Class::Organization(id);
        }
        if item.in_dateline {
            return Class::Place;
        }

        // "(D-WA)", "DERA": a short place name in capitals amid ordinary text
        // is an abbreviation, unless the gazetteer writes it so ("UK"); so
        // is one with a sentence's period after "the" and a name ("the
        // Erie VA." is no "Va."; "in PA.", "Richmond VA.", "Richmond, VA."
        // and "(I-VT.)" are).
        let dotted = b == a + 2
            && self.word(a + 1) == "."
            && a > 1
            && self.tokens[a - 1].kind == TokenKind::Word
            && self.tokens[a - 1].cap()
            && matches!(self.word(a - 2), "the" | "The");
        let short = item.span.len() <= 4 && (b == a + 1 || dotted);
        if all_caps && short && !self.caps_context(a, b) && !self.written_in_caps(item) {
            return Class::PartOfName;
        }
        if all_caps && self.defined_acronym(item, a, b) {
            return Class::PartOfName;
        }
        // "the VA", "the PA": a state's code (two or three capitals) after
        // "the" is an agency's or an office's ("the UK" stays a country,
        // "the D.C. area" the district).
        let the = prev.is_some_and(|p| matches!(self.word(p), "the" | "The"));
        let code = {
            let t = self.text[item.span.range()].trim_end_matches('.');
            t.len() <= 3 && t.bytes().all(|c| c.is_ascii_uppercase())
        };
        if all_caps && code && the && kinds().all(|k| k == EntryKind::AdminRegion) {
            return Class::PartOfName;
        }

        // "along the Rio Grande", "the Potomac is rising": a river that
        // shares a place's name, after "the" and before a stop, a verb or
        // a preposition ("the Potomac River" is the river's own name; "the
        // Ohio delegation" is the state's).
        let name = self.text.get(item.span.range()).unwrap_or("");
        if the && !possessive && words::is_river(name) {
            let word_at = |k: usize| self.tokens.get(k).map(|t| (t.kind, self.word(k)));
            // (After "and", "or" or a comma, a capitalised name that is no
            // river makes a list of states or a place and its state: "the
            // Ohio and Michigan delegations", "The Columbia, Mo., board";
            // not "the Ohio and Mississippi rivers", "the Missouri and the
            // Mississippi".)
            let listed = |k: usize| {
                let next = if word_at(k).is_some_and(|(_, w)| w == "and" || w == "or") {
                    k + 1
                } else {
                    k
                };
                self.tokens.get(next).is_some_and(Token::cap) && !words::is_river(self.word(next))
            };
            let river = match word_at(b) {
                None => true,
                Some((TokenKind::Punct, ",")) => !listed(b + 1),
                Some((TokenKind::Punct, w)) => w != "-",
                Some((_, "and" | "or")) => !listed(b + 1),
                Some((_, w)) => matches!(
                    w,
                    "is" | "was"
                        | "are"
                        | "were"
                        | "has"
                        | "had"
                        | "in"
                        | "at"
                        | "near"
                        | "to"
                        | "from"
                        | "into"
                        | "along"
                        | "between"
                        | "below"
                        | "above"
                        | "basin"
                        | "watershed"
                        | "flows"
                        | "runs"
                        | "rises"
                        | "river"
                        | "waters"
                ),
            };
            // ("along the Rio Grande", "across the Potomac": whatever
            // follows but a capital or the state's edge, "along the
            // Colorado border".)
            let along = prev
                .and_then(|p| p.checked_sub(1))
                .is_some_and(|p| matches!(self.word(p), "along" | "across" | "up" | "down"))
                && !self.tokens.get(b).is_some_and(Token::cap)
                && !word_at(b).is_some_and(|(_, w)| {
                    matches!(w, "border" | "line" | "state" | "side" | "coast")
                });
            if river || along {
                return Class::PartOfName;
            }
        }

        // "anti-Ankara", "pro-Lisbon", "Toronto-based": a word, not a place.
        if self.hyphenated(a, b, possessive) {
            return Class::PartOfName;
        }

        // "Harlow, Dunmore and Vell counties", "Orleans and Plaquemines
        // parishes": the names of counties, which the gazetteer does not
        // hold, not the towns or regions they share a name with. (A state
        // alone before the word is where they lie: "rural Nevada
        // counties".)
        // (Nor a state that a comma and "and" set off from the list after
        // it, first in its own: "Storms hit Texas, and Harris and
        // Galveston counties flooded"; not "Lackawanna, Wyoming, and
        // Luzerne counties".)
        // (Asked only in a county list, which few items stand in.)
        let state_apart = || {
            b + 1 < self.tokens.len()
                && self.word(b) == ","
                && matches!(self.word(b + 1), "and" | "or")
                && !(a > 0 && self.list_joiner(a - 1))
                && kinds().any(|k| k == EntryKind::AdminRegion)
        };
        if !possessive
            && self.county_list_after(b)
            && !state_apart()
            && !self.states_listed(items, a)
        {
            return Class::PartOfName;
        }
        // So are the names a list of counties opens: "the following 152
        // counties …: Appling, Atkinson, …, Washington". (Each ends a list
        // item, not a clause's subject, "Houston has opened shelters", nor
        // a title's modifier, "Ohio Gov.".)
        let item_end =
            b >= self.tokens.len() || matches!(self.word(b), "," | ";" | "." | ")" | "and" | "or");
        if item_end
            && crate::entity::in_place_list(
                self.tokens,
                self.cx.words,
                a,
                crate::entity::COUNTY_NOUNS,
                &self.county_list,
            )
        {
            return Class::PartOfName;
        }

        // "Edwin Denver", "Ms. Sheffield"
        if let Some(p) = prev {
            let w = self.word(p);
            if words::is_honorific(w) {
                return Class::Person;
            }
            // "the shuttle Columbia", "USS Arizona": a vessel's name.
            if self.vessel_word_before(a) {
                return Class::PartOfName;
            }
            // "Governor Palin", "Gov. Nelson": a person's title right
            // before a town's name alone.
            let town_only = kinds().all(|k| k == EntryKind::City);
            // (A possessive ends it too: "Governor Palin's Alaska Gas
            // Act".)
            let name_ends = possessive
                || b >= self.tokens.len()
                || !self.is_cap_word(b)
                || !self.joined_by_space(b);
            if town_only && name_ends && !all_caps && self.person_title(p, a) {
                return Class::Person;
            }
            let sentence_word = words::is_function_word(w) && self.sentence_start(p);
            // Not across a period: "He met John. Kenya won."
            if p + 1 == a
                && words::is_given_name(w)
                && !self.in_match[p]
                && !sentence_word
                && !all_caps
            {
                return Class::Person;
            }
        }

        // "Sens. Lee (D-OR), Obama (D-IL) and …": a town's name with a
        // party label after it is a lawmaker's.
        if !all_caps
            && super::postal::party_letter(self.cx, b + 2)
            && kinds().all(|k| k == EntryKind::City)
        {
            return Class::Person;
        }

        // "St. Paul's College", "Saint Mary's Hospital": a saint's name
        // in a church's or a school's, not the city (which keeps "St.
        // Paul's mayor", "St. Paul's Children's Alliance").
        let saint = |name: &str| {
            ["St. ", "St ", "Saint "]
                .iter()
                .any(|s| name.starts_with(s))
        };
        if possessive
            && saint(&self.text[item.span.range()])
            && b < self.tokens.len()
            && self.joined_by_space(b)
            && words::is_saints_institution(self.word(b))
        {
            return Class::PartOfName;
        }

        // "San Marco", "Santa Lucia": a place named for a saint ("San",
        // a town in Mali) before the saint's name, a longer name.
        if !possessive
            && matches!(
                &self.text[item.span.range()],
                "San" | "Santa" | "Santo" | "São" | "Sao"
            )
            && b < self.tokens.len()
            && self.joined_by_space(b)
            && self.is_cap_word(b)
        {
            return Class::PartOfName;
        }

        // "East Greenwich", "West Hartford", "North Providence": a
        // compass point before a town's name is another town the
        // gazetteer lacks (not a big city's district: "East Oakland",
        // "North London").
        let compass = prev.is_some_and(|p| {
            p + 1 == a
                && self.tokens[p].cap()
                && ["East", "West", "North", "South"]
                    .iter()
                    .any(|c| self.word(p).eq_ignore_ascii_case(c))
        });
        if compass
            && super::place_candidates(g, &item.candidates).all(|id| {
                let e = g.entry(id);
                e.kind() == EntryKind::City && e.population() < BIG_TOWN
            })
        {
            return Class::PartOfName;
        }

        // "Torpedo Kharkiv", "KORVA Pacific"
        if self.inside_larger_name(a, prev, all_caps) {
            return Class::PartOfName;
        }

        if !possessive && b < self.tokens.len() && self.joined_by_space(b) {
            let w = self.word(b);
            // "Jordan Pickell", "Paris Whitfield": a given name before a surname.
            // (Not before a word that names places: "the Texas Center".)
            let place_word = || {
                matches!(
                    Lexicon::get().not_name(w),
                    Some(NotName::Never | NotName::Place | NotName::PlacePrefix | NotName::Common)
                )
            };
            // (A state's or a country's name opens a person's only before
            // a surname the lists know, "Georgia Hale", not "the Texas
            // FutureGen sites".)
            // (Or before a person's verb: "Jordan Bardella said".)
            let surname = || {
                let lex = Lexicon::get();
                kinds().all(|k| k == EntryKind::City)
                    || lex.surname(words::unpossessed(w))
                    || (b + 1 < self.tokens.len()
                        && self.joined_by_space(b + 1)
                        && lex.verb(self.word(b + 1)).is_some())
            };
            // (Nor when the capitalised words go on to a body's head:
            // "the Georgia Hale Transit Authority".)
            let body = || {
                b + 1 < self.tokens.len()
                    && self.joined_by_space(b + 1)
                    && self.head_after(b + 1).is_some()
            };
            if !all_caps
                && self.is_cap_word(b)
                && !self.in_match[b]
                && words::is_given_name(&self.text[item.span.range()])
                && !self.tokens[b].all_caps()
                && !words::is_title(w)
                && !self.person_title_at(b)
                && !words::is_calendar(w)
                && !words::is_function_word(w)
                && !words::is_org_head(w)
                && !words::is_event_word(w)
                && !place_word()
                && surname()
                && !body()
            {
                return Class::Person;
            }
            // "THE LISBON OPEN", "CAPE TOWN OPEN"
            if all_caps && self.tokens[b].all_caps() && title_case_is(w, words::is_event_word) {
                return Class::PartOfName;
            }
            // "Preston & Ainsley"
            if w == "&" && b + 1 < self.tokens.len() && self.is_cap_word(b + 1) {
                let (end, _) = self.org_run_after(b + 1);
                return Class::OrgAround {
                    start: self.name_start(a),
                    end,
                };
            }
        }

        // Teams: "Karnataka beat Kerala", "DENVER 5 Omaha 3".
        let town_only = kinds().all(|k| matches!(k, EntryKind::City | EntryKind::AdminRegion));
        if town_only && !possessive && self.is_team(b, prev) {
            return Class::Team;
        }

        let after_of = prev.filter(|&p| self.word(p) == "of");
        // "Lisbon Futures Exchange", "Copper Hills of Zambia Ltd"
        if !possessive && b < self.tokens.len() && self.joined_by_space(b) && self.is_cap_word(b) {
            let w = self.word(b);
            // (In capitals, a geographic word still makes another place of
            // it: "CUTS HIT CUMBERLAND COUNTY SCHOOLS".)
            let place_word = all_caps && title_case_is(w, words::is_feature_word);
            let next_all_caps = self.tokens[b].all_caps() && !place_word;
            // (A given name is a person's next to a place, unless it also
            // names places: "the Columbia Gorge".)
            let given = || {
                words::is_given_name(w)
                    && !matches!(
                        Lexicon::get().not_name(w),
                        Some(NotName::Place | NotName::PlacePrefix | NotName::PlaceEnd)
                    )
            };
            // "the Ohio National Guard", "the Ohio Air National Guard": a
            // state's own guard, named after the national one (in running
            // text: a headline's capitals are read as before).
            if let Some(end) = (!all_caps)
                .then(|| self.state_guard(items, item, b))
                .flatten()
            {
                return Class::OrgAround {
                    start: item.span.start(),
                    end,
                };
            }
            let neutral = words::is_title(w)
                || words::is_politician_word(w)
                || words::is_calendar(w)
                || given()
                || words::is_function_word(w)
                || self.in_match[b]
                || next_all_caps
                || self.person_title_at(b);
            if !neutral {
                let (end, has_head) = self.org_run_after(b);
                if has_head {
                    let start = after_of
                        .and_then(|of| self.org_run_before(of, false))
                        .unwrap_or_else(|| self.name_start(a));
                    return Class::OrgAround { start, end };
                }
                if words::is_event_word(w) {
                    return Class::PartOfName;
                }
                // A place before an office's word, alone or after a party's
                // words, is where the office is: "a Toronto New Democrat
                // MP", "the Nevada Democrat's", "the Denver Sheriff's
                // office" (in running text; not a body's name before the
                // office, "Virginia Tech Head Coach", "Kent County
                // Sheriff"; a possessive title before "office" only, not a
                // surname's, "Jordan Bishop's late goal"; nor a small town
                // spelled like a surname, "former Obama Energy Secretary").
                let party = |k: usize| {
                    let w = self.word(k);
                    words::is_politician_word(w)
                        || matches!(
                            w,
                            "New" | "Democratic" | "Liberal" | "Labour" | "Conservative" | "Green"
                        )
                };
                let office_word = |k: usize| {
                    let w = words::unpossessed(self.word(k));
                    words::is_title(w) || words::is_politician_word(w)
                };
                let office = || {
                    !all_caps
                        && (b..self.tokens.len().min(b + 4))
                            .take_while(|&k| self.joined_by_space(k) && self.is_cap_word(k))
                            .find(|&k| office_word(k))
                            .is_some_and(|o| {
                                let w = words::unpossessed(self.word(o));
                                (b..o).all(party)
                                    && (w == self.word(o)
                                        || words::is_politician_word(w)
                                        || (o + 1 < self.tokens.len()
                                            && matches!(
                                                self.word(o + 1),
                                                "office" | "department" | "Office" | "Department"
                                            )))
                            })
                        && (super::place_candidates(g, &item.candidates).any(|id| {
                            let e = g.entry(id);
                            e.kind() != EntryKind::City || e.population() >= BIG_TOWN
                        }) || !Lexicon::get().surname(&self.text[item.span.range()]))
                };
                // A country keeps its reading before another name ("U.S.
                // Thanksgiving"); a town inside a longer name does not.
                if !kinds().any(|k| k == EntryKind::Country)
                    && (!all_caps || place_word)
                    && !office()
                {
                    return Class::PartOfName;
                }
            }
        }

        // "Council of Ministers of Latvia", "University of Lisbon"
        if let Some(of) = after_of {
            if let Some(start) = self.org_run_before(of, true) {
                return Class::PlaceInOrg { start };
            }
        }
        Class::Place
    }

    /// Whether a noun or prefix naming a ship or a craft stands right
    /// before the match ("the shuttle Columbia", "USS Arizona").
    fn after_vessel_word(&self, item: &Item) -> bool {
        let (a, _, _) = self.token_range(item.span.start(), item.span.end());
        self.vessel_word_before(a)
    }

    /// Whether a vessel word ([`Self::after_vessel_word`]) stands right
    /// before token `a`.
    fn vessel_word_before(&self, a: usize) -> bool {
        a < self.tokens.len()
            && self.word_before(a).is_some_and(|p| {
                p + 1 == a && !self.in_match[p] && words::is_vessel_word(self.word(p))
            })
    }

    /// Whether a person's title or an honorific stands right before the
    /// match ("Governor Palin", "Ms. Sheffield").
    pub(crate) fn after_person_title(&self, item: &Item) -> bool {
        let (a, _, _) = self.token_range(item.span.start(), item.span.end());
        a < self.tokens.len() && self.word_before(a).is_some_and(|p| self.person_title(p, a))
    }

    /// Whether word `p` starts a person's title ([`Self::person_title`]),
    /// with its period when one is glued to it ("Sen.").
    fn person_title_at(&self, p: usize) -> bool {
        let dotted = self
            .tokens
            .get(p + 1)
            .is_some_and(|t| !t.space_before && t.text(self.text) == ".");
        self.person_title(p, if dotted { p + 2 } else { p + 1 })
    }

    /// Whether word `p`, with its period when one follows ("Gov."), is a
    /// capitalised title of a person from the people stage's list that
    /// stands alone before a name ("Governor", "Adm."; not "Deputy",
    /// "Senators") and ends right before token `a`.
    fn person_title(&self, p: usize, a: usize) -> bool {
        let end = if a == p + 2 {
            self.tokens[p + 1].end()
        } else {
            self.tokens[p].end()
        };
        if !(a == p + 1 || (a == p + 2 && self.word(p + 1) == ".")) || !self.tokens[p].cap() {
            return false;
        }
        let word = &self.text[self.tokens[p].start()..end];
        let lex = Lexicon::get();
        if !lex.may_start_title(self.word(p)) {
            return false;
        }
        let mut buf = String::new();
        lex.title_word(word, &mut buf)
            .and_then(|k| k.title)
            .is_some_and(|t| {
                matches!(
                    t.kind,
                    TitleKind::Plain | TitleKind::Head | TitleKind::Honorific
                ) && !t.lower_case_only
            })
    }

    /// Whether the capitalised word before the match makes it part of a
    /// longer name ("Torpedo Kharkiv", "Blau Linz", "KV Nantes").
    fn inside_larger_name(&self, a: usize, prev: Option<usize>, all_caps: bool) -> bool {
        let Some(p) = prev else { return false };
        let w = self.word(p);
        // ("Mt. Kell": an abbreviated place word and its period.)
        let abbreviated = p + 2 == a && w == "Mt";
        self.tokens[p].cap()
            && (p + 1 == a || abbreviated)
            && !self.in_match[p]
            && !words::is_function_word(w)
            && !words::is_qualifier(w)
            && !words::is_title(w)
            && !words::is_calendar(w)
            && !words::is_honorific(w)
            && !all_caps
            && !self.sentence_start(p)
    }

    /// Whether token `a` spells a pronoun, a determiner, a preposition,
    /// an auxiliary or a clause word in any case ("WHO", "IT").
    fn function_word(&self, a: usize) -> bool {
        use crate::quote::cues::{self, class};
        let lex = cues::lookup(self.word(a), &mut String::new());
        lex.class() & (class::PRONOUN | class::DET | class::PREP | class::AUX | class::CLAUSE) != 0
    }

    /// Whether the town in capitals at tokens `a..b` is an acronym in
    /// parentheses after the name it shortens: "Community Anti-Drug
    /// Alliances of America (CADCA)" (its first letter opens one of the
    /// capitalised words a few tokens before, its last one opens the word
    /// right before the parenthesis).
    fn defined_acronym(&self, item: &Item, a: usize, b: usize) -> bool {
        let letters = self.text[item.span.range()].as_bytes();
        let (Some(&first), Some(&last)) = (letters.first(), letters.last()) else {
            return false;
        };
        let initial = |k: usize| {
            let t = &self.tokens[k];
            (t.kind == TokenKind::Word && t.cap()).then(|| self.text.as_bytes()[t.start()])
        };
        letters.len() >= 3
            && a >= 2
            && b < self.tokens.len()
            && self.word(a - 1) == "("
            && self.word(b) == ")"
            && initial(a - 2) == Some(last)
            && (a.saturating_sub(12)..a - 1).any(|k| initial(k) == Some(first))
            && self.place_kinds(item).all(|k| k == EntryKind::City)
    }

    /// Whether the nearest words on either side of the span `[a, b)`, on
    /// the same line, are in capitals too (a headline, a table), or the line
    /// starts with it (a dateline).
    fn caps_context(&self, a: usize, b: usize) -> bool {
        if a == 0 || self.tokens[a].newline_before {
            return true;
        }
        let word = |i: usize| {
            let t = &self.tokens[i];
            t.kind == TokenKind::Word && t.text(self.text).chars().count() >= 2
        };
        let caps = |i: usize| self.tokens[i].all_caps();
        // nearest word before, on this line
        let mut i = a;
        let mut seen = 0;
        while i > 0 && seen < 12 {
            if self.tokens[i].newline_before {
                break;
            }
            i -= 1;
            seen += 1;
            if word(i) {
                if caps(i) {
                    return true;
                }
                break;
            }
        }
        // nearest word after, on this line
        let mut j = b;
        seen = 0;
        while j < self.tokens.len() && seen < 12 && !self.tokens[j].newline_before {
            if word(j) {
                return caps(j);
            }
            j += 1;
            seen += 1;
        }
        false
    }

    /// Whether a candidate's name as matched is itself in capitals ("UK").
    fn written_in_caps(&self, item: &Item) -> bool {
        let g = self.cx.gazetteer;
        let text = &self.text[item.span.range()];
        item.candidates.iter().any(|&id| {
            g.entry(id)
                .names()
                .any(|n| n.eq_ignore_ascii_case(text) && !n.chars().any(char::is_lowercase))
        })
    }

    /// An event word after the name ("ASEAN Cup", "BBC Trophy").
    fn event_after(&self, b: usize, possessive: bool) -> bool {
        !possessive
            && b < self.tokens.len()
            && self.joined_by_space(b)
            && words::is_event_word(self.word(b))
    }

    /// A hyphen joins the match to a lower-case word: "anti-Ankara",
    /// "ex-Portugal", "Cape Town-based".
    fn hyphenated(&self, a: usize, b: usize, possessive: bool) -> bool {
        let joined = |i: usize| i < self.tokens.len() && !self.tokens[i].space_before;
        let lower_word = |i: usize| {
            i < self.tokens.len()
                && self.tokens[i].kind == TokenKind::Word
                && self.word(i).starts_with(char::is_lowercase)
        };
        // (Or after "Mid", a given name or a given name's syllable before
        // a surname: "Mid-Atlantic", "Lincoln-Douglas", "Tae-Sik Lee";
        // not "Dallas-Fort Worth", "Houthi-Yemen fighting".)
        let syllable = || {
            self.tokens
                .get(b)
                .is_some_and(|t| t.space_before && !t.newline_before)
                && self.is_cap_word(b)
                && Lexicon::get().surname(self.word(b))
        };
        let before = a >= 2 && joined(a) && self.word(a - 1) == "-" && joined(a - 1) && {
            let w = self.word(a - 2);
            self.tokens[a - 2].kind == TokenKind::Word
                && (w.starts_with(char::is_lowercase)
                    || w == "All"
                    || w == "Pan"
                    || w == "Trans"
                    || w == "Mid"
                    || (!self.in_match[a - 2]
                        && !self.tokens[a - 2].all_caps()
                        && w.len() > 2
                        && (Lexicon::get().given(w).is_some() || syllable())))
        };
        let after = !possessive
            && joined(b)
            && b < self.tokens.len()
            && self.word(b) == "-"
            && joined(b + 1)
            && lower_word(b + 1);
        before || after
    }

    /// The start of the capitalised run that ends at token `a` ("First
    /// Tacoma Corp."): the organization a place is the middle of.
    fn name_start(&self, a: usize) -> usize {
        let mut s = a;
        let mut taken = 0;
        while s > 0 && taken < MAX_RUN && self.joined_by_space(s) {
            let p = s - 1;
            let w = self.word(p);
            if !self.is_cap_word(p)
                || self.in_match[p]
                || words::is_function_word(w)
                || words::is_title(w)
            {
                break;
            }
            s = p;
            taken += 1;
            if self.sentence_start(p) {
                break;
            }
        }
        self.tokens[s].start()
    }

    /// A score after the name, or a sports verb or "v" around it.
    fn is_team(&self, b: usize, prev: Option<usize>) -> bool {
        // "drew" and "edged" report a result only beside a name or a
        // score, and before "with", "level", …: not "Springfield drew
        // large crowds", "the fair drew Springfield residents", "Tokyo
        // edged higher".
        let result = |v: usize, place_after: bool| {
            let w = self.word(v);
            if !words::is_sports_verb(w) {
                return false;
            }
            if !words::is_weak_result_verb(w) {
                return true;
            }
            let k = if place_after {
                v.checked_sub(1)
            } else {
                Some(v + 1)
            };
            k.and_then(|k| Some((k, self.tokens.get(k)?)))
                .is_some_and(|(k, t)| {
                    self.is_cap_word(k)
                        || t.kind == TokenKind::Number
                        || (!place_after
                            && matches!(
                                self.word(k),
                                "with" | "against" | "level" | "out" | "past"
                            ))
                })
        };
        if let Some(p) = prev {
            let w = self.word(p);
            if words::is_versus(w) || result(p, true) {
                return true;
            }
            // "a match against Graz"
            if w == "against" {
                let from = p.saturating_sub(3);
                if (from..p).any(|q| words::is_fixture_word(self.word(q))) {
                    return true;
                }
            }
        }
        if b < self.tokens.len() && self.joined_by_space(b) {
            let next = &self.tokens[b];
            let w = self.word(b);
            if next.kind == TokenKind::Word && result(b, false) {
                return true;
            }
            if next.kind == TokenKind::Number
                && w.len() <= 3
                && w.bytes().all(|c| c.is_ascii_digit())
                && self.score_follows(b)
            {
                return true;
            }
        }
        false
    }

    /// Whether the number at token `n` reads as a score in a result or a
    /// table: followed by another number, the next team (a gazetteer name,
    /// or a name with its own score), a bracket, the end of the line, or
    /// "and"/"for" ("95 and 201", "148 for six"); not by a date, time, unit
    /// or other words ("Oregon 529 College Savings").
    fn score_follows(&self, n: usize) -> bool {
        let Some(next) = self.tokens.get(n + 1) else {
            return true;
        };
        if next.newline_before {
            return true;
        }
        let w = next.text(self.text);
        match next.kind {
            TokenKind::Number => true,
            TokenKind::Punct => {
                next.space_before && !matches!(w, "-" | "/" | ":" | "%" | "–")
                    || matches!(w, "(" | "," | ";" | ")")
                    || (w == "-" && self.wickets(n + 2))
            }
            // the next team is a place too ("DENVER 5 Omaha 3"), not any
            // capitalised word ("Oregon 529 College Savings")
            TokenKind::Word => {
                let next_team = self.is_cap_word(n + 1)
                    && (self.in_match[n + 1]
                        || self
                            .tokens
                            .get(n + 2)
                            .is_some_and(|t| t.kind == TokenKind::Number));
                (next_team && !words::is_unit(w)) || matches!(w, "and" | "for")
            }
        }
    }

    /// Whether token `k` is the wickets of a cricket score glued to its
    /// runs by a dash ("108-3"): a number up to 10 that ends the score (at
    /// a line's end or before punctuation, "for" or "dec"; not "9-5
    /// daily").
    fn wickets(&self, k: usize) -> bool {
        let Some(t) = self.tokens.get(k) else {
            return false;
        };
        let after = self.tokens.get(k + 1);
        t.kind == TokenKind::Number
            && !t.space_before
            && t.text(self.text).parse::<u8>().is_ok_and(|n| n <= 10)
            && after.map_or(true, |a| {
                a.newline_before
                    || matches!(
                        a.text(self.text),
                        "," | ";" | "." | ")" | "(" | "for" | "dec"
                    )
            })
    }

    /// Walks back from the `of` at token `of` over a run of capitalised
    /// words and connectors; returns the byte start of the run when it names
    /// an organization ("Council of Ministers").
    fn org_run_before(&self, of: usize, need_head: bool) -> Option<usize> {
        // "Hanul Textile Co of South Korea": a company from the place.
        if need_head && of > 0 && words::is_company_suffix(self.word(of - 1)) {
            return None;
        }
        let mut start = None;
        let mut own_head = false;
        let mut i = of;
        let mut taken = 0;
        while i > 0 && taken < MAX_RUN && self.joined_by_space(i) {
            let p = i - 1;
            let w = self.word(p);
            // "Council President Lars Ovik of Norway": a title ends it
            if words::is_title(w) {
                break;
            }
            if self.is_cap_word(p) && !words::is_function_word(w) {
                own_head |= words::is_org_head(w);
                start = Some(p);
            } else if !words::is_connector(w) {
                break;
            } else if matches!(w, "and" | "&") && words::is_given_name(self.word(i)) {
                // "Ann Roy of Harlow University and Tom Hale of Dover": a
                // given name after "and" starts another phrase.
                break;
            }
            if self.is_cap_word(p) && self.sentence_start(p) {
                break;
            }
            i = p;
            taken += 1;
        }
        let s = start?;
        // (Words with no head of their own that open with a given name or
        // a title are a person's or a role's, not the body's: "Ann Roy of
        // Dunmore High School", "CEO of Dunmore Grain Company"; a month
        // opens a body's name, "March of Dimes".)
        let first = self.word(s);
        let person = || {
            words::is_given_name(first)
                || Lexicon::get()
                    .title_of_word(first, &mut String::new())
                    .is_some_and(|t| t.kind != TitleKind::Prefix)
        };
        (own_head || (!need_head && !person())).then(|| self.tokens[s].start())
    }

    /// Where capitalised words from token `first` end at their first
    /// organization head ("Agriculture Committee", "Environment and Public
    /// Works Committee"), if one comes before anything else: a title, a
    /// day or a given name ends the search.
    fn head_after(&self, first: usize) -> Option<usize> {
        let mut i = first;
        while i < self.tokens.len() && i < first + MAX_RUN {
            let w = self.word(i);
            if self.is_cap_word(i) && !self.in_match[i] {
                if starts_other_name(w) {
                    return None;
                }
                if words::is_org_head(w) {
                    return Some(self.tokens[i].end());
                }
            } else if !(i > first
                && words::is_connector(w)
                && i + 1 < self.tokens.len()
                && self.is_cap_word(i + 1))
            {
                return None;
            }
            i += 1;
            if i < self.tokens.len() && !self.joined_by_space(i) {
                return None;
            }
        }
        None
    }

    /// Walks forward from token `first` (a capitalised word) over
    /// capitalised words and inner connectors; returns where the run ends
    /// and whether it holds an organization head.
    fn org_run_after(&self, first: usize) -> (usize, bool) {
        let mut end = self.tokens[first].end();
        let mut has_head = false;
        let mut head_end = end;
        // After a head, an "of"/"for"/"and" phrase belongs to the name
        // ("Department of Arctic and Alaska Affairs").
        let mut complement = false;
        let mut i = first;
        let mut taken = 0;
        while i < self.tokens.len() && taken < MAX_RUN {
            let w = self.word(i);
            // After the head's "of"/"and", a title, a day or a person's
            // name starts something else ("Committee on Thursday", "…
            // Committee and Chairman Ann Roy").
            if complement && self.is_cap_word(i) && starts_other_name(w) {
                break;
            }
            if self.is_cap_word(i) {
                end = self.tokens[i].end();
                if words::is_org_head(w) || words::is_company_suffix(w) || complement {
                    has_head = true;
                    head_end = end;
                }
            } else if has_head && words::is_connector(w) {
                // ("and" right after the head, before any "of", closes the
                // name: "U.S. Ferry Service and National Dock Service";
                // not after a head that often goes on, "Harlow Police and
                // Fire Department", nor "&", "… News & World Report".)
                if !complement
                    && head_end == end
                    && w == "and"
                    && !words::head_before_and(self.word(i - 1))
                {
                    break;
                }
                complement = true;
                // (Not a pronoun: "… of Natural Resources and I am …".)
                if !(i + 1 < self.tokens.len() && self.is_cap_word(i + 1))
                    || self.word(i + 1) == "I"
                {
                    break;
                }
            } else if !(words::is_connector(w)
                && i + 1 < self.tokens.len()
                && self.is_cap_word(i + 1))
            {
                break;
            }
            i += 1;
            taken += 1;
            if i < self.tokens.len() && !self.joined_by_space(i) {
                // "Inc." keeps its period
                if self.word(i) == "."
                    && words::keeps_period(self.word(i - 1))
                    && !words::period_ends_sentence(self.text, self.tokens[i].start())
                {
                    end = self.tokens[i].end();
                    head_end = head_end.max(end);
                }
                break;
            }
        }
        // "Preston & Ainsley's": the name stops before the possessive
        let unpossessed = |e: usize| {
            let name = &self.text[..e];
            e - (name.len() - words::unpossessed(name).len())
        };
        if has_head {
            (unpossessed(head_end), true)
        } else {
            (unpossessed(end), false)
        }
    }

    /// Spreads person and team readings to the other mentions of the same
    /// name, unless a locative preposition or the dateline makes them places;
    /// a small town's name that starts a company name ("Corby Industrial
    /// Inc") is the company elsewhere too; and a town listed with a team
    /// ("Goa, Assam and Bihar") is a team.
    pub(crate) fn propagate(&self, items: &mut [Item]) {
        let g = self.cx.gazetteer;
        // Each name's reading to spread, in one map: a person's before a
        // team's before a company's (one lookup a place, not three).
        let mut spread: HashMap<String, Spread> = HashMap::default();
        let mut teams = false;
        for item in items.iter() {
            let mut add = |reading: Spread| {
                let key = self.text[item.span.range()].to_lowercase();
                let known = spread.entry(key).or_insert(reading);
                *known = (*known).max(reading);
            };
            match item.class {
                Class::Person => add(Spread::Person),
                Class::Team => {
                    teams = true;
                    add(Spread::Team);
                }
                // (Not a body's or a building's: "Dunmore Transit Center …
                // downtown Dunmore".)
                Class::OrgAround { start, end }
                    if self.small_town(item) && !self.body_name(start, end) =>
                {
                    add(Spread::Company)
                }
                // A vessel's name ("the shuttle Columbia … Columbia broke
                // apart"); not a country's or a state's ("the ship Norway
                // … visited Norway").
                Class::PartOfName
                    if self.after_vessel_word(item)
                        && super::cities_only(self.cx.gazetteer, &item.candidates) =>
                {
                    add(Spread::Company);
                }
                _ => {}
            }
        }
        if spread.is_empty() {
            return;
        }
        let mut buf = String::new();
        for i in 0..items.len() {
            let item = &items[i];
            if item.class != Class::Place || item.in_dateline {
                continue;
            }
            let key = lower_into(&mut buf, &self.text[item.span.range()]);
            let class = match spread.get(key) {
                Some(Spread::Person) => Class::Person,
                Some(Spread::Team) => Class::Team,
                Some(Spread::Company) => {
                    // (Not the town before its state: "Bowling Green Fire
                    // Department, Bowling Green, Virginia".)
                    let before_region = items.get(i + 1).is_some_and(|next| {
                        next.class == Class::Place
                            && super::resolve::comma_between(self.text, item, next)
                            && super::place_candidates(g, &next.candidates).any(|r| g.is_region(r))
                    });
                    if before_region {
                        continue;
                    }
                    Class::PartOfName
                }
                None => continue,
            };
            let (a, _, _) = self.token_range(item.span.start(), item.span.end());
            let locative = self
                .word_before(a)
                .is_some_and(|p| words::is_locative(self.word(p)));
            if !locative {
                items[i].class = class;
            }
        }
        if !teams {
            return;
        }
        let town = |item: &Item| {
            super::place_candidates(g, &item.candidates)
                .all(|id| matches!(g.entry(id).kind(), EntryKind::City | EntryKind::AdminRegion))
        };
        for _ in 0..2 {
            for i in 1..items.len() {
                let (left, right) = items.split_at_mut(i);
                let (x, y) = (&mut left[i - 1], &mut right[0]);
                // (A team and a place, the only pairs that change, asked
                // before the text between them is read.)
                let team_and_place = matches!(
                    (&x.class, &y.class),
                    (Class::Team, Class::Place) | (Class::Place, Class::Team)
                );
                if !team_and_place || !listed_together(self.text, x, y) {
                    continue;
                }
                if x.class == Class::Team && y.class == Class::Place && town(y) && !y.in_dateline {
                    y.class = Class::Team;
                } else if y.class == Class::Team
                    && x.class == Class::Place
                    && town(x)
                    && !x.in_dateline
                {
                    x.class = Class::Team;
                }
            }
        }
    }

    /// Whether the name at bytes `start..end` ends in the head of a body
    /// or a building a town only locates ([`words::is_located_head`]).
    fn body_name(&self, start: usize, end: usize) -> bool {
        let name = &self.text[start..end];
        words::is_located_head(name.rsplit_once(' ').map_or(name, |(_, last)| last))
    }

    /// Whether every place candidate is a town of under 100,000 people.
    fn small_town(&self, item: &Item) -> bool {
        let g = self.cx.gazetteer;
        super::place_candidates(g, &item.candidates).all(|id| {
            let e = g.entry(id);
            e.kind() == EntryKind::City && e.population() < 100_000
        })
    }
}

/// A reading [`Classifier::propagate`] spreads to a name's other mentions,
/// in increasing order of precedence.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Spread {
    /// The name is a company's (a small town's that starts one, a vessel's).
    Company,
    Team,
    Person,
}

/// Whether `word` in title case, as [`title_case`] writes it, is a word
/// `is` accepts. (A short ASCII word is cased in a buffer on the stack,
/// without decoding or allocating; others are written out.)
fn title_case_is(word: &str, is: fn(&str) -> bool) -> bool {
    let mut buf = [0u8; 16];
    match buf.get_mut(..word.len()) {
        Some(out) if word.is_ascii() => {
            for (i, (o, c)) in out.iter_mut().zip(word.bytes()).enumerate() {
                *o = if i == 0 {
                    c.to_ascii_uppercase()
                } else {
                    c.to_ascii_lowercase()
                };
            }
            std::str::from_utf8(out).is_ok_and(is)
        }
        _ => is(&title_case(word)),
    }
}

/// "OPEN" -> "Open".
fn title_case(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    for (i, c) in word.chars().enumerate() {
        if i == 0 {
            out.extend(c.to_uppercase());
        } else {
            out.extend(c.to_lowercase());
        }
    }
    out
}

/// Whether two matches are neighbours in a list: "Goa, Assam",
/// "Assam and Bihar".
fn listed_together(text: &str, x: &Item, y: &Item) -> bool {
    text.get(x.span.end()..y.span.start())
        .is_some_and(|gap| matches!(gap.trim(), "," | "and" | ", and"))
}

/// Whether a capitalised word after an organization's head starts
/// something else: a title, a day or month, or a given name ("… Committee
/// on Thursday", "… Authority and Chairman Ann Roy").
fn starts_other_name(w: &str) -> bool {
    words::is_title(w) || words::is_calendar(w) || words::is_given_name(w)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn title_case_is_reads_as_title_case_does() {
        for w in [
            "COUNTY",
            "county",
            "CoUnTy",
            "OPEN",
            "Open",
            "CUP",
            "C",
            "",
            "MOUNTAINS",
            "TOWNSHIPS-AND-MORE",
            "LA\u{212A}E",
            "\u{212A}",
            "ÇOUNTY",
            "İSLAND",
        ] {
            for is in [
                words::is_feature_word as fn(&str) -> bool,
                words::is_event_word,
            ] {
                assert_eq!(title_case_is(w, is), is(&title_case(w)), "{w}");
            }
        }
        assert!(title_case_is("COUNTY", words::is_feature_word));
        assert!(title_case_is("LA\u{212A}E", words::is_feature_word));
    }
}
