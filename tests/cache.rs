//! The cache of parsed datasets (`src/data/cache.rs`): it never serves a changed file's old
//! data, never trusts a damaged entry, survives processes writing one entry at once, and is
//! bypassed by `--no-cache`. Correctness only: how much faster a reopen is belongs to the
//! benchmarks. Every test uses a cache directory of its own under the system's temporary
//! directory, never the user's.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use readout::data::cache::{Cache, Key};
use readout::data::load::{load_file, load_file_cached};
use readout::data::{self, Dataset, Progress};

/// A scratch directory of the test's own, emptied.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("readout-cache-{}-{name}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("makes the scratch directory");
    dir
}

/// A cache in `dir` that takes files of any size.
fn cache_in(dir: &Path) -> Cache {
    Cache {
        min_size: 0,
        ..Cache::at(dir.join("cache"))
    }
}

/// The built-in dataset with its interactions repeated `copies` times under new ids: over a
/// megabyte from 3 copies, which the cache takes by default.
fn larger(copies: usize) -> String {
    let mut ds: Dataset =
        data::load::parse_str(data::BUILTIN_NAME, data::BUILTIN).expect("the built-in parses");
    let one = ds.interactions.clone();
    for n in 1..copies {
        ds.interactions.extend(one.iter().cloned().map(|mut it| {
            it.id = format!("{}-copy{n}", it.id);
            it
        }));
    }
    let mut out = Vec::new();
    readout::import::write_ron(&ds, &mut out).expect("writes RON");
    String::from_utf8(out).expect("RON is UTF-8")
}

/// Loads `file` through `cache` as the binary does: an entry written when there was none.
/// Whether it came from the cache too.
fn open(file: &Path, cache: &Cache) -> (data::Data, bool) {
    let (data, key) = load_file_cached(file, &Progress::default(), Some(cache)).expect("loads");
    if let Some(key) = key {
        cache.put(key, &data.dataset).expect("writes the entry");
    }
    (data, key.is_none())
}

/// The entries in the cache directory.
fn entries(cache: &Cache) -> Vec<PathBuf> {
    let Ok(listing) = fs::read_dir(&cache.dir) else {
        return Vec::new();
    };
    let mut found: Vec<PathBuf> = listing.flatten().map(|e| e.path()).collect();
    found.sort();
    found
}

