//! ACLED (Armed Conflict Location & Event Data) exports: the 31 columns of the export tool and
//! the API since March 2023, the 28 columns of earlier and HDX files (with their row of HXL
//! hashtags), the older codebooks' and version 7's upper-case names, monadic exports (one row
//! per actor), and dates as `2024-11-01`, `01 November 2024`, `5-Aug-24` or `05-08-2024`.
//! Columns are found by name; only `event_id_cnty`, `event_date`, `event_type` and `actor1`
//! are required.

use smallvec::SmallVec;

use super::countries;
use super::fields::Fields;
use super::format::{Description, Format, Layout, Outcome, Wanted};
use super::header::{Header, header_cells, missing, sniff};
use super::record::{BadRow, Party, Reason, Record, role_with_country};
use super::value::{self, Order, count, list};
use crate::data::{ActorKind, Class, Date, EventCoding, InteractionKind, Scheme, Source};

/// What the interactions' codings name as their dataset.
pub const DATASET: &str = "ACLED";

/// The ACLED format's names, and how its ids are kept.
pub const DESCRIPTION: Description = Description {
    name: "ACLED",
    command: "acled",
    about: "Events coded by ACLED's researchers: each summary is ACLED's notes, a summary in its \
            coders' words and never a quote; titles are made from the event type and actors",
    dataset: DATASET,
    prefix: "acled",
    id_name: "event_id_cnty",
    folds: false,
    joins: true,
};

#[derive(Debug, Clone, Copy, Default)]
struct Cols {
    id: Option<usize>,
    date: Option<usize>,
    precision: Option<usize>,
    event_type: Option<usize>,
    sub_event: Option<usize>,
    actors: [Option<usize>; 2],
    assoc: [Option<usize>; 2],
    inter: [Option<usize>; 2],
    iso: Option<usize>,
    iso3: Option<usize>,
    country: Option<usize>,
    admin: [Option<usize>; 3],
    location: Option<usize>,
    source: Option<usize>,
    notes: Option<usize>,
    fatalities: Option<usize>,
    timestamp: Option<usize>,
    civilians: Option<usize>,
}

impl Cols {
    fn from(h: &Header) -> Cols {
        Cols {
            id: h.find(&["event_id_cnty"]),
            date: h.find(&["event_date"]),
            precision: h.find(&["time_precision"]),
            event_type: h.find(&["event_type"]),
            sub_event: h.find(&["sub_event_type"]),
            actors: [h.find(&["actor1"]), h.find(&["actor2"])],
            assoc: [
                h.find(&["assoc_actor_1", "ally_actor_1"]),
                h.find(&["assoc_actor_2", "ally_actor_2"]),
            ],
            inter: [h.find(&["inter1"]), h.find(&["inter2"])],
            iso: h.find(&["iso"]),
            iso3: h.find(&["iso3"]),
            country: h.find(&["country"]),
            admin: [
                h.find(&["admin1"]),
                h.find(&["admin2"]),
                h.find(&["admin3"]),
            ],
            location: h.find(&["location"]),
            source: h.find(&["source"]),
            notes: h.find(&["notes"]),
            fatalities: h.find(&["fatalities"]),
            timestamp: h.find(&["timestamp"]),
            civilians: h.find(&["civilian_targeting"]),
        }
    }
}

/// Whether a header line is ACLED's: it names `event_id_cnty`.
pub fn is_header(line: &str) -> bool {
    let h = Header::new(header_cells(line, char::from(sniff(line))));
    h.find(&["event_id_cnty"]).is_some() && h.find(&["event_date"]).is_some()
}

/// The ACLED format.
#[derive(Debug, Default)]
pub struct Acled {
    cols: Cols,
}

impl Format for Acled {
    fn description(&self) -> &'static Description {
        &DESCRIPTION
    }

    fn begin(&mut self, first: &str) -> Result<Layout, String> {
        let delimiter = sniff(first);
        let h = Header::new(header_cells(first, char::from(delimiter)));
        self.cols = Cols::from(&h);
        let c = &self.cols;
        let missing = missing(&[
            (c.id, "event_id_cnty"),
            (c.date, "event_date"),
            (c.event_type, "event_type"),
            (c.actors[0], "actor1"),
        ]);
        if !missing.is_empty() {
            return Err(format!(
                "not an ACLED export: the header has no column {}",
                missing.join(", ")
            ));
        }
        Ok(Layout {
            delimiter,
            quoting: true,
            header: true,
            latin1: false,
        })
    }

    fn row<'a>(&self, f: &Fields<'a>, wanted: &Wanted<'_>) -> Result<Outcome<'a>, BadRow> {
        row(&self.cols, f, wanted)
    }
}

