//! Peak memory of loading a dataset, as a multiple of the file's size: readout's load, or a
//! bare ron parse of the same text into the same types, for comparison.
//!
//! ```sh
//! cargo run --release --example memory -- big.ron bare     # read + ron::from_str
//! cargo run --release --example memory -- big.ron load     # what `readout check` does
//! cargo run --release --example memory -- big.ron search   # … and the search corpus
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
