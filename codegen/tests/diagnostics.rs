//! How the library reports diagnostics to the front-ends: the span of a diagnostic over
//! several lines, and the build script's warnings (as `cargo:warning=`).
//!
//! The rendering of each kind of problem is pinned by the fixture suite (`fixtures.rs`); the
//! command line's reporting (`specgen validate`: rendered, as JSON, its exit status,
//! `--deny-warnings`, colors) is tested in its package (codegen/cli/tests/cli/validate.rs).
//! Paths are relative to the crate directory, where cargo runs integration tests.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

use specgen::diagnostics::{Code, Severity};

const INVALID: &str = "tests/fixtures/invalid";
const REAL_SPEC: &str = "../spec/cloud-partner-portal.yaml";

fn fixture(name: &str) -> String {
    format!("{INVALID}/{name}/service.yaml")
}

#[test]
fn a_span_over_several_lines_ends_on_its_last_line() {
    let file = "op.yaml";
    let source = "description: >-\n  one\n  two\nmethod: GET\n";
    let diagnostic = specgen::Diagnostic::error(
        Code::Structure,
        specgen::diagnostics::Location {
            file: file.into(),
            line: 1,
            column: 14,
            // `>-`, the line break, `  one`, the line break, `  two`
            len: 2 + 1 + 5 + 1 + 5,
        },
        "a block",
    );
    assert_eq!(diagnostic.end(Some(source)), Some((3, 6)));
    // Without the source: on the same line.
    assert_eq!(diagnostic.end(None), Some((1, 28)));
    // Rendered, the span is underlined on its first line only.
    let rendered = diagnostic.render(Some(source));
    assert!(
        rendered.contains("1 | description: >-\n  |              ^^\n"),
        "{rendered}"
    );
}

#[test]
fn the_build_script_shows_warnings_and_goes_on() {
    let service = fixture("undocumented-items");
    let output = specgen::Generator::new(&service)
        .generate()
        .expect("warnings do not stop generation");
    assert_eq!(output.warnings.0.len(), 5);
    assert!(
        output
            .warnings
            .0
            .iter()
            .all(|d| d.code == Code::Undocumented && d.severity == Severity::Warning)
    );
    // Each line of each rendered warning, in order, as cargo reads it.
    let lines = output.warnings.cargo_warnings();
    let rendered: String = output
        .warnings
        .0
        .iter()
        .map(|d| {
            let source = std::fs::read_to_string(&d.location.file).ok();
            d.render(source.as_deref())
        })
        .collect();
    assert_eq!(
        lines,
        rendered
            .lines()
            .map(|line| format!("cargo:warning={line}"))
            .collect::<Vec<_>>()
    );
    assert_eq!(
        lines.first().map(String::as_str),
        Some("cargo:warning=warning[W0215]: type `OfferKind` has no description")
    );

    match specgen::Generator::new(&service)
        .deny_warnings(true)
        .generate()
    {
        Err(specgen::Error::DeniedWarnings(warnings)) => {
            assert_eq!(warnings.0.len(), 5);
        }
        other => panic!("expected the warnings to be denied, got {other:?}"),
    }
    // The real spec has none: its build prints no warning.
    let real = specgen::Generator::new(REAL_SPEC)
        .deny_warnings(true)
        .generate()
        .expect("the real spec has no warning");
    assert!(real.warnings.is_empty());
}
