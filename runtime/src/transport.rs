//! Sending requests.

use std::borrow::Cow;
use std::fmt;
use std::sync::Arc;

use bytes::Bytes;
use http::header::{ACCEPT, AUTHORIZATION, USER_AGENT};
use http::{HeaderMap, HeaderName, HeaderValue, Method};
use percent_encoding::{AsciiSet, NON_ALPHANUMERIC, utf8_percent_encode};
use url::Url;

use crate::auth::{Auth, bearer_header};
use crate::error::{Failure, RequestError, TransportError};
use crate::response::RawResponse;
use crate::retry::RetryPolicy;

/// Bytes percent-encoded in a path parameter: everything except ASCII
/// alphanumerics and `-._~`, so that a value is always exactly one segment.
const PATH_SEGMENT: &AsciiSet = &NON_ALPHANUMERIC
    .remove(b'-')
    .remove(b'.')
    .remove(b'_')
    .remove(b'~');

/// Bytes percent-encoded in a path parameter that keeps reserved characters: what
/// [`PATH_SEGMENT`] encodes but RFC 3986's reserved characters, except `?` and `#`, which would
/// end the path. `%` stays encoded, so a value is never read as an escape.
const RESERVED_EXPANSION: &AsciiSet = &PATH_SEGMENT
    .remove(b':')
    .remove(b'/')
    .remove(b'[')
    .remove(b']')
    .remove(b'@')
    .remove(b'!')
    .remove(b'$')
    .remove(b'&')
    .remove(b'\'')
    .remove(b'(')
    .remove(b')')
    .remove(b'*')
    .remove(b'+')
    .remove(b',')
    .remove(b';')
    .remove(b'=');

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
    /// One permit per request that may be in flight.
    pub(crate) in_flight: tokio::sync::Semaphore,
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

/// One piece of an operation's path template.
///
/// `/api/publishers/{publisherId}/offers` is
/// `[Literal("/api/publishers/"), Param { name: "publisherId", value }, Literal("/offers")]`.
#[derive(Clone, Copy, Debug)]
pub enum PathPart<'a> {
    /// Fixed text of the template, sent as is. Generated literals start with `/`.
    Literal(&'static str),
    /// A path parameter, percent-encoded as exactly one path segment.
    Param {
        /// The parameter's name in the template.
        name: &'static str,
        /// The parameter's value, not yet encoded.
        value: &'a str,
    },
    /// A path parameter whose reserved characters (`/`, `:`, `[`, `]`, `@`, `!`, `$`, `&`,
    /// `'`, `(`, `)`, `*`, `+`, `,`, `;`, `=`) are kept, as RFC 6570's `{+name}`: it may fill
    /// several segments. Everything else is percent-encoded (a space is `%20`), `?` and `#`
    /// included, since they would end the path.
    Reserved {
        /// The parameter's name in the template.
        name: &'static str,
        /// The parameter's value, not yet encoded.
        value: &'a str,
    },
}

/// Everything an operation sends.
///
/// ```
/// use specgen_runtime::{Method, PathPart, Request};
///
/// let publisher_id = "contoso";
/// let top: Option<u32> = None;
/// let request = Request {
///     method: Method::GET,
///     path: &[
///         PathPart::Literal("/api/publishers/"),
///         PathPart::Param { name: "publisherId", value: publisher_id },
///         PathPart::Literal("/offers"),
///     ],
///     query: &[("$top", top.map(|top| top.to_string()))],
///     headers: &[],
///     body: None,
///     idempotent: true,
/// };
/// # let _ = request;
/// ```
pub struct Request<'a> {
    /// The HTTP method.
    pub method: Method,
    /// The path, appended to the base URL's path.
    pub path: &'a [PathPart<'a>],
    /// Query parameters, sent in order after the API version; `None` is an
    /// optional parameter that is not set and is skipped. A name is the spec's, or the key of
    /// an exploded map or object parameter (see [`query_object`]).
    pub query: &'a [(&'a str, Option<String>)],
    /// Fixed and caller-supplied headers; `None` is skipped. A header given
    /// here replaces a default header of the same name (`Accept`,
    /// `User-Agent`, `Authorization`); repeating a name sends several values.
    pub headers: &'a [(&'static str, Option<Cow<'a, str>>)],
    /// The body, already serialized (see [`json_body`]). Its `Content-Type`
    /// belongs in [`headers`](Self::headers).
    pub body: Option<Vec<u8>>,
    /// Whether sending the request twice has the same effect as sending it once (RFC 9110,
    /// section 9.2.2): true for `GET`, `HEAD`, `PUT`, `DELETE` and `OPTIONS`, and for an
    /// operation the API description marks so. Only idempotent requests are retried by a
    /// [`RetryPolicy`].
    pub idempotent: bool,
}

