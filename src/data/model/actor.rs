//! Actors: who takes part in interactions, and the roles they held when.

use serde::{Deserialize, Serialize};

use super::exact::exact;

use crate::data::date::Date;

/// A person, state, organisation or office that takes part in interactions.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, bitcode::Encode, bitcode::Decode)]
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
    #[serde(
        default,
        deserialize_with = "exact",
        skip_serializing_if = "Vec::is_empty"
    )]
    pub aliases: Vec<String>,
    /// How a row names the actor where space is short (the timeline's participants, the
    /// actors pane's relationships): for a person whose surname is more than the last word
    /// of `name`, `"von der Leyen"`, `"Bagheri Kani"`. Left out, a person is named by the
    /// last word of `name` and anyone else by the whole `name`: see [`Actor::short_name`].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub short: Option<String>,
    /// What sort of actor it is.
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
    #[serde(
        default,
        deserialize_with = "exact",
        skip_serializing_if = "Vec::is_empty"
    )]
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
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, bitcode::Encode, bitcode::Decode)]
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
/// What sort of actor: a person, a state, an organisation, an office or a group.
pub enum ActorKind {
    /// One person.
    Person,
    /// A state.
    State,
    /// An organisation: a party, a ministry, an international body.
    Organization,
    /// An office such as the Kremlin or a press office.
    Office,
    /// People grouped by a coder rather than one body: a country's civilians, media or
    /// business, or a region. Machine-coded data uses it.
    Group,
}

impl ActorKind {
    /// A short lowercase label for tables: `person`.
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
