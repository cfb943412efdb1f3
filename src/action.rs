//! Everything the browser can be asked to do, as values: the verbs of [`Action`] and the
//! [`Pane`]s they name. This module sits below the key table and below `update`, which both
//! read it; it imports neither.

use strum::{EnumIter, EnumString, IntoStaticStr, VariantNames};

/// A pane of the browser, in the order Tab visits them. Its name is its title on screen
/// (`Timeline`); the configuration writes it in lower case (`start_pane: "actors"`) and reads
/// it in any case.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    EnumIter,
    EnumString,
    IntoStaticStr,
    VariantNames,
    strum::Display,
)]
#[strum(ascii_case_insensitive)]
pub enum Pane {
    /// The list of interactions, in date order.
    Timeline,
    /// The list of actors, or of pairs of actors.
    Actors,
    /// The selected interaction, actor or pair in full.
    Detail,
}

impl Pane {
    /// Every pane, in the order Tab visits them and the header numbers them (1, 2, 3).
    pub const ALL: [Pane; 3] = [Pane::Timeline, Pane::Actors, Pane::Detail];

    /// The pane's title on screen: `Timeline`.
    pub fn title(self) -> &'static str {
        self.into()
    }

    /// The pane Tab moves to: the next in [`Pane::ALL`], the first after the last.
    pub fn next(self) -> Pane {
        match self {
            Pane::Timeline => Pane::Actors,
            Pane::Actors => Pane::Detail,
            Pane::Detail => Pane::Timeline,
        }
    }

    /// The pane Shift-Tab moves to: the previous in [`Pane::ALL`], the last before the first.
    pub fn prev(self) -> Pane {
        self.next().next()
    }
}

/// A verb the browser carries out. Keys map to most of them through the key table, which
/// names each bindable one as it is written here (`MoveDown`; `FocusTimeline` for
/// `Focus(Pane::Timeline)`: the [`Display`](std::fmt::Display) form). Those that carry what
/// happened (a typed character, a click, a resize) come from events, not keys.
#[derive(Debug, Clone, Copy, PartialEq, Eq, strum::Display)]
pub enum Action {
    /// Leave the browser.
    Quit,
    /// Focus the next pane (Tab).
    FocusNext,
    /// Focus the previous pane (Shift-Tab).
    FocusPrev,
    /// Focus one pane; named `Focus` and the pane: `FocusTimeline`.
    #[strum(to_string = "Focus{0}")]
    Focus(Pane),
    /// Move the selection (or the scroll) up one row.
    MoveUp,
    /// Move the selection (or the scroll) down one row.
    MoveDown,
    /// Move up by a page: the rows the pane shows.
    PageUp,
    /// Move down by a page: the rows the pane shows.
    PageDown,
    /// Go to the first row.
    First,
    /// Go to the last row.
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
    /// Open the help overlay, or close it.
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
    /// A line being edited: move the cursor one character left.
    CursorLeft,
    /// A line being edited: move the cursor one character right.
    CursorRight,
    /// A line being edited: move the cursor to the start.
    CursorHome,
    /// A line being edited: move the cursor to the end.
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
    /// A mouse click at a column and row (cells from the screen's top left).
    Click(u16, u16),
    /// The mouse wheel at a column and row: lines down (positive) or up.
    Scroll(u16, u16, i8),
    /// The terminal's new size: columns and rows.
    Resize(u16, u16),
}

impl Action {
    /// Whether a key can be bound to it: not one that carries what happened (a typed
    /// character, a click, the wheel, a resize).
    pub fn is_bindable(self) -> bool {
        !matches!(
            self,
            Action::Input(_) | Action::Click(..) | Action::Scroll(..) | Action::Resize(..)
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use strum::IntoEnumIterator;

    #[test]
    fn panes_cycle_in_their_order() {
        for (i, pane) in Pane::ALL.into_iter().enumerate() {
            assert_eq!(pane.next(), Pane::ALL[(i + 1) % 3]);
            assert_eq!(pane.prev(), Pane::ALL[(i + 2) % 3]);
        }
        assert!(Pane::iter().eq(Pane::ALL));
    }

    #[test]
    fn names_are_the_titles_and_read_back_in_any_case() {
        assert_eq!(Pane::Timeline.title(), "Timeline");
        assert_eq!(Pane::VARIANTS, ["Timeline", "Actors", "Detail"]);
        assert_eq!("actors".parse(), Ok(Pane::Actors));
        assert_eq!(Action::Focus(Pane::Detail).to_string(), "FocusDetail");
        assert_eq!(Action::MoveDown.to_string(), "MoveDown");
        assert!(!Action::Input('x').is_bindable());
        assert!(Action::Quit.is_bindable());
    }
}
