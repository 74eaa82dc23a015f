//! People: detection rules, titles, coreference and gender, as tables of
//! sentences written for these tests.

use dateline::{Extractor, Gender, OfficeHolder};

/// (name, titles, mentions) of every person `text` names.
fn people(text: &str) -> Vec<(String, Vec<String>, Vec<String>)> {
    people_with(&Extractor::new(), text)
}

fn people_with(ex: &Extractor, text: &str) -> Vec<(String, Vec<String>, Vec<String>)> {
    let article = ex.extract(text);
    for p in &article.people {
        for m in &p.mentions {
            assert_eq!(&text[m.span.range()], m.text, "mention text is its slice");
        }
    }
    article
        .people
        .iter()
        .map(|p| {
            (
                p.name.clone(),
                p.titles.clone(),
                p.mentions.iter().map(|m| m.text.clone()).collect(),
            )
        })
        .collect()
}

fn names(text: &str) -> Vec<String> {
    people(text).into_iter().map(|p| p.0).collect()
}

/// `(name, titles)` of every person.
fn titles_of(text: &str) -> Vec<(String, Vec<String>)> {
    people(text)
        .into_iter()
        .map(|(name, titles, _)| (name, titles))
        .collect()
}

/// The titles of the first person found.
fn first_titles(text: &str) -> Vec<String> {
    titles_of(text)
        .into_iter()
        .map(|p| p.1)
        .next()
        .unwrap_or_default()
}

/// `(name, titles)` pairs written with `&str`s.
fn owned(want: &[(&str, &[&str])]) -> Vec<(String, Vec<String>)> {
    want.iter()
        .map(|(n, ts)| (n.to_string(), ts.iter().map(|t| t.to_string()).collect()))
        .collect()
}

/// Whether the embedded gazetteer knows `place` (tests of place
/// exclusion need it).
fn gazetteer_knows(place: &str) -> bool {
    dateline::Gazetteer::embedded()
        .find_iter(place)
        .next()
        .is_some()
}

macro_rules! table {
    ($name:ident, [$(($text:expr, [$($want:expr),* $(,)?])),* $(,)?]) => {
        #[test]
        fn $name() {
            $(
                let want: Vec<&str> = vec![$($want),*];
                assert_eq!(names($text), want, "in {:?}", $text);
            )*
        }
    };
}

table!(
    given_name_and_name_words,
    [
        (
            "Maria Kowalski arrived in the capital late on Tuesday.",
            ["Maria Kowalski"]
        ),
        (
            "The report was written by Henry T. Walsh over two years.",
            ["Henry T. Walsh"]
        ),
        (
            "Delegates applauded when Karl von der Heide took the floor.",
            ["Karl von der Heide"]
        ),
        (
            "Ahmed bin Rashid al-Farsi met the delegation.",
            ["Ahmed bin Rashid al-Farsi"]
        ),
        (
            "The prize went to Anne-Marie Duval of the northern team.",
            ["Anne-Marie Duval"]
        ),
        (
            "Team captain Sean O'Donnell was not available.",
            ["Sean O'Donnell"]
        ),
        (
            "The motion was tabled by Robert Hale Jr. on Friday.",
            ["Robert Hale Jr."]
        ),
    ]
);

table!(
    initials_and_ages,
    [
        ("The opener J. Okafor made 54 before lunch.", ["J. Okafor"]),
        // Joined initials whose first letter spells a word.
        (
            "The striker A.J. Mensah and I.M. Tolle signed on.",
            ["A.J. Mensah", "I.M. Tolle"]
        ),
        (
            "The injured Brennick, 31, will miss the final.",
            ["Brennick"]
        ),
        (
            "The 19-year-old Tavish Okonjo won the junior event.",
            ["Tavish Okonjo"]
        ),
    ]
);

table!(
    title_before_name,
    [
        (
            "The talks were hosted by President Mendes at the palace.",
            ["Mendes"]
        ),
        (
            "Opposition parties criticised PM Novak over the budget.",
            ["Novak"]
        ),
        ("Prime Minister Tomas Berg flew home early.", ["Tomas Berg"]),
        (
            "The bill was backed by Sen. Carla Ruiz and others.",
            ["Carla Ruiz"]
        ),
        ("Troops loyal to Gen. Okoro held the airport.", ["Okoro"]),
        (
            "Thousands gathered to hear Pope Clement speak.",
            ["Clement"]
        ),
        ("Chancellor Weiss is expected to attend.", ["Weiss"]),
        (
            "The former prime minister Halvard Lunde died on Sunday.",
            ["Halvard Lunde"]
        ),
        (
            "Newly signed striker Dario Vukelja scored twice.",
            ["Dario Vukelja"]
        ),
    ]
);

#[test]
fn title_keeps_complement() {
    let got = people(
        "He met the President of the Republic Ivan Petrov and the Chairwoman of the \
         Board of Governors, Lena Marsh, and later President of the Senate, Oskar Lind.",
    );
    let got: Vec<(String, Vec<String>)> = got.into_iter().map(|p| (p.0, p.1)).collect();
    assert_eq!(
        got,
        [
            (
                "Ivan Petrov".to_string(),
                vec!["President of the Republic".to_string()]
            ),
            (
                "Lena Marsh".to_string(),
                vec!["Chairwoman of the Board of Governors".to_string()]
            ),
            (
                "Oskar Lind".to_string(),
                vec!["President of the Senate".to_string()]
            ),
        ]
    );
}

#[test]
fn an_offices_subject_after_for_runs_over_and() {
    let got = titles_of(
        "The panel heard Ivo Brandt, Deputy Under Secretary of the Navy for Bases and \
         Environment, on Tuesday, and Ann Roy, director of the Center for Arts and \
         Crafts.",
    );
    assert_eq!(
        got,
        owned(&[
            (
                "Ivo Brandt",
                &["Deputy Under Secretary of the Navy for Bases and Environment"]
            ),
            ("Ann Roy", &["director of the Center for Arts and Crafts"]),
        ])
    );
}

#[test]
fn a_coordinator_takes_capitalised_words_before_it() {
    let got = titles_of(
        "Questions go to Ned Pike, Grants Coordinator, or to Ann Roy, Harbor Safety \
         Coordinator, by phone.",
    );
    assert_eq!(
        got,
        owned(&[
            ("Ned Pike", &["Grants Coordinator"]),
            ("Ann Roy", &["Harbor Safety Coordinator"]),
        ])
    );
}

#[test]
fn a_saints_abbreviation_opens_a_titles_complement() {
    let got = titles_of(
        "\"We need the beds,\" said Ora Vance, director of the St. Brigid Hospice \
         Foundation. \"It helps,\" said Ned Pike, CEO of St. Agnes's Rural Care Center.",
    );
    assert_eq!(
        got,
        owned(&[
            (
                "Ora Vance",
                &["director of the St. Brigid Hospice Foundation"]
            ),
            ("Ned Pike", &["CEO of St. Agnes's Rural Care Center"]),
        ])
    );
}

#[test]
fn title_complement_before_a_name_and_a_verb() {
    // A complement's run that a verb, not a noun, continues ends with the
    // name: the title keeps its complement.
    assert_eq!(
        titles_of(
            "Secretary of Energy Nils Brecken today urged calm. On Friday, \
             Minister of Finance Ola Terfen visited a mill."
        ),
        owned(&[
            ("Nils Brecken", &["Secretary of Energy"]),
            ("Ola Terfen", &["Minister of Finance"]),
        ])
    );
    // "Under" opens the title when it is capitalised ("Under Secretary"),
    // not as a preposition ("under Secretary Vell").
    assert_eq!(
        titles_of("On Monday, Under Secretary of Commerce Rhea Solberg toured the port."),
        owned(&[("Rhea Solberg", &["Under Secretary of Commerce"])])
    );
    assert_eq!(
        titles_of("The budget grew under Secretary Vell, aides said."),
        owned(&[("Vell", &["Secretary"])])
    );
    // A run continued by a noun modifies it; a name with a title of its
    // own is not the complement's ("in Prime Minister X's government").
    assert_eq!(
        titles_of(
            "She was named Minister of Trade in Prime Minister Arvid Holst's \
             cabinet in 2004."
        ),
        owned(&[("Arvid Holst", &["Prime Minister"])])
    );
}

#[test]
fn a_plural_occupation_gives_each_listed_name_the_singular() {
    assert_eq!(
        titles_of(
            "The show featured photographers Nat Varga, Eli Moss and Ida Quell, \
             and musician Tiziano Brandt."
        ),
        owned(&[
            ("Nat Varga", &["photographer"]),
            ("Eli Moss", &["photographer"]),
            ("Ida Quell", &["photographer"]),
            ("Tiziano Brandt", &["musician"]),
        ])
    );
    // Not one name alone: "the lawyers Ann Roy hired".
    assert_eq!(
        titles_of("The lawyers Ann Walton hired said the case was weak."),
        owned(&[("Ann Walton", &[])])
    );
    // Not capitalised inside a heading, nor after one word and a comma.
    assert_eq!(
        names("Why Young Actors Win Parts At Last\n\nBackstage, the actors laughed."),
        Vec::<String>::new()
    );
}

#[test]
fn a_plural_title_reaches_past_spaced_party_labels_and_in_lower_case() {
    assert_eq!(
        titles_of(
            "The bill was backed by U.S. Sens. Ivo Brandt, R - Ohio, and Tom Hale, \
             D - Del. Later, along with sens. Lee Park (R-SC) and Ann Walton (D-MI), \
             Brandt signed."
        ),
        owned(&[
            ("Ivo Brandt", &["U.S. Sen."]),
            ("Tom Hale", &["U.S. Sen."]),
            ("Lee Park", &["sen."]),
            ("Ann Walton", &["sen."]),
        ])
    );
}

#[test]
fn a_title_a_longer_one_holds_is_left_out() {
    // "Sen." inside "Harbor State Sen.", "Secretary" at the start of
    // "Secretary of the Harbor": the longer forms say it all.
    assert_eq!(
        titles_of(
            "Harbor State Sen. Ann Walton spoke. Later Sen. Walton left. \
             Secretary of the Harbor Tom Hale agreed, and Secretary Hale signed."
        ),
        owned(&[
            ("Ann Walton", &["Harbor State Sen."]),
            ("Tom Hale", &["Secretary of the Harbor"]),
        ])
    );
    // A title of another time keeps the plain one.
    assert_eq!(
        titles_of("Former Mayor Lee Park met Mayor Ann Walton. Mayor Park said no."),
        owned(&[
            ("Lee Park", &["Former Mayor", "Mayor"]),
            ("Ann Walton", &["Mayor"])
        ])
    );
    // Nor does another office that a rank word names.
    assert_eq!(
        titles_of("Deputy Mayor Ann Walton spoke. Later Mayor Walton left."),
        owned(&[("Ann Walton", &["Deputy Mayor", "Mayor"])])
    );
}

#[test]
fn a_given_name_no_list_knows_after_a_title_and_its_complement() {
    // The complement's last two words are the name when the last is a
    // known surname: "Zephrine" is in no list of given names.
    assert_eq!(
        titles_of("Secretary of the Harbor Zephrine Walton said the pier would reopen."),
        owned(&[("Zephrine Walton", &["Secretary of the Harbor"])])
    );
    // Not a complement of two words, nor one that no surname ends.
    assert_eq!(
        titles_of("She is now the chief executive of Ferrant Oriel Holdings."),
        owned(&[])
    );
}

#[test]
fn an_organization_in_a_title_stops_before_the_name() {
    // "… for Harbor Works Tom Hale": the body's name ends where a given
    // name and a surname follow its words, and the person keeps the title.
    assert_eq!(
        titles_of(
            "They met Deputy Director of the Board for Ferry Works Tom Hale \
             and General Counsel Ann Walton on Monday."
        ),
        owned(&[
            (
                "Tom Hale",
                &["Deputy Director of the Board for Ferry Works"]
            ),
            ("Ann Walton", &["General Counsel"]),
        ])
    );
}

#[test]
fn party_whips_and_ranking_members_are_titles() {
    assert_eq!(
        titles_of(
            "Senate Republican Whip Tom Hale and Harbor Subcommittee Ranking \
             Democrat Ann Walton spoke. Lee Park is its Ranking Republican Leader today."
        ),
        owned(&[
            ("Tom Hale", &["Senate Republican Whip"]),
            ("Ann Walton", &["Harbor Subcommittee Ranking Democrat"]),
            // (No person "Leader" with a title "Ranking Republican".)
            ("Lee Park", &[]),
        ])
    );
}

#[test]
fn academic_forms_of_address_are_titles_and_keep_the_role_after_the_name() {
    // "Dr." is a title; "Mr." is none, but the role after either name is.
    assert_eq!(
        titles_of(
            "Dr. Hedda Lorne, president of the Vell Nursing School, spoke. \
             Mr. Ivo Brandt, chairman of the Harlow Port Board, agreed."
        ),
        owned(&[
            (
                "Hedda Lorne",
                &["Dr.", "president of the Vell Nursing School"]
            ),
            ("Ivo Brandt", &["chairman of the Harlow Port Board"]),
        ])
    );
    // The honorific still gives its gender, not to a couple's name.
    let got = dateline::extract("Mr. Ivo Brandt spoke. Mr. and Mrs. Lorne came.");
    let gender = |name: &str| got.people.iter().find(|p| p.name == name).map(|p| p.gender);
    assert_eq!(gender("Ivo Brandt"), Some(Some(dateline::Gender::Male)));
    assert_eq!(gender("Lorne"), Some(None));
}

#[test]
fn a_suffix_or_degree_between_commas_keeps_the_role_after_it() {
    assert_eq!(
        titles_of(
            "Oskar Brevik, M.D., director of the Harlow Clinic, spoke. \
             Ruth Lorne, Jr., president of the Vell Tenants Union, and \
             Ada Kell, Ph.D., curator at the Dunmore Herbarium, agreed."
        ),
        owned(&[
            ("Oskar Brevik", &["director of the Harlow Clinic"]),
            ("Ruth Lorne", &["president of the Vell Tenants Union"]),
            ("Ada Kell", &["curator at the Dunmore Herbarium"]),
        ])
    );
}

#[test]
fn a_prefix_opening_the_sentence_stays_with_its_title() {
    assert_eq!(
        titles_of("Senior researcher Mu Vell said the data were sound."),
        owned(&[("Mu Vell", &["Senior researcher"])])
    );
}

#[test]
fn occupations_are_titles_in_lower_case() {
    let titles = |text: &str| -> Vec<(String, Vec<String>)> {
        people(text).into_iter().map(|p| (p.0, p.1)).collect()
    };
    let one = |name: &str, title: &str| vec![(name.to_string(), vec![title.to_string()])];
    assert_eq!(
        titles("The show was put together by curator Elena Marsh last spring."),
        one("Elena Marsh", "curator")
    );
    // An office written in lower case in an appositive.
    assert_eq!(
        titles("Ilse Varro, undersecretary at the ministry, said the law was needed."),
        one("Ilse Varro", "undersecretary")
    );
    assert_eq!(
        titles("Tom Hale, assistant professor of photography, said the show was popular."),
        one("Tom Hale", "assistant professor")
    );
    assert_eq!(
        titles("State attorney general Nora Quist said the lawsuit would go ahead."),
        one("Nora Quist", "attorney general")
    );
    assert_eq!(
        titles("Executive Director Sara Quist said the grant helps."),
        one("Sara Quist", "Executive Director")
    );
    assert_eq!(
        titles("Professor Ivan Lind said the data were sound."),
        one("Ivan Lind", "Professor")
    );
    // A capitalised occupation inside a name is not a title.
    assert!(
        titles("Funds like the Editor Pension Plan of Ohio lost money.")
            .iter()
            .all(|p| p.1.is_empty())
    );
}

#[test]
fn a_plural_title_goes_to_every_name_of_its_list() {
    let got: Vec<(String, Vec<String>)> = people(
        "Senators Ann Roy (D-Vt.), Tom Hale (R-Ind.) and Eva Lind introduced the bill. \
         Sens. Lind and Roy spoke first. The Senators stressed the costs.",
    )
    .into_iter()
    .map(|p| (p.0, p.1))
    .collect();
    let senator = |n: &str| {
        (
            n.to_string(),
            vec!["Senator".to_string(), "Sen.".to_string()],
        )
    };
    // (The second list's "Roy" is a mention of Ann Roy, not a name of
    // its own, and takes the list's title too.)
    assert_eq!(
        got,
        [
            senator("Ann Roy"),
            ("Tom Hale".to_string(), vec!["Senator".to_string()]),
            senator("Eva Lind"),
        ]
    );
}

#[test]
fn plural_offices_go_to_each_name_in_the_singular() {
    assert_eq!(
        titles_of("Harbor Commissioners Ann Roy and Tom Hale toured the pier."),
        owned(&[
            ("Ann Roy", &["Harbor Commissioner"]),
            ("Tom Hale", &["Harbor Commissioner"]),
        ])
    );
    assert_eq!(
        titles_of("Former Secretaries of State Ann Roy and Tom Hale wrote to the board."),
        owned(&[
            ("Ann Roy", &["Former Secretary of State"]),
            ("Tom Hale", &["Former Secretary of State"]),
        ])
    );
    // A plural before a titled name is no one's role.
    assert_eq!(
        titles_of("After meeting the County Commissioners, Senator Ann Roy cut the ribbon."),
        owned(&[("Ann Roy", &["Senator"])])
    );
}

