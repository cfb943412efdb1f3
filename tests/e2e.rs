//! End-to-end tests: the built `readout` binary in a real terminal.
//!
//! Each test starts its own tmux server on a private socket (`tmux -L readout-e2e-<pid>-<test>`),
//! runs a plain `sh` in it, types a command line that runs the browser between two markers and
//! then reports the terminal modes, sends keys, and reads the screen with `capture-pane -p`.
//! Every expectation is waited for by polling the screen up to a generous deadline; a timeout
//! fails with the last screen. Nothing is asserted about timing.
//!
//! Without tmux the tests print a note and pass, unless the environment variable `CI` is set:
//! CI installs tmux, so there a missing tmux is a failure.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// How long to wait for anything to appear on the screen. Generous: a loaded CI machine with two
/// cores may take seconds to start a debug binary.
const DEADLINE: Duration = Duration::from_secs(30);
/// How often the screen is read while waiting.
const POLL: Duration = Duration::from_millis(50);
/// The shell's prompt, fixed so that the tests can tell when a command has finished.
const PROMPT: &str = "e2e$";
/// The tmux session every test uses (each test has its own server).
const SESSION: &str = "e2e";

const BIN: &str = env!("CARGO_BIN_EXE_readout");

// ---------------------------------------------------------------------------------------------
// The harness
// ---------------------------------------------------------------------------------------------

/// A tmux server of one test, with a shell in a single pane of the given size. Dropping it kills
/// the server (and with it the shell and the browser), also when the test panics.
struct Tmux {
    socket: String,
    /// The socket's file, once the server runs; removed on drop (tmux leaves it behind).
    socket_path: Option<PathBuf>,
    /// A scratch directory of this test, removed on drop.
    dir: PathBuf,
}

impl Tmux {
    /// Starts a server with `sh` at `width`x`height` and waits for the prompt, or returns `None`
    /// (after printing why) when tmux is missing outside CI.
    fn start(test: &str, width: u16, height: u16) -> Option<Tmux> {
        if !tmux_available() {
            if std::env::var_os("CI").is_some() {
                panic!("tmux is not installed but CI is set: CI must install tmux for {test}");
            }
            // Straight to stderr, past the test harness's capture, so that the note shows; in
            // one write, so that it does not interleave with the harness's lines.
            let note =
                format!("note: skipping the end-to-end test {test}: tmux is not installed\n");
            let _ = std::io::stderr().write_all(note.as_bytes());
            return None;
        }
        let socket = format!("readout-e2e-{}-{test}", std::process::id());
        let dir = std::env::temp_dir().join(&socket);
        let _ = fs::remove_dir_all(&dir);
        fs::create_dir_all(&dir).expect("create the test's scratch directory");
        // Built before the server starts, so that a failure from here on still kills it.
        let mut tmux = Tmux {
            socket,
            socket_path: None,
            dir,
        };
        let (w, h) = (width.to_string(), height.to_string());
        // readout's configuration home: the test's own directory, never the user's.
        let config_home = format!("XDG_CONFIG_HOME={}", tmux.dir.join("config").display());
        tmux.ok(&[
            // No user configuration: the defaults are what the tests expect.
            "-f",
            "/dev/null",
            "new-session",
            "-d",
            "-s",
            SESSION,
            "-x",
            &w,
            "-y",
            &h,
            // tmux runs this directly (several arguments: no shell in between).
            "env",
            "-u",
            "ENV",
            "-u",
            "NO_COLOR",
            "-u",
            "READOUT_CONFIG",
            &config_home,
            "TERM=xterm-256color",
            &format!("PS1={PROMPT} "),
            "sh",
        ]);
        tmux.socket_path = Some(tmux.format("#{socket_path}").into());
        tmux.wait_until("the shell's prompt", |s| lines(s).contains(&PROMPT));
        Some(tmux)
    }

    /// Runs `tmux -L <socket> ARGS`.
    fn tmux(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            // UTF-8 whatever the locale: the screen is full of box-drawing characters.
            .arg("-u")
            .arg("-L")
            .arg(&self.socket)
            .args(args)
            // A developer running the tests inside tmux: the private server is a separate one.
            .env_remove("TMUX")
            .output()
            .expect("run tmux")
    }

