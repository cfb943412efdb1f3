//! Helpers shared by the test files: fixtures, states, key presses, rendering to text.

#![allow(dead_code)] // Each test file uses a different subset of these helpers.

pub mod invariants;
pub mod synth;
pub mod tmux;

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};

use readout::app::actions_for;
use readout::data::{self, Data};
use readout::import::{Input, gdelt};
use readout::state::State;
use readout::update::{Effects, update};

pub const SMALL: &str = include_str!("../fixtures/small.ron");

pub fn small() -> Data {
    data::load_str("tests/fixtures/small.ron", SMALL).expect("the small fixture loads")
}

pub fn builtin() -> Data {
    data::load_str(data::BUILTIN_NAME, data::BUILTIN).expect("the built-in dataset loads")
}

/// The shared GDELT export's Armenian and Azerbaijani events, imported as `readout import gdelt
/// --country ARM,AZE` does and loaded from the RON it writes, as the browser loads it.
pub fn gdelt_events() -> Data {
    let file = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/tests/fixtures/gdelt/20201114.export.CSV"
    );
    let options = gdelt::Options {
        countries: vec!["ARM".to_owned(), "AZE".to_owned()],
        ..gdelt::Options::default()
    };
    let imported = gdelt::import(&[Input::File(file.into())], &options).expect("the import reads");
    let mut ron = Vec::new();
    readout::import::write_ron(&imported.events, &mut ron).expect("the import writes");
    let text = String::from_utf8(ron).expect("RON is UTF-8");
    data::load_str("events.ron", &text).expect("the import loads")
}

pub fn state(data: Data, width: u16, height: u16) -> State {
    State::new(data, "built-in dataset", width, height)
}

/// The browser on the small fixture at 120x40, as it starts.
pub fn fresh() -> State {
    state(small(), 120, 40)
}

/// A file of the package by its path in the repository: `tests/fixtures/small.ron`.
pub fn path(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(rel)
}

/// A fixture by its path under `tests/fixtures`: `small.ron`, `gdelt/20201114.export.CSV`.
pub fn fixture(rel: &str) -> PathBuf {
    path("tests/fixtures").join(rel)
}

