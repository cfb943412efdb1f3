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
    /// Actors: add the selected actor to the filter, or remove it.
    ToggleActor,
    /// Open the actor picker.
    OpenPicker,
    /// Switch a filter of several actors between "all of them" and "any of them".
    ToggleMatchMode,
    /// Drop every filter.
    ClearFilters,
    ToggleHelp,
    /// Close the open overlay (help or picker).
    CloseOverlay,
    /// Picker: type a character.
    PickerInput(char),
    /// Picker: delete the character before the cursor.
    PickerBackspace,
    /// Picker: clear the query.
    PickerClear,
    /// Picker: add the highlighted actor to the filter.
    PickerConfirm,
    /// The terminal's new size.
    Resize(u16, u16),
}
