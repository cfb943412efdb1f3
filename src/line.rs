//! A line of text being edited: the picker's query, the search line, the date prompt.

use unicode_width::UnicodeWidthStr;

/// Pasted text as it enters a line being edited: each run of whitespace or control characters
/// (line breaks, tabs, escapes) becomes one space, so `"Pashinyan\nAliyev"` is two words, not
/// `PashinyanAliyev`; the characters of disputed width that data text loses are lost here too
/// ([`crate::data::clean`]). Everything else is kept as it is.
pub fn pasted(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut in_gap = false;
    for c in text.chars() {
        let gap = c.is_whitespace()
            || c.is_control()
            || (crate::data::clean::is_unsafe(c)
                && crate::data::clean::clean_text(c.encode_utf8(&mut [0; 4]), false) == " ");
        if !gap && crate::data::clean::is_unsafe(c) {
            // Dropped, as data text drops it (a soft hyphen, a zero-width space).
            continue;
        }
        if gap {
            if !in_gap {
                out.push(' ');
            }
            in_gap = true;
        } else {
            out.push(c);
            in_gap = false;
        }
    }
    out
}

/// Text and a cursor (a byte offset on a char boundary).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineInput {
    text: String,
    cursor: usize,
}

impl LineInput {
    /// A line holding `text`, the cursor at its end.
    pub fn new(text: &str) -> LineInput {
        LineInput {
            text: text.to_owned(),
            cursor: text.len(),
        }
    }

    /// What was typed.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// The cursor's position in display columns from the start.
    pub fn cursor_column(&self) -> usize {
        self.text[..self.cursor].width()
    }

    /// Inserts a character at the cursor; control characters, and characters whose width
    /// terminals disagree on, are not text ([`crate::data::clean::is_unsafe`]).
    pub fn insert(&mut self, c: char) {
        if c.is_control() || crate::data::clean::is_unsafe(c) {
            return;
        }
        self.text.insert(self.cursor, c);
        self.cursor += c.len_utf8();
    }

    /// Deletes the character before the cursor (a whole `char`; nothing at the start).
    pub fn backspace(&mut self) {
        if let Some(c) = self.text[..self.cursor].chars().next_back() {
            self.cursor -= c.len_utf8();
            self.text.remove(self.cursor);
        }
    }

    /// Deletes the character under the cursor (nothing at the end).
    pub fn delete(&mut self) {
        if self.cursor < self.text.len() {
            self.text.remove(self.cursor);
        }
    }

    /// Moves the cursor one character left (none at the start).
    pub fn left(&mut self) {
        if let Some(c) = self.text[..self.cursor].chars().next_back() {
            self.cursor -= c.len_utf8();
        }
    }

    /// Moves the cursor one character right (none at the end).
    pub fn right(&mut self) {
        if let Some(c) = self.text[self.cursor..].chars().next() {
            self.cursor += c.len_utf8();
        }
    }

    /// Moves the cursor to the start.
    pub fn home(&mut self) {
        self.cursor = 0;
    }

    /// Moves the cursor to the end.
    pub fn end(&mut self) {
        self.cursor = self.text.len();
    }

    /// Deletes the word before the cursor, and the spaces after it (Ctrl-W).
    pub fn delete_word(&mut self) {
        let before = &self.text[..self.cursor];
        let trimmed = before.trim_end();
        let start = trimmed
            .char_indices()
            .rev()
            .find(|&(_, c)| c.is_whitespace())
            .map_or(0, |(i, c)| i + c.len_utf8());
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    /// Deletes everything before the cursor (Ctrl-U).
    pub fn delete_to_start(&mut self) {
        self.text.replace_range(..self.cursor, "");
        self.cursor = 0;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> LineInput {
        let mut l = LineInput::default();
        s.chars().for_each(|c| l.insert(c));
        l
    }

    #[test]
    fn edits_at_the_cursor() {
        let mut l = typed("tblisi");
        l.home();
        l.right();
        l.right();
        l.insert('i');
        assert_eq!(l.text(), "tbilisi");
        l.end();
        l.backspace();
        assert_eq!(l.text(), "tbilis");
        l.home();
        l.delete();
        assert_eq!(l.text(), "bilis");
    }

    #[test]
    fn words_and_lines() {
        let mut l = typed("blinken  tbilisi ");
        l.delete_word();
        assert_eq!(l.text(), "blinken  ");
        l.delete_word();
        assert_eq!(l.text(), "");
        let mut l = typed("one two");
        l.left();
        l.left();
        l.left();
        l.delete_to_start();
        assert_eq!(l.text(), "two");
        assert_eq!(l.cursor_column(), 0);
    }

    #[test]
    fn a_paste_keeps_its_words_apart() {
        for (paste, line) in [
            ("Pashinyan\nAliyev", "Pashinyan Aliyev"),
            ("Pashinyan\r\nAliyev", "Pashinyan Aliyev"),
            ("Blinken\tTbilisi", "Blinken Tbilisi"),
            ("peace \n\t  treaty", "peace treaty"),
            ("Brus\u{1b}sels", "Brus sels"),
            ("a\u{2028}b\u{85}c\u{a0}d\u{3000}e", "a b c d e"),
            ("\nՓաշինյան\n", " Փաշինյան "),
            ("Nego\u{ad}ti\u{ad}ations", "Negotiations"),
            ("a\u{3164}b\u{200b}c", "a bc"),
            ("Əliyev", "Əliyev"),
            ("", ""),
        ] {
            assert_eq!(pasted(paste), line, "{paste:?}");
        }
    }

    #[test]
    fn multibyte_and_wide_text() {
        let mut l = typed("Əliyev 漢字");
        assert_eq!(l.cursor_column(), 11);
        l.left();
        assert_eq!(l.cursor_column(), 9);
        l.backspace();
        l.backspace();
        assert_eq!(l.text(), "Əliyev字");
        l.insert('\u{1b}');
        assert_eq!(l.text(), "Əliyev字", "control characters are not text");
    }
}
