//! The `readout` binary, run as a user runs it: stdout and stderr are pipes, stdin is empty.
//!
//! Every run starts in the package directory, so fixtures are named by relative paths, as they
//! appear in the messages.

use std::collections::HashSet;
use std::path::Path;

mod common;

use common::{builtin, is_unsafe_in_lines, path, readout};
use readout::data::{Data, load_file};
use unicode_width::UnicodeWidthStr;

const SMALL: &str = "tests/fixtures/small.ron";
const WIDE: &str = "tests/fixtures/wide.ron";
const CONTROL: &str = "tests/fixtures/control-chars.ron";
const EVERY_PROBLEM: &str = "tests/fixtures/bad/every-problem.ron";
const UNKNOWN_FIELD: &str = "tests/fixtures/bad/unknown-field.ron";

/// Runs and expects success with nothing on stderr.
fn ok(args: &[&str]) -> String {
    let run = readout(args);
    assert_eq!(run.code, 0, "readout {args:?}: {run:?}");
    assert_eq!(run.stderr, "", "readout {args:?}: {run:?}");
    run.stdout
}

/// Runs and expects the exit code `code`, nothing on stdout and a message on stderr.
fn fails(code: i32, args: &[&str]) -> String {
    let run = readout(args);
    assert_eq!(run.code, code, "readout {args:?}: {run:?}");
    assert_eq!(run.stdout, "", "readout {args:?}: {run:?}");
    assert!(!run.stderr.trim().is_empty(), "readout {args:?}: {run:?}");
    run.stderr
}

fn load(rel: &str) -> Data {
    load_file(&path(rel)).unwrap()
}

/// The ids `list --format json` prints for `args`.
fn listed(args: &[&str]) -> Vec<String> {
    let mut all = vec!["list", "--format", "json"];
    all.extend_from_slice(args);
    let out = ok(&all);
    let json: serde_json::Value = serde_json::from_str(&out).expect("list prints JSON");
    json.as_array()
        .expect("an array")
        .iter()
        .map(|it| it["id"].as_str().expect("an id").to_owned())
        .collect()
}

fn small_ids(args: &[&str]) -> Vec<String> {
    let mut all = vec!["--data", SMALL];
    all.extend_from_slice(args);
    listed(&all)
}

// ---------------------------------------------------------------------------------------------
// check

#[test]
fn check_builtin_prints_the_summary() {
    let out = ok(&["check"]);
    let data = builtin();
    let quotes: usize = data.interactions().iter().map(|it| it.quotes.len()).sum();
    let sources: HashSet<_> = data
        .interactions()
        .iter()
        .flat_map(|it| &it.sources)
        .map(|s| (&s.outlet, &s.title, &s.url))
        .collect();
    assert_eq!(
        out,
        format!(
            "{} interactions, {} actors, {} quotes, {} sources\n",
            data.interactions().len(),
            data.actors().len(),
            quotes,
            sources.len()
        )
    );
}

#[test]
fn check_a_file_prints_its_summary() {
    let summary = "5 interactions, 5 actors, 2 quotes, 5 sources\n";
    assert_eq!(ok(&["check", SMALL]), summary);
    assert_eq!(ok(&["check", "--data", SMALL]), summary);
    // One of each is singular.
    assert_eq!(
        ok(&["check", CONTROL]),
        "1 interaction, 2 actors, 1 quote, 1 source\n"
    );
}

