//! The help overlay, generated from the keymap the browser dispatches on: it shows the keys
//! actually bound, after the configuration's changes.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph, Widget};

use super::Theme;

use super::text::{fit, truncate};
use crate::action::Action;
use crate::geometry::{HELP_CONTEXTS, HELP_KEYS_WIDTH, help_area, help_max_scroll};
use crate::keymap::{Context, Keymap, keys_label};

/// The help text: for each context, its bindings as `keys  what they do`, each line cut to
/// `width` columns with `…` where it does not fit.
pub fn content(keymap: &Keymap, theme: &Theme, width: usize) -> Vec<Line<'static>> {
    let mut lines = Vec::new();
    let room = width.saturating_sub(2 + HELP_KEYS_WIDTH);
    for context in HELP_CONTEXTS {
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
                Span::styled(fit(&keys_label(e), HELP_KEYS_WIDTH), theme.key),
                Span::raw(truncate(e.binding.help, room).into_owned()),
            ]));
        }
    }
    lines
}

/// The help overlay, drawn centred on the screen it is given ([`help_area`]), scrolled
/// `scroll` lines down (at most [`help_max_scroll`]).
pub struct HelpOverlay<'a> {
    /// Lines scrolled past.
    pub scroll: usize,
    /// What it is drawn in.
    pub theme: &'a Theme,
    /// The bindings it lists.
    pub keymap: &'a Keymap,
}

impl Widget for HelpOverlay<'_> {
    fn render(self, screen: Rect, buf: &mut Buffer) {
        let area = help_area(screen);
        if area.width < 3 || area.height < 3 {
            return;
        }
        Clear.render(area, buf);
        let lines = content(self.keymap, self.theme, usize::from(area.width - 2));
        let more = lines.len() > usize::from(area.height - 2);
        let legend = self
            .keymap
            .legend(&[(Context::Help, Action::CloseOverlay, "closes")]);
        let mut scroll_hint = String::new();
        if more {
            let keys = [Action::MoveDown, Action::MoveUp]
                .map(|a| self.keymap.label(Context::Help, a).unwrap_or_default());
            if keys.iter().any(|k| !k.is_empty()) {
                let keys = keys.join("/");
                scroll_hint = format!(" {} scroll ", keys.trim_matches('/'));
            }
        }
        // Two titles on one border that do not both fit are drawn one over the other, cut
        // mid-word: the scroll hint gives way (the footer says it too).
        if !super::titles_fit(area.width, &scroll_hint, &legend) {
            scroll_hint.clear();
        }
        let mut block = super::popup_block("Keys", legend, self.theme);
        if !scroll_hint.is_empty() {
            block = block.title_bottom(Line::styled(scroll_hint, self.theme.dim));
        }
        let scroll = self.scroll.min(help_max_scroll(screen));
        let shown: Vec<Line> = lines.into_iter().skip(scroll).collect();
        Paragraph::new(shown).block(block).render(area, buf);
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keymap::BINDINGS;

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
        for context in HELP_CONTEXTS {
            assert!(text.iter().any(|l| *l == Keymap::default().title(context)));
        }
        assert_eq!(text.len(), crate::geometry::help_len());
    }

    /// On a narrow screen the scroll hint and the legend share the bottom border: the hint
    /// is shown whole or not at all, never cut mid-word under the legend.
    #[test]
    fn the_scroll_hint_gives_way_rather_than_be_cut() {
        for width in 20..48u16 {
            let screen = Rect::new(0, 0, width, 12);
            let mut buf = Buffer::empty(screen);
            HelpOverlay {
                scroll: 0,
                theme: &crate::ui::theme::PLAIN,
                keymap: &Keymap::default(),
            }
            .render(screen, &mut buf);
            let area = help_area(screen);
            let bottom: String = (area.x..area.right())
                .map(|x| buf[(x, area.bottom() - 1)].symbol())
                .collect();
            assert!(bottom.contains(" Esc closes "), "{width}: {bottom}");
            assert!(
                bottom.contains(" j/k scroll ") || !bottom.contains("j/k"),
                "{width}: {bottom}"
            );
            assert_eq!(bottom.contains("j/k"), width >= 29, "{width}: {bottom}");
        }
    }
}
