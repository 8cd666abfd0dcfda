//! Responses and decoding them.

use std::any::type_name;
use std::fmt;

use bytes::Bytes;
use chrono::{DateTime, FixedOffset, NaiveDate, NaiveTime};
use email_address::EmailAddress;
use http::header::CONTENT_TYPE;
use http::{HeaderMap, StatusCode};
use serde::de::DeserializeOwned;
use serde_with::DeserializeAs;
use serde_with::de::DeserializeAsWrap;
use url::Url;
use uuid::Uuid;

/// A response as received: status, headers and the whole body.
///
/// ```
/// use specgen_runtime::{Bytes, HeaderMap, RawResponse, StatusCode};
///
/// let response = RawResponse {
///     status: StatusCode::OK,
///     headers: HeaderMap::new(),
///     body: Bytes::from_static(br#"{"id": 7}"#),
/// };
/// let value: serde_json::Value = response.json()?;
/// assert_eq!(value["id"], 7);
/// # Ok::<(), specgen_runtime::DecodeError>(())
/// ```
#[derive(Clone, Debug)]
pub struct RawResponse {
    /// The status code.
    pub status: StatusCode,
    /// The headers.
    pub headers: HeaderMap,
    /// The body.
    pub body: Bytes,
}

impl RawResponse {
    /// The body as text, when it is valid UTF-8.
    pub fn body_text(&self) -> Option<&str> {
        std::str::from_utf8(&self.body).ok()
    }

    /// Decodes a required JSON body.
    ///
    /// A `Content-Type` header, when the server sends one, must name JSON:
    /// `application/json` or a `+json` type such as `application/problem+json`,
    /// parameters such as `charset` aside. Without the header the body is read as
    /// JSON all the same.
    ///
    /// ```
    /// use specgen_runtime::reqwest::header::HeaderValue;
    /// use specgen_runtime::{Bytes, DecodeErrorKind, HeaderMap, RawResponse, StatusCode};
    ///
    /// let mut headers = HeaderMap::new();
    /// headers.insert("content-type", HeaderValue::from_static("text/html"));
    /// let response = RawResponse { status: StatusCode::OK, headers, body: Bytes::from_static(b"7") };
    /// let error = response.json::<u32>().unwrap_err();
    /// assert!(matches!(error.kind, DecodeErrorKind::ContentType { .. }));
    /// ```
    ///
    /// # Errors
    ///
    /// A [`DecodeError`] keeping the whole response: of kind
    /// [`DecodeErrorKind::Body`] when the body is not valid JSON of type `T` (an
    /// empty body included), else of kind [`DecodeErrorKind::ContentType`] when the
    /// declared `Content-Type` is not JSON.
    pub fn json<T: DeserializeOwned>(&self) -> Result<T, DecodeError> {
        let value = serde_json::from_slice(&self.body)
            .map_err(|error| self.body_error(error, type_name::<T>()))?;
        match self.headers.get(CONTENT_TYPE) {
            Some(declared) if !is_json_media_type(declared.as_bytes()) => {
                Err(self.error(DecodeErrorKind::ContentType {
                    content_type: String::from_utf8_lossy(declared.as_bytes()).into_owned(),
                }))
            }
            _ => Ok(value),
        }
    }

