//! Integration tests: the gazetteer as users see it — the TSV format and its
//! errors, building, the embedded default, and matching through the public
//! API only.

use dateline::{Coordinates, Entry, EntryKind, ErrorKind, Gazetteer, GazetteerBuilder};

/// A builder without the embedded data.
fn empty() -> GazetteerBuilder {
    let mut b = Gazetteer::builder();
    b.include_embedded(false);
    b
}

const COMPANIES: &str = "\
# a user's companies
id\tname\tkind\tcountry_code\tpopulation\tlatitude\tlongitude\taliases
acme\tAcme Corporation\torganization\tUS\t\t40.7128\t-74.006\tAcme|ACME Corp
globex\tGlobex\torganization\t\t\t\t\t
initech\tInitech Systems\torganization\tUS\t1200\t\t\tInitech
";

#[test]
fn tsv_loads_every_column() {
    let g = empty()
        .add_tsv("companies", COMPANIES)
        .unwrap()
        .build()
        .unwrap();
    assert_eq!(g.len(), 3);
    let acme = g.entry(g.get("acme").unwrap());
    assert_eq!(acme.name(), "Acme Corporation");
    assert_eq!(acme.kind(), EntryKind::Organization);
    assert_eq!(acme.country_code(), Some("US"));
    let c = acme.coordinates().unwrap();
    assert!((c.latitude - 40.7128).abs() < 1e-4 && (c.longitude + 74.006).abs() < 1e-4);
    assert_eq!(acme.aliases().collect::<Vec<_>>(), ["Acme", "ACME Corp"]);
    let globex = g.entry(g.get("globex").unwrap());
    assert_eq!(globex.country_code(), None);
    assert_eq!(globex.coordinates(), None);
    assert_eq!(globex.aliases().count(), 0);
    assert_eq!(g.entry(g.get("initech").unwrap()).population(), 1200);
}

#[test]
fn tsv_region_column_is_optional_and_names_an_entry() {
    let tsv = "id\tname\tkind\tcountry_code\tpopulation\tlatitude\tlongitude\taliases\tregion\n\
               st\tNorth State\tadmin_region\tUS\t\t\t\tNorthland\t\n\
               a\tAlbury\tcity\tUS\t900\t\t\tAlbury Town|Old Albury\tst\n\
               b\tBrill\tcity\tUS\t\t\t\t\tst\n\
               c\tCarne\tcity\tUS\t\t\t\t\n";
    let g = empty().add_tsv("regions", tsv).unwrap().build().unwrap();
    let get = |id: &str| g.entry(g.get(id).unwrap());
    assert_eq!(get("a").region(), Some("st"));
    assert_eq!(
        get("a").aliases().collect::<Vec<_>>(),
        ["Albury Town", "Old Albury"]
    );
    assert_eq!(get("b").region(), Some("st"));
    assert_eq!(get("b").aliases().count(), 0);
    assert_eq!(get("c").region(), None);
    assert_eq!(get("st").region(), None);
    assert_eq!(get("st").aliases().collect::<Vec<_>>(), ["Northland"]);

    let err = empty()
        .add_tsv("bad.tsv", "# x\na\tA\tcity\t\t\t\t\t\tnowhere\n")
        .unwrap()
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "bad.tsv:2:15: unknown region `nowhere` in entry `a` (no entry has that id)"
    );
}

#[test]
fn an_entry_needing_its_region_is_found_only_through_it() {
    let tsv = "st\tNorth State\tadmin_region\tUS\t\t\t\t\t\t\n\
               other\tSouth State\tadmin_region\tUS\t\t\t\t\t\n\
               hope\tHope\tcity\tUS\t900\t\t\tHope Town\tst\twith_region\n\
               hope2\tHope\tcity\tUS\t5000\t\t\t\tst\twith_region\n\
               hope3\tHope\tcity\tUS\t9000\t\t\t\tother\n";
    let g = empty().add_tsv("towns", tsv).unwrap().build().unwrap();
    let st = g.get("st").unwrap();
    let hope = g.entry(g.get("hope").unwrap());
    assert!(hope.region_required());
    assert_eq!(hope.region(), Some("st"));
    assert_eq!(hope.aliases().collect::<Vec<_>>(), ["Hope Town"]);
    // The matcher finds only the entry that needs no region.
    let found: Vec<&str> = g
        .find_iter("Hope and Hope Town")
        .map(|m| g.entry(m.entry()).id())
        .collect();
    assert_eq!(found, ["hope3", "hope3"]);
    // Through its region: the most populous of that name, by any name.
    let in_st = |name: &str| g.find_in_region(name, st).map(|id| g.entry(id).id());
    assert_eq!(in_st("HOPE"), Some("hope2"));
    assert_eq!(in_st("Hope Town"), Some("hope"));
    assert_eq!(in_st("Faith"), None);
    // An ordinary entry in the region is found too.
    let in_other = g.find_in_region("Hope", g.get("other").unwrap());
    assert_eq!(in_other.map(|id| g.entry(id).id()), Some("hope3"));
}

