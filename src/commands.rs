//! The commands that print instead of browsing: `check`, `list`, `export`, `show`. Each
//! submodule does one job; this module gathers what `main` calls.
//!
//! - [`resolve`]: `--actor`, `--place`, `--country` and the other filter options, read as the
//!   browser's filter;
//! - [`list`]: `list` and `export` as text rows, JSON, CSV and Markdown, and the network export;
//! - [`show`]: one interaction in full, as plain text.

use std::collections::HashSet;
use std::io;

use crate::data::Data;

pub mod list;
pub mod resolve;
pub mod show;

pub use list::{ListOptions, export_network, list, list_with, spreadsheet_safe};
pub use resolve::{filtered, resolve_actors, resolve_groups, resolve_places};
pub use show::show;

/// A command's failure: what to print on stderr and the exit code.
#[derive(Debug)]
pub struct Failure {
    /// What went wrong, one or more lines, without a trailing newline.
    pub message: String,
    /// The exit code: 1 for a failure, 2 for a usage error.
    pub code: u8,
}

impl Failure {
    /// A usage error (exit 2) with `message`.
    pub(crate) fn usage(message: String) -> Failure {
        Failure { message, code: 2 }
    }
}

impl From<io::Error> for Failure {
    fn from(e: io::Error) -> Failure {
        Failure {
            message: format!("cannot write the output: {e}"),
            code: 1,
        }
    }
}

/// `check`'s one-line summary: `14 interactions, 17 actors, 9 quotes, 1 source`.
pub fn summary(data: &Data) -> String {
    let its = data.interactions();
    let quotes: usize = its.iter().map(|interaction| interaction.quotes.len()).sum();
    let sources: HashSet<(&str, Option<&str>, Option<&str>)> = its
        .iter()
        .flat_map(|interaction| &interaction.sources)
        .map(|s| (s.outlet.as_str(), s.title.as_deref(), s.url.as_deref()))
        .collect();
    let n = |count: usize, one: &str, many: &str| {
        format!("{count} {}", if count == 1 { one } else { many })
    };
    format!(
        "{}, {}, {}, {}",
        n(its.len(), "interaction", "interactions"),
        n(data.actors().len(), "actor", "actors"),
        n(quotes, "quote", "quotes"),
        n(sources.len(), "source", "sources")
    )
}
