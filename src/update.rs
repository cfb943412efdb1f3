//! `update(state, msg)`: the only way the browser's state changes. No I/O, no terminal: what
//! must reach the outside (the clipboard, the browser, the data file, the search thread, the
//! end of the loop) comes back as [`Effects`] for the loop to carry out.
//!
//! [`update`] hands each action to the file that does its job: `navigation` (focus, moving,
//! scrolling, layout), `lists` (the derived lists and their views and orders), `filters`,
//! `search`, `overlays` (and the line being edited), `copy` (copy and open), `mouse`, `coded`
//! (the orders and folding of coded event data),
//! `network` (the network view) and `reload` (new data); `effect` holds what comes back.

mod coded;
mod copy;
mod effect;
mod filters;
mod lists;
mod mouse;
mod navigation;
mod network;
mod overlays;
mod reload;
mod search;

pub use effect::{Effect, Effects};

use std::sync::Arc;

use crate::action::{Action, Pane};
use crate::data::{Data, LoadError};
use crate::line::LineInput;
use crate::state::{Copied, Loading, Partial, SearchRequest, State};

/// What can change the state: an action of the reader, or data loaded again from disk.
#[derive(Debug)]
pub enum Msg {
    /// An action of the reader: a key through the key table, a click, a resize.
    Action(Action),
    /// The data file, loaded again after it changed (or `r`).
    Reloaded(Box<Result<Arc<Data>, LoadError>>),
    /// How far the first load has come.
    Progress(Loading),
    /// A preview of the data while the first load goes on: the head and the interactions of
    /// the file's first part, and how much of the file they cover.
    Preview(Arc<Data>, Partial),
    /// The data, once the first load is done.
    Loaded(Arc<Data>),
    /// A search that ran behind the browser, and what it found.
    Searched(Box<SearchRequest>, Vec<usize>),
    /// Which way the text of an [`Effect::Copy`] went, or why it could not be copied.
    Copied(Result<Copied, String>),
    /// Whether the URL of an [`Effect::OpenUrl`] went to the browser, or why not.
    Opened(Result<(), String>),
}

impl From<Action> for Msg {
    fn from(action: Action) -> Msg {
        Msg::Action(action)
    }
}

/// Applies one message to the state, and says what the loop must carry out for it.
pub fn update(state: &mut State, msg: impl Into<Msg>) -> Effects {
    let mut effects = Effects::default();
    match msg.into() {
        Msg::Action(action) => apply(state, action, &mut effects),
        Msg::Reloaded(result) => reload::reloaded(state, *result),
        Msg::Progress(progress) => reload::progress(state, progress),
        Msg::Preview(data, partial) => reload::preview(state, data, partial),
        Msg::Loaded(data) => reload::loaded(state, data),
        Msg::Copied(result) => copy::copied(state, result),
        Msg::Opened(result) => copy::opened(state, result),
        Msg::Searched(request, visible) => search::searched(state, *request, visible),
    }
    lists::keep_pairs(state);
    lists::keep_quotes(state);
    lists::keep_relations(state);
    network::keep_network(state);
    // Detail's text, laid out once per change and kept for the frame while Detail is being
    // read (focused, or scrolled). Otherwise nothing here needs its length, and the frame
    // lays it out itself: moving down a list stays a matter of nanoseconds.
    if state.nav.focus == Pane::Detail || state.nav.detail_scroll > 0 {
        navigation::detail_max_scroll(state);
    }
    effects
}

