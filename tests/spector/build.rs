//! Generates a client per service file of `spec/` (`spec/<group>.yaml`) into `OUT_DIR`, and
//! `modules.rs`, which declares a module per client (`<group>` in snake case).

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=spec");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let mut services: Vec<PathBuf> = std::fs::read_dir("spec")
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
                .collect()
        })
        .unwrap_or_default();
    services.sort();
    let mut modules = String::new();
    let mut failed = false;
    for service in &services {
        match specgen::Generator::new(service)
            .crate_name("spector_clients")
            .build_script()
        {
            Ok(file) => modules.push_str(&module(service, &file)),
            Err(error) => {
                eprintln!("{error}");
                failed = true;
            }
        }
    }
    if failed {
        std::process::exit(1);
    }
    if let Err(error) = std::fs::write(out_dir.join("modules.rs"), modules) {
        eprintln!("cannot write modules.rs: {error}");
        std::process::exit(1);
    }
}

/// `pub mod <group> { include!(...) }`, documented with the service file's name.
fn module(service: &Path, generated: &Path) -> String {
    let group = service
        .file_stem()
        .map(|stem| stem.to_string_lossy().replace('-', "_"))
        .unwrap_or_default();
    format!(
        "#[doc = \"The client generated from `spec/{group}.yaml`.\"]\npub mod {group} {{\n    include!({:?});\n}}\n",
        generated.display().to_string(),
    )
}
