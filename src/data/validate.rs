//! Checks a parsed dataset and reports every problem, each with the path of its value.

use std::collections::HashMap;

use rayon::prelude::*;

use super::clean::PER_TASK;
pub use super::diagnostic::Problem;

mod actors;
use super::fold::fold;
use super::locate::Path;
use super::model::{Actor, Dataset, EventCoding, Interaction, PLOVER_TYPES, Scheme};

/// The longest text a field may hold, in bytes: far beyond any summary or quote, short enough
/// to wrap at every key press.
pub const MAX_TEXT: usize = 1 << 20;

/// Every problem of the dataset, in the order of the file.
pub fn validate(ds: &Dataset) -> Vec<Problem> {
    let mut v = Validator {
        ds,
        problems: Vec::new(),
        ids: HashMap::new(),
    };
    let root = Path::default();
    if ds.title.trim().is_empty() {
        v.problems.push(Problem::new(
            root.field("title"),
            "the dataset's title is empty",
        ));
    }
    for (i, actor) in ds.actors.iter().enumerate() {
        v.actor_id(root.field("actors").index(i), actor);
    }
    for (i, actor) in ds.actors.iter().enumerate() {
        v.actor(root.field("actors").index(i), actor);
    }
    let mut place_ids: HashMap<&str, usize> = HashMap::new();
    for (i, place) in ds.places.iter().enumerate() {
        let path = root.field("places").index(i);
        v.not_empty(path.field("id"), &place.id, "the place's id");
        v.not_empty(path.field("name"), &place.name, "the place's name");
        if let Some(&first) = place_ids.get(place.id.as_str()) {
            v.problems.push(Problem {
                related: Some((
                    root.field("places").index(first).field("id"),
                    "first defined here",
                )),
                ..Problem::new(
                    path.field("id"),
                    format!("duplicate place id {:?}", place.id),
                )
                .help("every place needs an id of its own")
            });
        } else {
            place_ids.insert(&place.id, i);
        }
    }
    let mut interaction_ids: HashMap<&str, usize> = HashMap::with_capacity(ds.interactions.len());
    for (i, it) in ds.interactions.iter().enumerate() {
        let path = root.field("interactions").index(i);
        if let Some(&first) = interaction_ids.get(it.id.as_str()) {
            v.problems.push(Problem {
                related: Some((
                    root.field("interactions").index(first).field("id"),
                    "first used here",
                )),
                ..Problem::new(
                    path.field("id"),
                    format!("duplicate interaction id {:?}", it.id),
                )
                .help("every interaction needs an id of its own")
            });
        } else {
            interaction_ids.insert(&it.id, i);
        }
    }
    // Each interaction is checked on its own: share them out over the cores, in chunks, each
    // with its own copy of the actor ids.
    let checked: Vec<Vec<Problem>> = ds
        .interactions
        .par_chunks(PER_TASK)
        .enumerate()
        .map(|(c, chunk)| {
            let mut w = Validator {
                ds,
                problems: Vec::new(),
                ids: v.ids.clone(),
            };
            for (k, it) in chunk.iter().enumerate() {
                let i = c * PER_TASK + k;
                w.interaction(root.field("interactions").index(i), it);
            }
            w.problems
        })
        .collect();
    v.problems.extend(checked.into_iter().flatten());
    v.problems
}

struct Validator<'a> {
    ds: &'a Dataset,
    problems: Vec<Problem>,
    /// Actor id → index of its first definition.
    ids: HashMap<&'a str, usize>,
}

