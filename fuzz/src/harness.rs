//! The invariants dateline promises on any input, checked by the fuzz
//! targets, by `tests/robustness.rs` (which includes this file by path) and
//! by the `replay` binary.
//!
//! Self-contained: it uses only `dateline`, `serde_json` and `std`, so it
//! compiles both in the fuzz crate and in the main crate's tests.
#![allow(dead_code)]

use dateline::{Article, ErrorKind, Span};
use serde_json::Value;

/// The fuzz target `extract`: any bytes, decoded lossily.
pub fn extract(data: &[u8]) {
    check_article(&String::from_utf8_lossy(data));
}

/// The fuzz target `extract_bytes`.
pub fn extract_bytes(data: &[u8]) {
    check_bytes(data);
}

/// Runs the harness of fuzz target `target` on `data`; `false` when there
/// is no such target.
pub fn run(target: &str, data: &[u8]) -> bool {
    match target {
        "extract" => extract(data),
        "extract_bytes" => extract_bytes(data),
        _ => return false,
    }
    true
}

/// The fuzz targets [`run`] knows.
pub const TARGETS: &[&str] = &["extract", "extract_bytes"];

/// Extracts `text` and checks every promise the crate makes about any
/// input; returns the article for case-specific assertions.
///
/// - the article keeps the text; two runs give equal results;
/// - the JSON parses back and has the contract's keys and types;
/// - every span lies within the text on char boundaries and every `text`
///   equals its slice;
/// - paragraphs are non-empty, trimmed, ordered and disjoint;
/// - the mentions of one entity are ordered and never overlap, and no
///   mention splits a character from its combining marks;
/// - quotes are in text order, their speaker and cue lie outside their
///   content, and a resolved speaker names one of the article's people.
pub fn check_article(text: &str) -> Article {
    let a = dateline::extract(text);
    assert!(a.text == text, "the article keeps its text");
    let b = dateline::extract(text);
    assert!(a == b, "two runs give different articles");

    let json = serde_json::to_string(&a).expect("an article serializes");
    let v: Value = serde_json::from_str(&json).expect("the JSON parses");
    assert_eq!(
        json,
        serde_json::to_string(&b).unwrap(),
        "two runs give different JSON"
    );
    assert_contract(&v);
    assert_json_spans(text, &v);

    check_paragraphs(text, &a.paragraphs);
    for p in &a.people {
        let spans: Vec<Span> = p.mentions.iter().map(|m| m.span).collect();
        check_entity_mentions(text, &p.name, &spans);
    }
    for l in &a.locations {
        let spans: Vec<Span> = l.mentions.iter().map(|m| m.span).collect();
        check_entity_mentions(text, &l.name, &spans);
    }
    for o in &a.organizations {
        let spans: Vec<Span> = o.mentions.iter().map(|m| m.span).collect();
        check_entity_mentions(text, &o.name, &spans);
    }
    check_quotes(text, &a);
    a
}

fn check_paragraphs(text: &str, paragraphs: &[Span]) {
    for p in paragraphs {
        let s = p.get(text).expect("paragraph on char boundaries");
        assert!(!s.is_empty(), "empty paragraph at {}", p.start());
        assert_eq!(s, s.trim(), "paragraph at {} is not trimmed", p.start());
    }
    for w in paragraphs.windows(2) {
        assert!(
            w[0].end() <= w[1].start(),
            "paragraphs out of order or overlapping: {:?} {:?}",
            w[0],
            w[1]
        );
    }
}

/// Whether `c` belongs to the character before it (a combining mark, a
/// zero-width joiner, a variation selector).
fn is_attached(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}' | '\u{200D}'
        | '\u{FE00}'..='\u{FE0F}')
}

/// A mention must not cut a character off from the marks attached to it.
fn assert_whole_graphemes(text: &str, span: Span, what: &str) {
    let s = span.get(text).expect("mention on char boundaries");
    let after = text[span.end()..].chars().next();
    assert!(
        !s.starts_with(is_attached) && !after.is_some_and(is_attached),
        "{what} {s:?} at {span:?} splits a character from its marks"
    );
}

fn check_entity_mentions(text: &str, name: &str, spans: &[Span]) {
    assert!(!name.trim().is_empty(), "an entity with an empty name");
    for &s in spans {
        assert!(!s.is_empty(), "empty mention of {name:?}");
        assert_whole_graphemes(text, s, "mention");
    }
    for w in spans.windows(2) {
        assert!(
            w[0].end() <= w[1].start(),
            "mentions of {name:?} out of order or overlapping: {:?} {:?}",
            w[0],
            w[1]
        );
    }
}

fn check_quotes(text: &str, a: &Article) {
    for w in a.quotes.windows(2) {
        assert!(
            w[0].span.start() <= w[1].span.start(),
            "quotes out of text order: {:?} {:?}",
            w[0].span,
            w[1].span
        );
    }
    for q in &a.quotes {
        assert_eq!(q.span.get(text), Some(q.text.as_str()));
        if let Some(cue) = &q.cue {
            assert!(
                !cue.span.overlaps(q.span),
                "cue {:?} inside the quote {:?}",
                cue.text,
                q.text
            );
        }
        if let Some(sp) = &q.speaker {
            assert!(
                !sp.mention.span.overlaps(q.span),
                "speaker {:?} inside the quote {:?}",
                sp.mention.text,
                q.text
            );
            assert_whole_graphemes(text, sp.mention.span, "speaker");
            if let Some(person) = &sp.person {
                assert!(
                    a.people.iter().any(|p| &p.name == person),
                    "speaker resolves to {person:?}, who is not among the people"
                );
            }
        }
    }
}

