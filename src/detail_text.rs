//! Detail's text for a browser state: the document of the subject Detail shows
//! ([`crate::present`]), gathered from the state (filter, link, counts, keys), and its rows
//! at a width. `update` reads the line count and the row of a quote from here to scroll;
//! the frame draws the same rows.

use std::borrow::Cow;
use std::sync::Arc;

use crate::action::Action;
use crate::keymap::Context;
use crate::present::cache::{Stamp, Subject};
use crate::present::layout::{Rows, lay_out};
use crate::present::{ActorScope, Document, PairScope, Role, interaction, profile};
use crate::query;
use crate::state::{DetailSubject, State};

/// The document of what Detail shows for `state`: the selected interaction, actor or pair;
/// "Nothing selected." when there is none.
pub fn document(state: &State) -> Document {
    let data = &state.data;
    match state.detail_subject() {
        DetailSubject::Interaction(i) => interaction::document(data, data.interaction(i)),
        DetailSubject::Actor(actor) => {
            let counted;
            let relationships = match &state.lists.relationships {
                Some((a, rels)) if *a == actor => rels.as_slice(),
                _ => {
                    let within = state.filtered().then_some(state.lists.visible.as_slice());
                    counted = query::counts::relationships(data, actor, within, state.lists.link);
                    counted.as_slice()
                }
            };
            let key = state
                .settings
                .keymap
                .label(Context::Actors, Action::ToggleActor);
            profile::actor(
                data,
                &ActorScope {
                    actor,
                    counts_all: state.lists.counts_all.get(actor),
                    counts_filtered: state.filtered().then(|| state.lists.counts.get(actor)),
                    in_filter: state.filter.actors.contains(&actor),
                    link: state.lists.link,
                    relationships,
                    toggle_key: key.as_deref(),
                },
            )
        }
        DetailSubject::Pair(index) => {
            let Some(pair) = state.lists.pairs.get(index) else {
                return Document::default();
            };
            let mut shared =
                query::both(data.interactions_of(pair.a), data.interactions_of(pair.b));
            if state.filtered() {
                shared = query::both(&shared, &state.lists.visible);
            }
            shared.retain(|&i| query::counts::links(data, i, state.lists.link, pair.a, pair.b));
            let key = state
                .settings
                .keymap
                .label(Context::Actors, Action::ToggleActor);
            profile::pair(
                data,
                &PairScope {
                    pair,
                    link: state.lists.link,
                    filtered: state.filtered(),
                    shared: &shared,
                    toggle_key: key.as_deref(),
                },
            )
        }
        DetailSubject::Nothing => {
            let mut doc = Document::default();
            doc.paragraph("Nothing selected.", Role::Dim, 0);
            doc
        }
    }
}

/// What Detail's rows for `state` at `width` columns depend on.
pub fn stamp(state: &State, width: u16) -> Stamp {
    Stamp {
        subject: match state.detail_subject() {
            DetailSubject::Interaction(i) => Subject::Interaction(i),
            DetailSubject::Actor(a) => Subject::Actor(a),
            DetailSubject::Pair(p) => Subject::Pair(p),
            DetailSubject::Nothing => Subject::Nothing,
        },
        width,
        data: Arc::as_ptr(&state.data) as usize,
        filter: state.filter.clone(),
        visible: state.lists.visible.len(),
        searching: state.status.searching,
        link: state.lists.link,
        key: state
            .settings
            .keymap
            .label(Context::Actors, Action::ToggleActor),
    }
}

/// Detail's rows for `state`, `width` columns wide: at least the first `limit` of them (all,
/// with `usize::MAX`), and how many there are in all ([`lay_out`]). The rows `update` kept in
/// `state.detail_rows` when they fit, else laid out now.
pub fn rows(state: &State, width: u16, limit: usize) -> Cow<'_, Rows> {
    match state.detail_rows.get(&stamp(state, width), limit) {
        Some(rows) => Cow::Borrowed(rows),
        None => Cow::Owned(lay_out_now(state, width, limit)),
    }
}

/// Lays Detail's rows out for `state` and keeps them in `state.detail_rows`, unless the rows
/// kept already fit ([`rows`]); gives how many rows there are in all.
pub fn refresh(state: &mut State, width: u16, limit: usize) -> usize {
    let stamp = stamp(state, width);
    if let Some(rows) = state.detail_rows.get(&stamp, limit) {
        return rows.len();
    }
    let rows = lay_out_now(state, width, limit);
    let len = rows.len();
    state.detail_rows.put(stamp, limit, rows);
    len
}

/// Detail's rows for `state`, laid out now.
fn lay_out_now(state: &State, width: u16, limit: usize) -> Rows {
    lay_out(
        &document(state),
        usize::from(width),
        &state.filter.search,
        limit,
    )
}
/// The row of Detail, `width` columns wide, that brings the `n`-th quote of the interaction
/// it shows into view at the top (0 when it shows no such quote).
pub fn quote_row(state: &State, width: u16, n: usize) -> usize {
    if !matches!(state.detail_subject(), DetailSubject::Interaction(_)) {
        return 0;
    }
    rows(state, width, usize::MAX).quote_row(n)
}
