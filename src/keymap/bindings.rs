//! The one table of key bindings, [`BINDINGS`]: in which [`Context`] which keys do which
//! [`Action`], and what the help and the footer call it. Dispatch, the footer's hints, the help
//! overlay, the configuration's names and `config --default` all read this table.

use ratatui::crossterm::event::KeyCode;
use strum::{EnumIter, EnumString, IntoStaticStr, VariantNames};

use super::key::{Key, code, ctrl, key};
use crate::action::{Action, Pane};

/// Where a binding applies. Its name, as the configuration writes it (`Picker` in
/// `"Picker.Confirm"`, read in any case), is the variant's.
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, EnumIter, EnumString, IntoStaticStr, VariantNames,
)]
#[strum(ascii_case_insensitive)]
pub enum Context {
    /// Anywhere no overlay is open, unless the focused pane binds the key itself.
    Global,
    /// The Timeline pane, focused.
    Timeline,
    /// The Actors pane, focused.
    Actors,
    /// The Detail pane, focused.
    Detail,
    /// Any line being edited: the picker's query, the search line, the range prompt.
    Line,
    /// The actor picker.
    Picker,
    /// The search line.
    Search,
    /// The time range prompt.
    RangePrompt,
    /// The quote chooser.
    Quotes,
    /// The source chooser.
    Sources,
    /// The help overlay.
    Help,
    /// The network view.
    Network,
}

impl Context {
    /// How the configuration names it: `Picker` in `"Picker.Confirm"`.
    pub fn name(self) -> &'static str {
        self.into()
    }

    /// What the help overlay calls it, without the keys that open it: `Actor picker`. The
    /// keymap adds those ([`super::Keymap::title`]).
    pub fn about(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Timeline => "Timeline",
            Context::Actors => "Actors",
            Context::Detail => "Detail",
            Context::Line => "Editing a line (picker, search, range)",
            Context::Picker => "Actor picker",
            Context::Search => "Search line",
            Context::RangePrompt => "Time range prompt",
            Context::Quotes => "Quote chooser",
            Context::Sources => "Source chooser",
            Context::Help => "Help",
            Context::Network => "Network view",
        }
    }

    /// The bindings that open it, as (context, action): the actor picker opens with the global
    /// `OpenPicker`. Empty for a pane, for the help (its key is listed in it) and for
    /// [`Context::Global`] and [`Context::Line`].
    pub fn opened_by(self) -> &'static [(Context, Action)] {
        match self {
            Context::Picker => &[(Context::Global, Action::OpenPicker)],
            Context::Search => &[(Context::Global, Action::OpenSearch)],
            Context::RangePrompt => &[(Context::Global, Action::OpenRangePrompt)],
            Context::Quotes => &[(Context::Global, Action::CopyQuote)],
            Context::Sources => &[
                (Context::Global, Action::CopyUrl),
                (Context::Global, Action::OpenUrl),
            ],
            Context::Network => &[(Context::Actors, Action::ToggleNetwork)],
            Context::Global
            | Context::Timeline
            | Context::Actors
            | Context::Detail
            | Context::Line
            | Context::Help => &[],
        }
    }
}

/// One line of the table: in `context`, any of `keys` does `action`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Binding {
    /// Where the keys do it.
    pub context: Context,
    /// The keys that do it by default, the first shown where one key is named.
    pub keys: &'static [Key],
    /// What they do.
    pub action: Action,
    /// What the help overlay says it does.
    pub help: &'static str,
    /// The footer's short word for it, if the footer shows it.
    pub hint: Option<&'static str>,
}

const fn bind(
    context: Context,
    keys: &'static [Key],
    action: Action,
    help: &'static str,
    hint: Option<&'static str>,
) -> Binding {
    Binding {
        context,
        keys,
        action,
        help,
        hint,
    }
}

use Context::{
    Actors, Detail, Global, Help, Line, Network, Picker, Quotes, RangePrompt, Search, Sources,
    Timeline,
};

