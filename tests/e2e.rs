//! End-to-end tests: the built `readout` binary in a real terminal, through the tmux harness of
//! `tests/common/tmux.rs`, on the built-in dataset.

mod common;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::thread::sleep;
use std::time::Instant;

use common::tmux::*;
use common::{builtin_all, builtin_count, builtin_count_any_role};

/// The title of the built-in dataset's call between Blinken and Aliyev.
const BLINKEN_ALIYEV: &str = "Blinken and Aliyev discuss the peace process by phone";
/// The start of Blinken's quote in that call.
const BLINKEN_QUOTE: &str = "“I commend the positive momentum";

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

/// Opens the built-in dataset, filters by Aliyev through the picker, reads the call in Detail,
/// opens and closes the help, and quits with `q`.
#[test]
fn filter_by_aliyev_read_the_call_open_help_and_quit() {
    let Some(t) = Tmux::start("aliyev", 120, 40) else {
        return;
    };
    let log = t.log_output();
    t.run_between_markers(&sh_quote(BIN));

    // Open: the three panes, the dataset's title, every interaction.
    let all = builtin_all();
    let aliyev = builtin_count(&["aliyev"], true);
    let screen = t.wait_until(
        &format!("the browser with no filter and {all} interactions"),
        |s| status_shows(s, &all, &["No filter"]),
    );
    let first = lines(&screen)[0];
    assert!(
        first.contains("readout") && first.contains("South Caucasus diplomacy"),
        "the header should name the program and the dataset:\n{}",
        framed(&screen)
    );
    assert_eq!(
        panes(&screen),
        ["1 Timeline", "2 Actors", "3 Detail"],
        "all three panes at 120x40:\n{}",
        framed(&screen)
    );
    assert!(
        !lines(&screen).contains(&"BEFORE"),
        "the browser should draw on the alternate screen, not over the shell's:\n{}",
        framed(&screen)
    );
    assert_eq!(
        t.format("#{alternate_on}"),
        "1",
        "the alternate screen is on"
    );
    t.wait_for_log(&log, ENTER_ALTERNATE_SCREEN);

    // The picker: `f`, a part of the name, Enter.
    t.keys(&["f"]);
    t.wait_until("the actor picker", |s| has_box(s, "Filter by actor"));
    t.type_text("aliyev");
    t.keys(&["Enter"]);
    t.wait_until(
        &format!("the picker to close and the filter on Ilham Aliyev: {aliyev} interactions"),
        |s| {
            !has_box(s, "Filter by actor")
                && status_shows(s, &aliyev, &["Filter:", "Ilham Aliyev"])
                // Putin's press conference of December 2020 is filtered out of the Timeline.
                && !s.contains("Putin: ending the bloodshed")
        },
    );

    // j moves down the Timeline to the call of 25 July 2022, whose full title Detail shows;
    // Enter reads it in Detail, and j scrolls down to the quote's speaker.
    t.press_until(
        "j",
        40,
        "the Blinken–Aliyev call of 25 July 2022 in Detail",
        |s| s.contains(BLINKEN_ALIYEV),
    );
    t.keys(&["Enter"]);
    t.press_until("j", 40, "the quote and its speaker", |s| {
        s.contains(BLINKEN_QUOTE) && s.contains("— Antony Blinken (U.S. Secretary of State), tweet")
    });

    // Help: `?` opens the Keys box, Esc closes it.
    t.keys(&["?"]);
    t.wait_until("the help box listing quit", |s| {
        // Not the footer: a row above it.
        has_box(s, "Keys") && lines(s).iter().rev().skip(1).any(|l| l.contains("quit"))
    });
    t.keys(&["Escape"]);
    t.wait_until("the help box to close", |s| {
        !has_box(s, "Keys") && status_shows(s, &aliyev, &["Filter:"])
    });

    t.keys(&["q"]);
    t.assert_restored(0);
    t.wait_for_log(&log, LEAVE_ALTERNATE_SCREEN);
}

