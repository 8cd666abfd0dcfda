//! The bad-spec fixture suite of the loader and validator.
//!
//! Every directory under `tests/fixtures/invalid` is a small complete spec (`service.yaml` and
//! `operations/*.yaml`) derived from `spec/cloud-partner-portal.yaml` with one kind of mistake
//! (a few hold several, to prove that one run reports them all). Its `expected.txt` is the whole
//! rendered diagnostic output. Run with `UPDATE_EXPECT=1` to rewrite the expected files, then
//! review every change by hand: the location, the message and the help are the product.
//!
//! Every directory under `tests/fixtures/valid` must validate and generate Rust that parses.
//!
//! Paths are relative to the crate directory (cargo runs integration tests there), so the
//! rendered paths do not depend on the machine.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use specgen::diagnostics::Code;

use common::fixture_dirs;

const INVALID: &str = "tests/fixtures/invalid";
const VALID: &str = "tests/fixtures/valid";
const REAL_SPEC: &str = "../spec/cloud-partner-portal.yaml";

/// Every code a spec can produce; each must be produced by at least one invalid fixture.
const REACHABLE: [Code; 18] = [
    Code::UnreadableFile,
    Code::Structure,
    Code::UnknownKey,
    Code::MissingKey,
    Code::UnsupportedVersion,
    Code::InvalidName,
    Code::NameCollision,
    Code::UnknownType,
    Code::UndeclaredPathParameter,
    Code::UnusedPathParameter,
    Code::InvalidPath,
    Code::InvalidStatusCode,
    Code::DuplicateStatusCode,
    Code::UndeclaredHeader,
    Code::InvalidExample,
    Code::InvalidValue,
    Code::Conflict,
    Code::MissingText,
];

/// Does not compile when `Code` gains a variant: add the new code to `REACHABLE` (and a fixture
/// that produces it), or explain here why no spec can produce it.
fn _every_code_is_listed(code: Code) {
    match code {
        Code::UnreadableFile
        | Code::Structure
        | Code::UnknownKey
        | Code::MissingKey
        | Code::UnsupportedVersion
        | Code::InvalidName
        | Code::NameCollision
        | Code::UnknownType
        | Code::UndeclaredPathParameter
        | Code::UnusedPathParameter
        | Code::InvalidPath
        | Code::InvalidStatusCode
        | Code::DuplicateStatusCode
        | Code::UndeclaredHeader
        | Code::InvalidExample
        | Code::InvalidValue
        | Code::Conflict
        | Code::MissingText => {}
        // A warning, which `check` never reports: `specgen validate --locale` lists it, and
        // tests/docs.rs checks it.
        Code::MissingTranslation => {}
    }
}

