//! readout: a terminal browser of diplomacy.
//!
//! The data layer ([`data`]) and the queries over it ([`query`]) know nothing of the terminal;
//! the browser's state changes only through [`update::update`]; [`ui`] renders state and
//! nothing else.

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
