//! The browser's loop: draw, read an event, turn it into an action, update. Generic over the
//! backend and the event source, so tests drive the real loop on a `TestBackend`.

use std::io;

use ratatui::Terminal;
use ratatui::backend::Backend;
use ratatui::crossterm::event::{Event, KeyEventKind, MouseButton, MouseEventKind};

use crate::action::Action;
use crate::state::{Overlay, State};
use crate::update::update;

/// The actions an event asks for: a key through the key table, a resize, a paste into the
/// picker.
pub fn actions_for(state: &State, event: Event) -> Vec<Action> {
    match event {
        // Only presses: Windows terminals report releases too, which would double every key.
        Event::Key(key) if key.kind != KeyEventKind::Release => state
            .keymap
            .dispatch(state.mode(), key)
            .into_iter()
            .collect(),
        Event::Resize(w, h) => vec![Action::Resize(w, h)],
        // A paste is text for the line being edited, never keys to run.
        Event::Paste(text) if editing_a_line(state) => text
            .chars()
            .filter(|c| !c.is_control())
            .map(Action::Input)
            .collect(),
        Event::Mouse(mouse) => match mouse.kind {
            MouseEventKind::Down(MouseButton::Left) => vec![Action::Click(mouse.column, mouse.row)],
            MouseEventKind::ScrollDown => vec![Action::Scroll(mouse.column, mouse.row, 3)],
            MouseEventKind::ScrollUp => vec![Action::Scroll(mouse.column, mouse.row, -3)],
            _ => Vec::new(),
        },
        _ => Vec::new(),
    }
}

fn editing_a_line(state: &State) -> bool {
    matches!(
        state.overlay,
        Some(Overlay::Picker(_) | Overlay::Search { .. } | Overlay::RangePrompt { .. })
    )
}

/// Runs the browser until it quits. Text the state asks to copy goes to `copy`, which sends it
/// to the terminal's clipboard.
pub fn run<B: Backend>(
    terminal: &mut Terminal<B>,
    state: &mut State,
    mut next_event: impl FnMut() -> io::Result<Event>,
    mut copy: impl FnMut(&str) -> io::Result<()>,
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
        if let Some(text) = state.clipboard.take() {
            copy(&text)?;
        }
    }
    Ok(())
}

/// The OSC 52 escape that asks the terminal to put `text` on the clipboard. It works over SSH
/// and through tmux (with `set-clipboard on`), and needs no X server.
pub fn osc52(text: &str) -> String {
    use base64::Engine;
    let encoded = base64::engine::general_purpose::STANDARD.encode(text);
    format!("\x1b]52;c;{encoded}\x07")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn osc52_carries_the_text_in_base64() {
        assert_eq!(osc52("“peace”"), "\x1b]52;c;4oCccGVhY2XigJ0=\x07");
    }
}
