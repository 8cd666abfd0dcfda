//! Helpers shared by the fixture suites (`fixtures.rs`, `broken_samples.rs`).
//!
//! An `expected.txt` holds the whole rendered diagnostic output of its fixture. Run a suite with
//! `UPDATE_EXPECT=1` to rewrite the expected files, then review every change by hand.

use std::path::Path;

/// Whether the expected files are to be rewritten (`UPDATE_EXPECT=1`) rather than compared.
pub fn update_expect() -> bool {
    std::env::var_os("UPDATE_EXPECT").is_some_and(|value| value == "1")
}

/// The fixture directories under `root`, sorted by name.
pub fn fixture_dirs(root: &str) -> Vec<String> {
    let mut names: Vec<String> = std::fs::read_dir(root)
        .unwrap_or_else(|error| panic!("cannot list `{root}`: {error}"))
        .map(|entry| entry.expect("directory entry"))
        .filter(|entry| entry.path().is_dir())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// Compares `actual` with the file `expected_path`, or writes it there when `update`.
///
/// `Err` says how they differ, for the caller to collect and report with the others.
pub fn expect_file(expected_path: &Path, actual: &str, update: bool) -> Result<(), String> {
    let file = expected_path.display();
    if update {
        std::fs::write(expected_path, actual)
            .unwrap_or_else(|error| panic!("write {file}: {error}"));
        return Ok(());
    }
    match std::fs::read_to_string(expected_path) {
        Ok(expected) if expected == actual => Ok(()),
        Ok(expected) => Err(format!(
            "the diagnostics differ from {file} (left: expected, right: actual)\n{}",
            pretty_assertions::StrComparison::new(&expected, actual)
        )),
        Err(error) => Err(format!(
            "cannot read {file}: {error}; run with UPDATE_EXPECT=1 and review the file\n{actual}"
        )),
    }
}
