//! GDELT 2.0 event exports: 61 tab-separated columns, no header, one event a line.
//!
//! Rows are read one at a time and parsed in place; only the rows kept are turned into
//! interactions ([`super::build`]). A row that cannot be an event (a wrong number of columns, a
//! date not on the calendar, bytes that are not UTF-8…) is skipped and counted, never fatal;
//! an input that cannot be read is.

use std::collections::BTreeMap;
use std::fmt;

use super::build::{Builder, Events};
use super::cameo;
use super::input::{Input, InputError, for_each_line};
use crate::data::{Class, Dataset, Date, Precision};
use crate::query::in_range;

/// The number of columns of a GDELT 2.0 event row.
pub const COLUMNS: usize = 61;

/// The positions (from 0) of the columns the import reads, in the order of the GDELT 2.0
/// event codebook: GLOBALEVENTID, SQLDATE, MonthYear, Year, FractionDate, then ten columns
/// for each actor, then the event's codes and counts, three blocks of eight geography
/// columns (Actor1Geo, Actor2Geo, ActionGeo), DATEADDED and SOURCEURL.
pub mod col {
    pub const GLOBALEVENTID: usize = 0;
    pub const SQLDATE: usize = 1;
    /// Actor1Code; Actor2's columns are the same ten places further on.
    pub const ACTOR1: usize = 5;
    pub const ACTOR2: usize = 15;
    /// Offsets within an actor's ten columns.
    pub const CODE: usize = 0;
    pub const NAME: usize = 1;
    pub const COUNTRY: usize = 2;
    pub const KNOWN_GROUP: usize = 3;
    pub const TYPE1: usize = 7;
    pub const EVENT_CODE: usize = 26;
    pub const QUAD_CLASS: usize = 29;
    pub const GOLDSTEIN: usize = 30;
    pub const NUM_MENTIONS: usize = 31;
    pub const NUM_SOURCES: usize = 32;
    pub const NUM_ARTICLES: usize = 33;
    pub const AVG_TONE: usize = 34;
    pub const ACTION_GEO_FULLNAME: usize = 52;
    pub const SOURCEURL: usize = 60;
}

/// One event row, borrowing its text from the line.
#[derive(Debug, Clone, PartialEq)]
pub struct Row<'a> {
    pub event_id: &'a str,
    pub date: Date,
    /// Actor1 (the source, who acts) and Actor2 (the target); either may be absent.
    pub actors: [Option<RowActor<'a>>; 2],
    pub event_code: &'a str,
    pub class: Option<Class>,
    pub goldstein: Option<f64>,
    pub mentions: Option<u64>,
    pub sources: Option<u64>,
    pub articles: Option<u64>,
    pub tone: Option<f64>,
    /// ActionGeo_FullName, possibly empty.
    pub place: &'a str,
    pub url: &'a str,
}

/// An actor of a row: its CAMEO code (`ARMGOV`), name (`ARMENIA`), country code (`ARM`), known
/// group code and up to three type codes (`GOV`).
#[derive(Debug, Clone, PartialEq)]
pub struct RowActor<'a> {
    pub code: &'a str,
    pub name: &'a str,
    pub country: &'a str,
    pub known_group: &'a str,
    pub types: [&'a str; 3],
}

/// Why a row was skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Reason {
    NotUtf8,
    Columns,
    EventId,
    Date,
    EventCode,
    QuadClass,
    Number,
    NoActor,
    NoSource,
    RepeatedId,
}

impl Reason {
    /// How the summary counts rows skipped for this reason.
    pub fn label(self) -> &'static str {
        match self {
            Reason::NotUtf8 => "not UTF-8",
            Reason::Columns => "wrong number of columns",
            Reason::EventId => "bad GLOBALEVENTID",
            Reason::Date => "bad SQLDATE",
            Reason::EventCode => "bad EventCode",
            Reason::QuadClass => "bad QuadClass",
            Reason::Number => "bad number",
            Reason::NoActor => "no actor",
            Reason::NoSource => "no SOURCEURL",
            Reason::RepeatedId => "repeated GLOBALEVENTID",
        }
    }
}

