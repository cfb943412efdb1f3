//! The command line, as clap derives it.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::data::Date;

/// The command line: a command, or none to browse FILE (or the built-in dataset).
#[derive(Debug, Parser)]
#[command(
    name = "readout",
    version,
    about = "A terminal browser of diplomacy: who called, met and said what, with sources.",
    long_about = "A terminal browser of diplomacy: who called, met and said what, with sources.\n\n\
        Without a command, opens the browser on FILE, or on the built-in dataset of the \
        Armenia–Azerbaijan peace process.",
    after_help = "Examples:\n  readout\n  readout --config my-keys.ron\n  readout check my-data.ron\n  readout list --actor aliyev --actor blinken\n  readout list --search tbilisi --since 2022-07 --until 2022-07\n  readout export --format csv --actor pashinyan > pashinyan.csv\n  readout show 2022-07-25-blinken-aliyev-call\n  readout import gdelt --country ARM,AZE 20201114.export.CSV > events.ron"
)]
pub struct Cli {
    /// The command; `None` opens the browser.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The dataset to browse (default: the built-in dataset).
    pub file: Option<PathBuf>,
    /// `--data FILE`, which every command takes.
    #[command(flatten)]
    pub data: DataArg,
    /// The configuration file: key bindings, colours, defaults (default:
    /// $XDG_CONFIG_HOME/readout/config.ron, or ~/.config/readout/config.ron). READOUT_CONFIG
    /// in the environment names it too (an empty value is the same as unset: see
    /// [`crate::env`]); `main` reads it when this is `None`.
    #[arg(long, value_name = "FILE")]
    pub config: Option<PathBuf>,
    /// Read the dataset from its file, without the cache of parsed datasets
    /// ($XDG_CACHE_HOME/readout) that makes reopening a large file fast, and write none.
    #[arg(long, global = true)]
    pub no_cache: bool,
}

/// `--data FILE`: the dataset, for the browser and every command.
#[derive(Debug, Clone, Default, Args)]
pub struct DataArg {
    /// The dataset to read (default: the built-in dataset).
    #[arg(long = "data", value_name = "FILE", global = true)]
    pub data: Option<PathBuf>,
}

/// The commands that print instead of browsing.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Validate a dataset: a one-line summary, or every problem with FILE:LINE:COL.
    #[command(after_help = "Examples:\n  readout check\n  readout check my-data.ron")]
    Check {
        /// The dataset to check (default: the built-in dataset).
        file: Option<PathBuf>,
    },
    /// List the interactions that match, in date order.
    #[command(
        after_help = "Examples:\n  readout list --actor aliyev --actor blinken\n  readout list --search tbilisi --since 2022-07 --until 2022-07\n  readout list --actor pashinyan --format markdown\n  readout list --ids --since 2024"
    )]
    List(ListArgs),
    /// Write the interactions that match (the same filters as list) as JSON, CSV or Markdown,
    /// or their actor network as GEXF, GraphML or DOT.
    #[command(
        after_help = "Examples:\n  readout export --format csv --actor pashinyan > pashinyan.csv\n  readout export --data my-data.ron --since 2023 > 2023.json\n  readout export --format gexf --since 2023 > network-2023.gexf\n  readout export --format graphml --actor pashinyan > pashinyan.graphml\n  readout export --format dot --search tbilisi | dot -Tsvg > tbilisi.svg"
    )]
    Export(ExportArgs),
    /// Show one interaction in full: participants with roles, quotes, sources.
    #[command(after_help = "Examples:\n  readout show 2022-07-25-blinken-aliyev-call")]
    Show {
        /// The interaction's id.
        id: String,
    },
    /// Turn event data (GDELT, ACLED, ICEWS, POLECAT) into a dataset, written to stdout. With no
    /// format named, the format is recognised from the first file's header.
    #[command(
        args_conflicts_with_subcommands = true,
        subcommand_negates_reqs = true,
        after_help = "Examples:\n  readout import events.csv > events.ron\n  readout import gdelt --country ARM,AZE 20201114.export.CSV > events.ron\n  readout import gdelt --merge --since 2020-11-14 - < 20201114.export.CSV > events.ron\n  readout import acled --country ARM,AZE acled-export.csv > acled.ron\n  readout import gdelt bq-results-*.csv.gz > gdelt.ron"
    )]
    Import(ImportArgs),
    /// Print the default configuration, check a configuration file, or show where it lives.
    #[command(
        after_help = "Examples:\n  readout config --default > ~/.config/readout/config.ron\n  readout config --check\n  readout config --check examples/config.ron\n  readout config --path"
    )]
    Config(ConfigArgs),
    /// Print a shell completion script for bash, zsh, fish, elvish or PowerShell.
    #[command(
        after_help = "Examples:\n  readout completions bash > ~/.local/share/bash-completion/completions/readout\n  readout completions zsh > ~/.zfunc/_readout\n  readout completions fish > ~/.config/fish/completions/readout.fish"
    )]
    Completions {
        /// The shell to complete in.
        shell: clap_complete::Shell,
    },
    /// Print the manual page (roff), or write a page per command into a directory.
    #[command(
        after_help = "Examples:\n  readout manpage | man -l -\n  readout manpage --dir ~/.local/share/man/man1"
    )]
    Manpage {
        /// Write readout.1 and a page per command (readout-list.1, ...) into DIR.
        #[arg(long, value_name = "DIR")]
        dir: Option<PathBuf>,
    },
}

