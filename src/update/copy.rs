//! Copying and opening: an interaction as Markdown, a quote with its citation, a source's
//! URL copied or opened in the browser (a chooser when there are several). The loop carries
//! them out ([`Effect::Copy`], [`Effect::OpenUrl`]) and says how it went.

use crate::cite;
use crate::state::{Copied, Cursor, Overlay, State, source_urls};

use super::{Effect, Effects};

/// `Y`: the selected interaction as Markdown, to the clipboard.
pub(super) fn copy_interaction(state: &mut State, fx: &mut Effects) {
    if let Some(i) = state.selected_interaction() {
        let interaction = state.data.interaction(i);
        fx.push(Effect::Copy(cite::markdown(&state.data, interaction)));
        state.status.message = Some(format!("Copied “{}” as Markdown", interaction.title));
    } else {
        state.status.message = Some("No interaction to copy".to_owned());
    }
}

/// Which way copied text went, or why it could not be copied: said after the message that
/// asked for the copy.
pub(super) fn copied(state: &mut State, result: Result<Copied, String>) {
    state.status.message = Some(match (result, state.status.message.take()) {
        (Ok(way), Some(m)) => format!("{m} {}", way.text()),
        (Ok(way), None) => format!("Copied {}", way.text()),
        (Err(e), _) => format!("Not copied: {e}"),
    });
}

/// Whether a URL went to the browser: only a failure is said.
pub(super) fn opened(state: &mut State, result: Result<(), String>) {
    if let Err(e) = result {
        state.status.message = Some(format!("Not opened: {e}"));
    }
}

/// `y`: the selected quote with its citation; a chooser when the interaction has several.
pub(super) fn copy_quote(state: &mut State, fx: &mut Effects) {
    if let Some(q) = state.selected_quote() {
        let interaction = state.data.interaction(q.interaction);
        let quote = &interaction.quotes[q.quote];
        fx.push(Effect::Copy(cite::quote_citation(
            &state.data,
            interaction,
            quote,
        )));
        state.status.message = Some(format!(
            "Copied the quote of {} with its citation",
            state.data.name_of(&quote.speaker)
        ));
        return;
    }
    let Some(i) = state.selected_interaction() else {
        state.status.message = Some("No interaction selected".to_owned());
        return;
    };
    match state.data.interaction(i).quotes.len() {
        0 => state.status.message = Some("This interaction has no quotes".to_owned()),
        1 => copy_quote_at(state, 0, fx),
        _ => {
            state.nav.overlay = Some(Overlay::Quotes {
                cursor: Cursor::default(),
            })
        }
    }
}

/// Copies the `n`th quote of the selected interaction with its citation.
pub(super) fn copy_quote_at(state: &mut State, n: usize, fx: &mut Effects) {
    let Some(i) = state.selected_interaction() else {
        return;
    };
    let interaction = state.data.interaction(i);
    if let Some(q) = interaction.quotes.get(n) {
        fx.push(Effect::Copy(cite::quote_citation(
            &state.data,
            interaction,
            q,
        )));
        state.status.message = Some(format!(
            "Copied the quote of {} with its citation",
            state.data.name_of(&q.speaker)
        ));
    }
}

/// `u` and `o`: the selected interaction's source URL, copied or opened; a chooser when it
/// has several.
pub(super) fn source_url(state: &mut State, open: bool, fx: &mut Effects) {
    if state.selected_interaction().is_none() {
        state.status.message = Some("No interaction selected".to_owned());
        return;
    }
    match source_urls(state).len() {
        0 => state.status.message = Some("This interaction's sources give no URL".to_owned()),
        1 => use_url_at(state, 0, open, fx),
        _ => {
            state.nav.overlay = Some(Overlay::Sources {
                cursor: Cursor::default(),
                open,
            })
        }
    }
}

/// Copies or opens the URL of the `n`th source that has one. The loop carries it out and
/// says how it went.
pub(super) fn use_url_at(state: &mut State, n: usize, open: bool, fx: &mut Effects) {
    let Some((outlet, url)) = source_urls(state)
        .get(n)
        .map(|&(o, u)| (o.to_owned(), u.to_owned()))
    else {
        return;
    };
    if open {
        state.status.message = Some(format!("Opening {outlet}'s page in the browser…"));
        fx.push(Effect::OpenUrl(url));
    } else {
        state.status.message = Some(format!("Copied the URL of {outlet}"));
        fx.push(Effect::Copy(url));
    }
}
