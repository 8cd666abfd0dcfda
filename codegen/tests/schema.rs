//! The JSON Schema of spec files (`spec/spec.schema.json`), as editors use it: it is current,
//! every spec file names it and matches it, and the fixtures with structural mistakes do not.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

#[allow(dead_code)] // The fixture helpers this suite does not need.
mod common;

use std::path::{Path, PathBuf};

use serde_json::Value;

const SCHEMA_FILE: &str = "../spec/spec.schema.json";
const SPEC_DIR: &str = "../spec";

fn validator() -> jsonschema::Validator {
    let schema: Value = serde_json::from_str(&specgen::json_schema()).unwrap();
    jsonschema::validator_for(&schema).expect("the schema is a valid JSON Schema")
}

/// A YAML file as JSON, or why it cannot be read as such.
fn yaml_as_json(path: &Path) -> Result<Value, String> {
    let text = std::fs::read_to_string(path).map_err(|error| error.to_string())?;
    serde_saphyr::from_str::<Value>(&text).map_err(|error| error.to_string())
}

/// Every `.yaml` file under `dir`, sorted.
fn yaml_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(yaml_files(&path));
        } else if path
            .extension()
            .is_some_and(|extension| extension == "yaml")
        {
            files.push(path);
        }
    }
    files.sort();
    files
}

/// The schema's problems with a file, rendered (empty when it matches).
fn schema_errors(validator: &jsonschema::Validator, path: &Path) -> Vec<String> {
    match yaml_as_json(path) {
        Ok(instance) => validator
            .iter_errors(&instance)
            .map(|error| format!("{}: {error}", error.instance_path()))
            .collect(),
        Err(error) => vec![format!("not YAML: {error}")],
    }
}

#[test]
fn the_checked_in_schema_is_current() {
    let written = std::fs::read_to_string(SCHEMA_FILE).expect("spec/spec.schema.json exists");
    assert!(
        written == specgen::json_schema(),
        "spec/spec.schema.json is stale: run `cargo run -p specgen-cli -- schema spec/cloud-partner-portal.yaml`"
    );
}

#[test]
fn every_spec_file_names_the_schema_and_matches_it() {
    let validator = validator();
    let schema = std::fs::canonicalize(SCHEMA_FILE).unwrap();
    let files = yaml_files(Path::new(SPEC_DIR));
    assert!(files.len() >= 12, "{files:?}");
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let first = text.lines().next().unwrap_or_default();
        let named = first
            .strip_prefix("# yaml-language-server: $schema=")
            .unwrap_or_else(|| {
                panic!(
                    "{} does not start with `# yaml-language-server: $schema=...`",
                    file.display()
                )
            });
        let named = std::fs::canonicalize(file.parent().unwrap().join(named));
        assert_eq!(named.ok().as_ref(), Some(&schema), "{}", file.display());
        let errors = schema_errors(&validator, &file);
        assert!(errors.is_empty(), "{}: {errors:#?}", file.display());
    }
}

#[test]
fn every_valid_fixture_matches_the_schema() {
    let validator = validator();
    let mut checked = 0;
    for name in common::fixture_dirs("tests/fixtures/valid") {
        for file in yaml_files(&Path::new("tests/fixtures/valid").join(name)) {
            let errors = schema_errors(&validator, &file);
            assert!(errors.is_empty(), "{}: {errors:#?}", file.display());
            checked += 1;
        }
    }
    assert!(checked > 0);
}

/// The values the schema offers are the ones the validator accepts.
#[test]
fn enumerated_values_are_the_validators() {
    let schema: Value = serde_json::from_str(&specgen::json_schema()).unwrap();
    let methods: Vec<&str> = schema["definitions"]["OperationFile"]["properties"]["method"]["enum"]
        .as_array()
        .expect("method is enumerated")
        .iter()
        .map(|value| value.as_str().unwrap())
        .collect();
    let model: Vec<&str> = specgen::model::Method::ALL
        .iter()
        .map(|(name, _)| *name)
        .collect();
    assert_eq!(methods, model);
}
