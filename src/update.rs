//! `update(state, action)`: the only way the browser's state changes. No I/O, no terminal.

use ratatui::layout::Rect;

use crate::action::{Action, Pane};
use crate::query;
use crate::state::{Cursor, Overlay, Picker, State};
use crate::ui::{detail, help, layout};

/// Applies one action to the state.
pub fn update(state: &mut State, action: Action) {
    state.message = None;
    match action {
        Action::Quit => state.quit = true,
        Action::Resize(width, height) => {
            state.width = width;
            state.height = height;
            keep_in_view(state);
        }
        Action::FocusNext => focus(state, state.focus.next()),
        Action::FocusPrev => focus(state, state.focus.prev()),
        Action::Focus(pane) => focus(state, pane),
        Action::OpenDetail => focus(state, Pane::Detail),
        Action::Back => {
            let list = if state.detail_actor {
                Pane::Actors
            } else {
                Pane::Timeline
            };
            focus(state, list);
        }
        Action::MoveDown => move_by(state, 1),
        Action::MoveUp => move_by(state, -1),
        Action::PageDown => move_by(state, page(state)),
        Action::PageUp => move_by(state, -page(state)),
        Action::First => move_by(state, isize::MIN),
        Action::Last => move_by(state, isize::MAX),
        Action::ToggleActor => {
            if let Some(actor) = state.selected_actor() {
                state.filter.toggle_actor(actor);
                let name = &state.data.actor(actor).name;
                state.message = Some(if state.filter.actors.contains(&actor) {
                    format!("Filter: added {name}")
                } else {
                    format!("Filter: removed {name}")
                });
                refilter(state);
            }
        }
        Action::OpenPicker => {
            state.overlay = Some(Overlay::Picker(Picker {
                matches: state.data.search_actors(""),
                ..Picker::default()
            }));
        }
        Action::PickerInput(c) => edit_picker(state, |q| q.push(c)),
        Action::PickerBackspace => edit_picker(state, |q| {
            q.pop();
        }),
        Action::PickerClear => edit_picker(state, String::clear),
        Action::PickerConfirm => {
            let chosen = match &state.overlay {
                Some(Overlay::Picker(p)) => p.matches.get(p.cursor.selected).copied(),
                _ => None,
            };
            if let Some(actor) = chosen {
                state.overlay = None;
                let name = &state.data.actor(actor).name;
                state.message = Some(if state.filter.actors.contains(&actor) {
                    format!("Filter: {name} is already in the filter")
                } else {
                    state.filter.actors.push(actor);
                    format!("Filter: added {name}")
                });
                refilter(state);
            }
        }
        Action::ToggleMatchMode => {
            state.filter.mode = state.filter.mode.toggled();
            state.message = Some(format!(
                "Several actors now match {} them",
                state.filter.mode.label()
            ));
            refilter(state);
        }
        Action::ClearFilters => {
            if state.filter != query::Filter::default() {
                state.filter = query::Filter::default();
                state.message = Some("Filters cleared".to_owned());
                refilter(state);
            }
        }
        Action::ToggleHelp => {
            state.overlay = match state.overlay {
                Some(Overlay::Help { .. }) => None,
                _ => Some(Overlay::Help { scroll: 0 }),
            };
        }
        Action::CloseOverlay => state.overlay = None,
    }
}

fn focus(state: &mut State, pane: Pane) {
    let before = state.detail_subject();
    state.focus = pane;
    match pane {
        Pane::Timeline => state.detail_actor = false,
        Pane::Actors => state.detail_actor = true,
        Pane::Detail => {}
    }
    if state.detail_subject() != before {
        state.detail_scroll = 0;
    }
    keep_in_view(state);
}

fn screen(state: &State) -> Rect {
    Rect::new(0, 0, state.width, state.height)
}

/// The rows of the list or text being moved in.
fn rows(state: &State, pane: Pane) -> usize {
    let areas = layout::areas(screen(state), state.focus);
    areas
        .pane(pane)
        .map_or(1, |r| layout::list_rows(r, pane).max(1))
}

fn page(state: &State) -> isize {
    let rows = match &state.overlay {
        Some(Overlay::Help { .. }) => help::visible_rows(screen(state)),
        Some(Overlay::Picker(_)) => 1,
        None => rows(state, state.focus),
    };
    isize::try_from(rows.saturating_sub(1).max(1)).unwrap_or(1)
}

fn move_by(state: &mut State, delta: isize) {
    let screen = screen(state);
    match &mut state.overlay {
        Some(Overlay::Help { scroll }) => {
            let max = help::max_scroll(screen);
            *scroll = scroll.saturating_add_signed(delta).min(max);
            return;
        }
        Some(Overlay::Picker(p)) => {
            let len = p.matches.len();
            p.cursor
                .move_by(delta, len, crate::ui::picker::list_rows(screen));
            return;
        }
        None => {}
    }
    match state.focus {
        pane @ (Pane::Timeline | Pane::Actors) => {
            let rows = rows(state, pane);
            let (cursor, len) = if pane == Pane::Timeline {
                (&mut state.timeline, state.visible.len())
            } else {
                (&mut state.actors, state.actor_order.len())
            };
            let before = cursor.selected;
            cursor.move_by(delta, len, rows);
            if cursor.selected != before {
                state.detail_scroll = 0;
            }
        }
        Pane::Detail => {
            let max = detail_max_scroll(state);
            state.detail_scroll = state.detail_scroll.saturating_add_signed(delta).min(max);
        }
    }
}

/// How far Detail can scroll: its lines past the last full page.
fn detail_max_scroll(state: &State) -> usize {
    let areas = layout::areas(screen(state), state.focus);
    let Some(area) = areas.detail else {
        return 0;
    };
    let lines = detail::lines(state, layout::text_width(area)).len();
    lines.saturating_sub(usize::from(area.height.saturating_sub(2)))
}

fn edit_picker(state: &mut State, edit: impl FnOnce(&mut String)) {
    if let Some(Overlay::Picker(p)) = &mut state.overlay {
        edit(&mut p.query);
        p.matches = state.data.search_actors(&p.query);
        p.cursor = Cursor::default();
    }
}

/// Recomputes the visible interactions after the filter changed, keeping the same interaction
/// selected when it is still shown, or the nearest one in date order.
fn refilter(state: &mut State) {
    let selected = state.selected_interaction();
    let before = state.detail_subject();
    state.visible = query::matching(&state.data, &state.filter);
    let position = match selected {
        Some(i) => match state.visible.binary_search(&i) {
            Ok(p) => p,
            Err(p) => p.min(state.visible.len().saturating_sub(1)),
        },
        None => 0,
    };
    let rows = rows(state, Pane::Timeline);
    state.timeline.set(position, state.visible.len(), rows);
    if state.detail_subject() != before {
        state.detail_scroll = 0;
    }
}

/// After a resize or focus change: every cursor within its list and window.
fn keep_in_view(state: &mut State) {
    let rows_t = rows(state, Pane::Timeline);
    let rows_a = rows(state, Pane::Actors);
    state
        .timeline
        .set(state.timeline.selected, state.visible.len(), rows_t);
    state
        .actors
        .set(state.actors.selected, state.actor_order.len(), rows_a);
    state.detail_scroll = state.detail_scroll.min(detail_max_scroll(state));
    let max = help::max_scroll(screen(state));
    if let Some(Overlay::Help { scroll }) = &mut state.overlay {
        *scroll = (*scroll).min(max);
    }
}
