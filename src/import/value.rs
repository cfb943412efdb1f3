//! The values event-data files hold, read the same way for every format: null markers, lists,
//! numbers and dates in every form the formats write them.

use crate::data::Date;

/// The null markers of a format: besides the empty field, ICEWS writes `NA`, POLECAT `None`
/// (and ICEWS turned into JSON `NULL`).
pub const NULLS: &[&str] = &["", "NA", "None", "NULL"];

/// A text without the white space around it, as [`str::trim`] gives it; a text that starts
/// and ends with a visible ASCII character, as most fields do, is returned at once.
pub fn trim(text: &str) -> &str {
    match text.as_bytes() {
        [first, .., last] if first.is_ascii_graphic() && last.is_ascii_graphic() => text,
        [only] if only.is_ascii_graphic() => text,
        _ => text.trim(),
    }
}

/// A field without its surrounding blanks; `None` when it is a null marker.
pub fn present(field: &str) -> Option<&str> {
    let t = trim(field);
    (!NULLS.contains(&t)).then_some(t)
}

/// The items of a multi-value field: split at `;` (ACLED's `; `, POLECAT's `;`) or, with
/// `comma`, at `,` (ICEWS sectors); blanks and surrounding quotes (POLECAT's `"…"`, `'…'`)
/// trimmed, null markers and empty items left out.
pub fn list(field: &str, comma: bool) -> impl Iterator<Item = &str> {
    field
        .split(move |c| c == ';' || (comma && c == ','))
        .map(|item| {
            let t = trim(item);
            let unquoted = t
                .strip_prefix('"')
                .and_then(|t| t.strip_suffix('"'))
                .or_else(|| t.strip_prefix('\'').and_then(|t| t.strip_suffix('\'')));
            trim(unquoted.unwrap_or(t))
        })
        .filter(|t| present(t).is_some())
}

/// A decimal number, finite; a trailing `.0` on a count is fine.
pub fn float(text: &str) -> Option<f64> {
    text.parse::<f64>().ok().filter(|v| v.is_finite())
}

/// A count, written `3` or `3.0` (a spreadsheet's re-save).
pub fn count(text: &str) -> Option<u64> {
    let whole = text.strip_suffix(".0").unwrap_or(text);
    if whole.is_empty() || !whole.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    whole.parse().ok()
}

/// The English months, for dates that name them.
const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// A month by its English name or first three letters, any case: `November`, `Nov` → 11.
fn month_name(text: &str) -> Option<u8> {
    if text.len() < 3 || !text.is_ascii() {
        return None;
    }
    let i = MONTHS
        .iter()
        .position(|m| m[..3].eq_ignore_ascii_case(&text[..3]))?;
    (text.len() == 3
        || text.eq_ignore_ascii_case(MONTHS[i])
        || (i == 8 && text.eq_ignore_ascii_case("sept")))
    .then_some(i as u8 + 1)
}

fn number(text: &str, min: usize, max: usize) -> Option<u16> {
    (text.len() >= min && text.len() <= max && text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| text.parse().ok())
        .flatten()
}

/// The earliest year an event dataset covers, and the latest a row may be dated: ACLED once
/// shipped `0025` for `2025`, which must not pass as a date.
pub const YEARS: std::ops::RangeInclusive<u16> = 1900..=2100;

/// Which order a date of three numbers is written in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Order {
    /// `1/1/2017`: ICEWS's 2017 file (month first, as in the United States).
    MonthFirst,
    /// `05-08-2024`: ACLED's old codebooks (day first).
    DayFirst,
}