/// Two actors through the picker (one by an alias), all/any, clear, the Actors pane's Space, and
/// Ctrl-C from inside the picker.
#[test]
fn filter_by_two_actors_switch_all_any_clear_and_ctrl_c_in_the_picker() {
    let Some(t) = Tmux::start("two-actors", 120, 40) else {
        return;
    };
    t.run_between_markers(&sh_quote(BIN));
    let all = builtin_all();
    let blinken = builtin_count(&["blinken"], true);
    let both = builtin_count(&["blinken", "pashinyan"], true);
    let either = builtin_count(&["blinken", "pashinyan"], false);
    t.wait_until(&format!("{all} interactions"), |s| {
        status_shows(s, &all, &[])
    });

    t.keys(&["f"]);
    t.wait_until("the actor picker", |s| has_box(s, "Filter by actor"));
    t.type_text("blinken");
    t.keys(&["Enter"]);
    t.wait_until("the filter on Antony Blinken", |s| {
        !has_box(s, "Filter by actor") && status_shows(s, &blinken, &["Antony Blinken (took part)"])
    });

    // "pashinian" is an alias of Nikol Pashinyan.
    t.keys(&["f"]);
    t.wait_until("the actor picker", |s| has_box(s, "Filter by actor"));
    t.type_text("pashinian");
    t.keys(&["Enter"]);
    t.wait_until(
        &format!("the filter on both actors: {both} interactions, their calls"),
        |s| {
            !has_box(s, "Filter by actor")
                && status_shows(s, &both, &["Filter:", "Nikol Pashinyan"])
                && s.contains("Blinken and Pashinyan discuss")
                && !s.contains("Blinken and Aliyev discuss")
        },
    );

    // `m`: interactions with any of them, and back to all. The first of them, the ceasefire
    // statement of 2020, is Pashinyan's without Blinken (`g` goes to it: the selection stays
    // on the call it was on).
    t.keys(&["m", "g"]);
    t.wait_until(&format!("any of the two: {either} interactions"), |s| {
        status_shows(s, &either, &[]) && s.contains("Putin, Aliyev and Pashinyan sign")
    });
    t.keys(&["m"]);
    t.wait_until(&format!("all of the two again: {both} interactions"), |s| {
        status_shows(s, &both, &[]) && !s.contains("Putin, Aliyev and Pashinyan sign")
    });
    // `a`: any role, quoted too: the detainee swap of June 2021, where Blinken is only
    // quoted, joins them.
    let quoted_too = builtin_count_any_role(&["blinken", "pashinyan"], true);
    assert_ne!(quoted_too, both);
    t.keys(&["a"]);
    t.wait_until(&format!("any role: {quoted_too} interactions"), |s| {
        status_shows(s, &quoted_too, &[]) && s.contains("Azerbaijan frees 15 Armenian")
    });
    t.keys(&["a"]);
    t.wait_until(&format!("where they took part again: {both}"), |s| {
        status_shows(s, &both, &[])
    });

    // `c` clears the filter (`g`: to the top, where the first statement is).
    t.keys(&["c", "g"]);
    t.wait_until(
        &format!("the filter to be cleared: {all} interactions"),
        |s| status_shows(s, &all, &[]) && s.contains("Putin: ending the bloodshed"),
    );

    // In the Actors pane, Space adds the selected actor to the filter and removes it again.
    t.keys(&["2", "Space"]);
    t.wait_until("a filter on the selected actor", |s| {
        status_line(s)
            .is_some_and(|l| l.contains("Filter:") && !l.ends_with(&format!(" {all} interactions")))
    });
    t.keys(&["Space"]);
    t.wait_until("the selected actor to leave the filter", |s| {
        status_shows(s, &all, &[])
    });

    // Ctrl-C quits from inside the picker too.
    t.keys(&["f"]);
    t.wait_until("the actor picker", |s| has_box(s, "Filter by actor"));
    t.keys(&["C-c"]);
    t.assert_restored(0);
}

/// Ctrl-C quits from the main screen and restores the terminal.
#[test]
fn ctrl_c_quits_and_restores_the_terminal() {
    let Some(t) = Tmux::start("ctrl-c", 120, 40) else {
        return;
    };
    t.run_between_markers(&sh_quote(BIN));
    t.wait_for_browser();
    // Somewhere else than the start: the Detail pane focused.
    t.keys(&["3", "C-c"]);
    t.assert_restored(0);
}

