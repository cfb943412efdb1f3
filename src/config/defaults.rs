//! The defaults text of `readout config --default`: every setting at its built-in value, with
//! comments, generated from the key table and the theme the browser uses, so the printed
//! defaults cannot drift from the real ones.

use std::fmt::Write as _;

use strum::IntoEnumIterator;

use super::check::{choice_name, config_name};
use crate::keymap::{BINDINGS, Context, Keymap};
use crate::state::Defaults;
use crate::ui::theme::{self, ROLES, style_text};

/// The full default configuration, with comments: every setting at its built-in value,
/// generated from the key table and the default theme the browser uses.
pub fn default_text() -> String {
    let mut out = String::new();
    let w = &mut out;
    let quote = |s: &str| format!("{s:?}");
    let _ = writeln!(
        w,
        "// readout's configuration, with every setting at its default. Keep only what you
// change: what is left out keeps its default. Check a file with `readout config --check FILE`.
(
    // The colours: \"default\" (dark backgrounds, 256 colours), \"light\" (light backgrounds),
    // \"16\" (the sixteen colours of the terminal's own palette) or \"plain\" (no colour).
    // NO_COLOR in the environment always means plain.
    theme: \"default\",

    // The style of single parts of the screen, over the theme's: a colour, `on` and a
    // background colour, and any of bold, dim, italic, underlined, reversed, crossed_out.
    // A colour is a name (red, lightblue, darkgray...), 0 to 255, or #rrggbb; \"default\" is
    // the terminal's own. These are the default theme's: a role listed here wins over any
    // theme, so list only those you change.
    colors: {{"
    );
    let mut base = theme::COLOR;
    for role in ROLES {
        let style = style_text(*(role.get)(&mut base));
        let _ = writeln!(
            w,
            "        {}: {}, // {}",
            quote(role.name),
            quote(&style),
            role.about
        );
    }
    let _ = writeln!(
        w,
        "    }},

    // The keys of each action: a character (\"j\", \"G\", \"?\") or a name (Space, Enter, Esc,
    // Tab, Backspace, Delete, Insert, Up, Down, Left, Right, Home, End, PageUp, PageDown,
    // F1 to F12), after any of ctrl-, alt- and shift- (\"ctrl-n\", \"shift-Tab\").
    // An action's name alone means the action everywhere, or in the one place it has keys;
    // \"Context.Action\" names it in one place (Picker.Confirm). The keys listed replace the
    // action's keys there; [] leaves it without keys. No key may do two things in one place.
    keys: {{"
    );
    let keymap = Keymap::default();
    for context in Context::iter() {
        let _ = writeln!(w, "        // {}", keymap.title(context));
        for entry in keymap.in_context(context) {
            let keys: Vec<String> = entry.keys.iter().map(|k| quote(&k.config_name())).collect();
            let _ = writeln!(
                w,
                "        {}: [{}], // {}",
                quote(&config_name(entry)),
                keys.join(", "),
                entry.binding.help
            );
        }
    }
    let start = Defaults::default();
    let _ = writeln!(
        w,
        "    }},

    // The pane focused at the start: \"timeline\", \"actors\" or \"detail\".
    start_pane: {},
    // With several actors in the filter, show the interactions of \"all\" of them, or of
    // \"any\". A key switches between the two; clearing the filters comes back to this.
    match_mode: {},
    // The order of the Actors pane at the start: \"interactions\", \"name\", \"last_contact\" or \"mediated\".
    sort_actors: {},
)",
        quote(&choice_name(start.pane)),
        quote(&choice_name(start.match_mode)),
        quote(&choice_name(start.actor_sort)),
    );
    debug_assert!(BINDINGS.len() == keymap.entries().len());
    out
}
