//! The actor network of a set of interactions: who took part with whom, how often, when, and in
//! which CAMEO quad class mostly. Terminal-free: the browser's network view ([`layout`] places
//! it in cells) and `readout export --format gexf|graphml|dot` ([`export`]) share it.
//!
//! Two actors are linked by an interaction when both *took part* in it: as participants or as
//! its initiator. Mediators and quoted speakers are left out: a mediator stands between the
//! sides rather than with them, and a speaker may only comment. The network is built from the
//! interactions a filter selects (the list the timeline shows), so it follows every filter.

pub mod export;
pub mod layout;

use std::borrow::Cow;
use std::collections::HashMap;

use crate::data::{ActorKind, Class, Data, Date};
use crate::query::dominant;

/// The actors that took part in an interaction: its participants and initiator, as sorted,
/// distinct actor indices. Ids the dataset does not know are left out.
///
/// The dataset's index lists the actors involved in any way (participants, initiator,
/// mediators, quoted speakers), and these are among them; when there are as many distinct
/// participants and initiator as involved actors, they are all of them, and that list is
/// borrowed without looking up any id. Only an interaction with a mediator or a speaker from
/// outside looks its ids up.
pub fn took_part(data: &Data, interaction: usize) -> Cow<'_, [usize]> {
    let it = data.interaction(interaction);
    let involved = data.involved(interaction);
    let took = || it.participants.iter().chain(&it.initiator);
    let distinct = took()
        .enumerate()
        .filter(|&(n, id)| !took().take(n).any(|x| x == id))
        .count();
    // Validation guarantees every id resolves, so the counts compare like for like.
    if distinct == involved.len() {
        return Cow::Borrowed(involved);
    }
    let mut out: Vec<usize> = took().filter_map(|id| data.actor_index(id)).collect();
    out.sort_unstable();
    out.dedup();
    Cow::Owned(out)
}

/// Two actors and the interactions both took part in.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    /// Actor indices, `a < b`.
    pub a: usize,
    /// The other actor index, greater than `a`.
    pub b: usize,
    /// How many interactions both took part in: the edge's weight.
    pub count: usize,
    /// The first day the first of them may have fallen on (an imprecise date's first day).
    pub first: Date,
    /// The last day the last of them may have lasted to (an imprecise date's last day).
    pub last: Date,
    /// How many of them fall in each CAMEO quad class, in [`Class`] order.
    pub classes: [usize; 4],
}

impl Edge {
    /// The class most of its interactions have; ties go to the more cooperative class, and
    /// `None` when none is classed.
    pub fn class(&self) -> Option<Class> {
        dominant(self.classes)
    }

    /// The other end of the edge from `actor`.
    pub fn other(&self, actor: usize) -> usize {
        if self.a == actor { self.b } else { self.a }
    }
}

/// An actor's part in a set of interactions.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Took {
    /// Actor index.
    pub actor: usize,
    /// How many of the interactions it took part in.
    pub interactions: usize,
    /// The first day of the first of them and the last day of the last (as in [`Edge`]).
    pub first: Date,
    /// The last day of the last of them.
    pub last: Date,
}

/// The actor network of a set of interactions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Network {
    /// Every linked pair, heaviest first (then the most recent, then by actor index).
    pub edges: Vec<Edge>,
    /// Every actor with at least one edge, by strength (the sum of its edges' weights), the
    /// strongest first, ties by actor index.
    pub nodes: Vec<usize>,
    /// Every actor that took part in at least one of the interactions, linked or not, in the
    /// dataset's order.
    pub actors: Vec<Took>,
    /// Actor index → its edges' indices in `edges`, heaviest first.
    adjacency: HashMap<usize, Vec<usize>>,
}