/// Applies one action of the reader: each to the file of its job.
fn apply(state: &mut State, action: Action, fx: &mut Effects) {
    state.status.message = None;
    if state.nav.network.is_some()
        && state.nav.overlay.is_none()
        && network::network_action(state, action, fx)
    {
        return;
    }
    match action {
        Action::Quit => fx.push(Effect::Quit),
        Action::Reload => reload::request(state, fx),
        // Moving about.
        Action::Resize(width, height) => navigation::resize(state, width, height),
        Action::ToggleMaximise => navigation::toggle_maximise(state),
        Action::FocusNext => navigation::focus(state, state.nav.focus.next()),
        Action::FocusPrev => navigation::focus(state, state.nav.focus.prev()),
        Action::Focus(pane) => navigation::focus(state, pane),
        Action::OpenDetail => navigation::open_detail(state),
        Action::Back => navigation::back(state),
        Action::MoveDown => navigation::move_by(state, 1),
        Action::MoveUp => navigation::move_by(state, -1),
        Action::PageDown => navigation::move_by(state, navigation::page(state)),
        Action::PageUp => navigation::move_by(state, -navigation::page(state)),
        Action::First => navigation::move_by(state, isize::MIN),
        Action::Last => navigation::move_by(state, isize::MAX),
        // What the lists show, and in which order.
        Action::ToggleQuotes => lists::toggle_quotes(state),
        Action::TogglePairs => lists::toggle_pairs(state),
        Action::SortActors => lists::sort_focused(state),
        Action::CycleLink => lists::cycle_link(state),
        Action::ToggleInactive => lists::toggle_inactive(state),
        // The filter.
        Action::ToggleActor => filters::toggle_actor(state, fx),
        Action::ToggleMatchMode => filters::toggle_match_mode(state, fx),
        Action::ClearFilters => filters::clear(state, fx),
        Action::ToggleRole => filters::toggle_role(state, fx),
        Action::CycleKind => filters::cycle_kind(state, fx),
        Action::CycleClass => filters::cycle_class(state, fx),
        // Coded events: the timeline's order, the countries folded in Actors.
        Action::SortTimeline => coded::sort_timeline(state),
        Action::ToggleGroup => coded::toggle_group(state),
        Action::ToggleGrouping => coded::toggle_grouping(state),
        Action::RangeBack => filters::step_range(state, -1, fx),
        Action::RangeForward => filters::step_range(state, 1, fx),
        // The search.
        Action::OpenSearch => search::open(state),
        Action::NextMatch => search::next_match(state, 1),
        Action::PrevMatch => search::next_match(state, -1),
        // The overlays, and the line being edited in one.
        Action::ToggleHelp => overlays::toggle_help(state),
        Action::OpenPicker => overlays::open_picker(state),
        Action::OpenRangePrompt => overlays::open_range_prompt(state),
        Action::CloseOverlay => overlays::close(state, fx),
        Action::Confirm => overlays::confirm(state, fx),
        Action::Input(c) => overlays::edit_line(state, fx, |l| l.insert(c)),
        Action::Backspace => overlays::edit_line(state, fx, LineInput::backspace),
        Action::Delete => overlays::edit_line(state, fx, LineInput::delete),
        Action::CursorLeft => overlays::edit_line(state, fx, LineInput::left),
        Action::CursorRight => overlays::edit_line(state, fx, LineInput::right),
        Action::CursorHome => overlays::edit_line(state, fx, LineInput::home),
        Action::CursorEnd => overlays::edit_line(state, fx, LineInput::end),
        Action::DeleteWord => overlays::edit_line(state, fx, LineInput::delete_word),
        Action::DeleteToStart => overlays::edit_line(state, fx, LineInput::delete_to_start),
        // Copying and opening.
        Action::CopyQuote => copy::copy_quote(state, fx),
        Action::CopyUrl => copy::source_url(state, false, fx),
        Action::OpenUrl => copy::source_url(state, true, fx),
        Action::CopyInteraction => copy::copy_interaction(state, fx),
        // The network view.
        Action::ToggleNetwork => network::open_network(state, false),
        Action::WidenNetwork => network::open_network(state, true),
        // The mouse.
        Action::Click(x, y) => mouse::click(state, x, y),
        Action::Scroll(x, y, lines) => mouse::scroll_at(state, x, y, lines),
    }
}
