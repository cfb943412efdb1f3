//! New data: the first load behind the first frame (a preview of the file's first part, then
//! the whole), and reloads (`r`, or the file changed on disk), which keep the filters and
//! selections whose ids the new data still has.

use std::sync::Arc;

use crate::action::Pane;
use crate::data::{Data, LoadError};
use crate::query;
use crate::state::{Loading, Overlay, Partial, State};

use super::lists::{keep_pairs, recount};
use super::navigation::{keep_in_view, rows};
use super::network::build_network;
use super::{Effect, Effects};

/// `r`: the loop is asked to load the data file again; not while the first load still runs,
/// which is reading it now.
pub(super) fn request(state: &mut State, fx: &mut Effects) {
    if state.status.loading.is_some() {
        state.status.message = Some("Still loading the file: nothing to reload yet".to_owned());
        return;
    }
    fx.push(Effect::Reload);
    state.status.message = Some("Reloading…".to_owned());
}

/// How far the first load has come (ignored once it is done).
pub(super) fn progress(state: &mut State, progress: Loading) {
    if state.status.loading.is_some() {
        state.status.loading = Some(progress);
    }
}

/// A preview of the file's first part while the first load goes on (ignored once it is
/// done): the browser works on it, its counts marked as growing, until the whole comes.
pub(super) fn preview(state: &mut State, data: Arc<Data>, partial: Partial) {
    if state.status.loading.is_some() {
        replace_data(state, data);
        state.status.partial = Some(partial);
    }
}

/// The data, once the first load is done. After a preview, what the reader did on it stays:
/// the selection (by id), the filter, the search, the focus, the open view.
pub(super) fn loaded(state: &mut State, data: Arc<Data>) {
    replace_data(state, data);
    state.status.loading = None;
    state.status.partial = None;
}

/// New data from disk. A good load replaces the data and keeps the filters and selections
/// whose ids still exist; a bad one keeps the data on screen and says why in the status line.
pub(super) fn reloaded(state: &mut State, result: Result<Arc<Data>, LoadError>) {
    let data = match result {
        Ok(data) => data,
        Err(e) => {
            let first = e
                .diagnostics()
                .first()
                .map(|d| format!("{}:{}:{}: {}", d.file, d.line, d.col, d.message))
                .unwrap_or_else(|| e.to_string());
            // A file name or a parser's message may quote text from outside.
            let first = crate::data::clean::clean_text(&first, false).into_owned();
            state.status.reload_error = Some(format!(
                "Reload failed, showing the last good data: {first}"
            ));
            state.status.message = None;
            return;
        }
    };
    replace_data(state, data);
    state.status.message = Some(format!(
        "Reloaded: {} interactions, {} actors",
        state.data.interactions().len(),
        state.data.actors().len()
    ));
}

/// Puts new data in place, keeping the filters and selections whose ids it still has.
pub(super) fn replace_data(state: &mut State, data: impl Into<Arc<Data>>) {
    let data = data.into();
    let old = &state.data;
    // The whole file after its preview: the same head (actors, places), so what indexes the
    // actors and places, and the selected interaction's quotes and sources, still hold.
    let after_preview = state.status.partial.is_some()
        && old.actors() == data.actors()
        && old.places() == data.places();
    let actor_ids: Vec<String> = state
        .filter
        .actors
        .iter()
        .map(|&a| old.actor(a).id.clone())
        .collect();
    let selected = state
        .selected_interaction()
        .map(|i| old.interaction(i).id.clone());
    let selected_actor = state
        .selected_row()
        .and_then(query::ActorRow::actor)
        .map(|a| old.actor(a).id.clone());
    let selected_pair = state
        .selected_pair()
        .map(|p| (old.actor(p.a).id.clone(), old.actor(p.b).id.clone()));
    let old_places: Vec<String> = old.places().iter().map(|p| p.id.clone()).collect();
    // The network view's centre and selection, by id: indices change with the data.
    let network = state.nav.network.as_ref().map(|v| {
        let id = |a: usize| old.actor(a).id.clone();
        (v.centre.map(id), v.selected().map(id))
    });
    let fresh = State::new(data, state.source.clone(), state.width, state.height);
    state.data = fresh.data;
    state.lists.relationships = None;
    state.settings.background_search = fresh.settings.background_search;
    state.status.searching = false;
    state.lists.pairs = Vec::new();
    state.lists.pairs_stale = true;
    state.lists.monthly = fresh.lists.monthly;
    state.lists.counts_all = fresh.lists.counts_all;
    // The first data sets how the Actors pane folds countries. After a preview, the reader may
    // have changed it: it stays, unless the preview was too short to tell coded data.
    let first_load = state.status.loading.is_some()
        && (state.status.partial.is_none()
            || query::Grouping::for_data(&state.lists.facets).on
                != query::Grouping::for_data(&fresh.lists.facets).on);
    super::coded::reloaded(state, fresh.lists.facets, first_load);
    state.filter.actors = actor_ids
        .iter()
        .filter_map(|id| state.data.actor_index(id))
        .collect();
    let groups = std::mem::take(&mut state.filter.groups);
    state.filter.groups = groups
        .iter()
        .filter_map(|g| query::Group::find(&state.data, g.kind, &g.key))
        .collect();
    let places: Vec<String> = state
        .filter
        .places
        .iter()
        .filter_map(|&p| old_places.get(p).cloned())
        .collect();
    state.filter.places = places
        .iter()
        .filter_map(|id| state.data.places().iter().position(|p| &p.id == id))
        .collect();
    state.lists.visible = query::matching(&state.data, &state.filter);
    recount(state);
    let actors_rows = rows(state, Pane::Actors);
    let actor = selected_actor.and_then(|id| state.data.actor_index(&id));
    super::coded::rebuild_rows(state, actor.map(query::ActorRow::Actor));
    keep_pairs(state);
    let pair_pos = selected_pair
        .and_then(|(a, b)| Some((state.data.actor_index(&a)?, state.data.actor_index(&b)?)))
        .and_then(|(a, b)| state.lists.pairs.iter().position(|p| (p.a, p.b) == (a, b)))
        .unwrap_or(0);
    state
        .nav
        .pairs
        .set(pair_pos, state.lists.pairs.len(), actors_rows);
    let position = selected
        .as_ref()
        .and_then(|id| {
            state
                .timeline_list()
                .iter()
                .position(|&i| &state.data.interaction(i).id == id)
        })
        .unwrap_or(0);
    let timeline_rows = rows(state, Pane::Timeline);
    state
        .nav
        .timeline
        .set(position, state.lists.visible.len(), timeline_rows);
    let same_selected = selected.is_some()
        && state
            .selected_interaction()
            .map(|i| &state.data.interaction(i).id)
            == selected.as_ref();
    state.status.reload_error = None;
    if let Some((centre, selected)) = network {
        let index = |id: Option<String>| id.and_then(|id| state.data.actor_index(&id));
        match (centre.is_some(), index(centre)) {
            // The actor at the centre is gone from the data: nothing to centre on.
            (true, None) => state.nav.network = None,
            (_, centre) => build_network(state, centre, index(selected)),
        }
    }
    state.nav.overlay = match state.nav.overlay.take() {
        // The picker's matches and the quote chooser's quotes belong to the old data; after a
        // preview, to the same head and the same interaction, and they stay.
        Some(Overlay::Picker(_)) if !after_preview => None,
        Some(Overlay::Quotes { .. } | Overlay::Sources { .. })
            if !(after_preview && same_selected) =>
        {
            None
        }
        other => other,
    };
    keep_in_view(state);
}
