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
