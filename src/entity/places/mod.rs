//! Places and organizations in an article, from gazetteer matches.
//!
//! The stage reads every gazetteer match once, in text order, and decides
//! from its neighbours what it is:
//!
//! - a **place** (the default), later resolved among the entries sharing its
//!   name with evidence from the rest of the article ([`resolve`]);
//! - part of an **organization name** built around it: "Council of
//!   Ministers of BiH" (the place stays a place inside it, and the
//!   organization gets the place's canonical name), "Lisbon Futures
//!   Exchange", "Sarajevo University" (the place is only a modifier);
//! - part of a **person's name** ("Edwin Denver", "Ms. Sheffield"), or of
//!   some other larger name ("Torpedo Kharkiv", "Omaha Livestock");
//! - a **team** ("Karnataka beat Kerala", "DENVER 5 Omaha 3");
//! - an **organization** or a **demonym** by its gazetteer kind. Demonyms
//!   are never places.
//!
//! A name the article once uses for a person or a team is not a place
//! elsewhere in it either, unless a locative preposition ("in", "from")
//! says so or it is the dateline.

mod candidates;
mod context;
mod orgs;
pub(crate) mod postal;
mod resolve;
pub(crate) mod words;

use std::borrow::Cow;

use crate::hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::entity::people::lexicon::Lexicon;
use crate::entity::{Location, LocationKind, Organization};
use crate::extractor::Context;
use crate::gazetteer::{EntryId, EntryKind, Gazetteer};
use crate::span::{Mention, Span};
use crate::text::{self, TokenKind};
use crate::window;

use self::candidates::CandidateList;
use self::context::{Class, Classifier};

/// Locations and organizations found in one article. A dateline's place is
/// among the locations, with the dateline's span as one of its mentions.
#[derive(Debug, Default)]
pub(crate) struct Places {
    pub locations: Vec<Location>,
    pub organizations: Vec<Organization>,
    /// The matches the rules read as a person's name for the title or
    /// honorific before them ("Governor Palin", "Ms. Sheffield"), in text
    /// order: not places to the people stage either.
    pub person_names: Vec<Span>,
}

/// One gazetteer match and what the rules made of it.
#[derive(Clone, Debug)]
pub(crate) struct Item {
    pub span: Span,
    /// The entries sharing the matched name whose case rules accept the
    /// text, most populous first.
    pub candidates: CandidateList,
    pub class: Class,
    /// Whether the match lies in the dateline.
    pub in_dateline: bool,
    /// Whether the item is a region code right after a town and a comma
    /// ("Rochester, MN"): a place, whatever its case.
    pub after_town: bool,
}

impl Item {
    /// A place reading of `span` with `candidates`, before the rules
    /// classify it; in the dateline when `dateline` contains it.
    fn place(span: Span, candidates: CandidateList, dateline: Option<Span>) -> Item {
        Item {
            span,
            candidates,
            class: Class::Place,
            in_dateline: dateline.is_some_and(|d| d.contains(span)),
            after_town: false,
        }
    }
}

/// Groups the gazetteer matches of the article into locations and
/// organizations.
pub(crate) fn extract(cx: &Context<'_>) -> Places {
    let g = cx.gazetteer;
    let dateline_span = cx.structure.dateline.as_ref().map(|d| d.span);
    let classifier = Classifier::new(cx);
    // (Sized for every match: most are kept.)
    let mut items = window::take_buffer(&ITEMS);
    items.reserve(cx.matches.len());
    items.extend(
        cx.matches
            .iter()
            .filter(|m| !m.span().is_empty() && crate::text::whole_graphemes(cx.text, m.span()))
            .map(|m| {
                // (The match's own entry when the case rules accept none.)
                let candidates = CandidateList::collect(g.candidates(m))
                    .unwrap_or_else(|| CandidateList::one(m.entry()));
                Item::place(m.span(), candidates, dateline_span)
            }),
    );
    let (prepositions, marks, starts) = scan_tokens(cx);
    postal::add_regions_after_towns(g, cx, marks, dateline_span, &mut items);
    add_towns_before_regions(g, cx.text, dateline_span, &mut items);
    add_towns_of_named_regions(g, cx, &prepositions, dateline_span, &mut items);
    read_states(g, cx.text, &mut items);
    for i in 0..items.len() {
        items[i].class = classifier.classify(&items, i);
    }
    // The names read as a person's for a title before them, and later
    // their other mentions the person reading spreads to ("Governor
    // Nelson … Nelson said").
    // (Towns only: "Miss Georgia", "Miss America" are titles of another
    // kind.)
    let titled: Vec<&str> = items
        .iter()
        .filter(|item| item.class == Class::Person && classifier.after_person_title(item))
        .filter(|item| cities_only(g, &item.candidates))
        .filter_map(|item| cx.text.get(item.span.range()))
        .collect();
    // And the names of states and countries the rules read as given names
    // before a known surname ("Virginia Woolf", "Chad Curtis", "Sen. Kent
    // Conrad"; not a pageant's place, "Miss Georgia Ann Roy", nor the
    // other mentions the reading spreads to).
    let given_names: Vec<Span> = items
        .iter()
        .filter(|item| {
            item.class == Class::Person
                && !(classifier.after_person_title(item)
                    && cx.text[..item.span.start()].trim_end().ends_with("Miss"))
        })
        // (Towns: the people rules weigh those themselves, "Austin Hall".
        // Nor after an article: "the Victoria Cross".)
        .filter(|item| !cities_only(g, &item.candidates))
        // Nor after a locative preposition ("in Texas Lee said", "farmers
        // in Texas Hill Country"), nor in a headline.
        .filter(|item| {
            let before = cx.text.get(..item.span.start()).unwrap_or("").trim_end();
            let word = &before[before.trim_end_matches(char::is_alphabetic).len()..];
            !["the", "a", "an"]
                .iter()
                .any(|d| word.eq_ignore_ascii_case(d))
                && !words::is_locative(word)
                && !cx
                    .structure
                    .headline
                    .as_ref()
                    .is_some_and(|h| h.span.contains(item.span))
        })
        .filter(|item| {
            let next = cx
                .text
                .get(item.span.end()..)
                .and_then(|rest| rest.strip_prefix(' '))
                .map_or("", |r| {
                    &r[..r.find(|c: char| !c.is_alphabetic()).unwrap_or(r.len())]
                });
            let lex = Lexicon::get();
            // (Not a place's feature: "Texas Hill Country", "Virginia
            // Lane".)
            next.starts_with(char::is_uppercase)
                && lex.surname(next)
                && lex.not_name(next).is_none()
                && !words::is_feature_word(next)
                && !matches!(next, "Hill" | "Hills" | "Lane" | "Country")
        })
        .map(|item| item.span)
        .collect();
    classifier.propagate(&mut items);
    let person_names: Vec<Span> = items
        .iter()
        .filter(|item| item.class == Class::Person)
        .filter(|item| {
            given_names.binary_search(&item.span).is_ok()
                || cx
                    .text
                    .get(item.span.range())
                    .is_some_and(|name| titled.iter().any(|t| t.eq_ignore_ascii_case(name)))
        })
        .map(|item| item.span)
        .collect();
    // Matches inside an organization name built around an earlier match
    // ("U.S. Department of Arctic and Alaska Affairs") belong to it.
    let mut covered_until = 0;
    for item in &mut items {
        if item.span.end() <= covered_until && item.class != Class::Demonym {
            item.class = Class::PartOfName;
        }
        if let Class::OrgAround { end, .. } = item.class {
            covered_until = covered_until.max(end);
        }
    }
    redefined_acronyms(cx, &mut items);
    local_bodies(g, cx.text, &mut items);
    let found = if cx.organization_rules {
        orgs::find(cx, starts, &mut items)
    } else {
        starts.recycle();
        orgs::Found::default()
    };
    let chosen = resolve::resolve(cx, &items);
    let mut places = build(cx, &items, &chosen, &found);
    places.person_names = person_names;
    classifier.recycle();
    window::give_back(&ITEMS, items);
    places
}

