//! Questions asked of a loaded dataset: which interactions match a filter, and whom an actor
//! deals with. Pure functions over [`Data`]; the browser and the command line share them.

use crate::data::fold::Query;
pub use crate::data::index::both;
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
    /// Keep interactions that match this search (an empty query keeps all).
    pub search: Query,
}

impl Filter {
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
        let it = data.when(i);
        in_range(it.date, it.until, filter.since, filter.until)
    };
    let undated = filter.since.is_none() && filter.until.is_none();
    let list = match by_actor {
        Some(list) if undated => list,
        Some(list) => list.into_iter().filter(dated).collect(),
        None if undated && !filter.search.is_empty() => {
            return data.search(&filter.search, None);
        }
        None => (0..data.interactions().len()).filter(dated).collect(),
    };
    if filter.search.is_empty() {
        list
    } else {
        data.search(&filter.search, Some(&list))
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
        let it = data.when(i);
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

/// Two actors and what passed between them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Pair {
    /// Actor indices, `a < b`.
    pub a: usize,
    pub b: usize,
    /// Interactions in which both take part.
    pub count: usize,
    pub last: Date,
    pub class: Option<Class>,
}

/// Every pair of actors that take part in an interaction together, most interactions first
/// (then the most recent, then by name order of the dataset).
pub fn pairs(data: &Data) -> Vec<Pair> {
    let mut acc: std::collections::HashMap<(usize, usize), (usize, Date, [usize; 4])> =
        std::collections::HashMap::new();
    for (i, it) in data.interactions().iter().enumerate() {
        let involved = data.involved(i);
        for (n, &a) in involved.iter().enumerate() {
            for &b in &involved[n + 1..] {
                let entry = acc.entry((a, b)).or_insert((0, it.date, [0; 4]));
                entry.0 += 1;
                entry.1 = entry.1.max(it.date);
                if let Some(class) = it.class {
                    entry.2[class as usize] += 1;
                }
            }
        }
    }
    let mut out: Vec<Pair> = acc
        .into_iter()
        .map(|((a, b), (count, last, classes))| Pair {
            a,
            b,
            count,
            last,
            class: dominant(classes),
        })
        .collect();
    out.sort_by(|x, y| {
        y.count
            .cmp(&x.count)
            .then(y.last.cmp(&x.last))
            .then((x.a, x.b).cmp(&(y.a, y.b)))
    });
    out
}

/// The period a date falls in, for stepping: its month, or its year when only that is known.
pub fn period_of(date: Date) -> Date {
    match date.month() {
        Some(m) => Date::ym(date.year(), m).unwrap_or(Date::y(date.year())),
        None => Date::y(date.year()),
    }
}

fn month_index(date: Date) -> i64 {
    i64::from(date.year()) * 12 + i64::from(date.month().unwrap_or(1)) - 1
}

fn from_month_index(index: i64) -> Date {
    let index = index.clamp(0, 9999 * 12 + 11);
    // In range by the clamp: the year fits u16 and the month 1–12.
    Date::ym((index / 12) as u16, (index % 12 + 1) as u8).unwrap_or(Date::y(0))
}

/// The range `[since, until]` moved by its own length, back (`direction` < 0) or forward: a
/// year range by years, anything else by months.
pub fn shift_range(since: Date, until: Date, direction: i32) -> (Date, Date) {
    if since.month().is_none() && until.month().is_none() {
        let len = i32::from(until.year()) - i32::from(since.year()) + 1;
        let shift = |d: Date| {
            let year = (i32::from(d.year()) + direction * len).clamp(0, 9999);
            Date::y(year as u16)
        };
        return (shift(since), shift(until));
    }
    let (s, u) = (
        month_index(since.first_day()),
        month_index(until.last_day()),
    );
    let len = u - s + 1;
    let by = i64::from(direction) * len;
    (from_month_index(s + by), from_month_index(u + by))
}

/// Parses what the range prompt takes: `2022`, `2022-07`, `2022-07-25`, `2022-07..2022-10`,
/// `2022..`, `..2021-06`; an empty text clears the range.
pub fn parse_range(text: &str) -> Result<(Option<Date>, Option<Date>), String> {
    let date = |s: &str| -> Result<Option<Date>, String> {
        let s = s.trim();
        if s.is_empty() {
            return Ok(None);
        }
        let d: Date = s
            .parse()
            .map_err(|e: crate::data::date::DateError| e.to_string())?;
        d.check().map_err(|e| e.to_string())?;
        Ok(Some(d))
    };
    let text = text.trim();
    let (since, until) = match text.split_once("..") {
        Some((a, b)) => (date(a)?, date(b)?),
        None => {
            let d = date(text)?;
            (d, d)
        }
    };
    check_range(since, until)?;
    Ok((since, until))
}

