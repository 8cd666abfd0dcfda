//! Sending a request again after a transient failure.

use std::time::{Duration, SystemTime};

use http::HeaderMap;
use http::header::RETRY_AFTER;

use crate::error::Failure;
use crate::is_retryable_status;
use crate::response::RawResponse;

/// When and how often a client sends a request again after a transient failure.
///
/// Retries are off unless a policy is given to
/// [`ClientBuilder::retry`](crate::ClientBuilder::retry). With one, a request is sent again
/// when all of these hold:
///
/// - it is **idempotent**: its method is `GET`, `HEAD`, `PUT`, `DELETE` or `OPTIONS`, or
///   the API description marks the operation `idempotent: true` (a `POST` or `PATCH` is
///   never sent twice otherwise, since the server may have acted on the first one);
/// - the attempt failed transiently: a status of 408, 429, 500, 502, 503 or 504
///   ([`is_retryable_status`]), or a transport failure that
///   [`TransportError::is_retryable`](crate::TransportError::is_retryable) (a timeout, a
///   failed connection, a body that broke off). A request refused before sending, a body
///   over the size limit and every other status are returned at once;
/// - fewer than [`max_attempts`](Self::max_attempts) attempts were made.
///
/// Between attempts the client waits for the response's `Retry-After` (seconds or an HTTP
/// date) when it has one, else for an exponential backoff: `initial_backoff`, doubled after
/// each attempt, capped at `max_backoff`, with jitter (a random wait between half the
/// backoff and the whole of it, so that many clients do not retry in step). A `Retry-After`
/// longer than [`max_retry_after`](Self::max_retry_after) ends the retries: the response is
/// returned so that the caller can decide. Each attempt asks the token provider for a token
/// and has the whole [`timeout`](crate::ClientBuilder::timeout); the last attempt's result
/// is returned.
///
/// ```
/// use std::time::Duration;
/// use specgen_runtime::RetryPolicy;
///
/// let policy = RetryPolicy::default()
///     .max_attempts(5)
///     .initial_backoff(Duration::from_millis(200))
///     .max_backoff(Duration::from_secs(10));
/// assert_eq!(policy.get_max_attempts(), 5);
/// ```
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RetryPolicy {
    max_attempts: u32,
    initial_backoff: Duration,
    max_backoff: Duration,
    max_retry_after: Duration,
}

impl Default for RetryPolicy {
    /// 3 attempts in all, a backoff from 500 ms up to 30 s, and a `Retry-After` of up to
    /// 60 s honoured.
    fn default() -> Self {
        Self {
            max_attempts: 3,
            initial_backoff: Duration::from_millis(500),
            max_backoff: Duration::from_secs(30),
            max_retry_after: Duration::from_secs(60),
        }
    }
}

impl RetryPolicy {
    /// The number of attempts in all, the first one included (default 3). `1` sends each
    /// request once; `0` counts as `1`.
    pub fn max_attempts(mut self, attempts: u32) -> Self {
        self.max_attempts = attempts.max(1);
        self
    }

    /// The backoff before the first retry, doubled before each further one (default
    /// 500 ms).
    pub fn initial_backoff(mut self, backoff: Duration) -> Self {
        self.initial_backoff = backoff;
        self
    }

    /// The longest backoff, before jitter (default 30 s).
    pub fn max_backoff(mut self, backoff: Duration) -> Self {
        self.max_backoff = backoff;
        self
    }

    /// The longest `Retry-After` the client waits for (default 60 s); a response asking
    /// for more is returned instead of retried.
    pub fn max_retry_after(mut self, wait: Duration) -> Self {
        self.max_retry_after = wait;
        self
    }

    /// The number of attempts in all.
    pub fn get_max_attempts(&self) -> u32 {
        self.max_attempts
    }

    /// How long to wait before sending again after attempt number `attempt` (1 for the
    /// first) ended with `outcome`, or `None` to return `outcome`. `jitter` is a random
    /// number; the same inputs give the same wait.
    pub(crate) fn wait_after(
        &self,
        attempt: u32,
        outcome: &Result<RawResponse, Failure>,
        jitter: u64,
    ) -> Option<Duration> {
        if attempt >= self.max_attempts {
            return None;
        }
        match outcome {
            Ok(response) if is_retryable_status(response.status) => {
                match retry_after(&response.headers) {
                    Some(wait) if wait > self.max_retry_after => None,
                    Some(wait) => Some(wait),
                    None => Some(self.backoff(attempt, jitter)),
                }
            }
            Err(Failure::Transport(error)) if error.is_retryable() => {
                Some(self.backoff(attempt, jitter))
            }
            Ok(_) | Err(_) => None,
        }
    }

