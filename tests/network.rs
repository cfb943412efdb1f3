//! The network view and the network exports, on the built-in dataset: whole-screen snapshots of
//! Pashinyan's circle, state changes through `update`, colours on the buffer's cells, and the
//! GEXF, GraphML and DOT files parsed back and counted against `list`.

mod common;

use std::collections::BTreeSet;

use common::{builtin, press, readout, render, render_in, screen, state};
use ratatui::style::{Color, Modifier};
use readout::action::{Action, Pane};
use readout::keymap::Mode;
use readout::state::State;
use readout::update::update;

/// The browser at `w`x`h` with the Actors pane on `id`.
fn on_actor(id: &str, w: u16, h: u16) -> State {
    let mut s = state(builtin(), w, h);
    press(&mut s, &["2"]);
    let actor = s.data.actor_index(id).expect("the actor is in the data");
    let at = s
        .lists
        .actors
        .iter()
        .position(|&a| a == actor)
        .expect("listed");
    for _ in 0..at {
        press(&mut s, &["j"]);
    }
    assert_eq!(s.selected_actor(), Some(actor));
    s
}

fn on_pashinyan(w: u16, h: u16) -> State {
    on_actor("pashinyan", w, h)
}

fn name(s: &State, actor: usize) -> &str {
    &s.data.actor(actor).name
}

/// Counted straight from the built-in file, as the network links actors (participants and the
/// initiator): Pashinyan's counterparts, and the interactions he shares with Aliyev.
fn pashinyan_counterparts() -> usize {
    let data = builtin();
    let mut others = BTreeSet::new();
    for it in &data.dataset.interactions {
        let took: Vec<&str> = it
            .participants
            .iter()
            .map(String::as_str)
            .chain(it.initiator.as_deref())
            .collect();
        if took.contains(&"pashinyan") {
            others.extend(took.into_iter().filter(|&a| a != "pashinyan"));
        }
    }
    others.len()
}

fn pashinyan_aliyev() -> usize {
    builtin()
        .dataset
        .interactions
        .iter()
        .filter(|it| {
            ["pashinyan", "aliyev"].iter().all(|id| {
                it.participants.iter().any(|p| p == id) || it.initiator.as_deref() == Some(id)
            })
        })
        .count()
}

#[test]
fn pashinyan_circle_wide() {
    let mut s = on_pashinyan(120, 40);
    press(&mut s, &["w"]);
    let rows = screen(&s);
    // His heaviest counterparts are drawn, with the heaviest selected and described.
    for who in [
        "Pashinyan",
        "Aliyev",
        "Blinken",
        "Putin",
        "Mirzoyan",
        "Blinken",
        "Michel",
    ] {
        assert!(
            rows.iter().any(|r| r.contains(who)),
            "{who} should be drawn:\n{}",
            rows.join("\n")
        );
    }
    let view = s.nav.network.as_ref().unwrap();
    let shown = format!("{} counterparts", view.drawing.nodes.len());
    assert!(rows[1].contains("Network: Nikol Pashinyan") && rows[1].contains(&shown));
    assert_eq!(
        view.drawing.nodes.len() + view.drawing.hidden,
        pashinyan_counterparts()
    );
    assert!(rows[37].contains(&format!(
        "Pashinyan — Aliyev · {} interactions",
        pashinyan_aliyev()
    )));
    insta::assert_snapshot!(render(&s).backend());
}

#[test]
fn pashinyan_circle_small_shows_fewer_and_counts_the_rest() {
    let mut s = on_pashinyan(52, 17);
    press(&mut s, &["w"]);
    let view = s.nav.network.as_ref().expect("the view is open");
    assert!(
        view.drawn && view.drawing.hidden > 0,
        "{}",
        screen(&s).join("\n")
    );
    let rows = screen(&s);
    let more = format!("+{} more", view.drawing.hidden);
    assert!(
        rows[1].contains(&more),
        "{more} in the title:\n{}",
        rows.join("\n")
    );
    insta::assert_snapshot!(render(&s).backend());
}