#[test]
fn a_committee_named_by_a_list_keeps_its_head_in_lower_case() {
    assert_eq!(
        titles_of(
            "Sen. Ann Roy (R-Texas), chairman of the Ports, Harbors and Rail \
             subcommittee, said the bill is needed."
        ),
        owned(&[(
            "Ann Roy",
            &[
                "Sen.",
                "chairman of the Ports, Harbors and Rail subcommittee"
            ]
        )])
    );
}

#[test]
fn a_plural_title_reaches_past_a_listed_names_role() {
    assert_eq!(
        titles_of(
            "Sens. Ann Roy (R-Texas), chairman of the Ports subcommittee, and Tom Hale \
             (R-Ariz.) introduced the bill."
        ),
        owned(&[
            ("Ann Roy", &["Sen.", "chairman of the Ports subcommittee"]),
            ("Tom Hale", &["Sen."]),
        ])
    );
}

#[test]
fn co_chairs_and_co_directors_are_titles() {
    assert_eq!(
        titles_of(
            "Rep. Ivo Brandt (D-Mich.), co-chairman of the Harbor Caucus, spoke. \
             Lena Ostrow, co-director of the Tidewater Institute, agreed."
        ),
        owned(&[
            ("Ivo Brandt", &["Rep.", "co-chairman of the Harbor Caucus"]),
            ("Lena Ostrow", &["co-director of the Tidewater Institute"]),
        ])
    );
}

#[test]
fn a_plural_title_reaches_past_each_names_home_state() {
    assert_eq!(
        titles_of("Sens. Ivo Brandt of Oregon and Lena Ostrow of Oklahoma wrote the bill."),
        owned(&[("Ivo Brandt", &["Sen."]), ("Lena Ostrow", &["Sen."])])
    );
}

#[test]
fn a_plural_title_makes_people_of_bare_surnames_in_its_list() {
    let sen = |n: &str| (n.to_string(), vec!["Sen.".to_string()]);
    assert_eq!(
        titles_of("I thank Sens. Harlow, Kellen and Brandt for their work."),
        [sen("Harlow"), sen("Kellen"), sen("Brandt")]
    );
    // Past party labels; towns' names too ("Obama" is a town in Japan).
    assert_eq!(
        titles_of(
            "Backers include Sens. Ollen (D-OR), Obama (D-IL), Pruitt (R-KS) and Kennedy (D-MA)."
        ),
        [sen("Ollen"), sen("Obama"), sen("Pruitt"), sen("Kennedy")]
    );
    // A cosponsors' list runs past a dozen names.
    let names = [
        "Arlo", "Brisk", "Cobbe", "Dunmore", "Elsner", "Frady", "Gorse", "Hallam", "Ilves",
        "Jurek", "Kettle", "Lorne", "Mabry", "Nokes",
    ];
    let listed: Vec<String> = names.iter().map(|n| format!("{n} (D-OR)")).collect();
    let text = format!(
        "Cosponsors are Sens. {}, and {}.",
        listed[..names.len() - 1].join(", "),
        listed[names.len() - 1]
    );
    assert_eq!(titles_of(&text), names.map(sen));
    // Not an abbreviation, a role's head or a headline's words (the role
    // after the party label is Ollen's).
    assert_eq!(
        titles_of("Sens. Ollen and Rep. Tam Brody spoke. Sens. Ollen, D-Del., Ranking Member of the panel, spoke last."),
        [
            (
                "Ollen".to_string(),
                vec!["Sen.".to_string(), "Ranking Member".to_string()]
            ),
            ("Tam Brody".to_string(), vec!["Rep.".to_string()])
        ]
    );
}

#[test]
fn a_middle_initial_that_spells_a_function_word() {
    assert_eq!(
        names("Sen. Laura A. Benton (D-Md.) announced the grant. Laura I. Quist agreed."),
        ["Laura A. Benton", "Laura I. Quist"]
    );
}

#[test]
fn complement_stops_before_lower_case_words() {
    let got = people("Ivan Doric, a spokesman for the Adriatic navy, said the ship was safe.");
    assert_eq!(got[0].0, "Ivan Doric");
    assert_eq!(got[0].1, ["spokesman"]);
}

#[test]
fn role_phrase_after_name() {
    let got = people("Tom Reyes, the mayor of Springfield, said the road would reopen.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "Tom Reyes");
    assert_eq!(got[0].1, ["mayor of Springfield"]);
    let got = people("Brannagh, the chief executive, declined to comment.");
    assert_eq!(got[0].0, "Brannagh");
    assert_eq!(got[0].1, ["chief executive"]);
}

table!(
    speech_and_action_verbs,
    [
        ("“We will not give up,” said Haldane.", ["Haldane"]),
        ("Haldane said the vote would go ahead.", ["Haldane"]),
        ("According to Haldane, the vote will go ahead.", ["Haldane"]),
        (
            "Haldane thanked the volunteers for their work.",
            ["Haldane"]
        ),
        (
            "Voss and Haldane said the vote would go ahead.",
            ["Voss", "Haldane"]
        ),
    ]
);

table!(
    lists_of_names,
    [(
        "The squad includes Paulo Mendes, Brzeczek, Tomas Ilic and Van Rijn.",
        ["Paulo Mendes", "Brzeczek", "Tomas Ilic", "Van Rijn"]
    ),]
);

table!(
    not_people,
    [
        (
            "On Monday, officials said the bridge would stay closed.",
            []
        ),
        ("Police said the man was detained on Sunday in March.", []),
        ("Officials said the talks had stalled.", []),
        ("Analysts expect the Central Bank to hold rates.", []),
        (
            "The plan was approved by the Council of Ministers last week.",
            []
        ),
        (
            "So we are concerned, said the Secretary-General during a visit.",
            []
        ),
        ("The position of High Representative must be respected.", []),
        ("General Aviation pilots met in Dover on Monday.", []),
        (
            "The grant goes to Acoma Pueblo, Cochiti Pueblo and Zia Pueblo.",
            []
        ),
        ("The Prime Minister will travel abroad next week.", []),
        (
            "Later, the Herons won again and the Herons said they were pleased.",
            []
        ),
        ("Hazel Road was closed after the storm.", []),
        ("The head of Acme says the plant will close.", []),
        ("Operation Sunrise began in May.", []),
        ("STORM HITS COAST\n\nHeavy rain fell across the region.", []),
        ("I'm sure we will win, we're ready.", []),
        (
            "Visitors packed the Art Gallery and the Harbour Day fair.",
            []
        ),
        ("Democrats said the bill would fail.", []),
        ("Raising taxes, Haldane said, would not help.", ["Haldane"]),
        // Bills, works, resolutions and places named like people.
        (
            "The 2008 Farm Bill passed. Ann Orr joined Environment and Public Works. S. Res. 12 passed. Lee Hale moved to Canal Place.",
            ["Ann Orr", "Lee Hale"]
        ),
    ]
);

table!(
    suffixes_and_syllables,
    [
        (
            "The list was published by Robert Hale, Jr. on Friday.",
            ["Robert Hale"]
        ),
        (
            "The mayor, Choi Hyun-woo, said buses would run.",
            ["Choi Hyun-woo"]
        ),
    ]
);

table!(
    name_words_after_an_article_name_a_thing,
    [
        ("They met at the Iron Mill before dawn.", []),
        ("The Copper Bell rang twice at noon.", []),
        ("Hikers sheltered in a Red Castle ruin.", []),
        (
            "Fans cheered as Dusty Stone crossed the line.",
            ["Dusty Stone"]
        ),
    ]
);

#[test]
fn not_people_places_and_organizations() {
    if !gazetteer_knows("Germany") {
        return; // the embedded gazetteer is not built in
    }
    for text in [
        "Germany said it would send more aid.",
        "said Germany, which holds the presidency.",
        "A Dutch official and several Germans said little.",
        "The deal was announced by NATO and the European Union.",
    ] {
        assert_eq!(names(text), Vec::<String>::new(), "in {text:?}");
    }
}

#[test]
fn storms_creeks_parks_places_and_laws_are_not_people() {
    for text in [
        "Hurricane Nora struck the coast, and Nora destroyed homes.",
        "Volunteers cleaned Hollis Creek on Saturday.",
        "The grant goes to Marlow Industrial Park.",
        "The Drug Abatement and Prevention Act passed the Senate.",
        // Surnames where a place goes: after "in" or "at", and in a list
        // of places.
        "Crews in Little Hargrove cleared the road.",
        "The unit fought at Tunstall Wood near the river.",
        "Buses serve Providence, Dunmore, Little Hargrove, and Cranston.",
    ] {
        assert_eq!(names(text), Vec::<String>::new(), "in {text:?}");
    }
    // Initials make a person there still.
    assert_eq!(
        names("Critics took aim at J.D. Tunstall over the remarks."),
        ["J.D. Tunstall"]
    );
    assert_eq!(
        names("Ann Roy and Park Street residents met the mayor."),
        ["Ann Roy"]
    );
}

#[test]
fn towns_after_of_and_the_first_words_of_a_law_are_not_people() {
    for text in [
        // A place's word and "of" before the name.
        "The Town of Merle Haven will receive $30,000.",
        // A law whose first words look like a name, joined by "and".
        "The Gang Abatement and Safety Act would create new offenses.",
        // A river and a reservoir.
        "Silt washes down the Rio Tamasco to Horse Butte.",
    ] {
        assert_eq!(names(text), Vec::<String>::new(), "in {text:?}");
    }
    // A winner's hometown after "of" is no person; the winner is.
    assert_eq!(
        names("Winners include Drew Halvorsen of Belle Fourche; Ann Roy of Cedar Falls."),
        ["Drew Halvorsen", "Ann Roy"]
    );
    // A given name "Bill" after "and" opens a person, not a bill (who
    // shares the surname of the name joined to his).
    assert_eq!(
        names("Ann Roy and Bill and Jo Dunmore are donors."),
        ["Ann Roy", "Bill Dunmore", "Jo Dunmore"]
    );
    // Nor is a title's complement a hometown.
    assert_eq!(
        names("The memo went to Chief of Staff Ann Roy of Dover."),
        ["Ann Roy"]
    );
}

#[test]
fn bills_programs_facilities_and_party_labels_are_not_people() {
    for text in [
        "The Omnibus Appropriations Bill passed the Senate, and the Veterans Affairs Appropriations Subcommittee met.",
        "Reform the Student Loan System So It Works for Students.",
        "The money goes to Dorset Township and the Harlow Chemical Depot.",
        "Senators joined the Rural Health Caucus.",
        "Troops at Fort Kell trained, and Fort Kell's barracks were rebuilt.",
        "The money goes to Camp Orrin, near Lake Tamsin.",
        // Grants after a title or a program's name.
        "The farm won one of the Value-Added Producer Grants and Justice Assistance Grants.",
        // A base named after a person.
        "Fort Ivo Brandt will get $7 million, and Camp Tom Hale a clinic.",
        "Money went to Dunmore Park, Kell Field and the Head Start program.",
        // A given name opening the name of a shop, a study or a building.
        "The base gets $3 million for a Jet Engine Repair Shop and new Runway Lighting.",
        "The city won a Traumatic Brain Injury Research grant and an Iris Scanner Upgrade.",
    ] {
        assert_eq!(names(text), Vec::<String>::new(), "in {text:?}");
    }
    assert_eq!(
        names("U.S. Sen. Ann Roy, D-Calif., and Sen. Tom Reed, R-Idaho, backed the plan."),
        ["Ann Roy", "Tom Reed"]
    );
    assert_eq!(
        names("Loan Tran and Ann Roy met the mayor."),
        ["Loan Tran", "Ann Roy"]
    );
    // A title in the run opens a name of its own.
    assert_eq!(
        names("Fort Kell Mayor Ann Roy backed the plan."),
        ["Ann Roy"]
    );
    // So does a base's name that no given name opens.
    assert_eq!(
        names("Camp Dunmore Marine Ann Roy backed the plan."),
        ["Ann Roy"]
    );
    // A place's first word may end a name as a surname.
    assert_eq!(
        names("Rep. Dave Camp said the bill was fair."),
        ["Dave Camp"]
    );
    // A place's last word is a surname after a given name.
    assert_eq!(
        names("Lee Park and Sally Field spoke at the rally. So did Anita Hall."),
        ["Lee Park", "Sally Field", "Anita Hall"]
    );
    // So it is after an initial or a title.
    assert_eq!(
        names("J. Park and Coach Tyus Grant said the team was ready."),
        ["J. Park", "Tyus Grant"]
    );
    // After given names only; not after a surname: a place named for a
    // person.
    assert_eq!(
        names(
            "Mary Ann Park spoke. The concert moved to Kelly Dorn Park, then to Edwin Palk Field."
        ),
        ["Mary Ann Park"]
    );
    // Dams, rivers and bridges too ("Rivers" and "Bridges" are surnames
    // after a given name).
    assert_eq!(
        names(
            "Crews fixed Lower Pellam Dam on the Ossa and Tull Rivers near Twin Bridges. \
             Joan Rivers and Jeff Bridges watched."
        ),
        ["Joan Rivers", "Jeff Bridges"]
    );
}

#[test]
fn a_place_name_as_a_given_name_before_a_surname() {
    // (A state's or a country's name as a given name, before a known
    // surname: a person, not a place.)
    let article =
        dateline::extract("Virginia Woolf wrote the novel. Critics in Virginia loved it.");
    let people: Vec<&str> = article.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(people, ["Virginia Woolf"]);
    assert!(article.locations.iter().any(|l| l.name == "Virginia"));
    // Not a pageant title's place, nor a place before a word naming
    // places.
    assert!(names("Miss Georgia Leigh Ann won the crown.").is_empty());
    // Nor after a locative preposition, nor before a place's feature.
    assert!(
        names("Farmers in Texas Hill Country voted. Virginia Lane is a small road.").is_empty()
    );
    assert!(
        names("Workers at the Nevada Test Site and the Missouri Baptist Convention voted.")
            .is_empty()
    );
}

#[test]
fn a_role_after_a_party_label_and_military_ranks() {
    assert_eq!(
        titles_of("Sen. Tom Hale (R-Ohio), chairman of the Senate Farm Caucus, met Army Specialist Dan Roe, Spc. Ann Cole and Petty Officer Lee Dunn."),
        owned(&[
            ("Tom Hale", &["Sen.", "chairman of the Senate Farm Caucus"]),
            ("Dan Roe", &["Army Specialist"]),
            ("Ann Cole", &["Spc."]),
            ("Lee Dunn", &["Petty Officer"]),
        ])
    );
}

#[test]
fn roles_after_party_labels_in_lists() {
    // A role naming its holder after a label is the next item of the list.
    assert_eq!(
        titles_of("Rep. Tom Beck (D-Iowa), Speaker of the House Ann Roy (D-Ohio), and Mayor Rita Holm spoke."),
        owned(&[
            ("Tom Beck", &["Rep."]),
            ("Ann Roy", &["Speaker of the House"]),
            ("Rita Holm", &["Mayor"]),
        ])
    );
    // Two roles after the list's last label are the list's: each keeps the
    // shared title.
    assert_eq!(
        titles_of("Sens. Ann Roy (D-Ohio) and Tom Beck (R-Iowa), chairman and ranking member of the Farm Committee, wrote."),
        owned(&[("Ann Roy", &["Sen."]), ("Tom Beck", &["Sen."])])
    );
}

#[test]
fn a_role_after_a_possessive_before_the_name() {
    assert_eq!(
        titles_of("The bank's chief executive, Paul Vance, spoke. His lawyer, Ann Roy, agreed."),
        owned(&[
            ("Paul Vance", &["chief executive"]),
            ("Ann Roy", &["lawyer"])
        ])
    );
}

#[test]
fn fire_companies_and_titles_alone_are_no_people() {
    // Volunteer fire companies and their abbreviations.
    assert!(names("The Maple Hollow Volunteer Fire and Rescue, Inc. got a grant.").is_empty());
    assert!(
        names("Funds went to North Ellis Vol. Fire Department and Lehigh Twp. police.").is_empty()
    );
    // A title alone, after an honorific or in a list after a name.
    assert_eq!(
        names("\"Thank you, Madam Chairman,\" Senator Dale Kerr said. Dr. Helen Marsh, Founder and President of the clinic, spoke."),
        ["Dale Kerr", "Helen Marsh"]
    );
}

#[test]
fn a_given_name_that_is_also_a_town_opens_a_name() {
    assert_eq!(
        names("Charlotte Dunmore said the plan was good. Vladimir Orlov met the mayor."),
        ["Charlotte Dunmore", "Vladimir Orlov"]
    );
    // The town itself, and a newspaper named after it, stay no one.
    assert_eq!(
        names("He flew from Austin to Charlotte. The Charlotte Observer ran the story."),
        Vec::<String>::new()
    );
    // Nor is a medal, a building, a team or a firm named after a town.
    assert_eq!(
        names(
            "He won the Victoria Cross. Students met at Austin Hall. \
             The Orlando Magic won, and Orlando Health said the clinic was full."
        ),
        Vec::<String>::new()
    );
    // The town, named again, is not the person.
    let got = people(
        "Charlotte Dunmore, a teacher, said the school was full. Parents in Charlotte agree.",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].2, ["Charlotte Dunmore"]);
    // A newspaper's word is a surname after a given name.
    assert_eq!(
        names("Lisa Monitor, a nurse, said the ward was full."),
        ["Lisa Monitor"]
    );
    // A surname that also names a place needs a person's verb or an
    // appositive; a plain one does not, even after a preposition.
    assert_eq!(
        names("Dallas Green, the manager, said the team was ready. The award went to Austin Reed."),
        ["Dallas Green", "Austin Reed"]
    );
    assert_eq!(
        names("Lawmakers on Beacon Hill passed the bill. Former mayor Tom Beacon agreed."),
        ["Tom Beacon"]
    );
}

