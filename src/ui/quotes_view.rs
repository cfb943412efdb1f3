//! The Quotes view of the Timeline pane: every quote of the filtered interactions, one a row:
//! date, speaker, channel and the text's first line, with the search highlighted.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::text::{fit, highlight};
use super::{Theme, scrollbar, titled_block};
use crate::action::{Action, Pane};
use crate::keymap::Context;
use crate::state::State;

/// Column widths for an inner width: (date, speaker, channel); the text takes the rest.
fn columns(width: usize) -> (usize, usize, usize) {
    match width {
        0..48 => (10, (width / 4).max(6), 0),
        48..90 => (10, 16, 12),
        _ => (10, 20, 16),
    }
}

/// Draws the Quotes view of `state` (the Timeline pane's other mode) in `area`: one row per
/// quote of the filtered interactions, with the search highlighted.
pub fn render(state: &State, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let focused = state.nav.focus == Pane::Timeline;
    let len = state.lists.quotes.len();
    let count = if len == 0 {
        "0".to_owned()
    } else {
        format!("{}/{len}", state.nav.quotes.selected + 1)
    };
    let block = titled_block(" 1 Quotes ", focused, theme).title_top(
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
    let (dw, sw, cw) = columns(width);
    let mut rows = inner.height;
    let mut y = inner.y;
    if crate::geometry::timeline_has_header(area) {
        let mut header = format!("{} {}", fit("Date", dw), fit("Speaker", sw));
        if cw > 0 {
            header.push(' ');
            header.push_str(&fit("Channel", cw));
        }
        header.push_str(" Quote");
        Paragraph::new(Line::styled(fit(&header, width), theme.dim))
            .render(Rect::new(inner.x, y, inner.width, 1), buf);
        y += 1;
        rows -= 1;
    }
    if len == 0 {
        let msg = match state
            .settings
            .keymap
            .label(Context::Global, Action::ClearFilters)
        {
            Some(k) if state.filtered() || state.filter.terms() > 0 => {
                format!("No quote in the filtered interactions. Press {k} to clear the filter.")
            }
            _ => "No quote in the filtered interactions.".to_owned(),
        };
        Paragraph::new(Line::styled(msg, theme.dim))
            .wrap(ratatui::widgets::Wrap { trim: true })
            .render(Rect::new(inner.x, y, inner.width, rows), buf);
        return;
    }
    let query = &state.filter.search;
    let offset = state.nav.quotes.view_offset(len, usize::from(rows));
    for (row, q) in state
        .lists
        .quotes
        .iter()
        .enumerate()
        .skip(offset)
        .take(usize::from(rows))
    {
        let it = state.data.interaction(q.interaction);
        let quote = &it.quotes[q.quote];
        let mut style = theme.quote;
        if row == state.nav.quotes.selected {
            style = style.patch(if focused {
                theme.selected
            } else {
                theme.selected_unfocused
            });
        }
        let speaker = super::timeline::short_name(&state.data, &quote.speaker);
        let mut spans = vec![Span::styled(
            format!("{} ", fit(&it.date.to_string(), dw)),
            style,
        )];
        spans.extend(highlight(&fit(speaker, sw), query, style, theme.matched));
        spans.push(Span::styled(" ", style));
        if cw > 0 {
            spans.push(Span::styled(
                format!("{} ", fit(quote.via.as_deref().unwrap_or(""), cw)),
                style,
            ));
        }
        let used = dw + sw + 2 + if cw > 0 { cw + 1 } else { 0 };
        let first = quote.text.lines().next().unwrap_or("");
        let text = fit(
            &format!(
                "“{first}{}",
                if first.len() < quote.text.len() {
                    "…"
                } else {
                    "”"
                }
            ),
            width.saturating_sub(used),
        );
        spans.extend(highlight(&text, query, style, theme.matched));
        let y_row = y + (row - offset) as u16;
        Paragraph::new(Line::from(spans)).render(
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