/// At 60x20 one pane is shown at a time, the header names the three as tabs, and the digits
/// switch between them; a resize to 120x40 brings back all three.
#[test]
fn narrow_terminal_shows_one_pane_at_a_time() {
    let Some(t) = Tmux::start("narrow", 60, 20) else {
        return;
    };
    t.run_between_markers(&format!("NO_COLOR=1 {}", sh_quote(BIN)));
    let screen = t.wait_until("the Timeline pane alone", |s| {
        status_line(s).is_some() && panes(s) == ["1 Timeline"]
    });
    let header = lines(&screen)[0];
    for tab in ["1 Timeline", "2 Actors", "3 Detail"] {
        assert!(
            header.contains(tab),
            "the header should show the tab {tab:?}:\n{}",
            framed(&screen)
        );
    }

    t.keys(&["2"]);
    t.wait_until("the Actors pane alone", |s| {
        panes(s) == ["2 Actors"] && s.contains("Nikol Pashinyan")
    });
    t.keys(&["3"]);
    t.wait_until("the Detail pane alone", |s| panes(s) == ["3 Detail"]);
    t.keys(&["1"]);
    t.wait_until("the Timeline pane alone again", |s| {
        panes(s) == ["1 Timeline"] && s.contains("2020-11-09")
    });

    t.ok(&["resize-window", "-t", SESSION, "-x", "120", "-y", "40"]);
    t.wait_until("all three panes after the resize to 120x40", |s| {
        panes(s) == ["1 Timeline", "2 Actors", "3 Detail"] && status_line(s).is_some()
    });

    t.keys(&["q"]);
    t.assert_restored(0);
}

/// A dataset with two unknown actor ids: each is reported as FILE:LINE:COL, the exit status is
/// 1, and the terminal never leaves the shell's screen or cooked mode.
#[test]
fn invalid_data_prints_positioned_errors_and_exits_1() {
    let Some(t) = Tmux::start("invalid", 120, 40) else {
        return;
    };
    let data = r#"#![enable(implicit_some)]
// Broken on purpose: an interaction names two actors that the file does not define.
Dataset(
    title: "Broken on purpose",
    description: "Unknown actor ids.",
    actors: [
        Actor(id: "blinken", name: "Antony Blinken", kind: Person, role: "U.S. Secretary of State"),
        Actor(id: "aliyev", name: "Ilham Aliyev", kind: Person, role: "President of Azerbaijan"),
    ],
    interactions: [
        Interaction(
            id: "call",
            date: "2022-07-25",
            kind: PhoneCall,
            participants: ["blinken", "nobody"],
            title: "Blinken calls Aliyev",
            summary: "A call.",
            quotes: [Quote(speaker: "ghost", text: "Words.")],
            sources: [Source(outlet: "Outlet", title: "Headline", url: "https://example.org/")],
        ),
    ],
)
"#;
    fs::write(t.dir.join("bad.ron"), data).expect("write the broken dataset");
    let dir = t.dir.to_str().expect("a UTF-8 temporary path");
    // From the file's directory, so that FILE is short and its errors fit on a row.
    t.run_and_wait(&format!("cd {}", sh_quote(dir)));
    let log = t.log_output();
    t.run_between_markers(&format!("{} bad.ron", sh_quote(BIN)));

    let screen = t.wait_for_shell();
    assert_terminal_restored(&screen, 1);
    for id in ["nobody", "ghost"] {
        let (line, cols) = position_of(data, &format!("\"{id}\""));
        let prefix = format!("bad.ron:{line}:");
        let reported = lines(&screen).into_iter().find_map(|l| {
            let rest = l.strip_prefix(&prefix)?;
            let (col, message) = rest.split_once(':')?;
            Some((col.parse::<usize>().ok()?, message.to_owned()))
        });
        let Some((col, message)) = reported else {
            panic!(
                "expected an error at {prefix}COL for the unknown id {id:?}:\n{}",
                framed(&screen)
            );
        };
        assert!(
            cols.contains(&col) && message.contains(id),
            "the error for {id:?} should point into {cols:?} and name it; it is \
             {prefix}{col}:{message}"
        );
    }
    let output = t.wait_for_log(&log, "AFTER 1");
    assert!(
        !contains(&output, ENTER_ALTERNATE_SCREEN.as_bytes()),
        "invalid data must be reported without entering the alternate screen; the output:\n{}",
        String::from_utf8_lossy(&output).escape_debug()
    );
    assert_eq!(t.format("#{alternate_on}"), "0");
}

