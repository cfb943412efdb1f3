//! The network view: edges drawn in braille on ratatui's `Canvas`, tinted by each pair's
//! dominant CAMEO quad class, and the actors' labels over them where
//! [`crate::network::layout`] put them. Below a legible size, the actors as a list instead.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::symbols::Marker;
use ratatui::text::{Line, Span};
use ratatui::widgets::canvas::{Canvas, Line as CanvasLine};
use ratatui::widgets::{Paragraph, Widget};

use unicode_width::UnicodeWidthStr;

use super::text::{count_width, fit, fit_right, truncate};
use super::{Theme, scrollbar, titled_block};
use crate::action::Action;
use crate::network::Edge;
use crate::network::layout::{MIN_HEIGHT, MIN_WIDTH};
use crate::query::range_text;
use crate::state::{NetworkView, State};

/// The network view of a state, drawn over the whole body.
pub struct NetworkPane<'a> {
    /// The state drawn.
    pub state: &'a State,
    /// Its network view.
    pub view: &'a NetworkView,
    /// The colours it is drawn in.
    pub theme: &'a Theme,
}

/// The footer's word for the hint of `action`, where what the key does depends on what is
/// shown: `word` as the key table gives it, another word, or `None` where the key would do
/// nothing (`e` on an actor that shares its country with no one).
///
/// Enter in the whole network centres the view on the actor, while in one actor's circle it
/// filters the timeline to the pair, and `W` there goes back to a circle; over the network
/// view, the keys that act on the panes it hides are not offered; Enter in the source
/// chooser copies or opens; `e` expands a folded country and folds an expanded one; `s` in
/// the Timeline has nothing to cycle through in data without coded fields.
pub fn hint_word(state: &State, action: Action, word: &'static str) -> Option<&'static str> {
    use crate::query::ActorRow;
    use crate::state::Overlay;
    let network = state
        .nav
        .network
        .as_ref()
        .filter(|_| state.nav.overlay.is_none());
    match action {
        Action::Confirm => match (&state.nav.overlay, network) {
            (None, Some(view)) if view.centre.is_none() => Some("centre"),
            (Some(Overlay::Sources { open: true, .. }), _) => Some("open"),
            (Some(Overlay::Sources { open: false, .. }), _) => Some("copy"),
            _ => Some(word),
        },
        // In the whole network, `W` goes back to one actor's circle.
        Action::WidenNetwork if network.is_some_and(|v| v.centre.is_none()) => Some("circle"),
        // Over the network view, these act on the panes it hides: nothing to see.
        Action::TogglePairs
        | Action::ToggleQuotes
        | Action::ToggleMaximise
        | Action::CopyQuote
        | Action::CopyInteraction
        | Action::CopyUrl
        | Action::OpenUrl
            if network.is_some() =>
        {
            None
        }
        Action::ToggleGroup => {
            if state.nav.actors_view != crate::state::ActorsView::Actors || !state.lists.grouping.on
            {
                return None;
            }
            match state.selected_row()? {
                ActorRow::Group(g) => {
                    let key = &state.lists.facets.countries.get(g)?.key;
                    Some(if state.lists.grouping.expanded.contains(key) {
                        "fold"
                    } else {
                        word
                    })
                }
                ActorRow::Member(_) => Some("fold"),
                ActorRow::Actor(_) => None,
            }
        }
        Action::SortTimeline
            if state.lists.facets.sorts.len() < 2
                || state.nav.timeline_view == crate::state::TimelineView::Quotes =>
        {
            None
        }
        _ => Some(word),
    }
}

/// The line colour of a class's tint: its foreground, or the terminal's own.
fn tint(theme: &Theme, class: Option<crate::data::Class>) -> Color {
    theme.class(class).fg.unwrap_or(Color::Reset)
}

impl NetworkPane<'_> {
    /// The edge between the centre and the selected actor (in the whole network, the selected
    /// actor's heaviest edge).
    fn selected_edge(&self) -> Option<&Edge> {
        let selected = self.view.selected()?;
        match self.view.centre {
            Some(c) => self.view.graph.edge(c, selected),
            None => self.view.graph.edges_of(selected).next(),
        }
    }

    fn name(&self, actor: usize) -> &str {
        &self.state.data.actor(actor).name
    }

    fn title(&self) -> String {
        match self.view.centre {
            Some(c) => format!(" Network: {} ", self.name(c)),
            None => " Network: every actor of the filtered interactions ".to_owned(),
        }
    }

    /// The top right: how many are shown, and how many are not.
    fn counts(&self) -> String {
        let v = self.view;
        let shown = if v.drawn {
            v.drawing.nodes.len()
        } else {
            v.items.len()
        };
        let what = match v.centre {
            Some(_) if shown == 1 => "counterpart",
            Some(_) => "counterparts",
            None if shown == 1 => "actor",
            None => "actors",
        };
        let weight = match (v.centre, v.drawn, v.drawing.min_weight) {
            (None, true, w) if w > 1 => format!(", pairs of {w}+"),
            _ => String::new(),
        };
        let more = if v.drawn && v.drawing.hidden > 0 {
            format!(" · +{} more", v.drawing.hidden)
        } else {
            String::new()
        };
        format!(" {shown} {what}{weight}{more} ")
    }

    /// The bottom line: what passed between the selected pair.
    fn about(&self) -> String {
        let Some(e) = self.selected_edge() else {
            return String::new();
        };
        let who = format!("{} — {}", self.view.label(e.a), self.view.label(e.b));
        let n = if e.count == 1 {
            "1 interaction".to_owned()
        } else {
            format!("{} interactions", e.count)
        };
        let when = if e.first == e.last {
            e.first.to_string()
        } else {
            range_text(Some(e.first), Some(e.last))
        };
        let class = e
            .class()
            .map(|c| format!(" · mostly {}", c.label()))
            .unwrap_or_default();
        format!(" {who} · {n} · {when}{class} ")
    }
}

