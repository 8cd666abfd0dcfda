//! The client builder.

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use http::HeaderValue;
use url::{Host, Url};

use crate::auth::{Auth, AuthConfig, Token, TokenProvider, api_key_header, bearer_header};
use crate::error::BuildError;
use crate::retry::RetryPolicy;
use crate::transport::{Inner, Transport, request_base};

/// Default for [`ClientBuilder::timeout`]: 60 seconds.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// Default for [`ClientBuilder::connect_timeout`]: 10 seconds.
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default for [`ClientBuilder::max_response_body`]: 16 MiB.
const DEFAULT_MAX_RESPONSE_BODY: usize = 16 * 1024 * 1024;
/// Query parameter used by [`ClientBuilder::api_version`] when the service
/// defines none.
const DEFAULT_API_VERSION_PARAMETER: &str = "api-version";
/// Default for [`ClientBuilder::max_concurrent_requests`].
const DEFAULT_MAX_CONCURRENT_REQUESTS: usize = 100;
/// The most redirects followed for one request.
const MAX_REDIRECTS: usize = 10;

/// Facts of a service that generated code passes to [`ClientBuilder::new`].
#[derive(Clone, Copy, Debug)]
pub struct ServiceDefaults {
    /// The service's default base URL, e.g. `"https://cloudpartner.azure.com"`.
    pub base_url: &'static str,
    /// A query parameter added to every request, first in the query string.
    pub api_version: Option<ApiVersion>,
    /// The `User-Agent` header, e.g. `"cloud-partner-portal/0.1.0"`.
    pub user_agent: &'static str,
}

/// An API version sent as a query parameter on every request, e.g.
/// `api-version=2017-10-31`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ApiVersion {
    /// The query parameter's name, e.g. `"api-version"`.
    pub parameter: &'static str,
    /// The default value, e.g. `"2017-10-31"`.
    pub value: &'static str,
}

/// Builds a generated client (`C`), which generated code exposes as
/// `Client::builder()`.
///
/// ```
/// use specgen_runtime::{ApiVersion, ClientBuilder, ServiceDefaults, Transport};
/// use std::time::Duration;
///
/// // What generated code looks like:
/// pub struct Client {
///     transport: Transport,
/// }
///
/// impl From<Transport> for Client {
///     fn from(transport: Transport) -> Self {
///         Self { transport }
///     }
/// }
///
/// impl Client {
///     pub fn builder() -> ClientBuilder<Self> {
///         ClientBuilder::new(ServiceDefaults {
///             base_url: "https://cloudpartner.azure.com",
///             api_version: Some(ApiVersion { parameter: "api-version", value: "2017-10-31" }),
///             user_agent: "cloud-partner-portal/0.1.0",
///         })
///     }
/// }
///
/// // What a user writes:
/// let client = Client::builder()
///     .base_url("http://127.0.0.1:8080/prefix")
///     .bearer_token("s3cr3t")
///     .timeout(Duration::from_secs(5))
///     .build()?;
/// assert_eq!(client.transport.base_url().as_str(), "http://127.0.0.1:8080/prefix");
/// # Ok::<(), specgen_runtime::BuildError>(())
/// ```
pub struct ClientBuilder<C> {
    config: Config,
    client: PhantomData<fn() -> C>,
}

/// The non-generic part of [`ClientBuilder`].
struct Config {
    defaults: ServiceDefaults,
    base_url: Option<String>,
    api_version: Option<String>,
    auth: AuthConfig,
    api_key_header: Option<&'static str>,
    http_client: Option<reqwest::Client>,
    timeout: Duration,
    connect_timeout: Duration,
    max_response_body: usize,
    retry: Option<RetryPolicy>,
    allow_insecure_http: bool,
    max_concurrent_requests: usize,
}

impl<C> fmt::Debug for ClientBuilder<C> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let config = &self.config;
        f.debug_struct("ClientBuilder")
            .field("base_url", &config.base_url())
            .field("api_version", &config.api_version())
            .field("user_agent", &config.defaults.user_agent)
            .field("auth", &config.auth)
            .field(
                "http_client",
                &if config.http_client.is_some() {
                    "injected"
                } else {
                    "default"
                },
            )
            .field("timeout", &config.timeout)
            .field("connect_timeout", &config.connect_timeout)
            .field("max_response_body", &config.max_response_body)
            .field("retry", &config.retry)
            .field("max_concurrent_requests", &config.max_concurrent_requests)
            .field("allow_insecure_http", &config.allow_insecure_http)
            .finish()
    }
}

