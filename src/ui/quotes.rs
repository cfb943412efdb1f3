//! Choosing which quote to copy, when the selected interaction has several.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::Theme;
use super::text::truncate;
use crate::action::Action;
use crate::keymap::Context;
use crate::state::{Cursor, State};

/// The box listing the selected interaction's quotes, one a row, credit first.
pub struct QuotesOverlay<'a> {
    /// Whose selected interaction's quotes are listed.
    pub state: &'a State,
    /// The quote chosen.
    pub cursor: Cursor,
    /// How it looks.
    pub theme: &'a Theme,
}

impl Widget for QuotesOverlay<'_> {
    fn render(self, screen: Rect, buf: &mut Buffer) {
        let QuotesOverlay {
            state,
            cursor,
            theme,
        } = self;
        let Some(i) = state.selected_interaction() else {
            return;
        };
        let interaction = state.data.interaction(i);
        let width = screen.width.saturating_sub(4).min(90);
        let height = screen
            .height
            .saturating_sub(2)
            .min(u16::try_from(interaction.quotes.len() + 2).unwrap_or(u16::MAX));
        let area = screen.centered(Constraint::Length(width), Constraint::Length(height));
        if area.width < 3 || area.height < 3 {
            return;
        }
        Clear.render(area, buf);
        let block = super::popup_block(
            "Copy which quote?",
            state.settings.keymap.legend(&[
                (Context::Quotes, Action::Confirm, "copies"),
                (Context::Quotes, Action::CloseOverlay, "closes"),
            ]),
            theme,
        );
        let inner = block.inner(area);
        block.render(area, buf);
        let rows = usize::from(inner.height);
        let offset = cursor.view_offset(interaction.quotes.len(), rows);
        let room = usize::from(inner.width);
        let lines: Vec<Line> = interaction
            .quotes
            .iter()
            .enumerate()
            .skip(offset)
            .take(rows)
            .map(|(n, q)| {
                // The credit comes before the words, so that cutting a long quote keeps it.
                let via = q
                    .via
                    .as_deref()
                    .map(|v| format!(" ({v})"))
                    .unwrap_or_default();
                let text = format!("{}{via}: “{}”", state.data.name_of(&q.speaker), q.text);
                let line = Line::raw(truncate(&text, room).into_owned());
                if n == cursor.selected {
                    line.style(theme.selected)
                } else {
                    line
                }
            })
            .collect();
        Paragraph::new(lines).render(inner, buf);
    }
}
