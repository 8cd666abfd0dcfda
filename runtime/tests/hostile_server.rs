//! The transport against servers that misbehave: every case ends promptly in a value that
//! keeps what arrived (status, headers, bytes), never in a hang, a panic or unbounded memory.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::future::Future;
use std::sync::atomic::Ordering;
use std::time::Duration;

use common::raw::{RawServer, Reply, json_ok, response, serve};
use common::{builder, transport};
use specgen_runtime::{
    DecodeErrorKind, Failure, PathPart, RawResponse, Request, RequestError, StatusCode,
    TransportError, Url,
};

/// How long any case may take before it counts as a hang. Every case is meant to end in far
/// less; the bound only turns a regression into a failure instead of a stuck test.
const PROMPTLY: Duration = Duration::from_secs(5);

async fn promptly<T>(future: impl Future<Output = T>) -> T {
    tokio::time::timeout(PROMPTLY, future)
        .await
        .expect("the client should have returned long before")
}

async fn get_root(server: &RawServer, limit: usize) -> Result<RawResponse, Failure> {
    let transport = builder()
        .base_url(&server.url)
        .max_response_body(limit)
        .build()
        .unwrap()
        .0;
    promptly(transport.send(Request::get(&[PathPart::Literal("/")]))).await
}

fn transport_error(result: Result<RawResponse, Failure>) -> TransportError {
    match result {
        Err(Failure::Transport(error)) => error,
        other => panic!("expected a transport error, got {other:?}"),
    }
}

/// Waits until the server saw the client hang up on an endless answer.
async fn client_hangs_up(server: &RawServer) {
    promptly(async {
        while !server.record.client_hung_up.load(Ordering::SeqCst) {
            tokio::time::sleep(Duration::from_millis(10)).await;
        }
    })
    .await;
}

// ---------------------------------------------------------------------------------------------
// Size limit
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_declared_length_over_the_limit_is_refused_before_reading_the_body() {
    // 10 GiB announced, then a trickle that would take hours: only refusing on the
    // Content-Length returns at once.
    let server = serve(|_, _| Reply::Endless {
        head: b"HTTP/1.1 200 OK\r\ncontent-length: 10737418240\r\nx-request-id: big-1\r\n\r\n"
            .to_vec(),
        chunk: vec![b'x'; 1024],
        every: Duration::from_millis(50),
    })
    .await;
    let error = transport_error(get_root(&server, 1024 * 1024).await);
    let TransportError::BodyTooLarge {
        status,
        headers,
        limit,
    } = &error
    else {
        panic!("{error:?}");
    };
    assert_eq!((*status, *limit), (StatusCode::OK, 1024 * 1024));
    assert_eq!(headers["x-request-id"], "big-1");
    assert_eq!(error.status(), Some(StatusCode::OK));
    assert_eq!(error.headers().unwrap()["content-length"], "10737418240");
    assert!(!error.is_retryable());
    // The client closed the connection rather than draining it.
    client_hangs_up(&server).await;
    let sent = server.record.endless_bytes.load(Ordering::SeqCst);
    assert!(sent < 1024 * 1024, "the server sent {sent} bytes");
}

#[tokio::test]
async fn an_endless_chunked_body_is_cut_off_once_past_the_limit() {
    // 16 KiB chunks without end and without Content-Length.
    let mut chunk = format!("{:x}\r\n", 16 * 1024).into_bytes();
    chunk.extend_from_slice(&[b'y'; 16 * 1024]);
    chunk.extend_from_slice(b"\r\n");
    let server = serve(move |_, _| Reply::Endless {
        head: b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\nx-kind: endless\r\n\r\n".to_vec(),
        chunk: chunk.clone(),
        every: Duration::from_millis(2),
    })
    .await;
    let limit = 100 * 1024;
    let error = transport_error(get_root(&server, limit).await);
    match &error {
        TransportError::BodyTooLarge {
            status, headers, ..
        } => {
            assert_eq!(*status, StatusCode::OK);
            assert_eq!(headers["x-kind"], "endless");
        }
        other => panic!("{other:?}"),
    }
    client_hangs_up(&server).await;
    // The server stopped after a few socket buffers' worth, far from the bound of an
    // endless answer (256 MiB): the client read at most the limit and hung up.
    let sent = server.record.endless_bytes.load(Ordering::SeqCst);
    assert!(sent < 32 * 1024 * 1024, "the server sent {sent} bytes");
}