    /// Decodes an optional JSON body: an empty or whitespace-only body gives
    /// `Ok(None)`.
    ///
    /// ```
    /// use specgen_runtime::{Bytes, HeaderMap, RawResponse, StatusCode};
    ///
    /// let response = RawResponse {
    ///     status: StatusCode::OK,
    ///     headers: HeaderMap::new(),
    ///     body: Bytes::from_static(b" \r\n"),
    /// };
    /// assert_eq!(response.optional_json::<u32>()?, None);
    /// # Ok::<(), specgen_runtime::DecodeError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`json`](Self::json) when the body is not blank.
    pub fn optional_json<T: DeserializeOwned>(&self) -> Result<Option<T>, DecodeError> {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            Ok(None)
        } else {
            self.json().map(Some)
        }
    }

    /// [`json`](Self::json) of a value written in a form of [`crate::encoding`]: `U` is its
    /// serde_with `as` type, such as `Vec<Base64>` for a list of bytes.
    ///
    /// # Errors
    ///
    /// As [`json`](Self::json); a value not in the form is a [`DecodeErrorKind::Body`].
    pub fn json_as<T, U>(&self) -> Result<T, DecodeError>
    where
        U: for<'de> DeserializeAs<'de, T>,
    {
        self.json::<DeserializeAsWrap<T, U>>()
            .map(DeserializeAsWrap::into_inner)
    }

    /// [`optional_json`](Self::optional_json) of a value written in a form of
    /// [`crate::encoding`].
    ///
    /// # Errors
    ///
    /// As [`json_as`](Self::json_as).
    pub fn optional_json_as<T, U>(&self) -> Result<Option<T>, DecodeError>
    where
        U: for<'de> DeserializeAs<'de, T>,
    {
        if self.body.iter().all(u8::is_ascii_whitespace) {
            Ok(None)
        } else {
            self.json_as::<T, U>().map(Some)
        }
    }

    /// A required header read by `parse`, the `parse` of a form of [`crate::encoding`]
    /// (`Seconds::parse`). When the header is repeated, the first value is used.
    ///
    /// # Errors
    ///
    /// [`DecodeErrorKind::MissingHeader`] when it is missing, and
    /// [`DecodeErrorKind::InvalidHeader`] when it does not parse.
    pub fn header_with<T>(
        &self,
        name: &'static str,
        parse: fn(&str) -> Result<T, String>,
    ) -> Result<T, DecodeError> {
        let text = self
            .header_text(name)?
            .ok_or_else(|| self.error(DecodeErrorKind::MissingHeader { name }))?;
        parse(text).map_err(|reason| self.error(DecodeErrorKind::InvalidHeader { name, reason }))
    }

    /// Parses a required header. When the header is repeated, the first value
    /// is used.
    ///
    /// ```
    /// use specgen_runtime::reqwest::header::HeaderValue;
    /// use specgen_runtime::{Bytes, HeaderMap, RawResponse, StatusCode};
    ///
    /// let mut headers = HeaderMap::new();
    /// headers.insert("x-total-count", HeaderValue::from_static("42"));
    /// let response = RawResponse { status: StatusCode::OK, headers, body: Bytes::new() };
    /// assert_eq!(response.header::<i64>("x-total-count")?, 42);
    /// assert!(response.header::<i64>("x-missing").is_err());
    /// # Ok::<(), specgen_runtime::DecodeError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// A [`DecodeError`] naming the header when it is missing
    /// ([`DecodeErrorKind::MissingHeader`]), not valid UTF-8 or does not parse
    /// ([`DecodeErrorKind::InvalidHeader`]).
    pub fn header<T: FromHeader>(&self, name: &'static str) -> Result<T, DecodeError> {
        self.optional_header(name)?
            .ok_or_else(|| self.error(DecodeErrorKind::MissingHeader { name }))
    }

    /// Parses an optional header: missing gives `Ok(None)`. When the header is
    /// repeated, the first value is used.
    ///
    /// # Errors
    ///
    /// A [`DecodeError`] of kind [`DecodeErrorKind::InvalidHeader`] when the
    /// header is present but not valid UTF-8 or does not parse.
    pub fn optional_header<T: FromHeader>(
        &self,
        name: &'static str,
    ) -> Result<Option<T>, DecodeError> {
        match self.header_text(name)? {
            None => Ok(None),
            Some(text) => T::from_header(text)
                .map(Some)
                .map_err(|reason| self.error(DecodeErrorKind::InvalidHeader { name, reason })),
        }
    }

    /// Parses a required header holding a URL that may be relative (a URI reference): a
    /// relative value is resolved against `base`, as a browser resolves a link.
    ///
    /// ```
    /// use specgen_runtime::reqwest::header::HeaderValue;
    /// use specgen_runtime::{Bytes, HeaderMap, RawResponse, StatusCode, Url};
    ///
    /// let mut headers = HeaderMap::new();
    /// headers.insert("operation-location", HeaderValue::from_static("/api/operations/7"));
    /// let response = RawResponse { status: StatusCode::ACCEPTED, headers, body: Bytes::new() };
    /// let base = Url::parse("https://cloudpartner.azure.com")?;
    /// let url = response.url_reference("operation-location", &base)?;
    /// assert_eq!(url.as_str(), "https://cloudpartner.azure.com/api/operations/7");
    /// # Ok::<(), Box<dyn std::error::Error>>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`header`](Self::header), when the header is missing or is not a URL reference.
    pub fn url_reference(&self, name: &'static str, base: &Url) -> Result<Url, DecodeError> {
        let text = self
            .header_text(name)?
            .ok_or_else(|| self.error(DecodeErrorKind::MissingHeader { name }))?;
        base.join(text.trim()).map_err(|error| {
            self.error(DecodeErrorKind::InvalidHeader {
                name,
                reason: format!("not a URL reference: {error}"),
            })
        })
    }

    /// The first value of a header as text.
    fn header_text(&self, name: &'static str) -> Result<Option<&str>, DecodeError> {
        match self.headers.get(name) {
            None => Ok(None),
            Some(value) => std::str::from_utf8(value.as_bytes())
                .map(Some)
                .map_err(|_| {
                    self.error(DecodeErrorKind::InvalidHeader {
                        name,
                        reason: "not valid UTF-8".to_owned(),
                    })
                }),
        }
    }

    /// Decodes a top-level member of a JSON object body (the result in a long-running
    /// operation's status).
    ///
    /// ```
    /// use specgen_runtime::{Bytes, HeaderMap, RawResponse, StatusCode};
    ///
    /// let response = RawResponse {
    ///     status: StatusCode::OK,
    ///     headers: HeaderMap::new(),
    ///     body: Bytes::from_static(br#"{"status":"Succeeded","result":{"data":7}}"#),
    /// };
    /// let result: serde_json::Value = response.json_member("result")?;
    /// assert_eq!(result["data"], 7);
    /// assert!(response.json_member::<u32>("missing").is_err());
    /// # Ok::<(), specgen_runtime::DecodeError>(())
    /// ```
    ///
    /// # Errors
    ///
    /// As [`json`](Self::json); of kind [`DecodeErrorKind::MissingMember`] when the body has
    /// no such member, and [`DecodeErrorKind::Body`] when the member is not of type `T`.
    pub fn json_member<T: DeserializeOwned>(&self, name: &'static str) -> Result<T, DecodeError> {
        let mut body: serde_json::Value = self.json()?;
        let member = body
            .get_mut(name)
            .map(serde_json::Value::take)
            .ok_or_else(|| self.error(DecodeErrorKind::MissingMember { name }))?;
        serde_json::from_value(member).map_err(|error| self.body_error(error, type_name::<T>()))
    }

    fn body_error(&self, error: serde_json::Error, expected: &'static str) -> DecodeError {
        DecodeError {
            response: Box::new(self.clone()),
            kind: DecodeErrorKind::Body(error),
            expected: Some(expected),
        }
    }

    fn error(&self, kind: DecodeErrorKind) -> DecodeError {
        DecodeError::new(self.clone(), kind)
    }
}

