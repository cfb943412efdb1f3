//! Parsing a dataset file as it is read, so that its text is never held whole.
//!
//! The file comes in blocks. The text up to the `[` that opens the list of interactions
//! (the head) is kept; from there, whole elements of the list are cut out of the blocks at
//! the commas between them (found by the one lexer, [`super::lexer`]), and runs of them are
//! parsed on every core while the next blocks are read. What follows the list (the tail) is
//! kept and parsed with the head, as a dataset with no interactions. Only a few pieces are
//! in flight at a time, and a block's bytes are let go as soon as its elements are cut out:
//! memory holds the dataset as it grows, not the text.
//!
//! This is only ever a faster, leaner way to the answer the whole text gives: any failure
//! (a piece that does not parse, a list the scan cannot follow, bytes that are not UTF-8, a
//! read that fails) gives `None`, and the loader then reads the file whole and parses it the
//! ordinary way, which reports the error at its place in the file. Tests hold it to giving
//! the dataset a whole parse gives, for blocks of every size.

use std::collections::BTreeMap;
use std::io::Read;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::mpsc;

use xxhash_rust::xxh3::Xxh3;

use super::lexer::{Mark, is_ident_byte, marks};
use super::model::{Dataset, Interaction};
use super::reading::{Progress, ron_options};
use super::split::key_before;

/// How a stream is cut: the size of the blocks read and of the pieces parsed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Sizes {
    /// Bytes read at a time.
    pub block: usize,
    /// Bytes of elements parsed together, at least (a piece ends at the first comma past it).
    pub piece: usize,
}

impl Default for Sizes {
    /// Blocks of 4 MB, pieces of 256 KB.
    fn default() -> Sizes {
        Sizes {
            block: 4 << 20,
            piece: 256 << 10,
        }
    }
}

/// A dataset parsed from a stream, with what was read to make it.
#[derive(Debug)]
pub struct Streamed {
    /// The dataset, not yet validated.
    pub dataset: Dataset,
    /// The xxh3-128 hash of every byte read (the key of a cache entry).
    pub hash: u128,
    /// How many bytes were read.
    pub len: u64,
}

/// The byte-order mark some editors put first; it is not RON.
const BOM: &[u8] = "\u{feff}".as_bytes();

/// Where the reading stands.
enum Stage {
    /// Before the list of interactions: the buffer holds everything from the start.
    Head,
    /// Inside the list: the buffer starts at an element's start (just past a comma or the
    /// list's `[`), a clean state for the lexer.
    List,
    /// Past the list: every byte goes to the tail.
    Tail,
}

/// What a scan of the buffer's valid text found.
enum Cut {
    /// The text ends before anything can be decided: read more.
    More,
    /// The text is not one the scan follows: give up, for the whole parse to judge.
    GiveUp,
}

