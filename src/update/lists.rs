//! The lists derived from the data and the filter (counts, the actors' order, pairs, quotes,
//! an actor's relationships), kept in step with them, and the views and orders the reader
//! picks for them.

use crate::action::{Action, Pane};
use crate::keymap::Context;
use crate::query;
use crate::state::{ActorsView, DetailFollows, DetailSubject, State, TimelineView};

use super::navigation::{focus, rows};

/// Lists the quotes of the filtered set while the Quotes view is shown and they are out of
/// date, keeping the same quote selected where it is still listed.
pub(super) fn keep_quotes(state: &mut State) {
    if state.nav.timeline_view != TimelineView::Quotes || !state.lists.quotes_stale {
        return;
    }
    let selected = state.selected_quote();
    state.lists.quotes = query::quotes::quotes(&state.data, &state.filter, &state.lists.visible);
    state.lists.quotes_stale = false;
    let position = selected
        .and_then(|s| state.lists.quotes.binary_search(&s).ok())
        .unwrap_or(0);
    let rows = rows(state, Pane::Timeline);
    state
        .nav
        .quotes
        .set(position, state.lists.quotes.len(), rows);
}

/// Keeps the relationships of the actor Detail shows, so that drawing a frame does not
/// recount them: for the chattiest actor of a large dataset that is tens of thousands of
/// interactions. Counted again only when the actor, the filter, the link or the data changes
/// (each of which empties `relations`).
pub(super) fn keep_relations(state: &mut State) {
    if let DetailSubject::Actor(actor) = state.detail_subject()
        && state
            .lists
            .relationships
            .as_ref()
            .is_none_or(|(a, _)| *a != actor)
    {
        let within = state.filtered().then_some(state.lists.visible.as_slice());
        let rels = query::counts::relationships(&state.data, actor, within, state.lists.link);
        state.lists.relationships = Some((actor, rels));
    }
}

/// Counts the pairs of the filtered set while the Relationships view is shown and they are
/// out of date, keeping the same pair selected where it is still there.
pub(super) fn keep_pairs(state: &mut State) {
    if state.nav.actors_view != ActorsView::Pairs || !state.lists.pairs_stale {
        return;
    }
    let selected = state.selected_pair().map(|p| (p.a, p.b));
    let mut pairs = query::counts::pairs(&state.data, &state.lists.visible, state.lists.link);
    crate::state::sort_pairs(&state.data, &mut pairs, state.lists.pair_sort);
    state.lists.pairs = pairs;
    state.lists.pairs_stale = false;
    let position = selected
        .and_then(|s| state.lists.pairs.iter().position(|p| (p.a, p.b) == s))
        .unwrap_or(0);
    let rows = rows(state, Pane::Actors);
    state.nav.pairs.set(position, state.lists.pairs.len(), rows);
}

/// After the filtered set changed: the counts, the density strip's highlight, the actors'
/// order (the same actor stays selected), and the pairs and relationships to count again.
pub(super) fn recount(state: &mut State) {
    state.lists.counts = if state.filtered() {
        // The countries' counts only while the Actors pane folds them.
        let (country_of, countries) = super::coded::countries_counted(state);
        query::Counts::grouped(&state.data, &state.lists.visible, country_of, countries)
    } else {
        state.lists.counts_all.clone()
    };
    state.lists.monthly_filtered = if state.filtered() {
        state
            .lists
            .monthly
            .within(&state.data, &state.lists.visible)
    } else {
        state.lists.monthly.clone()
    };
    state.lists.pairs_stale = true;
    state.lists.quotes_stale = true;
    state.lists.relationships = None;
    reorder_actors(state);
}

/// Sorts the actors again, keeping the selected one selected while the Actors pane is in use
/// (else the list starts at its top).
pub(super) fn reorder_actors(state: &mut State) {
    let in_use =
        state.nav.focus == Pane::Actors || state.nav.detail_follows == DetailFollows::Actors;
    let selected = if in_use { state.selected_row() } else { None };
    state.lists.actors = state.sorted_actors();
    super::coded::rebuild_rows(state, selected);
}

