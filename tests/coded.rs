//! Coded event data in the browser: the timeline sorted by mentions, Goldstein score or tone,
//! and the Actors pane's countries folded into one row each. State tests through the real key
//! table, a property test that every country's count equals a plain scan of the filtered
//! interactions, rendering snapshots, and the Actors pane's exact layout on a small buffer.

mod common;

use std::collections::BTreeSet;

use common::{builtin, gdelt_events, press, render, screen, small, state};
use proptest::prelude::*;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;
use readout::data::{Data, InteractionKind};
use readout::query::{ActorRow, Filter, MatchMode, RoleMatch, TimelineSort};
use readout::state::State;

fn events() -> State {
    state(gdelt_events(), 120, 40)
}

/// The timeline's interactions in the order shown.
fn shown(s: &State) -> Vec<usize> {
    s.timeline_list().to_vec()
}

/// A coded field of each interaction shown.
fn field(s: &State, f: impl Fn(&readout::data::EventCoding) -> Option<f64>) -> Vec<Option<f64>> {
    shown(s)
        .iter()
        .map(|&i| s.data.interaction(i).coding.as_deref().and_then(&f))
        .collect()
}

/// The row of the country `code` in the Actors pane.
fn country_row(s: &State, code: &str) -> usize {
    s.lists
        .actor_rows
        .iter()
        .position(|r| matches!(r, ActorRow::Group(g) if s.lists.facets.countries[*g].key == code))
        .unwrap_or_else(|| panic!("no row for {code}"))
}

// ---------------------------------------------------------------------------------------------
// Sorting the timeline

#[test]
fn s_in_the_timeline_cycles_the_orders_coded_events_support() {
    let mut s = events();
    assert_eq!(
        s.lists.facets.sorts,
        [
            TimelineSort::Date,
            TimelineSort::Mentions,
            TimelineSort::Goldstein,
            TimelineSort::Tone
        ]
    );
    let by_date = shown(&s);
    press(&mut s, &["s"]);
    assert_eq!(s.lists.timeline_sort, TimelineSort::Mentions);
    let mentions = field(&s, |c| c.mentions.map(|m| m as f64));
    assert!(
        mentions.windows(2).all(|w| w[0] >= w[1]),
        "most mentioned first"
    );
    press(&mut s, &["s"]);
    assert_eq!(s.lists.timeline_sort, TimelineSort::Goldstein);
    let goldstein = field(&s, |c| c.goldstein);
    assert!(
        goldstein.windows(2).all(|w| w[0] <= w[1]),
        "most conflictual first"
    );
    press(&mut s, &["s"]);
    assert_eq!(s.lists.timeline_sort, TimelineSort::Tone);
    let tone = field(&s, |c| c.tone);
    assert!(tone.windows(2).all(|w| w[0] <= w[1]), "most negative first");
    // The same interactions in every order, and back to date order.
    let mut sorted = shown(&s);
    sorted.sort_unstable();
    assert_eq!(sorted, by_date);
    press(&mut s, &["s"]);
    assert_eq!(s.lists.timeline_sort, TimelineSort::Date);
    assert_eq!(shown(&s), by_date);
    assert!(s.lists.timeline_rows.is_empty());
}

#[test]
fn ties_keep_date_order_and_the_selection_follows_the_interaction() {
    let mut s = events();
    press(&mut s, &["j", "j", "j"]);
    let selected = s.selected_interaction();
    press(&mut s, &["s", "s"]);
    assert_eq!(s.selected_interaction(), selected, "the same interaction");
    assert_eq!(
        s.timeline_list()[s.nav.timeline.selected],
        selected.unwrap(),
        "the cursor is on its new row"
    );
    // Within one Goldstein score, the date order (indices ascend, as the data keeps them).
    let list = shown(&s);
    for w in list.windows(2) {
        let g = |i: usize| s.data.interaction(i).coding.as_ref().unwrap().goldstein;
        if g(w[0]) == g(w[1]) {
            assert!(w[0] < w[1], "{w:?}");
        }
    }
    assert_eq!(
        s.status.message.as_deref(),
        Some("Timeline sorted by Goldstein score, most conflictual first")
    );
}