#[tokio::test]
async fn a_head_that_never_ends_is_refused() {
    // Header lines without end: the HTTP parser's own bound on the head applies.
    let server = serve(|_, _| Reply::Endless {
        head: b"HTTP/1.1 200 OK\r\n".to_vec(),
        chunk: format!("x-filler: {}\r\n", "a".repeat(1000)).into_bytes(),
        every: Duration::ZERO,
    })
    .await;
    let error = transport_error(get_root(&server, 1024).await);
    assert!(matches!(error, TransportError::Http(_)), "{error:?}");
    client_hangs_up(&server).await;
}

// ---------------------------------------------------------------------------------------------
// Timeouts
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_server_that_never_answers_hits_the_request_timeout() {
    let server = serve(|_, _| Reply::Hang).await;
    let transport = builder()
        .base_url(&server.url)
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap()
        .0;
    let error =
        transport_error(promptly(transport.send(Request::get(&[PathPart::Literal("/")]))).await);
    assert!(error.is_timeout(), "{error:?}");
    assert!(!error.is_connect(), "{error:?}");
    assert!(error.is_retryable());
    assert_eq!(error.status(), None);
    // The request did arrive: the connection was made and the server kept silent.
    assert_eq!(server.requests().len(), 1);
}

#[tokio::test]
async fn a_body_that_stalls_hits_the_timeout_keeping_what_arrived() {
    let server = serve(|_, _| Reply::Endless {
        head: b"HTTP/1.1 200 OK\r\ncontent-length: 100\r\nx-request-id: slow-1\r\n\r\n0123456789"
            .to_vec(),
        chunk: Vec::new(),
        every: Duration::from_secs(10),
    })
    .await;
    let transport = builder()
        .base_url(&server.url)
        .timeout(Duration::from_millis(400))
        .build()
        .unwrap()
        .0;
    let error =
        transport_error(promptly(transport.send(Request::get(&[PathPart::Literal("/")]))).await);
    let TransportError::IncompleteBody { response, .. } = &error else {
        panic!("{error:?}");
    };
    assert_eq!(response.status, StatusCode::OK);
    assert_eq!(response.headers["x-request-id"], "slow-1");
    assert_eq!(&response.body[..], b"0123456789");
    assert!(error.is_timeout(), "{error:?}");
}

/// Connect timeout without leaving 127.0.0.1: a listener with a backlog of 0 that never
/// accepts. Once its accept queue holds one connection, Linux drops further SYNs, so the next
/// connect hangs in the handshake until the client gives up.
#[cfg(target_os = "linux")]
#[tokio::test]
async fn a_server_whose_backlog_is_full_hits_the_connect_timeout() {
    let socket = tokio::net::TcpSocket::new_v4().unwrap();
    socket.bind("127.0.0.1:0".parse().unwrap()).unwrap();
    let listener = socket.listen(0).unwrap();
    let address = listener.local_addr().unwrap();
    // Fill the queue: connect until a handshake does not complete.
    let mut fillers = Vec::new();
    let mut full = false;
    for _ in 0..16 {
        match tokio::time::timeout(
            Duration::from_millis(200),
            tokio::net::TcpStream::connect(address),
        )
        .await
        {
            Ok(Ok(stream)) => fillers.push(stream),
            Ok(Err(error)) => panic!("connecting a filler failed: {error}"),
            Err(_) => {
                full = true;
                break;
            }
        }
    }
    assert!(full, "the accept queue never filled up");

    let transport = builder()
        .base_url(format!("http://{address}"))
        .connect_timeout(Duration::from_millis(200))
        .timeout(Duration::from_secs(60))
        .build()
        .unwrap()
        .0;
    let error =
        transport_error(promptly(transport.send(Request::get(&[PathPart::Literal("/")]))).await);
    assert!(error.is_connect(), "{error:?}");
    assert!(error.is_timeout(), "{error:?}");
    assert!(error.is_retryable());
    drop((fillers, listener));
}