/// `Q`: the timeline's interactions, or every quote of them.
pub(super) fn toggle_quotes(state: &mut State) {
    state.nav.timeline_view = match state.nav.timeline_view {
        TimelineView::Interactions => TimelineView::Quotes,
        TimelineView::Quotes => TimelineView::Interactions,
    };
    keep_quotes(state);
    state.status.message = Some(match state.nav.timeline_view {
        TimelineView::Quotes => format!(
            "Quotes: {} in the filtered interactions{}",
            state.lists.quotes.len(),
            match state
                .settings
                .keymap
                .label(Context::Timeline, Action::OpenDetail)
            {
                Some(k) => format!("; {k} reads one in its interaction"),
                None => String::new(),
            }
        ),
        TimelineView::Interactions => "Timeline".to_owned(),
    });
    focus(state, Pane::Timeline);
    state.nav.detail_scroll = 0;
}

/// `p`: the Actors pane's actors, or the pairs of actors the link ties.
pub(super) fn toggle_pairs(state: &mut State) {
    state.nav.actors_view = match state.nav.actors_view {
        ActorsView::Actors => ActorsView::Pairs,
        ActorsView::Pairs => ActorsView::Actors,
    };
    keep_pairs(state);
    let pairs = match state.lists.pairs.len() {
        1 => "1 pair".to_owned(),
        n => format!("{n} pairs"),
    };
    state.status.message = Some(match state.nav.actors_view {
        ActorsView::Pairs => match state
            .settings
            .keymap
            .label(Context::Actors, Action::ToggleActor)
        {
            Some(k) => format!(
                "Relationships ({}): {pairs}; {k} filters the timeline to one",
                state.lists.link.label(),
            ),
            None => format!("Relationships ({}): {pairs}", state.lists.link.label()),
        },
        ActorsView::Actors => "Actors".to_owned(),
    });
    focus(state, Pane::Actors);
    state.nav.detail_scroll = 0;
}

/// `l`: the next kind of tie between the actors of a pair; shows the pairs.
pub(super) fn cycle_link(state: &mut State) {
    state.lists.link = state.lists.link.next();
    state.lists.pairs_stale = true;
    state.lists.relationships = None;
    state.status.message = Some(format!("Relationships: {}", state.lists.link.label()));
    if state.nav.actors_view == ActorsView::Actors {
        state.nav.actors_view = ActorsView::Pairs;
        focus(state, Pane::Actors);
    }
}

/// `i`: hides the actors with nothing in the filtered set, or dims them again.
pub(super) fn toggle_inactive(state: &mut State) {
    state.lists.hide_inactive = !state.lists.hide_inactive;
    state.status.message = Some(
        if state.lists.hide_inactive {
            "Actors with nothing in the filter: hidden"
        } else {
            "Actors with nothing in the filter: dimmed"
        }
        .to_owned(),
    );
    reorder_actors(state);
}

/// `s`: sorts the focused list: the actors, or the pairs in the Relationships view.
pub(super) fn sort_focused(state: &mut State) {
    if state.nav.actors_view == ActorsView::Pairs {
        state.lists.pair_sort = state.lists.pair_sort.next();
        let selected = state.selected_pair().map(|p| (p.a, p.b));
        crate::state::sort_pairs(&state.data, &mut state.lists.pairs, state.lists.pair_sort);
        let position = selected
            .and_then(|s| state.lists.pairs.iter().position(|p| (p.a, p.b) == s))
            .unwrap_or(0);
        let rows = rows(state, Pane::Actors);
        state.nav.pairs.set(position, state.lists.pairs.len(), rows);
        state.status.message = Some(format!("Pairs sorted {}", state.lists.pair_sort.label()));
        return;
    }
    state.lists.actor_sort = state.lists.actor_sort.next();
    reorder_actors(state);
    state.status.message = Some(format!("Actors sorted {}", state.lists.actor_sort.label()));
}
