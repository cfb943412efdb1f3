//! A property target for `import gdelt`: rows of GDELT 2.0's layout with any value in any
//! column, fed to the importer through its public interface (a file and [`gdelt::Options`]).
//! Whatever the rows hold, the import returns, accounts for every row (kept, left out by a
//! filter, or skipped as bad), and writes RON that parses.
//!
//! 64 sets of rows by default; `PROPTEST_CASES=10000 cargo test --release --test gdelt_rows`
//! runs more on demand.

use proptest::prelude::*;
use readout::import::{Input, gdelt};

/// A real row of the committed fixture, split into its 61 columns: the template every generated
/// row changes.
fn template() -> Vec<String> {
    let text = include_str!("fixtures/gdelt/20201114.export.CSV");
    let line = text
        .lines()
        .find(|l| l.contains("\tARM\t"))
        .expect("an Armenian row");
    line.split('\t').map(str::to_owned).collect()
}

/// Values that a column may hold: valid ones of other columns, out-of-range numbers, junk,
/// control characters, text in other scripts.
fn value() -> impl Strategy<Value = String> {
    prop_oneof![
        prop::sample::select(vec![
            "",
            "0",
            "1",
            "-1",
            "11",
            "-11",
            "10",
            "-10",
            "3.5",
            "-10.0001",
            "NaN",
            "inf",
            "-inf",
            "1e309",
            "18446744073709551616",
            "-0",
            "20201114",
            "202011",
            "19000101",
            "99999999",
            "20201399",
            "ARM",
            "AZE",
            "RUS",
            "ARMGOV",
            "042",
            "0871",
            "---",
            "1",
            "4",
            "x",
            "\"",
            "\\",
            "\u{1b}[2J",
            "\u{7}",
            "Ərəb",
            "Երևան",
            "漢字",
            "\u{202e}rtl",
            "https://e.org/a)b",
            "Yerevan, Yerevan*, Armenia",
            "40.18",
            "-200",
            "\u{feff}",
        ])
        .prop_map(str::to_owned),
        "[ -~]{0,12}",
        any::<String>().prop_map(|s| s.replace(['\t', '\n', '\r'], " ")),
    ]
}

/// One row: the template with some columns replaced, and sometimes columns dropped or added.
fn row() -> impl Strategy<Value = String> {
    (
        prop::collection::vec((0usize..61, value()), 0..8),
        prop_oneof![8 => Just(61usize), 1 => 0usize..70],
    )
        .prop_map(|(changes, columns)| {
            let mut cols = template();
            for (at, v) in changes {
                cols[at] = v;
            }
            cols.resize(columns, String::new());
            cols.join("\t")
        })
}

fn options() -> impl Strategy<Value = gdelt::Options> {
    (any::<bool>(), any::<bool>()).prop_map(|(filter, merge)| gdelt::Options {
        countries: if filter {
            vec!["ARM".to_owned(), "AZE".to_owned()]
        } else {
            Vec::new()
        },
        merge,
        ..gdelt::Options::default()
    })
}

fn cases() -> u32 {
    std::env::var("PROPTEST_CASES")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(64)
}

proptest! {
    #![proptest_config(ProptestConfig { cases: cases(), ..ProptestConfig::default() })]

    #[test]
    fn any_rows_are_imported_or_counted_never_a_panic(
        rows in prop::collection::vec(row(), 1..12),
        options in options(),
    ) {
        let dir = std::env::temp_dir().join(format!("readout-gdelt-rows-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let file = dir.join("rows.export.CSV");
        std::fs::write(&file, rows.join("\n")).unwrap();
        // A file whose first line is not a GDELT row is refused whole, as not a GDELT export;
        // any other file imports, whatever its rows hold.
        let gdelt_shaped = |line: &str| {
            line.contains('\t')
                && line
                    .split('\t')
                    .next()
                    .is_some_and(|id| id.bytes().all(|b| b.is_ascii_digit()))
        };
        let imported = match gdelt::import(&[Input::File(file)], &options) {
            Ok(imported) => imported,
            Err(e) => {
                let first = rows.iter().find(|r| !r.is_empty()).map_or("", String::as_str);
                prop_assert!(
                    format!("{e:?}").starts_with("Format") && !(gdelt_shaped(&rows[0]) && gdelt_shaped(first)),
                    "only a file that does not start as a GDELT export is refused: {:?}\n{:?}",
                    e,
                    rows
                );
                return Ok(());
            }
        };
        let r = &imported.report;
        let nonempty = rows.iter().filter(|r| !r.is_empty()).count() as u64;
        prop_assert_eq!(r.rows, nonempty);
        prop_assert_eq!(
            r.kept + r.other_countries + r.other_dates + r.skipped_total(),
            r.rows,
            "every row is kept, filtered or skipped: {:?}",
            r
        );
        let mut ron = Vec::new();
        readout::import::write_ron(&imported.events, &mut ron).expect("the import writes");
        let text = String::from_utf8(ron).expect("RON is UTF-8");
        prop_assert!(ron::from_str::<ron::Value>(&text).is_ok(), "the output parses as RON:\n{}", text);
    }
}
