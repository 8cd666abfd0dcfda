//! Following long-running operations until they end.

use std::fmt;
use std::time::Duration;

use url::Url;

use crate::error::Failure;
use crate::response::RawResponse;
use crate::retry::retry_after;
use crate::transport::Transport;

/// How to read a long-running operation's state, as the API description states it.
#[derive(Debug, Clone, Copy)]
pub struct PollSpec {
    /// Top-level property of the status body holding the state (e.g. `status`).
    pub status_property: &'static str,
    /// States meaning the operation succeeded (compared ignoring ASCII case).
    pub succeeded: &'static [&'static str],
    /// States meaning it failed.
    pub failed: &'static [&'static str],
    /// States meaning it was canceled.
    pub canceled: &'static [&'static str],
}

/// The state a status response reports.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum PollState {
    /// Not finished: any state that is not terminal, or no state at all.
    Running,
    /// Finished successfully.
    Succeeded,
    /// Finished with a failure.
    Failed,
    /// Canceled.
    Canceled,
}

impl PollSpec {
    /// The state a status body reports; a missing or unlisted state counts as running.
    pub fn state_of(&self, response: &RawResponse) -> PollState {
        let Ok(body) = serde_json::from_slice::<serde_json::Value>(&response.body) else {
            return PollState::Running;
        };
        let Some(state) = body.get(self.status_property).and_then(|v| v.as_str()) else {
            return PollState::Running;
        };
        let listed = |states: &[&str]| states.iter().any(|s| s.eq_ignore_ascii_case(state));
        if listed(self.succeeded) {
            PollState::Succeeded
        } else if listed(self.failed) {
            PollState::Failed
        } else if listed(self.canceled) {
            PollState::Canceled
        } else {
            PollState::Running
        }
    }
}

/// How a long-running operation ended, with the last status response.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome<T> {
    /// It succeeded.
    Succeeded(T),
    /// It failed; the status says why.
    Failed(T),
    /// It was canceled.
    Canceled(T),
}

impl<T> Outcome<T> {
    /// The last status response, however it ended.
    pub fn into_status(self) -> T {
        match self {
            Outcome::Succeeded(status) | Outcome::Failed(status) | Outcome::Canceled(status) => {
                status
            }
        }
    }

    /// Whether the operation succeeded.
    pub fn is_succeeded(&self) -> bool {
        matches!(self, Outcome::Succeeded(_))
    }
}

/// Why [`Poller::wait`] stopped before the operation ended.
#[derive(Debug)]
pub enum WaitError<E> {
    /// Reading the status failed: the status operation's own error.
    Status(E),
    /// The configured timeout passed first.
    TimedOut {
        /// The status URL that was being polled.
        status_url: Url,
        /// How many status responses were read.
        polls: u32,
    },
}

impl<E: fmt::Display> fmt::Display for WaitError<E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaitError::Status(error) => write!(f, "reading the operation's status failed: {error}"),
            WaitError::TimedOut { status_url, polls } => write!(
                f,
                "the operation at {status_url} did not end before the timeout ({polls} polls)"
            ),
        }
    }
}

impl<E: std::error::Error + 'static> std::error::Error for WaitError<E> {
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WaitError::Status(error) => Some(error),
            WaitError::TimedOut { .. } => None,
        }
    }
}

/// Follows a long-running operation: reads its status URL until a terminal state.
///
/// Generated clients hand one out for each response that starts such an operation. Between
/// two reads it waits for the server's `Retry-After` (seconds or an HTTP date) when the last
/// response had one, else for the [interval](Poller::interval) (default 5 s).
///
/// `T` is the status operation's success type and `E` its error type.
pub struct Poller<T, E> {
    transport: Transport,
    status_url: Url,
    spec: &'static PollSpec,
    decode: fn(RawResponse, &Url) -> Result<T, E>,
    interval: Duration,
    timeout: Option<Duration>,
    retry_after: Option<Duration>,
    polls: u32,
}

impl<T, E> fmt::Debug for Poller<T, E> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Poller")
            .field("status_url", &self.status_url.as_str())
            .field("spec", self.spec)
            .field("interval", &self.interval)
            .field("timeout", &self.timeout)
            .field("polls", &self.polls)
            .finish_non_exhaustive()
    }
}

