//! Importers: event data (GDELT, ACLED, ICEWS, POLECAT) turned into readout datasets. No
//! terminal code: they read files and return a [`crate::data::Dataset`] and a report.
//!
//! One machinery serves every format: [`input`] opens plain, gzipped and zipped files and
//! standard input; [`run`] cuts each text into rows and runs the filters, finding columns by
//! [`header`] name and handing each row's [`fields`] to the [`format`]; [`value`] reads null
//! markers, lists, numbers, dates and places; [`build`] turns the [`record`]s every format
//! makes into actors and interactions; [`report`] counts what became of the rows. Each
//! format's module ([`gdelt`], [`acled`], [`icews`], [`polecat`]) only maps its columns.

pub mod acled;
pub mod build;
pub mod countries;
pub mod fields;
pub mod format;
pub mod gdelt;
pub mod header;
pub mod icews;
pub mod input;
pub mod polecat;
pub mod record;
pub mod report;
pub mod run;
pub mod value;

pub use input::{Input, InputError};
pub use run::{Format, Imported, Options, Report};

/// The formats `readout import` reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// GDELT 2.0 events: GDELT's own export files, or BigQuery's CSV.
    Gdelt,
    /// ACLED exports.
    Acled,
    /// ICEWS coded event files.
    Icews,
    /// POLECAT event files.
    Polecat,
}

impl Kind {
    /// Every format, in the order `readout import` lists them.
    pub const ALL: [Kind; 4] = [Kind::Gdelt, Kind::Acled, Kind::Icews, Kind::Polecat];

    /// A new reader of the format.
    pub fn format(self) -> Box<dyn Format> {
        match self {
            Kind::Gdelt => Box::<gdelt::Gdelt>::default(),
            Kind::Acled => Box::<acled::Acled>::default(),
            Kind::Icews => Box::<icews::Icews>::default(),
            Kind::Polecat => Box::<polecat::Polecat>::default(),
        }
    }

    /// How messages name the format.
    pub fn label(self) -> &'static str {
        match self {
            Kind::Gdelt => "GDELT 2.0",
            Kind::Acled => "ACLED",
            Kind::Icews => "ICEWS",
            Kind::Polecat => "POLECAT",
        }
    }

    /// The format whose header (or, for GDELT's own exports, first row) this first line of a
    /// text is, and how it was recognised.
    pub fn detect(first: &str) -> Option<(Kind, &'static str)> {
        let first = first.strip_prefix('\u{feff}').unwrap_or(first);
        if gdelt::is_export_row(first) {
            return Some((Kind::Gdelt, "61 tab-separated columns without a header"));
        }
        if gdelt::is_header(first) {
            return Some((
                Kind::Gdelt,
                "a header naming GLOBALEVENTID, SQLDATE and EventCode (BigQuery)",
            ));
        }
        if acled::is_header(first) {
            return Some((Kind::Acled, "a header naming event_id_cnty and event_date"));
        }
        if icews::is_header(first) {
            return Some((
                Kind::Icews,
                "a header naming Event ID, Source Name and CAMEO Code",
            ));
        }
        if polecat::is_header(first) {
            return Some((
                Kind::Polecat,
                "a header naming Event ID, Event Type and Quad Code",
            ));
        }
        None
    }
}

/// The first line of the first text of an input (of its first zip entry, gunzipped), for
/// [`Kind::detect`]. `None` when the input is empty. Standard input cannot be read twice, so
/// it is not looked at: name the format for it.
pub fn first_line(input: &Input) -> Result<Option<String>, InputError> {
    let mut found = None;
    let stop = "found";
    let result = input::for_each_text(input, &mut |name, reader| {
        let buf = reader.fill_buf().map_err(|source| InputError::Read {
            name: name.to_owned(),
            source,
        })?;
        let end = memchr::memchr(b'\n', buf).unwrap_or(buf.len());
        found = Some(
            String::from_utf8_lossy(&buf[..end])
                .trim_end_matches('\r')
                .to_owned(),
        );
        // Stop at the first text.
        Err(InputError::Format {
            name: name.to_owned(),
            message: stop.to_owned(),
        })
    });
    match result {
        Err(InputError::Format { message, .. }) if message == stop => Ok(found),
        Err(e) => Err(e),
        Ok(()) => Ok(found),
    }
}

use std::io;

use serde::Serialize;

/// Writes a dataset (a [`crate::data::Dataset`], or the [`build::Events`] of an import) as
/// readout reads it: pretty RON with the `implicit_some` header.
pub fn write_ron(dataset: &impl Serialize, out: impl io::Write) -> ron::Result<()> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    ron::Options::default().to_io_writer_pretty(out, dataset, config)
}
