//! Things that must do what they say: the density strip's jump under a time range, the help
//! overlay's width and cuts, the range prompt's error on a narrow screen.

mod common;

use common::{builtin, press, screen, state};
use ratatui::layout::Rect;
use readout::action::{Action, Pane};
use readout::geometry::{self as layout, month_at};
use readout::update::update;

#[test]
fn a_click_on_the_strip_outside_the_time_range_says_so_and_moves_nothing() {
    let mut s = state(builtin(), 120, 40);
    press(&mut s, &["t", "type:2023", "Enter", "j", "j"]);
    let before = s.nav.timeline;
    let strip = layout::areas(Rect::new(0, 0, 120, 40), Pane::Timeline)
        .density
        .expect("a strip at 120x40");
    // November 2020, the strip's first column: outside 2023.
    update(&mut s, Action::Click(strip.x + 1, strip.y));
    let message = s.status.message.clone().unwrap_or_default();
    assert!(
        message.contains("outside the time range 2023"),
        "{message:?}"
    );
    assert!(!message.contains("Jumped"));
    assert_eq!(s.nav.timeline, before);
    // A month inside the range jumps to it.
    let (x, month) = (strip.x..strip.right())
        .find_map(|x| {
            let m = month_at(&s.lists.monthly, strip, x)?;
            (m.to_string() == "2023-05").then_some((x, m))
        })
        .expect("May 2023 is on the strip");
    update(&mut s, Action::Click(x, strip.y));
    let date = s.data.interaction(s.selected_interaction().unwrap()).date;
    assert_eq!(s.status.message.as_deref(), Some("Jumped to 2023-05"));
    assert!(date.to_string().starts_with(&month.to_string()), "{date}");
}

#[test]
fn a_click_on_a_month_with_nothing_shown_says_where_it_went() {
    let mut s = state(builtin(), 120, 40);
    // One actor: most months show nothing.
    press(&mut s, &["f", "type:michel", "Enter"]);
    let strip = layout::areas(Rect::new(0, 0, 120, 40), Pane::Timeline)
        .density
        .unwrap();
    update(&mut s, Action::Click(strip.x + 1, strip.y));
    let message = s.status.message.clone().unwrap_or_default();
    let date = s.data.interaction(s.selected_interaction().unwrap()).date;
    assert!(
        message.starts_with("Jumped to 2020-11") && date.to_string().starts_with("2020-11")
            || message.contains(&format!("jumped to {date}, the nearest shown")),
        "{message:?} at {date}"
    );
}

/// The help uses the width it has: at 120 columns no description is cut; at 60 each cut
/// line ends with an ellipsis, never mid-word without one.
#[test]
fn the_help_uses_the_width_it_has_and_cuts_with_an_ellipsis() {
    let mut s = state(builtin(), 120, 60);
    press(&mut s, &["?"]);
    let rows = screen(&s).join("\n");
    assert!(readout::geometry::help_area(Rect::new(0, 0, 120, 60)).width > 72);
    for help in [
        "time range: type it (2022, 2022-07, 2022-07..2022-10)",
        "add the actor to the filter, or remove it; a pair: filter to it",
    ] {
        assert!(
            rows.contains(help),
            "{help:?} is cut at 120 columns:\n{rows}"
        );
    }
    let mut s = state(builtin(), 60, 60);
    press(&mut s, &["?"]);
    let help = readout::geometry::help_area(Rect::new(0, 0, 60, 60));
    let rows = screen(&s);
    let mut cut = 0;
    for row in &rows[usize::from(help.y) + 1..usize::from(help.bottom()) - 1] {
        let inside: String = row
            .chars()
            .skip(usize::from(help.x) + 1)
            .take(usize::from(help.width) - 2)
            .collect();
        let text = inside.trim_end();
        if let Some(b) = readout::keymap::BINDINGS
            .iter()
            .find(|b| text.len() > 22 && b.help.starts_with(text[20..].trim_end_matches('…')))
            && !text.ends_with(b.help)
        {
            assert!(text.ends_with('…'), "cut without an ellipsis: {text:?}");
            cut += 1;
        }
    }
    assert!(
        cut > 0,
        "nothing is cut at 60 columns:\n{}",
        rows.join("\n")
    );
}