impl<T, E: From<Failure>> Poller<T, E> {
    /// A poller of `status_url`, decoding each response with `decode` (used by generated code).
    #[doc(hidden)]
    pub fn new(
        transport: &Transport,
        status_url: Url,
        spec: &'static PollSpec,
        decode: fn(RawResponse, &Url) -> Result<T, E>,
    ) -> Self {
        Poller {
            transport: transport.clone(),
            status_url,
            spec,
            decode,
            interval: Duration::from_secs(5),
            timeout: None,
            retry_after: None,
            polls: 0,
        }
    }

    /// The URL whose responses report the state.
    pub fn status_url(&self) -> &Url {
        &self.status_url
    }

    /// The wait between two reads when the server sends no `Retry-After` (default 5 s).
    pub fn interval(mut self, interval: Duration) -> Self {
        self.interval = interval;
        self
    }

    /// How long [`wait`](Self::wait) may take in all (default: no limit).
    pub fn timeout(mut self, timeout: Duration) -> Self {
        self.timeout = Some(timeout);
        self
    }

    /// Reads the status once, now.
    ///
    /// # Errors
    ///
    /// The status operation's error: a transport failure, an error status, or a response
    /// that does not decode.
    pub async fn poll(&mut self) -> Result<(PollState, T), E> {
        let response = self.transport.get_url(self.status_url.clone()).await?;
        self.polls += 1;
        self.retry_after = retry_after(&response.headers);
        let state = self.spec.state_of(&response);
        let status = (self.decode)(response, self.transport.base_url())?;
        Ok((state, status))
    }

    /// Reads the status until the operation ends, waiting between reads.
    ///
    /// # Errors
    ///
    /// [`WaitError::Status`] when a read fails, [`WaitError::TimedOut`] when the timeout
    /// passes first (checked before each wait, so it never oversleeps it).
    pub async fn wait(&mut self) -> Result<Outcome<T>, WaitError<E>> {
        let deadline = self
            .timeout
            .map(|timeout| tokio::time::Instant::now() + timeout);
        loop {
            let (state, status) = self.poll().await.map_err(WaitError::Status)?;
            match state {
                PollState::Succeeded => return Ok(Outcome::Succeeded(status)),
                PollState::Failed => return Ok(Outcome::Failed(status)),
                PollState::Canceled => return Ok(Outcome::Canceled(status)),
                PollState::Running => {}
            }
            let delay = self.retry_after.unwrap_or(self.interval);
            let resume = tokio::time::Instant::now() + delay;
            if deadline.is_some_and(|deadline| resume > deadline) {
                return Err(WaitError::TimedOut {
                    status_url: self.status_url.clone(),
                    polls: self.polls,
                });
            }
            tokio::time::sleep_until(resume).await;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use bytes::Bytes;
    use http::header::RETRY_AFTER;
    use http::{HeaderMap, HeaderValue, StatusCode};

    const SPEC: PollSpec = PollSpec {
        status_property: "status",
        succeeded: &["succeeded", "completed"],
        failed: &["failed"],
        canceled: &["canceled"],
    };

    fn response(body: &'static str, retry: Option<&'static str>) -> RawResponse {
        let mut headers = HeaderMap::new();
        if let Some(retry) = retry {
            headers.insert(RETRY_AFTER, HeaderValue::from_static(retry));
        }
        RawResponse {
            status: StatusCode::OK,
            headers,
            body: Bytes::from_static(body.as_bytes()),
        }
    }

    #[test]
    fn states_are_read_from_the_declared_property_ignoring_case() {
        assert_eq!(
            SPEC.state_of(&response(r#"{"status":"Completed"}"#, None)),
            PollState::Succeeded
        );
        assert_eq!(
            SPEC.state_of(&response(r#"{"status":"failed"}"#, None)),
            PollState::Failed
        );
        assert_eq!(
            SPEC.state_of(&response(r#"{"status":"CANCELED"}"#, None)),
            PollState::Canceled
        );
        assert_eq!(
            SPEC.state_of(&response(r#"{"status":"running"}"#, None)),
            PollState::Running
        );
        assert_eq!(
            SPEC.state_of(&response(r#"{"other":"failed"}"#, None)),
            PollState::Running
        );
        assert_eq!(
            SPEC.state_of(&response("not json", None)),
            PollState::Running
        );
    }
}
