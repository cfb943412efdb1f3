//! Turns kept [`Record`]s, of any format, into a dataset: one actor per distinct actor code and
//! name, one interaction per event (or per group of events folded or joined into one).

use std::collections::{HashMap, HashSet};

use serde::ser::{Serialize, SerializeStruct, Serializer};
use smallvec::SmallVec;

use super::record::{BadRow, Party, Reason, Record};
use super::value::slug;
use crate::data::{Actor, Class, Dataset, Date, EventCoding, Interaction, InteractionKind, Source};

/// What a format asks of the builder.
#[derive(Debug, Clone, Copy)]
pub struct Policy {
    /// What the interactions' codings name as their dataset: `"GDELT 2.0"`.
    pub dataset: &'static str,
    /// What interaction ids start with: `gdelt` → `gdelt-954708293`.
    pub prefix: &'static str,
    /// How messages name the event id: `GLOBALEVENTID`.
    pub id_name: &'static str,
    /// `--merge`: GDELT folds events of one story (same date, actors, event code and source
    /// URL); the other formats update an event by its id, the later row (or the one with the
    /// later timestamp) replacing the earlier.
    pub merge: bool,
    /// GDELT's reading of `--merge` (fold by story) rather than update by id.
    pub folds: bool,
    /// A repeated id whose row brings actors the event lacks adds them (ACLED's monadic
    /// exports give an event once per actor).
    pub joins: bool,
}

/// One event, or several merged, before it becomes an interaction.
#[derive(Debug, Clone)]
struct Event {
    date: Date,
    /// Actor indices of the two sides, main actor first.
    sides: [SmallVec<[usize; 2]>; 2],
    coding: EventCoding,
    /// The tone and the weight (articles) it stands for, to average merged events.
    tone_weight: f64,
    class: Option<Class>,
    kind: InteractionKind,
    mediated: bool,
    what: String,
    place: Option<String>,
    source: Source,
    summary: String,
    stamp: Option<u64>,
}

type FoldKey = (Date, [SmallVec<[usize; 2]>; 2], String, Option<String>);

/// Collects the kept records; [`Builder::finish`] makes the dataset.
#[derive(Debug)]
pub struct Builder {
    policy: Policy,
    actors: Vec<Actor>,
    /// `code␟name` → actor index.
    actor_index: HashMap<String, usize>,
    /// The key being looked up, reused so that a known actor costs no allocation.
    scratch: String,
    actor_ids: HashSet<String>,
    events: Vec<Event>,
    /// Event key → index in `events`.
    by_id: HashMap<String, usize>,
    by_story: HashMap<FoldKey, usize>,
    merged: u64,
}

/// What became of a kept record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Added {
    /// A new event.
    New,
    /// Folded into, joined to, or replacing an earlier event.
    Merged,
}

impl Builder {
    /// A builder that follows `policy`, with nothing collected yet.
    pub fn new(policy: Policy) -> Builder {
        Builder {
            policy,
            actors: Vec::new(),
            actor_index: HashMap::new(),
            scratch: String::new(),
            actor_ids: HashSet::new(),
            events: Vec::new(),
            by_id: HashMap::new(),
            by_story: HashMap::new(),
            merged: 0,
        }
    }

    /// How many rows were folded into, joined to or replaced an earlier event.
    pub fn merged(&self) -> u64 {
        self.merged
    }

