//! The environment variables readout reads, where an empty value means the same as unset:
//! `READOUT_CONFIG=` names no configuration file, `NO_COLOR=` asks for nothing, `TERM=` is no
//! terminal type. Shells leave variables set but empty (`export VAR=`, `VAR= readout`), and
//! an empty value is never a usable file name, colour switch or terminal type.
//!
//! | variable | what it does |
//! |---|---|
//! | `READOUT_CONFIG` | the configuration file, when `--config` names none |
//! | `NO_COLOR` | any value: the plain theme (no colour) |
//! | `TERM` | `dumb`: the browser refuses to start |
//! | `XDG_CONFIG_HOME`, `HOME` | where the configuration file is looked for |

use std::ffi::OsString;
use std::path::PathBuf;

/// The variable's value, or `None` when it is unset or empty.
pub fn var_os(name: &str) -> Option<OsString> {
    std::env::var_os(name).filter(|v| !v.is_empty())
}

/// The variable's value as UTF-8 text, or `None` when it is unset, empty or not UTF-8.
pub fn var(name: &str) -> Option<String> {
    var_os(name).and_then(|v| v.into_string().ok())
}

/// The variable as a path, or `None` when it is unset or empty.
pub fn path(name: &str) -> Option<PathBuf> {
    var_os(name).map(PathBuf::from)
}
