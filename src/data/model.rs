//! The data format: the types a dataset file deserializes into.
//!
//! These are the public contract: people write these files by hand, so every field that may be
//! left out has a default, and `#![enable(implicit_some)]` lets optional values be written bare.
//! `data/README.md` documents every field.

use bitcode::{Decode, Encode};
use serde::{Deserialize, Serialize};

use super::date::Date;

/// One dataset file: a title, the actors, and the interactions between them.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Encode, Decode)]
#[serde(deny_unknown_fields)]
pub struct Dataset {
    pub title: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub description: Option<String>,
    #[serde(default)]
    pub actors: Vec<Actor>,
    #[serde(default)]
    pub interactions: Vec<Interaction>,
    /// Places with their names in other scripts and spellings, so that search and the place
    /// filter find an interaction's `place` however it is spelled.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub places: Vec<Place>,
}

/// A place: a city, region or corridor, with its names.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Encode, Decode)]
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
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub aliases: Vec<String>,
}

/// A person, state, organisation or office that takes part in interactions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Encode, Decode)]
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
    /// The actor's role: `"President of Azerbaijan"`. For an actor with dated [`roles`], the
    /// role on every date none of them covers, and the one shown where no date applies (the
    /// actors pane, the picker, the profile's first line).
    ///
    /// [`roles`]: Actor::roles
    pub role: String,
    /// The roles the actor held for a period, as titles with the dates they were held: an
    /// interaction shows the one held on its date ([`Actor::role_on`]). Empty for an actor
    /// whose role did not change.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub roles: Vec<Role>,
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

/// A role held for a period: `Role(title: "acting Prime Minister of Armenia", from:
/// "2021-05-10", until: "2021-08-02")`.
///
/// Both ends are inclusive and either may be left out (the period is then open at that end).
/// An end of month or year precision is read as the source gives it: the role *may* have
/// been held from the first day of that month or year, and certainly was from its last day
/// (for `until`: certainly to the first day, perhaps to the last). See [`Actor::role_on`].
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Encode, Decode)]
#[serde(deny_unknown_fields)]
pub struct Role {
    /// What the role was called at the time: `"Speaker of Armenia’s National Assembly"`.
    pub title: String,
    /// The first day the role was held, at the precision the sources give.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<Date>,
    /// The last day the role was held, at the precision the sources give.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub until: Option<Date>,
}

/// How surely a role covers a day: the order in which [`Actor::role_on`] prefers them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Cover {
    /// The day is within the period read widely only: an end of month or year precision may
    /// or may not reach it.
    Possibly,
    /// The day is within the period however its imprecise ends are read.
    Certainly,
}

impl Role {
    /// The period read widely: the first day `from` may mean and the last day `until` may
    /// mean; `None` for an open end.
    pub fn widest(&self) -> (Option<Date>, Option<Date>) {
        (
            self.from.map(Date::first_day),
            self.until.map(Date::last_day),
        )
    }

    /// The period read narrowly: the last day `from` may mean and the first day `until` may
    /// mean; `None` for an open end. Empty (start after end) when both ends fall in one month
    /// or year of imprecise dates.
    pub fn narrowest(&self) -> (Option<Date>, Option<Date>) {
        (
            self.from.map(Date::last_day),
            self.until.map(Date::first_day),
        )
    }

    /// Whether some reading of the two periods' imprecise ends has this role end before
    /// `next` begins: the earliest this one may end (never before it may begin) is before the
    /// latest `next` may begin (never after it may end). An open end never ends or begins.
    /// Two roles of which neither may precede the other surely overlap.
    pub fn may_precede(&self, next: &Role) -> bool {
        let earliest_end = self.until.map(|u| match self.from {
            Some(f) => u.first_day().max(f.first_day()),
            None => u.first_day(),
        });
        let latest_start = next.from.map(|f| match next.until {
            Some(u) => f.last_day().min(u.last_day()),
            None => f.last_day(),
        });
        matches!((earliest_end, latest_start), (Some(e), Some(s)) if e < s)
    }

    /// Whether the role covers `day` (a date of day precision), and how surely.
    pub fn covers(&self, day: Date) -> Option<Cover> {
        let within = |(from, until): (Option<Date>, Option<Date>)| {
            from.is_none_or(|f| f <= day) && until.is_none_or(|u| day <= u)
        };
        if within(self.narrowest()) {
            Some(Cover::Certainly)
        } else if within(self.widest()) {
            Some(Cover::Possibly)
        } else {
            None
        }
    }