/// At 80 columns, the range prompt's error is read whole: on the footer's row when the status
/// line has no room after what was typed.
#[test]
fn the_range_prompts_error_is_read_whole_at_80_columns() {
    let mut s = state(builtin(), 80, 24);
    press(&mut s, &["t", "type:2022-13x", "Enter"]);
    let error = readout::query::parse_range("2022-13x").unwrap_err();
    let rows = screen(&s);
    let all = rows.join("\n");
    assert!(
        rows.iter().any(|r| r.contains(&error)),
        "{error:?} is cut:\n{all}"
    );
    assert!(rows[22].contains("Range: 2022-13x"), "{all}");
    // Editing clears it, and the footer's hints come back.
    press(&mut s, &["Bksp"]);
    let rows = screen(&s);
    assert!(!rows.join("\n").contains(&error));
    assert!(rows[23].contains("Enter"), "{}", rows[23]);
    // Narrower than the message, it is cut with an ellipsis.
    let mut s = state(builtin(), 40, 24);
    press(&mut s, &["t", "type:2022-13x", "Enter"]);
    let rows = screen(&s);
    assert!(rows[23].trim_end().ends_with('…'), "{}", rows[23]);
}

#[test]
fn a_phrase_in_quotes_is_read_as_one_term() {
    use readout::query::search_terms;
    assert_eq!(search_terms("peace treaty"), ["peace", "treaty"]);
    assert_eq!(search_terms("\"peace treaty\""), ["peace treaty"]);
    assert_eq!(
        search_terms("aliyev “peace   treaty” 2023"),
        ["aliyev", "peace treaty", "2023"]
    );
    // While it is being typed, an open quote runs to the end.
    assert_eq!(search_terms("\"peace tr"), ["peace tr"]);
    assert_eq!(search_terms("\"\" x"), ["x"]);
}

/// "peace treaty" in quotes finds the interactions with the phrase, not those with "peace"
/// and "treaty" anywhere; in the browser and on the command line alike.
#[test]
fn a_phrase_in_quotes_matches_the_phrase_not_each_word_anywhere() {
    use readout::data::fold::fold;
    let words = state(builtin(), 120, 40);
    let mut words = words;
    press(&mut words, &["/", "type:peace treaty", "Enter"]);
    let mut phrase = state(builtin(), 120, 40);
    press(&mut phrase, &["/", "type:\"peace treaty\"", "Enter"]);
    assert!(!phrase.lists.visible.is_empty());
    assert!(
        phrase.lists.visible.len() < words.lists.visible.len(),
        "{} with the phrase, {} with both words",
        phrase.lists.visible.len(),
        words.lists.visible.len()
    );
    for &i in &phrase.lists.visible {
        let it = phrase.data.interaction(i);
        let all = format!(
            "{} {} {} {}",
            it.title,
            it.summary,
            it.topics.join(" "),
            it.quotes
                .iter()
                .map(|q| q.text.as_str())
                .collect::<Vec<_>>()
                .join(" ")
        );
        assert!(fold(&all).contains("peace treaty"), "{}", it.id);
    }
    // The command line reads it the same way.
    let listed = |search: &str| {
        let run = common::readout(&["list", "--format", "json", "--search", search]);
        assert_eq!(run.code, 0, "{run:?}");
        serde_json::from_str::<serde_json::Value>(&run.stdout)
            .unwrap()
            .as_array()
            .unwrap()
            .len()
    };
    assert_eq!(listed("\"peace treaty\""), phrase.lists.visible.len());
    assert_eq!(listed("peace treaty"), words.lists.visible.len());
}
