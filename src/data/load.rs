//! Reading a dataset: bytes → text → RON → validated, indexed [`Data`].

use std::ops::Range;
use std::path::Path as FsPath;
use std::sync::atomic::Ordering;

use rayon::prelude::*;

use super::cache::{Cache, Key};
use super::clean::clean_text;
pub use super::diagnostic::Diagnostic;
use super::diagnostic::{Diagnostics, diagnose_all, utf8};
use super::index::Data;
use super::locate::{Location, Unclosed, unclosed};
use super::model::{Dataset, Interaction};
pub use super::reading::Progress;
use super::reading::ron_options;
use super::split::split;
use super::stream::{Sizes, Streamed, parse_stream};
use super::validate::validate;

/// The built-in dataset, compiled into the binary.
pub const BUILTIN: &str = include_str!("../../data/south-caucasus.ron");
/// The name the built-in dataset is reported under.
pub const BUILTIN_NAME: &str = "data/south-caucasus.ron";

/// Why a dataset could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LoadError {
    /// The file could not be opened or read: its name (control characters made visible)
    /// and the system's reason.
    #[error("{path}: cannot read: {source}")]
    Read {
        /// The file's name, as given.
        path: String,
        /// Why it could not be read.
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
    load_file_with(path, &Progress::default())
}

/// Reads and loads a dataset file, counting the bytes read and parsed in `progress`.
pub fn load_file_with(path: &FsPath, progress: &Progress) -> Result<Data, LoadError> {
    load_file_cached(path, progress, None).map(|(data, _)| data)
}

/// Reads and loads a dataset file through `cache`, counting the bytes read and parsed in
/// `progress`. The file is hashed (xxh3) first; when `cache` holds an entry for its bytes,
/// the dataset comes from there, and the file is neither held whole nor parsed. Otherwise it
/// is parsed as it is read, in blocks, never held whole ([`super::stream`]), and hashed on
/// the way; the key of the bytes parsed comes back with the data: the caller writes the
/// entry ([`Cache::put`]) when it suits it (the browser, once the data is on screen). `None`
/// for `cache` loads without it. A file that does not load that way (a bad one, a pipe) is
/// read whole and parsed as [`parse_str_with`] does, which reports what is wrong.
///
/// # Errors
/// As [`load_file`]: an entry is only ever written for a dataset that loaded, so an invalid
/// file is parsed, and reported, every time.
pub fn load_file_cached(
    path: &FsPath,
    progress: &Progress,
    cache: Option<&Cache>,
) -> Result<(Data, Option<Key>), LoadError> {
    // A large file is hashed first, in blocks: when its entry is there, its text is never
    // held whole. Should the file change meanwhile, its new bytes are what is read below,
    // and what is hashed for the key.
    if let Some(cache) = cache
        && let Ok(meta) = std::fs::metadata(path)
        && meta.is_file()
        && meta.len() >= cache.min_size
    {
        progress.total.store(meta.len() as usize, Ordering::Relaxed);
        let read = |n| progress.read.store(n, Ordering::Relaxed);
        if let Ok(key) = Key::of_file(path, read)
            && cache.has(key)
            && let Some(dataset) = cache.get(key)
        {
            let total = progress.total.load(Ordering::Relaxed);
            progress.parsed.store(total, Ordering::Relaxed);
            // Cleaned and in date order when it was written.
            return Ok((Data::as_is(dataset), None));
        }
    }
    // The file parsed as it is read, never held whole; the key is the hash of the bytes
    // parsed, so an entry never holds another version of the file than its key's.
    if let Some(streamed) = stream_file(path, progress) {
        let key = cache
            .filter(|c| streamed.len >= c.min_size)
            .map(|_| Key(streamed.hash));
        return Ok((Data::new(streamed.dataset), key));
    }
    // Anything wrong: the file read whole, the ordinary way, which says what is wrong.
    let (name, bytes) = read_file_with(path, progress)?;
    let key = cache.and_then(|c| c.key_for(&bytes));
    // A pipe, which can be read only once, is hashed once read.
    if let (Some(cache), Some(k)) = (cache, key)
        && cache.has(k)
        && let Some(dataset) = cache.get(k)
    {
        drop(bytes);
        let total = progress.total.load(Ordering::Relaxed);
        progress.parsed.store(total, Ordering::Relaxed);
        return Ok((Data::as_is(dataset), None));
    }
    let dataset = {
        let text = utf8(&name, &bytes).map_err(LoadError::Syntax)?;
        parse_str_with(&name, text, progress)?
    };
    // The text is not needed past validation: it goes before the indexes are built.
    drop(bytes);
    Ok((Data::new(dataset), key))
}