/// Every key binding of the browser, in the order the help overlay lists them.
#[rustfmt::skip] // One binding a line reads as a table; rustfmt would spread each over seven.
pub const BINDINGS: &[Binding] = &[
    bind(Global, &[key('j'), code(KeyCode::Down)], Action::MoveDown, "move down", Some("move")),
    bind(Global, &[key('k'), code(KeyCode::Up)], Action::MoveUp, "move up", None),
    bind(Global, &[key('g'), code(KeyCode::Home)], Action::First, "go to the first", None),
    bind(Global, &[key('G'), code(KeyCode::End)], Action::Last, "go to the last", None),
    bind(Global, &[code(KeyCode::PageDown), ctrl('d')], Action::PageDown, "page down", None),
    bind(Global, &[code(KeyCode::PageUp), ctrl('u')], Action::PageUp, "page up", None),
    bind(Global, &[code(KeyCode::Tab)], Action::FocusNext, "next pane", Some("pane")),
    bind(Global, &[code(KeyCode::BackTab)], Action::FocusPrev, "previous pane", None),
    bind(Global, &[key('1')], Action::Focus(Pane::Timeline), "Timeline pane", None),
    bind(Global, &[key('2')], Action::Focus(Pane::Actors), "Actors pane", None),
    bind(Global, &[key('3')], Action::Focus(Pane::Detail), "Detail pane", None),
    bind(Global, &[key('f')], Action::OpenPicker, "filter by an actor: find it by name", Some("find actor")),
    bind(Global, &[key('/')], Action::OpenSearch, "search titles, summaries, quotes, places, names", Some("search")),
    bind(Global, &[key('n')], Action::NextMatch, "next interaction that matches the search", None),
    bind(Global, &[key('N')], Action::PrevMatch, "previous interaction that matches the search", None),
    bind(Global, &[key('[')], Action::RangeBack, "time range: the month (or year) before", None),
    bind(Global, &[key(']')], Action::RangeForward, "time range: the month (or year) after", None),
    bind(Global, &[key('t')], Action::OpenRangePrompt, "time range: type it (2022, 2022-07, 2022-07..2022-10)", Some("range")),
    bind(Global, &[key('v')], Action::TogglePairs, "relationships: pairs of actors, or back to actors", Some("pairs")),
    bind(Global, &[key('4')], Action::ToggleQuotes, "quotes of the filtered interactions, or back", Some("quotes")),
    bind(Global, &[key('p')], Action::CycleLink, "pairs: took part together, mediated, quoted", None),
    bind(Global, &[key('m')], Action::ToggleMatchMode, "several actors: all of them, or any", None),
    bind(Global, &[key('a')], Action::ToggleRole, "actors match: where they took part, or any role", None),
    bind(Global, &[key('K')], Action::CycleKind, "filter by kind: call, meeting, clash, …", None),
    bind(Global, &[key('C')], Action::CycleClass, "filter by CAMEO quad class or root code", None),
    bind(Global, &[key('c')], Action::ClearFilters, "clear every filter (actors, search, range)", Some("clear")),
    bind(Global, &[key('y')], Action::CopyQuote, "copy a quote with its citation", Some("copy")),
    bind(Global, &[key('Y')], Action::CopyInteraction, "copy the interaction as Markdown", None),
    bind(Global, &[key('u')], Action::CopyUrl, "copy a source's URL", Some("URL")),
    bind(Global, &[key('o')], Action::OpenUrl, "open a source's URL in the browser", Some("open")),
    bind(Global, &[key('r')], Action::Reload, "reload the data file", None),
    bind(Global, &[key('z')], Action::ToggleMaximise, "maximise the focused pane, or restore the layout", Some("zoom")),
    bind(Global, &[key('?')], Action::ToggleHelp, "this help", Some("help")),
    bind(Global, &[key('q'), ctrl('c')], Action::Quit, "quit", Some("quit")),
    bind(Timeline, &[code(KeyCode::Enter)], Action::OpenDetail, "read the interaction (or the quote) in Detail", Some("read")),
    bind(Timeline, &[key('s')], Action::SortTimeline, "sort: by date; coded events by mentions, Goldstein, tone", Some("sort")),
    bind(Actors, &[key(' '), code(KeyCode::Enter)], Action::ToggleActor, "add the actor to the filter, or remove it; a pair: filter to it", Some("filter")),
    bind(Actors, &[key('s')], Action::SortActors, "sort; actors also by times as mediator", Some("sort")),
    bind(Actors, &[key('h')], Action::ToggleInactive, "dim or hide actors not in the filter", None),
    bind(Actors, &[key('e')], Action::ToggleGroup, "list a country's actors, or fold them into its row", Some("expand")),
    bind(Actors, &[key('E')], Action::ToggleGrouping, "fold actors by country code, or list each", None),
    bind(Actors, &[key('w')], Action::ToggleNetwork, "network: the selected actor amid its counterparts", Some("network")),
    bind(Actors, &[key('W')], Action::WidenNetwork, "network: every actor of the filtered interactions", None),
    bind(Detail, &[code(KeyCode::Esc)], Action::Back, "back to the list it shows", Some("back")),
    bind(Line, &[code(KeyCode::Left)], Action::CursorLeft, "cursor left", None),
    bind(Line, &[code(KeyCode::Right)], Action::CursorRight, "cursor right", None),
    bind(Line, &[code(KeyCode::Home), ctrl('a')], Action::CursorHome, "cursor to the start", None),
    bind(Line, &[code(KeyCode::End), ctrl('e')], Action::CursorEnd, "cursor to the end", None),
    bind(Line, &[code(KeyCode::Backspace)], Action::Backspace, "delete the character before", None),
    bind(Line, &[code(KeyCode::Delete)], Action::Delete, "delete the character under", None),
    bind(Line, &[ctrl('w')], Action::DeleteWord, "delete the word before", None),
    bind(Line, &[ctrl('u')], Action::DeleteToStart, "delete to the start", None),
    bind(Picker, &[code(KeyCode::Enter)], Action::Confirm, "add the highlighted actor", Some("add")),
    bind(Picker, &[code(KeyCode::Down), ctrl('n')], Action::MoveDown, "next match", Some("choose")),
    bind(Picker, &[code(KeyCode::Up), ctrl('p')], Action::MoveUp, "previous match", None),
    bind(Picker, &[code(KeyCode::Esc)], Action::CloseOverlay, "close", Some("close")),
    bind(Picker, &[ctrl('c')], Action::Quit, "quit", None),
    bind(Search, &[code(KeyCode::Enter)], Action::Confirm, "keep the search as a filter", Some("keep")),
    bind(Search, &[code(KeyCode::Down), ctrl('n')], Action::MoveDown, "next row of the timeline", Some("move")),
    bind(Search, &[code(KeyCode::Up), ctrl('p')], Action::MoveUp, "previous row of the timeline", None),
    bind(Search, &[code(KeyCode::Esc)], Action::CloseOverlay, "drop the search", Some("drop")),
    bind(Search, &[ctrl('c')], Action::Quit, "quit", None),
    bind(RangePrompt, &[code(KeyCode::Enter)], Action::Confirm, "set the time range", Some("set")),
    bind(RangePrompt, &[code(KeyCode::Esc)], Action::CloseOverlay, "close", Some("close")),
    bind(RangePrompt, &[ctrl('c')], Action::Quit, "quit", None),
    bind(Quotes, &[code(KeyCode::Enter), key('y')], Action::Confirm, "copy the highlighted quote", Some("copy")),
    bind(Quotes, &[key('j'), code(KeyCode::Down)], Action::MoveDown, "next quote", Some("choose")),
    bind(Quotes, &[key('k'), code(KeyCode::Up)], Action::MoveUp, "previous quote", None),
    bind(Quotes, &[code(KeyCode::Esc), key('q')], Action::CloseOverlay, "close", Some("close")),
    bind(Quotes, &[ctrl('c')], Action::Quit, "quit", None),
    bind(Sources, &[code(KeyCode::Enter)], Action::Confirm, "copy or open the highlighted source's URL", Some("choose")),
    bind(Sources, &[key('j'), code(KeyCode::Down)], Action::MoveDown, "next source", Some("move")),
    bind(Sources, &[key('k'), code(KeyCode::Up)], Action::MoveUp, "previous source", None),
    bind(Sources, &[code(KeyCode::Esc), key('q')], Action::CloseOverlay, "close", Some("close")),
    bind(Sources, &[ctrl('c')], Action::Quit, "quit", None),
    bind(Network, &[code(KeyCode::Enter)], Action::Confirm, "filter the timeline to the pair (whole network: centre on the actor)", Some("filter")),
    bind(Network, &[key('W')], Action::WidenNetwork, "widen to the whole filtered network, or back to one circle", Some("widen")),
    bind(Network, &[code(KeyCode::Esc)], Action::CloseOverlay, "close the network view", Some("close")),
    bind(Network, &[key('w')], Action::ToggleNetwork, "close the network view", None),
    bind(Help, &[key('j'), code(KeyCode::Down)], Action::MoveDown, "scroll down", Some("scroll")),
    bind(Help, &[key('k'), code(KeyCode::Up)], Action::MoveUp, "scroll up", None),
    bind(Help, &[code(KeyCode::Esc), key('?'), key('q')], Action::CloseOverlay, "close", Some("close")),
    bind(Help, &[ctrl('c')], Action::Quit, "quit", None),
];

