//! `specgen validate`: rendered like rustc, as JSON, its exit status, `--deny-warnings`,
//! colors, `--locale`; and the other commands render spec errors the same way.
//!
//! The rendering of each kind of problem is pinned by the library's fixture suite
//! (codegen/tests/fixtures.rs); this suite runs the command line on some of those fixtures.

use std::path::Path;
use std::process::Output;

use super::{REAL_SPEC, ROOT, SPEC, specgen, specgen_in, text};

const INVALID: &str = "../tests/fixtures/invalid";

fn fixture(name: &str) -> String {
    format!("{INVALID}/{name}/service.yaml")
}

fn json(output: &Output) -> serde_json::Value {
    serde_json::from_slice(&output.stdout)
        .unwrap_or_else(|error| panic!("not JSON ({error}):\n{}", text(&output.stdout)))
}

#[test]
fn a_misspelled_key_is_shown_like_rustc_with_a_suggestion() {
    let service = fixture("misspelled-method-key");
    let output = specgen(&["validate", &service]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(text(&output.stdout), "");
    let file = format!("{INVALID}/misspelled-method-key/operations/cancel-operation.yaml");
    assert_eq!(
        text(&output.stderr),
        format!(
            "error[E0103]: unknown key `methd`
  --> {file}:12:1
   |
12 | methd: POST
   | ^^^^^
   |
   = help: did you mean `method`? the keys allowed here are: id, title, summary, description, method, idempotent, path, parameters, headers, request-body, response-headers, responses

error: the spec has 1 error
"
        )
    );
}

#[test]
fn the_json_format_has_the_same_diagnostic_with_its_position() {
    let service = fixture("misspelled-method-key");
    let output = specgen(&["validate", &service, "--format", "json"]);
    assert_eq!(output.status.code(), Some(1));
    assert_eq!(
        text(&output.stderr),
        "",
        "JSON goes to standard output alone"
    );
    let file = format!("{INVALID}/misspelled-method-key/operations/cancel-operation.yaml");
    assert_eq!(
        json(&output),
        serde_json::json!({
            "diagnostics": [{
                "severity": "error",
                "code": "E0103",
                "message": "unknown key `methd`",
                "file": file,
                "line": 12,
                "column": 1,
                "end_line": 12,
                "end_column": 6,
                "spec_path": null,
                "help": "did you mean `method`? the keys allowed here are: id, title, summary, description, method, idempotent, path, parameters, headers, request-body, response-headers, responses",
            }],
            "errors": 1,
            "warnings": 0,
        })
    );
}

#[test]
fn the_json_format_covers_every_diagnostic_of_a_run() {
    let name = "long-running-misspellings";
    let diagnostics = specgen::diagnose(fixture(name), None).diagnostics;
    let output = specgen(&["validate", &fixture(name), "--format", "json"]);
    let document = json(&output);
    let listed = document["diagnostics"].as_array().expect("a list");
    assert_eq!(listed.len(), diagnostics.0.len());
    assert_eq!(document["errors"], diagnostics.0.len());
    for (json, diagnostic) in listed.iter().zip(&diagnostics.0) {
        assert_eq!(json["code"], diagnostic.code.id());
        assert_eq!(json["message"], diagnostic.message.as_str());
        assert_eq!(json["line"], diagnostic.location.line);
        assert_eq!(json["column"], diagnostic.location.column);
        assert_eq!(json["spec_path"], diagnostic.spec_path.as_str());
        assert_eq!(json["help"], diagnostic.help.as_deref().unwrap());
        // Each of these spans is a name on one line.
        assert_eq!(json["end_line"], diagnostic.location.line);
        assert_eq!(
            json["end_column"],
            diagnostic.location.column + diagnostic.location.len
        );
    }
}

#[test]
fn a_problem_of_a_whole_file_has_no_position_in_json() {
    let output = specgen(&[
        "validate",
        &fixture("misspelled-locale-option"),
        "--locale",
        "hun",
        "--format",
        "json",
    ]);
    assert_eq!(output.status.code(), Some(1));
    let document = json(&output);
    let diagnostic = &document["diagnostics"][0];
    assert_eq!(diagnostic["code"], "E0221");
    assert_eq!(diagnostic["spec_path"], "service.locales");
    for key in ["line", "column", "end_line", "end_column"] {
        assert!(diagnostic[key].is_null(), "{key}: {diagnostic}");
    }
}

#[test]
fn a_clean_spec_is_an_empty_json_document_and_exit_0() {
    let output = specgen(&["validate", REAL_SPEC, "--format", "json"]);
    assert_eq!(output.status.code(), Some(0), "{}", text(&output.stdout));
    assert_eq!(
        json(&output),
        serde_json::json!({ "diagnostics": [], "errors": 0, "warnings": 0 })
    );
    let output = specgen(&["validate", REAL_SPEC]);
    assert_eq!(output.status.code(), Some(0));
    assert_eq!(text(&output.stderr), "");
    assert_eq!(
        text(&output.stdout),
        "cloud-partner-portal: ok (11 operations, 12 files)\n"
    );
}

#[test]
fn warnings_do_not_fail_unless_denied() {
    let service = fixture("undocumented-items");
    let warned = specgen(&["validate", &service]);
    assert_eq!(warned.status.code(), Some(0), "{}", text(&warned.stderr));
    let stderr = text(&warned.stderr);
    assert_eq!(stderr.matches("warning[W0215]").count(), 5, "{stderr}");
    assert!(
        stderr.ends_with("\nwarning: the spec has 5 warnings\n"),
        "{stderr}"
    );
    assert!(!stderr.contains("error"), "{stderr}");
    assert!(text(&warned.stdout).starts_with("cloud-partner-portal: ok"));

    let denied = specgen(&["validate", &service, "--deny-warnings"]);
    assert_eq!(denied.status.code(), Some(1));
    let denied_stderr = text(&denied.stderr);
    assert_eq!(
        denied_stderr,
        format!("{stderr}error: 5 warnings denied by `--deny-warnings`\n")
    );
    assert_eq!(text(&denied.stdout), "");

    let json = specgen(&["validate", &service, "--deny-warnings", "--format", "json"]);
    assert_eq!(json.status.code(), Some(1));
    let document = self::json(&json);
    assert_eq!(document["warnings"], 5);
    assert_eq!(document["errors"], 0);
    assert_eq!(document["diagnostics"][0]["severity"], "warning");

    // Nothing to deny: a clean spec passes.
    let clean = specgen(&["validate", REAL_SPEC, "--deny-warnings"]);
    assert_eq!(clean.status.code(), Some(0));
}

#[test]
fn usage_errors_exit_with_status_2() {
    for args in [
        &["validate"][..],
        &["validate", REAL_SPEC, "--format", "xml"],
        &["validate", REAL_SPEC, "--no-such-option"],
        &["no-such-command"],
    ] {
        let output = specgen(args);
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(text(&output.stderr).starts_with("error: "), "{args:?}");
    }
}

#[test]
fn colors_only_when_asked_or_on_a_terminal() {
    let service = fixture("misspelled-method-key");
    // The test's pipe is no terminal: plain.
    let plain = specgen(&["validate", &service]);
    assert!(!text(&plain.stderr).contains('\x1b'));
    let colored = specgen(&["validate", &service, "--color", "always"]);
    let colored = text(&colored.stderr);
    assert!(colored.contains("\x1b["), "{colored}");
    // The same text once the escape codes are taken out.
    assert_eq!(strip_ansi(&colored), text(&plain.stderr));
    let never = specgen(&["--color", "never", "validate", &service]);
    assert_eq!(text(&never.stderr), text(&plain.stderr));
}

/// `text` without its ANSI escape sequences (`ESC [ ... m`).
fn strip_ansi(text: &str) -> String {
    let mut out = String::new();
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        if c == '\x1b' {
            for c in chars.by_ref() {
                if c.is_ascii_alphabetic() {
                    break;
                }
            }
        } else {
            out.push(c);
        }
    }
    out
}

