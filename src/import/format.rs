//! What each event-data format tells the shared import loop: its names and how its ids are
//! kept ([`Description`]), how its texts are cut ([`Layout`]), and what one row means
//! ([`Format::row`]), with the filters a row is held to ([`Wanted`]).

use super::build::Policy;
use super::fields::Fields;
use super::record::{BadRow, Record};
use crate::data::Date;
use crate::data::date::in_range;

/// What a format is called, and how the builder treats the ids of its events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Description {
    /// The format's name in messages and in the report's reasons: `ACLED`.
    pub name: &'static str,
    /// The word after `readout import`: `acled`.
    pub command: &'static str,
    /// What the dataset's description says of the events, after "Imported by …": a sentence
    /// or two on how far they are written by hand.
    pub about: &'static str,
    /// What the interactions' codings name as their dataset: `GDELT 2.0`.
    pub dataset: &'static str,
    /// What interaction ids start with: `gdelt` → `gdelt-954708293`.
    pub prefix: &'static str,
    /// How messages name the event id: `GLOBALEVENTID`.
    pub id_name: &'static str,
    /// `--merge` also folds the events of one story into one (GDELT).
    pub folds: bool,
    /// A repeated id whose row brings actors the event lacks adds them (ACLED's monadic
    /// exports give an event once per actor).
    pub joins: bool,
}

impl Description {
    /// What the builder is asked to do; `merge` is `--merge`.
    pub fn policy(&self, merge: bool) -> Policy {
        Policy {
            dataset: self.dataset,
            prefix: self.prefix,
            id_name: self.id_name,
            merge,
            folds: self.folds,
            joins: self.joins,
        }
    }
}

/// How a text of a format is cut into fields.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Layout {
    /// The byte between fields: `\t`, `,` or `;`.
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
    /// What the format is called, and how its ids are kept.
    fn description(&self) -> &'static Description;
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
    ///
    /// # Errors
    /// A [`BadRow`] saying why the row cannot be an event and in which column.
    fn row<'a>(&self, fields: &Fields<'a>, wanted: &Wanted<'_>) -> Result<Outcome<'a>, BadRow>;
}

/// What `--country`, `--since` and `--until` keep.
#[derive(Debug, Clone, Copy)]
pub struct Wanted<'o> {
    /// ISO 3166 alpha-3 (or CAMEO regional) codes, one of which an event must have; empty
    /// keeps every country.
    pub countries: &'o [String],
    /// The first date kept (`--since`), read as the whole period it names.
    pub since: Option<Date>,
    /// The last date kept (`--until`), read as the whole period it names.
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
    /// The row's event, to build.
    Kept(Record<'a>),
    /// No actor (or place) of the countries asked for.
    OtherCountry,
    /// Dated outside `--since`/`--until`.
    OtherDate,
}
