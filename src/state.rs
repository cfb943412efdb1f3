//! The browser's state: what is loaded, what is filtered, selected and focused. Its fields are
//! grouped by job: the [`Lists`] derived from the data and the filter, the [`Navigation`]
//! (focus, cursors, overlays), the [`Settings`] the configuration gives, the [`Status`] the
//! status line reports. Only [`crate::update::update`] changes it.

mod cursor;
mod network;
mod order;
mod outside;
mod overlay;

pub use cursor::Cursor;
pub use network::{NetworkStamp, NetworkView};
pub use order::{
    ActorSort, ActorsView, PairSort, TimelineView, compare_tallies, sort_pairs, sorted_actors,
};
pub use outside::{Copied, Loading, Partial, SearchRequest};
pub use overlay::{Overlay, PickItem, Picker};

use std::sync::Arc;

use crate::action::Pane;
use crate::data::Data;
use crate::keymap::{Keymap, Mode};
use crate::query::{self, Filter, MatchMode, Pair};

/// Everything the browser shows is a function of this (and of the theme it is drawn in).
#[derive(Debug, Clone)]
pub struct State {
    /// The dataset. Shared with the threads that prepare and run searches.
    pub data: Arc<Data>,
    /// Where the data came from, for the header: a file name or the built-in dataset.
    pub source: String,
    /// What the reader filters on; [`Lists`] follow it.
    pub filter: Filter,
    /// What the data and the filter give the panes to list.
    pub lists: Lists,
    /// Where the reader is: focus, selections, scroll, overlays.
    pub nav: Navigation,
    /// What the configuration and the data's size set.
    pub settings: Settings,
    /// What the status line reports.
    pub status: Status,
    /// Detail's text laid out for its subject and width, kept by `update` for the frame.
    pub detail_rows: crate::present::cache::Cache,
    /// The terminal's width in columns, as of the last resize.
    pub width: u16,
    /// The terminal's height in rows, as of the last resize.
    pub height: u16,
}

/// The lists the panes show, derived from the data and the filter by `update` whenever either
/// changes, and the choices that order them. Indices are into the data's interactions, actors
/// or places.
#[derive(Debug, Clone)]
pub struct Lists {
    /// The interactions that pass the filter, in date order.
    pub visible: Vec<usize>,
    /// Actor indices in the order the Actors pane lists them (see `actor_sort`), without the
    /// inactive ones while `hide_inactive`.
    pub actors: Vec<usize>,
    /// The rows of the Actors pane: `actors`, with the actors of a country folded into one
    /// row while `grouping` is on. The Actors cursor moves over these.
    pub actor_rows: Vec<query::ActorRow>,
    /// Whether the Actors pane folds countries, and which are expanded (`e`, `E`).
    pub grouping: query::Grouping,
    /// What the data holds, gathered at load: kinds, root codes, sortable fields, countries.
    pub facets: query::Facets,
    /// How the Timeline pane orders the visible interactions (`s` there).
    pub timeline_sort: query::TimelineSort,
    /// The visible interactions in `timeline_sort` order; empty while that is date order
    /// (then the timeline lists `visible` itself). See [`State::timeline_list`].
    pub timeline_rows: Vec<usize>,
    /// How the Actors pane orders actors.
    pub actor_sort: ActorSort,
    /// Whether the Actors pane hides the actors with nothing in the filtered set (else it
    /// dims them).
    pub hide_inactive: bool,
    /// The pairs of actors that `link` ties in the filtered interactions, in `pair_sort`
    /// order. Counted while the Relationships view is shown (see `pairs_stale`).
    pub pairs: Vec<Pair>,
    /// Whether `pairs` is out of date with the filter or the link: counted again the next
    /// time the Relationships view is shown, not on every filter change.
    pub pairs_stale: bool,
    /// What ties the actors of a pair.
    pub link: query::Link,
    /// How the Relationships view orders pairs.
    pub pair_sort: PairSort,
    /// The quotes of the filtered set, while the Quotes view is shown (see `quotes_stale`).
    pub quotes: Vec<query::quotes::QuoteAt>,
    /// Whether `quotes` is out of date with the filter: listed again the next time the
    /// Quotes view is shown.
    pub quotes_stale: bool,
    /// How each actor appears in the filtered interactions; counted on each filter change.
    pub counts: query::Counts,
    /// The same over the whole dataset, counted once: the "of 43" of "12 of 43".
    pub counts_all: query::Counts,
    /// Interactions per month over the whole dataset, for the density strip.
    pub monthly: query::Monthly,
    /// Interactions per month of the filtered set, for the density strip's highlight.
    pub monthly_filtered: query::Monthly,
    /// The relationships of the last actor Detail showed: (actor index, its relationships),
    /// kept by `update` (an actor's relationships may take thousands of interactions to
    /// count); `None` once the actor, the filter, the link or the data changes.
    pub relationships: Option<(usize, Vec<query::Relationship>)>,
}