/// A row that cannot be an event: why, in which column (from 0), and a message.
#[derive(Debug, Clone, PartialEq)]
pub struct BadRow {
    pub reason: Reason,
    pub column: usize,
    pub message: String,
}

impl BadRow {
    fn new(reason: Reason, column: usize, message: String) -> BadRow {
        BadRow {
            reason,
            column,
            message,
        }
    }
}

/// The fields of a line: tab-separated, nothing quoted (a `"` is an ordinary character).
fn fields(line: &str) -> Vec<&str> {
    line.split('\t').collect()
}

/// Parses one line of an export.
pub fn parse_row(line: &str) -> Result<Row<'_>, BadRow> {
    let f = fields(line);
    if f.len() != COLUMNS {
        return Err(BadRow::new(
            Reason::Columns,
            0,
            format!("{} columns, expected {COLUMNS}", f.len()),
        ));
    }
    let event_id = f[col::GLOBALEVENTID];
    if event_id.is_empty() || !event_id.bytes().all(|b| b.is_ascii_digit()) {
        return Err(BadRow::new(
            Reason::EventId,
            col::GLOBALEVENTID,
            format!("GLOBALEVENTID {event_id:?} is not a number"),
        ));
    }
    let date = parse_sqldate(f[col::SQLDATE])
        .map_err(|why| BadRow::new(Reason::Date, col::SQLDATE, why))?;
    let event_code = f[col::EVENT_CODE];
    if cameo::root(event_code).is_none() {
        return Err(BadRow::new(
            Reason::EventCode,
            col::EVENT_CODE,
            format!("EventCode {event_code:?} is not a CAMEO event code"),
        ));
    }
    let class = match f[col::QUAD_CLASS] {
        "" => None,
        q => Some(parse_quad(q).ok_or_else(|| {
            BadRow::new(
                Reason::QuadClass,
                col::QUAD_CLASS,
                format!("QuadClass {q:?} is not 1, 2, 3 or 4"),
            )
        })?),
    };
    let actors = [actor(&f, col::ACTOR1), actor(&f, col::ACTOR2)];
    if actors.iter().all(Option::is_none) {
        return Err(BadRow::new(
            Reason::NoActor,
            col::ACTOR1,
            "neither Actor1 nor Actor2 is coded".to_owned(),
        ));
    }
    let url = f[col::SOURCEURL].trim();
    if url.is_empty() {
        return Err(BadRow::new(
            Reason::NoSource,
            col::SOURCEURL,
            "SOURCEURL is empty".to_owned(),
        ));
    }
    Ok(Row {
        event_id,
        date,
        actors,
        event_code,
        class,
        goldstein: float(&f, col::GOLDSTEIN, "GoldsteinScale")?,
        mentions: count(&f, col::NUM_MENTIONS, "NumMentions")?,
        sources: count(&f, col::NUM_SOURCES, "NumSources")?,
        articles: count(&f, col::NUM_ARTICLES, "NumArticles")?,
        tone: float(&f, col::AVG_TONE, "AvgTone")?,
        place: f[col::ACTION_GEO_FULLNAME].trim(),
        url,
    })
}

/// SQLDATE, `YYYYMMDD`: a day on the calendar.
fn parse_sqldate(s: &str) -> Result<Date, String> {
    if s.len() != 8 || !s.bytes().all(|b| b.is_ascii_digit()) {
        return Err(format!("SQLDATE {s:?} is not a date as YYYYMMDD"));
    }
    let text = format!("{}-{}-{}", &s[..4], &s[4..6], &s[6..]);
    let date: Date = text.parse().map_err(|e| format!("SQLDATE {s:?}: {e}"))?;
    date.check()
        .map_err(|e| format!("SQLDATE {s:?} is not on the calendar: {e}"))?;
    if date.precision() != Precision::Day {
        return Err(format!("SQLDATE {s:?} is not on the calendar"));
    }
    Ok(date)
}

