//! Colours and emphasis, in one place. Four built-in themes: [`COLOR`] (the default, for dark
//! backgrounds and 256 colours), [`LIGHT`] (light backgrounds), [`ANSI16`] (the 16 colours
//! every terminal has, in its own palette) and [`PLAIN`]. `NO_COLOR` selects [`PLAIN`]: no
//! colour at all, only bold, dim and reverse, so every state stays visible on any terminal.
//!
//! The configuration names a theme and changes single roles ([`ROLES`]), each written as a
//! style in words: `"yellow on 236 bold"` ([`parse_style`], [`style_text`]).

use std::str::FromStr;

use ratatui::style::{Color, Modifier, Style};

use crate::data::Class;

/// What a frame is drawn in: a style for each role of the screen. The loop owns it (from the
/// configuration, or [`PLAIN`] under `NO_COLOR`) and hands it to [`super::draw`] with the
/// state; the state knows nothing of it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Theme {
    /// Plain text.
    pub text: Style,
    /// Secondary text: roles, counts, hints.
    pub dim: Style,
    /// Headings and titles.
    pub heading: Style,
    /// The border of a pane without focus.
    pub border: Style,
    /// The border of the focused pane or box.
    pub border_focused: Style,
    /// The selected row of the focused list.
    pub selected: Style,
    /// The selected row of a list without focus.
    pub selected_unfocused: Style,
    /// The top line.
    pub header: Style,
    /// The status line: filters and counts.
    pub status: Style,
    /// A message on the status line.
    pub message: Style,
    /// Keys in the footer and the help.
    pub key: Style,
    /// A mark on actors in the filter.
    pub marked: Style,
    /// Quoted words.
    pub quote: Style,
    /// Source URLs.
    pub link: Style,
    /// Text that matches the search.
    pub matched: Style,
    /// Row tints by CAMEO class: verbal/material cooperation, verbal/material conflict.
    pub classes: [Style; 4],
}

impl Theme {
    /// The style of a CAMEO quad class; plain text for none.
    pub fn class(&self, class: Option<Class>) -> Style {
        class.map_or(self.text, |c| self.classes[c as usize])
    }
}

const fn fg(c: Color) -> Style {
    Style::new().fg(c)
}

/// The default: for dark backgrounds and 256 colours.
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

/// No colour at all, only bold, dim and reverse (`NO_COLOR`).
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

/// For light backgrounds: darker tints, light greys behind the header and the status line.
pub const LIGHT: Theme = Theme {
    text: Style::new(),
    dim: fg(Color::Indexed(243)),
    heading: Style::new().add_modifier(Modifier::BOLD),
    border: fg(Color::Indexed(249)),
    border_focused: fg(Color::Indexed(25)).add_modifier(Modifier::BOLD),
    selected: Style::new().add_modifier(Modifier::REVERSED),
    selected_unfocused: Style::new()
        .bg(Color::Indexed(254))
        .add_modifier(Modifier::BOLD),
    header: Style::new().fg(Color::Indexed(235)).bg(Color::Indexed(253)),
    status: Style::new().fg(Color::Indexed(235)).bg(Color::Indexed(252)),
    message: Style::new()
        .fg(Color::Indexed(130))
        .bg(Color::Indexed(252))
        .add_modifier(Modifier::BOLD),
    key: fg(Color::Indexed(25)).add_modifier(Modifier::BOLD),
    marked: fg(Color::Indexed(130)).add_modifier(Modifier::BOLD),
    quote: Style::new().add_modifier(Modifier::ITALIC),
    link: fg(Color::Indexed(25)),
    matched: Style::new()
        .fg(Color::Indexed(16))
        .bg(Color::Indexed(221))
        .add_modifier(Modifier::BOLD),
    classes: [
        fg(Color::Indexed(28)),
        fg(Color::Indexed(30)),
        fg(Color::Indexed(130)),
        fg(Color::Indexed(160)),
    ],
};

/// For terminals without 256 colours: the sixteen named colours, which each terminal draws
/// from its own palette, so it suits dark and light backgrounds alike.
pub const ANSI16: Theme = Theme {
    text: Style::new(),
    dim: fg(Color::DarkGray),
    heading: Style::new().add_modifier(Modifier::BOLD),
    border: fg(Color::DarkGray),
    border_focused: fg(Color::Cyan).add_modifier(Modifier::BOLD),
    selected: Style::new().add_modifier(Modifier::REVERSED),
    selected_unfocused: Style::new().add_modifier(Modifier::BOLD.union(Modifier::UNDERLINED)),
    header: Style::new().fg(Color::White).bg(Color::Blue),
    status: Style::new().fg(Color::White).bg(Color::Blue),
    message: Style::new()
        .fg(Color::Yellow)
        .bg(Color::Blue)
        .add_modifier(Modifier::BOLD),
    key: fg(Color::Cyan).add_modifier(Modifier::BOLD),
    marked: fg(Color::Yellow).add_modifier(Modifier::BOLD),
    quote: Style::new().add_modifier(Modifier::ITALIC),
    link: fg(Color::Blue).add_modifier(Modifier::UNDERLINED),
    matched: Style::new()
        .fg(Color::Black)
        .bg(Color::Yellow)
        .add_modifier(Modifier::BOLD),
    classes: [
        fg(Color::Green),
        fg(Color::Cyan),
        fg(Color::Yellow),
        fg(Color::Red),
    ],
};

