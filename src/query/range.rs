//! Time ranges: the period a date falls in, stepping a range by it, reading and checking a
//! range the reader types, saying one in words, and the interactions per month that the
//! density strip draws.

use crate::data::{Data, Date};

/// The period a date falls in, for stepping: its month, or its year when only that is known.
pub fn period_of(date: Date) -> Date {
    match date.month() {
        Some(m) => Date::ym(date.year(), m).unwrap_or(Date::y(date.year())),
        None => Date::y(date.year()),
    }
}

fn month_index(date: Date) -> i64 {
    i64::from(date.year()) * 12 + i64::from(date.month().unwrap_or(1)) - 1
}

fn from_month_index(index: i64) -> Date {
    let index = index.clamp(0, 9999 * 12 + 11);
    // In range by the clamp: the year fits u16 and the month 1–12.
    Date::ym((index / 12) as u16, (index % 12 + 1) as u8).unwrap_or(Date::y(0))
}

/// The range `[since, until]` moved by its own length, back (`direction` < 0) or forward: a
/// year range by years, anything else by months.
pub fn shift_range(since: Date, until: Date, direction: i32) -> (Date, Date) {
    if since.month().is_none() && until.month().is_none() {
        let len = i32::from(until.year()) - i32::from(since.year()) + 1;
        let shift = |d: Date| {
            let year = (i32::from(d.year()) + direction * len).clamp(0, 9999);
            Date::y(year as u16)
        };
        return (shift(since), shift(until));
    }
    let (s, u) = (
        month_index(since.first_day()),
        month_index(until.last_day()),
    );
    let len = u - s + 1;
    let by = i64::from(direction) * len;
    (from_month_index(s + by), from_month_index(u + by))
}

/// Parses what the range prompt takes: `2022`, `2022-07`, `2022-07-25`, `2022-07..2022-10`,
/// `2022..`, `..2021-06`; an empty text clears the range.
pub fn parse_range(text: &str) -> Result<(Option<Date>, Option<Date>), String> {
    let date = |s: &str| -> Result<Option<Date>, String> {
        let s = s.trim();
        if s.is_empty() {
            return Ok(None);
        }
        let d: Date = s
            .parse()
            .map_err(|e: crate::data::date::DateError| e.to_string())?;
        d.check().map_err(|e| e.to_string())?;
        Ok(Some(d))
    };
    let text = text.trim();
    let (since, until) = match text.split_once("..") {
        Some((a, b)) => (date(a)?, date(b)?),
        None => {
            let d = date(text)?;
            (d, d)
        }
    };
    check_range(since, until)?;
    Ok((since, until))
}

/// Refuses a range that ends before it starts (`2023..2022`), as the browser's range prompt
/// and the command line's `--since`/`--until` both do. Each date is the whole period it
/// names, so `2022..2022-07` is fine.
///
/// # Errors
/// The message says which end comes first: `the range ends (2022) before it starts (2023)`.
pub fn check_range(since: Option<Date>, until: Option<Date>) -> Result<(), String> {
    match (since, until) {
        (Some(s), Some(u)) if u.last_day() < s.first_day() => {
            Err(format!("the range ends ({u}) before it starts ({s})"))
        }
        _ => Ok(()),
    }
}

/// A range as the prompt writes it: `2022-07`, `2022-07..2022-10`, `2022..`.
pub fn range_text(since: Option<Date>, until: Option<Date>) -> String {
    match (since, until) {
        (None, None) => String::new(),
        (Some(s), Some(u)) if s == u => s.to_string(),
        (s, u) => format!(
            "{}..{}",
            s.map(|d| d.to_string()).unwrap_or_default(),
            u.map(|d| d.to_string()).unwrap_or_default()
        ),
    }
}

/// Interactions per month over the whole dataset, by class, for the density strip. Counted
/// once at load; a year-only date has no month and is not counted.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Monthly {
    /// The first month, as `year * 12 + month - 1`.
    pub first: i64,
    /// Per month from `first`: counts by class (the four CAMEO classes, then unclassified).
    pub counts: Vec<[u32; 5]>,
}

impl Monthly {
    /// Counts every interaction of `data` that has a month, by month and class.
    pub fn new(data: &Data) -> Monthly {
        let months: Vec<(i64, usize)> = data
            .interactions()
            .iter()
            .filter(|it| it.date.month().is_some())
            .map(|it| (month_index(it.date), it.class.map_or(4, |c| c as usize)))
            .collect();
        let (Some(first), Some(last)) = (
            months.iter().map(|m| m.0).min(),
            months.iter().map(|m| m.0).max(),
        ) else {
            return Monthly::default();
        };
        let mut counts = vec![[0u32; 5]; (last - first + 1) as usize];
        for (m, class) in months {
            counts[(m - first) as usize][class] += 1;
        }
        Monthly { first, counts }
    }

    /// The same months, counting only `interactions` (indices, any order): the filtered set
    /// beside the whole, for the density strip.
    pub fn within(&self, data: &Data, interactions: &[usize]) -> Monthly {
        let mut counts = vec![[0u32; 5]; self.counts.len()];
        for &i in interactions {
            let it = data.when(i);
            if let Some(off) = self.offset_of(it.date) {
                counts[off][it.class.map_or(4, |c| c as usize)] += 1;
            }
        }
        Monthly {
            first: self.first,
            counts,
        }
    }

    /// The month at an offset from the first.
    pub fn month(&self, offset: usize) -> Date {
        from_month_index(self.first + offset as i64)
    }

    /// The offset of a date's month, if the date has one and it is in range.
    pub fn offset_of(&self, date: Date) -> Option<usize> {
        date.month()?;
        let off = month_index(date) - self.first;
        (0..self.counts.len() as i64)
            .contains(&off)
            .then_some(off as usize)
    }
}
