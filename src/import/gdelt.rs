//! GDELT 2.0 events: the export files GDELT serves (61 tab-separated columns, no header) and
//! the CSV that Google BigQuery writes of `gdelt-bq.gdeltv2.events` (a header, comma or tab,
//! any subset of the 61 columns in any order, codes that a spreadsheet or pandas may have
//! stripped of their leading zeros).
//!
//! A row that cannot be an event (a wrong number of columns, a date not on the calendar, a
//! Goldstein score off its scale…) is skipped and counted, never fatal; an input that cannot
//! be read, or is no GDELT file at all, is.

use smallvec::SmallVec;

use super::build::{Policy, host};
use super::input::{Input, InputError};
use super::record::{BadRow, Party, Reason, Record};
use super::run::{self, Fields, Format, Header, Layout, Outcome, Wanted, header_cells, sniff};
use super::value::{count, float};
use crate::data::cameo;
use crate::data::{ActorKind, Class, EventCoding, Scheme, Source};

pub use super::run::{Imported, Options, Report};

/// What the interactions' codings name as their dataset.
pub const DATASET: &str = "GDELT 2.0";

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

/// The positions (from 0) of the columns of a headerless export.
pub mod col {
    pub const GLOBALEVENTID: usize = 0;
    pub const SQLDATE: usize = 1;
    pub const ACTOR1: usize = 5;
    pub const ACTOR2: usize = 15;
    pub const EVENT_CODE: usize = 26;
    pub const QUAD_CLASS: usize = 29;
    pub const GOLDSTEIN: usize = 30;
    pub const NUM_MENTIONS: usize = 31;
    pub const AVG_TONE: usize = 34;
    pub const ACTION_GEO_FULLNAME: usize = 52;
    pub const SOURCEURL: usize = 60;
}

/// An actor's columns.
#[derive(Debug, Clone, Copy, Default)]
struct ActorCols {
    code: Option<usize>,
    name: Option<usize>,
    country: Option<usize>,
    known_group: Option<usize>,
    types: [Option<usize>; 3],
}

/// Where each column the import reads is, in the text being read.
#[derive(Debug, Clone, Copy, Default)]
struct Cols {
    id: Option<usize>,
    date: Option<usize>,
    actors: [ActorCols; 2],
    event: Option<usize>,
    root: Option<usize>,
    quad: Option<usize>,
    goldstein: Option<usize>,
    mentions: Option<usize>,
    sources: Option<usize>,
    articles: Option<usize>,
    tone: Option<usize>,
    place: Option<usize>,
    url: Option<usize>,
}

impl Cols {
    fn from(h: &Header) -> Cols {
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

/// The GDELT 2.0 format, headerless or from BigQuery.
#[derive(Debug, Default)]
pub struct Gdelt {
    cols: Cols,
    /// The text has GDELT's own 61 columns and no header: every row must have 61.
    fixed: bool,
    /// Columns of the header that are no GDELT column.
    unknown: Vec<String>,
}

/// The names the import reads besides GDELT's own: analysts' aliases, BigQuery's pseudo-column.
const ALIASES: [&str; 10] = [
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

impl Gdelt {
    pub fn new() -> Gdelt {
        Gdelt::default()
    }
}

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

impl Format for Gdelt {
    fn name(&self) -> &'static str {
        "GDELT"
    }

    fn command(&self) -> &'static str {
        "gdelt"
    }

    fn about(&self) -> &'static str {
        "Machine-coded events: each title and summary is made from the codes GDELT gives, not \
         written by hand, there are no quotes, and one story may be coded as several events"
    }

    fn policy(&self, merge: bool) -> Policy {
        Policy {
            dataset: DATASET,
            prefix: "gdelt",
            id_name: "GLOBALEVENTID",
            merge,
            folds: true,
            joins: false,
        }
    }

