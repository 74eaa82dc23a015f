//! Integration tests: quotes. Every attribution pattern and every mark
//! style, including the cases that are not quotations, on sentences written
//! for these tests.

use dateline::{QuoteExtractor, QuoteKind};

use crate::support;

/// One expected quotation: kind, content, cue, speaker mention.
type Want = (
    &'static str,
    &'static str,
    Option<&'static str>,
    Option<&'static str>,
);

fn kind(k: QuoteKind) -> &'static str {
    match k {
        QuoteKind::Direct => "direct",
        QuoteKind::Mixed => "mixed",
        QuoteKind::Indirect => "indirect",
        _ => "other",
    }
}

fn check(text: &str, want: &[Want]) {
    let got = QuoteExtractor::new().extract(text);
    for q in &got {
        assert_eq!(&text[q.span.range()], q.text, "span text in {text:?}");
    }
    let got: Vec<Want> = got
        .iter()
        .map(|q| {
            (
                kind(q.kind),
                leak(&q.text),
                q.cue.as_ref().map(|c| leak(&c.text)),
                q.speaker.as_ref().map(|s| leak(&s.mention.text)),
            )
        })
        .collect();
    assert_eq!(got, want, "in {text:?}");
}

/// `(mention, resolved person)` of every quote's speaker, in order.
fn speakers_of(article: &dateline::Article) -> Vec<(&str, Option<&str>)> {
    article
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref())
        .map(|s| (s.mention.text.as_str(), s.person.as_deref()))
        .collect()
}

/// `(resolved person, joint speakers)` of every quote's speaker, in order.
fn joint_speakers(article: &dateline::Article) -> Vec<(Option<&str>, Vec<&str>)> {
    article
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref())
        .map(|s| {
            (
                s.person.as_deref(),
                s.joint.iter().map(String::as_str).collect(),
            )
        })
        .collect()
}

/// The speaker mention of every quotation, in order.
fn speaker_mentions(quotes: &[dateline::Quote]) -> Vec<Option<&str>> {
    texts_and_speakers(quotes)
        .into_iter()
        .map(|(_, s)| s)
        .collect()
}

/// `(content, speaker mention)` of every quotation, in order.
fn texts_and_speakers(quotes: &[dateline::Quote]) -> Vec<(&str, Option<&str>)> {
    quotes
        .iter()
        .map(|q| {
            (
                q.text.as_str(),
                q.speaker.as_ref().map(|s| s.mention.text.as_str()),
            )
        })
        .collect()
}

fn leak(s: &str) -> &'static str {
    Box::leak(s.to_string().into_boxed_str())
}

macro_rules! t {
    ($name:ident, $text:expr, [$($want:expr),* $(,)?]) => {
        #[test]
        fn $name() {
            check($text, &[$($want),*]);
        }
    };
}

// Direct speech: the attribution patterns.
t!(
    quote_comma_said_name,
    "“We will rebuild the bridge by spring,” said Mayor Ellen Park.",
    [(
        "direct",
        "We will rebuild the bridge by spring",
        Some("said"),
        Some("Mayor Ellen Park")
    )]
);
t!(
    quote_comma_name_said,
    "“The budget is balanced,” Treasurer Omar Diallo said on Tuesday.",
    [(
        "direct",
        "The budget is balanced",
        Some("said"),
        Some("Treasurer Omar Diallo")
    )]
);
t!(
    quote_outside_comma,
    "“The budget is balanced”, Diallo said.",
    [(
        "direct",
        "The budget is balanced",
        Some("said"),
        Some("Diallo")
    )]
);
t!(
    name_said_comma_spaced_straight_mark,
    "In opening the hearing, Ruiz said, \" The harbor has waited for this. We will dredge it.\"",
    [(
        "direct",
        "The harbor has waited for this. We will dredge it.",
        Some("said"),
        Some("Ruiz")
    )]
);
t!(
    quote_both_parts,
    "“We are ready,” the coach said. “The players know what to do.”",
    [
        ("direct", "We are ready", Some("said"), Some("the coach")),
        (
            "direct",
            "The players know what to do.",
            Some("said"),
            Some("the coach")
        )
    ]
);
// The cue of a quotation's first part attributes the parts after it in
// its paragraph; a paragraph after that goes on with the speaker alone, and
// a negated report lends its speaker but not its cue.
t!(
    continued_quotation_keeps_its_cue_inside_the_paragraph,
    "“The pier is safe,” the engineer told reporters. “We checked every pile.”\n\n“Twice.”",
    [
        (
            "direct",
            "The pier is safe",
            Some("told"),
            Some("the engineer")
        ),
        (
            "direct",
            "We checked every pile.",
            Some("told"),
            Some("the engineer")
        ),
        ("direct", "Twice.", None, Some("the engineer"))
    ]
);
t!(
    continued_quotation_after_a_negated_report_has_no_cue,
    "Mayor Ruth Okafor would not say whether the pool would reopen. “We are tallying the damage.”",
    [
        (
            "indirect",
            "whether the pool would reopen",
            Some("say"),
            Some("Mayor Ruth Okafor")
        ),
        (
            "direct",
            "We are tallying the damage.",
            None,
            Some("Mayor Ruth Okafor")
        )
    ]
);
t!(
    quote_split_sentence,
    "“We are ready,” she said, “and the players know it.”",
    [
        ("direct", "We are ready", Some("said"), Some("she")),
        (
            "direct",
            "and the players know it.",
            Some("said"),
            Some("she")
        )
    ]
);
t!(
    colon_quote,
    "The minister said: “Nobody will lose their job.”",
    [(
        "direct",
        "Nobody will lose their job.",
        Some("said"),
        Some("The minister")
    )]
);
t!(
    comma_quote,
    "Garcia said, “The port reopens on Monday.”",
    [(
        "direct",
        "The port reopens on Monday.",
        Some("said"),
        Some("Garcia")
    )]
);
t!(
    told_audience_colon,
    "Lindqvist told reporters: “The talks were useful.”",
    [(
        "direct",
        "The talks were useful.",
        Some("told"),
        Some("Lindqvist")
    )]
);
t!(
    dash_attribution,
    "“Never again.” — Amira Haddad",
    [("direct", "Never again.", None, Some("Amira Haddad"))]
);
t!(
    neighbouring_sentence,
    "Chief Inspector Rowe spoke on Monday.\n\nRowe said:\n\n“The search continues tonight.”",
    [(
        "direct",
        "The search continues tonight.",
        Some("said"),
        Some("Rowe")
    )]
);
t!(
    bare_quote_continues_speaker,
    "“The river rose fast,” said Tomas Berg, a farmer.\n\n“By noon the barn was gone.”",
    [
        (
            "direct",
            "The river rose fast",
            Some("said"),
            Some("Tomas Berg")
        ),
        (
            "direct",
            "By noon the barn was gone.",
            None,
            Some("Tomas Berg")
        )
    ]
);
t!(
    unknown_verb_after_comma_quote,
    "“Not this year,” the senator replied curtly.",
    [(
        "direct",
        "Not this year",
        Some("replied"),
        Some("the senator")
    )]
);
// A quotation right after the cue ends the content when the words after
// it start something else.
t!(
    quote_after_cue_then_second_predicate,
    "The fans chanted “Who needs sleep?” and kept singing past midnight.",
    [(
        "direct",
        "Who needs sleep?",
        Some("chanted"),
        Some("The fans")
    )]
);
t!(
    quote_after_cue_then_time_clause,
    "The pickets chanted “Fair pay now” after the talks broke down.",
    [(
        "direct",
        "Fair pay now",
        Some("chanted"),
        Some("The pickets")
    )]
);
t!(
    quote_after_cue_then_participle,
    "The coach joked, “We may need a bigger bus,” drawing laughs from the players.",
    [(
        "direct",
        "We may need a bigger bus",
        Some("joked"),
        Some("The coach")
    )]
);
t!(
    quote_after_cue_then_dash,
    "The treasurer said, “Every cent is accounted for” – a claim the auditors doubted.",
    [(
        "direct",
        "Every cent is accounted for",
        Some("said"),
        Some("The treasurer")
    )]
);
t!(
    quote_after_cue_continued_by_clause_stays_mixed,
    "The mayor said “the worst is over” because the river had crested.",
    [(
        "mixed",
        "“the worst is over” because the river had crested",
        Some("said"),
        Some("The mayor")
    )]
);
t!(
    colon_then_quote_then_attribution,
    "The engineer saw the risk differently: “The dam will hold through spring,” she said.",
    [(
        "direct",
        "The dam will hold through spring",
        Some("said"),
        Some("she")
    )]
);
t!(
    cue_adjunct_comma_then_whole_quote,
    "The candidate replied a day later, “Nobody asked me about the budget.”",
    [(
        "direct",
        "Nobody asked me about the budget.",
        Some("replied"),
        Some("The candidate")
    )]
);
t!(multi_paragraph_quote,
   "“The first thing we did was call the families.\n\n“Then we opened the school as a shelter,” the principal said.",
   // One quote spanning both paragraphs (the repeated opening mark inside).
   [("direct", "The first thing we did was call the families.\n\n“Then we opened the school as a shelter", Some("said"), Some("the principal"))]);

#[test]
fn multi_paragraph_quote_split_per_paragraph() {
    let text = "“The first thing we did was call the families.\n\n“Then we opened the school as a shelter,” the principal said.";
    let quotes = dateline::QuoteExtractor::new()
        .split_paragraphs(true)
        .extract(text);
    let got = texts_and_speakers(&quotes);
    assert_eq!(
        got,
        [
            (
                "The first thing we did was call the families.",
                Some("the principal")
            ),
            (
                "Then we opened the school as a shelter",
                Some("the principal")
            ),
        ]
    );
}

// Mark styles.
t!(
    mark_straight,
    "\"Prices will fall,\" the analyst said.",
    [(
        "direct",
        "Prices will fall",
        Some("said"),
        Some("the analyst")
    )]
);
t!(
    mark_single_curly,
    "‘Prices will fall,’ the analyst said.",
    [(
        "direct",
        "Prices will fall",
        Some("said"),
        Some("the analyst")
    )]
);
t!(
    mark_single_straight,
    "'Prices will fall,' the analyst said.",
    [(
        "direct",
        "Prices will fall",
        Some("said"),
        Some("the analyst")
    )]
);
t!(
    mark_guillemets,
    "«Prices will fall», the analyst said.",
    [(
        "direct",
        "Prices will fall",
        Some("said"),
        Some("the analyst")
    )]
);
t!(
    mark_reversed_guillemets,
    "»Prices will fall«, the analyst said.",
    [(
        "direct",
        "Prices will fall",
        Some("said"),
        Some("the analyst")
    )]
);
t!(
    mark_low_high,
    "„Prices will fall“, the analyst said.",
    [(
        "direct",
        "Prices will fall",
        Some("said"),
        Some("the analyst")
    )]
);
t!(
    mark_low_single,
    "‚Prices will fall‘, the analyst said.",
    [(
        "direct",
        "Prices will fall",
        Some("said"),
        Some("the analyst")
    )]
);
t!(
    mark_doubled_apostrophes,
    "''Prices will fall,'' the analyst said.",
    [(
        "direct",
        "Prices will fall",
        Some("said"),
        Some("the analyst")
    )]
);
t!(
    mark_nested,
    "“They told me ‘wait until Friday’ and nothing happened,” Novak said.",
    [(
        "direct",
        "They told me ‘wait until Friday’ and nothing happened",
        Some("said"),
        Some("Novak")
    )]
);
t!(
    mark_nested_in_the_same_style,
    "“We still serve what the critics call “junk” every Sunday,” Novak said.",
    [(
        "direct",
        "We still serve what the critics call “junk” every Sunday",
        Some("said"),
        Some("Novak")
    )]
);
t!(
    mark_nested_in_straight_quotes,
    "\"Those who send \"blast faxes\" should be prosecuted,\" said Novak.",
    [(
        "direct",
        "Those who send \"blast faxes\" should be prosecuted",
        Some("said"),
        Some("Novak")
    )]
);
t!(
    mark_reopened_after_a_sentence_is_a_new_quotation,
    "“We can’t go on, she said. “We won’t,” Novak said.",
    [
        ("direct", "We can’t go on, she said.", None, None),
        ("direct", "We won’t", Some("said"), Some("Novak"))
    ]
);

// Apostrophes are not quotation marks.
t!(
    apostrophes,
    "O’Brien’s band played rock ’n’ roll hits from the ’90s at the Smiths’ farm, and didn’t stop.",
    []
);
t!(
    apostrophe_then_quote,
    "The Joneses’ lawyer said: “We’ll appeal.”",
    [(
        "direct",
        "We’ll appeal.",
        Some("said"),
        Some("The Joneses’ lawyer")
    )]
);

// Not quotations.
t!(
    scare_quotes,
    "Drivers faced “whiteouts” on the pass for a second day.",
    []
);
t!(
    title,
    "Her memoir “The Kid Who Would Be King” sold well in the spring.",
    []
);
t!(
    nickname,
    "A man who goes by “Shorty” runs the ferry across the lake.",
    []
);
t!(
    opposed_to_is_an_adjective,
    "Councillors opposed to such a levy blocked the vote.",
    []
);
t!(
    a_cue_that_needs_a_quotation_does_not_end_the_content_without_one,
    "Roy said the old bill, when compared to the new plan, would mean fewer closures.",
    [(
        "indirect",
        "the old bill, when compared to the new plan, would mean fewer closures",
        Some("said"),
        Some("Roy")
    )]
);
t!(
    a_noun_in_ing_before_of_is_no_new_predicate,
    "Roy urged the agency to speed its review of haying and grazing of farm land.",
    [(
        "indirect",
        "the agency to speed its review of haying and grazing of farm land",
        Some("urged"),
        Some("Roy")
    )]
);
t!(
    it_after_a_verb_before_a_colon_is_no_speaker,
    "Amos Hale put it this way: “The way to have good roads is to pay for them.”",
    [(
        "direct",
        "The way to have good roads is to pay for them.",
        None,
        Some("Amos Hale")
    )]
);
t!(
    a_name_before_a_role_after_a_quotation_speaks,
    "“We have a crisis at the port,” Tom Reed, president of Harbor Resort told the senator.",
    [(
        "direct",
        "We have a crisis at the port",
        Some("told"),
        Some("Tom Reed")
    )]
);
t!(
    a_think_tank_is_no_cue,
    "Lena Ward, a fellow at a think tank in Dover, argued the plan would fail.",
    [(
        "indirect",
        "the plan would fail",
        Some("argued"),
        Some("Lena Ward")
    )]
);
t!(
    a_headline_in_capitals_names_an_act_not_words,
    "SEN. ROY SUPPORTS EFFORTS TO SECURE $2 MILLION FOR DOVER\n\nSen. Ann Roy praised the \
     harbor crews.",
    [(
        "indirect",
        "the harbor crews",
        Some("praised"),
        Some("Sen. Ann Roy")
    )]
);
t!(
    the_rules_of_the_session_leave_reports_alone,
    "Hale announced to the crowd that he would run again. Overall, the mayor said the budget is \
     sound. Army planners think tanks are still needed. Ward offered a measure of hope to the \
     families.",
    [
        (
            "indirect",
            "to the crowd that he would run again",
            Some("announced"),
            Some("Hale")
        ),
        (
            "indirect",
            "the budget is sound",
            Some("said"),
            Some("the mayor")
        ),
        (
            "indirect",
            "tanks are still needed",
            Some("think"),
            Some("Army planners")
        ),
        (
            "indirect",
            "a measure of hope to the families",
            Some("offered"),
            Some("Ward")
        ),
    ]
);
t!(
    a_subject_pronoun_before_a_colon_speaks,
    "In a statement he thundered: “We will win this fight, whatever the cost.”",
    [(
        "direct",
        "We will win this fight, whatever the cost.",
        None,
        Some("he")
    )]
);
t!(
    a_participle_opening_the_body_after_a_headline_in_capitals_is_a_cue,
    "ROADS BILL\n\nSaying the roads are bad, the mayor introduced a bill.",
    [(
        "indirect",
        "the roads are bad",
        Some("Saying"),
        Some("the mayor")
    )]
);
t!(
    a_recipient_after_to_is_no_content,
    "The rider she offered to a farm bill failed. Roy talked to the crowd for an hour.",
    []
);
t!(
    an_offered_law_is_no_speech,
    "Sen. Ann Roy offered an amendment to the harbor bill. Tom Reed offered new legislation \
     in 2019 to cap fares.",
    []
);
t!(
    an_offer_of_words_and_an_offer_to_act_are_reports,
    "Roy offered no proof of fraud. Reed offered to host the talks. Hale pointed to the polls.",
    [
        (
            "indirect",
            "no proof of fraud",
            Some("offered"),
            Some("Roy")
        ),
        (
            "indirect",
            "to host the talks",
            Some("offered"),
            Some("Reed")
        ),
        ("indirect", "to the polls", Some("pointed"), Some("Hale")),
    ]
);
t!(
    opposed_to_describes_the_speaker,
    "Councillors opposed to the mayor said the levy would hurt families.",
    [(
        "indirect",
        "the levy would hurt families",
        Some("said"),
        Some("Councillors opposed to the mayor")
    )]
);
t!(
    unbalanced_marks,
    "The sign read \"\"= and then “ nothing ” at all”.",
    []
);
t!(stray_closing_mark, "The vote” was close.", []);

// Indirect and mixed speech.
t!(
    indirect_said_that,
    "Governor Reyes said that the dam had held overnight.",
    [(
        "indirect",
        "the dam had held overnight",
        Some("said"),
        Some("Governor Reyes")
    )]
);
t!(
    indirect_content_ends_before_a_contrast_with_its_own_subject,
    "Mayor Ortiz said the pool would reopen in June, but she did not say when.",
    [(
        "indirect",
        "the pool would reopen in June",
        Some("said"),
        Some("Mayor Ortiz")
    )]
);
t!(
    indirect_content_keeps_a_contrast_without_subject,
    "Mayor Ortiz said the pool would reopen, but only in June.",
    [(
        "indirect",
        "the pool would reopen, but only in June",
        Some("said"),
        Some("Mayor Ortiz")
    )]
);
t!(
    indirect_content_keeps_not_only_but,
    "Ortiz said the floods not only closed the school, but they also cut the road.",
    [(
        "indirect",
        "the floods not only closed the school, but they also cut the road",
        Some("said"),
        Some("Ortiz")
    )]
);
t!(
    indirect_content_ends_before_a_closing_relative_clause,
    "Ortiz said the town would sue the water company, which denies any fault.",
    [(
        "indirect",
        "the town would sue the water company",
        Some("said"),
        Some("Ortiz")
    )]
);
t!(
    indirect_content_keeps_a_relative_clause_inside_it,
    "Ortiz said the water company, which owns the old dam, would be sued.",
    [(
        "indirect",
        "the water company, which owns the old dam, would be sued",
        Some("said"),
        Some("Ortiz")
    )]
);
t!(
    indirect_content_ends_before_a_comparison,
    "Most residents said the water tasted better, compared with 40 percent in May.",
    [(
        "indirect",
        "the water tasted better",
        Some("said"),
        Some("Most residents")
    )]
);
t!(
    indirect_said_bare,
    "Reyes said the dam had held overnight.",
    [(
        "indirect",
        "the dam had held overnight",
        Some("said"),
        Some("Reyes")
    )]
);
t!(
    indirect_pronoun_that_verbs,
    "He underlined that the inquiry would be independent.",
    [(
        "indirect",
        "the inquiry would be independent",
        Some("underlined"),
        Some("He")
    )]
);
t!(
    indirect_according_to_first,
    "According to the coroner, the fire started in the kitchen.",
    [(
        "indirect",
        "the fire started in the kitchen",
        Some("According to"),
        Some("the coroner")
    )]
);
t!(
    indirect_according_to_last,
    "The fire started in the kitchen, according to the coroner.",
    [(
        "indirect",
        "The fire started in the kitchen",
        Some("according to"),
        Some("the coroner")
    )]
);
t!(
    indirect_according_to_with_the_source_described,
    "The fire started in the kitchen, according to Ann Roy, assistant chief of the fire service.",
    [(
        "indirect",
        "The fire started in the kitchen",
        Some("according to"),
        Some("Ann Roy")
    )]
);
t!(
    indirect_clause_comma_said,
    "The fire started in the kitchen, the coroner said.",
    [(
        "indirect",
        "The fire started in the kitchen",
        Some("said"),
        Some("the coroner")
    )]
);
t!(
    indirect_comma_said_role,
    "The league will expand next season, said the league commissioner during a visit to Oslo.",
    [(
        "indirect",
        "The league will expand next season",
        Some("said"),
        Some("the league commissioner")
    )]
);
t!(
    indirect_told_that,
    "Mendes told the council that the budget would be cut.",
    [(
        "indirect",
        "the budget would be cut",
        Some("told"),
        Some("Mendes")
    )]
);
t!(
    mixed_fragment,
    "Okafor said the plan was “dead on arrival” in the Senate.",
    [(
        "mixed",
        "the plan was “dead on arrival” in the Senate",
        Some("said"),
        Some("Okafor")
    )]
);
t!(
    adding_that_quote,
    "Okafor said the plan was weak, adding that “nobody will vote for it”.",
    [
        (
            "indirect",
            "the plan was weak",
            Some("said"),
            Some("Okafor")
        ),
        (
            "direct",
            "nobody will vote for it",
            Some("adding"),
            Some("Okafor")
        )
    ]
);
t!(
    dateline_is_not_content,
    "OSLO – The league will expand next season, said the league commissioner.",
    [(
        "indirect",
        "The league will expand next season",
        Some("said"),
        Some("the league commissioner")
    )]
);
t!(
    said_without_content,
    "The rain stopped, and the mayor said nothing more about it.",
    []
);

#[test]
fn the_seed_quotes() {
    let text = support::sarajevo();
    let gold = support::sarajevo_gold();
    let got = QuoteExtractor::new().extract(&text);
    let want = gold["quotes"].as_array().unwrap();
    assert_eq!(got.len(), want.len());
    for (q, w) in got.iter().zip(want) {
        assert_eq!(kind(q.kind), w["kind"].as_str().unwrap());
        assert_eq!(q.text, w["text"].as_str().unwrap());
        assert_eq!(q.cue.as_ref().unwrap().text, w["cue"].as_str().unwrap());
        assert!(q.speaker.is_some());
    }
}

#[test]
fn no_panic_on_odd_marks() {
    let cases = [
        "",
        "\"",
        "“",
        "”",
        "''",
        "'",
        "«»",
        "»«",
        "„",
        "‚",
        "\"\"\"\"",
        "“”“”",
        "”“",
        "said",
        ", said",
        "“a",
        "a”",
        "\"a\n\n\"b\n\n\"c",
        "He said: “",
        "According to",
        "according to X,",
        "“““““““““““““““““““““““““““““““““““““““““““““““““““",
    ];
    for text in cases {
        let quotes = QuoteExtractor::new().extract(text);
        for q in quotes {
            assert!(text.get(q.span.range()).is_some());
        }
    }
}

#[test]
fn linear_on_many_open_marks() {
    let text = "“He said that ".repeat(20_000);
    let start = std::time::Instant::now();
    let _ = QuoteExtractor::new().extract(&text);
    assert!(start.elapsed().as_secs() < 5);
}

t!(
    parenthetical_cue,
    "The new rules, she said, will cut waiting times by half.",
    [
        ("indirect", "The new rules", Some("said"), Some("she")),
        (
            "indirect",
            "will cut waiting times by half",
            Some("said"),
            Some("she")
        )
    ]
);
t!(
    and_said,
    "Mayor Lund toured the flooded streets and said the army would help.",
    [(
        "indirect",
        "the army would help",
        Some("said"),
        Some("Mayor Lund")
    )]
);

// Regressions.

/// Checks the promises on `text`: spans on char boundaries, equal to
/// their slices.
fn check_spans(text: &str) -> Vec<dateline::Quote> {
    let quotes = QuoteExtractor::new().extract(text);
    for q in &quotes {
        assert_eq!(text.get(q.span.range()), Some(q.text.as_str()), "{text:?}");
    }
    quotes
}

#[test]
fn regression_mark_next_to_char_whose_lowercase_is_longer() {
    // `Ⱥ` (2 bytes) lowercases to `ⱥ` (3 bytes): the elision check after an
    // apostrophe sliced at the lowercased length and split a character.
    for text in [
        "Ⱥ\"\u{E6FE9}'Ⱥ",
        "'Ⱥx",
        "’ȺȺȺȺȺȺȺ and more",
        "He said 'ȺN' and \u{202E}'Ⱥ' and ‘Ⱥ’.",
        "\u{202E}“Ⱥ”\u{202E}'\u{202E}'",
        "'İstanbul' is a city, she said.",
    ] {
        check_spans(text);
    }
}

#[test]
fn regression_unclosed_quote_ends_at_next_opening_mark() {
    for text in [
        "\u{201C}Yes, ".repeat(10_000),
        "\u{AB}Oui, ".repeat(10_000),
        "\"Yes, ".repeat(10_000),
        "He said \u{201C}we will. ".repeat(5_000),
    ] {
        for q in check_spans(&text) {
            assert!(
                !q.text.contains(['\u{201C}', '\u{AB}']),
                "a quote spans an unmatched opening mark"
            );
        }
    }
}

t!(
    regression_unclosed_quote_then_a_new_one,
    "The coach said “we will not give up on this team. Then he added: “We play to win.”",
    [
        (
            "direct",
            "we will not give up on this team.",
            Some("said"),
            Some("The coach")
        ),
        ("direct", "We play to win.", Some("added"), Some("he"))
    ]
);

#[test]
fn regression_speaker_never_splits_a_character_from_its_marks() {
    let attached = |c: char| matches!(c, '\u{0300}'..='\u{036F}' | '\u{20D0}'..='\u{20FF}' | '\u{200D}' | '\u{FE00}'..='\u{FE0F}');
    for text in [
        "\u{301} said that the plan would work.",
        "\u{301} company said it would hire 1,000 people.",
        "“The water came at night,” said Tom Ha\u{FE0F}le, the mayor.",
        "The e\u{301}diteur said that sales were up by a third.",
    ] {
        for q in check_spans(text) {
            if let Some(s) = &q.speaker {
                let sp = s.mention.span;
                assert!(!s.mention.text.starts_with(attached), "{text:?}");
                assert!(!text[sp.end()..].starts_with(attached), "{text:?}");
            }
        }
    }
}

t!(
    appositive_subject_is_not_an_inversion,
    "The city's former planning director, Ruth Abara, said the new tower would block the harbour view.",
    [(
        "indirect",
        "the new tower would block the harbour view",
        Some("said"),
        Some("The city's former planning director, Ruth Abara")
    )]
);
t!(
    relative_pronoun_speaker,
    "The survey counted residents who said they would leave the valley within a year.",
    [(
        "indirect",
        "they would leave the valley within a year",
        Some("said"),
        Some("who")
    )]
);
t!(
    group_noun_speaker,
    "Most voters say the council has ignored the flooding for too long.",
    [(
        "indirect",
        "the council has ignored the flooding for too long",
        Some("say"),
        Some("Most voters")
    )]
);
t!(
    content_opening_with_but_before_its_cue,
    "But the bridge was rebuilt far too slowly, the engineer said.",
    [(
        "indirect",
        "But the bridge was rebuilt far too slowly",
        Some("said"),
        Some("the engineer")
    )]
);
t!(
    object_of_an_evaluative_cue,
    "The mayor praised the volunteers who cleared the streets, and the council agreed.",
    [(
        "indirect",
        "the volunteers who cleared the streets",
        Some("praised"),
        Some("The mayor")
    )]
);
t!(
    declined_to_comment,
    "A spokeswoman for the port authority declined to comment.",
    [(
        "indirect",
        "to comment",
        Some("declined"),
        Some("A spokeswoman for the port authority")
    )]
);
t!(
    quote_then_speaker_with_appositive_then_cue,
    "“The dam will hold through the winter,” Ana Ruiz, the county engineer, told the council.",
    [(
        "direct",
        "The dam will hold through the winter",
        Some("told"),
        Some("Ana Ruiz")
    )]
);
t!(
    quote_then_role_then_name_then_cue,
    "“We never expected this many people,” one organizer, Tom Beck told reporters.",
    [(
        "direct",
        "We never expected this many people",
        Some("told"),
        Some("Tom Beck")
    )]
);
t!(
    cue_adverb_colon_quote,
    "The harbour master said flatly: “No ship leaves tonight.”",
    [(
        "direct",
        "No ship leaves tonight.",
        Some("said"),
        Some("The harbour master")
    )]
);
t!(
    content_ends_before_a_second_attribution,
    "Most farmers said the season was lost, and nearly half said they would sell their land.",
    [
        (
            "indirect",
            "the season was lost",
            Some("said"),
            Some("Most farmers")
        ),
        (
            "indirect",
            "they would sell their land",
            Some("said"),
            Some("nearly half")
        )
    ]
);
t!(
    subordinate_clause_content_ends_at_its_comma,
    "When the minister said the border would reopen, traders cheered in the market.",
    [(
        "indirect",
        "the border would reopen",
        Some("said"),
        Some("the minister")
    )]
);
t!(
    capitalized_cue_inside_a_name_is_no_cue,
    "Troops from the United States arrived in the port on Friday.",
    []
);
t!(
    base_form_cue_after_a_plural_subject,
    "Economists argue that the new tariff will raise prices for farmers.",
    [(
        "indirect",
        "the new tariff will raise prices for farmers",
        Some("argue"),
        Some("Economists")
    )]
);
t!(
    according_to_a_long_source,
    "According to first figures of a new survey by the university, most residents want the old bridge rebuilt.",
    [(
        "indirect",
        "most residents want the old bridge rebuilt",
        Some("According to"),
        Some("first figures of a new survey by the university")
    )]
);
t!(
    according_to_in_parentheses,
    "The next morning, according to the harbour master, the ferry left without its cargo.",
    [
        (
            "indirect",
            "The next morning",
            Some("according to"),
            Some("the harbour master")
        ),
        (
            "indirect",
            "the ferry left without its cargo",
            Some("according to"),
            Some("the harbour master")
        )
    ]
);
// An acronym in brackets after the source belongs to it.
t!(
    according_to_a_source_with_its_acronym,
    "The next morning, according to the Harbour Safety Office (HSO), the ferry left without its cargo.",
    [
        (
            "indirect",
            "The next morning",
            Some("according to"),
            Some("the Harbour Safety Office (HSO)")
        ),
        (
            "indirect",
            "the ferry left without its cargo",
            Some("according to"),
            Some("the Harbour Safety Office (HSO)")
        )
    ]
);
t!(
    according_to_opening_with_an_acronym,
    "According to the Harbour Safety Office (HSO), the ferry left without its cargo.",
    [(
        "indirect",
        "the ferry left without its cargo",
        Some("According to"),
        Some("the Harbour Safety Office (HSO)")
    )]
);
t!(
    a_source_phrase_is_no_speaker,
    "In a statement on its website, the club's board blamed the storm for the closure.",
    [(
        "indirect",
        "the storm for the closure",
        Some("blamed"),
        Some("the club's board")
    )]
);
t!(
    source_colon_headline,
    "Harbour Board: New Ferry Will Sail by Spring\n\nThe board met on Monday.",
    [(
        "indirect",
        "New Ferry Will Sail by Spring",
        Some(":"),
        Some("Harbour Board")
    )]
);
t!(
    speaker_with_a_parenthesis,
    "Sen. Ann Fox (D-Ore.) said the pipeline would not be approved this year.",
    [(
        "indirect",
        "the pipeline would not be approved this year",
        Some("said"),
        Some("Sen. Ann Fox")
    )]
);
t!(
    predicate_after_a_parenthetical_cue,
    "The one thing the campaign needs before the vote, aides said, is more volunteers in the hill towns.",
    [
        (
            "indirect",
            "The one thing the campaign needs before the vote",
            Some("said"),
            Some("aides")
        ),
        (
            "indirect",
            "is more volunteers in the hill towns",
            Some("said"),
            Some("aides")
        )
    ]
);
t!(
    speaker_with_two_appositives,
    "Gov. Lia Brandt, D-Vt., speaking on local radio after the storm, said the state would cover the repairs.",
    [(
        "indirect",
        "the state would cover the repairs",
        Some("said"),
        Some("Gov. Lia Brandt")
    )]
);
t!(
    a_closing_straight_mark_set_apart_before_the_cue,
    "\"The ferry serves the whole island, \"noted Senator Ines Varga.",
    [(
        "direct",
        "The ferry serves the whole island",
        Some("noted"),
        Some("Senator Ines Varga")
    )]
);
t!(
    title_in_marks_is_not_a_quote,
    "The festival opened with the film “Harvest Moon Over Lake Erie” on Friday night.",
    []
);

/// Regression: "according to" right after a dateline (the cue before the
/// sentence start) subtracted past zero.
#[test]
fn according_to_after_a_dateline_does_not_panic() {
    assert!(dateline::QuoteExtractor::new()
        .extract("according to LONDON – prices rose.")
        .is_empty());
    let a = dateline::extract("according to NEW YORK - “hi”");
    assert!(a.quotes.len() <= 1);
}

/// Regression: one sentence holding thousands of attributions took time
/// quadratic in its length (each cue rescanned the sentence, each repeated
/// organization rescanned its mentions). At these sizes quadratic time
/// takes minutes in a debug build; linear takes about a second.
#[test]
fn a_sentence_of_many_attributions_stays_linear() {
    for piece in ["said Smith, ", "according to NATO, ", "Smith said, "] {
        let text = piece.repeat(300_000 / piece.len());
        let article = dateline::extract(&text);
        assert!(article.quotes.len() > 1_000, "{piece:?}");
        for q in &article.quotes {
            assert_eq!(&text[q.span.range()], q.text);
        }
    }
}

#[test]
fn sentences_of_many_clauses_stay_linear() {
    // The rules that look back or ahead inside a sentence (a description
    // after "according to X,", "not only … but", dashes, a speaker's
    // prepositional phrase, “…?” Name asks as …) on one 300 KB sentence.
    for piece in [
        "according to Ann Roy, assistant chief of ",
        "not only the levy, but he said the plan, ",
        "the mayor -- who said -- said the levy - a claim ",
        "residents living near the plant in the town said ",
        "“Why?” Roy asks as ",
        "in a statement at a rally on Twitter said ",
        "when asked whether the levy was fair and ",
        "A cold winter, he said, “might be” good, ",
        ", he said, and “the plan” ",
        "Most said the plan, ",
    ] {
        let text = piece.repeat(300_000 / piece.len());
        for q in dateline::extract(&text).quotes {
            assert_eq!(&text[q.span.range()], q.text);
        }
    }
    // A long phrase before many parenthetical attributions: each looks
    // back a bounded reach, not to the sentence start.
    let text = "word ".repeat(60_000) + &", he said, “a b” x".repeat(3_000);
    for q in dateline::extract(&text).quotes {
        assert_eq!(&text[q.span.range()], q.text);
    }
}

/// Regression (property tests): a cue followed by a combining mark or a
/// zero-width joiner took the mark, and the quote that began with it then
/// contained its own cue.
#[test]
fn a_mark_after_the_cue_stays_out_of_the_quote() {
    for text in [
        "“Floods\r\rBONN – Rivers burst.\r\rMor:\u{200d}e rain is due, the weather service said.",
        "The minister said:\u{20dd} more rain is due next week, officials added.",
    ] {
        for q in dateline::extract(text).quotes {
            assert_eq!(&text[q.span.range()], q.text);
            assert!(
                !q.text.starts_with(['\u{200d}', '\u{20dd}']),
                "{:?}",
                q.text
            );
            if let Some(c) = &q.cue {
                assert!(!c.span.overlaps(q.span), "cue {:?} in {:?}", c.text, q.text);
            }
        }
    }
}