    /// Adds a kept record. A repeated id is refused unless it joins or updates its event.
    pub fn add(&mut self, r: Record<'_>) -> Result<Added, BadRow> {
        let sides = [
            r.sides[0]
                .iter()
                .map(|p| self.actor(p))
                .collect::<SmallVec<_>>(),
            r.sides[1]
                .iter()
                .map(|p| self.actor(p))
                .collect::<SmallVec<_>>(),
        ];
        if let Some(&i) = self.by_id.get(&r.key) {
            return self.repeat(i, r, sides);
        }
        self.by_id.insert(r.key.clone(), self.events.len());
        if self.policy.merge && self.policy.folds {
            let key = story(r.date, &sides, &r.coding.event, &r.source.url);
            if let Some(&i) = self.by_story.get(&key) {
                // The id names the event it was folded into, not a place past the end.
                self.by_id.insert(r.key.clone(), i);
                fold(&mut self.events[i], r);
                self.merged += 1;
                return Ok(Added::Merged);
            }
            self.by_story.insert(key, self.events.len());
        }
        self.events.push(event(r, sides));
        Ok(Added::New)
    }

    /// A record whose id was read before, for the event at `i`: it updates the event under
    /// `--merge` when it is a later version (by its timestamp, where the format has one) that
    /// says something new, joins actors the event lacks where the format joins them, and is a
    /// bad row otherwise (an identical or older row, or under GDELT's `--merge` a row of an
    /// event folded with others of its story).
    fn repeat(
        &mut self,
        i: usize,
        r: Record<'_>,
        sides: [SmallVec<[usize; 2]>; 2],
    ) -> Result<Added, BadRow> {
        let e = &mut self.events[i];
        let newer = match (r.stamp, e.stamp) {
            (Some(a), Some(b)) => a > b,
            _ => true,
        };
        let same = same(e, &r, &sides);
        let alone = e.coding.ids.len() == 1;
        if self.policy.merge && newer && !same && (!self.policy.folds || alone) {
            if self.policy.folds {
                // The story the event was filed under changes with it.
                let old = story(e.date, &e.sides, &e.coding.event, &e.source.url);
                if self.by_story.get(&old) == Some(&i) {
                    self.by_story.remove(&old);
                }
                let new = story(r.date, &sides, &r.coding.event, &r.source.url);
                self.by_story.entry(new).or_insert(i);
            }
            self.events[i] = event(r, sides);
            self.merged += 1;
            return Ok(Added::Merged);
        }
        if self.policy.joins {
            let mut joined = false;
            for a in sides.into_iter().flatten() {
                if !e.sides.iter().flatten().any(|&b| b == a) {
                    e.sides[1].push(a);
                    joined = true;
                }
            }
            if joined {
                self.merged += 1;
                return Ok(Added::Merged);
            }
        }
        let why = if self.policy.merge && self.policy.folds && !alone {
            ", and its event was merged with others of its story: this later version is left out"
        } else {
            ""
        };
        Err(BadRow::new(
            Reason::RepeatedId,
            0,
            format!("{} {} was read before{why}", self.policy.id_name, r.key),
        ))
    }

    /// The index of the actor with this code and name, added on first sight.
    fn actor(&mut self, p: &Party<'_>) -> usize {
        self.scratch.clear();
        self.scratch.push_str(p.code);
        self.scratch.push('\u{1f}');
        self.scratch.push_str(p.name);
        if let Some(&i) = self.actor_index.get(self.scratch.as_str()) {
            return i;
        }
        let base = match (slug(p.code), slug(p.name)) {
            (c, n) if c.is_empty() && n.is_empty() => "actor".to_owned(),
            (c, n) if n.is_empty() => c,
            (c, n) if c.is_empty() => n,
            (c, n) => format!("{c}-{n}"),
        };
        let mut id = base.clone();
        let mut n = 1;
        while self.actor_ids.contains(&id) {
            n += 1;
            id = format!("{base}-{n}");
        }
        self.actor_ids.insert(id.clone());
        let name = if p.name.is_empty() { p.code } else { p.name };
        self.actors.push(Actor {
            id,
            name: name.to_owned(),
            native: None,
            aliases: Vec::new(),
            short: None,
            kind: p.kind,
            role: p.role.clone(),
            roles: Vec::new(),
            affiliation: None,
            country: p.country.map(str::to_owned),
            wikidata: p.wikidata.map(str::to_owned),
            code: (!p.code.is_empty()).then(|| p.code.to_owned()),
        });
        let i = self.actors.len() - 1;
        self.actor_index.insert(self.scratch.clone(), i);
        i
    }

