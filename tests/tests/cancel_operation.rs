//! Conformance of `Client::cancel_operation` to `spec/operations/cancel-operation.yaml`, on a
//! loopback mock server.
//!
//! The expectations are read from the spec's model (`specgen::check`): the method, the path
//! template, the API version, the fixed headers, the request example and every row of the
//! status table with its headers, body type and examples. A row added to the spec is tested
//! by `every_status_row_maps_to_its_variant` without new test code (it fails until the
//! generated variant's typed fields are listed in `success_headers` / `error_body`).
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::collections::BTreeSet;
use std::future::Future;
use std::net::TcpListener;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use cloud_partner_portal::{
    CancelOperationError, CancelOperationRequest, CancelOperationRequestMetadata,
    CancelOperationResponse, Client, DecodeErrorKind, ErrorResponse, RequestError, Token,
    TokenProvider, Url,
};
use pretty_assertions::assert_eq;
use specgen::model::{HeaderValue, Operation, Response, ResponseKind, Scalar};
use specgen_runtime::BoxError;
use wiremock::matchers::any;
use wiremock::{Mock, MockServer, ResponseTemplate};

use common::{EXTRA_HEADER, SECRET};

/// The operation's id in the spec.
const OPERATION: &str = "cancel-operation";

/// Statuses worth retrying, as documented by `is_retryable`.
const RETRYABLE: [u16; 6] = [408, 429, 500, 502, 503, 504];

fn op() -> &'static Operation {
    common::operation(OPERATION)
}

/// The request value of the spec's example body.
fn example_request() -> CancelOperationRequest {
    serde_json::from_value(common::request_body_example(op()))
        .expect("the spec's request example deserializes into CancelOperationRequest")
}

/// The spec's example path parameters, as the two arguments of `cancel_operation`.
fn example_ids() -> (&'static str, &'static str) {
    match common::path_examples(op()).as_slice() {
        [publisher_id, offer_id] => (publisher_id, offer_id),
        other => panic!("cancel_operation takes 2 path parameters, the spec has {other:?}"),
    }
}

/// A mock server answering every request with `template`.
async fn server_answering(template: ResponseTemplate) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(any())
        .respond_with(template)
        .mount(&server)
        .await;
    server
}

/// Calls the operation with the spec's example ids and body.
async fn call_example(client: &Client) -> Result<CancelOperationResponse, CancelOperationError> {
    let (publisher_id, offer_id) = example_ids();
    client
        .cancel_operation(publisher_id, offer_id, &example_request())
        .await
}

/// Expects an error, checking that it does not show the token.
fn expect_error(
    result: Result<CancelOperationResponse, CancelOperationError>,
) -> CancelOperationError {
    match result {
        Ok(response) => panic!("expected an error, got Ok({response:?})"),
        Err(error) => {
            common::assert_error_redacted(&error);
            error
        }
    }
}

/// The single request the server received.
async fn single_request(server: &MockServer) -> wiremock::Request {
    let mut requests = server
        .received_requests()
        .await
        .expect("request recording is on");
    assert_eq!(requests.len(), 1, "expected exactly one request");
    requests.remove(0)
}

/// The value of a response header as text.
fn header_text<'a>(headers: &'a specgen_runtime::HeaderMap, name: &str) -> Option<&'a str> {
    headers
        .get(name)
        .map(|value| value.to_str().expect("ASCII header"))
}

