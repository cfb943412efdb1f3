//! Every quote of the filtered interactions, for the Quotes view: who said what, when, and
//! through which channel.

use super::{Filter, RoleMatch, matching};
use crate::data::Data;
use crate::data::fold::fold;

/// A quote: the interaction's index and the quote's position in it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct QuoteAt {
    /// An index into the dataset's interactions.
    pub interaction: usize,
    /// An index into that interaction's quotes.
    pub quote: usize,
}

/// The quotes the filter selects, in date order: of every interaction that passes it, with
/// the actors and groups of the filter as speakers (any of them, whatever the match mode),
/// and, with a search, the quotes whose text or speaker's name matches it. An actor filter
/// keeps interactions where the actor is only quoted too: here being quoted is the role.
pub fn quotes(data: &Data, filter: &Filter, visible: &[usize]) -> Vec<QuoteAt> {
    let speakers: Vec<usize> = filter
        .actors
        .iter()
        .copied()
        .chain(filter.groups.iter().flat_map(|g| g.members.iter().copied()))
        .collect();
    let widened;
    let interactions = if speakers.is_empty() || filter.role == RoleMatch::Any {
        visible
    } else {
        widened = matching(
            data,
            &Filter {
                role: RoleMatch::Any,
                ..filter.clone()
            },
        );
        &widened
    };
    let mut out = Vec::new();
    for &i in interactions {
        let it = data.interaction(i);
        for (n, q) in it.quotes.iter().enumerate() {
            if !speakers.is_empty()
                && !data
                    .actor_index(&q.speaker)
                    .is_some_and(|a| speakers.contains(&a))
            {
                continue;
            }
            if !filter.search.is_empty() {
                let text = format!("{}\n{}", q.text, data.name_of(&q.speaker));
                if !filter.search.matches_folded(&fold(&text)) {
                    continue;
                }
            }
            out.push(QuoteAt {
                interaction: i,
                quote: n,
            });
        }
    }
    out
}
