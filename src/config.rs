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
//! printed defaults cannot drift from the real ones. The `config` command itself is
//! [`crate::commands::config`].
//!
//! - [`check`]: what a file sets, and every problem with it;
//! - [`defaults`]: the text of every setting at its default.

mod check;
mod defaults;

use std::fmt;
use std::path::{Path as FsPath, PathBuf};

use crate::data::LoadError;
use crate::data::clean::clean_text;
use crate::data::diagnostic::{Diagnostic, diagnose_all, utf8};
use crate::data::locate::is_blank;
use crate::keymap::Keymap;
use crate::state::{Defaults, State};
use crate::ui::theme::{self, Theme};

pub use defaults::default_text;

/// The file's name in the configuration directory.
pub const FILE_NAME: &str = "config.ron";
/// The environment variable that names the configuration file.
pub const ENV: &str = "READOUT_CONFIG";

/// Everything the configuration decides.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Config {
    /// The key bindings: the table with the file's changes.
    pub keymap: Keymap,
    /// The colours: the theme chosen, with the file's roles over it.
    pub theme: Theme,
    /// How the browser starts: the pane focused, the match mode, the actors' order.
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
    /// The theme the file names, as the theme calls itself; `None` for the default.
    pub theme: Option<&'static str>,
    /// How many colour roles the file sets.
    pub roles: usize,
    /// How many (context, action) bindings the file rebinds.
    pub bindings: usize,
    /// How many of the start settings (`start_pane`, `match_mode`, `sort_actors`) it sets.
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

/// Reads the configuration: from `explicit` (`--config` or `READOUT_CONFIG`), which must
/// exist, or else from [`default_path`], if a file is there. No file: the built-in defaults.
///
/// # Errors
/// As [`load_file`].
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
///
/// # Errors
/// [`LoadError::Read`] when it cannot be read; else as [`parse`].
pub fn load_file(path: &FsPath) -> Result<Config, LoadError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| LoadError::Read {
        path: clean_text(&name, false).into_owned(),
        source,
    })?;
    let text = utf8(&name, &bytes).map_err(LoadError::Syntax)?;
    parse(&name, text)
}

/// Parses and checks a configuration; `name` is how errors name the file. A blank text (or
/// one of comments alone) is the defaults.
///
/// # Errors
/// [`LoadError::Syntax`] for text that is not RON of the configuration's shape;
/// [`LoadError::Invalid`] with every problem of what it sets, at `FILE:LINE:COL`.
pub fn parse(name: &str, text: &str) -> Result<Config, LoadError> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if is_blank(text) {
        return Ok(Config::default());
    }
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let file: check::File = options.from_str(text).map_err(|e| {
        LoadError::Syntax(Box::new(Diagnostic::from_ron(
            name,
            text,
            &e,
            "the configuration",
        )))
    })?;
    let mut problems = Vec::new();
    let config = check::build(&file, &mut problems);
    if problems.is_empty() {
        Ok(config)
    } else {
        Err(LoadError::Invalid(diagnose_all(name, text, problems)))
    }
}
