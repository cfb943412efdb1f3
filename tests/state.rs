//! State tests: key sequences, through the real key table and `update`, give the expected
//! selection, focus and filters. No terminal.

mod common;

use common::{fresh, press, selected_id, state, visible_ids};
use readout::action::Pane;
use readout::query::MatchMode;
use readout::state::{DetailSubject, Overlay};

fn actor_name(s: &readout::state::State) -> &str {
    &s.data.actor(s.selected_actor().unwrap()).name
}

#[test]
fn opens_on_the_timeline_in_date_order() {
    let s = fresh();
    assert_eq!(s.nav.focus, Pane::Timeline);
    assert_eq!(
        visible_ids(&s),
        ["clash", "talks", "call-p-putin", "call-b-a", "call-b-p"]
    );
    assert_eq!(selected_id(&s), Some("clash"));
}

#[test]
fn moving_stays_in_range() {
    let mut s = fresh();
    press(&mut s, &["k"]);
    assert_eq!(s.nav.timeline.selected, 0);
    press(&mut s, &["j", "Down"]);
    assert_eq!(selected_id(&s), Some("call-p-putin"));
    press(&mut s, &["G"]);
    assert_eq!(selected_id(&s), Some("call-b-p"));
    press(&mut s, &["j", "PgDn"]);
    assert_eq!(s.nav.timeline.selected, 4);
    press(&mut s, &["g"]);
    assert_eq!(s.nav.timeline.selected, 0);
    press(&mut s, &["End", "Up", "PgUp"]);
    assert_eq!(s.nav.timeline.selected, 0);
}

#[test]
fn panes_cycle_with_tab_and_numbers() {
    let mut s = fresh();
    press(&mut s, &["Tab"]);
    assert_eq!(s.nav.focus, Pane::Actors);
    press(&mut s, &["Tab"]);
    assert_eq!(s.nav.focus, Pane::Detail);
    press(&mut s, &["Tab"]);
    assert_eq!(s.nav.focus, Pane::Timeline);
    press(&mut s, &["S-Tab"]);
    assert_eq!(s.nav.focus, Pane::Detail);
    press(&mut s, &["2"]);
    assert_eq!(s.nav.focus, Pane::Actors);
    press(&mut s, &["1"]);
    assert_eq!(s.nav.focus, Pane::Timeline);
    press(&mut s, &["Enter"]);
    assert_eq!(
        s.nav.focus,
        Pane::Detail,
        "Enter on the timeline reads the interaction"
    );
    press(&mut s, &["Esc"]);
    assert_eq!(s.nav.focus, Pane::Timeline);
    press(&mut s, &["2", "3", "Esc"]);
    assert_eq!(
        s.nav.focus,
        Pane::Actors,
        "Esc goes back to the list Detail shows"
    );
}

#[test]
fn actors_are_listed_most_active_first() {
    let s = fresh();
    let names = common::actor_names(&s);
    assert_eq!(
        names,
        [
            "Antony Blinken",
            "Ilham Aliyev",
            "Nikol Pashinyan",
            "Armenia",
            "The Kremlin"
        ]
    );
}

#[test]
fn two_actors_give_exactly_their_shared_interactions() {
    let mut s = fresh();
    press(&mut s, &["2", "Space"]);
    assert_eq!(actor_name(&s), "Antony Blinken");
    assert_eq!(visible_ids(&s), ["talks", "call-b-a", "call-b-p"]);
    press(&mut s, &["j", "Enter"]);
    assert_eq!(actor_name(&s), "Ilham Aliyev");
    assert_eq!(s.filter.mode, MatchMode::All);
    assert_eq!(visible_ids(&s), ["talks", "call-b-a"]);
    press(&mut s, &["m"]);
    assert_eq!(s.filter.mode, MatchMode::Any);
    assert_eq!(visible_ids(&s), ["clash", "talks", "call-b-a", "call-b-p"]);
    press(&mut s, &["m", "Space"]);
    assert_eq!(
        visible_ids(&s),
        ["talks", "call-b-a", "call-b-p"],
        "Space again removes"
    );
    press(&mut s, &["m", "c"]);
    assert!(s.filter.actors.is_empty());
    assert_eq!(s.filter.mode, MatchMode::All, "c clears the match mode too");
    assert_eq!(s.lists.visible.len(), 5);
}

