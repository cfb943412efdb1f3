//! One key as readout reads it: [`Key`], how the screen and the configuration write it, how
//! the configuration's text is parsed back ([`Key::parse`], [`KeyError`]), and which keys a
//! terminal cannot tell apart ([`Key::arrives_as`]).

use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyModifiers};

use crate::suggest;

/// A key with its modifiers.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key {
    /// The key itself: a character, or a named key such as Enter or F5.
    pub code: KeyCode,
    /// Control and Alt; Shift only where it is not folded into [`Key::code`] (`S-Up`).
    pub mods: KeyModifiers,
}

/// A character typed without Control or Alt: `j`, `G`, `?`, Space.
pub(super) const fn key(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::NONE,
    }
}

/// A key without modifiers: Enter, Down, PageUp.
pub(super) const fn code(code: KeyCode) -> Key {
    Key {
        code,
        mods: KeyModifiers::NONE,
    }
}

/// A character with Control: `C-c`.
pub(super) const fn ctrl(c: char) -> Key {
    Key {
        code: KeyCode::Char(c),
        mods: KeyModifiers::CONTROL,
    }
}

impl Key {
    /// The key of an event, with Shift folded into the character or key it produced (`G`,
    /// BackTab), so bindings need not spell it.
    pub fn from_event(event: KeyEvent) -> Key {
        let mut mods =
            event.modifiers & (KeyModifiers::CONTROL | KeyModifiers::ALT | KeyModifiers::SHIFT);
        if matches!(event.code, KeyCode::Char(_) | KeyCode::BackTab) {
            mods.remove(KeyModifiers::SHIFT);
        }
        Key {
            code: event.code,
            mods,
        }
    }

    /// How the key is written on screen: `j`, `Space`, `Tab`, `S-Tab`, `C-c`, `PgDn`.
    pub fn label(self) -> String {
        let name = match self.code {
            KeyCode::Char(' ') => "Space".to_owned(),
            KeyCode::Char(c) => c.to_string(),
            KeyCode::BackTab => "S-Tab".to_owned(),
            KeyCode::Backspace => "Bksp".to_owned(),
            KeyCode::Delete => "Delete".to_owned(),
            KeyCode::Up => "↑".to_owned(),
            KeyCode::Down => "↓".to_owned(),
            KeyCode::Left => "←".to_owned(),
            KeyCode::Right => "→".to_owned(),
            KeyCode::PageUp => "PgUp".to_owned(),
            KeyCode::PageDown => "PgDn".to_owned(),
            other => code_name(other),
        };
        let mut label = String::new();
        for (modifier, prefix) in [
            (KeyModifiers::CONTROL, "C-"),
            (KeyModifiers::ALT, "M-"),
            (KeyModifiers::SHIFT, "S-"),
        ] {
            if self.mods.contains(modifier) {
                label.push_str(prefix);
            }
        }
        label + &name
    }

    /// How the configuration writes the key: `j`, `Space`, `Down`, `ctrl-n`, `shift-Tab`,
    /// `PageDown`. [`Key::parse`] reads it back, and reads [`Key::label`]s too.
    pub fn config_name(self) -> String {
        let mut name = String::new();
        for (modifier, prefix) in [
            (KeyModifiers::CONTROL, "ctrl-"),
            (KeyModifiers::ALT, "alt-"),
            (KeyModifiers::SHIFT, "shift-"),
        ] {
            if self.mods.contains(modifier)
                || (modifier == KeyModifiers::SHIFT && self.code == KeyCode::BackTab)
            {
                name.push_str(prefix);
            }
        }
        match self.code {
            KeyCode::Char(' ') => name.push_str("Space"),
            KeyCode::Char(c) => name.push(c),
            KeyCode::BackTab => name.push_str("Tab"),
            other => name.push_str(&code_name(other)),
        }
        name
    }

