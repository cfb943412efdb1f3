//! The commands that print instead of browsing: `check`, `list`, `export`, `show`.

use std::collections::HashSet;
use std::io::{self, Write};

use serde::Serialize;

use unicode_width::UnicodeWidthStr;

use crate::cite;
use crate::cli::{ExportFormat, FilterArgs, Format};
use crate::data::{ActorMatch, Data, Interaction};
use crate::network::{Network, export};
use crate::query::{self, ClassFilter, Filter, MatchMode, RoleMatch};
use crate::ui::detail::{coverage, date_text, event_text, fatalities, signed};
use crate::ui::text::{fit, truncate};
use crate::ui::timeline::participants;

pub mod config;

/// A command's failure; the name the commands use for [`crate::error::Error`].
pub use crate::error::Error as Failure;

/// `check`'s one-line summary: `14 interactions, 17 actors, 9 quotes, 1 source`.
pub fn summary(data: &Data) -> String {
    let its = data.interactions();
    let quotes: usize = its.iter().map(|it| it.quotes.len()).sum();
    let sources: HashSet<(&str, Option<&str>, Option<&str>)> = its
        .iter()
        .flat_map(|it| &it.sources)
        .map(|s| (s.outlet.as_str(), s.title.as_deref(), s.url.as_deref()))
        .collect();
    let n = |count: usize, one: &str, many: &str| {
        format!("{count} {}", if count == 1 { one } else { many })
    };
    format!(
        "{}, {}, {}, {}",
        n(its.len(), "interaction", "interactions"),
        n(data.actors().len(), "actor", "actors"),
        n(quotes, "quote", "quotes"),
        n(sources.len(), "source", "sources")
    )
}

/// Resolves `--actor` values to actor indices, matching as the browser's picker does
/// ([`Data::resolve_actor`]): an id, or part of a name, native name or alias, folded as
/// search folds. A usage failure (exit 2) for a name that fits no actor, and for one that
/// fits several equally well, listing them with their ids and roles.
pub fn resolve_actors(data: &Data, names: &[String]) -> Result<Vec<usize>, Failure> {
    names
        .iter()
        .map(|name| {
            if name.trim().is_empty() {
                return Err(Failure::usage(
                    "--actor needs an id, a name, a native name or an alias".to_owned(),
                ));
            }
            match data.resolve_actor(name) {
                ActorMatch::One(a) => Ok(a),
                ActorMatch::Several(found) => Err(Failure::usage(ambiguous(data, name, &found))),
                ActorMatch::None => {
                    let hint = crate::data::validate::suggest(name, data.actors())
                        .map(|id| format!(" (did you mean {id:?}?)"))
                        .unwrap_or_default();
                    Err(Failure::usage(format!(
                        "no actor is called {name:?}{hint}; --actor takes an id, or part of a name, a native name or an alias"
                    )))
                }
            }
        })
        .collect()
}

/// Resolves `--place` values to places: an id, a name, a native name or an alias, however
/// spelled (folded).
pub fn resolve_places(data: &Data, names: &[String]) -> Result<Vec<usize>, Failure> {
    names
        .iter()
        .map(|name| {
            data.search_places(name).first().copied().ok_or_else(|| {
                let known: Vec<&str> = data.places().iter().map(|p| p.id.as_str()).collect();
                Failure::usage(if known.is_empty() {
                    format!("no place {name:?}: the data names no places")
                } else {
                    format!(
                        "no place {name:?}; --place takes a place's id, name or alias: {}",
                        known.join(", ")
                    )
                })
            })
        })
        .collect()
}

