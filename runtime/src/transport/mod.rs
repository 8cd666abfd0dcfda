//! Sending requests: the [`Transport`] every operation goes through.
//!
//! By concern: [`request`] is what an operation hands over, [`url`] builds the request URL,
//! [`headers`] checks the request's own headers, [`read`] reads the response under the size
//! limit.

use std::fmt;
use std::sync::Arc;

use ::url::Url;
use bytes::Bytes;
use http::header::{ACCEPT, AUTHORIZATION, USER_AGENT};
use http::{HeaderMap, HeaderName, HeaderValue, Method};

use crate::auth::{Auth, bearer_header};
use crate::error::{Failure, RequestError, TransportError};
use crate::response::RawResponse;
use crate::retry::RetryPolicy;

mod headers;
mod read;
mod request;
mod url;

use self::headers::{APPLICATION_JSON, Header, validate_headers};
use self::read::read_response;
use self::url::build_url;
pub(crate) use self::url::request_base;
pub use request::{PathPart, Request, json_body, json_body_as, query_object};

/// The configured HTTP machinery shared by all operations of a client.
///
/// Built by [`ClientBuilder::build`](crate::ClientBuilder::build). Cloning is
/// cheap (a reference count).
#[derive(Clone)]
pub struct Transport {
    inner: Arc<Inner>,
}

/// The shared state of a [`Transport`].
pub(crate) struct Inner {
    pub(crate) client: reqwest::Client,
    pub(crate) base_url: Url,
    /// The base URL with the API version as its query, what each request's URL is made from
    /// (see [`request_base`]).
    pub(crate) request_base: Url,
    /// The base URL's path without a trailing `/` (empty for the root).
    pub(crate) path_prefix: String,
    pub(crate) api_version: Option<(&'static str, String)>,
    pub(crate) user_agent: HeaderValue,
    pub(crate) auth: Auth,
    pub(crate) max_response_body: usize,
    /// `None`: every request is sent once.
    pub(crate) retry: Option<RetryPolicy>,
    /// The most requests in flight at once.
    pub(crate) max_concurrent_requests: usize,
    /// One permit per request that may be in flight; `None` when the limit is lifted
    /// ([`ClientBuilder::max_concurrent_requests`](crate::ClientBuilder::max_concurrent_requests)
    /// at [`tokio::sync::Semaphore::MAX_PERMITS`] or more).
    pub(crate) in_flight: Option<tokio::sync::Semaphore>,
}

impl fmt::Debug for Transport {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let inner = &*self.inner;
        f.debug_struct("Transport")
            .field("base_url", &inner.base_url.as_str())
            .field("api_version", &inner.api_version)
            .field("user_agent", &inner.user_agent)
            .field("auth", &inner.auth)
            .field("max_response_body", &inner.max_response_body)
            .field("retry", &inner.retry)
            .field("max_concurrent_requests", &inner.max_concurrent_requests)
            .finish_non_exhaustive()
    }
}

impl Transport {
    pub(crate) fn from_inner(inner: Inner) -> Self {
        Self {
            inner: Arc::new(inner),
        }
    }

    /// The base URL that request paths are appended to.
    pub fn base_url(&self) -> &Url {
        &self.inner.base_url
    }

    /// Sends a request and reads the whole response, whatever its status.
    ///
    /// The URL is the base URL followed by the request's path (each parameter
    /// percent-encoded as one segment), then the API version and the set
    /// query parameters. The headers are `Authorization: Bearer <token>` (when
    /// authentication is configured), `Accept: application/json`,
    /// `User-Agent`, then the request's headers. The response body is read up
    /// to the configured limit.
    ///
    /// With a [`RetryPolicy`], an idempotent request is sent again after a
    /// transient failure, as the policy describes; the last attempt's result is
    /// returned. Redirects are followed within the base URL's origin only (see
    /// [`ClientBuilder::build`](crate::ClientBuilder::build)).
    ///
    /// Mapping the status to a result is the caller's business.
    ///
    /// ```no_run
    /// # async fn example(transport: specgen_runtime::Transport) -> Result<(), Box<dyn std::error::Error>> {
    /// use specgen_runtime::{Method, PathPart, Request};
    ///
    /// let response = transport
    ///     .send(Request {
    ///         method: Method::GET,
    ///         path: &[PathPart::Literal("/api/publishers")],
    ///         query: &[],
    ///         headers: &[],
    ///         body: None,
    ///         idempotent: true,
    ///     })
    ///     .await?;
    /// if response.status.is_success() {
    ///     let publishers: Vec<serde_json::Value> = response.json()?;
    ///     println!("{} publishers", publishers.len());
    /// }
    /// # Ok(())
    /// # }
    /// ```
    ///
    /// # Errors
    ///
    /// [`Failure::Refused`] when the request cannot be built (nothing is
    /// sent), [`Failure::Transport`] when no complete response arrived.
    pub async fn send(&self, request: Request<'_>) -> Result<RawResponse, Failure> {
        let inner = &*self.inner;
        let url = build_url(
            &inner.request_base,
            &inner.path_prefix,
            request.path,
            request.query,
        )?;
        let headers = validate_headers(request.headers)?;
        let prepared = Prepared {
            method: request.method,
            url,
            headers,
            body: request.body.map(Bytes::from),
        };
        self.execute(prepared, request.idempotent).await
    }

