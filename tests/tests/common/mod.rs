//! Helpers shared by the conformance tests: the spec's model, a client pointed at a loopback
//! mock server, the arguments and the request a call should have, the responses a status row
//! describes, the canonical form of JSON examples, and the secret-leak checks.
#![allow(dead_code)] // Each test file uses a subset.

use std::error::Error;
use std::fmt::Debug;
use std::str::FromStr;
use std::sync::OnceLock;
use std::time::Duration;

use pretty_assertions::assert_eq;
use serde_json::Value;
use specgen::model::{
    HeaderValue, Operation, Parameter, ParameterLocation, PathSegment, Response, ResponseKind,
    Scalar, Service, Struct, Type, VariantKind,
};
use specgen_runtime::chrono::{DateTime, NaiveDate, SecondsFormat};
use specgen_runtime::{HeaderMap, Url, Uuid, encoding};
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

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

/// Statuses worth retrying, as documented by the generated `is_retryable`.
pub const RETRYABLE: [u16; 6] = [408, 429, 500, 502, 503, 504];

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
    operation_where(
        |operation| operation.id.wire == id,
        &format!("the id `{id}`"),
    )
}

/// The operation whose method is named `method` (`retrieve_operation`).
pub fn operation_by_method(method: &str) -> &'static Operation {
    operation_where(
        |operation| operation.id.rust == method,
        &format!("the method `{method}`"),
    )
}

fn operation_where(matches: impl Fn(&Operation) -> bool, what: &str) -> &'static Operation {
    service()
        .operations
        .iter()
        .find(|operation| matches(operation))
        .unwrap_or_else(|| panic!("the spec has no operation with {what}"))
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
pub fn struct_example(name: &str) -> Value {
    let example = struct_named(name)
        .example
        .as_deref()
        .unwrap_or_else(|| panic!("type `{name}` has no example in the spec"));
    serde_json::from_str(example)
        .unwrap_or_else(|error| panic!("the example of `{name}` is not JSON: {error}"))
}

/// The struct a row's body is; these tests serve struct examples only.
pub fn struct_name(ty: &Type) -> &str {
    match ty {
        Type::Struct(name) => name,
        other => panic!("a body of type {other:?}: these tests serve struct bodies"),
    }
}

/// The spec's JSON example of the operation's request body.
pub fn request_body_example(operation: &Operation) -> Value {
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
    path_parameters(operation)
        .map(|parameter| {
            parameter.example.as_deref().unwrap_or_else(|| {
                panic!("path parameter `{}` has no example", parameter.name.wire)
            })
        })
        .collect()
}

/// The wire names of the path parameters, in template order.
pub fn path_parameter_names(operation: &Operation) -> Vec<&str> {
    path_parameters(operation)
        .map(|parameter| parameter.name.wire.as_str())
        .collect()
}

/// The path parameters in template order (the model lists them first, in that order).
fn path_parameters(operation: &Operation) -> impl Iterator<Item = &Parameter> {
    operation
        .parameters
        .iter()
        .filter(|parameter| parameter.location == ParameterLocation::Path)
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

/// The base URL of the mock server, as the client resolves references against it.
pub fn base_url(server: &MockServer) -> Url {
    Url::parse(&server.uri()).expect("the mock server's URI is a URL")
}

/// A mock server answering every request with `template`.
pub async fn server_answering(template: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(template)
        .mount(&server)
        .await;
    server
}

/// The single request the server received.
pub async fn single_request(server: &MockServer) -> wiremock::Request {
    let mut requests = server
        .received_requests()
        .await
        .expect("request recording is on");
    assert_eq!(requests.len(), 1, "expected exactly one request");
    requests.remove(0)
}

/// The value of a header as text.
pub fn header_text<'a>(headers: &'a HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get(name)
        .map(|value| value.to_str().expect("ASCII header"))
}

/// Every value of a header, as text.
pub fn header_values<'a>(headers: &'a HeaderMap, name: &str) -> Vec<&'a str> {
    headers
        .get_all(name)
        .iter()
        .map(|value| value.to_str().expect("ASCII header"))
        .collect()
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

