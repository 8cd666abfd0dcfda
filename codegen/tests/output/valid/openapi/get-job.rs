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
    /// | Authorization | `Bearer YOUR_TOKEN` |
    /// | Accept | application/json |
    /// | X-Client | specgen — A fixed header that `OpenAPI` takes as a parameter. |
    /// | If-None-Match | An `ETag`. (String, optional; argument `if_none_match`) |
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
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The job. | [`Job`](struct@Job) |
    /// | 304 | Not modified. | |
    /// | 404 | No such job. | [`ErrorResponse`](struct@ErrorResponse) |
    /// | 503 | Try later. | |
    ///
    /// By status code: 200 [`GetJobResponse::Ok`], 304 [`GetJobResponse::NotModified`], 404 [`GetJobError::NotFound`], 503 [`GetJobError::Unavailable`].
    ///
    /// # Errors
    ///
    /// [`GetJobError`] for every error row above, and [`GetJobError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
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
    ///         3,
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
        since: ::std::option::Option<::specgen_runtime::DateTime>,
        top: ::std::option::Option<i64>,
        verbose: ::std::option::Option<bool>,
        callback: ::std::option::Option<&Url>,
        notify: ::std::option::Option<&[EmailAddress]>,
        if_none_match: ::std::option::Option<&str>,
        x_request_id: Uuid,
        x_priority: ::std::option::Option<i64>,
        x_dry_run: ::std::option::Option<bool>,
        x_day: ::std::option::Option<NaiveDate>,
        x_at: ::std::option::Option<::specgen_runtime::DateTime>,
        x_link: ::std::option::Option<&Url>,
        x_emails: ::std::option::Option<&[EmailAddress]>,
    ) -> ::std::result::Result<GetJobResponse, GetJobError> {
        let job_id = job_id.to_string();
        let attempt = attempt.to_string();
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/jobs/"),
                ::specgen_runtime::PathPart::param("jobId", &job_id),
                ::specgen_runtime::PathPart::Literal("/"),
                ::specgen_runtime::PathPart::param("attempt", &attempt),
            ],
            query: &[
                ("name", Some(::std::string::ToString::to_string(name))),
                ("day", day.as_ref().map(::std::string::ToString::to_string)),
                (
                    "since",
                    since.map(|value| ::specgen_runtime::encoding::Rfc3339::text(&value)),
                ),
                ("$top", top.as_ref().map(::std::string::ToString::to_string)),
                ("verbose", verbose.as_ref().map(::std::string::ToString::to_string)),
                ("callback", callback.as_ref().map(::std::string::ToString::to_string)),
                ("notify", notify.map(::specgen_runtime::comma_separated::join)),
            ],
            headers: &[
                ("Accept", Some("application/json".into())),
                ("X-Client", Some("specgen".into())),
                ("If-None-Match", if_none_match.map(::std::borrow::Cow::Borrowed)),
                (
                    "X-Request-Id",
                    Some(
                        ::std::borrow::Cow::Owned(
                            ::std::string::ToString::to_string(&x_request_id),
                        ),
                    ),
                ),
                (
                    "X-Priority",
                    x_priority
                        .map(|value| ::std::borrow::Cow::Owned(
                            ::std::string::ToString::to_string(&value),
                        )),
                ),
                (
                    "X-Dry-Run",
                    x_dry_run
                        .map(|value| ::std::borrow::Cow::Owned(
                            ::std::string::ToString::to_string(&value),
                        )),
                ),
                (
                    "X-Day",
                    x_day
                        .map(|value| ::std::borrow::Cow::Owned(
                            ::std::string::ToString::to_string(&value),
                        )),
                ),
                (
                    "X-At",
                    x_at
                        .map(|value| ::std::borrow::Cow::Owned(
                            ::specgen_runtime::encoding::Rfc3339::text(&value),
                        )),
                ),
                (
                    "X-Link",
                    x_link
                        .map(|value| ::std::borrow::Cow::Owned(
                            ::std::string::ToString::to_string(&value),
                        )),
                ),
                (
                    "X-Emails",
                    x_emails
                        .map(|value| ::std::borrow::Cow::Owned(
                            ::specgen_runtime::comma_separated::join(value),
                        )),
                ),
            ],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        GetJobResponse::from_raw(response)
    }
}
/// What [`Client::get_job`] answered.
///
/// A variant per success row of the status table of [`Client::get_job`]: 200 [`Self::Ok`], 304 [`Self::NotModified`].
#[derive(Debug, Clone, PartialEq)]
#[allow(clippy::large_enum_variant)]
pub enum GetJobResponse {
    /// 200 OK: The job.
    Ok {
        /// The `ETag` header: The version.
        e_tag: ::std::string::String,
        /// The `Last-Modified` header: When it changed.
        last_modified: ::specgen_runtime::DateTime,
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
/// A variant per error row of the status table of [`Client::get_job`]: 404 [`Self::NotFound`], 503 [`Self::Unavailable`]. [`Self::Failure`] holds anything else.
#[derive(Debug)]
#[non_exhaustive]
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
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for GetJobError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let text = match self {
            Self::NotFound { .. } => "404 Not Found: No such job.",
            Self::Unavailable { .. } => "503 Service Unavailable: Try later.",
            Self::Failure(failure) => return ::std::fmt::Display::fmt(failure, f),
        };
        f.write_str(text)
    }
}
impl GetJobResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, GetJobError> {
        match response.status.as_u16() {
            200 => {
                Ok(Self::Ok {
                    e_tag: response.header("ETag")?,
                    last_modified: response.header("Last-Modified")?,
                    body: response.json()?,
                })
            }
            304 => {
                Ok(Self::NotModified {
                    e_tag: response.header("ETag")?,
                })
            }
            404 => {
                Err(GetJobError::NotFound {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            503 => {
                Err(GetJobError::Unavailable {
                    retry_after: response.header("Retry-After")?,
                    response: response.into(),
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
