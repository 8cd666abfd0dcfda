//! Snapshots of the generated code of every spec that generates, checked in under
//! `tests/output/`, so that a review shows in its diff what a change does to the output:
//!
//! - `output/spector/<group>.rs`: the Spector specs, `tests/spector/spec/<group>.yaml`;
//! - `output/adversarial/<name>.rs`: the adversarial fixtures that are not refused (those
//!   without an `expected.txt`, as `tests/adversarial.rs` decides);
//! - `output/valid/<name>.rs`: the fixtures of `tests/fixtures/valid/`;
//! - `output/cloud-partner-portal/`: the real spec, `spec/cloud-partner-portal.yaml`.
//!
//! An output of more than [`SPLIT_ABOVE`] lines is split into a directory: `shared.rs` (the
//! header, the client and its builder, the types, whatever no single operation owns) and
//! `<operation-id>.rs` per operation (its `Client` methods, its response and error enums and
//! their impls). A snapshot file that no spec writes any more is an error too.
//!
//! The snapshots compile: each is the source `Generator::generate` makes of the same spec file,
//! with the same options, as the build script of the crate that compiles it (`tests/spector`,
//! `tests/adversarial`, `generated-client`; [`build_scripts_use_the_same_options`] keeps the
//! options in step). Only the path in the `@generated` header differs: here it is relative to
//! `codegen/`, there to the crate. The `valid/` fixtures are compiled by no crate.
//!
//! Update the snapshots with `EXPECTORATE=overwrite cargo test -p specgen --test snapshots`,
//! then review the diff.
#![allow(clippy::expect_used, clippy::panic)]

// Only `fixture_dirs` is used here.
#[allow(dead_code)]
mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use specgen::Generator;
use specgen::model::ResponseKind;
use syn::ext::IdentExt;

/// Outputs longer than this many lines are split per operation.
const SPLIT_ABOVE: usize = 1000;

const OUTPUT: &str = "tests/output";
const SPECTOR: &str = "../tests/spector/spec";
const ADVERSARIAL: &str = "tests/fixtures/adversarial";
const VALID: &str = "tests/fixtures/valid";
const REAL: &str = "../spec/cloud-partner-portal.yaml";

