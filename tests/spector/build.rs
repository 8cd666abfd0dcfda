//! Generates a client per service file of `spec/` (`spec/<group>.yaml`) into `OUT_DIR`, and
//! `modules.rs`, which declares a module per client (`<group>` in snake case).

#[path = "../build_modules.rs"]
mod build_modules;

use std::path::{Path, PathBuf};

fn main() {
    println!("cargo:rerun-if-changed=spec");
    println!("cargo:rerun-if-changed=../build_modules.rs");
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
    build_modules::write_modules(&out_dir, &modules, failed);
}

/// The module of the client of `service` (`spec/<group>.yaml`), named `<group>` in snake case.
fn module(service: &Path, generated: &Path) -> String {
    let group = service
        .file_stem()
        .map(|stem| stem.to_string_lossy().replace('-', "_"))
        .unwrap_or_default();
    let doc = format!("The client generated from `spec/{group}.yaml`.");
    build_modules::module(&group, &doc, generated)
}
