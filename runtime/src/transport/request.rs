//! What an operation sends: [`Request`], its path template and body and query helpers.

use std::borrow::Cow;
use std::fmt;

use http::Method;

use crate::error::RequestError;

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

impl<'a> PathPart<'a> {
    /// [`PathPart::Param`]: the parameter `name` with `value`, encoded as one segment.
    #[must_use]
    pub const fn param(name: &'static str, value: &'a str) -> Self {
        PathPart::Param { name, value }
    }

    /// [`PathPart::Reserved`]: the parameter `name` with `value`, its reserved characters
    /// kept.
    #[must_use]
    pub const fn reserved(name: &'static str, value: &'a str) -> Self {
        PathPart::Reserved { name, value }
    }
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
///         PathPart::param("publisherId", publisher_id),
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
    /// [`RetryPolicy`](crate::RetryPolicy).
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

/// [`json_body`] of a value written in a form of [`crate::encoding`]: `U` is its serde_with `as`
/// type, such as `[Base64]` for a slice of bytes.
///
/// # Errors
///
/// As [`json_body`].
pub fn json_body_as<T: ?Sized, U: serde_with::SerializeAs<T> + ?Sized>(
    body: &T,
) -> Result<Vec<u8>, RequestError> {
    json_body(&serde_with::ser::SerializeAsWrap::<T, U>::new(body))
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