#[test]
fn degrees_after_a_name_are_not_people() {
    assert_eq!(
        names("The panel heard Lee Park, M.D., and Tom Reed, Ph.D., of the college; Ann Roy, Esq., wrote the report."),
        ["Lee Park", "Tom Reed", "Ann Roy"]
    );
}

#[test]
fn two_titles_in_a_row_are_one_title_phrase() {
    let got = people(
        "I joined my Chairman Senator Ann Roy in asking for the audit. \
         Rep. Earl Dunmore agreed. So did Senate Majority Leader Sen. Tom Reed.",
    );
    let got: Vec<(String, Vec<String>)> = got.into_iter().map(|p| (p.0, p.1)).collect();
    assert_eq!(
        got,
        [
            ("Ann Roy".to_string(), vec!["Chairman Senator".to_string()]),
            ("Earl Dunmore".to_string(), vec!["Rep.".to_string()]),
            (
                "Tom Reed".to_string(),
                vec!["Senate Majority Leader Sen.".to_string()]
            ),
        ]
    );
}

#[test]
fn a_plural_title_in_men_gives_each_name_its_singular() {
    let got = people("I commend Congressmen Tom Reed and Lee Park for the bill.");
    let titles: Vec<(String, Vec<String>)> = got.into_iter().map(|(n, t, _)| (n, t)).collect();
    assert_eq!(
        titles,
        [
            ("Tom Reed".to_string(), vec!["Congressman".to_string()]),
            ("Lee Park".to_string(), vec!["Congressman".to_string()]),
        ]
    );
}

#[test]
fn headline_names_only_when_the_body_has_them() {
    let text = "HALDANE WINS SECOND TERM\n\nMark Haldane won a second term on Sunday.";
    let got = people(text);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "Mark Haldane");
    assert_eq!(got[0].2, ["HALDANE", "Mark Haldane"]);
}

#[test]
fn title_case_headline_names_only_when_the_body_has_them() {
    let text =
        "Haldane Wins Second Term As Rivals Concede\n\nMark Haldane won a second term on Sunday.";
    let got = people(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].2, ["Haldane", "Mark Haldane"]);
    assert!(
        names("Senate Passes Budget Plan After Long Night\n\nLawmakers voted late.").is_empty()
    );
}

#[test]
fn coreference_merges_one_person() {
    let got = people(
        "Peter Novak arrived on Monday. Novak said the talks went well. \
         Mr. Novak later left for the airport.",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "Peter Novak");
    assert_eq!(got[0].2, ["Peter Novak", "Novak", "Novak"]);
}

#[test]
fn coreference_surname_first_then_full_name() {
    let got = people("Novak said he was ready. Later, Peter Novak signed the deal.");
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "Peter Novak");
    assert_eq!(got[0].2, ["Novak", "Peter Novak"]);
}

#[test]
fn coreference_keeps_namesakes_apart() {
    let got = names("Anna Berg and Erik Berg both ran. Anna Berg finished first.");
    assert_eq!(got, ["Anna Berg", "Erik Berg"]);
}

#[test]
fn tied_role_phrase_adds_no_mention() {
    let got = people(
        "NATO Secretary-General Jan Holm arrived on Monday. \
         The talks were useful, said the NATO Secretary-General.",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "Jan Holm");
    assert_eq!(got[0].1, ["NATO Secretary-General"]);
    assert_eq!(got[0].2, ["Jan Holm"]);
}

#[test]
fn office_holder_table_resolves_untied_role_phrase() {
    // The role phrase does not speak, so only the table can tie it.
    let text = |date: &str| {
        format!(
            "date {date} BRUSSELS – The NATO Secretary-General arrived on Monday \
             for talks.\n\nHolm said the meeting went well."
        )
    };
    let date = |s: &str| s.parse::<dateline::Date>().ok();
    let ex = Extractor::builder()
        .office_holder(
            OfficeHolder::new("Secretary-General", "NATO", "Jan Holm")
                .term(date("2020-01-01"), None),
        )
        .office_holder(
            OfficeHolder::new("Secretary-General", "NATO", "Old Holder")
                .term(None, date("2019-12-31")),
        )
        .build();
    let got = people_with(&ex, &text("2023-11-20"));
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "Holm");
    assert_eq!(got[0].1, ["NATO Secretary-General"]);
    assert_eq!(got[0].2, ["Holm"], "role phrases are not mentions");
    // The article's date selects the row: in 2018 someone else held it.
    assert!(people_with(&ex, &text("2018-05-02"))[0].1.is_empty());
    // Without the table the role phrase stays unresolved.
    assert!(people(&text("2023-11-20"))[0].1.is_empty());
}

/// `(name, gender)` of every person, in order.
fn genders(article: &dateline::Article) -> Vec<(String, Option<Gender>)> {
    article
        .people
        .iter()
        .map(|p| (p.name.clone(), p.gender))
        .collect()
}

#[test]
fn gender_from_title_pronoun_and_name() {
    let article = dateline::extract(
        "The Chairwoman of the Board, Lena Marsh, opened the session. \
         Haldane said he would vote against it. Maria Kowalski abstained.",
    );
    assert_eq!(
        genders(&article),
        [
            ("Lena Marsh".to_string(), Some(Gender::Female)),
            ("Haldane".to_string(), Some(Gender::Male)),
            ("Maria Kowalski".to_string(), Some(Gender::Female)),
        ]
    );
}

#[test]
fn gender_from_a_kinship_word_before_the_name() {
    // "Manju", "Kiran" and "Cyd" are in no list of given names.
    let article = dateline::extract(
        "Tomas Varga and his wife Manju Varga were charged. Her son, Kiran \
         Doshi, testified. To reach his mother, Cyd Okafor called the office.",
    );
    assert_eq!(
        genders(&article),
        [
            ("Tomas Varga".to_string(), Some(Gender::Male)),
            ("Manju Varga".to_string(), Some(Gender::Female)),
            ("Kiran Doshi".to_string(), Some(Gender::Male)),
            // (Not in apposition: the subject of the clause after it.)
            ("Cyd Okafor".to_string(), None),
        ]
    );
    // Two kinship words paired say no one gender.
    let article = dateline::extract("Husband and wife Tomas Varga and Manju Varga spoke.");
    assert_eq!(
        genders(&article),
        [
            ("Tomas Varga".to_string(), Some(Gender::Male)),
            ("Manju Varga".to_string(), None),
        ]
    );
}

#[test]
fn gender_from_an_honorific_and_a_given_name_before_a_title() {
    let article = dateline::extract(
        "Mr. Okafor said the vote was close. Mrs. Brennick said so too. \
         Ann Roy, chairman of the budget committee, said the plan was fair.",
    );
    assert_eq!(
        genders(&article),
        [
            ("Okafor".to_string(), Some(Gender::Male)),
            ("Brennick".to_string(), Some(Gender::Female)),
            ("Ann Roy".to_string(), Some(Gender::Female)),
        ]
    );
}

#[test]
fn the_family_of_a_surname_is_none_of_its_people() {
    let text = "Tomas Varga and his wife waited two years. The Varga family said it was \
                grateful. Varga said the wait was long.";
    assert_eq!(people(text)[0].2, ["Tomas Varga", "Varga"]);
    let article = dateline::extract(text);
    let speakers: Vec<Option<&str>> = article
        .quotes
        .iter()
        .map(|q| q.speaker.as_ref().and_then(|s| s.person.as_deref()))
        .collect();
    assert_eq!(speakers, [None, Some("Tomas Varga")]);
}

#[test]
fn a_surname_glued_to_an_acronym_names_a_program() {
    let got = people(
        "The grant honors officer Tomas Varga. Towns use the Varga/FPG fund for \
         patrols, and the FPG/Varga money buys radios. Varga served ten years.",
    );
    assert_eq!(got[0].2, ["Tomas Varga", "Varga"]);
}

#[test]
fn an_honorific_of_the_other_gender_names_a_relative_of_the_surname() {
    // A wife after her husband, a son after his mother, and the husband
    // named in full after his wife's honorific.
    let article = dateline::extract(
        "Sen. Tomas Varga and his wife toured the clinic. Mrs. Varga, a retired \
         nurse, founded its library. Varga said the wing would open in May. \
         Gov. Ann Brix thanked them. Mr. Brix, her son, spoke next. \
         Ms. Okafor chaired the meeting; Dan Okafor was absent.",
    );
    assert_eq!(
        genders(&article),
        [
            ("Tomas Varga".to_string(), Some(Gender::Male)),
            ("Varga".to_string(), Some(Gender::Female)),
            ("Ann Brix".to_string(), Some(Gender::Female)),
            ("Brix".to_string(), Some(Gender::Male)),
            ("Okafor".to_string(), Some(Gender::Female)),
            ("Dan Okafor".to_string(), Some(Gender::Male)),
        ]
    );
    // The bare surname stays with the senator, named most.
    let q = &article.quotes[0];
    assert_eq!(
        q.speaker.as_ref().and_then(|s| s.person.as_deref()),
        Some("Tomas Varga")
    );
}

#[test]
fn a_title_with_its_complement_before_a_comma_and_the_name() {
    let got = people("The mayor of Dunmore, Ann Roy, said the pipes were old.");
    assert_eq!(got[0].0, "Ann Roy");
    assert_eq!(got[0].1, ["mayor of Dunmore"]);
}

#[test]
fn a_title_before_and_a_role_after_the_name() {
    let got = people("Sen. Ann Roy, chairman of the Budget Committee, said the plan was fair.");
    assert_eq!(got[0].0, "Ann Roy");
    assert_eq!(got[0].1, ["Sen.", "chairman of the Budget Committee"]);
}

#[test]
fn a_given_name_with_a_capital_inside_has_its_gender() {
    let article = dateline::extract("JoAnne Varga and LaMar Brix said the plant would open.");
    let g: Vec<Option<Gender>> = article.people.iter().map(|p| p.gender).collect();
    assert_eq!(g, [Some(Gender::Female), Some(Gender::Male)]);
}

#[test]
fn review_lists_couples_and_given_names() {
    let got = people("Present were Sen. Ann Roy, the mayor of Dunmore and two aides.");
    assert_eq!(got[0].1, ["Sen."]);
    let article = dateline::extract("Mr. and Mrs. Lane said they would sue.");
    assert_eq!(article.people[0].gender, None);
    // (A title and an honorific too: the senator may be Mr. Lane.)
    let article = dateline::extract("The pie came from Senator and Mrs. Lane.");
    assert_eq!(article.people[0].gender, None);
    let article = dateline::extract("Mr. Okafor and Mrs. Lane met. Lane said it was fine.");
    let lane = article.people.iter().find(|p| p.name == "Lane").unwrap();
    assert_eq!(lane.gender, Some(Gender::Female));
    // A title that says the gender outranks the given name; one in "-man"
    // does not.
    let article = dateline::extract(
        "Sister Francis Lane said the school would close. \
         Ann Roy, chairman of the Budget Committee, said it was fair.",
    );
    let g: Vec<Option<Gender>> = article.people.iter().map(|p| p.gender).collect();
    assert_eq!(g, [Some(Gender::Female), Some(Gender::Female)]);
    assert_eq!(
        names("Con Hale, a Dunmore farmer, said the crop failed."),
        ["Con Hale"]
    );
}

#[test]
fn regression_possessive_is_not_part_of_the_name() {
    let got = people("Haldane said the plan was ready. Haldane’s office confirmed it.");
    assert_eq!(got[0].2, ["Haldane", "Haldane"]);
}

#[test]
fn regression_acronym_possessive_is_not_a_listed_name() {
    // "NATO’s" after a name and a comma is not a list of names.
    assert_eq!(
        names("According to Haldane, NATO’s presence helps. NATO said so."),
        ["Haldane"]
    );
}

#[test]
fn seed_people_match_the_gold() {
    let text = crate::support::sarajevo();
    let gold = crate::support::sarajevo_gold();
    let article = dateline::extract(&text);
    let strs = |v: &serde_json::Value| -> Vec<String> {
        v.as_array()
            .unwrap()
            .iter()
            .map(|x| x.as_str().unwrap().to_string())
            .collect()
    };
    let gold_people = gold["people"].as_array().unwrap();
    let names: Vec<&str> = article.people.iter().map(|p| p.name.as_str()).collect();
    let gold_names: Vec<&str> = gold_people
        .iter()
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    assert_eq!(names, gold_names);
    for (p, g) in article.people.iter().zip(gold_people) {
        let mentions: Vec<String> = p.mentions.iter().map(|m| m.text.clone()).collect();
        assert_eq!(mentions, strs(&g["mentions"]), "{}", p.name);
        // Titles from role phrases that speak without a name ("said the
        // NATO Secretary-General") come from the quote stage's discourse
        // rule; every other gold title comes from people detection.
        let mut want = strs(&g["titles"]);
        want.retain(|t| p.titles.contains(t) || !text.contains(&format!("the {t} ")));
        assert!(
            p.titles.iter().all(|t| want.contains(t)),
            "{}: {:?}",
            p.name,
            p.titles
        );
        assert_eq!(
            p.titles.iter().filter(|t| want.contains(t)).count(),
            want.len(),
            "{}",
            p.name
        );
    }
}

#[test]
fn result_lists_with_countries() {
    if !gazetteer_knows("Kenya") {
        return; // the embedded gazetteer is not built in
    }
    assert_eq!(
        names(
            "Women's 1,500 metres: 1. Zorvath Ulvane (Kenya) 4:01.22 \
             2. Tazmir Droskel (Czech Republic) 4:02.80"
        ),
        ["Zorvath Ulvane", "Tazmir Droskel"]
    );
}

#[test]
fn regression_mention_never_splits_a_character_from_its_marks() {
    // Found by the robustness soup: a title abbreviation followed by a
    // combining mark was taken for a name ending before the mark.
    assert!(names("The vote was close, he said Sen.\u{301} and left.").is_empty());
}

table!(
    a_surname_after_for_or_of_before_a_speech_verb_is_a_person,
    [
        ("A lawyer for Okafor said the case was closed.", ["Okafor"]),
        ("The head of Acme says the plant will close.", []),
    ]
);

// One word after "in" or "near" before a speech verb is where the
// speakers are, though a surname list knows it.
table!(
    one_word_after_in_before_a_speech_verb_is_no_person,
    [
        ("Shop owners in Dayton say the new rules cost them.", []),
        ("Farmers near Eugene said the river rose overnight.", []),
        ("In Dayton, Okafor said the case was closed.", ["Okafor"]),
    ]
);

#[test]
fn an_honorific_makes_a_person_anywhere_in_the_sentence() {
    // Not only before a verb: "Mr." is never part of the name's run.
    let article = dateline::extract("They thanked Mr. Okonkwo. The board met Ms. Varga on Monday.");
    assert_eq!(
        genders(&article),
        [
            ("Okonkwo".to_string(), Some(Gender::Male)),
            ("Varga".to_string(), Some(Gender::Female))
        ]
    );
}

#[test]
fn a_title_before_a_town_s_name_makes_a_person() {
    // Nelson and Sheffield are towns of the gazetteer; after a person's
    // title or an honorific they are names.
    let got = people("Reporters asked Governor Nelson about the pipeline. He met Gov. Sheffield and Ms. Hull on Monday.");
    let names: Vec<(&str, &[String])> =
        got.iter().map(|p| (p.0.as_str(), p.1.as_slice())).collect();
    assert_eq!(
        names,
        [
            ("Nelson", &["Governor".to_string()][..]),
            ("Sheffield", &["Gov.".to_string()][..]),
            ("Hull", &[][..])
        ]
    );
    let article = dateline::extract("Reporters asked Governor Nelson about the pipeline.");
    assert!(article.locations.is_empty());
    // Also before a possessive and another name.
    let article = dateline::extract("The council weighed Governor Nelson's Harbor Renewal Act.");
    assert!(article.locations.is_empty(), "{:?}", article.locations);
    assert_eq!(article.people[0].name, "Nelson");
}

