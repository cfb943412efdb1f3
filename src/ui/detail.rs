//! The Detail pane: the selected interaction in full, or the selected actor's profile and
//! relationships. It draws the rows [`crate::detail_text`] lays out (the same rows `update`
//! scrolls by), each role in the theme's style, and makes URLs hyperlinks where the terminal
//! supports them.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::{Theme, pane_block, scrollbar};
use crate::action::Pane;
use crate::present::Role;
use crate::present::layout::Row;
use crate::state::State;

/// The Detail pane of a state, drawn in a theme.
pub struct DetailPane<'a> {
    /// What to show.
    pub state: &'a State,
    /// How it looks.
    pub theme: &'a Theme,
}

impl Widget for DetailPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let DetailPane { state, theme } = self;
        let block = pane_block(Pane::Detail, state.nav.focus == Pane::Detail, theme);
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.width == 0 || inner.height == 0 {
            return;
        }
        let height = usize::from(inner.height);
        let laid = crate::detail_text::rows(
            state,
            crate::geometry::text_width(area),
            state.nav.detail_scroll.saturating_add(height),
        );
        let len = laid.len();
        let scroll = state.nav.detail_scroll.min(len.saturating_sub(height));
        let shown: Vec<Line> = laid
            .rows
            .iter()
            .skip(scroll)
            .take(height)
            .map(|row| line(row, theme))
            .collect();
        let text_area = Rect::new(
            inner.x,
            inner.y,
            inner.width.saturating_sub(1),
            inner.height,
        );
        Paragraph::new(shown).render(text_area, buf);
        if state.settings.hyperlinks {
            for link in laid
                .links
                .iter()
                .filter(|l| (scroll..scroll + height).contains(&l.row))
            {
                let y = text_area.y + (link.row - scroll) as u16;
                let x = text_area.x.saturating_add(link.column as u16);
                let row = Rect::new(x, y, link.width as u16, 1).intersection(text_area);
                super::hyperlink::apply(buf, row, &link.url);
            }
        }
        scrollbar(
            Rect::new(area.x, inner.y, area.width, inner.height),
            len,
            scroll,
            height,
            theme,
            buf,
        );
    }
}

/// The theme's style for a role.
pub fn style(role: Role, theme: &Theme) -> Style {
    match role {
        Role::Text => theme.text,
        Role::Dim => theme.dim,
        Role::Heading => theme.heading,
        Role::Quote => theme.quote,
        Role::Link => theme.link,
        Role::Marked => theme.marked,
        Role::Class(class) => theme.class(Some(class)),
    }
}

/// A laid-out row as a line in the theme: its indent unstyled, each span in its role's
/// style, what matches the search patched with the highlight.
pub fn line(row: &Row, theme: &Theme) -> Line<'static> {
    let mut spans = Vec::with_capacity(row.spans.len() + 1);
    if row.indent > 0 {
        spans.push(Span::raw(" ".repeat(row.indent)));
    }
    spans.extend(row.spans.iter().map(|s| {
        let base = style(s.role, theme);
        let style = if s.matched {
            base.patch(theme.matched)
        } else {
            base
        };
        Span::styled(s.text.clone(), style)
    }));
    Line::from(spans)
}