// ---------------------------------------------------------------------------------------------
// Request side
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn request_has_the_spec_method_path_query_headers_and_body() {
    let service = common::service();
    let operation = op();
    let server = server_answering(ResponseTemplate::new(200)).await;
    let client = common::client(&server);
    let example = common::request_body_example(operation);
    let ids = common::path_examples(operation);

    let result = call_example(&client).await;
    assert!(result.is_ok(), "{result:?}");
    let request = single_request(&server).await;

    // Method.
    assert_eq!(request.method.as_str(), operation.method.as_str());

    // Path: the template with the example ids.
    let path = common::expected_path(operation, &ids);
    assert_eq!(
        path, "/api/publishers/contoso/offers/contoso-virtualmachineoffer/cancel",
        "the spec's template and examples changed"
    );
    assert_eq!(request.url.path(), path);

    // Query: exactly the service's API version (the operation has no query parameter).
    let api_version = service
        .api_version
        .as_ref()
        .expect("the service has an API version");
    assert_eq!(api_version.value, "2017-10-31");
    assert!(
        operation
            .parameters
            .iter()
            .all(|parameter| parameter.location == specgen::model::ParameterLocation::Path),
        "a query parameter was added to the spec: test it here"
    );
    let query: Vec<(String, String)> = request.url.query_pairs().into_owned().collect();
    assert_eq!(
        query,
        vec![(api_version.name.clone(), api_version.value.clone())]
    );
    assert_eq!(request.url.query(), Some("api-version=2017-10-31"));
    assert_eq!(request.url.fragment(), None);

    // Headers: each fixed header of the spec once, and the bearer token.
    assert!(!operation.headers.is_empty());
    for header in &operation.headers {
        let name = header.name.wire.as_str();
        let values: Vec<&str> = request
            .headers
            .get_all(name)
            .iter()
            .map(|value| value.to_str().unwrap())
            .collect();
        let expected = match &header.value {
            HeaderValue::Fixed(value) => value.clone(),
            HeaderValue::Auth => format!("Bearer {SECRET}"),
            HeaderValue::Caller { .. } => {
                panic!("header `{name}` is a caller's argument: no mapping in this test")
            }
        };
        assert_eq!(values, vec![expected.as_str()], "request header `{name}`");
    }
    assert_eq!(
        header_text(&request.headers, "content-type"),
        Some("application/json")
    );
    assert_eq!(
        header_text(&request.headers, "authorization"),
        Some(format!("Bearer {SECRET}").as_str())
    );

    // Body: the spec's example, as JSON.
    let received: serde_json::Value =
        serde_json::from_slice(&request.body).expect("the request body is JSON");
    assert_eq!(received, example);
}

#[tokio::test]
async fn notification_emails_are_one_comma_separated_string_on_the_wire() {
    // The spec types the field as an e-mail list, comma-separated on the wire.
    let metadata = common::struct_named("CancelOperationRequestMetadata");
    let field = metadata
        .fields
        .iter()
        .find(|field| field.name.wire == "notification-emails")
        .expect("metadata has notification-emails");
    assert_eq!(
        field.ty,
        specgen::model::Type::Scalar(Scalar::EmailList),
        "notification-emails is no longer an email-list"
    );

    let server = server_answering(ResponseTemplate::new(200)).await;
    let client = common::client(&server);
    let body = CancelOperationRequest {
        metadata: CancelOperationRequestMetadata {
            notification_emails: vec![
                "a@contoso.com".parse().unwrap(),
                "b@contoso.com".parse().unwrap(),
            ],
        },
    };
    let (publisher_id, offer_id) = example_ids();
    let result = client.cancel_operation(publisher_id, offer_id, &body).await;
    assert!(result.is_ok(), "{result:?}");

    let request = single_request(&server).await;
    let received: serde_json::Value = serde_json::from_slice(&request.body).unwrap();
    assert_eq!(
        received,
        serde_json::json!({"metadata": {"notification-emails": "a@contoso.com,b@contoso.com"}})
    );
}

#[tokio::test]
async fn path_parameters_are_percent_encoded_as_one_segment_each() {
    let operation = op();
    let cases: [(&str, &str, &str); 3] = [
        (
            "a/b?c#d%e f",
            "contoso-virtualmachineoffer",
            "/api/publishers/a%2Fb%3Fc%23d%25e%20f/offers/contoso-virtualmachineoffer/cancel",
        ),
        (
            "ünïcødé",
            "offer/../x y",
            "/api/publishers/%C3%BCn%C3%AFc%C3%B8d%C3%A9/offers/offer%2F..%2Fx%20y/cancel",
        ),
        (
            "contoso",
            "日本+&=;",
            "/api/publishers/contoso/offers/%E6%97%A5%E6%9C%AC%2B%26%3D%3B/cancel",
        ),
    ];
    let template_segments = operation.path_template.split('/').count();
    for (publisher_id, offer_id, raw_path) in cases {
        let server = server_answering(ResponseTemplate::new(200)).await;
        let client = common::client(&server);
        let result = client
            .cancel_operation(publisher_id, offer_id, &example_request())
            .await;
        assert!(result.is_ok(), "{publisher_id:?}/{offer_id:?}: {result:?}");
        let request = single_request(&server).await;

        assert_eq!(request.url.path(), raw_path);
        assert_eq!(
            request.url.path(),
            common::expected_path(operation, &[publisher_id, offer_id])
        );
        // One segment per template segment, each decoding back to its value.
        assert_eq!(request.url.path().split('/').count(), template_segments);
        let segments: Vec<String> = request
            .url
            .path_segments()
            .unwrap()
            .map(percent_decode)
            .collect();
        assert_eq!(segments[2], publisher_id);
        assert_eq!(segments[4], offer_id);
        // Nothing leaked into the query or a fragment.
        assert_eq!(request.url.query(), Some("api-version=2017-10-31"));
    }
}

