//! Turns kept GDELT rows into a dataset: one actor per distinct actor code and name, one
//! interaction per event (or per group of duplicates, with `--merge`), titles and summaries
//! made from the codes alone.

use std::collections::{HashMap, HashSet};

use serde::ser::{Serialize, SerializeStruct, Serializer};

use super::cameo;
use super::gdelt::{BadRow, Reason, Row, RowActor, col};
use crate::data::{
    Actor, ActorKind, Class, Dataset, Date, EventCoding, Interaction, InteractionKind, Source,
};

/// What the interactions' codings name as their dataset.
pub const DATASET: &str = "GDELT 2.0";

/// One event, or several merged, before it becomes an interaction.
#[derive(Debug, Clone)]
struct Event {
    date: Date,
    /// Actor indices of Actor1 and Actor2.
    actors: [Option<usize>; 2],
    code: String,
    class: Option<Class>,
    goldstein: Option<f64>,
    /// The tone, and the weight (articles) it stands for, to average merged events.
    tone: Option<(f64, f64)>,
    mentions: Option<u64>,
    sources: Option<u64>,
    articles: Option<u64>,
    ids: Vec<String>,
    place: Option<String>,
    url: String,
}

type MergeKey = (Date, [Option<usize>; 2], String, String);

/// Collects the kept rows; [`Builder::finish`] makes the dataset.
#[derive(Debug, Default)]
pub struct Builder {
    merge: bool,
    actors: Vec<Actor>,
    /// (code, name) → actor index.
    actor_index: HashMap<(String, String), usize>,
    actor_ids: HashSet<String>,
    events: Vec<Event>,
    /// Event ids already kept: GDELT's are unique, so a repeat is the same row again.
    event_ids: HashSet<String>,
    by_key: HashMap<MergeKey, usize>,
    merged: u64,
}

impl Builder {
    pub fn new(merge: bool) -> Builder {
        Builder {
            merge,
            ..Builder::default()
        }
    }

    /// How many rows were folded into an earlier event.
    pub fn merged(&self) -> u64 {
        self.merged
    }

    /// Adds a kept row. A row whose GLOBALEVENTID was kept before is refused.
    pub fn add(&mut self, row: &Row) -> Result<(), BadRow> {
        if !self.event_ids.insert(row.event_id.to_owned()) {
            return Err(BadRow {
                reason: Reason::RepeatedId,
                column: col::GLOBALEVENTID,
                message: format!("GLOBALEVENTID {} was read before", row.event_id),
            });
        }
        let actors = [
            row.actors[0].as_ref().map(|a| self.actor(a)),
            row.actors[1].as_ref().map(|a| self.actor(a)),
        ];
        if self.merge {
            let key = (
                row.date,
                actors,
                row.event_code.to_owned(),
                row.url.to_owned(),
            );
            if let Some(&i) = self.by_key.get(&key) {
                fold(&mut self.events[i], row);
                self.merged += 1;
                return Ok(());
            }
            self.by_key.insert(key, self.events.len());
        }
        self.events.push(Event {
            date: row.date,
            actors,
            code: row.event_code.to_owned(),
            class: row.class,
            goldstein: row.goldstein,
            tone: row.tone.map(|t| (t, weight(row))),
            mentions: row.mentions,
            sources: row.sources,
            articles: row.articles,
            ids: vec![row.event_id.to_owned()],
            place: (!row.place.is_empty()).then(|| row.place.to_owned()),
            url: row.url.to_owned(),
        });
        Ok(())
    }

    /// The index of the actor with this code and name, added on first sight.
    fn actor(&mut self, a: &RowActor) -> usize {
        let key = (a.code.to_owned(), a.name.to_owned());
        if let Some(&i) = self.actor_index.get(&key) {
            return i;
        }
        let mut actor = new_actor(a);
        let base = actor.id.clone();
        let mut n = 1;
        while self.actor_ids.contains(&actor.id) {
            n += 1;
            actor.id = format!("{base}-{n}");
        }
        self.actor_ids.insert(actor.id.clone());
        self.actors.push(actor);
        self.actor_index.insert(key, self.actors.len() - 1);
        self.actors.len() - 1
    }

    /// The events in date order, with the actors in order of first appearance.
    pub fn finish(self, (title, description): (String, String)) -> Events {
        let mut events = self.events;
        events.sort_by_key(|e| e.date);
        Events {
            title,
            description,
            actors: self.actors,
            events,
        }
    }
}

/// What an import made: the actors, and the events that become interactions. They become
/// interactions one at a time as they are written ([`Serialize`] writes a `Dataset`), so the
/// interactions of a large import are never all in memory at once.
#[derive(Debug, Clone)]
pub struct Events {
    title: String,
    description: String,
    actors: Vec<Actor>,
    events: Vec<Event>,
}

impl Events {
    /// How many interactions the dataset has.
    pub fn interactions(&self) -> usize {
        self.events.len()
    }

    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    /// The whole dataset in memory.
    pub fn to_dataset(&self) -> Dataset {
        Dataset {
            title: self.title.clone(),
            description: Some(self.description.clone()),
            actors: self.actors.clone(),
            interactions: self
                .events
                .iter()
                .map(|e| interaction(e, &self.actors))
                .collect(),
        }
    }
}