impl Widget for NetworkPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        let room = usize::from(area.width.saturating_sub(4));
        let counts = truncate(&self.counts(), room).into_owned();
        let title_room = room.saturating_sub(counts.width() + 1);
        let block = titled_block(&truncate(&self.title(), title_room), true, theme)
            .title_top(Line::styled(counts, theme.dim).right_aligned())
            .title_bottom(Line::styled(
                truncate(&self.about(), room).into_owned(),
                theme.class(self.selected_edge().and_then(Edge::class)),
            ));
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.is_empty() {
            return;
        }
        if !self.view.drawn {
            return self.render_list(inner, buf);
        }
        if self.view.drawing.nodes.is_empty() {
            let text = match self.view.centre {
                Some(c) => format!(
                    "{} shares no interaction with another actor in the filtered interactions.",
                    self.name(c)
                ),
                None => {
                    "No two actors share an interaction in the filtered interactions.".to_owned()
                }
            };
            let y = inner.y + inner.height / 2;
            Paragraph::new(
                Line::styled(
                    truncate(&text, usize::from(inner.width)).into_owned(),
                    theme.dim,
                )
                .centered(),
            )
            .render(Rect::new(inner.x, y, inner.width, 1), buf);
            if let Some(c) = self.view.drawing.centre {
                self.label(c.actor, c.label, theme.heading, buf);
            }
            return;
        }
        self.render_drawing(inner, buf);
    }
}

