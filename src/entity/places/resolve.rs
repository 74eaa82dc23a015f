//! Choosing among the places that share a name ("Paris": France or Texas),
//! with evidence from the rest of the article.
//!
//! Evidence is counted per country from the places that are not ambiguous,
//! each distinct place once and up to a cap: a region or city weighs more
//! than a country (it is more specific), the dateline's country weighs
//! most, and a place right after the name ("Paris, Texas") decides. The
//! prior is the population: without evidence the most populous place wins,
//! and a country wins over its namesakes.
//!
//! Where the gazetteer records the state or province a city is in
//! ([`Entry::region`](crate::Entry::region)), a region right after the name
//! decides first: only the candidates in it, or in its country with no
//! region recorded, can be the place ("Portland, Maine"; "Houston,
//! Missouri" is no Houston of Texas), and a name with none is a town the
//! gazetteer does not have, so no place. A region right after a city in it
//! is that region ("Toronto, Ontario").
//!
//! Then states and provinces: a town chosen in a state the article does not
//! name moves to a namesake in one it names, unless that one is ten times
//! smaller ("Burlington" in a story about Vermont; "Washington" stays the
//! capital); and a name listed with states by "and" or "or" is the state,
//! not its namesake city ("Vermont and New York", "Idaho and Washington"),
//! unless a town is in the list, the name has its own state after it, or
//! the list names two parties ("between Texas and Washington").

use crate::hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::extractor::Context;
use crate::gazetteer::{EntryId, EntryKind, Gazetteer};

use super::context::Class;
use super::{cities_only, place_candidates, region_of_town, Item};

/// Evidence weights, in units of log10(population) of the prior.
const COUNTRY_MENTION: f64 = 0.5;
const LOCAL_MENTION: f64 = 1.5;
const DATELINE: f64 = 2.0;
const NEXT_TO: f64 = 10.0;
/// A candidate in the region named right after it, on top of [`NEXT_TO`],
/// and a region named right after a place in it.
const IN_NEXT_REGION: f64 = 10.0;

/// How near a listed neighbour lies to a world city's namesake, in
/// degrees, to count as its home ("Moscow and Pullman", across a state
/// line).
const NEAR_DEGREES: f64 = 1.0;
/// Evidence for a state or province: a mention of it, or (weaker) of a
/// town settled in it. A town in a state with [`REGION_MENTION`] or more
/// and none in the chosen namesake's state is the place ("Burlington" in
/// a story about Vermont), when it is not [`REGION_RIVAL`] times smaller.
const REGION_MENTION: f64 = 1.0;
const REGION_TOWN: f64 = 0.25;
/// How many times smaller than the chosen namesake a town in a state the
/// article names may be: "Portland" (Maine) with Maine named, but not
/// "Washington" (Illinois) for the capital.
const REGION_RIVAL: u64 = 10;
/// How many times smaller it may be when the article names its state and
/// one of that state's towns too: "Leavenworth and Manhattan" in a story
/// about Kansas (not the capital for "Washington" in one about Illinois,
/// 44 times smaller).
const REGION_RIVAL_STRONG: u64 = 30;
/// A state or province listed with other states ("Vermont and New York",
/// "Idaho and Washington") over a namesake city.
const LISTED_STATE: f64 = 3.0;

/// A city this populous is what its name means in a list of states.
const BIG_CITY: u64 = 500_000;

/// A city this populous is what its name means wherever the article is
/// from, against the country evidence of a namesake [`WORLD_RATIO`] times
/// smaller.
const WORLD_CITY: u64 = 1_000_000;
const WORLD_RATIO: u64 = 20;

/// Words near a state's bare name that make it the capital its name
/// shares ("the White House in Washington", "flew back to Washington"),
/// within [`CAPITAL_REACH`] bytes either side.
const CAPITAL_WORDS: &[&str] = &[
    "White House",
    "Capitol",
    "Congress",
    "Pentagon",
    "federal government",
    "flew",
    "back to",
    "returned to",
];
const CAPITAL_REACH: usize = 60;

/// The most evidence one country can gather.
const MAX_EVIDENCE: f64 = 3.0;

/// A country, continent or world region outranks a namesake town.
const LEVEL_BONUS: f64 = 1.0;
const POPULATION_WEIGHT: f64 = 0.5;
/// The population assumed for a state or province the data gives none.
const ADMIN_REGION_POPULATION: f64 = 1_000_000.0;
/// The population assumed for a world region or former country.
const REGION_POPULATION: f64 = 10_000_000.0;

fn is_place(item: &Item) -> bool {
    matches!(
        item.class,
        Class::Place | Class::PlaceInOrg { .. } | Class::Team
    )
}