// ---------------------------------------------------------------------------------------------
// Broken bodies
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_body_shorter_than_its_length_keeps_status_headers_and_bytes() {
    let server = serve(|_, _| {
        Reply::SendAndClose(
            b"HTTP/1.1 503 Service Unavailable\r\ncontent-length: 100\r\nretry-after: 7\r\n\r\n{\"error\":"
                .to_vec(),
        )
    })
    .await;
    let error = transport_error(get_root(&server, 1024).await);
    let TransportError::IncompleteBody { response, source } = &error else {
        panic!("{error:?}");
    };
    assert_eq!(response.status, StatusCode::SERVICE_UNAVAILABLE);
    assert_eq!(response.headers["retry-after"], "7");
    assert_eq!(&response.body[..], b"{\"error\":");
    assert!(
        source.is_body() || source.is_decode() || source.is_request(),
        "{source:?}"
    );
    assert!(error.is_retryable());
    assert!(!error.is_timeout() && !error.is_connect());
    assert_eq!(error.status(), Some(StatusCode::SERVICE_UNAVAILABLE));
    let text = error.to_string();
    assert!(
        text.starts_with("status 503: the response body broke off after 9 bytes: "),
        "{text}"
    );
    assert!(std::error::Error::source(&error).is_some());
}

#[tokio::test]
async fn a_chunked_body_that_breaks_off_keeps_the_chunks_read() {
    let server = serve(|_, _| {
        Reply::SendAndClose(
            b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\na\r\n0123456789\r\n5\r\nab"
                .to_vec(),
        )
    })
    .await;
    let error = transport_error(get_root(&server, 1024).await);
    let TransportError::IncompleteBody { response, .. } = &error else {
        panic!("{error:?}");
    };
    assert_eq!(response.status, StatusCode::OK);
    assert!(
        response.body.starts_with(b"0123456789"),
        "{:?}",
        response.body
    );
}

#[tokio::test]
async fn a_malformed_chunk_is_an_incomplete_body() {
    let server = serve(|_, _| {
        Reply::SendAndClose(
            b"HTTP/1.1 200 OK\r\ntransfer-encoding: chunked\r\n\r\nzz\r\nnot a chunk\r\n0\r\n\r\n"
                .to_vec(),
        )
    })
    .await;
    let error = transport_error(get_root(&server, 1024).await);
    let TransportError::IncompleteBody { response, .. } = &error else {
        panic!("{error:?}");
    };
    assert_eq!(response.status, StatusCode::OK);
    assert!(response.body.is_empty());
}

#[tokio::test]
async fn garbage_instead_of_http_is_a_transport_error() {
    for garbage in [
        &b"hello, this is not HTTP\r\n\r\n"[..],
        b"HTTP/1.1 OK\r\n\r\n",
        b"HTTP/1.1 2000 Too Much\r\n\r\n",
        b"HTTP/1.1 200 OK\r\ncontent-length: -5\r\n\r\n",
        b"HTTP/1.1 200 OK\r\ncontent-length: 1\r\ncontent-length: 2\r\n\r\nab",
        b"",
    ] {
        let server = serve(move |_, _| Reply::SendAndClose(garbage.to_vec())).await;
        let error = transport_error(get_root(&server, 1024).await);
        assert!(
            matches!(error, TransportError::Http(_)),
            "{:?}: {error:?}",
            String::from_utf8_lossy(garbage)
        );
    }
}

// ---------------------------------------------------------------------------------------------
// Bodies and headers that do not decode
// ---------------------------------------------------------------------------------------------

/// A raw response with the given content type and body, read by the transport.
async fn served(status: u16, headers: &[(&str, &str)], body: &[u8]) -> RawResponse {
    let bytes = response(status, headers, body);
    let server = serve(move |_, _| Reply::Send(bytes.clone())).await;
    get_root(&server, 1024 * 1024).await.unwrap()
}

#[derive(Debug, serde::Deserialize)]
struct Named {
    #[allow(dead_code)]
    name: String,
}