#[test]
fn too_small_to_draw_lists_the_counterparts() {
    let mut s = on_pashinyan(50, 12);
    press(&mut s, &["w"]);
    let view = s.nav.network.as_ref().expect("the view is open");
    assert!(!view.drawn);
    let rows = screen(&s);
    assert!(rows.iter().any(|r| r.contains("Too small to draw")));
    assert!(
        rows.iter()
            .any(|r| r.contains("Ilham Aliyev") && r.contains(&pashinyan_aliyev().to_string()))
    );
    // Moving and clicking select rows of the list; Enter filters to the pair.
    press(&mut s, &["j"]);
    let second = s.nav.network.as_ref().unwrap().selected();
    let row = rows
        .iter()
        .position(|r| r.contains("Ilham Aliyev"))
        .unwrap() as u16;
    update(&mut s, Action::Click(5, row));
    let aliyev = s.data.actor_index("aliyev").unwrap();
    assert_ne!(second, Some(aliyev));
    assert_eq!(s.nav.network.as_ref().unwrap().selected(), Some(aliyev));
    for (w, h) in [(0, 0), (1, 1), (10, 3), (30, 6)] {
        update(&mut s, Action::Resize(w, h));
        let _ = screen(&s);
    }
}

#[test]
fn movement_enter_and_esc_in_the_view() {
    let mut s = on_pashinyan(120, 40);
    let pashinyan = s.data.actor_index("pashinyan").unwrap();
    press(&mut s, &["w"]);
    assert_eq!(s.mode(), Mode::Network);
    let items = s.nav.network.as_ref().unwrap().items.clone();
    let view = s.nav.network.as_ref().unwrap();
    assert_eq!(items.len(), view.drawing.nodes.len());
    assert_eq!(
        view.drawing.nodes.len() + view.drawing.hidden,
        pashinyan_counterparts()
    );
    // The heaviest first: as many interactions with the first as with any other.
    let view = s.nav.network.as_ref().unwrap();
    let weight = |a| view.graph.edge(pashinyan, a).unwrap().count;
    assert!(items.iter().all(|&a| weight(a) <= weight(items[0])));
    press(&mut s, &["j", "j", "k"]);
    assert_eq!(s.nav.network.as_ref().unwrap().selected(), Some(items[1]));
    press(&mut s, &["G"]);
    assert_eq!(
        s.nav.network.as_ref().unwrap().selected(),
        items.last().copied()
    );
    press(&mut s, &["g"]);
    // Enter: the timeline filtered to the pair, as the relationships view does.
    press(&mut s, &["Enter"]);
    assert!(s.nav.network.is_none());
    assert_eq!(s.nav.focus, Pane::Timeline);
    assert_eq!(s.filter.actors, vec![pashinyan, items[0]]);
    let expected = s
        .data
        .interactions_of(pashinyan)
        .iter()
        .filter(|&&i| s.data.interactions_of(items[0]).contains(&i))
        .count();
    assert_eq!(s.lists.visible.len(), expected);
    assert!(
        s.status
            .message
            .as_deref()
            .unwrap()
            .contains(name(&s, items[0]))
    );
    // Esc and w close it and leave the filter alone.
    let mut s = on_pashinyan(120, 40);
    press(&mut s, &["w", "Esc"]);
    assert!(s.nav.network.is_none() && s.filter.actors.is_empty());
    press(&mut s, &["w", "w"]);
    assert!(s.nav.network.is_none());
    assert_eq!(s.mode(), Mode::Browse(Pane::Actors));
}

