//! The request's own headers, checked before anything is sent.

use std::borrow::Cow;

use http::{HeaderName, HeaderValue};

use crate::error::RequestError;

/// Checks the request's headers, skipping unset ones.
pub(super) fn validate_headers(
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
