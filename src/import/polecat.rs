//! POLECAT (the successor of ICEWS, coded in the PLOVER ontology): tab-separated files with a
//! header, `None` for null, no quoting, actors as `;`-separated lists (items sometimes in
//! quotes), and mixed encodings (a field that is not UTF-8 is read as ISO 8859-1). Older
//! files name `Event Intensity` `Intensity`; extra columns (`Headline`, trailing tabs) are
//! ignored.

use smallvec::SmallVec;

use super::countries;
use super::fields::Fields;
use super::format::{Description, Format, Layout, Outcome, Wanted};
use super::header::{Header, header_cells};
use super::record::{BadRow, Party, Reason, Record, role_with_country};
use super::value::{self, Order, list};
use crate::data::{ActorKind, Class, EventCoding, InteractionKind, PLOVER_TYPES, Scheme, Source};

/// What the interactions' codings name as their dataset.
pub const DATASET: &str = "POLECAT";

/// The POLECAT format's names, and how its ids are kept.
pub const DESCRIPTION: Description = Description {
    name: "POLECAT",
    command: "polecat",
    about: "Machine-coded events in the PLOVER ontology: each title and summary is made from the \
            codes POLECAT gives, not written by hand, and there are no quotes; where no date was \
            found in a story, POLECAT dates the event on the day it was published",
    dataset: DATASET,
    prefix: "polecat",
    id_name: "Event ID",
    folds: false,
    joins: false,
};

#[derive(Debug, Clone, Copy, Default)]
struct Side {
    name: Option<usize>,
    raw: Option<usize>,
    country: Option<usize>,
    sector: Option<usize>,
    title: Option<usize>,
    wiki: Option<usize>,
}

#[derive(Debug, Clone, Copy, Default)]
struct Cols {
    id: Option<usize>,
    date: Option<usize>,
    event_type: Option<usize>,
    mode: Option<usize>,
    intensity: Option<usize>,
    quad: Option<usize>,
    contexts: Option<usize>,
    sides: [Side; 2],
    place: [Option<usize>; 4],
    country: Option<usize>,
    source: Option<usize>,
    published: Option<usize>,
}

impl Cols {
    fn from(h: &Header) -> Cols {
        let side = |who: &str| Side {
            name: h.find(&[&format!("{who} Name")]),
            raw: h.find(&[&format!("{who} Name Raw")]),
            country: h.find(&[&format!("{who} Country")]),
            sector: h.find(&[&format!("Primary {who} Sector")]),
            title: h.find(&[&format!("{who} Title")]),
            wiki: h.find(&[
                &format!("Wikipedia {who} ID"),
                &format!("{who} Wikidata ID"),
            ]),
        };
        Cols {
            id: h.find(&["Event ID"]),
            date: h.find(&["Event Date"]),
            event_type: h.find(&["Event Type"]),
            mode: h.find(&["Event Mode"]),
            intensity: h.find(&["Event Intensity", "Intensity"]),
            quad: h.find(&["Quad Code"]),
            contexts: h.find(&["Contexts"]),
            sides: [side("Actor"), side("Recipient")],
            place: [
                h.find(&["Placename"]),
                h.find(&["City"]),
                h.find(&["District"]),
                h.find(&["Province"]),
            ],
            country: h.find(&["Country"]),
            source: h.find(&["Source"]),
            published: h.find(&["Publication Date"]),
        }
    }
}

/// Whether a header line is POLECAT's: Event ID, Event Type, and Quad Code or Actor Name.
pub fn is_header(line: &str) -> bool {
    let c = Cols::from(&Header::new(header_cells(line, '\t')));
    c.id.is_some() && c.event_type.is_some() && (c.quad.is_some() || c.sides[0].name.is_some())
}

/// The POLECAT format.
#[derive(Debug, Default)]
pub struct Polecat {
    cols: Cols,
}

