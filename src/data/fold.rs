//! Folding text for matching, so that a reader finds a name however it is spelled.
//!
//! Both the text and the query are folded the same way, then compared as plain substrings:
//!
//! 1. Unicode compatibility decomposition (NFKD), lowercase, and the combining marks dropped:
//!    `Kılıç` → `kılıc`, `Çavuşoğlu` → `cavusoglu`, `İlham` → `ilham`. The compatibility
//!    forms become the plain letters they stand for: ligatures from PDFs (`ﬁ` → `fi`,
//!    `ﬀ` → `ff`), fullwidth letters (`Ａｂ` → `ab`), the Armenian ligature `և` → `եւ`,
//!    superscripts and circled digits (`²` → `2`, `①` → `1`), the no-break space → a space.
//! 2. Letters that do not decompose are mapped: `ı` → `i`, `ə` → `a` (as English spells
//!    Azerbaijani names: Əliyev → Aliyev), `ø` → `o`, `æ` → `ae`, `ß` → `ss`, `đ` → `d`,
//!    `ł` → `l`, `ħ` → `h`; typographic quotes and apostrophes become ASCII ones. Invisible
//!    characters inside words (soft hyphen, zero-width space, joiners, byte-order mark) are
//!    dropped, so `negotiations` finds `Nego­ti­ations` with soft hyphens.
//! 3. Transliteration variants of the region: a `y` between two vowels is dropped
//!    (`Aliyev` = `Aliev`, `Mustafayev` = `Mustafaev`), and a `y` after a consonant and before a
//!    vowel becomes `i` (`Pashinyan` = `Pashinian`).

use std::ops::Range;

use unicode_normalization::char::{decompose_compatible, is_combining_mark};
use unicode_segmentation::UnicodeSegmentation;

/// Steps 1 and 2 for one character, pushing `(folded char, source offset)`.
fn fold_char(c: char, offset: usize, out: &mut Vec<(char, usize)>) {
    // Decompose, lowercase what that gives (`ℌ` → `H` → `h`), and decompose the lowercase
    // letter again where it is not ASCII: a lowercase letter may decompose where its capital
    // did not.
    decompose_compatible(c, |compat| {
        for lower in compat.to_lowercase() {
            if lower.is_ascii() {
                map_folded(lower, offset, out);
            } else {
                decompose_compatible(lower, |d| map_folded(d, offset, out));
            }
        }
    });
}

/// Step 2 for one decomposed, lowercase character: combining marks are dropped, the letters
/// that do not decompose are mapped.
fn map_folded(d: char, offset: usize, out: &mut Vec<(char, usize)>) {
    if d.is_ascii() {
        out.push((char::from(fold_ascii_char(d as u8)), offset));
        return;
    }
    if is_combining_mark(d) {
        return;
    }
    let mapped: &str = match d {
        // Invisible characters that text from web pages and PDFs carries inside words (soft
        // hyphens, zero-width spaces and joiners, the byte-order mark): nothing to match.
        '\u{ad}' | '\u{200b}'..='\u{200f}' | '\u{2060}'..='\u{2064}' | '\u{feff}' | '\u{180e}' => {
            ""
        }
        // Blank fillers and line separators: a space, as the cleaning of text makes them.
        '\u{115f}' | '\u{1160}' | '\u{3164}' | '\u{ffa0}' | '\u{2028}' | '\u{2029}' => " ",
        'ı' => "i",
        'ə' => "a",
        'ø' => "o",
        'æ' => "ae",
        'ß' => "ss",
        'đ' => "d",
        'ł' => "l",
        'ħ' => "h",
        '‘' | '’' | 'ʼ' => "'",
        '“' | '”' | '«' | '»' => "\"",
        _ => {
            out.push((d, offset));
            return;
        }
    };
    out.extend(mapped.chars().map(|m| (m, offset)));
}

fn is_vowel(c: char) -> bool {
    matches!(c, 'a' | 'e' | 'i' | 'o' | 'u')
}

/// Step 3, on folded characters.
fn apply_variants(chars: Vec<(char, usize)>) -> Vec<(char, usize)> {
    let mut out: Vec<(char, usize)> = Vec::with_capacity(chars.len());
    for (i, &(c, offset)) in chars.iter().enumerate() {
        if c == 'y' {
            let prev = out.last().map(|&(p, _)| p);
            let next = chars.get(i + 1).map(|&(n, _)| n);
            if let (Some(p), Some(n)) = (prev, next)
                && is_vowel(n)
            {
                if is_vowel(p) {
                    continue;
                }
                if p.is_alphabetic() {
                    out.push(('i', offset));
                    continue;
                }
            }
        }
        out.push((c, offset));
    }
    out
}