thread_local! {
    /// The items of [`extract`], reused from text to text
    /// ([`window::take_buffer`]).
    static ITEMS: std::cell::Cell<Vec<Item>> = const { std::cell::Cell::new(Vec::new()) };
}

/// Adds the towns the gazetteer finds only before their region ("Reno,
/// Nevada", "TOLEDO, Ohio"): the capitalised words right before ", " and a
/// state, all of them the town's name (after a function word, a day or a
/// title: "In Reno, Nevada"; not "Tom Reno, Nevada's …"), up to four; or a
/// match of another entry there ("Lebanon, Pa."), which gets the town as
/// a candidate.
fn add_towns_before_regions(
    g: &Gazetteer,
    text: &str,
    dateline: Option<Span>,
    items: &mut Vec<Item>,
) {
    const MAX_WORDS: usize = 4;
    let mut towns: Vec<Item> = Vec::new();
    let mut extra: Vec<(usize, EntryId)> = Vec::new();
    for (j, item) in items.iter().enumerate() {
        let Some(before) = text
            .get(..item.span.start())
            .and_then(|b| b.strip_suffix(", "))
        else {
            continue;
        };
        let regions = || place_candidates(g, &item.candidates).filter(|&r| g.is_region(r));
        if regions().next().is_none() {
            continue;
        }
        // A match right before the comma may be such a town too ("Lebanon,
        // Pa."): it becomes a candidate of that match.
        if let Some(p) = j
            .checked_sub(1)
            .filter(|&p| items[p].span.end() == before.len())
        {
            let name = text.get(items[p].span.range()).unwrap_or("");
            if let Some(town) = g.needing_region_in(name, regions()) {
                extra.push((p, town));
            }
            continue;
        }
        // The run of capitalised words ending at the comma, after the
        // previous match, one space between words.
        let floor = j.checked_sub(1).map_or(0, |p| items[p].span.end());
        let word_before = |end: usize| {
            let head = &before[..end];
            &head[head.trim_end_matches(is_name_char).len()..]
        };
        let mut start = before.len();
        let mut pos = before.len();
        let mut words = 0;
        while words < MAX_WORDS {
            let word = word_before(pos);
            let word_start = pos - word.len();
            if word_start < floor
                || !word.starts_with(char::is_uppercase)
                || words::stops_name(word)
            {
                break;
            }
            start = word_start;
            words += 1;
            match before[..word_start].strip_suffix(' ') {
                Some(rest) if !rest.ends_with(' ') => pos = rest.len(),
                _ => break,
            }
        }
        if words == 0 {
            continue;
        }
        // A capitalised word before the run that is no name stop makes a
        // longer name ("Tom Reno"): not the town.
        let previous = before[..start]
            .strip_suffix(' ')
            .map_or("", |rest| word_before(rest.len()));
        if previous.starts_with(char::is_uppercase) && !words::stops_name(previous) {
            continue;
        }
        let name = &before[start..];
        let Some(town) = g.needing_region_in(name, regions()) else {
            continue;
        };
        let span = Span::new(start, before.len());
        towns.push(Item::place(span, CandidateList::one(town), dateline));
    }
    for (p, town) in extra {
        items[p].candidates.push_front(town);
    }
    if !towns.is_empty() {
        items.extend(towns);
        items.sort_by_key(|item| item.span.start());
    }
}

/// At most this many regions the article names are searched for their
/// towns.
const MAX_NAMED_REGIONS: usize = 8;

/// The tokens the place rules start from, found in one pass over the
/// tokens, in a function of its own (a loop that small runs at a few
/// instructions a token; one loop for all the lists costs less than
/// several): the locative prepositions before a capitalised word (the
/// cheap test first: a capitalised word follows), the punctuation the
/// postal rules read ([`postal::Marks`]), and the tokens the organization
/// rules' scans start from ([`orgs::Starts`]; read whether or not those
/// rules run, a test less a token).
#[inline(never)]
fn scan_tokens(cx: &Context<'_>) -> (Vec<usize>, postal::Marks, orgs::Starts) {
    let toks = cx.tokens;
    let bytes = cx.text.as_bytes();
    let mut prepositions = Vec::new();
    let mut marks = postal::Marks::default();
    let mut starts = orgs::Starts::for_tokens(toks.len());
    for (i, pair) in toks.windows(2).enumerate() {
        let (t, next) = (&pair[0], &pair[1]);
        // (One branch on the token's kind for the three scans.)
        match t.kind {
            TokenKind::Word => {
                starts.read_word(cx, i, t);
                if next.cap()
                    && next.space_before
                    && words::may_be_place_preposition(bytes[t.start()], t.end() - t.start())
                    && words::is_place_preposition(cx.words[i])
                {
                    prepositions.push(i)
                }
            }
            TokenKind::Number => starts.read_number(i),
            TokenKind::Punct => {
                starts.read_punct(cx, i, t);
                if i > 0 {
                    marks.read(cx, i);
                }
            }
        }
    }
    // (The last token, which the pairs end with: only the organizations'
    // scans may start there.)
    if let Some(last) = toks.last() {
        starts.read(cx, toks.len() - 1, last);
    }
    (prepositions, marks, starts)
}

