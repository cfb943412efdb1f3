//! The one RON lexer of the data layer: where strings (with escapes), raw strings
//! (`r#"…"#`), chars, comments (`//…` and nested `/* … */`), identifiers and whitespace end,
//! and the stream of brackets and commas that lies outside them.
//!
//! Two readers share it: the cut of a dataset into pieces that parse in parallel
//! ([`super::split`]) and the walk from a serde path to FILE:LINE:COL ([`super::locate`]),
//! which also uses it to tell a file cut short ([`unclosed`]). Offsets are bytes into the
//! text; every function stops at the end of the text rather than panic.

/// The kinds of atom whose insides hide brackets and commas.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Atom {
    /// `"…"`, with `\` escaping the byte after it.
    String,
    /// `r"…"` or `r#"…"#` (any number of `#`).
    RawString,
    /// `'x'`, `'\n'`, `'\u{1F600}'`.
    Char,
    /// `//` to the end of the line (the newline is not part of it).
    LineComment,
    /// `/* … */`, nested.
    BlockComment,
}

/// What the scan of RON text meets outside strings, chars and comments, by byte offset.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mark {
    /// `(`, `[` or `{`.
    Open(usize),
    /// `)`, `]` or `}`.
    Close(usize),
    /// `,`.
    Comma(usize),
    /// An atom that starts at this offset and never ends. The scan stops at it.
    Unended(Atom, usize),
}

/// The bytes the scan stops at: those that start a string, a char or a comment, brackets
/// and commas, and `#` (a raw string's `r#"`). Everything else is passed over one table
/// look-up a byte.
static INTERESTING: [bool; 256] = {
    let mut table = [false; 256];
    let bytes = b"\"'/()[]{},#";
    let mut k = 0;
    while k < bytes.len() {
        table[bytes[k] as usize] = true;
        k += 1;
    }
    table
};

/// The brackets and commas of RON text, in order, with strings, raw strings, chars and
/// comments passed over. One pass, which the cut into pieces and the check for a file cut
/// short share.
pub fn marks(text: &str) -> impl Iterator<Item = Mark> + '_ {
    let b = text.as_bytes();
    let mut i = 0;
    std::iter::from_fn(move || {
        while i < b.len() {
            if !INTERESTING[usize::from(b[i])] {
                i += 1;
                continue;
            }
            // A raw string starts at the `r` before its `#` or `"`, where that `r` is not the
            // end of an identifier (but may follow `b`, a raw byte string).
            let raw = (matches!(b[i], b'"' | b'#')
                && i > 0
                && b[i - 1] == b'r'
                && (i == 1 || !is_ident_byte(b[i - 2]) || b[i - 2] == b'b'))
                .then(|| raw_string_end(text, i - 1).map(|end| (Atom::RawString, i - 1, end)))
                .flatten();
            if let Some((atom, start, end)) = raw.or_else(|| {
                let (atom, end) = atom_at(text, i)?;
                Some((atom, i, end))
            }) {
                match end {
                    Some(end) => {
                        i = end;
                        continue;
                    }
                    None => {
                        i = b.len();
                        return Some(Mark::Unended(atom, start));
                    }
                }
            }
            let at = i;
            i += 1;
            match b[at] {
                b'(' | b'[' | b'{' => return Some(Mark::Open(at)),
                b')' | b']' | b'}' => return Some(Mark::Close(at)),
                b',' => return Some(Mark::Comma(at)),
                _ => {}
            }
        }
        None
    })
}

/// If a string, char literal or comment starts at byte `i`: its kind and `Some(end)`, the
/// offset just past it, or `None` when it never ends. Raw strings are left to
/// [`raw_string_end`], since whether an `r` starts one depends on what stands before it.
fn atom_at(text: &str, i: usize) -> Option<(Atom, Option<usize>)> {
    let b = text.as_bytes();
    match b[i] {
        b'"' => Some((Atom::String, string_end(text, i))),
        // The scan's quick rule, kept as it was: the next `'` within 12 bytes closes the
        // char. `'\''` is misread, and the scan then stops at an unended char, so the loader
        // parses the whole text.
        b'\'' => Some((
            Atom::Char,
            b[i + 1..]
                .iter()
                .take(12)
                .position(|&c| c == b'\'')
                .map(|e| i + e + 2),
        )),
        b'/' if b.get(i + 1) == Some(&b'/') => Some((Atom::LineComment, Some(line_end(text, i)))),
        b'/' if b.get(i + 1) == Some(&b'*') => {
            Some((Atom::BlockComment, block_comment_end(text, i)))
        }
        _ => None,
    }
}