/// Resolves `--country` values to groups: a country code (`RUS`, any case), or an
/// organisation's id, name or alias.
pub fn resolve_groups(data: &Data, names: &[String]) -> Result<Vec<query::Group>, Failure> {
    if names.is_empty() {
        return Ok(Vec::new());
    }
    let all = query::groups::all(data);
    names
        .iter()
        .map(|name| {
            let t = name.trim();
            let by_code = all
                .iter()
                .find(|g| g.kind == query::GroupKind::Country && g.key.eq_ignore_ascii_case(t));
            let by_org = || {
                let a = data.find_actor(t)?;
                let id = &data.actor(a).id;
                all.iter()
                    .find(|g| g.kind == query::GroupKind::Affiliation && &g.key == id)
            };
            by_code.or_else(by_org).cloned().ok_or_else(|| {
                let codes: Vec<&str> = all
                    .iter()
                    .filter(|g| g.kind == query::GroupKind::Country)
                    .map(|g| g.key.as_str())
                    .collect();
                Failure::usage(format!(
                    "no country or organisation {t:?}; --country takes a country code ({}) or the id or name of an organisation others belong to",
                    codes.join(", ")
                ))
            })
        })
        .collect()
}

/// The error for an `--actor` that fits several actors: one line each, id, name and role,
/// the ids aligned, and how to choose.
fn ambiguous(data: &Data, name: &str, found: &[usize]) -> String {
    const SHOWN: usize = 20;
    let id_w = found
        .iter()
        .take(SHOWN)
        .map(|&a| data.actor(a).id.width())
        .max()
        .unwrap_or(0);
    let mut message = format!(
        "{} actors fit --actor {name:?}; give one of their ids:",
        found.len()
    );
    for &a in found.iter().take(SHOWN) {
        let actor = data.actor(a);
        message.push_str(&format!(
            "\n  {}  {} — {}",
            fit(&actor.id, id_w),
            actor.name,
            actor.role
        ));
    }
    if found.len() > SHOWN {
        message.push_str(&format!("\n  … and {} more", found.len() - SHOWN));
    }
    message
}

/// The interactions that pass `list`'s and `export`'s filters, in date order.
///
/// # Errors
/// An `--actor` that names no one, or `--until` before `--since` (a usage error, exit 2).
pub fn filtered<'a>(data: &'a Data, args: &FilterArgs) -> Result<Vec<&'a Interaction>, Failure> {
    Ok(query::matching(data, &filter_of(data, args)?)
        .into_iter()
        .map(|i| data.interaction(i))
        .collect())
}

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