    /// Sends a `GET` to an absolute URL the service gave (a long-running operation's status
    /// URL), with the client's credentials, adding the API version when the URL has none.
    ///
    /// The URL must be on the base URL's origin (the same scheme, host and port): the
    /// client's credentials are not sent anywhere else.
    ///
    /// # Errors
    ///
    /// [`RequestError::ForeignUrl`] (nothing is sent) when the URL is on another
    /// origin, else as [`send`](Self::send).
    pub async fn get_url(&self, mut url: Url) -> Result<RawResponse, Failure> {
        let base_url = &self.inner.base_url;
        if url.origin() != base_url.origin() {
            return Err(RequestError::ForeignUrl {
                url: Box::new(url),
                origin: base_url.origin().ascii_serialization(),
            }
            .into());
        }
        if let Some((parameter, value)) = &self.inner.api_version
            && !url.query_pairs().any(|(name, _)| name == *parameter)
        {
            url.query_pairs_mut().append_pair(parameter, value);
        }
        let prepared = Prepared {
            method: Method::GET,
            url,
            headers: Vec::new(),
            body: None,
        };
        self.execute(prepared, true).await
    }

    /// Sends a `GET` of an operation's path, without query parameters but the API version
    /// (the final `GET` of a long-running operation's result).
    ///
    /// # Errors
    ///
    /// As [`send`](Self::send).
    pub(crate) async fn get_path(&self, path: &[PathPart<'_>]) -> Result<RawResponse, Failure> {
        self.send(Request::get(path)).await
    }

    /// Sends the request, again while the retry policy says so, and returns the last result.
    async fn execute(&self, prepared: Prepared, idempotent: bool) -> Result<RawResponse, Failure> {
        let Some(policy) = self.inner.retry.as_ref().filter(|_| idempotent) else {
            // Sent once: the request moves into its only attempt, nothing is copied.
            return self.attempt(prepared).await;
        };
        let mut attempt = 1;
        loop {
            // A clone of the URL, the headers and the body (`Bytes`, so the buffer is shared).
            let outcome = self.attempt(prepared.clone()).await;
            let Some(wait) = policy.wait_after(attempt, &outcome, fastrand::u64(..)) else {
                return outcome;
            };
            tokio::time::sleep(wait).await;
            attempt += 1;
        }
    }

    /// Sends the request once with the client's headers, then its own, and reads the
    /// response.
    async fn attempt(&self, prepared: Prepared) -> Result<RawResponse, Failure> {
        let inner = &*self.inner;
        // Held until the body is read, so that its connection is free again.
        let _permit = inner.in_flight_permit().await;
        // Asked again for each attempt: a token may expire while the client waits.
        let authorization = inner.authorization().await?;

        let Prepared {
            method,
            url,
            headers: own_headers,
            body,
        } = prepared;
        let mut headers = HeaderMap::with_capacity(3 + own_headers.len());
        if let Some((name, value)) = authorization {
            headers.insert(name, value);
        }
        headers.insert(ACCEPT, APPLICATION_JSON);
        headers.insert(USER_AGENT, inner.user_agent.clone());
        // The first value of a name replaces a default header of that name, later ones add to it.
        for header in own_headers {
            if header.repeated {
                headers.append(header.name, header.value);
            } else {
                headers.insert(header.name, header.value);
            }
        }

        let mut http_request = reqwest::Request::new(method, url);
        *http_request.headers_mut() = headers;
        if let Some(body) = body {
            *http_request.body_mut() = Some(body.into());
        }

        let response = inner
            .client
            .execute(http_request)
            .await
            .map_err(TransportError::Http)?;
        Ok(read_response(response, inner.max_response_body).await?)
    }
}

/// A request ready to be sent: what each attempt sends.
#[derive(Clone)]
struct Prepared {
    method: Method,
    url: Url,
    headers: Vec<Header>,
    body: Option<Bytes>,
}

impl Inner {
    /// A permit of the limit on requests in flight, waiting for one when all are taken;
    /// `None` when the limit is lifted.
    async fn in_flight_permit(&self) -> Option<tokio::sync::SemaphorePermit<'_>> {
        let in_flight = self.in_flight.as_ref()?;
        // The semaphore is never closed, so acquiring fails only when no permit is free
        // (`try_acquire`, which does not wait); a free permit is taken without a future.
        match in_flight.try_acquire() {
            Ok(permit) => Some(permit),
            Err(_) => in_flight.acquire().await.ok(),
        }
    }

    /// The credentials header of the next request (`Authorization`, or the API-key header),
    /// if any.
    async fn authorization(&self) -> Result<Option<(HeaderName, HeaderValue)>, RequestError> {
        match &self.auth {
            Auth::None => Ok(None),
            Auth::Bearer(value) => Ok(Some((AUTHORIZATION, value.clone()))),
            Auth::ApiKey(name, value) => Ok(Some((name.clone(), value.clone()))),
            Auth::Provider(provider) => {
                let token = provider.token().await.map_err(RequestError::Token)?;
                bearer_header(&token)
                    .map(|value| Some((AUTHORIZATION, value)))
                    .ok_or(RequestError::InvalidToken)
            }
        }
    }
}
