//! `update(state, action)`: the only way the browser's state changes. No I/O, no terminal:
//! what must reach the outside (the clipboard) is left in the state for the loop to send.

use std::sync::Arc;

use ratatui::layout::{Position, Rect};

use crate::action::{Action, Pane};
use crate::cite;
use crate::data::fold::Query;
use crate::data::{Class, Data, Date, InteractionKind, LoadError};
use crate::geometry::{self as layout, help_max_scroll, help_rows, month_at, picker_rows};
use crate::keymap::Context;
use crate::line::LineInput;
use crate::network::{self, Network, layout as net_layout};
use crate::query;
use crate::state::{
    ActorsView, Copied, Cursor, DetailSubject, Loading, NetworkStamp, NetworkView, Overlay,
    PickItem, Picker, SearchRequest, State, TimelineView, source_urls,
};
use crate::ui::detail;

/// What can change the state: an action of the reader, or data loaded again from disk.
#[derive(Debug)]
pub enum Msg {
    Action(Action),
    /// The data file, loaded again after it changed (or `r`).
    Reloaded(Box<Result<Arc<Data>, LoadError>>),
    /// How far the first load has come.
    Progress(Loading),
    /// The data, once the first load is done.
    Loaded(Arc<Data>),
    /// A search that ran behind the browser, and what it found.
    Searched(Box<SearchRequest>, Vec<usize>),
    /// Which way text the state asked to copy went, or why it could not be copied.
    Copied(Result<Copied, String>),
    /// Whether the URL the state asked to open went to the browser, or why not.
    Opened(Result<(), String>),
}

impl From<Action> for Msg {
    fn from(action: Action) -> Msg {
        Msg::Action(action)
    }
}

/// Applies one message to the state.
pub fn update(state: &mut State, msg: impl Into<Msg>) {
    match msg.into() {
        Msg::Action(action) => apply(state, action),
        Msg::Reloaded(result) => reloaded(state, *result),
        Msg::Progress(progress) => {
            if state.loading.is_some() {
                state.loading = Some(progress);
            }
        }
        Msg::Loaded(data) => {
            replace_data(state, data);
            state.loading = None;
        }
        Msg::Copied(result) => {
            state.message = Some(match (result, state.message.take()) {
                (Ok(way), Some(m)) => format!("{m} {}", way.text()),
                (Ok(way), None) => format!("Copied {}", way.text()),
                (Err(e), _) => format!("Not copied: {e}"),
            });
        }
        Msg::Opened(result) => {
            if let Err(e) = result {
                state.message = Some(format!("Not opened: {e}"));
            }
        }
        Msg::Searched(request, visible) => {
            // A result for an older query (typing went on meanwhile) is dropped: the newer
            // one is on its way.
            if request.filter == state.filter {
                state.searching = false;
                show(state, visible);
            }
        }
    }
    keep_pairs(state);
    keep_quotes(state);
    keep_relations(state);
    keep_network(state);
}

/// Lists the quotes of the filtered set while the Quotes view is shown and they are out of
/// date, keeping the same quote selected where it is still listed.
fn keep_quotes(state: &mut State) {
    if state.timeline_view != TimelineView::Quotes || !state.quotes_stale {
        return;
    }
    let selected = state.selected_quote();
    state.quotes = query::quotes::quotes(&state.data, &state.filter, &state.visible);
    state.quotes_stale = false;
    let position = selected
        .and_then(|s| state.quotes.binary_search(&s).ok())
        .unwrap_or(0);
    let rows = rows(state, Pane::Timeline);
    state.quotes_cursor.set(position, state.quotes.len(), rows);
}

/// Keeps the relationships of the actor Detail shows, so that drawing a frame does not
/// recount them: for the chattiest actor of a large dataset that is tens of thousands of
/// interactions. Counted again only when the actor, the filter, the link or the data changes
/// (each of which empties `relations`).
fn keep_relations(state: &mut State) {
    if let DetailSubject::Actor(actor) = state.detail_subject()
        && state.relations.as_ref().is_none_or(|(a, _)| *a != actor)
    {
        let within = state.filtered().then_some(state.visible.as_slice());
        let rels = query::counts::relationships(&state.data, actor, within, state.link);
        state.relations = Some((actor, rels));
    }
}

/// Counts the pairs of the filtered set while the Relationships view is shown and they are
/// out of date, keeping the same pair selected where it is still there.
fn keep_pairs(state: &mut State) {
    if state.actors_view != ActorsView::Pairs || !state.pairs_stale {
        return;
    }
    let selected = state.selected_pair().map(|p| (p.a, p.b));
    let mut pairs = query::counts::pairs(&state.data, &state.visible, state.link);
    crate::state::sort_pairs(&state.data, &mut pairs, state.pair_sort);
    state.pairs = pairs;
    state.pairs_stale = false;
    let position = selected
        .and_then(|s| state.pairs.iter().position(|p| (p.a, p.b) == s))
        .unwrap_or(0);
    let rows = rows(state, Pane::Actors);
    state.pairs_cursor.set(position, state.pairs.len(), rows);
}