/// A day in any form the formats write: `2024-11-01`, `20241101`, `01 November 2024`,
/// `5-Aug-24`, `1/1/2017` or `01-11-2024` (the `order` of the last two). Two-digit years are
/// 2000–2099. The day must be on the calendar and the year in [`YEARS`]; the error says what
/// was expected.
pub fn day(text: &str, order: Order) -> Result<Date, String> {
    let bad = || {
        format!(
            "{text:?} is not a date (expected 2024-11-01, 20241101, 01 November 2024, 5-Aug-24 or {})",
            match order {
                Order::MonthFirst => "11/1/2024",
                Order::DayFirst => "01-11-2024",
            }
        )
    };
    let t = text.trim();
    // A time after the day (`2024-11-01 00:00:00`, `2024-11-01T00:00:00Z`) is dropped.
    let t = t
        .split([' ', 'T'])
        .next()
        .filter(|d| d.contains(['-', '/']))
        .unwrap_or(t);
    let eight = t.len() == 8 && t.bytes().all(|b| b.is_ascii_digit());
    let (y, m, d): (u16, u16, u16) =
        if let Some(ymd) = eight.then(|| t.parse::<u32>().ok()).flatten() {
            (
                (ymd / 10_000) as u16,
                (ymd / 100 % 100) as u16,
                (ymd % 100) as u16,
            )
        } else {
            let mut parts = t.split(['-', '/', ' ', '.']).filter(|p| !p.is_empty());
            let (Some(a), Some(b), Some(c), None) =
                (parts.next(), parts.next(), parts.next(), parts.next())
            else {
                return Err(bad());
            };
            let year = |s: &str| match s.len() {
                4 => number(s, 4, 4),
                2 => number(s, 2, 2).map(|y| 2000 + y),
                _ => None,
            };
            if a.len() == 4 {
                (
                    year(a).ok_or_else(bad)?,
                    number(b, 1, 2).ok_or_else(bad)?,
                    number(c, 1, 2).ok_or_else(bad)?,
                )
            } else if let Some(m) = month_name(b) {
                (
                    year(c).ok_or_else(bad)?,
                    u16::from(m),
                    number(a, 1, 2).ok_or_else(bad)?,
                )
            } else {
                let (x, z) = (
                    number(a, 1, 2).ok_or_else(bad)?,
                    number(b, 1, 2).ok_or_else(bad)?,
                );
                let y = year(c).ok_or_else(bad)?;
                match order {
                    Order::MonthFirst => (y, x, z),
                    Order::DayFirst => (y, z, x),
                }
            }
        };
    if !YEARS.contains(&y) {
        return Err(format!(
            "{text:?}: year {y} is outside {}–{}",
            YEARS.start(),
            YEARS.end()
        ));
    }
    let (m, d) = (
        u8::try_from(m).map_err(|_| bad())?,
        u8::try_from(d).map_err(|_| bad())?,
    );
    match Date::ymd(y, m, d) {
        Some(date) => Ok(date),
        None => Err(match (Date::ym(y, m), crate::data::date::Date::y(y)) {
            (None, _) => format!("{text:?} is not on the calendar: there is no month {m}"),
            (Some(month), _) => format!(
                "{text:?} is not on the calendar: {month} has no day {d} (it has {} days)",
                month.last_day().day().unwrap_or(0)
            ),
        }),
    }
}

/// Text decoded as ISO 8859-1 (each byte one character): POLECAT's files mix encodings.
pub fn latin1(bytes: &[u8]) -> String {
    bytes.iter().map(|&b| char::from(b)).collect()
}

/// Lowercase ASCII letters and digits, other runs as one `-`.
pub fn slug(text: &str) -> String {
    let mut out = String::new();
    for c in text.chars() {
        if c.is_ascii_alphanumeric() {
            out.push(c.to_ascii_lowercase());
        } else if !out.is_empty() && !out.ends_with('-') {
            out.push('-');
        }
    }
    out.trim_end_matches('-').to_owned()
}

/// A place as a reader writes it: GDELT's ADM1 names carry a `*` where the province is named
/// after its capital (`Yerevan, Yerevan*, Armenia`); the marker and a name repeated next to
/// itself go (`Yerevan, Armenia`).
pub fn place(full: &str) -> Option<String> {
    let mut parts: Vec<&str> = Vec::new();
    for part in full.split(',') {
        let p = part.trim().trim_end_matches('*').trim();
        if !p.is_empty()
            && parts
                .last()
                .is_none_or(|last| !last.eq_ignore_ascii_case(p))
        {
            parts.push(p);
        }
    }
    (!parts.is_empty()).then(|| parts.join(", "))
}

