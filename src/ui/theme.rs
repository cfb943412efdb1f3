//! Colours and emphasis, in one place. `NO_COLOR` selects [`PLAIN`]: no colour at all, only
//! bold, dim and reverse, so every state stays visible on any terminal.

use ratatui::style::{Color, Modifier, Style};

use crate::data::Class;

#[derive(Debug, Clone, Copy)]
pub struct Theme {
    pub text: Style,
    pub dim: Style,
    pub heading: Style,
    pub border: Style,
    pub border_focused: Style,
    /// The selected row of the focused list.
    pub selected: Style,
    /// The selected row of a list without focus.
    pub selected_unfocused: Style,
    pub header: Style,
    pub status: Style,
    pub message: Style,
    pub key: Style,
    /// A mark on actors in the filter.
    pub marked: Style,
    pub quote: Style,
    pub link: Style,
    /// Text that matches the search.
    pub matched: Style,
    /// Row tints by CAMEO class: verbal/material cooperation, verbal/material conflict.
    pub classes: [Style; 4],
}

impl Theme {
    pub fn class(&self, class: Option<Class>) -> Style {
        class.map_or(self.text, |c| self.classes[c as usize])
    }
}

const fn fg(c: Color) -> Style {
    Style::new().fg(c)
}

pub const COLOR: Theme = Theme {
    text: Style::new(),
    dim: fg(Color::Indexed(245)),
    heading: Style::new().add_modifier(Modifier::BOLD),
    border: fg(Color::Indexed(240)),
    border_focused: fg(Color::Indexed(75)).add_modifier(Modifier::BOLD),
    selected: Style::new().add_modifier(Modifier::REVERSED),
    selected_unfocused: Style::new()
        .bg(Color::Indexed(236))
        .add_modifier(Modifier::BOLD),
    header: Style::new().fg(Color::Indexed(252)).bg(Color::Indexed(236)),
    status: Style::new().fg(Color::Indexed(252)).bg(Color::Indexed(238)),
    message: Style::new()
        .fg(Color::Indexed(221))
        .bg(Color::Indexed(238))
        .add_modifier(Modifier::BOLD),
    key: fg(Color::Indexed(75)).add_modifier(Modifier::BOLD),
    marked: fg(Color::Indexed(221)).add_modifier(Modifier::BOLD),
    quote: Style::new().add_modifier(Modifier::ITALIC),
    link: fg(Color::Indexed(110)),
    matched: Style::new()
        .fg(Color::Indexed(16))
        .bg(Color::Indexed(222))
        .add_modifier(Modifier::BOLD),
    classes: [
        fg(Color::Indexed(114)),
        fg(Color::Indexed(80)),
        fg(Color::Indexed(179)),
        fg(Color::Indexed(203)),
    ],
};

pub const PLAIN: Theme = Theme {
    text: Style::new(),
    dim: Style::new().add_modifier(Modifier::DIM),
    heading: Style::new().add_modifier(Modifier::BOLD),
    border: Style::new(),
    border_focused: Style::new().add_modifier(Modifier::BOLD),
    selected: Style::new().add_modifier(Modifier::REVERSED),
    selected_unfocused: Style::new().add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED)),
    header: Style::new().add_modifier(Modifier::REVERSED),
    status: Style::new().add_modifier(Modifier::REVERSED),
    message: Style::new().add_modifier(Modifier::REVERSED.union(Modifier::BOLD)),
    key: Style::new().add_modifier(Modifier::BOLD),
    marked: Style::new().add_modifier(Modifier::BOLD),
    quote: Style::new().add_modifier(Modifier::ITALIC),
    link: Style::new().add_modifier(Modifier::UNDERLINED),
    matched: Style::new().add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED)),
    classes: [Style::new(); 4],
};

/// Whether the environment asks for no colour: `NO_COLOR` set to any non-empty value.
pub fn no_color_requested() -> bool {
    std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
}
