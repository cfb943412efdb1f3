//! End-to-end tests of the configuration: the built `readout` binary in tmux, reading the
//! configuration file from the place it looks for one (`$XDG_CONFIG_HOME/readout/config.ron`,
//! a directory of the test's own).

mod common;

use std::fs;

use common::tmux::*;

/// A configuration that moves quit from `q` to `x`: `x` quits and restores the terminal, `q`
/// no longer quits, and the footer and the help say so.
#[test]
fn a_configuration_that_remaps_q_to_x() {
    let Some(t) = Tmux::start("config-quit", 120, 40) else {
        return;
    };
    let dir = t.config_home().join("readout");
    fs::create_dir_all(&dir).expect("create the configuration directory");
    fs::write(
        dir.join("config.ron"),
        "// Quit with x; ctrl-c still quits.\n(\n    keys: { \"Quit\": [\"x\", \"ctrl-c\"] },\n)\n",
    )
    .expect("write the configuration");
    t.run_between_markers(&sh_quote(BIN));

    let screen = t.wait_for_browser();
    let footer = lines(&screen)
        .last()
        .copied()
        .unwrap_or_default()
        .to_owned();
    assert!(
        footer.contains("x quit") && !footer.contains("q quit"),
        "the footer shows the key bound to quit:\n{}",
        framed(&screen)
    );

    // q does nothing in the Timeline now: the browser stays, and takes the next key.
    t.keys(&["q", "2"]);
    t.wait_until(
        "the Actors pane focused, the browser still running after q",
        |s| status_line(s).is_some() && s.contains("┏ 2 Actors "),
    );

    // The help lists x with quit.
    t.keys(&["?"]);
    t.wait_until("the help with x/C-c for quit", |s| {
        has_box(s, "Keys")
            && lines(s)
                .iter()
                .any(|l| l.contains("x/C-c") && l.contains("quit"))
    });
    t.keys(&["Escape"]);
    t.wait_until("the help to close", |s| !has_box(s, "Keys"));

    t.keys(&["x"]);
    t.assert_restored(0);
}

/// A configuration with a mistake: the browser reports it at FILE:LINE:COL and exits 1 without
/// touching the terminal.
#[test]
fn a_broken_configuration_is_reported_before_the_terminal_is_touched() {
    let Some(t) = Tmux::start("config-broken", 120, 40) else {
        return;
    };
    let dir = t.config_home().join("readout");
    fs::create_dir_all(&dir).expect("create the configuration directory");
    fs::write(
        dir.join("config.ron"),
        "(\n    keys: { \"Qiut\": [\"x\"] },\n)\n",
    )
    .expect("write the configuration");
    t.run_between_markers(&sh_quote(BIN));
    let screen = t.assert_restored(1);
    assert!(
        lines(&screen)
            .iter()
            .any(|l| l.ends_with("readout/config.ron:2:13: unknown action \"Qiut\"")),
        "the error at FILE:LINE:COL:\n{}",
        framed(&screen)
    );
}
