//! Reading a response whole, under the size limit.

use bytes::Bytes;

use crate::error::TransportError;
use crate::response::RawResponse;

/// Reads a response with a body of at most `limit` bytes.
///
/// Each chunk is checked against the limit before it is kept. A body that arrives in one
/// chunk is kept as that chunk, not copied.
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
    let mut body = Body::Chunk(Bytes::new());
    loop {
        let chunk = match response.chunk().await {
            Ok(Some(chunk)) => chunk,
            Ok(None) => break,
            Err(source) => {
                return Err(TransportError::IncompleteBody {
                    response: Box::new(RawResponse {
                        status,
                        headers,
                        body: body.into_bytes(),
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
        body.push(chunk, capacity);
    }
    Ok(RawResponse {
        status,
        headers,
        body: body.into_bytes(),
    })
}

/// The body read so far.
enum Body {
    /// Nothing yet, or one chunk as it came.
    Chunk(Bytes),
    /// Several chunks, copied into one buffer.
    Gathered(Vec<u8>),
}

impl Body {
    fn len(&self) -> usize {
        match self {
            Self::Chunk(chunk) => chunk.len(),
            Self::Gathered(buffer) => buffer.len(),
        }
    }

    /// Adds a chunk; `capacity` is the declared length of the whole body, if any.
    fn push(&mut self, chunk: Bytes, capacity: usize) {
        match self {
            Self::Chunk(first) if first.is_empty() => *first = chunk,
            Self::Chunk(first) => {
                let mut buffer = Vec::with_capacity(capacity.max(first.len() + chunk.len()));
                buffer.extend_from_slice(first);
                buffer.extend_from_slice(&chunk);
                *self = Self::Gathered(buffer);
            }
            Self::Gathered(buffer) => buffer.extend_from_slice(&chunk),
        }
    }

    fn into_bytes(self) -> Bytes {
        match self {
            Self::Chunk(chunk) => chunk,
            Self::Gathered(buffer) => Bytes::from(buffer),
        }
    }
}
