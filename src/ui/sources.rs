//! Choosing which source's URL to copy (`u`) or open (`o`), when the selected interaction has
//! several.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::Theme;
use super::text::truncate;
use crate::action::Action;
use crate::keymap::Context;
use crate::state::{Cursor, State, source_urls};

/// The box listing the selected interaction's sources that have a URL: the outlet on one
/// row, the URL (cut, never wrapped) on the next.
pub struct SourcesOverlay<'a> {
    /// Whose selected interaction's sources are listed.
    pub state: &'a State,
    /// The source chosen.
    pub cursor: Cursor,
    /// Whether Enter opens the URL in the browser rather than copying it.
    pub open: bool,
    /// How it looks.
    pub theme: &'a Theme,
}

impl Widget for SourcesOverlay<'_> {
    fn render(self, screen: Rect, buf: &mut Buffer) {
        let SourcesOverlay {
            state,
            cursor,
            open,
            theme,
        } = self;
        let urls = source_urls(state);
        let width = screen.width.saturating_sub(4).min(100);
        let height = screen
            .height
            .saturating_sub(2)
            .min(u16::try_from(2 * urls.len() + 2).unwrap_or(u16::MAX));
        let area = screen.centered(Constraint::Length(width), Constraint::Length(height));
        if area.width < 3 || area.height < 3 {
            return;
        }
        Clear.render(area, buf);
        let (title, verb) = if open {
            ("Open which source?", "opens")
        } else {
            ("Copy which source's URL?", "copies")
        };
        let block = super::popup_block(
            title,
            state.settings.keymap.legend(&[
                (Context::Sources, Action::Confirm, verb),
                (Context::Sources, Action::CloseOverlay, "closes"),
            ]),
            theme,
        );
        let inner = block.inner(area);
        block.render(area, buf);
        // Two rows a source: the outlet, then the URL (cut, never wrapped).
        let rows = usize::from(inner.height) / 2;
        let offset = cursor.view_offset(urls.len(), rows.max(1));
        let room = usize::from(inner.width);
        let mut lines = Vec::new();
        for (n, (outlet, url)) in urls.iter().enumerate().skip(offset).take(rows.max(1)) {
            let style = if n == cursor.selected {
                theme.selected
            } else {
                theme.text
            };
            lines.push(Line::styled(truncate(outlet, room).into_owned(), style));
            lines.push(Line::styled(
                truncate(&format!("  {url}"), room).into_owned(),
                if n == cursor.selected {
                    theme.selected
                } else {
                    theme.link
                },
            ));
        }
        Paragraph::new(lines).render(inner, buf);
    }
}
