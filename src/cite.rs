//! Taking things away: a quote with its citation, an interaction as Markdown. Shared by the
//! browser's copy keys and the command line's Markdown output.

use std::fmt::Write;

use crate::data::{Data, Interaction, Quote, Source};
use crate::ui::detail::date_text;

/// The source a quote came from: the one its `source` names, else the interaction's first.
pub fn source_of<'a>(it: &'a Interaction, quote: &Quote) -> Option<&'a Source> {
    quote
        .source
        .as_deref()
        .and_then(|s| {
            it.sources
                .iter()
                .find(|src| src.url.as_deref() == Some(s) || src.outlet == s)
        })
        .or_else(|| it.sources.first())
}

/// An actor with the role it held on the interaction's date: `Nikol Pashinyan (acting Prime
/// Minister of Armenia)`; the name alone when the role is empty, the id when it names no actor.
pub fn with_role(data: &Data, it: &Interaction, id: &str) -> String {
    match data.role_of(id, it.date) {
        Some(role) => format!("{} ({role})", data.name_of(id)),
        None => data.name_of(id).to_owned(),
    }
}

/// `“text” — Speaker (role), via, Outlet, date, URL`, leaving out what is unknown. The role
/// is the one held on the interaction's date; `via` carries the translation credit.
pub fn quote_citation(data: &Data, it: &Interaction, quote: &Quote) -> String {
    let mut parts = vec![with_role(data, it, &quote.speaker)];
    parts.extend(quote.via.clone());
    if let Some(src) = source_of(it, quote) {
        parts.push(src.outlet.clone());
        parts.push(
            src.date
                .map_or_else(|| it.date.to_string(), |d| d.to_string()),
        );
        parts.extend(src.url.clone());
    }
    format!("“{}” — {}", quote.text, parts.join(", "))
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

/// The interaction as a Markdown section: title, facts, summary, quotes, sources. Every actor
/// is named with the role it held on the interaction's date. Text from the data is escaped
/// ([`escape`]) and link targets written so any URL survives ([`link_target`]): rendered by a
/// CommonMark reader, it shows the data's text and links to the data's URLs.
pub fn markdown(data: &Data, it: &Interaction) -> String {
    let mut md = String::new();
    let names = |ids: &[String]| {
        escape(
            &ids.iter()
                .map(|id| with_role(data, it, id))
                .collect::<Vec<_>>()
                .join("; "),
        )
    };
    // `writeln!` into a String cannot fail.
    let _ = writeln!(md, "## {}\n", escape(&it.title));
    let _ = writeln!(md, "- **Date:** {}", date_text(it.date, it.until));
    let mut kind = it.kind.label().to_owned();
    if let Some(class) = it.class {
        kind.push_str(&format!(" ({})", class.label()));
    }
    let _ = writeln!(md, "- **Kind:** {}", escape(&kind));
    if let Some(place) = &it.place {
        let _ = writeln!(md, "- **Place:** {}", escape(place));
    }
    let _ = writeln!(md, "- **Participants:** {}", names(&it.participants));
    if let Some(initiator) = &it.initiator {
        let _ = writeln!(
            md,
            "- **Initiator:** {}",
            escape(&with_role(data, it, initiator))
        );
    }
    if !it.mediators.is_empty() {
        let _ = writeln!(md, "- **Mediators:** {}", names(&it.mediators));
    }
    if !it.topics.is_empty() {
        let _ = writeln!(md, "- **Topics:** {}", escape(&it.topics.join(", ")));
    }
    // Each line of the summary a paragraph; each line of a quote a line of its block quote.
    for para in it.summary.split('\n').filter(|p| !p.trim().is_empty()) {
        let _ = writeln!(md, "\n{}", escape(para));
    }
    for q in &it.quotes {
        let lines: Vec<String> = quote_citation(data, it, q)
            .split('\n')
            .map(|l| format!("> {}", escape(l)))
            .collect();
        let _ = writeln!(md, "\n{}", lines.join("\\\n"));
    }
    let _ = writeln!(md, "\nSources:\n");
    for s in &it.sources {
        let mut line = escape(&s.outlet);
        if let Some(title) = &s.title {
            line.push_str(&format!(", “{}”", escape(title)));
        }
        if let Some(d) = s.date {
            line.push_str(&format!(", {d}"));
        }
        match &s.url {
            Some(url) => {
                let _ = writeln!(md, "- [{line}]({})", link_target(url));
            }
            None => {
                let _ = writeln!(md, "- {line}");
            }
        }
    }
    md
}
