//! Peak memory of loading a dataset, as a multiple of the file's size: readout's load, or a
//! bare ron parse of the same text into the same types, for comparison.
//!
//! ```sh
//! cargo run --release --example memory -- big.ron bare     # read + ron::from_str
//! cargo run --release --example memory -- big.ron load     # what `readout check` does
//! cargo run --release --example memory -- big.ron search   # … and the search corpus
//! cargo run --release --example memory -- big.ron reopen   # a load from the cache
//! cargo run --release --example memory -- big.ron browse   # the browser's first open
//! cargo run --release --example memory -- big.ron rebrowse # the browser's reopen
//! ```
//!
//! Reads the peak resident size (VmHWM) from `/proc/self/status`, so Linux only; each stage
//! in a process of its own, so that one's peak does not hide another's.

use std::path::PathBuf;

use clap::{Parser, ValueEnum};

#[derive(Debug, Clone, Copy, ValueEnum)]
enum Stage {
    /// The file read whole, then parsed by ron into a `Dataset`.
    Bare,
    /// `readout::data::load_file`: parse, validate, clean, index.
    Load,
    /// The load, then the search corpus built.
    Search,
    /// A reopen from the cache (a cache of its own, in a temporary directory, written first
    /// in another process: `memory FILE reopen` runs `memory FILE prime`). Prints the time of
    /// each step on stderr: read and hash, decode the entry, index.
    Reopen,
    /// Writes the cache entry that `reopen` reads.
    Prime,
    /// What the browser does with a file it has not seen: load it through an empty cache,
    /// then build the search corpus on one thread while the entry is written on another.
    Browse,
    /// What the browser does with a file it has seen: load it from the cache (written first,
    /// as for `reopen`) and build the search corpus.
    Rebrowse,
    /// The second half of `rebrowse`, in a process of its own.
    #[value(hide = true)]
    RebrowseOnly,
}

#[derive(Parser)]
struct Args {
    file: PathBuf,
    stage: Stage,
}

/// The process's peak resident size in bytes, from `/proc/self/status`.
fn peak() -> Option<u64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kb: u64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kb * 1024)
}

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let args = Args::parse();
    let size = std::fs::metadata(&args.file)?.len();
    let kept: Box<dyn std::any::Any> = match args.stage {
        Stage::Bare => {
            let text = std::fs::read_to_string(&args.file)?;
            let options = ron::Options::default()
                .with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME);
            let dataset: readout::data::Dataset = options.from_str(&text)?;
            Box::new((text, dataset))
        }
        Stage::Load => Box::new(readout::data::load_file(&args.file)?),
        Stage::Browse | Stage::Rebrowse => {
            use readout::data::cache::Cache;
            use readout::data::load::load_file_cached;
            let cache = Cache {
                min_size: 0,
                ..Cache::at(std::env::temp_dir().join("readout-memory-browse"))
            };
            let _ = std::fs::remove_dir_all(&cache.dir);
            let progress = readout::data::Progress::default();
            if matches!(args.stage, Stage::Rebrowse) {
                let (data, key) = load_file_cached(&args.file, &progress, Some(&cache))?;
                cache.put(key.ok_or("no key")?, &data.dataset)?;
                // The reopen in a process of its own, so that this one's peak does not count.
                let status = std::process::Command::new(std::env::current_exe()?)
                    .arg(&args.file)
                    .arg("rebrowse-only")
                    .status()?;
                let _ = std::fs::remove_dir_all(&cache.dir);
                std::mem::forget(data);
                return if status.success() {
                    Ok(())
                } else {
                    Err("the reopen failed".into())
                };
            }
            let t = std::time::Instant::now();
            let (data, key) = load_file_cached(&args.file, &progress, Some(&cache))?;
            let loaded = t.elapsed();
            let data = std::sync::Arc::new(data);
            let searcher = {
                let data = std::sync::Arc::clone(&data);
                std::thread::spawn(move || data.prepare_search())
            };
            cache.put(key.ok_or("no key")?, &data.dataset)?;
            searcher.join().map_err(|_| "the corpus panicked")?;
            eprintln!(
                "browse: loaded in {:.0} ms, corpus and entry {:.0} ms more",
                loaded.as_secs_f64() * 1e3,
                (t.elapsed() - loaded).as_secs_f64() * 1e3
            );
            let _ = std::fs::remove_dir_all(&cache.dir);
            Box::new(data)
        }
        Stage::RebrowseOnly => {
            use readout::data::cache::Cache;
            let cache = Cache {
                min_size: 0,
                ..Cache::at(std::env::temp_dir().join("readout-memory-browse"))
            };
            let progress = readout::data::Progress::default();
            let (data, key) =
                readout::data::load::load_file_cached(&args.file, &progress, Some(&cache))?;
            if key.is_some() {
                return Err("not from the cache".into());
            }
            data.prepare_search();
            Box::new(data)
        }
        Stage::Prime | Stage::Reopen => {
            use readout::data::cache::{Cache, Key};
            let cache = Cache {
                min_size: 0,
                ..Cache::at(std::env::temp_dir().join("readout-memory-example"))
            };
            if matches!(args.stage, Stage::Prime) {
                let data = readout::data::load_file(&args.file)?;
                let key = Key::of(&std::fs::read(&args.file)?);
                cache.put(key, &data.dataset)?;
                std::mem::forget(data);
                return Ok(());
            }
            let status = std::process::Command::new(std::env::current_exe()?)
                .arg(&args.file)
                .arg("prime")
                .status()?;
            if !status.success() {
                return Err("the entry was not written".into());
            }
            let t = std::time::Instant::now();
            let bytes = std::fs::read(&args.file)?;
            let key = Key::of(&bytes);
            drop(bytes);
            let read = t.elapsed();
            let dataset = cache.get(key).ok_or("no entry")?;
            let decoded = t.elapsed();
            let data = readout::data::Data::as_is(dataset);
            let indexed = t.elapsed();
            eprintln!(
                "reopen: read and hash {:.0} ms, decode {:.0} ms, index {:.0} ms",
                read.as_secs_f64() * 1e3,
                (decoded - read).as_secs_f64() * 1e3,
                (indexed - decoded).as_secs_f64() * 1e3
            );
            let _ = std::fs::remove_dir_all(&cache.dir);
            Box::new(data)
        }
        Stage::Search => {
            let data = readout::data::load_file(&args.file)?;
            data.prepare_search();
            Box::new(data)
        }
    };
    let peak = peak().ok_or("no VmHWM in /proc/self/status")?;
    println!(
        "{:?}: file {:.1} MB, peak {:.1} MB, {:.2}x the file",
        args.stage,
        size as f64 / 1e6,
        peak as f64 / 1e6,
        peak as f64 / size as f64
    );
    // The process ends now; freeing it all first would only take time.
    std::mem::forget(kept);
    Ok(())
}

/// The allocator the binary runs on (src/main.rs), so that the figures are the binary's.
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;