#[test]
fn a_headline_in_capitals_names_the_same_person() {
    let article = dateline::extract(
        "date 2024-05-02\nANN LINDQVIST WINS COUNCIL SEAT\n\nAnn Lindqvist won the seat on Tuesday. Lindqvist thanked voters.",
    );
    assert_eq!(article.people.len(), 1, "{:?}", article.people);
    let p = &article.people[0];
    assert_eq!(p.name, "Ann Lindqvist");
    assert_eq!(p.mentions.len(), 3);
}

#[test]
fn pronouns_inside_a_quotation_say_nothing_of_the_speaker() {
    let article = dateline::extract(
        "Robin Vale said her uncle built the shed. \"He cut every board himself,\" Vale said.",
    );
    assert_eq!(
        genders(&article),
        [("Robin Vale".to_string(), Some(Gender::Female))]
    );
}

#[test]
fn a_person_after_an_organization_s_of_phrase_and_a_title() {
    assert_eq!(
        names("The senators wrote to Bureau of Land Policy Director Rob Keller."),
        ["Rob Keller"]
    );
}

#[test]
fn roles_in_apposition_in_any_case_and_joined_by_and() {
    let got = people(
        "K.J. Orr, vice president and treasurer of the Dunmore Trust, said the gift was welcome. \
         The prosecutor, Ian Cordell, told jurors the delay was deliberate. \
         Lisa Tran, chief operating officer of Orchard Bank, opened the meeting.",
    );
    let titles: Vec<(&str, &[String])> =
        got.iter().map(|p| (p.0.as_str(), p.1.as_slice())).collect();
    assert_eq!(
        titles,
        [
            (
                "K.J. Orr",
                &["vice president and treasurer of the Dunmore Trust".to_string()][..]
            ),
            ("Ian Cordell", &["prosecutor".to_string()][..]),
            (
                "Lisa Tran",
                &["chief operating officer of Orchard Bank".to_string()][..]
            ),
        ]
    );
    // "and" and no title after it: a list, not one role.
    assert_eq!(
        people("Present were Sen. Ann Roy, the mayor and two aides.")[0].1,
        ["Sen."]
    );
}

#[test]
fn a_pronoun_after_an_object_gives_that_person_no_gender() {
    // "She" follows a sentence whose subject is no person: the names in
    // its object get no gender from it.
    let article = dateline::extract(
        "Curator Kim Alder said the gallery received 80 prints. The collection includes work by Walker Dunn. She explained how they were restored.",
    );
    let dunn = article
        .people
        .iter()
        .find(|p| p.name == "Walker Dunn")
        .unwrap();
    assert_eq!(dunn.gender, None);
}

#[test]
fn a_pronoun_in_an_opening_participle_clause_points_ahead() {
    // "her" in "Keeping her promise, the mayor …" is the mayor's, not the
    // last named person's.
    let g = |text: &str| genders(&dateline::extract(text));
    assert_eq!(
        g(
            "Governor Brandt vetoed the levy. Keeping her promise, the mayor \
           funded the ferry anyway."
        ),
        [("Brandt".to_string(), None)]
    );
    // Past its comma the pronoun still counts.
    assert_eq!(
        g("Ann Roy vetoed the levy. Keeping the ferry running, she found the money."),
        [("Ann Roy".to_string(), Some(Gender::Female))]
    );
}

#[test]
fn review_genders_after_an_attribution_and_inch_marks() {
    let g = |text: &str| genders(&dateline::extract(text));
    assert_eq!(
        g("\"We had no money at the start,\" said Dana Ortiz. She now employs 40 people."),
        [("Dana Ortiz".to_string(), Some(Gender::Female))]
    );
    assert_eq!(
        g("The 6'2\" forward Casey Lee scored 20 points. She also had nine rebounds."),
        [("Casey Lee".to_string(), Some(Gender::Female))]
    );
    // A closing mark after a number is no inch mark.
    assert_eq!(
        g("Robin Vance starred in the film \"Apollo 13\" years ago. He now teaches drama."),
        [("Robin Vance".to_string(), Some(Gender::Male))]
    );
    // A pageant title is no person.
    assert!(
        people("Miss Georgia won the talent round, and Miss Alabama placed second.").is_empty()
    );
}

#[test]
fn census_ranked_given_names_have_a_gender() {
    // Names the sources list for both genders, far apart in the census.
    let g = |text: &str| genders(&dateline::extract(text));
    assert_eq!(
        g("Harold Dunn and Shirley Reyes opened the store."),
        [
            ("Harold Dunn".to_string(), Some(Gender::Male)),
            ("Shirley Reyes".to_string(), Some(Gender::Female))
        ]
    );
    // A name used for both stays open.
    assert_eq!(
        g("Casey Lee opened the store."),
        [("Casey Lee".to_string(), None)]
    );
    // An honorific says more than a name.
    assert_eq!(
        g("Mr. Hilary Wren and Ms. Glenn Ardis opened the store."),
        [
            ("Hilary Wren".to_string(), Some(Gender::Male)),
            ("Glenn Ardis".to_string(), Some(Gender::Female))
        ]
    );
}

#[test]
fn roles_with_a_prefix_or_a_lower_case_body_before_and_after_the_name() {
    // A prefix of time or tenure before the role, after the name and
    // before it.
    assert_eq!(
        titles_of("Delia Brannock, the new coach, said the season would be hard."),
        owned(&[("Delia Brannock", &["new coach"])])
    );
    assert_eq!(
        titles_of("The outgoing mayor, Delia Brannock, said the pipes were old."),
        owned(&[("Delia Brannock", &["outgoing mayor"])])
    );
    // A body in lower case after "of the".
    assert_eq!(
        titles_of("The chairwoman of the harbour board, Orrin Tabbet, said quotas would fall."),
        owned(&[("Orrin Tabbet", &["chairwoman of the harbour board"])])
    );
    // The role alone when the phrase before it is no body of its.
    assert_eq!(
        titles_of("The panel praised the work of its chief economist, Orrin Tabbet, on Monday."),
        owned(&[("Orrin Tabbet", &["chief economist"])])
    );
    assert_eq!(
        titles_of(
            "Orrin Tabbet, a longtime strategist for green causes whose firm, Tabbet, made the ad."
        ),
        owned(&[("Orrin Tabbet", &["longtime strategist"])])
    );
}

#[test]
fn names_of_craft_books_and_horses_are_no_people() {
    for text in [
        "The ferry Maria Celeste docked at noon.",
        "He signed copies of his memoir Holly Brook at the fair.",
        "The horse Silver Lad won by a length.",
        "The aircraft carrier Kitty Hawk left port.",
    ] {
        assert!(names(text).is_empty(), "{text}: {:?}", names(text));
    }
    // After a film, a person may open a clause; so after a craft where
    // the phrase says where, or before "said".
    assert_eq!(names("In the film Ann Roy plays a pilot."), ["Ann Roy"]);
    assert_eq!(
        names("Aboard the boat Ann Roy said she was cold."),
        ["Ann Roy"]
    );
}

#[test]
fn branches_and_affairs_are_no_people() {
    for text in [
        "The senators toured the Middle Branch of the river.",
        "Ann Roy and Tom Hale, the heads of the Panel on \
         Harbor Affairs respectively, spoke.",
    ] {
        assert!(
            names(text)
                .iter()
                .all(|n| n == "Ann Roy" || n == "Tom Hale"),
            "{text}: {:?}",
            names(text)
        );
    }
    // A given name still opens a name in "Branch".
    assert_eq!(names("The author Taylor Branch spoke."), ["Taylor Branch"]);
}

#[test]
fn titles_in_capitals_or_opened_by_the_sentence_capital() {
    assert_eq!(
        titles_of("CEO of the Harbor Trust Wren Halloway said the fund grew."),
        owned(&[("Wren Halloway", &["CEO of the Harbor Trust"])])
    );
    assert_eq!(
        titles_of("Chief executive of the Marsh Trust Colin Tabbet said the fund grew."),
        owned(&[("Colin Tabbet", &["Chief executive of the Marsh Trust"])])
    );
    assert_eq!(
        titles_of("Chief executive Colin Tabbet said the fund grew."),
        owned(&[("Colin Tabbet", &["Chief executive"])])
    );
    assert!(names("Chief executives said the fund grew.").is_empty());
}

#[test]
fn a_bare_surname_shared_by_two_people_is_the_one_named_most() {
    let text = "Tomas Bergvik, a student, built a weather station. Bergvik showed it to \
                his class. His mother Ingrid Bergvik said the family was proud. \
                Later, Bergvik said he wanted to study physics.";
    let quotes = dateline::extract(text).quotes;
    let last = quotes.last().and_then(|q| q.speaker.as_ref()).unwrap();
    assert_eq!(last.person.as_deref(), Some("Tomas Bergvik"));
    // A title one of them holds decides, with or without a word of
    // tenure.
    let text = "Tom Berg spoke first. Tom Berg spoke again. The new coach, Ann Berg, \
                arrived. Coach Berg said the club was broke.";
    let quotes = dateline::extract(text).quotes;
    let last = quotes.last().and_then(|q| q.speaker.as_ref()).unwrap();
    assert_eq!(last.person.as_deref(), Some("Ann Berg"));
    let text = "Governor Lee Warden met Senator Ann Warden. Later Senator Warden spoke, \
                and Governor Warden left.";
    let people = dateline::extract(text).people;
    let mentions = |name: &str| {
        people
            .iter()
            .find(|p| p.name == name)
            .map_or(0, |p| p.mentions.len())
    };
    assert_eq!(
        (mentions("Lee Warden"), mentions("Ann Warden")),
        (2, 2),
        "{people:?}"
    );
}

#[test]
fn romanized_given_names_after_the_surname() {
    for (text, name) in [
        ("Chan Ka-keung said the vote was fair.", "Chan Ka-keung"),
        (
            "Lawmaker Lam Siu-cheung said the vote was fair.",
            "Lam Siu-cheung",
        ),
        (
            "The winners included Wong Tsz-chung of the Labour Party.",
            "Wong Tsz-chung",
        ),
    ] {
        assert_eq!(names(text), [name], "{text}");
    }
    assert_eq!(
        titles_of("Lawmaker Ann Roy said the vote was fair."),
        owned(&[("Ann Roy", &["Lawmaker"])])
    );
    // English words after a hyphen are no syllables of a name.
    assert!(names("The Roy-style reform and the Roy-based plan passed.").is_empty());
}

#[test]
fn a_state_or_country_as_a_given_name_after_a_title() {
    assert_eq!(
        titles_of("Sen. Chad Tolliver said the bill was fair."),
        owned(&[("Chad Tolliver", &["Sen."])])
    );
    assert_eq!(
        titles_of("Sen. Kent Halvorsen (D-N.D.) said the bill was fair."),
        owned(&[("Kent Halvorsen", &["Sen."])])
    );
}

#[test]
fn things_named_like_a_name_and_a_surname_are_nobody() {
    // An adjective's ending or a product's inner capital first, a word
    // that is also a surname last: no person.
    for text in [
        "The plan warns about Nuclear Power in the valley.",
        "He spoke about Tropical Storm damage on Monday.",
        "Retirees get CareWell Prime at no cost.",
        "The report covered Economic Risk in ports.",
    ] {
        assert!(names(text).is_empty(), "{text}: {:?}", names(text));
    }
    // Names with such shapes stay people.
    assert_eq!(
        names("Deval Okafor met LeBron Walker and JoAnn Fisher on Monday."),
        ["Deval Okafor", "LeBron Walker", "JoAnn Fisher"]
    );
}

#[test]
fn a_saints_name_is_no_person() {
    assert!(names(
        "Grants will restore the St. Joe Basin and a ramp in Saint Ivo, the senator said."
    )
    .is_empty());
    // Nor a name before "'s County".
    assert!(names("A pump station opens in Queen Maud's County next year.").is_empty());
}

#[test]
fn different_middle_initials_are_different_people() {
    assert_eq!(
        names(
            "The school honors Gov. Arlen T. Vasko, who served until 1979. \
             His son, Gov. Arlen P. Vasko, and Gov. Ivo H.W. Lind came; so did Ivo W. Lind."
        ),
        [
            "Arlen T. Vasko",
            "Arlen P. Vasko",
            "Ivo H.W. Lind",
            "Ivo W. Lind"
        ]
    );
    // An initial and a name that starts with it may be one person.
    assert_eq!(
        names("Ann T. Vasko spoke. Later Ann Vasko left."),
        ["Ann T. Vasko"]
    );
}

#[test]
fn military_and_executive_plural_titles_open_lists() {
    assert_eq!(
        titles_of(
            "He admired Generals Orrin Vask and Tam Brody, Admirals Hale and Lind, \
             and Govs. Ann Roy and Ola Brekke."
        ),
        owned(&[
            ("Orrin Vask", &["General"]),
            ("Tam Brody", &["General"]),
            ("Hale", &["Admiral"]),
            ("Lind", &["Admiral"]),
            ("Ann Roy", &["Gov."]),
            ("Ola Brekke", &["Gov."]),
        ])
    );
    // Not a holiday's name.
    assert!(names("Presidents Day sales were strong.").is_empty());
}

#[test]
fn local_offices_in_lower_case_are_titles() {
    assert_eq!(
        titles_of(
            "The plan was backed by port commissioner Ivo Brandt, board chair Ann Roy, \
             council member Ada Kell and school superintendent Lia Moss."
        ),
        owned(&[
            ("Ivo Brandt", &["commissioner"]),
            ("Ann Roy", &["board chair"]),
            ("Ada Kell", &["council member"]),
            ("Lia Moss", &["superintendent"]),
        ])
    );
}

#[test]
fn review_cases_for_saints_titles_and_furniture() {
    // A saint's place before a title still lets the title's holder be found.
    assert_eq!(
        titles_of("St. Vell Mayor Ann Roy said the plan would work."),
        owned(&[("Ann Roy", &["Mayor"])])
    );
    // A name with a title of its own inside a complement takes no other.
    assert!(titles_of(
        "Ola Brekke became Secretary of State in Harlow Governor Tom Hale's cabinet."
    )
    .iter()
    .all(|(_, t)| t.iter().all(|t| !t.contains("Secretary"))));
    // "chair" after a lower-case word before a name is furniture.
    assert_eq!(
        titles_of("The museum showed a rocking chair Ann Roy built; board chair Tom Hale spoke."),
        owned(&[("Ann Roy", &[]), ("Tom Hale", &["board chair"])])
    );
}

#[test]
fn a_place_named_like_a_person_qualifies_the_title_after_it() {
    // A town, school or office whose first word is a given name, then a
    // title and a name: the name is the person's, the words qualify the
    // title.
    assert_eq!(
        titles_of("Lorton Mayor Ann J. Roy opened the bridge."),
        owned(&[("Ann J. Roy", &["Lorton Mayor"])])
    );
    assert_eq!(
        titles_of("Cedar Hill Elementary Principal Tom Hale rang the bell."),
        owned(&[("Tom Hale", &["Cedar Hill Elementary Principal"])])
    );
    assert_eq!(
        titles_of("Fort Gale Commander Col. Ivo Brandt greeted the crews."),
        owned(&[("Ivo Brandt", &["Fort Gale Commander Col."])])
    );
    // A title word inside a name with no given name after it stays a name.
    assert_eq!(names("Larry King Live aired at nine."), ["Larry King"]);
    assert_eq!(
        names("Martin Luther King Jr. spoke in the square."),
        ["Martin Luther King Jr."]
    );
}

#[test]
fn a_role_then_a_titled_name_gives_the_name_both() {
    // The role before the comma and the name's own title both belong to
    // the person; the title stays out of the name.
    assert_eq!(
        titles_of("I met the Chairman of the Harbor Safety Board, Senator Tom Hale, on Monday."),
        owned(&[(
            "Tom Hale",
            &["Senator", "Chairman of the Harbor Safety Board"]
        )])
    );
    // Not in a list of titled names, nor after a plural that is a body's
    // name.
    let list =
        titles_of("She met Secretary of State Ann Roy, Attorney General Tom Hale and others.");
    assert!(
        list.iter()
            .all(|(n, t)| !n.contains("General") && t.iter().all(|t| !t.contains("Roy"))),
        "{list:?}"
    );
    assert_eq!(
        titles_of("In the Chamber of Representatives, Justice Ada Kell was the lone voice."),
        owned(&[("Ada Kell", &["Justice"])])
    );
}

#[test]
fn common_nouns_ending_a_run_make_no_person() {
    for text in [
        "The Dorrie Health clinic opened.",
        "Officials toured the Kessel Drainage Basin.",
        "Funds went to the Orla Family Partnership.",
        "Bruno Companies won the bid.",
    ] {
        assert!(names(text).is_empty(), "{text}: {:?}", names(text));
    }
}

