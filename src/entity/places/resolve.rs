//! Choosing among the places that share a name ("Paris": France or Texas),
//! with evidence from the rest of the article.
//!
//! Evidence is counted per country from the places that are not ambiguous,
//! each distinct place once and up to a cap: a region or city weighs more
//! than a country (it is more specific), the dateline's country weighs
//! most, and a place right after the name ("Paris, Texas") decides. Where
//! the gazetteer records the state or province a city is in, the state
//! after the name decides among namesakes of one country ("Portland,
//! Maine"), a town the gazetteer does not have in that state is no place
//! rather than a namesake elsewhere, and a state the article names
//! unambiguously counts for the cities in it. The prior is the population:
//! without evidence the most populous place wins, and a country wins over
//! its namesakes.

use crate::hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::extractor::Context;
use crate::gazetteer::{EntryId, EntryKind, Gazetteer};

use super::context::Class;
use super::{place_candidates, Item};

/// Evidence weights, in units of log10(population) of the prior.
const COUNTRY_MENTION: f64 = 0.5;
const LOCAL_MENTION: f64 = 1.5;
const DATELINE: f64 = 2.0;
const NEXT_TO: f64 = 10.0;
/// A candidate in the region named right after it, on top of [`NEXT_TO`],
/// and a region named right after a place in it.
const IN_NEXT_REGION: f64 = 10.0;

/// The most evidence one country can gather.
const MAX_EVIDENCE: f64 = 3.0;
/// A country, continent or world region outranks a namesake town.
const LEVEL_BONUS: f64 = 1.0;
const POPULATION_WEIGHT: f64 = 0.5;
/// The population assumed for a state or province the data gives none.
const ADMIN_REGION_POPULATION: f64 = 1_000_000.0;
/// The population assumed for a world region or former country.
const REGION_POPULATION: f64 = 10_000_000.0;

/// The chosen entry of every item: a place for places, `None` for items
/// that are not places or have no place candidate.
pub(crate) fn resolve(cx: &Context<'_>, items: &[Item]) -> Vec<Option<EntryId>> {
    let g = cx.gazetteer;
    let is_place = |item: &Item| {
        matches!(
            item.class,
            Class::Place | Class::PlaceInOrg { .. } | Class::Team
        )
    };
    // Countries of the unambiguous mentions: each distinct entity counts
    // once, and a country's evidence is capped, so a long article about one
    // country does not drag every namesake there.
    let mut evidence: HashMap<&str, f64> = HashMap::default();
    let mut counted: HashSet<EntryId> = HashSet::default();
    let mut dateline_country: Option<&str> = None;
    let mut settled: Vec<Option<EntryId>> = vec![None; items.len()];
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
        let Some(cc) = single_country(g, &item.candidates) else {
            continue;
        };
        let mut candidates = place_candidates(g, &item.candidates);
        let first = candidates.next();
        if candidates.next().is_none() {
            settled[i] = first;
        }
        let local = place_candidates(g, &item.candidates)
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

    let mut chosen = settled;
    for (i, item) in items.iter().enumerate() {
        if !is_place(item) || chosen[i].is_some() {
            continue;
        }
        // "Paris, Texas": the place after a comma.
        let next = items
            .get(i + 1)
            .filter(|next| is_place(next) && comma_between(cx.text, item, next));
        let next_country = next.and_then(|next| single_country(g, &next.candidates));
        let next_region = next
            .filter(|_| !in_region_list(g, cx.text, items, i))
            .and_then(|next| next_region(g, &item.candidates, next));
        // "Toronto, Ontario": the region of the place before the comma.
        let previous = i
            .checked_sub(1)
            .and_then(|p| items.get(p))
            .filter(|previous| is_place(previous) && comma_between(cx.text, previous, item));
        let mut best: Option<(f64, EntryId)> = None;
        for id in place_candidates(g, &item.candidates) {
            let entry = g.entry(id);
            let region = entry.region();
            if entry.kind() == EntryKind::City {
                match next_region {
                    // Only the cities in the named region are that place.
                    Some(NextRegion::Known(id)) if region != Some(id) => continue,
                    // The gazetteer has no such town in that state.
                    Some(NextRegion::Unknown) => continue,
                    _ => {}
                }
            }
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
                score += evidence.get(cc).copied().unwrap_or(0.0);
                if dateline_country == Some(cc) {
                    score += DATELINE;
                }
                if next_country == Some(cc) {
                    score += NEXT_TO;
                }
            }
            if let Some(region) = region {
                if next_region == Some(NextRegion::Known(region)) {
                    score += IN_NEXT_REGION;
                }
            }
            let id_str = entry.id();
            if previous.is_some_and(|previous| {
                place_candidates(g, &previous.candidates)
                    .any(|c| g.entry(c).region() == Some(id_str))
            }) {
                score += IN_NEXT_REGION;
            }
            // Candidates come most populous first: ties keep the earlier.
            if best.map_or(true, |(s, _)| score > s) {
                best = Some((score, id));
            }
        }
        chosen[i] = best.map(|(_, id)| id);
    }
    chosen
}

