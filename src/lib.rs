//! readout: a terminal browser of diplomacy.
//!
//! Dependencies point down only, and `tests/layers.rs` checks it:
//!
//! - [`data`] (the model, loading, validation, indexes, the CAMEO codebook, the cache) and
//!   [`suggest`], [`env`]: no terminal, nothing above them;
//! - [`import`]: event data (GDELT, ACLED, ICEWS, POLECAT) into the model;
//! - [`query`], [`network`], [`present`], [`cite`]: what is derived from the data, and the
//!   terminal-free document that Detail, `show` and the Markdown export all render;
//! - [`action`], [`keymap`], [`line`], [`geometry`], [`state`], [`detail_text`]: the
//!   browser's vocabulary, its screen geometry and its state;
//! - [`update`]: the only way the state changes, returning the effects for the loop;
//! - [`ui`]: rendering, a pure function of the state and the theme;
//! - [`commands`], [`cli`], [`config`], [`error`], [`live`], [`app`]: the commands, the
//!   configuration and the loop that ties them together.

#![warn(missing_docs)]

pub mod action;
pub mod app;
pub mod cite;
pub mod cli;
pub mod commands;
pub mod config;
pub mod data;
pub mod detail_text;
pub mod env;
pub mod error;
pub mod geometry;
pub mod import;
pub mod keymap;
pub mod line;
pub mod live;
pub mod network;
pub mod present;
pub mod query;
pub mod state;
pub mod suggest;
pub mod ui;
pub mod update;
