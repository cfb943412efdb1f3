//! The help overlay, generated from the keymap the browser dispatches on: it shows the keys
//! actually bound, after the configuration's changes.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::Theme;
use unicode_width::UnicodeWidthStr;

use super::text::{fit, truncate};
use crate::action::Action;
use crate::keymap::{BINDINGS, Context, Keymap, keys_label};

/// Every context of the key table, in the order the overlay lists them.
const ORDER: [Context; 12] = [
    Context::Global,
    Context::Timeline,
    Context::Actors,
    Context::Network,
    Context::Detail,
    Context::Search,
    Context::RangePrompt,
    Context::Picker,
    Context::Line,
    Context::Quotes,
    Context::Sources,
    Context::Help,
];

const KEYS_WIDTH: usize = 18;

/// The help text: for each context, its bindings as `keys  what they do`, each line cut to
/// `width` columns with `…` where it does not fit.
pub fn content(keymap: &Keymap, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let room = width.saturating_sub(2 + KEYS_WIDTH);
    for context in ORDER {
        if !lines.is_empty() {
            lines.push(Line::default());
        }
        lines.push(Line::styled(
            truncate(&keymap.title(context), width).into_owned(),
            theme.heading,
        ));
        for e in keymap.in_context(context) {
            lines.push(Line::from(vec![
                Span::raw("  "),
                Span::styled(fit(&keys_label(e), KEYS_WIDTH), theme.key),
                Span::raw(truncate(e.binding.help, room).into_owned()),
            ]));
        }
    }
    lines
}

/// The columns the help needs to show every line whole: the widest line.
fn content_width() -> usize {
    let keys = BINDINGS.iter().map(|b| 2 + KEYS_WIDTH + b.help.width());
    let keymap = Keymap::default();
    let titles = ORDER.iter().map(|&c| keymap.title(c).width());
    keys.chain(titles).max().unwrap_or(0)
}

/// The help's length in lines. A keymap has an entry for every line of the table, bound or
/// not, so the length is the same for every keymap.
fn content_len() -> usize {
    content(&Keymap::default(), &super::theme::PLAIN, usize::MAX).len()
}

/// The overlay's box on a screen.
pub fn area(screen: Rect) -> Rect {
    // As wide as the longest line needs, within the screen less a column each side.
    let needed = u16::try_from(content_width() + 2).unwrap_or(u16::MAX);
    let width = screen.width.saturating_sub(2).min(needed);
    let height = screen
        .height
        .saturating_sub(2)
        .min(u16::try_from(content_len() + 2).unwrap_or(u16::MAX));
    screen.centered(
        ratatui::layout::Constraint::Length(width),
        ratatui::layout::Constraint::Length(height),
    )
}

/// Rows of help text visible at once.
pub fn visible_rows(screen: Rect) -> usize {
    usize::from(area(screen).height.saturating_sub(2))
}

pub fn max_scroll(screen: Rect) -> usize {
    content_len().saturating_sub(visible_rows(screen))
}

pub struct HelpOverlay<'a> {
    pub scroll: usize,
    pub theme: &'a Theme,
    pub keymap: &'a Keymap,
}

impl Widget for HelpOverlay<'_> {
    fn render(self, screen: Rect, buf: &mut Buffer) {
        let area = area(screen);
        if area.width < 3 || area.height < 3 {
            return;
        }
        Clear.render(area, buf);
        let lines = content(self.keymap, self.theme, usize::from(area.width - 2));
        let more = lines.len() > usize::from(area.height - 2);
        let mut block = super::popup_block(
            "Keys",
            self.keymap
                .legend(&[(Context::Help, Action::CloseOverlay, "closes")]),
            self.theme,
        );
        if more {
            let keys = [Action::MoveDown, Action::MoveUp]
                .map(|a| self.keymap.label(Context::Help, a).unwrap_or_default());
            if keys.iter().any(|k| !k.is_empty()) {
                let keys = keys.join("/");
                let keys = keys.trim_matches('/');
                block =
                    block.title_bottom(Line::styled(format!(" {keys} scroll "), self.theme.dim));
            }
        }
        let scroll = self.scroll.min(max_scroll(screen));
        let shown: Vec<Line> = lines.into_iter().skip(scroll).collect();
        Paragraph::new(shown).block(block).render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_overlay_lists_every_binding() {
        let text: Vec<String> = content(&Keymap::default(), &super::super::theme::PLAIN, 200)
            .iter()
            .map(|l| l.to_string())
            .collect();
        for b in BINDINGS {
            assert!(
                text.iter().any(|l| l.contains(b.help)),
                "the help does not list {:?} ({:?})",
                b.help,
                b.context
            );
        }
        for context in ORDER {
            assert!(text.iter().any(|l| *l == Keymap::default().title(context)));
        }
    }
}