/// The chosen entry of every item: a place for places, `None` for items
/// that are not places or have no place candidate.
pub(crate) fn resolve(cx: &Context<'_>, items: &[Item]) -> Vec<Option<EntryId>> {
    let g = cx.gazetteer;
    let rules: Vec<Option<NextRegion<'_>>> = (0..items.len())
        .map(|i| next_region(g, cx.text, items, i).or_else(|| campus_region(g, cx.text, items, i)))
        .collect();
    // The candidates the region after the name (or, for a campus, the
    // state before it) leaves.
    let kept = |i: usize| {
        let rule = rules[i];
        place_candidates(g, &items[i].candidates)
            .filter(move |&id| rule.map_or(true, |r| r.keeps(g, id)))
    };
    // A town the region after it rules out everywhere ("Hanover, N.H."
    // where the gazetteer has no Hanover in New Hampshire) is that town at
    // its other mentions too, so no place either.
    let ruled_out: Vec<&str> = (0..items.len())
        .filter(|&i| rules[i].is_some() && is_place(&items[i]) && kept(i).next().is_none())
        .filter_map(|i| cx.text.get(items[i].span.range()))
        .collect();
    let also_ruled_out = |i: usize| {
        !ruled_out.is_empty()
            && rules[i].is_none()
            && cities_only(g, &items[i].candidates)
            && cx
                .text
                .get(items[i].span.range())
                .is_some_and(|name| ruled_out.iter().any(|r| r.eq_ignore_ascii_case(name)))
    };
    // Countries of the unambiguous mentions: each distinct entity counts
    // once, and a country's evidence is capped, so a long article about one
    // country does not drag every namesake there.
    let mut evidence: HashMap<&str, f64> = HashMap::default();
    let mut counted: HashSet<EntryId> = HashSet::default();
    let mut dateline_country: Option<&str> = None;
    let mut settled: Vec<Option<EntryId>> = vec![None; items.len()];
    let mut unresolved = vec![false; items.len()];
    for (i, item) in items.iter().enumerate() {
        if !is_place(item) {
            // Demonyms are evidence too ("Bosnian Serb" leaders).
            if item.class == Class::Demonym {
                if let Some(&id) = item.candidates.first() {
                    if let Some(cc) = g.entry(id).country_code() {
                        if counted.insert(id) {
                            *evidence.entry(cc).or_default() += COUNTRY_MENTION;
                        }
                    }
                }
            }
            continue;
        }
        let mut candidates = kept(i);
        let first = candidates.next();
        if first.is_none() || also_ruled_out(i) {
            unresolved[i] = true;
            continue;
        }
        let single = candidates.next().is_none();
        let Some(cc) = single_country(g, kept(i)) else {
            continue;
        };
        if single {
            settled[i] = first;
        }
        let local = kept(i)
            .all(|id| matches!(g.entry(id).kind(), EntryKind::City | EntryKind::AdminRegion));
        if first.is_some_and(|id| counted.insert(id)) {
            *evidence.entry(cc).or_default() += if local {
                LOCAL_MENTION
            } else {
                COUNTRY_MENTION
            };
        }
        if item.in_dateline && dateline_country.is_none() {
            dateline_country = Some(cc);
        }
    }

    for weight in evidence.values_mut() {
        *weight = weight.min(MAX_EVIDENCE);
    }
    // Whether item `i` is listed with a state or province that is not
    // ambiguous: "lawmakers from Vermont and New York".
    // (A state: a place that may be one and names no big city, "Vermont",
    // "Idaho"; not "New York", "Moscow".)
    // (Its entry: a state of another country is no company, "the West
    // Bank and Gaza".)
    let states: Vec<Option<EntryId>> = items
        .iter()
        .map(|item| {
            if !is_place(item) {
                return None;
            }
            let mut state = None;
            for id in place_candidates(g, &item.candidates) {
                let e = g.entry(id);
                match e.kind() {
                    EntryKind::Country => return None,
                    EntryKind::City if e.population() >= BIG_CITY => return None,
                    EntryKind::AdminRegion if state.is_none() => state = Some(id),
                    _ => {}
                }
            }
            state
        })
        .collect();
    // The state item `i` is listed with, if it is.
    let listed_with_state = |i: usize| {
        let state = |j: usize| states[j].is_some();
        // (Joined by "and" or "or", or by a comma; not words running on:
        // "the Boston Ohio game".)
        let joined = |a: &Item, b: &Item| {
            list_joined(cx.text, a, b)
                && cx
                    .text
                    .get(a.span.end()..b.span.start())
                    .is_some_and(|gap| !gap.trim().is_empty())
        };
        // (Not a town and its state: "Oregon or Washington, D.C.",
        // "Kent, Washington"; after a comma only in a longer list.)
        let own_region = items.get(i + 1).is_some_and(|next| {
            rules[i].is_some()
                || (comma_between(cx.text, &items[i], next)
                    && region_of_town(g, &items[i].candidates, &next.candidates).is_some())
        });
        let before = i
            .checked_sub(1)
            .filter(|&p| state(p) && joined(&items[p], &items[i]));
        let after = Some(i + 1).filter(|&n| {
            items.get(n).is_some_and(|next| {
                state(n) && joined(&items[i], next) && !comma_between(cx.text, &items[i], next)
            })
        });
        // (Not a list with a town in it: "Chicago, Washington and
        // Virginia".)
        let with_town = i
            .checked_sub(1)
            .is_some_and(|p| !state(p) && is_place(&items[p]) && joined(&items[p], &items[i]))
            || items
                .get(i + 1)
                .is_some_and(|next| !state(i + 1) && is_place(next) && joined(&items[i], next));
        // (Nor two parties of a dispute or a deal: "between Texas and
        // Washington" is the capital.)
        let first = before.unwrap_or(i);
        let parties = cx
            .text
            .get(..items[first].span.start())
            .is_some_and(|head| {
                last_word_is_any(
                    head.trim_end(),
                    &["between", "against", "with", "versus", "vs."],
                )
            });
        before
            .or(after)
            .filter(|_| !own_region && !with_town && !parties)
            .and_then(|j| states[j])
    };

    // The places the article names without doubt, and among them the
    // states named "<name> State", for `named_state`. (Few articles name
    // one: most items are asked nothing more.)
    let sure_states: Vec<(&str, EntryId)> = settled
        .iter()
        .flatten()
        .filter_map(|&id| {
            let e = g.entry(id);
            let name = e.name().strip_suffix(" State")?;
            (e.kind() == EntryKind::AdminRegion).then_some((name, id))
        })
        .collect();
    // (The set of them all only then: no allocation in most articles.)
    let sure: HashSet<EntryId> = if sure_states.is_empty() {
        HashSet::default()
    } else {
        settled.iter().flatten().copied().collect()
    };
    let named_state = |i: usize| {
        if sure_states.is_empty() {
            return None;
        }
        let span = items[i].span;
        let name = cx.text.get(span.range())?;
        // (Not a town with its state after it, "Washington, Pa.", nor the
        // capital the words around it name: "at the White House in
        // Washington", "flew back to Washington".)
        let town_of_state = items
            .get(i + 1)
            .is_some_and(|next| is_place(next) && comma_between(cx.text, &items[i], next));
        // (A name modifying a noun is the state's: "Washington families",
        // "the Washington Army National Guard".)
        let after = cx.text.get(span.end()..).unwrap_or("");
        let next_word = after
            .trim_start_matches(' ')
            .split(|c: char| !c.is_alphanumeric())
            .next()
            .unwrap_or("");
        let modifier = after.starts_with(' ')
            && !next_word.is_empty()
            && !matches!(
                next_word,
                "in" | "on"
                    | "at"
                    | "to"
                    | "for"
                    | "with"
                    | "and"
                    | "or"
                    | "by"
                    | "from"
                    | "this"
                    | "last"
                    | "next"
                    | "today"
                    | "tomorrow"
            );
        let capital = || {
            let around =
                crate::text::window_around(cx.text, span.start(), span.end(), CAPITAL_REACH);
            CAPITAL_WORDS.iter().any(|w| around.contains(w))
        };
        if town_of_state || (!modifier && capital()) {
            return None;
        }
        let state = sure_states
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
            .map(|&(_, id)| id)?;
        let city_named_or_big = kept(i).any(|c| {
            let e = g.entry(c);
            sure.contains(&c) || (e.kind() == EntryKind::City && e.population() >= WORLD_CITY)
        });
        (!city_named_or_big).then_some(state)
    };
    let mut chosen = settled.clone();
    // Whether the choice left out a tiny namesake's country evidence (see
    // `WORLD_RATIO`).
    let mut world_won = vec![false; items.len()];
    // The country of the place the dateline names when it had namesakes,
    // once chosen (an unambiguous one's is `dateline_country`).
    let mut dateline_chosen: Option<&str> = None;
    // (In `e`'s state: that state, or a town in it.)
    let in_state = |e: &crate::gazetteer::Entry, id: EntryId| {
        let n = g.entry(id);
        e.region()
            .is_some_and(|r| n.region() == Some(r) || n.id() == r)
    };
    // The place the dateline names: settled, or once chosen.
    let mut dateline_place: Option<EntryId> = items
        .iter()
        .zip(&settled)
        .find(|(item, _)| item.in_dateline)
        .and_then(|(_, &id)| id);
    for (i, item) in items.iter().enumerate() {
        if !is_place(item) || unresolved[i] {
            continue;
        }
        let among_states = listed_with_state(i);
        // (A state the gazetteer names "<name> State" listed with other
        // states is that state, not its namesake city: "Vermont and New
        // York", "Idaho and Washington".)
        // (Not a city beside the state listed: "Maryland, Virginia and
        // Washington" name the capital's area.)
        // (A city in its namesake state is no such capital: "New York and
        // New Jersey" are two states.)
        let in_namesake = |city: EntryId| {
            let region = g.entry(city).region();
            region.is_some()
                && cx.text.get(item.span.range()).is_some_and(|name| {
                    states_named(g, name).any(|s| Some(g.entry(s).id()) == region)
                })
        };
        let listed = among_states.filter(|&n| {
            kept(i)
                .find(|&c| g.entry(c).kind() == EntryKind::City)
                .map_or(true, |city| !beside(g, city, n) || in_namesake(city))
        });
        let listed_state = |state: EntryId| {
            listed.is_some_and(|n| {
                let e = g.entry(state);
                e.kind() == EntryKind::AdminRegion && e.country_code() == g.entry(n).country_code()
            })
        };
        if among_states.is_some() && !kept(i).any(|id| g.entry(id).kind() == EntryKind::AdminRegion)
        {
            let state = cx
                .text
                .get(item.span.range())
                .and_then(|name| states_named(g, name).find(|&id| listed_state(id)));
            if state.is_some() {
                chosen[i] = state;
                continue;
            }
        }
        // A state before the title of its own office is the state, not its
        // namesake city: "New York Senator Ann Roy", "Washington's junior
        // senator" (the city may be the only candidate the name matched).
        if state_office_after(cx.text, item.span.end()) {
            let state = cx
                .text
                .get(item.span.range())
                .and_then(|name| states_named(g, name).next());
            if state.is_some() {
                chosen[i] = state;
                continue;
            }
        }
        if chosen[i].is_some() {
            continue;
        }
        // A state the article names without doubt elsewhere ("(D-WA)",
        // "Washington State") is what its bare name means ("the average
        // grant in Washington", "Washington families"), over a namesake
        // city the article does not name so ("Washington, D.C.") and that
        // is no world city.
        if let Some(state) = named_state(i) {
            chosen[i] = Some(state);
            continue;
        }
        // "Paris, Texas": the place after a comma.
        let next = items
            .get(i + 1)
            .filter(|next| is_place(next) && comma_between(cx.text, item, next));
        let next_country =
            next.and_then(|next| single_country(g, place_candidates(g, &next.candidates)));
        let mut best: Option<(f64, EntryId)> = None;
        let before = i.checked_sub(1).and_then(|p| rules[p]);
        // A world city's name means it whatever country the article is
        // about: "the attacks in Paris" in a story on Iowa is not Paris,
        // Texas. The country's evidence is left out for a namesake
        // [`WORLD_RATIO`] times smaller, unless a place listed next to
        // the name lies in its state, or in its country when it has none
        // recorded ("Glasgow, Dundee, Stirling and Perth"; not "the floods
        // in Paris and Fresno, Calif."); a state named, a region after it
        // or a dateline still decide.
        let world = kept(i)
            .map(|id| g.entry(id))
            .filter(|e| e.kind() == EntryKind::City)
            .map(|e| e.population())
            .max()
            .filter(|&p| p >= WORLD_CITY);
        let listed_home = |e: &crate::gazetteer::Entry| {
            // (In its state or near it, for a namesake with a state: not
            // "Paris and Fresno, Calif.", but towns across a state line,
            // "Moscow and Pullman".)
            let home = |id: EntryId| {
                let n = g.entry(id);
                if e.region().is_none() {
                    return n.country_code() == e.country_code();
                }
                in_state(e, id)
                    || e.coordinates()
                        .zip(n.coordinates())
                        .is_some_and(|(a, b)| within(a, b, NEAR_DEGREES))
            };
            let neighbour = |j: usize| {
                items.get(j).is_some_and(|n| {
                    let (a, b) = if j < i { (n, item) } else { (item, n) };
                    list_joined(cx.text, a, b) && settled[j].is_some_and(home)
                })
            };
            i.checked_sub(1).is_some_and(neighbour) || neighbour(i + 1)
        };
        let tiny = |e: &crate::gazetteer::Entry| {
            world.is_some_and(|w| e.population().saturating_mul(WORLD_RATIO) < w)
        };
        let mut left_out = false;
        for id in kept(i) {
            let entry = g.entry(id);
            let population = match (entry.population(), entry.kind()) {
                // Regions carry no population: take a typical one.
                (0, EntryKind::AdminRegion) => ADMIN_REGION_POPULATION,
                (0, EntryKind::Continent | EntryKind::Region | EntryKind::Country) => {
                    REGION_POPULATION
                }
                (n, _) => n as f64,
            };
            let mut score = POPULATION_WEIGHT * (population + 1.0).log10();
            if matches!(
                entry.kind(),
                EntryKind::Country | EntryKind::Continent | EntryKind::Region
            ) {
                score += LEVEL_BONUS;
            }
            if let Some(cc) = entry.country_code() {
                let stray = tiny(entry) && !listed_home(entry);
                if stray {
                    left_out = true;
                } else {
                    score += evidence.get(cc).copied().unwrap_or(0.0);
                }
                // (Not a world city's tiny namesake: "AMES, Iowa — The
                // floods in Paris …".)
                // (Unless the dateline's place is in its state: "DALLAS —
                // … in Paris …".)
                let dateline_home = dateline_place.is_some_and(|d| in_state(entry, d));
                if dateline_country == Some(cc) && (!stray || dateline_home) {
                    score += DATELINE;
                }
                if next_country == Some(cc) {
                    score += NEXT_TO;
                }
            }
            if listed_state(id) {
                score += LISTED_STATE;
            }

            if let (Some(region), Some(NextRegion::Known { region: r, .. })) =
                (entry.region(), rules[i])
            {
                if region == r {
                    score += IN_NEXT_REGION;
                }
            }
            // The region the place before it chose by the same rule, or
            // the state a town the gazetteer lacks lies in where the name
            // is a country's too ("Bremen, Georgia").
            let in_before = match before {
                Some(NextRegion::Known { region, .. }) => region == entry.id(),
                Some(NextRegion::Unknown { country }) => {
                    entry.kind() == EntryKind::AdminRegion && country == entry.country_code()
                }
                None => false,
            };
            if in_before {
                score += IN_NEXT_REGION;
            }
            // Candidates come most populous first: ties keep the earlier.
            if best.map_or(true, |(s, _)| score > s) {
                best = Some((score, id));
            }
        }
        chosen[i] = best.map(|(_, id)| id);
        // (Nor with a dateline in the world city's country: "LONDON
        // (Reuters) — Ontario Premier … arrived in London".)
        let country = chosen[i].and_then(|id| g.entry(id).country_code());
        if item.in_dateline && dateline_chosen.is_none() {
            dateline_chosen = country;
            dateline_place = dateline_place.or(chosen[i]);
        }
        let dateline_there =
            country.is_some() && (country == dateline_country || country == dateline_chosen);
        world_won[i] = left_out && !item.in_dateline && next_country.is_none() && !dateline_there;
    }
    prefer_named_states(g, cx.text, items, &settled, &world_won, &mut chosen, kept);
    place_list_strays(g, cx.text, items, &mut chosen, kept);
    home_state_strays(g, cx.text, items, &rules, &mut chosen);
    chosen
}

