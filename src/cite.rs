//! Taking things away: a quote with its citation, an interaction as Markdown. Shared by the
//! browser's copy keys and the command line's Markdown output.

use std::fmt::Write;

use crate::data::{Data, Interaction, Quote};
use crate::present::{Block, Document, interaction};

use crate::present::values::quote_credit;
pub use crate::present::values::source_of;

/// `“text” — Speaker (role), via, Outlet, date, URL`, leaving out what is unknown: the quote's
/// credit ([`crate::present::values::quote_credit`]) and the URL of its source.
pub fn quote_citation(data: &Data, interaction: &Interaction, quote: &Quote) -> String {
    let mut cite = format!(
        "“{}” — {}",
        quote.text,
        quote_credit(data, interaction, quote)
    );
    if let Some(url) = source_of(interaction, quote).and_then(|s| s.url.as_deref()) {
        cite.push_str(", ");
        cite.push_str(url);
    }
    cite
}

/// Whether `&` at the start of `rest` would be read as an entity or numeric character
/// reference (`&amp;`, `&#38;`, `&#x26;`).
fn starts_a_reference(rest: &str) -> bool {
    let body = &rest[1..];
    let name_len = body
        .bytes()
        .take_while(|b| b.is_ascii_alphanumeric() || *b == b'#')
        .count();
    name_len > 0 && body.as_bytes().get(name_len) == Some(&b';')
}

/// `text` as CommonMark inline text that renders as exactly `text` (a line of it, less the
/// leading spaces CommonMark drops): what could start emphasis, code, a link, an image, HTML,
/// an autolink, a character reference or strikethrough (`\\ ` * _ [ ] < ~ &`) is
/// backslash-escaped, and so is what would make the line a heading, a list item, a block
/// quote or a thematic break (a first `#`, `-`, `+`, `=`, `>`, `1.`, `1)`), or close a
/// heading (a last run of `#`).
pub fn escape(text: &str) -> String {
    let text = text.trim_start_matches([' ', '\t']);
    let bytes = text.as_bytes();
    let digits = bytes.iter().take_while(|b| b.is_ascii_digit()).count();
    let block_at = match bytes.first() {
        Some(b'-' | b'+' | b'=' | b'#' | b'>') => Some(0),
        Some(b'0'..=b'9') if matches!(bytes.get(digits), Some(b'.' | b')')) => Some(digits),
        _ => None,
    };
    // A heading's closing sequence: the last run of `#`, after a space or alone.
    let trimmed = text.trim_end_matches([' ', '\t']);
    let hashes = trimmed.len() - trimmed.trim_end_matches('#').len();
    let closing = (hashes > 0).then(|| trimmed.len() - hashes);
    let mut out = String::with_capacity(text.len() + 8);
    for (i, c) in text.char_indices() {
        let special = matches!(c, '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '~')
            || (c == '&' && starts_a_reference(&text[i..]))
            || block_at == Some(i)
            || closing == Some(i);
        if special {
            out.push('\\');
        }
        out.push(c);
    }
    out
}

/// A link's destination that CommonMark reads back as exactly `url`: as it is when it is
/// plain, else between angle brackets (which allow spaces and parentheses) with `<`, `>`, `\`
/// and what looks like a character reference backslash-escaped.
pub fn link_target(url: &str) -> String {
    let plain = !url.is_empty()
        && !url
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "()<>\\&`*_[]".contains(c));
    if plain {
        return url.to_owned();
    }
    let mut out = String::with_capacity(url.len() + 4);
    out.push('<');
    for (i, c) in url.char_indices() {
        if matches!(c, '<' | '>' | '\\') || (c == '&' && starts_a_reference(&url[i..])) {
            out.push('\\');
        }
        out.push(c);
    }
    out.push('>');
    out
}

/// The interaction as a Markdown section: the document every output reads
/// ([`crate::present::interaction::document`]), its fields a list with bold labels, several
/// values joined by `; `, each section's heading a paragraph ending in `:`, each quote a
/// block quote with its credit, each source a list item linking to its URL. Text from the data
/// is escaped ([`escape`]) and link targets written so any URL survives ([`link_target`]):
/// rendered by a CommonMark reader, it shows the data's text and links to the data's URLs.
pub fn markdown(data: &Data, interaction: &Interaction) -> String {
    render_markdown(&interaction::document(data, interaction))
}

/// A document as Markdown (see [`markdown`]).
pub fn render_markdown(doc: &Document) -> String {
    let mut md = String::new();
    // `writeln!` into a String cannot fail.
    let _ = writeln!(md, "## {}", escape(&doc.title));
    // Whether the last thing written was a list item, which a paragraph must leave.
    let mut in_list = false;
    let open = |md: &mut String, list: bool, in_list: &mut bool| {
        if !list || !*in_list {
            md.push('\n');
        }
        *in_list = list;
    };
    for block in &doc.blocks {
        match block {
            Block::Field(f) => {
                open(&mut md, true, &mut in_list);
                let _ = writeln!(
                    md,
                    "- **{}:** {}",
                    escape(&f.label),
                    escape(&f.values.join("; "))
                );
            }
            Block::Section(heading) => {
                open(&mut md, false, &mut in_list);
                let _ = writeln!(md, "{}:", escape(heading));
            }
            Block::Blank => {}
            // Each line of a paragraph a paragraph.
            Block::Paragraph { text, .. } => {
                for para in text.split('\n').filter(|p| !p.trim().is_empty()) {
                    open(&mut md, false, &mut in_list);
                    let _ = writeln!(md, "{}", escape(para));
                }
            }
            // Each line of a quote a line of its block quote.
            Block::Quote(q) => {
                open(&mut md, false, &mut in_list);
                let text = format!("“{}” — {}", q.text, q.credit);
                let lines: Vec<String> = text
                    .split('\n')
                    .map(|l| format!("> {}", escape(l)))
                    .collect();
                let _ = writeln!(md, "{}", lines.join("\\\n"));
            }
            Block::Source(s) => {
                open(&mut md, true, &mut in_list);
                let line = escape(&s.citation);
                let _ = match &s.url {
                    Some(url) => writeln!(md, "- [{line}]({})", link_target(url)),
                    None => writeln!(md, "- {line}"),
                };
            }
            // An interaction's document has no tables or lists of interactions; an actor's
            // or a pair's is not written as Markdown.
            Block::Counterparts(_) | Block::Interactions(_) => {}
        }
    }
    md
}
