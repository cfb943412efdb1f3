//! The import loop every format shares: each input's texts are cut into rows (a header mapped
//! by name, or GDELT's fixed columns), each row becomes a [`Record`] or a counted bad row, the
//! filters apply, and the builder collects what is kept.

use std::borrow::Cow;
use std::collections::BTreeMap;
use std::fmt;
use std::io::BufRead;

use super::build::{Builder, Events, Policy};
use super::input::{Input, InputError, for_each_text};
use super::record::{BadRow, Reason, Record};
use super::value::latin1;
use crate::data::date::in_range;
use crate::data::{Dataset, Date};

/// How a text of a format is cut into fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    pub delimiter: u8,
    /// `"` quotes fields (RFC 4180: ACLED, BigQuery); off for ICEWS and POLECAT, whose names
    /// hold stray quotes.
    pub quoting: bool,
    /// The first line names the columns.
    pub header: bool,
    /// Fields that are not UTF-8 are read as ISO 8859-1 instead of skipping the row.
    pub latin1: bool,
}

/// One event-data format: how its texts are laid out and what its rows mean.
pub trait Format {
    /// The format's name in messages: `ACLED`.
    fn name(&self) -> &'static str;
    /// What the builder is asked to do; `merge` is `--merge`.
    fn policy(&self, merge: bool) -> Policy;
    /// Reads the first line of a text (a header, or GDELT's first row) and says how to cut the
    /// text; an error when the text is not of this format.
    fn begin(&mut self, first: &str) -> Result<Layout, String>;
    /// The columns of the last header [`Format::begin`] read that the format does not know,
    /// as the header writes them (reported, never fatal).
    fn unknown_columns(&self) -> Vec<String> {
        Vec::new()
    }
    /// One row's event, or which filter leaves it out. A format checks every field first (a
    /// bad row is bad whether or not it is wanted), asks `wanted` once it knows the date and
    /// countries, and only then makes the texts of a kept row.
    fn row<'a>(&self, fields: &Fields<'a>, wanted: &Wanted<'_>) -> Result<Outcome<'a>, BadRow>;
    /// The word after `readout import`: `acled`.
    fn command(&self) -> &'static str;
    /// What the dataset's description says of the events, after "Imported by …": a sentence
    /// or two on how far they are written by hand.
    fn about(&self) -> &'static str;
}

/// What `--country`, `--since` and `--until` keep.
#[derive(Debug, Clone, Copy)]
pub struct Wanted<'o> {
    pub countries: &'o [String],
    pub since: Option<Date>,
    pub until: Option<Date>,
}

impl Wanted<'_> {
    /// Everything.
    pub const ALL: Wanted<'static> = Wanted {
        countries: &[],
        since: None,
        until: None,
    };

    /// Why a row of this date and these countries is left out, if it is.
    pub fn reject<'a>(&self, date: Date, countries: &[&str]) -> Option<Outcome<'a>> {
        if !self.countries.is_empty()
            && !countries
                .iter()
                .any(|c| self.countries.iter().any(|k| k == c))
        {
            return Some(Outcome::OtherCountry);
        }
        if !in_range(date, None, self.since, self.until) {
            return Some(Outcome::OtherDate);
        }
        None
    }
}

/// What became of a good row.
// Returned once per row and moved into the builder at once: boxing the record would cost an
// allocation per kept row for nothing.
#[allow(clippy::large_enum_variant)]
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome<'a> {
    Kept(Record<'a>),
    /// No actor (or place) of the countries asked for.
    OtherCountry,
    /// Dated outside `--since`/`--until`.
    OtherDate,
}

/// The fields of one row, decoded.
#[derive(Debug)]
pub struct Fields<'a> {
    cells: &'a [Cow<'a, str>],
}

