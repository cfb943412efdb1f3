//! The values every output writes the same way: dates with their precision, actors with the
//! role they held, event codes with their meaning, signed numbers, fatalities, coverage, the
//! Goldstein gauge, and the citation of a source or a quote.

use unicode_width::UnicodeWidthStr;

use crate::data::cameo;
use crate::data::{Data, Date, EventCoding, Interaction, Precision, Quote, Scheme, Source};

/// A date as the source gave it, with its precision said in words: `2024-02` reads
/// `2024-02 (day not known)`; with `until`, the range `2022-05-22 to 2022-05-23`.
pub fn date_text(date: Date, until: Option<Date>) -> String {
    let mut s = date.to_string();
    match date.precision() {
        Precision::Day => {}
        Precision::Week => s.push_str(&format!(
            " (day not known: a day from {} to {})",
            date.first_day(),
            date.last_day()
        )),
        Precision::Month => s.push_str(" (day not known)"),
        Precision::Year => s.push_str(" (month not known)"),
    }
    if let Some(u) = until {
        s.push_str(" to ");
        s.push_str(&u.to_string());
    }
    s
}

/// An actor of an interaction as the outputs name it: its name (the id when it names no actor
/// of the dataset) and the role it held on the interaction's date, if the data gives one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Named<'a> {
    /// The actor's name.
    pub name: &'a str,
    /// The role held on the interaction's date; `None` when the data gives none (an empty
    /// role is none).
    pub role: Option<&'a str>,
}

/// The actor `id` of `it`, with the role it held on the interaction's date.
pub fn named<'a>(data: &'a Data, interaction: &Interaction, id: &'a str) -> Named<'a> {
    Named {
        name: data.name_of(id),
        role: data.role_of(id, interaction.date),
    }
}

impl Named<'_> {
    /// As a field lists it: `Nikol Pashinyan — acting Prime Minister of Armenia`; the name
    /// alone without a role.
    pub fn listed(&self) -> String {
        match self.role {
            Some(role) => format!("{} — {role}", self.name),
            None => self.name.to_owned(),
        }
    }

    /// As a citation names it, among commas: `Nikol Pashinyan (acting Prime Minister of
    /// Armenia)`; the name alone without a role.
    pub fn cited(&self) -> String {
        match self.role {
            Some(role) => format!("{} ({role})", self.name),
            None => self.name.to_owned(),
        }
    }
}

/// How a participant is named in a row of a list: a person by surname, anyone else in full,
/// told apart from actors named alike ([`Data::short_name`]); the id when it names no actor.
pub fn short_name<'a>(data: &'a Data, id: &'a str) -> &'a str {
    match data.actor_index(id) {
        Some(a) => data.short_name(a),
        None => id,
    }
}

/// The participants of an interaction as a list row names them: short names, comma-separated.
pub fn participants(data: &Data, interaction: &Interaction) -> String {
    interaction
        .participants
        .iter()
        .map(|id| short_name(data, id))
        .collect::<Vec<_>>()
        .join(", ")
}

/// The kind of an interaction with its CAMEO quad class: `call · verbal cooperation`.
pub fn kind_text(interaction: &Interaction) -> String {
    let mut kind = interaction.kind.label().to_owned();
    if let Some(class) = interaction.class {
        kind.push_str(" · ");
        kind.push_str(class.label());
    }
    kind
}

/// An event code with what it means in its scheme: `020 Make an appeal or request…` (CAMEO,
/// with the codebook's words), `CONSULT, visit` (PLOVER, with the mode), `Battles: Armed
/// clash` (ACLED, with the sub-event type).
pub fn event_text(c: &EventCoding) -> String {
    match c.scheme {
        Scheme::Cameo => match cameo::description(&c.event) {
            Some(d) => format!("{} {d}", c.event),
            None => match cameo::nearest_description(&c.event) {
                Some((parent, d)) => format!("{} (not in the codebook; {parent} {d})", c.event),
                None => c.event.clone(),
            },
        },
        Scheme::Plover => match &c.subtype {
            Some(mode) => format!("{}, {mode}", c.event),
            None => c.event.clone(),
        },
        Scheme::Acled => match &c.subtype {
            Some(sub) => format!("{}: {sub}", c.event),
            None => c.event.clone(),
        },
    }
}

