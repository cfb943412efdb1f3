//! A first look at a large dataset file while the whole of it loads: its head (title,
//! description, actors, and places written before the list) and the interactions that stand
//! complete in its first part, parsed, validated and cleaned as the loader does.
//!
//! Only the file's first part is read (a megabyte, more when the head is longer, never more
//! than [`MOST`] and never the whole file). The one lexer ([`super::lexer::marks`]) finds the
//! list of interactions and the commas between its elements, as the cut into pieces
//! ([`super::split`]) does; the text up to the last whole element, with the list and the
//! dataset closed after it, is parsed by the loader itself ([`super::load::parse_str`]). A
//! part that does not parse or validate gives no preview: the full load then reports
//! whatever is wrong, at its place in the file.

use std::io::Read;
use std::path::Path;

use super::index::Data;
use super::lexer::{Mark, marks};
use super::load::parse_str;
use super::split::key_before;

/// How much of the file is read first, in bytes.
pub const FIRST: usize = 1 << 20;
/// The most that is ever read, in bytes, when the head is so long that the first part holds
/// too few interactions: the read doubles up to this.
pub const MOST: usize = 8 << 20;
/// How many bytes of whole interactions are enough for a first screen (and a few more to
/// move about in): a few hundred interactions as the importers and `synth` write them.
pub const ENOUGH: usize = 256 * 1024;

/// The data of a file's first part.
#[derive(Debug, Clone)]
pub struct Preview {
    /// The head and the first interactions, validated, cleaned and indexed; its interactions
    /// are the first of the file's, in date order among themselves.
    pub data: Data,
    /// The part of the file's bytes that the preview's interactions come from, from 0 to 1.
    pub covered: f64,
}

/// Where the whole elements of the list of interactions end in a prefix of a dataset's text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Cut {
    /// The offset just past the `[` that opens the list.
    pub list: usize,
    /// The offset where the last whole element (and what stands before it) ends: the comma
    /// after it, or the `]` that closes the list.
    pub end: usize,
    /// Whether the list closes inside the prefix.
    pub closed: bool,
}

/// Finds the list of interactions in `text`, a prefix of a dataset's text, and where its last
/// whole element ends. `None` when the prefix holds no whole element, or when the list cannot
/// be found simply (see [`super::split::split`]): the caller then shows no preview.
pub fn cut(text: &str) -> Option<Cut> {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let mut dataset_open = false;
    let mut list: Option<usize> = None;
    let mut end: Option<usize> = None;
    for mark in marks(text) {
        match mark {
            Mark::Open(i) => {
                if depth == 0 && b[i] == b'(' {
                    dataset_open = true;
                }
                if depth == 1 && b[i] == b'[' && dataset_open && key_before(b, i)? {
                    list = Some(i + 1);
                }
                depth += 1;
            }
            Mark::Close(i) => {
                depth = depth.checked_sub(1)?;
                if depth == 1 && list.is_some() {
                    return Some(Cut {
                        list: list?,
                        end: i,
                        closed: true,
                    });
                }
            }
            Mark::Comma(i) if depth == 2 && list.is_some() => end = Some(i),
            Mark::Comma(_) => {}
            // The prefix ends inside a string, a comment or a char: what came before stands.
            Mark::Unended(..) => break,
        }
    }
    Some(Cut {
        list: list?,
        end: end?,
        closed: false,
    })
}

