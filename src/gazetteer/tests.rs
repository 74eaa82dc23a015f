//! Unit tests of the matcher: one table per rule, then a regression group.

use super::*;

/// A gazetteer of test entries: `(id, name, aliases)`, all cities, no
/// embedded data.
fn gazetteer(entries: &[(&str, &str, &[&str])], fold_diacritics: bool) -> Gazetteer {
    let mut b = Gazetteer::builder();
    b.include_embedded(false).fold_diacritics(fold_diacritics);
    for &(id, name, aliases) in entries {
        let mut e = Entry::new(id, name, EntryKind::City);
        for a in aliases {
            e = e.with_alias(a);
        }
        b.add(e);
    }
    b.build().unwrap()
}

const ENTRIES: &[(&str, &str, &[&str])] = &[
    (
        "ba",
        "Bosnia and Herzegovina",
        &["Bosnia", "BiH", "Bosnia-Herzegovina"],
    ),
    ("rs", "Serbia", &[]),
    ("nyc", "New York City", &["New York"]),
    ("york", "York", &[]),
    ("nice", "Nice", &[]),
    ("tr", "Turkey", &[]),
    ("td", "Chad", &[]),
    ("reading", "Reading", &[]),
    ("mobile", "Mobile", &[]),
    ("split", "Split", &[]),
    ("eu", "European Union", &["EU"]),
    ("nato", "North Atlantic Treaty Organization", &["NATO"]),
    ("us", "United States", &["US", "U.S."]),
    ("kucera", "Tomas Kučera", &["Kučera"]),
    ("kovar", "Kovář", &[]),
    ("izmir", "İzmir", &[]),
    ("lodz", "Łódź", &[]),
    ("sarajevo", "Sarajevo", &[]),
    ("rio", "Rio Real", &[]),
    ("real", "Real Madrid", &[]),
    ("civ", "Côte d'Ivoire", &["Ivory Coast"]),
    ("qaeda", "al-Qaeda", &[]),
    ("unsc", "UN Security Council", &[]),
    ("g20", "G20", &[]),
    ("koln", "Köln", &["Cologne"]),
    ("munchen", "München", &[]),
    ("hague", "The Hague", &[]),
];

/// `(text, [(matched text, entry id)])`
type Case = (&'static str, &'static [(&'static str, &'static str)]);

/// Runs `cases` on the test entries twice: with a lower-case-initial name
/// ("al-Qaeda", whose prefix is checked backwards from "Qaeda") and without
/// it.
fn run_both(fold_diacritics: bool, cases: &[Case]) {
    let with_prefixed = gazetteer(ENTRIES, fold_diacritics);
    assert!(with_prefixed.inner.prefixes.len() > 1);
    run(&with_prefixed, cases);
    let capitals: Vec<_> = ENTRIES.iter().copied().filter(|e| e.0 != "qaeda").collect();
    let without = gazetteer(&capitals, fold_diacritics);
    assert_eq!(without.inner.prefixes.len(), 1);
    run(&without, cases);
}

fn run(g: &Gazetteer, cases: &[Case]) {
    for &(text, expected) in cases {
        let got: Vec<(&str, &str)> = g
            .find_iter(text)
            .map(|m| {
                let slice = &text[m.span().range()];
                (slice, g.entry(m.entry()).id())
            })
            .collect();
        assert_eq!(got, expected, "text: {text:?}");
    }
}

#[test]
fn leftmost_longest() {
    run_both(
        true,
        &[
            (
                "Bosnia and Herzegovina signed.",
                &[("Bosnia and Herzegovina", "ba")],
            ),
            ("Bosnia signed.", &[("Bosnia", "ba")]),
            (
                "Bosnia and Serbia signed.",
                &[("Bosnia", "ba"), ("Serbia", "rs")],
            ),
            ("New York City police", &[("New York City", "nyc")]),
            ("New York police", &[("New York", "nyc")]),
            ("In York, rain.", &[("York", "york")]),
            (
                "Bosnia-Herzegovina and Serbia",
                &[("Bosnia-Herzegovina", "ba"), ("Serbia", "rs")],
            ),
        ],
    );
}

