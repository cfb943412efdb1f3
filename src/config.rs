//! The user's configuration: key bindings, colours and how the browser starts, from one optional
//! RON file that lists only what it changes.
//!
//! ```ron
//! (
//!     theme: "light",
//!     colors: { "focus_border": "magenta bold" },
//!     keys: { "Quit": ["x", "ctrl-c"], "Help.CloseOverlay": ["Esc", "?"] },
//!     start_pane: "actors",
//! )
//! ```
//!
//! A key of `keys` is an action's name (it then means the action where the table binds it
//! everywhere, or in its one context) or `Context.Action`. Its keys replace the action's keys
//! there. Problems are reported as the dataset's are: every one, at `FILE:LINE:COL`.
//!
//! [`default_text`] prints every setting from the same table and theme the browser uses, so the
//! printed defaults cannot drift from the real ones.

use std::collections::HashMap;
use std::fmt::{self, Write as _};
use std::io::Write;
use std::marker::PhantomData;
use std::path::{Path as FsPath, PathBuf};

use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};

use crate::action::{Action, Pane};
use crate::cli::ConfigArgs;
use crate::commands::Failure;
use crate::data::LoadError;
use crate::data::clean::clean_text;
use crate::data::diagnostic::{Diagnostic, Problem, diagnose_all, utf8};
use crate::data::locate::{Path, is_blank};
use crate::keymap::{
    self, BINDINGS, Context, Key, Keymap, action_from_name, action_name, contexts_of, home_context,
};
use crate::query::MatchMode;
use crate::state::{ActorSort, Defaults, State};
use crate::ui::theme::{self, ROLES, Theme, parse_style, style_text};

/// The file's name in the configuration directory.
pub const FILE_NAME: &str = "config.ron";
/// The environment variable that names the configuration file.
pub const ENV: &str = "READOUT_CONFIG";

/// Everything the configuration decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    pub keymap: Keymap,
    pub theme: Theme,
    pub defaults: Defaults,
    /// What the file changed, for `readout config --check`.
    pub changed: Changed,
}

impl Default for Config {
    fn default() -> Config {
        Config {
            keymap: Keymap::default(),
            theme: theme::COLOR,
            defaults: Defaults::default(),
            changed: Changed::default(),
        }
    }
}

/// What a configuration file changed.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Changed {
    pub theme: Option<&'static str>,
    pub roles: usize,
    pub bindings: usize,
    pub defaults: usize,
}

impl fmt::Display for Changed {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let plural = |n: usize, what: &str| format!("{n} {what}{}", if n == 1 { "" } else { "s" });
        let mut parts = vec![plural(self.bindings, "key binding")];
        parts.push(match self.theme {
            Some(name) => format!("theme {name:?}"),
            None => "the default theme".to_owned(),
        });
        parts.push(plural(self.roles, "colour role"));
        parts.push(plural(self.defaults, "default"));
        write!(f, "{}", parts.join(", "))
    }
}

impl Config {
    /// The browser's state with this configuration's keys and defaults (its colours,
    /// [`Config::theme`], go to the loop that draws the frames).
    pub fn apply(&self, state: State) -> State {
        let mut state = state.with_defaults(self.defaults);
        state.settings.keymap = self.keymap.clone();
        state
    }
}

/// Where readout looks for its configuration when neither `--config` nor `READOUT_CONFIG`
/// names one: `$XDG_CONFIG_HOME/readout/config.ron` (`~/.config/readout/config.ron`), or the
/// platform's configuration directory on Windows.
pub fn default_path() -> Option<PathBuf> {
    use etcetera::BaseStrategy;
    let base = etcetera::choose_base_strategy().ok()?;
    let dir = base.config_dir();
    // An empty HOME gives a relative directory: that is no configuration directory, not one
    // under whatever directory readout was started in.
    dir.is_absolute()
        .then(|| dir.join("readout").join(FILE_NAME))
}

/// `readout config`: print the defaults (`--default`), say where the file is (`--path`), or
/// check it (`--check [FILE]`): the file named, else `explicit` (`--config`,
/// `READOUT_CONFIG`), else the one at [`default_path`], if there is one.
pub fn command(
    args: &ConfigArgs,
    explicit: Option<&FsPath>,
    out: &mut impl Write,
) -> Result<(), Failure> {
    if args.default {
        return Ok(write!(out, "{}", default_text())?);
    }
    let named = match &args.check {
        Some(Some(file)) => Some(file.clone()),
        _ => explicit.map(FsPath::to_path_buf),
    };
    let Some(path) = named.clone().or_else(default_path) else {
        return Err(Failure {
            message: "error: no configuration directory (no home directory?)".to_owned(),
            code: 1,
        });
    };
    let shown = clean_text(&path.display().to_string(), false).into_owned();
    if args.path {
        writeln!(out, "{shown}")?;
    } else if named.is_none() && !path.exists() {
        writeln!(
            out,
            "{shown}: no such file; readout uses its defaults (`readout config --default`)"
        )?;
    } else {
        let config = load_file(&path).map_err(|e| Failure {
            message: e.to_string(),
            code: 1,
        })?;
        writeln!(out, "{shown}: {}", config.changed)?;
    }
    Ok(())
}

