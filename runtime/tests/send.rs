//! `Transport::send` against local servers.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::sync::atomic::Ordering;
use std::time::Duration;

use common::{Client, CountingProvider, FixedProvider, builder, chunked_server, transport};
use specgen_runtime::{
    BuildError, ClientBuilder, Failure, Method, PathPart, Request, RequestError, ServiceDefaults,
    StatusCode, Transport, TransportError, is_retryable_status, json_body,
};
use wiremock::matchers::{method, path};
use wiremock::{Mock, MockServer, ResponseTemplate};

const SECRET: &str = "SUPER-SECRET-TOKEN-8c1f0e";

async fn ok_server() -> MockServer {
    let server = MockServer::start().await;
    Mock::given(method("GET"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    Mock::given(method("POST"))
        .respond_with(ResponseTemplate::new(201))
        .mount(&server)
        .await;
    server
}

async fn received(server: &MockServer) -> Vec<wiremock::Request> {
    server.received_requests().await.unwrap()
}

async fn only_request(server: &MockServer) -> wiremock::Request {
    let mut requests = received(server).await;
    assert_eq!(requests.len(), 1, "{requests:?}");
    requests.remove(0)
}

fn header<'a>(request: &'a wiremock::Request, name: &str) -> Vec<&'a str> {
    request
        .headers
        .get_all(name)
        .iter()
        .map(|value| value.to_str().unwrap())
        .collect()
}

fn refused(result: Result<specgen_runtime::RawResponse, Failure>) -> RequestError {
    match result {
        Err(Failure::Refused(error)) => error,
        other => panic!("expected a refused request, got {other:?}"),
    }
}

fn transport_error(result: Result<specgen_runtime::RawResponse, Failure>) -> TransportError {
    match result {
        Err(Failure::Transport(error)) => error,
        other => panic!("expected a transport error, got {other:?}"),
    }
}

#[tokio::test]
async fn path_parameters_are_encoded_as_one_segment() {
    let server = ok_server().await;
    let transport = transport(&server.uri());
    let response = transport
        .send(Request::get(&[
            PathPart::Literal("/api/publishers/"),
            PathPart::Param {
                name: "publisherId",
                value: "a/b?c#d%e f",
            },
            PathPart::Literal("/offers/"),
            PathPart::Param {
                name: "offerId",
                value: "é日",
            },
        ]))
        .await
        .unwrap();
    assert_eq!(response.status, StatusCode::OK);
    let request = only_request(&server).await;
    assert_eq!(
        request.url.path(),
        "/api/publishers/a%2Fb%3Fc%23d%25e%20f/offers/%C3%A9%E6%97%A5"
    );
    assert_eq!(request.url.query(), Some("api-version=2017-10-31"));
}

#[tokio::test]
async fn dot_and_empty_parameters_are_refused_before_sending() {
    let server = ok_server().await;
    let transport = transport(&server.uri());
    for value in [".", ".."] {
        let error = refused(
            transport
                .send(Request::get(&[
                    PathPart::Literal("/api/"),
                    PathPart::Param { name: "id", value },
                ]))
                .await,
        );
        assert!(
            matches!(error, RequestError::InvalidUrl { .. }),
            "{error:?}"
        );
    }
    let error = refused(
        transport
            .send(Request::get(&[
                PathPart::Literal("/api/"),
                PathPart::Param {
                    name: "id",
                    value: "",
                },
            ]))
            .await,
    );
    assert!(matches!(
        error,
        RequestError::EmptyPathParameter { name: "id" }
    ));
    assert!(received(&server).await.is_empty());
}

#[tokio::test]
async fn base_url_path_prefix_is_kept() {
    let server = ok_server().await;
    for prefix in ["/prefix", "/prefix/", "/prefix/v2"] {
        let transport = transport(&format!("{}{prefix}", server.uri()));
        transport
            .send(Request::get(&[PathPart::Literal("/api/publishers")]))
            .await
            .unwrap();
    }
    let paths: Vec<String> = received(&server)
        .await
        .iter()
        .map(|request| request.url.path().to_owned())
        .collect();
    assert_eq!(
        paths,
        [
            "/prefix/api/publishers",
            "/prefix/api/publishers",
            "/prefix/v2/api/publishers"
        ]
    );
}

