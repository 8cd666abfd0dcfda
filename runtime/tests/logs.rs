//! The bearer token never reaches the logs.
//!
//! The runtime itself logs nothing. What logs is the HTTP stack under it: reqwest writes
//! through the `log` facade (connections, redirects, retries of its own). This test captures
//! every record at every level while the client sends, follows redirects and fails, and
//! searches them for the token. Its counterpart shows that the capture does see raw request
//! bytes: an injected client with reqwest's `connection_verbose` logs the `Authorization`
//! header, which is why the builder's docs warn against it.
//!
//! One test in its own binary: the logger is global to the process.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::sync::Mutex;
use std::time::Duration;

use common::raw::{Reply, json_ok, response, serve};
use common::{CountingProvider, builder};
use specgen_runtime::{PathPart, Request, RetryPolicy, Url};

const SECRET: &str = "SUPER-SECRET-TOKEN-0d93aa";

/// Keeps every log record as text.
struct Capture(Mutex<Vec<String>>);

impl log::Log for Capture {
    fn enabled(&self, _: &log::Metadata<'_>) -> bool {
        true
    }

    fn log(&self, record: &log::Record<'_>) {
        self.0.lock().unwrap().push(format!(
            "{} {}: {}",
            record.level(),
            record.target(),
            record.args()
        ));
    }

    fn flush(&self) {}
}

static CAPTURE: Capture = Capture(Mutex::new(Vec::new()));

fn take_logs() -> Vec<String> {
    std::mem::take(&mut *CAPTURE.0.lock().unwrap())
}

#[tokio::test]
async fn the_token_never_reaches_the_logs() {
    log::set_logger(&CAPTURE).unwrap();
    log::set_max_level(log::LevelFilter::Trace);

    let elsewhere = serve(|_, _| Reply::Send(json_ok("{}"))).await;
    let away = format!("{}/away", elsewhere.url);
    let server = serve(move |n, request| {
        let line = String::from_utf8_lossy(request.request_line()).into_owned();
        if line.starts_with("GET /hop") {
            Reply::Send(response(307, &[("location", "/ok")], b""))
        } else if line.starts_with("GET /away") {
            Reply::Send(response(302, &[("location", away.as_str())], b""))
        } else if line.starts_with("GET /flaky") && n % 2 == 0 {
            Reply::Send(response(503, &[("retry-after", "0")], b""))
        } else if line.starts_with("GET /hang") {
            Reply::Hang
        } else {
            Reply::Send(json_ok("{}"))
        }
    })
    .await;
    let static_token = builder()
        .base_url(&server.url)
        .bearer_token(SECRET)
        .timeout(Duration::from_millis(300))
        .retry(RetryPolicy::default().max_attempts(2))
        .build()
        .unwrap()
        .0;
    let provider = builder()
        .base_url(&server.url)
        .token_provider(CountingProvider::default())
        .timeout(Duration::from_millis(300))
        .build()
        .unwrap()
        .0;
    for path in ["/ok", "/hop", "/away", "/flaky", "/hang"] {
        let _ = static_token
            .send(Request::get(&[PathPart::Literal(path)]))
            .await;
        let _ = provider
            .send(Request::get(&[PathPart::Literal(path)]))
            .await;
    }
    let status_url = Url::parse(&format!("{}/ok", server.url)).unwrap();
    static_token.get_url(status_url).await.unwrap();
    let logs = take_logs();
    assert!(
        logs.iter()
            .any(|line| line.contains("starting new connection")),
        "the capture saw no reqwest log at all: {logs:#?}"
    );
    for line in &logs {
        assert!(!line.contains(SECRET), "{line}");
        assert!(!line.contains("token-1"), "{line}");
    }

    // The counterpart: an injected client that logs raw bytes shows the header, so the
    // capture above would have seen a leak.
    let verbose = specgen_runtime::reqwest::Client::builder()
        .connection_verbose(true)
        .build()
        .unwrap();
    let leaky = builder()
        .base_url(&server.url)
        .bearer_token(SECRET)
        .http_client(verbose)
        .build()
        .unwrap()
        .0;
    leaky
        .send(Request::get(&[PathPart::Literal("/ok")]))
        .await
        .unwrap();
    let logs = take_logs();
    assert!(
        logs.iter().any(|line| line.contains(SECRET)),
        "connection_verbose should log the raw request: {logs:#?}"
    );
}
