//! Where each part of the screen goes, as a pure function of the terminal's size and focus:
//! the panes, the tab bar, the rows a list shows, the network view's area, the help's and the
//! picker's boxes, the density strip's months. Both `update` (how many rows a page has, what a
//! click hits) and `ui` (where to draw) read it. It computes rectangles and counts only: it
//! builds no text, styles nothing and draws nothing.
//!
//! Every size is in terminal cells (columns and rows).

mod density;
mod overlay;

pub use density::{Scale, month_at};
pub use overlay::{
    HELP_CONTEXTS, HELP_KEYS_WIDTH, help_area, help_len, help_max_scroll, help_rows, picker_area,
    picker_rows,
};

use ratatui::layout::{Constraint, Layout, Rect};

use crate::action::Pane;

/// Terminals at least this wide show the three panes side by side; narrower ones show the
/// focused pane alone, with a tab bar.
pub const WIDE_MIN_WIDTH: u16 = 80;
/// …and at least this tall.
pub const WIDE_MIN_HEIGHT: u16 = 16;
/// The density strip shows from this height up.
pub const DENSITY_MIN_HEIGHT: u16 = 24;
/// …and, while Detail has focus, from this height up: below it, its rows go to Detail.
pub const READING_STRIP_MIN_HEIGHT: u16 = 30;

/// The whole screen of a terminal `width` columns by `height` rows, at the origin.
pub fn screen(width: u16, height: u16) -> Rect {
    Rect::new(0, 0, width, height)
}

/// The tab bar's labels, after the app's name: where each pane's tab (`1 Timeline`, …)
/// stands in the header, one row high, cut at the header's right edge.
pub fn tab_areas(header: Rect) -> Vec<(Pane, Rect)> {
    let mut x = header.x + 9; // " readout "
    let mut out = Vec::new();
    for (n, pane) in Pane::ALL.iter().enumerate() {
        let label = format!("{} {}", n + 1, pane.title());
        x += 1;
        let width = label.len() as u16;
        let area = Rect::new(x, header.y, width, 1).intersection(header);
        out.push((*pane, area));
        x += width;
    }
    out
}

/// The pane whose tab is at column `x` of the header; `None` between and after the tabs.
pub fn tab_at(header: Rect, x: u16) -> Option<Pane> {
    tab_areas(header)
        .into_iter()
        .find(|(_, r)| r.x <= x && x < r.right())
        .map(|(p, _)| p)
}

/// Where each part of the screen goes; `None` for a part the screen has no room for (or,
/// on a narrow screen, a pane not shown).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Areas {
    /// The title bar, or the tab bar when one pane is shown at a time.
    pub header: Option<Rect>,
    /// The density strip above the timeline: interactions per month.
    pub density: Option<Rect>,
    /// The Timeline pane, border included.
    pub timeline: Option<Rect>,
    /// The Actors pane, border included.
    pub actors: Option<Rect>,
    /// The Detail pane, border included.
    pub detail: Option<Rect>,
    /// The status line: the filter, a message, or the line being edited.
    pub status: Option<Rect>,
    /// The footer's key hints.
    pub footer: Option<Rect>,
    /// Whether panes are stacked one at a time (narrow terminals).
    pub single: bool,
}

impl Areas {
    /// The area of `pane`, if it is shown.
    pub fn pane(&self, pane: Pane) -> Option<Rect> {
        match pane {
            Pane::Timeline => self.timeline,
            Pane::Actors => self.actors,
            Pane::Detail => self.detail,
        }
    }
}

/// The areas of a screen of `area`, with `focus` the pane shown when only one fits.
pub fn areas(area: Rect, focus: Pane) -> Areas {
    areas_for(area, focus, false)
}

