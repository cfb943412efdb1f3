//! Countries and organisations taken as one: every actor of a country code ("RUS": Putin,
//! Lavrov, the Kremlin, Zakharova, …), or an organisation and everyone affiliated with it,
//! directly or through an office. The actor picker offers them beside the actors.

use std::cmp::Ordering;

use super::counts::{ActorCount, Counts};
use super::facets::Facets;
use crate::data::Data;
use crate::data::fold::fold;

/// What holds a group together.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum GroupKind {
    /// Actors with the same ISO 3166 alpha-3 `country` code.
    Country,
    /// An actor and every actor whose `affiliation` leads to it.
    Affiliation,
}

/// A country or an organisation, with its members as actor indices (sorted).
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Group {
    /// A country or an organisation.
    pub kind: GroupKind,
    /// The country code (`"RUS"`) or the organisation's actor id (`"eu"`): what identifies
    /// the group across a reload.
    pub key: String,
    /// How the screen names it: `"Russia (RUS)"`, `"European Union"`.
    pub label: String,
    /// The actor indices of its members, ascending.
    pub members: Vec<usize>,
}

impl Group {
    /// The group `kind`/`key` in `data`, if it has members there.
    pub fn find(data: &Data, kind: GroupKind, key: &str) -> Option<Group> {
        all(data)
            .into_iter()
            .find(|g| g.kind == kind && g.key == key)
    }
}

/// Every country code and every organisation that others are affiliated with, countries
/// first, each by label.
pub fn all(data: &Data) -> Vec<Group> {
    let actors = data.actors();
    let mut countries: Vec<(&str, usize)> = actors
        .iter()
        .enumerate()
        .filter_map(|(i, a)| Some((a.country.as_deref()?, i)))
        .collect();
    countries.sort_unstable();
    let mut out: Vec<Group> = Vec::new();
    for chunk in countries.chunk_by(|a, b| a.0 == b.0) {
        let code = chunk[0].0;
        let members: Vec<usize> = chunk.iter().map(|&(_, i)| i).collect();
        // The state itself names the country, where the data has it.
        let state = members
            .iter()
            .find(|&&i| actors[i].kind == crate::data::ActorKind::State)
            .map(|&i| actors[i].name.as_str());
        let label = match state {
            Some(name) => format!("{name} ({code})"),
            None => code.to_owned(),
        };
        out.push(Group {
            kind: GroupKind::Country,
            key: code.to_owned(),
            label,
            members,
        });
    }
    // Affiliations, followed upward: an actor belongs to every actor above it.
    let parent = |i: usize| {
        actors[i]
            .affiliation
            .as_deref()
            .and_then(|id| data.actor_index(id))
    };
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); actors.len()];
    for i in 0..actors.len() {
        let mut at = parent(i);
        let mut steps = 0;
        while let Some(p) = at
            && steps < actors.len()
        {
            members[p].push(i);
            at = parent(p);
            steps += 1;
        }
    }
    let mut orgs: Vec<Group> = members
        .into_iter()
        .enumerate()
        .filter(|(_, m)| !m.is_empty())
        .map(|(org, mut m)| {
            m.push(org);
            m.sort_unstable();
            m.dedup();
            Group {
                kind: GroupKind::Affiliation,
                key: actors[org].id.clone(),
                label: actors[org].name.clone(),
                members: m,
            }
        })
        .collect();
    orgs.sort_by(|a, b| a.label.cmp(&b.label));
    out.extend(orgs);
    out
}

/// The groups whose label, code or member's name matches `query` (folded, as the picker
/// matches actors), best first: a match of the label or code before a match of a member.
pub fn search(groups: &[Group], query: &str) -> Vec<usize> {
    let q = fold(query.trim());
    if q.is_empty() {
        return (0..groups.len()).collect();
    }
    let mut ranked: Vec<(u8, usize)> = groups
        .iter()
        .enumerate()
        .filter_map(|(n, g)| {
            let own = fold(&g.label);
            let rank = if own == q || fold(&g.key) == q {
                0
            } else if own.split_whitespace().any(|w| w.starts_with(&q)) {
                1
            } else if own.contains(&q) {
                2
            } else {
                return None;
            };
            Some((rank, n))
        })
        .collect();
    ranked.sort_unstable();
    ranked.into_iter().map(|(_, n)| n).collect()
}

