//! Writes a synthetic readout dataset to stdout, for benchmarks:
//!
//! ```sh
//! cargo run --release --example synth -- --interactions 100000 --actors 5000 --seed 1 > big.ron
//! ```
//!
//! The same arguments give the same file. What the data looks like is in `generate.rs`.

mod generate;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use clap::Parser;

/// Writes a synthetic readout dataset (RON) to stdout.
#[derive(Parser)]
#[command(name = "synth")]
struct Args {
    /// How many interactions.
    #[arg(long, default_value_t = 1000)]
    interactions: usize,
    /// How many actors (at least one is made).
    #[arg(long, default_value_t = 200)]
    actors: usize,
    /// The seed: the same seed gives the same dataset.
    #[arg(long, default_value_t = 1)]
    seed: u64,
}

fn main() -> ExitCode {
    let args = Args::parse();
    let dataset = generate::dataset(args.interactions, args.actors, args.seed);
    let mut out = BufWriter::with_capacity(1 << 20, io::stdout().lock());
    let written = readout::import::write_ron(&dataset, &mut out)
        .map_err(|e| e.to_string())
        .and_then(|()| out.flush().map_err(|e| e.to_string()));
    match written {
        Ok(()) => ExitCode::SUCCESS,
        // A closed pipe (`synth | head`) is not an error.
        Err(e) if e.contains("Broken pipe") => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("synth: cannot write the dataset: {e}");
            ExitCode::FAILURE
        }
    }
}
