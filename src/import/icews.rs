//! ICEWS coded event data (Dataverse, 1995–2023): 20 tab-separated columns with a header,
//! `NA` for null and no quoting (names hold apostrophes and stray quotes). The 2017 file
//! writes dates as `1/1/2017` and lacks the `CAMEO Code` column: the code then comes from the
//! `Event Text`, the codebook's description.

use smallvec::SmallVec;

use super::countries;
use super::fields::Fields;
use super::format::{Description, Format, Layout, Outcome, Wanted};
use super::header::{Header, header_cells};
use super::record::{BadRow, Party, Reason, Record, role_with_country};
use super::value::{self, Order, list};
use crate::data::cameo;
use crate::data::{ActorKind, EventCoding, InteractionKind, Scheme, Source};

/// What the interactions' codings name as their dataset.
pub const DATASET: &str = "ICEWS";

/// The ICEWS format's names, and how its ids are kept.
pub const DESCRIPTION: Description = Description {
    name: "ICEWS",
    command: "icews",
    about: "Machine-coded events: each title and summary is made from the codes ICEWS gives, not \
            written by hand, there are no quotes, and one sentence may be coded as two events \
            (a visit is 042 one way and 043 the other)",
    dataset: DATASET,
    prefix: "icews",
    id_name: "Event ID and Event Date",
    folds: false,
    joins: false,
};

#[derive(Debug, Clone, Copy, Default)]
struct Side {
    name: Option<usize>,
    sectors: Option<usize>,
    country: Option<usize>,
}

#[derive(Debug, Clone, Copy, Default)]
struct Cols {
    id: Option<usize>,
    date: Option<usize>,
    sides: [Side; 2],
    text: Option<usize>,
    code: Option<usize>,
    intensity: Option<usize>,
    story: Option<usize>,
    sentence: Option<usize>,
    publisher: Option<usize>,
    place: [Option<usize>; 4],
}

impl Cols {
    fn from(h: &Header) -> Cols {
        let side = |who: &str| Side {
            name: h.find(&[&format!("{who} Name")]),
            sectors: h.find(&[&format!("{who} Sectors")]),
            country: h.find(&[&format!("{who} Country")]),
        };
        Cols {
            id: h.find(&["Event ID"]),
            date: h.find(&["Event Date"]),
            sides: [side("Source"), side("Target")],
            text: h.find(&["Event Text"]),
            code: h.find(&["CAMEO Code"]),
            intensity: h.find(&["Intensity"]),
            story: h.find(&["Story ID"]),
            sentence: h.find(&["Sentence Number"]),
            publisher: h.find(&["Publisher"]),
            place: [
                h.find(&["City"]),
                h.find(&["District"]),
                h.find(&["Province"]),
                h.find(&["Country"]),
            ],
        }
    }
}

/// Whether a header line is ICEWS's: Event ID, Source Name, and a CAMEO Code or Event Text.
pub fn is_header(line: &str) -> bool {
    let c = Cols::from(&Header::new(header_cells(line, '\t')));
    c.id.is_some() && c.sides[0].name.is_some() && (c.code.is_some() || c.text.is_some())
}

/// The ICEWS format.
#[derive(Debug, Default)]
pub struct Icews {
    cols: Cols,
}

impl Format for Icews {
    fn description(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn begin(&mut self, first: &str) -> Result<Layout, String> {
        let h = Header::new(header_cells(first, '\t'));
        self.cols = Cols::from(&h);
        if !is_header(first) || self.cols.date.is_none() {
            return Err(
                "not an ICEWS file: expected a tab-separated header naming Event ID, \
                        Event Date, Source Name and CAMEO Code (or Event Text)"
                    .to_owned(),
            );
        }
        Ok(Layout {
            delimiter: b'\t',
            quoting: false,
            header: true,
            latin1: false,
        })
    }

    fn row<'a>(&self, f: &Fields<'a>, wanted: &Wanted<'_>) -> Result<Outcome<'a>, BadRow> {
        row(&self.cols, f, wanted)
    }
}

/// The sectors ICEWS gives an office of state.
const OFFICE: [&str; 7] = [
    "Government",
    "Executive",
    "Military",
    "Police",
    "Legislative",
    "Foreign Ministry",
    "Cabinet",
];

/// An ICEWS actor: its sectors make it an office (government, military, police…), a country
/// named as itself a state. Its role is made once the row is kept ([`role`]).
fn party<'a>(f: &Fields<'a>, s: &Side) -> Option<Party<'a>> {
    let name = f.get(s.name)?;
    let country_name = f.get(s.country);
    let mut sectors = list(f.raw(s.sectors), true).peekable();
    let kind = if country_name.is_some_and(|c| c.eq_ignore_ascii_case(name)) {
        ActorKind::State
    } else if sectors.peek().is_none() {
        ActorKind::Group
    } else if sectors.any(|s| OFFICE.iter().any(|o| s.contains(o))) {
        ActorKind::Office
    } else {
        ActorKind::Organization
    };
    Some(Party {
        code: "",
        name,
        country: country_name.and_then(countries::by_name),
        kind,
        role: String::new(),
        wikidata: None,
    })
}

