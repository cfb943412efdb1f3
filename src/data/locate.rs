//! Finds where a value stands in RON text, by its path (`interactions[3].participants[1]`,
//! or in a map, `keys{2}` for the third entry's key and `keys[2]` for its value).
//!
//! serde hands validation the values without their positions, so a validation problem carries
//! the path of the offending value, and this module walks the text to that path. It skips values
//! (strings, raw strings, chars, comments, attributes, bracketed groups) with the data layer's
//! one RON lexer, [`super::lexer`]. It runs only when there is a problem to report, so it
//! favours simplicity over speed.

use std::fmt;

use smallvec::SmallVec;

use super::lexer;
// Callers name these by their older home here; they live with the lexer.
pub use super::lexer::{Unclosed, is_blank, unclosed};

/// One step of a path into a dataset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Seg {
    /// The value of a struct's field of this name.
    Field(&'static str),
    /// The n-th element of a list, or the value of the n-th entry of a map.
    Index(usize),
    /// The key of the n-th entry of a map.
    Key(usize),
    /// A byte offset into a string's text: a word inside the string. Where escapes stand
    /// before it, the string itself.
    Within(usize),
}

/// A path from the root value, e.g. `[Field("interactions"), Index(3), Field("date")]`.
/// Validation makes one for every value it checks, so paths live inline, without allocating.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Path(pub SmallVec<[Seg; 6]>);

impl Path {
    /// This path, then the field `name`.
    pub fn field(&self, name: &'static str) -> Path {
        self.then(Seg::Field(name))
    }

    /// This path, then the `i`-th element (from 0).
    pub fn index(&self, i: usize) -> Path {
        self.then(Seg::Index(i))
    }

    /// This path, then the key of the `i`-th map entry (from 0).
    pub fn key(&self, i: usize) -> Path {
        self.then(Seg::Key(i))
    }

    /// This path, then `offset` bytes into the string's text.
    pub fn within(&self, offset: usize) -> Path {
        self.then(Seg::Within(offset))
    }

    /// This path, one step further: a copy of the steps, no allocation.
    fn then(&self, seg: Seg) -> Path {
        let mut p = Path(SmallVec::from_slice(&self.0));
        p.0.push(seg);
        p
    }
}

impl fmt::Display for Path {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (i, seg) in self.0.iter().enumerate() {
            match seg {
                Seg::Field(name) if i == 0 => write!(f, "{name}")?,
                Seg::Field(name) => write!(f, ".{name}")?,
                Seg::Index(n) => write!(f, "[{n}]")?,
                Seg::Key(n) => write!(f, "{{{n}}}")?,
                Seg::Within(n) => write!(f, "+{n}")?,
            }
        }
        Ok(())
    }
}

/// A place in a text: byte offset, 1-based line and 1-based column counted in characters
/// (as ron counts them).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Location {
    /// Bytes from the start of the text.
    pub offset: usize,
    /// The line, from 1.
    pub line: usize,
    /// The column, from 1, in characters.
    pub col: usize,
}

impl Location {
    /// The line and column of the byte `offset` of `src` (moved back to a character's
    /// start; past the end, the end).
    pub fn at_offset(src: &str, offset: usize) -> Location {
        let offset = floor_char_boundary(src, offset.min(src.len()));
        let before = &src[..offset];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        Location {
            offset,
            line: 1 + before.bytes().filter(|&b| b == b'\n').count(),
            col: 1 + before[line_start..].chars().count(),
        }
    }

    /// The byte offset of a 1-based line and character column; clamped to the text.
    pub fn at_line_col(src: &str, line: usize, col: usize) -> Location {
        let line_start = if line <= 1 {
            0
        } else {
            src.match_indices('\n')
                .nth(line - 2)
                .map_or(src.len(), |(i, _)| i + 1)
        };
        let rest = &src[line_start..];
        let line_end = rest.find('\n').map_or(rest.len(), |i| i);
        let within = rest[..line_end]
            .char_indices()
            .nth(col.saturating_sub(1))
            .map_or(line_end, |(i, _)| i);
        Location::at_offset(src, line_start + within)
    }
}

fn floor_char_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// Where the value at `path` starts, or where the deepest part of the path that exists starts
/// (so a missing field is reported at its struct). `None` only if the text has no root value.
pub fn locate(src: &str, path: &Path) -> Option<Location> {
    let mut walker = Walker { src, pos: 0 };
    walker.skip_trivia();
    while walker.rest().starts_with("#!") || walker.rest().starts_with("#[") {
        walker.skip_past_group();
        walker.skip_trivia();
    }
    if walker.pos >= src.len() {
        return None;
    }
    let offset = walker.descend(&path.0);
    Some(Location::at_offset(src, offset))
}

struct Walker<'a> {
    src: &'a str,
    pos: usize,
}