/// The host of a URL: `https://www.example.org:8080/a?b` → `www.example.org`.
pub fn host(url: &str) -> Option<&str> {
    let (scheme, rest) = url.split_once("://")?;
    if scheme.is_empty() || !scheme.bytes().all(|b| b.is_ascii_alphabetic()) {
        return None;
    }
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit('@').next()?;
    let host = host.split(':').next()?;
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn d(text: &str) -> String {
        day(text, Order::DayFirst)
            .map(|d| d.to_string())
            .unwrap_or_else(|e| e)
    }

    #[test]
    fn every_date_form() {
        for (text, iso) in [
            ("2020-12-05", "2020-12-05"),
            ("20201205", "2020-12-05"),
            ("01 November 2024", "2024-11-01"),
            ("16 May 2025", "2025-05-16"),
            ("5-Aug-24", "2024-08-05"),
            ("05-08-2024", "2024-08-05"),
            ("5/8/2024", "2024-08-05"),
            ("2024-11-01 00:00:00", "2024-11-01"),
            ("1 Sept 2024", "2024-09-01"),
        ] {
            assert_eq!(d(text), iso, "{text}");
        }
        assert_eq!(
            day("1/12/2017", Order::MonthFirst).unwrap().to_string(),
            "2017-01-12"
        );
        for bad in [
            "",
            "0025-09-01",
            "2020-02-30",
            "32 May 2025",
            "May 2025",
            "5-Foo-24",
            "2020-1-1-1",
        ] {
            assert!(day(bad, Order::DayFirst).is_err(), "{bad:?}");
        }
    }

    #[test]
    fn nulls_lists_and_numbers() {
        assert_eq!(present(" NA "), None);
        assert_eq!(present("None"), None);
        assert_eq!(present(" x "), Some("x"));
        for text in [
            "",
            " ",
            "x",
            " x",
            "x\t",
            "\u{a0}x\u{a0}",
            "a b",
            "é ",
            "\u{1c}x",
        ] {
            assert_eq!(trim(text), text.trim(), "{text:?}");
        }
        let items: Vec<&str> = list("ARFD: A; HHK: B;; None", false).collect();
        assert_eq!(items, ["ARFD: A", "HHK: B"]);
        let items: Vec<&str> = list("\"Putin\";'Aliyev'", false).collect();
        assert_eq!(items, ["Putin", "Aliyev"]);
        let items: Vec<&str> = list("Executive,Foreign Ministry", true).collect();
        assert_eq!(items, ["Executive", "Foreign Ministry"]);
        assert_eq!(count("3.0"), Some(3));
        assert_eq!(count("-1"), None);
        assert_eq!(float("NaN"), None);
        assert_eq!(latin1(b"Z\xfcrich"), "Zürich");
    }

    #[test]
    fn places_read_as_written() {
        assert_eq!(
            place("Yerevan, Yerevan*, Armenia").as_deref(),
            Some("Yerevan, Armenia")
        );
        assert_eq!(place("Armenia").as_deref(), Some("Armenia"));
        assert_eq!(
            place("Baku, Baki*, Azerbaijan").as_deref(),
            Some("Baku, Baki, Azerbaijan")
        );
        assert_eq!(place(" "), None);
    }

    #[test]
    fn hosts_of_urls() {
        assert_eq!(
            host("https://www.reuters.com/article/x"),
            Some("www.reuters.com")
        );
        assert_eq!(
            host("HTTPS://www.forbesindia.com/a"),
            Some("www.forbesindia.com")
        );
        assert_eq!(host("http://user@example.org:8080?q"), Some("example.org"));
        assert_eq!(host("BBC Monitoring"), None);
    }
}
