//! End-to-end: the GDELT import in the browser, its timeline sorted by Goldstein score with
//! `s`, and Armenia's actors listed under its row with `e`, through the tmux harness of
//! `tests/common/tmux.rs`.

mod common;

use common::tmux::*;

const EXPORT: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/tests/fixtures/gdelt/20201114.export.CSV"
);

#[test]
fn sort_the_gdelt_timeline_by_goldstein_and_expand_armenia() {
    let Some(t) = Tmux::start("coded", 120, 40) else {
        return;
    };
    let dir = t.dir.to_str().expect("a UTF-8 temporary path").to_owned();
    t.run_and_wait(&format!("cd {}", sh_quote(&dir)));
    t.run_and_wait(&format!(
        "{} import gdelt --country ARM,AZE {} > events.ron",
        sh_quote(BIN),
        sh_quote(EXPORT)
    ));
    t.run_between_markers(&format!("{} events.ron", sh_quote(BIN)));
    t.wait_until("the browser with 265 of 265 interactions", |s| {
        status_shows(s, "265 of 265", &["No filter"])
    });

    // s twice: mentions, then Goldstein; g: the most conflictual at the top.
    t.keys(&["s", "s", "g"]);
    let screen = t.wait_until("the timeline sorted by Goldstein", |s| {
        s.contains("by Goldstein · 1/265") && s.contains("Goldstein Kind")
    });
    let first = lines(&screen)
        .into_iter()
        .find(|l| l.contains("2020-11-14"))
        .expect("a timeline row")
        .to_owned();
    assert!(
        first.contains("−10.0 clash"),
        "the first row is the most conflictual:\n{}",
        framed(&screen)
    );

    // 2, e: Armenia's row, folded, then its actors listed under it.
    t.keys(&["2"]);
    t.wait_until("Armenia folded into one row", |s| {
        s.contains("▸ Armenia (ARM)") && s.contains("e expand")
    });
    t.keys(&["e"]);
    let screen = t.wait_until("Armenia's actors listed", |s| {
        s.contains("▾ Armenia (ARM)") && s.contains("e fold")
    });
    for name in ["ARMENIA", "ARMENIAN", "YEREVAN", "HAYASTAN"] {
        assert!(
            lines(&screen)
                .iter()
                .any(|l| l.contains(&format!("    {name} "))),
            "{name} under Armenia:\n{}",
            framed(&screen)
        );
    }

    t.keys(&["q"]);
    t.assert_restored(0);
}