    fn begin(&mut self, first: &str) -> Result<Layout, String> {
        if is_header(first) {
            let delimiter = sniff(first);
            let cells = header_cells(first, char::from(delimiter));
            let h = Header::new(&cells);
            self.cols = Cols::from(&h);
            self.fixed = false;
            let known = |c: &str| {
                let n = run::norm(c);
                n.is_empty()
                    || n == "partitiontime"
                    || n == "sourceurl"
                    || NAMES.iter().chain(&ALIASES).any(|k| run::norm(k) == n)
            };
            self.unknown = cells
                .iter()
                .filter(|c| !known(c))
                .map(|c| crate::data::clean::clean_text(c, false).into_owned())
                .collect();
            let c = &self.cols;
            let missing: Vec<&str> = [
                (c.id, "GLOBALEVENTID"),
                (c.date, "SQLDATE"),
                (c.event, "EventCode"),
                (c.url, "SOURCEURL"),
            ]
            .into_iter()
            .filter_map(|(at, name)| at.is_none().then_some(name))
            .collect();
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
        row(&self.cols, self.fixed, f, wanted)
    }
}

/// A column's position for messages: where it is, or 0.
fn at(c: Option<usize>) -> usize {
    c.unwrap_or(0)
}

fn row<'a>(
    c: &Cols,
    fixed: bool,
    f: &Fields<'a>,
    wanted: &Wanted<'_>,
) -> Result<Outcome<'a>, BadRow> {
    if fixed && f.len() != COLUMNS {
        return Err(BadRow::new(
            Reason::Columns,
            0,
            format!("{} columns, expected {COLUMNS}", f.len()),
        ));
    }
    let id = f.raw(c.id);
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
        return Err(BadRow::new(
            Reason::Id,
            at(c.id),
            format!("GLOBALEVENTID {id:?} is not a number"),
        ));
    }
    let sqldate = f.raw(c.date);
    let date = if sqldate.len() == 8 && sqldate.bytes().all(|b| b.is_ascii_digit()) {
        super::value::day(sqldate, super::value::Order::DayFirst)
            .map_err(|why| BadRow::new(Reason::Date, at(c.date), format!("SQLDATE {why}")))?
    } else {
        return Err(BadRow::new(
            Reason::Date,
            at(c.date),
            format!("SQLDATE {sqldate:?} is not a date as YYYYMMDD"),
        ));
    };
    let event = cameo::restore_zero(f.raw(c.event), f.raw(c.root)).ok_or_else(|| {
        BadRow::new(
            Reason::EventCode,
            at(c.event),
            format!("EventCode {:?} is not a CAMEO event code", f.raw(c.event)),
        )
    })?;
    let class = match f.raw(c.quad) {
        "" => None,
        q => Some(quad(q).ok_or_else(|| {
            BadRow::new(
                Reason::QuadClass,
                at(c.quad),
                format!("QuadClass {q:?} is not 1, 2, 3 or 4"),
            )
        })?),
    };
    let actors = [actor(f, &c.actors[0]), actor(f, &c.actors[1])];
    if actors.iter().all(Option::is_none) {
        return Err(BadRow::new(
            Reason::NoActor,
            at(c.actors[0].code),
            "neither Actor1 nor Actor2 is coded",
        ));
    }
    let url = f.raw(c.url);
    if url.is_empty() {
        return Err(BadRow::new(
            Reason::NoSource,
            at(c.url),
            "SOURCEURL is empty",
        ));
    }
    let goldstein = scored(f, c.goldstein, "GoldsteinScale", 10.0)?;
    let tone = scored(f, c.tone, "AvgTone", 100.0)?;
    let counted = |col: Option<usize>, name: &str| -> Result<Option<u64>, BadRow> {
        match f.raw(col) {
            "" => Ok(None),
            t => count(t).map(Some).ok_or_else(|| {
                BadRow::new(
                    Reason::Number,
                    at(col),
                    format!("{name} {t:?} is not a count"),
                )
            }),
        }
    };
    let mentions = counted(c.mentions, "NumMentions")?;
    let sources = counted(c.sources, "NumSources")?;
    let articles = counted(c.articles, "NumArticles")?;
    let mut countries = SmallVec::new();
    for a in actors.iter().flatten() {
        if let Some(country) = a.country {
            countries.push(country);
        }
    }
    if let Some(out) = wanted.reject(date, &countries) {
        return Ok(out);
    }
    let mut actors = actors;
    for (a, cols) in actors.iter_mut().zip(&c.actors) {
        if let Some(a) = a {
            a.role = role(f, cols, a);
        }
    }
    let place = place(f.raw(c.place));
    let (kind, mediated) =
        cameo::kind(&event).unwrap_or((crate::data::InteractionKind::Statement, false));
    let what = cameo::short_description(&event).unwrap_or_else(|| format!("CAMEO {event}"));
    let summary = summary(&actors, &event, place.as_deref());
    Ok(Outcome::Kept(Record {
        key: id.to_owned(),
        date,
        sides: [
            actors[0].clone().into_iter().collect(),
            actors[1].clone().into_iter().collect(),
        ],
        coding: EventCoding {
            dataset: String::new(),
            scheme: Scheme::Cameo,
            event,
            subtype: None,
            intensity: None,
            fatalities: None,
            goldstein,
            tone,
            mentions,
            sources,
            articles,
            ids: Vec::new(),
        },
        class,
        kind,
        mediated,
        what,
        place,
        countries,
        source: Source {
            outlet: host(url).unwrap_or(url).to_owned(),
            title: None,
            date: None,
            url: Some(url.to_owned()),
        },
        summary,
        stamp: None,
    }))
}

