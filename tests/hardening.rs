//! Hostile input: every kind of broken file gets a clear error with FILE:LINE:COL (never a
//! panic, never a hang), and no control character from the data reaches a terminal raw in any
//! output format.

mod common;

use readout::data::{BUILTIN, LoadError, load_bytes, load_file, load_str};

fn readout(args: &[&str]) -> (i32, String, String) {
    let run = common::readout(args);
    (run.code, run.stdout, run.stderr)
}

/// `NAME:LINE:COL: ` at the start of the first line.
fn positioned(message: &str, name: &str) -> bool {
    let first = message.lines().next().unwrap_or_default();
    let Some(rest) = first.strip_prefix(&format!("{name}:")) else {
        return false;
    };
    let mut parts = rest.splitn(3, ':');
    let number =
        |p: Option<&str>| p.is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()));
    number(parts.next()) && number(parts.next())
}

#[test]
fn the_builtin_dataset_cut_at_every_byte_is_an_error_not_a_panic() {
    let bytes = BUILTIN.as_bytes();
    let end = BUILTIN.rfind(')').unwrap() + 1;
    let check = |cut: usize| match load_bytes("cut.ron", &bytes[..cut]) {
        Ok(_) => assert!(cut >= end, "cut at byte {cut} loaded"),
        Err(e @ (LoadError::Syntax(_) | LoadError::Invalid(_))) => {
            assert!(cut < end, "cut at byte {cut}, after the dataset: {e}");
            let first = e.diagnostics()[0];
            assert!(first.line >= 1 && first.col >= 1, "cut at byte {cut}: {e}");
            // Formatting every error would double the time; every 97th shows it is positioned.
            if cut.is_multiple_of(97) {
                let shown = e.to_string();
                assert!(positioned(&shown, "cut.ron"), "cut at byte {cut}: {shown}");
            }
        }
        Err(e) => panic!("cut at byte {cut}: {e}"),
    };
    // Both cores: the cuts are independent.
    let half = bytes.len() / 2;
    std::thread::scope(|s| {
        s.spawn(|| (0..half).for_each(check));
        s.spawn(|| (half..=bytes.len()).for_each(check));
    });
}

#[test]
fn nesting_ten_thousand_deep_is_refused_without_overflowing_the_stack() {
    let deep = format!(
        "Dataset(title: \"t\", actors: {}{})",
        "[".repeat(10_000),
        "]".repeat(10_000)
    );
    let e = load_str("deep.ron", &deep).unwrap_err().to_string();
    assert!(positioned(&e, "deep.ron"), "{e}");
    let root = format!("{}{}", "(".repeat(10_000), ")".repeat(10_000));
    let e = load_str("root.ron", &root).unwrap_err().to_string();
    assert!(positioned(&e, "root.ron"), "{e}");
    // Where ron itself recurses into values it skips: an unknown enum with nested tuples.
    let skipped = format!(
        "Dataset(title: \"t\", description: {}\"x\"{})",
        "Some(".repeat(10_000),
        ")".repeat(10_000)
    );
    let e = load_str("skip.ron", &skipped).unwrap_err().to_string();
    assert!(positioned(&e, "skip.ron"), "{e}");
}

#[test]
fn a_50_mb_string_is_refused_with_its_position() {
    let text = format!(
        "Dataset(title: \"t\", actors: [Actor(id: \"a\", name: \"A\", kind: Person, role: \"r\")],\n\
         interactions: [Interaction(id: \"i\", date: \"2022\", kind: Post, participants: [\"a\"],\n\
         title: \"T\", summary: \"{}\", sources: [Source(outlet: \"o\", url: \"u\")])])",
        "x".repeat(50 << 20)
    );
    let e = load_str("big.ron", &text).unwrap_err().to_string();
    assert!(
        e.starts_with("big.ron:3:22: the summary is 52428800 bytes long"),
        "{}",
        &e[..200.min(e.len())]
    );
}

