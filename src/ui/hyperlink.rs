//! OSC 8 hyperlinks in a ratatui buffer, so that a click on a source's URL opens the page in
//! terminals that support them.
//!
//! Each cell of the link's text is wrapped in its own escape (`ESC ] 8 ; ; URI ESC \ text
//! ESC ] 8 ; ; ESC \`), and the cell is told its real width with
//! [`CellDiffOption::ForcedWidth`]: ratatui would otherwise measure the escape's characters as
//! columns and skip the cells after it. One escape per cell also keeps every cell whole, so a
//! frame that redraws only some of them still draws links. The URI is percent-encoded down to
//! printable ASCII: no text from the data ever reaches the terminal as a control sequence.

use std::fmt::Write;
use std::num::NonZeroU16;

use ratatui::buffer::{Buffer, CellDiffOption};
use ratatui::layout::Rect;
use unicode_width::UnicodeWidthStr;

/// `url` as an OSC 8 URI may carry it: bytes outside printable ASCII (controls, spaces,
/// non-ASCII letters) percent-encoded, so the escape cannot be ended or extended from the
/// data. An `ESC` or `BEL` in the URL becomes `%1B`, `%07`.
pub fn clean_uri(url: &str) -> String {
    let mut out = String::with_capacity(url.len());
    for b in url.bytes() {
        if (0x21..=0x7e).contains(&b) {
            out.push(char::from(b));
        } else {
            let _ = write!(out, "%{b:02X}");
        }
    }
    out
}

/// Makes the cells of `area` (one row of already-rendered text) a hyperlink to `url`. Cells
/// that continue a wide character are left as they are.
pub fn apply(buf: &mut Buffer, area: Rect, url: &str) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    let uri = clean_uri(url);
    for y in area.top()..area.bottom() {
        // Cells hidden under the wide character before them.
        let mut hidden = 0;
        for x in area.left()..area.right() {
            if hidden > 0 {
                hidden -= 1;
                continue;
            }
            let cell = &mut buf[(x, y)];
            let symbol = cell.symbol();
            // A cell already linked.
            if symbol.starts_with('\x1b') {
                continue;
            }
            let width = u16::try_from(symbol.width().max(1)).unwrap_or(1);
            hidden = width - 1;
            let linked = format!("\x1b]8;;{uri}\x1b\\{symbol}\x1b]8;;\x1b\\");
            cell.set_symbol(&linked);
            cell.diff_option =
                CellDiffOption::ForcedWidth(NonZeroU16::MIN.saturating_add(width - 1));
        }
    }
}

/// The text of a cell without the hyperlink [`apply`] put around it.
pub fn visible(symbol: &str) -> &str {
    symbol
        .strip_prefix("\x1b]8;;")
        .and_then(|rest| rest.split_once("\x1b\\"))
        .and_then(|(_, rest)| rest.strip_suffix("\x1b]8;;\x1b\\"))
        .unwrap_or(symbol)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_cannot_end_the_escape() {
        assert_eq!(
            clean_uri("https://x.am/a b\x1b]8;;\x07évé"),
            "https://x.am/a%20b%1B]8;;%07%C3%A9v%C3%A9"
        );
    }

    #[test]
    fn each_cell_keeps_its_width() {
        let mut buf = Buffer::empty(Rect::new(0, 0, 6, 1));
        buf.set_string(0, 0, "a漢b", ratatui::style::Style::new());
        apply(&mut buf, Rect::new(0, 0, 4, 1), "https://e.am/\x1b");
        assert_eq!(
            buf[(0, 0)].symbol(),
            "\x1b]8;;https://e.am/%1B\x1b\\a\x1b]8;;\x1b\\"
        );
        assert_eq!(
            buf[(0, 0)].diff_option,
            CellDiffOption::ForcedWidth(NonZeroU16::MIN)
        );
        assert_eq!(visible(buf[(1, 0)].symbol()), "漢");
        assert_eq!(
            buf[(1, 0)].diff_option,
            CellDiffOption::ForcedWidth(NonZeroU16::new(2).unwrap())
        );
        assert_eq!(visible(buf[(3, 0)].symbol()), "b");
        // Outside the area, nothing changes.
        assert_eq!(buf[(4, 0)].symbol(), " ");
        assert_eq!(buf[(4, 0)].diff_option, CellDiffOption::None);
    }
}