/// What the browser is showing, as far as keys are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// No overlay: the panes, one of them focused.
    Browse(Pane),
    /// The actor picker.
    Picker,
    /// The search line.
    Search,
    /// The time range prompt.
    RangePrompt,
    /// The quote chooser.
    Quotes,
    /// The source chooser.
    Sources,
    /// The help overlay.
    Help,
    /// The network view, with no overlay over it.
    Network,
}

impl Mode {
    /// The contexts whose bindings apply, most specific first.
    pub fn contexts(self) -> &'static [Context] {
        match self {
            Mode::Browse(Pane::Timeline) => &[Timeline, Global],
            Mode::Browse(Pane::Actors) => &[Actors, Global],
            Mode::Browse(Pane::Detail) => &[Detail, Global],
            Mode::Picker => &[Picker, Line],
            Mode::Search => &[Search, Line],
            Mode::RangePrompt => &[RangePrompt, Line],
            Mode::Quotes => &[Quotes],
            Mode::Sources => &[Sources],
            Mode::Help => &[Help],
            Mode::Network => &[Network, Global],
        }
    }

    /// Whether unbound characters are typed into a line.
    pub(super) fn edits_a_line(self) -> bool {
        self.contexts().contains(&Line)
    }
}

/// How the configuration names an action: `MoveDown`, `FocusTimeline` (the action's
/// [`Display`](std::fmt::Display) form). Actions that carry what happened (a typed character, a
/// click, a resize) are not bound to keys and have no name.
pub fn action_name(action: Action) -> Option<String> {
    action.is_bindable().then(|| action.to_string())
}

