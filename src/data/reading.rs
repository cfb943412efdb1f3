//! What the two ways of reading a dataset's text share, the whole text's
//! ([`super::load`]) and the stream's ([`super::stream`]): how ron is told to read it, and
//! the counters of how far a load has come.

use std::sync::atomic::AtomicUsize;

/// How ron reads a dataset: optional values may be written bare.
pub(super) fn ron_options() -> ron::Options {
    ron::Options::default().with_default_extension(ron::extensions::Extensions::IMPLICIT_SOME)
}

/// How far a load has come, for a progress bar: bytes read of the file, then bytes of its
/// text parsed. Shared with the thread that loads.
#[derive(Debug, Default)]
pub struct Progress {
    /// The file's size in bytes, once known; 0 for a pipe until its end.
    pub total: AtomicUsize,
    /// Bytes of the file read so far.
    pub read: AtomicUsize,
    /// Bytes of the text parsed so far (all of them at once for a dataset from the cache).
    pub parsed: AtomicUsize,
}
