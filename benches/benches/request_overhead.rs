//! The generated client's request overhead against a hand-written reqwest call of the same
//! request, to the same loopback server, on the same runtime and HTTP client, in one run.
//!
//! Two operations of the real spec: `retrieve_offer` (a `GET` answered by the spec's 4 KiB
//! example offer, decoded into `Offer`) and `cancel_operation` (a `POST` with a JSON body
//! answered `202` with an `Operation-Location` header, read as a `Url`). Before measuring, the
//! server records one request from each side and the bench checks they are the same request
//! (method, URL, headers, body) and that both sides return the same value.
//!
//! criterion measures each side in turn. As the machine's load can drift between the two, the
//! bench then measures them once more interleaved: rounds of a block of calls of one side then
//! a block of the other (which goes first alternates), and prints the median time per call of
//! each side, the ratio of the medians and the spread of the per-round ratios.
//!
//! `cargo bench -p specgen-benches --bench request_overhead`; criterion's ratios with
//! `cargo run -p specgen-benches --bin bench-report -- target/criterion` (see BENCHMARKS.md).
#![allow(missing_docs, clippy::expect_used, clippy::panic, clippy::unwrap_used)]

use std::convert::Infallible;
use std::hint::black_box;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use bytes::Bytes;
use cloud_partner_portal::{
    CancelOperationRequest, CancelOperationRequestMetadata, CancelOperationResponse, Client, Offer,
    RetrieveOfferResponse,
};
use criterion::Criterion;
use http::header::{ACCEPT, CONTENT_TYPE, USER_AGENT};
use http::{Method, StatusCode};
use http_body_util::{BodyExt, Full};
use hyper::body::Incoming;
use hyper_util::rt::TokioIo;
use specgen_benches::REAL_SPEC;
use tokio::net::TcpListener;

const TOKEN: &str = "bench-token";
const PUBLISHER: &str = "contoso";
const OFFER: &str = "contoso-virtualmachineoffer";
const API_VERSION: &str = "2017-10-31";
const USER_AGENT_VALUE: &str = "cloud-partner-portal/0.1.0";
const OPERATION_LOCATION: &str = "https://cloudpartner.azure.com/api/publishers/contoso/offers/contoso-virtualmachineoffer/operations/56615b67-2185-49fe-80d2-c4ddf77bb2e8";

/// One request as the server saw it: method, path and query, headers sorted, body.
type Seen = (Method, String, Vec<(String, Vec<u8>)>, Bytes);

/// The loopback server: fixed answers, and the last request when asked to record.
struct Server {
    offer_path: String,
    cancel_path: String,
    offer_json: Bytes,
    recording: AtomicBool,
    seen: Mutex<Option<Seen>>,
}

impl Server {
    async fn answer(
        self: Arc<Self>,
        request: hyper::Request<Incoming>,
    ) -> Result<hyper::Response<Full<Bytes>>, Infallible> {
        let (parts, body) = request.into_parts();
        let body = body
            .collect()
            .await
            .map(|b| b.to_bytes())
            .unwrap_or_default();
        if self.recording.load(Ordering::Relaxed) {
            let mut headers: Vec<(String, Vec<u8>)> = parts
                .headers
                .iter()
                .map(|(name, value)| (name.to_string(), value.as_bytes().to_vec()))
                .collect();
            headers.sort();
            let uri = parts.uri.to_string();
            *self.seen.lock().unwrap() = Some((parts.method.clone(), uri, headers, body));
        }
        let response = hyper::Response::builder();
        let response = match (&parts.method, parts.uri.path()) {
            (&Method::GET, path) if path == self.offer_path => response
                .status(StatusCode::OK)
                .header(CONTENT_TYPE, "application/json")
                .body(Full::new(self.offer_json.clone())),
            (&Method::POST, path) if path == self.cancel_path => response
                .status(StatusCode::ACCEPTED)
                .header("Operation-Location", OPERATION_LOCATION)
                .body(Full::new(Bytes::new())),
            _ => response
                .status(StatusCode::NOT_FOUND)
                .body(Full::new(Bytes::new())),
        };
        Ok(response.expect("a valid response"))
    }

    fn take_seen(&self) -> Seen {
        self.seen
            .lock()
            .unwrap()
            .take()
            .expect("a recorded request")
    }
}

