//! The status line (the message, the active filters, the count of interactions shown, the
//! line being edited) and the footer of key hints read from the keymap.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use unicode_width::UnicodeWidthStr;

use super::Theme;
use super::network;
use super::text::truncate;
use crate::action::Action;
use crate::action::Pane;
use crate::geometry;
use crate::state::{Overlay, State};

/// The active filters, in words: `all of Antony Blinken, Ilham Aliyev · “tbilisi” · 2022-07`.
/// Every active filter as the status line says it: `Blinken, Mirzoyan (all of; took part)
/// · Russia (RUS) · kind: call · verbal conflict · “talks” · 2022`.
pub fn filter_text(state: &State) -> String {
    let f = &state.filter;
    let mut parts = Vec::new();
    if f.terms() > 0 {
        let mut names: Vec<&str> = f
            .actors
            .iter()
            .map(|&a| state.data.actor(a).name.as_str())
            .collect();
        names.extend(f.groups.iter().map(|g| g.label.as_str()));
        if names.len() == 1 {
            parts.push(format!("{}: {}", names[0], f.role.label()));
        } else {
            parts.push(format!(
                "{} {} ({})",
                f.mode.label(),
                names.join(", "),
                f.role.label()
            ));
        }
    }
    if !f.places.is_empty() {
        let names: Vec<&str> = f
            .places
            .iter()
            .filter_map(|&p| state.data.places().get(p).map(|p| p.name.as_str()))
            .collect();
        parts.push(format!("at {}", names.join(" or ")));
    }
    if let Some(k) = f.kind {
        parts.push(format!("kind: {}", k.label()));
    }
    if let Some(c) = f.class {
        parts.push(c.label().to_owned());
    }
    if let Some(r) = f.root {
        parts.push(format!("CAMEO {r:02}"));
    }
    if !f.search.is_empty() {
        parts.push(format!("“{}”", f.search.text().trim()));
    }
    let range = crate::query::range_text(f.since, f.until);
    if !range.is_empty() {
        parts.push(range);
    }
    parts.join(" · ")
}

fn edited_line(prompt: &str, input: &crate::line::LineInput, theme: &Theme) -> Vec<Span<'static>> {
    let text = input.text();
    let at = text
        .char_indices()
        .map(|(i, _)| i)
        .find(|&i| text[..i].width() >= input.cursor_column())
        .unwrap_or(text.len());
    let under = text[at..].chars().next();
    let after = under.map_or(text.len(), |c| at + c.len_utf8());
    vec![
        Span::styled(prompt.to_owned(), theme.key),
        Span::raw(text[..at].to_owned()),
        Span::styled(
            under.map_or(" ".to_owned(), String::from),
            ratatui::style::Style::new().add_modifier(ratatui::style::Modifier::REVERSED),
        ),
        Span::raw(text[after..].to_owned()),
    ]
}

/// The `N of M interactions` count; while a preview of the file is shown, `N of M+
/// interactions · loading 34%` (as csvlens counts `Row 1/951587+`): the data shown so far,
/// and how far the whole file has loaded.
pub fn count_text(state: &State) -> String {
    let searching = if state.status.searching {
        "searching… "
    } else {
        ""
    };
    if let Some(loading) = state.status.loading {
        let percent = loading_percent(loading);
        if state.status.partial.is_some() {
            return format!(
                "{searching}{} of {}+ interactions · loading {percent}%",
                state.lists.visible.len(),
                state.data.interactions().len()
            );
        }
        // Like a pager that counts rows as it indexes: a number that says "not yet all".
        return format!("loading… {percent}%");
    }
    format!(
        "{searching}{} of {} interactions",
        state.lists.visible.len(),
        state.data.interactions().len()
    )
}

/// How far a load has come, in whole percent: `34`.
pub fn loading_percent(loading: crate::state::Loading) -> String {
    format!("{:.0}", loading.fraction() * 100.0)
}

pub(super) fn status(state: &State, area: Rect, theme: &Theme, buf: &mut Buffer) {
    let count = format!(" {} ", count_text(state));
    let width = usize::from(area.width);
    match &state.nav.overlay {
        Some(Overlay::Search { input }) => {
            let mut spans = edited_line(" /", input, theme);
            let used: usize = spans.iter().map(|s| s.content.width()).sum();
            if used + count.width() <= width {
                spans.push(Span::raw(" ".repeat(width - used - count.width())));
                spans.push(Span::raw(count));
            }
            Paragraph::new(Line::from(spans))
                .style(theme.status)
                .render(area, buf);
            return;
        }
        Some(Overlay::RangePrompt { input, error }) => {
            let mut spans = edited_line(" Range: ", input, theme);
            match error {
                // Too long for what the line has left: the footer's row says it instead.
                Some(_) if range_error_row(state).is_some() => {}
                Some(e) => {
                    let used: usize = spans.iter().map(|s| s.content.width()).sum();
                    let e = truncate(&format!("  {e}"), width.saturating_sub(used)).into_owned();
                    spans.push(Span::styled(e, theme.message));
                }
                None => {
                    let now = crate::query::range_text(state.filter.since, state.filter.until);
                    let now = if now.is_empty() {
                        "none".to_owned()
                    } else {
                        now
                    };
                    spans.push(Span::styled(
                        format!(
                            "  2022, 2022-07, 2022-07..2022-10, 2023..; empty clears (now: {now})"
                        ),
                        theme.dim,
                    ))
                }
            }
            Paragraph::new(Line::from(spans))
                .style(theme.status)
                .render(area, buf);
            return;
        }
        _ => {}
    }
    let message = state
        .status
        .message
        .as_ref()
        .or(state.status.reload_error.as_ref());
    let (left, style) = match message {
        Some(m) => (format!(" {m}"), theme.message),
        None => {
            let f = filter_text(state);
            if f.is_empty() {
                (" No filter".to_owned(), theme.status)
            } else {
                (format!(" Filter: {f}"), theme.status)
            }
        }
    };
    let room = width.saturating_sub(count.width());
    let left = truncate(&left, room).into_owned();
    let pad = width.saturating_sub(left.width() + count.width());
    let line = if count.width() > width {
        Line::from(truncate(count.trim(), width).into_owned())
    } else {
        Line::from(vec![
            Span::styled(left, style),
            Span::raw(" ".repeat(pad)),
            Span::raw(count),
        ])
    };
    Paragraph::new(line).style(theme.status).render(area, buf);
}

