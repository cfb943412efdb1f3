//! What the panes count, over the interactions the filter selects: how often each actor took
//! part, mediated and spoke, and who is linked to whom. Counted once each time the filter
//! changes (`update` keeps the result), never while drawing a frame.

use std::collections::HashMap;

use super::{Pair, Relationship, dominant};
use crate::data::index::Roles;
use crate::data::{Data, Date};

/// What links two actors in the Relationships view.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, Hash)]
pub enum Link {
    /// Both took part (participants or initiator) in the same interaction.
    #[default]
    Together,
    /// One mediated an interaction the other took part in (mediator ↔ parties).
    Mediation,
    /// One was quoted in an interaction the other took part in (speaker ↔ parties).
    Speech,
}

impl Link {
    /// Every link, in the order `p` cycles through them.
    pub const ALL: [Link; 3] = [Link::Together, Link::Mediation, Link::Speech];

    /// The link after this one, wrapping around.
    pub fn next(self) -> Link {
        match self {
            Link::Together => Link::Mediation,
            Link::Mediation => Link::Speech,
            Link::Speech => Link::Together,
        }
    }

    /// As a title says it: "took part together".
    pub fn label(self) -> &'static str {
        match self {
            Link::Together => "took part together",
            Link::Mediation => "mediator — parties",
            Link::Speech => "speaker — parties",
        }
    }

    /// One word for a title: "together", "mediation", "speech".
    pub fn short(self) -> &'static str {
        match self {
            Link::Together => "together",
            Link::Mediation => "mediation",
            Link::Speech => "speech",
        }
    }

    /// The role on the first side of a pair: for mediation and speech, the mediator and the
    /// speaker; for taking part together, either side.
    fn first_side(self) -> Roles {
        match self {
            Link::Together => Roles(Roles::PARTICIPANT.0 | Roles::INITIATOR.0),
            Link::Mediation => Roles::MEDIATOR,
            Link::Speech => Roles::SPEAKER,
        }
    }
}

/// How one actor appears in the filtered interactions.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct ActorCount {
    /// Interactions it took part in (a participant or the initiator).
    pub took_part: u32,
    /// Interactions it acted in: took part in or mediated (any role but being quoted).
    pub acted: u32,
    /// Interactions it mediated.
    pub mediated: u32,
    /// Interactions in which it is quoted.
    pub spoke: u32,
    /// Interactions in which it has any role.
    pub any: u32,
    /// The date of the latest of them.
    pub last: Option<Date>,
}

/// The counts of every actor over a set of interactions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Counts {
    /// Per actor index.
    pub actors: Vec<ActorCount>,
    /// Per country the Actors pane can fold (an index into
    /// [`super::facets::Facets::countries`]): each interaction counted once, however many of
    /// the country's actors take part in it, with the roles of all of them. Empty when
    /// counted by [`Counts::of`], or with no countries.
    pub groups: Vec<ActorCount>,
    /// Actors with any role in the set.
    pub active: usize,
    /// Interactions in the set.
    pub interactions: usize,
}

impl Counts {
    /// Counts `interactions` (indices, any order): one pass over who takes part in each.
    pub fn of(data: &Data, interactions: &[usize]) -> Counts {
        Counts::grouped(data, interactions, &[], 0)
    }

    /// As [`Counts::of`], and the counts of `countries` groups too, `country_of` giving each
    /// actor's group (an index below `countries`; an actor index past its end has none).
    pub fn grouped(
        data: &Data,
        interactions: &[usize],
        country_of: &[Option<u32>],
        countries: usize,
    ) -> Counts {
        let mut actors = vec![ActorCount::default(); data.actors().len()];
        let mut groups = vec![ActorCount::default(); countries];
        // The groups met in one interaction, with the roles of their members there.
        let mut met: Vec<(usize, Roles)> = Vec::new();
        for &i in interactions {
            let date = data.when(i).date;
            met.clear();
            for (&a, &r) in data.involved(i).iter().zip(data.roles(i)) {
                tally(&mut actors[a], r, date);
                if let Some(&Some(g)) = country_of.get(a) {
                    let g = g as usize;
                    match met.iter_mut().find(|(x, _)| *x == g) {
                        Some((_, roles)) => roles.0 |= r.0,
                        None => met.push((g, r)),
                    }
                }
            }
            for &(g, r) in &met {
                if let Some(c) = groups.get_mut(g) {
                    tally(c, r, date);
                }
            }
        }
        let active = actors.iter().filter(|c| c.any > 0).count();
        Counts {
            actors,
            groups,
            active,
            interactions: interactions.len(),
        }
    }

    /// The counts of a country group (an index into
    /// [`super::facets::Facets::countries`]); zero when not counted.
    pub fn group(&self, group: usize) -> ActorCount {
        self.groups.get(group).copied().unwrap_or_default()
    }

