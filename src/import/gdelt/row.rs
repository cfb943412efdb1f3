//! One GDELT row as an event: its id, date, CAMEO code and quad class checked, its actors
//! typed from their CAMEO codes, and a summary made from the codes alone.

use smallvec::SmallVec;

use super::DATASET;
use super::columns::{ActorCols, COLUMNS, Cols};
use crate::data::cameo;
use crate::data::{ActorKind, Class, EventCoding, InteractionKind, Scheme, Source};
use crate::import::fields::Fields;
use crate::import::format::{Outcome, Wanted};
use crate::import::record::{BadRow, Party, Reason, Record};
use crate::import::value::{self, count, host, place};

/// The event of a row, or which filter leaves it out; `fixed` is GDELT's own export, whose
/// rows must have all 61 columns.
pub(super) fn row<'a>(
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
        return Err(BadRow::in_column(
            Reason::Id,
            c.id,
            format!("GLOBALEVENTID {id:?} is not a number"),
        ));
    }
    let sqldate = f.raw(c.date);
    let date = if sqldate.len() == 8 && sqldate.bytes().all(|b| b.is_ascii_digit()) {
        value::day(sqldate, value::Order::DayFirst)
            .map_err(|why| BadRow::in_column(Reason::Date, c.date, format!("SQLDATE {why}")))?
    } else {
        return Err(BadRow::in_column(
            Reason::Date,
            c.date,
            format!("SQLDATE {sqldate:?} is not a date as YYYYMMDD"),
        ));
    };
    let event = cameo::restore_zero(f.raw(c.event), f.raw(c.root)).ok_or_else(|| {
        BadRow::in_column(
            Reason::EventCode,
            c.event,
            format!("EventCode {:?} is not a CAMEO event code", f.raw(c.event)),
        )
    })?;
    let class = match f.raw(c.quad) {
        "" => None,
        q => Some(quad(q).ok_or_else(|| {
            BadRow::in_column(
                Reason::QuadClass,
                c.quad,
                format!("QuadClass {q:?} is not 1, 2, 3 or 4"),
            )
        })?),
    };
    let actors = [actor(f, &c.actors[0]), actor(f, &c.actors[1])];
    if actors.iter().all(Option::is_none) {
        return Err(BadRow::in_column(
            Reason::NoActor,
            c.actors[0].code,
            "neither Actor1 nor Actor2 is coded",
        ));
    }
    let url = f.raw(c.url);
    if url.is_empty() {
        return Err(BadRow::in_column(
            Reason::NoSource,
            c.url,
            "SOURCEURL is empty",
        ));
    }
    let goldstein = f.number_within(c.goldstein, "GoldsteinScale", -10.0..=10.0)?;
    let tone = f.number_within(c.tone, "AvgTone", -100.0..=100.0)?;
    let counted = |col: Option<usize>, name: &str| -> Result<Option<u64>, BadRow> {
        match f.raw(col) {
            "" => Ok(None),
            t => count(t).map(Some).ok_or_else(|| {
                BadRow::in_column(Reason::Number, col, format!("{name} {t:?} is not a count"))
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
    let (kind, mediated) = cameo::kind(&event).unwrap_or((InteractionKind::Statement, false));
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

#[cfg(test)]
mod tests {
    use std::borrow::Cow;

    use super::*;
    use crate::import::format::Format;
    use crate::import::gdelt::{Gdelt, col};

    /// A row of the shared export (GLOBALEVENTID 954708270), as GDELT wrote it.
    const ROW: &str = "954708270\t20201114\t202011\t2020\t2020.8603\tAFR\tAFRICA\tAFR\t\t\t\t\t\t\t\tNAM\tNAMIBIA\tNAM\t\t\t\t\t\t\t\t1\t057\t057\t05\t1\t8.0\t3\t1\t3\t-3.41176470588235\t4\tCabo Delgado, Cabo Delgado, Mozambique\tMZ\tMZ01\t21846\t-10.7067\t40.6328\t-312482\t4\tCabo Delgado, Cabo Delgado, Mozambique\tMZ\tMZ01\t21846\t-10.7067\t40.6328\t-312482\t4\tCabo Delgado, Cabo Delgado, Mozambique\tMZ\tMZ01\t21846\t-10.7067\t40.6328\t-312482\t20201114071500\thttps://southerntimesafrica.com/site/news/soldier-of-fortune";

    fn parse(line: &str) -> Result<Record<'static>, BadRow> {
        let cells: Vec<Cow<'static, str>> =
            line.split('\t').map(|s| Cow::Owned(s.to_owned())).collect();
        let cells: &'static [Cow<'static, str>] = Box::leak(cells.into_boxed_slice());
        let mut g = Gdelt::default();
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
}
