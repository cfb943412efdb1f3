//! GDELT 2.0's 61 event columns: their names as BigQuery writes them, their positions in
//! GDELT's own headerless export, and where a header puts the ones the import reads.

use crate::import::header::{Header, header_cells, sniff};

/// The number of columns of a GDELT 2.0 event row.
pub const COLUMNS: usize = 61;

/// The 61 columns in the order of the GDELT 2.0 event codebook, as BigQuery names them.
pub const NAMES: [&str; COLUMNS] = [
    "GLOBALEVENTID",
    "SQLDATE",
    "MonthYear",
    "Year",
    "FractionDate",
    "Actor1Code",
    "Actor1Name",
    "Actor1CountryCode",
    "Actor1KnownGroupCode",
    "Actor1EthnicCode",
    "Actor1Religion1Code",
    "Actor1Religion2Code",
    "Actor1Type1Code",
    "Actor1Type2Code",
    "Actor1Type3Code",
    "Actor2Code",
    "Actor2Name",
    "Actor2CountryCode",
    "Actor2KnownGroupCode",
    "Actor2EthnicCode",
    "Actor2Religion1Code",
    "Actor2Religion2Code",
    "Actor2Type1Code",
    "Actor2Type2Code",
    "Actor2Type3Code",
    "IsRootEvent",
    "EventCode",
    "EventBaseCode",
    "EventRootCode",
    "QuadClass",
    "GoldsteinScale",
    "NumMentions",
    "NumSources",
    "NumArticles",
    "AvgTone",
    "Actor1Geo_Type",
    "Actor1Geo_FullName",
    "Actor1Geo_CountryCode",
    "Actor1Geo_ADM1Code",
    "Actor1Geo_ADM2Code",
    "Actor1Geo_Lat",
    "Actor1Geo_Long",
    "Actor1Geo_FeatureID",
    "Actor2Geo_Type",
    "Actor2Geo_FullName",
    "Actor2Geo_CountryCode",
    "Actor2Geo_ADM1Code",
    "Actor2Geo_ADM2Code",
    "Actor2Geo_Lat",
    "Actor2Geo_Long",
    "Actor2Geo_FeatureID",
    "ActionGeo_Type",
    "ActionGeo_FullName",
    "ActionGeo_CountryCode",
    "ActionGeo_ADM1Code",
    "ActionGeo_ADM2Code",
    "ActionGeo_Lat",
    "ActionGeo_Long",
    "ActionGeo_FeatureID",
    "DATEADDED",
    "SOURCEURL",
];

/// The positions (from 0) in a headerless export of the columns the import's messages and
/// tests name.
pub mod col {

    /// The event id.
    pub const GLOBALEVENTID: usize = 0;
    /// The event's date, `YYYYMMDD`.
    pub const SQLDATE: usize = 1;
    /// Actor1Code, the first of the source actor's ten columns.
    pub const ACTOR1: usize = 5;
    /// Actor2Code, the first of the target actor's ten columns.
    pub const ACTOR2: usize = 15;
    /// The CAMEO event code.
    pub const EVENT_CODE: usize = 26;
    /// The quad class, 1 to 4.
    pub const QUAD_CLASS: usize = 29;
    /// The Goldstein scale of the event code, −10 to +10.
    pub const GOLDSTEIN: usize = 30;
    /// How often the event was mentioned.
    pub const NUM_MENTIONS: usize = 31;
    /// The average tone of the documents, −100 to +100.
    pub const AVG_TONE: usize = 34;
    /// The place of the action.
    pub const ACTION_GEO_FULLNAME: usize = 52;
    /// The URL of the first document that mentioned the event.
    pub const SOURCEURL: usize = 60;
}

/// An actor's columns.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct ActorCols {
    pub(super) code: Option<usize>,
    pub(super) name: Option<usize>,
    pub(super) country: Option<usize>,
    pub(super) known_group: Option<usize>,
    pub(super) types: [Option<usize>; 3],
}

/// Where each column the import reads is, in the text being read.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct Cols {
    pub(super) id: Option<usize>,
    pub(super) date: Option<usize>,
    pub(super) actors: [ActorCols; 2],
    pub(super) event: Option<usize>,
    pub(super) root: Option<usize>,
    pub(super) quad: Option<usize>,
    pub(super) goldstein: Option<usize>,
    pub(super) mentions: Option<usize>,
    pub(super) sources: Option<usize>,
    pub(super) articles: Option<usize>,
    pub(super) tone: Option<usize>,
    pub(super) place: Option<usize>,
    pub(super) url: Option<usize>,
}

impl Cols {
    /// Where a header puts each column the import reads.
    pub(super) fn from(h: &Header) -> Cols {
        let actor = |n: u8| {
            let f = |s: &str| h.find(&[&format!("Actor{n}{s}")]);
            ActorCols {
                code: f("Code"),
                name: f("Name"),
                country: f("CountryCode"),
                known_group: f("KnownGroupCode"),
                types: [f("Type1Code"), f("Type2Code"), f("Type3Code")],
            }
        };
        Cols {
            id: h.find(&["GLOBALEVENTID", "EventID", "id"]),
            date: h.find(&["SQLDATE", "Date", "EventDate", "Day"]),
            actors: [actor(1), actor(2)],
            event: h.find(&["EventCode"]),
            root: h.find(&["EventRootCode"]),
            quad: h.find(&["QuadClass"]),
            goldstein: h.find(&["GoldsteinScale", "Goldstein"]),
            mentions: h.find(&["NumMentions"]),
            sources: h.find(&["NumSources"]),
            articles: h.find(&["NumArticles"]),
            tone: h.find(&["AvgTone", "Tone"]),
            place: h.find(&[
                "ActionGeo_FullName",
                "ActionGeo_Fullname",
                "location",
                "place",
            ]),
            url: h.find(&["SOURCEURL", "url", "SourceUrl"]),
        }
    }
}

/// The names the import reads besides GDELT's own: analysts' aliases, BigQuery's pseudo-column.
pub(super) const ALIASES: [&str; 10] = [
    "EventID",
    "id",
    "Date",
    "EventDate",
    "Day",
    "Goldstein",
    "Tone",
    "location",
    "place",
    "url",
];

/// Whether a header line names GDELT's columns: its event id and date and event code.
pub fn is_header(line: &str) -> bool {
    let h = Header::new(header_cells(line, char::from(sniff(line))));
    let c = Cols::from(&h);
    c.id.is_some() && c.date.is_some() && c.event.is_some()
}

/// Whether a line is a row of GDELT's own export: 61 tab-separated fields, a numeric id.
pub fn is_export_row(line: &str) -> bool {
    let mut f = line.split('\t');
    let id = f.next().unwrap_or_default();
    !id.is_empty() && id.bytes().all(|b| b.is_ascii_digit()) && f.count() + 1 == COLUMNS
}
