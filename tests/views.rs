//! Linked views: what the Actors and Relationships panes, Detail and the Quotes view count is
//! what the filter selects. State tests through the real key table, a property test that
//! every count equals a plain scan of the filtered interactions, and rendering snapshots of
//! the Quotes view and of filtered Relationships.

mod common;

use std::collections::{BTreeMap, BTreeSet};

use common::{builtin, press, render, screen, small, state};
use proptest::prelude::*;
use readout::action::Pane;
use readout::data::{Data, InteractionKind};
use readout::query::{self, Filter, Link, MatchMode, RoleMatch};
use readout::state::{ActorSort, ActorsView, State, TimelineView};

fn names(s: &State, a: usize, b: usize) -> (String, String) {
    (s.data.actor(a).id.clone(), s.data.actor(b).id.clone())
}

fn pair_count(s: &State, a: &str, b: &str) -> Option<usize> {
    s.lists
        .pairs
        .iter()
        .find(|p| {
            let (x, y) = names(s, p.a, p.b);
            (x == a && y == b) || (x == b && y == a)
        })
        .map(|p| p.count)
}

#[test]
fn a_time_range_changes_the_pairs_and_the_actor_counts() {
    let mut s = state(builtin(), 120, 40);
    press(&mut s, &["v"]);
    let all = pair_count(&s, "pashinyan", "aliyev").expect("they took part together");
    assert_eq!(s.lists.counts.interactions, s.data.interactions().len());
    press(&mut s, &["t", "type:2022", "Enter"]);
    let in_2022 = pair_count(&s, "pashinyan", "aliyev").expect("also in 2022");
    assert!(in_2022 < all, "{in_2022} in 2022 of {all} in all");
    // Every pair is counted in 2022 only, and the actors' counts too.
    let visible: BTreeSet<usize> = s.lists.visible.iter().copied().collect();
    assert!(
        s.lists
            .visible
            .iter()
            .all(|&i| s.data.interaction(i).date.to_string().starts_with("2022"))
    );
    for p in &s.lists.pairs {
        let both = s
            .data
            .interactions_of(p.a)
            .iter()
            .filter(|i| visible.contains(i) && s.data.interactions_of(p.b).contains(i));
        assert!(p.count <= both.count());
    }
    let pashinyan = s.data.actor_index("pashinyan").unwrap();
    let (now, whole) = s.actor_count(pashinyan);
    assert!(now < whole, "{now} of {whole}");
    // A month with two interactions lists only their actors as active.
    press(&mut s, &["t", "type:2023-09", "Enter"]);
    assert!(s.lists.counts.active < s.lists.counts_all.active);
    press(&mut s, &["v", "h"]);
    assert!(s.lists.hide_inactive);
    assert_eq!(s.lists.actors.len(), s.lists.counts.active);
    press(&mut s, &["h"]);
    assert_eq!(s.lists.actors.len(), s.data.actors().len());
}

#[test]
fn p_switches_what_links_a_pair_and_s_sorts_the_pairs() {
    let mut s = state(small(), 120, 40);
    press(&mut s, &["v"]);
    assert_eq!(s.lists.link, Link::Together);
    assert_eq!(pair_count(&s, "blinken", "aliyev"), Some(1));
    assert_eq!(pair_count(&s, "kremlin", "pashinyan"), None);
    press(&mut s, &["p"]);
    assert_eq!(s.lists.link, Link::Mediation);
    assert_eq!(s.lists.pairs.len(), 2, "Blinken mediated between the two");
    assert!(
        s.lists
            .pairs
            .iter()
            .all(|p| s.data.actor(p.a).id == "blinken")
    );
    press(&mut s, &["p"]);
    assert_eq!(s.lists.link, Link::Speech);
    assert_eq!(pair_count(&s, "kremlin", "pashinyan"), Some(1));
    press(&mut s, &["p"]);
    assert_eq!(s.lists.link, Link::Together);
    // s sorts the focused pane: the pairs, by last contact, then by name.
    assert_eq!(s.nav.focus, Pane::Actors);
    press(&mut s, &["s"]);
    let dates: Vec<_> = s.lists.pairs.iter().map(|p| p.last).collect();
    assert!(dates.windows(2).all(|w| w[0] >= w[1]), "{dates:?}");
    press(&mut s, &["s"]);
    let firsts: Vec<&str> = s
        .lists
        .pairs
        .iter()
        .map(|p| s.data.actor(p.a).name.as_str())
        .collect();
    assert!(firsts.windows(2).all(|w| w[0] <= w[1]), "{firsts:?}");
}