#[test]
fn entry_region_and_aliases_are_independent() {
    let e = Entry::new("t", "Town", EntryKind::City)
        .with_alias("Old Town")
        .with_region("admin:US-maine")
        .with_alias("")
        .with_alias("Townsville");
    assert_eq!(e.region(), Some("admin:US-maine"));
    assert_eq!(
        e.aliases().collect::<Vec<_>>(),
        ["Old Town", "", "Townsville"]
    );
    let e = e.with_region("admin:US-oregon");
    assert_eq!(e.region(), Some("admin:US-oregon"));
    let e = e.with_region("");
    assert_eq!(e.region(), None);
    assert_eq!(e.aliases().count(), 3);
}

#[test]
fn tsv_accepts_crlf_blank_lines_and_comments() {
    let tsv = "# c\r\n\r\nacme\tAcme\torganization\t\t\t\t\t\r\n   \n# end\n";
    let g = empty().add_tsv("crlf", tsv).unwrap().build().unwrap();
    assert_eq!(g.entry(g.get("acme").unwrap()).name(), "Acme");
}

/// `(tsv, line, column, message)`
const TSV_ERRORS: &[(&str, usize, usize, &str)] = &[
    ("a\tA\tcity\n", 1, 1, "expected 8 to 10 tab-separated columns, found 3"),
    ("a\tA\tcity\t\t\t\t\t\t\t\t\n", 1, 1, "expected 8 to 10 tab-separated columns, found 11"),
    ("a\tA\tcity\t\t\t\t\t\tst\talways\n", 1, 18, "unknown match rule `always` (expected `with_region` or nothing)"),
    ("a\tA\tcity\t\t\t\t\t\t\twith_region\n", 1, 16, "`with_region` needs a region"),
    ("# ok\nok\tOk\tcity\t\t\t\t\t\n\tA\tcity\t\t\t\t\t\n", 3, 1, "empty id"),
    ("a\t\tcity\t\t\t\t\t\n", 1, 3, "empty name"),
    (
        "a\tA\ttown\t\t\t\t\t\n",
        1,
        5,
        "unknown kind `town` (expected one of country, admin_region, city, continent, region, organization, demonym)",
    ),
    ("a\tA\tcity\tba\t\t\t\t\n", 1, 10, "invalid country code `ba` (expected two upper-case letters)"),
    ("a\tA\tcity\tBIH\t\t\t\t\n", 1, 10, "invalid country code `BIH` (expected two upper-case letters)"),
    ("a\tA\tcity\t\tmany\t\t\t\n", 1, 11, "bad population `many` (expected an integer)"),
    ("a\tA\tcity\t\t-5\t\t\t\n", 1, 11, "bad population `-5` (expected an integer)"),
    ("a\tA\tcity\t\t\t91\t0\t\n", 1, 12, "bad latitude `91` (expected decimal degrees within ±90)"),
    ("a\tA\tcity\t\t\t1\teast\t\n", 1, 14, "bad longitude `east` (expected decimal degrees within ±180)"),
    ("a\tA\tcity\t\t\t1\t\t\n", 1, 14, "latitude without longitude"),
    ("a\tA\tcity\t\t\t\t1\t\n", 1, 12, "longitude without latitude"),
    ("a\tA\tcity\t\t\t\t\tB||C\n", 1, 16, "empty alias"),
    ("a\tA\tcity\t\t\t\t\tB|\n", 1, 16, "empty alias"),
    ("a\t-A\tcity\t\t\t\t\t\n", 1, 3, "name `-A` must start with a letter or digit"),
    ("a\tA\tcity\t\t\t\t\tB|’C\n", 1, 16, "alias `’C` must start with a letter or digit"),
    // Columns count characters, not bytes.
    ("ž\tŽ\tcity\tzz\t\t\t\t\n", 1, 10, "invalid country code `zz` (expected two upper-case letters)"),
];