impl<'a> Fields<'a> {
    pub fn new(cells: &'a [Cow<'a, str>]) -> Fields<'a> {
        Fields { cells }
    }

    pub fn len(&self) -> usize {
        self.cells.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    /// The field at `col`, trimmed; empty when the row is shorter or the column absent.
    pub fn raw(&self, col: Option<usize>) -> &'a str {
        col.and_then(|c| self.cells.get(c)).map_or("", |c| c.trim())
    }

    /// The field at `col`, or `None` when it is absent, empty or a null marker.
    pub fn get(&self, col: Option<usize>) -> Option<&'a str> {
        super::value::present(self.raw(col))
    }

    /// The number at `col` (`None` when the field is absent or null), within `range`.
    ///
    /// # Errors
    /// A [`BadRow`] naming the column as `label`: [`Reason::Number`] when the field is not a
    /// number, [`Reason::Range`] when it lies outside `range`.
    pub fn number_within(
        &self,
        col: Option<usize>,
        label: &str,
        range: std::ops::RangeInclusive<f64>,
    ) -> Result<Option<f64>, BadRow> {
        let Some(t) = self.get(col) else {
            return Ok(None);
        };
        let at = col.unwrap_or(0);
        let v = super::value::float(t).ok_or_else(|| {
            BadRow::new(Reason::Number, at, format!("{label} {t:?} is not a number"))
        })?;
        if !range.contains(&v) {
            return Err(BadRow::new(
                Reason::Range,
                at,
                format!(
                    "{label} {t} is outside {} to +{}",
                    range.start().to_string().replace('-', "−"),
                    range.end()
                ),
            ));
        }
        Ok(Some(v))
    }
}

/// A header's column names, matched case-insensitively and without surrounding blanks, quotes
/// or underscores-vs-spaces differences: `Event ID`, `event_id`, `EVENT_ID` are one name.
pub struct Header {
    names: Vec<String>,
}

impl Header {
    pub fn new(cells: impl IntoIterator<Item = impl AsRef<str>>) -> Header {
        Header {
            names: cells.into_iter().map(|c| norm(c.as_ref())).collect(),
        }
    }

    /// The position of the first column with one of these names.
    pub fn find(&self, names: &[&str]) -> Option<usize> {
        names
            .iter()
            .find_map(|n| self.names.iter().position(|h| *h == norm(n)))
    }

    pub fn len(&self) -> usize {
        self.names.len()
    }

    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// A column name compared: lowercase letters and digits only.
pub fn norm(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The fields of a header line cut at `delimiter`, unquoted.
pub fn header_cells(line: &str, delimiter: char) -> Vec<&str> {
    line.split(delimiter)
        .map(|c| c.trim().trim_matches('"').trim())
        .collect()
}

/// Comma, tab or semicolon: whichever the header line holds most of.
pub fn sniff(line: &str) -> u8 {
    [b'\t', b',', b';']
        .into_iter()
        .max_by_key(|&d| line.bytes().filter(|&b| b == d).count())
        .unwrap_or(b',')
}

/// What to keep, and how.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// ISO 3166 alpha-3 codes: keep events with an actor (or, where the format gives one, a
    /// place) of one of them. Empty keeps all.
    pub countries: Vec<String>,
    pub since: Option<Date>,
    pub until: Option<Date>,
    /// GDELT: fold the events of one story into one. The other formats: a later row with an
    /// earlier row's id updates it.
    pub merge: bool,
}

/// The result of an import: the dataset, as events to write or to turn into a [`Dataset`], and
/// what happened to the rows.
#[derive(Debug, Clone)]
pub struct Imported {
    pub events: Events,
    pub report: Report,
}

impl Imported {
    /// The whole dataset in memory.
    pub fn dataset(&self) -> Dataset {
        self.events.to_dataset()
    }
}

/// How many rows were read, kept, left out by the filters and skipped as bad.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    pub format: &'static str,
    pub files: usize,
    pub rows: u64,
    pub kept: u64,
    /// Rows with no actor of the countries asked for.
    pub other_countries: u64,
    /// Rows dated outside `--since`/`--until`.
    pub other_dates: u64,
    /// Bad rows, by reason.
    pub skipped: BTreeMap<Reason, u64>,
    /// Columns of a header the import does not know, as `FILE: columns not read: A, B`.
    pub notes: Vec<String>,
    /// The first bad row of each reason, then more up to [`EXAMPLES`], as
    /// `FILE:LINE:COL: message`.
    pub examples: Vec<String>,
    pub interactions: usize,
    pub actors: usize,
    /// Rows folded into, joined to or replacing an interaction of an earlier row.
    pub merged: u64,
    pub countries: Vec<String>,
}