/// Which list Detail follows while it has focus: the one focused last.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub enum DetailFollows {
    /// The timeline: Detail shows the selected interaction.
    #[default]
    Timeline,
    /// The Actors pane: Detail shows the selected actor, or pair in the Relationships view.
    Actors,
}

/// Where the reader is: which pane has focus, what each list shows and has selected, how far
/// Detail is scrolled, which overlay or view is open.
#[derive(Debug, Clone)]
pub struct Navigation {
    /// The pane keys go to.
    pub focus: Pane,
    /// Whether the focused pane fills the body alone (`z`), as on a narrow screen.
    pub maximised: bool,
    /// What the Timeline pane lists.
    pub timeline_view: TimelineView,
    /// What the Actors pane lists.
    pub actors_view: ActorsView,
    /// Over [`Lists::visible`].
    pub timeline: Cursor,
    /// Over [`Lists::actors`].
    pub actors: Cursor,
    /// Over [`Lists::pairs`].
    pub pairs: Cursor,
    /// Over [`Lists::quotes`].
    pub quotes: Cursor,
    /// Lines of Detail's text scrolled past.
    pub detail_scroll: usize,
    /// Which list Detail follows while it has focus.
    pub detail_follows: DetailFollows,
    /// The overlay open over the browser, which keys go to.
    pub overlay: Option<Overlay>,
    /// The network view, drawn in place of the panes while open (overlays still open over it).
    pub network: Option<Box<NetworkView>>,
}

/// What the configuration sets, and how the data's size makes searches run.
#[derive(Debug, Clone)]
pub struct Settings {
    /// The key bindings: the built-in table with the configuration's changes.
    pub keymap: Keymap,
    /// Whether the terminal shows OSC 8 hyperlinks: Detail's URLs are then links a click
    /// opens. Off unless the terminal is known to support them.
    pub hyperlinks: bool,
    /// How the browser starts, and what clearing the filters returns to.
    pub defaults: Defaults,
    /// Whether a search runs behind the browser rather than in `update`: for data so large
    /// that scanning it would hold up the key (see [`BACKGROUND_SEARCH`]). Set at each load.
    pub background_search: bool,
}

/// What the status line reports, besides the filter.
#[derive(Debug, Clone, Default)]
pub struct Status {
    /// A one-off message, cleared by the next action.
    pub message: Option<String>,
    /// Why the last reload failed, shown until a reload succeeds.
    pub reload_error: Option<String>,
    /// While a large file loads behind the first frame: how far it has come. The data is
    /// empty until then, or a preview of the file's first part (see `partial`).
    pub loading: Option<Loading>,
    /// While the data shown is a preview of the file's first part and the whole file still
    /// loads: how much of the file it covers. The browser works on it as on any data; the
    /// counts say that more is coming, and the whole data replaces it, keeping the view.
    pub partial: Option<Partial>,
    /// Whether a search is running behind the browser; the timeline shows the last result
    /// until it is done.
    pub searching: bool,
}

/// How the browser starts, as the configuration sets it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Defaults {
    /// The pane focused at the start.
    pub pane: Pane,
    /// How a filter of several actors matches, at the start and after clearing the filters.
    pub match_mode: MatchMode,
    /// How the Actors pane orders actors at the start.
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
/// From this many interactions up, a search runs on a thread of its own: a search of a
/// million interactions takes tens of milliseconds, more than a key may.
pub const BACKGROUND_SEARCH: usize = 200_000;
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

/// What Detail shows ([`State::detail_subject`]).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DetailSubject {
    /// An interaction (an index into the data's interactions).
    Interaction(usize),
    /// An actor's profile and relationships (an index into the data's actors).
    Actor(usize),
    /// A pair and what passed between them (an index into [`Lists::pairs`]).
    Pair(usize),
    /// Nothing is selected.
    Nothing,
}

