//! Compile tests of `generate_client!` with trybuild: a crate using it builds and its client
//! works against a loopback server; bad input fails to compile with located diagnostics.
//!
//! trybuild compiles each case as a crate of its own, in `<target>/tests/trybuild/specgen-macros/`,
//! and that directory is the `CARGO_MANIFEST_DIR` the macro resolves paths against. The specs the
//! cases name are copied there first, so that a case reads like a user's crate:
//! `generate_client!("spec/cloud-partner-portal.yaml")`.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::path::{Path, PathBuf};

/// Copies the directory `from` to `to`, file by file.
fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// The directory trybuild builds the cases in (its layout: `<target>/tests/trybuild/<crate>`).
fn trybuild_crate_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the target directory")
        .join("tests/trybuild/specgen-macros")
}

#[test]
fn ui() {
    let manifest_dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    let crate_dir = trybuild_crate_dir();
    // Fresh copies: a stale spec left by an earlier run must not decide a case.
    for name in ["spec", "specs"] {
        let _ = std::fs::remove_dir_all(crate_dir.join(name));
    }
    copy_dir(&manifest_dir.join("../../spec"), &crate_dir.join("spec"));
    let fixtures = manifest_dir.join("../tests/fixtures/invalid");
    for fixture in [
        "status-code-out-of-range",
        "errors-in-two-files",
        "yaml-syntax-error",
    ] {
        copy_dir(
            &fixtures.join(fixture),
            &crate_dir.join("specs").join(fixture),
        );
    }

    let cases = trybuild::TestCases::new();
    cases.pass("tests/ui/pass/*.rs");
    cases.compile_fail("tests/ui/fail/*.rs");
}