/// At the `"` at `i`: the offset just past the closing `"`, or `None` when the string never
/// ends.
pub fn string_end(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    // Strings are most of a dataset's bytes: jump from quote or backslash to the next.
    let mut j = i + 1;
    loop {
        let rest = b.get(j..).unwrap_or_default();
        match memchr::memchr2(b'"', b'\\', rest).map(|n| j + n) {
            None => return None,
            Some(k) if b[k] == b'"' => return Some(k + 1),
            Some(k) => j = k + 2,
        }
    }
}

/// At an `r` followed by `"` or `#…"`: the number of `#`. `None` when no raw string starts
/// at `i` (an identifier, or `r#ident`, a raw identifier).
pub fn raw_string_hashes(text: &str, i: usize) -> Option<usize> {
    let rest = text.as_bytes().get(i..)?.strip_prefix(b"r")?;
    let hashes = rest.iter().take_while(|&&c| c == b'#').count();
    (rest.get(hashes) == Some(&b'"')).then_some(hashes)
}

/// At the `r` of a raw string: `Some(Some(end))`, the offset just past its closing `"#…`,
/// `Some(None)` when it never ends, `None` when no raw string starts at `i`.
pub fn raw_string_end(text: &str, i: usize) -> Option<Option<usize>> {
    let hashes = raw_string_hashes(text, i)?;
    let b = text.as_bytes();
    let body = i + 2 + hashes;
    let close = |j: usize| {
        b[j] == b'"' && b.len() > j + hashes && b[j + 1..j + 1 + hashes].iter().all(|&c| c == b'#')
    };
    Some((body..b.len()).find(|&j| close(j)).map(|j| j + 1 + hashes))
}

/// At the `'` at `i`: `Ok`, the offset just past the closing `'` of `'x'`, `'\n'` or
/// `'\u{1F600}'` (sought within 13 bytes of the first character); `Err`, the offset just
/// past that first character, when no closing quote is found.
pub fn char_end(text: &str, i: usize) -> Result<usize, usize> {
    let mut pos = i + 1;
    if text.as_bytes().get(pos) == Some(&b'\\') {
        pos += 1;
    }
    if let Some(c) = text.get(pos..).and_then(|rest| rest.chars().next()) {
        pos += c.len_utf8();
    }
    match text.get(pos..).and_then(|rest| rest.find('\'')) {
        Some(n) if n <= 12 => Ok(pos + n + 1),
        _ => Err(pos.min(text.len())),
    }
}

/// At a `//` at `i`: the offset of the newline that ends the comment, or the end of the text.
pub fn line_end(text: &str, i: usize) -> usize {
    memchr::memchr(b'\n', &text.as_bytes()[i..]).map_or(text.len(), |n| i + n)
}

/// At the `/*` at `i`: the offset just past the `*/` that closes it (comments nest), or
/// `None` when it never closes.
pub fn block_comment_end(text: &str, i: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let mut j = i;
    loop {
        if j + 1 >= b.len() {
            return None;
        }
        if b[j] == b'/' && b[j + 1] == b'*' {
            depth += 1;
            j += 2;
        } else if b[j] == b'*' && b[j + 1] == b'/' {
            depth -= 1;
            j += 2;
            if depth == 0 {
                return Some(j);
            }
        } else {
            j += 1;
        }
    }
}

/// From `pos`: the offset past whitespace (Unicode's) and comments, the start of the next
/// token or the end of the text. A block comment left open runs to the end.
pub fn trivia_end(text: &str, mut pos: usize) -> usize {
    loop {
        let rest = &text[pos..];
        let trimmed = rest.trim_start();
        pos += rest.len() - trimmed.len();
        if trimmed.starts_with("//") {
            pos = line_end(text, pos);
        } else if trimmed.starts_with("/*") {
            pos = block_comment_end(text, pos).unwrap_or(text.len());
        } else {
            return pos;
        }
    }
}

/// From `pos`: the offset past an identifier (Unicode letters, digits, `_`), or past a raw
/// identifier `r#name`; `pos` itself when none stands there.
pub fn ident_end(text: &str, pos: usize) -> usize {
    let word_len = |s: &str| {
        s.char_indices()
            .find(|&(_, c)| !(c.is_alphanumeric() || c == '_'))
            .map_or(s.len(), |(i, _)| i)
    };
    let rest = &text[pos..];
    if rest.starts_with("r#") && !rest[2..].starts_with('"') {
        pos + 2 + word_len(&rest[2..])
    } else {
        pos + word_len(rest)
    }
}

/// Whether a byte may be part of an identifier, for scans that read backwards over bytes:
/// ASCII letters, digits, `_`, and any byte of a non-ASCII character.
pub fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

/// Whether the text holds nothing but whitespace and comments.
pub fn is_blank(text: &str) -> bool {
    trivia_end(text, 0) >= text.len()
}

