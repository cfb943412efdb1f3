//! End-to-end: the built binary in tmux copies a source's URL through its chooser, by OSC 52
//! when there is no local display (as in CI), and says so; `z` maximises a pane and restores
//! the layout.

mod common;

use std::thread::sleep;
use std::time::Instant;

use common::tmux::*;

/// The first interaction's first source, as the built-in dataset gives it.
const FIRST_URL: &str = "https://tass.com/world/1506677";

#[test]
fn u_copies_a_url_by_osc_52_without_a_display_and_says_so() {
    let Some(t) = Tmux::start("sources-copy", 120, 40) else {
        return;
    };
    t.ok(&["set-option", "-g", "set-clipboard", "on"]);
    // No display and no SSH: the local clipboard is not tried, and OSC 52 carries the text.
    t.run_between_markers(&format!(
        "env -u DISPLAY -u WAYLAND_DISPLAY -u SSH_TTY -u SSH_CONNECTION -u SSH_CLIENT {}",
        sh_quote(BIN)
    ));
    t.wait_for_browser();
    t.keys(&["u"]);
    t.wait_until("the source chooser", |s| {
        s.contains("Copy which source's URL?")
    });
    t.keys(&["Enter"]);
    let screen = t.wait_until("the copy and its way", |s| {
        status_line(s)
            .is_some_and(|l| l.contains("Copied the URL of") && l.contains("by OSC 52 only"))
    });
    assert!(!screen.contains("Copy which source's URL?"));
    let start = Instant::now();
    loop {
        let out = t.tmux(&["show-buffer"]);
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        if out.status.success() && text == FIRST_URL {
            break;
        }
        assert!(
            start.elapsed() < DEADLINE,
            "no paste buffer from the OSC 52 copy: {text:?}"
        );
        sleep(POLL);
    }
    // o without a display says why it opens nothing.
    t.keys(&["o"]);
    t.wait_until("the open chooser", |s| s.contains("Open which source?"));
    t.keys(&["Enter"]);
    t.wait_until("why nothing opened", |s| {
        status_line(s).is_some_and(|l| l.contains("Not opened: no local display"))
    });
    t.keys(&["q"]);
    t.assert_restored(0);
}

#[test]
fn z_maximises_detail_and_restores_the_layout() {
    let Some(t) = Tmux::start("maximise", 100, 30) else {
        return;
    };
    t.run_between_markers(&sh_quote(BIN));
    t.wait_for_browser();
    t.keys(&["3", "z"]);
    let screen = t.wait_until("Detail alone", |s| {
        status_line(s).is_some_and(|l| l.contains("Detail maximised"))
    });
    assert!(!has_box(&screen, "2 Actors"), "{screen}");
    assert!(screen.contains("3 Detail"), "{screen}");
    t.keys(&["z"]);
    let screen = t.wait_until("the layout back", |s| {
        status_line(s).is_some_and(|l| l.contains("Layout restored"))
    });
    assert!(has_box(&screen, "2 Actors"), "{screen}");
    t.keys(&["q"]);
    t.assert_restored(0);
}
