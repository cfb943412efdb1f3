//! Reading a dataset: bytes → text → RON → validated, indexed [`Data`].

use std::fmt;
use std::path::Path as FsPath;

use unicode_width::UnicodeWidthStr;

use super::clean::clean_text;
use super::index::Data;
use super::locate::{Location, locate};
use super::model::Dataset;
use super::validate::{Problem, validate};

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

struct Diagnostics<'a>(&'a [Diagnostic]);

impl fmt::Display for Diagnostics<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in self.0 {
            writeln!(f, "{d}")?;
        }
        let n = self.0.len();
        write!(f, "{n} problem{}", if n == 1 { "" } else { "s" })
    }
}

/// One error at a place in a file, rendered as
///
/// ```text
/// data.ron:12:23: unknown actor "aliev" in participants
///    |
/// 12 |     participants: ["aliev", "blinken"],
///    |                    ^ did you mean "aliyev"?
/// ```
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Diagnostic {
    pub file: String,
    pub line: usize,
    pub col: usize,
    pub message: String,
    pub help: Option<String>,
    /// The source line, made safe to print, and the caret's display column (0-based).
    pub excerpt: Option<(String, usize)>,
    /// A second place: its line and column, and what it is.
    pub related: Option<(usize, usize, &'static str)>,
}

impl Diagnostic {
    fn at(file: &str, src: &str, loc: Location, message: String) -> Diagnostic {
        Diagnostic {
            file: file.to_owned(),
            line: loc.line,
            col: loc.col,
            message,
            help: None,
            excerpt: excerpt(src, loc),
            related: None,
        }
    }
}

fn excerpt(src: &str, loc: Location) -> Option<(String, usize)> {
    let line_start = src[..loc.offset].rfind('\n').map_or(0, |i| i + 1);
    let line_end = src[loc.offset..]
        .find('\n')
        .map_or(src.len(), |i| loc.offset + i);
    // A file saved with Windows line endings: the `\r` is not part of the line.
    let line = src[line_start..line_end].trim_end_matches('\r');
    if line.trim().is_empty() || line.len() > 400 {
        return None;
    }
    let caret = clean_text(&src[line_start..loc.offset], false).width();
    Some((clean_text(line, false).into_owned(), caret))
}

impl fmt::Display for Diagnostic {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let file = clean_text(&self.file, false);
        let message = clean_text(&self.message, false);
        write!(f, "{file}:{}:{}: {message}", self.line, self.col)?;
        let gutter = self.line.to_string().len();
        let help = self.help.as_deref().unwrap_or_default();
        match &self.excerpt {
            Some((text, caret)) => {
                write!(f, "\n{:gutter$} |", "")?;
                write!(f, "\n{} | {}", self.line, text.trim_end())?;
                write!(f, "\n{:gutter$} | {:caret$}^", "", "")?;
                if !help.is_empty() {
                    write!(f, " {help}")?;
                }
            }
            None if !help.is_empty() => write!(f, "\n  help: {help}")?,
            None => {}
        }
        if let Some((line, col, what)) = self.related {
            write!(f, "\n  note: {what}: {file}:{line}:{col}")?;
        }
        Ok(())
    }
}

/// Reads and loads a dataset file.
pub fn load_file(path: &FsPath) -> Result<Data, LoadError> {
    read_file(path).and_then(|(name, bytes)| load_bytes(&name, &bytes))
}

/// Reads and loads a dataset file, keeping its text as it is (see [`Data::as_is`]).
pub fn load_file_as_is(path: &FsPath) -> Result<Data, LoadError> {
    let (name, bytes) = read_file(path)?;
    let text = utf8(&name, &bytes)?;
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
    load_str(name, utf8(name, bytes)?)
}

/// The bytes as text, or an error at the first byte that is not UTF-8.
fn utf8<'a>(name: &str, bytes: &'a [u8]) -> Result<&'a str, LoadError> {
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = e.valid_up_to();
        // The valid prefix is UTF-8, so positions in it are well defined.
        let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
        let loc = Location::at_offset(prefix, valid);
        LoadError::Syntax(Box::new(Diagnostic::at(
            name,
            prefix,
            loc,
            format!(
                "the file is not valid UTF-8: byte {:#04x} at byte offset {valid}",
                bytes[valid]
            ),
        )))
    })
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
    let options =
        ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
    let dataset: Dataset = options.from_str(text).map_err(|e| {
        let loc = Location::at_line_col(text, e.span.start.line, e.span.start.col);
        // ron's span is its cursor; report ron's own line and column exactly.
        let mut d = Diagnostic::at(name, text, loc, syntax_message(&e.code));
        d.line = e.span.start.line;
        d.col = e.span.start.col;
        LoadError::Syntax(Box::new(d))
    })?;
    let problems = validate(&dataset);
    if problems.is_empty() {
        Ok(dataset)
    } else {
        let mut diagnostics: Vec<Diagnostic> = problems
            .into_iter()
            .map(|p| diagnose(name, text, p))
            .collect();
        // Validation checks in passes (ids before references); report in the file's order.
        diagnostics.sort_by_key(|d| (d.line, d.col));
        Err(LoadError::Invalid(diagnostics))
    }
}

fn syntax_message(code: &ron::Error) -> String {
    let text = code.to_string();
    if matches!(code, ron::Error::Eof) {
        format!("{text}: the file ends before the dataset does (a missing `)` or `]`?)")
    } else {
        text
    }
}

fn diagnose(name: &str, src: &str, p: Problem) -> Diagnostic {
    let loc = locate(src, &p.path).unwrap_or(Location {
        offset: 0,
        line: 1,
        col: 1,
    });
    let mut d = Diagnostic::at(name, src, loc, p.message);
    d.help = p.help;
    d.related = p
        .related
        .and_then(|(path, what)| locate(src, &path).map(|l| (l.line, l.col, what)));
    d
}