/// What ACLED's actor type codes (`inter1`, `inter2`: a number, or its text) say an actor is.
fn inter(text: &str) -> Option<(&'static str, ActorKind)> {
    const TYPES: [(&str, ActorKind); 8] = [
        ("State forces", ActorKind::Office),
        ("Rebel group", ActorKind::Organization),
        ("Political militia", ActorKind::Organization),
        ("Identity militia", ActorKind::Organization),
        ("Rioters", ActorKind::Group),
        ("Protesters", ActorKind::Group),
        ("Civilians", ActorKind::Group),
        ("External/Other forces", ActorKind::Organization),
    ];
    if let Some(n) = count(text) {
        return (1..=8).contains(&n).then(|| TYPES[n as usize - 1]);
    }
    TYPES
        .iter()
        .find(|(t, _)| t.eq_ignore_ascii_case(text.trim()))
        .copied()
}

/// The country an ACLED actor's name gives: `Protesters (Armenia)`, `Military Forces of
/// Azerbaijan (2003-)`.
fn actor_country(name: &str) -> Option<&'static str> {
    let bytes = name.as_bytes();
    let (head, tail) = match memchr::memrchr(b'(', bytes) {
        Some(open) if open > 0 && bytes[open - 1] == b' ' => {
            (&name[..open - 1], name[open + 1..].trim_end_matches(')'))
        }
        _ => (name, ""),
    };
    let in_brackets = if tail.is_empty() {
        None
    } else {
        countries::by_name(tail)
    };
    in_brackets.or_else(|| {
        let of = memchr::memmem::rfind(head.as_bytes(), b" of ")?;
        countries::by_name(&head[of + 4..])
    })
}

/// ACLED's event and sub-event types as readout's interaction kinds and CAMEO quad classes
/// (documented in data/README.md): violence is a clash and material conflict; protests and
/// riots are material conflict as in CAMEO (14, 145); agreements are verbal cooperation.
pub fn kind(event_type: &str, sub_event: &str) -> (InteractionKind, Option<Class>) {
    let t = event_type.to_ascii_lowercase();
    let s = sub_event.to_ascii_lowercase();
    if t.starts_with("battle")
        || t.starts_with("explosions")
        || t == "remote violence"
        || t == "violence against civilians"
    {
        return (InteractionKind::Clash, Some(Class::MaterialConflict));
    }
    if t.starts_with("protest") || t.starts_with("riot") {
        return (InteractionKind::Action, Some(Class::MaterialConflict));
    }
    match s.as_str() {
        "agreement" => (InteractionKind::Agreement, Some(Class::VerbalCooperation)),
        "arrests" | "disrupted weapons use" | "looting/property destruction" => {
            (InteractionKind::Action, Some(Class::MaterialConflict))
        }
        "headquarters or base established" => {
            (InteractionKind::Action, Some(Class::MaterialConflict))
        }
        "non-violent transfer of territory" => {
            (InteractionKind::Action, Some(Class::MaterialCooperation))
        }
        _ if t == "non-violent transfer of territory" => {
            (InteractionKind::Action, Some(Class::MaterialCooperation))
        }
        _ => (InteractionKind::Action, None),
    }
}

