//! Text in the terminal: the measuring and cutting of [`crate::present::text`], and search
//! matches highlighted in a ratatui style.

use ratatui::style::Style;
use ratatui::text::Span;

use crate::data::fold::Query;

pub use crate::present::text::{count_width, fit, fit_right, truncate, wrap};

/// `text` as spans in `base`, with what matches `query` patched with `mark`. The spans hold
/// exactly `text`, and each highlight covers whole grapheme clusters ([`Query::ranges`]).
pub fn highlight(text: &str, query: &Query, base: Style, mark: Style) -> Vec<Span<'static>> {
    let ranges = query.ranges(text);
    if ranges.is_empty() {
        return vec![Span::styled(text.to_owned(), base)];
    }
    let mut spans = Vec::with_capacity(ranges.len() * 2 + 1);
    let mut at = 0;
    for r in ranges {
        if r.start > at {
            spans.push(Span::styled(text[at..r.start].to_owned(), base));
        }
        spans.push(Span::styled(text[r.clone()].to_owned(), base.patch(mark)));
        at = r.end;
    }
    if at < text.len() {
        spans.push(Span::styled(text[at..].to_owned(), base));
    }
    spans
}