#[test]
fn actors_sort_by_times_as_mediator_and_detail_follows_the_filter() {
    let mut s = state(builtin(), 120, 40);
    press(&mut s, &["2", "s", "s", "s"]);
    assert_eq!(s.lists.actor_sort, ActorSort::Mediated);
    let mediated: Vec<u32> = s
        .lists
        .actors
        .iter()
        .map(|&a| s.lists.counts.get(a).mediated)
        .collect();
    assert!(mediated.windows(2).all(|w| w[0] >= w[1]));
    assert!(mediated[0] > 0, "someone mediated");
    // The relationships Detail lists follow the filter.
    press(&mut s, &["g"]);
    let top = s.selected_actor().unwrap();
    let all = s.lists.relationships.clone().unwrap().1;
    press(&mut s, &["t", "type:2023", "Enter"]);
    let filtered = s.lists.relationships.clone().unwrap();
    assert_eq!(filtered.0, top);
    let sum = |r: &[query::Relationship]| r.iter().map(|r| r.count).sum::<usize>();
    assert!(sum(&filtered.1) <= sum(&all));
    assert_eq!(
        filtered.1,
        query::counts::relationships(&s.data, top, Some(&s.lists.visible), Link::Together)
    );
}

#[test]
fn an_actor_filter_matches_where_it_took_part_or_any_role() {
    let mut s = state(builtin(), 120, 40);
    press(&mut s, &["f", "type:blinken", "Enter"]);
    assert_eq!(s.filter.role, RoleMatch::TookPart);
    let took_part = s.lists.visible.len();
    let blinken = s.data.actor_index("blinken").unwrap();
    // Nothing in which he is only quoted.
    for &i in &s.lists.visible {
        let it = s.data.interaction(i);
        assert!(
            it.participants.iter().any(|p| p == "blinken")
                || it.initiator.as_deref() == Some("blinken")
                || it.mediators.iter().any(|m| m == "blinken"),
            "{}",
            it.id
        );
    }
    assert_eq!(readout::ui::filter_text(&s), "Antony Blinken: took part");
    press(&mut s, &["a"]);
    assert_eq!(s.filter.role, RoleMatch::Any);
    assert_eq!(s.lists.visible, s.data.interactions_of(blinken));
    assert!(s.lists.visible.len() > took_part);
    assert_eq!(readout::ui::filter_text(&s), "Antony Blinken: any role");
    press(&mut s, &["c"]);
    assert_eq!(s.filter.role, RoleMatch::Any, "clearing keeps the rule");
}

#[test]
fn the_picker_offers_countries_and_organisations() {
    let mut s = state(builtin(), 120, 40);
    press(&mut s, &["f", "type:RUS"]);
    let Some(readout::state::Overlay::Picker(p)) = &s.nav.overlay else {
        panic!("the picker is open");
    };
    let Some(readout::state::PickItem::Group(g)) = p.item(0) else {
        panic!("the country comes first: {:?}", p.item(0));
    };
    assert_eq!(g.key, "RUS");
    press(&mut s, &["Enter"]);
    assert_eq!(s.filter.groups.len(), 1);
    let members = s.filter.groups[0].members.clone();
    assert!(
        members
            .iter()
            .all(|&a| s.data.actor(a).country.as_deref() == Some("RUS"))
    );
    let expected = query::matching(
        &s.data,
        &Filter {
            actors: members,
            mode: MatchMode::Any,
            ..Filter::default()
        },
    );
    assert_eq!(
        s.lists.visible, expected,
        "a group matches as any of its members"
    );
    assert_eq!(readout::ui::filter_text(&s), "Russia (RUS): took part");
}