/// How many bad rows the report names one by one.
pub const EXAMPLES: usize = 10;

impl Report {
    pub fn skipped_total(&self) -> u64 {
        self.skipped.values().sum()
    }

    /// Counts a bad row; names the first of each reason, and others while fewer than
    /// [`EXAMPLES`] are named.
    fn skip(&mut self, reason: Reason, name: &str, line: u64, column: usize, message: &str) {
        let n = self.skipped.entry(reason).or_default();
        *n += 1;
        if *n == 1 || self.examples.len() < EXAMPLES {
            self.examples
                .push(format!("{name}:{line}:{column}: {message}"));
        }
    }
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "read {} from {}",
            plural(self.rows, "row", "rows"),
            plural(self.files as u64, "file", "files")
        )?;
        for note in &self.notes {
            writeln!(f, "{note}")?;
        }
        let merged = if self.merged > 0 {
            format!(
                " ({} merged into others)",
                plural(self.merged, "row", "rows")
            )
        } else {
            String::new()
        };
        writeln!(
            f,
            "kept {}: {}{merged}, {}",
            plural(self.kept, "row", "rows"),
            plural(self.interactions as u64, "interaction", "interactions"),
            plural(self.actors as u64, "actor", "actors"),
        )?;
        let mut left_out = Vec::new();
        if !self.countries.is_empty() {
            left_out.push(format!(
                "{} with no actor of {}",
                self.other_countries,
                self.countries.join(", ")
            ));
        }
        if self.other_dates > 0 {
            left_out.push(format!("{} outside the dates", self.other_dates));
        }
        if !left_out.is_empty() {
            writeln!(
                f,
                "left out {}: {}",
                plural(self.other_countries + self.other_dates, "row", "rows"),
                left_out.join("; ")
            )?;
        }
        let skipped = self.skipped_total();
        write!(f, "skipped {}", plural(skipped, "bad row", "bad rows"))?;
        if skipped > 0 {
            let reasons: Vec<String> = self
                .skipped
                .iter()
                .map(|(r, n)| format!("{n} {}", r.label_in(self.format)))
                .collect();
            write!(f, ": {}", reasons.join(", "))?;
        }
        writeln!(f)?;
        for e in &self.examples {
            writeln!(f, "  {e}")?;
        }
        let more = skipped.saturating_sub(self.examples.len() as u64);
        if more > 0 {
            writeln!(f, "  … and {more} more")?;
        }
        Ok(())
    }
}

/// Told how far an import has come: the text being read, rows read, rows kept.
pub type OnProgress<'a> = dyn FnMut(&str, u64, u64) + 'a;

/// How often (in rows) progress is told.
const PROGRESS_EVERY: u64 = 8192;

/// Reads every input, row by row, and builds the dataset of the rows kept. Fails when an
/// input cannot be read or is not of the format.
pub fn import(
    format: &mut dyn Format,
    inputs: &[Input],
    options: &Options,
    progress: &mut OnProgress<'_>,
) -> Result<Imported, InputError> {
    let mut report = Report {
        format: format.name(),
        files: inputs.len(),
        countries: options.countries.clone(),
        ..Report::default()
    };
    let mut builder = Builder::new(format.policy(options.merge));
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
    let policy = format.policy(options.merge);
    let events = builder.finish(describe(&*format, &policy, inputs, options, &report));
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
            for (i, f) in record.iter().enumerate() {
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
    format: &dyn Format,
    policy: &Policy,
    inputs: &[Input],
    options: &Options,
    report: &Report,
) -> (String, String) {
    let mut title = format!("{} events", policy.dataset);
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
    let merged = match (options.merge, policy.folds) {
        (false, _) => "",
        (true, true) => {
            "; events with the same date, actors, event code and source URL are merged into one"
        }
        (true, false) => "; a later row with an earlier row's event id replaced it",
    };
    let description = format!(
        "Imported by `readout import {}` from {}: {} of {} rows{filter}. {}{merged}.",
        format.command(),
        names.join(", "),
        report.kept,
        report.rows,
        format.about().trim_end_matches('.'),
    );
    (title, description)
}
