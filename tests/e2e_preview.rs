//! End-to-end: a large file shows its first interactions while the rest loads, with counts
//! that say more is coming, then the exact count; the keys pressed on the preview stay. Made
//! deterministic by `READOUT_HOLD_LOAD` (debug builds): the loading thread, once it has sent
//! the preview, waits until the test creates that file.

mod common;

use std::fs;

use common::synth::dataset;
use common::tmux::*;

/// Writes a made-up dataset of `n` interactions (about 500 bytes each: more than the first
/// megabyte the preview reads, and more than the 256 KB that load behind the first frame).
fn write(t: &Tmux, n: usize, broken_last: bool) -> String {
    let text = dataset(n, broken_last);
    assert!(text.len() > 2 << 20, "{} bytes", text.len());
    fs::write(t.dir.join("big.ron"), &text).expect("write the dataset");
    text
}

/// Runs the browser on `big.ron` in the test's directory, holding the load after the preview.
fn start(t: &Tmux) -> std::path::PathBuf {
    let go = t.dir.join("go");
    let dir = t.dir.to_str().expect("a UTF-8 temporary path");
    t.run_and_wait(&format!("cd {}", sh_quote(dir)));
    t.run_between_markers(&format!(
        "READOUT_HOLD_LOAD={} {} big.ron",
        sh_quote(go.to_str().expect("a UTF-8 path")),
        sh_quote(BIN)
    ));
    go
}

#[test]
fn the_first_interactions_show_while_the_rest_loads_then_the_exact_count() {
    let Some(t) = Tmux::start("preview", 120, 40) else {
        return;
    };
    write(&t, 5000, false);
    let go = start(&t);
    let screen = t.wait_until("the preview", |s| {
        s.contains("+ interactions · loading") && s.contains("e000000")
    });
    let status = lines(&screen)
        .into_iter()
        .rev()
        .find(|l| l.contains("+ interactions · loading"))
        .expect("the status line")
        .to_owned();
    // `N of N+ interactions`: no filter yet, and more to come.
    let count = status
        .split_whitespace()
        .rev()
        .find_map(|w| w.strip_suffix('+'))
        .expect("a growing count");
    let n: usize = count.parse().expect("a number");
    assert!(n > 100 && n < 5000, "{status}");
    assert!(
        status.contains(&format!(" {n} of {n}+ interactions")),
        "{status}"
    );
    assert!(screen.contains(&format!(" 1/{n}+ ")), "{}", framed(&screen));
    // The keys work on it: down three, then Detail.
    t.keys(&["j", "j", "j"]);
    t.wait_until("the fourth selected", |s| s.contains(&format!(" 4/{n}+ ")));
    t.keys(&["Enter"]);
    t.wait_until("Detail of the fourth", |s| {
        s.contains("Id           e000003")
    });

    fs::write(&go, "").expect("let the load go on");
    let screen = t.wait_until("the exact count", |s| {
        status_shows(s, "5000 of 5000", &["No filter"])
    });
    assert!(!screen.contains("loading"), "{}", framed(&screen));
    // The selection and Detail stayed.
    assert!(screen.contains(" 4/5000 "), "{}", framed(&screen));
    assert!(
        screen.contains("Id           e000003"),
        "{}",
        framed(&screen)
    );
    t.keys(&["q"]);
    t.assert_restored(0);
}

#[test]
fn a_file_broken_after_its_preview_is_reported_on_the_restored_terminal() {
    let Some(t) = Tmux::start("preview-bad", 120, 40) else {
        return;
    };
    let text = write(&t, 5000, true);
    let go = start(&t);
    t.wait_until("the preview", |s| s.contains("+ interactions · loading"));
    fs::write(&go, "").expect("let the load go on");
    let screen = t.assert_restored(1);
    let line = text
        .lines()
        .position(|l| l.contains("\"nobody\""))
        .expect("the broken line")
        + 1;
    assert!(
        screen.contains(&format!("big.ron:{line}:")) && screen.contains("unknown actor"),
        "the error names the file, line and column:\n{}",
        framed(&screen)
    );
}
