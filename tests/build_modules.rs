//! What the build scripts of the test crates share (included with `#[path]`): a module per
//! generated client, declared in `OUT_DIR/modules.rs`.

use std::path::Path;

/// `pub mod <name> { include!(...) }`, documented with `doc`.
pub fn module(name: &str, doc: &str, generated: &Path) -> String {
    format!(
        "#[doc = {doc:?}]\npub mod {name} {{\n    include!({:?});\n}}\n",
        generated.display().to_string(),
    )
}

/// Writes `modules.rs` into `out_dir`; exits with status 1 instead when a spec `failed` (its
/// diagnostics are printed already) or the file cannot be written.
pub fn write_modules(out_dir: &Path, modules: &str, failed: bool) {
    if failed {
        std::process::exit(1);
    }
    if let Err(error) = std::fs::write(out_dir.join("modules.rs"), modules) {
        eprintln!("cannot write modules.rs: {error}");
        std::process::exit(1);
    }
}