#[test]
fn the_view_follows_every_filter() {
    let mut s = on_pashinyan(120, 40);
    let pashinyan = s.data.actor_index("pashinyan").unwrap();
    press(&mut s, &["w"]);
    let all = s.nav.network.as_ref().unwrap().graph.strength(pashinyan);
    // A time range, typed while the view is open: the view is built again from it.
    press(&mut s, &["t", "type:2023", "Enter"]);
    assert_eq!(s.mode(), Mode::Network);
    let view = s.nav.network.as_ref().unwrap();
    let in_2023 = view.graph.strength(pashinyan);
    assert!(0 < in_2023 && in_2023 < all);
    for e in view.graph.edges_of(pashinyan) {
        assert!(e.first.year() == 2023 || e.last.year() == 2023);
    }
    // A search.
    press(&mut s, &["/", "type:brussels", "Enter"]);
    let view = s.nav.network.as_ref().unwrap();
    let counted: usize = view.graph.edges_of(pashinyan).map(|e| e.count).sum();
    assert!(counted > 0 && counted < in_2023 * 4);
    assert!(
        s.lists
            .visible
            .iter()
            .all(|&i| s.data.interaction(i).date.year() == 2023)
    );
    // Clearing the filters gives the whole circle back.
    press(&mut s, &["c"]);
    assert_eq!(
        s.nav.network.as_ref().unwrap().graph.strength(pashinyan),
        all
    );
    // `[` and `]` step a month at a time: each month's network is built from that month.
    press(&mut s, &["]"]);
    let (since, until) = (s.filter.since.unwrap(), s.filter.until.unwrap());
    assert_eq!(since, until);
    let view = s.nav.network.as_ref().unwrap();
    assert_eq!(s.mode(), Mode::Network);
    for e in &view.graph.edges {
        assert!(e.first <= until.last_day() && e.last >= since.first_day());
    }
    press(&mut s, &["]", "["]);
    assert_eq!(s.filter.since, Some(since));
}

#[test]
fn widen_to_the_whole_network_and_back() {
    let mut s = on_pashinyan(120, 40);
    let pashinyan = s.data.actor_index("pashinyan").unwrap();
    press(&mut s, &["w", "W"]);
    let view = s.nav.network.as_ref().unwrap();
    assert_eq!(view.centre, None);
    assert_eq!(
        view.selected(),
        Some(pashinyan),
        "the centre stays selected"
    );
    assert!(view.drawing.nodes.len() > 10);
    let rows = screen(&s);
    assert!(rows[1].contains("every actor of the filtered interactions"));
    insta::assert_snapshot!("whole_network_wide", render(&s).backend());
    // The same layout on the same data and size.
    let again = {
        let mut t = on_pashinyan(120, 40);
        press(&mut t, &["w", "W"]);
        t.nav.network.unwrap().drawing
    };
    assert_eq!(s.nav.network.as_ref().unwrap().drawing, again);
    // Enter on an actor centres the view on it; W goes back to the whole.
    press(&mut s, &["j", "Enter"]);
    let view = s.nav.network.as_ref().unwrap();
    assert!(view.centre.is_some() && view.centre != Some(pashinyan));
    press(&mut s, &["W", "W"]);
    assert!(s.nav.network.as_ref().unwrap().centre.is_some());
    // W from the Actors pane opens the whole network at once.
    let mut s = on_pashinyan(120, 40);
    press(&mut s, &["W"]);
    assert_eq!(s.nav.network.as_ref().unwrap().centre, None);
}

#[test]
fn from_the_relationships_view_the_pair_is_centre_and_selection() {
    let mut s = state(builtin(), 120, 40);
    press(&mut s, &["2", "v", "j"]);
    let pair = s.selected_pair().unwrap().clone();
    press(&mut s, &["w"]);
    let view = s.nav.network.as_ref().unwrap();
    assert_eq!(view.centre, Some(pair.a));
    assert_eq!(view.selected(), Some(pair.b));
}

#[test]
fn a_click_selects_the_node_under_it() {
    let mut s = on_pashinyan(120, 40);
    press(&mut s, &["w"]);
    let view = s.nav.network.as_ref().unwrap();
    let target = view.drawing.nodes[5];
    update(
        &mut s,
        Action::Click(target.label.x + target.label.width - 1, target.label.y),
    );
    assert_eq!(
        s.nav.network.as_ref().unwrap().selected(),
        Some(target.actor)
    );
    // A click on empty space changes nothing.
    update(&mut s, Action::Click(1, 1));
    assert_eq!(
        s.nav.network.as_ref().unwrap().selected(),
        Some(target.actor)
    );
}

