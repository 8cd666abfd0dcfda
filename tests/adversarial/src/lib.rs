//! The clients specgen generates from adversarial specs, compiled with `#![deny(missing_docs)]`
//! and linted like the real client: their rustdoc must render without warnings
//! (`RUSTDOCFLAGS="-D warnings" cargo doc -p adversarial`), and their doc examples compile as
//! doctests.
//!
//! A module per spec: one per valid fixture of `codegen/tests/fixtures/adversarial/` (a fixture
//! with an `expected.txt` is one the validator must refuse, and is checked by
//! `codegen/tests/adversarial.rs` instead), and one per spec that `specs.rs` writes in memory
//! because it is too big to keep in the repository (100 KB texts, 500 status rows, deep
//! nesting; with the feature `many-operations`, a thousand operations:
//! `cargo test -p adversarial --features many-operations`).
#![deny(missing_docs)]

include!(concat!(env!("OUT_DIR"), "/modules.rs"));