/// A scratch directory of one test (`group` names the test file), emptied first.
pub fn scratch(group: &str, test: &str) -> PathBuf {
    let dir = shared_scratch(group, test);
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// A scratch directory that tests running at the same time share (each writes files of its
/// own names in it): created if absent, never emptied.
pub fn shared_scratch(group: &str, name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("readout-{group}-{}-{name}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

/// Whether a character must never reach a terminal raw: every control character (C0, DEL,
/// C1, and the newline and tab too), and the bidirectional overrides and isolates.
///
/// A newline is unsafe in itself: in a one-line field (a name, a title, a URL) it breaks the
/// row it is drawn in and can forge the next one. Where text is made of lines (a summary, a
/// whole output, an error message), the caller allows `\n` explicitly, as
/// [`is_unsafe_in_lines`] does, so the exemption is visible where it is made.
pub fn is_unsafe(c: char) -> bool {
    c.is_control()
        || ('\u{202a}'..='\u{202e}').contains(&c)
        || ('\u{2066}'..='\u{2069}').contains(&c)
}

/// [`is_unsafe`] for text made of lines: a newline separates them and is allowed.
pub fn is_unsafe_in_lines(c: char) -> bool {
    c != '\n' && is_unsafe(c)
}

/// The validation problems of a dataset's `text`; panics if it loads or does not parse.
pub fn data_problems(text: &str) -> Vec<data::Diagnostic> {
    match data::load_str("test.ron", text) {
        Err(data::LoadError::Invalid(ds)) => ds,
        Err(e) => panic!("expected validation problems, got another error:\n{e}"),
        Ok(_) => panic!("expected validation problems, but the text loaded:\n{text}"),
    }
}

/// The problems of a configuration's `text`; panics if it has none.
pub fn config_problems(text: &str) -> Vec<data::Diagnostic> {
    match readout::config::parse("config.ron", text) {
        Ok(_) => panic!("expected problems in:\n{text}"),
        Err(e) => e.diagnostics().into_iter().cloned().collect(),
    }
}

/// Presses keys written as in the help: `"j"`, `"Tab"`, `"S-Tab"`, `"C-c"`, `"Space"`,
/// `"Enter"`, `"Esc"`, `"Down"`, `"Up"`, `"PgDn"`, `"Home"`, or `"type:text"` for each char.
/// Returns what the updates asked the loop to carry out.
pub fn press(state: &mut State, keys: &[&str]) -> Effects {
    let mut effects = Effects::default();
    for k in keys {
        if let Some(text) = k.strip_prefix("type:") {
            for c in text.chars() {
                effects.append(send(
                    state,
                    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
                ));
            }
            continue;
        }
        let (code, mods) = match *k {
            "Tab" => (KeyCode::Tab, KeyModifiers::NONE),
            "S-Tab" => (KeyCode::BackTab, KeyModifiers::SHIFT),
            "Space" => (KeyCode::Char(' '), KeyModifiers::NONE),
            "Enter" => (KeyCode::Enter, KeyModifiers::NONE),
            "Esc" => (KeyCode::Esc, KeyModifiers::NONE),
            "Down" => (KeyCode::Down, KeyModifiers::NONE),
            "Up" => (KeyCode::Up, KeyModifiers::NONE),
            "PgDn" => (KeyCode::PageDown, KeyModifiers::NONE),
            "PgUp" => (KeyCode::PageUp, KeyModifiers::NONE),
            "Home" => (KeyCode::Home, KeyModifiers::NONE),
            "End" => (KeyCode::End, KeyModifiers::NONE),
            "Bksp" => (KeyCode::Backspace, KeyModifiers::NONE),
            "Del" => (KeyCode::Delete, KeyModifiers::NONE),
            "Left" => (KeyCode::Left, KeyModifiers::NONE),
            "Right" => (KeyCode::Right, KeyModifiers::NONE),
            "C-w" => (KeyCode::Char('w'), KeyModifiers::CONTROL),
            "C-a" => (KeyCode::Char('a'), KeyModifiers::CONTROL),
            "C-e" => (KeyCode::Char('e'), KeyModifiers::CONTROL),
            "C-c" => (KeyCode::Char('c'), KeyModifiers::CONTROL),
            "C-u" => (KeyCode::Char('u'), KeyModifiers::CONTROL),
            "G" => (KeyCode::Char('G'), KeyModifiers::SHIFT),
            one if one.chars().count() == 1 => (
                KeyCode::Char(one.chars().next().unwrap()),
                KeyModifiers::NONE,
            ),
            other => panic!("unknown key {other:?}"),
        };
        effects.append(send(state, KeyEvent::new(code, mods)));
    }
    effects
}

fn send(state: &mut State, key: KeyEvent) -> Effects {
    let mut effects = Effects::default();
    for action in actions_for(state, Event::Key(key)) {
        effects.append(update(state, action));
    }
    effects
}

/// Renders the state into a `TestBackend` of its size, in the default theme.
pub fn render(state: &State) -> Terminal<TestBackend> {
    render_in(state, &readout::ui::theme::COLOR)
}

/// Renders the state into a `TestBackend` of its size, in `theme`.
pub fn render_in(state: &State, theme: &readout::ui::Theme) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(state.width, state.height)).unwrap();
    terminal
        .draw(|frame| readout::ui::draw(frame, state, theme))
        .unwrap();
    terminal
}

/// The screen's rows as text.
pub fn screen(state: &State) -> Vec<String> {
    let terminal = render(state);
    let buf = terminal.backend().buffer();
    (0..buf.area.height)
        .map(|y| {
            // A wide character fills two cells; the second holds a placeholder to skip.
            let mut row = String::new();
            let mut skip = 0;
            for x in 0..buf.area.width {
                if skip > 0 {
                    skip -= 1;
                    continue;
                }
                let symbol = buf[(x, y)].symbol();
                skip = unicode_width::UnicodeWidthStr::width(symbol).saturating_sub(1);
                row.push_str(symbol);
            }
            row
        })
        .collect()
}

/// The names of the actors in the order the Actors pane lists them.
pub fn actor_names(state: &State) -> Vec<&str> {
    state
        .lists
        .actors
        .iter()
        .map(|&a| state.data.actor(a).name.as_str())
        .collect()
}

/// The ids of the interactions the timeline shows.
pub fn visible_ids(state: &State) -> Vec<&str> {
    state
        .lists
        .visible
        .iter()
        .map(|&i| state.data.interaction(i).id.as_str())
        .collect()
}

pub fn selected_id(state: &State) -> Option<&str> {
    state
        .selected_interaction()
        .map(|i| state.data.interaction(i).id.as_str())
}

/// What a run of the binary printed, and how it exited.
pub struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl std::fmt::Debug for Run {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let head: String = self.stdout.chars().take(4000).collect();
        write!(
            f,
            "exit code {}\n--- stdout (start)\n{head}\n--- stderr\n{}",
            self.code, self.stderr
        )
    }
}

