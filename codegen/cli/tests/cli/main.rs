//! The `specgen` command line, run as a process on the repository's spec and on the library's
//! fixtures. Paths are relative to this crate's directory (codegen/cli), where cargo runs
//! integration tests.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod check;
mod generate;
mod validate;

use std::path::Path;
use std::process::{Command, Output};

/// The repository, whose layout the commands expect when run with paths such as
/// `spec/cloud-partner-portal.yaml`.
const ROOT: &str = "../..";
/// The real spec, from this crate's directory.
const SPEC: &str = "../../spec/cloud-partner-portal.yaml";
/// The same, as some tests of `specgen validate` name it.
const REAL_SPEC: &str = SPEC;
/// The checked-in Markdown reference pages.
const DOCS: &str = "../../generated-client/docs";

/// Runs `specgen` with `args` in this crate's directory, without `NO_COLOR`.
fn specgen(args: &[&str]) -> Output {
    specgen_in(args, Path::new("."))
}

/// Runs `specgen` with `args` in `dir`, without `NO_COLOR`.
fn specgen_in(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_specgen"))
        .args(args)
        .current_dir(dir)
        .env_remove("NO_COLOR")
        .output()
        .expect("specgen runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8(bytes.to_vec()).expect("UTF-8 output")
}
