//! The Actors pane: every actor with their role and number of interactions.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::text::{fit, fit_right};
use super::{Theme, pane_block, scrollbar};
use crate::action::Pane;
use crate::state::State;

pub struct ActorsPane<'a> {
    pub state: &'a State,
    pub theme: &'a Theme,
}

impl Widget for ActorsPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ActorsPane { state, theme } = self;
        let focused = state.focus == Pane::Actors;
        let n = state.filter.actors.len();
        let mut block = pane_block(Pane::Actors, focused, theme);
        if n > 0 {
            block = block.title_top(
                Line::from(format!(" {n} in filter "))
                    .style(theme.marked)
                    .right_aligned(),
            );
        }
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.width == 0 || inner.height == 0 {
            return;
        }
        if state.actor_order.is_empty() {
            Paragraph::new(Line::styled("The dataset has no actors.", theme.dim))
                .render(inner, buf);
            return;
        }
        let width = usize::from(inner.width.saturating_sub(1));
        // mark (2) name … role … count (4)
        let count_w = 4;
        let body = width.saturating_sub(2 + count_w);
        let name_w = if body >= 30 {
            (body * 11 / 20).min(26)
        } else {
            body
        };
        let role_w = body.saturating_sub(name_w + 1);
        let rows = usize::from(inner.height);
        let len = state.actor_order.len();
        let offset = state.actors.view_offset(len, rows);
        for (row, &a) in state.actor_order.iter().enumerate().skip(offset).take(rows) {
            let actor = state.data.actor(a);
            let in_filter = state.filter.actors.contains(&a);
            let selected = row == state.actors.selected;
            let mut spans = vec![
                Span::styled(if in_filter { "● " } else { "  " }, theme.marked),
                Span::raw(fit(&actor.name, name_w)),
            ];
            if role_w > 0 {
                spans.push(Span::raw(" "));
                spans.push(Span::styled(fit(&actor.role, role_w), theme.dim));
            }
            let count = state.data.interactions_of(a).len();
            spans.push(Span::raw(fit_right(&count.to_string(), count_w)));
            let mut line = Line::from(spans);
            if selected {
                line = line.style(if focused {
                    theme.selected
                } else {
                    theme.selected_unfocused
                });
            }
            let y = inner.y + (row - offset) as u16;
            Paragraph::new(line)
                .render(Rect::new(inner.x, y, inner.width.saturating_sub(1), 1), buf);
        }
        scrollbar(inner_rows(area, inner), len, offset, rows, theme, buf);
    }
}

fn inner_rows(area: Rect, inner: Rect) -> Rect {
    Rect::new(area.x, inner.y, area.width, inner.height)
}