#[test]
fn empty_missing_directory_and_unreadable_files_say_so() {
    let e = load_str("empty.ron", "").unwrap_err().to_string();
    assert!(e.starts_with("empty.ron:1:1: the file is empty"), "{e}");
    let e = load_str("blank.ron", "\n  \n").unwrap_err().to_string();
    assert!(e.contains("the file is empty"), "{e}");

    let dir = std::env::temp_dir().join(format!("readout-hardening-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let e = load_file(&dir).unwrap_err().to_string();
    assert!(e.contains("cannot read") && e.contains("directory"), "{e}");
    let e = load_file(&dir.join("missing.ron")).unwrap_err().to_string();
    assert!(e.contains("missing.ron: cannot read: No such file"), "{e}");

    use std::os::unix::fs::PermissionsExt;
    let locked = dir.join("locked.ron");
    std::fs::write(&locked, BUILTIN).unwrap();
    std::fs::set_permissions(&locked, std::fs::Permissions::from_mode(0o000)).unwrap();
    match load_file(&locked) {
        Err(e) => assert!(e.to_string().contains("Permission denied"), "{e}"),
        // Root reads a file whatever its permissions: then it simply loads.
        Ok(_) => assert!(std::fs::read(&locked).is_ok(), "only root may read it"),
    }
    std::fs::remove_dir_all(&dir).unwrap();

    let (code, _, err) = readout(&["check", "tests"]);
    assert_eq!(code, 1);
    assert!(
        err.starts_with("tests: cannot read: Is a directory"),
        "{err}"
    );
}

#[test]
fn non_utf8_and_bom() {
    let mut bytes = b"Dataset(title: \"caf".to_vec();
    bytes.push(0xe9);
    bytes.extend_from_slice(b"\")");
    let e = load_bytes("latin1.ron", &bytes).unwrap_err().to_string();
    assert!(
        e.starts_with("latin1.ron:1:20: the file is not valid UTF-8: byte 0xe9 at byte offset 19"),
        "{e}"
    );
    let with_bom = format!("\u{feff}{BUILTIN}");
    assert!(
        load_str("bom.ron", &with_bom).is_ok(),
        "a byte-order mark is accepted"
    );
}

const HOSTILE: &str = "tests/fixtures/hostile.ron";

fn assert_no_raw_controls(output: &str, what: &str) {
    for c in output.chars() {
        assert!(
            !readout::data::clean::is_unsafe(c),
            "{what}: a raw {:?} reached the output",
            c
        );
    }
}

#[test]
fn text_and_csv_show_placeholders() {
    let (code, out, _) = readout(&["list", "--data", HOSTILE]);
    assert_eq!(code, 0);
    assert_no_raw_controls(&out, "list");
    assert!(
        out.contains("A title that clears the screen ␛[2J␛[H"),
        "{out}"
    );
    let (_, out, _) = readout(&["show", "escape", "--data", HOSTILE]);
    assert_no_raw_controls(&out, "show");
    assert!(out.contains("Mallory ␛]0;pwned␇"), "{out}");
    assert!(
        out.contains("copy this ␛]52;c;cHduZWQ=␇ into your clipboard"),
        "{out}"
    );
    assert!(
        out.contains("a tab here and a bell ␇."),
        "tabs are laid out as spaces: {out}"
    );
    let (_, out, _) = readout(&["export", "--format", "csv", "--data", HOSTILE]);
    assert_no_raw_controls(&out, "csv");
    let (_, out, _) = readout(&["export", "--format", "markdown", "--data", HOSTILE]);
    assert_no_raw_controls(&out, "markdown");
    let (_, out, _) = readout(&["check", HOSTILE]);
    assert_no_raw_controls(&out, "check");
}

#[test]
fn json_escapes_them_and_keeps_the_text_exact() {
    let (code, out, _) = readout(&["export", "--data", HOSTILE]);
    assert_eq!(code, 0);
    assert_no_raw_controls(&out, "json");
    assert!(
        out.contains(r#""A title that clears the screen \u001b[2J\u001b[H""#),
        "{out}"
    );
    assert!(
        out.contains(r"copy this \u001b]52;c;cHduZWQ=\u0007 into"),
        "{out}"
    );
    let parsed: serde_json::Value = serde_json::from_str(&out).unwrap();
    assert_eq!(
        parsed[0]["title"].as_str(),
        Some("A title that clears the screen \u{1b}[2J\u{1b}[H"),
        "a JSON reader gets the data's exact text back"
    );
    // C1 controls and bidi overrides, which JSON allows raw, are escaped too.
    let text = std::fs::read_to_string(HOSTILE).unwrap().replace(
        "A title that clears",
        "A \u{9b}31m title \u{202e} that clears",
    );
    let path = std::env::temp_dir().join(format!("readout-c1-{}.ron", std::process::id()));
    std::fs::write(&path, text).unwrap();
    let (_, out, _) = readout(&["list", "--format", "json", "--data", path.to_str().unwrap()]);
    std::fs::remove_file(&path).unwrap();
    assert!(
        out.contains(r"A \u009b31m title \u202e that clears"),
        "{out}"
    );
}

#[test]
fn the_browser_refuses_a_pipe() {
    let (code, out, err) = readout(&[]);
    assert_eq!(code, 2, "{err}");
    assert!(out.is_empty(), "nothing painted into the pipe");
    assert!(err.contains("standard output is not a terminal"), "{err}");
    assert!(
        err.contains("readout list") && err.contains("readout show"),
        "{err}"
    );
}
