//! The loader on arbitrary bytes: `Ok` or `Err`, never a panic, a hang or a stack overflow.
//! The error's text is formatted too, since that is what a reader sees.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|bytes: &[u8]| {
    if let Err(e) = readout::data::load_bytes("fuzz.ron", bytes) {
        let _ = e.to_string();
    }
});
