//! The request's own headers, checked before anything is sent.

use std::borrow::Cow;

use http::header::CONTENT_TYPE;
use http::{HeaderName, HeaderValue};

use crate::error::RequestError;

/// `application/json`, the `Accept` of every request and the `Content-Type` of JSON bodies:
/// a constant, neither parsed nor allocated per request.
pub(super) const APPLICATION_JSON: HeaderValue = HeaderValue::from_static("application/json");

/// One of the request's own headers, checked.
#[derive(Clone)]
pub(super) struct Header {
    pub(super) name: HeaderName,
    pub(super) value: HeaderValue,
    /// Whether an earlier header of the request has the same name: this value is added to
    /// it, where the first replaces a default header of that name.
    pub(super) repeated: bool,
}

/// Checks the request's headers, skipping unset ones: each name must be a valid header
/// name and each value a valid header value (no CR, LF or other control character but tab).
pub(super) fn validate_headers(
    headers: &[(&'static str, Option<Cow<'_, str>>)],
) -> Result<Vec<Header>, RequestError> {
    let mut checked: Vec<Header> = Vec::with_capacity(headers.len());
    for (name, value) in headers {
        let Some(value) = value else {
            continue;
        };
        let invalid = || RequestError::InvalidHeaderValue { name };
        let name = header_name(name).ok_or_else(invalid)?;
        let value = header_value(value).ok_or_else(invalid)?;
        let repeated = checked.iter().any(|earlier| earlier.name == name);
        checked.push(Header {
            name,
            value,
            repeated,
        });
    }
    Ok(checked)
}

/// A header name, checked as [`HeaderName::from_bytes`] checks it; `Content-Type`, which
/// every request with a body names, is a constant.
fn header_name(name: &str) -> Option<HeaderName> {
    if name == "Content-Type" {
        Some(CONTENT_TYPE)
    } else {
        HeaderName::from_bytes(name.as_bytes()).ok()
    }
}

/// A header value, checked as [`HeaderValue::from_str`] checks it; the common constant
/// `application/json` is neither checked again nor copied.
fn header_value(value: &str) -> Option<HeaderValue> {
    if value == "application/json" {
        Some(APPLICATION_JSON)
    } else {
        HeaderValue::from_str(value).ok()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(
        headers: &[(&'static str, Option<Cow<'_, str>>)],
    ) -> Result<Vec<(String, Vec<u8>, bool)>, RequestError> {
        validate_headers(headers).map(|headers| {
            headers
                .into_iter()
                .map(|header| {
                    (
                        header.name.as_str().to_owned(),
                        header.value.as_bytes().to_vec(),
                        header.repeated,
                    )
                })
                .collect()
        })
    }

    #[test]
    fn values_borrowed_owned_and_unset() {
        let headers = check(&[
            ("Content-Type", Some(Cow::Borrowed("application/json"))),
            ("X-Tag", Some(Cow::Owned("a\tb".to_owned()))),
            ("X-Unset", None),
            ("x-tag", Some(Cow::Borrowed("c"))),
        ])
        .unwrap();
        assert_eq!(
            headers,
            [
                (
                    "content-type".to_owned(),
                    b"application/json".to_vec(),
                    false
                ),
                ("x-tag".to_owned(), b"a\tb".to_vec(), false),
                ("x-tag".to_owned(), b"c".to_vec(), true),
            ]
        );
    }

    #[test]
    fn line_breaks_and_control_characters_are_refused() {
        for value in ["a\r\nX-Injected: 1", "a\nb", "a\rb", "a\0b", "a\u{7f}b"] {
            for value in [Cow::Borrowed(value), Cow::Owned(value.to_owned())] {
                let error = check(&[("X-Tag", Some(value))]).unwrap_err();
                assert!(
                    matches!(error, RequestError::InvalidHeaderValue { name: "X-Tag" }),
                    "{error:?}"
                );
            }
        }
        let error = check(&[("X Tag", Some(Cow::Borrowed("a")))]).unwrap_err();
        assert!(
            matches!(error, RequestError::InvalidHeaderValue { name: "X Tag" }),
            "{error:?}"
        );
    }
}