/// Runs the built binary in the package directory with `stdin` as its standard input,
/// written from a thread so that a large input cannot block while the child's stdout fills.
pub fn readout_with_stdin(args: &[&str], stdin: &[u8]) -> Run {
    use std::io::Write;
    let mut child = Command::new(env!("CARGO_BIN_EXE_readout"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("the binary runs");
    let mut input = child.stdin.take().unwrap();
    let bytes = stdin.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = input.write_all(&bytes);
    });
    let out = child.wait_with_output().expect("the binary exits");
    writer.join().unwrap();
    Run {
        code: out.status.code().expect("the binary exits, not killed"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// Runs the built binary as a user runs it, in the package directory: stdin empty, stdout and
/// stderr pipes.
pub fn readout(args: &[&str]) -> Run {
    readout_with_env(args, &[])
}

/// As [`readout`], with environment variables set (`Some`) or removed (`None`) for the run.
pub fn readout_with_env(args: &[&str], env: &[(&str, Option<&std::ffi::OsStr>)]) -> Run {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_readout"));
    cmd.args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::null());
    for (name, value) in env {
        match value {
            Some(v) => cmd.env(name, v),
            None => cmd.env_remove(name),
        };
    }
    let out = cmd.output().expect("the binary runs");
    Run {
        code: out.status.code().expect("the binary exits, not killed"),
        stdout: String::from_utf8(out.stdout).expect("stdout is UTF-8"),
        stderr: String::from_utf8(out.stderr).expect("stderr is UTF-8"),
    }
}

/// The status line's count when the actors `ids` (actor ids of the built-in dataset) filter the
/// timeline: `"N of TOTAL"`, where N is how many interactions they take part in, all of them
/// (`all`) or any. Counted straight from the file as an actor filter matches by default
/// (participant, initiator or mediator: not a quoted speaker), not through `readout::query`, so the
/// tests that read counts off the screen check the query and follow the dataset as it grows.
pub fn builtin_count(ids: &[&str], all: bool) -> String {
    count_of(ids, all, false)
}

/// As [`builtin_count`], with actors matched in any role: quoted speakers too (`a` in the
/// browser, `--any-role` on the command line).
pub fn builtin_count_any_role(ids: &[&str], all: bool) -> String {
    count_of(ids, all, true)
}

fn count_of(ids: &[&str], all: bool, any_role: bool) -> String {
    let data = builtin();
    let interactions = &data.dataset.interactions;
    // As the browser matches by default: where the actor took part (a participant, the
    // initiator or a mediator); in any role, where it is quoted too.
    let takes_part = |it: &data::Interaction, id: &str| {
        it.participants.iter().any(|p| p == id)
            || it.initiator.as_deref() == Some(id)
            || it.mediators.iter().any(|m| m == id)
            || (any_role && it.quotes.iter().any(|q| q.speaker == id))
    };
    let n = interactions
        .iter()
        .filter(|it| {
            if all {
                ids.iter().all(|id| takes_part(it, id))
            } else {
                ids.iter().any(|id| takes_part(it, id))
            }
        })
        .count();
    format!("{n} of {}", interactions.len())
}

/// The status line's count of the built-in dataset with no filter: `"TOTAL of TOTAL"`.
pub fn builtin_all() -> String {
    builtin_count(&[], true)
}
