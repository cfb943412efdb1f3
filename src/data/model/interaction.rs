//! Interactions: what happened between actors, with its quotes and sources.

use serde::{Deserialize, Serialize};

use super::exact::exact;

use super::EventCoding;
use crate::data::date::Date;

/// One call, meeting, visit, statement… between actors, with what was said and where it was reported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, bitcode::Encode, bitcode::Decode)]
#[serde(deny_unknown_fields)]
pub struct Interaction {
    /// Short, lowercase, unique among interactions: `"2022-07-25-aliyev-putin-call"`.
    pub id: String,
    /// `"2022-07-25"`, or `"2022-07"` / `"2022"` when only the month or year is known.
    pub date: Date,
    /// The last day of an event that spans days.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
    /// What sort of interaction it was.
    pub kind: InteractionKind,
    /// Actor ids.
    #[serde(deserialize_with = "exact")]
    pub participants: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// The id of the actor who started it, where the sources say.
    pub initiator: Option<String>,
    #[serde(
        default,
        deserialize_with = "exact",
        skip_serializing_if = "Vec::is_empty"
    )]
    /// The ids of the actors who mediated between the participants.
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
    #[serde(
        default,
        deserialize_with = "exact",
        skip_serializing_if = "Vec::is_empty"
    )]
    /// Free words to group interactions by: `["peace treaty", "border"]`.
    pub topics: Vec<String>,
    #[serde(
        default,
        deserialize_with = "exact",
        skip_serializing_if = "Vec::is_empty"
    )]
    /// Words said or written in the interaction, verbatim.
    pub quotes: Vec<Quote>,
    #[serde(default, deserialize_with = "exact")]
    /// Where it was reported; at least one.
    pub sources: Vec<Source>,
    /// How a machine coder classified the event; absent in hand-written data. Boxed: most
    /// interactions have none, and an [`EventCoding`] is nearly as large as the rest of an
    /// interaction (216 bytes beside 264).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub coding: Option<Box<EventCoding>>,
}

/// What sort of interaction. Written everywhere in one vocabulary, the words of
/// [`InteractionKind::label`]: `call`, `meeting`, … in the data file, JSON, CSV, Markdown and
/// the browser. The data file also reads the older names (`PhoneCall`, `Meeting`, …), so files
/// written before keep loading.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    Serialize,
    Deserialize,
    bitcode::Encode,
    bitcode::Decode,
)]
pub enum InteractionKind {
    #[serde(rename = "call", alias = "PhoneCall")]
    /// A phone or video call.
    PhoneCall,
    #[serde(rename = "meeting", alias = "Meeting")]
    /// A meeting of a few.
    Meeting,
    #[serde(rename = "talks", alias = "Talks")]
    /// Talks between delegations.
    Talks,
    #[serde(rename = "visit", alias = "Visit")]
    /// A visit to another's country.
    Visit,
    #[serde(rename = "statement", alias = "Statement")]
    /// A statement, speech or interview.
    Statement,
    #[serde(rename = "post", alias = "Post")]
    /// A post on social media.
    Post,
    #[serde(rename = "summit", alias = "Summit")]
    /// A summit of several leaders.
    Summit,
    #[serde(rename = "hearing", alias = "Hearing")]
    /// A hearing: a parliament's or a court's.
    Hearing,
    #[serde(rename = "agreement", alias = "Agreement")]
    /// An agreement signed or announced.
    Agreement,
    #[serde(rename = "clash", alias = "Clash")]
    /// Armed violence between the sides.
    Clash,
    /// A material act that is no meeting, agreement or use of force: aid, sanctions, arrests,
    /// protests, shows of force. Machine-coded data uses it.
    #[serde(rename = "action", alias = "Action")]
    Action,
}

/// The CAMEO quad class of an interaction.
#[derive(
    Debug,
    Clone,
    Copy,
    PartialEq,
    Eq,
    Hash,
    PartialOrd,
    Ord,
    Serialize,
    Deserialize,
    bitcode::Encode,
    bitcode::Decode,
)]
pub enum Class {
    /// Verbal cooperation: consult, appeal, express intent to cooperate (CAMEO 01–05).
    VerbalCooperation,
    /// Material cooperation: cooperate, give aid, yield (CAMEO 06–08).
    MaterialCooperation,
    /// Verbal conflict: investigate, demand, disapprove, reject, threaten (CAMEO 09–13).
    VerbalConflict,
    /// Material conflict: protest, coerce, assault, fight (CAMEO 14–20).
    MaterialConflict,
}

/// Words as someone said or wrote them: verbatim, never completed or improved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, bitcode::Encode, bitcode::Decode)]
#[serde(deny_unknown_fields)]
pub struct Quote {
    /// Actor id.
    pub speaker: String,
    /// The words, as said or written.
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, bitcode::Encode, bitcode::Decode)]
#[serde(deny_unknown_fields)]
pub struct Source {
    /// Who published it: `Reuters`, `president.az`.
    pub outlet: String,
    /// The headline or page title, where known. A source needs a title or a URL.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub title: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// When it was published, at the precision known.
    pub date: Option<Date>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    /// Where to read it.
    pub url: Option<String>,
}

impl InteractionKind {
    /// Every kind, in the order filters and legends list them.
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
    /// A short lowercase label for tables: `verbal cooperation`.
    pub fn label(self) -> &'static str {
        match self {
            Class::VerbalCooperation => "verbal cooperation",
            Class::MaterialCooperation => "material cooperation",
            Class::VerbalConflict => "verbal conflict",
            Class::MaterialConflict => "material conflict",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A dataset holds hundreds of thousands of interactions: the coding, which hand-written
    /// data never has, costs them a pointer, not its size.
    #[test]
    fn an_interaction_holds_its_coding_behind_a_pointer() {
        assert_eq!(size_of::<Option<Box<EventCoding>>>(), size_of::<usize>());
        assert!(
            size_of::<Interaction>() <= 264,
            "{}",
            size_of::<Interaction>()
        );
    }
}