t!(
    mixed_quote_ends_before_participle,
    "The senator said the levy was “a tax on hope,” prompting jeers in the hall.",
    [(
        "mixed",
        "the levy was “a tax on hope,”",
        Some("said"),
        Some("The senator")
    )]
);
t!(
    object_quote_ends_before_new_verb,
    "The auditor called the contract “a costly mistake” and demanded a review.",
    [(
        "mixed",
        "the contract “a costly mistake”",
        Some("called"),
        Some("The auditor")
    )]
);
// Reported speech in relative clauses and participles.
t!(
    progressive_cue_has_its_subject,
    "The union is insisting that the contract must go to a vote.",
    [(
        "indirect",
        "the contract must go to a vote",
        Some("insisting"),
        Some("The union")
    )]
);
t!(
    participle_after_by_takes_the_subject,
    "The governor ended the briefing by saying the roads would reopen on Friday.",
    [(
        "indirect",
        "the roads would reopen on Friday",
        Some("saying"),
        Some("The governor")
    )]
);
t!(
    cue_after_but_takes_the_subject,
    "She liked the plan but insists the timeline is far too short.",
    [(
        "indirect",
        "the timeline is far too short",
        Some("insists"),
        Some("She")
    )]
);
t!(
    cue_after_verb_and_takes_its_subject,
    "When the count was finished, he shrugged and said the result would stand.",
    [(
        "indirect",
        "the result would stand",
        Some("said"),
        Some("he")
    )]
);
t!(
    indirect_comma_who_said,
    "Ann Kell, who said she is friendly with the owners, took issue with the plan.",
    [(
        "indirect",
        "she is friendly with the owners",
        Some("said"),
        Some("who")
    )]
);
t!(
    participle_speaker_is_the_subject,
    "The owner changed her menu in June, saying that about 20 dishes would go.",
    [(
        "indirect",
        "about 20 dishes would go",
        Some("saying"),
        Some("The owner")
    )]
);
t!(
    that_clause_may_open_with_a_preposition,
    "Tom Ruiz said that for years the county had planned a bypass.",
    [(
        "indirect",
        "for years the county had planned a bypass",
        Some("said"),
        Some("Tom Ruiz")
    )]
);
t!(
    relative_pronoun_before_the_speaker,
    "The council vetoed a levy, which landlords said was unfair to renters.",
    [(
        "indirect",
        "was unfair to renters",
        Some("said"),
        Some("landlords")
    )]
);
t!(
    object_ends_after_a_quotation_ending_in_a_comma,
    "Last week the mayor called the plan a “quiet disaster,” and the council agreed.",
    [(
        "mixed",
        "the plan a “quiet disaster,”",
        Some("called"),
        Some("the mayor")
    )]
);
t!(
    addressee_after_to_before_that,
    "Ruiz admitted to the local paper that the owner had phoned him twice.",
    [(
        "indirect",
        "the owner had phoned him twice",
        Some("admitted"),
        Some("Ruiz")
    )]
);
t!(
    long_addressee_before_that,
    "Ruiz told a city reporter on Monday evening that the plant would close.",
    [(
        "indirect",
        "the plant would close",
        Some("told"),
        Some("Ruiz")
    )]
);
t!(
    as_source_noted_comma,
    "As a city survey from 2019 noted, the average rent rose by a third.",
    [(
        "indirect",
        "the average rent rose by a third",
        Some("noted"),
        Some("a city survey")
    )]
);
t!(
    parenthetical_cue_with_a_phrase,
    "The hall, Vale argued in her letter, should stay open all year.",
    [
        ("indirect", "The hall", Some("argued"), Some("Vale")),
        (
            "indirect",
            "should stay open all year",
            Some("argued"),
            Some("Vale")
        )
    ]
);
t!(
    object_ends_before_but_and_a_cue,
    "Kell criticized the plan but has said the bridge will open in May.",
    [("indirect", "the plan", Some("criticized"), Some("Kell"))]
);
t!(
    split_quote_after_a_longer_attribution,
    "“The budget is balanced,” Ruiz told the council on Monday, “but the roads still need work.”",
    [
        (
            "direct",
            "The budget is balanced",
            Some("told"),
            Some("Ruiz")
        ),
        (
            "direct",
            "but the roads still need work.",
            Some("told"),
            Some("Ruiz")
        )
    ]
);
t!(
    web_address_is_one_speaker,
    "Example.com stated it would keep the archive online.",
    [(
        "indirect",
        "it would keep the archive online",
        Some("stated"),
        Some("Example.com")
    )]
);
t!(
    capitalised_time_word_inside_a_name,
    "The river will flood by Friday, according to the Valley Morning Star.",
    [(
        "indirect",
        "The river will flood by Friday",
        Some("according to"),
        Some("the Valley Morning Star")
    )]
);
t!(
    past_participle_ends_the_speaker_phrase,
    "A city report released on Monday found that rents rose by a third.",
    [(
        "indirect",
        "rents rose by a third",
        Some("found"),
        Some("A city report")
    )]
);
#[test]
fn connectives_and_verbs_are_not_speakers() {
    for text in [
        "The audit has prompted calls for all bridges to be inspected.",
        "The clinic refused new patients, instead seeking help from the county.",
        "However, the office changed the form, adding that it was a test.",
    ] {
        for q in QuoteExtractor::new().extract(text) {
            let spk = q.speaker.as_ref().map(|s| s.mention.text.as_str());
            assert!(
                !matches!(spk, Some("prompted" | "instead" | "However")),
                "{text:?}: speaker {spk:?}"
            );
        }
    }
}

// The phrase between a cue and its "that" clause: an addressee of several
// words, or a place or a medium named by a title in marks.
t!(
    told_long_addressee_then_that,
    "Okafor told radio host Lena Marsh that the levy was “a tax on hope.”",
    [(
        "mixed",
        "the levy was “a tax on hope.”",
        Some("told"),
        Some("Okafor")
    )]
);
t!(
    said_on_a_titled_show_then_that,
    "Okafor said on the program “Morning Table” that the levy would pass.",
    [(
        "indirect",
        "the levy would pass",
        Some("said"),
        Some("Okafor")
    )]
);
t!(
    said_on_a_medium_then_that,
    "Okafor said on her campaign website that the levy would pass.",
    [(
        "indirect",
        "the levy would pass",
        Some("said"),
        Some("Okafor")
    )]
);
// Cues of belief and promise (data/curated/cues.tsv): "think" and "hope" take
// a clause; "pledged" counts only with a quoted fragment.
t!(
    think_takes_a_clause,
    "Most engineers think the bridge will need new cables.",
    [(
        "indirect",
        "the bridge will need new cables",
        Some("think"),
        Some("Most engineers")
    )]
);
t!(
    pledged_with_a_quoted_fragment,
    "The governor pledged to clear the “waiting-list scandal” by June.",
    [(
        "mixed",
        "to clear the “waiting-list scandal” by June",
        Some("pledged"),
        Some("The governor")
    )]
);
t!(
    pledged_without_quotation_is_no_speech,
    "The governor pledged two million dollars to the clinic.",
    []
);
// After "that", the words before a colon belong to the reported clause.
t!(
    that_clause_then_colon_quote_is_one_mixed_quote,
    "Ruiz added that the council has two options: “Raise the levy or close the pool.”",
    [(
        "mixed",
        "the council has two options: “Raise the levy or close the pool.”",
        Some("added"),
        Some("Ruiz")
    )]
);
// A degree set off by a comma ends the speaker's name; a state's
// abbreviation of the same shape does not.
t!(
    speaker_with_a_degree_before_the_cue,
    "Senate Leader Ivo Brandt, M.D. (R-Vt.) announced that the clinic will open.",
    [(
        "indirect",
        "the clinic will open",
        Some("announced"),
        Some("Senate Leader Ivo Brandt, M.D.")
    )]
);
t!(
    a_states_abbreviation_is_no_degree,
    "Hale, Ph.D. said that the dam is safe. The mill in Dover, N.J. said that it will close.",
    [(
        "indirect",
        "the dam is safe",
        Some("said"),
        Some("Hale, Ph.D.")
    )]
);
// The author of a study "by" a person speaks through it; one "endorsed
// by" a person does not.
#[test]
fn a_study_by_a_person_resolves_to_its_author() {
    let article = dateline::extract(
        "Rents rose by a third, according to research by Ines Marlow. \
         A plan endorsed by Otto Brandt says that the rents will fall.",
    );
    assert_eq!(
        speakers_of(&article),
        [
            ("research by Ines Marlow", Some("Ines Marlow")),
            ("A plan endorsed by Otto Brandt", None)
        ]
    );
}

// A definite role ending in a title one person holds is that person; an
// indefinite one is nobody the article names.
#[test]
fn a_definite_role_ending_in_a_held_title_is_its_holder() {
    let article = dateline::extract(
        "Majority Leader Ivo Brandt blocked the vote. Sen. Ann Roy objected. \
         The Senate Majority Leader said the rules allow it. A former majority \
         leader said the rules do not.",
    );
    assert_eq!(
        speakers_of(&article),
        [
            ("The Senate Majority Leader", Some("Ivo Brandt")),
            ("A former majority leader", None)
        ]
    );
    // Nor another holder's: a former or deputy one, or an aide's.
    for role in [
        "The former majority leader",
        "The deputy majority leader",
        "The senator's majority leader",
    ] {
        let article = dateline::extract(&format!(
            "Majority Leader Ivo Brandt blocked the vote. {role} said the rules allow it."
        ));
        assert_eq!(speakers_of(&article), [(role, None)]);
    }
}

// A paragraph that opens with a bare quotation and names its speaker
// before the next one is that speaker's, not the last paragraph's.
#[test]
fn a_bare_quotation_before_a_named_cue_in_its_paragraph_is_that_speakers() {
    let article = dateline::extract(
        "\"We need the trucks,\" said Ned Pike of the Dover Fire Company.\n\n\"The \
         grants keep us safe.\" Roy said, \"Many departments still lack funds.\"",
    );
    assert_eq!(
        speakers_of(&article),
        [
            ("Ned Pike of the Dover Fire Company", Some("Ned Pike")),
            ("Roy", Some("Roy")),
            ("Roy", Some("Roy"))
        ]
    );
    // A reply answers the last speaker: the bare quotation stays hers.
    let article = dateline::extract(
        "\"We need cash,\" Mayor Ann Roy said.\n\n\"We have no money.\" Councilman \
         Tom Hale replied, \"Then find some.\"",
    );
    let people: Vec<_> = speakers_of(&article).into_iter().map(|s| s.1).collect();
    assert_eq!(people, [Some("Ann Roy"), Some("Ann Roy"), Some("Tom Hale")]);
}

// A role set off before a titled name with its party label: the name
// speaks.
#[test]
fn a_role_then_a_titled_name_with_its_label_speaks_as_the_name() {
    let article = dateline::extract(
        "Mayor Ann Roy praised the plan. Her rival for the seat, State Senator Ivo \
         Brandt (D-NV), said the plan is too costly.",
    );
    assert_eq!(
        speakers_of(&article),
        [
            ("Mayor Ann Roy", Some("Ann Roy")),
            (
                "Her rival for the seat, State Senator Ivo Brandt",
                Some("Ivo Brandt")
            )
        ]
    );
}

// The comma between a day and its year breaks no object.
t!(
    object_runs_over_a_dates_comma,
    "Ruiz announced a ferry grant through June 30, 2031, and left early.",
    [(
        "indirect",
        "a ferry grant through June 30, 2031",
        Some("announced"),
        Some("Ruiz")
    )]
);
// An object ends where the subject's next verb starts, and before a day.
t!(
    object_ends_at_and_with_a_new_verb,
    "Ruiz blasted the ferry contract and praised the new harbor master.",
    [
        (
            "indirect",
            "the ferry contract",
            Some("blasted"),
            Some("Ruiz")
        ),
        (
            "indirect",
            "the new harbor master",
            Some("praised"),
            Some("Ruiz")
        )
    ]
);
t!(
    object_ends_before_a_day,
    "Ruiz rejected the auditors’ findings on Thursday at a briefing.",
    [(
        "indirect",
        "the auditors’ findings",
        Some("rejected"),
        Some("Ruiz")
    )]
);
// An infinitive after the day belongs to the object: the request is all
// of it.
t!(
    object_goes_on_to_an_infinitive_after_a_day,
    "Ruiz urged the port authority on Monday to reopen the ferry dock.",
    [(
        "indirect",
        "the port authority on Monday to reopen the ferry dock",
        Some("urged"),
        Some("Ruiz")
    )]
);
// Not "to" and an audience or a reaction after the day.
t!(
    object_ends_before_a_day_and_its_audience,
    "Ruiz praised the ferry crews on Saturday to loud applause.",
    [("indirect", "the ferry crews", Some("praised"), Some("Ruiz"))]
);
t!(
    object_goes_on_to_an_infinitive_after_today,
    "Ruiz announced plans today to widen the river path.",
    [(
        "indirect",
        "plans today to widen the river path",
        Some("announced"),
        Some("Ruiz")
    )]
);
// A cue's form right after a verb's object is that object's noun: no
// speech ("fumes", "claims" after "will remove …", "to pay …").
t!(
    a_noun_after_a_verb_phrase_is_no_cue,
    "The new vents will remove potentially toxic fumes that collect in the boiler room.",
    []
);
// A verb's phrase before a past cue leaves the report to the clause's
// subject.
t!(
    a_verb_phrase_before_a_past_cue_yields_to_the_subject,
    "Commuters heading to work said the trains were late.",
    [(
        "indirect",
        "the trains were late",
        Some("said"),
        Some("Commuters")
    )]
);
t!(
    a_noun_after_an_infinitive_is_no_cue,
    "Several ferry lines were unable to pay claims filed by passengers.",
    []
);
// "called" after an indefinite noun names something; it is no speech.
t!(
    called_as_a_name_is_no_cue,
    "She joined a small group called River Watch in 2010.",
    []
);
// After a definite noun that does not open the clause too, when a name
// follows.
t!(
    called_after_a_definite_noun_names_a_thing,
    "A volunteer from the choir within the parish called the Lantern Circle was asked to stay.",
    []
);
t!(
    called_before_a_quoted_title_names_a_work,
    "The best print at the fair was the Harrow coast print called \"Salt and Slate\" from 1975.",
    []
);
t!(
    called_after_a_noun_with_an_object_is_speech,
    "Democrats in the House called the Delmar plan a disaster.",
    [(
        "indirect",
        "the Delmar plan a disaster",
        Some("called"),
        Some("Democrats in the House")
    )]
);
t!(
    a_source_that_called_is_still_a_speaker,
    "A spokesman called the ferry plan “a fantasy.”",
    [(
        "mixed",
        "the ferry plan “a fantasy.”",
        Some("called"),
        Some("A spokesman")
    )]
);

#[test]
fn a_surname_alone_before_a_role_speaks_when_the_article_names_the_person() {
    // The role's closing comma is missing, and the role names a body with
    // commas of its own; a word alone that names no person does not speak.
    let text = "Sen. Amos Hale toured the base. Hale, a member of the Senate Energy, Water and \
                Power Committee said: “We will keep the base open.” “The dock is fine,” Hale, a \
                friend of the crews said. Overall, the judge said the fine stands.";
    assert_eq!(
        speakers_of(&dateline::extract(text)),
        [
            ("Hale", Some("Amos Hale")),
            ("Hale", Some("Amos Hale")),
            ("the judge", None)
        ]
    );
}

#[test]
fn a_headline_speaker_never_takes_the_header_line_above_it() {
    // A header line and a headline have no final punctuation: the speaker
    // of the headline's claim starts on the headline's own line.
    let text = "date 2024-03-01\nCity engineer says river bridge will reopen in May\n\n\
                The bridge closed in January after a flood.";
    let want: &[Want] = &[(
        "indirect",
        "river bridge will reopen in May",
        Some("says"),
        Some("City engineer"),
    )];
    check(text, want);
    let article = dateline::extract(text);
    assert_eq!(article.quotes.len(), 1);
    let speaker = article.quotes[0].speaker.as_ref().expect("a speaker");
    assert_eq!(speaker.mention.text, "City engineer");
}

#[test]
fn a_speaker_never_takes_the_line_above_its_own() {
    // A headline or a list's number on the line before: not the speaker's.
    // A title's period ending the line is (some releases break there).
    for (text, speaker) in [
        (
            "Harbour Dredging Starts\nPort director Ann Roy said the work would take a year.",
            "Port director Ann Roy",
        ),
        (
            "Ten voices on the harbour\n3\nAnn Roy says the port has to grow.",
            "Ann Roy",
        ),
        (
            "WASHINGTON - Sen.\n\nAnn Roy said the port would grow.",
            "Sen.\n\nAnn Roy",
        ),
        // A line wrapped inside the phrase is no line of its own.
        (
            "The dredging starts soon. The work will take a year, said Ann\nRoy.",
            "Ann\nRoy",
        ),
        (
            "The dredging starts soon. Later the city\nengineer said it would take a year.",
            "the city\nengineer",
        ),
    ] {
        let article = dateline::extract(text);
        assert_eq!(
            speakers_of(&article).first().map(|s| s.0),
            Some(speaker),
            "{text}"
        );
    }
}

#[test]
fn rarer_reporting_verbs_in_all_their_forms() {
    check(
        "“The ferry will run all winter,” the harbour master elaborated.",
        &[(
            "direct",
            "The ferry will run all winter",
            Some("elaborated"),
            Some("the harbour master"),
        )],
    );
    check(
        "Ms. Orlov quit the board, writing that the budget was “a fiction.”",
        &[(
            "mixed",
            "the budget was “a fiction.”",
            Some("writing"),
            Some("Ms. Orlov"),
        )],
    );
}

#[test]
fn a_dateline_on_the_line_after_a_header_stays_out_of_the_quote() {
    for text in [
        "date 2024-01-09\nTRONDHEIM – The ferry will run all winter, the harbour master said.",
        "date 2024-01-09 TRONDHEIM – The ferry will run all winter, the harbour master said.",
    ] {
        let article = dateline::extract(text);
        assert_eq!(article.quotes.len(), 1, "{text:?}");
        let q = &article.quotes[0];
        assert_eq!(q.text, "The ferry will run all winter", "{text:?}");
        assert_eq!(
            q.speaker.as_ref().unwrap().mention.text,
            "the harbour master"
        );
    }
}

#[test]
fn quotes_can_be_switched_off() {
    let text = support::sarajevo();
    let full = dateline::extract(&text);
    let entities = dateline::Extractor::builder()
        .quotes(false)
        .build()
        .extract(&text);
    assert_eq!(full.quotes.len(), 8);
    assert!(entities.quotes.is_empty());
    assert_eq!(entities.locations, full.locations);
    assert_eq!(entities.organizations, full.organizations);
    let names = |a: &dateline::Article| -> Vec<String> {
        a.people.iter().map(|p| p.name.clone()).collect()
    };
    assert_eq!(names(&entities), names(&full));
}

// A paragraph left open with one mark style does not continue into a
// paragraph opening with the other: text quoted into a text that uses the
// other style.
t!(
    unclosed_paragraph_does_not_continue_in_another_mark_style,
    "\"The budget is closed.\n\n“We will open the library on Monday,” the mayor said.",
    [
        ("direct", "The budget is closed.", None, None),
        (
            "direct",
            "We will open the library on Monday",
            Some("said"),
            Some("the mayor")
        )
    ]
);
t!(
    and_adverb_cue_before_a_quotation_takes_the_subject,
    "The coach waved at the players and repeatedly shouted, “Keep the ball moving!”",
    [(
        "direct",
        "Keep the ball moving!",
        Some("shouted"),
        Some("The coach")
    )]
);
t!(
    contrast_with_a_subject_after_a_comma_quote_ends_the_content,
    "The minister said the plan was \"fully funded,\" but she admitted that the schools would wait.",
    [
        (
            "mixed",
            "the plan was \"fully funded,\"",
            Some("said"),
            Some("The minister")
        ),
        (
            "indirect",
            "the schools would wait",
            Some("admitted"),
            Some("she")
        )
    ]
);
t!(
    contrast_without_a_subject_stays_in_the_content,
    "The minister said the plan was \"fully funded,\" but also popular with voters.",
    [(
        "mixed",
        "the plan was \"fully funded,\" but also popular with voters",
        Some("said"),
        Some("The minister")
    )]
);
t!(
    a_list_of_quotations_is_one_object,
    "Reed called the chef a \"lazy cook,\" an \"old fraud,\" \"rude\" and \"slow.\"",
    [(
        "mixed",
        "the chef a \"lazy cook,\" an \"old fraud,\" \"rude\" and \"slow.\"",
        Some("called"),
        Some("Reed")
    )]
);
t!(
    a_quotation_inside_reported_speech_before_a_verb,
    "The mayor said in a letter that the advert “unmistakably and wrongly” suggests that the city backs the campaign.",
    [(
        "mixed",
        "the advert “unmistakably and wrongly” suggests that the city backs the campaign",
        Some("said"),
        Some("The mayor")
    )]
);
t!(
    horizontal_bar_then_speaker,
    "“We will rebuild the bridge before winter.” ― Carla Ruiz",
    [(
        "direct",
        "We will rebuild the bridge before winter.",
        None,
        Some("Carla Ruiz")
    )]
);
t!(
    question_then_name_and_cue_ends_the_sentence,
    "“Has anyone seen the new timetable?” Hale asked. “I have not.”",
    [
        (
            "direct",
            "Has anyone seen the new timetable?",
            Some("asked"),
            Some("Hale")
        ),
        ("direct", "I have not.", Some("asked"), Some("Hale"))
    ]
);
t!(
    exclamation_then_full_name_cue_and_day,
    "“We won!” Ann Graham said Friday.",
    [("direct", "We won!", Some("said"), Some("Ann Graham"))]
);
t!(
    an_ly_adverb_after_an_auxiliary_is_not_the_speaker,
    "The senator has sharply criticized the deal, saying it would cost jobs.",
    [
        (
            "indirect",
            "the deal",
            Some("criticized"),
            Some("The senator")
        ),
        (
            "indirect",
            "it would cost jobs",
            Some("saying"),
            Some("The senator")
        )
    ]
);
t!(
    a_scene_setting_phrase_is_no_source_before_a_subject_and_its_verb,
    "In an interview with a local paper, Lee made it clear she had no plans to retire.",
    []
);
t!(
    a_poll_phrase_is_no_speaker,
    "In a new poll, 56 percent of voters backed the plan.",
    [(
        "indirect",
        "the plan",
        Some("backed"),
        Some("56 percent of voters")
    )]
);

// A speaker is the whole noun phrase, with a prepositional phrase that
// modifies it, through a participle too.
t!(
    speaker_with_a_prepositional_phrase,
    "The man in the grey coat said the vote was rigged.",
    [(
        "indirect",
        "the vote was rigged",
        Some("said"),
        Some("The man in the grey coat")
    )]
);
t!(
    speaker_with_a_participle_phrase,
    "Residents living near the plant said the water smelled of fuel.",
    [(
        "indirect",
        "the water smelled of fuel",
        Some("said"),
        Some("Residents living near the plant")
    )]
);
t!(
    speaker_of_a_proportion,
    "Six in 10 voters say the economy comes first.",
    [(
        "indirect",
        "the economy comes first",
        Some("say"),
        Some("Six in 10 voters")
    )]
);

#[test]
fn a_name_describing_the_speaker_is_not_the_speaker() {
    let text = "Tom Reed is running for mayor. A Reed campaign aide said the ads would run. \
                Reed allies said he would win. Reed himself said the race was close. \
                The two judges unanimously ruled that the map was fair. \
                Reed's wife said the ad was false.";
    let article = dateline::extract(text);
    let speakers = speakers_of(&article);
    assert_eq!(
        speakers,
        [
            ("A Reed campaign aide", None),
            ("Reed allies", None),
            ("Reed himself", Some("Tom Reed")),
            ("The two judges", None),
            ("Reed's wife", None),
        ]
    );
}

// A party's label is no part of the speaker's mention; a label shared by
// two names ("(both D-Vt.)") keeps their list whole.
#[test]
fn party_labels_leave_the_speaker_and_keep_lists_whole() {
    let article = dateline::extract(
        "Sen. Kim Orr (D-Vt.) said the bill would pass. Senators Tom Reed and Eva \
         Lind (both D-Vt.), and Rep. Dan Hale (D-Vt.) announced the mill will reopen.",
    );
    let spans: Vec<&str> = article
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref())
        .map(|s| s.mention.text.as_str())
        .collect();
    assert_eq!(
        spans,
        [
            "Sen. Kim Orr",
            "Senators Tom Reed and Eva Lind (both D-Vt.), and Rep. Dan Hale"
        ]
    );
    assert_eq!(
        joint_speakers(&article),
        [
            (Some("Kim Orr"), vec![]),
            (Some("Tom Reed"), vec!["Eva Lind", "Dan Hale"]),
        ]
    );
}

#[test]
fn people_named_jointly_all_speak() {
    let text = "Ann Roy and Lee Park said the bridge would reopen in May. \
                Senators Tom Reed, Eva Lind and Dan Hale said the vote was close. \
                Sens. Kim Orr (D-Vt.) and Ted Lund (R-Ohio) said the bill would pass. \
                Acme chief executive Kim Orr said the deal was done.";
    let article = dateline::extract(text);
    assert_eq!(
        joint_speakers(&article),
        [
            (Some("Ann Roy"), vec!["Lee Park"]),
            (Some("Tom Reed"), vec!["Eva Lind", "Dan Hale"]),
            (Some("Kim Orr"), vec!["Ted Lund"]),
            (Some("Kim Orr"), vec![]),
        ]
    );
}

// Names whose roles start with a committee's name ("Budget Committee
// Chairman …") make a list longer than a phrase's nine words; the first
// name still speaks, and a given name with an unknown surname before "and"
// and a committee's name is a person, not the start of the committee's.
#[test]
fn names_with_committee_roles_all_speak() {
    let text = "Audit.\n\nSenator Ann Brevik, Budget Committee Chairman Tom Halvorsen and \
                Finance Committee Ranking Member Lee Parkman today said that the audit must go on. \
                Senator Ida Quennell and Rules Committee Chairman Ted Ostrava said that the vote \
                would wait.";
    let article = dateline::extract(text);
    assert_eq!(
        joint_speakers(&article),
        [
            (Some("Ann Brevik"), vec!["Tom Halvorsen", "Lee Parkman"]),
            (Some("Ida Quennell"), vec!["Ted Ostrava"]),
        ]
    );
    let orgs: Vec<&str> = article
        .organizations
        .iter()
        .map(|o| o.name.as_str())
        .collect();
    assert!(!orgs.iter().any(|o| o.contains("Quennell")), "{orgs:?}");
}

#[test]
fn a_serial_list_of_names_speaks_jointly() {
    // "A, B, and C said", with or without labels (a party's or a
    // district's) and a comma before the verb; long lists too.
    let text = "Representatives Dan Hale, Kim Orr, and Lee Park said the dam would hold. \
                Reps. Ted Lund (OH-1), Eva Lind (OH-2), and Tom Reed (OH-5) today said \
                the bill would pass. Senators Ann Roy (D-Ohio) and Ida Vell (ID-Ohio) and \
                Representatives Ed Marsh (OH-3), Uma Kerr (OH-4), Jon Tate (OH-6), and \
                Al Dorn (OH-7), today declared that the plan had failed.";
    let article = dateline::extract(text);
    assert_eq!(
        joint_speakers(&article),
        [
            (Some("Dan Hale"), vec!["Kim Orr", "Lee Park"]),
            (Some("Ted Lund"), vec!["Eva Lind", "Tom Reed"]),
            (
                Some("Ann Roy"),
                vec!["Ida Vell", "Ed Marsh", "Uma Kerr", "Jon Tate", "Al Dorn"]
            ),
        ]
    );
    // Not one name after "with" and a comma: "Roy met with Park, and
    // Hale said".
    let article =
        dateline::extract("Ann Roy met with Lee Park, and Tom Hale said the talks went well.");
    assert_eq!(joint_speakers(&article), [(Some("Tom Hale"), vec![])]);
}

#[test]
fn a_joint_speaker_may_hold_a_title_with_its_complement() {
    // "… and Secretary of the Harbor Lee Park said": a title's "of the"
    // does not end the list of names.
    let text = "Sen. Ann Roy and Secretary of the Harbor Lee Park said the pier would reopen.";
    let article = dateline::extract(text);
    assert_eq!(
        joint_speakers(&article),
        [(Some("Ann Roy"), vec!["Lee Park"])]
    );
}

#[test]
fn a_relative_who_resolves_to_the_person_named_before_it() {
    let text = "The plan was backed by Mayor Ann Roy, who said it would save money. \
                Voters who said they were undecided stayed home.";
    let article = dateline::extract(text);
    let speakers = speakers_of(&article);
    assert_eq!(speakers, [("who", Some("Ann Roy")), ("who", None)]);
}

#[test]
fn a_relative_who_after_a_role_resolves_but_leaves_the_pronouns_alone() {
    // "Ivo Sand, head of the Dover School District (DSD), who said": past
    // the role set off by commas.
    let text = "Sen. Ann Roy was joined by Ivo Sand, head of the Dover School \
                District (DSD), who said the district lacks teachers.";
    let article = dateline::extract(text);
    assert_eq!(speakers_of(&article), [("who", Some("Ivo Sand"))]);
    // Not past a clause of its own: "Ann Roy, the mayor, greeted
    // residents, who said".
    let text = "Ann Roy, the mayor, greeted residents, who said the park was clean.";
    let article = dateline::extract(text);
    assert_eq!(speakers_of(&article), [("who", None)]);
    // The aside's speaker is no antecedent for a pronoun after it: the
    // sentence's subject is.
    let text = "Asked whether Tom Hale, the party's nominee, who has said the \
                tides are a hoax, could win, Ivo Brandt smiled. \"We will see,\" \
                he said.";
    let article = dateline::extract(text);
    assert_eq!(
        speakers_of(&article),
        [("who", Some("Tom Hale")), ("he", Some("Ivo Brandt"))]
    );
}

// A sign that belongs to a number stays with it at either end of the content.
t!(
    content_keeps_a_leading_currency_sign,
    "$8 million was spent on the bridge, officials said.",
    [(
        "indirect",
        "$8 million was spent on the bridge",
        Some("said"),
        Some("officials")
    )]
);
t!(
    content_keeps_a_trailing_percent_sign,
    "Officials said unemployment fell to 5%.",
    [(
        "indirect",
        "unemployment fell to 5%",
        Some("said"),
        Some("Officials")
    )]
);

// A title in marks inside a phrase is no quotation before its speaker.
t!(
    title_in_a_phrase_before_the_speaker,
    "In an interview on “Morning Edition,” Mayor Ann Roy said the bridge would reopen.",
    [(
        "indirect",
        "the bridge would reopen",
        Some("said"),
        Some("Mayor Ann Roy")
    )]
);
t!(
    addressee_with_a_hyphen_then_a_time,
    "The mayor told Irish-Americans this week she would march in the parade.",
    [(
        "indirect",
        "she would march in the parade",
        Some("told"),
        Some("The mayor")
    )]
);
t!(
    speaker_described_by_ties,
    "Sources close to the campaign said the candidate would withdraw.",
    [(
        "indirect",
        "the candidate would withdraw",
        Some("said"),
        Some("Sources close to the campaign")
    )]
);
t!(
    a_role_and_a_former_official_set_off_after_it,
    "His father, former Senator Tom Halvorsen, told reporters that the farm was sold.",
    [(
        "indirect",
        "the farm was sold",
        Some("told"),
        Some("His father, former Senator Tom Halvorsen")
    )]
);
t!(
    a_place_fronted_in_the_content_then_its_clause,
    "Lund noted that records show that in Dover, the average rainfall in the spring has risen \
     by a third.",
    [(
        "indirect",
        "records show that in Dover, the average rainfall in the spring has risen by a third",
        Some("noted"),
        Some("Lund")
    )]
);
t!(
    a_day_before_names_and_a_time_set_off_are_no_speakers,
    "Today Gov. Tom Hale and Sen. Lee Park said the plan would work. The company, late \
     Friday, said it would cut 300 jobs. Roy said the bill would help Dover, the town where \
     the river has flooded twice this year.",
    [
        (
            "indirect",
            "the plan would work",
            Some("said"),
            Some("Gov. Tom Hale and Sen. Lee Park")
        ),
        (
            "indirect",
            "it would cut 300 jobs",
            Some("said"),
            Some("The company")
        ),
        (
            "indirect",
            "the bill would help Dover",
            Some("said"),
            Some("Roy")
        )
    ]
);
t!(
    according_to_before_a_colon,
    "According to recent harbor surveys: Dover is short of pumps for its fire crews.",
    [(
        "indirect",
        "Dover is short of pumps for its fire crews",
        Some("According to"),
        Some("recent harbor surveys")
    )]
);
// "with" after a role or people: whom they are with describes them.
t!(
    speaker_described_by_whom_they_are_with,
    "People with knowledge of harbor talks said the ferry would stop. A spokesman \
     with the Dover police said the road was closed.",
    [
        (
            "indirect",
            "the ferry would stop",
            Some("said"),
            Some("People with knowledge of harbor talks")
        ),
        (
            "indirect",
            "the road was closed",
            Some("said"),
            Some("A spokesman with the Dover police")
        )
    ]
);
t!(
    parenthetical_attribution_then_a_preposition,
    "So it is wise, planners said, for the town to repair the roads first.",
    [
        ("indirect", "So it is wise", Some("said"), Some("planners")),
        (
            "indirect",
            "for the town to repair the roads first",
            Some("said"),
            Some("planners")
        )
    ]
);
t!(
    phrase_between_cue_and_a_pronoun_subject,
    "Reyes said after the meeting she would not run again.",
    [(
        "indirect",
        "she would not run again",
        Some("said"),
        Some("Reyes")
    )]
);
t!(
    medium_between_cue_and_a_determiner_subject,
    "The county said in a statement the levee will be raised.",
    [(
        "indirect",
        "the levee will be raised",
        Some("said"),
        Some("The county")
    )]
);
// (Another verb after the medium may end a relative clause describing it.)
t!(
    medium_then_a_relative_clause_with_a_modal,
    "Orla Venn said in a statement the company would later retract.",
    []
);
// (After a medium the words may be a relative clause of the noun: "the
// letter the board had sent" is what the clause is about, not the content.)
t!(
    medium_then_a_relative_clause_and_that,
    "Pell said in a letter the board had sent that the vote was void.",
    [("indirect", "the vote was void", Some("said"), Some("Pell"))]
);
t!(
    medium_then_a_relative_clause,
    "Pell said in a letter the board had sent to members.",
    []
);
t!(
    content_opening_with_no,
    "Ann Roy, a lawyer for the city, said no decision had been made.",
    [(
        "indirect",
        "no decision had been made",
        Some("said"),
        Some("Ann Roy")
    )]
);
t!(
    said_no_to_a_plan_is_no_content,
    "The council said no to the plan.",
    []
);
t!(
    parenthetical_attribution_after_a_long_clause,
    "Even if the ferry service fails next year, Mayor Roy said, she has already saved the town money.",
    [
        (
            "indirect",
            "Even if the ferry service fails next year",
            Some("said"),
            Some("Mayor Roy")
        ),
        (
            "indirect",
            "she has already saved the town money",
            Some("said"),
            Some("Mayor Roy")
        )
    ]
);
t!(
    content_ends_before_and_a_named_subject_with_its_own_cue,
    "Republicans said the agency mishandled the case and Democrats accused them of playing politics.",
    [
        (
            "indirect",
            "the agency mishandled the case",
            Some("said"),
            Some("Republicans")
        ),
        (
            "indirect",
            "them of playing politics",
            Some("accused"),
            Some("Democrats")
        )
    ]
);

