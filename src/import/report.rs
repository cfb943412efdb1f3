//! What became of the rows of an import: read, kept, left out by the filters, skipped as bad
//! (by reason, the first of each at FILE:LINE:COL), and how that reads on stderr.

use std::collections::BTreeMap;
use std::fmt;

use super::record::Reason;

/// How many rows were read, kept, left out by the filters and skipped as bad.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Report {
    /// The format's name ([`super::format::Description::name`]): `ACLED`.
    pub format: &'static str,
    /// How many inputs were named (an archive counts once).
    pub files: usize,
    /// Rows read, headers and blank lines not counted.
    pub rows: u64,
    /// Rows that became (or were merged into) an interaction.
    pub kept: u64,
    /// Rows with no actor of the countries asked for.
    pub other_countries: u64,
    /// Rows dated outside `--since`/`--until`.
    pub other_dates: u64,
    /// Bad rows, by reason.
    pub skipped: BTreeMap<Reason, u64>,
    /// Columns of a header the import does not know, as `FILE: columns not read: A, B`.
    pub notes: Vec<String>,
    /// The first bad row of each reason, then more up to [`EXAMPLES`], as
    /// `FILE:LINE:COL: message`.
    pub examples: Vec<String>,
    /// Interactions in the dataset made.
    pub interactions: usize,
    /// Actors in the dataset made.
    pub actors: usize,
    /// Rows folded into, joined to or replacing an interaction of an earlier row.
    pub merged: u64,
    /// The codes of `--country`, as given.
    pub countries: Vec<String>,
}

/// How many bad rows the report names one by one.
pub const EXAMPLES: usize = 10;

impl Report {
    /// Bad rows skipped, all reasons together.
    pub fn skipped_total(&self) -> u64 {
        self.skipped.values().sum()
    }

    /// Counts a bad row of text `name` at `line` and `column` (both from 1); names the first
    /// of each reason, and others while fewer than [`EXAMPLES`] are named.
    pub fn skip(&mut self, reason: Reason, name: &str, line: u64, column: usize, message: &str) {
        let n = self.skipped.entry(reason).or_default();
        *n += 1;
        if *n == 1 || self.examples.len() < EXAMPLES {
            self.examples
                .push(format!("{name}:{line}:{column}: {message}"));
        }
    }
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "read {} from {}",
            plural(self.rows, "row", "rows"),
            plural(self.files as u64, "file", "files")
        )?;
        for note in &self.notes {
            writeln!(f, "{note}")?;
        }
        let merged = if self.merged > 0 {
            format!(
                " ({} merged into others)",
                plural(self.merged, "row", "rows")
            )
        } else {
            String::new()
        };
        writeln!(
            f,
            "kept {}: {}{merged}, {}",
            plural(self.kept, "row", "rows"),
            plural(self.interactions as u64, "interaction", "interactions"),
            plural(self.actors as u64, "actor", "actors"),
        )?;
        let mut left_out = Vec::new();
        if !self.countries.is_empty() {
            left_out.push(format!(
                "{} with no actor of {}",
                self.other_countries,
                self.countries.join(", ")
            ));
        }
        if self.other_dates > 0 {
            left_out.push(format!("{} outside the dates", self.other_dates));
        }
        if !left_out.is_empty() {
            writeln!(
                f,
                "left out {}: {}",
                plural(self.other_countries + self.other_dates, "row", "rows"),
                left_out.join("; ")
            )?;
        }
        let skipped = self.skipped_total();
        write!(f, "skipped {}", plural(skipped, "bad row", "bad rows"))?;
        if skipped > 0 {
            let reasons: Vec<String> = self
                .skipped
                .iter()
                .map(|(r, n)| format!("{n} {}", r.label_in(self.format)))
                .collect();
            write!(f, ": {}", reasons.join(", "))?;
        }
        writeln!(f)?;
        for e in &self.examples {
            writeln!(f, "  {e}")?;
        }
        let more = skipped.saturating_sub(self.examples.len() as u64);
        if more > 0 {
            writeln!(f, "  … and {more} more")?;
        }
        Ok(())
    }
}