#[test]
fn check_a_broken_file_prints_every_problem() {
    // (line, column, start of the message) of every problem of the fixture; tests/load.rs
    // checks the same positions through the library.
    let expected: &[(usize, usize, &str)] = &[
        (15, 26, r#"unknown actor "armenia" in affiliation"#),
        (
            16,
            22,
            r#"country "Armenia" is not an ISO 3166 alpha-3 code"#,
        ),
        (17, 23, r#"wikidata "7758" is not a Wikidata item id"#),
        (20, 19, r#"actor id "Blinken" is not lowercase"#),
        (20, 114, r#"unknown actor "usa" in affiliation"#),
        (21, 19, r#"duplicate actor id "aliyev""#),
        (26, 19, "impossible date: 2022-02 has no day 30"),
        (27, 20, "impossible date: 2022 has no month 13"),
        (29, 28, r#"unknown actor "aliev" in participants"#),
        (30, 24, r#"unknown actor "Pashinian" in initiator"#),
        (31, 25, r#"unknown actor "zzz" in mediators"#),
        (32, 20, "the interaction's title is empty"),
        (34, 37, r#"unknown actor "putin" in speaker"#),
        (34, 52, "the quote's text is empty"),
        (35, 23, "the source has neither a title nor a url"),
        (35, 54, "impossible date: 2022-04 has no day 31"),
        (38, 17, r#"duplicate interaction id "call""#),
        (40, 20, "`until` 2022-07-20 is before `date` 2022-07-25"),
        (43, 20, "the interaction's title is more than one line"),
        (47, 9, r#"interaction "unsourced" has no source"#),
    ];
    let err = fails(1, &["check", EVERY_PROBLEM]);
    let headers: Vec<&str> = err
        .lines()
        .filter(|l| l.starts_with(EVERY_PROBLEM))
        .collect();
    assert_eq!(headers.len(), expected.len(), "{err}");
    for (line, col, message) in expected {
        let header = format!("{EVERY_PROBLEM}:{line}:{col}: {message}");
        assert!(
            headers.iter().any(|h| h.starts_with(&header)),
            "missing {header:?} in:\n{err}"
        );
    }
    // With the excerpts, the suggestions and the related places.
    assert!(err.contains("^ did you mean \"aliyev\"?"), "{err}");
    assert!(err.contains("^ did you mean \"pashinyan\"?"), "{err}");
    assert!(
        err.contains(&format!("note: first defined here: {EVERY_PROBLEM}:7:19")),
        "{err}"
    );
    assert!(
        err.contains(&format!("note: first used here: {EVERY_PROBLEM}:25:17")),
        "{err}"
    );
    assert!(err.ends_with("\n20 problems\n"), "{err}");
    // --data names the same file.
    assert_eq!(fails(1, &["check", "--data", EVERY_PROBLEM]), err);
}

#[test]
fn check_a_syntax_error() {
    let err = fails(1, &["check", UNKNOWN_FIELD]);
    assert!(
        err.starts_with(&format!(
            "{UNKNOWN_FIELD}:11:13: Unexpected field named `participant`"
        )),
        "{err}"
    );
    assert!(
        err.contains("11 |             participant: [\"a\"],\n"),
        "{err}"
    );
}

#[test]
fn check_invalid_utf8() {
    let file = Path::new(env!("CARGO_TARGET_TMPDIR")).join("readout-not-utf8.ron");
    // `Ա` is two bytes: 0xff is byte 23 of the file and character 14 of line 2.
    std::fs::write(&file, b"Dataset(\n    title: \"\xd4\xb1\xff\",\n)\n").unwrap();
    let name = file.to_str().unwrap();
    let err = fails(1, &["check", name]);
    assert!(
        err.starts_with(&format!(
            "{name}:2:14: the file is not valid UTF-8: byte 0xff at byte offset 23"
        )),
        "{err}"
    );
}

#[test]
fn check_a_missing_file() {
    let missing = "tests/fixtures/no-such-file.ron";
    let err = fails(1, &["check", missing]);
    assert!(err.starts_with(&format!("{missing}: cannot read")), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    let err = fails(1, &["list", "--data", missing]);
    assert!(err.contains(missing), "{err}");
    let err = fails(1, &["show", "x", "--data", missing]);
    assert!(err.contains(missing), "{err}");
}

#[test]
fn a_missing_file_with_control_characters_in_its_name() {
    let err = fails(1, &["check", "tests/fixtures/no\u{1b}]0;pwned\u{7}.ron"]);
    assert!(!err.chars().any(is_unsafe_in_lines), "{err:?}");
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["check", "--nope"][..],
        &["--nope"],
        &["list", "--format", "xml"],
        &["list", "--since", "notadate"],
        &["list", "--since", "July 2022"],
        &["list", "--until", "2022-02-30"],
        &["list", "--until", "2022-13"],
        &["list", "extra"],
        &["show"],
        &["show", "a", "b"],
        &["check", SMALL, "--data", SMALL],
        &["check", SMALL, SMALL],
        // The browser too, before it touches the terminal.
        &[SMALL, "--data", SMALL],
    ] {
        let err = fails(2, args);
        assert!(err.contains("error"), "readout {args:?}: {err}");
    }
    let err = fails(2, &["list", "--since", "notadate"]);
    assert!(err.contains("notadate"), "{err}");
    let err = fails(2, &["list", "--format", "xml"]);
    assert!(err.contains("xml") && err.contains("csv"), "{err}");
}

#[test]
fn help_and_version() {
    let help = ok(&["--help"]);
    for word in ["Usage", "check", "list", "show", "--data"] {
        assert!(help.contains(word), "{word} in:\n{help}");
    }
    let help = ok(&["list", "--help"]);
    for word in ["--actor", "--any", "--since", "--until", "--format"] {
        assert!(help.contains(word), "{word} in:\n{help}");
    }
    assert_eq!(
        ok(&["--version"]),
        format!("readout {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn the_examples_of_the_help_work() {
    assert!(!ok(&["list", "--actor", "aliyev", "--actor", "blinken"]).is_empty());
    assert!(ok(&["show", "2022-07-25-blinken-aliyev-call"]).starts_with("Blinken"));
    assert!(
        ok(&[
            "list", "--search", "tbilisi", "--since", "2022-07", "--until", "2022-07"
        ])
        .contains("Tbilisi")
    );
    assert!(ok(&["export", "--format", "csv", "--actor", "pashinyan"]).starts_with("id,date,"));
}

#[test]
fn the_browser_with_invalid_data_prints_the_errors_without_touching_the_terminal() {
    for args in [
        &[EVERY_PROBLEM][..],
        &["--data", EVERY_PROBLEM],
        &[UNKNOWN_FIELD],
        &["tests/fixtures/no-such-file.ron"],
    ] {
        let err = fails(1, args);
        // No escape sequence: no alternate screen, no raw mode, no cursor moves.
        assert!(!err.contains('\u{1b}'), "{err:?}");
    }
    let err = fails(1, &[EVERY_PROBLEM]);
    assert!(err.ends_with("\n20 problems\n"), "{err}");
}

// ---------------------------------------------------------------------------------------------
// list

/// The text rows of `list`: each must end with its title, and the titles must start at the same
/// display column on every row. Returns the rows.
fn aligned(args: &[&str]) -> Vec<String> {
    let mut text = vec!["list"];
    text.extend_from_slice(args);
    let out = ok(&text);
    let mut json = vec!["list", "--format", "json"];
    json.extend_from_slice(args);
    let items: serde_json::Value = serde_json::from_str(&ok(&json)).unwrap();
    // JSON carries the data's exact text; the text rows show control characters as
    // placeholders.
    let titles: Vec<String> = items
        .as_array()
        .unwrap()
        .iter()
        .map(|it| {
            readout::data::clean::clean_text(it["title"].as_str().unwrap(), false).into_owned()
        })
        .collect();
    let rows: Vec<String> = out.lines().map(str::to_owned).collect();
    assert_eq!(rows.len(), titles.len(), "{out}");
    let mut starts = HashSet::new();
    for (row, title) in rows.iter().zip(&titles) {
        let head = row.strip_suffix(title.as_str()).unwrap_or_else(|| {
            panic!("the row does not end with its whole title {title:?}:\n{row}")
        });
        assert!(head.ends_with("  "), "columns are separated: {row:?}");
        starts.insert(head.width());
    }
    assert!(
        starts.len() <= 1,
        "titles start at columns {starts:?}:\n{out}"
    );
    rows
}

#[test]
fn list_everything_in_date_order() {
    let rows = aligned(&["--data", SMALL]);
    let titles = [
        "A clash in 2021",
        "Talks with a mediator",
        "Pashinyan phones Moscow",
        "Blinken calls Aliyev",
        "Blinken calls Pashinyan",
    ];
    assert_eq!(rows.len(), titles.len());
    for (row, title) in rows.iter().zip(titles) {
        assert!(row.ends_with(title), "{row}");
    }
    assert!(rows[0].starts_with("2021  "), "{}", rows[0]);
    assert!(rows[2].starts_with("2022-07  "), "{}", rows[2]);
    assert!(rows[3].starts_with("2022-07-25  call  "), "{}", rows[3]);
    assert_eq!(
        small_ids(&[]),
        ["clash", "talks", "call-p-putin", "call-b-a", "call-b-p"]
    );
    // The built-in dataset, in the library's order.
    let data = builtin();
    let expected: Vec<&str> = data
        .interactions()
        .iter()
        .map(|it| it.id.as_str())
        .collect();
    assert_eq!(listed(&[]), expected);
    aligned(&[]);
}

#[test]
fn list_text_is_aligned_and_not_cut_when_piped() {
    let rows = aligned(&["--data", WIDE]);
    let data = load(WIDE);
    let long = &data
        .interactions()
        .iter()
        .find(|it| it.id == "four")
        .unwrap()
        .title;
    assert!(long.width() > 300);
    assert!(rows.iter().any(|r| r.ends_with(long.as_str())));
    assert!(rows.iter().any(|r| r.ends_with("THE VERY END")));
    // Wide and non-Latin names in the participants column.
    assert!(
        rows.iter().any(|r| r.contains("李明, Փաշինյան")),
        "{rows:#?}"
    );
    aligned(&["--data", WIDE, "--actor", "li"]);
    aligned(&["--data", CONTROL]);
}

#[test]
fn list_by_one_actor_however_named() {
    let pashinyan = ["talks", "call-p-putin", "call-b-p"];
    for name in [
        "pashinyan",
        "Nikol Pashinyan",
        "Նիկոլ Փաշինյան",
        "Pashinian",
        "PASHINYAN",
        "nikol pashinyan",
        "ՆԻԿՈԼ ՓԱՇԻՆՅԱՆ",
        "pAsHiNiAn",
    ] {
        assert_eq!(small_ids(&["--actor", name]), pashinyan, "--actor {name:?}");
    }
    // Azerbaijani `İ` lowercases to `i` and a combining dot: still the same name.
    for name in ["Aliev", "İlham Əliyev", "İLHAM ƏLİYEV", "ilham əliyev"] {
        assert_eq!(
            small_ids(&["--actor", name]),
            ["clash", "talks", "call-b-a"],
            "--actor {name:?}"
        );
    }
    // A mediator takes part too; a quoted speaker only with --any-role.
    assert_eq!(
        small_ids(&["--actor", "blinken"]),
        ["talks", "call-b-a", "call-b-p"]
    );
    assert!(small_ids(&["--actor", "The Kremlin"]).is_empty());
    assert_eq!(
        small_ids(&["--actor", "The Kremlin", "--any-role"]),
        ["call-p-putin"]
    );
    aligned(&["--data", SMALL, "--actor", "pashinyan"]);
}

#[test]
fn list_by_several_actors_all_or_any() {
    assert_eq!(
        small_ids(&["--actor", "blinken", "--actor", "Ilham Aliyev"]),
        ["talks", "call-b-a"]
    );
    assert_eq!(
        small_ids(&["--actor", "blinken", "--actor", "Ilham Aliyev", "--any"]),
        ["clash", "talks", "call-b-a", "call-b-p"]
    );
    assert_eq!(
        small_ids(&["--any", "--actor", "pashinyan", "--actor", "aliyev"]),
        ["clash", "talks", "call-p-putin", "call-b-a", "call-b-p"]
    );
    assert_eq!(
        small_ids(&["--actor", "pashinyan", "--actor", "aliyev"]),
        ["talks"]
    );
    // Nothing in common: an empty list, not an error.
    assert!(small_ids(&["--actor", "kremlin", "--actor", "aliyev"]).is_empty());
    assert_eq!(
        ok(&[
            "list", "--data", SMALL, "--actor", "kremlin", "--actor", "aliyev"
        ]),
        ""
    );
    // The built-in example.
    let data = builtin();
    let both: Vec<&str> = data
        .interactions()
        .iter()
        .filter(|it| {
            let takes_part = |id: &str| {
                it.participants.iter().any(|p| p == id)
                    || it.initiator.as_deref() == Some(id)
                    || it.mediators.iter().any(|m| m == id)
                    || it.quotes.iter().any(|q| q.speaker == id)
            };
            takes_part("aliyev") && takes_part("blinken")
        })
        .map(|it| it.id.as_str())
        .collect();
    assert!(!both.is_empty());
    assert_eq!(listed(&["--actor", "aliyev", "--actor", "blinken"]), both);
}

#[test]
fn list_by_dates() {
    assert_eq!(
        small_ids(&["--since", "2022-07-20"]),
        ["call-p-putin", "call-b-a", "call-b-p"]
    );
    assert_eq!(
        small_ids(&["--until", "2022-07-01"]),
        ["clash", "talks", "call-p-putin"]
    );
    assert_eq!(small_ids(&["--until", "2022-06-30"]), ["clash", "talks"]);
    assert_eq!(
        small_ids(&["--since", "2022-05-23", "--until", "2022-05-23"]),
        ["talks"]
    );
    assert_eq!(
        small_ids(&["--since", "2022", "--until", "2022-07"]),
        ["talks", "call-p-putin", "call-b-a", "call-b-p"]
    );
    assert_eq!(small_ids(&["--until", "2021"]), ["clash"]);
    assert!(small_ids(&["--since", "2023"]).is_empty());
    assert_eq!(
        small_ids(&["--actor", "pashinyan", "--since", "2022-07-20"]),
        ["call-p-putin", "call-b-p"]
    );
}

#[test]
fn list_an_unknown_actor() {
    let err = fails(2, &["list", "--data", SMALL, "--actor", "aliyv"]);
    assert!(err.contains("\"aliyv\""), "{err}");
    assert!(err.contains("did you mean \"aliyev\"?"), "{err}");
    // Part of a name is matched as the picker matches it (it used to be refused with a
    // suggestion): "Pashin" is the one actor whose name starts so.
    assert_eq!(
        ok(&["list", "--data", SMALL, "--actor", "Pashin"]),
        ok(&["list", "--data", SMALL, "--actor", "pashinyan"])
    );
    // Nothing close: no suggestion.
    let err = fails(2, &["list", "--data", SMALL, "--actor", "Zelensky"]);
    assert!(!err.contains("did you mean"), "{err}");
    // One unknown among known ones still fails.
    fails(
        2,
        &[
            "list", "--data", SMALL, "--actor", "aliyev", "--actor", "nobody",
        ],
    );
}

#[test]
fn list_as_json() {
    let out = ok(&["list", "--data", SMALL, "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    let items = json.as_array().unwrap();
    assert_eq!(items.len(), 5);
    let talks = items.iter().find(|it| it["id"] == "talks").unwrap();
    assert_eq!(talks["date"], "2022-05-22");
    assert_eq!(talks["until"], "2022-05-23");
    assert_eq!(talks["mediators"], serde_json::json!(["blinken"]));
    let call = items.iter().find(|it| it["id"] == "call-p-putin").unwrap();
    assert_eq!(call["date"], "2022-07");
    assert_eq!(call["quotes"][0]["text"], "ensuring security");
    assert_eq!(call["sources"][0]["url"], "https://example.org/b");
    // An empty result is an empty array.
    let out = ok(&[
        "list", "--data", SMALL, "--format", "json", "--since", "2030",
    ]);
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&out).unwrap(),
        serde_json::json!([])
    );
    // The built-in dataset too.
    let out = ok(&["list", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        json.as_array().unwrap().len(),
        builtin().interactions().len()
    );
}

#[test]
fn list_as_csv() {
    let out = ok(&["list", "--data", SMALL, "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let headers = reader.headers().unwrap().clone();
    assert_eq!(
        headers.iter().collect::<Vec<_>>(),
        [
            "id",
            "date",
            "until",
            "kind",
            "class",
            "participants",
            "initiator",
            "mediators",
            "place",
            "title",
            "topics",
            "quotes",
            "sources",
            "event_code",
            "goldstein",
            "tone",
            "mentions",
            "num_sources",
            "articles",
            "event_ids",
            "participant_roles",
            "initiator_role",
            "mediator_roles"
        ]
    );
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let ids: Vec<&str> = rows.iter().map(|r| &r[column("id")]).collect();
    assert_eq!(
        ids,
        ["clash", "talks", "call-p-putin", "call-b-a", "call-b-p"]
    );
    let talks = &rows[1];
    assert_eq!(&talks[column("until")], "2022-05-23");
    assert_eq!(
        &talks[column("participants")],
        "Nikol Pashinyan; Ilham Aliyev"
    );
    assert_eq!(&talks[column("mediators")], "Antony Blinken");
    assert_eq!(
        &talks[column("participant_roles")],
        "Prime Minister of Armenia | President of Azerbaijan"
    );
    assert_eq!(&talks[column("mediator_roles")], "U.S. Secretary of State");
    assert_eq!(&talks[column("place")], "Brussels");
    assert_eq!(&rows[2][column("date")], "2022-07");
    assert_eq!(&rows[2][column("quotes")], "1");
    assert_eq!(&rows[3][column("sources")], "https://example.org/a");
    // Hand-written data has no machine coding: its columns are empty.
    assert!(rows.iter().all(|r| r[column("event_code")].is_empty()));
    // Titles with commas and quotes survive the quoting.
    let out = ok(&["list", "--data", WIDE, "--format", "csv"]);
    let mut reader = csv::Reader::from_reader(out.as_bytes());
    let titles: Vec<String> = reader.records().map(|r| r.unwrap()[9].to_owned()).collect();
    let data = load(WIDE);
    let expected: Vec<&str> = data
        .interactions()
        .iter()
        .map(|it| it.title.as_str())
        .collect();
    assert_eq!(titles, expected);
    // Only the header when nothing matches.
    let out = ok(&[
        "list", "--data", SMALL, "--format", "csv", "--since", "2030",
    ]);
    assert_eq!(out.lines().count(), 1, "{out}");
}

#[test]
fn output_never_holds_control_characters_of_the_data() {
    for args in [
        &["list", "--data", CONTROL][..],
        &["list", "--data", CONTROL, "--format", "json"],
        &["list", "--data", CONTROL, "--format", "csv"],
        &["show", "esc", "--data", CONTROL],
    ] {
        let out = ok(args);
        assert!(
            !out.chars().any(is_unsafe_in_lines),
            "readout {args:?}:\n{out:?}"
        );
    }
    let out = ok(&["show", "esc", "--data", CONTROL]);
    assert!(out.contains("Eve␛]0;pwned␇"), "{out}");
}

// ---------------------------------------------------------------------------------------------
// show

#[test]
fn show_an_interaction_in_full() {
    let out = ok(&["show", "call-b-a", "--data", SMALL]);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines[0], "Blinken calls Aliyev");
    for expected in [
        "id:           call-b-a",
        "date:         2022-07-25",
        "kind:         call · verbal cooperation",
        "participants: Antony Blinken — U.S. Secretary of State",
        "              Ilham Aliyev — President of Azerbaijan",
        "initiator:    Antony Blinken — U.S. Secretary of State",
        "topics:       peace-treaty",
        "A call.",
        "Quotes",
        "  “Words of praise.”",
        "    — Antony Blinken (U.S. Secretary of State), tweet, Outlet A, 2022-07",
        "Source",
        "  - Outlet A, “Headline A”, 2022-07",
        "    https://example.org/a",
    ] {
        assert!(lines.contains(&expected), "{expected:?} in:\n{out}");
    }

    let out = ok(&["show", "talks", "--data", SMALL]);
    let lines: Vec<&str> = out.lines().collect();
    for expected in [
        "date:         2022-05-22 to 2022-05-23",
        "place:        Brussels",
        "participants: Nikol Pashinyan — Prime Minister of Armenia",
        "              Ilham Aliyev — President of Azerbaijan",
        "mediators:    Antony Blinken — U.S. Secretary of State",
        "  - Outlet C, “Headline C”",
    ] {
        assert!(lines.contains(&expected), "{expected:?} in:\n{out}");
    }
    assert!(!out.contains("Quotes"), "{out}");

    let out = ok(&["show", "call-p-putin", "--data", SMALL]);
    let lines: Vec<&str> = out.lines().collect();
    for expected in [
        "date:         2022-07 (day not known)",
        "  “ensuring security”",
        "    — The Kremlin (Office of the President of Russia), Outlet B, 2022-07",
        "  - Outlet B",
        "    https://example.org/b",
    ] {
        assert!(lines.contains(&expected), "{expected:?} in:\n{out}");
    }
    // Paragraphs of the summary stay paragraphs.
    let out = ok(&["show", "call-b-p", "--data", SMALL]);
    assert!(
        out.contains("\nAnother call.\nIn two paragraphs.\n"),
        "{out}"
    );
}

#[test]
fn show_is_not_wrapped_when_piped() {
    let data = builtin();
    let it = data
        .interactions()
        .iter()
        .max_by_key(|it| it.summary.len())
        .unwrap();
    let out = ok(&["show", &it.id]);
    for para in it.summary.split('\n') {
        assert!(out.lines().any(|l| l == para), "{para:?} in:\n{out}");
    }
    for q in &it.quotes {
        assert!(out.contains(&format!("“{}”", q.text)), "{out}");
    }
    for s in &it.sources {
        if let Some(url) = &s.url {
            assert!(out.lines().any(|l| l == format!("    {url}")), "{out}");
        }
    }
}

#[test]
fn show_an_unknown_id() {
    let err = fails(1, &["show", "talkz", "--data", SMALL]);
    assert!(err.contains("\"talkz\""), "{err}");
    assert!(err.contains("did you mean \"talks\"?"), "{err}");
    let err = fails(1, &["show", "2022-07-25-blinken-aliyev-cal"]);
    assert!(
        err.contains("did you mean \"2022-07-25-blinken-aliyev-call\"?"),
        "{err}"
    );
    let err = fails(1, &["show", "nothing-like-any-id", "--data", SMALL]);
    assert!(!err.contains("did you mean"), "{err}");
}

#[test]
fn data_before_the_command() {
    assert_eq!(
        ok(&["--data", SMALL, "check"]),
        "5 interactions, 5 actors, 2 quotes, 5 sources\n"
    );
    assert_eq!(ok(&["--data", SMALL, "list"]).lines().count(), 5);
    assert!(ok(&["--data", SMALL, "show", "talks"]).starts_with("Talks with a mediator\n"));
}

#[test]
fn a_file_before_a_command_is_a_usage_error_not_ignored() {
    for command in [&["list"][..], &["show", "talks"], &["check"]] {
        let mut args = vec![SMALL];
        args.extend_from_slice(command);
        let err = fails(2, &args);
        assert!(err.contains("--data FILE"), "{err}");
    }
}

#[test]
fn list_search_folds_as_the_browser_does() {
    assert_eq!(
        small_ids(&["--search", "əliyev"]),
        ["clash", "talks", "call-b-a"]
    );
    assert_eq!(small_ids(&["--search", "PASHINIAN brussels"]), ["talks"]);
    assert_eq!(
        small_ids(&["--search", "call", "--actor", "blinken"]),
        ["call-b-a", "call-b-p"]
    );
    assert!(small_ids(&["--search", "no-such-words"]).is_empty());
}

#[test]
fn since_and_until_take_whole_periods() {
    // --since 2022-07 --until 2022-07 is July 2022, the month-only call included.
    assert_eq!(
        small_ids(&["--since", "2022-07", "--until", "2022-07"]),
        ["call-p-putin", "call-b-a", "call-b-p"]
    );
    assert_eq!(small_ids(&["--since", "2022", "--until", "2022"]).len(), 4);
    assert_eq!(small_ids(&["--until", "2021"]), ["clash"]);
}

#[test]
fn markdown_has_a_section_per_interaction() {
    let md = ok(&[
        "list", "--data", SMALL, "--format", "markdown", "--actor", "blinken",
    ]);
    assert_eq!(
        md.matches("\n## ").count() + usize::from(md.starts_with("## ")),
        3
    );
    assert!(md.contains(
        "> “Words of praise.” — Antony Blinken (U.S. Secretary of State), tweet, Outlet A, 2022-07"
    ));
    assert!(md.contains("- [Outlet A, “Headline A”, 2022-07](https://example.org/a)"));
}

#[test]
fn export_writes_the_filtered_set() {
    let json = ok(&["export", "--data", SMALL, "--actor", "aliyev"]);
    let v: serde_json::Value = serde_json::from_str(&json).expect("export defaults to JSON");
    assert_eq!(v.as_array().map(Vec::len), Some(3));
    let csv_text = ok(&[
        "export", "--data", SMALL, "--format", "csv", "--search", "call",
    ]);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    assert_eq!(reader.headers().unwrap().get(0), Some("id"));
    assert_eq!(reader.records().count(), 3);
    let md = ok(&[
        "export", "--data", SMALL, "--format", "markdown", "--until", "2021",
    ]);
    assert!(md.starts_with("## A clash in 2021\n"), "{md}");
    fails(2, &["export", "--format", "text"]);
}

/// Every export names an actor with the role held on the interaction's date: Pashinyan was
/// acting Prime Minister in June 2021, and Prime Minister again in 2022.
#[test]
fn exports_give_the_role_of_the_time() {
    const CALL: &str = "2021-06-24-putin-pashinyan-call";
    let json = ok(&[
        "export",
        "--actor",
        "pashinyan",
        "--since",
        "2021-06",
        "--until",
        "2022-04",
    ]);
    let v: serde_json::Value = serde_json::from_str(&json).unwrap();
    let rows = v.as_array().unwrap();
    let call = rows
        .iter()
        .find(|r| r["id"] == CALL)
        .expect("the June 2021 call");
    assert_eq!(
        call["roles"]["pashinyan"],
        "acting Prime Minister of Armenia"
    );
    assert_eq!(call["roles"]["putin"], "President of Russia");
    // The interaction's own fields are as they were.
    assert_eq!(
        call["participants"],
        serde_json::json!(["putin", "pashinyan"])
    );
    let later = rows
        .iter()
        .find(|r| r["date"].as_str().unwrap() >= "2021-11")
        .unwrap();
    assert_eq!(later["roles"]["pashinyan"], "Prime Minister of Armenia");

    let csv_text = ok(&[
        "export",
        "--format",
        "csv",
        "--actor",
        "pashinyan",
        "--until",
        "2021-06-30",
    ]);
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    let headers = reader.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let rows: Vec<csv::StringRecord> = reader.records().map(Result::unwrap).collect();
    let call = rows.iter().find(|r| &r[column("id")] == CALL).unwrap();
    assert_eq!(
        &call[column("participants")],
        "Vladimir Putin; Nikol Pashinyan"
    );
    assert_eq!(
        &call[column("participant_roles")],
        "President of Russia | acting Prime Minister of Armenia"
    );
    assert_eq!(&call[column("initiator_role")], "President of Russia");
    let before = rows
        .iter()
        .find(|r| r[column("date")].starts_with("2020"))
        .unwrap();
    assert!(
        before[column("participant_roles")].contains("| Prime Minister of Armenia")
            || before[column("participant_roles")].starts_with("Prime Minister of Armenia"),
        "{before:?}"
    );

    let md = ok(&[
        "export",
        "--format",
        "markdown",
        "--actor",
        "pashinyan",
        "--since",
        "2021-06-24",
        "--until",
        "2021-06-24",
    ]);
    assert!(
        md.contains("- **Participants:** Vladimir Putin — President of Russia; Nikol Pashinyan — acting Prime Minister of Armenia"),
        "{md}"
    );
    assert!(
        md.contains("- **Initiator:** Vladimir Putin — President of Russia"),
        "{md}"
    );
}

#[test]
fn show_lists_pashinyan_as_acting_prime_minister_in_june_2021() {
    let out = ok(&["show", "2021-06-24-putin-pashinyan-call"]);
    assert!(
        out.contains("              Nikol Pashinyan — acting Prime Minister of Armenia\n"),
        "{out}"
    );
    // Before, the same actor holds the role the data gives by default.
    let out = ok(&["show", "2020-11-09-trilateral-ceasefire-statement"]);
    assert!(
        out.contains("Nikol Pashinyan — Prime Minister of Armenia\n"),
        "{out}"
    );
}