// A phrase between dashes, between the speaker and the cue or after the cue.
t!(
    speaker_then_a_phrase_between_dashes,
    "The coach -- who has feuded with the league for years -- said he would appeal the fine.",
    [(
        "indirect",
        "he would appeal the fine",
        Some("said"),
        Some("The coach")
    )]
);
t!(
    cue_then_a_phrase_between_dashes,
    "The chairman said \u{2014} on the radio, as it happens \u{2014} that the vote would be close.",
    [(
        "indirect",
        "the vote would be close",
        Some("said"),
        Some("The chairman")
    )]
);
t!(
    and_said_after_an_opening_phrase,
    "In her speech, the mayor visited the fire station and said the town would rebuild.",
    [(
        "indirect",
        "the town would rebuild",
        Some("said"),
        Some("the mayor")
    )]
);
t!(
    participle_after_an_opening_participle_phrase,
    "Facing mounting criticism, the senator released a statement on Saturday, saying the plan would fail.",
    [(
        "indirect",
        "the plan would fail",
        Some("saying"),
        Some("the senator")
    )]
);
t!(
    exclamation_then_name_cue_and_time,
    "“They will regret it!” Smith said last week.",
    [(
        "direct",
        "They will regret it!",
        Some("said"),
        Some("Smith")
    )]
);
t!(
    question_then_name_cue_and_more,
    "“Where did the keys go? Upstairs?” Novak asks as the janitor comes in.",
    [(
        "direct",
        "Where did the keys go? Upstairs?",
        Some("asks"),
        Some("Novak")
    )]
);

// Adverbs between the speaker and the cue are never the speaker.
t!(
    adverb_after_and_before_a_participle,
    "Mr. Hale has been touring the county and loudly claiming that the seat is his to keep.",
    [(
        "indirect",
        "the seat is his to keep",
        Some("claiming"),
        Some("Mr. Hale")
    )]
);
t!(
    long_after_an_auxiliary,
    "Her advisers have long insisted that the race would tighten.",
    [(
        "indirect",
        "the race would tighten",
        Some("insisted"),
        Some("Her advisers")
    )]
);
t!(
    participle_after_the_object_of_a_verb,
    "Ann Roy released a statement confirming that the plant would close.",
    [(
        "indirect",
        "the plant would close",
        Some("confirming"),
        Some("Ann Roy")
    )]
);
t!(
    quotation_after_a_relative_clause_continues_the_main_speaker,
    "“The food was cold,” said one former cook, who said she quit in March. “I could not stay.”",
    [
        (
            "direct",
            "The food was cold",
            Some("said"),
            Some("one former cook")
        ),
        ("indirect", "she quit in March", Some("said"), Some("who")),
        (
            "direct",
            "I could not stay.",
            Some("said"),
            Some("one former cook")
        )
    ]
);
t!(
    participle_after_a_time_opener,
    "Hours later, the club issued a statement saying the coach had resigned.",
    [(
        "indirect",
        "the coach had resigned",
        Some("saying"),
        Some("the club")
    )]
);
t!(
    rarer_inverted_speech_verbs,
    "“Too late,” scoffed Tom Reed, who runs the bakery.",
    [("direct", "Too late", Some("scoffed"), Some("Tom Reed"))]
);
t!(
    headline_label_with_a_colon_is_no_source,
    "The Latest: Storm closes the coast road and the ferry to the islands",
    []
);
t!(
    source_label_with_a_colon,
    "Mayor Ann Roy: The bridge will reopen in May and the ferry will run all winter",
    [(
        "indirect",
        "The bridge will reopen in May and the ferry will run all winter",
        Some(":"),
        Some("Mayor Ann Roy")
    )]
);
t!(
    content_ends_before_where_it_was_said,
    "Roy said the plant would close in a statement on Monday.",
    [(
        "indirect",
        "the plant would close",
        Some("said"),
        Some("Roy")
    )]
);
t!(
    content_ends_before_a_dash_and_a_comment,
    "The mayor said the levy was fair - a claim the council rejects.",
    [(
        "indirect",
        "the levy was fair",
        Some("said"),
        Some("The mayor")
    )]
);
t!(
    content_keeps_a_phrase_between_dashes,
    "The mayor said the levy - a modest one - would pay for the bridge.",
    [(
        "indirect",
        "the levy - a modest one - would pay for the bridge",
        Some("said"),
        Some("The mayor")
    )]
);
t!(
    speaker_with_the_initial_a,
    "Barbara A. Mikulski (D-MD) announced that the commission approved the grant.",
    [(
        "indirect",
        "the commission approved the grant",
        Some("announced"),
        Some("Barbara A. Mikulski")
    )]
);
t!(
    speaker_ending_in_an_abbreviation,
    "John Smith Jr. announced that the commission approved the grant.",
    [(
        "indirect",
        "the commission approved the grant",
        Some("announced"),
        Some("John Smith Jr.")
    )]
);
t!(
    inverted_speaker_with_a_title_opening_with_a_preposition,
    "“The program cuts the risk of fire,” said Under Secretary Ann Dorr.",
    [(
        "direct",
        "The program cuts the risk of fire",
        Some("said"),
        Some("Under Secretary Ann Dorr")
    )]
);
t!(
    dash_glued_to_the_closing_mark,
    "“She knows every street in this town.”― Mia Ross",
    [(
        "direct",
        "She knows every street in this town.",
        None,
        Some("Mia Ross")
    )]
);

// A question put to the speaker: "when asked whether …", "Asked by X about …".
t!(
    when_asked_whether,
    "When asked whether the bridge would reopen, the mayor said she hoped so.",
    [
        (
            "indirect",
            "whether the bridge would reopen",
            Some("asked"),
            None
        ),
        ("indirect", "she hoped so", Some("said"), Some("the mayor"))
    ]
);
t!(
    asked_by_someone_about,
    "Asked by reporters about the levy, Roy said it was fair.",
    [
        (
            "indirect",
            "about the levy",
            Some("Asked"),
            Some("reporters")
        ),
        ("indirect", "it was fair", Some("said"), Some("Roy"))
    ]
);
t!(
    inverted_told_with_only_an_addressee_after_it,
    "The bakery was only selling what most shops already sell, she told the board in her letter.",
    [(
        "indirect",
        "The bakery was only selling what most shops already sell",
        Some("told"),
        Some("she")
    )]
);
t!(
    speaker_of_sources_joined_by_and,
    "Demand is high among the youngest farmers, farmers and bank officials told reporters.",
    [(
        "indirect",
        "Demand is high among the youngest farmers",
        Some("told"),
        Some("farmers and bank officials")
    )]
);
t!(
    speaker_named_like_an_auxiliary,
    "Above all, Will wrote, the coach must rebuild the defence.",
    [
        ("indirect", "Above all", Some("wrote"), Some("Will")),
        (
            "indirect",
            "the coach must rebuild the defence",
            Some("wrote"),
            Some("Will")
        )
    ]
);
t!(
    parenthetical_attribution_then_a_named_subject,
    "Despite her gruff manner on stage, the critic Tom Reed wrote, Mara is a generous teacher.",
    [
        (
            "indirect",
            "Despite her gruff manner on stage",
            Some("wrote"),
            Some("the critic Tom Reed")
        ),
        (
            "indirect",
            "Mara is a generous teacher",
            Some("wrote"),
            Some("the critic Tom Reed")
        )
    ]
);
t!(
    a_name_given_by_a_naming_participle_is_no_quote,
    "On the night shift, in a folder labeled “urgent,” a clerk had filed the complaint.",
    []
);
t!(
    a_program_called_in_marks_is_a_name_in_a_quote,
    "Ms. Hale praised a program called “Safe Streets” and said “it has worked for every block.”",
    [
        (
            "indirect",
            "a program called “Safe Streets”",
            Some("praised"),
            Some("Ms. Hale")
        ),
        (
            "direct",
            "it has worked for every block.",
            Some("said"),
            Some("Ms. Hale")
        )
    ]
);
t!(
    a_known_as_name_is_no_quote,
    "The law, known as “the Clean Harbor Act,” was passed by a wide margin, officials said.",
    [(
        "indirect",
        "The law, known as “the Clean Harbor Act,” was passed by a wide margin",
        Some("said"),
        Some("officials")
    )]
);
t!(
    quote_then_subject_and_auxiliary_then_verb,
    "“We will not settle,” the lawyer had written to the court.",
    [(
        "direct",
        "We will not settle",
        Some("written"),
        Some("the lawyer")
    )]
);
t!(
    a_campaign_message_after_its_subject,
    "The mayor is testing a blunter new message: “Our parks belong to everyone.”",
    [(
        "direct",
        "Our parks belong to everyone.",
        None,
        Some("The mayor")
    )]
);
t!(
    an_objects_list_of_gerunds_after_a_preposition_is_whole,
    "The board called on the mayor to act by raising funds, hiring staff and building labs. \
     Tenants accused the firm of stalling, hiding, and blocking repairs. \
     Tom Reed criticized the plan, hurting jobs and schools.",
    [
        (
            "indirect",
            "the mayor to act by raising funds, hiring staff and building labs",
            Some("called"),
            Some("The board")
        ),
        (
            "indirect",
            "the firm of stalling, hiding, and blocking repairs",
            Some("accused"),
            Some("Tenants")
        ),
        ("indirect", "the plan", Some("criticized"), Some("Tom Reed")),
    ]
);
t!(
    a_participle_clause_after_a_gerund_object_is_no_list,
    "The council criticized the firm for delaying work, leaving families without schools and housing.",
    [(
        "indirect",
        "the firm for delaying work",
        Some("criticized"),
        Some("The council")
    )]
);
t!(
    a_web_address_is_no_content,
    "See the chart found at http://harbor.example.org/form.html today. \
     The levy rose by half, Ann Roy at the Dover Ledger reports: www.dover.example/a1.",
    [(
        "indirect",
        "The levy rose by half",
        Some("reports"),
        Some("Ann Roy")
    )]
);
t!(
    admonished_and_opined_are_cues,
    "“The credit is theirs,” admonished Ann Roy. Tom Reed opined that the levy was fair.",
    [
        (
            "direct",
            "The credit is theirs",
            Some("admonished"),
            Some("Ann Roy")
        ),
        (
            "indirect",
            "the levy was fair",
            Some("opined"),
            Some("Tom Reed")
        )
    ]
);
t!(
    a_prepositions_object_before_the_colon_is_no_speaker,
    "Ann Roy voiced her concern in March over the agency's new harbor rules: \"The rule fails the port.\"",
    [(
        "direct",
        "The rule fails the port.",
        None,
        Some("Ann Roy")
    )]
);
t!(
    a_source_after_from_before_the_colon_speaks,
    "Aides quoted from Ann Roy's Facebook post: \"The rule fails the port.\"",
    [(
        "direct",
        "The rule fails the port.",
        None,
        Some("Ann Roy's Facebook")
    )]
);
t!(
    an_evaluation_ends_before_when_it_was_said,
    "The governor criticized the levy as a “tax on hope” during a stop in Salem on his tour.",
    [(
        "mixed",
        "the levy as a “tax on hope”",
        Some("criticized"),
        Some("The governor")
    )]
);
t!(
    an_opening_curly_mark_typed_to_close_a_straight_quote,
    "\"Like many farmers, I am disappointed with the ruling.“ However, the co-op will appeal, Ann Roy said.",
    [
        (
            "direct",
            "Like many farmers, I am disappointed with the ruling.",
            None,
            None
        ),
        (
            "indirect",
            "However, the co-op will appeal",
            Some("said"),
            Some("Ann Roy")
        )
    ]
);
t!(
    an_opening_curly_mark_typed_to_close_ends_the_sentence,
    "The judges concluded the cake was “Simply Divine.“ The fair went on until dusk.",
    [(
        "mixed",
        "the cake was “Simply Divine.“",
        Some("concluded"),
        Some("The judges")
    )]
);
t!(
    a_gerund_subject_opens_reported_speech,
    "Dentists say adding fluoride to the water supply is safe.",
    [(
        "indirect",
        "adding fluoride to the water supply is safe",
        Some("say"),
        Some("Dentists")
    )]
);
t!(
    an_acronym_spelling_a_function_word_is_a_speaker,
    "WHO say iodine deficiency is rising in the region. US officials said the survey was late.",
    [
        (
            "indirect",
            "iodine deficiency is rising in the region",
            Some("say"),
            Some("WHO")
        ),
        (
            "indirect",
            "the survey was late",
            Some("said"),
            Some("US officials")
        )
    ]
);
t!(
    predicate_after_an_inverted_parenthetical_cue,
    "The new wing, said curator Ann Roy, will open in the spring.",
    [
        (
            "indirect",
            "The new wing",
            Some("said"),
            Some("curator Ann Roy")
        ),
        (
            "indirect",
            "will open in the spring",
            Some("said"),
            Some("curator Ann Roy")
        )
    ]
);
t!(
    according_to_without_a_comma,
    "According to the port authority over 300 ships have been delayed. According to Ann Roy the pier will reopen in May.",
    [
        (
            "indirect",
            "over 300 ships have been delayed",
            Some("According to"),
            Some("the port authority")
        ),
        (
            "indirect",
            "the pier will reopen in May",
            Some("According to"),
            Some("Ann Roy")
        )
    ]
);
t!(
    according_to_without_a_comma_and_a_verb_with_no_auxiliary,
    "According to police the driver escaped on foot. According to the report by the board in 2010 the pier failed.",
    [(
        "indirect",
        "the driver escaped on foot",
        Some("According to"),
        Some("police")
    )]
);
t!(
    a_passive_participle_is_no_cue_of_its_subject,
    "They were twice denied visas to enter the country. A plan backed by the council was later rejected.",
    []
);
t!(
    a_cue_before_by_and_a_gerund_is_active,
    "The lawyer concluded by saying that the sentence was unfair.",
    [(
        "indirect",
        "the sentence was unfair",
        Some("concluded"),
        Some("The lawyer")
    )]
);

/// A person named inside a direct quotation is not the pronoun speaker's
/// referent: people rarely name themselves in their own words.
#[test]
fn a_pronoun_speaker_is_not_the_person_named_in_the_quote() {
    let text = "For Tom Hale, a local teacher, Peter Marsh was a hero. \
                He said, \"Peter Marsh was the center of the whole scene.\"";
    let article = dateline::extract(text);
    let speakers = speakers_of(&article);
    assert_eq!(speakers, [("He", Some("Tom Hale"))]);
}
t!(
    a_contrast_after_the_closing_mark_is_the_writers,
    "A spokesman said \"we may extend the scheme to other towns\", but no such plans exist.",
    [(
        "direct",
        "we may extend the scheme to other towns",
        Some("said"),
        Some("A spokesman")
    )]
);
t!(
    a_quotation_after_a_colon_ends_a_quoted_evaluation,
    "The bishop has called the ruling \"dangerous\" and \"ideological\": \"We face a grave decision. Who takes it?\"",
    [
        (
            "mixed",
            "the ruling \"dangerous\" and \"ideological\"",
            Some("called"),
            Some("The bishop")
        ),
        (
            "direct",
            "We face a grave decision. Who takes it?",
            Some("called"),
            Some("The bishop")
        )
    ]
);
t!(
    an_opening_mark_glued_to_the_comma_after_the_cue,
    "Ann Roy said,\" The booths were the best part of the show.\"",
    [(
        "direct",
        "The booths were the best part of the show.",
        Some("said"),
        Some("Ann Roy")
    )]
);
t!(
    a_statement_issued_announces_the_speaker_of_the_next_quote,
    "Senator Ann Roy issued a statement on the ruling. \"Like many farmers, I am disappointed.\"",
    [(
        "direct",
        "Like many farmers, I am disappointed.",
        None,
        Some("Senator Ann Roy")
    )]
);
t!(
    the_name_before_two_appositives_is_the_speaker,
    "Professor Ann Roy, director of the survey, and chair of the panel, says the data are sound.",
    [(
        "indirect",
        "the data are sound",
        Some("says"),
        Some("Professor Ann Roy")
    )]
);
t!(
    a_lower_case_title_between_capitals_stays_in_the_subject,
    "Acme co-founder Ann Roy wrote to the board and said the merger was off.",
    [(
        "indirect",
        "the merger was off",
        Some("said"),
        Some("Acme co-founder Ann Roy")
    )]
);

/// A role phrase with the name set off after it is one speaker, resolved
/// to the person: "The head of X, Ann Roy, has said …".
#[test]
fn a_role_and_the_name_after_it_are_one_speaker() {
    let text = "The president of the rowing club, Ivo Marsh, has called the plan \"reckless\". \
                The head of the farmers' union, Ann Roy, reacted with anger, saying the plan was wrong. \
                According to the team's coach, Tom Hale, in their first match the players were nervous.";
    let article = dateline::extract(text);
    let speakers = speakers_of(&article);
    assert_eq!(
        speakers,
        [
            (
                "The president of the rowing club, Ivo Marsh",
                Some("Ivo Marsh")
            ),
            ("The head of the farmers' union, Ann Roy", Some("Ann Roy")),
            ("the team's coach, Tom Hale", Some("Tom Hale")),
        ]
    );
    let last = article.quotes.last().unwrap();
    assert_eq!(last.text, "in their first match the players were nervous");
}
t!(
    according_to_a_source_then_an_attribution_of_its_own,
    "According to the Herald, Professor Ann Roy, the chair of the panel, said the flag was never put to a vote.",
    [(
        "indirect",
        "the flag was never put to a vote",
        Some("said"),
        Some("Professor Ann Roy")
    )]
);
t!(
    an_announced_speaker_gives_way_to_a_later_attribution,
    "Farmers often worry about the weather.\n\n\"When prices fall, we all lose,\" said Senator Ann Roy. \"In a bad year, growers sell at a loss. We have to fix it.\"",
    [
        (
            "direct",
            "When prices fall, we all lose",
            Some("said"),
            Some("Senator Ann Roy")
        ),
        (
            "direct",
            "In a bad year, growers sell at a loss. We have to fix it.",
            Some("said"),
            Some("Senator Ann Roy")
        )
    ]
);
t!(
    a_headline_in_capitals_reports_no_speech,
    "SENATOR PRAISES PASSAGE OF MINING BILL\n\nTHE MAYOR SAID THE BRIDGE WOULD CLOSE.",
    [(
        "indirect",
        "THE BRIDGE WOULD CLOSE",
        Some("SAID"),
        Some("THE MAYOR")
    )]
);
t!(
    a_quotation_between_two_cues_is_direct,
    "Senator Ann Roy said, \"While we need to cut spending, this bill hurts the people who need help most,\" said Roy.",
    [(
        "direct",
        "While we need to cut spending, this bill hurts the people who need help most",
        Some("said"),
        Some("Senator Ann Roy")
    )]
);
t!(
    an_object_cue_before_that_reports_the_whole_clause,
    "Roy announced that the Department of Energy (DOE) today approved $150,875 for the town.",
    [(
        "indirect",
        "the Department of Energy (DOE) today approved $150,875 for the town",
        Some("announced"),
        Some("Roy")
    )]
);
t!(
    a_cue_after_an_article_or_a_possessive_is_a_noun,
    "The president's proposed cuts would hurt the program. The agency sent a warning to the town.",
    []
);
t!(
    a_cue_after_a_contraction_is_a_verb,
    "Ann Roy is running again, and she's predicted that the party will hold the seat.",
    [(
        "indirect",
        "the party will hold the seat",
        Some("predicted"),
        Some("she")
    )]
);
t!(
    a_scene_phrase_before_two_named_subjects_is_no_source,
    "In the House of Representatives, Reps. Ann Roy and Tom Hale introduced the bill.",
    []
);
t!(
    a_participle_after_a_bare_object_takes_the_subject,
    "Senator Ann Roy singled out the plan to fund state sewage plants calling it \"a groundbreaking step\" for the bay.",
    [(
        "mixed",
        "it \"a groundbreaking step\" for the bay",
        Some("calling"),
        Some("Senator Ann Roy")
    )]
);
t!(
    according_to_a_long_source_phrase,
    "According to the figures released by the fire association, volunteers protect half of the towns.",
    [(
        "indirect",
        "volunteers protect half of the towns",
        Some("According to"),
        Some("the figures released by the fire association")
    )]
);
t!(
    in_the_words_of_a_source,
    "The court heard that, in the words of the prosecutor, Ann Roy, QC, \"the boy was left alone for days.\" In the words of one resident, \"the town has never been this quiet.\"",
    [
        (
            "direct",
            "the boy was left alone for days.",
            Some("in the words of"),
            Some("the prosecutor, Ann Roy, QC")
        ),
        (
            "direct",
            "the town has never been this quiet.",
            Some("In the words of"),
            Some("one resident")
        )
    ]
);
t!(
    a_description_after_the_content_is_the_writers,
    "She said Dover was the first town to ban plastic bags, a rule that Hull has also adopted.",
    [(
        "indirect",
        "Dover was the first town to ban plastic bags",
        Some("said"),
        Some("She")
    )]
);
t!(
    a_quoted_sentence_after_a_colon_ends_an_object_cue,
    "The premier defended the budget while promising an update is near: \"The minister and I are clear about this.\"",
    [
        (
            "indirect",
            "the budget while promising an update is near",
            Some("defended"),
            Some("The premier")
        ),
        (
            "direct",
            "The minister and I are clear about this.",
            Some("defended"),
            Some("The premier")
        )
    ]
);
t!(
    now_and_already_are_no_speakers,
    "A tourist would now ask: \"Why is the castle shut?\" The club is already claiming that it won the cup.",
    [
        (
            "direct",
            "Why is the castle shut?",
            Some("ask"),
            Some("A tourist")
        ),
        (
            "indirect",
            "it won the cup",
            Some("claiming"),
            Some("The club")
        )
    ]
);
t!(
    a_phrase_set_off_after_that,
    "Ann Roy said that, as the town grew, the council should build more roads.",
    [(
        "indirect",
        "as the town grew, the council should build more roads",
        Some("said"),
        Some("Ann Roy")
    )]
);
t!(
    a_subject_set_off_from_its_verb_by_a_stray_comma,
    "The security firm Acme Labs, has said that the browser has 277 flaws. A podcast, called \"the Hour,\" churns out episodes.",
    [(
        "indirect",
        "the browser has 277 flaws",
        Some("said"),
        Some("The security firm Acme Labs")
    )]
);
t!(
    a_participle_after_the_closing_mark_is_the_writers,
    "The department notes \"ozone harms plants more than any other pollutant\", highlighting the need for cleaner air.",
    [(
        "direct",
        "ozone harms plants more than any other pollutant",
        Some("notes"),
        Some("The department")
    )]
);
t!(
    a_nouns_contracted_has_keeps_the_verb_after_it,
    "The company's said it will cut 300 jobs.",
    [(
        "indirect",
        "it will cut 300 jobs",
        Some("said"),
        Some("The company's")
    )]
);
t!(
    an_evaluation_with_a_day_before_its_quoted_as,
    "Senator Ann Roy praised the water bill today as \"a new level of commitment to the bay.\"",
    [(
        "mixed",
        "the water bill today as \"a new level of commitment to the bay.\"",
        Some("praised"),
        Some("Senator Ann Roy")
    )]
);
t!(
    according_to_a_source_quoting_another,
    "According to the wire service, quoting the state news agency, the army would respond within 48 hours.",
    [(
        "indirect",
        "the army would respond within 48 hours",
        Some("According to"),
        Some("the wire service")
    )]
);
t!(
    words_before_a_parenthetical_cue_then_a_quotation,
    "A rainy summer, the farmer said, “is a chance to fill the wells.”",
    [
        (
            "indirect",
            "A rainy summer",
            Some("said"),
            Some("the farmer")
        ),
        (
            "direct",
            "is a chance to fill the wells.",
            Some("said"),
            Some("the farmer")
        )
    ]
);
t!(
    a_scene_before_a_parenthetical_cue_is_the_writers,
    "Minutes later, the farmer said, “we will fill the wells.” In a radio interview, she added: “it is a start.” Tom Reed, head of the fire institute said, “we need trucks.”",
    [
        (
            "direct",
            "we will fill the wells.",
            Some("said"),
            Some("the farmer")
        ),
        ("direct", "it is a start.", Some("added"), Some("she")),
        (
            "direct",
            "we need trucks.",
            Some("said"),
            Some("Tom Reed")
        )
    ]
);
t!(
    a_name_before_its_role_without_the_closing_comma_is_the_speaker,
    "Dr. Ann Roy, director of the fire institute said, “We need trucks.” Last Tuesday, the governor said, “We have none.”",
    [
        ("direct", "We need trucks.", Some("said"), Some("Dr. Ann Roy")),
        ("direct", "We have none.", Some("said"), Some("the governor"))
    ]
);
t!(
    a_curly_mark_set_apart_before_an_ellipsis_opens_a_paragraph_quote,
    "Ann Roy wrote about the contest.\n\n” … she served a blend of charm and grit,” Roy wrote.\n\n“ … and we will win,” he said.",
    [
        (
            "direct",
            "… she served a blend of charm and grit",
            Some("wrote"),
            Some("Roy")
        ),
        ("direct", "… and we will win", Some("said"), Some("he"))
    ]
);
t!(
    a_conjunction_after_a_closing_attribution_goes_on_with_the_content,
    "“Frankly, I like the menu,” he said, but “when the bill comes, it hurts.” The roof is unsafe, she said, because it was patched in 1950. The hall is cold, Tom Hale says, but he cautions that heating may return. Lee is “smart,” Reed wrote in a note to a friend, and “full of nonsense.”",
    [
        ("direct", "Frankly, I like the menu", Some("said"), Some("he")),
        (
            "direct",
            "when the bill comes, it hurts.",
            Some("said"),
            Some("he")
        ),
        ("indirect", "The roof is unsafe", Some("said"), Some("she")),
        (
            "indirect",
            "because it was patched in 1950",
            Some("said"),
            Some("she")
        ),
        ("indirect", "The hall is cold", Some("says"), Some("Tom Hale")),
        ("indirect", "heating may return", Some("cautions"), Some("he")),
        ("mixed", "Lee is “smart,”", Some("wrote"), Some("Reed")),
        ("direct", "full of nonsense.", Some("wrote"), Some("Reed"))
    ]
);
t!(
    a_subject_after_a_determiner_goes_on_after_a_parenthetical_cue,
    "During her long years in the office of mayor, Ann Roy said, a majority of voters have come to trust “the new courts.”",
    [
        (
            "indirect",
            "During her long years in the office of mayor",
            Some("said"),
            Some("Ann Roy")
        ),
        (
            "mixed",
            "a majority of voters have come to trust “the new courts.”",
            Some("said"),
            Some("Ann Roy")
        )
    ]
);
t!(
    an_evaluation_runs_on_past_a_day_to_its_quotation,
    "The coach called the defeat on Sunday “a cold shower” for the team.",
    [(
        "mixed",
        "the defeat on Sunday “a cold shower” for the team",
        Some("called"),
        Some("The coach")
    )]
);
t!(
    a_reported_clause_before_a_colon_and_its_quotation_is_one_mixed_quote,
    "At the fair she said she has the skill the kitchen needs: “Patience, and butter.” Ann Roy said on Monday: “We will rebuild.”",
    [
        (
            "mixed",
            "she has the skill the kitchen needs: “Patience, and butter.”",
            Some("said"),
            Some("she")
        ),
        ("direct", "We will rebuild.", Some("said"), Some("Ann Roy"))
    ]
);
t!(
    an_object_cue_after_a_quotation_and_and_starts_its_own_report,
    "Ann Roy tweeted that the mayor was “a fraud” and questioned his “creative books.”",
    [
        (
            "mixed",
            "the mayor was “a fraud”",
            Some("tweeted"),
            Some("Ann Roy")
        ),
        (
            "mixed",
            "his “creative books.”",
            Some("questioned"),
            Some("Ann Roy")
        )
    ]
);
t!(
    a_participle_clause_opening_the_sentence_ends_at_its_comma,
    "After saying the kitchen was “so hot we could barely breathe,” Tom Reed left the restaurant. While stating that the funding was enough, Dr. Ann Roy told the panel, “We are short of staff.”",
    [
        (
            "mixed",
            "the kitchen was “so hot we could barely breathe,”",
            Some("saying"),
            Some("Tom Reed")
        ),
        (
            "indirect",
            "the funding was enough",
            Some("stating"),
            Some("Dr. Ann Roy")
        ),
        (
            "direct",
            "We are short of staff.",
            Some("told"),
            Some("Dr. Ann Roy")
        )
    ]
);
t!(
    a_bare_participle_opening_the_sentence_takes_the_main_subject,
    "The pier reopened on Monday, according to the Courier. Praising the divers in a statement, Mayor Lee Park said the harbor was safe again.",
    [
        (
            "indirect",
            "The pier reopened on Monday",
            Some("according to"),
            Some("the Courier")
        ),
        (
            "indirect",
            "the divers in a statement",
            Some("Praising"),
            Some("Mayor Lee Park")
        ),
        (
            "indirect",
            "the harbor was safe again",
            Some("said"),
            Some("Mayor Lee Park")
        )
    ]
);
t!(
    a_subject_joined_by_and_speaks_whole,
    "She and her aides argue that the rules are old. The mayor and the council said the bridge was safe. Police and fire crews said the road was closed. The mayor left and the council said the park would open.",
    [
        (
            "indirect",
            "the rules are old",
            Some("argue"),
            Some("She and her aides")
        ),
        (
            "indirect",
            "the bridge was safe",
            Some("said"),
            Some("The mayor and the council")
        ),
        (
            "indirect",
            "the road was closed",
            Some("said"),
            Some("Police and fire crews")
        ),
        (
            "indirect",
            "the park would open",
            Some("said"),
            Some("the council")
        )
    ]
);
t!(
    a_bare_participle_clause_ends_at_the_comma_before_the_main_clause,
    "Tom Reed spoke first. Saying the plant in Dover, Del., was unsafe, Ann Roy ordered an audit. Claiming the vote was rigged, Roy supporters marched on Friday. Saying he was proud, the coach wiped away tears.",
    [
        (
            "indirect",
            "the plant in Dover, Del., was unsafe",
            Some("Saying"),
            Some("Ann Roy")
        ),
        ("indirect", "an audit", Some("ordered"), Some("Ann Roy")),
        (
            "indirect",
            "the vote was rigged",
            Some("Claiming"),
            Some("Roy supporters")
        ),
        ("indirect", "he was proud", Some("Saying"), Some("the coach"))
    ]
);
t!(
    a_coordinated_subject_needs_a_noun_phrase_first,
    "Afterward Roy and her aides said the plan was sound. Many disagree and critics said the plan was flawed. But Roy and her aides said the plan was sound.",
    [
        (
            "indirect",
            "the plan was sound",
            Some("said"),
            Some("her aides")
        ),
        (
            "indirect",
            "the plan was flawed",
            Some("said"),
            Some("critics")
        ),
        (
            "indirect",
            "the plan was sound",
            Some("said"),
            Some("Roy and her aides")
        )
    ]
);
t!(
    counts_and_nouns_in_ly_stay_in_the_speaker_phrase,
    "One of the two judges said the map was fair. The other two judges said it was not. The gadfly said the council had lied. A hospital orderly said the patient was moved. Economists almost universally said the plan would fail.",
    [
        (
            "indirect",
            "the map was fair",
            Some("said"),
            Some("One of the two judges")
        ),
        (
            "indirect",
            "it was not",
            Some("said"),
            Some("The other two judges")
        ),
        (
            "indirect",
            "the council had lied",
            Some("said"),
            Some("The gadfly")
        ),
        (
            "indirect",
            "the patient was moved",
            Some("said"),
            Some("A hospital orderly")
        ),
        (
            "indirect",
            "the plan would fail",
            Some("said"),
            Some("Economists")
        )
    ]
);
t!(
    a_dated_citation_in_a_list_of_sources_is_no_quotation,
    "“We will rebuild,” the mayor said.\n\nSources\n\n“Ferry Sails Again” — The Courier, May 4, 2021\n\n“Why Piers Rot?” — The Courier, May 5, 2021\n\n“We will rebuild the pier by May.” — Mayor Ann Roy, at the council meeting\n\n“Brick by brick.” — Tom Reed, May 4, 2021",
    [
        ("direct", "We will rebuild", Some("said"), Some("the mayor")),
        (
            "direct",
            "We will rebuild the pier by May.",
            None,
            Some("Mayor Ann Roy")
        ),
        ("direct", "Brick by brick.", None, Some("Tom Reed"))
    ]
);
t!(
    a_phrase_set_off_by_commas_before_that_stays_out_of_the_content,
    "Ann Roy said, in a statement, that the pier was safe. Tom Reed explained in a long letter, that the dam had held. Lee Park said, on the radio, “The ferry will run.” It helps a lot, she said on the radio, that the ferry runs. It is no accident, Dr. Ann Roy said in an interview, that the mill closed. Roy, the mayor, said, in a statement, that the bridge would reopen.",
    [
        (
            "indirect",
            "the pier was safe",
            Some("said"),
            Some("Ann Roy")
        ),
        (
            "indirect",
            "the dam had held",
            Some("explained"),
            Some("Tom Reed")
        ),
        ("direct", "The ferry will run.", Some("said"), Some("Lee Park")),
        (
            "indirect",
            "It helps a lot",
            Some("said"),
            Some("she")
        ),
        (
            "indirect",
            "It is no accident",
            Some("said"),
            Some("Dr. Ann Roy")
        ),
        (
            "indirect",
            "the bridge would reopen",
            Some("said"),
            Some("Roy")
        )
    ]
);
t!(
    an_adverb_before_that_and_a_request_for_comment,
    "The governor has said repeatedly that taxes will not rise. A spokesman for the firm did not return a call seeking comment. Messages seeking comment were not returned. Tom Reed said repeatedly that was not true. Ann Roy said firmly that this was over. Lee Park said early that morning that the ferry would run. Lee Park left early that morning.",
    [
        (
            "indirect",
            "taxes will not rise",
            Some("said"),
            Some("The governor")
        ),
        (
            "indirect",
            "that was not true",
            Some("said"),
            Some("Tom Reed")
        ),
        ("indirect", "this was over", Some("said"), Some("Ann Roy")),
        (
            "indirect",
            "the ferry would run",
            Some("said"),
            Some("Lee Park")
        )
    ]
);
t!(
    an_inverted_speaker_keeps_where_they_are_from,
    "“We are tired,” said a woman from Dover. “We will win,” said Tom Reed in Dover. “It is late,” said a nurse in March. “It is cold,” said a man at St. Mary's Hospital.",
    [
        (
            "direct",
            "We are tired",
            Some("said"),
            Some("a woman from Dover")
        ),
        ("direct", "We will win", Some("said"), Some("Tom Reed")),
        ("direct", "It is late", Some("said"), Some("a nurse")),
        ("direct", "It is cold", Some("said"), Some("a man"))
    ]
);
t!(
    idioms_and_given_names_shaped_like_cues_report_nothing,
    "It is worth noting that the bill passed. It goes without saying that the vote was close. Hope Lane, a club spokeswoman, did not comment. Hale Says Floods Closed The Roads",
    [(
        "indirect",
        "Floods Closed The Roads",
        Some("Says"),
        Some("Hale")
    )]
);
t!(
    an_object_cue_keeps_the_last_items_of_a_list,
    "The mayor praised the Committee on Commerce, Science and Transportation, which will hold a hearing. She dismissed criticism from Roy, Hale and Lind. He backed the plan, hurting jobs and schools.",
    [
        (
            "indirect",
            "the Committee on Commerce, Science and Transportation",
            Some("praised"),
            Some("The mayor")
        ),
        (
            "indirect",
            "criticism from Roy, Hale and Lind",
            Some("dismissed"),
            Some("She")
        ),
        ("indirect", "the plan", Some("backed"), Some("He"))
    ]
);
t!(
    according_to_a_source_with_a_past_participle_phrase,
    "According to the survey, published in June, Lee led by four points.",
    [(
        "indirect",
        "Lee led by four points",
        Some("According to"),
        Some("the survey")
    )]
);
t!(
    a_split_quotation_goes_on_after_a_participle_phrase,
    "“Whenever you skip practice,” Hale said, referring to the drills, “you lose your place on the team.” Ann Roy said the repairs could be “noisy,” adding, “Building work is noisy.”",
    [
        ("direct", "Whenever you skip practice", Some("said"), Some("Hale")),
        ("indirect", "the drills", Some("referring"), Some("Hale")),
        (
            "direct",
            "you lose your place on the team.",
            Some("said"),
            Some("Hale")
        ),
        (
            "mixed",
            "the repairs could be “noisy,”",
            Some("said"),
            Some("Ann Roy")
        ),
        ("direct", "Building work is noisy.", Some("adding"), Some("Ann Roy"))
    ]
);
t!(
    a_quantifier_opening_its_clause_is_a_speaker,
    "Most said they felt “fairly safe.” Yet another said the streets were dark. The most useful advice was that he should rest.",
    [
        (
            "mixed",
            "they felt “fairly safe.”",
            Some("said"),
            Some("Most")
        ),
        (
            "indirect",
            "the streets were dark",
            Some("said"),
            Some("another")
        )
    ]
);
t!(
    reported_speech_may_open_with_an_amount,
    "Okafor said about 30 players have signed up. Ann Roy said more than half of the members were tired.",
    [
        (
            "indirect",
            "about 30 players have signed up",
            Some("said"),
            Some("Okafor")
        ),
        (
            "indirect",
            "more than half of the members were tired",
            Some("said"),
            Some("Ann Roy")
        )
    ]
);
t!(
    narration_after_a_closing_attribution_is_the_writers,
    "“We are done here,” he said, and the reporters laughed. “We won,” she said, so the council voted to remove him. Visibly upset, he said, “this is a disgrace.” The company said at 10 a.m. it would close the plant.",
    [
        ("direct", "We are done here", Some("said"), Some("he")),
        ("direct", "We won", Some("said"), Some("she")),
        ("direct", "this is a disgrace.", Some("said"), Some("he"))
    ]
);
t!(
    a_place_before_a_parenthetical_cue_is_no_speaker,
    "New York City, the mayor said, will not close its schools this winter.",
    [
        ("indirect", "New York City", Some("said"), Some("the mayor")),
        (
            "indirect",
            "will not close its schools this winter",
            Some("said"),
            Some("the mayor")
        )
    ]
);
t!(
    a_list_after_an_evaluation_is_part_of_it,
    "She called him a liar, a cheat and a coward.",
    [(
        "indirect",
        "him a liar, a cheat and a coward",
        Some("called"),
        Some("She")
    )]
);
t!(
    an_elided_quotation_may_open_the_text,
    "” … he gave a short toast,” she wrote.",
    [(
        "direct",
        "… he gave a short toast",
        Some("wrote"),
        Some("she")
    )]
);
t!(
    a_source_line_gives_its_words_whatever_their_shape,
    "Reed: No new fees for the ferry.\n\nQ: Is she ready?\n\nA: Yes.",
    [(
        "indirect",
        "No new fees for the ferry",
        Some(":"),
        Some("Reed")
    )]
);
t!(
    a_paragraph_quote_with_its_own_attribution_is_a_new_quotation,
    "“It is a cheap trick,” Rep. Ann Roy said Friday. “If the mill closes, how will the town get by.\n“I have been thinking about the harbour,” added Rep. Tom Hale.\n\nSen. Eva Lind issued this statement:\n\n“I wrote to the minister.\n\n“This is good news,” said Lind.",
    [
        (
            "direct",
            "It is a cheap trick",
            Some("said"),
            Some("Rep. Ann Roy")
        ),
        (
            "direct",
            "If the mill closes, how will the town get by.",
            Some("said"),
            Some("Rep. Ann Roy")
        ),
        (
            "direct",
            "I have been thinking about the harbour",
            Some("added"),
            Some("Rep. Tom Hale")
        ),
        (
            "direct",
            "I wrote to the minister.\n\n“This is good news",
            Some("said"),
            Some("Lind")
        )
    ]
);
t!(
    a_source_noun_and_the_one_it_speaks_for_are_one_speaker,
    "In recent weeks, aides to Mr. Hale say, the mayor has grown tired. Ann Roy sent a letter to the chief urging her to resign.",
    [
        (
            "indirect",
            "In recent weeks",
            Some("say"),
            Some("aides to Mr. Hale")
        ),
        (
            "indirect",
            "the mayor has grown tired",
            Some("say"),
            Some("aides to Mr. Hale")
        ),
        (
            "indirect",
            "her to resign",
            Some("urging"),
            Some("Ann Roy")
        )
    ]
);
t!(
    a_title_case_headline_attributed_at_its_end,
    "Mayor Hid Budget Losses From Voters, Former Clerk Says.\n\nThe clerk spoke to reporters.",
    [(
        "indirect",
        "Mayor Hid Budget Losses From Voters",
        Some("Says"),
        Some("Former Clerk")
    )]
);
t!(
    a_gerund_subject_after_a_long_phrase_and_a_parenthetical_cue,
    "Though the first move went fairly smoothly, she said, moving the whole library would be far harder.",
    [
        (
            "indirect",
            "Though the first move went fairly smoothly",
            Some("said"),
            Some("she")
        ),
        (
            "indirect",
            "moving the whole library would be far harder",
            Some("said"),
            Some("she")
        )
    ]
);
// After a parenthetical cue, a content that opens with a subordinate
// clause goes on to its main clause, "a …" subject and all; a description
// after a comma still ends it.
t!(
    a_subordinate_clause_after_a_parenthetical_cue_keeps_its_main_clause,
    "That winter, Ms. Lund recalled, when the ferry stopped running, a neighbour rowed her to work. Tom Hale said the pier is closed, a decision that angered the crews.",
    [
        ("indirect", "That winter", Some("recalled"), Some("Ms. Lund")),
        (
            "indirect",
            "when the ferry stopped running, a neighbour rowed her to work",
            Some("recalled"),
            Some("Ms. Lund")
        ),
        ("indirect", "the pier is closed", Some("said"), Some("Tom Hale"))
    ]
);
// "point out" in every tense, and "calculate" before "that"; neither the
// noun "point" nor the adjective "calculated" is a cue.
t!(
    point_out_and_calculate_report_a_clause,
    "Growers point out that the frost came early. The bureau calculates that 900 farms lost money. At one point the talks stalled over a calculated risk.",
    [
        ("indirect", "the frost came early", Some("point out"), Some("Growers")),
        ("indirect", "900 farms lost money", Some("calculates"), Some("The bureau"))
    ]
);
// A cue in the infinitive after "continue" or "go on" is the subject's
// own.
t!(
    a_cue_after_continued_to_or_went_on_to_has_the_subject_as_speaker,
    "The warden continued to insist that no one had escaped. Later she went on to claim the fence was new.",
    [
        ("indirect", "no one had escaped", Some("insist"), Some("The warden")),
        ("indirect", "the fence was new", Some("claim"), Some("she"))
    ]
);
// A plural noun after a noun of its kind keeps its place phrase as a
// speaker, after a leading "But" too.
t!(
    a_compound_plural_source_keeps_its_place_phrase,
    "But ferry captains in Duluth say the ice came early.",
    [(
        "indirect",
        "the ice came early",
        Some("say"),
        Some("ferry captains in Duluth")
    )]
);
// A study and its author after "by" or "from" are the source; a
// description of the author after its comma is no content.
t!(
    according_to_a_study_by_its_author,
    "Winters grew shorter, according to calculations by Ines Marlow of the Tarn Institute. Snow fell less often, according to a survey by Otto Brandt, a former ranger now living in Tarn.",
    [
        (
            "indirect",
            "Winters grew shorter",
            Some("according to"),
            Some("calculations by Ines Marlow of the Tarn Institute")
        ),
        (
            "indirect",
            "Snow fell less often",
            Some("according to"),
            Some("a survey by Otto Brandt")
        )
    ]
);
t!(
    asked_to_do_something_is_what_was_asked,
    "Asked to name the buyer, Tom Reed said, “I will not say.”",
    [
        ("indirect", "to name the buyer", Some("Asked"), None),
        ("direct", "I will not say.", Some("said"), Some("Tom Reed"))
    ]
);

