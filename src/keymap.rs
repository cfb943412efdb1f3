//! The one table of key bindings, [`BINDINGS`], and the [`Keymap`] in force: that table with
//! the keys the user's configuration changes. Dispatch, the footer's hints and the help overlay
//! all read the keymap, so what the screen says is what the keys do.

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::action::{Action, Pane};

/// Where a binding applies.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
    Sources,
    Help,
    /// The network view.
    Network,
}

impl Context {
    pub const ALL: [Context; 12] = [
        Context::Global,
        Context::Timeline,
        Context::Actors,
        Context::Detail,
        Context::Line,
        Context::Picker,
        Context::Search,
        Context::RangePrompt,
        Context::Quotes,
        Context::Sources,
        Context::Help,
        Context::Network,
    ];

    /// How the configuration names it: `Picker` in `"Picker.Confirm"`.
    pub fn name(self) -> &'static str {
        match self {
            Context::Global => "Global",
            Context::Timeline => "Timeline",
            Context::Actors => "Actors",
            Context::Detail => "Detail",
            Context::Line => "Line",
            Context::Picker => "Picker",
            Context::Search => "Search",
            Context::RangePrompt => "RangePrompt",
            Context::Quotes => "Quotes",
            Context::Sources => "Sources",
            Context::Help => "Help",
            Context::Network => "Network",
        }
    }

    pub fn from_name(name: &str) -> Option<Context> {
        Context::ALL
            .into_iter()
            .find(|c| c.name().eq_ignore_ascii_case(name))
    }

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
            Context::Sources => "Source chooser (u, o)",
            Context::Help => "Help",
            Context::Network => "Network view (w)",
        }
    }
}

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
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
            KeyCode::BackTab => "S-Tab".to_owned(),
            KeyCode::Backspace => "Bksp".to_owned(),
            KeyCode::Delete => "Delete".to_owned(),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Down => "↓".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::Right => "→".to_owned(),
            KeyCode::PageUp => "PgUp".to_owned(),
            KeyCode::PageDown => "PgDn".to_owned(),
            other => code_name(other),
        };
        let mut label = String::new();
        for (m, prefix) in [
            (KeyModifiers::CONTROL, "C-"),
            (KeyModifiers::ALT, "M-"),
            (KeyModifiers::SHIFT, "S-"),
        ] {
            if self.mods.contains(m) {
                label.push_str(prefix);
            }
        }
        label + &name
    }

    /// How the configuration writes the key: `j`, `Space`, `Down`, `ctrl-n`, `shift-Tab`,
    /// `PageDown`. [`Key::parse`] reads it back, and reads [`Key::label`]s too.
    pub fn config_name(self) -> String {
        let mut name = String::new();
        for (m, prefix) in [
            (KeyModifiers::CONTROL, "ctrl-"),
            (KeyModifiers::ALT, "alt-"),
            (KeyModifiers::SHIFT, "shift-"),
        ] {
            if self.mods.contains(m) || (m == KeyModifiers::SHIFT && self.code == KeyCode::BackTab)
            {
                name.push_str(prefix);
            }
        }
        match self.code {
            KeyCode::Char(' ') => name.push_str("Space"),
            KeyCode::Char(c) => name.push(c),
            KeyCode::BackTab => name.push_str("Tab"),
            other => name.push_str(&code_name(other)),
        }
        name
    }

    /// Reads a key as the configuration writes it: a character (`j`, `G`, `?`), a name
    /// (`Enter`, `Down`, `PageDown`, `F5`; any case), either after any of `ctrl-`, `alt-` and
    /// `shift-` (or `C-`, `M-`, `S-`, as the screen shows them).
    pub fn parse(text: &str) -> Result<Key, KeyError> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = text;
        loop {
            if rest.chars().count() <= 1 {
                break;
            }
            let Some((prefix, after)) = rest.split_once('-') else {
                break;
            };
            let m = match prefix.to_ascii_lowercase().as_str() {
                "ctrl" | "control" | "c" => KeyModifiers::CONTROL,
                "alt" | "meta" | "m" => KeyModifiers::ALT,
                "shift" | "s" => KeyModifiers::SHIFT,
                _ => break,
            };
            if after.is_empty() {
                break;
            }
            mods |= m;
            rest = after;
        }
        let code = match rest.chars().count() {
            0 => return Err(KeyError::Empty),
            1 => match rest.chars().next().unwrap_or(' ') {
                '↑' => KeyCode::Up,
                '↓' => KeyCode::Down,
                '←' => KeyCode::Left,
                '→' => KeyCode::Right,
                c if c.is_control() => return Err(KeyError::Unknown(text.to_owned())),
                c => KeyCode::Char(c),
            },
            _ => NAMED
                .iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(rest))
                .map(|&(_, code)| code)
                .or_else(|| {
                    let n: u8 = rest.strip_prefix(['F', 'f'])?.parse().ok()?;
                    (1..=12).contains(&n).then_some(KeyCode::F(n))
                })
                .ok_or_else(|| KeyError::Unknown(text.to_owned()))?,
        };
        // Shift is folded into what it types, as `from_event` folds it.
        let (code, mods) = match code {
            KeyCode::Char(c) if mods.contains(KeyModifiers::SHIFT) => {
                if !c.is_alphabetic() {
                    return Err(KeyError::ShiftedChar(text.to_owned()));
                }
                let upper = c.to_uppercase().next().unwrap_or(c);
                (KeyCode::Char(upper), mods - KeyModifiers::SHIFT)
            }
            KeyCode::Tab if mods.contains(KeyModifiers::SHIFT) => {
                (KeyCode::BackTab, mods - KeyModifiers::SHIFT)
            }
            KeyCode::BackTab => (KeyCode::BackTab, mods - KeyModifiers::SHIFT),
            code => (code, mods),
        };
        Ok(Key { code, mods })
    }
}