#[test]
fn tsv_errors_name_source_line_and_column() {
    for &(tsv, line, column, message) in TSV_ERRORS {
        let err = empty().add_tsv("test.tsv", tsv).map(|_| ()).unwrap_err();
        assert_eq!(
            err.kind(),
            &ErrorKind::Gazetteer {
                source_name: "test.tsv".to_string(),
                line,
                column,
                message: message.to_string(),
            },
            "{tsv:?}"
        );
        assert_eq!(
            err.to_string(),
            format!("test.tsv:{line}:{column}: {message}")
        );
    }
}

#[test]
fn tsv_error_adds_nothing() {
    let mut b = empty();
    let bad = "good\tGood\tcity\t\t\t\t\t\nbad\tBad\n";
    assert!(b.add_tsv("bad", bad).is_err());
    assert!(b.build().unwrap().is_empty());
}

#[test]
fn duplicate_ids_are_errors() {
    let err = empty()
        .add_tsv("one.tsv", "a\tA\tcity\t\t\t\t\t\n")
        .unwrap()
        .add_tsv(
            "two.tsv",
            "# x\nb\tB\tcity\t\t\t\t\t\na\tA2\tcity\t\t\t\t\t\n",
        )
        .unwrap()
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "two.tsv:3:1: duplicate id `a` (first defined at one.tsv:1)"
    );

    let err = empty()
        .add(Entry::new("x", "X", EntryKind::City))
        .add(Entry::new("x", "Y", EntryKind::City))
        .build()
        .unwrap_err();
    assert_eq!(
        err.to_string(),
        "<code>:0:1: duplicate id `x` (first defined at <code>:0)"
    );
}

#[test]
fn entries_added_in_code_are_checked() {
    let cases = [
        (
            Entry::new("", "X", EntryKind::City),
            "<code>:0:1: empty id (entry named `X`)",
        ),
        (
            Entry::new("x", "", EntryKind::City),
            "<code>:0:1: empty name in entry `x`",
        ),
        (
            Entry::new("x", "X", EntryKind::City)
                .with_alias("Y")
                .with_alias(""),
            "<code>:0:1: empty alias in entry `x`",
        ),
        (
            Entry::new("x", "X", EntryKind::City).with_alias(""),
            "<code>:0:1: empty alias in entry `x`",
        ),
        (
            Entry::new("x", "(X)", EntryKind::City),
            "<code>:0:1: name `(X)` of entry `x` must start with a letter or digit",
        ),
        (
            Entry::new("x", "X", EntryKind::City).with_alias("Y\tZ"),
            "<code>:0:1: an alias of entry `x` holds a tab",
        ),
        (
            Entry::new("x", "X", EntryKind::City).with_region("nowhere"),
            "<code>:0:1: unknown region `nowhere` in entry `x` (no entry has that id)",
        ),
        (
            Entry::new("x", "X", EntryKind::City).with_region_required(true),
            "<code>:0:1: entry `x` is found only before its region but has none",
        ),
    ];
    for (entry, message) in cases {
        let err = empty().add(entry).build().unwrap_err();
        assert_eq!(err.to_string(), message);
    }
}

