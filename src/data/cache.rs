//! A cache of loaded datasets, so that reopening a large file skips the parse.
//!
//! An entry holds a dataset as it was after parsing, validation and cleaning (its
//! interactions in date order), in bitcode's binary form. It is found by a hash of the file's
//! bytes (xxh3, 128 bits), so a file changed by a single byte misses, whatever its name or
//! modification time; and by a fingerprint of this build's data model, so that an entry written
//! by another version of readout is never read as if it were this one's.
//!
//! Entries live in the user's cache directory (`$XDG_CACHE_HOME/readout`, or its platform's
//! equivalent), never beside the data file. An entry is written to a temporary file and
//! renamed into place, so a reader never sees half of one, and two processes writing the same
//! entry leave one whole entry. Every piece of an entry carries a checksum: an entry that is
//! short, corrupt or of another format is ignored (and replaced by the next load), never
//! trusted. The directory is kept under a size limit by removing the entries used least
//! recently.
//!
//! Layout of an entry, all integers little-endian:
//!
//! ```text
//! MAGIC (8 bytes) | schema (u64) | file hash (u128) | interactions (u64)
//! frame: length (u64) | xxh3 of the payload (u64) | payload (bitcode)
//!   the first frame: the dataset without its interactions
//!   then frames of up to CHUNK interactions each, until `interactions` are read; then the end
//! ```