/// Parses the dataset that `input` holds as it is read, in blocks and pieces of `sizes`,
/// counting bytes read and parsed in `progress`. `None` on any failure, for the caller to
/// parse the whole text instead (see the module's documentation).
pub fn parse_stream(mut input: impl Read, sizes: Sizes, progress: &Progress) -> Option<Streamed> {
    let mut hasher = Xxh3::new();
    let mut len: u64 = 0;
    let mut buf: Vec<u8> = Vec::new();
    let mut stage = Stage::Head;
    let mut head = String::new();
    // The end, in `head`, of what comes before the dataset itself (attributes, comments).
    let mut prelude_end = 0;
    let mut tail: Vec<u8> = Vec::new();
    let mut bom_checked = false;
    // Where the scan of the list resumes in `buf`.
    let mut resume = 0;
    let mut eof = false;
    let stop = AtomicBool::new(false);
    let mut parser = Parser::new(progress, &stop);
    let inline = rayon::current_thread_index().is_some();
    let outcome = rayon::in_place_scope(|scope| -> Option<()> {
        while !eof {
            let before = buf.len();
            buf.reserve(sizes.block);
            let n = read_block(&mut input, &mut buf, sizes.block)?;
            eof = n == 0;
            hasher.update(&buf[before..]);
            len += n as u64;
            progress.read.store(len as usize, Ordering::Relaxed);
            if !bom_checked {
                if buf.len() < BOM.len() && !eof {
                    continue;
                }
                if buf.starts_with(BOM) {
                    buf.drain(..BOM.len());
                }
                bom_checked = true;
            }
            if matches!(stage, Stage::Head) {
                let text = valid_prefix(&buf, eof)?;
                match find_list(text) {
                    Ok((start, open)) => {
                        prelude_end = start;
                        head = text[..=open].to_owned();
                        buf.drain(..=open);
                        stage = Stage::List;
                    }
                    Err(Cut::More) if !eof => continue,
                    Err(_) => return None,
                }
            }
            if matches!(stage, Stage::List) {
                let text = valid_prefix(&buf, eof)?;
                let prelude = &head[..prelude_end];
                let cut = cut_elements(text, resume, sizes.piece, |piece| {
                    parser.send(scope, prelude, piece, inline)
                });
                parser.ok()?;
                if cut.closed {
                    tail.extend_from_slice(&buf[cut.used..]);
                    buf = Vec::new();
                    stage = Stage::Tail;
                } else {
                    buf.drain(..cut.used);
                    resume = cut.resume - cut.used;
                }
                continue;
            }
            // The tail: kept whole, to be parsed with the head.
            tail.append(&mut buf);
        }
        if !matches!(stage, Stage::Tail) {
            return None;
        }
        Some(())
    });
    // Every piece is in (the scope waited for them), or the stream gave up.
    let interactions = parser.finish();
    outcome?;
    let mut interactions = interactions?;
    let tail = String::from_utf8(tail).ok()?;
    head.push_str(&tail);
    let mut dataset: Dataset = ron_options().from_str(&head).ok()?;
    if !dataset.interactions.is_empty() {
        return None;
    }
    progress.parsed.fetch_add(head.len(), Ordering::Relaxed);
    progress.total.store(len as usize, Ordering::Relaxed);
    interactions.shrink_to_fit();
    dataset.interactions = interactions;
    Some(Streamed {
        dataset,
        hash: hasher.digest128(),
        len,
    })
}

/// Reads up to `block` bytes onto the end of `buf`; the number read, 0 at the end of the
/// input. `None` when the read fails.
fn read_block(input: &mut impl Read, buf: &mut Vec<u8>, block: usize) -> Option<usize> {
    let start = buf.len();
    loop {
        match input
            .by_ref()
            .take((block - (buf.len() - start)) as u64)
            .read_to_end(buf)
        {
            Ok(_) => return Some(buf.len() - start),
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => {}
            Err(_) => return None,
        }
    }
}

/// The longest prefix of `buf` that is whole UTF-8: all of it, but for a character cut by
/// the end of a block, which comes whole with the next. `None` for bytes that are not
/// UTF-8 (or a character cut by the end of the input): the whole parse reports them.
fn valid_prefix(buf: &[u8], eof: bool) -> Option<&str> {
    match std::str::from_utf8(buf) {
        Ok(text) => Some(text),
        Err(e) if e.error_len().is_none() && !eof => {
            std::str::from_utf8(&buf[..e.valid_up_to()]).ok()
        }
        Err(_) => None,
    }
}

/// In the text from the start of a dataset: where the dataset itself begins (past the
/// prelude) and the offset of the `[` that opens its list of interactions. The same reading
/// as [`super::split::split`]'s.
fn find_list(text: &str) -> Result<(usize, usize), Cut> {
    let b = text.as_bytes();
    let mut depth = 0usize;
    let mut dataset_open: Option<usize> = None;
    for mark in marks(text) {
        match mark {
            Mark::Open(i) => {
                if depth == 0 && b[i] == b'(' && dataset_open.is_none() {
                    dataset_open = Some(i);
                }
                if depth == 1
                    && b[i] == b'['
                    && let Some(open) = dataset_open
                {
                    match key_before(b, i) {
                        Some(true) => {
                            let mut start = open;
                            while start > 0 && is_ident_byte(b[start - 1]) {
                                start -= 1;
                            }
                            return Ok((start, i));
                        }
                        Some(false) => {}
                        None => return Err(Cut::GiveUp),
                    }
                }
                depth += 1;
            }
            Mark::Close(_) => depth = depth.checked_sub(1).ok_or(Cut::GiveUp)?,
            Mark::Comma(_) => {}
            Mark::Unended(..) => return Err(Cut::More),
        }
    }
    Err(Cut::More)
}