#[test]
fn edges_take_their_class_colour_and_no_color_keeps_the_selection_visible() {
    let mut s = on_pashinyan(120, 40);
    press(&mut s, &["w"]);
    let terminal = render(&s);
    let buf = terminal.backend().buffer();
    let view = s.nav.network.as_ref().unwrap();
    let selected = view.drawing.nodes[0];
    let cell = &buf[(selected.label.x, selected.label.y)];
    assert!(
        cell.modifier.contains(Modifier::REVERSED),
        "the selected label is reversed"
    );
    // Braille cells are tinted with a class's colour (unclassed pairs: the terminal's own).
    let mut tints: BTreeSet<String> = readout::ui::theme::COLOR
        .classes
        .iter()
        .map(|c| format!("{:?}", c.fg))
        .collect();
    tints.insert(format!("{:?}", Some(Color::Reset)));
    let braille: Vec<_> = buf
        .content()
        .iter()
        .filter(|c| {
            c.symbol()
                .chars()
                .all(|ch| ('\u{2801}'..='\u{28FF}').contains(&ch))
        })
        .collect();
    assert!(!braille.is_empty());
    assert!(
        braille
            .iter()
            .all(|c| tints.contains(&format!("{:?}", Some(c.fg))))
    );
    // NO_COLOR: no colour at all, the selection still reversed.
    let terminal = render_in(&s, &readout::ui::theme::PLAIN);
    let buf = terminal.backend().buffer();
    assert!(
        buf.content()
            .iter()
            .all(|c| c.fg == Color::Reset && c.bg == Color::Reset)
    );
    assert!(
        buf[(selected.label.x, selected.label.y)]
            .modifier
            .contains(Modifier::REVERSED)
    );
}

#[test]
fn every_size_renders_without_panic() {
    let mut s = on_pashinyan(120, 40);
    press(&mut s, &["w"]);
    for (w, h) in [
        (0, 0),
        (1, 1),
        (2, 5),
        (20, 4),
        (44, 15),
        (80, 16),
        (200, 60),
        (120, 40),
    ] {
        update(&mut s, Action::Resize(w, h));
        let _ = screen(&s);
        let view = s.nav.network.as_ref().unwrap();
        assert!(view.cursor.selected < view.items.len().max(1));
    }
    press(&mut s, &["W"]);
    for (w, h) in [(0, 0), (1, 1), (20, 4), (44, 15), (200, 60)] {
        update(&mut s, Action::Resize(w, h));
        let _ = screen(&s);
    }
}

// ---------------------------------------------------------------------------------------------
// Exports
// ---------------------------------------------------------------------------------------------

/// The actors and pairs the interactions `list --format json` prints took part in, counted
/// from its JSON: (actor ids, pairs of ids).
fn counted_from_list(args: &[&str]) -> (BTreeSet<String>, BTreeSet<(String, String)>) {
    let mut all = vec!["list", "--format", "json"];
    all.extend(args);
    let run = readout(&all);
    assert_eq!(run.code, 0, "{run:?}");
    let rows: Vec<serde_json::Value> = serde_json::from_str(&run.stdout).expect("JSON");
    let mut actors = BTreeSet::new();
    let mut pairs = BTreeSet::new();
    for row in rows {
        let mut took: BTreeSet<String> = row["participants"]
            .as_array()
            .unwrap()
            .iter()
            .map(|v| v.as_str().unwrap().to_owned())
            .collect();
        if let Some(i) = row["initiator"].as_str() {
            took.insert(i.to_owned());
        }
        for a in &took {
            for b in &took {
                if a < b {
                    pairs.insert((a.clone(), b.clone()));
                }
            }
        }
        actors.extend(took);
    }
    (actors, pairs)
}

fn export(format: &str, args: &[&str]) -> String {
    let mut all = vec!["export", "--format", format];
    all.extend(args);
    let run = readout(&all);
    assert_eq!(run.code, 0, "{run:?}");
    run.stdout
}

const FILTERS: &[&[&str]] = &[
    &[],
    &["--actor", "pashinyan"],
    &["--since", "2023", "--until", "2023"],
    &["--search", "brussels"],
    &["--actor", "aliyev", "--actor", "blinken", "--any"],
];

