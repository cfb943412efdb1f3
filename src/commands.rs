//! The commands that print instead of browsing: `check`, `list`, `export`, `show`. Each
//! submodule does one job; this module gathers what `main` calls.
//!
//! - [`resolve`]: `--actor`, `--place`, `--country` and the other filter options, read as the
//!   browser's filter;
//! - [`list`]: `list` and `export` as text rows, JSON, CSV and Markdown, and the network export;
//! - [`show`]: one interaction in full, as plain text.

use std::collections::HashSet;

use crate::data::Data;

pub mod list;
pub mod resolve;
pub mod show;

pub use list::{ListOptions, export_network, list, list_with, spreadsheet_safe};
pub use resolve::{filtered, resolve_actors, resolve_groups, resolve_places};
pub use show::show;

pub mod config;

/// A command's failure; the name the commands use for [`crate::error::Error`].
pub use crate::error::Error as Failure;

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