impl<'a> Request<'a> {
    /// A `GET` of `path`, with no query parameters, headers or body.
    ///
    /// ```
    /// use specgen_runtime::{Method, PathPart, Request};
    ///
    /// let request = Request::get(&[PathPart::Literal("/api/offers")]);
    /// assert_eq!(request.method, Method::GET);
    /// assert!(request.idempotent);
    /// ```
    pub fn get(path: &'a [PathPart<'a>]) -> Self {
        Self {
            method: Method::GET,
            path,
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        }
    }
}

impl fmt::Debug for Request<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Header values and the body may be secret: show names and sizes only.
        let headers: Vec<&str> = self
            .headers
            .iter()
            .filter(|(_, value)| value.is_some())
            .map(|(name, _)| *name)
            .collect();
        f.debug_struct("Request")
            .field("method", &self.method)
            .field("path", &self.path)
            .field("query", &self.query)
            .field("headers", &headers)
            .field("body_len", &self.body.as_ref().map(Vec::len))
            .field("idempotent", &self.idempotent)
            .finish()
    }
}

/// Serializes a request body as JSON.
///
/// ```
/// let body = specgen_runtime::json_body(&serde_json::json!({ "name": "x" }))?;
/// assert_eq!(body, br#"{"name":"x"}"#);
/// # Ok::<(), specgen_runtime::RequestError>(())
/// ```
///
/// # Errors
///
/// [`RequestError::Body`] when serialization fails (for example, a map with
/// non-string keys).
pub fn json_body<T: serde::Serialize + ?Sized>(body: &T) -> Result<Vec<u8>, RequestError> {
    serde_json::to_vec(body).map_err(RequestError::Body)
}

/// The members of an object query parameter as `(name, text)` pairs, in the order of its
/// fields: strings as they are, numbers and booleans as JSON writes them, a member that is
/// `None` left out.
///
/// ```
/// #[derive(serde::Serialize)]
/// struct Filter {
///     field: String,
///     limit: Option<i64>,
///     active: bool,
/// }
///
/// let filter = Filter { field: "a&b".into(), limit: None, active: true };
/// assert_eq!(
///     specgen_runtime::query_object(&filter)?,
///     [("field".to_owned(), "a&b".to_owned()), ("active".to_owned(), "true".to_owned())]
/// );
/// # Ok::<(), specgen_runtime::RequestError>(())
/// ```
///
/// # Errors
///
/// [`RequestError::Query`] when the value is not a struct of scalars.
pub fn query_object<T: serde::Serialize + ?Sized>(
    value: &T,
) -> Result<Vec<(String, String)>, RequestError> {
    let encoded = serde_urlencoded::to_string(value).map_err(RequestError::Query)?;
    Ok(decode_pairs(&encoded))
}

