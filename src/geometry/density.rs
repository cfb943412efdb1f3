//! How the density strip maps months onto its columns, and the month under a column.

use ratatui::layout::Rect;

use crate::data::Date;
use crate::query::Monthly;

/// How months map onto the strip's columns: several months a column when they do not fit,
/// several columns a month when there is room (up to eight).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Scale {
    /// Months that share one column (1 when each month has columns of its own).
    pub months_per_col: usize,
    /// Columns one month takes (1 when months share columns), at most 8.
    pub cols_per_month: usize,
}

impl Scale {
    /// The scale of `months` months in `width` columns; `None` when either is 0.
    pub fn new(months: usize, width: usize) -> Option<Scale> {
        if months == 0 || width == 0 {
            return None;
        }
        Some(if months > width {
            Scale {
                months_per_col: months.div_ceil(width),
                cols_per_month: 1,
            }
        } else {
            Scale {
                months_per_col: 1,
                cols_per_month: (width / months).clamp(1, 8),
            }
        })
    }

    /// The scale of `months` months in a strip of `area` (its columns less one on each side).
    pub fn of_strip(months: usize, area: Rect) -> Option<Scale> {
        Scale::new(months, usize::from(area.width.saturating_sub(2)))
    }

    /// The columns `months` months take (at most the width the scale was made for).
    pub fn columns(self, months: usize) -> usize {
        months.div_ceil(self.months_per_col) * self.cols_per_month
    }

    /// The months (offsets from the first) column `col` covers.
    pub fn months_of(self, col: usize) -> std::ops::Range<usize> {
        let first = col / self.cols_per_month * self.months_per_col;
        first..first + self.months_per_col
    }

    /// The first column of the month at offset `month`.
    pub fn column_of(self, month: usize) -> usize {
        month / self.months_per_col * self.cols_per_month
    }
}

/// The month under column `x` of the strip drawn in `area`, for a click: the first the column
/// covers; `None` left of the bars or past them.
pub fn month_at(monthly: &Monthly, area: Rect, x: u16) -> Option<Date> {
    let scale = Scale::of_strip(monthly.counts.len(), area)?;
    let col = usize::from(x.checked_sub(area.x + 1)?);
    if col >= scale.columns(monthly.counts.len()) {
        return None;
    }
    let month = scale.months_of(col).start;
    (month < monthly.counts.len()).then(|| monthly.month(month))
}
