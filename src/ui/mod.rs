//! Rendering: a pure function of a [`State`] and the [`Theme`] it is drawn in. [`draw`] (or
//! the [`Screen`] widget) draws the whole screen; each pane lives in its own file. Where things
//! go comes from [`crate::geometry`].

pub mod actors;
pub mod density;
pub mod detail;
pub mod help;
pub mod hyperlink;
pub mod loading;
pub mod network;
pub mod picker;
pub mod quotes;
pub mod quotes_view;
pub mod sources;
pub mod status;
pub mod text;
pub mod theme;
pub mod timeline;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{
    Block, BorderType, Borders, Paragraph, Scrollbar, ScrollbarOrientation, ScrollbarState,
    StatefulWidget, Widget,
};
use unicode_width::UnicodeWidthStr;

pub use status::{count_text, filter_text};
pub use theme::Theme;

use crate::action::Action;
use crate::action::Pane;
use crate::geometry;
use crate::keymap::Context;
use crate::state::{Overlay, State};

/// Draws `state` in `theme` on the whole of `frame`.
pub fn draw(frame: &mut Frame, state: &State, theme: &Theme) {
    frame.render_widget(Screen { state, theme }, frame.area());
}

/// The whole screen: a state drawn in a theme, into any area (a frame's, or a test's buffer).
#[derive(Clone, Copy)]
pub struct Screen<'a> {
    /// What is drawn.
    pub state: &'a State,
    /// What it is drawn in: colours and emphasis.
    pub theme: &'a Theme,
}

impl Widget for Screen<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Screen { state, theme } = self;
        let areas = geometry::areas_for(area, state.nav.focus, state.nav.maximised);
        if let Some(r) = areas.header {
            header(state, r, areas.single, theme, buf);
        }
        if let Some(loading) = state.status.loading
            && state.status.partial.is_none()
        {
            // Everything between the header and the status line, whatever the layout.
            let top = areas.header.map_or(area.y, |h| h.bottom());
            let bottom = areas.status.map_or(area.bottom(), |s| s.y);
            let body = Rect::new(area.x, top, area.width, bottom.saturating_sub(top));
            loading::LoadingPane {
                source: &state.source,
                loading,
                theme,
            }
            .render(body, buf);
        } else if let Some(view) = &state.nav.network {
            network::NetworkPane { state, view, theme }.render(geometry::body(area), buf);
        } else {
            render_panes(state, &areas, theme, buf);
        }
        if let Some(r) = areas.status {
            status::status(state, r, theme, buf);
        }
        if let Some(r) = areas.footer {
            status::footer(state, r, theme, buf);
        }
        render_overlay(state, area, theme, buf);
    }
}

fn render_panes(state: &State, areas: &geometry::Areas, theme: &Theme, buf: &mut Buffer) {
    if let Some(r) = areas.density {
        density::DensityStrip { state, theme }.render(r, buf);
    }
    if let Some(r) = areas.timeline {
        timeline::TimelinePane { state, theme }.render(r, buf);
    }
    if let Some(r) = areas.actors {
        actors::ActorsPane { state, theme }.render(r, buf);
    }
    if let Some(r) = areas.detail {
        detail::DetailPane { state, theme }.render(r, buf);
    }
}

fn render_overlay(state: &State, area: Rect, theme: &Theme, buf: &mut Buffer) {
    match &state.nav.overlay {
        Some(Overlay::Help { scroll }) => help::HelpOverlay {
            scroll: *scroll,
            theme,
            keymap: &state.settings.keymap,
        }
        .render(area, buf),
        Some(Overlay::Picker(picker)) => picker::PickerOverlay {
            picker,
            data: &state.data,
            filter: &state.filter.actors,
            groups: &state.filter.groups,
            places: &state.filter.places,
            theme,
            keymap: &state.settings.keymap,
        }
        .render(area, buf),
        Some(Overlay::Quotes { cursor }) => quotes::QuotesOverlay {
            state,
            cursor: *cursor,
            theme,
        }
        .render(area, buf),
        Some(Overlay::Sources { cursor, open }) => sources::SourcesOverlay {
            state,
            cursor: *cursor,
            open: *open,
            theme,
        }
        .render(area, buf),
        // The search line and the range prompt take the status line's place.
        Some(Overlay::Search { .. } | Overlay::RangePrompt { .. }) | None => {}
    }
}

