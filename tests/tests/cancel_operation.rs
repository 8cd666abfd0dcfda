//! Conformance of `Client::cancel_operation` to `spec/operations/cancel-operation.yaml`, on a
//! loopback mock server: what is particular to it, or checked on it for every operation.
//!
//! `every_operation` walks every row of the status table and checks the request against the
//! spec; this file pins the spec's values of the first operation, and covers the failures
//! (undocumented status, undecodable body or header, unreachable server), the encoding of path
//! parameters and e-mail lists, and the token's handling. The expectations are read from the
//! spec's model (`specgen::check`) wherever the spec states them.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::future::Future;
use std::net::TcpListener;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

use cloud_partner_portal::{
    CancelOperationError, CancelOperationRequest, CancelOperationRequestMetadata,
    CancelOperationResponse, Client, DecodeErrorKind, Failure, RequestError, Token, TokenProvider,
};
use pretty_assertions::assert_eq;
use specgen::model::{Operation, Response, ResponseKind, Scalar};
use specgen_runtime::BoxError;
use wiremock::{MockServer, ResponseTemplate};

use common::{EXTRA_HEADER, SECRET};

/// The operation's id in the spec.
const OPERATION: &str = "cancel-operation";

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

// ---------------------------------------------------------------------------------------------
// Request side
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn request_has_the_spec_method_path_query_headers_and_body() {
    // `every_operation` checks the request of every operation against the spec; this pins
    // the spec's values for the first operation, so that a change of the spec shows here too.
    let operation = op();
    let server = common::server_answering(ResponseTemplate::new(200)).await;
    let client = common::client(&server);

    let result = call_example(&client).await;
    assert!(result.is_ok(), "{result:?}");
    let request = common::single_request(&server).await;
    let arguments = common::Arguments::new(operation, common::Optional::Given);
    let changes = common::check_request(&arguments, &request);
    assert_eq!(
        changes,
        Vec::<String>::new(),
        "the request example round-trips"
    );

    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(
        request.url.path(),
        "/api/publishers/contoso/offers/contoso-virtualmachineoffer/cancel"
    );
    assert_eq!(request.url.query(), Some("api-version=2017-10-31"));
    assert_eq!(
        common::header_text(&request.headers, "content-type"),
        Some("application/json")
    );
    assert_eq!(
        common::header_text(&request.headers, "authorization"),
        Some(format!("Bearer {SECRET}").as_str())
    );
    let received: serde_json::Value = serde_json::from_slice(&request.body).unwrap();
    assert_eq!(
        received,
        serde_json::json!({"metadata": {"notification-emails": "jondoe@contoso.com"}})
    );
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

    let server = common::server_answering(ResponseTemplate::new(200)).await;
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

    let request = common::single_request(&server).await;
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
        let server = common::server_answering(ResponseTemplate::new(200)).await;
        let client = common::client(&server);
        let result = client
            .cancel_operation(publisher_id, offer_id, &example_request())
            .await;
        assert!(result.is_ok(), "{publisher_id:?}/{offer_id:?}: {result:?}");
        let request = common::single_request(&server).await;

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
    let server = common::server_answering(ResponseTemplate::new(200)).await;
    let client = common::client_at(&format!("{}/prefix/", server.uri()));
    let result = call_example(&client).await;
    assert!(result.is_ok(), "{result:?}");
    let request = common::single_request(&server).await;
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
    let server = common::server_answering(ResponseTemplate::new(200)).await;
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
            CancelOperationError::Failure(Failure::Refused(RequestError::EmptyPathParameter {
                name,
            })) => {
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
// Failures
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn undocumented_status_is_unexpected_status_keeping_the_response() {
    for code in [418u16, 500, 503] {
        assert!(op().row_for(code).is_none(), "{code} has a row");
        let body = format!("teapot {code}");
        let server = common::server_answering(
            ResponseTemplate::new(code)
                .insert_header(EXTRA_HEADER.0, EXTRA_HEADER.1)
                .set_body_raw(body.clone().into_bytes(), "text/plain"),
        )
        .await;
        let client = common::client(&server);
        let error = expect_error(call_example(&client).await);
        let CancelOperationError::Failure(Failure::UnexpectedStatus(response)) = &error else {
            panic!("status {code}: expected UnexpectedStatus, got {error:?}");
        };
        assert_eq!(response.status.as_u16(), code);
        assert_eq!(error.status().map(|status| status.as_u16()), Some(code));
        let kept = error.response().unwrap();
        assert_eq!(
            common::header_text(&kept.headers, EXTRA_HEADER.0),
            Some(EXTRA_HEADER.1)
        );
        assert_eq!(&kept.body[..], body.as_bytes());
        assert!(error.to_string().contains(&code.to_string()), "{error}");
        assert_eq!(
            error.is_retryable(),
            common::RETRYABLE.contains(&code),
            "{code}"
        );
    }
}

#[tokio::test]
async fn retryable_for_503_but_not_for_404() {
    let server = common::server_answering(ResponseTemplate::new(503)).await;
    let error = expect_error(call_example(&common::client(&server)).await);
    assert!(
        matches!(
            error,
            CancelOperationError::Failure(Failure::UnexpectedStatus(_))
        ),
        "{error:?}"
    );
    assert!(error.is_retryable());

    let server = common::server_answering(ResponseTemplate::new(404)).await;
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
    assert!(rows.iter().any(|row| row.code.exact() == Some(400)));
    for row in rows {
        let status = common::status_of(operation, row);
        let body = b"<html>oops</html>";
        let server = common::server_answering(
            ResponseTemplate::new(status)
                .insert_header(EXTRA_HEADER.0, EXTRA_HEADER.1)
                .set_body_raw(body.to_vec(), "text/html"),
        )
        .await;
        let error = expect_error(call_example(&common::client(&server)).await);
        let CancelOperationError::Failure(Failure::Decode(decode)) = &error else {
            panic!("status {}: expected Decode, got {error:?}", row.code);
        };
        assert!(
            matches!(decode.kind, DecodeErrorKind::Body(_)),
            "{decode:?}"
        );
        assert_eq!(decode.response.status.as_u16(), status);
        assert_eq!(&decode.response.body[..], body);
        assert_eq!(error.status().map(|status| status.as_u16()), Some(status));
        let kept = error.response().unwrap();
        assert_eq!(&kept.body[..], body);
        assert_eq!(
            common::header_text(&kept.headers, EXTRA_HEADER.0),
            Some(EXTRA_HEADER.1)
        );
        assert!(error.to_string().contains(&status.to_string()), "{error}");
    }
}

/// The success rows that declare headers, with the rows' header names and types.
fn success_rows_with_headers() -> Vec<(&'static Response, Vec<common::SpecHeader>)> {
    let operation = op();
    let rows: Vec<_> = operation
        .rows(ResponseKind::Success)
        .filter(|row| !row.headers.is_empty())
        .map(|row| (row, common::row_headers(operation, row)))
        .collect();
    assert!(
        rows.iter().any(|(row, _)| row.code.exact() == Some(202)),
        "the 202 row declares Operation-Location"
    );
    rows
}

#[tokio::test]
async fn success_without_its_header_is_a_decode_error_naming_it() {
    for (row, headers) in success_rows_with_headers() {
        for (missing, _, _) in &headers {
            let mut template = ResponseTemplate::new(common::status_of(op(), row));
            for (name, _, example) in &headers {
                if name != missing {
                    template = template.insert_header(*name, example.as_str());
                }
            }
            let server = common::server_answering(template).await;
            let error = expect_error(call_example(&common::client(&server)).await);
            let CancelOperationError::Failure(Failure::Decode(decode)) = &error else {
                panic!("status {} without {missing}: got {error:?}", row.code);
            };
            match &decode.kind {
                DecodeErrorKind::MissingHeader { name } => {
                    assert!(name.eq_ignore_ascii_case(missing), "{name}");
                }
                other => panic!("expected MissingHeader, got {other:?}"),
            }
            assert_eq!(
                error.status().map(|status| status.as_u16()),
                Some(common::status_of(op(), row))
            );
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
            let mut template = ResponseTemplate::new(common::status_of(op(), row));
            for (name, _, example) in &headers {
                let value = if name == invalid {
                    "/api/operations/1"
                } else {
                    example.as_str()
                };
                template = template.insert_header(*name, value);
            }
            let server = common::server_answering(template).await;
            let error = expect_error(call_example(&common::client(&server)).await);
            let CancelOperationError::Failure(Failure::Decode(decode)) = &error else {
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
            assert_eq!(
                error.status().map(|status| status.as_u16()),
                Some(common::status_of(op(), row))
            );
            assert_eq!(
                common::header_text(&decode.response.headers, invalid),
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
    let CancelOperationError::Failure(Failure::Transport(transport)) = &error else {
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
    let server = common::server_answering(ResponseTemplate::new(200)).await;
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
            common::header_text(&request.headers, "authorization")
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
    let server = common::server_answering(ResponseTemplate::new(200)).await;
    let client = Client::builder()
        .base_url(server.uri())
        .token_provider(Unsendable)
        .build()
        .unwrap();
    let error = expect_error(call_example(&client).await);
    assert!(
        matches!(
            error,
            CancelOperationError::Failure(Failure::Refused(RequestError::InvalidToken))
        ),
        "{error:?}"
    );
    assert_eq!(server.received_requests().await.unwrap().len(), 0);
}

#[tokio::test]
async fn failing_token_provider_refuses_the_request_before_sending() {
    let server = common::server_answering(ResponseTemplate::new(200)).await;
    let client = Client::builder()
        .base_url(server.uri())
        .token_provider(Failing)
        .build()
        .unwrap();
    let error = expect_error(call_example(&client).await);
    assert!(
        matches!(
            error,
            CancelOperationError::Failure(Failure::Refused(RequestError::Token(_)))
        ),
        "{error:?}"
    );
    assert!(!error.is_retryable());
    assert_eq!(server.received_requests().await.unwrap().len(), 0);
}
