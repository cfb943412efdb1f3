//! `readout import gdelt`, run as a user runs it, on real GDELT 2.0 rows.
//!
//! `tests/fixtures/gdelt/20201114.export.CSV` is the shared export of 14 November 2020 (2,601
//! rows). What each test expects of it is counted here independently, straight from the tab-
//! separated text, never through the importer's own parser. `broken.export.CSV` and
//! `crlf-bom.export.CSV` hold real rows damaged on purpose (see their README).

use std::collections::{BTreeMap, BTreeSet};
use std::fs;
use std::io::Write;
use std::path::PathBuf;

mod common;

use common::{Run, path};
use readout::data::cameo;
use readout::data::{Data, load_str};
use readout::import::{Input, gdelt, write_ron};

const SHARED: &str = "tests/fixtures/gdelt/20201114.export.CSV";
const BROKEN: &str = "tests/fixtures/gdelt/broken.export.CSV";
const CRLF_BOM: &str = "tests/fixtures/gdelt/crlf-bom.export.CSV";

fn run_with(args: &[&str], stdin: &[u8]) -> Run {
    common::readout_with_stdin(args, stdin)
}

fn run(args: &[&str]) -> Run {
    run_with(args, b"")
}

/// Runs `import gdelt ARGS` and expects success: the dataset on stdout, the report on stderr.
fn import(args: &[&str]) -> Run {
    let mut all = vec!["import", "gdelt"];
    all.extend_from_slice(args);
    let r = run(&all);
    assert_eq!(r.code, 0, "readout {all:?}: {r:?}");
    r
}

/// A scratch directory of one test, emptied first.
fn scratch(test: &str) -> PathBuf {
    common::scratch("import", test)
}

fn loads(name: &str, ron: &str) -> Data {
    load_str(name, ron).unwrap_or_else(|e| panic!("the import does not load:\n{e}"))
}

/// The rows of a fixture as their tab-separated fields, counted independently of the importer.
fn rows(rel: &str) -> Vec<Vec<String>> {
    let text = fs::read_to_string(path(rel)).unwrap();
    text.lines()
        .map(|l| l.split('\t').map(str::to_owned).collect())
        .collect()
}

// The columns of the GDELT 2.0 event codebook that the tests check (from 0).
const GLOBALEVENTID: usize = 0;
const SQLDATE: usize = 1;
const ACTOR1CODE: usize = 5;
const ACTOR1NAME: usize = 6;
const ACTOR1COUNTRYCODE: usize = 7;
const ACTOR2CODE: usize = 15;
const ACTOR2NAME: usize = 16;
const ACTOR2COUNTRYCODE: usize = 17;
const EVENTCODE: usize = 26;
const GOLDSTEINSCALE: usize = 30;
const NUMMENTIONS: usize = 31;
const NUMSOURCES: usize = 32;
const NUMARTICLES: usize = 33;
const SOURCEURL: usize = 60;

fn armenian_or_azerbaijani(row: &[String]) -> bool {
    ["ARM", "AZE"]
        .iter()
        .any(|c| row[ACTOR1COUNTRYCODE] == *c || row[ACTOR2COUNTRYCODE] == *c)
}

/// `20201114` → `2020-11-14`.
fn iso(sqldate: &str) -> String {
    format!("{}-{}-{}", &sqldate[..4], &sqldate[4..6], &sqldate[6..])
}

/// Every event id of the interactions of a dataset.
fn event_ids(data: &Data) -> BTreeSet<String> {
    data.interactions()
        .iter()
        .flat_map(|it| {
            it.coding
                .as_ref()
                .expect("imported events are coded")
                .ids
                .clone()
        })
        .collect()
}

// ---------------------------------------------------------------------------------------------
// The shared file

#[test]
fn the_shared_file_has_the_layout_its_readme_describes() {
    let rows = rows(SHARED);
    assert_eq!(rows.len(), 2601);
    assert!(rows.iter().all(|r| r.len() == 61));
    assert_eq!(
        rows.iter().filter(|r| armenian_or_azerbaijani(r)).count(),
        265
    );
}

