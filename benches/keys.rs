//! What one key costs in the browser, at 100,000 interactions of synthetic data
//! (`examples/synth/generate.rs`, 5,000 actors, seed 1), on a 200×60 terminal, with the search
//! corpus built up front (as the browser does on a thread of its own after loading):
//!
//! - `move`: one `MoveDown` or `MoveUp` in the timeline, alternately; and one move in the
//!   Actors pane onto the chattiest actor, whose relationships `update` then counts.
//! - `filter`: [`query::matching`] with the chattiest actor (the one in the most
//!   interactions), with the two chattiest in `MatchMode::All` and `MatchMode::Any`; and the
//!   whole key path, `ToggleActor` in the Actors pane with the chattiest actor selected.
//! - `search`: [`Data::search`] for a word in more than half of the interactions and for one in
//!   1 in 10,000; and typing in the search line: the first letter into an empty search (every
//!   interaction is searched), and the last letter of the rare word (the search narrows what
//!   is shown). These run the search in `update`; from 200,000 interactions the browser runs
//!   it on a thread of its own, and "behind" measures the key alone then.
//! - `cycle`: `CycleKind` (`K`) and `CycleClass` (`C`), the whole key from the timeline as
//!   the browser starts; and, beside them, the scans those keys made of every interaction on
//!   each press before the kinds and root codes present were gathered at load ("before").
//! - `render`: one whole frame into a buffer: the timeline focused on the first interaction;
//!   the Actors pane focused on the chattiest actor, whose relationships Detail lists; the
//!   relationships (pairs) view.
//! - `network`: `ToggleNetwork` on the chattiest actor (its network built from every
//!   interaction and its circle laid out), `WidenNetwork` from there (the whole network laid out
//!   by the force-directed simulation), and one frame of the circle.
//!
//! With `READOUT_BENCH_1M` set, all of it again at 1,000,000 interactions (20,000 actors),
//! after the 100k ones: building that data takes some 15 s, and the process about 2.3 GB.
//!
//! ```sh
//! cargo bench --bench keys
//! cargo bench --bench keys -- --quick               # a rough number, fast
//! cargo bench --bench keys -- render                # a criterion filter (a regular expression)
//! READOUT_BENCH_1M=1 cargo bench --bench keys       # also at 1M interactions
//! ```
//!
//! Throughput is in interactions of the dataset, so that sizes compare. Each size's data and
//! states are built once, before its first benchmark (about 2 s at 100k).

#[path = "../examples/synth/generate.rs"]
mod generate;

use std::cmp::Reverse;
use std::hint::black_box;
use std::time::Duration;

use criterion::{
    BatchSize, BenchmarkGroup, BenchmarkId, Criterion, Throughput, criterion_group, criterion_main,
    measurement::WallTime,
};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::widgets::Widget;
use readout::action::{Action, Pane};
use readout::data::Data;
use readout::data::fold::Query;
use readout::query::{self, Filter, MatchMode};
use readout::state::{ActorsView, Overlay, State};
use readout::ui::Screen;
use readout::ui::theme::COLOR;
use readout::update::update;

/// The allocator the browser runs on (src/main.rs), so that keys are timed as they run there.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

const WIDTH: u16 = 200;
const HEIGHT: u16 = 60;
const SEED: u64 = 1;

/// A size of dataset: its label in benchmark ids, interactions and actors.
struct Size {
    label: &'static str,
    interactions: usize,
    actors: usize,
}

const SIZE_100K: Size = Size {
    label: "100k",
    interactions: 100_000,
    actors: 5_000,
};

const SIZE_1M: Size = Size {
    label: "1M",
    interactions: 1_000_000,
    actors: 20_000,
};

/// The states the benchmarks start from, all over the same data.
struct Fixture {
    label: &'static str,
    interactions: usize,
    /// The two actors in the most interactions, the chattiest first.
    chattiest: [usize; 2],
    /// As the browser starts: the timeline focused, its first interaction selected.
    timeline: State,
    /// The Actors pane focused, the chattiest actor selected.
    actors: State,
    /// The relationships view, its first pair (the most interactions) selected.
    pairs: State,
    /// The search line open and empty.
    search_open: State,
    /// The search line open with all of `RARE_WORD` but its last letter typed.
    search_almost: State,
}

impl Fixture {
    fn data(&self) -> &Data {
        &self.timeline.data
    }
}