impl Key {
    /// The key a terminal delivers when this one is pressed, when that is another key: a
    /// terminal (without the kitty keyboard protocol, which readout does not ask for) sends
    /// `ctrl-m` as the same byte as Enter, `ctrl-i` as Tab, `ctrl-[` as Esc, and drops Shift
    /// from `ctrl-J` and from `shift-Enter`. `None` when the key arrives as itself.
    ///
    /// | written | arrives as |
    /// |---|---|
    /// | `ctrl-m`, `ctrl-Enter`, `shift-Enter` | `Enter` |
    /// | `ctrl-i`, `ctrl-Tab` | `Tab` |
    /// | `ctrl-[`, `ctrl-3`, `shift-Esc`, `ctrl-Esc` | `Esc` |
    /// | `ctrl-8`, `shift-Backspace` | `Backspace` |
    /// | `ctrl-Backspace` | `ctrl-h` |
    /// | `ctrl-@`, `ctrl-2`, `ctrl-`` ` `` | `ctrl-Space` |
    /// | `ctrl-\`, `ctrl-]`, `ctrl-^`, `ctrl-_`, `ctrl-/` | `ctrl-4`, `ctrl-5`, `ctrl-6`, `ctrl-7`, `ctrl-7` |
    /// | `ctrl-A` … `ctrl-Z` | `ctrl-a` … `ctrl-z` |
    ///
    /// Alt is kept: a terminal sends it as a prefix (`alt-ctrl-m` arrives as `alt-Enter`).
    pub fn arrives_as(self) -> Option<Key> {
        let alt = self.mods & KeyModifiers::ALT;
        let plain = |code: KeyCode| Key { code, mods: alt };
        let with_ctrl = |c: char| Key {
            code: KeyCode::Char(c),
            mods: alt | KeyModifiers::CONTROL,
        };
        let ctrl = self.mods.contains(KeyModifiers::CONTROL);
        let shift = self.mods.contains(KeyModifiers::SHIFT);
        let arrives = match self.code {
            KeyCode::Char(c) if ctrl => match c {
                'm' | 'M' => plain(KeyCode::Enter),
                'i' | 'I' => plain(KeyCode::Tab),
                '[' | '3' => plain(KeyCode::Esc),
                '8' => plain(KeyCode::Backspace),
                '@' | '2' | '`' => with_ctrl(' '),
                '\\' => with_ctrl('4'),
                ']' => with_ctrl('5'),
                '^' => with_ctrl('6'),
                '_' | '/' => with_ctrl('7'),
                c if c.is_ascii_uppercase() => with_ctrl(c.to_ascii_lowercase()),
                _ => return None,
            },
            KeyCode::Enter if ctrl || shift => plain(KeyCode::Enter),
            KeyCode::Tab if ctrl => plain(KeyCode::Tab),
            KeyCode::Esc if ctrl || shift => plain(KeyCode::Esc),
            KeyCode::Backspace if ctrl => with_ctrl('h'),
            KeyCode::Backspace if shift => plain(KeyCode::Backspace),
            _ => return None,
        };
        (arrives != self).then_some(arrives)
    }
}