/// The preview of a file whose first bytes are `prefix` and whose size is `total` bytes.
/// `None` when the prefix is the whole file, when it holds no whole interaction, or when
/// what it holds does not parse or validate.
pub fn preview_bytes(prefix: &[u8], total: usize) -> Option<Preview> {
    if prefix.len() >= total {
        return None;
    }
    let text = match std::str::from_utf8(prefix) {
        Ok(text) => text,
        // Cut inside a character: the part before it.
        Err(e) if e.error_len().is_none() => {
            std::str::from_utf8(&prefix[..e.valid_up_to()]).ok()?
        }
        Err(_) => return None,
    };
    let cut = cut(text)?;
    let mut whole = String::with_capacity(cut.end + 4);
    whole.push_str(&text[..cut.end]);
    // The list, then the dataset: the only brackets open at a comma between elements.
    whole.push_str("\n])");
    let dataset = parse_str("preview", &whole).ok()?;
    if dataset.interactions.is_empty() {
        return None;
    }
    Some(Preview {
        data: Data::new(dataset),
        covered: cut.end as f64 / total as f64,
    })
}

/// The preview of the file at `path`, reading its first [`FIRST`] bytes, and more (doubling,
/// up to [`MOST`]) while they hold less than [`ENOUGH`] of whole interactions. `None` for
/// anything but a regular file (a pipe is read once, by the full load), a file that fits in
/// what is read, and as [`preview_bytes`].
pub fn preview_file(path: &Path) -> Option<Preview> {
    preview_file_within(path, FIRST, MOST)
}