impl<'a> Walker<'a> {
    fn rest(&self) -> &'a str {
        &self.src[self.pos..]
    }

    fn peek(&self) -> Option<u8> {
        self.src.as_bytes().get(self.pos).copied()
    }

    /// At the start of a value: walks `path` into it and returns the offset reached.
    fn descend(&mut self, path: &[Seg]) -> usize {
        let start = self.pos;
        let Some((seg, rest)) = path.split_first() else {
            return start;
        };
        if let Seg::Within(offset) = *seg {
            return self.within_string(offset);
        }
        // An optional struct or variant name before the brackets: `Dataset(`, `Some(`.
        self.skip_ident();
        self.skip_trivia();
        let Some(open) = self.peek() else {
            return start;
        };
        if !matches!(open, b'(' | b'[' | b'{') {
            return start;
        }
        self.pos += 1;
        let mut index = 0;
        loop {
            self.skip_trivia();
            match self.peek() {
                None | Some(b')' | b']' | b'}') => return start,
                _ => {}
            }
            let entry = self.pos;
            // A named field `name: value`?
            let key = self.ident_before_colon();
            let matched = match (seg, key) {
                (Seg::Field(name), Some(k)) => *name == k,
                (Seg::Index(i) | Seg::Key(i), None) => *i == index,
                _ => false,
            };
            if matched {
                if matches!(seg, Seg::Index(_)) && open == b'{' {
                    self.skip_map_key();
                }
                self.skip_trivia();
                return self.descend(rest);
            }
            if key.is_none() {
                self.pos = entry;
            }
            self.skip_value();
            self.skip_trivia();
            if self.peek() == Some(b',') {
                self.pos += 1;
            }
            index += 1;
            if self.pos == entry {
                // No progress: malformed text; stop rather than loop.
                return start;
            }
        }
    }

    /// At a map entry: skips its key and the `:` after it, to the value.
    fn skip_map_key(&mut self) {
        let entry = self.pos;
        match self.peek() {
            Some(b'"') => self.skip_string(),
            Some(b'\'') => self.skip_char(),
            Some(b'r') if self.raw_string_hashes().is_some() => self.skip_raw_string(),
            Some(b'(' | b'[' | b'{') => self.skip_past_group(),
            _ => {
                let len = self.rest().find([':', ',', '}']).unwrap_or(0);
                self.pos += len;
            }
        }
        self.skip_trivia();
        if self.peek() == Some(b':') {
            self.pos += 1;
        } else {
            // Not `key: value`: stay at the entry.
            self.pos = entry;
        }
    }

    /// At a string: the place `offset` bytes into its text, if no escape comes before it
    /// (where one does, the text and the source differ); else the string itself.
    fn within_string(&self, offset: usize) -> usize {
        let start = self.pos;
        let Some(text) = self.rest().strip_prefix('"') else {
            return start;
        };
        match text.get(..offset) {
            Some(before) if !before.contains(['\\', '"']) => start + 1 + offset,
            _ => start,
        }
    }

    /// If an identifier followed by `:` stands here, consumes both and returns the identifier.
    fn ident_before_colon(&mut self) -> Option<&'a str> {
        let start = self.pos;
        let ident = self.skip_ident();
        if ident.is_empty() {
            return None;
        }
        self.skip_trivia();
        if self.peek() == Some(b':') {
            self.pos += 1;
            Some(&self.src[start..start + ident.len()])
        } else {
            self.pos = start;
            None
        }
    }

    fn skip_ident(&mut self) -> &'a str {
        let start = self.pos;
        self.pos = lexer::ident_end(self.src, start);
        &self.src[start..self.pos]
    }

    /// Skips one value: a string, char, bracketed group or a run of plain characters.
    fn skip_value(&mut self) {
        loop {
            self.skip_trivia();
            match self.peek() {
                None | Some(b',' | b')' | b']' | b'}') => return,
                Some(b'"') => self.skip_string(),
                Some(b'\'') => self.skip_char(),
                Some(b'(' | b'[' | b'{') => {
                    self.skip_past_group();
                    // A group ends a value, unless a `:` makes it a map key.
                }
                Some(b'r') if self.raw_string_hashes().is_some() => self.skip_raw_string(),
                Some(b'b') if self.rest()[1..].starts_with('"') => {
                    self.pos += 1;
                    self.skip_string();
                }
                Some(_) => {
                    let c = self.rest().chars().next().map_or(1, char::len_utf8);
                    self.pos += c;
                }
            }
        }
    }

    /// From an opening bracket (or `#`), skips to just past the matching close.
    fn skip_past_group(&mut self) {
        let mut depth = 0usize;
        while let Some(b) = self.peek() {
            match b {
                b'"' => {
                    self.skip_string();
                    continue;
                }
                b'\'' => {
                    self.skip_char();
                    continue;
                }
                b'r' if self.raw_string_hashes().is_some() => {
                    self.skip_raw_string();
                    continue;
                }
                b'/' if self.rest().starts_with("//") || self.rest().starts_with("/*") => {
                    self.skip_trivia();
                    continue;
                }
                b'(' | b'[' | b'{' => depth += 1,
                b')' | b']' | b'}' => {
                    depth = depth.saturating_sub(1);
                    if depth == 0 {
                        self.pos += 1;
                        return;
                    }
                }
                _ => {}
            }
            self.pos += self.rest().chars().next().map_or(1, char::len_utf8);
        }
    }

    fn skip_string(&mut self) {
        self.pos = lexer::string_end(self.src, self.pos).unwrap_or(self.src.len());
    }

    fn skip_char(&mut self) {
        self.pos = lexer::char_end(self.src, self.pos).unwrap_or_else(|past| past);
    }

    /// At `r"` or `r#…"`: the number of `#`.
    fn raw_string_hashes(&self) -> Option<usize> {
        lexer::raw_string_hashes(self.src, self.pos)
    }

    fn skip_raw_string(&mut self) {
        self.pos = lexer::raw_string_end(self.src, self.pos)
            .flatten()
            .unwrap_or(self.src.len());
    }

    /// Whitespace and comments (`//…`, nested `/* … */`).
    fn skip_trivia(&mut self) {
        self.pos = lexer::trivia_end(self.src, self.pos);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SRC: &str = r##"#![enable(implicit_some)]
// a comment with ( and "
Dataset(
    title: "T (with brackets]",
    actors: [
        Actor(id: "a", name: "A", kind: Person, role: "r"),
        /* nested /* block */ comment */
        Actor(id: "b", name: r#"B "quoted""#, kind: State, role: "r", aliases: ["x", "y"]),
    ],
    interactions: [],
)
"##;

    fn at(path: Path) -> (usize, usize) {
        let loc = locate(SRC, &path).unwrap();
        (loc.line, loc.col)
    }

    #[test]
    fn finds_fields_and_indices() {
        let root = Path::default();
        assert_eq!(at(root.field("title")), (4, 12));
        assert_eq!(at(root.field("actors").index(0)), (6, 9));
        assert_eq!(at(root.field("actors").index(1).field("id")), (8, 19));
        assert_eq!(
            at(root.field("actors").index(1).field("aliases").index(1)),
            (8, 86)
        );
        assert_eq!(at(root.field("interactions")), (10, 19));
    }

    #[test]
    fn missing_parts_stop_at_the_deepest_found() {
        let root = Path::default();
        assert_eq!(at(root.field("actors").index(1).field("wikidata")), (8, 9));
        assert_eq!(at(root.field("actors").index(7)), (5, 13));
    }

    #[test]
    fn columns_count_characters() {
        let src = "(a: \"Əliyev\", b: 1)";
        let loc = locate(src, &Path::default().field("b")).unwrap();
        assert_eq!((loc.line, loc.col), (1, 18));
    }

    #[test]
    fn line_col_round_trip() {
        let loc = Location::at_line_col(SRC, 8, 19);
        assert_eq!(Location::at_offset(SRC, loc.offset), loc);
        assert_eq!(&SRC[loc.offset..loc.offset + 3], "\"b\"");
    }

    #[test]
    fn finds_map_keys_values_and_words_in_strings() {
        let src = "(\n  keys: {\n    \"Quit\": [\"x\", \"ctrl-c\"],\n    /* c */ \"Help.Close\" : [],\n  },\n  colors: { \"key\": \"bold yelow\", \"e\": \"a\\\"b c\" },\n)";
        let root = Path::default();
        let at = |path: Path| {
            let l = locate(src, &path).unwrap();
            (l.line, l.col)
        };
        assert_eq!(at(root.field("keys").key(0)), (3, 5));
        assert_eq!(at(root.field("keys").index(0)), (3, 13));
        assert_eq!(at(root.field("keys").index(0).index(1)), (3, 19));
        assert_eq!(at(root.field("keys").key(1)), (4, 13));
        assert_eq!(at(root.field("keys").index(1)), (4, 28));
        assert_eq!(at(root.field("colors").index(0).within(5)), (6, 26));
        // An escape before the word: the string itself.
        assert_eq!(at(root.field("colors").index(1).within(4)), (6, 39));
        // Past the end of the string: the string itself.
        assert_eq!(at(root.field("colors").index(0).within(50)), (6, 20));
    }

    #[test]
    fn never_panics_on_broken_text() {
        for src in [
            "",
            "(",
            "(a: \"",
            "(a: r#\"x",
            "[1, 2",
            "'",
            "/* x",
            "(a: 'x",
            "#![x",
            "{\"a\"",
            "{\"a\":",
            "{ x",
            "\"abc",
        ] {
            let _ = locate(src, &Path::default().field("a").index(3));
            let _ = locate(src, &Path::default().field("a").key(0).within(9));
            let _ = locate(src, &Path::default().index(0).within(2));
        }
    }
}
