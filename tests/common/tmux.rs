//! The end-to-end harness: the built `readout` binary in a real terminal, driven through tmux.
//!
//! Each test starts its own tmux server on a private socket (`tmux -L readout-e2e-<pid>-<test>`),
//! runs a plain `sh` in it, types a command line that runs the browser between two markers and
//! then reports the terminal modes, sends keys, and reads the screen with `capture-pane -p`.
//! Every expectation is waited for by polling the screen up to a generous deadline; a timeout
//! fails with the last screen. Nothing is asserted about timing.
//!
//! Without tmux the tests fail, saying that tmux is missing: an end-to-end test that did not
//! run never shows as passed. CI (`.ci/run`) installs tmux first; elsewhere, install it, or run
//! the other test files by name (`cargo test --lib --test state --test cli`).

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// How long to wait for anything to appear on the screen. Generous: a loaded CI machine with two
/// cores may take seconds to start a debug binary.
pub const DEADLINE: Duration = Duration::from_secs(30);
/// How often the screen is read while waiting.
pub const POLL: Duration = Duration::from_millis(50);
/// The shell's prompt, fixed so that the tests can tell when a command has finished.
pub const PROMPT: &str = "e2e$";
/// The tmux session every test uses (each test has its own server).
pub const SESSION: &str = "e2e";

pub const BIN: &str = env!("CARGO_BIN_EXE_readout");

// ---------------------------------------------------------------------------------------------
// The harness
// ---------------------------------------------------------------------------------------------

/// A tmux server of one test, with a shell in a single pane of the given size. Dropping it kills
/// the server (and with it the shell and the browser), also when the test panics.
pub struct Tmux {
    socket: String,
    /// The socket's file, once the server runs; removed on drop (tmux leaves it behind).
    socket_path: Option<PathBuf>,
    /// A scratch directory of this test, removed on drop.
    pub dir: PathBuf,
}

