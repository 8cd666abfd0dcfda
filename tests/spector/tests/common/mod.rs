//! What every scenario test shares: where the Spector server is.
#![allow(dead_code)] // Each test file uses a subset.

/// The reason every scenario test is ignored by a plain `cargo test`.
pub const NEEDS_SERVER: &str = "needs the Spector mock server: tests/spector/run.sh";

/// The base URL of the running Spector server: `SPECTOR_URL`, which `run.sh` sets.
pub fn base_url() -> String {
    std::env::var("SPECTOR_URL").unwrap_or_else(|_| "http://127.0.0.1:3000".to_owned())
}
