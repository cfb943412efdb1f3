//! End-to-end: import the invented ACLED fixture in a shell, open it in the browser, and read
//! dates that ACLED gives only to the week or month as such, never as a sure day, through the
//! tmux harness of `tests/common/tmux.rs`.

mod common;

use common::tmux::*;

const EXPORT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/acled/current.csv"
);

#[test]
fn import_acled_then_read_a_week_and_a_month() {
    let Some(t) = Tmux::start("acled", 120, 40) else {
        return;
    };
    let dir = t.dir.to_str().expect("a UTF-8 temporary path").to_owned();
    t.run_and_wait(&format!("cd {}", sh_quote(&dir)));
    t.run_and_wait(&format!(
        "{} import {} > acled.ron",
        sh_quote(BIN),
        sh_quote(EXPORT)
    ));
    let screen = t.capture();
    assert!(
        screen.contains("ACLED (a header naming event_id_cnty and event_date)"),
        "the import says which format it read:\n{}",
        framed(&screen)
    );
    t.run_between_markers(&format!("{} acled.ron", sh_quote(BIN)));
    let screen = t.wait_until("the browser with 5 of 5 interactions", |s| {
        status_shows(s, "5 of 5", &["No filter"])
    });
    // The timeline writes the week and the month as such.
    for date in ["2024-11    ", "2024-W45   ", "2024-11-01 "] {
        assert!(
            lines(&screen).iter().any(|l| l.contains(date)),
            "the timeline shows {date:?}:\n{}",
            framed(&screen)
        );
    }
    // The first event (month precision) in Detail.
    t.keys(&["Enter"]);
    let screen = t.wait_until("Detail of the agreement", |s| s.contains("ACLED coding"));
    assert!(
        screen.contains("2024-11 (day not known)"),
        "{}",
        framed(&screen)
    );
    assert!(
        screen.contains("Strategic developments: Agreement"),
        "{}",
        framed(&screen)
    );
}