    /// The backoff after attempt number `attempt`: `initial_backoff * 2^(attempt - 1)`,
    /// capped at `max_backoff`, then scaled into `[half, whole]` by `jitter`.
    fn backoff(&self, attempt: u32, jitter: u64) -> Duration {
        let doubling = 1u32
            .checked_shl(attempt.saturating_sub(1))
            .unwrap_or(u32::MAX);
        let whole = self
            .initial_backoff
            .saturating_mul(doubling)
            .min(self.max_backoff)
            .as_nanos();
        let half = whole / 2;
        // `jitter / 2^64` is in [0, 1); float-to-integer `as` saturates, and `min` keeps
        // the sum within `whole` whatever the rounding.
        let fraction = jitter as f64 / 2f64.powi(64);
        let extra = ((half as f64) * fraction) as u128;
        duration_from_nanos(half + extra.min(half))
    }
}

/// A duration of `nanos` nanoseconds, saturating at [`Duration::MAX`].
fn duration_from_nanos(nanos: u128) -> Duration {
    const NANOS_PER_SECOND: u128 = 1_000_000_000;
    let seconds = u64::try_from(nanos / NANOS_PER_SECOND).unwrap_or(u64::MAX);
    // The remainder is below 10^9, so it fits.
    let subsecond = u32::try_from(nanos % NANOS_PER_SECOND).unwrap_or(0);
    Duration::new(seconds, subsecond)
}