/// Keys with names, as the configuration writes them (first) and other ways it reads them.
const NAMED: &[(&str, KeyCode)] = &[
    ("Enter", KeyCode::Enter),
    ("Return", KeyCode::Enter),
    ("Esc", KeyCode::Esc),
    ("Escape", KeyCode::Esc),
    ("Tab", KeyCode::Tab),
    ("BackTab", KeyCode::BackTab),
    ("Space", KeyCode::Char(' ')),
    ("Backspace", KeyCode::Backspace),
    ("Bksp", KeyCode::Backspace),
    ("Delete", KeyCode::Delete),
    ("Del", KeyCode::Delete),
    ("Insert", KeyCode::Insert),
    ("Up", KeyCode::Up),
    ("Down", KeyCode::Down),
    ("Left", KeyCode::Left),
    ("Right", KeyCode::Right),
    ("Home", KeyCode::Home),
    ("End", KeyCode::End),
    ("PageUp", KeyCode::PageUp),
    ("PgUp", KeyCode::PageUp),
    ("PageDown", KeyCode::PageDown),
    ("PgDn", KeyCode::PageDown),
];

/// A key's name without modifiers: `Enter`, `PageDown`, `F5`.
fn code_name(code: KeyCode) -> String {
    match code {
        KeyCode::F(n) => format!("F{n}"),
        code => NAMED
            .iter()
            .find(|&&(_, c)| c == code)
            .map_or_else(|| format!("{code:?}"), |(name, _)| (*name).to_owned()),
    }
}

/// Why a key's name cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("an empty key")]
    Empty,
    #[error("unknown key {0:?}")]
    Unknown(String),
    #[error(
        "{0:?}: shift with a character that is not a letter; write the character it types (\"?\", not \"shift-/\")"
    )]
    ShiftedChar(String),
}

impl KeyError {
    /// What to write instead: the name a misspelt key might have meant, or how keys are
    /// written.
    pub fn help(&self) -> Option<String> {
        match (self, self.suggestion()) {
            (_, Some(name)) => Some(format!("did you mean {name:?}?")),
            (KeyError::Unknown(_), None) => Some(
                "a key is a character (\"j\", \"G\", \"?\") or a name (Enter, Esc, Tab, Space, \
                 Backspace, Delete, Up, Down, PageDown, F1...), after any of ctrl-, alt-, shift-"
                    .to_owned(),
            ),
            _ => None,
        }
    }