#[test]
fn the_picker_finds_names_native_names_and_aliases() {
    for (query, expected) in [
        ("aliyev", "aliyev"),
        ("Əliyev", "aliyev"),
        ("ƏLİYEV", "aliyev"),
        ("pashinian", "pashinyan"),
        ("Փաշինյան", "pashinyan"),
        ("kreml", "kremlin"),
    ] {
        let mut s = fresh();
        press(&mut s, &["f", &format!("type:{query}"), "Enter"]);
        assert!(s.nav.overlay.is_none(), "{query}: Enter closes the picker");
        let ids: Vec<&str> = s
            .filter
            .actors
            .iter()
            .map(|&a| s.data.actor(a).id.as_str())
            .collect();
        assert_eq!(ids, [expected], "{query}");
    }
}

#[test]
fn the_picker_edits_moves_and_closes() {
    let mut s = fresh();
    press(&mut s, &["f", "type:xyz"]);
    let Some(Overlay::Picker(p)) = &s.nav.overlay else {
        panic!("picker open")
    };
    assert!(p.matches.is_empty());
    press(&mut s, &["Enter"]);
    assert!(
        s.nav.overlay.is_some(),
        "Enter with no match keeps the picker open"
    );
    press(&mut s, &["C-u", "type:a"]);
    let Some(Overlay::Picker(p)) = &s.nav.overlay else {
        panic!("picker open")
    };
    // The second row: an actor, or a country or organisation the query names.
    let second = match p.item(1) {
        Some(readout::state::PickItem::Actor(a)) => Ok(a),
        Some(readout::state::PickItem::Group(g)) => Err(g.key.clone()),
        other => panic!("a second row: {other:?}"),
    };
    press(&mut s, &["Down", "Enter"]);
    match second {
        Ok(a) => assert_eq!(s.filter.actors, [a]),
        Err(key) => assert_eq!(s.filter.groups[0].key, key),
    }
    // Keys that are commands elsewhere are text in the picker.
    let effects = press(&mut s, &["f", "type:qjk", "Bksp"]);
    let Some(Overlay::Picker(p)) = &s.nav.overlay else {
        panic!("picker open")
    };
    assert_eq!(p.input.text(), "qj");
    assert!(!effects.quits());
    press(&mut s, &["Esc"]);
    assert!(s.nav.overlay.is_none());
    assert_eq!(s.filter.terms(), 1, "Esc adds nothing");
}

#[test]
fn filtering_keeps_the_selected_interaction_when_it_stays() {
    let mut s = fresh();
    press(&mut s, &["j", "j", "j"]);
    assert_eq!(selected_id(&s), Some("call-b-a"));
    press(&mut s, &["f", "type:aliyev", "Enter"]);
    assert_eq!(visible_ids(&s), ["clash", "talks", "call-b-a"]);
    assert_eq!(selected_id(&s), Some("call-b-a"));
    // When it goes, the nearest one later in time is selected.
    let mut s = fresh();
    press(&mut s, &["j", "j"]);
    assert_eq!(selected_id(&s), Some("call-p-putin"));
    press(&mut s, &["f", "type:blinken", "Enter"]);
    assert_eq!(selected_id(&s), Some("call-b-a"));
}

#[test]
fn an_empty_result_has_no_selection() {
    let mut s = fresh();
    press(
        &mut s,
        &["f", "type:kremlin", "Enter", "f", "type:armenia", "Enter"],
    );
    assert!(s.lists.visible.is_empty());
    assert_eq!(s.selected_interaction(), None);
    press(&mut s, &["j", "G", "k"]);
    assert_eq!(s.nav.timeline.selected, 0);
    assert_eq!(s.detail_subject(), DetailSubject::Nothing);
}

