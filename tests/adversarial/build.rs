//! Generates a module per adversarial spec into `OUT_DIR`, and `modules.rs`, which declares them:
//! the valid fixtures of `codegen/tests/fixtures/adversarial/` (those without `expected.txt`),
//! and the specs `specs.rs` writes in memory (the thousand operations with the feature
//! `many-operations`).

#[path = "specs.rs"]
#[allow(dead_code)]
mod specs;

#[path = "../build_modules.rs"]
mod build_modules;

use std::path::PathBuf;

use specgen::{Generator, SpecFiles};

const FIXTURES: &str = "../../codegen/tests/fixtures/adversarial";

fn main() {
    println!("cargo:rerun-if-changed={FIXTURES}");
    println!("cargo:rerun-if-changed=specs.rs");
    println!("cargo:rerun-if-changed=../build_modules.rs");
    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").unwrap_or_default());
    let mut modules = String::new();
    let mut failed = false;
    let mut fixtures: Vec<PathBuf> = std::fs::read_dir(FIXTURES)
        .map(|entries| {
            entries
                .filter_map(|entry| entry.ok().map(|entry| entry.path()))
                .filter(|dir| dir.join("service.yaml").is_file())
                .filter(|dir| !dir.join("expected.txt").exists())
                .collect()
        })
        .unwrap_or_default();
    fixtures.sort();
    for dir in &fixtures {
        let dir_name = dir
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .into_owned();
        let name = module_name(&dir_name);
        let generator = Generator::new(dir.join("service.yaml"))
            .crate_name(format!("adversarial::{name}"))
            .deny_warnings(true)
            .out_dir(out_dir.join(&name));
        match generator.build_script() {
            Ok(file) => {
                let origin = format!("`codegen/tests/fixtures/adversarial/{dir_name}`.");
                modules.push_str(&build_modules::module(
                    &name,
                    &format!("The client generated from {origin}"),
                    &file,
                ));
            }
            Err(error) => {
                eprintln!("{error}");
                failed = true;
            }
        }
    }
    let mut compiled = specs::compiled();
    // A minute more of build and as much of doctests: compiled when asked for (CI does).
    if std::env::var_os("CARGO_FEATURE_MANY_OPERATIONS").is_some() {
        compiled.push(specs::many_operations(1000));
    }
    for spec in compiled {
        let name = module_name(spec.name);
        let generator = Generator::new(spec.service())
            .files(SpecFiles::memory(spec.files.clone()))
            .crate_name(format!("adversarial::{name}"))
            .deny_warnings(true)
            .out_dir(out_dir.join(&name));
        match generator.write() {
            Ok(file) => {
                let origin = format!("`specs.rs`: {}", spec.about);
                modules.push_str(&build_modules::module(
                    &name,
                    &format!("The client generated from {origin}"),
                    &file,
                ));
            }
            Err(error) => {
                eprintln!("{}: {error}", spec.name);
                failed = true;
            }
        }
    }
    build_modules::write_modules(&out_dir, &modules, failed);
}

fn module_name(name: &str) -> String {
    name.replace('-', "_")
}