/// Adds the towns found only before their region ([`add_towns_before_regions`])
/// elsewhere in an article that names that region: right after a locative
/// preposition ("met in Richmond" where the article names Virginia), and as
/// another reading of a match ("Odessa" where it names Texas; the resolver
/// then chooses by the article's evidence).
fn add_towns_of_named_regions(
    g: &Gazetteer,
    cx: &Context<'_>,
    prepositions: &[usize],
    dateline: Option<Span>,
    items: &mut Vec<Item>,
) {
    if !g.has_entries_needing_region() {
        return;
    }
    let mut regions: Vec<EntryId> = Vec::new();
    for item in items.iter() {
        for r in place_candidates(g, &item.candidates) {
            let state = g.entry(r).kind() == EntryKind::AdminRegion && g.is_region(r);
            if state && !regions.contains(&r) && regions.len() < MAX_NAMED_REGIONS {
                regions.push(r);
            }
        }
    }
    if regions.is_empty() {
        return;
    }
    let text = cx.text;
    let find = |name: &str| g.needing_region_in(name, regions.iter().copied());
    // (Only a town's other reading, "Odessa", or a country's other name,
    // "Holland", not in a list of countries, "to Belgium and Holland": not
    // "Palestine".)
    let country = |item: &Item| {
        let mut places = place_candidates(g, &item.candidates).peekable();
        places.peek().is_some() && places.all(|id| g.entry(id).kind() == EntryKind::Country)
    };
    let joined = |a: &Item, b: &Item| resolve::list_joined(text, a, b);
    for i in 0..items.len() {
        let item = &items[i];
        let Some(name) = text.get(item.span.range()) else {
            continue;
        };
        let other_name = || {
            let listed = || {
                (i > 0 && country(&items[i - 1]) && joined(&items[i - 1], item))
                    || items
                        .get(i + 1)
                        .is_some_and(|next| country(next) && joined(item, next))
            };
            place_candidates(g, &item.candidates).all(|id| {
                let e = g.entry(id);
                e.kind() == EntryKind::City
                    || (e.kind() == EntryKind::Country && !e.name().eq_ignore_ascii_case(name))
            }) && !listed()
        };
        if !cities_only(g, &item.candidates) && !other_name() {
            continue;
        }
        if let Some(town) = find(name) {
            if !items[i].candidates.contains(&town) {
                items[i].candidates.push(town);
            }
        }
    }
    // After a locative preposition: the longest run of up to three
    // capitalised words that names such a town, outside every match, and
    // that the article never writes as a person's surname (after another
    // capitalised word or an abbreviated title: "Hillary Clinton", "Sen.
    // Warren").
    // (The towns found, then the surnames among their names: the
    // article's surnames are read only when a town needs them, and only
    // for its name.)
    let toks = cx.tokens;
    let mut towns: Vec<(Span, EntryId)> = Vec::new();
    for &i in prepositions {
        let first = &toks[i + 1];
        // Every run starts with the word after the preposition: when a
        // match covers that word, each run overlaps it and none is taken
        // (so no name need be looked up: "in London").
        let at = items.partition_point(|it| it.span.end() <= first.start());
        if items
            .get(at)
            .is_some_and(|it| it.span.start() < first.end())
        {
            continue;
        }
        let mut best = None;
        let mut k = i + 1;
        while k < toks.len()
            && k <= i + 3
            && toks[k].kind == TokenKind::Word
            && toks[k].cap()
            && toks[k].space_before
        {
            let span = Span::new(toks[i + 1].start(), toks[k].end());
            if let Some(town) = text.get(span.range()).and_then(find) {
                best = Some((span, town, k + 1));
            }
            k += 1;
        }
        let Some((span, town, after)) = best else {
            continue;
        };
        // (Not a longer name: "in Richmond County", "Wright-Patterson",
        // "Keene State College".)
        let longer = toks.get(after).is_some_and(|n| {
            (n.cap() && n.space_before)
                || (!n.space_before && matches!(n.text(text), "-" | "/" | "&"))
        });
        let at = items.partition_point(|it| it.span.end() <= span.start());
        let overlaps = items.get(at).is_some_and(|it| it.span.start() < span.end());
        if longer || overlaps {
            continue;
        }
        towns.push((span, town));
    }
    if towns.is_empty() {
        return;
    }
    let names: Vec<&str> = towns
        .iter()
        .filter_map(|(span, _)| text.get(span.range()))
        .collect();
    let surnames = written_as_surnames(cx, &names);
    let towns: Vec<Item> = towns
        .into_iter()
        .filter(|(span, _)| {
            !text
                .get(span.range())
                .is_some_and(|name| surnames.contains(name))
        })
        .map(|(span, town)| Item::place(span, CandidateList::one(town), dateline))
        .collect();
    if !towns.is_empty() {
        items.extend(towns);
        items.sort_by_key(|item| item.span.start());
    }
}

/// Which of `names` the article writes as a person's surname: a spaced
/// capitalised word after another capitalised word (no function word) or
/// an abbreviated title ("Hillary Clinton", "Sen. Warren"), or before a
/// person's verb ("Warren said"; not at the end of a place phrase, "Police
/// in Dalton said").
/// (One pass over the tokens for the few names asked about: a word is
/// looked up among them only when it is a spaced capitalised word of the
/// length of one, and its neighbours are read only when it is one.)
fn written_as_surnames<'a>(cx: &Context<'a>, names: &[&str]) -> HashSet<&'a str> {
    let toks = cx.tokens;
    let texts = cx.words;
    let asked: HashSet<&str> = names.iter().copied().collect();
    // The lengths of the names, one bit each (bit 63 for 63 bytes or more).
    let lengths = names.iter().fold(0u64, |m, n| m | 1 << n.len().min(63));
    let mut found = HashSet::default();
    for (x, t) in toks.iter().enumerate().skip(1) {
        // (`cap` only of a word: [`Token::cap`].)
        if !(t.cap() && t.space_before) {
            continue;
        }
        let w = texts[x];
        if lengths >> w.len().min(63) & 1 == 0 || !asked.contains(w) {
            continue;
        }
        let after_name = match texts[x - 1] {
            "." => x >= 2 && toks[x - 2].cap() && texts[x - 2].len() <= 4,
            // (Not after a capitalised function word: "In Richmond", "The
            // Richmond-based institute".)
            p => toks[x - 1].cap() && !words::is_function_word(p),
        };
        let speaks = || {
            texts.get(x + 1).is_some_and(|&n| words::is_speaker_verb(n))
                && (toks[x - 1].kind != TokenKind::Word || toks[x - 1].cap())
        };
        if after_name || speaks() {
            found.insert(w);
        }
    }
    found
}

/// A character of a word in a place's name ("St.", "Winston-Salem",
/// "Coeur d’Alene").
fn is_name_char(c: char) -> bool {
    c.is_alphanumeric() || matches!(c, '.' | '-' | '\'' | '’')
}

/// A one-word organization name right after a place or "state" names
/// that place's own body, not the gazetteer's: "the Ohio House", "the
/// state Senate", "the Lima Congress", "Melville House" (a firm); so does
/// a national one after another country's name ([`another_country`]).
fn local_bodies(g: &Gazetteer, text: &str, items: &mut [Item]) {
    for i in 0..items.len() {
        let Class::Organization(id) = items[i].class else {
            continue;
        };
        let span = items[i].span;
        let adjacent = i > 0 && text.get(items[i - 1].span.end()..span.start()) == Some(" ");
        // (Nor a national body after another country's name:
        // [`another_country`].)
        let foreign = || {
            g.entry(id)
                .country_code()
                .is_some_and(|cc| another_country(g, &items[i - 1], cc))
        };
        if adjacent && foreign() {
            items[i].class = Class::PartOfName;
            continue;
        }
        let Some(word) = text.get(span.range()) else {
            continue;
        };
        if word.contains(' ') || word.bytes().all(|b| !b.is_ascii_lowercase()) {
            continue;
        }
        let before = text.get(..span.start()).unwrap_or("");
        let state = ["state ", "State "].iter().any(|s| {
            before
                .strip_suffix(s)
                .is_some_and(|b| b.is_empty() || b.ends_with([' ', '\n', '(']))
        });
        let place = adjacent && items[i - 1].class == Class::Place;
        // (Nor the last word of a longer name: "the Freedom House report",
        // "Tom House", "House of Keys".)
        let named = || name_word_before(before) || name_after(text.get(span.end()..).unwrap_or(""));
        if state || place || named() {
            items[i].class = Class::PartOfName;
        }
    }
}

