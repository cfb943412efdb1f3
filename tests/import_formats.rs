//! `readout import` on every format: ACLED, ICEWS and POLECAT fixtures (invented rows in the
//! real layouts, see their READMEs), GDELT as BigQuery writes it (made here from the shared
//! export, in every variant an analyst meets), gzip, zip and standard input, recognition of
//! the format, `--merge`, and a property test per format: whatever an import writes loads.

use std::collections::BTreeSet;
use std::fs;
use std::io::Write;
use std::path::PathBuf;

use proptest::prelude::*;
use readout::data::{Data, EventCoding, Precision, load_str};
use readout::import::{Input, Kind, Options, run, write_ron};

mod common;
use common::{Run, path};

const SHARED: &str = "tests/fixtures/gdelt/20201114.export.CSV";
const ACLED: &str = "tests/fixtures/acled/current.csv";
const ACLED_EDITED: &str = "tests/fixtures/acled/edited.csv";
const ACLED_OLD: &str = "tests/fixtures/acled/pre-2023.csv";
const ACLED_MONADIC: &str = "tests/fixtures/acled/monadic.csv";
const ICEWS: &str = "tests/fixtures/icews/events.2019.tab";
const ICEWS_2017: &str = "tests/fixtures/icews/events.2017.tab";
const POLECAT: &str = "tests/fixtures/polecat/ngecEvents.test.txt";
const POLECAT_OLD: &str = "tests/fixtures/polecat/ngecEvents.old.txt";

fn run_with(args: &[&str], stdin: &[u8]) -> Run {
    common::readout_with_stdin(args, stdin)
}

fn run(args: &[&str]) -> Run {
    run_with(args, b"")
}

/// Runs `readout import ARGS`, expects success, and checks that the output passes `check`.
fn import(args: &[&str]) -> (Data, String) {
    let mut all = vec!["import"];
    all.extend_from_slice(args);
    let r = run(&all);
    assert_eq!(r.code, 0, "readout {all:?}: {r:?}");
    (checked(&r.stdout), r.stderr)
}

/// The dataset in `ron`, which `readout check` must accept.
fn checked(ron: &str) -> Data {
    let dir = scratch("checked");
    let file = dir.join(format!("{}.ron", ron.len()));
    fs::write(&file, ron).unwrap();
    let r = run(&["check", file.to_str().unwrap()]);
    assert_eq!(r.code, 0, "check refuses the import: {r:?}");
    load_str("import", ron).unwrap_or_else(|e| panic!("the import does not load:\n{e}"))
}

/// A directory the tests share while they run in parallel: never emptied.
fn scratch(test: &str) -> PathBuf {
    common::shared_scratch("formats", test)
}

fn interaction<'a>(data: &'a Data, id: &str) -> &'a readout::data::Interaction {
    data.interactions()
        .iter()
        .find(|it| it.id == id)
        .unwrap_or_else(|| panic!("no interaction {id}"))
}

// ---------------------------------------------------------------------------------------------
// ACLED