/// The federal capital's district, whose places the news of every state
/// names ("Capitol Hill"): no stray of [`home_state_strays`], and no
/// state an article is about.
const CAPITAL_DISTRICT: &str = "admin:US-district-of-columbia";

/// Leaves unresolved a town of fewer than [`STRAY_TOWN`] people that
/// lies in a state or a country the article names nowhere else, when
/// the article is about one U.S. state (it names one twice or more, and
/// at least as often as all other states together): "Barnet" in a story
/// about Vermont is no town in England, "Marysville" in one about
/// California none in Washington State (the gazetteer lacks the towns
/// meant). Not one with its region after it ("Marysville, Wash."), nor
/// the dateline's, nor one in the [`CAPITAL_DISTRICT`].
fn home_state_strays(
    g: &Gazetteer,
    text: &str,
    items: &[Item],
    rules: &[Option<NextRegion<'_>>],
    chosen: &mut [Option<EntryId>],
) {
    // (Asked only of the articles that name a small town: most do not.)
    let small = |chosen: &[Option<EntryId>], i: usize| {
        chosen[i]
            .filter(|_| is_place(&items[i]))
            .map(|id| g.entry(id))
            .filter(|e| e.kind() == EntryKind::City && e.population() < STRAY_TOWN)
    };
    if !(0..items.len()).any(|i| small(chosen, i).is_some()) {
        return;
    }
    let mut mentions: HashMap<EntryId, usize> = HashMap::default();
    for (i, id) in chosen.iter().enumerate() {
        if let Some(id) = id.filter(|_| is_place(&items[i])) {
            *mentions.entry(id).or_default() += 1;
        }
    }
    let state = |id: EntryId| {
        let e = g.entry(id);
        e.kind() == EntryKind::AdminRegion
            && e.country_code() == Some("US")
            && e.id() != CAPITAL_DISTRICT
    };
    let states = mentions.iter().filter(|(&id, _)| state(id));
    let (top, all) = states.fold((0, 0), |(top, all), (_, &n)| (top.max(n), all + n));
    if top < 2 || 2 * top < all {
        return;
    }
    // The distinct places named in each region (the region and its towns)
    // and in each country.
    let mut per_region: HashMap<&str, u32> = HashMap::default();
    let mut per_country: HashMap<&str, u32> = HashMap::default();
    for &id in mentions.keys() {
        let e = g.entry(id);
        if e.kind() == EntryKind::AdminRegion {
            *per_region.entry(e.id()).or_default() += 1;
        }
        if let Some(region) = e.region() {
            *per_region.entry(region).or_default() += 1;
        }
        if let Some(cc) = e.country_code() {
            *per_country.entry(cc).or_default() += 1;
        }
    }
    // (Another place than the town itself.)
    let others = |named: &HashMap<&str, u32>, key: Option<&str>| {
        key.and_then(|k| named.get(k)).is_some_and(|&n| n > 1)
    };
    // (Nor one after another place it is glued to, "Fargo-Moorhead",
    // "Savannah/Hilton Head", nor one before an abbreviation the rules did
    // not read as its state, "Augusta, Ga. It's …".)
    let set_apart = |span: crate::span::Span| {
        let glued = text
            .get(..span.start())
            .is_some_and(|before| before.ends_with(['-', '/']));
        let abbreviation = text
            .get(span.end()..)
            .and_then(|after| after.strip_prefix(", "))
            .is_some_and(|rest| {
                let n = word_len(rest);
                rest.starts_with(|c: char| c.is_ascii_uppercase())
                    && rest.get(..n).is_some_and(|w| w.ends_with('.'))
            });
        !glued && !abbreviation
    };
    let anchored =
        |i: usize| items[i].in_dateline || rules[i].is_some() || !set_apart(items[i].span);
    // (A town anchored once is so at its other mentions: "Augusta, Ga."
    // then "at Augusta".)
    let anchored_towns: HashSet<EntryId> = (0..items.len())
        .filter(|&i| small(chosen, i).is_some() && anchored(i))
        .filter_map(|i| chosen[i])
        .collect();
    for i in 0..items.len() {
        let (Some(id), Some(town)) = (chosen[i], small(chosen, i)) else {
            continue;
        };
        if town.region() == Some(CAPITAL_DISTRICT) || anchored_towns.contains(&id) {
            continue;
        }
        // Another place the article names in the town's state (the state
        // itself or a town there); for a town abroad, in its country.
        let abroad = town.country_code() != Some("US");
        let named_near = match town.region() {
            Some(region) => {
                others(&per_region, Some(region))
                    || (abroad && others(&per_country, town.country_code()))
            }
            None => others(&per_country, town.country_code()),
        };
        if !named_near {
            chosen[i] = None;
        }
    }
}

/// The bytes of the word (letters and periods) opening `s`.
fn word_len(s: &str) -> usize {
    s.bytes()
        .take_while(|b| b.is_ascii_alphabetic() || *b == b'.')
        .count()
}

/// A town smaller than this, out of place in an article, may be one the
/// gazetteer lacks (it holds towns of 15,000 and more): see
/// [`place_list_strays`] and [`home_state_strays`].
const STRAY_TOWN: u64 = 100_000;

/// How many towns of one country make a list of that country's towns.
const LIST_MATES: usize = 3;
/// How near (in degrees, about 1,100 km) a list's towns lie to its first
/// one, and how far a stray must lie from it ("Belfast, Derry, Newry and
/// Dundalk" cross a border; "Cranston, Middletown, Providence, and
/// Tiverton" do not reach England; "Boston, Chicago, Denver and Galway"
/// is an itinerary).
const LIST_NEAR: f64 = 10.0;

/// A small town far abroad listed with [`LIST_MATES`] or more nearby
/// towns of one country and nothing else ("Cranston, Middletown,
/// Providence, and Tiverton", where the gazetteer has Tiverton in England
/// only) is a town of that country: its namesake there, or no place when
/// it has none.
fn place_list_strays<I: Iterator<Item = EntryId>>(
    g: &Gazetteer,
    text: &str,
    items: &[Item],
    chosen: &mut [Option<EntryId>],
    kept: impl Fn(usize) -> I,
) {
    // A town's country and coordinates.
    let town = |chosen: &[Option<EntryId>], j: usize| {
        chosen[j]
            .filter(|_| is_place(&items[j]))
            .map(|id| g.entry(id))
            .filter(|e| e.kind() == EntryKind::City)
            .and_then(|e| Some((e.country_code()?, e.coordinates()?, e.population())))
    };
    let near = |a, b| within(a, b, LIST_NEAR);
    let mut start = 0;
    while start < items.len() {
        let mut end = start + 1;
        while end < items.len() && list_joined(text, &items[end - 1], &items[end]) {
            end += 1;
        }
        if end - start > LIST_MATES {
            // The list's first town, or its third when the first two lie
            // apart (one of them the stray); every town but one must be
            // of its country and near it, and that one small, of another
            // country and far.
            let (first, second) = (town(chosen, start), town(chosen, start + 1));
            let together = matches!((first, second), (Some((c1, p1, _)), Some((c2, p2, _))) if c1 == c2 && near(p1, p2));
            let home = if together {
                first
            } else {
                town(chosen, start + 2)
            };
            if let Some((cc, here, _)) = home {
                let mate =
                    |j: usize| town(chosen, j).is_some_and(|(c, p, _)| c == cc && near(p, here));
                let mut strays = (start..end).filter(|&j| !mate(j));
                if let (Some(i), None) = (strays.next(), strays.next()) {
                    let far = town(chosen, i)
                        .is_some_and(|(c, p, n)| c != cc && !near(p, here) && n < STRAY_TOWN);
                    if far {
                        chosen[i] = kept(i).find(|&id| g.entry(id).country_code() == Some(cc));
                    }
                }
            }
        }
        start = end;
    }
}

/// Moves a town to its namesake in a state or province the article names
/// ("Burlington" in a story about Vermont, "Columbus" in one about
/// Georgia), when the town chosen lies in a state the article does not
/// name and the namesake is not [`REGION_RIVAL`] times smaller. The
/// states' evidence comes from the places chosen: each distinct state
/// [`REGION_MENTION`], each distinct town in one that had no namesake
/// [`REGION_TOWN`].
fn prefer_named_states<I: Iterator<Item = EntryId>>(
    g: &Gazetteer,
    text: &str,
    items: &[Item],
    settled: &[Option<EntryId>],
    world_won: &[bool],
    chosen: &mut [Option<EntryId>],
    kept: impl Fn(usize) -> I,
) {
    let mut evidence: HashMap<&str, f64> = HashMap::default();
    let mut counted: HashSet<EntryId> = HashSet::default();
    // (Towns only when they were never in doubt: a town chosen among
    // namesakes is no evidence for its own state.)
    // (States named again, "Ohio" after "(R-Ohio)": the article is about
    // them, as when one of their towns is named, but against a smaller
    // namesake only: "here in Washington" in a story about Utah is the
    // capital.)
    let mut repeated: HashSet<&str> = HashSet::default();
    for (&id, &sure) in chosen.iter().zip(settled) {
        let Some(id) = id else {
            continue;
        };
        let entry = g.entry(id);
        if !counted.insert(id) {
            if entry.kind() == EntryKind::AdminRegion {
                repeated.insert(entry.id());
            }
            continue;
        }
        match (entry.kind(), entry.region()) {
            (EntryKind::AdminRegion, _) => {
                *evidence.entry(entry.id()).or_default() += REGION_MENTION
            }
            (EntryKind::City, Some(region)) if sure.is_some() => {
                *evidence.entry(region).or_default() += REGION_TOWN
            }
            _ => {}
        }
    }
    if evidence.is_empty() {
        return;
    }
    let weight = |id: EntryId| {
        g.entry(id)
            .region()
            .and_then(|r| evidence.get(r).copied())
            .unwrap_or(0.0)
    };
    for i in 0..items.len() {
        let Some(best) = chosen[i].filter(|_| settled[i].is_none() && is_place(&items[i])) else {
            continue;
        };
        let entry = g.entry(best);
        // (A state keeps its name from a namesake town: "states like
        // Delaware", not Delaware, Ohio.)
        let may_be_state = kept(i).any(|id| g.entry(id).kind() == EntryKind::AdminRegion);
        // (Nor does a country's other name: "Holland" in a story about
        // Michigan is the town there; in a list of countries the town is
        // no candidate, see `add_towns_of_named_regions`.)
        let alias = entry.kind() == EntryKind::Country
            && text
                .get(items[i].span.range())
                .is_some_and(|t| !t.eq_ignore_ascii_case(entry.name()));
        if (entry.kind() != EntryKind::City && !alias) || weight(best) > 0.0 || may_be_state {
            continue;
        }
        let rival = kept(i)
            .filter(|&r| {
                let town = g.entry(r);
                let w = weight(r);
                let named_again = || {
                    entry.population() < BIG_CITY
                        && town.region().is_some_and(|r| repeated.contains(r))
                };
                let factor = if w >= REGION_MENTION + REGION_TOWN || named_again() {
                    REGION_RIVAL_STRONG
                } else {
                    REGION_RIVAL
                };
                // (A world city chosen over a tiny namesake's country
                // evidence gives way to it when the article names its
                // state and a town there, or it is no more than
                // REGION_RIVAL_STRONG times smaller: "Odessa" among Texas
                // cities.)
                let world = world_won[i]
                    && town.country_code() != entry.country_code()
                    && (w >= REGION_MENTION + REGION_TOWN
                        || town.population().saturating_mul(REGION_RIVAL_STRONG)
                            >= entry.population());
                town.kind() == EntryKind::City
                    && w >= REGION_MENTION
                    && (alias
                        || world
                        || (town.country_code() == entry.country_code()
                            && town.population().saturating_mul(factor) >= entry.population()))
            })
            .max_by(|&a, &b| weight(a).total_cmp(&weight(b)));
        if rival.is_some() {
            chosen[i] = rival;
        }
    }
}

/// Whether the last word of `head`, what follows its last space (all of it
/// without one), is one of `words` (which hold no space), ignoring ASCII
/// case: `head.rsplit(' ').next()` compared, without searching `head`
/// for the space (`head` is all the text before a place: a search back
/// to its last space would cost the length of a line without spaces at
/// every place on it).
fn last_word_is_any(head: &str, words: &[&str]) -> bool {
    words.iter().any(|w| {
        head.len().checked_sub(w.len()).is_some_and(|at| {
            head.get(at..)
                .is_some_and(|last| last.eq_ignore_ascii_case(w))
                && (at == 0 || head.as_bytes()[at - 1] == b' ')
        })
    })
}

/// Whether the text at byte `end` goes on with the title of a state's
/// office, after an optional possessive and one qualifier: "Senator",
/// "Gov.", "Attorney General", "legislature", "delegation" ("New York
/// Senator Ann Roy", "Washington's junior senator"); or with a numbered
/// district ("New York's 19th District").
fn state_office_after(text: &str, end: usize) -> bool {
    let Some(rest) = text.get(end..) else {
        return false;
    };
    let rest = rest
        .strip_prefix("'s")
        .or_else(|| rest.strip_prefix("\u{2019}s"))
        .unwrap_or(rest);
    let Some(rest) = rest.strip_prefix(' ') else {
        return false;
    };
    let is = |s: &str, n: usize, words: &[&str]| {
        s.get(..n)
            .is_some_and(|w| words.iter().any(|x| w.eq_ignore_ascii_case(x)))
    };
    let mut n = word_len(rest);
    let mut rest = rest;
    if is(rest, n, &["first", "senior", "junior", "former", "state"]) {
        if let Some(after) = rest.get(n..).and_then(|r| r.strip_prefix(' ')) {
            rest = after;
            n = word_len(after);
        }
    }
    // "New York's 19th District", "Ohio's 3rd congressional district": a
    // numbered district is a state's.
    if let Some(len) = super::words::ordinal_len(rest) {
        let after = rest[len..].strip_prefix(' ').unwrap_or("");
        let n = word_len(after);
        if is(after, n, &["congressional"]) {
            let next = after[n..].strip_prefix(' ').unwrap_or("");
            return is(next, word_len(next), &["district"]);
        }
        return is(after, n, &["district"]);
    }
    // ("attorney general", not a lawyer: "New York attorney Ann Roy".)
    if is(rest, n, &["attorney"]) {
        return rest
            .get(n..)
            .and_then(|r| r.strip_prefix(' '))
            .is_some_and(|r| is(r, word_len(r), &["general"]));
    }
    is(
        rest,
        n,
        &[
            "senator",
            "senators",
            "sen.",
            "sens.",
            "governor",
            "gov.",
            "legislature",
            "legislators",
            "lawmakers",
            "delegation",
            "congressman",
            "congresswoman",
            "rep.",
            "reps.",
        ],
    )
}

/// What the region right after "Name," says about Name's candidates.
#[derive(Clone, Copy, Debug, PartialEq)]
enum NextRegion<'g> {
    /// It is the region (by id) some candidates lie in: only those, and
    /// the candidates of its country with no region recorded, are the
    /// place.
    Known {
        region: &'g str,
        country: Option<&'g str>,
    },
    /// No candidate lies in it: the place is a town the gazetteer does not
    /// have, unless a candidate of its country has no region recorded.
    Unknown { country: Option<&'g str> },
}

impl NextRegion<'_> {
    /// Whether candidate `id` can be the place. (Only towns are ruled
    /// out: "China, Wyoming's producers" keeps China.)
    fn keeps(self, g: &Gazetteer, id: EntryId) -> bool {
        let entry = g.entry(id);
        if entry.kind() != EntryKind::City {
            return true;
        }
        let (region, country) = match self {
            NextRegion::Known { region, country } => (Some(region), country),
            NextRegion::Unknown { country } => (None, country),
        };
        entry.country_code() == country && entry.region().map_or(true, |r| Some(r) == region)
    }
}

