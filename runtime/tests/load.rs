//! One client, a thousand concurrent requests, twice: all succeed with their own answers,
//! connections are kept alive and reused, and nothing is left open afterwards.
//!
//! The server counts the connections it accepts. An HTTP/1.1 connection carries one request
//! at a time, and the client has at most `max_concurrent_requests` (default 100) in flight, so
//! it never needs more than 100 connections at once. reqwest's pool may open a few more: a
//! request that finds no idle connection starts connecting, and when an idle one comes back
//! first it takes that one while the new connection joins the pool. Each request starts at most
//! one such connection, and only while all pooled connections are busy, so the pool stays
//! below twice the limit: that is the bound asserted. Without reuse each request would need its
//! own connection, 2,000 in all.
//!
//! One test in its own binary: it counts the process's open file descriptors.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::sync::atomic::Ordering;
use std::time::Duration;

use common::builder;
use common::raw::{Reply, json_ok, serve};
use specgen_runtime::{Method, PathPart, Request, StatusCode, Transport};
use tokio::task::JoinSet;

const REQUESTS: usize = 1000;
/// `ClientBuilder::max_concurrent_requests` by default.
const DEFAULT_LIMIT: usize = 100;

/// Sends `REQUESTS` concurrent requests for `/items/<n>` and checks each answer is its own.
async fn wave(transport: &Transport) {
    let mut requests = JoinSet::new();
    for n in 0..REQUESTS {
        let transport = transport.clone();
        requests.spawn(async move {
            let id = n.to_string();
            let path = [
                PathPart::Literal("/items/"),
                PathPart::Param {
                    name: "id",
                    value: &id,
                },
            ];
            let response = transport
                .send(Request {
                    method: Method::GET,
                    path: &path,
                    query: &[],
                    headers: &[],
                    body: None,
                    idempotent: true,
                })
                .await
                .unwrap_or_else(|error| panic!("request {n} failed: {error}"));
            assert_eq!(response.status, StatusCode::OK);
            let echoed: String = response.json().unwrap();
            assert!(
                echoed.starts_with(&format!("GET /items/{n}?")),
                "request {n} got {echoed}"
            );
        });
    }
    let mut done = 0;
    while let Some(result) = requests.join_next().await {
        result.unwrap();
        done += 1;
    }
    assert_eq!(done, REQUESTS);
}

/// The number of open file descriptors of this process.
#[cfg(target_os = "linux")]
fn open_fds() -> usize {
    std::fs::read_dir("/proc/self/fd").unwrap().count()
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_thousand_concurrent_requests_reuse_a_bounded_pool_and_leak_nothing() {
    // Each answer takes a moment, so that requests really overlap; it echoes the request line.
    let server = serve(|_, request| {
        let line = String::from_utf8_lossy(request.request_line()).into_owned();
        Reply::After(
            Duration::from_millis(2),
            json_ok(&serde_json::to_string(&line).unwrap()),
        )
    })
    .await;
    #[cfg(target_os = "linux")]
    let before = open_fds();

    let transport = builder().base_url(&server.url).build().unwrap().0;
    wave(&transport).await;
    let after_first = server.accepted();
    let overlap = server.record.max_in_flight.load(Ordering::SeqCst);
    assert!(
        (2..=DEFAULT_LIMIT).contains(&overlap),
        "{overlap} requests were answered at once"
    );
    assert!(
        (1..=2 * DEFAULT_LIMIT).contains(&after_first),
        "{after_first} connections for {REQUESTS} requests"
    );

    wave(&transport).await;
    let accepted = server.accepted();
    assert!(
        accepted <= 2 * DEFAULT_LIMIT,
        "{accepted} connections for {} requests",
        2 * REQUESTS
    );
    assert_eq!(server.requests().len(), 2 * REQUESTS);
    println!(
        "{} requests, {accepted} connections ({after_first} after the first wave), at most {overlap} answered at once",
        2 * REQUESTS
    );

    // Dropping the client closes its pooled connections: the server sees every one end, and
    // the process is back to the descriptors it had.
    drop(transport);
    let deadline = tokio::time::Instant::now() + Duration::from_secs(5);
    loop {
        let closed = server.record.closed.load(Ordering::SeqCst);
        #[cfg(target_os = "linux")]
        let settled = closed == accepted && open_fds() <= before;
        #[cfg(not(target_os = "linux"))]
        let settled = closed == accepted;
        if settled {
            break;
        }
        assert!(
            tokio::time::Instant::now() < deadline,
            "{closed} of {accepted} connections closed"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    #[cfg(target_os = "linux")]
    println!(
        "{before} file descriptors before the client, {} after",
        open_fds()
    );
}