/// A few member names for the picker: `"Putin, Lavrov, Kremlin, Zakharova, …"`, most
/// active first.
pub fn member_names(data: &Data, group: &Group, most: usize) -> String {
    let mut members = group.members.clone();
    members.sort_by_key(|&a| std::cmp::Reverse(data.interactions_of(a).len()));
    let mut names: Vec<&str> = members
        .iter()
        .take(most)
        .map(|&a| data.actor(a).name.as_str())
        .collect();
    if group.members.len() > most {
        names.push("…");
    }
    names.join(", ")
}

/// One row of the Actors pane.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum ActorRow {
    /// An actor (an index into [`Data::actors`]) that belongs to no folded country.
    Actor(usize),
    /// A country folded into one row: an index into [`Facets::countries`].
    Group(usize),
    /// An actor listed under its country's row, the group being expanded.
    Member(usize),
}

impl ActorRow {
    /// The actor of the row; `None` for a country's row.
    pub fn actor(self) -> Option<usize> {
        match self {
            ActorRow::Actor(a) | ActorRow::Member(a) => Some(a),
            ActorRow::Group(_) => None,
        }
    }
}

/// Whether the Actors pane folds the actors of a country into one row, and which countries
/// are expanded.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Grouping {
    /// Fold each country that two or more actors share into one row.
    pub on: bool,
    /// The country codes (`"ARM"`) whose members are listed under their row: codes, not
    /// indices, so a reload keeps them.
    pub expanded: Vec<String>,
}

impl Grouping {
    /// Folding on for coded event data, where one country comes under many names (GDELT
    /// codes ARMENIA, ARMENIAN, YEREVAN and HAYASTAN all as ARM); off for hand-written data.
    pub fn for_data(facets: &Facets) -> Grouping {
        Grouping {
            on: facets.coded && !facets.countries.is_empty(),
            expanded: Vec::new(),
        }
    }

    /// Expands the country `code` if folded, folds it if expanded.
    pub fn toggle(&mut self, code: &str) {
        match self.expanded.iter().position(|c| c == code) {
            Some(n) => {
                self.expanded.remove(n);
            }
            None => self.expanded.push(code.to_owned()),
        }
    }
}

/// What the Actors pane orders a row by: its counts and its name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Tally<'a> {
    /// The actor's counts, or the country's.
    pub count: ActorCount,
    /// The actor's name, or the country's label.
    pub name: &'a str,
}

/// The rows of the Actors pane: `order` (actor indices, sorted and filtered as the pane
/// lists them) with, when `grouping` is on, each country of `facets` in one row placed by
/// `cmp` among the others, and its members under it when expanded. A country none of whose
/// actors is in `order` has no row.
pub fn actor_rows(
    data: &Data,
    order: &[usize],
    facets: &Facets,
    grouping: &Grouping,
    counts: &Counts,
    cmp: &dyn Fn(&Tally, &Tally) -> Ordering,
) -> Vec<ActorRow> {
    if !grouping.on || facets.countries.is_empty() {
        return order.iter().map(|&a| ActorRow::Actor(a)).collect();
    }
    let mut members: Vec<Vec<usize>> = vec![Vec::new(); facets.countries.len()];
    let mut items: Vec<ActorRow> = Vec::with_capacity(order.len());
    for &a in order {
        match facets.country_of.get(a).copied().flatten() {
            Some(g) => {
                let g = g as usize;
                if members[g].is_empty() {
                    items.push(ActorRow::Group(g));
                }
                members[g].push(a);
            }
            None => items.push(ActorRow::Actor(a)),
        }
    }
    let tally = |row: &ActorRow| match *row {
        ActorRow::Group(g) => Tally {
            count: counts.group(g),
            name: &facets.countries[g].label,
        },
        ActorRow::Actor(a) | ActorRow::Member(a) => Tally {
            count: counts.get(a),
            name: &data.actor(a).name,
        },
    };
    items.sort_by(|x, y| cmp(&tally(x), &tally(y)));
    let mut rows = Vec::with_capacity(order.len());
    for item in items {
        rows.push(item);
        if let ActorRow::Group(g) = item
            && grouping.expanded.contains(&facets.countries[g].key)
        {
            rows.extend(members[g].iter().map(|&a| ActorRow::Member(a)));
        }
    }
    rows
}
