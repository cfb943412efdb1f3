//! A loaded dataset with the indexes the browser and the commands query.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::clean::clean_dataset;
use super::fold::Query;
pub use super::fold::fold;
use super::model::{Actor, Dataset, Interaction};

/// A validated dataset, its interactions in date order, and its indexes.
///
/// Built once at load time, so that nothing on the key path has to scan or allocate to answer
/// "which interactions does this actor take part in" or "who takes part in this one".
#[derive(Debug, Clone)]
pub struct Data {
    pub dataset: Dataset,
    actor_by_id: HashMap<String, usize>,
    /// Per interaction: the actors taking part (participants, initiator, mediators, speakers),
    /// as sorted, distinct actor indices.
    involved: Vec<Vec<usize>>,
    /// Per actor: the interactions it takes part in, ascending (which is date order).
    by_actor: Vec<Vec<usize>>,
    /// Per actor: its id, name, native name, aliases and code, folded, for matching.
    keys: Vec<Vec<String>>,
    /// Per interaction: its searchable text, folded. Built on the first search, so that a
    /// reader who never searches never pays for it.
    haystacks: OnceLock<Vec<String>>,
}

impl Data {
    /// Indexes a dataset that has passed validation. Interactions are put in date order (a
    /// stable sort: the file's order among equal dates) and all text is made safe to print.
    pub fn new(mut dataset: Dataset) -> Data {
        clean_dataset(&mut dataset);
        Data::as_is(dataset)
    }

    /// Indexes a validated dataset and keeps its text exactly as the file has it, control
    /// characters included: for output formats that escape them themselves (JSON). Never
    /// display this data in a terminal.
    pub fn as_is(mut dataset: Dataset) -> Data {
        dataset.interactions.sort_by_key(|it| it.date);
        let actor_by_id: HashMap<String, usize> = dataset
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        let mut by_actor = vec![Vec::new(); dataset.actors.len()];
        let involved: Vec<Vec<usize>> = dataset
            .interactions
            .iter()
            .enumerate()
            .map(|(i, it)| {
                let ids = it
                    .participants
                    .iter()
                    .chain(&it.initiator)
                    .chain(&it.mediators)
                    .chain(it.quotes.iter().map(|q| &q.speaker));
                let mut actors: Vec<usize> =
                    ids.filter_map(|id| actor_by_id.get(id).copied()).collect();
                actors.sort_unstable();
                actors.dedup();
                for &a in &actors {
                    by_actor[a].push(i);
                }
                actors
            })
            .collect();
        let keys = dataset
            .actors
            .iter()
            .map(|a| {
                std::iter::once(&a.id)
                    .chain(std::iter::once(&a.name))
                    .chain(&a.native)
                    .chain(&a.aliases)
                    .chain(&a.code)
                    .map(|s| fold(s))
                    .collect()
            })
            .collect();
        Data {
            dataset,
            actor_by_id,
            involved,
            by_actor,
            keys,
            haystacks: OnceLock::new(),
        }
    }

    /// A dataset with nothing in it, to show while a file loads.
    pub fn empty() -> Data {
        Data::as_is(Dataset {
            title: String::new(),
            description: None,
            actors: Vec::new(),
            interactions: Vec::new(),
        })
    }

    pub fn title(&self) -> &str {
        &self.dataset.title
    }

    pub fn actors(&self) -> &[Actor] {
        &self.dataset.actors
    }

    /// The interactions, in date order.
    pub fn interactions(&self) -> &[Interaction] {
        &self.dataset.interactions
    }

    pub fn actor(&self, index: usize) -> &Actor {
        &self.dataset.actors[index]
    }

    pub fn interaction(&self, index: usize) -> &Interaction {
        &self.dataset.interactions[index]
    }

    pub fn actor_index(&self, id: &str) -> Option<usize> {
        self.actor_by_id.get(id).copied()
    }

    /// The actor with this id (validation guarantees every reference resolves).
    pub fn actor_by_id(&self, id: &str) -> Option<&Actor> {
        self.actor_index(id).map(|i| self.actor(i))
    }

    /// The display name of an actor id; the id itself if unknown.
    pub fn name_of<'a>(&'a self, id: &'a str) -> &'a str {
        self.actor_by_id(id).map_or(id, |a| a.name.as_str())
    }

    /// The actors taking part in an interaction: participants, initiator, mediators and quoted
    /// speakers, as sorted actor indices.
    pub fn involved(&self, interaction: usize) -> &[usize] {
        &self.involved[interaction]
    }

    /// The interactions an actor takes part in, in date order.
    pub fn interactions_of(&self, actor: usize) -> &[usize] {
        &self.by_actor[actor]
    }

    /// The actor that `query` names exactly (case-insensitive): its id, name, native name or
    /// one of its aliases.
    pub fn find_actor(&self, query: &str) -> Option<usize> {
        let q = fold(query.trim());
        self.keys.iter().position(|keys| keys.contains(&q))
    }

    /// The actors whose id, name, native name or alias contains `query` (case-insensitive),
    /// best first: exact matches, then prefixes of a word, then anywhere. An empty query
    /// matches every actor, in file order.
    pub fn search_actors(&self, query: &str) -> Vec<usize> {
        let q = fold(query.trim());
        let mut ranked: Vec<(u8, usize)> = self
            .keys
            .iter()
            .enumerate()
            .filter_map(|(i, keys)| {
                let rank = keys
                    .iter()
                    .filter_map(|k| {
                        if *k == q {
                            Some(0)
                        } else if k.starts_with(&q)
                            || k.split_whitespace().any(|w| w.starts_with(&q))
                        {
                            Some(1)
                        } else if k.contains(&q) {
                            Some(2)
                        } else {
                            None
                        }
                    })
                    .min()?;
                Some((rank, i))
            })
            .collect();
        ranked.sort_unstable();
        ranked.into_iter().map(|(_, i)| i).collect()
    }

    /// The folded text a search looks in: title, summary, place, topics, quotes, source
    /// outlets, and the names, native names and aliases of everyone taking part.
    fn haystack(&self, index: usize) -> String {
        let it = self.interaction(index);
        let mut parts: Vec<&str> = vec![&it.title, &it.summary];
        parts.extend(it.place.as_deref());
        parts.extend(it.topics.iter().map(String::as_str));
        parts.extend(it.quotes.iter().map(|q| q.text.as_str()));
        parts.extend(it.sources.iter().map(|s| s.outlet.as_str()));
        for &a in self.involved(index) {
            let actor = self.actor(a);
            parts.push(&actor.name);
            parts.extend(actor.native.as_deref());
            parts.extend(actor.aliases.iter().map(String::as_str));
        }
        fold(&parts.join("\n"))
    }

    /// The interactions among `within` (ascending indices; all if `None`) that match the query,
    /// in date order. An empty query matches everything.
    pub fn search(&self, query: &Query, within: Option<&[usize]>) -> Vec<usize> {
        let haystacks = self.haystacks.get_or_init(|| {
            (0..self.interactions().len())
                .map(|i| self.haystack(i))
                .collect()
        });
        let matches = |&i: &usize| query.matches_folded(&haystacks[i]);
        match within {
            Some(list) => list.iter().copied().filter(matches).collect(),
            None => (0..haystacks.len()).filter(matches).collect(),
        }
    }
}
