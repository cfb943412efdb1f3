//! Everything the browser can be asked to do. Keys map to these in [`crate::keymap`]; they
//! change state only through [`crate::update::update`].

/// A pane of the browser.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Pane {
    Timeline,
    Actors,
    Detail,
}

impl Pane {
    pub const ALL: [Pane; 3] = [Pane::Timeline, Pane::Actors, Pane::Detail];

    pub fn title(self) -> &'static str {
        match self {
            Pane::Timeline => "Timeline",
            Pane::Actors => "Actors",
            Pane::Detail => "Detail",
        }
    }

    pub fn next(self) -> Pane {
        match self {
            Pane::Timeline => Pane::Actors,
            Pane::Actors => Pane::Detail,
            Pane::Detail => Pane::Timeline,
        }
    }

    pub fn prev(self) -> Pane {
        self.next().next()
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Quit,
    FocusNext,
    FocusPrev,
    Focus(Pane),
    MoveUp,
    MoveDown,
    PageUp,
    PageDown,
    First,
    Last,
    /// Timeline: read the selected interaction in Detail.
    OpenDetail,
    /// Detail: back to the list whose selection it shows.
    Back,
    /// Actors: add the selected actor to the filter, or remove it; in the relationships view,
    /// filter to the selected pair.
    ToggleActor,
    /// Open the actor picker.
    OpenPicker,
    /// Switch a filter of several actors between "all of them" and "any of them".
    ToggleMatchMode,
    /// Drop every filter: actors, search and time range.
    ClearFilters,
    ToggleHelp,
    /// Close the open overlay or prompt (the search line drops its search).
    CloseOverlay,
    /// Accept what the open overlay or prompt holds.
    Confirm,
    /// A line being edited: type a character.
    Input(char),
    /// A line being edited: delete the character before the cursor.
    Backspace,
    /// A line being edited: delete the character under the cursor.
    Delete,
    CursorLeft,
    CursorRight,
    CursorHome,
    CursorEnd,
    /// A line being edited: delete the word before the cursor.
    DeleteWord,
    /// A line being edited: delete everything before the cursor.
    DeleteToStart,
    /// Open the search line.
    OpenSearch,
    /// Select the next interaction that matches the search.
    NextMatch,
    /// Select the previous interaction that matches the search.
    PrevMatch,
    /// Narrow the time range to the month or year before.
    RangeBack,
    /// Narrow the time range to the month or year after.
    RangeForward,
    /// Open the time range prompt.
    OpenRangePrompt,
    /// Sort the focused list: actors by interactions, name, last contact or times as
    /// mediator; pairs by interactions, last contact or name.
    SortActors,
    /// Show the relationships (pairs of actors) in place of the actors, or back.
    TogglePairs,
    /// Show every quote of the filtered interactions in the Timeline pane, or back.
    ToggleQuotes,
    /// Relationships: switch what ties a pair: taking part together, mediation, speech.
    CycleLink,
    /// Actors: hide the actors with nothing in the filtered set, or dim them.
    ToggleInactive,
    /// Actor filters: match where the actors took part, or where they have any role.
    ToggleRole,
    /// Filter by the next kind of interaction (calls, meetings, …), then by none.
    CycleKind,
    /// Filter by the next CAMEO quad class (then, for coded events, root code), then none.
    CycleClass,
    /// Timeline: sort by date, or, for coded events, by mentions, Goldstein score or tone.
    SortTimeline,
    /// Actors: list the actors of the country under the cursor, or fold them into its row.
    ToggleGroup,
    /// Actors: fold every country that several actors share into one row, or list each actor.
    ToggleGrouping,
    /// Copy the selected quote, with its citation, to the clipboard.
    CopyQuote,
    /// Copy the selected interaction as Markdown to the clipboard.
    CopyInteraction,
    /// Copy a source's URL to the clipboard (a chooser when there are several).
    CopyUrl,
    /// Open a source's URL in the browser (a chooser when there are several).
    OpenUrl,
    /// Load the data file again.
    Reload,
    /// Open the network view on the selected actor (its counterparts around it), or close it.
    ToggleNetwork,
    /// The network view: widen it to the whole filtered network, or narrow it back to one
    /// actor's circle.
    WidenNetwork,
    /// The focused pane alone in the whole body, or back to the layout of three.
    ToggleMaximise,
    /// A mouse click at a column and row.
    Click(u16, u16),
    /// The mouse wheel at a column and row: lines down (positive) or up.
    Scroll(u16, u16, i8),
    /// The terminal's new size.
    Resize(u16, u16),
}
