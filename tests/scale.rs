//! The indexes answer as a plain scan does. Filters walk per-actor lists, search scans a
//! folded corpus in chunks or narrows the last result as a query grows: each of these
//! shortcuts is checked here against the simplest scan of every interaction, on synthetic
//! datasets of many shapes (the generator of `examples/synth`).

#[path = "../examples/synth/generate.rs"]
mod generate;

use proptest::prelude::*;
use readout::action::Action;
use readout::data::fold::{Query, fold};
use readout::data::{Data, Date};
use readout::query::{Filter, MatchMode, in_range, matching};
use readout::state::State;
use readout::update::update;

/// A synthetic dataset, written as RON and loaded the way a file is.
fn synthetic(interactions: usize, actors: usize, seed: u64) -> Data {
    let mut text = Vec::new();
    readout::import::write_ron(&generate::dataset(interactions, actors, seed), &mut text)
        .expect("writes RON");
    let text = String::from_utf8(text).expect("RON is UTF-8");
    readout::data::load_str("synthetic.ron", &text).expect("the generator writes valid data")
}

/// Whether actor `a` takes part in interaction `i`, read off the interaction itself.
fn takes_part(data: &Data, i: usize, a: usize) -> bool {
    let id = data.actor(a).id.as_str();
    let it = data.interaction(i);
    it.participants.iter().any(|p| p == id)
        || it.initiator.as_deref() == Some(id)
        || it.mediators.iter().any(|m| m == id)
        || it.quotes.iter().any(|q| q.speaker == id)
}

/// Everything search looks in, folded, built from the interaction's fields.
fn searched_text(data: &Data, i: usize) -> String {
    let it = data.interaction(i);
    let mut parts: Vec<&str> = vec![&it.title, &it.summary];
    parts.extend(it.place.as_deref());
    parts.extend(it.topics.iter().map(String::as_str));
    parts.extend(it.quotes.iter().map(|q| q.text.as_str()));
    parts.extend(it.sources.iter().map(|s| s.outlet.as_str()));
    for a in 0..data.actors().len() {
        if takes_part(data, i, a) {
            let actor = data.actor(a);
            parts.push(&actor.name);
            parts.extend(actor.native.as_deref());
            parts.extend(actor.aliases.iter().map(String::as_str));
        }
    }
    fold(&parts.join("\n"))
}

/// The interactions that pass `filter`, by looking at every one.
fn scan(data: &Data, filter: &Filter) -> Vec<usize> {
    let words: Vec<String> = filter.search.text().split_whitespace().map(fold).collect();
    (0..data.interactions().len())
        .filter(|&i| {
            let by_actor = match filter.mode {
                _ if filter.actors.is_empty() => true,
                MatchMode::All => filter.actors.iter().all(|&a| takes_part(data, i, a)),
                MatchMode::Any => filter.actors.iter().any(|&a| takes_part(data, i, a)),
            };
            let it = data.interaction(i);
            let text = searched_text(data, i);
            by_actor
                && in_range(it.date, it.until, filter.since, filter.until)
                && words.iter().all(|w| text.contains(w.as_str()))
        })
        .collect()
}