    /// The period in words, its dates as written: `2021-05-10 to 2021-08-02`, `from 2025-01`,
    /// `until 2024-11-30`, `undated`.
    pub fn period(&self) -> String {
        match (self.from, self.until) {
            (Some(f), Some(u)) => format!("{f} to {u}"),
            (Some(f), None) => format!("from {f}"),
            (None, Some(u)) => format!("until {u}"),
            (None, None) => "undated".to_owned(),
        }
    }
}

impl Actor {
    /// The role the actor held on `date`: the title of the dated role that covers it, else
    /// [`Actor::role`].
    ///
    /// A date of month or year precision is looked up on its first day, where it sorts. A
    /// role that certainly covers the day wins over one that possibly does (a change of role
    /// dated only to a month); among those that possibly do, the one that began first (the
    /// role held before the change), and among equals the first listed. Periods that surely
    /// overlap are a validation error, so at most one role certainly covers a day.
    pub fn role_on(&self, date: Date) -> &str {
        let day = date.first_day();
        self.roles
            .iter()
            .filter_map(|r| r.covers(day).map(|c| (c, r)))
            .min_by_key(|&(c, r)| (std::cmp::Reverse(c), r.widest().0))
            .map_or(self.role.as_str(), |(_, r)| r.title.as_str())
    }

    /// The dated roles in the order they were held (by their first possible day; an open
    /// start first), then as listed.
    pub fn roles_in_order(&self) -> Vec<&Role> {
        let mut roles: Vec<&Role> = self.roles.iter().collect();
        roles.sort_by_key(|r| r.widest().0);
        roles
    }
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

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Encode, Decode)]
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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Encode, Decode)]
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
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize, Encode, Decode)]
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
#[derive(
    Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize, Encode, Decode,
)]
pub enum Class {
    VerbalCooperation,
    MaterialCooperation,
    VerbalConflict,
    MaterialConflict,
}

/// Words as someone said or wrote them: verbatim, never completed or improved.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Encode, Decode)]
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

/// How a machine coder or an event dataset (GDELT, ICEWS, POLECAT, ACLED) classified an event:
/// its event code and the scores and counts that come with it. Every field but `dataset` and
/// `event` may be left out.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Encode, Decode)]
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
    pub sources: Option<u64>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub articles: Option<u64>,
    /// The event ids in the database; several when duplicates were merged into one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub ids: Vec<String>,
}

/// The scheme of an [`EventCoding`]'s event codes.
#[derive(
    Debug, Clone, Copy, Default, PartialEq, Eq, Hash, Serialize, Deserialize, Encode, Decode,
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
    pub fn is_cameo(&self) -> bool {
        *self == Scheme::Cameo
    }

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