#[test]
fn invalid_base_urls_are_rejected() {
    for url in [
        "",
        "not a url",
        "/relative/path",
        "ftp://example.com",
        "mailto:someone@example.com",
        "data:text/plain,hello",
        "http://",
        "https://example.com/?query=1",
        "https://example.com/#fragment",
    ] {
        match builder().base_url(url).build() {
            Err(BuildError::InvalidBaseUrl { url: given, reason }) => {
                assert_eq!(given, url);
                assert!(!reason.is_empty());
            }
            other => panic!("{url:?} gave {other:?}"),
        }
    }
    // The service default is checked the same way.
    let result = ClientBuilder::<Client>::new(ServiceDefaults {
        base_url: "ftp://example.com",
        ..common::DEFAULTS
    })
    .build();
    assert!(matches!(result, Err(BuildError::InvalidBaseUrl { .. })));
    // Valid ones.
    for url in [
        "http://127.0.0.1:8080",
        "http://127.0.0.1:8080/prefix",
        "https://example.com/",
        "HTTPS://Example.COM/a/b/",
    ] {
        builder().base_url(url).build().unwrap();
    }
    let client = builder().build().unwrap();
    assert_eq!(
        client.0.base_url().as_str(),
        "https://cloudpartner.azure.com/"
    );
}

#[tokio::test]
async fn api_version_comes_first_and_can_be_overridden() {
    let server = ok_server().await;
    let query = [
        ("$top", Some("5".to_owned())),
        ("skip", None),
        ("filter", Some("a b&c".to_owned())),
    ];
    let request = || Request {
        method: Method::GET,
        path: &[PathPart::Literal("/api/offers")],
        query: &query,
        headers: &[],
        body: None,
        idempotent: true,
    };
    transport(&server.uri()).send(request()).await.unwrap();
    builder()
        .base_url(server.uri())
        .api_version("2099-01-01")
        .build()
        .unwrap()
        .0
        .send(request())
        .await
        .unwrap();
    let without_version = ClientBuilder::<Client>::new(ServiceDefaults {
        api_version: None,
        ..common::DEFAULTS
    })
    .base_url(server.uri())
    .build()
    .unwrap()
    .0;
    without_version.send(request()).await.unwrap();
    without_version
        .send(Request::get(&[PathPart::Literal("/api/offers")]))
        .await
        .unwrap();

    let queries: Vec<Option<String>> = received(&server)
        .await
        .iter()
        .map(|request| request.url.query().map(str::to_owned))
        .collect();
    assert_eq!(
        queries,
        [
            Some("api-version=2017-10-31&%24top=5&filter=a+b%26c".to_owned()),
            Some("api-version=2099-01-01&%24top=5&filter=a+b%26c".to_owned()),
            Some("%24top=5&filter=a+b%26c".to_owned()),
            None,
        ]
    );
}

#[tokio::test]
async fn standard_headers_and_static_bearer_token() {
    let server = ok_server().await;
    let client = builder()
        .base_url(server.uri())
        .bearer_token(SECRET)
        .build()
        .unwrap();
    client
        .0
        .send(Request::get(&[PathPart::Literal("/api")]))
        .await
        .unwrap();
    let request = only_request(&server).await;
    let expected = format!("Bearer {SECRET}");
    assert_eq!(header(&request, "authorization"), [expected.as_str()]);
    assert_eq!(header(&request, "accept"), ["application/json"]);
    assert_eq!(
        header(&request, "user-agent"),
        ["cloud-partner-portal/0.1.0"]
    );
}

#[tokio::test]
async fn no_authentication_sends_no_authorization() {
    let server = ok_server().await;
    transport(&server.uri())
        .send(Request::get(&[PathPart::Literal("/api")]))
        .await
        .unwrap();
    let request = only_request(&server).await;
    assert!(header(&request, "authorization").is_empty());
}

#[tokio::test]
async fn token_provider_is_asked_for_every_request() {
    let server = ok_server().await;
    let provider = CountingProvider::default();
    let calls = provider.calls.clone();
    let transport = builder()
        .base_url(server.uri())
        .token_provider(provider)
        .build()
        .unwrap()
        .0;
    for _ in 0..2 {
        transport
            .send(Request::get(&[PathPart::Literal("/api")]))
            .await
            .unwrap();
    }
    assert_eq!(calls.load(Ordering::SeqCst), 2);
    let tokens: Vec<Vec<String>> = received(&server)
        .await
        .iter()
        .map(|request| {
            header(request, "authorization")
                .into_iter()
                .map(str::to_owned)
                .collect()
        })
        .collect();
    assert_eq!(tokens, [["Bearer token-1"], ["Bearer token-2"]]);
}