/// `a=1&b=2` as `[("a", "1"), ("b", "2")]`, compiled once.
fn decode_pairs(encoded: &str) -> Vec<(String, String)> {
    url::form_urlencoded::parse(encoded.as_bytes())
        .into_owned()
        .collect()
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
            &inner.base_url,
            &inner.path_prefix,
            inner
                .api_version
                .as_ref()
                .map(|(parameter, value)| (*parameter, value.as_str())),
            request.path,
            request.query,
        )?;
        let extra_headers = validate_headers(request.headers)?;
        let body = request.body.map(Bytes::from);
        self.execute(
            &request.method,
            &url,
            &extra_headers,
            body.as_ref(),
            request.idempotent,
        )
        .await
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
        self.execute(&Method::GET, &url, &[], None, true).await
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
    async fn execute(
        &self,
        method: &Method,
        url: &Url,
        extra_headers: &[(HeaderName, HeaderValue)],
        body: Option<&Bytes>,
        idempotent: bool,
    ) -> Result<RawResponse, Failure> {
        let policy = self.inner.retry.as_ref().filter(|_| idempotent);
        let mut attempt = 1;
        loop {
            let outcome = self.attempt(method, url, extra_headers, body).await;
            let Some(wait) =
                policy.and_then(|policy| policy.wait_after(attempt, &outcome, fastrand::u64(..)))
            else {
                return outcome;
            };
            tokio::time::sleep(wait).await;
            attempt += 1;
        }
    }

    /// Sends the request once with the client's headers, then the given ones, and reads
    /// the response.
    async fn attempt(
        &self,
        method: &Method,
        url: &Url,
        extra_headers: &[(HeaderName, HeaderValue)],
        body: Option<&Bytes>,
    ) -> Result<RawResponse, Failure> {
        let inner = &*self.inner;
        // Held until the body is read, so that its connection is free again. The semaphore
        // is never closed, so acquiring cannot fail.
        let _permit = inner.in_flight.acquire().await.ok();
        // Asked again for each attempt: a token may expire while the client waits.
        let authorization = inner.authorization().await?;

        let mut headers = HeaderMap::with_capacity(3 + extra_headers.len());
        if let Some((name, value)) = authorization {
            headers.insert(name, value);
        }
        headers.insert(ACCEPT, HeaderValue::from_static("application/json"));
        headers.insert(USER_AGENT, inner.user_agent.clone());
        let mut given: Vec<&HeaderName> = Vec::with_capacity(extra_headers.len());
        for (name, value) in extra_headers {
            if given.contains(&name) {
                headers.append(name.clone(), value.clone());
            } else {
                headers.insert(name.clone(), value.clone());
                given.push(name);
            }
        }

        let mut http_request = reqwest::Request::new(method.clone(), url.clone());
        *http_request.headers_mut() = headers;
        if let Some(body) = body {
            // A clone of `Bytes` shares the buffer.
            *http_request.body_mut() = Some(body.clone().into());
        }

        let response = inner
            .client
            .execute(http_request)
            .await
            .map_err(TransportError::Http)?;
        Ok(read_response(response, inner.max_response_body).await?)
    }
}