/// The 1-based line of the first `needle` in `text`, and the 1-based columns it spans.
fn position_of(text: &str, needle: &str) -> (usize, std::ops::RangeInclusive<usize>) {
    let (n, line) = text
        .lines()
        .enumerate()
        .find(|(_, l)| l.contains(needle))
        .expect("the needle is in the text");
    let start = line[..line.find(needle).unwrap()].chars().count() + 1;
    (n + 1, start..=start + needle.chars().count() - 1)
}

/// `/tbilisi` narrows the timeline as it is typed and Enter keeps it as a filter; `y` copies
/// the selected quote with the OSC 52 escape, which tmux (with `set-clipboard on`) stores as
/// a paste buffer, just as a terminal would put it on the clipboard.
#[test]
fn search_keeps_a_filter_and_y_copies_a_quote_to_the_clipboard() {
    let Some(t) = Tmux::start("search-copy", 120, 40) else {
        return;
    };
    t.ok(&["set-option", "-g", "set-clipboard", "on"]);
    t.run_between_markers(&sh_quote(BIN));
    let screen = t.wait_for_browser();
    let total = status_line(&screen)
        .and_then(|l| l.strip_suffix(" interactions"))
        .and_then(|l| l.rsplit_once(" of "))
        .map(|(_, m)| m.to_owned())
        .expect("N of M on the status line");
    t.keys(&["/"]);
    t.type_text("tbilisi");
    let screen = t.wait_until("the search line with its live count", |s| {
        s.contains(" /tbilisi")
            && status_line(s).is_some_and(|l| !l.contains(&format!(" {total} of ")))
    });
    let shown: usize = status_line(&screen)
        .and_then(|l| l.strip_suffix(&format!(" of {total} interactions")))
        .and_then(|l| l.rsplit(' ').next())
        .and_then(|n| n.parse().ok())
        .expect("N of M while searching");
    assert!(
        shown > 0 && shown < total.parse().unwrap(),
        "the search narrows the timeline: {shown} of {total}"
    );
    t.keys(&["Enter"]);
    t.wait_until("the search kept as a filter", |s| {
        status_line(s).is_some_and(|l| l.contains("kept as a filter"))
    });
    // The second match is Blinken's tweet welcoming the Tbilisi talks: one quote.
    t.keys(&["j"]);
    t.wait_until("the tweet in Detail", |s| {
        s.contains("Direct dialogue is the surest path")
    });
    t.keys(&["y"]);
    t.wait_until("the copy confirmed", |s| {
        s.contains("Copied the quote of Antony Blinken")
    });
    let start = Instant::now();
    let buffer = loop {
        let out = t.tmux(&["show-buffer"]);
        let text = String::from_utf8_lossy(&out.stdout).into_owned();
        if out.status.success() && text.contains("Direct dialogue") {
            break text;
        }
        assert!(
            start.elapsed() < DEADLINE,
            "no paste buffer from the OSC 52 copy"
        );
        sleep(POLL);
    };
    assert!(
        buffer.starts_with("“Direct dialogue is the surest path to resolving Azerbaijani and Armenian differences,” — Antony Blinken (U.S. Secretary of State), "),
        "{buffer}"
    );
    assert!(
        buffer.contains("https://"),
        "the citation has the source's URL: {buffer}"
    );
    t.keys(&["q"]);
    t.assert_restored(0);
}

// ---------------------------------------------------------------------------------------------
// Hostile text and hostile terminals
// ---------------------------------------------------------------------------------------------

