//! Countries and organisations taken as one: every actor of a country code ("RUS": Putin,
//! Lavrov, the Kremlin, Zakharova, …), or an organisation and everyone affiliated with it,
//! directly or through an office. The actor picker offers them beside the actors.

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
    pub kind: GroupKind,
    /// The country code (`"RUS"`) or the organisation's actor id (`"eu"`): what identifies
    /// the group across a reload.
    pub key: String,
    /// How the screen names it: `"Russia (RUS)"`, `"European Union"`.
    pub label: String,
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