    /// The events in date order, with the actors in order of first appearance.
    pub fn finish(self, (title, description): (String, String)) -> Events {
        let mut events = self.events;
        events.sort_by_key(|e| e.date);
        // Two keys may make one id: `ARM1` and `arm1`, or `!` and `?` (no letter or digit,
        // so both `event`). The later one gets `-2` (or `-3`, …), so that every interaction
        // has an id of its own, whatever the keys.
        let mut used: HashSet<String> = HashSet::with_capacity(events.len());
        let ids = events
            .iter()
            .map(|e| {
                let base = format!("{}-{}", self.policy.prefix, id_part(&e.coding.ids[0]));
                let mut id = base.clone();
                let mut n = 1;
                while !used.insert(id.clone()) {
                    n += 1;
                    id = format!("{base}-{n}");
                }
                id
            })
            .collect();
        Events {
            title,
            description,
            policy: self.policy,
            actors: self.actors,
            events,
            ids,
        }
    }
}

/// The key of a story's events under GDELT's `--merge`: date, actors, event code, URL.
fn story(
    date: Date,
    sides: &[SmallVec<[usize; 2]>; 2],
    event: &str,
    url: &Option<String>,
) -> FoldKey {
    (date, sides.clone(), event.to_owned(), url.clone())
}

/// Whether a record says nothing its event does not already say (its id aside: the event's
/// coding holds it, the record's not yet).
fn same(e: &Event, r: &Record<'_>, sides: &[SmallVec<[usize; 2]>; 2]) -> bool {
    let coding = EventCoding {
        ids: e.coding.ids.clone(),
        ..r.coding.clone()
    };
    e.date == r.date
        && &e.sides == sides
        && e.coding == coding
        && e.summary == r.summary
        && e.place == r.place
        && e.source == r.source
}

fn event(r: Record<'_>, sides: [SmallVec<[usize; 2]>; 2]) -> Event {
    let mut coding = r.coding;
    coding.ids = vec![r.key];
    Event {
        date: r.date,
        sides,
        tone_weight: coding.articles.map_or(1.0, |a| a.max(1) as f64),
        coding,
        class: r.class,
        kind: r.kind,
        mediated: r.mediated,
        what: r.what,
        place: r.place,
        source: r.source,
        summary: r.summary,
        stamp: r.stamp,
    }
}

/// Folds a record of the same story into an event: ids kept, tone averaged by articles, and
/// of the mention, source and article counts the largest. The events of one story are
/// mentioned in the same articles, so their counts overlap: summed, one article would count
/// twice; the largest is what is sure.
fn fold(e: &mut Event, r: Record<'_>) {
    let c = &mut e.coding;
    let max = |a: Option<u64>, b: Option<u64>| a.max(b);
    c.mentions = max(c.mentions, r.coding.mentions);
    c.sources = max(c.sources, r.coding.sources);
    c.articles = max(c.articles, r.coding.articles);
    c.ids.push(r.key);
    if let Some(t) = r.coding.tone {
        let w = r.coding.articles.map_or(1.0, |a| a.max(1) as f64);
        c.tone = Some(match c.tone {
            Some(mean) => {
                let total = e.tone_weight;
                e.tone_weight += w;
                (mean * total + t * w) / (total + w)
            }
            None => {
                e.tone_weight = w;
                t
            }
        });
    }
    c.goldstein = c.goldstein.or(r.coding.goldstein);
    e.class = e.class.or(r.class);
    if e.place.is_none() {
        e.place = r.place;
    }
}

/// What an import made: the actors, and the events that become interactions. They become
/// interactions one at a time as they are written ([`Serialize`] writes a `Dataset`), so the
/// interactions of a large import are never all in memory at once.
#[derive(Debug, Clone)]
pub struct Events {
    title: String,
    description: String,
    policy: Policy,
    actors: Vec<Actor>,
    events: Vec<Event>,
    /// The interaction id of each event, in the same order: unique.
    ids: Vec<String>,
}

