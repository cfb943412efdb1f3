//! GDELT 2.0 events: the export files GDELT serves (61 tab-separated columns, no header) and
//! the CSV that Google BigQuery writes of `gdelt-bq.gdeltv2.events` (a header, comma or tab,
//! any subset of the 61 columns in any order, codes that a spreadsheet or pandas may have
//! stripped of their leading zeros).
//!
//! A row that cannot be an event (a wrong number of columns, a date not on the calendar, a
//! Goldstein score off its scale…) is skipped and counted, never fatal; an input that cannot
//! be read, or is no GDELT file at all, is.

mod columns;
mod row;

use super::fields::Fields;
use super::format::{Description, Format, Layout, Outcome, Wanted};
use super::header::{Header, header_cells, missing, norm, sniff};
use super::input::{Input, InputError};
use super::record::BadRow;
use super::run;
use columns::{ALIASES, Cols};

pub use super::run::{Imported, Options, Report};
pub use columns::{COLUMNS, NAMES, col, is_export_row, is_header};

/// What the interactions' codings name as their dataset.
pub const DATASET: &str = "GDELT 2.0";

/// The GDELT 2.0 format: its names, and `--merge` folding the events of one story.
pub const DESCRIPTION: Description = Description {
    name: "GDELT",
    command: "gdelt",
    about: "Machine-coded events: each title and summary is made from the codes GDELT gives, \
            not written by hand, there are no quotes, and one story may be coded as several \
            events",
    dataset: DATASET,
    prefix: "gdelt",
    id_name: "GLOBALEVENTID",
    folds: true,
    joins: false,
};

/// The GDELT 2.0 format, headerless or from BigQuery.
#[derive(Debug, Default)]
pub struct Gdelt {
    cols: Cols,
    /// The text has GDELT's own 61 columns and no header: every row must have 61.
    fixed: bool,
    /// Columns of the header that are no GDELT column.
    unknown: Vec<String>,
}

impl Format for Gdelt {
    fn description(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn begin(&mut self, first: &str) -> Result<Layout, String> {
        if is_header(first) {
            let delimiter = sniff(first);
            let cells = header_cells(first, char::from(delimiter));
            let h = Header::new(&cells);
            self.cols = Cols::from(&h);
            self.fixed = false;
            let known = |c: &str| {
                let n = norm(c);
                n.is_empty()
                    || n == "partitiontime"
                    || n == "sourceurl"
                    || NAMES.iter().chain(&ALIASES).any(|k| norm(k) == n)
            };
            self.unknown = cells
                .iter()
                .filter(|c| !known(c))
                .map(|c| crate::data::clean::clean_text(c, false).into_owned())
                .collect();
            let c = &self.cols;
            let missing = missing(&[
                (c.id, "GLOBALEVENTID"),
                (c.date, "SQLDATE"),
                (c.event, "EventCode"),
                (c.url, "SOURCEURL"),
            ]);
            if !missing.is_empty() {
                return Err(format!(
                    "the header has no column {}: select it in the query (see `readout import --help`)",
                    missing.join(", ")
                ));
            }
            if c.actors
                .iter()
                .all(|a| a.code.is_none() && a.name.is_none())
            {
                return Err("the header has no actor column (Actor1Code, Actor1Name, Actor2Code or Actor2Name)".to_owned());
            }
            return Ok(Layout {
                delimiter,
                quoting: true,
                header: true,
                latin1: false,
            });
        }
        if first.contains('\t')
            && first
                .split('\t')
                .next()
                .is_some_and(|id| id.bytes().all(|b| b.is_ascii_digit()))
        {
            self.cols = Cols::from(&Header::new(NAMES));
            self.fixed = true;
            self.unknown.clear();
            return Ok(Layout {
                delimiter: b'\t',
                quoting: false,
                header: false,
                latin1: false,
            });
        }
        Err(format!(
            "not a GDELT 2.0 export: expected {COLUMNS} tab-separated columns starting with a \
             GLOBALEVENTID, or a BigQuery header naming GLOBALEVENTID, SQLDATE and EventCode"
        ))
    }

    fn unknown_columns(&self) -> Vec<String> {
        self.unknown.clone()
    }

    fn row<'a>(&self, f: &Fields<'a>, wanted: &Wanted<'_>) -> Result<Outcome<'a>, BadRow> {
        row::row(&self.cols, self.fixed, f, wanted)
    }
}

/// Reads every input, row by row, and builds the dataset of the rows kept.
///
/// # Errors
/// An [`InputError`] when an input cannot be read or is not a GDELT file.
pub fn import(inputs: &[Input], options: &Options) -> Result<Imported, InputError> {
    run::import(&mut Gdelt::default(), inputs, options, &mut |_, _, _| {})
}
