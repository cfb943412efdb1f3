//! Loading a dataset, at 1,000, 10,000 and 100,000 interactions of synthetic data
//! (`examples/synth/generate.rs`, seed 1), as RON text in memory:
//!
//! - `load/load_str`: what readout does with a file's text: parse, validate, clean and index
//!   ([`readout::data::load_str`]). The parse is shared out over every core (the list of
//!   interactions in pieces), so this number depends on how many cores are free.
//! - `load/ron_from_str`: the bare baseline: ron alone, the same text into the same types.
//!   In the same group as `load_str`, so that one run shows what readout adds to the parse.
//! - `load/load_file`: a first open of the same text as a file (no cache): read in blocks
//!   and parsed as it is read, never held whole ([`readout::data::stream`]), then validated,
//!   cleaned and indexed. Beside `load_str`, it shows what streaming costs or saves.
//! - `load/reopen`: a reopen of the same text from a file whose dataset is in the cache
//!   ([`readout::data::cache`]): read, hash, decode the entry, index. The file and the cache
//!   are in a temporary directory of their own, removed at the end.
//! - `prepare_search`: building the search corpus of a loaded, never searched dataset (the
//!   browser does it on a thread of its own after loading; the first search waits for it).
//!   It folds the texts on every core.
//!
//! ```sh
//! cargo bench --bench load
//! cargo bench --bench load -- --quick        # a rough number, fast
//! cargo bench --bench load -- 'load/.*/100k' # a criterion filter (a regular expression)
//! ```
//!
//! Throughput is in bytes of RON text for `load`, in interactions for `prepare_search`. The
//! data is generated once, before the first benchmark (about 3 s).

#[path = "../examples/synth/generate.rs"]
mod generate;

use std::hint::black_box;
use std::time::Duration;

use criterion::{
    BatchSize, BenchmarkId, Criterion, SamplingMode, Throughput, criterion_group, criterion_main,
};
use readout::data::cache::Cache;
use readout::data::load::load_file_cached;
use readout::data::{Data, Dataset, Progress};

/// A size of dataset: its label in benchmark ids, interactions and actors.
struct Size {
    label: &'static str,
    interactions: usize,
    actors: usize,
}

static SIZES: [Size; 3] = [
    Size {
        label: "1k",
        interactions: 1_000,
        actors: 200,
    },
    Size {
        label: "10k",
        interactions: 10_000,
        actors: 1_000,
    },
    Size {
        label: "100k",
        interactions: 100_000,
        actors: 5_000,
    },
];

const SEED: u64 = 1;

/// The allocator the binary runs on (src/main.rs), so that the times are the binary's.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

/// A synthetic dataset as the RON text `readout import` writes.
fn ron_text(size: &Size) -> String {
    let dataset = generate::dataset(size.interactions, size.actors, SEED);
    let mut out = Vec::new();
    readout::import::write_ron(&dataset, &mut out).expect("a dataset serialises");
    String::from_utf8(out).expect("ron writes UTF-8")
}

/// ron alone, configured as readout reads a file (`Some` may be left out).
fn bare_ron(text: &str) -> Dataset {
    ron::Options::default()
        .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
        .from_str(text)
        .expect("the synthetic dataset is valid RON")
}