    /// Reads a key as the configuration writes it: a character (`j`, `G`, `?`), a name
    /// (`Enter`, `Down`, `PageDown`, `F5`; any case), either after any of `ctrl-`, `alt-` and
    /// `shift-` (or `C-`, `M-`, `S-`, as the screen shows them).
    ///
    /// # Errors
    /// [`KeyError`]: an empty text, a name that is no key, or Shift with a character that is
    /// not a letter (`shift-/`: the character it types is written instead).
    pub fn parse(text: &str) -> Result<Key, KeyError> {
        let mut mods = KeyModifiers::NONE;
        let mut rest = text;
        loop {
            if rest.chars().count() <= 1 {
                break;
            }
            let Some((prefix, after)) = rest.split_once('-') else {
                break;
            };
            let modifier = match prefix.to_ascii_lowercase().as_str() {
                "ctrl" | "control" | "c" => KeyModifiers::CONTROL,
                "alt" | "meta" | "m" => KeyModifiers::ALT,
                "shift" | "s" => KeyModifiers::SHIFT,
                _ => break,
            };
            if after.is_empty() {
                break;
            }
            mods |= modifier;
            rest = after;
        }
        let code = match rest.chars().count() {
            0 => return Err(KeyError::Empty),
            1 => match rest.chars().next().unwrap_or(' ') {
                '↑' => KeyCode::Up,
                '↓' => KeyCode::Down,
                '←' => KeyCode::Left,
                '→' => KeyCode::Right,
                c if c.is_control() => return Err(KeyError::Unknown(text.to_owned())),
                c => KeyCode::Char(c),
            },
            _ => NAMED
                .iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(rest))
                .map(|&(_, code)| code)
                .or_else(|| {
                    let n: u8 = rest.strip_prefix(['F', 'f'])?.parse().ok()?;
                    (1..=12).contains(&n).then_some(KeyCode::F(n))
                })
                .ok_or_else(|| KeyError::Unknown(text.to_owned()))?,
        };
        // Shift is folded into what it types, as `from_event` folds it.
        let (code, mods) = match code {
            KeyCode::Char(c) if mods.contains(KeyModifiers::SHIFT) => {
                if !c.is_alphabetic() {
                    return Err(KeyError::ShiftedChar(text.to_owned()));
                }
                let upper = c.to_uppercase().next().unwrap_or(c);
                (KeyCode::Char(upper), mods - KeyModifiers::SHIFT)
            }
            KeyCode::Tab if mods.contains(KeyModifiers::SHIFT) => {
                (KeyCode::BackTab, mods - KeyModifiers::SHIFT)
            }
            KeyCode::BackTab => (KeyCode::BackTab, mods - KeyModifiers::SHIFT),
            code => (code, mods),
        };
        Ok(Key { code, mods })
    }
}