/// The rule the place after item `i` sets for its candidates, if any: a
/// region some entry lies in ([`Gazetteer::is_region`]) right after a
/// comma. A name that is itself a state ("Delaware, Ohio") is in a list of
/// states, not a town of the next one; a region that may be something
/// else ("Georgia", the country) followed by another place is a list too
/// ("Athens, Georgia and Armenia"); and no town is dropped from a list of
/// regions ("Alaska, Washington, Oregon").
fn next_region<'g>(
    g: &'g Gazetteer,
    text: &str,
    items: &[Item],
    i: usize,
) -> Option<NextRegion<'g>> {
    let item = &items[i];
    let next = items
        .get(i + 1)
        .filter(|next| is_place(item) && is_place(next) && comma_between(text, item, next))?;
    // (Nor is a name the gazetteer gives a state as "<name> State": "New
    // York, Pennsylvania and …".)
    let state_named = || {
        text.get(item.span.range())
            .is_some_and(|name| states_named(g, name).next().is_some())
    };
    if place_candidates(g, &item.candidates).any(|c| g.entry(c).kind() == EntryKind::AdminRegion) {
        return None;
    }
    let mut regions = place_candidates(g, &next.candidates).filter(|&r| g.is_region(r));
    let first = regions.next()?;
    // (A town named like the state does not count: "Oregon", Ohio.)
    let ambiguous = place_candidates(g, &next.candidates)
        .any(|r| !g.is_region(r) && g.entry(r).kind() != EntryKind::City);
    let listed = items
        .get(i + 2)
        .is_some_and(|after| is_place(after) && list_joined(text, next, after));
    if ambiguous && listed {
        return None;
    }
    if let Some(region) = region_of_town(g, &item.candidates, &next.candidates) {
        let region = g.entry(region);
        return Some(NextRegion::Known {
            region: region.id(),
            country: region.country_code(),
        });
    }
    // (A nation of the United Kingdom in a list is a country: "Sweden,
    // Belgium, England".)
    let state = g.entry(first).kind() == EntryKind::AdminRegion;
    // A state that is also a country, neither of them holding a town of
    // the name, is the state, and the town one the gazetteer lacks:
    // "Bremen, Georgia" is not the German city.
    // (The state ending its phrase: not "in Cleveland, Georgia
    // Republicans will …".)
    let phrase_ends = || {
        let after = text.get(next.span.end()..).unwrap_or("");
        let word = after.trim_start_matches(' ');
        !word.starts_with(char::is_uppercase) || after.starts_with(|c: char| c != ' ')
    };
    let country_holds_no_town = || {
        let countries = || {
            place_candidates(g, &next.candidates)
                .filter(|&r| g.entry(r).kind() == EntryKind::Country)
                .filter_map(|r| g.entry(r).country_code())
        };
        countries().next().is_some()
            && !place_candidates(g, &item.candidates).any(|c| {
                let e = g.entry(c);
                e.kind() == EntryKind::City && countries().any(|cc| e.country_code() == Some(cc))
            })
    };
    let unknown = state
        && !in_region_list(g, text, items, i)
        && if ambiguous {
            phrase_ends() && country_holds_no_town()
        } else {
            !state_named()
        };
    unknown.then(|| NextRegion::Unknown {
        country: g.entry(first).country_code(),
    })
}