/// A response that arrived but could not be read as the API description
/// says. It keeps the whole response.
///
/// Its message names the status and what failed, e.g.
/// `status 400: response body is not a valid ErrorResponse JSON: expected value at line 1 column 1`.
#[derive(Debug)]
pub struct DecodeError {
    /// The response, unchanged (boxed to keep `Result<T, DecodeError>` small).
    pub response: Box<RawResponse>,
    /// What could not be read.
    pub kind: DecodeErrorKind,
    /// The Rust type the body should have decoded to, for the message.
    expected: Option<&'static str>,
}

/// What part of a response could not be read.
#[derive(Debug)]
#[non_exhaustive]
pub enum DecodeErrorKind {
    /// The body is not valid JSON of the expected type.
    Body(serde_json::Error),
    /// A required header is missing.
    MissingHeader {
        /// The header's name.
        name: &'static str,
    },
    /// A header is not valid UTF-8 or does not parse.
    InvalidHeader {
        /// The header's name.
        name: &'static str,
        /// Why it does not parse.
        reason: String,
    },
    /// The JSON object body has no member of that name.
    MissingMember {
        /// The member's name.
        name: &'static str,
    },
    /// The body parses as JSON but the server declared another `Content-Type`.
    ContentType {
        /// The declared `Content-Type`, as sent (invalid UTF-8 replaced).
        content_type: String,
    },
}

impl DecodeError {
    /// Creates an error about `response`.
    pub fn new(response: RawResponse, kind: DecodeErrorKind) -> Self {
        Self {
            response: Box::new(response),
            kind,
            expected: None,
        }
    }
}

impl fmt::Display for DecodeError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "status {}: ", self.response.status.as_u16())?;
        match &self.kind {
            DecodeErrorKind::Body(error) => match self.expected {
                Some(expected) => write!(
                    f,
                    "response body is not a valid {} JSON: {error}",
                    short_type_name(expected)
                ),
                None => write!(f, "response body is not valid JSON: {error}"),
            },
            DecodeErrorKind::MissingHeader { name } => {
                write!(f, "required header `{name}` is missing")
            }
            DecodeErrorKind::MissingMember { name } => {
                write!(f, "the response body has no member `{name}`")
            }
            DecodeErrorKind::InvalidHeader { name, reason } => {
                write!(f, "header `{name}` is invalid: {reason}")
            }
            DecodeErrorKind::ContentType { content_type } => write!(
                f,
                "the response's Content-Type `{}` is not JSON",
                content_type.escape_debug()
            ),
        }
    }
}

