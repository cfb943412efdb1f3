//! The network view: one actor amid its counterparts, or the whole network of the filtered
//! interactions, built and laid out for the screen, and moving and choosing in it.

use std::sync::Arc;

use ratatui::layout::Position;

use crate::action::{Action, Pane};
use crate::geometry as layout;
use crate::keymap::Context;
use crate::network::{self, Network, layout as net_layout};
use crate::query;
use crate::state::{ActorsView, Cursor, NetworkStamp, NetworkView, State};

use super::Effects;
use super::filters::refilter;
use super::navigation::{focus, screen};

/// What an action does in the network view, when no overlay is open over it; `false` for the
/// actions it leaves to the browser (filters, search, help…), which then rebuild it.
pub(super) fn network_action(state: &mut State, action: Action, fx: &mut Effects) -> bool {
    match action {
        Action::MoveDown => move_network(state, 1),
        Action::MoveUp => move_network(state, -1),
        Action::PageDown => move_network(state, 5),
        Action::PageUp => move_network(state, -5),
        Action::First => move_network(state, isize::MIN),
        Action::Last => move_network(state, isize::MAX),
        Action::Scroll(_, _, lines) => move_network(state, isize::from(lines)),
        Action::Click(x, y) => click_network(state, x, y),
        Action::Confirm => confirm_network(state, fx),
        Action::CloseOverlay | Action::ToggleNetwork => state.nav.network = None,
        Action::WidenNetwork => widen_network(state),
        // A pane asked for by name or Tab: leave the view for it.
        Action::FocusNext | Action::FocusPrev | Action::Focus(_) | Action::OpenDetail => {
            state.nav.network = None;
            return false;
        }
        _ => return false,
    }
    true
}

/// `w` (`whole`: `W`) from the Actors pane: the selected actor's circle (in the relationships
/// view, the first actor of the pair, the second selected), or the whole network; `w` again
/// closes it.
pub(super) fn open_network(state: &mut State, whole: bool) {
    if state.nav.network.is_some() && !whole {
        state.nav.network = None;
        return;
    }
    let (centre, select) = match state.nav.actors_view {
        ActorsView::Pairs => match state.selected_pair() {
            Some(p) => (Some(p.a), Some(p.b)),
            None => (None, None),
        },
        ActorsView::Actors => (state.selected_actor(), None),
    };
    if whole {
        build_network(state, None, centre);
        return;
    }
    match centre {
        Some(c) => build_network(state, Some(c), select),
        None => state.status.message = Some("No actor selected".to_owned()),
    }
}

/// `W` in the view: the whole network with the centre selected, or the circle of the actor
/// selected in the whole network.
pub(super) fn widen_network(state: &mut State) {
    let Some(view) = &state.nav.network else {
        return;
    };
    match view.centre {
        Some(centre) => build_network(state, None, Some(centre)),
        None => match view.selected() {
            Some(actor) => build_network(state, Some(actor), None),
            None => state.status.message = Some("No actor selected".to_owned()),
        },
    }
}

/// Builds the view of `centre` (`None`: the whole network) from the interactions shown, laid
/// out for the screen, with `select` selected if it is among its actors.
pub(super) fn build_network(state: &mut State, centre: Option<usize>, select: Option<usize>) {
    let graph = Network::build(&state.data, &state.lists.visible);
    let area = layout::network_inner(screen(state));
    let drawn = net_layout::fits(area);
    let labels = network::labels(&state.data, graph.nodes.iter().copied().chain(centre));
    let width = |a: usize| {
        let label = labels.get(&a).map_or("", String::as_str);
        u16::try_from(unicode_width::UnicodeWidthStr::width(label)).unwrap_or(u16::MAX)
    };
    let drawing = match (drawn, centre) {
        (false, _) => net_layout::Drawing::default(),
        (true, Some(c)) => net_layout::ego(&graph, c, area, width),
        (true, None) => net_layout::whole(&graph, area, width),
    };
    let items: Vec<usize> = match (drawn, centre) {
        (true, _) => drawing.nodes.iter().map(|p| p.actor).collect(),
        (false, Some(c)) => graph.edges_of(c).map(|e| e.other(c)).collect(),
        (false, None) => graph.nodes.clone(),
    };
    let at = select
        .and_then(|a| items.iter().position(|&x| x == a))
        .unwrap_or(0);
    let mut cursor = Cursor::default();
    cursor.set(at, items.len(), layout::network_list_rows(area));
    state.nav.network = Some(Box::new(NetworkView {
        centre,
        graph,
        drawing,
        items,
        cursor,
        labels,
        drawn,
        built_for: network_stamp(state),
    }));
}

pub(super) fn network_stamp(state: &State) -> NetworkStamp {
    NetworkStamp {
        data: Arc::as_ptr(&state.data) as usize,
        filter: state.filter.clone(),
        visible: state.lists.visible.len(),
        searching: state.status.searching,
        width: state.width,
        height: state.height,
    }
}

/// Builds the open network view again when the filter, the interactions shown, the data or
/// the screen's size changed, keeping the same actor selected.
pub(super) fn keep_network(state: &mut State) {
    let Some(view) = &state.nav.network else {
        return;
    };
    if view.built_for == network_stamp(state) {
        return;
    }
    let (centre, select) = (view.centre, view.selected());
    let centre = centre.filter(|&c| c < state.data.actors().len());
    let select = select.filter(|&a| a < state.data.actors().len());
    build_network(state, centre, select);
}

pub(super) fn move_network(state: &mut State, delta: isize) {
    let area = layout::network_inner(screen(state));
    if let Some(view) = &mut state.nav.network {
        let rows = if view.drawn {
            view.items.len().max(1)
        } else {
            layout::network_list_rows(area)
        };
        view.cursor.move_by(delta, view.items.len(), rows);
    }
}

/// A click on an actor's label selects it; in the list shown when the view is too small, on
/// its row.
pub(super) fn click_network(state: &mut State, x: u16, y: u16) {
    let area = layout::network_inner(screen(state));
    let Some(view) = &mut state.nav.network else {
        return;
    };
    if view.drawn {
        if let Some(n) = view.drawing.node_at(x, y) {
            view.cursor
                .set(n, view.items.len(), view.items.len().max(1));
        }
        return;
    }
    let rows = layout::network_list_rows(area);
    // The first row says the area is too small.
    let first = area.y + 1;
    if area.contains(Position::new(x, y)) && y >= first {
        let offset = view.cursor.view_offset(view.items.len(), rows);
        let row = offset + usize::from(y - first);
        if row < view.items.len() {
            view.cursor.set(row, view.items.len(), rows);
        }
    }
}

/// Enter in the view: in a circle, filter the timeline to the centre and the selected
/// counterpart, as the relationships view does, and show it; in the whole network, centre on
/// the selected actor.
pub(super) fn confirm_network(state: &mut State, fx: &mut Effects) {
    let Some(view) = &state.nav.network else {
        return;
    };
    let Some(selected) = view.selected() else {
        return;
    };
    let Some(centre) = view.centre else {
        build_network(state, Some(selected), None);
        return;
    };
    state.nav.network = None;
    state.filter.actors = vec![centre, selected];
    state.filter.mode = query::MatchMode::All;
    let hint = state
        .settings
        .keymap
        .label(Context::Actors, Action::ToggleNetwork)
        .map(|k| format!(" ({k} in Actors draws the network again)"))
        .unwrap_or_default();
    state.status.message = Some(format!(
        "Filter: {} and {}{hint}",
        state.data.actor(centre).name,
        state.data.actor(selected).name
    ));
    refilter(state, fx);
    focus(state, Pane::Timeline);
}
