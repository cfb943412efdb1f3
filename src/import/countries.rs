//! Countries as the formats name them, turned into ISO 3166 alpha-3 codes: ACLED's numeric
//! `iso` (`51`) and country names, ICEWS's country names (`Russian Federation`), and the codes
//! `--country` takes.

use std::collections::HashMap;
use std::sync::OnceLock;

#[path = "countries_table.rs"]
mod table;

pub use table::COUNTRIES;

use super::header::norm;

/// The alpha-3 code of an ISO 3166 country code (any case, blanks around it): `arm` → `ARM`.
pub fn alpha3(code: &str) -> Option<&'static str> {
    let code = code.trim().as_bytes();
    let [a, b, c] = *code else {
        return None;
    };
    let upper = [
        a.to_ascii_uppercase(),
        b.to_ascii_uppercase(),
        c.to_ascii_uppercase(),
    ];
    COUNTRIES
        .binary_search_by(|(c, _, _)| c.as_bytes().cmp(&upper[..]))
        .ok()
        .map(|i| COUNTRIES[i].0)
}

/// The alpha-3 code of an ISO 3166 numeric code, written with or without leading zeros: `51`,
/// `051` → `ARM`.
pub fn by_numeric(code: &str) -> Option<&'static str> {
    static BY_NUMBER: OnceLock<HashMap<u16, &'static str>> = OnceLock::new();
    let n: u16 = super::value::count(code.trim())?.try_into().ok()?;
    let table = BY_NUMBER.get_or_init(|| {
        COUNTRIES
            .iter()
            .filter(|(_, num, _)| *num != 0)
            .map(|(code, num, _)| (*num, *code))
            .collect()
    });
    table.get(&n).copied()
}

/// The longest name of the table, normalised, in bytes: a longer text names no country.
const LONGEST_NAME: usize = 64;

/// The alpha-3 code of a country's name, in any of the spellings the table has (`Russian
/// Federation`, `Russia`), compared without case, blanks or punctuation. Allocates nothing:
/// the name is normalised on the stack.
pub fn by_name(name: &str) -> Option<&'static str> {
    static NAMES: OnceLock<HashMap<String, &'static str>> = OnceLock::new();
    let names = NAMES.get_or_init(|| {
        let names: HashMap<String, &'static str> = COUNTRIES
            .iter()
            .flat_map(|(code, _, names)| names.iter().map(move |n| (norm(n), *code)))
            .collect();
        debug_assert!(names.keys().all(|n| n.len() <= LONGEST_NAME));
        names
    });
    let mut buf = [0u8; LONGEST_NAME];
    let mut len = 0;
    if name.is_ascii() {
        for b in name.bytes().filter(u8::is_ascii_alphanumeric) {
            if len == LONGEST_NAME {
                return None;
            }
            buf[len] = b.to_ascii_lowercase();
            len += 1;
        }
    } else {
        for c in name.chars().filter(|c| c.is_alphanumeric()) {
            for lower in c.to_lowercase() {
                let width = lower.len_utf8();
                if len + width > LONGEST_NAME {
                    return None;
                }
                lower.encode_utf8(&mut buf[len..]);
                len += width;
            }
        }
    }
    let key = std::str::from_utf8(&buf[..len]).ok()?;
    names.get(key).copied()
}

/// The code `--country` was given, checked: an ISO 3166 alpha-3 code or a CAMEO regional code
/// (GDELT's `AFR`, `EUR`…). The error names the nearest codes and countries.
pub fn parse(arg: &str) -> Result<String, String> {
    let code = arg.trim().to_ascii_uppercase();
    if let Some(c) = alpha3(&code) {
        return Ok(c.to_owned());
    }
    if code.len() == 3 && crate::data::cameo::region(&code).is_some() {
        return Ok(code);
    }
    if let Some(c) = by_name(arg) {
        return Err(format!("{arg:?} is a country's name: give its code, {c}"));
    }
    let near = crate::suggest::all_near(&code, COUNTRIES.iter().map(|&(c, _, _)| c));
    let hint = if near.is_empty() {
        String::new()
    } else {
        let list: Vec<String> = near
            .iter()
            .take(4)
            .filter_map(|c| COUNTRIES.iter().find(|(code, _, _)| code == c))
            .map(|(c, _, names)| format!("{c} ({})", names[0]))
            .collect();
        format!("; did you mean {}?", list.join(" or "))
    };
    Err(format!(
        "{arg:?} is not an ISO 3166 alpha-3 country code such as ARM or AZE{hint}"
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_numbers_and_names() {
        assert!(COUNTRIES.windows(2).all(|w| w[0].0 < w[1].0));
        assert_eq!(alpha3("arm"), Some("ARM"));
        assert_eq!(by_numeric("51"), Some("ARM"));
        assert_eq!(by_numeric("031"), Some("AZE"));
        assert_eq!(by_numeric("0"), None);
        assert_eq!(by_name("Russian Federation"), Some("RUS"));
        assert_eq!(by_name("russia"), Some("RUS"));
        assert_eq!(by_name("Azerbaijan"), Some("AZE"));
        assert_eq!(by_name("Iran"), Some("IRN"));
        assert_eq!(by_name(" Türkiye "), Some("TUR"));
        assert_eq!(by_name(&"x".repeat(200)), None);
        assert_eq!(alpha3(" aZe "), Some("AZE"));
        assert_eq!(alpha3("ARME"), None);
        assert_eq!(by_numeric("268"), Some("GEO"));
        assert_eq!(parse("aze"), Ok("AZE".to_owned()));
        assert_eq!(parse("AFR"), Ok("AFR".to_owned()));
        let e = parse("ARX").unwrap_err();
        assert!(
            e.contains(
                "did you mean ARE (United Arab Emirates) or ARG (Argentina) or ARM (Armenia)"
            ),
            "{e}"
        );
        assert!(parse("Armenia").unwrap_err().contains("give its code, ARM"));
    }
}
