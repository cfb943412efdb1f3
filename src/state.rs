//! The browser's state: what is loaded, what is filtered, selected and focused.

use std::sync::Arc;

use crate::action::Pane;
use crate::data::Data;
use crate::keymap::{Keymap, Mode};
use crate::line::LineInput;
use crate::query::{self, Filter, MatchMode, Pair};
use crate::ui::theme::{self, Theme};

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
    pub input: LineInput,
    /// Actor indices, best match first.
    pub matches: Vec<usize>,
    pub cursor: Cursor,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    Help {
        scroll: usize,
    },
    Picker(Picker),
    /// The search line; the timeline follows it live.
    Search {
        input: LineInput,
    },
    /// The time range prompt, with the last error in what was typed.
    RangePrompt {
        input: LineInput,
        error: Option<String>,
    },
    /// Choosing which quote of the selected interaction to copy.
    Quotes {
        cursor: Cursor,
    },
    /// Choosing which source's URL of the selected interaction to copy, or (`open`) to open
    /// in the browser.
    Sources {
        cursor: Cursor,
        open: bool,
    },
}

/// How the Actors pane orders actors.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ActorSort {
    /// Most interactions first.
    #[default]
    Interactions,
    Name,
    /// Most recent interaction first.
    LastContact,
}

impl ActorSort {
    pub fn next(self) -> ActorSort {
        match self {
            ActorSort::Interactions => ActorSort::Name,
            ActorSort::Name => ActorSort::LastContact,
            ActorSort::LastContact => ActorSort::Interactions,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ActorSort::Interactions => "by interactions",
            ActorSort::Name => "by name",
            ActorSort::LastContact => "by last contact",
        }
    }
}

/// What the Actors pane lists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ActorsView {
    #[default]
    Actors,
    /// Pairs of actors and what passed between them: who talks to whom.
    Pairs,
}

/// How the browser starts, as the configuration sets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Defaults {
    /// The pane focused at the start.
    pub pane: Pane,
    /// How a filter of several actors matches, at the start and after clearing the filters.
    pub match_mode: MatchMode,
    pub actor_sort: ActorSort,
}

impl Default for Defaults {
    fn default() -> Defaults {
        Defaults {
            pane: Pane::Timeline,
            match_mode: MatchMode::All,
            actor_sort: ActorSort::Interactions,
        }
    }
}

/// Everything the browser shows is a function of this.
#[derive(Debug, Clone)]
pub struct State {
    /// Shared with the thread that prepares search after a load.
    pub data: Arc<Data>,
    /// Where the data came from, for the header: a file name or the built-in dataset.
    pub source: String,
    pub filter: Filter,
    /// The interactions that pass the filter, in date order. Derived from `filter`; updated
    /// whenever it changes.
    pub visible: Vec<usize>,
    /// Actor indices in the order the Actors pane lists them (see `actor_sort`).
    pub actor_order: Vec<usize>,
    pub actor_sort: ActorSort,
    pub actors_view: ActorsView,
    /// Every pair of actors that share an interaction, most interactions first.
    pub pairs: Vec<Pair>,
    /// Over `pairs`.
    pub pairs_cursor: Cursor,
    /// Interactions per month, for the density strip.
    pub monthly: query::Monthly,
    /// The relationships of the last actor Detail showed, kept by `update` (an actor's
    /// relationships may take thousands of interactions to count).
    pub relations: Option<(usize, Vec<query::Relationship>)>,
    pub focus: Pane,
    /// Over `visible`.
    pub timeline: Cursor,
    /// Over `actor_order`.
    pub actors: Cursor,
    pub detail_scroll: usize,
    /// Whether Detail shows the selected actor (the Actors pane was the last list focused)
    /// rather than the selected interaction.
    pub detail_actor: bool,
    /// Whether the focused pane fills the body alone (`z`), as on a narrow screen.
    pub maximised: bool,
    pub overlay: Option<Overlay>,
    /// The terminal's size, as of the last resize.
    pub width: u16,
    pub height: u16,
    /// The colours and emphasis everything is drawn in (`NO_COLOR` selects the plain one).
    pub theme: Theme,
    /// The key bindings: the built-in table with the configuration's changes.
    pub keymap: Keymap,
    /// Whether the terminal shows OSC 8 hyperlinks: Detail's URLs are then links a click
    /// opens. Off unless the terminal is known to support them.
    pub hyperlinks: bool,
    pub defaults: Defaults,
    /// A one-off message for the status line, cleared by the next action.
    pub message: Option<String>,
    /// Text to put on the clipboard; the loop hands it to the outside, empties this, and
    /// says in the status line which way the text went ([`crate::update::Msg::Copied`]).
    pub clipboard: Option<String>,
    /// A URL to open in the browser; the loop hands it to the outside and empties this.
    pub open_url: Option<String>,
    /// Set by `r`: the loop loads the data file again and clears this.
    pub reload_requested: bool,
    /// Why the last reload failed, shown until a reload succeeds.
    pub reload_error: Option<String>,
    /// While a large file loads behind the first frame: how far it has come. The data is
    /// empty until then.
    pub loading: Option<Loading>,
    /// Whether a search runs behind the browser rather than in `update`: for data so large
    /// that scanning it would hold up the key (see [`BACKGROUND_SEARCH`]).
    pub background_search: bool,
    /// A search for the loop to run behind the browser; it takes it from here.
    pub search_request: Option<SearchRequest>,
    /// Whether a search is running behind the browser; the timeline shows the last result
    /// until it is done.
    pub searching: bool,
    pub quit: bool,
}

