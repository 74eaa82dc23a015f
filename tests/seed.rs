//! The reference article (examples/data/sarajevo.txt) against its gold
//! extraction (tests/fixtures/sarajevo.gold.json).

use crate::harness::check_article;
use crate::support::{sarajevo, sarajevo_gold};
use serde_json::Value;

fn article() -> (String, dateline::Article, Value) {
    let text = sarajevo();
    let article = dateline::extract(&text);
    (text, article, sarajevo_gold())
}

fn strs(v: &Value) -> Vec<String> {
    v.as_array()
        .map(|a| {
            a.iter()
                .filter_map(|x| x.as_str().map(String::from))
                .collect()
        })
        .unwrap_or_default()
}

#[test]
fn date_dateline_and_paragraphs() {
    let (text, article, gold) = article();
    assert_eq!(
        article.date.unwrap().to_string(),
        gold["date"].as_str().unwrap()
    );
    let dl = article.dateline.as_ref().unwrap();
    assert_eq!(dl.text, gold["dateline"]["text"].as_str().unwrap());
    assert_eq!(&text[dl.span.range()], dl.text);
    assert_eq!(
        article.paragraphs.len(),
        gold["paragraphs"].as_u64().unwrap() as usize
    );
    assert!(article.headline.is_none());
    // Paragraphs are trimmed, ordered and cover the body.
    for w in article.paragraphs.windows(2) {
        assert!(w[0].end() < w[1].start());
    }
    for p in &article.paragraphs {
        let s = &text[p.range()];
        assert_eq!(s, s.trim());
    }
    assert!(text[article.paragraphs[0].range()].starts_with("SARAJEVO"));
    assert!(text[article.paragraphs[6].range()].ends_with("from the region."));
}

#[test]
fn json_spans_name_their_text() {
    // Every span's text equals its slice, the JSON has the contract's keys
    // and types, and the other invariants the fuzz targets check.
    check_article(&sarajevo());
}

#[test]
fn dateline_resolves_to_its_place() {
    let (_, article, gold) = article();
    let dl = article.dateline.unwrap();
    assert_eq!(
        dl.location.as_deref(),
        gold["dateline"]["location"].as_str()
    );
    assert_eq!(
        dl.country_code.as_deref(),
        gold["dateline"]["country_code"].as_str()
    );
}

#[test]
fn places_are_exactly_the_gold_places() {
    let (_, article, gold) = article();
    let gold_places = gold["locations"].as_array().unwrap();
    let got: Vec<&str> = article.locations.iter().map(|l| l.name.as_str()).collect();
    let want: Vec<&str> = gold_places
        .iter()
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    let mut got_sorted = got.clone();
    got_sorted.sort();
    let mut want_sorted = want.clone();
    want_sorted.sort();
    assert_eq!(got_sorted, want_sorted);
    for g in gold_places {
        let name = g["name"].as_str().unwrap();
        let loc = article.locations.iter().find(|l| l.name == name).unwrap();
        assert_eq!(loc.kind.as_str(), g["kind"].as_str().unwrap(), "{name}");
        assert_eq!(
            loc.country_code.as_deref(),
            g["country_code"].as_str(),
            "{name}"
        );
        let mentions: Vec<&str> = loc.mentions.iter().map(|m| m.text.as_str()).collect();
        assert_eq!(mentions, strs(&g["mentions"]), "{name}");
    }
}

#[test]
fn organizations_include_the_gold_ones() {
    let (_, article, gold) = article();
    for g in gold["organizations"].as_array().unwrap() {
        let name = g["name"].as_str().unwrap();
        let org = article
            .organizations
            .iter()
            .find(|o| o.name == name)
            .unwrap_or_else(|| panic!("missing organization {name}"));
        let mentions: Vec<String> = org.mentions.iter().map(|m| m.text.clone()).collect();
        if let Some(min) = g.get("mentions_min").and_then(Value::as_u64) {
            assert!(mentions.len() >= min as usize, "{name}: {mentions:?}");
        } else {
            assert_eq!(mentions, strs(&g["mentions"]), "{name}");
        }
    }
}

#[test]
fn people_are_exactly_the_gold_people() {
    let (_, article, gold) = article();
    let gold_people = gold["people"].as_array().unwrap();
    let names: Vec<&str> = article.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names.len(), gold_people.len(), "{names:?}");
    for g in gold_people {
        let name = g["name"].as_str().unwrap();
        let p = article
            .people
            .iter()
            .find(|p| p.name == name)
            .unwrap_or_else(|| panic!("missing person {name} in {names:?}"));
        assert_eq!(p.titles, strs(&g["titles"]), "{name}");
        let mentions: Vec<String> = p.mentions.iter().map(|m| m.text.clone()).collect();
        assert_eq!(mentions, strs(&g["mentions"]), "{name}");
    }
}

#[test]
fn quotes_are_exactly_the_gold_quotes() {
    let (_, article, gold) = article();
    let gold_quotes = gold["quotes"].as_array().unwrap();
    assert_eq!(article.quotes.len(), gold_quotes.len());
    for (q, g) in article.quotes.iter().zip(gold_quotes) {
        let kind = serde_json::to_value(q.kind).unwrap();
        assert_eq!(kind, g["kind"], "{}", q.text);
        assert_eq!(q.text, g["text"].as_str().unwrap());
        assert_eq!(
            q.cue.as_ref().map(|c| c.text.as_str()),
            g["cue"].as_str(),
            "{}",
            q.text
        );
        let speaker = q.speaker.as_ref().and_then(|s| s.person.as_deref());
        assert_eq!(speaker, g["speaker"].as_str(), "{}", q.text);
    }
}