impl Network {
    /// The network of `interactions` (indices into `data`, any order, each counted once).
    pub fn build(data: &Data, interactions: &[usize]) -> Network {
        // Every (pair, interaction) once, sorted by pair: each run of a pair is one edge.
        // At 100k interactions this took 334 ms against 568 ms for a map of pairs (one run,
        // unoptimised test build).
        let mut links: Vec<(usize, usize, usize)> = Vec::new();
        let mut took: Vec<Option<Took>> = vec![None; data.actors().len()];
        for &i in interactions {
            let actors = took_part(data, i);
            let when = data.when(i);
            let first = when.date.first_day();
            let last = when.until.unwrap_or(when.date).last_day();
            for &actor in actors.iter() {
                let t = took[actor].get_or_insert(Took {
                    actor,
                    interactions: 0,
                    first,
                    last,
                });
                t.interactions += 1;
                t.first = t.first.min(first);
                t.last = t.last.max(last);
            }
            for (n, &a) in actors.iter().enumerate() {
                for &b in &actors[n + 1..] {
                    links.push((a, b, i));
                }
            }
        }
        links.sort_unstable();
        let mut edges: Vec<Edge> = Vec::new();
        for &(a, b, i) in &links {
            let when = data.when(i);
            let first = when.date.first_day();
            let last = when.until.unwrap_or(when.date).last_day();
            match edges.last_mut() {
                Some(e) if (e.a, e.b) == (a, b) => {
                    e.count += 1;
                    e.first = e.first.min(first);
                    e.last = e.last.max(last);
                    if let Some(c) = when.class {
                        e.classes[c as usize] += 1;
                    }
                }
                _ => {
                    let mut classes = [0; 4];
                    if let Some(c) = when.class {
                        classes[c as usize] += 1;
                    }
                    edges.push(Edge {
                        a,
                        b,
                        count: 1,
                        first,
                        last,
                        classes,
                    });
                }
            }
        }
        edges.sort_by(|x, y| {
            y.count
                .cmp(&x.count)
                .then(y.last.cmp(&x.last))
                .then((x.a, x.b).cmp(&(y.a, y.b)))
        });
        let mut adjacency: HashMap<usize, Vec<usize>> = HashMap::new();
        let mut strength: HashMap<usize, usize> = HashMap::new();
        for (k, e) in edges.iter().enumerate() {
            for end in [e.a, e.b] {
                adjacency.entry(end).or_default().push(k);
                *strength.entry(end).or_default() += e.count;
            }
        }
        let mut nodes: Vec<usize> = strength.keys().copied().collect();
        nodes.sort_by(|x, y| strength[y].cmp(&strength[x]).then(x.cmp(y)));
        let actors: Vec<Took> = took.into_iter().flatten().collect();
        Network {
            edges,
            nodes,
            actors,
            adjacency,
        }
    }

    /// The edges of `actor`, heaviest first: its counterparts and what passed between them.
    pub fn edges_of(&self, actor: usize) -> impl Iterator<Item = &Edge> {
        self.adjacency
            .get(&actor)
            .into_iter()
            .flatten()
            .map(|&k| &self.edges[k])
    }

    /// The edge between two actors, if they share an interaction.
    pub fn edge(&self, a: usize, b: usize) -> Option<&Edge> {
        let (a, b) = (a.min(b), a.max(b));
        self.edges_of(a).find(|e| e.a == a && e.b == b)
    }

    /// The sum of the weights of an actor's edges: 0 for an actor outside the network.
    pub fn strength(&self, actor: usize) -> usize {
        self.edges_of(actor).map(|e| e.count).sum()
    }
}

