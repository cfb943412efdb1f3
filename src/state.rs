//! The browser's state: what is loaded, what is filtered, selected and focused.

use crate::action::Pane;
use crate::data::Data;
use crate::keymap::Mode;
use crate::query::{self, Filter};

/// A selection in a list and the first row shown.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Cursor {
    pub selected: usize,
    pub offset: usize,
}

impl Cursor {
    /// Moves the selection by `delta` within `len` rows and keeps it inside a window of
    /// `height` rows.
    pub fn move_by(&mut self, delta: isize, len: usize, height: usize) {
        let max = len.saturating_sub(1);
        self.selected = self.selected.saturating_add_signed(delta).min(max);
        self.scroll_into_view(len, height);
    }

    pub fn set(&mut self, selected: usize, len: usize, height: usize) {
        self.selected = selected.min(len.saturating_sub(1));
        self.scroll_into_view(len, height);
    }

    /// Keeps `offset` such that the selection is visible and no rows are wasted past the end.
    pub fn scroll_into_view(&mut self, len: usize, height: usize) {
        let height = height.max(1);
        if self.selected < self.offset {
            self.offset = self.selected;
        } else if self.selected >= self.offset + height {
            self.offset = self.selected + 1 - height;
        }
        self.offset = self.offset.min(len.saturating_sub(height));
    }

    /// The first row to draw in a window of `height`: the stored offset, corrected if the
    /// window is not the size the offset was computed for.
    pub fn view_offset(self, len: usize, height: usize) -> usize {
        let mut c = self;
        c.scroll_into_view(len, height);
        c.offset
    }
}

/// The actor picker: a query and the actors that match it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Picker {
    pub query: String,
    /// Actor indices, best match first.
    pub matches: Vec<usize>,
    pub cursor: Cursor,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help { scroll: usize },
    Picker(Picker),
}

/// Everything the browser shows is a function of this.
#[derive(Debug, Clone)]
pub struct State {
    pub data: Data,
    /// Where the data came from, for the header: a file name or the built-in dataset.
    pub source: String,
    pub filter: Filter,
    /// The interactions that pass the filter, in date order. Derived from `filter`; updated
    /// whenever it changes.
    pub visible: Vec<usize>,
    /// Actor indices in the order the Actors pane lists them: most interactions first.
    pub actor_order: Vec<usize>,
    pub focus: Pane,
    /// Over `visible`.
    pub timeline: Cursor,
    /// Over `actor_order`.
    pub actors: Cursor,
    pub detail_scroll: usize,
    /// Whether Detail shows the selected actor (the Actors pane was the last list focused)
    /// rather than the selected interaction.
    pub detail_actor: bool,
    pub overlay: Option<Overlay>,
    /// The terminal's size, as of the last resize.
    pub width: u16,
    pub height: u16,
    /// Whether to draw in colour (`NO_COLOR` turns it off).
    pub color: bool,
    /// A one-off message for the status line, cleared by the next action.
    pub message: Option<String>,
    pub quit: bool,
}

impl State {
    pub fn new(data: Data, source: impl Into<String>, width: u16, height: u16) -> State {
        let mut actor_order: Vec<usize> = (0..data.actors().len()).collect();
        actor_order.sort_by(|&a, &b| {
            data.interactions_of(b)
                .len()
                .cmp(&data.interactions_of(a).len())
                .then_with(|| data.actor(a).name.cmp(&data.actor(b).name))
        });
        let filter = Filter::default();
        let visible = query::matching(&data, &filter);
        State {
            data,
            source: source.into(),
            filter,
            visible,
            actor_order,
            focus: Pane::Timeline,
            timeline: Cursor::default(),
            actors: Cursor::default(),
            detail_scroll: 0,
            detail_actor: false,
            overlay: None,
            width,
            height,
            color: true,
            message: None,
            quit: false,
        }
    }

    /// The key mode: an open overlay, or browsing with a pane focused.
    pub fn mode(&self) -> Mode {
        match &self.overlay {
            Some(Overlay::Help { .. }) => Mode::Help,
            Some(Overlay::Picker(_)) => Mode::Picker,
            None => Mode::Browse(self.focus),
        }
    }

    /// The selected interaction (an index into the dataset), if the timeline shows any.
    pub fn selected_interaction(&self) -> Option<usize> {
        self.visible.get(self.timeline.selected).copied()
    }

    /// The selected actor (an index into the dataset), if there are actors.
    pub fn selected_actor(&self) -> Option<usize> {
        self.actor_order.get(self.actors.selected).copied()
    }

    /// What Detail shows: the selected actor's profile while the Actors pane has focus (or
    /// was the last list focused before Detail), else the selected interaction.
    pub fn detail_subject(&self) -> DetailSubject {
        match (self.focus, self.detail_actor) {
            (Pane::Actors, _) | (Pane::Detail, true) => self
                .selected_actor()
                .map_or(DetailSubject::Nothing, DetailSubject::Actor),
            _ => self
                .selected_interaction()
                .map_or(DetailSubject::Nothing, DetailSubject::Interaction),
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetailSubject {
    Interaction(usize),
    Actor(usize),
    Nothing,
}