/// Names, quotes and sources that carry a window title (OSC 0), a screen clear, a clipboard
/// write (OSC 52) and a bell reach the screen as visible placeholders: the pane's title and the
/// clipboard do not change, and the screen stays intact.
#[test]
fn escape_codes_in_the_data_do_not_reach_the_terminal() {
    let Some(t) = Tmux::start("hostile", 120, 40) else {
        return;
    };
    t.ok(&["set-option", "-g", "set-clipboard", "on"]);
    t.ok(&["set-option", "-g", "allow-rename", "on"]);
    let title = t.format("#{pane_title}");
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/hostile.ron");
    let log = t.log_output();
    t.run_between_markers(&format!(
        "{} {}",
        sh_quote(BIN),
        sh_quote(fixture.to_str().unwrap())
    ));
    let screen = t.wait_until("the hostile dataset, with its placeholders", |s| {
        status_line(s).is_some() && s.contains("Mallory ␛]0;pwned␇") && s.contains("␛[2J")
    });
    // Read the quote (OSC 52 inside) and copy nothing: the clipboard is only ours to write.
    t.keys(&["Enter", "G"]);
    t.wait_until("the quote with its placeholders", |s| {
        s.contains("copy this ␛]52;c;cHduZWQ=␇")
    });
    assert!(
        has_box(&screen, "1 Timeline"),
        "the screen is intact:\n{}",
        framed(&screen)
    );
    assert_eq!(t.format("#{pane_title}"), title, "the pane's title changed");
    let buffers = t.tmux(&["list-buffers"]);
    assert!(
        String::from_utf8_lossy(&buffers.stdout).trim().is_empty(),
        "the data wrote to the clipboard: {}",
        String::from_utf8_lossy(&buffers.stdout)
    );
    t.keys(&["q"]);
    t.assert_restored(0);
    let bytes = fs::read(&log).expect("the output log");
    for raw in ["\x1b]0;pwned", "\x1b]52;c;cHduZWQ", "\x07"] {
        assert!(
            !contains(&bytes, raw.as_bytes()),
            "{raw:?} reached the terminal raw"
        );
    }
}

/// Starts the browser from a shell that writes its pid to `pid` first, so that a test can
/// send it signals.
fn run_with_pid(t: &Tmux, args: &str) -> PathBuf {
    let pid = t.dir.join("pid");
    t.run_between_markers(&format!(
        "sh -c 'echo $$ > {}; exec \"$0\" \"$@\"' {} {args}",
        pid.display(),
        sh_quote(BIN)
    ));
    pid
}

fn read_pid(t: &Tmux, path: &Path) -> String {
    t.wait_for_browser();
    fs::read_to_string(path)
        .expect("the pid file")
        .trim()
        .to_owned()
}

/// SIGTERM and SIGHUP stop the browser with the conventional status (128 + the signal) and a
/// restored terminal.
#[test]
fn sigterm_and_sighup_restore_the_terminal() {
    for (signal, code) in [("TERM", 143), ("HUP", 129)] {
        let Some(t) = Tmux::start(&format!("sig{signal}"), 120, 40) else {
            return;
        };
        let pid = run_with_pid(&t, "");
        let pid = read_pid(&t, &pid);
        // Somewhere else than the start: an overlay open.
        t.keys(&["?"]);
        t.wait_until("the help", |s| has_box(s, "Keys"));
        let status = Command::new("kill")
            .args([&format!("-{signal}"), &pid])
            .status()
            .expect("kill runs");
        assert!(status.success());
        t.assert_restored(code);
    }
}

/// A panic in the loop leaves the terminal restored, and its message is printed on the main
/// screen after that, not into the alternate screen. (`READOUT_PANIC_ON_KEY` makes a debug
/// build panic on a key, for this test.)
#[test]
fn a_panic_restores_the_terminal_then_prints_its_message() {
    let Some(t) = Tmux::start("panic", 120, 40) else {
        return;
    };
    t.run_between_markers(&format!("READOUT_PANIC_ON_KEY=! {}", sh_quote(BIN)));
    t.wait_for_browser();
    t.keys(&["2", "!"]);
    let screen = t.assert_restored(101);
    let after = screen.find("BEFORE").unwrap();
    assert!(
        screen[after..].contains("a panic on purpose"),
        "the panic message belongs on the restored screen:\n{}",
        framed(&screen)
    );
}