impl std::error::Error for DecodeError {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match &self.kind {
            DecodeErrorKind::Body(error) => Some(error),
            DecodeErrorKind::MissingHeader { .. }
            | DecodeErrorKind::MissingMember { .. }
            | DecodeErrorKind::InvalidHeader { .. }
            | DecodeErrorKind::ContentType { .. } => None,
        }
    }
}

/// Whether a `Content-Type` value names JSON: `application/json` or
/// `application/<anything>+json`, ignoring case and parameters (`; charset=utf-8`).
fn is_json_media_type(value: &[u8]) -> bool {
    let Ok(text) = std::str::from_utf8(value) else {
        return false;
    };
    let essence = text.split(';').next().unwrap_or_default().trim();
    // Compared in place, ignoring ASCII case: this runs on every decoded body.
    let Some(subtype) = strip_prefix_ignore_case(essence, "application/") else {
        return false;
    };
    subtype.eq_ignore_ascii_case("json")
        || (subtype.len() > 5 && ends_with_ignore_case(subtype, "+json"))
}

/// `text` without `prefix`, when it starts with it in any ASCII case.
fn strip_prefix_ignore_case<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let head = text.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &text[prefix.len()..])
}

/// Whether `text` ends with `suffix` in any ASCII case.
fn ends_with_ignore_case(text: &str, suffix: &str) -> bool {
    text.len()
        .checked_sub(suffix.len())
        .and_then(|start| text.get(start..))
        .is_some_and(|tail| tail.eq_ignore_ascii_case(suffix))
}

/// Drops module paths from a type name:
/// `alloc::vec::Vec<my_api::types::Offer>` becomes `Vec<Offer>`.
fn short_type_name(full: &str) -> String {
    let mut short = String::with_capacity(full.len());
    let mut segment_start = 0;
    let mut chars = full.chars().peekable();
    while let Some(c) = chars.next() {
        if c == ':' && chars.peek() == Some(&':') {
            chars.next();
            short.truncate(segment_start);
        } else {
            short.push(c);
            if !(c.is_alphanumeric() || c == '_') {
                segment_start = short.len();
            }
        }
    }
    short
}

/// Parsing of typed response headers.
///
/// ```
/// use specgen_runtime::FromHeader;
///
/// assert_eq!(i64::from_header("42"), Ok(42));
/// assert_eq!(bool::from_header("true"), Ok(true));
/// assert!(specgen_runtime::Url::from_header("/relative").is_err());
/// ```
pub trait FromHeader: Sized {
    /// Parses a header value, or says why it does not parse.
    ///
    /// # Errors
    ///
    /// A human-readable reason when `value` does not parse.
    fn from_header(value: &str) -> Result<Self, String>;
}

impl FromHeader for String {
    fn from_header(value: &str) -> Result<Self, String> {
        Ok(value.to_owned())
    }
}

/// Accepts what Rust's `str::parse` does for the integer type: an optional sign and digits,
/// within the type's range (`300` is an error for `u8`).
macro_rules! integer_from_header {
    ($($integer:ty),*) => {$(
        impl FromHeader for $integer {
            fn from_header(value: &str) -> Result<Self, String> {
                value
                    .trim()
                    .parse()
                    .map_err(|error| format!("not an integer of type `{}`: {error}", stringify!($integer)))
            }
        }
    )*};
}
integer_from_header!(i8, i16, i32, i64, u8, u16, u32, u64);

/// Accepts what Rust's `str::parse` does (`1.5`, `-2`, `1e3`), finite only: `inf` and `NaN` are
/// errors, as they are no JSON number.
macro_rules! float_from_header {
    ($($float:ty),*) => {$(
        impl FromHeader for $float {
            fn from_header(value: &str) -> Result<Self, String> {
                match value.trim().parse::<$float>() {
                    Ok(number) if number.is_finite() => Ok(number),
                    Ok(_) => Err("not a finite number".to_owned()),
                    Err(error) => Err(format!("not a number: {error}")),
                }
            }
        }
    )*};
}
float_from_header!(f32, f64);

impl FromHeader for bool {
    /// Accepts `true` and `false`, ignoring ASCII case.
    fn from_header(value: &str) -> Result<Self, String> {
        let value = value.trim();
        if value.eq_ignore_ascii_case("true") {
            Ok(true)
        } else if value.eq_ignore_ascii_case("false") {
            Ok(false)
        } else {
            Err("not a boolean (true or false)".to_owned())
        }
    }
}

