//! The presentation layer: what the outputs of readout share, with no terminal in it.
//!
//! An interaction, an actor or a pair becomes a [`Document`] of labelled fields, sections,
//! quotes and sources whose texts carry style [`Role`]s; three thin renderers read it: the
//! browser's Detail pane (`ui::detail`, which lays it out with [`layout`] and maps roles to
//! its theme), `readout show` (plain text, `commands::show`) and the Markdown of `Y` and
//! `export` ([`crate::cite::markdown`]). Since all three read one document they give the
//! same facts in the same order with the same words.
//!
//! - [`document`]: the document model and its roles;
//! - [`interaction`]: an interaction's document;
//! - [`profile`]: an actor's and a pair's documents;
//! - [`values`]: dates, roles, event codes, numbers, the gauge, citations;
//! - [`layout`]: a document as rows of styled spans in a width;
//! - [`cache`]: Detail's rows kept while what they depend on stays the same;
//! - [`text`]: widths in columns, cuts and wraps between grapheme clusters.

pub mod cache;
pub mod document;
pub mod interaction;
pub mod layout;
pub mod profile;
pub mod text;
pub mod values;

pub use document::{Block, Document, Field, Fit, Role};
pub use profile::{ActorScope, PairScope};
