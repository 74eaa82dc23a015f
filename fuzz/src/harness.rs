//! The invariants dateline promises on any input, checked by the fuzz
//! targets, by `tests/robustness.rs` (which includes this file by path) and
//! by the `replay` binary.
//!
//! Self-contained: it uses only `dateline`, `serde_json` and `std`, so it
//! compiles both in the fuzz crate and in the main crate's tests.
#![allow(dead_code)]

use dateline::{Article, Entry, EntryKind, Error, ErrorKind, Gazetteer, Match, Span};
use serde_json::Value;

/// The fuzz target `extract`: any bytes, decoded lossily.
pub fn extract(data: &[u8]) {
    check_article(&String::from_utf8_lossy(data));
}

/// The fuzz target `extract_bytes`.
pub fn extract_bytes(data: &[u8]) {
    check_bytes(data);
}

/// The fuzz target `gazetteer_tsv`: any bytes (decoded lossily) as a
/// user's gazetteer TSV. Either a typed error that names the source, a line
/// of the text and a column within it, or a gazetteer whose every entry can
/// be looked up and whose matches (over the TSV text itself and over every
/// name) keep the matcher's promises.
pub fn gazetteer_tsv(data: &[u8]) {
    const SOURCE: &str = "fuzz.tsv";
    let text = String::from_utf8_lossy(data);
    let mut builder = Gazetteer::builder();
    builder.include_embedded(false);
    builder.fold_diacritics(!data.first().is_some_and(|b| b & 1 == 1));
    if let Err(e) = builder.add_tsv(SOURCE, &text) {
        check_tsv_error(&e, SOURCE, &text);
        return;
    }
    let g = match builder.build() {
        Ok(g) => g,
        Err(e) => {
            check_tsv_error(&e, SOURCE, &text);
            return;
        }
    };
    for (id, entry) in g.entries() {
        assert_eq!(g.get(entry.id()).map(|i| g.entry(i).id()), Some(entry.id()));
        assert!(id.as_usize() < g.len());
        check_matches(&g, entry.name());
        // An entry found only before its region is found through it.
        match entry.region().filter(|_| entry.region_required()) {
            Some(region) => {
                let region = g.get(region).expect("a region names an entry");
                assert!(
                    g.find_in_region(entry.name(), region).is_some(),
                    "{:?} is not found in its region",
                    entry.name()
                );
            }
            None => check_finds_itself(&g, entry.name()),
        }
    }
    check_matches(&g, &text);
}

/// The fuzz target `find_iter`: user patterns and a haystack.
///
/// Input: a flags byte, then text (decoded lossily) split at the first NUL
/// into patterns (one entry per line, aliases after `|`) and the haystack
/// (the patterns' own text when there is no NUL). Flags: bit 0 turns
/// diacritic folding off, bit 1 adds names as given (invalid ones must give
/// a typed error), bit 2 makes entries organizations, bit 3 matches the
/// haystack with the embedded gazetteer as well.
pub fn find_iter(data: &[u8]) {
    let Some((&flags, rest)) = data.split_first() else {
        return;
    };
    let text = String::from_utf8_lossy(rest);
    let (patterns, haystack) = text.split_once('\0').unwrap_or((&text, &text));
    let kind = if flags & 4 != 0 {
        EntryKind::Organization
    } else {
        EntryKind::City
    };
    let valid = |n: &&str| {
        flags & 2 != 0 || n.starts_with(|c: char| c.is_alphanumeric() && !is_attached(c))
    };
    let mut builder = Gazetteer::builder();
    builder
        .include_embedded(false)
        .fold_diacritics(flags & 1 == 0);
    for (i, line) in patterns.split('\n').take(64).enumerate() {
        let mut names = line.split('|').filter(valid);
        let Some(name) = names.next() else { continue };
        let mut entry = Entry::new(format!("e{i}"), name, kind).with_population(i as u64 % 3);
        // (An alias with a tab is a typed error by contract, as in a TSV
        // line: only the invalid-names mode adds one.)
        for alias in names.filter(|a| flags & 2 != 0 || !a.contains('\t')) {
            entry = entry.with_alias(alias);
        }
        builder.add(entry);
    }
    match builder.build() {
        Ok(g) => {
            check_matches(&g, haystack);
            for (_, entry) in g.entries() {
                for name in entry.names() {
                    check_finds_itself(&g, name);
                }
            }
        }
        Err(e) => {
            assert!(flags & 2 != 0, "valid names rejected: {e}");
            match e.kind() {
                ErrorKind::Gazetteer {
                    source_name,
                    message,
                    ..
                } => {
                    assert_eq!(source_name, "<code>");
                    assert!(!message.is_empty());
                }
                other => panic!("not a gazetteer error: {other:?}"),
            }
        }
    }
    if flags & 8 != 0 {
        check_matches(Gazetteer::embedded(), haystack);
    }
}

/// Runs the harness of fuzz target `target` on `data`; `false` when there
/// is no such target.
pub fn run(target: &str, data: &[u8]) -> bool {
    match target {
        "extract" => extract(data),
        "extract_bytes" => extract_bytes(data),
        "gazetteer_tsv" => gazetteer_tsv(data),
        "find_iter" => find_iter(data),
        _ => return false,
    }
    true
}

