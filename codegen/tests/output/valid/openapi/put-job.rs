impl Client {
    /// Creates or replaces a job from a named body.
    ///
    /// `PUT https://api.example.com/v1/jobs/<jobId>/<attempt>?api-version=2020-01-01`
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
    /// | 201 | Created. |
    /// | 400 | Bad request. |
    ///
    /// By status code: 201 [`PutJobResponse::Created`], 400 [`PutJobError::BadRequest`].
    ///
    /// # Errors
    ///
    /// [`PutJobError`] for every error row above, and for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `PUT` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use openapi_coverage::{Client, Job, State, PutJobResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client
    ///     .put_job(
    ///         "56615b67-2185-49fe-80d2-c4ddf77bb2e8".parse()?,
    ///         1i64,
    ///         &Job {
    ///             id: "56615b67-2185-49fe-80d2-c4ddf77bb2e8".parse()?,
    ///             state: State::Running,
    ///             previous: None,
    ///             parent: None,
    ///             child: None,
    ///             start_date: None,
    ///             started: None,
    ///             attempts: None,
    ///             urgent: None,
    ///             link: None,
    ///             emails: Vec::new(),
    ///             data: None,
    ///             labels: ::std::collections::BTreeMap::new(),
    ///             matrix: Vec::new(),
    ///             children: Vec::new(),
    ///             by_name: ::std::collections::BTreeMap::new(),
    ///             steps: Vec::new(),
    ///             settings: None,
    ///         },
    ///     )
    ///     .await?
    /// {
    ///     PutJobResponse::Created { .. } => println!("201: Created"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn put_job(
        &self,
        job_id: Uuid,
        attempt: i64,
        body: &Job,
    ) -> ::std::result::Result<PutJobResponse, PutJobError> {
        PutJobResponse::from_raw(
            self
                .transport
                .send(::specgen_runtime::Request {
                    method: ::specgen_runtime::Method::PUT,
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
                    query: &[],
                    headers: &[
                        (
                            "Content-Type",
                            Some(::std::string::String::from("application/json")),
                        ),
                    ],
                    body: Some(::specgen_runtime::json_body(body)?),
                    idempotent: true,
                })
                .await?,
            self.transport.base_url(),
        )
    }
}
/// A success row of the status table of [`Client::put_job`].
///
/// | **Code** | **Description** |
/// | --- | --- |
/// | 201 | Created. |
/// | 400 | Bad request. |
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum PutJobResponse {
    /// 201 Created: Created.
    Created {
        /// The response body.
        body: Job,
    },
}
/// Why [`Client::put_job`] failed.
///
/// A variant per error row of the operation's status table, chosen by status code, each keeping the response; and variants for an undocumented status, a response that does not decode, a request refused before sending, and a transport failure.
///
/// | **Code** | **Description** |
/// | --- | --- |
/// | 201 | Created. |
/// | 400 | Bad request. |
#[derive(Debug)]
#[non_exhaustive]
#[allow(clippy::large_enum_variant)]
pub enum PutJobError {
    /// 400 Bad Request: Bad request.
    BadRequest {
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<ErrorResponse>,
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
impl PutJobError {
    /// The status code of the response, when one arrived.
    pub fn status(&self) -> ::std::option::Option<::specgen_runtime::StatusCode> {
        self.response().map(|response| response.status)
    }
    /// The response as received, when one arrived.
    pub fn response(&self) -> ::std::option::Option<&RawResponse> {
        match self {
            Self::BadRequest { response, .. } => Some(response),
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
    /// Whether this is [`Self::BadRequest`], the 400 row of the status table.
    pub fn is_bad_request(&self) -> bool {
        matches!(self, Self::BadRequest { .. })
    }
}
impl ::std::fmt::Display for PutJobError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::BadRequest { .. } => f.write_str("400 Bad Request: Bad request."),
            Self::UnexpectedStatus { response } => {
                write!(f, "undocumented status {}", response.status)
            }
            Self::Decode(error) => ::std::fmt::Display::fmt(error, f),
            Self::InvalidRequest(error) => ::std::fmt::Display::fmt(error, f),
            Self::Transport(error) => ::std::fmt::Display::fmt(error, f),
        }
    }
}
impl ::std::error::Error for PutJobError {
    fn source(&self) -> ::std::option::Option<&(dyn ::std::error::Error + 'static)> {
        match self {
            Self::Decode(error) => Some(error),
            Self::InvalidRequest(error) => Some(error),
            Self::Transport(error) => Some(error),
            _ => None,
        }
    }
}
impl ::std::convert::From<DecodeError> for PutJobError {
    fn from(error: DecodeError) -> Self {
        Self::Decode(error)
    }
}
impl ::std::convert::From<RequestError> for PutJobError {
    fn from(error: RequestError) -> Self {
        Self::InvalidRequest(error)
    }
}
impl ::std::convert::From<::specgen_runtime::Failure> for PutJobError {
    fn from(failure: ::specgen_runtime::Failure) -> Self {
        match failure {
            ::specgen_runtime::Failure::Refused(error) => Self::InvalidRequest(error),
            ::specgen_runtime::Failure::Transport(error) => Self::Transport(error),
        }
    }
}
impl PutJobResponse {
    /// Reads a raw response by its status code, as the status table says.
    #[allow(clippy::result_large_err)]
    fn from_raw(
        response: RawResponse,
        _base_url: &Url,
    ) -> ::std::result::Result<Self, PutJobError> {
        match response.status.as_u16() {
            201 => {
                Ok(PutJobResponse::Created {
                    body: response.json()?,
                })
            }
            400 => {
                Err(PutJobError::BadRequest {
                    body: response.optional_json()?,
                    response: ::std::boxed::Box::new(response),
                })
            }
            _ => {
                Err(PutJobError::UnexpectedStatus {
                    response: ::std::boxed::Box::new(response),
                })
            }
        }
    }
}