/// Where a text ends before its brackets, strings or comments do.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unclosed {
    /// A bracket (`(`, `[`, `{`) at this byte offset is never closed.
    Bracket(usize),
    /// A string starting at this byte offset never ends.
    String(usize),
    /// A block comment starting at this byte offset never ends.
    Comment(usize),
}

/// Whether the text ends with something still open: the mark of a file cut short. One fast
/// pass over the bytes; `None` when everything closes, or when the text is malformed in a way
/// the parser should report itself (a stray closing bracket, a broken char literal).
pub fn unclosed(text: &str) -> Option<Unclosed> {
    let b = text.as_bytes();
    let mut stack: Vec<usize> = Vec::new();
    for mark in marks(text) {
        match mark {
            Mark::Open(i) => stack.push(i),
            Mark::Close(i) => {
                let open = stack.pop()?;
                let expected = match b[open] {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if b[i] != expected {
                    return None;
                }
            }
            Mark::Comma(_) => {}
            Mark::Unended(atom, i) => {
                return match atom {
                    Atom::String | Atom::RawString => Some(Unclosed::String(i)),
                    Atom::BlockComment | Atom::LineComment => Some(Unclosed::Comment(i)),
                    // A broken char literal: malformed rather than cut.
                    Atom::Char => None,
                };
            }
        }
    }
    stack.last().map(|&open| Unclosed::Bracket(open))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn atoms_end_where_ron_says() {
        assert_eq!(string_end(r#""a\"b" x"#, 0), Some(6));
        assert_eq!(string_end(r#""a\"#, 0), None);
        assert_eq!(raw_string_end(r###"r#"a"b"# x"###, 0), Some(Some(8)));
        assert_eq!(raw_string_end(r#"r#"a"#, 0), Some(None));
        assert_eq!(raw_string_end("r#ident", 0), None);
        assert_eq!(char_end(r"'\'' x", 0), Ok(4));
        assert_eq!(char_end("'Ə' x", 0), Ok(4));
        assert_eq!(char_end("'x", 0), Err(2));
        assert_eq!(block_comment_end("/* a /* b */ c */ x", 0), Some(17));
        assert_eq!(block_comment_end("/* a /* b */", 0), None);
        assert_eq!(line_end("// a\nb", 0), 4);
        assert_eq!(trivia_end(" // a\n /* b */ x", 0), 15);
        assert_eq!(ident_end("r#type: 1", 0), 6);
        assert_eq!(ident_end("Əliyev(", 0), 7);
        assert!(is_blank(" // a\n /* b /* c */ */ "));
        assert!(!is_blank(" x"));
    }

    #[test]
    fn marks_pass_over_strings_chars_and_comments() {
        let text = "(a: \"],\", b: r#\")\"#, c: '(', /* ] */ d: [1, 2]) // (";
        let marks: Vec<Mark> = marks(text).collect();
        assert_eq!(
            marks,
            [
                Mark::Open(0),
                Mark::Comma(8),
                Mark::Comma(19),
                Mark::Comma(27),
                Mark::Open(40),
                Mark::Comma(42),
                Mark::Close(45),
                Mark::Close(46),
            ]
        );
        assert_eq!(
            marks_of("(a: \"x"),
            [Mark::Open(0), Mark::Unended(Atom::String, 4)]
        );
    }

    fn marks_of(text: &str) -> Vec<Mark> {
        marks(text).collect()
    }

    #[test]
    fn finds_what_a_cut_leaves_open() {
        assert_eq!(unclosed("(a: [1, 2], b: \"x\")"), None);
        assert_eq!(unclosed("(a: [1, 2"), Some(Unclosed::Bracket(4)));
        assert_eq!(unclosed("(a: \"x)"), Some(Unclosed::String(4)));
        assert_eq!(unclosed("(a: r#\"x\"# )"), None);
        assert_eq!(unclosed("(a: r#\"x\""), Some(Unclosed::String(4)));
        assert_eq!(unclosed("(a: 1) /* a /* b */"), Some(Unclosed::Comment(7)));
        assert_eq!(unclosed("(a: '(', b: '\"', r#role: 1)"), None);
        assert_eq!(unclosed("(role: \"r\", c: '\\'')"), None);
        assert_eq!(unclosed("(a: 1) // (\n"), None);
        assert_eq!(unclosed("(a: \"\\\"(\")"), None);
        // Malformed rather than cut: the parser says what is wrong.
        assert_eq!(unclosed("(a: 1))"), None);
        assert_eq!(unclosed("(a: [1)"), None);
    }

    #[test]
    fn the_builtin_dataset_closes() {
        assert_eq!(unclosed(crate::data::BUILTIN), None);
    }
}
