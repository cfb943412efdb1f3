//! Exploring: search, time range, relationships (pairs), sorting, copying, the mouse. State
//! tests through the real key table, and rendering tests of the overview and of highlighted
//! matches.

mod common;

use common::{builtin, fresh, press, render, screen, selected_id, state, visible_ids};
use ratatui::style::Modifier;
use readout::action::{Action, Pane};
use readout::state::{ActorSort, ActorsView, Overlay};
use readout::update::update;

#[test]
fn search_filters_live_and_enter_keeps_it() {
    let mut s = fresh();
    press(&mut s, &["/", "type:call"]);
    assert_eq!(visible_ids(&s), ["call-p-putin", "call-b-a", "call-b-p"]);
    press(&mut s, &["type:s"]);
    assert_eq!(
        visible_ids(&s),
        ["call-b-a", "call-b-p"],
        "a longer query narrows live"
    );
    press(&mut s, &["Bksp", "Enter"]);
    assert!(s.nav.overlay.is_none());
    assert_eq!(s.filter.search.text(), "call");
    assert_eq!(
        s.lists.visible.len(),
        3,
        "Enter keeps the search as a filter"
    );
    // Combined with an actor filter.
    press(&mut s, &["f", "type:aliyev", "Enter"]);
    assert_eq!(visible_ids(&s), ["call-b-a"]);
    // Reopening shows the kept search; Esc drops it.
    press(&mut s, &["/"]);
    let Some(Overlay::Search { input }) = &s.nav.overlay else {
        panic!("search open")
    };
    assert_eq!(input.text(), "call");
    press(&mut s, &["Esc"]);
    assert!(s.filter.search.is_empty());
    assert_eq!(visible_ids(&s), ["clash", "talks", "call-b-a"]);
}

#[test]
fn search_folds_names_and_looks_everywhere() {
    for (query, expected) in [
        ("əliyev", vec!["clash", "talks", "call-b-a"]),
        ("PASHINIAN", vec!["talks", "call-p-putin", "call-b-p"]),
        ("brussels", vec!["talks"]),
        ("peace-treaty", vec!["call-b-a"]),
        ("ensuring security", vec!["call-p-putin"]),
        // Only source outlets say "Outlet" in the fixture.
        (
            "outlet",
            vec!["clash", "talks", "call-p-putin", "call-b-a", "call-b-p"],
        ),
        ("kreml", vec!["call-p-putin"]),
        ("nothing-like-this", vec![]),
    ] {
        let mut s = fresh();
        press(&mut s, &["/", &format!("type:{query}"), "Enter"]);
        assert_eq!(visible_ids(&s), expected, "{query}");
    }
}

#[test]
fn the_search_line_edits_like_a_shell() {
    let mut s = fresh();
    press(&mut s, &["/", "type:blinken talks", "C-w"]);
    let text = |s: &readout::state::State| match &s.nav.overlay {
        Some(Overlay::Search { input }) => input.text().to_owned(),
        _ => panic!("search open"),
    };
    assert_eq!(text(&s), "blinken ");
    press(&mut s, &["Home", "type:x", "End", "type:y", "Left", "Bksp"]);
    assert_eq!(text(&s), "xblinkeny");
    // The cursor is before the `y`: Ctrl-U deletes what is before it.
    press(&mut s, &["C-u"]);
    assert_eq!(text(&s), "y");
    press(&mut s, &["End", "C-u"]);
    assert_eq!(text(&s), "");
    // Keys that are commands elsewhere are text here.
    let effects = press(&mut s, &["type:q?/"]);
    assert_eq!(text(&s), "q?/");
    assert!(!effects.quits());
}

