impl Client {
    /// Starts a job; it runs in the background.
    ///
    /// `POST https://api.example.com/v1/jobs/<jobId>/<attempt>/run?api-version=2020-01-01`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | jobId | The job. | GUID |
    /// | attempt | The attempt. | Integer |
    /// | api-version | Version of the API. | Date |
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | Content-Type | application/json |
    /// | Authorization | Bearer YOUR_TOKEN |
    ///
    /// `body` is the JSON request body.
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** |
    /// | --- | --- |
    /// | 202 | Started. |
    /// | 409 | Already running. |
    ///
    /// By status code: 202 [`RunJobResponse::Accepted`], 409 [`RunJobError::Conflict`].
    ///
    /// # Errors
    ///
    /// [`RunJobError`] for every error row above, and for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use openapi_coverage::{Client, RunJobRequest, RunJobResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client
    ///     .run_job(
    ///         "56615b67-2185-49fe-80d2-c4ddf77bb2e8".parse()?,
    ///         1i64,
    ///         &RunJobRequest {
    ///             emails: Vec::from(["a@contoso.com".parse()?]),
    ///             options: ::std::collections::BTreeMap::new(),
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     RunJobResponse::Accepted { .. } => println!("202: Accepted"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn run_job(
        &self,
        job_id: Uuid,
        attempt: i64,
        body: &RunJobRequest,
    ) -> ::std::result::Result<RunJobResponse, RunJobError> {
        RunJobResponse::from_raw(
            self
                .transport
                .send(::specgen_runtime::Request {
                    method: ::specgen_runtime::Method::POST,
                    path: &[
                        ::specgen_runtime::PathPart::Literal("/jobs/"),
                        ::specgen_runtime::PathPart::Param {
                            name: "jobId",
                            value: &job_id.to_string(),
                        },
                        ::specgen_runtime::PathPart::Literal("/"),
                        ::specgen_runtime::PathPart::Param {
                            name: "attempt",
                            value: &attempt.to_string(),
                        },
                        ::specgen_runtime::PathPart::Literal("/run"),
                    ],
                    query: &[],
                    headers: &[
                        (
                            "Content-Type",
                            Some(::std::string::String::from("application/json")),
                        ),
                    ],
                    body: Some(::specgen_runtime::json_body(body)?),
                    idempotent: false,
                })
                .await?,
            self.transport.base_url(),
        )
    }
    /// Follows the operation that a `202` answer of [`Client::run_job`] started ([`RunJobResponse::Accepted`]): pass its `location`, the `Location` header.
    ///
    /// The poller reads that URL with [`Client::get_job`]'s decoding until the `state` property of the body is a terminal state: succeeded (done), failed (failed). It waits for the server's `Retry-After` between reads when there is one. Cancel it with [`Client::delete_job`]; the poller then reports it canceled.
    pub fn run_job_poller(
        &self,
        status_url: Url,
    ) -> Poller<GetJobResponse, GetJobError> {
        Poller::new(
            &self.transport,
            status_url,
            &::specgen_runtime::PollSpec {
                status_property: "state",
                succeeded: &["done"],
                failed: &["failed"],
                canceled: &[],
            },
            GetJobResponse::from_raw,
        )
    }
}
/// A success row of the status table of [`Client::run_job`].
///
/// | **Code** | **Description** |
/// | --- | --- |
/// | 202 | Started. |
/// | 409 | Already running. |
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum RunJobResponse {
    /// 202 Accepted: Started.
    Accepted {
        /// The `Location` header: Where to follow the job.
        location: Url,
    },
}
/// Why [`Client::run_job`] failed.
///
/// A variant per error row of the operation's status table, chosen by status code, each keeping the response; and variants for an undocumented status, a response that does not decode, a request refused before sending, and a transport failure.
///
/// | **Code** | **Description** |
/// | --- | --- |
/// | 202 | Started. |
/// | 409 | Already running. |
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum RunJobError {
    /// 409 Conflict: Already running.
    Conflict {
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// The server answered with a status code the status table does not list.
    UnexpectedStatus {
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// The response's body or a header could not be read as the spec says; the response is kept.
    Decode(DecodeError),
    /// The request was refused before anything was sent (e.g. an empty path parameter).
    InvalidRequest(RequestError),
    /// No complete response arrived (connection, timeout, body over the size limit).
    Transport(TransportError),
}
impl RunJobError {
    /// The status code of the response, when one arrived.
    pub fn status(&self) -> ::std::option::Option<::specgen_runtime::StatusCode> {
        self.response().map(|response| response.status)
    }
    /// The response as received, when one arrived.
    pub fn response(&self) -> ::std::option::Option<&RawResponse> {
        match self {
            Self::Conflict { response, .. } => Some(response),
            Self::UnexpectedStatus { response } => Some(response),
            Self::Decode(error) => Some(&error.response),
            Self::InvalidRequest(_) | Self::Transport(_) => None,
        }
    }
    /// Whether sending the same request again may succeed: timeouts, connection
    /// failures, a body that broke off, and the statuses 408, 429, 500, 502, 503
    /// and 504.
    pub fn is_retryable(&self) -> bool {
        match self {
            Self::Transport(error) => error.is_retryable(),
            Self::InvalidRequest(_) => false,
            _ => self.status().is_some_and(::specgen_runtime::is_retryable_status),
        }
    }
    /// Whether this is [`Self::Conflict`], the 409 row of the status table.
    pub fn is_conflict(&self) -> bool {
        matches!(self, Self::Conflict { .. })
    }
}
impl ::std::fmt::Display for RunJobError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Conflict { .. } => f.write_str("409 Conflict: Already running."),
            Self::UnexpectedStatus { response } => {
                write!(f, "undocumented status {}", response.status)
            }
            Self::Decode(error) => ::std::fmt::Display::fmt(error, f),
            Self::InvalidRequest(error) => ::std::fmt::Display::fmt(error, f),
            Self::Transport(error) => ::std::fmt::Display::fmt(error, f),
        }
    }
}
impl ::std::error::Error for RunJobError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Decode(error) => Some(error),
            Self::InvalidRequest(error) => Some(error),
            Self::Transport(error) => Some(error),
            _ => None,
        }
    }
}
impl ::std::convert::From<DecodeError> for RunJobError {
    fn from(error: DecodeError) -> Self {
        Self::Decode(error)
    }
}
impl ::std::convert::From<RequestError> for RunJobError {
    fn from(error: RequestError) -> Self {
        Self::InvalidRequest(error)
    }
}
impl ::std::convert::From<::specgen_runtime::Failure> for RunJobError {
    fn from(failure: ::specgen_runtime::Failure) -> Self {
        match failure {
            ::specgen_runtime::Failure::Refused(error) => Self::InvalidRequest(error),
            ::specgen_runtime::Failure::Transport(error) => Self::Transport(error),
        }
    }
}
impl RunJobResponse {
    /// Reads a raw response by its status code, as the status table says.
    #[allow(clippy::result_large_err)]
    fn from_raw(
        response: RawResponse,
        base_url: &Url,
    ) -> ::std::result::Result<Self, RunJobError> {
        match response.status.as_u16() {
            202 => {
                Ok(RunJobResponse::Accepted {
                    location: response.url_reference("Location", base_url)?,
                })
            }
            409 => {
                Err(RunJobError::Conflict {
                    response: ::std::boxed::Box::new(response),
                })
            }
            _ => {
                Err(RunJobError::UnexpectedStatus {
                    response: ::std::boxed::Box::new(response),
                })
            }
        }
    }
}