#[tokio::test]
async fn invalid_utf8_and_invalid_json_are_decode_errors_keeping_the_bytes() {
    let bad_utf8: &[u8] = b"{\"name\": \"caf\xe9\"}";
    let not_json: &[u8] = b"{\"name\": ";
    for body in [bad_utf8, not_json] {
        let response = served(
            200,
            &[
                ("content-type", "application/json"),
                ("x-request-id", "r-9"),
            ],
            body,
        )
        .await;
        let error = response.json::<Named>().unwrap_err();
        assert!(matches!(error.kind, DecodeErrorKind::Body(_)), "{error:?}");
        assert_eq!(error.response.status, StatusCode::OK);
        assert_eq!(error.response.headers["x-request-id"], "r-9");
        assert_eq!(&error.response.body[..], body);
        assert!(error.to_string().starts_with("status 200: "), "{error}");
    }
}

#[tokio::test]
async fn a_body_declared_as_another_type_is_a_content_type_error() {
    let response = served(
        200,
        &[("content-type", "text/html; charset=utf-8")],
        br#"{"name":"x"}"#,
    )
    .await;
    let error = response.json::<Named>().unwrap_err();
    match &error.kind {
        DecodeErrorKind::ContentType { content_type } => {
            assert_eq!(content_type, "text/html; charset=utf-8");
        }
        other => panic!("{other:?}"),
    }
    assert_eq!(&error.response.body[..], br#"{"name":"x"}"#);
    assert_eq!(
        error.response.headers["content-type"],
        "text/html; charset=utf-8"
    );
    assert_eq!(
        error.to_string(),
        "status 200: the response's Content-Type `text/html; charset=utf-8` is not JSON"
    );
    // The same body as JSON, as a `+json` type, or without a declared type, decodes.
    for headers in [
        &[("content-type", "application/json; charset=utf-8")][..],
        &[("content-type", "application/problem+json")][..],
        &[][..],
    ] {
        let response = served(200, headers, br#"{"name":"x"}"#).await;
        response.json::<Named>().unwrap();
    }
    // A blank optional body is no body, whatever its declared type.
    let blank = served(404, &[("content-type", "text/plain")], b"").await;
    assert!(blank.optional_json::<Named>().unwrap().is_none());
}

#[tokio::test]
async fn missing_and_malformed_typed_headers_are_decode_errors_naming_them() {
    let response = served(
        202,
        &[
            ("x-count", "many"),
            ("operation-location", "/api/operations/7"),
            ("x-date", "31/12/2024"),
        ],
        b"",
    )
    .await;
    let error = response.header::<i64>("x-count").unwrap_err();
    assert!(
        matches!(
            &error.kind,
            DecodeErrorKind::InvalidHeader {
                name: "x-count",
                ..
            }
        ),
        "{error:?}"
    );
    assert_eq!(error.response.status, StatusCode::ACCEPTED);
    assert_eq!(error.response.headers["x-count"], "many");
    let error = response
        .header::<specgen_runtime::NaiveDate>("x-date")
        .unwrap_err();
    assert!(error.to_string().contains("`x-date`"), "{error}");
    let error = response.header::<String>("x-absent").unwrap_err();
    assert!(matches!(
        error.kind,
        DecodeErrorKind::MissingHeader { name: "x-absent" }
    ));
    // A relative Operation-Location: an error where an absolute URL is required, resolved
    // against the base URL where the API description allows a reference.
    let error = response.header::<Url>("operation-location").unwrap_err();
    assert!(
        matches!(&error.kind, DecodeErrorKind::InvalidHeader { reason, .. } if reason == "relative URL"),
        "{error:?}"
    );
    let base = Url::parse("https://cloudpartner.azure.com/").unwrap();
    assert_eq!(
        response
            .url_reference("operation-location", &base)
            .unwrap()
            .as_str(),
        "https://cloudpartner.azure.com/api/operations/7"
    );
}

#[tokio::test]
async fn a_header_of_raw_bytes_is_a_decode_error() {
    // Bytes above 0x7F are allowed on the wire (obs-text) but are not UTF-8 here.
    let mut bytes = b"HTTP/1.1 200 OK\r\nx-name: caf\xe9\r\ncontent-length: 0\r\n\r\n".to_vec();
    bytes.shrink_to_fit();
    let server = serve(move |_, _| Reply::Send(bytes.clone())).await;
    let response = get_root(&server, 1024).await.unwrap();
    let error = response.header::<String>("x-name").unwrap_err();
    assert!(
        matches!(&error.kind, DecodeErrorKind::InvalidHeader { name: "x-name", reason } if reason == "not valid UTF-8"),
        "{error:?}"
    );
    assert_eq!(error.response.headers["x-name"].as_bytes(), b"caf\xe9");
}

// ---------------------------------------------------------------------------------------------
// Where the server points
// ---------------------------------------------------------------------------------------------

#[tokio::test]
async fn a_status_url_of_another_origin_is_refused_before_sending() {
    let own = serve(|_, _| Reply::Send(json_ok("{}"))).await;
    let other = serve(|_, _| Reply::Send(json_ok("{}"))).await;
    let transport = builder()
        .base_url(&own.url)
        .bearer_token("SUPER-SECRET-TOKEN")
        .build()
        .unwrap()
        .0;
    let foreign = [
        format!("{}/api/operations/7", other.url),
        // Same host and port, another scheme.
        own.url.replace("http://", "https://") + "/api/operations/7",
        // Another name for the same address is another origin too.
        own.url.replace("127.0.0.1", "localhost") + "/api/operations/7",
    ];
    for url in foreign {
        let url = Url::parse(&url).unwrap();
        let error = match promptly(transport.get_url(url.clone())).await {
            Err(Failure::Refused(error)) => error,
            other => panic!("{url}: expected a refusal, got {other:?}"),
        };
        let RequestError::ForeignUrl {
            url: refused,
            origin,
        } = &error
        else {
            panic!("{error:?}");
        };
        assert_eq!(**refused, url);
        assert_eq!(origin, &own.url);
        assert!(!format!("{error} {error:?}").contains("SUPER-SECRET"));
    }
    assert!(other.requests().is_empty());
    assert!(own.requests().is_empty());
    // The same path on the client's own origin is read, with the credentials.
    let own_url = Url::parse(&format!("{}/api/operations/7", own.url)).unwrap();
    promptly(transport.get_url(own_url)).await.unwrap();
    assert_eq!(
        own.requests()[0].header("authorization"),
        ["Bearer SUPER-SECRET-TOKEN"]
    );
}

#[tokio::test]
async fn redirects_stop_at_the_origin_and_loops_end() {
    // A same-origin hop, then a hop to another origin: followed, then returned.
    let elsewhere = serve(|_, _| Reply::Send(json_ok("{}"))).await;
    let target = format!("{}/stolen", elsewhere.url.replace("127.0.0.1", "localhost"));
    let server = serve(move |_, request| {
        if request.request_line().starts_with(b"GET /first?") {
            Reply::Send(response(307, &[("location", "/second")], b""))
        } else {
            Reply::Send(response(302, &[("location", target.as_str())], b"moved"))
        }
    })
    .await;
    let client = builder()
        .base_url(&server.url)
        .bearer_token("SUPER-SECRET-TOKEN")
        .build()
        .unwrap()
        .0;
    let answer = promptly(client.send(Request::get(&[PathPart::Literal("/first")])))
        .await
        .unwrap();
    assert_eq!(answer.status, StatusCode::FOUND);
    assert!(
        answer.headers["location"]
            .to_str()
            .unwrap()
            .ends_with("/stolen")
    );
    assert_eq!(&answer.body[..], b"moved");
    let requests = server.requests();
    assert_eq!(requests.len(), 2);
    for request in &requests {
        assert_eq!(
            request.header("authorization"),
            ["Bearer SUPER-SECRET-TOKEN"]
        );
    }
    assert!(elsewhere.requests().is_empty());

    // A redirect to itself, forever: an error after 10 hops, not a hang.
    let looping = serve(|_, _| Reply::Send(response(302, &[("location", "/again")], b""))).await;
    let error = transport_error(
        promptly(transport(&looping.url).send(Request::get(&[PathPart::Literal("/")]))).await,
    );
    assert!(matches!(error, TransportError::Http(_)), "{error:?}");
    assert!(
        std::error::Error::source(&error)
            .is_some_and(|source| format!("{source:?}").contains("redirects")),
        "{error:?}"
    );
    assert_eq!(looping.requests().len(), 11);
}