fn parse_quad(s: &str) -> Option<Class> {
    // Numbers may carry a trailing `.0`.
    match s.strip_suffix(".0").unwrap_or(s) {
        "1" => Some(Class::VerbalCooperation),
        "2" => Some(Class::MaterialCooperation),
        "3" => Some(Class::VerbalConflict),
        "4" => Some(Class::MaterialConflict),
        _ => None,
    }
}

fn actor<'a>(f: &[&'a str], start: usize) -> Option<RowActor<'a>> {
    let code = f[start + col::CODE].trim();
    let name = f[start + col::NAME].trim();
    if code.is_empty() && name.is_empty() {
        return None;
    }
    let t = start + col::TYPE1;
    Some(RowActor {
        code,
        name,
        country: f[start + col::COUNTRY].trim(),
        known_group: f[start + col::KNOWN_GROUP].trim(),
        types: [f[t].trim(), f[t + 1].trim(), f[t + 2].trim()],
    })
}

fn bad_number(column: usize, name: &str, text: &str) -> BadRow {
    BadRow::new(
        Reason::Number,
        column,
        format!("{name} {text:?} is not a number"),
    )
}

/// A decimal number; empty is `None`.
fn float(f: &[&str], column: usize, name: &str) -> Result<Option<f64>, BadRow> {
    let text = f[column].trim();
    if text.is_empty() {
        return Ok(None);
    }
    match text.parse::<f64>() {
        Ok(v) if v.is_finite() => Ok(Some(v)),
        _ => Err(bad_number(column, name, text)),
    }
}

/// A count: a whole number, written `3` or `3.0`; empty is `None`.
fn count(f: &[&str], column: usize, name: &str) -> Result<Option<u64>, BadRow> {
    let text = f[column].trim();
    if text.is_empty() {
        return Ok(None);
    }
    let whole = text.strip_suffix(".0").unwrap_or(text);
    whole
        .parse::<u64>()
        .map(Some)
        .map_err(|_| bad_number(column, name, text))
}

/// What to keep, and how.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// CAMEO country codes: keep events where Actor1 or Actor2 has one. Empty keeps all.
    pub countries: Vec<String>,
    pub since: Option<Date>,
    pub until: Option<Date>,
    /// Fold events with the same date, actors, event code and source URL into one.
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
    pub files: usize,
    pub rows: u64,
    pub kept: u64,
    /// Rows with no actor of the countries asked for.
    pub other_countries: u64,
    /// Rows dated outside `--since`/`--until`.
    pub other_dates: u64,
    /// Bad rows, by reason.
    pub skipped: BTreeMap<Reason, u64>,
    /// The first bad rows, each as `FILE:LINE:COL: message`.
    pub examples: Vec<String>,
    pub interactions: usize,
    pub actors: usize,
    /// Rows folded into an interaction made from an earlier row (`--merge`).
    pub merged: u64,
    pub countries: Vec<String>,
}

/// How many bad rows the report names one by one.
pub const EXAMPLES: usize = 10;

impl Report {
    pub fn skipped_total(&self) -> u64 {
        self.skipped.values().sum()
    }

    /// Counts a bad row, and names it while fewer than [`EXAMPLES`] are named.
    fn skip(&mut self, reason: Reason, name: &str, line: u64, column: usize, message: &str) {
        *self.skipped.entry(reason).or_default() += 1;
        if self.examples.len() < EXAMPLES {
            self.examples
                .push(format!("{name}:{line}:{column}: {message}"));
        }
    }

    fn skip_row(&mut self, name: &str, number: u64, line: &str, bad: &BadRow) {
        let column = column_of(line, bad.column);
        self.skip(bad.reason, name, number, column, &bad.message);
    }
}