impl<C: From<Transport>> ClientBuilder<C> {
    /// Starts a builder with a service's defaults. Generated code calls this
    /// from `Client::builder()`.
    pub fn new(defaults: ServiceDefaults) -> Self {
        Self {
            config: Config {
                defaults,
                base_url: None,
                api_version: None,
                auth: AuthConfig::None,
                api_key_header: None,
                http_client: None,
                timeout: DEFAULT_TIMEOUT,
                connect_timeout: DEFAULT_CONNECT_TIMEOUT,
                max_response_body: DEFAULT_MAX_RESPONSE_BODY,
                retry: None,
                allow_insecure_http: false,
                max_concurrent_requests: DEFAULT_MAX_CONCURRENT_REQUESTS,
            },
            client: PhantomData,
        }
    }

    /// Sends requests to another base URL than the service's default one.
    ///
    /// The URL must be absolute, `http` or `https`, without a query or
    /// fragment. It may have a path prefix (`http://127.0.0.1:8080/prefix`),
    /// which is kept in front of every operation's path. It is checked by
    /// [`build`](Self::build).
    pub fn base_url(mut self, url: impl AsRef<str>) -> Self {
        self.config.base_url = Some(url.as_ref().to_owned());
        self
    }

    /// Sends `Authorization: Bearer <token>` with every request.
    ///
    /// Replaces a [`token_provider`](Self::token_provider). A token that is
    /// empty or not a valid header value (CR, LF and other control characters
    /// are not) makes [`build`](Self::build) fail with
    /// [`BuildError::InvalidToken`]. Over plain `http`, the base URL must be a
    /// loopback address unless [`allow_insecure_http`](Self::allow_insecure_http)
    /// says otherwise.
    pub fn bearer_token(mut self, token: impl Into<Token>) -> Self {
        self.config.auth = AuthConfig::Bearer(token.into());
        self
    }

    /// Sends `key` in the service's API-key header with every request (the header the
    /// service's spec names, e.g. `x-ms-api-key`).
    ///
    /// Replaces a [`bearer_token`](Self::bearer_token) or a
    /// [`token_provider`](Self::token_provider). A key that is empty or not a valid header
    /// value, or a service without API-key authentication, makes [`build`](Self::build) fail
    /// with [`BuildError::InvalidApiKey`]. The key is never printed.
    pub fn api_key(mut self, key: impl Into<Token>) -> Self {
        self.config.auth = AuthConfig::ApiKey(key.into());
        self
    }

    /// Names the header that carries the API key of [`api_key`](Self::api_key). Generated
    /// clients of services that authenticate with an API key set it in `Client::builder()`.
    pub fn api_key_header(mut self, name: &'static str) -> Self {
        self.config.api_key_header = Some(name);
        self
    }

    /// Asks `provider` for a token before every request and sends it as
    /// `Authorization: Bearer <token>`.
    ///
    /// Replaces a [`bearer_token`](Self::bearer_token).
    pub fn token_provider(mut self, provider: impl TokenProvider + 'static) -> Self {
        self.config.auth = AuthConfig::Provider(Arc::new(provider));
        self
    }

    /// Sends another API version than the service's default one.
    ///
    /// If the service defines no API version parameter, the value is sent as
    /// the `api-version` query parameter.
    pub fn api_version(mut self, value: impl Into<String>) -> Self {
        self.config.api_version = Some(value.into());
        self
    }