#[test]
fn gexf_parses_back_with_the_counts_of_list() {
    for args in FILTERS {
        let (actors, pairs) = counted_from_list(args);
        let text = export("gexf", args);
        let doc = roxmltree::Document::parse(&text).expect("GEXF is well-formed XML");
        let root = doc.root_element();
        assert_eq!(root.tag_name().name(), "gexf");
        assert_eq!(root.tag_name().namespace(), Some("http://gexf.net/1.3"));
        assert_eq!(root.attribute("version"), Some("1.3"));
        let graph = root.children().find(|n| n.has_tag_name("graph")).unwrap();
        assert_eq!(graph.attribute("mode"), Some("dynamic"));
        assert_eq!(graph.attribute("timeformat"), Some("date"));
        let nodes: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name("node"))
            .collect();
        let edges: Vec<_> = doc
            .descendants()
            .filter(|n| n.has_tag_name("edge"))
            .collect();
        let ids: BTreeSet<String> = nodes
            .iter()
            .map(|n| n.attribute("id").unwrap().to_owned())
            .collect();
        assert_eq!(ids, actors, "nodes for {args:?}");
        assert_eq!(edges.len(), pairs.len(), "edges for {args:?}");
        let mut weight = 0;
        for e in &edges {
            let (a, b) = (
                e.attribute("source").unwrap(),
                e.attribute("target").unwrap(),
            );
            assert!(ids.contains(a) && ids.contains(b));
            let key = if a < b {
                (a.to_owned(), b.to_owned())
            } else {
                (b.to_owned(), a.to_owned())
            };
            assert!(pairs.contains(&key), "{a}–{b}");
            weight += e.attribute("weight").unwrap().parse::<usize>().unwrap();
            let (start, end) = (e.attribute("start").unwrap(), e.attribute("end").unwrap());
            assert!(
                start.len() == 10 && end.len() == 10 && start <= end,
                "{start}..{end}"
            );
        }
        assert!(weight >= edges.len());
        // What the schema's references require: every attvalue names a declared attribute of
        // its class, and every edge's id is unique.
        let declared = |class: &str| -> BTreeSet<&str> {
            doc.descendants()
                .filter(|n| n.has_tag_name("attributes") && n.attribute("class") == Some(class))
                .flat_map(|n| n.children().filter_map(|a| a.attribute("id")))
                .collect()
        };
        let (node_attrs, edge_attrs) = (declared("node"), declared("edge"));
        for n in nodes.iter().chain(&edges) {
            let known = if n.has_tag_name("node") {
                &node_attrs
            } else {
                &edge_attrs
            };
            for v in n.descendants().filter(|v| v.has_tag_name("attvalue")) {
                assert!(known.contains(v.attribute("for").unwrap()));
            }
        }
        let edge_ids: BTreeSet<&str> = edges.iter().map(|e| e.attribute("id").unwrap()).collect();
        assert_eq!(edge_ids.len(), edges.len());
        for n in &nodes {
            assert!(n.attribute("label").is_some() && n.attribute("start").is_some());
            let kind = n
                .descendants()
                .find(|v| v.attribute("for") == Some("kind"))
                .unwrap();
            assert!(kind.attribute("value").is_some());
        }
    }
}

