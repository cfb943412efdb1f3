//! The keys of the browser, in three parts of one job each:
//!
//! - [`key`]: one key, how the screen and the configuration write it, and how it is parsed;
//! - [`bindings`]: the one table of bindings, [`BINDINGS`], with the contexts and modes it
//!   applies in and the names the configuration gives its actions;
//! - [`map`]: the [`Keymap`] in force, that table with the keys the configuration changes.
//!   Dispatch, the footer's hints and the help overlay all read it, so what the screen says is
//!   what the keys do.
//!
//! Everything is re-exported here: callers write `crate::keymap::Keymap`.

pub mod bindings;
pub mod key;
pub mod map;

pub use bindings::{
    BINDINGS, Binding, Context, Mode, action_from_name, action_name, bindable_actions, contexts_of,
    home_context,
};
pub use key::{Key, KeyError};
pub use map::{Entry, Keymap, keys_label};