/// Where an interaction was reported.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Encode, Decode)]
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

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    fn role(title: &str, from: Option<&str>, until: Option<&str>) -> Role {
        Role {
            title: title.to_owned(),
            from: from.map(d),
            until: until.map(d),
        }
    }

    fn actor(role_: &str, roles: Vec<Role>) -> Actor {
        Actor {
            id: "a".to_owned(),
            name: "A".to_owned(),
            native: None,
            aliases: Vec::new(),
            short: None,
            kind: ActorKind::Person,
            role: role_.to_owned(),
            roles,
            affiliation: None,
            country: None,
            wikidata: None,
            code: None,
        }
    }

    #[test]
    fn a_dated_role_covers_its_period_ends_included() {
        let pashinyan = actor(
            "Prime Minister of Armenia",
            vec![role(
                "acting Prime Minister of Armenia",
                Some("2021-05-10"),
                Some("2021-08-02"),
            )],
        );
        for (date, expected) in [
            ("2021-05-09", "Prime Minister of Armenia"),
            ("2021-05-10", "acting Prime Minister of Armenia"),
            ("2021-06-28", "acting Prime Minister of Armenia"),
            ("2021-08-02", "acting Prime Minister of Armenia"),
            ("2021-08-03", "Prime Minister of Armenia"),
            // A month or year is looked up on its first day, where it sorts.
            ("2021-06", "acting Prime Minister of Armenia"),
            ("2021-05", "Prime Minister of Armenia"),
            ("2021-08", "acting Prime Minister of Armenia"),
            ("2021", "Prime Minister of Armenia"),
        ] {
            assert_eq!(pashinyan.role_on(d(date)), expected, "on {date}");
        }
    }

    #[test]
    fn open_ends_run_from_and_to_the_end_of_the_data() {
        let a = actor(
            "Foreign Minister",
            vec![
                role("Speaker", None, Some("2021-08-02")),
                role("Foreign Minister", Some("2021-08-19"), None),
            ],
        );
        assert_eq!(a.role_on(d("1990")), "Speaker");
        assert_eq!(a.role_on(d("2021-08-02")), "Speaker");
        // Between the two: neither covers the day, so the undated role stands.
        let gap = actor("(between)", a.roles.clone());
        assert_eq!(gap.role_on(d("2021-08-10")), "(between)");
        assert_eq!(a.role_on(d("2021-08-19")), "Foreign Minister");
        assert_eq!(a.role_on(d("2030-01-01")), "Foreign Minister");
    }

    #[test]
    fn a_month_until_beside_a_day_from() {
        // Speaker "until August 2021" (day not known), Foreign Minister from 19 August: the
        // Speaker's role may run to 31 August, but from the 19th the minister's certainly
        // holds, and wins.
        let a = actor(
            "Foreign Minister",
            vec![
                role("Speaker", None, Some("2021-08")),
                role("Foreign Minister", Some("2021-08-19"), None),
            ],
        );
        assert_eq!(a.roles[0].covers(d("2021-08-01")), Some(Cover::Certainly));
        assert_eq!(a.roles[0].covers(d("2021-08-10")), Some(Cover::Possibly));
        assert_eq!(a.roles[0].covers(d("2021-08-31")), Some(Cover::Possibly));
        assert_eq!(a.roles[0].covers(d("2021-09-01")), None);
        assert_eq!(a.role_on(d("2021-08-10")), "Speaker");
        assert_eq!(a.role_on(d("2021-08-18")), "Speaker");
        assert_eq!(a.role_on(d("2021-08-19")), "Foreign Minister");
        assert_eq!(a.role_on(d("2021-08-31")), "Foreign Minister");
        // A month-precision interaction is looked up on its first day.
        assert_eq!(a.role_on(d("2021-08")), "Speaker");
    }

    #[test]
    fn a_change_dated_only_to_a_month_keeps_the_earlier_role_through_it() {
        // Both ends in May 2024, day not known: in May either may hold, and the role held
        // before the change is shown; a role "from May" certainly holds on 31 May.
        let a = actor(
            "default",
            vec![
                role("new", Some("2024-05"), None),
                role("old", Some("2020"), Some("2024-05")),
            ],
        );
        assert_eq!(a.roles[0].covers(d("2024-05-15")), Some(Cover::Possibly));
        assert_eq!(a.role_on(d("2024-04-30")), "old");
        assert_eq!(a.role_on(d("2024-05-15")), "old");
        assert_eq!(a.role_on(d("2024-05-30")), "old");
        assert_eq!(a.role_on(d("2024-05-31")), "new");
        assert_eq!(a.role_on(d("2024-06-01")), "new");
        // A year-precision start: possibly from 1 January, certainly from 31 December.
        assert_eq!(a.roles[1].covers(d("2020-01-01")), Some(Cover::Possibly));
        assert_eq!(a.roles[1].covers(d("2020-12-31")), Some(Cover::Certainly));
        assert_eq!(a.role_on(d("2019-12-31")), "default");
    }

    #[test]
    fn without_dated_roles_the_role_stands_everywhere() {
        let a = actor("President", Vec::new());
        assert_eq!(a.role_on(d("2020-11-09")), "President");
        assert!(a.roles_in_order().is_empty());
    }

    #[test]
    fn periods_in_words_and_in_order() {
        let a = actor(
            "r",
            vec![
                role("c", Some("2025-01-21"), None),
                role("a", None, Some("2021-08")),
                role("b", Some("2021-08-19"), Some("2025-01-20")),
            ],
        );
        let listed: Vec<(String, String)> = a
            .roles_in_order()
            .into_iter()
            .map(|r| (r.title.clone(), r.period()))
            .collect();
        assert_eq!(
            listed,
            [
                ("a".to_owned(), "until 2021-08".to_owned()),
                ("b".to_owned(), "2021-08-19 to 2025-01-20".to_owned()),
                ("c".to_owned(), "from 2025-01-21".to_owned()),
            ]
        );
    }
}