#[test]
fn a_person_a_speaker_phrase_speaks_for_is_not_the_speaker() {
    let article = dateline::extract(
        "Ann Roy runs the council. Aides to Ann Roy said she would run again. \
         Secretary of State Tom Hale said the talks failed.",
    );
    assert_eq!(
        speakers_of(&article),
        [
            ("Aides to Ann Roy", None),
            ("Secretary of State Tom Hale", Some("Tom Hale"))
        ]
    );
}
t!(
    a_cue_that_reports_only_before_that_reports_nothing_before_it,
    "Prior to the war, the Army maintained an eight month supply of tires. Earlier this year, the court ruled in the case. The judge ruled that the law was void.",
    [(
        "indirect",
        "the law was void",
        Some("ruled"),
        Some("The judge")
    )]
);
t!(
    verbs_of_amounts_and_phoning_report_no_speech,
    "Turnout has declined sharply from 64 percent to 52 percent. She called into a radio program. He called in to the show. Correction: March 4, 2019, Monday\n\nThe minister declined to comment.",
    [(
        "indirect",
        "to comment",
        Some("declined"),
        Some("The minister")
    )]
);
t!(
    told_with_an_addressee_after_an_opening_phrase,
    "On Monday, club president Ann Roy told a breakfast meeting that the budget stays frozen. The trouble this year, he told me on Sunday, is that the field has flooded.",
    [
        (
            "indirect",
            "the budget stays frozen",
            Some("told"),
            Some("club president Ann Roy")
        ),
        ("indirect", "The trouble this year", Some("told"), Some("he")),
        (
            "indirect",
            "is that the field has flooded",
            Some("told"),
            Some("he")
        )
    ]
);
t!(
    according_to_after_a_colon_or_with_an_object_pronoun,
    "It has not escaped notice: According to early counts, Lee has only 9 percent of the seats. According to her budget, schools opening late must refund any fees.",
    [
        (
            "indirect",
            "Lee has only 9 percent of the seats",
            Some("According to"),
            Some("early counts")
        ),
        (
            "indirect",
            "schools opening late must refund any fees",
            Some("According to"),
            Some("her budget")
        )
    ]
);
t!(
    reported_speech_may_open_with_a_concession,
    "According to Hale, while the damage was minor, it is unclear who will pay for the repairs. The songs Tom Reed wrote while a pupil at a school in Leeds won a prize.",
    [(
        "indirect",
        "while the damage was minor, it is unclear who will pay for the repairs",
        Some("According to"),
        Some("Hale")
    )]
);
t!(
    two_joined_participles_are_one_complement,
    "The owner called the reviews exaggerated and written by rival chefs.",
    [(
        "indirect",
        "the reviews exaggerated and written by rival chefs",
        Some("called"),
        Some("The owner")
    )]
);
t!(
    told_an_addressee_then_an_adverb_set_off_by_commas,
    "Neighbours told the Courier, however, that he did help out.",
    [(
        "indirect",
        "he did help out",
        Some("told"),
        Some("Neighbours")
    )]
);
t!(
    review_cases_of_cue_shaped_words_and_stock_phrases,
    "He studied under the scholar, Edward Said.\n\nHe said into the microphone that the plan would fail. The mayor wrote to 12 senators that the bill was unfair.\n\nCorrection: March 4, 2019, Monday\n\nWhen asked to comment, a spokesman for the city said the plan was sound.",
    [
        (
            "indirect",
            "the plan would fail",
            Some("said"),
            Some("He")
        ),
        (
            "indirect",
            "the bill was unfair",
            Some("wrote"),
            Some("The mayor")
        ),
        (
            "indirect",
            "the plan was sound",
            Some("said"),
            Some("a spokesman for the city")
        )
    ]
);
t!(
    adverbs_after_a_name_stay_out_of_the_speaker,
    "Microsoft no longer wants to support the old browser. Senator Ann Roy strongly opposed the plan. The Roy family said the plan failed.",
    [
        (
            "indirect",
            "to support the old browser",
            Some("wants"),
            Some("Microsoft")
        ),
        (
            "indirect",
            "the plan",
            Some("opposed"),
            Some("Senator Ann Roy")
        ),
        (
            "indirect",
            "the plan failed",
            Some("said"),
            Some("The Roy family")
        )
    ]
);
t!(
    told_never_puts_its_addressee_first_as_the_speaker,
    "“The rules are a disgrace,” Ann Roy, who also chairs the trust, told the Gazette. The plan will go ahead, his top aide, Tom Reed, told the Herald.",
    [
        (
            "direct",
            "The rules are a disgrace",
            Some("told"),
            Some("Ann Roy")
        ),
        (
            "indirect",
            "The plan will go ahead",
            Some("told"),
            Some("his top aide, Tom Reed")
        )
    ]
);
t!(
    an_attribution_opened_by_as_takes_the_content_beside_it,
    "As the weekly put it, “Hello, the band is back.” The river rose overnight, as the council has sometimes acknowledged. Still, as Dr. Ann Roy noted, by the end of winter the fund will be empty. The bridge will close in May, as the Courier reported on Tuesday, and the ferry will run again. If wages rise, as some economists hope, prices will follow. When, as she has long warned, the dam fails, the valley will flood.",
    [
        ("direct", "Hello, the band is back.", Some("put"), Some("the weekly")),
        (
            "indirect",
            "The river rose overnight",
            Some("acknowledged"),
            Some("the council")
        ),
        ("indirect", "Still", Some("noted"), Some("Dr. Ann Roy")),
        (
            "indirect",
            "by the end of winter the fund will be empty",
            Some("noted"),
            Some("Dr. Ann Roy")
        ),
        (
            "indirect",
            "The bridge will close in May",
            Some("reported"),
            Some("the Courier")
        ),
        (
            "indirect",
            "If wages rise",
            Some("hope"),
            Some("some economists")
        ),
        (
            "indirect",
            "the dam fails",
            Some("warned"),
            Some("she")
        )
    ]
);
t!(
    put_is_a_cue_only_in_as_x_put_it,
    "She put it on the table. As he put the bill to a vote, the council left.",
    []
);
t!(
    words_named_by_used_the_phrase_are_a_direct_quote,
    "Roy has used the phrase “forest tax” often in her campaign. The mayor coined a new term, “night budget,” to describe the plan. She has used the car every day. Lee is using the term “reset” too.",
    [
        ("direct", "forest tax", Some("used"), Some("Roy")),
        ("direct", "night budget", Some("coined"), Some("The mayor"))
    ]
);
t!(
    a_title_case_line_in_marks_is_a_subheading,
    "Lee said the dam would open.\n\n“Rain Returns to the Valley.”\n\n“We will open it in May.”",
    [
        ("indirect", "the dam would open", Some("said"), Some("Lee")),
        ("direct", "We will open it in May.", None, Some("Lee"))
    ]
);
t!(
    a_kicker_a_list_of_names_or_a_link_after_a_colon_is_no_quotation,
    "Breaking: Ferry Service Will Resume in May\n\nOhio: Ann Roy, Tom Hale, Lee Park, Mia Ross and Tom Reed\n\nHarbour Board: Ferry Will Sail by Spring\n\nThe board met on Monday.\n\nCategories: May 4, 2021 Ohio Ferries Published\n\nRoy-Hale Plan: https://roy.example.gov/ferry?id=4410\n\nFerry Board: www.ferry.example.org/board/",
    [(
        "indirect",
        "Ferry Will Sail by Spring",
        Some(":"),
        Some("Harbour Board")
    )]
);
t!(
    what_a_speaker_refers_to_is_reported_with_its_description,
    "“The new rules hurt us,” Ann Roy said, referring to the port's fees, which rose in May. Lee was referring to the old pier, the one the council closed.",
    [
        ("direct", "The new rules hurt us", Some("said"), Some("Ann Roy")),
        (
            "indirect",
            "the port's fees",
            Some("referring"),
            Some("Ann Roy")
        ),
        (
            "indirect",
            "the old pier, the one the council closed",
            Some("referring"),
            Some("Lee")
        )
    ]
);
t!(
    an_appositive_with_a_participle_and_its_quotation_keeps_the_subject,
    "Tom Reed, citing \"the quiet charm of the town,\" said the council could win every seat. Ann Roy, a councillor who has refused to back the mayor, said the Lee family deserved better.",
    [
        (
            "indirect",
            "the council could win every seat",
            Some("said"),
            Some("Tom Reed")
        ),
        (
            "indirect",
            "the Lee family deserved better",
            Some("said"),
            Some("Ann Roy")
        )
    ]
);
t!(
    refer_reports_only_what_is_referred_to,
    "The clinic treats patients referred from the county. The plan, commonly referred to as the harbour deal, passed. His aides referred questions to the council.",
    []
);
t!(
    a_place_name_with_commas_before_that,
    "Roy says at a stop in Toledo, Ohio, that the mayor never paid. Lee said during a visit to Lyon, France, on Monday that the plan was dead.",
    [
        (
            "indirect",
            "the mayor never paid",
            Some("says"),
            Some("Roy")
        ),
        ("indirect", "the plan was dead", Some("said"), Some("Lee"))
    ]
);
t!(
    as_reported_by_names_the_source,
    "As reported by the Courier, the mayor was told of the risk in May. The fund started buying land this week, as first reported by The Planet on Tuesday. The land was reported by the Courier to be worthless.",
    [
        (
            "indirect",
            "the mayor was told of the risk in May",
            Some("reported"),
            Some("the Courier")
        ),
        (
            "indirect",
            "The fund started buying land this week",
            Some("reported"),
            Some("The Planet")
        )
    ]
);
t!(
    a_negated_say_reports_its_question,
    "The panel voted twice and did not say how the judges had voted. He got a refund, though he did not say who paid it. The survey asks where each resident was born. The list names Ann Roy, who runs the bakery.",
    [
        (
            "indirect",
            "how the judges had voted",
            Some("say"),
            Some("The panel")
        ),
        ("indirect", "who paid it", Some("say"), Some("he")),
        (
            "indirect",
            "where each resident was born",
            Some("asks"),
            Some("The survey")
        )
    ]
);
t!(
    a_name_described_after_the_content_is_the_writers,
    "She said the funds could be better spent with NATO, the alliance that includes most of Europe. He told the paper he did not support Mr. Lee, the presumed favorite. Roy said the show honoured the pianist Ann Gil, the singer Lee Park and the drummer Tom Hale.",
    [
        (
            "indirect",
            "the funds could be better spent with NATO",
            Some("said"),
            Some("She")
        ),
        (
            "indirect",
            "he did not support Mr. Lee",
            Some("told"),
            Some("He")
        ),
        (
            "indirect",
            "the show honoured the pianist Ann Gil, the singer Lee Park and the drummer Tom Hale",
            Some("said"),
            Some("Roy")
        )
    ]
);
t!(
    an_adverb_before_the_phrase_ahead_of_that,
    "Roy said again during the hearing that the pier would close. Lee told Ann not to worry.",
    [
        (
            "indirect",
            "the pier would close",
            Some("said"),
            Some("Roy")
        ),
        ("indirect", "not to worry", Some("told"), Some("Lee"))
    ]
);
t!(
    a_speaker_with_a_relative_clause_is_the_whole_phrase,
    "Officials who spoke on condition of anonymity said the talks had stalled. Residents who lost their homes in the flood say the aid came too late. The man who founded the firm said the deal was fair.",
    [
        (
            "indirect",
            "the talks had stalled",
            Some("said"),
            Some("Officials who spoke on condition of anonymity")
        ),
        (
            "indirect",
            "the aid came too late",
            Some("say"),
            Some("Residents who lost their homes in the flood")
        ),
        (
            "indirect",
            "the deal was fair",
            Some("said"),
            Some("The man who founded the firm")
        )
    ]
);
t!(
    review_cases_of_the_as_refer_and_relative_rules,
    "Roy said that in early May, the council will vote on the plan. The council approved a levy which officials said was too steep. The plan will fail, said the city's elected leader. The storm hit the coast on Monday, as forecasters had warned, killing three people. As announced in March, the plant will close. Roy referred to the deal, and the council voted to reject it.",
    [
        (
            "indirect",
            "in early May, the council will vote on the plan",
            Some("said"),
            Some("Roy")
        ),
        ("indirect", "was too steep", Some("said"), Some("officials")),
        (
            "indirect",
            "The plan will fail",
            Some("said"),
            Some("the city's elected leader")
        ),
        (
            "indirect",
            "The storm hit the coast on Monday",
            Some("warned"),
            Some("forecasters")
        ),
        ("indirect", "the deal", Some("referred"), Some("Roy"))
    ]
);
t!(
    a_short_line_with_a_comma_in_marks_is_no_subheading,
    "Lee said the flood was over.\n\n“Thank you, Ohio.”",
    [
        ("indirect", "the flood was over", Some("said"), Some("Lee")),
        ("direct", "Thank you, Ohio.", None, Some("Lee"))
    ]
);
t!(
    a_title_set_off_by_commas_in_an_opening_phrase_is_no_quote,
    "In his 2002 book, \"Make Your Kid a Millionaire,\" Mr. Lee suggested parents start saving early.",
    [(
        "indirect",
        "parents start saving early",
        Some("suggested"),
        Some("Mr. Lee")
    )]
);
t!(
    referring_that_describes_a_noun_reports_nothing,
    "The memo covers letters referring to the old pier. “The pier is unsafe,” Roy said, apparently referring to the east side.",
    [
        ("direct", "The pier is unsafe", Some("said"), Some("Roy")),
        (
            "indirect",
            "the east side",
            Some("referring"),
            Some("Roy")
        )
    ]
);
t!(
    sung_and_typed_words_in_marks_are_quotes,
    "At the picnic, the choir leader waved the members onto the stage, singing \"Our Town Is Home.\" On the form, a clerk had typed “urgent review.” The crowd sang loudly all night.",
    [
        (
            "direct",
            "Our Town Is Home.",
            Some("singing"),
            Some("the choir leader")
        ),
        ("direct", "urgent review.", Some("typed"), Some("a clerk"))
    ]
);
t!(
    quantities_and_shares_are_speakers,
    "Most of them said the bus was late. Two said the fare was fair. One in four riders said the seats were dirty. Both said the line should run at night.",
    [
        (
            "indirect",
            "the bus was late",
            Some("said"),
            Some("Most of them")
        ),
        ("indirect", "the fare was fair", Some("said"), Some("Two")),
        (
            "indirect",
            "the seats were dirty",
            Some("said"),
            Some("One in four riders")
        ),
        (
            "indirect",
            "the line should run at night",
            Some("said"),
            Some("Both")
        )
    ]
);
t!(
    both_after_names_or_which_is_no_speaker,
    "Ann Roy and Tom Reed both said the fare was fair. The towns, which both oppose the toll, met on Monday.",
    [
        (
            "indirect",
            "the fare was fair",
            Some("said"),
            Some("Ann Roy and Tom Reed")
        ),
        ("indirect", "the toll", Some("oppose"), Some("which"))
    ]
);
t!(
    that_before_an_auxiliary_is_the_subject,
    "Lee Park said that would be a mistake. Ann Roy said that the toll was fair. Tom Reed told the board that the fee was fair. He cited rules that are too strict.",
    [
        (
            "indirect",
            "that would be a mistake",
            Some("said"),
            Some("Lee Park")
        ),
        (
            "indirect",
            "the toll was fair",
            Some("said"),
            Some("Ann Roy")
        ),
        ("indirect", "the fee was fair", Some("told"), Some("Tom Reed")),
        (
            "indirect",
            "rules that are too strict",
            Some("cited"),
            Some("He")
        )
    ]
);
t!(
    a_plural_noun_before_a_pronoun_is_the_audience,
    "Riders told pollsters they wanted later buses.",
    [(
        "indirect",
        "they wanted later buses",
        Some("told"),
        Some("Riders")
    )]
);
t!(
    and_or_so_after_reported_speech_goes_on_with_it,
    "Fares will rise, the agency said, and riders will pay more. “Go home,” Roy said, and the boys ran off.",
    [
        ("indirect", "Fares will rise", Some("said"), Some("the agency")),
        (
            "indirect",
            "and riders will pay more",
            Some("said"),
            Some("the agency")
        ),
        ("direct", "Go home", Some("said"), Some("Roy"))
    ]
);
t!(
    poll_shares_are_speakers_and_each_gives_its_own_answer,
    "About 44% say the buses are late, 31% say they are fine. Some 19% of riders say the fares are too high. Ann Roy said turnout was 40%, 10% higher than in 2020.",
    [
        ("indirect", "the buses are late", Some("say"), Some("44%")),
        ("indirect", "they are fine", Some("say"), Some("31%")),
        (
            "indirect",
            "the fares are too high",
            Some("say"),
            Some("Some 19% of riders")
        ),
        (
            "indirect",
            "turnout was 40%, 10% higher than in 2020",
            Some("said"),
            Some("Ann Roy")
        )
    ]
);
t!(
    a_clause_after_a_scene_setting_phrase_and_an_attribution_is_reported,
    "During the long and bitter winter of 1990, Roy says, most young families moved away.",
    [
        (
            "indirect",
            "During the long and bitter winter of 1990",
            Some("says"),
            Some("Roy")
        ),
        (
            "indirect",
            "most young families moved away",
            Some("says"),
            Some("Roy")
        )
    ]
);
t!(
    a_verb_after_an_aside_between_dashes_stays_in_the_content,
    "According to the Courier, the members — most of them farmers — praised the mayor.",
    [(
        "indirect",
        "the members — most of them farmers — praised the mayor",
        Some("According to"),
        Some("the Courier")
    )]
);
t!(
    according_to_after_an_opening_bracket_opens_the_content,
    "The pool is busy. (According to the police, it keeps no records on swimmers.)",
    [(
        "indirect",
        "it keeps no records on swimmers",
        Some("According to"),
        Some("the police")
    )]
);
t!(
    a_parenthetical_told_with_its_addressee,
    "The cause, the coach said, was fatigue. Later, Roy told the Courier, the pool would open in June.",
    [
        ("indirect", "The cause", Some("said"), Some("the coach")),
        ("indirect", "was fatigue", Some("said"), Some("the coach")),
        ("indirect", "Later", Some("told"), Some("Roy")),
        (
            "indirect",
            "the pool would open in June",
            Some("told"),
            Some("Roy")
        )
    ]
);
t!(
    a_quotation_before_the_speaker_is_not_the_content_of_a_that_clause,
    "Citing “a busy week,” the aide told the Courier that the mayor will miss the fair. “We will win,” Roy said in a film that showed the new pool.",
    [
        ("direct", "a busy week", Some("Citing"), Some("the aide")),
        (
            "indirect",
            "the mayor will miss the fair",
            Some("told"),
            Some("the aide")
        ),
        ("direct", "We will win", Some("said"), Some("Roy"))
    ]
);
t!(
    an_addressee_with_a_place_name_before_that,
    "Roy told a crowd at a fair in Dover, Ohio, on Monday that the tax is too high.",
    [("indirect", "the tax is too high", Some("told"), Some("Roy"))]
);
t!(
    a_second_cue_with_a_quoted_object_takes_the_quotation,
    "Reed says he likes the new plan and calls it “a bold step for the valley.”",
    [
        (
            "indirect",
            "he likes the new plan",
            Some("says"),
            Some("Reed")
        ),
        (
            "mixed",
            "it “a bold step for the valley.”",
            Some("calls"),
            Some("Reed")
        )
    ]
);
t!(
    a_quotation_reported_by_an_earlier_cue_is_not_the_next_cues_content,
    "Although she says she “admires the board,” she also accuses it of wasting money. Roy said the plan was dead, “but we will try again,” he added.",
    [
        ("mixed", "she “admires the board,”", Some("says"), Some("she")),
        (
            "indirect",
            "it of wasting money",
            Some("accuses"),
            Some("she")
        ),
        ("indirect", "the plan was dead", Some("said"), Some("Roy")),
        ("direct", "but we will try again", Some("added"), Some("he"))
    ]
);
t!(
    an_irregular_past_verb_ends_the_speaker,
    "The panel met twice and did not say how the money was spent.",
    [(
        "indirect",
        "how the money was spent",
        Some("say"),
        Some("The panel")
    )]
);
t!(
    a_yes_or_no_answer_is_what_was_said,
    "Asked whether the pool should stay open, 61 percent of riders said yes. Roy said no to the plan.",
    [
        (
            "indirect",
            "whether the pool should stay open",
            Some("Asked"),
            None
        ),
        ("indirect", "yes", Some("said"), Some("61 percent of riders"))
    ]
);
t!(
    review_that_after_a_cue_and_the_writers_clauses,
    "“We are done here,” Tom Reed said that evening, before he left. “It is over,” Lee Park told the Courier that the pool was closed. Ann Roy told reporters that was not true. Fares will rise, the agency said, but the mayor disagreed. The plant will close, Ann Roy said, and the workers walked out.",
    [
        ("direct", "We are done here", Some("said"), Some("Tom Reed")),
        ("direct", "It is over", Some("told"), Some("Lee Park")),
        ("indirect", "the pool was closed", Some("told"), Some("Lee Park")),
        ("indirect", "that was not true", Some("told"), Some("Ann Roy")),
        ("indirect", "Fares will rise", Some("said"), Some("the agency")),
        ("indirect", "The plant will close", Some("said"), Some("Ann Roy"))
    ]
);
t!(
    review_dashes_asks_and_appositive_addressees,
    "Tom Reed said the plan was fine — a view the board shares — but declined to vote. Ann Roy asked questions they could not answer. On Monday, Roy told the Courier, a local paper, the pool would open in June.",
    [
        (
            "indirect",
            "the plan was fine — a view the board shares",
            Some("said"),
            Some("Tom Reed")
        ),
        ("indirect", "to vote", Some("declined"), Some("Tom Reed")),
        (
            "indirect",
            "questions they could not answer",
            Some("asked"),
            Some("Ann Roy")
        ),
        ("indirect", "On Monday", Some("told"), Some("Roy")),
        (
            "indirect",
            "the pool would open in June",
            Some("told"),
            Some("Roy")
        )
    ]
);
t!(
    review_a_reason_goes_on_and_a_relative_that_after_a_long_object_does_not,
    "Fares rose last year, many planners say, because the state cut its grant. Roy warned the town to avoid any steps that would worsen the flood.",
    [
        (
            "indirect",
            "Fares rose last year",
            Some("say"),
            Some("many planners")
        ),
        (
            "indirect",
            "because the state cut its grant",
            Some("say"),
            Some("many planners")
        )
    ]
);
t!(
    a_participle_after_a_dash_or_a_quotation_ending_in_a_comma_has_the_clauses_subject,
    "Ann Roy changed course at the hearing – saying she now backed the pool. Mayor Tom Reed spoke of “river spirit,” saying the town needed it.",
    [
        (
            "indirect",
            "she now backed the pool",
            Some("saying"),
            Some("Ann Roy")
        ),
        (
            "indirect",
            "the town needed it",
            Some("saying"),
            Some("Mayor Tom Reed")
        )
    ]
);
t!(
    a_name_and_its_verb_after_said_is_the_content_not_an_inverted_speaker,
    "Sen. Ann Roy, a Democrat, interviewed on the radio, said Reed ignored the flood. The plan is dead, said the recently retired general.",
    [
        (
            "indirect",
            "Reed ignored the flood",
            Some("said"),
            Some("Sen. Ann Roy")
        ),
        (
            "indirect",
            "The plan is dead",
            Some("said"),
            Some("the recently retired general")
        )
    ]
);
t!(
    an_acronym_in_brackets_stays_in_the_speakers_phrase,
    "A new State Budget Office (SBO) report found that the fund will run dry.",
    [(
        "indirect",
        "the fund will run dry",
        Some("found"),
        Some("A new State Budget Office (SBO) report")
    )]
);
t!(
    a_negated_auxiliary_is_skipped_and_a_verb_after_an_auxiliary_is_no_speaker,
    "Officials wouldn't say when the pool will open. The towns will receive promised state funds next year. The riders have all said that the fare is fair.",
    [(
        "indirect",
        "when the pool will open",
        Some("say"),
        Some("Officials")
    ),
    (
        "indirect",
        "the fare is fair",
        Some("said"),
        Some("The riders")
    )]
);
t!(
    review_asides_between_dashes_and_adjectives_after_said,
    "“The pool is dead,” said newly elected Mayor Ann Roy. The plan – seeking to cut costs by half – was approved on Monday. Lee Park, who had praised the “bold vision,” asking only for patience, spoke last. The riders are all saying they will return. A would-be buyer said the price was too high.",
    [
        (
            "direct",
            "The pool is dead",
            Some("said"),
            Some("newly elected Mayor Ann Roy")
        ),
        ("mixed", "the “bold vision,”", Some("praised"), Some("who")),
        (
            "indirect",
            "they will return",
            Some("saying"),
            Some("The riders")
        ),
        (
            "indirect",
            "the price was too high",
            Some("said"),
            Some("buyer")
        )
    ]
);
t!(
    compound_ages_two_word_adverbs_and_adverbs_after_an_appositive,
    "The 43-year-old said the pool was dirty. Critics have in particular noted the cost of the pool. Many lawyers, including big donors to the party, fiercely opposed those rulings.",
    [
        (
            "indirect",
            "the pool was dirty",
            Some("said"),
            Some("The 43-year-old")
        ),
        (
            "indirect",
            "the cost of the pool",
            Some("noted"),
            Some("Critics")
        ),
        (
            "indirect",
            "those rulings",
            Some("opposed"),
            Some("Many lawyers")
        )
    ]
);
t!(
    a_gerund_or_an_adverb_alone_is_no_speaker,
    "Her remarks came after being asked again about the pool. It very simply says the council may act.",
    // (The question put to her, with no one to ask it.)
    [("indirect", "about the pool", Some("asked"), None)]
);
t!(
    brackets_inside_the_content_stay_whole,
    "Sen. Ann Roy announced the Dunmore Water Board (DWB) has awarded the town a grant. Lee Park said the town will join the board (soon).",
    [
        (
            "indirect",
            "the Dunmore Water Board (DWB) has awarded the town a grant",
            Some("announced"),
            Some("Sen. Ann Roy")
        ),
        (
            "indirect",
            "the town will join the board (soon)",
            Some("said"),
            Some("Lee Park")
        )
    ]
);
t!(
    sums_numbers_to_call_and_manner_are_no_words,
    "Sen. Ann Roy added $2 million to the farm bill for the Dunmore levee. Sales declined slightly in May. Veterans can reach the clinic by calling 1-800-555-0100. After calling the clinic by phone, Rosa Tell waited. Tom Reed said $2 million was enough.",
    [(
        "indirect",
        "$2 million was enough",
        Some("said"),
        Some("Tom Reed")
    )]
);
t!(
    a_participle_describing_a_noun_is_no_cue,
    "Farmers seeking the aid must apply by June. The grants announced this week will help rural towns. The plan approved by the board will cost more. Residents seeking answers said the plan was late. Officials announced this week the grants will help rural towns.",
    [
        (
            "indirect",
            "the plan was late",
            Some("said"),
            Some("Residents seeking answers")
        ),
        (
            "indirect",
            "the grants will help rural towns",
            Some("announced"),
            Some("Officials")
        )
    ]
);
t!(
    a_participle_before_the_nouns_own_verb_is_no_cue,
    "Several of the courses offered are new. The fees requested in the letter are due in March. Members of the press accused Roy of implying the police were lazy. The mayor requested the funds in March.",
    [
        (
            "indirect",
            "Roy of implying the police were lazy",
            Some("accused"),
            Some("Members of the press")
        ),
        (
            "indirect",
            "the funds in March",
            Some("requested"),
            Some("The mayor")
        )
    ]
);
t!(
    a_suffix_or_a_party_label_before_a_role_stays_with_the_name,
    "Rep. Tom Reed, Jr. (D-N.J.) announced that the port will reopen. Ann Roy (D-Ore.), chairman of the budget committee said the plan was fair.",
    [
        (
            "indirect",
            "the port will reopen",
            Some("announced"),
            Some("Rep. Tom Reed, Jr.")
        ),
        (
            "indirect",
            "the plan was fair",
            Some("said"),
            Some("Ann Roy")
        )
    ]
);
t!(
    a_participle_agent_or_a_relative_clause_stays_with_the_subject,
    "A memo obtained by the Dunmore Courier says the plant will close. The two senators who represent Ohio said the cuts were deep.",
    [
        (
            "indirect",
            "the plant will close",
            Some("says"),
            Some("A memo obtained by the Dunmore Courier")
        ),
        (
            "indirect",
            "the cuts were deep",
            Some("said"),
            Some("The two senators who represent Ohio")
        )
    ]
);
t!(
    a_hearings_title_with_prepositions_in_lower_case_is_no_quotation,
    "At the committee's hearing, \"Keeping Ferries Afloat: A View from the Docks,\" Sen. Ann Roy (D-Ohio) questioned the chief engineer.",
    [(
        "indirect",
        "the chief engineer",
        Some("questioned"),
        Some("Sen. Ann Roy")
    )]
);
t!(
    according_to_a_rule_after_a_verb_is_no_source,
    "Grants are allotted according to a risk assessment by the agency. Three boats sank according to police. The list was ranked according to the guidelines committee.",
    [(
        "indirect",
        "Three boats sank",
        Some("according to"),
        Some("police")
    ), (
        "indirect",
        "The list was ranked",
        Some("according to"),
        Some("the guidelines committee")
    )]
);
t!(
    a_participle_after_the_place_a_speaker_spoke_at_is_the_speakers,
    "Sen. Ann Roy today spoke in the council chamber calling for a vote on the ferry bill.",
    [(
        "indirect",
        "a vote on the ferry bill",
        Some("calling"),
        Some("Sen. Ann Roy")
    )]
);
t!(
    a_relative_clauses_object_is_no_speaker,
    "The agency that runs the port said the fees would rise. A spokesman for the firm that owns the mill explained that the rooms were safe.",
    [
        (
            "indirect",
            "the fees would rise",
            Some("said"),
            Some("The agency that runs the port")
        ),
        (
            "indirect",
            "the rooms were safe",
            Some("explained"),
            Some("A spokesman for the firm that owns the mill")
        )
    ]
);
#[test]
fn a_state_after_a_towns_comma_ends_the_speakers_phrase() {
    let article = dateline::extract(
        "Volunteers in Dover, Delaware said the pier would open. The mayor of \
         Milford, Delaware said the levy would pass. In a speech in Toledo, \
         Ann Roy said the port would grow.",
    );
    assert_eq!(
        speakers_of(&article),
        [
            ("Volunteers in Dover, Delaware", None),
            ("The mayor of Milford, Delaware", None),
            ("Ann Roy", Some("Ann Roy")),
        ]
    );
}

