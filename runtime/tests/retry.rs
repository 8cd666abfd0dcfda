//! Retries, counted on the server: which requests are sent again, how often, and how long the
//! client waits in between.
//!
//! Waits are checked without measuring small durations: a test that expects a short wait sets a
//! backoff of an hour, so that a regression fails by the test's own timeout rather than by a
//! flaky clock comparison.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::sync::Arc;
use std::sync::atomic::Ordering;
use std::time::Duration;

use common::raw::{RawServer, Reply, json_ok, response, serve};
use common::{CountingProvider, builder};
use specgen_runtime::{
    Failure, Method, PathPart, RawResponse, Request, RetryPolicy, StatusCode, Transport,
};

const HOUR: Duration = Duration::from_secs(3600);

/// Fails a test that waits for a backoff it should not have waited for.
async fn promptly<T>(future: impl std::future::Future<Output = T>) -> T {
    tokio::time::timeout(Duration::from_secs(10), future)
        .await
        .expect("the client waited: for a backoff it should have skipped, or forever")
}

/// A policy that retries at once (1 ms backoff) up to `attempts` attempts in all.
fn quick(attempts: u32) -> RetryPolicy {
    RetryPolicy::default()
        .max_attempts(attempts)
        .initial_backoff(Duration::from_millis(1))
        .max_backoff(Duration::from_millis(2))
}

fn client(server: &RawServer, policy: Option<RetryPolicy>) -> Transport {
    let builder = builder().base_url(&server.url);
    match policy {
        Some(policy) => builder.retry(policy),
        None => builder,
    }
    .build()
    .unwrap()
    .0
}

/// Answers the scripted statuses in turn (the last one forever), as JSON.
async fn statuses(script: &'static [u16]) -> RawServer {
    serve(move |n, request| {
        let status = script[n.min(script.len() - 1)];
        // An answer to HEAD has no body (its Content-Length describes the GET's).
        let body = match request.method().as_str() {
            "HEAD" => Vec::new(),
            _ => format!("{{\"attempt\":{}}}", n + 1).into_bytes(),
        };
        Reply::Send(response(
            status,
            &[("content-type", "application/json")],
            &body,
        ))
    })
    .await
}

/// A request with the given method and idempotency, with a body for `POST`, `PUT` and `PATCH`.
fn request(method: Method, idempotent: bool) -> Request<'static> {
    let body = [Method::POST, Method::PUT, Method::PATCH]
        .contains(&method)
        .then(|| b"{}".to_vec());
    Request {
        method,
        path: &[PathPart::Literal("/api/things")],
        query: &[],
        headers: &[],
        body,
        idempotent,
    }
}

async fn send_get(transport: &Transport) -> Result<RawResponse, Failure> {
    promptly(transport.send(Request::get(&[PathPart::Literal("/api/things")]))).await
}