/// The built-in themes by the names the configuration gives them.
pub const THEMES: [(&str, Theme); 4] = [
    ("default", COLOR),
    ("light", LIGHT),
    ("16", ANSI16),
    ("plain", PLAIN),
];

/// The built-in theme called `name` (`color`, `light`, `16`, `plain`; any case).
pub fn named(name: &str) -> Option<Theme> {
    THEMES
        .iter()
        .find(|(n, _)| n.eq_ignore_ascii_case(name))
        .map(|&(_, t)| t)
}

/// A part of the screen whose style the configuration can set: its name there, what it is,
/// and where the theme keeps it.
pub struct Role {
    /// Its name in the configuration: `focus_border`.
    pub name: &'static str,
    /// What it styles, in words for `config --default`.
    pub about: &'static str,
    /// Where a theme keeps its style.
    pub get: fn(&mut Theme) -> &mut Style,
}

/// Every role, in the order `readout config --default` lists them.
#[rustfmt::skip] // One role a line reads as a table; rustfmt would spread each over five.
pub const ROLES: &[Role] = &[
    Role { name: "text", about: "plain text", get: |t| &mut t.text },
    Role { name: "dim", about: "secondary text: roles, counts, hints", get: |t| &mut t.dim },
    Role { name: "heading", about: "headings and titles", get: |t| &mut t.heading },
    Role { name: "border", about: "the border of a pane without focus", get: |t| &mut t.border },
    Role { name: "focus_border", about: "the border of the focused pane or box", get: |t| &mut t.border_focused },
    Role { name: "selection", about: "the selected row of the focused list", get: |t| &mut t.selected },
    Role { name: "selection_unfocused", about: "the selected row of a list without focus", get: |t| &mut t.selected_unfocused },
    Role { name: "header", about: "the top line", get: |t| &mut t.header },
    Role { name: "status", about: "the status line: filters and counts", get: |t| &mut t.status },
    Role { name: "message", about: "a message on the status line", get: |t| &mut t.message },
    Role { name: "key", about: "keys in the footer and the help", get: |t| &mut t.key },
    Role { name: "marked", about: "the mark on actors in the filter", get: |t| &mut t.marked },
    Role { name: "quote", about: "quoted words", get: |t| &mut t.quote },
    Role { name: "link", about: "source URLs", get: |t| &mut t.link },
    Role { name: "highlight", about: "text that matches the search", get: |t| &mut t.matched },
    Role { name: "verbal_cooperation", about: "CAMEO class: its rows, bars and counts", get: |t| &mut t.classes[0] },
    Role { name: "material_cooperation", about: "CAMEO class: its rows, bars and counts", get: |t| &mut t.classes[1] },
    Role { name: "verbal_conflict", about: "CAMEO class: its rows, bars and counts", get: |t| &mut t.classes[2] },
    Role { name: "material_conflict", about: "CAMEO class: its rows, bars and counts", get: |t| &mut t.classes[3] },
];

/// The role called `name` (any case).
pub fn role(name: &str) -> Option<&'static Role> {
    ROLES.iter().find(|r| r.name.eq_ignore_ascii_case(name))
}

/// The words a style is written with, besides colours.
const MODIFIERS: [(&str, Modifier); 6] = [
    ("bold", Modifier::BOLD),
    ("dim", Modifier::DIM),
    ("italic", Modifier::ITALIC),
    ("underlined", Modifier::UNDERLINED),
    ("reversed", Modifier::REVERSED),
    ("crossed_out", Modifier::CROSSED_OUT),
];

/// Why a style's words cannot be read; `at` is the byte offset of the word in the text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct StyleError {
    /// The byte offset of the word at fault in the style's text.
    pub at: usize,
    /// What is wrong with it.
    pub message: String,
    /// What would be right, when there is a guess (a close colour or word).
    pub help: Option<String>,
}

