//! Search: every interaction's text, folded once into chunks, and scanned for the words of a
//! query on every core.

use memchr::memmem;
use rayon::prelude::*;

use super::{Data, both};
use crate::data::fold::{Query, fold};

/// How many interactions' texts share one string of the corpus.
const CHUNK: usize = 1024;

/// The folded searchable texts of all interactions, end to end in strings of [`CHUNK`]
/// texts each: a word is found by one vectorised scan over a string, not a call per text.
/// Texts are separated by a newline, which no searched word contains (words are split at
/// white space), so a match never spans two texts.
#[derive(Debug, Clone, Default)]
pub(super) struct Corpus {
    chunks: Vec<Chunk>,
}

#[derive(Debug, Clone, Default)]
struct Chunk {
    text: String,
    /// Where each text ends in `text` (its newline).
    ends: Vec<usize>,
}

impl Chunk {
    /// The text of the `k`-th interaction of the chunk.
    fn text_of(&self, k: usize) -> &str {
        let start = if k == 0 { 0 } else { self.ends[k - 1] + 1 };
        &self.text[start..self.ends[k]]
    }
}

impl Data {
    /// The folded text a search looks in: title, summary, place, topics, quotes, source
    /// outlets, and the names, native names and aliases of everyone taking part.
    fn haystack(&self, index: usize) -> String {
        let it = self.interaction(index);
        let mut parts: Vec<&str> = vec![&it.title, &it.summary];
        parts.extend(it.place.as_deref());
        for p in self.places_of(index) {
            let place = &self.dataset.places[p];
            parts.push(&place.name);
            parts.extend(place.native.as_deref());
            parts.extend(place.aliases.iter().map(String::as_str));
        }
        parts.extend(it.topics.iter().map(String::as_str));
        parts.extend(it.quotes.iter().map(|q| q.text.as_str()));
        parts.extend(it.sources.iter().map(|s| s.outlet.as_str()));
        for &a in self.involved(index) {
            let actor = self.actor(a);
            parts.push(&actor.name);
            parts.extend(actor.native.as_deref());
            parts.extend(actor.aliases.iter().map(String::as_str));
        }
        fold(&parts.join("\n"))
    }

    /// Builds what search looks in, if it is not built yet: every interaction's text,
    /// folded, on every core. Search calls it; the browser calls it on a thread of its own
    /// as soon as the data is loaded, so that the first search finds it ready.
    pub fn prepare_search(&self) {
        self.corpus();
    }

    fn corpus(&self) -> &Corpus {
        self.corpus.get_or_init(|| {
            let n = self.interactions().len();
            let count = n.div_ceil(CHUNK);
            let build = |c: usize| {
                let mut chunk = Chunk::default();
                for i in c * CHUNK..((c + 1) * CHUNK).min(n) {
                    chunk.text.push_str(&self.haystack(i));
                    chunk.ends.push(chunk.text.len());
                    chunk.text.push('\n');
                }
                chunk.text.shrink_to_fit();
                chunk
            };
            let chunks = (0..count).into_par_iter().map(build).collect();
            Corpus { chunks }
        })
    }

    /// The interactions among `within` (ascending indices; all if `None`) that match the query,
    /// in date order. An empty query matches everything.
    ///
    /// When `within` holds most interactions, each chunk of the corpus is scanned once for
    /// the query's first word, jumping to the next text after each match; otherwise only the
    /// texts in `within` are looked at. Either way, the other words are then looked for in
    /// the texts that have the first.
    pub fn search(&self, query: &Query, within: Option<&[usize]>) -> Vec<usize> {
        let corpus = self.corpus();
        let finders: Vec<memmem::Finder> = query.words().iter().map(memmem::Finder::new).collect();
        let Some((first, rest)) = finders.split_first() else {
            return within.map_or_else(
                || (0..self.interactions().len()).collect(),
                <[usize]>::to_vec,
            );
        };
        let rest_match = |text: &str| rest.iter().all(|f| f.find(text.as_bytes()).is_some());
        let text_of = |i: usize| corpus.chunks[i / CHUNK].text_of(i % CHUNK);
        match within {
            Some(list) if list.len() * 4 < self.interactions().len() => list
                .iter()
                .copied()
                .filter(|&i| {
                    let text = text_of(i);
                    first.find(text.as_bytes()).is_some() && rest_match(text)
                })
                .collect(),
            _ => {
                let scan = |(c, chunk): (usize, &Chunk)| {
                    let mut found = Vec::new();
                    let bytes = chunk.text.as_bytes();
                    let mut from = 0;
                    while let Some(at) = first.find(&bytes[from..]) {
                        let k = chunk.ends.partition_point(|&end| end < from + at);
                        if rest_match(chunk.text_of(k)) {
                            found.push(c * CHUNK + k);
                        }
                        from = chunk.ends[k] + 1;
                        if from >= bytes.len() {
                            break;
                        }
                    }
                    found
                };
                // The chunks shared out over the cores, their results in order.
                let found: Vec<usize> = corpus
                    .chunks
                    .par_iter()
                    .enumerate()
                    .map(scan)
                    .collect::<Vec<_>>()
                    .concat();
                match within {
                    Some(list) => both(&found, list),
                    None => found,
                }
            }
        }
    }
}
