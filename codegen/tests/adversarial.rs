//! The adversarial fixtures (`tests/fixtures/adversarial/`): specs made to break generators,
//! with texts that end comments and strings, hold HTML, control characters and right-to-left
//! text, and names that are keywords, start with digits, are not ASCII, or collide.
//!
//! A fixture with an `expected.txt` must be refused with exactly the diagnostics it holds
//! (run with `UPDATE_EXPECT=1` to rewrite them, then review every change). Every other
//! fixture must generate Rust that parses and reference pages; the package `adversarial`
//! (`tests/adversarial/`) compiles them with `#![deny(missing_docs)]`, clippy lints them and
//! CI builds their rustdoc with warnings denied. `tests/docs.rs` checks their pages' tables
//! and links.
#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic)]

mod common;

use std::path::Path;

use common::fixture_dirs;

const ADVERSARIAL: &str = "tests/fixtures/adversarial";

fn service(name: &str) -> String {
    // `/`-joined and relative, so that the rendered locations are the same everywhere.
    format!("{ADVERSARIAL}/{name}/service.yaml")
}

fn refused(name: &str) -> bool {
    Path::new(ADVERSARIAL)
        .join(name)
        .join("expected.txt")
        .exists()
}

fn generated(name: &str) -> specgen::Output {
    specgen::Generator::new(service(name))
        .deny_warnings(true)
        .generate()
        .unwrap_or_else(|error| panic!("{name}: {error}"))
}

#[test]
fn adversarial_fixtures_are_refused_as_expected_or_generate() {
    let update = common::update_expect();
    let names = fixture_dirs(ADVERSARIAL);
    let (refused_names, generated_names): (Vec<&String>, Vec<&String>) =
        names.iter().partition(|name| refused(name));
    assert!(
        refused_names.len() >= 2 && generated_names.len() >= 4,
        "{names:?}"
    );
    let mut failures = Vec::new();
    for name in refused_names {
        let diagnostics = specgen::diagnose(service(name), None).diagnostics;
        if !diagnostics.has_errors() {
            failures.push(format!("{name}: the spec is not refused"));
            continue;
        }
        for diagnostic in &diagnostics.0 {
            if diagnostic.location.line == 0 {
                failures.push(format!("{name}: `{}` has no line", diagnostic.message));
            }
        }
        let expected = Path::new(ADVERSARIAL).join(name).join("expected.txt");
        if let Err(failure) = common::expect_file(&expected, &diagnostics.render(), update) {
            failures.push(format!("{name}: {failure}"));
        }
    }
    for name in generated_names {
        let output = generated(name);
        if let Err(error) = syn::parse_file(&output.source) {
            failures.push(format!(
                "{name}: the generated source does not parse: {error}"
            ));
        }
        if specgen::Generator::new(service(name))
            .pages()
            .unwrap_or_else(|error| panic!("{name}: {error}"))
            .is_empty()
        {
            failures.push(format!("{name}: no reference pages"));
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
}

#[test]
fn texts_reach_the_docs_without_what_rustc_refuses() {
    let output = generated("descriptions");
    // rustc denies the bidirectional controls in source, and a lone CR in a doc comment.
    for (line_number, line) in output.source.lines().enumerate() {
        let unprintable = line
            .chars()
            .find(|c| (c.is_control() && *c != '\t') || specgen::model::is_bidi_control(*c));
        assert!(
            unprintable.is_none(),
            "line {}: {unprintable:?} in {line}",
            line_number + 1
        );
    }
    // The texts are there all the same, their markup made safe.
    for kept in [
        "/// Ends a block comment */ and a raw string \"# and ## \"###",
        "Right to left: שלום עולם, مرحبا بالعالم.",
        "&lt;details&gt;&lt;summary&gt;HTML&lt;/summary&gt;",
        "See \\[Note\\], [`Note`](struct@Note), [`post_note`](Client::post_note) and \\[post-note\\].",
        "and bidi override, isolate x,",
    ] {
        assert!(
            output.source.contains(kept),
            "`{kept}` is not in:\n{}",
            output.source
        );
    }
    // A code block of a description is text, not a doctest, and it is closed before the
    // generated docs go on.
    let client_docs = output
        .source
        .split("pub struct Client")
        .next()
        .unwrap_or_default();
    assert!(client_docs.contains("/// ```text\n"), "{client_docs}");
    let fences = client_docs.matches("/// ```").count();
    assert_eq!(fences % 2, 0, "an open fence in:\n{client_docs}");
    // The values are kept exactly, in string literals.
    for wire in [
        r#""end*/""#,
        r##""raw\"#""##,
        r#""`tick`""#,
        r#""<b>""#,
        "\"שלום\"",
    ] {
        assert!(output.source.contains(wire), "{wire}");
    }
}

#[test]
fn keyword_names_become_raw_or_suffixed_identifiers() {
    let output = generated("keywords");
    for ident in [
        "pub struct Self_",
        "pub enum Crate",
        "pub r#type: ::std::string::String",
        "pub self_: ::std::option::Option<Crate>",
        "pub crate_: ::std::option::Option<Super>",
        "pub async fn r#type(",
        "pub async fn self_(",
        "pub async fn r#async(",
        "r#fn: &str",
        "r#static: ::specgen_runtime::DateTime",
        "Self_ {",
        "Impl {",
    ] {
        assert!(
            output.source.contains(ident),
            "`{ident}` is not in:\n{}",
            output.source
        );
    }
    // rustdoc links to a method by its bare name.
    assert!(output.source.contains("(Client::type)"));
    assert!(!output.source.contains("(Client::r#"));
}

#[test]
fn odd_names_keep_their_wire_names() {
    let output = generated("odd-names");
    for (rust, wire) in [
        ("pub _2fa:", "\"2fa\""),
        ("pub _10_0_0_1:", "\"10.0.0.1\""),
        ("pub név:", "\"név\""),
        ("pub ωmega:", "\"Ωmega\""),
        ("pub שם:", "שם"),
        ("pub with_space:", "\"with space\""),
        ("pub async fn _2_get_model(", "\"3d-id\""),
        ("pub async fn név_lekérése(", "\"$filter\""),
    ] {
        assert!(
            output.source.contains(rust),
            "`{rust}` is not in:\n{}",
            output.source
        );
        assert!(output.source.contains(wire), "{wire}");
    }
}