/// What [`cut_elements`] did with a buffer.
struct Elements {
    /// Bytes handed on in pieces: the rest is an unfinished run of elements, carried to
    /// the next block.
    used: usize,
    /// Where the next scan may start: past the last comma between elements seen, a clean
    /// state for the lexer (so that no byte is scanned twice but the last element's).
    resume: usize,
    /// Whether the list's closing bracket was reached, at `used`: the rest is the tail.
    closed: bool,
}

/// Cuts the elements at the start of `text` (which begins at an element's start, inside
/// the list) into pieces of at least `piece` bytes, handing each to `send`. The scan starts
/// at `resume`, a clean state past a comma between elements (or 0).
fn cut_elements(text: &str, resume: usize, piece: usize, mut send: impl FnMut(&str)) -> Elements {
    let mut depth = 2usize;
    let mut from = 0;
    let mut next = resume;
    for mark in marks(&text[resume..]) {
        match mark {
            Mark::Open(_) => depth += 1,
            Mark::Close(i) => {
                let i = i + resume;
                depth -= 1;
                if depth == 1 {
                    if !text[from..i].trim().is_empty() {
                        send(&text[from..i]);
                    }
                    return Elements {
                        used: i,
                        resume: i,
                        closed: true,
                    };
                }
            }
            Mark::Comma(i) if depth == 2 => {
                let i = i + resume;
                next = i + 1;
                if i - from >= piece {
                    send(&text[from..i]);
                    from = i + 1;
                }
            }
            Mark::Comma(_) => {}
            // A string or comment the block ends inside of: the rest comes with the next.
            Mark::Unended(..) => break,
        }
    }
    Elements {
        used: from,
        resume: next,
        closed: false,
    }
}

/// A piece's number, its size in bytes, and its interactions (`None`: it did not parse).
type Parsed = (usize, usize, Option<Vec<Interaction>>);

/// The pieces in flight and the interactions parsed so far, in file order.
struct Parser<'p> {
    progress: &'p Progress,
    /// Set when a piece does not parse: pieces not yet begun are skipped.
    stop: &'p AtomicBool,
    sent: usize,
    received: usize,
    results: mpsc::Receiver<Parsed>,
    sender: mpsc::Sender<Parsed>,
    /// Pieces parsed ahead of one still in flight, by number.
    waiting: BTreeMap<usize, Vec<Interaction>>,
    next: usize,
    interactions: Vec<Interaction>,
    failed: bool,
}

