//! The browser's state: what is loaded, what is filtered, selected and focused.

use std::sync::Arc;

use crate::action::Pane;
use crate::data::Data;
use crate::keymap::{Keymap, Mode};
use crate::line::LineInput;
use crate::network::Network;
use crate::network::layout::Drawing;
use crate::query::{self, Filter, MatchMode, Pair};

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

/// The actor picker: a query, and the actors, countries and organisations that match it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Picker {
    pub input: LineInput,
    /// Actor indices, best match first.
    pub matches: Vec<usize>,
    /// Every country and organisation the data has, taken when the picker opened.
    pub groups: Vec<query::Group>,
    /// Indices into `groups` that match the query, best first.
    pub group_matches: Vec<usize>,
    /// How many of `matches` the query names exactly: they come first, then the groups,
    /// then the other actors.
    pub exact: usize,
    /// Places that match the query (indices into the data's places), listed last.
    pub places: Vec<usize>,
    pub cursor: Cursor,
}

/// One row of the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickItem<'a> {
    Actor(usize),
    Group(&'a query::Group),
    /// An index into the data's places.
    Place(usize),
}

impl Picker {
    /// How many rows the picker lists.
    pub fn len(&self) -> usize {
        self.matches.len() + self.group_matches.len() + self.places.len()
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The `n`-th row: the actors the query names exactly, then the countries and
    /// organisations, then the other actors. With nothing typed, the actors come first.
    pub fn item(&self, n: usize) -> Option<PickItem<'_>> {
        let groups = self.group_matches.len();
        let group = |k: usize| Some(PickItem::Group(&self.groups[*self.group_matches.get(k)?]));
        let actor = |k: usize| self.matches.get(k).map(|&a| PickItem::Actor(a));
        let head = if self.input.text().trim().is_empty() {
            self.matches.len()
        } else {
            self.exact
        };
        let actors = self.matches.len();
        if n < head {
            actor(n)
        } else if n < head + groups {
            group(n - head)
        } else if n < actors + groups {
            actor(n - groups)
        } else {
            self.places
                .get(n - actors - groups)
                .map(|&p| PickItem::Place(p))
        }
    }

    /// Matches the query again.
    pub fn rematch(&mut self, data: &Data) {
        let text = self.input.text();
        self.matches = data.search_actors(text);
        self.exact = self
            .matches
            .iter()
            .take_while(|&&a| data.is_named(a, text))
            .count();
        self.group_matches = query::groups::search(&self.groups, text);
        self.places = data.search_places(text);
        self.cursor = Cursor::default();
    }
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

/// The network view: one actor amid its counterparts, or the whole network of the filtered
/// interactions. `update` builds it from the interactions the filter selects and lays it out
/// for the screen's size, again whenever either changes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NetworkView {
    /// The actor at the centre (an actor index); `None` for the whole network.
    pub centre: Option<usize>,
    /// The network of the interactions the filter selects.
    pub graph: Network,
    /// The graph placed in the view's area (empty when the area is too small to draw in).
    pub drawing: Drawing,
    /// What the selection moves through, as actor indices: the drawing's nodes, or, when the
    /// area is too small to draw in, every counterpart (or every actor of the whole network)
    /// for the list shown instead.
    pub items: Vec<usize>,
    /// Over `items`.
    pub cursor: Cursor,
    /// The label of every actor of `graph` (and of the centre): actor index → label, as
    /// [`crate::network::labels`] words it.
    pub labels: std::collections::HashMap<usize, String>,
    /// Whether the area is large enough to draw in; if not, the view lists `items`.
    pub drawn: bool,
    /// What the view was built for: the data, the filter, the interactions shown and the
    /// screen's size. `update` builds it again when any of these changes.
    pub built_for: NetworkStamp,
}

/// What a [`NetworkView`] depends on, to know when to build it again.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct NetworkStamp {
    /// The address of the data (a reload puts new data at a new address).
    pub data: usize,
    pub filter: Filter,
    pub visible: usize,
    pub searching: bool,
    pub width: u16,
    pub height: u16,
}

impl NetworkView {
    /// The selected actor, if the view has any.
    pub fn selected(&self) -> Option<usize> {
        self.items.get(self.cursor.selected).copied()
    }

    /// An actor's label; empty for an actor outside the view's network.
    pub fn label(&self, actor: usize) -> &str {
        self.labels.get(&actor).map_or("", String::as_str)
    }
}

/// How the Actors pane orders actors.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum ActorSort {
    /// Most interactions (in the filtered set) first.
    #[default]
    Interactions,
    Name,
    /// Most recent interaction first.
    LastContact,
    /// Most interactions mediated first.
    Mediated,
}

