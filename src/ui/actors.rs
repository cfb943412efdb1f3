//! The Actors pane: every actor with their role and number of interactions.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::text::{count_width, fit, fit_right};
use super::{Theme, pane_block, scrollbar};
use crate::action::Pane;
use crate::query::ActorRow;
use crate::state::{ActorSort, ActorsView, State};

/// The Actors pane of a state: its actors (countries folded into one row while grouping is
/// on), or, in the relationships view, its pairs.
pub struct ActorsPane<'a> {
    /// The state drawn.
    pub state: &'a State,
    /// The colours it is drawn in.
    pub theme: &'a Theme,
}

impl Widget for ActorsPane<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let ActorsPane { state, theme } = self;
        if state.nav.actors_view == ActorsView::Pairs {
            return render_pairs(state, theme, area, buf);
        }
        let focused = state.nav.focus == Pane::Actors;
        let n = state.filter.actors.len();
        let mut block = pane_block(Pane::Actors, focused, theme);
        let mut right = Vec::new();
        if state.filtered() {
            right.push(format!(
                "{}/{} active",
                state.lists.counts.active, state.lists.counts_all.active
            ));
        }
        if n > 0 {
            right.push(format!("{n} in filter"));
        }
        // What does not fit beside the pane's own title goes, from the last part.
        let left = format!(" 2 {} ", Pane::Actors.title());
        while !right.is_empty()
            && !super::titles_fit(area.width, &left, &format!(" {} ", right.join(" · ")))
        {
            right.pop();
        }
        if !right.is_empty() {
            block = block.title_top(
                Line::from(format!(" {} ", right.join(" · ")))
                    .style(theme.marked)
                    .right_aligned(),
            );
        }
        let inner = block.inner(area);
        block.render(area, buf);
        if inner.width == 0 || inner.height == 0 {
            return;
        }
        if state.lists.actor_rows.is_empty() {
            Paragraph::new(Line::styled("The dataset has no actors.", theme.dim))
                .render(inner, buf);
            return;
        }
        let width = usize::from(inner.width.saturating_sub(1));
        let filtered = state.filtered();
        let rows = usize::from(inner.height);
        let len = state.lists.actor_rows.len();
        let offset = state.nav.actors.view_offset(len, rows);
        let shown: Vec<(usize, RowText)> = (state.lists.actor_rows.iter().enumerate())
            .skip(offset)
            .take(rows)
            .map(|(row, &item)| (row, row_text(state, item)))
            .collect();
        // mark (2) name … role … count: "12/43", the filtered set beside the whole, when
        // filtered and there is room, else the one count. Wide enough for the widest count on
        // screen and a space before it (at least 4 cells, or 8), so that a count is never cut
        // nor run into the role.
        let both = filtered && width >= 36;
        let count_text = |t: &RowText| {
            let (count, all) = t.count;
            if both {
                format!("{count}/{all}")
            } else {
                count.to_string()
            }
        };
        let count_w = count_width(
            shown.iter().map(|(_, t)| count_text(t)),
            if both { 8 } else { 4 },
        );
        let body = width.saturating_sub(2 + count_w);
        let name_w = if body >= 30 {
            (body * 11 / 20).min(26)
        } else {
            body
        };
        let role_w = body.saturating_sub(name_w + 1);
        for (row, text) in shown {
            let count = count_text(&text);
            let RowText {
                name,
                role,
                in_filter,
                member_in_filter,
                active,
                ..
            } = text;
            let selected = row == state.nav.actors.selected;
            let mut spans = vec![
                Span::styled(
                    match (in_filter, member_in_filter) {
                        (true, _) => "● ",
                        (_, true) => "○ ",
                        _ => "  ",
                    },
                    theme.marked,
                ),
                Span::raw(fit(&name, name_w)),
            ];
            if role_w > 0 {
                spans.push(Span::raw(" "));
                spans.push(Span::styled(fit(&role, role_w), theme.dim));
            }
            spans.push(Span::raw(fit_right(&count, count_w)));
            let mut line = Line::from(spans);
            if filtered && !active {
                line = line.style(theme.dim);
            }
            if selected {
                line = line.style(if focused {
                    theme.selected
                } else {
                    theme.selected_unfocused
                });
            }
            let y = inner.y + (row - offset) as u16;
            Paragraph::new(line)
                .render(Rect::new(inner.x, y, inner.width.saturating_sub(1), 1), buf);
        }
        scrollbar(inner_rows(area, inner), len, offset, rows, theme, buf);
    }
}

/// What a row of the Actors pane says.
struct RowText {
    name: String,
    role: String,
    in_filter: bool,
    /// A folded country one of whose actors is in the filter.
    member_in_filter: bool,
    /// In the filtered set, and in the whole dataset.
    count: (u32, u32),
    /// Whether it has anything in the filtered set.
    active: bool,
}