/// `readout import [FORMAT] FILE...`.
#[derive(Debug, Clone, Args)]
pub struct ImportArgs {
    /// The format named (`readout import gdelt …`); `None` to recognise it from the first
    /// file's header.
    #[command(subcommand)]
    pub format: Option<ImportCommand>,
    /// The files and the options, when no format is named.
    #[command(flatten)]
    pub options: ImportOptions,
}

/// The formats `import` reads, each with its files and options.
#[derive(Debug, Clone, Subcommand)]
pub enum ImportCommand {
    /// Import GDELT 2.0 events: GDELT's export files (*.export.CSV, 61 tab-separated columns)
    /// or the CSV BigQuery writes (a header, any subset of the columns), plain, gzipped or
    /// zipped, as a dataset on stdout, with a summary of the rows read, kept and skipped on
    /// stderr.
    #[command(
        after_help = "Examples:\n  readout import gdelt --country ARM,AZE 20201114.export.CSV > events.ron\n  readout events.ron"
    )]
    Gdelt(ImportOptions),
    /// Import ACLED exports (the export tool's or the API's CSV, current or pre-2023 columns,
    /// monadic or dyadic).
    #[command(
        after_help = "Examples:\n  readout import acled --country ARM,AZE 2024-armenia-azerbaijan.csv > acled.ron\n  readout import acled --merge last-month.csv this-month.csv > acled.ron"
    )]
    Acled(ImportOptions),
    /// Import ICEWS coded event files (Dataverse *.tab, plain or zipped).
    #[command(
        after_help = "Examples:\n  readout import icews --country ARM,AZE events.2019.20200427085336.tab.zip > icews.ron"
    )]
    Icews(ImportOptions),
    /// Import POLECAT event files (ngecEvents*.txt, tab-separated, PLOVER ontology).
    #[command(
        after_help = "Examples:\n  readout import polecat --country ARM,AZE ngecEvents.DV.2023.txt > polecat.ron"
    )]
    Polecat(ImportOptions),
}

impl ImportCommand {
    /// The format named, and its options.
    pub fn split(&self) -> (crate::import::Kind, &ImportOptions) {
        use crate::import::Kind;
        match self {
            ImportCommand::Gdelt(o) => (Kind::Gdelt, o),
            ImportCommand::Acled(o) => (Kind::Acled, o),
            ImportCommand::Icews(o) => (Kind::Icews, o),
            ImportCommand::Polecat(o) => (Kind::Polecat, o),
        }
    }
}

/// What every import takes: the files, the countries to keep, the dates, merging.
#[derive(Debug, Clone, Args)]
pub struct ImportOptions {
    /// Keep events with an actor (or, for ACLED, ICEWS and POLECAT, a place) of one of these
    /// ISO 3166 alpha-3 country codes, such as ARM,AZE (default: every event).
    #[arg(long, value_name = "CODES", value_delimiter = ',', value_parser = parse_country)]
    pub country: Vec<String>,
    /// Keep events on or after DATE (YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<Date>,
    /// Keep events on or before DATE (YYYY, YYYY-MM, YYYY-Www or YYYY-MM-DD).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<Date>,
    /// GDELT: fold events with the same date, actors, event code and source URL into one,
    /// keeping the largest of their mention, source and article counts. ACLED, ICEWS,
    /// POLECAT: a row with the id of an earlier row (from an earlier file) updates that event.
    #[arg(long)]
    pub merge: bool,
    /// Files, plain, .gz or .zip; `-` reads standard input.
    #[arg(value_name = "FILE", required = true)]
    pub files: Vec<PathBuf>,
}

/// What `readout config` does: one of its three options.
#[derive(Debug, Clone, Args)]
#[group(required = true, multiple = false)]
pub struct ConfigArgs {
    /// Print the full default configuration, with comments: every key binding, every colour
    /// role, every default.
    #[arg(long)]
    pub default: bool,
    /// Check a configuration file (default: the one the browser reads): a one-line summary, or
    /// every problem with FILE:LINE:COL (exit 1).
    #[arg(long, value_name = "FILE")]
    pub check: Option<Option<PathBuf>>,
    /// Print the path of the configuration file the browser reads.
    #[arg(long)]
    pub path: bool,
}

/// `readout list`: the filters and how to print the rows.
#[derive(Debug, Clone, Args)]
pub struct ListArgs {
    /// Which interactions to list.
    #[command(flatten)]
    pub filters: FilterArgs,
    /// Text format: start each row with the interaction's id, as `show` takes it. Ids are
    /// never cut; the title makes room for them.
    #[arg(long)]
    pub ids: bool,
    /// How to write the interactions.
    #[arg(long, value_enum, default_value_t = Format::Text)]
    pub format: Format,
}