/// The rule a state ending an organization's name with "of" right before
/// item `i` and its comma sets, a campus named after its town: "the
/// University of Missouri, Columbia" is the Missouri town (not a list
/// after "of", "the food of Texas, Paris and Lyon").
fn campus_region<'g>(
    g: &'g Gazetteer,
    text: &str,
    items: &[Item],
    i: usize,
) -> Option<NextRegion<'g>> {
    let item = &items[i];
    let prev = items.get(i.checked_sub(1)?)?;
    // (The class first: few places stand in an organization's name.)
    if !matches!(prev.class, Class::PlaceInOrg { .. }) || !is_place(item) {
        return None;
    }
    let of = text
        .get(..prev.span.start())
        .is_some_and(|head| head.trim_end().ends_with(" of"));
    // (Nor a list after it: "the University of Texas, Paris and London".)
    let listed = items
        .get(i + 1)
        .is_some_and(|next| is_place(next) && list_joined(text, item, next));
    if !(of && !listed && comma_between(text, prev, item)) {
        return None;
    }
    let region = g.entry(region_of_town(g, &item.candidates, &prev.candidates)?);
    Some(NextRegion::Known {
        region: region.id(),
        country: region.country_code(),
    })
}

/// The states or provinces the gazetteer names "<name> State" ("New York
/// State", "Washington State").
fn states_named<'g>(g: &'g Gazetteer, name: &str) -> impl Iterator<Item = EntryId> + 'g {
    g.find_name(&[name, " State"].concat())
        .filter(move |&id| g.entry(id).kind() == EntryKind::AdminRegion)
}