    /// The name a misspelt key might have meant: `PageDown` for `PageDwn`.
    pub fn suggestion(&self) -> Option<&'static str> {
        let KeyError::Unknown(text) = self else {
            return None;
        };
        let name = text.rsplit('-').next().unwrap_or(text).to_ascii_lowercase();
        if name.chars().count() < 3 {
            return None;
        }
        NAMED
            .iter()
            .map(|(n, _)| *n)
            .filter(|n| strsim::damerau_levenshtein(&n.to_ascii_lowercase(), &name) <= 2)
            .min_by_key(|n| strsim::damerau_levenshtein(&n.to_ascii_lowercase(), &name))
    }
}

/// One line of the table: in `context`, any of `keys` does `action`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
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
    Browse(Pane),
    Picker,
    Search,
    RangePrompt,
    Quotes,
    Sources,
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
    fn edits_a_line(self) -> bool {
        self.contexts().contains(&Line)
    }
}

/// How the configuration names an action: `MoveDown`, `FocusTimeline`. Actions that carry
/// what happened (a typed character, a click, a resize) are not bound to keys and have no name.
pub fn action_name(action: Action) -> Option<&'static str> {
    Some(match action {
        Action::Quit => "Quit",
        Action::FocusNext => "FocusNext",
        Action::FocusPrev => "FocusPrev",
        Action::Focus(Pane::Timeline) => "FocusTimeline",
        Action::Focus(Pane::Actors) => "FocusActors",
        Action::Focus(Pane::Detail) => "FocusDetail",
        Action::MoveUp => "MoveUp",
        Action::MoveDown => "MoveDown",
        Action::PageUp => "PageUp",
        Action::PageDown => "PageDown",
        Action::First => "First",
        Action::Last => "Last",
        Action::OpenDetail => "OpenDetail",
        Action::Back => "Back",
        Action::ToggleActor => "ToggleActor",
        Action::OpenPicker => "OpenPicker",
        Action::ToggleMatchMode => "ToggleMatchMode",
        Action::ClearFilters => "ClearFilters",
        Action::ToggleHelp => "ToggleHelp",
        Action::Reload => "Reload",
        Action::CloseOverlay => "CloseOverlay",
        Action::Confirm => "Confirm",
        Action::Backspace => "Backspace",
        Action::Delete => "Delete",
        Action::CursorLeft => "CursorLeft",
        Action::CursorRight => "CursorRight",
        Action::CursorHome => "CursorHome",
        Action::CursorEnd => "CursorEnd",
        Action::DeleteWord => "DeleteWord",
        Action::DeleteToStart => "DeleteToStart",
        Action::OpenSearch => "OpenSearch",
        Action::NextMatch => "NextMatch",
        Action::PrevMatch => "PrevMatch",
        Action::RangeBack => "RangeBack",
        Action::RangeForward => "RangeForward",
        Action::OpenRangePrompt => "OpenRangePrompt",
        Action::SortActors => "SortActors",
        Action::TogglePairs => "TogglePairs",
        Action::CycleLink => "CycleLink",
        Action::ToggleQuotes => "ToggleQuotes",
        Action::ToggleInactive => "ToggleInactive",
        Action::ToggleRole => "ToggleRole",
        Action::CycleKind => "CycleKind",
        Action::CycleClass => "CycleClass",
        Action::SortTimeline => "SortTimeline",
        Action::ToggleGroup => "ToggleGroup",
        Action::ToggleGrouping => "ToggleGrouping",
        Action::CopyQuote => "CopyQuote",
        Action::CopyInteraction => "CopyInteraction",
        Action::ToggleNetwork => "ToggleNetwork",
        Action::WidenNetwork => "WidenNetwork",
        Action::CopyUrl => "CopyUrl",
        Action::OpenUrl => "OpenUrl",
        Action::ToggleMaximise => "ToggleMaximise",
        Action::Input(_) | Action::Click(..) | Action::Scroll(..) | Action::Resize(..) => {
            return None;
        }
    })
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

