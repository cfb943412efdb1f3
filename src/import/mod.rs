//! Importers: machine-coded event data turned into readout datasets. No terminal code: they
//! read files and return a [`crate::data::Dataset`] and a report.

pub mod build;
pub mod cameo;
pub mod gdelt;
pub mod input;

pub use input::{Input, InputError};

use std::io;

use serde::Serialize;

/// Writes a dataset (a [`crate::data::Dataset`], or the [`build::Events`] of an import) as
/// readout reads it: pretty RON with the `implicit_some` header.
pub fn write_ron(dataset: &impl Serialize, out: impl io::Write) -> ron::Result<()> {
    let config = ron::ser::PrettyConfig::new()
        .struct_names(true)
        .extensions(ron::extensions::Extensions::IMPLICIT_SOME);
    ron::Options::default().to_io_writer_pretty(out, dataset, config)
}