fn row<'a>(c: &Cols, f: &Fields<'a>, wanted: &Wanted<'_>) -> Result<Outcome<'a>, BadRow> {
    let id = f.raw(c.id);
    if id.is_empty() {
        return Err(BadRow::in_column(
            Reason::Id,
            c.id,
            "event_id_cnty is empty",
        ));
    }
    let day = value::day(f.raw(c.date), Order::DayFirst)
        .map_err(|why| BadRow::in_column(Reason::Date, c.date, format!("event_date {why}")))?;
    let (date, precision_note) = match f.raw(c.precision) {
        "" | "1" => (day, ""),
        "2" => (
            day.week_of(),
            " ACLED knows the date only to the week (time_precision 2).",
        ),
        "3" => (
            Date::ym(day.year(), day.month().unwrap_or(1)).unwrap_or(day),
            " ACLED knows the date only to the month (time_precision 3).",
        ),
        p => {
            return Err(BadRow::in_column(
                Reason::Number,
                c.precision,
                format!("time_precision {p:?} is not 1, 2 or 3"),
            ));
        }
    };
    let event_type = f.raw(c.event_type);
    if event_type.is_empty() || event_type.contains('\n') {
        return Err(BadRow::in_column(
            Reason::EventCode,
            c.event_type,
            format!("event_type {event_type:?} is not an event type"),
        ));
    }
    let sub_event = f.get(c.sub_event).filter(|s| !s.contains('\n'));
    let fatalities = match f.raw(c.fatalities) {
        "" => None,
        t => Some(count(t).ok_or_else(|| {
            BadRow::in_column(
                Reason::Number,
                c.fatalities,
                format!("fatalities {t:?} is not a count"),
            )
        })?),
    };
    let stamp = count(f.raw(c.timestamp));
    let mut sides: [SmallVec<[Party<'a>; 1]>; 2] = Default::default();
    for (side, parties) in sides.iter_mut().enumerate() {
        let Some(main) = f.get(c.actors[side]) else {
            continue;
        };
        let kind = inter(f.raw(c.inter[side])).map_or(ActorKind::Group, |(_, kind)| kind);
        // Roles are made once the row is kept.
        parties.push(Party {
            code: "",
            name: main,
            country: actor_country(main),
            kind,
            role: String::new(),
            wikidata: None,
        });
        for assoc in list(f.raw(c.assoc[side]), false) {
            parties.push(Party {
                code: "",
                name: assoc,
                country: actor_country(assoc),
                kind: ActorKind::Group,
                role: String::new(),
                wikidata: None,
            });
        }
    }
    if sides[0].is_empty() && sides[1].is_empty() {
        return Err(BadRow::in_column(
            Reason::NoActor,
            c.actors[0],
            "actor1 is empty",
        ));
    }
    let event_country = countries::by_numeric(f.raw(c.iso))
        .or_else(|| countries::alpha3(f.raw(c.iso3)))
        .or_else(|| countries::by_name(f.raw(c.country)));
    let mut country_codes: SmallVec<[&'a str; 4]> = SmallVec::new();
    country_codes.extend(event_country);
    country_codes.extend(sides.iter().flatten().filter_map(|p| p.country));
    if let Some(out) = wanted.reject(date, &country_codes) {
        return Ok(out);
    }
    for (side, parties) in sides.iter_mut().enumerate() {
        let label = inter(f.raw(c.inter[side])).map_or("actor", |(label, _)| label);
        let main = parties.first().map_or("", |p| p.name);
        for (k, p) in parties.iter_mut().enumerate() {
            p.role = if k == 0 {
                role_with_country(label, p.country)
            } else {
                format!("associated with {main}")
            };
        }
    }
    let mut parts: Vec<&str> = vec![f.raw(c.location)];
    parts.extend(c.admin.iter().rev().map(|&a| f.raw(a)));
    parts.push(f.raw(c.country));
    let place = value::place(
        &parts
            .into_iter()
            .filter(|p| !p.is_empty())
            .collect::<Vec<_>>()
            .join(", "),
    );
    let (kind, class) = kind(event_type, sub_event.unwrap_or_default());
    let what = sub_event.unwrap_or(event_type).to_owned();
    let outlets = f.get(c.source);
    let mut summary = match f.get(c.notes) {
        Some(notes) => format!("{notes} (ACLED's notes: a summary by its coders, not a quote.)"),
        None => format!(
            "Coded by ACLED as {event_type}{}.",
            sub_event.map(|s| format!(": {s}")).unwrap_or_default()
        ),
    };
    if let Some(n) = fatalities {
        summary.push_str(&match n {
            0 => " ACLED reports no fatalities (0 also means none were reported).".to_owned(),
            1 => " ACLED reports 1 fatality.".to_owned(),
            n => format!(" ACLED reports {n} fatalities."),
        });
    }
    if f.get(c.civilians).is_some() {
        summary.push_str(" ACLED codes it as targeting civilians.");
    }
    summary.push_str(precision_note);
    Ok(Outcome::Kept(Record {
        key: id.to_owned(),
        date,
        sides,
        coding: EventCoding {
            dataset: String::new(),
            scheme: Scheme::Acled,
            event: event_type.to_owned(),
            subtype: sub_event.map(str::to_owned),
            intensity: None,
            fatalities,
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
            outlet: outlets
                .map(|s| list(s, false).collect::<Vec<_>>().join("; "))
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| DATASET.to_owned()),
            title: Some(format!("ACLED event {id}")),
            date: None,
            url: None,
        },
        summary,
        stamp,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actor_countries_and_types() {
        assert_eq!(
            actor_country("Military Forces of Azerbaijan (2003-)"),
            Some("AZE")
        );
        assert_eq!(actor_country("Protesters (Armenia)"), Some("ARM"));
        assert_eq!(actor_country("Unidentified Armed Group"), None);
        assert_eq!(
            inter("8"),
            Some(("External/Other forces", ActorKind::Organization))
        );
        assert_eq!(inter("State forces").map(|t| t.0), Some("State forces"));
        assert_eq!(inter("0"), None);
        assert_eq!(kind("Battles", "Armed clash").0, InteractionKind::Clash);
        assert_eq!(
            kind("Strategic developments", "Agreement").0,
            InteractionKind::Agreement
        );
        assert_eq!(
            kind("Protests", "Peaceful protest").1,
            Some(Class::MaterialConflict)
        );
    }
}
