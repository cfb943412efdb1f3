//! The one table of key bindings. Dispatch, the footer's hints and the help overlay all read it,
//! so what the screen says is what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::action::{Action, Pane};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Context {
    /// Anywhere no overlay is open, unless the focused pane binds the key itself.
    Global,
    Timeline,
    Actors,
    Detail,
    /// Any line being edited: the picker's query, the search line, the range prompt.
    Line,
    Picker,
    Search,
    RangePrompt,
    Quotes,
    Help,
}

impl Context {
    pub fn title(self) -> &'static str {
        match self {
            Context::Global => "Everywhere",
            Context::Timeline => "Timeline",
            Context::Actors => "Actors",
            Context::Detail => "Detail",
            Context::Line => "Editing a line (picker, search, range)",
            Context::Picker => "Actor picker (f)",
            Context::Search => "Search line (/)",
            Context::RangePrompt => "Time range prompt (t)",
            Context::Quotes => "Quote chooser (y)",
            Context::Help => "Help",
        }
    }

    pub fn of_pane(pane: Pane) -> Context {
        match pane {
            Pane::Timeline => Context::Timeline,
            Pane::Actors => Context::Actors,
            Pane::Detail => Context::Detail,
        }
    }
}

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Key {
    pub code: KeyCode,
    pub mods: KeyModifiers,
}

const fn key(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::NONE,
    }
}

const fn code(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

impl Key {
    /// The key of an event, with Shift folded into the character or key it produced (`G`,
    /// BackTab), so bindings need not spell it.
    pub fn from_event(event: KeyEvent) -> Key {
        let mut mods =
            event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        if matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
            mods.remove(KeyModifiers::SHIFT);
        }
        Key {
            code: event.code,
            mods,
        }
    }

    /// How the key is written on screen: `j`, `Space`, `Tab`, `S-Tab`, `C-c`, `PgDn`.
    pub fn label(self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::Enter => "Enter".to_owned(),
            KeyCode::Esc => "Esc".to_owned(),
            KeyCode::Tab => "Tab".to_owned(),
            KeyCode::BackTab => "S-Tab".to_owned(),
            KeyCode::Backspace => "Bksp".to_owned(),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Down => "↓".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::Right => "→".to_owned(),
            KeyCode::Home => "Home".to_owned(),
            KeyCode::End => "End".to_owned(),
            KeyCode::PageUp => "PgUp".to_owned(),
            KeyCode::PageDown => "PgDn".to_owned(),
            other => format!("{other:?}"),
        };
        if self.mods.contains(KeyModifiers::CONTROL) {
            format!("C-{name}")
        } else if self.mods.contains(KeyModifiers::ALT) {
            format!("M-{name}")
        } else {
            name
        }
    }
}

/// One line of the table: in `context`, any of `keys` does `action`.
#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub context: Context,
    pub keys: &'static [Key],
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

use Context::{Actors, Detail, Global, Help, Line, Picker, Quotes, RangePrompt, Search, Timeline};

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
    bind(Global, &[key('m')], Action::ToggleMatchMode, "several actors: all of them, or any", None),
    bind(Global, &[key('c')], Action::ClearFilters, "clear every filter (actors, search, range)", Some("clear")),
    bind(Global, &[key('y')], Action::CopyQuote, "copy a quote with its citation", Some("copy")),
    bind(Global, &[key('Y')], Action::CopyInteraction, "copy the interaction as Markdown", None),
    bind(Global, &[key('r')], Action::Reload, "reload the data file", None),
    bind(Global, &[key('?')], Action::ToggleHelp, "this help", Some("help")),
    bind(Global, &[key('q'), ctrl('c')], Action::Quit, "quit", Some("quit")),
    bind(Timeline, &[code(KeyCode::Enter)], Action::OpenDetail, "read the interaction in Detail", Some("read")),
    bind(Actors, &[key(' '), code(KeyCode::Enter)], Action::ToggleActor, "add the actor to the filter, or remove it; a pair: filter to it", Some("filter")),
    bind(Actors, &[key('s')], Action::SortActors, "sort by interactions, name or last contact", Some("sort")),
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
    bind(Help, &[key('j'), code(KeyCode::Down)], Action::MoveDown, "scroll down", Some("scroll")),
    bind(Help, &[key('k'), code(KeyCode::Up)], Action::MoveUp, "scroll up", None),
    bind(Help, &[code(KeyCode::Esc), key('?'), key('q')], Action::CloseOverlay, "close", Some("close")),
    bind(Help, &[ctrl('c')], Action::Quit, "quit", None),
];