/// ACLED's fatalities, with what a zero means there.
pub fn fatalities(n: u64) -> String {
    match n {
        0 => "0 (none, or none reported)".to_owned(),
        1 => "1 (ACLED's conservative estimate)".to_owned(),
        n => format!("{n} (ACLED's conservative estimate)"),
    }
}

/// The mention, source and article counts that are known: `6 mentions · 1 source · 6 articles`;
/// for events merged into one, `at least …`: their counts overlap, the largest is kept.
/// `None` when no count is known.
pub fn coverage(c: &EventCoding) -> Option<String> {
    let counts: Vec<String> = [
        (c.mentions, "mention", "mentions"),
        (c.sources, "source", "sources"),
        (c.articles, "article", "articles"),
    ]
    .into_iter()
    .filter_map(|(n, one, many)| n.map(|n| format!("{n} {}", if n == 1 { one } else { many })))
    .collect();
    let at_least = if c.ids.len() > 1 { "at least " } else { "" };
    (!counts.is_empty()).then(|| format!("{at_least}{}", counts.join(" · ")))
}

/// A number with `decimals` decimals and a true minus sign: `3.4`, `−7.0`; a value that
/// rounds to zero has no sign.
pub fn signed(value: f64, decimals: usize) -> String {
    let text = format!("{:.decimals$}", value.abs());
    if value < 0.0 && text.bytes().any(|b| b.is_ascii_digit() && b != b'0') {
        format!("−{text}")
    } else {
        text
    }
}

/// A Goldstein score (or an intensity on the same scale) with its scale, for text without
/// room to draw: `3.4 (−10 to +10)`.
pub fn scale_text(score: f64) -> String {
    format!("{} (−10 to +10)", signed(score, 1))
}

/// A Goldstein score on its scale from −10 to +10, in at most `width` display columns:
/// `−10 ├────────┼──■─────┤ +10  3.4`. The `┼` marks 0; each of the up to 21 cells between
/// the ends stands for one point or more. When the gauge does not fit, [`scale_text`].
pub fn goldstein_gauge(score: f64, width: usize) -> String {
    let value = signed(score, 1);
    // "−10 ├" + cells + "┤ +10  " + value
    let fixed = 4 + 1 + 1 + 4 + 2 + value.width();
    let cells = width.saturating_sub(fixed).min(21);
    if cells < 5 {
        return scale_text(score);
    }
    let half = (cells - 1) / 2;
    let cells = 2 * half + 1;
    let at = ((score.clamp(-10.0, 10.0) + 10.0) / 20.0 * (2 * half) as f64).round() as usize;
    let bar: String = (0..cells)
        .map(|i| match i {
            i if i == at => '■',
            i if i == half => '┼',
            _ => '─',
        })
        .collect();
    format!("−10 ├{bar}┤ +10  {value}")
}

/// A source as cited: `Outlet, “Title”, 2022-07`, leaving out what is unknown (the URL goes
/// on a line of its own, or in a link).
pub fn source_citation(s: &Source) -> String {
    let mut cite = s.outlet.clone();
    if let Some(title) = &s.title {
        cite.push_str(&format!(", “{title}”"));
    }
    if let Some(date) = s.date {
        cite.push_str(&format!(", {date}"));
    }
    cite
}

/// The source a quote came from: the one its `source` names, else the interaction's first.
pub fn source_of<'a>(interaction: &'a Interaction, quote: &Quote) -> Option<&'a Source> {
    quote
        .source
        .as_deref()
        .and_then(|s| {
            interaction
                .sources
                .iter()
                .find(|src| src.url.as_deref() == Some(s) || src.outlet == s)
        })
        .or_else(|| interaction.sources.first())
}