/// From this many interactions up, a search runs on a thread of its own: a search of a
/// million interactions takes tens of milliseconds, more than a key may.
pub const BACKGROUND_SEARCH: usize = 200_000;

/// A search to run behind the browser: the filter it is for, and the interactions it may
/// narrow (the last result, when the query only grew), or `None` to search them all.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchRequest {
    pub filter: Filter,
    pub within: Option<Vec<usize>>,
}

impl SearchRequest {
    /// Runs the search: what `update` would have done on the key.
    pub fn run(&self, data: &Data) -> Vec<usize> {
        match &self.within {
            Some(list) => data.search(&self.filter.search, Some(list)),
            None => query::matching(data, &self.filter),
        }
    }
}

/// How far the first load has come, as the loop last saw it: bytes read of the file, then
/// bytes of its text parsed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Loading {
    pub read: usize,
    pub parsed: usize,
    /// The file's size (0 until known).
    pub total: usize,
}

impl Loading {
    /// The part done, from 0 to 1: reading is the first tenth, parsing the rest. Indexing
    /// after the parse is quick and shows as the bar standing full.
    pub fn fraction(self) -> f64 {
        if self.total == 0 {
            return 0.0;
        }
        let total = self.total as f64;
        let read = (self.read as f64 / total).min(1.0);
        let parsed = (self.parsed as f64 / total).min(1.0);
        0.1 * read + 0.9 * parsed
    }
}

impl State {
    pub fn new(
        data: impl Into<Arc<Data>>,
        source: impl Into<String>,
        width: u16,
        height: u16,
    ) -> State {
        let data = data.into();
        let actor_order = sorted_actors(&data, ActorSort::default());
        let pairs = query::pairs(&data);
        let monthly = query::Monthly::new(&data);
        let filter = Filter::default();
        let visible = query::matching(&data, &filter);
        let background_search = data.interactions().len() >= BACKGROUND_SEARCH;
        State {
            data,
            source: source.into(),
            filter,
            visible,
            actor_order,
            actor_sort: ActorSort::default(),
            actors_view: ActorsView::default(),
            monthly,
            relations: None,
            pairs,
            pairs_cursor: Cursor::default(),
            focus: Pane::Timeline,
            timeline: Cursor::default(),
            actors: Cursor::default(),
            detail_scroll: 0,
            detail_actor: false,
            maximised: false,
            overlay: None,
            width,
            height,
            theme: theme::COLOR,
            keymap: Keymap::default(),
            hyperlinks: false,
            defaults: Defaults::default(),
            message: None,
            clipboard: None,
            open_url: None,
            reload_requested: false,
            reload_error: None,
            loading: None,
            background_search,
            search_request: None,
            searching: false,
            quit: false,
        }
    }

    /// The state while `source` loads: no data yet, and a progress bar.
    pub fn loading(source: impl Into<String>, width: u16, height: u16) -> State {
        State {
            loading: Some(Loading::default()),
            ..State::new(Data::empty(), source, width, height)
        }
    }

    /// The state as it starts with `defaults`: the pane focused, how several actors match, the
    /// actors' order.
    pub fn with_defaults(mut self, defaults: Defaults) -> State {
        self.defaults = defaults;
        self.focus = defaults.pane;
        self.filter.mode = defaults.match_mode;
        self.actor_sort = defaults.actor_sort;
        self.actor_order = sorted_actors(&self.data, defaults.actor_sort);
        self
    }

    /// The filter that clearing every filter leaves: none, in the default match mode.
    pub fn cleared_filter(&self) -> Filter {
        Filter {
            mode: self.defaults.match_mode,
            ..Filter::default()
        }
    }

