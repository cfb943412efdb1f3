//! Errors at places in RON text, shared by everything readout reads from a file (the dataset,
//! the configuration). A [`Problem`] names the offending value by its path; [`diagnose`] finds
//! the path in the text and makes a [`Diagnostic`], which prints as `FILE:LINE:COL` with the
//! line and a caret under the value.

use std::fmt;

use unicode_width::UnicodeWidthStr;

use super::clean::clean_text;
use super::locate::{Location, Path, locate};

/// One thing wrong with a file, at the value `path` points to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Where the value is in the data: `interactions[3].date`.
    pub path: Path,
    /// What is wrong, in a sentence.
    pub message: String,
    /// How to put it right, where there is a way to say.
    pub help: Option<String>,
    /// A second place worth showing, with what it is ("first defined here").
    pub related: Option<(Path, &'static str)>,
}

impl Problem {
    /// A problem at `path`, with no help and no related place.
    pub fn new(path: Path, message: impl Into<String>) -> Problem {
        Problem {
            path,
            message: message.into(),
            help: None,
            related: None,
        }
    }

    /// The problem with a hint on how to fix it.
    pub fn help(mut self, help: impl Into<String>) -> Problem {
        self.help = Some(help.into());
        self
    }

    /// The problem with another place it concerns (`first defined here`).
    pub fn related(mut self, path: Path, what: &'static str) -> Problem {
        self.related = Some((path, what));
        self
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
    /// The file's name as the user gave it.
    pub file: String,
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1, in characters.
    pub col: usize,
    /// What is wrong, in a sentence.
    pub message: String,
    /// How to put it right, where there is a way to say.
    pub help: Option<String>,
    /// The source line, made safe to print, and the caret's display column (0-based).
    pub excerpt: Option<(String, usize)>,
    /// A second place: its line and column, and what it is.
    pub related: Option<(usize, usize, &'static str)>,
}

impl Diagnostic {
    /// A diagnostic at `loc` of `src`, the text of `file`, with the line shown.
    pub fn at(file: &str, src: &str, loc: Location, message: String) -> Diagnostic {
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

    /// A RON syntax or shape error, at the line and column ron reports. `what` names what
    /// the file holds ("the dataset"), for the message about a file that ends too early.
    pub fn from_ron(file: &str, src: &str, e: &ron::error::SpannedError, what: &str) -> Diagnostic {
        let loc = Location::at_line_col(src, e.span.start.line, e.span.start.col);
        // ron's span is its cursor; report ron's own line and column exactly.
        let mut d = Diagnostic::at(file, src, loc, syntax_message(&e.code, what));
        d.line = e.span.start.line;
        d.col = e.span.start.col;
        d
    }
}

fn syntax_message(code: &ron::Error, what: &str) -> String {
    let text = code.to_string();
    if matches!(code, ron::Error::Eof) {
        format!("{text}: the file ends before {what} does (a missing `)` or `]`?)")
    } else {
        text
    }
}

/// The text of a file's bytes, or where they stop being UTF-8.
pub fn utf8<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, Box<Diagnostic>> {
    std::str::from_utf8(bytes).map_err(|e| {
        let valid = e.valid_up_to();
        // The valid prefix is UTF-8, so positions in it are well defined.
        let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
        let loc = Location::at_offset(prefix, valid);
        Box::new(Diagnostic::at(
            file,
            prefix,
            loc,
            format!(
                "the file is not valid UTF-8: byte {:#04x} at byte offset {valid}",
                bytes[valid]
            ),
        ))
    })
}

/// Where `p` stands in `src`, as a diagnostic of the file `file`.
pub fn diagnose(file: &str, src: &str, p: Problem) -> Diagnostic {
    let loc = locate(src, &p.path).unwrap_or(Location {
        offset: 0,
        line: 1,
        col: 1,
    });
    let mut d = Diagnostic::at(file, src, loc, p.message);
    d.help = p.help;
    d.related = p
        .related
        .and_then(|(path, what)| locate(src, &path).map(|l| (l.line, l.col, what)));
    d
}

/// Every problem of a file as diagnostics, in the file's order.
pub fn diagnose_all(file: &str, src: &str, problems: Vec<Problem>) -> Vec<Diagnostic> {
    let mut diagnostics: Vec<Diagnostic> = problems
        .into_iter()
        .map(|p| diagnose(file, src, p))
        .collect();
    diagnostics.sort_by_key(|d| (d.line, d.col));
    diagnostics
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
        // A parser's message may quote text from the file.
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

/// Several diagnostics, one after another, and how many there are: `2 problems`.
pub struct Diagnostics<'a>(pub &'a [Diagnostic]);

impl fmt::Display for Diagnostics<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for d in self.0 {
            writeln!(f, "{d}")?;
        }
        let n = self.0.len();
        write!(f, "{n} problem{}", if n == 1 { "" } else { "s" })
    }
}
