//! A reader that goes away (`readout list | head`) is no failure: every command that writes to
//! stdout ends quietly with status 0 when its stdout is a pipe already closed, whatever writer
//! met the closed pipe (plain text, csv, serde_json, ron, quick-xml, clap).

use std::process::{Command, Stdio};

/// Runs readout with `args`, its stdout a pipe whose reading end is closed before it starts,
/// so its first write meets a closed pipe. The exit status and stderr.
fn into_closed_pipe(args: &[&str]) -> (Option<i32>, String) {
    let (reader, writer) = std::io::pipe().expect("a pipe");
    drop(reader);
    let out = Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(args)
        .env_remove("READOUT_CONFIG")
        .stdin(Stdio::null())
        .stdout(writer)
        .stderr(Stdio::piped())
        .output()
        .expect("readout runs");
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_writing_command_ends_quietly_on_a_closed_pipe() {
    for args in [
        &["list"][..],
        &["list", "--format", "csv"],
        &["list", "--format", "json"],
        &["list", "--format", "markdown"],
        &["export", "--format", "csv"],
        &["export", "--format", "gexf"],
        &["export", "--format", "dot"],
        &["show", "2022-07-25-blinken-aliyev-call"],
        &["check"],
        &["config", "--default"],
        &["completions", "bash"],
        &["manpage"],
        &[
            "import",
            "gdelt",
            "tests/fixtures/gdelt/20201114.export.CSV",
        ],
    ] {
        let (code, stderr) = into_closed_pipe(args);
        // The import's report still goes to stderr: only what would be about the output
        // is looked for.
        assert!(
            !stderr.contains("cannot write") && !stderr.contains("Broken pipe"),
            "{args:?}: {stderr}"
        );
        assert_eq!(code, Some(0), "{args:?}: {stderr}");
    }
}

#[test]
fn other_failures_still_fail() {
    // A usage error is reported even with stdout closed: it goes to stderr.
    let (code, stderr) = into_closed_pipe(&["list", "--actor", "nobody-at-all"]);
    assert_eq!(code, Some(2), "{stderr}");
    assert!(stderr.contains("no actor is called"), "{stderr}");
}
