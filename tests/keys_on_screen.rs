//! Screen text that names a key reads it from the keymap in force: with the keys remapped by a
//! configuration, the screen names the new keys, never the built-in ones.

mod common;

use common::{builtin, press, screen, state};
use readout::keymap::{Context, Keymap};
use readout::state::State;

/// The built-in dataset at 120x40 with a configuration that moves "clear the filters" to `x`,
/// the actor picker to `F` and copying a source's URL to `U`.
fn remapped() -> State {
    let config = readout::config::parse(
        "config.ron",
        r#"(keys: { "ClearFilters": ["x"], "OpenPicker": ["F"], "CopyUrl": ["U"] })"#,
    )
    .expect("the configuration is valid");
    config.apply(state(builtin(), 120, 40))
}

fn rows_with(rows: &[String], needle: &str) -> usize {
    rows.iter().filter(|r| r.contains(needle)).count()
}

#[test]
fn an_empty_timeline_names_the_key_that_clears_the_filter() {
    let mut s = remapped();
    press(&mut s, &["t", "type:1900", "Enter"]);
    let rows = screen(&s);
    assert_eq!(
        rows_with(
            &rows,
            "No interaction matches the filter. Press x to clear it."
        ),
        1,
        "{}",
        rows.join("\n")
    );
    assert_eq!(rows_with(&rows, "Press c"), 0);
    // And the key it names does clear it.
    press(&mut s, &["x"]);
    assert_eq!(rows_with(&screen(&s), "No interaction matches"), 0);
}

#[test]
fn an_empty_timeline_names_no_key_when_clearing_has_none() {
    let config = readout::config::parse("config.ron", r#"(keys: { "ClearFilters": [] })"#)
        .expect("the configuration is valid");
    let mut s = config.apply(state(builtin(), 120, 40));
    press(&mut s, &["t", "type:1900", "Enter"]);
    let rows = screen(&s);
    assert_eq!(rows_with(&rows, "No interaction matches the filter."), 1);
    assert_eq!(rows_with(&rows, "Press"), 0, "{}", rows.join("\n"));
}

#[test]
fn the_help_titles_name_the_keys_that_open_each_overlay() {
    let s = remapped();
    let help: Vec<String> =
        readout::ui::help::content(&s.settings.keymap, &readout::ui::theme::PLAIN, 200)
            .iter()
            .map(|l| l.to_string())
            .collect();
    for title in [
        "Actor picker (F)",
        "Source chooser (U, o)",
        "Search line (/)",
    ] {
        assert!(help.iter().any(|l| l == title), "{title}: {help:#?}");
    }
    assert!(!help.iter().any(|l| l == "Actor picker (f)"));
    // The built-in keys, for contrast.
    assert_eq!(Keymap::default().title(Context::Picker), "Actor picker (f)");
}

#[test]
fn the_defaults_text_titles_its_sections_with_the_built_in_keys() {
    let text = readout::config::default_text();
    for title in [
        "// Actor picker (f)",
        "// Source chooser (u, o)",
        "// Network view (w)",
    ] {
        assert!(text.contains(title), "{title}");
    }
}