/// Reads a style in words: a colour, `on` and a background colour, and any of `bold`, `dim`,
/// `italic`, `underlined`, `reversed`, `crossed_out`, e.g. `"yellow on 236 bold"`. A colour is
/// a name (`red`, `lightblue`, `darkgray`), a number of the 256-colour palette, or `#rrggbb`;
/// `default` is the terminal's own, and so is a colour left out.
pub fn parse_style(text: &str) -> Result<Style, StyleError> {
    let mut style = Style::new();
    let (mut fg_set, mut bg_set) = (false, false);
    let mut words = text
        .split(' ')
        .scan(0, |at, w| {
            let start = *at;
            *at += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty());
    while let Some((at, word)) = words.next() {
        let lower = word.to_ascii_lowercase();
        if lower == "on" {
            let Some((at, colour)) = words.next() else {
                return Err(StyleError {
                    at,
                    message: "`on` without a colour after it".to_owned(),
                    help: Some("write the background after it: \"white on blue\"".to_owned()),
                });
            };
            if bg_set {
                return Err(twice(at, "background"));
            }
            bg_set = true;
            style.bg = colour_word(at, colour)?;
        } else if let Some(&(_, m)) = MODIFIERS.iter().find(|(n, _)| *n == lower) {
            style = style.add_modifier(m);
        } else {
            if fg_set {
                return Err(twice(at, "foreground"));
            }
            fg_set = true;
            style.fg = colour_word(at, word)?;
        }
    }
    Ok(style)
}

fn twice(at: usize, what: &str) -> StyleError {
    StyleError {
        at,
        message: format!("a second {what} colour"),
        help: Some("a style has one colour, and one after `on`".to_owned()),
    }
}

fn colour_word(at: usize, word: &str) -> Result<Option<Color>, StyleError> {
    if word.eq_ignore_ascii_case("default") {
        return Ok(None);
    }
    match Color::from_str(word) {
        Ok(Color::Reset) => Ok(None),
        Ok(c) => Ok(Some(c)),
        Err(_) => {
            let known = COLOUR_NAMES
                .into_iter()
                .chain(MODIFIERS.iter().map(|&(n, _)| n))
                .chain(["on", "default"]);
            Err(StyleError {
                at,
                message: format!("unknown colour {word:?}"),
                help: Some(match crate::suggest::nearest(word, known) {
                    Some(n) => format!("did you mean {n:?}?"),
                    None => "a colour is a name (red, lightblue, darkgray…), 0 to 255, or #rrggbb"
                        .to_owned(),
                }),
            })
        }
    }
}

const COLOUR_NAMES: [&str; 16] = [
    "black",
    "red",
    "green",
    "yellow",
    "blue",
    "magenta",
    "cyan",
    "gray",
    "darkgray",
    "lightred",
    "lightgreen",
    "lightyellow",
    "lightblue",
    "lightmagenta",
    "lightcyan",
    "white",
];

/// A style in the words [`parse_style`] reads: `"yellow on 236 bold"`, `"default"`.
pub fn style_text(style: Style) -> String {
    let colour = |c: Color| c.to_string().to_ascii_lowercase();
    let mut words = Vec::new();
    if let Some(c) = style.fg {
        words.push(colour(c));
    }
    if let Some(c) = style.bg {
        words.push(format!("on {}", colour(c)));
    }
    for (name, m) in MODIFIERS {
        if style.add_modifier.contains(m) {
            words.push(name.to_owned());
        }
    }
    if words.is_empty() {
        "default".to_owned()
    } else {
        words.join(" ")
    }
}

/// Whether the environment asks for no colour: `NO_COLOR` set to any non-empty value.
pub fn no_color_requested() -> bool {
    crate::env::var_os("NO_COLOR").is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_style_of_every_theme_reads_back_from_its_words() {
        for (name, theme) in THEMES {
            let mut theme = theme;
            for role in ROLES {
                let style = *(role.get)(&mut theme);
                let text = style_text(style);
                assert_eq!(
                    parse_style(&text),
                    Ok(style),
                    "{name}.{}: {text}",
                    role.name
                );
            }
        }
    }

    #[test]
    fn styles_in_words() {
        assert_eq!(
            parse_style("yellow on 236 bold"),
            Ok(Style::new()
                .fg(Color::Yellow)
                .bg(Color::Indexed(236))
                .add_modifier(Modifier::BOLD))
        );
        assert_eq!(
            parse_style("  on #1e90ff  Italic "),
            Ok(Style::new()
                .bg(Color::Rgb(0x1e, 0x90, 0xff))
                .add_modifier(Modifier::ITALIC))
        );
        assert_eq!(parse_style("default"), Ok(Style::new()));
        assert_eq!(parse_style(""), Ok(Style::new()));
        assert_eq!(
            parse_style("light-blue"),
            Ok(Style::new().fg(Color::LightBlue))
        );
        assert_eq!(style_text(Style::new()), "default");
        assert_eq!(
            style_text(Style::new().fg(Color::Rgb(1, 2, 255))),
            "#0102ff"
        );
    }

    #[test]
    fn a_wrong_word_is_reported_where_it_stands() {
        let e = parse_style("bold yelow").unwrap_err();
        assert_eq!((e.at, e.message.as_str()), (5, "unknown colour \"yelow\""));
        assert_eq!(e.help.as_deref(), Some("did you mean \"yellow\"?"));
        let e = parse_style("red on").unwrap_err();
        assert_eq!(e.at, 4);
        let e = parse_style("red blue").unwrap_err();
        assert_eq!(
            (e.at, e.message.as_str()),
            (4, "a second foreground colour")
        );
        let e = parse_style("on red on blue").unwrap_err();
        assert_eq!(e.at, 10);
        assert_eq!(parse_style("#12345").unwrap_err().at, 0);
        assert_eq!(parse_style("256").unwrap_err().at, 0);
    }

    #[test]
    fn themes_by_name() {
        assert_eq!(named("LIGHT"), Some(LIGHT));
        assert_eq!(named("16"), Some(ANSI16));
        assert_eq!(named("solarized"), None);
        assert!(role("Focus_Border").is_some());
    }
}
