//! The import loop every format shares: each input's texts are cut into rows (a header mapped
//! by name, or GDELT's fixed columns), each row becomes a [`super::record::Record`] or a counted bad row, the
//! filters apply, and the builder collects what is kept.

use std::borrow::Cow;
use std::io::BufRead;

use super::build::{Builder, Events};
use super::input::{Input, InputError, for_each_text};
use super::record::Reason;
use super::value::latin1;
use crate::data::{Dataset, Date};

pub use super::fields::Fields;
pub use super::format::{Description, Format, Layout, Outcome, Wanted};
pub use super::header::{Header, header_cells, norm, sniff};
pub use super::report::{EXAMPLES, Report};

/// What to keep, and how.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// ISO 3166 alpha-3 codes: keep events with an actor (or, where the format gives one, a
    /// place) of one of them. Empty keeps all.
    pub countries: Vec<String>,
    /// `--since`: the first date kept, read as the whole period it names.
    pub since: Option<Date>,
    /// `--until`: the last date kept, read as the whole period it names.
    pub until: Option<Date>,
    /// GDELT: fold the events of one story into one. The other formats: a later row with an
    /// earlier row's id updates it.
    pub merge: bool,
}

/// The result of an import: the dataset, as events to write or to turn into a [`Dataset`], and
/// what happened to the rows.
#[derive(Debug, Clone)]
pub struct Imported {
    /// The actors and events made, ready to write ([`super::write_ron`]).
    pub events: Events,
    /// What became of the rows.
    pub report: Report,
}

impl Imported {
    /// The whole dataset in memory.
    pub fn dataset(&self) -> Dataset {
        self.events.to_dataset()
    }
}

/// Told how far an import has come: the text being read, rows read, rows kept.
pub type OnProgress<'a> = dyn FnMut(&str, u64, u64) + 'a;

/// How often (in rows) progress is told.
const PROGRESS_EVERY: u64 = 8192;

/// Reads every input, row by row, and builds the dataset of the rows kept, telling
/// `progress` how far it has come every few thousand rows.
///
/// # Errors
/// An [`InputError`] when an input cannot be read or is not of the format; bad rows are
/// counted in the report, never an error.
pub fn import(
    format: &mut dyn Format,
    inputs: &[Input],
    options: &Options,
    progress: &mut OnProgress<'_>,
) -> Result<Imported, InputError> {
    let mut report = Report {
        format: format.description().name,
        files: inputs.len(),
        countries: options.countries.clone(),
        ..Report::default()
    };
    let policy = format.description().policy(options.merge);
    let mut builder = Builder::new(policy);
    for input in inputs {
        for_each_text(input, &mut |name, reader| {
            text(
                format,
                name,
                reader,
                options,
                &mut report,
                &mut builder,
                progress,
            )
        })?;
    }
    report.merged = builder.merged();
    let events = builder.finish(describe(format.description(), inputs, options, &report));
    report.interactions = events.interactions();
    report.actors = events.actors().len();
    Ok(Imported { events, report })
}

/// An emptied vector of cells of another lifetime, in the same allocation (the collect of an
/// empty iterator reuses its buffer).
fn recycle<'b>(mut cells: Vec<Cow<'_, str>>) -> Vec<Cow<'b, str>> {
    cells.clear();
    cells.into_iter().map(|_| Cow::Borrowed("")).collect()
}

/// The first line of a text, without a byte-order mark or line end; `None` for an empty text.
fn first_line(reader: &mut dyn BufRead, name: &str) -> Result<Option<String>, InputError> {
    let buf = reader.fill_buf().map_err(|source| InputError::Read {
        name: name.to_owned(),
        source,
    })?;
    let buf = buf.strip_prefix(b"\xef\xbb\xbf").unwrap_or(buf);
    if buf.is_empty() {
        return Ok(None);
    }
    let end = memchr::memchr(b'\n', buf).unwrap_or(buf.len());
    let line = String::from_utf8_lossy(&buf[..end]);
    Ok(Some(line.trim_end_matches('\r').to_owned()))
}