/// Who said a quote and where it was reported: `Speaker (role), via, Outlet, date`, leaving
/// out what is unknown. The role is the one held on the interaction's date; `via` carries the
/// translation credit; the date is the source's, else the interaction's. No URL: it stands
/// with the sources.
pub fn quote_credit(data: &Data, interaction: &Interaction, quote: &Quote) -> String {
    let mut parts = vec![named(data, interaction, &quote.speaker).cited()];
    parts.extend(quote.via.clone());
    if let Some(src) = source_of(interaction, quote) {
        parts.push(src.outlet.clone());
        parts.push(src.date.unwrap_or(interaction.date).to_string());
    }
    parts.join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_say_their_precision() {
        let day: Date = "2024-02-17".parse().unwrap();
        let week: Date = "2024-W45".parse().unwrap();
        let month: Date = "2024-02".parse().unwrap();
        let year: Date = "2024".parse().unwrap();
        assert_eq!(date_text(day, None), "2024-02-17");
        assert_eq!(
            date_text(week, None),
            "2024-W45 (day not known: a day from 2024-11-04 to 2024-11-10)"
        );
        assert_eq!(date_text(month, None), "2024-02 (day not known)");
        assert_eq!(date_text(year, None), "2024 (month not known)");
        let until: Date = "2024-02-18".parse().unwrap();
        assert_eq!(date_text(day, Some(until)), "2024-02-17 to 2024-02-18");
    }

    #[test]
    fn a_role_is_listed_after_a_dash_and_cited_in_parentheses() {
        let with = Named {
            name: "Nikol Pashinyan",
            role: Some("acting Prime Minister of Armenia"),
        };
        assert_eq!(
            with.listed(),
            "Nikol Pashinyan — acting Prime Minister of Armenia"
        );
        assert_eq!(
            with.cited(),
            "Nikol Pashinyan (acting Prime Minister of Armenia)"
        );
        let without = Named {
            name: "The Kremlin",
            role: None,
        };
        assert_eq!(without.listed(), "The Kremlin");
        assert_eq!(without.cited(), "The Kremlin");
    }

    #[test]
    fn the_gauge_marks_the_score_in_columns() {
        // The example of the issue: 17 cells, the score in the 12th.
        assert_eq!(
            goldstein_gauge(3.4, 4 + 1 + 17 + 1 + 4 + 2 + 3),
            "−10 ├────────┼──■─────┤ +10  3.4"
        );
        // At full width, one cell a point.
        assert_eq!(
            goldstein_gauge(-10.0, 80),
            "−10 ├■─────────┼──────────┤ +10  −10.0"
        );
        assert_eq!(
            goldstein_gauge(0.0, 80),
            "−10 ├──────────■──────────┤ +10  0.0"
        );
        assert_eq!(
            goldstein_gauge(10.0, 80),
            "−10 ├──────────┼─────────■┤ +10  10.0"
        );
        for w in 0..60 {
            let g = goldstein_gauge(-2.5, w);
            assert!(g.width() <= w.max("−2.5 (−10 to +10)".width()), "{w}: {g}");
        }
        assert_eq!(goldstein_gauge(1.9, 20), "−10 ├──■──┤ +10  1.9");
        assert_eq!(goldstein_gauge(1.9, 18), "1.9 (−10 to +10)");
        assert_eq!(goldstein_gauge(1.9, 18), scale_text(1.9));
    }

    #[test]
    fn signs_are_true_minus_signs() {
        assert_eq!(signed(-2.13544844417328, 2), "−2.14");
        assert_eq!(signed(-0.001, 2), "0.00");
        assert_eq!(signed(7.0, 1), "7.0");
        assert_eq!(signed(-7.0, 1), "−7.0");
    }

    #[test]
    fn fatalities_say_what_a_zero_means() {
        assert_eq!(fatalities(0), "0 (none, or none reported)");
        assert_eq!(fatalities(1), "1 (ACLED's conservative estimate)");
        assert_eq!(fatalities(12), "12 (ACLED's conservative estimate)");
    }
}