/// Reads the configuration: from `explicit` (`--config` or `READOUT_CONFIG`), which must
/// exist, or else from [`default_path`], if a file is there. No file: the built-in defaults.
pub fn load(explicit: Option<&FsPath>) -> Result<Config, LoadError> {
    match explicit {
        Some(path) => load_file(path),
        None => match default_path() {
            Some(path) if path.exists() => load_file(&path),
            _ => Ok(Config::default()),
        },
    }
}

/// Reads and checks one configuration file.
pub fn load_file(path: &FsPath) -> Result<Config, LoadError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| LoadError::Read {
        path: clean_text(&name, false).into_owned(),
        source,
    })?;
    let text = utf8(&name, &bytes).map_err(LoadError::Syntax)?;
    parse(&name, text)
}

/// Parses and checks a configuration; `name` is how errors name the file.
pub fn parse(name: &str, text: &str) -> Result<Config, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if is_blank(text) {
        return Ok(Config::default());
    }
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let file: File = options.from_str(text).map_err(|e| {
        LoadError::Syntax(Box::new(Diagnostic::from_ron(
            name,
            text,
            &e,
            "the configuration",
        )))
    })?;
    let mut problems = Vec::new();
    let config = build(&file, &mut problems);
    if problems.is_empty() {
        Ok(config)
    } else {
        Err(LoadError::Invalid(diagnose_all(name, text, problems)))
    }
}

/// The file as written: every field optional, maps in the file's order.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename = "Config")]
struct File {
    #[serde(default)]
    theme: Option<String>,
    #[serde(default)]
    colors: Entries<String>,
    #[serde(default)]
    keys: Entries<Vec<String>>,
    #[serde(default)]
    start_pane: Option<String>,
    #[serde(default)]
    match_mode: Option<String>,
    #[serde(default)]
    sort_actors: Option<String>,
}

/// A map's entries in the file's order, repeated keys kept, so problems can point at them.
#[derive(Debug)]
struct Entries<T>(Vec<(String, T)>);

impl<T> Default for Entries<T> {
    fn default() -> Self {
        Entries(Vec::new())
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Entries<T> {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        struct EntriesVisitor<T>(PhantomData<T>);
        impl<'de, T: Deserialize<'de>> Visitor<'de> for EntriesVisitor<T> {
            type Value = Entries<T>;
            fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
                f.write_str("a map: { \"name\": value, ... }")
            }
            fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Entries<T>, A::Error> {
                let mut entries = Vec::new();
                while let Some(entry) = map.next_entry()? {
                    entries.push(entry);
                }
                Ok(Entries(entries))
            }
        }
        d.deserialize_map(EntriesVisitor(PhantomData))
    }
}

const START_PANES: [(&str, Pane); 3] = [
    ("timeline", Pane::Timeline),
    ("actors", Pane::Actors),
    ("detail", Pane::Detail),
];
const MATCH_MODES: [(&str, MatchMode); 2] = [("all", MatchMode::All), ("any", MatchMode::Any)];
const SORTS: [(&str, ActorSort); 4] = [
    ("interactions", ActorSort::Interactions),
    ("name", ActorSort::Name),
    ("last_contact", ActorSort::LastContact),
    ("mediated", ActorSort::Mediated),
];

