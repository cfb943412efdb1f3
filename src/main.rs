use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::{CommandFactory, Parser};
use ratatui::crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
};
use ratatui::crossterm::execute;

use readout::app::{self, Exit};
use readout::cli::{Cli, Command, Format, ImportArgs, ImportOptions};
use readout::commands::{self, config::command as config_command};
use readout::config;
use readout::data::cache::Cache;
use readout::data::{self, Data};
use readout::error::Error;
use readout::import::{Input, Kind};
use readout::live::Live;
use readout::state::State;
use readout::ui::theme::no_color_requested;

/// jemalloc rather than the system's malloc: a loaded dataset is over a million small
/// strings and lists, and jemalloc keeps no header beside each (see Cargo.toml).
#[cfg(not(target_env = "msvc"))]
#[global_allocator]
static ALLOCATOR: tikv_jemallocator::Jemalloc = tikv_jemallocator::Jemalloc;

fn main() -> ExitCode {
    let mut cli = Cli::parse();
    // READOUT_CONFIG names the configuration when --config does not; empty means unset.
    if cli.config.is_none() {
        cli.config = readout::env::path(readout::config::ENV);
    }
    if let (Some(file), Some(_)) = (&cli.file, &cli.command) {
        eprintln!(
            "error: {} stands before the command, where it is not read; give it as --data FILE after the command",
            readout::data::clean::clean_text(&file.display().to_string(), false)
        );
        return ExitCode::from(2);
    }
    let cache = if cli.no_cache { None } else { Cache::user() };
    let cache = cache.as_ref();
    let result = match cli.command {
        None => choose(cli.file, cli.data.data)
            .and_then(|file| browse(file.as_deref(), cli.config.as_deref(), cache)),
        Some(Command::Check { file }) => {
            choose(file, cli.data.data).and_then(|f| check(f.as_deref(), cache))
        }
        Some(Command::List(args)) => {
            let loaded = if args.format == Format::Json {
                load_as_is(cli.data.data.as_deref())
            } else {
                load(cli.data.data.as_deref(), cache)
            };
            loaded.and_then(|data| {
                let options = commands::ListOptions {
                    format: args.format,
                    width: terminal_width(),
                    ids: args.ids,
                };
                print(|out| commands::list_with(&data, &args.filters, options, out))
            })
        }
        Some(Command::Export(args)) => match args.format.list_format() {
            Some(format) => {
                let loaded = if format == Format::Json {
                    load_as_is(cli.data.data.as_deref())
                } else {
                    load(cli.data.data.as_deref(), cache)
                };
                loaded.and_then(|data| {
                    print(|out| commands::list(&data, &args.filters, format, None, out))
                })
            }
            None => load(cli.data.data.as_deref(), cache).and_then(|data| {
                print(|out| commands::export_network(&data, &args.filters, args.format, out))
            }),
        },
        Some(Command::Show { id }) => load(cli.data.data.as_deref(), cache)
            .and_then(|data| print(|out| commands::show(&data, &id, terminal_width(), out))),
        Some(Command::Import(args)) => match cli.data.data {
            Some(_) => Err(Error::usage(
                "error: import reads the FILEs after it, not --data",
            )),
            None => import(&args),
        },
        Some(Command::Config(args)) => {
            print(|out| config_command(&args, cli.config.as_deref(), out))
        }
        Some(Command::Completions { shell }) => print(|out| {
            // Into memory first: clap_complete panics when its writer fails, and a closed
            // pipe is not an error here.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "readout", &mut script);
            Ok(out.write_all(&script)?)
        }),
        Some(Command::Manpage { dir: None }) => {
            print(|out| Ok(clap_mangen::Man::new(Cli::command()).render(out)?))
        }
        Some(Command::Manpage { dir: Some(dir) }) => clap_mangen::generate_to(Cli::command(), &dir)
            .map_err(|e| {
                Error::Failed(format!(
                    "readout: cannot write the manual pages to {}: {e}",
                    dir.display()
                ))
            }),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(error) => {
            let message = error.to_string();
            if !message.is_empty() {
                eprintln!("{message}");
            }
            ExitCode::from(error.exit_code())
        }
    }
}

/// A positional FILE and `--data FILE` mean the same; both at once is a usage error.
fn choose(file: Option<PathBuf>, data: Option<PathBuf>) -> Result<Option<PathBuf>, Error> {
    match (file, data) {
        (Some(_), Some(_)) => Err(Error::usage(
            "error: give the dataset once: as FILE or as --data FILE",
        )),
        (f, d) => Ok(f.or(d)),
    }
}

