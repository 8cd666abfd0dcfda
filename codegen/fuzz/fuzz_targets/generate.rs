//! Fuzz target: any spec, as bytes, through load, validate and emit.
//!
//! An input is spec files separated by NUL bytes, each its path on the first line and its
//! text after it; the first file is the service file. `seed.sh` writes the specs of `spec/`,
//! the fixtures and the Spector specs in this form. The files are held in memory under
//! `fuzz/` ([`specgen::SpecFiles::Memory`]): nothing is read from or written to disk.
//!
//! The check is the property tests' (`codegen/tests/common/oracle.rs`): Rust that parses and
//! reference pages, or located diagnostics. A panic, or an `Err` of the check, is a finding.
#![no_main]

#[path = "../../tests/common/oracle.rs"]
mod oracle;

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use specgen::SpecFiles;

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);
    let root = Path::new("fuzz");
    let files: Vec<(&str, &str)> = text
        .split('\0')
        .map(|file| file.split_once('\n').unwrap_or((file, "")))
        .collect();
    let service = root.join(files[0].0);
    let files = SpecFiles::memory(files.iter().map(|(path, text)| (root.join(path), *text)));
    if let Err(broken) = oracle::check_spec(&files, &service) {
        panic!("{broken}");
    }
});
