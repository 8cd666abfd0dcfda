//! Helpers shared by the integration tests.
#![allow(dead_code, clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::future::Future;
use std::io::{Read, Write};
use std::net::TcpListener;
use std::pin::Pin;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread::JoinHandle;

pub mod raw;

use specgen_runtime::{
    ApiVersion, BoxError, ClientBuilder, ServiceDefaults, Token, TokenProvider, Transport,
};

/// A stand-in for a generated client.
#[derive(Debug)]
pub struct Client(pub Transport);

impl From<Transport> for Client {
    fn from(transport: Transport) -> Self {
        Self(transport)
    }
}

pub const DEFAULTS: ServiceDefaults = ServiceDefaults {
    base_url: "https://cloudpartner.azure.com",
    api_version: Some(ApiVersion {
        parameter: "api-version",
        value: "2017-10-31",
    }),
    user_agent: "cloud-partner-portal/0.1.0",
};

pub fn builder() -> ClientBuilder<Client> {
    ClientBuilder::new(DEFAULTS)
}

pub fn transport(base_url: &str) -> Transport {
    builder().base_url(base_url).build().unwrap().0
}

/// Hands out `token-1`, `token-2`, … and counts calls.
#[derive(Clone, Default)]
pub struct CountingProvider {
    pub calls: Arc<AtomicUsize>,
}

impl TokenProvider for CountingProvider {
    fn token(&self) -> Pin<Box<dyn Future<Output = Result<Token, BoxError>> + Send + '_>> {
        Box::pin(async move {
            let call = self.calls.fetch_add(1, Ordering::SeqCst) + 1;
            Ok(Token::new(format!("token-{call}")))
        })
    }
}

/// Always returns the same token, or fails.
pub struct FixedProvider(pub Result<&'static str, &'static str>);

impl TokenProvider for FixedProvider {
    fn token(&self) -> Pin<Box<dyn Future<Output = Result<Token, BoxError>> + Send + '_>> {
        let result = self.0.map(Token::from).map_err(BoxError::from);
        Box::pin(async move { result })
    }
}

/// A one-shot HTTP/1.1 server on 127.0.0.1 that answers the first request
/// with `head` then each of `chunks` in chunked transfer encoding, flushing
/// between chunks. Returns its base URL and the thread.
pub fn chunked_server(head: &'static str, chunks: Vec<Vec<u8>>) -> (String, JoinHandle<()>) {
    let listener = TcpListener::bind("127.0.0.1:0").unwrap();
    let address = listener.local_addr().unwrap();
    let handle = std::thread::spawn(move || {
        let Ok((mut stream, _)) = listener.accept() else {
            return;
        };
        let mut request = Vec::new();
        let mut buffer = [0u8; 1024];
        while !request.windows(4).any(|window| window == b"\r\n\r\n") {
            match stream.read(&mut buffer) {
                Ok(0) | Err(_) => return,
                Ok(read) => request.extend_from_slice(&buffer[..read]),
            }
        }
        // The client may hang up early (body too large): ignore write errors.
        let _ = stream.write_all(head.as_bytes());
        let _ = stream.flush();
        for chunk in chunks {
            let _ = stream.write_all(format!("{:x}\r\n", chunk.len()).as_bytes());
            let _ = stream.write_all(&chunk);
            let _ = stream.write_all(b"\r\n");
            let _ = stream.flush();
        }
        let _ = stream.write_all(b"0\r\n\r\n");
        let _ = stream.flush();
    });
    (format!("http://{address}"), handle)
}