/// [`preview_file`], reading `first` bytes first and at most `most`.
pub fn preview_file_within(path: &Path, first: usize, most: usize) -> Option<Preview> {
    // Looked at before it is opened: opening a pipe would wait for its writer, and take
    // what it writes from the full load.
    if !std::fs::metadata(path).ok()?.is_file() {
        return None;
    }
    let mut file = std::fs::File::open(path).ok()?;
    let meta = file.metadata().ok()?;
    if !meta.is_file() {
        return None;
    }
    let total = usize::try_from(meta.len()).ok()?;
    let mut prefix = Vec::new();
    let mut want = first.max(1);
    loop {
        let more = (want.min(total)).saturating_sub(prefix.len());
        file.by_ref()
            .take(more as u64)
            .read_to_end(&mut prefix)
            .ok()?;
        if prefix.len() >= total {
            return None;
        }
        let enough = std::str::from_utf8(&prefix)
            .or_else(|e| std::str::from_utf8(&prefix[..e.valid_up_to()]))
            .ok()
            .and_then(cut)
            .is_some_and(|c| c.closed || c.end - c.list >= ENOUGH);
        if enough || want >= most || prefix.len() < want {
            break;
        }
        want = (want * 2).min(most);
    }
    preview_bytes(&prefix, total)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::data::load::parse_str;

    /// A dataset in date order: `n` interactions, each a few hundred bytes with non-ASCII
    /// text, a raw string, a comment and commas and brackets inside strings.
    fn dataset(n: usize) -> String {
        let mut s = String::from(
            "#![enable(implicit_some)]\n// A comment, with [brackets] and (parens).\nDataset(\n    title: \"Preview test\",\n    description: \"Made up for tests: ], not real.\",\n    actors: [\n        Actor(id: \"arm\", name: \"Armenia\", native: \"Հայաստան\", kind: State, role: \"State\", country: \"ARM\"),\n        Actor(id: \"aze\", name: \"Azerbaijan\", native: \"Azərbaycan\", kind: State, role: \"State\", country: \"AZE\"),\n    ],\n    interactions: [\n",
        );
        for i in 0..n {
            let day = 1 + i % 28;
            let month = 1 + (i / 28) % 12;
            let year = 2000 + i / (28 * 12);
            s.push_str(&format!(
                "        Interaction(\n            id: \"i{i:05}\",\n            date: \"{year}-{month:02}-{day:02}\",\n            kind: Meeting,\n            participants: [\"arm\", \"aze\"],\n            title: \"Talks, round {i} — «Ереван» 🇦🇲\",\n            summary: r#\"They met (again) \"], [\" and {{spoke}}.\"#,\n            /* a comment: ], ) */\n            sources: [Source(outlet: \"Outlet, A\", title: \"Headline ({i})\")],\n        ),\n"
            ));
        }
        s.push_str("    ],\n    places: [Place(id: \"yerevan\", name: \"Yerevan\")],\n)\n");
        s
    }

    fn ids(data: &Data) -> Vec<String> {
        data.interactions().iter().map(|i| i.id.clone()).collect()
    }

    #[test]
    fn a_preview_is_a_prefix_of_the_full_dataset() {
        let text = dataset(60);
        let full = Data::new(parse_str("t", &text).expect("the test dataset loads"));
        let all = ids(&full);
        let mut seen = 0;
        for len in (800..text.len()).step_by(97) {
            let Some(p) = preview_bytes(&text.as_bytes()[..len], text.len()) else {
                continue;
            };
            let got = ids(&p.data);
            assert!(!got.is_empty());
            assert_eq!(got, all[..got.len()], "a cut at {len}");
            assert_eq!(p.data.interactions(), &full.interactions()[..got.len()]);
            assert_eq!(p.data.actors(), full.actors());
            assert_eq!(p.data.title(), full.title());
            assert!(p.covered > 0.0 && p.covered < 1.0);
            assert!(p.covered <= len as f64 / text.len() as f64);
            seen += 1;
        }
        assert!(seen > 30, "{seen} previews");
        // The whole file is no preview: the full load is what shows it.
        assert!(preview_bytes(text.as_bytes(), text.len()).is_none());
    }

    #[test]
    fn a_file_out_of_date_order_previews_its_first_elements() {
        let text = dataset(30);
        // The first ten elements moved to the end: the file's first are then i00010….
        let start = text.find("        Interaction(").expect("an element");
        let tenth = text
            .find("        Interaction(\n            id: \"i00010\"")
            .expect("i00010");
        let end = text.find("    ],\n    places").expect("the list's end");
        let moved = format!(
            "{}{}{}{}",
            &text[..start],
            &text[tenth..end],
            &text[start..tenth],
            &text[end..]
        );
        let file = parse_str("t", &moved).expect("still loads");
        let in_file: Vec<&str> = file.interactions.iter().map(|i| i.id.as_str()).collect();
        let p =
            preview_bytes(&moved.as_bytes()[..moved.len() / 2], moved.len()).expect("a preview");
        let mut got = ids(&p.data);
        got.sort();
        let mut first: Vec<&str> = in_file[..got.len()].to_vec();
        first.sort_unstable();
        assert_eq!(got, first);
    }

    #[test]
    fn a_head_longer_than_the_prefix_gives_none() {
        let text = dataset(20);
        let list = text.find("interactions: [").expect("the list");
        for len in [0, 10, list / 2, list, list + 20] {
            assert!(
                preview_bytes(&text.as_bytes()[..len], text.len()).is_none(),
                "a cut at {len}"
            );
        }
    }

    #[test]
    fn a_broken_file_gives_none() {
        let text = dataset(20);
        let half = text.len() / 2;
        // An unknown actor, a field of the wrong type, a bad date, a syntax error, bytes
        // that are not UTF-8: each within the first part.
        for broken in [
            text.replacen("[\"arm\", \"aze\"]", "[\"arm\", \"nobody\"]", 1),
            text.replacen("kind: Meeting", "kind: 12", 1),
            text.replacen("-01-01", "-02-31", 1),
            text.replacen("title: \"Talks", "title: Talks", 1),
            text.replacen("actors: [", "actors: [[", 1),
        ] {
            assert!(preview_bytes(&broken.as_bytes()[..half], broken.len()).is_none());
        }
        let mut bytes = text.clone().into_bytes();
        let at = text.find("Talks").expect("a title");
        bytes[at] = 0xff;
        assert!(preview_bytes(&bytes[..half], bytes.len()).is_none());
        // Not a dataset at all, and no list of interactions.
        assert!(preview_bytes(b"[1, 2, 3, 4, 5]", 100).is_none());
        assert!(preview_bytes(b"Dataset(title: \"t\", actors: [(id: \"a\"), ", 100).is_none());
    }

    #[test]
    fn cuts_inside_strings_comments_raw_strings_and_characters() {
        let text = dataset(6);
        let full = parse_str("t", &text).expect("loads");
        // The fourth element, from just past the comma before it to its own comma.
        let fourth = text
            .find("        Interaction(\n            id: \"i00003\"")
            .expect("i00003");
        let next = text
            .find("        Interaction(\n            id: \"i00004\"")
            .expect("i00004");
        let from = text[..fourth].rfind(',').expect("a comma before") + 1;
        let to = text[..next].rfind(',').expect("its comma");
        let element = &text[from..to];
        // Every cut inside it (its strings, raw string, comment, and the bytes of its
        // multi-byte characters) previews the three before it.
        let mut cuts = 0;
        for len in from..=to {
            let p = preview_bytes(&text.as_bytes()[..len], text.len())
                .unwrap_or_else(|| panic!("a cut at {len}: {:?}", &text[from..len]));
            let got = ids(&p.data);
            assert_eq!(got, ["i00000", "i00001", "i00002"], "a cut at {len}");
            assert_eq!(p.data.interactions()[2], full.interactions[2]);
            cuts += 1;
        }
        assert_eq!(cuts, element.len() + 1);
        for inside in [
            "«Ереван»",
            "🇦🇲",
            "r#\"They",
            "\"], [\"",
            "/* a comment",
            "Outlet, A",
        ] {
            assert!(element.contains(inside), "{inside}");
        }
    }

    #[test]
    fn the_cut_ends_at_the_last_whole_element() {
        let text = "Dataset(title: \"t\", interactions: [(a: \"x, ]\"), /* , */ (b: 1), (c: \"";
        let c = cut(text).expect("a cut");
        assert_eq!(&text[c.list..c.end], "(a: \"x, ]\"), /* , */ (b: 1)");
        assert!(!c.closed);
        let text = "Dataset(interactions: [(a: 1), (b: 2),], places: [(x";
        let c = cut(text).expect("a cut");
        assert_eq!(&text[c.list..c.end], "(a: 1), (b: 2),");
        assert!(c.closed);
        // The list not yet reached, or no element whole.
        assert_eq!(cut("Dataset(title: \"t\", actors: [(id: \"a\"), (id"), None);
        assert_eq!(cut("Dataset(interactions: [(a: 1"), None);
    }

    #[test]
    fn a_file_is_read_in_part_and_more_when_the_head_is_long() {
        let dir = std::env::temp_dir().join(format!("readout-preview-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a scratch directory");
        let path = dir.join("big.ron");
        let text = dataset(3000);
        std::fs::write(&path, &text).expect("write the file");
        let full = ids(&Data::new(parse_str("t", &text).expect("loads")));
        // From a part that holds no interaction, the read doubles until it holds enough.
        let list = text.find("interactions: [").expect("the list");
        let p = preview_file_within(&path, list / 2, 4 * ENOUGH).expect("a preview");
        let got = ids(&p.data);
        assert!(got.len() < full.len());
        assert_eq!(got, full[..got.len()]);
        // Bounded: never more than `most`.
        let p = preview_file_within(&path, 1000, 2000).map(|p| p.data.interactions().len());
        assert!(p.is_none_or(|n| n <= 2000 / 300), "{p:?}");
        // A file that fits in what is read has no preview, nor has a missing one.
        assert!(preview_file_within(&path, text.len(), text.len()).is_none());
        assert!(preview_file(&dir.join("missing.ron")).is_none());
        // A pipe is never opened: that would wait for its writer and take what it writes.
        let pipe = dir.join("pipe.ron");
        if std::process::Command::new("mkfifo")
            .arg(&pipe)
            .status()
            .is_ok_and(|s| s.success())
        {
            assert!(preview_file(&pipe).is_none());
        }
        let _ = std::fs::remove_dir_all(&dir);
    }
}