#[test]
fn a_paste_is_text_in_the_search_line_and_nothing_in_the_browser() {
    use ratatui::crossterm::event::Event;
    let mut s = fresh();
    let mut effects = readout::update::Effects::default();
    for a in readout::app::actions_for(&s, Event::Paste("qqq".to_owned())) {
        effects.append(update(&mut s, a));
    }
    assert!(!effects.quits(), "a paste never runs as keys");
    press(&mut s, &["/"]);
    for a in readout::app::actions_for(&s, Event::Paste("Brus\u{1b}sels".to_owned())) {
        update(&mut s, a);
    }
    // An escape inside a paste is a control character: it separates, like a line break.
    assert_eq!(s.filter.search.text(), "Brus sels");
}

/// Every line editor takes a paste the same way: each run of whitespace or control
/// characters is one space (`tests/fixtures/text/paste-newline.txt` is `Pashinyan⏎Aliyev`).
#[test]
fn a_pasted_line_break_separates_words_in_every_line_editor() {
    use ratatui::crossterm::event::Event;
    let paste_into = |s: &mut readout::state::State, text: &str| {
        for a in readout::app::actions_for(s, Event::Paste(text.to_owned())) {
            update(s, a);
        }
    };
    let case = std::fs::read_to_string("tests/fixtures/text/paste-newline.txt").unwrap();
    let mut s = state(builtin(), 120, 40);
    press(&mut s, &["/"]);
    paste_into(&mut s, &case);
    assert_eq!(s.filter.search.text(), "Pashinyan Aliyev");
    assert!(!s.lists.visible.is_empty(), "both words match, apart");
    for (paste, typed) in [
        ("Pashinyan\r\nAliyev", "Pashinyan Aliyev"),
        ("peace\t\ttreaty", "peace treaty"),
        ("\u{2028}Blinken \n ", " Blinken "),
    ] {
        let mut s = state(builtin(), 120, 40);
        press(&mut s, &["/"]);
        paste_into(&mut s, paste);
        assert_eq!(s.filter.search.text(), typed, "search line: {paste:?}");
        let mut s = state(builtin(), 120, 40);
        press(&mut s, &["f"]);
        paste_into(&mut s, paste);
        let Some(Overlay::Picker(p)) = &s.nav.overlay else {
            panic!("picker open")
        };
        assert_eq!(p.input.text(), typed, "picker: {paste:?}");
    }
    let mut s = state(builtin(), 120, 40);
    press(&mut s, &["t"]);
    paste_into(&mut s, "2022-07\n..\t2022-10");
    let Some(Overlay::RangePrompt { input, .. }) = &s.nav.overlay else {
        panic!("range prompt open")
    };
    assert_eq!(input.text(), "2022-07 .. 2022-10");
}

#[test]
fn n_and_shift_n_walk_the_matches_and_wrap() {
    let mut s = fresh();
    press(&mut s, &["n"]);
    assert_eq!(
        s.status.message.as_deref(),
        Some("No search: press / to search")
    );
    press(&mut s, &["/", "type:call", "Enter", "3"]);
    assert_eq!(selected_id(&s), Some("call-p-putin"));
    press(&mut s, &["n"]);
    assert_eq!(selected_id(&s), Some("call-b-a"));
    press(&mut s, &["n", "n"]);
    assert_eq!(selected_id(&s), Some("call-p-putin"), "wraps to the first");
    assert!(
        s.status
            .message
            .as_deref()
            .unwrap_or_default()
            .contains("wrapped")
    );
    press(&mut s, &["N"]);
    assert_eq!(selected_id(&s), Some("call-b-p"));
    assert_eq!(s.nav.focus, Pane::Detail, "n works from Detail too");
}

#[test]
fn brackets_step_a_month_and_keep_precision_honest() {
    let mut s = fresh();
    press(&mut s, &["j", "j"]);
    assert_eq!(selected_id(&s), Some("call-p-putin"));
    press(&mut s, &["]"]);
    // The first press opens on the selected interaction's month: July 2022, which holds the
    // call dated only "2022-07" and the two of 25 July.
    assert_eq!(
        visible_ids(&s),
        ["call-p-putin", "call-b-a", "call-b-b"].map(|x| x.replace("call-b-b", "call-b-p"))
    );
    press(&mut s, &["["]);
    assert_eq!(
        visible_ids(&s),
        Vec::<String>::new(),
        "June 2022 has nothing"
    );
    press(&mut s, &["["]);
    assert_eq!(visible_ids(&s), ["talks"], "May 2022");
    press(&mut s, &["c"]);
    assert_eq!(s.lists.visible.len(), 5);
    assert!(s.filter.since.is_none() && s.filter.until.is_none());
}

