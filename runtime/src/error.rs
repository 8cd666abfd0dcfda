//! Errors of building a client and of sending a request.

use http::{HeaderMap, StatusCode};

use crate::auth::BoxError;

/// Why [`ClientBuilder::build`](crate::ClientBuilder::build) failed.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum BuildError {
    /// The base URL does not parse, is not `http` or `https`, cannot be a base,
    /// or has a query or fragment.
    #[error("invalid base URL `{url}`: {reason}")]
    InvalidBaseUrl {
        /// The URL as given.
        url: String,
        /// What is wrong with it.
        reason: String,
    },
    /// The bearer token is empty or cannot be sent in an HTTP header (it
    /// contains CR, LF or other control characters). The token is never
    /// printed.
    #[error("the bearer token is empty or not a valid HTTP header value")]
    InvalidToken,
    /// The API key is empty or cannot be sent in an HTTP header, or the service names no
    /// header for it (it does not authenticate with an API key). The key is never printed.
    #[error("the API key is empty, not a valid HTTP header value, or the service takes none")]
    InvalidApiKey,
    /// The service's user agent cannot be sent in an HTTP header.
    #[error("the user agent is not a valid HTTP header value")]
    InvalidUserAgent,
    /// The HTTP client could not be created (for example, no TLS backend).
    #[error("could not build the HTTP client: {0}")]
    Http(#[source] reqwest::Error),
}

/// A request refused before anything was sent.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum RequestError {
    /// A path parameter is the empty string, which would change the path.
    #[error("path parameter `{name}` is empty")]
    EmptyPathParameter {
        /// The parameter's name in the path template.
        name: &'static str,
    },
    /// A header value contains CR, LF or other bytes not allowed in an HTTP
    /// header value (or the header name itself is not valid). The value is
    /// never printed.
    #[error("header `{name}` does not have a valid HTTP header value")]
    InvalidHeaderValue {
        /// The header's name.
        name: &'static str,
    },
    /// The request URL cannot be built, for example because a path parameter is
    /// `.` or `..`, which URL normalization would remove.
    #[error("invalid request URL: {reason}")]
    InvalidUrl {
        /// What is wrong.
        reason: String,
    },
    /// The request body could not be serialized as JSON.
    #[error("could not serialize the request body as JSON: {0}")]
    Body(#[source] serde_json::Error),
    /// The [`TokenProvider`](crate::TokenProvider) failed.
    #[error("the token provider failed: {0}")]
    Token(#[source] BoxError),
    /// The [`TokenProvider`](crate::TokenProvider) returned a token that is
    /// empty or not a valid HTTP header value. The token is never printed.
    #[error("the token provider returned a token that is empty or not a valid HTTP header value")]
    InvalidToken,
}

/// The request was sent (or sending started) but no complete response arrived.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum TransportError {
    /// Connecting, sending or receiving failed, or timed out.
    #[error("HTTP request failed: {0}")]
    Http(#[source] reqwest::Error),
    /// The response body is larger than the configured limit
    /// ([`ClientBuilder::max_response_body`](crate::ClientBuilder::max_response_body)).
    /// The body was not read past the limit.
    #[error("status {}: response body is larger than the limit of {limit} bytes", status.as_u16())]
    BodyTooLarge {
        /// The response status.
        status: StatusCode,
        /// The response headers.
        headers: HeaderMap,
        /// The limit in bytes.
        limit: usize,
    },
}

impl TransportError {
    /// Whether the request timed out (see
    /// [`ClientBuilder::timeout`](crate::ClientBuilder::timeout) and
    /// [`ClientBuilder::connect_timeout`](crate::ClientBuilder::connect_timeout)).
    pub fn is_timeout(&self) -> bool {
        match self {
            Self::Http(error) => error.is_timeout(),
            Self::BodyTooLarge { .. } => false,
        }
    }

    /// Whether connecting to the server failed.
    pub fn is_connect(&self) -> bool {
        match self {
            Self::Http(error) => error.is_connect(),
            Self::BodyTooLarge { .. } => false,
        }
    }
}

/// Why [`Transport::send`](crate::Transport::send) gave no response.
#[derive(Debug, thiserror::Error)]
pub enum Failure {
    /// The request was refused before anything was sent.
    #[error(transparent)]
    Refused(#[from] RequestError),
    /// The request was sent but no complete response arrived.
    #[error(transparent)]
    Transport(#[from] TransportError),
}