/// Every spec to snapshot: the generator, as its compiling crate sets it up, and the path of
/// its snapshot under `tests/output/`, without `.rs`.
fn snapshots() -> Vec<(Generator, String)> {
    let mut snapshots = Vec::new();
    // tests/spector/build.rs
    let mut groups: Vec<PathBuf> = std::fs::read_dir(SPECTOR)
        .expect("the Spector specs")
        .map(|entry| entry.expect("directory entry").path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .collect();
    groups.sort();
    for service in groups {
        let group = service.file_stem().unwrap_or_default().to_string_lossy();
        let snapshot = format!("spector/{group}");
        snapshots.push((
            Generator::new(&service).crate_name("spector_clients"),
            snapshot,
        ));
    }
    // tests/adversarial/build.rs
    for name in common::fixture_dirs(ADVERSARIAL) {
        let dir = Path::new(ADVERSARIAL).join(&name);
        if dir.join("expected.txt").exists() {
            continue;
        }
        let generator = Generator::new(dir.join("service.yaml"))
            .crate_name(format!("adversarial::{}", name.replace('-', "_")))
            .deny_warnings(true);
        snapshots.push((generator, format!("adversarial/{name}")));
    }
    // Compiled nowhere.
    for name in common::fixture_dirs(VALID) {
        let service = Path::new(VALID).join(&name).join("service.yaml");
        snapshots.push((Generator::new(service), format!("valid/{name}")));
    }
    // generated-client/build.rs
    snapshots.push((Generator::new(REAL), "cloud-partner-portal".to_string()));
    snapshots
}

#[test]
fn snapshots_of_the_generated_code() {
    let overwrite = std::env::var_os("EXPECTORATE").is_some_and(|value| value == "overwrite");
    let mut written = BTreeSet::new();
    for (generator, snapshot) in snapshots() {
        let output = generator
            .generate()
            .unwrap_or_else(|error| panic!("{snapshot}: {error}"));
        let files = if output.source.lines().count() > SPLIT_ABOVE {
            split(&output)
                .into_iter()
                .map(|(name, text)| (format!("{snapshot}/{name}.rs"), text))
                .collect()
        } else {
            vec![(format!("{snapshot}.rs"), output.source)]
        };
        for (file, text) in files {
            let path = Path::new(OUTPUT).join(file);
            if overwrite && let Some(dir) = path.parent() {
                std::fs::create_dir_all(dir).expect("create the snapshot directory");
            }
            expectorate::assert_contents(&path, &text);
            written.insert(path);
        }
    }
    let stale: Vec<PathBuf> = files_under(Path::new(OUTPUT))
        .into_iter()
        .filter(|path| !written.contains(path))
        .collect();
    if overwrite {
        for path in &stale {
            std::fs::remove_file(path).expect("remove a stale snapshot");
        }
    } else {
        assert!(
            stale.is_empty(),
            "snapshots that no spec writes (remove them with EXPECTORATE=overwrite): {stale:?}"
        );
    }
}

/// The source of `output` as `(file name, text)`: `shared` with the header and the items no
/// operation owns, then per operation its methods of `Client` (the operation's and its
/// pollers), its response and error enums and the impls of those.
fn split(output: &specgen::Output) -> Vec<(String, String)> {
    let operations = &output.service.operations;
    let owner_of_type = |name: &str| {
        operations
            .iter()
            .position(|op| op.response_type == name || op.error_type == name)
    };
    let owner_of_method = |name: &str| {
        operations
            .iter()
            .position(|op| op.id.rust == name)
            .or_else(|| {
                operations.iter().position(|op| {
                    op.rows(ResponseKind::Success)
                        .filter_map(|row| row.long_running.as_ref())
                        .any(|lro| lro.poller == name)
                })
            })
    };
    let file = syn::parse_file(&output.source).expect("the generated code parses");
    let mut shared = Vec::new();
    let mut parts: Vec<Vec<syn::Item>> = vec![Vec::new(); operations.len()];
    for item in file.items {
        let name = match &item {
            syn::Item::Struct(item) => Some(item.ident.unraw().to_string()),
            syn::Item::Enum(item) => Some(item.ident.unraw().to_string()),
            syn::Item::Impl(item) => match &*item.self_ty {
                syn::Type::Path(path) => path.path.get_ident().map(|i| i.unraw().to_string()),
                _ => None,
            },
            _ => None,
        };
        match (&item, name.as_deref()) {
            // The methods of `impl Client`, each to its operation's part.
            (syn::Item::Impl(block), Some("Client")) if block.trait_.is_none() => {
                let mut methods: Vec<Vec<syn::ImplItem>> = vec![Vec::new(); operations.len()];
                let mut rest = Vec::new();
                for method in &block.items {
                    let owner = match method {
                        syn::ImplItem::Fn(f) => owner_of_method(&f.sig.ident.unraw().to_string()),
                        _ => None,
                    };
                    match owner {
                        Some(index) => methods[index].push(method.clone()),
                        None => rest.push(method.clone()),
                    }
                }
                for (part, items) in parts.iter_mut().zip(methods) {
                    if !items.is_empty() {
                        part.push(syn::Item::Impl(syn::ItemImpl {
                            items,
                            ..block.clone()
                        }));
                    }
                }
                if !rest.is_empty() {
                    shared.push(syn::Item::Impl(syn::ItemImpl {
                        items: rest,
                        ..block.clone()
                    }));
                }
            }
            (_, Some(name)) if owner_of_type(name).is_some() => {
                parts[owner_of_type(name).unwrap_or_default()].push(item);
            }
            _ => shared.push(item),
        }
    }
    let unparse = |attrs: Vec<syn::Attribute>, items: Vec<syn::Item>| {
        prettyplease::unparse(&syn::File {
            shebang: None,
            frontmatter: None,
            attrs,
            items,
        })
    };
    let header: String = output
        .source
        .lines()
        .take_while(|line| line.starts_with("//") || line.is_empty())
        .map(|line| format!("{line}\n"))
        .collect();
    let mut files = vec![(
        "shared".to_string(),
        format!("{header}{}", unparse(file.attrs, shared)),
    )];
    for (operation, items) in operations.iter().zip(parts) {
        assert_ne!(
            operation.id.wire, "shared",
            "an operation named like the shared file"
        );
        files.push((operation.id.wire.clone(), unparse(Vec::new(), items)));
    }
    files
}

/// The files under `dir`, recursively.
fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).expect("the snapshot directory") {
        let path = entry.expect("directory entry").path();
        if path.is_dir() {
            files.extend(files_under(&path));
        } else {
            files.push(path);
        }
    }
    files
}

/// The build scripts of the crates that compile the snapshotted specs set the generator up as
/// [`snapshots`] does: change both together.
#[test]
fn build_scripts_use_the_same_options() {
    for (script, options) in [
        (
            "../tests/spector/build.rs",
            &[".crate_name(\"spector_clients\")"][..],
        ),
        (
            "../tests/adversarial/build.rs",
            &[
                "const FIXTURES: &str = \"../../codegen/tests/fixtures/adversarial\";",
                ".filter(|dir| !dir.join(\"expected.txt\").exists())",
                ".crate_name(format!(\"adversarial::{name}\"))",
                ".deny_warnings(true)",
                "name.replace('-', \"_\")",
            ][..],
        ),
        (
            "../generated-client/build.rs",
            &["specgen::Generator::new(\"../spec/cloud-partner-portal.yaml\").build_script()"][..],
        ),
    ] {
        let text = std::fs::read_to_string(script).expect("the build script");
        for option in options {
            assert!(
                text.contains(option),
                "{script} no longer has `{option}`: update tests/snapshots.rs with it"
            );
        }
    }
}