#[test]
fn the_one_a_question_is_put_to_does_not_ask_it() {
    let article = dateline::extract(
        "At the hearing, Ann Roy was asked, \"Will the pier open in May?\" \
         She answered, \"I cannot say.\"\n\n\
         Tom Hale was also asked whether the ferry would run. He said the boats were ready.",
    );
    assert_eq!(
        texts_and_speakers(&article.quotes),
        [
            ("Will the pier open in May?", None),
            ("I cannot say.", Some("She")),
            ("whether the ferry would run", None),
            ("the boats were ready", Some("He")),
        ]
    );
    let cue = |i: usize| article.quotes[i].cue.as_ref().map(|c| c.text.as_str());
    assert_eq!((cue(0), cue(2)), (Some("asked"), Some("asked")));
}

#[test]
fn a_longer_relative_clause_without_commas_leaves_the_speaker_before_it() {
    let article = dateline::extract(
        "Mayor Ann Roy who has led the harbor board since 1998 said the pier would open. \
         Volunteers in Dover who cleared the lot in March said the soil was poor. \
         Tom Hale, who rose to fame when he sang at the fair, said the song was old.",
    );
    assert_eq!(
        speakers_of(&article),
        [
            (
                "Mayor Ann Roy who has led the harbor board since 1998",
                Some("Ann Roy")
            ),
            ("Volunteers in Dover who cleared the lot in March", None),
            ("Tom Hale", Some("Tom Hale")),
        ]
    );
    // A clause with its own subject is no relative clause of the speaker.
    let article = dateline::extract(
        "The boy who police believe started the fire told officers he was sorry.",
    );
    assert_eq!(speakers_of(&article), [("police", None)]);
}

t!(
    a_noun_that_spells_a_cue_in_a_list_does_not_end_the_content,
    "Ann Roy said the rule covers parking fines, field notes and budget memos.",
    [(
        "indirect",
        "the rule covers parking fines, field notes and budget memos",
        Some("said"),
        Some("Ann Roy")
    )]
);
t!(
    a_cue_noun_after_a_determiner_and_an_adjective_is_no_verb,
    "The only claims allowed by the rule are small ones. His latest statement said the plan would work.",
    [(
        "indirect",
        "the plan would work",
        Some("said"),
        Some("His latest statement")
    )]
);
t!(
    review_participles_after_an_object_sums_before_an_aside_and_scores,
    "The team issued a statement announcing the coach has been fired. Officials said $3 million, raised through a bond, would pay for the work. Ann Roy criticized Italy for its stance. The coach called 2-0 “a fair result.”",
    [
        (
            "indirect",
            "the coach has been fired",
            Some("announcing"),
            Some("The team")
        ),
        (
            "indirect",
            "$3 million, raised through a bond, would pay for the work",
            Some("said"),
            Some("Officials")
        ),
        (
            "indirect",
            "Italy for its stance",
            Some("criticized"),
            Some("Ann Roy")
        ),
        ("mixed", "2-0 “a fair result.”", Some("called"), Some("The coach"))
    ]
);

#[test]
fn review_lists_of_speakers() {
    let text = "Together, Ann Roy and Lee Park said the case was weak. \
                Supporters of Kim Orr, Ted Lund and Dan Hale said the vote was rigged. \
                (Eva Lind said the tax (a small levy) would pass.)";
    let article = dateline::extract(text);
    let speakers: Vec<(&str, Option<&str>, usize)> = article
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref())
        .map(|s| (s.mention.text.as_str(), s.person.as_deref(), s.joint.len()))
        .collect();
    assert_eq!(
        speakers,
        [
            ("Ann Roy and Lee Park", Some("Ann Roy"), 1),
            ("Supporters of Kim Orr, Ted Lund and Dan Hale", None, 0),
            ("Eva Lind", Some("Eva Lind"), 0),
        ]
    );
    assert_eq!(article.quotes[2].text, "the tax (a small levy) would pass");
}
t!(
    second_review_sources_in_a_relative_clause_sums_and_lists,
    "The man who police say fired the shot was held. The mayor said $2 million goes to the schools. The board said the plant would stay open, but workers complained and went on strike. Soon, Ann Roy and Lee Park said the plan would pass. The chief called 911 dispatchers “the backbone of the city.”",
    [
        (
            "indirect",
            "fired the shot was held",
            Some("say"),
            Some("police")
        ),
        (
            "indirect",
            "$2 million goes to the schools",
            Some("said"),
            Some("The mayor")
        ),
        (
            "indirect",
            "the plant would stay open",
            Some("said"),
            Some("The board")
        ),
        (
            "indirect",
            "the plan would pass",
            Some("said"),
            Some("Ann Roy and Lee Park")
        ),
        (
            "mixed",
            "911 dispatchers “the backbone of the city.”",
            Some("called"),
            Some("The chief")
        )
    ]
);

#[test]
fn a_groups_noun_stands_for_the_people_named_together_before() {
    let text = "Sens. Tom Reed and Ann Roy and Rep. Lee Park said they got good news. \
                The panel votes tomorrow. The hearing ran long. \
                \"The case is strong,\" the delegation said in a letter.";
    let article = dateline::extract(text);
    assert_eq!(
        joint_speakers(&article),
        [
            (Some("Tom Reed"), vec!["Ann Roy", "Lee Park"]),
            (Some("Tom Reed"), vec!["Ann Roy", "Lee Park"]),
        ]
    );
    // "The lawmakers" are people with a lawmaker's title; "the pair" two.
    let text = "Tom Reed and Ann Roy, two farmers, met state lawmakers. \
                \"We will fix the roads,\" the lawmakers said.";
    assert_eq!(joint_speakers(&dateline::extract(text))[0], (None, vec![]));
    let text = "Tom Reed and Ann Roy and Lee Park spoke. \"It was great,\" the pair said.";
    assert_eq!(joint_speakers(&dateline::extract(text))[0], (None, vec![]));
    // Not past someone named since.
    let text = "Sens. Tom Reed and Ann Roy said they got good news. \
                Gen. Eli Moss said the base was ready. \
                \"The case is strong,\" the delegation said.";
    let article = dateline::extract(text);
    assert_eq!(joint_speakers(&article)[2], (None, vec![]));
    // Past the names' party notes, and past an object the list's sentence
    // names after it.
    let text = "Sens. Tom Reed (D-NJ), Ann Roy (D-NJ) and Lee Park (D-NY) asked \
                Secretary Eli Moss to explain the cut. The program works. \
                \"We have serious concerns,\" the lawmakers wrote.";
    let article = dateline::extract(text);
    assert_eq!(
        joint_speakers(&article)[1],
        (Some("Tom Reed"), vec!["Ann Roy", "Lee Park"])
    );
}

#[test]
fn review_cases_for_the_sessions_speaker_rules() {
    // A state that opens the clause after a phrase is the speaker.
    let article = dateline::extract("After talks in Boise, Idaho said it would join the compact.");
    assert_eq!(speaker_mentions(&article.quotes), [Some("Idaho")]);
    // A cleft's "that" is no relative clause of the speaker.
    let article =
        dateline::extract("It was Tom Hale that harbor pilots criticized for the long delay.");
    assert_eq!(speaker_mentions(&article.quotes), [Some("harbor pilots")]);
    // Only a verb of quoting before "from" and a colon names a source.
    let article = dateline::extract(
        "Testifying in court on Tuesday, Ann Roy was defiant: \"I did nothing wrong.\"",
    );
    assert_eq!(speaker_mentions(&article.quotes), [Some("Ann Roy")]);
}

t!(
    a_long_titled_speaker_keeps_the_initialism_it_opens_with,
    "U.S. Senate Harbor and Ferry Safety Committee Republican leader Ann Roy said the pier would open.",
    [(
        "indirect",
        "the pier would open",
        Some("said"),
        Some("U.S. Senate Harbor and Ferry Safety Committee Republican leader Ann Roy")
    )]
);

#[test]
fn a_quotation_runs_over_paragraphs_without_marks_to_its_closing_mark() {
    let text = "Following is the text of Ann Roy's remarks:\n\n\"Thank you all for \
                coming tonight.\n\nWe have worked for years on the harbor.\n\nNow the \
                pier will open at last.\"\n\nThe event ended at nine.";
    let article = dateline::extract(text);
    assert_eq!(article.quotes.len(), 1, "{:?}", article.quotes);
    let q = &article.quotes[0];
    assert!(q.text.starts_with("Thank you all"), "{}", q.text);
    assert!(q.text.ends_with("open at last."), "{}", q.text);
    assert_eq!(
        q.speaker.as_ref().and_then(|s| s.person.as_deref()),
        Some("Ann Roy")
    );
    // Not a credit on the line after: the quotation and its author.
    let text = "\"The harbor is ours to keep.\nAnn Roy.\"\n\nThe board met later.";
    let article = dateline::extract(text);
    assert!(
        article.quotes.iter().all(|q| !q.text.contains("Ann Roy")),
        "{:?}",
        article.quotes
    );
}

t!(
    determined_reports_a_finding_only_before_that,
    "The harbor board determined that the pier was safe. The cause has not been determined yet.",
    [(
        "indirect",
        "the pier was safe",
        Some("determined"),
        Some("The harbor board")
    )]
);

t!(
    a_participle_and_from_before_a_colon_name_the_source,
    "The harbor board met on Monday.\n\nQuoting from the harbor report: \"The pier should open in May.\"",
    [(
        "direct",
        "The pier should open in May.",
        Some("Quoting"),
        Some("the harbor report")
    )]
);

t!(
    a_past_form_before_the_nouns_own_past_verb_describes_the_noun,
    "The items discussed included one that lets ferries dock. The issues noted covered the fees.",
    []
);

t!(
    a_phrase_of_topic_before_an_announcing_cue_is_no_content,
    "Concerning the harbor report, Chair Ann Roy said:\n\n\"The findings are clear.\"\n\nIn a speech in May, Tom Hale wrote:\n\n\"The pier must open.\"",
    [
        (
            "direct",
            "The findings are clear.",
            Some("said"),
            Some("Chair Ann Roy")
        ),
        ("direct", "The pier must open.", Some("wrote"), Some("Tom Hale"))
    ]
);

t!(
    a_relative_that_after_a_role_leaves_the_speaker_before_it,
    "The two senators that serve Ohio and Iowa expressed concern that the cut was deep.",
    [(
        "indirect",
        "concern that the cut was deep",
        Some("expressed"),
        Some("The two senators that serve Ohio and Iowa")
    )]
);

#[test]
fn second_review_appositions_titles_and_authors() {
    let text = "A spokesman for Ann Roy, Lee Park, said the plan was late. \
                A spokeswoman for Gov. Kim Orr, Eva Lind, said the bill would be signed. \
                A letter signed by Ben Cole says the plan is late. \
                Gov. Tim Ray and Sen. Joe Fox said the bill would pass.";
    let article = dateline::extract(text);
    assert_eq!(
        joint_speakers(&article),
        [
            (Some("Lee Park"), vec![]),
            (Some("Eva Lind"), vec![]),
            (Some("Ben Cole"), vec![]),
            (Some("Tim Ray"), vec!["Joe Fox"]),
        ]
    );
    // Past a title and the capitalised words before it, after a noun for
    // the speaker: not the person spoken for; a body before the title is
    // the holder's.
    // (Not a place's "at": "at City Hall Mayor X said" is X's.)
    let text = "A spokesman for Harbor Board Chairman Ivo Brandt said the vote was set. \
                Department of Ports Secretary Lena Ostrow said the dock was ready. \
                At a news conference at City Hall Mayor Ann Roy said the budget was balanced.";
    let article = dateline::extract(text);
    assert_eq!(
        joint_speakers(&article),
        [
            (None, vec![]),
            (Some("Lena Ostrow"), vec![]),
            (Some("Ann Roy"), vec![])
        ]
    );
}
t!(
    third_review_sums_objects_of_who_clauses_numbers_to_call_and_surname_lists,
    "The city added $2 million this year to the fund. The father who contacted police said his daughter was missing. Tom Hale called 911 from his car. Smith, Jones and Brown said the contract was unfair.",
    [
        (
            "indirect",
            "his daughter was missing",
            Some("said"),
            Some("The father who contacted police")
        ),
        (
            "indirect",
            "the contract was unfair",
            Some("said"),
            Some("Smith, Jones and Brown")
        )
    ]
);

#[test]
fn third_review_an_agent_after_by_is_no_speaker_unless_an_author() {
    let text = "A candidate endorsed by Tom Reed said she would cut taxes. \
                A letter signed by Ben Cole says the plan is late.";
    let article = dateline::extract(text);
    assert_eq!(
        joint_speakers(&article),
        [(None, vec![]), (Some("Ben Cole"), vec![])]
    );
}
t!(
    a_name_list_after_an_opening_phrase_speaks_whole,
    "On Monday, Reed, Lind and Hale said the bill would pass. In a statement, Ann Roy, Lee Park and Tom Hale said the deal was fair. The plan helps Ohio, Reed and Lind said.",
    [
        (
            "indirect",
            "the bill would pass",
            Some("said"),
            Some("Reed, Lind and Hale")
        ),
        (
            "indirect",
            "the deal was fair",
            Some("said"),
            Some("Ann Roy, Lee Park and Tom Hale")
        ),
        (
            "indirect",
            "The plan helps Ohio",
            Some("said"),
            Some("Reed and Lind")
        )
    ]
);
t!(
    a_state_abbreviation_before_an_opening_quote_ends_the_sentence,
    "\"We need the bridge fixed,\" said Tom Brandt, R-Mont. \"Drivers are tired of detours,\" Brandt added. Gov. C.L. \"Skip\" Orr (R-Idaho) came too.",
    [
        ("direct", "We need the bridge fixed", Some("said"), Some("Tom Brandt")),
        ("direct", "Drivers are tired of detours", Some("added"), Some("Brandt"))
    ]
);
t!(
    a_past_form_before_its_agent_describes_a_noun_anywhere,
    "The lab was paid for with funds announced Monday by Senators Amy Calder and Rob Pruitt. The plan announced by the mayor will cut taxes, she said.",
    [(
        "indirect",
        "The plan announced by the mayor will cut taxes",
        Some("said"),
        Some("she")
    )]
);
t!(
    an_opening_participle_clause_is_no_speaker,
    "Speaking for the club, Dana Whitcombe, a lawyer, said that the fine was unfair. Speaking in Dunmore, Roy, in a long speech, blamed Park for the delay.",
    [
        ("indirect", "the fine was unfair", Some("said"), Some("Dana Whitcombe")),
        ("indirect", "Park for the delay", Some("blamed"), Some("Roy"))
    ]
);

/// `(pronoun speaker, resolved person)` of each quotation.
fn pronoun_persons(text: &str) -> Vec<(String, Option<String>)> {
    dateline::extract(text)
        .quotes
        .into_iter()
        .filter_map(|q| q.speaker)
        .map(|s| (s.mention.text, s.person))
        .collect()
}

#[test]
fn a_pronoun_prefers_the_subject_the_previous_speaker_or_a_new_subject() {
    let person = |s: &str| Some(s.to_string());
    // The subject of the sentence before, not its object.
    let got = pronoun_persons(
        "Coach Lee Ortiz praised goalkeeper Dario Menz after the match. He said the defense was steady.",
    );
    assert_eq!(got.last().unwrap().1, person("Lee Ortiz"), "{got:?}");
    // The speaker of the quotation just before, past a name in between.
    let got = pronoun_persons(
        "\"We won,\" Ann Roy said after meeting Tom Hale. \"We lost nothing,\" she said.",
    );
    assert_eq!(got.last().unwrap().1, person("Ann Roy"), "{got:?}");
    // A new subject of the pronoun's gender after that quotation.
    let got = pronoun_persons(
        "Tom Lind said the plan was late. Joel Reed, 39, came by bus. \"It is a mess,\" he said.",
    );
    assert_eq!(got.last().unwrap().1, person("Joel Reed"), "{got:?}");
    // Not a person named inside an earlier quotation.
    let got = pronoun_persons(
        "\"Ted Marsh has lost his way,\" Bill Ogden says. \"He knows it,\" he adds.",
    );
    assert_eq!(got.last().unwrap().1, person("Bill Ogden"), "{got:?}");
}

/// `(sentence, speaker, joint speakers)`: subjects naming several people.
/// (The radar clause is the content of each.)
const JOINT_SUBJECTS: &[(&str, &str, &[&str])] = &[
    // Two names each with an appositive.
    (
        "Sen. Walt Hemming (R-Ala.), chairman of the Tidewater Committee, and Sen. Joan Pruett (D-Vt.), its ranking member, said that",
        "Walt Hemming",
        &["Joan Pruett"],
    ),
    // Three, two of them with appositives (four commas before the verb).
    (
        "Sen. Walt Hemming (R-Ala.), chairman of the Tidewater Committee, and Sen. Joan Pruett (D-Vt.), a senior member of the Farm Committee, and Rep. Carl Oduya (D-Vt.), announced that",
        "Walt Hemming",
        &["Joan Pruett", "Carl Oduya"],
    ),
    // Three names with their notes in parentheses, the last with an
    // appositive: all three speak.
    (
        "Senators Walt Hemming (R-Ala.), Joan Pruett (D-Vt.), and Carl Oduya (D-Nev.), the majority whip, announced that",
        "Walt Hemming",
        &["Joan Pruett", "Carl Oduya"],
    ),
    // An appositive naming someone else is no second speaker.
    (
        "Sen. Walt Hemming, an ally of Joan Pruett, announced that",
        "Walt Hemming",
        &[],
    ),
    // One more name after a list and ", and".
    (
        "Sens. Walt Hemming and Joan Pruett, and Rep. Carl Oduya today announced that",
        "Walt Hemming",
        &["Joan Pruett", "Carl Oduya"],
    ),
    // Co-speakers "along with" and "joined by" (with a role).
    (
        "Sen. Walt Hemming (R-Minn.), along with Sen. Joan Pruett (D-La.), announced today that",
        "Walt Hemming",
        &["Joan Pruett"],
    ),
    (
        "Mayor Walt Hemming, joined by harbor pilot Joan Pruett, said",
        "Walt Hemming",
        &["Joan Pruett"],
    ),
    // A long appositive keeps both, and so does one with a relative clause
    // (a name inside it does not speak).
    (
        "Walt Hemming, the longtime chair of the board of the Dover Harbor Authority, and Carl Oduya, its treasurer, said",
        "Walt Hemming",
        &["Carl Oduya"],
    ),
    (
        "Walt Hemming, who ran against Joan Pruett, and Carl Oduya, its treasurer, said",
        "Walt Hemming",
        &["Carl Oduya"],
    ),
    // Unnamed company is no co-speaker; a place list is no list of names.
    (
        "Walt Hemming, along with other officials, said",
        "Walt Hemming",
        &[],
    ),
    (
        "The plan helps Ohio and Utah, and Rep. Carl Oduya said",
        "Carl Oduya",
        &[],
    ),
];

#[test]
fn subjects_naming_several_people_speak_jointly() {
    for &(subject, speaker, joint) in JOINT_SUBJECTS {
        let text = format!("{subject} the airport will get new radar.");
        assert_eq!(
            joint_speakers(&dateline::extract(&text)),
            [(Some(speaker), joint.to_vec())],
            "in {text:?}"
        );
    }
}

#[test]
fn names_with_party_labels_set_off_by_commas_speak_jointly() {
    let text = "Sens. Walt Hemming, R-Ala., and Joan Pruett, R-Ala., said Tuesday the airport will get new radar.";
    let article = dateline::extract(text);
    assert_eq!(
        joint_speakers(&article),
        [(Some("Walt Hemming"), vec!["Joan Pruett"])]
    );
    // Also after an opening day and date, each set off by a comma.
    let dated = format!("On Friday, May 9, {text}");
    assert_eq!(
        joint_speakers(&dateline::extract(&dated)),
        [(Some("Walt Hemming"), vec!["Joan Pruett"])]
    );
    // The plural title goes to both.
    let titles: Vec<(&str, Vec<&str>)> = article
        .people
        .iter()
        .map(|p| {
            (
                p.name.as_str(),
                p.titles.iter().map(String::as_str).collect(),
            )
        })
        .collect();
    assert_eq!(
        titles,
        [
            ("Walt Hemming", vec!["Sen."]),
            ("Joan Pruett", vec!["Sen."])
        ]
    );
}