fn quad(s: &str) -> Option<Class> {
    // Numbers may carry a trailing `.0`.
    match s.strip_suffix(".0").unwrap_or(s) {
        "1" => Some(Class::VerbalCooperation),
        "2" => Some(Class::MaterialCooperation),
        "3" => Some(Class::VerbalConflict),
        "4" => Some(Class::MaterialConflict),
        _ => None,
    }
}

/// A score on a scale from −`max` to +`max`; empty is `None`.
fn scored(f: &Fields<'_>, col: Option<usize>, name: &str, max: f64) -> Result<Option<f64>, BadRow> {
    let text = f.raw(col);
    if text.is_empty() {
        return Ok(None);
    }
    let v = float(text).ok_or_else(|| {
        BadRow::new(
            Reason::Number,
            at(col),
            format!("{name} {text:?} is not a number"),
        )
    })?;
    if !(-max..=max).contains(&v) {
        return Err(BadRow::new(
            Reason::Range,
            at(col),
            format!("{name} {text} is outside −{max} to +{max}"),
        ));
    }
    Ok(Some(v))
}

/// A place as a reader writes it: GDELT's ADM1 names carry a `*` where the province is named
/// after its capital (`Yerevan, Yerevan*, Armenia`); the marker and a name repeated next to
/// itself go (`Yerevan, Armenia`).
pub fn place(full: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for part in full.split(',') {
        let p = part.trim().trim_end_matches('*').trim();
        if !p.is_empty()
            && parts
                .last()
                .is_none_or(|last| !last.eq_ignore_ascii_case(p))
        {
            parts.push(p);
        }
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// A country code as the data format takes it: three capital letters.
fn country_code(code: &str) -> Option<&str> {
    (code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())).then_some(code)
}

/// An actor from a row's actor columns: kind and role from its CAMEO type codes.
fn actor<'a>(f: &Fields<'a>, c: &ActorCols) -> Option<Party<'a>> {
    let code = f.raw(c.code);
    let name = f.raw(c.name);
    if code.is_empty() && name.is_empty() {
        return None;
    }
    let known_group = f.raw(c.known_group);
    let types: SmallVec<[&str; 3]> = c
        .types
        .iter()
        .map(|&t| f.raw(t))
        .filter(|t| !t.is_empty())
        .collect();
    let country = country_code(f.raw(c.country));
    let region = country.and_then(cameo::region);
    let bare = types.is_empty() && known_group.is_empty() && Some(code) == country;
    let kind = if types.iter().any(|t| cameo::STATE_TYPES.contains(t)) {
        ActorKind::Office
    } else if types.iter().any(|t| cameo::ORGANIZATION_TYPES.contains(t))
        || (types.is_empty() && !known_group.is_empty())
    {
        ActorKind::Organization
    } else if bare && country.is_some() && region.is_none() {
        ActorKind::State
    } else {
        ActorKind::Group
    };
    Some(Party {
        code,
        name,
        country,
        kind,
        // Made once the row is kept: [`role`].
        role: String::new(),
        wikidata: None,
    })
}

