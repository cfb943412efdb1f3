//! One row's fields, decoded, as a format reads them: by column position, trimmed, with the
//! null markers read as absent.

use std::borrow::Cow;

use super::record::{BadRow, Reason};
use super::value;

/// The fields of one row, decoded.
#[derive(Debug)]
pub struct Fields<'a> {
    cells: &'a [Cow<'a, str>],
}

impl<'a> Fields<'a> {
    /// The decoded cells of a row, in the order of its columns.
    pub fn new(cells: &'a [Cow<'a, str>]) -> Fields<'a> {
        Fields { cells }
    }

    /// How many fields the row has.
    pub fn len(&self) -> usize {
        self.cells.len()
    }

    /// Whether the row has no field.
    pub fn is_empty(&self) -> bool {
        self.cells.is_empty()
    }

    /// The field at `col`, trimmed; empty when the row is shorter or the column absent.
    pub fn raw(&self, col: Option<usize>) -> &'a str {
        col.and_then(|c| self.cells.get(c))
            .map_or("", |c| value::trim(c))
    }

    /// The field at `col`, or `None` when it is absent, empty or a null marker.
    pub fn get(&self, col: Option<usize>) -> Option<&'a str> {
        value::present(self.raw(col))
    }

    /// The number at `col` (`None` when the field is absent or null), within `range`.
    ///
    /// # Errors
    /// A [`BadRow`] naming the column as `label`: [`Reason::Number`] when the field is not a
    /// number, [`Reason::Range`] when it lies outside `range`.
    pub fn number_within(
        &self,
        col: Option<usize>,
        label: &str,
        range: std::ops::RangeInclusive<f64>,
    ) -> Result<Option<f64>, BadRow> {
        let Some(t) = self.get(col) else {
            return Ok(None);
        };
        let v = value::float(t).ok_or_else(|| {
            BadRow::in_column(
                Reason::Number,
                col,
                format!("{label} {t:?} is not a number"),
            )
        })?;
        if !range.contains(&v) {
            return Err(BadRow::in_column(
                Reason::Range,
                col,
                format!(
                    "{label} {t} is outside {} to +{}",
                    range.start().to_string().replace('-', "−"),
                    range.end()
                ),
            ));
        }
        Ok(Some(v))
    }
}
