//! The actor picker: type part of a name, native name or alias; Enter adds the actor.

use ratatui::buffer::Buffer;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::Theme;
use super::text::fit;
use crate::action::Action;
use crate::data::Data;
use crate::keymap::{Context, Keymap};
use crate::state::Picker;
use unicode_width::UnicodeWidthStr;

/// The picker's box on a screen.
pub fn area(screen: Rect) -> Rect {
    let width = screen.width.saturating_sub(2).min(64);
    let height = screen.height.saturating_sub(2).min(18);
    screen.centered(Constraint::Length(width), Constraint::Length(height))
}

/// Rows of matches visible at once (below the query line and a rule).
pub fn list_rows(screen: Rect) -> usize {
    usize::from(area(screen).height.saturating_sub(4)).max(1)
}

pub struct PickerOverlay<'a> {
    pub picker: &'a Picker,
    pub data: &'a Data,
    pub filter: &'a [usize],
    pub theme: &'a Theme,
    pub keymap: &'a Keymap,
}

impl Widget for PickerOverlay<'_> {
    fn render(self, screen: Rect, buf: &mut Buffer) {
        let PickerOverlay {
            picker,
            data,
            filter,
            theme,
            keymap,
        } = self;
        let area = area(screen);
        if area.width < 3 || area.height < 3 {
            return;
        }
        Clear.render(area, buf);
        let block = super::popup_block(
            "Filter by actor",
            keymap.legend(&[
                (Context::Picker, Action::Confirm, "adds"),
                (Context::Picker, Action::CloseOverlay, "closes"),
            ]),
            theme,
        );
        let inner = block.inner(area);
        block.render(area, buf);
        let width = usize::from(inner.width);
        let mut lines = vec![Line::from(vec![
            Span::styled("Actor: ", theme.dim),
            Span::styled(picker.input.text().to_owned(), theme.heading),
            Span::styled("▏", theme.key),
        ])];
        lines.push(Line::styled("─".repeat(width), theme.border));
        let rows = usize::from(inner.height.saturating_sub(2));
        if picker.matches.is_empty() {
            lines.push(Line::styled("No actor matches.", theme.dim));
        }
        let offset = picker.cursor.view_offset(picker.matches.len(), rows);
        // The names take what the longest shown needs, up to half the box, so that the role
        // (which tells apart actors of one name) keeps the rest.
        let name_w = picker
            .matches
            .iter()
            .skip(offset)
            .take(rows)
            .map(|&a| data.actor(a).name.width())
            .max()
            .unwrap_or(0)
            .min((width.saturating_sub(2) / 2).min(24));
        for (row, &a) in picker.matches.iter().enumerate().skip(offset).take(rows) {
            let actor = data.actor(a);
            let mark = if filter.contains(&a) { "● " } else { "  " };
            let mut detail = actor.role.clone();
            if let Some(native) = &actor.native {
                detail = format!("{native} · {detail}");
            }
            let text = format!(
                "{}{} {}",
                mark,
                fit(&actor.name, name_w),
                fit(&detail, width.saturating_sub(3 + name_w))
            );
            let mut line = Line::from(text);
            if row == picker.cursor.selected {
                line = line.style(theme.selected);
            }
            lines.push(line);
        }
        Paragraph::new(lines).render(inner, buf);
    }
}
