//! The bearer token stays secret: it is refused over plain http to other hosts, and no error,
//! `Debug` or `Display` output shows it, whatever path a request fails on.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Duration;

use common::raw::{Reply, response, serve};
use common::{FixedProvider, builder};
use specgen_runtime::{
    BuildError, Failure, Method, PathPart, Request, RetryPolicy, Transport, Url,
};

const SECRET: &str = "SUPER-SECRET-TOKEN-51f3c2";

/// Every text an error shows: `Display`, `Debug`, pretty `Debug`, and the same for each error
/// in its source chain.
fn all_texts(error: &(dyn std::error::Error + 'static)) -> Vec<String> {
    let mut texts = Vec::new();
    let mut next: Option<&(dyn std::error::Error + 'static)> = Some(error);
    while let Some(error) = next {
        texts.push(error.to_string());
        texts.push(format!("{error:?}"));
        texts.push(format!("{error:#?}"));
        next = error.source();
    }
    texts
}

/// Checks that no text of `error` shows the secret (nor its start, in case of truncation).
fn assert_hides_secret(what: &str, error: &(dyn std::error::Error + 'static)) {
    let texts = all_texts(error);
    assert!(
        texts.iter().all(|text| !text.is_empty()),
        "{what}: {texts:?}"
    );
    for text in texts {
        assert!(
            !text.contains(SECRET) && !text.contains("SUPER-SECRET"),
            "{what} shows the token: {text}"
        );
    }
}

fn secret_client(url: &str) -> Transport {
    builder()
        .base_url(url)
        .bearer_token(SECRET)
        .timeout(Duration::from_millis(300))
        .max_response_body(64)
        .build()
        .unwrap()
        .0
}

#[test]
fn bearer_tokens_over_plain_http_need_a_loopback_host_or_permission() {
    let refused = [
        "http://example.com",
        "http://cloudpartner.azure.com/prefix",
        "http://10.0.0.1:8080",
        "http://192.168.1.10",
        "http://[2001:db8::1]",
        "http://localhost.example.com",
        "http://127.0.0.1.nip.io",
        "http://0.0.0.0",
    ];
    for url in refused {
        for with_provider in [false, true] {
            let builder = builder().base_url(url);
            let builder = if with_provider {
                builder.token_provider(FixedProvider(Ok(SECRET)))
            } else {
                builder.bearer_token(SECRET)
            };
            let error = builder.build().unwrap_err();
            let BuildError::InsecureHttp { url: refused } = &error else {
                panic!("{url}: {error:?}");
            };
            assert_eq!(Url::parse(refused).unwrap(), Url::parse(url).unwrap());
            assert!(error.to_string().contains("allow_insecure_http"), "{error}");
            assert_hides_secret(url, &error);
        }
        // With permission, or without a token, the same URL is fine.
        builder()
            .base_url(url)
            .bearer_token(SECRET)
            .allow_insecure_http(true)
            .build()
            .unwrap();
        builder().base_url(url).build().unwrap();
    }
    let allowed = [
        "http://127.0.0.1:8080",
        "http://127.42.0.7",
        "http://[::1]:8080/prefix",
        "http://[::ffff:127.0.0.1]",
        "http://localhost",
        "http://LOCALHOST:9000",
        "https://example.com",
        "https://10.0.0.1",
    ];
    for url in allowed {
        builder()
            .base_url(url)
            .bearer_token(SECRET)
            .build()
            .unwrap();
        builder()
            .base_url(url)
            .token_provider(FixedProvider(Ok(SECRET)))
            .build()
            .unwrap();
    }
    // The default base URL of a real service is https.
    builder().bearer_token(SECRET).build().unwrap();
    // The permission also covers an injected client.
    let error = builder()
        .base_url("http://example.com")
        .bearer_token(SECRET)
        .http_client(specgen_runtime::reqwest::Client::new())
        .build()
        .unwrap_err();
    assert!(
        matches!(error, BuildError::InsecureHttp { .. }),
        "{error:?}"
    );
}

#[test]
fn configuration_output_never_shows_the_token() {
    let builder = builder()
        .bearer_token(SECRET)
        .retry(RetryPolicy::default())
        .allow_insecure_http(true);
    for text in [format!("{builder:?}"), format!("{builder:#?}")] {
        assert!(!text.contains(SECRET), "{text}");
        assert!(text.contains("RetryPolicy"), "{text}");
    }
    let transport = builder.build().unwrap().0;
    for text in [format!("{transport:?}"), format!("{transport:#?}")] {
        assert!(!text.contains(SECRET), "{text}");
        assert!(text.contains("max_concurrent_requests"), "{text}");
    }
    let headers = [("If-Match", Some(SECRET.into()))];
    let request = Request {
        method: Method::PUT,
        path: &[PathPart::Param {
            name: "id",
            value: "x",
        }],
        query: &[],
        headers: &headers,
        body: Some(SECRET.as_bytes().to_vec()),
        idempotent: true,
    };
    let text = format!("{request:?} {request:#?}");
    assert!(!text.contains(SECRET), "{text}");
    assert!(text.contains("If-Match"), "{text}");
}

#[test]
fn build_errors_never_show_the_token() {
    for token in [
        format!("{SECRET}\r\nX-Injected: 1"),
        format!("{SECRET}\n"),
        format!("{SECRET}\0"),
    ] {
        let error = builder().bearer_token(token).build().unwrap_err();
        assert!(matches!(error, BuildError::InvalidToken), "{error:?}");
        assert_hides_secret("an invalid static token", &error);
    }
}

#[tokio::test]
async fn request_and_transport_errors_never_show_the_token() {
    let mut errors: Vec<(String, Failure)> = Vec::new();

    // Refused before sending.
    let server = serve(|_, _| Reply::Send(response(200, &[], b"{}"))).await;
    let client = secret_client(&server.url);
    let injected = [(
        "If-Match",
        Some(format!("{SECRET}\r\nX-Injected: 1").into()),
    )];
    let header_request = Request {
        headers: &injected,
        ..Request::get(&[PathPart::Literal("/")])
    };
    errors.push((
        "a header with CR LF".into(),
        client.send(header_request).await.unwrap_err(),
    ));
    errors.push((
        "an empty path parameter".into(),
        client
            .send(Request::get(&[PathPart::Param {
                name: "id",
                value: "",
            }]))
            .await
            .unwrap_err(),
    ));
    errors.push((
        "a dot path parameter".into(),
        client
            .send(Request::get(&[PathPart::Param {
                name: "id",
                value: "..",
            }]))
            .await
            .unwrap_err(),
    ));
    let foreign = Url::parse("http://127.0.0.2:9/api/operations/1").unwrap();
    errors.push((
        "a foreign status URL".into(),
        client.get_url(foreign).await.unwrap_err(),
    ));
    let bad_provider = builder()
        .base_url(&server.url)
        .token_provider(FixedProvider(Ok(
            "SUPER-SECRET-TOKEN-51f3c2\r\nX-Injected: 1",
        )))
        .build()
        .unwrap()
        .0;
    errors.push((
        "a provider token with CR LF".into(),
        bad_provider
            .send(Request::get(&[PathPart::Literal("/")]))
            .await
            .unwrap_err(),
    ));
    assert!(server.requests().is_empty(), "nothing was to be sent");

    // Sent, then failed.
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let closed = format!("http://{}", listener.local_addr().unwrap());
    drop(listener);
    errors.push((
        "a refused connection".into(),
        secret_client(&closed)
            .send(Request::get(&[PathPart::Literal("/")]))
            .await
            .unwrap_err(),
    ));
    let hanging = serve(|_, _| Reply::Hang).await;
    errors.push((
        "a timeout".into(),
        secret_client(&hanging.url)
            .send(Request::get(&[PathPart::Literal("/")]))
            .await
            .unwrap_err(),
    ));
    let large = serve(|_, _| Reply::Send(response(200, &[], &[b'x'; 100]))).await;
    errors.push((
        "a body over the limit".into(),
        secret_client(&large.url)
            .send(Request::get(&[PathPart::Literal("/")]))
            .await
            .unwrap_err(),
    ));
    let truncated = serve(|_, _| {
        Reply::SendAndClose(b"HTTP/1.1 200 OK\r\ncontent-length: 10\r\n\r\nabc".to_vec())
    })
    .await;
    errors.push((
        "a body that broke off".into(),
        secret_client(&truncated.url)
            .send(Request::get(&[PathPart::Literal("/")]))
            .await
            .unwrap_err(),
    ));
    let looping = serve(|_, _| Reply::Send(response(302, &[("location", "/again")], b""))).await;
    errors.push((
        "a redirect loop".into(),
        secret_client(&looping.url)
            .send(Request::get(&[PathPart::Literal("/")]))
            .await
            .unwrap_err(),
    ));
    let garbage = serve(|_, _| Reply::SendAndClose(b"not http\r\n\r\n".to_vec())).await;
    errors.push((
        "a response that is not HTTP".into(),
        secret_client(&garbage.url)
            .send(Request::get(&[PathPart::Literal("/")]))
            .await
            .unwrap_err(),
    ));

    assert_eq!(errors.len(), 11);
    for (what, error) in &errors {
        assert_hides_secret(what, error);
    }
    // The token did travel where it belongs.
    for server in [&hanging, &large, &truncated, &looping] {
        let requests = server.requests();
        assert!(!requests.is_empty());
        for request in requests {
            assert_eq!(
                request.header("authorization"),
                [format!("Bearer {SECRET}")]
            );
        }
    }
}

#[tokio::test]
async fn decode_errors_never_show_the_token() {
    let server = serve(|_, _| {
        Reply::Send(response(
            200,
            &[("content-type", "text/html"), ("x-count", "many")],
            b"<html>",
        ))
    })
    .await;
    let raw = secret_client(&server.url)
        .send(Request::get(&[PathPart::Literal("/")]))
        .await
        .unwrap();
    let errors = [
        raw.json::<serde_json::Value>().unwrap_err(),
        raw.header::<i64>("x-count").unwrap_err(),
        raw.header::<String>("x-missing").unwrap_err(),
    ];
    for error in &errors {
        assert_hides_secret("a decode error", error);
    }
}
