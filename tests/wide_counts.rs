//! No list cuts a count: the count columns of the Actors pane (alone or as "filtered/all"),
//! the pairs view and the network view's list widen to the widest count on screen.

mod common;

use common::synth::dataset;
use common::{press, screen, state};
use readout::data::load_str;

/// The Actors pane's rows on screen that name `name`.
fn rows_naming<'a>(lines: &'a [String], name: &str) -> Vec<&'a str> {
    lines
        .iter()
        .filter_map(|l| l.split(['│', '┃']).find(|cell| cell.contains(name)))
        .collect()
}

#[test]
fn counts_of_five_digits_and_more_are_shown_whole() {
    // Every actor takes part in half of the interactions: 10,001 each.
    let data = load_str("big.ron", &dataset(20_002, false)).expect("loads");
    let mut s = state(data, 120, 30);
    let lines = screen(&s);
    let rows = rows_naming(&lines, "Armenia");
    assert!(
        rows.iter().any(|r| r.trim_end().ends_with("10001")),
        "{rows:#?}"
    );
    assert!(lines.iter().all(|l| !l.contains("100…")), "{lines:#?}");

    // Filtered (by the first actor, Azerbaijan): the count in the filtered set beside the
    // whole, "5001/10001" (ten cells, where the column used to have eight), also whole.
    press(&mut s, &["2", "Space"]);
    let lines = screen(&s);
    for (name, count) in [
        ("Azerbaijan", "10002/10002"),
        ("Armenia", "5001/10001"),
        ("Georgia", "5001/10001"),
        ("OSCE Minsk Group", "0/10000"),
    ] {
        let rows = rows_naming(&lines, name);
        assert!(
            rows.iter()
                .any(|r| r.trim_end().ends_with(&format!(" {count}"))),
            "{name}: {count} in {lines:#?}"
        );
    }
}

#[test]
fn the_pairs_view_and_the_network_list_show_five_digit_counts_whole() {
    // Each interaction pairs one actor with the next in turn: 10,001 interactions a pair.
    let data = load_str("big.ron", &dataset(40_004, false)).expect("loads");
    let mut s = state(data, 120, 30);
    press(&mut s, &["v"]);
    let lines = screen(&s);
    let pairs: Vec<&String> = lines.iter().filter(|l| l.contains(" — ")).collect();
    assert!(
        pairs.iter().any(|l| l.contains(" 10001")),
        "the pairs view: {lines:#?}"
    );
    assert!(lines.iter().all(|l| !l.contains("100…")), "{lines:#?}");

    let mut s = state(
        load_str("big.ron", &dataset(40_004, false)).expect("loads"),
        120,
        30,
    );
    press(&mut s, &["2", "w"]);
    let lines = screen(&s);
    assert!(
        lines.iter().any(|l| l.contains(" 10001")),
        "the network list: {lines:#?}"
    );
    assert!(lines.iter().all(|l| !l.contains("100…")), "{lines:#?}");
}
