//! The overlays that open over the browser, and the actor picker's query and matches.

use crate::data::Data;
use crate::line::LineInput;
use crate::query;

use super::Cursor;

/// The actor picker: a query, and the actors, countries and organisations that match it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Picker {
    /// The query typed.
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
    /// Over the rows ([`Picker::item`]).
    pub cursor: Cursor,
}

/// One row of the picker.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum PickItem<'a> {
    /// An index into the data's actors.
    Actor(usize),
    /// A country or an organisation, with its members.
    Group(&'a query::Group),
    /// An index into the data's places.
    Place(usize),
}

impl Picker {
    /// How many rows the picker lists.
    pub fn len(&self) -> usize {
        self.matches.len() + self.group_matches.len() + self.places.len()
    }

    /// Whether nothing matches.
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

/// What opens over the browser and takes its keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Overlay {
    /// The keys, as the keymap binds them.
    Help {
        /// Lines scrolled past.
        scroll: usize,
    },
    /// The actor picker.
    Picker(Picker),
    /// The search line; the timeline follows it live.
    Search {
        /// What was typed.
        input: LineInput,
    },
    /// The time range prompt, with the last error in what was typed.
    RangePrompt {
        /// What was typed.
        input: LineInput,
        /// Why it is not a range, once Enter was pressed on it.
        error: Option<String>,
    },
    /// Choosing which quote of the selected interaction to copy.
    Quotes {
        /// Over the interaction's quotes.
        cursor: Cursor,
    },
    /// Choosing which source's URL of the selected interaction to copy, or (`open`) to open
    /// in the browser.
    Sources {
        /// Over the sources that give a URL.
        cursor: Cursor,
        /// Whether Enter opens the URL rather than copies it.
        open: bool,
    },
}
