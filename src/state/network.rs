//! The network view's state: the graph of the filtered interactions, laid out for the screen.

use crate::network::Network;
use crate::network::layout::Drawing;
use crate::query::Filter;

use super::Cursor;

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
    /// The filter in force.
    pub filter: Filter,
    /// How many interactions the filter selected.
    pub visible: usize,
    /// Whether a search was running behind the browser.
    pub searching: bool,
    /// The terminal's width in columns.
    pub width: u16,
    /// The terminal's height in rows.
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