/// The terms of a search as typed: words, and phrases in double quotes (`"peace treaty"`, or
/// `“peace treaty”`) kept whole, with the spaces inside collapsed to one. A phrase matches
/// those words next to each other, in that order; words outside quotes match anywhere. An
/// unclosed quote runs to the end of the text, so a phrase matches while it is being typed.
pub fn search_terms(text: &str) -> Vec<String> {
    let mut terms = Vec::new();
    let mut rest = text;
    loop {
        let Some(open) = rest.find(['"', '“', '”']) else {
            terms.extend(rest.split_whitespace().map(str::to_owned));
            return terms;
        };
        terms.extend(rest[..open].split_whitespace().map(str::to_owned));
        let after = &rest[open..];
        let inside = &after[after.chars().next().map_or(0, char::len_utf8)..];
        let (phrase, next) = match inside.find(['"', '“', '”']) {
            Some(close) => {
                let end = close + inside[close..].chars().next().map_or(0, char::len_utf8);
                (&inside[..close], &inside[end..])
            }
            None => (inside, ""),
        };
        let phrase = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
        if !phrase.is_empty() {
            terms.push(phrase);
        }
        rest = next;
    }
}

/// The search a typed text asks for: its [`search_terms`], each folded, all to occur.
pub fn search_query(text: &str) -> Query {
    Query::with_terms(text, &search_terms(text))
}

/// Refuses a range that ends before it starts (`2023..2022`), as the browser's range prompt
/// and the command line's `--since`/`--until` both do. Each date is the whole period it
/// names, so `2022..2022-07` is fine.
///
/// # Errors
/// The message says which end comes first: `the range ends (2022) before it starts (2023)`.
pub fn check_range(since: Option<Date>, until: Option<Date>) -> Result<(), String> {
    match (since, until) {
        (Some(s), Some(u)) if u.last_day() < s.first_day() => {
            Err(format!("the range ends ({u}) before it starts ({s})"))
        }
        _ => Ok(()),
    }
}

/// A range as the prompt writes it: `2022-07`, `2022-07..2022-10`, `2022..`.
pub fn range_text(since: Option<Date>, until: Option<Date>) -> String {
    match (since, until) {
        (None, None) => String::new(),
        (Some(s), Some(u)) if s == u => s.to_string(),
        (s, u) => format!(
            "{}..{}",
            s.map(|d| d.to_string()).unwrap_or_default(),
            u.map(|d| d.to_string()).unwrap_or_default()
        ),
    }
}

/// Interactions per month over the whole dataset, by class, for the density strip. Counted
/// once at load; a year-only date has no month and is not counted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Monthly {
    /// The first month, as `year * 12 + month - 1`.
    pub first: i64,
    /// Per month from `first`: counts by class (the four CAMEO classes, then unclassified).
    pub counts: Vec<[u32; 5]>,
}

impl Monthly {
    pub fn new(data: &Data) -> Monthly {
        let months: Vec<(i64, usize)> = data
            .interactions()
            .iter()
            .filter(|it| it.date.month().is_some())
            .map(|it| (month_index(it.date), it.class.map_or(4, |c| c as usize)))
            .collect();
        let (Some(first), Some(last)) = (
            months.iter().map(|m| m.0).min(),
            months.iter().map(|m| m.0).max(),
        ) else {
            return Monthly::default();
        };
        let mut counts = vec![[0u32; 5]; (last - first + 1) as usize];
        for (m, class) in months {
            counts[(m - first) as usize][class] += 1;
        }
        Monthly { first, counts }
    }

    /// The month at an offset from the first.
    pub fn month(&self, offset: usize) -> Date {
        from_month_index(self.first + offset as i64)
    }

    /// The offset of a date's month, if the date has one and it is in range.
    pub fn offset_of(&self, date: Date) -> Option<usize> {
        date.month()?;
        let off = month_index(date) - self.first;
        (0..self.counts.len() as i64)
            .contains(&off)
            .then_some(off as usize)
    }
}