/// One text of an input.
fn text(
    format: &mut dyn Format,
    name: &str,
    reader: &mut dyn BufRead,
    options: &Options,
    report: &mut Report,
    builder: &mut Builder,
    progress: &mut OnProgress<'_>,
) -> Result<(), InputError> {
    let Some(first) = first_line(reader, name)? else {
        return Ok(());
    };
    let layout = format.begin(&first).map_err(|message| InputError::Format {
        name: name.to_owned(),
        message,
    })?;
    let unknown = format.unknown_columns();
    if !unknown.is_empty() {
        report
            .notes
            .push(format!("{name}: columns not read: {}", unknown.join(", ")));
    }
    let mut csv = csv::ReaderBuilder::new()
        .has_headers(false)
        .flexible(true)
        .delimiter(layout.delimiter)
        .quoting(layout.quoting)
        .buffer_capacity(1 << 16)
        .from_reader(reader);
    let mut record = csv::ByteRecord::new();
    let mut header: Option<csv::ByteRecord> = None;
    // The cells of a row, in a buffer that outlives the rows: [`recycle`] empties it for the
    // next row without freeing it.
    let mut spare: Vec<Cow<'static, str>> = Vec::new();
    loop {
        match csv.read_byte_record(&mut record) {
            Ok(false) => break,
            Ok(true) => {}
            Err(e) => {
                let line = e.position().map_or(report.rows + 1, |p| p.line());
                return Err(match e.into_kind() {
                    csv::ErrorKind::Io(source) => InputError::Read {
                        name: format!("{name}:{line}"),
                        source,
                    },
                    other => InputError::Format {
                        name: format!("{name}:{line}"),
                        message: format!("{other:?}"),
                    },
                });
            }
        }
        let line = record.position().map_or(0, |p| p.line());
        // The header, and the header again where shards were joined into one text.
        if layout.header {
            match &header {
                None => {
                    let mut h = record.clone();
                    if let Some(first) = h.get(0).and_then(|f| f.strip_prefix(b"\xef\xbb\xbf")) {
                        let mut fixed = csv::ByteRecord::new();
                        fixed.push_field(first);
                        h.iter().skip(1).for_each(|f| fixed.push_field(f));
                        h = fixed;
                    }
                    header = Some(h);
                    continue;
                }
                Some(h) if *h == record => continue,
                Some(_) => {}
            }
        }
        if record.iter().all(|f| f.iter().all(u8::is_ascii_whitespace)) {
            continue;
        }
        // ACLED's HXL row: `#event+code`, `#date+occurred`…
        if layout.header
            && report.rows == 0
            && record.iter().any(|f| f.starts_with(b"#"))
            && record.iter().all(|f| f.is_empty() || f.starts_with(b"#"))
        {
            continue;
        }
        report.rows += 1;
        if report.rows.is_multiple_of(PROGRESS_EVERY) {
            progress(name, report.rows, report.kept);
        }
        let mut cells: Vec<Cow<'_, str>> = recycle(std::mem::take(&mut spare));
        'row: {
            let mut bad_utf8 = None;
            // Most rows are UTF-8 throughout: one check of the whole record, and each field a
            // slice of it. A field that does not start on a character's boundary fails
            // `get`, and the row is read field by field below.
            let whole = (line != 1)
                .then(|| std::str::from_utf8(record.as_slice()).ok())
                .flatten();
            let sliced = whole.is_some_and(|whole| {
                for i in 0..record.len() {
                    match record.range(i).and_then(|r| whole.get(r)) {
                        Some(s) => cells.push(Cow::Borrowed(s)),
                        None => {
                            cells.clear();
                            return false;
                        }
                    }
                }
                true
            });
            for (i, f) in record.iter().enumerate().filter(|_| !sliced) {
                let f = if line == 1 && i == 0 {
                    f.strip_prefix(b"\xef\xbb\xbf").unwrap_or(f)
                } else {
                    f
                };
                match std::str::from_utf8(f) {
                    Ok(s) => cells.push(Cow::Borrowed(s)),
                    Err(_) if layout.latin1 => cells.push(Cow::Owned(latin1(f))),
                    Err(e) => {
                        bad_utf8 = Some((i, e.valid_up_to(), f[e.valid_up_to()]));
                        break;
                    }
                }
            }
            if let Some((i, valid, byte)) = bad_utf8 {
                let before: usize = cells.iter().map(|c| c.chars().count() + 1).sum();
                let within = String::from_utf8_lossy(&record[i][..valid]).chars().count();
                let message = format!("not UTF-8: byte {byte:#04x}");
                report.skip(Reason::NotUtf8, name, line, before + within + 1, &message);
                break 'row;
            }
            let fields = Fields::new(&cells);
            let column = |index: usize| -> usize {
                cells
                    .iter()
                    .take(index)
                    .map(|c| c.chars().count() + 1)
                    .sum::<usize>()
                    + 1
            };
            let wanted = Wanted {
                countries: &options.countries,
                since: options.since,
                until: options.until,
            };
            let row = match format.row(&fields, &wanted) {
                Ok(Outcome::Kept(row)) => row,
                Ok(Outcome::OtherCountry) => {
                    report.other_countries += 1;
                    break 'row;
                }
                Ok(Outcome::OtherDate) => {
                    report.other_dates += 1;
                    break 'row;
                }
                Err(bad) => {
                    report.skip(bad.reason, name, line, column(bad.column), &bad.message);
                    break 'row;
                }
            };
            match builder.add(row) {
                Ok(_) => report.kept += 1,
                Err(bad) => report.skip(bad.reason, name, line, column(bad.column), &bad.message),
            }
        }
        spare = recycle(cells);
    }
    progress(name, report.rows, report.kept);
    Ok(())
}