impl<'p> Parser<'p> {
    fn new(progress: &'p Progress, stop: &'p AtomicBool) -> Parser<'p> {
        let (sender, results) = mpsc::channel();
        Parser {
            progress,
            stop,
            sent: 0,
            received: 0,
            results,
            sender,
            waiting: BTreeMap::new(),
            next: 0,
            interactions: Vec::new(),
            failed: false,
        }
    }

    /// How many pieces may be in flight at once: enough to keep every core busy while the
    /// next block is read, few enough that they hold a few megabytes.
    fn window() -> usize {
        2 * rayon::current_num_threads() + 2
    }

    /// Parses `elements` (whole elements of the list, with the commas between them) after
    /// `prelude`, on the pool; or here when `inline` (the caller is on the pool itself, and
    /// might otherwise wait for a piece that no thread is free to parse).
    fn send<'s>(&mut self, scope: &rayon::Scope<'s>, prelude: &str, elements: &str, inline: bool)
    where
        'p: 's,
    {
        let n = self.sent;
        self.sent += 1;
        let mut text = String::with_capacity(prelude.len() + elements.len() + 2);
        text.push_str(prelude);
        text.push('[');
        text.push_str(elements);
        text.push(']');
        let bytes = elements.len();
        if inline {
            let parsed = ron_options().from_str(&text).ok();
            drop(text);
            self.take((n, bytes, parsed));
            return;
        }
        while self.sent - self.received > Self::window() {
            self.receive();
        }
        let sender = self.sender.clone();
        let stop = self.stop;
        scope.spawn(move |_| {
            let parsed = if stop.load(Ordering::Relaxed) {
                None
            } else {
                ron_options().from_str::<Vec<Interaction>>(&text).ok()
            };
            drop(text);
            let _ = sender.send((n, bytes, parsed));
        });
    }

    /// Waits for one piece in flight.
    fn receive(&mut self) {
        if let Ok(parsed) = self.results.recv() {
            self.take(parsed);
        }
    }

    /// Puts a parsed piece in its place, and every piece waiting for it after it.
    fn take(&mut self, (n, bytes, parsed): Parsed) {
        self.received += 1;
        let Some(parsed) = parsed else {
            self.failed = true;
            self.stop.store(true, Ordering::Relaxed);
            return;
        };
        self.progress.parsed.fetch_add(bytes, Ordering::Relaxed);
        self.waiting.insert(n, parsed);
        while let Some(piece) = self.waiting.remove(&self.next) {
            self.interactions.extend(piece);
            self.next += 1;
        }
    }

    /// `None` once a piece has failed to parse.
    fn ok(&self) -> Option<()> {
        (!self.failed).then_some(())
    }

    /// The interactions of every piece, in order, once all are in; `None` if any failed.
    fn finish(mut self) -> Option<Vec<Interaction>> {
        // Called once the scope has waited for every piece: all are in the channel.
        while let Ok(parsed) = self.results.try_recv() {
            self.take(parsed);
        }
        (!self.failed && self.next == self.sent).then_some(self.interactions)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Parses `text` whole, the ordinary way.
    fn whole(text: &str) -> Option<Dataset> {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        ron_options().from_str(text).ok()
    }

    /// Streams `text` in blocks and pieces of the given sizes.
    fn streamed(text: &str, block: usize, piece: usize) -> Option<Dataset> {
        let progress = Progress::default();
        let s = parse_stream(text.as_bytes(), Sizes { block, piece }, &progress)?;
        assert_eq!(s.len, text.len() as u64);
        assert_eq!(s.hash, xxhash_rust::xxh3::xxh3_128(text.as_bytes()));
        assert_eq!(progress.read.load(Ordering::Relaxed), text.len());
        Some(s.dataset)
    }

    /// Every block and piece size gives the dataset a whole parse gives, or gives way to it.
    /// Whether it parsed, and whether it streamed at every size.
    fn agrees(text: &str) -> (bool, bool) {
        let expected = whole(text);
        let mut all = true;
        for (block, piece) in [
            (1, 1),
            (3, 100),
            (64, 1),
            (4096, 10_000),
            (1 << 22, 256 << 10),
        ] {
            match streamed(text, block, piece) {
                Some(ds) => assert_eq!(Some(ds), expected, "blocks of {block}, pieces of {piece}"),
                None => all = false,
            }
        }
        (expected.is_some(), all)
    }

    #[test]
    fn elements_straddling_blocks_stream_as_they_parse_whole() {
        // A string, raw strings, comments of both kinds and characters of two to four bytes
        // inside elements and between them: with blocks of a byte or three, every one of
        // them is cut somewhere.
        let text = "\u{feff}#![enable(implicit_some)]\n// a comment, with a comma ( and [\n\
            Dataset(title: \"t, ]\", actors: [(id: \"a\", name: \"Ə\", kind: Person, role: \"r\")], \
            interactions: [\n  Interaction(id: \"1\", date: \"2020\", kind: call, \
            participants: [\"a\"], title: r#\"raw \"], \" title\"#, summary: \"Հայաստան, 🇦🇲 \\\"q\\\" ]),\"), \
            /* a block /* nested ] */ comment, */ // line ], comment\n  \
            Interaction(id: \"2\", date: \"2021-02\", kind: meeting, participants: [\"a\"], \
            title: r\"ტ, ]\", summary: 'x' , sources: [(outlet: \"o\", url: \"u\")]),\n],\n \
            places: [(id: \"p\", name: \"Лачин, ]\")])\n";
        // The char is no summary: the whole parse rejects it, and so must the stream.
        let text_ok = text.replace("summary: 'x' ,", "summary: \"x\" ,");
        assert!(whole(text).is_none());
        assert_eq!(agrees(text), (false, false));
        let expected = whole(&text_ok).expect("the fixed text parses");
        assert_eq!(expected.interactions.len(), 2);
        assert_eq!(agrees(&text_ok), (true, true));
    }

    #[test]
    fn every_fixture_and_fuzzer_input_streams_as_it_parses_whole() {
        let inputs = crate::data::inputs::every_input();
        let seen = inputs.len();
        let (mut valid, mut fast) = (0, 0);
        for text in &inputs {
            let (parses, streams) = agrees(text);
            valid += usize::from(parses);
            fast += usize::from(parses && streams);
        }
        assert!(seen >= 390, "read {seen} files");
        assert!(valid >= 35, "{valid} of {seen} parse");
        assert!(fast * 10 >= valid * 9, "{fast} of {valid} streamed");
    }

    #[test]
    fn the_builtin_dataset_streams_as_it_parses_whole() {
        let expected = whole(crate::data::BUILTIN).expect("parses");
        // Every byte counted as parsed but the commas between pieces.
        let progress = Progress::default();
        let sizes = Sizes {
            block: 64 << 10,
            piece: 16 << 10,
        };
        parse_stream(crate::data::BUILTIN.as_bytes(), sizes, &progress).expect("streams");
        let parsed = progress.parsed.load(Ordering::Relaxed);
        assert!(parsed > crate::data::BUILTIN.len() - 100 && parsed <= crate::data::BUILTIN.len());
        for (block, piece) in [(1, 1), (7, 4096), (4096, 1), (1 << 20, 256 << 10)] {
            let ds = streamed(crate::data::BUILTIN, block, piece).expect("streams");
            assert_eq!(ds, expected, "blocks of {block}, pieces of {piece}");
        }
    }

    #[test]
    fn bytes_that_are_not_utf8_give_way_to_the_whole_parse() {
        let mut bytes = crate::data::BUILTIN.as_bytes().to_vec();
        let at = bytes.len() / 2;
        bytes[at] = 0xff;
        let sizes = Sizes {
            block: 1000,
            piece: 100,
        };
        assert!(parse_stream(&bytes[..], sizes, &Progress::default()).is_none());
        // A character cut by the end of the input.
        let cut = "(interactions: [], title: \"Ə\")";
        let bytes = &cut.as_bytes()[..cut.find('Ə').expect("is there") + 1];
        assert!(parse_stream(bytes, sizes, &Progress::default()).is_none());
    }
}