/// A word to search for: from an interaction's title (some of it), a generator's word, or
/// something that is nowhere.
fn word(data: &Data, pick: usize, cut: usize) -> String {
    match pick % 4 {
        0 => generate::COMMON_WORD.to_owned(),
        1 => generate::RARE_WORD[..1 + cut % generate::RARE_WORD.len()].to_owned(),
        2 => "qqqxz".to_owned(),
        _ => {
            let n = data.interactions().len().max(1);
            let title = &data.interaction(pick % n).title;
            let words: Vec<&str> = title.split_whitespace().collect();
            words[cut % words.len()].to_owned()
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    /// Filters by actors, dates and words: the indexes give what the scan gives.
    #[test]
    fn filters_answer_as_a_scan_does(
        n in 0usize..400,
        actors in 1usize..40,
        seed in 0u64..1000,
        picks in prop::collection::vec(0usize..1000, 0..4),
        any in any::<bool>(),
        range in prop::option::of((2004u16..2026, 0u16..4)),
        words in prop::collection::vec((0usize..1000, 0usize..50), 0..3),
    ) {
        let data = synthetic(n, actors, seed);
        let mut filter = Filter {
            mode: if any { MatchMode::Any } else { MatchMode::All },
            ..Filter::default()
        };
        for p in picks {
            let a = p % data.actors().len();
            if !filter.actors.contains(&a) {
                filter.actors.push(a);
            }
        }
        if let Some((from, years)) = range {
            filter.since = Some(Date::y(from));
            filter.until = Some(Date::y(from + years));
        }
        if !data.interactions().is_empty() {
            let text: Vec<String> = words.iter().map(|&(p, c)| word(&data, p, c)).collect();
            filter.search = Query::new(&text.join(" "));
        }
        prop_assert_eq!(matching(&data, &filter), scan(&data, &filter));
    }

    /// A query typed a letter at a time narrows the last result at each letter; after every
    /// letter the timeline holds what a scan for the query so far holds.
    #[test]
    fn typing_a_search_narrows_to_what_a_scan_finds(
        n in 1usize..400,
        seed in 0u64..1000,
        pick in 0usize..1000,
        cut in 0usize..50,
    ) {
        let data = synthetic(n, 20, seed);
        let query = word(&data, pick, cut);
        let mut state = State::new(data, "synthetic", 120, 40);
        update(&mut state, Action::OpenSearch);
        let mut typed = String::new();
        for c in query.chars() {
            typed.push(c);
            update(&mut state, Action::Input(c));
            let filter = Filter { search: Query::new(&typed), ..Filter::default() };
            prop_assert_eq!(&state.lists.visible, &scan(&state.data, &filter), "after {:?}", typed);
        }
    }
}

/// Search across several chunks of the corpus (1,024 texts each), whole (on every core, from
/// 4,096 interactions) and within an actor's interactions, answers as the scan does.
#[test]
fn search_across_chunks_answers_as_a_scan_does() {
    let data = synthetic(5000, 60, 11);
    let chatty = (0..data.actors().len())
        .max_by_key(|&a| data.interactions_of(a).len())
        .expect("actors");
    let rare = (0..data.actors().len())
        .filter(|&a| !data.interactions_of(a).is_empty())
        .min_by_key(|&a| data.interactions_of(a).len())
        .expect("an actor with interactions");
    for query in [
        generate::COMMON_WORD,
        generate::RARE_WORD,
        "a",
        "talks ceasefire",
        "qqqxz",
    ] {
        for actors in [vec![], vec![chatty], vec![rare], vec![chatty, rare]] {
            let filter = Filter {
                actors,
                search: Query::new(query),
                ..Filter::default()
            };
            assert_eq!(matching(&data, &filter), scan(&data, &filter), "{filter:?}");
        }
    }
}

/// Detail lays out a long list only as far as the window shows, and counts the rest: the
/// lines it builds are the first lines of the whole, and the count is the whole's length.
#[test]
fn detail_builds_only_what_the_window_shows() {
    use readout::detail_text::rows;
    let lines = |state: &State, width| rows(state, width, usize::MAX).into_owned().rows;
    let data = synthetic(2600, 60, 5);
    let chatty = (0..data.actors().len())
        .max_by_key(|&a| data.interactions_of(a).len())
        .expect("actors");
    let mut state = State::new(data, "synthetic", 200, 60);
    update(&mut state, Action::Focus(readout::action::Pane::Actors));
    let row = state
        .lists
        .actors
        .iter()
        .position(|&a| a == chatty)
        .expect("listed");
    for _ in 0..row {
        update(&mut state, Action::MoveDown);
    }
    assert_eq!(state.selected_actor(), Some(chatty));
    // update keeps the actor's relationships, counted once; Detail draws from them.
    let counted = readout::query::relationships(&state.data, chatty);
    assert_eq!(state.lists.relationships, Some((chatty, counted)));
    let whole = lines(&state, 100);
    let mut uncached = state.clone();
    uncached.lists.relationships = None;
    assert_eq!(lines(&uncached, 100), whole);
    assert!(whole.len() > 50, "a long list of counterparts");
    for limit in [0, 1, 20, 49, whole.len(), usize::MAX] {
        let laid = rows(&state, 100, limit);
        let total = laid.len();
        let first = laid.into_owned().rows;
        assert_eq!(total, whole.len(), "limit {limit}");
        assert!(first.len() >= limit.min(whole.len()));
        assert_eq!(first[..], whole[..first.len()], "limit {limit}");
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(32))]

    /// On data large enough to search behind the browser, a key only asks for the search;
    /// the result, when it comes, is what a scan finds. Results for older queries, arriving
    /// late, are dropped, and a query that grows narrows the last result only once it is in.
    #[test]
    fn a_search_behind_the_browser_ends_where_a_scan_does(
        n in 1usize..300,
        seed in 0u64..1000,
        pick in 0usize..1000,
        cut in 0usize..50,
        // Which requests the search thread gets to before the next key (the rest wait).
        answered in prop::collection::vec(any::<bool>(), 8),
    ) {
        use readout::update::Msg;
        let data = synthetic(n, 20, seed);
        let query = word(&data, pick, cut);
        let mut state = State::new(data, "synthetic", 120, 40);
        state.settings.background_search = true;
        update(&mut state, Action::OpenSearch);
        let mut typed = String::new();
        let mut waiting = Vec::new();
        for (k, c) in query.chars().enumerate() {
            typed.push(c);
            let before = state.lists.visible.clone();
            let effects = update(&mut state, Action::Input(c));
            prop_assert!(state.status.searching);
            prop_assert_eq!(&state.lists.visible, &before, "a key does not search");
            let request = effects.into_search().expect("a search is asked for");
            waiting.push(request);
            if answered[k % answered.len()] {
                // The thread answers the newest request; older ones are dropped unanswered.
                let newest = waiting.pop().expect("one waits");
                waiting.clear();
                let found = newest.run(&state.data);
                update(&mut state, Msg::Searched(Box::new(newest), found));
                let filter = Filter { search: Query::new(&typed), ..Filter::default() };
                prop_assert_eq!(&state.lists.visible, &scan(&state.data, &filter));
                prop_assert!(!state.status.searching);
            }
        }
        // A late answer to the first query changes nothing when more was typed since.
        if query.chars().count() > 1 {
            let first: String = query.chars().take(1).collect();
            let stale = readout::state::SearchRequest {
                filter: Filter { search: Query::new(&first), ..Filter::default() },
                within: None,
            };
            let before = state.lists.visible.clone();
            update(&mut state, Msg::Searched(Box::new(stale), Vec::new()));
            prop_assert_eq!(&state.lists.visible, &before);
        }
        if let Some(newest) = waiting.pop() {
            let found = newest.run(&state.data);
            update(&mut state, Msg::Searched(Box::new(newest), found));
        }
        let filter = Filter { search: Query::new(&typed), ..Filter::default() };
        prop_assert_eq!(&state.lists.visible, &scan(&state.data, &filter));
        prop_assert!(!state.status.searching);

        // Any other change of the filter while it holds a search runs behind too: a time
        // range, here.
        update(&mut state, Action::Confirm);
        let effects = update(&mut state, Action::RangeBack);
        prop_assert!(state.status.searching);
        let request = effects.into_search().expect("a search is asked for");
        prop_assert!(request.within.is_none());
        let found = request.run(&state.data);
        update(&mut state, Msg::Searched(Box::new(request), found));
        prop_assert!(!state.status.searching);
        prop_assert_eq!(&state.lists.visible, &scan(&state.data, &state.filter.clone()));
    }
}