#[test]
fn a_nickname_in_parentheses_stays_inside_the_name() {
    // (The mention keeps it; the person's name leaves it out.)
    let text = "Senator Theo R. (Ted) Vallin III (D-OR) opened the trail. \
                \"Hikers will love it,\" Vallin said.";
    let got = people(text);
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "Theo R. Vallin III");
    assert_eq!(got[0].2[0], "Theo R. (Ted) Vallin III");
    assert_eq!(
        names("The award went to Sandford (Sandy) Blitz of the board."),
        ["Sandford Blitz"]
    );
}

#[test]
fn title_words_inside_other_names_make_no_people() {
    for text in [
        "The Commerce, Justice, Science spending bill cleared the panel.",
        "The Vell County Attorney General's office will review the grants.",
        "The Inspector General's report came out on Tuesday.",
    ] {
        assert!(names(text).is_empty(), "{text}: {:?}", names(text));
    }
    // A name and a bare title in apposition still go together.
    assert_eq!(
        titles_of("Ann Roy, Chairman of the Vell Trust, spoke."),
        owned(&[("Ann Roy", &["Chairman of the Vell Trust"])])
    );
}

#[test]
fn a_name_set_off_before_a_us_state_is_a_town() {
    let text = "New grants will serve Pellam Ferry, Idaho, and Morrow Line, Vt., \
                and a library at Wenda Falls, N.Y. in the fall.";
    assert!(names(text).is_empty(), "{:?}", names(text));
    // A state followed by what it qualifies leaves the person alone.
    assert_eq!(
        names("Ann Roy, Idaho Farm Bureau president, spoke."),
        ["Ann Roy"]
    );
}

#[test]
fn a_role_after_a_possessive_is_the_persons() {
    assert_eq!(
        titles_of("\"It keeps jobs here,\" said Tom Halvard, Orvane Motors' Vice President of Dealer Relations."),
        owned(&[("Tom Halvard", &["Vice President of Dealer Relations"])])
    );
    assert_eq!(
        titles_of("Ann Roy, the campaign's chief strategist, spoke first."),
        owned(&[("Ann Roy", &["chief strategist"])])
    );
    // A person's possessive after the title is not its complement.
    let got = titles_of("Ann Roy, chief strategist of Tom Hale's campaign, spoke.");
    assert!(got.iter().any(|(n, _)| n == "Tom Hale"), "{got:?}");
}

#[test]
fn review_cases_for_states_lists_nicknames_and_principals() {
    // A name before ", State" is a person when named so elsewhere.
    assert_eq!(
        names("The caucus heard Dquan Whitlock, Ohio, on Monday. Whitlock said demand doubled."),
        ["Dquan Whitlock"]
    );
    // A one-word name, a bare title and an organization after it.
    assert_eq!(
        titles_of("Kell, Chairman, Lorton Rotary Club, disagreed."),
        owned(&[("Kell", &["Chairman"])])
    );
    // A state in parentheses is no nickname.
    let got = names("Sen. Tom Hale (Virginia) Senate Majority Leader Ann Roy and two aides met.");
    assert!(got.contains(&"Tom Hale".to_string()), "{got:?}");
    assert!(got.contains(&"Ann Roy".to_string()), "{got:?}");
    // "principal" in lower case is an adjective.
    assert!(names("The town lost its principal Ford dealership in May.").is_empty());
    // A plural title after "the" is still the name's.
    assert_eq!(
        titles_of("Among the Senators, Tom Hale voted no."),
        owned(&[("Tom Hale", &["Senator"])])
    );
}

#[test]
fn an_initial_spelling_a_function_word_opens_a_name_before_a_surname() {
    assert_eq!(
        names("Vell 190 (K. Orr 44; A. Smith 4-71, I. Walker 3-20)."),
        ["K. Orr", "A. Smith", "I. Walker"]
    );
    // Not before a word no list knows as a surname.
    assert!(names("Plan A. Dunmorevale agreed.")
        .iter()
        .all(|n| !n.starts_with("A.")));
}

#[test]
fn a_participle_opening_the_sentence_and_a_lone_title_make_no_name() {
    assert_eq!(
        titles_of("Joining Senator Tom Hale were two county officials."),
        owned(&[("Tom Hale", &["Senator"])])
    );
    // A place in "-ing" stays the title's modifier.
    assert_eq!(
        titles_of("Wyoming Governor Ann Roy spoke."),
        owned(&[("Ann Roy", &["Wyoming Governor"])])
    );
    // A title alone in a list of roles is nobody.
    assert_eq!(
        titles_of(
            "Ann Roy has worked as a teacher, Director of Student Services, \
             Deputy Superintendent and Superintendent."
        )
        .into_iter()
        .map(|(n, _)| n)
        .collect::<Vec<_>>(),
        ["Ann Roy"]
    );
}

#[test]
fn review_cases_for_titles_in_ing_towns_and_initials() {
    // A title's own "-ing" word stays.
    assert_eq!(
        titles_of("Acting Mayor Tom Hale said the budget would balance."),
        owned(&[("Tom Hale", &["Acting Mayor"])])
    );
    // A one-word town before ", Ohio," is no mention of a namesake person.
    let article = dateline::extract(
        "Tom Pellam, the superintendent, spoke. Families in Pellam, Ohio, and nearby towns waited.",
    );
    assert_eq!(article.people.len(), 1);
    assert_eq!(article.people[0].mentions.len(), 1);
    // "A." after a word ends a sentence.
    assert!(names("The plant makes vitamin A. Green tea is its other product.").is_empty());
    // A state before a lower-case verb still ends the town's phrase.
    assert!(names("Farmers near Pellam Ferry, Idaho say the river is rising.").is_empty());
}

#[test]
fn principal_is_a_title_but_not_after_a_determiner_before_a_name() {
    assert_eq!(
        titles_of("Lorton Elementary principal Ann Roy said classes would resume."),
        owned(&[("Ann Roy", &["principal"])])
    );
    assert!(names("The town lost its principal Ford dealership in May.").is_empty());
    assert!(names("The principal Marsh heirs objected to the sale.").is_empty());
}

#[test]
fn given_names_common_in_us_politics_have_their_gender() {
    let got = dateline::extract(
        "Senator Hillary Crandall met Senator Norm Pettibone, Kay Whitford, \
         Erin Lask and Bernie Molloy on Monday.",
    );
    let gender = |name: &str| got.people.iter().find(|p| p.name == name).map(|p| p.gender);
    use dateline::Gender::{Female, Male};
    assert_eq!(gender("Hillary Crandall"), Some(Some(Female)));
    assert_eq!(gender("Norm Pettibone"), Some(Some(Male)));
    assert_eq!(gender("Kay Whitford"), Some(Some(Female)));
    assert_eq!(gender("Erin Lask"), Some(Some(Female)));
    assert_eq!(gender("Bernie Molloy"), Some(Some(Male)));
}

#[test]
fn a_letters_salutation_is_no_title() {
    assert_eq!(
        titles_of("Senator Erik Lund wrote:\n\nDear Chairman Oakes:\n\nI ask for more money."),
        owned(&[("Erik Lund", &["Senator"]), ("Oakes", &["Chairman"])])
    );
    // Also inside a sentence.
    assert_eq!(
        titles_of("Senator Erik Lund wrote to them: Dear Chairman Oakes, the port needs money."),
        owned(&[("Erik Lund", &["Senator"]), ("Oakes", &["Chairman"])])
    );
}

#[test]
fn two_fields_joined_by_and_are_one_titles_complement() {
    // After the name, in apposition.
    assert_eq!(
        titles_of(
            "\"The runway opens in May,\" said Omar Vance, Director of Ports and Transit \
             for the county."
        ),
        owned(&[("Omar Vance", &["Director of Ports and Transit"])])
    );
    // Before the name.
    assert_eq!(
        titles_of("Secretary of Parks and Wildlife Lena Ostrow said the trail was closed."),
        owned(&[("Lena Ostrow", &["Secretary of Parks and Wildlife"])])
    );
    // A name after "and" still makes a list.
    assert_eq!(
        titles_of("Ada Holm, director of Marketing and Tom Reed spoke."),
        owned(&[("Ada Holm", &[]), ("Tom Reed", &[])])
    );
    // A place after "and" is no field.
    assert_eq!(
        first_titles("Ada Holm, mayor of Dover and Boston, spoke."),
        Vec::<String>::new()
    );
    // Nor a title or a given name after "and": two people.
    assert_eq!(
        titles_of("The Director of Finance and Mayor Tom Reed met on Monday."),
        owned(&[("Tom Reed", &["Mayor"])])
    );
    assert_eq!(
        names("The Director of Finance and Mary Beth Hale met on Monday."),
        ["Mary Beth Hale"]
    );
}

#[test]
fn a_name_that_ends_a_titles_complement_holds_that_title() {
    assert_eq!(
        titles_of(
            "The panel heard Deputy Director for Audits and Review Omar Vance, Deputy \
             Director for Field Support Lena Ostrow, and others."
        ),
        owned(&[
            ("Omar Vance", &["Deputy Director for Audits and Review"]),
            ("Lena Ostrow", &["Deputy Director for Field Support"]),
        ])
    );
}

#[test]
fn a_role_whose_organization_holds_and_is_whole() {
    assert_eq!(
        titles_of(
            "\"The basin needs a plan,\" said Carl Voss, director of the Idaho Department of \
             Land and Water Resources. Ed Lamm, an analyst at Pardee & Sons, agreed."
        ),
        owned(&[
            (
                "Carl Voss",
                &["director of the Idaho Department of Land and Water Resources"]
            ),
            ("Ed Lamm", &["analyst at Pardee & Sons"]),
        ])
    );
    // A person after "and" makes a list.
    assert_eq!(
        titles_of("Ada Holm, chair of the Harbor Board and Tom Reed spoke."),
        owned(&[("Ada Holm", &[]), ("Tom Reed", &[])])
    );
    // A role whose body ends before a lower-case verb.
    assert_eq!(
        titles_of(
            "Tom Hale spoke. Hale, the vice chair of the Lakeside Harbor and Public \
             Works Committee said the bill was fair."
        ),
        owned(&[(
            "Tom Hale",
            &["vice chair of the Lakeside Harbor and Public Works Committee"]
        )])
    );
    // Titled names after "and" stay people.
    let names: Vec<String> = dateline::extract(
        "Board Chair Ada Holm, Harbor Director of Public Policy Ivo Brandt and Beacon \
         Group Vice President Lena Okafor presented the award.",
    )
    .people
    .into_iter()
    .map(|p| p.name)
    .collect();
    assert_eq!(names, ["Ada Holm", "Ivo Brandt", "Lena Okafor"]);
}

#[test]
fn a_firms_name_without_its_head_is_no_person() {
    let names = |text: &str| {
        dateline::extract(text)
            .people
            .into_iter()
            .map(|p| p.name)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        names(
            "Frontier Prairie Airlines will restore a flight to Bemidji, Senator Hal Brekke \
             said. Brekke said Frontier Prairie had dropped the flight last fall."
        ),
        ["Hal Brekke"]
    );
    // A center named after a person leaves the person.
    assert_eq!(
        names(
            "The Okafor Community Service Center opened a food bank. \"Hunger knows no \
             season,\" said Okafor."
        ),
        ["Okafor"]
    );
}

#[test]
fn the_body_after_an_apposed_title_is_no_person() {
    // A letter's address: name, office, body; the body is no one.
    assert_eq!(
        titles_of(
            "The senators wrote to Dr. Ines Varga, Administrator, Institutes for Rural \
             Health and to Ole Brandt, Director, Parks and Trails, about the delays."
        ),
        owned(&[
            ("Ines Varga", &["Dr.", "Administrator"]),
            ("Ole Brandt", &["Director"])
        ])
    );
    // A title set off by commas before a name still names it.
    assert_eq!(
        names("The chairman of the harbor board, Senator Tom Hale, spoke first.")[0],
        "Tom Hale"
    );
}

#[test]
fn an_adjective_opens_no_name() {
    // A thing's name that ends in a surname ("Streets", "Main").
    assert_eq!(
        names("Ines Varga will speak at a session on Rural Main Streets and Federal Main Roads."),
        ["Ines Varga"]
    );
    // Given names in "-ing" open names.
    assert_eq!(
        names("Sterling Streets and Irving Main came to the hearing."),
        ["Sterling Streets", "Irving Main"]
    );
    assert_eq!(
        names("The award went to Xiaoping Zhang of Dover."),
        ["Xiaoping Zhang"]
    );
}

#[test]
fn earl_is_a_given_name() {
    assert_eq!(
        titles_of("A bill that Reps. Ines Varga and Earl Brandt sponsored is pending."),
        owned(&[("Ines Varga", &["Rep."]), ("Earl Brandt", &["Rep."])])
    );
    assert_eq!(
        names("Earl Brandt said the bill was pending.")[0],
        "Earl Brandt"
    );
}

#[test]
fn a_parish_or_an_insurers_shield_is_no_person() {
    assert!(names("The new mill will give Tensas Parish an economic boost.").is_empty());
    assert!(names("The clinic was funded by Harbor Blue Shield of Dover.").is_empty());
    // A given name before it still makes a person.
    assert_eq!(names("Lee Parish said the levee held."), ["Lee Parish"]);
}

#[test]
fn a_committee_on_a_subject_is_the_whole_complement_of_a_title() {
    assert_eq!(
        first_titles("Ines Varga, chairman of the Committee on Harbors, said the bill was ready."),
        ["chairman of the Committee on Harbors"]
    );
    // Not a day after "on".
    assert_eq!(
        first_titles("Ines Varga, chairman of the Board on Monday said the bill was ready."),
        ["chairman of the Board"]
    );
}

#[test]
fn a_title_in_a_relative_clause_of_the_present() {
    assert_eq!(
        first_titles("Ines Varga, who is the pastor of Grace Harbor Church, said the pier works."),
        ["pastor of Grace Harbor Church"]
    );
    assert_eq!(
        first_titles(
            "Ines Varga, who serves as director of the Harbor Trust, said the pier works."
        ),
        ["director of the Harbor Trust"]
    );
    // A past office is no title of today.
    assert!(first_titles(
        "Ines Varga, who was president of the club until 2001, said the pier works."
    )
    .is_empty());
    assert_eq!(
        first_titles(
            "Ines Varga, who has been serving as chair of the Harbor Board, said the pier works."
        ),
        ["chair of the Harbor Board"]
    );
}

#[test]
fn a_word_before_shares_or_employees_is_a_company_not_a_person() {
    assert!(names(
        "Enlow took over the utility in 1997. Enlow filed for bankruptcy, and Enlow shares fell."
    )
    .is_empty());
    // A person's full name stays.
    assert_eq!(
        names("Ann Enlow said the plan works. Enlow employees agreed."),
        ["Ann Enlow"]
    );
}

#[test]
fn a_role_after_is_or_serves_as_is_a_title_of_a_person() {
    assert_eq!(
        first_titles("Sen. Ines Varga is a member of the Tidewater Committee."),
        ["Sen.", "member of the Tidewater Committee"]
    );
    assert_eq!(
        first_titles("Ines Varga serves as chair of the Harbor Board."),
        ["chair of the Harbor Board"]
    );
    // It makes no person of a firm's name.
    assert!(names("Harbor Widgets is a leader in marine sensors.").is_empty());
}

