//! The data format: the types a dataset file deserializes into.
//!
//! These are the public contract: people write these files by hand, so every field that may be
//! left out has a default, and `#![enable(implicit_some)]` lets optional values be written bare.
//! `data/README.md` documents every field.

use serde::{Deserialize, Serialize};

mod actor;
mod coding;
mod exact;
mod interaction;

use exact::exact;

pub use actor::{Actor, ActorKind, Cover, Role};
pub use coding::{EventCoding, PLOVER_TYPES, Scheme};
pub use interaction::{Class, Interaction, InteractionKind, Quote, Source};

/// One dataset file: a title, the actors, and the interactions between them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, bitcode::Encode, bitcode::Decode)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    /// One line: what the dataset holds.
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// A few sentences: where the data comes from, how it was made.
    pub description: Option<String>,
    #[serde(default, deserialize_with = "exact")]
    /// Everyone who takes part in an interaction, or is quoted.
    pub actors: Vec<Actor>,
    #[serde(default, deserialize_with = "exact")]
    /// What happened between the actors; any order in the file.
    pub interactions: Vec<Interaction>,
    /// Places with their names in other scripts and spellings, so that search and the place
    /// filter find an interaction's `place` however it is spelled.
    #[serde(
        default,
        deserialize_with = "exact",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub places: Vec<Place>,
}

/// A place: a city, region or corridor, with its names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, bitcode::Encode, bitcode::Decode)]
#[serde(deny_unknown_fields)]
pub struct Place {
    /// Short, lowercase, unique among places: `"lachin-corridor"`.
    pub id: String,
    /// The name in English: `"Lachin corridor"`.
    pub name: String,
    /// The name in its own script or spelling: `"თბილისი"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub native: Option<String>,
    /// Other spellings and names: `["Laçın", "Лачинский коридор"]`.
    #[serde(
        default,
        deserialize_with = "exact",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub aliases: Vec<String>,
}