#[test]
fn a_filter_keeps_the_order_and_sorts_what_it_selects() {
    let mut s = events();
    press(&mut s, &["s", "s", "f", "type:armenia", "Enter"]);
    assert_eq!(s.lists.timeline_sort, TimelineSort::Goldstein);
    let mut expected = s.lists.visible.clone();
    expected.sort_by(|&a, &b| {
        let g = |i: usize| s.data.interaction(i).coding.as_ref().unwrap().goldstein;
        g(a).unwrap().total_cmp(&g(b).unwrap()).then(a.cmp(&b))
    });
    assert_eq!(shown(&s), expected);
    assert_eq!(s.timeline_list().len(), s.lists.visible.len());
}

#[test]
fn hand_written_data_keeps_date_order_and_says_why() {
    let mut s = state(small(), 120, 40);
    assert_eq!(s.lists.facets.sorts, [TimelineSort::Date]);
    let before = shown(&s);
    press(&mut s, &["s"]);
    assert_eq!(s.lists.timeline_sort, TimelineSort::Date);
    assert_eq!(shown(&s), before);
    assert!(
        s.status
            .message
            .as_deref()
            .is_some_and(|m| m.contains("no mentions, Goldstein score or tone")),
        "{:?}",
        s.status.message
    );
    // Nothing to sort by: the footer does not offer it.
    let rows = screen(&s);
    assert!(
        !rows.last().unwrap().contains("s sort"),
        "{}",
        rows.join("\n")
    );
}

// ---------------------------------------------------------------------------------------------
// Countries folded into one row

#[test]
fn coded_data_folds_countries_and_e_expands_and_folds_one() {
    let mut s = events();
    assert!(s.lists.grouping.on);
    let arm = country_row(&s, "ARM");
    let members = s.lists.facets.countries[match s.lists.actor_rows[arm] {
        ActorRow::Group(g) => g,
        _ => unreachable!(),
    }]
    .members
    .clone();
    assert!(members.len() >= 4, "ARMENIA, ARMENIAN, YEREVAN, HAYASTAN…");
    // Every actor is either on a row of its own or in exactly one folded country.
    let on_rows: usize = s
        .lists
        .actor_rows
        .iter()
        .map(|r| match r {
            ActorRow::Group(g) => s.lists.facets.countries[*g]
                .members
                .iter()
                .filter(|a| s.lists.actors.contains(a))
                .count(),
            _ => 1,
        })
        .sum();
    assert_eq!(on_rows, s.lists.actors.len());
    press(&mut s, &["2"]);
    for _ in 0..arm {
        press(&mut s, &["j"]);
    }
    press(&mut s, &["e"]);
    let listed: Vec<usize> = s.lists.actor_rows[arm + 1..arm + 1 + members.len()]
        .iter()
        .map(|r| match r {
            ActorRow::Member(a) => *a,
            other => panic!("{other:?} under ARM"),
        })
        .collect();
    assert_eq!(
        listed.iter().copied().collect::<BTreeSet<_>>(),
        members.iter().copied().collect::<BTreeSet<_>>()
    );
    assert_eq!(
        s.nav.actors.selected, arm,
        "the country's row stays selected"
    );
    // From a member's row, `e` folds the country and lands on its row.
    press(&mut s, &["j", "j", "e"]);
    assert_eq!(s.nav.actors.selected, arm);
    assert!(matches!(s.lists.actor_rows[arm], ActorRow::Group(_)));
    assert!(!matches!(s.lists.actor_rows[arm + 1], ActorRow::Member(_)));
}

#[test]
fn space_on_a_country_filters_to_any_of_its_actors() {
    let mut s = events();
    let arm = country_row(&s, "ARM");
    let group = match s.lists.actor_rows[arm] {
        ActorRow::Group(g) => g,
        _ => unreachable!(),
    };
    let count = s.lists.counts.group(group).matched(RoleMatch::TookPart);
    press(&mut s, &["2"]);
    for _ in 0..arm {
        press(&mut s, &["j"]);
    }
    press(&mut s, &["Space"]);
    assert_eq!(s.filter.groups.len(), 1);
    assert_eq!(s.filter.groups[0].key, "ARM");
    assert_eq!(
        s.lists.visible.len() as u32,
        count,
        "the row's count is the filter's"
    );
    press(&mut s, &["Space"]);
    assert!(s.filter.groups.is_empty());
}

