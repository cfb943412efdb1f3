//! Loading, validation, error positions and queries, through the library.
//!
//! Positions are 1-based lines and columns counted in characters, as ron counts them. They are
//! written out in full in every test, so that a reader can check each against the fixture text.

mod common;

use common::{data_problems as problems, fixture, is_unsafe, is_unsafe_in_lines, small};
use readout::data::{
    BUILTIN, BUILTIN_NAME, Class, Data, Date, Diagnostic, LoadError, load_bytes, load_file,
    load_str,
};
use readout::query::{
    Filter, Link, MatchMode, RoleMatch, counts, in_range, matching, relationships,
};
use unicode_width::UnicodeWidthStr;

// ---------------------------------------------------------------------------------------------
// Helpers

fn render(ds: &[Diagnostic]) -> String {
    ds.iter()
        .map(|d| d.to_string())
        .collect::<Vec<_>>()
        .join("\n")
}

/// The one validation problem of `text`.
fn only_problem(text: &str) -> Diagnostic {
    let ds = problems(text);
    assert_eq!(ds.len(), 1, "expected one problem, got:\n{}", render(&ds));
    ds.into_iter().next().unwrap()
}

/// The syntax error of `text`; panics if it parses.
fn syntax_error(text: &str) -> Diagnostic {
    match load_str("test.ron", text) {
        Err(LoadError::Syntax(d)) => *d,
        Err(e) => panic!("expected a syntax error, got:\n{e}"),
        Ok(_) => panic!("expected a syntax error, but the text loaded:\n{text}"),
    }
}

fn at(d: &Diagnostic) -> (usize, usize) {
    (d.line, d.col)
}

fn loads(text: &str) -> Data {
    load_str("test.ron", text).unwrap_or_else(|e| panic!("expected the text to load:\n{e}"))
}

/// `text` with `from`, which must occur exactly once, replaced by `to`.
fn with(text: &str, from: &str, to: &str) -> String {
    assert_eq!(
        text.matches(from).count(),
        1,
        "{from:?} must occur exactly once in the fixture"
    );
    text.replacen(from, to, 1)
}

fn ids(data: &Data, list: &[usize]) -> Vec<String> {
    list.iter()
        .map(|&i| data.interaction(i).id.clone())
        .collect()
}

fn date(s: &str) -> Date {
    s.parse().unwrap_or_else(|e| panic!("{s:?}: {e}"))
}

fn actor(data: &Data, id: &str) -> usize {
    data.actor_index(id)
        .unwrap_or_else(|| panic!("no actor {id:?}"))
}

/// A valid dataset whose lines and columns the tests below rely on. Line 1 is `Dataset(`.
///
/// Positions of the values (line, column):
///   actors[0].id (4, 19)  actors[1].id (5, 19)  actors[2].id (6, 19)  actors[3].id (7, 19)
///   actors[1].affiliation (5, 158)  actors[1].country (5, 174)  actors[1].wikidata (5, 191)
///   actors[3].country (7, 80)
///   interactions[0]: Interaction( (10, 9)  id (11, 17)  date (12, 19)  until (13, 20)
///   participants[1] (15, 41)  initiator (16, 24)  mediators[0] (17, 25)  title (18, 20)
///   quotes[0].speaker (20, 37)  quotes[0].text (20, 54)  sources (21, 22)
///   sources[0] (21, 23)  sources[0].date (21, 73)
const TEMPLATE: &str = r#"Dataset(
    title: "Template",
    actors: [
        Actor(id: "aliyev", name: "Ilham Aliyev", native: "İlham Əliyev", aliases: ["Aliev"], kind: Person, role: "President", country: "AZE"),
        Actor(id: "pashinyan", name: "Nikol Pashinyan", native: "Նիկոլ Փաշինյան", aliases: ["Pashinian"], kind: Person, role: "Prime Minister", affiliation: "arm", country: "ARM", wikidata: "Q7758"),
        Actor(id: "blinken", name: "Antony Blinken", kind: Person, role: "Secretary of State", country: "USA"),
        Actor(id: "arm", name: "Armenia", kind: State, role: "State", country: "ARM"),
    ],
    interactions: [
        Interaction(
            id: "talks",
            date: "2022-05-22",
            until: "2022-05-23",
            kind: Talks,
            participants: ["pashinyan", "aliyev"],
            initiator: "aliyev",
            mediators: ["blinken"],
            title: "Talks",
            summary: "Talks.",
            quotes: [Quote(speaker: "blinken", text: "Good talks.")],
            sources: [Source(outlet: "Outlet", title: "Headline", date: "2022-05-23", url: "https://example.org/")],
        ),
    ],
)
"#;

/// A second interaction with the id of the first, inserted after it: `Interaction(` on line
/// 23, its id at (24, 17).
const SECOND_TALKS: &str = r#"        Interaction(
            id: "talks",
            date: "2022-06",
            kind: Statement,
            participants: ["arm"],
            title: "Again",
            summary: "Again.",
            sources: [Source(outlet: "Outlet", url: "https://example.org/2")],
        ),
"#;

fn with_second_interaction(text: &str) -> String {
    with(text, "    ],\n)\n", &format!("{SECOND_TALKS}    ],\n)\n"))
}

// ---------------------------------------------------------------------------------------------
// Valid data

#[test]
fn builtin_dataset_validates() {
    let data = load_str(BUILTIN_NAME, BUILTIN)
        .unwrap_or_else(|e| panic!("the built-in dataset does not load:\n{e}"));
    assert!(!data.interactions().is_empty());
    assert!(!data.actors().is_empty());
    assert!(
        data.interactions()
            .windows(2)
            .all(|w| w[0].date <= w[1].date),
        "interactions are kept in date order"
    );
    // The file on disk is the one compiled in.
    let on_disk = std::fs::read_to_string(common::path(BUILTIN_NAME)).unwrap();
    assert_eq!(on_disk, BUILTIN);
}

#[test]
fn template_and_fixtures_load() {
    let data = loads(TEMPLATE);
    assert_eq!(data.interactions().len(), 1);
    assert_eq!(data.actors().len(), 4);
    assert_eq!(small().interactions().len(), 5);
    assert_eq!(small().actors().len(), 5);
    load_file(&fixture("wide.ron")).unwrap_or_else(|e| panic!("{e}"));
    load_file(&fixture("control-chars.ron")).unwrap_or_else(|e| panic!("{e}"));
}

