//! The configuration: what a file changes, every kind of mistake reported at its line and
//! column, the printed defaults reading back as the built-in ones, and a remap reaching
//! dispatch, the footer and the help overlay.

mod common;

use common::{builtin, config_problems as problems, press, readout_with_env, screen, state};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use readout::action::{Action, Pane};
use readout::config::{self, Config};
use readout::data::{Diagnostic, LoadError};
use readout::keymap::{Context, Key, Keymap, Mode};
use readout::query::MatchMode;
use readout::state::{ActorSort, Defaults};
use readout::ui::theme;

const EXAMPLE: &str = include_str!("../examples/config.ron");

fn parse(text: &str) -> Config {
    config::parse("config.ron", text).unwrap_or_else(|e| panic!("{e}"))
}

/// The only problem of `text`, with its line and column.
fn only_problem(text: &str) -> Diagnostic {
    let ps = problems(text);
    assert_eq!(ps.len(), 1, "one problem expected: {ps:#?}");
    ps.into_iter().next().unwrap()
}

fn at(d: &Diagnostic) -> (usize, usize) {
    (d.line, d.col)
}

fn key(c: char) -> Key {
    Key::parse(&c.to_string()).unwrap()
}

fn press_event(c: char) -> KeyEvent {
    KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)
}

#[test]
fn the_printed_defaults_read_back_as_the_built_in_configuration() {
    let text = config::default_text();
    let read = parse(&text);
    assert_eq!(read.keymap, Keymap::default());
    assert_eq!(read.theme, theme::COLOR);
    assert_eq!(read.defaults, Defaults::default());
    // Everything is listed: every binding, every role, every default.
    assert_eq!(
        read.changed.bindings,
        readout::keymap::BINDINGS.len(),
        "{text}"
    );
    assert_eq!(read.changed.roles, theme::ROLES.len());
    assert_eq!(read.changed.defaults, 3);
}

#[test]
fn an_empty_file_or_one_of_comments_changes_nothing() {
    for text in [
        "",
        "\n  \n",
        "// nothing yet\n/* or here */\n",
        "()",
        "Config()",
    ] {
        let c = parse(text);
        assert_eq!(c, Config::default(), "{text:?}");
    }
}

#[test]
fn the_example_configuration_is_valid_and_changes_what_it_says() {
    let c = parse(EXAMPLE);
    assert_eq!(
        c.keymap.keys(Context::Global, Action::MoveDown),
        [
            key('j'),
            Key::parse("Down").unwrap(),
            Key::parse("ctrl-n").unwrap()
        ]
    );
    assert_ne!(c.theme, theme::COLOR);
    assert_ne!(c.defaults, Defaults::default());
}

#[test]
fn a_file_lists_only_what_it_changes() {
    let c = parse(
        r#"(
            theme: "light",
            colors: { "focus_border": "magenta bold", "highlight": "black on #ffd700" },
            keys: {
                "MoveDown": ["j", "Down", "ctrl-n"],
                "Picker.Confirm": ["Enter", "Tab"],
                "FocusActors": ["alt-a"],
                "CursorLeft": ["ctrl-b", "Left"],
            },
            start_pane: "actors",
            match_mode: "any",
            sort_actors: "last_contact",
        )"#,
    );
    let k = |t: &str| Key::parse(t).unwrap();
    assert_eq!(
        c.keymap.keys(Context::Global, Action::MoveDown),
        [k("j"), k("Down"), k("ctrl-n")]
    );
    assert_eq!(
        c.keymap.keys(Context::Picker, Action::Confirm),
        [k("Enter"), k("Tab")]
    );
    // A context's own binding changes only there.
    assert_eq!(
        c.keymap.keys(Context::Search, Action::Confirm),
        [k("Enter")]
    );
    assert_eq!(
        c.keymap.keys(Context::Global, Action::Focus(Pane::Actors)),
        [k("alt-a")]
    );
    assert_eq!(
        c.keymap.keys(Context::Line, Action::CursorLeft),
        [k("C-b"), k("Left")]
    );
    // Untouched bindings keep their keys.
    assert_eq!(
        c.keymap.keys(Context::Global, Action::Quit),
        [k("q"), k("C-c")]
    );
    // The light theme, with two roles over it.
    assert_eq!(c.theme.classes, theme::LIGHT.classes);
    assert_eq!(
        c.theme.border_focused,
        theme::parse_style("magenta bold").unwrap()
    );
    assert_eq!(
        c.theme.matched,
        theme::parse_style("black on #ffd700").unwrap()
    );
    assert_eq!(
        c.defaults,
        Defaults {
            pane: Pane::Actors,
            match_mode: MatchMode::Any,
            actor_sort: ActorSort::LastContact,
        }
    );
    assert_eq!(
        c.changed.to_string(),
        "4 key bindings, theme \"light\", 2 colour roles, 3 defaults"
    );
}