    /// Uses this HTTP client instead of building one.
    ///
    /// The client's own settings then apply: [`timeout`](Self::timeout) and
    /// [`connect_timeout`](Self::connect_timeout) are ignored, so configure
    /// them on the injected client, and so is its redirect policy (reqwest's
    /// default follows up to 10 redirects to any origin, dropping
    /// `Authorization` when the host, port or scheme changes). Avoid default
    /// headers carrying credentials on it: the transport cannot tell them
    /// apart from other headers. Do not turn on its `connection_verbose`: it
    /// logs the raw bytes of every request, the `Authorization` header
    /// included.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.config.http_client = Some(client);
        self
    }

    /// Limits the time of a whole request, from connecting until the response
    /// body is read: a server that accepts the connection and never answers, or
    /// answers too slowly, fails the request with a
    /// [`TransportError`](crate::TransportError) whose
    /// [`is_timeout`](crate::TransportError::is_timeout) is true. Defaults to 60
    /// seconds. With a [`retry`](Self::retry) policy, each attempt has the whole
    /// of it. Ignored with [`http_client`](Self::http_client).
    pub fn timeout(mut self, duration: Duration) -> Self {
        self.config.timeout = duration;
        self
    }

    /// Limits the time to connect to the server (the TCP and TLS handshakes):
    /// a failure is a [`TransportError`](crate::TransportError) whose
    /// [`is_connect`](crate::TransportError::is_connect) and
    /// [`is_timeout`](crate::TransportError::is_timeout) are true. Defaults to
    /// 10 seconds. Ignored with [`http_client`](Self::http_client).
    pub fn connect_timeout(mut self, duration: Duration) -> Self {
        self.config.connect_timeout = duration;
        self
    }

    /// Limits the size of a response body. A larger response fails with
    /// [`TransportError::BodyTooLarge`](crate::TransportError::BodyTooLarge)
    /// without being read into memory: at once when its `Content-Length` is
    /// larger, else as soon as the bytes read pass the limit, and the
    /// connection is closed. Defaults to 16 MiB.
    pub fn max_response_body(mut self, bytes: usize) -> Self {
        self.config.max_response_body = bytes;
        self
    }

    /// Limits the requests one client has in flight at once; more wait for
    /// one to finish (the wait does not count toward the
    /// [`timeout`](Self::timeout)). Defaults to 100.
    ///
    /// An HTTP/1.1 connection carries one request at a time, so this also
    /// bounds the connections the client opens: without it, a burst of
    /// concurrent calls opens a connection for almost every call and can
    /// exhaust the process's file descriptors. Connections are kept alive and
    /// reused by later requests. `0` counts as `1`; `usize::MAX` (or any value
    /// of at least [`tokio::sync::Semaphore::MAX_PERMITS`]) lifts the limit.
    pub fn max_concurrent_requests(mut self, limit: usize) -> Self {
        self.config.max_concurrent_requests = limit;
        self
    }

    /// Sends idempotent requests again after transient failures, as `policy`
    /// says. Off by default: without it, every request is sent once.
    ///
    /// ```
    /// # use specgen_runtime::{ClientBuilder, RetryPolicy, ServiceDefaults, Transport};
    /// # struct Client(Transport);
    /// # impl From<Transport> for Client { fn from(t: Transport) -> Self { Client(t) } }
    /// # let builder = ClientBuilder::<Client>::new(ServiceDefaults {
    /// #     base_url: "https://example.com", api_version: None, user_agent: "example/1" });
    /// let client = builder.retry(RetryPolicy::default().max_attempts(4)).build()?;
    /// # Ok::<(), specgen_runtime::BuildError>(())
    /// ```
    pub fn retry(mut self, policy: RetryPolicy) -> Self {
        self.config.retry = Some(policy);
        self
    }

    /// Allows sending the bearer token over plain `http` to a host that is not
    /// a loopback address. Off by default: [`build`](Self::build) then fails
    /// with [`BuildError::InsecureHttp`] for such a base URL, since anyone on
    /// the network path could read the token. `https` URLs and loopback hosts
    /// (`127.0.0.0/8`, `::1`, `localhost`) need no permission.
    pub fn allow_insecure_http(mut self, allow: bool) -> Self {
        self.config.allow_insecure_http = allow;
        self
    }

    /// Checks the configuration and builds the client.
    ///
    /// Configuring no authentication is allowed: requests then carry no
    /// `Authorization` header.
    ///
    /// The HTTP client it builds (when none was injected) follows redirects
    /// within the origin of the request (the same scheme, host and port), at
    /// most 10 in a row. A redirect to another origin is not followed: the
    /// `3xx` response is returned as it came, so the credentials never leave
    /// the origin and the caller sees the `Location`.
    ///
    /// # Errors
    ///
    /// [`BuildError::InvalidBaseUrl`], [`BuildError::InvalidToken`],
    /// [`BuildError::InvalidUserAgent`], [`BuildError::InsecureHttp`] or, when
    /// no client was injected and building one failed, [`BuildError::Http`].
    pub fn build(self) -> Result<C, BuildError> {
        self.config.into_transport().map(C::from)
    }
}

impl Config {
    fn base_url(&self) -> &str {
        self.base_url.as_deref().unwrap_or(self.defaults.base_url)
    }

    fn api_version(&self) -> Option<(&'static str, &str)> {
        match (&self.defaults.api_version, &self.api_version) {
            (Some(default), Some(value)) => Some((default.parameter, value.as_str())),
            (Some(default), None) => Some((default.parameter, default.value)),
            (None, Some(value)) => Some((DEFAULT_API_VERSION_PARAMETER, value.as_str())),
            (None, None) => None,
        }
    }