impl Key {
    /// The key a terminal delivers when this one is pressed, when that is another key: a
    /// terminal (without the kitty keyboard protocol, which readout does not ask for) sends
    /// `ctrl-m` as the same byte as Enter, `ctrl-i` as Tab, `ctrl-[` as Esc, and drops Shift
    /// from `ctrl-J` and from `shift-Enter`. `None` when the key arrives as itself.
    ///
    /// | written | arrives as |
    /// |---|---|
    /// | `ctrl-m`, `ctrl-Enter`, `shift-Enter` | `Enter` |
    /// | `ctrl-i`, `ctrl-Tab` | `Tab` |
    /// | `ctrl-[`, `ctrl-3`, `shift-Esc`, `ctrl-Esc` | `Esc` |
    /// | `ctrl-8`, `shift-Backspace` | `Backspace` |
    /// | `ctrl-Backspace` | `ctrl-h` |
    /// | `ctrl-@`, `ctrl-2`, `ctrl-`` ` `` | `ctrl-Space` |
    /// | `ctrl-\`, `ctrl-]`, `ctrl-^`, `ctrl-_`, `ctrl-/` | `ctrl-4`, `ctrl-5`, `ctrl-6`, `ctrl-7`, `ctrl-7` |
    /// | `ctrl-A` … `ctrl-Z` | `ctrl-a` … `ctrl-z` |
    ///
    /// Alt is kept: a terminal sends it as a prefix (`alt-ctrl-m` arrives as `alt-Enter`).
    pub fn arrives_as(self) -> Option<Key> {
        let alt = self.mods & KeyModifiers::ALT;
        let plain = |code: KeyCode| Key { code, mods: alt };
        let with_ctrl = |c: char| Key {
            code: KeyCode::Char(c),
            mods: alt | KeyModifiers::CONTROL,
        };
        let ctrl = self.mods.contains(KeyModifiers::CONTROL);
        let shift = self.mods.contains(KeyModifiers::SHIFT);
        let arrives = match self.code {
            KeyCode::Char(c) if ctrl => match c {
                'm' | 'M' => plain(KeyCode::Enter),
                'i' | 'I' => plain(KeyCode::Tab),
                '[' | '3' => plain(KeyCode::Esc),
                '8' => plain(KeyCode::Backspace),
                '@' | '2' | '`' => with_ctrl(' '),
                '\\' => with_ctrl('4'),
                ']' => with_ctrl('5'),
                '^' => with_ctrl('6'),
                '_' | '/' => with_ctrl('7'),
                c if c.is_ascii_uppercase() => with_ctrl(c.to_ascii_lowercase()),
                _ => return None,
            },
            KeyCode::Enter if ctrl || shift => plain(KeyCode::Enter),
            KeyCode::Tab if ctrl => plain(KeyCode::Tab),
            KeyCode::Esc if ctrl || shift => plain(KeyCode::Esc),
            KeyCode::Backspace if ctrl => with_ctrl('h'),
            KeyCode::Backspace if shift => plain(KeyCode::Backspace),
            _ => return None,
        };
        (arrives != self).then_some(arrives)
    }
}

/// Keys with names, as the configuration writes them (first) and other ways it reads them.
const NAMED: &[(&str, KeyCode)] = &[
    ("Enter", KeyCode::Enter),
    ("Return", KeyCode::Enter),
    ("Esc", KeyCode::Esc),
    ("Escape", KeyCode::Esc),
    ("Tab", KeyCode::Tab),
    ("BackTab", KeyCode::BackTab),
    ("Space", KeyCode::Char(' ')),
    ("Backspace", KeyCode::Backspace),
    ("Bksp", KeyCode::Backspace),
    ("Delete", KeyCode::Delete),
    ("Del", KeyCode::Delete),
    ("Insert", KeyCode::Insert),
    ("Up", KeyCode::Up),
    ("Down", KeyCode::Down),
    ("Left", KeyCode::Left),
    ("Right", KeyCode::Right),
    ("Home", KeyCode::Home),
    ("End", KeyCode::End),
    ("PageUp", KeyCode::PageUp),
    ("PgUp", KeyCode::PageUp),
    ("PageDown", KeyCode::PageDown),
    ("PgDn", KeyCode::PageDown),
];

/// A key's name without modifiers: `Enter`, `PageDown`, `F5`.
fn code_name(code: KeyCode) -> String {
    match code {
        KeyCode::F(n) => format!("F{n}"),
        code => NAMED
            .iter()
            .find(|&&(_, c)| c == code)
            .map_or_else(|| format!("{code:?}"), |(name, _)| (*name).to_owned()),
    }
}

/// Why a key's name cannot be read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    /// Nothing was written.
    #[error("an empty key")]
    Empty,
    /// The text (as written) names no key.
    #[error("unknown key {0:?}")]
    Unknown(String),
    /// Shift with a character that is not a letter (as written): `shift-1`.
    #[error(
        "{0:?}: shift with a character that is not a letter; write the character it types (\"?\", not \"shift-/\")"
    )]
    ShiftedChar(String),
}

impl KeyError {
    /// What to write instead: the name a misspelt key might have meant, or how keys are
    /// written.
    pub fn help(&self) -> Option<String> {
        match (self, self.suggestion()) {
            (_, Some(name)) => Some(format!("did you mean {name:?}?")),
            (KeyError::Unknown(_), None) => Some(
                "a key is a character (\"j\", \"G\", \"?\") or a name (Enter, Esc, Tab, Space, \
                 Backspace, Delete, Up, Down, PageDown, F1...), after any of ctrl-, alt-, shift-"
                    .to_owned(),
            ),
            _ => None,
        }
    }