/// One binding as it stands: the table's line, with the keys bound now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Entry {
    /// The table's line: context, action and what the help says.
    pub binding: &'static Binding,
    /// The keys bound now: the table's, or the configuration's.
    pub keys: Vec<Key>,
}

impl Entry {
    pub fn context(&self) -> Context {
        self.binding.context
    }

    pub fn action(&self) -> Action {
        self.binding.action
    }
}

/// The key bindings in force: the table, with the keys the configuration changes. It has one
/// entry for each line of the table, whatever the keys, so the help overlay's length does not
/// depend on them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Keymap {
    entries: Vec<Entry>,
}

impl Default for Keymap {
    fn default() -> Keymap {
        Keymap {
            entries: BINDINGS
                .iter()
                .map(|b| Entry {
                    binding: b,
                    keys: b.keys.to_vec(),
                })
                .collect(),
        }
    }
}

impl Keymap {
    /// Every entry, in the table's order.
    pub fn entries(&self) -> &[Entry] {
        &self.entries
    }

    /// The entries of one context, in the table's order.
    pub fn in_context(&self, context: Context) -> impl Iterator<Item = &Entry> {
        self.entries.iter().filter(move |e| e.context() == context)
    }

    /// The entries that apply in a mode, most specific first.
    pub fn for_mode(&self, mode: Mode) -> impl Iterator<Item = &Entry> {
        mode.contexts().iter().flat_map(|&c| self.in_context(c))
    }

    /// Binds `keys` to `action` in `context`, in place of the keys it had there. `false` if
    /// the table does not bind the action in that context.
    pub fn rebind(&mut self, context: Context, action: Action, keys: Vec<Key>) -> bool {
        match self
            .entries
            .iter_mut()
            .find(|e| e.context() == context && e.action() == action)
        {
            Some(e) => {
                e.keys = keys;
                true
            }
            None => false,
        }
    }

    /// The keys bound to `action` in `context`.
    pub fn keys(&self, context: Context, action: Action) -> &[Key] {
        self.in_context(context)
            .find(|e| e.action() == action)
            .map_or(&[], |e| &e.keys)
    }

    /// The first key bound to `action` in `context`, as the screen shows it.
    pub fn label(&self, context: Context, action: Action) -> Option<String> {
        self.keys(context, action).first().map(|k| k.label())
    }

    /// A box's legend of keys from this keymap: ` Enter adds · Esc closes `, leaving out what
    /// has no key; empty when nothing has.
    pub fn legend(&self, items: &[(Context, Action, &str)]) -> String {
        let parts: Vec<String> = items
            .iter()
            .filter_map(|&(c, a, what)| self.label(c, a).map(|k| format!("{k} {what}")))
            .collect();
        if parts.is_empty() {
            String::new()
        } else {
            format!(" {} ", parts.join(" · "))
        }
    }

