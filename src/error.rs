//! Why a command (or the browser's start) failed, as one [`Error`] enum: the message printed
//! on stderr is its [`Display`](std::fmt::Display), the exit status comes from the variant
//! ([`Error::exit_code`]), and a closed pipe is known by its [`io::ErrorKind`], not by its
//! text ([`Error::is_broken_pipe`]).

use std::io;

use crate::data::LoadError;

/// A command's failure: what to print on stderr (its `Display`, empty for none) and, from the
/// variant, the exit status.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// The command line asks for what cannot be done: a value that names nothing, options
    /// that exclude each other. Exit status 2; the message is printed as it is.
    #[error("{0}")]
    Usage(String),
    /// The dataset or the configuration cannot be read, or is wrong: every problem, at
    /// `FILE:LINE:COL`. Exit status 1.
    #[error(transparent)]
    Load(#[from] LoadError),
    /// The command's output could not be written. Exit status 1, or none at all for a closed
    /// pipe (`readout list | head`), which is no failure.
    #[error("cannot write the output: {0}")]
    Output(#[from] io::Error),
    /// The terminal failed under the browser. Exit status 1.
    #[error("readout: {0}")]
    Terminal(io::Error),
    /// The browser was stopped by a signal (its number). Nothing is printed; the exit status
    /// is the conventional 128 + the signal's number.
    #[error("")]
    Signal(i32),
    /// Anything else that stopped the command, with the message to print as it is (an
    /// unknown interaction id, an import that failed). Exit status 1.
    #[error("{0}")]
    Failed(String),
}

/// A command's result.
pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    /// A usage error (exit status 2) with this message.
    pub fn usage(message: impl Into<String>) -> Error {
        Error::Usage(message.into())
    }

    /// The process's exit status for this failure: 2 for a usage error, 128 + the signal's
    /// number for a signal (1 if that does not fit a byte), 1 for the rest.
    pub fn exit_code(&self) -> u8 {
        match self {
            Error::Usage(_) => 2,
            Error::Signal(signal) => 128_i32
                .checked_add(*signal)
                .and_then(|code| u8::try_from(code).ok())
                .unwrap_or(1),
            Error::Load(_) | Error::Output(_) | Error::Terminal(_) | Error::Failed(_) => 1,
        }
    }

    /// Whether the output failed because its reader went away (`readout list | head`): an
    /// [`io::ErrorKind::BrokenPipe`], found also inside the errors that wrap it (csv's,
    /// serde_json's).
    pub fn is_broken_pipe(&self) -> bool {
        match self {
            Error::Output(e) => is_broken_pipe(e),
            _ => false,
        }
    }
}

/// Whether `error` is a closed pipe, or wraps one: an error of a writer (csv, serde_json) that
/// carries the io error it met, as an [`io::Error`] of another kind.
pub fn is_broken_pipe(error: &io::Error) -> bool {
    if error.kind() == io::ErrorKind::BrokenPipe {
        return true;
    }
    // io::Error::new(kind, inner): the inner error and its sources.
    let mut next: Option<&(dyn std::error::Error + 'static)> = error.get_ref().map(|e| e as _);
    while let Some(e) = next {
        if let Some(io) = e.downcast_ref::<io::Error>()
            && io.kind() == io::ErrorKind::BrokenPipe
        {
            return true;
        }
        if let Some(csv) = e.downcast_ref::<csv::Error>()
            && let csv::ErrorKind::Io(io) = csv.kind()
            && io.kind() == io::ErrorKind::BrokenPipe
        {
            return true;
        }
        next = e.source();
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pipe() -> io::Error {
        io::Error::from(io::ErrorKind::BrokenPipe)
    }

    #[test]
    fn exit_codes_come_from_the_variant() {
        assert_eq!(Error::usage("no such actor").exit_code(), 2);
        assert_eq!(Error::Failed("no interaction".into()).exit_code(), 1);
        assert_eq!(Error::Output(pipe()).exit_code(), 1);
        assert_eq!(Error::Signal(15).exit_code(), 143);
        assert_eq!(Error::Signal(1000).exit_code(), 1);
    }

    #[test]
    fn messages_are_printed_as_they_were() {
        assert_eq!(
            Error::usage("--actor needs an id").to_string(),
            "--actor needs an id"
        );
        assert_eq!(Error::Signal(2).to_string(), "");
        let full = io::Error::new(io::ErrorKind::StorageFull, "disk full");
        assert_eq!(
            Error::Output(full).to_string(),
            "cannot write the output: disk full"
        );
        let tty = io::Error::other("no tty");
        assert_eq!(Error::Terminal(tty).to_string(), "readout: no tty");
    }

    #[test]
    fn a_closed_pipe_is_known_by_its_kind_even_wrapped() {
        assert!(Error::Output(pipe()).is_broken_pipe());
        // csv hands its io error back wrapped, as an error of another kind.
        let from_csv = io::Error::from(csv::Error::from(pipe()));
        assert_ne!(from_csv.kind(), io::ErrorKind::BrokenPipe);
        assert!(is_broken_pipe(&from_csv));
        assert!(is_broken_pipe(&io::Error::other(pipe())));
        // The words are not what counts: a message that says it is no closed pipe.
        assert!(!is_broken_pipe(&io::Error::other("Broken pipe")));
        assert!(!Error::Failed("Broken pipe".into()).is_broken_pipe());
        assert!(!Error::Terminal(pipe()).is_broken_pipe());
    }
}
