//! The texts an import reads: plain and gzipped files, the entries of zip archives, and
//! standard input, each streamed without loading it whole.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::data::clean::clean_text;

/// One input named on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// `-`: standard input.
    Stdin,
    /// A file on disk: plain, gzipped (`.gz`) or a zip archive.
    File(PathBuf),
}

impl Input {
    /// `-` is standard input; anything else a file.
    pub fn from_arg(arg: &Path) -> Input {
        if arg.as_os_str() == "-" {
            Input::Stdin
        } else {
            Input::File(arg.to_owned())
        }
    }

    /// How messages name the input: its path as given, safe to print, or `<stdin>`.
    pub fn name(&self) -> String {
        match self {
            Input::Stdin => "<stdin>".to_owned(),
            Input::File(p) => clean_text(&p.display().to_string(), false).into_owned(),
        }
    }
}

/// An input that cannot be read: a missing file, a broken archive, a failing disk.
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// The input (named `name`, with `:LINE` where known) cannot be read.
    #[error("{name}: cannot read: {source}")]
    Read {
        /// The input as messages name it.
        name: String,
        /// What the system said.
        source: io::Error,
    },
    /// The input is not of the format, or a row cannot be cut into fields.
    #[error("{name}: {message}")]
    Format {
        /// The input as messages name it.
        name: String,
        /// What was expected.
        message: String,
    },
    /// A zip archive whose directory or entries cannot be read.
    #[error("{name}: not a readable zip archive: {source}")]
    Zip {
        /// The input as messages name it.
        name: String,
        /// What the zip reader said.
        source: zip::result::ZipError,
    },
}

/// A zip archive starts with a local file header.
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";
/// A gzip stream starts with these two bytes.
const GZIP_MAGIC: &[u8] = b"\x1f\x8b";

/// What reads one text: its name (`a.zip!a.CSV` for an archive's entry) and its bytes.
pub type OnText<'a> = dyn FnMut(&str, &mut dyn BufRead) -> Result<(), InputError> + 'a;

/// Calls `text(name, reader)` for `input`, or for every file in it when it is a zip archive
/// (known by its first bytes or its `.zip` name); a gzipped input (first bytes or `.gz`) is
/// read through gzip. Nothing is loaded whole: the reader streams.
pub fn for_each_text(input: &Input, text: &mut OnText<'_>) -> Result<(), InputError> {
    let name = input.name();
    let read_err = |source| InputError::Read {
        name: name.clone(),
        source,
    };
    let has_ext = |p: &Path, ext: &str| p.extension().is_some_and(|e| e.eq_ignore_ascii_case(ext));
    match input {
        Input::Stdin => {
            let stdin = io::stdin();
            let mut reader = stdin.lock();
            let head = reader.fill_buf().map_err(read_err)?;
            if head.starts_with(ZIP_MAGIC) {
                stream_zip(&name, &mut reader, text)
            } else if head.starts_with(GZIP_MAGIC) {
                gzip(&name, reader, text)
            } else {
                text(&name, &mut reader)
            }
        }
        Input::File(path) => {
            let file = File::open(path).map_err(read_err)?;
            let mut reader = BufReader::with_capacity(1 << 16, file);
            let head = reader.fill_buf().map_err(read_err)?;
            if head.starts_with(ZIP_MAGIC) || has_ext(path, "zip") {
                archive(&name, reader, text)
            } else if head.starts_with(GZIP_MAGIC) || has_ext(path, "gz") {
                gzip(&name, reader, text)
            } else {
                text(&name, &mut reader)
            }
        }
    }
}

/// A gzipped text (several members one after another, as `cat a.gz b.gz` makes, read as one).
fn gzip(name: &str, reader: impl BufRead, text: &mut OnText<'_>) -> Result<(), InputError> {
    let decoder = flate2::bufread::MultiGzDecoder::new(reader);
    text(name, &mut BufReader::with_capacity(1 << 16, decoder))
}

/// Calls `line(text, number, bytes)` for every line of `input` (see [`for_each_text`]).
/// `number` counts from 1 and `bytes` is the line without its line end (`\n` or `\r\n`).
pub fn for_each_line(
    input: &Input,
    line: &mut dyn FnMut(&str, u64, &[u8]),
) -> Result<(), InputError> {
    for_each_text(input, &mut |name, reader| lines(name, reader, line))
}

/// Every line of a text, in a buffer reused from line to line.
fn lines(
    name: &str,
    reader: &mut dyn BufRead,
    line: &mut dyn FnMut(&str, u64, &[u8]),
) -> Result<(), InputError> {
    let mut buf = Vec::with_capacity(1024);
    let mut number = 0;
    loop {
        buf.clear();
        let n = reader
            .read_until(b'\n', &mut buf)
            .map_err(|source| InputError::Read {
                name: format!("{name}:{}", number + 1),
                source,
            })?;
        if n == 0 {
            return Ok(());
        }
        number += 1;
        let mut text = buf.as_slice();
        text = text.strip_suffix(b"\n").unwrap_or(text);
        text = text.strip_suffix(b"\r").unwrap_or(text);
        line(name, number, text);
    }
}

/// The name of an archive's entry: `archive.zip!entry.CSV`.
fn entry_name(archive: &str, entry: &str) -> String {
    format!("{archive}!{}", clean_text(entry, false))
}

/// Every file in a zip archive that can seek (a file on disk).
fn archive(name: &str, reader: BufReader<File>, text: &mut OnText<'_>) -> Result<(), InputError> {
    let zip_err = |source| InputError::Zip {
        name: name.to_owned(),
        source,
    };
    let mut zip = zip::ZipArchive::new(reader).map_err(zip_err)?;
    for i in 0..zip.len() {
        let entry = zip.by_index(i).map_err(zip_err)?;
        if entry.is_dir() {
            continue;
        }
        let entry_name = entry_name(name, &entry.name().map_err(zip_err)?);
        text(&entry_name, &mut BufReader::with_capacity(1 << 16, entry))?;
    }
    Ok(())
}

/// Every file in a zip archive read as a stream (standard input), entry after entry.
fn stream_zip(name: &str, reader: &mut impl Read, text: &mut OnText<'_>) -> Result<(), InputError> {
    let zip_err = |source| InputError::Zip {
        name: name.to_owned(),
        source,
    };
    while let Some(entry) = zip::read::read_zipfile_from_stream(reader).map_err(zip_err)? {
        if entry.is_dir() {
            continue;
        }
        let entry_name = entry_name(name, &entry.name().map_err(zip_err)?);
        text(&entry_name, &mut BufReader::new(entry))?;
    }
    Ok(())
}