#[test]
fn a_familiar_form_of_a_given_name_names_the_same_person() {
    let got = people(
        "Rep. Ben Varga (D-Md.) spoke first. \"We won,\" said Rep. Benjamin L. Varga. \
         Sen. Chuck Orlen and Charles Orlen's aide left; Ann Orlen stayed.",
    );
    let names: Vec<&str> = got.iter().map(|p| p.0.as_str()).collect();
    assert_eq!(names.len(), 3, "{names:?}");
    assert!(names.contains(&"Ann Orlen"), "{names:?}");
    // Not a relative named after a kinship word.
    let got = people("Sen. John Varga came with his son, Jack Varga. Jack Varga, 12, cheered.");
    assert_eq!(got.len(), 2, "{got:?}");
    // (Not across middle initials that differ.)
    let got = people("Ben R. Varga and Benjamin T. Varga, his son, spoke.");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn a_role_after_a_party_label_set_off_by_commas() {
    assert_eq!(
        first_titles(
            "Rep. Ines Varga, D-Miss., Chairman of the Tidewater Committee, said the pier works."
        ),
        ["Rep.", "Chairman of the Tidewater Committee"]
    );
    // A plural's possessive and a committee named by a list stay in it.
    assert_eq!(
        first_titles("Sen. Ines Varga, D-Md., Chairman of the Farmers' Affairs Committee, spoke."),
        ["Sen.", "Chairman of the Farmers' Affairs Committee"]
    );
    assert_eq!(
        first_titles(
            "Sen. Ines Varga, D-Md., ranking member of the Ports, Roads, and Rail Committee, spoke."
        ),
        ["Sen.", "ranking member of the Ports, Roads, and Rail Committee"]
    );
    assert_eq!(
        first_titles("Sen. Ines Varga, D-Md., chair of the Ports, Roads & Rail Committee, spoke."),
        ["Sen.", "chair of the Ports, Roads & Rail Committee"]
    );
    // So does an organization's name before its acronym in brackets.
    assert_eq!(
        first_titles(
            "On Monday, Harbor Safety Administration (HSA) Administrator Ines Varga spoke."
        ),
        ["Harbor Safety Administration (HSA) Administrator"]
    );
    // So does a subcommittee's, also in a predicate.
    assert_eq!(
        first_titles(
            "Sen. Ines Varga spoke. Varga is a member of the Harbors and Rail Subcommittee."
        ),
        ["Sen.", "member of the Harbors and Rail Subcommittee"]
    );
    // So does one before the name, and not one after a listed name.
    assert_eq!(
        first_titles(
            "On Friday, Senate Ports, Roads and Rail Committee Chairman Ines Varga spoke."
        ),
        ["Senate Ports, Roads and Rail Committee Chairman"]
    );
    let got = people(
        "Panel Chairman Oskar Lind, Mining and Timber Committee Chairman Ines Varga and others spoke.",
    );
    assert_eq!(got.len(), 2, "{got:?}");
    assert_eq!(got[1].1, ["Mining and Timber Committee Chairman"]);
    // A committee the organizations' rules found whole, past its list's
    // commas and its acronym, is all of the title's complement.
    assert_eq!(
        first_titles(
            "Sen. Ines Varga, chairwoman of the Harbors, Rail, Ferries (HRF) Appropriations Subcommittee, spoke."
        ),
        ["Sen.", "chairwoman of the Harbors, Rail, Ferries (HRF) Appropriations Subcommittee"]
    );
    assert_eq!(
        first_titles(
            "Sen. Ines Varga, ranking member of the Committee on Harbors, Rail, Grain and Ferries, spoke."
        ),
        ["Sen.", "ranking member of the Committee on Harbors, Rail, Grain and Ferries"]
    );
    assert_eq!(
        first_titles("Ines Varga, the president of Vell A&M University, spoke."),
        ["president of Vell A&M University"]
    );
    // "on" after a member's or a party's role before a capitalised body.
    assert_eq!(
        first_titles("\"It works,\" said Varga, the top Democrat on the Senate Harbors Committee."),
        ["top Democrat on the Senate Harbors Committee"]
    );
    assert_eq!(
        first_titles(
            "Sen. Ines Varga, Ranking Republican Member on the Senate Ferry Committee, spoke."
        ),
        [
            "Sen.",
            "Ranking Republican Member on the Senate Ferry Committee"
        ]
    );
    // Vice-chairs, clerks.
    assert_eq!(
        first_titles("Sen. Ines Varga, the Vice-Chair of the Senate Harbors Committee, spoke."),
        ["Sen.", "Vice-Chair of the Senate Harbors Committee"]
    );
    assert_eq!(
        first_titles("County Clerk Ines Varga spoke."),
        ["County Clerk"]
    );
    // A title ending in a committee found whole goes on over "and the" and
    // a second body.
    assert_eq!(
        first_titles(
            "Ines Varga is chairwoman of the Dover Senate Committee on Harbors, Rail, Grain and Ferries and the Ports Subcommittee."
        ),
        ["chairwoman of the Dover Senate Committee on Harbors, Rail, Grain and Ferries and the Ports Subcommittee"]
    );
    assert_eq!(
        first_titles("Navy Ens. Ines Varga reported for duty."),
        ["Navy Ens."]
    );
    // Not a headline's words on the line before: a line break ends the
    // name before a title. (A title's abbreviation cut from its name by
    // a break still opens it.)
    assert_eq!(
        first_titles("Harbor Pilots Meet\nChairman Ines Varga spoke first."),
        ["Chairman"]
    );
    assert_eq!(
        first_titles("The grant was awarded, Sen.\n\nInes Varga said."),
        ["Sen."]
    );
    // Nor a name that hard-wrapped text breaks.
    assert_eq!(
        people("The grant was praised by Gov. Ines\nVarga, who spoke at the harbor.")[0].0,
        "Ines Varga"
    );
    // Two titles joined by a hyphen are one.
    assert_eq!(
        first_titles("Ines Varga, Secretary-Treasurer of the Dunmore Growers Association, spoke."),
        ["Secretary-Treasurer of the Dunmore Growers Association"]
    );
    // A title word before the noun that ends the apposition is an
    // adjective.
    assert_eq!(
        first_titles("Sen. Ines Varga, D-Md., the principal co-sponsor, spoke."),
        ["Sen."]
    );
    assert_eq!(
        first_titles("Ines Varga, the governor there, spoke."),
        ["governor"]
    );
}

#[test]
fn given_names_alone_that_open_a_persons_name_are_that_person() {
    let found = people(
        "The pier will be renamed for Mary Ann Kolbe, who died in May. Naming it after \
         Mary Ann will keep her legacy alive.",
    );
    assert_eq!(
        found
            .iter()
            .map(|(name, _, mentions)| (name.as_str(), mentions.len()))
            .collect::<Vec<_>>(),
        [("Mary Ann Kolbe", 2)]
    );
    // A range named after a person is no person.
    assert!(names("The grant will fix the Ethan Allen Rifle Range near Dover.").is_empty());
}

#[test]
fn a_generation_an_estuary_and_a_rule_are_no_people() {
    assert!(names("The plan will help Baby Boomers who plan to retire soon.").is_empty());
    assert!(names("The grant restores wetlands of the Dover-Harlow Estuary.").is_empty());
    assert!(names("The senators oppose the agency's New Ferry Rule.").is_empty());
    assert_eq!(names("Ann Rule said the book was done."), ["Ann Rule"]);
}

#[test]
fn a_prefix_in_lower_case_opens_the_title() {
    assert_eq!(
        first_titles("The bill was praised by former President Ines Varga."),
        ["former President"]
    );
    assert_eq!(
        first_titles("The bill was written by then-Sen. Ines Varga of Ohio."),
        ["then-Sen."]
    );
    assert_eq!(
        first_titles("President Ines Varga signed the bill."),
        ["President"]
    );
}

#[test]
fn a_word_in_a_list_closed_by_and_is_no_name_before_a_title() {
    // "Justice" is a title, but here a subject in a committee's name.
    assert!(names(
        "They wrote to the chairman of the Subcommittee on Harbors, Justice, and Science \
         about the grant."
    )
    .is_empty());
}

#[test]
fn a_member_of_a_named_body_is_a_title() {
    assert_eq!(
        first_titles(
            "Senator Ines Varga, a senior member of the Harbor Committee, said it is safe."
        ),
        ["Senator", "senior member of the Harbor Committee"]
    );
    // Alone, "member" says nothing.
    assert!(first_titles("Ines Varga, a member of the family, said it is safe.").is_empty());
    // A second role with its article after "and" leaves the first whole.
    assert_eq!(
        first_titles(
            "“It is safe,” said Varga, a junior member of the Harbor Committee and a \
             member of the panel that wrote the bill."
        ),
        ["junior member of the Harbor Committee"]
    );
    // A group's head in lower case ends its name.
    assert_eq!(
        first_titles("“It is safe,” said Ines Varga, President of the Old Mill Heritage group."),
        ["President of the Old Mill Heritage group"]
    );
    // A list goes on being a list.
    assert_eq!(
        first_titles("Sen. Ines Varga, the mayor and a deputy attended the dinner."),
        ["Sen."]
    );
}

#[test]
fn review_cases_for_then_lists_committees_and_schools() {
    assert_eq!(
        first_titles("And then President Ines Varga signed it."),
        ["President"]
    );
    assert_eq!(
        titles_of("The letter was signed by Hale, Chairman, and Varga, Ranking Member."),
        owned(&[("Hale", &["Chairman"]), ("Varga", &["Ranking Member"])])
    );
    assert_eq!(
        first_titles("Ines Varga, chairman of the Board on Election Day, spoke."),
        ["chairman of the Board"]
    );
    assert_eq!(
        first_titles("At Dover High School, Principal, Tom Hale, said the roof leaks."),
        ["Principal"]
    );
    // A committee's subject holds "and".
    assert_eq!(
        first_titles(
            "Sen. Ines Varga, chairman of the Subcommittee on Ferries and Harbor Safety, \
             held a hearing."
        ),
        [
            "Sen.",
            "chairman of the Subcommittee on Ferries and Harbor Safety"
        ]
    );
}

#[test]
fn a_capitalised_title_before_one_in_lower_case_is_one_title() {
    assert_eq!(
        first_titles("Energy Secretary nominee Ines Varga told the committee she would act."),
        ["Energy Secretary nominee"]
    );
    // (A party's noun is a title of its own, and opens the phrase.)
    assert_eq!(
        first_titles("Democrat nominee Ines Varga won."),
        ["Democrat nominee"]
    );
}

#[test]
fn a_surname_after_st_and_an_initial_before_a_given_name_belong_to_the_name() {
    assert_eq!(
        titles_of("Superintendent Ilse St. Pierre said the school will reopen."),
        [(
            "Ilse St. Pierre".to_string(),
            vec!["Superintendent".to_string()]
        )]
    );
    // "St." opening a run is still a place's.
    assert_eq!(
        names("The school in St. Pierre will reopen."),
        Vec::<String>::new()
    );
    // An initial after a title's complement opens the name, and the given
    // name after it says the gender.
    let article = dateline::extract("Secretary of Harbor Affairs R. Tomas Hale visited the pier.");
    assert_eq!(
        titles_of("Secretary of Harbor Affairs R. Tomas Hale visited the pier."),
        [(
            "R. Tomas Hale".to_string(),
            vec!["Secretary of Harbor Affairs".to_string()]
        )]
    );
    assert_eq!(
        genders(&article),
        [("R. Tomas Hale".to_string(), Some(Gender::Male))]
    );
}

#[test]
fn review_cases_for_places_of_laws_predicates_and_acronyms() {
    // A title in the run after "City of" opens its own phrase.
    assert_eq!(
        names("City of Dover Mayor Ines Varga said the pier works."),
        ["Ines Varga"]
    );
    // The last letter of a dotted acronym is no initial.
    assert_eq!(
        names("U.S. Ambassador to the U.N. Linda Ferris spoke."),
        ["Linda Ferris"]
    );
    // A person before a law's supporters keeps the name.
    assert_eq!(
        names("Sen. Ines Varga and Farm Bill negotiators met."),
        ["Ines Varga"]
    );
    assert_eq!(
        names("Ines Varga and Harbor Safety Act supporters met."),
        ["Ines Varga"]
    );
    // A titled person after "of" is no hometown.
    assert_eq!(
        names("Ines Varga of Gov. Tom Hale's office said the pier works."),
        ["Ines Varga", "Tom Hale"]
    );
    // A firm named like a surname takes no title from "is".
    assert!(names("Ford is a member of the trade group.").is_empty());
    // Nor does a person in a question or a condition.
    assert!(first_titles(
        "Asked whether Ines Varga is a member of the Tidewater Committee, he declined."
    )
    .is_empty());
    // A title before "emeritus" stays.
    assert_eq!(
        first_titles("Ines Varga, a professor emeritus, spoke."),
        ["professor"]
    );
    // A given name that is also a town opens a name with "St.".
    assert_eq!(
        names("Charlotte St. Clair said the pier works."),
        ["Charlotte St. Clair"]
    );
    // A title's word opening a hometown makes no title and no person.
    assert_eq!(
        names("Drew Hale of Bishop Hill said the pier works."),
        ["Drew Hale"]
    );
    // "If" opening the sentence makes a condition too.
    assert!(first_titles("If Tom Hale is president of the club, he will win.").is_empty());
}

#[test]
fn a_titled_person_after_for_or_to_is_the_roles_object() {
    // The role ends before the preposition; the object keeps her title.
    assert_eq!(
        titles_of("Pell Garvin, a spokesman for Mayor Ida Kerr, said the bridge would open."),
        owned(&[("Pell Garvin", &["spokesman"]), ("Ida Kerr", &["Mayor"])])
    );
    // Earlier complements stay in the role.
    assert_eq!(
        titles_of("Pell Garvin, director of Outreach for Sen. Ida Kerr, said it was done."),
        owned(&[
            ("Pell Garvin", &["director of Outreach"]),
            ("Ida Kerr", &["Sen."])
        ])
    );
}

#[test]
fn legislative_abbreviations_are_no_names_and_end_no_sentence() {
    let article =
        dateline::extract("The chamber adopted S. Con. Res. 41 last week, Sen. Ida Kerr said.");
    let found: Vec<&str> = article.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(found, ["Ida Kerr"]);
    assert_eq!(article.quotes.len(), 1);
    assert!(article.quotes[0]
        .text
        .starts_with("The chamber adopted S. Con. Res. 41"));
    assert_eq!(
        names("Ida Kerr filed S. Amdt. 212 to the bill on Friday."),
        ["Ida Kerr"]
    );
    // The same words alone end a sentence.
    let article =
        dateline::extract("Tickets sold out for Harbor-Con. Organizers said the hall was full.");
    assert_eq!(
        article.quotes[0].speaker.as_ref().unwrap().mention.text,
        "Organizers"
    );
}

#[test]
fn a_branch_of_government_is_no_person() {
    assert_eq!(
        titles_of("The Executive Branch must hear the case, Lyle Branch said."),
        owned(&[("Lyle Branch", &[])])
    );
    // A title that stands alone before a surname still makes a person.
    assert_eq!(
        titles_of("The Reverend Hall prayed, and the Senator Grant agreed."),
        owned(&[("Hall", &["Reverend"]), ("Grant", &["Senator"])])
    );
}

#[test]
fn review_cases_for_hyphens_initials_and_joined_titles() {
    // A surname that is also a title stays joined.
    assert_eq!(
        names("Ann Roy-Bishop said the plan works."),
        ["Ann Roy-Bishop"]
    );
    // An acronym before a name is no initials.
    assert_eq!(
        names("F.B.I. Tom Hale and A.C.L.U. Ann Roy met."),
        ["Tom Hale", "Ann Roy"]
    );
    // After an article, two titles joined by "and" are two people's.
    assert_eq!(
        titles_of("The President and Secretary of State Ann Roy met."),
        owned(&[("Ann Roy", &["Secretary of State"])])
    );
}

#[test]
fn a_title_inside_a_run_opens_the_next_name() {
    // A comma left out before a title's abbreviation.
    assert_eq!(
        titles_of(
            "They met the port's Harbor Czar Ivo Brandt Sens. Lena Okafor (D-OR) and Pell \
             Garvin (D-OR) asked for money."
        ),
        owned(&[
            ("Ivo Brandt", &["Harbor Czar"]),
            ("Lena Okafor", &["Sen."]),
            ("Pell Garvin", &["Sen."]),
        ])
    );
    // A title glued to a name by a hyphen is an apposition.
    assert_eq!(
        titles_of("The board heard Ivo Brandt-Executive Director of the Dunmore Port Authority."),
        owned(&[(
            "Ivo Brandt",
            &["Executive Director of the Dunmore Port Authority"]
        )])
    );
    // A title's own parts stay joined.
    assert_eq!(
        titles_of("Secretary-General Ivo Brandt and Ohio Gov. Lena Okafor spoke."),
        owned(&[
            ("Ivo Brandt", &["Secretary-General"]),
            ("Lena Okafor", &["Ohio Gov."]),
        ])
    );
}

#[test]
fn initials_before_a_given_name_are_the_names() {
    let article = dateline::extract(
        "R. Ivo Brandt, a pilot, said the field was wet. Later Ivo Brandt flew home.",
    );
    let found: Vec<&str> = article.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(found, ["R. Ivo Brandt"]);
    assert_eq!(article.people[0].mentions.len(), 2);
}

#[test]
fn abbreviated_nationalities_and_weather_words_are_no_names() {
    assert!(names("Envoys said the N. Korean army and the S. Korean navy drilled.").is_empty());
    assert!(names("Farmers living near Cold Harbor will get the grant.").is_empty());
    // A denomination's word opens a church's name.
    assert!(names("The choir sang at First Methodist Dorsey on Sunday.").is_empty());
    assert_eq!(
        titles_of("Ivo Brandt, pastor of the Bethel Baptist Church in Dover, spoke."),
        owned(&[(
            "Ivo Brandt",
            &["pastor of the Bethel Baptist Church in Dover"]
        )])
    );
}

#[test]
fn two_titles_joined_before_a_name_and_suffixes_in_a_titled_list() {
    assert_eq!(
        titles_of(
            "Guests were Chairman and CEO of Orvane Freight Ivo Brandt, and COO and Senior Vice \
             President of Dunmore Harbor Lena Okafor."
        ),
        owned(&[
            ("Ivo Brandt", &["Chairman and CEO of Orvane Freight"]),
            (
                "Lena Okafor",
                &["COO and Senior Vice President of Dunmore Harbor"]
            ),
        ])
    );
    // A suffix left out of a name does not end a plural title's list.
    assert_eq!(
        titles_of("Senators Ivo Brandt, Jr., D-Pa., and Lena Okafor, D-Md., wrote the bill."),
        owned(&[("Ivo Brandt", &["Senator"]), ("Lena Okafor", &["Senator"])])
    );
}

#[test]
fn names_in_a_list_of_places_a_plural_place_noun_opens_are_no_people() {
    // The counties and towns share their names with people.
    assert_eq!(
        names(
            "The 12 Ohio counties eligible for aid are: Adams, Brown, Clark, Hardin, \
             Morgan, Perry, Warren and Van Wert. Towns receiving grants include \
             Marion, Franklin and Ashley Grove."
        ),
        Vec::<String>::new()
    );
    // However long the list: "the following 60 counties …: A, B, …".
    let counties = [
        "Adams", "Brown", "Clark", "Hardin", "Morgan", "Perry", "Warren", "Marion",
    ];
    let list: Vec<String> = (0..60)
        .map(|i| counties[i % counties.len()].to_string())
        .collect();
    let text = format!(
        "The agency declared the following 60 counties in Ohio as disaster areas: {}.",
        list.join(", ")
    );
    assert_eq!(names(&text), Vec::<String>::new());
    // "the following … counties" points at the list after a clause of
    // its own.
    assert_eq!(
        names(
            "Growers in the following 9 counties will be eligible for the aid: Adams, \
             Brown, Clark, Hardin, Morgan, Perry, Warren, Tom Hale and Wheeler."
        ),
        Vec::<String>::new()
    );
    // Not a list of people after "the following … counties" and a
    // preposition.
    assert_eq!(
        names(
            "Sheriffs from the following 3 counties testified at the hearing: Ivo Brandt, \
             Lena Okafor and Tom Hale."
        ),
        ["Ivo Brandt", "Lena Okafor", "Tom Hale"]
    );
    // Nor a table of names flattened without commas, however long.
    let table: Vec<&str> = (0..40).map(|i| counties[i % counties.len()]).collect();
    assert_eq!(
        names(&format!("{}\n\nThe aid follows.", table.join(" "))),
        Vec::<String>::new()
    );
    // Not a list of people the place noun does not head.
    assert_eq!(
        names("Officials from the three counties are: Ivo Brandt, Lena Okafor and Tom Hale."),
        ["Ivo Brandt", "Lena Okafor", "Tom Hale"]
    );
    assert_eq!(
        names("The counties' sheriffs are: Ivo Brandt and Lena Okafor."),
        ["Ivo Brandt", "Lena Okafor"]
    );
    assert_eq!(
        names("Several towns sent their mayors, including Ivo Brandt and Lena Okafor."),
        ["Ivo Brandt", "Lena Okafor"]
    );
    // Nor past a sentence's end.
    assert_eq!(
        names(
            "The two counties named were Adams and Brown. Ivo Brandt and Lena Okafor toured both."
        ),
        ["Ivo Brandt", "Lena Okafor"]
    );
}

#[test]
fn capitalised_words_ending_in_a_titles_head_after_a_title_are_the_title() {
    assert_eq!(
        titles_of(
            "\"The clinic is ready,\" said Ivo Brandt, Chief Harbor Officer of the \
             Dunmore Harbor Health Board. Lena Okafor, Chief Science Officer, agreed."
        ),
        owned(&[
            (
                "Ivo Brandt",
                &["Chief Harbor Officer of the Dunmore Harbor Health Board"]
            ),
            ("Lena Okafor", &["Chief Science Officer"]),
        ])
    );
}

#[test]
fn an_apposition_after_also_is_a_title() {
    assert_eq!(
        titles_of(
            "\"It works,\" said Sen. Ivo Brandt, also Chair of the Harbor Panel \
             on Ports and Ferries. Lena Okafor, also a farmer, agreed."
        ),
        owned(&[
            (
                "Ivo Brandt",
                &["Sen.", "Chair of the Harbor Panel on Ports and Ferries"]
            ),
            ("Lena Okafor", &[]),
        ])
    );
}

#[test]
fn a_legislators_abbreviated_title_leaves_out_the_state_before_it() {
    assert_eq!(
        titles_of(
            "Oregon Sen. Ivo Brandt met Maine Reps. Lena Okafor and Tom Hale, \
             Ohio Gov. Eli Moss and Texas Attorney General Ida Kerr."
        ),
        owned(&[
            ("Ivo Brandt", &["Sen."]),
            ("Lena Okafor", &["Rep."]),
            ("Tom Hale", &["Rep."]),
            ("Eli Moss", &["Ohio Gov."]),
            ("Ida Kerr", &["Texas Attorney General"]),
        ])
    );
}

#[test]
fn a_documents_parts_are_no_people() {
    assert!(names(
        "As the harbor study's Overview noted, the piers are old. Its Introduction and \
         Conclusion agree."
    )
    .is_empty());
}

#[test]
fn a_title_before_the_name_may_have_one_word_qualifying_it() {
    for (text, title) in [
        (
            "The city attorney, Kendrick Vale, said no.",
            "city attorney",
        ),
        (
            "Her campaign manager, Tomas Reyes, quit.",
            "campaign manager",
        ),
        (
            "The Crown prosecutor, Mara Tedley, rested.",
            "Crown prosecutor",
        ),
        (
            "An army spokesman, Kendrick Vale, said no.",
            "army spokesman",
        ),
        (
            "Maren Holt, the housing minister, said no.",
            "housing minister",
        ),
        (
            "The government spokesman, Kendrick Vale, said no.",
            "government spokesman",
        ),
    ] {
        assert_eq!(first_titles(text), [title], "{text}");
    }
    // Not a word of the sentence before the determiner's noun.
    assert!(first_titles("Voters chose the city, Kendrick Vale said.").is_empty());
    // After the name too; a judgment of the writer's is no part of a title.
    assert_eq!(
        first_titles("Kendrick Vale, the city attorney, said no."),
        ["city attorney"]
    );
    assert_eq!(
        first_titles("Tomas Reyes, a campaign spokesman, said no."),
        ["campaign spokesman"]
    );
    for text in [
        "Tomas Reyes, the other candidate, said no.",
        "The next mayor, Tomas Reyes, takes office in May.",
        "Tomas Reyes, a strong candidate, said no.",
        "Tomas Reyes, the embattled mayor, said no.",
        "The talented director, Tomas Reyes, said no.",
    ] {
        assert!(first_titles(text).is_empty(), "{text}");
    }
}

#[test]
fn a_plural_title_goes_on_past_a_body_a_listed_name_belongs_to() {
    assert_eq!(
        titles_of("The photographers Ilse Marek of the Lake Gazette and Oren Tash met."),
        [
            ("Ilse Marek".to_string(), vec!["photographer".to_string()]),
            ("Oren Tash".to_string(), vec!["photographer".to_string()]),
        ]
    );
}

#[test]
fn an_abbreviation_set_off_by_commas_titles_no_one() {
    // "D-Del." is Delaware's, between two of a plural title's names.
    let text = "Senators Tim Vos, D-Del., Eve Lund, D-Md., and Kay Moss, R-Ohio, opposed it. \
                The plant is in Dover, Del. Ann Roy runs it.";
    assert_eq!(
        titles_of(text),
        owned(&[
            ("Tim Vos", &["Senator"]),
            ("Eve Lund", &["Senator"]),
            ("Kay Moss", &["Senator"]),
            ("Ann Roy", &[]),
        ])
    );
    let article = dateline::extract(text);
    let delaware: Vec<&str> = article
        .locations
        .iter()
        .filter(|l| l.name == "Delaware")
        .flat_map(|l| l.mentions.iter().map(|m| m.text.as_str()))
        .collect();
    assert_eq!(delaware, ["Del.", "Del."]);
}

#[test]
fn one_word_qualifies_a_title_right_before_the_name() {
    // After a capitalised word (a candidate's, a party's, a paper's), one
    // lower-case word is part of the title; a party before it too.
    assert_eq!(
        titles_of(
            "Harbor Party presidential nominee Ann Roy and Roy campaign spokesman Tom Hale \
             spoke. Later Republican presidential nominee Tim Vos spoke."
        ),
        owned(&[
            ("Ann Roy", &["presidential nominee"]),
            ("Tom Hale", &["campaign spokesman"]),
            ("Tim Vos", &["Republican presidential nominee"]),
        ])
    );
    // Not a conjunction, a preposition or a verb after a name: "Kirk Lee
    // and actor Tom Hale", "Ann Roy met actor Tom Hale".
    assert_eq!(
        titles_of("The film starred Kirk Lee and actor Tom Hale."),
        owned(&[("Kirk Lee", &[]), ("Tom Hale", &["actor"])])
    );
    assert_eq!(
        titles_of("Eve Lund met actor Tom Hale. Kay Moss put aide Ann Roy in charge."),
        owned(&[
            ("Eve Lund", &[]),
            ("Tom Hale", &["actor"]),
            ("Kay Moss", &[]),
            ("Ann Roy", &["aide"]),
        ])
    );
}

#[test]
fn an_aide_is_titled_and_an_asides_speaker_is_no_apposition() {
    assert_eq!(
        titles_of("Roy campaign aide Tom Hale and a former aide, Eve Lund, left on Monday."),
        owned(&[
            ("Tom Hale", &["campaign aide"]),
            ("Eve Lund", &["former aide"])
        ])
    );
    // "a close aide said" speaks of her: it is not her title.
    assert_eq!(
        titles_of("Ann Roy, a close aide said, remains calm about the vote."),
        owned(&[("Ann Roy", &[])])
    );
}

#[test]
fn a_places_based_goes_on_to_the_bodys_name() {
    assert_eq!(
        titles_of("Ann Roy, director of the Dunmore-based Harbor Fund, said so."),
        owned(&[("Ann Roy", &["director of the Dunmore-based Harbor Fund"])])
    );
}

#[test]
fn a_field_in_lower_case_may_open_a_titles_complement() {
    assert_eq!(
        titles_of("Ann Roy, a professor of marine biology at the University of Dunmore, said so."),
        owned(&[(
            "Ann Roy",
            &["professor of marine biology at the University of Dunmore"]
        )])
    );
    // Not into a list, a person or a person's possessive: the title ends
    // before "of".
    assert_eq!(
        titles_of(
            "Tom Hale, a professor of law at Dunmore University and a former judge, \
             spoke. Eve Lund, director of outreach for Ann Roy's campaign, spoke too. \
             Kay Moss, manager of operations for Tim Vos, agreed."
        ),
        owned(&[
            ("Tom Hale", &["professor"]),
            ("Eve Lund", &["director"]),
            ("Ann Roy", &[]),
            ("Kay Moss", &["manager"]),
            ("Tim Vos", &[]),
        ])
    );
}

#[test]
fn a_title_alone_is_a_person_only_when_it_is_a_surname() {
    // A capitalised title that is also a surname names a person before a
    // verb ("King said"), but not after a determiner, even at a sentence's
    // start, and a title that is no surname never does.
    assert_eq!(names("King said the talks went well."), ["King"]);
    for text in [
        "The King said the talks went well.",
        "The Congressman said the talks went well.",
        "Congresswoman said the talks went well.",
        "The Representative visited the school on Monday.",
    ] {
        assert!(names(text).is_empty(), "{text}");
    }
}

#[test]
fn a_party_word_before_a_name_is_no_part_of_it() {
    assert_eq!(
        titles_of(
            "The race pits progressive Democrat Ann Roy against Republican Tom Hale. \
             Eve Lund, a Democrat from the valley, agreed."
        ),
        owned(&[
            ("Ann Roy", &["Democrat"]),
            ("Tom Hale", &[]),
            ("Eve Lund", &["Democrat"]),
        ])
    );
}

#[test]
fn a_nickname_inside_a_name_is_left_out_of_the_persons_name() {
    assert_eq!(
        people("Sen. Ann (Annie) Roy spoke. Tom “Tip” Hale agreed. Roy left."),
        [
            (
                "Ann Roy".to_string(),
                vec!["Sen.".to_string()],
                vec!["Ann (Annie) Roy".to_string(), "Roy".to_string()]
            ),
            (
                "Tom Hale".to_string(),
                vec![],
                vec!["Tom “Tip” Hale".to_string()]
            ),
        ]
    );
}

// A surname with its particles alone names the person whose full name ends
// with it, in either order; a word that is a particle elsewhere stays a
// given name before another surname.
#[test]
fn a_surname_with_its_particles_names_the_full_name() {
    let found = people(
        "Van Dorn said the dam holds. Rep. Lisa Van Dorn toured it on Monday. \
         Mayor Pieter de Groot agreed, and De Groot signed the order. \
         Van Tillman, a farmer, and Ross Tillman did not.",
    );
    let found: Vec<(&str, usize)> = found
        .iter()
        .map(|(name, _, mentions)| (name.as_str(), mentions.len()))
        .collect();
    assert_eq!(
        found,
        [
            ("Lisa Van Dorn", 2),
            ("Pieter de Groot", 2),
            ("Van Tillman", 1),
            ("Ross Tillman", 1)
        ]
    );
    // An honorific still tells the other gender's person apart.
    let found = people("Mr. Van Dorn said the dam holds. Lisa Van Dorn, his sister, toured it.");
    assert_eq!(found.len(), 2);
}

// A role ends where an apposition's words turn into a phrase of their own,
// and a text may end right after the article.
#[test]
fn apposition_roles_stop_at_a_phrase_of_their_own() {
    assert!(first_titles("Tom Reed, a friend of the mayor, said the plan works.").is_empty());
    assert!(first_titles("Tom Reed, the man who beat the senator, said it.").is_empty());
    assert_eq!(
        first_titles("“It is safe,” said Ines Varga, director of Acme group sales."),
        ["director"]
    );
    for text in [
        "Tom Reed, a",
        "Ann Roy is a",
        "Mayor Tom Reed met Ann Roy, the",
    ] {
        assert_eq!(
            names(text).len(),
            1 + usize::from(text.starts_with("Mayor"))
        );
    }
}

// An apposition's role may carry up to four words before its head, names
// and nouns of a field, when the role ends the apposition; "adviser" is a
// role in any case; a person the role is for stays a person.
#[test]
fn a_role_with_several_modifiers_and_the_person_it_is_for() {
    assert_eq!(
        titles_of(
            "Ines Varga, a Marlow campaign spokeswoman, said it. Otto Brandt, the \
             City Hall water policy adviser, agreed. Tom Reed, an adviser to Vera Lind, \
             did not."
        ),
        [
            (
                "Ines Varga".to_string(),
                vec!["Marlow campaign spokeswoman".to_string()]
            ),
            (
                "Otto Brandt".to_string(),
                vec!["City Hall water policy adviser".to_string()]
            ),
            ("Tom Reed".to_string(), vec!["adviser".to_string()]),
            ("Vera Lind".to_string(), vec![]),
        ]
    );
}

// A hyphenated role is one role: "front-runner" is no "runner".
#[test]
fn a_hyphenated_role_is_whole() {
    assert_eq!(
        first_titles("Democratic presidential front-runner Ines Varga said it."),
        ["Democratic presidential front-runner"]
    );
}

// A surname that is also a town's name no place rule took names the
// person at each later mention, wherever it stands.
#[test]
fn a_surname_that_is_a_towns_name_repeats_the_person() {
    let found = people(
        "Mayor Tom Fresno spoke on Monday. The plan drawn up by Fresno was approved. \
         Fresno said it would save money.",
    );
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].2, ["Tom Fresno", "Fresno", "Fresno"]);
}

