//! A loaded dataset with the indexes the browser and the commands query.

use std::collections::HashMap;
use std::sync::OnceLock;

use super::clean::clean_dataset;
use super::date::Date;
pub use super::fold::fold;
pub use names::ActorMatch;
use names::short_names;
use search::Corpus;

mod names;
mod search;
use super::model::{Actor, Class, Dataset, Interaction, InteractionKind};

/// A validated dataset, its interactions in date order, and its indexes.
///
/// Built once at load time, so that nothing on the key path has to scan or allocate to answer
/// "which interactions does this actor take part in" or "who takes part in this one".
#[derive(Debug, Clone)]
pub struct Data {
    /// The dataset, its interactions in date order.
    pub dataset: Dataset,
    actor_by_id: HashMap<String, usize>,
    /// Per interaction: the actors taking part (participants, initiator, mediators, speakers),
    /// as sorted, distinct actor indices; all end to end, the i-th interaction's from
    /// `involved_at[i]` to `involved_at[i + 1]`, so that walking many is walking memory in
    /// order.
    involved: Vec<usize>,
    involved_at: Vec<usize>,
    /// Beside `involved`, one for one: how each actor takes part ([`Roles`]).
    roles: Vec<Roles>,
    /// Per actor: the interactions it takes part in, ascending (which is date order).
    by_actor: Vec<Vec<usize>>,
    /// Per actor: the interactions it acts in (as a participant, the initiator or a mediator:
    /// any role but a quoted speaker's), ascending.
    by_acting: Vec<Vec<usize>>,
    /// Per interaction: its dates and class, side by side in a few bytes each, for the
    /// questions that walk thousands of interactions (relationships, date ranges) without
    /// touching the interactions themselves.
    when: Vec<When>,
    /// Per actor: its id, name, native name, aliases and code, folded, for matching.
    keys: Vec<Vec<String>>,
    /// Per place of `dataset.places`: the interactions that happened there, ascending: those
    /// whose `place` is its id, or contains its name, native name or an alias (folded).
    by_place: Vec<Vec<usize>>,
    /// Per place: its id, name, native name and aliases, folded.
    place_keys: Vec<Vec<String>>,
    /// Per actor: how a row names it in few columns ([`Data::short_name`]).
    short_names: Vec<String>,
    /// Every interaction's searchable text, folded. Built once, by the first search or by
    /// [`Data::prepare_search`] on a thread of its own after loading.
    corpus: OnceLock<Corpus>,
}

/// How an actor takes part in one interaction: any of participant, initiator, mediator and
/// quoted speaker, as bits.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub struct Roles(pub u8);

impl Roles {
    /// Among the participants.
    pub const PARTICIPANT: Roles = Roles(1);
    /// The one who started it.
    pub const INITIATOR: Roles = Roles(2);
    /// A go-between of the others.
    pub const MEDIATOR: Roles = Roles(4);
    /// Quoted in it.
    pub const SPEAKER: Roles = Roles(8);

    /// Whether any role of `other` is among these.
    pub fn has(self, other: Roles) -> bool {
        self.0 & other.0 != 0
    }

    /// A participant or the initiator: the actor took part in the interaction itself.
    pub fn took_part(self) -> bool {
        self.has(Roles(Self::PARTICIPANT.0 | Self::INITIATOR.0))
    }

    /// A participant, the initiator or a mediator: any role but being quoted.
    pub fn acted(self) -> bool {
        self.has(Roles(
            Self::PARTICIPANT.0 | Self::INITIATOR.0 | Self::MEDIATOR.0,
        ))
    }
}

/// An interaction's dates, class and kind.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct When {
    /// The date, at its precision.
    pub date: Date,
    /// The last day of an interaction that spans days.
    pub until: Option<Date>,
    /// The CAMEO quad class, where known.
    pub class: Option<Class>,
    /// What sort of interaction it is.
    pub kind: InteractionKind,
}

