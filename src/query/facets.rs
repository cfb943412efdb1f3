//! What a dataset holds, gathered once at load so that no key scans every interaction: the
//! kinds and CAMEO root codes present, the orders its coded events can be sorted in, and the
//! countries whose actors the Actors pane can fold into one row.

use super::Group;
use super::groups::GroupKind;
use crate::data::{Data, InteractionKind};

/// How the Timeline pane orders interactions. Coded events (GDELT, ICEWS, POLECAT) carry
/// mentions, a Goldstein score and a tone; hand-written data has dates only.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Hash)]
pub enum TimelineSort {
    /// By date, oldest first: the order the data is kept in.
    #[default]
    Date,
    /// Most mentions first (GDELT's `NumMentions`).
    Mentions,
    /// Most conflictual first: the Goldstein scale from −10 up to +10.
    Goldstein,
    /// Most negative first: the average tone of the articles (−100 up to +100).
    Tone,
}

impl TimelineSort {
    /// Every order, in the order `s` cycles through them.
    pub const ALL: [TimelineSort; 4] = [
        TimelineSort::Date,
        TimelineSort::Mentions,
        TimelineSort::Goldstein,
        TimelineSort::Tone,
    ];

    /// As the status line says it: `by Goldstein score, most conflictual first`.
    pub fn label(self) -> &'static str {
        match self {
            TimelineSort::Date => "by date",
            TimelineSort::Mentions => "by mentions, most first",
            TimelineSort::Goldstein => "by Goldstein score, most conflictual first",
            TimelineSort::Tone => "by tone, most negative first",
        }
    }

    /// As the pane's title says it: `by Goldstein`.
    pub fn short(self) -> &'static str {
        match self {
            TimelineSort::Date => "by date",
            TimelineSort::Mentions => "by mentions",
            TimelineSort::Goldstein => "by Goldstein",
            TimelineSort::Tone => "by tone",
        }
    }
}

/// The value an interaction is sorted by (smaller first), or `None` for one that lacks it
/// (those go last, in date order). `None` for [`TimelineSort::Date`].
pub fn sort_key(data: &Data, interaction: usize, sort: TimelineSort) -> Option<f64> {
    let coding = data.interaction(interaction).coding.as_ref()?;
    match sort {
        TimelineSort::Date => None,
        // Negated, so that the most mentioned come first.
        TimelineSort::Mentions => coding.mentions.map(|m| -(m as f64)),
        TimelineSort::Goldstein => coding.goldstein,
        TimelineSort::Tone => coding.tone,
    }
}

/// `visible` (interaction indices in date order) in the order of `sort`: ties, and the
/// interactions without the value (last), keep their date order. A copy of `visible` for
/// [`TimelineSort::Date`].
pub fn sorted(data: &Data, visible: &[usize], sort: TimelineSort) -> Vec<usize> {
    if sort == TimelineSort::Date {
        return visible.to_vec();
    }
    let mut keyed: Vec<(f64, usize, usize)> = visible
        .iter()
        .enumerate()
        .map(|(n, &i)| (sort_key(data, i, sort).unwrap_or(f64::INFINITY), n, i))
        .collect();
    keyed.sort_unstable_by(|a, b| a.0.total_cmp(&b.0).then(a.1.cmp(&b.1)));
    keyed.into_iter().map(|(_, _, i)| i).collect()
}

/// What a dataset holds, for the keys that offer a choice of it. Gathered by [`Facets::of`]
/// in one pass over the interactions.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Facets {
    /// The kinds of interaction present, in [`InteractionKind::ALL`] order.
    pub kinds: Vec<InteractionKind>,
    /// The CAMEO root codes of the coded events present (`1` to `20`), ascending.
    pub roots: Vec<u8>,
    /// The orders the timeline can take: [`TimelineSort::Date`] first, then each of mentions,
    /// Goldstein and tone that at least one interaction carries.
    pub sorts: Vec<TimelineSort>,
    /// Whether any interaction is a coded event (it has an event coding).
    pub coded: bool,
    /// The countries the Actors pane can fold: every ISO 3166 alpha-3 code two or more
    /// actors share, as [`super::groups::all`] finds them, by label.
    pub countries: Vec<Group>,
    /// Per actor index: the index in `countries` of the country it belongs to, if any.
    pub country_of: Vec<Option<u32>>,
}

impl Facets {
    /// Gathers the facets of `data`: one pass over the interactions and one over the actors.
    pub fn of(data: &Data) -> Facets {
        let mut kinds = [false; InteractionKind::ALL.len()];
        let mut roots = [false; 21];
        let mut has = [false; 4];
        let mut coded = false;
        for (i, it) in data.interactions().iter().enumerate() {
            if let Some(n) = InteractionKind::ALL.iter().position(|&k| k == it.kind) {
                kinds[n] = true;
            }
            let Some(coding) = &it.coding else { continue };
            coded = true;
            if let Some(r) = super::root_code(data, i) {
                roots[usize::from(r).min(20)] = true;
            }
            has[1] |= coding.mentions.is_some();
            has[2] |= coding.goldstein.is_some();
            has[3] |= coding.tone.is_some();
        }
        let mut countries: Vec<Group> = super::groups::all(data)
            .into_iter()
            .filter(|g| g.kind == GroupKind::Country && g.members.len() > 1)
            .collect();
        if coded {
            // Coded data names a country's actors after whatever the text said (AMERICAN,
            // WASHINGTON): the country's row takes its ISO 3166 name.
            for g in &mut countries {
                if let Some(name) = country_name(&g.key) {
                    g.label = format!("{name} ({})", g.key);
                }
            }
            countries.sort_by(|a, b| a.label.cmp(&b.label));
        }
        let mut country_of = vec![None; data.actors().len()];
        for (n, g) in countries.iter().enumerate() {
            for &a in &g.members {
                country_of[a] = u32::try_from(n).ok();
            }
        }
        Facets {
            kinds: InteractionKind::ALL
                .into_iter()
                .zip(kinds)
                .filter_map(|(k, present)| present.then_some(k))
                .collect(),
            roots: (1..=20u8).filter(|&r| roots[usize::from(r)]).collect(),
            sorts: TimelineSort::ALL
                .into_iter()
                .enumerate()
                .filter(|&(n, _)| n == 0 || has[n])
                .map(|(_, s)| s)
                .collect(),
            coded,
            countries,
            country_of,
        }
    }

    /// The order after `sort` among those the data supports, wrapping to date order.
    pub fn next_sort(&self, sort: TimelineSort) -> TimelineSort {
        let at = self.sorts.iter().position(|&s| s == sort);
        at.and_then(|n| self.sorts.get(n + 1))
            .copied()
            .unwrap_or(TimelineSort::Date)
    }
}

/// The common name of an ISO 3166 alpha-3 code: the shortest of its names that is neither a
/// code nor an inverted form (`Russia`, `South Korea`, `United States`).
fn country_name(code: &str) -> Option<&'static str> {
    let (_, _, names) = crate::import::countries::COUNTRIES
        .iter()
        .find(|(c, _, _)| *c == code)?;
    names
        .iter()
        .copied()
        .filter(|n| !n.contains(',') && n.chars().any(char::is_lowercase))
        .min_by_key(|n| n.chars().count())
}