    /// The action a key press asks for in this mode, if any.
    pub fn dispatch(&self, mode: Mode, event: KeyEvent) -> Option<Action> {
        let pressed = Key::from_event(event);
        if let Some(e) = self.for_mode(mode).find(|e| e.keys.contains(&pressed)) {
            return Some(e.action());
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

    /// The footer's hints for a mode: (keys, word), the focused pane's first.
    pub fn hints(&self, mode: Mode) -> Vec<(String, &'static str)> {
        self.for_mode(mode)
            .filter(|e| !e.keys.is_empty())
            .filter_map(|e| e.binding.hint.map(|h| (self.short_keys(e), h)))
            .collect()
    }

    /// The footer's hints for a mode with the action of each: (keys, word, action), the
    /// focused pane's first.
    pub fn hint_actions(&self, mode: Mode) -> Vec<(String, &'static str, Action)> {
        self.for_mode(mode)
            .filter(|e| !e.keys.is_empty())
            .filter_map(|e| e.binding.hint.map(|h| (self.short_keys(e), h, e.action())))
            .collect()
    }

    /// How many of [`Keymap::hints`]' first entries belong to the mode's own context (the
    /// focused pane, or the open overlay) rather than to every pane.
    pub fn own_hints(&self, mode: Mode) -> usize {
        self.in_context(mode.contexts()[0])
            .filter(|e| e.binding.hint.is_some() && !e.keys.is_empty())
            .count()
    }

    /// Keys bound to two actions in one context: (context, key, the two entries' indices).
    pub fn conflicts(&self) -> Vec<(Context, Key, usize, usize)> {
        let mut found = Vec::new();
        for (i, a) in self.entries.iter().enumerate() {
            for (j, b) in self.entries.iter().enumerate().skip(i + 1) {
                if a.context() != b.context() {
                    continue;
                }
                for &k in a.keys.iter().filter(|k| b.keys.contains(k)) {
                    found.push((a.context(), k, i, j));
                }
            }
        }
        found
    }

    /// The footer shows a binding's keys compactly: `j/k` for the pair of move bindings, or
    /// `↑/↓` where both are arrows.
    fn short_keys(&self, e: &Entry) -> String {
        let first = e.keys[0];
        let up = self.keys(e.context(), Action::MoveUp).first().copied();
        match (e.action(), up) {
            (Action::MoveDown, Some(up))
                if first.code == KeyCode::Down && up.code == KeyCode::Up =>
            {
                format!("{}/{}", up.label(), first.label())
            }
            (Action::MoveDown, Some(up)) => format!("{}/{}", first.label(), up.label()),
            _ => first.label(),
        }
    }
}

/// The keys of an entry as the screen shows them: `j/↓`; `—` when none are bound.
pub fn keys_label(e: &Entry) -> String {
    if e.keys.is_empty() {
        return "—".to_owned();
    }
    e.keys
        .iter()
        .map(|k| k.label())
        .collect::<Vec<_>>()
        .join("/")
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
            Keymap::default().dispatch(Mode::Browse(Pane::Actors), enter),
            Some(Action::ToggleActor)
        );
        assert_eq!(
            Keymap::default().dispatch(Mode::Browse(Pane::Timeline), enter),
            Some(Action::OpenDetail)
        );
    }

    #[test]
    fn shift_is_folded_into_characters() {
        let g = press(KeyCode::Char('G'), KeyModifiers::SHIFT);
        assert_eq!(
            Keymap::default().dispatch(Mode::Browse(Pane::Timeline), g),
            Some(Action::Last)
        );
        let backtab = press(KeyCode::BackTab, KeyModifiers::SHIFT);
        assert_eq!(
            Keymap::default().dispatch(Mode::Browse(Pane::Timeline), backtab),
            Some(Action::FocusPrev)
        );
    }

    #[test]
    fn picker_types_what_it_does_not_bind() {
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(
            Keymap::default().dispatch(Mode::Picker, q),
            Some(Action::Input('q'))
        );
        let j = press(KeyCode::Char('j'), KeyModifiers::NONE);
        assert_eq!(
            Keymap::default().dispatch(Mode::Search, j),
            Some(Action::Input('j'))
        );
        let esc = press(KeyCode::Esc, KeyModifiers::NONE);
        assert_eq!(
            Keymap::default().dispatch(Mode::Picker, esc),
            Some(Action::CloseOverlay)
        );
    }

    #[test]
    fn every_key_reads_back_from_its_config_name_and_its_label() {
        for b in BINDINGS {
            for &k in b.keys {
                assert_eq!(Key::parse(&k.config_name()), Ok(k), "{}", k.config_name());
                assert_eq!(Key::parse(&k.label()), Ok(k), "{}", k.label());
            }
        }
        for text in [
            "F5",
            "alt-x",
            "ctrl-alt-Delete",
            "shift-Up",
            "Insert",
            "C-M-S-Home",
        ] {
            let k = Key::parse(text).unwrap();
            assert_eq!(Key::parse(&k.config_name()), Ok(k), "{text}");
            assert_eq!(Key::parse(&k.label()), Ok(k), "{text}");
        }
    }