#[test]
fn capital_e_lists_every_actor_and_folds_them_again() {
    let mut s = events();
    press(&mut s, &["2", "E"]);
    assert!(!s.lists.grouping.on);
    assert_eq!(
        s.lists.actor_rows,
        s.lists
            .actors
            .iter()
            .map(|&a| ActorRow::Actor(a))
            .collect::<Vec<_>>()
    );
    press(&mut s, &["E"]);
    assert!(s.lists.grouping.on);
    // Hand-written data starts unfolded, and folds on E too.
    let mut b = state(builtin(), 120, 40);
    assert!(!b.lists.grouping.on);
    press(&mut b, &["2", "E"]);
    assert!(b.lists.grouping.on);
    assert!(
        b.lists
            .actor_rows
            .iter()
            .any(|r| matches!(r, ActorRow::Group(_)))
    );
}

#[test]
fn the_footer_says_what_enter_and_e_do_where_they_are_pressed() {
    let mut s = state(builtin(), 120, 40);
    press(&mut s, &["2", "W"]);
    let footer = screen(&s).last().unwrap().clone();
    assert!(
        footer.contains("Enter centre") && !footer.contains("Enter filter"),
        "the whole network: {footer}"
    );
    assert!(footer.contains("W circle"), "{footer}");
    // Keys that act on the panes the view hides are not offered over it.
    for hidden in ["v pairs", "4 quotes", "z zoom"] {
        assert!(!footer.contains(hidden), "{hidden}: {footer}");
    }
    press(&mut s, &["W"]);
    let footer = screen(&s).last().unwrap().clone();
    assert!(
        footer.contains("Enter filter") && footer.contains("W widen"),
        "one circle: {footer}"
    );
    let mut e = events();
    press(&mut e, &["2"]);
    assert!(screen(&e).last().unwrap().contains("e expand"));
    press(&mut e, &["e"]);
    assert!(screen(&e).last().unwrap().contains("e fold"));
}

// ---------------------------------------------------------------------------------------------
// Every count of a country equals a plain scan

/// How a country's actors appear in `visible`, by a scan of the interactions' own fields:
/// (took part, mediated, quoted, any role), each interaction counted once.
fn scan_country(data: &Data, visible: &[usize], members: &[usize]) -> (u32, u32, u32, u32) {
    let ids: BTreeSet<&str> = members.iter().map(|&a| data.actor(a).id.as_str()).collect();
    let (mut took, mut med, mut spoke, mut any) = (0, 0, 0, 0);
    for &i in visible {
        let it = data.interaction(i);
        let t = it.participants.iter().any(|p| ids.contains(p.as_str()))
            || it.initiator.as_deref().is_some_and(|x| ids.contains(x));
        let m = it.mediators.iter().any(|x| ids.contains(x.as_str()));
        let q = it.quotes.iter().any(|x| ids.contains(x.speaker.as_str()));
        took += u32::from(t);
        med += u32::from(m);
        spoke += u32::from(q);
        any += u32::from(t || m || q);
    }
    (took, med, spoke, any)
}