#[test]
fn the_range_prompt_takes_years_months_and_spans() {
    let set = |text: &str| {
        let mut s = fresh();
        press(&mut s, &["t", &format!("type:{text}"), "Enter"]);
        s
    };
    assert_eq!(visible_ids(&set("2021")), ["clash"]);
    assert_eq!(
        visible_ids(&set("2022-07")),
        ["call-p-putin", "call-b-a", "call-b-p"]
    );
    assert_eq!(
        visible_ids(&set("2022-07-25")),
        ["call-p-putin", "call-b-a", "call-b-p"],
        "July's call may be on the 25th"
    );
    assert_eq!(visible_ids(&set("2022-05..2022-06")), ["talks"]);
    assert_eq!(visible_ids(&set("..2021-12")), ["clash"]);
    assert_eq!(visible_ids(&set("2022-05-23..")).len(), 4);
    // A span steps by its own length.
    let mut s = set("2022-05..2022-06");
    press(&mut s, &["]"]);
    assert_eq!(
        readout::query::range_text(s.filter.since, s.filter.until),
        "2022-07..2022-08"
    );
    let mut s = set("2021");
    press(&mut s, &["]"]);
    assert_eq!(
        readout::query::range_text(s.filter.since, s.filter.until),
        "2022"
    );
    // Errors keep the prompt open and say what is wrong.
    let s = set("2022-13");
    match &s.nav.overlay {
        Some(Overlay::RangePrompt { error: Some(e), .. }) => assert!(e.contains("month 13"), "{e}"),
        other => panic!("prompt with an error expected: {other:?}"),
    }
    let s = set("2023..2022");
    assert!(
        matches!(&s.nav.overlay, Some(Overlay::RangePrompt { error: Some(e), .. }) if e.contains("before it starts"))
    );
    // An empty prompt clears the range.
    let mut s = set("2021");
    press(&mut s, &["t", "Enter"]);
    assert_eq!(s.lists.visible.len(), 5);
}

#[test]
fn pairs_rank_who_talks_to_whom_and_enter_filters_to_one() {
    let mut s = fresh();
    press(&mut s, &["v"]);
    assert_eq!(s.nav.actors_view, ActorsView::Pairs);
    assert_eq!(s.nav.focus, Pane::Actors);
    let names = |s: &readout::state::State, n: usize| {
        let p = &s.lists.pairs[n];
        (
            s.data.actor(p.a).id.clone(),
            s.data.actor(p.b).id.clone(),
            p.count,
        )
    };
    // Blinken and Aliyev took part together once (the call); he also mediated the talks
    // Aliyev took part in, which the mediation view counts.
    assert_eq!(s.lists.pairs[0].count, 1);
    let all: Vec<_> = (0..s.lists.pairs.len()).map(|n| names(&s, n)).collect();
    assert!(
        all.contains(&("aliyev".into(), "blinken".into(), 1)),
        "{all:?}"
    );
    press(&mut s, &["p"]);
    assert_eq!(s.lists.link, readout::query::Link::Mediation);
    let mut mediated: Vec<_> = (0..s.lists.pairs.len()).map(|n| names(&s, n)).collect();
    mediated.sort();
    assert_eq!(
        mediated,
        [
            ("blinken".into(), "aliyev".into(), 1),
            ("blinken".into(), "pashinyan".into(), 1)
        ]
    );
    // Enter filters to the pair: where both acted (the call, and the talks he mediated).
    let (a, b, _) = names(&s, 0);
    press(&mut s, &["Enter"]);
    let ids: Vec<&str> = s
        .filter
        .actors
        .iter()
        .map(|&x| s.data.actor(x).id.as_str())
        .collect();
    assert_eq!(ids, [a.as_str(), b.as_str()]);
    assert_eq!(s.lists.visible.len(), 2);
    press(&mut s, &["v"]);
    assert_eq!(s.nav.actors_view, ActorsView::Actors);
}