#[test]
fn detail_follows_the_list_last_focused() {
    let mut s = fresh();
    assert!(matches!(s.detail_subject(), DetailSubject::Interaction(_)));
    press(&mut s, &["2"]);
    assert!(matches!(s.detail_subject(), DetailSubject::Actor(_)));
    press(&mut s, &["3"]);
    assert!(
        matches!(s.detail_subject(), DetailSubject::Actor(_)),
        "Detail keeps the actor so its relationships can be scrolled"
    );
    press(&mut s, &["1", "3"]);
    assert!(matches!(s.detail_subject(), DetailSubject::Interaction(_)));
}

#[test]
fn detail_scrolls_within_its_text() {
    let mut s = state(common::builtin(), 100, 20);
    press(&mut s, &["G", "Enter"]);
    for _ in 0..200 {
        press(&mut s, &["j"]);
    }
    let max = s.nav.detail_scroll;
    assert!(max > 0, "a long interaction scrolls in a short pane");
    press(&mut s, &["j"]);
    assert_eq!(
        s.nav.detail_scroll, max,
        "scrolling stops at the end of the text"
    );
    press(&mut s, &["g"]);
    assert_eq!(s.nav.detail_scroll, 0);
    // Moving to another interaction starts its detail at the top.
    press(&mut s, &["G", "1", "k", "3"]);
    assert_eq!(s.nav.detail_scroll, 0);
}

#[test]
fn help_opens_and_closes() {
    let mut s = fresh();
    press(&mut s, &["?"]);
    assert!(matches!(s.nav.overlay, Some(Overlay::Help { .. })));
    press(&mut s, &["j"]);
    assert_eq!(
        s.nav.timeline.selected, 0,
        "keys go to the help while it is open"
    );
    press(&mut s, &["Esc"]);
    assert!(s.nav.overlay.is_none());
    press(&mut s, &["?", "?"]);
    assert!(s.nav.overlay.is_none());
    let effects = press(&mut s, &["?", "q"]);
    assert!(
        s.nav.overlay.is_none() && !effects.quits(),
        "q closes the help first"
    );
}

#[test]
fn q_and_ctrl_c_quit() {
    let mut s = fresh();
    assert!(press(&mut s, &["q"]).quits());
    let mut s = fresh();
    assert!(press(&mut s, &["C-c"]).quits());
    let mut s = fresh();
    assert!(
        press(&mut s, &["f", "C-c"]).quits(),
        "Ctrl-C quits from the picker too"
    );
}

#[test]
fn resizing_keeps_the_selection_visible() {
    let mut s = state(common::builtin(), 120, 40);
    press(&mut s, &["G"]);
    readout::update::update(&mut s, readout::action::Action::Resize(120, 12));
    let rows = 12usize;
    assert!(s.nav.timeline.offset <= s.nav.timeline.selected);
    assert!(s.nav.timeline.selected < s.nav.timeline.offset + rows);
}

/// A large file loads behind the first frame: progress moves only while loading, and the
/// data, once there, replaces the empty state with the keys pressed meanwhile kept.
#[test]
fn data_loaded_behind_the_first_frame_takes_the_place_of_the_progress_bar() {
    use readout::state::Loading;
    use readout::update::{Msg, update};
    let mut s = readout::state::State::loading("big.ron", 120, 40);
    assert_eq!(s.data.interactions().len(), 0);
    let p = Loading {
        read: 10,
        parsed: 5,
        total: 10,
    };
    update(&mut s, Msg::Progress(p));
    assert_eq!(s.status.loading, Some(p));
    // Keys work meanwhile: focus moves, help opens.
    press(&mut s, &["2", "?"]);
    update(&mut s, Msg::Loaded(std::sync::Arc::new(common::builtin())));
    assert_eq!(s.status.loading, None);
    assert_eq!(s.lists.visible.len(), s.data.interactions().len());
    assert!(s.lists.visible.len() > 100);
    assert_eq!(s.nav.focus, readout::action::Pane::Actors);
    assert!(s.nav.overlay.is_some());
    // A late progress report changes nothing.
    update(&mut s, Msg::Progress(p));
    assert_eq!(s.status.loading, None);
}