/// Whether the item `before`, right before a national organization of
/// `country`, is another country's name or demonym: "the Canadian Coast
/// Guard", "the Japan Coast Guard" are not the United States Coast Guard
/// ("the Texas National Guard" is its country's; "the Obama White House"
/// names a town, no country).
fn another_country(g: &Gazetteer, before: &Item, country: &str) -> bool {
    let qualifier = before.class == Class::Demonym
        || (before.class == Class::Place
            && before
                .candidates
                .iter()
                .all(|&c| g.entry(c).kind() == EntryKind::Country));
    let mut countries = before
        .candidates
        .iter()
        .map(|&c| g.entry(c).country_code())
        .peekable();
    qualifier && countries.peek().is_some() && countries.all(|c| c.is_some_and(|c| c != country))
}

/// Whether `before` ends in a capitalised word of a name, a space before
/// the match: not one opening the sentence ("When House leaders …"), an
/// acronym ("GOP House") or a party's adjective ("the Republican House").
fn name_word_before(before: &str) -> bool {
    let Some(head) = before.strip_suffix(' ') else {
        return false;
    };
    // (A word of a name is short: the look back is bounded.)
    let Some((p, c)) = head
        .char_indices()
        .rev()
        .take(24)
        .find(|&(_, c)| matches!(c, ' ' | '\n' | '(' | '"' | '\u{201c}'))
    else {
        return false;
    };
    let start = p + c.len_utf8();
    let word = &head[start..];
    let name_word = word.len() > 1
        && word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.bytes().all(|b| b.is_ascii_alphabetic())
        && word.bytes().any(|b| b.is_ascii_lowercase())
        && !matches!(
            word,
            "The"
                | "A"
                | "An"
                | "This"
                | "That"
                | "Its"
                | "Their"
                | "His"
                | "Her"
                | "Our"
                // (Headline case: "Running For Congress".)
                | "For"
                | "On"
                | "In"
                | "At"
                | "To"
                | "Of"
                | "With"
                | "From"
                | "By"
                | "And"
                | "Or"
                | "As"
        )
        && !word.ends_with("an")
        && !word.ends_with("ic")
        // (Nor a day or a month: "On Tuesday House leaders …".)
        && !self::words::is_calendar(word);
    // (The character before the word, past one space.)
    let before_word = head[..start].strip_suffix(' ').unwrap_or(&head[..start]);
    let opens_sentence = c != ' '
        || before_word.chars().next_back().map_or(true, |c| {
            matches!(c, '.' | '!' | '?' | '\n' | ':' | '"' | '\u{201c}')
        });
    name_word && !opens_sentence
}

/// Whether `after` goes on with a name's "of" and a capitalised word
/// ("House of Keys") or a hyphen and one ("House-Senate …").
fn name_after(after: &str) -> bool {
    // (Not a misspelt "House of Representative".)
    let of = after.strip_prefix(" of ").is_some_and(|r| {
        r.starts_with(|c: char| c.is_uppercase()) && !r.starts_with("Representative")
    });
    // (Nor the first half of a compound that a capitalised name goes on
    // after: "House-Senate Tidewater Committee"; not "House-Senate
    // conference".)
    let cap = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    of || after.strip_prefix('-').is_some_and(|r| {
        let mut words = r.splitn(3, ' ');
        words.next().is_some_and(cap) && words.next().is_some_and(cap)
    })
}

/// An acronym the article spells out as something other than the
/// gazetteer's organization is not that organization anywhere in it:
/// "Individual Retirement Account (IRA) contributions" (not the Irish
/// Republican Army), "a Student Exchange Credit (SEC)". (The organization
/// rules may then find the spelled-out name and its acronym.)
fn redefined_acronyms(cx: &Context<'_>, items: &mut [Item]) {
    let g = cx.gazetteer;
    let text = cx.text;
    let mut redefined: Vec<&str> = Vec::new();
    for item in items.iter() {
        let Class::Organization(id) = item.class else {
            continue;
        };
        let Some(acronym) = text.get(item.span.range()) else {
            continue;
        };
        if !words::is_acronym(acronym) {
            continue;
        }
        let (Some(before), Some(after)) = (
            text.get(..item.span.start())
                .and_then(|b| b.strip_suffix('(')),
            text.get(item.span.end()..),
        ) else {
            continue;
        };
        if !after.starts_with(')') {
            continue;
        }
        // (A few words back at most, on a character boundary; without a
        // possessive, "the Department of Agriculture's (USDA)".)
        let before = before.trim_end();
        let mut from = before.len().saturating_sub(160);
        while !before.is_char_boundary(from) {
            from += 1;
        }
        let before = &before[from..];
        let before = before
            .strip_suffix("'s")
            .or_else(|| before.strip_suffix("\u{2019}s"))
            .or_else(|| before.strip_suffix('\''))
            .unwrap_or(before);
        let Some(phrase) = spelled_out(before, acronym) else {
            continue;
        };
        if !same_organization(g.entry(id), phrase) && !redefined.contains(&acronym) {
            redefined.push(acronym);
        }
    }
    if redefined.is_empty() {
        return;
    }
    for item in items.iter_mut() {
        if matches!(item.class, Class::Organization(_))
            && text
                .get(item.span.range())
                .is_some_and(|t| redefined.contains(&t))
        {
            item.class = Class::PartOfName;
        }
    }
}

/// Whether `phrase`, an acronym spelled out, may name `entry`: one of its
/// names holds the phrase, or they share the head word or a word that is
/// not a generic one ("Federal Emergency Management Office" is
/// the agency; "General Accounting Office" the office under its old name;
/// not "Individual Retirement Account" for the Irish Republican Army).
fn same_organization(entry: &crate::gazetteer::Entry, phrase: &str) -> bool {
    const GENERIC: &[&str] = &[
        "of",
        "the",
        "and",
        "for",
        "on",
        "&",
        "Office",
        "Department",
        "Agency",
        "Administration",
        "Commission",
        "Council",
        "Committee",
        "National",
        "Federal",
        "United",
        "States",
        "American",
        "International",
        "Association",
        "Organization",
        "Institute",
        "Bureau",
        "Service",
        "Services",
        "Board",
        "Authority",
        "Center",
        "Program",
    ];
    fn head(s: &str) -> &str {
        text::split_last_space(s).1
    }
    let (lower, phrase_head) = (phrase.to_ascii_lowercase(), head(phrase));
    let body = words::is_org_head(phrase_head);
    entry.names().any(|name| {
        // (A shared word counts only when the phrase names a body: not
        // "National Security Cutter (NSC)", a ship, for the National
        // Security Council.)
        name.to_ascii_lowercase().contains(&lower)
            || head(name).eq_ignore_ascii_case(phrase_head)
            || (body
                && phrase
                    .split(' ')
                    .filter(|w| !GENERIC.contains(w))
                    .any(|w| name.split(' ').any(|n| n.eq_ignore_ascii_case(w))))
    })
}