/// Loads `file` (the built-in dataset for `None`) through `cache`, writing the entry of a
/// file the cache did not hold.
fn load(file: Option<&Path>, cache: Option<&Cache>) -> Result<Data, Error> {
    let loaded = match file {
        Some(path) => data::load::load_file_cached(path, &data::Progress::default(), cache).map(
            |(data, key)| {
                if let (Some(cache), Some(key)) = (cache, key) {
                    // A cache that cannot be written only costs the next run its parse.
                    let _ = cache.put(key, &data.dataset);
                }
                data
            },
        ),
        None => data::load_str(data::BUILTIN_NAME, data::BUILTIN),
    };
    Ok(loaded?)
}

/// Loads for an output format that escapes control characters itself (JSON): the text stays
/// exactly as the file has it.
fn load_as_is(file: Option<&Path>) -> Result<Data, Error> {
    let loaded = match file {
        Some(path) => data::load::load_file_as_is(path),
        None => data::load::parse_str(data::BUILTIN_NAME, data::BUILTIN).map(Data::as_is),
    };
    Ok(loaded?)
}

/// `import [FORMAT]`: the dataset on stdout, the report on stderr; an unreadable input, or
/// one not of the format, fails before anything is written.
fn import(args: &ImportArgs) -> Result<(), Error> {
    let fail = Error::Failed;
    let (kind, options): (Kind, &ImportOptions) = match &args.format {
        Some(command) => command.split(),
        None => {
            let options = &args.options;
            let first = Input::from_arg(&options.files[0]);
            if first == Input::Stdin {
                return Err(Error::usage(
                    "error: name the format to read standard input: readout import gdelt|acled|icews|polecat -",
                ));
            }
            let line = readout::import::first_line(&first)
                .map_err(|e| fail(format!("error: {e}")))?
                .unwrap_or_default();
            match Kind::detect(&line) {
                Some((kind, why)) => {
                    eprintln!("{}: {} ({why})", first.name(), kind.label());
                    (kind, options)
                }
                None => {
                    return Err(fail(format!(
                        "error: {}: not a format readout imports: its first line is no GDELT row and no header of GDELT (BigQuery), ACLED, ICEWS or POLECAT; name the format: readout import gdelt|acled|icews|polecat FILE",
                        first.name()
                    )));
                }
            }
        }
    };
    let inputs: Vec<Input> = options.files.iter().map(|f| Input::from_arg(f)).collect();
    let settings = readout::import::Options {
        countries: options.country.clone(),
        since: options.since,
        until: options.until,
        merge: options.merge,
    };
    let bar = progress_bar();
    let imported = readout::import::run::import(
        kind.format().as_mut(),
        &inputs,
        &settings,
        &mut |name, rows, kept| {
            bar.set_message(format!("{name}: {rows} rows read, {kept} kept"));
            bar.tick();
        },
    );
    bar.finish_and_clear();
    let imported = imported.map_err(|e| fail(format!("error: {e}")))?;
    print(|out| {
        // ron keeps only the text of an io error: the writer keeps the error itself, so that
        // a closed pipe is known by its kind.
        let mut out = KeepsIoError { out, error: None };
        readout::import::write_ron(&imported.events, &mut out).map_err(|e| match out.error {
            Some(io) => Error::Output(io),
            None => Error::Failed(format!("cannot write the output: {e}")),
        })
    })?;
    eprint!("{}", imported.report);
    Ok(())
}

/// A writer that keeps the first io error it meets, for a serializer that passes on only the
/// error's text.
struct KeepsIoError<W> {
    out: W,
    error: Option<io::Error>,
}

impl<W: Write> KeepsIoError<W> {
    /// Keeps `e` (the first one) and gives back an error of the same kind and text.
    fn keep(&mut self, e: io::Error) -> io::Error {
        let copy = io::Error::new(e.kind(), e.to_string());
        self.error.get_or_insert(e);
        copy
    }
}

impl<W: Write> Write for KeepsIoError<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.out.write(buf).map_err(|e| self.keep(e))
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush().map_err(|e| self.keep(e))
    }
}

/// A spinner with the rows read and kept, on stderr when it is a terminal; hidden otherwise,
/// so that a piped or logged stderr holds the report alone.
fn progress_bar() -> indicatif::ProgressBar {
    if !io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new_spinner();
    bar.set_style(
        indicatif::ProgressStyle::with_template("{spinner} {elapsed} {msg}")
            .unwrap_or_else(|_| indicatif::ProgressStyle::default_spinner()),
    );
    bar.enable_steady_tick(std::time::Duration::from_millis(120));
    bar
}

