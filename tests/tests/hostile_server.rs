//! The generated client against a hand-rolled loopback server that records the raw bytes of
//! each request and answers what a misbehaving server would: what reaches the wire (exact
//! request lines, refused header values), what comes back (wrong types, broken bodies, foreign
//! and relative URLs, redirects), and retries, through the generated methods.
//!
//! The transport's own cases are in `runtime/tests/`; this file checks that the generated code
//! passes each of them through to the caller as its operation's error values.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

#[path = "../../runtime/tests/common/raw.rs"]
mod raw;

use std::future::Future;
use std::sync::OnceLock;
use std::time::Duration;

use cloud_partner_portal::{
    CancelOperationError, CancelOperationRequest, Client, CreateOfferError, DecodeErrorKind,
    Failure, Offer, PublishOfferRequest, PublishOfferResponse, RequestError,
    RetrieveOperationsError, RetrieveOperationsResponse, RetryPolicy, TransportError,
};
use raw::{RawServer, Reply, json_ok, response, serve};

const SECRET: &str = "SUPER-SECRET-TOKEN-hostile-7e21";

fn client(server: &RawServer) -> Client {
    Client::builder()
        .base_url(&server.url)
        .bearer_token(SECRET)
        .timeout(Duration::from_secs(5))
        .build()
        .unwrap()
}

async fn promptly<T>(future: impl Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(10), future)
        .await
        .expect("the client should have returned long before")
}

/// The spec's JSON example of an operation's request body.
fn body_example<T: specgen_runtime::serde::de::DeserializeOwned>(operation_id: &str) -> T {
    static SERVICE: OnceLock<specgen::model::Service> = OnceLock::new();
    let service =
        SERVICE.get_or_init(|| specgen::check("../spec/cloud-partner-portal.yaml").unwrap());
    let operation = service
        .operations
        .iter()
        .find(|operation| operation.id.wire == operation_id)
        .unwrap_or_else(|| panic!("no operation `{operation_id}`"));
    let example = operation
        .body
        .as_ref()
        .and_then(|body| body.example.as_deref())
        .unwrap_or_else(|| panic!("`{operation_id}` has no request body example"));
    serde_json::from_str(example).unwrap()
}