/// How close (in degrees) a city lies to a state's centre to be named
/// beside it as the city: about 130 km.
const BESIDE: f64 = 1.25;

/// Whether `city` lies within [`BESIDE`] of `state`'s centre (never when
/// either has no coordinates).
fn beside(g: &Gazetteer, city: EntryId, state: EntryId) -> bool {
    let (Some(c), Some(s)) = (g.entry(city).coordinates(), g.entry(state).coordinates()) else {
        return false;
    };
    within(c, s, BESIDE)
}

/// Whether two points lie within `degrees` of each other (a flat
/// measure, enough at these distances).
fn within(a: crate::Coordinates, b: crate::Coordinates, degrees: f64) -> bool {
    (a.latitude - b.latitude).powi(2) + (a.longitude - b.longitude).powi(2) < degrees * degrees
}

/// Whether two places are joined as items of a list: by a comma, "and"
/// or "or" (past leading commas and white space), or a slash alone ("New
/// York/New Jersey"). (Trimmed on bytes over ASCII white space:
/// [`crate::text::trim_start_white`].)
pub(super) fn list_joined(text: &str, a: &Item, b: &Item) -> bool {
    text.get(a.span.end()..b.span.start()).is_some_and(|gap| {
        gap == "/"
            || matches!(
                crate::text::trim_end_white(crate::text::trim_start_white(
                    gap.trim_start_matches(',')
                )),
                "" | "and" | "or"
            )
    })
}

