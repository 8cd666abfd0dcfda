//! Helpers shared by the conformance tests: the spec's model, a client pointed at a loopback
//! mock server, the path a request should have, and the secret-leak checks.
#![allow(dead_code)] // Each test file uses a subset.

use std::error::Error;
use std::sync::OnceLock;
use std::time::Duration;

use specgen::model::{Operation, ParameterLocation, PathSegment, Service, Struct};
use wiremock::MockServer;

/// The spec every expectation is read from: the file `generated-client/build.rs` compiles.
pub const SPEC: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../spec/cloud-partner-portal.yaml"
);

/// The bearer token of the tests: distinctive, so that a leak is easy to find.
pub const SECRET: &str = "SECRET-TOKEN-123";

/// A response header every mock answer carries besides the spec's, to check that errors keep
/// the response's headers.
pub const EXTRA_HEADER: (&str, &str) = ("x-ms-correlation-id", "conformance-7f3c");

/// The validated spec, loaded once.
pub fn service() -> &'static Service {
    static SERVICE: OnceLock<Service> = OnceLock::new();
    SERVICE.get_or_init(|| {
        specgen::check(SPEC)
            .unwrap_or_else(|diagnostics| panic!("the spec is invalid:\n{diagnostics}"))
    })
}

/// The operation with spec id `id`.
pub fn operation(id: &str) -> &'static Operation {
    service()
        .operations
        .iter()
        .find(|operation| operation.id.wire == id)
        .unwrap_or_else(|| panic!("the spec has no operation `{id}`"))
}

/// The struct the generated code declares as `name`.
pub fn struct_named(name: &str) -> &'static Struct {
    service()
        .types
        .iter()
        .find(|ty| ty.name.rust == name)
        .unwrap_or_else(|| panic!("the spec has no type `{name}`"))
}

/// The spec's JSON example of the struct `name`.
pub fn struct_example(name: &str) -> serde_json::Value {
    let example = struct_named(name)
        .example
        .as_deref()
        .unwrap_or_else(|| panic!("type `{name}` has no example in the spec"));
    serde_json::from_str(example)
        .unwrap_or_else(|error| panic!("the example of `{name}` is not JSON: {error}"))
}

/// The struct a row's body is; these tests serve struct examples only.
pub fn struct_name(ty: &specgen::model::Type) -> &str {
    match ty {
        specgen::model::Type::Struct(name) => name,
        other => panic!("a body of type {other:?}: these tests serve struct bodies"),
    }
}

/// The spec's JSON example of the operation's request body.
pub fn request_body_example(operation: &Operation) -> serde_json::Value {
    let body = operation
        .body
        .as_ref()
        .unwrap_or_else(|| panic!("`{}` has no request body", operation.id.wire));
    let example = body
        .example
        .as_deref()
        .unwrap_or_else(|| panic!("the request body of `{}` has no example", operation.id.wire));
    serde_json::from_str(example).expect("the request body example is JSON")
}

/// The spec's example value of every path parameter, in template order.
pub fn path_examples(operation: &Operation) -> Vec<&str> {
    operation
        .parameters
        .iter()
        .filter(|parameter| parameter.location == ParameterLocation::Path)
        .map(|parameter| {
            parameter.example.as_deref().unwrap_or_else(|| {
                panic!("path parameter `{}` has no example", parameter.name.wire)
            })
        })
        .collect()
}

/// The wire names of the path parameters, in template order.
pub fn path_parameter_names(operation: &Operation) -> Vec<&str> {
    operation
        .parameters
        .iter()
        .filter(|parameter| parameter.location == ParameterLocation::Path)
        .map(|parameter| parameter.name.wire.as_str())
        .collect()
}

/// Percent-encodes `value` as one path segment: every byte but ASCII alphanumerics and
/// `-._~` (RFC 3986 unreserved) as `%XX`, upper case. Written here, independently of the
/// runtime's encoder.
pub fn encode_segment(value: &str) -> String {
    let mut encoded = String::with_capacity(value.len() * 3);
    for &byte in value.as_bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~') {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

/// The raw request path the spec's template gives with these parameter values (indexed like
/// `operation.parameters`), each encoded as one segment.
pub fn expected_path(operation: &Operation, values: &[&str]) -> String {
    operation
        .path
        .iter()
        .map(|segment| match segment {
            PathSegment::Literal(text) => text.clone(),
            PathSegment::Parameter(index) => encode_segment(
                values
                    .get(*index)
                    .unwrap_or_else(|| panic!("no value for path parameter #{index}")),
            ),
        })
        .collect()
}

/// A client of the mock server, authenticated with [`SECRET`].
pub fn client(server: &MockServer) -> cloud_partner_portal::Client {
    client_at(&server.uri())
}

/// A client of `base_url`, authenticated with [`SECRET`].
pub fn client_at(base_url: &str) -> cloud_partner_portal::Client {
    cloud_partner_portal::Client::builder()
        .base_url(base_url)
        .bearer_token(SECRET)
        .timeout(Duration::from_secs(5))
        .connect_timeout(Duration::from_secs(2))
        .build()
        .expect("the client builds")
}

/// The leading identifier of a `Debug` output: the variant name of a derived enum `Debug`.
pub fn leading_identifier(debug: &str) -> &str {
    debug
        .split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .next()
        .unwrap_or_default()
}

/// Fails when `text` shows a secret token.
pub fn assert_no_secret(what: &str, text: &str) {
    for secret in [SECRET, "SECRET-ROTATING"] {
        assert!(
            !text.contains(secret),
            "{what} shows the secret token `{secret}`: {text}"
        );
    }
}

/// Fails when the `Debug` or `Display` of `error`, or of any error in its source chain, shows
/// a secret token.
pub fn assert_error_redacted(error: &(dyn Error + 'static)) {
    let mut current: Option<&(dyn Error + 'static)> = Some(error);
    while let Some(error) = current {
        assert_no_secret("an error's Debug", &format!("{error:?}"));
        assert_no_secret("an error's Debug (alternate)", &format!("{error:#?}"));
        assert_no_secret("an error's Display", &error.to_string());
        current = error.source();
    }
}