#[test]
fn review_pronouns_subjects_and_scare_quotes() {
    let person = |s: &str| Some(s.to_string());
    // A new subject of the pronoun's gender after the previous speaker,
    // with a determiner and a title before the name.
    let got = pronoun_persons(
        "\"Prices will rise,\" said Mark Dunn, an economist at Orchard Bank. The bank's chief executive, Paul Vance, took a different view. \"We see growth,\" he said.",
    );
    assert_eq!(got.last().unwrap().1, person("Paul Vance"), "{got:?}");
    // A previous speaker of unknown gender yields to a man named since.
    let got = pronoun_persons(
        "\"We will appeal,\" said Robin Hale, a lawyer for the county. The decision angered farmer Tom Reed, whose land borders the site. \"They took my land,\" he said.",
    );
    assert_eq!(got.last().unwrap().1, person("Tom Reed"), "{got:?}");
    // A noun in "-ing" opening the subject is no participle clause.
    let got = pronoun_persons(
        "Housing advocates, led by organizer Ann Roy, said the rules would push families out.",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    // A short quoted name after an abbreviation does not end the sentence.
    let article = dateline::extract(
        "Critics said the U.S. \"Stay Home\" policy had failed, Ann Roy said on Monday.",
    );
    assert_eq!(article.quotes.len(), 1, "{:?}", article.quotes);
}

#[test]
fn second_review_short_quotes_after_abbreviations_and_previous_speakers() {
    let person = |s: &str| Some(s.to_string());
    // A short quotation after a state abbreviation opens a sentence.
    let article = dateline::extract(
        "The team moved its offices to Portland, Ore. \"It was time,\" she said.",
    );
    let texts: Vec<&str> = article.quotes.iter().map(|q| q.text.as_str()).collect();
    assert_eq!(texts, ["It was time"]);
    // A man named in the previous speaker's own sentence is not the new
    // speaker.
    let got = pronoun_persons(
        "\"We will appeal,\" Robin Vance said Monday after meeting Tom Reed. \"This is not over,\" he said.",
    );
    assert_eq!(got.last().unwrap().1, person("Robin Vance"), "{got:?}");
}

#[test]
fn negated_cues_are_marked() {
    // (text, content, negated)
    let cases: &[(&str, &str, bool)] = &[
        (
            "Mayor Ana Ruiz did not say whether the library would reopen.",
            "whether the library would reopen",
            true,
        ),
        (
            "The council has not said why the bridge was closed.",
            "why the bridge was closed",
            true,
        ),
        (
            "He didn’t publicly say whether he would run again.",
            "whether he would run again",
            true,
        ),
        (
            "She never mentioned her rival by name.",
            "her rival by name",
            true,
        ),
        (
            "Mayor Ana Ruiz said the library would reopen.",
            "the library would reopen",
            false,
        ),
        // A negation inside the quotation is the speaker's own.
        (
            "“We never said that,” Reed said.",
            "We never said that",
            false,
        ),
        (
            "Officials said they did not know why the bridge fell.",
            "they did not know why the bridge fell",
            false,
        ),
        // "not only" reports speech.
        (
            "Not only did she say the plan failed, she said it was illegal.",
            "the plan failed",
            false,
        ),
        // Past adverbs in the verb group.
        (
            "Hollis has not yet said whether the vote will happen.",
            "whether the vote will happen",
            true,
        ),
        (
            "Hollis did not directly say whether the vote will happen.",
            "whether the vote will happen",
            true,
        ),
        // A refusal to speak.
        (
            "Hollis declined to say whether the vote will happen.",
            "to say whether the vote will happen",
            true,
        ),
        // A negated belief is the speaker's own claim.
        (
            "Democrats don't think the bill will pass.",
            "the bill will pass",
            false,
        ),
        // Two verbs of speech, both negated.
        (
            "The warden neither confirmed nor denied that the prison would close.",
            "the prison would close",
            true,
        ),
        (
            "The warden would not confirm or deny that the prison would close.",
            "the prison would close",
            true,
        ),
        // A subject that says nobody spoke.
        (
            "Nobody has said the prison would close.",
            "the prison would close",
            true,
        ),
        (
            "No one at the agency has said that the prison would close.",
            "the prison would close",
            true,
        ),
        (
            "Neither Hollis nor Pell said the prison would close.",
            "the prison would close",
            true,
        ),
        (
            "No wonder Hollis said the prison would close.",
            "the prison would close",
            false,
        ),
        // A name that opens with "No" is no denial.
        (
            "No Borders Trust said the fence was illegal.",
            "the fence was illegal",
            false,
        ),
    ];
    for &(text, content, negated) in cases {
        let quotes = dateline::extract(text).quotes;
        let q = quotes
            .iter()
            .find(|q| q.text == content)
            .unwrap_or_else(|| panic!("no {content:?} in {quotes:?}"));
        assert_eq!(q.negated, negated, "{text}");
    }
    let quotes =
        dateline::extract("No one at the agency has said that the prison would close.").quotes;
    assert_eq!(
        quotes[0].speaker.as_ref().map(|s| s.mention.text.as_str()),
        Some("No one at the agency")
    );
    // "deny" and "confirm" alone are verbs of speech only before "that":
    // "deny them permits" denies something else.
    assert!(dateline::extract("The state will deny them permits.")
        .quotes
        .is_empty());
    assert!(
        dateline::extract("The agency will confirm the figures on Tuesday.")
            .quotes
            .is_empty()
    );
    // So is "recommend": "recommends that" reports advice, "recommended
    // the plan" does not.
    check(
        "The panel recommends that the county close the ferry.",
        &[(
            "indirect",
            "the county close the ferry",
            Some("recommends"),
            Some("The panel"),
        )],
    );
    check("The panel recommended the plan on Tuesday.", &[]);
    // (Nor "that" as a determiner: "recommended that café to friends".)
    check(
        "Ann Roy recommended that café to her friends last year.",
        &[],
    );
    check("The court affirmed that ruling on Tuesday.", &[]);
    check(
        "The panel recommended that funding for schools be raised.",
        &[(
            "indirect",
            "funding for schools be raised",
            Some("recommended"),
            Some("The panel"),
        )],
    );
    // A second verb after "nor" ends the first one's object.
    assert!(
        dateline::extract("Ann Roy would neither confirm the deal nor comment.")
            .quotes
            .iter()
            .all(|q| !q.text.contains("nor"))
    );
    // The flag is serialized only when set.
    let article =
        dateline::extract("Ann Roy did not say whether she would run. Lee Park said he would.");
    let json = serde_json::to_string(&article).unwrap();
    assert_eq!(json.matches("\"negated\":true").count(), 1, "{json}");
    assert!(!json.contains("\"negated\":false"), "{json}");
}

#[test]
fn a_persons_statement_speaks_for_the_person_an_aide_does_not() {
    let article = dateline::extract(
        "Senator Ada Voss issued a statement. Voss's statement added, \"We will not give up on this port.\" Voss's spokesman said the plan was dead.",
    );
    assert_eq!(
        speakers_of(&article),
        [
            ("Voss's statement", Some("Ada Voss")),
            ("Voss's spokesman", None)
        ]
    );
}

#[test]
fn the_second_of_two_passive_verbs_tells_the_subject() {
    // The subject is told: no one speaks.
    check(
        "She was pulled over and told that her license had expired.",
        &[],
    );
    // An active second verb speaks.
    check(
        "Reed was arrested and said he was innocent.",
        &[("indirect", "he was innocent", Some("said"), Some("Reed"))],
    );
    check(
        "Reed was fired and told reporters he would sue.",
        &[("indirect", "he would sue", Some("told"), Some("Reed"))],
    );
}

#[test]
fn an_object_ends_before_a_clause_joined_by_and_that() {
    check(
        "Roy praised the bill and that it passed quickly.",
        &[("indirect", "the bill", Some("praised"), Some("Roy"))],
    );
    // A reported clause keeps it.
    check(
        "Roy said the bill was fair and that it passed quickly.",
        &[(
            "indirect",
            "the bill was fair and that it passed quickly",
            Some("said"),
            Some("Roy"),
        )],
    );
}

#[test]
fn add_with_a_thing_reports_nothing() {
    check(
        "Senate negotiators added the provision to the spending bill in October.",
        &[],
    );
    check(
        "Roy added the plan was late.",
        &[("indirect", "the plan was late", Some("added"), Some("Roy"))],
    );
    // A verb after "to" or a question word is the thing's own.
    check(
        "The budget bill includes added funding to keep the test range open.",
        &[],
    );
    check(
        "The dam added complexity to the matter of how lake water is shared.",
        &[],
    );
    check(
        "Roy added the city wants to build a second bridge.",
        &[(
            "indirect",
            "the city wants to build a second bridge",
            Some("added"),
            Some("Roy"),
        )],
    );
    // After a number, words in "-s" are plural nouns, not verbs.
    check("Organizers added 240 ushers at the doors.", &[]);
    check("The county added two new ferry routes this year.", &[]);
    // A past form after a preposition describes a thing; "bus" is no verb.
    check(
        "Sen. Orrin Tewk added $2 million to the port bill for upgraded sonar.",
        &[],
    );
    check(
        "Sen. Orrin Tewk also added $400,000 for expanded rural bus routes.",
        &[],
    );
    check(
        "Roy added two ushers were hurt.",
        &[(
            "indirect",
            "two ushers were hurt",
            Some("added"),
            Some("Roy"),
        )],
    );
    // Nor when a verb follows the counted noun.
    check(
        "Ivo Drum added two problems persist.",
        &[(
            "indirect",
            "two problems persist",
            Some("added"),
            Some("Ivo Drum"),
        )],
    );
    check(
        "Ivo Drum added one question remains open.",
        &[(
            "indirect",
            "one question remains open",
            Some("added"),
            Some("Ivo Drum"),
        )],
    );
    check(
        "Roy added 40 percent of voters back the plan.",
        &[(
            "indirect",
            "40 percent of voters back the plan",
            Some("added"),
            Some("Roy"),
        )],
    );
}

#[test]
fn a_name_then_the_occasion_it_speaks_on() {
    check(
        "Mayor Ann Roy in her first address said the city would hire teachers.",
        &[(
            "indirect",
            "the city would hire teachers",
            Some("said"),
            Some("Mayor Ann Roy"),
        )],
    );
    // A noun and where it is stays whole.
    check(
        "The man in his car said he was lost.",
        &[(
            "indirect",
            "he was lost",
            Some("said"),
            Some("The man in his car"),
        )],
    );
}

#[test]
fn an_inverted_speaker_right_before_the_next_quotation() {
    check(
        "\"We are proud of the crew. They worked through the gale\" said Halloran \"It is good to see the pier open.\"",
        &[
            (
                "direct",
                "We are proud of the crew. They worked through the gale",
                Some("said"),
                Some("Halloran"),
            ),
            (
                "direct",
                "It is good to see the pier open.",
                Some("said"),
                Some("Halloran"),
            ),
        ],
    );
}

#[test]
fn a_second_predicate_with_the_contents_modal_stays_in_the_content() {
    check(
        "The ministry stated it would fine any trucks carrying slag and would respond within two days.",
        &[(
            "indirect",
            "it would fine any trucks carrying slag and would respond within two days",
            Some("stated"),
            Some("The ministry"),
        )],
    );
    // The subject's own next verb of speech still ends it.
    check(
        "The mayor said the levy would pass and has said so since.",
        &[(
            "indirect",
            "the levy would pass",
            Some("said"),
            Some("The mayor"),
        )],
    );
}

#[test]
fn no_speaker_from_an_adverbial_a_relative_clause_or_an_empty_it() {
    check(
        "Sen. Orrin Tewk praised the clinic, while at the same time insisting that the fund is short.",
        &[
            (
                "indirect",
                "the clinic",
                Some("praised"),
                Some("Sen. Orrin Tewk"),
            ),
            (
                "indirect",
                "the fund is short",
                Some("insisting"),
                Some("Sen. Orrin Tewk"),
            ),
        ],
    );
    let article =
        dateline::extract("The same guilds which once pleaded for those tolls now oppose them.");
    assert_eq!(
        speakers_of(&article).first().map(|s| s.0),
        Some("The same guilds which once pleaded for those tolls")
    );
    for text in [
        "It\u{2019}s estimated that 3,000 barns were flooded.",
        "It's been reported that the levee broke.",
    ] {
        check(text, &[]);
    }
    // Past two opening phrases the clause's own subject, not the speaker
    // before: "However, despite …, the Reeds …".
    let article = dateline::extract(
        "Ms. Oyelaran told the jury that \"the family ignored every warning.\" \
         However, despite the warnings, the Strands kept away from the clinic, \
         instead seeking advice from other healers.",
    );
    assert_eq!(
        speakers_of(&article).last().map(|s| s.0),
        Some("the Strands"),
        "{article:?}"
    );
    // A report conducted for a center keeps its noun.
    let article = dateline::extract(
        "A survey conducted for the Delmar Institute said that rents rose sharply.",
    );
    assert_eq!(
        speakers_of(&article).first().map(|s| s.0),
        Some("A survey conducted for the Delmar Institute")
    );
}

#[test]
fn an_opening_phrase_without_its_comma_is_no_part_of_the_speaker() {
    for (text, speaker) in [
        (
            "At the inquest Hallworth said the ferry was overloaded.",
            "Hallworth",
        ),
        (
            "In the 70th minute Arlo Penn conceded that the goal was offside.",
            "Arlo Penn",
        ),
        (
            "In the memo Senator Orrin Tewk said the agency erred.",
            "Senator Orrin Tewk",
        ),
        // (A title's own words stay: "As former Gov. …".)
        (
            "As former Gov. Orrin Tewk said, the agency erred.",
            "former Gov. Orrin Tewk",
        ),
    ] {
        let article = dateline::extract(text);
        assert_eq!(
            speakers_of(&article).first().map(|s| s.0),
            Some(speaker),
            "{text}"
        );
    }
}

#[test]
fn review_fixes_keep_speech() {
    // A present-tense verb after a sum of money is speech.
    check(
        "The treasurer added $40,000 remains unspent.",
        &[(
            "indirect",
            "$40,000 remains unspent",
            Some("added"),
            Some("The treasurer"),
        )],
    );
    // "Another" and "each" before a clause stand for people.
    check(
        "The teams met, and each insisted victory was near.",
        &[(
            "indirect",
            "victory was near",
            Some("insisted"),
            Some("each"),
        )],
    );
    // "called" before an abbreviation or an appositive is speech.
    check(
        "Critics of the deal called U.S. policy a failure.",
        &[(
            "indirect",
            "U.S. policy a failure",
            Some("called"),
            Some("Critics of the deal"),
        )],
    );
}

#[test]
fn a_deputy_or_former_holder_is_not_the_office_holder() {
    for text in [
        "Lt. Gov. Teodor Blass met Mayor Inga Marwood. \"Help is coming,\" the governor said.",
        "Deputy Mayor Teodor Blass met Sen. Inga Marwood. \"Help is coming,\" the mayor said.",
        "Attorney General Inga Marwood spoke first. \"The law holds,\" the general said.",
        "Sen. Inga Marwood and Gov. Teodor Blass met. \"We agree,\" the former senator said.",
    ] {
        let article = dateline::extract(text);
        let last = speakers_of(&article).pop().unwrap();
        assert_eq!(last.1, None, "{text}: {article:?}");
    }
}

#[test]
fn a_gerund_opening_a_sentence_continues_no_speaker() {
    check(
        "Ann Roy said the soil is poor. Adding lime to the soil helps the crop.",
        &[(
            "indirect",
            "the soil is poor",
            Some("said"),
            Some("Ann Roy"),
        )],
    );
    // After an opening word and its comma too.
    check(
        "\"The soil is poor,\" said Ann Roy. However, adding lime to the soil required a permit.",
        &[("direct", "The soil is poor", Some("said"), Some("Ann Roy"))],
    );
    // (A decade's "'s" ends its sentence: no speaker runs back over it.)
    check(
        "The mill has run since the 1970's. Farmers including Ann Roy have urged the board to act.",
        &[(
            "indirect",
            "the board to act",
            Some("urged"),
            Some("Farmers including Ann Roy"),
        )],
    );
}

#[test]
fn a_past_form_describing_a_noun_is_no_cue() {
    for text in [
        "The two senators moved to block proposed cuts to ferry service.",
        "The county runs one quarry near Oxbow and another proposed quarry near Tull.",
        "Growers suffered estimated losses of $2 million last spring.",
        "The fees proposed in the draft worried the growers.",
        // A name's possessive, too.
        "Sen. Ann Roy spoke. Roy's proposed levy would fund the ferry.",
    ] {
        check(text, &[]);
    }
    // A plural noun opening the sentence before its verb of saying
    // continues no speaker: it is the speaker.
    check(
        "Ann Roy said the board should act.\n\nEstimates indicate that the mill loses $2 million a year.",
        &[
            (
                "indirect",
                "the board should act",
                Some("said"),
                Some("Ann Roy"),
            ),
            (
                "indirect",
                "the mill loses $2 million a year",
                Some("indicate"),
                Some("Estimates"),
            ),
        ],
    );
    // "She's" is "she has", and so is "Roy's" before an audience and
    // its clause.
    check(
        "Ann Roy spoke. She's warned growers that the ferry fund is dry.",
        &[(
            "indirect",
            "the ferry fund is dry",
            Some("warned"),
            Some("She"),
        )],
    );
    check(
        "Ann Roy spoke. Roy's urged lawmakers to wait.",
        &[(
            "indirect",
            "lawmakers to wait",
            Some("urged"),
            Some("Roy's"),
        )],
    );
    // "Roy's" before a past form and no noun is "Roy has".
    check(
        "Ann Roy spoke. Roy's warned that the ferry fund is dry.",
        &[(
            "indirect",
            "the ferry fund is dry",
            Some("warned"),
            Some("Roy's"),
        )],
    );
    // The verb itself still reports.
    check(
        "The mayor proposed cuts to the ferry budget.",
        &[(
            "indirect",
            "cuts to the ferry budget",
            Some("proposed"),
            Some("The mayor"),
        )],
    );
}

#[test]
fn a_role_phrase_names_the_holder_of_its_office() {
    // "the senator" is the article's one "Sen.", not the governor quoted
    // before, who keeps his own titles.
    let article = dateline::extract(
        "Sen. Inga Marwood met Gov. Teodor Blass on Monday. Blass praised the plan. \
         \"This is a good day for growers,\" the senator said.",
    );
    let last = speakers_of(&article).pop();
    assert_eq!(
        last,
        Some(("the senator", Some("Inga Marwood"))),
        "{article:?}"
    );
    let blass = article
        .people
        .iter()
        .find(|p| p.name == "Teodor Blass")
        .unwrap();
    assert_eq!(blass.titles, ["Gov."]);
    for (text, want) in [
        (
            "Gov. Teodor Blass signed the bill after Sen. Inga Marwood spoke. \
             \"It is a fair law,\" the governor said.",
            "Teodor Blass",
        ),
        (
            "Rep. Osric Dale spoke first. \"We need the bridge,\" the congressman said.",
            "Osric Dale",
        ),
        // A state's senator: the senator of its party label.
        (
            "Sen. Osric Dale (R-Wyo.) and Gov. Teodor Blass met. \
             \"We need the money,\" said Wyoming's senior senator.",
            "Osric Dale",
        ),
        // The head before an "of" complement names the office, with a
        // senator quoted between.
        (
            "State Secretary of Transportation Teodor Blass toured the coast. \
             \"The roads are open,\" Sen. Inga Marwood said. The secretary says \
             the bridge will be rebuilt by May.",
            "Teodor Blass",
        ),
    ] {
        let article = dateline::extract(text);
        assert_eq!(
            speakers_of(&article).pop().and_then(|s| s.1),
            Some(want),
            "{text}"
        );
    }
    // "Texas'": a state's name ending in "s".
    let article = dateline::extract(
        "Sen. Osric Dale (R-Texas) met farmers. \"We need the money,\" said Texas' senior senator.",
    );
    assert_eq!(
        speakers_of(&article).pop(),
        Some(("Texas' senior senator", Some("Osric Dale")))
    );
    // The article's one senator, with no label, when it names the state
    // elsewhere too; not for a state named only there.
    let article = dateline::extract(
        "Sen. Osric Dale toured farms in Wyoming. \"We need the money,\" said Wyoming's \
         senior senator.",
    );
    assert_eq!(
        speakers_of(&article).pop(),
        Some(("Wyoming's senior senator", Some("Osric Dale")))
    );
    // Not for a state named only there, however often; nor inside a longer
    // name; nor for a senator of another state.
    for text in [
        "Sen. Osric Dale toured farms. Reports from Colorado's junior senator said the \
         hearing was his idea. Colorado's junior senator also said the fee was fair.",
        "Sen. Osric Dale toured farms in West Virginia. \"We need the money,\" said \
         Virginia's senior senator.",
        "Sen. Osric Dale of Colorado toured farms in Wyoming. \"We need the money,\" said \
         Wyoming's senior senator.",
    ] {
        let article = dateline::extract(text);
        assert!(
            speakers_of(&article).iter().all(|s| s.1.is_none()),
            "{text}: {:?}",
            speakers_of(&article)
        );
    }
    // Of a state's two senators, not the one who spoke just before.
    let article = dateline::extract(
        "Sen. Osric Dale (R-Wyo.) and Sen. Ann Roy (R-Wyo.) met. \"We need the money,\" \
         Dale said. \"It is late,\" said Wyoming's junior senator.",
    );
    assert_eq!(
        speakers_of(&article).pop(),
        Some(("Wyoming's junior senator", None))
    );
    // A senator who chairs a committee is "the chairman".
    let article = dateline::extract(
        "Sen. Osric Dale leads the Harbor Committee. \"We will hold hearings,\" Dale said. \
         \"The budget is too small,\" the chairman added.",
    );
    assert_eq!(
        speakers_of(&article).pop(),
        Some(("the chairman", Some("Osric Dale")))
    );
    // Nor another state's senator.
    let article = dateline::extract(
        "Sen. Osric Dale, R-WY, met the board. \
         \"We need the money,\" said Colorado's junior senator.",
    );
    assert_eq!(
        speakers_of(&article).pop(),
        Some(("Colorado's junior senator", None))
    );
    // Of several senators, the one who spoke just before.
    let article = dateline::extract(
        "Sen. Inga Marwood and Sen. Osric Dale toured the port. \
         \"The docks need work,\" Dale said. \"We will find the money,\" the senator said.",
    );
    let people: Vec<_> = joint_speakers(&article).into_iter().map(|s| s.0).collect();
    assert_eq!(
        people,
        [Some("Osric Dale"), Some("Osric Dale")],
        "{article:?}"
    );
    // "the senators": all of them, jointly.
    let article = dateline::extract(
        "Sen. Inga Marwood and Sen. Osric Dale sent a letter to the agency. \
         \"We urge you to act before the harvest,\" the senators wrote.",
    );
    assert_eq!(
        joint_speakers(&article),
        [(Some("Inga Marwood"), vec!["Osric Dale"])],
        "{article:?}"
    );
    // "both senators", "the two senators": as many as the words count.
    for (text, want) in [
        ("Both senators stressed that the harbor needs dredging.", 1),
        ("The two senators said that the harbor needs dredging.", 1),
        ("The three senators said that the harbor needs dredging.", 0),
    ] {
        let article = dateline::extract(&format!(
            "Sen. Inga Marwood and Sen. Osric Dale toured the port. {text}"
        ));
        let got: Vec<_> = joint_speakers(&article)
            .into_iter()
            .filter(|s| s.0 == Some("Inga Marwood") && s.1 == ["Osric Dale"])
            .collect();
        assert_eq!(got.len(), want, "{text}: {article:?}");
    }
    // "a senator" is not the article's senator.
    let article = dateline::extract(
        "Sen. Inga Marwood spoke first. \"It was a long night,\" a senator said.",
    );
    assert_eq!(speakers_of(&article).pop(), Some(("a senator", None)));
}

#[test]
fn the_addressee_of_told_is_no_content() {
    check(
        "Mayor Ilse Farro told the council the ferry would resume in June.",
        &[(
            "indirect",
            "the ferry would resume in June",
            Some("told"),
            Some("Mayor Ilse Farro"),
        )],
    );
    check(
        "The coach told his players the season was over.",
        &[(
            "indirect",
            "the season was over",
            Some("told"),
            Some("The coach"),
        )],
    );
    // A name's party label stays with the addressee.
    check(
        "The carrier has told Sen. Orrin Tewk (R-Neb.) that it will drop the route.",
        &[(
            "indirect",
            "it will drop the route",
            Some("told"),
            Some("The carrier"),
        )],
    );
    check(
        "Dunmore told Senator Kell (D-OR) he would call a vote soon.",
        &[(
            "indirect",
            "he would call a vote soon",
            Some("told"),
            Some("Dunmore"),
        )],
    );
}

#[test]
fn the_person_shown_or_heard_speaks_in_a_participle() {
    // The person a recording shows, not the sentence's subject.
    check(
        "The spot then switches to footage of Wilma Strand saying, “We can fix the mill.”",
        &[(
            "direct",
            "We can fix the mill.",
            Some("saying"),
            Some("Wilma Strand"),
        )],
    );
    // A past-tense verb before a name is no part of the speaker.
    check(
        "Farmers heard Wilma Strand saying, “We can fix the mill.”",
        &[(
            "direct",
            "We can fix the mill.",
            Some("saying"),
            Some("Wilma Strand"),
        )],
    );
    // ", with X saying …": X speaks, also after a title.
    check(
        "Critics piled on, with former Gov. Orrin Tewk saying the levy was unfair.",
        &[(
            "indirect",
            "the levy was unfair",
            Some("saying"),
            Some("former Gov. Orrin Tewk"),
        )],
    );
    check(
        "The levy passed, with 41 percent of growers saying they backed it.",
        &[(
            "indirect",
            "they backed it",
            Some("saying"),
            Some("41 percent of growers"),
        )],
    );
    // An adjective in "-ed" and a naming participle stay in the phrase.
    check(
        "A group of disaffected growers, led by Orrin Tewk, said the levy was unfair.",
        &[(
            "indirect",
            "the levy was unfair",
            Some("said"),
            Some("A group of disaffected growers"),
        )],
    );
    // The object of a verb is still no speaker: the subject is.
    check(
        "Orrin Tewk released a statement saying the levy was unfair.",
        &[(
            "indirect",
            "the levy was unfair",
            Some("saying"),
            Some("Orrin Tewk"),
        )],
    );
}

#[test]
fn adverbs_in_the_verb_group_are_no_speaker() {
    check(
        "Hollis has not yet said whether the vote will happen.",
        &[(
            "indirect",
            "whether the vote will happen",
            Some("said"),
            Some("Hollis"),
        )],
    );
    check(
        "The family said the plan was fair.",
        &[(
            "indirect",
            "the plan was fair",
            Some("said"),
            Some("The family"),
        )],
    );
}

#[test]
fn it_speaks_for_the_organization_quoted_before() {
    let text = "The Harbor Authority said the pier would reopen in May. \
                It added that repairs had cost $2 million.";
    let quotes = dateline::extract(text).quotes;
    assert_eq!(quotes.len(), 2, "{quotes:?}");
    let it = quotes[1].speaker.as_ref().unwrap();
    assert_eq!(it.mention.text, "It");
    assert_eq!(
        it.antecedent.as_ref().map(|a| a.text.as_str()),
        Some("The Harbor Authority")
    );
    assert_eq!(it.person, None);
    // A chain of "it"s keeps the antecedent; the JSON carries it only when
    // set.
    let text = "“The pier is safe,” the ministry said. \
                It added that repairs were done. It also said the ferry would run.";
    let article = dateline::extract(text);
    let named: Vec<_> = article
        .quotes
        .iter()
        .filter_map(|q| q.speaker.as_ref()?.antecedent.as_ref())
        .map(|a| a.text.as_str())
        .collect();
    assert_eq!(named, ["the ministry", "the ministry"]);
    let json = serde_json::to_string(&article).unwrap();
    assert_eq!(json.matches("\"antecedent\"").count(), 2, "{json}");
    // Not people, nor a speaker quoted long before or before a sentence
    // whose subject "it" may stand for.
    for text in [
        "The Harbor Authority said the pier would reopen. The ferry plan stalls. \
         But it also says that fares will rise.",
        "Officials said the pier would reopen. It added that repairs were done.",
        "A spokesman said the pier would reopen. It added that repairs were done.",
        "Senate Republicans said the pier would reopen. It added that repairs were done.",
        "Dana Pell said the pier would reopen. It added that repairs were done.",
        // (A quotation's own "?" ends its sentence too.)
        "The ministry asked, “Why wait for May?” The ferry plan stalls. \
         But it also says that fares will rise.",
    ] {
        let quotes = dateline::extract(text).quotes;
        assert!(
            quotes
                .iter()
                .all(|q| q.speaker.as_ref().is_some_and(|s| s.antecedent.is_none())),
            "{text}: {quotes:?}"
        );
    }
    let far = format!(
        "The ministry said the pier would reopen. {} It added that repairs were done.",
        "The harbor was quiet on Sunday and the boats stayed in. ".repeat(10)
    );
    let quotes = dateline::extract(&far).quotes;
    assert!(quotes
        .iter()
        .all(|q| q.speaker.as_ref().is_some_and(|s| s.antecedent.is_none())));
}

#[test]
fn they_after_people_named_together_speak_jointly() {
    let speaker = |text: &str| {
        let quotes = dateline::extract(text).quotes;
        let s = quotes.last().and_then(|q| q.speaker.clone()).unwrap();
        (s.person, s.joint)
    };
    assert_eq!(
        speaker(
            "Senators Ada Pryce and Hal Munro wrote to the committee on Monday. \
             They said the testing rule was unfair."
        ),
        (Some("Ada Pryce".to_string()), vec!["Hal Munro".to_string()])
    );
    assert_eq!(
        speaker(
            "Ada Pryce, Hal Munro and Tom Reed wrote to the panel. They said the rule was unfair."
        ),
        (
            Some("Ada Pryce".to_string()),
            vec!["Hal Munro".to_string(), "Tom Reed".to_string()]
        )
    );
    // So does their letter; and his statement is his.
    assert_eq!(
        speaker(
            "Ada Pryce and Hal Munro wrote to the panel in May. \"The fee will grow,\" their letter said."
        ),
        (Some("Ada Pryce".to_string()), vec!["Hal Munro".to_string()])
    );
    assert_eq!(
        speaker("Hal Munro wrote to the panel. \"The fee will grow,\" his statement said."),
        (Some("Hal Munro".to_string()), vec![])
    );
    // Not people named as an object or as owners, nor a list two
    // sentences back.
    for text in [
        "Ada Pryce and Hal Munro's lawyers wrote to the agency. They said the rules were unfair.",
        "Officials met Ada Pryce and Hal Munro on Monday. They said the rule was unfair.",
        "Ada Pryce and Hal Munro wrote to the panel. The board met Tuesday. \
         They said the rule was unfair.",
    ] {
        assert_eq!(speaker(text), (None, vec![]), "{text}");
    }
}

#[test]
fn a_cue_opening_its_sentence_with_the_speaker_after_it() {
    // "Said X, “…”" and "Said X: “…”", also after a role set off by
    // commas; not the speaker of the quotation before.
    check(
        "\"The ramp is finished,\" Mayor Odile Varn said. \
         Said Jonas Aber, chair of the tenants union, \"We can finally cross.\" \
         Said council member Ada Kell: \"Cyclists gain a lane.\"",
        &[
            (
                "direct",
                "The ramp is finished",
                Some("said"),
                Some("Mayor Odile Varn"),
            ),
            (
                "direct",
                "We can finally cross.",
                Some("Said"),
                Some("Jonas Aber"),
            ),
            (
                "direct",
                "Cyclists gain a lane.",
                Some("Said"),
                Some("council member Ada Kell"),
            ),
        ],
    );
    // "Said to be …" opens no attribution.
    check(
        "Said to be the oldest mill in the valley, the building will close.",
        &[],
    );
}

#[test]
fn the_name_before_phrases_of_when_and_where_speaks() {
    check(
        "Sen. Ilse Varn (D-Ore.) on Tuesday from the Senate floor expressed concern that bus routes will be cut. \
         Gov. Tomas Brekke at a Dunmore meeting hall in May announced that the state will cover the gap.",
        &[
            (
                "indirect",
                "concern that bus routes will be cut",
                Some("expressed"),
                Some("Sen. Ilse Varn"),
            ),
            (
                "indirect",
                "the state will cover the gap",
                Some("announced"),
                Some("Gov. Tomas Brekke"),
            ),
        ],
    );
    // A name's own phrase stays whole.
    check(
        "The Commission on Harbor Safety said the pier was unsafe.",
        &[(
            "indirect",
            "the pier was unsafe",
            Some("said"),
            Some("The Commission on Harbor Safety"),
        )],
    );
}

#[test]
fn a_clause_ending_in_a_colon_announces_the_next_quotation() {
    check(
        "\"The fee is unfair,\" said Sen. Ilse Varn.\n\n\
         In a memo on Friday, harbor director Carla Dunne wrote the committee:\n\n\
         \"The plan would shift the dredging cost to local taxpayers.\"",
        &[
            (
                "direct",
                "The fee is unfair",
                Some("said"),
                Some("Sen. Ilse Varn"),
            ),
            (
                "direct",
                "The plan would shift the dredging cost to local taxpayers.",
                Some("wrote"),
                Some("harbor director Carla Dunne"),
            ),
        ],
    );
}

#[test]
fn the_acronym_who_as_speaker_is_no_relative_pronoun() {
    check(
        "WHO says the outbreak in the river towns, which began in May, is now under control.",
        &[(
            "indirect",
            "the outbreak in the river towns, which began in May, is now under control",
            Some("says"),
            Some("WHO"),
        )],
    );
}

#[test]
fn the_one_written_to_does_not_ask() {
    check(
        "Sen. Ilse Varn mailed a note to Senate Majority Leader Dana Holt seeking a quick vote on the bill.",
        &[(
            "indirect",
            "a quick vote on the bill",
            Some("seeking"),
            Some("Sen. Ilse Varn"),
        )],
    );
}

#[test]
fn a_topic_after_the_cue_leaves_the_words_before_to_the_writer() {
    check(
        "In April, Varn returned the forms the panel needed, and in May, she testified in support of the nominee.",
        &[],
    );
    check("In their note, the mayors ask about the new fees.", &[]);
    // What the cue asks for is no content, nor the phrase before.
    check(
        "In a March letter to the Harbor Agency, Ilse Varn asked for a review of how the pier is funded.",
        &[],
    );
    // Only a cue of asking asks for something: "wrote for the court" is
    // no object.
    check(
        "The ruling stands, Justice Ilse Varn wrote for the court.",
        &[(
            "indirect",
            "The ruling stands",
            Some("wrote"),
            Some("Justice Ilse Varn"),
        )],
    );
    // After a phrase with no verb, "argued for the plan" takes its object.
    check("During the hearing, Ilse Varn argued for the plan.", &[]);
    // A time after "for" is no object: the clause before is the content.
    check(
        "The pier must reopen, Ilse Varn argued for the third time.",
        &[(
            "indirect",
            "The pier must reopen",
            Some("argued"),
            Some("Ilse Varn"),
        )],
    );
}

#[test]
fn a_compound_after_that_is_no_demonstrative_subject() {
    check(
        "The panel argued that would-be smugglers have been stopped at the border.",
        &[(
            "indirect",
            "would-be smugglers have been stopped at the border",
            Some("argued"),
            Some("The panel"),
        )],
    );
    check(
        "The panel noted that would be a costly delay.",
        &[(
            "indirect",
            "that would be a costly delay",
            Some("noted"),
            Some("The panel"),
        )],
    );
}

#[test]
fn a_name_alone_on_the_next_line_credits_an_epigraph() {
    check(
        "Sen. Ilse Varn told the graduates, \"Never stop asking.\"\n\n\
         \"A long walk begins when you tie your shoes.\"\n\n\
         Amos Hollingworth\n\n\
         \"Help your neighbours.\"\n\n\
         Bill Summary\n\nThe bill funds the school.",
        &[
            (
                "direct",
                "Never stop asking.",
                Some("told"),
                Some("Sen. Ilse Varn"),
            ),
            (
                "direct",
                "A long walk begins when you tie your shoes.",
                None,
                Some("Amos Hollingworth"),
            ),
            // (Not a heading's words.)
            ("direct", "Help your neighbours.", None, None),
        ],
    );
}

#[test]
fn the_object_of_an_opening_phrase_does_not_speak() {
    check(
        "In her remarks, Sen. Ilse Varn described the backlog, explained why funding had lapsed.",
        &[(
            "indirect",
            "why funding had lapsed",
            Some("explained"),
            Some("Sen. Ilse Varn"),
        )],
    );
}

#[test]
fn a_time_opening_the_sentence_is_no_speaker() {
    check(
        "Today, Sen. Ilse Varn, R-Va., the chair of the panel, announced that the Coast Guard picked a Harlow firm.",
        &[(
            "indirect",
            "the Coast Guard picked a Harlow firm",
            Some("announced"),
            Some("Sen. Ilse Varn"),
        )],
    );
}

#[test]
fn review_cases_for_epigraphs_and_topics() {
    // A heading after a quotation announced by "She said:" is no speaker.
    check(
        "Mayor Ann Roy spoke about the storm. She said:\n\n\
         \"We will rebuild every home.\"\n\nJordan Valley Farms\n\nThe farm lost its barns.",
        &[(
            "direct",
            "We will rebuild every home.",
            Some("said"),
            Some("She"),
        )],
    );
    // "said about" keeps the words before it.
    check(
        "The fees are too high and must be cut, Mayor Ann Roy said about the proposal.",
        &[(
            "indirect",
            "The fees are too high and must be cut",
            Some("said"),
            Some("Mayor Ann Roy"),
        )],
    );
}

#[test]
fn a_name_after_the_addressee_opens_the_content() {
    check(
        "Kerr told the newspaper Ann Vell had resigned. She told the crowd Brandt was wrong.",
        &[
            (
                "indirect",
                "Ann Vell had resigned",
                Some("told"),
                Some("Kerr"),
            ),
            ("indirect", "Brandt was wrong", Some("told"), Some("She")),
        ],
    );
}

#[test]
fn a_second_predicate_after_a_wh_clause_is_no_content() {
    check(
        "She explained why funding had lapsed and outlined how it could be restored.",
        &[(
            "indirect",
            "why funding had lapsed",
            Some("explained"),
            Some("She"),
        )],
    );
    // Two clauses of "how" and "why" are one content.
    check(
        "He explained how the plan worked and why it failed.",
        &[(
            "indirect",
            "how the plan worked and why it failed",
            Some("explained"),
            Some("He"),
        )],
    );
}

#[test]
fn a_capitalised_word_and_a_dash_inside_a_quotation_are_no_dateline() {
    // An acronym and a dash opening a quoted paragraph look like
    // "CITY –", but the quotation is one, with its cue.
    check(
        "\"ACME is a lifeline for farm towns - it pays for seed and fuel,\" said Ada Kell.",
        &[(
            "direct",
            "ACME is a lifeline for farm towns - it pays for seed and fuel",
            Some("said"),
            Some("Ada Kell"),
        )],
    );
}

#[test]
fn a_participle_with_its_agent_reports_no_speech() {
    for text in [
        "The road package announced on Friday by both Vell senators includes new bridges.",
        "Offered by Senator Ada Kell (D-OR), the amendment pays for crossing gates.",
        "Questioned by Brandt during the long hearing, the director gave no date.",
    ] {
        check(text, &[]);
    }
    // The means of speech is no agent.
    check(
        "Ada Kell said by phone that the bridge would open.",
        &[(
            "indirect",
            "the bridge would open",
            Some("said"),
            Some("Ada Kell"),
        )],
    );
}

#[test]
fn an_object_ends_before_a_clause_with_a_subject_of_its_own() {
    check(
        "Ann Roy criticized the plan and the board is angry about it.",
        &[("indirect", "the plan", Some("criticized"), Some("Ann Roy"))],
    );
    // A noun with a clause inside stays one object.
    check(
        "Ann Roy criticized the way it was drafted.",
        &[(
            "indirect",
            "the way it was drafted",
            Some("criticized"),
            Some("Ann Roy"),
        )],
    );
    check(
        "Ann Roy criticized the tariffs and the prices consumers will pay.",
        &[(
            "indirect",
            "the tariffs and the prices consumers will pay",
            Some("criticized"),
            Some("Ann Roy"),
        )],
    );
}

#[test]
fn a_vow_or_a_promise_reports_its_infinitive() {
    check(
        "Gov. Ada Kell vowed to veto the toll bill. Tom Brandt promised to fix the pier.",
        &[
            (
                "indirect",
                "to veto the toll bill",
                Some("vowed"),
                Some("Gov. Ada Kell"),
            ),
            (
                "indirect",
                "to fix the pier",
                Some("promised"),
                Some("Tom Brandt"),
            ),
        ],
    );
    // What a thing promises is no one's word.
    check("This year's race promises to be close.", &[]);
}

#[test]
fn a_party_label_inside_an_object_does_not_end_it() {
    check(
        "Ada Kell urged the Senate to reject a bill by Sen. Tom Brandt (R-Kan.) \
         that bans ferry tolls.",
        &[(
            "indirect",
            "the Senate to reject a bill by Sen. Tom Brandt (R-Kan.) that bans ferry tolls",
            Some("urged"),
            Some("Ada Kell"),
        )],
    );
}

#[test]
fn a_participle_describing_a_noun_reports_no_speech() {
    for text in [
        // A phrase of place or means after an object verb is no object.
        "Critics of the cuts proposed in the spring review met on Monday.",
        "Growers gain from studies supported through the new grant.",
        // A form of "be" before the verb, not only before an adverb.
        "The clerks will decide if the sum being requested will be paid.",
        // A possessive before it, and a name or a number after it.
        "The dam is in the Council's proposed FY 2031 water levy.",
    ] {
        check(text, &[]);
    }
    // The object after a short phrase of time or means.
    check(
        "Ada Kell called in March for an audit of the port. Tom Brandt declined in \
         a statement to comment on the budget.",
        &[
            (
                "indirect",
                "an audit of the port",
                Some("called"),
                Some("Ada Kell"),
            ),
            (
                "indirect",
                "to comment on the budget",
                Some("declined"),
                Some("Tom Brandt"),
            ),
        ],
    );
    // The object of "called for" still follows the verb.
    check(
        "Ada Kell called for an audit of the port.",
        &[(
            "indirect",
            "an audit of the port",
            Some("called"),
            Some("Ada Kell"),
        )],
    );
}

#[test]
fn a_paragraph_missing_its_opening_mark_continues_the_quotation() {
    // The second paragraph has no opening mark, but its first mark closes
    // before an attribution: one quotation over both paragraphs, with its
    // speaker (not the one before).
    let text = "\"The dock floods every spring,\" said Ada Kell.\n\n\
                \"The river silts up and boats run aground.\n\n\
                The new money lets the county hire a crew,\" said Tom Hale. \
                \"I will keep pressing.\"";
    let quotes = QuoteExtractor::new().extract(text);
    let got = texts_and_speakers(&quotes);
    assert_eq!(
        got,
        [
            ("The dock floods every spring", Some("Ada Kell")),
            (
                "The river silts up and boats run aground.\n\n\
                 The new money lets the county hire a crew",
                Some("Tom Hale")
            ),
            ("I will keep pressing.", Some("Tom Hale")),
        ]
    );
}

#[test]
fn a_paragraph_missing_its_opening_mark_closes_the_quotation_at_its_end() {
    // The next paragraph opens with no mark and ends with the closing one.
    let text = "Ada Kell added: \"The county has hired a crew.\n\n\
                That crew will clear the channel by June.\"\n\n\
                The council meets on Friday.";
    let quotes = QuoteExtractor::new().extract(text);
    assert_eq!(
        texts_and_speakers(&quotes),
        [(
            "The county has hired a crew.\n\nThat crew will clear the channel by June.",
            Some("Ada Kell")
        )]
    );
    // Not over one line break, a signature's: `… June.` / `Ada Kell."`.
    let text = "Ada Kell added: \"The county has hired a crew.\nAda Kell.\"\n\n\
                The council meets on Friday.";
    let quotes = QuoteExtractor::new().extract(text);
    assert_eq!(
        texts_and_speakers(&quotes),
        [("The county has hired a crew.", Some("Ada Kell"))]
    );
}

#[test]
fn a_title_the_sentence_names_with_its_stop_inside_the_marks_is_no_quote() {
    check(
        "Kell asked the mayor to proclaim May as \"Clean Harbor Month.\"",
        &[],
    );
    check(
        "The board issued a report titled \"Hidden Risks in Old Pipes.\"",
        &[],
    );
    // A law's long name, and a name a title's noun gives.
    check(
        "Kell's bill, the \"Harbor Dredging Safety Enhancement and Support (or Harbor DREDGE) \
         Act,\" matches the House version.",
        &[],
    );
    check(
        "Section Two - The short title is \"Harbor Dredging Safety and Support Act.\"",
        &[],
    );
    // Right after the work's own noun, a colon inside.
    check(
        "Sen. Ada Kell spoke at the release of the study \"Old Pipes: Worn and at Risk.\"",
        &[],
    );
    // A sentence in marks after a cue is still a quotation.
    check(
        "She said \"We Cannot Wait.\"",
        &[("direct", "We Cannot Wait.", Some("said"), Some("She"))],
    );
}

#[test]
fn words_after_titled_or_entitled_name_a_work_whatever_their_case() {
    // Long, in sentence case, with a comma before the marks or inside
    // them: a name all the same.
    check(
        "Sen. Ann Roy opened the forum, titled \"Harbor Projects to Help Low \
         Income Persons: Small Ports Step up to the Plate.\"",
        &[],
    );
    check(
        "Roy chaired a hearing entitled, \"Dock Rights: Activism or Crime.\"",
        &[],
    );
    check(
        "The grant goes to a project entitled \"Bronze Age to Star Age,\" which \
         trains young scientists.",
        &[],
    );
    // So do the words after a theme's, a slogan's or a motto's noun.
    check(
        "Thanks to the grant, the fair chose the theme \"Open Doors: Who Gets \
         In? Who Stays Out?\" Its slogan, \"Everyone belongs here,\" is on every \
         banner.",
        &[],
    );
}

#[test]
fn a_participle_after_an_objects_appositive_reports_nothing_before_it() {
    let article = dateline::extract(
        "Sen. Tom Hale wrote to Ann Roy, the deputy secretary of the harbor \
         board asking for new piers. He also questioned the fees for boats.",
    );
    assert_eq!(
        speakers_of(&article),
        [("He", Some("Tom Hale"))],
        "{:?}",
        article.quotes
    );
}

#[test]
fn a_capitalised_ing_form_inside_a_name_is_no_cue() {
    check(
        "The National Writing Project, based in Lorton, will train teachers.",
        &[],
    );
}

#[test]
fn a_date_before_the_cue_is_no_speaker() {
    check(
        "Kell as recently as March 9 had urged the agency to release the money.",
        &[(
            "indirect",
            "the agency to release the money",
            Some("urged"),
            Some("Kell"),
        )],
    );
    check(
        "A survey of dock owners published in January found that most slips are too shallow.",
        &[(
            "indirect",
            "most slips are too shallow",
            Some("found"),
            Some("A survey of dock owners"),
        )],
    );
}

#[test]
fn review_cases_for_agents_and_continued_paragraphs() {
    // "by" and a means is no agent: the report stands.
    check(
        "The company confirmed Tuesday by a statement that it would cut 200 jobs.",
        &[(
            "indirect",
            "it would cut 200 jobs",
            Some("confirmed"),
            Some("The company"),
        )],
    );
    // A stray closing mark before "and said" does not continue the
    // quotation of the paragraph before.
    let text = "\"The dock is closed,\" said Tom Hale. \"We have no crew.\n\n\
                Ann Roy called the plan a fine idea,\" and said the town would pay.";
    let quotes = QuoteExtractor::new().extract(text);
    assert!(
        quotes.iter().all(|q| !q.text.contains("Ann Roy")),
        "{:?}",
        quotes.iter().map(|q| &q.text).collect::<Vec<_>>()
    );
}

#[test]
fn review_cases_for_lower_case_agents_and_joint_attributions() {
    // A participle's agent in lower case reports no speech.
    check(
        "The town will pay with grants announced Monday by the county board and the state.",
        &[],
    );
    // A continued quotation with two speakers after its mark.
    let text = "\"We have waited too long for this bridge.\n\n\
                The state must act now,\" Roy and Hale said.";
    let quotes = QuoteExtractor::new().extract(text);
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    assert!(quotes[0].text.contains("must act now"));
}

#[test]
fn a_name_after_a_closed_quotation_credits_it() {
    // A period inside the marks, then the name, a role and the cue.
    let text = "\"Commuters have waited years for a dry waiting room.\" \
                Rep. Nadia K. Orlov, a member of the transit panel, said. \
                \"This grant pays for it.\"";
    let quotes = QuoteExtractor::new().extract(text);
    assert_eq!(
        texts_and_speakers(&quotes),
        [
            (
                "Commuters have waited years for a dry waiting room.",
                Some("Rep. Nadia K. Orlov")
            ),
            ("This grant pays for it.", Some("Rep. Nadia K. Orlov")),
        ]
    );
    // The name and its cue, then a participle going on.
    let text = "Sen. Ada Holm spoke first. \"The canyon trail needs repair.\" \
                Dorn said, adding, \"We will fund it.\"";
    let quotes = QuoteExtractor::new().extract(text);
    assert_eq!(
        texts_and_speakers(&quotes),
        [
            ("The canyon trail needs repair.", Some("Dorn")),
            ("We will fund it.", Some("Dorn")),
        ]
    );
    // A role holding a list of its own after the name.
    check(
        "\"The new runway opens in May,\" Senator Brandt, a member of the Roads, \
         Rail and Ports Committee, said.",
        &[(
            "direct",
            "The new runway opens in May",
            Some("said"),
            Some("Senator Brandt"),
        )],
    );
    // No verb: the name and the role end the sentence.
    check(
        "\"With this money the north ramp reopens by summer,\" Greta Lind, \
         director of the Harbor Ferry Authority.",
        &[(
            "direct",
            "With this money the north ramp reopens by summer",
            None,
            Some("Greta Lind"),
        )],
    );
    // No verb and no role: a titled name, with its state or not, ends the
    // sentence (not the speaker of the paragraph before).
    let text = "Sen. Ada Holm spoke first.\n\n\"The ferry must run all winter,\" \
                Sen. Greta Lind of Maine.\n\n\"Fares stay low,\" Rep. Ivo Sand.";
    let quotes = QuoteExtractor::new().extract(text);
    assert_eq!(
        texts_and_speakers(&quotes),
        [
            (
                "The ferry must run all winter",
                Some("Sen. Greta Lind of Maine")
            ),
            ("Fares stay low", Some("Rep. Ivo Sand")),
        ]
    );
    // A scare quote inside a phrase does not open the clause.
    check(
        "Any \"sober\" reading of the budget, said Ivo Sand, an economist at the \
         institute, shows a deficit.",
        &[(
            "mixed",
            "Any \"sober\" reading of the budget",
            Some("said"),
            Some("Ivo Sand"),
        )],
    );
}

#[test]
fn an_inverted_cue_opening_the_sentence_after_a_quotation_credits_it() {
    // `"…." Said Ivo Sand, an analyst at the institute.` -- not the
    // speaker of the paragraph before, and no quotation of the name.
    let text = "Ada Holm praised the bill. \"It helps farmers,\" she said.\n\n\
                \"This is the plan we need.\" Said Ivo Sand, an analyst at the Dover \
                Institute. \"It will aid farmers.\"";
    let quotes = QuoteExtractor::new().extract(text);
    assert_eq!(
        texts_and_speakers(&quotes),
        [
            ("the bill", Some("Ada Holm")),
            ("It helps farmers", Some("she")),
            ("This is the plan we need.", Some("Ivo Sand")),
            ("It will aid farmers.", Some("Ivo Sand")),
        ]
    );
}

#[test]
fn openings_and_lists_before_the_speaker() {
    // An amount of time before a long phrase opens the sentence: the
    // subject after its comma speaks.
    check(
        "Two days before the meeting of the Council of Harbor Towns (CHT), \
         Sen. Ada Holm wrote the governor, urging him to cut the fees.",
        &[(
            "indirect",
            "him to cut the fees",
            Some("urging"),
            Some("Sen. Ada Holm"),
        )],
    );
    // A list of names after a plural title, after the content.
    check(
        "Funding of $2.3 million goes to 14 fire departments, Sens. \
         Ada Holm, Tom Reed and Rep. Lee Park said today.",
        &[(
            "indirect",
            "Funding of $2.3 million goes to 14 fire departments",
            Some("said"),
            Some("Sens. Ada Holm, Tom Reed and Rep. Lee Park"),
        )],
    );
    // "U.S." before the plural title, and a place before its comma.
    check(
        "The grants go to the airports in Milton and in Dover, U.S. Senators \
         Ada Holm, Tom Reed and U.S. Representative Lee Park said today.",
        &[(
            "indirect",
            "The grants go to the airports in Milton and in Dover",
            Some("said"),
            Some("U.S. Senators Ada Holm, Tom Reed and U.S. Representative Lee Park"),
        )],
    );
}

#[test]
fn a_cue_word_inside_a_name_reports_nothing() {
    check(
        "The Coastal Writing Project trains teachers in every state.",
        &[],
    );
    check(
        "The Harbor Observing Committee tracks water quality at twelve ports.",
        &[],
    );
    // The name's own verb still reports: "wrote" is lower case.
    check(
        "Rourke wrote that the Farm Claims Act gave millions back to growers.",
        &[(
            "indirect",
            "the Farm Claims Act gave millions back to growers",
            Some("wrote"),
            Some("Rourke"),
        )],
    );
}

#[test]
fn labels_before_a_colon_that_name_no_one() {
    // A topic's label before a quotation: the speaker quoted before goes
    // on.
    let text = "\"Parts of this plan are sound,\" said Senator Lena Okafor.\n\n\
                Bus Rapid Transit: \"I welcome the money for the two new bus corridors.\"\n\n\
                Energy Efficiency and Rail Programs: \"I am worried that the backlog grows.\"\n\n\
                Harbor Power Grants: \"The docks will finally get their cranes.\"";
    let quotes = QuoteExtractor::new().extract(text);
    assert_eq!(quotes.len(), 4, "{quotes:?}");
    for q in &quotes {
        let speaker = q.speaker.as_ref().map(|s| s.mention.text.as_str());
        assert_eq!(speaker, Some("Senator Lena Okafor"), "{q:?}");
    }
    // One word the lists know as a body's is a section's label.
    check(
        "Education: The bill cuts the grants for rural schools.",
        &[],
    );
    // People and names in capitals still speak.
    check(
        "Critics: The bill is a giveaway to the docks.",
        &[(
            "indirect",
            "The bill is a giveaway to the docks",
            Some(":"),
            Some("Critics"),
        )],
    );
    check(
        "LENA MARIE OKAFOR: The bill is a giveaway to the docks.",
        &[(
            "indirect",
            "The bill is a giveaway to the docks",
            Some(":"),
            Some("LENA MARIE OKAFOR"),
        )],
    );
    check(
        "Report: The clinic will close in June.",
        &[(
            "indirect",
            "The clinic will close in June",
            Some(":"),
            Some("Report"),
        )],
    );
    // A notice's fields and a heading in capitals report nothing.
    check("WHERE: The Granite Falls Community Library", &[]);
    check("Background: The transit bill was filed last spring.", &[]);
    // Nor a memo's header lines.
    check(
        "Re: Ferry Service and Harbor Dredging Cuts in the Budget",
        &[],
    );
    check("Subject: Harbor Dredging Cuts in the Budget Request", &[]);
    check(
        "ILLEGAL DUMPING: The coast guard reports that ten boats sank.",
        &[(
            "indirect",
            "ten boats sank",
            Some("reports"),
            Some("The coast guard"),
        )],
    );
    // A name or a source before the colon still speaks.
    check(
        "Okafor: No new fares this year.",
        &[(
            "indirect",
            "No new fares this year",
            Some(":"),
            Some("Okafor"),
        )],
    );
}

#[test]
fn a_town_and_its_state_before_the_speakers_title() {
    check(
        "\"The pier opens Monday,\" added Harbor City, Maryland Mayor Ilse Varn.",
        &[(
            "direct",
            "The pier opens Monday",
            Some("added"),
            Some("Harbor City, Maryland Mayor Ilse Varn"),
        )],
    );
    let article = dateline::extract(
        "\"The pier opens Monday,\" added Harbor City, Maryland Mayor Ilse Varn.",
    );
    assert_eq!(
        speakers_of(&article)[0].1,
        Some("Ilse Varn"),
        "{:?}",
        speakers_of(&article)
    );
    check(
        "\"The pier opens Monday,\" said Dover, Del., Mayor Ilse Varn.",
        &[(
            "direct",
            "The pier opens Monday",
            Some("said"),
            Some("Dover, Del., Mayor Ilse Varn"),
        )],
    );
    // A person found before the comma is no town either.
    let article = dateline::extract(
        "Ilse Varn spoke first. \"The pier opens Monday,\" said Varn, Acme Chief Executive Tom Hale and others.",
    );
    assert_eq!(speakers_of(&article)[0].0, "Varn");
    // A person's name before the comma is no town.
    check(
        "\"The pier opens Monday,\" said Ilse Varn, Acme Chief Executive Tom Hale.",
        &[(
            "direct",
            "The pier opens Monday",
            Some("said"),
            Some("Ilse Varn"),
        )],
    );
}

#[test]
fn an_inverted_said_before_the_speaker() {
    let text = "Mayor Ines Pruitt welcomed the grant.\n\n\
                Said Pruitt, \"We will use every dollar on the canals.\"\n\n\
                Said Hollis Vane, director of the fruit cooperative:\n\n\
                \"Our members lost half of the crop to frost.\"";
    let a = dateline::extract(text);
    let names: Vec<&str> = a.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Ines Pruitt", "Hollis Vane"]);
    assert_eq!(
        speakers_of(&a),
        [
            ("Mayor Ines Pruitt", Some("Ines Pruitt")),
            ("Pruitt", Some("Ines Pruitt")),
            ("Hollis Vane", Some("Hollis Vane")),
        ]
    );
}

#[test]
fn a_name_before_a_modifier_no_comma_closes_speaks() {
    let speakers = |text: &str| {
        QuoteExtractor::new()
            .extract(text)
            .iter()
            .map(|q| q.speaker.as_ref().map(|s| s.mention.text.clone()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        speakers(
            "Rep. Delia Marchetti (D-Ore.), who drafted the ferry bill in the House said, \
             \"The crossing needs a dependable boat.\""
        ),
        [Some("Rep. Delia Marchetti".to_string())]
    );
    assert_eq!(
        speakers(
            "Chairman Rufus Tallant (R-Ore.) of the Port Orvis Harbor Board said, \
             \"We will rebuild the dock.\""
        ),
        [Some("Chairman Rufus Tallant".to_string())]
    );
    assert_eq!(
        speakers(
            "Marta Quillen, a member of the Lakeshore Rowing, Sailing and Paddling League \
             said, \"Our crews need a safer channel.\""
        ),
        [Some("Marta Quillen".to_string())]
    );
    assert_eq!(
        speakers("Senator Ivo Brandt, in a radio interview on Tuesday said the state would pay."),
        [Some("Senator Ivo Brandt".to_string())]
    );
    // An appositive closed before a verb of its own: the source after
    // the content speaks.
    assert_eq!(
        speakers(
            "Ann Lorne, a member of the harbor club, was sailing to Cairo to see her son, \
             the club posted on its page."
        ),
        [Some("the club".to_string())]
    );
}

#[test]
fn a_nickname_in_marks_is_part_of_the_name() {
    // (Of the mention: the person's name leaves it out.)
    let text = "\"The runway repairs will keep freight moving,\" Congressman R.J. \"Dusty\" \
                Harlow said. Senator Maeve Lind praised Sgt. Walter “Buck” Emberly.";
    let a = dateline::extract(text);
    let names: Vec<&str> = a
        .people
        .iter()
        .map(|p| p.mentions[0].text.as_str())
        .collect();
    assert_eq!(
        names,
        [
            "R.J. \"Dusty\" Harlow",
            "Maeve Lind",
            "Walter “Buck” Emberly"
        ]
    );
    assert_eq!(
        texts_and_speakers(&a.quotes),
        [
            (
                "The runway repairs will keep freight moving",
                Some("Congressman R.J. \"Dusty\" Harlow")
            ),
            ("Sgt. Walter “Buck” Emberly", Some("Senator Maeve Lind")),
        ]
    );
    // Not a word quoted in a title-case headline.
    let quotes = QuoteExtractor::new().extract("Why The Town Felt \"Forgotten\" By The State");
    assert!(quotes.iter().all(|q| q.text != "Forgotten"), "{quotes:?}");
}

#[test]
fn a_paragraph_announcing_someones_words_gives_the_next_quotation() {
    let text = "\"We won the vote,\" said Tom Hale.\n\n\
                After the vote, Sen. Nadia Varga made the following statement:\n\n\
                \"Families along the river have waited months for this help.\"\n\n\
                Below is the full text of Ivo Brandt's letter to the governor:\n\n\
                \"I ask that you open the reserve fund to the towns.\"\n\n\
                Statement by Senator Erik Lund:\n\n\
                \"The bill is a start and we will build on it.\"";
    let a = dateline::extract(text);
    assert_eq!(
        speakers_of(&a),
        [
            ("Tom Hale", Some("Tom Hale")),
            ("Sen. Nadia Varga", Some("Nadia Varga")),
            ("Ivo Brandt's", Some("Ivo Brandt")),
            ("Senator Erik Lund", Some("Erik Lund")),
        ]
    );
}

#[test]
fn a_hometown_after_the_name_is_no_speaker() {
    let text = "Lakeland College student Mara Dunn, 22, of Roy said the campus was safe. \
                Tom Hale, of Dover, said the roads were clear.";
    let a = dateline::extract(text);
    let names: Vec<&str> = a.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Mara Dunn", "Tom Hale"]);
    assert_eq!(
        speakers_of(&a),
        [
            ("Lakeland College student Mara Dunn", Some("Mara Dunn")),
            ("Tom Hale", Some("Tom Hale")),
        ]
    );
}

#[test]
fn a_pronoun_after_its_own_sentences_subject_is_that_person() {
    let text = "\"The pears are ripe,\" said Corwin Feldhaus, the historian.\n\n\
                Later the cooperative's director Tobias Renk praised the growers, and he said \
                the festival would move to a larger field.";
    let a = dateline::extract(text);
    assert_eq!(
        speakers_of(&a),
        [
            ("Corwin Feldhaus", Some("Corwin Feldhaus")),
            ("he", Some("Tobias Renk")),
        ]
    );
    // Not a preposition's object.
    let text = "\"The pears are ripe,\" said Corwin Feldhaus.\n\n\
                With a vote for Tobias Renk ruled out, he said the festival would move.";
    let a = dateline::extract(text);
    assert_eq!(speakers_of(&a)[1], ("he", Some("Corwin Feldhaus")));
    // A subject whose gender no one knows, before a man named earlier.
    let text = "The board heard from Treasurer Corwin Feldhaus on Monday. In his remarks, \
                Senator Okonjo listed several programs he believes need to grow.";
    let a = dateline::extract(text);
    assert_eq!(speakers_of(&a), [("he", Some("Okonjo"))]);
}

#[test]
fn review_cases_for_labels_statements_and_inverted_cues() {
    // "Dr." ending a paragraph is a street's: the paragraphs stay apart.
    let a = dateline::extract(
        "A fire gutted a home on Linden Dr.\n\nNeighbors said the family escaped.",
    );
    assert_eq!(a.paragraphs.len(), 2);
    assert_eq!(speakers_of(&a)[0].0, "Neighbors");
    // A title-case headline with its short words in lower case keeps its
    // cue.
    let quotes = QuoteExtractor::new().extract("Gov. Roylance Says Budget Cuts Are off the Table");
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    // A response to someone's speech is the responder's.
    let a = dateline::extract(
        "\"We won,\" said Ivo Brandt.\n\n\
         Below is Sen. Tom Hale's response to Gov. Ann Roylance's speech:\n\n\
         \"The governor offered slogans, not a budget for our schools.\"",
    );
    assert_eq!(speakers_of(&a)[1].1, Some("Tom Hale"));
    // A narrative "made a statement" announces nothing.
    let a = dateline::extract(
        "\"The state has not moved,\" union president Tom Delacroix said.\n\n\
         Gov. Ann Roylance made a similar statement about the union last year.\n\n\
         \"She was wrong then and she is wrong now, and we are ready to talk.\"",
    );
    assert_eq!(speakers_of(&a)[1].1, Some("Tom Delacroix"));
    // "Said" as a given name before a verb stays in the name.
    let a = dateline::extract(
        "Said Karrouchi has sold spices in the old market for 30 years.\n\n\
         Karrouchi, 61, said the new fees would push small traders out.",
    );
    let names: Vec<&str> = a.people.iter().map(|p| p.name.as_str()).collect();
    assert_eq!(names, ["Said Karrouchi"]);
    // A reply after a quotation does not take the quotation before it.
    let a = dateline::extract(
        "\"The budget is balanced,\" Sen. Tom Hale said at the hearing. \"The reserves are \
         full.\" Ann Roylance responded, adding, \"They were raided twice last year.\"",
    );
    assert_eq!(
        speakers_of(&a)
            .iter()
            .map(|s| s.1.unwrap_or(""))
            .collect::<Vec<_>>(),
        ["Tom Hale", "Tom Hale", "Ann Roylance"]
    );
    // The subject of a relative clause speaks inside it.
    check(
        "Rep. Ann Roylance, who the committee chairman said was \"never once briefed\" on \
         the contract, skipped the vote.",
        &[(
            "mixed",
            "was \"never once briefed\" on the contract",
            Some("said"),
            Some("the committee chairman"),
        )],
    );
}

#[test]
fn after_a_semicolon_the_clauses_own_subject_speaks() {
    check(
        "The levy failed by two votes; Senator Ines Varga voted for it, saying that the \
         ferry needs the money.",
        &[(
            "indirect",
            "the ferry needs the money",
            Some("saying"),
            Some("Senator Ines Varga"),
        )],
    );
    // A clause without a subject of its own has the sentence's.
    check(
        "The mayor was heckled at the fair; thanked the crowd; and said that the pier will \
         reopen.",
        &[(
            "indirect",
            "the pier will reopen",
            Some("said"),
            Some("The mayor"),
        )],
    );
}

#[test]
fn a_stray_comma_after_a_name_before_its_verb_and_that() {
    check(
        "Sen. Ines Varga (D-Ore.), this morning announced that the ferry will run all winter.",
        &[(
            "indirect",
            "the ferry will run all winter",
            Some("announced"),
            Some("Sen. Ines Varga"),
        )],
    );
    // Not a thing's name before a participle: "A blog, called …".
    check("A new blog, called Ferry Watch, tracks the delays.", &[]);
}

#[test]
fn pleased_to_announce_and_will_announce_report_speech() {
    check(
        "Sen. Ines Varga is proud to announce that the ferry will run all winter.",
        &[(
            "indirect",
            "the ferry will run all winter",
            Some("announce"),
            Some("Sen. Ines Varga"),
        )],
    );
    check(
        "Mayor Tom Hale will announce that the pier is reopening.",
        &[(
            "indirect",
            "the pier is reopening",
            Some("announce"),
            Some("Mayor Tom Hale"),
        )],
    );
    // The plain form before an object reports nothing and ends no content.
    check(
        "Ines Varga urged the agency to review its ruling and declare a fishery disaster for \
         the harbor.",
        &[(
            "indirect",
            "the agency to review its ruling and declare a fishery disaster for the harbor",
            Some("urged"),
            Some("Ines Varga"),
        )],
    );
}

#[test]
fn told_with_a_phrase_set_off_by_commas_before_that() {
    check(
        "Port director Tom Hale told Varga before the vote, in Mr. Dunn's office, that he \
         would oppose any sale of the docks.",
        &[(
            "indirect",
            "he would oppose any sale of the docks",
            Some("told"),
            Some("Port director Tom Hale"),
        )],
    );
}

#[test]
fn backed_down_and_the_following_statement_report_nothing() {
    check(
        "Thankfully, the county has not backed down and keeps its goal.",
        &[],
    );
    check(
        "Ines Varga said down-ballot races will help the ferry levy.",
        &[(
            "indirect",
            "down-ballot races will help the ferry levy",
            Some("said"),
            Some("Ines Varga"),
        )],
    );
    // The announcement is no quotation; the quotation after it is hers.
    let a = dateline::extract(
        "Sen. Ines Varga, who fought for the clinic for a decade, offered the following \
         comments after the agency's decision to fund the new clinic in Dover:\n\n\
         \"This is a good day for the veterans of our state.\"",
    );
    assert_eq!(a.quotes.len(), 1, "{:?}", a.quotes);
    assert_eq!(
        a.quotes[0]
            .speaker
            .as_ref()
            .and_then(|s| s.person.as_deref()),
        Some("Ines Varga")
    );
}

#[test]
fn asked_a_named_person_to_do_something() {
    // Like "asked the secretary to …": the one asked and the request.
    check(
        "Senator Ines Varga asked Tom Hale to pay close attention to the ferry.",
        &[(
            "indirect",
            "Tom Hale to pay close attention to the ferry",
            Some("asked"),
            Some("Senator Ines Varga"),
        )],
    );
    check(
        "Senator Ines Varga asked the secretary to pay close attention to the ferry.",
        &[(
            "indirect",
            "the secretary to pay close attention to the ferry",
            Some("asked"),
            Some("Senator Ines Varga"),
        )],
    );
}

#[test]
fn names_joined_by_and_are_a_participles_subject_together() {
    for text in [
        "Sens. Ines Varga and Tom Hale have sent a letter seeking support for the \
         ferry bill.",
        // Before a past tense of the writer's and its object.
        "Sen. Ines Varga and Sen. Tom Hale sent a letter to the agency, urging \
         prudence in the ferry talks.",
        // With a party label after each name.
        "Sen. Ines Varga (D-VT) and Sen. Tom Hale (R-OH) sent a letter to the \
         agency, urging prudence in the ferry talks.",
        // After an opening date with its own comma.
        "On March 3, 2031, Sen. Ines Varga and Sen. Tom Hale sent a letter \
         urging the agency to act.",
    ] {
        let a = dateline::extract(text);
        assert_eq!(
            joint_speakers(&a),
            [(Some("Ines Varga"), vec!["Tom Hale"])],
            "{text}: {:?}",
            a.quotes
        );
    }
}

#[test]
fn an_announcements_cue_is_the_next_paragraphs_quotation_cue() {
    check(
        "Senator Ines Varga stated:\n\n\"We will build the bridge this year.\"",
        &[(
            "direct",
            "We will build the bridge this year.",
            Some("stated"),
            Some("Senator Ines Varga"),
        )],
    );
    // A quotation that goes on from the last one has no cue of its own.
    check(
        "\"The pier is safe,\" Ines Varga said.\n\n\"We checked every beam.\"",
        &[
            (
                "direct",
                "The pier is safe",
                Some("said"),
                Some("Ines Varga"),
            ),
            ("direct", "We checked every beam.", None, Some("Ines Varga")),
        ],
    );
    // "Stated Roger Hale:" is no person "Stated Roger Hale".
    let a = dateline::extract("Stated Roger Hale: \"We will build the bridge.\"");
    assert_eq!(a.people[0].name, "Roger Hale");
}

#[test]
fn a_labelled_list_after_an_opening_time_speaks_whole() {
    let a = dateline::extract(
        "Today, Senators Ines Varga, R-Va., and Tom Hale, D-Va., said that the harbor \
         bill has passed.",
    );
    assert_eq!(
        joint_speakers(&a),
        [(Some("Ines Varga"), vec!["Tom Hale"])],
        "{:?}",
        a.quotes
    );
}

#[test]
fn informed_and_notified_report_what_follows_that() {
    check(
        "The Army has informed Senator Ines Varga that the base will stay open.",
        &[(
            "indirect",
            "the base will stay open",
            Some("informed"),
            Some("The Army"),
        )],
    );
    // Without "that" they report nothing.
    check("The agency informed residents of the closure.", &[]);
}

#[test]
fn as_reported_by_a_source_after_a_time_and_before_a_quotation() {
    check(
        "As noted last month by the Harbor Gazette, \"the agency plans to cut 40 jobs.\"",
        &[(
            "direct",
            "the agency plans to cut 40 jobs.",
            Some("noted"),
            Some("the Harbor Gazette"),
        )],
    );
    // Ending its paragraph, the frame gives the next quotation its source,
    // not the speaker before.
    let a = dateline::extract(
        "\"We need the money,\" Sen. Ines Varga said.\n\nAs noted last month by the Harbor \
         Gazette:\n\n\"The agency plans to cut 40 jobs at the port.\"",
    );
    assert_eq!(
        speaker_mentions(&a.quotes),
        [Some("Sen. Ines Varga"), Some("the Harbor Gazette")]
    );
}

#[test]
fn projecting_that_reports_a_forecast_but_projects_that_is_a_noun() {
    check(
        "At the time, the port office was projecting that the debt would fall.",
        &[(
            "indirect",
            "the debt would fall",
            Some("projecting"),
            Some("the port office"),
        )],
    );
    check(
        "The grant will fund specific projects that help farmers.",
        &[],
    );
}

#[test]
fn a_bare_quotation_a_few_paragraphs_on_is_the_last_speakers() {
    let a = dateline::extract(
        "\"It is a good bill,\" said Varga.\n\nThe bill funds ferries.\n\nIt also funds \
         piers.\n\nIt passed 74 to 26.\n\n\"It is not perfect. It is a start.\"",
    );
    assert_eq!(speaker_mentions(&a.quotes), [Some("Varga"), Some("Varga")]);
}

#[test]
fn review_cases_for_semicolon_lists_nouns_and_requests() {
    // A list the semicolons separate is the subject, not its last item.
    let a = dateline::extract(
        "Senators Ines Varga, D-Ohio; Tom Hale, R-Texas; and Lee Park, D-Utah, sent a \
         letter urging the port to act.",
    );
    assert_eq!(speaker_mentions(&a.quotes)[0], Some("Senators Ines Varga"));
    // "stress" and "down" after a cue are words of the content.
    check(
        "Ines Varga said stress and long hours drove nurses away.",
        &[(
            "indirect",
            "stress and long hours drove nurses away",
            Some("said"),
            Some("Ines Varga"),
        )],
    );
    check(
        "Ines Varga said down payments will rise.",
        &[(
            "indirect",
            "down payments will rise",
            Some("said"),
            Some("Ines Varga"),
        )],
    );
    // Asked to a place is no request.
    check("Ines Varga asked Tom Hale to the dance.", &[]);
}

#[test]
fn notified_by_an_agency_that_reports_the_agencys_words() {
    check(
        "Ines Varga has been notified by the Harbor Agency that the pier will reopen.",
        &[(
            "indirect",
            "the pier will reopen",
            Some("notified"),
            Some("the Harbor Agency"),
        )],
    );
    // "told" is irregular: its passive is reached too, and the one told
    // is never the speaker.
    check(
        "The warden was told by Gov. Ines Varga that the pier will reopen.",
        &[(
            "indirect",
            "the pier will reopen",
            Some("told"),
            Some("Gov. Ines Varga"),
        )],
    );
    check("The warden was told that the pier will reopen.", &[]);
    // A passive without "that" reports nothing.
    check("The plan was backed by the council on Monday.", &[]);
}

#[test]
fn asked_about_a_question_reports_the_question() {
    check(
        "At the hearing, Ada Kell asked Ivo Brandt about what the port will charge.",
        &[(
            "indirect",
            "what the port will charge",
            Some("asked"),
            Some("Ada Kell"),
        )],
    );
    check(
        "Ada Kell asked the warden about whether the gates would open.",
        &[(
            "indirect",
            "whether the gates would open",
            Some("asked"),
            Some("Ada Kell"),
        )],
    );
}

#[test]
fn a_date_alone_is_no_content() {
    check(
        "The money adds to the grant which Ada Kell announced on October 3rd.",
        &[],
    );
    check(
        "The levy is lower than the one the board proposed in March.",
        &[],
    );
    // A day in marks is still a quotation.
    check(
        "Asked when, Ada Kell said \"Monday.\"",
        &[("direct", "Monday.", Some("said"), Some("Ada Kell"))],
    );
}

#[test]
fn a_first_person_progressive_speaks_as_i() {
    check(
        "So I am announcing this week that my term on the board ends.",
        &[(
            "indirect",
            "my term on the board ends",
            Some("announcing"),
            Some("I"),
        )],
    );
}

#[test]
fn the_one_talked_to_is_no_content() {
    check(
        "I talked to Chancellor Ivo Brandt at the fair yesterday.",
        &[],
    );
    check(
        "Ada Kell talked with growers about the levy hurting small farms.",
        &[(
            "indirect",
            "the levy hurting small farms",
            Some("talked"),
            Some("Ada Kell"),
        )],
    );
}

#[test]
fn a_subject_before_joined_dates_and_a_place_speaks() {
    check(
        "Two inspections of the pier at the Dunmore Yard in 2019 and 2020 showed that the \
         pilings were rotten.",
        &[(
            "indirect",
            "the pilings were rotten",
            Some("showed"),
            Some("Two inspections of the pier at the Dunmore Yard"),
        )],
    );
}

#[test]
fn not_only_but_also_is_one_content() {
    check(
        "The ferry, which Ada Kell said will not only carry freight to the island, but also \
         bring back the tourists, sails in May.",
        &[(
            "indirect",
            "will not only carry freight to the island, but also bring back the tourists",
            Some("said"),
            Some("Ada Kell"),
        )],
    );
}

#[test]
fn a_past_form_right_after_a_speech_verb_describes_the_subject() {
    check(
        "Health officials said confirmed cases rose sharply in the valley last week.",
        &[(
            "indirect",
            "confirmed cases rose sharply in the valley last week",
            Some("said"),
            Some("Health officials"),
        )],
    );
    check(
        "The harbor master announced revised fees would take effect in June.",
        &[(
            "indirect",
            "revised fees would take effect in June",
            Some("announced"),
            Some("The harbor master"),
        )],
    );
    // The past form after "what … said" is the sentence's verb, and so is
    // one after a relative clause's verb.
    check("What the clerk said confirmed their fears.", &[]);
    check("The clerk she accused denied any wrongdoing.", &[]);
    check("Growers who complained reported losses to the board.", &[]);
}

#[test]
fn a_relative_pronoun_speaker_names_its_antecedent() {
    let antecedent = |text: &str| {
        let quotes = dateline::extract(text).quotes;
        assert_eq!(quotes.len(), 1, "{text}: {quotes:?}");
        let speaker = quotes[0].speaker.clone().unwrap();
        (speaker.mention.text, speaker.antecedent.map(|a| a.text))
    };
    assert_eq!(
        antecedent("I met the deputy mayor of Dover who asked me, “Where is the money?”"),
        (
            "who".to_string(),
            Some("the deputy mayor of Dover".to_string())
        )
    );
    // A thing is the last noun a preposition adds; a name keeps its own
    // "of".
    assert_eq!(
        antecedent("The council read a copy of the ruling, which found that fares must rise."),
        ("which".to_string(), Some("the ruling".to_string()))
    );
    assert_eq!(
        antecedent(
            "The Office of Harbor Safety, which inspected the pier, said that it was sound."
        )
        .1,
        None
    );
    // A thing's author is no antecedent.
    assert_eq!(
        antecedent("She read the letter from the Office of Harbor Safety, which warned that the pier was weak."),
        ("which".to_string(), Some("the letter from the Office of Harbor Safety".to_string()))
    );
    // A person's place is not either.
    assert_eq!(
        antecedent("We spoke with a nurse from Dover who said that the clinic had closed."),
        ("who".to_string(), Some("a nurse from Dover".to_string()))
    );
    // No antecedent from a list cut at a comma, nor from a verb's object.
    for text in [
        "Ada Kell chairs the Committee on Ports, Roads and Rail, which found that the pier was weak.",
        "The board voted to replace Ivo Brandt, who said that he would appeal.",
    ] {
        let quotes = dateline::extract(text).quotes;
        assert!(
            quotes
                .iter()
                .all(|q| q.speaker.as_ref().is_some_and(|s| s.antecedent.is_none()
                    || s.person.is_some())),
            "{text}: {quotes:?}"
        );
    }
}

#[test]
fn a_perfect_participle_is_no_speaker() {
    check("Having said that, here is what the board knows:", &[]);
    check("Having said that, here are the facts we have.", &[]);
}

#[test]
fn a_plural_noun_before_its_own_verb_is_no_cue() {
    check(
        "Recent reports suggest that the ferry lost money.",
        &[(
            "indirect",
            "the ferry lost money",
            Some("suggest"),
            Some("Recent reports"),
        )],
    );
    check(
        "Early figures indicate that the ferry lost money.",
        &[(
            "indirect",
            "the ferry lost money",
            Some("indicate"),
            Some("Early figures"),
        )],
    );
    // (A verb in "-s" before a plain noun stays a verb.)
    check("He says doubt remains over the pier's cost.", &[]);
    // ("show" reports nothing of its own: no speaker "new".)
    check(
        "The levy passed days after new estimates show that the pier needs repairs.",
        &[],
    );
    check(
        "The harbor master reports that the pier needs repairs.",
        &[(
            "indirect",
            "the pier needs repairs",
            Some("reports"),
            Some("The harbor master"),
        )],
    );
}

#[test]
fn a_states_senators_are_its_two_senators() {
    let text = "Senator Ada Kell and Senator Ivo Brandt met growers in Vermont. \
                The Vermont senators said the levy would hurt small farms.";
    let quotes = dateline::extract(text).quotes;
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    let speaker = quotes[0].speaker.as_ref().unwrap();
    assert_eq!(speaker.mention.text, "The Vermont senators");
    // (Without party labels nothing says whose state it is: "Ohio Sen.
    // Ada Kell and Vermont Sen. Ivo Brandt" would be two states'.)
    assert_eq!(speaker.person, None);
    // By their party labels; not another state's.
    let text = "Sen. Ada Kell (D-Md.) and Sen. Ivo Brandt (D-Md.) met growers. \
                The two Maryland Senators said the levy would hurt small farms.";
    let speaker = dateline::extract(text).quotes[0].speaker.clone().unwrap();
    assert_eq!(speaker.person.as_deref(), Some("Ada Kell"));
    assert_eq!(speaker.joint, ["Ivo Brandt"]);
    let text = "Sen. Ada Kell (D-Md.) and Sen. Ivo Brandt (D-Md.) met growers. \
                The Ohio senators said the levy would hurt small farms.";
    let speaker = dateline::extract(text).quotes[0].speaker.clone().unwrap();
    assert_eq!(speaker.person, None);
}

#[test]
fn states_is_a_cue_after_a_writing_a_pronoun_or_a_person() {
    for (text, speaker) in [
        (
            "The audit states that most clinics lack nurses.",
            "The audit",
        ),
        ("The new rule states that trucks must stop.", "The new rule"),
        ("The survey states that few ports kept logs.", "The survey"),
        ("It states that the fee will rise.", "It"),
    ] {
        let quotes = QuoteExtractor::new().extract(text);
        assert_eq!(quotes.len(), 1, "{text}");
        assert_eq!(
            quotes[0].cue.as_ref().map(|c| c.text.as_str()),
            Some("states")
        );
        assert_eq!(speaker_mentions(&quotes), [Some(speaker)], "{text}");
    }
    let article = dateline::extract("Ann Roy states that the fee will rise.");
    assert_eq!(speakers_of(&article), [("Ann Roy", Some("Ann Roy"))]);
    // A noun: after a number, a quantifier or another noun, before "of"
    // or a relative clause's verb; and the country's name.
    for text in [
        "The 20 states that raised the fee saw gains.",
        "Many states that had the rule dropped it.",
        "Swing states that the mayor won are key.",
        "Farm states that have dry summers need water.",
        "The report went to member states of the union, asking for help.",
        "The United States that we knew is gone.",
        // A preposition's object is no subject; nor "police".
        "Under the new rule states that opt out lose money.",
        "Without it states that lose revenue would cut services.",
        "Police states that jail reporters face sanctions.",
        "Ten of the treaty states that ratified the pact left it.",
    ] {
        let quotes = QuoteExtractor::new().extract(text);
        assert!(
            quotes
                .iter()
                .all(|q| q.cue.as_ref().map(|c| c.text.as_str()) != Some("states")),
            "{text}: {quotes:?}"
        );
    }
}

#[test]
fn an_object_runs_on_through_a_longer_list_to_the_sentences_end() {
    check(
        "The plan calls for four nurses in Dover, two nurses in Salem, and one doctor in Troy.",
        &[(
            "indirect",
            "four nurses in Dover, two nurses in Salem, and one doctor in Troy",
            Some("calls"),
            Some("The plan"),
        )],
    );
    check(
        "The mayor praised the school board, the teachers, and the parents.",
        &[(
            "indirect",
            "the school board, the teachers, and the parents",
            Some("praised"),
            Some("The mayor"),
        )],
    );
    // One-word modifiers listed before their noun.
    check(
        "The grant pleased the mayor, who says that her office works with city, county, and \
         tribal agencies.",
        &[(
            "indirect",
            "her office works with city, county, and tribal agencies",
            Some("says"),
            Some("who"),
        )],
    );
    // Not a clause of its own after the comma: one comma is no longer
    // list, an adverb no modifier, the item after ", and" the last.
    for text in [
        "The mayor praised the plan, and the council meets Friday.",
        "The mayor praised the plan, too, and voters follow her lead.",
        "The mayor praised the plan, and Tom Hale, the treasurer, backs a delay.",
    ] {
        let quotes = QuoteExtractor::new().extract(text);
        assert_eq!(
            quotes.first().map(|q| q.text.as_str()),
            Some("the plan"),
            "{text}"
        );
    }
    check(
        "The mayor praised the plan, and the city will vote on it Friday.",
        &[("indirect", "the plan", Some("praised"), Some("The mayor"))],
    );
}

#[test]
fn a_plain_form_opening_a_sentence_is_the_writers_imperative() {
    let article = dateline::extract(
        "Ann Roy put up a sign asking hikers to pay $1. Remember now, the vote was in May.\n\n\
         “Get a shot,” said Ann Roy.\n\n\
         Veterans find a clinic by calling 1-800-555-0100. Ask your pharmacist when the vaccine \
         arrives.",
    );
    let cues: Vec<&str> = article
        .quotes
        .iter()
        .filter_map(|q| q.cue.as_ref().map(|c| c.text.as_str()))
        .collect();
    assert_eq!(cues, ["asking", "said"], "{:?}", article.quotes);
}

#[test]
fn a_cue_noun_opening_a_sentence_reports_no_speech() {
    // An adjective opening the sentence before a plural ("New orders"),
    // or a plural before "of"/"from" or a noun's "for": no speaker, no cue.
    check(
        "New orders for tractors fell sharply in the spring across the valley. Orders for \
         ploughs rose 4 percent in May after a slow winter. Reports of flooding spread through \
         the lower town on Sunday night.",
        &[],
    );
    // A verb's "for" keeps its cue; so does a later verb after the noun.
    check(
        "Recent reports suggest that the mill will close next year. Ann Roy calls for a \
         new vote on the mill in May.",
        &[
            (
                "indirect",
                "the mill will close next year",
                Some("suggest"),
                Some("Recent reports"),
            ),
            (
                "indirect",
                "a new vote on the mill in May",
                Some("calls"),
                Some("Ann Roy"),
            ),
        ],
    );
}

#[test]
fn a_plural_before_a_cue_is_its_subject() {
    check(
        "Radio reports said the ferry sank near the harbor mouth on Sunday. Current estimates \
         suggest that the mill employs about 400 people.",
        &[
            (
                "indirect",
                "the ferry sank near the harbor mouth on Sunday",
                Some("said"),
                Some("Radio reports"),
            ),
            (
                "indirect",
                "the mill employs about 400 people",
                Some("suggest"),
                Some("Current estimates"),
            ),
        ],
    );
    // Not a verb's "-s" ("says", "insists"), nor before a cue that
    // describes the next word ("reports confirmed cases").
    check(
        "The ministry says confirmed cases rose to 40 on Monday. The Harbor Times reports \
         confirmed cases rose again.",
        &[
            (
                "indirect",
                "confirmed cases rose to 40 on Monday",
                Some("says"),
                Some("The ministry"),
            ),
            (
                "indirect",
                "confirmed cases rose again",
                Some("reports"),
                Some("The Harbor Times"),
            ),
        ],
    );
    // Not a verb after its subject: the object of a relative clause.
    let quotes = QuoteExtractor::new()
        .extract("The plan, which Ann Roy claims saved the mill, passed on Monday.");
    assert!(
        quotes
            .iter()
            .all(|q| q.cue.as_ref().map(|c| c.text.as_str()) != Some("saved")),
        "{quotes:?}"
    );
}

#[test]
fn snapped_reports_speech_only_with_marks_or_that() {
    check(
        "Tom Hale snapped a 2-2 tie with a double in the eighth inning. Fans snapped his \
         picture at the gate.",
        &[],
    );
    check(
        "“Go away,” Tom Hale snapped. Ann Roy snapped that the mill would never close.",
        &[
            ("direct", "Go away", Some("snapped"), Some("Tom Hale")),
            (
                "indirect",
                "the mill would never close",
                Some("snapped"),
                Some("Ann Roy"),
            ),
        ],
    );
}

#[test]
fn made_it_clear_that_reports_speech_as_one_cue() {
    check(
        "Ann Roy made it clear that Dunmore's mill would stay open. The council has made clear \
         that no vote will come before May. Tom Hale spoke for an hour, making it clear \
         to the crowd that he backs the dam.",
        &[
            (
                "indirect",
                "Dunmore's mill would stay open",
                Some("made it clear"),
                Some("Ann Roy"),
            ),
            (
                "indirect",
                "no vote will come before May",
                Some("made clear"),
                Some("The council"),
            ),
            (
                "indirect",
                "he backs the dam",
                Some("making it clear"),
                Some("Tom Hale"),
            ),
        ],
    );
    // The verb alone, or the phrase without its words, reports nothing.
    check(
        "Ann Roy made a cake that the judges loved. The rules make plain who pays.",
        &[],
    );
    // "made the case", past an addressee, before "that" only.
    check(
        "Ann Roy made the case to the union leaders that the mill would stay. The \
         lawyers made the case for a retrial.",
        &[(
            "indirect",
            "the mill would stay",
            Some("made the case"),
            Some("Ann Roy"),
        )],
    );
}

#[test]
fn a_verb_of_speech_that_only_describes_a_noun_reports_nothing() {
    // A past form after a noun whose preposition has no object: the noun
    // is its object ("the cuts called for").
    check(
        "Catches may drop below the cap called for in the harbor treaty. The cuts \
         asked for by the mayor came too.",
        &[],
    );
    // A semicolon closes the clause: a list item, no content.
    check(
        "The panel will study the kinds of bonds offered; the main buyers; and the risks.",
        &[],
    );
    // A naming set off by a comma, a name after it (not a day).
    check(
        "Last spring, Ann Roy helped draft the plan, called the Harbor Workers Fund.",
        &[],
    );
    check(
        "Tom Hale, the mayor's rival, called Friday for an audit of the fund.",
        &[(
            "indirect",
            "an audit of the fund",
            Some("called"),
            Some("Tom Hale"),
        )],
    );
}

#[test]
fn a_participles_speaker_is_found_past_an_opening_phrase_with_a_cues_noun() {
    let article = dateline::extract(
        "NEWS\n\nAnn Roy spoke first. “We must act,” she said.\n\nAmid calls from some \
         to close the port, Tom Hale mounted a defense of the dock, saying it is needed \
         to “keep the town alive.”",
    );
    assert_eq!(
        speakers_of(&article),
        [("she", Some("Ann Roy")), ("Tom Hale", Some("Tom Hale"))]
    );
}

#[test]
fn a_speaker_is_found_past_a_phrase_or_an_adverb_before_the_cue() {
    check(
        "Tom Hale, who has at times described the dam as “a leaky relic,” will vote \
         no. Mayor Ann Roy (D) relentlessly attacked the plan from the podium. The city \
         long ago showed its doubts about the fund.",
        &[
            (
                "mixed",
                "the dam as “a leaky relic,”",
                Some("described"),
                Some("who"),
            ),
            (
                "indirect",
                "the plan from the podium",
                Some("attacked"),
                Some("Mayor Ann Roy"),
            ),
            (
                "indirect",
                "its doubts about the fund",
                Some("showed"),
                Some("The city"),
            ),
        ],
    );
}

#[test]
fn a_clause_cut_to_its_subject_and_auxiliary_is_reported() {
    check(
        "Ann Roy asked whether the mayor would sign. Tom Hale said he would.",
        &[
            (
                "indirect",
                "whether the mayor would sign",
                Some("asked"),
                Some("Ann Roy"),
            ),
            ("indirect", "he would", Some("said"), Some("Tom Hale")),
        ],
    );
}

#[test]
fn a_naming_cue_opening_the_text_is_read_safely() {
    // (A review found an underflow here in debug builds.)
    for text in [
        "called the plan a disaster.",
        "Dubbed the Harbor Fund, the plan said little.",
    ] {
        check_spans(text);
        let _ = dateline::extract(text);
    }
}

#[test]
fn a_phrase_before_a_participle_cue_after_be_keeps_its_speaker() {
    check(
        "Ann Roy was on the radio saying that the deal was dead. Tom Hale said he has — \
         twice — asked for an audit.",
        &[(
            "indirect",
            "the deal was dead",
            Some("saying"),
            Some("Ann Roy"),
        )],
    );
}

// A pronoun after a person the writer leaves unnamed ("a 41-year-old
// woman") is that person, no one the article names; a described name ("Ann
// Roy, a mother of twins") and words inside a quotation leave the named
// person the speaker.
#[test]
fn a_pronoun_after_an_unnamed_person_resolves_to_no_one() {
    let article = dateline::extract(
        "Mayor Ines Marlow opened the hearing. A 41-year-old local woman was fined \
         after she had posted threats. “Go home!” she wrote.\n\n\
         Judge Vera Lind, a mother of twins, spoke next. “I am a woman of the law,” \
         she said.",
    );
    let persons: Vec<Option<&str>> = article
        .quotes
        .iter()
        .filter(|q| q.kind == dateline::QuoteKind::Direct)
        .map(|q| q.speaker.as_ref().and_then(|s| s.person.as_deref()))
        .collect();
    assert_eq!(persons, [None, Some("Vera Lind")]);
    // An object of the same gender, or a description set off before the
    // pronoun, leaves the named person the speaker.
    for text in [
        "Tom Reed has a son in the army. “He calls every week,” he said.",
        "Tom Reed lost his job in March. A father of two, he drives a cab. “We get by,” he said.",
    ] {
        let article = dateline::extract(text);
        assert_eq!(
            speakers_of(&article),
            [("he", Some("Tom Reed"))],
            "in {text:?}"
        );
    }
    // After an opening phrase the unnamed person is a subject all the
    // same; "the son of a man" is no possessor's.
    let article = dateline::extract(
        "Ann Roy runs the shelter. On Monday, a 41-year-old local woman was fined. \
         “I will appeal,” she wrote.",
    );
    assert_eq!(speakers_of(&article), [("she", None)]);
    let article = dateline::extract(
        "Tom Reed is the son of a man who built the mill. “I grew up here,” he said.",
    );
    assert_eq!(speakers_of(&article), [("he", Some("Tom Reed"))]);
}

// The main clause after an adverbial clause may have its verb a few words
// on.
t!(
    a_main_clause_with_a_far_verb_after_an_adverbial_clause,
    "Ann Roy said if the levy fails, a tax on fuel will follow.",
    [(
        "indirect",
        "if the levy fails, a tax on fuel will follow",
        Some("said"),
        Some("Ann Roy")
    )]
);

// A description after a question's clause stays the writer's; a clause
// after "according to X," with a far verb is the content.
t!(
    a_description_after_a_reported_question_and_a_far_verb_after_a_source,
    "Ann Roy explained how the levy works, a system adopted in 1990. By Friday, according to Tom Reed, a new bridge across the river near the town would open.",
    [
        ("indirect", "how the levy works", Some("explained"), Some("Ann Roy")),
        ("indirect", "By Friday", Some("according to"), Some("Tom Reed")),
        (
            "indirect",
            "a new bridge across the river near the town would open",
            Some("according to"),
            Some("Tom Reed")
        )
    ]
);

// A name that only modifies a noun after an article ("the Reed
// administration") is no one a later pronoun refers to, and a person's
// insider or strategist speaks for no one named.
#[test]
fn a_name_modifying_a_noun_is_no_pronouns_antecedent() {
    let article = dateline::extract(
        "Budget talks.\n\nCoach Dario Menz and Tom Reed met on Monday.\n\nBut that changed when one fan \
         brought up the budget. She asked Menz about the money spent under the Reed \
         administration and about cuts ahead. He opened his reply with a tale about \
         his aunt. Then he recounted a walk along the river in detail. One Reed insider \
         said the cuts would wait.",
    );
    assert_eq!(
        speakers_of(&article),
        [("he", Some("Dario Menz")), ("One Reed insider", None)]
    );
    // The name itself followed by "of" or "who" is a mention.
    let article = dateline::extract(
        "Budget talks.\n\nTom Reed spoke first, and then Coach Dario Menz spoke.\n\nThe Reed of old came \
         back in the second half. He said the team had played its best game of the year.",
    );
    assert_eq!(speakers_of(&article), [("He", Some("Tom Reed"))]);
}

// "According to X" after an attribution names where the attribution was
// reported; the attribution's words stand elsewhere.
t!(
    according_to_after_an_attribution_reports_no_words_of_its_own,
    "“The levy will stay until the bridge is paid for,” the treasurer said at a town meeting, according to the Harbor Gazette. The school will close in June, according to the district.",
    [
        (
            "direct",
            "The levy will stay until the bridge is paid for",
            Some("said"),
            Some("the treasurer")
        ),
        (
            "indirect",
            "The school will close in June",
            Some("according to"),
            Some("the district")
        )
    ]
);

// A subject after an opening phrase and its comma opens its sentence's
// subject ("In his review of the developer, Dario Menz …"), and the
// pieces of one quotation around one "he said" are one person's.
#[test]
fn a_subject_after_an_opening_phrase_and_one_attributions_pieces() {
    let article = dateline::extract(
        "Budget talks.\n\nTom Reed also said last year that the city had become a \
         “dumping ground for every bad idea.”\n\nIn his review of the \
         developer, Dario Menz voiced regret that the voters have given Reed a \
         real chance at replacing Ann Roy.\n\n“It is odd that a town like this \
         could pick such people,” he said. “I do not see why. Reed is \
         eager but not well read.”\n\nAfter the results were in, Sen. Ivo \
         Brandt's campaign manager, Paul Hale, appeared on television. He also said that \
         the count would go on.",
    );
    assert_eq!(
        speakers_of(&article),
        [
            ("Tom Reed", Some("Tom Reed")),
            ("he", Some("Dario Menz")),
            ("he", Some("Dario Menz")),
            ("He", Some("Paul Hale"))
        ]
    );
}

// A subject with two place phrases, or a participle's place phrase, is
// the whole noun phrase.
t!(
    a_subject_with_two_place_phrases_or_a_participles_place,
    "Some voters at the fair in Dover said they welcomed the change. A 2019 study published in the Harbor Journal found that rents had doubled.",
    [
        (
            "indirect",
            "they welcomed the change",
            Some("said"),
            Some("Some voters at the fair in Dover")
        ),
        (
            "indirect",
            "rents had doubled",
            Some("found"),
            Some("A 2019 study published in the Harbor Journal")
        )
    ]
);

// Found by review: "one" after "the" is a pronoun, not an article; plural
// nouns before "in" are no participles; "added" keeps a clause whose verb
// follows an infinitive or a question; a verb with an object before
// "according to" is content.
#[test]
fn regression_review_of_modifiers_participles_added_and_according() {
    let article = dateline::extract(
        "Budget talks.\n\nTom Reed was the one Ann Roy trusted most. “I never doubted him,” \
         she said.",
    );
    assert_eq!(speakers_of(&article), [("she", Some("Ann Roy"))]);
    check(
        "Several women in the village said the well was dry.",
        &[(
            "indirect",
            "the well was dry",
            Some("said"),
            Some("Several women in the village"),
        )],
    );
    for (text, content) in [
        (
            "Roy added the plan to close the school was unpopular.",
            "the plan to close the school was unpopular",
        ),
        (
            "Roy added the matter of when to vote on it remains open.",
            "the matter of when to vote on it remains open",
        ),
        (
            "Roy added the reason why the bridge closed is still unclear.",
            "the reason why the bridge closed is still unclear",
        ),
    ] {
        check(text, &[("indirect", content, Some("added"), Some("Roy"))]);
    }
    // A past form after an infinitive describes a noun; an adverb or the
    // one told after a speech verb is still a bare attribution.
    check(
        "The mayor added $2 million to repair roads damaged in the storm.",
        &[],
    );
    check(
        "“We will win,” Roy told the paper, according to a transcript.",
        &[("direct", "We will win", Some("told"), Some("Roy"))],
    );
    check(
        "The company reported a loss of $3 million, according to the filing.",
        &[
            (
                "indirect",
                "The company reported a loss of $3 million",
                Some("according to"),
                Some("the filing"),
            ),
            (
                "indirect",
                "a loss of $3 million",
                Some("reported"),
                Some("The company"),
            ),
        ],
    );
}

#[test]
fn comment_and_assure_report_clauses() {
    check(
        "Dana Whit commented that the ferry schedule was too thin.",
        &[(
            "indirect",
            "the ferry schedule was too thin",
            Some("commented"),
            Some("Dana Whit"),
        )],
    );
    check(
        "The water board is now assuring tenants that the pipes are safe.",
        &[(
            "indirect",
            "the pipes are safe",
            Some("assuring"),
            Some("The water board"),
        )],
    );
}

#[test]
fn a_list_of_labelled_names_is_no_content_before_its_verb() {
    // The first name of a list and its party label, set off by a comma
    // before the rest of the list and the verb, is part of the subject.
    check(
        "Reps. Lena Ortiz (D-NM), Paul Greer (R-KS) and Ivo Stam, M.D. (R-OH) said today on their visit to the clinic.",
        &[],
    );
}

#[test]
fn that_before_a_noun_and_a_second_verb_is_no_clause() {
    // "that" determines the object; the verb after "and" is the subject's.
    check(
        "The two councillors rejected that plan and kept pressing for a vote.",
        &[],
    );
    // A clause after "that" is still reported.
    check(
        "The two councillors denied that the plan was late.",
        &[(
            "indirect",
            "the plan was late",
            Some("denied"),
            Some("The two councillors"),
        )],
    );
}

#[test]
fn two_bodies_joined_by_and_speak_together() {
    check(
        "Both the Dover Water Board and the Dover Fire Department have said that the hydrants work.",
        &[(
            "indirect",
            "the hydrants work",
            Some("said"),
            Some("Both the Dover Water Board and the Dover Fire Department"),
        )],
    );
    check(
        "The Dover Water Board and the county said that the hydrants work.",
        &[(
            "indirect",
            "the hydrants work",
            Some("said"),
            Some("The Dover Water Board and the county"),
        )],
    );
}

#[test]
fn a_source_of_five_words_before_its_place_phrase_speaks() {
    check(
        "A new survey of river towns in the valley has found that wells are running dry.",
        &[(
            "indirect",
            "wells are running dry",
            Some("found"),
            Some("A new survey of river towns in the valley"),
        )],
    );
}

#[test]
fn a_participle_after_a_subject_and_a_plain_object_report_nothing_new() {
    check(
        "Residents commenting online said the ferry was often late.",
        &[(
            "indirect",
            "the ferry was often late",
            Some("said"),
            Some("Residents commenting online"),
        )],
    );
    check("The new pumps will assure a steady supply of water.", &[]);
    // A clause after "that" with a present verb is reported.
    check(
        "The mayor announced that funding for schools rises next year.",
        &[(
            "indirect",
            "funding for schools rises next year",
            Some("announced"),
            Some("The mayor"),
        )],
    );
}

#[test]
fn a_clause_of_the_writers_after_a_quoted_fragment_or_a_dash_ends_the_content() {
    // A comma-closed quotation, then a clause with a subject of its own.
    check(
        "Ann Roy said she would \"protect our farmers,\" the crowd cheered loudly.",
        &[(
            "mixed",
            "she would \"protect our farmers,\"",
            Some("said"),
            Some("Ann Roy"),
        )],
    );
    check(
        "Most growers say the new prices are “about fair,” though growers in the hills say prices are low.",
        &[
            (
                "mixed",
                "the new prices are “about fair,”",
                Some("say"),
                Some("Most growers"),
            ),
            (
                "indirect",
                "prices are low",
                Some("say"),
                Some("growers in the hills"),
            ),
        ],
    );
    // (A participle naming its noun goes on: "the sum needed to …".)
    check(
        "Roy says the plan is “nearly done,” the sum needed to finish it.",
        &[(
            "mixed",
            "the plan is “nearly done,” the sum needed to finish it",
            Some("says"),
            Some("Roy"),
        )],
    );
    // A dash before a contrast or a clause of the subject's own.
    check(
        "Lee said the pier was safe for boats - although the harbour master closed it on Friday.",
        &[(
            "indirect",
            "the pier was safe for boats",
            Some("said"),
            Some("Lee"),
        )],
    );
    check(
        "Hale said the fund had been spent on roads — and he named the firms that were paid.",
        &[(
            "indirect",
            "the fund had been spent on roads",
            Some("said"),
            Some("Hale"),
        )],
    );
    // (Not the second dash of a pair around an aside.)
    check(
        "Hale said the fund — and it was a large one — had been spent on roads.",
        &[(
            "indirect",
            "the fund — and it was a large one — had been spent on roads",
            Some("said"),
            Some("Hale"),
        )],
    );
}

#[test]
fn whereas_opens_a_clause_and_is_no_part_of_its_speaker() {
    check(
        "Whereas, on May 2, the city council endorsed the finding that the wells were dry;",
        &[(
            "indirect",
            "the finding that the wells were dry",
            Some("endorsed"),
            Some("the city council"),
        )],
    );
    check(
        "Ann Roy denied it, whereas Hale acknowledged he knew the plan.",
        &[(
            "indirect",
            "he knew the plan",
            Some("acknowledged"),
            Some("Hale"),
        )],
    );
}

#[test]
fn a_quotation_between_two_attributions_is_direct() {
    check(
        "\"We must mend the roads,\" Roy stressed, \"yet we will keep to the budget,\" Roy added.",
        &[
            (
                "direct",
                "We must mend the roads",
                Some("stressed"),
                Some("Roy"),
            ),
            (
                "direct",
                "yet we will keep to the budget",
                Some("added"),
                Some("Roy"),
            ),
        ],
    );
}

#[test]
fn a_verb_of_amounts_reports_only_its_infinitive() {
    check(
        "The share was six percent and declining over the decade for aid to farms.",
        &[],
    );
    check("Exports to the region declined for five years.", &[]);
    check(
        "The club declined for months to name its backers.",
        &[(
            "indirect",
            "to name its backers",
            Some("declined"),
            Some("The club"),
        )],
    );
}

#[test]
fn a_quotation_missing_its_stop_leaves_the_next_sentences_attribution_alone() {
    check(
        "\"The audit is late\" By noon, two council members said the vote was fair.",
        &[
            ("direct", "The audit is late", None, None),
            (
                "indirect",
                "the vote was fair",
                Some("said"),
                Some("two council members"),
            ),
        ],
    );
    // (An appositive between a quotation and its speaker still counts.)
    check(
        "\"We will win,\" Ann Roy, the mayor, said.",
        &[("direct", "We will win", Some("said"), Some("Ann Roy"))],
    );
}

#[test]
fn review_a_list_of_clauses_or_a_subordinate_clause_keeps_the_content_whole() {
    check(
        "Roy said the schools were \"overcrowded,\" the roads were crumbling and the parks were closed.",
        &[(
            "mixed",
            "the schools were \"overcrowded,\" the roads were crumbling and the parks were closed",
            Some("said"),
            Some("Roy"),
        )],
    );
    check(
        "Roy said that if the fee is \"too costly,\" the city will drop it.",
        &[(
            "mixed",
            "if the fee is \"too costly,\" the city will drop it",
            Some("said"),
            Some("Roy"),
        )],
    );
    // (A dash before "though" and no subject goes on.)
    check(
        "Lee said the pier would reopen - though not until next year.",
        &[(
            "indirect",
            "the pier would reopen - though not until next year",
            Some("said"),
            Some("Lee"),
        )],
    );
}

#[test]
fn a_time_of_several_words_opening_the_sentence_is_no_speaker() {
    // The subject after the time speaks, past its relative clause.
    for (text, speaker) in [
        (
            "Two weeks ago, the Harbor Safety Board, which runs the ferries, announced \
             that fares will rise.",
            "the Harbor Safety Board",
        ),
        (
            "A few days later, the agency, which oversees the dams, said that repairs \
             would start.",
            "the agency",
        ),
    ] {
        let quotes = QuoteExtractor::new().extract(text);
        assert_eq!(speaker_mentions(&quotes), [Some(speaker)], "{text:?}");
    }
    // Nor is a time alone the speaker of a name given after "called".
    let text = "Four years ago, Okafor joined then-Senator Tom Hale (R-Tenn.) to \
                design the plan, called Harbor Workers Compensation Program Act (HWCPA).";
    assert_eq!(QuoteExtractor::new().extract(text), []);
}

#[test]
fn an_opening_phrase_before_a_subject_and_its_appositive_is_no_speaker() {
    for (text, speaker) in [
        // The appositive's committee is a list with commas of its own.
        (
            "In honor of Harbor Day tomorrow, Sen. Ann Roy (D-Guam), a member of the \
             Ports, Rivers, Harbors and Canals (PRHC) Committee, today called for \
             her colleagues to pass the bill.",
            "Sen. Ann Roy",
        ),
        (
            "In honor of Harbor Day, Sen. Ann Roy, a member of the Ports, Rivers \
             and Labor Committee, said that the bill should pass.",
            "Sen. Ann Roy",
        ),
        // A stray comma after the subject.
        (
            "In questioning by Senator Hale, Harbor Administrator Lena Okafor, said that \
             the agency would rather wait.",
            "Harbor Administrator Lena Okafor",
        ),
        // The opening phrase sets off a name of its own and goes on.
        (
            "In an essay posted on the city website, the Ledger, and widely shared \
             online, Tom Hale, a retired pilot, urged readers not to panic.",
            "Tom Hale",
        ),
    ] {
        let quotes = QuoteExtractor::new().extract(text);
        assert_eq!(speaker_mentions(&quotes), [Some(speaker)], "{text:?}");
    }
}

#[test]
fn a_title_set_off_by_a_comma_is_no_quotation() {
    for text in [
        "Growers must complete form FSA-12, \u{201c}Crop Loss Payment Program Application.\u{201d}",
        "Roy fought for language based on the council's study, \u{201c}The Future of River Safety.\u{201d}",
    ] {
        assert_eq!(QuoteExtractor::new().extract(text), [], "{text:?}");
    }
    // A cue makes the words speech, title case or not.
    let quotes =
        QuoteExtractor::new().extract("The crowd chanted, \u{201c}Save Our Harbor Now.\u{201d}");
    assert_eq!(quotes.len(), 1);
}

#[test]
fn a_straight_mark_spaced_from_its_words_after_a_stop_opens() {
    let text = "\"We need open records,\" said Roy, who won an award from the Harbor \
                Foundation. \" Open government is a basic need. It never rules in secret.\"";
    let quotes = QuoteExtractor::new().extract(text);
    assert_eq!(
        texts_and_speakers(&quotes),
        [
            ("We need open records", Some("Roy")),
            (
                "Open government is a basic need. It never rules in secret.",
                Some("Roy")
            ),
        ]
    );
}

#[test]
fn a_comparison_in_a_time_clause_inside_the_content_goes_on() {
    let text =
        "The agency estimated that the old bill, when compared to \u{201c}Clean Harbors\u{201d} \
                in 2010, would mean 1,000 fewer deaths.";
    let quotes = QuoteExtractor::new().extract(text);
    assert_eq!(quotes.len(), 1, "{quotes:?}");
    assert_eq!(
        quotes[0].text,
        "the old bill, when compared to \u{201c}Clean Harbors\u{201d} in 2010, would mean 1,000 fewer deaths"
    );
}

#[test]
fn review_cases_for_opening_places_glued_marks_and_clause_participles() {
    // A town and its region opening the sentence are no speaker.
    for (text, speaker) in [
        (
            "In Dover, Delaware, Sen. Ann Roy, a Democrat, said the bill should pass.",
            "Sen. Ann Roy",
        ),
        (
            "In Paris, France, the minister, a Socialist, said the tax would rise.",
            "the minister",
        ),
    ] {
        let quotes = QuoteExtractor::new().extract(text);
        assert_eq!(speaker_mentions(&quotes), [Some(speaker)], "{text:?}");
    }
    // A straight mark glued after a stop with nothing open opens nothing.
    let quotes = QuoteExtractor::new()
        .extract("The vote was 5-2.\" Hale called the result \"a farce\" at the meeting.");
    assert_eq!(
        texts_and_speakers(&quotes),
        [("the result \"a farce\" at the meeting", Some("Hale"))]
    );
    // A participle in a time clause, with a quotation or without.
    let quotes = QuoteExtractor::new().extract(
        "The agency estimated that the old bill, when announced in 2010, would mean 1,000 fewer deaths.",
    );
    assert_eq!(
        texts_and_speakers(&quotes),
        [(
            "the old bill, when announced in 2010, would mean 1,000 fewer deaths",
            Some("The agency")
        )]
    );
}

#[test]
fn an_opening_place_before_two_joined_speakers_and_a_told_clause() {
    let quotes = QuoteExtractor::new().extract(
        "In Boston, Mayor Ann Roy, a Democrat, and Gov. Tom Hale, a Republican, said the deal was fair.",
    );
    assert_eq!(
        speaker_mentions(&quotes),
        [Some(
            "Mayor Ann Roy, a Democrat, and Gov. Tom Hale, a Republican"
        )]
    );
    let quotes = QuoteExtractor::new()
        .extract("He said the plan was bad, and when told of the vote, he left the room.");
    assert_eq!(
        texts_and_speakers(&quotes)[0],
        ("the plan was bad", Some("He"))
    );
}

#[test]
fn a_participle_after_a_parenthetical_cue_reports_on_its_own() {
    // The content is before the speaker; the participle after the comma
    // has its own cue, with or without a place after the day.
    for text in [
        "The new fees are unfair, Okafor said on Monday in Lyon, noting the board had not voted.",
        "The fees are “unfair,” Okafor said Monday in Lyon, noting the board had not voted.",
    ] {
        let quotes = QuoteExtractor::new().extract(text);
        let cues: Vec<_> = quotes
            .iter()
            .map(|q| q.cue.as_ref().map(|c| c.text.as_str()))
            .collect();
        assert_eq!(cues, [Some("said"), Some("noting")], "{text:?}");
        assert_eq!(quotes[1].text, "the board had not voted", "{text:?}");
        assert!(
            quotes[0].text.ends_with("unfair") || quotes[0].text.ends_with("unfair,”"),
            "{text:?}"
        );
    }
}

#[test]
fn a_plural_noun_before_of_is_no_cue() {
    for text in [
        "The count went on amid rumors and calls of praise from rival camps.",
        "The count went on despite early claims of victory from both camps.",
        "The board met after calls of support from the mayor.",
        "Reports of a leak closed the road on Monday.",
    ] {
        assert!(QuoteExtractor::new().extract(text).is_empty(), "{text:?}");
    }
    // A verb that "of" may follow still reports.
    let quotes = QuoteExtractor::new().extract("Ann Roy says of the plan that it will fail.");
    assert_eq!(
        texts_and_speakers(&quotes),
        [("it will fail", Some("Ann Roy"))]
    );
}

#[test]
fn a_past_form_after_a_noun_and_before_where_it_was_written_describes_the_noun() {
    for text in [
        "The walk follows the route described in a guide called \"Old Roads.\"",
        "The mayor backs the cuts outlined in Roy's letter to the board.",
    ] {
        assert!(QuoteExtractor::new().extract(text).is_empty(), "{text:?}");
    }
    // A noun opening the sentence is the verb's subject.
    let quotes =
        QuoteExtractor::new().extract("The mayor explained in a letter that the plan would work.");
    assert_eq!(
        texts_and_speakers(&quotes),
        [("the plan would work", Some("The mayor"))]
    );
}

#[test]
fn a_second_predicate_after_a_parenthetical_cue_is_reported_too() {
    let quotes = QuoteExtractor::new().extract(
        "The agency checks every crate at the border, Roy noted, but does not test the seeds inside.",
    );
    assert_eq!(
        texts_and_speakers(&quotes),
        [
            ("The agency checks every crate at the border", Some("Roy")),
            ("does not test the seeds inside", Some("Roy"))
        ]
    );
}

#[test]
fn a_heading_in_capitals_names_someone_only_when_its_words_are_names() {
    let text = "BLACK MARKETS: The Port Office estimates \"about 900 boats are unsafe\" each year.\n\nWEBB: We will fix it.";
    let quotes = QuoteExtractor::new().extract(text);
    assert_eq!(
        speaker_mentions(&quotes),
        [Some("The Port Office"), Some("WEBB")]
    );
}

#[test]
fn an_endorsements_credit_line_needs_no_stop_and_may_hold_a_role() {
    let text = "\"It is a fine bill for all,\" said Sen. Ann Roy.\n\n\"Care is costly. This bill helps,\" Tom B. Hale, MD, MPH, Chair, Dover Health Board of Trustees\n\n\"Rural clinics need the help. We back it.\"\n\nLee Hanley, Director of the Harbor Care Fund\n\nThe bill goes to the floor next week.";
    let quotes = QuoteExtractor::new().extract(text);
    assert_eq!(
        speaker_mentions(&quotes),
        [
            Some("Sen. Ann Roy"),
            Some("Tom B. Hale"),
            Some("Lee Hanley")
        ]
    );
}

#[test]
fn an_acronym_in_mixed_case_in_brackets_does_not_end_the_content() {
    let quotes = QuoteExtractor::new().extract(
        "The deal calls for six of the firm's Harbor Scan Units (HaSUs) and two new boats.",
    );
    assert_eq!(
        texts_and_speakers(&quotes),
        [(
            "six of the firm's Harbor Scan Units (HaSUs) and two new boats",
            Some("The deal")
        )]
    );
}

#[test]
fn narration_after_a_parenthetical_cue_and_subjects_before_where_it_was_said() {
    let quotes = QuoteExtractor::new()
        .extract("The talks have stalled over pay, Roy said, but did not elaborate.");
    assert_eq!(
        texts_and_speakers(&quotes),
        [("The talks have stalled over pay", Some("Roy"))]
    );
    let quotes = QuoteExtractor::new()
        .extract("But the governor warned in a letter that cuts would follow.");
    assert_eq!(
        texts_and_speakers(&quotes),
        [("cuts would follow", Some("the governor"))]
    );
    let quotes = QuoteExtractor::new().extract("The budget is tight, Roy notes of the plan.");
    assert_eq!(
        texts_and_speakers(&quotes),
        [("The budget is tight", Some("Roy"))]
    );
}