impl ActorSort {
    pub fn next(self) -> ActorSort {
        match self {
            ActorSort::Interactions => ActorSort::Name,
            ActorSort::Name => ActorSort::LastContact,
            ActorSort::LastContact => ActorSort::Mediated,
            ActorSort::Mediated => ActorSort::Interactions,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            ActorSort::Interactions => "by interactions",
            ActorSort::Name => "by name",
            ActorSort::LastContact => "by last contact",
            ActorSort::Mediated => "by times as mediator",
        }
    }
}

/// How the Relationships view orders pairs.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum PairSort {
    /// Most interactions first.
    #[default]
    Interactions,
    /// Most recent first.
    LastContact,
    /// By the first actor's name, then the second's.
    Name,
}

impl PairSort {
    pub fn next(self) -> PairSort {
        match self {
            PairSort::Interactions => PairSort::LastContact,
            PairSort::LastContact => PairSort::Name,
            PairSort::Name => PairSort::Interactions,
        }
    }

    pub fn label(self) -> &'static str {
        match self {
            PairSort::Interactions => "by interactions",
            PairSort::LastContact => "by last contact",
            PairSort::Name => "by name",
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

/// What the Timeline pane lists.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum TimelineView {
    #[default]
    Interactions,
    /// Every quote of the filtered interactions.
    Quotes,
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
    /// The pairs of actors that `link` ties in the filtered interactions, in `pair_sort`
    /// order. Counted by `update` while the Relationships view is shown (see
    /// `pairs_stale`).
    pub pairs: Vec<Pair>,
    /// Whether `pairs` is out of date with the filter or the link: counted again the next
    /// time the Relationships view is shown, not on every filter change.
    pub pairs_stale: bool,
    /// What ties the actors of a pair.
    pub link: query::Link,
    pub pair_sort: PairSort,
    /// How each actor appears in the filtered interactions; counted on each filter change.
    pub counts: query::Counts,
    /// The same over the whole dataset, counted once: the "of 43" of "12 of 43".
    pub counts_all: query::Counts,
    /// Whether the Actors pane hides the actors with nothing in the filtered set (else it
    /// dims them).
    pub hide_inactive: bool,
    /// Interactions per month of the filtered set, for the density strip's highlight.
    pub monthly_filtered: query::Monthly,
    pub timeline_view: TimelineView,
    /// The quotes of the filtered set, while the Quotes view is shown (see `quotes_stale`).
    pub quotes: Vec<query::quotes::QuoteAt>,
    /// Whether `quotes` is out of date with the filter: listed again the next time the
    /// Quotes view is shown.
    pub quotes_stale: bool,
    /// Over `quotes`.
    pub quotes_cursor: Cursor,
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
    /// The network view, drawn in place of the panes while open (overlays still open over it).
    pub network: Option<Box<NetworkView>>,
    /// The terminal's size, as of the last resize.
    pub width: u16,
    pub height: u16,
    /// The key bindings: the built-in table with the configuration's changes.
    pub keymap: Keymap,
    /// Whether the terminal shows OSC 8 hyperlinks: Detail's URLs are then links a click
    /// opens. Off unless the terminal is known to support them.
    pub hyperlinks: bool,
    pub defaults: Defaults,
    /// A one-off message for the status line, cleared by the next action.
    pub message: Option<String>,
    /// Why the last reload failed, shown until a reload succeeds.
    pub reload_error: Option<String>,
    /// While a large file loads behind the first frame: how far it has come. The data is
    /// empty until then.
    pub loading: Option<Loading>,
    /// Whether a search runs behind the browser rather than in `update`: for data so large
    /// that scanning it would hold up the key (see [`BACKGROUND_SEARCH`]).
    pub background_search: bool,
    /// Whether a search is running behind the browser; the timeline shows the last result
    /// until it is done.
    pub searching: bool,
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
        let filter = Filter::default();
        let visible = query::matching(&data, &filter);
        let counts_all = query::Counts::of(&data, &visible);
        let actor_order = sorted_actors(&data, ActorSort::default(), &counts_all, filter.role);
        let monthly = query::Monthly::new(&data);
        let background_search = data.interactions().len() >= BACKGROUND_SEARCH;
        State {
            data,
            source: source.into(),
            filter,
            visible,
            actor_order,
            actor_sort: ActorSort::default(),
            actors_view: ActorsView::default(),
            monthly_filtered: monthly.clone(),
            monthly,
            relations: None,
            pairs: Vec::new(),
            pairs_stale: true,
            link: query::Link::default(),
            pair_sort: PairSort::default(),
            counts: counts_all.clone(),
            counts_all,
            hide_inactive: false,
            pairs_cursor: Cursor::default(),
            focus: Pane::Timeline,
            timeline: Cursor::default(),
            timeline_view: TimelineView::default(),
            quotes: Vec::new(),
            quotes_stale: true,
            quotes_cursor: Cursor::default(),
            actors: Cursor::default(),
            detail_scroll: 0,
            detail_actor: false,
            maximised: false,
            overlay: None,
            network: None,
            width,
            height,
            keymap: Keymap::default(),
            hyperlinks: false,
            defaults: Defaults::default(),
            message: None,
            reload_error: None,
            loading: None,
            background_search,
            searching: false,
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
        self.actor_order = self.sorted_actors();
        self
    }

    /// The filter that clearing every filter leaves: none, in the default match mode and
    /// the role rule in force.
    pub fn cleared_filter(&self) -> Filter {
        Filter {
            mode: self.defaults.match_mode,
            role: self.filter.role,
            ..Filter::default()
        }
    }

    /// The actors in the Actors pane's order, for the filtered counts: without the inactive
    /// ones when they are hidden (those in the filter stay).
    pub fn sorted_actors(&self) -> Vec<usize> {
        let mut order = sorted_actors(&self.data, self.actor_sort, &self.counts, self.filter.role);
        if self.hide_inactive && self.counts.interactions < self.data.interactions().len() {
            order.retain(|&a| self.counts.get(a).any > 0 || self.filter.actors.contains(&a));
        }
        order
    }

    /// The number the Actors pane shows for an actor: its interactions in the filtered set
    /// as the role rule counts them, or, sorted by mediation, the ones it mediated.
    pub fn actor_count(&self, actor: usize) -> (u32, u32) {
        match self.actor_sort {
            ActorSort::Mediated => (
                self.counts.get(actor).mediated,
                self.counts_all.get(actor).mediated,
            ),
            _ => (
                self.counts.matched(actor, self.filter.role),
                self.counts_all.matched(actor, self.filter.role),
            ),
        }
    }

    /// Whether the filter narrows the dataset at all.
    pub fn filtered(&self) -> bool {
        self.visible.len() < self.data.interactions().len()
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
            None if self.network.is_some() => Mode::Network,
            None => Mode::Browse(self.focus),
        }
    }

