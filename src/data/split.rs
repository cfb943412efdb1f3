//! Cutting a dataset's text into pieces that parse on their own, so that a large file parses
//! on every core and reports its progress as it goes.
//!
//! One pass over the bytes finds the list of interactions and the commas between its
//! elements. The text around the list parses as a dataset with no interactions; each run of
//! elements parses as a list of interactions. This is only ever a faster way to the same
//! answer: the loader takes it when every piece parses, and otherwise parses the whole text
//! the ordinary way, which reports the error at its place in the file.

use std::ops::Range;

use super::lexer::{Mark, is_ident_byte, marks};

/// A dataset's text cut around its list of interactions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Split {
    /// What comes before the dataset itself (attributes such as `#![enable(implicit_some)]`,
    /// comments): each piece is parsed after it, so extensions apply to every piece.
    pub prelude: Range<usize>,
    /// From the start up to and including the `[` that opens the list of interactions.
    pub head: Range<usize>,
    /// From the `]` that closes the list to the end.
    pub tail: Range<usize>,
    /// Runs of whole elements of the list, in order, each about the size asked for; the
    /// commas between runs belong to none.
    pub pieces: Vec<Range<usize>>,
}

/// Cuts `text` into pieces of about `piece` bytes. `None` when the text has no single list
/// of interactions that a simple scan can find (it may be malformed, or written in a way
/// this scan does not follow): the caller then parses the whole text.
pub fn split(text: &str, piece: usize) -> Option<Split> {
    let b = text.as_bytes();
    let mut depth = 0usize;
    // The `(` that opens the dataset, and the `[` of its list of interactions.
    let mut dataset_open: Option<usize> = None;
    let mut list: Option<(usize, Vec<usize>)> = None;
    let mut list_close: Option<usize> = None;
    for mark in marks(text) {
        match mark {
            Mark::Open(i) => {
                if depth == 0 && b[i] == b'(' && dataset_open.is_none() {
                    dataset_open = Some(i);
                }
                if depth == 1 && b[i] == b'[' && dataset_open.is_some() && key_before(b, i)? {
                    if list.is_some() {
                        return None; // two lists of interactions: let the parser object
                    }
                    list = Some((i, Vec::new()));
                }
                depth += 1;
            }
            Mark::Close(i) => {
                depth = depth.checked_sub(1)?;
                if depth == 1
                    && let Some((open, _)) = &list
                    && list_close.is_none()
                    && *open < i
                {
                    list_close = Some(i);
                }
            }
            Mark::Comma(i) if depth == 2 && list_close.is_none() => {
                if let Some((_, commas)) = &mut list {
                    commas.push(i);
                }
            }
            Mark::Comma(_) => {}
            Mark::Unended(..) => return None,
        }
    }
    let (open, commas) = list?;
    let close = list_close?;
    if depth != 0 {
        return None;
    }
    let dataset_open = dataset_open?;
    // The prelude ends where the dataset's name (`Dataset`), if any, begins.
    let mut start = dataset_open;
    while start > 0 && is_ident_byte(b[start - 1]) {
        start -= 1;
    }
    let mut pieces = Vec::new();
    let mut from = open + 1;
    for &comma in &commas {
        if comma - from >= piece {
            pieces.push(from..comma);
            from = comma + 1;
        }
    }
    if text[from..close].trim().is_empty() {
        // A trailing comma, or an empty list: nothing left to parse.
    } else {
        pieces.push(from..close);
    }
    Some(Split {
        prelude: 0..start,
        head: 0..open + 1,
        tail: close..text.len(),
        pieces,
    })
}

/// Whether the `[` at `at` is the value of the field `interactions:`. `None` when that
/// cannot be told simply (a comment between the name and the bracket).
pub(super) fn key_before(b: &[u8], at: usize) -> Option<bool> {
    let mut i = at;
    let skip_space = |mut i: usize| {
        while i > 0 && b[i - 1].is_ascii_whitespace() {
            i -= 1;
        }
        i
    };
    i = skip_space(i);
    if i == 0 || b[i - 1] != b':' {
        // `actors: [` has its colon; a list without one is some other value. A comment just
        // before the bracket hides the colon: give up rather than guess.
        return if i > 0 && b[i - 1] == b'/' {
            None
        } else {
            Some(false)
        };
    }
    i = skip_space(i - 1);
    let end = i;
    while i > 0 && is_ident_byte(b[i - 1]) {
        i -= 1;
    }
    let name = &b[i..end];
    if name == b"interactions" {
        // `r#interactions` is the same field, written raw: leave that to the parser.
        Some(!(i >= 2 && &b[i - 2..i] == b"r#"))
    } else if end == i {
        None
    } else {
        Some(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parts(text: &str, piece: usize) -> (String, String, String, Vec<String>) {
        let s = split(text, piece).expect("splits");
        (
            text[s.prelude].to_owned(),
            text[s.head].to_owned(),
            text[s.tail].to_owned(),
            s.pieces.into_iter().map(|r| text[r].to_owned()).collect(),
        )
    }

    #[test]
    fn cuts_the_list_of_interactions_between_elements() {
        let text = r#"#![enable(implicit_some)]
Dataset(title: "t", actors: [(id: "a")], interactions: [(id: "1", t: "x, y"), (id: "2"), (id: "3"),])"#;
        let (prelude, head, tail, pieces) = parts(text, 1);
        assert_eq!(prelude, "#![enable(implicit_some)]\n");
        assert!(head.ends_with("interactions: ["));
        assert_eq!(tail, "])");
        assert_eq!(
            pieces,
            [r#"(id: "1", t: "x, y")"#, r#" (id: "2")"#, r#" (id: "3")"#]
        );
        // Larger pieces hold several elements.
        let (_, _, _, pieces) = parts(text, 1000);
        assert_eq!(pieces, [r#"(id: "1", t: "x, y"), (id: "2"), (id: "3"),"#]);
    }

    #[test]
    fn strings_and_comments_hide_their_brackets_and_commas() {
        let text = "(interactions: [ (a: \"],\"), /* ], */ (b: r#\"\"],\"# ), // ],\n (c: 1) ])";
        let (_, _, _, pieces) = parts(text, 1);
        assert_eq!(pieces.len(), 3);
        assert!(pieces[2].contains("(c: 1)"));
    }

    #[test]
    fn gives_up_where_the_parser_should_decide() {
        // No list, two lists, a list left open, a comment hiding the colon.
        assert_eq!(split("(title: \"t\")", 1), None);
        assert_eq!(split("(interactions: [], interactions: [])", 1), None);
        assert_eq!(split("(interactions: [(a: 1)", 1), None);
        assert_eq!(split("(interactions /* x */ : /* y */ [])", 1), None);
        assert_eq!(split("(r#interactions: [])", 1), None);
    }

    #[test]
    fn an_empty_list_has_no_pieces() {
        let (_, _, _, pieces) = parts("(interactions: [ ])", 1);
        assert!(pieces.is_empty());
    }

    #[test]
    fn the_builtin_dataset_splits() {
        let s = split(crate::data::BUILTIN, 4096).expect("splits");
        assert!(s.pieces.len() > 10);
    }
}