/// The configuration the file asks for; what is wrong with it goes to `problems`.
fn build(file: &File, problems: &mut Vec<Problem>) -> Config {
    let root = Path::default();
    let mut config = Config::default();
    if let Some(name) = &file.theme {
        match theme::THEMES
            .iter()
            .find(|(n, _)| n.eq_ignore_ascii_case(name))
        {
            Some(&(n, t)) => {
                config.theme = t;
                config.changed.theme = Some(n);
            }
            None => problems.push(unknown(
                root.field("theme"),
                "theme",
                name,
                theme::THEMES.iter().map(|(n, _)| *n),
            )),
        }
    }
    colors(&file.colors, &mut config, problems);
    keys(&file.keys, &mut config, problems);
    let mut choose = |field: &'static str, value: &Option<String>, names: &[&'static str]| {
        let value = value.as_ref()?;
        let found = names.iter().position(|n| n.eq_ignore_ascii_case(value));
        if found.is_none() {
            problems.push(unknown(
                root.field(field),
                field,
                value,
                names.iter().copied(),
            ));
        }
        found
    };
    let d = &mut config.defaults;
    let mut set = 0;
    if let Some(i) = choose("start_pane", &file.start_pane, &names(&START_PANES)) {
        d.pane = START_PANES[i].1;
        set += 1;
    }
    if let Some(i) = choose("match_mode", &file.match_mode, &names(&MATCH_MODES)) {
        d.match_mode = MATCH_MODES[i].1;
        set += 1;
    }
    if let Some(i) = choose("sort_actors", &file.sort_actors, &names(&SORTS)) {
        d.actor_sort = SORTS[i].1;
        set += 1;
    }
    config.changed.defaults = set;
    config
}