#[test]
fn country_filter_keeps_exactly_the_rows_with_an_arm_or_aze_actor() {
    let expected: BTreeSet<String> = rows(SHARED)
        .iter()
        .filter(|r| armenian_or_azerbaijani(r))
        .map(|r| r[GLOBALEVENTID].clone())
        .collect();
    assert_eq!(expected.len(), 265);

    let r = import(&["--country", "ARM,AZE", SHARED]);
    let data = loads("import", &r.stdout);
    assert_eq!(data.interactions().len(), 265);
    assert_eq!(event_ids(&data), expected);
    assert!(
        r.stdout
            .starts_with("#![enable(implicit_some)]\nDataset(\n")
    );
    assert_eq!(
        r.stderr,
        "read 2601 rows from 1 file\n\
         kept 265 rows: 265 interactions, 31 actors\n\
         left out 2336 rows: 2336 with no actor of ARM, AZE\n\
         skipped 0 bad rows\n"
    );
    // Every actor taking part has the country asked for, or meets one that has.
    for it in data.interactions() {
        let countries: Vec<Option<&str>> = it
            .participants
            .iter()
            .chain(&it.mediators)
            .map(|id| data.actor_by_id(id).unwrap().country.as_deref())
            .collect();
        assert!(
            countries.iter().any(|c| matches!(c, Some("ARM" | "AZE"))),
            "{}: {countries:?}",
            it.id
        );
    }
    // Both READMEs show this very summary.
    for (readme, fence) in [("data/README.md", "```text\n"), ("README.md", "```\n")] {
        let text = fs::read_to_string(path(readme)).unwrap();
        assert!(
            text.contains(&format!("{fence}{}```", r.stderr)),
            "{readme} should show the summary:\n{}",
            r.stderr
        );
    }
    // Lowercase codes are read as capitals.
    let lower = import(&["--country", "arm,aze", SHARED]);
    assert_eq!(lower.stdout, r.stdout);
}