/// Actors' names as the network view labels them: a person's last name, unless another person
/// of the data has it too (Armen and Mher Grigoryan), and anything else's full name
/// (`Pashinyan`, `Mher Grigoryan`, `European Union`). One pass over the actors, then a label
/// per actor asked for: actor index → label.
pub fn labels(data: &Data, actors: impl IntoIterator<Item = usize>) -> HashMap<usize, String> {
    fn last(name: &str) -> &str {
        name.rsplit(' ').next().unwrap_or(name)
    }
    let mut people: HashMap<&str, usize> = HashMap::new();
    for a in data.actors().iter().filter(|a| a.kind == ActorKind::Person) {
        *people.entry(last(&a.name)).or_default() += 1;
    }
    actors
        .into_iter()
        .map(|actor| {
            let a = data.actor(actor);
            let short = last(&a.name);
            let label = if a.kind == ActorKind::Person && people.get(short) == Some(&1) {
                short
            } else {
                &a.name
            };
            (actor, label.to_owned())
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn builtin() -> Data {
        crate::data::load::load_str(crate::data::load::BUILTIN_NAME, crate::data::load::BUILTIN)
            .expect("the built-in dataset loads")
    }

    /// What a pair's weight must be, counted the plainest way: every interaction, both ids
    /// among its participants or as its initiator.
    fn plain_count(data: &Data, interactions: &[usize], a: &str, b: &str) -> usize {
        interactions
            .iter()
            .map(|&i| data.interaction(i))
            .filter(|it| {
                let took = |id: &str| {
                    it.participants.iter().any(|p| p == id) || it.initiator.as_deref() == Some(id)
                };
                took(a) && took(b)
            })
            .count()
    }

    #[test]
    fn edge_weights_match_a_plain_scan() {
        let data = builtin();
        let all: Vec<usize> = (0..data.interactions().len()).collect();
        let net = Network::build(&data, &all);
        assert!(!net.edges.is_empty());
        let labels = labels(&data, 0..data.actors().len());
        let id = |id: &str| data.actor_index(id).expect("a known actor");
        assert_eq!(labels[&id("pashinyan")], "Pashinyan");
        assert_eq!(labels[&id("mher-grigoryan")], "Mher Grigoryan");
        assert_eq!(labels[&id("armenia")], "Armenia");
        for e in &net.edges {
            let (a, b) = (&data.actor(e.a).id, &data.actor(e.b).id);
            assert_eq!(e.count, plain_count(&data, &all, a, b), "{a}–{b}");
            assert!(e.classes.iter().sum::<usize>() <= e.count);
            assert!(e.first <= e.last);
        }
        // Every pair the plain scan links is an edge.
        let n = data.actors().len();
        let linked = (0..n)
            .flat_map(|a| (a + 1..n).map(move |b| (a, b)))
            .filter(|&(a, b)| plain_count(&data, &all, &data.actor(a).id, &data.actor(b).id) > 0)
            .count();
        assert_eq!(linked, net.edges.len());
    }

    #[test]
    fn a_filtered_set_counts_only_its_interactions() {
        let data = builtin();
        let pashinyan = data
            .actor_index("pashinyan")
            .expect("Pashinyan is in the data");
        let since = Date::y(2023);
        let some: Vec<usize> = (0..data.interactions().len())
            .filter(|&i| data.interaction(i).date >= since)
            .collect();
        let net = Network::build(&data, &some);
        for e in net.edges_of(pashinyan) {
            let other = &data.actor(e.other(pashinyan)).id;
            assert_eq!(e.count, plain_count(&data, &some, "pashinyan", other));
            assert!(e.first >= since);
        }
        assert!(net.edges_of(pashinyan).count() > 0);
        // Heaviest first, and strengths add up.
        let weights: Vec<usize> = net.edges_of(pashinyan).map(|e| e.count).collect();
        assert!(weights.is_sorted_by(|a, b| a >= b));
        assert_eq!(net.strength(pashinyan), weights.iter().sum::<usize>());
        assert_eq!(Network::build(&data, &[]), Network::default());
    }

    #[test]
    fn took_part_is_the_participants_and_the_initiator() {
        let data = builtin();
        for (i, it) in data.interactions().iter().enumerate() {
            let mut plain: Vec<usize> = it
                .participants
                .iter()
                .chain(&it.initiator)
                .map(|id| data.actor_index(id).expect("a known actor"))
                .collect();
            plain.sort_unstable();
            plain.dedup();
            assert_eq!(*took_part(&data, i), *plain, "{}", it.id);
        }
    }

    #[test]
    fn mediators_and_speakers_do_not_link() {
        let data = builtin();
        let all: Vec<usize> = (0..data.interactions().len()).collect();
        let net = Network::build(&data, &all);
        for (i, it) in data.interactions().iter().enumerate() {
            for m in &it.mediators {
                let took = took_part(&data, i).into_owned();
                let m = data.actor_index(m).expect("a known mediator");
                if !took.contains(&m) {
                    for &p in &took {
                        let e = net.edge(m, p);
                        assert!(e.is_none_or(|e| e.count
                            == plain_count(&data, &all, &data.actor(m).id, &data.actor(p).id)),);
                    }
                }
            }
        }
    }
}