#[test]
fn graphml_and_dot_carry_the_same_network() {
    for args in FILTERS {
        let (actors, pairs) = counted_from_list(args);
        let text = export("graphml", args);
        let doc = roxmltree::Document::parse(&text).expect("GraphML is well-formed XML");
        assert_eq!(
            doc.root_element().tag_name().namespace(),
            Some("http://graphml.graphdrawing.org/xmlns")
        );
        let data_of = |n: roxmltree::Node, key: &str| {
            n.children()
                .find(|c| c.has_tag_name("data") && c.attribute("key") == Some(key))
                .and_then(|c| c.text())
                .map(str::to_owned)
        };
        let nodes: BTreeSet<String> = doc
            .descendants()
            .filter(|n| n.has_tag_name("node"))
            .map(|n| data_of(n, "id").unwrap())
            .collect();
        let edges = doc.descendants().filter(|n| n.has_tag_name("edge")).count();
        // Every data element names a key declared for its kind of element, and every edge's
        // ends are nodes of the graph.
        let keys: BTreeSet<(&str, &str)> = doc
            .descendants()
            .filter(|n| n.has_tag_name("key"))
            .map(|k| (k.attribute("id").unwrap(), k.attribute("for").unwrap()))
            .collect();
        for d in doc.descendants().filter(|n| n.has_tag_name("data")) {
            let on = d.parent_element().unwrap().tag_name().name();
            assert!(keys.contains(&(d.attribute("key").unwrap(), on)), "{on}");
        }
        let node_ids: BTreeSet<&str> = doc
            .descendants()
            .filter(|n| n.has_tag_name("node"))
            .map(|n| n.attribute("id").unwrap())
            .collect();
        for e in doc.descendants().filter(|n| n.has_tag_name("edge")) {
            assert!(node_ids.contains(e.attribute("source").unwrap()));
            assert!(node_ids.contains(e.attribute("target").unwrap()));
        }
        assert_eq!(nodes, actors, "{args:?}");
        assert_eq!(edges, pairs.len(), "{args:?}");
        let dot = export("dot", args);
        assert!(dot.starts_with("graph \"") && dot.trim_end().ends_with('}'));
        assert_eq!(dot.matches(" -- ").count(), pairs.len());
        assert_eq!(
            dot.lines().filter(|l| l.contains("[label=")).count(),
            actors.len()
        );
    }
}

#[test]
fn exports_escape_what_the_data_holds() {
    let dir = std::env::temp_dir().join(format!("readout-network-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("odd.ron");
    std::fs::write(
        &file,
        r#"Dataset(
    title: "Names <that> & \"quotes\" 'break' \\ things",
    actors: [
        Actor(id: "a&b", name: "A <b> & \"c\" 'd' \\ e", kind: Organization, role: "x", country: "AZE"),
        Actor(id: "q", name: "Փաշինյան 🕊️ Əliyev", kind: Person, role: "y"),
    ],
    interactions: [
        Interaction(id: "i1", date: "2022-07", kind: Talks, participants: ["a&b", "q"],
            title: "t", summary: "s", sources: [Source(outlet: "o", title: "h")]),
    ],
)"#,
    )
    .unwrap();
    let path = file.to_str().unwrap();
    for format in ["gexf", "graphml"] {
        let text = export(format, &["--data", path]);
        let doc =
            roxmltree::Document::parse(&text).unwrap_or_else(|e| panic!("{format}: {e}\n{text}"));
        let texts: Vec<&str> = doc
            .descendants()
            .flat_map(|n| n.attributes().map(|a| a.value()).chain(n.text()))
            .collect();
        assert!(
            texts.contains(&"A <b> & \"c\" 'd' \\ e"),
            "{format}: the name reads back"
        );
        assert!(texts.contains(&"Փաշինյան 🕊️ Əliyev"));
        assert!(texts.contains(&"a&b"));
    }
    let gexf = export("gexf", &["--data", path]);
    // A month-precise date starts on its first day and ends on its last.
    assert!(gexf.contains(r#"start="2022-07-01" end="2022-07-31""#));
    let dot = export("dot", &["--data", path]);
    assert!(dot.contains(r#"label="A <b> & \"c\" 'd' \\ e""#), "{dot}");
    std::fs::remove_dir_all(&dir).ok();
}

#[test]
fn a_reload_keeps_the_centre_and_selection_by_id() {
    let mut s = on_pashinyan(120, 40);
    press(&mut s, &["w", "j"]);
    let id = |s: &State, a: Option<usize>| a.map(|a| s.data.actor(a).id.clone());
    let view = s.nav.network.as_ref().unwrap();
    let (centre, selected) = (id(&s, view.centre), id(&s, view.selected()));
    let before = view.items.len();
    // The same dataset with its actors in reverse order: every index changes.
    let mut dataset = builtin().dataset;
    dataset.actors.reverse();
    let data = readout::data::Data::new(dataset);
    update(
        &mut s,
        readout::update::Msg::Reloaded(Box::new(Ok(std::sync::Arc::new(data)))),
    );
    let view = s.nav.network.as_ref().expect("still open");
    assert_eq!(id(&s, view.centre), centre);
    assert_eq!(id(&s, view.selected()), selected);
    assert_eq!(view.items.len(), before);
}
