//! Text from a data file never reaches the terminal as control sequences.
//!
//! After loading, every string of the dataset is made safe to print: control characters (C0,
//! DEL, C1) and the bidirectional overrides and isolates are replaced by visible placeholders
//! (`␛` for ESC, `␇` for BEL, `<U+202E>` for a right-to-left override). Tabs become a space;
//! newlines stay only in the fields that hold paragraphs (summaries and quotes), where the
//! renderer lays them out. The user's file is never written: this changes the loaded copy.
//!
//! Characters whose width terminals and the `unicode-width` crate disagree on are settled too,
//! so every row is exactly as wide as computed, in the browser and in `list` and `show`: the
//! invisible soft hyphen (U+00AD), zero-width space (U+200B), word joiner (U+2060), zero-width
//! no-break space (U+FEFF), Mongolian vowel separator (U+180E) and invisible operators
//! (U+2061–U+2064) are dropped; the Hangul fillers (U+115F, U+1160, U+3164, U+FFA0) become a
//! space; the line and paragraph separators (U+2028, U+2029) become a newline where newlines
//! stay, a space elsewhere.

use std::borrow::Cow;

use rayon::prelude::*;

use super::model::{Actor, Dataset, Interaction};

/// The placeholder for a character that must not reach the terminal, or `None` if it is safe.
fn placeholder(c: char, multiline: bool) -> Option<Cow<'static, str>> {
    match c {
        '\n' if multiline => None,
        '\t' => Some(Cow::Borrowed(" ")),
        // C0 controls map onto the Control Pictures block: U+241B is ␛.
        '\0'..='\x1f' => char::from_u32(0x2400 + c as u32).map(|p| Cow::Owned(p.to_string())),
        '\x7f' => Some(Cow::Borrowed("␡")),
        '\u{ad}' | '\u{200b}' | '\u{2060}' | '\u{feff}' | '\u{180e}' | '\u{2061}'..='\u{2064}' => {
            Some(Cow::Borrowed(""))
        }
        '\u{115f}' | '\u{1160}' | '\u{3164}' | '\u{ffa0}' => Some(Cow::Borrowed(" ")),
        '\u{2028}' | '\u{2029}' if multiline => Some(Cow::Borrowed("\n")),
        '\u{2028}' | '\u{2029}' => Some(Cow::Borrowed(" ")),
        '\u{80}'..='\u{9f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' => {
            Some(Cow::Owned(format!("<U+{:04X}>", c as u32)))
        }
        _ => None,
    }
}

/// Whether a character must never reach a terminal raw: C0 controls (but tab and newline),
/// DEL, C1 controls, the bidirectional overrides and isolates, and the characters whose width
/// terminals disagree on (see the module's notes).
pub fn is_unsafe(c: char) -> bool {
    c != '\t' && c != '\n' && placeholder(c, true).is_some()
}

/// `text` with every unsafe character replaced; borrows when nothing needed replacing.
pub fn clean_text(text: &str, multiline: bool) -> Cow<'_, str> {
    // Every unsafe character starts with one of these bytes in UTF-8: C0 controls and DEL
    // are single bytes, C1 controls and the soft hyphen start with 0xC2, the bidi controls
    // and U+2028..U+2064 with 0xE2, U+115F, U+1160 and U+180E with 0xE1, U+3164 with 0xE3,
    // U+FEFF and U+FFA0 with 0xEF. Most text has none, and this test runs at the speed of
    // memory.
    let suspect = |b: u8| b < 0x20 || b == 0x7f || matches!(b, 0xc2 | 0xe1 | 0xe2 | 0xe3 | 0xef);
    if !text.bytes().any(suspect) || !text.chars().any(|c| placeholder(c, multiline).is_some()) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        match placeholder(c, multiline) {
            Some(p) => out.push_str(&p),
            None => out.push(c),
        }
    }
    Cow::Owned(out)
}

fn clean(s: &mut String, multiline: bool) {
    if let Cow::Owned(cleaned) = clean_text(s, multiline) {
        *s = cleaned;
    }
}

fn clean_opt(s: &mut Option<String>) {
    if let Some(s) = s {
        clean(s, false);
    }
}