/// What the place after "Name," says about the region of Name's
/// candidates.
#[derive(Clone, Copy, Debug, PartialEq)]
enum NextRegion<'g> {
    /// It is the region (by id) some candidates lie in: only those are the
    /// place.
    Known(&'g str),
    /// It is a state or province of a country whose candidates have their
    /// region recorded, and none lies in it: the place is a town the
    /// gazetteer does not have.
    Unknown,
}

/// The region `next` names for the candidates of the place before it, if
/// any. A name that is itself a state ("Delaware, Ohio") is in a list of
/// states, not a town of the next one.
fn next_region<'g>(
    g: &'g Gazetteer,
    candidates: &[EntryId],
    next: &Item,
) -> Option<NextRegion<'g>> {
    if place_candidates(g, candidates).any(|c| g.entry(c).kind() == EntryKind::AdminRegion) {
        return None;
    }
    let mut state = None;
    for region in place_candidates(g, &next.candidates) {
        let entry = g.entry(region);
        let id = entry.id();
        if place_candidates(g, candidates).any(|c| g.entry(c).region() == Some(id)) {
            return Some(NextRegion::Known(id));
        }
        if entry.kind() == EntryKind::AdminRegion && g.is_region(region) {
            state = state.or(entry.country_code());
        }
    }
    let recorded = place_candidates(g, candidates).any(|c| {
        let c = g.entry(c);
        c.region().is_some() && c.country_code() == state
    });
    (state.is_some() && recorded).then_some(NextRegion::Unknown)
}

/// Whether item `i` and the place after it are in a list of regions
/// ("Alaska, Washington, Oregon and California"): a state or province is
/// joined to them by a comma or "and"/"or", after the next place or before
/// item `i` (unless that one ends a "town, state" pair itself).
fn in_region_list(g: &Gazetteer, text: &str, items: &[Item], i: usize) -> bool {
    let joined = |a: &Item, b: &Item| {
        text.get(a.span.end()..b.span.start())
            .map(|gap| gap.trim_start_matches(',').trim())
            .is_some_and(|gap| gap.is_empty() || gap == "and" || gap == "or")
    };
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
        .is_some_and(|after| joined(next, after) && state(after))
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
    joined(previous, item) && state(previous) && !pair_end
}

/// The one country code all place candidates share, if they do.
fn single_country<'g>(g: &'g Gazetteer, candidates: &[EntryId]) -> Option<&'g str> {
    let mut codes = place_candidates(g, candidates).map(|id| g.entry(id).country_code());
    let first = codes.next()??;
    codes.all(|c| c == Some(first)).then_some(first)
}

/// Whether only a comma and spaces separate two matches.
fn comma_between(text: &str, a: &Item, b: &Item) -> bool {
    text.get(a.span.end()..b.span.start())
        .is_some_and(|gap| gap.trim() == ",")
}