impl NetworkPane<'_> {
    fn render_drawing(&self, inner: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        let d = &self.view.drawing;
        let selected = self.view.selected();
        // Cell (column, row) → the canvas's coordinates, at the cell's middle; the canvas's y
        // grows upwards.
        let (w, h) = (f64::from(inner.width), f64::from(inner.height));
        let point = |(x, y): (u16, u16)| {
            (
                f64::from(x - inner.x) + 0.5,
                h - f64::from(y - inner.y) - 0.5,
            )
        };
        let is_selected = |e: &crate::network::layout::DrawnEdge| {
            selected.is_some_and(|s| {
                (e.a == s || e.b == s) && self.view.centre.is_none_or(|c| e.a == c || e.b == c)
            })
        };
        Canvas::default()
            .marker(Marker::Braille)
            .x_bounds([0.0, w])
            .y_bounds([0.0, h])
            .paint(|ctx| {
                // The selected actor's edges last, so they stay whole where lines cross.
                for pass in [false, true] {
                    for e in d.edges.iter().filter(|e| is_selected(e) == pass) {
                        let (x1, y1) = point(e.from);
                        let (x2, y2) = point(e.to);
                        ctx.draw(&CanvasLine {
                            x1,
                            y1,
                            x2,
                            y2,
                            color: tint(theme, e.class),
                        });
                    }
                }
            })
            .render(inner, buf);
        if let Some(c) = d.centre {
            self.label(c.actor, c.label, theme.heading, buf);
        }
        for p in &d.nodes {
            let class = match self.view.centre {
                Some(c) => self.view.graph.edge(c, p.actor).and_then(Edge::class),
                None => None,
            };
            let mut style = theme.class(class);
            if self.state.filter.actors.contains(&p.actor) {
                style = style.patch(theme.marked);
            }
            if Some(p.actor) == selected {
                style = style.patch(theme.selected);
            }
            self.label(p.actor, p.label, style, buf);
        }
    }

    /// An actor's label in its cells, cut to fit.
    fn label(&self, actor: usize, cells: Rect, style: Style, buf: &mut Buffer) {
        let text = fit(self.view.label(actor), usize::from(cells.width));
        buf.set_stringn(cells.x, cells.y, &text, usize::from(cells.width), style);
    }

    /// Below a legible size: says so, and lists the actors with their weights.
    fn render_list(&self, inner: Rect, buf: &mut Buffer) {
        let theme = self.theme;
        let v = self.view;
        let note =
            format!("Too small to draw the network (it needs {MIN_WIDTH}×{MIN_HEIGHT}): as a list");
        Paragraph::new(Line::styled(
            truncate(&note, usize::from(inner.width)).into_owned(),
            theme.dim,
        ))
        .render(Rect::new(inner.x, inner.y, inner.width, 1), buf);
        let list = Rect::new(
            inner.x,
            inner.y + 1,
            inner.width,
            inner.height.saturating_sub(1),
        );
        if list.is_empty() {
            return;
        }
        let rows = usize::from(list.height);
        let len = v.items.len();
        let offset = v.cursor.view_offset(len, rows);
        let width = usize::from(list.width.saturating_sub(1));
        // Each row on screen: its actor, its count (with the centre, or in all) and its class.
        let shown: Vec<_> = (v.items.iter().enumerate())
            .skip(offset)
            .take(rows)
            .map(|(row, &actor)| {
                let (count, class) = match v.centre {
                    Some(c) => v
                        .graph
                        .edge(c, actor)
                        .map_or((0, None), |e| (e.count, e.class())),
                    None => (v.graph.strength(actor), None),
                };
                (row, actor, count, class)
            })
            .collect();
        let count_w = count_width(shown.iter().map(|s| s.2), 5).min(width);
        let name_w = width - count_w;
        for (row, actor, count, class) in shown {
            let mut style = theme.class(class);
            if row == v.cursor.selected {
                style = style.patch(theme.selected);
            }
            let line = Line::from(vec![
                Span::raw(fit(self.name(actor), name_w)),
                Span::raw(fit_right(&count.to_string(), count_w)),
            ])
            .style(style);
            let y = list.y + (row - offset) as u16;
            Paragraph::new(line).render(Rect::new(list.x, y, list.width.saturating_sub(1), 1), buf);
        }
        scrollbar(list, len, offset, rows, theme, buf);
    }
}