#[test]
fn commands_other_than_validate_render_spec_errors_the_same_way() {
    let service = fixture("misspelled-method-key");
    let validate = specgen(&["validate", &service]);
    let out = std::env::temp_dir().join(format!("specgen-diagnostics-{}", std::process::id()));
    let generate = specgen(&["generate", &service, "--out", out.to_str().unwrap()]);
    assert_eq!(generate.status.code(), Some(1));
    assert_eq!(text(&generate.stderr), text(&validate.stderr));
    assert!(!out.exists(), "nothing is generated from an invalid spec");
}

#[test]
fn validate_with_a_locale_warns_about_each_untranslated_text() {
    let output = specgen_in(
        &[
            "validate",
            "spec/cloud-partner-portal.yaml",
            "--locale",
            "hu",
        ],
        Path::new(ROOT),
    );
    let stderr = text(&output.stderr);
    assert!(output.status.success(), "warnings do not fail: {stderr}");
    assert!(text(&output.stdout).contains("cloud-partner-portal: ok"));

    let warnings = specgen::untranslated(SPEC, "hu").unwrap_or_else(|d| panic!("{}", d.render()));
    assert!(warnings.0.len() > 10, "{stderr}");
    assert_eq!(
        stderr
            .matches("warning[W0214]: the text has no `hu` version")
            .count(),
        warnings.0.len()
    );
    assert!(stderr.ends_with(&format!(
        "warning: the spec has {} warnings\n",
        warnings.0.len()
    )));
    // The `published` offer status, written in English only, at its description.
    let service_file = std::fs::read_to_string(SPEC).expect("the service file");
    let line = service_file
        .lines()
        .position(|line| line.contains("Offer is published. Shown by"))
        .expect("the description of `published`");
    let arrow = format!("--> spec/cloud-partner-portal.yaml:{line}:11\n");
    let block = stderr
        .split("\n\n")
        .find(|block| block.contains(&arrow))
        .unwrap_or_else(|| panic!("`{arrow}` is not in:\n{stderr}"));
    assert!(
        block.contains("^ types[1].values[7].description\n"),
        "{block}"
    );
    assert!(stderr.contains("= help: add `hu:` next to `en:`; until then the `en` text is shown"));

    // Nothing to say about the default locale; an undeclared locale is an error.
    let output = specgen_in(
        &[
            "validate",
            "spec/cloud-partner-portal.yaml",
            "--locale",
            "en",
        ],
        Path::new(ROOT),
    );
    assert!(output.status.success());
    assert_eq!(text(&output.stderr), "");
    let output = specgen_in(
        &[
            "validate",
            "spec/cloud-partner-portal.yaml",
            "--locale",
            "de",
        ],
        Path::new(ROOT),
    );
    assert_eq!(output.status.code(), Some(1));
    assert!(
        text(&output.stderr)
            .contains("error[E0221]: locale `de` is not declared in `service.locales`"),
        "{}",
        text(&output.stderr)
    );
}