/// Reads and loads a dataset file, keeping its text as it is (see [`Data::as_is`]).
pub fn load_file_as_is(path: &FsPath) -> Result<Data, LoadError> {
    if let Some(streamed) = stream_file(path, &Progress::default()) {
        return Ok(Data::as_is(streamed.dataset));
    }
    let (name, bytes) = read_file(path)?;
    let text = utf8(&name, &bytes).map_err(LoadError::Syntax)?;
    parse_str(&name, text).map(Data::as_is)
}

/// The dataset of the file at `path`, parsed as it is read ([`parse_stream`]) and valid;
/// `None` when it cannot be read, does not parse that way or is not valid, for the caller
/// to read it whole and report what is wrong.
/// Only a regular file: a pipe can be read only once, and its reading again would find
/// nothing to report on.
fn stream_file(path: &FsPath, progress: &Progress) -> Option<Streamed> {
    // Told by the name, before opening: opening a pipe takes what its writer sends.
    if !std::fs::metadata(path).ok()?.is_file() {
        return None;
    }
    let file = std::fs::File::open(path).ok()?;
    let streamed =
        parse_stream(file, Sizes::default(), progress).filter(|s| validate(&s.dataset).is_empty());
    if streamed.is_none() {
        // The whole parse counts from the start again.
        progress.parsed.store(0, Ordering::Relaxed);
    }
    streamed
}

fn read_file(path: &FsPath) -> Result<(String, Vec<u8>), LoadError> {
    read_file_with(path, &Progress::default())
}

/// Reads a file in blocks, counting them in `progress`.
fn read_file_with(path: &FsPath, progress: &Progress) -> Result<(String, Vec<u8>), LoadError> {
    use std::io::Read;
    const BLOCK: usize = 1 << 20;
    let name = path.display().to_string();
    let error = |source| LoadError::Read {
        // A file name is text from outside too: never print its control characters raw.
        path: clean_text(&name, false).into_owned(),
        source,
    };
    let mut file = std::fs::File::open(path).map_err(error)?;
    // The size is a hint: a pipe has none, and a file may grow while it is read.
    let size = file.metadata().map_or(0, |m| m.len() as usize);
    progress.total.store(size, Ordering::Relaxed);
    // Room for all of it up front: growing by doubling would copy it and, for a moment,
    // hold it twice.
    let mut bytes = Vec::with_capacity(size);
    loop {
        let len = bytes.len();
        let n = file
            .by_ref()
            .take(BLOCK as u64)
            .read_to_end(&mut bytes)
            .map_err(error)?;
        if n == 0 {
            break;
        }
        progress.read.store(len + n, Ordering::Relaxed);
    }
    progress.total.store(bytes.len(), Ordering::Relaxed);
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
    parse_str_with(name, text, &Progress::default())
}

/// Parses and validates a dataset, counting the bytes parsed in `progress`.
pub fn parse_str_with(name: &str, text: &str, progress: &Progress) -> Result<Dataset, LoadError> {
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
    // parser, which would otherwise report whatever it expected next. A text smaller than a
    // piece gets it first, which is cheap; a larger one only when it does not parse in
    // pieces, so that a good file is scanned once (a text that parsed in pieces closed
    // everything).
    let cut = |text| unclosed(text).map(|open| cut_short(name, text, open));
    if text.len() < PIECE
        && let Some(d) = cut(text)
    {
        return Err(LoadError::Syntax(Box::new(d)));
    }
    let dataset = match parse_in_pieces(text, PIECE, progress) {
        Some(dataset) => dataset,
        None => {
            if let Some(d) = cut(text) {
                return Err(LoadError::Syntax(Box::new(d)));
            }
            ron_options().from_str(text).map_err(|e| {
                LoadError::Syntax(Box::new(Diagnostic::from_ron(
                    name,
                    text,
                    &e,
                    "the dataset",
                )))
            })?
        }
    };
    let problems = validate(&dataset);
    if problems.is_empty() {
        Ok(dataset)
    } else {
        // Validation checks in passes (ids before references); report in the file's order.
        Err(LoadError::Invalid(diagnose_all(name, text, problems)))
    }
}

/// The size of the pieces a large text is parsed in: small enough to share out evenly and
/// to move a progress bar, large enough that each costs little beyond its parse.
const PIECE: usize = 256 * 1024;

