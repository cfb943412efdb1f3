//! Changing the filter (actors, match mode, role, kind, class, time range) and showing what
//! it selects: here, or, for a search of large data, behind the browser.

use crate::data::{Class, Date, InteractionKind};
use crate::query;
use crate::state::{ActorsView, SearchRequest, State};

use super::lists::recount;
use super::navigation::rows;
use super::{Effect, Effects};
use crate::action::Pane;

/// Recomputes the visible interactions after the filter changed.
pub(super) fn refilter(state: &mut State, fx: &mut Effects) {
    if state.settings.background_search && !state.filter.search.is_empty() {
        // The filter holds a search, and the data is large: all of it runs behind.
        fx.push(Effect::Search(SearchRequest {
            filter: state.filter.clone(),
            within: None,
        }));
        state.status.searching = true;
        return;
    }
    let visible = query::matching(&state.data, &state.filter);
    // This answers the whole filter: a search still running behind is for an older one.
    state.status.searching = false;
    fx.cancel_search();
    show(state, visible);
}

/// Shows a new list of interactions, keeping the same one selected when it is still shown, or
/// the nearest one in date order.
pub(super) fn show(state: &mut State, visible: Vec<usize>) {
    let selected = state.selected_interaction();
    let before = state.detail_subject();
    state.lists.visible = visible;
    super::coded::resort(state);
    let position = super::coded::row_of(state, selected);
    let rows = rows(state, Pane::Timeline);
    state
        .nav
        .timeline
        .set(position, state.lists.visible.len(), rows);
    recount(state);
    if state.detail_subject() != before {
        state.nav.detail_scroll = 0;
    }
}

/// `Space` in the Actors pane: the selected actor added to the filter or taken out of it; a
/// pair: the filter set to the two.
pub(super) fn toggle_actor(state: &mut State, fx: &mut Effects) {
    match state.nav.actors_view {
        ActorsView::Actors => {
            if super::coded::toggle_country(state, fx) {
                return;
            }
            if let Some(actor) = state.selected_actor() {
                state.filter.toggle_actor(actor);
                let name = &state.data.actor(actor).name;
                state.status.message = Some(if state.filter.actors.contains(&actor) {
                    format!("Filter: added {name} ({})", state.filter.role.label())
                } else {
                    format!("Filter: removed {name}")
                });
                refilter(state, fx);
            }
        }
        ActorsView::Pairs => {
            if let Some(pair) = state.selected_pair() {
                let (a, b) = (pair.a, pair.b);
                state.filter.actors = vec![a, b];
                state.filter.mode = query::MatchMode::All;
                state.status.message = Some(format!(
                    "Filter: {} and {}",
                    state.data.actor(a).name,
                    state.data.actor(b).name
                ));
                refilter(state, fx);
            }
        }
    }
}

/// `m`: several actors match all of them, or any.
pub(super) fn toggle_match_mode(state: &mut State, fx: &mut Effects) {
    state.filter.mode = state.filter.mode.toggled();
    state.status.message = Some(format!(
        "Several actors now match {} them",
        state.filter.mode.label()
    ));
    refilter(state, fx);
}

/// `c`: every filter cleared (the match mode back to its default, the role rule kept).
pub(super) fn clear(state: &mut State, fx: &mut Effects) {
    let cleared = state.cleared_filter();
    if state.filter != cleared {
        state.filter = cleared;
        state.status.message = Some("Filters cleared".to_owned());
        refilter(state, fx);
    }
}

/// `R`: actors match where they took part, or in any role (quoted included).
pub(super) fn toggle_role(state: &mut State, fx: &mut Effects) {
    state.filter.role = state.filter.role.toggled();
    state.status.message = Some(format!(
        "Actors match where they {}",
        match state.filter.role {
            query::RoleMatch::TookPart => "took part (mediating included), not where only quoted",
            query::RoleMatch::Any => "have any role, quoted included",
        }
    ));
    refilter(state, fx);
}

/// `K`: the next kind of interaction the data has, then every kind again.
pub(super) fn cycle_kind(state: &mut State, fx: &mut Effects) {
    let present: &[InteractionKind] = &state.lists.facets.kinds;
    state.filter.kind = match state.filter.kind {
        None => present.first().copied(),
        Some(k) => present
            .iter()
            .position(|&p| p == k)
            .and_then(|n| present.get(n + 1).copied()),
    };
    state.status.message = Some(match state.filter.kind {
        Some(k) => format!("Kind: {}", k.label()),
        None => "Kind: every kind".to_owned(),
    });
    refilter(state, fx);
}

/// `C`: the next CAMEO quad class, then, for coded events, each CAMEO root code the data
/// has, then every class again.
pub(super) fn cycle_class(state: &mut State, fx: &mut Effects) {
    const QUADS: [Class; 4] = [
        Class::VerbalCooperation,
        Class::MaterialCooperation,
        Class::VerbalConflict,
        Class::MaterialConflict,
    ];
    let roots: &[u8] = &state.lists.facets.roots;
    let f = &mut state.filter;
    (f.class, f.root) = match (f.class, f.root) {
        (None, None) => (Some(QUADS[0]), None),
        (Some(c), _) => match QUADS.iter().position(|&q| q == c) {
            Some(n) if n + 1 < QUADS.len() => (Some(QUADS[n + 1]), None),
            _ => (None, roots.first().copied()),
        },
        (None, Some(r)) => (
            None,
            roots
                .iter()
                .position(|&x| x == r)
                .and_then(|n| roots.get(n + 1).copied()),
        ),
    };
    state.status.message = Some(match (f.class, f.root) {
        (Some(c), _) => format!("Class: {}", c.label()),
        (None, Some(r)) => format!(
            "CAMEO root {r:02}: {}",
            crate::data::cameo::short_description(&format!("{r:02}")).unwrap_or_default()
        ),
        (None, None) => "Class: every class".to_owned(),
    });
    refilter(state, fx);
}

/// `[` and `]`: a window of one month (or year, or the span the prompt set) moved back or
/// forward. The first press opens it on the selected interaction's month.
pub(super) fn step_range(state: &mut State, direction: i32, fx: &mut Effects) {
    let anchor = state
        .selected_interaction()
        .or_else(|| (!state.data.interactions().is_empty()).then_some(0))
        .map(|i| state.data.interaction(i).date);
    let (since, until) = match (state.filter.since, state.filter.until, anchor) {
        (None, None, None) => return,
        (None, None, Some(d)) => {
            let start = query::period_of(d);
            (start, start)
        }
        (since, until, _) => {
            let since = since.or(until).unwrap_or(Date::y(0));
            let until = until.unwrap_or(since);
            query::shift_range(since, until, direction)
        }
    };
    state.filter.since = Some(since);
    state.filter.until = Some(until);
    refilter(state, fx);
}
