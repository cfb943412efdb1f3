//! Actors and places by name: the short names rows show, and finding an actor or a place from
//! what a reader types, folded as search folds.

use std::collections::HashMap;

use super::Data;
use crate::data::fold::fold;
use crate::data::model::{Actor, ActorKind};

/// Each actor's short name, told apart from every other actor's (see [`Data::short_name`]).
pub(super) fn short_names(actors: &[Actor]) -> Vec<String> {
    // A person's given names as initials before the short name: `A. Grigoryan`,
    // `U. von der Leyen`; anyone else, or a name that does not end in the short one, in full.
    let initials = |a: &Actor| -> String {
        let short = a.short_name();
        let given = a.name.strip_suffix(short).map(str::trim_end);
        match given {
            Some(given) if a.kind == ActorKind::Person && !given.is_empty() => {
                let mut out = String::new();
                for w in given.split_whitespace() {
                    if let Some(c) = w.chars().next() {
                        out.push(c);
                        out.push_str(". ");
                    }
                }
                out + short
            }
            _ => a.name.clone(),
        }
    };
    let tag = |a: &Actor| format!("{} ({})", a.name, a.code.as_deref().unwrap_or(&a.id));
    let mut names: Vec<String> = actors.iter().map(|a| a.short_name().to_owned()).collect();
    // Each step applies only to the actors whose name so far is shared.
    for step in [
        &initials as &dyn Fn(&Actor) -> String,
        &|a: &Actor| a.name.clone(),
        &tag,
    ] {
        let mut count: HashMap<&str, usize> = HashMap::new();
        for n in &names {
            *count.entry(n.as_str()).or_default() += 1;
        }
        let shared: Vec<bool> = names.iter().map(|n| count[n.as_str()] > 1).collect();
        for (i, a) in actors.iter().enumerate() {
            if shared[i] {
                names[i] = step(a);
            }
        }
    }
    names
}

/// What a name given for an actor resolves to ([`Data::resolve_actor`]).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ActorMatch {
    /// One actor, by index.
    One(usize),
    /// Several actors match equally well: their indices, in file order.
    Several(Vec<usize>),
    /// No actor matches.
    None,
}

impl Data {
    /// The actor that `query` names exactly (case-insensitive): its id, name, native name or
    /// one of its aliases.
    pub fn find_actor(&self, query: &str) -> Option<usize> {
        let q = fold(query.trim());
        self.keys.iter().position(|keys| keys.contains(&q))
    }

    /// The dataset's places, in file order.
    pub fn places(&self) -> &[crate::data::model::Place] {
        &self.dataset.places
    }

    /// The places whose id, name, native name or alias contains `query` (folded), best first:
    /// exact matches, then prefixes of a word, then anywhere. An empty query matches none.
    pub fn search_places(&self, query: &str) -> Vec<usize> {
        let q = fold(query.trim());
        if q.is_empty() {
            return Vec::new();
        }
        let mut ranked: Vec<(u8, usize)> = self
            .place_keys
            .iter()
            .enumerate()
            .filter_map(|(i, keys)| Some((rank(keys, &q, false)?, i)))
            .collect();
        ranked.sort_unstable();
        ranked.into_iter().map(|(_, i)| i).collect()
    }

    /// Whether `query` names `actor` exactly (case-insensitive): its id, name, native name,
    /// an alias or its code.
    pub fn is_named(&self, actor: usize, query: &str) -> bool {
        let q = fold(query.trim());
        self.keys.get(actor).is_some_and(|keys| keys.contains(&q))
    }

    /// The actors whose id, name, native name or alias contains `query` (case-insensitive),
    /// best first: exact matches, then prefixes of a word, then anywhere. An empty query
    /// matches every actor, in file order.
    pub fn search_actors(&self, query: &str) -> Vec<usize> {
        self.ranked_actors(query)
            .into_iter()
            .map(|(_, i)| i)
            .collect()
    }

    /// The actor a name given on the command line (`--actor`) stands for, matched as the
    /// picker matches ([`Data::search_actors`]): an actor's exact id first; else the actors
    /// of the best rank (an exact name, native name, alias or code; else a word that starts
    /// with it; else any part of one), folded as search folds. [`ActorMatch::Several`] when
    /// more than one actor shares that best rank, [`ActorMatch::None`] when none matches.
    pub fn resolve_actor(&self, query: &str) -> ActorMatch {
        let query = query.trim();
        if let Some(i) = self.actor_index(query) {
            return ActorMatch::One(i);
        }
        if query.is_empty() {
            return ActorMatch::None;
        }
        let ranked = self.ranked_actors(query);
        let Some(&(best, _)) = ranked.first() else {
            return ActorMatch::None;
        };
        let top: Vec<usize> = ranked
            .iter()
            .take_while(|&&(rank, _)| rank == best)
            .map(|&(_, i)| i)
            .collect();
        match top[..] {
            [one] => ActorMatch::One(one),
            _ => ActorMatch::Several(top),
        }
    }

    /// [`Data::search_actors`] with each actor's rank: 0 exact, 1 a word's prefix, 2 a part.
    fn ranked_actors(&self, query: &str) -> Vec<(u8, usize)> {
        let q = fold(query.trim());
        let mut ranked: Vec<(u8, usize)> = self
            .keys
            .iter()
            .enumerate()
            .filter_map(|(i, keys)| Some((rank(keys, &q, true)?, i)))
            .collect();
        ranked.sort_unstable();
        ranked
    }
}

/// How well `query` (folded) matches the best of `keys` (folded): 0 exactly, 1 at the start
/// of a word (or, with `at_start`, of the whole key), 2 anywhere; `None` for no match.
fn rank(keys: &[String], query: &str, at_start: bool) -> Option<u8> {
    keys.iter()
        .filter_map(|k| {
            if k == query {
                Some(0)
            } else if (at_start && k.starts_with(query))
                || k.split_whitespace().any(|w| w.starts_with(query))
            {
                Some(1)
            } else if k.contains(query) {
                Some(2)
            } else {
                None
            }
        })
        .min()
}