#[test]
fn implicit_some_and_left_out_optional_fields() {
    let bare = r#"#![enable(implicit_some)]
Dataset(
    title: "T",
    actors: [Actor(id: "a", name: "A", native: "Ա", kind: Person, role: "r", affiliation: "s", country: "ARM", wikidata: "Q1"), Actor(id: "s", name: "S", kind: State, role: "r")],
    interactions: [Interaction(id: "i", date: "2022-07", until: "2022-08", kind: Meeting, participants: ["a"], initiator: "a", place: "P", title: "t", summary: "s", class: VerbalConflict, sources: [Source(outlet: "o", title: "h", date: "2022-07-01", url: "u")])],
)
"#;
    let data = loads(bare);
    let a = &data.actors()[0];
    assert_eq!(a.native.as_deref(), Some("Ա"));
    assert_eq!(a.affiliation.as_deref(), Some("s"));
    assert_eq!(a.wikidata.as_deref(), Some("Q1"));
    let it = &data.interactions()[0];
    assert_eq!(it.until, Some(date("2022-08")));
    assert_eq!(it.initiator.as_deref(), Some("a"));
    assert_eq!(it.class, Some(Class::VerbalConflict));
    assert_eq!(it.sources[0].date, Some(date("2022-07-01")));

    // The loader enables implicit_some itself: the attribute may be left out.
    let no_attribute = bare.replace("#![enable(implicit_some)]\n", "");
    assert_eq!(loads(&no_attribute).dataset, data.dataset);

    // `Some(…)` written out means the same, with or without the attribute.
    let spelled = bare
        .replace(r#"native: "Ա""#, r#"native: Some("Ա")"#)
        .replace(r#"affiliation: "s""#, r#"affiliation: Some("s")"#)
        .replace(r#"wikidata: "Q1""#, r#"wikidata: Some("Q1")"#)
        .replace(r#"until: "2022-08""#, r#"until: Some("2022-08")"#)
        .replace(r#"initiator: "a""#, r#"initiator: Some("a")"#)
        .replace("class: VerbalConflict", "class: Some(VerbalConflict)")
        .replace(r#"date: "2022-07-01""#, r#"date: Some("2022-07-01")"#);
    assert_ne!(spelled, bare);
    assert_eq!(loads(&spelled).dataset, data.dataset);
    let spelled_no_attribute = spelled.replace("#![enable(implicit_some)]\n", "");
    assert_eq!(loads(&spelled_no_attribute).dataset, data.dataset);

    // Every optional field left out.
    let minimal = r#"Dataset(
    title: "T",
    actors: [Actor(id: "a", name: "A", kind: Person, role: "r")],
    interactions: [Interaction(id: "i", date: "2022", kind: Post, participants: ["a"], title: "t", summary: "s", sources: [Source(outlet: "o", url: "u")])],
)"#;
    let data = loads(minimal);
    assert!(data.dataset.description.is_none());
    let a = &data.actors()[0];
    assert!(a.native.is_none() && a.aliases.is_empty() && a.affiliation.is_none());
    assert!(a.country.is_none() && a.wikidata.is_none());
    let it = &data.interactions()[0];
    assert!(it.until.is_none() && it.initiator.is_none() && it.mediators.is_empty());
    assert!(it.place.is_none() && it.class.is_none() && it.topics.is_empty());
    assert!(it.quotes.is_empty());
    assert!(it.sources[0].title.is_none() && it.sources[0].date.is_none());

    // `None` written out, and a dataset of only a title.
    let nones = minimal.replace(
        r#"kind: Post,"#,
        r#"kind: Post, until: None, initiator: None,"#,
    );
    assert_eq!(loads(&nones).dataset, data.dataset);
    let empty = loads(r#"Dataset(title: "Nothing yet")"#);
    assert!(empty.actors().is_empty() && empty.interactions().is_empty());
}

#[test]
fn leap_days_and_imprecise_dates_are_valid() {
    for ok in ["2024-02-29", "2000-02-29", "2022-02", "2022", "2022-12-31"] {
        let text = with(TEMPLATE, r#"date: "2022-05-22""#, &format!("date: {ok:?}"));
        let text = with(&text, r#"until: "2022-05-23""#, r#"until: "2025""#);
        loads(&text);
    }
    // An imprecise `until` that may fall on or after the date is fine.
    loads(&with(
        TEMPLATE,
        r#"until: "2022-05-23""#,
        r#"until: "2022-05""#,
    ));
    loads(&with(
        TEMPLATE,
        r#"until: "2022-05-23""#,
        r#"until: "2022""#,
    ));
}

// ---------------------------------------------------------------------------------------------
// Every kind of problem, at its line and column

#[test]
fn duplicate_actor_id_at_the_second_with_the_first_related() {
    let text = with(TEMPLATE, r#"Actor(id: "arm""#, r#"Actor(id: "blinken""#);
    let text = with(&text, r#"affiliation: "arm", "#, "");
    let d = only_problem(&text);
    assert_eq!(at(&d), (7, 19));
    assert_eq!(d.message, r#"duplicate actor id "blinken""#);
    assert_eq!(d.related, Some((6, 19, "first defined here")));
    assert!(
        d.to_string()
            .contains("note: first defined here: test.ron:6:19")
    );
}

#[test]
fn duplicate_interaction_id_at_the_second_with_the_first_related() {
    let d = only_problem(&with_second_interaction(TEMPLATE));
    assert_eq!(at(&d), (24, 17));
    assert_eq!(d.message, r#"duplicate interaction id "talks""#);
    assert_eq!(d.related, Some((11, 17, "first used here")));
    assert!(
        d.to_string()
            .contains("note: first used here: test.ron:11:17")
    );
}

/// The help of an unknown-actor problem: the suggestion, or `None` for the generic help.
fn suggestion(d: &Diagnostic) -> Option<String> {
    let help = d.help.as_deref().expect("unknown actors always get a help");
    help.strip_prefix("did you mean ")
        .map(|s| s.trim_end_matches('?').trim_matches('"').to_owned())
}

#[test]
fn unknown_participant_with_or_without_a_suggestion() {
    let cases: &[(&str, Option<&str>)] = &[
        // An alias of aliyev.
        ("aliev", Some("aliyev")),
        // A small edit away.
        ("aliyv", Some("aliyev")),
        ("blinkne", Some("blinken")),
        // An alias, the name, the native name, a word of the name, any case.
        ("Pashinian", Some("pashinyan")),
        ("Nikol Pashinyan", Some("pashinyan")),
        ("Նիկոլ Փաշինյան", Some("pashinyan")),
        ("PASHINYAN", Some("pashinyan")),
        ("Armenia", Some("arm")),
        // Nothing close.
        ("putin", None),
        ("zzz", None),
        ("lavrov", None),
    ];
    for &(wrong, expected) in cases {
        let text = with(
            TEMPLATE,
            r#"["pashinyan", "aliyev"]"#,
            &format!("[\"pashinyan\", {wrong:?}]"),
        );
        let d = only_problem(&text);
        assert_eq!(at(&d), (15, 41), "{wrong:?}");
        assert_eq!(
            d.message,
            format!("unknown actor {wrong:?} in participants"),
            "{wrong:?}"
        );
        assert_eq!(suggestion(&d).as_deref(), expected, "{wrong:?}: {d}");
        if expected.is_none() {
            assert_eq!(
                d.help.as_deref(),
                Some("every id must be the `id` of an actor in `actors`")
            );
        }
    }
}

#[test]
fn unknown_actor_in_initiator_mediators_speaker_and_affiliation() {
    /// What to replace, by what, where the problem is, its message and its suggestion.
    type Case<'a> = (&'a str, &'a str, (usize, usize), &'a str, Option<&'a str>);
    let cases: &[Case] = &[
        (
            r#"initiator: "aliyev""#,
            r#"initiator: "aliev""#,
            (16, 24),
            r#"unknown actor "aliev" in initiator"#,
            Some("aliyev"),
        ),
        (
            r#"initiator: "aliyev""#,
            r#"initiator: "erdogan""#,
            (16, 24),
            r#"unknown actor "erdogan" in initiator"#,
            None,
        ),
        (
            r#"mediators: ["blinken"]"#,
            r#"mediators: ["blinkn"]"#,
            (17, 25),
            r#"unknown actor "blinkn" in mediators"#,
            Some("blinken"),
        ),
        (
            r#"mediators: ["blinken"]"#,
            r#"mediators: ["macron"]"#,
            (17, 25),
            r#"unknown actor "macron" in mediators"#,
            None,
        ),
        (
            r#"speaker: "blinken""#,
            r#"speaker: "Antony Blinken""#,
            (20, 37),
            r#"unknown actor "Antony Blinken" in speaker"#,
            Some("blinken"),
        ),
        (
            r#"speaker: "blinken""#,
            r#"speaker: "price""#,
            (20, 37),
            r#"unknown actor "price" in speaker"#,
            None,
        ),
        (
            r#"affiliation: "arm""#,
            r#"affiliation: "armenia""#,
            (5, 158),
            r#"unknown actor "armenia" in affiliation"#,
            Some("arm"),
        ),
        (
            r#"affiliation: "arm""#,
            r#"affiliation: "nato""#,
            (5, 158),
            r#"unknown actor "nato" in affiliation"#,
            None,
        ),
    ];
    for &(from, to, pos, message, expected) in cases {
        let d = only_problem(&with(TEMPLATE, from, to));
        assert_eq!(at(&d), pos, "{to}");
        assert_eq!(d.message, message);
        assert_eq!(suggestion(&d).as_deref(), expected, "{to}: {d}");
    }
}

#[test]
fn a_reference_written_as_some_is_located_at_its_value() {
    let d = only_problem(&with(
        TEMPLATE,
        r#"initiator: "aliyev""#,
        r#"initiator: Some("aliev")"#,
    ));
    // The value starts at `Some(`.
    assert_eq!(at(&d), (16, 24));
    assert_eq!(suggestion(&d).as_deref(), Some("aliyev"));
}

#[test]
fn impossible_dates_in_date_until_and_a_source() {
    // The interaction's date: `until` is moved out of the way.
    let date_at = |bad: &str| {
        let text = with(TEMPLATE, r#"date: "2022-05-22""#, &format!("date: {bad:?}"));
        with(&text, r#"until: "2022-05-23""#, r#"until: "2200""#)
    };
    // `until`: the date is moved to the start of the year.
    let until_at = |bad: &str| {
        let text = with(TEMPLATE, r#"date: "2022-05-22""#, r#"date: "2022""#);
        with(&text, r#"until: "2022-05-23""#, &format!("until: {bad:?}"))
    };
    let source_at = |bad: &str| {
        with(
            TEMPLATE,
            r#"date: "2022-05-23", url"#,
            &format!("date: {bad:?}, url"),
        )
    };
    let bad_dates = [
        (
            "2022-02-30",
            "impossible date: 2022-02 has no day 30 (it has 28 days)",
        ),
        (
            "2022-13",
            "impossible date: 2022 has no month 13: months run from 01 to 12",
        ),
        (
            "2023-02-29",
            "impossible date: 2023-02 has no day 29 (it has 28 days)",
        ),
        (
            "2100-02-29",
            "impossible date: 2100-02 has no day 29 (it has 28 days)",
        ),
        (
            "2022-04-31",
            "impossible date: 2022-04 has no day 31 (it has 30 days)",
        ),
        (
            "2022-13-01",
            "impossible date: 2022 has no month 13: months run from 01 to 12",
        ),
    ];
    for (bad, message) in bad_dates {
        for (text, pos) in [
            (date_at(bad), (12, 19)),
            (until_at(bad), (13, 20)),
            (source_at(bad), (21, 73)),
        ] {
            let d = only_problem(&text);
            assert_eq!(at(&d), pos, "{bad}");
            assert_eq!(d.message, message);
        }
    }
}

#[test]
fn until_before_date() {
    let d = only_problem(&with(
        TEMPLATE,
        r#"until: "2022-05-23""#,
        r#"until: "2022-05-21""#,
    ));
    assert_eq!(at(&d), (13, 20));
    assert_eq!(d.message, "`until` 2022-05-21 is before `date` 2022-05-22");
    // A month that ends before the day.
    let d = only_problem(&with(
        TEMPLATE,
        r#"until: "2022-05-23""#,
        r#"until: "2022-04""#,
    ));
    assert_eq!(at(&d), (13, 20));
    assert_eq!(d.message, "`until` 2022-04 is before `date` 2022-05-22");
}

#[test]
fn empty_or_multi_line_title_and_empty_quote() {
    let cases: &[(&str, &str, (usize, usize), &str)] = &[
        (
            r#"title: "Talks""#,
            r#"title: """#,
            (18, 20),
            "the interaction's title is empty",
        ),
        (
            r#"title: "Talks""#,
            r#"title: "   ""#,
            (18, 20),
            "the interaction's title is empty",
        ),
        (
            r#"title: "Talks""#,
            r#"title: "Two\nlines""#,
            (18, 20),
            "the interaction's title is more than one line",
        ),
        // A raw line break inside the string.
        (
            r#"title: "Talks""#,
            "title: \"Two\nlines\"",
            (18, 20),
            "the interaction's title is more than one line",
        ),
        (
            r#"text: "Good talks.""#,
            r#"text: """#,
            (20, 54),
            "the quote's text is empty",
        ),
        (
            r#"text: "Good talks.""#,
            r#"text: " ""#,
            (20, 54),
            "the quote's text is empty",
        ),
    ];
    for &(from, to, pos, message) in cases {
        let d = only_problem(&with(TEMPLATE, from, to));
        assert_eq!(at(&d), pos, "{to}");
        assert_eq!(d.message, message, "{to}");
    }
}

#[test]
fn interaction_without_sources() {
    // `sources: []` is reported at the list…
    let d = only_problem(&with(
        TEMPLATE,
        r#"sources: [Source(outlet: "Outlet", title: "Headline", date: "2022-05-23", url: "https://example.org/")],"#,
        "sources: [],",
    ));
    assert_eq!(at(&d), (21, 22));
    assert_eq!(d.message, r#"interaction "talks" has no source"#);
    // …and no `sources` field at all at the interaction.
    let d = only_problem(&with(
        TEMPLATE,
        "            sources: [Source(outlet: \"Outlet\", title: \"Headline\", date: \"2022-05-23\", url: \"https://example.org/\")],\n",
        "",
    ));
    assert_eq!(at(&d), (10, 9));
    assert_eq!(d.message, r#"interaction "talks" has no source"#);
}

#[test]
fn source_with_neither_title_nor_url() {
    let source = r#"title: "Headline", date: "2022-05-23", url: "https://example.org/""#;
    for bad in [
        r#"date: "2022-05-23""#,
        r#"title: "", url: "  ""#,
        r#"title: None, url: None"#,
    ] {
        let d = only_problem(&with(TEMPLATE, source, bad));
        assert_eq!(at(&d), (21, 23), "{bad}");
        assert_eq!(d.message, "the source has neither a title nor a url");
    }
    // One of them is enough.
    loads(&with(TEMPLATE, source, r#"title: "Headline""#));
    loads(&with(TEMPLATE, source, r#"url: "https://example.org/""#));
}

#[test]
fn bad_country_codes() {
    for bad in ["arm", "AR", "ARMX", "Arm", "ÄRM", "A1M", ""] {
        let d = only_problem(&with(
            TEMPLATE,
            r#"role: "State", country: "ARM""#,
            &format!("role: \"State\", country: {bad:?}"),
        ));
        assert_eq!(at(&d), (7, 80), "{bad:?}");
        assert_eq!(
            d.message,
            format!("country {bad:?} is not an ISO 3166 alpha-3 code")
        );
    }
    // The other country of the template, after Armenian text on the same line.
    let d = only_problem(&with(
        TEMPLATE,
        r#"country: "ARM", wikidata"#,
        r#"country: "Armenia", wikidata"#,
    ));
    assert_eq!(at(&d), (5, 174));
}

#[test]
fn bad_wikidata_ids() {
    for bad in ["7758", "Q", "q7758", "Q77a", "Q-1", "", "Q 1", "QՔ"] {
        let d = only_problem(&with(
            TEMPLATE,
            r#"wikidata: "Q7758""#,
            &format!("wikidata: {bad:?}"),
        ));
        assert_eq!(at(&d), (5, 191), "{bad:?}");
        assert_eq!(
            d.message,
            format!("wikidata {bad:?} is not a Wikidata item id")
        );
    }
}

/// The template's interaction with a machine coding after its sources, on line 22:
/// `coding: EventCoding(dataset: "GDELT 2.0", event: "057", goldstein: 8.0, …)`.
fn with_coding(coding: &str) -> String {
    with(
        TEMPLATE,
        "url: \"https://example.org/\")],\n",
        &format!("url: \"https://example.org/\")],\n            coding: {coding},\n"),
    )
}

#[test]
fn machine_coding_loads_and_is_checked() {
    let data = loads(&with_coding(
        r#"EventCoding(dataset: "GDELT 2.0", event: "057", goldstein: 8.0, tone: -3.4, mentions: 3, sources: 1, articles: 3, ids: ["954708270"])"#,
    ));
    let coding = data.interaction(0).coding.as_ref().expect("the coding");
    assert_eq!(coding.event, "057");
    assert_eq!(coding.goldstein, Some(8.0));
    assert_eq!(coding.ids, ["954708270"]);
    // Only the dataset and the event code are needed.
    loads(&with_coding(
        r#"EventCoding(dataset: "GDELT 2.0", event: "0231")"#,
    ));
    // Hand-written data has none, and the actor's code is optional too.
    assert!(small().interactions().iter().all(|it| it.coding.is_none()));

    // Line 22 is `            coding: EventCoding(dataset: "GDELT 2.0", event: "57x", …`: the
    // event code's value starts in column 62, the score's in 80, the id's in 92.
    let ds = problems(&with_coding(
        r#"EventCoding(dataset: "GDELT 2.0", event: "57x", goldstein: 12.5, ids: [""])"#,
    ));
    let got: Vec<((usize, usize), &str)> = ds.iter().map(|d| (at(d), d.message.as_str())).collect();
    assert_eq!(
        got,
        [
            ((22, 62), "event code \"57x\" is not a CAMEO code"),
            ((22, 80), "Goldstein score 12.5 is outside −10 to +10"),
            ((22, 92), "an event id is empty"),
        ]
    );
    // A coding field the format does not know is an error at its place.
    let d = syntax_error(&with_coding(
        r#"EventCoding(dataset: "GDELT", event: "057", score: 1)"#,
    ));
    assert_eq!(d.line, 22);
    assert!(d.message.contains("score"), "{}", d.message);
}

#[test]
fn actor_ids_must_be_lowercase() {
    for (bad, help, what) in [
        ("Arm", "arm", "is not lowercase"),
        ("ARM", "arm", "is not lowercase"),
        ("the arm", "the-arm", "has spaces"),
    ] {
        let text = with(
            TEMPLATE,
            r#"Actor(id: "arm""#,
            &format!("Actor(id: {bad:?}"),
        );
        let text = with(
            &text,
            r#"affiliation: "arm""#,
            &format!("affiliation: {bad:?}"),
        );
        let d = only_problem(&text);
        assert_eq!(at(&d), (7, 19), "{bad:?}");
        assert!(d.message == format!("actor id {bad:?} {what}"), "{d}");
        assert_eq!(
            d.help.as_deref(),
            Some(format!("ids are short and lowercase, without spaces: {help:?}").as_str())
        );
    }
}

#[test]
fn missing_field_in_a_struct_is_a_syntax_error_at_its_end() {
    let d = syntax_error(&with(TEMPLATE, "            summary: \"Talks.\",\n", ""));
    assert_eq!(at(&d), (21, 9));
    assert!(d.message.contains("`summary`"), "{}", d.message);
}

// ---------------------------------------------------------------------------------------------
// Several problems

/// (line, column, start of the message, help or its start) of every problem of
/// tests/fixtures/bad/every-problem.ron, in the order of the file.
const EVERY_PROBLEM: &[(usize, usize, &str, &str)] = &[
    (
        15,
        26,
        r#"unknown actor "armenia" in affiliation"#,
        r#"did you mean "arm"?"#,
    ),
    (
        16,
        22,
        r#"country "Armenia" is not an ISO 3166 alpha-3 code"#,
        "three capital letters",
    ),
    (
        17,
        23,
        r#"wikidata "7758" is not a Wikidata item id"#,
        "a Q followed by digits",
    ),
    (
        20,
        19,
        r#"actor id "Blinken" is not lowercase"#,
        r#"ids are short and lowercase, without spaces: "blinken""#,
    ),
    (
        20,
        114,
        r#"unknown actor "usa" in affiliation"#,
        "every id must be the `id` of an actor in `actors`",
    ),
    (
        21,
        19,
        r#"duplicate actor id "aliyev""#,
        "every actor needs an id of its own",
    ),
    (26, 19, "impossible date: 2022-02 has no day 30", ""),
    (27, 20, "impossible date: 2022 has no month 13", ""),
    (
        29,
        28,
        r#"unknown actor "aliev" in participants"#,
        r#"did you mean "aliyev"?"#,
    ),
    (
        30,
        24,
        r#"unknown actor "Pashinian" in initiator"#,
        r#"did you mean "pashinyan"?"#,
    ),
    (
        31,
        25,
        r#"unknown actor "zzz" in mediators"#,
        "every id must be the `id` of an actor in `actors`",
    ),
    (32, 20, "the interaction's title is empty", ""),
    (
        34,
        37,
        r#"unknown actor "putin" in speaker"#,
        "every id must be the `id` of an actor in `actors`",
    ),
    (34, 52, "the quote's text is empty", ""),
    (
        35,
        23,
        "the source has neither a title nor a url",
        "give the headline",
    ),
    (35, 54, "impossible date: 2022-04 has no day 31", ""),
    (
        38,
        17,
        r#"duplicate interaction id "call""#,
        "every interaction needs an id of its own",
    ),
    (
        40,
        20,
        "`until` 2022-07-20 is before `date` 2022-07-25",
        "`until` is the last day",
    ),
    (43, 20, "the interaction's title is more than one line", ""),
    (
        47,
        9,
        r#"interaction "unsourced" has no source"#,
        "every interaction needs at least one source",
    ),
];

fn every_problem() -> Vec<Diagnostic> {
    let path = fixture("bad/every-problem.ron");
    match load_file(&path) {
        Err(LoadError::Invalid(ds)) => ds,
        other => panic!("expected validation problems, got {other:?}"),
    }
}

#[test]
fn every_problem_of_a_file_is_reported_at_its_place() {
    let mut ds = every_problem();
    assert_eq!(ds.len(), EVERY_PROBLEM.len(), "{}", render(&ds));
    // Compared in the order of their positions: `problems_are_reported_in_file_order` checks
    // the order itself.
    ds.sort_by_key(|d| (d.line, d.col));
    for (d, &(line, col, message, help)) in ds.iter().zip(EVERY_PROBLEM) {
        assert_eq!(at(d), (line, col), "{d}");
        assert!(d.message.starts_with(message), "{d}\nexpected: {message}");
        assert!(
            d.help.as_deref().unwrap_or_default().starts_with(help),
            "{d}\nexpected help: {help}"
        );
        assert!(
            d.file.ends_with("every-problem.ron"),
            "the file is named: {}",
            d.file
        );
    }
    let dup_actor = ds.iter().find(|d| at(d) == (21, 19)).unwrap();
    assert_eq!(dup_actor.related, Some((7, 19, "first defined here")));
    let dup_interaction = ds.iter().find(|d| at(d) == (38, 17)).unwrap();
    assert_eq!(dup_interaction.related, Some((25, 17, "first used here")));
    // The whole error ends with the count.
    let err = load_file(&fixture("bad/every-problem.ron")).unwrap_err();
    assert!(err.to_string().ends_with("\n20 problems"), "{err}");
    assert_eq!(err.diagnostics().len(), 20);
}

#[test]
fn problems_are_reported_in_file_order() {
    let positions: Vec<(usize, usize)> = every_problem().iter().map(at).collect();
    let expected: Vec<(usize, usize)> = EVERY_PROBLEM.iter().map(|&(l, c, ..)| (l, c)).collect();
    assert_eq!(positions, expected);
}

#[test]
fn problems_of_interactions_are_reported_in_file_order() {
    let text = with(TEMPLATE, r#"date: "2022-05-22""#, r#"date: "2022-02-30""#);
    let text = with(
        &text,
        r#"["pashinyan", "aliyev"]"#,
        r#"["pashinyan", "aliev"]"#,
    );
    let text = with(
        &text,
        r#"mediators: ["blinken"]"#,
        r#"mediators: ["nobody"]"#,
    );
    let text = with(&text, r#"title: "Talks""#, r#"title: """#);
    let text = with(
        &text,
        r#"date: "2022-05-23", url"#,
        r#"date: "2022-06-31", url"#,
    );
    let text = with_second_interaction(&text);
    let ds = problems(&text);
    let positions: Vec<(usize, usize)> = ds.iter().map(at).collect();
    assert_eq!(
        positions,
        [(12, 19), (15, 41), (17, 25), (18, 20), (21, 73), (24, 17)],
        "{}",
        render(&ds)
    );
}

// ---------------------------------------------------------------------------------------------
// Syntax errors

#[test]
fn missing_comma_keeps_rons_position() {
    // ron notices the missing comma at the start of the next field.
    let d = syntax_error(&with(TEMPLATE, "kind: Talks,", "kind: Talks"));
    assert_eq!(at(&d), (15, 13));
    assert!(d.message.to_lowercase().contains("comma"), "{}", d.message);
}

#[test]
fn unknown_field_keeps_rons_position() {
    let d = syntax_error(&with(TEMPLATE, "participants:", "participant:"));
    assert_eq!(at(&d), (15, 13));
    assert!(d.message.contains("`participant`"), "{}", d.message);
    assert!(d.message.contains("`participants`"), "{}", d.message);
}

#[test]
fn unknown_variant_keeps_rons_position() {
    let d = syntax_error(&with(TEMPLATE, "kind: Talks", "kind: Chat"));
    assert_eq!(at(&d), (14, 19));
    assert!(d.message.contains("`Chat`"), "{}", d.message);
}

#[test]
fn a_date_of_the_wrong_shape_is_a_syntax_error() {
    for bad in [
        "July 2022",
        "22-05-22",
        "2022/05/22",
        "2022-5-22",
        "2022-05-22-1",
    ] {
        let d = syntax_error(&with(
            TEMPLATE,
            r#"date: "2022-05-22""#,
            &format!("date: {bad:?}"),
        ));
        // ron reports a string's error just inside its opening quote.
        assert_eq!(at(&d), (12, 20), "{bad}");
        assert_eq!(
            d.message,
            format!(r#"expected a date (YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY), found {bad:?}"#)
        );
    }
    // Also in a source.
    let d = syntax_error(&with(
        TEMPLATE,
        r#"date: "2022-05-23", url"#,
        r#"date: "May 2022", url"#,
    ));
    assert_eq!(at(&d), (21, 74));
}

#[test]
fn ron_columns_count_characters_not_bytes() {
    // A missing comma after Armenian text: the column counts characters.
    let text = r#"Dataset(
    title: "T",
    actors: [Actor(id: "p", name: "Նիկոլ Փաշինյան", kind: Person role: "r")],
)"#;
    let d = syntax_error(text);
    assert_eq!(at(&d), (3, 66));
    let text = text.replace("Նիկոլ Փաշինյան", "漢字漢字");
    assert_eq!(at(&syntax_error(&text)), (3, 56));
}

#[test]
fn truncated_files_are_errors_not_panics() {
    let full = std::fs::read_to_string(fixture("small.ron")).unwrap();
    let end = full.rfind(')').unwrap() + 1;
    // Cut in the middle.
    let mut half = full.len() / 2;
    while !full.is_char_boundary(half) {
        half -= 1;
    }
    let d = syntax_error(&full[..half]);
    assert!(d.line > 1 && d.line <= full[..half].lines().count() + 1);
    // Cut just before the last bracket.
    let d = syntax_error(&full[..end - 1]);
    assert!(
        d.message.contains("the file ends before the dataset does"),
        "{}",
        d.message
    );
    // Cut anywhere at all, by characters and by bytes.
    for cut in (0..end).filter(|&i| full.is_char_boundary(i)) {
        match load_str("cut.ron", &full[..cut]) {
            Err(e @ (LoadError::Syntax(_) | LoadError::Invalid(_))) => {
                let _ = e.to_string();
            }
            Err(e) => panic!("cut at {cut}: {e}"),
            Ok(_) => panic!("cut at {cut}: a truncated file loaded"),
        }
    }
    for cut in 0..end {
        let err = load_bytes("cut.ron", &full.as_bytes()[..cut])
            .err()
            .unwrap_or_else(|| panic!("cut at byte {cut}: a truncated file loaded"));
        let _ = err.to_string();
    }
}

#[test]
fn invalid_utf8_reports_the_byte_offset() {
    // Line 2: 4 spaces, `title: "` and five Armenian letters (two bytes each) and a space.
    let mut bytes = b"Dataset(\n    title: \"".to_vec();
    bytes.extend_from_slice("Նիկոլ ".as_bytes());
    bytes.push(0xff);
    bytes.extend_from_slice(b"\",\n)\n");
    assert_eq!(bytes.iter().position(|&b| b == 0xff), Some(32));
    let err = load_bytes("bytes.ron", &bytes).unwrap_err();
    let LoadError::Syntax(d) = &err else {
        panic!("expected a syntax error, got {err:?}");
    };
    assert_eq!(at(d), (2, 19));
    assert!(d.message.contains("byte offset 32"), "{}", d.message);
    assert!(d.message.contains("0xff"), "{}", d.message);
    // A multi-byte character cut short at the end of the file.
    let mut cut = TEMPLATE.as_bytes().to_vec();
    cut.extend_from_slice(&"Ա".as_bytes()[..1]);
    let err = load_bytes("cut.ron", &cut).unwrap_err();
    assert!(matches!(err, LoadError::Syntax(_)));
    assert!(
        err.to_string()
            .contains(&format!("byte offset {}", TEMPLATE.len())),
        "{err}"
    );
}

#[test]
fn a_leading_byte_order_mark_is_accepted() {
    let with_bom = format!("\u{feff}{TEMPLATE}");
    assert_eq!(loads(&with_bom).dataset, loads(TEMPLATE).dataset);
    let mut bytes = "\u{feff}".as_bytes().to_vec();
    bytes.extend_from_slice(TEMPLATE.as_bytes());
    assert!(load_bytes("bom.ron", &bytes).is_ok());
    // Positions are those an editor shows, which does not count the mark.
    let bad = with(
        TEMPLATE,
        r#"title: "Template""#,
        r#"title: "Template", x: 1"#,
    );
    let plain = syntax_error(&bad);
    let marked = syntax_error(&format!("\u{feff}{bad}"));
    assert_eq!(at(&marked), at(&plain));
    assert_eq!(at(&plain), (2, 24));
    let text = with(TEMPLATE, r#"country: "ARM")"#, r#"country: "arm")"#);
    assert_eq!(at(&only_problem(&format!("\u{feff}{text}"))), (7, 80));
}

#[test]
fn crlf_line_endings_keep_positions() {
    let lf = std::fs::read_to_string(fixture("bad/every-problem.ron")).unwrap();
    let crlf = lf.replace('\n', "\r\n");
    let positions = |text: &str| -> Vec<(usize, usize)> { problems(text).iter().map(at).collect() };
    assert_eq!(positions(&crlf), positions(&lf));
    let bad = with(TEMPLATE, "participants:", "participant:").replace('\n', "\r\n");
    assert_eq!(at(&syntax_error(&bad)), (15, 13));
}

#[test]
fn crlf_excerpts_do_not_show_the_carriage_return() {
    let crlf = TEMPLATE.replace('\n', "\r\n");
    let d = only_problem(&with(&crlf, r#"title: "Talks""#, r#"title: """#));
    let (text, _) = d.excerpt.clone().expect("an excerpt");
    assert_eq!(text.trim_end(), r#"            title: "","#);
    assert!(!d.to_string().contains('␍'), "{d}");
    let d = syntax_error(&with(&crlf, "participants:", "participant:"));
    assert!(!d.to_string().contains('␍'), "{d}");
}

// ---------------------------------------------------------------------------------------------
// How a diagnostic is displayed

#[test]
fn display_of_a_diagnostic() {
    let d = only_problem(&with(
        TEMPLATE,
        r#"["pashinyan", "aliyev"]"#,
        r#"["pashinyan", "aliyv"]"#,
    ));
    assert_eq!(
        d.to_string(),
        concat!(
            "test.ron:15:41: unknown actor \"aliyv\" in participants\n",
            "   |\n",
            "15 |             participants: [\"pashinyan\", \"aliyv\"],\n",
            "   |                                         ^ did you mean \"aliyev\"?",
        )
    );
}

/// The excerpt and caret lines of a displayed diagnostic: the character under the caret and
/// the caret's display column in the source line.
fn caret(display: &str) -> (char, usize) {
    let lines: Vec<&str> = display.lines().collect();
    let source = lines[2].split_once(" | ").expect("an excerpt line").1;
    let marker = lines[3].split_once(" | ").expect("a caret line").1;
    let caret_col = marker.find('^').expect("a caret");
    assert!(marker[..caret_col].chars().all(|c| c == ' '));
    // Walk the source line by display width to the caret.
    let mut width = 0;
    for c in source.chars() {
        if width == caret_col {
            return (c, caret_col);
        }
        assert!(width < caret_col, "the caret falls inside a wide character");
        width += unicode_width::UnicodeWidthChar::width(c).unwrap_or(0);
    }
    panic!("the caret is past the end of the line:\n{display}");
}

#[test]
fn display_starts_with_name_line_col_and_shows_the_line() {
    let d = only_problem(&with(
        TEMPLATE,
        r#"affiliation: "arm""#,
        r#"affiliation: "armenia""#,
    ));
    let s = d.to_string();
    assert!(s.starts_with("test.ron:5:158: unknown actor \"armenia\" in affiliation\n"));
    let line5 = TEMPLATE
        .lines()
        .nth(4)
        .unwrap()
        .replace(r#""arm""#, r#""armenia""#);
    assert!(s.contains(&format!("\n5 | {line5}\n")), "{s}");
    assert!(s.ends_with("^ did you mean \"arm\"?"), "{s}");
}

#[test]
fn caret_is_placed_by_display_width_after_non_ascii_text() {
    // Armenian (one column, two bytes a letter) before the value.
    let d = only_problem(&with(
        TEMPLATE,
        r#"affiliation: "arm""#,
        r#"affiliation: "armenia""#,
    ));
    let line = TEMPLATE.lines().nth(4).unwrap();
    let before = &line[..line.find(r#""arm""#).unwrap()];
    assert_eq!(before.chars().count() + 1, d.col);
    assert_eq!(caret(&d.to_string()), ('"', before.width()));

    // Wide characters (two columns) before the value.
    let text = with(TEMPLATE, "Նիկոլ Փաշինյան", "漢字漢字");
    let text = with(&text, r#"affiliation: "arm""#, r#"affiliation: "armenia""#);
    let d = only_problem(&text);
    assert_eq!(at(&d), (5, 148));
    let (c, col) = caret(&d.to_string());
    assert_eq!(c, '"');
    assert_eq!(
        col,
        147 + 4,
        "four wide characters take one more column each"
    );

    // And for a syntax error placed by ron.
    let text = r#"Dataset(
    title: "漢字 Նիկոլ", x: 1,
)"#;
    let d = syntax_error(text);
    assert_eq!(at(&d), (2, 24));
    assert_eq!(caret(&d.to_string()), ('x', 25));
}

#[test]
fn display_of_a_line_too_long_to_excerpt() {
    // A line longer than the excerpt limit: no excerpt, and the help on a line of its own.
    let long = "x".repeat(500);
    let text = with(TEMPLATE, "            initiator: \"aliyev\",\n", "");
    let text = with(
        &text,
        r#"summary: "Talks.","#,
        &format!("summary: \"{long}\", initiator: \"aliev\", topics: [\"\"],"),
    );
    let ds = problems(&text);
    assert_eq!(ds.len(), 2, "{}", render(&ds));
    // 12 spaces, `summary: ` and the quoted summary, `, `, then `initiator: `.
    let initiator = 12 + 9 + 502 + 2 + 11 + 1;
    assert_eq!(at(&ds[0]), (18, initiator));
    assert_eq!(ds[0].excerpt, None);
    assert_eq!(
        ds[0].to_string(),
        format!(
            "test.ron:18:{initiator}: unknown actor \"aliev\" in initiator\n  help: did you mean \"aliyev\"?"
        )
    );
    // Then `"aliev", topics: [`.
    let topic = initiator + 7 + 2 + 9;
    assert_eq!(
        ds[1].to_string(),
        format!("test.ron:18:{topic}: a topic is empty")
    );
}

// ---------------------------------------------------------------------------------------------
// Control characters

/// Every string of a loaded dataset, with whether it may hold line breaks.
fn all_strings(data: &Data) -> Vec<(&str, bool)> {
    let ds = &data.dataset;
    let mut out = vec![(ds.title.as_str(), false)];
    out.extend(ds.description.as_deref().map(|d| (d, true)));
    for a in &ds.actors {
        out.extend([a.id.as_str(), &a.name, &a.role].map(|s| (s, false)));
        out.extend(a.aliases.iter().map(|s| (s.as_str(), false)));
        out.extend(a.roles.iter().map(|r| (r.title.as_str(), false)));
        for s in [&a.native, &a.affiliation, &a.country, &a.wikidata] {
            out.extend(s.as_deref().map(|s| (s, false)));
        }
    }
    for it in &ds.interactions {
        out.extend([it.id.as_str(), &it.title].map(|s| (s, false)));
        out.push((&it.summary, true));
        for s in [&it.initiator, &it.place] {
            out.extend(s.as_deref().map(|s| (s, false)));
        }
        for s in it
            .participants
            .iter()
            .chain(&it.mediators)
            .chain(&it.topics)
        {
            out.push((s, false));
        }
        for q in &it.quotes {
            out.push((&q.speaker, false));
            out.push((&q.text, true));
            out.extend(q.via.as_deref().map(|s| (s, false)));
        }
        for s in &it.sources {
            out.push((&s.outlet, false));
            for t in [&s.title, &s.url] {
                out.extend(t.as_deref().map(|s| (s, false)));
            }
        }
    }
    out
}

#[test]
fn control_characters_become_visible_placeholders() {
    let data = load_file(&fixture("control-chars.ron")).unwrap();
    let eve = &data.actors()[actor(&data, "eve")];
    assert_eq!(eve.name, "Eve␛]0;pwned␇");
    assert_eq!(eve.aliases, ["E<U+009B>31m"]);
    assert_eq!(eve.role, "Role<U+202E>");
    assert_eq!(data.title(), "Control␛[2J characters");
    let it = &data.interactions()[0];
    assert_eq!(it.title, "Eve␛[31m meets Bob");
    assert_eq!(it.place.as_deref(), Some("Here␈␡"));
    // Paragraphs keep their line breaks; a tab becomes a space.
    assert_eq!(it.summary, "First paragraph␛[0m.\nSecond paragraph.");
    assert_eq!(
        it.quotes[0].text,
        "Hello␛]8;;https://evil.example/␛\\ there"
    );
    assert_eq!(it.sources[0].outlet, "Outlet␛[5m");
    assert_eq!(it.sources[0].title.as_deref(), Some("Head␀line"));
    assert_eq!(it.sources[0].url.as_deref(), Some("https://example.org/␛"));
    for (s, multiline) in all_strings(&data) {
        assert!(
            !s.chars().any(|c| is_unsafe(c) && !(multiline && c == '\n')),
            "{s:?} still holds a control character"
        );
    }
    assert_eq!(data.involved(0).len(), 2);
    // No other dataset loses text: the built-in one is clean already.
    let builtin = load_str(BUILTIN_NAME, BUILTIN).unwrap();
    for (s, multiline) in all_strings(&builtin) {
        assert!(
            !s.chars().any(|c| is_unsafe(c) && !(multiline && c == '\n')),
            "{s:?}"
        );
    }
}

#[test]
fn a_control_sequence_in_a_name_is_escaped_inline() {
    // Written as RON escapes in the fixture text.
    let text = with(
        TEMPLATE,
        r#"name: "Armenia""#,
        r#"name: "Armenia\u{1b}]0;pwned\u{07}""#,
    );
    let data = loads(&text);
    assert_eq!(data.actors()[3].name, "Armenia␛]0;pwned␇");
}

#[test]
fn error_output_never_holds_a_raw_escape() {
    let raw = "\u{1b}]0;pwned\u{07}";
    let mut errors: Vec<String> = Vec::new();
    // A syntax error on a line holding raw control characters.
    let text = with(
        TEMPLATE,
        r#"title: "Template","#,
        &format!("title: \"T{raw}\", x: 1,"),
    );
    errors.push(syntax_error(&text).to_string());
    // A validation problem on such a line.
    let text = with(
        TEMPLATE,
        r#"name: "Armenia", kind: State, role: "State", country: "ARM""#,
        &format!("name: \"A{raw}\", kind: State, role: \"State\", country: \"arm\""),
    );
    let d = only_problem(&text);
    // "A" and ten control characters instead of "Armenia": four columns further than (7, 80).
    assert_eq!(at(&d), (7, 84));
    errors.push(d.to_string());
    // An unknown id made of control characters, raw and as RON escapes.
    for id in [raw.to_owned(), r"\u{1b}]0;pwned\u{07}".to_owned()] {
        let text = with(
            TEMPLATE,
            r#"["pashinyan", "aliyev"]"#,
            &format!("[\"pashinyan\", \"{id}\"]"),
        );
        let d = only_problem(&text);
        assert_eq!(at(&d), (15, 41));
        errors.push(d.to_string());
    }
    // Invalid UTF-8 after raw control characters.
    let mut bytes = format!("Dataset(title: \"{raw}").into_bytes();
    bytes.push(0xfe);
    errors.push(load_bytes("b.ron", &bytes).unwrap_err().to_string());
    // A file name with control characters.
    errors.push(
        load_str(&format!("evil{raw}.ron"), "Dataset(")
            .unwrap_err()
            .to_string(),
    );
    errors.push(
        load_str(
            &format!("evil{raw}.ron"),
            &with_second_interaction(TEMPLATE),
        )
        .unwrap_err()
        .to_string(),
    );
    for e in &errors {
        assert!(
            !e.chars().any(is_unsafe_in_lines),
            "a raw control character in:\n{e:?}"
        );
    }
    assert!(errors[0].contains("␛]0;pwned␇"), "{}", errors[0]);
}

// ---------------------------------------------------------------------------------------------
// Queries on small.ron

/// A filter of actors in any role (the inclusive rule): participant, initiator, mediator or
/// quoted speaker.
fn filter(data: &Data, actors: &[&str], mode: MatchMode) -> Filter {
    Filter {
        actors: actors.iter().map(|id| actor(data, id)).collect(),
        mode,
        role: RoleMatch::Any,
        ..Filter::default()
    }
}

#[test]
fn interactions_are_in_date_order() {
    let data = small();
    let all: Vec<usize> = (0..data.interactions().len()).collect();
    assert_eq!(
        ids(&data, &all),
        ["clash", "talks", "call-p-putin", "call-b-a", "call-b-p"]
    );
    assert_eq!(
        ids(&data, &matching(&data, &Filter::default())),
        ids(&data, &all)
    );
}

#[test]
fn find_and_search_actors() {
    let data = small();
    let p = actor(&data, "pashinyan");
    for q in [
        "pashinyan",
        "PASHINYAN",
        "Nikol Pashinyan",
        "nikol pashinyan",
        "Նիկոլ Փաշինյան",
        "ՆԻԿՈԼ ՓԱՇԻՆՅԱՆ",
        "Pashinian",
        "  pashinian ",
    ] {
        assert_eq!(data.find_actor(q), Some(p), "{q:?}");
    }
    assert_eq!(data.find_actor("pashin"), None);
    // Azerbaijani `İ` lowercases to `i` and a combining dot: still the same name.
    for q in ["Aliev", "İlham Əliyev", "İLHAM ƏLİYEV", "ilham əliyev"] {
        assert_eq!(data.find_actor(q), Some(actor(&data, "aliyev")), "{q:?}");
    }
    assert_eq!(data.search_actors("pash").first(), Some(&p));
    assert_eq!(data.search_actors("Փաշ").first(), Some(&p));
    assert_eq!(data.search_actors("").len(), data.actors().len());
    assert!(data.search_actors("nobody at all").is_empty());
}

#[test]
fn involved_counts_initiators_mediators_and_speakers() {
    let data = small();
    let find = |id: &str| {
        data.interactions()
            .iter()
            .position(|it| it.id == id)
            .unwrap()
    };
    let names = |i: usize| -> Vec<&str> {
        data.involved(i)
            .iter()
            .map(|&a| data.actor(a).id.as_str())
            .collect()
    };
    // Mediator.
    let mut talks = names(find("talks"));
    talks.sort_unstable();
    assert_eq!(talks, ["aliyev", "blinken", "pashinyan"]);
    // Quoted speaker.
    let mut call = names(find("call-p-putin"));
    call.sort_unstable();
    assert_eq!(call, ["kremlin", "pashinyan"]);
    // Interactions of an actor, in date order.
    assert_eq!(
        ids(&data, data.interactions_of(actor(&data, "blinken"))),
        ["talks", "call-b-a", "call-b-p"]
    );
}

#[test]
fn filter_by_one_actor() {
    let data = small();
    let one = |id: &str| {
        ids(
            &data,
            &matching(&data, &filter(&data, &[id], MatchMode::All)),
        )
    };
    assert_eq!(one("pashinyan"), ["talks", "call-p-putin", "call-b-p"]);
    assert_eq!(one("aliyev"), ["clash", "talks", "call-b-a"]);
    // As a mediator.
    assert_eq!(one("blinken"), ["talks", "call-b-a", "call-b-p"]);
    // Only as a quoted speaker.
    assert_eq!(one("kremlin"), ["call-p-putin"]);
    assert_eq!(one("arm"), ["clash"]);
    // The mode does not matter for one actor.
    assert_eq!(
        matching(&data, &filter(&data, &["pashinyan"], MatchMode::Any)),
        matching(&data, &filter(&data, &["pashinyan"], MatchMode::All))
    );
    // By default an actor matches where it took part: as a participant, the initiator or a
    // mediator, not where it is only quoted.
    let took_part = |id: &str| {
        let f = Filter {
            role: RoleMatch::TookPart,
            ..filter(&data, &[id], MatchMode::All)
        };
        ids(&data, &matching(&data, &f))
    };
    assert_eq!(Filter::default().role, RoleMatch::TookPart);
    assert_eq!(took_part("blinken"), ["talks", "call-b-a", "call-b-p"]);
    assert_eq!(
        took_part("pashinyan"),
        ["talks", "call-p-putin", "call-b-p"]
    );
    assert!(took_part("kremlin").is_empty(), "only quoted");
}

#[test]
fn filter_by_two_actors_all_and_any() {
    let data = small();
    let run = |actors: &[&str], mode: MatchMode| {
        ids(&data, &matching(&data, &filter(&data, actors, mode)))
    };
    assert_eq!(
        run(&["blinken", "aliyev"], MatchMode::All),
        ["talks", "call-b-a"]
    );
    assert_eq!(
        run(&["aliyev", "blinken"], MatchMode::All),
        ["talks", "call-b-a"]
    );
    assert_eq!(
        run(&["blinken", "aliyev"], MatchMode::Any),
        ["clash", "talks", "call-b-a", "call-b-p"]
    );
    assert_eq!(run(&["pashinyan", "aliyev"], MatchMode::All), ["talks"]);
    assert_eq!(
        run(&["pashinyan", "aliyev"], MatchMode::Any),
        ["clash", "talks", "call-p-putin", "call-b-a", "call-b-p"]
    );
    assert!(run(&["kremlin", "aliyev"], MatchMode::All).is_empty());
    assert_eq!(
        run(&["kremlin", "arm"], MatchMode::Any),
        ["clash", "call-p-putin"]
    );
    assert_eq!(
        run(&["pashinyan", "aliyev", "blinken"], MatchMode::All),
        ["talks"]
    );
}

#[test]
fn date_ranges_with_imprecise_dates() {
    let data = small();
    let run = |since: Option<&str>, until: Option<&str>| {
        let f = Filter {
            since: since.map(date),
            until: until.map(date),
            ..Filter::default()
        };
        ids(&data, &matching(&data, &f))
    };
    // `2022-07` may be any day of July.
    assert_eq!(
        run(Some("2022-07-20"), None),
        ["call-p-putin", "call-b-a", "call-b-p"]
    );
    assert_eq!(
        run(None, Some("2022-07-01")),
        ["clash", "talks", "call-p-putin"]
    );
    assert_eq!(run(None, Some("2022-06-30")), ["clash", "talks"]);
    assert_eq!(
        run(Some("2022-08"), None),
        Vec::<String>::new(),
        "nothing after July"
    );
    // `2021` may be any day of 2021.
    assert_eq!(run(Some("2021-12-31"), Some("2022-01")), ["clash"]);
    assert_eq!(run(Some("2022"), Some("2022")).len(), 4);
    // The talks last from the 22nd to the 23rd of May.
    assert_eq!(run(Some("2022-05-23"), Some("2022-05-23")), ["talks"]);
    assert!(run(Some("2022-05-24"), Some("2022-06")).is_empty());
    // With actors too.
    let f = Filter {
        since: Some(date("2022-07-20")),
        ..filter(&data, &["pashinyan"], MatchMode::All)
    };
    assert_eq!(
        ids(&data, &matching(&data, &f)),
        ["call-p-putin", "call-b-p"]
    );
}

#[test]
fn in_range_of_imprecise_dates() {
    let d = |s: &str| Some(date(s));
    let july = date("2022-07");
    assert!(in_range(july, None, d("2022-07-20"), None));
    assert!(in_range(july, None, None, d("2022-07-01")));
    assert!(!in_range(july, None, None, d("2022-06-30")));
    assert!(!in_range(july, None, d("2022-08-01"), None));
    assert!(in_range(july, None, d("2022-07-31"), d("2022-07-31")));
    assert!(in_range(july, None, None, None));
    let day = date("2022-05-22");
    assert!(in_range(day, d("2022-05-23"), d("2022-05-23"), None));
    assert!(!in_range(day, None, d("2022-05-23"), None));
    assert!(in_range(day, None, d("2022-05"), d("2022-05")));
    assert!(in_range(day, None, d("2022"), None));
    assert!(!in_range(day, None, d("2023"), None));
}

#[test]
fn relationships_counts_last_date_and_dominant_class() {
    let data = small();
    let rel = |id, link| {
        counts::relationships(&data, actor(&data, id), None, link)
            .into_iter()
            .map(|r| {
                (
                    data.actor(r.counterpart).id.clone(),
                    r.count,
                    r.last.to_string(),
                    r.class,
                )
            })
            .collect::<Vec<_>>()
    };
    let s = |x: &str| x.to_owned();
    let vc = Some(Class::VerbalCooperation);
    // Taking part together: participants and initiators only.
    assert_eq!(
        rel("pashinyan", Link::Together),
        [
            (s("blinken"), 1, s("2022-07-25"), vc),
            (s("aliyev"), 1, s("2022-05-22"), vc),
        ]
    );
    assert_eq!(
        rel("aliyev", Link::Together),
        [
            (s("blinken"), 1, s("2022-07-25"), vc),
            (s("pashinyan"), 1, s("2022-05-22"), vc),
            (s("arm"), 1, s("2021"), Some(Class::MaterialConflict)),
        ]
    );
    assert!(rel("kremlin", Link::Together).is_empty());
    // Blinken mediated the talks between the two.
    assert_eq!(
        rel("blinken", Link::Mediation),
        [
            (s("pashinyan"), 1, s("2022-05-22"), vc),
            (s("aliyev"), 1, s("2022-05-22"), vc),
        ]
    );
    assert_eq!(
        rel("aliyev", Link::Mediation),
        [(s("blinken"), 1, s("2022-05-22"), vc)]
    );
    // The Kremlin is quoted on Pashinyan's call.
    assert_eq!(
        rel("kremlin", Link::Speech),
        [(s("pashinyan"), 1, s("2022-07"), None)]
    );
    assert_eq!(
        rel("pashinyan", Link::Speech),
        [(s("kremlin"), 1, s("2022-07"), None)]
    );
    // The whole-dataset shorthand is taking part together.
    assert_eq!(
        relationships(&data, actor(&data, "aliyev")),
        counts::relationships(&data, actor(&data, "aliyev"), None, Link::Together)
    );
}

#[test]
fn dominant_class_is_the_most_common_and_ties_go_to_cooperation() {
    let interaction = |id: &str, class: &str| {
        format!(
            r#"Interaction(id: "{id}", date: "2022-01-0{}", kind: Meeting, participants: ["a", "b"], title: "t", summary: "s", class: {class}, sources: [Source(outlet: "o", url: "u")]),"#,
            id.len()
        )
    };
    let dataset = |classes: &[&str]| {
        let its: String = classes
            .iter()
            .enumerate()
            .map(|(i, c)| interaction(&"x".repeat(i + 1), c))
            .collect();
        let text = format!(
            r#"Dataset(title: "T", actors: [Actor(id: "a", name: "A", kind: State, role: "r"), Actor(id: "b", name: "B", kind: State, role: "r")], interactions: [{its}])"#
        );
        let data = loads(&text);
        let r = relationships(&data, 0);
        assert_eq!(r.len(), 1);
        assert_eq!(r[0].count, classes.len());
        r[0].class
    };
    assert_eq!(
        dataset(&["VerbalConflict", "VerbalConflict", "VerbalCooperation"]),
        Some(Class::VerbalConflict)
    );
    assert_eq!(
        dataset(&["MaterialConflict", "VerbalConflict", "VerbalCooperation"]),
        Some(Class::VerbalCooperation)
    );
    assert_eq!(
        dataset(&["MaterialConflict", "MaterialCooperation"]),
        Some(Class::MaterialCooperation)
    );
    assert_eq!(
        dataset(&["None", "None", "MaterialConflict"]),
        Some(Class::MaterialConflict)
    );
    assert_eq!(dataset(&["None", "None"]), None);
}

// ---------------------------------------------------------------------------------------------
// Dated roles

/// TEMPLATE with two dated roles for Pashinyan, one a line: `roles[0]` on line 7, `roles[1]`
/// on line 8.
fn with_roles(first: &str, second: &str) -> String {
    with(
        TEMPLATE,
        r#"wikidata: "Q7758"),"#,
        &format!(
            "wikidata: \"Q7758\",\n            roles: [\n                Role({first}),\n                Role({second}),\n            ],\n        ),"
        ),
    )
}

/// The line and column (1-based) of the first `needle` in `text` that comes after `after`.
fn position_of(text: &str, after: &str, needle: &str) -> (usize, usize) {
    let start = text.find(after).expect("`after` is in the text");
    let offset = start + text[start..].find(needle).expect("`needle` is in the text");
    let line = text[..offset].matches('\n').count() + 1;
    let col = text[..offset].rsplit('\n').next().unwrap().chars().count() + 1;
    (line, col)
}

const ACTING: &str = r#"title: "acting Prime Minister", from: "2021-05-10", until: "2021-08-02""#;

#[test]
fn dated_roles_load_and_are_looked_up_by_date() {
    let text = with_roles(ACTING, r#"title: "Prime Minister", from: "2021-08-03""#);
    let data = loads(&text);
    let p = &data.actors()[1];
    assert_eq!(p.roles.len(), 2);
    assert_eq!(p.roles[0].from, Some(date("2021-05-10")));
    assert_eq!(p.role_on(date("2021-06-28")), "acting Prime Minister");
    assert_eq!(p.role_on(date("2021-08-03")), "Prime Minister");
    assert_eq!(p.role_on(date("2020-11-09")), "Prime Minister");
    assert_eq!(
        data.role_of("pashinyan", date("2021-08-02")),
        Some("acting Prime Minister")
    );
    assert_eq!(data.role_of("nobody", date("2021-08-02")), None);
    // Either end may be left out, and `Some(…)` may be written out.
    let open = with_roles(
        r#"title: "Speaker", until: Some("2021-08")"#,
        r#"title: "Foreign Minister", from: "2021-08-19""#,
    );
    let data = loads(&open);
    assert_eq!(data.actors()[1].roles[0].from, None);
    assert_eq!(
        data.actors()[1].role_on(date("2021-08-25")),
        "Foreign Minister"
    );
}

#[test]
fn overlapping_roles_are_reported_at_the_later_start_with_the_earlier_end() {
    // Ends are inclusive: a role that ends on the day the next begins overlaps it.
    let text = with_roles(ACTING, r#"title: "Prime Minister", from: "2021-08-02""#);
    let d = only_problem(&text);
    assert_eq!(
        at(&d),
        position_of(&text, "Role(title: \"Prime", "\"2021-08-02\"")
    );
    assert_eq!(at(&d), (8, 53));
    assert_eq!(
        d.message,
        r#"role "Prime Minister" (from 2021-08-02) overlaps role "acting Prime Minister" (2021-05-10 to 2021-08-02)"#
    );
    let (line, col, what) = d.related.expect("the other role is shown");
    assert_eq!(
        (line, col),
        position_of(&text, "until: \"2021-08-02", "\"2021")
    );
    assert_eq!(what, "the other role");
    // Listed in the other order, the same pair is reported the same way.
    let text = with_roles(r#"title: "Prime Minister", from: "2021-08-02""#, ACTING);
    let d = only_problem(&text);
    assert_eq!(at(&d), (7, 53));
    assert!(
        d.message.starts_with(r#"role "Prime Minister""#),
        "{}",
        d.message
    );
    // A role inside another, and two open-ended roles.
    let text = with_roles(
        ACTING,
        r#"title: "inner", from: "2021-06", until: "2021-06""#,
    );
    assert_eq!(at(&only_problem(&text)), (8, 44));
    let text = with_roles(
        r#"title: "a", until: "2021-08-02""#,
        r#"title: "b", until: "2020""#,
    );
    assert_eq!(
        at(&only_problem(&text)),
        (8, 41),
        "reported at the until of the one without a start"
    );
}

#[test]
fn an_imprecise_end_overlaps_only_where_it_surely_does() {
    // "Speaker until August 2021" beside "Foreign Minister from 19 August 2021": the month may
    // end before the 19th, so the two do not surely overlap.
    for (first, second) in [
        (
            r#"title: "Speaker", until: "2021-08""#,
            r#"title: "Foreign Minister", from: "2021-08-19""#,
        ),
        (
            r#"title: "Speaker", until: "2021-08""#,
            r#"title: "Foreign Minister", from: "2021-08""#,
        ),
        (
            r#"title: "Speaker", until: "2021""#,
            r#"title: "Foreign Minister", from: "2021-08""#,
        ),
    ] {
        loads(&with_roles(first, second));
    }
    // Surely overlapping: September 2021 begins after the 19th of August.
    let text = with_roles(
        r#"title: "Speaker", until: "2021-09""#,
        r#"title: "Foreign Minister", from: "2021-08-19""#,
    );
    let d = only_problem(&text);
    assert_eq!(
        at(&d),
        position_of(&text, "Role(title: \"Foreign", "\"2021-08-19\"")
    );
    assert!(d.message.contains("overlaps"), "{}", d.message);
}

#[test]
fn inverted_periods_and_bad_roles() {
    let text = with_roles(
        r#"title: "acting Prime Minister", from: "2021-05-10", until: "2021-05-01""#,
        r#"title: "Prime Minister", from: "2021-08-03""#,
    );
    let d = only_problem(&text);
    assert_eq!(at(&d), (7, 81));
    assert_eq!(d.message, "`until` 2021-05-01 is before `from` 2021-05-10");
    // A month `until` may reach past a day `from` of the same month: not inverted.
    loads(&with_roles(
        r#"title: "acting", from: "2021-05-10", until: "2021-05""#,
        r#"title: "Prime Minister", from: "2021-08-03""#,
    ));
    let d = only_problem(&with_roles(
        r#"title: "acting", from: "2021-05", until: "2021-04""#,
        r#"title: "Prime Minister", from: "2021-08-03""#,
    ));
    assert_eq!(d.message, "`until` 2021-04 is before `from` 2021-05");
    // No period at all, at the role itself.
    let d = only_problem(&with_roles(ACTING, r#"title: "Prime Minister""#));
    assert_eq!(at(&d), (8, 17));
    assert_eq!(d.message, "a dated role has neither `from` nor `until`");
    // An impossible date and an empty title, each at its value.
    let ds = problems(&with_roles(
        r#"title: "acting", from: "2021-02-30""#,
        r#"title: " ", until: "2021-01""#,
    ));
    assert_eq!(
        ds.iter().map(at).collect::<Vec<_>>(),
        [(7, 45), (8, 29)],
        "{}",
        render(&ds)
    );
    assert!(
        ds[0].message.starts_with("impossible date"),
        "{}",
        ds[0].message
    );
    assert_eq!(ds[1].message, "a role's title is empty");
    // An unknown field is a syntax error at its name.
    let d = syntax_error(&with_roles(
        ACTING,
        r#"title: "Prime Minister", since: "2021""#,
    ));
    assert_eq!(at(&d), (8, 47));
    assert!(d.message.contains("`since`"), "{}", d.message);
}

#[test]
fn a_short_name_names_the_actor_in_rows_and_may_not_be_empty() {
    let text = r#"Dataset(
    title: "t",
    actors: [
        Actor(id: "vdl", name: "Ursula von der Leyen", short: "von der Leyen", kind: Person, role: "r"),
        Actor(id: "aliyev", name: "Ilham Aliyev", kind: Person, role: "r"),
        Actor(id: "kremlin", name: "Kremlin", kind: Office, role: "r"),
    ],
)"#;
    let data = loads(text);
    let names: Vec<&str> = data.dataset.actors.iter().map(|a| a.short_name()).collect();
    assert_eq!(names, ["von der Leyen", "Aliyev", "Kremlin"]);
    let d = only_problem(&with(text, r#"short: "von der Leyen""#, r#"short: " ""#));
    assert_eq!(at(&d), (4, 63));
    assert_eq!(d.message, "the actor's short name is empty");
}