/// Without a terminal that can draw it, the browser refuses, points to list and show, and
/// exits 2.
#[test]
fn term_dumb_refuses_the_browser() {
    let Some(t) = Tmux::start("dumb", 120, 40) else {
        return;
    };
    t.run_between_markers(&format!("TERM=dumb {}", sh_quote(BIN)));
    let screen = t.assert_restored(2);
    assert!(screen.contains("readout list"), "{}", framed(&screen));
}

/// The browser reloads its file when it changes on disk. A broken save keeps the good data on
/// screen, with the first error (FILE:LINE:COL) in the status line; the next good save loads.
/// Filters and the selection survive by id; nothing is written beside the file.
#[test]
fn live_reload_keeps_the_good_copy() {
    let Some(t) = Tmux::start("reload", 120, 40) else {
        return;
    };
    let data = t.dir.join("data");
    fs::create_dir_all(&data).unwrap();
    let file = data.join("small.ron");
    let small =
        fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/small.ron"))
            .unwrap();
    fs::write(&file, &small).unwrap();
    t.run_between_markers(&format!(
        "{} {}",
        sh_quote(BIN),
        sh_quote(file.to_str().unwrap())
    ));
    t.wait_for_browser();
    t.keys(&["f"]);
    t.type_text("aliyev");
    t.keys(&["Enter"]);
    t.wait_until("the filter", |s| status_shows(s, "3 of 5", &[]));
    // A good change: a title edited.
    fs::write(
        &file,
        small.replace("Blinken calls Aliyev", "Blinken telephones Aliyev"),
    )
    .unwrap();
    t.wait_until("the reloaded title, the filter kept", |s| {
        s.contains("Blinken telephones Aliyev") && status_shows(s, "3 of 5", &[])
    });
    // A broken save: the old data stays, the error shows with its position.
    let broken = small.replace(
        "participants: [\"blinken\", \"aliyev\"]",
        "participants: [\"blinken\", \"aliev\"]",
    );
    fs::write(&file, &broken).unwrap();
    let screen = t.wait_until("the reload error", |s| s.contains("Reload failed"));
    assert!(
        screen.contains("Blinken telephones Aliyev"),
        "the good copy stays:\n{}",
        framed(&screen)
    );
    assert!(
        screen.contains("small.ron:"),
        "the error names FILE:LINE:COL:\n{}",
        framed(&screen)
    );
    // `r` tries again by hand; the next good save loads.
    fs::write(&file, &small).unwrap();
    t.keys(&["r"]);
    t.wait_until("the good data again", |s| {
        s.contains("Blinken calls Aliyev") && !s.contains("Reload failed")
    });
    t.keys(&["q"]);
    t.assert_restored(0);
    let entries: Vec<_> = fs::read_dir(&data)
        .unwrap()
        .map(|e| e.unwrap().file_name())
        .collect();
    assert_eq!(
        entries,
        ["small.ron"],
        "nothing was written beside the data file"
    );
    assert_eq!(
        fs::read_to_string(&file).unwrap(),
        small,
        "the data file was not written"
    );
}

/// The row of a pair in the Relationships pane: its count, if the screen shows the pair.
fn pair_row_count(screen: &str, pair: &str) -> Option<u32> {
    lines(screen).iter().find_map(|l| {
        let (_, rest) = l.split_once(pair)?;
        rest.split_whitespace().next()?.parse().ok()
    })
}