/// Serialized exactly as the `Dataset` of [`Events::to_dataset`] is.
impl Serialize for Events {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        /// The interactions, made as the serializer asks for them.
        struct Interactions<'a>(&'a Events);

        impl Serialize for Interactions<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let Events { actors, events, .. } = self.0;
                serializer.collect_seq(events.iter().map(|e| interaction(e, actors)))
            }
        }

        let mut s = serializer.serialize_struct("Dataset", 4)?;
        s.serialize_field("title", &self.title)?;
        s.serialize_field("description", &Some(&self.description))?;
        s.serialize_field("actors", &self.actors)?;
        s.serialize_field("interactions", &Interactions(self))?;
        s.end()
    }
}

/// How much a row's tone counts in the average of merged events: its articles.
fn weight(row: &Row) -> f64 {
    row.articles.map_or(1.0, |a| a.max(1) as f64)
}

/// Folds a duplicate row into an event: counts summed, ids kept, tone averaged by articles.
fn fold(e: &mut Event, row: &Row) {
    let sum = |a: Option<u64>, b: Option<u64>| match (a, b) {
        (None, None) => None,
        (a, b) => Some(a.unwrap_or(0) + b.unwrap_or(0)),
    };
    e.mentions = sum(e.mentions, row.mentions);
    e.sources = sum(e.sources, row.sources);
    e.articles = sum(e.articles, row.articles);
    e.ids.push(row.event_id.to_owned());
    if let Some(t) = row.tone {
        let w = weight(row);
        e.tone = Some(match e.tone {
            Some((mean, total)) => ((mean * total + t * w) / (total + w), total + w),
            None => (t, w),
        });
    }
    e.goldstein = e.goldstein.or(row.goldstein);
    e.class = e.class.or(row.class);
    if e.place.is_none() && !row.place.is_empty() {
        e.place = Some(row.place.to_owned());
    }
}

/// Lowercase ASCII letters and digits, other runs as one `-`.
fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// A country code as the data format takes it: three capital letters.
fn country_code(code: &str) -> Option<String> {
    (code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase())).then(|| code.to_owned())
}

/// An actor from a row's actor columns: kind and role from its CAMEO type codes.
fn new_actor(a: &RowActor) -> Actor {
    let types: Vec<&str> = a.types.iter().copied().filter(|t| !t.is_empty()).collect();
    let country = country_code(a.country);
    let region = country.as_deref().and_then(cameo::region);
    let bare = types.is_empty() && a.known_group.is_empty() && a.code == a.country;
    let kind = if types.iter().any(|t| cameo::STATE_TYPES.contains(t)) {
        ActorKind::Office
    } else if types.iter().any(|t| cameo::ORGANIZATION_TYPES.contains(t))
        || (types.is_empty() && !a.known_group.is_empty())
    {
        ActorKind::Organization
    } else if bare && country.is_some() && region.is_none() {
        ActorKind::State
    } else {
        ActorKind::Group
    };
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
    } else if !a.known_group.is_empty() {
        format!("group {}", a.known_group)
    } else {
        "actor".to_owned()
    };
    if let Some(c) = &country {
        role.push_str(&format!(" ({c})"));
    }
    let name = if a.name.is_empty() { a.code } else { a.name };
    let id = match (slug(a.code), slug(a.name)) {
        (c, n) if c.is_empty() && n.is_empty() => "actor".to_owned(),
        (c, n) if n.is_empty() => c,
        (c, n) if c.is_empty() => n,
        (c, n) => format!("{c}-{n}"),
    };
    Actor {
        id,
        name: name.to_owned(),
        native: None,
        aliases: Vec::new(),
        short: None,
        kind,
        role,
        affiliation: None,
        country,
        wikidata: None,
        code: (!a.code.is_empty()).then(|| a.code.to_owned()),
    }
}

/// The host of a URL: `https://www.example.org:8080/a?b` → `www.example.org`.
pub fn host(url: &str) -> Option<&str> {
    let (scheme, rest) = url.split_once("://")?;
    if scheme.is_empty() || !scheme.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = host.split(':').next()?;
    (!host.is_empty()).then_some(host)
}

