//! The mouse: a click focuses the pane under it and selects the row clicked (or jumps to the
//! month clicked on the density strip, or the tab clicked); the wheel moves the pane under
//! the pointer.

use ratatui::layout::Position;

use crate::action::Pane;
use crate::geometry::{self as layout, month_at};
use crate::state::{ActorsView, State, TimelineView};

use super::navigation::{focus, jump_to_month, move_by, move_pane, screen};

/// A click focuses the pane under the pointer and selects the row clicked; on the density
/// strip it jumps to the month clicked.
pub(super) fn click(state: &mut State, x: u16, y: u16) {
    if state.nav.overlay.is_some() {
        return;
    }
    let at = Position::new(x, y);
    let areas = layout::areas_for(screen(state), state.nav.focus, state.nav.maximised);
    if let Some(strip) = areas.density
        && strip.contains(at)
    {
        if let Some(month) = month_at(&state.lists.monthly, strip, x) {
            jump_to_month(state, month);
        }
        return;
    }
    if let Some(header) = areas.header
        && header.contains(at)
        && areas.single
    {
        if let Some(pane) = layout::tab_at(header, x) {
            focus(state, pane);
        }
        return;
    }
    for pane in Pane::ALL {
        let Some(area) = areas.pane(pane) else {
            continue;
        };
        if !area.contains(at) {
            continue;
        }
        focus(state, pane);
        let first_row =
            area.y + 1 + u16::from(pane == Pane::Timeline && layout::timeline_has_header(area));
        if pane == Pane::Detail || y < first_row || y >= area.bottom().saturating_sub(1) {
            return;
        }
        let row = usize::from(y - first_row);
        let height = layout::list_rows(area, pane);
        let (cursor, len) = match (pane, state.nav.actors_view) {
            (Pane::Timeline, _) if state.nav.timeline_view == TimelineView::Quotes => {
                (&mut state.nav.quotes, state.lists.quotes.len())
            }
            (Pane::Timeline, _) => (&mut state.nav.timeline, state.lists.visible.len()),
            (_, ActorsView::Actors) => (&mut state.nav.actors, state.lists.actor_rows.len()),
            (_, ActorsView::Pairs) => (&mut state.nav.pairs, state.lists.pairs.len()),
        };
        let offset = cursor.view_offset(len, height);
        if offset + row < len {
            let before = cursor.selected;
            cursor.set(offset + row, len, height);
            if cursor.selected != before {
                state.nav.detail_scroll = 0;
            }
        }
        return;
    }
}

/// The wheel moves the pane under the pointer, focused or not.
pub(super) fn scroll_at(state: &mut State, x: u16, y: u16, lines: i8) {
    if state.nav.overlay.is_some() {
        move_by(state, isize::from(lines));
        return;
    }
    let areas = layout::areas_for(screen(state), state.nav.focus, state.nav.maximised);
    let at = Position::new(x, y);
    if let Some(pane) = Pane::ALL
        .into_iter()
        .find(|&p| areas.pane(p).is_some_and(|r| r.contains(at)))
    {
        move_pane(state, pane, isize::from(lines));
    }
}
