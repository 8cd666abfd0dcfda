//! The client builder.

use std::fmt;
use std::marker::PhantomData;
use std::sync::Arc;
use std::time::Duration;

use http::HeaderValue;
use url::Url;

use crate::auth::{Auth, AuthConfig, Token, TokenProvider, api_key_header, bearer_header};
use crate::error::BuildError;
use crate::transport::{Inner, Transport};

/// Default for [`ClientBuilder::timeout`]: 60 seconds.
const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);
/// Default for [`ClientBuilder::connect_timeout`]: 10 seconds.
const DEFAULT_CONNECT_TIMEOUT: Duration = Duration::from_secs(10);
/// Default for [`ClientBuilder::max_response_body`]: 16 MiB.
const DEFAULT_MAX_RESPONSE_BODY: usize = 16 * 1024 * 1024;
/// Query parameter used by [`ClientBuilder::api_version`] when the service
/// defines none.
const DEFAULT_API_VERSION_PARAMETER: &str = "api-version";

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
    /// empty or not a valid header value makes [`build`](Self::build) fail
    /// with [`BuildError::InvalidToken`].
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
    /// them on the injected client. Avoid default headers carrying
    /// credentials on it: the transport cannot tell them apart from other
    /// headers.
    pub fn http_client(mut self, client: reqwest::Client) -> Self {
        self.config.http_client = Some(client);
        self
    }

    /// Limits the time of a whole request, from connecting until the response
    /// body is read. Defaults to 60 seconds. Ignored with
    /// [`http_client`](Self::http_client).
    pub fn timeout(mut self, duration: Duration) -> Self {
        self.config.timeout = duration;
        self
    }

    /// Limits the time to connect to the server. Defaults to 10 seconds.
    /// Ignored with [`http_client`](Self::http_client).
    pub fn connect_timeout(mut self, duration: Duration) -> Self {
        self.config.connect_timeout = duration;
        self
    }

    /// Limits the size of a response body. A larger response fails with
    /// [`TransportError::BodyTooLarge`](crate::TransportError::BodyTooLarge)
    /// without being read into memory. Defaults to 16 MiB.
    pub fn max_response_body(mut self, bytes: usize) -> Self {
        self.config.max_response_body = bytes;
        self
    }

    /// Checks the configuration and builds the client.
    ///
    /// Configuring no authentication is allowed: requests then carry no
    /// `Authorization` header.
    ///
    /// # Errors
    ///
    /// [`BuildError::InvalidBaseUrl`], [`BuildError::InvalidToken`],
    /// [`BuildError::InvalidUserAgent`] or, when no client was injected and
    /// building one failed, [`BuildError::Http`].
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
        let client = match self.http_client {
            Some(client) => client,
            None => reqwest::Client::builder()
                .timeout(self.timeout)
                .connect_timeout(self.connect_timeout)
                .build()
                .map_err(BuildError::Http)?,
        };
        Ok(Transport::from_inner(Inner {
            client,
            base_url,
            path_prefix,
            api_version,
            user_agent,
            auth,
            max_response_body: self.max_response_body,
        }))
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
