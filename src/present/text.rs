//! Text measured in terminal columns and cut between grapheme clusters, never bytes or chars:
//! names come in Armenian, Georgian, Cyrillic and Latin with diacritics, and data may hold
//! Persian, wide CJK or emoji. Terminal-free: the command line and the browser both use it.

use std::borrow::Cow;

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

/// The columns a right-aligned column of counts needs: the widest of `counts` and a space
/// before it, and never less than `least`, so that no count is cut. Counts are ASCII digits
/// (one column each), so their length in bytes is their width in columns.
pub fn count_width<T: std::fmt::Display>(counts: impl Iterator<Item = T>, least: usize) -> usize {
    counts
        .map(|c| c.to_string().len() + 1)
        .max()
        .unwrap_or(0)
        .max(least)
}

/// `s` right-aligned in `width` columns (cut from the end if longer).
pub fn fit_right(s: &str, width: usize) -> String {
    let cut = truncate(s, width);
    let pad = width.saturating_sub(cut.width());
    let mut out: String = std::iter::repeat_n(' ', pad).collect();
    out.push_str(&cut);
    out
}

/// `text` wrapped at `width` columns (at least 1), at spaces only: a hyphen is no place to
/// break, or a date (`2024-02-17`), an id or a URL would be split inside. A word wider than
/// the line is still broken, between grapheme clusters, as nothing else would show all of it.
/// Lines are balanced as textwrap's optimal fit does, and each `\n` starts a line. Every line
/// is at most `width` columns wide, measured as the terminal draws it (an emoji with its
/// variation selector is 2 columns), except a lone grapheme cluster wider than `width`.
pub fn wrap(text: &str, width: usize) -> Vec<Cow<'_, str>> {
    let width = width.max(1);
    text.split('\n')
        .flat_map(|line| wrap_line(line, width))
        .collect()
}

/// A word and the spaces after it, measured in terminal columns.
#[derive(Debug)]
struct Piece<'a> {
    word: &'a str,
    space: &'a str,
    width: usize,
}

impl textwrap::core::Fragment for Piece<'_> {
    fn width(&self) -> f64 {
        self.width as f64
    }

    fn whitespace_width(&self) -> f64 {
        self.space.width() as f64
    }

    fn penalty_width(&self) -> f64 {
        0.0
    }
}

/// One line of text (no `\n`) wrapped: words split at spaces as textwrap splits them, each
/// wider than `width` broken between grapheme clusters, then placed by optimal fit (first
/// fit where the optimum overflows).
fn wrap_line(line: &str, width: usize) -> Vec<Cow<'_, str>> {
    use textwrap::WordSeparator;
    use textwrap::wrap_algorithms::{Penalties, wrap_first_fit, wrap_optimal_fit};
    let mut pieces = Vec::new();
    for word in WordSeparator::AsciiSpace.find_words(line) {
        let whole = word.word.width();
        if whole <= width {
            pieces.push(Piece {
                word: word.word,
                space: word.whitespace,
                width: whole,
            });
            continue;
        }
        // Broken into runs of grapheme clusters that fit, measured as built.
        let mut start = 0;
        let mut end = 0;
        for (at, g) in word.word.grapheme_indices(true) {
            let run = &word.word[start..at + g.len()];
            if run.width() > width && end > start {
                let part = &word.word[start..end];
                pieces.push(Piece {
                    word: part,
                    space: "",
                    width: part.width(),
                });
                start = end;
            }
            end = at + g.len();
        }
        let last = &word.word[start..];
        pieces.push(Piece {
            word: last,
            space: word.whitespace,
            width: last.width(),
        });
    }
    if pieces.is_empty() {
        return vec![Cow::Borrowed("")];
    }
    let widths = [width as f64];
    let lines = wrap_optimal_fit(&pieces, &widths, &Penalties::new())
        .unwrap_or_else(|_| wrap_first_fit(&pieces, &widths));
    lines
        .into_iter()
        .map(|pieces| {
            let mut out = String::new();
            for (n, piece) in pieces.iter().enumerate() {
                out.push_str(piece.word);
                if n + 1 < pieces.len() {
                    out.push_str(piece.space);
                }
            }
            Cow::Owned(out)
        })
        .collect()
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

    /// Wrapped lines of Armenian, Georgian, Persian, CJK and emoji text stay within the width
    /// in columns, keep every grapheme cluster whole, and give back the words in order.
    #[test]
    fn wraps_in_columns_for_every_script() {
        for text in [
            "Նիկոլ Փաշինյան և Իլհամ Ալիև հանդիպեցին Բրյուսելում",
            "ირაკლი კობახიძე შეხვდა საქართველოს პრეზიდენტს თბილისში",
            "عباس عراقچی با همتای ارمنی خود در تهران دیدار کرد",
            "习近平 会见 亚美尼亚 总理 帕希尼扬 北京 人民大会堂",
            "🕊️ peace 👩\u{200d}🔬 talks 🇦🇲🇦🇿 border 🕊️🕊️🕊️",
        ] {
            for width in 4..40 {
                let lines = wrap(text, width);
                for line in &lines {
                    assert!(line.width() <= width, "{line:?} at {width}");
                }
                let words: Vec<&str> = text.split_whitespace().collect();
                let joined = lines.join(" ");
                let back: Vec<&str> = joined.split_whitespace().collect();
                if words.iter().all(|w| w.width() <= width) {
                    assert_eq!(back, words, "{text:?} at {width}");
                }
                // No grapheme cluster is cut between two lines.
                let clusters: Vec<&str> = text.graphemes(true).filter(|g| *g != " ").collect();
                let shown: Vec<&str> = lines
                    .iter()
                    .flat_map(|l| l.graphemes(true).collect::<Vec<_>>())
                    .filter(|g| *g != " ")
                    .collect();
                assert_eq!(shown, clusters, "{text:?} at {width}");
            }
        }
    }
}
