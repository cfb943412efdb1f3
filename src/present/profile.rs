//! An actor's profile and a pair's shared record as [`Document`]s. What they show depends on
//! the browser's filter and link; the caller gathers that into [`ActorScope`] or
//! [`PairScope`], so this module needs no browser state.

use super::document::{Block, CounterpartRow, Document, Fit, ListedInteraction, Role};
use crate::data::Data;
use crate::query::counts::ActorCount;
use crate::query::{self, Pair, Relationship};

/// What an actor's profile depends on besides the data.
#[derive(Debug, Clone, Copy)]
pub struct ActorScope<'a> {
    /// The actor's index.
    pub actor: usize,
    /// Its counts over the whole dataset.
    pub counts_all: ActorCount,
    /// Its counts over the filtered interactions, when a filter is on.
    pub counts_filtered: Option<ActorCount>,
    /// Whether the actor is in the browser's filter.
    pub in_filter: bool,
    /// Which link makes counterparts.
    pub link: query::Link,
    /// Its counterparts by that link, in the filtered interactions when a filter is on.
    pub relationships: &'a [Relationship],
    /// The key that adds the actor to the filter or takes it out, if one is bound.
    pub toggle_key: Option<&'a str>,
}

/// What a pair's record depends on besides the data.
#[derive(Debug, Clone, Copy)]
pub struct PairScope<'a> {
    /// The pair.
    pub pair: &'a Pair,
    /// Which link makes the pair.
    pub link: query::Link,
    /// Whether a filter is on (the counts are of the filtered interactions).
    pub filtered: bool,
    /// The interactions the pair shares by that link, in date order.
    pub shared: &'a [usize],
    /// The key that filters the timeline to the pair, if one is bound.
    pub toggle_key: Option<&'a str>,
}

/// `1 interaction`, `2 interactions`.
fn interactions(n: usize) -> String {
    format!("{n} interaction{}", if n == 1 { "" } else { "s" })
}

/// An actor's profile: name, native name, role; dated roles, kind, affiliation, country,
/// aliases, Wikidata, id; its activity and counts; whether it is in the filter; its
/// counterparts.
pub fn actor(data: &Data, scope: &ActorScope<'_>) -> Document {
    let a = data.actor(scope.actor);
    let mut doc = Document::titled(a.name.clone());
    if let Some(native) = &a.native {
        doc.paragraph(native.clone(), Role::Text, 0);
    }
    doc.paragraph(a.role.clone(), Role::Dim, 0);
    doc.blocks.push(Block::Blank);
    // Every dated role with its period, in the order they were held.
    let roles: Vec<String> = a
        .roles_in_order()
        .into_iter()
        .map(|r| format!("{} ({})", r.title, r.period()))
        .collect();
    doc.fields("Roles", roles, Role::Text, Fit::Wrap);
    doc.field("Kind", a.kind.label(), Role::Text);
    if let Some(aff) = &a.affiliation {
        doc.field("Affiliation", data.name_of(aff), Role::Text);
    }
    if let Some(c) = &a.country {
        doc.field("Country", c.clone(), Role::Text);
    }
    if !a.aliases.is_empty() {
        doc.field("Also", a.aliases.join(", "), Role::Text);
    }
    if let Some(q) = &a.wikidata {
        doc.fields("Wikidata", vec![q.clone()], Role::Text, Fit::Cut);
    }
    doc.fields("Id", vec![a.id.clone()], Role::Dim, Fit::Cut);
    let its = data.interactions_of(scope.actor);
    let activity = match (its.first(), its.last()) {
        (Some(&first), Some(&last)) => format!(
            "{}, {} to {}",
            interactions(its.len()),
            data.interaction(first).date,
            data.interaction(last).date
        ),
        _ => "no interactions".to_owned(),
    };
    doc.field("Activity", activity, Role::Text);
    let all = scope.counts_all;
    if all.mediated > 0 || all.spoke > 0 {
        doc.field(
            "Roles",
            format!(
                "took part in {}, mediated {}, quoted in {}",
                all.took_part, all.mediated, all.spoke
            ),
            Role::Text,
        );
    }
    if let Some(c) = scope.counts_filtered {
        doc.field(
            "In filter",
            format!(
                "{} of {} interactions (took part in {}, mediated {}, quoted in {})",
                c.any, all.any, c.took_part, c.mediated, c.spoke
            ),
            if c.any > 0 { Role::Text } else { Role::Dim },
        );
    }
    let (state, verb) = if scope.in_filter {
        ("in the filter", "removes")
    } else {
        ("not in the filter", "adds")
    };
    doc.field(
        "Filter",
        match scope.toggle_key {
            Some(key) => format!("{state} ({key} {verb})"),
            None => state.to_owned(),
        },
        if scope.in_filter {
            Role::Marked
        } else {
            Role::Dim
        },
    );
    let filtered = scope.counts_filtered.is_some();
    let within = if filtered { "in the filter" } else { "in all" };
    doc.section(format!("Relationships: {}, {within}", scope.link.label()));
    if scope.relationships.is_empty() {
        doc.paragraph(
            if filtered {
                "No counterparts in the filtered interactions."
            } else {
                "No counterparts in this dataset."
            },
            Role::Dim,
            2,
        );
        return doc;
    }
    doc.blocks.push(Block::Counterparts(
        scope
            .relationships
            .iter()
            .map(|r| CounterpartRow {
                name: data.actor(r.counterpart).name.clone(),
                count: r.count,
                last: r.last,
                class: r.class,
            })
            .collect(),
    ));
    doc
}

/// A pair's record: the two names, their roles, how many interactions they share and the
/// last, the link, the class most have, the key that filters to them, and the shared
/// interactions.
pub fn pair(data: &Data, scope: &PairScope<'_>) -> Document {
    let p = scope.pair;
    let (a, b) = (data.actor(p.a), data.actor(p.b));
    let mut doc = Document::titled(format!("{} — {}", a.name, b.name));
    doc.field("Roles", format!("{}; {}", a.role, b.role), Role::Dim);
    let label = match scope.link {
        query::Link::Together => "Together",
        query::Link::Mediation => "Mediated",
        query::Link::Speech => "Quoted",
    };
    let within = if scope.filtered { " in the filter" } else { "" };
    doc.field(
        label,
        format!("{}{within}, the last on {}", interactions(p.count), p.last),
        Role::Text,
    );
    doc.field("Link", scope.link.label(), Role::Dim);
    if let Some(class) = p.class {
        doc.field("Mostly", class.label(), Role::Class(class));
    }
    if let Some(key) = scope.toggle_key {
        doc.field(
            "Filter",
            format!("{key} filters the timeline to this pair"),
            Role::Dim,
        );
    }
    doc.section("Interactions");
    doc.blocks.push(Block::Interactions(
        scope
            .shared
            .iter()
            .map(|&i| {
                let interaction = data.interaction(i);
                ListedInteraction {
                    date: interaction.date,
                    title: interaction.title.clone(),
                    class: interaction.class,
                }
            })
            .collect(),
    ));
    doc
}