#[test]
fn acled_current_columns() {
    let (data, report) = import(&["acled", ACLED]);
    assert_eq!(
        report,
        "read 9 rows from 1 file\n\
         kept 5 rows: 5 interactions, 9 actors\n\
         skipped 4 bad rows: 1 bad event_date, 2 bad number, 1 repeated event_id_cnty\n  \
         tests/fixtures/acled/current.csv:7:9: event_date \"0025-09-01\": year 25 is outside 1900–2100\n  \
         tests/fixtures/acled/current.csv:8:25: time_precision \"4\" is not 1, 2 or 3\n  \
         tests/fixtures/acled/current.csv:9:127: fatalities \"several\" is not a count\n  \
         tests/fixtures/acled/current.csv:11:1: event_id_cnty ARM9004 was read before\n"
    );
    // time_precision 1, 2 and 3: a day, a week, a month; never a sure day for the last two.
    let day = interaction(&data, "acled-arm9001");
    assert_eq!(day.date.to_string(), "2024-11-01");
    let week = interaction(&data, "acled-arm9002");
    assert_eq!(week.date.precision(), Precision::Week);
    assert_eq!(week.date.to_string(), "2024-W45");
    let month = interaction(&data, "acled-aze9003");
    assert_eq!(month.date.to_string(), "2024-11");
    // The notes are the summary (two lines, quotes kept), said to be ACLED's summary.
    assert!(day.summary.starts_with("Invented row for tests: on 1 November 2024, shelling was reported near a \"test\" village; a house was damaged.\nA second line"));
    assert!(
        day.summary
            .contains("(ACLED's notes: a summary by its coders, not a quote.)")
    );
    let coding = day.coding.as_ref().unwrap();
    assert_eq!(coding.dataset, "ACLED");
    assert_eq!(coding.event, "Explosions/Remote violence");
    assert_eq!(
        coding.subtype.as_deref(),
        Some("Shelling/artillery/missile attack")
    );
    assert_eq!(coding.fatalities, Some(0));
    assert_eq!(day.sources[0].outlet, "Invented Daily; Example Radio");
    assert_eq!(
        day.place.as_deref(),
        Some("Sotk, Vardenis, Gegharkunik, Armenia")
    );
    // Associated actors take part beside their main actor.
    let names: Vec<&str> = week
        .participants
        .iter()
        .map(|id| data.name_of(id))
        .collect();
    assert_eq!(
        names,
        [
            "Protesters (Armenia)",
            "ABC: Invented Party of Armenia",
            "Teachers (Armenia)"
        ]
    );
    let azerbaijan = data
        .actors()
        .iter()
        .find(|a| a.name == "Military Forces of Azerbaijan (2003-)")
        .unwrap();
    assert_eq!(azerbaijan.country.as_deref(), Some("AZE"));
    // --country reads the event's numeric iso code.
    let (only, report) = import(&["acled", "--country", "ARM,AZE", ACLED]);
    assert_eq!(only.interactions().len(), 4);
    assert!(
        report.contains("left out 1 row: 1 with no actor of ARM, AZE\n"),
        "{report}"
    );
}

#[test]
fn acled_older_layouts() {
    // Pre-2023: 28 columns, the HXL row skipped, numeric inter codes, no fatalities.
    let (data, report) = import(&["acled", ACLED_OLD]);
    assert!(
        report.starts_with(
            "read 3 rows from 1 file\nkept 3 rows: 3 interactions, 3 actors\nskipped 0 bad rows\n"
        ),
        "{report}"
    );
    assert_eq!(
        interaction(&data, "acled-aze8002").date.to_string(),
        "2020-W42"
    );
    let it = interaction(&data, "acled-arm8001");
    assert_eq!(it.coding.as_ref().unwrap().fatalities, None);
    let mil = data
        .actors()
        .iter()
        .find(|a| a.name.starts_with("Military Forces of Azerbaijan"))
        .unwrap();
    assert_eq!(mil.role, "External/Other forces (AZE)");
    // Monadic, re-saved by a spreadsheet: one event per id, both actors kept.
    let (data, report) = import(&["acled", ACLED_MONADIC]);
    assert!(
        report.contains("kept 3 rows: 2 interactions (1 row merged into others), 3 actors"),
        "{report}"
    );
    let it = interaction(&data, "acled-arm7001");
    assert_eq!(it.date.to_string(), "2024-08-05");
    assert_eq!(it.participants.len(), 2);
}

#[test]
fn merge_updates_an_acled_event_by_its_id() {
    let (data, report) = import(&["acled", "--merge", ACLED, ACLED_EDITED]);
    assert!(
        report.contains("kept 7 rows: 6 interactions (1 row merged into others)"),
        "{report}"
    );
    let it = interaction(&data, "acled-arm9004");
    assert_eq!(it.coding.as_ref().unwrap().fatalities, Some(3));
    assert!(it.summary.contains("the toll was revised"));
    assert_eq!(it.coding.as_ref().unwrap().ids, ["ARM9004"]);
    interaction(&data, "acled-arm9009");
    // The older file after the newer: its older timestamp does not undo the edit.
    let (data, _) = import(&["acled", "--merge", ACLED_EDITED, ACLED]);
    let it = interaction(&data, "acled-arm9004");
    assert_eq!(it.coding.as_ref().unwrap().fatalities, Some(3));
    // Without --merge, the second row of an id is a repeat, skipped and counted.
    let (data, report) = import(&["acled", ACLED, ACLED_EDITED]);
    assert_eq!(
        interaction(&data, "acled-arm9004")
            .coding
            .as_ref()
            .unwrap()
            .fatalities,
        Some(2)
    );
    assert!(
        report.contains("edited.csv:2:1: event_id_cnty ARM9004 was read before"),
        "{report}"
    );
}

