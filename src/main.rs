use std::io::{self, IsTerminal, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use clap::Parser;
use ratatui::crossterm::event::{DisableBracketedPaste, EnableBracketedPaste};
use ratatui::crossterm::execute;

use readout::app;
use readout::cli::{Cli, Command, GdeltArgs, ImportCommand};
use readout::commands::{self, Failure};
use readout::data::{self, Data};
use readout::import::{Input, gdelt};
use readout::state::State;
use readout::ui::theme::no_color_requested;

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let (Some(file), Some(_)) = (&cli.file, &cli.command) {
        eprintln!(
            "error: {} stands before the command, where it is not read; give it as --data FILE after the command",
            readout::data::clean::clean_text(&file.display().to_string(), false)
        );
        return ExitCode::from(2);
    }
    let result = match cli.command {
        None => choose(cli.file, cli.data.data).and_then(|file| browse(file.as_deref())),
        Some(Command::Check { file }) => {
            choose(file, cli.data.data).and_then(|f| check(f.as_deref()))
        }
        Some(Command::List(args)) => load(cli.data.data.as_deref())
            .and_then(|data| print(|out| commands::list(&data, &args, terminal_width(), out))),
        Some(Command::Show { id }) => load(cli.data.data.as_deref())
            .and_then(|data| print(|out| commands::show(&data, &id, terminal_width(), out))),
        Some(Command::Import(ImportCommand::Gdelt(args))) => match cli.data.data {
            Some(_) => Err(Failure {
                message: "error: import reads the FILEs after it, not --data".to_owned(),
                code: 2,
            }),
            None => import_gdelt(&args),
        },
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(f) => {
            eprintln!("{}", f.message);
            ExitCode::from(f.code)
        }
    }
}

/// A positional FILE and `--data FILE` mean the same; both at once is a usage error.
fn choose(file: Option<PathBuf>, data: Option<PathBuf>) -> Result<Option<PathBuf>, Failure> {
    match (file, data) {
        (Some(_), Some(_)) => Err(Failure {
            message: "error: give the dataset once: as FILE or as --data FILE".to_owned(),
            code: 2,
        }),
        (f, d) => Ok(f.or(d)),
    }
}

fn load(file: Option<&Path>) -> Result<Data, Failure> {
    let loaded = match file {
        Some(path) => data::load_file(path),
        None => data::load_str(data::BUILTIN_NAME, data::BUILTIN),
    };
    loaded.map_err(|e| Failure {
        message: e.to_string(),
        code: 1,
    })
}

/// `import gdelt`: the dataset on stdout, the report on stderr; an unreadable input fails
/// before anything is written.
fn import_gdelt(args: &GdeltArgs) -> Result<(), Failure> {
    let inputs: Vec<Input> = args.files.iter().map(|f| Input::from_arg(f)).collect();
    let options = gdelt::Options {
        countries: args.country.clone(),
        since: args.since,
        until: args.until,
        merge: args.merge,
    };
    let imported = gdelt::import(&inputs, &options).map_err(|e| Failure {
        message: format!("error: {e}"),
        code: 1,
    })?;
    print(|out| {
        readout::import::write_ron(&imported.events, out).map_err(|e| Failure {
            message: format!("cannot write the output: {e}"),
            code: 1,
        })
    })?;
    eprint!("{}", imported.report);
    Ok(())
}

fn check(file: Option<&Path>) -> Result<(), Failure> {
    let data = load(file)?;
    print(|out| {
        writeln!(out, "{}", commands::summary(&data))?;
        Ok(())
    })
}

/// Writes a command's output to stdout; a closed pipe (`readout list | head`) is not an error.
fn print(
    f: impl FnOnce(&mut io::BufWriter<io::StdoutLock>) -> Result<(), Failure>,
) -> Result<(), Failure> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    let result = f(&mut out).and_then(|()| out.flush().map_err(Failure::from));
    match result {
        Err(Failure { ref message, .. }) if message.contains("Broken pipe") => Ok(()),
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

fn browse(file: Option<&Path>) -> Result<(), Failure> {
    // Load before touching the terminal: invalid data is reported on a terminal left as it was.
    let data = load(file)?;
    let source = file.map_or_else(
        || "built-in dataset".to_owned(),
        |p| p.display().to_string(),
    );
    let mut state = State::new(data, source, 0, 0);
    state.color = !no_color_requested();
    // Bracketed paste delivers a paste as one event, so pasted text reaches the picker as text
    // and never runs as keys. This hook turns it off again on a panic; ratatui::init wraps it in
    // its own, which first leaves raw mode and the alternate screen, so the panic message is
    // printed on the restored terminal.
    let default_hook = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let _ = execute!(io::stdout(), DisableBracketedPaste);
        default_hook(info);
    }));
    let mut terminal = ratatui::init();
    let result = execute!(io::stdout(), EnableBracketedPaste)
        .and_then(|()| app::run(&mut terminal, &mut state, ratatui::crossterm::event::read));
    let _ = execute!(io::stdout(), DisableBracketedPaste);
    ratatui::restore();
    result.map_err(|e| Failure {
        message: format!("readout: {e}"),
        code: 1,
    })
}
