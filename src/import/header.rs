//! A header row's column names, found by name whatever their case, spacing or quoting, and
//! the delimiter a header line uses.

/// A header's column names, matched case-insensitively and without surrounding blanks, quotes
/// or underscores-vs-spaces differences: `Event ID`, `event_id`, `EVENT_ID` are one name.
pub struct Header {
    names: Vec<String>,
}

impl Header {
    /// The names of a header's cells, normalised for matching ([`norm`]).
    pub fn new(cells: impl IntoIterator<Item = impl AsRef<str>>) -> Header {
        Header {
            names: cells.into_iter().map(|c| norm(c.as_ref())).collect(),
        }
    }

    /// The position of the first column with one of these names.
    pub fn find(&self, names: &[&str]) -> Option<usize> {
        names
            .iter()
            .find_map(|n| self.names.iter().position(|h| *h == norm(n)))
    }

    /// How many columns the header names.
    pub fn len(&self) -> usize {
        self.names.len()
    }

    /// Whether the header names no column.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }
}

/// A column name compared: lowercase letters and digits only.
pub fn norm(name: &str) -> String {
    name.chars()
        .filter(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect()
}

/// The fields of a header line cut at `delimiter`, unquoted.
pub fn header_cells(line: &str, delimiter: char) -> Vec<&str> {
    line.split(delimiter)
        .map(|c| c.trim().trim_matches('"').trim())
        .collect()
}

/// Comma, tab or semicolon: whichever the header line holds most of.
pub fn sniff(line: &str) -> u8 {
    [b'\t', b',', b';']
        .into_iter()
        .max_by_key(|&d| line.bytes().filter(|&b| b == d).count())
        .unwrap_or(b',')
}

/// The names of the required columns a header lacks, of `(position, name)` pairs as
/// [`Header::find`] found them; empty when it has them all.
pub fn missing<'n>(required: &[(Option<usize>, &'n str)]) -> Vec<&'n str> {
    required
        .iter()
        .filter_map(|&(at, name)| at.is_none().then_some(name))
        .collect()
}
