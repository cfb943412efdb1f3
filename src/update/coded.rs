//! The actions of coded event data: the timeline sorted by mentions, Goldstein score or tone,
//! and the Actors pane's countries folded into one row each, expanded and folded again.

use crate::action::{Action, Pane};
use crate::keymap::Context;
use crate::query::{self, ActorRow, TimelineSort};
use crate::state::{State, TimelineView};

/// `s` in the Timeline: the next order the data supports (date, mentions, Goldstein score,
/// tone), the same interaction staying selected. Data without those fields keeps date order
/// and says so.
pub(super) fn sort_timeline(state: &mut State) {
    if state.nav.timeline_view == TimelineView::Quotes {
        state.status.message = Some("Quotes are listed in date order".to_owned());
        return;
    }
    let next = state.lists.facets.next_sort(state.lists.timeline_sort);
    if next == state.lists.timeline_sort {
        state.status.message = Some(
            "Timeline by date: these interactions carry no mentions, Goldstein score or tone"
                .to_owned(),
        );
        return;
    }
    let selected = state.selected_interaction();
    state.lists.timeline_sort = next;
    resort(state);
    let position = row_of(state, selected);
    let rows = super::navigation::rows(state, Pane::Timeline);
    let len = state.timeline_list().len();
    state.nav.timeline.set(position, len, rows);
    state.status.message = Some(format!("Timeline sorted {}", next.label()));
}

/// Sorts the visible interactions again for the timeline's order (after they changed).
pub(super) fn resort(state: &mut State) {
    state.lists.timeline_rows = if state.lists.timeline_sort == TimelineSort::Date {
        Vec::new()
    } else {
        query::facets::sorted(&state.data, &state.lists.visible, state.lists.timeline_sort)
    };
}

/// The timeline row of `interaction` (an index into the dataset) in the order shown, or, when
/// it is not shown, the row nearest to where it was in date order; 0 without one.
pub(super) fn row_of(state: &State, interaction: Option<usize>) -> usize {
    let Some(i) = interaction else { return 0 };
    let last = state.lists.visible.len().saturating_sub(1);
    match state.lists.visible.binary_search(&i) {
        Ok(p) if state.lists.timeline_sort == TimelineSort::Date => p,
        Err(p) if state.lists.timeline_sort == TimelineSort::Date => p.min(last),
        _ => state
            .timeline_list()
            .iter()
            .position(|&x| x == i)
            .unwrap_or(0),
    }
}

/// After a reload: the new data's facets, the timeline's order if the new data still supports
/// it, and the countries' folding (decided afresh after the first load).
pub(super) fn reloaded(state: &mut State, facets: query::Facets, first_load: bool) {
    if first_load {
        state.lists.grouping = query::Grouping::for_data(&facets);
    }
    if !facets.sorts.contains(&state.lists.timeline_sort) {
        state.lists.timeline_sort = TimelineSort::Date;
    }
    state.lists.facets = facets;
    resort(state);
}

/// Lists the Actors pane's rows again from `actor_order`, keeping the same row selected
/// (a folded country's row selects the member that was selected, and the reverse).
pub(super) fn rebuild_rows(state: &mut State, keep: Option<ActorRow>) {
    state.lists.actor_rows = state.rows_of_actors();
    let position = keep.and_then(|row| {
        let rows = &state.lists.actor_rows;
        rows.iter().position(|&r| r == row).or_else(|| {
            // The row changed shape: the actor now under its country's row, or the country
            // expanded into its actors.
            let group = |a: usize| state.lists.facets.country_of.get(a).copied().flatten();
            match row {
                ActorRow::Actor(a) | ActorRow::Member(a) => rows.iter().position(|&r| {
                    r.actor() == Some(a)
                        || group(a).is_some_and(|g| r == ActorRow::Group(g as usize))
                }),
                ActorRow::Group(g) => rows
                    .iter()
                    .position(|&r| r.actor().is_some_and(|a| group(a) == Some(g as u32))),
            }
        })
    });
    let rows = super::navigation::rows(state, Pane::Actors);
    state
        .nav
        .actors
        .set(position.unwrap_or(0), state.lists.actor_rows.len(), rows);
}

/// `e` in Actors: expands the folded country under the cursor, or folds the country of the
/// actor under it.
pub(super) fn toggle_group(state: &mut State) {
    if !state.lists.grouping.on {
        let key = state
            .settings
            .keymap
            .label(Context::Actors, Action::ToggleGrouping)
            .map(|k| format!(": {k} folds them"))
            .unwrap_or_default();
        state.status.message = Some(format!("Countries are not folded{key}"));
        return;
    }
    let row = state.selected_row();
    let group = match row {
        Some(ActorRow::Group(g)) => Some(g),
        Some(ActorRow::Member(a)) => state.lists.facets.country_of[a].map(|g| g as usize),
        _ => None,
    };
    let Some(g) = group else {
        state.status.message = Some("This actor shares its country with no other".to_owned());
        return;
    };
    let country = &state.lists.facets.countries[g];
    state.lists.grouping.toggle(&country.key);
    let expanded = state.lists.grouping.expanded.contains(&country.key);
    state.status.message = Some(format!(
        "{}: {} actors {}",
        country.label,
        country.members.len(),
        if expanded { "listed" } else { "folded" }
    ));
    // Folding from a member's row lands on the country's row.
    rebuild_rows(
        state,
        if expanded {
            row
        } else {
            Some(ActorRow::Group(g))
        },
    );
    state.nav.detail_scroll = 0;
}

/// What [`query::Counts::grouped`] takes to count the countries (each actor's country, and how
/// many countries): the facets' while the Actors pane folds countries, nothing otherwise, so
/// that a filter on data never folded pays nothing for them.
pub(super) fn countries_counted(state: &State) -> (&[Option<u32>], usize) {
    if state.lists.grouping.on {
        (
            &state.lists.facets.country_of,
            state.lists.facets.countries.len(),
        )
    } else {
        (&[], 0)
    }
}

/// `E` in Actors: folds every country that two or more actors share into one row, or lists
/// every actor on its own.
pub(super) fn toggle_grouping(state: &mut State) {
    if state.lists.facets.countries.is_empty() {
        state.status.message = Some("No two actors share a country code".to_owned());
        return;
    }
    state.lists.grouping.on = !state.lists.grouping.on;
    state.status.message = Some(if state.lists.grouping.on {
        let key = state
            .settings
            .keymap
            .label(Context::Actors, Action::ToggleGroup)
            .map(|k| format!("; {k} lists a country's actors"))
            .unwrap_or_default();
        format!(
            "Actors folded by country: {} countries{key}",
            state.lists.facets.countries.len()
        )
    } else {
        "Actors listed one by one".to_owned()
    });
    // The countries' counts are kept only while folded: counted again, and the rows with them.
    super::lists::recount(state);
}

/// Space or Enter on a country's row: the country into the filter, or out of it. `false`
/// when the row is not a country's.
pub(super) fn toggle_country(state: &mut State, fx: &mut super::Effects) -> bool {
    let Some(ActorRow::Group(g)) = state.selected_row() else {
        return false;
    };
    let group = state.lists.facets.countries[g].clone();
    let added = !state.filter.groups.iter().any(|x| x.key == group.key);
    state.status.message = Some(if added {
        format!(
            "Filter: added {}, {} actors ({})",
            group.label,
            group.members.len(),
            state.filter.role.label()
        )
    } else {
        format!("Filter: removed {}", group.label)
    });
    state.filter.toggle_group(group);
    super::filters::refilter(state, fx);
    true
}
