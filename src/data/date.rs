//! Dates with the precision their source gives: a day, an ISO week, a month or a year.
//!
//! `"2022-07"` means "some day in July 2022": it is shown as `2022-07`, never padded into a fake
//! day, sorts before every day of that month, and overlaps any range that touches July.
//! `"2024-W45"` means "some day of ISO week 45 of 2024" (Monday 4 to Sunday 10 November): ACLED
//! gives it for events known only to the week (`time_precision` 2). It sorts just before its
//! Monday.

use std::fmt;
use std::str::FromStr;

use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A calendar date whose month and day may be unknown (stored as 0), or an ISO week (stored as
/// its Monday, with [`WEEK`] set in `day`). Four bytes.
///
/// Ordering is by year, then month, then day, with unknown parts first, so a month-precision
/// date sorts before the days of its month, and a week just before its Monday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, bitcode::Encode, bitcode::Decode)]
pub struct Date {
    year: u16,
    month: u8,
    day: u8,
}

/// The bit of `day` that marks a week: the day is then the week's Monday.
const WEEK: u8 = 0x80;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
/// How precisely a date is known: a year, a month, an ISO week or a day.
pub enum Precision {
    /// Only the year: `2022`.
    Year,
    /// The month: `2022-07`.
    Month,
    /// An ISO week, Monday to Sunday.
    Week,
    /// The day: `2022-07-25`.
    Day,
}

impl Date {
    /// What orders dates: the Monday of a week, with a week before the day itself.
    fn key(self) -> (u16, u8, u8, bool) {
        (
            self.year,
            self.month,
            self.day & !WEEK,
            self.day & WEEK == 0,
        )
    }
}

impl PartialOrd for Date {
    fn partial_cmp(&self, other: &Date) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

impl Ord for Date {
    fn cmp(&self, other: &Date) -> std::cmp::Ordering {
        self.key().cmp(&other.key())
    }
}

/// Why a text is not a date, or a date is not on the calendar.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum DateError {
    #[error("expected a date (YYYY-MM-DD, YYYY-Www, YYYY-MM or YYYY), found {0:?}")]
    /// The text is in none of the forms a date is written in.
    Shape(String),
    #[error("{0} has no month {1}: months run from 01 to 12")]
    /// A month that is not 1 to 12: the year and the month.
    Month(u16, u8),
    #[error("{year:04}-{month:02} has no day {day} (it has {days} days)")]
    /// A day the month does not have.
    Day {
        /// The year.
        year: u16,
        /// The month, 1 to 12.
        month: u8,
        /// The day written.
        day: u8,
        /// How many days the month has.
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

    /// A day: `2022-07-25`. `None` if it is not on the calendar.
    pub fn ymd(year: u16, month: u8, day: u8) -> Option<Date> {
        let date = Date { year, month, day };
        (day != 0 && day & WEEK == 0 && month != 0 && date.check().is_ok()).then_some(date)
    }

    /// The ISO week (Monday to Sunday) that holds a day: `2024-11-07` → `2024-W45`. A date
    /// that is not a day is returned as it is.
    pub fn week_of(self) -> Date {
        if self.precision() != Precision::Day {
            return self;
        }
        let days = self.days();
        // 1970-01-01 was a Thursday: weekday 0 is Monday.
        let weekday = (days + 3).rem_euclid(7);
        let mut monday = Date::from_days(days - weekday);
        monday.day |= WEEK;
        monday
    }

    /// The ISO week-numbering year and week (1–53) of a week-precision date.
    pub fn iso_week(self) -> Option<(u16, u8)> {
        if self.precision() != Precision::Week {
            return None;
        }
        // The week belongs to the year of its Thursday.
        let thursday = Date::from_days(self.first_day().days() + 3);
        let jan1 = Date {
            year: thursday.year,
            month: 1,
            day: 1,
        };
        let week = (thursday.days() - jan1.days()) / 7 + 1;
        Some((thursday.year, week as u8))
    }

    /// Days since 1970-01-01 of a day (H. Hinnant's `days_from_civil`).
    fn days(self) -> i64 {
        let (m, d) = (
            i64::from(self.month.max(1)),
            i64::from((self.day & !WEEK).max(1)),
        );
        let y = i64::from(self.year) - i64::from(m <= 2);
        let era = y.div_euclid(400);
        let yoe = y - era * 400;
        let doy = (153 * (m + if m > 2 { -3 } else { 9 }) + 2) / 5 + d - 1;
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        era * 146_097 + doe - 719_468
    }

    /// The day `days` after 1970-01-01 (`civil_from_days`), clamped to years 0–9999.
    fn from_days(days: i64) -> Date {
        let z = days + 719_468;
        let era = z.div_euclid(146_097);
        let doe = z - era * 146_097;
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        let mp = (5 * doy + 2) / 153;
        let day = (doy - (153 * mp + 2) / 5 + 1) as u8;
        let month = if mp < 10 { mp + 3 } else { mp - 9 } as u8;
        let year = yoe + era * 400 + i64::from(month <= 2);
        if !(0..=9999).contains(&year) {
            return if year < 0 {
                Date {
                    year: 0,
                    month: 1,
                    day: 1,
                }
            } else {
                Date {
                    year: 9999,
                    month: 12,
                    day: 31,
                }
            };
        }
        Date {
            year: year as u16,
            month,
            day,
        }
    }

    /// A year-precision date: `2022`.
    pub fn y(year: u16) -> Date {
        Date {
            year,
            month: 0,
            day: 0,
        }
    }

    /// The year, whatever the precision.
    pub fn year(self) -> u16 {
        self.year
    }

    /// The month (1–12), if known.
    pub fn month(self) -> Option<u8> {
        (self.month != 0).then_some(self.month)
    }

    /// The day of the month, if known (not for a week).
    pub fn day(self) -> Option<u8> {
        (self.day != 0 && self.day & WEEK == 0).then_some(self.day)
    }

    /// How precisely the date is known.
    pub fn precision(self) -> Precision {
        match (self.month, self.day) {
            (0, _) => Precision::Year,
            (_, 0) => Precision::Month,
            (_, d) if d & WEEK != 0 => Precision::Week,
            _ => Precision::Day,
        }
    }

    /// Whether the date is on the calendar: month 1–12, day within its month.
    pub fn check(self) -> Result<(), DateError> {
        if self.month > 12 || (self.month == 0 && self.day != 0) {
            return Err(DateError::Month(self.year, self.month));
        }
        let day = self.day & !WEEK;
        if self.month != 0 && day != 0 {
            let days = days_in_month(self.year, self.month);
            if day > days {
                return Err(DateError::Day {
                    year: self.year,
                    month: self.month,
                    day,
                    days,
                });
            }
        }
        Ok(())
    }

    /// The first day this date may mean: `2022-07` → `2022-07-01`, `2024-W45` → `2024-11-04`.
    pub fn first_day(self) -> Date {
        Date {
            year: self.year,
            month: self.month.max(1),
            day: (self.day & !WEEK).max(1),
        }
    }

    /// The last day this date may mean: `2022-07` → `2022-07-31`, `2024-W45` → `2024-11-10`.
    pub fn last_day(self) -> Date {
        if self.precision() == Precision::Week {
            return Date::from_days(self.first_day().days() + 6);
        }
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

    /// Parses the shape only (`YYYY`, `YYYY-MM`, `YYYY-MM-DD` in digits, or an ISO week
    /// `YYYY-Www`). Whether the date is on the calendar is [`Date::check`]'s question, so a
    /// loader can report every impossible date of a file instead of stopping at the first; a
    /// week that the year does not have (`2024-W53`) is a shape error.
    fn from_str(s: &str) -> Result<Date, DateError> {
        let shape = || DateError::Shape(s.to_owned());
        if let Some((y, w)) = s.split_once("-W") {
            let ok = |p: &str, len| p.len() == len && p.bytes().all(|b| b.is_ascii_digit());
            if !ok(y, 4) || !ok(w, 2) {
                return Err(shape());
            }
            let (year, week): (u16, i64) = (
                y.parse().map_err(|_| shape())?,
                w.parse().map_err(|_| shape())?,
            );
            // Week 1 holds 4 January.
            let jan4 = Date {
                year,
                month: 1,
                day: 4,
            };
            let monday = jan4.week_of().first_day().days() + (week - 1) * 7;
            let date = Date::from_days(monday).week_of();
            if week == 0 || date.iso_week() != Some((year, week as u8)) {
                return Err(shape());
            }
            return Ok(date);
        }
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
        if let Some((year, week)) = self.iso_week() {
            return write!(f, "{year:04}-W{week:02}");
        }
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

/// Whether an interaction dated `date` (lasting `until`) may fall in `[since, until]`.
///
/// Imprecise dates overlap: an interaction dated `2022-07` is in any range that touches July.
pub fn in_range(date: Date, last: Option<Date>, since: Option<Date>, until: Option<Date>) -> bool {
    let start = date.first_day();
    let end = last.unwrap_or(date).last_day();
    since.is_none_or(|s| end >= s.first_day()) && until.is_none_or(|u| start <= u.last_day())
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
    fn weeks() {
        let w = d("2024-W45");
        assert_eq!(w.precision(), Precision::Week);
        assert_eq!(w.to_string(), "2024-W45");
        assert_eq!(
            (w.first_day(), w.last_day()),
            (d("2024-11-04"), d("2024-11-10"))
        );
        assert_eq!(d("2024-11-07").week_of(), w);
        assert_eq!(d("2024-11-10").week_of(), w);
        assert_eq!(d("2024-11-11").week_of().to_string(), "2024-W46");
        // Weeks that cross a year: the year of their Thursday.
        assert_eq!(d("2024-12-30").week_of().to_string(), "2025-W01");
        assert_eq!(d("2021-01-03").week_of().to_string(), "2020-W53");
        assert_eq!(d("2020-W53").first_day(), d("2020-12-28"));
        assert_eq!(d("2025-W01").first_day(), d("2024-12-30"));
        assert!(d("2024-W45") < d("2024-11-04") && d("2024-11-03") < d("2024-W45"));
        assert_eq!(w.day(), None);
        assert!(w.check().is_ok());
        for bad in ["2024-W00", "2024-W53", "2024-W5", "2024-W045", "24-W01"] {
            assert!(bad.parse::<Date>().is_err(), "{bad:?} parsed");
        }
        // Every week of a few years reads back as it is written.
        let mut day = d("2019-12-20");
        while day < d("2026-01-10") {
            let week = day.week_of();
            assert_eq!(week.to_string().parse::<Date>(), Ok(week), "{day}");
            assert!(week.first_day() <= day && day <= week.last_day(), "{day}");
            day = Date::from_days(day.days() + 1);
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