impl Inner {
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

/// Builds the request URL: base URL, path prefix, path, API version, query.
pub(crate) fn build_url(
    base_url: &Url,
    path_prefix: &str,
    api_version: Option<(&str, &str)>,
    path: &[PathPart<'_>],
    query: &[(&str, Option<String>)],
) -> Result<Url, RequestError> {
    let mut full_path = String::with_capacity(path_prefix.len() + 64);
    full_path.push_str(path_prefix);
    for part in path {
        match *part {
            PathPart::Literal(text) => full_path.push_str(text),
            PathPart::Param { name, value } => {
                if value.is_empty() {
                    return Err(RequestError::EmptyPathParameter { name });
                }
                if value == "." || value == ".." {
                    return Err(RequestError::InvalidUrl {
                        reason: format!(
                            "path parameter `{name}` is `{value}`, which URL normalization would remove"
                        ),
                    });
                }
                full_path.extend(utf8_percent_encode(value, PATH_SEGMENT));
            }
            PathPart::Reserved { name, value } => {
                if value.is_empty() {
                    return Err(RequestError::EmptyPathParameter { name });
                }
                full_path.extend(utf8_percent_encode(value, RESERVED_EXPANSION));
            }
        }
    }
    if let Some(segment) = full_path.split('/').find(|segment| is_dot_segment(segment)) {
        return Err(RequestError::InvalidUrl {
            reason: format!(
                "the path has a `{segment}` segment, which URL normalization would remove"
            ),
        });
    }

    let mut url = base_url.clone();
    url.set_path(&full_path);
    url.set_query(None);
    url.set_fragment(None);
    if api_version.is_some() || query.iter().any(|(_, value)| value.is_some()) {
        let mut pairs = url.query_pairs_mut();
        if let Some((parameter, value)) = api_version {
            pairs.append_pair(parameter, value);
        }
        for (name, value) in query {
            if let Some(value) = value {
                pairs.append_pair(name, value);
            }
        }
    }
    Ok(url)
}

/// Whether a path segment is one that the URL standard removes or resolves
/// (`.`, `..` and their percent-encoded forms).
fn is_dot_segment(segment: &str) -> bool {
    // Compared in place: this runs on every segment of every request.
    [".", "..", "%2e", ".%2e", "%2e.", "%2e%2e"]
        .iter()
        .any(|dot| segment.eq_ignore_ascii_case(dot))
}

/// Checks the request's headers, skipping unset ones.
fn validate_headers(
    headers: &[(&'static str, Option<Cow<'_, str>>)],
) -> Result<Vec<(HeaderName, HeaderValue)>, RequestError> {
    headers
        .iter()
        .filter_map(|(name, value)| value.as_ref().map(|value| (*name, value)))
        .map(|(name, value)| {
            let invalid = || RequestError::InvalidHeaderValue { name };
            let header_name = HeaderName::from_bytes(name.as_bytes()).map_err(|_| invalid())?;
            let header_value = HeaderValue::from_str(value).map_err(|_| invalid())?;
            Ok((header_name, header_value))
        })
        .collect()
}

/// Reads a response with a body of at most `limit` bytes.
async fn read_response(
    mut response: reqwest::Response,
    limit: usize,
) -> Result<RawResponse, TransportError> {
    let status = response.status();
    let headers = std::mem::take(response.headers_mut());
    let declared = response.content_length();
    let too_large = |headers| TransportError::BodyTooLarge {
        status,
        headers: Box::new(headers),
        limit,
    };
    if declared.is_some_and(|length| length > u64::try_from(limit).unwrap_or(u64::MAX)) {
        return Err(too_large(headers));
    }
    let capacity = declared
        .and_then(|length| usize::try_from(length).ok())
        .unwrap_or(0)
        .min(limit);
    let mut body = Vec::with_capacity(capacity);
    loop {
        let chunk = match response.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(source) => {
                return Err(TransportError::IncompleteBody {
                    response: Box::new(RawResponse {
                        status,
                        headers,
                        body: Bytes::from(body),
                    }),
                    source,
                });
            }
        };
        // `body.len() <= limit` holds here, so the subtraction cannot wrap.
        if chunk.len() > limit - body.len() {
            // Dropping `response` closes the connection: the rest is never read.
            return Err(too_large(headers));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(RawResponse {
        status,
        headers,
        body: Bytes::from(body),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use percent_encoding::percent_decode_str;
    use proptest::prelude::*;

    fn base() -> Url {
        Url::parse("http://127.0.0.1:8080/pre").unwrap()
    }

    fn url_for(value: &str) -> Result<Url, RequestError> {
        build_url(
            &base(),
            "/pre",
            None,
            &[
                PathPart::Literal("/items/"),
                PathPart::Param { name: "id", value },
                PathPart::Literal("/tail"),
            ],
            &[],
        )
    }

    #[test]
    fn reserved_characters_stay_in_one_segment() {
        let url = url_for("a/b?c#d%e f").unwrap();
        assert_eq!(url.path(), "/pre/items/a%2Fb%3Fc%23d%25e%20f/tail");
        assert_eq!(url.query(), None);
        assert_eq!(url.fragment(), None);
        assert_eq!(
            url.as_str(),
            "http://127.0.0.1:8080/pre/items/a%2Fb%3Fc%23d%25e%20f/tail"
        );
    }

    #[test]
    fn non_ascii_and_unreserved_characters() {
        assert_eq!(
            url_for("é日").unwrap().path(),
            "/pre/items/%C3%A9%E6%97%A5/tail"
        );
        assert_eq!(
            url_for("Az09-._~").unwrap().path(),
            "/pre/items/Az09-._~/tail"
        );
        assert_eq!(url_for("\\").unwrap().path(), "/pre/items/%5C/tail");
        assert_eq!(url_for("%2E").unwrap().path(), "/pre/items/%252E/tail");
        assert_eq!(url_for("...").unwrap().path(), "/pre/items/.../tail");
        assert_eq!(url_for(".a").unwrap().path(), "/pre/items/.a/tail");
    }

    #[test]
    fn url_normalizes_encoded_dot_segments() {
        // Why `.` and `..` are refused rather than sent as `%2E`: the URL
        // standard (and so `url::Url`, which reqwest requires) removes them.
        let mut url = base();
        url.set_path("/pre/items/%2E/tail");
        assert_eq!(url.path(), "/pre/items/tail");
        url.set_path("/pre/items/%2E%2E/tail");
        assert_eq!(url.path(), "/pre/tail");
    }

    #[test]
    fn dot_values_are_refused() {
        for value in [".", ".."] {
            let error = url_for(value).unwrap_err();
            assert!(
                matches!(&error, RequestError::InvalidUrl { reason } if reason.contains("`id`")),
                "{error:?}"
            );
        }
        // Two parameters that together make a dot segment.
        let error = build_url(
            &base(),
            "/pre",
            None,
            &[
                PathPart::Literal("/items/"),
                PathPart::Param {
                    name: "a",
                    value: ".",
                },
                PathPart::Param {
                    name: "b",
                    value: ".",
                },
            ],
            &[],
        )
        .unwrap_err();
        assert!(
            matches!(error, RequestError::InvalidUrl { .. }),
            "{error:?}"
        );
        // A literal dot segment (a generator bug) is refused too.
        let error =
            build_url(&base(), "/pre", None, &[PathPart::Literal("/a/%2e/b")], &[]).unwrap_err();
        assert!(
            matches!(error, RequestError::InvalidUrl { .. }),
            "{error:?}"
        );
    }

    #[test]
    fn reserved_expansion_keeps_slashes_and_encodes_the_rest() {
        let url = build_url(
            &base(),
            "/pre",
            None,
            &[
                PathPart::Literal("/items/"),
                PathPart::Reserved {
                    name: "param",
                    value: "foo/bar baz:1?#%",
                },
            ],
            &[],
        )
        .unwrap();
        assert_eq!(url.path(), "/pre/items/foo/bar%20baz:1%3F%23%25");
        assert_eq!(url.query(), None);
        let dots = build_url(
            &base(),
            "/pre",
            None,
            &[PathPart::Reserved {
                name: "param",
                value: "a/../b",
            }],
            &[],
        );
        assert!(
            matches!(dots, Err(RequestError::InvalidUrl { .. })),
            "{dots:?}"
        );
    }

    #[test]
    fn empty_value_is_refused() {
        let error = url_for("").unwrap_err();
        assert!(matches!(
            error,
            RequestError::EmptyPathParameter { name: "id" }
        ));
        assert_eq!(error.to_string(), "path parameter `id` is empty");
    }

    #[test]
    fn root_base_and_no_path() {
        let root = Url::parse("https://example.com").unwrap();
        let url = build_url(&root, "", None, &[], &[]).unwrap();
        assert_eq!(url.as_str(), "https://example.com/");
        let url = build_url(&root, "", None, &[PathPart::Literal("/api")], &[]).unwrap();
        assert_eq!(url.as_str(), "https://example.com/api");
    }

    #[test]
    fn query_order_and_encoding() {
        let url = build_url(
            &base(),
            "/pre",
            Some(("api-version", "2017-10-31")),
            &[PathPart::Literal("/items")],
            &[
                ("$top", Some("5".to_owned())),
                ("skip", None),
                ("filter", Some("a b&c=d/é".to_owned())),
            ],
        )
        .unwrap();
        assert_eq!(
            url.query(),
            Some("api-version=2017-10-31&%24top=5&filter=a+b%26c%3Dd%2F%C3%A9")
        );
        let pairs: Vec<(String, String)> = url.query_pairs().into_owned().collect();
        assert_eq!(pairs[2], ("filter".to_owned(), "a b&c=d/é".to_owned()));

        let url = build_url(&base(), "/pre", None, &[], &[("skip", None)]).unwrap();
        assert_eq!(url.query(), None);
    }

    fn any_string() -> impl Strategy<Value = String> {
        prop_oneof![
            proptest::collection::vec(any::<char>(), 0..24).prop_map(String::from_iter),
            "[./%?#a ]{0,6}",
        ]
    }

    proptest! {
        #[test]
        fn any_value_is_exactly_one_segment(value in any_string()) {
            match url_for(&value) {
                Ok(url) => {
                    let segments: Vec<&str> = url.path_segments().unwrap().collect();
                    prop_assert_eq!(segments.len(), 4, "{}", url);
                    prop_assert_eq!(segments[0], "pre");
                    prop_assert_eq!(segments[1], "items");
                    prop_assert_eq!(segments[3], "tail");
                    let decoded = percent_decode_str(segments[2]).decode_utf8().unwrap();
                    prop_assert_eq!(decoded.as_ref(), value.as_str());
                    // The URL survives a round trip through its text.
                    prop_assert_eq!(Url::parse(url.as_str()).unwrap(), url);
                }
                Err(RequestError::EmptyPathParameter { .. }) => prop_assert!(value.is_empty()),
                Err(RequestError::InvalidUrl { .. }) => {
                    prop_assert!(value == "." || value == "..");
                }
                Err(error) => prop_assert!(false, "unexpected error {:?}", error),
            }
        }
    }
}
