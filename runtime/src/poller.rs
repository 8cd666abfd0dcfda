//! Following long-running operations until they end.

use std::fmt;
use std::time::Duration;

use url::Url;

use serde::de::DeserializeOwned;

use crate::error::Failure;
use crate::response::{DecodeError, RawResponse};
use crate::retry::retry_after;
use crate::transport::{PathPart, Transport};

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

/// How a long-running operation ended: its result when it succeeded, else the last status
/// response.
///
/// `T` is the status operation's success type. `R` is the result: the last status response
/// itself (`T`, the default), a member of its body, or the answer of a final `GET`, as the API
/// description says.
#[derive(Debug, Clone, PartialEq)]
pub enum Outcome<T, R = T> {
    /// It succeeded, with its result.
    Succeeded(R),
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
}

impl<T, R> Outcome<T, R> {
    /// Whether the operation succeeded.
    pub fn is_succeeded(&self) -> bool {
        matches!(self, Outcome::Succeeded(_))
    }

    /// The result, when the operation succeeded.
    pub fn succeeded(self) -> Option<R> {
        match self {
            Outcome::Succeeded(result) => Some(result),
            Outcome::Failed(_) | Outcome::Canceled(_) => None,
        }
    }
}

/// Why [`Poller::wait`] stopped before the operation ended.
///
/// `E` is the status operation's error; `F` the error of the operation that reads the result
/// when a final `GET` does (else `E`).
#[derive(Debug)]
pub enum WaitError<E, F = E> {
    /// Reading the status failed: the status operation's own error. A result that is a
    /// member of the status body and does not decode is this operation's `Decode` error.
    Status(E),
    /// The operation succeeded, but reading its result with the final `GET` failed: that
    /// operation's own error.
    Result(F),
    /// The configured timeout passed first.
    TimedOut {
        /// The status URL that was being polled.
        status_url: Url,
        /// How many status responses were read.
        polls: u32,
    },
}

impl<E: fmt::Display, F: fmt::Display> fmt::Display for WaitError<E, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            WaitError::Status(error) => write!(f, "reading the operation's status failed: {error}"),
            WaitError::Result(error) => write!(
                f,
                "the operation succeeded, but reading its result failed: {error}"
            ),
            WaitError::TimedOut { status_url, polls } => write!(
                f,
                "the operation at {status_url} did not end before the timeout ({polls} polls)"
            ),
        }
    }
}

impl<E, F> std::error::Error for WaitError<E, F>
where
    E: std::error::Error + 'static,
    F: std::error::Error + 'static,
{
    fn source(&self) -> Option<&(dyn std::error::Error + 'static)> {
        match self {
            WaitError::Status(error) => Some(error),
            WaitError::Result(error) => Some(error),
            WaitError::TimedOut { .. } => None,
        }
    }
}

/// Where [`Poller::wait`] finds the result of an operation that succeeded.
enum Finish<T, E, R, F> {
    /// The last status response is the result.
    Status(fn(T) -> R),
    /// A top-level member of the last status body.
    Member {
        /// The member's name.
        property: &'static str,
        /// Decodes it, turning a failure into the status operation's error.
        read: fn(&RawResponse, &'static str) -> Result<R, E>,
    },
    /// The answer to a `GET` of another operation's path, decoded as that operation decodes
    /// it.
    Get {
        /// The path, its parameters filled in.
        path: Vec<OwnedPathPart>,
        /// That operation's decoding.
        decode: fn(RawResponse, &Url) -> Result<R, F>,
    },
}

/// A [`PathPart`] that owns its value, kept until the final `GET`.
#[derive(Debug)]
enum OwnedPathPart {
    Literal(&'static str),
    Param(&'static str, String),
    Reserved(&'static str, String),
}

impl OwnedPathPart {
    fn of(part: &PathPart<'_>) -> Self {
        match *part {
            PathPart::Literal(text) => OwnedPathPart::Literal(text),
            PathPart::Param { name, value } => OwnedPathPart::Param(name, value.to_owned()),
            PathPart::Reserved { name, value } => OwnedPathPart::Reserved(name, value.to_owned()),
        }
    }

    fn part(&self) -> PathPart<'_> {
        match self {
            OwnedPathPart::Literal(text) => PathPart::Literal(text),
            OwnedPathPart::Param(name, value) => PathPart::Param { name, value },
            OwnedPathPart::Reserved(name, value) => PathPart::Reserved { name, value },
        }
    }
}

impl<T, E, R, F> fmt::Debug for Finish<T, E, R, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Finish::Status(_) => f.write_str("Status"),
            Finish::Member { property, .. } => f.debug_tuple("Member").field(property).finish(),
            Finish::Get { path, .. } => f.debug_tuple("Get").field(path).finish(),
        }
    }
}

/// Follows a long-running operation: reads its status URL until a terminal state.
///
/// Generated clients hand one out for each response that starts such an operation. Between
/// two reads it waits for the server's `Retry-After` (seconds or an HTTP date) when the last
/// response had one, else for the [interval](Poller::interval) (default 5 s).
///
/// `T` is the status operation's success type and `E` its error type. `R` is the result that
/// [`wait`](Poller::wait) returns when the operation succeeds, and `F` the error of reading it
/// (see [`Outcome`] and [`WaitError`]); without a result in the API description, they are `T`
/// and `E`.
pub struct Poller<T, E, R = T, F = E> {
    transport: Transport,
    status_url: Url,
    spec: &'static PollSpec,
    decode: fn(RawResponse, &Url) -> Result<T, E>,
    finish: Finish<T, E, R, F>,
    interval: Duration,
    timeout: Option<Duration>,
    retry_after: Option<Duration>,
    polls: u32,
}