    /// The key mode: an open overlay, or browsing with a pane focused.
    pub fn mode(&self) -> Mode {
        match &self.overlay {
            Some(Overlay::Help { .. }) => Mode::Help,
            Some(Overlay::Picker(_)) => Mode::Picker,
            Some(Overlay::Search { .. }) => Mode::Search,
            Some(Overlay::RangePrompt { .. }) => Mode::RangePrompt,
            Some(Overlay::Quotes { .. }) => Mode::Quotes,
            Some(Overlay::Sources { .. }) => Mode::Sources,
            None => Mode::Browse(self.focus),
        }
    }

    /// The selected interaction (an index into the dataset), if the timeline shows any.
    pub fn selected_interaction(&self) -> Option<usize> {
        self.visible.get(self.timeline.selected).copied()
    }

    /// The selected actor (an index into the dataset), if there are actors. In the
    /// relationships view, the first actor of the selected pair.
    pub fn selected_actor(&self) -> Option<usize> {
        match self.actors_view {
            ActorsView::Actors => self.actor_order.get(self.actors.selected).copied(),
            ActorsView::Pairs => self.selected_pair().map(|p| p.a),
        }
    }

    pub fn selected_pair(&self) -> Option<&Pair> {
        self.pairs.get(self.pairs_cursor.selected)
    }

    /// What Detail shows: the selected actor's profile while the Actors pane has focus (or
    /// was the last list focused before Detail), else the selected interaction.
    pub fn detail_subject(&self) -> DetailSubject {
        match (self.focus, self.detail_actor) {
            (Pane::Actors, _) | (Pane::Detail, true) if self.actors_view == ActorsView::Pairs => {
                if self.pairs.is_empty() {
                    DetailSubject::Nothing
                } else {
                    DetailSubject::Pair(self.pairs_cursor.selected)
                }
            }
            (Pane::Actors, _) | (Pane::Detail, true) => self
                .selected_actor()
                .map_or(DetailSubject::Nothing, DetailSubject::Actor),
            _ => self
                .selected_interaction()
                .map_or(DetailSubject::Nothing, DetailSubject::Interaction),
        }
    }
}

/// Which way copied text went: to the local clipboard, to the terminal's by OSC 52, or both.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Copied {
    /// Put on this machine's clipboard (a display is present).
    pub local: bool,
    /// Sent to the terminal as OSC 52, which reaches the clipboard of the machine the
    /// terminal runs on (over SSH), where the terminal (and tmux) accept it.
    pub terminal: bool,
}

impl Copied {
    /// How the status line says it: `to the clipboard`, …
    pub fn text(self) -> &'static str {
        match (self.local, self.terminal) {
            (true, true) => "to the clipboard, and to the terminal's by OSC 52",
            (true, false) => "to the clipboard",
            (false, true) => {
                "by OSC 52 only: no local clipboard, so it is the terminal's to accept (tmux needs set-clipboard on)"
            }
            (false, false) => "nowhere: no clipboard could take it",
        }
    }
}

/// The sources of the selected interaction that give a URL: (outlet, URL), in the data's
/// order. Empty when nothing is selected.
pub fn source_urls(state: &State) -> Vec<(&str, &str)> {
    state
        .selected_interaction()
        .map(|i| state.data.interaction(i))
        .map(|it| {
            it.sources
                .iter()
                .filter_map(|s| Some((s.outlet.as_str(), s.url.as_deref()?)))
                .collect()
        })
        .unwrap_or_default()
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetailSubject {
    Interaction(usize),
    Actor(usize),
    /// An index into `pairs`.
    Pair(usize),
    Nothing,
}

/// Actor indices in the order of `sort`; ties by name.
pub fn sorted_actors(data: &Data, sort: ActorSort) -> Vec<usize> {
    let mut order: Vec<usize> = (0..data.actors().len()).collect();
    let name = |a: usize| data.actor(a).name.as_str();
    let last = |a: usize| {
        data.interactions_of(a)
            .last()
            .map(|&i| data.interaction(i).date)
    };
    match sort {
        ActorSort::Interactions => order.sort_by(|&a, &b| {
            data.interactions_of(b)
                .len()
                .cmp(&data.interactions_of(a).len())
                .then_with(|| name(a).cmp(name(b)))
        }),
        ActorSort::Name => order.sort_by(|&a, &b| name(a).cmp(name(b))),
        ActorSort::LastContact => {
            order.sort_by(|&a, &b| last(b).cmp(&last(a)).then_with(|| name(a).cmp(name(b))))
        }
    }
    order
}