#[cfg(test)]
mod capacity_tests {
    use super::*;

    /// Whether every list of the dataset holds no room beyond its length.
    fn exact(ds: &Dataset) -> Result<(), String> {
        let fits = |what: &str, cap: usize, len: usize| {
            (cap == len)
                .then_some(())
                .ok_or(format!("{what}: capacity {cap} for {len}"))
        };
        fits(
            "interactions",
            ds.interactions.capacity(),
            ds.interactions.len(),
        )?;
        fits("actors", ds.actors.capacity(), ds.actors.len())?;
        for a in &ds.actors {
            fits(&a.id, a.aliases.capacity(), a.aliases.len())?;
            fits(&a.id, a.roles.capacity(), a.roles.len())?;
        }
        for it in &ds.interactions {
            for (cap, len) in [
                (it.participants.capacity(), it.participants.len()),
                (it.mediators.capacity(), it.mediators.len()),
                (it.topics.capacity(), it.topics.len()),
                (it.quotes.capacity(), it.quotes.len()),
                (it.sources.capacity(), it.sources.len()),
            ] {
                fits(&it.id, cap, len)?;
            }
        }
        Ok(())
    }

    #[test]
    fn a_streamed_dataset_holds_no_room_beyond_its_lists() {
        let sizes = Sizes {
            block: 64 << 10,
            piece: 16 << 10,
        };
        let s = parse_stream(crate::data::BUILTIN.as_bytes(), sizes, &Progress::default());
        assert_eq!(exact(&s.expect("streams").dataset), Ok(()));
        // And parsed whole, the ordinary way.
        let ds = crate::data::load::parse_str("b.ron", crate::data::BUILTIN).expect("parses");
        let whole: Dataset = ron_options()
            .from_str(crate::data::BUILTIN)
            .expect("parses");
        assert_eq!(exact(&whole), Ok(()));
        // The pieces' lists are joined at the size of their sum.
        assert_eq!(exact(&ds), Ok(()));
    }
}
