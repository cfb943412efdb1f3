//! `readout show`: one interaction in full, as plain text: the document the browser's Detail
//! and the Markdown export read too ([`crate::present`]), with the markup of plain text.

use std::io::Write;

use super::Failure;
use crate::data::Data;
use crate::present::{Block, Document, interaction};

/// `show`: one interaction in full, wrapped at `width` when stdout is a terminal.
pub fn show(
    data: &Data,
    id: &str,
    width: Option<usize>,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let Some(interaction) = data
        .interactions()
        .iter()
        .find(|interaction| interaction.id == id)
    else {
        let close = crate::suggest::nearest(
            id,
            data.interactions()
                .iter()
                .map(|interaction| interaction.id.as_str()),
        )
        .map(|id| format!(" (did you mean {id:?}?)"))
        .unwrap_or_default();
        return Err(Failure::Failed(format!(
            "no interaction has the id {id:?}{close}; `readout list --ids` shows the ids, and the browser's Detail"
        )));
    };
    write!(
        out,
        "{}",
        plain(&interaction::document(data, interaction), width)
    )?;
    Ok(())
}

/// A label as `show` writes it: lowercase unless it is an acronym (`CAMEO`), then a colon,
/// padded to the width of `participants:`.
fn label(text: &str) -> String {
    let mut chars = text.chars();
    let lower = match (chars.next(), chars.next()) {
        (Some(first), Some(second)) if !second.is_uppercase() => {
            first.to_lowercase().chain(text.chars().skip(1)).collect()
        }
        (Some(first), None) => first.to_lowercase().collect(),
        _ => text.to_owned(),
    };
    format!("{:13} ", format!("{lower}:"))
}

/// A document as plain text: the title; each field `label: value`, several values one a line
/// under the first; each section after an empty line; paragraphs; each quote indented with its
/// credit under it; each source as `  - citation` with its URL under it. With a `width` (a
/// terminal's, in columns; at least 20 is used), text is wrapped at spaces; without one
/// (a pipe) nothing is wrapped or cut.
pub fn plain(doc: &Document, width: Option<usize>) -> String {
    let mut out = Plain {
        text: String::new(),
        width,
    };
    out.put("", "", &doc.title);
    let pad = " ".repeat(14);
    for block in &doc.blocks {
        match block {
            Block::Field(f) => {
                let head = label(&f.label);
                for (n, value) in f.values.iter().enumerate() {
                    out.put(if n == 0 { &head } else { &pad }, &pad, value);
                }
            }
            Block::Section(heading) => {
                out.line("");
                out.put("", "", heading);
            }
            Block::Blank => out.line(""),
            Block::Paragraph { text, indent, .. } => {
                let indent = " ".repeat(*indent);
                for para in text.split('\n') {
                    out.put(&indent, &indent, para);
                }
            }
            Block::Quote(q) => {
                out.put("  ", "  ", &format!("“{}”", q.text));
                out.put("    ", "    ", &format!("— {}", q.credit));
            }
            Block::Source(s) => {
                out.put("  - ", "    ", &s.citation);
                if let Some(url) = &s.url {
                    // A URL stays whole on its line, to be clicked or copied.
                    out.line(&format!("    {url}"));
                }
            }
            // Not in an interaction's document.
            Block::Counterparts(_) | Block::Interactions(_) => {}
        }
    }
    out.text
}

/// Plain text being written, and the width it wraps at.
struct Plain {
    text: String,
    width: Option<usize>,
}

impl Plain {
    /// One line as it is.
    fn line(&mut self, line: &str) {
        self.text.push_str(line);
        self.text.push('\n');
    }

    /// `text` after `first` (and each wrapped line after `rest`), wrapped at the width (at
    /// least 20 columns) at spaces only, never inside a date or an id at their hyphens; as it
    /// is without a width.
    fn put(&mut self, first: &str, rest: &str, text: &str) {
        let Some(width) = self.width else {
            return self.line(&format!("{first}{text}"));
        };
        let options = textwrap::Options::new(width.max(20))
            .word_splitter(textwrap::WordSplitter::NoHyphenation)
            .initial_indent(first)
            .subsequent_indent(rest);
        for line in textwrap::wrap(text, options) {
            self.line(line.trim_end());
        }
    }
}