#[test]
fn tsv_file_errors() {
    let dir = std::env::temp_dir().join(format!("dateline-gazetteer-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();

    let bad_utf8 = dir.join("latin1.tsv");
    std::fs::write(
        &bad_utf8,
        b"ok\tOk\tcity\t\t\t\t\t\nx\tZ\xfcrich\tcity\t\t\t\t\t\n",
    )
    .unwrap();
    let err = empty().add_tsv_file(&bad_utf8).map(|_| ()).unwrap_err();
    match err.kind() {
        ErrorKind::Gazetteer {
            source_name,
            line,
            column,
            message,
        } => {
            assert!(source_name.ends_with("latin1.tsv"));
            assert_eq!((*line, *column, message.as_str()), (2, 4, "invalid UTF-8"));
        }
        other => panic!("{other:?}"),
    }

    let good = dir.join("good.tsv");
    std::fs::write(&good, COMPANIES).unwrap();
    let g = empty().add_tsv_file(&good).unwrap().build().unwrap();
    assert_eq!(g.len(), 3);

    let missing = dir.join("missing.tsv");
    let err = empty().add_tsv_file(&missing).map(|_| ()).unwrap_err();
    assert!(matches!(err.kind(), ErrorKind::Io { path, .. } if path.ends_with("missing.tsv")));
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn builder_options_have_documented_defaults() {
    // fold_diacritics: true
    let g = empty()
        .add(Entry::new("k", "Krišto", EntryKind::City))
        .build()
        .unwrap();
    assert_eq!(g.find_iter("Kristo").count(), 1);
    // include_embedded: true with the `embedded-data` feature
    let with_default = Gazetteer::builder().build().unwrap();
    assert_eq!(with_default.len(), Gazetteer::embedded().len());
    assert_eq!(
        GazetteerBuilder::default().build().unwrap().len(),
        with_default.len()
    );
}

#[test]
fn user_entries_extend_the_default() {
    let g = Gazetteer::builder()
        .add_tsv("companies", COMPANIES)
        .unwrap()
        .build()
        .unwrap();
    assert_eq!(g.len(), Gazetteer::embedded().len() + 3);
    let text = "ACME Corp shares rose on Tuesday.";
    let m = g.find_iter(text).next().unwrap();
    assert_eq!(&text[m.span().range()], "ACME Corp");
    assert_eq!(g.entry(m.entry()).id(), "acme");
    assert_eq!(g.matched_name(&m), "ACME Corp");
    // Embedded ids come first; user ids after.
    let (last, _) = g.entries().last().unwrap();
    assert_eq!(g.entry(last).id(), "initech");
}

#[cfg(feature = "embedded-data")]
#[test]
fn embedded_default_is_valid_and_finds_places() {
    let g = Gazetteer::embedded();
    assert!(!g.is_empty());
    // Every id is unique and found by `get`; every name is found by
    // `find_name`.
    for (id, entry) in g.entries() {
        assert_eq!(g.get(entry.id()), Some(id), "{}", entry.id());
        // (Or, for the towns found only before their region, by
        // `find_in_region`.)
        for name in entry.names() {
            let found = match entry.region().filter(|_| entry.region_required()) {
                Some(region) => g.find_in_region(name, g.get(region).unwrap()).is_some(),
                None => g.find_name(name).any(|c| c == id),
            };
            assert!(found, "{name}");
        }
        if let Some(cc) = entry.country_code() {
            assert!(cc.len() == 2 && cc.bytes().all(|b| b.is_ascii_uppercase()));
        }
    }
    let text = "PARIS – Officials from France and Serbia met in Paris on Monday.";
    let found: Vec<&str> = g.find_iter(text).map(|m| &text[m.span().range()]).collect();
    assert_eq!(found, ["PARIS", "France", "Serbia", "Paris"]);
}

#[test]
fn embedded_is_built_once_and_clones_share() {
    let a = Gazetteer::embedded();
    let b = Gazetteer::embedded();
    assert!(std::ptr::eq(a, b));
    let c = a.clone();
    assert_eq!(c.len(), a.len());
}

#[test]
fn entry_builder_methods() {
    let e = Entry::new("x", "X", EntryKind::Region)
        .with_country_code("XK")
        .with_population(7)
        .with_coordinates(Coordinates::new(1.5, -2.25))
        .with_alias("Ex");
    assert_eq!(e.country_code(), Some("XK"));
    assert_eq!(e.population(), 7);
    assert_eq!(e.coordinates(), Some(Coordinates::new(1.5, -2.25)));
    assert_eq!(e.name_at(1), Some("Ex"));
    assert_eq!(e.name_at(2), None);
    assert_eq!(
        EntryKind::from_name(EntryKind::Demonym.as_str()),
        Some(EntryKind::Demonym)
    );
    assert!(EntryKind::City.is_place() && !EntryKind::Organization.is_place());
}

#[test]
fn an_invalid_country_code_in_code_fails_the_build() {
    for code in ["not a code", "fr", "F", "FRA", ""] {
        let bad = Entry::new("x", "X", EntryKind::City).with_country_code(code);
        assert_eq!(bad.country_code(), None);
        let mut b = Gazetteer::builder();
        b.include_embedded(false).add(bad);
        let err = b.build().unwrap_err();
        match err.kind() {
            ErrorKind::Gazetteer { message, line, .. } => {
                assert!(message.contains("invalid country code"), "{message}");
                assert!(message.contains("`x`"), "{message}");
                assert_eq!(*line, 0);
            }
            other => panic!("{code:?}: {other:?}"),
        }
    }
}

/// The matching rules through the public API, on a small gazetteer: each
/// case is `(text, [matched text])`.
#[test]
fn matching_rules() {
    let g = empty()
        .add(Entry::new("ba", "Bosnia and Herzegovina", EntryKind::Country).with_alias("Bosnia"))
        .add(Entry::new("nyc", "New York City", EntryKind::City).with_alias("New York"))
        .add(Entry::new("tr", "Turkey", EntryKind::Country))
        .add(Entry::new("eu", "European Union", EntryKind::Organization).with_alias("EU"))
        .add(Entry::new("rs", "Serbia", EntryKind::Country))
        .add(Entry::new("rsd", "Serbian", EntryKind::Demonym))
        .build()
        .unwrap();
    let cases: &[(&str, &[&str])] = &[
        ("Bosnia and Herzegovina", &["Bosnia and Herzegovina"]),
        ("New York City and New York", &["New York City", "New York"]),
        ("Serbian and Serbia", &["Serbian", "Serbia"]),
        ("an EU-led mission", &["EU"]),
        ("turkey for dinner in Turkey", &["Turkey"]),
        ("eu", &[]),
        ("TURKEY", &["TURKEY"]),
    ];
    for &(text, expected) in cases {
        let got: Vec<&str> = g.find_iter(text).map(|m| &text[m.span().range()]).collect();
        assert_eq!(got, expected, "{text:?}");
    }
}

#[test]
fn spans_always_slice_the_text() {
    let g = Gazetteer::embedded();
    let texts = [
        "İZMİR — Łódź, Vučić’s «Sarajevo» and BiH.",
        "\u{feff}Paris\u{301}\u{0} Serbia\r\n\r\nFrance",
        "ẞ ß ǅ ǈ ǋ ΐ ﬁ Ⅻ",
    ];
    for text in texts {
        for m in g.find_iter(text) {
            assert!(text.get(m.span().range()).is_some(), "{text:?} {m:?}");
        }
    }
}

mod properties {
    use dateline::{Entry, EntryKind, Gazetteer};
    use proptest::prelude::*;

    /// Pieces of news text: names in several spellings, near misses, and
    /// separators that fold or change byte lengths.
    const PIECES: &[&str] = &[
        "Bosnia",
        "and",
        "Herzegovina",
        "BOSNIA",
        "Bosnian",
        "New",
        "York",
        "City",
        "york",
        "Vučić",
        "Vucic",
        "VUČIĆ",
        "Vuc\u{30c}ic\u{301}",
        "İzmir",
        "IZMIR",
        "Łódź",
        "al",
        "-",
        "Qaeda",
        "the",
        "Balkans",
        "NATO",
        "Nato",
        "’s",
        "'s",
        "’",
        " ",
        "  ",
        "\n",
        "\n\n",
        ".",
        ",",
        "«",
        "»",
        "—",
        "ß",
        "Straße",
        "Real",
        "Madrid",
        "trio",
        "Rio",
        "x",
        "\u{a0}",
        "🙂",
    ];

    fn gazetteer() -> Gazetteer {
        Gazetteer::builder()
            .include_embedded(false)
            .add(
                Entry::new("ba", "Bosnia and Herzegovina", EntryKind::Country).with_alias("Bosnia"),
            )
            .add(Entry::new("nyc", "New York City", EntryKind::City).with_alias("New York"))
            .add(Entry::new("vucic", "Vučić", EntryKind::Organization))
            .add(Entry::new("izmir", "İzmir", EntryKind::City))
            .add(Entry::new("lodz", "Łódź", EntryKind::City))
            .add(Entry::new("qaeda", "al-Qaeda", EntryKind::Organization))
            .add(Entry::new("balkans", "Balkans", EntryKind::Region).with_alias("the Balkans"))
            .add(Entry::new("nato", "NATO", EntryKind::Organization))
            .add(Entry::new("strasse", "Straße", EntryKind::City))
            .add(Entry::new("rio", "Rio Real", EntryKind::City))
            .add(Entry::new("real", "Real Madrid", EntryKind::Organization))
            .build()
            .unwrap()
    }

    proptest! {
        #[test]
        fn matches_are_ordered_disjoint_and_name_their_entry(
            pieces in proptest::collection::vec(proptest::sample::select(PIECES), 0..40),
            sep in proptest::collection::vec(proptest::sample::select(&[" ", "", "-", "\n"][..]), 40),
        ) {
            let mut text = String::new();
            for (i, p) in pieces.iter().enumerate() {
                text.push_str(p);
                text.push_str(sep[i]);
            }
            let g = gazetteer();
            let mut last_end = 0;
            for m in g.find_iter(&text) {
                let slice = text.get(m.span().range());
                prop_assert!(slice.is_some(), "span off char boundaries");
                prop_assert!(m.start() >= last_end && m.start() < m.end());
                last_end = m.end();
                // The matched text, folded, is a name of the entry.
                let slice = slice.unwrap_or("");
                prop_assert!(
                    g.find_name(slice).any(|id| id == m.entry()),
                    "{slice:?} is not a name of {}", g.entry(m.entry()).id()
                );
            }
        }
    }
}