// An irregular plural's possessive inside a body's name goes on with the
// name ("the Harbor Women's Coalition"), as a plural's "Veterans'" does.
#[test]
fn a_role_of_a_body_with_an_irregular_plurals_possessive() {
    assert_eq!(
        titles_of(
            "“We need help,” testified Tammy Vale, Co-Director of the Harbor Women's \
             Coalition. Ben Cole, president of the Children's Harbor Fund, agreed."
        ),
        [
            (
                "Tammy Vale".to_string(),
                vec!["Co-Director of the Harbor Women's Coalition".to_string()]
            ),
            (
                "Ben Cole".to_string(),
                vec!["president of the Children's Harbor Fund".to_string()]
            ),
        ]
    );
}

// "delegate" and "officer" are roles in apposition ("a Harlow delegate",
// "a police officer"); a title's word before the noun it modifies is
// none ("…, the delegate count is …").
#[test]
fn delegates_and_officers_and_a_title_word_modifying_a_noun() {
    assert_eq!(
        titles_of(
            "Ines Varga, a Harlow delegate, said it. Otto Brandt, a city police \
             officer, agreed. The race is tight for Ann Roy, the delegate count is \
             close."
        ),
        [
            (
                "Ines Varga".to_string(),
                vec!["Harlow delegate".to_string()]
            ),
            (
                "Otto Brandt".to_string(),
                vec!["city police officer".to_string()]
            ),
            ("Ann Roy".to_string(), vec![]),
        ]
    );
    // Words that may follow a title inside its phrase keep it.
    assert_eq!(
        first_titles("Ann Roy, the president emerita of the college, said the talks failed."),
        ["president"]
    );
}