/// The capitalised words ending `before` whose initials spell `acronym`
/// (connectors "of", "and", "the", "for", "on", "&" between them), as one
/// slice of `before`.
fn spelled_out<'t>(before: &'t str, acronym: &str) -> Option<&'t str> {
    let letters = acronym.as_bytes();
    let mut want = letters.len();
    let mut end = before.len();
    let mut start = None;
    let mut words = 0;
    while want > 0 && words < 12 {
        let head = before.get(..end)?.trim_end_matches(' ');
        let word_start = head.rfind(' ').map_or(0, |i| i + 1);
        let word = head.get(word_start..)?;
        if word.is_empty() {
            return None;
        }
        let first = word.as_bytes()[0];
        // (A company's suffix before the bracket spells nothing: "Ivy
        // Clean Energy LLC (ICE)".)
        let suffix = words == 0
            && matches!(
                word.trim_end_matches([',', '.']),
                "LLC" | "Inc" | "Corp" | "Co" | "Ltd" | "LP" | "LLP"
            )
            && first != letters[want - 1];
        if suffix {
            // (Skipped: the letters start at the word before it.)
        } else if first.is_ascii_uppercase() {
            if first != letters[want - 1] {
                return None;
            }
            want -= 1;
            start = Some(word_start);
        } else if !matches!(word, "of" | "and" | "the" | "for" | "on" | "&") {
            return None;
        }
        words += 1;
        if word_start == 0 {
            break;
        }
        end = word_start;
    }
    (want == 0).then(|| before.get(start?..)).flatten()
}

/// A name the gazetteer also gives a state as "<name> State" (Washington,
/// New York) is the state, not the city of that name, when the text says
/// so: "Washington state", or after a town of the state's country (or an
/// unknown capitalised name) and a comma ("Saratoga Springs, New York",
/// "Seattle, Washington"; not inside a list: "Tokyo, New York and Paris").
fn read_states(g: &Gazetteer, text: &str, items: &mut [Item]) {
    // Whether items `x` and `x + 1` are joined in a list ("Idaho, Utah",
    // "Texas and Washington"), for each `x`: read once, as every item asks
    // it of its neighbours (only candidates change below, not spans).
    // (This table and the key below are the thread's reused buffers.)
    let mut joined = window::take_buffer(&JOINED);
    joined.extend((0..items.len()).map(|x| {
        items.get(x + 1).is_some_and(|n| {
            matches!(
                text.get(items[x].span.end()..n.span.start()).unwrap_or(""),
                ", " | " and " | ", and " | " or " | ", or "
            )
        })
    }));
    let mut key = STATE_KEY.with(std::cell::Cell::take);
    for i in 0..items.len() {
        let span = items[i].span;
        let after = text.get(span.end()..).unwrap_or("");
        // ("Washington state", "the state of Washington", "the governor of
        // New York".)
        let state_of = text.get(..span.start()).is_some_and(|b| {
            let b = b.trim_end();
            // (Each reading ends with "of": most names stop at that test.)
            let of = b.len() >= 2 && b.as_bytes()[b.len() - 2..].eq_ignore_ascii_case(b"of");
            let title_of = || {
                ["state of", "governor of", "legislature of"]
                    .iter()
                    .any(|p| {
                        b.get(b.len().saturating_sub(p.len())..)
                            .is_some_and(|end| end.eq_ignore_ascii_case(p))
                    })
            };
            of && (title_of() || person_of(b))
        });
        // (A town before its own state is the town: "Ann Roy of
        // Washington, D.C.")
        let in_next_state = after.starts_with(", ")
            && items
                .get(i + 1)
                .is_some_and(|n| region_of_town(g, &items[i].candidates, &n.candidates).is_some());
        let state_word = (state_of && !in_next_state)
            || after
                .strip_prefix(" state")
                .is_some_and(|r| !r.starts_with(|c: char| c.is_alphanumeric()));
        let before = text.get(..span.start()).and_then(|b| b.strip_suffix(", "));
        // Whether items `x` and `x + 1` are joined in a list.
        let joins = |x: usize| joined.get(x).copied().unwrap_or(false);
        let listed = i.checked_sub(1).is_some_and(joins) || joins(i);
        if !state_word
            && !listed
            && (before.is_none() || after.starts_with(" and ") || after.starts_with(" or "))
        {
            continue;
        }
        let Some(state) = text.get(span.range()).and_then(|name| {
            // ("{name} State", written into one reused buffer.)
            key.clear();
            key.push_str(name);
            key.push_str(" State");
            // (Most names are no state's with " State" after them: their
            // shape turns them away before the lookup.)
            if !g.may_name(EntryKind::AdminRegion, &key) {
                return None;
            }
            g.find_name(&key)
                .find(|&id| g.entry(id).kind() == EntryKind::AdminRegion)
        }) else {
            continue;
        };
        // In a list of the country's states: "Idaho, Utah, Washington and
        // Colorado", "Vermont, New York and Ohio".
        let country = g.entry(state).country_code();
        let listed_state = |p: &Item| {
            place_candidates(g, &p.candidates).any(|id| {
                g.entry(id).kind() == EntryKind::AdminRegion
                    && g.entry(id).country_code() == country
            })
        };
        // (Not a town before its state: "Washington, D.C.", "Washington,
        // Iowa"; unless a state comes before it or two after it in the
        // list, "Alaska, Washington, Oregon", "Washington, Oregon and
        // Idaho", and the gazetteer has no such town in the state after
        // it.)
        let listed_with_states = i
            .checked_sub(1)
            .is_some_and(|p| joins(p) && listed_state(&items[p]))
            || (i + 1..=i + 2).all(|x| joins(x - 1) && items.get(x).is_some_and(listed_state));
        let town_of_state = (in_next_state || !listed_with_states)
            && after.starts_with(", ")
            && items.get(i + 1).is_some_and(|n| {
                n.span.start() == span.end() + 2
                    && place_candidates(g, &n.candidates)
                        .any(|id| g.entry(id).kind() == EntryKind::AdminRegion)
            });
        // (Three places or more: "Texas and Washington" may be the state
        // and the capital.)
        // (Every other place of the list a state: not "Chicago, Washington
        // and Virginia". At most four places on each side are looked at.)
        let before_n = (0..i).rev().take_while(|&x| joins(x)).take(4).count();
        let after_n = (i..items.len()).take_while(|&x| joins(x)).take(4).count();
        let in_state_list = !town_of_state
            && before_n + after_n >= 2
            && (i - before_n..=i + after_n)
                .filter(|&x| x != i)
                .all(|x| listed_state(&items[x]))
            && !near_every_state(
                g,
                items,
                i,
                (i - before_n..=i + after_n).filter(|&x| x != i),
            );
        // ("the states of Oregon and Washington": a list the text calls
        // states.)
        let states_of = || {
            text.get(..items[i - before_n].span.start())
                .map(str::trim_end)
                .is_some_and(|b| {
                    b.get(b.len().saturating_sub(9)..)
                        .is_some_and(|end| end.eq_ignore_ascii_case("states of"))
                })
        };
        if state_word || in_state_list || (before_n + after_n >= 1 && states_of()) {
            items[i].candidates = CandidateList::one(state);
            continue;
        }
        if before.is_none() || after.starts_with(" and ") || after.starts_with(" or ") {
            continue;
        }
        let Some(before) = before else { continue };
        let town = match i.checked_sub(1).map(|p| &items[p]) {
            Some(p) if p.span.end() == before.len() => {
                place_candidates(g, &p.candidates).any(|id| {
                    g.entry(id).kind() == EntryKind::City && g.entry(id).country_code() == country
                })
            }
            // An unknown town: a capitalised word that does not open the
            // sentence and is no day, month or function word ("Kings
            // Point, New York"; not "On Monday, Washington …",
            // "Meanwhile, Washington …").
            _ => {
                let head = before.trim_end_matches(|c: char| c.is_alphanumeric());
                let w = &before[head.len()..];
                let sentence_start = head.trim_end().chars().next_back().map_or(true, |c| {
                    matches!(c, '.' | '!' | '?' | '\n' | '"' | '\u{201C}')
                });
                w.starts_with(char::is_uppercase)
                    && head.ends_with(' ')
                    && !sentence_start
                    && !words::is_calendar(w)
                    && !words::stops_name(w)
            }
        };
        if town {
            items[i].candidates = CandidateList::one(state);
        }
    }
    window::give_back(&JOINED, joined);
    // (A key longer than any place name is not kept.)
    if key.capacity() <= 1024 {
        STATE_KEY.with(|k| k.set(key));
    }
}