/// What the browser is showing, as far as keys are concerned.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Browse(Pane),
    Picker,
    Search,
    RangePrompt,
    Quotes,
    Help,
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
            Mode::Help => &[Help],
        }
    }

    /// Whether unbound characters are typed into a line.
    fn edits_a_line(self) -> bool {
        self.contexts().contains(&Line)
    }
}

/// The action a key press asks for in this mode, if any.
pub fn dispatch(mode: Mode, event: KeyEvent) -> Option<Action> {
    let pressed = Key::from_event(event);
    for &context in mode.contexts() {
        for b in BINDINGS.iter().filter(|b| b.context == context) {
            if b.keys.contains(&pressed) {
                return Some(b.action);
            }
        }
    }
    match pressed.code {
        KeyCode::Char(c)
            if mode.edits_a_line()
                && !pressed
                    .mods
                    .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
        {
            Some(Action::Input(c))
        }
        _ => None,
    }
}

/// The bindings that apply in a mode, most specific first.
pub fn bindings_for(mode: Mode) -> impl Iterator<Item = &'static Binding> {
    mode.contexts()
        .iter()
        .flat_map(|&c| BINDINGS.iter().filter(move |b| b.context == c))
}

/// The keys of a binding as the screen shows them: `j/↓`.
pub fn keys_label(b: &Binding) -> String {
    b.keys
        .iter()
        .map(|k| k.label())
        .collect::<Vec<_>>()
        .join("/")
}

/// The footer's hints for a mode: (keys, word), the focused pane's first.
pub fn hints(mode: Mode) -> Vec<(String, &'static str)> {
    bindings_for(mode)
        .filter_map(|b| b.hint.map(|h| (short_keys(b), h)))
        .collect()
}

/// How many of [`hints`]' first entries belong to the mode's own context (the focused pane,
/// or the open overlay) rather than to every pane.
pub fn own_hints(mode: Mode) -> usize {
    let own = mode.contexts()[0];
    BINDINGS
        .iter()
        .filter(|b| b.context == own && b.hint.is_some())
        .count()
}

/// The footer shows a binding's keys compactly: `j/k` for the pair of move bindings.
fn short_keys(b: &Binding) -> String {
    match b.action {
        Action::MoveDown if matches!(b.context, Picker | Search) => "↑/↓".to_owned(),
        Action::MoveDown => "j/k".to_owned(),
        _ => b.keys[0].label(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn press(code: KeyCode, mods: KeyModifiers) -> KeyEvent {
        KeyEvent::new(code, mods)
    }

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
    fn pane_bindings_win_over_global() {
        let enter = press(KeyCode::Enter, KeyModifiers::NONE);
        assert_eq!(
            dispatch(Mode::Browse(Pane::Actors), enter),
            Some(Action::ToggleActor)
        );
        assert_eq!(
            dispatch(Mode::Browse(Pane::Timeline), enter),
            Some(Action::OpenDetail)
        );
    }

    #[test]
    fn shift_is_folded_into_characters() {
        let g = press(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(
            dispatch(Mode::Browse(Pane::Timeline), g),
            Some(Action::Last)
        );
        let backtab = press(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(
            dispatch(Mode::Browse(Pane::Timeline), backtab),
            Some(Action::FocusPrev)
        );
    }

    #[test]
    fn picker_types_what_it_does_not_bind() {
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(dispatch(Mode::Picker, q), Some(Action::Input('q')));
        let j = press(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(dispatch(Mode::Search, j), Some(Action::Input('j')));
        let esc = press(KeyCode::Esc, KeyModifiers::NONE);
        assert_eq!(dispatch(Mode::Picker, esc), Some(Action::CloseOverlay));
    }

    #[test]
    fn ctrl_c_quits_everywhere() {
        let cc = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(dispatch(Mode::Browse(Pane::Detail), cc), Some(Action::Quit));
        assert_eq!(dispatch(Mode::Help, cc), Some(Action::Quit));
        assert_eq!(dispatch(Mode::Picker, cc), Some(Action::Quit));
    }
}