/// What an actor is, from its CAMEO type codes: `government (ARM)`, `country (AZE)`.
fn role(f: &Fields<'_>, c: &ActorCols, a: &Party<'_>) -> String {
    let (code, country) = (a.code, a.country);
    let known_group = f.raw(c.known_group);
    let types: SmallVec<[&str; 3]> = c
        .types
        .iter()
        .map(|&t| f.raw(t))
        .filter(|t| !t.is_empty())
        .collect();
    let region = country.and_then(cameo::region);
    let bare = types.is_empty() && known_group.is_empty() && Some(code) == country;
    let mut role = if !types.is_empty() {
        types
            .iter()
            .map(|t| cameo::actor_type(t).unwrap_or(t))
            .collect::<Vec<_>>()
            .join(", ")
    } else if bare && region.is_some() {
        "region".to_owned()
    } else if bare && country.is_some() {
        "country".to_owned()
    } else if !known_group.is_empty() {
        format!("group {known_group}")
    } else {
        "actor".to_owned()
    };
    if let Some(c) = country {
        role.push_str(&format!(" ({c})"));
    }
    role
}

/// A few sentences made from the event's fields, and nothing else.
fn summary(actors: &[Option<Party<'_>>; 2], code: &str, place: Option<&str>) -> String {
    let who = |a: &Option<Party<'_>>| match a {
        Some(a) => {
            let name = if a.name.is_empty() { a.code } else { a.name };
            if a.code.is_empty() {
                name.to_owned()
            } else {
                format!("{name} ({})", a.code)
            }
        }
        None => "none coded".to_owned(),
    };
    let event = match cameo::description(code) {
        Some(d) => format!("CAMEO {code}, “{d}”"),
        None => match cameo::nearest_description(code) {
            Some((parent, d)) => {
                format!("CAMEO {code}, a code the codebook lacks, under {parent}, “{d}”")
            }
            None => format!("CAMEO {code}"),
        },
    };
    let mut s = format!(
        "Machine-coded by {DATASET}, not written by hand. Source actor: {}; target actor: {}; \
         event: {event}",
        who(&actors[0]),
        who(&actors[1]),
    );
    if let Some(place) = place {
        s.push_str(&format!("; place of the action: {place}"));
    }
    s.push('.');
    s
}