/// The browser's filter that `list`'s and `export`'s options describe.
fn filter_of(data: &Data, args: &FilterArgs) -> Result<Filter, Failure> {
    query::check_range(args.since, args.until).map_err(|e| {
        Failure::usage(format!(
            "--since {} --until {} selects nothing: {e}",
            args.since.map(|d| d.to_string()).unwrap_or_default(),
            args.until.map(|d| d.to_string()).unwrap_or_default()
        ))
    })?;
    let filter = Filter {
        actors: resolve_actors(data, &args.actor)?,
        mode: if args.any {
            MatchMode::Any
        } else {
            MatchMode::All
        },
        since: args.since,
        until: args.until,
        search: query::search_query(args.search.as_deref().unwrap_or_default()),
        groups: resolve_groups(data, &args.country)?,
        role: if args.any_role {
            RoleMatch::Any
        } else {
            RoleMatch::TookPart
        },
        kind: args.kind,
        places: resolve_places(data, &args.place)?,
        class: match args.class {
            Some(ClassFilter::Quad(c)) => Some(c),
            _ => None,
        },
        root: match args.class {
            Some(ClassFilter::Root(r)) => Some(r),
            _ => None,
        },
    };
    Ok(filter)
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
                .map(|it| JsonRow {
                    interaction: it,
                    roles: Roles(data.roles_in(it)),
                })
                .collect();
            let mut ser = serde_json::Serializer::with_formatter(&mut *out, SafeJson::default());
            rows.serialize(&mut ser).map_err(io::Error::from)?;
            writeln!(out)?;
        }
        Format::Csv => list_csv(data, &rows, out)?,
        Format::Markdown => {
            for (n, it) in rows.iter().enumerate() {
                if n > 0 {
                    writeln!(out)?;
                }
                write!(out, "{}", cite::markdown(data, it))?;
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
        rows.iter().map(|it| it.id.width()).max().unwrap_or(0)
    } else {
        0
    };
    let names: Vec<String> = rows.iter().map(|it| participants(data, it)).collect();
    let date_w = rows
        .iter()
        .map(|it| it.date.to_string().len())
        .max()
        .unwrap_or(4);
    let kind_w = rows
        .iter()
        .map(|it| it.kind.label().len())
        .max()
        .unwrap_or(4);
    let mut names_w = names.iter().map(|n| n.width()).max().unwrap_or(0);
    if let Some(w) = width {
        names_w = names_w.min((w / 4).max(12));
    }
    for (it, who) in rows.iter().zip(&names) {
        let id = if ids {
            format!("{}  ", fit(&it.id, id_w))
        } else {
            String::new()
        };
        let head = format!(
            "{id}{}  {}  {}  ",
            fit(&it.date.to_string(), date_w),
            fit(it.kind.label(), kind_w),
            fit(who, names_w)
        );
        let line = match width {
            Some(w) => {
                let rest = w.saturating_sub(head.width());
                format!("{head}{}", truncate(&it.title, rest))
            }
            None => format!("{head}{}", it.title),
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
    for it in rows {
        let names = |ids: &[String]| {
            ids.iter()
                .map(|id| data.name_of(id))
                .collect::<Vec<_>>()
                .join("; ")
        };
        let roles = |ids: &[String]| {
            ids.iter()
                .map(|id| data.role_of(id, it.date).unwrap_or_default())
                .collect::<Vec<_>>()
                .join(" | ")
        };
        let sources: Vec<String> = it
            .sources
            .iter()
            .map(|s| s.url.clone().unwrap_or_else(|| s.outlet.clone()))
            .collect();
        let c = it.coding.as_ref();
        let num = |n: Option<u64>| n.map(|n| n.to_string()).unwrap_or_default();
        let float = |x: Option<f64>| x.map(|x| x.to_string()).unwrap_or_default();
        let cells = [
            it.id.as_str(),
            &it.date.to_string(),
            &it.until.map(|d| d.to_string()).unwrap_or_default(),
            it.kind.label(),
            it.class.map_or("", |c| c.label()),
            &names(&it.participants),
            it.initiator.as_deref().map_or("", |id| data.name_of(id)),
            &names(&it.mediators),
            it.place.as_deref().unwrap_or_default(),
            &it.title,
            &it.topics.join("; "),
            &it.quotes.len().to_string(),
            &sources.join(" "),
            c.map_or("", |c| c.event.as_str()),
            &float(c.and_then(|c| c.goldstein)),
            &float(c.and_then(|c| c.tone)),
            &num(c.and_then(|c| c.mentions)),
            &num(c.and_then(|c| c.sources)),
            &num(c.and_then(|c| c.articles)),
            &c.map(|c| c.ids.join(" ")).unwrap_or_default(),
            &roles(&it.participants),
            it.initiator
                .as_deref()
                .and_then(|id| data.role_of(id, it.date))
                .unwrap_or_default(),
            &roles(&it.mediators),
        ];
        w.write_record(cells.iter().map(|cell| spreadsheet_safe(cell).into_owned()))?;
    }
    w.flush()
}

/// `show`: one interaction in full, wrapped at `width` when stdout is a terminal.
pub fn show(
    data: &Data,
    id: &str,
    width: Option<usize>,
    out: &mut impl Write,
) -> Result<(), Failure> {
    let Some(it) = data.interactions().iter().find(|it| it.id == id) else {
        let close =
            crate::suggest::nearest(id, data.interactions().iter().map(|it| it.id.as_str()))
                .map(|id| format!(" (did you mean {id:?}?)"))
                .unwrap_or_default();
        return Err(Failure::Failed(format!(
            "no interaction has the id {id:?}{close}; `readout list --ids` shows the ids, and the browser's Detail"
        )));
    };
    let wrap = |text: &str, indent: &str| -> Vec<String> {
        match width {
            Some(w) => textwrap::wrap(
                text,
                // Breaks at spaces only: never inside a date or an id at their hyphens.
                textwrap::Options::new(w.max(20))
                    .word_splitter(textwrap::WordSplitter::NoHyphenation)
                    .initial_indent(indent)
                    .subsequent_indent(indent),
            )
            .into_iter()
            .map(|l| l.into_owned())
            .collect(),
            None => vec![format!("{indent}{text}")],
        }
    };
    // Each actor with the role held on the interaction's date.
    let role = |id: &str| match data.role_of(id, it.date) {
        Some(role) => format!("{} — {role}", data.name_of(id)),
        None => data.name_of(id).to_owned(),
    };
    writeln!(out, "{}", it.title)?;
    writeln!(out, "id:           {}", it.id)?;
    writeln!(out, "date:         {}", date_text(it.date, it.until))?;
    let class = it
        .class
        .map(|c| format!(" · {}", c.label()))
        .unwrap_or_default();
    writeln!(out, "kind:         {}{class}", it.kind.label())?;
    if let Some(place) = &it.place {
        writeln!(out, "place:        {place}")?;
    }
    for (n, p) in it.participants.iter().enumerate() {
        let label = if n == 0 { "participants:" } else { "" };
        writeln!(out, "{label:13} {}", role(p))?;
    }
    if let Some(i) = &it.initiator {
        writeln!(out, "initiator:    {}", role(i))?;
    }
    for (n, m) in it.mediators.iter().enumerate() {
        let label = if n == 0 { "mediators:" } else { "" };
        writeln!(out, "{label:13} {}", role(m))?;
    }
    if !it.topics.is_empty() {
        writeln!(out, "topics:       {}", it.topics.join(", "))?;
    }
    if let Some(c) = &it.coding {
        // `ACLED, Battles: Armed clash`, not `ACLED, ACLED Battles…`.
        let scheme = if c.dataset == c.scheme.label() {
            String::new()
        } else {
            format!("{} ", c.scheme.label())
        };
        writeln!(
            out,
            "coding:       {}, {scheme}{}",
            c.dataset,
            event_text(c)
        )?;
        if let Some(g) = c.goldstein {
            writeln!(out, "goldstein:    {} (−10 to +10)", signed(g, 1))?;
        }
        if let Some(g) = c.intensity {
            writeln!(out, "intensity:    {} (−10 to +10)", signed(g, 1))?;
        }
        if let Some(n) = c.fatalities {
            writeln!(out, "fatalities:   {}", fatalities(n))?;
        }
        if let Some(t) = c.tone {
            writeln!(out, "tone:         {}", signed(t, 2))?;
        }
        if let Some(counts) = coverage(c) {
            writeln!(out, "coverage:     {counts}")?;
        }
        if !c.ids.is_empty() {
            writeln!(out, "event ids:    {}", c.ids.join(", "))?;
        }
    }
    writeln!(out)?;
    for para in it.summary.split('\n') {
        for line in wrap(para, "") {
            writeln!(out, "{line}")?;
        }
    }
    if !it.quotes.is_empty() {
        writeln!(out, "\nQuotes")?;
        for q in &it.quotes {
            let via = q
                .via
                .as_deref()
                .map(|v| format!(" ({v})"))
                .unwrap_or_default();
            let text = format!("“{}” — {}{via}", q.text, data.name_of(&q.speaker));
            for line in wrap(&text, "  ") {
                writeln!(out, "{line}")?;
            }
        }
    }
    writeln!(out, "\nSources")?;
    for s in &it.sources {
        let mut cite = format!("  - {}", s.outlet);
        if let Some(t) = &s.title {
            cite.push_str(&format!(", “{t}”"));
        }
        if let Some(d) = s.date {
            cite.push_str(&format!(", {d}"));
        }
        writeln!(out, "{cite}")?;
        if let Some(url) = &s.url {
            writeln!(out, "    {url}")?;
        }
    }
    Ok(())
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
