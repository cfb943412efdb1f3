//! `readout config`: the configuration's defaults, its place, and a check of a file.

use std::io::Write;
use std::path::Path;

use crate::cli::ConfigArgs;
use crate::config::{default_path, default_text, load_file};
use crate::data::clean::clean_text;
use crate::error::Error;

/// `readout config`: print the defaults (`--default`), say where the file is (`--path`), or
/// check it (`--check [FILE]`): the file named, else `explicit` (`--config`,
/// `READOUT_CONFIG`), else the one at [`default_path`], if there is one.
///
/// # Errors
/// [`Error::Load`] for a file that cannot be read or is wrong (every problem, at
/// `FILE:LINE:COL`); [`Error::Output`] when `out` cannot be written; [`Error::Failed`] when
/// there is no configuration directory to look in.
pub fn command(
    args: &ConfigArgs,
    explicit: Option<&Path>,
    out: &mut impl Write,
) -> Result<(), Error> {
    if args.default {
        return Ok(write!(out, "{}", default_text())?);
    }
    let named = match &args.check {
        Some(Some(file)) => Some(file.clone()),
        _ => explicit.map(Path::to_path_buf),
    };
    let Some(path) = named.clone().or_else(default_path) else {
        return Err(Error::Failed(
            "error: no configuration directory (no home directory?)".to_owned(),
        ));
    };
    let shown = clean_text(&path.display().to_string(), false).into_owned();
    if args.path {
        writeln!(out, "{shown}")?;
    } else if named.is_none() && !path.exists() {
        writeln!(
            out,
            "{shown}: no such file; readout uses its defaults (`readout config --default`)"
        )?;
    } else {
        let config = load_file(&path)?;
        writeln!(out, "{shown}: {}", config.changed)?;
    }
    Ok(())
}
