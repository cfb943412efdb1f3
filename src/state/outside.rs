//! What the state exchanges with the loop: a search to run behind the browser, how far a load
//! has come and whether the data shown is a preview of it, which way copied text went.

use crate::data::Data;
use crate::query::{self, Filter};

/// A search to run behind the browser: the filter it is for, and the interactions it may
/// narrow (the last result, when the query only grew), or `None` to search them all.
#[derive(Debug, Clone, PartialEq)]
pub struct SearchRequest {
    /// The filter to answer, search included.
    pub filter: Filter,
    /// The interactions (indices, in date order) to search within, or `None` for all.
    pub within: Option<Vec<usize>>,
}

impl SearchRequest {
    /// Runs the search: what `update` would have done on the key.
    pub fn run(&self, data: &Data) -> Vec<usize> {
        match &self.within {
            Some(list) => data.search(&self.filter.search, Some(list)),
            None => query::matching(data, &self.filter),
        }
    }
}

/// How far the first load has come, as the loop last saw it: bytes read of the file, then
/// bytes of its text parsed.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Loading {
    /// Bytes of the file read.
    pub read: usize,
    /// Bytes of its text parsed.
    pub parsed: usize,
    /// The file's size (0 until known).
    pub total: usize,
}

impl Loading {
    /// The part done, from 0 to 1: reading is the first tenth, parsing the rest. Indexing
    /// after the parse is quick and shows as the bar standing full.
    pub fn fraction(self) -> f64 {
        if self.total == 0 {
            return 0.0;
        }
        let total = self.total as f64;
        let read = (self.read as f64 / total).min(1.0);
        let parsed = (self.parsed as f64 / total).min(1.0);
        0.1 * read + 0.9 * parsed
    }
}

/// A preview on screen while the whole file still loads: the head and the interactions of the
/// file's first part ([`crate::data::preview`]). Counts are then marked as growing.
#[derive(Debug, Clone, Copy, Default, PartialEq)]
pub struct Partial {
    /// The part of the file's bytes the preview's interactions come from, from 0 to 1.
    pub covered: f64,
}

/// Which way copied text went: to the local clipboard, to the terminal's by OSC 52, or both.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Copied {
    /// Put on this machine's clipboard (a display is present).
    pub local: bool,
    /// Sent to the terminal as OSC 52, which reaches the clipboard of the machine the
    /// terminal runs on (over SSH), where the terminal (and tmux) accept it.
    pub terminal: bool,
}

impl Copied {
    /// How the status line says it: `to the clipboard`, …
    pub fn text(self) -> &'static str {
        match (self.local, self.terminal) {
            (true, true) => "to the clipboard, and to the terminal's by OSC 52",
            (true, false) => "to the clipboard",
            (false, true) => {
                "by OSC 52 only: no local clipboard, so it is the terminal's to accept (tmux needs set-clipboard on)"
            }
            (false, false) => "nowhere: no clipboard could take it",
        }
    }
}