    #[test]
    fn keys_are_read_as_the_screen_and_the_config_write_them() {
        let p = |t: &str| Key::parse(t).unwrap();
        assert_eq!(p("j"), key('j'));
        assert_eq!(p("G"), key('G'));
        assert_eq!(p("shift-g"), key('G'));
        assert_eq!(p("-"), key('-'));
        assert_eq!(p("ctrl--"), ctrl('-'));
        assert_eq!(p("c"), key('c'));
        assert_eq!(p("ctrl-n"), ctrl('n'));
        assert_eq!(p("C-n"), ctrl('n'));
        assert_eq!(p("Ctrl-N"), ctrl('N'));
        assert_eq!(p("pagedown"), code(KeyCode::PageDown));
        assert_eq!(p("shift-Tab"), code(KeyCode::BackTab));
        assert_eq!(p("Space"), key(' '));
        assert_eq!(p(" "), key(' '));
        assert_eq!(p("↓"), code(KeyCode::Down));
        assert_eq!(Key::parse(""), Err(KeyError::Empty));
        assert!(matches!(Key::parse("PageDwn"), Err(KeyError::Unknown(_))));
        assert_eq!(
            Key::parse("PageDwn").unwrap_err().suggestion(),
            Some("PageDown")
        );
        assert!(matches!(
            Key::parse("shift-1"),
            Err(KeyError::ShiftedChar(_))
        ));
        assert!(matches!(Key::parse("F13"), Err(KeyError::Unknown(_))));
        assert!(matches!(Key::parse("hyper-x"), Err(KeyError::Unknown(_))));
    }

    #[test]
    fn every_bindable_action_has_a_name_that_reads_back() {
        for a in bindable_actions() {
            let name = action_name(a).expect("a bindable action has a name");
            assert_eq!(action_from_name(name), Some(a));
            assert_eq!(action_from_name(&name.to_lowercase()), Some(a));
        }
        assert_eq!(action_from_name("Input"), None);
        assert_eq!(home_context(Action::MoveDown), Some(Context::Global));
        assert_eq!(home_context(Action::OpenDetail), Some(Context::Timeline));
        assert_eq!(home_context(Action::CursorLeft), Some(Context::Line));
        assert_eq!(home_context(Action::Confirm), None);
    }

    #[test]
    fn a_rebound_key_dispatches_and_the_old_one_does_not() {
        let mut keymap = Keymap::default();
        assert!(keymap.rebind(Context::Global, Action::Quit, vec![key('x')]));
        assert!(!keymap.rebind(Context::Timeline, Action::Quit, vec![key('x')]));
        let mode = Mode::Browse(Pane::Timeline);
        let x = press(KeyCode::Char('x'), KeyModifiers::NONE);
        let q = press(KeyCode::Char('q'), KeyModifiers::NONE);
        assert_eq!(keymap.dispatch(mode, x), Some(Action::Quit));
        assert_eq!(keymap.dispatch(mode, q), None);
        assert!(keymap.hints(mode).contains(&("x".to_owned(), "quit")));
        assert!(keymap.conflicts().is_empty());
        keymap.rebind(Context::Global, Action::MoveDown, vec![key('x')]);
        assert_eq!(keymap.conflicts().len(), 1);
    }

    #[test]
    fn ctrl_c_quits_everywhere() {
        let cc = press(KeyCode::Char('c'), KeyModifiers::CONTROL);
        assert_eq!(
            Keymap::default().dispatch(Mode::Browse(Pane::Detail), cc),
            Some(Action::Quit)
        );
        assert_eq!(
            Keymap::default().dispatch(Mode::Help, cc),
            Some(Action::Quit)
        );
        assert_eq!(
            Keymap::default().dispatch(Mode::Picker, cc),
            Some(Action::Quit)
        );
    }
}