/// The wait a response's `Retry-After` asks for: a number of seconds, or an HTTP date
/// (a date in the past means at once). `None` when the header is missing or unreadable.
pub(crate) fn retry_after(headers: &HeaderMap) -> Option<Duration> {
    let text = headers.get(RETRY_AFTER)?.to_str().ok()?.trim();
    if let Ok(seconds) = text.parse::<u64>() {
        return Some(Duration::from_secs(seconds));
    }
    let date = SystemTime::from(chrono::DateTime::parse_from_rfc2822(text).ok()?);
    Some(
        date.duration_since(SystemTime::now())
            .unwrap_or(Duration::ZERO),
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::{RequestError, TransportError};
    use bytes::Bytes;
    use http::{HeaderValue, StatusCode};

    fn response(status: u16, retry_after: Option<&'static str>) -> Result<RawResponse, Failure> {
        let mut headers = HeaderMap::new();
        if let Some(value) = retry_after {
            headers.insert(RETRY_AFTER, HeaderValue::from_static(value));
        }
        Ok(RawResponse {
            status: StatusCode::from_u16(status).unwrap(),
            headers,
            body: Bytes::new(),
        })
    }

    fn policy() -> RetryPolicy {
        RetryPolicy::default()
            .max_attempts(4)
            .initial_backoff(Duration::from_millis(100))
            .max_backoff(Duration::from_millis(350))
            .max_retry_after(Duration::from_secs(5))
    }

    #[test]
    fn backoff_doubles_up_to_the_cap_with_jitter_in_the_upper_half() {
        let policy = policy();
        let ms = Duration::from_millis;
        // No jitter: half of the backoff; the most jitter: (almost) all of it.
        let lowest: Vec<Duration> = (1..=5).map(|n| policy.backoff(n, 0)).collect();
        assert_eq!(lowest, [ms(50), ms(100), ms(175), ms(175), ms(175)]);
        let highest: Vec<Duration> = (1..=5).map(|n| policy.backoff(n, u64::MAX)).collect();
        for (high, whole) in highest
            .iter()
            .zip([ms(100), ms(200), ms(350), ms(350), ms(350)])
        {
            assert!(
                *high <= whole && whole - *high < Duration::from_micros(1),
                "{high:?}"
            );
        }
        assert_eq!(policy.backoff(1, 1 << 63), Duration::from_micros(75_000));
        // Jitter spreads the waits: different random numbers, different waits.
        let spread: std::collections::BTreeSet<Duration> = [1u64, 1 << 40, 1 << 62, 3 << 62]
            .into_iter()
            .map(|jitter| policy.backoff(2, jitter))
            .collect();
        assert_eq!(spread.len(), 4, "{spread:?}");
    }

    #[test]
    fn backoff_never_overflows() {
        let huge = RetryPolicy::default()
            .initial_backoff(Duration::MAX)
            .max_backoff(Duration::MAX);
        for attempt in [1, 2, 31, 32, 33, u32::MAX] {
            for jitter in [0, u64::MAX] {
                let wait = huge.backoff(attempt, jitter);
                assert!(
                    wait >= Duration::MAX / 2 - Duration::from_nanos(1),
                    "{wait:?}"
                );
            }
        }
        let zero = RetryPolicy::default().initial_backoff(Duration::ZERO);
        assert_eq!(zero.backoff(3, u64::MAX), Duration::ZERO);
    }

    #[test]
    fn retryable_statuses_are_retried_until_the_last_attempt() {
        let policy = policy();
        for status in [408, 429, 500, 502, 503, 504] {
            for attempt in 1..4 {
                assert!(
                    policy
                        .wait_after(attempt, &response(status, None), 0)
                        .is_some(),
                    "{status} after attempt {attempt}"
                );
            }
            assert_eq!(policy.wait_after(4, &response(status, None), 0), None);
        }
        for status in [200, 201, 202, 301, 400, 401, 403, 404, 409, 412, 501, 505] {
            assert_eq!(
                policy.wait_after(1, &response(status, None), 0),
                None,
                "{status}"
            );
        }
        let once = RetryPolicy::default().max_attempts(0);
        assert_eq!(once.get_max_attempts(), 1);
        assert_eq!(once.wait_after(1, &response(503, None), 0), None);
    }

    #[test]
    fn retry_after_replaces_the_backoff_up_to_its_cap() {
        let policy = policy();
        assert_eq!(
            policy.wait_after(1, &response(503, Some("2")), 0),
            Some(Duration::from_secs(2))
        );
        assert_eq!(
            policy.wait_after(3, &response(429, Some("0")), u64::MAX),
            Some(Duration::ZERO)
        );
        // Longer than the cap: given back to the caller.
        assert_eq!(policy.wait_after(1, &response(503, Some("6")), 0), None);
        // A date in the past means now; an unreadable value falls back to the backoff.
        assert_eq!(
            policy.wait_after(1, &response(503, Some("Wed, 21 Oct 2015 07:28:00 GMT")), 0),
            Some(Duration::ZERO)
        );
        assert_eq!(
            policy.wait_after(1, &response(503, Some("soon")), 0),
            Some(Duration::from_millis(50))
        );
        // Retry-After on a status that is not retried changes nothing.
        assert_eq!(policy.wait_after(1, &response(404, Some("1")), 0), None);
    }

    #[test]
    fn refused_requests_are_not_retried() {
        let refused = Err(Failure::Refused(RequestError::EmptyPathParameter {
            name: "id",
        }));
        assert_eq!(policy().wait_after(1, &refused, 0), None);
        let too_large = Err(Failure::Transport(TransportError::BodyTooLarge {
            status: StatusCode::OK,
            headers: Box::default(),
            limit: 1,
        }));
        assert_eq!(policy().wait_after(1, &too_large, 0), None);
    }

    #[test]
    fn retry_after_in_seconds_or_as_a_date() {
        let headers = |value: &'static str| {
            let mut headers = HeaderMap::new();
            headers.insert(RETRY_AFTER, HeaderValue::from_static(value));
            headers
        };
        assert_eq!(retry_after(&headers("3")), Some(Duration::from_secs(3)));
        assert_eq!(retry_after(&headers(" 7 ")), Some(Duration::from_secs(7)));
        assert_eq!(
            retry_after(&headers("Wed, 21 Oct 2015 07:28:00 GMT")),
            Some(Duration::ZERO)
        );
        let future =
            chrono::DateTime::<chrono::Utc>::from(SystemTime::now() + Duration::from_secs(120))
                .to_rfc2822();
        let future_headers = {
            let mut map = HeaderMap::new();
            map.insert(RETRY_AFTER, HeaderValue::from_str(&future).unwrap());
            map
        };
        let wait = retry_after(&future_headers).unwrap();
        assert!(
            wait > Duration::from_secs(100) && wait <= Duration::from_secs(120),
            "{wait:?}"
        );
        assert_eq!(retry_after(&headers("soon")), None);
        assert_eq!(retry_after(&headers("-1")), None);
        assert_eq!(retry_after(&HeaderMap::new()), None);
    }
}
