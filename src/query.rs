//! Questions asked of a loaded dataset: which interactions match a filter, and whom an actor
//! deals with. Pure functions over [`Data`]; the browser and the command line share them.

pub mod counts;
pub mod facets;
pub mod groups;
pub mod quotes;
pub mod range;

pub use crate::data::date::in_range;
use crate::data::fold::Query;
pub use crate::data::fold::{search_query, search_terms};
pub use crate::data::index::both;
use crate::data::{Class, Data, Date, InteractionKind};
pub use counts::{Counts, Link};
pub use facets::{Facets, TimelineSort};
pub use groups::{ActorRow, Group, GroupKind, Grouping, Tally};
pub use range::{Monthly, check_range, parse_range, period_of, range_text, shift_range};

/// Whether a filter of several actors keeps the interactions of all of them or of any.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Default,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[strum(serialize_all = "snake_case", ascii_case_insensitive)] // The configuration's names.
pub enum MatchMode {
    /// Interactions in which every selected actor takes part: their relationship.
    #[default]
    All,
    /// Interactions in which at least one selected actor takes part.
    Any,
}

impl MatchMode {
    /// The other mode.
    pub fn toggled(self) -> MatchMode {
        match self {
            MatchMode::All => MatchMode::Any,
            MatchMode::Any => MatchMode::All,
        }
    }

    /// As the status line says it: `all of`, `any of`.
    pub fn label(self) -> &'static str {
        match self {
            MatchMode::All => "all of",
            MatchMode::Any => "any of",
        }
    }
}

/// Which of an actor's interactions an actor filter keeps: those it took part in (mediating
/// included), or also those in which it is only quoted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RoleMatch {
    /// As a participant, the initiator or a mediator.
    #[default]
    TookPart,
    /// As a participant, the initiator, a mediator or a quoted speaker.
    Any,
}

impl RoleMatch {
    /// The other rule.
    pub fn toggled(self) -> RoleMatch {
        match self {
            RoleMatch::TookPart => RoleMatch::Any,
            RoleMatch::Any => RoleMatch::TookPart,
        }
    }

    /// As the status line says it: "Blinken: took part".
    pub fn label(self) -> &'static str {
        match self {
            RoleMatch::TookPart => "took part",
            RoleMatch::Any => "any role",
        }
    }
}

/// What the timeline shows: actors (as actor indices), groups of actors, a date range, a
/// search, a kind and a class.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Selected actors, in the order they were added.
    pub actors: Vec<usize>,
    /// Selected countries and organisations: each matches as one actor would, through any of
    /// its members.
    pub groups: Vec<Group>,
    /// Whether several actors and groups must all take part, or any of them.
    pub mode: MatchMode,
    /// How the actors and groups must take part.
    pub role: RoleMatch,
    /// Keep only interactions of this kind.
    pub kind: Option<InteractionKind>,
    /// Keep only interactions of this CAMEO quad class.
    pub class: Option<Class>,
    /// Keep only coded events of this CAMEO root code (`1` to `20`).
    pub root: Option<u8>,
    /// Keep only interactions at any of these places (indices into [`Data::places`]).
    pub places: Vec<usize>,
    /// Keep interactions that may fall on or after this date.
    pub since: Option<Date>,
    /// Keep interactions that may fall on or before this date.
    pub until: Option<Date>,
    /// Keep interactions that match this search (an empty query keeps all).
    pub search: Query,
}

impl Filter {
    /// How many actors and groups the filter holds.
    pub fn terms(&self) -> usize {
        self.actors.len() + self.groups.len()
    }

    /// Whether the filter keeps every interaction.
    pub fn is_empty(&self) -> bool {
        self.terms() == 0
            && self.since.is_none()
            && self.until.is_none()
            && self.search.is_empty()
            && self.kind.is_none()
            && self.class.is_none()
            && self.root.is_none()
            && self.places.is_empty()
    }

