impl Client {
    /// Generates data (`Azure_Core_Lro_Rpc_longRunningRpc`).
    ///
    /// `POST http://localhost:3000/azure/core/lro/rpc/generations:submit?api-version=2022-12-01-preview`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | api-version | The API version. | String |
    ///
    /// # Headers
    ///
    /// | **Name** | **Value** |
    /// | --- | --- |
    /// | Content-Type | application/json |
    ///
    /// `body` is the JSON request body.
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 202 | The generation started; its status is at `operation-location`. | [`GenerationStatus`](struct@GenerationStatus) |
    ///
    /// By status code: 202 [`SubmitGenerationResponse::Accepted`].
    ///
    /// # Errors
    ///
    /// [`SubmitGenerationError`] for every error row above, and [`SubmitGenerationError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// Never retried, even with a [`RetryPolicy`] on the builder, since `POST` is not idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, GenerationOptions, SubmitGenerationResponse};
    /// let client = Client::builder().build()?;
    /// match client.submit_generation(&GenerationOptions::default()).await? {
    ///     SubmitGenerationResponse::Accepted { .. } => println!("202: Accepted"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn submit_generation(
        &self,
        body: &GenerationOptions,
    ) -> ::std::result::Result<SubmitGenerationResponse, SubmitGenerationError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::POST,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/azure/core/lro/rpc/generations:submit",
                ),
            ],
            query: &[],
            headers: &[("Content-Type", Some("application/json".into()))],
            body: Some(::specgen_runtime::json_body(body)?),
            idempotent: false,
        };
        let response = self.transport.send(request).await?;
        SubmitGenerationResponse::from_raw(response)
    }
    /// Follows the operation that a `202` answer of [`Client::submit_generation`] started ([`SubmitGenerationResponse::Accepted`]): pass its `operation_location`, the `operation-location` header.
    ///
    /// The poller reads that URL with [`Client::generation_status`]'s decoding until the `status` property of the body is a terminal state: succeeded (Succeeded), failed (Failed), canceled (Canceled). It waits for the server's `Retry-After` between reads when there is one.
    ///
    /// When the operation succeeds, [`Poller::wait`] returns its result, the `result` property of the last status body; a body without it is a `Decode` error.
    #[must_use]
    pub fn submit_generation_poller(
        &self,
        status_url: Url,
    ) -> Poller<GenerationStatusResponse, GenerationStatusError, GenerationResult> {
        Poller::new(
                &self.transport,
                status_url,
                &::specgen_runtime::PollSpec {
                    status_property: "status",
                    succeeded: &["Succeeded"],
                    failed: &["Failed"],
                    canceled: &["Canceled"],
                },
                |response, _| GenerationStatusResponse::from_raw(response),
            )
            .result_member("result")
    }
}
/// What [`Client::submit_generation`] answered.
///
/// A variant per success row of the status table of [`Client::submit_generation`]: 202 [`Self::Accepted`].
#[derive(Debug, Clone, PartialEq)]
pub enum SubmitGenerationResponse {
    /// 202 Accepted: The generation started; its status is at `operation-location`.
    Accepted {
        /// The `operation-location` header: The status URL of the operation.
        operation_location: Url,
        /// The response body.
        body: GenerationStatus,
    },
}
/// Why [`Client::submit_generation`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum SubmitGenerationError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for SubmitGenerationError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl SubmitGenerationResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, SubmitGenerationError> {
        match response.status.as_u16() {
            202 => {
                Ok(Self::Accepted {
                    operation_location: response.header("operation-location")?,
                    body: response.json()?,
                })
            }
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