#[tokio::test]
async fn token_provider_failures_are_refused_before_sending() {
    let server = ok_server().await;
    let failing = builder()
        .base_url(server.uri())
        .token_provider(FixedProvider(Err("identity service unavailable")))
        .build()
        .unwrap()
        .0;
    let error = refused(
        failing
            .send(Request::get(&[PathPart::Literal("/api")]))
            .await,
    );
    assert!(matches!(error, RequestError::Token(_)), "{error:?}");
    assert!(
        error.to_string().contains("identity service unavailable"),
        "{error}"
    );

    let bad_token = builder()
        .base_url(server.uri())
        .token_provider(FixedProvider(Ok("SUPER-SECRET\r\nX-Injected: 1")))
        .build()
        .unwrap()
        .0;
    let error = refused(
        bad_token
            .send(Request::get(&[PathPart::Literal("/api")]))
            .await,
    );
    assert!(matches!(error, RequestError::InvalidToken), "{error:?}");
    assert!(!format!("{error} {error:?}").contains("SUPER-SECRET"));
    assert!(received(&server).await.is_empty());
}

#[test]
fn debug_output_never_shows_the_token() {
    let builder = builder().bearer_token(SECRET);
    let text = format!("{builder:?}");
    assert!(!text.contains(SECRET), "{text}");
    assert!(text.contains("auth: BearerToken(<redacted>)"), "{text}");

    let client = builder.build().unwrap();
    for text in [format!("{:?}", client.0), format!("{:#?}", client.0)] {
        assert!(!text.contains(SECRET), "{text}");
        assert!(text.contains("BearerToken(<redacted>)"), "{text}");
    }
    assert!(!format!("{client:?}").contains(SECRET));

    let token = specgen_runtime::Token::new(SECRET);
    assert_eq!(format!("{token:?}"), "Token(<redacted>)");
    assert_eq!(format!("{token}"), "<redacted>");
    assert_eq!(token.expose_secret(), SECRET);

    let with_provider = common::builder().token_provider(CountingProvider::default());
    assert!(format!("{with_provider:?}").contains("auth: TokenProvider"));
    assert!(format!("{:?}", with_provider.build().unwrap().0).contains("auth: TokenProvider"));
    let without = common::builder();
    assert!(format!("{without:?}").contains("auth: None"));
    assert!(format!("{:?}", without.build().unwrap().0).contains("auth: None"));
}

#[test]
fn invalid_static_tokens_are_rejected_without_printing_them() {
    for token in [
        "SUPER-SECRET\r\nX-Injected: 1",
        "SUPER-SECRET\n",
        "SUPER\0SECRET",
        "",
    ] {
        let error = builder().bearer_token(token).build().unwrap_err();
        assert!(matches!(error, BuildError::InvalidToken), "{error:?}");
        let text = format!("{error} {error:?}");
        assert!(!text.contains("SUPER"), "{text}");
    }
    let error = ClientBuilder::<Client>::new(ServiceDefaults {
        user_agent: "bad\r\nagent",
        ..common::DEFAULTS
    })
    .build()
    .unwrap_err();
    assert!(matches!(error, BuildError::InvalidUserAgent), "{error:?}");
}

#[tokio::test]
async fn invalid_header_values_are_refused_before_sending() {
    let server = ok_server().await;
    let transport = transport(&server.uri());
    for value in ["secret\r\nX-Injected: yes", "secret\nX", "secret\0"] {
        let headers = [
            ("x-fine", Some("ok".into())),
            ("x-custom", Some(value.into())),
        ];
        let error = refused(
            transport
                .send(Request {
                    method: Method::GET,
                    path: &[PathPart::Literal("/api")],
                    query: &[],
                    headers: &headers,
                    body: None,
                    idempotent: true,
                })
                .await,
        );
        assert!(
            matches!(error, RequestError::InvalidHeaderValue { name: "x-custom" }),
            "{error:?}"
        );
        assert!(!format!("{error} {error:?}").contains("secret"));
    }
    let headers = [("bad name", Some("value".into()))];
    let error = refused(
        transport
            .send(Request {
                method: Method::GET,
                path: &[PathPart::Literal("/api")],
                query: &[],
                headers: &headers,
                body: None,
                idempotent: true,
            })
            .await,
    );
    assert!(matches!(
        error,
        RequestError::InvalidHeaderValue { name: "bad name" }
    ));
    assert!(received(&server).await.is_empty());
}