impl<T, E, R, F> fmt::Debug for Poller<T, E, R, F> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Poller")
            .field("status_url", &self.status_url.as_str())
            .field("spec", self.spec)
            .field("result", &self.finish)
            .field("interval", &self.interval)
            .field("timeout", &self.timeout)
            .field("polls", &self.polls)
            .finish_non_exhaustive()
    }
}

impl<T, E: From<Failure>> Poller<T, E> {
    /// A poller of `status_url`, decoding each response with `decode`; the result is the last
    /// status response (used by generated code).
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
            finish: Finish::Status(std::convert::identity),
            interval: Duration::from_secs(5),
            timeout: None,
            retry_after: None,
            polls: 0,
        }
    }

    /// The result is the `property` member of the last status body (used by generated code).
    #[doc(hidden)]
    pub fn result_member<R: DeserializeOwned>(self, property: &'static str) -> Poller<T, E, R, E>
    where
        E: From<DecodeError>,
    {
        self.finishing(Finish::Member {
            property,
            read: read_member::<R, E>,
        })
    }

    /// The result is the answer to a `GET` of `path` (under the base URL, with the API
    /// version), decoded with `decode` (used by generated code).
    #[doc(hidden)]
    pub fn result_get<R, F>(
        self,
        path: &[PathPart<'_>],
        decode: fn(RawResponse, &Url) -> Result<R, F>,
    ) -> Poller<T, E, R, F> {
        let path = path.iter().map(OwnedPathPart::of).collect();
        self.finishing(Finish::Get { path, decode })
    }

    fn finishing<R, F>(self, finish: Finish<T, E, R, F>) -> Poller<T, E, R, F> {
        Poller {
            transport: self.transport,
            status_url: self.status_url,
            spec: self.spec,
            decode: self.decode,
            finish,
            interval: self.interval,
            timeout: self.timeout,
            retry_after: self.retry_after,
            polls: self.polls,
        }
    }
}

/// [`Finish::Member`]'s decoding.
fn read_member<R: DeserializeOwned, E: From<DecodeError>>(
    response: &RawResponse,
    property: &'static str,
) -> Result<R, E> {
    response.json_member(property).map_err(E::from)
}

impl<T, E: From<Failure>, R, F: From<Failure>> Poller<T, E, R, F> {
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

    /// Reads the status once, now. The result of an operation that succeeded is read by
    /// [`wait`](Self::wait).
    ///
    /// # Errors
    ///
    /// The status operation's error: a transport failure, an error status, or a response
    /// that does not decode.
    pub async fn poll(&mut self) -> Result<(PollState, T), E> {
        let response = self.read().await?;
        let state = self.spec.state_of(&response);
        let status = (self.decode)(response, self.transport.base_url())?;
        Ok((state, status))
    }

    /// One `GET` of the status URL, noting its `Retry-After`.
    async fn read(&mut self) -> Result<RawResponse, E> {
        let response = self.transport.get_url(self.status_url.clone()).await?;
        self.polls += 1;
        self.retry_after = retry_after(&response.headers);
        Ok(response)
    }

    /// Reads the status until the operation ends, waiting between reads; when it succeeded,
    /// reads its result.
    ///
    /// # Errors
    ///
    /// [`WaitError::Status`] when a read fails (or a result in the status body does not
    /// decode), [`WaitError::Result`] when the final `GET` of the result fails,
    /// [`WaitError::TimedOut`] when the timeout passes first (checked before each wait, so it
    /// never oversleeps it).
    pub async fn wait(&mut self) -> Result<Outcome<T, R>, WaitError<E, F>> {
        let deadline = self
            .timeout
            .map(|timeout| tokio::time::Instant::now() + timeout);
        loop {
            let response = self.read().await.map_err(WaitError::Status)?;
            let state = self.spec.state_of(&response);
            // The status is decoded whatever the state: an error row is an error.
            let kept = (state == PollState::Succeeded).then(|| response.clone());
            let status =
                (self.decode)(response, self.transport.base_url()).map_err(WaitError::Status)?;
            match (state, kept) {
                (PollState::Succeeded, Some(response)) => {
                    return self.result(status, response).await.map(Outcome::Succeeded);
                }
                (PollState::Failed, _) => return Ok(Outcome::Failed(status)),
                (PollState::Canceled, _) => return Ok(Outcome::Canceled(status)),
                _ => {}
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

    /// The result of the operation that succeeded with `status`, read from `response`.
    async fn result(&self, status: T, response: RawResponse) -> Result<R, WaitError<E, F>> {
        match &self.finish {
            Finish::Status(into) => Ok(into(status)),
            Finish::Member { property, read } => {
                read(&response, property).map_err(WaitError::Status)
            }
            Finish::Get { path, decode } => {
                let path: Vec<PathPart<'_>> = path.iter().map(OwnedPathPart::part).collect();
                let response = self
                    .transport
                    .get_path(&path)
                    .await
                    .map_err(|failure| WaitError::Result(F::from(failure)))?;
                decode(response, self.transport.base_url()).map_err(WaitError::Result)
            }
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