/// Starts the server on 127.0.0.1 on the current runtime; returns it and its base URL.
async fn start_server() -> (Arc<Server>, String) {
    // The answer of retrieve-offer is the spec's own example of its 200 row.
    let service = specgen::check(REAL_SPEC).expect("the real spec validates");
    let retrieve_offer = service
        .operations
        .iter()
        .find(|operation| operation.id.wire == "retrieve-offer")
        .expect("retrieve-offer");
    let example = retrieve_offer.responses[0]
        .example
        .clone()
        .expect("retrieve-offer's 200 row has an example");
    let server = Arc::new(Server {
        offer_path: format!("/api/publishers/{PUBLISHER}/offers/{OFFER}"),
        cancel_path: format!("/api/publishers/{PUBLISHER}/offers/{OFFER}/cancel"),
        offer_json: Bytes::from(example),
        recording: AtomicBool::new(false),
        seen: Mutex::new(None),
    });
    let listener = TcpListener::bind("127.0.0.1:0")
        .await
        .expect("a loopback port");
    let address = listener.local_addr().expect("its address");
    let accepting = Arc::clone(&server);
    tokio::spawn(async move {
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let server = Arc::clone(&accepting);
            tokio::spawn(async move {
                let service =
                    hyper::service::service_fn(move |request| Arc::clone(&server).answer(request));
                let _ = hyper::server::conn::http1::Builder::new()
                    .serve_connection(TokioIo::new(stream), service)
                    .await;
            });
        }
    });
    (server, format!("http://{address}"))
}

/// What a careful hand-written reqwest call of retrieve-offer does: the same URL (path
/// segments percent-encoded, the API version), the same headers, the status checked, the body
/// read whole and decoded into the same type.
async fn retrieve_offer_by_hand(
    http: &reqwest::Client,
    base: &reqwest::Url,
    publisher_id: &str,
    offer_id: &str,
) -> Result<Offer, Box<dyn std::error::Error + Send + Sync>> {
    let mut url = base.clone();
    url.path_segments_mut()
        .map_err(|()| "a base URL that cannot have a path")?
        .pop_if_empty()
        .extend(["api", "publishers", publisher_id, "offers", offer_id]);
    url.query_pairs_mut()
        .append_pair("api-version", API_VERSION);
    let response = http
        .get(url)
        .bearer_auth(TOKEN)
        .header(ACCEPT, "application/json")
        .header(USER_AGENT, USER_AGENT_VALUE)
        .header(CONTENT_TYPE, "application/json")
        .send()
        .await?;
    if response.status() != StatusCode::OK {
        return Err(format!("unexpected status {}", response.status()).into());
    }
    let body = response.bytes().await?;
    Ok(serde_json::from_slice(&body)?)
}

/// The same for cancel-operation: the JSON body, then the status and the typed header.
async fn cancel_operation_by_hand(
    http: &reqwest::Client,
    base: &reqwest::Url,
    publisher_id: &str,
    offer_id: &str,
    body: &CancelOperationRequest,
) -> Result<CancelOperationResponse, Box<dyn std::error::Error + Send + Sync>> {
    let mut url = base.clone();
    url.path_segments_mut()
        .map_err(|()| "a base URL that cannot have a path")?
        .pop_if_empty()
        .extend([
            "api",
            "publishers",
            publisher_id,
            "offers",
            offer_id,
            "cancel",
        ]);
    url.query_pairs_mut()
        .append_pair("api-version", API_VERSION);
    let response = http
        .post(url)
        .bearer_auth(TOKEN)
        .header(ACCEPT, "application/json")
        .header(USER_AGENT, USER_AGENT_VALUE)
        .header(CONTENT_TYPE, "application/json")
        .body(serde_json::to_vec(body)?)
        .send()
        .await?;
    match response.status() {
        StatusCode::OK => Ok(CancelOperationResponse::Canceled),
        StatusCode::ACCEPTED => {
            let location = response
                .headers()
                .get("Operation-Location")
                .ok_or("no Operation-Location")?
                .to_str()?;
            Ok(CancelOperationResponse::Accepted {
                operation_location: reqwest::Url::parse(location)?,
            })
        }
        status => Err(format!("unexpected status {status}").into()),
    }
}

