//! The texts an import reads: plain files, the entries of zip archives, and standard input,
//! each read line by line without loading it whole.

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

use crate::data::clean::clean_text;

/// One input named on the command line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// `-`: standard input.
    Stdin,
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
    #[error("{name}: cannot read: {source}")]
    Read { name: String, source: io::Error },
    #[error("{name}: not a readable zip archive: {source}")]
    Zip {
        name: String,
        source: zip::result::ZipError,
    },
}

/// A zip archive starts with a local file header.
const ZIP_MAGIC: &[u8] = b"PK\x03\x04";

/// Calls `line(text, number, bytes)` for every line of `input`, or of every file in it when
/// it is a zip archive (known by its first bytes or its `.zip` name). `text` names the file
/// the line is in (`a.zip!a.CSV` for an archive's entry), `number` counts from 1 and `bytes`
/// is the line without its line end (`\n` or `\r\n`).
pub fn for_each_line(
    input: &Input,
    line: &mut dyn FnMut(&str, u64, &[u8]),
) -> Result<(), InputError> {
    let name = input.name();
    let read_err = |source| InputError::Read {
        name: name.clone(),
        source,
    };
    match input {
        Input::Stdin => {
            let stdin = io::stdin();
            let mut reader = stdin.lock();
            if reader.fill_buf().map_err(read_err)?.starts_with(ZIP_MAGIC) {
                stream_zip(&name, &mut reader, line)
            } else {
                lines(&name, reader, line)
            }
        }
        Input::File(path) => {
            let file = File::open(path).map_err(read_err)?;
            let mut reader = BufReader::with_capacity(1 << 16, file);
            let zipped = reader.fill_buf().map_err(read_err)?.starts_with(ZIP_MAGIC)
                || path
                    .extension()
                    .is_some_and(|e| e.eq_ignore_ascii_case("zip"));
            if zipped {
                archive(&name, reader, line)
            } else {
                lines(&name, reader, line)
            }
        }
    }
}

/// Every line of a text, in a buffer reused from line to line.
fn lines(
    name: &str,
    mut reader: impl BufRead,
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
fn archive(
    name: &str,
    reader: BufReader<File>,
    line: &mut dyn FnMut(&str, u64, &[u8]),
) -> Result<(), InputError> {
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
        lines(&entry_name, BufReader::new(entry), line)?;
    }
    Ok(())
}

/// Every file in a zip archive read as a stream (standard input), entry after entry.
fn stream_zip(
    name: &str,
    reader: &mut impl Read,
    line: &mut dyn FnMut(&str, u64, &[u8]),
) -> Result<(), InputError> {
    let zip_err = |source| InputError::Zip {
        name: name.to_owned(),
        source,
    };
    while let Some(entry) = zip::read::read_zipfile_from_stream(reader).map_err(zip_err)? {
        if entry.is_dir() {
            continue;
        }
        let entry_name = entry_name(name, &entry.name().map_err(zip_err)?);
        lines(&entry_name, BufReader::new(entry), line)?;
    }
    Ok(())
}