/// The Relationships pane follows the time range: after `t 2022`, the pairs count 2022 only.
#[test]
fn a_time_range_changes_the_pairs() {
    let Some(t) = Tmux::start("pairs-2022", 120, 40) else {
        return;
    };
    t.run_between_markers(&sh_quote(BIN));
    let all = builtin_all();
    t.wait_until(&format!("{all} interactions"), |s| {
        status_shows(s, &all, &[])
    });
    t.keys(&["v"]);
    let all = t.wait_until("the pairs of the whole dataset", |s| {
        has_box(s, "2 Relationships") && pair_row_count(s, "Pashinyan — Aliyev").is_some()
    });
    let before = pair_row_count(&all, "Pashinyan — Aliyev").unwrap_or(0);
    t.keys(&["t"]);
    t.type_text("2022");
    t.keys(&["Enter"]);
    let in_2022 = t.wait_until("the pairs of 2022", |s| {
        status_line(s).is_some_and(|l| l.contains("Filter: 2022"))
            && pair_row_count(s, "Pashinyan — Aliyev").is_some_and(|n| n < before)
    });
    let title = |s: &str| {
        lines(s).iter().find_map(|l| {
            Some(
                l.split_once("together · ")?
                    .1
                    .split(" pairs")
                    .next()?
                    .to_owned(),
            )
        })
    };
    assert!(
        title(&all).is_some() && title(&in_2022).is_some() && title(&all) != title(&in_2022),
        "the pane's title counts the pairs of 2022:\n{}\n{}",
        framed(&all),
        framed(&in_2022)
    );
}

/// The network view on Pashinyan: `2` and `j` to him in the Actors pane, `w` draws his circle
/// with his counterparts, `j` selects the next, `Enter` filters the timeline to the pair (clicks
/// are tested through `update`, in tests/network.rs), `W` draws the whole network, and `q` quits.
#[test]
fn network_view_on_pashinyan() {
    let Some(t) = Tmux::start("network", 120, 40) else {
        return;
    };
    // Where the Actors pane lists Pashinyan: actors by number of interactions, then name.
    let data = common::builtin();
    let pashinyan = data.actor_index("pashinyan").unwrap();
    let order = common::state(common::builtin(), 120, 40).sorted_actors();
    let at = order.iter().position(|&a| a == pashinyan).unwrap();
    // The pair's weight: interactions both took part in (participants and initiator).
    let both = data
        .dataset
        .interactions
        .iter()
        .filter(|it| {
            ["pashinyan", "aliyev"].iter().all(|id| {
                it.participants.iter().any(|p| p == id) || it.initiator.as_deref() == Some(id)
            })
        })
        .count();
    let heaviest = format!("Pashinyan — Aliyev · {both} interactions");
    let all = builtin_all();
    t.run_between_markers(&sh_quote(BIN));
    t.wait_until(&format!("{all} interactions"), |s| {
        status_shows(s, &all, &[])
    });
    t.keys(&["2"]);
    for _ in 0..at {
        t.keys(&["j"]);
    }
    t.keys(&["w"]);
    let screen = t.wait_until("Pashinyan's circle with his counterparts", |s| {
        s.contains("Network: Nikol Pashinyan")
            && s.contains("counterparts")
            && ["Aliyev", "Putin", "Mirzoyan", "Blinken", "Michel"]
                .iter()
                .all(|who| s.contains(who))
    });
    assert!(
        screen.contains(&heaviest),
        "the heaviest counterpart is selected and described:\n{}",
        framed(&screen)
    );
    assert!(
        lines(&screen).last().unwrap().contains("W widen"),
        "the footer names the view's keys:\n{}",
        framed(&screen)
    );
    t.keys(&["j"]);
    t.wait_until("the next counterpart described", |s| {
        s.contains("Pashinyan —") && !s.contains(&heaviest)
    });
    t.keys(&["g", "Enter"]);
    t.wait_until("the timeline filtered to Pashinyan and Aliyev", |s| {
        !s.contains("Network:")
            && status_shows(
                s,
                &builtin_count(&["pashinyan", "aliyev"], true),
                &["Filter:", "Nikol Pashinyan", "Ilham Aliyev"],
            )
    });
    t.keys(&["c", "2", "W"]);
    t.wait_until("the whole network", |s| {
        s.contains("every actor of the filtered interactions") && s.contains(" more ")
    });
    t.keys(&["Escape"]);
    t.wait_until("the panes again", |s| {
        panes(s) == ["1 Timeline", "2 Actors", "3 Detail"]
    });
    t.keys(&["q"]);
    t.assert_restored(0);
}