impl State {
    /// The browser over `data` from `source` (a file name, or the built-in dataset) on a
    /// terminal of `width` columns by `height` rows: no filter, the timeline focused, the
    /// first interaction selected.
    pub fn new(
        data: impl Into<Arc<Data>>,
        source: impl Into<String>,
        width: u16,
        height: u16,
    ) -> State {
        let data = data.into();
        let filter = Filter::default();
        let visible = query::matching(&data, &filter);
        let facets = query::Facets::of(&data);
        let counts_all =
            query::Counts::grouped(&data, &visible, &facets.country_of, facets.countries.len());
        let grouping = query::Grouping::for_data(&facets);
        let actors = sorted_actors(&data, ActorSort::default(), &counts_all, filter.role);
        let monthly = query::Monthly::new(&data);
        let background_search = data.interactions().len() >= BACKGROUND_SEARCH;
        let mut state = State {
            data,
            source: source.into(),
            filter,
            lists: Lists {
                visible,
                actors,
                actor_rows: Vec::new(),
                grouping,
                facets,
                timeline_sort: query::TimelineSort::Date,
                timeline_rows: Vec::new(),
                actor_sort: ActorSort::default(),
                hide_inactive: false,
                pairs: Vec::new(),
                pairs_stale: true,
                link: query::Link::default(),
                pair_sort: PairSort::default(),
                quotes: Vec::new(),
                quotes_stale: true,
                counts: counts_all.clone(),
                counts_all,
                monthly_filtered: monthly.clone(),
                monthly,
                relationships: None,
            },
            nav: Navigation {
                focus: Pane::Timeline,
                maximised: false,
                timeline_view: TimelineView::default(),
                actors_view: ActorsView::default(),
                timeline: Cursor::default(),
                actors: Cursor::default(),
                pairs: Cursor::default(),
                quotes: Cursor::default(),
                detail_scroll: 0,
                detail_follows: DetailFollows::default(),
                overlay: None,
                network: None,
            },
            settings: Settings {
                keymap: Keymap::default(),
                hyperlinks: false,
                defaults: Defaults::default(),
                background_search,
            },
            status: Status::default(),
            detail_rows: Default::default(),
            width,
            height,
        };
        state.lists.actor_rows = state.rows_of_actors();
        state
    }

    /// The state while `source` loads: no data yet, and a progress bar.
    pub fn loading(source: impl Into<String>, width: u16, height: u16) -> State {
        let mut state = State::new(Data::empty(), source, width, height);
        state.status.loading = Some(Loading::default());
        state
    }

    /// The state as it starts with `defaults`: the pane focused, how several actors match, the
    /// actors' order.
    pub fn with_defaults(mut self, defaults: Defaults) -> State {
        self.settings.defaults = defaults;
        self.nav.focus = defaults.pane;
        self.filter.mode = defaults.match_mode;
        self.lists.actor_sort = defaults.actor_sort;
        self.lists.actors = self.sorted_actors();
        self.lists.actor_rows = self.rows_of_actors();
        self
    }

    /// The rows of the Actors pane for `lists.actors` as it stands: the countries folded
    /// while `grouping` is on, each placed as `actor_sort` orders it.
    pub fn rows_of_actors(&self) -> Vec<query::ActorRow> {
        let (sort, role) = (self.lists.actor_sort, self.filter.role);
        query::groups::actor_rows(
            &self.data,
            &self.lists.actors,
            &self.lists.facets,
            &self.lists.grouping,
            &self.lists.counts,
            &|a, b| order::compare_tallies(sort, role, a, b),
        )
    }

    /// The interactions in the order the Timeline pane lists them: `visible`, or sorted by
    /// `timeline_sort`.
    pub fn timeline_list(&self) -> &[usize] {
        if self.lists.timeline_sort == query::TimelineSort::Date {
            &self.lists.visible
        } else {
            &self.lists.timeline_rows
        }
    }

    /// The row of the Actors pane under the cursor.
    pub fn selected_row(&self) -> Option<query::ActorRow> {
        self.lists.actor_rows.get(self.nav.actors.selected).copied()
    }

    /// The filter that clearing every filter leaves: none, in the default match mode and
    /// the role rule in force.
    pub fn cleared_filter(&self) -> Filter {
        Filter {
            mode: self.settings.defaults.match_mode,
            role: self.filter.role,
            ..Filter::default()
        }
    }

