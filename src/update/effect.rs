//! What `update` asks the loop to carry out: the outside world's part of an action.

use crate::state::SearchRequest;

/// One thing for the loop to do after an update: `update` itself does no I/O.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Put this text on the clipboard, then say which way it went with
    /// [`super::Msg::Copied`].
    Copy(String),
    /// Open this URL in the browser, then say whether it went with [`super::Msg::Opened`].
    OpenUrl(String),
    /// Load the data file again, behind the browser, and hand the result back with
    /// [`super::Msg::Reloaded`].
    Reload,
    /// Run this search behind the browser and hand the result back with
    /// [`super::Msg::Searched`]. Only the newest matters: the loop sends it while the state
    /// still waits for it ([`crate::state::Status::searching`]).
    Search(SearchRequest),
    /// Stop the browser.
    Quit,
}

/// The effects of one update, in the order they were asked for. Empty for most keys (and then
/// it allocates nothing).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Effects(Vec<Effect>);

impl Effects {
    /// Adds an effect. A search replaces the one asked for before it: its answer would be
    /// dropped anyway.
    pub fn push(&mut self, effect: Effect) {
        if matches!(effect, Effect::Search(_)) {
            self.cancel_search();
        }
        self.0.push(effect);
    }

    /// Drops the search asked for, if any: the filter was answered in `update` since.
    pub fn cancel_search(&mut self) {
        self.0.retain(|e| !matches!(e, Effect::Search(_)));
    }

    /// Adds the effects of a later update after these.
    pub fn append(&mut self, later: Effects) {
        for effect in later {
            self.push(effect);
        }
    }

    /// Whether there is nothing to do.
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// The effects, in order.
    pub fn iter(&self) -> std::slice::Iter<'_, Effect> {
        self.0.iter()
    }

    /// Whether the browser is to stop.
    pub fn quits(&self) -> bool {
        self.0.contains(&Effect::Quit)
    }

    /// Whether the data file is to be loaded again.
    pub fn reloads(&self) -> bool {
        self.0.contains(&Effect::Reload)
    }

    /// The last text to put on the clipboard, if any.
    pub fn copied(&self) -> Option<&str> {
        self.0.iter().rev().find_map(|e| match e {
            Effect::Copy(text) => Some(text.as_str()),
            _ => None,
        })
    }

    /// The last URL to open, if any.
    pub fn url_to_open(&self) -> Option<&str> {
        self.0.iter().rev().find_map(|e| match e {
            Effect::OpenUrl(url) => Some(url.as_str()),
            _ => None,
        })
    }

    /// The search to run behind the browser, if any.
    pub fn search(&self) -> Option<&SearchRequest> {
        self.0.iter().find_map(|e| match e {
            Effect::Search(request) => Some(request),
            _ => None,
        })
    }

    /// [`Effects::search`], taken.
    pub fn into_search(self) -> Option<SearchRequest> {
        self.0.into_iter().find_map(|e| match e {
            Effect::Search(request) => Some(request),
            _ => None,
        })
    }
}

impl IntoIterator for Effects {
    type Item = Effect;
    type IntoIter = std::vec::IntoIter<Effect>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.into_iter()
    }
}

impl<'a> IntoIterator for &'a Effects {
    type Item = &'a Effect;
    type IntoIter = std::slice::Iter<'a, Effect>;

    fn into_iter(self) -> Self::IntoIter {
        self.0.iter()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::query::Filter;

    fn search(text: &str) -> Effect {
        Effect::Search(SearchRequest {
            filter: Filter {
                search: crate::data::fold::Query::new(text),
                ..Filter::default()
            },
            within: None,
        })
    }

    #[test]
    fn the_newest_search_replaces_the_older_and_the_rest_keep_their_order() {
        let mut fx = Effects::default();
        fx.push(Effect::Copy("a".to_owned()));
        fx.push(search("x"));
        fx.push(Effect::Copy("b".to_owned()));
        fx.append(Effects(vec![search("xy")]));
        assert_eq!(fx.copied(), Some("b"));
        assert_eq!(
            fx.iter().filter(|e| matches!(e, Effect::Search(_))).count(),
            1
        );
        assert_eq!(fx.search().map(|r| r.filter.search.text()), Some("xy"));
        fx.cancel_search();
        assert!(fx.search().is_none() && !fx.quits() && !fx.reloads());
    }
}