thread_local! {
    /// The list table of [`read_states`], reused from text to text
    /// ([`window::take_buffer`]).
    static JOINED: std::cell::Cell<Vec<bool>> = const { std::cell::Cell::new(Vec::new()) };
    /// The "{name} State" key of [`read_states`], reused likewise.
    static STATE_KEY: std::cell::Cell<String> = const { std::cell::Cell::new(String::new()) };
}

/// Whether `before` (the text before a place's name) ends with a person's
/// name or party and "of": "Sen. Ann Roy of Washington", "a Republican of
/// New York" (the state a politician represents); not an organization's
/// head, "University of Washington", nor "the mayor of New York".
fn person_of(before: &str) -> bool {
    let Some(rest) = before.strip_suffix(" of") else {
        return false;
    };
    let (words, last) = text::split_last_space(rest);
    if matches!(last, "Democrat" | "Republican" | "Independent") {
        return true;
    }
    let cap = |w: &str| w.starts_with(|c: char| c.is_uppercase());
    let name_before = words
        .map(|w| text::split_last_space(w).1)
        .is_some_and(|w| cap(w) || w.ends_with('.'));
    cap(last)
        && last.chars().all(char::is_alphabetic)
        && name_before
        && !words::is_org_head(last)
        && !words::stops_name(last)
}

/// How close a city must be to the centre of every state listed with it to
/// be the city in a list of states ("Washington, Maryland and Virginia").
const NEAR_STATES_KM: f64 = 250.0;

/// Whether the most populous city reading of item `i` lies within
/// [`NEAR_STATES_KM`] of every state of the items `others` (by the
/// coordinates the gazetteer gives them): then a list of them names the
/// city and its neighbours, not states only.
fn near_every_state(
    g: &Gazetteer,
    items: &[Item],
    i: usize,
    mut others: impl Iterator<Item = usize>,
) -> bool {
    let Some(city) = place_candidates(g, &items[i].candidates)
        .filter(|&id| g.entry(id).kind() == EntryKind::City)
        .find_map(|id| g.entry(id).coordinates())
    else {
        return false;
    };
    others.all(|x| {
        place_candidates(g, &items[x].candidates)
            .filter(|&id| g.entry(id).kind() == EntryKind::AdminRegion)
            .find_map(|id| g.entry(id).coordinates())
            .is_some_and(|state| city.distance_km(state) <= NEAR_STATES_KM)
    })
}

/// Whether the capitalised words from token `b` on, on the same line,
/// end in "Act" or "Acts" within eight tokens, through "and", "of", "for",
/// "the", "&" and no title's word: the name before `b` opens a law's
/// ("the Oregon JOBS Act", "the Kenya Clean Water Act", "the Ohio Farmers
/// Relief Act"; not "Ohio Governor …"). `b` is the first word after the
/// name: "Act" must come after it.
pub(crate) fn law_name_after(tokens: &[text::Token], texts: &[&str], b: usize) -> bool {
    let joined = |k: usize| tokens[k].space_before && !tokens[k].newline_before;
    // (The name goes on with a capitalised word, or "and" and one, "the
    // Afghanistan and Pakistan Reconstruction Act": not "Texas and the
    // Act"; "the" only after "of", "Department of the Interior Act".)
    let cap = |k: usize| tokens.get(k).is_some_and(|t| t.cap());
    if !(cap(b) || (matches!(texts.get(b), Some(&("and" | "&"))) && cap(b + 1))) {
        return false;
    }
    let mut k = b;
    while k < tokens.len() && k < b + 8 && joined(k) {
        let w = texts[k];
        if matches!(w, "Act" | "Acts") {
            return k > b;
        }
        let joiner =
            matches!(w, "and" | "of" | "for" | "&") || (w == "the" && texts[k - 1] == "of");
        if !(tokens[k].cap() || joiner) || words::is_title(w) {
            return false;
        }
        k += 1;
    }
    false
}

/// The first place of `regions` (the readings of the name after a comma)
/// that one of `towns` (the readings of the name before it) lies in:
/// "Portland, Maine".
pub(crate) fn region_of_town(
    g: &Gazetteer,
    towns: &[EntryId],
    regions: &[EntryId],
) -> Option<EntryId> {
    place_candidates(g, regions).find(|&r| {
        let id = g.entry(r).id();
        place_candidates(g, towns).any(|t| g.entry(t).region() == Some(id))
    })
}

/// Whether every place among `ids` is a city (true when none is a place).
pub(crate) fn cities_only(g: &Gazetteer, ids: &[EntryId]) -> bool {
    place_candidates(g, ids).all(|id| g.entry(id).kind() == EntryKind::City)
}

/// The entries of `ids` that are places.
pub(crate) fn place_candidates<'a>(
    g: &'a Gazetteer,
    ids: &'a [EntryId],
) -> impl Iterator<Item = EntryId> + 'a {
    ids.iter()
        .copied()
        .filter(move |&id| g.entry(id).kind().is_place())
}

fn location_kind(kind: EntryKind) -> Option<LocationKind> {
    match kind {
        EntryKind::Country => Some(LocationKind::Country),
        EntryKind::AdminRegion => Some(LocationKind::AdminRegion),
        EntryKind::City => Some(LocationKind::City),
        EntryKind::Continent => Some(LocationKind::Continent),
        EntryKind::Region => Some(LocationKind::Region),
        _ => None,
    }
}

/// The room an entity's mention list starts with: what the standard
/// library gives a vector on its first push (four elements of a type this
/// size), allocated at once instead of grown from empty.
const FIRST_MENTIONS: usize = 4;