fn is_span(v: &Value) -> bool {
    v["start"].is_u64() && v["end"].is_u64()
}

fn is_mention(v: &Value) -> bool {
    is_span(v) && v["text"].is_string()
}

fn is_str_or_null(v: &Value) -> bool {
    v.is_string() || v.is_null()
}

fn is_date(v: &Value) -> bool {
    v.as_str().is_some_and(|s| {
        s.len() == 10
            && s.bytes().enumerate().all(|(i, b)| {
                matches!(i, 4 | 7) == (b == b'-') && (b == b'-' || b.is_ascii_digit())
            })
    })
}

fn array<'v>(v: &'v Value, key: &str) -> &'v [Value] {
    v[key]
        .as_array()
        .unwrap_or_else(|| panic!("{key} is not an array: {v}"))
}

/// The README's JSON contract: keys present, of the documented types.
fn assert_contract(v: &Value) {
    let o = v.as_object().expect("the article is a JSON object");
    for key in [
        "date",
        "headline",
        "dateline",
        "paragraphs",
        "people",
        "locations",
        "organizations",
        "quotes",
    ] {
        assert!(o.contains_key(key), "contract key {key} missing: {v}");
    }
    assert!(
        v["date"].is_null() || is_date(&v["date"]),
        "date {}",
        v["date"]
    );
    assert!(v["headline"].is_null() || is_mention(&v["headline"]));
    if !v["byline"].is_null() {
        assert!(is_mention(&v["byline"]));
    }
    let d = &v["dateline"];
    assert!(
        d.is_null() || (is_mention(d) && is_str_or_null(&d["location"])),
        "dateline {d}"
    );
    assert!(array(v, "paragraphs").iter().all(is_span));
    for p in array(v, "people") {
        assert!(p["name"].is_string(), "person {p}");
        assert!(array(p, "titles").iter().all(Value::is_string), "{p}");
        assert!(array(p, "mentions").iter().all(is_mention), "{p}");
    }
    for l in array(v, "locations") {
        assert!(l["name"].is_string(), "location {l}");
        assert!(
            matches!(
                l["kind"].as_str(),
                Some("country" | "admin_region" | "city" | "continent" | "region")
            ),
            "location kind {l}"
        );
        assert!(is_str_or_null(&l["country_code"]), "{l}");
        assert!(array(l, "mentions").iter().all(is_mention), "{l}");
    }
    for o in array(v, "organizations") {
        assert!(o["name"].is_string(), "organization {o}");
        assert!(array(o, "mentions").iter().all(is_mention), "{o}");
    }
    for q in array(v, "quotes") {
        assert!(
            matches!(q["kind"].as_str(), Some("direct" | "mixed" | "indirect")),
            "quote kind {q}"
        );
        assert!(is_mention(q), "quote {q}");
        assert!(q["cue"].is_null() || is_mention(&q["cue"]), "cue {q}");
        let s = &q["speaker"];
        assert!(
            s.is_null() || (is_mention(s) && is_str_or_null(&s["person"])),
            "speaker {q}"
        );
    }
}

pub fn check_bytes(bytes: &[u8]) {
    match (std::str::from_utf8(bytes), dateline::extract_bytes(bytes)) {
        (Ok(s), Ok(a)) => assert!(a == check_article(s), "extract_bytes differs from extract"),
        (Err(e), Err(err)) => {
            let offset = e.valid_up_to();
            assert_eq!(err.kind(), &ErrorKind::InvalidUtf8 { offset });
            assert!(err.to_string().contains(&offset.to_string()));
        }
        (Ok(_), Err(err)) => panic!("valid UTF-8 rejected: {err}"),
        (Err(e), Ok(_)) => panic!("invalid UTF-8 accepted: {e}"),
    }
}

/// Every span-like JSON object (`start`, `end`, maybe `text`) names a slice
/// of `text` on char boundaries, and its `text` equals that slice.
fn assert_json_spans(text: &str, v: &Value) {
    match v {
        Value::Object(m) => {
            if let (Some(s), Some(e)) = (m.get("start"), m.get("end")) {
                let (s, e) = (
                    s.as_u64().expect("start is an offset") as usize,
                    e.as_u64().expect("end is an offset") as usize,
                );
                assert!(s <= e, "span {s}..{e} ends before it starts");
                let slice = text
                    .get(s..e)
                    .unwrap_or_else(|| panic!("span {s}..{e} not on char boundaries of the text"));
                if let Some(t) = m.get("text") {
                    assert_eq!(t.as_str(), Some(slice), "text of span {s}..{e}");
                }
            }
            m.values().for_each(|x| assert_json_spans(text, x));
        }
        Value::Array(a) => a.iter().for_each(|x| assert_json_spans(text, x)),
        _ => {}
    }
}