/// An actor's row, a country's row (`▸ ARMENIA (ARM)`, `4 actors`, the country's counts), or
/// an actor listed under its country's row (indented).
fn row_text(state: &State, row: ActorRow) -> RowText {
    match row {
        ActorRow::Actor(a) | ActorRow::Member(a) => {
            let actor = state.data.actor(a);
            let indent = if matches!(row, ActorRow::Member(_)) {
                "  "
            } else {
                ""
            };
            RowText {
                name: format!("{indent}{}", actor.name),
                role: actor.role.clone(),
                in_filter: state.filter.actors.contains(&a),
                member_in_filter: false,
                count: state.actor_count(a),
                active: state.lists.counts.get(a).any > 0,
            }
        }
        ActorRow::Group(g) => {
            let country = &state.lists.facets.countries[g];
            let open = state.lists.grouping.expanded.contains(&country.key);
            let (now, all) = (state.lists.counts.group(g), state.lists.counts_all.group(g));
            let count = match state.lists.actor_sort {
                ActorSort::Mediated => (now.mediated, all.mediated),
                _ => (
                    now.matched(state.filter.role),
                    all.matched(state.filter.role),
                ),
            };
            RowText {
                name: format!("{} {}", if open { "▾" } else { "▸" }, country.label),
                role: format!("{} actors", country.members.len()),
                in_filter: state.filter.groups.iter().any(|x| x.key == country.key),
                member_in_filter: !open
                    && country
                        .members
                        .iter()
                        .any(|a| state.filter.actors.contains(a)),
                count,
                active: now.any > 0,
            }
        }
    }
}

fn inner_rows(area: Rect, inner: Rect) -> Rect {
    Rect::new(area.x, inner.y, area.width, inner.height)
}

/// The relationships view: pairs of actors, most interactions first.
fn render_pairs(state: &State, theme: &Theme, area: Rect, buf: &mut Buffer) {
    let focused = state.nav.focus == Pane::Actors;
    let left = " 2 Relationships ";
    let pairs = format!(
        "{} pair{}",
        state.lists.pairs.len(),
        if state.lists.pairs.len() == 1 {
            ""
        } else {
            "s"
        }
    );
    // The link's name goes first when the border is too short for both titles.
    let right = [
        format!(" {} · {pairs} ", state.lists.link.short()),
        format!(" {pairs} "),
    ]
    .into_iter()
    .find(|right| super::titles_fit(area.width, left, right));
    let mut block = super::titled_block(left, focused, theme);
    if let Some(right) = right {
        block = block.title_top(Line::from(right).style(theme.marked).right_aligned());
    }
    let inner = block.inner(area);
    block.render(area, buf);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    if state.lists.pairs.is_empty() {
        let what = match state.lists.link {
            crate::query::Link::Together => "No two actors took part together",
            crate::query::Link::Mediation => "No one mediated",
            crate::query::Link::Speech => "No one is quoted",
        };
        let scope = if state.filtered() {
            " in the filtered interactions."
        } else {
            " in this dataset."
        };
        Paragraph::new(Line::styled(format!("{what}{scope}"), theme.dim))
            .wrap(ratatui::widgets::Wrap { trim: true })
            .render(inner, buf);
        return;
    }
    let width = usize::from(inner.width.saturating_sub(1));
    let rows = usize::from(inner.height);
    let len = state.lists.pairs.len();
    let offset = state.nav.pairs.view_offset(len, rows);
    let shown = state.lists.pairs.iter().skip(offset).take(rows);
    let count_w = count_width(shown.map(|p| p.count), 4);
    let date_w = if width >= 40 { 11 } else { 0 };
    let names_w = width.saturating_sub(count_w + date_w);
    for (row, p) in state.lists.pairs.iter().enumerate().skip(offset).take(rows) {
        let names = format!("{} — {}", short(state, p.a), short(state, p.b));
        let mut text = fit(&names, names_w);
        text.push_str(&fit_right(&p.count.to_string(), count_w));
        if date_w > 0 {
            text.push(' ');
            text.push_str(&fit(&p.last.to_string(), date_w - 1));
        }
        let mut style = theme.class(p.class);
        if row == state.nav.pairs.selected {
            style = style.patch(if focused {
                theme.selected
            } else {
                theme.selected_unfocused
            });
        }
        let y = inner.y + (row - offset) as u16;
        Paragraph::new(Line::styled(text, style))
            .render(Rect::new(inner.x, y, inner.width.saturating_sub(1), 1), buf);
    }
    scrollbar(inner_rows(area, inner), len, offset, rows, theme, buf);
}

fn short(state: &State, actor: usize) -> &str {
    super::timeline::short_name(&state.data, &state.data.actor(actor).id)
}
