//! Importers: machine-coded event data turned into readout datasets. No terminal code: they
//! read files and return a [`crate::data::Dataset`] and a report.

pub mod cameo;