#[test]
fn s_cycles_the_actor_sort_and_keeps_the_selection() {
    let mut s = fresh();
    press(&mut s, &["2", "j"]);
    let selected = s.selected_actor();
    press(&mut s, &["s"]);
    assert_eq!(s.lists.actor_sort, ActorSort::Name);
    assert_eq!(s.selected_actor(), selected);
    let names = common::actor_names(&s);
    assert_eq!(
        names,
        [
            "Antony Blinken",
            "Armenia",
            "Ilham Aliyev",
            "Nikol Pashinyan",
            "The Kremlin"
        ]
    );
    press(&mut s, &["s"]);
    assert_eq!(s.lists.actor_sort, ActorSort::LastContact);
    let first = s.data.actor(s.lists.actors[0]).id.as_str();
    assert!(
        ["blinken", "aliyev", "pashinyan"].contains(&first),
        "{first}"
    );
    assert_eq!(s.data.actor(*s.lists.actors.last().unwrap()).id, "arm");
    press(&mut s, &["s"]);
    assert_eq!(s.lists.actor_sort, ActorSort::Mediated);
    // Blinken mediated the talks; no one else mediated.
    assert_eq!(s.data.actor(s.lists.actors[0]).id, "blinken");
    assert_eq!(s.selected_actor(), selected);
    press(&mut s, &["s"]);
    assert_eq!(s.lists.actor_sort, ActorSort::Interactions);
}

#[test]
fn y_copies_a_quote_with_its_citation() {
    let mut s = fresh();
    let effects = press(&mut s, &["y"]);
    assert_eq!(
        s.status.message.as_deref(),
        Some("This interaction has no quotes")
    );
    assert!(effects.copied().is_none());
    let effects = press(&mut s, &["G", "k", "y"]);
    assert_eq!(selected_id(&s), Some("call-b-a"));
    assert_eq!(
        effects.copied(),
        Some(
            "“Words of praise.” — Antony Blinken (U.S. Secretary of State), tweet, Outlet A, 2022-07, https://example.org/a"
        )
    );
    assert!(s.status.message.as_deref().unwrap().starts_with("Copied"));
}

#[test]
fn several_quotes_open_a_chooser() {
    let mut s = state(builtin(), 120, 40);
    press(
        &mut s,
        &[
            "/",
            "type:blinken pashinyan discuss the peace process",
            "Enter",
            "y",
        ],
    );
    assert!(matches!(s.nav.overlay, Some(Overlay::Quotes { .. })));
    let effects = press(&mut s, &["j", "Enter"]);
    let copied = effects.copied().expect("copied");
    assert!(
        copied.starts_with("“Good discussion with [Prime Minister] Nikol Pashinian"),
        "{copied}"
    );
    assert!(copied.ends_with("— Antony Blinken (U.S. Secretary of State), tweet, RFE/RL Armenian Service, 2022-07, https://azatutyun.am/amp/31959336.html"), "{copied}");
    assert!(s.nav.overlay.is_none());
}

#[test]
fn shift_y_copies_the_interaction_as_markdown() {
    let mut s = fresh();
    let effects = press(&mut s, &["G", "k", "Y"]);
    let md = effects.copied().expect("copied");
    assert!(md.starts_with("## Blinken calls Aliyev\n"), "{md}");
    assert!(md.contains("- **Date:** 2022-07-25\n"));
    assert!(md.contains("> “Words of praise.” — Antony Blinken (U.S. Secretary of State), tweet"));
    assert!(md.contains("- [Outlet A, “Headline A”, 2022-07](https://example.org/a)"));
}