/// The 1-based character column where field `index` of a tab-separated line starts.
fn column_of(line: &str, index: usize) -> usize {
    let start = match index {
        0 => 0,
        i => line
            .match_indices('\t')
            .nth(i - 1)
            .map_or(0, |(at, _)| at + 1),
    };
    line[..start].chars().count() + 1
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
                .map(|(r, n)| format!("{n} {}", r.label()))
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

/// Reads every input, row by row, and builds the dataset of the rows kept. Fails only when an
/// input cannot be read.
pub fn import(inputs: &[Input], options: &Options) -> Result<Imported, InputError> {
    let mut report = Report {
        files: inputs.len(),
        countries: options.countries.clone(),
        ..Report::default()
    };
    let mut builder = Builder::new(options.merge);
    for input in inputs {
        for_each_line(input, &mut |name, number, bytes| {
            let bytes = if number == 1 {
                // A byte-order mark some tools put before the first row.
                bytes.strip_prefix(b"\xef\xbb\xbf").unwrap_or(bytes)
            } else {
                bytes
            };
            if bytes.is_empty() {
                return;
            }
            report.rows += 1;
            let line = match std::str::from_utf8(bytes) {
                Ok(line) => line,
                Err(e) => {
                    let valid = e.valid_up_to();
                    let column = String::from_utf8_lossy(&bytes[..valid]).chars().count() + 1;
                    let message = format!("not UTF-8: byte {:#04x}", bytes[valid]);
                    return report.skip(Reason::NotUtf8, name, number, column, &message);
                }
            };
            let row = match parse_row(line) {
                Ok(row) => row,
                Err(bad) => return report.skip_row(name, number, line, &bad),
            };
            if !options.countries.is_empty()
                && !row
                    .actors
                    .iter()
                    .flatten()
                    .any(|a| options.countries.iter().any(|c| c == a.country))
            {
                report.other_countries += 1;
                return;
            }
            if !in_range(row.date, None, options.since, options.until) {
                report.other_dates += 1;
                return;
            }
            match builder.add(&row) {
                Ok(()) => report.kept += 1,
                Err(bad) => report.skip_row(name, number, line, &bad),
            }
        })?;
    }
    report.merged = builder.merged();
    let events = builder.finish(describe(inputs, options, &report));
    report.interactions = events.interactions();
    report.actors = events.actors().len();
    Ok(Imported { events, report })
}

/// The dataset's title and description, from what was imported.
fn describe(inputs: &[Input], options: &Options, report: &Report) -> (String, String) {
    let mut title = "GDELT 2.0 events".to_owned();
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
    let merged = if options.merge {
        "; events with the same date, actors, event code and source URL are merged into one"
    } else {
        ""
    };
    let description = format!(
        "Imported by `readout import gdelt` from {}: {} of {} rows{filter}. Machine-coded \
         events: each title and summary is made from the codes GDELT gives, not written by \
         hand, there are no quotes, and one story may be coded as several events{merged}.",
        names.join(", "),
        report.kept,
        report.rows,
    );
    (title, description)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A row of the shared export (GLOBALEVENTID 954708270), as GDELT wrote it.
    const ROW: &str = "954708270\t20201114\t202011\t2020\t2020.8603\tAFR\tAFRICA\tAFR\t\t\t\t\t\t\t\tNAM\tNAMIBIA\tNAM\t\t\t\t\t\t\t\t1\t057\t057\t05\t1\t8.0\t3\t1\t3\t-3.41176470588235\t4\tCabo Delgado, Cabo Delgado, Mozambique\tMZ\tMZ01\t21846\t-10.7067\t40.6328\t-312482\t4\tCabo Delgado, Cabo Delgado, Mozambique\tMZ\tMZ01\t21846\t-10.7067\t40.6328\t-312482\t4\tCabo Delgado, Cabo Delgado, Mozambique\tMZ\tMZ01\t21846\t-10.7067\t40.6328\t-312482\t20201114071500\thttps://southerntimesafrica.com/site/news/soldier-of-fortune";

    #[test]
    fn parses_a_real_row() {
        let row = parse_row(ROW).unwrap();
        assert_eq!(row.event_id, "954708270");
        assert_eq!(row.date.to_string(), "2020-11-14");
        let a1 = row.actors[0].as_ref().unwrap();
        assert_eq!((a1.code, a1.name, a1.country), ("AFR", "AFRICA", "AFR"));
        let a2 = row.actors[1].as_ref().unwrap();
        assert_eq!((a2.code, a2.name, a2.country), ("NAM", "NAMIBIA", "NAM"));
        assert_eq!(row.event_code, "057");
        assert_eq!(row.class, Some(Class::VerbalCooperation));
        assert_eq!(row.goldstein, Some(8.0));
        assert_eq!(
            (row.mentions, row.sources, row.articles),
            (Some(3), Some(1), Some(3))
        );
        assert_eq!(row.tone, Some(-3.41176470588235));
        assert_eq!(row.place, "Cabo Delgado, Cabo Delgado, Mozambique");
        assert!(row.url.ends_with("/soldier-of-fortune"));
    }

    fn with(column: usize, value: &str) -> String {
        let mut f = fields(ROW);
        f[column] = value;
        f.join("\t")
    }

    #[test]
    fn bad_rows_say_why_and_where() {
        let short = ROW.splitn(10, '\t').take(9).collect::<Vec<_>>().join("\t");
        let bad = parse_row(&short).unwrap_err();
        assert_eq!(
            (bad.reason, bad.message.as_str()),
            (Reason::Columns, "9 columns, expected 61")
        );
        for (column, value, reason) in [
            (col::SQLDATE, "20201131", Reason::Date),
            (col::SQLDATE, "2020-11-14", Reason::Date),
            (col::SQLDATE, "20200000", Reason::Date),
            (col::SQLDATE, "20201100", Reason::Date),
            (col::GLOBALEVENTID, "", Reason::EventId),
            (col::EVENT_CODE, "210", Reason::EventCode),
            (col::EVENT_CODE, "", Reason::EventCode),
            (col::QUAD_CLASS, "5", Reason::QuadClass),
            (col::GOLDSTEIN, "high", Reason::Number),
            (col::AVG_TONE, "NaN", Reason::Number),
            (col::NUM_MENTIONS, "-1", Reason::Number),
            (col::SOURCEURL, "", Reason::NoSource),
        ] {
            let bad = parse_row(&with(column, value)).unwrap_err();
            assert_eq!((bad.reason, bad.column), (reason, column), "{value:?}");
        }
        let none = with(col::ACTOR1, "");
        let none = none
            .replacen("\tAFRICA\t", "\t\t", 1)
            .replacen("\tNAM\tNAMIBIA\t", "\t\t\t", 1);
        assert_eq!(parse_row(&none).unwrap_err().reason, Reason::NoActor);
    }

    #[test]
    fn tolerates_what_real_rows_hold() {
        // Counts written as decimals, empty scores, a stray quote, a missing Actor2.
        let row = with(col::NUM_MENTIONS, "3.0");
        assert_eq!(parse_row(&row).unwrap().mentions, Some(3));
        let row = with(col::GOLDSTEIN, "");
        assert_eq!(parse_row(&row).unwrap().goldstein, None);
        let row = with(col::ACTOR1 + col::NAME, "\"AFRICA");
        assert_eq!(
            parse_row(&row).unwrap().actors[0].as_ref().unwrap().name,
            "\"AFRICA"
        );
        let mut f = fields(ROW);
        for field in &mut f[col::ACTOR2..col::ACTOR2 + 10] {
            *field = "";
        }
        assert!(parse_row(&f.join("\t")).unwrap().actors[1].is_none());
    }

    #[test]
    fn columns_count_characters() {
        assert_eq!(column_of("a\tb\tc", 0), 1);
        assert_eq!(column_of("a\tb\tc", 1), 3);
        assert_eq!(column_of("ə\tb\tc", 2), 5);
    }
}
