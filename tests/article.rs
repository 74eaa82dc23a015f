//! Article structure through the public API: dates, datelines, headlines,
//! bylines and paragraphs on real-world shapes, and the ones that must not
//! parse.

use dateline::{extract, Date, ErrorKind};

/// (article text, date, dateline text, headline)
type Case = (
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
    Option<&'static str>,
);

#[rustfmt::skip]
const ARTICLES: &[Case] = &[
    ("date 2023-11-20 SARAJEVO – NATO supports it.", Some("2023-11-20"), Some("SARAJEVO"), None),
    ("date 2023-11-20\nNEW YORK — Stocks fell on Monday.", Some("2023-11-20"), Some("NEW YORK"), None),
    ("Date: November 20, 2023\n\nWASHINGTON (Reuters) - The Senate voted.", Some("2023-11-20"), Some("WASHINGTON"), None),
    ("Date: Nov. 20, 2023\n\nSAN JOSE, Calif. — Apple said it would.", Some("2023-11-20"), Some("SAN JOSE, Calif."), None),
    ("Published: 20 November 2023\nLONDON, Nov 20 (AP) – Prices rose.", Some("2023-11-20"), Some("LONDON"), None),
    ("date 2004-05-03\nSEN. SMITH SECURES FUNDS FOR RESEARCH\n\nSen. Jim Smith announced today.", Some("2004-05-03"), None, Some("SEN. SMITH SECURES FUNDS FOR RESEARCH")),
    ("RUGBY - CLUB WINS THE LEAGUE.\n\nDUBLIN 1997-04-11\n\nThe club won the league on Friday.", Some("1997-04-11"), Some("DUBLIN"), Some("RUGBY - CLUB WINS THE LEAGUE.")),
    ("Title: Floods in the valley\nDate: 2021-07-15\n\nBONN – Rivers burst their banks.", Some("2021-07-15"), Some("BONN"), Some("Floods in the valley")),
    ("Date: February 29, 2024\n\nThe leap day passed quietly.", Some("2024-02-29"), None, None),
    ("date 2024-1-5\nIt was cold.", Some("2024-01-05"), None, None),
    ("DATE: 20th November, 2023\n\nQUITO, Ecuador — Voters went to the polls.", Some("2023-11-20"), Some("QUITO, Ecuador"), None),
    ("date 2023-11-20 ST. LOUIS -- The Comets won.", Some("2023-11-20"), Some("ST. LOUIS"), None),
    ("date 2022-03-03 KYIV, Ukraine — Shelling went on overnight.", Some("2022-03-03"), Some("KYIV, Ukraine"), None),
    ("GENEVA, Sept. 3 (Reuters) - Talks resumed on Tuesday.", None, Some("GENEVA"), None),
    // must not parse: impossible dates, sentences that merely start with
    // a capitalised word and a dash, all-caps words without a dash
    ("date 2023-02-30\nIt rained.", None, None, None),
    ("Date: February 29, 2023\n\nNo leap day.", None, None, None),
    ("date 2023-13-01 The month does not exist.", None, None, None),
    ("The council – which met on Monday – agreed.", None, None, None),
    ("Yesterday - the council met again.", None, None, None),
    ("NATO strongly supports the plan, the minister said.", None, None, None),
    ("Date palms grow in the oasis.", None, None, None),
    ("WASHINGTON lawmakers returned on Monday.", None, None, None),
    ("LONDON, Feb 30 – An impossible day.", None, None, None),
    ("", None, None, None),
];

#[test]
fn real_world_headers_and_datelines() {
    for &(text, date, dl, headline) in ARTICLES {
        let a = extract(text);
        assert_eq!(
            a.date.map(|d| d.to_string()).as_deref(),
            date,
            "date of {text:?}"
        );
        assert_eq!(
            a.dateline.as_ref().map(|d| d.text.as_str()),
            dl,
            "dateline of {text:?}"
        );
        assert_eq!(
            a.headline.as_ref().map(|h| h.text.as_str()),
            headline,
            "headline of {text:?}"
        );
        if let Some(d) = &a.dateline {
            assert_eq!(&text[d.span.range()], d.text);
        }
    }
}

#[test]
fn dateline_agency_and_date() {
    let a = extract("date 2023-11-20\nLONDON, Nov 20 (AP) – Prices rose.");
    let d = a.dateline.unwrap();
    assert_eq!(d.agency.as_deref(), Some("AP"));
    assert_eq!(d.date.unwrap().to_string(), "2023-11-20");
}