/// Builds the output, grouping mentions under their entity in order of first
/// mention.
fn build<'n>(
    cx: &Context<'n>,
    items: &[Item],
    chosen: &[Option<EntryId>],
    found: &orgs::Found<'n>,
) -> Places {
    let g = cx.gazetteer;
    let text = cx.text;
    // (The lists and their indexes sized once, for at most one location per
    // resolved place item and one organization per organization item or
    // name found, instead of grown.)
    let (mut most_locations, mut most_orgs) = (0, found.names.len());
    for (item, choice) in items.iter().zip(chosen) {
        match item.class {
            Class::Place => most_locations += usize::from(choice.is_some()),
            Class::PlaceInOrg { .. } => {
                most_locations += usize::from(choice.is_some());
                most_orgs += 1;
            }
            Class::Organization(_) | Class::OrgAround { .. } | Class::Team => most_orgs += 1,
            Class::Demonym | Class::Person | Class::PartOfName => {}
        }
    }
    let mut places = Places::default();
    places.locations.reserve(most_locations);
    places.organizations.reserve(most_orgs);
    let mut location_of: HashMap<EntryId, usize> =
        HashMap::with_capacity_and_hasher(most_locations, Default::default());
    // Organizations by gazetteer entry, or by name when built by a rule.
    let mut org_of: HashMap<OrgKey<'n>, usize> =
        HashMap::with_capacity_and_hasher(most_orgs, Default::default());

    // (The key gives a new organization its name and id: an entry's, or the
    // name with no id.)
    let mut add_org = |places: &mut Places, key: OrgKey<'n>, span: Span| {
        // (No mention splits a character from its marks: "…20\u{301}'Paris
        // Council" would start with a mark of the digit before it.)
        if !crate::text::whole_graphemes(text, span) {
            return;
        }
        let index = *org_of.entry(key).or_insert_with_key(|key| {
            let (name, id) = match key {
                OrgKey::Entry(id) => (g.entry(*id).name(), g.entry(*id).id()),
                OrgKey::Name(name) => (&**name, ""),
            };
            places.organizations.push(Organization {
                name: name.to_string(),
                id: id.to_string(),
                // (Every entity gets a mention at once: allocated here
                // with the room the first push would give it.)
                mentions: Vec::with_capacity(FIRST_MENTIONS),
            });
            places.organizations.len() - 1
        });
        let mentions = &mut places.organizations[index].mentions;
        // Mentions arrive in text order: a repeat of this span can only be
        // among the last ones (a constant-time check however many there are).
        let repeat = mentions
            .iter()
            .rev()
            .take_while(|m| m.span.start() >= span.start())
            .any(|m| m.span == span);
        if !repeat {
            mentions.push(Mention::new(text, span));
        }
    };

    for (item, choice) in items.iter().zip(chosen) {
        match &item.class {
            Class::Place | Class::PlaceInOrg { .. } => {
                let Some(id) = *choice else { continue };
                let entry = g.entry(id);
                let Some(kind) = location_kind(entry.kind()) else {
                    continue;
                };
                let index = *location_of.entry(id).or_insert_with(|| {
                    places.locations.push(new_location(
                        g,
                        id,
                        kind,
                        Vec::with_capacity(FIRST_MENTIONS),
                    ));
                    places.locations.len() - 1
                });
                places.locations[index]
                    .mentions
                    .push(Mention::new(text, item.span));
                if let Class::PlaceInOrg { start } = item.class {
                    // "Council of Ministers of BiH": the organization is
                    // named with the place's canonical name when the text
                    // abbreviates it (not "Nurses Association of America").
                    let head = &text[start..item.span.start()];
                    let written = text.get(item.span.range()).unwrap_or("");
                    // (An abbreviation: a period, three letters or fewer,
                    // or a word with two capitals, "BiH"; not "Timor-Leste"
                    // nor "Cote d'Ivoire".)
                    let short = written.contains('.')
                        || written.len() <= 3
                        || written
                            .split([' ', '-', '\''])
                            .any(|w| w.chars().filter(|c| c.is_uppercase()).count() >= 2);
                    let place = if short { entry.name() } else { written };
                    let name = [head, place].concat();
                    let span = Span::new(start, item.span.end());
                    add_org(&mut places, OrgKey::Name(Cow::Owned(name)), span);
                }
            }
            Class::Organization(id) => {
                add_org(&mut places, OrgKey::Entry(*id), item.span);
            }
            Class::OrgAround { start, end } => {
                let span = Span::new(*start, *end);
                add_org(
                    &mut places,
                    OrgKey::Name(Cow::Borrowed(&text[span.range()])),
                    span,
                );
            }
            Class::Team => {
                // A club named after its town: an organization under the
                // town's name.
                let name = choice.map_or(&text[item.span.range()], |id| g.entry(id).name());
                add_org(&mut places, OrgKey::Name(Cow::Borrowed(name)), item.span);
            }
            Class::Demonym | Class::Person | Class::PartOfName => {}
        }
    }
    // Organizations found by the shape of their names ("U.S. Department of
    // Labor" is the gazetteer's department, as "Department of Labor" is).
    // (Each name is looked up once, however many its mentions.)
    let mut keys: Vec<OrgKey<'_>> = found
        .names
        .iter()
        .map(|&name| match national_org(g, name) {
            Some(id) => OrgKey::Entry(id),
            None => OrgKey::Name(Cow::Borrowed(name)),
        })
        .collect();
    for &(org, id) in &found.entries {
        keys[org] = OrgKey::Entry(id);
    }
    for &(span, org) in &found.mentions {
        add_org(&mut places, keys[org].clone(), span);
    }
    merge_us_forms(&mut places.organizations);
    merge_period_forms(&mut places.organizations);
    merge_short_forms(g, &mut places.organizations);
    // Two rules may name one organization over overlapping text (two
    // places each with a name built around it): a mention shares no byte
    // with another of its organization, the earlier and longer one is kept.
    for org in &mut places.organizations {
        org.mentions
            .sort_by_key(|m| (m.span.start(), std::cmp::Reverse(m.span.end())));
        let mut kept_end = 0;
        org.mentions.retain(|m| {
            let keep = m.span.start() >= kept_end;
            if keep {
                kept_end = m.span.end();
            }
            keep
        });
    }
    sort_by_first_mention(&mut places.organizations);
    places
}

/// The output's location for the gazetteer's place `id` of kind `kind`.
fn new_location(
    g: &Gazetteer,
    id: EntryId,
    kind: LocationKind,
    mentions: Vec<Mention>,
) -> Location {
    let entry = g.entry(id);
    Location {
        name: entry.name().to_string(),
        kind,
        country_code: entry.country_code().map(str::to_string),
        region: entry
            .region()
            .and_then(|region| g.get(region))
            .map(|region| g.entry(region).name().to_string()),
        coordinates: entry.coordinates(),
        population: entry.population(),
        id: entry.id().to_string(),
        mentions,
    }
}

/// Adds a mention at `span` of the gazetteer's place `id` to `locations`
/// (assumed sorted by first mention; the new place is put in that
/// order), making the place when it has none yet.
pub(crate) fn add_place_mention(
    g: &Gazetteer,
    text: &str,
    locations: &mut Vec<Location>,
    id: EntryId,
    span: Span,
) {
    let entry = g.entry(id);
    let Some(kind) = location_kind(entry.kind()) else {
        return;
    };
    let mention = Mention::new(text, span);
    if let Some(l) = locations.iter_mut().find(|l| l.id == entry.id()) {
        let at = l
            .mentions
            .partition_point(|m| m.span.start() < span.start());
        l.mentions.insert(at, mention);
    } else {
        let at = locations
            .partition_point(|l| l.mentions.first().map_or(0, |m| m.span.start()) < span.start());
        locations.insert(at, new_location(g, id, kind, vec![mention]));
    }
}