/// The names of a table of choices.
fn names<T>(table: &[(&'static str, T)]) -> Vec<&'static str> {
    table.iter().map(|(n, _)| *n).collect()
}

/// The name of a choice in a table of them.
fn name_of<T: PartialEq>(table: &[(&'static str, T)], value: T) -> &'static str {
    table
        .iter()
        .find(|(_, x)| *x == value)
        .map_or("?", |(n, _)| *n)
}

/// `unknown theme "dark"`, with the nearest name or the list of them.
fn unknown<'a>(
    path: Path,
    what: &str,
    value: &str,
    names: impl Iterator<Item = &'a str> + Clone,
) -> Problem {
    let help = match nearest(value, names.clone()) {
        Some(n) => format!("did you mean {n:?}?"),
        None => format!(
            "one of {}",
            names
                .map(|n| format!("{n:?}"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
    };
    Problem::new(
        path,
        format!("unknown {} {value:?}", what.replace('_', " ")),
    )
    .help(help)
}

/// The name closest to `value`, if one is close: at most two edits, ignoring case.
fn nearest<'a>(value: &str, names: impl Iterator<Item = &'a str>) -> Option<&'a str> {
    let value = value.to_lowercase();
    names
        .map(|n| (strsim::damerau_levenshtein(&n.to_lowercase(), &value), n))
        .filter(|&(d, _)| d <= 2.max(value.len() / 4))
        .min_by_key(|&(d, _)| d)
        .map(|(_, n)| n)
}

fn colors(entries: &Entries<String>, config: &mut Config, problems: &mut Vec<Problem>) {
    let path = Path::default().field("colors");
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (i, (name, text)) in entries.0.iter().enumerate() {
        let Some(role) = theme::role(name) else {
            problems.push(unknown(
                path.key(i),
                "colour role",
                name,
                ROLES.iter().map(|r| r.name),
            ));
            continue;
        };
        if let Some(&first) = seen.get(role.name) {
            problems.push(
                Problem::new(
                    path.key(i),
                    format!("the role {:?} is listed twice", role.name),
                )
                .related(path.key(first), "first listed here"),
            );
            continue;
        }
        seen.insert(role.name, i);
        match parse_style(text) {
            Ok(style) => *(role.get)(&mut config.theme) = style,
            Err(e) => {
                let mut p = Problem::new(path.index(i).within(e.at), e.message);
                p.help = e.help;
                problems.push(p);
            }
        }
    }
    config.changed.roles = seen.len();
}

fn keys(entries: &Entries<Vec<String>>, config: &mut Config, problems: &mut Vec<Problem>) {
    let path = Path::default().field("keys");
    let problems_before = problems.len();
    // Where each (context, action) the file rebinds is listed: its entry.
    let mut listed = Listed::default();
    for (i, (name, keys)) in entries.0.iter().enumerate() {
        let (context, action) = match binding_named(name) {
            Ok(found) => found,
            Err(p) => {
                problems.push(Problem {
                    path: path.key(i),
                    ..*p
                });
                continue;
            }
        };
        if let Some(first) = listed.get(context, action) {
            problems.push(
                Problem::new(path.key(i), format!("{name:?} is listed twice"))
                    .related(path.key(first), "first listed here"),
            );
            continue;
        }
        listed.0.push(((context, action), i));
        let mut parsed: Vec<Key> = Vec::new();
        for (k, text) in keys.iter().enumerate() {
            match Key::parse(text) {
                Ok(key) if parsed.contains(&key) => problems.push(Problem::new(
                    path.index(i).index(k),
                    format!("{text:?} is listed twice for {name:?}"),
                )),
                Ok(key) => match key.arrives_as() {
                    // The terminal delivers it as another key: bound, it would never arrive.
                    Some(other) => problems.push(
                        Problem::new(
                            path.index(i).index(k),
                            format!(
                                "{text:?} arrives as {:?}: a terminal sends the two keys alike, \
                                 so readout cannot tell them apart",
                                other.config_name()
                            ),
                        )
                        .help(format!(
                            "bind {:?} itself, or another key",
                            other.config_name()
                        )),
                    ),
                    None => parsed.push(key),
                },
                Err(e) => {
                    let mut p = Problem::new(path.index(i).index(k), e.to_string());
                    p.help = e.help();
                    problems.push(p);
                }
            }
        }
        config.keymap.rebind(context, action, parsed);
    }
    config.changed.bindings = listed.0.len();
    // A key bound twice in one context: report it where the file binds it (the later place,
    // when the file binds it twice).
    let bound = config.keymap.entries();
    let listed_at = |e: usize| listed.get(bound[e].context(), bound[e].action());
    for (context, key, a, b) in config.keymap.conflicts() {
        let (here, other) = match (listed_at(a), listed_at(b)) {
            (Some(x), Some(y)) if x > y => (a, b),
            (Some(_), Some(_)) | (None, Some(_)) => (b, a),
            (Some(_), None) => (a, b),
            // Both from the table, which a test keeps free of conflicts.
            (None, None) => continue,
        };
        let Some(entry) = listed_at(here) else {
            continue;
        };
        let k = entries.0[entry]
            .1
            .iter()
            .position(|t| Key::parse(t) == Ok(key))
            .unwrap_or(0);
        let (this, that) = (config_name(&bound[here]), config_name(&bound[other]));
        let mut p = Problem::new(
            path.index(entry).index(k),
            format!(
                "{:?} is bound to both {that} and {this} in {}",
                key.config_name(),
                context.name()
            ),
        );
        match listed_at(other) {
            Some(first) => p = p.related(path.key(first), "the other binding"),
            None => {
                p.help = Some(format!(
                    "{that} has it by default: give {that:?} other keys too"
                ))
            }
        }
        problems.push(p);
    }
    // Checked once the bindings are otherwise right: a key refused or bound twice is reported
    // as such first.
    if problems.len() == problems_before
        && let Some(pane) = no_way_to_quit(&config.keymap)
    {
        let at = match listed.get(Context::Global, Action::Quit) {
            Some(entry) => path.index(entry),
            None => path.clone(),
        };
        let quit = config.keymap.keys(Context::Global, Action::Quit);
        let message = if quit.is_empty() {
            "this leaves no way to quit the browser: \"Quit\" has no keys".to_owned()
        } else {
            format!(
                "this leaves no way to quit the browser from {}: every key of \"Quit\" does something else there",
                pane.title()
            )
        };
        problems.push(
            Problem::new(at, message).help("keep a key for \"Quit\", such as \"q\" or \"ctrl-c\""),
        );
    }
}

/// The first pane the browser could not be quit from with `keymap`: where no key of the global
/// `Quit` reaches `Quit` (it has none, or the pane binds each of them to something else).
fn no_way_to_quit(keymap: &Keymap) -> Option<Pane> {
    let quit = keymap.keys(Context::Global, Action::Quit);
    Pane::ALL.into_iter().find(|&pane| {
        !quit.iter().any(|k| {
            let event = ratatui::crossterm::event::KeyEvent::new(k.code, k.mods);
            keymap.dispatch(keymap::Mode::Browse(pane), event) == Some(Action::Quit)
        })
    })
}

/// Which entry of `keys` rebinds each (context, action).
#[derive(Default)]
struct Listed(Vec<((Context, Action), usize)>);

impl Listed {
    fn get(&self, context: Context, action: Action) -> Option<usize> {
        self.0
            .iter()
            .find(|(ca, _)| *ca == (context, action))
            .map(|&(_, i)| i)
    }
}

/// The (context, action) a key of `keys` names: `Quit`, `Picker.Confirm`. The problem's path
/// is left for the caller to set.
fn binding_named(name: &str) -> Result<(Context, Action), Box<Problem>> {
    let (context, action_text) = match name.split_once('.') {
        Some((c, a)) => match Context::from_name(c) {
            Some(context) => (Some(context), a),
            None => {
                return Err(Box::new(unknown(
                    Path::default(),
                    "context",
                    c,
                    Context::ALL.iter().map(|c| c.name()),
                )));
            }
        },
        None => (None, name),
    };
    let Some(action) = action_from_name(action_text) else {
        let names: Vec<&str> = keymap::bindable_actions()
            .into_iter()
            .filter_map(action_name)
            .collect();
        return Err(Box::new(unknown(
            Path::default(),
            "action",
            action_text,
            names.into_iter(),
        )));
    };
    let Some(action_name) = action_name(action) else {
        unreachable!("a bindable action has a name");
    };
    let places = || {
        contexts_of(action)
            .iter()
            .map(|c| c.name())
            .collect::<Vec<_>>()
            .join(", ")
    };
    match context {
        Some(c) if contexts_of(action).contains(&c) => Ok((c, action)),
        Some(c) => Err(Box::new(
            Problem::new(
                Path::default(),
                format!("{action_name} has no key in {}", c.name()),
            )
            .help(format!("it has keys in {}", places())),
        )),
        None => match home_context(action) {
            Some(c) => Ok((c, action)),
            None => Err(Box::new(
                Problem::new(
                    Path::default(),
                    format!("{action_name} has keys in several places: {}", places()),
                )
                .help(format!(
                    "name one: \"{}.{action_name}\"",
                    contexts_of(action)[0].name()
                )),
            )),
        },
    }
}

/// How the configuration names an entry: `Quit` where the bare name means it, else
/// `Picker.Quit`.
fn config_name(e: &keymap::Entry) -> String {
    let name = action_name(e.action()).unwrap_or("?");
    if home_context(e.action()) == Some(e.context()) {
        name.to_owned()
    } else {
        format!("{}.{name}", e.context().name())
    }
}

/// The full default configuration, with comments: every setting at its built-in value,
/// generated from the key table and the default theme the browser uses.
pub fn default_text() -> String {
    let mut out = String::new();
    let w = &mut out;
    let quote = |s: &str| format!("{s:?}");
    let _ = writeln!(
        w,
        "// readout's configuration, with every setting at its default. Keep only what you
// change: what is left out keeps its default. Check a file with `readout config --check FILE`.
(
    // The colours: \"default\" (dark backgrounds, 256 colours), \"light\" (light backgrounds),
    // \"16\" (the sixteen colours of the terminal's own palette) or \"plain\" (no colour).
    // NO_COLOR in the environment always means plain.
    theme: \"default\",

    // The style of single parts of the screen, over the theme's: a colour, `on` and a
    // background colour, and any of bold, dim, italic, underlined, reversed, crossed_out.
    // A colour is a name (red, lightblue, darkgray...), 0 to 255, or #rrggbb; \"default\" is
    // the terminal's own. These are the default theme's: a role listed here wins over any
    // theme, so list only those you change.
    colors: {{"
    );
    let mut base = theme::COLOR;
    for role in ROLES {
        let style = style_text(*(role.get)(&mut base));
        let _ = writeln!(
            w,
            "        {}: {}, // {}",
            quote(role.name),
            quote(&style),
            role.about
        );
    }
    let _ = writeln!(
        w,
        "    }},

    // The keys of each action: a character (\"j\", \"G\", \"?\") or a name (Space, Enter, Esc,
    // Tab, Backspace, Delete, Insert, Up, Down, Left, Right, Home, End, PageUp, PageDown,
    // F1 to F12), after any of ctrl-, alt- and shift- (\"ctrl-n\", \"shift-Tab\").
    // An action's name alone means the action everywhere, or in the one place it has keys;
    // \"Context.Action\" names it in one place (Picker.Confirm). The keys listed replace the
    // action's keys there; [] leaves it without keys. No key may do two things in one place.
    keys: {{"
    );
    let keymap = Keymap::default();
    for context in Context::ALL {
        let _ = writeln!(w, "        // {}", context.title());
        for e in keymap.in_context(context) {
            let keys: Vec<String> = e.keys.iter().map(|k| quote(&k.config_name())).collect();
            let _ = writeln!(
                w,
                "        {}: [{}], // {}",
                quote(&config_name(e)),
                keys.join(", "),
                e.binding.help
            );
        }
    }
    let d = Defaults::default();
    let _ = writeln!(
        w,
        "    }},

    // The pane focused at the start: \"timeline\", \"actors\" or \"detail\".
    start_pane: {},
    // With several actors in the filter, show the interactions of \"all\" of them, or of
    // \"any\". A key switches between the two; clearing the filters comes back to this.
    match_mode: {},
    // The order of the Actors pane at the start: \"interactions\", \"name\", \"last_contact\" or \"mediated\".
    sort_actors: {},
)",
        quote(name_of(&START_PANES, d.pane)),
        quote(name_of(&MATCH_MODES, d.match_mode)),
        quote(name_of(&SORTS, d.actor_sort)),
    );
    debug_assert!(BINDINGS.len() == keymap.entries().len());
    out
}