#[test]
fn whole_words_only() {
    run_both(
        true,
        &[
            ("Serbian officials", &[]),
            ("Nicely done.", &[]),
            ("Sarajevos", &[]),
            ("ASarajevo", &[]),
            ("Sarajevo2", &[]),
            ("EU-led talks", &[("EU", "eu")]),
            ("NATO’s chief", &[("NATO", "nato")]),
            ("NATO's chief", &[("NATO", "nato")]),
            ("(Sarajevo)", &[("Sarajevo", "sarajevo")]),
            ("\"Serbia\"", &[("Serbia", "rs")]),
            ("pro-Serbia rally", &[("Serbia", "rs")]),
            ("Sarajevo.", &[("Sarajevo", "sarajevo")]),
            ("the U.S. said", &[("U.S.", "us")]),
            ("U.S.-backed", &[("U.S.", "us")]),
            ("Ünterserbia", &[]),
            ("O'Serbia", &[]),
            ("Serbia'Nice", &[("Serbia", "rs")]),
            ("G20 summit", &[("G20", "g20")]),
            ("G200 summit", &[]),
        ],
    );
}

#[test]
fn all_caps_and_title_case() {
    run_both(
        true,
        &[
            ("SARAJEVO – Talks", &[("SARAJEVO", "sarajevo")]),
            (
                "BOSNIA AND HERZEGOVINA",
                &[("BOSNIA AND HERZEGOVINA", "ba")],
            ),
            (
                "Bosnia And Herzegovina Votes",
                &[("Bosnia And Herzegovina", "ba")],
            ),
            ("NEW YORK CITY", &[("NEW YORK CITY", "nyc")]),
            ("THE HAGUE", &[("THE HAGUE", "hague")]),
            ("İZMİR", &[("İZMİR", "izmir")]),
            ("ŁÓDŹ", &[("ŁÓDŹ", "lodz")]),
        ],
    );
}

#[test]
fn capitalised_names_skip_lower_case_words() {
    run_both(
        true,
        &[
            ("we ate turkey", &[]),
            ("a chad of paper", &[]),
            ("nice weather", &[]),
            ("reading the mobile phone bill", &[]),
            ("a split decision", &[]),
            ("sarajevo", &[]),
            ("bosnia and herzegovina", &[]),
            ("New york", &[]),
            ("Bosnia and herzegovina", &[("Bosnia", "ba")]),
            ("New York city", &[("New York", "nyc")]),
            ("Turkey and Chad", &[("Turkey", "tr"), ("Chad", "td")]),
            ("the hague", &[]),
        ],
    );
}

#[test]
fn acronyms_match_capitals_only() {
    run_both(
        true,
        &[
            ("the US said", &[("US", "us")]),
            ("let us go", &[]),
            ("Us and them", &[]),
            ("the Eu said", &[]),
            ("Nato forces", &[]),
            ("NATO forces", &[("NATO", "nato")]),
            (
                "the UN Security Council",
                &[("UN Security Council", "unsc")],
            ),
            ("the Un Security Council", &[]),
            ("the u.s. said", &[]),
            ("BIH and BiH", &[("BIH", "ba"), ("BiH", "ba")]),
        ],
    );
}

#[test]
fn diacritics_fold() {
    run_both(
        true,
        &[
            ("President Kucera said", &[("Kucera", "kucera")]),
            ("President Kučera said", &[("Kučera", "kucera")]),
            ("Tomas Kucera said", &[("Tomas Kucera", "kucera")]),
            ("KUČERA", &[("KUČERA", "kucera")]),
            ("Kovar said", &[("Kovar", "kovar")]),
            ("Izmir and İzmir", &[("Izmir", "izmir"), ("İzmir", "izmir")]),
            ("Lodz", &[("Lodz", "lodz")]),
            (
                "Koln or Köln or KÖLN",
                &[("Koln", "koln"), ("Köln", "koln"), ("KÖLN", "koln")],
            ),
            ("Munchen", &[("Munchen", "munchen")]),
            // Decomposed text: "Kuc\u{30c}era".
            ("Kuc\u{30c}era said", &[("Kuc\u{30c}era", "kucera")]),
            (
                "Côte d’Ivoire and Cote d'Ivoire",
                &[("Côte d’Ivoire", "civ"), ("Cote d'Ivoire", "civ")],
            ),
        ],
    );
}

#[test]
fn diacritics_kept_when_not_folding() {
    run_both(
        false,
        &[
            ("President Kucera said", &[]),
            ("President Kučera said", &[("Kučera", "kucera")]),
            ("KUČERA", &[("KUČERA", "kucera")]),
            ("Kovar", &[]),
            ("Łódź and ŁÓDŹ", &[("Łódź", "lodz"), ("ŁÓDŹ", "lodz")]),
        ],
    );
}