/// Checks that no text of an error (`Display`, `Debug`, sources) shows the token.
fn assert_hides_secret(error: &(dyn std::error::Error + 'static)) {
    let mut next = Some(error);
    while let Some(error) = next {
        for text in [
            error.to_string(),
            format!("{error:?}"),
            format!("{error:#?}"),
        ] {
            assert!(!text.contains(SECRET), "{text}");
        }
        next = error.source();
    }
}

// ---------------------------------------------------------------------------------------------
// The wire
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn path_and_query_values_reach_the_server_as_the_encoding_rules_say() {
    // Path parameters: everything but ASCII letters, digits and `-._~` as %XX of UTF-8.
    // Query values: as an HTML form: letters, digits and `*-._` kept, space as `+`, the rest
    // as %XX of UTF-8.
    let cases: [(&str, &str, Option<&str>, &str); 9] = [
        (
            "contoso",
            "offer-1",
            Some("running"),
            "/api/publishers/contoso/offers/offer-1/submissions?api-version=2017-10-31&status=running",
        ),
        (
            "a/b",
            "../..",
            Some("../.."),
            "/api/publishers/a%2Fb/offers/..%2F../submissions?api-version=2017-10-31&status=..%2F..",
        ),
        (
            "%2F",
            "100%",
            Some("%2F%"),
            "/api/publishers/%252F/offers/100%25/submissions?api-version=2017-10-31&status=%252F%25",
        ),
        (
            "a b+c",
            "x&y=z",
            Some("a b+c&d=e"),
            "/api/publishers/a%20b%2Bc/offers/x%26y%3Dz/submissions?api-version=2017-10-31&status=a+b%2Bc%26d%3De",
        ),
        (
            "#frag?q",
            "é日本",
            Some("#?é"),
            "/api/publishers/%23frag%3Fq/offers/%C3%A9%E6%97%A5%E6%9C%AC/submissions?api-version=2017-10-31&status=%23%3F%C3%A9",
        ),
        (
            "a\r\nb",
            "😀",
            Some("x\r\nHost: evil"),
            "/api/publishers/a%0D%0Ab/offers/%F0%9F%98%80/submissions?api-version=2017-10-31&status=x%0D%0AHost%3A+evil",
        ),
        (
            "~tilde_-.dot",
            "*",
            Some("*-._~"),
            "/api/publishers/~tilde_-.dot/offers/%2A/submissions?api-version=2017-10-31&status=*-._%7E",
        ),
        (
            "'\"<>[]{}|\\^`",
            "...",
            Some(".."),
            "/api/publishers/%27%22%3C%3E%5B%5D%7B%7D%7C%5C%5E%60/offers/.../submissions?api-version=2017-10-31&status=..",
        ),
        (
            "x",
            "y",
            None,
            "/api/publishers/x/offers/y/submissions?api-version=2017-10-31",
        ),
    ];
    let server = serve(|_, _| Reply::Send(json_ok("[]"))).await;
    let client = client(&server);
    for (publisher_id, offer_id, status, _) in &cases {
        let result = promptly(client.retrieve_operations(publisher_id, offer_id, *status)).await;
        match result {
            Ok(RetrieveOperationsResponse::Ok { body }) => assert!(body.is_empty()),
            other => panic!("{publisher_id:?}: {other:?}"),
        }
    }
    let lines: Vec<Vec<u8>> = server
        .requests()
        .iter()
        .map(|request| request.request_line().to_vec())
        .collect();
    let expected: Vec<Vec<u8>> = cases
        .iter()
        .map(|(_, _, _, target)| format!("GET {target} HTTP/1.1").into_bytes())
        .collect();
    for (line, expected) in lines.iter().zip(&expected) {
        assert_eq!(
            String::from_utf8_lossy(line),
            String::from_utf8_lossy(expected)
        );
    }
    assert_eq!(lines.len(), cases.len());
}

#[tokio::test]
async fn dot_segments_and_empty_path_parameters_are_refused_before_sending() {
    let server = serve(|_, _| Reply::Send(json_ok("[]"))).await;
    let client = client(&server);
    for (publisher_id, offer_id) in [(".", "x"), ("x", ".."), ("", "x")] {
        let error = promptly(client.retrieve_operations(publisher_id, offer_id, None))
            .await
            .unwrap_err();
        assert!(
            matches!(
                error,
                RetrieveOperationsError::Failure(Failure::Refused(
                    RequestError::InvalidUrl { .. } | RequestError::EmptyPathParameter { .. }
                ))
            ),
            "{publisher_id:?}/{offer_id:?}: {error:?}"
        );
        assert!(!error.is_retryable());
    }
    assert!(server.requests().is_empty());
}

#[tokio::test]
async fn a_header_value_with_cr_or_lf_is_refused_before_sending() {
    let server = serve(|_, _| Reply::Send(json_ok("{}"))).await;
    let client = client(&server);
    let offer: Offer = body_example("create-offer");
    for if_match in [
        "*\r\nX-Injected: 1",
        "\"etag\"\nX-Injected: 1",
        "etag\r",
        "etag\0",
    ] {
        let error = promptly(client.create_offer("contoso", "offer", Some(if_match), &offer))
            .await
            .unwrap_err();
        let CreateOfferError::Failure(Failure::Refused(RequestError::InvalidHeaderValue { name })) =
            &error
        else {
            panic!("{if_match:?}: {error:?}");
        };
        assert_eq!(*name, "If-Match");
        let text = format!("{error} {error:?}");
        assert!(
            !text.contains("X-Injected") && !text.contains("etag"),
            "{text}"
        );
        assert_hides_secret(&error);
    }
    assert!(server.requests().is_empty());
    // A valid value goes through as given.
    let _ = promptly(client.create_offer("contoso", "offer", Some("*"), &offer)).await;
    let requests = server.requests();
    assert_eq!(requests.len(), 1);
    assert_eq!(requests[0].header("if-match"), ["*"]);
    assert_eq!(requests[0].header("x-injected"), Vec::<String>::new());
}

// ---------------------------------------------------------------------------------------------
// What comes back
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_wrong_content_type_is_a_decode_error_keeping_the_response() {
    let server = serve(|_, _| {
        Reply::Send(response(
            200,
            &[("content-type", "text/html"), ("x-request-id", "r-1")],
            b"[]",
        ))
    })
    .await;
    let error = promptly(client(&server).retrieve_operations("contoso", "offer", None))
        .await
        .unwrap_err();
    let RetrieveOperationsError::Failure(Failure::Decode(decode)) = &error else {
        panic!("{error:?}");
    };
    assert!(
        matches!(&decode.kind, DecodeErrorKind::ContentType { content_type } if content_type == "text/html"),
        "{decode:?}"
    );
    assert_eq!(error.status().map(|status| status.as_u16()), Some(200));
    let kept = error.response().unwrap();
    assert_eq!(&kept.body[..], b"[]");
    assert_eq!(kept.headers["x-request-id"], "r-1");
    assert!(!error.is_retryable());
    assert_hides_secret(&error);
}

#[tokio::test]
async fn invalid_json_and_invalid_utf8_are_decode_errors_keeping_the_bytes() {
    for body in [&b"[{\"id\": "[..], b"{\"error\": {\"code\": \"caf\xe9\"}}"] {
        let status = if body.starts_with(b"[") { 200 } else { 404 };
        let bytes = response(
            status,
            &[
                ("content-type", "application/json"),
                ("x-request-id", "r-2"),
            ],
            body,
        );
        let server = serve(move |_, _| Reply::Send(bytes.clone())).await;
        let error = promptly(client(&server).retrieve_operations("contoso", "offer", None))
            .await
            .unwrap_err();
        let RetrieveOperationsError::Failure(Failure::Decode(decode)) = &error else {
            panic!("{status}: {error:?}");
        };
        assert!(
            matches!(decode.kind, DecodeErrorKind::Body(_)),
            "{decode:?}"
        );
        let kept = error.response().unwrap();
        assert_eq!(kept.status.as_u16(), status);
        assert_eq!(&kept.body[..], body);
        assert_eq!(kept.headers["x-request-id"], "r-2");
        assert_hides_secret(&error);
    }
}

#[tokio::test]
async fn a_truncated_body_is_a_transport_error_keeping_what_arrived() {
    let server = serve(|_, _| {
        Reply::SendAndClose(
            b"HTTP/1.1 200 OK\r\ncontent-type: application/json\r\ncontent-length: 500\r\nx-request-id: r-3\r\n\r\n[{\"id\":"
                .to_vec(),
        )
    })
    .await;
    let error = promptly(client(&server).retrieve_operations("contoso", "offer", None))
        .await
        .unwrap_err();
    let RetrieveOperationsError::Failure(Failure::Transport(transport)) = &error else {
        panic!("{error:?}");
    };
    let TransportError::IncompleteBody { response, .. } = transport else {
        panic!("{transport:?}");
    };
    assert_eq!(response.status.as_u16(), 200);
    assert_eq!(response.headers["x-request-id"], "r-3");
    assert_eq!(&response.body[..], b"[{\"id\":");
    assert_eq!(transport.status().map(|status| status.as_u16()), Some(200));
    assert!(error.is_retryable());
    assert_hides_secret(&error);
}

#[tokio::test]
async fn a_body_over_the_limit_and_a_silent_server_end_promptly() {
    let large = serve(|_, _| Reply::Send(json_ok(&format!("[{}]", "0,".repeat(600) + "0")))).await;
    let limited = Client::builder()
        .base_url(&large.url)
        .bearer_token(SECRET)
        .max_response_body(1024)
        .build()
        .unwrap();
    let error = promptly(limited.retrieve_operations("contoso", "offer", None))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            RetrieveOperationsError::Failure(Failure::Transport(TransportError::BodyTooLarge {
                limit: 1024,
                ..
            }))
        ),
        "{error:?}"
    );
    assert!(!error.is_retryable());

    let silent = serve(|_, _| Reply::Hang).await;
    let impatient = Client::builder()
        .base_url(&silent.url)
        .bearer_token(SECRET)
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap();
    let error = promptly(impatient.retrieve_operations("contoso", "offer", None))
        .await
        .unwrap_err();
    let RetrieveOperationsError::Failure(Failure::Transport(transport)) = &error else {
        panic!("{error:?}");
    };
    assert!(transport.is_timeout(), "{transport:?}");
    assert!(error.is_retryable());
    assert_hides_secret(&error);
}

