//! Moving about: focus, the selection in each list, Detail's scroll, the layout (`z`), and
//! keeping every cursor in its window when the screen or focus changes.

use ratatui::layout::Rect;

use crate::action::{Action, Pane};
use crate::data::Date;
use crate::detail_text;
use crate::geometry::{self as layout, help_max_scroll, help_rows, picker_rows};
use crate::keymap::Context;
use crate::query;
use crate::state::{ActorsView, DetailFollows, Overlay, State, TimelineView, source_urls};

/// Focuses `pane`; a list focused is the one Detail follows from then on.
pub(super) fn focus(state: &mut State, pane: Pane) {
    let before = state.detail_subject();
    state.nav.focus = pane;
    match pane {
        Pane::Timeline => state.nav.detail_follows = DetailFollows::Timeline,
        Pane::Actors => state.nav.detail_follows = DetailFollows::Actors,
        Pane::Detail => {}
    }
    if state.detail_subject() != before {
        state.nav.detail_scroll = 0;
    }
    keep_in_view(state);
}

/// `Enter` on a list: Detail focused; in the Quotes view, scrolled to the selected quote.
pub(super) fn open_detail(state: &mut State) {
    focus(state, Pane::Detail);
    if let Some(q) = state.selected_quote() {
        // The quote in view: its first line at the top of Detail.
        let areas = layout::areas(screen(state), state.nav.focus);
        if let Some(area) = areas.detail {
            let line = detail_text::quote_row(state, layout::text_width(area), q.quote);
            state.nav.detail_scroll = line.min(detail_max_scroll(state));
        }
    }
}

/// `Esc` in Detail: back to the list it follows.
pub(super) fn back(state: &mut State) {
    let list = match state.nav.detail_follows {
        DetailFollows::Actors => Pane::Actors,
        DetailFollows::Timeline => Pane::Timeline,
    };
    focus(state, list);
}

/// The terminal's new size: every cursor kept in its window.
pub(super) fn resize(state: &mut State, width: u16, height: u16) {
    state.width = width;
    state.height = height;
    keep_in_view(state);
}

/// The whole screen, as the last resize gave it.
pub(super) fn screen(state: &State) -> Rect {
    layout::screen(state.width, state.height)
}

/// The rows of the list or text being moved in.
pub(super) fn rows(state: &State, pane: Pane) -> usize {
    let areas = layout::areas_for(screen(state), state.nav.focus, state.nav.maximised);
    areas
        .pane(pane)
        .map_or(1, |r| layout::list_rows(r, pane).max(1))
}

pub(super) fn page(state: &State) -> isize {
    let rows = match &state.nav.overlay {
        Some(Overlay::Help { .. }) => help_rows(screen(state)),
        Some(_) => 1,
        None => rows(state, state.nav.focus),
    };
    isize::try_from(rows.saturating_sub(1).max(1)).unwrap_or(1)
}

pub(super) fn move_by(state: &mut State, delta: isize) {
    let screen = screen(state);
    let quotes = state
        .selected_interaction()
        .map_or(0, |i| state.data.interaction(i).quotes.len());
    let urls = source_urls(state).len();
    match &mut state.nav.overlay {
        Some(Overlay::Help { scroll }) => {
            let max = help_max_scroll(screen);
            *scroll = scroll.saturating_add_signed(delta).min(max);
        }
        Some(Overlay::Picker(p)) => {
            let len = p.len();
            p.cursor.move_by(delta, len, picker_rows(screen));
        }
        Some(Overlay::Quotes { cursor }) => cursor.move_by(delta, quotes, quotes.max(1)),
        Some(Overlay::Sources { cursor, .. }) => cursor.move_by(delta, urls, urls.max(1)),
        // While searching, the arrows move in the timeline that follows the search.
        Some(Overlay::Search { .. }) => move_pane(state, Pane::Timeline, delta),
        Some(Overlay::RangePrompt { .. }) => {}
        None => move_pane(state, state.nav.focus, delta),
    }
}

/// Moves the selection of a list pane, or scrolls Detail.
pub(super) fn move_pane(state: &mut State, pane: Pane, delta: isize) {
    if pane == Pane::Detail {
        let max = detail_max_scroll(state);
        state.nav.detail_scroll = state
            .nav
            .detail_scroll
            .saturating_add_signed(delta)
            .min(max);
        return;
    }
    let rows = rows(state, pane);
    let (cursor, len) = match (pane, state.nav.actors_view) {
        (Pane::Timeline, _) if state.nav.timeline_view == TimelineView::Quotes => {
            (&mut state.nav.quotes, state.lists.quotes.len())
        }
        (Pane::Timeline, _) => (&mut state.nav.timeline, state.lists.visible.len()),
        (_, ActorsView::Actors) => (&mut state.nav.actors, state.lists.actor_rows.len()),
        (_, ActorsView::Pairs) => (&mut state.nav.pairs, state.lists.pairs.len()),
    };
    let before = cursor.selected;
    cursor.move_by(delta, len, rows);
    if cursor.selected != before {
        state.nav.detail_scroll = 0;
    }
}

