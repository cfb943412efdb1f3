//! What every importer makes of one row: a [`Record`], whatever the format it came from, or a
//! [`BadRow`] saying why the row cannot be an event. The builder ([`super::build`]) and the
//! import loop ([`super::run`]) know only these types.

use smallvec::SmallVec;

use crate::data::{ActorKind, Class, Date, EventCoding, InteractionKind, Source};

/// One event as a format's row gives it, borrowing what it can from the row's text.
#[derive(Debug, Clone, PartialEq)]
pub struct Record<'a> {
    /// The event's identity in its dataset, unique within it: GDELT's GLOBALEVENTID, ACLED's
    /// `event_id_cnty`, ICEWS's `Event ID` with its `Event Date`, POLECAT's `Event ID`.
    pub key: String,
    /// The event's date, at the precision the format gives (ACLED: week or month too).
    pub date: Date,
    /// The two sides of the event: the source (who acts) and the target, each with its main
    /// actor first and associated actors after it. Either may be empty.
    pub sides: [SmallVec<[Party<'a>; 1]>; 2],
    /// How the dataset codes the event; `dataset` and `ids` are filled by the builder.
    pub coding: EventCoding,
    /// The CAMEO/PLOVER quad class, where the format gives or implies one.
    pub class: Option<Class>,
    /// What sort of interaction the event shows as.
    pub kind: InteractionKind,
    /// The first side mediates between the second's actors (CAMEO 045).
    pub mediated: bool,
    /// What happened, in a few words, for the title: `Make an appeal or request`.
    pub what: String,
    /// Where it happened, as a reader writes it: `Yerevan, Armenia`.
    pub place: Option<String>,
    /// The ISO 3166 alpha-3 (or CAMEO) country codes `--country` matches: the actors' and,
    /// where the format gives one, the event's.
    pub countries: SmallVec<[&'a str; 4]>,
    /// Where the event was reported: the outlet, story or URL the format names.
    pub source: Source,
    /// A few sentences made from the row's fields (ACLED: its notes, a summary).
    pub summary: String,
    /// When the dataset last changed the event (ACLED `timestamp`, Unix seconds), if known.
    pub stamp: Option<u64>,
}

/// One actor of a row.
#[derive(Debug, Clone, PartialEq)]
pub struct Party<'a> {
    /// The actor's code in the dataset's scheme (CAMEO `ARMGOV`), or empty.
    pub code: &'a str,
    /// The actor's name as the row writes it; empty when only a code is given.
    pub name: &'a str,
    /// ISO 3166 alpha-3 (or CAMEO) country code.
    pub country: Option<&'a str>,
    /// What sort of actor the row's codes make it.
    pub kind: ActorKind,
    /// What the dataset says the actor is: `government (ARM)`.
    pub role: String,
    /// A Wikidata item id (`Q…`), where the dataset gives one.
    pub wikidata: Option<&'a str>,
}

/// Why a row was skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    /// A field is not UTF-8 (and the format reads no ISO 8859-1).
    NotUtf8,
    /// The row has a number of columns the format does not have.
    Columns,
    /// The event id is missing or not of the format's form.
    Id,
    /// The date is missing, not in a form the format writes, or not on the calendar.
    Date,
    /// The event code (CAMEO code, PLOVER or ACLED event type) is not one.
    EventCode,
    /// The quad class is not one of the four.
    QuadClass,
    /// A number or count does not read as one.
    Number,
    /// A value outside the range the format (and readout) allow: a Goldstein score of 11.
    Range,
    /// The row names no actor.
    NoActor,
    /// The row names no source (GDELT's SOURCEURL).
    NoSource,
    /// The row's id was read before, and it neither updates nor joins its event.
    RepeatedId,
}

impl Reason {
    /// How the summary of an import of `format` (`GDELT`, `ACLED`, `ICEWS`, `POLECAT`) counts
    /// rows skipped for this reason: with the format's own column names.
    pub fn label_in(self, format: &str) -> &'static str {
        match (format, self) {
            ("GDELT", Reason::Id) => "bad GLOBALEVENTID",
            ("GDELT", Reason::Date) => "bad SQLDATE",
            ("GDELT", Reason::EventCode) => "bad EventCode",
            ("GDELT", Reason::QuadClass) => "bad QuadClass",
            ("GDELT", Reason::NoSource) => "no SOURCEURL",
            ("GDELT", Reason::RepeatedId) => "repeated GLOBALEVENTID",
            ("ACLED", Reason::Id) => "bad event_id_cnty",
            ("ACLED", Reason::Date) => "bad event_date",
            ("ACLED", Reason::EventCode) => "bad event_type",
            ("ACLED", Reason::RepeatedId) => "repeated event_id_cnty",
            ("ICEWS" | "POLECAT", Reason::Id) => "bad Event ID",
            ("ICEWS" | "POLECAT", Reason::Date) => "bad Event Date",
            ("ICEWS", Reason::EventCode) => "bad CAMEO Code",
            ("ICEWS", Reason::RepeatedId) => "repeated Event ID and Event Date",
            ("POLECAT", Reason::EventCode) => "bad Event Type",
            ("POLECAT", Reason::QuadClass) => "bad Quad Code",
            ("POLECAT", Reason::RepeatedId) => "repeated Event ID",
            _ => self.label(),
        }
    }

    /// How the summary counts rows skipped for this reason, in any format.
    pub fn label(self) -> &'static str {
        match self {
            Reason::NotUtf8 => "not UTF-8",
            Reason::Columns => "wrong number of columns",
            Reason::Id => "bad event id",
            Reason::Date => "bad date",
            Reason::EventCode => "bad event code",
            Reason::QuadClass => "bad quad class",
            Reason::Number => "bad number",
            Reason::Range => "value out of range",
            Reason::NoActor => "no actor",
            Reason::NoSource => "no source",
            Reason::RepeatedId => "repeated event id",
        }
    }
}

/// A row that cannot be an event: why, in which field (from 0), and a message.
#[derive(Debug, Clone, PartialEq)]
pub struct BadRow {
    /// Why, for the count by reason.
    pub reason: Reason,
    /// The field the fault is in, from 0.
    pub column: usize,
    /// What is wrong and what was expected: `SQLDATE "2020-11-14" is not a date as YYYYMMDD`.
    pub message: String,
}

impl BadRow {
    /// A bad row whose fault is in the column at `column` (from 0).
    pub fn new(reason: Reason, column: usize, message: impl Into<String>) -> BadRow {
        BadRow {
            reason,
            column,
            message: message.into(),
        }
    }

    /// A bad row whose fault is in the column a header put at `column`; the first column
    /// when the header lacks it.
    pub fn in_column(reason: Reason, column: Option<usize>, message: impl Into<String>) -> BadRow {
        BadRow::new(reason, column.unwrap_or(0), message)
    }
}

/// What the dataset says an actor is, with its country where known: `government (ARM)`.
pub fn role_with_country(role: &str, country: Option<&str>) -> String {
    match country {
        Some(c) => format!("{role} ({c})"),
        None => role.to_owned(),
    }
}