/// Everything both sides share: the runtime, the server, the HTTP client, the arguments.
struct Setup {
    runtime: tokio::runtime::Runtime,
    server: Arc<Server>,
    http: reqwest::Client,
    client: Client,
    base_url: reqwest::Url,
    cancel_body: CancelOperationRequest,
}

impl Setup {
    fn new() -> Self {
        // One thread runs the server, the client and the measurement: no scheduling noise
        // between cores, and both sides pay the same server cost.
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a runtime");
        let (server, base) = runtime.block_on(start_server());
        let http = reqwest::Client::new();
        let client = Client::builder()
            .base_url(&base)
            .bearer_token(TOKEN)
            .http_client(http.clone())
            .build()
            .expect("the client builds");
        let setup = Setup {
            runtime,
            server,
            http,
            client,
            base_url: reqwest::Url::parse(&base).expect("the base URL"),
            cancel_body: CancelOperationRequest {
                metadata: CancelOperationRequestMetadata {
                    notification_emails: vec!["jondoe@contoso.com".parse().expect("an address")],
                },
            },
        };
        setup.check_same_requests();
        setup
    }

    async fn retrieve_offer_generated(&self) -> Offer {
        let RetrieveOfferResponse::Ok { body } = self
            .client
            .retrieve_offer(PUBLISHER, OFFER)
            .await
            .expect("generated");
        body
    }

    async fn retrieve_offer_by_hand(&self) -> Offer {
        retrieve_offer_by_hand(&self.http, &self.base_url, PUBLISHER, OFFER)
            .await
            .expect("by hand")
    }

    async fn cancel_operation_generated(&self) -> CancelOperationResponse {
        self.client
            .cancel_operation(PUBLISHER, OFFER, &self.cancel_body)
            .await
            .expect("generated")
    }

    async fn cancel_operation_by_hand(&self) -> CancelOperationResponse {
        cancel_operation_by_hand(
            &self.http,
            &self.base_url,
            PUBLISHER,
            OFFER,
            &self.cancel_body,
        )
        .await
        .expect("by hand")
    }

    /// Same request, same result, before anything is measured.
    fn check_same_requests(&self) {
        let server = &self.server;
        self.runtime.block_on(async {
            server.recording.store(true, Ordering::Relaxed);
            let generated = self.retrieve_offer_generated().await;
            let generated_request = server.take_seen();
            let by_hand = self.retrieve_offer_by_hand().await;
            assert_eq!(
                generated_request,
                server.take_seen(),
                "retrieve_offer: not the same request"
            );
            assert_eq!(generated, by_hand, "retrieve_offer: not the same result");

            let generated = self.cancel_operation_generated().await;
            let generated_request = server.take_seen();
            let by_hand = self.cancel_operation_by_hand().await;
            assert_eq!(
                generated_request,
                server.take_seen(),
                "cancel_operation: not the same request"
            );
            assert_eq!(generated, by_hand, "cancel_operation: not the same result");
            server.recording.store(false, Ordering::Relaxed);
        });
    }
}

fn request_overhead(c: &mut Criterion, setup: &Setup) {
    let mut group = c.benchmark_group("request_overhead/retrieve_offer");
    group.bench_function("specgen", |b| {
        b.to_async(&setup.runtime)
            .iter(|| async { black_box(setup.retrieve_offer_generated().await) });
    });
    group.bench_function("reqwest", |b| {
        b.to_async(&setup.runtime)
            .iter(|| async { black_box(setup.retrieve_offer_by_hand().await) });
    });
    group.finish();

    let mut group = c.benchmark_group("request_overhead/cancel_operation");
    group.bench_function("specgen", |b| {
        b.to_async(&setup.runtime)
            .iter(|| async { black_box(setup.cancel_operation_generated().await) });
    });
    group.bench_function("reqwest", |b| {
        b.to_async(&setup.runtime)
            .iter(|| async { black_box(setup.cancel_operation_by_hand().await) });
    });
    group.finish();
}

/// Rounds of the interleaved measurement, and calls of one side per block.
const ROUNDS: usize = 400;
const BLOCK: u32 = 25;

/// The mean time of one call over a block of calls.
async fn block<F: Future>(mut call: impl FnMut() -> F) -> Duration {
    let start = Instant::now();
    for _ in 0..BLOCK {
        black_box(call().await);
    }
    start.elapsed() / BLOCK
}

