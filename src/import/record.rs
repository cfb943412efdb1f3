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
    pub date: Date,
    /// The two sides of the event: the source (who acts) and the target, each with its main
    /// actor first and associated actors after it. Either may be empty.
    pub sides: [SmallVec<[Party<'a>; 1]>; 2],
    /// How the dataset codes the event; `dataset` and `ids` are filled by the builder.
    pub coding: EventCoding,
    pub class: Option<Class>,
    pub kind: InteractionKind,
    /// The first side mediates between the second's actors (CAMEO 045).
    pub mediated: bool,
    /// What happened, in a few words, for the title: `Make an appeal or request`.
    pub what: String,
    pub place: Option<String>,
    /// The ISO 3166 alpha-3 (or CAMEO) country codes `--country` matches: the actors' and,
    /// where the format gives one, the event's.
    pub countries: SmallVec<[&'a str; 4]>,
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
    pub name: &'a str,
    /// ISO 3166 alpha-3 (or CAMEO) country code.
    pub country: Option<&'a str>,
    pub kind: ActorKind,
    /// What the dataset says the actor is: `government (ARM)`.
    pub role: String,
    /// A Wikidata item id (`Q…`), where the dataset gives one.
    pub wikidata: Option<&'a str>,
}

/// Why a row was skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Reason {
    NotUtf8,
    Columns,
    Id,
    Date,
    EventCode,
    QuadClass,
    Number,
    /// A value outside the range the format (and readout) allow: a Goldstein score of 11.
    Range,
    NoActor,
    NoSource,
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
    pub reason: Reason,
    pub column: usize,
    pub message: String,
}

impl BadRow {
    pub fn new(reason: Reason, column: usize, message: impl Into<String>) -> BadRow {
        BadRow {
            reason,
            column,
            message: message.into(),
        }
    }
}