#[tokio::test]
async fn body_and_request_headers_are_sent_as_given() {
    let server = ok_server().await;
    let transport = builder()
        .base_url(server.uri())
        .bearer_token(SECRET)
        .build()
        .unwrap()
        .0;
    let body = json_body(&serde_json::json!({ "name": "offer", "n": 1 })).unwrap();
    let headers = [
        ("Content-Type", Some("application/json".into())),
        ("x-ms-client-request-id", None),
        ("Accept", Some("application/problem+json".into())),
        ("x-multi", Some("one".into())),
        ("x-multi", Some("two".into())),
    ];
    let response = transport
        .send(Request {
            method: Method::POST,
            path: &[PathPart::Literal("/api/offers")],
            query: &[],
            headers: &headers,
            body: Some(body.clone()),
            idempotent: false,
        })
        .await
        .unwrap();
    assert_eq!(response.status, StatusCode::CREATED);
    let request = only_request(&server).await;
    assert_eq!(request.method.as_str(), "POST");
    assert_eq!(request.body, body);
    assert_eq!(header(&request, "content-type"), ["application/json"]);
    assert_eq!(header(&request, "accept"), ["application/problem+json"]);
    assert_eq!(header(&request, "x-multi"), ["one", "two"]);
    assert!(header(&request, "x-ms-client-request-id").is_empty());
    assert_eq!(header(&request, "authorization").len(), 1);
}

