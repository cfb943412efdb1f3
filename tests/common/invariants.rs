//! What must hold after any sequence of keys, for the property tests: every cursor within
//! its list (the timeline's, the Actors pane's rows, the pairs, the quotes, an overlay's),
//! and a frame that draws with no control character and no row wider than the screen.

use ratatui::Terminal;
use ratatui::backend::TestBackend;
use readout::state::{Overlay, State};

/// Checks the invariants above on `state`, and draws it once.
///
/// # Panics
/// When one does not hold, saying which.
pub fn check_invariants(state: &State) {
    let len = state.timeline_list().len();
    assert!(
        state.nav.timeline.selected < len.max(1),
        "timeline {} of {len}",
        state.nav.timeline.selected
    );
    assert!(state.nav.timeline.offset <= state.nav.timeline.selected);
    let actors = state.lists.actor_rows.len();
    assert!(state.nav.actors.selected < actors.max(1));
    assert!(state.nav.pairs.selected < state.lists.pairs.len().max(1));
    assert!(state.nav.quotes.selected < state.lists.quotes.len().max(1));
    match &state.nav.overlay {
        // The picker's rows are its actors, then its country and organisation groups and its places.
        Some(Overlay::Picker(p)) => assert!(p.cursor.selected < p.len().max(1)),
        Some(Overlay::Quotes { cursor }) => {
            let quotes = state
                .selected_interaction()
                .map_or(0, |i| state.data.interaction(i).quotes.len());
            assert!(cursor.selected < quotes.max(1));
        }
        _ => {}
    }
    let width = usize::from(state.width);
    let mut terminal = Terminal::new(TestBackend::new(state.width, state.height)).unwrap();
    let frame = terminal
        .draw(|frame| readout::ui::draw(frame, state, &readout::ui::theme::COLOR))
        .unwrap();
    let buf = frame.buffer;
    let mut rows = 0;
    for y in 0..buf.area.height {
        // A wide symbol fills its cell and hides the next; count columns as a terminal would.
        let (mut used, mut hidden) = (0, 0);
        for x in 0..buf.area.width {
            if hidden > 0 {
                hidden -= 1;
                continue;
            }
            let symbol = buf[(x, y)].symbol();
            assert!(
                !symbol.chars().any(|c| c.is_control()
                    || matches!(c, '\u{ad}' | '\u{200b}' | '\u{3164}' | '\u{2028}')),
                "{symbol:?} drawn at {x},{y}"
            );
            let w = unicode_width::UnicodeWidthStr::width(symbol).max(1);
            hidden = w - 1;
            used += w;
        }
        rows += 1;
        assert!(
            used <= width,
            "row {y} is {used} columns wide on a screen of {width}"
        );
    }
    assert_eq!(rows, usize::from(state.height));
}