#[test]
fn exact_not_approximate() {
    run_both(
        true,
        &[
            ("a trio Real Madrid signed", &[("Real Madrid", "real")]),
            ("Rio Real Madrid", &[("Rio Real", "rio")]),
            (
                "Sarajevo Serbia",
                &[("Sarajevo", "sarajevo"), ("Serbia", "rs")],
            ),
            ("Bosnia andHerzegovina", &[("Bosnia", "ba")]),
            ("New York Cityscape", &[("New York", "nyc")]),
        ],
    );
}

#[test]
fn lower_case_initial_names() {
    let g = gazetteer(
        &[
            ("qaeda", "al-Qaeda", &[]),
            ("balkans", "Balkans", &["the Balkans"]),
            ("peninsula", "Balkans Peninsula", &[]),
            ("camp", "Camp al", &[]),
            ("dpa", "dpa", &[]),
            ("eritrea", "the State of Eritrea", &[]),
        ],
        true,
    );
    run(
        &g,
        &[
            ("fighters of al-Qaeda said", &[("al-Qaeda", "qaeda")]),
            ("Al-Qaeda said", &[("Al-Qaeda", "qaeda")]),
            ("AL-QAEDA", &[("AL-QAEDA", "qaeda")]),
            ("al-qaeda", &[]),
            ("hal-Qaeda", &[]),
            ("al Qaeda", &[]),
            ("in the Balkans today", &[("the Balkans", "balkans")]),
            ("in the\nBalkans", &[("the\nBalkans", "balkans")]),
            ("in the\n\nBalkans", &[("Balkans", "balkans")]),
            ("in THE BALKANS", &[("THE BALKANS", "balkans")]),
            ("in Balkans", &[("Balkans", "balkans")]),
            ("bathe Balkans", &[("Balkans", "balkans")]),
            // Leftmost first: the prefixed name starts earlier.
            ("the Balkans Peninsula", &[("the Balkans", "balkans")]),
            ("Balkans Peninsula", &[("Balkans Peninsula", "peninsula")]),
            // A prefix never overlaps the previous match.
            ("Camp al-Qaeda", &[("Camp al", "camp")]),
            // Names without a capitalised word match only when capitalised.
            ("reported by dpa", &[]),
            ("reported by DPA", &[("DPA", "dpa")]),
            (
                "the State of Eritrea",
                &[("the State of Eritrea", "eritrea")],
            ),
            ("State of Eritrea", &[]),
        ],
    );
    let m = g.find_iter("the Balkans").next().unwrap();
    assert_eq!(g.matched_name(&m), "the Balkans");
    let ids: Vec<_> = g.candidates(&m).map(|id| g.entry(id).id()).collect();
    assert_eq!(ids, ["balkans"]);
    let m = g.find_iter("Balkans").next().unwrap();
    assert_eq!(g.matched_name(&m), "Balkans");
    assert_eq!(g.find_name("al-qaeda").count(), 1);
    assert_eq!(g.find_name("qaeda").count(), 0);
}

#[test]
fn whitespace_inside_names() {
    run_both(
        true,
        &[
            ("New  York City", &[("New  York City", "nyc")]),
            ("New\nYork City", &[("New\nYork City", "nyc")]),
            ("New\u{a0}York", &[("New\u{a0}York", "nyc")]),
            ("New York\n\nCity Hall", &[("New York", "nyc")]),
        ],
    );
}

#[test]
fn spans_are_char_boundaries_in_multibyte_text() {
    let g = gazetteer(ENTRIES, true);
    let text = "«Kučera» – İzmir, Łódź; „Kovář“ … ÇSerbia ẞ Sarajevo ß";
    for m in g.find_iter(text) {
        assert!(text.is_char_boundary(m.start()) && text.is_char_boundary(m.end()));
    }
    let got: Vec<&str> = g.find_iter(text).map(|m| &text[m.span().range()]).collect();
    assert_eq!(got, ["Kučera", "İzmir", "Łódź", "Kovář", "Sarajevo"]);
}

#[test]
fn duplicate_names_are_candidates() {
    let mut b = Gazetteer::builder();
    b.include_embedded(false)
        .add(Entry::new("tx", "Paris", EntryKind::City).with_population(25_000))
        .add(Entry::new("fr", "Paris", EntryKind::City).with_population(2_000_000))
        .add(Entry::new("fr-dup", "Paris", EntryKind::City));
    let g = b.build().unwrap();
    let m = g.find_iter("in Paris today").next().unwrap();
    assert_eq!(g.entry(m.entry()).id(), "fr");
    let ids: Vec<&str> = g.candidates(&m).map(|id| g.entry(id).id()).collect();
    assert_eq!(ids, ["fr", "tx", "fr-dup"]);
    assert_eq!(g.find_name("paris").count(), 3);
    assert_eq!(g.find_name("Pari").count(), 0);
}

