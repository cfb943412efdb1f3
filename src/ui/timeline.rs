//! The Timeline pane: one row per interaction, in date order.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::text::{fit, highlight};
use super::{Theme, pane_block, scrollbar};
use crate::action::Pane;
use crate::data::{Data, Interaction};
use crate::state::State;

/// The Timeline pane of a state.
pub struct TimelinePane<'a> {
    pub state: &'a State,
    pub theme: &'a Theme,
}

/// Column widths for an inner width: (date, kind, participants); the title takes the rest.
fn columns(width: usize) -> (usize, usize, usize) {
    if width < 48 {
        (10, 0, 0)
    } else {
        (10, 9, (width / 4).clamp(12, 30))
    }
}

/// How a participant is named in a row: a person by surname, anyone else in full, told apart
/// from actors named alike ([`Data::short_name`]).
pub fn short_name<'a>(data: &'a Data, id: &'a str) -> &'a str {
    match data.actor_index(id) {
        Some(a) => data.short_name(a),
        None => id,
    }
}

pub fn participants(data: &Data, it: &Interaction) -> String {
    it.participants
        .iter()
        .map(|id| short_name(data, id))
        .collect::<Vec<_>>()
        .join(", ")
}

impl Widget for TimelinePane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let TimelinePane { state, theme } = self;
        if state.nav.timeline_view == crate::state::TimelineView::Quotes {
            return super::quotes_view::render(state, theme, area, buf);
        }
        let focused = state.nav.focus == Pane::Timeline;
        let count = if state.lists.visible.is_empty() {
            "0".to_owned()
        } else {
            format!(
                "{}/{}",
                state.nav.timeline.selected + 1,
                state.lists.visible.len()
            )
        };
        let block: Block = pane_block(Pane::Timeline, focused, theme).title_top(
            Line::from(format!(" {count} "))
                .style(theme.dim)
                .right_aligned(),
        );
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.width == 0 || inner.height == 0 {
            return;
        }
        let width = usize::from(inner.width.saturating_sub(1));
        let (dw, kw, pw) = columns(width);
        let mut rows = inner.height;
        let mut y = inner.y;
        if crate::geometry::timeline_has_header(area) {
            let header = header_line(width, (dw, kw, pw));
            Paragraph::new(Line::styled(header, theme.dim))
                .render(Rect::new(inner.x, y, inner.width, 1), buf);
            y += 1;
            rows -= 1;
        }
        if state.lists.visible.is_empty() {
            let msg = if state.data.interactions().is_empty() {
                "The dataset has no interactions."
            } else {
                "No interaction matches the filter. Press c to clear it."
            };
            Paragraph::new(Line::styled(msg, theme.dim))
                .render(Rect::new(inner.x, y, inner.width, rows), buf);
            return;
        }
        let len = state.lists.visible.len();
        let offset = state.nav.timeline.view_offset(len, usize::from(rows));
        for (row, &i) in state
            .lists
            .visible
            .iter()
            .enumerate()
            .skip(offset)
            .take(usize::from(rows))
        {
            let it = state.data.interaction(i);
            let selected = row == state.nav.timeline.selected;
            let mut head = fit(&it.date.to_string(), dw);
            head.push(' ');
            let mut style = theme.class(it.class);
            if selected {
                style = style.patch(if focused {
                    theme.selected
                } else {
                    theme.selected_unfocused
                });
            }
            let query = &state.filter.search;
            let mut spans = vec![Span::styled(head, style)];
            if kw > 0 {
                spans.push(Span::styled(
                    format!("{} ", fit(it.kind.label(), kw)),
                    style,
                ));
                let who = fit(&participants(&state.data, it), pw);
                spans.extend(highlight(&who, query, style, theme.matched));
                spans.push(Span::styled(" ", style));
            }
            let used = dw + if kw > 0 { kw + pw + 3 } else { 1 };
            let title = fit(&it.title, width.saturating_sub(used));
            spans.extend(highlight(&title, query, style, theme.matched));
            let line = Line::from(spans);
            let y_row = y + (row - offset) as u16;
            Paragraph::new(line).render(
                Rect::new(inner.x, y_row, inner.width.saturating_sub(1), 1),
                buf,
            );
        }
        scrollbar(
            Rect::new(area.x, y, area.width, rows),
            len,
            offset,
            usize::from(rows),
            theme,
            buf,
        );
    }
}

fn header_line(width: usize, (dw, kw, pw): (usize, usize, usize)) -> String {
    let mut s = fit("Date", dw);
    if kw > 0 {
        s.push(' ');
        s.push_str(&fit("Kind", kw));
        s.push(' ');
        s.push_str(&fit("Participants", pw));
    }
    s.push(' ');
    s.push_str("Title");
    fit(&s, width)
}
