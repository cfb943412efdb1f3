//! End-to-end tests: the built `readout` binary in a real terminal, through the tmux harness of
//! tests/common/tmux.rs.

#[path = "common/tmux.rs"]
mod tmux;

use std::fs;
use std::thread::sleep;
use std::time::Instant;

use tmux::*;

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
    let screen = t.wait_until(
        "the browser with no filter and 11 of 11 interactions",
        |s| status_shows(s, "11 of 11", &["No filter"]),
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
        "the picker to close, the filter on Ilham Aliyev, 1 of 11 interactions, and the call \
         with its quote in Detail",
        |s| {
            !has_box(s, "Filter by actor")
                && status_shows(s, "1 of 11", &["Filter:", "Ilham Aliyev"])
                && s.contains(BLINKEN_ALIYEV)
                && s.contains(BLINKEN_QUOTE)
                // The first interaction is filtered out of the Timeline.
                && !s.contains("Donfried in Yerevan")
        },
    );

    // Enter reads the interaction in Detail; j scrolls down to the quote's speaker.
    t.keys(&["Enter"]);
    t.press_until("j", 40, "the quote and its speaker", |s| {
        s.contains(BLINKEN_QUOTE) && s.contains("— Antony Blinken (tweet)")
    });

    // Help: `?` opens the Keys box, Esc closes it.
    t.keys(&["?"]);
    t.wait_until("the help box listing quit", |s| {
        // Not the footer: a row above it.
        has_box(s, "Keys") && lines(s).iter().rev().skip(1).any(|l| l.contains("quit"))
    });
    t.keys(&["Escape"]);
    t.wait_until("the help box to close", |s| {
        !has_box(s, "Keys") && status_shows(s, "1 of 11", &["Filter:"])
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
    t.wait_until("11 of 11 interactions", |s| {
        status_shows(s, "11 of 11", &[])
    });

    t.keys(&["f"]);
    t.wait_until("the actor picker", |s| has_box(s, "Filter by actor"));
    t.type_text("blinken");
    t.keys(&["Enter"]);
    t.wait_until("the filter on Antony Blinken", |s| {
        !has_box(s, "Filter by actor") && status_shows(s, "3 of 11", &["Antony Blinken"])
    });

    // "pashinian" is an alias of Nikol Pashinyan.
    t.keys(&["f"]);
    t.wait_until("the actor picker", |s| has_box(s, "Filter by actor"));
    t.type_text("pashinian");
    t.keys(&["Enter"]);
    t.wait_until(
        "the filter on both actors: 1 of 11 interactions, their call",
        |s| {
            !has_box(s, "Filter by actor")
                && status_shows(s, "1 of 11", &["Filter:", "Nikol Pashinyan"])
                && s.contains("Blinken and Pashinyan discuss")
                && !s.contains(BLINKEN_ALIYEV)
        },
    );

    // `m`: interactions with any of them (Blinken 3, Pashinyan 4, together 1), and back to all.
    t.keys(&["m"]);
    t.wait_until("any of the two: 6 of 11 interactions", |s| {
        status_shows(s, "6 of 11", &[]) && s.contains("Blinken and Aliyev discuss")
    });
    t.keys(&["m"]);
    t.wait_until("all of the two again: 1 of 11 interactions", |s| {
        status_shows(s, "1 of 11", &[]) && !s.contains("Blinken and Aliyev discuss")
    });

    // `c` clears the filter.
    t.keys(&["c"]);
    t.wait_until("the filter to be cleared: 11 of 11 interactions", |s| {
        status_shows(s, "11 of 11", &[]) && s.contains("Donfried in Yerevan")
    });

    // In the Actors pane, Space adds the selected actor to the filter and removes it again.
    t.keys(&["2", "Space"]);
    t.wait_until("a filter on the selected actor", |s| {
        status_line(s)
            .is_some_and(|l| l.contains("Filter:") && !l.ends_with(" 11 of 11 interactions"))
    });
    t.keys(&["Space"]);
    t.wait_until("the selected actor to leave the filter", |s| {
        status_shows(s, "11 of 11", &[])
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
        panes(s) == ["1 Timeline"] && s.contains("2022-06-18")
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
    t.run_line(&format!("cd {}", sh_quote(dir)));
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
        buffer.starts_with("“Direct dialogue is the surest path to resolving Azerbaijani and Armenian differences,” — Antony Blinken, "),
        "{buffer}"
    );
    assert!(
        buffer.contains("https://"),
        "the citation has the source's URL: {buffer}"
    );
    t.keys(&["q"]);
    t.assert_restored(0);
}