#[test]
fn candidates_respect_case_rules() {
    let mut b = Gazetteer::builder();
    b.include_embedded(false)
        .add(Entry::new("us", "United States", EntryKind::Country).with_alias("US"))
        .add(Entry::new("us-town", "Us", EntryKind::City));
    let g = b.build().unwrap();
    let m = g.find_iter("the US said").next().unwrap();
    let ids: Vec<&str> = g.candidates(&m).map(|id| g.entry(id).id()).collect();
    assert_eq!(ids, ["us", "us-town"]);
    let m = g.find_iter("the Us said").next().unwrap();
    let ids: Vec<&str> = g.candidates(&m).map(|id| g.entry(id).id()).collect();
    assert_eq!(ids, ["us-town"]);
    assert_eq!(g.matched_name(&m), "Us");
}

#[test]
fn matched_name_and_index() {
    let g = gazetteer(ENTRIES, true);
    let m = g.find_iter("BiH").next().unwrap();
    assert_eq!(m.name_index(), 2);
    assert_eq!(g.matched_name(&m), "BiH");
    let m = g.find_iter("Kucera").next().unwrap();
    assert_eq!(g.matched_name(&m), "Kučera");
}

#[test]
fn lookups() {
    let g = gazetteer(ENTRIES, true);
    let id = g.get("nyc").unwrap();
    assert_eq!(g.entry(id).name(), "New York City");
    assert_eq!(g.get("zzz"), None);
    assert_eq!(g.get(""), None);
    let named: Vec<EntryId> = g.find_name("new york").collect();
    assert_eq!(named, [id]);
    assert_eq!(g.len(), ENTRIES.len());
}

#[test]
fn empty_gazetteer_finds_nothing() {
    let g = Gazetteer::default();
    assert_eq!(g.find_iter("Sarajevo").count(), 0);
    assert_eq!(g.find_name("Sarajevo").count(), 0);
    let g = gazetteer(&[], true);
    assert_eq!(g.find_iter("Sarajevo").count(), 0);
}

#[test]
fn fold_table_is_consistent() {
    let mut buf = [0u8; fold::MAX_FOLD];
    for (c, want) in [
        ('Č', "c"),
        ('ß', "ss"),
        ('İ', "i"),
        ('ı', "i"),
        ('Ł', "l"),
        ('Ø', "o"),
        ('Ŋ', "n"),
        ('ø', "o"),
        ('’', "'"),
        ('Ω', "ω"),
        ('A', "a"),
    ] {
        let n = fold::fold_char(c, true, &mut buf);
        assert_eq!(&buf[..n], want.as_bytes(), "{c}");
    }
    // Every entry of the tables is lower-case ASCII.
    for s in fold::LATIN.iter().chain(fold::LATIN_ADDITIONAL.iter()) {
        assert!(s.bytes().all(|b| b.is_ascii_lowercase()), "{s:?}");
    }
}

/// Names and texts of every case shape, for the fast paths' checks.
const SHAPES: &[&str] = &[
    "Bosnia and Herzegovina",
    "NATO",
    "U.S.",
    "al-Qaeda",
    "the Balkans",
    "G20",
    "UN Security Council",
    "BiH",
    "McDonald's",
    "  New  York  ",
    "A",
    "AB",
    "a",
    "x-Y-Z",
    "",
    "--",
    "O'Brien",
    "10 Downing Street",
    "new york",
    "a b c d e f g h i j k l m n o p q r s t u v w x y z A B C D E F G H I J K L M N O P",
    "Nov\u{fd} Ji\u{10d}\u{ed}n",
    "S\u{e3}o Paulo",
    "A\u{a0}B",
];

#[test]
fn case_shape_fast_paths_agree_with_the_slow_ones() {
    for name in SHAPES {
        assert_eq!(
            fold::CaseShape::of_name(name),
            fold::CaseShape::of_name_slow(name),
            "{name:?}"
        );
        assert_eq!(
            fold::CaseShape::of_text(name),
            fold::CaseShape::of_text_slow(name),
            "{name:?}"
        );
    }
}

#[test]
fn fold_into_keys() {
    for (name, want) in [
        ("New York", "new york"),
        ("NATO", "nato"),
        ("O'Brien", "o'brien"),
        ("A", "a"),
        ("", ""),
        (" ", ""),
        (" New York", "new york"),
        ("New York ", "new york"),
        ("New  York", "new york"),
        ("New\tYork", "new york"),
        ("New \n York", "new york"),
        ("a\u{1}b", "a\u{1}b"),
        ("a\u{7f}B", "a\u{7f}b"),
        ("Nový Jičín", "novy jicin"),
    ] {
        let mut key = String::from("x");
        fold::fold_into(&mut key, name, true);
        assert_eq!(key, format!("x{want}"), "{name:?}");
    }
}