#[test]
fn defaults_set_the_start_and_clearing_returns_to_them() {
    let c = parse(r#"(start_pane: "actors", match_mode: "any", sort_actors: "name")"#);
    let mut s = c.apply(state(builtin(), 120, 40));
    assert_eq!(s.nav.focus, Pane::Actors);
    assert_eq!(s.filter.mode, MatchMode::Any);
    let names = common::actor_names(&s);
    let mut sorted = names.clone();
    sorted.sort();
    assert_eq!(names, sorted);
    press(&mut s, &["m"]);
    assert_eq!(s.filter.mode, MatchMode::All);
    press(&mut s, &["c"]);
    assert_eq!(s.filter.mode, MatchMode::Any, "c comes back to the default");
}

// ---------------------------------------------------------------------------------------------
// A remap reaches dispatch, the help overlay and the footer
// ---------------------------------------------------------------------------------------------

#[test]
fn swapping_two_keys_changes_dispatch_and_the_help_overlay() {
    let c = parse(r#"(keys: { "MoveDown": ["k", "Down"], "MoveUp": ["j", "Up"] })"#);
    let mode = Mode::Browse(Pane::Timeline);
    assert_eq!(
        c.keymap.dispatch(mode, press_event('k')),
        Some(Action::MoveDown)
    );
    assert_eq!(
        c.keymap.dispatch(mode, press_event('j')),
        Some(Action::MoveUp)
    );

    // Wide enough for the footer to show the move hint beside every pane hint.
    let mut s = c.apply(state(builtin(), 200, 40));
    press(&mut s, &["k", "k"]);
    assert_eq!(s.nav.timeline.selected, 2, "k moves down now");
    press(&mut s, &["j"]);
    assert_eq!(s.nav.timeline.selected, 1, "j moves up now");

    // The footer pairs the keys as they are bound: down first.
    let rows = screen(&s);
    let footer = rows.last().unwrap();
    assert!(footer.contains(" k/j move "), "{footer}");

    press(&mut s, &["?"]);
    let rows = screen(&s);
    let row = |what: &str| {
        rows.iter()
            .find(|r| r.contains(what))
            .unwrap_or_else(|| panic!("no row with {what:?}:\n{}", rows.join("\n")))
            .clone()
    };
    assert!(row("move down").contains("k/↓"), "{}", row("move down"));
    assert!(row("move up").contains("j/↑"), "{}", row("move up"));

    // The built-in keymap, for contrast.
    let mut plain = state(builtin(), 120, 40);
    press(&mut plain, &["?"]);
    let rows = screen(&plain);
    assert!(
        rows.iter()
            .any(|r| r.contains("j/↓") && r.contains("move down"))
    );
}

#[test]
fn remapping_quit_shows_the_new_key_in_the_footer_header_and_help() {
    let c = parse(
        r#"(keys: { "Quit": ["x", "ctrl-c"], "ToggleHelp": ["h"], "Help.CloseOverlay": ["Esc", "h"] })"#,
    );
    let mut s = c.apply(state(builtin(), 120, 40));
    let rows = screen(&s);
    assert!(rows[0].ends_with(" h help "), "{}", rows[0]);
    let footer = rows.last().unwrap();
    assert!(footer.contains(" x quit "), "{footer}");
    assert!(!footer.contains(" q quit "), "{footer}");
    assert!(!press(&mut s, &["q"]).quits(), "q no longer quits");
    press(&mut s, &["h"]);
    let rows = screen(&s);
    assert!(
        rows.iter()
            .any(|r| r.contains("x/C-c") && r.contains("quit")),
        "{}",
        rows.join("\n")
    );
    assert!(rows.iter().any(|r| r.contains(" Esc closes ")));
    assert!(press(&mut s, &["h", "x"]).quits());
}

#[test]
fn an_action_left_without_keys_leaves_the_footer_and_shows_a_dash_in_the_help() {
    let c = parse(r#"(keys: { "TogglePairs": [] })"#);
    let mut s = c.apply(state(builtin(), 120, 40));
    let rows = screen(&s);
    assert!(!rows.last().unwrap().contains("pairs"));
    press(&mut s, &["v"]);
    assert_eq!(s.nav.actors_view, readout::state::ActorsView::Actors);
    press(&mut s, &["?"]);
    let rows = screen(&s);
    assert!(
        rows.iter()
            .any(|r| r.contains("—") && r.contains("relationships: pairs"))
    );
}

// ---------------------------------------------------------------------------------------------
// Every kind of mistake, at its line and column
// ---------------------------------------------------------------------------------------------

#[test]
fn an_unknown_action_is_reported_at_its_name() {
    let d = only_problem("(\n    keys: {\n        \"MoveDwn\": [\"j\"],\n    },\n)\n");
    assert_eq!(at(&d), (3, 9));
    assert_eq!(d.message, "unknown action \"MoveDwn\"");
    assert_eq!(d.help.as_deref(), Some("did you mean \"MoveDown\"?"));
    let shown = d.to_string();
    assert!(
        shown.starts_with("config.ron:3:9: unknown action \"MoveDwn\"\n  |\n3 |         \"MoveDwn\": [\"j\"],\n  |         ^ did you mean \"MoveDown\"?"),
        "{shown}"
    );
    // Actions that carry data are not bindable, and have no name.
    let d = only_problem(r#"(keys: { "Input": ["a"] })"#);
    assert_eq!(
        (at(&d), d.message.as_str()),
        ((1, 10), "unknown action \"Input\"")
    );
}

#[test]
fn an_unknown_context_or_an_action_it_does_not_have() {
    let d = only_problem("(keys: {\n  \"Pickr.Confirm\": [\"Enter\"],\n})");
    assert_eq!(at(&d), (2, 3));
    assert_eq!(d.message, "unknown context \"Pickr\"");
    assert_eq!(d.help.as_deref(), Some("did you mean \"Picker\"?"));

    let d = only_problem("(keys: {\n  \"Actors.MoveDown\": [\"j\"],\n})");
    assert_eq!(at(&d), (2, 3));
    assert_eq!(d.message, "MoveDown has no key in Actors");
    assert_eq!(
        d.help.as_deref(),
        Some("it has keys in Global, Picker, Search, Quotes, Sources, Help")
    );

    // Confirm has keys in five places, none of them Global: the bare name is ambiguous.
    let d = only_problem("(keys: {\n  \"Quit\": [\"q\"],\n  \"Confirm\": [\"Enter\"],\n})");
    assert_eq!(at(&d), (3, 3));
    assert_eq!(
        d.message,
        "Confirm has keys in several places: Picker, Search, RangePrompt, Quotes, Sources, Network"
    );
    assert_eq!(d.help.as_deref(), Some("name one: \"Picker.Confirm\""));
}

#[test]
fn an_unparsable_key_is_reported_at_the_key() {
    let d = only_problem("(keys: {\n  \"Quit\": [\"x\", \"ctrl-c\", \"PageDwn\"],\n})");
    assert_eq!(at(&d), (2, 27));
    assert_eq!(d.message, "unknown key \"PageDwn\"");
    assert_eq!(d.help.as_deref(), Some("did you mean \"PageDown\"?"));

    let d = only_problem("(keys: { \"Quit\": [\"\"] })");
    assert_eq!((at(&d), d.message.as_str()), ((1, 19), "an empty key"));
    let d = only_problem("(keys: { \"Quit\": [\"x\", \"shift-1\"] })");
    assert_eq!(at(&d), (1, 24));
    assert!(
        d.message.contains("shift with a character"),
        "{}",
        d.message
    );
    let d = only_problem("(keys: { \"Quit\": [\"x\", \"hyper-q\"] })");
    assert_eq!(at(&d), (1, 24));
    assert!(d.help.unwrap().starts_with("a key is a character"));
}

#[test]
fn a_key_bound_to_two_actions_in_one_context() {
    // Against the table: q still quits, so it cannot also move up.
    let d = only_problem("(\n  keys: {\n    \"MoveUp\": [\"k\", \"q\"],\n  },\n)");
    assert_eq!(at(&d), (3, 21));
    assert_eq!(
        d.message,
        "\"q\" is bound to both Quit and MoveUp in Global"
    );
    assert_eq!(
        d.help.as_deref(),
        Some("Quit has it by default: give \"Quit\" other keys too")
    );

    // Against another line of the file: reported at the later one, with the earlier as a note.
    let d = only_problem(
        "(\n  keys: {\n    \"Quit\": [\"x\"],\n    \"First\": [\"g\", \"x\"],\n  },\n)",
    );
    assert_eq!(at(&d), (4, 20));
    assert_eq!(d.message, "\"x\" is bound to both Quit and First in Global");
    assert_eq!(d.related, Some((3, 5, "the other binding")));
    assert!(
        d.to_string()
            .ends_with("note: the other binding: config.ron:3:5")
    );

    // In one context only: Picker and Global are different places.
    parse(r#"(keys: { "Picker.Quit": ["ctrl-q"], "Quit": ["ctrl-q"] })"#);
    // The same key twice in one list.
    let d = only_problem(r#"(keys: { "Quit": ["x", "x"] })"#);
    assert_eq!(at(&d), (1, 24));
    assert_eq!(d.message, "\"x\" is listed twice for \"Quit\"");
}

#[test]
fn an_action_listed_twice() {
    let d = only_problem("(keys: {\n  \"Quit\": [\"x\"],\n  \"quit\": [\"y\"],\n})");
    assert_eq!(at(&d), (3, 3));
    assert_eq!(d.message, "\"quit\" is listed twice");
    assert_eq!(d.related, Some((2, 3, "first listed here")));
}

#[test]
fn unknown_colours_roles_and_themes() {
    let d = only_problem("(\n  colors: {\n    \"focus_border\": \"bold yelow\",\n  },\n)");
    // At the word, inside the string.
    assert_eq!(at(&d), (3, 27));
    assert_eq!(d.message, "unknown colour \"yelow\"");
    assert_eq!(d.help.as_deref(), Some("did you mean \"yellow\"?"));

    let d = only_problem("(colors: { \"key\": \"red on\" })");
    assert_eq!(at(&d), (1, 24));
    assert_eq!(d.message, "`on` without a colour after it");

    let d = only_problem("(\n  colors: {\n    \"bordr\": \"red\",\n  },\n)");
    assert_eq!(at(&d), (3, 5));
    assert_eq!(d.message, "unknown colour role \"bordr\"");
    assert_eq!(d.help.as_deref(), Some("did you mean \"border\"?"));

    let d = only_problem("(\n  theme: \"solarized\",\n)");
    assert_eq!(at(&d), (2, 10));
    assert_eq!(d.message, "unknown theme \"solarized\"");
    assert_eq!(
        d.help.as_deref(),
        Some("one of \"default\", \"light\", \"16\", \"plain\"")
    );
}

#[test]
fn unknown_defaults() {
    let ps = problems(
        "(\n  start_pane: \"actor\",\n  match_mode: \"some\",\n  sort_actors: \"date\",\n)",
    );
    let got: Vec<((usize, usize), &str)> = ps.iter().map(|d| (at(d), d.message.as_str())).collect();
    assert_eq!(
        got,
        [
            ((2, 15), "unknown start pane \"actor\""),
            ((3, 15), "unknown match mode \"some\""),
            ((4, 16), "unknown sort actors \"date\""),
        ]
    );
    assert_eq!(ps[0].help.as_deref(), Some("did you mean \"actors\"?"));
}

#[test]
fn every_problem_is_reported_in_the_files_order() {
    let ps = problems(
        "(\n  theme: \"lite\",\n  keys: { \"MoveDwn\": [\"j\"], \"Quit\": [\"PgDwn\"] },\n  colors: { \"key\": \"blu\" },\n)",
    );
    let got: Vec<(usize, usize)> = ps.iter().map(at).collect();
    assert_eq!(got, [(2, 10), (3, 11), (3, 38), (4, 21)]);
}

#[test]
fn ron_mistakes_are_reported_where_ron_finds_them() {
    let d = only_problem("(\n  key: {},\n)");
    assert_eq!(at(&d), (2, 3));
    assert!(
        d.message.contains("Unexpected field named `key`"),
        "{}",
        d.message
    );
    let d = only_problem("(keys: { \"Quit\": \"x\" })");
    // ron reports where it stands: after the colon.
    assert_eq!(at(&d), (1, 17));
    let d = only_problem("(keys: { \"Quit\": [\"x\"] }");
    assert_eq!((at(&d), d.message.as_str()), ((1, 24), "Expected comma"));
    let d = only_problem("(keys: {\n  \"Quit\": [");
    assert_eq!((at(&d), d.message.as_str()), ((2, 11), "Expected string"));
}

#[test]
fn bytes_that_are_not_utf8_are_reported_at_their_place() {
    let dir = std::env::temp_dir().join(format!("readout-config-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("config.ron");
    std::fs::write(&path, b"(\n  theme: \"l\xffght\",\n)").unwrap();
    let e = config::load_file(&path).unwrap_err();
    let d = e.diagnostics()[0].clone();
    assert_eq!(at(&d), (2, 12));
    assert!(d.message.contains("not valid UTF-8"));
    let missing = config::load(Some(&dir.join("nothing.ron"))).unwrap_err();
    assert!(matches!(missing, LoadError::Read { .. }));
    std::fs::remove_dir_all(&dir).unwrap();
}

// ---------------------------------------------------------------------------------------------
// The binary: `readout config`, `--config`, READOUT_CONFIG, and where the file lives
// ---------------------------------------------------------------------------------------------

/// A scratch directory that stands for the user's configuration home in one test.
struct Home(std::path::PathBuf);

impl Home {
    fn new(test: &str) -> Home {
        let dir = std::env::temp_dir().join(format!("readout-home-{}-{test}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        Home(dir)
    }

    /// Runs `readout ARGS` from the package directory with this directory as
    /// `XDG_CONFIG_HOME`, and `READOUT_CONFIG` set to `env` or unset: never the real user's
    /// configuration.
    fn run(&self, args: &[&str], env: Option<&str>) -> (i32, String, String) {
        let run = readout_with_env(
            args,
            &[
                ("XDG_CONFIG_HOME", Some(self.0.as_os_str())),
                ("READOUT_CONFIG", env.map(std::ffi::OsStr::new)),
            ],
        );
        (run.code, run.stdout, run.stderr)
    }

    fn config_file(&self) -> std::path::PathBuf {
        self.0.join("readout").join("config.ron")
    }
}

impl Drop for Home {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.0);
    }
}

#[test]
fn config_default_prints_the_generated_defaults() {
    let home = Home::new("default");
    let (code, out, err) = home.run(&["config", "--default"], None);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out, config::default_text());
}

#[test]
fn config_check_accepts_the_example_and_reports_problems_with_positions() {
    let home = Home::new("check");
    let (code, out, err) = home.run(&["config", "--check", "examples/config.ron"], None);
    assert_eq!((code, err.as_str()), (0, ""), "{out}");
    assert_eq!(
        out,
        "examples/config.ron: 6 key bindings, theme \"light\", 2 colour roles, 3 defaults\n"
    );

    let bad = home.0.join("bad.ron");
    std::fs::write(
        &bad,
        "(\n  keys: { \"Quit\": [\"x\", \"PgDwn\"] },\n  theme: \"dark\",\n)\n",
    )
    .unwrap();
    let bad = bad.to_str().unwrap();
    let (code, out, err) = home.run(&["config", "--check", bad], None);
    assert_eq!((code, out.as_str()), (1, ""));
    assert!(
        err.starts_with(&format!("{bad}:2:25: unknown key \"PgDwn\"\n")),
        "{err}"
    );
    assert!(
        err.contains(&format!("\n{bad}:3:10: unknown theme \"dark\"\n")),
        "{err}"
    );
    assert!(err.ends_with("2 problems\n"), "{err}");
}

#[test]
fn the_file_is_found_in_xdg_config_home_or_where_readout_config_says() {
    let home = Home::new("where");
    let expected = home.config_file();
    let (code, out, _) = home.run(&["config", "--path"], None);
    assert_eq!((code, out.trim_end()), (0, expected.to_str().unwrap()));

    // No file there: the defaults, said plainly.
    let (code, out, _) = home.run(&["config", "--check"], None);
    assert_eq!(code, 0);
    assert!(
        out.contains("no such file; readout uses its defaults"),
        "{out}"
    );

    std::fs::create_dir_all(expected.parent().unwrap()).unwrap();
    std::fs::write(&expected, "(theme: \"16\")").unwrap();
    let (code, out, _) = home.run(&["config", "--check"], None);
    assert_eq!(code, 0);
    assert!(out.ends_with(": 0 key bindings, theme \"16\", 0 colour roles, 0 defaults\n"));

    // READOUT_CONFIG and --config win over it; a file they name must exist.
    let (code, out, _) = home.run(&["config", "--check"], Some("examples/config.ron"));
    assert_eq!(code, 0);
    assert!(
        out.starts_with("examples/config.ron: 6 key bindings"),
        "{out}"
    );
    let (code, out, _) = home.run(
        &["--config", "examples/config.ron", "config", "--path"],
        Some("elsewhere.ron"),
    );
    assert_eq!((code, out.as_str()), (0, "examples/config.ron\n"));
    let (code, _, err) = home.run(&["config", "--check"], Some("missing.ron"));
    assert_eq!(code, 1);
    assert!(err.starts_with("missing.ron: cannot read"), "{err}");
}

#[test]
fn the_browser_refuses_a_bad_configuration_before_touching_the_terminal() {
    let home = Home::new("browse");
    let bad = home.0.join("bad.ron");
    std::fs::write(&bad, "(keys: { \"Quti\": [\"x\"] })").unwrap();
    let (code, out, err) = home.run(&["--config", bad.to_str().unwrap()], None);
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert!(err.contains(":1:10: unknown action \"Quti\""), "{err}");
    assert!(!err.contains('\x1b'), "no escape sequences: {err:?}");
    let (code, _, err) = home.run(&[], Some("missing.ron"));
    assert_eq!(code, 1);
    assert!(err.starts_with("missing.ron: cannot read"), "{err}");
}

/// An empty variable is the same as an unset one, for every variable readout reads
/// (`READOUT_CONFIG=`, `NO_COLOR=`, `TERM=`, `XDG_CONFIG_HOME=`, `HOME=`).
#[test]
fn an_empty_environment_variable_means_unset() {
    let home = Home::new("empty-env");
    // READOUT_CONFIG= : every command runs, with the configuration at its usual place.
    for args in [
        &["check"][..],
        &["list", "--since", "2024"],
        &["config", "--path"],
        &["config", "--check"],
        &["show", "2022-07-25-blinken-aliyev-call"],
    ] {
        let (code, out, err) = home.run(args, Some(""));
        assert_eq!(code, 0, "READOUT_CONFIG= readout {args:?}: {err}");
        assert!(err.is_empty(), "{args:?}: {err}");
        if args == ["config", "--path"] {
            assert_eq!(out.trim_end(), home.config_file().to_str().unwrap());
        }
    }
    let (code, out, _) = home.run(&["check"], Some(""));
    assert_eq!(code, 0);
    let (_, unset, _) = home.run(&["check"], None);
    assert_eq!(out, unset, "empty is unset");

    let run = |vars: &[(&str, &str)], args: &[&str]| {
        let mut env = vec![
            ("XDG_CONFIG_HOME", Some(home.0.as_os_str())),
            ("READOUT_CONFIG", None),
        ];
        env.extend(
            vars.iter()
                .map(|&(k, v)| (k, Some(std::ffi::OsStr::new(v)))),
        );
        let run = readout_with_env(args, &env);
        (run.code, run.stdout, run.stderr)
    };
    // XDG_CONFIG_HOME= and HOME= never put the configuration under the working directory.
    let (code, out, err) = run(
        &[("XDG_CONFIG_HOME", ""), ("HOME", "/nonexistent-home")],
        &["config", "--path"],
    );
    assert_eq!(
        (code, out.trim_end()),
        (0, "/nonexistent-home/.config/readout/config.ron"),
        "{err}"
    );
    let (code, out, _) = run(
        &[("XDG_CONFIG_HOME", ""), ("HOME", "")],
        &["config", "--path"],
    );
    assert!(
        code != 0 || out.starts_with('/'),
        "a relative configuration path: {out:?}"
    );
    // NO_COLOR= and TERM= change nothing for the commands.
    let (code, out, err) = run(&[("NO_COLOR", ""), ("TERM", "")], &["check"]);
    assert_eq!((code, err.as_str()), (0, ""));
    assert_eq!(out, unset);
}

/// A key a terminal sends as another one is refused, saying which key it arrives as
/// (`tests/fixtures/text/config-ctrl-m.ron` binds `ctrl-m`, which arrives as Enter).
#[test]
fn a_key_the_terminal_cannot_tell_apart_is_reported_with_the_key_it_arrives_as() {
    let case = std::fs::read_to_string("tests/fixtures/text/config-ctrl-m.ron").unwrap();
    let p = only_problem(&case);
    assert_eq!(at(&p), (3, 27), "{p:?}");
    assert!(
        p.message.starts_with("\"ctrl-m\" arrives as \"Enter\""),
        "{}",
        p.message
    );
    for (written, arrives) in [
        ("ctrl-i", "Tab"),
        ("ctrl-[", "Esc"),
        ("ctrl-J", "ctrl-j"),
        ("C-M", "Enter"),
        ("shift-Enter", "Enter"),
        ("ctrl-Enter", "Enter"),
        ("ctrl-Backspace", "ctrl-h"),
        ("ctrl-2", "ctrl-Space"),
        ("ctrl-/", "ctrl-7"),
        ("alt-ctrl-m", "alt-Enter"),
    ] {
        let text = format!("(keys: {{ \"MoveDown\": [\"j\", {written:?}] }})");
        let p = only_problem(&text);
        assert!(
            p.message
                .starts_with(&format!("{written:?} arrives as {arrives:?}")),
            "{written}: {}",
            p.message
        );
    }
    // Keys that arrive as themselves stay accepted.
    for fine in [
        "ctrl-j",
        "ctrl-h",
        "ctrl-Space",
        "alt-m",
        "Enter",
        "ctrl-n",
        "F5",
        "M",
    ] {
        parse(&format!("(keys: {{ \"MoveDown\": [{fine:?}] }})"));
    }
    // Every default binding arrives as itself.
    for b in readout::keymap::BINDINGS {
        for k in b.keys {
            assert_eq!(k.arrives_as(), None, "{:?}", k);
        }
    }
}

#[test]
fn a_configuration_with_no_way_to_quit_is_refused() {
    let p = only_problem("(keys: { \"Quit\": [] })");
    assert!(p.message.contains("no way to quit"), "{}", p.message);
    assert_eq!(at(&p), (1, 18), "{p:?}");
    // Only keys that never arrive: those are reported first.
    let p = only_problem("(keys: { \"Quit\": [\"ctrl-m\"] })");
    assert!(p.message.contains("arrives as \"Enter\""), "{p:?}");
    // The quit keys all taken by a pane: no way out of that pane.
    let ps = problems("(keys: { \"Quit\": [\"x\"], \"Timeline.OpenDetail\": [\"x\"] })");
    assert!(
        ps.iter().any(|p| p
            .message
            .contains("no way to quit the browser from Timeline")),
        "{ps:?}"
    );
    // One key is enough.
    parse("(keys: { \"Quit\": [\"x\"] })");
}

#[test]
fn config_check_reports_ctrl_m_on_the_command_line() {
    let home = Home::new("ctrl-m");
    let (code, out, err) = home.run(
        &["config", "--check", "tests/fixtures/text/config-ctrl-m.ron"],
        None,
    );
    assert_eq!((code, out.as_str()), (1, ""), "{err}");
    assert!(
        err.starts_with(
            "tests/fixtures/text/config-ctrl-m.ron:3:27: \"ctrl-m\" arrives as \"Enter\""
        ),
        "{err}"
    );
}