    /// Adds the group if absent, removes it if present.
    pub fn toggle_group(&mut self, group: Group) {
        match self.groups.iter().position(|g| g.key == group.key) {
            Some(i) => {
                self.groups.remove(i);
            }
            None => self.groups.push(group),
        }
    }

    /// Adds the actor if absent, removes it if present.
    pub fn toggle_actor(&mut self, actor: usize) {
        match self.actors.iter().position(|&a| a == actor) {
            Some(i) => {
                self.actors.remove(i);
            }
            None => self.actors.push(actor),
        }
    }
}

/// A class filter as the command line and the browser take it: a CAMEO quad class, or a
/// CAMEO root code of coded events.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ClassFilter {
    /// A CAMEO quad class.
    Quad(Class),
    /// `1` to `20`.
    Root(u8),
}

/// Reads a kind as the timeline labels it (`call`, `meeting`, …), or as the data format
/// names it (`PhoneCall`), in any case.
pub fn parse_kind(text: &str) -> Result<InteractionKind, String> {
    let t = text.trim();
    InteractionKind::ALL
        .into_iter()
        .find(|k| k.label().eq_ignore_ascii_case(t) || format!("{k:?}").eq_ignore_ascii_case(t))
        .ok_or_else(|| {
            let names: Vec<&str> = InteractionKind::ALL.iter().map(|k| k.label()).collect();
            format!("unknown kind {t:?}; one of {}", names.join(", "))
        })
}

/// Reads a class: `verbal-cooperation` (or `verbal cooperation`, `VerbalCooperation`), …,
/// or a CAMEO root code from `1` to `20` (`04` or `4`).
pub fn parse_class(text: &str) -> Result<ClassFilter, String> {
    let t = text.trim();
    if let Ok(n) = t.parse::<u8>() {
        return if (1..=20).contains(&n) {
            Ok(ClassFilter::Root(n))
        } else {
            Err(format!("CAMEO root codes run from 01 to 20, not {t}"))
        };
    }
    let squash = |s: &str| {
        s.chars()
            .filter(char::is_ascii_alphanumeric)
            .collect::<String>()
            .to_ascii_lowercase()
    };
    [
        Class::VerbalCooperation,
        Class::MaterialCooperation,
        Class::VerbalConflict,
        Class::MaterialConflict,
    ]
    .into_iter()
    .find(|c| squash(c.label()) == squash(t))
    .map(ClassFilter::Quad)
    .ok_or_else(|| {
        format!(
            "unknown class {t:?}; one of verbal-cooperation, material-cooperation, \
             verbal-conflict, material-conflict, or a CAMEO root code 01-20"
        )
    })
}

/// The interactions that match the filter, as indices in date order.
///
/// Actor filters walk the per-actor indexes (sorted lists: an intersection for "all", a
/// merge for "any"), never every interaction.
pub fn matching(data: &Data, filter: &Filter) -> Vec<usize> {
    let of = |a: usize| match filter.role {
        RoleMatch::TookPart => data.acts_of(a),
        RoleMatch::Any => data.interactions_of(a),
    };
    let merged: Vec<Vec<usize>> = filter
        .groups
        .iter()
        .map(|g| union(&g.members.iter().map(|&a| of(a)).collect::<Vec<_>>()))
        .collect();
    let mut lists: Vec<&[usize]> = filter.actors.iter().map(|&a| of(a)).collect();
    lists.extend(merged.iter().map(Vec::as_slice));
    let by_actor = match lists.as_slice() {
        [] => None,
        [one] => Some(one.to_vec()),
        _ => Some(match filter.mode {
            MatchMode::All => {
                lists.sort_by_key(|l| l.len());
                intersect(&lists)
            }
            MatchMode::Any => union(&lists),
        }),
    };
    let by_actor = if filter.places.is_empty() {
        by_actor
    } else {
        let at: Vec<&[usize]> = filter
            .places
            .iter()
            .filter_map(|&p| data.places().get(p).map(|_| data.interactions_at(p)))
            .collect();
        let at = union(&at);
        Some(match by_actor {
            Some(list) => both(&list, &at),
            None => at,
        })
    };
    let plain = filter.kind.is_none() && filter.class.is_none() && filter.root.is_none();
    let keep = |&i: &usize| {
        let it = data.when(i);
        in_range(it.date, it.until, filter.since, filter.until)
            && filter.kind.is_none_or(|k| k == it.kind)
            && filter.class.is_none_or(|c| it.class == Some(c))
            && filter.root.is_none_or(|r| root_code(data, i) == Some(r))
    };
    let unkept = filter.since.is_none() && filter.until.is_none() && plain;
    let list = match by_actor {
        Some(list) if unkept => list,
        Some(list) => list.into_iter().filter(keep).collect(),
        None if unkept && !filter.search.is_empty() => {
            return data.search(&filter.search, None);
        }
        None if unkept => (0..data.interactions().len()).collect(),
        None => (0..data.interactions().len()).filter(keep).collect(),
    };
    if filter.search.is_empty() {
        list
    } else {
        data.search(&filter.search, Some(&list))
    }
}

