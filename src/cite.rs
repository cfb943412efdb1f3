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

/// The interaction as a Markdown section: title, facts, summary, quotes, sources. Every actor
/// is named with the role it held on the interaction's date.
pub fn markdown(data: &Data, it: &Interaction) -> String {
    let mut md = String::new();
    let names = |ids: &[String]| {
        ids.iter()
            .map(|id| with_role(data, it, id))
            .collect::<Vec<_>>()
            .join("; ")
    };
    // `writeln!` into a String cannot fail.
    let _ = writeln!(md, "## {}\n", it.title);
    let _ = writeln!(md, "- **Date:** {}", date_text(it.date, it.until));
    let mut kind = it.kind.label().to_owned();
    if let Some(class) = it.class {
        kind.push_str(&format!(" ({})", class.label()));
    }
    let _ = writeln!(md, "- **Kind:** {kind}");
    if let Some(place) = &it.place {
        let _ = writeln!(md, "- **Place:** {place}");
    }
    let _ = writeln!(md, "- **Participants:** {}", names(&it.participants));
    if let Some(initiator) = &it.initiator {
        let _ = writeln!(md, "- **Initiator:** {}", with_role(data, it, initiator));
    }
    if !it.mediators.is_empty() {
        let _ = writeln!(md, "- **Mediators:** {}", names(&it.mediators));
    }
    if !it.topics.is_empty() {
        let _ = writeln!(md, "- **Topics:** {}", it.topics.join(", "));
    }
    let _ = writeln!(md, "\n{}", it.summary.replace('\n', "\n\n"));
    for q in &it.quotes {
        let _ = writeln!(md, "\n> {}", quote_citation(data, it, q));
    }
    let _ = writeln!(md, "\nSources:\n");
    for s in &it.sources {
        let mut line = s.outlet.clone();
        if let Some(title) = &s.title {
            line.push_str(&format!(", “{title}”"));
        }
        if let Some(d) = s.date {
            line.push_str(&format!(", {d}"));
        }
        match &s.url {
            Some(url) => {
                let _ = writeln!(md, "- [{line}]({url})");
            }
            None => {
                let _ = writeln!(md, "- {line}");
            }
        }
    }
    md
}