impl<'a> Validator<'a> {
    fn interaction(&mut self, path: Path, it: &Interaction) {
        if it.id.trim().is_empty() {
            self.problems.push(Problem::new(
                path.field("id"),
                "the interaction's id is empty",
            ));
        }
        self.date(path.field("date"), it.date);
        if let Some(until) = it.until {
            self.date(path.field("until"), until);
            if until.last_day() < it.date.first_day() {
                self.problems.push(
                    Problem::new(
                        path.field("until"),
                        format!("`until` {until} is before `date` {}", it.date),
                    )
                    .help("`until` is the last day of an event that spans days"),
                );
            }
        }
        if it.participants.is_empty() {
            self.problems.push(
                Problem::new(
                    path.field("participants"),
                    "the interaction has no participants",
                )
                .help("list the ids of the actors who take part: participants: [\"aliyev\"]"),
            );
        }
        for (i, id) in it.participants.iter().enumerate() {
            self.reference(path.field("participants").index(i), id, "participants");
        }
        if let Some(id) = &it.initiator {
            self.reference(path.field("initiator"), id, "initiator");
        }
        for (i, id) in it.mediators.iter().enumerate() {
            self.reference(path.field("mediators").index(i), id, "mediators");
        }
        self.one_line(path.field("title"), &it.title, "the interaction's title");
        self.not_huge(path.field("summary"), &it.summary, "the summary");
        if let Some(place) = &it.place {
            self.not_huge(path.field("place"), place, "the place");
        }
        for (i, topic) in it.topics.iter().enumerate() {
            self.not_empty(path.field("topics").index(i), topic, "a topic");
        }
        for (i, q) in it.quotes.iter().enumerate() {
            let qp = path.field("quotes").index(i);
            self.reference(qp.field("speaker"), &q.speaker, "speaker");
            self.not_empty(qp.field("text"), &q.text, "the quote's text");
            if let Some(via) = &q.via {
                self.not_huge(qp.field("via"), via, "the quote's via");
            }
            if let Some(src) = &q.source
                && !it
                    .sources
                    .iter()
                    .any(|s| s.url.as_deref() == Some(src.as_str()) || &s.outlet == src)
            {
                self.problems.push(
                    Problem::new(
                        qp.field("source"),
                        format!(
                            "the quote's source {src:?} is not among the interaction's sources"
                        ),
                    )
                    .help("give the URL (or outlet) of one of the interaction's `sources`"),
                );
            }
        }
        if it.sources.is_empty() {
            self.problems.push(
                Problem::new(
                    path.field("sources"),
                    format!("interaction {:?} has no source", it.id),
                )
                .help("every interaction needs at least one source: Source(outlet: …, title: …, url: …)"),
            );
        }
        for (i, s) in it.sources.iter().enumerate() {
            let sp = path.field("sources").index(i);
            self.not_empty(sp.field("outlet"), &s.outlet, "the source's outlet");
            for (field, text) in [("title", &s.title), ("url", &s.url)] {
                if let Some(text) = text {
                    self.not_huge(sp.field(field), text, "a source's title or url");
                }
            }
            if s.title.as_deref().is_none_or(|t| t.trim().is_empty())
                && s.url.as_deref().is_none_or(|u| u.trim().is_empty())
            {
                self.problems.push(
                    Problem::new(sp.clone(), "the source has neither a title nor a url")
                        .help("give the headline, the address, or both, so a reader can find it"),
                );
            }
            if let Some(d) = s.date {
                self.date(sp.field("date"), d);
            }
        }
        if let Some(coding) = &it.coding {
            self.coding(path.field("coding"), coding);
        }
    }

