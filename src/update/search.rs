//! The search: typed live in the search line, narrowed within what is shown where it can be,
//! run behind the browser for large data; `n` and `N` through its matches.

use crate::action::{Action, Pane};
use crate::data::fold::Query;
use crate::keymap::Context;
use crate::line::LineInput;
use crate::state::{Overlay, SearchRequest, State};

use super::filters::{refilter, show};
use super::navigation::rows;
use super::{Effect, Effects};

/// `/`: the search line, holding the search in force.
pub(super) fn open(state: &mut State) {
    state.nav.overlay = Some(Overlay::Search {
        input: LineInput::new(state.filter.search.text()),
    });
}

/// A search that ran behind the browser: shown if it is for the filter in force; a result
/// for an older query (typing went on meanwhile) is dropped, the newer one being on its way.
pub(super) fn searched(state: &mut State, request: SearchRequest, visible: Vec<usize>) {
    if request.filter == state.filter {
        state.status.searching = false;
        show(state, visible);
    }
}

/// Applies a new search live. A query that only narrows the last one searches within what is
/// shown, instead of every interaction.
pub(super) fn set_search(state: &mut State, query: Query, fx: &mut Effects) {
    if query == state.filter.search {
        return;
    }
    let narrows = !state.filter.search.is_empty() && query.narrows(&state.filter.search);
    state.filter.search = query;
    if state.settings.background_search {
        // What is shown is the last query's result only when no search is still running.
        let within = (narrows && !state.status.searching).then(|| state.lists.visible.clone());
        fx.push(Effect::Search(SearchRequest {
            filter: state.filter.clone(),
            within,
        }));
        state.status.searching = true;
        return;
    }
    if narrows {
        let visible = state
            .data
            .search(&state.filter.search, Some(&state.lists.visible));
        show(state, visible);
    } else {
        refilter(state, fx);
    }
}

pub(super) fn next_match(state: &mut State, direction: isize) {
    if state.filter.search.is_empty() {
        state.status.message = Some(
            match state
                .settings
                .keymap
                .label(Context::Global, Action::OpenSearch)
            {
                Some(k) => format!("No search: press {k} to search"),
                None => "No search".to_owned(),
            },
        );
        return;
    }
    let len = state.lists.visible.len();
    if len == 0 {
        state.status.message = Some("No interaction matches the search".to_owned());
        return;
    }
    // Every interaction shown matches the search; wrap around at either end, as `n` does in
    // less and vim.
    let at = state.nav.timeline.selected as isize + direction;
    let wrapped = at.rem_euclid(len as isize) as usize;
    if (at < 0 || at >= len as isize) && len > 1 {
        state.status.message = Some(if direction > 0 {
            "Search wrapped to the first match".to_owned()
        } else {
            "Search wrapped to the last match".to_owned()
        });
    }
    let rows = rows(state, Pane::Timeline);
    state.nav.timeline.set(wrapped, len, rows);
    state.nav.detail_scroll = 0;
}