/// The areas of a screen of `area`: [`areas`], or with `maximised` the focused pane alone in
/// the whole body, as on a narrow screen. With three panes side by side, Detail gets more
/// rows when it has focus: the timeline keeps a quarter of the column (at least 5 rows), and
/// below 30 rows the density strip gives up its 2.
pub fn areas_for(area: Rect, focus: Pane, maximised: bool) -> Areas {
    let h = area.height;
    if area.width == 0 || h == 0 {
        return Areas::default();
    }
    // Rows, from the most to the least needed: the body, the status line, the footer, the
    // header.
    let status = u16::from(h >= 2);
    let footer = u16::from(h >= 4);
    let header = u16::from(h >= 5);
    let [header_r, body, status_r, footer_r] = area.layout(&Layout::vertical([
        Constraint::Length(header),
        Constraint::Fill(1),
        Constraint::Length(status),
        Constraint::Length(footer),
    ]));
    let some = |r: Rect| (r.height > 0).then_some(r);
    let mut out = Areas {
        header: some(header_r),
        status: some(status_r),
        footer: some(footer_r),
        ..Areas::default()
    };
    if area.width >= WIDE_MIN_WIDTH && h >= WIDE_MIN_HEIGHT && !maximised {
        let reading = focus == Pane::Detail;
        let actors_width = (area.width * 35 / 100).clamp(30, 56);
        let [left, right] = body.layout(&Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(actors_width),
        ]));
        let strip = if h >= DENSITY_MIN_HEIGHT && !(reading && h < READING_STRIP_MIN_HEIGHT) {
            2
        } else {
            0
        };
        let [density, list] = left.layout(&Layout::vertical([
            Constraint::Length(strip),
            Constraint::Fill(1),
        ]));
        let timeline = if reading {
            Constraint::Length((list.height / 4).max(5).min(list.height))
        } else {
            Constraint::Percentage(40)
        };
        let [top, bottom] = list.layout(&Layout::vertical([timeline, Constraint::Fill(1)]));
        out.density = some(density);
        out.timeline = Some(top);
        out.detail = Some(bottom);
        out.actors = Some(right);
    } else {
        out.single = true;
        match focus {
            Pane::Timeline => out.timeline = Some(body),
            Pane::Actors => out.actors = Some(body),
            Pane::Detail => out.detail = Some(body),
        }
    }
    out
}

/// Everything between the header and the status line: where the panes go, or the network
/// view in their place.
pub fn body(area: Rect) -> Rect {
    let a = areas(area, Pane::Timeline);
    let top = a.header.map_or(area.y, |h| h.bottom());
    let bottom = a.status.map_or(area.bottom(), |s| s.y);
    Rect::new(area.x, top, area.width, bottom.saturating_sub(top))
}

/// The cells the network view draws in: the body inside its border.
pub fn network_inner(area: Rect) -> Rect {
    let body = body(area);
    Rect::new(
        body.x.saturating_add(1),
        body.y.saturating_add(1),
        body.width.saturating_sub(2),
        body.height.saturating_sub(2),
    )
}

/// The rows inside a pane's border that hold list items (the timeline also loses one to its
/// column header). May be 0.
pub fn list_rows(area: Rect, pane: Pane) -> usize {
    let inner = area.height.saturating_sub(2);
    let header = u16::from(pane == Pane::Timeline && inner >= 3);
    usize::from(inner - header)
}

/// Whether a Timeline pane of `area` (border included) has room for its column header row.
pub fn timeline_has_header(area: Rect) -> bool {
    list_rows(area, Pane::Timeline) < usize::from(area.height.saturating_sub(2))
}

/// The rows of the list the network view shows instead of the drawing when its inner `area`
/// is too small to draw in: all but the first, which says why; at least 1.
pub fn network_list_rows(area: Rect) -> usize {
    usize::from(area.height.saturating_sub(1)).max(1)
}

/// The text width inside a pane's border, less the scrollbar column: the columns Detail wraps
/// its text at.
pub fn text_width(area: Rect) -> u16 {
    area.width.saturating_sub(3)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wide_terminals_show_three_panes() {
        let a = areas(Rect::new(0, 0, 120, 40), Pane::Timeline);
        assert!(!a.single);
        assert!(a.timeline.is_some() && a.actors.is_some() && a.detail.is_some());
        assert_eq!(a.status.unwrap().y, 38);
        assert_eq!(a.footer.unwrap().y, 39);
    }

    #[test]
    fn narrow_terminals_show_the_focused_pane() {
        let a = areas(Rect::new(0, 0, 60, 20), Pane::Actors);
        assert!(a.single);
        assert!(a.timeline.is_none() && a.detail.is_none());
        assert_eq!(a.actors.unwrap().height, 17);
    }

    #[test]
    fn tiny_terminals_keep_the_body_first() {
        let a = areas(Rect::new(0, 0, 1, 1), Pane::Timeline);
        assert_eq!(a.timeline, Some(Rect::new(0, 0, 1, 1)));
        assert!(a.status.is_none() && a.header.is_none());
        assert_eq!(areas(Rect::new(0, 0, 0, 0), Pane::Detail), Areas::default());
    }
}