fn check(file: Option<&Path>, cache: Option<&Cache>) -> Result<(), Error> {
    let data = load(file, cache)?;
    let printed = print(|out| {
        writeln!(out, "{}", commands::summary(&data))?;
        Ok(())
    });
    // The process ends now: freeing a large dataset string by string would only delay that
    // (two seconds at a million interactions).
    std::mem::forget(data);
    printed
}

/// Writes a command's output to stdout; a closed pipe (`readout list | head`) is not an error.
fn print(
    f: impl FnOnce(&mut io::BufWriter<io::StdoutLock>) -> Result<(), Error>,
) -> Result<(), Error> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let result = f(&mut out).and_then(|()| Ok(out.flush()?));
    match result {
        Err(error) if error.is_broken_pipe() => Ok(()),
        other => other,
    }
}

/// The terminal's width when stdout is one; `None` for a pipe or file.
fn terminal_width() -> Option<usize> {
    if !io::stdout().is_terminal() {
        return None;
    }
    ratatui::crossterm::terminal::size()
        .ok()
        .map(|(w, _)| usize::from(w))
}

fn load_config(explicit: Option<&Path>) -> Result<config::Config, Error> {
    Ok(config::load(explicit)?)
}

/// Files up to this size load before the terminal is touched, so that their errors print on
/// the terminal as it was; they take a few milliseconds. Larger ones, and pipes (whose size
/// is unknown: `readout <(zcat big.ron.gz)`), load behind the first frame, which shows a
/// progress bar.
const LOAD_FIRST: u64 = 256 * 1024;

fn browse(
    file: Option<&Path>,
    config_file: Option<&Path>,
    cache: Option<&Cache>,
) -> Result<(), Error> {
    let config = load_config(config_file)?;
    let large = file
        .and_then(|p| std::fs::metadata(p).ok())
        .is_some_and(|m| !m.is_dir() && (!m.is_file() || m.len() > LOAD_FIRST));
    let behind = large && io::stdout().is_terminal();
    // Load before touching the terminal, unless the file is large: invalid data is then
    // reported on a terminal left as it was.
    let data = if behind {
        None
    } else {
        Some(load(file, cache)?)
    };
    refuse_without_a_terminal()?;
    let source = file.map_or_else(
        || "built-in dataset".to_owned(),
        |p| p.display().to_string(),
    );
    let state = match data {
        Some(data) => State::new(data, source, 0, 0),
        None => State::loading(source, 0, 0),
    };
    let mut state = config.apply(state);
    let theme = if no_color_requested() {
        readout::ui::theme::PLAIN
    } else {
        config.theme
    };
    // Known from the terminal's environment (FORCE_HYPERLINK=1 turns them on, =0 off).
    state.settings.hyperlinks = supports_hyperlinks::on(supports_hyperlinks::Stream::Stdout);
    let mut live = Live::new(file.map(Path::to_path_buf), behind, cache.cloned())
        .map_err(|e| Error::Failed(format!("readout: cannot watch for signals: {e}")))?;
    // Bracketed paste delivers a paste as one event, so pasted text reaches a line being
    // edited as text and never runs as keys; mouse capture brings clicks and the wheel. This
    // hook turns both off again on a panic; ratatui::init wraps it in its own, which first
    // leaves raw mode and the alternate screen, so the panic message is printed on the
    // restored terminal.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableBracketedPaste, DisableMouseCapture);
        default_hook(info);
    }));
    let mut terminal = ratatui::init();
    let result = execute!(io::stdout(), EnableBracketedPaste, EnableMouseCapture)
        .and_then(|()| app::run(&mut terminal, &mut state, &theme, &mut live));
    let _ = execute!(io::stdout(), DisableBracketedPaste, DisableMouseCapture);
    ratatui::restore();
    // As in `check`: the data is not freed piece by piece on the way out.
    std::mem::forget(state);
    match result {
        Ok(Exit::Quit) => Ok(()),
        // Stopped by a signal: the conventional status, 128 + its number.
        Ok(Exit::Signal(signal)) => Err(Error::Signal(signal)),
        Ok(Exit::LoadFailed(e)) => Err(Error::Load(*e)),
        Err(e) => Err(Error::Terminal(e)),
    }
}

/// The browser paints with escape codes: it needs a terminal that understands them.
fn refuse_without_a_terminal() -> Result<(), Error> {
    let why = if !io::stdout().is_terminal() {
        "standard output is not a terminal"
    } else if readout::env::var("TERM").is_some_and(|t| t == "dumb") {
        "TERM=dumb says the terminal cannot draw it"
    } else {
        return Ok(());
    };
    Err(Error::usage(format!(
        "readout: {why}, so the browser will not start. For text, use `readout list` \
         (one row per interaction) or `readout show ID` (one in full); see `readout --help`."
    )))
}