// "Another" opening a sentence is one more of a group, not a name: "Another
// said …", "Another Reed" (one more email of Reed's, not a person).
#[test]
fn another_is_no_name() {
    assert!(names("One reader wrote that the plan was bad. Another said it was good.").is_empty());
    // Nor "Great", which names a thing or a place: "a Great Wall".
    assert_eq!(
        names("Tom Reed spoke. She rails at its Great Wall of Tariffs."),
        ["Tom Reed"]
    );
    assert_eq!(
        names("Tom Reed wrote three emails. Another Reed email went to the board."),
        ["Tom Reed"]
    );
}

#[test]
fn a_capitalised_gerund_before_a_name_word_is_no_given_name() {
    // A craft's, a pier's or a list's name opening with an -ing word.
    let text = "Budget talks.\n\nThe base repairs the F-15 Soaring Hawk jets near the Fishing Pier. The Voting Record of Ann Roy was read out.";
    assert_eq!(names(text), ["Ann Roy"]);
}

#[test]
fn a_romanized_given_name_in_ing_opens_a_name() {
    assert_eq!(
        names("Budget talks.\n\nThe prize went to Zhiming Chen, Yuling Lin and Huiling Lee."),
        ["Zhiming Chen", "Yuling Lin", "Huiling Lee"]
    );
}

#[test]
fn a_whip_or_a_director_before_a_name_ends_the_organizations_words() {
    let text = "Budget talks.\n\n\"We will vote,\" said Senate Majority Whip Ann Roy of Ohio.";
    assert_eq!(
        titles_of(text),
        owned(&[("Ann Roy", &["Senate Majority Whip"])])
    );
    let ex = dateline::Extractor::new();
    let article = ex.extract(text);
    assert!(article
        .organizations
        .iter()
        .all(|o| !o.name.contains("Roy")));
    let text =
        "Budget talks.\n\nThe list: Tom Hale, Executive Director Vell County Sheriffs Association.";
    let article = ex.extract(text);
    let orgs: Vec<&str> = article
        .organizations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert_eq!(orgs, ["Vell County Sheriffs Association"]);
}

#[test]
fn del_before_a_name_is_a_delegates_title_not_delaware() {
    let text = "Budget talks.\n\nDel. Ann Roy filed the bill with Rep. Tom Hale. It helps a plant in Dover, Del., that closed.";
    assert_eq!(
        titles_of(text),
        owned(&[("Ann Roy", &["Del."]), ("Tom Hale", &["Rep."])])
    );
    let article = dateline::Extractor::new().extract(text);
    let delaware: Vec<&str> = article
        .locations
        .iter()
        .filter(|l| l.name == "Delaware")
        .flat_map(|l| l.mentions.iter().map(|m| &text[m.span.range()]))
        .collect();
    // Only the state after the town's comma.
    assert_eq!(delaware, ["Del."]);
    let at = text.rfind("Del.").unwrap();
    assert!(article
        .locations
        .iter()
        .any(|l| l.mentions.iter().any(|m| m.span.start() == at)));
}

#[test]
fn a_given_name_the_sources_tie_on_takes_the_censuss_gender() {
    // The name lists vote both ways on "Joan"; the US census ranks it far
    // apart (a woman's name). "Gale" stays open: the census ranks it alike.
    let article = dateline::extract("Budget talks.\n\nJoan Ostrow and Gale Dunmore spoke.");
    assert_eq!(
        genders(&article),
        [
            ("Joan Ostrow".to_string(), Some(Gender::Female)),
            ("Gale Dunmore".to_string(), None),
        ]
    );
}

#[test]
fn a_possessive_in_a_headline_in_capitals_mentions_the_person() {
    let text = "SEN. OSTROWE'S BILL HELPS FARMERS\n\nSen. Tom Ostrowe said the bill would help.";
    let article = dateline::extract(text);
    let mentions: Vec<&str> = article.people[0]
        .mentions
        .iter()
        .map(|m| m.text.as_str())
        .collect();
    assert_eq!(mentions, ["OSTROWE", "Tom Ostrowe"]);
}

#[test]
fn an_organizations_one_word_name_said_again_is_no_person() {
    let text = "Budget talks.\n\nThe website Harborwire reported the vote. Harborwire said the count was close.";
    assert!(names(text).is_empty());
}

#[test]
fn a_town_between_a_name_and_a_school_is_no_listed_name() {
    // A roster: each line a name, a home town and a school.
    assert_eq!(
        names(
            "Scholars named.\n\nThe winners:\n\n* Ivo Brandt, Warren, Warren High School\n\
             * Lena Okafor, Morgan, Valley Central High School\n"
        ),
        ["Ivo Brandt", "Lena Okafor"]
    );
    // A list of names goes on.
    assert_eq!(
        names("Ivo Brandt, Warren, Lena Okafor and Tom Hale signed the letter."),
        ["Ivo Brandt", "Warren", "Lena Okafor", "Tom Hale"]
    );
    assert_eq!(
        names("The letter was signed by Ivo Brandt, Warren, Morgan and others."),
        ["Ivo Brandt", "Warren", "Morgan"]
    );
}

#[test]
fn a_site_named_after_former_or_a_given_name_is_no_person() {
    // "former" alone is no title that makes a person of a plant's name.
    assert_eq!(
        names("Crews began the cleanup of the former Bright Steel Plant last spring."),
        Vec::<String>::new()
    );
    // Orchards are places; "Fishing" is no name.
    assert_eq!(
        names("Volunteers planted trees at the Holly Ridge Orchard property."),
        Vec::<String>::new()
    );
    assert_eq!(
        names("The storm wrecked the Pine Bluff Fishing Pier. The Fishing Pier stayed shut."),
        Vec::<String>::new()
    );
    // "Pier" is still a given name.
    assert_eq!(
        names("Pier Carlo Okafor said the budget was sound."),
        ["Pier Carlo Okafor"]
    );
    // A person after "former" and a title still is one.
    assert_eq!(
        names("The former Governor Ivo Brandt toured the plant."),
        ["Ivo Brandt"]
    );
}

#[test]
fn an_administrator_in_lower_case_is_a_title() {
    assert_eq!(
        titles_of(
            "Roy joined Lena Okafor, the administrator of the Rural Water Service, at the fair."
        ),
        [
            ("Roy".to_string(), vec![]),
            (
                "Lena Okafor".to_string(),
                vec!["administrator of the Rural Water Service".to_string()]
            )
        ]
    );
}

#[test]
fn a_surname_before_a_romanized_given_name_says_no_gender() {
    let people = dateline::extract(
        "Election.\n\nHui Chi-fung and Lau Siu-lai won seats. Mary Smith-Jones voted.",
    )
    .people;
    let gender = |name: &str| {
        people
            .iter()
            .find(|p| p.name == name)
            .map(|p| p.gender)
            .unwrap_or_else(|| panic!("{name} not found in {people:?}"))
    };
    assert_eq!(gender("Hui Chi-fung"), None);
    assert_eq!(gender("Lau Siu-lai"), None);
    assert_eq!(gender("Mary Smith-Jones"), Some(dateline::Gender::Female));
}

#[test]
fn a_given_name_joined_to_a_full_name_shares_its_surname() {
    let people = dateline::extract(
        "Fair opens.\n\nHis parents, Ann and Tom Hale, spoke first. Later Ann thanked the crowd.",
    )
    .people;
    let ann = people
        .iter()
        .find(|p| p.name == "Ann Hale")
        .expect("Ann Hale");
    // The mentions are the given name as written.
    assert!(ann.mentions.iter().all(|m| m.text == "Ann"), "{ann:?}");
    assert_eq!(ann.mentions.len(), 2);
    assert_eq!(ann.gender, Some(dateline::Gender::Female));
    // Not a surname alone, nor a name the article gives someone in full,
    // nor the last of a list of names.
    for (text, no) in [
        (
            "Fair opens.\n\nTom Hale arrived. Hale and Ann Roy spoke.",
            "Hale Roy",
        ),
        (
            "Fair opens.\n\nTom Bryant spoke. Tom and Lena Roy were married in June.",
            "Tom Roy",
        ),
        (
            "Fair opens.\n\nSingers Brandy, Monica and Lena Roy sang.",
            "Monica Roy",
        ),
    ] {
        let names: Vec<String> = dateline::extract(text)
            .people
            .into_iter()
            .map(|p| p.name)
            .collect();
        assert!(!names.iter().any(|n| n == no), "{text:?}: {names:?}");
    }
}

#[test]
fn a_comma_list_goes_on_to_a_titled_name() {
    assert_eq!(
        names("The letter was signed by Ivo Brandt, Warren, Sen. Lena Okafor and others."),
        ["Ivo Brandt", "Warren", "Lena Okafor"]
    );
}

#[test]
fn review_cases_for_shared_surnames() {
    let people = |text: &str| -> Vec<(String, Vec<String>)> {
        dateline::extract(text)
            .people
            .into_iter()
            .map(|p| (p.name, p.mentions.into_iter().map(|m| m.text).collect()))
            .collect()
    };
    // The surname alone after the pair is the one named in full.
    let found = people("Fair.\n\nAnn and Tom Hale won the prize. Hale said it was a surprise.");
    assert_eq!(
        found,
        [
            ("Ann Hale".to_string(), vec!["Ann".to_string()]),
            (
                "Tom Hale".to_string(),
                vec!["Tom Hale".to_string(), "Hale".to_string()]
            ),
        ]
    );
    // The surname's parts: a hyphen, particles.
    let names = |text: &str| -> Vec<String> { people(text).into_iter().map(|p| p.0).collect() };
    assert_eq!(
        names("Fair.\n\nAnn and Tom Hale-Roy met. Lena and Ivo van der Berg spoke."),
        [
            "Ann Hale-Roy",
            "Tom Hale-Roy",
            "Lena van der Berg",
            "Ivo van der Berg"
        ]
    );
    // A word the article gives someone with a title is theirs.
    assert_eq!(
        names("Fair.\n\nSen. Warren spoke. Warren and Tom Hale left."),
        ["Warren", "Tom Hale"]
    );
    // The pair's own full name later is the same person; an opening place
    // is no list.
    assert_eq!(
        names("Fair.\n\nIn Dover, Ann and Tom Hale spoke. Later Ann Hale thanked them."),
        ["Ann Hale", "Tom Hale"]
    );
}

#[test]
fn many_people_of_one_surname_stay_linear() {
    // Thousands of given names, each with the same surname: every new one
    // is compared with a bounded number of the others (the adversarial
    // bench times it).
    let given = ["Ann", "Tom", "Lena", "Ivo", "Mary", "John", "Kate", "Paul"];
    let mut text = String::from("Roster.\n\n");
    for i in 0..20_000 {
        let initial = (b'A' + (i % 26) as u8) as char;
        text.push_str(&format!(
            "{} {initial}. Hale spoke. ",
            given[i % given.len()]
        ));
    }
    let article = dateline::extract(&text);
    assert!(!article.people.is_empty());
}

#[test]
fn a_role_of_two_bodies_joined_by_and_the_is_one_title() {
    assert_eq!(
        first_titles(
            "Rep. Ann Roy, chair of the Harbor Caucus and the House Rail Subcommittee, said no."
        ),
        [
            "Rep.",
            "chair of the Harbor Caucus and the House Rail Subcommittee"
        ]
    );
    // Not a second person or a lower-case role after "and the".
    assert_eq!(
        first_titles("Ann Roy, chair of the Harbor Caucus and the mayor of Dover, spoke."),
        ["chair of the Harbor Caucus"]
    );
}

#[test]
fn four_capitalised_words_may_qualify_a_title_before_a_name() {
    assert_eq!(
        first_titles("Harbor Safety Board Chairman Ann Roy spoke."),
        ["Harbor Safety Board Chairman"]
    );
    assert_eq!(
        first_titles("Harbor Safety Review Board Chairman Ann Roy spoke."),
        ["Harbor Safety Review Board Chairman"]
    );
}

#[test]
fn a_plural_title_after_a_role_opens_its_own_list() {
    // The role before the comma is someone else's: the plural's names are
    // senators, and its abbreviation is no part of a name.
    let text = "Ann Roy was named Harbor Court Judge for the Eastern Circuit of Ohio, Sens. Tom Hale and Lee Park said.";
    assert_eq!(
        titles_of(text),
        owned(&[
            ("Ann Roy", &[]),
            ("Tom Hale", &["Sen."]),
            ("Lee Park", &["Sen."])
        ])
    );
}

#[test]
fn a_line_on_the_map_is_no_person() {
    assert!(names("A fence marks the old Mason Dixon Line east of the farms.").is_empty());
}

#[test]
fn a_name_no_list_knows_is_a_person_before_who_and_a_verb() {
    assert_eq!(
        names("The talks with Tavo Kerrin, who was held for a year, went on. Kerrin is home."),
        ["Tavo Kerrin"]
    );
    // Not one word alone, nor a run after "who" with no verb.
    assert!(names("The talks with Kerrin, who was held, went on.").is_empty());
    assert!(names("The Tavo Kerrin, who else?").is_empty());
}

// A list of fields closed by "and" before a law's name is no name and
// title: "Harbors, Justice, and Transit Appropriations Act".
#[test]
fn a_role_before_a_given_name_and_a_glued_sentence_keep_their_names() {
    assert_eq!(
        titles_of("The letter was signed by Vellacott, Chairman, and Bill Quarry, Treasurer."),
        owned(&[
            ("Vellacott", &["Chairman"]),
            ("Bill Quarry", &["Treasurer"])
        ])
    );
    assert_eq!(
        names("The winners were Ann Roy, Lee Park and Hale.The council met later."),
        ["Ann Roy", "Lee Park", "Hale"]
    );
    assert_eq!(
        titles_of("Tom Cape, a teacher, said the school was safe."),
        owned(&[("Tom Cape", &["teacher"])])
    );
}

/// Asserts that none of `texts` names a person.
fn no_person_in(texts: &[&str]) {
    for text in texts {
        assert!(names(text).is_empty(), "{text:?}: {:?}", names(text));
    }
}

#[test]
fn fields_listed_in_a_laws_name_are_no_person() {
    no_person_in(&[
        "The 2027 Harbors, Justice, and Transit Appropriations Act funds the port.",
        "The Trade, Justice, and Transit Act passed on Monday.",
    ]);
}

#[test]
fn a_form_of_address_after_a_possessive_is_no_person() {
    no_person_in(&[
        "Envoys met His Holiness, the abbot of the Harlow monastery.",
        "The gift was sent to Her Majesty, the queen of Ruritania.",
        "Guests bowed to His Excellency, the ambassador.",
    ]);
}

#[test]
fn a_point_a_cape_or_a_row_is_no_person() {
    no_person_in(&[
        "Fishing is closed from Point Gilmore in Oregon to the border.",
        "The ferry to Cape Harlan left late.",
        "The trail links Bank Row and the river.",
    ]);
    // A given name still opens a person's name ending in "Row".
    assert_eq!(names("The pitcher Ann Row threw well."), ["Ann Row"]);
}

#[test]
fn a_sound_an_inlet_a_channel_or_a_lagoon_is_no_person() {
    no_person_in(&[
        "Boats left Prince Albert Sound at dawn.",
        "The Dover Inlet Oyster brand sells well.",
        "Ferries cross the Ann Marie Channel daily.",
        "Birds nest at Nelson Lagoon each May.",
    ]);
}

#[test]
fn degrees_after_a_name_are_no_part_of_it_and_keep_the_role_after_them() {
    assert_eq!(
        titles_of("Tom B. Hale, MD, MPH, Chair, Dover Health Board, spoke."),
        owned(&[("Tom B. Hale", &["Chair"])])
    );
    assert_eq!(
        titles_of("The panel is led by Ruth Hale M.D., a surgeon."),
        owned(&[("Ruth Hale", &[])])
    );
}

// Degrees are read from data/curated/post_nominals.tsv, including the
// forms with periods whose first piece is long ("Pharm.D.", "Psy.D."); no
// piece of a dotted degree is a listed name ("Ed" of "Ed.D.").
#[test]
fn listed_degrees_with_long_pieces_end_the_name_and_name_no_one() {
    for (degree, rest) in [
        ("Pharm.D.", "director of the Harlow Clinic"),
        ("Psy.D.", "chair of the Dover Health Board"),
        ("Ed.D.", "president of the Harlow Institute"),
    ] {
        let text = format!("The board met. Nora Vantreck, {degree}, {rest}, spoke first.");
        assert_eq!(
            titles_of(&text),
            owned(&[("Nora Vantreck", &[rest])]),
            "{text}"
        );
    }
}

#[test]
fn a_degree_after_a_titled_name_keeps_the_role_after_it() {
    assert_eq!(
        first_titles("Sen. Ruth Hale M.D., vice chair of the Harbor Health Committee, said no."),
        ["Sen.", "vice chair of the Harbor Health Committee"]
    );
}

#[test]
fn a_band_or_a_horse_before_who_is_no_person() {
    no_person_in(&[
        "Tickets sold out for the Zorvan Drifters, who will play Friday.",
        "The owner of Quiet Strike, who was a late entry, smiled.",
    ]);
    assert!(names("Rain flooded Orleans and Jefferson Parishes on Monday.").is_empty());
    assert!(names("Floods hit Queen Mary's and Talbot Counties on Monday.").is_empty());
}
