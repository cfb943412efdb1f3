//! Checking a configuration file: reading what it sets into a [`Config`] and every problem
//! with it (an unknown name, a key that cannot be bound, a key bound twice, no way left to
//! quit) at the place in the file it concerns.

use std::collections::HashMap;
use std::fmt;
use std::marker::PhantomData;
use std::str::FromStr;

use serde::Deserialize;
use serde::de::{Deserializer, MapAccess, Visitor};
use strum::VariantNames;

use super::Config;
use crate::action::{Action, Pane};
use crate::data::diagnostic::Problem;
use crate::data::locate::Path;
use crate::keymap::{
    self, Context, Key, Keymap, action_from_name, action_name, contexts_of, home_context,
};
use crate::suggest;
use crate::ui::theme::{self, ROLES, parse_style};

/// The file as written: every field optional, maps in the file's order.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields, rename = "Config")]
pub(super) struct File {
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

/// The configuration the file asks for; what is wrong with it goes to `problems`.
pub(super) fn build(file: &File, problems: &mut Vec<Problem>) -> Config {
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
    let start = &mut config.defaults;
    let mut set = 0;
    if let Some(pane) = choose("start_pane", &file.start_pane, problems) {
        start.pane = pane;
        set += 1;
    }
    if let Some(mode) = choose("match_mode", &file.match_mode, problems) {
        start.match_mode = mode;
        set += 1;
    }
    if let Some(sort) = choose("sort_actors", &file.sort_actors, problems) {
        start.actor_sort = sort;
        set += 1;
    }
    config.changed.defaults = set;
    config
}

/// The value of a setting written as one of an enum's names (derived with strum; any case),
/// if the file sets it; a name that is none of them goes to `problems`.
fn choose<T: FromStr + VariantNames>(
    field: &'static str,
    value: &Option<String>,
    problems: &mut Vec<Problem>,
) -> Option<T> {
    let value = value.as_ref()?;
    let found = value.parse().ok();
    if found.is_none() {
        let names = choice_names::<T>();
        problems.push(unknown(
            Path::default().field(field),
            field,
            value,
            names.iter().map(String::as_str),
        ));
    }
    found
}

/// How the configuration writes the choices of a setting: the enum's names in lower case
/// (`"timeline"`, `"last_contact"`).
pub(super) fn choice_names<T: VariantNames>() -> Vec<String> {
    T::VARIANTS.iter().map(|n| n.to_ascii_lowercase()).collect()
}

/// How the configuration writes one choice: `"actors"` for `Pane::Actors`.
pub(super) fn choice_name(choice: impl Into<&'static str>) -> String {
    choice.into().to_ascii_lowercase()
}

/// `unknown theme "dark"`, with the nearest name or the list of them.
fn unknown<'a>(
    path: Path,
    what: &str,
    value: &str,
    names: impl Iterator<Item = &'a str> + Clone,
) -> Problem {
    let help = match suggest::nearest(value, names.clone()) {
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
        let key_index = entries.0[entry]
            .1
            .iter()
            .position(|t| Key::parse(t) == Ok(key))
            .unwrap_or(0);
        let (this, that) = (config_name(&bound[here]), config_name(&bound[other]));
        let mut p = Problem::new(
            path.index(entry).index(key_index),
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
        Some((c, a)) => match c.parse::<Context>() {
            Ok(context) => (Some(context), a),
            Err(_) => {
                return Err(Box::new(unknown(
                    Path::default(),
                    "context",
                    c,
                    Context::VARIANTS.iter().copied(),
                )));
            }
        },
        None => (None, name),
    };
    let Some(action) = action_from_name(action_text) else {
        let names: Vec<String> = keymap::bindable_actions()
            .into_iter()
            .filter_map(action_name)
            .collect();
        return Err(Box::new(unknown(
            Path::default(),
            "action",
            action_text,
            names.iter().map(String::as_str),
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
pub(super) fn config_name(e: &keymap::Entry) -> String {
    let name = action_name(e.action()).unwrap_or_default();
    if home_context(e.action()) == Some(e.context()) {
        name
    } else {
        format!("{}.{name}", e.context().name())
    }
}