#[tokio::test]
async fn a_relative_operation_location_is_an_error_or_resolved_as_the_spec_types_it() {
    let server = serve(|_, _| {
        Reply::Send(response(
            202,
            &[(
                "operation-location",
                "/api/publishers/contoso/offers/offer/operations/7",
            )],
            b"",
        ))
    })
    .await;
    let client = client(&server);
    // cancel-operation types the header `url`: a relative one does not decode.
    let cancel: CancelOperationRequest = body_example("cancel-operation");
    let error = promptly(client.cancel_operation("contoso", "offer", &cancel))
        .await
        .unwrap_err();
    let CancelOperationError::Failure(Failure::Decode(decode)) = &error else {
        panic!("{error:?}");
    };
    assert!(
        matches!(&decode.kind, DecodeErrorKind::InvalidHeader { name: "Operation-Location", reason } if reason == "relative URL"),
        "{decode:?}"
    );
    assert_eq!(error.status().map(|status| status.as_u16()), Some(202));
    // publish-offer types it `url-reference`: resolved against the base URL.
    let publish: PublishOfferRequest = body_example("publish-offer");
    let response = promptly(client.publish_offer("contoso", "offer", &publish))
        .await
        .unwrap();
    let PublishOfferResponse::Accepted { operation_location } = response;
    assert_eq!(
        operation_location.as_str(),
        format!(
            "{}/api/publishers/contoso/offers/offer/operations/7",
            server.url
        )
    );
}

