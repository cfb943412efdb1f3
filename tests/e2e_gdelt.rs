//! End-to-end: import the shared GDELT export in a shell, open the import in the browser, filter
//! to Armenia and read a Goldstein score in Detail, through the tmux harness of
//! `tests/common/tmux.rs`.

mod common;

use common::tmux::*;

const EXPORT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/gdelt/20201114.export.CSV"
);

/// The Goldstein score at the end of Detail's gauge row, `Goldstein    −10 ├…┤ +10  3.0`.
fn goldstein(screen: &str) -> Option<f64> {
    let row = lines(screen)
        .into_iter()
        .find(|l| l.contains("Goldstein    −10 ├"))?;
    let after = row.split("┤ +10").nth(1)?;
    let score = after.split_whitespace().next()?;
    score.replace('−', "-").parse().ok()
}

#[test]
fn import_gdelt_then_filter_to_armenia_and_read_a_goldstein_score() {
    let Some(t) = Tmux::start("gdelt", 120, 40) else {
        return;
    };
    let dir = t.dir.to_str().expect("a UTF-8 temporary path").to_owned();
    t.run_and_wait(&format!("cd {}", sh_quote(&dir)));

    // The import: the dataset into a file, the summary on the terminal.
    t.run_and_wait(&format!(
        "{} import gdelt --country ARM,AZE {} > events.ron",
        sh_quote(BIN),
        sh_quote(EXPORT)
    ));
    let screen = t.capture();
    for line in [
        "read 2601 rows from 1 file",
        "kept 265 rows: 265 interactions, 31 actors",
        "skipped 0 bad rows",
    ] {
        assert!(
            lines(&screen).contains(&line),
            "the import's summary should say {line:?}:\n{}",
            framed(&screen)
        );
    }

    // The browser on the import.
    t.run_between_markers(&format!("{} events.ron", sh_quote(BIN)));
    let screen = t.wait_until("the browser with 265 of 265 interactions", |s| {
        status_shows(s, "265 of 265", &["No filter"])
    });
    assert!(
        lines(&screen)[0].contains("GDELT 2.0 events with ARM or AZE actors"),
        "the header names the imported dataset:\n{}",
        framed(&screen)
    );

    // f, armenia, Enter: the events of the actor ARMENIA.
    t.keys(&["f"]);
    t.wait_until("the actor picker", |s| has_box(s, "Filter by actor"));
    t.type_text("armenia");
    t.keys(&["Enter"]);
    t.wait_until("the filter on ARMENIA: 127 of 265 interactions", |s| {
        !has_box(s, "Filter by actor") && status_shows(s, "127 of 265", &["Filter:", "ARMENIA"])
    });

    // Enter reads the first of them in Detail: its CAMEO code and its Goldstein score.
    t.keys(&["Enter"]);
    let screen = t.wait_until("the Goldstein gauge in Detail", |s| goldstein(s).is_some());
    assert!(
        screen.contains("CAMEO        020 Make an appeal or request, not specified below"),
        "{}",
        framed(&screen)
    );
    assert_eq!(goldstein(&screen), Some(3.0), "{}", framed(&screen));

    // Back in the Timeline, two rows down: a release of persons, with its own score.
    t.keys(&["1", "j", "j"]);
    let screen = t.wait_until("the third event's Goldstein score", |s| {
        s.contains("CAMEO        0841 Return, release person(s)") && goldstein(s).is_some()
    });
    assert_eq!(goldstein(&screen), Some(7.0), "{}", framed(&screen));

    t.keys(&["q"]);
    t.assert_restored(0);
}
