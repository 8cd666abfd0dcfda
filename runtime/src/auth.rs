//! Bearer tokens and token providers.

use std::fmt;
use std::future::Future;
use std::pin::Pin;
use std::sync::Arc;

use http::HeaderValue;

/// A boxed error that can cross threads, as returned by a [`TokenProvider`].
pub type BoxError = Box<dyn std::error::Error + Send + Sync + 'static>;

/// A secret bearer token.
///
/// The value is never shown by [`Debug`](fmt::Debug) (`Token(<redacted>)`) or
/// [`Display`](fmt::Display) (`<redacted>`); call [`Token::expose_secret`] to
/// read it.
///
/// ```
/// use specgen_runtime::Token;
///
/// let token = Token::new("s3cr3t");
/// assert_eq!(format!("{token:?}"), "Token(<redacted>)");
/// assert_eq!(token.to_string(), "<redacted>");
/// assert_eq!(token.expose_secret(), "s3cr3t");
/// ```
#[derive(Clone)]
pub struct Token(String);

impl Token {
    /// Wraps a secret token value.
    pub fn new(secret: impl Into<String>) -> Self {
        Self(secret.into())
    }

    /// Returns the secret value. Take care not to log it.
    pub fn expose_secret(&self) -> &str {
        &self.0
    }
}

impl fmt::Debug for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Token(<redacted>)")
    }
}

impl fmt::Display for Token {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("<redacted>")
    }
}

impl From<String> for Token {
    fn from(secret: String) -> Self {
        Self(secret)
    }
}

impl From<&str> for Token {
    fn from(secret: &str) -> Self {
        Self(secret.to_owned())
    }
}

/// A source of bearer tokens that expire, such as an OAuth 2.0 client.
///
/// [`Transport::send`](crate::Transport::send) calls [`token`](Self::token)
/// once per request, so an implementation should cache its token and only
/// fetch a new one when the cached one is about to expire.
///
/// ```
/// use std::future::Future;
/// use std::pin::Pin;
/// use specgen_runtime::{BoxError, Token, TokenProvider};
///
/// struct FromEnvironment;
///
/// impl TokenProvider for FromEnvironment {
///     fn token(&self) -> Pin<Box<dyn Future<Output = Result<Token, BoxError>> + Send + '_>> {
///         Box::pin(async {
///             let value = std::env::var("API_TOKEN")?;
///             Ok(Token::new(value))
///         })
///     }
/// }
/// ```
pub trait TokenProvider: Send + Sync {
    /// Returns a token that is valid for the next request.
    ///
    /// An error fails the request with
    /// [`RequestError::Token`](crate::RequestError::Token) before anything is
    /// sent.
    fn token(&self) -> Pin<Box<dyn Future<Output = Result<Token, BoxError>> + Send + '_>>;
}

impl<T: TokenProvider + ?Sized> TokenProvider for Arc<T> {
    fn token(&self) -> Pin<Box<dyn Future<Output = Result<Token, BoxError>> + Send + '_>> {
        (**self).token()
    }
}

/// Builds the sensitive `Authorization: Bearer <token>` header value, or `None`
/// when the token is empty or not a valid header value.
pub(crate) fn bearer_header(token: &Token) -> Option<HeaderValue> {
    let secret = token.expose_secret();
    if secret.trim().is_empty() {
        return None;
    }
    let mut value = HeaderValue::from_str(&format!("Bearer {secret}")).ok()?;
    value.set_sensitive(true);
    Some(value)
}

/// The sensitive value of an API-key header, or `None` when the key is empty or not a valid
/// header value.
pub(crate) fn api_key_header(key: &Token) -> Option<HeaderValue> {
    let secret = key.expose_secret();
    if secret.trim().is_empty() {
        return None;
    }
    let mut value = HeaderValue::from_str(secret).ok()?;
    value.set_sensitive(true);
    Some(value)
}

/// How a built transport authenticates.
#[derive(Clone)]
pub(crate) enum Auth {
    /// No `Authorization` header.
    None,
    /// A fixed, validated `Authorization` header value.
    Bearer(HeaderValue),
    /// A fixed, validated API key, sent in the service's API-key header.
    ApiKey(http::HeaderName, HeaderValue),
    /// A provider asked once per request.
    Provider(Arc<dyn TokenProvider>),
}

impl fmt::Debug for Auth {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::None => f.write_str("None"),
            Self::Bearer(_) => f.write_str("BearerToken(<redacted>)"),
            Self::ApiKey(header, _) => write!(f, "ApiKey({header}: <redacted>)"),
            Self::Provider(_) => f.write_str("TokenProvider"),
        }
    }
}

/// How a builder was told to authenticate (not yet validated).
pub(crate) enum AuthConfig {
    /// No authentication.
    None,
    /// A fixed token.
    Bearer(Token),
    /// A fixed API key.
    ApiKey(Token),
    /// A provider asked once per request.
    Provider(Arc<dyn TokenProvider>),
}

impl fmt::Debug for AuthConfig {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Self::None => f.write_str("None"),
            Self::Bearer(_) => f.write_str("BearerToken(<redacted>)"),
            Self::ApiKey(_) => f.write_str("ApiKey(<redacted>)"),
            Self::Provider(_) => f.write_str("TokenProvider"),
        }
    }
}