/// Parses the list of interactions in pieces, on every core; `None` when the text does not
/// cut (see [`split`]) or a piece does not parse, and then the caller parses it whole, which
/// finds the same dataset or reports the error in place. Gives the same dataset as parsing
/// the text whole: a test holds it to that on the fuzzer's inputs. Pieces are about `piece`
/// bytes.
pub fn parse_in_pieces(text: &str, piece: usize, progress: &Progress) -> Option<Dataset> {
    let cut = split(text, piece)?;
    let rest = format!("{}{}", &text[cut.head.clone()], &text[cut.tail.clone()]);
    let mut dataset: Dataset = ron_options().from_str(&rest).ok()?;
    if !dataset.interactions.is_empty() {
        return None;
    }
    progress.parsed.fetch_add(rest.len(), Ordering::Relaxed);
    let prelude = &text[cut.prelude.clone()];
    let parse = |range: &Range<usize>| -> Option<Vec<Interaction>> {
        let piece = format!("{prelude}[{}]", &text[range.clone()]);
        let parsed = ron_options().from_str(&piece).ok();
        progress.parsed.fetch_add(range.len(), Ordering::Relaxed);
        parsed
    };
    let parsed: Vec<Vec<Interaction>> = cut.pieces.par_iter().map(parse).collect::<Option<_>>()?;
    let mut interactions = Vec::with_capacity(parsed.iter().map(Vec::len).sum());
    for piece in parsed {
        interactions.extend(piece);
    }
    dataset.interactions = interactions;
    Some(dataset)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses `text` whole, the ordinary way.
    fn whole(text: &str) -> Option<Dataset> {
        ron_options().from_str(text).ok()
    }

    /// Pieces of every size give the dataset a whole parse gives, or give way to it.
    fn agrees(text: &str) -> (bool, bool) {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        let expected = whole(text);
        let mut fast = false;
        for piece in [1, 100, 10_000, usize::MAX] {
            if let Some(ds) = parse_in_pieces(text, piece, &Progress::default()) {
                assert_eq!(Some(ds), expected, "pieces of {piece} bytes");
                fast = true;
            }
        }
        (expected.is_some(), fast)
    }

    /// A file that does not load gives the error its text gives in memory, message for
    /// message: the stream gives way to the whole parse, which places every error.
    #[test]
    fn a_bad_file_gives_the_error_its_whole_text_gives() {
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
        let dir = std::env::temp_dir().join(format!("readout-load-bad-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("makes a directory");
        let mut bad = 0;
        let mut inputs: Vec<(String, Vec<u8>)> = Vec::new();
        for sub in ["fixtures/bad", "fuzz-corpus"] {
            for entry in std::fs::read_dir(root.join(sub)).expect("reads the directory") {
                let path = entry.expect("lists the directory").path();
                let name = path
                    .file_name()
                    .expect("a file")
                    .to_string_lossy()
                    .into_owned();
                inputs.push((name, std::fs::read(&path).expect("reads")));
            }
        }
        // Problems found only once the whole list has streamed: an id used twice, the second
        // time in the last element.
        let mut twice = BUILTIN.to_owned();
        let first = BUILTIN.find("Interaction(").expect("an interaction");
        let id = &BUILTIN[first..]
            .split('"')
            .nth(1)
            .expect("an id")
            .to_owned();
        let last = twice.rfind("Interaction(").expect("an interaction");
        let last_id = twice[last..].split('"').nth(1).expect("an id").to_owned();
        let at = last + twice[last..].find(&last_id).expect("the id");
        twice.replace_range(at..at + last_id.len(), id);
        inputs.push(("twice.ron".to_owned(), twice.into_bytes()));
        for (name, bytes) in inputs {
            let path = dir.join(&name);
            std::fs::write(&path, &bytes).expect("writes");
            let shown = path.display().to_string();
            let from_file = load_file(&path)
                .map(|d| d.dataset)
                .map_err(|e| e.to_string());
            let in_memory = load_bytes(&shown, &bytes)
                .map(|d| d.dataset)
                .map_err(|e| e.to_string());
            bad += usize::from(in_memory.is_err());
            assert_eq!(from_file, in_memory, "{name}");
        }
        let _ = std::fs::remove_dir_all(&dir);
        assert!(bad >= 300, "{bad} bad inputs");
    }

    #[test]
    fn the_builtin_dataset_parses_the_same_in_pieces() {
        let progress = Progress::default();
        let ds = parse_in_pieces(BUILTIN, 4096, &progress).expect("parses in pieces");
        assert_eq!(Some(ds), whole(BUILTIN));
        // Every byte but the prelude's, which each piece repeats and none counts.
        let parsed = progress.parsed.load(Ordering::Relaxed);
        assert!(parsed > BUILTIN.len() - 1000 && parsed <= BUILTIN.len());
    }

    #[test]
    fn every_fixture_and_fuzzer_input_parses_the_same_in_pieces() {
        let inputs = crate::data::inputs::every_input();
        let seen = inputs.len();
        let (mut valid, mut fast) = (0, 0);
        for text in &inputs {
            let (parses, in_pieces) = agrees(text);
            valid += usize::from(parses);
            fast += usize::from(in_pieces);
        }
        assert!(seen >= 390, "read {seen} files");
        // Most inputs are broken somewhere. Of those that parse, nearly all parse in pieces
        // too: the scan gives up only on the odd one.
        assert!(valid >= 35, "{valid} of {seen} parse");
        assert!(fast * 10 >= valid * 9, "{fast} of {valid} parsed in pieces");
    }
}