/// How far Detail can scroll: its lines past the last full page. Lays Detail's text out
/// when what it depends on changed, and keeps it for the frame.
pub(super) fn detail_max_scroll(state: &mut State) -> usize {
    let areas = layout::areas_for(screen(state), state.nav.focus, state.nav.maximised);
    let Some(area) = areas.detail else {
        return 0;
    };
    let rows = usize::from(area.height.saturating_sub(2));
    let limit = state.nav.detail_scroll.saturating_add(2 * rows);
    let lines = detail_text::refresh(state, layout::text_width(area), limit);
    lines.saturating_sub(rows)
}

/// After a resize or focus change: every cursor within its list and window.
pub(super) fn keep_in_view(state: &mut State) {
    let timeline_rows = rows(state, Pane::Timeline);
    let actors_rows = rows(state, Pane::Actors);
    state.nav.timeline.set(
        state.nav.timeline.selected,
        state.lists.visible.len(),
        timeline_rows,
    );
    state.nav.actors.set(
        state.nav.actors.selected,
        state.lists.actor_rows.len(),
        actors_rows,
    );
    state.nav.pairs.set(
        state.nav.pairs.selected,
        state.lists.pairs.len(),
        actors_rows,
    );
    state.nav.quotes.set(
        state.nav.quotes.selected,
        state.lists.quotes.len(),
        timeline_rows,
    );
    state.nav.detail_scroll = state.nav.detail_scroll.min(detail_max_scroll(state));
    let max = help_max_scroll(screen(state));
    if let Some(Overlay::Help { scroll }) = &mut state.nav.overlay {
        *scroll = (*scroll).min(max);
    }
}

/// `z`: the focused pane alone in the whole body, or back to the three side by side.
pub(super) fn toggle_maximise(state: &mut State) {
    let wide = !layout::areas(screen(state), state.nav.focus).single;
    if !wide && !state.nav.maximised {
        state.status.message = Some("One pane at a time already at this size".to_owned());
        return;
    }
    state.nav.maximised = !state.nav.maximised;
    let key = state
        .settings
        .keymap
        .label(Context::Global, Action::ToggleMaximise)
        .unwrap_or_default();
    state.status.message = Some(if state.nav.maximised {
        format!(
            "{} maximised: {key} restores the layout",
            state.nav.focus.title()
        )
    } else {
        "Layout restored".to_owned()
    });
    keep_in_view(state);
}

/// Selects the first interaction shown in `month`. A month outside the time range moves
/// nothing and says so; a month in which nothing is shown (the other filters leave none)
/// selects the nearest shown after it, and says which.
pub(super) fn jump_to_month(state: &mut State, month: Date) {
    let (since, until) = (state.filter.since, state.filter.until);
    let in_range = since.is_none_or(|s| month.last_day() >= s.first_day())
        && until.is_none_or(|u| month.first_day() <= u.last_day());
    if !in_range {
        let clear = state
            .settings
            .keymap
            .label(Context::Global, Action::ClearFilters)
            .map(|k| format!(": {k} clears the filters"))
            .unwrap_or_default();
        state.status.message = Some(format!(
            "{month} is outside the time range {}{clear}",
            query::range_text(since, until)
        ));
        return;
    }
    let len = state.lists.visible.len();
    if len == 0 {
        state.status.message = Some(format!("Nothing is shown in {month}"));
        return;
    }
    let position = state
        .lists
        .visible
        .partition_point(|&i| state.data.interaction(i).date.last_day() < month.first_day())
        .min(len - 1);
    let landed = state.data.interaction(state.lists.visible[position]).date;
    let position = super::coded::row_of(state, Some(state.lists.visible[position]));
    let rows = rows(state, Pane::Timeline);
    state.nav.timeline.set(position, len, rows);
    state.nav.detail_scroll = 0;
    state.status.message = Some(
        if landed.first_day() <= month.last_day() && landed.last_day() >= month.first_day() {
            format!("Jumped to {month}")
        } else {
            format!("Nothing is shown in {month}: jumped to {landed}, the nearest shown")
        },
    );
}
