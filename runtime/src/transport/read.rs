//! Reading a response whole, under the size limit.

use bytes::Bytes;

use crate::error::TransportError;
use crate::response::RawResponse;

/// Reads a response with a body of at most `limit` bytes.
pub(super) async fn read_response(
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
