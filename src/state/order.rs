//! What the list panes show and in which order: the actors' and the pairs' sorts, the views of
//! the Actors and Timeline panes.

use crate::data::Data;
use crate::query::{self, Pair};

/// How the Actors pane orders actors.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    strum::EnumString,
    strum::IntoStaticStr,
    strum::VariantNames,
)]
#[strum(serialize_all = "snake_case", ascii_case_insensitive)] // The configuration's names.
pub enum ActorSort {
    /// Most interactions (in the filtered set) first.
    #[default]
    Interactions,
    /// By name.
    Name,
    /// Most recent interaction first.
    LastContact,
    /// Most interactions mediated first.
    Mediated,
}

impl ActorSort {
    /// The next order, as `s` cycles them.
    pub fn next(self) -> ActorSort {
        match self {
            ActorSort::Interactions => ActorSort::Name,
            ActorSort::Name => ActorSort::LastContact,
            ActorSort::LastContact => ActorSort::Mediated,
            ActorSort::Mediated => ActorSort::Interactions,
        }
    }

    /// How the status line says it: `by interactions`, …
    pub fn label(self) -> &'static str {
        match self {
            ActorSort::Interactions => "by interactions",
            ActorSort::Name => "by name",
            ActorSort::LastContact => "by last contact",
            ActorSort::Mediated => "by times as mediator",
        }
    }
}

/// How the Relationships view orders pairs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum PairSort {
    /// Most interactions first.
    #[default]
    Interactions,
    /// Most recent first.
    LastContact,
    /// By the first actor's name, then the second's.
    Name,
}

impl PairSort {
    /// The next order, as `s` cycles them.
    pub fn next(self) -> PairSort {
        match self {
            PairSort::Interactions => PairSort::LastContact,
            PairSort::LastContact => PairSort::Name,
            PairSort::Name => PairSort::Interactions,
        }
    }

    /// How the status line says it: `by interactions`, …
    pub fn label(self) -> &'static str {
        match self {
            PairSort::Interactions => "by interactions",
            PairSort::LastContact => "by last contact",
            PairSort::Name => "by name",
        }
    }
}

/// What the Actors pane lists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ActorsView {
    /// Every actor, in the actors' order.
    #[default]
    Actors,
    /// Pairs of actors and what passed between them: who talks to whom.
    Pairs,
}

/// What the Timeline pane lists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TimelineView {
    /// The interactions the filter selects, in date order.
    #[default]
    Interactions,
    /// Every quote of the filtered interactions.
    Quotes,
}

/// Actor indices in the order of `sort`, by their `counts` (as `role` counts them); ties
/// by name.
pub fn sorted_actors(
    data: &Data,
    sort: ActorSort,
    counts: &query::Counts,
    role: query::RoleMatch,
) -> Vec<usize> {
    let mut order: Vec<usize> = (0..data.actors().len()).collect();
    let name = |a: usize| data.actor(a).name.as_str();
    match sort {
        ActorSort::Interactions => order.sort_by(|&a, &b| {
            counts
                .matched(b, role)
                .cmp(&counts.matched(a, role))
                .then_with(|| name(a).cmp(name(b)))
        }),
        ActorSort::Mediated => order.sort_by(|&a, &b| {
            let m = |x: usize| counts.get(x).mediated;
            m(b).cmp(&m(a))
                .then_with(|| counts.matched(b, role).cmp(&counts.matched(a, role)))
                .then_with(|| name(a).cmp(name(b)))
        }),
        ActorSort::Name => order.sort_by(|&a, &b| name(a).cmp(name(b))),
        ActorSort::LastContact => order.sort_by(|&a, &b| {
            let last = |x: usize| counts.get(x).last;
            last(b).cmp(&last(a)).then_with(|| name(a).cmp(name(b)))
        }),
    }
    order
}

/// Pairs in the order of `sort`.
pub fn sort_pairs(data: &Data, pairs: &mut [Pair], sort: PairSort) {
    match sort {
        PairSort::Interactions => pairs.sort_by(|x, y| {
            y.count
                .cmp(&x.count)
                .then(y.last.cmp(&x.last))
                .then((x.a, x.b).cmp(&(y.a, y.b)))
        }),
        PairSort::LastContact => pairs.sort_by(|x, y| {
            y.last
                .cmp(&x.last)
                .then(y.count.cmp(&x.count))
                .then((x.a, x.b).cmp(&(y.a, y.b)))
        }),
        PairSort::Name => {
            let name = |a: usize| data.actor(a).name.as_str();
            pairs.sort_by(|x, y| {
                name(x.a)
                    .cmp(name(y.a))
                    .then(name(x.b).cmp(name(y.b)))
                    .then((x.a, x.b).cmp(&(y.a, y.b)))
            })
        }
    }
}

/// Whether the row `a` comes before `b` in the order of `sort` (the same order as
/// [`sorted_actors`]), for actors and country rows alike; ties by name.
pub fn compare_tallies(
    sort: ActorSort,
    role: query::RoleMatch,
    a: &query::Tally,
    b: &query::Tally,
) -> std::cmp::Ordering {
    let name = || a.name.cmp(b.name);
    let matched = || b.count.matched(role).cmp(&a.count.matched(role));
    match sort {
        ActorSort::Interactions => matched().then_with(name),
        ActorSort::Mediated => b
            .count
            .mediated
            .cmp(&a.count.mediated)
            .then_with(matched)
            .then_with(name),
        ActorSort::Name => name(),
        ActorSort::LastContact => b.count.last.cmp(&a.count.last).then_with(name),
    }
}
