//! Reading a dataset: bytes → text → RON → validated, indexed [`Data`].

use std::path::Path as FsPath;

use super::clean::clean_text;
pub use super::diagnostic::Diagnostic;
use super::diagnostic::{Diagnostics, diagnose_all, utf8};
use super::index::Data;
use super::locate::{Location, Unclosed, unclosed};
use super::model::Dataset;
use super::validate::validate;

/// The built-in dataset, compiled into the binary.
pub const BUILTIN: &str = include_str!("../../data/south-caucasus.ron");
/// The name the built-in dataset is reported under.
pub const BUILTIN_NAME: &str = "data/south-caucasus.ron";

/// Why a dataset could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    #[error("{path}: cannot read: {source}")]
    Read {
        path: String,
        source: std::io::Error,
    },
    /// The text is not a dataset: not UTF-8, or not RON of the right shape. ron stops at the
    /// first such error, so there is one.
    #[error("{0}")]
    Syntax(Box<Diagnostic>),
    /// The dataset parsed but is wrong: every problem found.
    #[error("{}", Diagnostics(.0))]
    Invalid(Vec<Diagnostic>),
}

impl LoadError {
    /// The diagnostics, for callers that show them one by one.
    pub fn diagnostics(&self) -> Vec<&Diagnostic> {
        match self {
            LoadError::Read { .. } => Vec::new(),
            LoadError::Syntax(d) => vec![d],
            LoadError::Invalid(ds) => ds.iter().collect(),
        }
    }
}

/// Reads and loads a dataset file.
pub fn load_file(path: &FsPath) -> Result<Data, LoadError> {
    read_file(path).and_then(|(name, bytes)| load_bytes(&name, &bytes))
}

/// Reads and loads a dataset file, keeping its text as it is (see [`Data::as_is`]).
pub fn load_file_as_is(path: &FsPath) -> Result<Data, LoadError> {
    let (name, bytes) = read_file(path)?;
    let text = utf8(&name, &bytes).map_err(LoadError::Syntax)?;
    parse_str(&name, text).map(Data::as_is)
}

fn read_file(path: &FsPath) -> Result<(String, Vec<u8>), LoadError> {
    let name = path.display().to_string();
    let bytes = std::fs::read(path).map_err(|source| LoadError::Read {
        // A file name is text from outside too: never print its control characters raw.
        path: clean_text(&name, false).into_owned(),
        source,
    })?;
    Ok((name, bytes))
}

/// Loads a dataset from bytes that should be UTF-8 RON; `name` is how errors name the file.
pub fn load_bytes(name: &str, bytes: &[u8]) -> Result<Data, LoadError> {
    let text = utf8(name, bytes).map_err(LoadError::Syntax)?;
    load_str(name, text)
}

/// Parses, validates and indexes a dataset.
pub fn load_str(name: &str, text: &str) -> Result<Data, LoadError> {
    parse_str(name, text).map(Data::new)
}

/// Parses and validates a dataset, without indexing it.
pub fn parse_str(name: &str, text: &str) -> Result<Dataset, LoadError> {
    // A byte-order mark is not RON; editors on some systems add one. Positions stay right
    // because ron counts from the text it is given, and so does the locator.
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    if text.trim().is_empty() {
        let loc = Location::at_offset(text, text.len());
        return Err(LoadError::Syntax(Box::new(Diagnostic {
            help: Some("a dataset is Dataset(title: \"…\", actors: [ … ], interactions: [ … ]); see data/README.md".to_owned()),
            ..Diagnostic::at(name, text, loc, "the file is empty".to_owned())
        })));
    }
    // A file cut short (a save interrupted, a truncated download) leaves something open: say
    // so plainly, at its end, with where the open thing starts. One quick pass, before the
    // parser, which would otherwise report whatever it expected next.
    if let Some(open) = unclosed(text) {
        return Err(LoadError::Syntax(Box::new(cut_short(name, text, open))));
    }
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let dataset: Dataset = options.from_str(text).map_err(|e| {
        LoadError::Syntax(Box::new(Diagnostic::from_ron(
            name,
            text,
            &e,
            "the dataset",
        )))
    })?;
    let problems = validate(&dataset);
    if problems.is_empty() {
        Ok(dataset)
    } else {
        // Validation checks in passes (ids before references); report in the file's order.
        Err(LoadError::Invalid(diagnose_all(name, text, problems)))
    }
}

/// The error for a file that ends with something still open.
fn cut_short(name: &str, text: &str, open: Unclosed) -> Diagnostic {
    let (offset, what) = match open {
        Unclosed::Bracket(at) => (at, format!("`{}`", &text[at..at + 1])),
        Unclosed::String(at) => (at, "a string".to_owned()),
        Unclosed::Comment(at) => (at, "a comment".to_owned()),
    };
    let opened = Location::at_offset(text, offset);
    let end = Location::at_offset(text, text.len());
    Diagnostic {
        help: Some("was the file cut short, or is a closing bracket or quote missing?".to_owned()),
        related: Some((opened.line, opened.col, "opened here")),
        ..Diagnostic::at(
            name,
            text,
            end,
            format!("the file ends before the dataset does: {what} is still open"),
        )
    }
}