impl FromHeader for Vec<EmailAddress> {
    /// Accepts comma-separated e-mail addresses (spaces around commas allowed).
    fn from_header(value: &str) -> Result<Self, String> {
        crate::comma_separated::parse(value)
    }
}

impl FromHeader for Url {
    /// Accepts absolute URLs only: a relative one is an error.
    fn from_header(value: &str) -> Result<Self, String> {
        match Url::parse(value.trim()) {
            Ok(url) => Ok(url),
            Err(url::ParseError::RelativeUrlWithoutBase) => Err("relative URL".to_owned()),
            Err(error) => Err(format!("not a URL: {error}")),
        }
    }
}

impl FromHeader for Uuid {
    fn from_header(value: &str) -> Result<Self, String> {
        Uuid::parse_str(value.trim()).map_err(|error| format!("not a UUID: {error}"))
    }
}

impl FromHeader for NaiveDate {
    /// Accepts `YYYY-MM-DD`.
    fn from_header(value: &str) -> Result<Self, String> {
        value
            .trim()
            .parse()
            .map_err(|error| format!("not a date (YYYY-MM-DD): {error}"))
    }
}

impl FromHeader for NaiveTime {
    /// Accepts `HH:MM:SS`, with a fraction of a second or without.
    fn from_header(value: &str) -> Result<Self, String> {
        value
            .trim()
            .parse()
            .map_err(|error| format!("not a time of day (HH:MM:SS): {error}"))
    }
}

impl FromHeader for DateTime<FixedOffset> {
    /// Accepts RFC 3339 (`2024-05-01T12:00:00Z`) and RFC 2822 / HTTP-date
    /// (`Wed, 01 May 2024 12:00:00 GMT`).
    fn from_header(value: &str) -> Result<Self, String> {
        let value = value.trim();
        DateTime::parse_from_rfc3339(value)
            .or_else(|_| DateTime::parse_from_rfc2822(value))
            .map_err(|error| format!("not an RFC 3339 or RFC 2822 date-time: {error}"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn float_headers_read_finite_numbers_only() {
        assert_eq!(f64::from_header(" 43.125 "), Ok(43.125));
        assert_eq!(f32::from_header("-1e3"), Ok(-1000.0));
        for text in ["inf", "NaN", "-infinity", "1e39", "1.5x", ""] {
            assert!(f32::from_header(text).is_err(), "{text}");
        }
        assert!(f64::from_header("1e309").is_err());
    }

    #[test]
    fn integer_headers_read_within_their_width_only() {
        assert_eq!(i8::from_header(" -128 "), Ok(-128));
        assert_eq!(u64::from_header("18446744073709551615"), Ok(u64::MAX));
        assert_eq!(i32::from_header("+7"), Ok(7));
        assert!(i8::from_header("128").is_err());
        assert!(u8::from_header("-1").is_err());
        assert!(u16::from_header("65536").is_err());
        for text in ["1.0", "1e3", "", "0x10"] {
            assert!(i64::from_header(text).is_err(), "{text}");
        }
    }

    #[test]
    fn error_sizes_stay_small() {
        // clippy::result_large_err warns from 128 bytes on.
        assert!(
            size_of::<DecodeError>() <= 80,
            "{}",
            size_of::<DecodeError>()
        );
        assert!(
            size_of::<crate::Failure>() <= 80,
            "{}",
            size_of::<crate::Failure>()
        );
    }

    #[test]
    fn json_media_types() {
        for json in [
            "application/json",
            "Application/JSON",
            "application/json; charset=utf-8",
            " application/json ;charset=UTF-8",
            "application/problem+json",
            "application/vnd.api+json; q=1",
            "APPLICATION/PROBLEM+JSON",
        ] {
            assert!(is_json_media_type(json.as_bytes()), "{json}");
        }
        for other in [
            "",
            "text/html",
            "text/json",
            "application/jsonp",
            "application/+json",
            "application/xml",
            "json",
            "application/json-seq",
        ] {
            assert!(!is_json_media_type(other.as_bytes()), "{other}");
        }
        assert!(!is_json_media_type(b"application/json\xff"));
    }

    #[test]
    fn short_type_names() {
        assert_eq!(short_type_name("my_api::types::Offer"), "Offer");
        assert_eq!(
            short_type_name("alloc::vec::Vec<my_api::types::Offer>"),
            "Vec<Offer>"
        );
        assert_eq!(
            short_type_name("std::collections::hash::map::HashMap<alloc::string::String, i64>"),
            "HashMap<String, i64>"
        );
        assert_eq!(short_type_name("(u8, &str)"), "(u8, &str)");
        assert_eq!(short_type_name(type_name::<Option<Url>>()), "Option<Url>");
    }
}