/// Decodes `%XX` escapes (UTF-8), independently of the runtime.
fn percent_decode(segment: &str) -> String {
    let bytes = segment.as_bytes();
    let mut decoded = Vec::with_capacity(bytes.len());
    let mut index = 0;
    while index < bytes.len() {
        if bytes[index] == b'%' {
            let hex = std::str::from_utf8(&bytes[index + 1..index + 3]).unwrap();
            decoded.push(u8::from_str_radix(hex, 16).unwrap());
            index += 3;
        } else {
            decoded.push(bytes[index]);
            index += 1;
        }
    }
    String::from_utf8(decoded).unwrap()
}

#[tokio::test]
async fn base_url_path_prefix_is_kept() {
    let operation = op();
    let server = server_answering(ResponseTemplate::new(200)).await;
    let client = common::client_at(&format!("{}/prefix/", server.uri()));
    let result = call_example(&client).await;
    assert!(result.is_ok(), "{result:?}");
    let request = single_request(&server).await;
    assert_eq!(
        request.url.path(),
        format!(
            "/prefix{}",
            common::expected_path(operation, &common::path_examples(operation))
        )
    );
}

#[tokio::test]
async fn empty_path_parameter_is_refused_before_sending() {
    let operation = op();
    let names = common::path_parameter_names(operation);
    let (publisher_id, offer_id) = example_ids();
    let server = server_answering(ResponseTemplate::new(200)).await;
    let client = common::client(&server);
    for (index, (publisher_id, offer_id)) in
        [("", offer_id), (publisher_id, "")].into_iter().enumerate()
    {
        let error = expect_error(
            client
                .cancel_operation(publisher_id, offer_id, &example_request())
                .await,
        );
        match &error {
            CancelOperationError::InvalidRequest(RequestError::EmptyPathParameter { name }) => {
                assert_eq!(*name, names[index]);
            }
            other => panic!("expected InvalidRequest(EmptyPathParameter), got {other:?}"),
        }
        assert!(error.to_string().contains(names[index]), "{error}");
        assert_eq!(error.status(), None);
        assert!(error.response().is_none());
        assert!(!error.is_retryable());
    }
    let requests = server.received_requests().await.unwrap();
    assert_eq!(requests.len(), 0, "a refused request reached the server");
}

// ---------------------------------------------------------------------------------------------
// Response side: the status table
// ---------------------------------------------------------------------------------------------

/// The typed headers of a success variant, by wire name, as text. Exhaustive: a new success
/// variant does not compile until it is listed.
fn success_headers(response: &CancelOperationResponse) -> Vec<(&'static str, String)> {
    match response {
        CancelOperationResponse::Canceled => vec![],
        CancelOperationResponse::Accepted { operation_location } => {
            vec![("Operation-Location", operation_location.to_string())]
        }
    }
}

/// The typed body of an error variant: `None` when the variant has no `body` field.
fn error_body(error: &CancelOperationError) -> Option<Option<&ErrorResponse>> {
    match error {
        CancelOperationError::BadRequest { body, .. }
        | CancelOperationError::Forbidden { body, .. }
        | CancelOperationError::NotFound { body, .. } => Some(body.as_ref()),
        _ => None,
    }
}

/// A header value the spec gives as an example, normalized as its type parses it.
fn normalized(ty: Scalar, example: &str) -> String {
    match ty {
        Scalar::Url => Url::parse(example)
            .expect("the spec's URL example parses")
            .to_string(),
        _ => example.to_owned(),
    }
}