impl Format for Polecat {
    fn description(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn begin(&mut self, first: &str) -> Result<Layout, String> {
        self.cols = Cols::from(&Header::new(header_cells(first, '\t')));
        if !is_header(first) || self.cols.date.is_none() {
            return Err(
                "not a POLECAT file: expected a tab-separated header naming Event ID, \
                        Event Date, Event Type and Quad Code"
                    .to_owned(),
            );
        }
        Ok(Layout {
            delimiter: b'\t',
            quoting: false,
            header: true,
            latin1: true,
        })
    }

    fn row<'a>(&self, f: &Fields<'a>, wanted: &Wanted<'_>) -> Result<Outcome<'a>, BadRow> {
        row(&self.cols, f, wanted)
    }
}

/// A PLOVER quad code: `VERBAL COOPERATION` (or 1) … `MATERIAL CONFLICT` (or 4), in any
/// case, with `_` for the space.
fn quad(text: &str) -> Option<Class> {
    let t = text.trim();
    let t = t.strip_suffix(".0").unwrap_or(t);
    let is = |name: &str| {
        t.len() == name.len()
            && t.bytes()
                .zip(name.bytes())
                .all(|(a, b)| a.to_ascii_uppercase() == b || (a == b'_' && b == b' '))
    };
    Some(if is("VERBAL COOPERATION") || t == "1" {
        Class::VerbalCooperation
    } else if is("MATERIAL COOPERATION") || t == "2" {
        Class::MaterialCooperation
    } else if is("VERBAL CONFLICT") || t == "3" {
        Class::VerbalConflict
    } else if is("MATERIAL CONFLICT") || t == "4" {
        Class::MaterialConflict
    } else {
        return None;
    })
}

/// How a PLOVER event type (and its mode) shows in readout.
pub fn kind(event: &str, mode: Option<&str>) -> InteractionKind {
    match (event, mode.unwrap_or_default()) {
        ("AGREE", _) => InteractionKind::Agreement,
        ("CONSULT", "visit") => InteractionKind::Visit,
        ("CONSULT", "phone") => InteractionKind::PhoneCall,
        ("CONSULT", _) => InteractionKind::Meeting,
        ("SUPPORT" | "REQUEST" | "ACCUSE" | "REJECT" | "THREATEN", _) => InteractionKind::Statement,
        ("ASSAULT", _) => InteractionKind::Clash,
        _ => InteractionKind::Action,
    }
}

/// The item at `i` of a `;`-separated list column, or its only item: positions count, so
/// `Q1;None` gives the second name no id.
fn nth<'a>(f: &Fields<'a>, col: Option<usize>, i: usize) -> Option<&'a str> {
    let raw = f.get(col)?;
    let item = if raw.contains(';') {
        raw.split(';').nth(i)?
    } else {
        raw
    };
    list(item, false).next()
}

/// The actors of one side: its `;`-separated names, each with the country, title and
/// Wikipedia/Wikidata id at the same place in their lists (or the only one given). Their
/// roles are made once the row is kept ([`roles`]).
fn parties<'a>(f: &Fields<'a>, s: &Side) -> SmallVec<[Party<'a>; 1]> {
    let names = f.get(s.name).or_else(|| f.get(s.raw)).unwrap_or_default();
    let sector = f.get(s.sector);
    list(names, false)
        .enumerate()
        .map(|(i, name)| {
            let code = nth(f, s.country, i)
                .filter(|c| c.len() == 3 && c.bytes().all(|b| b.is_ascii_uppercase()));
            let wikidata = nth(f, s.wiki, i).filter(|q| {
                q.len() > 1 && q.starts_with('Q') && q[1..].bytes().all(|b| b.is_ascii_digit())
            });
            let iso = code.and_then(countries::alpha3);
            let kind = if iso.is_some() && countries::by_name(name) == iso {
                ActorKind::State
            } else if nth(f, s.title, i).is_some() {
                ActorKind::Person
            } else if sector.is_some_and(|s| crate::data::cameo::STATE_TYPES.contains(&s)) {
                ActorKind::Office
            } else if sector.is_some() {
                ActorKind::Organization
            } else {
                ActorKind::Group
            };
            Party {
                code: "",
                name,
                country: code,
                kind,
                role: String::new(),
                wikidata,
            }
        })
        .collect()
}

/// The roles of a kept row's actors: the title, else what the sector says, with the country.
fn roles(f: &Fields<'_>, s: &Side, parties: &mut [Party<'_>]) {
    let sector = f.get(s.sector);
    for (i, p) in parties.iter_mut().enumerate() {
        let role = match (nth(f, s.title, i), sector) {
            (Some(t), _) => t,
            (None, Some(s)) => crate::data::cameo::actor_type(s).unwrap_or(s),
            (None, None) if p.kind == ActorKind::State => "country",
            (None, None) => "actor",
        };
        p.role = role_with_country(role, p.country);
    }
}