#[test]
fn the_quotes_view_lists_what_a_country_said_and_enter_reads_it() {
    let mut s = state(builtin(), 120, 40);
    press(&mut s, &["4"]);
    assert_eq!(s.nav.timeline_view, TimelineView::Quotes);
    let every: usize = s.data.interactions().iter().map(|it| it.quotes.len()).sum();
    assert_eq!(s.lists.quotes.len(), every);
    press(&mut s, &["f", "type:RUS", "Enter"]);
    assert!(!s.lists.quotes.is_empty());
    for q in &s.lists.quotes {
        let it = s.data.interaction(q.interaction);
        let speaker = s.data.actor_by_id(&it.quotes[q.quote].speaker).unwrap();
        assert_eq!(speaker.country.as_deref(), Some("RUS"));
    }
    // In date order, and across the whole period.
    let dates: Vec<_> = s
        .lists
        .quotes
        .iter()
        .map(|q| s.data.interaction(q.interaction).date)
        .collect();
    assert!(dates.windows(2).all(|w| w[0] <= w[1]));
    // Enter reads the third quote in its interaction, scrolled to it.
    press(&mut s, &["j", "j"]);
    let q = s.selected_quote().unwrap();
    press(&mut s, &["Enter"]);
    assert_eq!(s.nav.focus, Pane::Detail);
    assert_eq!(s.selected_interaction(), Some(q.interaction));
    let text = screen(&s).join("\n");
    let quote = &s.data.interaction(q.interaction).quotes[q.quote].text;
    let start: String = quote.chars().take(20).collect();
    assert!(text.contains(&start), "the quote is in view:\n{text}");
    // y copies it with its citation.
    let effects = press(&mut s, &["Esc", "y"]);
    let copied = effects.copied().expect("copied");
    assert!(copied.contains(&start), "{copied}");
    // Back to the timeline.
    press(&mut s, &["4"]);
    assert_eq!(s.nav.timeline_view, TimelineView::Interactions);
}

#[test]
fn kind_and_class_filters_cycle_and_show_in_the_status_line() {
    let mut s = state(builtin(), 120, 40);
    press(&mut s, &["K"]);
    assert_eq!(s.filter.kind, Some(InteractionKind::PhoneCall));
    assert!(
        s.lists
            .visible
            .iter()
            .all(|&i| s.data.interaction(i).kind == InteractionKind::PhoneCall)
    );
    assert!(screen(&s).join("\n").contains("Kind: call"));
    press(&mut s, &["C"]);
    assert_eq!(
        s.filter.class,
        Some(readout::data::Class::VerbalCooperation)
    );
    assert_eq!(
        readout::ui::filter_text(&s),
        "kind: call · verbal cooperation"
    );
    press(&mut s, &["t", "type:2022", "Enter"]);
    assert_eq!(
        readout::ui::filter_text(&s),
        "kind: call · verbal cooperation · 2022"
    );
    // C cycles through the four classes and back to none (no coded events here).
    press(&mut s, &["C", "C", "C", "C"]);
    assert_eq!(s.filter.class, None);
    assert_eq!(s.filter.root, None);
}

// ---------------------------------------------------------------------------------------------
// Every count equals a plain scan of the filtered interactions.

/// The counts of one actor, by a scan of the interactions' own fields.
fn scan_actor(data: &Data, visible: &[usize], id: &str) -> (u32, u32, u32, u32) {
    let (mut took, mut med, mut spoke, mut any) = (0, 0, 0, 0);
    for &i in visible {
        let it = data.interaction(i);
        let t = it.participants.iter().any(|p| p == id) || it.initiator.as_deref() == Some(id);
        let m = it.mediators.iter().any(|x| x == id);
        let q = it.quotes.iter().any(|x| x.speaker == id);
        took += u32::from(t);
        med += u32::from(m);
        spoke += u32::from(q);
        any += u32::from(t || m || q);
    }
    (took, med, spoke, any)
}