/// Reads every input, row by row, and builds the dataset of the rows kept. Fails when an
/// input cannot be read or is not a GDELT file.
pub fn import(inputs: &[Input], options: &Options) -> Result<Imported, InputError> {
    run::import(&mut Gdelt::new(), inputs, options, &mut |_, _, _| {})
}

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;

    /// A row of the shared export (GLOBALEVENTID 954708270), as GDELT wrote it.
    const ROW: &str = "954708270\t20201114\t202011\t2020\t2020.8603\tAFR\tAFRICA\tAFR\t\t\t\t\t\t\t\tNAM\tNAMIBIA\tNAM\t\t\t\t\t\t\t\t1\t057\t057\t05\t1\t8.0\t3\t1\t3\t-3.41176470588235\t4\tCabo Delgado, Cabo Delgado, Mozambique\tMZ\tMZ01\t21846\t-10.7067\t40.6328\t-312482\t4\tCabo Delgado, Cabo Delgado, Mozambique\tMZ\tMZ01\t21846\t-10.7067\t40.6328\t-312482\t4\tCabo Delgado, Cabo Delgado, Mozambique\tMZ\tMZ01\t21846\t-10.7067\t40.6328\t-312482\t20201114071500\thttps://southerntimesafrica.com/site/news/soldier-of-fortune";

    fn parse(line: &str) -> Result<Record<'static>, BadRow> {
        let cells: Vec<Cow<'static, str>> =
            line.split('\t').map(|s| Cow::Owned(s.to_owned())).collect();
        let cells: &'static [Cow<'static, str>] = Box::leak(cells.into_boxed_slice());
        let mut g = Gdelt::new();
        g.begin(line).unwrap();
        match g.row(&Fields::new(cells), &Wanted::ALL)? {
            Outcome::Kept(record) => Ok(record),
            other => panic!("every row is wanted: {other:?}"),
        }
    }

    fn with(column: usize, value: &str) -> String {
        let mut f: Vec<&str> = ROW.split('\t').collect();
        f[column] = value;
        f.join("\t")
    }

    #[test]
    fn parses_a_real_row() {
        let row = parse(ROW).unwrap();
        assert_eq!(row.key, "954708270");
        assert_eq!(row.date.to_string(), "2020-11-14");
        let a1 = &row.sides[0][0];
        assert_eq!(
            (a1.code, a1.name, a1.country),
            ("AFR", "AFRICA", Some("AFR"))
        );
        let a2 = &row.sides[1][0];
        assert_eq!(
            (a2.code, a2.name, a2.country),
            ("NAM", "NAMIBIA", Some("NAM"))
        );
        assert_eq!(row.coding.event, "057");
        assert_eq!(row.class, Some(Class::VerbalCooperation));
        assert_eq!(row.coding.goldstein, Some(8.0));
        assert_eq!(
            (row.coding.mentions, row.coding.sources, row.coding.articles),
            (Some(3), Some(1), Some(3))
        );
        assert_eq!(row.coding.tone, Some(-3.41176470588235));
        assert_eq!(
            (a1.role.as_str(), a2.role.as_str()),
            ("region (AFR)", "country (NAM)")
        );
        assert_eq!(row.place.as_deref(), Some("Cabo Delgado, Mozambique"));
        assert!(
            row.source
                .url
                .as_deref()
                .unwrap()
                .ends_with("/soldier-of-fortune")
        );
    }

    #[test]
    fn bad_rows_say_why_and_where() {
        let short = ROW.splitn(10, '\t').take(9).collect::<Vec<_>>().join("\t");
        let bad = parse(&short).unwrap_err();
        assert_eq!(
            (bad.reason, bad.message.as_str()),
            (Reason::Columns, "9 columns, expected 61")
        );
        for (column, value, reason) in [
            (col::SQLDATE, "20201131", Reason::Date),
            (col::SQLDATE, "2020-11-14", Reason::Date),
            (col::SQLDATE, "20200000", Reason::Date),
            (col::SQLDATE, "20201100", Reason::Date),
            (col::GLOBALEVENTID, "", Reason::Id),
            (col::EVENT_CODE, "210", Reason::EventCode),
            (col::EVENT_CODE, "", Reason::EventCode),
            (col::QUAD_CLASS, "5", Reason::QuadClass),
            (col::GOLDSTEIN, "high", Reason::Number),
            (col::GOLDSTEIN, "11", Reason::Range),
            (col::GOLDSTEIN, "-10.5", Reason::Range),
            (col::AVG_TONE, "NaN", Reason::Number),
            (col::AVG_TONE, "101", Reason::Range),
            (col::NUM_MENTIONS, "-1", Reason::Number),
            (col::SOURCEURL, "", Reason::NoSource),
        ] {
            let bad = parse(&with(column, value)).unwrap_err();
            assert_eq!((bad.reason, bad.column), (reason, column), "{value:?}");
        }
    }

    #[test]
    fn leading_zeros_come_back() {
        let restore = cameo::restore_zero;
        assert_eq!(restore("42", "4").as_deref(), Some("042"));
        assert_eq!(restore("231", "2").as_deref(), Some("0231"));
        assert_eq!(restore("190", "19").as_deref(), Some("190"));
        assert_eq!(restore("42", "").as_deref(), Some("042"));
        assert_eq!(restore("057", "05").as_deref(), Some("057"));
        assert_eq!(restore("10", "").as_deref(), Some("10"));
        assert_eq!(restore("210", ""), None);
        assert_eq!(restore("4x", ""), None);
    }

    #[test]
    fn places_read_as_written() {
        assert_eq!(
            place("Yerevan, Yerevan*, Armenia").as_deref(),
            Some("Yerevan, Armenia")
        );
        assert_eq!(place("Armenia").as_deref(), Some("Armenia"));
        assert_eq!(
            place("Baku, Baki*, Azerbaijan").as_deref(),
            Some("Baku, Baki, Azerbaijan")
        );
        assert_eq!(place(" "), None);
    }
}