fn row<'a>(c: &Cols, f: &Fields<'a>, wanted: &Wanted<'_>) -> Result<Outcome<'a>, BadRow> {
    let id = f.raw(c.id);
    if value::present(id).is_none() {
        return Err(BadRow::in_column(Reason::Id, c.id, "Event ID is empty"));
    }
    let date = value::day(f.raw(c.date), Order::DayFirst)
        .map_err(|why| BadRow::in_column(Reason::Date, c.date, format!("Event Date {why}")))?;
    let event_type = f.raw(c.event_type);
    let Some(event) = PLOVER_TYPES
        .iter()
        .find(|t| t.eq_ignore_ascii_case(event_type))
        .copied()
    else {
        return Err(BadRow::in_column(
            Reason::EventCode,
            c.event_type,
            format!(
                "Event Type {:?} is not a PLOVER event type",
                f.raw(c.event_type)
            ),
        ));
    };
    let mode = f.get(c.mode).filter(|m| !m.contains('\n'));
    let class = match f.get(c.quad) {
        None => None,
        Some(q) => Some(quad(q).ok_or_else(|| {
            BadRow::in_column(
                Reason::QuadClass,
                c.quad,
                format!("Quad Code {q:?} is not a PLOVER quad code"),
            )
        })?),
    };
    let intensity = f.number_within(c.intensity, "Event Intensity", -10.0..=10.0)?;
    let mut sides = [parties(f, &c.sides[0]), parties(f, &c.sides[1])];
    if sides.iter().all(|s| s.is_empty()) {
        return Err(BadRow::in_column(
            Reason::NoActor,
            c.sides[0].name,
            "neither Actor Name nor Recipient Name is given",
        ));
    }
    let published = f
        .get(c.published)
        .and_then(|p| value::day(p, Order::DayFirst).ok());
    let event_country = f.get(c.country).and_then(countries::alpha3);
    let mut country_codes: SmallVec<[&'a str; 4]> = SmallVec::new();
    country_codes.extend(sides.iter().flatten().filter_map(|p| p.country));
    country_codes.extend(event_country);
    if let Some(out) = wanted.reject(date, &country_codes) {
        return Ok(out);
    }
    for (side, parties) in c.sides.iter().zip(&mut sides) {
        roles(f, side, parties);
    }
    let mut parts: Vec<&str> = c.place.iter().filter_map(|&p| f.get(p)).collect();
    let country_name = event_country.and_then(|c| {
        countries::COUNTRIES
            .iter()
            .find(|(a, _, _)| *a == c)
            .map(|(_, _, n)| n[0])
    });
    parts.extend(country_name);
    let place = value::place(&parts.join(", "));
    let kind = kind(event, mode);
    let what = match mode {
        Some(m) => format!("{} ({m})", event.to_ascii_lowercase()),
        None => event.to_ascii_lowercase(),
    };
    let names = |s: &SmallVec<[Party<'_>; 1]>| {
        if s.is_empty() {
            "none coded".to_owned()
        } else {
            s.iter().map(|p| p.name).collect::<Vec<_>>().join(", ")
        }
    };
    let mut summary = format!(
        "Machine-coded by {DATASET} in the PLOVER ontology, not written by hand. Actors: {}; \
         recipients: {}; event: {event}",
        names(&sides[0]),
        names(&sides[1]),
    );
    if let Some(m) = mode {
        summary.push_str(&format!(", mode {m}"));
    }
    let contexts: Vec<&str> = list(f.raw(c.contexts), false).collect();
    if !contexts.is_empty() {
        summary.push_str(&format!("; contexts: {}", contexts.join(", ")));
    }
    if let Some(p) = &place {
        summary.push_str(&format!("; place: {p}"));
    }
    summary.push('.');
    if published == Some(date) {
        summary.push_str(" The event date is the story's publication date, which POLECAT also gives when the story names no date.");
    }
    let publisher = f.get(c.source);
    Ok(Outcome::Kept(Record {
        key: id.to_owned(),
        date,
        sides,
        coding: EventCoding {
            dataset: String::new(),
            scheme: Scheme::Plover,
            event: event.to_owned(),
            subtype: mode.map(str::to_owned),
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
        mediated: false,
        what,
        place,
        countries: country_codes,
        source: Source {
            outlet: publisher.unwrap_or(DATASET).to_owned(),
            title: Some(format!("POLECAT event {id}")),
            date: published,
            url: None,
        },
        summary,
        stamp: None,
    }))
}
