impl Client {
    /// Gets a job, with every scalar as a query parameter.
    ///
    /// `GET https://api.example.com/v1/jobs/<jobId>/<attempt>?api-version=2020-01-01&name=<name>`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | jobId | The job. | GUID |
    /// | attempt | The attempt. | Integer |
    /// | name | A name. | String |
    /// | day | A day. (optional) Default: `2020-01-01`. | Date |
    /// | since | A time. (optional) | Date-time |
    /// | $top | How many. (optional) Default: `10`. | Integer |
    /// | verbose | Whether to say more. (optional) Default: `false`. | Boolean |
    /// | callback | Where to call back. (optional) | URL |
    /// | notify | Who to notify. (optional) | Comma-separated e-mail addresses |
    /// | api-version | Version of the API. | Date |
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | Authorization | Bearer YOUR_TOKEN |
    /// | Accept | application/json |
    /// | X-Client | specgen — A fixed header that OpenAPI takes as a parameter. |
    /// | If-None-Match | An ETag. (String, optional; argument `if_none_match`) |
    /// | X-Request-Id | A request id. (GUID; argument `x_request_id`) |
    /// | X-Priority | A priority. (Integer, optional; argument `x_priority`) |
    /// | X-Dry-Run | A flag. (Boolean, optional; argument `x_dry_run`) |
    /// | X-Day | A day. (Date, optional; argument `x_day`) |
    /// | X-At | A time. (Date-time, optional; argument `x_at`) |
    /// | X-Link | A link. (URL, optional; argument `x_link`) |
    /// | X-Emails | Addresses. (Comma-separated e-mail addresses, optional; argument `x_emails`) |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** |
    /// | --- | --- |
    /// | 200 | The job. |
    /// | 304 | Not modified. |
    /// | 404 | No such job. |
    /// | 503 | Try later. |
    ///
    /// By status code: 200 [`GetJobResponse::Ok`], 304 [`GetJobResponse::NotModified`], 404 [`GetJobError::NotFound`], 503 [`GetJobError::Unavailable`].
    ///
    /// # Errors
    ///
    /// [`GetJobError`] for every error row above, and for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use openapi_coverage::{Client, GetJobResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client
    ///     .get_job(
    ///         "56615b67-2185-49fe-80d2-c4ddf77bb2e8".parse()?,
    ///         3i64,
    ///         "contoso",
    ///         None,
    ///         None,
    ///         None,
    ///         None,
    ///         None,
    ///         None,
    ///         None,
    ///         "56615b67-2185-49fe-80d2-c4ddf77bb2e8".parse()?,
    ///         None,
    ///         None,
    ///         None,
    ///         None,
    ///         None,
    ///         None,
    ///     )
    ///     .await?
    /// {
    ///     GetJobResponse::Ok { .. } => println!("200: Ok"),
    ///     GetJobResponse::NotModified { .. } => println!("304: NotModified"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    #[allow(clippy::too_many_arguments)]
    pub async fn get_job(
        &self,
        job_id: Uuid,
        attempt: i64,
        name: &str,
        day: ::std::option::Option<NaiveDate>,
        since: ::std::option::Option<
            ::specgen_runtime::chrono::DateTime<::specgen_runtime::chrono::FixedOffset>,
        >,
        top: ::std::option::Option<i64>,
        verbose: ::std::option::Option<bool>,
        callback: ::std::option::Option<&Url>,
        notify: ::std::option::Option<&[EmailAddress]>,
        if_none_match: ::std::option::Option<&str>,
        x_request_id: Uuid,
        x_priority: ::std::option::Option<i64>,
        x_dry_run: ::std::option::Option<bool>,
        x_day: ::std::option::Option<NaiveDate>,
        x_at: ::std::option::Option<
            ::specgen_runtime::chrono::DateTime<::specgen_runtime::chrono::FixedOffset>,
        >,
        x_link: ::std::option::Option<&Url>,
        x_emails: ::std::option::Option<&[EmailAddress]>,
    ) -> ::std::result::Result<GetJobResponse, GetJobError> {
        GetJobResponse::from_raw(
            self
                .transport
                .send(::specgen_runtime::Request {
                    method: ::specgen_runtime::Method::GET,
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
                    ],
                    query: &[
                        ("name", Some(::std::string::ToString::to_string(name))),
                        (
                            "day",
                            day.map(|value| ::std::string::ToString::to_string(&value)),
                        ),
                        ("since", since.map(|value| value.to_rfc3339())),
                        (
                            "$top",
                            top.map(|value| ::std::string::ToString::to_string(&value)),
                        ),
                        (
                            "verbose",
                            verbose
                                .map(|value| ::std::string::ToString::to_string(&value)),
                        ),
                        (
                            "callback",
                            callback
                                .map(|value| ::std::string::ToString::to_string(&value)),
                        ),
                        ("notify", notify.map(::specgen_runtime::comma_separated::join)),
                    ],
                    headers: &[
                        (
                            "Accept",
                            Some(::std::string::String::from("application/json")),
                        ),
                        ("X-Client", Some(::std::string::String::from("specgen"))),
                        (
                            "If-None-Match",
                            if_none_match.map(::std::string::ToString::to_string),
                        ),
                        (
                            "X-Request-Id",
                            Some(::std::string::ToString::to_string(&x_request_id)),
                        ),
                        (
                            "X-Priority",
                            x_priority
                                .map(|value| ::std::string::ToString::to_string(&value)),
                        ),
                        (
                            "X-Dry-Run",
                            x_dry_run
                                .map(|value| ::std::string::ToString::to_string(&value)),
                        ),
                        (
                            "X-Day",
                            x_day.map(|value| ::std::string::ToString::to_string(&value)),
                        ),
                        ("X-At", x_at.map(|value| value.to_rfc3339())),
                        (
                            "X-Link",
                            x_link
                                .map(|value| ::std::string::ToString::to_string(&value)),
                        ),
                        (
                            "X-Emails",
                            x_emails.map(::specgen_runtime::comma_separated::join),
                        ),
                    ],
                    body: None,
                    idempotent: true,
                })
                .await?,
            self.transport.base_url(),
        )
    }
}
/// A success row of the status table of [`Client::get_job`].
///
/// | **Code** | **Description** |
/// | --- | --- |
/// | 200 | The job. |
/// | 304 | Not modified. |
/// | 404 | No such job. |
/// | 503 | Try later. |
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetJobResponse {
    /// 200 OK: The job.
    Ok {
        /// The `ETag` header: The version.
        e_tag: ::std::string::String,
        /// The `Last-Modified` header: When it changed.
        last_modified: ::specgen_runtime::chrono::DateTime<
            ::specgen_runtime::chrono::FixedOffset,
        >,
        /// The response body.
        body: Job,
    },
    /// 304: Not modified.
    NotModified {
        /// The `ETag` header: The version.
        e_tag: ::std::string::String,
    },
}
/// Why [`Client::get_job`] failed.
///
/// A variant per error row of the operation's status table, chosen by status code, each keeping the response; and variants for an undocumented status, a response that does not decode, a request refused before sending, and a transport failure.
///
/// | **Code** | **Description** |
/// | --- | --- |
/// | 200 | The job. |
/// | 304 | Not modified. |
/// | 404 | No such job. |
/// | 503 | Try later. |
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum GetJobError {
    /// 404 Not Found: No such job.
    NotFound {
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<ErrorResponse>,
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// 503 Service Unavailable: Try later.
    Unavailable {
        /// The `Retry-After` header: Seconds to wait.
        retry_after: i64,
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
impl GetJobError {
    /// The status code of the response, when one arrived.
    pub fn status(&self) -> ::std::option::Option<::specgen_runtime::StatusCode> {
        self.response().map(|response| response.status)
    }
    /// The response as received, when one arrived.
    pub fn response(&self) -> ::std::option::Option<&RawResponse> {
        match self {
            Self::NotFound { response, .. } | Self::Unavailable { response, .. } => {
                Some(response)
            }
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
    /// Whether this is [`Self::NotFound`], the 404 row of the status table.
    pub fn is_not_found(&self) -> bool {
        matches!(self, Self::NotFound { .. })
    }
    /// Whether this is [`Self::Unavailable`], the 503 row of the status table.
    pub fn is_unavailable(&self) -> bool {
        matches!(self, Self::Unavailable { .. })
    }
}
impl ::std::fmt::Display for GetJobError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::NotFound { .. } => f.write_str("404 Not Found: No such job."),
            Self::Unavailable { .. } => {
                f.write_str("503 Service Unavailable: Try later.")
            }
            Self::UnexpectedStatus { response } => {
                write!(f, "undocumented status {}", response.status)
            }
            Self::Decode(error) => ::std::fmt::Display::fmt(error, f),
            Self::InvalidRequest(error) => ::std::fmt::Display::fmt(error, f),
            Self::Transport(error) => ::std::fmt::Display::fmt(error, f),
        }
    }
}
impl ::std::error::Error for GetJobError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Decode(error) => Some(error),
            Self::InvalidRequest(error) => Some(error),
            Self::Transport(error) => Some(error),
            _ => None,
        }
    }
}
impl ::std::convert::From<DecodeError> for GetJobError {
    fn from(error: DecodeError) -> Self {
        Self::Decode(error)
    }
}
impl ::std::convert::From<RequestError> for GetJobError {
    fn from(error: RequestError) -> Self {
        Self::InvalidRequest(error)
    }
}
impl ::std::convert::From<::specgen_runtime::Failure> for GetJobError {
    fn from(failure: ::specgen_runtime::Failure) -> Self {
        match failure {
            ::specgen_runtime::Failure::Refused(error) => Self::InvalidRequest(error),
            ::specgen_runtime::Failure::Transport(error) => Self::Transport(error),
        }
    }
}
impl GetJobResponse {
    /// Reads a raw response by its status code, as the status table says.
    #[allow(clippy::result_large_err)]
    fn from_raw(
        response: RawResponse,
        _base_url: &Url,
    ) -> ::std::result::Result<Self, GetJobError> {
        match response.status.as_u16() {
            200 => {
                Ok(GetJobResponse::Ok {
                    e_tag: response.header("ETag")?,
                    last_modified: response.header("Last-Modified")?,
                    body: response.json()?,
                })
            }
            304 => {
                Ok(GetJobResponse::NotModified {
                    e_tag: response.header("ETag")?,
                })
            }
            404 => {
                Err(GetJobError::NotFound {
                    body: response.optional_json()?,
                    response: ::std::boxed::Box::new(response),
                })
            }
            503 => {
                Err(GetJobError::Unavailable {
                    retry_after: response.header("Retry-After")?,
                    response: ::std::boxed::Box::new(response),
                })
            }
            _ => {
                Err(GetJobError::UnexpectedStatus {
                    response: ::std::boxed::Box::new(response),
                })
            }
        }
    }
}