/// After the filtered set changed: the counts, the density strip's highlight, the actors'
/// order (the same actor stays selected), and the pairs and relationships to count again.
fn recount(state: &mut State) {
    state.counts = if state.filtered() {
        query::Counts::of(&state.data, &state.visible)
    } else {
        state.counts_all.clone()
    };
    state.monthly_filtered = if state.filtered() {
        state.monthly.within(&state.data, &state.visible)
    } else {
        state.monthly.clone()
    };
    state.pairs_stale = true;
    state.quotes_stale = true;
    state.relations = None;
    reorder_actors(state);
}

/// Sorts the actors again, keeping the selected one selected while the Actors pane is in use
/// (else the list starts at its top).
fn reorder_actors(state: &mut State) {
    let in_use = state.focus == Pane::Actors || state.detail_actor;
    let selected = if in_use {
        state.actor_order.get(state.actors.selected).copied()
    } else {
        None
    };
    state.actor_order = state.sorted_actors();
    let position = selected
        .and_then(|a| state.actor_order.iter().position(|&x| x == a))
        .unwrap_or(0);
    let rows = rows(state, Pane::Actors);
    state.actors.set(position, state.actor_order.len(), rows);
}

/// New data from disk. A good load replaces the data and keeps the filters and selections
/// whose ids still exist; a bad one keeps the data on screen and says why in the status line.
fn reloaded(state: &mut State, result: Result<Arc<Data>, LoadError>) {
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
            state.reload_error = Some(format!(
                "Reload failed, showing the last good data: {first}"
            ));
            state.message = None;
            return;
        }
    };
    replace_data(state, data);
    state.message = Some(format!(
        "Reloaded: {} interactions, {} actors",
        state.data.interactions().len(),
        state.data.actors().len()
    ));
}

/// Puts new data in place, keeping the filters and selections whose ids it still has.
fn replace_data(state: &mut State, data: impl Into<Arc<Data>>) {
    let old = &state.data;
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
        .actor_order
        .get(state.actors.selected)
        .map(|&a| old.actor(a).id.clone());
    let selected_pair = state
        .selected_pair()
        .map(|p| (old.actor(p.a).id.clone(), old.actor(p.b).id.clone()));
    let old_places: Vec<String> = old.places().iter().map(|p| p.id.clone()).collect();
    // The network view's centre and selection, by id: indices change with the data.
    let network = state.network.as_ref().map(|v| {
        let id = |a: usize| old.actor(a).id.clone();
        (v.centre.map(id), v.selected().map(id))
    });
    let fresh = State::new(data, state.source.clone(), state.width, state.height);
    state.data = fresh.data;
    state.relations = None;
    state.background_search = fresh.background_search;
    state.searching = false;
    state.search_request = None;
    state.pairs = Vec::new();
    state.pairs_stale = true;
    state.monthly = fresh.monthly;
    state.counts_all = fresh.counts_all;
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
    state.visible = query::matching(&state.data, &state.filter);
    recount(state);
    let rows_a = rows(state, Pane::Actors);
    let actor_pos = selected_actor
        .and_then(|id| state.data.actor_index(&id))
        .and_then(|a| state.actor_order.iter().position(|&x| x == a))
        .unwrap_or(0);
    state.actors.set(actor_pos, state.actor_order.len(), rows_a);
    keep_pairs(state);
    let pair_pos = selected_pair
        .and_then(|(a, b)| Some((state.data.actor_index(&a)?, state.data.actor_index(&b)?)))
        .and_then(|(a, b)| state.pairs.iter().position(|p| (p.a, p.b) == (a, b)))
        .unwrap_or(0);
    state.pairs_cursor.set(pair_pos, state.pairs.len(), rows_a);
    let position = selected
        .and_then(|id| {
            state
                .visible
                .iter()
                .position(|&i| state.data.interaction(i).id == id)
        })
        .unwrap_or(0);
    let rows_t = rows(state, Pane::Timeline);
    state.timeline.set(position, state.visible.len(), rows_t);
    state.reload_error = None;
    if let Some((centre, selected)) = network {
        let index = |id: Option<String>| id.and_then(|id| state.data.actor_index(&id));
        match (centre.is_some(), index(centre)) {
            // The actor at the centre is gone from the data: nothing to centre on.
            (true, None) => state.network = None,
            (_, centre) => build_network(state, centre, index(selected)),
        }
    }
    state.overlay = match state.overlay.take() {
        // The picker's matches and the quote chooser's quotes belong to the old data.
        Some(Overlay::Picker(_) | Overlay::Quotes { .. } | Overlay::Sources { .. }) => None,
        other => other,
    };
    keep_in_view(state);
}

