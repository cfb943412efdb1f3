//! The data format: the types a dataset file deserializes into.
//!
//! These are the public contract: people write these files by hand, so every field that may be
//! left out has a default, and `#![enable(implicit_some)]` lets optional values be written bare.
//! `data/README.md` documents every field.

use serde::{Deserialize, Serialize};

use super::date::Date;

/// One dataset file: a title, the actors, and the interactions between them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default)]
    pub actors: Vec<Actor>,
    #[serde(default)]
    pub interactions: Vec<Interaction>,
}

/// A person, state, organisation or office that takes part in interactions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Actor {
    /// Short, lowercase, unique: `"aliyev"`.
    pub id: String,
    /// The name in English: `"Ilham Aliyev"`.
    pub name: String,
    /// The name in its own script or spelling: `"İlham Əliyev"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub native: Option<String>,
    /// Other spellings: `["Aliev"]`.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
    /// How a row names the actor where space is short (the timeline's participants, the
    /// actors pane's relationships): for a person whose surname is more than the last word
    /// of `name`, `"von der Leyen"`, `"Bagheri Kani"`. Left out, a person is named by the
    /// last word of `name` and anyone else by the whole `name`: see [`Actor::short_name`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<String>,
    pub kind: ActorKind,
    /// The role at the time of the data: `"President of Azerbaijan"`.
    pub role: String,
    /// The id of the state or organisation the actor belongs to.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub affiliation: Option<String>,
    /// ISO 3166 alpha-3 code, as CAMEO and PLOVER use: `"ARM"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub country: Option<String>,
    /// Wikidata item, only where verified: `"Q…"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wikidata: Option<String>,
    /// The actor's code in the scheme of a machine coder, for imported data: CAMEO `"ARMGOV"`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub code: Option<String>,
}

impl Actor {
    /// The name a row shows where space is short: `short` when given, else a person's last
    /// word of `name` (`"Aliyev"`) and any other actor's whole `name` (`"Kremlin"`).
    pub fn short_name(&self) -> &str {
        match &self.short {
            Some(short) => short,
            None if self.kind == ActorKind::Person => {
                self.name.rsplit(' ').next().unwrap_or(&self.name)
            }
            None => &self.name,
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum ActorKind {
    Person,
    State,
    Organization,
    /// An office such as the Kremlin or a press office.
    Office,
    /// People grouped by a coder rather than one body: a country's civilians, media or
    /// business, or a region. Machine-coded data uses it.
    Group,
}

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

/// How a machine coder such as GDELT classified an event: the CAMEO event code and the scores
/// and counts that come with it. Every field but `dataset` and `event` may be left out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EventCoding {
    /// The event database the event comes from: `"GDELT 2.0"`.
    pub dataset: String,
    /// The CAMEO event code, with its leading zero: `"0231"`.
    pub event: String,
    /// The Goldstein scale of the event code, from −10 (most conflictual) to +10.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub goldstein: Option<f64>,
    /// The average tone of the documents that mention the event (GDELT: −100 to +100).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub tone: Option<f64>,
    /// How often the event was mentioned, in how many sources and articles.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub mentions: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sources: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub articles: Option<u64>,
    /// The event ids in the database; several when duplicates were merged into one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ids: Vec<String>,
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

impl ActorKind {
    pub fn label(self) -> &'static str {
        match self {
            ActorKind::Person => "person",
            ActorKind::State => "state",
            ActorKind::Organization => "organization",
            ActorKind::Office => "office",
            ActorKind::Group => "group",
        }
    }
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
