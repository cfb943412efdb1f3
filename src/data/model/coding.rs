//! How a machine coder or an event dataset classified an event: its scheme and codes.

use serde::{Deserialize, Serialize};

use super::exact::exact;

/// How a machine coder or an event dataset (GDELT, ICEWS, POLECAT, ACLED) classified an event:
/// its event code and the scores and counts that come with it. Every field but `dataset` and
/// `event` may be left out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, bitcode::Encode, bitcode::Decode)]
#[serde(deny_unknown_fields)]
pub struct EventCoding {
    /// The event database the event comes from: `"GDELT 2.0"`, `"ACLED"`.
    pub dataset: String,
    /// The scheme `event` is a code of; CAMEO when left out.
    #[serde(default, skip_serializing_if = "Scheme::is_cameo")]
    pub scheme: Scheme,
    /// The event code in its scheme: CAMEO with its leading zero (`"0231"`), a PLOVER event type
    /// (`"ASSAULT"`), an ACLED event type (`"Battles"`).
    pub event: String,
    /// The finer type under `event`: ACLED's sub-event type (`"Armed clash"`), PLOVER's mode
    /// (`"ceasefire"`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub subtype: Option<String>,
    /// The intensity ICEWS and POLECAT give an event, from −10 (most conflictual) to +10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub intensity: Option<f64>,
    /// ACLED's reported fatalities: a conservative estimate, where 0 also means "not reported".
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub fatalities: Option<u64>,
    /// The Goldstein scale of the event code, from −10 (most conflictual) to +10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goldstein: Option<f64>,
    /// The average tone of the documents that mention the event (GDELT: −100 to +100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tone: Option<f64>,
    /// How often the event was mentioned, in how many sources and articles (GDELT). For events
    /// merged into one (their `ids`), the largest count of any of them: the articles that
    /// mention merged events overlap, so a sum would count them twice.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mentions: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// How many sources mentioned the event (GDELT NumSources); for merged events, the largest.
    pub sources: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// How many articles mentioned the event (GDELT NumArticles); for merged events, the largest.
    pub articles: Option<u64>,
    /// The event ids in the database; several when duplicates were merged into one.
    #[serde(
        default,
        deserialize_with = "exact",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub ids: Vec<String>,
}

/// The scheme of an [`EventCoding`]'s event codes.
#[derive(
    Debug,
    Clone,
    Copy,
    Default,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    bitcode::Encode,
    bitcode::Decode,
)]
pub enum Scheme {
    /// CAMEO event codes (GDELT, ICEWS): two to four digits.
    #[default]
    Cameo,
    /// PLOVER event types (POLECAT): `AGREE`, `CONSULT`, … `ASSAULT`.
    Plover,
    /// ACLED's six event types, with its sub-event types.
    Acled,
}

impl Scheme {
    /// Whether the scheme is CAMEO, the default (for serde's `skip_serializing_if`).
    pub fn is_cameo(&self) -> bool {
        *self == Scheme::Cameo
    }

    /// The scheme's name as the field writes it: `CAMEO`.
    pub fn label(self) -> &'static str {
        match self {
            Scheme::Cameo => "CAMEO",
            Scheme::Plover => "PLOVER",
            Scheme::Acled => "ACLED",
        }
    }
}

/// PLOVER's sixteen event types, as POLECAT writes them.
pub const PLOVER_TYPES: [&str; 16] = [
    "AGREE",
    "CONSULT",
    "SUPPORT",
    "CONCEDE",
    "COOPERATE",
    "AID",
    "RETREAT",
    "REQUEST",
    "ACCUSE",
    "REJECT",
    "THREATEN",
    "PROTEST",
    "SANCTION",
    "MOBILIZE",
    "COERCE",
    "ASSAULT",
];