#[tokio::test]
async fn retries_are_off_by_default() {
    let server = statuses(&[503, 200]).await;
    let response = send_get(&client(&server, None)).await.unwrap();
    assert_eq!(response.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_get_succeeds_on_the_third_attempt() {
    let server = statuses(&[503, 503, 200]).await;
    let response = send_get(&client(&server, Some(quick(3)))).await.unwrap();
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.body_text(), Some(r#"{"attempt":3}"#));
    assert_eq!(server.requests().len(), 3);
    // Every attempt is the same request.
    let lines: Vec<Vec<u8>> = server
        .requests()
        .iter()
        .map(|request| request.request_line().to_vec())
        .collect();
    assert!(lines.windows(2).all(|pair| pair[0] == pair[1]), "{lines:?}");
}

#[tokio::test]
async fn attempts_stop_at_the_maximum_with_the_last_response() {
    for attempts in [1, 2, 4] {
        let server = statuses(&[500, 502, 504, 429, 408, 503]).await;
        let response = send_get(&client(&server, Some(quick(attempts))))
            .await
            .unwrap();
        assert_eq!(server.requests().len(), attempts as usize);
        let last = [500, 502, 504, 429][attempts as usize - 1];
        assert_eq!(response.status.as_u16(), last);
        assert_eq!(
            response.body_text(),
            Some(format!("{{\"attempt\":{attempts}}}").as_str())
        );
    }
}

#[tokio::test]
async fn statuses_that_are_not_transient_are_not_retried() {
    for status in [400u16, 401, 403, 404, 409, 412, 501, 505] {
        let script: &'static [u16] = Box::leak(vec![status, 200].into_boxed_slice());
        let server = statuses(script).await;
        let response = send_get(&client(&server, Some(quick(3)))).await.unwrap();
        assert_eq!(response.status.as_u16(), status);
        assert_eq!(server.requests().len(), 1, "{status}");
    }
}

#[tokio::test]
async fn a_post_is_not_retried_unless_marked_idempotent() {
    let server = statuses(&[503, 503, 200]).await;
    let transport = client(&server, Some(quick(3)));
    let response = promptly(transport.send(request(Method::POST, false)))
        .await
        .unwrap();
    assert_eq!(response.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(server.requests().len(), 1);
    let patch = promptly(transport.send(request(Method::PATCH, false)))
        .await
        .unwrap();
    assert_eq!(patch.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(server.requests().len(), 2);

    // Marked idempotent (the spec's `idempotent: true`): retried, body and all.
    let server = statuses(&[503, 503, 200]).await;
    let response = promptly(client(&server, Some(quick(3))).send(request(Method::POST, true)))
        .await
        .unwrap();
    assert_eq!(response.status, StatusCode::OK);
    let requests = server.requests();
    assert_eq!(requests.len(), 3);
    for request in requests {
        assert_eq!(request.method(), "POST");
        assert_eq!(request.body, b"{}");
    }
}

#[tokio::test]
async fn a_get_marked_not_idempotent_is_not_retried() {
    let server = statuses(&[503, 200]).await;
    let response = promptly(client(&server, Some(quick(3))).send(request(Method::GET, false)))
        .await
        .unwrap();
    assert_eq!(response.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn every_idempotent_method_is_retried() {
    for method in [
        Method::GET,
        Method::HEAD,
        Method::PUT,
        Method::DELETE,
        Method::OPTIONS,
    ] {
        let server = statuses(&[503, 204]).await;
        let response =
            promptly(client(&server, Some(quick(3))).send(request(method.clone(), true)))
                .await
                .unwrap();
        assert_eq!(response.status, StatusCode::NO_CONTENT, "{method}");
        assert_eq!(server.requests().len(), 2, "{method}");
    }
}

#[tokio::test]
async fn retry_after_replaces_a_long_backoff() {
    // An hour of backoff, but the server asks for 0 seconds, then for an HTTP date in the
    // past: only honouring Retry-After finishes in time.
    let server = serve(|n, _| match n {
        0 => Reply::Send(response(503, &[("retry-after", "0")], b"")),
        1 => Reply::Send(response(
            429,
            &[("retry-after", "Wed, 21 Oct 2015 07:28:00 GMT")],
            b"",
        )),
        _ => Reply::Send(json_ok("{}")),
    })
    .await;
    let policy = RetryPolicy::default()
        .max_attempts(3)
        .initial_backoff(HOUR)
        .max_backoff(HOUR);
    let response = send_get(&client(&server, Some(policy))).await.unwrap();
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn retry_after_makes_the_client_wait() {
    // A 1 ms backoff, but the server asks for a second.
    let server = serve(|n, _| match n {
        0 => Reply::Send(response(503, &[("retry-after", "1")], b"")),
        _ => Reply::Send(json_ok("{}")),
    })
    .await;
    send_get(&client(&server, Some(quick(2)))).await.unwrap();
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    let gap = requests[1].at - requests[0].at;
    assert!(gap >= Duration::from_secs(1), "retried after {gap:?}");
}

#[tokio::test]
async fn a_retry_after_over_the_cap_returns_the_response() {
    let server = serve(|n, _| match n {
        0 => Reply::Send(response(429, &[("retry-after", "3600")], b"slow down")),
        _ => Reply::Send(json_ok("{}")),
    })
    .await;
    let policy = quick(3).max_retry_after(Duration::from_secs(30));
    let response = send_get(&client(&server, Some(policy))).await.unwrap();
    assert_eq!(response.status, StatusCode::TOO_MANY_REQUESTS);
    assert_eq!(response.headers["retry-after"], "3600");
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_refused_connection_is_retried_for_idempotent_requests_only() {
    // Nothing listens on the port; the token provider, asked once per attempt, counts them.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    let provider = CountingProvider::default();
    let calls = Arc::clone(&provider.calls);
    let transport = builder()
        .base_url(&url)
        .token_provider(provider)
        .retry(quick(4))
        .build()
        .unwrap()
        .0;
    let error = match send_get(&transport).await {
        Err(Failure::Transport(error)) => error,
        other => panic!("{other:?}"),
    };
    assert!(error.is_connect(), "{error:?}");
    assert_eq!(calls.load(Ordering::SeqCst), 4);

    calls.store(0, Ordering::SeqCst);
    let error = promptly(transport.send(request(Method::POST, false)))
        .await
        .unwrap_err();
    assert!(matches!(error, Failure::Transport(_)), "{error:?}");
    assert_eq!(calls.load(Ordering::SeqCst), 1);
}

#[tokio::test]
async fn a_timeout_and_a_broken_body_are_retried() {
    let server = serve(|n, _| match n {
        0 => Reply::Hang,
        1 => Reply::SendAndClose(b"HTTP/1.1 200 OK\r\ncontent-length: 50\r\n\r\n{\"trunc".to_vec()),
        _ => Reply::Send(json_ok(r#"{"whole":true}"#)),
    })
    .await;
    let transport = builder()
        .base_url(&server.url)
        .timeout(Duration::from_millis(300))
        .retry(quick(3))
        .build()
        .unwrap()
        .0;
    let response = send_get(&transport).await.unwrap();
    assert_eq!(response.body_text(), Some(r#"{"whole":true}"#));
    assert_eq!(server.requests().len(), 3);
}

#[tokio::test]
async fn a_body_over_the_limit_and_a_refused_request_are_not_retried() {
    let server = serve(|_, _| Reply::Send(json_ok(&"x".repeat(100)))).await;
    let transport = builder()
        .base_url(&server.url)
        .max_response_body(10)
        .retry(quick(3))
        .build()
        .unwrap()
        .0;
    let error = send_get(&transport).await.unwrap_err();
    assert!(
        matches!(
            error,
            Failure::Transport(specgen_runtime::TransportError::BodyTooLarge { .. })
        ),
        "{error:?}"
    );
    assert_eq!(server.requests().len(), 1);

    let headers = [("x-bad", Some("a\r\nb".into()))];
    let error = promptly(transport.send(Request {
        headers: &headers,
        ..request(Method::GET, true)
    }))
    .await
    .unwrap_err();
    assert!(matches!(error, Failure::Refused(_)), "{error:?}");
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn the_poller_reads_with_the_retry_policy() {
    let server = statuses(&[503, 200]).await;
    let transport = client(&server, Some(quick(3)));
    let url = specgen_runtime::Url::parse(&format!("{}/api/operations/7", server.url)).unwrap();
    let response = promptly(transport.get_url(url)).await.unwrap();
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(server.requests().len(), 2);
}
