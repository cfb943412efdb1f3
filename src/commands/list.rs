//! `list` and `export`: the matching interactions as text rows, JSON, CSV or Markdown, and
//! the actor network as GEXF, GraphML or DOT.

use std::io::{self, Write};

use serde::Serialize;
use unicode_width::UnicodeWidthStr;

use super::Failure;
use super::resolve::{filter_of, filtered};
use crate::cite;
use crate::cli::{ExportFormat, FilterArgs, Format};
use crate::data::{Data, Interaction};
use crate::network::{Network, export};
use crate::present::text::{fit, truncate};
use crate::present::values::participants;
use crate::query;

/// `export --format gexf|graphml|dot`: the actor network of the interactions that pass the
/// filters.
pub fn export_network(
    data: &Data,
    args: &FilterArgs,
    format: ExportFormat,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let shown = query::matching(data, &filter_of(data, args)?);
    let net = Network::build(data, &shown);
    match format {
        ExportFormat::Gexf => export::gexf(data, &net, out)?,
        ExportFormat::Graphml => export::graphml(data, &net, out)?,
        _ => export::dot_graph(data, &net, out)?,
    }
    Ok(())
}

/// `list` and `export`: the matching interactions in date order. `width` is the terminal's
/// width when stdout is a terminal (text rows are cut to fit), `None` for a pipe (nothing is
/// cut).
pub fn list(
    data: &Data,
    filters: &FilterArgs,
    format: Format,
    width: Option<usize>,
    out: &mut impl Write,
) -> Result<(), Failure> {
    list_with(
        data,
        filters,
        ListOptions {
            format,
            width,
            ids: false,
        },
        out,
    )
}

/// How `list` writes its rows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct ListOptions {
    /// Text rows, JSON, CSV or Markdown.
    pub format: Format,
    /// The terminal's width in columns when stdout is a terminal (text rows are cut to fit),
    /// `None` for a pipe (nothing is cut).
    pub width: Option<usize>,
    /// Text: start each row with the interaction's id (never cut).
    pub ids: bool,
}

/// `list` with its options: [`list`], and the id column of `--ids`.
pub fn list_with(
    data: &Data,
    filters: &FilterArgs,
    options: ListOptions,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let ListOptions { format, width, ids } = options;
    let rows = filtered(data, filters)?;
    match format {
        Format::Text => list_text(data, &rows, width, ids, out)?,
        Format::Json => {
            let rows: Vec<JsonRow> = rows
                .iter()
                .map(|interaction| JsonRow {
                    interaction,
                    roles: Roles(data.roles_in(interaction)),
                })
                .collect();
            let mut ser = serde_json::Serializer::with_formatter(&mut *out, SafeJson::default());
            rows.serialize(&mut ser).map_err(io::Error::from)?;
            writeln!(out)?;
        }
        Format::Csv => list_csv(data, &rows, out)?,
        Format::Markdown => {
            for (n, interaction) in rows.iter().enumerate() {
                if n > 0 {
                    writeln!(out)?;
                }
                write!(out, "{}", cite::markdown(data, interaction))?;
            }
        }
    }
    Ok(())
}

/// An interaction as JSON: its fields as the dataset has them, and `roles`, an object from
/// each actor id of the interaction to the role it held on the interaction's date.
#[derive(Serialize)]
struct JsonRow<'a> {
    #[serde(flatten)]
    interaction: &'a Interaction,
    roles: Roles<'a>,
}

/// Actor ids and roles, as a JSON object in the interaction's order.
struct Roles<'a>(Vec<(&'a str, &'a str)>);

impl Serialize for Roles<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_map(self.0.iter().copied())
    }
}

fn list_text(
    data: &Data,
    rows: &[&Interaction],
    width: Option<usize>,
    ids: bool,
    out: &mut impl Write,
) -> io::Result<()> {
    let id_w = if ids {
        rows.iter()
            .map(|interaction| interaction.id.width())
            .max()
            .unwrap_or(0)
    } else {
        0
    };
    let names: Vec<String> = rows
        .iter()
        .map(|interaction| participants(data, interaction))
        .collect();
    let date_w = rows
        .iter()
        .map(|interaction| interaction.date.to_string().len())
        .max()
        .unwrap_or(4);
    let kind_w = rows
        .iter()
        .map(|interaction| interaction.kind.label().len())
        .max()
        .unwrap_or(4);
    let mut names_w = names.iter().map(|n| n.width()).max().unwrap_or(0);
    if let Some(w) = width {
        names_w = names_w.min((w / 4).max(12));
    }
    for (interaction, who) in rows.iter().zip(&names) {
        let id = if ids {
            format!("{}  ", fit(&interaction.id, id_w))
        } else {
            String::new()
        };
        let head = format!(
            "{id}{}  {}  {}  ",
            fit(&interaction.date.to_string(), date_w),
            fit(interaction.kind.label(), kind_w),
            fit(who, names_w)
        );
        let line = match width {
            Some(w) => {
                let rest = w.saturating_sub(head.width());
                format!("{head}{}", truncate(&interaction.title, rest))
            }
            None => format!("{head}{}", interaction.title),
        };
        writeln!(out, "{}", line.trim_end())?;
    }
    Ok(())
}

