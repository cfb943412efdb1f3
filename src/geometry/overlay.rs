//! The boxes of the overlays that scroll or list: the help and the actor picker, and how many
//! of their rows show at once.

use ratatui::layout::{Constraint, Rect};
use unicode_width::UnicodeWidthStr;

use crate::keymap::{BINDINGS, Context};

/// Every context of the key table, in the order the help lists them: each is a heading line,
/// then one line per binding of the table in it, with a blank line between contexts.
pub const HELP_CONTEXTS: [Context; 12] = [
    Context::Global,
    Context::Timeline,
    Context::Actors,
    Context::Network,
    Context::Detail,
    Context::Search,
    Context::RangePrompt,
    Context::Picker,
    Context::Line,
    Context::Quotes,
    Context::Sources,
    Context::Help,
];

/// The columns a help line gives its keys (`g/Home`), after a two-column indent.
pub const HELP_KEYS_WIDTH: usize = 18;

/// The help's length in lines: a heading per context, a line per binding, a blank line between
/// contexts. A keymap has an entry for every line of the table, bound or not, so the length is
/// the same for every keymap.
pub fn help_len() -> usize {
    let lines: usize = HELP_CONTEXTS
        .iter()
        .map(|&c| 1 + BINDINGS.iter().filter(|b| b.context == c).count())
        .sum();
    lines + HELP_CONTEXTS.len().saturating_sub(1)
}

/// The columns the help needs to show every line whole: the widest line, with the titles as
/// the default keys name them (measured once).
fn help_width() -> usize {
    static WIDTH: std::sync::LazyLock<usize> = std::sync::LazyLock::new(|| {
        let keys = BINDINGS
            .iter()
            .map(|b| 2 + HELP_KEYS_WIDTH + b.help.width());
        let keymap = crate::keymap::Keymap::default();
        let titles = HELP_CONTEXTS.iter().map(|&c| keymap.title(c).width());
        keys.chain(titles).max().unwrap_or(0)
    });
    *WIDTH
}

/// The help's box, border included, centred on `screen`: as wide as its longest line needs and
/// as tall as its lines, within the screen less a cell on each side.
pub fn help_area(screen: Rect) -> Rect {
    let needed = u16::try_from(help_width() + 2).unwrap_or(u16::MAX);
    let width = screen.width.saturating_sub(2).min(needed);
    let height = screen
        .height
        .saturating_sub(2)
        .min(u16::try_from(help_len() + 2).unwrap_or(u16::MAX));
    screen.centered(Constraint::Length(width), Constraint::Length(height))
}

/// The lines of help text visible at once on `screen` (0 when the box has no inside).
pub fn help_rows(screen: Rect) -> usize {
    usize::from(help_area(screen).height.saturating_sub(2))
}

/// How far the help scrolls on `screen`, in lines: its length past the rows visible.
pub fn help_max_scroll(screen: Rect) -> usize {
    help_len().saturating_sub(help_rows(screen))
}

/// The actor picker's box, border included, centred on `screen`: up to 64 columns by 18 rows.
pub fn picker_area(screen: Rect) -> Rect {
    let width = screen.width.saturating_sub(2).min(64);
    let height = screen.height.saturating_sub(2).min(18);
    screen.centered(Constraint::Length(width), Constraint::Length(height))
}

/// The picker's rows of matches visible at once on `screen` (below the query line and a
/// rule); at least 1.
pub fn picker_rows(screen: Rect) -> usize {
    usize::from(picker_area(screen).height.saturating_sub(4)).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_help_is_as_long_as_the_table_lists() {
        assert!(BINDINGS.iter().all(|b| HELP_CONTEXTS.contains(&b.context)));
        assert_eq!(help_len(), BINDINGS.len() + 2 * HELP_CONTEXTS.len() - 1);
        let tall = Rect::new(0, 0, 200, 500);
        assert_eq!(help_max_scroll(tall), 0);
        assert_eq!(help_rows(tall), help_len());
        assert_eq!(help_rows(Rect::new(0, 0, 60, 20)), 16);
    }

    #[test]
    fn tiny_screens_show_no_rows() {
        assert_eq!(help_rows(Rect::new(0, 0, 3, 3)), 0);
        assert_eq!(picker_rows(Rect::new(0, 0, 3, 3)), 1);
        assert_eq!(help_area(Rect::default()).area(), 0);
    }
}