/// Every action the table binds, once each, in the table's order.
pub fn bindable_actions() -> Vec<Action> {
    let mut actions: Vec<Action> = Vec::new();
    for b in BINDINGS {
        if !actions.contains(&b.action) {
            actions.push(b.action);
        }
    }
    actions
}

/// The bindable action the configuration names (any case).
pub fn action_from_name(name: &str) -> Option<Action> {
    bindable_actions()
        .into_iter()
        .find(|&a| action_name(a).is_some_and(|n| n.eq_ignore_ascii_case(name)))
}

/// The contexts that bind `action`, in the table's order.
pub fn contexts_of(action: Action) -> Vec<Context> {
    let mut contexts = Vec::new();
    for b in BINDINGS.iter().filter(|b| b.action == action) {
        if !contexts.contains(&b.context) {
            contexts.push(b.context);
        }
    }
    contexts
}

/// Where an action named without a context is bound: its Global binding, or the one context
/// that binds it. `None` when several contexts, none of them Global, bind it (`Confirm`).
pub fn home_context(action: Action) -> Option<Context> {
    let contexts = contexts_of(action);
    if contexts.contains(&Context::Global) {
        Some(Context::Global)
    } else if let [only] = contexts[..] {
        Some(only)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn no_key_is_bound_twice_in_one_context() {
        for (i, a) in BINDINGS.iter().enumerate() {
            for b in &BINDINGS[i + 1..] {
                if a.context == b.context {
                    for k in a.keys {
                        assert!(!b.keys.contains(k), "{k:?} bound twice in {:?}", a.context);
                    }
                }
            }
        }
    }

    #[test]
    fn every_key_of_the_table_reads_back_from_its_config_name_and_its_label() {
        for b in BINDINGS {
            for &k in b.keys {
                assert_eq!(Key::parse(&k.config_name()), Ok(k), "{}", k.config_name());
                assert_eq!(Key::parse(&k.label()), Ok(k), "{}", k.label());
            }
        }
    }

    #[test]
    fn every_bindable_action_has_a_name_that_reads_back() {
        for a in bindable_actions() {
            let name = action_name(a).expect("a bindable action has a name");
            assert_eq!(action_from_name(&name), Some(a));
            assert_eq!(action_from_name(&name.to_lowercase()), Some(a));
        }
        assert_eq!(
            action_name(Action::Focus(Pane::Timeline)).as_deref(),
            Some("FocusTimeline")
        );
        assert_eq!(action_name(Action::Input('x')), None);
        assert_eq!(action_from_name("Input"), None);
        assert_eq!(home_context(Action::MoveDown), Some(Context::Global));
        assert_eq!(home_context(Action::OpenDetail), Some(Context::Timeline));
        assert_eq!(home_context(Action::CursorLeft), Some(Context::Line));
        assert_eq!(home_context(Action::Confirm), None);
    }

    #[test]
    fn contexts_are_named_as_written_and_read_in_any_case() {
        assert_eq!(Context::RangePrompt.name(), "RangePrompt");
        assert_eq!("rangeprompt".parse(), Ok(Context::RangePrompt));
        assert!("Pickr".parse::<Context>().is_err());
        assert_eq!(Context::VARIANTS.len(), Context::iter().count());
        // Every context a binding opens from is one where the table binds that action.
        for context in Context::iter() {
            for &(c, a) in context.opened_by() {
                assert!(contexts_of(a).contains(&c), "{context:?}: {a:?} in {c:?}");
            }
        }
    }
}