/// The dataset's title and description, from what was imported.
fn describe(
    format: &Description,
    inputs: &[Input],
    options: &Options,
    report: &Report,
) -> (String, String) {
    let mut title = format!("{} events", format.dataset);
    let mut filter = String::new();
    if !options.countries.is_empty() {
        let countries = options.countries.join(" or ");
        title.push_str(&format!(" with {countries} actors"));
        filter.push_str(&format!(", those with an actor of {countries}"));
    }
    let range = match (options.since, options.until) {
        (Some(s), Some(u)) => Some(format!("from {s} to {u}")),
        (Some(s), None) => Some(format!("from {s}")),
        (None, Some(u)) => Some(format!("up to {u}")),
        (None, None) => None,
    };
    if let Some(range) = &range {
        title.push_str(&format!(", {range}"));
        filter.push_str(&format!(", dated {range}"));
    }
    let mut names: Vec<String> = inputs
        .iter()
        .map(|i| match i {
            Input::Stdin => "standard input".to_owned(),
            Input::File(p) => p
                .file_name()
                .map_or_else(|| i.name(), |n| n.to_string_lossy().into_owned()),
        })
        .collect();
    if names.len() > 3 {
        let more = names.len() - 2;
        names.truncate(2);
        names.push(format!("{more} more files"));
    }
    let merged = match (options.merge, format.folds) {
        (false, _) => "",
        (true, true) => {
            "; events with the same date, actors, event code and source URL are merged into one"
        }
        (true, false) => "; a later row with an earlier row's event id replaced it",
    };
    let description = format!(
        "Imported by `readout import {}` from {}: {} of {} rows{filter}. {}{merged}.",
        format.command,
        names.join(", "),
        report.kept,
        report.rows,
        format.about.trim_end_matches('.'),
    );
    (title, description)
}