fn load(c: &mut Criterion) {
    let mut texts: Vec<(&'static Size, String)> = SIZES.iter().map(|s| (s, ron_text(s))).collect();
    // The two ways of reading must agree, or the comparison means nothing.
    for (size, text) in &texts {
        let data = readout::data::load_str("bench.ron", text).expect("the synthetic data loads");
        let bare = bare_ron(text);
        assert_eq!(data.interactions().len(), size.interactions);
        assert_eq!(bare.interactions.len(), size.interactions);
    }

    let mut group = c.benchmark_group("load");
    for (size, text) in &texts {
        group.throughput(Throughput::Bytes(text.len() as u64));
        // A 100k load takes a second or more: ten samples of a load or two each (flat
        // sampling), not criterion's default of a hundred samples of 1, 2, … 100 loads (more
        // than an hour). The smaller sizes get proportionately fewer samples too.
        match size.label {
            "1k" => {
                group.sampling_mode(SamplingMode::Auto);
                group.sample_size(50);
                group.warm_up_time(Duration::from_secs(1));
                group.measurement_time(Duration::from_secs(4));
            }
            "10k" => {
                group.sampling_mode(SamplingMode::Flat);
                group.sample_size(20);
                group.warm_up_time(Duration::from_secs(1));
                group.measurement_time(Duration::from_secs(6));
            }
            _ => {
                group.sampling_mode(SamplingMode::Flat);
                group.sample_size(10);
                group.warm_up_time(Duration::from_secs(2));
                group.measurement_time(Duration::from_secs(20));
            }
        }
        // The result is dropped outside the measurement: readout keeps what it loads, and a
        // batch of 100k datasets kept for a later drop would take gigabytes. One timer read
        // per load is nothing next to a load's milliseconds.
        group.bench_with_input(BenchmarkId::new("load_str", size.label), text, |b, text| {
            b.iter_batched(
                || (),
                |()| readout::data::load_str("bench.ron", black_box(text)),
                BatchSize::PerIteration,
            )
        });
        group.bench_with_input(
            BenchmarkId::new("ron_from_str", size.label),
            text,
            |b, text| {
                b.iter_batched(
                    || (),
                    |()| bare_ron(black_box(text)),
                    BatchSize::PerIteration,
                )
            },
        );
        // The entry written once, outside the measurement; each load then reads it.
        let dir = std::env::temp_dir().join(format!(
            "readout-bench-{}-{}",
            std::process::id(),
            size.label
        ));
        let file = dir.join("bench.ron");
        std::fs::create_dir_all(&dir).expect("makes the bench's directory");
        std::fs::write(&file, text).expect("writes the bench's file");
        let cache = Cache {
            min_size: 0,
            ..Cache::at(dir.join("cache"))
        };
        let progress = Progress::default();
        group.bench_with_input(
            BenchmarkId::new("load_file", size.label),
            &file,
            |b, file| {
                b.iter_batched(
                    || (),
                    |()| load_file_cached(file, &progress, None).expect("loads"),
                    BatchSize::PerIteration,
                )
            },
        );
        let (data, key) = load_file_cached(&file, &progress, Some(&cache)).expect("loads");
        cache
            .put(key.expect("a new file"), &data.dataset)
            .expect("writes the entry");
        drop(data);
        group.bench_with_input(BenchmarkId::new("reopen", size.label), &file, |b, file| {
            b.iter_batched(
                || (),
                |()| {
                    let (data, key) = load_file_cached(file, &progress, Some(&cache))
                        .expect("loads from the cache");
                    assert!(key.is_none(), "from the cache");
                    data
                },
                BatchSize::PerIteration,
            )
        });
        let _ = std::fs::remove_dir_all(&dir);
    }
    group.finish();

    // The corpus, built from a `Data` that has never been searched: `Data::clone` copies a
    // built corpus, so every clone is taken from this one, which nothing searches.
    let (size, text) = texts.pop().expect("there are sizes");
    let unsearched: Data = readout::data::load_str("bench.ron", &text).expect("loads");
    drop((text, texts));
    let mut group = c.benchmark_group("prepare_search");
    group.throughput(Throughput::Elements(size.interactions as u64));
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    // Each iteration clones 100k interactions first (not measured, but it takes time).
    group.warm_up_time(Duration::from_secs(1));
    group.measurement_time(Duration::from_secs(8));
    group.bench_function(size.label, |b| {
        b.iter_batched(
            || unsearched.clone(),
            |data| {
                data.prepare_search();
                // Returned, so that the drop is not measured.
                data
            },
            BatchSize::PerIteration,
        )
    });
    group.finish();
}

criterion_group!(benches, load);
criterion_main!(benches);