fn fixture(size: &Size) -> Fixture {
    let dataset = generate::dataset(size.interactions, size.actors, SEED);
    // What readout would refuse to load is no benchmark of it.
    assert!(
        readout::data::validate::validate(&dataset).is_empty(),
        "the synthetic dataset is valid"
    );
    let data = Data::new(dataset);
    data.prepare_search();

    let mut by_count: Vec<usize> = (0..data.actors().len()).collect();
    by_count.sort_by_key(|&a| Reverse(data.interactions_of(a).len()));
    let chattiest = [by_count[0], by_count[1]];

    let mut timeline = State::new(data, "bench.ron", WIDTH, HEIGHT);
    update(&mut timeline, Action::Resize(WIDTH, HEIGHT));
    // From 200,000 interactions the browser searches on a thread of its own, and a key only
    // asks for the search. The search benchmarks measure the search itself, in `update`, at
    // every size; "behind the browser" measures what the key costs then.
    timeline.settings.background_search = false;

    let mut actors = timeline.clone();
    update(&mut actors, Action::Focus(Pane::Actors));
    update(&mut actors, Action::First);
    let position = actors
        .lists
        .actors
        .iter()
        .position(|&a| a == chattiest[0])
        .expect("every actor is listed");
    for _ in 0..position {
        update(&mut actors, Action::MoveDown);
    }
    assert_eq!(actors.selected_actor(), Some(chattiest[0]));

    let mut pairs = timeline.clone();
    update(&mut pairs, Action::TogglePairs);
    assert_eq!(pairs.nav.actors_view, ActorsView::Pairs);
    assert_eq!(pairs.nav.focus, Pane::Actors);

    let mut search_open = timeline.clone();
    update(&mut search_open, Action::OpenSearch);
    assert!(matches!(
        search_open.nav.overlay,
        Some(Overlay::Search { .. })
    ));

    let mut search_almost = search_open.clone();
    let almost = &generate::RARE_WORD[..generate::RARE_WORD.len() - 1];
    for c in almost.chars() {
        update(&mut search_almost, Action::Input(c));
    }
    assert_eq!(search_almost.filter.search.text(), almost);

    Fixture {
        label: size.label,
        interactions: size.interactions,
        chattiest,
        timeline,
        actors,
        pairs,
        search_open,
        search_almost,
    }
}

/// A group over one size's fixture: throughput in its interactions, and the time spent on
/// each benchmark in it.
fn group<'a>(
    c: &'a mut Criterion,
    name: &str,
    fx: &Fixture,
    warm_up: Duration,
    measurement: Duration,
) -> BenchmarkGroup<'a, WallTime> {
    let mut group = c.benchmark_group(name);
    group.throughput(Throughput::Elements(fx.interactions as u64));
    group.warm_up_time(warm_up);
    group.measurement_time(measurement);
    group
}

fn moving(c: &mut Criterion, fx: &Fixture) {
    let mut group = group(
        c,
        "move",
        fx,
        Duration::from_secs(1),
        Duration::from_secs(5),
    );
    // Down and up in turn, so that the selection never sticks at an end.
    let mut state = fx.timeline.clone();
    let mut down = true;
    group.bench_function(BenchmarkId::new("MoveDown, MoveUp", fx.label), |b| {
        b.iter(|| {
            update(
                &mut state,
                if down {
                    Action::MoveDown
                } else {
                    Action::MoveUp
                },
            );
            down = !down;
        })
    });
    assert!(
        state.nav.timeline.selected <= 1,
        "the selection stayed near the top"
    );

    // In the Actors pane, a move onto the chattiest actor: update counts its relationships
    // for Detail (which then draws from them). From the actor below it, one row up.
    let mut below = fx.actors.clone();
    update(&mut below, Action::MoveDown);
    let chattiest = fx.chattiest[0];
    assert_ne!(below.selected_actor(), Some(chattiest));
    group.bench_function(
        BenchmarkId::new("MoveUp onto the chattiest actor", fx.label),
        |b| {
            b.iter_batched(
                || below.clone(),
                |mut state| {
                    update(&mut state, Action::MoveUp);
                    assert_eq!(state.selected_actor(), Some(chattiest));
                    state
                },
                BatchSize::LargeInput,
            )
        },
    );
    group.finish();
}