/// Organizations in the order of their first mention.
pub(crate) fn sort_by_first_mention(orgs: &mut [Organization]) {
    orgs.sort_by_key(|o| o.mentions.first().map_or(0, |m| m.span.start()));
}

/// "U.S. Fire Administration" and "United States Fire Administration" in
/// one article are one organization, under the full name: the mentions of
/// the short form join it (their order is restored by the caller).
fn merge_us_forms(orgs: &mut Vec<Organization>) {
    if !orgs.iter().any(|o| o.name.starts_with("U.S. ")) {
        return;
    }
    let full: HashMap<&str, usize> = orgs
        .iter()
        .enumerate()
        .filter_map(|(i, o)| Some((o.name.strip_prefix("United States ")?, i)))
        .collect();
    let moves: Vec<(usize, usize)> = orgs
        .iter()
        .enumerate()
        .filter_map(|(i, o)| {
            let rest = o.name.strip_prefix("U.S. ")?;
            full.get(rest).map(|&to| (i, to))
        })
        .collect();
    move_mentions(orgs, &moves);
}

/// "Acme Tools Inc." and "Acme Tools Inc" in one article are one
/// organization, under the name it was first given: a company form's
/// abbreviation written with and without its period.
fn merge_period_forms(orgs: &mut Vec<Organization>) {
    fn stem(o: &Organization) -> Option<&str> {
        let stem = o.name.strip_suffix('.').unwrap_or(&o.name);
        words::keeps_period(crate::text::split_last_space(stem).1).then_some(stem)
    }
    if orgs.iter().filter_map(stem).nth(1).is_none() {
        return;
    }
    let mut first: HashMap<&str, usize> = HashMap::default();
    let mut moves = Vec::new();
    for (i, s) in orgs
        .iter()
        .enumerate()
        .filter_map(|(i, o)| Some((i, stem(o)?)))
    {
        let to = *first.entry(s).or_insert(i);
        if to != i {
            moves.push((i, to));
        }
    }
    move_mentions(orgs, &moves);
}

/// Moves the mentions of `orgs[from]` to `orgs[to]` for each move, and
/// drops the organizations left without one.
fn move_mentions(orgs: &mut Vec<Organization>, moves: &[(usize, usize)]) {
    if moves.is_empty() {
        return;
    }
    for &(from, to) in moves {
        let mentions = std::mem::take(&mut orgs[from].mentions);
        orgs[to].mentions.extend(mentions);
    }
    orgs.retain(|o| !o.mentions.is_empty());
}

/// A name of two words or more found by its shape that ends the name of
/// exactly one other organization of the article, after words that
/// qualify it (a place, "U.S.", a chamber: "Senate", "House"), is that
/// organization: "the Budget Committee" after "the Senate Budget
/// Committee", "the Fire Administration" after "the U.S. Fire
/// Administration" (not when both the House's and the Senate's are
/// named, nor "the Bank of New York" after "the Federal Reserve Bank of
/// New York"). So is one that opens exactly one other's name before its
/// complement: "the National Center" after "the National Center for
/// Missing Children", "the Working Group" after "the Working Group on
/// Harbors". The short form's mentions join the long one's (their order
/// is restored by the caller). Linear in the names' words: each longer
/// name's endings and openings are counted once in a map.
fn merge_short_forms(g: &Gazetteer, orgs: &mut Vec<Organization>) {
    if orgs.len() < 2 {
        return;
    }
    // Each ending after a space: how many names end so, the last one, and
    // the words before it. (Not the second of two joined: "Navy and Air
    // Force".)
    let mut endings: HashMap<&str, (u32, usize, &str)> = HashMap::default();
    // Each opening before "of", "for" or "on" (the first): how many names
    // open so, and the last one. (Not before an acronym: "… Center on
    // STS-9" is a mission's, no complement.)
    let mut openings: HashMap<&str, (u32, usize)> = HashMap::default();
    for (j, o) in orgs.iter().enumerate() {
        let mut opened = false;
        for (k, _) in o.name.match_indices(' ') {
            let (head, short) = (&o.name[..k], &o.name[k + 1..]);
            if !opened {
                let complement = ["of ", "for ", "on "]
                    .iter()
                    .find_map(|p| short.strip_prefix(p));
                if complement
                    .is_some_and(|c| !c.split([' ', '-']).next().is_some_and(words::is_acronym))
                {
                    opened = true;
                    let e = openings.entry(head).or_insert((0, j));
                    *e = (e.0 + 1, j);
                }
            }
            if head.ends_with(" and") || head.ends_with(" &") {
                continue;
            }
            let e = endings.entry(short).or_insert((0, j, head));
            *e = (e.0 + 1, j, head);
        }
    }
    let qualifier = |head: &str| {
        head.ends_with("Senate")
            || head.ends_with("House")
            || g.find_name(head).any(|id| {
                matches!(
                    g.entry(id).kind(),
                    EntryKind::Country | EntryKind::AdminRegion | EntryKind::City
                )
            })
    };
    let moves: Vec<(usize, usize)> = (0..orgs.len())
        .filter(|&i| orgs[i].id.is_empty() && orgs[i].name.contains(' '))
        .filter_map(|i| {
            let name = orgs[i].name.as_str();
            match (endings.get(name), openings.get(name)) {
                (Some(&(1, to, head)), _) if qualifier(head) => Some((i, to)),
                (_, Some(&(1, to))) => Some((i, to)),
                _ => None,
            }
        })
        .collect();
    // (A target moved too, an opening's and an ending's: follow it to the
    // name that stays. Each step goes to a longer name: no cycle.)
    let target: HashMap<usize, usize> = moves.iter().copied().collect();
    let moves: Vec<(usize, usize)> = moves
        .iter()
        .map(|&(from, mut to)| {
            while let Some(&next) = target.get(&to) {
                to = next;
            }
            (from, to)
        })
        .collect();
    move_mentions(orgs, &moves);
}

/// The gazetteer organization `name` names with its country in front
/// ("U.S. Department of Labor", "United States Department of Labor"):
/// the country's words (one or two) name a country, the rest an
/// organization of that country.
fn national_org(g: &Gazetteer, name: &str) -> Option<EntryId> {
    let cuts = name.match_indices(' ').take(2).map(|(i, _)| i);
    for i in cuts {
        let (country, rest) = (&name[..i], &name[i + 1..]);
        // (Most names' first words name no country.)
        if !g.may_name(EntryKind::Country, country) {
            continue;
        }
        let code = g
            .find_name(country)
            .map(|id| g.entry(id))
            .find(|e| e.kind() == EntryKind::Country)
            .and_then(|e| e.country_code());
        let Some(code) = code else { continue };
        let org = g.find_name(rest).find(|&id| {
            let e = g.entry(id);
            e.kind() == EntryKind::Organization && e.country_code() == Some(code)
        });
        if org.is_some() {
            return org;
        }
    }
    None
}

/// What identifies an organization: its gazetteer entry, or its name
/// (borrowed from the text, the gazetteer or the rules where it can be).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
enum OrgKey<'n> {
    Entry(EntryId),
    Name(Cow<'n, str>),
}
