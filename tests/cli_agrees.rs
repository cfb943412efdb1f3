//! The command line agrees with the browser: the ids `show` takes are shown, a range that ends
//! before it starts is refused, and kinds are written in one vocabulary.

mod common;

use common::{builtin, readout};
use readout::data::{Interaction, InteractionKind, load_str};

const SMALL: &str = "tests/fixtures/small.ron";

#[test]
fn a_range_that_ends_before_it_starts_is_refused_as_the_browser_refuses_it() {
    for args in [
        &["list", "--since", "2023", "--until", "2022"][..],
        &["export", "--since", "2022-08", "--until", "2022-07-31"],
        &[
            "list",
            "--data",
            SMALL,
            "--since",
            "2022-08-01",
            "--until",
            "2022-07",
        ],
    ] {
        let run = readout(args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert_eq!(run.stdout, "", "{args:?}");
        assert!(
            run.stderr.contains("ends (") && run.stderr.contains("before it starts"),
            "{args:?}: {run:?}"
        );
    }
    // The message is the range prompt's.
    let prompt = readout::query::parse_range("2023..2022").unwrap_err();
    assert!(
        readout(&["list", "--since", "2023", "--until", "2022"])
            .stderr
            .contains(&prompt)
    );
    // Each date is the whole period it names: July 2022 to the end of 2022 is a range.
    let run = readout(&["list", "--since", "2022-07", "--until", "2022"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(!run.stdout.is_empty());
}

#[test]
fn list_ids_shows_the_ids_show_takes() {
    let run = readout(&["list", "--ids", "--data", SMALL]);
    assert_eq!(run.code, 0, "{run:?}");
    let data = load_str(SMALL, common::SMALL).unwrap();
    let lines: Vec<&str> = run.stdout.lines().collect();
    assert_eq!(lines.len(), data.interactions().len());
    for line in &lines {
        let id = line.split_whitespace().next().unwrap();
        let shown = readout(&["show", "--data", SMALL, id]);
        assert_eq!(shown.code, 0, "{id}: {shown:?}");
        assert!(shown.stdout.contains(&format!("id:           {id}")));
    }
    // Without --ids, the rows are as before: the date first.
    let plain = readout(&["list", "--data", SMALL]);
    assert!(
        plain.stdout.lines().all(|l| l.starts_with("202")) && !plain.stdout.contains("-call "),
        "{plain:?}"
    );
    // The error of `show` points at what shows the ids.
    let missing = readout(&["show", "--data", SMALL, "no-such-id"]);
    assert_eq!(missing.code, 1);
    assert!(missing.stderr.contains("readout list --ids"), "{missing:?}");
}

#[test]
fn json_csv_and_the_browser_write_kinds_in_one_vocabulary() {
    let json = readout(&["export", "--format", "json"]);
    assert_eq!(json.code, 0, "{json:?}");
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap();
    let kinds: Vec<&str> = v
        .as_array()
        .unwrap()
        .iter()
        .map(|it| it["kind"].as_str().unwrap())
        .collect();
    let labels: Vec<&str> = InteractionKind::ALL.iter().map(|k| k.label()).collect();
    assert!(kinds.contains(&"call"), "{kinds:?}");
    for k in &kinds {
        assert!(
            labels.contains(k),
            "JSON writes {k:?}, which the browser does not say"
        );
    }
    let csv = readout(&["export", "--format", "csv"]);
    let csv_kinds: Vec<String> = csv
        .stdout
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').nth(3).map(str::to_owned))
        .collect();
    assert!(csv_kinds.iter().any(|k| k == "call"));
    // The JSON reads back into the data model, as it was.
    // Each row also carries `roles` (the role each actor held on its date), which the data
    // model derives rather than stores: the rest is the model's own fields.
    let mut rows: Vec<serde_json::Value> = serde_json::from_str(&json.stdout).unwrap();
    for row in &mut rows {
        row.as_object_mut().unwrap().remove("roles");
    }
    let back: Vec<Interaction> = rows
        .into_iter()
        .map(|row| serde_json::from_value(row).unwrap())
        .collect();
    assert_eq!(back, builtin().interactions());
}

#[test]
fn the_data_file_writes_the_words_and_reads_the_older_names_too() {
    let data = builtin();
    let it = &data.interactions()[0];
    let ron = ron::to_string(&it.kind).unwrap();
    assert_eq!(ron, it.kind.label());
    for kind in InteractionKind::ALL {
        let word: InteractionKind = ron::from_str(kind.label()).unwrap();
        let old: InteractionKind = ron::from_str(&format!("{kind:?}")).unwrap();
        assert_eq!((word, old), (kind, kind));
    }
    // A file in the older names (the small fixture writes `kind: PhoneCall`) loads.
    assert!(common::SMALL.contains("kind: PhoneCall"));
    let small = load_str(SMALL, common::SMALL).unwrap();
    assert!(
        small
            .interactions()
            .iter()
            .any(|it| it.kind == InteractionKind::PhoneCall)
    );
}
