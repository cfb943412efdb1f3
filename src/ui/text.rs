//! Text measured in terminal columns, never bytes or chars: names come in Armenian, Georgian,
//! Cyrillic and Latin with diacritics, and data may hold wide CJK or emoji.

use std::borrow::Cow;

use ratatui::style::Style;
use ratatui::text::Span;

use crate::data::fold::Query;

use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// `s` cut to at most `width` columns, ending in `…` when cut. The cut falls between grapheme
/// clusters, so an accent written as a combining mark stays with its letter.
pub fn truncate(s: &str, width: usize) -> Cow<'_, str> {
    if s.width() <= width {
        return Cow::Borrowed(s);
    }
    if width == 0 {
        return Cow::Borrowed("");
    }
    // Measure the text built so far, not the sum of its chars: a variation selector can widen
    // the character before it (🕊 is 1 column, 🕊️ is 2).
    let mut out = String::new();
    for g in s.graphemes(true) {
        out.push_str(g);
        if out.width() > width - 1 || out.len() > 8 * width + 64 {
            out.truncate(out.len() - g.len());
            break;
        }
    }
    out.push('…');
    Cow::Owned(out)
}

/// `s` cut or padded with spaces to exactly `width` columns.
pub fn fit(s: &str, width: usize) -> String {
    let cut = truncate(s, width);
    let pad = width.saturating_sub(cut.width());
    let mut out = cut.into_owned();
    out.extend(std::iter::repeat_n(' ', pad));
    out
}

/// `s` right-aligned in `width` columns (cut from the end if longer).
pub fn fit_right(s: &str, width: usize) -> String {
    let cut = truncate(s, width);
    let pad = width.saturating_sub(cut.width());
    let mut out: String = std::iter::repeat_n(' ', pad).collect();
    out.push_str(&cut);
    out
}

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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn measures_columns_not_chars() {
        assert_eq!(fit("漢字漢字", 5).width(), 5);
        assert_eq!(fit("漢字漢字", 5), "漢字…");
        assert_eq!(fit("Նիկոլ", 7), "Նիկոլ  ");
        assert_eq!(truncate("İlham Əliyev", 6), "İlham…");
        assert_eq!(truncate("abc", 0), "");
        assert_eq!(fit_right("42", 4), "  42");
    }

    #[test]
    fn a_cut_never_splits_a_grapheme_cluster() {
        assert_eq!(truncate("Rene\u{301}e Dubois", 5), "Rene\u{301}…");
        assert_eq!(truncate("Rene\u{301} Dubois", 4), "Ren…");
        assert_eq!(truncate("👩\u{200d}🔬 lab work", 3), "👩\u{200d}🔬…");
        assert_eq!(truncate("ก\u{e49}าว", 2), "ก\u{e49}…");
    }

    #[test]
    fn never_exceeds_the_width() {
        for s in ["🕊️ peace", "a\u{301}bc", "ქართული", "x"] {
            for w in 0..10 {
                assert!(truncate(s, w).width() <= w, "{s:?} at {w}");
            }
        }
    }
}