// ---------------------------------------------------------------------------------------------
// Calls: the arguments the spec's examples give, and the request they must produce
// ---------------------------------------------------------------------------------------------

/// Whether a call passes the optional arguments (their examples) or leaves them out.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Optional {
    /// Every optional argument that has an example gets it.
    Given,
    /// Every optional argument is `None`.
    Omitted,
}

/// The arguments of one call of an operation, read from the spec's examples.
///
/// The accessors are named after the spec (`path("publisherId")`), so that a call written
/// against them fails loudly when the spec renames or drops an argument.
#[derive(Debug, Clone, Copy)]
pub struct Arguments {
    /// The operation called.
    pub operation: &'static Operation,
    /// Whether optional arguments are given.
    pub optional: Optional,
}

impl Arguments {
    /// The arguments of `operation`, optional ones `optional`.
    pub fn new(operation: &'static Operation, optional: Optional) -> Self {
        Arguments {
            operation,
            optional,
        }
    }

    /// The argument variants worth calling `operation` with: optional arguments given, and
    /// left out when it has any.
    pub fn variants(operation: &'static Operation) -> Vec<Arguments> {
        let has_optional = operation
            .parameters
            .iter()
            .any(|parameter| !parameter.required)
            || operation.headers.iter().any(|header| {
                matches!(
                    header.value,
                    HeaderValue::Caller {
                        required: false,
                        ..
                    }
                )
            });
        let mut variants = vec![Arguments::new(operation, Optional::Given)];
        if has_optional {
            variants.push(Arguments::new(operation, Optional::Omitted));
        }
        variants
    }