impl Tmux {
    /// Starts a server with `sh` at `width`x`height` and waits for the prompt.
    ///
    /// # Panics
    /// When tmux is not installed: the test fails rather than pass without having run. The
    /// result is always `Some`; it stays an `Option` so that every test reads
    /// `let Some(t) = Tmux::start(..) else { return };` as before.
    #[track_caller]
    pub fn start(test: &str, width: u16, height: u16) -> Option<Tmux> {
        if !tmux_available() {
            panic!(
                "the end-to-end test {test} needs tmux, which is not installed: install it \
                 (`.ci/run` does), or run the other test files by name"
            );
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
        let config_home = format!("XDG_CONFIG_HOME={}", tmux.config_home().display());
        // … and its cache home: the user's cache of parsed datasets is never written.
        let cache_home = format!("XDG_CACHE_HOME={}", tmux.dir.join("cache").display());
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
            &cache_home,
            "TERM=xterm-256color",
            &format!("PS1={PROMPT} "),
            "sh",
        ]);
        tmux.socket_path = Some(tmux.format("#{socket_path}").into());
        tmux.wait_until("the shell's prompt", |s| lines(s).contains(&PROMPT));
        Some(tmux)
    }

    /// The directory that stands for `$XDG_CONFIG_HOME` in the shell: readout reads
    /// `readout/config.ron` there, and no configuration of the user's.
    pub fn config_home(&self) -> PathBuf {
        self.dir.join("config")
    }

    /// Runs `tmux -L <socket> ARGS`.
    pub fn tmux(&self, args: &[&str]) -> Output {
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
    pub fn ok(&self, args: &[&str]) -> String {
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
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", SESSION];
        args.extend_from_slice(keys);
        self.ok(&args);
    }

    /// Types `text` literally, one key per character.
    pub fn type_text(&self, text: &str) {
        self.ok(&["send-keys", "-t", SESSION, "-l", "--", text]);
    }

    /// Types a command line into the shell and presses Enter.
    pub fn run_line(&self, line: &str) {
        self.type_text(line);
        self.keys(&["Enter"]);
    }

    /// Types a command line into the shell, presses Enter, and waits for the shell's next
    /// prompt: keys typed before the prompt would be echoed ahead of it, on the prompt's line.
    pub fn run_and_wait(&self, line: &str) {
        self.run_line(line);
        // The command's echo (its start: a long one wraps), then a bare prompt after it.
        let echo: String = format!("{PROMPT} {line}").chars().take(30).collect();
        self.wait_until(&format!("the shell's prompt after {line:?}"), |s| {
            let ls = lines(s);
            ls.iter()
                .rposition(|l| l.starts_with(&echo))
                .is_some_and(|i| ls[i + 1..].contains(&PROMPT))
        });
    }

    /// Types the command line that runs the browser: it prints `BEFORE`, runs `command` (a shell
    /// command), prints `AFTER <exit status>` and the terminal's `isig`, `icanon` and `echo`
    /// modes, each on a line of its own, with a `-` in front when the mode is off.
    pub fn run_between_markers(&self, command: &str) {
        self.run_line(&format!(
            "printf 'BEFORE\\n'; {command}; printf 'AFTER %s\\n' \"$?\"; \
             stty -a | tr ' ' '\\n' | grep -xE -- '-?(isig|icanon|echo)'"
        ));
    }

    /// The visible screen of the pane, one line a row, trailing spaces removed.
    pub fn capture(&self) -> String {
        self.ok(&["capture-pane", "-p", "-t", SESSION])
    }

    /// A tmux format of the pane, e.g. `#{alternate_on}`.
    pub fn format(&self, format: &str) -> String {
        self.ok(&["display-message", "-p", "-t", SESSION, format])
            .trim()
            .to_owned()
    }

    /// Polls the screen until `pred` holds and returns that screen; after the deadline, fails
    /// with `what` and the last screen.
    pub fn wait_until(&self, what: &str, pred: impl Fn(&str) -> bool) -> String {
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
    pub fn wait_for_browser(&self) -> String {
        self.wait_until("the browser's status line", |s| status_line(s).is_some())
    }

    /// Presses `key` one at a time, each time waiting for the screen to change, until `pred`
    /// holds. Fails when `max` presses were not enough or a press no longer changes the screen.
    pub fn press_until(
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
    pub fn wait_for_shell(&self) -> String {
        self.wait_until("the shell's prompt after the AFTER line", shell_done)
    }

    /// Starts copying everything the pane's programs write to the terminal into a file.
    pub fn log_output(&self) -> PathBuf {
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
    pub fn wait_for_log(&self, log: &Path, text: &str) -> Vec<u8> {
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
    pub fn assert_restored(&self, code: u8) -> String {
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
        assert_eq!(
            self.format("#{mouse_any_flag}"),
            "0",
            "mouse capture is still on; the screen:\n{}",
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

pub fn tmux_available() -> bool {
    Command::new("tmux")
        .arg("-V")
        .output()
        .is_ok_and(|o| o.status.success())
}

// ---------------------------------------------------------------------------------------------
// Reading the screen
// ---------------------------------------------------------------------------------------------

pub fn lines(screen: &str) -> Vec<&str> {
    screen.lines().map(str::trim_end).collect()
}

/// A screen for a failure message, between rules so that blank rows stay visible.
pub fn framed(screen: &str) -> String {
    let rule = "-".repeat(40);
    format!("{rule}\n{screen}\n{rule}")
}

/// The browser's status line: the last row that ends with `N of M interactions`.
pub fn status_line(screen: &str) -> Option<&str> {
    lines(screen).into_iter().rev().find(|l| {
        l.strip_suffix(" interactions")
            .and_then(|rest| rest.rsplit_once(" of "))
            .is_some_and(|(shown, total)| {
                shown.rsplit(' ').next().is_some_and(is_number) && is_number(total)
            })
    })
}

pub fn is_number(s: &str) -> bool {
    !s.is_empty() && s.bytes().all(|b| b.is_ascii_digit())
}

/// Whether the status line reads `N of M interactions` and contains every one of `texts`.
pub fn status_shows(screen: &str, count: &str, texts: &[&str]) -> bool {
    status_line(screen).is_some_and(|l| {
        l.ends_with(&format!(" {count} interactions")) && texts.iter().all(|t| l.contains(t))
    })
}

/// Whether a box (a pane or a popup) titled `title` is drawn: the title right after a corner.
pub fn has_box(screen: &str, title: &str) -> bool {
    ['┌', '┏', '╭', '╔']
        .iter()
        .any(|corner| screen.contains(&format!("{corner} {title} ")))
}

/// The panes drawn, of the browser's three.
pub fn panes(screen: &str) -> Vec<&'static str> {
    ["1 Timeline", "2 Actors", "3 Detail"]
        .into_iter()
        .filter(|p| has_box(screen, p))
        .collect()
}

/// Whether the shell printed the `AFTER` line of `run_between_markers` and the prompt after it.
pub fn shell_done(screen: &str) -> bool {
    let ls = lines(screen);
    ls.iter()
        .rposition(|l| l.starts_with("AFTER "))
        .is_some_and(|i| ls[i + 1..].contains(&PROMPT))
}

/// The output of `run_between_markers` says: the browser exited with `code`, the screen from
/// before it started is back, and the terminal is in cooked mode (line editing, echo, signals).
pub fn assert_terminal_restored(screen: &str, code: u8) {
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
pub fn sh_quote(s: &str) -> String {
    format!("'{}'", s.replace('\'', r"'\''"))
}

pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// The escape sequence that enters the alternate screen.
pub const ENTER_ALTERNATE_SCREEN: &str = "\x1b[?1049h";
/// The escape sequence that leaves it.
pub const LEAVE_ALTERNATE_SCREEN: &str = "\x1b[?1049l";