/// The `q`-quantile of sorted values.
fn quantile(sorted: &[f64], q: f64) -> f64 {
    let position = q * (sorted.len() - 1) as f64;
    let (low, high) = (position.floor() as usize, position.ceil() as usize);
    sorted[low] + (sorted[high] - sorted[low]) * (position - low as f64)
}

/// Interleaved blocks of both sides; prints a Markdown row of the medians and ratios.
async fn interleaved<A: Future, B: Future>(
    name: &str,
    mut generated: impl FnMut() -> A,
    mut by_hand: impl FnMut() -> B,
) {
    for _ in 0..4 {
        block(&mut generated).await;
        block(&mut by_hand).await;
    }
    let (mut specgen, mut reqwest, mut ratios) = (Vec::new(), Vec::new(), Vec::new());
    for round in 0..ROUNDS {
        let (a, b) = if round % 2 == 0 {
            let a = block(&mut generated).await;
            (a, block(&mut by_hand).await)
        } else {
            let b = block(&mut by_hand).await;
            (block(&mut generated).await, b)
        };
        specgen.push(a.as_secs_f64() * 1e6);
        reqwest.push(b.as_secs_f64() * 1e6);
        ratios.push(a.as_secs_f64() / b.as_secs_f64());
    }
    for values in [&mut specgen, &mut reqwest, &mut ratios] {
        values.sort_by(f64::total_cmp);
    }
    let (specgen_median, reqwest_median) = (quantile(&specgen, 0.5), quantile(&reqwest, 0.5));
    println!(
        "| {name} | {specgen_median:.1} µs ({:.1} – {:.1}) | {reqwest_median:.1} µs ({:.1} – {:.1}) | {:.3} | {:.3} ({:.3} – {:.3}) |",
        quantile(&specgen, 0.25),
        quantile(&specgen, 0.75),
        quantile(&reqwest, 0.25),
        quantile(&reqwest, 0.75),
        specgen_median / reqwest_median,
        quantile(&ratios, 0.5),
        quantile(&ratios, 0.25),
        quantile(&ratios, 0.75),
    );
}

fn interleaved_ratios(setup: &Setup) {
    println!();
    println!(
        "Interleaved: {ROUNDS} rounds of {BLOCK} calls of each side, median time per call (interquartile range of the blocks)."
    );
    println!();
    println!(
        "| operation | specgen client | hand-written reqwest | ratio of medians | per-round ratio, median (IQR) |"
    );
    println!("| --- | --- | --- | --- | --- |");
    setup.runtime.block_on(async {
        interleaved(
            "retrieve_offer",
            || setup.retrieve_offer_generated(),
            || setup.retrieve_offer_by_hand(),
        )
        .await;
        interleaved(
            "cancel_operation",
            || setup.cancel_operation_generated(),
            || setup.cancel_operation_by_hand(),
        )
        .await;
    });
}

fn main() {
    let setup = Setup::new();
    let mut criterion = Criterion::default().configure_from_args();
    request_overhead(&mut criterion, &setup);
    criterion.final_summary();
    // `cargo bench` passes `--bench`; `cargo test --benches` does not, and only checks that the
    // benchmarks run. A name filter that leaves out `interleaved` skips it too.
    let args: Vec<String> = std::env::args().skip(1).collect();
    if args.iter().any(|arg| arg == "--bench") && matches_filters(&args, "interleaved") {
        interleaved_ratios(&setup);
    }
}

/// Whether criterion's name filters, if any, match `name`. Filters are the arguments that are
/// neither options nor the values of criterion's options.
fn matches_filters(args: &[String], name: &str) -> bool {
    const TAKE_VALUES: [&str; 14] = [
        "--warm-up-time",
        "--measurement-time",
        "--sample-size",
        "--save-baseline",
        "--baseline",
        "--baseline-lenient",
        "--load-baseline",
        "--noise-threshold",
        "--confidence-level",
        "--significance-level",
        "--nresamples",
        "--profile-time",
        "--output-format",
        "--color",
    ];
    let mut filters = Vec::new();
    let mut previous = "";
    for arg in args {
        if !arg.starts_with('-') && !TAKE_VALUES.contains(&previous) {
            filters.push(arg.as_str());
        }
        previous = arg;
    }
    filters.is_empty() || filters.iter().any(|filter| name.contains(filter))
}
