//! The checks of an actor: its id (unique, lowercase, no spaces), names, country and Wikidata
//! codes, and its dated roles (on the calendar, neither inverted nor overlapping).

use super::{Problem, Validator, path_index};
use crate::data::locate::Path;
use crate::data::model::{Actor, Role};

impl<'a> Validator<'a> {
    pub(super) fn actor_id(&mut self, path: Path, actor: &'a Actor) {
        let id = actor.id.as_str();
        if id.trim().is_empty() {
            self.problems
                .push(Problem::new(path.field("id"), "the actor's id is empty"));
            return;
        }
        if id.chars().any(|c| c.is_uppercase() || c.is_whitespace()) {
            let what = if id.chars().any(char::is_whitespace) {
                "has spaces"
            } else {
                "is not lowercase"
            };
            self.problems.push(
                Problem::new(path.field("id"), format!("actor id {id:?} {what}")).help(format!(
                    "ids are short and lowercase, without spaces: {:?}",
                    id.to_lowercase()
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join("-")
                )),
            );
        }
        match self.ids.get(id) {
            Some(&first) => self.problems.push(Problem {
                related: Some((
                    Path::default().field("actors").index(first).field("id"),
                    "first defined here",
                )),
                ..Problem::new(path.field("id"), format!("duplicate actor id {id:?}"))
                    .help("every actor needs an id of its own")
            }),
            None => {
                self.ids.insert(id, path_index(&path));
            }
        }
    }

    pub(super) fn actor(&mut self, path: Path, actor: &Actor) {
        self.not_empty(path.field("name"), &actor.name, "the actor's name");
        self.not_empty(path.field("role"), &actor.role, "the actor's role");
        self.roles(path.field("roles"), &actor.roles);
        if let Some(native) = &actor.native {
            self.not_huge(path.field("native"), native, "the native name");
        }
        for (i, alias) in actor.aliases.iter().enumerate() {
            self.not_huge(path.field("aliases").index(i), alias, "an alias");
        }
        if let Some(short) = &actor.short {
            self.not_empty(path.field("short"), short, "the actor's short name");
            self.not_huge(path.field("short"), short, "the short name");
        }
        if let Some(aff) = &actor.affiliation {
            if aff == &actor.id {
                self.problems.push(Problem::new(
                    path.field("affiliation"),
                    format!("actor {:?} is affiliated with itself", actor.id),
                ));
            } else {
                self.reference(path.field("affiliation"), aff, "affiliation");
            }
        }
        if let Some(country) = &actor.country
            && !(country.len() == 3 && country.bytes().all(|b| b.is_ascii_uppercase()))
        {
            self.problems.push(
                Problem::new(
                    path.field("country"),
                    format!("country {country:?} is not an ISO 3166 alpha-3 code"),
                )
                .help("three capital letters, as CAMEO uses them: \"ARM\", \"AZE\", \"USA\""),
            );
        }
        if let Some(q) = &actor.wikidata {
            let ok =
                q.len() > 1 && q.starts_with('Q') && q[1..].bytes().all(|b| b.is_ascii_digit());
            if !ok {
                self.problems.push(
                    Problem::new(
                        path.field("wikidata"),
                        format!("wikidata {q:?} is not a Wikidata item id"),
                    )
                    .help("a Q followed by digits, such as \"Q7758\""),
                );
            }
        }
    }

    /// An actor's dated roles: titles, dates on the calendar, periods that are neither
    /// inverted nor overlapping. Ends are inclusive; an imprecise end counts against a
    /// period only where it surely does (see [`Role`]).
    fn roles(&mut self, path: Path, roles: &[Role]) {
        for (i, r) in roles.iter().enumerate() {
            let rp = path.index(i);
            self.not_empty(rp.field("title"), &r.title, "a role's title");
            for (field, d) in [("from", r.from), ("until", r.until)] {
                if let Some(d) = d {
                    self.date(rp.field(field), d);
                }
            }
            match (r.from, r.until) {
                (None, None) => self.problems.push(
                    Problem::new(rp, "a dated role has neither `from` nor `until`").help(
                        "give the period the role was held; a role held throughout is the actor's `role`",
                    ),
                ),
                (Some(from), Some(until)) if until.last_day() < from.first_day() => {
                    self.problems.push(
                        Problem::new(
                            rp.field("until"),
                            format!("`until` {until} is before `from` {from}"),
                        )
                        .help("`from` is the first day the role was held, `until` the last"),
                    )
                }
                _ => {}
            }
        }
        // A pair overlaps when every reading of their imprecise ends has them share a day
        // ([`Role::may_precede`]). The later role is reported, at its start, and the earlier
        // shown at its end. A role without a period was reported above.
        let dated = |r: &&Role| r.from.is_some() || r.until.is_some();
        for (j, later) in roles.iter().enumerate().filter(|(_, r)| dated(r)) {
            for (i, earlier) in roles.iter().enumerate().filter(|(_, r)| dated(r)) {
                if i == j
                    || (later.widest().0, j) < (earlier.widest().0, i)
                    || earlier.may_precede(later)
                    || later.may_precede(earlier)
                {
                    continue;
                }
                let at = |p: Path, r: &Role, end: &'static str| match (r.from, r.until) {
                    (Some(_), Some(_)) => p.field(end),
                    (Some(_), None) => p.field("from"),
                    _ => p.field("until"),
                };
                self.problems.push(
                    Problem::new(
                        at(path.index(j), later, "from"),
                        format!(
                            "role {:?} ({}) overlaps role {:?} ({})",
                            later.title,
                            later.period(),
                            earlier.title,
                            earlier.period()
                        ),
                    )
                    .help(
                        "an actor holds one dated role at a time, ends included: let one end \
                         before the next begins, or give roles held together one title",
                    )
                    .related(at(path.index(i), earlier, "until"), "the other role"),
                );
            }
        }
    }
}