/// The CAMEO root code of a coded event (`4` for event code `"0431"`), if it has one.
pub fn root_code(data: &Data, interaction: usize) -> Option<u8> {
    crate::data::cameo::root(&data.interaction(interaction).coding.as_ref()?.event)
}

/// The elements in every sorted list; the shortest list first keeps it cheap.
fn intersect(lists: &[&[usize]]) -> Vec<usize> {
    let Some((first, rest)) = lists.split_first() else {
        return Vec::new();
    };
    first
        .iter()
        .copied()
        .filter(|x| rest.iter().all(|l| l.binary_search(x).is_ok()))
        .collect()
}

/// The elements in any sorted list, sorted and distinct.
fn union(lists: &[&[usize]]) -> Vec<usize> {
    let mut all: Vec<usize> = lists.iter().flat_map(|l| l.iter().copied()).collect();
    all.sort_unstable();
    all.dedup();
    all
}

/// One counterpart of an actor and what passed between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Relationship {
    /// Actor index of the counterpart.
    pub counterpart: usize,
    /// Interactions in which both take part.
    pub count: usize,
    /// The date of the latest of them.
    pub last: Date,
    /// The CAMEO class most of them have (ties go to the more cooperative class).
    pub class: Option<Class>,
}

/// Everyone `actor` took part with, over the whole dataset, most interactions first (then
/// the most recent). [`counts::relationships`] counts them over the filtered interactions
/// and for mediation and speech.
pub fn relationships(data: &Data, actor: usize) -> Vec<Relationship> {
    counts::relationships(data, actor, None, Link::Together)
}

/// The class with the most interactions of `counts` (per class, in [`Class`] order); ties go to
/// the more cooperative class, and `None` when every count is 0.
pub fn dominant(counts: [usize; 4]) -> Option<Class> {
    const CLASSES: [Class; 4] = [
        Class::VerbalCooperation,
        Class::MaterialCooperation,
        Class::VerbalConflict,
        Class::MaterialConflict,
    ];
    let (i, &n) = counts.iter().enumerate().rev().max_by_key(|&(_, n)| n)?;
    (n > 0).then_some(CLASSES[i])
}

/// Two actors and what passed between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// Actor indices: `a < b` for actors who took part together; for mediation and speech,
    /// `a` is the mediator or speaker and `b` a party.
    pub a: usize,
    /// The second actor index: a party, for mediation and speech.
    pub b: usize,
    /// Interactions in which both take part.
    pub count: usize,
    /// The date of the latest of them.
    pub last: Date,
    /// The CAMEO class most of them have (ties go to the more cooperative class).
    pub class: Option<Class>,
}

/// Every pair of actors that take part in an interaction together, most interactions first
/// (then the most recent, then by name order of the dataset), over the whole dataset.
pub fn pairs(data: &Data) -> Vec<Pair> {
    let all: Vec<usize> = (0..data.interactions().len()).collect();
    counts::pairs(data, &all, Link::Together)
}
