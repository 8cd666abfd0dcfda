//! Errors of building a client and of sending a request.

use http::{HeaderMap, StatusCode};

use crate::auth::BoxError;
use crate::response::{DecodeError, RawResponse};

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
    /// A bearer token or token provider is configured with a plain `http` base URL whose
    /// host is not a loopback address: the token would cross the network readable by
    /// anyone on the way. Use `https`, or allow it with
    /// [`ClientBuilder::allow_insecure_http`](crate::ClientBuilder::allow_insecure_http).
    #[error(
        "refusing to send the bearer token over plain http to `{url}`: use https, a loopback address, or allow_insecure_http(true)"
    )]
    InsecureHttp {
        /// The base URL.
        url: String,
    },
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
    /// A URL the server gave (a long-running operation's status URL) is not on the
    /// client's origin (scheme, host and port of the base URL). The client's credentials
    /// are only sent to its own origin, so the request is refused.
    #[error(
        "refusing to send the client's credentials to `{url}`, which is not on the origin `{origin}` of the base URL"
    )]
    ForeignUrl {
        /// The URL the server gave (boxed to keep the error small).
        url: Box<url::Url>,
        /// The base URL's origin, e.g. `https://cloudpartner.azure.com`.
        origin: String,
    },
    /// The request body could not be serialized as JSON.
    #[error("could not serialize the request body as JSON: {0}")]
    Body(#[source] serde_json::Error),
    /// An object query parameter could not be written as query pairs (a member that is not
    /// a scalar).
    #[error("could not write an object query parameter: {0}")]
    Query(#[source] serde_urlencoded::ser::Error),
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
    /// Connecting, sending or receiving the response head failed, or timed out.
    #[error("HTTP request failed: {0}")]
    Http(#[source] reqwest::Error),
    /// The response head arrived but its body broke off: the connection closed or
    /// failed before the declared length, a chunked body was malformed, or the
    /// timeout passed while reading it. `response` keeps the status, the headers and
    /// the bytes received so far.
    #[error("status {}: the response body broke off after {} bytes: {source}", response.status.as_u16(), response.body.len())]
    IncompleteBody {
        /// What arrived: the status, the headers and the body bytes read before the
        /// failure (boxed to keep the error small).
        response: Box<RawResponse>,
        /// Why reading stopped.
        #[source]
        source: reqwest::Error,
    },
    /// The response body is larger than the configured limit
    /// ([`ClientBuilder::max_response_body`](crate::ClientBuilder::max_response_body)).
    /// The body was not read past the limit.
    #[error("status {}: response body is larger than the limit of {limit} bytes", status.as_u16())]
    BodyTooLarge {
        /// The response status.
        status: StatusCode,
        /// The response headers (boxed to keep the error small).
        headers: Box<HeaderMap>,
        /// The limit in bytes.
        limit: usize,
    },
}

impl TransportError {
    /// Whether the request timed out (see
    /// [`ClientBuilder::timeout`](crate::ClientBuilder::timeout) and
    /// [`ClientBuilder::connect_timeout`](crate::ClientBuilder::connect_timeout)),
    /// before or while the body was read.
    pub fn is_timeout(&self) -> bool {
        match self {
            Self::Http(error) | Self::IncompleteBody { source: error, .. } => error.is_timeout(),
            Self::BodyTooLarge { .. } => false,
        }
    }

    /// Whether connecting to the server failed (nothing was sent).
    pub fn is_connect(&self) -> bool {
        match self {
            Self::Http(error) => error.is_connect(),
            Self::IncompleteBody { .. } | Self::BodyTooLarge { .. } => false,
        }
    }

    /// Whether sending the same request again may succeed: a timeout, a failed
    /// connection, or a body that broke off. A body over the size limit is not: it
    /// would be as large the next time.
    pub fn is_retryable(&self) -> bool {
        matches!(self, Self::IncompleteBody { .. }) || self.is_timeout() || self.is_connect()
    }

    /// The response status, when the response head arrived.
    pub fn status(&self) -> Option<StatusCode> {
        match self {
            Self::Http(_) => None,
            Self::IncompleteBody { response, .. } => Some(response.status),
            Self::BodyTooLarge { status, .. } => Some(*status),
        }
    }

    /// The response headers, when the response head arrived.
    pub fn headers(&self) -> Option<&HeaderMap> {
        match self {
            Self::Http(_) => None,
            Self::IncompleteBody { response, .. } => Some(&response.headers),
            Self::BodyTooLarge { headers, .. } => Some(headers),
        }
    }
}

/// What can go wrong in any operation, beside the error rows of its status table.
///
/// Every generated error enum has a `Failure` variant holding one: an undocumented status, a
/// response that does not decode, a request refused before sending, or a transport failure.
/// [`Transport::send`](crate::Transport::send) itself fails only with
/// [`Refused`](Self::Refused) or [`Transport`](Self::Transport); the decoding of the
/// generated code adds the other two.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Failure {
    /// The server answered with a status code the status table does not list. The response
    /// is kept: status, headers and body bytes.
    #[error("undocumented status {}", .0.status)]
    UnexpectedStatus(Box<RawResponse>),
    /// The response's body or a header could not be read as the spec says; the response is
    /// kept.
    #[error(transparent)]
    Decode(#[from] DecodeError),
    /// The request was refused before anything was sent (e.g. an empty path parameter).
    #[error(transparent)]
    Refused(#[from] RequestError),
    /// No complete response arrived (connection, timeout, body over the size limit).
    #[error(transparent)]
    Transport(#[from] TransportError),
}

impl Failure {
    /// The response as received, when a whole one arrived: an undocumented status or a
    /// response that does not decode.
    pub fn response(&self) -> Option<&RawResponse> {
        match self {
            Self::UnexpectedStatus(response) => Some(response),
            Self::Decode(error) => Some(&error.response),
            Self::Refused(_) | Self::Transport(_) => None,
        }
    }

    /// The status code of [`response`](Self::response).
    pub fn status(&self) -> Option<StatusCode> {
        self.response().map(|response| response.status)
    }

    /// Whether sending the same request again may succeed: timeouts, connection failures, a
    /// body that broke off ([`TransportError::is_retryable`]), and the statuses 408, 429, 500,
    /// 502, 503 and 504 ([`is_retryable_status`](crate::is_retryable_status)).
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Transport(error) => error.is_retryable(),
            Self::Refused(_) => false,
            Self::UnexpectedStatus(_) | Self::Decode(_) => {
                self.status().is_some_and(crate::is_retryable_status)
            }
        }
    }
}