    /// A machine coder's classification: an event code of its scheme, scores in their ranges.
    fn coding(&mut self, path: Path, c: &EventCoding) {
        self.not_empty(path.field("dataset"), &c.dataset, "the coding's dataset");
        let (fits, help) = match c.scheme {
            Scheme::Cameo => (
                (2..=4).contains(&c.event.len()) && c.event.bytes().all(|b| b.is_ascii_digit()),
                "two to four digits, with the leading zero: \"042\", \"0231\"".to_owned(),
            ),
            Scheme::Plover => (
                PLOVER_TYPES.contains(&c.event.as_str()),
                format!("one of PLOVER's event types: {}", PLOVER_TYPES.join(", ")),
            ),
            Scheme::Acled => (
                !c.event.trim().is_empty() && !c.event.contains('\n'),
                "ACLED's event type, such as \"Battles\"".to_owned(),
            ),
        };
        if !fits {
            self.problems.push(
                Problem::new(
                    path.field("event"),
                    format!(
                        "event code {:?} is not a {} code",
                        c.event,
                        c.scheme.label()
                    ),
                )
                .help(help),
            );
        }
        if let Some(s) = &c.subtype {
            self.one_line(path.field("subtype"), s, "the coding's subtype");
        }
        for (field, value, name) in [
            ("goldstein", c.goldstein, "Goldstein score"),
            ("intensity", c.intensity, "intensity"),
        ] {
            if let Some(g) = value
                && !(-10.0..=10.0).contains(&g)
            {
                self.problems.push(
                    Problem::new(
                        path.field(field),
                        format!("{name} {g} is outside −10 to +10"),
                    )
                    .help(format!(
                        "the {name} runs from −10 (most conflictual) to +10"
                    )),
                );
            }
        }
        if let Some(t) = c.tone
            && !t.is_finite()
        {
            self.problems.push(Problem::new(
                path.field("tone"),
                format!("tone {t} is not a number"),
            ));
        }
        for (i, id) in c.ids.iter().enumerate() {
            self.not_empty(path.field("ids").index(i), id, "an event id");
        }
    }

    fn date(&mut self, path: Path, date: super::date::Date) {
        if let Err(e) = date.check() {
            self.problems
                .push(Problem::new(path, format!("impossible date: {e}")));
        }
    }

    /// Refuses a text too long to lay out at every key press.
    fn not_huge(&mut self, path: Path, text: &str, what: &str) {
        if text.len() > MAX_TEXT {
            self.problems.push(
                Problem::new(
                    path,
                    format!(
                        "{what} is {} bytes long; readout takes texts of up to {} bytes",
                        text.len(),
                        MAX_TEXT
                    ),
                )
                .help("split it, or keep the long text in the source it came from"),
            );
        }
    }

    fn not_empty(&mut self, path: Path, text: &str, what: &str) {
        self.not_huge(path.clone(), text, what);
        if text.trim().is_empty() {
            self.problems
                .push(Problem::new(path, format!("{what} is empty")));
        }
    }

    fn one_line(&mut self, path: Path, text: &str, what: &str) {
        self.not_huge(path.clone(), text, what);
        if text.trim().is_empty() {
            self.problems
                .push(Problem::new(path, format!("{what} is empty")));
        } else if text.contains('\n') {
            self.problems
                .push(Problem::new(path, format!("{what} is more than one line")));
        }
    }

    /// An actor id used in `field`: it must name an actor of the file.
    fn reference(&mut self, path: Path, id: &str, field: &str) {
        if self.ids.contains_key(id) {
            return;
        }
        let mut p = Problem::new(path, format!("unknown actor {id:?} in {field}"));
        p = match suggest(id, &self.ds.actors) {
            Some(s) => p.help(format!("did you mean {s:?}?")),
            None => p.help("every id must be the `id` of an actor in `actors`"),
        };
        self.problems.push(p);
    }
}

fn path_index(path: &Path) -> usize {
    match path.0.last() {
        Some(super::locate::Seg::Index(i)) => *i,
        _ => 0,
    }
}

/// The actor id closest to `wrong`: a small edit away, or an actor whose name, native name or
/// alias is what was written (`"Pashinian"` → `"pashinyan"`).
pub fn suggest(wrong: &str, actors: &[Actor]) -> Option<String> {
    let lower = fold(wrong);
    let by_name = actors.iter().find(|a| {
        fold(&a.name) == lower
            || a.native.as_deref().is_some_and(|n| fold(n) == lower)
            || a.aliases.iter().any(|al| fold(al) == lower)
            || fold(&a.name).split_whitespace().any(|word| word == lower)
    });
    if let Some(a) = by_name {
        return Some(a.id.clone());
    }
    crate::suggest::nearest(&lower, actors.iter().map(|a| a.id.as_str())).map(str::to_owned)
}