/// Pairs as a scan sees them: (first, second) → interactions.
fn scan_pairs(data: &Data, visible: &[usize], link: Link) -> BTreeMap<(String, String), usize> {
    let mut out = BTreeMap::new();
    for &i in visible {
        let it = data.interaction(i);
        let mut parties: BTreeSet<&str> = it.participants.iter().map(String::as_str).collect();
        parties.extend(it.initiator.as_deref());
        let firsts: BTreeSet<&str> = match link {
            Link::Together => parties.clone(),
            Link::Mediation => it.mediators.iter().map(String::as_str).collect(),
            Link::Speech => it.quotes.iter().map(|q| q.speaker.as_str()).collect(),
        };
        let mut seen = BTreeSet::new();
        for &a in &firsts {
            for &b in &parties {
                if a == b {
                    continue;
                }
                let key = if link == Link::Together {
                    let (x, y) = (data.actor_index(a).unwrap(), data.actor_index(b).unwrap());
                    if x < y { (a, b) } else { (b, a) }
                } else {
                    (a, b)
                };
                if seen.insert(key) {
                    *out.entry((key.0.to_owned(), key.1.to_owned())).or_insert(0) += 1;
                }
            }
        }
    }
    out
}

fn filter_strategy(data: &Data) -> impl Strategy<Value = Filter> + use<> {
    let actors = data.actors().len();
    let kinds = InteractionKind::ALL.to_vec();
    (
        prop::collection::vec(0..actors, 0..3),
        any::<bool>(),
        any::<bool>(),
        prop::option::of(prop::sample::select(kinds)),
        prop::option::of(0usize..4),
        prop::option::of((2020u16..=2024, 2020u16..=2024)),
        prop::sample::select(vec!["", "", "peace", "border", "aliyev"]),
    )
        .prop_map(|(actors, any_mode, any_role, kind, class, years, word)| {
            const CLASSES: [readout::data::Class; 4] = [
                readout::data::Class::VerbalCooperation,
                readout::data::Class::MaterialCooperation,
                readout::data::Class::VerbalConflict,
                readout::data::Class::MaterialConflict,
            ];
            let (since, until) = match years {
                Some((a, b)) => (
                    Some(readout::data::Date::y(a.min(b))),
                    Some(readout::data::Date::y(a.max(b))),
                ),
                None => (None, None),
            };
            Filter {
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
                class: class.map(|c| CLASSES[c]),
                since,
                until,
                search: readout::data::fold::Query::new(word),
                ..Filter::default()
            }
        })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn every_count_in_every_pane_equals_a_plain_scan(
        filter in filter_strategy(&builtin()),
        link in prop::sample::select(Link::ALL.to_vec()),
    ) {
        let mut s = state(builtin(), 120, 40);
        s.filter = filter;
        s.lists.link = link;
        // Any filter change goes through update; a range prompt with the same range does it.
        s.lists.visible = query::matching(&s.data, &s.filter);
        // `v` shows the pairs (and focuses their pane); `E` there folds the countries, whose
        // counts are kept while folded; ToggleRole twice recounts through the real path.
        common::press(&mut s, &["v", "E", "a", "a"]);
        let data = s.data.clone();
        let visible = s.lists.visible.clone();
        // The filtered set itself: a scan of the fields.
        for &i in &visible {
            let it = data.interaction(i);
            prop_assert!(s.filter.kind.is_none_or(|k| k == it.kind));
            prop_assert!(s.filter.class.is_none_or(|c| it.class == Some(c)));
        }
        // Actors.
        for (a, actor) in data.actors().iter().enumerate() {
            let (took, med, spoke, any) = scan_actor(&data, &visible, &actor.id);
            let c = s.lists.counts.get(a);
            prop_assert_eq!((c.took_part, c.mediated, c.spoke, c.any), (took, med, spoke, any), "{}", actor.id);
        }
        prop_assert_eq!(s.lists.counts.interactions, visible.len());
        // Countries, as the Actors pane folds them: an interaction counts once however many of
        // the country's actors take part in it.
        for (g, country) in s.lists.facets.countries.iter().enumerate() {
            let ids: BTreeSet<&str> = country.members.iter().map(|&a| data.actor(a).id.as_str()).collect();
            let (mut took, mut any) = (0u32, 0u32);
            for &i in &visible {
                let it = data.interaction(i);
                let t = it.participants.iter().any(|p| ids.contains(p.as_str()))
                    || it.initiator.as_deref().is_some_and(|x| ids.contains(x));
                let other = it.mediators.iter().any(|x| ids.contains(x.as_str()))
                    || it.quotes.iter().any(|x| ids.contains(x.speaker.as_str()));
                took += u32::from(t);
                any += u32::from(t || other);
            }
            let c = s.lists.counts.group(g);
            prop_assert_eq!((c.took_part, c.any), (took, any), "{}", country.key);
        }
        // Relationships.
        let counted: BTreeMap<(String, String), usize> = s
            .lists.pairs
            .iter()
            .map(|p| ((data.actor(p.a).id.clone(), data.actor(p.b).id.clone()), p.count))
            .collect();
        prop_assert_eq!(counted.len(), s.lists.pairs.len(), "no pair twice");
        prop_assert_eq!(counted, scan_pairs(&data, &visible, link));
        // Detail's relationships of an actor.
        if let Some(&a) = s.filter.actors.first() {
            let rels = query::counts::relationships(&data, a, Some(&visible), link);
            let id = data.actor(a).id.clone();
            for r in rels {
                let other = data.actor(r.counterpart).id.clone();
                // The interactions that link them, either way.
                let n = visible
                    .iter()
                    .filter(|&&i| {
                        let one = scan_pairs(&data, &[i], link);
                        one.contains_key(&(id.clone(), other.clone()))
                            || one.contains_key(&(other.clone(), id.clone()))
                    })
                    .count();
                prop_assert_eq!(r.count, n, "{} and {}", id, other);
            }
        }
        // The density strip's highlight.
        let per_month: u32 = s.lists.monthly_filtered.counts.iter().flatten().sum();
        let with_month = visible.iter().filter(|&&i| data.interaction(i).date.month().is_some()).count();
        prop_assert_eq!(per_month as usize, with_month);
        // Quotes.
        common::press(&mut s, &["4"]);
        let mut speakers: BTreeSet<String> = BTreeSet::new();
        for &a in &s.filter.actors {
            speakers.insert(data.actor(a).id.clone());
        }
        for q in &s.lists.quotes {
            let quote = &data.interaction(q.interaction).quotes[q.quote];
            prop_assert!(speakers.is_empty() || speakers.contains(&quote.speaker));
        }
        if speakers.is_empty() && s.filter.search.is_empty() {
            let every: usize = visible.iter().map(|&i| data.interaction(i).quotes.len()).sum();
            prop_assert_eq!(s.lists.quotes.len(), every);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Snapshots

#[test]
fn quotes_view_of_russia() {
    let mut s = state(builtin(), 120, 40);
    press(&mut s, &["4", "f", "type:RUS", "Enter"]);
    insta::assert_snapshot!(render(&s).backend());
}

#[test]
fn relationships_in_2022() {
    let mut s = state(builtin(), 120, 40);
    press(&mut s, &["t", "type:2022", "Enter", "v"]);
    assert_eq!(s.nav.actors_view, ActorsView::Pairs);
    insta::assert_snapshot!(render(&s).backend());
}

#[test]
fn relationships_by_mediation() {
    let mut s = state(builtin(), 120, 40);
    press(&mut s, &["v", "p"]);
    insta::assert_snapshot!(render(&s).backend());
}

// ---------------------------------------------------------------------------------------------
// The command line takes the same filters.

#[test]
fn list_takes_country_kind_class_and_any_role() {
    let run = common::readout(&[
        "list",
        "--format",
        "json",
        "--country",
        "RUS",
        "--kind",
        "call",
        "--class",
        "verbal-cooperation",
    ]);
    assert_eq!(run.code, 0, "{run:?}");
    let rows: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).expect("JSON");
    assert!(!rows.is_empty());
    let data = builtin();
    let russian = |id: &str| {
        data.actor_by_id(id)
            .is_some_and(|a| a.country.as_deref() == Some("RUS"))
    };
    for row in &rows {
        assert_eq!(row["kind"], "call");
        assert_eq!(row["class"], "VerbalCooperation");
        let acted = row["participants"]
            .as_array()
            .unwrap()
            .iter()
            .chain(row["mediators"].as_array().into_iter().flatten())
            .chain(row.get("initiator"))
            .any(|v| v.as_str().is_some_and(russian));
        assert!(acted, "{row}");
    }
    // --any-role: Blinken is only quoted in the detainee swap of June 2021.
    let took_part = common::readout(&["list", "--actor", "blinken", "--format", "json"]);
    let any = common::readout(&[
        "list",
        "--actor",
        "blinken",
        "--any-role",
        "--format",
        "json",
    ]);
    let n = |r: &common::Run| {
        serde_json::from_str::<Vec<serde_json::Value>>(&r.stdout)
            .unwrap()
            .len()
    };
    assert_eq!(n(&any), n(&took_part) + 1);
    // Wrong values say what is expected, with exit code 2.
    for args in [
        &["list", "--class", "99"][..],
        &["list", "--kind", "phonecalls"],
        &["list", "--country", "XXX"],
    ] {
        let run = common::readout(args);
        assert_eq!(run.code, 2, "{args:?}: {run:?}");
        assert!(
            run.stderr.contains("one of")
                || run.stderr.contains("01 to 20")
                || run.stderr.contains("country code"),
            "{run:?}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Places as entities.

#[test]
fn places_are_found_however_spelled() {
    let data = builtin();
    assert!(!data.places().is_empty());
    let lachin = data
        .places()
        .iter()
        .position(|p| p.id == "lachin-corridor")
        .expect("the Lachin corridor is a place");
    for spelling in ["Lachin", "Laçın", "lacin", "Лачинский коридор"] {
        assert_eq!(
            data.search_places(spelling).first(),
            Some(&lachin),
            "{spelling}"
        );
    }
    let blocked = data.interactions_at(lachin);
    assert!(!blocked.is_empty());
    // Search finds the interaction by a name its place text does not contain.
    let found = data.search(&readout::data::fold::Query::new("laçın"), None);
    assert!(blocked.iter().all(|i| found.contains(i)), "{found:?}");
    let stepanakert = data.search_places("Khankendi");
    assert_eq!(data.places()[stepanakert[0]].id, "stepanakert");
    // The picker offers the place, and choosing it filters to it.
    let mut s = state(data, 120, 40);
    press(&mut s, &["f", "type:Şuşa"]);
    let Some(readout::state::Overlay::Picker(p)) = &s.nav.overlay else {
        panic!("the picker is open");
    };
    assert!(
        (0..p.len()).any(|n| matches!(p.item(n), Some(readout::state::PickItem::Place(_)))),
        "Shusha is among the matches"
    );
    press(&mut s, &["Esc", "f", "type:lacin"]);
    let Some(readout::state::Overlay::Picker(p)) = &s.nav.overlay else {
        panic!("the picker is open");
    };
    let row = (0..p.len())
        .find(|&n| p.item(n) == Some(readout::state::PickItem::Place(lachin)))
        .expect("the corridor is offered");
    for _ in 0..row {
        press(&mut s, &["Down"]);
    }
    press(&mut s, &["Enter"]);
    assert_eq!(s.filter.places, [lachin]);
    assert_eq!(s.lists.visible, s.data.interactions_at(lachin));
    assert_eq!(readout::ui::filter_text(&s), "at Lachin corridor");
    // The command line too.
    let run = common::readout(&["list", "--place", "Laçın", "--format", "json"]);
    assert_eq!(run.code, 0, "{run:?}");
    assert!(run.stdout.contains("lachin-corridor-blocked"), "{run:?}");
}

/// A pane's own title stays whole when the counts beside it would not fit: at 110 columns the
/// Actors pane is too narrow for "2 Actors" and "11/125 active · 2 in filter" together.
#[test]
fn pane_titles_are_never_drawn_over() {
    let mut s = state(builtin(), 110, 34);
    press(
        &mut s,
        &["f", "type:pashinian", "Enter", "f", "type:blinken", "Enter"],
    );
    let rows = screen(&s);
    assert!(
        rows.iter().any(|r| r.contains(" 2 Actors ")),
        "{}",
        rows.join("\n")
    );
    press(&mut s, &["c", "t", "type:2022-09..2022-12", "Enter", "v"]);
    let rows = screen(&s);
    assert!(
        rows.iter()
            .any(|r| r.contains(" 2 Relationships ") && r.contains(" pairs ")),
        "{}",
        rows.join("\n")
    );
}