    /// The actors in the Actors pane's order, for the filtered counts: without the inactive
    /// ones when they are hidden (those in the filter stay).
    pub fn sorted_actors(&self) -> Vec<usize> {
        let lists = &self.lists;
        let mut order = sorted_actors(
            &self.data,
            lists.actor_sort,
            &lists.counts,
            self.filter.role,
        );
        if lists.hide_inactive && lists.counts.interactions < self.data.interactions().len() {
            order.retain(|&a| lists.counts.get(a).any > 0 || self.filter.actors.contains(&a));
        }
        order
    }

    /// The numbers the Actors pane shows for an actor, (in the filtered set, in all): its
    /// interactions as the role rule counts them, or, sorted by mediation, the ones it
    /// mediated.
    pub fn actor_count(&self, actor: usize) -> (u32, u32) {
        let lists = &self.lists;
        match lists.actor_sort {
            ActorSort::Mediated => (
                lists.counts.get(actor).mediated,
                lists.counts_all.get(actor).mediated,
            ),
            _ => (
                lists.counts.matched(actor, self.filter.role),
                lists.counts_all.matched(actor, self.filter.role),
            ),
        }
    }

    /// Whether the filter narrows the dataset at all.
    pub fn filtered(&self) -> bool {
        self.lists.visible.len() < self.data.interactions().len()
    }

    /// The key mode: an open overlay, or browsing with a pane focused.
    pub fn mode(&self) -> Mode {
        match &self.nav.overlay {
            Some(Overlay::Help { .. }) => Mode::Help,
            Some(Overlay::Picker(_)) => Mode::Picker,
            Some(Overlay::Search { .. }) => Mode::Search,
            Some(Overlay::RangePrompt { .. }) => Mode::RangePrompt,
            Some(Overlay::Quotes { .. }) => Mode::Quotes,
            Some(Overlay::Sources { .. }) => Mode::Sources,
            None if self.nav.network.is_some() => Mode::Network,
            None => Mode::Browse(self.nav.focus),
        }
    }

    /// The selected interaction (an index into the dataset), if the timeline shows any: in
    /// the Quotes view, that of the selected quote.
    pub fn selected_interaction(&self) -> Option<usize> {
        match self.nav.timeline_view {
            TimelineView::Interactions => self
                .timeline_list()
                .get(self.nav.timeline.selected)
                .copied(),
            TimelineView::Quotes => self.selected_quote().map(|q| q.interaction),
        }
    }

    /// The quote selected in the Quotes view.
    pub fn selected_quote(&self) -> Option<query::quotes::QuoteAt> {
        match self.nav.timeline_view {
            TimelineView::Quotes => self.lists.quotes.get(self.nav.quotes.selected).copied(),
            TimelineView::Interactions => None,
        }
    }

    /// The selected actor (an index into the dataset), if there are actors. In the
    /// relationships view, the first actor of the selected pair.
    pub fn selected_actor(&self) -> Option<usize> {
        match self.nav.actors_view {
            ActorsView::Actors => self.selected_row().and_then(query::ActorRow::actor),
            ActorsView::Pairs => self.selected_pair().map(|p| p.a),
        }
    }

    /// The pair selected in the Relationships view (listed or not).
    pub fn selected_pair(&self) -> Option<&Pair> {
        self.lists.pairs.get(self.nav.pairs.selected)
    }

    /// What Detail shows: the selected actor's profile (or pair) while the Actors pane has
    /// focus, or Detail has it and follows the Actors pane; else the selected interaction.
    pub fn detail_subject(&self) -> DetailSubject {
        let actors = match self.nav.focus {
            Pane::Actors => true,
            Pane::Detail => self.nav.detail_follows == DetailFollows::Actors,
            Pane::Timeline => false,
        };
        match self.nav.actors_view {
            ActorsView::Pairs if actors => {
                if self.lists.pairs.is_empty() {
                    DetailSubject::Nothing
                } else {
                    DetailSubject::Pair(self.nav.pairs.selected)
                }
            }
            _ if actors => self
                .selected_actor()
                .map_or(DetailSubject::Nothing, DetailSubject::Actor),
            _ => self
                .selected_interaction()
                .map_or(DetailSubject::Nothing, DetailSubject::Interaction),
        }
    }
}