/// `readout export`: the filters and the format to write.
#[derive(Debug, Clone, Args)]
pub struct ExportArgs {
    /// Which interactions to write.
    #[command(flatten)]
    pub filters: FilterArgs,
    /// How to write the interactions, or their actor network.
    #[arg(long, value_enum, default_value_t = ExportFormat::Json)]
    pub format: ExportFormat,
}

/// The filters `list` and `export` share with the browser.
#[derive(Debug, Clone, Default, Args)]
pub struct FilterArgs {
    /// Keep interactions this actor takes part in: an id, or part of a name, native name or
    /// alias, matched as the picker matches; a name that fits several actors is an error
    /// that lists them. Given several times, keeps those in which all take part.
    #[arg(long, value_name = "ID_OR_NAME")]
    pub actor: Vec<String>,
    /// With several --actor or --country: keep interactions in which at least one takes part.
    #[arg(long)]
    pub any: bool,
    /// Keep interactions in which any actor of a country or organisation takes part, as one
    /// --actor would: a country code (RUS) or an organisation's id or name (eu).
    #[arg(long, value_name = "CODE_OR_ORG")]
    pub country: Vec<String>,
    /// Keep interactions at this place: a place's id, name, native name or alias, however
    /// spelled (lacin finds Laçın); an interaction whose place text names it counts.
    #[arg(long, value_name = "PLACE")]
    pub place: Vec<String>,
    /// --actor and --country match actors in any role: also as a mediator or a quoted
    /// speaker, not only as a participant or the initiator.
    #[arg(long)]
    pub any_role: bool,
    /// Keep interactions of this kind: call, meeting, talks, visit, statement, post, summit,
    /// hearing, agreement, clash or action.
    #[arg(long, value_name = "KIND", value_parser = parse_kind)]
    pub kind: Option<crate::data::InteractionKind>,
    /// Keep interactions of this CAMEO quad class (verbal-cooperation, material-cooperation,
    /// verbal-conflict, material-conflict), or coded events of this CAMEO root code (1-20,
    /// as 04 or 4).
    #[arg(long, value_name = "CLASS", value_parser = parse_class)]
    pub class: Option<crate::query::ClassFilter>,
    /// Keep interactions that match TEXT, as the browser's search does: every word, in
    /// titles, summaries, quotes, places, topics, outlets and names, folding diacritics and
    /// spelling variants (aliyev finds Əliyev); a phrase in double quotes ('"peace treaty"')
    /// only with its words next to each other, in that order.
    #[arg(long, value_name = "TEXT")]
    pub search: Option<String>,
    /// Keep interactions that may fall in or after DATE: 2022, 2022-07 or 2022-07-25, each
    /// the whole period it names.
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub since: Option<Date>,
    /// Keep interactions that may fall in or before DATE: 2022, 2022-07 or 2022-07-25, each
    /// the whole period it names (--since 2022-07 --until 2022-07 is July 2022).
    #[arg(long, value_name = "DATE", value_parser = parse_date)]
    pub until: Option<Date>,
}

/// How `list` (and `export`'s row formats) write the interactions.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One aligned row per interaction.
    Text,
    /// A JSON array of interactions.
    Json,
    /// A CSV table with a header row.
    Csv,
    /// Markdown: a section per interaction, with quotes and sources.
    Markdown,
}

/// What `export` writes: the interactions, or their actor network.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExportFormat {
    /// A JSON array of interactions, as the data format has them.
    Json,
    /// One row per interaction with a header, for a spreadsheet.
    Csv,
    /// Markdown: a section per interaction, with quotes and sources.
    Markdown,
    /// The actor network of the interactions as GEXF 1.3, for Gephi: actors (id, name, kind,
    /// country) linked by the interactions they took part in together (weight, first and last
    /// day, dominant class), with start and end dates for Gephi's timeline.
    Gexf,
    /// The actor network as GraphML (Gephi, yEd, Cytoscape, NetworkX).
    Graphml,
    /// The actor network as a Graphviz graph.
    Dot,
}

impl ExportFormat {
    /// The format `list` shares, for the formats of interactions; `None` for the network
    /// formats.
    pub fn list_format(self) -> Option<Format> {
        match self {
            ExportFormat::Json => Some(Format::Json),
            ExportFormat::Csv => Some(Format::Csv),
            ExportFormat::Markdown => Some(Format::Markdown),
            ExportFormat::Gexf | ExportFormat::Graphml | ExportFormat::Dot => None,
        }
    }
}

/// A CAMEO country code: three letters, taken in capitals (`arm` → `ARM`).
fn parse_country(s: &str) -> Result<String, String> {
    crate::import::countries::parse(s)
}

fn parse_kind(s: &str) -> Result<crate::data::InteractionKind, String> {
    crate::query::parse_kind(s)
}

fn parse_class(s: &str) -> Result<crate::query::ClassFilter, String> {
    crate::query::parse_class(s)
}

fn parse_date(s: &str) -> Result<Date, String> {
    let d: Date = s
        .parse()
        .map_err(|e: crate::data::date::DateError| e.to_string())?;
    d.check().map_err(|e| e.to_string())?;
    Ok(d)
}
