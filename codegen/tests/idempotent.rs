//! `idempotent:` from the spec to the generated request: the model resolves it against the
//! method's own idempotency, and each generated method tells the transport, which retries only
//! idempotent requests.
#![allow(clippy::expect_used, clippy::panic)]

use specgen::Generator;

const FIXTURE: &str = "tests/fixtures/valid/idempotent/service.yaml";
const REAL_SPEC: &str = "../spec/cloud-partner-portal.yaml";

/// The body of the generated method `name`, up to the next method.
fn method_source<'a>(source: &'a str, name: &str) -> &'a str {
    let start = source
        .find(&format!("pub async fn {name}("))
        .unwrap_or_else(|| panic!("no method `{name}`"));
    let rest = &source[start..];
    let end = rest[1..]
        .find("pub async fn ")
        .map_or(rest.len(), |end| end + 1);
    &rest[..end]
}

/// The doc comment right above the generated method `name`.
fn method_docs(source: &str, name: &str) -> String {
    let start = source
        .find(&format!("pub async fn {name}("))
        .unwrap_or_else(|| panic!("no method `{name}`"));
    let mut lines: Vec<&str> = source[..start]
        .lines()
        .rev()
        .skip(1) // the method's own line, up to `pub`
        .take_while(|line| line.trim_start().starts_with("///"))
        .collect();
    lines.reverse();
    lines.join("\n")
}

#[test]
fn the_spec_overrides_the_method_and_the_method_decides_otherwise() {
    let output = Generator::new(FIXTURE)
        .generate()
        .expect("the fixture generates");
    let expected = [
        (
            "cancel",
            "POST",
            true,
            "since the spec marks the operation idempotent",
        ),
        ("publish", "POST", false, "since `POST` is not idempotent"),
        (
            "consume",
            "GET",
            false,
            "since the spec marks the operation not idempotent",
        ),
        ("read", "GET", true, "since `GET` is idempotent"),
    ];
    for (name, method, idempotent, reason) in expected {
        let operation = output
            .service
            .operations
            .iter()
            .find(|operation| operation.id.rust == name)
            .unwrap_or_else(|| panic!("no operation `{name}`"));
        assert_eq!(operation.method.as_str(), method);
        assert_eq!(operation.idempotent, idempotent, "{name}");

        let body = method_source(&output.source, name);
        let field = format!("idempotent: {idempotent},");
        assert_eq!(body.matches("idempotent:").count(), 1, "{body}");
        assert!(
            body.contains(&field),
            "`{name}` should send {field}\n{body}"
        );

        let docs = method_docs(&output.source, name);
        assert!(docs.contains(reason), "`{name}`: {docs}");
        let retried = docs.contains("a transient failure is retried");
        let never = docs.contains("Never retried");
        assert_eq!((retried, never), (idempotent, !idempotent), "{docs}");
    }
}

#[test]
fn the_real_spec_follows_the_methods() {
    let output = Generator::new(REAL_SPEC)
        .generate()
        .expect("the real spec generates");
    for operation in &output.service.operations {
        assert_eq!(
            operation.idempotent,
            operation.method.is_idempotent(),
            "{} marks itself; update this test with the reason",
            operation.id.wire
        );
        let body = method_source(&output.source, &operation.id.rust);
        assert!(
            body.contains(&format!("idempotent: {},", operation.idempotent)),
            "{body}"
        );
    }
    let posts = output
        .service
        .operations
        .iter()
        .filter(|operation| operation.method.as_str() == "POST")
        .count();
    assert!(posts >= 3, "publish, go-live and cancel are POSTs");
}
