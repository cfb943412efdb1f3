//! The Timeline pane: one row per interaction, in date order. While a preview of a large file
//! is shown, its count ends in `+` and a row after the last interaction says more is coming.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph, Widget};

use super::text::{fit, highlight};
use super::{Theme, pane_block, scrollbar};
use crate::action::{Action, Pane};
use crate::data::Data;
use crate::keymap::Context;
use crate::query::TimelineSort;
use crate::state::State;

/// The cells of the column that shows the value the timeline is sorted by, its space included.
const VALUE_WIDTH: usize = 10;

/// The header of the value column: `Goldstein`.
fn value_name(sort: TimelineSort) -> &'static str {
    match sort {
        TimelineSort::Date => "",
        TimelineSort::Mentions => "Mentions",
        TimelineSort::Goldstein => "Goldstein",
        TimelineSort::Tone => "Tone",
    }
}

/// An interaction's value for `sort` as the column shows it: `12`, `−10.0`, `+3.52`; `–`
/// where the interaction has none.
fn value_text(data: &Data, interaction: usize, sort: TimelineSort) -> String {
    let Some(coding) = data.interaction(interaction).coding.as_ref() else {
        return "–".to_owned();
    };
    let signed = |v: f64, places: usize| {
        let text = format!("{v:+.places$}");
        text.replacen('-', "−", 1)
    };
    let value = match sort {
        TimelineSort::Date => None,
        TimelineSort::Mentions => coding.mentions.map(|m| m.to_string()),
        TimelineSort::Goldstein => coding.goldstein.map(|g| signed(g, 1)),
        TimelineSort::Tone => coding.tone.map(|t| signed(t, 2)),
    };
    value.unwrap_or_else(|| "–".to_owned())
}

/// The Timeline pane of a state.
pub struct TimelinePane<'a> {
    /// The state drawn.
    pub state: &'a State,
    /// The colours it is drawn in.
    pub theme: &'a Theme,
}

/// Whether the pane has room for its column header row.
pub fn has_header(area: Rect) -> bool {
    crate::geometry::list_rows(area, Pane::Timeline) < usize::from(area.height.saturating_sub(2))
}

/// Column widths for an inner width: (date, kind, participants); the title takes the rest.
fn columns(width: usize) -> (usize, usize, usize) {
    if width < 48 {
        (10, 0, 0)
    } else {
        (10, 9, (width / 4).clamp(12, 30))
    }
}

pub use crate::present::values::{participants, short_name};

impl Widget for TimelinePane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let TimelinePane { state, theme } = self;
        if state.nav.timeline_view == crate::state::TimelineView::Quotes {
            return super::quotes_view::render(state, theme, area, buf);
        }
        let focused = state.nav.focus == Pane::Timeline;
        let list = state.timeline_list();
        // A preview: more interactions are coming, as csvlens counts `Row 1/951587+`.
        let more = if state.status.partial.is_some() {
            "+"
        } else {
            ""
        };
        let count = if list.is_empty() {
            format!("0{more}")
        } else {
            format!("{}/{}{more}", state.nav.timeline.selected + 1, list.len())
        };
        // The order, when it is not the date's, goes beside the count while both fit.
        let left = format!(" 1 {} ", Pane::Timeline.title());
        let right = match state.lists.timeline_sort {
            crate::query::TimelineSort::Date => format!(" {count} "),
            sort => format!(" {} · {count} ", sort.short()),
        };
        let right = if super::titles_fit(area.width, &left, &right) {
            right
        } else {
            format!(" {count} ")
        };
        let block: Block = pane_block(Pane::Timeline, focused, theme)
            .title_top(Line::from(right).style(theme.dim).right_aligned());
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.width == 0 || inner.height == 0 {
            return;
        }
        let width = usize::from(inner.width.saturating_sub(1));
        let (dw, kw, pw) = columns(width);
        // Sorted by a coded field, its value in a column of its own after the date.
        let sort = state.lists.timeline_sort;
        let vw = if sort != TimelineSort::Date && width >= 48 {
            VALUE_WIDTH
        } else {
            0
        };
        let mut rows = inner.height;
        let mut y = inner.y;
        if has_header(area) {
            let mut header = header_line(width, (dw, kw, pw));
            if vw > 0 {
                let name = format!("{:>w$} ", value_name(sort), w = vw - 1);
                let rest = header[dw + 1..].trim_end();
                header = fit(&format!("{}{name}{rest}", &header[..dw + 1]), width);
            }
            Paragraph::new(Line::styled(header, theme.dim))
                .render(Rect::new(inner.x, y, inner.width, 1), buf);
            y += 1;
            rows -= 1;
        }
        if state.lists.visible.is_empty() {
            let msg = if state.status.partial.is_some() {
                "No interaction matches yet; more are loading.".to_owned()
            } else if state.data.interactions().is_empty() {
                "The dataset has no interactions.".to_owned()
            } else {
                match state
                    .settings
                    .keymap
                    .label(Context::Global, Action::ClearFilters)
                {
                    Some(k) => format!("No interaction matches the filter. Press {k} to clear it."),
                    None => "No interaction matches the filter.".to_owned(),
                }
            };
            Paragraph::new(Line::styled(msg, theme.dim))
                .render(Rect::new(inner.x, y, inner.width, rows), buf);
            return;
        }
        let len = list.len();
        let offset = state.nav.timeline.view_offset(len, usize::from(rows));
        for (row, &i) in list.iter().enumerate().skip(offset).take(usize::from(rows)) {
            let it = state.data.interaction(i);
            let selected = row == state.nav.timeline.selected;
            let mut head = fit(&it.date.to_string(), dw);
            head.push(' ');
            if vw > 0 {
                let value = value_text(&state.data, i, sort);
                head.push_str(&format!("{value:>w$} ", w = vw - 1));
            }
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
            let used = dw + vw + if kw > 0 { kw + pw + 3 } else { 1 };
            let title = fit(&it.title, width.saturating_sub(used));
            spans.extend(highlight(&title, query, style, theme.matched));
            let line = Line::from(spans);
            let y_row = y + (row - offset) as u16;
            Paragraph::new(line).render(
                Rect::new(inner.x, y_row, inner.width.saturating_sub(1), 1),
                buf,
            );
        }
        // The end of the list in view, and a row free after it: say that more is coming.
        if let (Some(loading), Some(_)) = (state.status.loading, state.status.partial)
            && len - offset < usize::from(rows)
        {
            let text = format!(
                "⋯ more interactions are loading ({}% of the file)",
                super::status::loading_percent(loading)
            );
            let y_row = y + (len - offset) as u16;
            Paragraph::new(Line::styled(fit(&text, width), theme.dim)).render(
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