/// A CSV cell a spreadsheet shows as text and never runs: a cell that starts with `=`, `+`,
/// `-`, `@`, a tab or a carriage return (the OWASP list of formula triggers), or with the
/// fullwidth `＝`, `＋`, `－`, `＠` that some spreadsheets read the same way, gets a `'` in
/// front. A plain number (`-2.5`, `+3`) is left as it is: a spreadsheet reads it as a number,
/// which runs nothing.
pub fn spreadsheet_safe(cell: &str) -> std::borrow::Cow<'_, str> {
    let triggers = |c: char| {
        matches!(
            c,
            '=' | '+' | '-' | '@' | '\t' | '\r' | '＝' | '＋' | '－' | '＠'
        )
    };
    let plain_number = |s: &str| {
        let digits = s.strip_prefix(['+', '-']).unwrap_or(s);
        let (whole, frac) = digits.split_once('.').unwrap_or((digits, "0"));
        !whole.is_empty()
            && !frac.is_empty()
            && whole.bytes().all(|b| b.is_ascii_digit())
            && frac.bytes().all(|b| b.is_ascii_digit())
    };
    match cell.chars().next() {
        Some(c) if triggers(c) && !plain_number(cell) => {
            std::borrow::Cow::Owned(format!("'{cell}"))
        }
        _ => std::borrow::Cow::Borrowed(cell),
    }
}

fn list_csv(data: &Data, rows: &[&Interaction], out: &mut impl Write) -> io::Result<()> {
    let mut w = csv::Writer::from_writer(out);
    w.write_record([
        "id",
        "date",
        "until",
        "kind",
        "class",
        "participants",
        "initiator",
        "mediators",
        "place",
        "title",
        "topics",
        "quotes",
        "sources",
        // Machine-coded data only (`coding`): empty for hand-written interactions.
        "event_code",
        "goldstein",
        "tone",
        "mentions",
        "num_sources",
        "articles",
        "event_ids",
        // The role each actor held on the interaction's date, in the order of `participants`
        // and `mediators`. Roles may hold semicolons, so they are separated by " | ".
        "participant_roles",
        "initiator_role",
        "mediator_roles",
    ])?;
    for interaction in rows {
        let names = |ids: &[String]| {
            ids.iter()
                .map(|id| data.name_of(id))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let roles = |ids: &[String]| {
            ids.iter()
                .map(|id| data.role_of(id, interaction.date).unwrap_or_default())
                .collect::<Vec<_>>()
                .join(" | ")
        };
        let sources: Vec<String> = interaction
            .sources
            .iter()
            .map(|s| s.url.clone().unwrap_or_else(|| s.outlet.clone()))
            .collect();
        let c = interaction.coding.as_ref();
        let num = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
        let float = |x: Option<f64>| x.map(|x| x.to_string()).unwrap_or_default();
        let cells = [
            interaction.id.as_str(),
            &interaction.date.to_string(),
            &interaction.until.map(|d| d.to_string()).unwrap_or_default(),
            interaction.kind.label(),
            interaction.class.map_or("", |c| c.label()),
            &names(&interaction.participants),
            interaction
                .initiator
                .as_deref()
                .map_or("", |id| data.name_of(id)),
            &names(&interaction.mediators),
            interaction.place.as_deref().unwrap_or_default(),
            &interaction.title,
            &interaction.topics.join("; "),
            &interaction.quotes.len().to_string(),
            &sources.join(" "),
            c.map_or("", |c| c.event.as_str()),
            &float(c.and_then(|c| c.goldstein)),
            &float(c.and_then(|c| c.tone)),
            &num(c.and_then(|c| c.mentions)),
            &num(c.and_then(|c| c.sources)),
            &num(c.and_then(|c| c.articles)),
            &c.map(|c| c.ids.join(" ")).unwrap_or_default(),
            &roles(&interaction.participants),
            interaction
                .initiator
                .as_deref()
                .and_then(|id| data.role_of(id, interaction.date))
                .unwrap_or_default(),
            &roles(&interaction.mediators),
        ];
        w.write_record(cells.iter().map(|cell| spreadsheet_safe(cell).into_owned()))?;
    }
    w.flush()
}

/// serde_json's pretty output, with every character that must not reach a terminal raw
/// written as a `\uXXXX` escape. serde_json escapes the C0 controls itself; this adds DEL, the
/// C1 controls and the bidirectional overrides, which JSON allows raw. The text stays exactly
/// the data's: a JSON reader gets the same characters back.
#[derive(Default)]
struct SafeJson<'a>(serde_json::ser::PrettyFormatter<'a>);

impl serde_json::ser::Formatter for SafeJson<'_> {
    fn write_string_fragment<W: ?Sized + Write>(
        &mut self,
        w: &mut W,
        fragment: &str,
    ) -> io::Result<()> {
        let mut start = 0;
        for (i, c) in fragment.char_indices() {
            if crate::data::clean::is_unsafe(c) {
                w.write_all(&fragment.as_bytes()[start..i])?;
                write!(w, "\\u{:04x}", c as u32)?;
                start = i + c.len_utf8();
            }
        }
        w.write_all(&fragment.as_bytes()[start..])
    }

    fn begin_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_array(w)
    }

    fn end_array<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array(w)
    }

    fn begin_array_value<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_array_value(w, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_array_value(w)
    }

    fn begin_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object(w)
    }

    fn end_object<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object(w)
    }

    fn begin_object_key<W: ?Sized + Write>(&mut self, w: &mut W, first: bool) -> io::Result<()> {
        self.0.begin_object_key(w, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.begin_object_value(w)
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, w: &mut W) -> io::Result<()> {
        self.0.end_object_value(w)
    }
}