/// Steps 1 and 2 for an ASCII character: only case and the backtick change.
fn fold_ascii_char(c: u8) -> u8 {
    if c == b'`' {
        b'\''
    } else {
        c.to_ascii_lowercase()
    }
}

fn folded_chars(text: &str) -> Vec<(char, usize)> {
    let mut chars = Vec::with_capacity(text.len());
    for (offset, c) in text.char_indices() {
        if c.is_ascii() {
            chars.push((char::from(fold_ascii_char(c as u8)), offset));
        } else {
            fold_char(c, offset, &mut chars);
        }
    }
    apply_variants(chars)
}

/// The folded form of `text`.
pub fn fold(text: &str) -> String {
    if text.is_ascii() {
        return fold_ascii(text);
    }
    folded_chars(text).into_iter().map(|(c, _)| c).collect()
}

/// [`fold`] for ASCII text, byte by byte: the same three steps, without decoding or
/// decomposing. Search folds every text of a dataset, most of it ASCII.
fn fold_ascii(text: &str) -> String {
    let lower: Vec<u8> = text.bytes().map(fold_ascii_char).collect();
    let vowel = |c: u8| matches!(c, b'a' | b'e' | b'i' | b'o' | b'u');
    let mut out: Vec<u8> = Vec::with_capacity(lower.len());
    for (i, &c) in lower.iter().enumerate() {
        if c == b'y'
            && let (Some(&p), Some(&n)) = (out.last(), lower.get(i + 1))
            && vowel(n)
        {
            if vowel(p) {
                continue;
            }
            if p.is_ascii_alphabetic() {
                out.push(b'i');
                continue;
            }
        }
        out.push(c);
    }
    // Only ASCII bytes went in.
    String::from_utf8(out).unwrap_or_default()
}

/// A search: words that must all occur (folded) in what matches.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Query {
    text: String,
    words: Vec<String>,
}

impl Query {
    /// The query a typed text asks for, every word of it folded (no phrases: see [`search_query`]).
    pub fn new(text: &str) -> Query {
        Query {
            text: text.to_owned(),
            words: text.split_whitespace().map(fold).collect(),
        }
    }

    /// The query as typed.
    pub fn text(&self) -> &str {
        &self.text
    }

    /// Whether the query has no word, and so matches everything.
    pub fn is_empty(&self) -> bool {
        self.words.is_empty()
    }

    /// The words, folded.
    pub fn words(&self) -> &[String] {
        &self.words
    }

    /// Whether every word occurs in `folded` (a text already folded).
    pub fn matches_folded(&self, folded: &str) -> bool {
        self.words.iter().all(|w| folded.contains(w.as_str()))
    }

    /// Whether this query's matches are a subset of `previous`'s: each previous word is
    /// contained in some word of this one. Lets a growing query narrow the last result.
    pub fn narrows(&self, previous: &Query) -> bool {
        previous
            .words
            .iter()
            .all(|p| self.words.iter().any(|w| w.contains(p.as_str())))
    }

    /// The byte ranges of `text` (unfolded) where any word of the query occurs, sorted and
    /// merged, each widened to whole grapheme clusters: a match that ends on `e` of `René`
    /// written with a combining accent takes the accent too, so a highlight never splits
    /// what the terminal draws as one character.
    pub fn ranges(&self, text: &str) -> Vec<Range<usize>> {
        if self.words.is_empty() {
            return Vec::new();
        }
        let chars = folded_chars(text);
        let folded: String = chars.iter().map(|&(c, _)| c).collect();
        // Folded byte offset → index into `chars`.
        let mut index_at = vec![0; folded.len() + 1];
        let mut byte = 0;
        for (i, &(c, _)) in chars.iter().enumerate() {
            index_at[byte..byte + c.len_utf8()].fill(i);
            byte += c.len_utf8();
        }
        index_at[folded.len()] = chars.len();
        let end_of = |i: usize| {
            let start = chars[i].1;
            start + text[start..].chars().next().map_or(0, char::len_utf8)
        };
        let mut ranges: Vec<Range<usize>> = Vec::new();
        for word in &self.words {
            for (at, _) in folded.match_indices(word.as_str()) {
                let first = index_at[at];
                let last = index_at[at + word.len() - 1];
                ranges.push(chars[first].1..end_of(last));
            }
        }
        if !text.is_ascii() {
            // Every grapheme boundary, the end included, in order.
            let bounds: Vec<usize> = text
                .grapheme_indices(true)
                .map(|(i, _)| i)
                .chain(std::iter::once(text.len()))
                .collect();
            for r in &mut ranges {
                let at = bounds.partition_point(|&b| b <= r.start);
                r.start = bounds[at.saturating_sub(1)];
                let at = bounds.partition_point(|&b| b < r.end);
                r.end = bounds.get(at).copied().unwrap_or(text.len());
            }
        }
        ranges.sort_by_key(|r| (r.start, r.end));
        let mut merged: Vec<Range<usize>> = Vec::with_capacity(ranges.len());
        for r in ranges {
            match merged.last_mut() {
                Some(m) if r.start <= m.end => m.end = m.end.max(r.end),
                _ => merged.push(r),
            }
        }
        merged
    }
}