/// A file of `fixture`'s header (if it has one) and its first row, with the field under
/// `column` (named in the header, or at that position) set to `value`; written in a scratch
/// directory of `test`.
fn first_row_edited(fixture: &str, test: &str, column: &str, value: &str) -> PathBuf {
    let bytes = fs::read(path(fixture)).unwrap();
    let text = String::from_utf8_lossy(&bytes);
    let mut lines = text.lines();
    let first = lines.next().unwrap();
    let (header, row) = match column.parse::<usize>() {
        Ok(_) => (None, first),
        Err(_) => (Some(first), lines.next().unwrap()),
    };
    let at = match header {
        Some(h) => h.split('\t').position(|c| c == column).unwrap(),
        None => column.parse().unwrap(),
    };
    let mut fields: Vec<&str> = row.split('\t').collect();
    fields[at] = value;
    let file = scratch(test).join("edited");
    let body: String = header.map(|h| format!("{h}\n")).unwrap_or_default();
    fs::write(&file, format!("{body}{}\n", fields.join("\t"))).unwrap();
    file
}

#[test]
fn merge_updates_an_event_by_its_id_in_every_format() {
    // (format, fixture, the field edited, its new value, the interaction, what it reads now)
    type Case<'a> = (
        &'a str,
        &'a str,
        &'a str,
        &'a str,
        &'a str,
        fn(&EventCoding) -> String,
    );
    let cases: [Case; 3] = [
        (
            "icews",
            ICEWS,
            "Intensity",
            "-2.5",
            "icews-900001-2019-03-29",
            |c| format!("{:?}", c.intensity),
        ),
        (
            "polecat",
            POLECAT,
            "Event Intensity",
            "-4.0",
            "polecat-20230915-test-0001-consult",
            |c| format!("{:?}", c.intensity),
        ),
        ("gdelt", SHARED, "31", "99", "gdelt-954708254", |c| {
            format!("{:?}", c.mentions)
        }),
    ];
    let expected = ["Some(-2.5)", "Some(-4.0)", "Some(99)"];
    for ((format, fixture, column, value, id, read), expected) in cases.into_iter().zip(expected) {
        let edited = first_row_edited(fixture, &format!("merge-{format}"), column, value);
        let edited = edited.to_str().unwrap();
        let (data, report) = import(&[format, "--merge", fixture, edited]);
        assert!(
            report.contains("1 row merged into others") || format == "gdelt",
            "{format}: {report}"
        );
        assert!(!report.contains("edited:"), "{format}: {report}");
        let coding = interaction(&data, id).coding.clone().unwrap();
        assert_eq!(
            read(&coding),
            expected,
            "{format}: the later row updates the event"
        );
        assert_eq!(coding.ids.len(), 1, "{format}");
        // Without --merge the later row is a repeat, skipped and counted.
        let (data, report) = import(&[format, fixture, edited]);
        assert!(
            report.contains("edited:") && report.contains("was read before"),
            "{format}: {report}"
        );
        assert_ne!(
            read(interaction(&data, id).coding.as_ref().unwrap()),
            expected,
            "{format}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// ICEWS and POLECAT

#[test]
fn icews_rows() {
    let (data, report) = import(&["icews", ICEWS]);
    assert!(report.starts_with(
        "read 10 rows from 1 file\n\
         kept 7 rows: 7 interactions, 10 actors\n\
         skipped 3 bad rows: 1 bad Event Date, 1 value out of range, 1 repeated Event ID and Event Date\n"
    ), "{report}");
    // One Event ID on two dates: two events.
    let visit = interaction(&data, "icews-900001-2019-03-29");
    interaction(&data, "icews-900001-2019-04-07");
    assert_eq!(visit.kind, readout::data::InteractionKind::Visit);
    let c = visit.coding.as_ref().unwrap();
    assert_eq!((c.event.as_str(), c.intensity), ("042", Some(1.9)));
    assert_eq!(visit.sources[0].outlet, "Invented Wire");
    assert_eq!(
        visit.sources[0].title.as_deref(),
        Some("ICEWS story 800001, sentence 2")
    );
    assert_eq!(visit.place.as_deref(), Some("Vienna, Wien, Austria"));
    // No quoting: an apostrophe and a stray quote stay in the name.
    assert!(
        data.actors()
            .iter()
            .any(|a| a.name == "Test O'Brien \"Jr" && a.country.as_deref() == Some("RUS"))
    );
    let minister = data
        .actors()
        .iter()
        .find(|a| a.name == "Test Minister")
        .unwrap();
    assert_eq!(
        minister.role,
        "Executive, Foreign Ministry, Government (ARM)"
    );
    // The 2017 layout: M/D/YYYY, the code from the Event Text.
    let (data, _) = import(&["icews", ICEWS_2017]);
    let it = interaction(&data, "icews-900101-2017-01-12");
    assert_eq!(it.coding.as_ref().unwrap().event, "042");
    interaction(&data, "icews-900102-2017-12-01");
    let (only, _) = import(&["icews", "--country", "ARM,AZE", ICEWS]);
    assert_eq!(only.interactions().len(), 5);
}

#[test]
fn polecat_rows() {
    let (data, report) = import(&["polecat", POLECAT]);
    assert!(
        report.starts_with(
            "read 6 rows from 1 file\n\
         kept 3 rows: 3 interactions, 7 actors\n\
         skipped 3 bad rows: 1 bad Event Type, 1 value out of range, 1 repeated Event ID\n"
        ),
        "{report}"
    );
    let consult = interaction(&data, "polecat-20230915-test-0001-consult");
    assert_eq!(consult.kind, readout::data::InteractionKind::Visit);
    let names: Vec<&str> = consult
        .participants
        .iter()
        .map(|id| data.name_of(id))
        .collect();
    assert_eq!(names, ["Test Minister A", "Test Minister B", "Azerbaijan"]);
    let a = data
        .actors()
        .iter()
        .find(|a| a.name == "Test Minister A")
        .unwrap();
    assert_eq!(
        (a.role.as_str(), a.wikidata.as_deref()),
        ("Foreign Minister (ARM)", Some("Q1000001"))
    );
    let b = data
        .actors()
        .iter()
        .find(|a| a.name == "Test Minister B")
        .unwrap();
    assert_eq!(
        (b.role.as_str(), b.wikidata.as_deref()),
        ("Deputy Foreign Minister (ARM)", None)
    );
    let c = consult.coding.as_ref().unwrap();
    assert_eq!(
        (c.event.as_str(), c.subtype.as_deref(), c.intensity),
        ("CONSULT", Some("visit"), Some(1.0))
    );
    assert_eq!(
        consult.sources[0].date.map(|d| d.to_string()).as_deref(),
        Some("2023-09-16")
    );
    // `None` names fall back to the raw name; a Latin-1 field is read as Latin-1.
    assert!(data.actors().iter().any(|a| a.name == "Test troops"));
    assert!(data.actors().iter().any(|a| a.name == "Müller Test"));
    // The older header (`Intensity`, an extra `Headline`).
    let (data, _) = import(&["polecat", POLECAT_OLD]);
    let it = interaction(&data, "polecat-20220110-test-0101-agree");
    assert_eq!(it.coding.as_ref().unwrap().intensity, Some(3.0));
}

// ---------------------------------------------------------------------------------------------
// GDELT through BigQuery

/// The rows of the shared export as fields.
fn shared_rows() -> Vec<Vec<String>> {
    fs::read_to_string(path(SHARED))
        .unwrap()
        .lines()
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

/// A CSV as BigQuery writes it: a header of `columns` (name in the export, name in the
/// header), then the rows.
fn bigquery(rows: &[Vec<String>], columns: &[(usize, &str)], delimiter: u8) -> Vec<u8> {
    let mut w = csv::WriterBuilder::new()
        .delimiter(delimiter)
        .from_writer(Vec::new());
    w.write_record(columns.iter().map(|(_, name)| *name))
        .unwrap();
    for r in rows {
        w.write_record(columns.iter().map(|(i, _)| r[*i].as_str()))
            .unwrap();
    }
    w.into_inner().unwrap()
}

const FULL: [&str; 61] = readout::import::gdelt::NAMES;

/// What an import keeps of each event, compared across variants.
fn events(data: &Data) -> BTreeSet<(String, String, String, String)> {
    data.interactions()
        .iter()
        .map(|it| {
            let c = it.coding.as_ref().unwrap();
            (
                c.ids[0].clone(),
                it.date.to_string(),
                c.event.clone(),
                it.sources[0].url.clone().unwrap(),
            )
        })
        .collect()
}

#[test]
fn bigquery_csv_in_every_variant_imports_as_the_export() {
    let dir = scratch("bigquery");
    let rows = shared_rows();
    let (expected, _) = import(&["gdelt", "--country", "ARM,AZE", SHARED]);
    let expected = events(&expected);
    assert_eq!(expected.len(), 265);
    let all: Vec<(usize, &str)> = FULL.iter().copied().enumerate().collect();
    // A subset in another order, with aliases as analysts write them.
    let subset: Vec<(usize, &str)> = vec![
        (60, "SOURCEURL"),
        (26, "EventCode"),
        (1, "Date"),
        (0, "GLOBALEVENTID"),
        (7, "Actor1CountryCode"),
        (5, "Actor1Code"),
        (6, "Actor1Name"),
        (17, "Actor2CountryCode"),
        (15, "Actor2Code"),
        (16, "Actor2Name"),
        (30, "GoldsteinScale"),
        (29, "QuadClass"),
        (52, "location"),
    ];
    let variants: Vec<(&str, Vec<u8>)> = vec![
        ("full.csv", bigquery(&rows, &all, b',')),
        ("subset.csv", bigquery(&rows, &subset, b',')),
        ("tab.tsv", bigquery(&rows, &subset, b'\t')),
    ];
    for (name, bytes) in &variants {
        let file = dir.join(name);
        fs::write(&file, bytes).unwrap();
        let (data, report) = import(&["gdelt", "--country", "ARM,AZE", file.to_str().unwrap()]);
        assert_eq!(events(&data), expected, "{name}");
        assert!(report.contains("skipped 0 bad rows"), "{name}: {report}");
    }
    // Two shards, each with its header, as two files and joined into one stream.
    let (a, b) = rows.split_at(1300);
    let shards = [bigquery(a, &all, b','), bigquery(b, &all, b',')];
    let files: Vec<String> = shards
        .iter()
        .enumerate()
        .map(|(i, bytes)| {
            let f = dir.join(format!("shard-{i:012}.csv"));
            fs::write(&f, bytes).unwrap();
            f.to_str().unwrap().to_owned()
        })
        .collect();
    let (data, _) = import(&["gdelt", "--country", "ARM,AZE", &files[0], &files[1]]);
    assert_eq!(events(&data), expected);
    let joined = [shards[0].clone(), shards[1].clone()].concat();
    let r = run_with(&["import", "gdelt", "--country", "ARM,AZE", "-"], &joined);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(events(&checked(&r.stdout)), expected);
    // gzip, as BigQuery writes it, from a file and from standard input.
    let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
    gz.write_all(&variants[0].1).unwrap();
    let gz = gz.finish().unwrap();
    let file = dir.join("bq-results-20201114-000000-test.csv.gz");
    fs::write(&file, &gz).unwrap();
    let (data, _) = import(&["--country", "ARM,AZE", file.to_str().unwrap()]);
    assert_eq!(events(&data), expected);
    let r = run_with(&["import", "gdelt", "--country", "ARM,AZE", "-"], &gz);
    assert_eq!(events(&checked(&r.stdout)), expected);
    // A pandas re-save: an index column, codes without their leading zero.
    let mut pandas = csv::Writer::from_writer(Vec::new());
    let header: Vec<&str> = std::iter::once("").chain(FULL).collect();
    pandas.write_record(&header).unwrap();
    for (i, r) in rows.iter().enumerate() {
        let mut r = r.clone();
        for c in [26, 27, 28] {
            r[c] = r[c].trim_start_matches('0').to_owned();
        }
        pandas
            .write_record(std::iter::once(i.to_string()).chain(r))
            .unwrap();
    }
    let file = dir.join("pandas.csv");
    fs::write(&file, pandas.into_inner().unwrap()).unwrap();
    let (data, _) = import(&["gdelt", "--country", "ARM,AZE", file.to_str().unwrap()]);
    assert_eq!(events(&data), expected);
    // A column GDELT does not have is named, not fatal.
    let mut extra = subset.clone();
    extra.push((0, "Confidence"));
    let file = dir.join("extra.csv");
    fs::write(&file, bigquery(&rows, &extra, b',')).unwrap();
    let (data, report) = import(&["gdelt", "--country", "ARM,AZE", file.to_str().unwrap()]);
    assert_eq!(events(&data), expected);
    assert!(
        report.contains("extra.csv: columns not read: Confidence\n"),
        "{report}"
    );
    fs::remove_dir_all(dir).unwrap();
}

// ---------------------------------------------------------------------------------------------
// Recognition, errors

#[test]
fn import_file_recognises_the_format_and_says_which() {
    for (file, says) in [
        (
            SHARED,
            "GDELT 2.0 (61 tab-separated columns without a header)",
        ),
        (
            ACLED,
            "ACLED (a header naming event_id_cnty and event_date)",
        ),
        (ACLED_OLD, "ACLED"),
        (
            ICEWS,
            "ICEWS (a header naming Event ID, Source Name and CAMEO Code)",
        ),
        (ICEWS_2017, "ICEWS"),
        (
            POLECAT,
            "POLECAT (a header naming Event ID, Event Type and Quad Code)",
        ),
    ] {
        let r = run(&["import", file]);
        assert_eq!(r.code, 0, "{file}: {r:?}");
        assert!(
            r.stderr.starts_with(&format!("{file}: {says}")),
            "{file}: {}",
            r.stderr
        );
        checked(&r.stdout);
    }
    // Zipped: the first entry is looked at.
    let dir = scratch("zip");
    let zipped = dir.join("icews.zip");
    let mut zip = zip::ZipWriter::new(fs::File::create(&zipped).unwrap());
    zip.start_file("events.2019.tab", zip::write::SimpleFileOptions::default())
        .unwrap();
    zip.write_all(&fs::read(path(ICEWS)).unwrap()).unwrap();
    zip.finish().unwrap();
    let r = run(&["import", zipped.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{r:?}");
    assert!(r.stderr.contains("icews.zip: ICEWS"), "{}", r.stderr);
    let r = run_with(&["import", "icews", "-"], &fs::read(&zipped).unwrap());
    assert_eq!(checked(&r.stdout).interactions().len(), 7);
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_file_of_another_format_is_an_error() {
    for (args, says) in [
        (&["import", "gdelt", ACLED][..], "not a GDELT 2.0 export"),
        (&["import", "gdelt", "README.md"], "not a GDELT 2.0 export"),
        (
            &["import", "acled", SHARED],
            "not an ACLED export: the header has no column event_id_cnty",
        ),
        (&["import", "icews", POLECAT], "not an ICEWS file"),
        (&["import", "polecat", ICEWS], "not a POLECAT file"),
        (&["import", "Cargo.toml"], "not a format readout imports"),
    ] {
        let r = run(args);
        assert_eq!(r.code, 1, "{args:?}: {r:?}");
        assert_eq!(r.stdout, "", "{args:?}");
        assert!(r.stderr.contains(says), "{args:?}: {}", r.stderr);
    }
}

#[test]
fn an_unknown_country_code_is_refused_with_the_nearest() {
    let r = run(&["import", "gdelt", "--country", "ARM,AZR", SHARED]);
    assert_eq!(r.code, 2, "{r:?}");
    assert!(
        r.stderr
            .contains("\"AZR\" is not an ISO 3166 alpha-3 country code"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("did you mean AZE (Azerbaijan)"),
        "{}",
        r.stderr
    );
    let r = run(&["import", "acled", "--country", "Armenia", ACLED]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("give its code, ARM"), "{}", r.stderr);
}

#[test]
fn a_goldstein_score_off_the_scale_is_skipped() {
    // GDELT once wrote 11: the row is counted as bad, and the output passes check.
    let (data, report) = import(&["gdelt", "tests/fixtures/gdelt/goldstein-11.export.CSV"]);
    assert_eq!(data.interactions().len(), 1);
    assert!(report.contains("1 value out of range"), "{report}");
    assert!(
        report.contains("GoldsteinScale 11.0 is outside −10 to +10"),
        "{report}"
    );
}

// ---------------------------------------------------------------------------------------------
// Whatever an import writes loads: any value in any column, for each format.

/// A cell: usually one the format expects, often anything at all.
fn cell(good: Vec<&'static str>) -> impl Strategy<Value = String> {
    prop_oneof![
        3 => proptest::sample::select(good).prop_map(str::to_owned),
        1 => "[ -~]{0,12}",
        1 => "\\PC{0,8}",
        1 => proptest::sample::select(vec!["", "NA", "None", "11", "-10.5", "1e309", "NaN", "0025-01-01", "2020-02-30", "\"", ";", "#x"]).prop_map(str::to_owned),
    ]
}

/// Imports `text` (one file of `kind`) through the library and loads what it writes.
fn import_loads(kind: Kind, text: &str) -> Result<(), TestCaseError> {
    let dir = scratch("prop");
    let file = dir.join(format!(
        "{kind:?}-{}.txt",
        std::thread::current()
            .name()
            .unwrap_or("t")
            .replace("::", "-")
    ));
    fs::write(&file, text).unwrap();
    let imported = run::import(
        kind.format().as_mut(),
        &[Input::File(file.clone())],
        &Options::default(),
        &mut |_, _, _| {},
    );
    let imported = match imported {
        Ok(i) => i,
        // A header that names no column of the format is an error, never a panic.
        Err(_) => return Ok(()),
    };
    let mut out = Vec::new();
    write_ron(&imported.events, &mut out).unwrap();
    let ron = String::from_utf8(out).unwrap();
    if let Err(e) = load_str("prop", &ron) {
        return Err(TestCaseError::fail(format!(
            "{e}\n--- input\n{text}\n--- output\n{ron}"
        )));
    }
    Ok(())
}

/// Keys that make the same id (no letter or digit at all, a case apart, a key that reads
/// like another's disambiguated id) still make interactions with ids of their own: the later
/// one gets `-2`. The first case is the one the property test below found (`!` and `፝`).
#[test]
fn keys_that_make_the_same_id_give_ids_of_their_own() {
    let header = [
        "event_id_cnty",
        "event_date",
        "time_precision",
        "event_type",
        "sub_event_type",
        "actor1",
        "assoc_actor_1",
        "inter1",
        "actor2",
        "iso",
        "country",
        "location",
        "source",
        "notes",
        "fatalities",
        "timestamp",
    ];
    let row = |key: &str| -> Vec<String> {
        [
            key,
            "01 November 2024",
            "1",
            "Battles",
            "Armed clash",
            "Military Forces of Armenia (2018-)",
            "",
            "1",
            "Civilians (Azerbaijan)",
            "51",
            "Armenia",
            "Yerevan",
            "Invented Daily",
            "Invented notes.",
            "0",
            "1730700000",
        ]
        .map(str::to_owned)
        .to_vec()
    };
    let keys = ["\u{135d}", "!", "ARM1", "arm1", "event-2", "?"];
    let rows: Vec<Vec<String>> = keys.iter().map(|k| row(k)).collect();
    let text = csv_table(&header, &rows);
    import_loads(Kind::Acled, &text).expect("every interaction has an id of its own");
    let dir = scratch("same-id");
    let file = dir.join("acled.csv");
    fs::write(&file, &text).unwrap();
    let (data, _) = import(&["acled", file.to_str().unwrap()]);
    let ids: Vec<&str> = data.interactions().iter().map(|i| i.id.as_str()).collect();
    let mut sorted = ids.clone();
    sorted.sort_unstable();
    assert_eq!(
        sorted,
        [
            "acled-arm1",
            "acled-arm1-2",
            "acled-event",
            "acled-event-2",
            "acled-event-2-2",
            "acled-event-3",
        ],
        "{ids:?}"
    );
}

fn table(header: &[&str], rows: &[Vec<String>], delimiter: char) -> String {
    let mut s = header.join(&delimiter.to_string());
    s.push('\n');
    for r in rows {
        let cells: Vec<String> = r
            .iter()
            .map(|c| c.replace(['\t', '\n', '\r'], " "))
            .collect();
        s.push_str(&cells.join(&delimiter.to_string()));
        s.push('\n');
    }
    s
}

fn csv_table(header: &[&str], rows: &[Vec<String>]) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    w.write_record(header).unwrap();
    for r in rows {
        w.write_record(r).unwrap();
    }
    String::from_utf8(w.into_inner().unwrap()).unwrap()
}

fn rows_of(columns: Vec<BoxedStrategy<String>>) -> impl Strategy<Value = Vec<Vec<String>>> {
    proptest::collection::vec(columns, 1..6)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn gdelt_writes_what_loads(rows in rows_of((0..61).map(|i| match i {
        0 => cell(vec!["1", "2", "1"]).boxed(),
        1 => cell(vec!["20201114", "20240229"]).boxed(),
        5 | 15 => cell(vec!["ARM", "AZEGOV", ""]).boxed(),
        6 | 16 => cell(vec!["ARMENIA", "BAKU", ""]).boxed(),
        7 | 17 => cell(vec!["ARM", "AZE"]).boxed(),
        26 => cell(vec!["042", "190", "0231"]).boxed(),
        29 => cell(vec!["1", "4"]).boxed(),
        30 => cell(vec!["-10", "3.4", "10"]).boxed(),
        31..=33 => cell(vec!["3", "3.0"]).boxed(),
        34 => cell(vec!["-4.5", "100"]).boxed(),
        52 => cell(vec!["Yerevan, Yerevan*, Armenia"]).boxed(),
        60 => cell(vec!["https://example.org/a", "x"]).boxed(),
        _ => cell(vec![""]).boxed(),
    }).collect())) {
        let text: String = rows.iter().map(|r| {
            let cells: Vec<String> = r.iter().map(|c| c.replace(['\t', '\n', '\r'], " ")).collect();
            format!("{}\n", cells.join("\t"))
        }).collect();
        // Headerless when the first row starts with a number; as BigQuery CSV as well.
        import_loads(Kind::Gdelt, &format!("1\t{}", text.split_once('\t').map_or("", |x| x.1)))?;
        import_loads(Kind::Gdelt, &csv_table(&readout::import::gdelt::NAMES, &rows))?;
    }

    #[test]
    fn acled_writes_what_loads(rows in rows_of(vec![
        cell(vec!["ARM1", "AZE2", "ARM1"]).boxed(),
        cell(vec!["01 November 2024", "2024-11-01", "5-Aug-24"]).boxed(),
        cell(vec!["1", "2", "3"]).boxed(),
        cell(vec!["Battles", "Protests", "Strategic developments"]).boxed(),
        cell(vec!["Armed clash", "Agreement", ""]).boxed(),
        cell(vec!["Military Forces of Armenia (2018-)", "Protesters (Armenia)"]).boxed(),
        cell(vec!["A: B; C", ""]).boxed(),
        cell(vec!["1", "State forces", "8"]).boxed(),
        cell(vec!["Civilians (Azerbaijan)", ""]).boxed(),
        cell(vec!["51", "31"]).boxed(),
        cell(vec!["Armenia"]).boxed(),
        cell(vec!["Yerevan"]).boxed(),
        cell(vec!["Invented Daily; Example"]).boxed(),
        cell(vec!["Invented notes.\nTwo lines."]).boxed(),
        cell(vec!["0", "3"]).boxed(),
        cell(vec!["1730700000"]).boxed(),
    ])) {
        let header = ["event_id_cnty", "event_date", "time_precision", "event_type", "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "iso", "country", "location", "source", "notes", "fatalities", "timestamp"];
        import_loads(Kind::Acled, &csv_table(&header, &rows))?;
    }

    #[test]
    fn icews_writes_what_loads(rows in rows_of(vec![
        cell(vec!["1", "2"]).boxed(),
        cell(vec!["2019-03-29", "1/1/2017"]).boxed(),
        cell(vec!["Armenia", "Test Minister", "NA"]).boxed(),
        cell(vec!["Executive,Government", "NA"]).boxed(),
        cell(vec!["Armenia", "Russian Federation", "NA"]).boxed(),
        cell(vec!["Make a visit"]).boxed(),
        cell(vec!["042", "42", "190"]).boxed(),
        cell(vec!["1.9", "-10.0"]).boxed(),
        cell(vec!["Azerbaijan", "NA"]).boxed(),
        cell(vec!["NA"]).boxed(),
        cell(vec!["Azerbaijan", "NA"]).boxed(),
        cell(vec!["1"]).boxed(),
        cell(vec!["2"]).boxed(),
        cell(vec!["Invented Wire", "NA"]).boxed(),
        cell(vec!["Vienna", "NA"]).boxed(),
        cell(vec!["NA"]).boxed(),
        cell(vec!["Wien", "NA"]).boxed(),
        cell(vec!["Austria", "NA"]).boxed(),
    ])) {
        let header = ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code", "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher", "City", "District", "Province", "Country"];
        import_loads(Kind::Icews, &table(&header, &rows, '\t'))?;
    }

    #[test]
    fn polecat_writes_what_loads(rows in rows_of(vec![
        cell(vec!["a_1", "b_2", "a_1"]).boxed(),
        cell(vec!["2023-09-15"]).boxed(),
        cell(vec!["CONSULT", "ASSAULT", "accuse"]).boxed(),
        cell(vec!["visit", "None"]).boxed(),
        cell(vec!["1.0", "-9"]).boxed(),
        cell(vec!["VERBAL COOPERATION", "MATERIAL CONFLICT", "None"]).boxed(),
        cell(vec!["A;\"B\"", "None"]).boxed(),
        cell(vec!["ARM;AZE", "IGO", "None"]).boxed(),
        cell(vec!["GOV", "None"]).boxed(),
        cell(vec!["Minister", "None"]).boxed(),
        cell(vec!["Q1", "None", "Some_Title"]).boxed(),
        cell(vec!["Azerbaijan", "None"]).boxed(),
        cell(vec!["AZE", "None"]).boxed(),
        cell(vec!["Baku", "None"]).boxed(),
        cell(vec!["AZE", "None"]).boxed(),
        cell(vec!["Invented News", "None"]).boxed(),
        cell(vec!["2023-09-15", "None"]).boxed(),
    ])) {
        let header = ["Event ID", "Event Date", "Event Type", "Event Mode", "Event Intensity", "Quad Code", "Actor Name", "Actor Country", "Primary Actor Sector", "Actor Title", "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "City", "Country", "Source", "Publication Date"];
        import_loads(Kind::Polecat, &table(&header, &rows, '\t'))?;
    }
}
