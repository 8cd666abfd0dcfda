//! A hand-rolled HTTP/1.1 server on 127.0.0.1 that misbehaves on request: it records the
//! exact bytes of each request, counts accepted connections, keeps connections alive, and
//! answers with whatever bytes a test scripts, including answers no real server would
//! send. Everything it starts stops when it is dropped, and every endless answer is
//! bounded in time and size.
#![allow(dead_code)]

use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinSet;

/// The longest an endless answer goes on.
const ENDLESS_FOR: Duration = Duration::from_secs(20);
/// The most bytes an endless answer sends.
const ENDLESS_BYTES: usize = 256 * 1024 * 1024;
/// The largest request head accepted.
const MAX_HEAD: usize = 64 * 1024;

/// A request as it arrived.
#[derive(Clone, Debug)]
pub struct RawRequest {
    /// The request line and the headers, up to and including the empty line.
    pub head: Vec<u8>,
    /// The body (per `Content-Length`).
    pub body: Vec<u8>,
    /// When the whole request had arrived.
    pub at: Instant,
}

impl RawRequest {
    /// The request line, without its CRLF: `GET /path?query HTTP/1.1`.
    pub fn request_line(&self) -> &[u8] {
        let end = self
            .head
            .windows(2)
            .position(|window| window == b"\r\n")
            .unwrap_or(self.head.len());
        &self.head[..end]
    }

    /// The method, the first word of the request line.
    pub fn method(&self) -> String {
        let line = String::from_utf8_lossy(self.request_line()).into_owned();
        line.split(' ').next().unwrap_or_default().to_owned()
    }

    /// The values of a header, by case-insensitive name.
    pub fn header(&self, name: &str) -> Vec<String> {
        String::from_utf8_lossy(&self.head)
            .split("\r\n")
            .skip(1)
            .filter_map(|line| line.split_once(':'))
            .filter(|(key, _)| key.trim().eq_ignore_ascii_case(name))
            .map(|(_, value)| value.trim().to_owned())
            .collect()
    }
}

/// What the server does with a request.
pub enum Reply {
    /// Writes these bytes and waits for the next request on the connection.
    Send(Vec<u8>),
    /// Waits, then writes these bytes and waits for the next request.
    After(Duration, Vec<u8>),
    /// Writes these bytes and closes the connection.
    SendAndClose(Vec<u8>),
    /// Writes `head`, then `chunk` every `every` until the client hangs up (or the bounds
    /// of an endless answer are reached).
    Endless {
        /// The status line and headers, with the empty line.
        head: Vec<u8>,
        /// Bytes sent again and again.
        chunk: Vec<u8>,
        /// The pause between two chunks.
        every: Duration,
    },
    /// Never answers: keeps the connection open, reading nothing more.
    Hang,
}

/// What the server saw and did, shared with the test.
#[derive(Default)]
pub struct Record {
    /// Connections accepted.
    pub accepted: AtomicUsize,
    /// Connections whose handler ended (the client or the server closed them).
    pub closed: AtomicUsize,
    /// Requests, in arrival order.
    pub requests: Mutex<Vec<RawRequest>>,
    /// Bytes written by endless answers.
    pub endless_bytes: AtomicUsize,
    /// Whether an endless answer stopped because the client hung up.
    pub client_hung_up: AtomicBool,
    /// Requests being answered now.
    pub in_flight: AtomicUsize,
    /// The most requests that were being answered at once.
    pub max_in_flight: AtomicUsize,
}

/// A running server; dropping it stops it and closes its connections.
pub struct RawServer {
    /// `http://127.0.0.1:<port>`.
    pub url: String,
    /// What it saw.
    pub record: Arc<Record>,
    task: tokio::task::JoinHandle<()>,
}

impl Drop for RawServer {
    fn drop(&mut self) {
        self.task.abort();
    }
}

impl RawServer {
    /// Requests received so far.
    pub fn requests(&self) -> Vec<RawRequest> {
        self.record.requests.lock().unwrap().clone()
    }

    /// Connections accepted so far.
    pub fn accepted(&self) -> usize {
        self.record.accepted.load(Ordering::SeqCst)
    }
}

/// Starts a server that answers request number `n` (0-based, over all connections) with
/// `reply(n, &request)`.
pub async fn serve<F>(reply: F) -> RawServer
where
    F: Fn(usize, &RawRequest) -> Reply + Send + Sync + 'static,
{
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}", listener.local_addr().unwrap());
    let record = Arc::new(Record::default());
    let reply = Arc::new(reply);
    let shared = Arc::clone(&record);
    let task = tokio::spawn(async move {
        // Dropping the set (when this task is aborted) aborts every connection.
        let mut connections = JoinSet::new();
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            shared.accepted.fetch_add(1, Ordering::SeqCst);
            let record = Arc::clone(&shared);
            let reply = Arc::clone(&reply);
            connections.spawn(async move {
                connection(stream, &record, &*reply).await;
                record.closed.fetch_add(1, Ordering::SeqCst);
            });
            // Forget finished connections so that the set does not grow.
            while connections.try_join_next().is_some() {}
        }
    });
    RawServer { url, record, task }
}