    fn parameter(&self, name: &str, location: ParameterLocation) -> &'static Parameter {
        self.operation
            .parameters
            .iter()
            .find(|parameter| parameter.name.wire == name && parameter.location == location)
            .unwrap_or_else(|| {
                panic!(
                    "`{}` has no {location:?} parameter `{name}`",
                    self.operation.id.wire
                )
            })
    }

    /// The value of a parameter or header: its example when it is required or optional
    /// arguments are given.
    fn value(
        &self,
        what: &str,
        required: bool,
        example: Option<&'static str>,
    ) -> Option<&'static str> {
        match (required, self.optional) {
            (true, _) => Some(example.unwrap_or_else(|| {
                panic!(
                    "`{}`: required {what} has no example",
                    self.operation.id.wire
                )
            })),
            (false, Optional::Given) => example,
            (false, Optional::Omitted) => None,
        }
    }

    /// The example of path parameter `name`.
    pub fn path(&self, name: &str) -> &'static str {
        let parameter = self.parameter(name, ParameterLocation::Path);
        self.value(
            &format!("path parameter `{name}`"),
            true,
            parameter.example.as_deref(),
        )
        .unwrap_or_default()
    }

    /// The example of path parameter `name`, parsed as the generated argument type.
    pub fn path_as<T: FromStr>(&self, name: &str) -> T
    where
        T::Err: Debug,
    {
        let text = self.path(name);
        text.parse()
            .unwrap_or_else(|error| panic!("path parameter `{name}` = `{text}`: {error:?}"))
    }

    /// The value of the optional query parameter `name`.
    pub fn query(&self, name: &str) -> Option<&'static str> {
        let parameter = self.parameter(name, ParameterLocation::Query);
        assert!(
            !parameter.required,
            "query parameter `{name}` is required: pass `required_query`"
        );
        self.value(
            &format!("query parameter `{name}`"),
            false,
            parameter.example.as_deref(),
        )
    }

    /// The value of the required query parameter `name`.
    pub fn required_query(&self, name: &str) -> &'static str {
        let parameter = self.parameter(name, ParameterLocation::Query);
        assert!(
            parameter.required,
            "query parameter `{name}` is optional: pass `query`"
        );
        self.value(
            &format!("query parameter `{name}`"),
            true,
            parameter.example.as_deref(),
        )
        .unwrap_or_default()
    }

    /// The value of the optional caller-supplied header `name`.
    pub fn header(&self, name: &str) -> Option<&'static str> {
        let (required, example) = self.caller_header(name);
        assert!(
            !required,
            "header `{name}` is required: pass `required_header`"
        );
        self.value(&format!("header `{name}`"), false, example)
    }

    /// The value of the required caller-supplied header `name`.
    pub fn required_header(&self, name: &str) -> &'static str {
        let (required, example) = self.caller_header(name);
        assert!(required, "header `{name}` is optional: pass `header`");
        self.value(&format!("header `{name}`"), true, example)
            .unwrap_or_default()
    }

    fn caller_header(&self, name: &str) -> (bool, Option<&'static str>) {
        let header = self
            .operation
            .headers
            .iter()
            .find(|header| header.name.wire.eq_ignore_ascii_case(name))
            .unwrap_or_else(|| panic!("`{}` has no header `{name}`", self.operation.id.wire));
        match &header.value {
            HeaderValue::Caller {
                required, example, ..
            } => (*required, example.as_deref()),
            other => panic!("header `{name}` is not the caller's to give: {other:?}"),
        }
    }

    /// The request body: the spec's example, deserialized into the generated type.
    pub fn body<T: specgen_runtime::serde::de::DeserializeOwned>(&self) -> T {
        serde_json::from_value(request_body_example(self.operation)).unwrap_or_else(|error| {
            panic!(
                "the request example of `{}` does not deserialize into {}: {error}",
                self.operation.id.wire,
                std::any::type_name::<T>()
            )
        })
    }

    /// The query the call must send: the API version, then each query parameter that has a
    /// value, sorted.
    pub fn expected_query(&self) -> Vec<(String, String)> {
        let mut query = Vec::new();
        if let Some(api_version) = &service().api_version {
            query.push((api_version.name.clone(), api_version.value.clone()));
        }
        for parameter in &self.operation.parameters {
            if parameter.location != ParameterLocation::Query {
                continue;
            }
            let what = format!("query parameter `{}`", parameter.name.wire);
            if let Some(value) = self.value(&what, parameter.required, parameter.example.as_deref())
            {
                query.push((parameter.name.wire.clone(), value.to_owned()));
            }
        }
        query.sort();
        query
    }

    /// The values each declared request header must have on the wire (none: absent).
    pub fn expected_headers(&self) -> Vec<(&'static str, Vec<String>)> {
        self.operation
            .headers
            .iter()
            .map(|header| {
                let values = match &header.value {
                    HeaderValue::Fixed(value) => vec![value.clone()],
                    HeaderValue::Auth => vec![format!("Bearer {SECRET}")],
                    HeaderValue::Caller {
                        required, example, ..
                    } => {
                        let what = format!("header `{}`", header.name.wire);
                        self.value(&what, *required, example.as_deref())
                            .map(str::to_owned)
                            .into_iter()
                            .collect()
                    }
                };
                (header.name.wire.as_str(), values)
            })
            .collect()
    }
}