/// Applies one action of the reader.
fn apply(state: &mut State, action: Action) {
    state.message = None;
    if state.network.is_some() && state.overlay.is_none() && network_action(state, action) {
        return;
    }
    match action {
        Action::Reload => {
            state.reload_requested = true;
            state.message = Some("Reloading…".to_owned());
        }
        Action::Quit => state.quit = true,
        Action::ToggleMaximise => toggle_maximise(state),
        Action::Resize(width, height) => {
            state.width = width;
            state.height = height;
            keep_in_view(state);
        }
        Action::FocusNext => focus(state, state.focus.next()),
        Action::FocusPrev => focus(state, state.focus.prev()),
        Action::Focus(pane) => focus(state, pane),
        Action::OpenDetail => {
            focus(state, Pane::Detail);
            if let Some(q) = state.selected_quote() {
                // The quote in view: its first line at the top of Detail.
                let areas = layout::areas(screen(state), state.focus);
                if let Some(area) = areas.detail {
                    let line = detail::quote_line(state, layout::text_width(area), q.quote);
                    state.detail_scroll = line.min(detail_max_scroll(state));
                }
            }
        }
        Action::ToggleQuotes => {
            state.timeline_view = match state.timeline_view {
                TimelineView::Interactions => TimelineView::Quotes,
                TimelineView::Quotes => TimelineView::Interactions,
            };
            keep_quotes(state);
            state.message = Some(match state.timeline_view {
                TimelineView::Quotes => format!(
                    "Quotes: {} in the filtered interactions{}",
                    state.quotes.len(),
                    match state.keymap.label(Context::Timeline, Action::OpenDetail) {
                        Some(k) => format!("; {k} reads one in its interaction"),
                        None => String::new(),
                    }
                ),
                TimelineView::Interactions => "Timeline".to_owned(),
            });
            focus(state, Pane::Timeline);
            state.detail_scroll = 0;
        }
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
        Action::ToggleActor => toggle_actor(state),
        Action::OpenPicker => {
            let mut picker = Picker {
                groups: query::groups::all(&state.data),
                ..Picker::default()
            };
            picker.rematch(&state.data);
            state.overlay = Some(Overlay::Picker(picker));
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
            let cleared = state.cleared_filter();
            if state.filter != cleared {
                state.filter = cleared;
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
        Action::CloseOverlay => {
            if let Some(Overlay::Search { .. }) = state.overlay.take()
                && !state.filter.search.is_empty()
            {
                state.filter.search = Query::default();
                state.message = Some("Search dropped".to_owned());
                refilter(state);
            }
        }
        Action::Confirm => confirm(state),
        Action::Input(c) => edit_line(state, |l| l.insert(c)),
        Action::Backspace => edit_line(state, LineInput::backspace),
        Action::Delete => edit_line(state, LineInput::delete),
        Action::CursorLeft => edit_line(state, LineInput::left),
        Action::CursorRight => edit_line(state, LineInput::right),
        Action::CursorHome => edit_line(state, LineInput::home),
        Action::CursorEnd => edit_line(state, LineInput::end),
        Action::DeleteWord => edit_line(state, LineInput::delete_word),
        Action::DeleteToStart => edit_line(state, LineInput::delete_to_start),
        Action::OpenSearch => {
            state.overlay = Some(Overlay::Search {
                input: LineInput::new(state.filter.search.text()),
            });
        }
        Action::NextMatch => next_match(state, 1),
        Action::PrevMatch => next_match(state, -1),
        Action::RangeBack => step_range(state, -1),
        Action::RangeForward => step_range(state, 1),
        Action::OpenRangePrompt => {
            state.overlay = Some(Overlay::RangePrompt {
                input: LineInput::default(),
                error: None,
            });
        }
        Action::SortActors => sort_focused(state),
        Action::CycleLink => {
            state.link = state.link.next();
            state.pairs_stale = true;
            state.relations = None;
            state.message = Some(format!("Relationships: {}", state.link.label()));
            if state.actors_view == ActorsView::Actors {
                state.actors_view = ActorsView::Pairs;
                focus(state, Pane::Actors);
            }
        }
        Action::ToggleInactive => {
            state.hide_inactive = !state.hide_inactive;
            state.message = Some(
                if state.hide_inactive {
                    "Actors with nothing in the filter: hidden"
                } else {
                    "Actors with nothing in the filter: dimmed"
                }
                .to_owned(),
            );
            reorder_actors(state);
        }
        Action::ToggleRole => {
            state.filter.role = state.filter.role.toggled();
            state.message = Some(format!(
                "Actors match where they {}",
                match state.filter.role {
                    query::RoleMatch::TookPart =>
                        "took part (mediating included), not where only quoted",
                    query::RoleMatch::Any => "have any role, quoted included",
                }
            ));
            refilter(state);
        }
        Action::CycleKind => cycle_kind(state),
        Action::CycleClass => cycle_class(state),
        Action::TogglePairs => {
            state.actors_view = match state.actors_view {
                ActorsView::Actors => ActorsView::Pairs,
                ActorsView::Pairs => ActorsView::Actors,
            };
            keep_pairs(state);
            let pairs = match state.pairs.len() {
                1 => "1 pair".to_owned(),
                n => format!("{n} pairs"),
            };
            state.message = Some(match state.actors_view {
                ActorsView::Pairs => match state.keymap.label(Context::Actors, Action::ToggleActor)
                {
                    Some(k) => format!(
                        "Relationships ({}): {pairs}; {k} filters the timeline to one",
                        state.link.label(),
                    ),
                    None => format!("Relationships ({}): {pairs}", state.link.label()),
                },
                ActorsView::Actors => "Actors".to_owned(),
            });
            focus(state, Pane::Actors);
            state.detail_scroll = 0;
        }
        Action::CopyQuote => copy_quote(state),
        Action::CopyUrl => source_url(state, false),
        Action::OpenUrl => source_url(state, true),
        Action::CopyInteraction => {
            if let Some(i) = state.selected_interaction() {
                let it = state.data.interaction(i);
                state.clipboard = Some(cite::markdown(&state.data, it));
                state.message = Some(format!("Copied “{}” as Markdown", it.title));
            } else {
                state.message = Some("No interaction to copy".to_owned());
            }
        }
        Action::ToggleNetwork => open_network(state, false),
        Action::WidenNetwork => open_network(state, true),
        Action::Click(x, y) => click(state, x, y),
        Action::Scroll(x, y, lines) => scroll_at(state, x, y, lines),
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
    let areas = layout::areas_for(screen(state), state.focus, state.maximised);
    areas
        .pane(pane)
        .map_or(1, |r| layout::list_rows(r, pane).max(1))
}

fn page(state: &State) -> isize {
    let rows = match &state.overlay {
        Some(Overlay::Help { .. }) => help_rows(screen(state)),
        Some(_) => 1,
        None => rows(state, state.focus),
    };
    isize::try_from(rows.saturating_sub(1).max(1)).unwrap_or(1)
}

fn move_by(state: &mut State, delta: isize) {
    let screen = screen(state);
    let quotes = state
        .selected_interaction()
        .map_or(0, |i| state.data.interaction(i).quotes.len());
    let urls = source_urls(state).len();
    match &mut state.overlay {
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
        None => move_pane(state, state.focus, delta),
    }
}

/// Moves the selection of a list pane, or scrolls Detail.
fn move_pane(state: &mut State, pane: Pane, delta: isize) {
    if pane == Pane::Detail {
        let max = detail_max_scroll(state);
        state.detail_scroll = state.detail_scroll.saturating_add_signed(delta).min(max);
        return;
    }
    let rows = rows(state, pane);
    let (cursor, len) = match (pane, state.actors_view) {
        (Pane::Timeline, _) if state.timeline_view == TimelineView::Quotes => {
            (&mut state.quotes_cursor, state.quotes.len())
        }
        (Pane::Timeline, _) => (&mut state.timeline, state.visible.len()),
        (_, ActorsView::Actors) => (&mut state.actors, state.actor_order.len()),
        (_, ActorsView::Pairs) => (&mut state.pairs_cursor, state.pairs.len()),
    };
    let before = cursor.selected;
    cursor.move_by(delta, len, rows);
    if cursor.selected != before {
        state.detail_scroll = 0;
    }
}

/// How far Detail can scroll: its lines past the last full page.
fn detail_max_scroll(state: &State) -> usize {
    let areas = layout::areas_for(screen(state), state.focus, state.maximised);
    let Some(area) = areas.detail else {
        return 0;
    };
    let rows = usize::from(area.height.saturating_sub(2));
    let limit = state.detail_scroll.saturating_add(2 * rows);
    let (_, lines) = detail::lines_upto(state, layout::text_width(area), limit);
    lines.saturating_sub(rows)
}

fn toggle_actor(state: &mut State) {
    match state.actors_view {
        ActorsView::Actors => {
            if let Some(actor) = state.selected_actor() {
                state.filter.toggle_actor(actor);
                let name = &state.data.actor(actor).name;
                state.message = Some(if state.filter.actors.contains(&actor) {
                    format!("Filter: added {name} ({})", state.filter.role.label())
                } else {
                    format!("Filter: removed {name}")
                });
                refilter(state);
            }
        }
        ActorsView::Pairs => {
            if let Some(pair) = state.selected_pair() {
                let (a, b) = (pair.a, pair.b);
                state.filter.actors = vec![a, b];
                state.filter.mode = query::MatchMode::All;
                state.message = Some(format!(
                    "Filter: {} and {}",
                    state.data.actor(a).name,
                    state.data.actor(b).name
                ));
                refilter(state);
            }
        }
    }
}

fn confirm(state: &mut State) {
    match state.overlay.take() {
        Some(Overlay::Picker(p)) => match p.item(p.cursor.selected) {
            Some(PickItem::Place(place)) => {
                let name = state.data.places()[place].name.clone();
                state.message = Some(if state.filter.places.contains(&place) {
                    format!("Filter: {name} is already in the filter")
                } else {
                    state.filter.places.push(place);
                    format!("Filter: at {name}")
                });
                refilter(state);
            }
            Some(PickItem::Group(group)) => {
                state.message = Some(if state.filter.groups.iter().any(|g| g.key == group.key) {
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
                refilter(state);
            }
            Some(PickItem::Actor(actor)) => {
                let name = &state.data.actor(actor).name;
                state.message = Some(if state.filter.actors.contains(&actor) {
                    format!("Filter: {name} is already in the filter")
                } else {
                    state.filter.actors.push(actor);
                    format!("Filter: added {name} ({})", state.filter.role.label())
                });
                refilter(state);
            }
            // Nothing matches: keep the picker open to edit the query.
            None => state.overlay = Some(Overlay::Picker(p)),
        },
        Some(Overlay::Search { .. }) => {
            state.message = Some(if state.filter.search.is_empty() {
                "No search".to_owned()
            } else {
                format!(
                    "Search “{}” kept as a filter: {} interactions",
                    state.filter.search.text().trim(),
                    state.visible.len()
                )
            });
        }
        Some(Overlay::RangePrompt { input, .. }) => match query::parse_range(input.text()) {
            Ok((since, until)) => {
                state.filter.since = since;
                state.filter.until = until;
                refilter(state);
            }
            Err(error) => {
                state.overlay = Some(Overlay::RangePrompt {
                    input,
                    error: Some(error),
                })
            }
        },
        Some(Overlay::Quotes { cursor }) => copy_quote_at(state, cursor.selected),
        Some(Overlay::Sources { cursor, open }) => use_url_at(state, cursor.selected, open),
        other => state.overlay = other,
    }
}

fn edit_line(state: &mut State, edit: impl FnOnce(&mut LineInput)) {
    match &mut state.overlay {
        Some(Overlay::Picker(p)) => {
            edit(&mut p.input);
            p.rematch(&state.data);
        }
        Some(Overlay::Search { input }) => {
            edit(input);
            let query = query::search_query(input.text());
            set_search(state, query);
        }
        Some(Overlay::RangePrompt { input, error }) => {
            edit(input);
            *error = None;
        }
        _ => {}
    }
}

/// Applies a new search live. A query that only narrows the last one searches within what is
/// shown, instead of every interaction.
fn set_search(state: &mut State, query: Query) {
    if query == state.filter.search {
        return;
    }
    let narrows = !state.filter.search.is_empty() && query.narrows(&state.filter.search);
    state.filter.search = query;
    if state.background_search {
        // What is shown is the last query's result only when no search is still running.
        let within = (narrows && !state.searching).then(|| state.visible.clone());
        state.search_request = Some(SearchRequest {
            filter: state.filter.clone(),
            within,
        });
        state.searching = true;
        return;
    }
    if narrows {
        let visible = state
            .data
            .search(&state.filter.search, Some(&state.visible));
        show(state, visible);
    } else {
        refilter(state);
    }
}

fn next_match(state: &mut State, direction: isize) {
    if state.filter.search.is_empty() {
        state.message = Some(
            match state.keymap.label(Context::Global, Action::OpenSearch) {
                Some(k) => format!("No search: press {k} to search"),
                None => "No search".to_owned(),
            },
        );
        return;
    }
    let len = state.visible.len();
    if len == 0 {
        state.message = Some("No interaction matches the search".to_owned());
        return;
    }
    // Every interaction shown matches the search; wrap around at either end, as `n` does in
    // less and vim.
    let at = state.timeline.selected as isize + direction;
    let wrapped = at.rem_euclid(len as isize) as usize;
    if (at < 0 || at >= len as isize) && len > 1 {
        state.message = Some(if direction > 0 {
            "Search wrapped to the first match".to_owned()
        } else {
            "Search wrapped to the last match".to_owned()
        });
    }
    let rows = rows(state, Pane::Timeline);
    state.timeline.set(wrapped, len, rows);
    state.detail_scroll = 0;
}

/// `[` and `]`: a window of one month (or year, or the span the prompt set) moved back or
/// forward. The first press opens it on the selected interaction's month.
fn step_range(state: &mut State, direction: i32) {
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
    refilter(state);
}

/// `u` and `o`: the selected interaction's source URL, copied or opened; a chooser when it
/// has several.
fn source_url(state: &mut State, open: bool) {
    if state.selected_interaction().is_none() {
        state.message = Some("No interaction selected".to_owned());
        return;
    }
    match source_urls(state).len() {
        0 => state.message = Some("This interaction's sources give no URL".to_owned()),
        1 => use_url_at(state, 0, open),
        _ => {
            state.overlay = Some(Overlay::Sources {
                cursor: Cursor::default(),
                open,
            })
        }
    }
}

/// Copies or opens the URL of the `n`th source that has one. The loop carries it out and
/// says how it went.
fn use_url_at(state: &mut State, n: usize, open: bool) {
    let Some((outlet, url)) = source_urls(state)
        .get(n)
        .map(|&(o, u)| (o.to_owned(), u.to_owned()))
    else {
        return;
    };
    if open {
        state.message = Some(format!("Opening {outlet}'s page in the browser…"));
        state.open_url = Some(url);
    } else {
        state.message = Some(format!("Copied the URL of {outlet}"));
        state.clipboard = Some(url);
    }
}

fn copy_quote(state: &mut State) {
    if let Some(q) = state.selected_quote() {
        let it = state.data.interaction(q.interaction);
        let quote = &it.quotes[q.quote];
        state.clipboard = Some(cite::quote_citation(&state.data, it, quote));
        state.message = Some(format!(
            "Copied the quote of {} with its citation",
            state.data.name_of(&quote.speaker)
        ));
        return;
    }
    let Some(i) = state.selected_interaction() else {
        state.message = Some("No interaction selected".to_owned());
        return;
    };
    match state.data.interaction(i).quotes.len() {
        0 => state.message = Some("This interaction has no quotes".to_owned()),
        1 => copy_quote_at(state, 0),
        _ => {
            state.overlay = Some(Overlay::Quotes {
                cursor: Cursor::default(),
            })
        }
    }
}

fn copy_quote_at(state: &mut State, n: usize) {
    let Some(i) = state.selected_interaction() else {
        return;
    };
    let it = state.data.interaction(i);
    if let Some(q) = it.quotes.get(n) {
        state.clipboard = Some(cite::quote_citation(&state.data, it, q));
        state.message = Some(format!(
            "Copied the quote of {} with its citation",
            state.data.name_of(&q.speaker)
        ));
    }
}

/// A click focuses the pane under the pointer and selects the row clicked; on the density
/// strip it jumps to the month clicked.
fn click(state: &mut State, x: u16, y: u16) {
    if state.overlay.is_some() {
        return;
    }
    let at = Position::new(x, y);
    let areas = layout::areas_for(screen(state), state.focus, state.maximised);
    if let Some(strip) = areas.density
        && strip.contains(at)
    {
        if let Some(month) = month_at(&state.monthly, strip, x) {
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
        let (cursor, len) = match (pane, state.actors_view) {
            (Pane::Timeline, _) if state.timeline_view == TimelineView::Quotes => {
                (&mut state.quotes_cursor, state.quotes.len())
            }
            (Pane::Timeline, _) => (&mut state.timeline, state.visible.len()),
            (_, ActorsView::Actors) => (&mut state.actors, state.actor_order.len()),
            (_, ActorsView::Pairs) => (&mut state.pairs_cursor, state.pairs.len()),
        };
        let offset = cursor.view_offset(len, height);
        if offset + row < len {
            let before = cursor.selected;
            cursor.set(offset + row, len, height);
            if cursor.selected != before {
                state.detail_scroll = 0;
            }
        }
        return;
    }
}

/// `z`: the focused pane alone in the whole body, or back to the three side by side.
fn toggle_maximise(state: &mut State) {
    let wide = !layout::areas(screen(state), state.focus).single;
    if !wide && !state.maximised {
        state.message = Some("One pane at a time already at this size".to_owned());
        return;
    }
    state.maximised = !state.maximised;
    let key = state
        .keymap
        .label(Context::Global, Action::ToggleMaximise)
        .unwrap_or_default();
    state.message = Some(if state.maximised {
        format!(
            "{} maximised: {key} restores the layout",
            state.focus.title()
        )
    } else {
        "Layout restored".to_owned()
    });
    keep_in_view(state);
}

/// The wheel moves the pane under the pointer, focused or not.
fn scroll_at(state: &mut State, x: u16, y: u16, lines: i8) {
    if state.overlay.is_some() {
        move_by(state, isize::from(lines));
        return;
    }
    let areas = layout::areas_for(screen(state), state.focus, state.maximised);
    let at = Position::new(x, y);
    if let Some(pane) = Pane::ALL
        .into_iter()
        .find(|&p| areas.pane(p).is_some_and(|r| r.contains(at)))
    {
        move_pane(state, pane, isize::from(lines));
    }
}

/// Selects the first interaction shown in `month`. A month outside the time range moves
/// nothing and says so; a month in which nothing is shown (the other filters leave none)
/// selects the nearest shown after it, and says which.
fn jump_to_month(state: &mut State, month: Date) {
    let (since, until) = (state.filter.since, state.filter.until);
    let in_range = since.is_none_or(|s| month.last_day() >= s.first_day())
        && until.is_none_or(|u| month.first_day() <= u.last_day());
    if !in_range {
        let clear = state
            .keymap
            .label(Context::Global, Action::ClearFilters)
            .map(|k| format!(": {k} clears the filters"))
            .unwrap_or_default();
        state.message = Some(format!(
            "{month} is outside the time range {}{clear}",
            query::range_text(since, until)
        ));
        return;
    }
    let len = state.visible.len();
    if len == 0 {
        state.message = Some(format!("Nothing is shown in {month}"));
        return;
    }
    let position = state
        .visible
        .partition_point(|&i| state.data.interaction(i).date.last_day() < month.first_day())
        .min(len - 1);
    let rows = rows(state, Pane::Timeline);
    state.timeline.set(position, len, rows);
    state.detail_scroll = 0;
    let landed = state.data.interaction(state.visible[position]).date;
    state.message = Some(
        if landed.first_day() <= month.last_day() && landed.last_day() >= month.first_day() {
            format!("Jumped to {month}")
        } else {
            format!("Nothing is shown in {month}: jumped to {landed}, the nearest shown")
        },
    );
}

/// `s`: sorts the focused list: the actors, or the pairs in the Relationships view.
fn sort_focused(state: &mut State) {
    if state.actors_view == ActorsView::Pairs {
        state.pair_sort = state.pair_sort.next();
        let selected = state.selected_pair().map(|p| (p.a, p.b));
        crate::state::sort_pairs(&state.data, &mut state.pairs, state.pair_sort);
        let position = selected
            .and_then(|s| state.pairs.iter().position(|p| (p.a, p.b) == s))
            .unwrap_or(0);
        let rows = rows(state, Pane::Actors);
        state.pairs_cursor.set(position, state.pairs.len(), rows);
        state.message = Some(format!("Pairs sorted {}", state.pair_sort.label()));
        return;
    }
    state.actor_sort = state.actor_sort.next();
    reorder_actors(state);
    state.message = Some(format!("Actors sorted {}", state.actor_sort.label()));
}

/// `K`: the next kind of interaction the data has, then every kind again.
fn cycle_kind(state: &mut State) {
    let present: Vec<InteractionKind> = InteractionKind::ALL
        .into_iter()
        .filter(|&k| (0..state.data.interactions().len()).any(|i| state.data.when(i).kind == k))
        .collect();
    state.filter.kind = match state.filter.kind {
        None => present.first().copied(),
        Some(k) => present
            .iter()
            .position(|&p| p == k)
            .and_then(|n| present.get(n + 1).copied()),
    };
    state.message = Some(match state.filter.kind {
        Some(k) => format!("Kind: {}", k.label()),
        None => "Kind: every kind".to_owned(),
    });
    refilter(state);
}

/// `C`: the next CAMEO quad class, then, for coded events, each CAMEO root code the data
/// has, then every class again.
fn cycle_class(state: &mut State) {
    const QUADS: [Class; 4] = [
        Class::VerbalCooperation,
        Class::MaterialCooperation,
        Class::VerbalConflict,
        Class::MaterialConflict,
    ];
    let data = &state.data;
    let mut roots: Vec<u8> = (0..data.interactions().len())
        .filter_map(|i| query::root_code(data, i))
        .collect();
    roots.sort_unstable();
    roots.dedup();
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
    state.message = Some(match (f.class, f.root) {
        (Some(c), _) => format!("Class: {}", c.label()),
        (None, Some(r)) => format!(
            "CAMEO root {r:02}: {}",
            crate::import::cameo::short_description(&format!("{r:02}")).unwrap_or_default()
        ),
        (None, None) => "Class: every class".to_owned(),
    });
    refilter(state);
}

/// Recomputes the visible interactions after the filter changed.
fn refilter(state: &mut State) {
    if state.background_search && !state.filter.search.is_empty() {
        // The filter holds a search, and the data is large: all of it runs behind.
        state.search_request = Some(SearchRequest {
            filter: state.filter.clone(),
            within: None,
        });
        state.searching = true;
        return;
    }
    let visible = query::matching(&state.data, &state.filter);
    // This answers the whole filter: a search still running behind is for an older one.
    state.searching = false;
    state.search_request = None;
    show(state, visible);
}

/// Shows a new list of interactions, keeping the same one selected when it is still shown, or
/// the nearest one in date order.
fn show(state: &mut State, visible: Vec<usize>) {
    let selected = state.selected_interaction();
    let before = state.detail_subject();
    state.visible = visible;
    let position = match selected {
        Some(i) => match state.visible.binary_search(&i) {
            Ok(p) => p,
            Err(p) => p.min(state.visible.len().saturating_sub(1)),
        },
        None => 0,
    };
    let rows = rows(state, Pane::Timeline);
    state.timeline.set(position, state.visible.len(), rows);
    recount(state);
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
    state
        .pairs_cursor
        .set(state.pairs_cursor.selected, state.pairs.len(), rows_a);
    state
        .quotes_cursor
        .set(state.quotes_cursor.selected, state.quotes.len(), rows_t);
    state.detail_scroll = state.detail_scroll.min(detail_max_scroll(state));
    let max = help_max_scroll(screen(state));
    if let Some(Overlay::Help { scroll }) = &mut state.overlay {
        *scroll = (*scroll).min(max);
    }
}

/// What an action does in the network view, when no overlay is open over it; `false` for the
/// actions it leaves to the browser (filters, search, help…), which then rebuild it.
fn network_action(state: &mut State, action: Action) -> bool {
    match action {
        Action::MoveDown => move_network(state, 1),
        Action::MoveUp => move_network(state, -1),
        Action::PageDown => move_network(state, 5),
        Action::PageUp => move_network(state, -5),
        Action::First => move_network(state, isize::MIN),
        Action::Last => move_network(state, isize::MAX),
        Action::Scroll(_, _, lines) => move_network(state, isize::from(lines)),
        Action::Click(x, y) => click_network(state, x, y),
        Action::Confirm => confirm_network(state),
        Action::CloseOverlay | Action::ToggleNetwork => state.network = None,
        Action::WidenNetwork => widen_network(state),
        // A pane asked for by name or Tab: leave the view for it.
        Action::FocusNext | Action::FocusPrev | Action::Focus(_) | Action::OpenDetail => {
            state.network = None;
            return false;
        }
        _ => return false,
    }
    true
}

/// `w` (`whole`: `W`) from the Actors pane: the selected actor's circle (in the relationships
/// view, the first actor of the pair, the second selected), or the whole network; `w` again
/// closes it.
fn open_network(state: &mut State, whole: bool) {
    if state.network.is_some() && !whole {
        state.network = None;
        return;
    }
    let (centre, select) = match state.actors_view {
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
        None => state.message = Some("No actor selected".to_owned()),
    }
}

/// `W` in the view: the whole network with the centre selected, or the circle of the actor
/// selected in the whole network.
fn widen_network(state: &mut State) {
    let Some(view) = &state.network else { return };
    match view.centre {
        Some(centre) => build_network(state, None, Some(centre)),
        None => match view.selected() {
            Some(actor) => build_network(state, Some(actor), None),
            None => state.message = Some("No actor selected".to_owned()),
        },
    }
}

/// Builds the view of `centre` (`None`: the whole network) from the interactions shown, laid
/// out for the screen, with `select` selected if it is among its actors.
fn build_network(state: &mut State, centre: Option<usize>, select: Option<usize>) {
    let graph = Network::build(&state.data, &state.visible);
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
    state.network = Some(Box::new(NetworkView {
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

fn network_stamp(state: &State) -> NetworkStamp {
    NetworkStamp {
        data: Arc::as_ptr(&state.data) as usize,
        filter: state.filter.clone(),
        visible: state.visible.len(),
        searching: state.searching,
        width: state.width,
        height: state.height,
    }
}

/// Builds the open network view again when the filter, the interactions shown, the data or
/// the screen's size changed, keeping the same actor selected.
fn keep_network(state: &mut State) {
    let Some(view) = &state.network else { return };
    if view.built_for == network_stamp(state) {
        return;
    }
    let (centre, select) = (view.centre, view.selected());
    let centre = centre.filter(|&c| c < state.data.actors().len());
    let select = select.filter(|&a| a < state.data.actors().len());
    build_network(state, centre, select);
}

fn move_network(state: &mut State, delta: isize) {
    let area = layout::network_inner(screen(state));
    if let Some(view) = &mut state.network {
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
fn click_network(state: &mut State, x: u16, y: u16) {
    let area = layout::network_inner(screen(state));
    let Some(view) = &mut state.network else {
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
fn confirm_network(state: &mut State) {
    let Some(view) = &state.network else { return };
    let Some(selected) = view.selected() else {
        return;
    };
    let Some(centre) = view.centre else {
        build_network(state, Some(selected), None);
        return;
    };
    state.network = None;
    state.filter.actors = vec![centre, selected];
    state.filter.mode = query::MatchMode::All;
    let hint = state
        .keymap
        .label(Context::Actors, Action::ToggleNetwork)
        .map(|k| format!(" ({k} in Actors draws the network again)"))
        .unwrap_or_default();
    state.message = Some(format!(
        "Filter: {} and {}{hint}",
        state.data.actor(centre).name,
        state.data.actor(selected).name
    ));
    refilter(state);
    focus(state, Pane::Timeline);
}