    /// The counts of an actor (an index into [`Data::actors`]); zero past the end.
    pub fn get(&self, actor: usize) -> ActorCount {
        self.actors.get(actor).copied().unwrap_or_default()
    }

    /// The interactions an actor filter of `role` would keep for `actor`: those it acted in,
    /// or those it has any role in.
    pub fn matched(&self, actor: usize, role: super::RoleMatch) -> u32 {
        self.get(actor).matched(role)
    }
}

impl ActorCount {
    /// The interactions a filter of `role` keeps: those acted in (taking part or
    /// mediating), or those with any role.
    pub fn matched(self, role: super::RoleMatch) -> u32 {
        match role {
            super::RoleMatch::TookPart => self.acted,
            super::RoleMatch::Any => self.any,
        }
    }
}

/// Adds one interaction, on `date`, in which an actor (or a group) has the roles `r`.
fn tally(c: &mut ActorCount, r: Roles, date: Date) {
    c.any += 1;
    c.took_part += u32::from(r.took_part());
    c.acted += u32::from(r.acted());
    c.mediated += u32::from(r.has(Roles::MEDIATOR));
    c.spoke += u32::from(r.has(Roles::SPEAKER));
    c.last = Some(c.last.map_or(date, |l| l.max(date)));
}

/// Calls `f(a, b)` for every pair that `link` makes in interaction `i`: for taking part
/// together `a < b`; otherwise `a` is the mediator or speaker and `b` a party.
fn links_in(data: &Data, i: usize, link: Link, mut f: impl FnMut(usize, usize)) {
    let actors = data.involved(i);
    let roles = data.roles(i);
    let first = link.first_side();
    for (n, (&a, &ra)) in actors.iter().zip(roles).enumerate() {
        if !ra.has(first) {
            continue;
        }
        match link {
            Link::Together => {
                for (&b, &rb) in actors[n + 1..].iter().zip(&roles[n + 1..]) {
                    if rb.took_part() {
                        f(a, b);
                    }
                }
            }
            Link::Mediation | Link::Speech => {
                for (&b, &rb) in actors.iter().zip(roles) {
                    if b != a && rb.took_part() {
                        f(a, b);
                    }
                }
            }
        }
    }
}

/// Whether `link` ties `a` to `b` in interaction `i` (for mediation and speech, `a` is the
/// mediator or speaker).
pub fn links(data: &Data, i: usize, link: Link, a: usize, b: usize) -> bool {
    let mut found = false;
    links_in(data, i, link, |x, y| {
        found |= (x, y) == (a, b) || (link == Link::Together && (y, x) == (a, b));
    });
    found
}

/// Every pair that `link` makes in `interactions`, most interactions first (then the most
/// recent, then by actor index).
pub fn pairs(data: &Data, interactions: &[usize], link: Link) -> Vec<Pair> {
    let mut acc: HashMap<(usize, usize), (usize, Date, [usize; 4])> = HashMap::new();
    for &i in interactions {
        let it = data.when(i);
        links_in(data, i, link, |a, b| {
            let entry = acc.entry((a, b)).or_insert((0, it.date, [0; 4]));
            entry.0 += 1;
            entry.1 = entry.1.max(it.date);
            if let Some(class) = it.class {
                entry.2[class as usize] += 1;
            }
        });
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

/// Everyone `link` ties `actor` to in `within` (sorted interaction indices; `None` for all
/// of them), most interactions first (then the most recent).
pub fn relationships(
    data: &Data,
    actor: usize,
    within: Option<&[usize]>,
    link: Link,
) -> Vec<Relationship> {
    let mut acc: Vec<Option<(usize, Date, [usize; 4])>> = vec![None; data.actors().len()];
    let of = data.interactions_of(actor);
    let shared;
    let list = match within {
        Some(w) if w.len() < data.interactions().len() => {
            shared = super::both(of, w);
            &shared[..]
        }
        _ => of,
    };
    // The last interaction each counterpart was counted in: a link both ways in one
    // interaction (each quoted, each a party) counts it once.
    let mut counted_in: Vec<usize> = vec![usize::MAX; data.actors().len()];
    for &i in list {
        let it = data.when(i);
        links_in(data, i, link, |a, b| {
            let other = match (a == actor, b == actor) {
                (true, _) => b,
                (_, true) => a,
                _ => return,
            };
            if counted_in[other] == i {
                return;
            }
            counted_in[other] = i;
            let entry = acc[other].get_or_insert((0, it.date, [0; 4]));
            entry.0 += 1;
            entry.1 = entry.1.max(it.date);
            if let Some(class) = it.class {
                entry.2[class as usize] += 1;
            }
        });
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
