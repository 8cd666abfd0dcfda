impl Client {
    /// Reads the status of an export.
    ///
    /// `GET http://localhost:3000/azure/core/lro/standard/users/<name>/operations/<operationId>?api-version=2022-12-01-preview`
    ///
    /// # Parameters
    ///
    /// | **Name** | **Description** | **Data type** |
    /// | --- | --- | --- |
    /// | name | The user's name. | String |
    /// | operationId | The operation's id. | String |
    /// | api-version | The API version. | String |
    ///
    /// # Responses
    ///
    /// | **Code** | **Description** | **Body** |
    /// | --- | --- | --- |
    /// | 200 | The status; the exported user once it succeeded. | [`ExportStatus`](struct@ExportStatus) |
    ///
    /// By status code: 200 [`ExportStatusResponse::Ok`].
    ///
    /// # Errors
    ///
    /// [`ExportStatusError`] for every error row above, and [`ExportStatusError::Failure`] for an undocumented status, a response that does not decode, a request refused before sending (such as an empty path parameter) and a transport failure.
    ///
    /// With a [`RetryPolicy`] on the builder, a transient failure is retried, since `GET` is idempotent.
    ///
    /// # Example
    ///
    /// ```no_run
    /// # async fn example() -> ::std::result::Result<(), Box<dyn ::std::error::Error>> {
    /// use spector_clients::{Client, ExportStatusResponse};
    /// let client = Client::builder().build()?;
    /// match client.export_status("madge", "operation3").await? {
    ///     ExportStatusResponse::Ok { .. } => println!("200: Ok"),
    /// }
    /// # Ok(())
    /// # }
    /// # fn main() {}
    /// ```
    pub async fn export_status(
        &self,
        name: &str,
        operation_id: &str,
    ) -> ::std::result::Result<ExportStatusResponse, ExportStatusError> {
        let request = ::specgen_runtime::Request {
            method: ::specgen_runtime::Method::GET,
            path: &[
                ::specgen_runtime::PathPart::Literal("/azure/core/lro/standard/users/"),
                ::specgen_runtime::PathPart::param("name", name),
                ::specgen_runtime::PathPart::Literal("/operations/"),
                ::specgen_runtime::PathPart::param("operationId", operation_id),
            ],
            query: &[],
            headers: &[],
            body: None,
            idempotent: true,
        };
        let response = self.transport.send(request).await?;
        ExportStatusResponse::from_raw(response)
    }
}
/// What [`Client::export_status`] answered.
///
/// A variant per success row of the status table of [`Client::export_status`]: 200 [`Self::Ok`].
#[derive(Debug, Clone, PartialEq)]
pub enum ExportStatusResponse {
    /// 200 OK: The status; the exported user once it succeeded.
    Ok {
        /// The response body.
        body: ExportStatus,
    },
}
/// Why [`Client::export_status`] failed.
///
/// Its status table has no error row: a failure is always [`Self::Failure`].
#[derive(Debug)]
#[non_exhaustive]
pub enum ExportStatusError {
    /// A failure no row describes: an undocumented status, a response that does not
    /// decode, a request refused before sending, or a transport failure.
    Failure(Failure),
}
impl ::std::fmt::Display for ExportStatusError {
    fn fmt(&self, f: &mut ::std::fmt::Formatter<'_>) -> ::std::fmt::Result {
        match self {
            Self::Failure(failure) => ::std::fmt::Display::fmt(failure, f),
        }
    }
}
impl ExportStatusResponse {
    /// Reads a raw response by its status code, as the status table says.
    fn from_raw(
        response: RawResponse,
    ) -> ::std::result::Result<Self, ExportStatusError> {
        match response.status.as_u16() {
            200 => Ok(Self::Ok { body: response.json()? }),
            _ => Err(Failure::UnexpectedStatus(response.into()).into()),
        }
    }
}