/// What a kept row's actor is: its sectors, or `country`, with its country.
fn role(f: &Fields<'_>, s: &Side, party: &Party<'_>) -> String {
    let sectors: SmallVec<[&str; 4]> = list(f.raw(s.sectors), true).collect();
    let role = match sectors.as_slice() {
        [] if party.kind == ActorKind::State => "country".to_owned(),
        [] => "actor".to_owned(),
        sectors => sectors.join(", "),
    };
    role_with_country(&role, party.country)
}

fn row<'a>(c: &Cols, f: &Fields<'a>, wanted: &Wanted<'_>) -> Result<Outcome<'a>, BadRow> {
    let id = f.raw(c.id);
    if id.is_empty() || !id.bytes().all(|b| b.is_ascii_digit()) {
        return Err(BadRow::in_column(
            Reason::Id,
            c.id,
            format!("Event ID {id:?} is not a number"),
        ));
    }
    let date = value::day(f.raw(c.date), Order::MonthFirst)
        .map_err(|why| BadRow::in_column(Reason::Date, c.date, format!("Event Date {why}")))?;
    let text = f.raw(c.text);
    let code = match c.code {
        Some(_) => cameo::restore_zero(f.raw(c.code), ""),
        None => cameo::code_of(text).map(str::to_owned),
    }
    .ok_or_else(|| {
        BadRow::in_column(
            Reason::EventCode,
            c.code.or(c.text),
            format!(
                "CAMEO Code {:?} ({text:?}) is not a CAMEO event code",
                f.raw(c.code)
            ),
        )
    })?;
    let intensity = f.number_within(c.intensity, "Intensity", -10.0..=10.0)?;
    let mut actors = [party(f, &c.sides[0]), party(f, &c.sides[1])];
    if actors.iter().all(Option::is_none) {
        return Err(BadRow::in_column(
            Reason::NoActor,
            c.sides[0].name,
            "neither Source Name nor Target Name is given",
        ));
    }
    let mut country_codes: SmallVec<[&'a str; 4]> = SmallVec::new();
    country_codes.extend(actors.iter().flatten().filter_map(|a| a.country));
    country_codes.extend(f.get(c.place[3]).and_then(countries::by_name));
    if let Some(out) = wanted.reject(date, &country_codes) {
        return Ok(out);
    }
    for (side, actor) in c.sides.iter().zip(&mut actors) {
        if let Some(a) = actor {
            a.role = role(f, side, a);
        }
    }
    let place_parts: Vec<&str> = c.place.iter().filter_map(|&p| f.get(p)).collect();
    let place = value::place(&place_parts.join(", "));
    let (kind, mediated) = cameo::kind(&code).unwrap_or((InteractionKind::Statement, false));
    let class = cameo::root(&code).and_then(cameo::quad_class);
    let what = cameo::short_description(&code).unwrap_or_else(|| format!("CAMEO {code}"));
    let publisher = f.get(c.publisher);
    let story = f.get(c.story);
    let sentence = f.get(c.sentence);
    let mut cite = match (story, sentence) {
        (Some(s), Some(n)) => format!("story {s}, sentence {n}"),
        (Some(s), None) => format!("story {s}"),
        _ => format!("ICEWS event {id}"),
    };
    if story.is_some() {
        cite = format!("ICEWS {cite}");
    }
    let who = |a: &Option<Party<'_>>| {
        a.as_ref().map_or_else(
            || "none coded".to_owned(),
            |a| format!("{} ({})", a.name, a.role),
        )
    };
    let mut summary = format!(
        "Machine-coded by {DATASET}, not written by hand. Source actor: {}; target actor: {}; \
         event: CAMEO {code}, “{}”",
        who(&actors[0]),
        who(&actors[1]),
        cameo::nearest_description(&code).map_or(text, |(_, d)| d),
    );
    if let Some(p) = &place {
        summary.push_str(&format!("; place: {p}"));
    }
    summary.push('.');
    let [a0, a1] = actors;
    Ok(Outcome::Kept(Record {
        key: format!("{id}@{date}"),
        date,
        sides: [a0.into_iter().collect(), a1.into_iter().collect()],
        coding: EventCoding {
            dataset: String::new(),
            scheme: Scheme::Cameo,
            event: code,
            subtype: None,
            intensity,
            fatalities: None,
            goldstein: None,
            tone: None,
            mentions: None,
            sources: None,
            articles: None,
            ids: Vec::new(),
        },
        class,
        kind,
        mediated,
        what,
        place,
        countries: country_codes,
        source: Source {
            outlet: publisher.unwrap_or(DATASET).to_owned(),
            title: Some(cite),
            date: None,
            url: None,
        },
        summary,
        stamp: None,
    }))
}