    /// Runs a tmux command that must succeed; returns its stdout.
    fn ok(&self, args: &[&str]) -> String {
        let out = self.tmux(args);
        assert!(
            out.status.success(),
            "tmux {} failed ({}): {}",
            args.join(" "),
            out.status,
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    /// Sends keys by tmux name: `Enter`, `Escape`, `C-c`, `j`, `?`…
    fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", SESSION];
        args.extend_from_slice(keys);
        self.ok(&args);
    }

    /// Types `text` literally, one key per character.
    fn type_text(&self, text: &str) {
        self.ok(&["send-keys", "-t", SESSION, "-l", "--", text]);
    }

    /// Types a command line into the shell and presses Enter.
    fn run_line(&self, line: &str) {
        self.type_text(line);
        self.keys(&["Enter"]);
    }

    /// Types the command line that runs the browser: it prints `BEFORE`, runs `command` (a shell
    /// command), prints `AFTER <exit status>` and the terminal's `isig`, `icanon` and `echo`
    /// modes, each on a line of its own, with a `-` in front when the mode is off.
    fn run_between_markers(&self, command: &str) {
        self.run_line(&format!(
            "printf 'BEFORE\\n'; {command}; printf 'AFTER %s\\n' \"$?\"; \
             stty -a | tr ' ' '\\n' | grep -xE -- '-?(isig|icanon|echo)'"
        ));
    }

    /// The visible screen of the pane, one line a row, trailing spaces removed.
    fn capture(&self) -> String {
        self.ok(&["capture-pane", "-p", "-t", SESSION])
    }

    /// A tmux format of the pane, e.g. `#{alternate_on}`.
    fn format(&self, format: &str) -> String {
        self.ok(&["display-message", "-p", "-t", SESSION, format])
            .trim()
            .to_owned()
    }

    /// Polls the screen until `pred` holds and returns that screen; after the deadline, fails
    /// with `what` and the last screen.
    fn wait_until(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
        let start = Instant::now();
        loop {
            let screen = self.capture();
            if pred(&screen) {
                return screen;
            }
            if start.elapsed() > DEADLINE {
                panic!(
                    "waited {DEADLINE:?} for {what}, in vain; the last screen:\n{}",
                    framed(&screen)
                );
            }
            sleep(POLL);
        }
    }

    /// Waits until the browser shows its status line with `N of M interactions`.
    fn wait_for_browser(&self) -> String {
        self.wait_until("the browser's status line", |s| status_line(s).is_some())
    }

    /// Presses `key` one at a time, each time waiting for the screen to change, until `pred`
    /// holds. Fails when `max` presses were not enough or a press no longer changes the screen.
    fn press_until(
        &self,
        key: &str,
        max: usize,
        what: &str,
        pred: impl Fn(&str) -> bool,
    ) -> String {
        let mut screen = self.capture();
        for _ in 0..max {
            if pred(&screen) {
                return screen;
            }
            self.keys(&[key]);
            let before = screen;
            screen = self.wait_until(
                &format!("the screen to change after pressing {key}, looking for {what}"),
                |s| s != before || pred(s),
            );
        }
        // The last press may have drawn only part of its frame: wait for the rest.
        self.wait_until(&format!("{what} after {max} presses of {key}"), pred)
    }

    /// Waits until the shell has run the command line of `run_between_markers` to the end.
    fn wait_for_shell(&self) -> String {
        self.wait_until("the shell's prompt after the AFTER line", shell_done)
    }

    /// Starts copying everything the pane's programs write to the terminal into a file.
    fn log_output(&self) -> PathBuf {
        let log = self.dir.join("output.log");
        fs::write(&log, b"").expect("create the output log");
        let path = log.to_str().expect("a UTF-8 temporary path");
        self.ok(&[
            "pipe-pane",
            "-t",
            SESSION,
            "-o",
            &format!("cat >> {}", sh_quote(path)),
        ]);
        log
    }

    /// Waits until the output log contains `text`, and returns the log.
    fn wait_for_log(&self, log: &Path, text: &str) -> Vec<u8> {
        let start = Instant::now();
        loop {
            let bytes = fs::read(log).expect("read the output log");
            if contains(&bytes, text.as_bytes()) {
                return bytes;
            }
            if start.elapsed() > DEADLINE {
                panic!(
                    "waited {DEADLINE:?} for {text:?} in the terminal's output, in vain; it has:\n{}",
                    String::from_utf8_lossy(&bytes).escape_debug()
                );
            }
            sleep(POLL);
        }
    }

    /// After the browser quit with `code`: the terminal is as it was before it started.
    fn assert_restored(&self, code: u8) -> String {
        let screen = self.wait_for_shell();
        assert_terminal_restored(&screen, code);
        assert_eq!(
            self.format("#{alternate_on}"),
            "0",
            "the alternate screen is still on"
        );
        assert_eq!(
            self.format("#{cursor_flag}"),
            "1",
            "the cursor is still hidden; the screen:\n{}",
            framed(&screen)
        );
        screen
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.tmux(&["kill-server"]);
        if let Some(path) = &self.socket_path {
            let _ = fs::remove_file(path);
        }
        let _ = fs::remove_dir_all(&self.dir);
    }
}

fn tmux_available() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

// ---------------------------------------------------------------------------------------------
// Reading the screen
// ---------------------------------------------------------------------------------------------

fn lines(screen: &str) -> Vec<&str> {
    screen.lines().map(str::trim_end).collect()
}

/// A screen for a failure message, between rules so that blank rows stay visible.
fn framed(screen: &str) -> String {
    let rule = "-".repeat(40);
    format!("{rule}\n{screen}\n{rule}")
}

/// The browser's status line: the last row that ends with `N of M interactions`.
fn status_line(screen: &str) -> Option<&str> {
    lines(screen).into_iter().rev().find(|l| {
        l.strip_suffix(" interactions")
            .and_then(|rest| rest.rsplit_once(" of "))
            .is_some_and(|(shown, total)| {
                shown.rsplit(' ').next().is_some_and(is_number) && is_number(total)
            })
    })
}

fn is_number(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the status line reads `N of M interactions` and contains every one of `texts`.
fn status_shows(screen: &str, count: &str, texts: &[&str]) -> bool {
    status_line(screen).is_some_and(|l| {
        l.ends_with(&format!(" {count} interactions")) && texts.iter().all(|t| l.contains(t))
    })
}

/// Whether a box (a pane or a popup) titled `title` is drawn: the title right after a corner.
fn has_box(screen: &str, title: &str) -> bool {
    ['┌', '┏', '╭', '╔']
        .iter()
        .any(|corner| screen.contains(&format!("{corner} {title} ")))
}

/// The panes drawn, of the browser's three.
fn panes(screen: &str) -> Vec<&'static str> {
    ["1 Timeline", "2 Actors", "3 Detail"]
        .into_iter()
        .filter(|p| has_box(screen, p))
        .collect()
}

/// Whether the shell printed the `AFTER` line of `run_between_markers` and the prompt after it.
fn shell_done(screen: &str) -> bool {
    let ls = lines(screen);
    ls.iter()
        .rposition(|l| l.starts_with("AFTER "))
        .is_some_and(|i| ls[i + 1..].contains(&PROMPT))
}

/// The output of `run_between_markers` says: the browser exited with `code`, the screen from
/// before it started is back, and the terminal is in cooked mode (line editing, echo, signals).
fn assert_terminal_restored(screen: &str, code: u8) {
    let ls = lines(screen);
    let show = framed(screen);
    let before = ls.iter().position(|l| *l == "BEFORE");
    let after = ls.iter().rposition(|l| l.starts_with("AFTER "));
    let (Some(before), Some(after)) = (before, after) else {
        panic!("expected the BEFORE and AFTER lines of the shell:\n{show}");
    };
    assert!(
        before < after,
        "BEFORE should come before AFTER on the screen:\n{show}"
    );
    assert_eq!(
        ls[after],
        format!("AFTER {code}"),
        "the browser's exit status:\n{show}"
    );
    // Left on the alternate screen, the browser's panes would still be visible here.
    assert!(
        panes(screen).is_empty() && status_line(screen).is_none(),
        "the browser's screen is still visible: the alternate screen was not left:\n{show}"
    );
    let modes = &ls[after + 1..];
    for mode in ["isig", "icanon", "echo"] {
        assert!(
            modes.contains(&mode),
            "`stty -a` should show {mode} (cooked mode) after the browser quit; \
             `-{mode}` means it was left in raw mode:\n{show}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Small helpers
// ---------------------------------------------------------------------------------------------

/// `s` as a single-quoted shell word.
fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The escape sequence that enters the alternate screen.
const ENTER_ALTERNATE_SCREEN: &str = "\x1b[?1049h";
/// The escape sequence that leaves it.
const LEAVE_ALTERNATE_SCREEN: &str = "\x1b[?1049l";

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
