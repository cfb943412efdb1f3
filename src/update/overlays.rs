//! The overlays: help, the actor picker, the search line and the range prompt (the line being
//! edited), and the quote and source choosers; what `Enter` does in each.

use crate::data::fold::Query;
use crate::line::LineInput;
use crate::query;
use crate::state::{Overlay, PickItem, Picker, State};

use super::Effects;
use super::copy::{copy_quote_at, use_url_at};
use super::filters::refilter;
use super::search::set_search;

/// `?`: the help, or closes it.
pub(super) fn toggle_help(state: &mut State) {
    state.nav.overlay = match state.nav.overlay {
        Some(Overlay::Help { .. }) => None,
        _ => Some(Overlay::Help { scroll: 0 }),
    };
}

/// `f`: the actor picker, listing every actor, country, organisation and place.
pub(super) fn open_picker(state: &mut State) {
    let mut picker = Picker {
        groups: query::groups::all(&state.data),
        ..Picker::default()
    };
    picker.rematch(&state.data);
    state.nav.overlay = Some(Overlay::Picker(picker));
}

/// `t`: the time range prompt, empty.
pub(super) fn open_range_prompt(state: &mut State) {
    state.nav.overlay = Some(Overlay::RangePrompt {
        input: LineInput::default(),
        error: None,
    });
}

/// `Esc`: the overlay closed; closing the search line drops the search.
pub(super) fn close(state: &mut State, fx: &mut Effects) {
    if let Some(Overlay::Search { .. }) = state.nav.overlay.take()
        && !state.filter.search.is_empty()
    {
        state.filter.search = Query::default();
        state.status.message = Some("Search dropped".to_owned());
        refilter(state, fx);
    }
}

/// `Enter` in an overlay: the picker adds what is selected, the search line keeps its
/// search, the range prompt sets its range, a chooser copies or opens what is selected.
pub(super) fn confirm(state: &mut State, fx: &mut Effects) {
    match state.nav.overlay.take() {
        Some(Overlay::Picker(p)) => match p.item(p.cursor.selected) {
            Some(PickItem::Place(place)) => {
                let name = state.data.places()[place].name.clone();
                state.status.message = Some(if state.filter.places.contains(&place) {
                    format!("Filter: {name} is already in the filter")
                } else {
                    state.filter.places.push(place);
                    format!("Filter: at {name}")
                });
                refilter(state, fx);
            }
            Some(PickItem::Group(group)) => {
                state.status.message =
                    Some(if state.filter.groups.iter().any(|g| g.key == group.key) {
                        format!("Filter: {} is already in the filter", group.label)
                    } else {
                        state.filter.groups.push(group.clone());
                        format!(
                            "Filter: added {}, {} actors ({})",
                            group.label,
                            group.members.len(),
                            state.filter.role.label()
                        )
                    });
                refilter(state, fx);
            }
            Some(PickItem::Actor(actor)) => {
                let name = &state.data.actor(actor).name;
                state.status.message = Some(if state.filter.actors.contains(&actor) {
                    format!("Filter: {name} is already in the filter")
                } else {
                    state.filter.actors.push(actor);
                    format!("Filter: added {name} ({})", state.filter.role.label())
                });
                refilter(state, fx);
            }
            // Nothing matches: keep the picker open to edit the query.
            None => state.nav.overlay = Some(Overlay::Picker(p)),
        },
        Some(Overlay::Search { .. }) => {
            state.status.message = Some(if state.filter.search.is_empty() {
                "No search".to_owned()
            } else {
                format!(
                    "Search “{}” kept as a filter: {} interactions",
                    state.filter.search.text().trim(),
                    state.lists.visible.len()
                )
            });
        }
        Some(Overlay::RangePrompt { input, .. }) => match query::parse_range(input.text()) {
            Ok((since, until)) => {
                state.filter.since = since;
                state.filter.until = until;
                refilter(state, fx);
            }
            Err(error) => {
                state.nav.overlay = Some(Overlay::RangePrompt {
                    input,
                    error: Some(error),
                })
            }
        },
        Some(Overlay::Quotes { cursor }) => copy_quote_at(state, cursor.selected, fx),
        Some(Overlay::Sources { cursor, open }) => use_url_at(state, cursor.selected, open, fx),
        other => state.nav.overlay = other,
    }
}

/// An edit of the line being edited: the picker matches again, the search applies live.
pub(super) fn edit_line(state: &mut State, fx: &mut Effects, edit: impl FnOnce(&mut LineInput)) {
    match &mut state.nav.overlay {
        Some(Overlay::Picker(p)) => {
            edit(&mut p.input);
            p.rematch(&state.data);
        }
        Some(Overlay::Search { input }) => {
            edit(input);
            let query = query::search_query(input.text());
            set_search(state, query, fx);
        }
        Some(Overlay::RangePrompt { input, error }) => {
            edit(input);
            *error = None;
        }
        _ => {}
    }
}
