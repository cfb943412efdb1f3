//! The actor picker: type part of a name, native name or alias; Enter adds the actor.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::Theme;
use super::text::fit;
use crate::action::Action;
use crate::data::Data;
use crate::geometry::picker_area;
use crate::keymap::{Context, Keymap};
use crate::query::groups::member_names;
use crate::query::{Group, GroupKind};
use crate::state::{PickItem, Picker};
use unicode_width::UnicodeWidthStr;

/// The actor picker, drawn centred on the screen it is given ([`picker_area`]).
pub struct PickerOverlay<'a> {
    /// The query, its matches and the cursor.
    pub picker: &'a Picker,
    /// What the matches index.
    pub data: &'a Data,
    /// The actors in the filter (actor indices), marked `●`.
    pub filter: &'a [usize],
    /// The countries and organisations in the filter.
    pub groups: &'a [Group],
    /// The places in the filter.
    pub places: &'a [usize],
    /// What it is drawn in.
    pub theme: &'a Theme,
    /// For the keys its legend names.
    pub keymap: &'a Keymap,
}

impl Widget for PickerOverlay<'_> {
    fn render(self, screen: Rect, buf: &mut Buffer) {
        let PickerOverlay {
            picker,
            data,
            filter,
            groups,
            places,
            theme,
            keymap,
        } = self;
        let area = picker_area(screen);
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
        if picker.is_empty() {
            lines.push(Line::styled(
                "No actor, country or organisation matches.",
                theme.dim,
            ));
        }
        let len = picker.len();
        let offset = picker.cursor.view_offset(len, rows);
        // The names take what the longest shown needs, up to half the box, so that the role
        // (which tells apart actors of one name) keeps the rest.
        let name_w = (offset..len)
            .take(rows)
            .map(|row| match picker.item(row) {
                Some(PickItem::Actor(a)) => data.actor(a).name.width(),
                Some(PickItem::Group(g)) => g.label.width(),
                Some(PickItem::Place(p)) => data.places()[p].name.width(),
                None => 0,
            })
            .max()
            .unwrap_or(0)
            .min((width.saturating_sub(2) / 2).min(24));
        for row in (offset..len).take(rows) {
            let a = match picker.item(row) {
                Some(PickItem::Actor(a)) => a,
                Some(PickItem::Group(g)) => {
                    let mark = if groups.iter().any(|x| x.key == g.key) {
                        "● "
                    } else {
                        "  "
                    };
                    let what = match g.kind {
                        GroupKind::Country => format!("every actor of {}", g.key),
                        GroupKind::Affiliation => "it and everyone in it".to_owned(),
                    };
                    let detail = format!("{what}: {}", member_names(data, g, 6));
                    let text = format!(
                        "{}{} {}",
                        mark,
                        fit(&g.label, name_w),
                        fit(&detail, width.saturating_sub(3 + name_w))
                    );
                    let mut line = Line::styled(text, theme.heading);
                    if row == picker.cursor.selected {
                        line = line.style(theme.selected);
                    }
                    lines.push(line);
                    continue;
                }
                Some(PickItem::Place(p)) => {
                    let place = &data.places()[p];
                    let mark = if places.contains(&p) { "● " } else { "  " };
                    let mut names: Vec<&str> = place.native.iter().map(String::as_str).collect();
                    names.extend(place.aliases.iter().map(String::as_str));
                    let detail = format!(
                        "place, {} interactions: {}",
                        data.interactions_at(p).len(),
                        names.join(", ")
                    );
                    let text = format!(
                        "{}{} {}",
                        mark,
                        fit(&place.name, name_w),
                        fit(&detail, width.saturating_sub(3 + name_w))
                    );
                    let mut line = Line::styled(text, theme.dim);
                    if row == picker.cursor.selected {
                        line = line.style(theme.selected);
                    }
                    lines.push(line);
                    continue;
                }
                None => break,
            };
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
