//! Where each part of the screen goes, as a pure function of the terminal's size and focus.
//! Rendering draws into these areas; `update` asks them how many rows a page has.

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

/// The tab bar's labels, after the app's name: where each pane's tab stands in the header.
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

/// The pane whose tab is at column `x` of the header.
pub fn tab_at(header: Rect, x: u16) -> Option<Pane> {
    tab_areas(header)
        .into_iter()
        .find(|(_, r)| r.x <= x && x < r.right())
        .map(|(p, _)| p)
}

#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Areas {
    /// The title bar, or the tab bar when one pane is shown at a time.
    pub header: Option<Rect>,
    /// The density strip above the timeline: interactions per month.
    pub density: Option<Rect>,
    pub timeline: Option<Rect>,
    pub actors: Option<Rect>,
    pub detail: Option<Rect>,
    pub status: Option<Rect>,
    pub footer: Option<Rect>,
    /// Whether panes are stacked one at a time (narrow terminals).
    pub single: bool,
}

impl Areas {
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

/// The rows inside a pane's border that hold list items (the timeline also loses one to its
/// column header).
pub fn list_rows(area: Rect, pane: Pane) -> usize {
    let inner = area.height.saturating_sub(2);
    let header = u16::from(pane == Pane::Timeline && inner >= 3);
    usize::from(inner - header)
}

/// The text width inside a pane's border, less the scrollbar column.
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