/// A response header a row declares: wire name, type and the spec's example value.
type SpecHeader = (&'static str, Scalar, String);

/// The headers a row declares, with the spec's example values.
fn row_headers(operation: &'static Operation, row: &Response) -> Vec<SpecHeader> {
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

/// A response for `row`: its status, the extra header, its declared headers with their
/// examples, and `body`.
fn row_template(
    operation: &'static Operation,
    row: &Response,
    body: Option<&[u8]>,
) -> ResponseTemplate {
    let mut template =
        ResponseTemplate::new(row.code).insert_header(EXTRA_HEADER.0, EXTRA_HEADER.1);
    for (name, _, example) in row_headers(operation, row) {
        template = template.insert_header(name, example.as_str());
    }
    if let Some(body) = body {
        template = template.set_body_raw(body.to_vec(), "application/json");
    }
    template
}

fn check_success_row(
    operation: &'static Operation,
    row: &Response,
    response: &CancelOperationResponse,
) {
    let debug = format!("{response:?}");
    assert_eq!(
        common::leading_identifier(&debug),
        row.variant.rust,
        "status {} gave {debug}",
        row.code
    );
    assert!(
        row.body.is_none(),
        "row {} declares a body: map the success variant's typed body in this test",
        row.code
    );
    // Every declared header is typed, with the example's value; nothing else is.
    let mut typed = success_headers(response);
    typed.sort();
    let mut declared: Vec<(&str, String)> = row_headers(operation, row)
        .into_iter()
        .map(|(name, ty, example)| (name, normalized(ty, &example)))
        .collect();
    declared.sort();
    assert_eq!(typed, declared, "typed headers of status {}", row.code);
    if let CancelOperationResponse::Accepted { operation_location } = response {
        let example = row_headers(operation, row)
            .into_iter()
            .find(|(name, _, _)| name.eq_ignore_ascii_case("Operation-Location"))
            .map(|(_, _, example)| example)
            .expect("the Accepted row declares Operation-Location");
        assert_eq!(operation_location, &Url::parse(&example).unwrap());
        assert_eq!(operation_location.as_str(), example);
    }
}

fn check_error_row(
    operation: &'static Operation,
    row: &Response,
    served_body: Option<&[u8]>,
    error: &CancelOperationError,
) {
    let debug = format!("{error:?}");
    assert_eq!(
        common::leading_identifier(&debug),
        row.variant.rust,
        "status {} gave {debug}",
        row.code
    );
    assert_eq!(error.status().map(|status| status.as_u16()), Some(row.code));
    assert_eq!(error.is_retryable(), RETRYABLE.contains(&row.code));

    // The response is kept: status, headers and body bytes.
    let response = error.response().expect("an error row keeps its response");
    assert_eq!(response.status.as_u16(), row.code);
    assert_eq!(
        header_text(&response.headers, EXTRA_HEADER.0),
        Some(EXTRA_HEADER.1)
    );
    for (name, _, example) in row_headers(operation, row) {
        assert_eq!(
            header_text(&response.headers, name),
            Some(example.as_str()),
            "header `{name}` of status {}",
            row.code
        );
    }
    assert_eq!(&response.body[..], served_body.unwrap_or_default());

    // The typed body: the example when served, None when the body is empty.
    match row.body.as_ref().map(common::struct_name) {
        Some(type_name) => {
            let typed = error_body(error).unwrap_or_else(|| {
                panic!(
                    "row {} declares a {type_name} body: map its variant in `error_body`",
                    row.code
                )
            });
            match served_body {
                Some(blank) if blank.iter().all(u8::is_ascii_whitespace) => {
                    assert_eq!(typed, None, "status {}: blank body", row.code);
                }
                Some(_) => {
                    let example = common::struct_example(type_name);
                    let typed = typed.unwrap_or_else(|| {
                        panic!("status {}: the served body was not decoded", row.code)
                    });
                    assert_eq!(serde_json::to_value(typed).unwrap(), example);
                    assert_eq!(
                        *typed,
                        serde_json::from_value::<ErrorResponse>(example).unwrap()
                    );
                }
                None => assert_eq!(typed, None, "status {}: empty body", row.code),
            }
        }
        None => assert!(
            error_body(error).is_none(),
            "row {} declares no body but its variant has one",
            row.code
        ),
    }

    // Its message quotes the spec's description of the row.
    let display = error.to_string();
    assert!(
        display.contains(&row.description.default),
        "the message of status {} does not quote the spec: {display}",
        row.code
    );
}

#[tokio::test]
async fn every_status_row_maps_to_its_variant() {
    let operation = op();
    let server = MockServer::start().await;
    let client = common::client(&server);
    let mut covered = BTreeSet::new();

    for row in &operation.responses {
        // The body type's example when the row declares one; then, for an error row with a
        // body, an empty and a blank body too.
        let example = row
            .body
            .as_ref()
            .map(common::struct_name)
            .map(|type_name| serde_json::to_vec(&common::struct_example(type_name)).unwrap());
        let mut bodies = vec![example.clone()];
        if example.is_some() && row.kind == ResponseKind::Error {
            bodies.push(None);
            bodies.push(Some(b" \r\n".to_vec()));
        }
        for body in bodies {
            server.reset().await;
            Mock::given(any())
                .respond_with(row_template(operation, row, body.as_deref()))
                .mount(&server)
                .await;
            let result = call_example(&client).await;
            match (row.kind, &result) {
                (ResponseKind::Success, Ok(response)) => {
                    check_success_row(operation, row, response);
                }
                (ResponseKind::Error, Err(error)) => {
                    common::assert_error_redacted(error);
                    check_error_row(operation, row, body.as_deref(), error);
                }
                (kind, result) => {
                    panic!("status {} is a {kind:?} row, got {result:?}", row.code)
                }
            }
        }
        covered.insert(row.code);
    }

    let spec_codes: BTreeSet<u16> = operation.responses.iter().map(|row| row.code).collect();
    assert_eq!(covered, spec_codes);
    assert_eq!(covered.len(), operation.responses.len());
    for code in [200, 202, 400, 403, 404] {
        assert!(covered.contains(&code), "status {code} was not covered");
    }
    assert!(covered.len() >= 5, "covered {} rows", covered.len());
}

#[tokio::test]
async fn display_of_each_error_row_quotes_the_spec_description() {
    let operation = op();
    let server = MockServer::start().await;
    let client = common::client(&server);
    let mut checked = 0;
    for row in operation.rows(ResponseKind::Error) {
        server.reset().await;
        Mock::given(any())
            .respond_with(ResponseTemplate::new(row.code))
            .mount(&server)
            .await;
        let error = expect_error(call_example(&client).await);
        let display = error.to_string();
        assert!(
            display.contains(&row.description.default),
            "status {}: `{display}` does not contain `{}`",
            row.code,
            row.description.default
        );
        assert!(
            display.starts_with(&row.code.to_string()),
            "status {}: `{display}`",
            row.code
        );
        checked += 1;
    }
    assert_eq!(checked, operation.rows(ResponseKind::Error).count());
    assert!(checked >= 3, "the spec has 400, 403 and 404 error rows");
}

// ---------------------------------------------------------------------------------------------
// Failures
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn undocumented_status_is_unexpected_status_keeping_the_response() {
    let documented: BTreeSet<u16> = op().responses.iter().map(|row| row.code).collect();
    for code in [418u16, 500, 503] {
        assert!(!documented.contains(&code));
        let body = format!("teapot {code}");
        let server = server_answering(
            ResponseTemplate::new(code)
                .insert_header(EXTRA_HEADER.0, EXTRA_HEADER.1)
                .set_body_raw(body.clone().into_bytes(), "text/plain"),
        )
        .await;
        let client = common::client(&server);
        let error = expect_error(call_example(&client).await);
        let CancelOperationError::UnexpectedStatus { response } = &error else {
            panic!("status {code}: expected UnexpectedStatus, got {error:?}");
        };
        assert_eq!(response.status.as_u16(), code);
        assert_eq!(error.status().map(|status| status.as_u16()), Some(code));
        let kept = error.response().unwrap();
        assert_eq!(
            header_text(&kept.headers, EXTRA_HEADER.0),
            Some(EXTRA_HEADER.1)
        );
        assert_eq!(&kept.body[..], body.as_bytes());
        assert!(error.to_string().contains(&code.to_string()), "{error}");
        assert_eq!(error.is_retryable(), RETRYABLE.contains(&code), "{code}");
    }
}

#[tokio::test]
async fn retryable_for_503_but_not_for_404() {
    let server = server_answering(ResponseTemplate::new(503)).await;
    let error = expect_error(call_example(&common::client(&server)).await);
    assert!(
        matches!(error, CancelOperationError::UnexpectedStatus { .. }),
        "{error:?}"
    );
    assert!(error.is_retryable());

    let server = server_answering(ResponseTemplate::new(404)).await;
    let error = expect_error(call_example(&common::client(&server)).await);
    assert!(error.is_not_found(), "{error:?}");
    assert!(!error.is_retryable());
}

#[tokio::test]
async fn error_body_that_is_not_json_is_a_decode_error_keeping_the_response() {
    let operation = op();
    let rows: Vec<&Response> = operation
        .rows(ResponseKind::Error)
        .filter(|row| row.body.is_some())
        .collect();
    assert!(rows.iter().any(|row| row.code == 400));
    for row in rows {
        let body = b"<html>oops</html>";
        let server = server_answering(
            ResponseTemplate::new(row.code)
                .insert_header(EXTRA_HEADER.0, EXTRA_HEADER.1)
                .set_body_raw(body.to_vec(), "text/html"),
        )
        .await;
        let error = expect_error(call_example(&common::client(&server)).await);
        let CancelOperationError::Decode(decode) = &error else {
            panic!("status {}: expected Decode, got {error:?}", row.code);
        };
        assert!(
            matches!(decode.kind, DecodeErrorKind::Body(_)),
            "{decode:?}"
        );
        assert_eq!(decode.response.status.as_u16(), row.code);
        assert_eq!(&decode.response.body[..], body);
        assert_eq!(error.status().map(|status| status.as_u16()), Some(row.code));
        let kept = error.response().unwrap();
        assert_eq!(&kept.body[..], body);
        assert_eq!(
            header_text(&kept.headers, EXTRA_HEADER.0),
            Some(EXTRA_HEADER.1)
        );
        assert!(error.to_string().contains(&row.code.to_string()), "{error}");
    }
}

/// The success rows that declare headers, with the rows' header names and types.
fn success_rows_with_headers() -> Vec<(&'static Response, Vec<SpecHeader>)> {
    let operation = op();
    let rows: Vec<_> = operation
        .rows(ResponseKind::Success)
        .filter(|row| !row.headers.is_empty())
        .map(|row| (row, row_headers(operation, row)))
        .collect();
    assert!(
        rows.iter().any(|(row, _)| row.code == 202),
        "the 202 row declares Operation-Location"
    );
    rows
}

#[tokio::test]
async fn success_without_its_header_is_a_decode_error_naming_it() {
    for (row, headers) in success_rows_with_headers() {
        for (missing, _, _) in &headers {
            let mut template = ResponseTemplate::new(row.code);
            for (name, _, example) in &headers {
                if name != missing {
                    template = template.insert_header(*name, example.as_str());
                }
            }
            let server = server_answering(template).await;
            let error = expect_error(call_example(&common::client(&server)).await);
            let CancelOperationError::Decode(decode) = &error else {
                panic!("status {} without {missing}: got {error:?}", row.code);
            };
            match &decode.kind {
                DecodeErrorKind::MissingHeader { name } => {
                    assert!(name.eq_ignore_ascii_case(missing), "{name}");
                }
                other => panic!("expected MissingHeader, got {other:?}"),
            }
            assert_eq!(error.status().map(|status| status.as_u16()), Some(row.code));
            assert!(error.to_string().contains(missing), "{error}");
        }
    }
}

#[tokio::test]
async fn success_with_a_relative_url_header_is_a_decode_error() {
    let mut checked = 0;
    for (row, headers) in success_rows_with_headers() {
        for (invalid, ty, _) in &headers {
            if *ty != Scalar::Url {
                continue;
            }
            let mut template = ResponseTemplate::new(row.code);
            for (name, _, example) in &headers {
                let value = if name == invalid {
                    "/api/operations/1"
                } else {
                    example.as_str()
                };
                template = template.insert_header(*name, value);
            }
            let server = server_answering(template).await;
            let error = expect_error(call_example(&common::client(&server)).await);
            let CancelOperationError::Decode(decode) = &error else {
                panic!(
                    "status {} with a relative {invalid}: got {error:?}",
                    row.code
                );
            };
            match &decode.kind {
                DecodeErrorKind::InvalidHeader { name, reason } => {
                    assert!(name.eq_ignore_ascii_case(invalid), "{name}");
                    assert!(!reason.is_empty());
                }
                other => panic!("expected InvalidHeader, got {other:?}"),
            }
            assert_eq!(error.status().map(|status| status.as_u16()), Some(row.code));
            assert_eq!(
                header_text(&decode.response.headers, invalid),
                Some("/api/operations/1")
            );
            checked += 1;
        }
    }
    assert!(checked >= 1);
}

#[tokio::test]
async fn unreachable_server_is_a_retryable_connect_transport_error() {
    let port = {
        let listener = TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let client = common::client_at(&format!("http://127.0.0.1:{port}"));
    let error = expect_error(call_example(&client).await);
    let CancelOperationError::Transport(transport) = &error else {
        panic!("expected Transport, got {error:?}");
    };
    assert!(transport.is_connect(), "{transport:?}");
    assert!(error.is_retryable());
    assert_eq!(error.status(), None);
    assert!(error.response().is_none());
}

// ---------------------------------------------------------------------------------------------
// Security
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn client_and_builder_debug_do_not_show_the_token() {
    let server = MockServer::start().await;
    let client = common::client(&server);
    common::assert_no_secret("the client's Debug", &format!("{client:?}"));
    common::assert_no_secret("the client's Debug", &format!("{client:#?}"));
    let builder = Client::builder().bearer_token(SECRET);
    common::assert_no_secret("the builder's Debug", &format!("{builder:?}"));
    let token = Token::new(SECRET);
    common::assert_no_secret("a token's Debug", &format!("{token:?}"));
    common::assert_no_secret("a token's Display", &token.to_string());
}

/// Hands out a new token per call: `SECRET-ROTATING-1`, `SECRET-ROTATING-2`, ...
#[derive(Default)]
struct Rotating {
    calls: AtomicUsize,
}

impl TokenProvider for Rotating {
    fn token(&self) -> Pin<Box<dyn Future<Output = Result<Token, BoxError>> + Send + '_>> {
        Box::pin(async move {
            let call = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
            Ok(Token::new(format!("SECRET-ROTATING-{call}")))
        })
    }
}

#[tokio::test]
async fn token_provider_is_asked_per_request_and_its_token_is_sent() {
    let server = server_answering(ResponseTemplate::new(200)).await;
    let provider = Arc::new(Rotating::default());
    let client = Client::builder()
        .base_url(server.uri())
        .token_provider(Arc::clone(&provider))
        .build()
        .unwrap();
    common::assert_no_secret("the client's Debug", &format!("{client:?}"));
    for _ in 0..3 {
        let result = call_example(&client).await;
        assert!(result.is_ok(), "{result:?}");
    }
    assert_eq!(provider.calls.load(Ordering::SeqCst), 3);
    let authorizations: Vec<String> = server
        .received_requests()
        .await
        .unwrap()
        .iter()
        .map(|request| {
            header_text(&request.headers, "authorization")
                .unwrap()
                .to_owned()
        })
        .collect();
    assert_eq!(
        authorizations,
        vec![
            "Bearer SECRET-ROTATING-1",
            "Bearer SECRET-ROTATING-2",
            "Bearer SECRET-ROTATING-3",
        ]
    );
}

/// A provider that always fails.
struct Failing;

impl TokenProvider for Failing {
    fn token(&self) -> Pin<Box<dyn Future<Output = Result<Token, BoxError>> + Send + '_>> {
        Box::pin(async { Err(BoxError::from("no credentials")) })
    }
}

/// A provider whose token cannot be sent in a header (it has a line break).
struct Unsendable;

impl TokenProvider for Unsendable {
    fn token(&self) -> Pin<Box<dyn Future<Output = Result<Token, BoxError>> + Send + '_>> {
        Box::pin(async { Ok(Token::new(format!("{SECRET}\r\nX-Injected: 1"))) })
    }
}

#[tokio::test]
async fn unsendable_provider_token_is_refused_without_showing_it() {
    let server = server_answering(ResponseTemplate::new(200)).await;
    let client = Client::builder()
        .base_url(server.uri())
        .token_provider(Unsendable)
        .build()
        .unwrap();
    let error = expect_error(call_example(&client).await);
    assert!(
        matches!(
            error,
            CancelOperationError::InvalidRequest(RequestError::InvalidToken)
        ),
        "{error:?}"
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 0);
}

#[tokio::test]
async fn failing_token_provider_refuses_the_request_before_sending() {
    let server = server_answering(ResponseTemplate::new(200)).await;
    let client = Client::builder()
        .base_url(server.uri())
        .token_provider(Failing)
        .build()
        .unwrap();
    let error = expect_error(call_example(&client).await);
    assert!(
        matches!(
            error,
            CancelOperationError::InvalidRequest(RequestError::Token(_))
        ),
        "{error:?}"
    );
    assert!(!error.is_retryable());
    assert_eq!(server.received_requests().await.unwrap().len(), 0);
}