/// How many interactions one task of a parallel pass takes at the least: fewer would cost
/// more in handing out than they save.
pub const PER_TASK: usize = 1024;

/// Makes every string of the dataset safe to print.
pub fn clean_dataset(ds: &mut Dataset) {
    clean(&mut ds.title, false);
    if let Some(d) = &mut ds.description {
        clean(d, true);
    }
    ds.actors.iter_mut().for_each(clean_actor);
    ds.interactions
        .par_iter_mut()
        .with_min_len(PER_TASK)
        .for_each(clean_interaction);
}

fn clean_actor(a: &mut Actor) {
    for s in [&mut a.id, &mut a.name, &mut a.role] {
        clean(s, false);
    }
    for s in [
        &mut a.native,
        &mut a.short,
        &mut a.affiliation,
        &mut a.country,
        &mut a.wikidata,
        &mut a.code,
    ] {
        clean_opt(s);
    }
    a.aliases.iter_mut().for_each(|s| clean(s, false));
    a.roles.iter_mut().for_each(|r| clean(&mut r.title, false));
}

fn clean_interaction(it: &mut Interaction) {
    clean(&mut it.id, false);
    clean(&mut it.title, false);
    clean(&mut it.summary, true);
    clean_opt(&mut it.initiator);
    clean_opt(&mut it.place);
    for s in it
        .participants
        .iter_mut()
        .chain(it.mediators.iter_mut())
        .chain(it.topics.iter_mut())
    {
        clean(s, false);
    }
    for q in &mut it.quotes {
        clean(&mut q.speaker, false);
        clean(&mut q.text, true);
        clean_opt(&mut q.via);
        clean_opt(&mut q.source);
    }
    for s in &mut it.sources {
        clean(&mut s.outlet, false);
        clean_opt(&mut s.title);
        clean_opt(&mut s.url);
    }
    if let Some(c) = &mut it.coding {
        clean(&mut c.dataset, false);
        clean(&mut c.event, false);
        c.ids.iter_mut().for_each(|s| clean(s, false));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_become_visible() {
        assert_eq!(clean_text("a\x1b]0;pwned\x07b", false), "a␛]0;pwned␇b");
        assert_eq!(clean_text("x\x1b[2J", true), "x␛[2J");
        assert_eq!(clean_text("\u{202e}abc", false), "<U+202E>abc");
        assert_eq!(clean_text("\u{9b}31m", false), "<U+009B>31m");
        assert_eq!(clean_text("a\rb\x08", false), "a␍b␈");
    }

    #[test]
    fn newlines_only_where_paragraphs_are() {
        assert_eq!(clean_text("one\ntwo\tthree", true), "one\ntwo three");
        assert_eq!(clean_text("one\ntwo", false), "one␊two");
    }

    #[test]
    fn characters_of_disputed_width_are_settled() {
        assert_eq!(
            clean_text("Nego\u{ad}ti\u{ad}ations", false),
            "Negotiations"
        );
        assert_eq!(
            clean_text("a\u{200b}b\u{2060}c\u{feff}d\u{180e}e\u{2062}f", false),
            "abcdef"
        );
        assert_eq!(
            clean_text("\u{3164}x\u{115f}y\u{1160}z\u{ffa0}", false),
            " x y z "
        );
        assert_eq!(
            clean_text("one\u{2028}two\u{2029}three", false),
            "one two three"
        );
        assert_eq!(
            clean_text("one\u{2028}two\u{2029}three", true),
            "one\ntwo\nthree"
        );
        // What joins or shapes text stays: ZWJ in emoji, ZWNJ in Persian.
        for kept in [
            "👩\u{200d}🔬",
            "می\u{200c}خواهم",
            "ქართული",
            "한국어",
            "漢字",
        ] {
            assert!(
                matches!(clean_text(kept, false), Cow::Borrowed(_)),
                "{kept}"
            );
        }
    }

    #[test]
    fn safe_text_is_borrowed() {
        assert!(matches!(
            clean_text("Նիկոլ Փաշինյան 🕊 漢字", false),
            Cow::Borrowed(_)
        ));
    }
}