    /// The selected interaction (an index into the dataset), if the timeline shows any: in
    /// the Quotes view, that of the selected quote.
    pub fn selected_interaction(&self) -> Option<usize> {
        match self.timeline_view {
            TimelineView::Interactions => self.visible.get(self.timeline.selected).copied(),
            TimelineView::Quotes => self.selected_quote().map(|q| q.interaction),
        }
    }

    /// The quote selected in the Quotes view.
    pub fn selected_quote(&self) -> Option<query::quotes::QuoteAt> {
        match self.timeline_view {
            TimelineView::Quotes => self.quotes.get(self.quotes_cursor.selected).copied(),
            TimelineView::Interactions => None,
        }
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

/// Actor indices in the order of `sort`, by their `counts` (as `role` counts them); ties
/// by name.
pub fn sorted_actors(
    data: &Data,
    sort: ActorSort,
    counts: &query::Counts,
    role: query::RoleMatch,
) -> Vec<usize> {
    let mut order: Vec<usize> = (0..data.actors().len()).collect();
    let name = |a: usize| data.actor(a).name.as_str();
    match sort {
        ActorSort::Interactions => order.sort_by(|&a, &b| {
            counts
                .matched(b, role)
                .cmp(&counts.matched(a, role))
                .then_with(|| name(a).cmp(name(b)))
        }),
        ActorSort::Mediated => order.sort_by(|&a, &b| {
            let m = |x: usize| counts.get(x).mediated;
            m(b).cmp(&m(a))
                .then_with(|| counts.matched(b, role).cmp(&counts.matched(a, role)))
                .then_with(|| name(a).cmp(name(b)))
        }),
        ActorSort::Name => order.sort_by(|&a, &b| name(a).cmp(name(b))),
        ActorSort::LastContact => order.sort_by(|&a, &b| {
            let last = |x: usize| counts.get(x).last;
            last(b).cmp(&last(a)).then_with(|| name(a).cmp(name(b)))
        }),
    }
    order
}

/// Pairs in the order of `sort`.
pub fn sort_pairs(data: &Data, pairs: &mut [Pair], sort: PairSort) {
    match sort {
        PairSort::Interactions => pairs.sort_by(|x, y| {
            y.count
                .cmp(&x.count)
                .then(y.last.cmp(&x.last))
                .then((x.a, x.b).cmp(&(y.a, y.b)))
        }),
        PairSort::LastContact => pairs.sort_by(|x, y| {
            y.last
                .cmp(&x.last)
                .then(y.count.cmp(&x.count))
                .then((x.a, x.b).cmp(&(y.a, y.b)))
        }),
        PairSort::Name => {
            let name = |a: usize| data.actor(a).name.as_str();
            pairs.sort_by(|x, y| {
                name(x.a)
                    .cmp(name(y.a))
                    .then(name(x.b).cmp(name(y.b)))
                    .then((x.a, x.b).cmp(&(y.a, y.b)))
            })
        }
    }
}