/// A pane's border and title, emphasised when it has focus.
pub fn pane_block(pane: Pane, focused: bool, theme: &Theme) -> Block<'static> {
    let number = Pane::ALL.iter().position(|&p| p == pane).unwrap_or(0) + 1;
    titled_block(&format!(" {number} {} ", pane.title()), focused, theme)
}

/// An overlay's box: bordered, titled, with the keys that act on it at the bottom right.
pub fn popup_block(title: &str, legend: String, theme: &Theme) -> Block<'static> {
    Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border_focused)
        .title(Line::styled(format!(" {title} "), theme.heading))
        .title_bottom(Line::styled(legend, theme.dim).right_aligned())
}

/// Whether a right-aligned title `right` fits on the top border of a box `width` cells wide
/// beside its left title `left`, with a cell between them: ratatui would draw one over the
/// other otherwise.
pub fn titles_fit(width: u16, left: &str, right: &str) -> bool {
    use unicode_width::UnicodeWidthStr;
    left.width() + right.width() + 3 <= usize::from(width)
}

/// A bordered block with a title, emphasised when it has focus.
pub fn titled_block(title: &str, focused: bool, theme: &Theme) -> Block<'static> {
    let (border, title_style) = if focused {
        (theme.border_focused, theme.border_focused)
    } else {
        (theme.border, theme.dim)
    };
    Block::default()
        .borders(Borders::ALL)
        .border_type(if focused {
            BorderType::Thick
        } else {
            BorderType::Plain
        })
        .border_style(border)
        .title(Line::styled(title.to_owned(), title_style))
}

/// A vertical scrollbar on the right edge of `area` when `len` rows do not fit in `rows`.
pub fn scrollbar(
    area: Rect,
    len: usize,
    offset: usize,
    rows: usize,
    theme: &Theme,
    buf: &mut Buffer,
) {
    if len <= rows || area.height == 0 || area.width == 0 {
        return;
    }
    let mut state = ScrollbarState::new(len.saturating_sub(rows)).position(offset);
    Scrollbar::new(ScrollbarOrientation::VerticalRight)
        .begin_symbol(None)
        .end_symbol(None)
        .track_style(theme.border)
        .thumb_style(theme.dim)
        .render(area, buf, &mut state);
}

fn header(state: &State, area: Rect, single: bool, theme: &Theme, buf: &mut Buffer) {
    let mut spans = vec![Span::styled(" readout ", theme.heading)];
    if single {
        for (pane, _) in geometry::tab_areas(area) {
            let style = if pane == state.nav.focus {
                theme.selected
            } else {
                theme.dim
            };
            let n = Pane::ALL.iter().position(|&p| p == pane).unwrap_or(0) + 1;
            spans.push(Span::raw(" "));
            spans.push(Span::styled(format!("{n} {}", pane.title()), style));
        }
    } else {
        spans.push(Span::styled("│ ", theme.dim));
        spans.push(Span::raw(state.data.title().to_owned()));
    }
    // No title yet while the data loads: the file's name stands alone.
    let dot = if state.data.title().is_empty() {
        ""
    } else {
        " · "
    };
    let right = state
        .settings
        .keymap
        .label(Context::Global, Action::ToggleHelp)
        .map_or_else(String::new, |k| format!(" {k} help "));
    let room = usize::from(area.width);
    let source = format!("{dot}{}", state.source);
    let used: usize = spans.iter().map(|s| s.content.width()).sum();
    if !single && used + source.width() + right.width() < room {
        spans.push(Span::styled(source, theme.dim));
    }
    let used: usize = spans.iter().map(|s| s.content.width()).sum();
    if used + right.width() < room {
        spans.push(Span::raw(" ".repeat(room - used - right.width())));
        spans.push(Span::styled(right, theme.dim));
    }
    Paragraph::new(Line::from(spans))
        .style(theme.header)
        .render(area, buf);
}
