//! The generator never panics: mutated specs give either code that parses or located diagnostics.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use std::path::PathBuf;

use proptest::prelude::*;

const SERVICE: &str = include_str!("../../spec/cloud-partner-portal.yaml");
const OPERATION: &str = include_str!("../../spec/operations/cancel-operation.yaml");

/// A fresh directory holding a service file and the (mutated) operation file.
fn write_spec(case: u64, operation: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("specgen-no-panic-{}-{case}", std::process::id()));
    std::fs::create_dir_all(dir.join("operations")).unwrap();
    std::fs::write(dir.join("service.yaml"), SERVICE).unwrap();
    std::fs::write(dir.join("operations/cancel-operation.yaml"), operation).unwrap();
    dir
}

/// Replaces, deletes or duplicates one line of the operation file, or rewrites one value.
fn mutate(line: usize, kind: u8, text: &str) -> String {
    let mut lines: Vec<String> = OPERATION.lines().map(str::to_string).collect();
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
        _ => {
            if let Some((key, _)) = lines[index].split_once(": ") {
                lines[index] = format!("{key}: {text}");
            } else {
                lines[index].push_str(text);
            }
        }
    }
    lines.join("\n")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, failure_persistence: None, ..ProptestConfig::default() })]

    #[test]
    fn mutated_specs_never_panic(line in 0usize..400, kind in 0u8..4, text in "\\PC{0,24}|[{}\\[\\]:,'\"|>#&*!%@` -]{0,12}|4044|-1|type|self|\\{x\\}") {
        let dir = write_spec(line as u64 * 7 + kind as u64, &mutate(line, kind, &text));
        match specgen::Generator::new(dir.join("service.yaml")).generate() {
            Ok(output) => {
                syn::parse_file(&output.source).expect("generated code parses");
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
        std::fs::remove_dir_all(&dir).ok();
    }
}