#[test]
fn never_panics_on_odd_text() {
    let g = gazetteer(ENTRIES, true);
    for text in [
        "",
        "S",
        "É",
        "\u{30c}",
        "Sarajevo\u{30c}",
        "’",
        "'S",
        "NATO’",
        "a\u{0}Serbia",
        "Bosnia and",
        "Bosnia and ",
    ] {
        for m in g.find_iter(text) {
            assert!(text.get(m.span().range()).is_some());
        }
    }
}

/// Bugs found along the way, named after what they broke.
mod regression {
    use super::*;

    #[test]
    fn match_at_end_of_haystack() {
        run_both(
            true,
            &[
                ("to Serbia", &[("Serbia", "rs")]),
                ("Serbia", &[("Serbia", "rs")]),
            ],
        );
    }

    #[test]
    fn match_after_match_without_space() {
        run_both(
            true,
            &[("Serbia/Bosnia", &[("Serbia", "rs"), ("Bosnia", "ba")])],
        );
    }
}

#[test]
fn public_types_are_send_sync_unwind_safe() {
    fn assert_traits<T: Send + Sync + std::panic::UnwindSafe + std::panic::RefUnwindSafe>() {}
    assert_traits::<Gazetteer>();
    assert_traits::<GazetteerBuilder>();
    assert_traits::<Entry>();
    assert_traits::<EntryKind>();
    assert_traits::<EntryId>();
    assert_traits::<Match>();
    assert_traits::<FindIter<'static, 'static>>();
    assert_traits::<Candidates<'static>>();
}

#[cfg(feature = "embedded-data")]
#[test]
fn embedded_default_fits_its_memory_budget() {
    let g = Gazetteer::embedded();
    let bytes = g.memory_usage();
    assert!(bytes <= 10 << 20, "{bytes} bytes");
    // Every entry's strings are borrowed from the embedded text.
    assert!(g.entries().all(|(_, e)| e.owned_len() == 0));
}

#[test]
fn match_is_small() {
    assert!(core::mem::size_of::<Match>() <= 48);
    assert!(core::mem::size_of::<Entry>() <= 64);
}

#[test]
fn entries_compare_by_their_strings_wherever_stored() {
    let mut b = Gazetteer::builder();
    b.include_embedded(false);
    b.add_tsv(
        "t",
        "town:q\tQuill\tcity\tUS\t120\t1.5\t2.5\tQuill Lake|Q\tadmin:r\n",
    )
    .unwrap();
    b.add(Entry::new("admin:r", "R", EntryKind::AdminRegion));
    let g = b.build().unwrap();
    let from_line = g.entry(g.get("town:q").unwrap());
    let in_code = Entry::new("town:q", "Quill", EntryKind::City)
        .with_country_code("US")
        .with_population(120)
        .with_coordinates(crate::Coordinates::new(1.5, 2.5))
        .with_alias("Quill Lake")
        .with_region("admin:r")
        .with_alias("Q");
    assert_eq!(from_line.id(), "town:q");
    assert_eq!(from_line.name(), "Quill");
    assert_eq!(from_line.region(), Some("admin:r"));
    assert_eq!(
        in_code.names().collect::<Vec<_>>(),
        ["Quill", "Quill Lake", "Q"]
    );
    assert!(*from_line == in_code);
    assert!(*from_line != in_code.clone().with_alias("R"));
}

#[test]
fn region_and_aliases_split_at_the_recorded_tab_or_by_search() {
    let e = Entry::new("town:a", "A", EntryKind::City)
        .with_alias("B")
        .with_region("admin:r")
        .with_alias("C");
    assert_eq!(e.region(), Some("admin:r"));
    assert_eq!(e.aliases().collect::<Vec<_>>(), ["B", "C"]);
    let e = e.with_region("");
    assert_eq!(e.region(), None);
    assert_eq!(e.aliases().collect::<Vec<_>>(), ["B", "C"]);
    // An aliases column longer than the recorded offset holds.
    let long = "x".repeat(70_000);
    let e = Entry::new("town:b", "B", EntryKind::City)
        .with_alias(&long)
        .with_region("admin:r");
    assert_eq!(e.region(), Some("admin:r"));
    assert_eq!(e.aliases().collect::<Vec<_>>(), [long.as_str()]);
}