fn filtering(c: &mut Criterion, fx: &Fixture) {
    let data = fx.data();
    let [first, second] = fx.chattiest;
    let one = Filter {
        actors: vec![first],
        ..Filter::default()
    };
    let all = Filter {
        actors: vec![first, second],
        mode: MatchMode::All,
        ..Filter::default()
    };
    let any = Filter {
        mode: MatchMode::Any,
        ..all.clone()
    };

    let mut group = group(
        c,
        "filter",
        fx,
        Duration::from_secs(1),
        Duration::from_secs(5),
    );
    for (name, filter) in [
        ("matching one actor", &one),
        ("matching two actors, all", &all),
        ("matching two actors, any", &any),
    ] {
        group.bench_with_input(BenchmarkId::new(name, fx.label), filter, |b, filter| {
            b.iter(|| query::matching(data, black_box(filter)))
        });
    }

    // The whole key path: the filter, the timeline's new list, its selection.
    let mut toggled = fx.actors.clone();
    update(&mut toggled, Action::ToggleActor);
    assert_eq!(toggled.filter.actors, [first]);
    assert_eq!(toggled.lists.visible, data.interactions_of(first));
    // Each iteration starts from a fresh clone of the state (about 0.3 ms at 100k: the
    // pairs and the timeline's list), which is not measured but costs ten times the action:
    // a shorter measurement keeps the run short. `LargeInput` keeps a few clones alive at a
    // time; `SmallInput` would keep a tenth of a sample's iterations, gigabytes of them.
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(1));
    group.sample_size(50);
    group.bench_function(BenchmarkId::new("ToggleActor (state)", fx.label), |b| {
        b.iter_batched(
            || fx.actors.clone(),
            |mut state| {
                update(&mut state, Action::ToggleActor);
                // Returned, so that the drop is not measured.
                state
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

fn searching(c: &mut Criterion, fx: &Fixture) {
    let data = fx.data();
    let mut group = group(
        c,
        "search",
        fx,
        Duration::from_secs(1),
        Duration::from_secs(5),
    );
    for (name, word) in [
        ("Data::search common word", generate::COMMON_WORD),
        ("Data::search rare word", generate::RARE_WORD),
    ] {
        let query = Query::new(word);
        group.bench_with_input(BenchmarkId::new(name, fx.label), &query, |b, query| {
            b.iter(|| data.search(black_box(query), None))
        });
    }

    // Typing into the search line. The first letter of a search searches everything: the
    // worst case of a key, as its letter is in most texts (the common word's `c`) or fewer
    // (the rare word's `z`).
    for word in [generate::COMMON_WORD, generate::RARE_WORD] {
        let letter = word.chars().next().expect("a word has letters");
        let name = format!("type first letter '{letter}'");
        group.bench_function(BenchmarkId::new(name, fx.label), |b| {
            b.iter_batched(
                || fx.search_open.clone(),
                |mut state| {
                    update(&mut state, Action::Input(letter));
                    state
                },
                BatchSize::LargeInput,
            )
        });
    }

    // The same first letter when searching behind the browser (as from 200,000 interactions):
    // the key asks for the search and returns; the search thread does what is measured above.
    let letter = generate::COMMON_WORD
        .chars()
        .next()
        .expect("a word has letters");
    let mut behind = fx.search_open.clone();
    behind.settings.background_search = true;
    group.bench_function(
        BenchmarkId::new(format!("type first letter '{letter}', behind"), fx.label),
        |b| {
            b.iter_batched(
                || behind.clone(),
                |mut state| {
                    let effects = update(&mut state, Action::Input(letter));
                    assert!(effects.search().is_some());
                    // Dropped outside the measurement, as the state is.
                    (state, effects)
                },
                BatchSize::LargeInput,
            )
        },
    );

    // The last letter of the rare word narrows: it searches only the few interactions shown.
    // The action takes a few microseconds and the (unmeasured) clone of the state a hundred
    // times that: a short measurement (still some 100,000 iterations), or the run would spend
    // minutes cloning.
    let last = generate::RARE_WORD
        .chars()
        .last()
        .expect("a word has letters");
    let mut typed = fx.search_almost.clone();
    update(&mut typed, Action::Input(last));
    assert_eq!(typed.filter.search.text(), generate::RARE_WORD);
    assert_eq!(
        typed.lists.visible,
        data.search(&Query::new(generate::RARE_WORD), None)
    );
    group.warm_up_time(Duration::from_millis(100));
    group.measurement_time(Duration::from_millis(300));
    group.sample_size(20);
    let name = format!("type last letter of '{}'", generate::RARE_WORD);
    group.bench_function(BenchmarkId::new(name, fx.label), |b| {
        b.iter_batched(
            || fx.search_almost.clone(),
            |mut state| {
                update(&mut state, Action::Input(last));
                state
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

fn rendering(c: &mut Criterion, fx: &Fixture) {
    let mut group = group(
        c,
        "render",
        fx,
        Duration::from_secs(1),
        Duration::from_secs(5),
    );
    let area = Rect::new(0, 0, WIDTH, HEIGHT);
    for (name, state) in [
        ("timeline, first interaction", &fx.timeline),
        ("actors, chattiest actor", &fx.actors),
        ("pairs view", &fx.pairs),
    ] {
        // One buffer, cleared before each frame, as the terminal keeps its own.
        let mut buf = Buffer::empty(area);
        group.bench_with_input(BenchmarkId::new(name, fx.label), state, |b, state| {
            b.iter(|| {
                buf.reset();
                Screen {
                    state,
                    theme: &COLOR,
                }
                .render(area, black_box(&mut buf));
            })
        });
    }
    group.finish();
}

fn network(c: &mut Criterion, fx: &Fixture) {
    let mut group = group(
        c,
        "network",
        fx,
        Duration::from_secs(1),
        Duration::from_secs(5),
    );
    let mut open = fx.actors.clone();
    update(&mut open, Action::ToggleNetwork);
    assert_eq!(
        open.nav.network.as_ref().and_then(|v| v.centre),
        Some(fx.chattiest[0])
    );
    for (name, start, action) in [
        (
            "ToggleNetwork, chattiest actor",
            &fx.actors,
            Action::ToggleNetwork,
        ),
        ("WidenNetwork", &open, Action::WidenNetwork),
    ] {
        group.bench_function(BenchmarkId::new(name, fx.label), |b| {
            b.iter_batched(
                || start.clone(),
                |mut state| {
                    update(&mut state, action);
                    state
                },
                BatchSize::LargeInput,
            )
        });
    }
    let area = Rect::new(0, 0, WIDTH, HEIGHT);
    let mut buf = Buffer::empty(area);
    group.bench_function(
        BenchmarkId::new("render, chattiest actor's circle", fx.label),
        |b| {
            b.iter(|| {
                buf.reset();
                Screen {
                    state: &open,
                    theme: &COLOR,
                }
                .render(area, black_box(&mut buf));
            })
        },
    );
    group.finish();
}

fn cycling(c: &mut Criterion, fx: &Fixture) {
    let data = fx.data();
    let n = data.interactions().len();
    let mut group = group(
        c,
        "cycle",
        fx,
        Duration::from_millis(500),
        Duration::from_secs(2),
    );
    group.bench_function(
        BenchmarkId::new("kinds present, scanned (before)", fx.label),
        |b| {
            b.iter(|| {
                readout::data::InteractionKind::ALL
                    .into_iter()
                    .filter(|&k| (0..n).any(|i| data.when(i).kind == k))
                    .count()
            })
        },
    );
    group.bench_function(
        BenchmarkId::new("root codes present, scanned (before)", fx.label),
        |b| {
            b.iter(|| {
                let mut roots: Vec<u8> = (0..n).filter_map(|i| query::root_code(data, i)).collect();
                roots.sort_unstable();
                roots.dedup();
                roots
            })
        },
    );
    // What a filter's recount costs with the countries' counts (kept while the Actors pane
    // folds them) and without, over the interactions of the first quad class.
    let mut classed = fx.timeline.clone();
    update(&mut classed, Action::CycleClass);
    let visible = classed.lists.visible.clone();
    let facets = query::Facets::of(data);
    group.bench_function(BenchmarkId::new("recount, actors", fx.label), |b| {
        b.iter(|| query::Counts::of(data, black_box(&visible)))
    });
    group.bench_function(
        BenchmarkId::new("recount, actors and countries", fx.label),
        |b| {
            b.iter(|| {
                query::Counts::grouped(
                    data,
                    black_box(&visible),
                    &facets.country_of,
                    facets.countries.len(),
                )
            })
        },
    );
    // The whole key, from a fresh clone of the state each time (not measured).
    group.sample_size(30);
    for (name, action) in [
        ("CycleKind (state)", Action::CycleKind),
        ("CycleClass (state)", Action::CycleClass),
    ] {
        group.bench_function(BenchmarkId::new(name, fx.label), |b| {
            b.iter_batched(
                || fx.timeline.clone(),
                |mut state| {
                    update(&mut state, action);
                    state
                },
                BatchSize::LargeInput,
            )
        });
    }
    group.finish();
}

fn keys(c: &mut Criterion) {
    let mut sizes = vec![&SIZE_100K];
    if std::env::var_os("READOUT_BENCH_1M").is_some() {
        sizes.push(&SIZE_1M);
    } else {
        eprintln!("keys: READOUT_BENCH_1M is not set: no benchmarks at 1M interactions");
    }
    for size in sizes {
        // One size's data at a time: the 1M states need gigabytes.
        let fx = fixture(size);
        moving(c, &fx);
        filtering(c, &fx);
        cycling(c, &fx);
        searching(c, &fx);
        rendering(c, &fx);
        network(c, &fx);
    }
}

criterion_group!(benches, keys);
criterion_main!(benches);