/// How much the footer wants the hint of `action` now: 0 most, `None` when it would do nothing
/// (clear with no filter, copy with no quote). The focused pane's or overlay's own hints, help
/// and quit come first; moving, changing panes and copying, which a reader learns first or
/// uses least, go first when the row is short.
fn hint_rank(state: &State, action: Action, own: bool) -> Option<u8> {
    let selected = state
        .selected_interaction()
        .map(|i| state.data.interaction(i))
        .filter(|_| {
            matches!(
                state.detail_subject(),
                crate::state::DetailSubject::Interaction(_)
            )
        });
    let rank = match action {
        Action::ClearFilters if state.filter == state.cleared_filter() => return None,
        Action::CopyQuote if selected.is_none_or(|it| it.quotes.is_empty()) => return None,
        Action::CopyUrl | Action::OpenUrl
            if selected.is_none_or(|it| it.sources.iter().all(|s| s.url.is_none())) =>
        {
            return None;
        }
        _ if own => 0,
        Action::ToggleHelp | Action::Quit | Action::CloseOverlay => 0,
        Action::OpenPicker | Action::OpenSearch => 1,
        Action::OpenRangePrompt | Action::ClearFilters => 2,
        Action::TogglePairs if state.nav.focus == Pane::Actors => 0,
        Action::TogglePairs | Action::ToggleMaximise => 3,
        Action::CopyQuote | Action::CopyUrl | Action::OpenUrl => 4,
        Action::MoveDown | Action::FocusNext => 5,
        _ => 4,
    };
    Some(rank)
}

/// The range prompt's error, when it does not fit on the status line after what was typed
/// and the screen has a footer row to say it on instead.
fn range_error_row(state: &State) -> Option<&str> {
    let Some(Overlay::RangePrompt {
        input,
        error: Some(e),
    }) = &state.nav.overlay
    else {
        return None;
    };
    let areas = geometry::areas_for(
        Rect::new(0, 0, state.width, state.height),
        state.nav.focus,
        state.nav.maximised,
    );
    areas.footer?;
    let used = " Range: ".width() + input.text().width() + 1;
    (used + 2 + e.width() > usize::from(state.width)).then_some(e.as_str())
}

pub(super) fn footer(state: &State, area: Rect, theme: &Theme, buf: &mut Buffer) {
    if let Some(e) = range_error_row(state) {
        let e = truncate(e, usize::from(area.width).saturating_sub(1));
        Paragraph::new(Line::styled(format!(" {e}"), theme.message)).render(area, buf);
        return;
    }
    let mode = state.mode();
    let own = state.settings.keymap.own_hints(mode);
    // The hints that mean something now, each with how much it is wanted (0 most).
    let ranked: Vec<((String, &str), u8)> = state
        .settings
        .keymap
        .hint_actions(mode)
        .into_iter()
        .enumerate()
        .filter_map(|(i, (keys, word, action))| {
            let word = network::hint_word(state, action, word)?;
            hint_rank(state, action, i < own).map(|rank| ((keys, word), rank))
        })
        .collect();
    // When not every hint fits, the least wanted go first; the kept ones show in table order.
    let mut order: Vec<usize> = (0..ranked.len()).collect();
    order.sort_by_key(|&i| ranked[i].1);
    let room = usize::from(area.width);
    let mut used = 0;
    let mut keep = vec![false; ranked.len()];
    for i in order {
        let (keys, word) = &ranked[i].0;
        let w = keys.width() + word.width() + 3;
        if used + w <= room {
            used += w;
            keep[i] = true;
        }
    }
    let hints: Vec<(String, &str)> = ranked.into_iter().map(|(h, _)| h).collect();
    let mut spans = Vec::new();
    for ((keys, word), _) in hints.into_iter().zip(keep).filter(|(_, k)| *k) {
        spans.push(Span::raw(" "));
        spans.push(Span::styled(keys, theme.key));
        spans.push(Span::raw(" "));
        spans.push(Span::styled(word, theme.dim));
        spans.push(Span::raw(" "));
    }
    Paragraph::new(Line::from(spans)).render(area, buf);
}
