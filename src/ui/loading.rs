//! What the first frame shows while a large file loads: its name, a progress bar, and how
//! many bytes are read and parsed. The browser is there around it, and `q` quits.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::Line;
use ratatui::widgets::{Gauge, Paragraph, Widget};

use super::Theme;
use super::text::truncate;
use crate::state::Loading;

/// The loading screen: drawn centred in its area, 60 cells wide at most.
pub struct LoadingPane<'a> {
    /// The file's name, as the title bar gives it.
    pub source: &'a str,
    /// How far the load has come.
    pub loading: Loading,
    /// The colours.
    pub theme: &'a Theme,
}

/// `12.3 MB`: sizes in decimal megabytes, as file managers show them.
pub fn megabytes(bytes: usize) -> String {
    format!("{:.1} MB", bytes as f64 / 1e6)
}

impl LoadingPane<'_> {
    /// What the load is doing now, in words.
    pub fn stage(loading: Loading) -> String {
        let Loading {
            read,
            parsed,
            total,
        } = loading;
        if total == 0 {
            // A pipe: its size is known only at its end.
            format!("reading {}", megabytes(read))
        } else if read < total {
            format!("reading {} of {}", megabytes(read), megabytes(total))
        } else if parsed < total {
            format!("parsing {} of {}", megabytes(parsed), megabytes(total))
        } else {
            "indexing".to_owned()
        }
    }
}

impl Widget for LoadingPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let width = area.width.saturating_sub(4).min(60);
        let [_, rows, _] = Layout::vertical([
            Constraint::Fill(1),
            Constraint::Length(4),
            Constraint::Fill(1),
        ])
        .areas(area);
        let [_, column, _] = Layout::horizontal([
            Constraint::Fill(1),
            Constraint::Length(width),
            Constraint::Fill(1),
        ])
        .areas(rows);
        let [name, bar, _, stage] = Layout::vertical([Constraint::Length(1); 4]).areas(column);
        let w = usize::from(width);
        Paragraph::new(Line::styled(
            truncate(&format!("Loading {}", self.source), w).into_owned(),
            self.theme.heading,
        ))
        .render(name, buf);
        let fraction = self.loading.fraction().clamp(0.0, 1.0);
        Gauge::default()
            .ratio(fraction)
            .label(format!("{:.0}%", fraction * 100.0))
            .gauge_style(self.theme.selected)
            .render(bar, buf);
        Paragraph::new(Line::styled(
            truncate(&Self::stage(self.loading), w).into_owned(),
            self.theme.dim,
        ))
        .render(stage, buf);
    }
}