#[test]
fn a_reopened_file_gives_the_data_a_parse_gives() {
    let dir = scratch("reopen");
    let cache = cache_in(&dir);
    let file = dir.join("data.ron");
    fs::write(&file, data::BUILTIN).expect("writes the file");
    let parsed = load_file(&file).expect("loads");
    let (first, cached) = open(&file, &cache);
    assert!(!cached, "the first open parses");
    let (again, cached) = open(&file, &cache);
    assert!(cached, "the second open comes from the cache");
    assert_eq!(first.dataset, parsed.dataset);
    assert_eq!(again.dataset, parsed.dataset);
    // The indexes are built again from the cached dataset, and answer the same.
    assert_eq!(
        readout::commands::summary(&again),
        readout::commands::summary(&parsed)
    );
    assert_eq!(entries(&cache).len(), 1);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_changed_file_is_never_served_stale() {
    let dir = scratch("stale");
    let cache = cache_in(&dir);
    let file = dir.join("data.ron");
    fs::write(&file, data::BUILTIN).expect("writes the file");
    let (before, _) = open(&file, &cache);
    // One byte of one title changed, same length, and the modification time put back: only
    // the bytes tell the two files apart.
    let mtime = fs::metadata(&file)
        .and_then(|m| m.modified())
        .expect("mtime");
    let changed = data::BUILTIN.replacen("title: \"", "title: \"X", 1);
    let changed = changed.replacen("  ", " ", 1);
    assert_eq!(changed.len(), data::BUILTIN.len());
    fs::write(&file, &changed).expect("rewrites the file");
    fs::File::options()
        .append(true)
        .open(&file)
        .and_then(|f| f.set_modified(mtime))
        .expect("puts the time back");
    let (after, cached) = open(&file, &cache);
    assert!(!cached, "a changed file is parsed again");
    assert_ne!(after.dataset, before.dataset);
    assert_eq!(
        after.dataset,
        data::load_str("x", &changed).expect("loads").dataset
    );
    // A changed file that no longer loads is reported, whatever the cache holds of it before.
    fs::write(
        &file,
        data::BUILTIN.replacen("interactions", "interactoins", 1),
    )
    .expect("rewrites the file");
    let error = load_file_cached(&file, &Progress::default(), Some(&cache))
        .expect_err("the broken file is reported");
    assert!(error.to_string().contains("data.ron:"), "{error}");
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn a_damaged_entry_is_ignored_and_the_file_parsed() {
    let dir = scratch("damaged");
    let cache = cache_in(&dir);
    let file = dir.join("data.ron");
    fs::write(&file, data::BUILTIN).expect("writes the file");
    let (good, _) = open(&file, &cache);
    let key = Key::of(data::BUILTIN.as_bytes());
    let entry = cache.entry(key);
    let whole = fs::read(&entry).expect("the entry is written");
    // Each damage: a byte flipped at the start, in the middle and at the end; cut short;
    // a byte too many; emptied; not an entry at all.
    let mid = whole.len() / 2;
    let flip = |at: usize| {
        let mut b = whole.clone();
        b[at] ^= 0x20;
        b
    };
    let damages: Vec<(&str, Vec<u8>)> = vec![
        ("magic", flip(0)),
        ("schema", flip(9)),
        ("file hash", flip(20)),
        ("count", flip(33)),
        ("middle", flip(mid)),
        ("last byte", flip(whole.len() - 1)),
        ("cut short", whole[..mid].to_vec()),
        ("a byte more", [whole.as_slice(), b"x"].concat()),
        ("empty", Vec::new()),
        ("text", b"not a cache entry".to_vec()),
    ];
    for (what, bytes) in damages {
        fs::write(&entry, &bytes).expect("damages the entry");
        assert!(
            cache.get(key).is_none(),
            "{what}: the damaged entry is refused"
        );
        fs::write(&entry, &bytes).expect("damages the entry");
        let (data, cached) = open(&file, &cache);
        assert!(!cached, "{what}: the file is parsed");
        assert_eq!(data.dataset, good.dataset, "{what}");
        // … and the entry written again, whole.
        assert_eq!(fs::read(&entry).expect("rewritten"), whole, "{what}");
    }
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn an_entry_for_other_bytes_is_not_read_as_this_files() {
    // An entry copied under another file's name (a hash collision, or a hand's mistake) holds
    // its own file's hash, and is refused.
    let dir = scratch("other");
    let cache = cache_in(&dir);
    let file = dir.join("data.ron");
    fs::write(&file, data::BUILTIN).expect("writes the file");
    open(&file, &cache);
    let key = Key::of(data::BUILTIN.as_bytes());
    let other = Key(key.0.wrapping_add(1));
    fs::copy(cache.entry(key), cache.entry(other)).expect("copies the entry");
    assert!(cache.get(other).is_none());
    let _ = fs::remove_dir_all(&dir);
}

/// `readout ARGS` with `dir/cache` as its cache home.
fn readout(dir: &Path, args: &[&str]) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_readout"));
    cmd.args(args)
        .env("XDG_CACHE_HOME", dir.join("home"))
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    cmd
}

#[test]
fn processes_writing_one_entry_at_once_leave_it_whole() {
    let dir = scratch("writers");
    let file = dir.join("data.ron");
    let text = larger(3);
    assert!(text.len() as u64 > readout::data::cache::DEFAULT_MIN_SIZE);
    fs::write(&file, &text).expect("writes the file");
    let path = file.to_str().expect("a UTF-8 path");
    let expected = readout(&dir, &["--no-cache", "check", path])
        .output()
        .expect("runs");
    assert!(expected.status.success());
    // Four processes load the same new file at once, and each writes its entry.
    let children: Vec<_> = (0..4)
        .map(|_| readout(&dir, &["check", path]).spawn().expect("starts"))
        .collect();
    for child in children {
        let out = child.wait_with_output().expect("exits");
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        assert_eq!(out.stdout, expected.stdout);
    }
    let cache = Cache::at(dir.join("home").join("readout"));
    let found = entries(&cache);
    assert_eq!(
        found.len(),
        1,
        "one entry, no temporary file left: {found:?}"
    );
    let key = Key::of(text.as_bytes());
    let cached = cache.get(key).expect("the entry is whole");
    assert_eq!(cached, data::load_str("x", &text).expect("loads").dataset);
    // And a process that reads it says the same.
    let out = readout(&dir, &["check", path]).output().expect("runs");
    assert_eq!(out.stdout, expected.stdout);
    let _ = fs::remove_dir_all(&dir);
}

#[test]
fn no_cache_neither_reads_nor_writes_the_cache() {
    let dir = scratch("bypass");
    let file = dir.join("data.ron");
    fs::write(&file, larger(3)).expect("writes the file");
    let path = file.to_str().expect("a UTF-8 path");
    let out = readout(&dir, &["check", "--no-cache", path])
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert!(!dir.join("home").exists(), "--no-cache wrote to the cache");
    let out = readout(&dir, &["check", path]).output().expect("runs");
    assert!(out.status.success());
    let cache = Cache::at(dir.join("home").join("readout"));
    assert_eq!(entries(&cache).len(), 1);
    // A small file is not worth an entry.
    let small = dir.join("small.ron");
    fs::write(&small, data::BUILTIN).expect("writes the file");
    let out = readout(&dir, &["check", small.to_str().expect("UTF-8")])
        .output()
        .expect("runs");
    assert!(out.status.success());
    assert_eq!(entries(&cache).len(), 1);
    let _ = fs::remove_dir_all(&dir);
}