fn coded_filter(data: &Data) -> impl Strategy<Value = Filter> + use<> {
    let actors = data.actors().len();
    (
        prop::collection::vec(0..actors, 0..3),
        any::<bool>(),
        any::<bool>(),
        prop::option::of(prop::sample::select(InteractionKind::ALL.to_vec())),
        prop::option::of(prop::sample::select(vec![1u8, 2, 4, 5, 19, 20])),
    )
        .prop_map(|(actors, any_mode, any_role, kind, root)| Filter {
            actors,
            mode: if any_mode {
                MatchMode::Any
            } else {
                MatchMode::All
            },
            role: if any_role {
                RoleMatch::Any
            } else {
                RoleMatch::TookPart
            },
            kind,
            root,
            ..Filter::default()
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 32, ..ProptestConfig::default() })]

    /// Every country's counts, and every row the Actors pane draws for one, equal a scan of
    /// the filtered interactions; every actor is listed once, folded or expanded; the sorted
    /// timeline holds exactly the filtered interactions.
    #[test]
    fn every_country_count_equals_a_plain_scan(
        filter in coded_filter(&gdelt_events()),
        expand in any::<bool>(),
        sorts in 0usize..4,
    ) {
        let mut s = events();
        s.filter = filter;
        // ToggleRole twice applies the filter through the real path.
        press(&mut s, &["a", "a", "2", "h"]);
        for _ in 0..sorts {
            press(&mut s, &["1", "s"]);
        }
        let data = s.data.clone();
        let visible = s.lists.visible.clone();
        for &i in &visible {
            prop_assert!(s.filter.root.is_none_or(|r| readout::query::root_code(&data, i) == Some(r)));
        }
        let mut listed = s.timeline_list().to_vec();
        listed.sort_unstable();
        prop_assert_eq!(listed, visible.clone());
        for (g, country) in s.lists.facets.countries.iter().enumerate() {
            let c = s.lists.counts.group(g);
            prop_assert_eq!(
                (c.took_part, c.mediated, c.spoke, c.any),
                scan_country(&data, &visible, &country.members),
                "{}", country.key
            );
        }
        if expand {
            press(&mut s, &["2"]);
            let groups: Vec<usize> = s.lists.actor_rows.iter().filter_map(|r| match r {
                ActorRow::Group(g) => Some(*g),
                _ => None,
            }).collect();
            for g in groups {
                let code = s.lists.facets.countries[g].key.clone();
                s.lists.grouping.toggle(&code);
            }
            press(&mut s, &["a", "a"]);
        }
        // Each actor the pane lists (the inactive hidden) once: alone, or under its country.
        let mut seen: Vec<usize> = Vec::new();
        for row in &s.lists.actor_rows {
            match *row {
                ActorRow::Actor(a) | ActorRow::Member(a) => seen.push(a),
                ActorRow::Group(g) if !s.lists.grouping.expanded.contains(&s.lists.facets.countries[g].key) => {
                    seen.extend(s.lists.facets.countries[g].members.iter().filter(|a| s.lists.actors.contains(a)));
                }
                ActorRow::Group(_) => {}
            }
        }
        seen.sort_unstable();
        let mut order = s.lists.actors.clone();
        order.sort_unstable();
        prop_assert_eq!(seen, order);
        prop_assert!(s.nav.actors.selected < s.lists.actor_rows.len().max(1));
    }
}

// ---------------------------------------------------------------------------------------------
// What the screen shows

#[test]
fn timeline_sorted_by_goldstein() {
    let mut s = events();
    // The selection stays on the interaction it was on; `g` goes to the most conflictual.
    press(&mut s, &["s", "s", "g"]);
    insta::assert_snapshot!(render(&s).backend());
}

#[test]
fn actors_folded_by_country() {
    let mut s = events();
    press(&mut s, &["2", "j", "j", "e", "j"]);
    insta::assert_snapshot!(render(&s).backend());
}

/// The Actors pane drawn alone in 44x9 cells, styles left out (colours are the theme's
/// business): the exact layout of a folded country, an expanded one and its actors.
#[test]
fn the_actors_pane_lays_out_countries_and_their_actors() {
    let mut s = events();
    press(&mut s, &["2", "e"]);
    let area = Rect::new(0, 0, 44, 9);
    let mut buf = Buffer::empty(area);
    readout::ui::actors::ActorsPane {
        state: &s,
        theme: &readout::ui::theme::COLOR,
    }
    .render(area, &mut buf);
    buf.set_style(area, Style::reset());
    let expected = Buffer::with_lines([
        "┏ 2 Actors ━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┓",
        "┃  ▾ Armenia (ARM)     7 actors        190 █",
        "┃    ARMENIA           country (ARM)   127 █",
        "┃    ARMENIAN          country (ARM)    34 █",
        "┃    ARMENIAN          government (AR…  10 ║",
        "┃    YEREVAN           country (ARM)     9 ║",
        "┃    ARMENIA           government (AR…   6 ║",
        "┃    ARMENIAN          civilians (ARM)   2 ║",
        "┗━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━━┛",
    ]);
    let mut expected = expected;
    expected.set_style(area, Style::reset());
    assert_eq!(buf, expected);
}
