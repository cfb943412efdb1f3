//! Detail's laid-out rows, kept while what they depend on stays the same: `update` lays the
//! text out once per change (and scrolls by it), the frame draws the same rows, and a key
//! that changes nothing Detail shows (scrolling within the rows built) lays out nothing.

use std::sync::Arc;

use super::layout::Rows;
use crate::query::{Filter, Link};

/// Which subject the rows show: an interaction, an actor or a pair (by index), or nothing.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Subject {
    /// An interaction's index in the data.
    Interaction(usize),
    /// An actor's index in the data.
    Actor(usize),
    /// A pair's index in the browser's list of pairs.
    Pair(usize),
    /// Nothing selected.
    Nothing,
}

/// Everything Detail's rows depend on: the subject, the width, the data, the filter (the
/// search is highlighted; an actor's counts and counterparts and a pair's interactions are
/// of the filtered set), the link, and the key named in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stamp {
    /// What the rows show.
    pub subject: Subject,
    /// The width laid out in, in columns.
    pub width: u16,
    /// The address of the data (a reload puts new data at a new address).
    pub data: usize,
    /// The browser's filter, its search included.
    pub filter: Filter,
    /// How many interactions pass the filter.
    pub visible: usize,
    /// Whether a search is still running behind the browser (its result is not in yet).
    pub searching: bool,
    /// Which link makes relationships and pairs.
    pub link: Link,
    /// The key the text names for the filter, if one is bound.
    pub key: Option<String>,
}

/// Rows laid out for a [`Stamp`], built up to a limit (see [`super::layout::lay_out`]).
#[derive(Debug, Clone, Default)]
pub struct Cache {
    stamp: Option<Stamp>,
    limit: usize,
    rows: Arc<Rows>,
}

impl Cache {
    /// The rows kept, if they were laid out for `stamp` and hold at least the first `limit`
    /// rows (or all of them).
    pub fn get(&self, stamp: &Stamp, limit: usize) -> Option<&Rows> {
        let fresh =
            self.stamp.as_ref() == Some(stamp) && (self.limit >= limit || self.rows.counted == 0);
        fresh.then_some(&*self.rows)
    }

    /// Keeps `rows`, laid out for `stamp` up to `limit`.
    pub fn put(&mut self, stamp: Stamp, limit: usize, rows: Rows) {
        self.stamp = Some(stamp);
        self.limit = limit;
        self.rows = Arc::new(rows);
    }
}
