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
    /// | Authorization | `Bearer YOUR_TOKEN` |
    ///
    /// `body` is the JSON request body.
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 201 | Created. | [`Job`](struct@Job) |
    /// | 400 | Bad request. | [`ErrorResponse`](struct@ErrorResponse) |
    ///
    /// By status code: 201 [`PutJobResponse::Created`], 400 [`PutJobError::BadRequest`].
    ///
    /// # Errors
    ///
    /// [`PutJobError`] for every error row above, and [`PutJobError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
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
    ///         1,
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
    ///             metrics: None,
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
        let job_id = job_id.to_string();
        let attempt = attempt.to_string();
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::PUT,
            path: &[
                ::specgen_runtime::PathPart::Literal("/jobs/"),
                ::specgen_runtime::PathPart::param("jobId", &job_id),
                ::specgen_runtime::PathPart::Literal("/"),
                ::specgen_runtime::PathPart::param("attempt", &attempt),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        PutJobResponse::from_raw(response)
    }
}
/// What [`Client::put_job`] answered.
///
/// A variant per success row of the status table of [`Client::put_job`]: 201 [`Self::Created`].
#[derive(Debug, Clone, PartialEq)]
pub enum PutJobResponse {
    /// 201 Created: Created.
    Created {
        /// The response body.
        body: Job,
    },
}
/// Why [`Client::put_job`] failed.
///
/// A variant per error row of the status table of [`Client::put_job`]: 400 [`Self::BadRequest`]. [`Self::Failure`] holds anything else.
#[derive(Debug)]
#[non_exhaustive]
pub enum PutJobError {
    /// 400 Bad Request: Bad request.
    BadRequest {
        /// The error body, when the server sent one (`None` for an empty body).
        body: ::std::option::Option<ErrorResponse>,
        /// The response as received: status, headers and body bytes.
        response: ::std::boxed::Box<RawResponse>,
    },
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for PutJobError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        let text = match self {
            Self::BadRequest { .. } => "400 Bad Request: Bad request.",
            Self::Failure(failure) => return ::std::fmt::Display::fmt(failure, f),
        };
        f.write_str(text)
    }
}
impl PutJobResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, PutJobError> {
        match response.status.as_u16() {
            201 => {
                Ok(Self::Created {
                    body: response.json()?,
                })
            }
            400 => {
                Err(PutJobError::BadRequest {
                    body: response.optional_json()?,
                    response: response.into(),
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
