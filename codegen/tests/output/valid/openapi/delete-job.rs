impl Client {
    /// Deletes a job; the answer body is any JSON.
    ///
    /// `DELETE https://api.example.com/v1/jobs/<jobId>/<attempt>?api-version=2020-01-01`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | jobId | The job. | GUID |
    /// | attempt | The attempt. | Integer |
    /// | api-version | Version of the API. | Date |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | Deleted; what was deleted. | JSON |
    /// | 204 | Deleted. | |
    ///
    /// By status code: 200 [`DeleteJobResponse::Deleted`], 204 [`DeleteJobResponse::NoContent`].
    ///
    /// # Errors
    ///
    /// [`DeleteJobError`] for every error row above, and [`DeleteJobError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `DELETE` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use openapi_coverage::{Client, DeleteJobResponse};
    /// let client = Client::builder().bearer_token("YOUR_TOKEN").build()?;
    /// match client.delete_job("56615b67-2185-49fe-80d2-c4ddf77bb2e8".parse()?, 1).await? {
    ///     DeleteJobResponse::Deleted { .. } => println!("200: Deleted"),
    ///     DeleteJobResponse::NoContent => println!("204: NoContent"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn delete_job(
        &self,
        job_id: Uuid,
        attempt: i64,
    ) -> ::std::result::Result<DeleteJobResponse, DeleteJobError> {
        let job_id = job_id.to_string();
        let attempt = attempt.to_string();
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::DELETE,
            path: &[
                ::specgen_runtime::PathPart::Literal("/jobs/"),
                ::specgen_runtime::PathPart::param("jobId", &job_id),
                ::specgen_runtime::PathPart::Literal("/"),
                ::specgen_runtime::PathPart::param("attempt", &attempt),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        DeleteJobResponse::from_raw(response)
    }
}
/// What [`Client::delete_job`] answered.
///
/// A variant per success row of the status table of [`Client::delete_job`]: 200 [`Self::Deleted`], 204 [`Self::NoContent`].
#[derive(Debug, Clone, PartialEq)]
pub enum DeleteJobResponse {
    /// 200 OK: Deleted; what was deleted.
    Deleted {
        /// The response body.
        body: ::specgen_runtime::serde_json::Value,
    },
    /// 204 No Content: Deleted.
    NoContent,
}
/// Why [`Client::delete_job`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum DeleteJobError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for DeleteJobError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl DeleteJobResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(response: RawResponse) -> ::std::result::Result<Self, DeleteJobError> {
        match response.status.as_u16() {
            200 => {
                Ok(Self::Deleted {
                    body: response.json()?,
                })
            }
            204 => Ok(Self::NoContent),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