/// Puts interactions in date order, keeping the file's order among equal dates. Sorts their
/// positions and then moves each interaction once: an interaction is a large value, and a
/// merge sort would move it many times.
fn sort_by_date(interactions: &mut [Interaction]) {
    if interactions.is_sorted_by_key(|it| it.date) {
        return;
    }
    let mut order: Vec<usize> = (0..interactions.len()).collect();
    order.sort_unstable_by_key(|&i| (interactions[i].date, i));
    // `order[k]` is where the k-th interaction of the result is now. Follow each cycle of the
    // permutation, swapping along it.
    for start in 0..order.len() {
        let mut k = start;
        while order[k] != start {
            let next = order[k];
            interactions.swap(k, next);
            order[k] = k;
            k = next;
        }
        order[k] = k;
    }
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
        sort_by_date(&mut dataset.interactions);
        let actor_by_id: HashMap<String, usize> = dataset
            .actors
            .iter()
            .enumerate()
            .map(|(i, a)| (a.id.clone(), i))
            .collect();
        let mut by_actor = vec![Vec::new(); dataset.actors.len()];
        let mut by_acting = vec![Vec::new(); dataset.actors.len()];
        let mut roles: Vec<Roles> = Vec::with_capacity(dataset.interactions.len() * 3);
        let mut involved: Vec<usize> = Vec::with_capacity(dataset.interactions.len() * 3);
        let mut involved_at: Vec<usize> = Vec::with_capacity(dataset.interactions.len() + 1);
        involved_at.push(0);
        // One interaction's actors, sorted and made distinct before they join the rest.
        let mut actors: Vec<(usize, Roles)> = Vec::new();
        for (i, it) in dataset.interactions.iter().enumerate() {
            let tagged = (it.participants.iter().map(|id| (id, Roles::PARTICIPANT)))
                .chain(it.initiator.iter().map(|id| (id, Roles::INITIATOR)))
                .chain(it.mediators.iter().map(|id| (id, Roles::MEDIATOR)))
                .chain(it.quotes.iter().map(|q| (&q.speaker, Roles::SPEAKER)));
            actors.clear();
            actors.extend(tagged.filter_map(|(id, r)| Some((*actor_by_id.get(id)?, r))));
            actors.sort_unstable_by_key(|&(a, _)| a);
            let start = involved.len();
            for &(a, r) in &actors {
                if involved.len() > start && involved.last() == Some(&a) {
                    if let Some(last) = roles.last_mut() {
                        last.0 |= r.0;
                    }
                    continue;
                }
                involved.push(a);
                roles.push(r);
                by_actor[a].push(i);
            }
            for (k, &a) in involved[start..].iter().enumerate() {
                if roles[start + k].acted() {
                    by_acting[a].push(i);
                }
            }
            involved_at.push(involved.len());
        }
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
        let place_keys: Vec<Vec<String>> = dataset
            .places
            .iter()
            .map(|p| {
                std::iter::once(&p.id)
                    .chain(std::iter::once(&p.name))
                    .chain(&p.native)
                    .chain(&p.aliases)
                    .map(|s| fold(s))
                    .filter(|k| !k.is_empty())
                    .collect()
            })
            .collect();
        let mut by_place = vec![Vec::new(); dataset.places.len()];
        if !place_keys.is_empty() {
            for (i, it) in dataset.interactions.iter().enumerate() {
                let Some(text) = &it.place else { continue };
                let folded = fold(text);
                for (p, keys) in place_keys.iter().enumerate() {
                    if dataset.places[p].id == *text || keys.iter().any(|k| folded.contains(k)) {
                        by_place[p].push(i);
                    }
                }
            }
        }
        // Lists grown by pushing keep up to twice their length: fit them, once.
        for list in by_actor
            .iter_mut()
            .chain(&mut by_acting)
            .chain(&mut by_place)
        {
            list.shrink_to_fit();
        }
        involved.shrink_to_fit();
        roles.shrink_to_fit();
        let short_names = short_names(&dataset.actors);
        let when = dataset
            .interactions
            .iter()
            .map(|it| When {
                date: it.date,
                until: it.until,
                class: it.class,
                kind: it.kind,
            })
            .collect();
        Data {
            dataset,
            actor_by_id,
            involved,
            involved_at,
            roles,
            by_actor,
            by_acting,
            when,
            short_names,
            keys,
            by_place,
            place_keys,
            corpus: OnceLock::new(),
        }
    }

    /// A dataset with nothing in it, to show while a file loads.
    pub fn empty() -> Data {
        Data::as_is(Dataset {
            title: String::new(),
            description: None,
            actors: Vec::new(),
            interactions: Vec::new(),
            places: Vec::new(),
        })
    }

    /// The dataset's title.
    pub fn title(&self) -> &str {
        &self.dataset.title
    }

    /// The actors, in file order; an actor's index is its place here.
    pub fn actors(&self) -> &[Actor] {
        &self.dataset.actors
    }

    /// How a row names an actor in few columns: its [`Actor::short_name`] (a person by surname,
    /// `Aliyev`, or the `short` the data gives; anyone else in full), and, where two actors
    /// would be named alike, enough more to tell them apart: a
    /// person's initials (`A. Grigoryan`, `M. Grigoryan`), else the full name; then the code
    /// or id (`RUSSIAN (RUSGOV)`).
    pub fn short_name(&self, actor: usize) -> &str {
        &self.short_names[actor]
    }

    /// The interactions, in date order.
    pub fn interactions(&self) -> &[Interaction] {
        &self.dataset.interactions
    }

    /// The actor at `index`.
    ///
    /// # Panics
    /// When `index` is not below the number of actors.
    pub fn actor(&self, index: usize) -> &Actor {
        &self.dataset.actors[index]
    }

    /// The interaction at `index`, in date order.
    ///
    /// # Panics
    /// When `index` is not below the number of interactions.
    pub fn interaction(&self, index: usize) -> &Interaction {
        &self.dataset.interactions[index]
    }

    /// The index of the actor with this id.
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

    /// The role an actor id held on `date` ([`Actor::role_on`]); `None` if the id is unknown
    /// or the role is empty.
    pub fn role_of(&self, id: &str, date: Date) -> Option<&str> {
        self.actor_by_id(id)
            .map(|a| a.role_on(date))
            .filter(|r| !r.is_empty())
    }

    /// Every actor id of an interaction (participants, initiator, mediators, quoted speakers,
    /// in that order, each once) with the role it held on the interaction's date, for the
    /// ids that name an actor of the dataset.
    pub fn roles_in(&self, it: &Interaction) -> Vec<(&str, &str)> {
        let ids = it
            .participants
            .iter()
            .chain(&it.initiator)
            .chain(&it.mediators)
            .chain(it.quotes.iter().map(|q| &q.speaker));
        let mut out: Vec<(&str, &str)> = Vec::new();
        for id in ids {
            if out.iter().any(|&(seen, _)| seen == id.as_str()) {
                continue;
            }
            if let Some(a) = self.actor_by_id(id) {
                out.push((a.id.as_str(), a.role_on(it.date)));
            }
        }
        out
    }

    /// The actors taking part in an interaction: participants, initiator, mediators and quoted
    /// speakers, as sorted actor indices.
    pub fn involved(&self, interaction: usize) -> &[usize] {
        &self.involved[self.involved_at[interaction]..self.involved_at[interaction + 1]]
    }

    /// How each actor of [`Data::involved`] takes part, one for one.
    pub fn roles(&self, interaction: usize) -> &[Roles] {
        &self.roles[self.involved_at[interaction]..self.involved_at[interaction + 1]]
    }

    /// The interactions an actor acts in, as a participant, the initiator or a mediator (not
    /// only as a quoted speaker), in date order.
    pub fn acts_of(&self, actor: usize) -> &[usize] {
        &self.by_acting[actor]
    }

    /// An interaction's dates and class.
    pub fn when(&self, interaction: usize) -> When {
        self.when[interaction]
    }

    /// The interactions an actor takes part in, in date order.
    pub fn interactions_of(&self, actor: usize) -> &[usize] {
        &self.by_actor[actor]
    }

    /// The interactions that happened at a place (an index into [`Data::places`]), in date
    /// order.
    pub fn interactions_at(&self, place: usize) -> &[usize] {
        &self.by_place[place]
    }

    /// The places of an interaction: the place its `place` names by id or contains a name of.
    pub fn places_of(&self, interaction: usize) -> Vec<usize> {
        (0..self.by_place.len())
            .filter(|&p| self.by_place[p].binary_search(&interaction).is_ok())
            .collect()
    }
}