/// Serves the requests of one connection until it closes.
async fn connection<F>(mut stream: TcpStream, record: &Record, reply: &F)
where
    F: Fn(usize, &RawRequest) -> Reply,
{
    let mut buffer = Vec::new();
    loop {
        let Some(request) = read_request(&mut stream, &mut buffer).await else {
            return;
        };
        let index = {
            let mut requests = record.requests.lock().unwrap();
            requests.push(request.clone());
            requests.len() - 1
        };
        let now = record.in_flight.fetch_add(1, Ordering::SeqCst) + 1;
        record.max_in_flight.fetch_max(now, Ordering::SeqCst);
        let answer = reply(index, &request);
        let keep_going = answer_with(&mut stream, record, answer).await;
        record.in_flight.fetch_sub(1, Ordering::SeqCst);
        if !keep_going {
            return;
        }
    }
}

/// Answers one request; `false` when the connection is done.
async fn answer_with(stream: &mut TcpStream, record: &Record, answer: Reply) -> bool {
    match answer {
        Reply::Send(bytes) => stream.write_all(&bytes).await.is_ok(),
        Reply::After(wait, bytes) => {
            tokio::time::sleep(wait).await;
            stream.write_all(&bytes).await.is_ok()
        }
        Reply::SendAndClose(bytes) => {
            let _ = stream.write_all(&bytes).await;
            let _ = stream.shutdown().await;
            false
        }
        Reply::Endless { head, chunk, every } => {
            endless(stream, record, &head, &chunk, every).await;
            false
        }
        Reply::Hang => {
            // Hold the connection; the server's drop (or the bound) ends it.
            tokio::time::sleep(ENDLESS_FOR).await;
            false
        }
    }
}

/// Writes `head`, then `chunk` every `every`, until the client hangs up or a bound is hit.
async fn endless(
    stream: &mut TcpStream,
    record: &Record,
    head: &[u8],
    chunk: &[u8],
    every: Duration,
) {
    if stream.write_all(head).await.is_err() {
        record.client_hung_up.store(true, Ordering::SeqCst);
        return;
    }
    let deadline = tokio::time::Instant::now() + ENDLESS_FOR;
    while tokio::time::Instant::now() < deadline
        && record.endless_bytes.load(Ordering::SeqCst) < ENDLESS_BYTES
    {
        let write = tokio::time::timeout_at(deadline, stream.write_all(chunk)).await;
        match write {
            Ok(Ok(())) => {
                record
                    .endless_bytes
                    .fetch_add(chunk.len(), Ordering::SeqCst);
            }
            Ok(Err(_)) => {
                record.client_hung_up.store(true, Ordering::SeqCst);
                return;
            }
            Err(_) => return,
        }
        if !every.is_zero() {
            tokio::time::sleep(every).await;
        }
    }
}

/// Reads one request (head, then a `Content-Length` body) from the connection.
async fn read_request(stream: &mut TcpStream, buffer: &mut Vec<u8>) -> Option<RawRequest> {
    let head_end = loop {
        if let Some(position) = buffer.windows(4).position(|window| window == b"\r\n\r\n") {
            break position + 4;
        }
        if buffer.len() > MAX_HEAD {
            return None;
        }
        let mut bytes = [0u8; 4096];
        match stream.read(&mut bytes).await {
            Ok(0) | Err(_) => return None,
            Ok(read) => buffer.extend_from_slice(&bytes[..read]),
        }
    };
    let head: Vec<u8> = buffer.drain(..head_end).collect();
    let mut request = RawRequest {
        head,
        body: Vec::new(),
        at: Instant::now(),
    };
    let length: usize = request
        .header("content-length")
        .first()
        .and_then(|value| value.parse().ok())
        .unwrap_or(0);
    while buffer.len() < length {
        let mut bytes = [0u8; 4096];
        match stream.read(&mut bytes).await {
            Ok(0) | Err(_) => return None,
            Ok(read) => buffer.extend_from_slice(&bytes[..read]),
        }
    }
    request.body = buffer.drain(..length).collect();
    request.at = Instant::now();
    Some(request)
}

/// A complete response with a `Content-Length`: `status`, `headers`, then `body`.
pub fn response(status: u16, headers: &[(&str, &str)], body: &[u8]) -> Vec<u8> {
    let mut bytes = format!("HTTP/1.1 {status} X\r\n").into_bytes();
    for (name, value) in headers {
        bytes.extend_from_slice(format!("{name}: {value}\r\n").as_bytes());
    }
    bytes.extend_from_slice(format!("content-length: {}\r\n\r\n", body.len()).as_bytes());
    bytes.extend_from_slice(body);
    bytes
}

/// A JSON `200` with `body`.
pub fn json_ok(body: &str) -> Vec<u8> {
    response(
        200,
        &[("content-type", "application/json")],
        body.as_bytes(),
    )
}