#[test]
fn invalid_fixtures_render_their_expected_diagnostics() {
    let update = common::update_expect();
    let names = fixture_dirs(INVALID);
    assert!(
        names.len() >= 25,
        "expected the whole fixture suite under {INVALID}, found {names:?}"
    );

    let mut seen = BTreeSet::new();
    let mut failures = Vec::new();
    for name in &names {
        // A `/`-joined relative path, so that the rendered locations are the same everywhere.
        let service = format!("{INVALID}/{name}/service.yaml");
        let diagnostics = match specgen::check(&service) {
            Ok(_) => {
                failures.push(format!(
                    "{name}: the spec validates, but the fixture is meant to be invalid"
                ));
                continue;
            }
            Err(diagnostics) => diagnostics,
        };
        seen.extend(diagnostics.0.iter().map(|d| d.code.id()));
        let actual = diagnostics.render();
        let expected_path = Path::new(INVALID).join(name).join("expected.txt");
        if let Err(failure) = common::expect_file(&expected_path, &actual, update) {
            failures.push(format!("{name}: {failure}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} fixture(s) failed:\n\n{}",
        failures.len(),
        failures.join("\n\n")
    );

    let unseen: Vec<&str> = REACHABLE
        .iter()
        .map(|code| code.id())
        .filter(|id| !seen.contains(id))
        .collect();
    assert!(
        unseen.is_empty(),
        "no invalid fixture produces {unseen:?}; add one (codes seen: {seen:?})"
    );
}

#[test]
fn valid_fixtures_validate_and_generate_parsable_rust() {
    let names = fixture_dirs(VALID);
    assert!(
        names.iter().any(|name| name == "keywords"),
        "missing {VALID}/keywords"
    );
    for name in &names {
        let service = format!("{VALID}/{name}/service.yaml");
        let output = match specgen::Generator::new(&service).generate() {
            Ok(output) => output,
            Err(error) => panic!("{name}: generation failed:\n{error}"),
        };
        if let Err(error) = syn::parse_file(&output.source) {
            panic!(
                "{name}: the generated source does not parse: {error}\n{}",
                output.source
            );
        }
    }
}

#[test]
fn keyword_and_digit_names_become_valid_identifiers() {
    let output = specgen::Generator::new(format!("{VALID}/keywords/service.yaml"))
        .generate()
        .unwrap_or_else(|error| panic!("{error}"));
    let file = syn::parse_file(&output.source).expect("the generated source parses");
    assert!(!file.items.is_empty());
    for ident in ["r#type", "r#match", "self_", "r#async", "_2fa"] {
        assert!(
            output.source.contains(ident),
            "`{ident}` is not in the generated source:\n{}",
            output.source
        );
    }
    // The wire names stay what the spec says.
    for wire in ["\"type\"", "\"match\"", "\"self\"", "\"async\"", "\"2fa\""] {
        assert!(
            output.source.contains(wire),
            "wire name {wire} is not in the generated source"
        );
    }
}

#[test]
fn the_real_spec_validates() {
    if let Err(diagnostics) = specgen::check(REAL_SPEC) {
        panic!("{}", diagnostics.render());
    }
}

/// A copy of the real spec in a fresh temporary directory, removed on drop.
struct TempSpec {
    dir: PathBuf,
}

impl TempSpec {
    fn copy_real_spec() -> Self {
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_nanos());
        let dir =
            std::env::temp_dir().join(format!("specgen-fixtures-{}-{nanos}", std::process::id()));
        let spec = Path::new(REAL_SPEC).parent().expect("spec directory");
        std::fs::create_dir_all(dir.join("operations"))
            .expect("create the temporary spec directory");
        std::fs::copy(REAL_SPEC, dir.join("cloud-partner-portal.yaml"))
            .expect("copy the service file");
        for entry in std::fs::read_dir(spec.join("operations")).expect("list spec/operations") {
            let entry = entry.expect("directory entry");
            std::fs::copy(entry.path(), dir.join("operations").join(entry.file_name()))
                .expect("copy an operation file");
        }
        TempSpec { dir }
    }
}

impl Drop for TempSpec {
    fn drop(&mut self) {
        let _ = std::fs::remove_dir_all(&self.dir);
    }
}

#[test]
fn the_real_spec_with_status_4044_is_reported_at_the_code() {
    let temp = TempSpec::copy_real_spec();
    let operation = temp.dir.join("operations").join("cancel-operation.yaml");
    let text = std::fs::read_to_string(&operation).expect("read the copied operation");
    assert_eq!(
        text.matches("- code: 404\n").count(),
        1,
        "the real spec has one 404 row"
    );
    let text = text.replace("- code: 404\n", "- code: 4044\n");
    std::fs::write(&operation, &text).expect("write the modified operation");

    // Where `4044` is written: 1-based line and column.
    let (line, column) = text
        .lines()
        .enumerate()
        .find_map(|(index, line)| {
            line.find("code: 4044")
                .map(|at| (index + 1, at + "code: ".len() + 1))
        })
        .expect("the modified row");

    let diagnostics = match specgen::check(temp.dir.join("cloud-partner-portal.yaml")) {
        Ok(_) => panic!("a status code 4044 must be rejected"),
        Err(diagnostics) => diagnostics,
    };
    assert_eq!(diagnostics.0.len(), 1, "{}", diagnostics.render());
    let diagnostic = &diagnostics.0[0];
    assert_eq!(diagnostic.code, Code::InvalidStatusCode);
    assert_eq!(diagnostic.spec_path, "responses[4].code");
    assert_eq!(diagnostic.location.file, operation);
    assert_eq!(
        (diagnostic.location.line, diagnostic.location.column),
        (line, column)
    );
    let rendered = diagnostics.render();
    let expected_location = format!("cancel-operation.yaml:{line}:{column} (responses[4].code)");
    assert!(
        rendered.contains(&expected_location),
        "`{expected_location}` is not in:\n{rendered}"
    );
    assert!(rendered.contains("4044"), "{rendered}");
}