    fn into_transport(self) -> Result<Transport, BuildError> {
        let base_url = parse_base_url(self.base_url())?;
        let path_prefix = base_url.path().trim_end_matches('/').to_owned();
        let api_version = self
            .api_version()
            .map(|(parameter, value)| (parameter, value.to_owned()));
        let user_agent = HeaderValue::from_str(self.defaults.user_agent)
            .map_err(|_| BuildError::InvalidUserAgent)?;
        let auth = match self.auth {
            AuthConfig::None => Auth::None,
            AuthConfig::Bearer(token) => {
                Auth::Bearer(bearer_header(&token).ok_or(BuildError::InvalidToken)?)
            }
            AuthConfig::ApiKey(key) => {
                let header = self
                    .api_key_header
                    .and_then(|name| http::HeaderName::from_bytes(name.as_bytes()).ok());
                match (header, api_key_header(&key)) {
                    (Some(header), Some(value)) => Auth::ApiKey(header, value),
                    _ => return Err(BuildError::InvalidApiKey),
                }
            }
            AuthConfig::Provider(provider) => Auth::Provider(provider),
        };
        let sends_token = !matches!(auth, Auth::None);
        if sends_token
            && base_url.scheme() == "http"
            && !is_loopback(&base_url)
            && !self.allow_insecure_http
        {
            return Err(BuildError::InsecureHttp {
                url: base_url.to_string(),
            });
        }
        let client = match self.http_client {
            Some(client) => client,
            None => reqwest::Client::builder()
                .timeout(self.timeout)
                .connect_timeout(self.connect_timeout)
                .redirect(reqwest::redirect::Policy::custom(follow_within_origin))
                .build()
                .map_err(BuildError::Http)?,
        };
        let max_concurrent_requests = self
            .max_concurrent_requests
            .clamp(1, tokio::sync::Semaphore::MAX_PERMITS);
        let request_base = request_base(
            &base_url,
            api_version
                .as_ref()
                .map(|(parameter, value)| (*parameter, value.as_str())),
        );
        Ok(Transport::from_inner(Inner {
            client,
            request_base,
            base_url,
            path_prefix,
            api_version,
            user_agent,
            auth,
            max_response_body: self.max_response_body,
            retry: self.retry,
            max_concurrent_requests,
            // The limit lifted: no permit to take.
            in_flight: (max_concurrent_requests < tokio::sync::Semaphore::MAX_PERMITS)
                .then(|| tokio::sync::Semaphore::new(max_concurrent_requests)),
        }))
    }
}

/// The redirect policy: follow within the origin of the first request, stop (returning
/// the `3xx` response) at another origin.
fn follow_within_origin(attempt: reqwest::redirect::Attempt<'_>) -> reqwest::redirect::Action {
    let same_origin = attempt
        .previous()
        .first()
        .is_some_and(|first| first.origin() == attempt.url().origin());
    if !same_origin {
        attempt.stop()
    } else if attempt.previous().len() > MAX_REDIRECTS {
        attempt.error(format!("more than {MAX_REDIRECTS} redirects"))
    } else {
        attempt.follow()
    }
}

/// Whether a URL's host is a loopback address: `127.0.0.0/8`, `::1` (also as
/// `::ffff:127.x.y.z`) or `localhost`.
fn is_loopback(url: &Url) -> bool {
    match url.host() {
        Some(Host::Ipv4(address)) => address.is_loopback(),
        Some(Host::Ipv6(address)) => {
            address.is_loopback() || address.to_ipv4_mapped().is_some_and(|v4| v4.is_loopback())
        }
        Some(Host::Domain(domain)) => domain.eq_ignore_ascii_case("localhost"),
        None => false,
    }
}

/// Parses and checks a base URL.
fn parse_base_url(text: &str) -> Result<Url, BuildError> {
    let invalid = |reason: &str| BuildError::InvalidBaseUrl {
        url: text.to_owned(),
        reason: reason.to_owned(),
    };
    let url = Url::parse(text).map_err(|error| invalid(&error.to_string()))?;
    if !matches!(url.scheme(), "http" | "https") {
        return Err(invalid("the scheme must be http or https"));
    }
    if url.cannot_be_a_base() || !url.has_host() {
        return Err(invalid("it cannot be a base URL"));
    }
    if url.query().is_some() || url.fragment().is_some() {
        return Err(invalid("it must not have a query or fragment"));
    }
    Ok(url)
}
