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
    /// | Authorization | `Bearer YOUR_TOKEN` |
    ///
    /// `body` is the JSON request body.
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 202 | Started. | |
    /// | 409 | Already running. | |
    ///
    /// By status code: 202 [`RunJobResponse::Accepted`], 409 [`RunJobError::Conflict`].
    ///
    /// # Errors
    ///
    /// [`RunJobError`] for every error row above, and [`RunJobError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
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
    ///         1,
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
        let job_id = job_id.to_string();
        let attempt = attempt.to_string();
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal("/jobs/"),
                ::specgen_runtime::PathPart::param("jobId", &job_id),
                ::specgen_runtime::PathPart::Literal("/"),
                ::specgen_runtime::PathPart::param("attempt", &attempt),
                ::specgen_runtime::PathPart::Literal("/run"),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        RunJobResponse::from_raw(response, self.transport.base_url())
    }
    /// Follows the operation that a `202` answer of [`Client::run_job`] started ([`RunJobResponse::Accepted`]): pass its `location`, the `Location` header.
    ///
    /// The poller reads that URL with [`Client::get_job`]'s decoding until the `state` property of the body is a terminal state: succeeded (done), failed (failed). It waits for the server's `Retry-After` between reads when there is one. Cancel it with [`Client::delete_job`]; the poller then reports it canceled.
    #[must_use]
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
            |response, _| GetJobResponse::from_raw(response),
        )
    }
}
/// What [`Client::run_job`] answered.
///
/// A variant per success row of the status table of [`Client::run_job`]: 202 [`Self::Accepted`].
#[derive(Debug, Clone, PartialEq)]
pub enum RunJobResponse {
    /// 202 Accepted: Started.
    Accepted {
        /// The `Location` header: Where to follow the job.
        location: Url,
    },
}
/// Why [`Client::run_job`] failed.
///
/// A variant per error row of the status table of [`Client::run_job`]: 409 [`Self::Conflict`]. [`Self::Failure`] holds anything else.
#[derive(Debug)]
#[non_exhaustive]
pub enum RunJobError {
    /// 409 Conflict: Already running.
    Conflict {
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for RunJobError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let text = match self {
            Self::Conflict { .. } => "409 Conflict: Already running.",
            Self::Failure(failure) => return ::std::fmt::Display::fmt(failure, f),
        };
        f.write_str(text)
    }
}
impl RunJobResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
        base_url: &Url,
    ) -> ::std::result::Result<Self, RunJobError> {
        match response.status.as_u16() {
            202 => {
                Ok(Self::Accepted {
                    location: response.url_reference("Location", base_url)?,
                })
            }
            409 => {
                Err(RunJobError::Conflict {
                    response: response.into(),
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