impl Events {
    /// How many interactions the dataset has.
    pub fn interactions(&self) -> usize {
        self.events.len()
    }

    /// The actors of the dataset, in order of first appearance.
    pub fn actors(&self) -> &[Actor] {
        &self.actors
    }

    /// The whole dataset in memory.
    pub fn to_dataset(&self) -> Dataset {
        Dataset {
            title: self.title.clone(),
            description: Some(self.description.clone()),
            actors: self.actors.clone(),
            interactions: (self.events.iter().zip(&self.ids))
                .map(|(e, id)| self.interaction(e, id))
                .collect(),
            places: Vec::new(),
        }
    }

    fn interaction(&self, e: &Event, id: &str) -> Interaction {
        let actors = &self.actors;
        let [source, target] = [e.sides[0].first().copied(), e.sides[1].first().copied()];
        let name = |i: usize| actors[i].name.as_str();
        let mut participants: Vec<usize> = Vec::new();
        let mut mediators: Vec<usize> = Vec::new();
        for (side, list) in e.sides.iter().enumerate() {
            for &a in list {
                if participants.contains(&a) || mediators.contains(&a) {
                    continue;
                }
                if e.mediated && side == 0 && target.is_some_and(|t| t != a) {
                    mediators.push(a);
                } else {
                    participants.push(a);
                }
            }
        }
        let ids = |list: Vec<usize>| list.into_iter().map(|i| actors[i].id.clone()).collect();
        let what = &e.what;
        let title = match (source, target) {
            (Some(s), Some(t)) if s != t => format!("{} — {what} — {}", name(s), name(t)),
            (Some(a), _) => format!("{} — {what}", name(a)),
            (None, Some(a)) => format!("{what} — {}", name(a)),
            (None, None) => what.clone(),
        };
        let mut summary = e.summary.clone();
        if e.coding.ids.len() > 1 && self.policy.folds {
            summary.push_str(&format!(
                " Merged from {} {} events with the same date, actors, event code and source \
                 URL; the counts are those of the most mentioned of them.",
                e.coding.ids.len(),
                self.policy.dataset.split(' ').next().unwrap_or_default(),
            ));
        }
        let mut coding = e.coding.clone();
        coding.dataset = self.policy.dataset.to_owned();
        Interaction {
            id: id.to_owned(),
            date: e.date,
            until: None,
            kind: e.kind,
            participants: ids(participants),
            initiator: None,
            mediators: ids(mediators),
            place: e.place.clone(),
            title,
            summary,
            class: e.class,
            topics: Vec::new(),
            quotes: Vec::new(),
            sources: vec![e.source.clone()],
            coding: Some(Box::new(coding)),
        }
    }
}

/// An event key as part of an interaction id: `ARM4891` → `arm4891`, `12@2020-01-01` →
/// `12-2020-01-01`.
fn id_part(key: &str) -> String {
    let s = slug(key);
    if s.is_empty() { "event".to_owned() } else { s }
}

/// Serialized exactly as the `Dataset` of [`Events::to_dataset`] is.
impl Serialize for Events {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        /// The interactions, made as the serializer asks for them.
        struct Interactions<'a>(&'a Events);

        impl Serialize for Interactions<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let events = self.0;
                let each = events.events.iter().zip(&events.ids);
                serializer.collect_seq(each.map(|(e, id)| events.interaction(e, id)))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_and_ids() {
        assert_eq!(slug("ILHAM ALIYEV"), "ilham-aliyev");
        assert_eq!(slug("U.S."), "u-s");
        assert_eq!(slug("Əliyev"), "liyev");
        assert_eq!(slug("--"), "");
        assert_eq!(id_part("12@2020-01-01"), "12-2020-01-01");
    }
}