    /// The name a misspelt key might have meant: `PageDown` for `PageDwn`, by the rule of
    /// [`crate::suggest`].
    pub fn suggestion(&self) -> Option<&'static str> {
        let KeyError::Unknown(text) = self else {
            return None;
        };
        let name = text.rsplit('-').next().unwrap_or(text);
        suggest::nearest(name, NAMED.iter().map(|&(n, _)| n))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_read_back_from_their_config_names_and_labels() {
        for text in [
            "j",
            "G",
            "Space",
            "ctrl-c",
            "shift-Tab",
            "PageDown",
            "F5",
            "alt-x",
            "ctrl-alt-Delete",
            "shift-Up",
            "Insert",
            "C-M-S-Home",
            "↓",
        ] {
            let k = Key::parse(text).unwrap();
            assert_eq!(Key::parse(&k.config_name()), Ok(k), "{text}");
            assert_eq!(Key::parse(&k.label()), Ok(k), "{text}");
        }
    }

    #[test]
    fn keys_are_read_as_the_screen_and_the_config_write_them() {
        let p = |t: &str| Key::parse(t).unwrap();
        assert_eq!(p("j"), key('j'));
        assert_eq!(p("G"), key('G'));
        assert_eq!(p("shift-g"), key('G'));
        assert_eq!(p("-"), key('-'));
        assert_eq!(p("ctrl--"), ctrl('-'));
        assert_eq!(p("c"), key('c'));
        assert_eq!(p("ctrl-n"), ctrl('n'));
        assert_eq!(p("C-n"), ctrl('n'));
        assert_eq!(p("Ctrl-N"), ctrl('N'));
        assert_eq!(p("pagedown"), code(KeyCode::PageDown));
        assert_eq!(p("shift-Tab"), code(KeyCode::BackTab));
        assert_eq!(p("Space"), key(' '));
        assert_eq!(p(" "), key(' '));
        assert_eq!(p("↓"), code(KeyCode::Down));
        assert_eq!(Key::parse(""), Err(KeyError::Empty));
        assert!(matches!(Key::parse("PageDwn"), Err(KeyError::Unknown(_))));
        assert_eq!(
            Key::parse("PageDwn").unwrap_err().suggestion(),
            Some("PageDown")
        );
        assert_eq!(
            Key::parse("ctrl-Ecsape").unwrap_err().suggestion(),
            Some("Escape")
        );
        assert_eq!(Key::parse("hyper").unwrap_err().suggestion(), None);
        assert!(matches!(
            Key::parse("shift-1"),
            Err(KeyError::ShiftedChar(_))
        ));
        assert!(matches!(Key::parse("F13"), Err(KeyError::Unknown(_))));
        assert!(matches!(Key::parse("hyper-x"), Err(KeyError::Unknown(_))));
    }

    #[test]
    fn shift_is_folded_into_what_it_types() {
        let g = Key::from_event(KeyEvent::new(KeyCode::Char('G'), KeyModifiers::SHIFT));
        assert_eq!(g, key('G'));
        let back = Key::from_event(KeyEvent::new(KeyCode::BackTab, KeyModifiers::SHIFT));
        assert_eq!(back, code(KeyCode::BackTab));
        assert_eq!(back.label(), "S-Tab");
        assert_eq!(back.config_name(), "shift-Tab");
    }

    #[test]
    fn keys_a_terminal_sends_alike_are_known() {
        assert_eq!(ctrl('m').arrives_as(), Some(code(KeyCode::Enter)));
        assert_eq!(ctrl('I').arrives_as(), Some(code(KeyCode::Tab)));
        assert_eq!(ctrl('A').arrives_as(), Some(ctrl('a')));
        assert_eq!(ctrl('a').arrives_as(), None);
        assert_eq!(key('j').arrives_as(), None);
    }
}
