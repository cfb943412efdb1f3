//! The inputs the loader's fuzzer found interesting (`fuzz/`), kept as regression fixtures:
//! each loads or fails with a positioned error, never a panic.

use readout::data::{LoadError, load_bytes};

#[test]
fn every_kept_fuzz_input_loads_or_says_where() {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fuzz-corpus");
    let mut seen = 0;
    for entry in std::fs::read_dir(&dir).expect("tests/fuzz-corpus exists") {
        let path = entry.unwrap().path();
        let bytes = std::fs::read(&path).unwrap();
        match load_bytes("fuzz.ron", &bytes) {
            Ok(_) => {}
            Err(e @ (LoadError::Syntax(_) | LoadError::Invalid(_))) => {
                let shown = e.to_string();
                assert!(
                    shown.starts_with("fuzz.ron:"),
                    "{}: {shown}",
                    path.display()
                );
            }
            Err(e) => panic!("{}: {e}", path.display()),
        }
        seen += 1;
    }
    assert!(seen > 0, "the corpus is empty");
}
