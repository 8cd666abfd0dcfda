//! The generator never panics: mutated specs give either code that parses or located diagnostics.
//!
//! Each case takes the real spec (the service file and every operation file), mutates one line
//! of one file (replaced by random text, deleted, duplicated, or its value rewritten), and runs
//! load, validate and emit on it. The case count and seed are fixed, so CI runs the same cases.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::path::{Path, PathBuf};

use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};

const CASES: u32 = 256;

/// The real spec's files: (path relative to the spec directory, text).
fn spec_files() -> Vec<(PathBuf, String)> {
    let root = Path::new("../spec");
    let mut files = vec![(PathBuf::from("cloud-partner-portal.yaml"), String::new())];
    let mut operations: Vec<PathBuf> = std::fs::read_dir(root.join("operations"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|ext| ext == "yaml"))
        .map(|path| path.strip_prefix(root).unwrap().to_path_buf())
        .collect();
    operations.sort();
    files.extend(operations.into_iter().map(|path| (path, String::new())));
    for (path, text) in &mut files {
        *text = std::fs::read_to_string(root.join(&*path)).unwrap();
    }
    files
}

/// Replaces, deletes or duplicates one line, or rewrites the value on it.
fn mutate(original: &str, line: usize, kind: u8, text: &str) -> String {
    let mut lines: Vec<String> = original.lines().map(str::to_string).collect();
    let index = line % lines.len();
    match kind % 4 {
        0 => lines[index] = text.to_string(),
        1 => {
            lines.remove(index);
        }
        2 => {
            let copy = lines[index].clone();
            lines.insert(index, copy);
        }
        _ => match lines[index].split_once(": ") {
            Some((key, _)) => lines[index] = format!("{key}: {text}"),
            None => lines[index].push_str(text),
        },
    }
    lines.join("\n")
}

#[test]
fn mutated_specs_never_panic() {
    let files = spec_files();
    let strategy = (
        0..files.len(),
        0usize..2000,
        0u8..4,
        "\\PC{0,24}|[{}\\[\\]:,'\"|>#&*!%@` -]{0,12}|4044|-1|type|self|list<x>|map<|\\{x\\}",
    );
    let config = Config {
        cases: CASES,
        failure_persistence: None,
        ..Config::default()
    };
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &[7; 32]);
    let mut runner = TestRunner::new_with_rng(config, rng);
    let generated = std::cell::Cell::new(0u32);
    let dir = std::env::temp_dir().join(format!("specgen-no-panic-{}", std::process::id()));
    runner
        .run(&strategy, |(file, line, kind, text)| {
            std::fs::create_dir_all(dir.join("operations")).unwrap();
            for (index, (path, original)) in files.iter().enumerate() {
                let content = if index == file {
                    mutate(original, line, kind, &text)
                } else {
                    original.clone()
                };
                std::fs::write(dir.join(path), content).unwrap();
            }
            match specgen::Generator::new(dir.join("cloud-partner-portal.yaml")).generate() {
                Ok(output) => {
                    syn::parse_file(&output.source).expect("generated code parses");
                    // The Markdown pages come from the same model: rendering them is total too.
                    let pages = specgen::emit::markdown::pages(&output.service);
                    prop_assert!(!pages.is_empty());
                    generated.set(generated.get() + 1);
                }
                Err(specgen::Error::Spec(diagnostics)) => {
                    for diagnostic in &diagnostics.0 {
                        prop_assert!(!diagnostic.message.is_empty());
                        prop_assert!(diagnostic.location.file.starts_with(&dir));
                    }
                    let _ = diagnostics.render();
                }
                Err(other) => panic!("unexpected failure: {other}"),
            }
            Ok(())
        })
        .unwrap();
    std::fs::remove_dir_all(&dir).ok();
    // Many mutations (a changed description, a duplicated comment) leave a valid spec: those
    // cases must have reached the emitters, or this test would only exercise the loader.
    assert!(
        generated.get() >= CASES / 5,
        "only {} of {CASES} cases generated code",
        generated.get()
    );
}
