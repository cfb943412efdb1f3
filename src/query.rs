//! Questions asked of a loaded dataset: which interactions match a filter, and whom an actor
//! deals with. Pure functions over [`Data`]; the browser and the command line share them.

use crate::data::{Class, Data, Date};

/// Whether a filter of several actors keeps the interactions of all of them or of any.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum MatchMode {
    /// Interactions in which every selected actor takes part: their relationship.
    #[default]
    All,
    /// Interactions in which at least one selected actor takes part.
    Any,
}

impl MatchMode {
    pub fn toggled(self) -> MatchMode {
        match self {
            MatchMode::All => MatchMode::Any,
            MatchMode::Any => MatchMode::All,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            MatchMode::All => "all of",
            MatchMode::Any => "any of",
        }
    }
}

/// What the timeline shows: actors (as actor indices) and a date range.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    /// Selected actors, in the order they were added.
    pub actors: Vec<usize>,
    pub mode: MatchMode,
    /// Keep interactions that may fall on or after this date.
    pub since: Option<Date>,
    /// Keep interactions that may fall on or before this date.
    pub until: Option<Date>,
}

impl Filter {
    pub fn is_empty(&self) -> bool {
        self.actors.is_empty() && self.since.is_none() && self.until.is_none()
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

/// Whether an interaction dated `date` (lasting `until`) may fall in `[since, until]`.
///
/// Imprecise dates overlap: an interaction dated `2022-07` is in any range that touches July.
pub fn in_range(date: Date, last: Option<Date>, since: Option<Date>, until: Option<Date>) -> bool {
    let start = date.first_day();
    let end = last.unwrap_or(date).last_day();
    since.is_none_or(|s| end >= s.first_day()) && until.is_none_or(|u| start <= u.last_day())
}

/// The interactions that match the filter, as indices in date order.
///
/// Actor filters walk the per-actor indexes (sorted lists: an intersection for "all", a
/// merge for "any"), never every interaction.
pub fn matching(data: &Data, filter: &Filter) -> Vec<usize> {
    let by_actor = match filter.actors.as_slice() {
        [] => None,
        [one] => Some(data.interactions_of(*one).to_vec()),
        many => {
            let mut lists: Vec<&[usize]> = many.iter().map(|&a| data.interactions_of(a)).collect();
            Some(match filter.mode {
                MatchMode::All => {
                    lists.sort_by_key(|l| l.len());
                    intersect(&lists)
                }
                MatchMode::Any => union(&lists),
            })
        }
    };
    let dated = |&i: &usize| {
        let it = data.interaction(i);
        in_range(it.date, it.until, filter.since, filter.until)
    };
    match by_actor {
        Some(list) if filter.since.is_none() && filter.until.is_none() => list,
        Some(list) => list.into_iter().filter(dated).collect(),
        None => (0..data.interactions().len()).filter(dated).collect(),
    }
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

/// Everyone `actor` interacted with, most interactions first (then the most recent).
pub fn relationships(data: &Data, actor: usize) -> Vec<Relationship> {
    // counterpart → (count, last date, count per class)
    let mut acc: Vec<Option<(usize, Date, [usize; 4])>> = vec![None; data.actors().len()];
    for &i in data.interactions_of(actor) {
        let it = data.interaction(i);
        for &other in data.involved(i) {
            if other == actor {
                continue;
            }
            let entry = acc[other].get_or_insert((0, it.date, [0; 4]));
            entry.0 += 1;
            entry.1 = entry.1.max(it.date);
            if let Some(class) = it.class {
                entry.2[class as usize] += 1;
            }
        }
    }
    let mut out: Vec<Relationship> = acc
        .into_iter()
        .enumerate()
        .filter_map(|(counterpart, e)| {
            let (count, last, classes) = e?;
            Some(Relationship {
                counterpart,
                count,
                last,
                class: dominant(classes),
            })
        })
        .collect();
    out.sort_by(|a, b| b.count.cmp(&a.count).then(b.last.cmp(&a.last)));
    out
}

fn dominant(counts: [usize; 4]) -> Option<Class> {
    const CLASSES: [Class; 4] = [
        Class::VerbalCooperation,
        Class::MaterialCooperation,
        Class::VerbalConflict,
        Class::MaterialConflict,
    ];
    let (i, &n) = counts.iter().enumerate().rev().max_by_key(|&(_, n)| n)?;
    (n > 0).then_some(CLASSES[i])
}