#[test]
fn the_import_passes_readout_check() {
    let dir = scratch("check");
    let file = dir.join("events.ron");
    fs::write(&file, import(&["--country", "ARM,AZE", SHARED]).stdout).unwrap();
    let r = run(&["check", file.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{r:?}");
    assert_eq!(
        r.stdout,
        "265 interactions, 31 actors, 0 quotes, 24 sources\n"
    );
    // `show` prints the coding.
    let r = run(&["show", "gdelt-954708293", "--data", file.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{r:?}");
    for line in [
        "\nGDELT 2.0 coding\n",
        "CAMEO:        020 Make an appeal or request, not specified below\n",
        "goldstein:    3.0 (−10 to +10)\n",
        "tone:         −4.69 (average tone of the articles)\n",
        "coverage:     6 mentions · 1 source · 6 articles\n",
        "event id:     954708293\n",
        "  - tass.com\n    https://tass.com/world/1223649\n",
    ] {
        assert!(r.stdout.contains(line), "{line:?} in:\n{}", r.stdout);
    }
    // Without a filter: every row of the day, regional and organisational actors included.
    let all = import(&[SHARED]);
    let data = loads("all", &all.stdout);
    assert_eq!(data.interactions().len(), 2601);
    assert!(
        all.stderr
            .starts_with("read 2601 rows from 1 file\nkept 2601 rows: 2601 interactions,")
    );
    assert!(!all.stderr.contains("left out"), "{}", all.stderr);
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn a_round_trip_through_list_keeps_the_date_codes_and_url_of_every_row() {
    let dir = scratch("round-trip");
    let file = dir.join("events.ron");
    fs::write(&file, import(&["--country", "ARM,AZE", SHARED]).stdout).unwrap();
    let source: BTreeMap<String, Vec<String>> = rows(SHARED)
        .into_iter()
        .filter(|r| armenian_or_azerbaijani(r))
        .map(|r| (r[GLOBALEVENTID].clone(), r))
        .collect();

    let r = run(&["list", "--format", "csv", "--data", file.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{r:?}");
    let mut csv = csv::Reader::from_reader(r.stdout.as_bytes());
    let headers = csv.headers().unwrap().clone();
    let column = |name: &str| headers.iter().position(|h| h == name).unwrap();
    let mut seen = BTreeSet::new();
    for record in csv.records() {
        let record = record.unwrap();
        let id = &record[column("event_ids")];
        let row = &source[id];
        seen.insert(id.to_owned());
        assert_eq!(&record[column("id")], format!("gdelt-{id}"));
        assert_eq!(&record[column("date")], iso(&row[SQLDATE]));
        assert_eq!(&record[column("event_code")], row[EVENTCODE]);
        assert_eq!(&record[column("sources")], row[SOURCEURL]);
        let number = |s: &str| s.parse::<f64>().unwrap();
        assert_eq!(
            number(&record[column("goldstein")]),
            number(&row[GOLDSTEINSCALE])
        );
        assert_eq!(&record[column("mentions")], row[NUMMENTIONS]);
        assert_eq!(&record[column("num_sources")], row[NUMSOURCES]);
        assert_eq!(&record[column("articles")], row[NUMARTICLES]);
    }
    assert_eq!(seen.len(), 265);

    // The actor codes and names survive too, in the loaded dataset.
    let data = readout::data::load_file(&file).unwrap();
    for it in data.interactions() {
        let row = &source[&it.coding.as_ref().unwrap().ids[0]];
        let actors: Vec<(String, String)> = it
            .mediators
            .iter()
            .chain(&it.participants)
            .map(|id| {
                let a = data.actor_by_id(id).unwrap();
                (a.code.clone().unwrap(), a.name.clone())
            })
            .collect();
        let expected = [
            (row[ACTOR1CODE].clone(), row[ACTOR1NAME].clone()),
            (row[ACTOR2CODE].clone(), row[ACTOR2NAME].clone()),
        ];
        if expected[0] == expected[1] {
            assert_eq!(actors, expected[..1], "{}", it.id);
        } else {
            assert_eq!(actors, expected, "{}", it.id);
        }
    }
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn the_events_are_written_as_the_dataset_they_make() {
    // The binary writes the events one at a time; the library can also make the dataset whole.
    // Both must give the same text.
    for merge in [false, true] {
        let options = gdelt::Options {
            countries: vec!["ARM".to_owned(), "AZE".to_owned()],
            merge,
            ..gdelt::Options::default()
        };
        let imported = gdelt::import(&[Input::File(path(SHARED))], &options).unwrap();
        let (mut streamed, mut whole) = (Vec::new(), Vec::new());
        write_ron(&imported.events, &mut streamed).unwrap();
        write_ron(&imported.dataset(), &mut whole).unwrap();
        assert!(streamed == whole, "merge: {merge}");
    }
}

#[test]
fn every_event_code_of_the_shared_file_has_its_codebook_description() {
    for row in rows(SHARED) {
        let code = &row[EVENTCODE];
        assert!(
            cameo::description(code).is_some(),
            "CAMEO {code} of event {} has no description",
            row[GLOBALEVENTID]
        );
    }
}

#[test]
fn titles_and_summaries_come_from_the_codes() {
    let data = loads("import", &import(&["--country", "ARM,AZE", SHARED]).stdout);
    let it = data
        .interactions()
        .iter()
        .find(|it| it.id == "gdelt-954708293")
        .unwrap();
    assert_eq!(it.title, "ARMENIA — Make an appeal or request — AZERBAIJAN");
    assert_eq!(
        it.summary,
        "Machine-coded by GDELT 2.0, not written by hand. Source actor: ARMENIA (ARM); target \
         actor: AZERBAIJAN (AZE); event: CAMEO 020, “Make an appeal or request, not specified \
         below”; place of the action: Yerevan, Armenia."
    );
    // GDELT writes "Yerevan, Yerevan*, Armenia": its marker and the repeated name go.
    assert_eq!(it.place.as_deref(), Some("Yerevan, Armenia"));
    assert_eq!(it.sources[0].outlet, "tass.com");
    assert!(it.quotes.is_empty());
}

// ---------------------------------------------------------------------------------------------
// Duplicates

#[test]
fn merge_folds_duplicates_and_keeps_their_largest_counts() {
    // Group the rows by date, actor pair (code and name), event code and source URL.
    type Key = (String, String, String, String, String, String, String);
    let mut groups: BTreeMap<Key, (BTreeSet<String>, [u64; 3])> = BTreeMap::new();
    for r in rows(SHARED).iter().filter(|r| armenian_or_azerbaijani(r)) {
        let key = (
            r[SQLDATE].clone(),
            r[ACTOR1CODE].clone(),
            r[ACTOR1NAME].clone(),
            r[ACTOR2CODE].clone(),
            r[ACTOR2NAME].clone(),
            r[EVENTCODE].clone(),
            r[SOURCEURL].clone(),
        );
        let g = groups.entry(key).or_default();
        g.0.insert(r[GLOBALEVENTID].clone());
        // GDELT counts, per event, the mentions, sources and articles that mention it; the
        // events of one story are mentioned in the same articles, so the counts overlap and
        // a sum counts an article twice. The largest is what is sure.
        for (max, col) in g.1.iter_mut().zip([NUMMENTIONS, NUMSOURCES, NUMARTICLES]) {
            *max = (*max).max(r[col].parse::<u64>().unwrap());
        }
    }
    assert_eq!(
        groups.len(),
        185,
        "the shared file codes 265 rows as 185 stories"
    );

    let r = import(&["--merge", "--country", "ARM,AZE", SHARED]);
    let data = loads("merged", &r.stdout);
    assert_eq!(data.interactions().len(), 185);
    assert!(
        r.stderr
            .contains("kept 265 rows: 185 interactions (80 rows merged into others), 31 actors\n"),
        "{}",
        r.stderr
    );
    let by_ids: BTreeMap<BTreeSet<String>, [u64; 3]> = groups.into_values().collect();
    for it in data.interactions() {
        let c = it.coding.as_ref().unwrap();
        let ids: BTreeSet<String> = c.ids.iter().cloned().collect();
        let Some(sums) = by_ids.get(&ids) else {
            panic!("{}: events {ids:?} are not one group", it.id);
        };
        assert_eq!(
            [c.mentions.unwrap(), c.sources.unwrap(), c.articles.unwrap()],
            *sums,
            "{}",
            it.id
        );
        assert_eq!(it.id, format!("gdelt-{}", c.ids[0]));
        if c.ids.len() > 1 {
            assert!(
                it.summary
                    .contains(&format!("Merged from {} GDELT events", c.ids.len()))
            );
        }
    }
    // Some stories were coded more than once.
    let folded = data
        .interactions()
        .iter()
        .filter(|it| it.coding.as_ref().unwrap().ids.len() > 1)
        .count();
    assert!(folded > 0);
}

// ---------------------------------------------------------------------------------------------
// Bad rows, line ends, byte-order marks, zip archives, standard input

#[test]
fn bad_rows_are_skipped_counted_and_located() {
    let r = import(&[BROKEN]);
    assert_eq!(
        r.stderr,
        "read 9 rows from 1 file\n\
         kept 3 rows: 3 interactions, 4 actors\n\
         skipped 6 bad rows: 1 not UTF-8, 2 wrong number of columns, 1 bad SQLDATE, \
         1 bad EventCode, 1 repeated GLOBALEVENTID\n  \
         tests/fixtures/gdelt/broken.export.CSV:2:1: 20 columns, expected 61\n  \
         tests/fixtures/gdelt/broken.export.CSV:3:11: SQLDATE \"20201131\" is not on the \
         calendar: 2020-11 has no day 31 (it has 30 days)\n  \
         tests/fixtures/gdelt/broken.export.CSV:5:53: not UTF-8: byte 0xff\n  \
         tests/fixtures/gdelt/broken.export.CSV:8:1: GLOBALEVENTID 954708293 was read before\n  \
         tests/fixtures/gdelt/broken.export.CSV:9:93: EventCode \"999\" is not a CAMEO event \
         code\n  \
         tests/fixtures/gdelt/broken.export.CSV:10:1: 62 columns, expected 61\n"
    );
    let data = loads("broken", &r.stdout);
    assert_eq!(
        event_ids(&data).into_iter().collect::<Vec<_>>(),
        ["954708293", "954708296", "954708298"]
    );
    // Stray quotes are ordinary characters: the name and the URL keep theirs.
    assert!(data.actors().iter().any(|a| a.name == "\"ARMENIA"));
    assert!(data.interactions().iter().any(|it| {
        it.sources[0]
            .url
            .as_deref()
            .is_some_and(|u| u.ends_with("?q=\"x"))
    }));
    // An escape sequence in a name reaches the file escaped and the screen as a picture.
    assert!(!r.stdout.contains('\u{1b}'));
    assert!(data.actors().iter().any(|a| a.name == "AZERBAIJAN␛[31m"));
}

#[test]
fn crlf_line_ends_and_a_byte_order_mark_are_read_as_plain_rows() {
    let r = import(&[CRLF_BOM]);
    assert_eq!(
        r.stderr,
        "read 3 rows from 1 file\nkept 3 rows: 3 interactions, 4 actors\nskipped 0 bad rows\n"
    );
    let data = loads("crlf", &r.stdout);
    let shared = rows(SHARED);
    for it in data.interactions() {
        let id = &it.coding.as_ref().unwrap().ids[0];
        let row = shared.iter().find(|r| &r[GLOBALEVENTID] == id).unwrap();
        // No `\r` at the end of the last column, no BOM before the first.
        assert_eq!(it.sources[0].url.as_deref(), Some(row[SOURCEURL].as_str()));
    }
    assert_eq!(
        event_ids(&data).into_iter().collect::<Vec<_>>(),
        ["954708293", "954708294", "954708295"]
    );
}

/// The dataset without its description, which names the files read.
fn content(ron: &str) -> readout::data::Dataset {
    let mut ds = loads("content", ron).dataset;
    ds.description = None;
    ds
}

fn zip_of(entries: &[(&str, &[u8])]) -> Vec<u8> {
    let mut buf = std::io::Cursor::new(Vec::new());
    let mut zip = zip::ZipWriter::new(&mut buf);
    let options = zip::write::SimpleFileOptions::default()
        .compression_method(zip::CompressionMethod::Deflated);
    for (name, bytes) in entries {
        zip.start_file(*name, options).unwrap();
        zip.write_all(bytes).unwrap();
    }
    zip.finish().unwrap();
    buf.into_inner()
}

#[test]
fn a_zipped_export_and_standard_input_import_as_the_plain_file() {
    let plain = import(&["--country", "ARM,AZE", SHARED]);
    let bytes = fs::read(path(SHARED)).unwrap();
    let dir = scratch("zip");
    let zipped = dir.join("20201114.export.CSV.zip");
    fs::write(&zipped, zip_of(&[("20201114.export.CSV", &bytes)])).unwrap();

    let from_zip = import(&["--country", "ARM,AZE", zipped.to_str().unwrap()]);
    assert_eq!(content(&from_zip.stdout), content(&plain.stdout));
    assert_eq!(from_zip.stderr, plain.stderr);

    let from_stdin = run_with(&["import", "gdelt", "--country", "ARM,AZE", "-"], &bytes);
    assert_eq!(from_stdin.code, 0, "{from_stdin:?}");
    assert_eq!(content(&from_stdin.stdout), content(&plain.stdout));
    assert!(from_stdin.stdout.contains("from standard input"));

    let zipped_bytes = fs::read(&zipped).unwrap();
    let zipped_stdin = run_with(
        &["import", "gdelt", "--country", "ARM,AZE", "-"],
        &zipped_bytes,
    );
    assert_eq!(zipped_stdin.code, 0, "{zipped_stdin:?}");
    assert_eq!(content(&zipped_stdin.stdout), content(&plain.stdout));

    // Bad rows in an archive are named by the archive and the entry.
    let broken = fs::read(path(BROKEN)).unwrap();
    let archive = dir.join("two.zip");
    fs::write(&archive, zip_of(&[("a.CSV", &broken), ("b.CSV", &broken)])).unwrap();
    let r = import(&[archive.to_str().unwrap()]);
    assert!(
        r.stderr
            .starts_with("read 18 rows from 1 file\nkept 3 rows"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("two.zip!a.CSV:2:1: 20 columns, expected 61\n"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("two.zip!b.CSV:1:1: GLOBALEVENTID 954708293 was read before\n")
    );
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn several_files_make_one_dataset() {
    let r = import(&[BROKEN, CRLF_BOM]);
    let data = loads("two", &r.stdout);
    // The crlf file's first row repeats an event of the broken one.
    assert_eq!(data.interactions().len(), 5);
    assert!(
        r.stderr
            .starts_with("read 12 rows from 2 files\nkept 5 rows"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains("crlf-bom.export.CSV:1:1: GLOBALEVENTID 954708293 was read before")
    );
}

#[test]
fn dates_filter_the_rows() {
    let r = import(&[
        "--country",
        "ARM,AZE",
        "--since",
        "2020-11-14",
        "--until",
        "2020-11",
        SHARED,
    ]);
    assert_eq!(loads("in", &r.stdout).interactions().len(), 265);
    let r = import(&["--country", "ARM,AZE", "--until", "2020-11-13", SHARED]);
    assert_eq!(loads("none", &r.stdout).interactions().len(), 0);
    assert!(
        r.stderr.contains(
            "left out 2601 rows: 2336 with no actor of ARM, AZE; 265 outside the dates\n"
        ),
        "{}",
        r.stderr
    );
}

// ---------------------------------------------------------------------------------------------
// Failures and usage

#[test]
fn an_unreadable_input_is_an_error_and_writes_nothing() {
    let dir = scratch("unreadable");
    let not_zip = dir.join("events.CSV.zip");
    fs::write(&not_zip, "954708293\t20201114\n").unwrap();
    for (file, says) in [
        ("tests/fixtures/gdelt/no-such.export.CSV", "cannot read"),
        ("tests/fixtures/gdelt", "cannot read"),
        (not_zip.to_str().unwrap(), "not a readable zip archive"),
    ] {
        // A good file first: nothing of it is written either.
        let r = run(&["import", "gdelt", SHARED, file]);
        assert_eq!(r.code, 1, "{file}: {r:?}");
        assert_eq!(r.stdout, "", "{file}");
        assert!(
            r.stderr.starts_with("error: ") && r.stderr.contains(says),
            "{file}: {r:?}"
        );
    }
    fs::remove_dir_all(dir).unwrap();
}

#[test]
fn usage_errors_exit_2() {
    for args in [
        &["import", "gdelt"][..],
        &["import", "gdelt", "--country", "ARMX", SHARED],
        &["import", "gdelt", "--country", "A1", SHARED],
        &["import", "gdelt", "--since", "2020-13", SHARED],
        &["import", "gdelt", "--data", SHARED, SHARED],
    ] {
        let r = run(args);
        assert_eq!(r.code, 2, "{args:?}: {r:?}");
        assert_eq!(r.stdout, "", "{args:?}");
    }
}

#[test]
fn the_help_shows_an_example() {
    let r = run(&["import", "gdelt", "--help"]);
    assert_eq!(r.code, 0);
    for text in [
        "--country",
        "--since",
        "--until",
        "--merge",
        "Examples:\n  readout import gdelt --country ARM,AZE 20201114.export.CSV > events.ron\n  readout events.ron",
    ] {
        assert!(r.stdout.contains(text), "{text:?} in:\n{}", r.stdout);
    }
    assert!(run(&["--help"]).stdout.contains("import"));
}