#[test]
fn json_body_reports_serialization_errors() {
    let mut map = std::collections::BTreeMap::new();
    map.insert((1, 2), 3);
    let error = json_body(&map).unwrap_err();
    assert!(matches!(error, RequestError::Body(_)), "{error:?}");
    assert!(std::error::Error::source(&error).is_some());
    assert_eq!(json_body("text").unwrap(), br#""text""#);
}

#[tokio::test]
async fn any_status_is_a_response() {
    let server = MockServer::start().await;
    Mock::given(path("/busy"))
        .respond_with(
            ResponseTemplate::new(503)
                .insert_header("retry-after", "3")
                .set_body_string("try later"),
        )
        .mount(&server)
        .await;
    let response = transport(&server.uri())
        .send(Request::get(&[PathPart::Literal("/busy")]))
        .await
        .unwrap();
    assert_eq!(response.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(response.body_text(), Some("try later"));
    assert_eq!(response.header::<i64>("retry-after").unwrap(), 3);
    assert!(is_retryable_status(response.status));
}

#[test]
fn retryable_statuses() {
    let retryable: Vec<u16> = (100..600)
        .filter(|code| is_retryable_status(StatusCode::from_u16(*code).unwrap()))
        .collect();
    assert_eq!(retryable, [408, 429, 500, 502, 503, 504]);
}

#[tokio::test]
async fn body_at_the_limit_is_read() {
    let server = MockServer::start().await;
    Mock::given(path("/ten"))
        .respond_with(ResponseTemplate::new(200).set_body_string("0123456789"))
        .mount(&server)
        .await;
    let transport = builder()
        .base_url(server.uri())
        .max_response_body(10)
        .build()
        .unwrap()
        .0;
    let response = transport
        .send(Request::get(&[PathPart::Literal("/ten")]))
        .await
        .unwrap();
    assert_eq!(&response.body[..], b"0123456789");
}

#[tokio::test]
async fn body_too_large_by_content_length() {
    let server = MockServer::start().await;
    Mock::given(path("/big"))
        .respond_with(
            ResponseTemplate::new(200)
                .insert_header("x-request-id", "r-1")
                .set_body_bytes(vec![b'x'; 11]),
        )
        .mount(&server)
        .await;
    let transport = builder()
        .base_url(server.uri())
        .max_response_body(10)
        .build()
        .unwrap()
        .0;
    let error = transport_error(
        transport
            .send(Request::get(&[PathPart::Literal("/big")]))
            .await,
    );
    match &error {
        TransportError::BodyTooLarge {
            status,
            headers,
            limit,
        } => {
            assert_eq!(*status, StatusCode::OK);
            assert_eq!(*limit, 10);
            assert_eq!(headers["x-request-id"], "r-1");
            assert_eq!(headers["content-length"], "11");
        }
        other => panic!("{other:?}"),
    }
    assert!(!error.is_timeout() && !error.is_connect());
    assert_eq!(
        error.to_string(),
        "status 200: response body is larger than the limit of 10 bytes"
    );
}

const CHUNKED_HEAD: &str =
    "HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\nX-Kind: chunked\r\nConnection: close\r\n\r\n";

#[tokio::test]
async fn body_too_large_while_streaming_chunks() {
    // 8 chunks of 1 KiB, no Content-Length: refused once past 2.5 KiB.
    let (uri, server) = chunked_server(CHUNKED_HEAD, vec![vec![b'y'; 1024]; 8]);
    let transport = builder()
        .base_url(uri)
        .max_response_body(2560)
        .build()
        .unwrap()
        .0;
    let error = transport_error(
        transport
            .send(Request::get(&[PathPart::Literal("/")]))
            .await,
    );
    match error {
        TransportError::BodyTooLarge {
            status,
            headers,
            limit,
        } => {
            assert_eq!(status, StatusCode::OK);
            assert_eq!(limit, 2560);
            assert_eq!(headers["x-kind"], "chunked");
            assert!(headers.get("content-length").is_none());
        }
        other => panic!("{other:?}"),
    }
    server.join().unwrap();
}

#[tokio::test]
async fn chunked_body_within_the_limit_is_read_whole() {
    let chunks: Vec<Vec<u8>> = (0..5u8).map(|i| vec![b'a' + i; 100]).collect();
    let expected = chunks.concat();
    let (uri, server) = chunked_server(CHUNKED_HEAD, chunks);
    let transport = builder()
        .base_url(uri)
        .max_response_body(500)
        .build()
        .unwrap()
        .0;
    let response = transport
        .send(Request::get(&[PathPart::Literal("/")]))
        .await
        .unwrap();
    assert_eq!(response.body, expected);
    server.join().unwrap();
}

#[tokio::test]
async fn slow_response_times_out() {
    let server = MockServer::start().await;
    Mock::given(path("/slow"))
        .respond_with(ResponseTemplate::new(200).set_delay(Duration::from_secs(2)))
        .mount(&server)
        .await;
    let transport = builder()
        .base_url(server.uri())
        .timeout(Duration::from_millis(200))
        .build()
        .unwrap()
        .0;
    let started = std::time::Instant::now();
    let error = transport_error(
        transport
            .send(Request::get(&[PathPart::Literal("/slow")]))
            .await,
    );
    assert!(error.is_timeout(), "{error:?}");
    assert!(!error.is_connect(), "{error:?}");
    assert!(started.elapsed() < Duration::from_secs(2));
}

#[tokio::test]
async fn unreachable_server_is_a_connect_error() {
    let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
    let port = listener.local_addr().unwrap().port();
    drop(listener);
    let transport = transport(&format!("http://127.0.0.1:{port}"));
    let error = transport_error(
        transport
            .send(Request::get(&[PathPart::Literal("/")]))
            .await,
    );
    assert!(error.is_connect(), "{error:?}");
    assert!(!error.is_timeout(), "{error:?}");
}

#[tokio::test]
async fn injected_http_client_is_used() {
    let server = ok_server().await;
    let http = specgen_runtime::reqwest::Client::builder().build().unwrap();
    let transport = builder()
        .base_url(server.uri())
        .bearer_token(SECRET)
        .http_client(http)
        .timeout(Duration::from_nanos(1)) // ignored with an injected client
        .build()
        .unwrap()
        .0;
    transport
        .send(Request::get(&[PathPart::Literal("/api")]))
        .await
        .unwrap();
    let request = only_request(&server).await;
    assert_eq!(
        header(&request, "user-agent"),
        ["cloud-partner-portal/0.1.0"]
    );
    assert_eq!(header(&request, "authorization").len(), 1);
}

async fn redirecting_server(location: String) -> MockServer {
    let server = MockServer::start().await;
    Mock::given(path("/start"))
        .respond_with(ResponseTemplate::new(302).insert_header("location", location.as_str()))
        .mount(&server)
        .await;
    Mock::given(path("/landing"))
        .respond_with(ResponseTemplate::new(200).set_body_string("landed"))
        .mount(&server)
        .await;
    server
}

#[tokio::test]
async fn a_redirect_to_another_origin_is_returned_not_followed() {
    // Same host (127.0.0.1), another port: another origin.
    let target = MockServer::start().await;
    Mock::given(path("/landing"))
        .respond_with(ResponseTemplate::new(200).set_body_string("landed"))
        .mount(&target)
        .await;
    let location = format!("{}/landing", target.uri());
    let origin = redirecting_server(location.clone()).await;

    let static_token = builder()
        .base_url(origin.uri())
        .bearer_token(SECRET)
        .build()
        .unwrap()
        .0;
    let with_provider = builder()
        .base_url(origin.uri())
        .token_provider(CountingProvider::default())
        .build()
        .unwrap()
        .0;
    for transport in [static_token, with_provider] {
        let response = transport
            .send(Request::get(&[PathPart::Literal("/start")]))
            .await
            .unwrap();
        // The 302 itself, with its Location, for the caller to judge.
        assert_eq!(response.status, StatusCode::FOUND);
        assert_eq!(response.headers["location"], location.as_str());
    }
    for request in received(&origin).await {
        assert_eq!(header(&request, "authorization").len(), 1);
    }
    assert!(received(&target).await.is_empty());
}

#[tokio::test]
async fn an_injected_client_follows_other_origins_without_the_authorization() {
    // reqwest's default policy, which an injected client keeps, follows the redirect but
    // drops the credentials on the way.
    let target = MockServer::start().await;
    Mock::given(path("/landing"))
        .respond_with(ResponseTemplate::new(200).set_body_string("landed"))
        .mount(&target)
        .await;
    let origin = redirecting_server(format!("{}/landing", target.uri())).await;
    let transport = builder()
        .base_url(origin.uri())
        .bearer_token(SECRET)
        .http_client(specgen_runtime::reqwest::Client::new())
        .build()
        .unwrap()
        .0;
    let response = transport
        .send(Request::get(&[PathPart::Literal("/start")]))
        .await
        .unwrap();
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.body_text(), Some("landed"));
    assert_eq!(
        header(&only_request(&origin).await, "authorization").len(),
        1
    );
    let landed = only_request(&target).await;
    assert!(
        header(&landed, "authorization").is_empty(),
        "{:?}",
        landed.headers
    );
    assert_eq!(
        header(&landed, "user-agent"),
        ["cloud-partner-portal/0.1.0"]
    );
}

#[tokio::test]
async fn authorization_follows_a_redirect_within_the_origin() {
    // The counterpart of the test above, showing that it can see the header.
    let server = MockServer::start().await;
    Mock::given(path("/start"))
        .respond_with(ResponseTemplate::new(302).insert_header("location", "/landing"))
        .mount(&server)
        .await;
    Mock::given(path("/landing"))
        .respond_with(ResponseTemplate::new(200))
        .mount(&server)
        .await;
    let transport = builder()
        .base_url(server.uri())
        .bearer_token(SECRET)
        .build()
        .unwrap()
        .0;
    transport
        .send(Request::get(&[PathPart::Literal("/start")]))
        .await
        .unwrap();
    let requests = received(&server).await;
    assert_eq!(requests.len(), 2);
    assert_eq!(requests[1].url.path(), "/landing");
    let expected = format!("Bearer {SECRET}");
    assert_eq!(header(&requests[1], "authorization"), [expected.as_str()]);
}

#[test]
fn send_future_is_send_and_transport_is_shareable() {
    fn assert_send<T: Send>(_: &T) {}
    fn assert_send_sync_clone<T: Send + Sync + Clone + 'static>() {}
    assert_send_sync_clone::<Transport>();
    let transport = transport("http://127.0.0.1:9");
    let future = transport.send(Request::get(&[PathPart::Literal("/")]));
    assert_send(&future);
}