#[test]
fn clicks_focus_and_select_and_the_wheel_scrolls_under_the_pointer() {
    let mut s = state(builtin(), 120, 40);
    let rows = screen(&s);
    let y_of = |needle: &str| rows.iter().position(|r| r.contains(needle)).unwrap() as u16;
    // The third row of the timeline: the Moscow summit of 11 January 2021.
    update(&mut s, Action::Click(10, y_of("2021-01-11 summit")));
    assert_eq!(s.nav.timeline.selected, 2);
    assert_eq!(s.nav.focus, Pane::Timeline);
    // A click in the Actors pane focuses it and selects the actor clicked.
    let third = s.data.actor(s.lists.actors[2]).name.clone();
    update(&mut s, Action::Click(100, y_of(&third)));
    assert_eq!(s.nav.focus, Pane::Actors);
    assert_eq!(s.nav.actors.selected, 2);
    // The wheel over the timeline moves it, though Actors has focus.
    update(&mut s, Action::Scroll(10, y_of("2021-01-11 summit"), 3));
    assert_eq!(s.nav.timeline.selected, 5);
    assert_eq!(s.nav.focus, Pane::Actors);
    // A click on the density strip jumps to the month clicked: its first column is the
    // dataset's first month, November 2020.
    update(&mut s, Action::Click(1, 1));
    let date = s.data.interaction(s.selected_interaction().unwrap()).date;
    assert_eq!(date.to_string(), "2020-11-09");
    update(&mut s, Action::Click(2, 1));
    let date = s.data.interaction(s.selected_interaction().unwrap()).date;
    assert_eq!(
        date.to_string(),
        "2020-12-17",
        "the next column is December 2020"
    );
}

#[test]
fn matches_are_highlighted_in_the_timeline_and_detail() {
    let mut s = state(builtin(), 120, 40);
    press(&mut s, &["/", "type:tbilisi", "Enter"]);
    let terminal = render(&s);
    let buf = terminal.backend().buffer();
    let rows = screen(&s);
    let marked = |y: usize, word: &str| {
        let x = rows[y]
            .find(word)
            .map(|b| rows[y][..b].chars().count())
            .unwrap() as u16;
        buf[(x, y as u16)].modifier.contains(Modifier::BOLD)
            && buf[(x, y as u16)].bg == ratatui::style::Color::Indexed(222)
    };
    let y = rows
        .iter()
        .position(|r| r.contains("welcomes the Tbilisi"))
        .unwrap();
    assert!(marked(y, "Tbilisi"), "the timeline marks the match");
    let y = rows.iter().rposition(|r| r.contains("Tbilisi")).unwrap();
    assert!(marked(y, "Tbilisi"), "detail marks the match");
    insta::assert_snapshot!(terminal.backend());
}

#[test]
fn overview_with_pairs_and_a_range() {
    let mut s = state(builtin(), 120, 40);
    press(&mut s, &["t", "type:2022-07", "Enter", "v"]);
    insta::assert_snapshot!(render(&s).backend());
}

/// A translated quote keeps its translation credit in the chooser, and its citation names the
/// speaker with the role held that day: Pashinyan was acting Prime Minister in June 2021.
#[test]
fn the_quote_chooser_shows_the_translation_credit() {
    let mut s = state(builtin(), 120, 40);
    press(
        &mut s,
        &["/", "type:detainees minefield maps", "Enter", "y"],
    );
    assert!(matches!(s.nav.overlay, Some(Overlay::Quotes { .. })));
    let rows = screen(&s);
    assert!(
        rows.iter()
            .any(|r| r.contains("Nikol Pashinyan (translation by AFP): “Our brothers returned")),
        "no chooser row credits the translation:\n{}",
        rows.join("\n")
    );
    let effects = press(&mut s, &["j", "j", "Enter"]);
    let copied = effects.copied().expect("copied");
    assert!(
        copied.contains(
            "” — Nikol Pashinyan (acting Prime Minister of Armenia), translation by AFP, "
        ),
        "{copied}"
    );
}