/// Checks a request against what the spec says a call with `arguments` sends: the method,
/// the path (the template with the examples, each one segment), the query (the API version
/// and the query parameters that have a value), every declared header (fixed, bearer token,
/// caller-supplied or absent), and the body (the request example in its canonical form, or
/// nothing). Returns the changes from the request example to what was sent.
pub fn check_request(arguments: &Arguments, request: &wiremock::Request) -> Vec<String> {
    let operation = arguments.operation;
    let id = &operation.id.wire;
    assert_eq!(
        request.method.as_str(),
        operation.method.as_str(),
        "`{id}`: method"
    );
    assert_eq!(
        request.url.path(),
        expected_path(operation, &path_examples(operation)),
        "`{id}`: path"
    );
    let mut query: Vec<(String, String)> = request.url.query_pairs().into_owned().collect();
    query.sort();
    assert_eq!(
        query,
        arguments.expected_query(),
        "`{id}` ({:?} optional arguments): query",
        arguments.optional
    );
    assert_eq!(request.url.fragment(), None, "`{id}`: fragment");
    for (name, expected) in arguments.expected_headers() {
        assert_eq!(
            header_values(&request.headers, name),
            expected,
            "`{id}` ({:?} optional arguments): request header `{name}`",
            arguments.optional
        );
    }
    assert_eq!(
        header_values(&request.headers, "authorization"),
        vec![format!("Bearer {SECRET}")],
        "`{id}`: the bearer token"
    );
    match &operation.body {
        Some(body) => {
            let received: Value = serde_json::from_slice(&request.body)
                .unwrap_or_else(|error| panic!("`{id}`: the request body is not JSON: {error}"));
            let example = canonical(&body.ty, &request_body_example(operation));
            assert_eq!(received, example.value, "`{id}`: request body");
            example.changes
        }
        None => {
            assert!(
                request.body.is_empty(),
                "`{id}` has no request body, but sent {} bytes",
                request.body.len()
            );
            Vec::new()
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Responses: what a status row describes
// ---------------------------------------------------------------------------------------------

/// A response header a row declares: wire name, type and the spec's example value.
pub type SpecHeader = (&'static str, Scalar, String);

/// The headers a row declares, with the spec's example values.
pub fn row_headers(operation: &'static Operation, row: &Response) -> Vec<SpecHeader> {
    row.headers
        .iter()
        .map(|&index| {
            let header = &operation.response_headers[index];
            let example = header
                .example
                .clone()
                .unwrap_or_else(|| panic!("response header `{}` has no example", header.name.wire));
            (header.name.wire.as_str(), header.ty, example)
        })
        .collect()
}

/// The status that the tests answer for `row`: one that selects it, its code for a row of one
/// status (see [`Operation::status_for`]).
pub fn status_of(operation: &Operation, row: &Response) -> u16 {
    operation.status_for(row).unwrap_or_else(|| {
        panic!(
            "`{}`: no status selects the {} row",
            operation.id.wire, row.code
        )
    })
}

/// A response for `row`: its status, the extra header, its declared headers with their
/// examples, and `body`.
pub fn row_template(
    operation: &'static Operation,
    row: &Response,
    body: Option<&[u8]>,
) -> ResponseTemplate {
    let mut template = ResponseTemplate::new(status_of(operation, row))
        .insert_header(EXTRA_HEADER.0, EXTRA_HEADER.1);
    for (name, _, example) in row_headers(operation, row) {
        template = template.insert_header(name, example.as_str());
    }
    if let Some(body) = body {
        template = template.set_body_raw(body.to_vec(), "application/json");
    }
    template
}

/// A JSON example of a body, with where the spec gives it.
#[derive(Debug, Clone)]
pub struct BodyExample {
    /// The example as the spec writes it.
    pub text: &'static str,
    /// Where it comes from: `row`, `type`, or the operation and row (or request body) it is
    /// borrowed from.
    pub source: String,
}

impl BodyExample {
    /// The example as JSON.
    pub fn value(&self) -> Value {
        serde_json::from_str(self.text).expect("the spec's examples are JSON")
    }
}

/// The example body of a row: the row's own example, else the example of its body type, else
/// the first example of the same type elsewhere in the spec (another row's, then a request
/// body's): the reference pages show one sample where several URLs answer the same body.
pub fn body_example(operation: &'static Operation, row: &'static Response) -> Option<BodyExample> {
    let ty = row.body.as_ref()?;
    if let Some(text) = row.example.as_deref() {
        return Some(BodyExample {
            text,
            source: "row".to_owned(),
        });
    }
    if let Type::Struct(name) = ty
        && let Some(text) = struct_named(name).example.as_deref()
    {
        return Some(BodyExample {
            text,
            source: "type".to_owned(),
        });
    }
    let operations = std::iter::once(operation).chain(service().operations.iter());
    for other in operations.clone() {
        for other_row in &other.responses {
            if other_row.body.as_ref() == Some(ty)
                && let Some(text) = other_row.example.as_deref()
            {
                return Some(BodyExample {
                    text,
                    source: format!("{} {}", other.id.wire, other_row.code),
                });
            }
        }
    }
    for other in operations {
        if let Some(body) = &other.body
            && body.ty == *ty
            && let Some(text) = body.example.as_deref()
        {
            return Some(BodyExample {
                text,
                source: format!("{} request", other.id.wire),
            });
        }
    }
    None
}

/// A header example in the form the generated code's typed value writes it: a `url` parsed,
/// a `url-reference` resolved against `base_url`, a GUID in lower case, and so on.
pub fn header_wire_form(ty: Scalar, example: &str, base_url: &Url) -> String {
    match ty {
        Scalar::UrlReference => base_url
            .join(example)
            .unwrap_or_else(|error| panic!("`{example}` is not a URL reference: {error}"))
            .to_string(),
        _ => match canonical_scalar(ty, &Value::String(example.to_owned())) {
            Value::String(text) => text,
            other => other.to_string(),
        },
    }
}

// ---------------------------------------------------------------------------------------------
// The canonical form of JSON: what a typed value serializes back to
// ---------------------------------------------------------------------------------------------

/// A JSON value in the form the generated types serialize it, with what had to change.
#[derive(Debug, Clone, PartialEq)]
pub struct Canonical {
    /// The value, canonical.
    pub value: Value,
    /// Each change from the example, as `<JSON pointer>: <why>`; empty when the example
    /// round-trips exactly.
    pub changes: Vec<String>,
}

/// The form a value of type `ty` takes once read into the generated types and written back,
/// following the rules of `spec/README.md` ("How a property becomes a field", the scalar
/// types): an optional collection that is empty is left out, an optional property that is
/// `null` is left out, enumeration values are written as the spec lists them, date-times in
/// RFC 3339 with `Z` for UTC and as many fraction digits as needed (0, 3, 6 or 9), GUIDs in
/// lower case, URLs parsed, e-mail lists joined with `,`.
pub fn canonical(ty: &Type, value: &Value) -> Canonical {
    let mut changes = Vec::new();
    let value = canonical_at(ty, value, "", &mut changes);
    Canonical { value, changes }
}

fn canonical_at(ty: &Type, value: &Value, pointer: &str, changes: &mut Vec<String>) -> Value {
    let canonical = match (ty, value) {
        (Type::Scalar(scalar), value) => canonical_scalar(*scalar, value),
        (Type::Nullable(_), Value::Null) => Value::Null,
        (Type::Nullable(item), value) => return canonical_at(item, value, pointer, changes),
        (Type::List(item), Value::Array(items)) => Value::Array(
            items
                .iter()
                .enumerate()
                .map(|(index, item_value)| {
                    canonical_at(item, item_value, &format!("{pointer}/{index}"), changes)
                })
                .collect(),
        ),
        (Type::Map(item), Value::Object(members)) => Value::Object(
            members
                .iter()
                .map(|(key, member)| {
                    let value = canonical_at(item, member, &format!("{pointer}/{key}"), changes);
                    (key.clone(), value)
                })
                .collect(),
        ),
        (Type::Enum(name), Value::String(text)) => {
            let enumeration = service()
                .enums
                .iter()
                .find(|enumeration| enumeration.name.rust == *name)
                .unwrap_or_else(|| panic!("the spec has no enumeration `{name}`"));
            let listed = enumeration
                .values
                .iter()
                .find(|listed| listed.name.wire.eq_ignore_ascii_case(text));
            Value::String(listed.map_or_else(|| text.clone(), |listed| listed.name.wire.clone()))
        }
        (Type::Struct(name), Value::Object(members)) => {
            let declared = struct_named(name);
            let mut object = serde_json::Map::new();
            for (key, member) in members {
                let at = format!("{pointer}/{key}");
                let Some(field) = declared.fields.iter().find(|field| field.name.wire == *key)
                else {
                    // A member no property declares is kept, as a value of the additional type.
                    let additional = declared.additional.as_ref();
                    let additional = additional
                        .unwrap_or_else(|| panic!("`{name}` has no property `{key}` ({pointer})"));
                    object.insert(key.clone(), canonical_at(additional, member, &at, changes));
                    continue;
                };
                if field.read_only {
                    changes.push(format!("{at}: a read-only member is not sent back"));
                    continue;
                }
                if member.is_null() && !field.required {
                    changes.push(format!("{at}: an optional `null` is left out"));
                    continue;
                }
                let value = canonical_at(&field.ty, member, &at, changes);
                let collection = matches!(
                    field.ty,
                    Type::List(_) | Type::Map(_) | Type::Scalar(Scalar::EmailList)
                );
                let empty = match &value {
                    Value::Array(items) => items.is_empty(),
                    Value::Object(members) => members.is_empty(),
                    Value::String(text) => text.is_empty(),
                    _ => false,
                };
                if collection && empty && !field.required && !field.nullable {
                    changes.push(format!("{at}: an empty optional collection is left out"));
                    continue;
                }
                object.insert(key.clone(), value);
            }
            return Value::Object(object);
        }
        (Type::Union(name), value) => {
            let ty = union_variant(name, value)
                .unwrap_or_else(|| panic!("{pointer}: {value} is none of `{name}`'s variants"));
            return match ty {
                Some(ty) => canonical_at(&ty, value, pointer, changes),
                // A literal is written as it is.
                None => value.clone(),
            };
        }
        (ty, value) => panic!("{pointer}: {value} is not a {ty:?}"),
    };
    // Containers are rebuilt from their members, which note their own changes.
    if canonical != *value && matches!(ty, Type::Scalar(_) | Type::Enum(_)) {
        changes.push(format!("{pointer}: {value} is written {canonical}"));
    }
    canonical
}

/// The variant of a union (without a discriminator) that reads `value`, as spec/README.md
/// says: a literal (`Some(None)`), else the first type that holds it, an object type only when
/// it declares every member, else the first object type that holds the others.
fn union_variant(name: &str, value: &Value) -> Option<Option<Type>> {
    let union = service()
        .unions
        .iter()
        .find(|union| union.name.rust == name)
        .unwrap_or_else(|| panic!("the spec has no union `{name}`"));
    assert!(
        union.discriminator.is_none(),
        "`{name}`: discriminated unions are not read here"
    );
    if union
        .variants
        .iter()
        .any(|v| v.literal().is_some_and(|l| l.matches(value)))
    {
        return Some(None);
    }
    let typed: Vec<&Type> = union
        .reading_order()
        .filter_map(|v| match &v.kind {
            VariantKind::Type(ty) => Some(ty),
            VariantKind::Literal(_) => None,
        })
        .collect();
    let exact = typed.iter().find(|ty| holds(ty, value, true));
    let found = exact.or_else(|| typed.iter().find(|ty| holds(ty, value, false)));
    found.map(|ty| Some((*ty).clone()))
}

/// Whether a value of `ty` reads `value`, by its JSON shape (and, `exact`, an object type only
/// when it declares every member).
fn holds(ty: &Type, value: &Value, exact: bool) -> bool {
    match (ty, value) {
        (Type::Scalar(Scalar::Json), _) | (Type::Nullable(_), Value::Null) => true,
        (Type::Nullable(item), value) => holds(item, value, exact),
        (Type::Scalar(scalar), value) => match value {
            Value::String(_) => {
                !matches!(scalar, Scalar::Boolean) && scalar.integer_range().is_none()
            }
            Value::Number(_) => {
                scalar.integer_range().is_some()
                    || matches!(scalar, Scalar::Float32 | Scalar::Float64 | Scalar::Decimal)
            }
            Value::Bool(_) => *scalar == Scalar::Boolean,
            _ => false,
        },
        (Type::Enum(_), Value::String(_)) | (Type::List(_), Value::Array(_)) => true,
        (Type::Map(_), Value::Object(_)) => true,
        (Type::Union(name), value) => union_variant(name, value).is_some(),
        (Type::Struct(name), Value::Object(members)) => {
            let declared = struct_named(name);
            let known = |key: &String| declared.fields.iter().any(|f| f.name.wire == *key);
            let required = declared
                .fields
                .iter()
                .filter(|f| f.required && !f.read_only);
            required.clone().all(|f| members.contains_key(&f.name.wire))
                && (!exact || declared.additional.is_some() || members.keys().all(known))
        }
        _ => false,
    }
}

/// A scalar's canonical JSON form.
fn canonical_scalar(scalar: Scalar, value: &Value) -> Value {
    // A decimal is written as a number, a quoted number or boolean as a string, lower case.
    match (scalar, value) {
        (Scalar::Decimal, Value::String(text)) => {
            return serde_json::from_str(text.trim())
                .unwrap_or_else(|error| panic!("`{text}` is not a decimal: {error}"));
        }
        (Scalar::Quoted(Scalar::Boolean), Value::String(text)) => {
            return Value::String(text.trim().to_ascii_lowercase());
        }
        (Scalar::Quoted(_), Value::Number(_) | Value::Bool(_)) => {
            return Value::String(value.to_string());
        }
        _ => {}
    }
    let Value::String(text) = value else {
        return value.clone();
    };
    let canonical = match scalar {
        Scalar::DateTime => DateTime::parse_from_rfc3339(text)
            .unwrap_or_else(|error| panic!("`{text}` is not RFC 3339: {error}"))
            .to_rfc3339_opts(SecondsFormat::AutoSi, true),
        Scalar::Date => NaiveDate::parse_from_str(text, "%Y-%m-%d")
            .unwrap_or_else(|error| panic!("`{text}` is not a date: {error}"))
            .to_string(),
        Scalar::Guid => Uuid::parse_str(text)
            .unwrap_or_else(|error| panic!("`{text}` is not a GUID: {error}"))
            .to_string(),
        Scalar::Url => Url::parse(text)
            .unwrap_or_else(|error| panic!("`{text}` is not a URL: {error}"))
            .to_string(),
        Scalar::EmailList => text
            .split(',')
            .map(str::trim)
            .filter(|address| !address.is_empty())
            .collect::<Vec<_>>()
            .join(","),
        Scalar::String
        | Scalar::Integer
        | Scalar::Int8
        | Scalar::Int16
        | Scalar::Int32
        | Scalar::Uint8
        | Scalar::Uint16
        | Scalar::Uint32
        | Scalar::Uint64
        | Scalar::SafeInt
        | Scalar::Float32
        | Scalar::Float64
        | Scalar::Decimal
        | Scalar::Quoted(_)
        | Scalar::PlainTime
        | Scalar::PlainDateTime
        | Scalar::Boolean
        | Scalar::UrlReference
        | Scalar::HttpDate
        | Scalar::Json
        // Numbers on the wire: no string to rewrite.
        | Scalar::DurationConstant
        | Scalar::DurationSeconds
        | Scalar::DurationSecondsFloat
        | Scalar::DurationMilliseconds
        | Scalar::DurationMillisecondsFloat
        | Scalar::UnixTimestamp => text.clone(),
        // The forms the client writes: base64 with padding, base64url without, ISO 8601 in
        // days, hours, minutes and seconds.
        Scalar::Bytes => encoding::Base64::text(&encoding::Base64::parse(text).unwrap_or_else(
            |error| panic!("`{text}`: {error}"),
        )),
        Scalar::BytesBase64Url => encoding::Base64Url::text(
            &encoding::Base64Url::parse(text).unwrap_or_else(|error| panic!("`{text}`: {error}")),
        ),
        Scalar::Duration => encoding::Iso8601::text(
            &encoding::Iso8601::parse(text).unwrap_or_else(|error| panic!("`{text}`: {error}")),
        ),
    };
    Value::String(canonical)
}

/// Whether `row` is an error row with a body, whose empty and blank bodies are worth serving
/// too (they read as `None`).
pub fn error_row_with_body(row: &Response) -> bool {
    row.kind == ResponseKind::Error && row.body.is_some()
}