/// Whether item `i` and the place after it are in a list of regions
/// ("Alaska, Washington, Oregon and California"): a state or province is
/// joined to them by a comma or "and"/"or", after the next place or before
/// item `i` (unless that one ends a "town, state" pair itself).
fn in_region_list(g: &Gazetteer, text: &str, items: &[Item], i: usize) -> bool {
    let state = |item: &Item| {
        item.class == Class::Place
            && place_candidates(g, &item.candidates)
                .any(|c| g.entry(c).kind() == EntryKind::AdminRegion)
    };
    let (Some(item), Some(next)) = (items.get(i), items.get(i + 1)) else {
        return false;
    };
    if items
        .get(i + 2)
        .is_some_and(|after| list_joined(text, next, after) && state(after))
    {
        return true;
    }
    let Some(previous) = i.checked_sub(1).and_then(|p| items.get(p)) else {
        return false;
    };
    let pair_end = i
        .checked_sub(2)
        .and_then(|p| items.get(p))
        .is_some_and(|town| comma_between(text, town, previous) && !state(town));
    list_joined(text, previous, item) && state(previous) && !pair_end
}

/// The one country code all the candidates share, if they do.
fn single_country(g: &Gazetteer, candidates: impl Iterator<Item = EntryId>) -> Option<&str> {
    let mut codes = candidates.map(|id| g.entry(id).country_code());
    let first = codes.next()??;
    codes.all(|c| c == Some(first)).then_some(first)
}

/// Whether only a comma and spaces separate two matches.
pub(super) fn comma_between(text: &str, a: &Item, b: &Item) -> bool {
    text.get(a.span.end()..b.span.start())
        .is_some_and(|gap| gap.trim() == ",")
}

#[cfg(test)]
mod tests {
    use super::last_word_is_any;

    #[test]
    fn last_word_is_any_reads_as_rsplit_does() {
        let words = ["between", "against", "with", "versus", "vs."];
        for head in [
            "",
            "with",
            "WITH",
            "talks between",
            "talks Between",
            "a\nbetween",
            "notwith",
            "x  vs.",
            "versus ",
            "é with",
            "éwith",
            "against the",
        ] {
            let word = head.rsplit(' ').next().unwrap_or("");
            let expected = words.iter().any(|w| word.eq_ignore_ascii_case(w));
            assert_eq!(last_word_is_any(head, &words), expected, "{head:?}");
        }
    }
}