#[test]
fn title_case_dateline_with_its_region_stands_only_when_it_names_a_place() {
    let a = extract("Taipei, Taiwan — The lantern fair opened on Friday.");
    let d = a.dateline.unwrap();
    assert_eq!(
        (d.text.as_str(), d.location.as_deref()),
        ("Taipei, Taiwan", Some("Taipei"))
    );
    assert_eq!(d.country_code.as_deref(), Some("TW"));
    let a = extract("Evansville, Indiana, United States - This past week a show opened.");
    assert_eq!(a.dateline.unwrap().location.as_deref(), Some("Evansville"));
    // Two surnames and a dash are no dateline.
    assert_eq!(extract("Hale, Brandt — The firm said so.").dateline, None);
    // The first words must be the place: "Meanwhile, Washington — " is none.
    assert_eq!(
        extract("Meanwhile, Washington — The talks went on.").dateline,
        None
    );
    // Without a region, a title-case place needs a date or an agency.
    assert_eq!(extract("Paris – The talks began.").dateline, None);
}

#[test]
fn byline_under_the_headline() {
    let a = extract("Floods in the valley\n\nBy Anna Weber and Tom Hale\n\nBONN – Rivers burst.\n\nMore rain is due.");
    assert_eq!(a.headline.unwrap().text, "Floods in the valley");
    assert_eq!(a.byline.unwrap().text, "Anna Weber and Tom Hale");
    assert_eq!(a.dateline.unwrap().text, "BONN");
    assert_eq!(a.paragraphs.len(), 2);
}

#[test]
fn wire_story_headline_writer_and_dateline() {
    // A headline with a final stop, the writer's name alone on its line,
    // then the dateline with its date.
    let a = extract(
        "Valley mills cut output as orders slow.\n\nAnna Weber\n\nBONN 2001-04-05\n\n\
         Mills in the valley cut output on Thursday.",
    );
    assert_eq!(
        a.headline.unwrap().text,
        "Valley mills cut output as orders slow."
    );
    assert_eq!(a.byline.unwrap().text, "Anna Weber");
    let d = a.dateline.unwrap();
    assert_eq!(
        (d.text.as_str(), d.location.as_deref()),
        ("BONN", Some("Bonn"))
    );
    assert_eq!(a.date.unwrap().to_string(), "2001-04-05");
    assert_eq!(a.paragraphs.len(), 1);
    // The writer is still a person of the article.
    assert!(a.people.iter().any(|p| p.name == "Anna Weber"));
}

#[test]
fn paragraphs_in_the_shapes_text_arrives_in() {
    let count = |t: &str| extract(t).paragraphs.len();
    assert_eq!(count("One.\n\nTwo.\n\n\n\nThree."), 3);
    assert_eq!(count("One.\r\n\r\nTwo."), 2);
    assert_eq!(count("One.\rTwo.\rThree."), 3);
    assert_eq!(
        count("A line that wraps\nin the middle of a sentence.\nA second one."),
        2
    );
    assert_eq!(count("\tFirst paragraph.\n\tSecond paragraph."), 2);
    assert_eq!(count("   \n\n  "), 0);
    let text = "Alpha beta.\n\n  Gamma delta.  \n";
    let a = extract(text);
    let paras: Vec<&str> = a.paragraphs.iter().map(|p| &text[p.range()]).collect();
    assert_eq!(paras, ["Alpha beta.", "Gamma delta."]);
}

#[test]
fn a_break_after_a_title_abbreviation_is_no_paragraph() {
    // Text cut after "Sen." (a splitter that took its period for a
    // sentence's end): the name goes on in the same paragraph, keeps its
    // title, and the attribution holds.
    let text = "The ferry repairs will be paid for with the grant, Sens.\n\n\
                Aldo Verhuist and Nora Pallant said today.\n\nThe work starts in May.";
    let a = extract(text);
    assert_eq!(a.paragraphs.len(), 2);
    let titles: Vec<(&str, &[String])> = a
        .people
        .iter()
        .map(|p| (p.name.as_str(), p.titles.as_slice()))
        .collect();
    assert_eq!(
        titles,
        [
            ("Aldo Verhuist", &["Sen.".to_string()][..]),
            ("Nora Pallant", &["Sen.".to_string()][..])
        ]
    );
    assert_eq!(a.quotes.len(), 1);
    let speaker = a.quotes[0].speaker.as_ref().unwrap();
    assert_eq!(speaker.person.as_deref(), Some("Aldo Verhuist"));
    assert_eq!(speaker.joint, ["Nora Pallant"]);
    // Not after an abbreviation that ends addresses, nor before a word
    // that starts sentences.
    assert_eq!(
        extract("They live on Elm St.\n\nNora Pallant moved.")
            .paragraphs
            .len(),
        2
    );
    assert_eq!(
        extract("It was signed by Dr.\n\nThe next day it rained.")
            .paragraphs
            .len(),
        2
    );
}

