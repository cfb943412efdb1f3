//! The inputs the loader's tests run every way of parsing on: the fuzzer's corpus, and the
//! RON files among the test fixtures, good and bad.

/// The text of every fuzzer input and every `.ron` fixture (in `tests/fuzz-corpus`,
/// `tests/fixtures` and `tests/fixtures/bad`) that is UTF-8; the others are left out.
///
/// # Panics
/// When a directory cannot be listed: the tests need them.
pub(crate) fn every_input() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests");
    let mut texts = Vec::new();
    for dir in ["fuzz-corpus", "fixtures", "fixtures/bad"] {
        for entry in std::fs::read_dir(root.join(dir)).expect("reads the directory") {
            let path = entry.expect("lists the directory").path();
            if path.extension().is_none_or(|e| e != "ron") && dir != "fuzz-corpus" {
                continue;
            }
            if let Ok(text) = std::fs::read_to_string(&path) {
                texts.push(text);
            }
        }
    }
    texts
}