fn interaction(e: &Event, actors: &[Actor]) -> Interaction {
    let (kind, mediated) = cameo::kind(&e.code).unwrap_or((InteractionKind::Statement, false));
    let [source, target] = e.actors;
    let name = |i: usize| actors[i].name.as_str();
    let (participants, mediators) = match (source, target) {
        // CAMEO 045 "Mediate": Actor1 mediates with Actor2.
        (Some(s), Some(t)) if mediated && s != t => (vec![t], vec![s]),
        (Some(s), Some(t)) if s != t => (vec![s, t], vec![]),
        (Some(a), _) | (None, Some(a)) => (vec![a], vec![]),
        (None, None) => (vec![], vec![]),
    };
    let ids = |list: Vec<usize>| list.into_iter().map(|i| actors[i].id.clone()).collect();
    let short = cameo::short_description(&e.code).unwrap_or_else(|| format!("CAMEO {}", e.code));
    let title = match (source, target) {
        (Some(s), Some(t)) => format!("{} — {short} — {}", name(s), name(t)),
        (Some(a), None) => format!("{} — {short}", name(a)),
        (None, Some(a)) => format!("{short} — {}", name(a)),
        (None, None) => short,
    };
    Interaction {
        id: format!("gdelt-{}", e.ids[0]),
        date: e.date,
        until: None,
        kind,
        participants: ids(participants),
        initiator: None,
        mediators: ids(mediators),
        place: e.place.clone(),
        title,
        summary: summary(e, actors),
        class: e.class,
        topics: Vec::new(),
        quotes: Vec::new(),
        sources: vec![Source {
            outlet: host(&e.url).unwrap_or(&e.url).to_owned(),
            title: None,
            date: None,
            url: Some(e.url.clone()),
        }],
        coding: Some(EventCoding {
            dataset: DATASET.to_owned(),
            event: e.code.clone(),
            goldstein: e.goldstein,
            tone: e.tone.map(|(t, _)| t),
            mentions: e.mentions,
            sources: e.sources,
            articles: e.articles,
            ids: e.ids.clone(),
        }),
    }
}

/// A few sentences made from the event's fields, and nothing else.
fn summary(e: &Event, actors: &[Actor]) -> String {
    let who = |i: Option<usize>| match i {
        Some(i) => {
            let a = &actors[i];
            match &a.code {
                Some(code) => format!("{} ({code})", a.name),
                None => a.name.clone(),
            }
        }
        None => "none coded".to_owned(),
    };
    let event = match cameo::description(&e.code) {
        Some(d) => format!("CAMEO {}, “{d}”", e.code),
        None => match cameo::nearest_description(&e.code) {
            Some((parent, d)) => format!(
                "CAMEO {}, a code the codebook lacks, under {parent}, “{d}”",
                e.code
            ),
            None => format!("CAMEO {}", e.code),
        },
    };
    let mut s = format!(
        "Machine-coded by {DATASET}, not written by hand. Source actor: {}; target actor: {}; \
         event: {event}",
        who(e.actors[0]),
        who(e.actors[1]),
    );
    if let Some(place) = &e.place {
        s.push_str(&format!("; place of the action: {place}"));
    }
    s.push('.');
    if e.ids.len() > 1 {
        s.push_str(&format!(
            " Merged from {} GDELT events with the same date, actors, event code and source URL.",
            e.ids.len()
        ));
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_hosts() {
        assert_eq!(slug("ILHAM ALIYEV"), "ilham-aliyev");
        assert_eq!(slug("U.S."), "u-s");
        assert_eq!(slug("Əliyev"), "liyev");
        assert_eq!(slug("--"), "");
        assert_eq!(
            host("https://www.reuters.com/article/x"),
            Some("www.reuters.com")
        );
        assert_eq!(
            host("HTTPS://www.forbesindia.com/a"),
            Some("www.forbesindia.com")
        );
        assert_eq!(host("http://user@example.org:8080?q"), Some("example.org"));
        assert_eq!(host("BBC Monitoring"), None);
    }

    fn row_actor<'a>(code: &'a str, name: &'a str, country: &'a str, t1: &'a str) -> RowActor<'a> {
        RowActor {
            code,
            name,
            country,
            known_group: "",
            types: [t1, "", ""],
        }
    }

    #[test]
    fn actors_kinds_and_roles() {
        let a = new_actor(&row_actor("ARMGOV", "ARMENIA", "ARM", "GOV"));
        assert_eq!(
            (a.id.as_str(), a.kind, a.role.as_str()),
            ("armgov-armenia", ActorKind::Office, "government (ARM)")
        );
        assert_eq!(a.code.as_deref(), Some("ARMGOV"));
        let a = new_actor(&row_actor("AZE", "BAKU", "AZE", ""));
        assert_eq!(
            (a.id.as_str(), a.kind, a.role.as_str()),
            ("aze-baku", ActorKind::State, "country (AZE)")
        );
        let a = new_actor(&row_actor("AFR", "AFRICA", "AFR", ""));
        assert_eq!(
            (a.kind, a.role.as_str()),
            (ActorKind::Group, "region (AFR)")
        );
        let a = new_actor(&row_actor("ARMCVL", "ARMENIAN", "ARM", "CVL"));
        assert_eq!(
            (a.kind, a.role.as_str()),
            (ActorKind::Group, "civilians (ARM)")
        );
        let a = new_actor(&row_actor("IGORUS", "RUSSIAN", "RUS", "IGO"));
        assert_eq!(a.kind, ActorKind::Organization);
        let a = new_actor(&row_actor("", "", "", "GOV"));
        assert_eq!((a.id.as_str(), a.role.as_str()), ("actor", "government"));
    }
}
