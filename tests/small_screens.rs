//! Reading on a small screen: footer hints chosen by priority and context, Detail's room when
//! it has focus, and a key that maximises the focused pane.

mod common;

use common::{builtin, press, screen, state};

fn footer(s: &readout::state::State) -> String {
    screen(s).last().cloned().unwrap_or_default()
}

#[test]
fn at_80_columns_the_footer_keeps_range_pairs_and_clear() {
    let mut s = state(builtin(), 80, 24);
    let row = footer(&s);
    for hint in [
        "Enter read",
        "f find actor",
        "/ search",
        "t range",
        "v pairs",
        "? help",
        "q quit",
    ] {
        assert!(
            row.contains(hint),
            "{hint:?} missing at 80 columns: {row:?}"
        );
    }
    // Nothing to clear, so no hint to clear it.
    assert!(!row.contains("c clear"), "{row:?}");
    press(&mut s, &["t", "type:2022", "Enter"]);
    let row = footer(&s);
    for hint in ["t range", "v pairs", "c clear"] {
        assert!(
            row.contains(hint),
            "{hint:?} missing with a filter: {row:?}"
        );
    }
    // Every hint shown fits, and is whole.
    assert!(unicode_width::UnicodeWidthStr::width(row.trim_end()) <= 80);
}

#[test]
fn the_least_used_hints_go_first_and_help_and_quit_stay() {
    for width in [30u16, 40, 50, 60, 70] {
        let s = state(builtin(), width, 24);
        let row = footer(&s);
        assert!(
            row.contains("? help") && row.contains("q quit"),
            "{width}: {row:?}"
        );
        // Where anything of the rest shows, finding an actor and searching come before
        // moving and changing panes.
        if row.contains("j/k move") || row.contains("Tab pane") {
            assert!(
                row.contains("f find actor") && row.contains("/ search"),
                "{width}: {row:?}"
            );
        }
    }
    let s = state(builtin(), 200, 60);
    let row = footer(&s);
    for hint in ["j/k move", "Tab pane", "f find actor", "t range", "v pairs"] {
        assert!(
            row.contains(hint),
            "{hint:?} missing at 200 columns: {row:?}"
        );
    }
}

#[test]
fn in_the_actors_pane_its_own_hints_and_pairs_come_first() {
    let mut s = state(builtin(), 60, 24);
    press(&mut s, &["2"]);
    let row = footer(&s);
    assert!(row.starts_with(" Space filter"), "{row:?}");
    assert!(row.contains("v pairs"), "{row:?}");
}

/// At 80x24 Detail had 9 rows of text while the timeline kept 40% of the column: with
/// focus, Detail takes the rows the timeline and the strip can spare.
#[test]
fn detail_gets_more_room_when_it_has_focus() {
    use ratatui::layout::Rect;
    use readout::action::Pane;
    use readout::geometry::{areas, areas_for};
    let screen = Rect::new(0, 0, 80, 24);
    let browsing = areas(screen, Pane::Timeline).detail.unwrap();
    let reading = areas_for(screen, Pane::Detail, false).detail.unwrap();
    assert_eq!(browsing.height - 2, 9);
    assert!(reading.height - 2 >= 14, "{reading:?}");
    let timeline = areas_for(screen, Pane::Detail, false).timeline.unwrap();
    assert!(
        timeline.height >= 5,
        "the timeline keeps a row or two: {timeline:?}"
    );
    // The screen says so: 3 focuses Detail, and its text fills the rows.
    let mut s = state(builtin(), 80, 24);
    press(&mut s, &["G", "3"]);
    let rows = screen_rows(&s);
    let top = rows.iter().position(|r| r.contains("3 Detail")).unwrap();
    assert!(top <= 7, "Detail starts at row {top}:\n{}", rows.join("\n"));
    // Back on the timeline, the layout is as before.
    press(&mut s, &["1"]);
    let rows = screen_rows(&s);
    let top = rows.iter().position(|r| r.contains("3 Detail")).unwrap();
    assert_eq!(top, 11, "{}", rows.join("\n"));
}

fn screen_rows(s: &readout::state::State) -> Vec<String> {
    screen(s)
}

#[test]
fn z_maximises_the_focused_pane_and_restores_the_layout() {
    let mut s = state(builtin(), 100, 30);
    press(&mut s, &["3", "z"]);
    assert!(s.nav.maximised);
    assert_eq!(
        s.status.message.as_deref(),
        Some("Detail maximised: z restores the layout")
    );
    let rows = screen(&s);
    assert!(rows[1].starts_with("┏ 3 Detail"), "{}", rows.join("\n"));
    assert!(
        rows[1].trim_end().ends_with('┓'),
        "Detail spans the width: {}",
        rows[1]
    );
    assert!(
        !rows.join("\n").contains("2 Actors ─"),
        "{}",
        rows.join("\n")
    );
    // The header lists the panes, as on a narrow screen, and Tab moves to the next one,
    // maximised too.
    assert!(rows[0].contains("1 Timeline") && rows[0].contains("2 Actors"));
    press(&mut s, &["Tab"]);
    let rows = screen(&s);
    assert!(
        rows[1].starts_with("┌ 1 Timeline") || rows[1].starts_with("┏ 1 Timeline"),
        "{}",
        rows[1]
    );
    // z again: the three panes side by side.
    press(&mut s, &["z"]);
    assert!(!s.nav.maximised);
    assert_eq!(s.status.message.as_deref(), Some("Layout restored"));
    let rows = screen(&s).join("\n");
    assert!(
        rows.contains("2 Actors") && rows.contains("3 Detail"),
        "{rows}"
    );
    // On a screen that shows one pane at a time already, it says so.
    let mut s = state(builtin(), 60, 20);
    press(&mut s, &["z"]);
    assert!(!s.nav.maximised);
    assert!(
        s.status
            .message
            .as_deref()
            .unwrap()
            .contains("One pane at a time")
    );
}