/// The fuzz targets [`run`] knows.
pub const TARGETS: &[&str] = &["extract", "extract_bytes", "gazetteer_tsv", "find_iter"];

/// A gazetteer error about `text` from source `source`: typed, naming the
/// source, a line of the text and a column within (or just past) it.
pub fn check_tsv_error(e: &Error, source: &str, text: &str) {
    let ErrorKind::Gazetteer {
        source_name,
        line,
        column,
        message,
    } = e.kind()
    else {
        panic!("not a gazetteer error: {e:?}");
    };
    assert_eq!(source_name, source, "{e}");
    assert!(!message.is_empty() && !message.ends_with('.'), "{e}");
    let Some(l) = text.split('\n').nth(line.wrapping_sub(1)) else {
        panic!("{e}: line {line} is not a line of the text");
    };
    let chars = l.strip_suffix('\r').unwrap_or(l).chars().count();
    assert!(
        *column >= 1 && *column <= chars + 1,
        "{e}: column {column} outside line {line} ({chars} chars)"
    );
    assert_eq!(
        e.to_string(),
        format!("{source}:{line}:{column}: {message}")
    );
}

/// The matcher's promises on `haystack`: spans on char boundaries, in
/// order, disjoint; whole words; no character cut from its marks; the case
/// rules; the match names an entry and one of its names; the same matches
/// every time.
pub fn check_matches(g: &Gazetteer, haystack: &str) {
    let matches: Vec<Match> = g.find_iter(haystack).collect();
    let again: Vec<Match> = g.find_iter(haystack).collect();
    assert!(matches == again, "find_iter differs between runs");
    let mut last_end = 0;
    for m in &matches {
        let span = m.span();
        let Some(found) = span.get(haystack) else {
            panic!("match {span:?} not on char boundaries of the haystack");
        };
        assert!(!found.is_empty(), "empty match at {span:?}");
        assert!(
            span.start() >= last_end,
            "matches overlap or go back at {span:?}"
        );
        last_end = span.end();
        let before = haystack[..span.start()].chars().next_back();
        assert!(
            !before.is_some_and(is_word_char),
            "match {found:?} at {span:?} starts inside a word"
        );
        if found.ends_with(is_word_char) {
            let after = haystack[span.end()..].chars().next();
            assert!(
                !after.is_some_and(is_word_char),
                "match {found:?} at {span:?} ends inside a word"
            );
        }
        assert_whole_graphemes(haystack, span, "match");
        let entry = g.entry(m.entry());
        let name = g.matched_name(m);
        assert_eq!(entry.name_at(m.name_index()), Some(name));
        assert!(
            g.candidates(m).next() == Some(m.entry()),
            "the first candidate is not the match's entry"
        );
        // "a capitalised name never matches a lower-case word"
        if name.starts_with(char::is_uppercase) {
            assert!(
                !found.starts_with(char::is_lowercase),
                "{name:?} matched lower-case {found:?}"
            );
        }
        // "a name in capitals matches only capitals"
        let first_word: String = name.chars().take_while(|&c| is_word_char(c)).collect();
        if first_word.chars().filter(|c| c.is_uppercase()).count() >= 2
            && !first_word.chars().any(char::is_lowercase)
        {
            let found_first: String = found.chars().take_while(|&c| is_word_char(c)).collect();
            assert!(
                !found_first.chars().any(char::is_lowercase),
                "{name:?} in capitals matched {found:?}"
            );
        }
    }
}

/// A plain name (capitalised ASCII words, single spaces) standing alone is
/// found, whole.
fn check_finds_itself(g: &Gazetteer, name: &str) {
    let plain = !name.is_empty()
        && name.len() <= 64
        && name.split(' ').all(|w| {
            let mut c = w.chars();
            c.next().is_some_and(|c| c.is_ascii_uppercase()) && c.all(|c| c.is_ascii_lowercase())
        });
    if !plain {
        return;
    }
    let m = g.find_iter(name).next();
    assert_eq!(
        m.map(|m| m.span().range()),
        Some(0..name.len()),
        "{name:?} alone is not found whole"
    );
}

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

/// Whether `c` belongs to the character before it: a combining mark or a
/// zero-width joiner (the marks the crate's tokenizer keeps inside words).
fn is_attached(c: char) -> bool {
    matches!(c,
        '\u{0300}'..='\u{036F}' | '\u{1AB0}'..='\u{1AFF}' | '\u{1DC0}'..='\u{1DFF}'
        | '\u{20D0}'..='\u{20FF}' | '\u{FE20}'..='\u{FE2F}' | '\u{200D}')
}

/// Whether `c` continues a word (the tokenizer's rule).
fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_attached(c)
}

/// A mention must not cut a letter or digit off from the marks attached to
/// it: it neither starts with a mark that follows a letter, nor ends with a
/// letter that a mark follows. (A stray mark after a space or punctuation is
/// noise a mention may start with or leave out.)
fn assert_whole_graphemes(text: &str, span: Span, what: &str) {
    let s = span.get(text).expect("mention on char boundaries");
    let before = text[..span.start()].chars().next_back();
    let after = text[span.end()..].chars().next();
    let cuts_start = s.starts_with(is_attached) && before.is_some_and(is_word_char);
    let cuts_end = s.ends_with(is_word_char) && after.is_some_and(is_attached);
    assert!(
        !cuts_start && !cuts_end,
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