use std::collections::BTreeMap;
use std::fs::{self, File};
use std::io::{self, BufReader, BufWriter, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{Mutex, mpsc};
use std::time::{Duration, SystemTime};

use xxhash_rust::const_xxh3::xxh3_64_with_seed as const_xxh3_64_with_seed;
use xxhash_rust::xxh3::{Xxh3, xxh3_64, xxh3_128};

use super::model::{Dataset, Interaction};

/// The first bytes of every entry.
const MAGIC: &[u8; 8] = b"readout\x01";

/// A fingerprint of what an entry's bytes mean: readout's version and the source of the data
/// model, of its dates, and of the validation and cleaning a cached dataset has passed. Any
/// change to these makes every older entry a miss, even within one version number.
const SCHEMA: u64 = {
    let mut h = const_xxh3_64_with_seed(env!("CARGO_PKG_VERSION").as_bytes(), 0);
    h = const_xxh3_64_with_seed(include_bytes!("model.rs"), h);
    h = const_xxh3_64_with_seed(include_bytes!("model/actor.rs"), h);
    h = const_xxh3_64_with_seed(include_bytes!("model/coding.rs"), h);
    h = const_xxh3_64_with_seed(include_bytes!("model/interaction.rs"), h);
    h = const_xxh3_64_with_seed(include_bytes!("date.rs"), h);
    h = const_xxh3_64_with_seed(include_bytes!("validate.rs"), h);
    h = const_xxh3_64_with_seed(include_bytes!("validate/actors.rs"), h);
    const_xxh3_64_with_seed(include_bytes!("clean.rs"), h)
};

/// Interactions per frame: large enough that a frame costs little beyond its contents, small
/// enough that writing or reading one holds a few megabytes at a time.
const CHUNK: usize = 1024;

/// The largest frame a reader accepts, in bytes: a length past this is corruption, and is not
/// allocated.
const MAX_FRAME: u64 = 1 << 31;

/// The size the cache directory is kept under by default, in bytes: 2 GiB, about two entries
/// of a million interactions.
pub const DEFAULT_LIMIT: u64 = 2 << 30;

/// Files smaller than this, in bytes, are not cached by default: they parse in a few
/// milliseconds, less than reading an entry would save.
pub const DEFAULT_MIN_SIZE: u64 = 1 << 20;

/// Temporary files older than this are left over from a process that stopped while writing
/// (the browser quit before its entry was written): eviction removes them.
const STALE_TEMP: Duration = Duration::from_secs(3600);

/// What finds an entry: the xxh3-128 hash of a file's bytes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Key(pub u128);

impl Key {
    /// The key of a file whose bytes are `bytes`. About 10 GB/s on one core.
    pub fn of(bytes: &[u8]) -> Key {
        Key(xxh3_128(bytes))
    }

    /// The key of the file at `path`, read in blocks of 1 MB that are hashed and dropped (the
    /// file is never held whole); `read` is told the bytes read so far after each block.
    ///
    /// # Errors
    /// When the file cannot be opened or read.
    pub fn of_file(path: &Path, read: impl Fn(usize)) -> io::Result<Key> {
        let mut file = File::open(path)?;
        let mut hasher = Xxh3::new();
        let mut block = vec![0; 1 << 20];
        let mut total = 0;
        loop {
            let n = match file.read(&mut block) {
                Ok(0) => break,
                Ok(n) => n,
                Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                Err(e) => return Err(e),
            };
            hasher.update(&block[..n]);
            total += n;
            read(total);
        }
        Ok(Key(hasher.digest128()))
    }
}

/// A cache directory and its limits.
#[derive(Debug, Clone)]
pub struct Cache {
    /// Where the entries are: `$XDG_CACHE_HOME/readout` for the user's.
    pub dir: PathBuf,
    /// The size, in bytes, the directory's entries are kept under.
    pub limit: u64,
    /// Files smaller than this, in bytes, are loaded without the cache.
    pub min_size: u64,
}

impl Cache {
    /// The user's cache: `readout` in the platform's cache directory (`$XDG_CACHE_HOME`,
    /// else `~/.cache`, on Linux). `None` when there is no home directory to find it by.
    pub fn user() -> Option<Cache> {
        use etcetera::BaseStrategy;
        let base = etcetera::choose_base_strategy().ok()?;
        Some(Cache::at(base.cache_dir().join("readout")))
    }

    /// A cache in `dir` with the default limits (the directory is made at the first write).
    pub fn at(dir: PathBuf) -> Cache {
        Cache {
            dir,
            limit: DEFAULT_LIMIT,
            min_size: DEFAULT_MIN_SIZE,
        }
    }

    /// The key of `bytes` if a file of their size is cached, else `None`.
    pub fn key_for(&self, bytes: &[u8]) -> Option<Key> {
        (bytes.len() as u64 >= self.min_size).then(|| Key::of(bytes))
    }

    /// Where the entry of `key` is, for this build's schema.
    pub fn entry(&self, key: Key) -> PathBuf {
        self.dir.join(format!("{:032x}-{SCHEMA:016x}.bin", key.0))
    }

    /// Whether an entry for `key` is there, by its header alone (the rest is checked by
    /// [`Cache::get`]).
    pub fn has(&self, key: Key) -> bool {
        File::open(self.entry(key)).is_ok_and(|mut file| read_header(&mut file, key).is_some())
    }

    /// The dataset cached under `key`, or `None` when there is none or it cannot be trusted
    /// (short, corrupt, written for another file or another schema). A bad entry is removed.
    /// A good one is marked as just used, for eviction.
    pub fn get(&self, key: Key) -> Option<Dataset> {
        let path = self.entry(key);
        let file = File::open(&path).ok()?;
        match read_entry(file, key) {
            Some(dataset) => {
                // Best effort: an entry whose time cannot be set is only evicted sooner.
                if let Ok(f) = File::options().append(true).open(&path) {
                    let _ = f.set_modified(SystemTime::now());
                }
                Some(dataset)
            }
            None => {
                let _ = fs::remove_file(&path);
                None
            }
        }
    }

    /// Writes `dataset` as the entry of `key`: into a temporary file beside it, renamed into
    /// place when whole, then evicts the entries used least recently until the directory is
    /// under its limit. Holds one frame (a few MB) at a time.
    ///
    /// # Errors
    /// Whatever the file system reports; the cache is then left as it was (a temporary file
    /// may remain, which a later eviction removes).
    pub fn put(&self, key: Key, dataset: &Dataset) -> io::Result<()> {
        fs::create_dir_all(&self.dir)?;
        let path = self.entry(key);
        // A name no other writer uses: other processes have other ids, other threads of
        // this one other numbers.
        static WRITES: AtomicU64 = AtomicU64::new(0);
        let n = WRITES.fetch_add(1, Ordering::Relaxed);
        let temp = self
            .dir
            .join(format!(".{:032x}.{}.{n}.tmp", key.0, std::process::id()));
        let written = File::create(&temp).and_then(|file| {
            let mut out = BufWriter::with_capacity(1 << 20, file);
            write_entry(&mut out, key, dataset)?;
            out.into_inner().map_err(io::IntoInnerError::into_error)
        });
        let renamed = written.and_then(|_| fs::rename(&temp, &path));
        if renamed.is_err() {
            let _ = fs::remove_file(&temp);
        }
        renamed?;
        self.evict(&path);
        Ok(())
    }

    /// Removes the entries used least recently until the directory's entries are under the
    /// limit, and temporary files left over by stopped processes. `keep` goes last, and only
    /// if it alone is over the limit.
    fn evict(&self, keep: &Path) {
        let Ok(listing) = fs::read_dir(&self.dir) else {
            return;
        };
        let now = SystemTime::now();
        let mut entries: Vec<(SystemTime, u64, PathBuf)> = Vec::new();
        for e in listing.flatten() {
            let path = e.path();
            let Ok(meta) = e.metadata() else { continue };
            let modified = meta.modified().unwrap_or(now);
            let name = e.file_name();
            let name = name.to_string_lossy();
            if name.ends_with(".tmp") {
                if now.duration_since(modified).unwrap_or_default() > STALE_TEMP {
                    let _ = fs::remove_file(&path);
                }
            } else if name.ends_with(".bin") && meta.is_file() {
                entries.push((modified, meta.len(), path));
            }
        }
        let mut total: u64 = entries.iter().map(|(_, len, _)| len).sum();
        // Oldest first; the entry just written last of all.
        entries.sort_by_key(|(modified, _, path)| (path == keep, *modified));
        for (_, len, path) in entries {
            if total <= self.limit {
                break;
            }
            if fs::remove_file(&path).is_ok() {
                total -= len;
            }
        }
    }
}

/// Writes one frame: its length, its checksum, its bytes.
fn frame(out: &mut impl Write, payload: &[u8]) -> io::Result<()> {
    out.write_all(&(payload.len() as u64).to_le_bytes())?;
    out.write_all(&xxh3_64(payload).to_le_bytes())?;
    out.write_all(payload)
}

fn write_entry(out: &mut impl Write, key: Key, dataset: &Dataset) -> io::Result<()> {
    out.write_all(MAGIC)?;
    out.write_all(&SCHEMA.to_le_bytes())?;
    out.write_all(&key.0.to_le_bytes())?;
    out.write_all(&(dataset.interactions.len() as u64).to_le_bytes())?;
    let head = Dataset {
        title: dataset.title.clone(),
        description: dataset.description.clone(),
        actors: dataset.actors.clone(),
        interactions: Vec::new(),
        places: dataset.places.clone(),
    };
    let mut buffer = bitcode::Buffer::new();
    frame(out, buffer.encode(&head))?;
    for chunk in dataset.interactions.chunks(CHUNK) {
        frame(out, buffer.encode(chunk))?;
    }
    Ok(())
}

fn read_u64(input: &mut impl Read) -> Option<u64> {
    let mut b = [0; 8];
    input.read_exact(&mut b).ok()?;
    Some(u64::from_le_bytes(b))
}

/// The next frame's payload, its checksum verified, into `payload`.
fn read_frame(input: &mut impl Read, payload: &mut Vec<u8>) -> Option<()> {
    let len = read_u64(input)?;
    let sum = read_u64(input)?;
    if len > MAX_FRAME {
        return None;
    }
    payload.clear();
    // `take` stops at the end of the file: a length that lies cannot make it allocate more
    // than the file holds.
    input.take(len).read_to_end(payload).ok()?;
    (payload.len() as u64 == len && xxh3_64(payload) == sum).then_some(())
}

/// Reads an entry's header: `None` unless it is of this schema and for `key`; else the
/// number of interactions it says it holds.
fn read_header(input: &mut impl Read, key: Key) -> Option<usize> {
    let mut magic = [0; 8];
    input.read_exact(&mut magic).ok()?;
    let mut hash = [0; 16];
    if &magic != MAGIC || read_u64(input)? != SCHEMA {
        return None;
    }
    input.read_exact(&mut hash).ok()?;
    if u128::from_le_bytes(hash) != key.0 {
        return None;
    }
    usize::try_from(read_u64(input)?).ok()
}

fn read_entry(file: File, key: Key) -> Option<Dataset> {
    let size = file.metadata().ok()?.len();
    let mut input = BufReader::with_capacity(1 << 20, file);
    let count = read_header(&mut input, key)?;
    // Every interaction takes bytes of the entry: a count past its size is corruption, and
    // is not allocated.
    if count as u64 > size {
        return None;
    }
    let mut payload = Vec::new();
    read_frame(&mut input, &mut payload)?;
    let mut dataset: Dataset = bitcode::decode(&payload).ok()?;
    if !dataset.interactions.is_empty() {
        return None;
    }
    drop(payload);
    let frames = count.div_ceil(CHUNK);
    let mut interactions: Vec<Interaction> = Vec::with_capacity(count);
    // The frames are read in turn and decoded on every core; this thread puts them in order
    // as they come. A frame holds exactly CHUNK interactions, but the last.
    struct Reader<R> {
        input: R,
        next: usize,
        stop: bool,
    }
    let reader = Mutex::new(Reader {
        input,
        next: 0,
        stop: false,
    });
    let workers = std::thread::available_parallelism()
        .map_or(1, usize::from)
        .min(frames);
    let whole = std::thread::scope(|s| {
        let (send, receive) = mpsc::channel::<(usize, Option<Vec<Interaction>>)>();
        for _ in 0..workers {
            let send = send.clone();
            let reader = &reader;
            s.spawn(move || {
                let mut payload = Vec::new();
                let mut buffer = bitcode::Buffer::new();
                loop {
                    let i = {
                        let Ok(mut r) = reader.lock() else { return };
                        if r.stop || r.next == frames {
                            return;
                        }
                        let i = r.next;
                        r.next += 1;
                        if read_frame(&mut r.input, &mut payload).is_none() {
                            r.stop = true;
                            let _ = send.send((i, None));
                            return;
                        }
                        i
                    };
                    let chunk = buffer.decode::<Vec<Interaction>>(&payload).ok();
                    if send.send((i, chunk)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(send);
        let mut waiting: BTreeMap<usize, Vec<Interaction>> = BTreeMap::new();
        let mut next = 0;
        for (i, chunk) in receive {
            let expected = CHUNK.min(count - i * CHUNK);
            match chunk {
                Some(chunk) if chunk.len() == expected => {
                    waiting.insert(i, chunk);
                }
                _ => {
                    if let Ok(mut r) = reader.lock() {
                        r.stop = true;
                    }
                    return false;
                }
            }
            while let Some(chunk) = waiting.remove(&next) {
                interactions.extend(chunk);
                next += 1;
            }
        }
        next == frames
    });
    if !whole {
        return None;
    }
    // Nothing may follow the last frame.
    let mut input = reader.into_inner().ok()?.input;
    if input.read(&mut [0; 1]).ok()? != 0 {
        return None;
    }
    dataset.interactions = interactions;
    Some(dataset)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn dir(name: &str) -> PathBuf {
        let dir =
            std::env::temp_dir().join(format!("readout-cache-unit-{}-{name}", std::process::id()));
        let _ = fs::remove_dir_all(&dir);
        dir
    }

    #[test]
    fn an_entry_gives_back_the_dataset_it_was_given() {
        let cache = Cache::at(dir("roundtrip"));
        let data = crate::data::load_str("b.ron", crate::data::BUILTIN).expect("loads");
        let key = Key::of(crate::data::BUILTIN.as_bytes());
        assert_eq!(cache.get(key), None);
        cache.put(key, &data.dataset).expect("writes");
        assert_eq!(cache.get(key), Some(data.dataset.clone()));
        // Another file's key finds nothing.
        assert_eq!(cache.get(Key(key.0 ^ 1)), None);
        let _ = fs::remove_dir_all(&cache.dir);
    }

    #[test]
    fn the_least_recently_used_entries_go_first() {
        let mut cache = Cache::at(dir("evict"));
        let data = crate::data::load_str("b.ron", crate::data::BUILTIN).expect("loads");
        cache.put(Key(1), &data.dataset).expect("writes");
        let size = fs::metadata(cache.entry(Key(1))).expect("written").len();
        // Room for two entries: the third write evicts the oldest.
        cache.limit = size * 2 + size / 2;
        let old = SystemTime::now() - Duration::from_secs(60);
        let f = File::options().append(true).open(cache.entry(Key(1)));
        f.expect("opens").set_modified(old).expect("sets the time");
        cache.put(Key(2), &data.dataset).expect("writes");
        let f = File::options().append(true).open(cache.entry(Key(2)));
        f.expect("opens")
            .set_modified(old + Duration::from_secs(1))
            .expect("sets the time");
        // Reading the first makes it the most recently used: the second goes.
        assert!(cache.get(Key(1)).is_some());
        cache.put(Key(3), &data.dataset).expect("writes");
        assert!(cache.entry(Key(1)).exists());
        assert!(!cache.entry(Key(2)).exists());
        assert!(cache.entry(Key(3)).exists());
        let _ = fs::remove_dir_all(&cache.dir);
    }
}