impl Query {
    /// A query of `terms` (words, or phrases with their spaces), each folded, that must all
    /// occur; `text` is the query as typed. How the terms are read from the text is the query
    /// [`search_terms`]'s: see [`search_query`].
    pub fn with_terms(text: &str, terms: &[String]) -> Query {
        Query {
            text: text.to_owned(),
            words: terms
                .iter()
                .map(|t| fold(t))
                .filter(|w| !w.is_empty())
                .collect(),
        }
    }
}

/// The terms of a search as typed: words, and phrases in double quotes (`"peace treaty"`, or
/// `“peace treaty”`) kept whole, with the spaces inside collapsed to one. A phrase matches
/// those words next to each other, in that order; words outside quotes match anywhere. An
/// unclosed quote runs to the end of the text, so a phrase matches while it is being typed.
pub fn search_terms(text: &str) -> Vec<String> {
    let mut terms = Vec::new();
    let mut rest = text;
    loop {
        let Some(open) = rest.find(['"', '“', '”']) else {
            terms.extend(rest.split_whitespace().map(str::to_owned));
            return terms;
        };
        terms.extend(rest[..open].split_whitespace().map(str::to_owned));
        let after = &rest[open..];
        let inside = &after[after.chars().next().map_or(0, char::len_utf8)..];
        let (phrase, next) = match inside.find(['"', '“', '”']) {
            Some(close) => {
                let end = close + inside[close..].chars().next().map_or(0, char::len_utf8);
                (&inside[..close], &inside[end..])
            }
            None => (inside, ""),
        };
        let phrase = phrase.split_whitespace().collect::<Vec<_>>().join(" ");
        if !phrase.is_empty() {
            terms.push(phrase);
        }
        rest = next;
    }
}

/// The search a typed text asks for: its [`search_terms`], each folded, all to occur.
pub fn search_query(text: &str) -> Query {
    Query::with_terms(text, &search_terms(text))
}

#[cfg(test)]
mod tests {
    use super::*;

    proptest::proptest! {
        /// The ASCII shortcut folds exactly as the general path does.
        #[test]
        fn ascii_folds_as_everything_else(text in "[aeiouyYAEIOU bcdklmnr`'1.-]{0,40}") {
            let general: String = folded_chars(&text).into_iter().map(|(c, _)| c).collect();
            proptest::prop_assert_eq!(fold(&text), general);
        }
    }

    #[test]
    fn the_regions_spellings_meet() {
        for (a, b) in [
            ("aliyev", "Əliyev"),
            ("aliyev", "Aliev"),
            ("ALIYEV", "İlham Əliyev"),
            ("pashinian", "Pashinyan"),
            ("pashinyan", "Pashinian"),
            ("kilic", "Kılıç"),
            ("cavusoglu", "Çavuşoğlu"),
            ("mustafaev", "Şahin Mustafayev"),
            ("erdogan", "Erdoğan"),
            ("hacıyev", "Hacıyev"),
            ("garibashvili", "Garibashvili"),
            ("qaribasvili", "İrakli Qaribaşvili"),
            ("donfried's", "Donfried’s"),
            ("naryshkin", "Naryshkin"),
            ("tbilisi", "Tbilisi"),
            ("stepanakert", "STEPANAKERT"),
        ] {
            let q = Query::new(a);
            assert!(
                q.matches_folded(&fold(b)),
                "{a:?} should find {b:?} ({:?} in {:?})",
                fold(a),
                fold(b)
            );
        }
    }

    #[test]
    fn different_names_stay_apart() {
        for (a, b) in [
            ("aliyev", "Bayramov"),
            ("pashinyan", "Putin"),
            ("kilic", "Kılınç Kaya"),
        ] {
            assert!(!Query::new(a).matches_folded(&fold(b)), "{a:?} found {b:?}");
        }
    }

    #[test]
    fn every_word_must_match() {
        let q = Query::new("blinken  tbilisi");
        assert!(q.matches_folded(&fold("Blinken welcomes the Tbilisi talks")));
        assert!(!q.matches_folded(&fold("Blinken calls Aliyev")));
        assert!(Query::new("   ").is_empty());
    }