#[test]
fn date_type() {
    assert_eq!(Date::new(2023, 11, 20).unwrap().to_string(), "2023-11-20");
    assert_eq!(
        "November 20, 2023".parse::<Date>().unwrap(),
        Date::new(2023, 11, 20).unwrap()
    );
    let err = Date::new(2023, 2, 29).unwrap_err();
    assert_eq!(
        err.kind(),
        &ErrorKind::InvalidDate {
            year: 2023,
            month: 2,
            day: 29
        }
    );
    assert_eq!(err.to_string(), "invalid date 2023-02-29");
    let err = "next Tuesday".parse::<Date>().unwrap_err();
    assert_eq!(
        err.kind(),
        &ErrorKind::UnrecognizedDate {
            text: "next Tuesday".to_string()
        }
    );
    assert_eq!(err.to_string(), "not a date: \"next Tuesday\"");
    assert!(matches!(
        "February 30, 2023".parse::<Date>().unwrap_err().kind(),
        ErrorKind::InvalidDate { .. }
    ));
    assert!(Date::new(2023, 4, 31).is_err());
    assert!(Date::new(10_000, 1, 1).is_err());
    assert_eq!(
        serde_json::to_string(&Date::new(1997, 4, 11).unwrap()).unwrap(),
        "\"1997-04-11\""
    );
}

#[test]
fn invalid_utf8_names_the_offset() {
    let err = dateline::extract_bytes(
        "Zürich \u{2013} "
            .as_bytes()
            .iter()
            .chain(b"\xC3\x28")
            .copied()
            .collect::<Vec<u8>>()
            .as_slice(),
    )
    .unwrap_err();
    assert_eq!(err.kind(), &ErrorKind::InvalidUtf8 { offset: 12 });
    assert_eq!(err.to_string(), "invalid UTF-8 at byte offset 12");
}

// A title-case place of several words with an agency is a dateline, and a
// dateline in capitals may open the block after one or two one-line decks.
#[test]
fn datelines_of_several_title_case_words_and_after_a_deck() {
    let a = extract("Fair opens.\n\nSan Jose (AP) – The lantern fair opened on Friday.");
    let d = a.dateline.unwrap();
    assert_eq!(
        (d.text.as_str(), d.agency.as_deref()),
        ("San Jose", Some("AP"))
    );
    let a = extract(
        "In a shift, the city stands firm.\n\nThe council reshuffles its staff.\n\n\
         BONN - The council voted on Monday to keep the plan.\n\nMore votes follow.",
    );
    assert_eq!(a.dateline.unwrap().text, "BONN");
    // Not after a paragraph of several lines.
    let a =
        extract("The council met.\nIt voted twice.\nThen it adjourned.\n\nBONN - The vote held.");
    assert_eq!(a.dateline, None);
}

// Found by review: after a deck, and for a title-case place of several
// words, a dateline stands only when it names a place.
#[test]
fn regression_datelines_that_name_no_place() {
    for text in [
        "Schools get more money\n\nLawmakers passed the bill on Friday.\n\nWHY IT MATTERS — The \
         bill changes how schools are paid for.",
        "Harbor Foods profit rises\n\nHarbor Foods Inc. (NYSE: HFI) – Harbor Foods today \
         announced record sales.",
        "Budget\n\nAnn Roy (Reuters) - The budget passed on Monday.",
    ] {
        assert_eq!(extract(text).dateline, None, "{text}");
    }
    // A region or a date says it is a dateline, known place or not.
    let a = extract("Games open\n\nLake Placid, N.Y. (AP) — The games opened on Friday.");
    assert_eq!(a.dateline.unwrap().text, "Lake Placid, N.Y.");
}
