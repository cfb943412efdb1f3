//! The data model, loading and validation. Knows nothing of the terminal.

pub mod cache;
pub mod cameo;
pub mod clean;
pub mod date;
pub mod diagnostic;
pub mod fold;
pub mod index;
#[cfg(test)]
mod inputs;
pub mod lexer;
pub mod load;
pub mod locate;
pub mod model;
pub mod preview;
mod reading;
pub mod split;
pub mod stream;
pub mod validate;

pub use date::{Date, Precision};
pub use index::{ActorMatch, Data};
pub use load::{
    BUILTIN, BUILTIN_NAME, Diagnostic, LoadError, Progress, load_bytes, load_file, load_file_with,
    load_str,
};
pub use model::{
    Actor, ActorKind, Class, Cover, Dataset, EventCoding, Interaction, InteractionKind,
    PLOVER_TYPES, Place, Quote, Role, Scheme, Source,
};