/// The elements of two ascending lists that are in both, by one walk along each (the
/// interactions two actors share).
pub fn both(a: &[usize], b: &[usize]) -> Vec<usize> {
    let (mut i, mut j) = (0, 0);
    let mut out = Vec::with_capacity(a.len().min(b.len()));
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                out.push(a[i]);
                i += 1;
                j += 1;
            }
        }
    }
    out
}

#[cfg(test)]
mod sort_tests {
    use super::*;
    use crate::data::load::parse_str;

    /// The sort moves each interaction to where a stable sort by date puts it.
    #[test]
    fn sorting_by_date_is_stable_and_moves_everything_to_its_place() {
        let ds = parse_str("builtin", crate::data::BUILTIN).expect("parses");
        // Reverse, rotate and interleave the built-in interactions, whose dates repeat.
        let mut base = ds.interactions.clone();
        base.reverse();
        for shuffle in 0..4 {
            let mut mine = base.clone();
            match shuffle {
                1 => mine.rotate_left(37),
                2 => mine.sort_by_key(|it| it.id.clone()),
                3 => mine.sort_by_key(|it| std::cmp::Reverse(it.date)),
                _ => {}
            }
            let mut expected = mine.clone();
            expected.sort_by_key(|it| it.date);
            sort_by_date(&mut mine);
            let ids = |v: &[Interaction]| v.iter().map(|it| it.id.clone()).collect::<Vec<_>>();
            assert_eq!(ids(&mine), ids(&expected), "shuffle {shuffle}");
        }
    }
}