    #[test]
    fn a_longer_query_narrows() {
        assert!(Query::new("tbil").narrows(&Query::new("tbi")));
        assert!(Query::new("tbi blinken").narrows(&Query::new("tbi")));
        assert!(!Query::new("tb").narrows(&Query::new("tbi")));
    }

    #[test]
    fn ranges_point_into_the_unfolded_text() {
        let text = "İlham Əliyev met Pashinyan";
        let q = Query::new("aliyev pashinian");
        let ranges = q.ranges(text);
        let found: Vec<&str> = ranges.iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(found, ["Əliyev", "Pashinyan"]);
        let text = "Kılıç and Çavuşoğlu";
        let q = Query::new("kilic cavusoglu");
        let found: Vec<&str> = q.ranges(text).iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(found, ["Kılıç", "Çavuşoğlu"]);
    }

    #[test]
    fn compatibility_forms_fold_to_their_letters() {
        for (query, text) in [
            ("ceasefire", "Envoy welcomes the cease\u{fb01}re"),
            ("fire", "ceaseﬁre"),
            ("official", "oﬃcial"),
            ("staff", "staﬀ"),
            ("aliyev", "Ａｌｉｙｅｖ"),
            ("ALIYEV", "ＡＬＩＹＥＶ"),
            ("yerevan", "Yerevan"),
            ("եւ", "և"),
            ("երեւան", "Երևան"),
            ("g2", "G²"),
            ("1 point", "① point"),
            ("nagorno karabakh", "Nagorno\u{a0}Karabakh"),
            ("h", "ℌ"),
            ("dz", "ǅ"),
            ("xii", "Ⅻ"),
            ("kilic", "Kılıç"),
            ("ilham", "İlham"),
            ("rene", "Rene\u{301}e"),
            ("negotiations", "Nego\u{ad}ti\u{ad}ations"),
            ("ceasefire", "cease\u{200b}fire"),
            ("میخواهم", "می\u{200c}خواهم"),
            ("a b", "a\u{3164}b"),
        ] {
            let q = Query::new(query);
            assert!(
                q.matches_folded(&fold(text)),
                "{query:?} should find {text:?} ({:?} in {:?})",
                fold(query),
                fold(text)
            );
        }
        // Folding the query the same way: a ligature typed finds the letters.
        assert!(Query::new("ﬁre").matches_folded(&fold("fire")));
        assert!(Query::new("ＰＥＡＣＥ").matches_folded(&fold("peace")));
    }

    #[test]
    fn a_match_covers_whole_grapheme_clusters() {
        let text = "Rene\u{301}e Dubois";
        let q = Query::new("rene");
        let found: Vec<&str> = q.ranges(text).iter().map(|r| &text[r.clone()]).collect();
        assert_eq!(found, ["Rene\u{301}"]);
        for (text, query, expected) in [
            ("Rene\u{301} Dubois", "ren", "Ren"),
            ("Rene\u{301} Dubois", "rene", "Rene\u{301}"),
            ("cease\u{fb01}re", "ceasef", "cease\u{fb01}"),
            ("cease\u{fb01}re", "ire", "\u{fb01}re"),
            ("Երևան", "երե", "Երև"),
            ("ก\u{e49}าว", "ก", "ก\u{e49}"),
            ("🇦🇲 Yerevan", "yerevan", "Yerevan"),
        ] {
            let q = Query::new(query);
            let found: Vec<&str> = q.ranges(text).iter().map(|r| &text[r.clone()]).collect();
            assert_eq!(found, [expected], "{query:?} in {text:?}");
        }
    }

    proptest::proptest! {
        /// Whatever the text and query, each range starts and ends on a grapheme boundary.
        #[test]
        fn ranges_fall_on_grapheme_boundaries(
            text in "[a-eR \u{301}\u{308}\u{fb01}\u{587}եւ🇦🇲ก\u{e49}Ａ-Ｅ]{0,24}",
            query in "[a-ef եւ]{1,4}",
        ) {
            let bounds: Vec<usize> = text
                .grapheme_indices(true)
                .map(|(i, _)| i)
                .chain(std::iter::once(text.len()))
                .collect();
            for r in Query::new(&query).ranges(&text) {
                proptest::prop_assert!(bounds.contains(&r.start) && bounds.contains(&r.end), "{:?}", r);
            }
        }
    }

    #[test]
    fn overlapping_matches_merge() {
        let q = Query::new("peace eace");
        assert_eq!(
            q.ranges("the peace talks"),
            vec![std::ops::Range { start: 4, end: 9 }]
        );
    }
}