#[tokio::test]
async fn an_operation_location_on_another_origin_gets_no_credentials() {
    let elsewhere = serve(|_, _| Reply::Send(json_ok("{}"))).await;
    let foreign = format!("{}/api/operations/7", elsewhere.url);
    let server = serve(move |_, _| {
        Reply::Send(response(
            202,
            &[("operation-location", foreign.as_str())],
            b"",
        ))
    })
    .await;
    let client = client(&server);
    let publish: PublishOfferRequest = body_example("publish-offer");
    let PublishOfferResponse::Accepted { operation_location } =
        promptly(client.publish_offer("contoso", "offer", &publish))
            .await
            .unwrap();
    let mut poller = client.publish_offer_poller(operation_location);
    let error = promptly(poller.poll()).await.unwrap_err();
    assert!(
        matches!(
            error,
            cloud_partner_portal::RetrieveOperationError::Failure(Failure::Refused(
                RequestError::ForeignUrl { .. }
            ))
        ),
        "{error:?}"
    );
    assert_hides_secret(&error);
    assert!(elsewhere.requests().is_empty());
}

#[tokio::test]
async fn a_redirect_to_another_host_is_an_unexpected_status_keeping_the_response() {
    let elsewhere = serve(|_, _| Reply::Send(json_ok("[]"))).await;
    // `localhost:B` from `127.0.0.1:A`: another host and another port.
    let target = format!(
        "{}/api/stolen",
        elsewhere.url.replace("127.0.0.1", "localhost")
    );
    let server = serve(move |_, _| {
        Reply::Send(response(
            302,
            &[("location", target.as_str()), ("x-request-id", "r-4")],
            b"moved",
        ))
    })
    .await;
    let error = promptly(client(&server).retrieve_operations("contoso", "offer", None))
        .await
        .unwrap_err();
    let RetrieveOperationsError::Failure(Failure::UnexpectedStatus(response)) = &error else {
        panic!("{error:?}");
    };
    assert_eq!(response.status.as_u16(), 302);
    assert!(
        response.headers["location"]
            .to_str()
            .unwrap()
            .ends_with("/api/stolen")
    );
    assert_eq!(response.headers["x-request-id"], "r-4");
    assert_eq!(&response.body[..], b"moved");
    assert!(elsewhere.requests().is_empty());
    assert_eq!(
        server.requests()[0].header("authorization"),
        [format!("Bearer {SECRET}")]
    );
}

// ---------------------------------------------------------------------------------------------
// Retries through the generated methods
// ---------------------------------------------------------------------------------------------

fn retrying_client(server: &RawServer) -> Client {
    Client::builder()
        .base_url(&server.url)
        .bearer_token(SECRET)
        .retry(
            RetryPolicy::default()
                .max_attempts(3)
                .initial_backoff(Duration::from_millis(1)),
        )
        .build()
        .unwrap()
}

#[tokio::test]
async fn a_get_operation_is_retried_and_a_post_operation_is_not() {
    let server = serve(|n, _| match n {
        0 => Reply::Send(response(503, &[], b"")),
        _ => Reply::Send(json_ok("[]")),
    })
    .await;
    let answer = promptly(retrying_client(&server).retrieve_operations("contoso", "offer", None))
        .await
        .unwrap();
    assert!(matches!(answer, RetrieveOperationsResponse::Ok { .. }));
    assert_eq!(server.requests().len(), 2);

    // cancel-operation is a POST, not marked idempotent in the spec.
    let server = serve(|_, _| Reply::Send(response(503, &[], b""))).await;
    let cancel: CancelOperationRequest = body_example("cancel-operation");
    let error = promptly(retrying_client(&server).cancel_operation("contoso", "offer", &cancel))
        .await
        .unwrap_err();
    assert!(
        matches!(
            error,
            CancelOperationError::Failure(Failure::UnexpectedStatus(_))
        ),
        "{error:?}"
    );
    assert!(
        error.is_retryable(),
        "the caller may decide to send it again"
    );
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn without_a_policy_nothing_is_retried() {
    let server = serve(|_, _| Reply::Send(response(503, &[], b""))).await;
    let error = promptly(client(&server).retrieve_operations("contoso", "offer", None))
        .await
        .unwrap_err();
    assert_eq!(error.status().map(|status| status.as_u16()), Some(503));
    assert_eq!(server.requests().len(), 1);
}
