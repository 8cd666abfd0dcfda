impl Client {
    /// Reads the status of a generation.
    ///
    /// `GET http://localhost:3000/azure/core/lro/rpc/generations/operations/<operationId>?api-version=2022-12-01-preview`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | operationId | The operation's id. | String |
    /// | api-version | The API version. | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The status; the result once it succeeded. | [`GenerationStatus`](struct@GenerationStatus) |
    ///
    /// By status code: 200 [`GenerationStatusResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`GenerationStatusError`] for every error row above, and [`GenerationStatusError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, GenerationStatusResponse};
    /// let client = Client::builder().build()?;
    /// match client.generation_status("operation1").await? {
    ///     GenerationStatusResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn generation_status(
        &self,
        operation_id: &str,
    ) -> ::std::result::Result<GenerationStatusResponse, GenerationStatusError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal(
                    "/azure/core/lro/rpc/generations/operations/",
                ),
                ::specgen_runtime::PathPart::param("operationId", operation_id),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        GenerationStatusResponse::from_raw(response)
    }
}
/// What [`Client::generation_status`] answered.
///
/// A variant per success row of the status table of [`Client::generation_status`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum GenerationStatusResponse {
    /// 200 OK: The status; the result once it succeeded.
    Ok {
        /// The response body.
        body: GenerationStatus,
    },
}
/// Why [`Client::generation_status`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum GenerationStatusError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for GenerationStatusError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl GenerationStatusResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, GenerationStatusError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
