//! Dates with the precision their source gives: a day, a month or a year.
//!
//! `"2022-07"` means "some day in July 2022": it is shown as `2022-07`, never padded into a fake
//! day, sorts before every day of that month, and overlaps any range that touches July.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date whose month and day may be unknown (stored as 0).
///
/// Ordering is by year, then month, then day, with unknown parts first, so a month-precision
/// date sorts before the days of its month.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Precision {
    Year,
    Month,
    Day,
}

/// Why a text is not a date, or a date is not on the calendar.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("expected a date as \"YYYY-MM-DD\", \"YYYY-MM\" or \"YYYY\", found {0:?}")]
    Shape(String),
    #[error("{0} has no month {1}: months run from 01 to 12")]
    Month(u16, u8),
    #[error("{year:04}-{month:02} has no day {day} (it has {days} days)")]
    Day {
        year: u16,
        month: u8,
        day: u8,
        days: u8,
    },
}

impl Date {
    /// A month-precision date: `2022-07`. `None` if the month is not 1–12.
    pub fn ym(year: u16, month: u8) -> Option<Date> {
        (1..=12).contains(&month).then_some(Date {
            year,
            month,
            day: 0,
        })
    }

    /// A year-precision date: `2022`.
    pub fn y(year: u16) -> Date {
        Date {
            year,
            month: 0,
            day: 0,
        }
    }

    pub fn year(self) -> u16 {
        self.year
    }

    /// The month (1–12), if known.
    pub fn month(self) -> Option<u8> {
        (self.month != 0).then_some(self.month)
    }

    /// The day of the month, if known.
    pub fn day(self) -> Option<u8> {
        (self.day != 0).then_some(self.day)
    }

    pub fn precision(self) -> Precision {
        match (self.month, self.day) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            _ => Precision::Day,
        }
    }

    /// Whether the date is on the calendar: month 1–12, day within its month.
    pub fn check(self) -> Result<(), DateError> {
        if self.month > 12 || (self.month == 0 && self.day != 0) {
            return Err(DateError::Month(self.year, self.month));
        }
        if self.month != 0 && self.day != 0 {
            let days = days_in_month(self.year, self.month);
            if self.day > days {
                return Err(DateError::Day {
                    year: self.year,
                    month: self.month,
                    day: self.day,
                    days,
                });
            }
        }
        Ok(())
    }

    /// The first day this date may mean: `2022-07` → `2022-07-01`.
    pub fn first_day(self) -> Date {
        Date {
            year: self.year,
            month: self.month.max(1),
            day: self.day.max(1),
        }
    }

    /// The last day this date may mean: `2022-07` → `2022-07-31`.
    pub fn last_day(self) -> Date {
        let month = if self.month == 0 { 12 } else { self.month };
        let day = if self.day == 0 {
            days_in_month(self.year, month)
        } else {
            self.day
        };
        Date {
            year: self.year,
            month,
            day,
        }
    }
}

fn is_leap(year: u16) -> bool {
    (year.is_multiple_of(4) && !year.is_multiple_of(100)) || year.is_multiple_of(400)
}

fn days_in_month(year: u16, month: u8) -> u8 {
    match month {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        2 if is_leap(year) => 29,
        2 => 28,
        _ => 0,
    }
}

impl FromStr for Date {
    type Err = DateError;

    /// Parses the shape only (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` in digits). Whether the date is on
    /// the calendar is [`Date::check`]'s question, so a loader can report every impossible date
    /// of a file instead of stopping at the first.
    fn from_str(s: &str) -> Result<Date, DateError> {
        let shape = || DateError::Shape(s.to_owned());
        let digits = |part: &str, len: usize| -> Result<u16, DateError> {
            if part.len() == len && part.bytes().all(|b| b.is_ascii_digit()) {
                part.parse().map_err(|_| shape())
            } else {
                Err(shape())
            }
        };
        let mut parts = s.split('-');
        let year = digits(parts.next().unwrap_or_default(), 4)?;
        let month = parts.next().map(|p| digits(p, 2)).transpose()?;
        let day = parts.next().map(|p| digits(p, 2)).transpose()?;
        if parts.next().is_some() || month == Some(0) || day == Some(0) {
            return Err(shape());
        }
        // Two ASCII digits always fit in a u8.
        let narrow = |v: Option<u16>| v.map_or(0, |v| v as u8);
        Ok(Date {
            year,
            month: narrow(month),
            day: narrow(day),
        })
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:04}", self.year)?;
        if self.month != 0 {
            write!(f, "-{:02}", self.month)?;
        }
        if self.day != 0 {
            write!(f, "-{:02}", self.day)?;
        }
        Ok(())
    }
}

impl Serialize for Date {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for Date {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Date, D::Error> {
        let text = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
        text.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(s: &str) -> Date {
        s.parse().unwrap()
    }

    #[test]
    fn keeps_precision() {
        assert_eq!(d("2022").to_string(), "2022");
        assert_eq!(d("2022-07").to_string(), "2022-07");
        assert_eq!(d("2022-07-25").to_string(), "2022-07-25");
        assert_eq!(d("2022-07").precision(), Precision::Month);
        assert_eq!(d("2022-07").day(), None);
    }

    #[test]
    fn month_sorts_before_its_days() {
        assert!(d("2022-07") < d("2022-07-01"));
        assert!(d("2022-07-31") < d("2022-08"));
        assert!(d("2022") < d("2022-01"));
    }

    #[test]
    fn spans_of_imprecise_dates() {
        assert_eq!(d("2022-07").first_day(), d("2022-07-01"));
        assert_eq!(d("2022-07").last_day(), d("2022-07-31"));
        assert_eq!(d("2024-02").last_day(), d("2024-02-29"));
        assert_eq!(d("2023").last_day(), d("2023-12-31"));
    }

    #[test]
    fn rejects_bad_shapes() {
        for bad in [
            "",
            "22",
            "2022-7",
            "2022-07-1",
            "2022/07/01",
            "July 2022",
            "2022-00",
            "2022-07-25-1",
        ] {
            assert!(bad.parse::<Date>().is_err(), "{bad:?} parsed");
        }
    }

    #[test]
    fn calendar_check() {
        assert!(d("2024-02-29").check().is_ok());
        assert_eq!(
            d("2022-02-30").check().unwrap_err().to_string(),
            "2022-02 has no day 30 (it has 28 days)"
        );
        assert!(d("2022-13").check().is_err());
        assert!(d("2022-04-31").check().is_err());
    }
}
