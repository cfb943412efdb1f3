//! End-to-end: a dataset that takes time to arrive loads behind the first frame. A named pipe
//! stands for a large or slow file: readout cannot know its size, so it draws the browser
//! with a progress bar at once, stays responsive, and shows the data when the writer is done.
//! Deterministic: the data arrives only when the test writes it.

mod common;

use std::fs;
use std::io::Write;
use std::process::Command;

use common::builtin_all;
use common::tmux::*;

/// Makes a named pipe in the test's directory.
fn fifo(t: &Tmux, name: &str) -> std::path::PathBuf {
    let path = t.dir.join(name);
    let status = Command::new("mkfifo")
        .arg(&path)
        .status()
        .expect("run mkfifo");
    assert!(status.success(), "mkfifo failed");
    path
}

/// Writes `text` into the pipe (the browser has it open for reading by now).
fn feed(path: &std::path::Path, text: &str) {
    let mut pipe = fs::OpenOptions::new()
        .write(true)
        .open(path)
        .expect("open the pipe for writing");
    pipe.write_all(text.as_bytes()).expect("write the pipe");
}

#[test]
fn the_first_frame_comes_before_the_data_and_the_data_follows() {
    let Some(t) = Tmux::start("loading", 120, 40) else {
        return;
    };
    let pipe = fifo(&t, "slow.ron");
    t.run_between_markers(&format!(
        "{} {}",
        sh_quote(BIN),
        sh_quote(pipe.to_str().expect("a UTF-8 path"))
    ));
    let screen = t.wait_until("the loading screen", |s| {
        s.contains("Loading ") && s.contains("loading… ")
    });
    assert!(
        screen.contains("slow.ron") && screen.contains("reading 0.0 MB"),
        "the loading screen names the file and what it is doing:\n{}",
        framed(&screen)
    );
    // It answers keys while it waits: the help opens and closes.
    t.keys(&["?"]);
    t.wait_until("the help over the loading screen", |s| s.contains("Keys"));
    t.keys(&["Escape"]);
    t.wait_until("the help closed", |s| !s.contains("Keys"));

    feed(&pipe, readout::data::BUILTIN);
    let screen = t.wait_until("the data, once written", |s| {
        status_shows(s, &builtin_all(), &["No filter"])
    });
    assert!(!screen.contains("Loading "), "{}", framed(&screen));
    t.keys(&["q"]);
    t.assert_restored(0);
}

#[test]
fn bad_data_found_behind_the_first_frame_is_reported_on_the_restored_terminal() {
    let Some(t) = Tmux::start("loading-bad", 120, 40) else {
        return;
    };
    let pipe = fifo(&t, "bad.ron");
    let dir = t.dir.to_str().expect("a UTF-8 temporary path");
    t.run_and_wait(&format!("cd {}", sh_quote(dir)));
    t.run_between_markers(&format!("{} bad.ron", sh_quote(BIN)));
    t.wait_until("the loading screen", |s| s.contains("Loading bad.ron"));
    feed(
        &pipe,
        "Dataset(title: \"t\", actors: [], interactions: [(id: 1)])\n",
    );
    let screen = t.assert_restored(1);
    assert!(
        screen.contains("bad.ron:1:"),
        "the error names the file, line and column:\n{}",
        framed(&screen)
    );
}
