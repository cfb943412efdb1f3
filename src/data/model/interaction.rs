//! Interactions: what happened between actors, with its quotes and sources.

use serde::{Deserialize, Serialize};

use super::EventCoding;
use crate::data::date::Date;

/// One call, meeting, visit, statement… between actors, with what was said and where it was reported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Interaction {
    pub id: String,
    /// `"2022-07-25"`, or `"2022-07"` / `"2022"` when only the month or year is known.
    pub date: Date,
    /// The last day of an event that spans days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    pub kind: InteractionKind,
    /// Actor ids.
    pub participants: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub initiator: Option<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub mediators: Vec<String>,
    /// Where it happened: a place's `id`, or any text. A place whose id, name, native name
    /// or alias the text contains (`"Moscow (Kremlin)"`) is where it happened too.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub place: Option<String>,
    /// One line.
    pub title: String,
    /// A few neutral sentences.
    pub summary: String,
    /// The CAMEO quad class.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub class: Option<Class>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub topics: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub quotes: Vec<Quote>,
    #[serde(default)]
    pub sources: Vec<Source>,
    /// How a machine coder classified the event; absent in hand-written data.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coding: Option<EventCoding>,
}

/// What sort of interaction. Written everywhere in one vocabulary, the words of
/// [`InteractionKind::label`]: `call`, `meeting`, … in the data file, JSON, CSV, Markdown and
/// the browser. The data file also reads the older names (`PhoneCall`, `Meeting`, …), so files
/// written before keep loading.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum InteractionKind {
    #[serde(rename = "call", alias = "PhoneCall")]
    PhoneCall,
    #[serde(rename = "meeting", alias = "Meeting")]
    Meeting,
    #[serde(rename = "talks", alias = "Talks")]
    Talks,
    #[serde(rename = "visit", alias = "Visit")]
    Visit,
    #[serde(rename = "statement", alias = "Statement")]
    Statement,
    #[serde(rename = "post", alias = "Post")]
    Post,
    #[serde(rename = "summit", alias = "Summit")]
    Summit,
    #[serde(rename = "hearing", alias = "Hearing")]
    Hearing,
    #[serde(rename = "agreement", alias = "Agreement")]
    Agreement,
    #[serde(rename = "clash", alias = "Clash")]
    Clash,
    /// A material act that is no meeting, agreement or use of force: aid, sanctions, arrests,
    /// protests, shows of force. Machine-coded data uses it.
    #[serde(rename = "action", alias = "Action")]
    Action,
}

/// The CAMEO quad class of an interaction.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
pub enum Class {
    VerbalCooperation,
    MaterialCooperation,
    VerbalConflict,
    MaterialConflict,
}

/// Words as someone said or wrote them: verbatim, never completed or improved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// Actor id.
    pub speaker: String,
    pub text: String,
    /// How it reached the source: `"tweet"`, `"official readout"`, `"press office"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub via: Option<String>,
    /// Which of the interaction's sources printed it: that source's URL (or its outlet, for a
    /// source without one). Without it, the citation names the interaction's first source.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub source: Option<String>,
}

/// Where an interaction was reported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Source {
    pub outlet: String,
    /// The headline or page title, where known. A source needs a title or a URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

impl InteractionKind {
    pub const ALL: [InteractionKind; 11] = [
        InteractionKind::PhoneCall,
        InteractionKind::Meeting,
        InteractionKind::Talks,
        InteractionKind::Visit,
        InteractionKind::Statement,
        InteractionKind::Post,
        InteractionKind::Summit,
        InteractionKind::Hearing,
        InteractionKind::Agreement,
        InteractionKind::Clash,
        InteractionKind::Action,
    ];

    /// A short lowercase label for tables.
    pub fn label(self) -> &'static str {
        match self {
            InteractionKind::PhoneCall => "call",
            InteractionKind::Meeting => "meeting",
            InteractionKind::Talks => "talks",
            InteractionKind::Visit => "visit",
            InteractionKind::Statement => "statement",
            InteractionKind::Post => "post",
            InteractionKind::Summit => "summit",
            InteractionKind::Hearing => "hearing",
            InteractionKind::Agreement => "agreement",
            InteractionKind::Clash => "clash",
            InteractionKind::Action => "action",
        }
    }
}

impl Class {
    pub fn label(self) -> &'static str {
        match self {
            Class::VerbalCooperation => "verbal cooperation",
            Class::MaterialCooperation => "material cooperation",
            Class::VerbalConflict => "verbal conflict",
            Class::MaterialConflict => "material conflict",
        }
    }
}
