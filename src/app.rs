//! The browser's loop: draw, read an event, turn it into an action, update. Generic over the
//! backend and the event source, so tests drive the real loop on a `TestBackend`.

use std::io;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{Event, KeyEventKind};

use crate::action::Action;
use crate::keymap;
use crate::state::{Overlay, State};
use crate::update::update;

/// The actions an event asks for: a key through the key table, a resize, a paste into the
/// picker.
pub fn actions_for(state: &State, event: Event) -> Vec<Action> {
    match event {
        // Only presses: Windows terminals report releases too, which would double every key.
        Event::Key(key) if key.kind != KeyEventKind::Release => {
            keymap::dispatch(state.mode(), key).into_iter().collect()
        }
        Event::Resize(w, h) => vec![Action::Resize(w, h)],
        Event::Paste(text) if matches!(state.overlay, Some(Overlay::Picker(_))) => text
            .chars()
            .filter(|c| !c.is_control())
            .map(Action::PickerInput)
            .collect(),
        _ => Vec::new(),
    }
}

/// Runs the browser until it quits.
pub fn run<B: Backend>(
    terminal: &mut Terminal<B>,
    state: &mut State,
    mut next_event: impl FnMut() -> io::Result<Event>,
) -> io::Result<()> {
    let size = terminal
        .size()
        .map_err(|e| io::Error::other(e.to_string()))?;
    update(state, Action::Resize(size.width, size.height));
    while !state.quit {
        terminal
            .draw(|frame| frame.render_widget(&*state, frame.area()))
            .map_err(|e| io::Error::other(e.to_string()))?;
        let event = next_event()?;
        for action in actions_for(state, event) {
            update(state, action);
        }
    }
    Ok(())
}
